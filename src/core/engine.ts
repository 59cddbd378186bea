// MzEngine: the indicator dataset indexed for constant-time lookups, plus the query API used by the
// custom functions, the CLI and the task pane. Never throws on user input: every problem is a
// QueryError with a Chinese message.
//
// Index key: `region|indicatorId|year|breakdown` (canonical names) → one entry per period of that year.
// A user record (addRecords) replaces a bundled one of the same key AND period; among records of the
// same origin and period, the first one stays. Which entry answers a question (period.ts):
//  - a bare year: the full-year figure. A stock falls back to the latest period of the year (the
//    result's record says which); a flow has no full-year figure unless one was stated.
//  - a period: a stock holding at the same month end (the exact span preferred); a flow of the exact span.
import { Catalogue, DataRecord, IndicatorDef, RegionDef } from './types';
import { parseDatasetCsv, CsvProblem } from './datasetCsv';
import { loadCatalogue } from './catalogue';
import { Resolver, RegionCandidate, resolverFor, scalar, isBlank } from './resolver';
import { convert, normaliseUnit, unitsLike } from './units';
import { normaliseText } from './text';
import {
  FULL_YEAR,
  PeriodKind,
  PeriodSpan,
  comparePeriods,
  isFullYear,
  matchScore,
  parsePeriodCell,
  parsePeriodLabel,
  parseYearPeriod,
  periodLabel,
  periodText,
  yearPeriodArg,
} from './period';

/** `candidates`: the regions an ambiguous region name could mean (see Resolver.region). */
export type QueryError = { ok: false; code: 'NA' | 'VALUE'; message: string; candidates?: RegionCandidate[] };

interface Entry {
  record: DataRecord;
  fromUser: boolean;
  span: PeriodSpan;
  /** The value in the indicator's canonical unit, computed on first use (null: not convertible). */
  canon?: number | null;
}

export interface RejectedRecord {
  record: DataRecord;
  message: string;
}

/** A successful lookup: the value in the asked unit and the record it came from. */
export interface ValueResult {
  ok: true;
  value: number;
  unit: string;
  record: DataRecord;
  fromUser: boolean;
  /** canonical label of the record's period */
  period: string;
  /** set when the record is not of the period asked (a stock's latest period for a bare year), zh */
  periodNote?: string;
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

function addYear(m: Map<string, Set<number>>, region: string, year: number): void {
  const s = m.get(region);
  if (s) s.add(year);
  else m.set(region, new Set([year]));
}

const kindOf = (ind: IndicatorDef | undefined): PeriodKind => (ind && ind.flow === 'flow' ? 'flow' : 'stock');

/** A wanted period: a span, a label ('' = 全年), or undefined / null for a bare year. */
export type PeriodArg = PeriodSpan | string | null | undefined;

function toSpan(p: PeriodArg): PeriodSpan | null | undefined {
  if (p === undefined || p === null) return null;
  if (typeof p === 'string') return p === '' || p === '全年' ? FULL_YEAR : parsePeriodLabel(p) ?? undefined;
  return p;
}

/** The entries of one key (one per period); `bare` caches the answer to a bare year (null: none). */
interface Slot {
  entries: Entry[];
  bare: Entry | null | undefined;
}

/**
 * The entry answering a question (see the header). `want` null = a bare year. Entries are few (one per
 * period stated for that year), so this is a short loop; the bare-year answer is cached on the slot.
 */
function pick(slot: Slot, kind: PeriodKind, want: PeriodSpan | null): Entry | undefined {
  if (want === null) {
    let b = slot.bare;
    if (b === undefined) b = slot.bare = pickUncached(slot.entries, kind, null) ?? null;
    return b ?? undefined;
  }
  return pickUncached(slot.entries, kind, want);
}

function pickUncached(list: Entry[], kind: PeriodKind, want: PeriodSpan | null): Entry | undefined {
  if (list.length === 1 && want === null) {
    const e = list[0];
    if (e.span.start === 1 && e.span.end === 12) return e;
    return kind === 'stock' ? e : undefined;
  }
  let best: Entry | undefined;
  let bestScore = -1;
  if (want === null) {
    // the full year; a stock: then any span ending in December, then the latest period
    for (const e of list) {
      const sc = isFullYear(e.span) ? 1000 : kind === 'flow' ? -1 : e.span.end * 20 + (13 - e.span.start);
      if (sc > bestScore) {
        best = e;
        bestScore = sc;
      }
    }
    return best;
  }
  for (const e of list) {
    const sc = matchScore(e.span, want, kind);
    if (sc > bestScore) {
      best = e;
      bestScore = sc;
    }
  }
  return best;
}

/** A stock asked for by a bare year, answered by an earlier period's figure. */
function bareYearNote(year: number, span: PeriodSpan): string {
  return `${year}年没有全年数据,取${periodText(year, span, 'label')}(截至${span.end}月底)的数值`;
}

/** A stock asked for by a period, answered by another span ending at the same month. */
function otherSpanNote(year: number, span: PeriodSpan): string {
  return `取${periodText(year, span, 'label')}的数值(时点指标,期末相同)`;
}

export class MzEngine {
  readonly catalogue: Catalogue;
  readonly records: DataRecord[] = [];
  /** Records that could not be resolved against the catalogue (unknown region/indicator/breakdown/period). */
  readonly rejected: RejectedRecord[] = [];
  /** Problems found while parsing CSV text given to fromCsv. */
  loadProblems: CsvProblem[] = [];
  readonly resolver: Resolver;
  private index = new Map<string, Slot>();
  // region|indicatorId → breakdown → sorted years
  private years = new Map<string, Map<string, number[]>>();
  // indicatorId|year|breakdown → regions
  private regionsFor = new Map<string, Set<string>>();
  private regionSet = new Set<string>();
  /** years with figures, and years with figures of a part of the year, by region (no key string per ask) */
  private regionYears = new Map<string, Set<number>>();
  private partYears = new Map<string, Set<number>>();

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

  /** Adds user records on top; they win over bundled ones for the same key and period. */
  addRecords(records: DataRecord[], source: string): { added: number; overridden: number; rejected: number } {
    return this.ingest(records, true, source);
  }

  private ingest(records: DataRecord[], fromUser: boolean, source: string) {
    let added = 0;
    let overridden = 0;
    let rejected = 0;
    for (const raw of records) {
      const c = this.canonical(raw, source);
      if ('message' in c) {
        this.rejected.push(c);
        rejected++;
        continue;
      }
      const { record: r, span } = c;
      this.records.push(r);
      addYear(this.regionYears, r.region, r.year);
      if (!isFullYear(span)) addYear(this.partYears, r.region, r.year);
      added++;
      const k = key(r.region, r.indicatorId, r.year, r.breakdown);
      const entry: Entry = { record: r, fromUser, span };
      const slot = this.index.get(k);
      if (!slot) {
        this.index.set(k, { entries: [entry], bare: undefined });
        this.note(r);
        continue;
      }
      const list = slot.entries;
      const i = list.findIndex((e) => e.span.start === span.start && e.span.end === span.end);
      if (i < 0) list.push(entry);
      else if (fromUser && !list[i].fromUser) {
        list[i] = entry;
        overridden++;
      }
      slot.bare = undefined;
    }
    return { added, overridden, rejected };
  }

  private canonical(raw: DataRecord, source: string): { record: DataRecord; span: PeriodSpan } | RejectedRecord {
    if (!raw || typeof raw !== 'object') return { record: raw, message: '记录无效' };
    const reg = this.resolver.region(raw.region);
    if (!reg.ok) return { record: raw, message: reg.message };
    const known = raw.indicatorId && this.resolver.indicatorById.has(raw.indicatorId);
    const bd = this.resolver.indicatorWithBreakdown(known ? raw.indicatorId : raw.indicator || raw.indicatorId, raw.breakdown, raw.year);
    if (!bd.ok) return { record: raw, message: bd.message };
    const ind = bd.indicator;
    if (typeof raw.value !== 'number' || !Number.isFinite(raw.value)) return { record: raw, message: '数值不是数字' };
    if (!Number.isInteger(raw.year)) return { record: raw, message: '年份无效' };
    let span: PeriodSpan;
    if (!raw.period || raw.period === '全年') span = FULL_YEAR;
    else {
      const ps = parsePeriodCell(String(raw.period), raw.year);
      if (!ps.ok) return { record: raw, message: ps.message };
      span = ps.span;
    }
    const unit = normaliseUnit(raw.unit || ind.unit);
    const record: DataRecord = {
      ...raw,
      region: reg.region.name,
      indicatorId: ind.id,
      indicator: ind.name,
      breakdown: bd.breakdown,
      unit,
      period: span === FULL_YEAR ? '全年' : periodLabel(span),
      qualifier: raw.qualifier || 'exact',
      source: raw.source || source,
      offset: typeof raw.offset === 'number' ? raw.offset : -1,
      quote: raw.quote ?? '',
    };
    return { record, span };
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
    return this.resolver.indicatorRef(x);
  }

  resolveBreakdown(ind: IndicatorDef, x: unknown): { ok: true; breakdown: string } | QueryError {
    return this.resolver.breakdown(ind, x);
  }

  /** 2020, "2020", "2020年", " 2020 " (full-width digits too): a plain year, no period. */
  resolveYear(x: unknown): { ok: true; year: number } | QueryError {
    return resolveYear(x);
  }

  /** A year with an optional period: 2021, "2021上半年", "2022Q3", "2022年9月" … (span null = bare year). */
  resolveYearPeriod(x: unknown): { ok: true; year: number; span: PeriodSpan | null } | QueryError {
    return parseYearPeriod(x);
  }

  private pickEntry(regionName: string, indicatorId: string, year: number, breakdown: string, period: PeriodArg): Entry | undefined {
    if (!this.regionSet.has(regionName)) return undefined; // no key built for a region without data
    const slot = this.index.get(key(regionName, indicatorId, year, breakdown));
    if (!slot) return undefined;
    const want = toSpan(period);
    if (want === undefined) return undefined;
    return pick(slot, kindOf(this.resolver.indicatorById.get(indicatorId)), want);
  }

  /**
   * Lookup with canonical names. Without a period: the full-year figure (a stock's latest period when
   * the year has none); with one: the stock holding at that month end, the flow of that exact span.
   */
  find(regionName: string, indicatorId: string, year: number, breakdown = '', period?: PeriodArg): DataRecord | undefined {
    return this.pickEntry(regionName, indicatorId, year, breakdown, period)?.record;
  }

  /** The index entry (record and whether it came from user data); same rules as find. */
  entry(regionName: string, indicatorId: string, year: number, breakdown = '', period?: PeriodArg): { record: DataRecord; fromUser: boolean } | undefined {
    return this.pickEntry(regionName, indicatorId, year, breakdown, period);
  }

  /** Whether the dataset holds any figure of this region and year. */
  hasYear(regionName: string, year: number): boolean {
    return this.regionYears.get(regionName)?.has(year) ?? false;
  }

  /** Whether the dataset holds any figure of this region and year for a part of the year. */
  hasPartYear(regionName: string, year: number): boolean {
    return this.partYears.get(regionName)?.has(year) ?? false;
  }

  /** Every record of a key (one per period), ordered by period. */
  recordsOf(regionName: string, indicatorId: string, year: number, breakdown = ''): DataRecord[] {
    const slot = this.index.get(key(regionName, indicatorId, year, breakdown));
    if (!slot) return [];
    return slot.entries
      .slice()
      .sort((a, b) => comparePeriods(a.span, b.span))
      .map((e) => e.record);
  }

  /** Canonical labels of the periods with data for a key, ordered (全年 last among those ending in 12). */
  periodsOf(regionName: string, indicatorId: string, year: number, breakdown = ''): string[] {
    return this.recordsOf(regionName, indicatorId, year, breakdown).map((r) => r.period);
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
  ): ValueResult | QueryError {
    try {
      const rr = this.resolver.region(region);
      if (!rr.ok) return rr;
      const rb = this.resolver.indicatorWithBreakdown(indicator, breakdown, year);
      if (!rb.ok) return rb;
      const ind = rb.indicator;
      if (opts && opts.standardOnly && ind.kind !== 'standard') {
        return {
          ok: false,
          code: 'VALUE',
          message: `“${ind.name}”不是保障标准类指标(类型:${kindName(ind.kind)}),请使用 MZ.VALUE 查询`,
        };
      }
      const ry = parseYearPeriod(year);
      if (!ry.ok) return ry;
      let target = ind.unit;
      if (unit !== undefined && unit !== null && unit !== '' && !isBlank(scalar(unit))) {
        const u = scalar(unit);
        if (typeof u !== 'string') return { ok: false, code: 'VALUE', message: `单位应为文本,如“${ind.unit}”;收到“${String(u)}”` };
        target = normaliseUnit(u);
      }
      const slot = this.index.get(key(rr.region.name, ind.id, ry.year, rb.breakdown));
      if (!slot) return this.missing(rr.region.name, ind, ry.year, rb.breakdown);
      const kind = kindOf(ind);
      const e = pick(slot, kind, ry.span);
      if (!e) return this.noPeriod(rr.region.name, ind, ry.year, rb.breakdown, ry.span, slot.entries);
      const period = e.record.period;
      const periodNote =
        ry.span === null ? (e.span.end === 12 ? undefined : bareYearNote(ry.year, e.span)) : e.span.start === ry.span.start && e.span.end === ry.span.end ? undefined : otherSpanNote(ry.year, e.span);
      let v: number | null;
      if (target === ind.unit) {
        if (e.canon === undefined) e.canon = convert(e.record.value, e.record.unit, target);
        v = e.canon;
      } else v = convert(e.record.value, e.record.unit, target);
      if (v === null) {
        if (target === ind.unit) {
          // stored unit cannot be expressed in the canonical one: give it as stated
          return { ok: true, value: e.record.value, unit: e.record.unit, record: e.record, fromUser: e.fromUser, period, periodNote };
        }
        return {
          ok: false,
          code: 'VALUE',
          message: `无法将“${e.record.unit}”换算为“${target}”;“${ind.name}”可用单位:${unitsLike(ind.unit).join('、')}`,
        };
      }
      return { ok: true, value: v, unit: target, record: e.record, fromUser: e.fromUser, period, periodNote };
    } catch (err) {
      return { ok: false, code: 'VALUE', message: `查询出错:${String((err as Error)?.message ?? err)}` };
    }
  }

  /** NA for a key that has data for the year, but not for the period asked. */
  private noPeriod(region: string, ind: IndicatorDef, year: number, bd: string, want: PeriodSpan | null, list: Entry[]): QueryError {
    const labels = list
      .map((e) => e.span)
      .sort(comparePeriods)
      .map((s) => periodLabel(s));
    const bdText = bd ? `(${bd})` : '';
    if (want === null) {
      // only a flow gets here: a part of the year is never presented as the year's total
      const ask = labels.map((l) => `“${yearPeriodArg(year, l)}”`).join('或');
      return { ok: false, code: 'NA', message: `${region}“${ind.name}”${bdText}${year}年只有${labels.join('、')}数据,请写${ask}` };
    }
    const why = kindOf(ind) === 'flow' ? '(累计数只取同一期别)' : '(时点指标按期末月份匹配)';
    return {
      ok: false,
      code: 'NA',
      message: `${region}“${ind.name}”${bdText}没有${periodText(year, want, 'label')}的数据${why};${year}年已有:${labels.join('、')}`,
    };
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
    const bds = [...byBd.keys()].filter((b) => (byBd.get(b) ?? []).includes(year));
    if (ys && ys.length) {
      // e.g. only per area group (五区、三县) this year
      const other = bds.length ? `;${year} 年有分类:${bds.map((b) => b || '合计').join('、')}` : '';
      return { ok: false, code: 'NA', message: `${region}“${ind.name}”${bdText}没有 ${year} 年的数据;已有年份:${ys.join('、')}${other}` };
    }
    if (bds.length) {
      const shown = bds.map((b) => b || '合计');
      const want = bd ? `分类“${bd}”的` : '不分类(合计)的';
      return { ok: false, code: 'NA', message: `${region}“${ind.name}”${year} 年没有${want}数据;已有分类:${shown.join('、')},请在“分类”参数中指定` };
    }
    const all = [...new Set([...byBd.values()].flat())].sort((a, b) => a - b);
    return { ok: false, code: 'NA', message: `${region}“${ind.name}”${bdText}没有 ${year} 年的数据;已有年份:${all.join('、')}(分类:${[...byBd.keys()].map((b) => b || '合计').join('、')})` };
  }

  /** Every (year, period) of a region's indicator, ascending, in the canonical unit. */
  series(
    region: unknown,
    indicator: unknown,
    breakdown?: unknown,
  ): { ok: true; rows: { year: number; period: string; value: number; unit: string }[] } | QueryError {
    try {
      const rr = this.resolver.region(region);
      if (!rr.ok) return rr;
      const ri = this.resolver.indicatorWithBreakdown(indicator, breakdown);
      if (!ri.ok) return ri;
      const rb = ri;
      const ys = this.yearsOf(rr.region.name, ri.indicator.id, rb.breakdown);
      if (!ys.length) return this.noSeries(rr.region.name, ri.indicator, rb.breakdown);
      const rows: { year: number; period: string; value: number; unit: string }[] = [];
      for (const y of ys) {
        for (const rec of this.recordsOf(rr.region.name, ri.indicator.id, y, rb.breakdown)) {
          const v = convert(rec.value, rec.unit, ri.indicator.unit);
          rows.push(v === null ? { year: y, period: rec.period, value: rec.value, unit: rec.unit } : { year: y, period: rec.period, value: v, unit: ri.indicator.unit });
        }
      }
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

  /** An indicator in a year (or period) for every region with a figure, in catalogue order. */
  table(
    indicator: unknown,
    year: unknown,
    breakdown?: unknown,
  ): { ok: true; rows: { region: string; period: string; value: number; unit: string }[] } | QueryError {
    try {
      const ri = this.resolver.indicatorWithBreakdown(indicator, breakdown, year);
      if (!ri.ok) return ri;
      const ry = parseYearPeriod(year);
      if (!ry.ok) return ry;
      const rb = ri;
      const ind = ri.indicator;
      const bdText = rb.breakdown ? `(${rb.breakdown})` : '';
      const rs = this.regionsFor.get(`${ind.id}|${ry.year}|${rb.breakdown}`);
      if (!rs || rs.size === 0) {
        const ys = new Set<number>();
        for (const k of this.regionsFor.keys()) {
          const [id, y, b] = k.split('|');
          if (id === ind.id && b === rb.breakdown) ys.add(Number(y));
        }
        const list = [...ys].sort((a, b) => a - b);
        return {
          ok: false,
          code: 'NA',
          message: list.length
            ? `“${ind.name}”${bdText}没有 ${ry.year} 年的数据;已有年份:${list.join('、')}`
            : `“${ind.name}”${bdText}没有任何数据`,
        };
      }
      const kind = kindOf(ind);
      const rows: { region: string; period: string; value: number; unit: string }[] = [];
      const others = new Set<string>();
      for (const region of this.sortRegions([...rs])) {
        const slot = this.index.get(key(region, ind.id, ry.year, rb.breakdown))!;
        const e = pick(slot, kind, ry.span);
        if (!e) {
          for (const x of slot.entries) others.add(periodLabel(x.span));
          continue;
        }
        const rec = e.record;
        const v = convert(rec.value, rec.unit, ind.unit);
        rows.push(v === null ? { region, period: rec.period, value: rec.value, unit: rec.unit } : { region, period: rec.period, value: v, unit: ind.unit });
      }
      if (!rows.length) {
        const labels = [...others].map((l) => parsePeriodLabel(l)!).sort(comparePeriods).map(periodLabel);
        const asked = ry.span === null ? `${ry.year}年全年` : periodText(ry.year, ry.span, 'label');
        return { ok: false, code: 'NA', message: `“${ind.name}”${bdText}没有${asked}的数据;${ry.year}年已有:${labels.join('、')}` };
      }
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
