// Texts re-encoded on the way to a page: the middle dot of 元/人·月 turned into "?". Sentences written for
// this test (figures invented).
import { loadCatalogue } from '../../src/core/catalogue';
import { extractRecords } from '../../src/core/extract/extract';
import { splitSentences } from '../../src/core/extract/sentences';
import { normaliseUnit } from '../../src/core/units';

const catalogue = loadCatalogue();

describe('元/人?月: a lost middle dot, not a question mark', () => {
  test('the unit reads as 元/人·月 / 元/人·年', () => {
    expect(normaliseUnit('元/人?月')).toBe('元/人·月');
    expect(normaliseUnit('元/人？年')).toBe('元/人·年');
  });

  test('the standard is a record with its per-month and per-year unit; the sentence is not cut at "?"', () => {
    const text = '截至去年底,全县有城市低保对象812户、1290人,低保平均标准738.5元/人?月;农村低保平均标准6120元/人?年。';
    const res = extractRecords(text, { source: 't.txt', catalogue, region: '青禾县', year: 2023, period: '全年' });
    const std = res.records.filter((r) => r.indicatorId.startsWith('dibao_std')).map((r) => [r.indicatorId, r.value, r.unit]);
    expect(std).toEqual(
      expect.arrayContaining([
        ['dibao_std_urban', 738.5, '元/人·月'],
        ['dibao_std_rural', 6120, '元/人·年'],
      ]),
    );
  });

  test('a real question mark still ends a sentence', () => {
    expect(splitSentences('全县低保多少户?月底再报。').map((x) => x.text)).toEqual(['全县低保多少户?', '月底再报。']);
    expect(splitSentences('标准为738.5元/人?月。').map((x) => x.text)).toEqual(['标准为738.5元/人?月。']);
  });
});
