// Styles met in a twenty-first corpus of published texts (county and city 民政局 notices of monthly and quarterly
// assistance, 民政统计 季报/月报 tables, marriage-registration statistics). Fixtures are written for these tests in
// our own words and numbers.
import { styleKit } from './styleKit';

const { run, facts, reasonOf } = styleKit('某市');

describe('marriage registrations of one group of parties', () => {
  test('内地居民结婚登记A对、离婚登记B对 are the residents’ share, not the totals', () => {
    const r = run('2023年,全市共办理结婚登记8350对、离婚登记3120对。全市办理内地居民结婚登记8211对、离婚登记3098对。');
    expect(facts(r.records)).toEqual([
      ['marriage_reg', '', 8350, '对', '全年'],
      ['divorce_reg', '', 3120, '对', '全年'],
    ]);
    expect(reasonOf(r, 8211)).toEqual(['subset']);
    expect(reasonOf(r, 3098)).toEqual(['subset']);
  });

  test('涉外及华侨结婚登记 is a share too', () => {
    const r = run('全年办理结婚登记8350对,涉外、涉港澳台居民及华侨结婚登记139对。');
    expect(facts(r.records)).toEqual([['marriage_reg', '', 8350, '对', '全年']]);
    expect(reasonOf(r, 139)).toEqual(['subset']);
  });

  test('结婚登记A对(含补办登记B对): A is the total, B inside the bracket a part', () => {
    const r = run('2023年,全省共办理结婚登记236410对(含补办登记30125对),较上年下降8.2%。');
    expect(facts(r.records)).toEqual([['marriage_reg', '', 236410, '对', '全年']]);
    expect(reasonOf(r, 30125)).toEqual(['subset']);
  });

  test('a late-registration drive is still no period total', () => {
    const r = run('为未办理结婚登记的420对夫妻补办了结婚登记。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 420)).toEqual(['scope']);
  });
});
