// A news item on a province's 政府工作报告: the province's own congress (某省第十四届人民代表大会) is not a prize title,
// the capital named as a dateline and a venue does not make the text the capital's, and the year the report reviews
// (报告指出,2025年,…) is the text's. A 实事项目 progress sheet's numbered headings are the projects' targets. Fixtures are
// written for these tests in our own words and numbers.
import { loadTownships } from '../../src/core/catalogue/townships';
import { inferContext } from '../../src/core/extract/context';
import { catalogue, styleKit } from './styleKit';

let towns: readonly string[];
beforeAll(async () => {
  towns = await loadTownships();
});
const infer = (text: string, regionKnown = false) => inferContext(text, catalogue, towns, regionKnown);

const news = [
  '黑龙江:民生实事全部兑现',
  '2026年01月20日10:05 | 来源:某网',
  '某网哈尔滨1月20日电 (记者某某)1月20日上午,黑龙江省第十四届人民代表大会第四次会议在哈尔滨开幕,省长作政府工作报告。',
  '报告指出,2025年,黑龙江省民生保障持续加强。新建社区老年食堂180个。全省地级以上城市空气优良天数比例91.2%。',
  '哈尔滨某职业学院获批;哈尔滨某中学学生获全国奖项。',
].join('\n');

describe("a province's 政府工作报告 reported from its capital", () => {
  test('the province, named and spoken as (全省), not the capital named as dateline, venue and school', () => {
    const c = infer(news);
    expect(c.region?.name).toBe('黑龙江省');
    expect(c.region?.basis).toContain('黑龙江省');
  });

  test('the year the report reviews (报告指出,2025年,), not the page date', () => {
    expect(infer(news).year?.value).toBe(2025);
  });

  test('a plan (报告指出,2026年,全省将…) is not read as the reviewed year', () => {
    const t = news.replace('报告指出,2025年,黑龙江省民生保障持续加强。', '报告指出,2026年,全省将新增养老床位3000张。');
    expect(infer(t).year?.basis ?? '').not.toContain('报告指出');
  });

  test('the same city news speaking as 市 (全市) stays the city', () => {
    const t = news.replace(/全省/g, '全市').replace(/黑龙江省第十四届人民代表大会第四次会议/, '哈尔滨市第十六届人民代表大会第五次会议').replace(/省长/, '市长');
    expect(infer(t).region?.name).toBe('哈尔滨市');
  });

  test('a province in a prize title (荣获某省第十届…奖) still does not count', () => {
    const t = '某县文化馆\n本馆创作的小品荣获黑龙江省第十届“群星奖”。全县新建农家书屋12个。';
    expect(infer(t).region?.name).not.toBe('黑龙江省');
  });
});

describe('a 实事项目 progress sheet: the numbered headings are targets, the lines under them progress', () => {
  const { run, facts, reasonOf } = styleKit('某区');
  const sheet = [
    '2026年区政府民生实事项目完成情况进度表(六月份)',
    '一、新建社区老年助餐点6个,新增养老床位200张',
    '已建成助餐点3个,另有2个正在装修。',
    '二、为困难老年人家庭实施适老化改造150户',
    '已完成入户评估。',
  ].join('\n');

  test('the heading figures are held as targets (助餐点 6 was filed as built)', () => {
    const r = run(sheet, '1-6月', 2026);
    expect(r.records.some((x) => [6, 200, 150].includes(x.value))).toBe(false);
    expect([reasonOf(r, 6), reasonOf(r, 200), reasonOf(r, 150)]).toEqual([['plan'], ['plan'], ['plan']]);
  });

  test('the same lines in a year review (no 实事项目 progress title) are still read', () => {
    const review = sheet.replace('民生实事项目完成情况进度表(六月份)', '民政工作总结').replace('一、新建', '一、全年新建');
    const r = run(review, '全年', 2026);
    expect(facts(r.records)).toEqual(expect.arrayContaining([['elder_beds_new', '', 200, '张', '全年'], ['elder_retrofit_households', '', 150, '户', '全年']]));
  });
});

describe('cremations counted in 例 (one case is one body)', () => {
  const { run, facts } = styleKit('某市');

  test('火化遗体A例 / 火化量达B例 are 火化遗体 in 具', () => {
    expect(facts(run('今年1-10月,全市火化量达6410例。', '1-10月').records)).toEqual([['cremations', '', 6410, '具', '1-10月']]);
    expect(facts(run('全年共火化遗体7302例。').records)).toEqual([['cremations', '', 7302, '具', '全年']]);
  });

  test('a count that runs to a day inside the month stays held', () => {
    const r = run('截至10月17日,全市火化量已达6120例。', '1-10月');
    expect(r.records).toEqual([]);
  });
});

describe('figures up to a day inside a month (截至10月17日)', () => {
  const { run, facts, reasonOf } = styleKit('某市');

  test('a flow up to a mid-month day is held, in a year report and in a month report', () => {
    const t = '截至10月17日,全市今年共发放低保金2870万元。';
    expect(run(t).records).toEqual([]);
    expect(reasonOf(run(t), 2870)).toEqual(['partial']);
    expect(run(t, '1-10月').records).toEqual([]);
  });

  test('a stock on a mid-month day is held; at the month end it is that month\'s', () => {
    expect(reasonOf(run('截止到6月12日,全市共有特困人员1310人。', '上半年'), 1310)).toEqual(['partial']);
    expect(facts(run('截至6月30日,全市共有特困人员1310人。', '上半年').records)).toEqual([['tekun_persons', '', 1310, '人', '上半年']]);
  });

  test('a standard in force from a mid-month day (自3月15日起) is not touched by this rule', () => {
    expect(facts(run('自3月15日起,全市城市低保标准提高到每人每月905元。').records)).toEqual([['dibao_std_urban', '', 905, '元/人·月', '全年']]);
  });
});

describe('names that only look like a part', () => {
  const { run, facts, reasonOf } = styleKit('某县');

  test('临时遇困群众 are whom 临时救助 helps, not a group hit by one disaster', () => {
    const r = run('全年共救助临时遇困群众2400人次,支出临时救助资金516万元。');
    expect(facts(r.records)).toEqual([
      ['temp_assist_times', '', 2400, '人次', '全年'],
      ['temp_assist_funds', '', 516, '万元', '全年'],
    ]);
    // (a group hit by an epidemic stays a part)
    expect(reasonOf(run('对因疫遇困群众实施临时救助0.9万人次。'), 0.9)).toEqual(['scope']);
  });

  test('特困供养机构(敬老院)A所: the name in brackets glosses the one before it', () => {
    const r = run('全县共有特困供养机构(敬老院)14所,集中供养特困人员610人。');
    expect(facts(r.records)).toContainEqual(['tekun_support_institutions', '', 14, '所', '全年']);
    expect(r.records.some((x) => x.indicatorId === 'elder_institutions')).toBe(false);
  });
});

describe("money paid to one group of a programme's people", () => {
  const { run, facts, reasonOf } = styleKit('某县');

  test('累计向因病致贫的低保户A户发放资金B万元: the group and its money are parts', () => {
    const r = run('累计向因病致贫的低保户210户发放资金26万元。');
    expect(r.records).toEqual([]);
    expect([reasonOf(r, 210), reasonOf(r, 26)]).toEqual([['action'], ['subset']]);
  });

  test('paid to the whole side or area, the same words stay records', () => {
    expect(facts(run('累计向城镇低保1210户2050人发放资金1630万元。').records)).toContainEqual(['dibao_funds', '城市', 1630, '万元', '全年']);
  });
});

describe('an example opening the sentence (如某街道,…)', () => {
  const { run, facts, reasonOf } = styleKit('某区');

  test("如东风街道,今年共有低保对象A人: one township's figure, held", () => {
    const r = run('如东风街道,今年共有低保对象260人。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 260)).toEqual(['sub_region']);
  });

  test('如 with no place after it is no example of a township', () => {
    expect(facts(run('如期完成年度任务,全区共有低保对象5230人。').records)).toEqual([['dibao_persons', '', 5230, '人', '全年']]);
  });
});

describe("one case's money (为该户申请了临时救助金A元)", () => {
  const { run, reasonOf } = styleKit('某区');

  test('paid to 该户 / 其: held', () => {
    expect(reasonOf(run('社区工作人员为该户申请了临时救助金4200元。'), 4200)).toEqual(['scope']);
    expect(reasonOf(run('民政所了解情况后,及时为其发放临时救助金2600元。'), 2600)).toEqual(['scope']);
  });

  test('其他/其中 are no single case', () => {
    expect(run('全区对其他困难群众实施临时救助1120人次。').records.map((x) => x.value)).toEqual([1120]);
  });
});

describe('a month named inside the sentence (全市临时救助10月份救助A人次)', () => {
  const { run, facts, reasonOf } = styleKit('某市');
  const t = '全市临时救助9月份救助1130人次,支出资金286万元。';

  test('in a report on 1-9月: that month alone, held', () => {
    const r = run(t, '1-9月');
    expect(r.records).toEqual([]);
    expect([reasonOf(r, 1130), reasonOf(r, 286)]).toEqual([['partial'], ['partial']]);
  });

  test('in a report on that month: records of the month', () => {
    expect(facts(run(t, '9月').records)).toEqual([
      ['temp_assist_times', '', 1130, '人次', '9月'],
      ['temp_assist_funds', '', 286, '万元', '9月'],
    ]);
  });

  test('a span after the month (…;1-9月累计…) dates what follows it', () => {
    expect(facts(run('9月份,全市发放低保金310万元;1-9月累计发放2950万元。', '1-9月').records)).toContainEqual(['dibao_funds', '', 2950, '万元', '1-9月']);
  });
});

describe('c60 shapes: guidance standards, a side word going on, modes before the name, posters, one project', () => {
  const prov = styleKit('云南省');
  const county = styleKit('某县');

  test('指导标准 in a 分别 list and in a clause going on with a bare side word are floors for the areas below', () => {
    const a = prov.run('新标准自今年7月1日起执行:城市和农村最低生活保障指导标准分别提高到640元/人/月和4500元/人/年。');
    expect(a.records).toEqual([]);
    expect([prov.reasonOf(a, 640), prov.reasonOf(a, 4500)]).toEqual([['floor'], ['floor']]);
    const b = prov.run('城市最低生活保障指导标准提高到640元/人/月,农村提高到4500元/人/年。');
    expect(b.records).toEqual([]);
  });

  test('城市低保标准提高到A元,农村提高到B元: the bare side word names the rural standard (it was a conflict of the urban one)', () => {
    expect(county.facts(county.run('城市低保标准提高到760元/人/月,农村提高到5400元/人/年。').records)).toEqual([
      ['dibao_std_urban', '', 760, '元/人·月', '全年'],
      ['dibao_std_rural', '', 5400, '元/人·年', '全年'],
    ]);
  });

  test('A名集中供养特困人员: the mode between the count and the name; A名集中供养五保对象 a rural part, held', () => {
    expect(county.facts(county.run('确保全县412名集中供养特困人员安全过冬。').records)).toEqual([['tekun_persons', '集中供养', 412, '人', '全年']]);
    expect(county.reasonOf(county.run('全县共有96名集中供养五保对象。', '全年', 2012), 96)).toEqual(['subset']);
  });

  test('a poster line broken inside a list of groups (…低保对象⏎和特困人员) is their joint count', () => {
    const r = county.run('向全县3.2万城乡低保对象\n和特困人员\n发放12月份生活补贴', '12月');
    expect(r.records).toEqual([]);
    expect(county.reasonOf(r, 3.2)).toEqual(['combined']);
  });

  test("beds listed with a project's floor area are that building's", () => {
    const r = county.run('该项目占地面积约4100平方米,建筑面积约8600平方米,内设养老床位约140张,计划明年开工建设。');
    expect(r.records).toEqual([]);
    expect(county.reasonOf(r, 140)).toEqual(['subset']);
  });
});

describe("the year of an annual report (某县2025婚姻年报)", () => {
  test('the report named with its year outweighs a span opened years before (2019年以来)', () => {
    const t = '结婚的少了\n某县2025婚姻年报出炉\n某县新闻网 2026-01-12\n2026年是我县开展集中登记的第9年。2019年以来,离婚人数逐年上升。全年办理结婚登记2310对。';
    expect(infer(t, true).year?.value).toBe(2025);
  });
});

describe('an age ladder whose first tier names its people (满80周岁老人…)', () => {
  const { run, facts } = styleKit('某县');

  test('满80周岁老人…A元,90岁以上…B元,100岁以上…C元: the first rate is the 80-89岁 band, not the whole standard', () => {
    expect(facts(run('满80周岁老人高龄津贴每月70元,90岁以上每月130元,100岁以上每月520元。').records)).toEqual([
      ['elder_age_allowance_std', '80-89岁', 70, '元/人·月', '全年'],
      ['elder_age_allowance_std', '90-99岁', 130, '元/人·月', '全年'],
      ['elder_age_allowance_std', '100岁以上', 520, '元/人·月', '全年'],
    ]);
  });

  test('80周岁以上老人每月A元,90周岁以上老人每月B元…: thresholds before 老人 are tiers too', () => {
    expect(facts(run('80周岁以上老人每月70元,90周岁以上老人每月130元,100周岁以上老人每月520元,由县财政发放高龄津贴。').records).map((x) => x[1])).toEqual(['80-89岁', '90-99岁', '100岁以上']);
  });
});

describe('a rate in a sentence of rising age tiers whose own tier is not read', () => {
  const { run, reasonOf, facts } = styleKit('某县');

  test('高龄津贴标准每人每月A元,90岁以上…B元,100岁以上…C元: A is one tier, held, never the whole standard', () => {
    const r = run('高龄津贴标准每人每月70元,90岁以上每月130元,100岁以上每月520元。');
    expect(reasonOf(r, 70)).toEqual(['age_band']);
    expect(facts(r.records).map((x) => x[1])).toEqual(['90-99岁', '100岁以上']);
  });

  test('a standard with no ages around it stays the standard', () => {
    expect(facts(run('全县高龄津贴标准为每人每月100元。').records)).toEqual([['elder_age_allowance_std', '', 100, '元/人·月', '全年']]);
  });
});
