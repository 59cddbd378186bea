// The xlsx workbook adapter. Works in Node and in the browser: no fs here except in save(), which
// loads 'fs' lazily. A loaded workbook is read once by the lean reader (xlsxReader.ts: each sheet part
// inflated once, within the reading limits) and written at the package level (xlsxPackage.ts): only the
// sheets written here change, every other part is kept byte for byte. exceljs is not needed for either.
import type ExcelJS from 'exceljs';
import {
  SheetExistsError,
  SheetSnapshot,
  SheetSpec,
  WorkbookAdapter,
  WriteMode,
  blocksExtent,
  blocksToGrid,
} from '../core/workbook';
import { writeXlsx } from './xlsxWriter';
import { workbookReadFailure } from './readFailure';
import { XlsxPackage } from './xlsxPackage';

export class XlsxWorkbook implements WorkbookAdapter {
  /**
   * A workbook made by create() keeps its sheets as specs and is written by the fast writer
   * (xlsxWriter.ts). A loaded one keeps its bytes and the snapshots read from them; the sheets written
   * to it are kept as specs and put into those bytes by toBuffer(), so nothing else in the file changes.
   */
  private fresh: SheetSpec[] | null = null;
  private source: Uint8Array | null = null;
  private loaded: SheetSnapshot[] = [];
  private pending: SheetSpec[] = [];
  private model: Promise<ExcelJS.Workbook> | null = null;

  private constructor(readonly label: string) {}

  static create(label = '新工作簿'): XlsxWorkbook {
    const x = new XlsxWorkbook(label);
    x.fresh = [];
    return x;
  }

  /**
   * Loads xlsx bytes. `label` names the file in error messages. A string is taken as a file path
   * (Node only). A workbook beyond the reading limits (bombs, references beyond the grid …) or damaged
   * is refused with the message of readFailure.ts.
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
    const { readXlsxSheets } = await import(/* webpackChunkName: "xlsx-reader" */ './xlsxReader');
    let sheets: SheetSnapshot[];
    try {
      sheets = await readXlsxSheets(bytes);
    } catch (e) {
      throw new Error(workbookReadFailure(name, e));
    }
    const x = new XlsxWorkbook(name);
    x.source = bytes.slice();
    x.loaded = sheets;
    return x;
  }

  /**
   * The workbook as an exceljs model (tools and tests that edit cells the way a user would): the loaded
   * bytes, or what toBuffer() writes for a created one; loaded on first use.
   */
  exceljs(): Promise<ExcelJS.Workbook> {
    if (!this.model) {
      this.model = (async () => {
        const { default: Excel } = await import('exceljs');
        const wb = new Excel.Workbook();
        await wb.xlsx.load((this.source ?? (await this.toBuffer())) as unknown as ArrayBuffer);
        return wb;
      })();
    }
    return this.model;
  }

  private pendingFor(name: string): SheetSpec | undefined {
    return this.pending.find((p) => p.name.toUpperCase() === name.toUpperCase());
  }

  async sheetNames(): Promise<string[]> {
    if (this.fresh) return this.fresh.map((s) => s.name);
    const names = this.loaded.map((s) => s.name);
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
      else out.push(this.loaded.find((s) => s.name === name)!);
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
