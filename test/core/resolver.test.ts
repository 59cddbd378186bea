import { loadCatalogue } from '../../src/core/catalogue';
import { Resolver, stripRegionSuffix } from '../../src/core/resolver';

const r = new Resolver(loadCatalogue());
const region = (x: unknown) => {
  const res = r.region(x);
  return res.ok ? res.region.name : res;
};
const indicator = (x: unknown) => {
  const res = r.indicator(x);
  return res.ok ? res.indicator.id : res;
};

describe('regions', () => {
  test.each([
    ['济南', '济南市'],
    ['济南市', '济南市'],
    ['山东省济南市', '济南市'],
    ['章丘', '章丘区'],
    ['章丘区', '章丘区'],
    ['济南市章丘区', '章丘区'],
    ['济南章丘', '章丘区'],
    ['山东省济南市章丘区', '章丘区'],
    ['河口区', '河口区'],
    ['东营市河口区', '河口区'],
    ['重庆', '重庆市'],
    ['重庆市', '重庆市'],
    ['淄博', '淄博市'],
    ['  济南市 ', '济南市'],
    ['济　南', '济南市'],
    ['山东', '山东省'],
    ['全国', '全国'],
  ])('%s → %s', (input, name) => expect(region(input)).toBe(name));

  test('a shared short name prefers the higher level: 东营 is the city, not 东营区', () => {
    expect(region('东营')).toBe('东营市');
    expect(region('东营区')).toBe('东营区');
  });

  test('unknown region: NA with the 3 closest names', () => {
    const res = r.region('济男');
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.code).toBe('NA');
    expect(res.message).toMatch(/^未找到地区“济男”。您是不是要找:/);
    const names = res.message.split(':')[1].split('、');
    expect(names).toHaveLength(3);
    expect(names[0]).toBe('济南市');
    expect(names).toContain('济宁市');
  });

  test('wrong types are VALUE errors, never exceptions', () => {
    for (const x of [null, undefined, '', '  ', 42, true, {}, [['a', 'b']], [1, 2]]) {
      const res = r.region(x);
      expect(res.ok).toBe(false);
      if (!res.ok) expect(res.code).toBe('VALUE');
    }
  });

  test('a 1×1 array (an Excel cell) is unwrapped', () => expect(region([['章丘']])).toBe('章丘区'));

  test('stripRegionSuffix', () => {
    expect(stripRegionSuffix('济南市')).toBe('济南');
    expect(stripRegionSuffix('广西壮族自治区')).toBe('广西');
    expect(stripRegionSuffix('市')).toBe('市');
  });
});

describe('indicators', () => {
  test.each([
    ['城市低保', 'dibao_std_urban'],
    ['城市低保标准', 'dibao_std_urban'],
    ['城市最低生活保障标准', 'dibao_std_urban'],
    ['城市居民最低生活保障标准', 'dibao_std_urban'],
    ['dibao_std_urban', 'dibao_std_urban'],
    ['特困', 'tekun_std'],
    ['特困供养', 'tekun_std'],
    ['特困人员基本生活标准', 'tekun_std'],
    ['农村低保', 'dibao_std_rural'],
    ['YZH012410000', 'dibao_persons'],
    [' 城市低保 ', 'dibao_std_urban'],
    ['孤儿基本生活费', 'orphan_std'],
    ['城市低保标准(元/人·月)', 'dibao_std_urban'],
    ['城市低保标准(元/人/月)', 'dibao_std_urban'],
    ['城市低保标准\uff08元/人·月\uff09', 'dibao_std_urban'], // full-width parentheses
    ['\u3000城市低保\uff08元\uff09', 'dibao_std_urban'],
  ])('%s → %s', (input, id) => expect(indicator(input)).toBe(id));

  test('unknown indicator: NA with suggestions', () => {
    const res = r.indicator('城市低宝');
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.code).toBe('NA');
    expect(res.message).toMatch(/^未找到指标“城市低宝”。您是不是要找:城市低保标准、/);
  });

  test('numbers and arrays are VALUE errors', () => {
    for (const x of [2020, null, [1, 2], {}]) {
      const res = r.indicator(x);
      expect(!res.ok && res.code).toBe('VALUE');
    }
  });
});

describe('breakdowns', () => {
  const ind = (id: string) => r.indicatorById.get(id)!;
  test('canonical ids and aliases', () => {
    expect(r.breakdown(ind('disab_living_std'), '一级')).toEqual({ ok: true, breakdown: '一级' });
    expect(r.breakdown(ind('disab_living_std'), '1级')).toEqual({ ok: true, breakdown: '一级' });
    expect(r.breakdown(ind('orphan_std'), '集中养育')).toEqual({ ok: true, breakdown: '机构养育' });
    expect(r.breakdown(ind('orphan_std'), '散居孤儿')).toEqual({ ok: true, breakdown: '社会散居' });
    expect(r.breakdown(ind('tekun_care_std'), '全护理')).toEqual({ ok: true, breakdown: '完全不能自理' });
  });
  test('blank or 合计 is the total', () => {
    expect(r.breakdown(ind('orphan_std'), undefined)).toEqual({ ok: true, breakdown: '' });
    expect(r.breakdown(ind('orphan_std'), '合计')).toEqual({ ok: true, breakdown: '' });
    expect(r.breakdown(ind('dibao_std_urban'), '')).toEqual({ ok: true, breakdown: '' });
  });
  test('unknown breakdown names the valid ones', () => {
    const res = r.breakdown(ind('disab_living_std'), '五级');
    expect(res.ok).toBe(false);
    if (!res.ok) {
      expect(res.code).toBe('NA');
      expect(res.message).toContain('可用分类:一级、二级、三四级');
    }
  });
  test('a breakdown on an indicator without breakdowns is a VALUE error', () => {
    const res = r.breakdown(ind('dibao_std_urban'), '一级');
    expect(!res.ok && res.code).toBe('VALUE');
  });
});

describe('suffix discipline and suggestion quality', () => {
  test('a different administrative suffix does not match: 河口县 is not 河口区', () => {
    const res = r.region('河口县');
    expect(res.ok).toBe(false);
    if (!res.ok) {
      expect(res.code).toBe('NA');
      expect(res.message).toContain('您是不是要找:河口区');
    }
  });
  test('nothing near: no padded suggestions', () => {
    const res = r.region('低保');
    expect(!res.ok && res.message).toBe('未找到地区“低保”。没有相近的名称;可用 MZ.REGIONS() 或 mz data export 查看有数据的地区');
  });
});
