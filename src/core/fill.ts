// Fill engine: (templates, dataset, regions, year) → sheets (values, live formulas with their computed
// values, formats, merges, widths) and a binding per bound cell. Pure: no I/O.
//
// Layouts:
//  - blocks (1–5 regions): 指标名称 | 计量单位 | 代码 | per region: 本年 | 上年 | 增减(%); plus a city total
//    block when two or more districts of one city are filled and the city itself is not.
//  - list (6+ regions, scales to thousands): one row per region, one column per indicator row (本年 only).
import { MzEngine } from './engine';
import { convert } from './units';
import { Binding, CellBlock, CellStyle, CellValue, SheetSpec, a1 } from './workbook';
import { DataRecord, IndicatorDef, RegionDef } from './types';
import { ResolvedRow, TableTemplate, TemplateSet, resolveRows } from './tables';
import { FULL_YEAR, PeriodSpan, isFullYear, isSpan, parsePeriodLabel, periodLabel, periodText } from './period';
import { resolverFor } from './resolver';

/**
 * What the fill needs of the engine (MzEngine satisfies it; tests and benches may pass a lighter one).
 * `periodsOf` (optional) names the periods a figure has when none matches the fill's, for the summary.
 */
export type FillEngine = Pick<MzEngine, 'find' | 'catalogue'> & Partial<Pick<MzEngine, 'periodsOf'>>;

export type FillLayout = 'blocks' | 'list';

export interface FillOptions {
  templates: TemplateSet;
  engine: FillEngine;
  regions: string[]; // canonical region names
  year: number;
  /** the report period inside the year: a span or a label (全年, 上半年, Q3, 1-9月, 9月 …); default 全年 */
  period?: PeriodSpan | string;
  tables?: string[]; // sheet names or table ids; all when omitted
  layout?: FillLayout; // default: blocks for ≤ BLOCK_LAYOUT_MAX regions, else list
}

export interface MissingValue {
  sheet: string;
  address: string;
  indicator: string; // indicator id
  region: string;
  breakdown: string;
  /** why the cell stays blank when the dataset has the figure for other periods only (zh) */
  reason?: string;
}

/** A figure the dataset has, but not for the fill's period (left blank). */
export interface PeriodMismatch {
  region: string;
  indicator: string; // indicator id
  breakdown: string;
  /** canonical labels of the periods the dataset has for that year */
  have: string[];
  /** zh: 河口区“社会救助资金”只有 2021年上半年 数据,报告期为 2021年全年,未填写 */
  message: string;
}

export interface FillResult {
  sheets: SheetSpec[];
  bindings: Binding[];
  layout: FillLayout;
  /** canonical label of the report period, e.g. 全年, 上半年, 1-9月 */
  period: string;
  summary: { filled: number; missing: MissingValue[]; notes: string[]; periodMismatch: PeriodMismatch[] };
}

/** The header mark of MZ's thematic sheets (A2) and its explanation. */
export const REFERENCE_MARK = '参照表';
export const REFERENCE_NOTE = '本表由 MZ 按专题整理,供核对参考,不是统计调查制度规定的报表;正式报送请用民政统计季报表或月报表(mz fill --form)。';

/** How many mismatch lines the summary notes list before "等 N 项". */
const MISMATCH_NOTES_MAX = 12;

/** The fill's period as a span; throws a Chinese message for an unknown label. */
export function fillPeriod(p: PeriodSpan | string | undefined): PeriodSpan {
  if (p === undefined || p === '' || p === '全年') return FULL_YEAR;
  if (typeof p !== 'string') {
    if (!isSpan(p)) throw new Error(`期别 ${p.start}-${p.end}月 无效:月份应在 1–12 之间且起月不晚于止月`);
    return p;
  }
  const s = parsePeriodLabel(p);
  if (!s) throw new Error(`期别“${p}”无法识别;可写 全年、上半年、下半年、Q1…Q4、前三季度(1-9月)、9月`);
  return s;
}

export const BLOCK_LAYOUT_MAX = 5;
/** First data row (0-based) of the blocks layout: row 6 in A1 terms. */
export const BLOCK_FIRST_ROW = 5;
/** First data row (0-based) of the list layout: row 7 in A1 terms. */
export const LIST_FIRST_ROW = 6;

class Grid {
  // parallel row arrays (fewer objects than one per cell)
  vals: CellValue[][] = [];
  forms: (string | null)[][] = [];
  fmts: (string | null)[][] = [];
  width = 0;
  styles: { range: string; style: CellStyle }[] = [];
  merges: string[] = [];
  set(r: number, c: number, v: CellValue, f: string | null = null, fmt: string | null = null): void {
    while (this.vals.length <= r) {
      this.vals.push([]);
      this.forms.push([]);
      this.fmts.push([]);
    }
    this.vals[r][c] = v;
    this.forms[r][c] = f;
    this.fmts[r][c] = fmt;
    if (c + 1 > this.width) this.width = c + 1;
  }
  value(r: number, c: number): CellValue | undefined {
    return this.vals[r]?.[c];
  }
  style(range: string, style: CellStyle): void {
    this.styles.push({ range, style });
  }
  toBlock(): CellBlock {
    const w = this.width;
    const pad = <T>(rows: (T | null | undefined)[][]) =>
      rows.map((row) => {
        const out = new Array<T | null>(w);
        for (let c = 0; c < w; c++) out[c] = row[c] ?? null;
        return out;
      });
    return { topLeft: 'A1', values: pad(this.vals), formulas: pad(this.forms), numFmts: pad(this.fmts) };
  }
}

/** Excel's ROUND: half away from zero. */
export function roundTo(x: number, digits: number): number {
  const p = 10 ** digits;
  const y = Math.round(Math.abs(x) * p + 1e-9) / p;
  return x < 0 ? -y : y;
}

/** A value in a row's unit, rounded to the stated precision: amounts 1 decimal, counts integers. */
function tidy(v: number, ind: IndicatorDef | undefined): number {
  if (!ind) return v;
  if (ind.kind === 'amount') return roundTo(v, 1);
  if (ind.kind === 'count') return Math.round(v);
  return roundTo(v, 2);
}

function numFmtFor(ind: IndicatorDef | undefined, v: number | null): string {
  if (!ind) return 'General';
  if (ind.kind === 'amount' || ind.kind === 'rate') return '0.0';
  if (ind.kind === 'count') return '0';
  return v !== null && !Number.isInteger(v) ? '0.00' : '0';
}

const additive = (ind: IndicatorDef | undefined) => !!ind && (ind.kind === 'count' || ind.kind === 'amount');

/** Quotes a sheet name for a formula: 'Sheet'!A1 (single quotes doubled). */
export function sheetRef(sheet: string, address: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${address}`;
}

const pctFormula = (cur: string, prev: string) =>
  `IF(OR(${cur}="",${prev}="",${prev}=0),"",ROUND((${cur}-${prev})/${prev}*100,1))`;

function pctValue(cur: number | null, prev: number | null): number | null {
  if (cur === null || prev === null || prev === 0) return null;
  return roundTo(((cur - prev) / prev) * 100, 1);
}

interface SourceNote {
  source: string;
  quote: string;
}

/** Per-sheet bookkeeping while filling. */
class SheetState {
  grid = new Grid();
  sources = new Map<string, SourceNote & { count: number }>();
  notes: string[] = [];
  /** figures left blank because the dataset has them for other periods only */
  periodNotes = new Set<string>();
  /** row id → index in rows */
  rowIdx: Map<string, number>;
  /** row id → column (list layout) */
  colOf = new Map<string, number>();
  constructor(readonly table: TableTemplate, readonly rows: ResolvedRow[]) {
    this.rowIdx = new Map(rows.map((rr, i) => [rr.row.id, i]));
  }
  /** Address and numeric value of a cell (null when blank or not a number). */
  at(r: number, c: number): { address: string; value: number | null } {
    const v = this.grid.value(r, c);
    return { address: a1(r, c), value: typeof v === 'number' ? v : null };
  }
  addSource(rec: DataRecord): void {
    const k = rec.source + '\u0000' + rec.quote;
    const s = this.sources.get(k);
    if (s) s.count++;
    else this.sources.set(k, { source: rec.source, quote: rec.quote, count: 1 });
  }
}

/** One column of values: a region (or a city total) in a year. */
interface Slot {
  region: string;
  year: number;
  column: 'current' | 'previous';
  /** for a city total: the slots of its districts (same year/column) */
  parts?: { key: string; col: number }[];
  key: string; // identifies the slot across sheets (same layout → same address)
}

export function fillTables(opts: FillOptions): FillResult {
  const { templates, engine, year } = opts;
  const span = fillPeriod(opts.period);
  const label = periodLabel(span);
  const catalogue = engine.catalogue;
  const regions = opts.regions.slice();
  const layout: FillLayout = opts.layout ?? (regions.length <= BLOCK_LAYOUT_MAX ? 'blocks' : 'list');
  const wanted = opts.tables?.map((t) => t.trim()).filter(Boolean);
  const tables = templates.tables.filter((t) => !wanted || wanted.includes(t.sheet) || wanted.includes(t.id));
  if (wanted) {
    const unknown = wanted.filter((w) => !templates.tables.some((t) => t.sheet === w || t.id === w));
    if (unknown.length) {
      throw new Error(
        `未知的表:${unknown.join('、')}。可用的表:${templates.tables.map((t) => t.sheet).join('、')}`,
      );
    }
  }
  const regionDefs: ReadonlyMap<string, RegionDef> = resolverFor(catalogue).regionByName;
  const bindings: Binding[] = [];
  const missing: MissingValue[] = [];
  const notes: string[] = [];
  const mismatches = new Map<string, PeriodMismatch>();
  let filled = 0;

  // City totals (blocks layout): a city with ≥ 2 filled districts and not itself filled.
  const cityTotals: { city: string; districts: string[]; complete: boolean }[] = [];
  if (layout === 'blocks') {
    const byParent = new Map<string, string[]>();
    for (const r of regions) {
      const def = regionDefs.get(r);
      if (def && (def.level === 'district' || def.level === 'county') && def.parent) {
        byParent.set(def.parent, [...(byParent.get(def.parent) ?? []), r]);
      }
    }
    for (const [city, ds] of byParent) {
      if (ds.length < 2 || regions.includes(city)) continue;
      // 功能区 (开发区, 高新区) are statistical units inside the city, not divisions: not required
      const children = resolverFor(catalogue).children(city).filter((r) => r.level === 'district' || r.level === 'county');
      const all = children.filter((r) => !r.zone);
      const complete = all.length > 0 && all.every((r) => ds.includes(r.name));
      cityTotals.push({ city, districts: ds, complete });
      if (!complete) {
        notes.push(
          `${city}合计栏:所辖区县未全部列入(已列入 ${ds.filter((d) => all.some((r) => r.name === d)).length}/${all.length} 个),合计不按区县加总,只填数据集中${city}本级的数值。`,
        );
      } else {
        const zones = children.filter((r) => r.zone && !ds.includes(r.name)).map((r) => r.name);
        if (zones.length) notes.push(`${city}合计栏为所列区县之和,不含未列入的功能区:${zones.join('、')}。`);
      }
    }
  }

  const states = new Map<string, SheetState>();
  // Tables referring to others (汇总) are computed last so that their sources exist.
  const order = [...tables].sort((a, b) => Number(a.rows.some((r) => r.ref)) - Number(b.rows.some((r) => r.ref)));
  for (const t of order) {
    const st = new SheetState(t, resolveRows(t, templates, catalogue));
    states.set(t.id, st);
    const ctx: Ctx = { engine, st, states, bindings, missing, mismatches, span, label, onFilled: () => filled++ };
    if (layout === 'blocks') fillBlocks(ctx, regions, year, cityTotals);
    else fillList(ctx, regions, year);
  }

  const sheets = tables.map((t) => {
    const st = states.get(t.id)!;
    return {
      name: t.sheet,
      blocks: [st.grid.toBlock()],
      merges: st.grid.merges,
      colWidths: st.grid.width ? colWidths(layout, st) : [],
      styles: st.grid.styles,
      print: { landscape: true, fitToWidth: true },
    } as SheetSpec;
  });
  notes.push(`本年栏缺 ${missing.length} 个数值(空白,不填零)。`);
  const mm = [...mismatches.values()];
  for (const m of mm.slice(0, MISMATCH_NOTES_MAX)) notes.push(m.message);
  if (mm.length > MISMATCH_NOTES_MAX) {
    notes.push(`另有 ${mm.length - MISMATCH_NOTES_MAX} 个数值同样只有其他期别的数据,未填写(报告期为 ${periodText(year, span, 'label')})。`);
  }
  if (layout === 'blocks') {
    notes.push(
      isFullYear(span)
        ? `上年栏:数据集中有 ${year - 1} 年数值的填入,其余空白。`
        : `上年栏:数据集中有 ${periodText(year - 1, span, 'label')} 数值的填入,其余空白。`,
    );
  }
  return { sheets, bindings, layout, period: label, summary: { filled, missing, notes, periodMismatch: mm } };
}

interface Ctx {
  engine: FillEngine;
  st: SheetState;
  states: Map<string, SheetState>;
  bindings: Binding[];
  missing: MissingValue[];
  mismatches: Map<string, PeriodMismatch>;
  /** the report period */
  span: PeriodSpan;
  label: string;
  onFilled: () => void;
}

function colWidths(layout: FillLayout, st: SheetState): number[] {
  const w: number[] = [];
  if (layout === 'blocks') {
    w.push(34, 10, 14);
    for (let c = 3; c < st.grid.width; c++) w.push((c - 3) % 3 === 2 ? 9 : 12);
  } else {
    w.push(22);
    for (let c = 1; c < st.grid.width; c++) w.push(14);
  }
  return w;
}

/** 参照表 header: MZ's own thematic sheets are reference sheets, without 表号, 制表机关 or 批准机关. */
function headerBlock(g: Grid, t: TableTemplate, year: number, span: PeriodSpan, unitName: string, lastCol: number) {
  const period = periodText(year, span);
  g.set(0, 0, t.title);
  g.merges.push(`A1:${a1(0, lastCol)}`);
  g.style(`A1:${a1(0, lastCol)}`, 'title');
  g.set(1, 0, REFERENCE_MARK);
  g.set(2, 0, `填报单位:${unitName}`);
  if (lastCol >= 3) {
    g.set(1, 1, REFERENCE_NOTE);
    g.merges.push(`B2:${a1(1, lastCol)}`);
    g.set(2, 1, `报告期:${period}`);
    g.merges.push('B3:C3');
    g.set(2, 3, '金额单位:万元');
    g.merges.push(`D3:${a1(2, lastCol)}`);
  } else {
    g.set(1, 1, REFERENCE_NOTE);
    g.set(2, 1, `报告期:${period}`);
  }
  g.style(`A2:${a1(2, lastCol)}`, 'note');
}

/**
 * Value of a bound cell from the dataset for the fill's period (a stock holding at the period's end
 * month, a flow of the exact span), converted and rounded; records the source.
 */
function lookup(
  ctx: Ctx,
  rr: ResolvedRow,
  region: string,
  year: number,
): { value: number | null; rec?: DataRecord; problem?: string } {
  const ind = rr.indicator;
  if (!ind) return { value: null };
  const rec = ctx.engine.find(region, ind.id, year, rr.breakdown, ctx.span);
  if (!rec) return { value: null };
  const v = rec.unit === rr.unit ? rec.value : convert(rec.value, rec.unit, rr.unit);
  if (v === null) return { value: null, rec, problem: `${region} ${ind.name}:单位“${rec.unit}”无法换算为“${rr.unit}”` };
  return { value: tidy(v, ind), rec };
}

/**
 * Fills one cell for (row, slot) at (r, c). `partCell(rowIndex)` gives the address and value of a part
 * row in the same slot; `districtCells` gives the same row in the district slots for a city total.
 */
function fillCell(
  ctx: Ctx,
  i: number,
  r: number,
  c: number,
  slot: Slot,
  partCell: (rowId: string) => { address: string; value: number | null } | undefined,
  refCell: (rr: ResolvedRow) => { address: string; value: number | null } | undefined,
  districtCells?: () => { address: string; value: number | null }[] | undefined,
): number | null {
  const { st } = ctx;
  const rr = st.rows[i];
  const g = st.grid;
  const ind = rr.indicator;
  if (rr.row.section || !ind) return null;
  const address = a1(r, c);
  const bind = () =>
    ctx.bindings.push({
      sheet: st.table.sheet,
      address,
      indicatorId: ind.id,
      region: slot.region,
      year: slot.year,
      breakdown: rr.breakdown,
      period: ctx.label,
      column: slot.column,
    });
  let reason: string | undefined;
  let value: number | null = null;
  let formula: string | null = null;

  const ref = rr.refRow ? refCell(rr) : undefined;
  if (ref) {
    const target = sheetRef(rr.refTable!.sheet, ref.address);
    formula = `IF(${target}="","",${target})`;
    value = ref.value;
  } else {
    const dcells = districtCells && additive(ind) ? districtCells() : undefined;
    const parts = !districtCells && rr.row.sumOf ? rr.row.sumOf.map((p) => partCell(p)) : undefined;
    if (dcells && dcells.every((d) => d.value !== null)) {
      formula = dcells.map((d) => d.address).join('+');
      value = tidy(dcells.reduce((s, d) => s + (d.value as number), 0), ind);
    } else if (parts && parts.length && parts.every((p) => p && p.value !== null)) {
      formula = parts.map((p) => p!.address).join('+');
      value = tidy(parts.reduce((s, p) => s + (p!.value as number), 0), ind);
    } else {
      const got = lookup(ctx, rr, slot.region, slot.year);
      value = got.value;
      if (got.rec && got.value !== null) st.addSource(got.rec);
      if (got.problem) st.notes.push(got.problem);
      if (!got.rec && slot.column === 'current') reason = periodMismatch(ctx, rr, slot.region, slot.year);
    }
  }
  g.set(r, c, value, formula, numFmtFor(ind, value));
  bind();
  if (value !== null) ctx.onFilled();
  else if (slot.column === 'current') {
    ctx.missing.push({ sheet: st.table.sheet, address, indicator: ind.id, region: slot.region, breakdown: rr.breakdown, ...(reason ? { reason } : {}) });
  }
  return value;
}

/** The reason a figure stays blank when the dataset has it for other periods of the year only. */
function periodMismatch(ctx: Ctx, rr: ResolvedRow, region: string, year: number): string | undefined {
  const ind = rr.indicator;
  if (!ind || !ctx.engine.periodsOf) return undefined;
  const k = `${region}|${ind.id}|${rr.breakdown}`;
  const known = ctx.mismatches.get(k);
  if (known) return known.message;
  const have = ctx.engine.periodsOf(region, ind.id, year, rr.breakdown);
  if (!have.length) return undefined;
  const name = `${ind.name}${rr.breakdown ? `(${rr.breakdown})` : ''}`;
  const message = `${region}“${name}”只有 ${have.map((l) => `${year}年${l}`).join('、')} 数据,报告期为 ${periodText(year, ctx.span, 'label')},未填写`;
  ctx.mismatches.set(k, { region, indicator: ind.id, breakdown: rr.breakdown, have, message });
  ctx.st.periodNotes.add(message);
  return message;
}

function notesRows(ctx: Ctx, startRow: number, lastCol: number, extra: string[], compact: boolean): number {
  const { st } = ctx;
  const g = st.grid;
  let r = startRow;
  const lines: string[] = [];
  const srcs = [...st.sources.values()];
  if (srcs.length) {
    if (!compact && srcs.length <= 40) {
      lines.push('资料来源:');
      srcs.forEach((s, k) => {
        const q = s.quote.length > 160 ? s.quote.slice(0, 160) + '…' : s.quote;
        lines.push(`[${k + 1}] ${s.source}:“${q}”`);
      });
    } else {
      const files = new Map<string, number>();
      for (const s of srcs) files.set(s.source, (files.get(s.source) ?? 0) + s.count);
      lines.push(
        '资料来源:' +
          [...files].slice(0, 50).map(([f, n]) => `${f}(${n} 个数值)`).join(';') +
          (files.size > 50 ? ` 等 ${files.size} 个文件` : ''),
      );
    }
  } else if (st.rows.some((x) => x.refRow)) {
    lines.push('资料来源:本表数值以公式取自本工作簿的各分表(分表未选入时直接取自数据集)。');
  } else lines.push('资料来源:无(数据集中没有本表的数值)。');
  lines.push('说明:空白表示数据集中没有该数值(不是零);合计行在各组成部分齐全时为公式。');
  for (const n of [...extra, ...st.notes]) lines.push(n);
  const pn = [...st.periodNotes];
  for (const n of pn.slice(0, MISMATCH_NOTES_MAX)) lines.push(n);
  if (pn.length > MISMATCH_NOTES_MAX) lines.push(`另有 ${pn.length - MISMATCH_NOTES_MAX} 个数值只有其他期别的数据,未填写。`);
  for (const line of lines) {
    g.set(r, 0, line);
    g.merges.push(`${a1(r, 0)}:${a1(r, lastCol)}`);
    g.style(`${a1(r, 0)}:${a1(r, lastCol)}`, 'note');
    r++;
  }
  return r;
}

function fillBlocks(
  ctx: Ctx,
  regions: string[],
  year: number,
  cityTotals: { city: string; districts: string[]; complete: boolean }[],
) {
  const { st } = ctx;
  const g = st.grid;
  const t = st.table;
  const blocks: { region: string; label: string; districts?: string[] }[] = regions.map((r) => ({ region: r, label: r }));
  for (const ct of cityTotals) {
    blocks.push({ region: ct.city, label: `${ct.city}合计`, districts: ct.complete ? ct.districts : undefined });
  }
  const lastCol = 2 + blocks.length * 3;
  const unitName = regions.length === 1 ? `${regions[0]}民政局` : `${regions.join('、')}民政部门`;
  headerBlock(g, t, year, ctx.span, unitName, lastCol);
  // column headers (rows 4–5)
  const hr = 3;
  ['指标名称', '计量单位', '代码'].forEach((h, k) => {
    g.set(hr, k, h);
    g.merges.push(`${a1(hr, k)}:${a1(hr + 1, k)}`);
  });
  blocks.forEach((b, k) => {
    const c = 3 + k * 3;
    g.set(hr, c, b.label);
    g.merges.push(`${a1(hr, c)}:${a1(hr, c + 2)}`);
    g.set(hr + 1, c, '本年');
    g.set(hr + 1, c + 1, '上年');
    g.set(hr + 1, c + 2, '增减(%)');
  });
  g.style(`A${hr + 1}:${a1(hr + 1, lastCol)}`, 'header');

  const first = BLOCK_FIRST_ROW;
  st.rows.forEach((rr, i) => {
    const r = first + i;
    g.set(r, 0, (rr.row.indent ? '  '.repeat(rr.row.indent) : '') + rr.row.label);
    if (!rr.row.section) {
      g.set(r, 1, rr.unit);
      g.set(r, 2, rr.code || null);
    }
  });
  // Parts before totals: rows with sumOf are filled after the others.
  const idxOrder = st.rows.map((_, i) => i).sort((a, b) => Number(!!st.rows[a].row.sumOf) - Number(!!st.rows[b].row.sumOf));
  blocks.forEach((b, k) => {
    for (const col of ['current', 'previous'] as const) {
      const c = 3 + k * 3 + (col === 'current' ? 0 : 1);
      const y = col === 'current' ? year : year - 1;
      const slot: Slot = { region: b.region, year: y, column: col, key: `b${k}${col}` };
      for (const i of idxOrder) {
        const r = first + i;
        fillCell(
          ctx,
          i,
          r,
          c,
          slot,
          (pid) => {
            const i2 = st.rowIdx.get(pid);
            return i2 === undefined ? undefined : st.at(first + i2, c);
          },
          (x) => {
            const rs = ctx.states.get(x.refTable!.id);
            const i2 = rs?.rowIdx.get(x.refRow!.id);
            return rs && i2 !== undefined ? rs.at(first + i2, c) : undefined;
          },
          b.districts
            ? () =>
                b.districts!.map((d) => {
                  const dk = regions.indexOf(d);
                  const dc = 3 + dk * 3 + (col === 'current' ? 0 : 1);
                  const v = g.value(r, dc);
                  return { address: a1(r, dc), value: typeof v === 'number' ? v : null };
                })
            : undefined,
        );
      }
    }
    // 增减(%)
    const c = 3 + k * 3;
    st.rows.forEach((rr, i) => {
      if (rr.row.section || !rr.indicator) return;
      const r = first + i;
      const cur = g.value(r, c);
      const prev = g.value(r, c + 1);
      const v = pctValue(typeof cur === 'number' ? cur : null, typeof prev === 'number' ? prev : null);
      g.set(r, c + 2, v, pctFormula(a1(r, c), a1(r, c + 1)), '0.0');
    });
  });
  const last = first + st.rows.length - 1;
  g.style(`A${first + 1}:${a1(last, lastCol)}`, 'label');
  st.rows.forEach((rr, i) => {
    if (rr.row.sumOf || rr.row.section) g.style(`${a1(first + i, 0)}:${a1(first + i, lastCol)}`, 'total');
  });
  const extra = cityTotals
    .filter((ct) => ct.complete)
    .map((ct) => `${ct.city}合计栏:数量和金额为所辖 ${ct.districts.length} 个区县之和(公式),标准类指标填${ct.city}本级数值。`);
  for (const ct of cityTotals.filter((x) => !x.complete)) {
    extra.push(`${ct.city}合计栏:所辖区县未全部列入,只填数据集中${ct.city}本级的数值。`);
  }
  let r = notesRows(ctx, last + 2, lastCol, extra, false);
  r++;
  g.set(r, 0, '单位负责人:');
  g.set(r, 1, '统计负责人:');
  g.set(r, 3, '填表人:');
  g.set(r, Math.min(lastCol, 6), '报出日期:    年  月  日');
}

function fillList(ctx: Ctx, regions: string[], year: number) {
  const { st } = ctx;
  const g = st.grid;
  const t = st.table;
  // one column per non-section row
  const cols: number[] = [];
  st.rows.forEach((rr, i) => {
    if (!rr.row.section && rr.indicator) cols.push(i);
  });
  const lastCol = cols.length;
  headerBlock(g, t, year, ctx.span, `${regions.length} 个地区民政部门`, Math.max(lastCol, 3));
  const hr = 3;
  g.set(hr, 0, '地区');
  g.set(hr + 1, 0, '计量单位');
  g.set(hr + 2, 0, '代码');
  let parent = '';
  const colOf = st.colOf;
  st.rows.forEach((rr, i) => {
    if (!rr.row.indent) parent = rr.row.label;
    if (rr.row.section || !rr.indicator) return;
    const k = colOf.size;
    colOf.set(rr.row.id, k + 1);
    g.set(hr, k + 1, rr.row.indent ? `${parent}:${rr.row.label}` : rr.row.label);
    g.set(hr + 1, k + 1, rr.unit);
    g.set(hr + 2, k + 1, rr.code || null);
  });
  g.style(`A${hr + 1}:${a1(hr + 2, lastCol)}`, 'header');
  const order = cols.slice().sort((a, b) => Number(!!st.rows[a].row.sumOf) - Number(!!st.rows[b].row.sumOf));
  regions.forEach((region, k) => {
    const r = LIST_FIRST_ROW + k;
    g.set(r, 0, region);
    const slot: Slot = { region, year, column: 'current', key: `l${k}` };
    for (const i of order) {
      fillCell(
        ctx,
        i,
        r,
        colOf.get(st.rows[i].row.id)!,
        slot,
        (pid) => {
          const c2 = colOf.get(pid);
          return c2 === undefined ? undefined : st.at(r, c2);
        },
        (x) => {
          const rs = ctx.states.get(x.refTable!.id);
          const c2 = rs?.colOf.get(x.refRow!.id);
          return rs && c2 !== undefined ? rs.at(r, c2) : undefined;
        },
      );
    }
  });
  const last = LIST_FIRST_ROW + regions.length - 1;
  if (regions.length) g.style(`A${LIST_FIRST_ROW + 1}:${a1(last, lastCol)}`, 'label');
  notesRows(ctx, last + 2, Math.min(lastCol, 12), ['本表为多地区列表格式:每行一个地区,只列本年数。'], true);
}
