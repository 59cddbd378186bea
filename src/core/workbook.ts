// The one workbook interface. The xlsx adapter (exceljs) and the Excel adapter (Office.js)
// implement it, so filling and checking behave the same in the CLI, the browser and Excel.

export type CellValue = string | number | boolean | null;

/** A rectangular block written in one call. Arrays are row-major, all of the same shape. */
export interface CellBlock {
  /** top-left cell, A1 style, e.g. "A1" */
  topLeft: string;
  values: CellValue[][];
  /** a formula (starting with "=") where the cell is live; its computed value stays in `values` */
  formulas?: (string | null)[][];
  /** Excel number format per cell, e.g. "0.0", "0", "General"; null leaves the default */
  numFmts?: (string | null)[][];
}

/** center: a bordered cell centred (units and codes of the official forms). */
export type CellStyle = 'title' | 'header' | 'label' | 'note' | 'total' | 'center';

/** A whole sheet, as the fill engine produces it. */
export interface SheetSpec {
  name: string;
  blocks: CellBlock[];
  merges: string[]; // "A1:F1"
  colWidths: number[]; // in characters, column A first
  styles?: { range: string; style: CellStyle }[];
  hidden?: boolean;
  /** print setup: landscape, fit to width */
  print?: { landscape?: boolean; fitToWidth?: boolean; /** rows repeated on every printed page, 1-based [first, last] */ titleRows?: [number, number] };
}

/** What a check reads back: the used range from A1, values and formulas aligned. */
export interface SheetSnapshot {
  name: string;
  values: CellValue[][];
  formulas: (string | null)[][];
  numFmts?: (string | null)[][];
}

/** Where a bound cell lives and what it means. */
export interface Binding {
  sheet: string;
  address: string; // A1 style, e.g. "D5"
  indicatorId: string;
  region: string;
  year: number;
  breakdown: string;
  period: string;
  /** 本期 (current) or 上期 (previous period / year) */
  column: 'current' | 'previous';
}

export type WriteMode = 'fail-if-exists' | 'replace';

export interface CellMark {
  sheet: string;
  address: string; // a cell or a range
  severity: 'error' | 'warning';
}

export interface WorkbookAdapter {
  sheetNames(): Promise<string[]>;
  /** Reads the named sheets (all when omitted) in one round trip. */
  readSheets(names?: string[]): Promise<SheetSnapshot[]>;
  /**
   * Writes whole sheets in one round trip. With 'fail-if-exists', throws SheetExistsError before
   * writing anything if a sheet of the same name exists; other sheets are never touched.
   */
  writeSheets(sheets: SheetSpec[], mode: WriteMode): Promise<void>;
  /** Optional UI affordances (Excel only). */
  select?(sheet: string, address: string): Promise<void>;
  mark?(marks: CellMark[]): Promise<void>;
  clearMarks?(): Promise<void>;
}

export class SheetExistsError extends Error {
  constructor(public readonly sheets: string[]) {
    super(`工作表已存在:${sheets.join('、')}。未写入任何内容;如需覆盖请确认替换(CLI 使用 --force)。`);
    this.name = 'SheetExistsError';
  }
}

/** Column letters for a 0-based index: 0 → A, 26 → AA. */
export function colName(index: number): string {
  let s = '';
  let n = index + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A1 address for 0-based row and column. */
export function a1(row: number, col: number): string {
  return colName(col) + (row + 1);
}

/** Parses "D5" into 0-based {row, col}; returns null for anything else. */
export function parseA1(address: string): { row: number; col: number } | null {
  // fast path for the plain form ("D5"); anything else through the regex below
  const n = address.length;
  let i = 0;
  let col = 0;
  for (; i < n && i < 3; i++) {
    const c = address.charCodeAt(i);
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  if (i > 0 && i < n) {
    let row = 0;
    let j = i;
    for (; j < n; j++) {
      const c = address.charCodeAt(j);
      if (c < 48 || c > 57) break;
      row = row * 10 + (c - 48);
    }
    if (j === n && j - i < 16) return { row: row - 1, col: col - 1 };
  }
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(address.trim().toUpperCase());
  if (!m) return null;
  col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

export interface Grid {
  values: CellValue[][];
  formulas: (string | null)[][];
  numFmts: (string | null)[][];
}

/** Rows and columns the blocks cover from A1. */
export function blocksExtent(blocks: CellBlock[]): { h: number; w: number } {
  let h = 0;
  let w = 0;
  for (const b of blocks) {
    const tl = parseA1(b.topLeft);
    if (!tl) continue;
    h = Math.max(h, tl.row + b.values.length);
    w = Math.max(w, tl.col + (b.values[0]?.length ?? 0));
  }
  return { h, w };
}

/** The blocks merged into one dense h × w grid from A1 (null where nothing is written). */
export function blocksToGrid(blocks: CellBlock[], h: number, w: number): Grid {
  const values: CellValue[][] = Array.from({ length: h }, () => new Array(w).fill(null));
  const formulas: (string | null)[][] = Array.from({ length: h }, () => new Array(w).fill(null));
  const numFmts: (string | null)[][] = Array.from({ length: h }, () => new Array(w).fill(null));
  for (const b of blocks) {
    const tl = parseA1(b.topLeft);
    if (!tl) continue;
    b.values.forEach((vr, i) =>
      vr.forEach((v, j) => {
        values[tl.row + i][tl.col + j] = v ?? null;
        formulas[tl.row + i][tl.col + j] = b.formulas?.[i]?.[j] ?? null;
        numFmts[tl.row + i][tl.col + j] = b.numFmts?.[i]?.[j] ?? null;
      }),
    );
  }
  return { values, formulas, numFmts };
}
