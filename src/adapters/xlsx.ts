// The xlsx workbook adapter (exceljs). Works in Node and in the browser: no fs here except in
// save(), which loads 'fs' lazily (node-only helpers live in xlsxNode.ts).
import ExcelJS from 'exceljs';
import {
  CellStyle,
  CellValue,
  SheetExistsError,
  SheetSnapshot,
  SheetSpec,
  WorkbookAdapter,
  WriteMode,
  parseA1,
  blocksExtent,
  blocksToGrid,
} from '../core/workbook';
import { rowHeights, writeXlsx } from './xlsxWriter';

type XStyle = Partial<ExcelJS.Style>;

const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF808080' } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const FONT = 'SimSun';

const BASE: Record<CellStyle | 'plain', XStyle> = {
  plain: { font: { name: FONT, size: 10 } },
  title: { font: { name: FONT, size: 16, bold: true }, alignment: { horizontal: 'center', vertical: 'middle' } },
  header: {
    font: { name: FONT, size: 10, bold: true },
    fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } },
    border: BORDER,
    alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
  },
  label: { font: { name: FONT, size: 10 }, border: BORDER, alignment: { vertical: 'middle' } },
  total: { font: { name: FONT, size: 10, bold: true }, border: BORDER, alignment: { vertical: 'middle' } },
  note: { font: { name: FONT, size: 9 }, alignment: { vertical: 'top', wrapText: true } },
};

function normValue(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('result' in o || 'formula' in o || 'sharedFormula' in o) return normValue(o.result);
    if (Array.isArray(o.richText)) return (o.richText as { text: string }[]).map((x) => x.text).join('');
    if ('text' in o) return normValue(o.text);
    if ('error' in o) return String(o.error);
  }
  return String(v);
}

export class XlsxWorkbook implements WorkbookAdapter {
  /**
   * A workbook made by create() keeps its sheets as specs and is written by the fast writer
   * (xlsxWriter.ts); a loaded one is kept and written by exceljs, so nothing it holds is lost.
   */
  private fresh: SheetSpec[] | null = null;

  private constructor(
    readonly workbook: ExcelJS.Workbook,
    readonly label: string,
  ) {}

  static create(label = '新工作簿'): XlsxWorkbook {
    const wb = new ExcelJS.Workbook();
    wb.creator = 'MZ';
    const x = new XlsxWorkbook(wb, label);
    x.fresh = [];
    return x;
  }

  /**
   * Loads xlsx bytes. `label` names the file in error messages. A string is taken as a file path
   * (Node only).
   */
  static async load(input: ArrayBuffer | Uint8Array | string, label?: string): Promise<XlsxWorkbook> {
    let bytes: ArrayBuffer | Uint8Array;
    let name = label ?? '工作簿';
    if (typeof input === 'string') {
      name = label ?? input;
      const fs = nodeRequire('fs') as typeof import('fs');
      try {
        bytes = fs.readFileSync(input);
      } catch (e) {
        throw new Error(`无法读取文件“${name}”:${(e as NodeJS.ErrnoException).code === 'ENOENT' ? '文件不存在' : (e as Error).message}`);
      }
    } else bytes = input;
    const wb = new ExcelJS.Workbook();
    try {
      // exceljs accepts Buffer/ArrayBuffer
      await wb.xlsx.load(bytes as ArrayBuffer);
    } catch (e) {
      throw new Error(`无法读取工作簿“${name}”:不是有效的 xlsx 文件或文件已损坏(${(e as Error).message})`);
    }
    return new XlsxWorkbook(wb, name);
  }

  async sheetNames(): Promise<string[]> {
    if (this.fresh) return this.fresh.map((s) => s.name);
    return this.workbook.worksheets.map((w) => w.name);
  }

  async readSheets(names?: string[]): Promise<SheetSnapshot[]> {
    if (this.fresh) return this.fresh.filter((s) => !names || names.includes(s.name)).map(specToSnapshot);
    const out: SheetSnapshot[] = [];
    for (const ws of this.workbook.worksheets) {
      if (names && !names.includes(ws.name)) continue;
      out.push(readSheet(ws));
    }
    return out;
  }

  async writeSheets(sheets: SheetSpec[], mode: WriteMode): Promise<void> {
    if (this.fresh) {
      const fresh = this.fresh;
      const clash = sheets.filter((s) => fresh.some((f) => f.name === s.name)).map((s) => s.name);
      if (clash.length && mode === 'fail-if-exists') throw new SheetExistsError(clash);
      for (const spec of sheets) {
        const i = fresh.findIndex((f) => f.name === spec.name);
        if (i >= 0) fresh[i] = spec;
        else fresh.push(spec);
      }
      return;
    }
    const existing = new Map(this.workbook.worksheets.map((w) => [w.name, w]));
    const clash = sheets.filter((s) => existing.has(s.name)).map((s) => s.name);
    if (clash.length && mode === 'fail-if-exists') throw new SheetExistsError(clash);
    for (const spec of sheets) {
      const old = existing.get(spec.name);
      let orderNo: number | undefined;
      if (old) {
        orderNo = (old as unknown as { orderNo: number }).orderNo;
        this.workbook.removeWorksheet(old.id);
      }
      const ws = this.workbook.addWorksheet(spec.name);
      if (orderNo !== undefined) (ws as unknown as { orderNo: number }).orderNo = orderNo;
      writeSheet(ws, spec);
    }
  }

  async toBuffer(): Promise<Uint8Array> {
    if (this.fresh) return writeXlsx(this.fresh);
    const buf = await this.workbook.xlsx.writeBuffer();
    return new Uint8Array(buf as ArrayBuffer);
  }

  /** Writes the workbook to a file (Node only). */
  async save(path: string): Promise<void> {
    const fs = nodeRequire('fs') as typeof import('fs');
    const buf = await this.toBuffer();
    fs.writeFileSync(path, buf);
  }
}

// Node built-ins without a static require, so bundlers never pull 'fs' into a browser build.
function nodeRequire(m: string): unknown {
  const p = (globalThis as { process?: { getBuiltinModule?: (name: string) => unknown } }).process;
  const mod = p?.getBuiltinModule?.(m);
  if (!mod) throw new Error(`此环境不支持读写本地文件(${m})`);
  return mod;
}

/** What a spec looks like when read back (used range from A1). */
export function specToSnapshot(spec: SheetSpec): SheetSnapshot {
  const { h, w } = blocksExtent(spec.blocks);
  return { name: spec.name, ...blocksToGrid(spec.blocks, h, w) };
}

function readSheet(ws: ExcelJS.Worksheet): SheetSnapshot {
  const nRows = ws.rowCount;
  const nCols = ws.columnCount;
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numFmts: (string | null)[][] = [];
  for (let r = 1; r <= nRows; r++) {
    const vr: CellValue[] = new Array(nCols).fill(null);
    const fr: (string | null)[] = new Array(nCols).fill(null);
    const nr: (string | null)[] = new Array(nCols).fill(null);
    const row = ws.findRow(r);
    if (row) {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (c > nCols) return;
        if (cell.type === ExcelJS.ValueType.Merge) return;
        let f: string | null = null;
        if (cell.type === ExcelJS.ValueType.Formula) {
          const text = cell.formula;
          if (text) f = '=' + text;
        }
        // a formula's cached result from the model: cell.value drops falsy results (0, false, "")
        vr[c - 1] = f !== null || cell.type === ExcelJS.ValueType.Formula ? normValue(cell.result) : normValue(cell.value);
        fr[c - 1] = f;
        nr[c - 1] = cell.numFmt ?? null;
      });
    }
    values.push(vr);
    formulas.push(fr);
    numFmts.push(nr);
  }
  return { name: ws.name, values, formulas, numFmts };
}

function writeSheet(ws: ExcelJS.Worksheet, spec: SheetSpec): void {
  if (spec.hidden) ws.state = 'hidden';
  if (spec.print) {
    ws.pageSetup = {
      ...ws.pageSetup,
      orientation: spec.print.landscape ? 'landscape' : 'portrait',
      fitToPage: !!spec.print.fitToWidth,
      fitToWidth: 1,
      fitToHeight: 0,
      paperSize: 9,
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    };
  }
  spec.colWidths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  // style map: later ranges win; keyed by "r,c"
  const styleAt = new Map<number, CellStyle>();
  let maxCol = 1;
  for (const b of spec.blocks) maxCol = Math.max(maxCol, (parseA1(b.topLeft)?.col ?? 0) + (b.values[0]?.length ?? 0));
  const stride = Math.max(maxCol, spec.colWidths.length, 1) + 1;
  for (const s of spec.styles ?? []) {
    const [from, to] = s.range.split(':');
    const p = parseA1(from);
    const q = parseA1(to ?? from);
    if (!p || !q) continue;
    for (let r = p.row; r <= q.row; r++) for (let c = p.col; c <= q.col; c++) styleAt.set(r * stride + c, s.style);
  }
  const cache = new Map<string, XStyle>();
  const styleFor = (name: CellStyle | 'plain', fmt: string | null): XStyle => {
    const k = name + '|' + (fmt ?? '');
    let st = cache.get(k);
    if (!st) {
      st = { ...BASE[name] };
      if (fmt && fmt !== 'General') st.numFmt = fmt;
      cache.set(k, st);
    }
    return st;
  };
  const done = new Set<number>();
  for (const b of spec.blocks) {
    const tl = parseA1(b.topLeft);
    if (!tl) continue;
    for (let i = 0; i < b.values.length; i++) {
      const row = ws.getRow(tl.row + i + 1);
      const vr = b.values[i];
      const fr = b.formulas?.[i];
      const nr = b.numFmts?.[i];
      for (let j = 0; j < vr.length; j++) {
        const v = vr[j];
        const f = fr?.[j] ?? null;
        const key = (tl.row + i) * stride + (tl.col + j);
        const sname = styleAt.get(key);
        if (v === null && !f && !sname) continue;
        const cell = row.getCell(tl.col + j + 1);
        if (f) {
          const result = v === null ? undefined : v;
          cell.value = { formula: f.replace(/^=/, ''), result } as ExcelJS.CellFormulaValue;
        } else if (v !== null) cell.value = v;
        cell.style = styleFor(sname ?? 'plain', nr?.[j] ?? null);
        done.add(key);
      }
    }
  }
  // styled cells without values (borders on empty cells)
  for (const [key, sname] of styleAt) {
    if (done.has(key)) continue;
    const r = Math.floor(key / stride);
    const c = key % stride;
    ws.getRow(r + 1).getCell(c + 1).style = styleFor(sname, null);
  }
  for (const m of spec.merges) {
    try {
      ws.mergeCells(m);
    } catch {
      // overlapping merge: ignore, values stay
    }
  }
  // row heights: title, wrapped headers and notes (same rules as the fast writer)
  const heights = rowHeights(
    spec,
    (r, c) => styleAt.get(r * stride + c),
    (r, c) => {
      const v = ws.getRow(r + 1).getCell(c + 1).value;
      return typeof v === 'string' ? v : '';
    },
  );
  for (const [r, h] of heights) ws.getRow(r + 1).height = h;
}
