// Frames met on the c61–c63 held-out reports, with short texts written for these tests in our own words and numbers.
import { styleKit } from './styleKit';

const { run, facts, reasonOf } = styleKit('临河区');

describe('A人得到最低生活保障救济,其中城市…B人,农村…C人: the whole and both sides', () => {
  const text = '全年有19500人得到最低生活保障救济,其中城市居民最低生活保障人数3100人,农村居民最低生活保障人数16400人。';

  test('the whole before 得到最低生活保障 and both sides after it', () => {
    expect(facts(run(text).records)).toEqual([
      ['dibao_persons', '', 19500, '人', '全年'],
      ['dibao_persons', '城市', 3100, '人', '全年'],
      ['dibao_persons', '农村', 16400, '人', '全年'],
    ]);
  });

  test('a part of another population that received it is no whole', () => {
    const r = run('全区残疾人3000人,其中1200人得到最低生活保障。');
    expect(r.records.filter((x) => x.value === 1200)).toEqual([]);
  });
});

describe('低保对象累计增加A户B人,退出C户D人: 增加 paired with exits is the admissions', () => {
  const q = styleKit('保山市');
  const text = '3季度城市低保对象累计增加1210户1450人,退出2300户3100人,季度末城市低保对象25400户38700人。';

  test('the admissions of the quarter, and the stock at its end', () => {
    expect(q.facts(q.run(text, 'Q3').records)).toEqual([
      ['dibao_new_households', '城市', 1210, '户', 'Q3'],
      ['dibao_new_persons', '城市', 1450, '人', 'Q3'],
      ['dibao_households', '城市', 25400, '户', 'Q3'],
      ['dibao_persons', '城市', 38700, '人', 'Q3'],
    ]);
  });

  test('累计新增 after the programme is new, never the stock', () => {
    const recs = q.facts(q.run('全年城市低保对象累计新增120户150人,季度末城市低保对象2540户3870人。').records);
    expect(recs).toContainEqual(['dibao_new_persons', '城市', 150, '人', '全年']);
    expect(recs).toContainEqual(['dibao_persons', '城市', 3870, '人', '全年']);
  });

  test('增加 compared with the year before stays a change', () => {
    const r = q.run('城市低保对象比上年增加120户150人,退出30户40人。');
    expect(q.reasonOf(r, 120)).toEqual(['change']);
    expect(q.reasonOf(r, 150)).toEqual(['change']);
  });

  test('增加 with no exits stays a change', () => {
    const r = q.run('城市低保对象增加120户150人,农村低保对象减少80户90人。');
    expect(r.records.filter((x) => /_new_/.test(x.indicatorId))).toEqual([]);
  });
});

describe('截至N月底,有低保对象A户、B人,较上月新增C户、D人,退出…: the month\'s admissions', () => {
  const m = styleKit('渝中区');
  const text = '截至7月底,全区有低保对象6500户、8400人,较上月新增55户、72人,退出60户、79人,本月净减5户、7人。';

  test('in a month\'s report, the month\'s own', () => {
    expect(m.facts(m.run(text, '7月').records)).toEqual([
      ['dibao_households', '', 6500, '户', '7月'],
      ['dibao_persons', '', 8400, '人', '7月'],
      ['dibao_new_households', '', 55, '户', '7月'],
      ['dibao_new_persons', '', 72, '人', '7月'],
    ]);
  });

  test('in a quarter\'s report, one month\'s: held', () => {
    const r = m.run(text, 'Q3');
    expect(m.reasonOf(r, 55)).toEqual(['partial']);
    expect(m.reasonOf(r, 72)).toEqual(['partial']);
  });

  test('with no exits after it, 较上月新增 may be the net change: held', () => {
    const r = m.run('截至7月底,全区有低保对象6500户、8400人,较上月新增55户、72人。', '7月');
    expect(r.records.filter((x) => x.value === 55 || x.value === 72)).toEqual([]);
  });
});

describe('发放<group>基本生活补贴A人、B万元: the people paid, as for orphans', () => {
  const m = styleKit('渝中区');

  test('事实无人抚养儿童 paid their subsidy are counted like 散居孤儿', () => {
    const recs = m.facts(m.run('本月发放事实无人抚养儿童基本生活补贴47人、5.9万元;发放散居孤儿基本生活费11人、1.8万元。', '7月').records);
    expect(recs).toContainEqual(['fmcare_persons', '', 47, '人', '7月']);
    expect(recs).toContainEqual(['fmcare_living_funds', '', 5.9, '万元', '7月']);
    expect(recs).toContainEqual(['orphan_persons', '社会散居', 11, '人', '7月']);
  });

  test('money after both groups\' counts stays theirs together', () => {
    const r = m.run('截至6月份,按每人每月1050元保障社会散居孤儿380名和事实无人抚养儿童560名,共发放生活费275.4万元。', '上半年');
    expect(r.records.filter((x) => x.value === 275.4)).toEqual([]);
  });
});

describe('发放<programme>财政补助资金A人B万元: the people paid the programme\'s money', () => {
  const c = styleKit('泾川县');

  test('特困供养财政补助资金', () => {
    expect(c.facts(c.run('1-10月份,发放特困供养财政补助资金 2100 人1500.2 万元。', '1-10月').records)).toEqual([
      ['tekun_persons', '', 2100, '人', '1-10月'],
      ['tekun_funds', '', 1500.2, '万元', '1-10月'],
    ]);
  });

  test('with no money right after the count it stays held', () => {
    const r = c.run('1-10月份,发放特困供养财政补助资金,惠及2100人。', '1-10月');
    expect(r.records.filter((x) => x.value === 2100)).toEqual([]);
  });
});

describe('names reports use for catalogue indicators', () => {
  test('筹集善款 / 筹集慈善款物 are 慈善募集款物', () => {
    expect(facts(run('全年市慈善总会共筹集善款1320万元。').records)).toEqual([['charity_donations', '', 1320, '万元', '全年']]);
    expect(facts(run('全年共筹集慈善款物860万元。').records)).toEqual([['charity_donations', '', 860, '万元', '全年']]);
  });

  test('长寿保健金 is 内蒙古\'s 高龄津贴; the people aged 80+ are no recipients', () => {
    const r = run('有80周岁以上老年人2950人,全年共发放老年人长寿保健金188万多元。');
    expect(facts(r.records)).toEqual([['elder_age_allowance_funds', '', 188, '万元', '全年']]);
    expect(reasonOf(r, 2950)).toEqual(['no_indicator']);
  });
});
