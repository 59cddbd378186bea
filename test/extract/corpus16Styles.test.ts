// Styles met in a sixteenth corpus of published texts (charity meeting news, a Red Cross income report, an assistance-funds
// excerpt, a lottery-fund news item). Fixtures are written for these tests in our own words and numbers.
import { styleKit } from './styleKit';

const { run, facts, reasonOf } = styleKit('某区');

describe('the cash part after 其中 of money and goods raised is not the whole', () => {
  test('共募集救灾款物合计达A元,其中,募集善款B元: A is the donations, B a part', () => {
    const r = run('2023年,本区红十字会共募集救灾款物合计达884120.5元,其中,募集善款870300.5元,募集物资价值13820元。');
    expect(facts(r.records)).toEqual([['charity_donations', '', 884120.5, '元', '全年']]);
    expect(reasonOf(r, 870300.5)).toEqual(['subset']);
  });

  test('a whole of the same money left unread before 其中 keeps the part a candidate', () => {
    const r = run('本会共募集各界援助资金折合人民币合计41.7万元,其中,募集善款39.2万元。');
    expect(r.records.filter((x) => x.value === 39.2)).toEqual([]);
    expect(reasonOf(r, 39.2)).toEqual(['subset']);
  });

  test('the sentence before holds the unread whole (…合计A元。其中,募集善款B元)', () => {
    const r = run('本会全年募集各界援助资金合计41.7万元。其中,募集善款39.2万元,物资折价2.5万元。');
    expect(r.records.filter((x) => x.value === 39.2)).toEqual([]);
  });

  test('later project figures do not take the key of the whole', () => {
    const r = run('2023年,本区红十字会共募集救灾款物合计达884120.5元,其中,募集善款870300.5元。\n共计定向某地水灾救助项目募集善款20410元。');
    expect(facts(r.records)).toEqual([['charity_donations', '', 884120.5, '元', '全年']]);
  });
});

describe('wordings of charity donations', () => {
  test('全年共募捐A万元', () => {
    const r = run('会议通报,本市全年共募捐2716万元,救助支出2033万元。');
    expect(facts(r.records)).toEqual([['charity_donations', '', 2716, '万元', '全年']]);
  });

  test('共筹集款物约A万元 (half year)', () => {
    const r = run('上半年,市慈善会共筹集款物约5127万元,用于资助支出0.9亿元。', '上半年');
    expect(facts(r.records)).toEqual([['charity_donations', '', 5127, '万元', '上半年']]);
  });

  test('慈善募捐突破A万元: a round mark passed is no figure', () => {
    const r = run('全市慈善募捐再次突破3000万元,全年募集善款共3180.4万元。');
    expect(facts(r.records)).toEqual([['charity_donations', '', 3180.4, '万元', '全年']]);
    expect(reasonOf(r, 3000)).toEqual(['threshold']);
  });
});

describe('月人均补差 is the average subsidy, not the standard', () => {
  test('城市低保对象A户B人,月人均补差达到C元; 农村… D元: dibao_avg_subsidy by side', () => {
    const r = run('发放城市低保金1520.6万元,救助城市低保对象9120户17430人,月人均补差达到238元;发放农村低保金810.2万元,救助农村低保对象20310户31280人,月人均补差达到117元。');
    expect(facts(r.records)).toContainEqual(['dibao_avg_subsidy', '城市', 238, '元/人·月', '全年']);
    expect(facts(r.records)).toContainEqual(['dibao_avg_subsidy', '农村', 117, '元/人·月', '全年']);
    expect(r.records.filter((x) => /std/.test(x.indicatorId))).toEqual([]);
  });

  test('a bare 人均补差 with no programme or side before it stays a candidate', () => {
    const r = run('全市城市低保对象8420户。人均补差158.6元,救助范围逐步扩大。');
    expect(r.records.filter((x) => x.value === 158.6)).toEqual([]);
    expect(reasonOf(r, 158.6)).toEqual(['ambiguous_breakdown']);
  });
});

describe('a part after 其中: whose whole is not the indicator', () => {
  test('彩票公益金收入A亿元。其中:福彩公益金B亿元,体彩公益金C亿元: B is the welfare fund', () => {
    const r = run('今年1月,全省累计实现彩票公益金收入4.6亿元,同比增长9.1%。其中:福彩公益金1.7亿元,体彩公益金2.9亿元。', '1月');
    expect(facts(r.records)).toEqual([['lottery_welfare_fund', '', 1.7, '亿元', '1月']]);
    expect(reasonOf(r, 2.9)).toEqual(['no_indicator']);
  });

  test('彩票公益金A亿元,其中:福彩公益金B亿元: the whole of both lotteries is not the welfare fund', () => {
    const r = run('1月,全省筹集彩票公益金4.6亿元,其中:福彩公益金1.7亿元,体彩公益金2.9亿元。', '1月');
    expect(facts(r.records)).toEqual([['lottery_welfare_fund', '', 1.7, '亿元', '1月']]);
    expect(reasonOf(r, 4.6)).toEqual(['combined']);
  });

  test('a whole filed as the indicator keeps its part after 其中: a part', () => {
    const r = run('全省筹集福彩公益金4.6亿元,其中:福利彩票公益金1.7亿元。');
    expect(facts(r.records)).toEqual([['lottery_welfare_fund', '', 4.6, '亿元', '全年']]);
    expect(reasonOf(r, 1.7)).toEqual(['subset']);
  });

  test('a subgroup after 其中: of another whole stays a part', () => {
    const r = run('全县救助困难家庭4100户,其中:符合低保条件的1350户,发放低保资金512万元。');
    expect(r.records.filter((x) => x.value === 512 || x.value === 1350)).toEqual([]);
  });
});
