// Name resolution for regions, indicators and breakdowns. Maps are precomputed so a lookup is a
// couple of Map.get calls; suggestions (edit distance) are only computed on a miss.
import { BreakdownSet, Catalogue, IndicatorDef, RegionDef, RegionLevel } from './types';
import { closest, normaliseKey } from './text';
import { IndicatorRef, IndicatorRefs, joinBreakdown, splitBreakdown } from './indicatorRef';

export type ResolveError = { ok: false; code: 'NA' | 'VALUE'; message: string };

const LEVEL_RANK: Record<RegionLevel, number> = { country: 0, province: 1, city: 2, district: 3, county: 3 };
const REGION_SUFFIXES = ['特别行政区', '维吾尔自治区', '壮族自治区', '回族自治区', '自治区', '自治州', '自治县', '省', '市', '区', '县', '旗', '盟'];
/** Words meaning "no breakdown / the total". */
const TOTAL_WORDS = new Set(['', '合计', '总计', '全部', '总数', '小计', '全体', 'total', 'all']);

/** Name without its administrative suffix (济南市 → 济南); unchanged when nothing meaningful is left. */
export function stripRegionSuffix(name: string): string {
  for (const s of REGION_SUFFIXES) {
    if (name.length > s.length + 1 && name.endsWith(s)) return name.slice(0, -s.length);
  }
  return name;
}

/** Unwraps Excel-style 1×1 arrays; returns undefined for anything else that is an array. */
export function scalar(x: unknown): unknown {
  let v = x;
  for (let i = 0; i < 3 && Array.isArray(v); i++) {
    if (v.length !== 1) return undefined;
    v = v[0];
  }
  return Array.isArray(v) ? undefined : v;
}

export function isBlank(x: unknown): boolean {
  return x === null || x === undefined || (typeof x === 'string' && x.trim() === '');
}

function describe(x: unknown): string {
  if (Array.isArray(x)) return '一个区域/数组';
  if (typeof x === 'object' && x !== null) return '一个对象';
  if (typeof x === 'boolean') return x ? 'TRUE' : 'FALSE';
  return `“${String(x)}”`;
}

interface Entry<T> {
  item: T;
  tier: number; // 0 canonical name, 1 full name / id, 2 alias, 3 derived
  rank: number; // preference inside a tier (lower wins)
}

function put<T>(map: Map<string, Entry<T>>, key: string, e: Entry<T>): void {
  if (!key) return;
  const old = map.get(key);
  if (!old || e.tier < old.tier || (e.tier === old.tier && e.rank < old.rank)) map.set(key, e);
}

function suggest(names: string[], fallback: string): string {
  return names.length ? `您是不是要找:${names.join('、')}` : `没有相近的名称;${fallback}`;
}

/** An indicator argument resolved together with the breakdown argument. */
export type WithBreakdown = { ok: true; indicator: IndicatorDef; breakdown: string; ref: IndicatorRef };

export class Resolver {
  readonly catalogue: Catalogue;
  private regionByKey = new Map<string, Entry<RegionDef>>();
  private indicatorByKey = new Map<string, Entry<IndicatorDef>>();
  private regionRaw = new Map<string, RegionDef>();
  private indicatorRaw = new Map<string, IndicatorDef>();
  private regionTargets: { item: RegionDef; keys: string[] }[] = [];
  private indicatorTargets: { item: IndicatorDef; keys: string[] }[] = [];
  private breakdownSets = new Map<string, BreakdownSet>();
  private breakdownByKey = new Map<string, Map<string, string>>(); // set id → key → canonical
  private breakdownRaw = new Map<string, { ok: true; breakdown: string }>();
  readonly regionOrder = new Map<string, number>();
  readonly indicatorById = new Map<string, IndicatorDef>();
  readonly regionByName = new Map<string, RegionDef>();
  /** Codes, composite names and area groups (src/core/indicatorRef.ts). */
  readonly refs: IndicatorRefs;
  private refRaw = new Map<string, IndicatorRef>();
  private withBdRaw = new Map<string, Map<string, WithBreakdown>>();

  constructor(catalogue: Catalogue) {
    this.catalogue = catalogue;
    this.buildRegions(catalogue.regions);
    this.buildIndicators(catalogue.indicators);
    this.refs = new IndicatorRefs(catalogue, this.indicatorById, (k) => this.plainIndicator(k));
    for (const set of catalogue.breakdowns) {
      this.breakdownSets.set(set.id, set);
      const m = new Map<string, string>();
      for (const v of set.values) {
        m.set(normaliseKey(v.id), v.id);
      }
      for (const v of set.values) {
        for (const a of v.aliases) {
          const k = normaliseKey(a);
          if (!m.has(k)) m.set(k, v.id);
        }
      }
      this.breakdownByKey.set(set.id, m);
    }
  }

  private buildRegions(regions: RegionDef[]): void {
    regions.forEach((r, i) => {
      this.regionOrder.set(r.name, i);
      this.regionByName.set(r.name, r);
    });
    regions.forEach((r, i) => {
      const rank = LEVEL_RANK[r.level] * 10000 + i;
      const keys = new Set<string>();
      const add = (k: string, tier: number) => {
        const key = normaliseKey(k);
        if (!key) return;
        keys.add(key);
        put(this.regionByKey, key, { item: r, tier, rank });
      };
      add(r.name, 0);
      add(r.fullName, 1);
      if (r.code) add(r.code, 1);
      for (const a of r.aliases) add(a, 2);
      // derived: without suffix, and prefixed by the chain of parents (full or short names)
      add(stripRegionSuffix(r.name), 3);
      const chain: RegionDef[] = [];
      let p = r.parent ? this.regionByName.get(r.parent) : undefined;
      while (p && p.level !== 'country' && chain.length < 4) {
        chain.unshift(p);
        p = p.parent ? this.regionByName.get(p.parent) : undefined;
      }
      const selfForms = [r.name, stripRegionSuffix(r.name)];
      let prefixes = [''];
      for (let j = chain.length - 1; j >= 0; j--) {
        const forms = [chain[j].name, stripRegionSuffix(chain[j].name)];
        prefixes = prefixes.flatMap((pre) => forms.map((f) => f + pre));
        for (const pre of prefixes) for (const s of selfForms) add(pre + s, 3);
      }
      this.regionTargets.push({ item: r, keys: [...keys] });
    });
    this.regionTargets.sort((a, b) => LEVEL_RANK[a.item.level] - LEVEL_RANK[b.item.level]);
  }

  private buildIndicators(indicators: IndicatorDef[]): void {
    indicators.forEach((ind, i) => {
      this.indicatorById.set(ind.id, ind);
      const keys = new Set<string>();
      const add = (k: string, tier: number) => {
        const key = normaliseKey(k);
        if (!key) return;
        keys.add(key);
        put(this.indicatorByKey, key, { item: ind, tier, rank: i });
      };
      add(ind.id, 0);
      add(ind.name, 0);
      for (const a of ind.aliases) add(a, 2);
      this.indicatorTargets.push({ item: ind, keys: [...keys].filter((k) => k !== ind.id.toLowerCase()) });
    });
  }

  /** Region by canonical name, full name, alias, with/without suffix, or prefixed by its parents. */
  region(x: unknown): { ok: true; region: RegionDef } | ResolveError {
    if (typeof x === 'string') {
      const fast = this.regionRaw.get(x);
      if (fast) return { ok: true, region: fast };
    }
    const v = scalar(x);
    if (isBlank(v)) return { ok: false, code: 'VALUE', message: '缺少地区名称,如“济南市”' };
    if (typeof v !== 'string' && typeof v !== 'number') {
      return { ok: false, code: 'VALUE', message: `地区应为文本,如“济南市”;收到${describe(x)}` };
    }
    const text = String(v);
    const key = normaliseKey(text);
    let e = this.regionByKey.get(key);
    if (!e) {
      // 济南市章丘 → 章丘区 is fine, but 河口县 must not silently become 河口区: the suffix typed
      // must be the region's own (or the region's name has none).
      const stripped = stripRegionSuffix(key);
      if (stripped !== key) {
        const cand = this.regionByKey.get(stripped);
        const suffix = key.slice(stripped.length);
        const own = cand ? cand.item.name.slice(stripRegionSuffix(cand.item.name).length) : '';
        if (cand && (own === '' || own === suffix)) e = cand;
      }
    }
    if (e) {
      if (typeof x === 'string' && this.regionRaw.size < 50000) this.regionRaw.set(x, e.item);
      return { ok: true, region: e.item };
    }
    if (typeof v === 'number') {
      return { ok: false, code: 'VALUE', message: `地区应为文本,如“济南市”;收到数字 ${v}` };
    }
    const sug = closest(text, this.regionTargets).map((r) => r.name);
    return { ok: false, code: 'NA', message: `未找到地区“${text.trim()}”。` + suggest(sug, '可用 MZ.REGIONS() 或 mz data export 查看有数据的地区') };
  }

  /** Indicator by id, canonical name or alias (normalised key); no codes or composite names. */
  plainIndicator(key: string): IndicatorDef | undefined {
    return this.indicatorByKey.get(key)?.item;
  }

  /**
   * Indicator by id, canonical name, alias, official code or composite name. A reference that
   * implies a breakdown (机构养育孤儿, JZH011212110) is refused here: use indicatorRef.
   */
  indicator(x: unknown): { ok: true; indicator: IndicatorDef } | ResolveError {
    if (typeof x === 'string') {
      const fast = this.indicatorRaw.get(x);
      if (fast) return { ok: true, indicator: fast };
    }
    const v = scalar(x);
    if (isBlank(v)) return { ok: false, code: 'VALUE', message: '缺少指标名称,如“城市低保标准”' };
    if (typeof v !== 'string') {
      return { ok: false, code: 'VALUE', message: `指标应为文本,如“城市低保标准”;收到${describe(x)}` };
    }
    const key = normaliseKey(v);
    let e = this.indicatorByKey.get(key);
    if (!e && !key.endsWith('标准')) e = this.indicatorByKey.get(key + '标准');
    if (!e) {
      // a table header with its unit: 城市低保标准(元/人·月)
      const m = /^(.+?)\([^()]*\)$/.exec(key);
      if (m) e = this.indicatorByKey.get(m[1]);
    }
    if (e) {
      if (typeof x === 'string' && this.indicatorRaw.size < 50000) this.indicatorRaw.set(x, e.item);
      return { ok: true, indicator: e.item };
    }
    const ref = this.refs.resolve(v);
    if (ref && !ref.ok) return ref;
    if (ref && ref.ok) {
      if (!ref.breakdown) return { ok: true, indicator: ref.indicator };
      return {
        ok: false,
        code: 'VALUE',
        message: `“${v.trim()}”是“${ref.indicator.name}”的分类“${ref.breakdown}”;此处只能填写指标,分类请另行填写`,
      };
    }
    return this.unknownIndicator(v);
  }

  private unknownIndicator(v: string): ResolveError {
    const sug = closest(v, this.indicatorTargets).map((i) => i.name);
    return { ok: false, code: 'NA', message: `未找到指标“${v.trim()}”。` + suggest(sug, '可用 MZ.INDICATORS() 查看全部指标') };
  }

  /**
   * An indicator argument with the breakdown it implies: a name or alias ({indicator, ''}), an
   * official code (JZH011212110 → 低保资金 @ 城市; `yearHint` picks the version when the code's
   * meaning changed), a wording with an implied breakdown (城市低保金) or a composite name
   * (机构养育孤儿, 城市低保人数, 五区城市低保).
   */
  indicatorRef(x: unknown, yearHint?: unknown): IndicatorRef | ResolveError {
    if (typeof x === 'string') {
      const fast = this.refRaw.get(x);
      if (fast) return fast;
    }
    const v = scalar(x);
    if (typeof v === 'string' && !isBlank(v)) {
      const ref = this.refs.resolve(v, yearHint);
      if (ref) {
        if (ref.ok && ref.via !== 'code' && typeof x === 'string' && this.refRaw.size < 50000) this.refRaw.set(x, ref);
        return ref;
      }
    }
    const r = this.indicator(x);
    if (!r.ok) return r;
    return { ok: true, indicator: r.indicator, breakdown: '', via: 'name' };
  }

  /**
   * The indicator and breakdown of a query: indicatorRef plus the breakdown argument. A breakdown
   * given explicitly that contradicts the implied one is a VALUE error; an area group given
   * explicitly combines with an implied set value (五区 + 自理 → 五区·自理). A breakdown whose
   * figure is kept under another indicator (partIndicators) is redirected there.
   */
  indicatorWithBreakdown(indArg: unknown, bdArg: unknown, yearHint?: unknown): WithBreakdown | ResolveError {
    // string arguments (the common case) are cached; a code's meaning may depend on the year
    const cacheable = typeof indArg === 'string' && (bdArg === undefined || bdArg === null || typeof bdArg === 'string');
    let byBd: Map<string, WithBreakdown> | undefined;
    if (cacheable) {
      byBd = this.withBdRaw.get(indArg as string);
      const hit = byBd?.get((bdArg as string | undefined) ?? '');
      if (hit) return hit;
    }
    const res = this.withBreakdownUncached(indArg, bdArg, yearHint);
    if (cacheable && res.ok && res.ref.via !== 'code' && this.withBdRaw.size < 50000) {
      if (!byBd) this.withBdRaw.set(indArg as string, (byBd = new Map()));
      if (byBd.size < 1000) byBd.set((bdArg as string | undefined) ?? '', res);
    }
    return res;
  }

  private withBreakdownUncached(indArg: unknown, bdArg: unknown, yearHint?: unknown): WithBreakdown | ResolveError {
    const ref = this.indicatorRef(indArg, yearHint);
    if (!ref.ok) return ref;
    let ind = ref.indicator;
    let bd = ref.breakdown;
    if (!isBlank(scalar(bdArg))) {
      const rb = this.breakdown(ind, bdArg);
      if (!rb.ok) return rb;
      if (!ref.breakdown) bd = rb.breakdown;
      else {
        const a = this.splitBreakdown(ind, ref.breakdown);
        const b = this.splitBreakdown(ind, rb.breakdown);
        const clash = (a.value && b.value !== a.value && (b.value || !b.group)) || (a.group && b.group && a.group !== b.group);
        if (clash) {
          const shown = typeof scalar(indArg) === 'string' ? String(scalar(indArg)).trim() : ind.name;
          return {
            ok: false,
            code: 'VALUE',
            message: `指标“${shown}”已含分类“${ref.breakdown}”,与分类参数“${String(scalar(bdArg)).trim()}”矛盾;请删去分类参数,或改用指标“${ind.name}”并填写分类`,
          };
        }
        bd = joinBreakdown(a.group || b.group, a.value || b.value);
      }
    }
    const target = bd && ind.partIndicators?.[bd];
    if (target) {
      const t = this.indicatorById.get(target);
      if (t) {
        ind = t;
        bd = '';
      }
    }
    return { ok: true, indicator: ind, breakdown: bd, ref };
  }

  /** Area group and set value of a canonical breakdown of `ind` (五区·自理, 五区, 自理). */
  splitBreakdown(ind: IndicatorDef, bd: string): { group: string; value: string } {
    const p = splitBreakdown(bd);
    if (p.group || !p.value) return p;
    const sets = [ind.breakdowns, ...(ind.extraBreakdowns ?? [])].map((id) => (id ? this.breakdownSets.get(id) : undefined));
    return sets.some((set) => set && set.values.some((v) => v.id === p.value)) ? p : { group: p.value, value: '' };
  }

  breakdownSet(ind: IndicatorDef): BreakdownSet | undefined {
    return ind.breakdowns ? this.breakdownSets.get(ind.breakdowns) : undefined;
  }

  /** Breakdown value of the indicator's set; '' (the total) for blank, 合计, 全部 … */
  breakdown(ind: IndicatorDef, x: unknown): { ok: true; breakdown: string } | ResolveError {
    if (typeof x === 'string') {
      const ck = ind.id + '\u0000' + x;
      const hit = this.breakdownRaw.get(ck);
      if (hit) return hit;
      const res = this.breakdownUncached(ind, x);
      if (res.ok && this.breakdownRaw.size < 50000) this.breakdownRaw.set(ck, res);
      return res;
    }
    return this.breakdownUncached(ind, x);
  }

  private breakdownUncached(ind: IndicatorDef, x: unknown): { ok: true; breakdown: string } | ResolveError {
    const v = scalar(x);
    if (isBlank(v)) return { ok: true, breakdown: '' };
    if (typeof v !== 'string' && typeof v !== 'number') {
      return { ok: false, code: 'VALUE', message: `分类应为文本,如“一级”;收到${describe(x)}` };
    }
    const key = normaliseKey(String(v));
    if (TOTAL_WORDS.has(key)) return { ok: true, breakdown: '' };
    const set = this.breakdownSet(ind);
    let hit = set ? this.breakdownByKey.get(set.id)!.get(key) : undefined;
    for (const extra of ind.extraBreakdowns ?? []) hit = hit ?? this.breakdownByKey.get(extra)?.get(key);
    if (hit !== undefined) return { ok: true, breakdown: hit };
    // standards also accept an area group of the region (五区, 三县, 五区·自理)
    const area = this.refs.areaBreakdown(ind, String(v));
    if (area) return { ok: true, breakdown: area };
    if (!set) {
      return { ok: false, code: 'VALUE', message: `指标“${ind.name}”没有分类,请不要填写分类(收到“${String(v).trim()}”)` };
    }
    const values = [set, ...(ind.extraBreakdowns ?? []).map((id) => this.breakdownSets.get(id))].flatMap((x) => x?.values ?? []);
    const all = values.map((b) => b.id);
    const sug = closest(
      String(v),
      values.map((b) => ({ item: b.id, keys: [b.id, ...b.aliases].map(normaliseKey) })),
      3,
    );
    return {
      ok: false,
      code: 'NA',
      message: `指标“${ind.name}”没有分类“${String(v).trim()}”。` +
        (sug.length ? `您是不是要找:${sug.join('、')}(可用分类:${all.join('、')})` : `可用分类:${all.join('、')}`),
    };
  }
}
