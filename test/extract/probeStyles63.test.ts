// Frames met on held-out corpora c66–c67 (wrong records), with short texts written for these tests in our own words and numbers.
import { styleKit } from './styleKit';

const { run, reasons, reasonOf } = styleKit('历下区');
const ids = (text: string, period = '全年') => run(text, period).records.map((r) => [r.indicatorId, r.breakdown, r.value, r.unit, r.qualifier]);

describe('both values of an A户、B名 pair share the hold found on the name after them', () => {
  test('对…A户、B名低保对象因…降低了保障标准: the households are held with the persons', () => {
    const r = run('对原享受保障的36户、95名低保对象因家庭收入增加而降低了保障标准;');
    expect(r.records).toEqual([]);
    expect(reasons(r)).toEqual([[36, 'action'], [95, 'action']]);
  });

  test('a caseload pair is still filed', () => {
    expect(ids('全区共有低保对象36户、95人。')).toEqual([['dibao_households', '', 36, '户', 'exact'], ['dibao_persons', '', 95, '人', 'exact']]);
  });
});

