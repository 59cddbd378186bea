// A standard raised by a stated amount (提标A元 / 上调A元至B元): the amount is the rise, the level reached is the
// standard (own words and numbers).
import { styleKit } from './styleKit';

const city = styleKit('济南市');
const facts = (text: string) => city.facts(city.run(text, '全年', 2023).records);

describe('a standard raised by a stated amount', () => {
  test('提标A元,达到每人每月B元 files B, not the rise', () => {
    expect(facts('2023年,全市城市低保标准提标45元,达到每人每月735元。')).toEqual([['dibao_std_urban', '', 735, '元/人·月', '全年']]);
  });
  test('分别提标A元、B元,达到C元、D元 files C and D', () => {
    expect(facts('2023年,全市城乡低保标准分别提标45元、35元,达到每人每月735元、585元。')).toEqual([
      ['dibao_std_urban', '', 735, '元/人·月', '全年'],
      ['dibao_std_rural', '', 585, '元/人·月', '全年'],
    ]);
  });
  test('上调A元至B元 files B (a rise and the level it reaches, not a range)', () => {
    expect(facts('2023年,全市城市低保标准上调45元至735元/人·月。')).toEqual([['dibao_std_urban', '', 735, '元/人·月', '全年']]);
    expect(facts('全市城市低保标准每人每月提高45元至735元。')).toEqual([['dibao_std_urban', '', 735, '元/人·月', '全年']]);
  });
  test('a range stays a range, and a rise alone is no standard', () => {
    expect(facts('全市低保标准每人每月610元至735元不等。')).toEqual([]);
    expect(facts('全市城市低保标准提标了45元。')).toEqual([]);
  });
});

describe('a paragraph going over a span of years', () => {
  const pref = styleKit('果洛藏族自治州');
  const run = (text: string) => pref.run(text, '全年', 2017);
  test('a flow in a later sentence with no time of its own is of those years, held', () => {
    const r = run('果洛州2018年政府工作报告\n一、过去五年工作回顾\n  五年来,全州上下牢固树立为民服务的理念,开创民政事业新局面。民政保障成效显著提升。五年来,累计发放城乡低保资金3.1亿元,实现应保尽保。更加重视救灾工作,修建了3个敬老院、4个物资储备库,发放各类救灾款物折合人民币2150万元、临时救助520万元。');
    expect(pref.facts(r.records)).toEqual([]);
    expect(r.candidates.filter((c) => c.value === 520).map((c) => c.reason)).toEqual(['multi_year']);
  });
  test('a sentence naming its own year is that year\'s', () => {
    const r = run('民政保障成效显著提升。五年来,累计发放城乡低保资金3.1亿元。2017年,全州发放临时救助520万元。');
    expect(pref.facts(r.records)).toEqual([['temp_assist_funds', '', 520, '万元', '全年']]);
  });
});

describe('generic money after two kinds of 救助', () => {
  const city = styleKit('伊春市');
  const run = (text: string) => city.run(text, '全年', 2016);
  test('临时救助和助学救助,发放救助金A万元 is both together, held', () => {
    const r = run('做好困难家庭临时救助和助学救助,发放救助金60.2万元。');
    expect(city.facts(r.records)).toEqual([]);
    expect(r.candidates.map((c) => c.reason)).toEqual(['combined']);
  });
  test('one kind, or money named after one kind, is that kind\'s', () => {
    expect(city.facts(run('做好困难家庭临时救助,发放救助金60.2万元。').records)).toEqual([['temp_assist_funds', '', 60.2, '万元', '全年']]);
    expect(city.facts(run('全年实施临时救助和急难救助,发放临时救助金60.2万元。').records)).toEqual([['temp_assist_funds', '', 60.2, '万元', '全年']]);
  });
});

describe('names with a word inserted that reports use', () => {
  const city = styleKit('廊坊市');
  const facts = (text: string) => city.facts(city.run(text, '全年', 2018).records);
  test('销售社会福利彩票 is 福利彩票销售额', () => {
    expect(facts('全年销售社会福利彩票18.6亿元,筹集公益金5.2亿元。')).toContainEqual(['lottery_sales', '', 18.6, '亿元', '全年']);
  });
  test('养老服务总床位 is 养老床位', () => {
    expect(facts('全市养老服务总床位1.2万张,其中护理型床位6000张。')).toContainEqual(['elder_beds', '', 1.2, '万张', '全年']);
  });
  test('长者饭堂服务…人次 is 助餐服务人次', () => {
    expect(facts('全市长者饭堂服务31万人次。')).toEqual([['elder_meal_times', '', 31, '万人次', '全年']]);
  });
  test('互助幸福院 is 村级互助养老点', () => {
    expect(facts('全市现有农村互助幸福院420个。')).toEqual([['village_mutual_points', '', 420, '个', '全年']]);
  });
});

describe('农村五保户 with a supply mode before 标准', () => {
  const county = styleKit('叙州区');
  const facts = (text: string) => county.facts(county.run(text, '全年', 2018).records);
  test('农村五保户分散供养标准为A元/年 is the rural 特困 standard of that mode', () => {
    expect(facts('2018年,农村五保户分散供养标准为5150元/年,集中供养标准为6200元/年。')).toEqual([
      ['tekun_std_rural', '分散供养', 5150, '元/人·年', '全年'],
      ['tekun_std_rural', '集中供养', 6200, '元/人·年', '全年'],
    ]);
  });
  test('its households, persons and money keep their own indicators', () => {
    expect(facts('2018年,全县有农村五保户1200户、1350人,发放农村五保供养金810万元。')).toEqual([
      ['tekun_households', '农村', 1200, '户', '全年'],
      ['tekun_persons', '农村', 1350, '人', '全年'],
      ['tekun_funds', '农村', 810, '万元', '全年'],
    ]);
  });
});
