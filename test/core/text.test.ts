import { normaliseText, normaliseKey, levenshtein, closest, decodeText, formatNumber } from '../../src/core/text';

describe('text normalisation', () => {
  test('full-width ASCII and punctuation become half-width, spaces collapse', () => {
    expect(normaliseText('  ２０２０　年 ')).toBe('2020 年');
    expect(normaliseText('济南（市）：８２１，')).toBe('济南(市):821,');
    expect(normaliseKey(' 济 南 市 ')).toBe('济南市');
    expect(normaliseKey('DIBAO_STD_URBAN')).toBe('dibao_std_urban');
  });
  test('Chinese punctuation without a half-width form is kept', () => {
    expect(normaliseText('一级、二级。')).toBe('一级、二级。');
  });
  test('unit middle dots are unified', () => {
    expect(normaliseText('元/人・月')).toBe('元/人·月');
    expect(normaliseText('元/人•月')).toBe('元/人·月');
  });
});

describe('levenshtein', () => {
  test('counts code points', () => {
    expect(levenshtein('济男', '济南')).toBe(1);
    expect(levenshtein('济南', '济南市')).toBe(1);
    expect(levenshtein('', '章丘')).toBe(2);
    expect(levenshtein('kitten', 'sitting')).toBe(3);
    expect(levenshtein('𠀀a', '𠀀b')).toBe(1);
  });
  test('closest ranks by smallest distance over spellings, ties in target order', () => {
    const targets = [
      { item: 'A', keys: ['济宁', '济宁市'] },
      { item: 'B', keys: ['青岛'] },
      { item: 'C', keys: ['济南', '济南市'] },
    ];
    expect(closest('济南市', targets, 2)).toEqual(['C', 'A']);
  });
});

describe('decodeText', () => {
  test('UTF-8 with and without BOM', () => {
    const b = Buffer.from('济南,821', 'utf8');
    expect(decodeText(b)).toEqual({ text: '济南,821', encoding: 'utf-8' });
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), b])).text).toBe('济南,821');
  });
  test('GBK bytes are decoded as GB18030', () => {
    // 济南 in GBK: BC C3 C4 CF
    const r = decodeText(Buffer.from([0xbc, 0xc3, 0xc4, 0xcf, 0x2c, 0x38, 0x32, 0x31]));
    expect(r).toEqual({ text: '济南,821', encoding: 'gb18030' });
  });
  const csv = 'region,year,indicator,value,unit\n济南,2021,城市低保,850,元/月\n';
  const be = (s: string) => Buffer.from(s, 'utf16le').swap16();
  test('UTF-16 LE and BE with a BOM (Excel\'s "Unicode text")', () => {
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv, 'utf16le')]))).toEqual({ text: csv, encoding: 'utf-16le' });
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), be(csv)]))).toEqual({ text: csv, encoding: 'utf-16be' });
  });
  test('UTF-16 without a BOM is told by its NUL bytes (ASCII header, digits and commas)', () => {
    expect(decodeText(Buffer.from(csv, 'utf16le'))).toEqual({ text: csv, encoding: 'utf-16le' });
    expect(decodeText(be(csv))).toEqual({ text: csv, encoding: 'utf-16be' });
    // UTF-8 and GBK never have NUL bytes: unaffected
    expect(decodeText(Buffer.from(csv, 'utf8')).encoding).toBe('utf-8');
    // a short file of digits and commas
    expect(decodeText(Buffer.from('1,2\n', 'utf16le'))).toEqual({ text: '1,2\n', encoding: 'utf-16le' });
  });
});

test('formatNumber drops binary noise', () => {
  expect(formatNumber(0.1 + 0.2)).toBe('0.3');
  expect(formatNumber(821)).toBe('821');
  expect(formatNumber(7.39)).toBe('7.39');
});
