// In-memory index of a workbook for checking: sheets, cells, units of cells, bindings by key. Pure.
import { Binding, CellValue, SheetSnapshot, parseA1 } from '../workbook';
import { Catalogue, DataRecord, IndicatorDef } from '../types';
import { Resolver } from '../resolver';
import { normaliseUnit, parseUnit } from '../units';

/** What the checks need from the dataset engine (MzEngine satisfies it). */
export interface EngineLike {
  readonly catalogue: Catalogue;
  find(regionName: string, indicatorId: string, year: number, breakdown?: string): DataRecord | undefined;
}

export const INTERNAL_SHEETS = /^_MZ_/;

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

/** A numeric reading of a cell: numbers, and strings that are plain numbers ("1,234.5"). */
export function numericValue(v: CellValue): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string') {
    const s = v.trim().replace(/,/g, '');
    if (/^[-+]?\d+(\.\d+)?$/.test(s)) return Number(s);
  }
  return null;
}

export function isEmpty(v: CellValue): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

export class WorkbookIndex {
  readonly sheets = new Map<string, SheetSnapshot>();
  readonly sheetOrder: string[] = [];
  readonly byKey = new Map<string, Binding[]>();
  readonly byCell = new Map<string, Binding>();
  readonly groups = new Map<string, { region: string; year: number }>();
  readonly resolver: Resolver;
  private rowUnitCache = new Map<string, string | null>();
  private colUnitCache = new Map<string, string | null>();

  constructor(
    snapshots: SheetSnapshot[],
    readonly bindings: Binding[],
    readonly catalogue: Catalogue,
  ) {
    for (const s of snapshots) {
      this.sheets.set(s.name, s);
      this.sheetOrder.push(s.name);
    }
    this.resolver = new Resolver(catalogue);
    for (const b of bindings) {
      const k = bindingKey(b.indicatorId, b.breakdown ?? '', b.region, b.year, b.column);
      const list = this.byKey.get(k);
      if (list) list.push(b);
      else this.byKey.set(k, [b]);
      this.byCell.set(`${b.sheet}!${b.address}`, b);
      if (b.column === 'current') {
        const g = `${b.region}|${b.year}`;
        if (!this.groups.has(g)) this.groups.set(g, { region: b.region, year: b.year });
      }
    }
  }

  /** Visible user sheets (not _MZ_*). */
  userSheets(): SheetSnapshot[] {
    return this.sheetOrder.filter((n) => !INTERNAL_SHEETS.test(n)).map((n) => this.sheets.get(n)!);
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
      address: colLetters(col) + (row + 1),
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
    const s = this.sheets.get(sheet);
    if (s) {
      const rk = `${sheet}|${row}`;
      let ru = this.rowUnitCache.get(rk);
      if (ru === undefined) {
        ru = findUnitInRow(s.values[row] ?? []);
        this.rowUnitCache.set(rk, ru);
      }
      if (ru) return ru;
      const ck = `${sheet}|${col}`;
      let cu = this.colUnitCache.get(ck);
      if (cu === undefined) {
        cu = findUnitInHeader(s, col);
        this.colUnitCache.set(ck, cu);
      }
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

function colLetters(index: number): string {
  let s = '';
  let n = index + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
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
