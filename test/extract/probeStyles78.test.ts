// Frames met on held-out news items (c78/c79), with short texts written for these tests in our own words and numbers.
import { styleKit } from './styleKit';

const { run, reasonOf } = styleKit('历下区');
const ids = (text: string, period = '全年') => run(text, period).records.map((r) => [r.indicatorId, r.breakdown, r.value, r.unit]);

describe('a 其中 part takes the split its whole states', () => {
  test('享受散居孤儿补贴标准A人,其中孤儿B人', () => {
    expect(ids('本季度末全区共有享受散居孤儿补贴标准230人,其中孤儿17人,其他困境儿童213人。', 'Q2')).toEqual([['orphan_persons', '社会散居', 17, '人']]);
  });

  test('a whole naming both modes holds its part', () => {
    const r = run('全区共有领取集中供养和散居孤儿补贴标准的儿童230人,其中孤儿17人。');
    expect(r.records.filter((x) => x.value === 17)).toEqual([]);
    expect(reasonOf(r, 17)).toEqual(['subset']);
  });

  test('a whole with no split leaves the part as it was', () => {
    expect(ids('全区共有孤儿和事实无人抚养儿童230人,其中孤儿17人。')).toEqual([['orphan_persons', '', 17, '人']]);
  });
});
