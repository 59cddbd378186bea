// WorkbookAdapter over Office.js (Excel desktop and Excel on the web).
// Round trips: sheetNames 1; readSheets 2 (1 with names); readSheetsWithNames 1; writeSheets 1 + one per ~4 MB of payload (2 for a
// typical fill of all tables); select 1; mark 1; clearMarks 1.
import {
  CellBlock,
  CellMark,
  CellStyle,
  CellValue,
  SheetExistsError,
  SheetSnapshot,
  SheetSpec,
  WorkbookAdapter,
  WriteMode,
  colName,
  parseA1,
} from '../core/workbook';

/** Runs a batch like Excel.run; injectable so tests can use a fake that counts syncs. */
export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface ExcelWorkbookOptions {
  /** Max estimated JSON bytes per sync. Excel on the web rejects requests over 5 MB. */
  maxPayloadBytes?: number;
  /** Whether page-layout APIs (ExcelApi 1.9) may be used. */
  pageLayout?: boolean;
}

export const DEFAULT_MAX_PAYLOAD = 4 * 1024 * 1024;

/** Fill colours for marks (Excel's own "bad" and "neutral" palettes). */
export const MARK_COLORS = { error: '#FFC7CE', warning: '#FFEB9C' } as const;

/**
 * A string that Excel would coerce (formula, number, date, boolean) is written with a leading
 * apostrophe so it stays text: writing "=1+1" as a value must not create a formula.
 */
export function excelText(v: string): string {
  if (v === '') return v;
  if (/^[=+\-@]/.test(v) || /^\s*[\d.]/.test(v) || /^(true|false)$/i.test(v)) return "'" + v;
  return v;
}

/** The array written to range.formulas: the formula where there is one, else the constant. */
export function blockFormulas(block: CellBlock): (string | number | boolean | null)[][] {
  return block.values.map((row, r) =>
    row.map((v, c) => {
      const f = block.formulas?.[r]?.[c];
      if (f) return f.startsWith('=') ? f : '=' + f;
      if (v === null || v === undefined) return null;
      return typeof v === 'string' ? excelText(v) : v;
    }),
  );
}

function rangeAddress(topLeft: string, rows: number, cols: number): string {
  const p = parseA1(topLeft);
  if (!p) throw new Error(`无效的单元格地址:${topLeft}`);
  const end = colName(p.col + cols - 1) + (p.row + rows);
  return rows === 1 && cols === 1 ? topLeft : `${colName(p.col)}${p.row + 1}:${end}`;
}

function shiftRows(topLeft: string, by: number): string {
  const p = parseA1(topLeft)!;
  return colName(p.col) + (p.row + 1 + by);
}

/** Splits a block by rows so that each piece's JSON payload stays under maxBytes. */
export function splitBlock(block: CellBlock, maxBytes: number): CellBlock[] {
  const size = estimateBytes(block);
  if (size <= maxBytes || block.values.length <= 1) return [block];
  const perRow = size / block.values.length;
  const rowsPer = Math.max(1, Math.floor(maxBytes / perRow));
  const out: CellBlock[] = [];
  for (let r = 0; r < block.values.length; r += rowsPer) {
    out.push({
      topLeft: shiftRows(block.topLeft, r),
      values: block.values.slice(r, r + rowsPer),
      formulas: block.formulas?.slice(r, r + rowsPer),
      numFmts: block.numFmts?.slice(r, r + rowsPer),
    });
  }
  return out;
}

/** UTF-8 byte length of a string (the request is sent as UTF-8 JSON). */
function utf8Length(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) n += c >= 0x800 && (c < 0xd800 || c > 0xdfff) ? 2 : 1;
  }
  return n;
}

/** Estimated request bytes of a block: formulas (values merged in), number formats, overhead. */
export function estimateBytes(block: CellBlock): number {
  const nf = block.numFmts ? utf8Length(JSON.stringify(block.numFmts)) : 0;
  return Math.ceil(utf8Length(JSON.stringify(blockFormulas(block))) * 1.1) + nf + 200;
}

function applyStyle(range: Excel.Range, style: CellStyle): void {
  const f = range.format;
  switch (style) {
    case 'title':
      f.font.bold = true;
      f.font.size = 14;
      f.horizontalAlignment = 'Center';
      break;
    case 'header':
      f.font.bold = true;
      f.fill.color = '#D9E1F2';
      f.horizontalAlignment = 'Center';
      f.wrapText = true;
      break;
    case 'total':
      f.font.bold = true;
      break;
    case 'note':
      f.font.size = 9;
      f.font.color = '#595959';
      f.wrapText = true;
      break;
    case 'center':
      f.horizontalAlignment = 'Center';
      break;
    case 'label':
      break;
  }
}

function fromExcel(v: unknown): CellValue {
  if (v === '' || v === undefined || v === null) return null;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string') return v;
  return String(v);
}

/** Pads a used range that does not start at A1 so the snapshot is aligned to A1. */
function padTo<T>(rows: T[][], rowIndex: number, colIndex: number, empty: T): T[][] {
  if (rowIndex === 0 && colIndex === 0) return rows;
  const width = colIndex + (rows[0]?.length ?? 0);
  const out: T[][] = [];
  for (let r = 0; r < rowIndex; r++) out.push(new Array(width).fill(empty));
  for (const row of rows) out.push([...new Array(colIndex).fill(empty), ...row]);
  return out;
}

function loadUsed(ws: Excel.Worksheet): Excel.Range {
  const r = ws.getUsedRangeOrNullObject();
  r.load('values,formulas,numberFormat,rowIndex,columnIndex');
  return r;
}

function toSnapshot(name: string, r: Excel.Range): SheetSnapshot {
  if (r.isNullObject) return { name, values: [], formulas: [], numFmts: [] };
  const values = (r.values as unknown[][]).map((row) => row.map(fromExcel));
  const formulas = (r.formulas as unknown[][]).map((row) =>
    row.map((f) => (typeof f === 'string' && f.startsWith('=') ? f : null)),
  );
  const numFmts = (r.numberFormat as unknown[][]).map((row) =>
    row.map((f) => (typeof f === 'string' && f !== 'General' ? f : null)),
  );
  return {
    name,
    values: padTo(values, r.rowIndex, r.columnIndex, null),
    formulas: padTo(formulas, r.rowIndex, r.columnIndex, null),
    numFmts: padTo(numFmts, r.rowIndex, r.columnIndex, null),
  };
}

export class ExcelWorkbook implements WorkbookAdapter {
  private readonly run: ExcelRunner;
  private readonly maxPayload: number;
  private readonly pageLayout: boolean;
  /** ids of the conditional formats added by mark(), per sheet */
  private marks: { sheet: string; address: string; id: string }[] = [];

  constructor(run?: ExcelRunner, opts: ExcelWorkbookOptions = {}) {
    this.run = run ?? ((batch) => Excel.run(batch));
    this.maxPayload = opts.maxPayloadBytes ?? DEFAULT_MAX_PAYLOAD;
    this.pageLayout = opts.pageLayout ?? false;
  }

  async sheetNames(): Promise<string[]> {
    return this.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      sheets.load('items/name');
      await ctx.sync();
      return sheets.items.map((s) => s.name);
    });
  }

  async readSheets(names?: string[]): Promise<SheetSnapshot[]> {
    if (names) return (await this.readSheetsWithNames(names)).snapshots;
    return this.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      sheets.load('items/name');
      await ctx.sync(); // 1: names
      const used = sheets.items.map((s) => ({ name: s.name, r: loadUsed(ctx.workbook.worksheets.getItem(s.name)) }));
      await ctx.sync(); // 2: all used ranges
      return used.map(({ name, r }) => toSnapshot(name, r));
    });
  }

  /**
   * All sheet names plus the snapshots of the named sheets (those that exist), in ONE sync:
   * getItemOrNullObject lets the used ranges be queued before the names are known.
   */
  async readSheetsWithNames(names: string[]): Promise<{ names: string[]; snapshots: SheetSnapshot[] }> {
    return this.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      sheets.load('items/name');
      const used = names.map((name) => ({ name, r: loadUsed(sheets.getItemOrNullObject(name)) }));
      await ctx.sync();
      const all = sheets.items.map((s) => s.name);
      const snapshots = used.filter(({ name }) => all.includes(name)).map(({ name, r }) => toSnapshot(name, r));
      return { names: all, snapshots };
    });
  }

  async writeSheets(specs: SheetSpec[], mode: WriteMode): Promise<void> {
    if (specs.length === 0) return;
    await this.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      sheets.load('items/name');
      await ctx.sync(); // 1: existing names
      const existing = new Set(sheets.items.map((s) => s.name));
      const clash = specs.map((s) => s.name).filter((n) => existing.has(n));
      if (mode === 'fail-if-exists' && clash.length > 0) throw new SheetExistsError(clash);

      ctx.application.suspendApiCalculationUntilNextSync();
      // Structure: create or clear sheets, then layout. Clearing (not deleting) keeps the sheet's
      // position and avoids deleting the workbook's last visible sheet.
      const ws = new Map<string, Excel.Worksheet>();
      for (const spec of specs) {
        let sheet: Excel.Worksheet;
        if (existing.has(spec.name)) {
          sheet = sheets.getItem(spec.name);
          sheet.getRange().clear('All');
        } else {
          sheet = sheets.add(spec.name);
        }
        ws.set(spec.name, sheet);
        spec.colWidths.forEach((w, i) => {
          if (w > 0) sheet.getRange(`${colName(i)}:${colName(i)}`).format.columnWidth = Math.round(w * 5.6 + 4);
        });
      }
      // Data, chunked by payload; layout (merges, styles) after the first chunk's data.
      const chunks: { sheet: string; block: CellBlock }[][] = [[]];
      let size = 0;
      for (const spec of specs) {
        for (const block of spec.blocks) {
          if (block.values.length === 0 || block.values[0].length === 0) continue;
          for (const piece of splitBlock(block, this.maxPayload)) {
            const b = estimateBytes(piece);
            if (size + b > this.maxPayload && chunks[chunks.length - 1].length > 0) {
              chunks.push([]);
              size = 0;
            }
            chunks[chunks.length - 1].push({ sheet: spec.name, block: piece });
            size += b;
          }
        }
      }
      for (let i = 0; i < chunks.length; i++) {
        if (i > 0) ctx.application.suspendApiCalculationUntilNextSync();
        for (const { sheet, block } of chunks[i]) {
          const rows = block.values.length;
          const cols = block.values[0].length;
          const range = ws.get(sheet)!.getRange(rangeAddress(block.topLeft, rows, cols));
          if (block.numFmts && block.numFmts.some((row) => row.some((f) => f))) {
            range.numberFormat = block.numFmts.map((row) => row.map((f) => f ?? 'General'));
          }
          range.formulas = blockFormulas(block) as unknown as string[][];
        }
        if (i === chunks.length - 1) this.queueLayout(specs, ws);
        await ctx.sync(); // 2 (and one more per further ~4 MB)
      }
    });
  }

  private queueLayout(specs: SheetSpec[], ws: Map<string, Excel.Worksheet>): void {
    for (const spec of specs) {
      const sheet = ws.get(spec.name)!;
      for (const m of spec.merges) sheet.getRange(m).merge(false);
      for (const s of spec.styles ?? []) applyStyle(sheet.getRange(s.range), s.style);
      if (spec.print && this.pageLayout) {
        if (spec.print.landscape) sheet.pageLayout.orientation = 'Landscape';
        if (spec.print.fitToWidth) sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
        if (spec.print.titleRows) sheet.pageLayout.setPrintTitleRows(`$${spec.print.titleRows[0]}:$${spec.print.titleRows[1]}`);
      }
      if (spec.hidden) sheet.visibility = 'Hidden';
    }
  }

  async select(sheet: string, address: string): Promise<void> {
    await this.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(address).select();
      await ctx.sync();
    });
  }

  /** Highlights cells with conditional formats, so the cells' own fills are never changed. */
  async mark(marks: CellMark[]): Promise<void> {
    if (marks.length === 0) return;
    await this.run(async (ctx) => {
      const added: { sheet: string; address: string; cf: Excel.ConditionalFormat }[] = [];
      for (const m of marks) {
        const range = ctx.workbook.worksheets.getItem(m.sheet).getRange(m.address);
        const cf = range.conditionalFormats.add('Custom');
        cf.custom.rule.formula = '=TRUE';
        cf.custom.format.fill.color = MARK_COLORS[m.severity];
        cf.load('id');
        added.push({ sheet: m.sheet, address: m.address, cf });
      }
      await ctx.sync();
      for (const a of added) this.marks.push({ sheet: a.sheet, address: a.address, id: a.cf.id });
    });
  }

  async clearMarks(): Promise<void> {
    if (this.marks.length === 0) return;
    const marks = this.marks;
    this.marks = [];
    await this.run(async (ctx) => {
      const rangeOf = (m: { sheet: string; address: string }) => ctx.workbook.worksheets.getItem(m.sheet).getRange(m.address);
      for (const m of marks) rangeOf(m).conditionalFormats.getItem(m.id).delete();
      try {
        await ctx.sync();
      } catch {
        // The user removed a marked sheet or format meanwhile, which fails the whole batch:
        // list the formats of each marked range on surviving sheets and delete ours.
        const sheets = ctx.workbook.worksheets;
        sheets.load('items/name');
        await ctx.sync();
        const names = new Set(sheets.items.map((s) => s.name));
        const lists = marks
          .filter((m) => names.has(m.sheet))
          .map((m) => {
            const c = rangeOf(m).conditionalFormats;
            c.load('items/id');
            return { m, c };
          });
        await ctx.sync();
        for (const { m, c } of lists) for (const cf of c.items) if (cf.id === m.id) cf.delete();
        await ctx.sync();
      }
    });
  }

  /** Writes the formula into the active cell (函数 tab). */
  async insertFormulaAtSelection(formula: string): Promise<string> {
    return this.run(async (ctx) => {
      const cell = ctx.workbook.getActiveCell();
      cell.formulas = [[formula]];
      cell.load('address');
      await ctx.sync();
      return cell.address;
    });
  }
}
