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
