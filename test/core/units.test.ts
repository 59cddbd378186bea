import { normaliseUnit, convert, parseUnit, compatible, unitsLike } from '../../src/core/units';

describe('normaliseUnit', () => {
  test.each([
    ['元/月', '元/人·月'],
    ['元/人/月', '元/人·月'],
    ['元/人·月', '元/人·月'],
    ['元/人.月', '元/人·月'],
    ['元/(人·月)', '元/人·月'],
    ['元/人・月', '元/人·月'],
    ['每人每月', '元/人·月'],
    ['元/月/人', '元/人·月'],
    ['元／人／月', '元/人·月'],
    ['元/年', '元/人·年'],
    ['元/人/年', '元/人·年'],
    ['每人每年', '元/人·年'],
    [' 万元 ', '万元'],
    ['名', '人'],
    ['万名', '万人'],
    ['百分比', '%'],
    ['%', '%'],
    ['对', '对'],
  ])('%s → %s', (a, b) => expect(normaliseUnit(a)).toBe(b));
  test('non-strings give empty', () => expect(normaliseUnit(3 as unknown as string)).toBe(''));
});

describe('convert', () => {
  test('month ↔ year per person ×12', () => {
    expect(convert(614, '元/人·月', '元/人·年')).toBe(7368);
    expect(convert(7368, '元/人/年', '元/月')).toBe(614);
    expect(convert(6362.2, '元/人·年', '元/人·月')).toBeCloseTo(530.1833, 3);
  });
  test('元 ↔ 万元 ↔ 亿元', () => {
    expect(convert(7.39, '亿元', '万元')).toBe(73900);
    expect(convert(20.2, '亿元', '万元')).toBe(202000);
    expect(convert(202000, '万元', '亿元')).toBe(20.2);
    expect(convert(1, '万元', '元')).toBe(10000);
  });
  test('人 ↔ 万人, 人次 ↔ 万人次, 户 ↔ 万户', () => {
    expect(convert(11.5, '万人', '人')).toBe(115000);
    expect(convert(1380.6, '万人次', '人次')).toBe(13806000);
    expect(convert(454.9, '万户', '户')).toBe(4549000);
  });
  test('entity measure words 个/家/处 convert 1:1', () => {
    expect(convert(12, '家', '个')).toBe(12);
    expect(convert(3, '处', '家')).toBe(3);
  });
  test('incompatible units give null', () => {
    expect(convert(1, '人', '人次')).toBeNull();
    expect(convert(1, '元/人·月', '万元')).toBeNull();
    expect(convert(1, '个', '人')).toBeNull();
    expect(convert(1, '张', '个')).toBeNull();
    expect(convert(1, '', '人')).toBeNull();
    expect(convert(NaN, '人', '人')).toBeNull();
  });
  test('same unit is identity', () => expect(convert(821, '元/人·月', '元/人·月')).toBe(821));
});

describe('parseUnit / compatible / unitsLike', () => {
  test('dimensions', () => {
    expect(parseUnit('万人次')).toEqual({ unit: '万人次', dim: 'count:人次', factor: 1e4 });
    expect(parseUnit('')).toBeNull();
    expect(compatible('元/月', '元/人·年')).toBe(true);
    expect(compatible('人', '户')).toBe(false);
    expect(unitsLike('万元')).toEqual(['元', '万元', '亿元']);
    expect(unitsLike('元/人·月')).toEqual(['元/人·月', '元/人·年']);
  });
});
