// Frames met on held-out reports (older year reviews, statistical releases, standards news),
// with short texts written for these tests in our own words and numbers.
import { catalogue, styleKit } from './styleKit';
import { inferContext } from '../../src/core/extract/context';

const { run } = styleKit('历下区');
const nation = styleKit('全国');
const ids = (text: string, period = '全年') => run(text, period).records.map((r) => [r.indicatorId, r.breakdown, r.value, r.unit]);
const regionOf = (text: string) => inferContext(text, catalogue).region?.value;

describe('a standard set up by most regions, as a minimum, is not the whole area\'s', () => {
  test('全国大部分地区建立了…最低养育标准,其中…分别达到A元、B元', () => {
    const r = nation.run('全国大部分地区建立了孤儿基本生活费最低养育标准,其中机构养育孤儿、散居孤儿每人每月分别达到1100元、700元。');
    expect(r.records).toEqual([]);
    expect(r.candidates.map((c) => c.value).sort()).toEqual([1100, 700]);
  });

  test('one value, no list', () => {
    const r = nation.run('一些地区的农村低保标准已达到每人每年6200元。');
    expect(r.records).toEqual([]);
    expect(r.candidates.find((c) => c.value === 6200)?.reason).toBe('area_group');
  });

  test('a standard of the area itself is still filed', () => {
    const r = nation.run('全国孤儿基本生活费平均标准为机构养育孤儿每人每月1260元。');
    expect(r.records.map((x) => [x.indicatorId, x.value])).toEqual([['orphan_std', 1260]]);
  });
});
