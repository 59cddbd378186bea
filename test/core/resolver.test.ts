import { loadCatalogue } from '../../src/core/catalogue';
import { Resolver } from '../../src/core/resolver';

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
    ['山东章丘', '章丘区'],
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
    ['中国', '全国'],
    ['兰州', '兰州市'],
    ['兰州市', '兰州市'],
    ['广西', '广西壮族自治区'],
    ['东莞', '东莞市'],
  ])('%s → %s', (input, name) => expect(region(input)).toBe(name));

  test('every division of the country is there: 31 provinces, prefectures, county-level units', () => {
    const regions = loadCatalogue().regions;
    const count = (l: string) => regions.filter((x) => x.level === l).length;
    expect(count('country')).toBe(1);
    expect(count('province')).toBe(31);
    expect(count('city')).toBeGreaterThan(330);
    expect(count('district') + count('county')).toBeGreaterThan(2900);
    expect(new Set(regions.map((x) => x.name)).size).toBe(regions.length);
    for (const x of regions) if (x.level !== 'country') expect(x.statCode).toMatch(/^\d{12}$/);
  });

  test('codes: 6-digit GB/T 2260, 12-digit 地区编码, and numbers as Excel passes them', () => {
    expect(region('110112')).toBe('北京市通州区');
    expect(region('110112000000')).toBe('北京市通州区');
    expect(region(370100)).toBe('济南市');
    expect(region(510000000000)).toBe('四川省');
    expect(region([[370114]])).toBe('章丘区');
    const jn = r.region('济南');
    expect(jn.ok && [jn.region.code, jn.region.statCode, jn.region.fullName]).toEqual(['370100', '370100000000', '山东省济南市']);
    const bad = r.region(999999);
    expect(!bad.ok && bad.code).toBe('NA');
    expect(!bad.ok && bad.message).toMatch(/未找到地区代码 999999/);
    expect(!r.region(12.5).ok && (r.region(12.5) as { code: string }).code).toBe('VALUE');
  });

  test('a name shared nationally is qualified by its parent and resolves with it', () => {
    for (const x of ['北京通州', '北京市通州区', '通州区(北京)', '通州区（北京市）', '北京 通州区', '110112']) {
      expect(region(x)).toBe('北京市通州区');
    }
    expect(region('南通通州')).toBe('南通市通州区');
    expect(region('江苏省南通市通州区')).toBe('南通市通州区');
    expect(region('济南市中区')).toBe('济南市市中区');
    expect(region('济南市市中区')).toBe('济南市市中区');
    expect(region('枣庄市中区')).toBe('枣庄市市中区');
    expect(region('吉林船营')).toBe('船营区');
  });

  test('a shared name is never guessed: NA listing every match with its parent and code', () => {
    const res = r.region('通州区');
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.code).toBe('NA');
    expect(res.message).toBe('“通州区”有 2 个同名地区:北京市通州区(110112)、南通市通州区(320612)。请写明上级,如“北京通州”。');
    expect(res.candidates).toEqual([
      { name: '北京市通州区', fullName: '北京市通州区', code: '110112', parent: '北京市' },
      { name: '南通市通州区', fullName: '江苏省南通市通州区', code: '320612', parent: '南通市' },
    ]);
    for (const x of ['通州', '鼓楼', '鼓楼区', '朝阳', '市中区', '城区']) {
      const e = r.region(x);
      expect(!e.ok && e.code).toBe('NA');
      expect(!e.ok && e.candidates!.length).toBeGreaterThanOrEqual(2);
    }
    const gulou = r.region('鼓楼区');
    expect(!gulou.ok && gulou.candidates!.map((c) => c.name)).toEqual(['南京市鼓楼区', '徐州市鼓楼区', '福州市鼓楼区', '开封市鼓楼区']);
  });

  test('a short form shared across levels is ambiguous; the exact official name wins', () => {
    const jl = r.region('吉林');
    expect(!jl.ok && jl.message).toBe('“吉林”有 2 个同名地区:吉林省(220000)、吉林省吉林市(220200)。请写明全称,如“吉林省”或“吉林市”。');
    expect(region('吉林省')).toBe('吉林省');
    expect(region('吉林市')).toBe('吉林市');
    const dy = r.region('东营');
    expect(!dy.ok && dy.candidates!.map((c) => c.name)).toEqual(['东营市', '东营区']);
    expect(region('东营市')).toBe('东营市');
    expect(region('东营区')).toBe('东营区');
    expect(region('朝阳市')).toBe('朝阳市');
    expect(region('朝阳县')).toBe('朝阳县');
  });

  test('abbreviations of autonomous names', () => {
    expect(region('黔西南州')).toBe('黔西南布依族苗族自治州');
    expect(region('黔西南')).toBe('黔西南布依族苗族自治州');
    expect(region('延边州')).toBe('延边朝鲜族自治州');
    expect(region('长阳县')).toBe('长阳土家族自治县');
    expect(region('长阳')).toBe('长阳土家族自治县');
    expect(region('莫力达瓦旗')).toBe('莫力达瓦达斡尔族自治旗');
    expect(region('新疆')).toBe('新疆维吾尔自治区');
  });

  test('historical names and codes (GB/T 2260) lead to the current division', () => {
    expect(region('章丘市')).toBe('章丘区');
    expect(region('370181')).toBe('章丘区');
    expect(region('垦利县')).toBe('垦利区');
    expect(region('370521')).toBe('垦利区');
    expect(region('襄樊市')).toBe('襄阳市');
    expect(region('济阳县')).toBe('济阳区');
    // a current official name always wins over a historical one
    expect(region('通州市')).toBe('南通市通州区');
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

  test('long or repetitive text is a plain miss', () => {
    for (const x of ['北京'.repeat(30), '济南市章丘区'.repeat(5), 'x'.repeat(300)]) {
      const res = r.region(x);
      expect(!res.ok && res.code).toBe('NA');
    }
  });

  test('children, in catalogue order', () => {
    expect(r.children('济南市').map((x) => x.name)).toEqual(expect.arrayContaining(['历下区', '济南市市中区', '章丘区', '平阴县', '商河县']));
    expect(r.children('全国')).toHaveLength(31);
    const zone = r.children('济南市').find((x) => x.zone);
    expect(zone?.name).toBe('济南高新技术产业开发区');
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
  test('a different administrative suffix does not match: 章丘县 is not 章丘区', () => {
    const res = r.region('章丘县');
    expect(res.ok).toBe(false);
    if (!res.ok) {
      expect(res.code).toBe('NA');
      expect(res.message).toMatch(/^未找到地区“章丘县”。您是不是要找:.*章丘区/);
    }
  });
  test('河口县 is the common name of 河口瑶族自治县, not 河口区', () => expect(region('河口县')).toBe('河口瑶族自治县'));
  test('nothing near: no padded suggestions', () => {
    const res = r.region('abc');
    expect(!res.ok && res.message).toBe('未找到地区“abc”。没有相近的名称;可用 MZ.REGIONS("全部") 或 mz regions 查看全部地区');
  });
});

describe('first lookups scan the names instead of building the index', () => {
  type Probe = {
    scanHits(key: string): { name: string }[];
    hitsOf(kind: 'keys', key: string): { name: string }[];
    regionIndex(): unknown;
  };
  const cat = loadCatalogue();
  const indexed = new Resolver(cat) as unknown as Probe;
  const fresh = new Resolver(cat) as unknown as Probe;
  indexed.regionIndex();
  const keys = new Set(['通州区', '朝阳区', '市中区', '鼓楼区', '章丘市', '垦利县', '黔西南州', '济南', '山东省济南市', '不存在的地方']);
  cat.regions.forEach((r, i) => {
    if (i % 37) return;
    for (const k of [r.name, r.fullName, r.official, ...r.aliases, ...(r.former ?? [])]) if (k && !/^\d+$/.test(k)) keys.add(k);
  });
  test.each([...keys])('%s', (key) => {
    const names = (rs: { name: string }[]) => rs.map((x) => x.name);
    expect(names(fresh.scanHits(key))).toEqual(names(indexed.hitsOf('keys', key)));
  });

  test('a fresh resolver answers a shared name and a short name as the indexed one does', () => {
    const a = new Resolver(cat);
    const b = new Resolver(cat);
    b.region('山东省'); b.region('山东'); b.region('济南市章丘区'); // b's index is built by now
    for (const q of ['通州区', '济南']) expect(a.region(q)).toEqual(b.region(q));
  });
});
