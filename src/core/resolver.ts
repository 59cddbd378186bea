// Name resolution for regions, indicators and breakdowns. Maps are precomputed so a lookup is a
// couple of Map.get calls; suggestions (edit distance) are only computed on a miss.
import { BreakdownSet, Catalogue, IndicatorDef, RegionDef, RegionLevel } from './types';
import { closest, normaliseKey } from './text';
import { IndicatorRef, IndicatorRefs, joinBreakdown, splitBreakdown } from './indicatorRef';

/** A region a name could mean, as listed in an ambiguity error. */
export interface RegionCandidate {
  name: string;
  fullName: string;
  code?: string;
  parent?: string;
}

export type ResolveError = { ok: false; code: 'NA' | 'VALUE'; message: string; candidates?: RegionCandidate[] };

/** Words meaning "no breakdown / the total". */
const TOTAL_WORDS = new Set(['', '合计', '总计', '全部', '总数', '小计', '全体', 'total', 'all']);
const LEVEL_RANK: Record<RegionLevel, number> = { country: 0, province: 1, city: 2, district: 3, county: 3 };
/** Tiers of a region key: 0 canonical/official/full name or current code, 1 alias (short form,
 *  abbreviation), 2 historical name or code. A lookup takes the best tier that has a match. */
type Tier = 0 | 1 | 2;
const CACHE_MAX = 50000;

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

type RegionResult = { ok: true; region: RegionDef } | ResolveError;

// One resolver per catalogue object: its maps are immutable once built (only name caches grow).
const shared = new WeakMap<Catalogue, Resolver>();

/** The resolver of a catalogue, built on first use and shared by the engine, rules and CLI. */
export function resolverFor(catalogue: Catalogue): Resolver {
  let r = shared.get(catalogue);
  if (!r) shared.set(catalogue, (r = new Resolver(catalogue)));
  return r;
}

export class Resolver {
  readonly catalogue: Catalogue;
  private regionIdx: { keys: Map<string, number>; codes: Map<string, number>; shared: Map<string, number[]> } | undefined;
  private regionCache = new Map<string | number, RegionResult>();
  private scans = 0;
  private regionTargetsCache: { targets: { item: RegionDef; keys: string[][] }[]; byChar: Map<string, number[]> } | undefined;
  private childrenCache: Map<string, RegionDef[]> | undefined;
  private indicatorByKey = new Map<string, Entry<IndicatorDef>>();
  private indicatorRaw = new Map<string, IndicatorDef>();
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
  }

  /**
   * The name and code index, built on the first lookup that is not a canonical name (the dataset
   * uses canonical names, so loading it does not pay for this). A key maps to `index * 4 + tier`,
   * or to -1 when several regions share it (their packed hits are in `shared`).
   */
  private regionIndex(): { keys: Map<string, number>; codes: Map<string, number>; shared: Map<string, number[]> } {
    if (this.regionIdx) return this.regionIdx;
    const keys = new Map<string, number>();
    const codes = new Map<string, number>();
    const shared = new Map<string, number[]>();
    const put = (map: Map<string, number>, key: string, packed: number) => {
      const old = map.get(key);
      if (old === undefined) {
        map.set(key, packed);
        return;
      }
      const sk = map === codes ? '#' + key : key;
      const list = old === -1 ? shared.get(sk)! : [old];
      const at = list.findIndex((h) => h >> 2 === packed >> 2);
      if (at >= 0) list[at] = Math.min(list[at], packed);
      else list.push(packed);
      if (list.length === 1) map.set(key, list[0]);
      else {
        map.set(key, -1);
        shared.set(sk, list);
      }
    };
    this.catalogue.regions.forEach((r, i) => {
      const base = i * 4;
      const name = (k: string, tier: Tier) => put(keys, normaliseKey(k), base + tier);
      name(r.name, 0);
      name(r.fullName, 0);
      if (r.official) name(r.official, 0);
      if (r.code) put(codes, r.code, base);
      for (const a of r.aliases) name(a, 1);
      for (const a of r.former ?? []) {
        if (/^\d{6}$/.test(a)) put(codes, a, base + 2);
        else name(a, 2);
      }
    });
    return (this.regionIdx = { keys, codes, shared });
  }
  /** Regions whose parent is the given region, in catalogue order. */
  children(region: RegionDef | string): RegionDef[] {
    if (!this.childrenCache) {
      const m = new Map<string, RegionDef[]>();
      for (const r of this.catalogue.regions) {
        if (!r.parent) continue;
        const list = m.get(r.parent);
        if (list) list.push(r);
        else m.set(r.parent, [r]);
      }
      this.childrenCache = m;
    }
    return this.childrenCache.get(typeof region === 'string' ? region : region.name) ?? [];
  }

  /** True when `r` lies (strictly) inside `ancestor`. */
  isWithin(r: RegionDef, ancestor: RegionDef): boolean {
    for (let p = r.parent, i = 0; p && i < 5; i++) {
      if (p === ancestor.name) return true;
      p = this.regionByName.get(p)?.parent;
    }
    return false;
  }

  /** The regions a key names at its best tier (optionally only those inside one of `within`). */
  private hitsOf(kind: 'keys' | 'codes', key: string, within?: RegionDef[]): RegionDef[] {
    // a one-off lookup (`mz get 济南 …`) scans the names instead of indexing every region
    if (kind === 'keys' && !within && !this.regionIdx && this.scans++ < 2) return this.scanHits(key);
    const idx = this.regionIndex();
    const packed = idx[kind].get(key);
    if (packed === undefined) return [];
    const hits = packed === -1 ? idx.shared.get(kind === 'codes' ? '#' + key : key)! : [packed];
    const regions = this.catalogue.regions;
    let best = 3;
    let out: RegionDef[] = [];
    for (const h of hits) {
      const r = regions[h >> 2];
      const tier = h & 3;
      if (within && !within.some((a) => this.isWithin(r, a))) continue;
      if (tier < best) {
        best = tier;
        out = [r];
      } else if (tier === best) out.push(r);
    }
    return out;
  }

  /** hitsOf(keys, key) without the index: the same regions, tiers and order. */
  private scanHits(key: string): RegionDef[] {
    const same = (name: string) => name === key || normaliseKey(name) === key;
    let best = 3;
    let out: RegionDef[] = [];
    for (const r of this.catalogue.regions) {
      let tier = 3;
      if (same(r.name) || same(r.fullName) || (r.official !== undefined && same(r.official))) tier = 0;
      else if (r.aliases.some(same)) tier = 1;
      else if (r.former?.some((a) => !/^\d{6}$/.test(a) && same(a))) tier = 2;
      if (tier < best) {
        best = tier;
        out = [r];
      } else if (tier === best && tier < 3) out.push(r);
    }
    return out;
  }

  /** Every region a key names, at any tier (a parent's name before the rest). */
  private allHits(key: string): RegionDef[] {
    const idx = this.regionIndex();
    const packed = idx.keys.get(key);
    if (packed === undefined) return [];
    const hits = packed === -1 ? idx.shared.get(key)! : [packed];
    return hits.map((h) => this.catalogue.regions[h >> 2]);
  }

  /** 6-digit code, or a 12-digit 地区编码 of a county or higher (…000000). */
  private byCode(code: string): RegionDef[] {
    if (code.length === 12) return code.endsWith('000000') ? this.hitsOf('codes', code.slice(0, 6)) : [];
    return this.hitsOf('codes', code);
  }

  /**
   * Every region a normalised key can mean: a name, alias or code; a name after its parents
   * (北京通州, 山东省济南市章丘区); a name with its parent in brackets (通州区(北京)).
   */
  private regionsFor(key: string, within?: RegionDef[], depth = 0): RegionDef[] {
    if (/^\d{6}$|^\d{12}$/.test(key)) return within ? [] : this.byCode(key);
    const direct = this.hitsOf('keys', key, within);
    // (the longest full name has 24 characters: anything much longer is not a region name)
    if (direct.length || depth > 3 || key.length > 48) return direct;
    if (!within) {
      const m = /^(.+)\(([^()]+)\)$/.exec(key);
      if (m) {
        const outer = this.regionsFor(m[2], undefined, depth + 1);
        return outer.length ? this.regionsFor(m[1], outer, depth + 1) : [];
      }
    }
    // a parent's name (any form) followed by the rest: every split, the union of what they give
    const found: RegionDef[] = [];
    const chars = Array.from(key);
    for (let i = 2; i <= chars.length - 2; i++) {
      const head = chars.slice(0, i).join('');
      const heads = this.allHits(head).filter((r) => !within || within.some((a) => this.isWithin(r, a)));
      if (!heads.length) continue;
      for (const r of this.regionsFor(chars.slice(i).join(''), heads, depth + 1)) if (!found.includes(r)) found.push(r);
    }
    return found;
  }

  /**
   * Region by canonical or official name, full name, alias (short form, abbreviation, historical
   * name), 6- or 12-digit code (text or number), or a name qualified by its parents. A name several
   * regions share is never guessed: NA with the candidates listed.
   */
  region(x: unknown): RegionResult {
    if (typeof x === 'string' || typeof x === 'number') {
      const hit = this.regionCache.get(x);
      if (hit) return hit;
      // a canonical name (as the dataset has them) needs no index: unique by construction
      const r = typeof x === 'string' ? this.regionByName.get(x) : undefined;
      const res = r ? { ok: true as const, region: r } : this.regionUncached(x);
      if (this.regionCache.size < CACHE_MAX) this.regionCache.set(x, res);
      return res;
    }
    return this.regionUncached(x);
  }

  private regionUncached(x: unknown): RegionResult {
    const v = scalar(x);
    if (isBlank(v)) return { ok: false, code: 'VALUE', message: '缺少地区名称,如“济南市”' };
    if (typeof v === 'number') {
      if (Number.isInteger(v) && (/^\d{6}$|^\d{12}$/.test(String(v)))) {
        const found = this.byCode(String(v));
        if (found.length === 1) return { ok: true, region: found[0] };
        if (found.length > 1) return this.ambiguous(String(v), found);
        return { ok: false, code: 'NA', message: `未找到地区代码 ${v}。代码为 6 位行政区划代码(如 370100)或 12 位统计用区划代码(如 370100000000)` };
      }
      return { ok: false, code: 'VALUE', message: `地区应为名称或 6/12 位地区代码,如“济南市”或 370100;收到数字 ${v}` };
    }
    if (typeof v !== 'string') {
      return { ok: false, code: 'VALUE', message: `地区应为文本,如“济南市”;收到${describe(x)}` };
    }
    const key = normaliseKey(v);
    const found = this.regionsFor(key);
    if (found.length === 1) return { ok: true, region: found[0] };
    if (found.length > 1) return this.ambiguous(v.trim(), found);
    if (/^\d+$/.test(key)) {
      return { ok: false, code: 'NA', message: `未找到地区代码“${v.trim()}”。代码为 6 位行政区划代码(如 370100)或 12 位统计用区划代码(如 370100000000)` };
    }
    const sug = this.suggestRegions(v);
    return { ok: false, code: 'NA', message: `未找到地区“${v.trim()}”。` + suggest(sug, '可用 MZ.REGIONS("全部") 或 mz regions 查看全部地区') };
  }

  private ambiguous(typed: string, found: RegionDef[]): ResolveError {
    const list = found.slice().sort((a, b) => (this.regionOrder.get(a.name) ?? 0) - (this.regionOrder.get(b.name) ?? 0));
    const parentOf = (r: RegionDef) => (r.parent ? this.regionByName.get(r.parent) : undefined);
    // shown with the parent unless the name already carries it: 北京市通州区、南通市通州区、朝阳市朝阳县
    const label = (r: RegionDef) => {
      const p = parentOf(r);
      return !r.official && p && p.level !== 'country' ? p.name + r.name : r.name;
    };
    const candidates: RegionCandidate[] = list.map((r) => ({ name: r.name, fullName: r.fullName, code: r.code, parent: r.parent }));
    const shown = list.map((r) => `${label(r)}${r.code ? `(${r.code})` : ''}`).join('、');
    const officials = new Set(list.map((r) => r.official ?? r.name));
    let hint: string;
    if (officials.size === list.length) {
      hint = `请写明全称,如${list.slice(0, 2).map((r) => `“${r.name}”`).join('或')}`;
    } else {
      // the parent's short name before the name: 北京通州, 济南市中区
      const first = list[0];
      const p = parentOf(first);
      const short = (r: RegionDef) => {
        const off = r.official ?? r.name;
        return r.aliases.find((a) => off.startsWith(a) && a.length < off.length && !/^\d/.test(a)) ?? off;
      };
      const own = short(first);
      const tail = /^[市区县]/.test(own) ? first.official ?? first.name : own;
      hint = `请写明上级,如“${p && p.level !== 'country' ? short(p) : ''}${tail}”`;
    }
    return { ok: false, code: 'NA', message: `“${typed}”有 ${list.length} 个同名地区:${shown}。${hint}。`, candidates };
  }

  /**
   * Suggestions for a miss: the 3 closest names (edit distance over characters, fewer edits than the
   * query is long), among the regions sharing at least one character with it; ties keep catalogue
   * order (higher levels first), names starting like the query before others.
   */
  private suggestRegions(text: string): string[] {
    if (!this.regionTargetsCache) {
      const targets = this.catalogue.regions
        .map((r) => ({ item: r, keys: [...new Set([r.name, ...r.aliases].filter((a) => !/^\d+$/.test(a)).map(normaliseKey))].map((k) => Array.from(k)) }))
        .sort((a, b) => LEVEL_RANK[a.item.level] - LEVEL_RANK[b.item.level]);
      const byChar = new Map<string, number[]>();
      targets.forEach((t, i) => {
        for (const k of t.keys) {
          for (const ch of k) {
            const list = byChar.get(ch);
            if (!list) byChar.set(ch, [i]);
            else if (list[list.length - 1] !== i) list.push(i);
          }
        }
      });
      this.regionTargetsCache = { targets, byChar };
    }
    const { targets, byChar } = this.regionTargetsCache;
    const q = Array.from(normaliseKey(text));
    // a target sharing no character is at least as many edits away as the query is long: never near
    const idx = new Set<number>();
    for (const ch of new Set(q)) for (const i of byChar.get(ch) ?? []) idx.add(i);
    const lead = (i: number) => (targets[i].keys.some((k) => k[0] === q[0]) ? 0 : 1);
    const order = [...idx].sort((a, b) => lead(a) - lead(b) || a - b);
    const best: { i: number; d: number }[] = [];
    const N = 3;
    for (const i of order) {
      // only a distance below the current 3rd best (or below the query's length) can enter
      const limit = (best.length === N ? best[N - 1].d : q.length) - 1;
      let d = limit + 1;
      for (const k of targets[i].keys) d = Math.min(d, boundedDistance(q, k, Math.min(limit, d - 1)));
      if (d > limit) continue;
      let at = best.length;
      while (at > 0 && best[at - 1].d > d) at--;
      best.splice(at, 0, { i, d });
      if (best.length > N) best.pop();
    }
    return best.map((b) => targets[b.i].item.name);
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

/** Edit distance between two character arrays, or max + 1 as soon as it must exceed max. */
function boundedDistance(a: string[], b: string[], max: number): number {
  if (max < 0 || Math.abs(a.length - b.length) > max) return max + 1;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length] <= max ? prev[b.length] : max + 1;
}
