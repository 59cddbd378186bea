// In-memory index of a workbook for checking: sheets, cells, units of cells, bindings by key. Pure.
import { Binding, CellValue, SheetSnapshot, colName, parseA1 } from '../workbook';
import { Catalogue, DataRecord, IndicatorDef } from '../types';
import { Resolver, resolverFor } from '../resolver';
import { convert, normaliseUnit, parseUnit } from '../units';
import { UnitPrecision, halfUnit, halfUnitOf, unitPrecision } from './precision';
import { plainNumber } from '../text';
import { BindingTable } from '../bindingTable';

/**
 * What the checks need from the dataset engine (MzEngine satisfies it). `period` is the binding's
 * canonical label: a stock holding at its end month, a flow of that exact span.
 */
export interface EngineLike {
  readonly catalogue: Catalogue;
  find(regionName: string, indicatorId: string, year: number, breakdown?: string, period?: string): DataRecord | undefined;
  /** whether the dataset holds any figure of the region in the year; absent: maybe */
  hasYear?(regionName: string, year: number): boolean;
  /** whether any figure of the region and year is for a part of the year (1-3月, 上半年 …); absent: maybe */
  hasPartYear?(regionName: string, year: number): boolean;
}

export const INTERNAL_SHEETS = /^_MZ_/;

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

/** Everything the checks read from one cell (built only for the cells a message names). */
export class Slot {
  constructor(
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
    /** indicator name (+ breakdown) for bound cells, else the address */
    readonly label: string,
  ) {}

  /** the number (unit checks: only slots holding one are listed) */
  get v(): number {
    return this.value as number;
  }
  get b(): Binding | undefined {
    return this.binding;
  }
}

/** How a record's figure was stated (WorkbookIndex.recQ): exact, 约, 余/超过/不低于/多, 近. */
export const Q_EXACT = 0;
export const Q_ABOUT = 1;
export const Q_OVER = 2;
export const Q_UNDER = 3;

/** Per-binding flags (WorkbookIndex.flags). */
export const F_EMPTY = 1;
export const F_FORMULA = 2;
/** the cell holds a non-empty text */
export const F_TEXT = 4;
/** the bound sheet does not exist: no cell, no slot */
export const F_NO_SHEET = 8;

/** A group: a region's figures of one year and period (the year of the current figures). */
export interface GroupInfo {
  region: string;
  /** the region's text id in the binding table */
  rid: number;
  year: number;
  period: string;
}

/**
 * The workbook as the checks read it. Bound cells are entries 0…n−1 of the binding table; everything per
 * entry lives in typed arrays (value, half-unit, unit, flags, group, figure), read by index. A figure is an
 * indicator × breakdown × column; a group a region × year × period (a previous-period cell belongs to the
 * group of the year it is compared with). head(g, f) is the first entry of figure f in group g, next[i] the
 * following one (several sheets may hold one figure).
 */
export class WorkbookIndex {
  readonly sheets = new Map<string, SheetSnapshot>();
  readonly sheetOrder: string[] = [];
  readonly resolver: Resolver;
  readonly n: number;
  readonly bGroup: Int32Array;
  readonly bFig: Int32Array;
  readonly next: Int32Array;
  readonly val: Float64Array;
  readonly h: Float64Array;
  /** unit id per entry (units[id]); -1 when none */
  readonly unitId: Int32Array;
  readonly units: string[] = [];
  readonly flags: Uint8Array;
  /** the dataset's record of each current entry: records[recOf[i]], −1 without one (see record(i)) */
  readonly recOf: Int32Array;
  readonly records: DataRecord[] = [];
  /** per record k (recOf[i]): the half-unit of its stated figure, in its unit */
  readonly recH: Float64Array;
  /** per record k: its unit as a unit id (units[id]) */
  readonly recUnit: Int32Array;
  /** per record k: its value and qualifier code (Q_*) */
  readonly recV: Float64Array;
  readonly recQ: Uint8Array;
  /** per group: region, year, period label (全年 when absent) */
  readonly groupInfo: GroupInfo[] = [];
  /** groups holding current figures, in the order of their first one (the order rules run in) */
  readonly listed: number[] = [];
  /** per figure: indicator id, breakdown, column (0 current, 1 previous), label */
  readonly figInd: string[] = [];
  readonly figBd: string[] = [];
  readonly figCol: number[] = [];
  private readonly figLabels: (string | undefined)[] = [];
  /** first entries of every (group, figure) present, ordered by group then first appearance */
  readonly figureHeads: Int32Array;
  /** group g's heads are figureHeads[groupFigStart[g] … groupFigStart[g + 1]) */
  readonly groupFigStart: Int32Array;
  /** whether any binding is of the previous period (most workbooks have none) */
  readonly anyPrevious: boolean;
  /** 1 for the groups in `listed` */
  readonly isListed: Uint8Array;
  private readonly nFig: number;
  private readonly dense: Int32Array | null;
  private readonly sparse: Map<number, number> | null;
  private readonly figKey = new Map<number, number>();
  private readonly groupKeyMap = new Map<number | string, number>();
  private readonly nText: number;
  private readonly slots: (Slot | undefined)[] = [];
  private readonly unitIds = new Map<string, number>();
  private rowUnitCache = new Map<string, (string | null | undefined)[]>();
  private colUnitCache = new Map<string, (string | null | undefined)[]>();
  private uSheet: string | undefined;
  private uSnap: SheetSnapshot | undefined;
  private uRows: (string | null | undefined)[] = [];
  private uCols: (string | null | undefined)[] = [];

  constructor(
    snapshots: SheetSnapshot[],
    readonly t: BindingTable,
    readonly catalogue: Catalogue,
    readonly engine?: EngineLike,
  ) {
    for (const s of snapshots) {
      this.sheets.set(s.name, s);
      this.sheetOrder.push(s.name);
    }
    this.resolver = resolverFor(catalogue); // shared with the engine: one build per catalogue
    const n = (this.n = t.n);
    this.nText = t.texts.length;
    const bGroup = (this.bGroup = new Int32Array(n));
    const bFig = (this.bFig = new Int32Array(n));
    const listedSet = new Uint8Array(n + 1);
    const anyPrev = this.intern(listedSet);
    this.anyPrevious = anyPrev;
    this.isListed = listedSet;
    const nG = this.groupInfo.length;
    const nF = (this.nFig = this.figInd.length);
    const next = (this.next = new Int32Array(n));
    if (nG * nF <= 4_000_000) {
      this.dense = linkDense(bGroup, bFig, nG, nF, next);
      this.sparse = null;
    } else {
      this.sparse = linkSparse(bGroup, bFig, nF, next);
      this.dense = null;
    }
    // the (group, figure) heads, by group (stable: first appearance within a group)
    const [start, fh] = headsByGroup(this, nG);
    this.groupFigStart = start;
    this.figureHeads = fh;

    // cell data, one pass
    this.val = new Float64Array(n);
    this.h = new Float64Array(n);
    this.unitId = new Int32Array(n);
    this.flags = new Uint8Array(n);
    this.recOf = new Int32Array(n).fill(-1);
    // per record: at most one per (group, figure)
    const nh = this.figureHeads.length;
    this.recH = new Float64Array(nh);
    this.recUnit = new Int32Array(nh);
    this.recV = new Float64Array(nh);
    this.recQ = new Uint8Array(nh);
    // in simple passes (each gets optimised early in a cold process)
    this.readEntries();
    if (this.engine) this.readRecords(this.engine);
  }

  /** Groups and figures interned by numeric keys over the table's text ids (bGroup, bFig); whether any entry is of the previous period. */
  private intern(listedSet: Uint8Array): boolean {
    let anyPrev = false;
    const t = this.t;
    const T = t.texts;
    const n = this.n;
    const { bGroup, bFig } = this;
    // groups and figures interned by numeric keys over the table's text ids
    let lastR = -1;
    let lastY = NaN;
    let lastP = -1;
    let lastG = -1;
    const figCache = new Int32Array(1024).fill(-1);
    const figIndId: number[] = [];
    const regionGroup = new Int32Array(this.nText).fill(-1);
    const groupPer: number[] = [];
    const figBdId: number[] = [];
    for (let i = 0; i < n; i++) {
      const col = t.column[i];
      if (col === 1) anyPrev = true;
      const y0 = t.year[i];
      const gy = (y0 === (y0 | 0) ? y0 | 0 : y0) + col;
      const per = t.period[i];
      // consecutive entries mostly share the group (a row of the list layout): a key only on a change
      let g = lastG;
      if (t.region[i] !== lastR || gy !== lastY || per !== lastP) {
        // the region's last group (sheets of one year and period list the same regions), else by key
        const rid = t.region[i];
        g = regionGroup[rid];
        if (g < 0 || this.groupInfo[g].year !== gy || groupPer[g] !== per) {
          const gk = groupNumKey(rid, gy, per, this.nText);
          const hit = this.groupKeyMap.get(gk);
          if (hit === undefined) {
            g = this.groupInfo.length;
            this.groupKeyMap.set(gk, g);
            this.groupInfo[g] = { region: T[rid], rid, year: gy, period: T[per] || '全年' };
            groupPer.push(per);
          } else g = hit;
          regionGroup[rid] = g;
        }
        lastR = t.region[i];
        lastY = gy;
        lastP = per;
        lastG = g;
      }
      bGroup[i] = g;
      if (col === 0 && !listedSet[g]) {
        listedSet[g] = 1;
        this.listed.push(g);
      }
      // a small cache of figures by indicator and breakdown (a row of the list layout cycles through its columns')
      const ind = t.ind[i];
      const bd = t.bd[i];
      const slot = (ind * 31 + bd) & 1023;
      let f = figCache[slot];
      if (f < 0 || figIndId[f] !== ind || figBdId[f] !== bd || this.figCol[f] !== col) {
        const fk = (ind * this.nText + bd) * 2 + col;
        let hit = this.figKey.get(fk);
        if (hit === undefined) {
          hit = this.figInd.length;
          this.figKey.set(fk, hit);
          this.figInd[hit] = T[ind];
          this.figBd[hit] = T[bd];
          this.figCol[hit] = col;
          figIndId.push(ind);
          figBdId.push(bd);
        }
        f = figCache[slot] = hit;
      }
      bFig[i] = f;
    }
    return anyPrev;
  }

  /**
   * Each bound cell in one pass: its number and flags, its unit (from the row or column header, else the
   * indicator's) and the half-unit of its stated precision (digits, unit and number format).
   */
  private readEntries(): void {
    const t = this.t;
    const T = t.texts;
    const { val, flags, unitId, h, units } = this;
    let lastSheet = -1;
    let snap: SheetSnapshot | undefined;
    let lastUnit: string | null = null;
    let lastId = -1;
    let lastPrec = unitPrecision(null);
    const precs: UnitPrecision[] = [];
    // the sheet's row and column unit caches (as unitOf), and each indicator's unit by text id
    let rows: (string | null | undefined)[] = [];
    let cols: (string | null | undefined)[] = [];
    const indUnit: (string | null | undefined)[] = [];
    let lastRow = -1;
    let rowSnap: SheetSnapshot | undefined;
    let vRow: CellValue[] | undefined;
    let fRow: (string | null)[] | undefined;
    let nRow: (string | null)[] | undefined;
    for (let i = 0; i < this.n; i++) {
      if (t.sheet[i] !== lastSheet) {
        lastSheet = t.sheet[i];
        snap = this.sheets.get(T[lastSheet]);
        this.selectUnitSheet(T[lastSheet]);
        rows = this.uRows;
        cols = this.uCols;
      }
      if (!snap) {
        val[i] = NaN;
        flags[i] = F_NO_SHEET | F_EMPTY;
        unitId[i] = -1;
        continue;
      }
      const r = t.row[i];
      const c = t.col[i];
      // a row's bound cells are mostly consecutive entries: its arrays looked up once
      if (r !== lastRow || snap !== rowSnap) {
        lastRow = r;
        rowSnap = snap;
        vRow = snap.values[r];
        fRow = snap.formulas[r];
        nRow = snap.numFmts?.[r];
      }
      const raw = vRow?.[c] ?? null;
      const x = numericValue(raw);
      const v = x === null ? NaN : x;
      let f = isEmpty(raw) ? F_EMPTY : typeof raw === 'string' ? F_TEXT : 0;
      if (fRow?.[c]) f |= F_FORMULA;
      val[i] = v;
      flags[i] = f;
      // as unitOf: a unit in the row or the column's header, else the indicator's (cached by text id)
      let u = cellUnit(snap, rows, cols, r, c);
      if (!u) {
        const k = t.ind[i];
        const iu = indUnit[k];
        u = iu !== undefined ? iu : (indUnit[k] = this.indicator(T[k])?.unit ?? null);
      }
      if (u !== lastUnit) {
        lastUnit = u;
        lastId = u ? this.unitIdOf(u) : -1;
        lastPrec = lastId < 0 ? unitPrecision(null) : (precs[lastId] ??= unitPrecision(units[lastId]));
      }
      unitId[i] = lastId;
      if (v === v) h[i] = halfUnitOf(v, lastPrec, nRow?.[c] ?? null);
    }
  }

  /**
   * The dataset's record of each current entry: one lookup per figure of a group (the other sheets' cells
   * of it share the first one's), its value, unit and qualifier in arrays; the half-unit widened to the
   * record's stated precision (20.2亿元 → ±0.05亿 = ±500万元), in the cell's unit.
   */
  private readRecords(engine: EngineLike): void {
    const t = this.t;
    const T = t.texts;
    const { recOf, records, recH, recUnit, recV, recQ, val, h, unitId, units, next, figureHeads, groupFigStart } = this;
    // records by number (at most one per head); each record unit's precision class at hand
    let nRec = 0;
    let lastRU: string | null = null;
    let lastRUId = -1;
    let lastRPrec = unitPrecision(null);
    const precs: UnitPrecision[] = [];
    // group by group, figure by figure (the heads): no lookup for a group whose region and year the dataset
    // holds nothing of; a figure's other cells (other sheets) share its record
    for (let g = 0; g < this.groupInfo.length; g++) {
      const p0 = groupFigStart[g];
      const p1 = groupFigStart[g + 1];
      if (p0 === p1) continue;
      const gi = this.groupInfo[g];
      if (engine.hasYear && !engine.hasYear(gi.region, gi.year)) continue;
      for (let p = p0; p < p1; p++) {
        const i0 = figureHeads[p];
        if (t.column[i0] !== 0) continue;
        // a small integer (not a double read from the typed array) keys the engine's maps fast
        const y = t.year[i0];
        const r = engine.find(T[t.region[i0]], T[t.ind[i0]], y === (y | 0) ? y | 0 : y, T[t.bd[i0]], T[t.period[i0]] || '全年');
        if (!r) continue;
        const k = nRec++;
        records[k] = r;
        const ru = (recUnit[k] = r.unit === lastRU ? lastRUId : this.unitIdOf(r.unit));
        if (ru !== lastRUId) {
          lastRU = r.unit;
          lastRUId = ru;
          lastRPrec = precs[ru] ??= unitPrecision(r.unit);
        }
        const rh = (recH[k] = halfUnitOf(r.value, lastRPrec, null));
        recV[k] = r.value;
        const q = r.qualifier;
        recQ[k] = q === '约' ? Q_ABOUT : q === '余' || q === '超过' || q === '不低于' || q === '多' ? Q_OVER : q === '近' ? Q_UNDER : Q_EXACT;
        for (let i = i0; i >= 0; i = next[i]) {
          recOf[i] = k;
          const uid = unitId[i];
          if (val[i] === val[i] && uid >= 0) {
            const hr = ru === uid ? rh : convert(rh, units[ru], units[uid]);
            if (hr !== null && hr > h[i]) h[i] = hr;
          }
        }
      }
    }
  }

  /** The dataset's record of entry i (current entries only), or undefined. */
  record(i: number): DataRecord | undefined {
    const k = this.recOf[i];
    return k < 0 ? undefined : this.records[k];
  }

  private unitIdOf(u: string): number {
    let k = this.unitIds.get(u);
    if (k === undefined) {
      k = this.units.length;
      this.units[k] = u;
      this.unitIds.set(u, k);
    }
    return k;
  }

  private unitList: Int32Array | null = null;
  /** Bound entries holding a number with a known unit (the unit and precision checks), in order. */
  unitEntries(): Int32Array {
    if (!this.unitList) {
      const { flags, val, unitId } = this;
      const out = new Int32Array(this.n);
      let m = 0;
      for (let i = 0; i < this.n; i++) if ((flags[i] & F_NO_SHEET) === 0 && val[i] === val[i] && unitId[i] >= 0) out[m++] = i;
      this.unitList = out.subarray(0, m);
    }
    return this.unitList;
  }

  /** whether entry i holds a number */
  has(i: number): boolean {
    return this.val[i] === this.val[i];
  }

  unit(i: number): string | null {
    const u = this.unitId[i];
    return u < 0 ? null : this.units[u];
  }

  /** whether entry i's sheet exists (a cell to read) */
  exists(i: number): boolean {
    return (this.flags[i] & F_NO_SHEET) === 0;
  }

  isFormula(i: number): boolean {
    return (this.flags[i] & F_FORMULA) !== 0;
  }

  binding(i: number): Binding {
    return this.t.binding(i);
  }

  sheetOf(i: number): string {
    return this.t.texts[this.t.sheet[i]];
  }

  address(i: number): string {
    return this.t.address(i);
  }

  /** The first entry of figure f in group g; -1 when none. */
  head(g: number, f: number): number {
    if (g < 0 || f < 0) return -1;
    const k = g * this.nFig + f;
    return this.dense ? this.dense[k] : this.sparse!.get(k) ?? -1;
  }

  /** The figure id of an indicator, breakdown and column; -1 when no binding is of it. */
  fig(indicatorId: string, breakdown: string, column: 'current' | 'previous' | number): number {
    const a = this.t.has(indicatorId);
    const b = this.t.has(breakdown);
    if (a < 0 || b < 0) return -1;
    const col = column === 'previous' || column === 1 ? 1 : 0;
    return this.figKey.get((a * this.nText + b) * 2 + col) ?? -1;
  }

  /** The group id of a region, group year and period; -1 when none. */
  group(region: string, gy: number, period: string | undefined): number {
    const r = this.t.has(region);
    const p = this.t.has(period || '全年');
    if (r < 0 || p < 0) return -1;
    return this.groupKeyMap.get(groupNumKey(r, gy, p, this.nText)) ?? -1;
  }

  /**
   * The entry an operand stands for in a group: on the sheet given; else the only one; else the one typed
   * in (not a formula copying another sheet); else the first. -1 when none.
   */
  pick(g: number, f: number, sheetId = -1): number {
    let i = this.head(g, f);
    if (i < 0 || sheetId < 0) return this.typedIn(i);
    while (i >= 0 && this.t.sheet[i] !== sheetId) i = this.next[i];
    return i;
  }

  /**
   * The entry of a figure typed in, from its first entry i0: the first on an existing sheet that is not a
   * formula (a copy of another sheet's cell); else i0. -1 for -1.
   */
  typedIn(i0: number): number {
    if (i0 < 0 || this.next[i0] < 0) return i0;
    for (let j = i0; j >= 0; j = this.next[j]) if ((this.flags[j] & (F_FORMULA | F_NO_SHEET)) === 0) return j;
    return i0;
  }


  /** The entries of one figure of a group, in order. */
  chain(i: number): number[] {
    const out: number[] = [];
    for (let j = i; j >= 0; j = this.next[j]) out.push(j);
    return out;
  }

  /** Previous-period entries of a current one (same indicator, breakdown, region; the year before): first, or -1. */
  previousOf(i: number): number {
    if (this.t.column[i] !== 0 || !this.anyPrevious) return -1;
    const f = this.bFig[i];
    const pf = this.fig(this.figInd[f], this.figBd[f], 1);
    return this.head(this.bGroup[i], pf);
  }

  /** indicator name (+ breakdown, [上期]) of a figure */
  figLabel(f: number): string {
    let l = this.figLabels[f];
    if (l === undefined) {
      const name = this.indicator(this.figInd[f])?.name ?? this.figInd[f];
      l = this.figLabels[f] = `${name}${this.figBd[f] ? `(${this.figBd[f]})` : ''}${this.figCol[f] === 1 ? '[上期]' : ''}`;
    }
    return l;
  }

  label(i: number): string {
    return this.figLabel(this.bFig[i]);
  }

  /** The slot of entry i (for messages); null when its sheet does not exist. */
  slotAt(i: number): Slot | null {
    if (!this.exists(i)) return null;
    let s = this.slots[i];
    if (!s) {
      const t = this.t;
      const sheet = this.sheetOf(i);
      const raw = this.sheets.get(sheet)!.values[t.row[i]]?.[t.col[i]] ?? null;
      const numFmt = this.sheets.get(sheet)!.numFmts?.[t.row[i]]?.[t.col[i]] ?? null;
      s = this.slots[i] = new Slot(sheet, t.address(i), t.row[i], t.col[i], raw, this.has(i) ? this.val[i] : null, (this.flags[i] & F_EMPTY) !== 0, this.isFormula(i), numFmt, this.unit(i), this.h[i], this.binding(i), this.record(i), this.label(i));
    }
    return s;
  }

  private cellMap: Map<string, number> | null = null;
  /** The entry bound at "Sheet!A1" (the first), or -1 (built on first use). */
  boundAt(key: string): number {
    if (!this.cellMap) {
      this.cellMap = new Map();
      for (let i = 0; i < this.n; i++) {
        const k = `${this.sheetOf(i)}!${this.address(i)}`;
        if (!this.cellMap.has(k)) this.cellMap.set(k, i);
      }
    }
    return this.cellMap.get(key) ?? -1;
  }
  private userSheetList: SheetSnapshot[] | null = null;
  private cellSlots = new Map<string, Slot | null>();

  /** Visible user sheets (not _MZ_*). */
  userSheets(): SheetSnapshot[] {
    if (!this.userSheetList) this.userSheetList = this.sheetOrder.filter((n) => !INTERNAL_SHEETS.test(n)).map((n) => this.sheets.get(n)!);
    return this.userSheetList;
  }

  /** The cell with its number, unit and precision; cached. Null when the sheet or address is invalid. */
  slot(sheet: string, address: string): Slot | null {
    const key = `${sheet}!${address}`;
    const hit = this.cellSlots.get(key);
    if (hit !== undefined) return hit;
    const i = this.boundAt(key);
    let out: Slot | null = null;
    if (i >= 0) out = this.slotAt(i);
    else {
      const s = this.sheets.get(sheet);
      const p = parseA1(address);
      if (s && p) {
        const raw = s.values[p.row]?.[p.col] ?? null;
        const value = numericValue(raw);
        const numFmt = s.numFmts?.[p.row]?.[p.col] ?? null;
        const unit = this.unitOf(sheet, p.row, p.col);
        out = new Slot(sheet, address, p.row, p.col, raw, value, isEmpty(raw), !!s.formulas[p.row]?.[p.col], numFmt, unit, value === null ? 0 : halfUnit(value, unit, numFmt), undefined, undefined, address);
      }
    }
    this.cellSlots.set(key, out);
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
    if (sheet !== this.uSheet) this.selectUnitSheet(sheet);
    const s = this.uSnap;
    if (s) {
      const u = cellUnit(s, this.uRows, this.uCols, row, col);
      if (u) return u;
    }
    if (indicatorId) return this.indicator(indicatorId)?.unit ?? null;
    return null;
  }

  private selectUnitSheet(sheet: string): void {
    this.uSheet = sheet;
    this.uSnap = this.sheets.get(sheet);
    let rows = this.rowUnitCache.get(sheet);
    if (!rows) this.rowUnitCache.set(sheet, (rows = []));
    let cols = this.colUnitCache.get(sheet);
    if (!cols) this.colUnitCache.set(sheet, (cols = []));
    this.uRows = rows;
    this.uCols = cols;
  }

  private groupProv: (string | null | undefined)[] = [];
  /** Province of a group's region (cached per group). */
  groupProvince(g: number): string | undefined {
    let p = this.groupProv[g];
    if (p === undefined) p = this.groupProv[g] = this.provinceOf(this.groupInfo[g].region) ?? null;
    return p ?? undefined;
  }

  /** Province of a region (for per-province parameters). */
  provinceOf(region: string): string | undefined {
    const r = this.resolver.regionByName.get(region);
    return r?.province ?? (r?.level === 'province' ? r.name : undefined);
  }
}

/** Chains entries of one (group, figure) through next, in a dense head table; the table. */
function linkDense(bGroup: Int32Array, bFig: Int32Array, nG: number, nF: number, next: Int32Array): Int32Array {
  const head = new Int32Array(nG * nF).fill(-1);
  for (let i = bGroup.length - 1; i >= 0; i--) {
    const k = bGroup[i] * nF + bFig[i];
    next[i] = head[k];
    head[k] = i;
  }
  return head;
}

function linkSparse(bGroup: Int32Array, bFig: Int32Array, nF: number, next: Int32Array): Map<number, number> {
  const head = new Map<number, number>();
  for (let i = bGroup.length - 1; i >= 0; i--) {
    const k = bGroup[i] * nF + bFig[i];
    next[i] = head.get(k) ?? -1;
    head.set(k, i);
  }
  return head;
}

/** The (group, figure) heads ordered by group (stable), and each group's start in that list. */
function headsByGroup(idx: WorkbookIndex, nG: number): [Int32Array, Int32Array] {
  const { bGroup, bFig } = idx;
  const n = bGroup.length;
  const heads = new Int32Array(n);
  let nH = 0;
  for (let i = 0; i < n; i++) if (idx.head(bGroup[i], bFig[i]) === i) heads[nH++] = i;
  return orderByGroup(bGroup, heads, nH, nG);
}

function orderByGroup(bGroup: Int32Array, heads: Int32Array, nH: number, nG: number): [Int32Array, Int32Array] {
  const count = new Int32Array(nG + 1);
  for (let k = 0; k < nH; k++) count[bGroup[heads[k]] + 1]++;
  for (let g = 0; g < nG; g++) count[g + 1] += count[g];
  // copied by a loop (count.slice() deopted the optimised code on a later run)
  const start = new Int32Array(nG + 1);
  for (let g = 0; g <= nG; g++) start[g] = count[g];
  const fh = new Int32Array(nH);
  for (let k = 0; k < nH; k++) fh[count[bGroup[heads[k]]]++] = heads[k];
  return [start, fh];
}

function groupNumKey(region: number, gy: number, period: number, nText: number): number | string {
  if (gy === (gy | 0) && gy >= 1900 && gy < 5996) return (region * 4096 + (gy - 1900)) * nText + period;
  return `${region}|${gy}|${period}`;
}

const UNIT_CACHE = new Map<string, string | null>();

/** A cell text that is exactly a unit (人, 万元, 元/人·月 …), normalised; null otherwise. */
export function asUnit(text: unknown): string | null {
  if (typeof text !== 'string') return null;
  const t = text.trim();
  if (t === '' || t.length > 12) return null;
  // no unit holds a digit: row labels such as region names with numbers are rejected without parsing
  for (let k = 0; k < t.length; k++) {
    const ch = t.charCodeAt(k);
    if (ch >= 48 && ch <= 57) return null;
  }
  const hit = UNIT_CACHE.get(t);
  if (hit !== undefined) return hit;
  const u = normaliseUnit(t);
  const info = parseUnit(u);
  const out = info && !info.dim.startsWith('other:') ? info.unit : null;
  if (UNIT_CACHE.size < 5000) UNIT_CACHE.set(t, out);
  return out;
}

/** A unit written in the cell's row, else in its column's header; null when neither. Cached per row and column. */
function cellUnit(s: SheetSnapshot, rows: (string | null | undefined)[], cols: (string | null | undefined)[], row: number, col: number): string | null {
  let ru = rows[row];
  if (ru === undefined) ru = rows[row] = findUnitInRow(s.values[row] ?? []);
  if (ru) return ru;
  if (col < 0) return null;
  let cu = cols[col];
  if (cu === undefined) cu = cols[col] = findUnitInHeader(s, col);
  return cu;
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
