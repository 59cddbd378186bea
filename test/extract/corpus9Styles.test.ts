// Styles met in a ninth corpus of published texts (old banner and county summaries, a regional chronicle scanned
// from a book, 内蒙古 news with pastoral areas, standards notices in tiers). Fixtures are written for these tests in
// our own words and numbers.
import { styleKit } from './styleKit';

const { run, facts, reasonOf } = styleKit('某县');

describe('numbers and units of scanned texts', () => {
  test('a space as the thousands separator (12 406人) is one number', () => {
    const r = run('全区城市低保人数增加到12 406人。');
    expect(facts(r.records)).toEqual([['dibao_persons', '城市', 12406, '人', '全年']]);
    expect(reasonOf(r, 406)).toEqual([]);
  });

  test('元/人月 and 元/人年 are monthly and yearly standards', () => {
    // (市区 names the city's districts: its standard is that part's, and the rural one after it is held)
    const r = run('市区城市低保标准由600元/人月提高到640元/人月,农村低保标准由4100元/人年提高到4460元/人年。');
    expect(facts(r.records)).toEqual([['dibao_std_urban', '市区', 640, '元/人·月', '全年']]);
    expect(r.candidates.filter((c) => c.value === 4460).map((c) => [c.reason, c.unit])).toEqual([['area_group', '元/人·年']]);
    expect(facts(run('城市低保标准由600元/人月提高到640元/人月,农村低保标准由4100元/人年提高到4460元/人年。').records)).toEqual([
      ['dibao_std_urban', '', 640, '元/人·月', '全年'],
      ['dibao_std_rural', '', 4460, '元/人·年', '全年'],
    ]);
  });
});

describe('the side a sentence is about', () => {
  test('城镇低保… opening the sentence: its unlabelled counts and money are the city programme', () => {
    const r = run('城镇低保坚持动态管理,低保金按月发放,保障对象2140户、3980人,发放保障金960万元。');
    expect(facts(r.records)).toEqual([
      ['dibao_households', '城市', 2140, '户', '全年'],
      ['dibao_persons', '城市', 3980, '人', '全年'],
      ['dibao_funds', '城市', 960, '万元', '全年'],
    ]);
  });

  test('a generic 低保标准 in a sentence on the rural programme is the rural standard', () => {
    const r = run('我县全面实施农村最低生活保障制度,低保标准由900元/年提高到1300元/年。');
    expect(facts(r.records)).toEqual([['dibao_std_rural', '', 1300, '元/人·年', '全年']]);
  });

  test('money summed over the area keeps no side', () => {
    const r = run('城镇低保坚持按月发放,全旗共发放低保金530万元。');
    expect(facts(r.records)).toEqual([['dibao_funds', '', 530, '万元', '全年']]);
  });

  test('牧区 is the rural side (内蒙古 pastoral areas)', () => {
    const r = run('牧区最低生活保障对象95户、210人,累计发放资金31.2万元;牧区特困供养12人,累计发放资金6.1万元。');
    expect(facts(r.records)).toEqual([
      ['dibao_households', '农村', 95, '户', '全年'],
      ['dibao_persons', '农村', 210, '人', '全年'],
      ['dibao_funds', '农村', 31.2, '万元', '全年'],
      ['tekun_persons', '农村', 12, '人', '全年'],
      ['tekun_funds', '农村', 6.1, '万元', '全年'],
    ]);
  });

  test('享受城市低保待遇的家庭A户B人 names the city programme', () => {
    const r = run('享受城市低保待遇的家庭1820户3310人。');
    expect(facts(r.records)).toEqual([
      ['dibao_households', '城市', 1820, '户', '全年'],
      ['dibao_persons', '城市', 3310, '人', '全年'],
    ]);
  });
});

describe('periods stated inside a half-year summary', () => {
  test('2023年第一季度 dates the sentence (the first quarter, whichever way it is read)', () => {
    const r = run('2023年第一季度享受城市低保待遇的家庭1820户3310人,季发放低保金70.4万元。', '上半年');
    expect(facts(r.records).map((x) => x[4])).toEqual(['Q1', 'Q1', 'Q1']);
  });

  test('2022年3季度,累计… keeps the year so far (a later quarter after a year is not read as that quarter)', () => {
    const r = run('2022年3季度,累计发放孤儿基本生活费21.6万元。', '1-9月', 2022);
    expect(facts(r.records)).toEqual([['orphan_living_funds', '', 21.6, '万元', '1-9月']]);
  });

  test('低保金发放到3月份: the counts and money of the sentence stand at March', () => {
    const r = run('城镇低保金发放到3月份,保障对象2050户、3720人,发放保障金96.3万元。', '上半年');
    expect(facts(r.records)).toEqual([
      ['dibao_households', '城市', 2050, '户', 'Q1'],
      ['dibao_persons', '城市', 3720, '人', 'Q1'],
      ['dibao_funds', '城市', 96.3, '万元', 'Q1'],
    ]);
  });
});

describe('figures that are not what they look like', () => {
  test('去除…不合格低保户A人 are people taken off; an income line is no standard', () => {
    const r = run('5月份对城市低保对象进行清查,去除了家庭人均月收入超过260元的不合格低保户310余人。', '上半年');
    expect(r.records.filter((x) => /std|^dibao_persons$/.test(x.indicatorId))).toEqual([]);
    expect(reasonOf(r, 260)).toEqual(['no_indicator']);
    expect(facts(r.records)).toEqual([['dibao_exit_persons', '城市', 310, '人', '5月']]);
  });

  test('生活补助A万元、护理补贴B万元: the care part is not the programme money', () => {
    const r = run('特困供养对象1380人,发放特困供养生活补助620.5万元、护理补贴88.2万元。');
    expect(r.records.filter((x) => x.indicatorId === 'tekun_funds')).toEqual([]);
    expect(reasonOf(r, 88.2)).toEqual(['subset']);
  });
});

describe('totals over several years', () => {
  test('5年来,…累计发放 is a several-year total', () => {
    const r = run('5年来,全省累计为困难群众发放社会救助资金36.2亿元。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 36.2)).toEqual(['multi_year']);
  });

  test('2001年至2007年累计支出 is a span of years; 累计 in the next sentence after …至2007年 too', () => {
    const r = run('2001年至2007年累计支出城市低保金0.86亿元。2003年,实施农村最低生活保障制度,至2007年,农村享受低保人数增加到2650人。累计发放农村居民低保金318.4万元。', '全年', 2007);
    expect(reasonOf(r, 0.86)).toEqual(['multi_year']);
    expect(reasonOf(r, 318.4)).toEqual(['multi_year']);
    expect(r.records.filter((x) => x.indicatorId === 'dibao_funds')).toEqual([]);
  });

  test('a span inside one year (2023年7月至2024年6月) is not several years', () => {
    const r = run('自2023年7月至2024年6月,累计发放城乡低保资金2860万元。', '全年', 2024);
    expect(reasonOf(r, 2860)).not.toContain('multi_year');
  });

  test('in a review of five years, what was completed with no time of its own is over those years', () => {
    const text = '近5年来全省民政工作成效明显。\n全省完成特殊困难老年人家庭适老化改造8.4万户。\n今年全省完成适老化改造1.2万户。';
    const r = run(text, '全年', 2024);
    expect(reasonOf(r, 8.4)).toEqual(['multi_year']);
    expect(facts(r.records)).toEqual([['elder_retrofit_households', '', 1.2, '万户', '全年']]);
  });
});

describe('recall on old county and banner texts', () => {
  test('a headline rounds (5120万元), the body is precise (5120.6万元): the precise figure is the record', () => {
    const r = run('截至12月某县共发放困难群众救助资金5120万元\n截至12月,某县共发放困难群众救助资金5120.6万元。');
    expect(facts(r.records)).toEqual([['assist_funds', '', 5120.6, '万元', '全年']]);
    expect(reasonOf(r, 5120)).toEqual(['conflict']);
  });

  test('救助资金A万元,其中:城镇最低生活保障B人,发放最低生活保障金C万元: each programme side is a figure of its own', () => {
    const r = run('全县共发放困难群众救助资金4210.5万元,其中:城镇最低生活保障1630人,发放最低生活保障金820.4万元;农村最低生活保障7020人,发放农村最低生活保障金2650.1万元。');
    expect(facts(r.records)).toEqual([
      ['assist_funds', '', 4210.5, '万元', '全年'],
      ['dibao_persons', '城市', 1630, '人', '全年'],
      ['dibao_funds', '城市', 820.4, '万元', '全年'],
      ['dibao_persons', '农村', 7020, '人', '全年'],
      ['dibao_funds', '农村', 2650.1, '万元', '全年'],
    ]);
  });

  test('one standard stated for two subsidies (生活补贴和护理补贴发放标准) is each one\'s standard', () => {
    const r = run('我区困难残疾人生活补贴和重度残疾人护理补贴发放标准已达到每人每月90元。');
    expect(facts(r.records)).toEqual([
      ['disab_care_std', '', 90, '元/人·月', '全年'],
      ['disab_living_std', '', 90, '元/人·月', '全年'],
    ]);
  });

  test('享受困难补贴残疾人 / 享受护理补贴残疾人; a month dating a sentence dates its clauses after semicolons', () => {
    const r = run('2023年3月全县享受困难补贴残疾人6120人,发放资金180.3万元;享受护理补贴残疾人5740人,发放资金161.2万元。');
    expect(facts(r.records).filter((x) => /persons/.test(String(x[0])))).toEqual([
      ['disab_living_persons', '', 6120, '人', '3月'],
      ['disab_care_persons', '', 5740, '人', '3月'],
    ]);
  });

  test('农村享受低保由A人增加到B人: B is the rural programme\'s people', () => {
    const r = run('至2023年,农村享受低保由1250人增加到2980人。');
    expect(facts(r.records)).toEqual([['dibao_persons', '农村', 2980, '人', '全年']]);
  });

  test('城镇低保…,达到每人每月A元 is the urban standard', () => {
    const r = run('城镇低保累计提高45元,达到每人每月610元。');
    expect(facts(r.records)).toEqual([['dibao_std_urban', '', 610, '元/人·月', '全年']]);
  });

  test('a rate after 其中 (分散A人、集中B人,集中供养率C%) is no part of the counts', () => {
    const r = run('特困供养对象2310人,其中分散供养2050人、集中供养260人,生活不能自理特困人员集中供养率达到72%。');
    expect(facts(r.records)).toContainEqual(['tekun_centralized_rate', '', 72, '%', '全年']);
  });

  test('其中城镇低保对象A户、B人,累计发放资金C万元: the money of a part filed with its own side', () => {
    const r = run('全县发放各类救助资金共计215.6万元。其中城镇最低生活保障对象410户、760人,累计发放资金96.2万元;农村最低生活保障对象880户、1530人,累计发放资金70.3万元。');
    expect(facts(r.records).filter((x) => x[0] === 'dibao_funds')).toEqual([
      ['dibao_funds', '城市', 96.2, '万元', '全年'],
      ['dibao_funds', '农村', 70.3, '万元', '全年'],
    ]);
  });
});

describe('text taken from PDFs with wrapped lines', () => {
  const wrap = (a: string, b: string) => a + '\n' + b;
  test('a number and its unit on two lines, a word cut in two, a comma opening the next line', () => {
    const text = [
      wrap('(一)城乡低保。2022年农村低保累计保障 2.46万人次,发放保障金 1170.5万元;城市低保发放保障金2208', '万元。'),
      wrap('(二)孤儿保障。2022年全区城乡特困供养人员累计发放金额188万元。保障36名孤', '儿基本生活。'),
      wrap('2022年临时救助因病和意外事故造成家庭生活暂时困难的群众团体和个人共计412人次', ',发放临时救助资金38.6万元。'),
    ].join('\n');
    const r = run(text, '全年', 2022);
    expect(facts(r.records)).toEqual([
      ['dibao_funds', '农村', 1170.5, '万元', '全年'],
      ['dibao_funds', '城市', 2208, '万元', '全年'],
      ['tekun_funds', '', 188, '万元', '全年'],
      ['orphan_persons', '', 36, '人', '全年'],
      ['temp_assist_times', '', 412, '人次', '全年'],
      ['temp_assist_funds', '', 38.6, '万元', '全年'],
    ]);
  });

  test('a short heading line, or a list item on the next line, is not joined', () => {
    const r = run('全区特困人员供养情况说明\n120人\n(一)全区共有特困人员320人,分散供养的特困人员合计有280人\n(二)发放供养金96万元。');
    expect(facts(r.records)).toContainEqual(['tekun_persons', '', 320, '人', '全年']);
    expect(facts(r.records).some((x) => x[2] === 120)).toBe(false);
  });
});

describe('registrations of some days', () => {
  test('1月28日至2月6日…结婚登记A对 and N天时间里 are the flow of some days, not the year', () => {
    const r = run('1月28日至2月6日10天时间里,该处共办理结婚登记612对。节后一周共办理离婚登记40对,1月28日至2月6日共办理离婚登记71对。', '全年', 2012);
    expect(r.records.filter((x) => x.value === 612 || x.value === 71)).toEqual([]);
    expect(reasonOf(r, 612)).toEqual(['partial']);
  });

  test('a span of whole months (1月1日至6月30日) stays a period', () => {
    const r = run('1月1日至6月30日,全市共办理结婚登记2860对。', '上半年', 2023);
    expect(facts(r.records)).toEqual([['marriage_reg', '', 2860, '对', '上半年']]);
  });
});

describe('marriage registrations split by kind', () => {
  test('内地居民婚姻登记A对,其中结婚登记B对…;涉外…其中结婚登记C对: with the foreign ones stated beside them, both groups are parts', () => {
    const r = run('1至3月,全市共办理内地居民婚姻登记4310对,其中结婚登记3120对,离婚登记1190对;办理涉外婚姻登记52对,其中结婚登记47对,离婚登记5对。', '一季度', 2024);
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 3120)).toEqual(['subset']);
    expect(reasonOf(r, 1190)).toEqual(['subset']);
    expect(reasonOf(r, 47)).toEqual(['subset']);
  });

  test('内地居民婚姻登记A对,其中结婚登记B对 with no foreign ones stated: the kinds\' figures', () => {
    const r = run('1至3月,全县共办理内地居民婚姻登记1310对,其中结婚登记920对,离婚登记390对。', '一季度', 2024);
    expect(facts(r.records)).toEqual([
      ['marriage_reg', '', 920, '对', 'Q1'],
      ['divorce_reg', '', 390, '对', 'Q1'],
    ]);
  });

  test('money after 其中 stays a part (其中:城乡低保A万元, 福彩公益金B万元)', () => {
    const r = run('前三季度累计发放社会保障专项资金5210万元。其中,城乡低保2410万元,医疗救助310万元,福彩公益金126万元。', '1-9月');
    expect(r.records.filter((x) => x.indicatorId === 'lottery_welfare_fund')).toEqual([]);
  });
});

describe('a paragraph on one side of the programme', () => {
  test('1、城镇最低生活保障工作。…保障标准…达到A元,享受对象确定为B户、C人: the city programme\'s standard and counts', () => {
    const r = run('1、城镇最低生活保障工作。城镇低保坚持动态管理,全年按月发放低保金。7月份保障标准在原基础上增加25元达到310元,享受对象确定为1460户、2380人。\n2、农村最低生活保障。农村低保实行一年一审,享受对象确定为5200户。', '全年', 2012);
    expect(facts(r.records)).toEqual([
      ['dibao_std_urban', '', 310, '元/人·月', '全年'],
      ['dibao_households', '城市', 1460, '户', '7月'],
      ['dibao_persons', '城市', 2380, '人', '7月'],
      ['dibao_households', '农村', 5200, '户', '全年'],
    ]);
  });

  test('a paragraph naming both sides keeps 保障对象 unresolved', () => {
    const r = run('城市低保和农村低保同步提标,保障对象确定为3200户。', '全年', 2012);
    expect(r.records).toEqual([]);
  });
});
