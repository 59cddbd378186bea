// Frames met on two more sets of real reports (c53, c54), with short texts written for these tests in our own words and numbers.
import { styleKit } from './styleKit';

const { run, reasonOf } = styleKit('安宁区');
const ids = (text: string, period = '全年') => run(text, period).records.map((r) => [r.indicatorId, r.breakdown, r.value, r.unit, r.qualifier]);

describe('a list item naming a programme of its own does not take the list head\'s', () => {
  const text = '上半年,累计发放低保资金5210户(次)9830人(次)512.40万元,特困人员供养资金及护理补贴310人(次)28.60万元,重度残疾人护理补贴6120人(次)47.35万元,困难残疾人生活补贴3870人(次)38.70万元。';

  test('the money after a subsidy\'s counts is not 低保 money', () => {
    const recs = ids(text, '上半年');
    expect(recs).toContainEqual(['dibao_funds', '', 512.4, '万元', 'exact']);
    expect(recs.filter((r) => r[2] === 47.35 || r[2] === 38.7)).toEqual([]);
    const r = run(text, '上半年');
    expect(r.candidates.find((c) => c.value === 47.35)?.indicatorId ?? '').not.toMatch(/^(dibao|tekun)/);
    expect(r.candidates.find((c) => c.value === 38.7)?.indicatorId ?? '').not.toMatch(/^(dibao|tekun)/);
  });

  test('money right after the head\'s own counts stays the head\'s', () => {
    expect(ids('上半年,城市低保3200户5100人,发放低保资金2210万元。', '上半年')).toContainEqual(['dibao_funds', '城市', 2210, '万元', 'exact']);
  });
});
