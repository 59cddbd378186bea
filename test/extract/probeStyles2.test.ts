// More styles found by probing the extractor with short texts written for these tests, in our own words and numbers.
import { inferContext } from '../../src/core/extract/context';
import { extractRecords } from '../../src/core/extract/extract';
import { catalogue, styleKit } from './styleKit';

describe("a programme's people among another population", () => {
  const { run, facts, reasonOf } = styleKit('某区');

  test('…监测的对象中,享受农村低保的有A人: part of the monitored, not the 低保 total', () => {
    const r = run('全区纳入动态监测的对象中,享受农村低保的有612人。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 612)).toEqual(['subset']);
  });

  test('…发放对象中百岁老人A人: a group among the programme\'s own people named by a noun before 中', () => {
    const r = run('全区高龄津贴发放对象中百岁老人41人。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 41)).toEqual(['subset']);
    expect(reasonOf(run('全区重度残疾人护理补贴发放对象中一级残疾人907人。'), 907)).toEqual(['subset']);
  });

  test('a union of the assistance groups, or the programme itself before 中, keeps the count', () => {
    expect(facts(run('全区低收入人口中,城乡低保对象5230人。').records)).toEqual([['dibao_persons', '', 5230, '人', '全年']]);
    expect(facts(run('全区低保对象中,享受城市低保的有1880人。').records)).toEqual([['dibao_persons', '城市', 1880, '人', '全年']]);
  });

  test('集中 is no 中 of a population', () => {
    expect(facts(run('全区集中供养特困人员312人。').records)).toEqual([['tekun_persons', '集中供养', 312, '人', '全年']]);
  });
});

describe('money paid with a count held back', () => {
  const { run, reasonOf } = styleKit('某区');

  test('向低保对象发放一次性生活补贴A人,共计B万元: both are the one-off payment\'s', () => {
    const r = run('全区向低保对象发放一次性生活补贴2140人,共计64.2万元。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 2140)).toEqual(['scope']);
    expect(reasonOf(r, 64.2)).toEqual(['scope']);
  });

  test('资助…参保A人,资助资金B万元 / 代缴…A人,代缴金额B万元: the money of the action, not the programme\'s funds', () => {
    const a = run('全区城乡居民医保参保人员中,资助低保对象参保2750人,资助资金82.5万元。');
    expect(a.records).toEqual([]);
    const b = run('全区为低保、特困人员代缴城乡居民养老保险费1130人,代缴金额11.3万元。');
    expect(b.records).toEqual([]);
    expect(reasonOf(b, 11.3)).toEqual(['combined']);
  });

  test('money naming its own programme after a held count is still read', () => {
    const r = run('全区春节前走访慰问低保对象800户,全年发放城乡低保金3620万元。');
    expect(r.records.map((x) => [x.indicatorId, x.value])).toEqual([['dibao_funds', 3620]]);
  });
});

describe('approvals are no roster', () => {
  const { run, reasonOf } = styleKit('某区');

  test('通过…审批低保对象A户 counts the approvals of the period', () => {
    const r = run('今年1-9月,全区通过“一网通办”审批低保对象433户。', '1-9月');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 433)).toEqual(['action']);
  });
});

describe('budgets, carried-over and allocated money', () => {
  const { run, facts, reasonOf } = styleKit('某区');

  test('预算安排A资金X万元,B资金Y万元: every item after a budget\'s lead is budgeted', () => {
    const r = run('2023年部门预算安排城乡低保资金2950万元,特困人员供养资金640万元。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 640)).toEqual(['plan']);
  });

  test('an item with its own actual verb after a budget is read', () => {
    expect(facts(run('部门预算安排低保资金2950万元,实际支出低保资金2880万元。').records)).toEqual([['dibao_funds', '', 2880, '万元', '全年']]);
  });

  test('上年结转低保资金 is last year\'s money; 到位资金 and 省级以上下达 money are allocations', () => {
    const r = run('全区上年结转低保资金215万元,本年到位资金2700万元。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 215)).toEqual(['other_year']);
    expect(reasonOf(r, 2700)).toEqual(['scope']);
    expect(run('全区省级以上下达困难群众救助补助资金1930万元。').records).toEqual([]);
    expect(run('市民政局下拨我区低保资金1560万元。').records).toEqual([]);
  });
});

describe('a side word opening the clause of a standard', () => {
  const { run, facts } = styleKit('某区');

  test('…按低保标准的1.3倍确定,城市每人每月A元,农村每人每年B元 (no 为)', () => {
    expect(facts(run('全区特困人员救助供养标准按不低于低保标准的1.3倍确定,城市每人每月1105元,农村每人每年8620元。').records)).toEqual([
      ['tekun_std_urban', '', 1105, '元/人·月', '全年'],
      ['tekun_std_rural', '', 8620, '元/人·年', '全年'],
    ]);
  });
});

describe('公报 phrasings', () => {
  const { run, facts } = styleKit('某市');

  test('a sentence opening with 其中 after a semicolon: every part of the whole filed before it', () => {
    expect(facts(run('全市共有社会组织4310个,比上年增长1.6%;其中社会团体1580个,民办非企业单位2700个。').records)).toEqual([
      ['social_orgs', '', 4310, '个', '全年'],
      ['social_groups', '', 1580, '个', '全年'],
      ['non_enterprise_units', '', 2700, '个', '全年'],
    ]);
  });

  test('社区服务中心(站)A个: a gloss in brackets after the name is no action', () => {
    expect(facts(run('全市现有社区服务中心(站)1270个。').records)).toEqual([['community_service_centers', '', 1270, '个', '全年']]);
  });

  test('分别达A万、B万人: a bare 万 in a list shares the unit of the last item', () => {
    expect(facts(run('城乡低保人数分别达0.9万、4.7万人。').records)).toEqual([
      ['dibao_persons', '城市', 0.9, '万人', '全年'],
      ['dibao_persons', '农村', 4.7, '万人', '全年'],
    ]);
  });
});

describe('spans of the year opening a clause', () => {
  const { run, facts } = styleKit('某市');
  const periods = (text: string) => facts(run(text).records).map((x) => [x[0], x[4]]);

  test('今年前三季度 / 2023年前三季度 / 2023年上半年 / 2023年第三季度 in a whole-year text are their own spans', () => {
    expect(periods('今年前三季度,全市共为困难群众发放各类救助资金2.7亿元。')).toEqual([['assist_funds', '1-9月']]);
    expect(periods('2023年前三季度,全市发放低保金1.9亿元。')).toEqual([['dibao_funds', '1-9月']]);
    expect(periods('2023年上半年,全市发放低保金1.2亿元。')).toEqual([['dibao_funds', '上半年']]);
    expect(periods('2023年第三季度,全市发放低保金0.6亿元。')).toEqual([['dibao_funds', 'Q3']]);
  });

  test('前N个月 (digits or words) is January to month N, and 个月发放 is no monthly payment', () => {
    expect(periods('前10个月,全市发放低保金2.2亿元。')).toEqual([['dibao_funds', '1-10月']]);
    expect(periods('今年前两个月,全市发放低保金0.4亿元。')).toEqual([['dibao_funds', '1-2月']]);
    expect(periods('今年前十一个月,全市发放低保金2.4亿元。')).toEqual([['dibao_funds', '1-11月']]);
    expect(periods('全市前10个月发放低保金2.2亿元。')).toEqual([['dibao_funds', '1-10月']]);
  });
});

describe('more ways a clause opens with its period', () => {
  const { run, facts } = styleKit('某市');
  const periods = (text: string) => facts(run(text).records).map((x) => [x[0], x[4]]);

  test('months in words (一至九月), a quarter range in words (一至三季度), 前三个季度, and the area before 今年', () => {
    expect(periods('一至九月,全市发放低保金1.7亿元。')).toEqual([['dibao_funds', '1-9月']]);
    expect(periods('全市一至三季度共发放低保金1.7亿元。')).toEqual([['dibao_funds', '1-9月']]);
    expect(periods('前三个季度,全市发放低保金1.7亿元。')).toEqual([['dibao_funds', '1-9月']]);
    expect(periods('全市今年前三季度共发放低保金1.7亿元。')).toEqual([['dibao_funds', '1-9月']]);
  });

  test('a quarter\'s or a month\'s end is the state at that date; a month alone before a comma dates its sentence', () => {
    expect(periods('截至三季度末,全市共有低保对象4.4万人。')).toEqual([['dibao_persons', '1-9月']]);
    expect(periods('6月底,全市共有低保对象4.6万人。')).toEqual([['dibao_persons', '上半年']]);
    expect(periods('9月,全市共有低保对象4.4万人,发放低保金1830万元。')).toEqual([
      ['dibao_persons', '9月'],
      ['dibao_funds', '9月'],
    ]);
  });

  test('下半年 is the second half, never the year', () => {
    expect(periods('下半年,全市发放低保金0.9亿元。')).toEqual([['dibao_funds', '下半年']]);
  });
});

describe('the period of a title in words', () => {
  const periodOf = (text: string) => inferContext(text, catalogue).period?.value;

  test('一至九月 / 1-3季度 / 前10个月 in a title', () => {
    expect(periodOf('某县民政局2023年一至九月工作情况\n全县发放城乡低保金1.4亿元。')).toBe('1-9月');
    expect(periodOf('某县民政局2023年1-3季度工作总结\n全县发放城乡低保金1.4亿元。')).toBe('1-9月');
    expect(periodOf('某县民政局前10个月工作情况\n2023年,全县发放城乡低保金1.4亿元。')).toBe('1-10月');
  });
});

describe('one township or one institution as the subject', () => {
  const { run, facts, reasonOf } = styleKit('张店区');

  test('a street office or town opening the sentence: its figures, and the clauses after it, are that township\'s', () => {
    const r = run('四宝山街道共有低保对象287人,特困人员19人。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 287)).toEqual(['sub_region']);
    expect(reasonOf(r, 19)).toEqual(['sub_region']);
    expect(reasonOf(run('我区马尚镇共有低保对象412人。'), 412)).toEqual(['sub_region']);
  });

  test('城镇, 乡镇, 各街道, 乡村振兴 and 其中镇 are no township subject', () => {
    expect(facts(run('城镇低保对象830人。').records)).toEqual([['dibao_persons', '城市', 830, '人', '全年']]);
    expect(facts(run('推进乡村振兴,全区共有低保对象2210人。').records)).toEqual([['dibao_persons', '', 2210, '人', '全年']]);
    expect(facts(run('全区共有乡镇、街道12个,其中镇5个,街道7个。').records).length).toBeGreaterThan(0);
  });

  test('区儿童福利院现有孤儿A名 / 首家…机构…床位B张 / 最大的…机构…床位C张: one institution\'s', () => {
    expect(reasonOf(run('区儿童福利院现有孤儿27名。'), 27)).toEqual(['subset']);
    expect(reasonOf(run('全区首家嵌入式养老服务机构开业,设置床位26张。'), 26)).toEqual(['subset']);
    expect(reasonOf(run('全区最大的民办养老机构拥有床位640张。'), 640)).toEqual(['subset']);
  });

  test('the area\'s own counts of institutions, and the registry\'s and the funeral home\'s flows, stay', () => {
    expect(facts(run('全区共有养老院18家,床位2460张。').records)).toEqual([
      ['elder_institutions', '', 18, '家', '全年'],
      ['elder_inst_beds', '', 2460, '张', '全年'],
    ]);
    expect(facts(run('区殡仪馆全年火化遗体1130具。').records)).toEqual([['cremations', '', 1130, '具', '全年']]);
    expect(facts(run('区婚姻登记处全年共办理结婚登记1980对。').records)).toEqual([['marriage_reg', '', 1980, '对', '全年']]);
  });
});

describe('standards: sides of old-and-new clauses, and the lowest tier', () => {
  const { run, facts, reasonOf } = styleKit('兰州市');

  test('城市低保标准从A上调至B,农村从C上调至D: the second clause is the rural standard', () => {
    expect(facts(run('城市低保标准从760元/月上调至805元/月,农村从6480元/年上调至6960元/年。').records)).toEqual([
      ['dibao_std_urban', '', 805, '元/人·月', '全年'],
      ['dibao_std_rural', '', 6960, '元/人·年', '全年'],
    ]);
  });

  test('最低档为A元 is one tier, not the standard', () => {
    const r = run('我市城乡低保标准最低档为每人每月655元。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 655)).toEqual(['sub_region']);
  });
});

describe('numbers written in Chinese words', () => {
  const { run, facts, reasonOf } = styleKit('某区');

  test('the whole numeral is read: 一千二百人, 三百二十六人, 二千三百余户, 两万余人', () => {
    expect(facts(run('全区共有特困人员一千二百人。').records)).toEqual([['tekun_persons', '', 1200, '人', '全年']]);
    expect(facts(run('全区共有特困人员三百二十六人。').records)).toEqual([['tekun_persons', '', 326, '人', '全年']]);
    const r = run('全区共有城乡低保对象二千三百余户。');
    expect(facts(r.records)).toEqual([['dibao_households', '', 2300, '户', '全年']]);
    expect(r.records[0].qualifier).toBe('余');
    expect(facts(run('全区共有特困人员两万余人。').records)).toEqual([['tekun_persons', '', 2, '万人', '全年']]);
  });

  test('上千人 / 数百户 are round words, no figure; 近百万元 keeps its 万', () => {
    expect(run('全区共有特困人员上千人。').records).toEqual([]);
    expect(reasonOf(run('全区共有低保对象数百户。'), 100)).toEqual(['malformed']);
    expect(facts(run('全区累计发放临时救助金近百万元。').records)).toEqual([['temp_assist_funds', '', 100, '万元', '全年']]);
  });
});

describe('tables: one item in two units, and the parts after 其中', () => {
  const { run, facts } = styleKit('某市');
  const pipe = ['2023年第三季度民政统计数据', '项目 | 单位 | 数量', '城市最低生活保障对象 | 户 | 5210', ' | 人 | 8874', '特困人员救助供养 | 人 | 4410', '其中:集中供养 | 人 | 1630', '分散供养 | 人 | 2780'].join('\n');
  const tabs = ['2023年第三季度民政统计数据', '项目\t单位\t数量', '农村最低生活保障对象\t户\t17320', '\t人\t30115', '特困人员救助供养\t人\t4410', '其中:集中供养\t人\t1630', '分散供养\t人\t2780'].join('\n');

  test('a row of a unit and a value under an item in another unit is the same item in that unit (pipes)', () => {
    expect(facts(run(pipe, 'Q3').records)).toEqual([
      ['dibao_households', '城市', 5210, '户', 'Q3'],
      ['dibao_persons', '城市', 8874, '人', 'Q3'],
      ['tekun_persons', '', 4410, '人', 'Q3'],
      ['tekun_persons', '集中供养', 1630, '人', 'Q3'],
      ['tekun_persons', '分散供养', 2780, '人', 'Q3'],
    ]);
  });

  test('…and with tabs', () => {
    expect(facts(run(tabs, 'Q3').records).slice(0, 2)).toEqual([
      ['dibao_households', '农村', 17320, '户', 'Q3'],
      ['dibao_persons', '农村', 30115, '人', 'Q3'],
    ]);
  });
});

describe('a dateline after the publisher\'s name', () => {
  test('某市民政局 2023-05-12, then 4月份,全市…: April of the dateline\'s year', () => {
    const c = inferContext('某市民政局 2023-05-12\n4月份,全市发放城乡低保资金0.9亿元。', catalogue);
    expect(c.year?.value).toBe(2023);
  });

  test('a month after the dateline\'s month gives no year (it may be last year\'s)', () => {
    const c = inferContext('某市民政局 2023-05-12\n11月份,全市发放城乡低保资金0.9亿元。', catalogue);
    expect(c.year).toBeUndefined();
  });
});

describe('money of a list of programmes', () => {
  const { run, reasonOf } = styleKit('某区');

  test('低保、特困、临时救助等资金A万元 / 临时救助等资金B万元: one sum over several programmes', () => {
    expect(reasonOf(run('全区共发放低保、特困、临时救助等资金4630万元。'), 4630)).toEqual(['combined']);
    expect(reasonOf(run('全区发放临时救助等资金415万元。'), 415)).toEqual(['combined']);
  });
});

describe('targets and what was done', () => {
  const { run, facts, reasonOf } = styleKit('某区');

  test('年度目标:…A张;完成情况:…B张: the value under a target\'s label is the target', () => {
    const r = run('年度目标:新增养老床位380张;完成情况:新增养老床位455张。');
    expect(facts(r.records)).toEqual([['elder_beds_new', '', 455, '张', '全年']]);
    expect(reasonOf(r, 380)).toEqual(['plan']);
  });

  test('下达…任务A张,实际完成B张: the task is a target, the actual figure is the indicator\'s', () => {
    const r = run('省下达我区新增养老床位任务420张,实际完成486张。');
    expect(facts(r.records)).toEqual([['elder_beds_new', '', 486, '张', '全年']]);
    expect(reasonOf(r, 420)).toEqual(['plan']);
  });

  test('a task reported done after it is what was done', () => {
    expect(facts(run('上级下达我区新增养老床位任务300张,目前已全面完成。').records)).toEqual([['elder_beds_new', '', 300, '张', '全年']]);
  });
});

describe('averages per month', () => {
  const { run, facts, reasonOf } = styleKit('某区');

  test('月均支出A万元 / 低保对象月均B万人: neither the total nor the stock', () => {
    expect(reasonOf(run('全区城乡低保资金支出2410万元,月均支出201万元。'), 201)).toEqual(['partial']);
    expect(reasonOf(run('全区低保对象月均0.9万人。'), 0.9)).toEqual(['partial']);
  });

  test('a monthly subsidy per person (月人均) stays what it is', () => {
    expect(facts(run('全区城市低保月人均补助水平为512元。').records).map((x) => x[0])).toEqual(['dibao_avg_subsidy']);
  });
});

describe('a span of years written with a dash', () => {
  const { run, facts, reasonOf } = styleKit('某县');

  test('2021—2023年累计发放低保金A亿元 is over three years; a stock at the span\'s end stays', () => {
    expect(reasonOf(run('全县2021—2023年累计发放低保金1.4亿元。'), 1.4)).toEqual(['multi_year']);
    expect(facts(run('2021-2023年,全县低保对象由1.3万人减少到1.2万人。').records)).toEqual([['dibao_persons', '', 1.2, '万人', '全年']]);
  });
});

describe('户次 is no count of households', () => {
  const { run, facts, reasonOf } = styleKit('某区');

  test('…惠及困难群众约1.1万户次 / 保障低保对象2980户次: household-times summed over months', () => {
    const r = run('1至6月,全区累计发放城乡低保金约1900万元,惠及困难群众约1.1万户次。', '上半年');
    expect(facts(r.records)).toEqual([['dibao_funds', '', 1900, '万元', '上半年']]);
    expect(reasonOf(r, 1.1)).toEqual(['no_indicator']);
    expect(run('全区保障低保对象2980户次。').records).toEqual([]);
    expect(run('全区救助困难群众2980户(次)。').records).toEqual([]);
  });

  test('人•次 and 人/次 are 人次; 人月 is no count of persons', () => {
    expect(facts(run('全区临时救助2870人•次。').records)).toEqual([['temp_assist_times', '', 2870, '人次', '全年']]);
    expect(facts(run('全区临时救助2870人/次。').records)).toEqual([['temp_assist_times', '', 2870, '人次', '全年']]);
    expect(run('全区城乡低保累计保障11.4万人月。').records).toEqual([]);
  });
});

describe('one type of a programme', () => {
  const { run, reasonOf } = styleKit('某市');

  test('急难型临时救助A人次,支出型临时救助B人次: each type is a part', () => {
    const r = run('全年全市临时救助对象中,急难型临时救助1020人次,支出型临时救助2890人次。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 1020)).toEqual(['subset']);
    expect(reasonOf(r, 2890)).toEqual(['subset']);
  });
});

describe('found on a measurement set (corpus33), in our own words', () => {
  const { run, facts, reasonOf } = styleKit('某市');

  test('…共支出社会救助资金A万元。其中:社会救助资金支出B万元(…),…C万元: the part named as the whole is the indicator\'s', () => {
    const r = run('全年共支出社会救助资金9800.5万元。其中:社会救助资金支出8650.2万元,产业扶持资金1150.3万元。');
    expect(facts(r.records)).toEqual([['assist_funds', '', 8650.2, '万元', '全年']]);
    expect(reasonOf(r, 9800.5)).toEqual(['scope']);
  });

  test('拨付乡镇街道临时救助金A万元 is an allocation to the townships', () => {
    const r = run('上半年拨付乡镇街道临时救助金58万元,全县累计临时救助各类困难群众512人次,发放救助金80.6万元。', '上半年');
    expect(facts(r.records)).toEqual([
      ['temp_assist_times', '', 512, '人次', '上半年'],
      ['temp_assist_funds', '', 80.6, '万元', '上半年'],
    ]);
  });

  test('another city after a date (2023年安徽某地全市…), its clauses after a semicolon, and after a figure of no indicator', () => {
    const { run: runXc } = styleKit('许昌市');
    const a = runXc('据当地报道,2023年安徽淮北全市共办理结婚登记15230对;离婚登记3360对。');
    expect(a.records).toEqual([]);
    expect(reasonOf(a, 3360)).toEqual(['other_region']);
    const b = runXc('2023年,淮北全市共受理离婚申请6120对,实际办理离婚登记3360对。');
    expect(b.records).toEqual([]);
  });

  test('a figure of the text\'s own before a semicolon stops the carry; 全年新建… is no place', () => {
    const { run: runDq } = styleKit('迪庆藏族自治州');
    expect(facts(runDq('2023年6月全州特困供养人员2100人,其中,香格里拉市800人,维西县850人;特困人员基本生活保障标准950元。', '上半年').records).map((x) => x[0])).toEqual(['tekun_persons', 'tekun_std']);
    expect(facts(run('全年新建和改扩建15处村级服务设施。').records).length).toBe(1);
  });
});

describe('traditional characters of place names', () => {
  test('哈爾濱 / 瀏陽 are 哈尔滨 / 浏阳; 其中市区 names no 中市区', () => {
    const c = inferContext('哈爾濱市再次提高城鄉低保標準\n在提高市區城鄉低保標準中市區城市低保標準提高到每人每月732元。其中市區農村低保標準提高到每人每年4404元。', catalogue);
    expect(c.region?.name).toBe('哈尔滨市');
  });
});

describe('orphans raised in institutions', () => {
  const { run, facts, reasonOf } = styleKit('某市');

  test('机构抚养孤儿 is 机构养育; an unknown kind of orphan after a named split is unclear, not the whole', () => {
    expect(facts(run('社会散居孤儿按照每人每月1050元的标准发放,机构抚养孤儿按照每人每月1460元的标准发放。').records)).toEqual([
      ['orphan_std', '社会散居', 1050, '元/人·月', '全年'],
      ['orphan_std', '机构养育', 1460, '元/人·月', '全年'],
    ]);
    const r = run('社会散居孤儿按照每人每月1050元的标准发放,福利院孤儿按照每人每月1460元的标准发放。');
    expect(reasonOf(r, 1460)).toEqual(['ambiguous_breakdown']);
  });
});

describe('beds of the institutions built so far', () => {
  const { run, facts, reasonOf } = styleKit('某市');

  test('累计建成养老机构A家、床位B万张 is the area\'s stock; 建成…照护机构A个、护理型床位B张 stays those homes\' beds', () => {
    expect(facts(run('全市累计建成养老机构580家、床位9.6万张。').records)).toEqual([
      ['elder_institutions', '', 580, '家', '全年'],
      ['elder_inst_beds', '', 9.6, '万张', '全年'],
    ]);
    expect(reasonOf(run('建成失能特困人员集中照护机构39个、护理型床位6120张。'), 6120)).toEqual(['scope']);
  });
});

describe('the orphans\' money in a list of programmes', () => {
  const { run, facts } = styleKit('某市');

  test('(城市低保A万元;…;孤儿B万元): 孤儿 with money is the orphan funds', () => {
    const r = run('社会救助资金支出9120.3万元(城市低保1210.5万元;临时救助480.2万元;孤儿166.4万元)。');
    expect(facts(r.records).filter((x) => x[0] === 'orphan_living_funds')).toEqual([['orphan_living_funds', '', 166.4, '万元', '全年']]);
  });
});

describe('the welfare lottery fund: raised, not spent', () => {
  const { run, facts, reasonOf } = styleKit('某市');

  test('公益金支出A / 公益金用于养老服务的资金B / 使用公益金C are its uses; 筹集公益金D stays', () => {
    expect(reasonOf(run('全市福彩公益金支出0.9亿元。'), 0.9)).toEqual(['scope']);
    expect(reasonOf(run('全区福利彩票公益金用于养老服务的资金达到1040万元。'), 1040)).toEqual(['scope']);
    expect(reasonOf(run('全年使用福彩公益金1870万元。'), 1870)).toEqual(['scope']);
    expect(facts(run('全年共筹集福彩公益金1870万元,全部用于社会福利事业。').records)).toEqual([['lottery_welfare_fund', '', 1870, '万元', '全年']]);
  });
});

describe('beds of the elderly-care institutions', () => {
  const { run, facts } = styleKit('某区');

  test('养老机构共有床位A张 is the institutions\' beds, not all elderly-care beds', () => {
    expect(facts(run('全区养老机构共有床位2870张。').records)).toEqual([['elder_inst_beds', '', 2870, '张', '全年']]);
  });
});

describe('the area above\'s floor or guidance in a city\'s text', () => {
  const { run, facts, reasonOf } = styleKit('兰州市');

  test('根据《省…通知》,…不低于A元 / 省里下达的指导标准为B元 are floors; 高出C元 is a difference', () => {
    expect(reasonOf(run('根据《省民政厅关于提高城乡低保标准的通知》,城市低保标准不低于每人每月760元。'), 760)).toEqual(['floor']);
    expect(reasonOf(run('省里下达的城市低保指导标准为每人每月760元。'), 760)).toEqual(['floor']);
    expect(reasonOf(run('与邻近城市相比,我市城市低保标准高出55元。'), 55)).toEqual(['change']);
    expect(facts(run('按照省定标准,我市城市低保标准调整为每人每月805元。').records)).toEqual([['dibao_std_urban', '', 805, '元/人·月', '全年']]);
  });

  test('in the province\'s own text the same sentence is the floor it sets for its cities and counties, not their standard', () => {
    const { run: runP, reasonOf: reasonP } = styleKit('甘肃省');
    const r = runP('根据《省民政厅关于提高城乡低保标准的通知》,城市低保标准不低于每人每月760元。');
    expect(r.records).toEqual([]);
    expect(reasonP(r, 760)).toEqual(['floor']);
  });
});

describe('found on a second measurement set (corpus36), in our own words', () => {
  const { run, facts, reasonOf } = styleKit('广东省');

  test('未参加/应参加年度工作报告的社会团体A个 / 网上年检全区性社会组织B个: some of the organisations', () => {
    expect(reasonOf(run('未参加年度工作报告的社会团体96个,其中连续两年未参加的21个。'), 96)).toEqual(['subset']);
    expect(reasonOf(run('2020年度应参加年度工作报告的社会团体1870个。', '全年', 2020), 1870)).toEqual(['subset']);
    expect(reasonOf(run('此次网上年检全区性社会组织744个,其中合格690个。'), 744)).toEqual(['subset']);
    expect(facts(run('全省共有社会组织5.8万个。').records)).toEqual([['social_orgs', '', 5.8, '万个', '全年']]);
  });

  test('乡镇慈善分会和联络站募集资金A万元: the branches\' share', () => {
    expect(reasonOf(run('3.乡镇慈善分会和联络站募集资金98.6万元;'), 98.6)).toEqual(['subset']);
  });

  test('发放临时救助金A万元、棉被B床、棉衣C套…,受救助困难群众达D人次: the people of a goods drive', () => {
    const r = run('目前,全省已发放临时救助金15万元、棉被1980床、棉衣1120套,受救助困难群众达3110人次。');
    expect(reasonOf(r, 3110)).toEqual(['scope']);
  });

  test('城市低保救助<a broken count>人,救助资金A万元: the money of the one programme named', () => {
    const { run: runSy } = styleKit('十堰市');
    const r = runSy('第一季度,城市低保救助3712968850人,救助资金4980万元。农村低保救助1402221887人,救助资金6120万元。', 'Q1', 2015);
    expect(facts(r.records)).toEqual([
      ['dibao_funds', '城市', 4980, '万元', 'Q1'],
      ['dibao_funds', '农村', 6120, '万元', 'Q1'],
    ]);
  });
});

describe('the statistical bulletin\'s 低保 sentence', () => {
  const { run, facts } = styleKit('某市');

  test('全年共有A万城镇居民和B万农村居民得到政府最低生活保障 / 享受最低生活保障的城镇居民A万人,农村居民B万人', () => {
    const want = [
      ['dibao_persons', '城市', 1.1, '万人', '全年'],
      ['dibao_persons', '农村', 4.9, '万人', '全年'],
    ];
    expect(facts(run('全年共有1.1万城镇居民和4.9万农村居民得到政府最低生活保障。').records)).toEqual(want);
    expect(facts(run('年末享受最低生活保障的城镇居民1.1万人,农村居民4.9万人。').records)).toEqual(want);
    expect(facts(run('全年有1.1万名城镇居民得到政府最低生活保障,4.9万名农村居民得到政府最低生活保障。').records)).toEqual(want);
  });

  test('…获得政府最低生活保障的城镇居民、农村居民分别是A人、B人', () => {
    expect(facts(run('全年获得政府最低生活保障的城镇居民、农村居民分别是1040人、7620人。').records)).toEqual([
      ['dibao_persons', '城市', 1040, '人', '全年'],
      ['dibao_persons', '农村', 7620, '人', '全年'],
    ]);
  });

  test('residents named without the programme received are no 低保 count', () => {
    expect(run('全市城镇居民1.1万人参加了技能培训,最低生活保障标准提高到每人每月800元。').records.map((x) => x.indicatorId)).toEqual(['dibao_std']);
  });
});

describe('a yearly rate per person stated in 万元', () => {
  const { run, facts, reasonOf } = styleKit('某市');

  test('每人每年A万元 is a yearly standard, filed in 元', () => {
    expect(facts(run('全市城市低保标准提高到每人每年1.3万元,农村低保标准提高到每人每年0.96万元。').records)).toEqual([
      ['dibao_std_urban', '', 13000, '元/人·年', '全年'],
      ['dibao_std_rural', '', 9600, '元/人·年', '全年'],
    ]);
  });

  test('the new value after an old one in 万元, and the second item of a list, share the period', () => {
    expect(facts(run('城市低保标准由每人每年1.2万元提高到1.3万元。').records)).toEqual([['dibao_std_urban', '', 13000, '元/人·年', '全年']]);
    expect(facts(run('城乡低保标准分别由每人每年1.2万元、0.9万元提高到1.3万元、0.96万元。').records)).toEqual([
      ['dibao_std_urban', '', 13000, '元/人·年', '全年'],
      ['dibao_std_rural', '', 9600, '元/人·年', '全年'],
    ]);
  });

  test('money per year with no person stays money', () => {
    const r = run('每年安排慰问资金2.5万元。');
    expect(r.records.filter((x) => x.unit === '元/人·年')).toEqual([]);
    expect(reasonOf(r, 2.5).length).toBe(1);
  });
});

describe('the average paid, in either word order', () => {
  const { run, facts } = styleKit('某市');

  test('人均月补助 / 低保对象人均月补助水平 is the average paid, not the standard', () => {
    expect(facts(run('全市城市低保人均月补助达到532元。').records)).toEqual([['dibao_avg_subsidy', '城市', 532, '元/人·月', '全年']]);
    expect(facts(run('城市低保对象人均月补助水平为532元,农村低保对象人均月补助水平为318元。').records)).toEqual([
      ['dibao_avg_subsidy', '城市', 532, '元/人·月', '全年'],
      ['dibao_avg_subsidy', '农村', 318, '元/人·月', '全年'],
    ]);
    expect(facts(run('全市特困人员月人均补助662元。').records)).toEqual([['tekun_avg_subsidy', '', 662, '元/人·月', '全年']]);
  });
});

describe('a table by programme with the month and the year to date side by side', () => {
  const { run, facts, reasonOf } = styleKit('某市');
  const rows = [
    '孤儿基本生活费 | 415 | 52.3 | 2470 | 311.8 | 社会散居孤儿每人每月1150元,机构养育孤儿每人每月1560元。 |',
    '事实无人抚养儿童基本生活补贴 | 1604 | 184.5 | 9580 | 1096.2 | 每人每月1150元。 |',
  ];
  const want = [
    ['orphan_persons', '', 415, '人', '上半年'],
    ['orphan_living_funds', '', 52.3, '万元', '6月'],
    ['orphan_living_funds', '', 311.8, '万元', '上半年'],
    ['orphan_std', '社会散居', 1150, '元/人·月', '上半年'],
    ['orphan_std', '机构养育', 1560, '元/人·月', '上半年'],
    ['fmcare_persons', '', 1604, '人', '上半年'],
    ['fmcare_living_funds', '', 184.5, '万元', '6月'],
    ['fmcare_living_funds', '', 1096.2, '万元', '上半年'],
    ['fmcare_std', '', 1150, '元/人·月', '上半年'],
  ];

  test('当月人数 | 当月支出 | 1-6月累计人次 | 1-6月累计支出 | 保障标准 (standards told in words)', () => {
    const r = run(['某市2024年1-6月儿童福利保障情况', '保障项目 | 当月保障人数(人) | 当月支出(万元) | 1-6月累计保障人次(人次) | 1-6月累计支出(万元) | 保障标准 |', ...rows].join('\n'), '上半年', 2024);
    expect(facts(r.records)).toEqual(want);
    // (the standards are read from the words in their cells, after the row's label; every quote is the text as printed)
    const text = ['某市2024年1-6月儿童福利保障情况', '保障项目 | 当月保障人数(人) | 当月支出(万元) | 1-6月累计保障人次(人次) | 1-6月累计支出(万元) | 保障标准 |', ...rows].join('\n');
    for (const x of r.records) expect(text.slice(x.offset, x.offset + x.quote.length)).toBe(x.quote);
    expect(r.records.find((x) => x.indicatorId === 'fmcare_std')!.quote).toContain('事实无人抚养儿童基本生活补贴 | 1604');
    // person-times have no indicator of these programmes
    expect(reasonOf(r, 2470)).toEqual(['no_indicator']);
  });

  test('the same header wrapped onto a second line', () => {
    const r = run(['某市2024年1-6月儿童福利保障情况', '保障项目 | 当月保障人员情况(人) | 当月支出(万元) | 1-6月累计保障人次(人次) |', '1-6月累计支出(万元) | 保障标准 |', ...rows].join('\n'), '上半年', 2024);
    expect(facts(r.records)).toEqual(want);
  });

  test('a stock in a column of the year to date is no end-of-period figure', () => {
    const r = run(['某市2024年1-6月低保情况', '保障项目 | 当月保障人数(人) | 1-6月累计保障人数(人) | 1-6月累计支出(万元) |', '城市低保 | 2310 | 2650 | 1210.4 |'].join('\n'), '上半年', 2024);
    expect(facts(r.records)).toEqual([
      ['dibao_persons', '城市', 2310, '人', '上半年'],
      ['dibao_funds', '城市', 1210.4, '万元', '上半年'],
    ]);
    expect(reasonOf(r, 2650)).toEqual(['ambiguous_column']);
  });
});

describe('a table whose only period is a year-to-date column', () => {
  test('1-6月累计支出 names the month when neither the title nor the user does', () => {
    const text = ['某市民政局儿童福利保障情况 填报日期:2024.07.10', '保障项目 | 当月保障人数(人) | 当月支出(万元) | 1-6月累计支出(万元) |', '孤儿基本生活费 | 415 | 52.3 | 311.8 |'].join('\n');
    const r = extractRecords(text, { region: '某市', year: 2024, source: 't.txt', catalogue });
    expect(r.records.map((x) => [x.indicatorId, x.value, x.period])).toEqual([
      ['orphan_persons', 415, '6月'],
      ['orphan_living_funds', 52.3, '6月'],
      ['orphan_living_funds', 311.8, '上半年'],
    ]);
    // (two year-to-date columns that disagree name nothing)
    const two = text.replace('当月支出(万元)', '1-5月累计支出(万元)');
    expect(extractRecords(two, { region: '某市', year: 2024, source: 't.txt', catalogue }).records).toEqual([]);
  });
});

describe('money a level allocates, and people moved into a scheme', () => {
  test('a province hands money down: 向农村特困人员下拨救助金A亿元 (also in 繁體) is no spending of the province', () => {
    const prov = styleKit('甘肃省');
    for (const t of ['今年上半年向农村特困人员下拨救助金超过3亿元。', '今年上半年向農村特困人員下撥救助金超過3億元。']) {
      const r = prov.run(t, '上半年');
      expect(r.records).toEqual([]);
      expect(prov.reasonOf(r, 3)).toEqual(['scope']);
    }
    // (a county paying out its own money keeps it)
    const county = styleKit('临洮县');
    expect(county.facts(county.run('全县今年上半年下拨低保资金460万元。', '上半年').records)).toEqual([['dibao_funds', '', 460, '万元', '上半年']]);
  });

  test('…制度,今年省级已安排A亿元: one level\'s money in a clause of its own', () => {
    const { run, reasonOf } = styleKit('甘肃省');
    const r = run('全面落实困难残疾人生活补贴和重度残疾人护理补贴制度,今年省级已安排4.3亿元,为52万名残疾人按时发放了补贴。');
    expect(r.records.filter((x) => x.unit === '亿元')).toEqual([]);
    expect(reasonOf(r, 4.3)).toEqual(['subset']);
  });

  test('将符合条件的A名监测对象纳入兜底保障范围: the people moved in, not the monitored population', () => {
    const { run, reasonOf } = styleKit('某市');
    const r = run('加强低收入人口动态监测和帮扶,将符合条件的8630名监测对象及时纳入兜底保障范围。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 8630)).toEqual(['action']);
  });

  test('the text\'s region unknown: 其中<a region>A人(…) is that area\'s part', () => {
    const r = extractRecords('2025年6月份孤儿等特困儿童203人,其中维西傈僳族自治县41人(机构养育孤儿6人、散居孤儿17人、事实无人抚养儿童18人),德钦县52人(机构养育孤儿3人、散居孤儿21人、事实无人抚养儿童28人)。', { year: 2025, period: '6月', source: 't.txt', catalogue });
    expect(r.records).toEqual([]);
    expect(r.candidates.filter((c) => [6, 17, 18].includes(c.value!)).map((c) => c.reason)).toEqual(['other_region', 'other_region', 'other_region']);
  });
});

describe('corpus37 misses that generalise', () => {
  const { run, facts, reasonOf } = styleKit('某市');

  test('a list of counts in 名, each naming its group after it, after the whole\'s scope', () => {
    const want = [
      ['dibao_persons', '', 12.4, '万人', '全年'],
      ['tekun_persons', '', 0.9, '万人', '全年'],
      ['orphan_persons', '', 615, '人', '全年'],
      ['fmcare_persons', '', 1288, '人', '全年'],
    ];
    expect(facts(run('全市共有12.4万名城乡低保对象、0.9万名特困供养人员、615名孤儿和1288名事实无人抚养儿童。').records)).toEqual(want);
    expect(facts(run('有效保障12.4万名城乡低保对象、0.9万名特困供养人员、615名孤儿和1288名事实无人抚养儿童基本生活。').records)).toEqual(want);
    // (people a payment went to stay the action's)
    const r = run('为96名低保对象、41名特困人员发放慰问金。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 41)).toEqual(['action']);
  });

  test('80至89周岁老年人按每人每月A元、…的标准发放高龄津贴: each band\'s rate', () => {
    expect(facts(run('本地户籍80至89周岁老年人按每人每月70元、90至99周岁老年人按每人每月150元、100周岁以上老年人按每人每月600元的标准发放高龄津贴。').records)).toEqual([
      ['elder_age_allowance_std', '80-89岁', 70, '元/人·月', '全年'],
      ['elder_age_allowance_std', '90-99岁', 150, '元/人·月', '全年'],
      ['elder_age_allowance_std', '100岁以上', 600, '元/人·月', '全年'],
    ]);
  });

  test('after a 其中 list, a clause naming the total or opening with a month and the whole area is the whole\'s again', () => {
    expect(facts(run('全市现有养老机构12家,其中公办机构7家、民办机构5家,总床位达1180张。').records)).toEqual([
      ['elder_institutions', '', 12, '家', '全年'],
      ['elder_inst_beds', '', 1180, '张', '全年'],
    ]);
    expect(facts(run('全区高龄老人9040人,其中90-99岁老人1420人,8月全区高龄津贴支出80.2万元。', '8月').records)).toEqual([['elder_age_allowance_funds', '', 80.2, '万元', '8月']]);
    // (共有 after the parts may be the part's own)
    const r = run('全市养老机构12家,其中公办机构7家,共有床位640张。');
    expect(reasonOf(r, 640)).toEqual(['subset']);
  });
});

describe('a standard changed from 月人均A元 to 月人均B元, and rural homes for the destitute', () => {
  const { run, facts } = styleKit('某市');

  test('标准由月人均A元统一提高到月人均B元 is the standard; 月人均补助水平 stays the average paid', () => {
    expect(facts(run('全市城乡居民最低生活保障标准由月人均745元统一提高到月人均790元。').records)).toEqual([['dibao_std', '', 790, '元/人·月', '全年']]);
    expect(facts(run('城市低保月人均补助水平由410元提高到455元。').records)).toEqual([['dibao_avg_subsidy', '城市', 455, '元/人·月', '全年']]);
  });

  test('农村供养服务机构A所 counts the homes for the destitute', () => {
    expect(facts(run('全市农村供养服务机构38所,集中供养特困人员2100人。').records)[0]).toEqual(['tekun_support_institutions', '', 38, '所', '全年']);
  });
});

describe('years and places told apart (found by scoring inferred mode against the texts\' own year and region)', () => {
  const { run, facts, reasonOf } = styleKit('某省');

  test('2022 年 with a space is a year; the sentence after one opening with another year is held too', () => {
    const r = run('据了解,2022 年全省各级慈善总会募捐收入达到 38.6 亿元。省慈善总会募捐款物 1.32 亿元。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 38.6)).toEqual(['other_year']);
    expect(reasonOf(r, 1.32)).toEqual(['other_year']);
    // (a sentence of its own time after it keeps its figure)
    expect(facts(run('2022年全省募捐收入达到38.6亿元。今年以来,全省慈善组织募集款物12.5亿元。').records)).toEqual([['charity_donations', '', 12.5, '亿元', '全年']]);
  });

  test('在河南许昌,2023年共有A对…: a place in a clause of its own is the subject of the clauses after it', () => {
    const city = styleKit('浏阳市');
    const r = city.run('在河南许昌,2023年共有21870对新人办理结婚登记。在浏阳,全年办理结婚登记5120对。');
    expect(city.facts(r.records)).toEqual([['marriage_reg', '', 5120, '对', '全年']]);
    expect(city.reasonOf(r, 21870)).toEqual(['other_region']);
  });

  test('a table compiled by something that is no region files nothing under that name', () => {
    const text = ['2024年6月民政统计季报', '编制单位:某某资讯网', '指标名称 | 单位 | 数量', '城市低保人数 | 人 | 4120'].join('\n');
    const r = extractRecords(text, { year: 2024, source: 't.txt', catalogue });
    expect(r.records.filter((x) => x.region === '某某资讯网')).toEqual([]);
  });
});

describe('the year of a text, not of a span or a cited start', () => {
  const yearOf = (text: string) => inferContext(text, catalogue).year?.value;

  test('X年以来累计 is a span of years; a line opening with the dateline\'s year dates the text', () => {
    const text = '某市福彩销量再创新高\n来源:福彩中心 发布时间:2019-12-28 10:05\n2019年,某市福彩销售稳步增长,全年销量4.2亿元。\n据统计,某市福彩1990年以来累计销售31亿元。\n2020年,将继续做好销售工作。';
    expect(yearOf(text)).toBe(2019);
    expect(yearOf('据统计,某市福彩1990年以来累计销售31亿元。')).toBeUndefined();
  });

  test('a start a cited document set (《…通知》要求,自2011年9月起) is not the year of a text on 今年', () => {
    expect(yearOf('记者从区民政局获悉,今年1~9月,全区共为6120名80周岁以上老人发放高龄津贴。根据《关于提高高龄津贴标准的通知》要求,自2011年9月起,津贴标准提高至每人每月100元。')).toBeUndefined();
    // (a decision of the text's own from that date still dates it)
    expect(yearOf('根据《关于提高农村低保标准的通知》要求,经县政府同意,决定从2021年1月1日起,农村低保标准每人每月提高25元。')).toBe(2021);
  });
});

describe('the year of news on the year before, and of a quarter under a dateline', () => {
  const yearOf = (text: string) => inferContext(text, catalogue).year?.value;

  test('发布时间 early in a year, then 。2022年,我市累计…: the year before', () => {
    expect(yearOf('去年我市累计发放救助资金9.6亿元\n来源:某市日报 发布时间:2023-03-15 09:10\n兜住底线,保障基本生活。2022年,我市累计发放救助资金9.6亿元。')).toBe(2022);
  });

  test('日期:2019-06-10 and 今年第一季度: the dateline\'s year', () => {
    expect(yearOf('某省一季度结婚登记近6万对\n日期:2019-06-10\n本报讯 今年第一季度,我省平均每天有650对新人办理结婚登记。')).toBe(2019);
  });
});

describe('the level reached after a change of a count or of money', () => {
  const { run, facts, reasonOf } = styleKit('某市');

  test('较上年末减少A人,降至B人 / 比上年增加A万元,达到B万元: B is the level of what the clause named', () => {
    const r = run('全市城市低保对象较上年末减少280人,降至4930人。');
    expect(facts(r.records)).toEqual([['dibao_persons', '城市', 4930, '人', '全年']]);
    expect(reasonOf(r, 280)).toEqual(['change']);
    expect(facts(run('全市低保资金比上年增加260万元,达到4870万元。').records)).toEqual([['dibao_funds', '', 4870, '万元', '全年']]);
  });
});

describe('more frames found by probing: running totals, 去年 against 今年, the groups of the two subsidies, the area after an institution', () => {
  const { run, facts, reasonOf } = styleKit('某市');

  test('累计募集款物A亿元,其中今年募集B万元: the running total is of several years', () => {
    const r = run('全市慈善系统累计募集款物4.9亿元,其中今年募集7300万元。');
    expect(r.records.filter((x) => x.value === 4.9)).toEqual([]);
    expect(reasonOf(r, 4.9)).toEqual(['multi_year']);
    // (this year's running total split by a channel keeps its figure)
    expect(facts(run('全市今年累计募集善款780万元,其中网络募捐95万元。').records)).toEqual([['charity_donations', '', 780, '万元', '全年']]);
  });

  test('去年全市办理结婚登记A对,今年上半年办理B对: 去年 set against 今年 is the year before', () => {
    const r = run('去年全市办理结婚登记5940对,今年上半年办理2870对。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 5940)).toEqual(['other_year']);
  });

  test('残疾人两项补贴惠及困难残疾人A人、重度残疾人B人,发放资金C万元: each group its subsidy\'s, the money both', () => {
    expect(facts(run('全市残疾人两项补贴惠及困难残疾人1.6万人、重度残疾人2.4万人,发放资金7150万元。').records)).toEqual([
      ['disab_living_persons', '', 1.6, '万人', '全年'],
      ['disab_care_persons', '', 2.4, '万人', '全年'],
      ['disab_two_funds', '', 7150, '万元', '全年'],
    ]);
  });

  test('市福利院现有孤儿A名,全市共有孤儿B名: the clause opening with the whole area is the area\'s', () => {
    const r = run('市福利院现有孤儿76名,全市共有孤儿398名。');
    expect(facts(r.records)).toEqual([['orphan_persons', '', 398, '人', '全年']]);
    expect(reasonOf(r, 76)).toEqual(['subset']);
  });
});

describe('the 合计 row of a table of the two sides', () => {
  const { run, facts, reasonOf } = styleKit('某市');
  const table = (total: string) => ['2024年城乡低保情况(截至12月底)', '项目 | 户数(户) | 人数(人) | 全年支出(万元)', '城市低保 | 1980 | 3310 | 1490', '农村低保 | 5820 | 9970 | 3710', `合计 | ${total}`].join('\n');

  test('合计 of 城市低保 and 农村低保 is the whole programme\'s, when it adds up', () => {
    const r = run(table('7800 | 13280 | 5200'), '全年', 2024);
    expect(facts(r.records).filter((x) => x[1] === '')).toEqual([
      ['dibao_households', '', 7800, '户', '全年'],
      ['dibao_persons', '', 13280, '人', '全年'],
      ['dibao_funds', '', 5200, '万元', '全年'],
    ]);
  });

  test('a 合计 that does not add up stays a candidate', () => {
    const r = run(table('7800 | 13500 | 5200'), '全年', 2024);
    expect(r.records.filter((x) => x.value === 13500)).toEqual([]);
    expect(reasonOf(r, 13500)).toEqual(['no_indicator']);
  });
});

describe('a round-up of several places', () => {
  const text = [
    '多地公布去年婚姻登记数据',
    '据某报报道,2023年安徽淮北全市共办理结婚登记19870对;离婚登记4310对。',
    '淮北市民政局介绍,淮北全市结婚登记人数明显增长,淮北今年继续优化服务。',
    '在湖南浏阳,2023年全年办理结婚登记5010对。浏阳市民政局表示,浏阳将继续推进婚俗改革,浏阳婚姻登记处全年无休。',
  ].join('\n');

  test('names no one region, and each place\'s figures stay candidates', () => {
    const c = inferContext(text, catalogue);
    expect(c.region).toBeUndefined();
    const r = extractRecords(text, { source: 't.txt', catalogue });
    expect(r.records.filter((x) => [19870, 4310, 5010].includes(x.value))).toEqual([]);
    expect(r.candidates.filter((x) => x.value === 19870).map((x) => x.reason)).toEqual(['other_region']);
  });
});

describe('organisations struck off', () => {
  const { run, reasonOf } = styleKit('某市');
  test('全年共撤销社会组织A个,注销B个: no count of the organisations there are', () => {
    const r = run('全年共撤销社会组织41个,注销77个。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 41)).toEqual(['action']);
  });
});

describe('the year-end stock after the year-start one', () => {
  const { run, facts, reasonOf } = styleKit('某市');
  test('年初全市低保对象A人,年末为B人: B is the stock; with a side named, nothing is guessed', () => {
    const r = run('年初全市低保对象6120人,年末为5870人。');
    expect(facts(r.records)).toEqual([['dibao_persons', '', 5870, '人', '全年']]);
    expect(reasonOf(r, 6120)).toEqual(['other_year']);
    expect(run('年初全市城市低保对象6120人,年末为5870人。').records).toEqual([]);
  });
});

describe('corpus38 first run: a heading naming one side, a mistyped decimal point, money summed over programmes', () => {
  const { run, facts, reasonOf } = styleKit('某市');

  test('一、城市低保 then 保障标准…, 救助水平…, 累计发放救助资金… in a third-quarter text: the urban side\'s, the money since January', () => {
    const text = ['某市2022年3季度城乡社会救助实施情况', '一、城市低保', '3季度城市低保对象累计增加820户960人,季度末城市低保对象9100户13200人。保障标准每人每月610元,救助水平人均每月402.5元。累计发放救助资金4820.6万元。'].join('\n');
    expect(facts(run(text, '1-9月', 2022).records)).toEqual([
      ['dibao_households', '城市', 9100, '户', '1-9月'],
      ['dibao_persons', '城市', 13200, '人', '1-9月'],
      ['dibao_std_urban', '', 610, '元/人·月', '1-9月'],
      ['dibao_avg_subsidy', '城市', 402.5, '元/人·月', '1-9月'],
      ['dibao_funds', '城市', 4820.6, '万元', '1-9月'],
    ]);
  });

  test('共计发放资金1、68亿元: a decimal point typed as 、 is no figure; a list after 分别 stays a list', () => {
    const r = run('全年共计发放民生保障资金2、35亿元。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 35)).toEqual(['malformed']);
  });

  test('…;孤儿A人;流浪乞讨救助B人次,共计发放民生保障资金C亿元: the sum over the programmes listed', () => {
    const r = run('临时救助6120人次;孤儿对象38人;流浪乞讨救助650人次,共计发放民生保障资金1.52亿元。');
    expect(r.records.filter((x) => x.unit === '亿元')).toEqual([]);
    expect(reasonOf(r, 1.52)).toEqual(['combined']);
  });
});

describe('今年 under a dateline against a year named once in the body', () => {
  test('2021-07-06 dateline, 今年上半年…, and 2020年5月 in a story: the dateline\'s year', () => {
    const text = '上半年某市婚姻登记数据出炉\n2021-07-06 10:12 稿源:某市晚报\n今年上半年,全市共有15020对新人登记结婚。2020年5月,受疫情影响,登记曾一度暂停。';
    expect(inferContext(text, catalogue).year?.value).toBe(2021);
  });
});

describe('临时困难救助', () => {
  test('is temporary assistance', () => {
    const { run, facts } = styleKit('某县');
    expect(facts(run('全年临时困难救助6480人次。').records)).toEqual([['temp_assist_times', '', 6480, '人次', '全年']]);
  });
});
