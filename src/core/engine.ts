// MzEngine: the indicator dataset indexed for constant-time lookups, plus the query API used by the
// custom functions, the CLI and the task pane. Never throws on user input: every problem is a
// QueryError with a Chinese message.
//
// Index key: `region|indicatorId|year|breakdown` (canonical names). When several records share a key
// (different periods of one year), the preferred one is 全年; otherwise the latest period in the year
// (下半年 > Q3 > 上半年 …, a month YYYY-MM by its month), since stocks are end-of-period values and
// flows are year-to-date totals. User records (addRecords) always win over bundled ones for a key;
// among records of the same origin and period rank, the first one stays.
import { Catalogue, DataRecord, IndicatorDef, RegionDef } from './types';
import { parseDatasetCsv, CsvProblem } from './datasetCsv';
import { loadCatalogue } from './catalogue';
import { Resolver, RegionCandidate, resolverFor, scalar, isBlank } from './resolver';
import { convert, normaliseUnit, unitsLike } from './units';
import { normaliseText } from './text';

/** `candidates`: the regions an ambiguous region name could mean (see Resolver.region). */
export type QueryError = { ok: false; code: 'NA' | 'VALUE'; message: string; candidates?: RegionCandidate[] };

interface Entry {
  record: DataRecord;
  fromUser: boolean;
  rank: number;
  /** The value in the indicator's canonical unit, computed on first use (null: not convertible). */
  canon?: number | null;
}

export interface RejectedRecord {
  record: DataRecord;
  message: string;
}

/** Rank of a period inside its year: 全年 highest, then by the month the period ends. */
export function periodRank(p: string): number {
  if (p === '全年' || !p) return 13;
  const s = normaliseText(p);
  if (s === '' || s === '全年' || s === '年度' || s === '全年度') return 13;
  const table: Record<string, number> = {
    上半年: 6, 下半年: 12, Q1: 3, Q2: 6, Q3: 9, Q4: 12, 一季度: 3, 二季度: 6, 三季度: 9, 四季度: 12,
    第一季度: 3, 第二季度: 6, 第三季度: 9, 第四季度: 12, 前三季度: 9,
  };
  if (table[s] !== undefined) return table[s];
  const m = /^\d{4}-(\d{1,2})$/.exec(s) || /^(\d{1,2})月$/.exec(s) || /^1-(\d{1,2})月$/.exec(s);
  if (m) return Math.min(12, Number(m[1]));
  return 0;
}

/** 2020, "2020", "2020年", " 2020 " (full-width digits too). */
const yearCache = new Map<string, { ok: true; year: number }>();

export function resolveYear(x: unknown): { ok: true; year: number } | QueryError {
  if (typeof x === 'number' && Number.isInteger(x) && x >= 1949 && x <= 2100) return { ok: true, year: x };
  if (typeof x === 'string') {
    const hit = yearCache.get(x);
    if (hit) return hit;
  }
  const v = scalar(x);
  if (isBlank(v)) return { ok: false, code: 'VALUE', message: '缺少年份,如 2020' };
  let n = NaN;
  if (typeof v === 'number') n = v;
  else if (typeof v === 'string') {
    const s = normaliseText(v).replace(/\s/g, '');
    if (/^\d{4}(年度?)?$/.test(s)) n = Number(s.slice(0, 4));
  }
  if (!Number.isInteger(n) || n < 1949 || n > 2100) {
    const shown = typeof v === 'string' ? `“${v}”` : typeof v === 'number' ? String(v) : `“${String(v)}”`;
    return { ok: false, code: 'VALUE', message: `年份应为数字,如 2020;收到${shown}` };
  }
  const res = { ok: true as const, year: n };
  if (typeof x === 'string' && yearCache.size < 1000) yearCache.set(x, res);
  return res;
}

const key = (region: string, id: string, year: number, bd: string) => `${region}|${id}|${year}|${bd}`;

export class MzEngine {
  readonly catalogue: Catalogue;
  readonly records: DataRecord[] = [];
  /** Records that could not be resolved against the catalogue (unknown region/indicator/breakdown). */
  readonly rejected: RejectedRecord[] = [];
  /** Problems found while parsing CSV text given to fromCsv. */
  loadProblems: CsvProblem[] = [];
  readonly resolver: Resolver;
  private index = new Map<string, Entry>();
  // region|indicatorId → breakdown → sorted years
  private years = new Map<string, Map<string, number[]>>();
  // indicatorId|year|breakdown → regions
  private regionsFor = new Map<string, Set<string>>();
  private regionSet = new Set<string>();

  constructor(catalogue: Catalogue, records: DataRecord[]) {
    this.catalogue = catalogue;
    this.resolver = resolverFor(catalogue);
    this.ingest(records, false, '');
  }

  /** Engine over dataset CSV text (the bundled file); unparsable rows are kept in loadProblems. */
  static fromCsv(csvText: string, catalogue?: Catalogue): MzEngine {
    const parsed = parseDatasetCsv(csvText, 'dataset');
    const engine = new MzEngine(catalogue ?? loadCatalogue(), parsed.records);
    engine.loadProblems = parsed.problems;
    return engine;
  }

  /** Adds user records on top; they win over bundled ones for the same key. */
  addRecords(records: DataRecord[], source: string): { added: number; overridden: number; rejected: number } {
    return this.ingest(records, true, source);
  }

  private ingest(records: DataRecord[], fromUser: boolean, source: string) {
    let added = 0;
    let overridden = 0;
    let rejected = 0;
    for (const raw of records) {
      const r = this.canonical(raw, source);
      if ('message' in r) {
        this.rejected.push(r);
        rejected++;
        continue;
      }
      this.records.push(r);
      added++;
      const k = key(r.region, r.indicatorId, r.year, r.breakdown);
      const entry: Entry = { record: r, fromUser, rank: periodRank(r.period) };
      const old = this.index.get(k);
      if (!old) {
        this.index.set(k, entry);
        this.note(r);
      } else if (fromUser && !old.fromUser) {
        this.index.set(k, entry);
        overridden++;
      } else if (old.fromUser === fromUser && entry.rank > old.rank) {
        this.index.set(k, entry);
      }
    }
    return { added, overridden, rejected };
  }

  private canonical(raw: DataRecord, source: string): DataRecord | RejectedRecord {
    if (!raw || typeof raw !== 'object') return { record: raw, message: '记录无效' };
    const reg = this.resolver.region(raw.region);
    if (!reg.ok) return { record: raw, message: reg.message };
    let ind: IndicatorDef | undefined = raw.indicatorId ? this.resolver.indicatorById.get(raw.indicatorId) : undefined;
    if (!ind) {
      const ri = this.resolver.indicator(raw.indicator || raw.indicatorId);
      if (!ri.ok) return { record: raw, message: ri.message };
      ind = ri.indicator;
    }
    const bd = this.resolver.breakdown(ind, raw.breakdown);
    if (!bd.ok) return { record: raw, message: bd.message };
    if (typeof raw.value !== 'number' || !Number.isFinite(raw.value)) return { record: raw, message: '数值不是数字' };
    if (!Number.isInteger(raw.year)) return { record: raw, message: '年份无效' };
    const unit = normaliseUnit(raw.unit || ind.unit);
    return {
      ...raw,
      region: reg.region.name,
      indicatorId: ind.id,
      indicator: ind.name,
      breakdown: bd.breakdown,
      unit,
      period: raw.period || '全年',
      qualifier: raw.qualifier || 'exact',
      source: raw.source || source,
      offset: typeof raw.offset === 'number' ? raw.offset : -1,
      quote: raw.quote ?? '',
    };
  }

  private note(r: DataRecord): void {
    const ri = `${r.region}|${r.indicatorId}`;
    let byBd = this.years.get(ri);
    if (!byBd) this.years.set(ri, (byBd = new Map()));
    const ys = byBd.get(r.breakdown) ?? [];
    if (!ys.includes(r.year)) {
      ys.push(r.year);
      ys.sort((a, b) => a - b);
    }
    byBd.set(r.breakdown, ys);
    const iyb = `${r.indicatorId}|${r.year}|${r.breakdown}`;
    let rs = this.regionsFor.get(iyb);
    if (!rs) this.regionsFor.set(iyb, (rs = new Set()));
    rs.add(r.region);
    this.regionSet.add(r.region);
  }

  resolveRegion(x: unknown): { ok: true; region: RegionDef } | QueryError {
    return this.resolver.region(x);
  }

  resolveIndicator(x: unknown): { ok: true; indicator: IndicatorDef } | QueryError {
    return this.resolver.indicator(x);
  }

  resolveBreakdown(ind: IndicatorDef, x: unknown): { ok: true; breakdown: string } | QueryError {
    return this.resolver.breakdown(ind, x);
  }

  /** 2020, "2020", "2020年", " 2020 " (full-width digits too). */
  resolveYear(x: unknown): { ok: true; year: number } | QueryError {
    return resolveYear(x);
  }

  /** O(1) lookup with canonical names. */
  find(regionName: string, indicatorId: string, year: number, breakdown = ''): DataRecord | undefined {
    return this.index.get(key(regionName, indicatorId, year, breakdown))?.record;
  }

  /** The index entry (record and whether it came from user data). */
  entry(regionName: string, indicatorId: string, year: number, breakdown = ''): { record: DataRecord; fromUser: boolean } | undefined {
    return this.index.get(key(regionName, indicatorId, year, breakdown));
  }

  /** Years with data for a region/indicator, any breakdown, ascending. */
  private yearsAny(regionName: string, indicatorId: string): number[] {
    const byBd = this.years.get(`${regionName}|${indicatorId}`);
    return byBd ? [...new Set([...byBd.values()].flat())].sort((a, b) => a - b) : [];
  }

  /** Years with data for a region/indicator/breakdown, ascending. */
  yearsOf(regionName: string, indicatorId: string, breakdown = ''): number[] {
    return this.years.get(`${regionName}|${indicatorId}`)?.get(breakdown) ?? [];
  }

  value(
    region: unknown,
    indicator: unknown,
    year: unknown,
    breakdown?: unknown,
    unit?: unknown,
    opts?: { standardOnly?: boolean },
  ): { ok: true; value: number; unit: string; record: DataRecord; fromUser: boolean } | QueryError {
    try {
      const rr = this.resolver.region(region);
      if (!rr.ok) return rr;
      const ri = this.resolver.indicator(indicator);
      if (!ri.ok) return ri;
      const ind = ri.indicator;
      if (opts && opts.standardOnly && ind.kind !== 'standard') {
        return {
          ok: false,
          code: 'VALUE',
          message: `“${ind.name}”不是保障标准类指标(类型:${kindName(ind.kind)}),请使用 MZ.VALUE 查询`,
        };
      }
      const ry = this.resolveYear(year);
      if (!ry.ok) return ry;
      const rb = breakdown === undefined || breakdown === null || breakdown === '' ? { ok: true as const, breakdown: '' } : this.resolver.breakdown(ind, breakdown);
      if (!rb.ok) return rb;
      let target = ind.unit;
      if (unit !== undefined && unit !== null && unit !== '' && !isBlank(scalar(unit))) {
        const u = scalar(unit);
        if (typeof u !== 'string') return { ok: false, code: 'VALUE', message: `单位应为文本,如“${ind.unit}”;收到“${String(u)}”` };
        target = normaliseUnit(u);
      }
      const e = this.index.get(key(rr.region.name, ind.id, ry.year, rb.breakdown));
      if (!e) return this.missing(rr.region.name, ind, ry.year, rb.breakdown);
      let v: number | null;
      if (target === ind.unit) {
        if (e.canon === undefined) e.canon = convert(e.record.value, e.record.unit, target);
        v = e.canon;
      } else v = convert(e.record.value, e.record.unit, target);
      if (v === null) {
        if (target === ind.unit) {
          // stored unit cannot be expressed in the canonical one: give it as stated
          return { ok: true, value: e.record.value, unit: e.record.unit, record: e.record, fromUser: e.fromUser };
        }
        return {
          ok: false,
          code: 'VALUE',
          message: `无法将“${e.record.unit}”换算为“${target}”;“${ind.name}”可用单位:${unitsLike(ind.unit).join('、')}`,
        };
      }
      return { ok: true, value: v, unit: target, record: e.record, fromUser: e.fromUser };
    } catch (err) {
      return { ok: false, code: 'VALUE', message: `查询出错:${String((err as Error)?.message ?? err)}` };
    }
  }

  private missing(region: string, ind: IndicatorDef, year: number, bd: string): QueryError {
    const byBd = this.years.get(`${region}|${ind.id}`);
    const bdText = bd ? `(${bd})` : '';
    if (!byBd || byBd.size === 0) {
      // a real region without data: say so, and where this indicator has data (never "unknown region")
      const withInd = this.sortRegions([...this.regionSet].filter((r) => this.years.has(`${r}|${ind.id}`)));
      const shown = withInd.slice(0, 8).map((r) => `${r}(${this.yearsAny(r, ind.id).join('、')})`);
      const more = withInd.length > 8 ? ` 等 ${withInd.length} 个` : '';
      const indHint = withInd.length ? `“${ind.name}”有数据的地区:${shown.join('、')}${more}` : `“${ind.name}”没有任何地区的数据`;
      if (!this.regionSet.has(region)) {
        const all = this.regionsWithData();
        const others = withInd.length ? '' : `;有数据的地区:${all.slice(0, 8).join('、')}${all.length > 8 ? ` 等 ${all.length} 个` : ''}`;
        return { ok: false, code: 'NA', message: `${region}没有任何数据;${indHint}${others}` };
      }
      return { ok: false, code: 'NA', message: `${region}没有“${ind.name}”的数据;${indHint}` };
    }
    const ys = byBd.get(bd);
    if (ys && ys.length) {
      return { ok: false, code: 'NA', message: `${region}“${ind.name}”${bdText}没有 ${year} 年的数据;已有年份:${ys.join('、')}` };
    }
    const bds = [...byBd.keys()].filter((b) => (byBd.get(b) ?? []).includes(year));
    if (bds.length) {
      const shown = bds.map((b) => b || '合计');
      const want = bd ? `分类“${bd}”的` : '不分类(合计)的';
      return { ok: false, code: 'NA', message: `${region}“${ind.name}”${year} 年没有${want}数据;已有分类:${shown.join('、')},请在“分类”参数中指定` };
    }
    const all = [...new Set([...byBd.values()].flat())].sort((a, b) => a - b);
    return { ok: false, code: 'NA', message: `${region}“${ind.name}”${bdText}没有 ${year} 年的数据;已有年份:${all.join('、')}(分类:${[...byBd.keys()].map((b) => b || '合计').join('、')})` };
  }

  series(region: unknown, indicator: unknown, breakdown?: unknown): { ok: true; rows: { year: number; value: number; unit: string }[] } | QueryError {
    try {
      const rr = this.resolver.region(region);
      if (!rr.ok) return rr;
      const ri = this.resolver.indicator(indicator);
      if (!ri.ok) return ri;
      const rb = this.resolver.breakdown(ri.indicator, breakdown);
      if (!rb.ok) return rb;
      const ys = this.yearsOf(rr.region.name, ri.indicator.id, rb.breakdown);
      if (!ys.length) return this.noSeries(rr.region.name, ri.indicator, rb.breakdown);
      const rows = ys.map((y) => {
        const rec = this.find(rr.region.name, ri.indicator.id, y, rb.breakdown)!;
        const v = convert(rec.value, rec.unit, ri.indicator.unit);
        return v === null ? { year: y, value: rec.value, unit: rec.unit } : { year: y, value: v, unit: ri.indicator.unit };
      });
      return { ok: true, rows };
    } catch (err) {
      return { ok: false, code: 'VALUE', message: `查询出错:${String((err as Error)?.message ?? err)}` };
    }
  }

  private noSeries(region: string, ind: IndicatorDef, bd: string): QueryError {
    const byBd = this.years.get(`${region}|${ind.id}`);
    if (byBd && byBd.size) {
      const shown = [...byBd.keys()].map((b) => b || '合计');
      return { ok: false, code: 'NA', message: `${region}“${ind.name}”没有${bd ? `分类“${bd}”的` : '不分类(合计)的'}数据;已有分类:${shown.join('、')}` };
    }
    return this.missing(region, ind, NaN, bd);
  }

  table(indicator: unknown, year: unknown, breakdown?: unknown): { ok: true; rows: { region: string; value: number; unit: string }[] } | QueryError {
    try {
      const ri = this.resolver.indicator(indicator);
      if (!ri.ok) return ri;
      const ry = this.resolveYear(year);
      if (!ry.ok) return ry;
      const rb = this.resolver.breakdown(ri.indicator, breakdown);
      if (!rb.ok) return rb;
      const ind = ri.indicator;
      const rs = this.regionsFor.get(`${ind.id}|${ry.year}|${rb.breakdown}`);
      if (!rs || rs.size === 0) {
        const ys = new Set<number>();
        for (const k of this.regionsFor.keys()) {
          const [id, y, b] = k.split('|');
          if (id === ind.id && b === rb.breakdown) ys.add(Number(y));
        }
        const bdText = rb.breakdown ? `(${rb.breakdown})` : '';
        const list = [...ys].sort((a, b) => a - b);
        return {
          ok: false,
          code: 'NA',
          message: list.length
            ? `“${ind.name}”${bdText}没有 ${ry.year} 年的数据;已有年份:${list.join('、')}`
            : `“${ind.name}”${bdText}没有任何数据`,
        };
      }
      const rows = this.sortRegions([...rs]).map((region) => {
        const rec = this.find(region, ind.id, ry.year, rb.breakdown)!;
        const v = convert(rec.value, rec.unit, ind.unit);
        return v === null ? { region, value: rec.value, unit: rec.unit } : { region, value: v, unit: ind.unit };
      });
      return { ok: true, rows };
    } catch (err) {
      return { ok: false, code: 'VALUE', message: `查询出错:${String((err as Error)?.message ?? err)}` };
    }
  }

  /** Canonical names of regions with at least one value, in catalogue order. */
  regionsWithData(): string[] {
    return this.sortRegions([...this.regionSet]);
  }

  /** Indicators of the catalogue, optionally of one category (name or alias of the category). */
  indicators(category?: unknown): IndicatorDef[] {
    const c = scalar(category);
    if (isBlank(c) || typeof c !== 'string') return [...this.catalogue.indicators];
    const k = normaliseText(c);
    return this.catalogue.indicators.filter((i) => i.category === k);
  }

  private sortRegions(names: string[]): string[] {
    const o = this.resolver.regionOrder;
    return names.sort((a, b) => (o.get(a) ?? 1e9) - (o.get(b) ?? 1e9) || a.localeCompare(b));
  }
}

export function kindName(kind: string): string {
  return ({ standard: '标准', count: '数量', amount: '金额', rate: '比率' } as Record<string, string>)[kind] ?? kind;
}
