// The xlsx workbook adapter. Works in Node and in the browser: no fs here except in save(), which
// loads 'fs' lazily. A loaded workbook is read through exceljs and written at the package level
// (xlsxPackage.ts): only the sheets written here change, every other part is kept byte for byte.
import ExcelJS from 'exceljs';
import {
  CellValue,
  SheetExistsError,
  SheetSnapshot,
  SheetSpec,
  WorkbookAdapter,
  WriteMode,
  blocksExtent,
  blocksToGrid,
} from '../core/workbook';
import { writeXlsx } from './xlsxWriter';
import { XlsxPackage } from './xlsxPackage';
import { InflateBudget, entryBytes, readZip } from './zip';

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
   * (xlsxWriter.ts). A loaded one keeps its bytes; the sheets written to it are kept as specs and
   * put into those bytes by toBuffer(), so nothing else in the file changes.
   */
  private fresh: SheetSpec[] | null = null;
  private source: Uint8Array | null = null;
  private pending: SheetSpec[] = [];

  private constructor(
    /** the exceljs model of a loaded workbook, as read (sheets written here are not put into it) */
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
    let bytes: Uint8Array;
    let name = label ?? '工作簿';
    if (typeof input === 'string') {
      name = label ?? input;
      const fs = nodeRequire('fs') as typeof import('fs');
      try {
        bytes = fs.readFileSync(input);
      } catch (e) {
        throw new Error(`无法读取文件“${name}”:${(e as NodeJS.ErrnoException).code === 'ENOENT' ? '文件不存在' : (e as Error).message}`);
      }
    } else bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
    // exceljs inflates every part and allocates as the XML says: the reading limits are checked first
    await checkLimits(bytes, name);
    const wb = new ExcelJS.Workbook();
    try {
      // exceljs accepts Buffer/ArrayBuffer
      await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    } catch (e) {
      throw new Error(`无法读取工作簿“${name}”:不是有效的 xlsx 文件或文件已损坏(${(e as Error).message})`);
    }
    const x = new XlsxWorkbook(wb, name);
    x.source = bytes.slice();
    return x;
  }

  private pendingFor(name: string): SheetSpec | undefined {
    return this.pending.find((p) => p.name.toUpperCase() === name.toUpperCase());
  }

  async sheetNames(): Promise<string[]> {
    if (this.fresh) return this.fresh.map((s) => s.name);
    const names = this.workbook.worksheets.map((w) => w.name);
    for (const p of this.pending) if (!names.some((n) => n.toUpperCase() === p.name.toUpperCase())) names.push(p.name);
    return names;
  }

  async readSheets(names?: string[]): Promise<SheetSnapshot[]> {
    if (this.fresh) return this.fresh.filter((s) => !names || names.includes(s.name)).map(specToSnapshot);
    const out: SheetSnapshot[] = [];
    for (const name of await this.sheetNames()) {
      if (names && !names.includes(name)) continue;
      const p = this.pendingFor(name);
      if (p) out.push({ ...specToSnapshot(p), name });
      else out.push(readSheet(this.workbook.getWorksheet(name)!));
    }
    return out;
  }

  async writeSheets(sheets: SheetSpec[], mode: WriteMode): Promise<void> {
    const list = this.fresh ?? this.pending;
    const existing = this.fresh ? this.fresh.map((s) => s.name) : await this.sheetNames();
    const clash = existing.filter((n) => sheets.some((s) => s.name.toUpperCase() === n.toUpperCase()));
    if (clash.length && mode === 'fail-if-exists') throw new SheetExistsError(clash);
    for (const spec of sheets) {
      const i = list.findIndex((f) => f.name.toUpperCase() === spec.name.toUpperCase());
      if (i >= 0) list[i] = spec;
      else list.push(spec);
    }
  }

  async toBuffer(): Promise<Uint8Array> {
    if (this.fresh) return writeXlsx(this.fresh);
    if (!this.pending.length) return this.source!.slice();
    const pkg = await XlsxPackage.open(this.source!, this.label);
    return pkg.withSheets(this.pending, 'replace');
  }

  /** Writes the workbook to a file (Node only): a temporary file next to it, then a rename. */
  async save(path: string): Promise<void> {
    const fs = nodeRequire('fs') as typeof import('fs');
    const buf = await this.toBuffer();
    const tmp = `${path}.mz-${Date.now().toString(36)}.tmp`;
    try {
      const fd = fs.openSync(tmp, 'w');
      try {
        fs.writeSync(fd, buf);
        fs.fsyncSync(fd);
      } finally {
        fs.closeSync(fd);
      }
      fs.renameSync(tmp, path);
    } catch (e) {
      try {
        fs.unlinkSync(tmp);
      } catch {
        // not created
      }
      throw e;
    }
  }
}

/**
 * Throws (a Chinese message naming the file) when the workbook is beyond the reading limits: every
 * part inflated within the zip limits (a bomb in any part, images included), then the sheets scanned
 * by the lean reader (references beyond XFD1048576, formulas beyond Excel's length …).
 */
async function checkLimits(bytes: Uint8Array, name: string): Promise<void> {
  const say = (e: unknown): Error => {
    const err = e as { kind?: string; message?: string };
    if (err?.kind === 'limit') return new Error(`无法读取工作簿“${name}”:超出读取上限:${err.message}`);
    return new Error(`无法读取工作簿“${name}”:不是有效的 xlsx 文件或文件已损坏(${err?.message ?? String(e)})`);
  };
  try {
    const budget = new InflateBudget(bytes.length);
    for (const e of readZip(bytes)) await entryBytes(e, budget);
    const { readXlsxSheets } = await import(/* webpackChunkName: "xlsx-reader" */ './xlsxReader');
    await readXlsxSheets(bytes);
  } catch (e) {
    const kind = (e as Error)?.name;
    if (kind === 'ZipError' || kind === 'XlsxReadError') throw say(e);
    // anything else (an environment without TextDecoder, say) is for exceljs to judge
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
