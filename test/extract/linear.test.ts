// Pathological inputs (issue 9: linear time). The bench (bench/extract.bench.js) times them; these tests
// check that the output on them is right, at 7 KB and at 700 KB alike.
import { loadCatalogue } from '../../src/core/catalogue';
import { extractRecords } from '../../src/core/extract/extract';
import { dropContained } from '../../src/core/extract/lexicon';
import { parseArabic, scanTokens } from '../../src/core/extract/numbers';

const catalogue = loadCatalogue();
const run = (text: string) => extractRecords(text, { region: '临沂市', year: 2023, period: '全年', source: 'p.txt', catalogue });
const sized = (unit: string, bytes: number) => unit.repeat(Math.ceil(bytes / Buffer.byteLength(unit)));

describe('a sentence of 1元、 tokens', () => {
  for (const kb of [7, 700]) {
    test(`${kb} KB: every token is a candidate without indicator, none a record`, () => {
      const text = sized('1元、', kb * 1000);
      const n = text.length / 3;
      const r = run(text);
      expect(r.records).toEqual([]);
      expect(r.candidates).toHaveLength(n);
      expect(r.candidates.every((c) => c.value === 1 && c.unit === '元' && c.reason === 'no_indicator')).toBe(true);
      // each candidate points at its own number
      const k = Math.floor(n / 2);
      expect(text.slice(r.candidates[k].valueOffset, r.candidates[k].valueOffset + 2)).toBe('1元');
      expect(r.candidates[k].valueOffset).toBe(3 * k);
      // quotes stay short (a window around the value) and are the text at their offset
      expect(Math.max(...r.candidates.map((c) => c.quote.length))).toBeLessThanOrEqual(130);
      const c = r.candidates[k];
      expect(text.slice(c.offset, c.offset + c.quote.length)).toBe(c.quote);
      expect(c.offset).toBeLessThanOrEqual(c.valueOffset);
      expect(c.offset + c.quote.length).toBeGreaterThan(c.valueOffset);
    });
  }

  test('a named figure after a long run of tokens is still read, from its own words', () => {
    const text = sized('1元、', 50000) + '全市城市低保对象3210人。';
    const r = run(text);
    expect(r.records.map((x) => [x.indicatorId, x.breakdown, x.value, x.unit])).toEqual([['dibao_persons', '城市', 3210, '人']]);
  });
});

describe('other shapes', () => {
  test('100k 、 give nothing', () => {
    const r = run('、'.repeat(100000));
    expect(r.records).toEqual([]);
    expect(r.candidates).toEqual([]);
  });

  test('a run of 100k digits is a malformed number, never a figure', () => {
    const r = run('全市城市低保对象' + '7'.repeat(100000) + '人。');
    expect(r.records).toEqual([]);
    expect(r.candidates).toHaveLength(1);
    expect(r.candidates[0].reason).toBe('malformed');
    expect(r.candidates[0].value).toBeNull();
    expect(r.candidates[0].message).toContain('位数过多');
  });

  test('more than 15 significant digits cannot be a count or an amount', () => {
    expect(parseArabic('1234567890123456').problem).toContain('位数过多');
    expect(parseArabic('123456789012345').value).toBe(123456789012345);
    expect(parseArabic('12,345,678.5').value).toBe(12345678.5);
  });

  test('由…提高到… repeated 20k times in one sentence: one record, old values skipped, no conflict', () => {
    const text = '城市低保标准由每人每月600元提高到650元,'.repeat(20000) + '。';
    const r = run(text);
    expect(r.records.map((x) => [x.indicatorId, x.value, x.unit])).toEqual([['dibao_std_urban', 650, '元/人·月']]);
    expect(r.candidates).toEqual([]);
    expect(r.notes.join()).toContain('跳过 20000 个');
  });

  test('the same change with different new values: the later ones are conflicts for review', () => {
    const text = Array.from({ length: 3000 }, (_, i) => `农村低保标准由每人每月500元提高到${510 + (i % 3)}元`).join(',') + '。';
    const r = run(text);
    expect(r.records.map((x) => x.value)).toEqual([510]);
    expect(r.candidates.filter((c) => c.reason === 'conflict').map((c) => c.value).sort()).toEqual(
      [...Array(1000).fill(511), ...Array(1000).fill(512)].sort(),
    );
  });

  test('100k lines of a flattened table row: no record without a period, one candidate per row', () => {
    const text = '城市低保人数 | 人 | 3,235 |\n'.repeat(20000);
    const r = run(text);
    // the same row repeated: one record, the copies agree so nothing competes
    expect(r.records.filter((x) => x.indicatorId === 'dibao_persons').map((x) => [x.breakdown, x.value])).toEqual([['城市', 3235]]);
  });

  test('tokens of a long list keep their units and roles', () => {
    const s = '由每人每年4800元提高至5400元、' + '3人、'.repeat(5000);
    const toks = scanTokens(s, s);
    expect(toks).toHaveLength(5002);
    expect(toks[0]).toMatchObject({ value: 4800, unit: '元/人·年', role: 'previous' });
    expect(toks[1]).toMatchObject({ value: 5400, unit: '元/人·年', role: 'value' });
    expect(toks[5001]).toMatchObject({ value: 3, unit: '人', role: 'value' });
  });
});

describe('dropContained', () => {
  const o = (start: number, end: number, e = '') => ({ start, end, e });
  test('keeps order and drops only occurrences inside a strictly longer one', () => {
    const occ = [o(5, 7, 'a'), o(0, 4, 'b'), o(1, 3, 'c'), o(5, 7, 'd'), o(5, 9, 'e'), o(8, 9, 'f'), o(10, 12, 'g')];
    expect(dropContained(occ).map((x) => x.e)).toEqual(['b', 'e', 'g']);
    expect(dropContained([o(0, 2, 'x'), o(0, 2, 'y')]).map((x) => x.e)).toEqual(['x', 'y']);
  });

  test('linear shapes: 50k nested and 50k disjoint occurrences', () => {
    const nested = Array.from({ length: 50000 }, (_, i) => o(i, 100000 - i));
    expect(dropContained(nested)).toEqual([nested[0]]);
    const disjoint = Array.from({ length: 50000 }, (_, i) => o(2 * i, 2 * i + 2));
    expect(dropContained(disjoint)).toHaveLength(50000);
  });
});
