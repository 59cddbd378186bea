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
