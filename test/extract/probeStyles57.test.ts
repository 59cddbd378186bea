// Frames met on a fresh held-out set of real news (c64), with short texts written for these tests in our own words and numbers.
import { styleKit } from './styleKit';

const { run, facts, reasonOf } = styleKit('某省');

describe('截至今年M月D日: a day inside a month, with 今年 before it', () => {
  test('the figure up to that day is held, not filed under the text period', () => {
    const r = run('上年全年共办理婚姻登记“全市通办”640对。截至今年5月12日,全省共办理结婚登记6210对。', '全年', 2024);
    expect(facts(r.records).filter((x) => x[2] === 6210)).toEqual([]);
    expect(reasonOf(r, 6210)).toEqual(['partial']);
  });

  test('截至今年5月底 (a month end) is still that month’s year to date', () => {
    const r = run('截至今年5月底,全省共办理结婚登记6210对。', '全年', 2024);
    expect(facts(r.records)).toEqual([['marriage_reg', '', 6210, '对', '1-5月']]);
  });
});

describe('市内通办: another name for registrations done anywhere in the city (全市通办)', () => {
  test('a count of 市内通办 registrations is that indicator, not all marriages', () => {
    const r = run('全年全省共办理结婚登记“市内通办”715对。', '全年', 2023);
    expect(facts(r.records)).toEqual([['marriage_citywide', '', 715, '对', '全年']]);
  });
});

describe('targets of a 政府工作报告 written as what a subject 将 do (c65)', () => {
  const prov = styleKit('某省');
  test('a sentence of bare verbs after a 将 sentence in the same paragraph is the plan going on', () => {
    const r = prov.run('在完善养老服务方面,本省将健全基本养老服务,新增护理型床位1.8万张。加强困难老人关爱服务,完成家庭适老化改造2万户。', '全年', 2024);
    expect(prov.facts(r.records)).toEqual([]);
    expect(prov.reasonOf(r, 2)).toEqual(['plan']);
  });

  test('the same bare-verb sentence in a review (no 将 before it) is what was done', () => {
    const r = prov.run('全省养老服务持续改善。加强困难老人关爱服务,完成家庭适老化改造2万户。', '全年', 2024);
    expect(prov.facts(r.records)).toEqual([['elder_retrofit_households', '', 2, '万户', '全年']]);
  });

  test('a sentence of its own time or 已 after the 将 sentence is a fact again', () => {
    const r = prov.run('本省将健全基本养老服务,新增护理型床位1.8万张。加强困难老人关爱服务,已完成家庭适老化改造2万户。', '全年', 2024);
    expect(prov.facts(r.records)).toEqual([['elder_retrofit_households', '', 2, '万户', '全年']]);
  });

  test('将 and an adverb (将全面…) makes every later clause of building a target', () => {
    const r = prov.run('我省将全面放开养老服务市场,引导社会力量参与,新增养老床位8000张以上。', '全年', 2024);
    expect(prov.facts(r.records)).toEqual([]);
    expect(prov.reasonOf(r, 8000)).toEqual(['plan']);
  });

  test('将全面 with something done named after it (已新增) is not a target', () => {
    const r = prov.run('我省将全面放开养老服务市场,今年已新增养老床位8000张。', '全年', 2024);
    expect(prov.facts(r.records)).toEqual([['elder_beds_new', '', 8000, '张', '全年']]);
  });
});

describe('将设 (a headline of what is to be set up)', () => {
  const city = styleKit('上海市');
  test('将设助餐点A个 is a target; the count set up by a date is the fact', () => {
    const r = city.run('本市年内将设助餐服务点180个\n截至8月底,本市已设立助餐服务点95个,预计今年年底将有180个。', '1-8月', 2008);
    expect(city.facts(r.records)).toEqual([['elder_meal_points', '', 95, '个', '1-8月']]);
    expect(city.reasonOf(r, 180)).toEqual(['plan', 'plan']);
  });

  test('将设施… (将 as 把 before the noun 设施) is no plan word', () => {
    const r = city.run('本市将设施老化的养老机构全部改造,现有养老床位9000张。', '全年', 2008);
    expect(city.facts(r.records)).toEqual([['elder_beds', '', 9000, '张', '全年']]);
  });
});

describe('one rate for a list of groups (c64): each listed group’s standard', () => {
  const county = styleKit('某县');
  test('散居孤儿、事实无人抚养儿童、another group每人每月A元 gives both catalogue standards', () => {
    const r = county.run('目前,散居孤儿、事实无人抚养儿童、艾滋病病毒感染儿童每人每月1250元,机构集中养育孤儿每人每月1800元。', 'Q3', 2023);
    expect(county.facts(r.records)).toEqual([
      ['orphan_std', '社会散居', 1250, '元/人·月', 'Q3'],
      ['fmcare_std', '', 1250, '元/人·月', 'Q3'],
      ['orphan_std', '机构养育', 1800, '元/人·月', 'Q3'],
    ]);
  });

  test('a count after the same list stays their sum (held)', () => {
    const r = county.run('散居孤儿、事实无人抚养儿童共312人。', 'Q3', 2023);
    expect(county.facts(r.records)).toEqual([]);
  });

  test('money paid per head to a list of groups with a verb (每人每月增发A元) is no standard', () => {
    const r = county.run('散居孤儿、事实无人抚养儿童每人每月增发150元。', 'Q3', 2023);
    expect(county.facts(r.records).filter((x) => x[2] === 150)).toEqual([]);
  });
});

describe('增加 before the programme, with its exits after (found rendering the pane)', () => {
  const county = styleKit('某县');
  test('全县累计增加低保对象A户B人,退出C户D人: B is the admissions’ persons, never the exits’ D', () => {
    const r = county.run('全县累计增加低保对象120户180人,退出90户130人。', '1-10月', 2024);
    expect(county.facts(r.records)).toEqual([
      ['dibao_new_households', '', 120, '户', '1-10月'],
      ['dibao_new_persons', '', 180, '人', '1-10月'],
      ['dibao_exit_households', '', 90, '户', '1-10月'],
      ['dibao_exit_persons', '', 130, '人', '1-10月'],
    ]);
  });

  test('比上年增加低保对象A户B人 is a change, not admissions', () => {
    const r = county.run('全县低保对象比上年增加低保对象120户180人,退出情况另行统计。', '全年', 2024);
    expect(county.facts(r.records).filter((x) => x[2] === 180)).toEqual([]);
  });
});
