// Frames probed in a twentieth round on prose: supply modes in brackets, exits and adjustments, area tiers beside
// the sides, and groups a payment was made to. Texts written for these tests in our own words and numbers.
import { styleKit } from './styleKit';

const county = styleKit('平阴县');
const city = styleKit('济南市');
const ids = (kit: ReturnType<typeof styleKit>, text: string, period = '全年') => kit.run(text, period).records.map((r) => [r.indicatorId, r.breakdown, r.value, r.unit]);

describe('a supply mode in brackets after the persons lists their parts', () => {
  test('特困人员A人(集中供养B人,分散供养C人)', () => {
    expect(ids(county, '全县特困人员1870人(集中供养540人,分散供养1330人)。')).toEqual([
      ['tekun_persons', '', 1870, '人'],
      ['tekun_persons', '集中供养', 540, '人'],
      ['tekun_persons', '分散供养', 1330, '人'],
    ]);
  });

  test('one mode in brackets, with or without 含', () => {
    for (const t of ['全县特困人员1870人(集中供养540人)。', '全县特困人员1870人(含集中供养540人)。']) {
      expect(ids(county, t)).toEqual([
        ['tekun_persons', '', 1870, '人'],
        ['tekun_persons', '集中供养', 540, '人'],
      ]);
    }
  });

  test('a mode stated after the persons, outside brackets, is still their split', () => {
    expect(ids(county, '全县有375名特困人员在敬老院集中供养。')).toEqual([['tekun_persons', '集中供养', 375, '人']]);
  });
});
