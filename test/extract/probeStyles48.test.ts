// Frames met on held-out tables and news (c54, c55), with short texts written for these tests in our own words and numbers.
import { catalogue, styleKit } from './styleKit';
import { inferContext } from '../../src/core/extract/context';
import { extractRecords } from '../../src/core/extract/extract';

const { run, reasonOf } = styleKit('历下区');
const ids = (text: string, period = '全年', year = 2023) => run(text, period, year).records.map((r) => [r.indicatorId, r.breakdown, r.value, r.unit]);

describe('a notice on one month\'s payments is of that month', () => {
  const notice = '某县民政局关于发放2021年5月份困难残疾人生活补贴和重度残疾人护理补贴的通知\n各镇人民政府:\n按照有关规定,我县困难残疾人生活补贴每人每月180元;重度残疾人护理补贴,一级每人每月120元,二级每人每月90元。现发放当月困难残疾人生活补贴612300元和重度残疾人护理补贴403800元,请各镇及时发放。\n' +
    '一、各镇社会事务办要认真核对发放名单,对新增、死亡和迁出人员及时办理增减手续,确保补贴发放对象准确无误,不得出现重复发放、漏发或冒领等情况。\n'.repeat(8);

  test('关于发放YYYY年M月份…补贴的通知: the year and the month', () => {
    const c = inferContext(notice, catalogue);
    expect(c.year?.value).toBe(2021);
    expect(c.period?.value).toBe('5月');
  });

  test('a title naming a start date gives no month', () => {
    expect(inferContext('某县关于2021年5月起调整城乡低保标准的通知\n经研究,城市低保标准提高到每人每月600元。', catalogue).period?.value).not.toBe('5月');
  });

  test('one subsidy\'s money paid is no standard and has no indicator of its own', () => {
    const r = run(notice, '5月', 2021);
    expect(r.records.map((x) => x.value)).toEqual([180, 120, 90]);
    expect(reasonOf(r, 612300)).toEqual(['no_indicator']);
    expect(reasonOf(r, 403800)).toEqual(['no_indicator']);
  });
});

describe('享受政府购买的居家养老服务 names the persons served', () => {
  test('A名老人享受政府购买的居家养老服务', () => {
    expect(ids('截至目前,全区有860名老人享受政府购买的居家养老服务。')).toEqual([['elder_homecare_persons', '', 860, '人']]);
  });

  test('享受政府购买的居家养老服务老人共A名', () => {
    expect(ids('全区建成日间照料中心12个,享受政府购买的居家养老服务老人共7010名。')).toContainEqual(['elder_homecare_persons', '', 7010, '人']);
  });
});

describe('a 特困 list of the whole, both sides and a supply mode', () => {
  const list = '全区共有特困供养人员4200人,城市特困人员300人,农村特困人员3900人,集中供养950人(其中:城市80人,农村870人),累计支出救助金1620.35万。';

  test('the mode after both sides is the whole\'s split', () => {
    expect(ids(list, '上半年')).toContainEqual(['tekun_persons', '集中供养', 950, '人']);
  });

  test('the money after the bracketed parts is the whole\'s', () => {
    const r = run(list, '上半年');
    expect(ids(list, '上半年')).toContainEqual(['tekun_funds', '', 1620.35, '万元']);
    expect(reasonOf(r, 80)).toEqual(['subset']);
    expect(reasonOf(r, 870)).toEqual(['subset']);
  });

  test('after one side only, the mode stays held', () => {
    expect(ids('全区共有特困供养人员4200人,农村特困人员3900人,集中供养950人。', '上半年')).not.toContainEqual(['tekun_persons', '集中供养', 950, '人']);
  });

  test('a mode\'s own money stays a part', () => {
    const r = run('全区共有特困供养人员4200人,集中供养950人,支出供养经费200万元。', '上半年');
    expect(reasonOf(r, 200)).toEqual(['subset']);
  });
});

describe('孤儿集中供养 is the orphans\' institutional care', () => {
  test('孤兒集中供養標準 (traditional script)', () => {
    expect(ids('孤兒集中供養標準達到1250元/人月,孤兒散居供養標準達到760元/人月。')).toEqual([
      ['orphan_std', '机构养育', 1250, '元/人·月'],
      ['orphan_std', '社会散居', 760, '元/人·月'],
    ]);
  });
});

describe('one standard for both subsidies', () => {
  test('两项补贴分别按照每人每月A元的标准发放', () => {
    expect(ids('我市从2017年1月1日起,分别向困难残疾人、重度残疾人发放生活补贴和护理补贴。两项补贴分别按照每人每月60元的标准发放。')).toEqual([
      ['disab_living_std', '', 60, '元/人·月'],
      ['disab_care_std', '', 60, '元/人·月'],
    ]);
  });

  test('两项补贴 money is not a standard', () => {
    expect(ids('全区发放两项补贴资金320万元。')).toEqual([['disab_two_funds', '', 320, '万元']]);
  });
});

describe('a count whose unit was lost is held', () => {
  test('…婚姻登记31办理收养登记87', () => {
    const r = run('去年全区共办理结婚登记15300对、离婚登记2950对,涉外婚姻登记31办理收养登记87');
    expect(r.records.map((x) => x.value)).not.toContain(87);
    expect(reasonOf(r, 87)).toEqual(['no_unit']);
  });

  test('a date or a unit after the name is no lost unit', () => {
    const r = run('收养登记2019年起由区民政局办理,全年办理收养登记12件。');
    expect(reasonOf(r, 2019)).toEqual([]);
    expect(ids('全年办理收养登记12件。')).toEqual([['adoption_reg', '', 12, '件']]);
  });
});

describe('a table with years in rows', () => {
  const table = '某省婚姻登记情况\n年份 结婚登记(对) 离婚登记(对)\n2021 512340 61020\n2022 498760 58830\n';
  const byYear = (period: string | undefined) =>
    extractRecords(table, { region: '河北省', year: 2022, period, source: 't.txt', catalogue });

  test('a row labelled by a calendar year is that whole year, without a period given', () => {
    const r = byYear(undefined);
    expect(r.records.map((x) => [x.indicatorId, x.value, x.year, x.period])).toEqual([
      ['marriage_reg', 498760, 2022, '全年'],
      ['divorce_reg', 58830, 2022, '全年'],
    ]);
    expect(reasonOf(r, 512340)).toEqual(['other_year']);
  });

  test('a period given still rules', () => {
    expect(byYear('上半年').records.map((x) => x.period)).toEqual(['上半年', '上半年']);
  });
});
