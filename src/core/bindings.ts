// Bindings stored inside the workbook, in a hidden sheet, so that checks work on a reopened, edited or
// e-mailed file.
//
// Format version 2 (written): one row per bound block, a run of consecutive rows of one sheet whose bound
// cells sit in the same columns with the same per-column pattern (the list layout: one row per region; the
// reference tables: one row per indicator). Column A holds =ROWS('Sheet'!$B$3:$F$202): Excel and LibreOffice
// rewrite the range when rows are inserted or deleted, so the block follows its cells. When the range's
// height changed (rows inserted or deleted inside the block), rows are matched again by their labels (the
// text of the label column at write time).
//   row 1: MZ_BINDINGS | 格式版本 | 2 | 说明
//   row 2: 引用 | 工作表 | 区域 | 列 | 指标ID | 地区 | 年份 | 分组 | 期别 | 栏目 | 标签列 | 行标签
//   row 3+: one row per block. 列: JSON array of the bound columns (offsets from the range's first column).
//           Each field is JSON: a value for the whole block, {"r":[…]} one per row, or {"c":[…]} one per
//           bound column. 标签列: offset of the label column from the range's first column; 行标签: JSON array.
//
// Format version 1 (still read): one row per bound cell, or per run of horizontally adjacent cells
// (跨列 = n, 指标ID/分组 holding n values separated by ';'), with a reference formula to its first cell.
import { Binding, CellValue, SheetSnapshot, SheetSpec, colName, parseA1 } from './workbook';
import { sheetRef } from './fill';
import { BindingTable } from './bindingTable';

export const BINDINGS_SHEET = '_MZ_BINDINGS';
export const BINDINGS_FORMAT = 2;
const MAGIC = 'MZ_BINDINGS';
const HEADERS = ['引用', '工作表', '区域', '列', '指标ID', '地区', '年份', '分组', '期别', '栏目', '标签列', '行标签'];
const NCOL = HEADERS.length;
/** rows per block: keeps every JSON cell far below Excel's 32,767 characters */
const MAX_BLOCK_ROWS = 200;
const MAX_LABEL = 40;

/** Cell values of the bound cells (optional), and of any cell (the row labels) when `at` is given. */
export type ValueOf = ((b: Binding) => CellValue) & { at?: (sheet: string, row: number, col: number) => CellValue };

type Field = 'indicatorId' | 'region' | 'year' | 'breakdown' | 'period' | 'column';
const FIELDS: Field[] = ['indicatorId', 'region', 'year', 'breakdown', 'period', 'column'];

/** Encodes bindings as the hidden sheet (format 2): one row per block of rows with the same column pattern. */
export function encodeBindings(bindings: Binding[], valueOf?: ValueOf): SheetSpec {
  const values: CellValue[][] = [
    [MAGIC, '格式版本', BINDINGS_FORMAT, '本表记录 MZ 填报的单元格与指标的对应关系,供校验使用,请勿修改。', ...new Array(NCOL - 4).fill(null)],
    HEADERS.slice(),
  ];
  const formulas: (string | null)[][] = [new Array(NCOL).fill(null), new Array(NCOL).fill(null)];
  const sheetOrder = new Map<string, number>();
  for (const b of bindings) if (!sheetOrder.has(b.sheet)) sheetOrder.set(b.sheet, sheetOrder.size);
  const cells = (
    bindings.map((b) => ({ b, p: parseA1(b.address) })).filter((x) => x.p !== null) as { b: Binding; p: { row: number; col: number } }[]
  ).sort((x, y) => sheetOrder.get(x.b.sheet)! - sheetOrder.get(y.b.sheet)! || x.p.row - y.p.row || x.p.col - y.p.col);

  // one descriptor per (sheet, row): its columns, the fields equal along the row (scalars), the others by column
  interface RowDesc {
    sheet: string;
    row: number;
    cols: number[];
    scalar: Partial<Record<Field, string | number>>;
    sig: string;
  }
  const rows: RowDesc[] = [];
  for (let i = 0; i < cells.length; ) {
    const { b: b0, p: p0 } = cells[i];
    let j = i + 1;
    while (j < cells.length && cells[j].b.sheet === b0.sheet && cells[j].p.row === p0.row) j++;
    const run = cells.slice(i, j).filter((x, k, a) => k === 0 || x.p.col !== a[k - 1].p.col); // one binding per cell
    const cols = run.map((x) => x.p.col);
    const scalar: RowDesc['scalar'] = {};
    const sig: string[] = [cols.join(',')];
    for (const f of FIELDS) {
      const vs = run.map((x) => x.b[f] ?? '');
      if (vs.every((v) => v === vs[0])) {
        scalar[f] = vs[0];
        sig.push('');
      } else sig.push(JSON.stringify(vs));
    }
    rows.push({ sheet: b0.sheet, row: p0.row, cols, scalar, sig: sig.join('\u0000') });
    i = j;
  }

  for (let i = 0; i < rows.length; ) {
    const r0 = rows[i];
    let j = i + 1;
    while (j < rows.length && j - i < MAX_BLOCK_ROWS && rows[j].sheet === r0.sheet && rows[j].row === r0.row + (j - i) && rows[j].sig === r0.sig) j++;
    const blk = rows.slice(i, j);
    const c0 = r0.cols[0];
    const c1 = r0.cols[r0.cols.length - 1];
    const range = `$${colName(c0)}$${r0.row + 1}:$${colName(c1)}$${r0.row + blk.length}`;
    const fieldText = (f: Field, k: number): string => {
      if (!(f in r0.scalar)) {
        // by column: the values of the first row's run
        const sigPart = r0.sig.split('\u0000')[1 + k];
        return JSON.stringify({ c: JSON.parse(sigPart) });
      }
      const vs = blk.map((r) => r.scalar[f]!);
      return vs.every((v) => v === vs[0]) ? JSON.stringify(vs[0]) : JSON.stringify({ r: vs });
    };
    const at = valueOf?.at;
    const labelCol = 0; // the row labels (indicator names, regions) sit in column A in every MZ layout
    const labels = at && c0 > labelCol ? blk.map((r) => labelText(at(r.sheet, r.row, labelCol))) : null;
    values.push([
      blk.length,
      r0.sheet,
      range.replace(/\$/g, ''),
      JSON.stringify(r0.cols.map((c) => c - c0)),
      ...FIELDS.map(fieldText),
      labels && labels.some((l) => l !== '') ? labelCol - c0 : null,
      labels && labels.some((l) => l !== '') ? JSON.stringify(labels) : null,
    ]);
    formulas.push([`ROWS(${sheetRef(r0.sheet, range)})`, ...new Array(NCOL - 1).fill(null)]);
    i = j;
  }
  return {
    name: BINDINGS_SHEET,
    blocks: [{ topLeft: 'A1', values, formulas }],
    merges: [],
    colWidths: [32, 16, 12, 12, 24, 16, 8, 12, 8, 10, 6, 24],
    hidden: true,
  };
}

function labelText(v: CellValue | undefined): string {
  return v === null || v === undefined ? '' : String(v).trim().slice(0, MAX_LABEL);
}

/** Parses a reference formula ='Sheet'!$D$6 (or Sheet!D6) into sheet and address; null otherwise. */
export function parseRef(formula: string | null | undefined): { sheet: string; address: string } | null {
  if (!formula) return null;
  const fast = parseRefFast(formula);
  if (fast) return fast;
  const f = formula.trim().replace(/^=/, '');
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!\$?([A-Z]{1,3})\$?(\d+)$/.exec(f);
  if (!m) return null;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  return { sheet, address: `${m[3]}${m[4]}` };
}

/** The usual ='Sheet'!$D$6 without regexes; null (use the general parser) for anything else. */
function parseRefFast(f: string): { sheet: string; address: string } | null {
  let i = f.charCodeAt(0) === 61 ? 1 : 0; // '='
  if (f.charCodeAt(i) !== 39) return null; // quoted sheet names only
  const q = f.indexOf("'", i + 1);
  if (q < 0 || f.charCodeAt(q + 1) !== 33) return null; // '' inside the name, or no '!'
  const sheet = f.slice(i + 1, q);
  i = q + 2;
  if (f.charCodeAt(i) === 36) i++;
  const c0 = i;
  while (i < f.length && f.charCodeAt(i) >= 65 && f.charCodeAt(i) <= 90) i++;
  const letters = i - c0;
  if (letters < 1 || letters > 3) return null;
  const col = f.slice(c0, i);
  if (f.charCodeAt(i) === 36) i++;
  const r0 = i;
  while (i < f.length && f.charCodeAt(i) >= 48 && f.charCodeAt(i) <= 57) i++;
  if (i === r0 || i !== f.length || sheet === '') return null;
  return { sheet, address: col + f.slice(r0) };
}

const str = (v: CellValue | undefined) => (v === null || v === undefined ? '' : String(v));

/**
 * Reads bindings back from the hidden sheet. The address comes from the reference formula when present
 * (it follows inserted rows); a formula that became #REF! (the cell was deleted) drops its binding.
 * A sheet that is not a bindings sheet gives []. `sheetOf` gives the bound sheets, to match the rows of a
 * block again by their labels after rows were inserted or deleted inside it (format 2); without it such a
 * block is dropped.
 */
export function decodeBindings(snapshot: SheetSnapshot, sheetOf?: (name: string) => SheetSnapshot | undefined): Binding[] {
  return decodeBindingTable(snapshot, sheetOf).all();
}

/** The format of a bindings sheet from its first row: 0 when it is not one, else 1 or 2. */
function bindingsFormat(row0: readonly CellValue[] | undefined): 0 | 1 | 2 {
  if (!row0 || str(row0[0]) !== MAGIC) return 0;
  return Number(row0[2]) >= 2 ? 2 : 1;
}

/** decodeBindings into columns (the check's form): no object per bound cell. */
export function decodeBindingTable(snapshot: SheetSnapshot, sheetOf?: (name: string) => SheetSnapshot | undefined): BindingTable {
  const v = snapshot.values;
  const format = bindingsFormat(v[0]);
  if (format === 0) return new BindingTable();
  if (format === 2) {
    const t = new BindingTable();
    decodeV2(snapshot, sheetOf, t);
    return t;
  }
  return decodeV1(snapshot);
}

function decodeV1(snapshot: SheetSnapshot, t: BindingTable = new BindingTable()): BindingTable {
  const v = snapshot.values;
  const st = v1State();
  for (let r = 2; r < v.length; r++) decodeV1Row(t, st, v[r] ?? [], snapshot.formulas[r]?.[0] ?? null);
  return t;
}

interface V1State {
  /** the same id / breakdown lists repeat row after row: each split once */
  lists: Map<string, string[]>;
  lastSheet: string;
}
const v1State = (): V1State => ({ lists: new Map(), lastSheet: '' });

function splitList(st: V1State, x: string): string[] {
  let l = st.lists.get(x);
  if (!l) st.lists.set(x, (l = x.split(';')));
  return l;
}

/** One format-1 row (one bound cell, or a span of cells) into t. */
function decodeV1Row(t: BindingTable, st: V1State, row: readonly CellValue[], f: string | null): void {
  let sheet = str(row[1]);
  let address = str(row[2]);
  if (f) {
    if (f.indexOf('#') >= 0 && /#REF!/i.test(f)) return;
    const p = parseRef(f);
    if (p) {
      sheet = p.sheet;
      address = p.address;
    }
  }
  const pos = parseA1(address);
  if (!sheet || !pos) return;
  if (sheet === st.lastSheet) sheet = st.lastSheet;
  else st.lastSheet = sheet;
  const year = Number(row[5] ?? null);
  const column = str(row[8]) === 'previous' ? 'previous' : 'current';
  const declared = Math.max(1, Number(row[9]) || 1);
  const idText = str(row[3]);
  const bdText = str(row[6]);
  // an edited span never runs past its id list or Excel's last column
  const n = declared === 1 ? 1 : Math.min(declared, splitList(st, idText).length, 16384 - pos.col);
  const ids = n === 1 ? null : splitList(st, idText);
  const bds = n === 1 ? null : splitList(st, bdText);
  const region = str(row[4]);
  const period = str(row[7]) || '全年';
  for (let k = 0; k < n; k++) {
    const id = ids ? ids[k] : idText;
    if (!id) continue;
    t.push(t.id(sheet), pos.row, pos.col + k, t.id(id), t.id(region), year, t.id(bds ? bds[k] ?? '' : bdText), t.id(period), column === 'previous' ? 1 : 0);
  }
}

/**
 * decodeBindingTable fed row by row (xlsxReader's RowSink), so that the bindings sheet is never held as a
 * grid: format-1 rows (one per bound cell, possibly millions in an edited sheet) are decoded as they come;
 * a format-2 sheet (one row per block, small) or rows out of order are kept and decoded at the end.
 */
export class BindingRowDecoder {
  private readonly t = new BindingTable();
  private readonly st = v1State();
  /** 1: streaming format-1 rows; 0: keeping rows (format 2, or not yet known); −1: not a bindings sheet */
  private mode = 0;
  private readonly kept: SheetSnapshot = { name: BINDINGS_SHEET, values: [], formulas: [] };
  private next = 0;

  readonly row = (r0: number, values: readonly CellValue[], formulas: readonly (string | null)[] | null): void => {
    if (this.mode < 0) return;
    if (this.mode === 0 && r0 === 0 && this.next === 0) {
      const format = bindingsFormat(values);
      if (format === 0) {
        this.mode = -1;
        return;
      }
      if (format === 1) this.mode = 1;
    }
    if (this.mode === 1 && r0 >= 2) {
      // rows in order: format-1 rows from the third on are decoded now
      if (r0 >= this.next) {
        decodeV1Row(this.t, this.st, values, formulas?.[0] ?? null);
        this.next = r0 + 1;
        return;
      }
      this.mode = 0; // out of order: keep the rest, decode it at the end
    }
    this.kept.values[r0] = values as CellValue[];
    this.kept.formulas[r0] = (formulas ?? []) as (string | null)[];
    this.next = r0 + 1;
  };

  /** The decoded table; `sheetOf` gives the bound sheets (format 2 realigns blocks by their labels). */
  finish(sheetOf?: (name: string) => SheetSnapshot | undefined): BindingTable {
    if (this.mode < 0) return new BindingTable();
    if (this.mode === 1) return this.t;
    const v = this.kept.values;
    for (let r = 0; r < v.length; r++) {
      if (!v[r]) v[r] = [];
      if (!this.kept.formulas[r]) this.kept.formulas[r] = [];
    }
    if (this.t.n === 0) return decodeBindingTable(this.kept, sheetOf);
    // format 1 until rows came out of order: the rows kept since then, decoded after the streamed ones
    for (let r = 2; r < v.length; r++) if (v[r].length) decodeV1Row(this.t, this.st, v[r], this.kept.formulas[r]?.[0] ?? null);
    return this.t;
  }
}

interface Area {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

function parseArea(t: string): Area | null {
  const [a, b] = t.split(':');
  const p = parseA1(a ?? '');
  const q = b === undefined ? p : parseA1(b);
  return p && q ? { r0: p.row, c0: p.col, r1: q.row, c1: q.col } : null;
}

/** ROWS('Sheet'!$B$3:$F$202) (or Sheet!B3:F202) into sheet and area; null otherwise. */
export function parseRowsRef(formula: string): { sheet: string; area: Area } | null {
  const m = /^=?\s*ROWS\((?:'((?:[^']|'')+)'|([^'!()]+))!([$A-Z0-9]+(?::[$A-Z0-9]+)?)\)\s*$/i.exec(formula);
  if (!m) return null;
  const area = parseArea(m[3].replace(/\$/g, '').toUpperCase());
  if (!area) return null;
  return { sheet: m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2], area };
}

type FieldValue = string | number | { r: (string | number)[] } | { c: (string | number)[] };

function decodeV2(snapshot: SheetSnapshot, sheetOf: ((name: string) => SheetSnapshot | undefined) | undefined, t: BindingTable): void {
  const v = snapshot.values;
  // field texts repeat from block to block (the same region lists on every sheet): each parsed once
  const seen = new Map<string, FieldValue>();
  const parsed = (text: string): FieldValue => {
    let x = seen.get(text);
    if (x === undefined) seen.set(text, (x = JSON.parse(text) as FieldValue));
    return x;
  };
  const rowIds = [0, 1, 2, 3, 4, 5].map(() => new Map<object, number[]>());
  const blocks: PendingBlock[] = [];
  let total = 0;
  for (let r = 2; r < v.length; r++) {
    const row = v[r] ?? [];
    const f = snapshot.formulas[r]?.[0] ?? null;
    if (f && /#REF!/i.test(f)) continue;
    const orig = parseArea(str(row[2]));
    let sheet = str(row[1]);
    let cur = orig;
    const p = f ? parseRowsRef(f) : null;
    if (p) {
      sheet = p.sheet;
      cur = p.area;
    }
    if (!orig || !cur || !sheet) continue;
    let cols: number[];
    let fields: FieldValue[];
    let labels: string[] | null = null;
    try {
      cols = JSON.parse(str(row[3]));
      fields = [4, 5, 6, 7, 8, 9].map((c) => parsed(str(row[c]) || '""'));
    } catch {
      continue; // a damaged entry
    }
    if (!Array.isArray(cols) || !cols.every((c) => Number.isInteger(c) && c >= 0 && c < 16384)) continue;
    const n = orig.r1 - orig.r0 + 1;
    const m = cur.r1 - cur.r0 + 1;
    if (m <= 0 || n <= 0) continue;
    // MZ writes blocks of at most a few hundred rows; an edited entry far beyond that is damaged
    if (Math.max(m, n) * Math.max(1, cols.length) > 1_000_000) continue;
    let map: Int32Array | null = null; // current row → stored row (-1: inserted); null: the same rows
    if (m !== n) {
      // the row labels are read only for a block whose height changed
      try {
        if (row[11] !== null && row[11] !== undefined && row[11] !== '') labels = JSON.parse(str(row[11]));
      } catch {
        continue;
      }
      const s = sheetOf?.(sheet);
      const off = Number(row[10]);
      if (!s || !labels || !Number.isInteger(off)) continue;
      map = realign(labels, (j) => labelText(s.values[cur!.r0 + j]?.[cur!.c0 + off]), m);
    }
    // each field resolved once per block into ids (the year as a number, the column as 0/1): a constant,
    // a value per row, or a value per column
    const F = fields.map((fv, n) => {
      const conv = (x: string | number | undefined): number =>
        n === 2 ? Number(x) : n === 4 ? t.id(str(x as CellValue) || '全年') : n === 5 ? (x === 'previous' ? 1 : 0) : t.id(str(x as CellValue));
      if (typeof fv === 'object' && fv !== null && 'r' in fv && Array.isArray(fv.r)) {
        // per-row lists (regions) are shared by many blocks: converted once per field
        let r = rowIds[n].get(fv);
        if (!r) rowIds[n].set(fv, (r = fv.r.map(conv)));
        return { r, c: null, v: 0 };
      }
      if (typeof fv === 'object' && fv !== null && 'c' in fv && Array.isArray(fv.c)) return { r: null, c: cols.map((_, k) => conv((fv.c as (string | number)[])[k])), v: 0 };
      return { r: null, c: null, v: conv(typeof fv === 'object' ? undefined : fv) };
    });
    const sheetId = t.id(sheet);
    const empty = t.id('');
    const whole = t.id('全年');
    // each field as one value per bound column, refreshed per row for the fields given per row
    const K = cols.length;
    const dflt = [empty, empty, NaN, empty, whole, 0];
    const A = F.map((x, fi) => {
      const a = new Float64Array(K);
      for (let k = 0; k < K; k++) {
        const y = x.c ? x.c[k] : x.v;
        a[k] = y === undefined ? dflt[fi] : y;
      }
      return a;
    });
    const rowVals = F.map((x) => x.r);
    blocks.push({ m, map, r0: cur.r0, c0: cur.c0, cols, A, rowVals, dflt, empty, sheetId });
    total += m * K;
  }
  // room for every entry at once (growing block by block allocated and copied the columns again and again)
  t.reserve(t.n + total);
  for (const b of blocks) emitBlock(t, b.m, b.map, b.r0, b.c0, b.cols, b.A, b.rowVals, b.dflt, b.empty, b.sheetId);
}

interface PendingBlock {
  m: number;
  map: Int32Array | null;
  r0: number;
  c0: number;
  cols: number[];
  A: Float64Array[];
  rowVals: (number[] | null)[];
  dflt: number[];
  empty: number;
  sheetId: number;
}

/**
 * The entries of one block: row j of m (stored row map[j], -1 inserted) × bound column k. A holds each field
 * per column; a field given per row (rowVals[f]) overwrites its column values row by row. A small function of
 * its own: optimised early and once, whatever block comes first.
 */
function emitBlock(t: BindingTable, m: number, map: Int32Array | null, r0: number, col0: number, cols: number[], A: Float64Array[], rowVals: (number[] | null)[], dflt: number[], empty: number, sheetId: number): void {
  const K = cols.length;
  const [A0, A1, A2, A3, A4, A5] = A;
  // room for every entry was reserved: the columns written directly
  const { sheet, row, col, ind, region, year, bd, period, column } = t;
  let n = t.n;
  for (let j = 0; j < m; j++) {
    const i = map ? map[j] : j;
    if (i < 0) continue;
    for (let f = 0; f < 6; f++) {
      const rv = rowVals[f];
      if (rv === null) continue;
      const y0 = rv[i];
      const y = y0 === undefined ? dflt[f] : y0;
      const a = A[f];
      for (let k = 0; k < K; k++) a[k] = y;
    }
    const rowNo = r0 + j;
    for (let k = 0; k < K; k++) {
      const id = A0[k];
      if (id === empty) continue;
      sheet[n] = sheetId;
      row[n] = rowNo;
      col[n] = col0 + cols[k];
      ind[n] = id;
      region[n] = A1[k];
      year[n] = A2[k];
      bd[n] = A3[k];
      period[n] = A4[k];
      column[n] = A5[k];
      n++;
    }
  }
  t.n = n;
}

/** Matches the current rows of a block to its stored rows by label, in order (linear). */
function realign(stored: string[], labelAt: (j: number) => string, m: number): Int32Array {
  const pos = new Map<string, { list: number[]; p: number }>();
  stored.forEach((l, i) => {
    if (l === '') return;
    const e = pos.get(l);
    if (e) e.list.push(i);
    else pos.set(l, { list: [i], p: 0 });
  });
  const map = new Int32Array(m).fill(-1);
  let next = 0;
  for (let j = 0; j < m; j++) {
    const e = pos.get(labelAt(j));
    if (!e) continue;
    while (e.p < e.list.length && e.list[e.p] < next) e.p++;
    if (e.p < e.list.length) {
      map[j] = e.list[e.p];
      next = e.list[e.p] + 1;
      e.p++;
    }
  }
  return map;
}


/**
 * The bindings sheet after (re)writing `writtenSheets` into a workbook whose bindings sheet is `existing`
 * (CLI --into, the task pane, the page). Format-2 entries of the other sheets are kept as they are (their
 * ROWS() formula as the workbook now has it, their stored range and row labels), so a block whose rows were
 * inserted or deleted is still matched by its labels later. Format-1 entries of the other sheets become
 * format-2 blocks, their row labels read through `sheetOf` (the current sheets). The written sheets get
 * fresh blocks from `fresh`. Sheet names compare as Excel does (case-insensitive).
 */
export function updateBindingsSheet(
  existing: SheetSnapshot | undefined,
  writtenSheets: string[],
  fresh: Binding[],
  valueOf?: ValueOf,
  sheetOf?: (name: string) => SheetSnapshot | undefined,
): SheetSpec {
  const written = new Set(writtenSheets.map((n) => n.toUpperCase()));
  const v = existing?.values ?? [];
  const isOurs = v.length > 0 && str(v[0]?.[0]) === MAGIC;
  const v2 = isOurs && Number(v[0]?.[2]) >= 2;
  const keptRows: { values: CellValue[]; formula: string | null }[] = [];
  let converted: Binding[] = [];
  if (isOurs && v2) {
    for (let r = 2; r < v.length; r++) {
      const row = v[r] ?? [];
      const f = existing!.formulas[r]?.[0] ?? null;
      if (f && /#REF!/i.test(f)) continue; // its sheet or cells were deleted
      const sheet = (f ? parseRowsRef(f)?.sheet : undefined) ?? str(row[1]);
      if (!sheet || written.has(sheet.toUpperCase())) continue;
      const values = Array.from({ length: NCOL }, (_, c) => (row[c] === undefined ? null : row[c]));
      keptRows.push({ values, formula: f ? f.replace(/^=/, '') : null });
    }
  } else if (isOurs) {
    converted = decodeV1(existing!).all().filter((b) => !written.has(b.sheet.toUpperCase()));
  }
  // row labels: the fresh specs' values for the written sheets, the workbook's for the others
  const sheetAt = (sheet: string, row: number, col: number): CellValue => sheetOf?.(sheet)?.values[row]?.[col] ?? null;
  const at = (sheet: string, row: number, col: number): CellValue =>
    written.has(sheet.toUpperCase()) ? (valueOf?.at?.(sheet, row, col) ?? null) : sheetAt(sheet, row, col);
  const combined: ValueOf = (b) => (valueOf ? valueOf(b) : null);
  combined.at = at;
  const spec = encodeBindings([...converted, ...fresh], combined);
  if (keptRows.length) {
    const blk = spec.blocks[0];
    blk.values.splice(2, 0, ...keptRows.map((k) => k.values));
    blk.formulas!.splice(2, 0, ...keptRows.map((k) => [k.formula, ...new Array(NCOL - 1).fill(null)]));
  }
  return spec;
}

/** Whether a bindings sheet holds format-1 entries (their conversion needs the bound sheets' labels). */
export function isBindingsV1(snapshot: SheetSnapshot | undefined): boolean {
  const v = snapshot?.values ?? [];
  return v.length > 2 && str(v[0]?.[0]) === MAGIC && !(Number(v[0]?.[2]) >= 2);
}

/** The sheets a bindings sheet refers to (to read the labels of format-1 entries). */
export function boundSheetNames(snapshot: SheetSnapshot | undefined): string[] {
  if (!snapshot) return [];
  const v2 = Number(snapshot.values[0]?.[2]) >= 2;
  const names = new Set<string>();
  for (let r = 2; r < snapshot.values.length; r++) {
    const f = snapshot.formulas[r]?.[0] ?? null;
    const p = f ? (v2 ? parseRowsRef(f) : parseRef(f)) : null;
    const n = p?.sheet ?? str(snapshot.values[r]?.[1]);
    if (n) names.add(n);
  }
  return [...names];
}

/** A ValueOf reading the values of the given sheet specs (to cache in the reference formulas). */
export function valuesFromSpecs(sheets: SheetSpec[]): ValueOf {
  const bySheet = new Map(sheets.map((s) => [s.name, s]));
  const at = (sheet: string, row: number, col: number): CellValue => {
    const s = bySheet.get(sheet);
    if (!s) return null;
    for (const blk of s.blocks) {
      const tl = parseA1(blk.topLeft);
      if (!tl) continue;
      const v = blk.values[row - tl.row]?.[col - tl.col];
      if (v !== undefined) return v;
    }
    return null;
  };
  const valueOf: ValueOf = (b) => {
    const p = parseA1(b.address);
    return p ? at(b.sheet, p.row, p.col) : null;
  };
  valueOf.at = at;
  return valueOf;
}
