// In-memory index of a workbook for checking: sheets, cells, units of cells, bindings by key. Pure.
import { Binding, CellValue, SheetSnapshot, colName, parseA1 } from '../workbook';
import { Catalogue, DataRecord, IndicatorDef } from '../types';
import { Resolver, resolverFor } from '../resolver';
import { convert, normaliseUnit, parseUnit } from '../units';
import { halfUnit } from './precision';
import { plainNumber } from '../text';
import { CELL_CACHE } from '../bindings';

/**
 * What the checks need from the dataset engine (MzEngine satisfies it). `period` is the binding's
 * canonical label: a stock holding at its end month, a flow of that exact span.
 */
export interface EngineLike {
  readonly catalogue: Catalogue;
  find(regionName: string, indicatorId: string, year: number, breakdown?: string, period?: string): DataRecord | undefined;
}

/** Group key of a region's figures of one year and period (全年 keeps the old region|year form). */
export function groupKey(region: string, year: number, period: string | undefined): string {
  return !period || period === '全年' ? `${region}|${year}` : `${region}|${year}|${period}`;
}

export const INTERNAL_SHEETS = /^_MZ_/;

export function shortKey(indicatorId: string, breakdown: string, column: string): string {
  return `${indicatorId}|${breakdown}|${column}`;
}

export function bindingKey(indicatorId: string, breakdown: string, region: string, year: number, column: string): string {
  return `${indicatorId}|${breakdown}|${region}|${year}|${column}`;
}

export interface Cell {
  sheet: string;
  address: string;
  row: number;
  col: number;
  value: CellValue;
  formula: string | null;
  numFmt: string | null;
}

/** A numeric reading of a cell: numbers, and strings that are plain numbers ("1,234.5"; "8,21" is not). */
export function numericValue(v: CellValue): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string') return plainNumber(v);
  return null;
}

export function isEmpty(v: CellValue): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/** Everything the checks read from one cell, computed once. */
export class Slot {
  private lbl: string | undefined;
  constructor(
    /** the index that made it */
    readonly idx: WorkbookIndex,
    readonly sheet: string,
    readonly address: string,
    readonly row: number,
    readonly col: number,
    readonly raw: CellValue,
    /** numeric value; null when empty or not a number */
    readonly value: number | null,
    readonly empty: boolean,
    readonly isFormula: boolean,
    readonly numFmt: string | null,
    readonly unit: string | null,
    /** half-unit of the stated precision (dataset's stated unit included for bound cells) */
    readonly h: number,
    readonly binding: Binding | undefined,
    /** the dataset's record for a bound current cell */
    readonly record: DataRecord | undefined,
  ) {}

  /** the number (unit checks: only slots holding one are listed) */
  get v(): number {
    return this.value as number;
  }
  get b(): Binding | undefined {
    return this.binding;
  }

  /** indicator name (+ breakdown) for bound cells, else the address */
  get label(): string {
    if (this.lbl === undefined) this.lbl = this.binding ? bindingLabel(this.idx, this.binding) : this.address;
    return this.lbl;
  }
}

export class WorkbookIndex {
  readonly sheets = new Map<string, SheetSnapshot>();
  readonly sheetOrder: string[] = [];
  /** a region's figures of one year and period (the bindings' canonical period label) */
  readonly groups = new Map<string, { region: string; year: number; period: string }>();
  /** region|year[|period] → (indicator|breakdown|column) → bindings: one lookup per operand while evaluating a group */
  readonly byGroup = new Map<string, Map<string, Binding[]>>();
  readonly resolver: Resolver;
  private rowUnitCache = new Map<string, (string | null | undefined)[]>();
  private colUnitCache = new Map<string, (string | null | undefined)[]>();
  private uSheet: string | undefined;
  private uSnap: SheetSnapshot | undefined;
  private uRows: (string | null | undefined)[] = [];
  private uCols: (string | null | undefined)[] = [];

  private slots = new Map<string, Slot | null>();
  private lists: Binding[][] | null = null;

  /** Previous-period bindings of a current one (same indicator, breakdown, region; the year before). */
  previousOf(b: Binding): Binding[] | undefined {
    // previous-period cells sit in the group of the year they are compared with: the current one's
    if (b.column !== 'current' || !this.anyPrevious) return undefined;
    const gm = this.groupMapOf(b.region, b.year, b.period);
    return gm ? gm.get(this.keyFor(b.indicatorId, b.breakdown ?? '', 'previous')) : undefined;
  }

  /** Bindings grouped by figure (indicator, breakdown, region, year, column): one list per figure. */
  figures(): Binding[][] {
    if (!this.lists) {
      this.lists = [];
      for (const gm of this.byGroup.values()) for (const l of gm.values()) this.lists.push(l);
    }
    return this.lists;
  }

  /** The bindings of one figure (of the period given; 全年 when omitted). */
  lookup(region: string, year: number, indicatorId: string, breakdown: string, column: 'current' | 'previous', period?: string): Binding[] | undefined {
    const gy = column === 'previous' ? year + 1 : year;
    const gm = this.groupMapOf(region, gy, period);
    return gm ? gm.get(this.keyFor(indicatorId, breakdown, column)) : undefined;
  }

  /** region → group year → period ('' for 全年) → the group (its map is byGroup's): found without building a key string */
  private readonly byRegion = new Map<string, Map<number, Map<string, { g: string; gm: Map<string, Binding[]>; listed: boolean }>>>();
  private groupMapOf(region: string, gy: number, period: string | undefined): Map<string, Binding[]> | undefined {
    return this.byRegion.get(region)?.get(gy)?.get(!period || period === '全年' ? '' : period)?.gm;
  }
  /** interned short keys: indicator → breakdown → key, one map per column */
  private readonly keysCur = new Map<string, Map<string, string>>();
  private readonly keysPrev = new Map<string, Map<string, string>>();
  private keyFor(indicatorId: string, breakdown: string, column: string): string {
    const top = column === 'current' ? this.keysCur : this.keysPrev;
    let km = top.get(indicatorId);
    if (!km) top.set(indicatorId, (km = new Map()));
    let sk = km.get(breakdown);
    if (sk === undefined) km.set(breakdown, (sk = shortKey(indicatorId, breakdown, column)));
    return sk;
  }
  /** whether any binding is of the previous period (most workbooks have none) */
  private anyPrevious = false;
  private slotOf = new Map<Binding, Slot | null>();
  /**
   * The slot of a bound cell. Decoded bindings carry a cache slot (CELL_CACHE) filled here, tagged with the
   * index that made it; other bindings (callers' objects) use a side map.
   */
  slotFor(b: Binding): Slot | null {
    const o = b as unknown as { [CELL_CACHE]?: Slot | { idx: WorkbookIndex; slot: null } };
    if (CELL_CACHE in o) {
      const c = o[CELL_CACHE];
      if (c !== undefined && c.idx === this) return c instanceof Slot ? c : null;
      const sl = this.makeSlot(b.sheet, b.address, b);
      o[CELL_CACHE] = sl ?? { idx: this, slot: null };
      return sl;
    }
    let sl = this.slotOf.get(b);
    if (sl === undefined) this.slotOf.set(b, (sl = this.makeSlot(b.sheet, b.address, b)));
    return sl;
  }

  private unitSlotList: Slot[] | null = null;
  /** Bound cells holding a number with a known unit (shared by the unit and precision checks). */
  unitSlots(): Slot[] {
    if (!this.unitSlotList) {
      this.unitSlotList = [];
      for (const b of this.bindings) {
        const sl = this.slotFor(b);
        if (sl && sl.value !== null && sl.unit) this.unitSlotList.push(sl);
      }
    }
    return this.unitSlotList;
  }

  private cellMap: Map<string, Binding> | null = null;
  /** Binding of a cell by "Sheet!A1" (built on first use). */
  boundAt(key: string): Binding | undefined {
    if (!this.cellMap) {
      this.cellMap = new Map();
      for (const b of this.bindings) this.cellMap.set(`${b.sheet}!${b.address}`, b);
    }
    return this.cellMap.get(key);
  }
  private userSheetList: SheetSnapshot[] | null = null;

  constructor(
    snapshots: SheetSnapshot[],
    readonly bindings: Binding[],
    readonly catalogue: Catalogue,
    readonly engine?: EngineLike,
  ) {
    for (const s of snapshots) {
      this.sheets.set(s.name, s);
      this.sheetOrder.push(s.name);
    }
    this.resolver = resolverFor(catalogue); // shared with the engine: one build per catalogue
    // consecutive bindings mostly share region, year and column (a row of the list layout): reuse the
    // group; short keys are interned per indicator|breakdown so that each is built and hashed once
    let lastRegion: string | undefined;
    let lastGy = NaN;
    let lastPeriod: string | undefined = '';
    let lastCol = '';
    let gm: Map<string, Binding[]> | undefined;
    const nest = this.byRegion;
    for (const b of bindings) {
      // a previous-period cell belongs to the group of the year it is compared with
      const gy = b.column === 'previous' ? b.year + 1 : b.year;
      if (b.column === 'previous') this.anyPrevious = true;
      if (b.region !== lastRegion || gy !== lastGy || b.period !== lastPeriod || b.column !== lastCol || !gm) {
        const per = !b.period || b.period === '全年' ? '' : b.period;
        let ry = nest.get(b.region);
        if (!ry) nest.set(b.region, (ry = new Map()));
        let yp = ry.get(gy);
        if (!yp) ry.set(gy, (yp = new Map()));
        let gs = yp.get(per);
        if (!gs) {
          const g = groupKey(b.region, gy, b.period);
          let m = this.byGroup.get(g);
          if (!m) this.byGroup.set(g, (m = new Map()));
          yp.set(per, (gs = { g, gm: m, listed: this.groups.has(g) }));
        }
        if (b.column === 'current' && !gs.listed) {
          this.groups.set(gs.g, { region: b.region, year: b.year, period: b.period || '全年' });
          gs.listed = true;
        }
        gm = gs.gm;
        lastRegion = b.region;
        lastGy = gy;
        lastPeriod = b.period;
        lastCol = b.column;
      }
      const sk = this.keyFor(b.indicatorId, b.breakdown ?? '', b.column);
      const gl = gm.get(sk);
      if (gl) gl.push(b);
      else gm.set(sk, [b]);
    }
  }

  /** Visible user sheets (not _MZ_*). */
  userSheets(): SheetSnapshot[] {
    if (!this.userSheetList) this.userSheetList = this.sheetOrder.filter((n) => !INTERNAL_SHEETS.test(n)).map((n) => this.sheets.get(n)!);
    return this.userSheetList;
  }

  /** The cell with its number, unit and precision; cached. Null when the sheet or address is invalid. */
  slot(sheet: string, address: string): Slot | null {
    const key = `${sheet}!${address}`;
    const hit = this.slots.get(key);
    if (hit !== undefined) return hit;
    const b = this.boundAt(key);
    const out = b ? this.slotFor(b) : this.makeSlot(sheet, address, undefined);
    this.slots.set(key, out);
    return out;
  }

  private makeSlot(sheet: string, address: string, b: Binding | undefined): Slot | null {
    const s = this.sheets.get(sheet);
    const p = parseA1(address);
    let out: Slot | null = null;
    if (s && p) {
      const raw = s.values[p.row]?.[p.col] ?? null;
      const value = numericValue(raw);
      const numFmt = s.numFmts?.[p.row]?.[p.col] ?? null;
      const unit = this.unitOf(sheet, p.row, p.col, b?.indicatorId);
      let h = value === null ? 0 : halfUnit(value, unit, numFmt);
      const rec = b && this.engine && b.column === 'current' ? this.engine.find(b.region, b.indicatorId, b.year, b.breakdown, b.period || '全年') : undefined;
      if (value !== null && unit) {
        // the dataset's stated precision (20.2亿元 → ±0.05亿 = ±500万元)
        if (rec) {
          const hr = convert(halfUnit(rec.value, rec.unit), rec.unit, unit);
          if (hr !== null && hr > h) h = hr;
        }
      }
      out = new Slot(this, sheet, address, p.row, p.col, raw, value, isEmpty(raw), !!s.formulas[p.row]?.[p.col], numFmt, unit, h, b, rec);
    }
    return out;
  }

  cell(sheet: string, address: string): Cell | null {
    const s = this.sheets.get(sheet);
    const p = parseA1(address);
    if (!s || !p) return null;
    return this.cellAt(s, p.row, p.col);
  }

  cellAt(s: SheetSnapshot, row: number, col: number): Cell {
    const value = s.values[row]?.[col] ?? null;
    return {
      sheet: s.name,
      address: colName(col) + (row + 1),
      row,
      col,
      value,
      formula: s.formulas[row]?.[col] ?? null,
      numFmt: s.numFmts?.[row]?.[col] ?? null,
    };
  }

  indicator(id: string): IndicatorDef | undefined {
    return this.resolver.indicatorById.get(id);
  }

  /**
   * Unit of a cell: a unit written in the same row (计量单位 column), else one in the column's
   * header (e.g. "标准(元/人·月)"), else the bound indicator's catalogue unit.
   */
  unitOf(sheet: string, row: number, col: number, indicatorId?: string): string | null {
    // consecutive calls are mostly on one sheet: keep its caches at hand
    if (sheet !== this.uSheet) {
      this.uSheet = sheet;
      this.uSnap = this.sheets.get(sheet);
      let rows = this.rowUnitCache.get(sheet);
      if (!rows) this.rowUnitCache.set(sheet, (rows = []));
      let cols = this.colUnitCache.get(sheet);
      if (!cols) this.colUnitCache.set(sheet, (cols = []));
      this.uRows = rows;
      this.uCols = cols;
    }
    const s = this.uSnap;
    if (s) {
      const rows = this.uRows;
      let ru = rows[row];
      if (ru === undefined) ru = rows[row] = findUnitInRow(s.values[row] ?? []);
      if (ru) return ru;
      const cols = this.uCols;
      let cu = col >= 0 ? cols[col] : null;
      if (cu === undefined) cu = cols[col] = findUnitInHeader(s, col);
      if (cu) return cu;
    }
    if (indicatorId) return this.indicator(indicatorId)?.unit ?? null;
    return null;
  }

  /** Province of a region (for per-province parameters). */
  provinceOf(region: string): string | undefined {
    const r = this.resolver.regionByName.get(region);
    return r?.province ?? (r?.level === 'province' ? r.name : undefined);
  }
}

export function bindingLabel(idx: WorkbookIndex, b: Binding): string {
  const name = idx.indicator(b.indicatorId)?.name ?? b.indicatorId;
  return `${name}${b.breakdown ? `(${b.breakdown})` : ''}${b.column === 'previous' ? '[上期]' : ''}`;
}

const UNIT_CACHE = new Map<string, string | null>();

/** A cell text that is exactly a unit (人, 万元, 元/人·月 …), normalised; null otherwise. */
export function asUnit(text: unknown): string | null {
  if (typeof text !== 'string') return null;
  const t = text.trim();
  if (t === '' || t.length > 12) return null;
  const hit = UNIT_CACHE.get(t);
  if (hit !== undefined) return hit;
  const u = normaliseUnit(t);
  const info = parseUnit(u);
  const out = info && !info.dim.startsWith('other:') ? info.unit : null;
  if (UNIT_CACHE.size < 5000) UNIT_CACHE.set(t, out);
  return out;
}

function findUnitInRow(row: CellValue[]): string | null {
  // the 计量单位 column sits near the label; look at the first few text cells only
  const n = Math.min(row.length, 6);
  for (let c = 0; c < n; c++) {
    const u = asUnit(row[c]);
    if (u) return u;
  }
  return null;
}

function findUnitInHeader(s: SheetSnapshot, col: number): string | null {
  const n = Math.min(s.values.length, 12);
  for (let r = 0; r < n; r++) {
    const v = s.values[r]?.[col];
    if (typeof v !== 'string') continue;
    const m = /[(\uff08]([^()\uff08\uff09]{1,12})[)\uff09]\s*$/.exec(v);
    if (m) {
      const u = asUnit(m[1]);
      if (u) return u;
    }
  }
  return null;
}
