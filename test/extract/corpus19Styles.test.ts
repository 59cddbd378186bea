// Styles met in a nineteenth corpus of published texts (provincial and city 民政统计 月报/季报 tables, a prefecture's
// quarterly statistics in prose, notices raising standards). Fixtures are written for these tests in our own words and numbers.
import { styleKit } from './styleKit';

const { run, facts, reasonOf } = styleKit('某州');

describe('a count that names its own group does not take the family of the next item', () => {
  test('困境儿童A人,孤儿B人: A is not the orphans (困境儿童 is not the count of a catalogue programme here)', () => {
    const r = run('全州共有兜底保障困境儿童41207人,孤儿615人,其中集中养育孤儿138人。', 'Q1');
    expect(r.records.filter((x) => x.value === 41207)).toEqual([]);
    expect(facts(r.records).filter((f) => f[0] === 'orphan_persons' && f[1] === '')).toEqual([['orphan_persons', '', 615, '人', 'Q1']]);
    expect(reasonOf(r, 41207)).toEqual(['no_indicator']);
  });

  test('the same with other groups: 留守老年人A人,特困人员B人 / 困难家庭学生A人,低保对象B人', () => {
    const r = run('全县关爱保障农村留守老年人9312人,特困人员1204人。');
    expect(r.records.filter((x) => x.value === 9312)).toEqual([]);
    expect(facts(r.records)).toEqual([['tekun_persons', '', 1204, '人', '全年']]);
    const s = run('全区救助困难家庭学生2140人,低保对象3518人。');
    expect(facts(s.records)).toEqual([['dibao_persons', '', 3518, '人', '全年']]);
  });

  test('an amount followed by the group it was paid to keeps that group as its subject', () => {
    const r = run('发放补贴资金812.4万元,兜底保障经济困难老年人9021名。');
    expect(facts(r.records)).toContainEqual(['elder_subsidy_funds', '', 812.4, '万元', '全年']);
  });
});
