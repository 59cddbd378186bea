// Styles met in a thirtieth set of published texts (a city's reply to a deputy on 高龄津贴, a province's press
// conference, yearly relief summaries, monthly disclosures). Fixtures are written for these tests in our own words
// and numbers.
import { loadTownships } from '../../src/core/catalogue/townships';
import { inferContext } from '../../src/core/extract/context';
import { catalogue, styleKit } from './styleKit';

describe('one fund level\'s share named with 共/累计 before the verb (市级共补助…) is a part', () => {
  const { run, facts, reasonOf } = styleKit('某市');

  test('省级补助高龄津贴A万元,市级共补助高龄津贴B万元: neither is the city\'s 高龄津贴 money', () => {
    const r = run('今年省级补助高龄津贴820万元,市级共补助高龄津贴415万元。');
    expect(facts(r.records)).toEqual([]);
    expect(reasonOf(r, 415)).toEqual(['subset']);
  });

  test('县级累计配套低保资金A万元 likewise', () => {
    const r = run('县级累计配套低保资金366.5万元。');
    expect(facts(r.records)).toEqual([]);
    expect(reasonOf(r, 366.5)).toEqual(['subset']);
  });

  test('全市共发放高龄津贴A万元 stays the city\'s money', () => {
    const r = run('全市共发放高龄津贴1288万元。');
    expect(facts(r.records)).toEqual([['elder_age_allowance_funds', '', 1288, '万元', '全年']]);
  });
});

describe('two standards joined by 和 with no side named are neither the one standard', () => {
  const { run, facts, reasonOf } = styleKit('某省');

  test('保障特困人员A人,基本生活标准达到月人均B元和C元: no 特困 standard is filed', () => {
    const r = run('全省保障特困人员5.3万人,基本生活标准达到月人均905元和702元。');
    expect(facts(r.records)).toEqual([['tekun_persons', '', 5.3, '万人', '全年']]);
    expect(reasonOf(r, 905)).toEqual(['ambiguous_breakdown']);
    expect(reasonOf(r, 702)).toEqual(['ambiguous_breakdown']);
  });

  test('a pair named by its sides still gives both sides', () => {
    const r = run('城乡特困人员基本生活标准分别为905元和702元。');
    expect(facts(r.records)).toEqual([
      ['tekun_std_urban', '', 905, '元/人·月', '全年'],
      ['tekun_std_rural', '', 702, '元/人·月', '全年'],
    ]);
  });

  test('two standards of two programmes in one sentence are both filed', () => {
    const r = run('低保标准提高到每人每月760元、特困供养标准提高到988元。');
    expect(facts(r.records)).toEqual([
      ['dibao_std', '', 760, '元/人·月', '全年'],
      ['tekun_std', '', 988, '元/人·月', '全年'],
    ]);
  });
});

describe('a news item on the year\'s opening 工作会议 reviews the year before', () => {
  test('2024年全市民政工作会议召开,会议总结了2023年…: the figures are of 2023', () => {
    const ctx = inferContext('2月20日,2024年全市民政工作会议召开。会议总结了2023年全市民政工作。全市共有慈善组织61个,为820户老年人家庭实施适老化改造。', catalogue);
    expect(ctx.year?.value).toBe(2023);
  });

  test('a 2024年民政工作总结 title still gives 2024', () => {
    const ctx = inferContext('某县民政局2024年民政工作总结\n全县共有慈善组织6个。', catalogue);
    expect(ctx.year?.value).toBe(2024);
  });
});

describe('the whole area\'s programme paid its own money for the year (向全区城乡低保户A户、B人,发放全年低保金)', () => {
  const { run, facts, reasonOf } = styleKit('某区');

  test('the households and persons are the programme\'s stock', () => {
    const r = run('一是向全区城乡低保户3120户、8864人,发放全年低保金2410.5万元。');
    expect(facts(r.records)).toEqual([
      ['dibao_households', '', 3120, '户', '全年'],
      ['dibao_persons', '', 8864, '人', '全年'],
      ['dibao_funds', '', 2410.5, '万元', '全年'],
    ]);
  });

  test('全年向五保户A户、B人发放五保供养金 likewise (rural side)', () => {
    const r = run('全年向农村五保户212户、215人发放五保供养金140.2万元。');
    expect(facts(r.records)).toEqual([
      ['tekun_households', '农村', 212, '户', '全年'],
      ['tekun_persons', '农村', 215, '人', '全年'],
      ['tekun_funds', '农村', 140.2, '万元', '全年'],
    ]);
  });

  test('a group among the programme\'s people is still the recipients only', () => {
    const r = run('向全县因病致贫的低保户120户、300人发放全年低保金。向全区重度残疾低保对象320人发放全年低保金。');
    expect(facts(r.records)).toEqual([]);
    expect(reasonOf(r, 120)).toEqual(['action']);
    expect(reasonOf(r, 300)).toEqual(['action']);
    expect(reasonOf(r, 320)).toEqual(['action']);
  });

  test('a one-off payment or another programme\'s money still names only its recipients', () => {
    const r = run('向全区低保户120户发放一次性生活补贴12万元。向150户城乡低保户子女发放教育资助金60万元。向全区低保户98户发放五保供养金10万元。');
    expect(reasonOf(r, 120)).toEqual(['action']);
    expect(reasonOf(r, 150)).toEqual(['action']);
    expect(reasonOf(r, 98)).toEqual(['action']);
  });
});

describe('享受…老年人…补贴/津贴 N人: the persons of the three old-age allowances', () => {
  const { run, facts } = styleKit('某区');

  test('养老服务补贴, 高龄老年人津贴 and 失能老年人护理补贴 persons of one month', () => {
    const r = run('2023年11月,全区享受困难老年人养老服务补贴5210人;享受高龄老年人津贴为40211人;享受失能老年人护理补贴19002人。', '11月');
    expect(facts(r.records)).toEqual([
      ['elder_service_subsidy_persons', '', 5210, '人', '11月'],
      ['elder_age_allowance_persons', '', 40211, '人', '11月'],
      ['elder_care_subsidy_persons', '', 19002, '人', '11月'],
    ]);
  });
});

describe('保障城乡低保对象A万人,保障标准分别达到B元和C元: the bare 标准 pair is the sides of the programme just named', () => {
  const { run, facts, reasonOf } = styleKit('某省');

  test('urban then rural standard', () => {
    const r = run('截至年末,全省保障城乡低保对象12.4万人,保障标准分别达到月人均720元和560元。');
    expect(facts(r.records)).toEqual([
      ['dibao_std_urban', '', 720, '元/人·月', '全年'],
      ['dibao_std_rural', '', 560, '元/人·月', '全年'],
      ['dibao_persons', '', 12.4, '万人', '全年'],
    ]);
  });

  test('with 城乡 absent the pair names no sides and stays a candidate', () => {
    const r = run('全省保障低保对象12.4万人,保障标准分别达到月人均720元和560元。');
    expect(facts(r.records)).toEqual([['dibao_persons', '', 12.4, '万人', '全年']]);
    expect(reasonOf(r, 720)).toEqual(['list_mismatch']);
  });
});

describe('人次均救助水平A元 after the 临时救助 count is its average', () => {
  const { run, facts, reasonOf } = styleKit('某省');

  test('给予A万人次临时救助,人次均救助水平B元', () => {
    const r = run('全年给予3.2万人次临时救助,人次均救助水平1280元。');
    expect(facts(r.records)).toEqual([
      ['temp_assist_times', '', 3.2, '万人次', '全年'],
      ['temp_assist_avg', '', 1280, '元/人次', '全年'],
    ]);
  });

  test('after 医疗救助 it is not the 临时救助 average', () => {
    const r = run('全年实施医疗救助1.2万人次,人次均救助水平1400元。');
    expect(facts(r.records)).toEqual([]);
    expect(reasonOf(r, 1400)).toEqual(['scope']);
  });
});

describe('a count in 万 with the people named right after it (12.3万低保对象)', () => {
  const { run, facts, reasonOf } = styleKit('某省');

  test('the noun after 万 names the indicator', () => {
    const r = run('全省共有12.3万低保对象。');
    expect(facts(r.records)).toEqual([['dibao_persons', '', 12.3, '万人', '全年']]);
  });

  test('将A万低收入人口纳入动态预警(监测): the low-income population is the stock', () => {
    const r = run('将386万低收入人口纳入动态预警范围。将1150名低收入人口纳入低保。');
    expect(facts(r.records)).toEqual([['low_income_persons', '', 386, '万人', '全年']]);
    expect(reasonOf(r, 1150)).toEqual(['action']);
  });
});

describe('物价补贴 / 基本生活价格补贴 and two months named together (8、9两月)', () => {
  const { run, facts } = styleKit('某市');

  test('8、9两月…发放基本生活价格补贴A万元 is the money of those two months', () => {
    const r = run('8、9两月我市共为城乡低保对象、特困供养人员发放基本生活价格补贴1320.6万元。', '1-9月');
    expect(facts(r.records)).toEqual([['price_subsidy_funds', '', 1320.6, '万元', '8-9月']]);
  });

  test('今年4月至9月期间…发放物价补贴金额达A万元', () => {
    const r = run('据统计,今年4月至9月期间,面向该群体发放物价补贴金额达2870.4万元。', '1-9月');
    expect(facts(r.records)).toEqual([['price_subsidy_funds', '', 2870.4, '万元', '4-9月']]);
  });

  test('今年10、11两个月,全县发放临时救助金A万元', () => {
    const r = run('今年10、11两个月,全县发放临时救助金32.5万元。');
    expect(facts(r.records)).toEqual([['temp_assist_funds', '', 32.5, '万元', '10-11月']]);
  });
});

describe('three or more townships of one county listed by their short names (红花套、高坝洲、枝城等3个乡镇)', () => {
  let towns: readonly string[] = [];
  beforeAll(async () => {
    towns = await loadTownships();
  });

  test('place the text in that county', () => {
    const ctx = inferContext('今年对红花套、高坝洲、枝城等3个乡镇敬老院进行了改造。全市现有低保对象1200人。', catalogue, towns);
    expect(ctx.region?.name).toBe('宜都市');
  });

  test('short names shared by many counties place nothing', () => {
    const ctx = inferContext('今年对城关、新华、东风等3个乡镇敬老院进行了改造。全县现有低保对象1200人。', catalogue, towns);
    expect(ctx.region).toBeUndefined();
  });
});

describe('标准为人年A元: 人年 / 人月 before the value is per person and year (month)', () => {
  const { run, facts } = styleKit('某县');

  test('农村低保标准为人年A元 is a yearly standard', () => {
    const r = run('农村低保标准为人年5940元。');
    expect(facts(r.records)).toEqual([['dibao_std_rural', '', 5940, '元/人·年', '全年']]);
  });
});

describe('a news lead opening with the bare year (获悉,2015年,…) reviews that whole year', () => {
  test('the period is 全年', () => {
    const ctx = inferContext('某市办理结婚登记\n记者从某市民政局获悉,2019年,某市共办理结婚登记1962对、离婚登记374对。', catalogue);
    expect(ctx.year?.value).toBe(2019);
    expect(ctx.period?.value).toBe('全年');
  });

  test('not when the lead goes on with a plan (获悉,2020年,全市将…)', () => {
    const ctx = inferContext('某市养老服务\n记者从某市民政局获悉,2020年,全市将新建养老设施90个。', catalogue);
    expect(ctx.period).toBeUndefined();
  });
});

describe('an old-age allowance paid by age band (70至79岁…, 80岁以上…) in one paragraph: each band is a part', () => {
  const { run, facts, reasonOf } = styleKit('某县');

  test('对A名70至79岁老年人发放高龄补贴,共发放资金B万元;对C名80岁以上老年人发放D万元', () => {
    const r = run('共对全县3120名70至79岁老年人发放每人每月50元高龄补贴,共发放资金187.2万元;对全县860名80岁以上老年人发放高龄补贴61.9万元。');
    expect(facts(r.records)).toEqual([]);
    expect(reasonOf(r, 187.2)).toEqual(['age_band']);
    expect(reasonOf(r, 860)).toEqual(['age_band']);
    expect(reasonOf(r, 61.9)).toEqual(['age_band']);
  });

  test('a count followed by its band (A名70至79岁老年人) is that band\'s', () => {
    const r = run('共对全县3120名70至79岁老年人发放高龄补贴187.2万元。');
    expect(facts(r.records)).toEqual([]);
    expect(reasonOf(r, 3120)).toEqual(['age_band']);
  });

  test('80周岁以上 alone is still the whole programme', () => {
    const r = run('全年为全县1.2万名80周岁以上老人发放高龄津贴800万元。');
    expect(facts(r.records)).toEqual([
      ['elder_age_allowance_persons', '', 1.2, '万人', '全年'],
      ['elder_age_allowance_funds', '', 800, '万元', '全年'],
    ]);
  });
});

describe('将A万脱贫人口纳入低保或特困供养范围: the registered poor covered by 低保 or 特困', () => {
  const { run, facts, reasonOf } = styleKit('某省');

  test('the count is poverty_covered, not an action', () => {
    const r = run('全省持续将38.6万建档立卡脱贫人口纳入低保或特困供养范围。');
    expect(facts(r.records)).toEqual([['poverty_covered', '', 38.6, '万人', '全年']]);
  });

  test('新将A名…纳入 is a new intake, not the stock', () => {
    const r = run('今年新将120名脱贫人口纳入低保或特困供养范围。');
    expect(facts(r.records)).toEqual([]);
    expect(reasonOf(r, 120).length).toBe(1);
  });
});
