// Styles met in a sixteenth corpus of published texts (charity meeting news, a Red Cross income report, an assistance-funds
// excerpt, a lottery-fund news item). Fixtures are written for these tests in our own words and numbers.
import { inferContext } from '../../src/core/extract/context';
import { catalogue, styleKit } from './styleKit';

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

  test('彩票公益金A亿元。其中:福彩…体彩…: split in the next sentence, the whole is still both lotteries\'', () => {
    const r = run('1月,全省筹集彩票公益金4.6亿元。其中:福彩公益金1.7亿元,体彩公益金2.9亿元。', '1月');
    expect(facts(r.records)).toEqual([['lottery_welfare_fund', '', 1.7, '亿元', '1月']]);
    expect(reasonOf(r, 4.6)).toEqual(['combined']);
  });

  test('筹集彩票公益金 after 销售福利彩票, with no sports lottery named, is the welfare fund', () => {
    const r = run('全市销售福利彩票12.1亿元,筹集彩票公益金3.3亿元。');
    expect(facts(r.records)).toContainEqual(['lottery_welfare_fund', '', 3.3, '亿元', '全年']);
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

describe('the year and period a news item states', () => {
  test('我市2022年全年共募捐…: the year of the area\'s figures', () => {
    const c = inferContext('18日下午,我市召开慈善工作会议。\n会议通报,我市2022年全年共募捐1870万元,救助困难群众1.2万人次。', catalogue);
    expect(c.year?.value).toBe(2022);
    expect(c.period?.value).toBe('全年');
  });

  test('the year in a campaign\'s name is not the figures\' year', () => {
    const c = inferContext('3月2日,我县2025年"慈善一日捐"活动启动。去年全县募集善款410万元。', catalogue);
    expect(c.year).toBeUndefined();
  });

  test('2022年上半年 near the title: the half year\'s year', () => {
    const c = inferContext('7月20日,市慈善会召开理事会,总结2022年上半年工作。据统计,2022年上半年,市慈善会共募集善款约3120万元。', catalogue);
    expect(c.year?.value).toBe(2022);
    expect(c.period?.value).toBe('上半年');
  });

  test('a line opening with the bare year: the year and the whole year', () => {
    const c = inferContext('(经2023年4月2日理事会审议通过)\n2022年,本会认真履行职责。现将款物收支情况报告如下:\n一、收入情况\n2022年,本会共募集款物合计51.3万元。', catalogue);
    expect(c.year?.value).toBe(2022);
    expect(c.period?.value).toBe('全年');
  });

  test('a chronicle naming several years gives no year', () => {
    const c = inferContext('殡葬改革\n1978年,县里建成火化场一座。\n1981年,县里火化遗体120具。1984年,火化率达到31%。', catalogue);
    expect(c.year).toBeUndefined();
  });

  test('今年1月 under a dateline with its time: the dateline\'s year and that month', () => {
    const c = inferContext('1月份全省福彩公益金增长\n\n2022年02月14日 09:12:40 来源: 省财政厅\n\n今年1月,全省累计筹集福彩公益金1.3亿元。', catalogue);
    expect(c.year?.value).toBe(2022);
    expect(c.period?.value).toBe('1月');
  });

  test('今年 without a month under a dateline gives no year (last year\'s figures in this year\'s news)', () => {
    const c = inferContext('某市慈善一日捐启动\n\n2022-02-21 14:01:55\n\n今年我市"慈善一日捐"活动以助力共富为主题。去年全市募集善款6430万元。', catalogue);
    expect(c.year).toBeUndefined();
  });
});
