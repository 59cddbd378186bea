// Bindings stored inside the workbook, in a hidden sheet, so that checks work on a reopened, edited or
// e-mailed file. Each row holds a reference formula to the bound cell (='社会救助标准'!$D$6): Excel and
// LibreOffice rewrite it when rows are inserted or deleted, so the address follows the cell.
//
// Sheet layout (format version 1):
//   row 1: MZ_BINDINGS | 格式版本 | 1 | 说明
//   row 2: 引用 | 工作表 | 地址 | 指标ID | 地区 | 年份 | 分组 | 期别 | 栏目 | 跨列
//   row 3+: one row per bound cell; or, for a run of horizontally adjacent cells of one region, year,
//           period and column (the list layout), one row with 跨列 = n and 指标ID/分组 holding n values
//           separated by ';' (a row insertion never splits such a run).
import { Binding, CellValue, SheetSnapshot, SheetSpec, a1, colName, parseA1 } from './workbook';
import { sheetRef } from './fill';

export const BINDINGS_SHEET = '_MZ_BINDINGS';
export const BINDINGS_FORMAT = 1;
const MAGIC = 'MZ_BINDINGS';
const HEADERS = ['引用', '工作表', '地址', '指标ID', '地区', '年份', '分组', '期别', '栏目', '跨列'];

/** Cell values of the bound cells, to cache in the reference formulas (optional). */
export type ValueOf = (b: Binding) => CellValue;

/** Encodes bindings as the hidden sheet. Runs of adjacent cells in one row become one entry. */
export function encodeBindings(bindings: Binding[], valueOf?: ValueOf): SheetSpec {
  const values: CellValue[][] = [
    [MAGIC, '格式版本', BINDINGS_FORMAT, '本表记录 MZ 填报的单元格与指标的对应关系,供校验使用,请勿修改。', null, null, null, null, null, null],
    HEADERS.slice(),
  ];
  const formulas: (string | null)[][] = [new Array(10).fill(null), new Array(10).fill(null)];
  // group runs: same sheet/row/region/year/period/column, consecutive columns
  const sheetOrder = new Map<string, number>();
  for (const b of bindings) if (!sheetOrder.has(b.sheet)) sheetOrder.set(b.sheet, sheetOrder.size);
  const sorted = (
    bindings.map((b) => ({ b, p: parseA1(b.address) })).filter((x) => x.p !== null) as {
      b: Binding;
      p: { row: number; col: number };
    }[]
  ).sort((x, y) => sheetOrder.get(x.b.sheet)! - sheetOrder.get(y.b.sheet)! || x.p.row - y.p.row || x.p.col - y.p.col);
  let i = 0;
  while (i < sorted.length) {
    const start = sorted[i];
    let j = i + 1;
    while (
      j < sorted.length &&
      sorted[j].b.sheet === start.b.sheet &&
      sorted[j].p.row === start.p.row &&
      sorted[j].p.col === start.p.col + (j - i) &&
      sorted[j].b.region === start.b.region &&
      sorted[j].b.year === start.b.year &&
      sorted[j].b.period === start.b.period &&
      sorted[j].b.column === start.b.column
    ) {
      j++;
    }
    const n = j - i;
    const b = start.b;
    const ref = sheetRef(b.sheet, `$${colName(start.p.col)}$${start.p.row + 1}`);
    const cached = valueOf ? valueOf(b) : null;
    if (n === 1) {
      values.push([cached, b.sheet, b.address, b.indicatorId, b.region, b.year, b.breakdown, b.period, b.column, null]);
    } else {
      const run = sorted.slice(i, j).map((x) => x.b);
      values.push([
        cached,
        b.sheet,
        b.address,
        run.map((x) => x.indicatorId).join(';'),
        b.region,
        b.year,
        run.map((x) => x.breakdown).join(';'),
        b.period,
        b.column,
        n,
      ]);
    }
    formulas.push([ref, null, null, null, null, null, null, null, null, null]);
    i = j;
  }
  return {
    name: BINDINGS_SHEET,
    blocks: [{ topLeft: 'A1', values, formulas }],
    merges: [],
    colWidths: [28, 16, 8, 20, 12, 6, 10, 6, 8, 6],
    hidden: true,
  };
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
 * A sheet that is not a bindings sheet gives [].
 */
export function decodeBindings(snapshot: SheetSnapshot): Binding[] {
  const out: Binding[] = [];
  const v = snapshot.values;
  if (!v.length || str(v[0]?.[0]) !== MAGIC) return out;
  // the same id / breakdown lists and sheet names repeat row after row: split and keep each once
  const lists = new Map<string, string[]>();
  const split = (t: string): string[] => {
    let l = lists.get(t);
    if (!l) lists.set(t, (l = t.split(';')));
    return l;
  };
  let lastSheet = '';
  for (let r = 2; r < v.length; r++) {
    const row = v[r] ?? [];
    const f = snapshot.formulas[r]?.[0] ?? null;
    let sheet = str(row[1]);
    let address = str(row[2]);
    if (f) {
      if (f.indexOf('#') >= 0 && /#REF!/i.test(f)) continue;
      const p = parseRef(f);
      if (p) {
        sheet = p.sheet;
        address = p.address;
      }
    }
    const pos = parseA1(address);
    if (!sheet || !pos) continue;
    if (sheet === lastSheet) sheet = lastSheet;
    else lastSheet = sheet;
    const year = Number(row[5]);
    const column = str(row[8]) === 'previous' ? 'previous' : 'current';
    const n = Math.max(1, Number(row[9]) || 1);
    const idText = str(row[3]);
    const bdText = str(row[6]);
    const ids = n === 1 ? null : split(idText);
    const bds = n === 1 ? null : split(bdText);
    const region = str(row[4]);
    const period = str(row[7]) || '全年';
    const rowText = String(pos.row + 1);
    for (let k = 0; k < n; k++) {
      const id = ids ? ids[k] : idText;
      if (!id) continue;
      out.push({
        sheet,
        address: colLetters(pos.col + k) + rowText,
        indicatorId: id,
        region,
        year,
        breakdown: bds ? bds[k] ?? '' : bdText,
        period,
        column,
      });
    }
  }
  return out;
}

const COLS: string[] = [];
function colLetters(c: number): string {
  return COLS[c] ?? (COLS[c] = colName(c));
}

/** Bindings of an existing workbook kept when some sheets are (re)written: those of other sheets stay. */
export function mergeBindings(existing: Binding[], writtenSheets: string[], fresh: Binding[]): Binding[] {
  const written = new Set(writtenSheets);
  return [...existing.filter((b) => !written.has(b.sheet)), ...fresh];
}

/** A ValueOf reading the values of the given sheet specs (to cache in the reference formulas). */
export function valuesFromSpecs(sheets: SheetSpec[]): ValueOf {
  const bySheet = new Map(sheets.map((s) => [s.name, s]));
  return (b) => {
    const s = bySheet.get(b.sheet);
    const p = parseA1(b.address);
    if (!s || !p) return null;
    for (const blk of s.blocks) {
      const tl = parseA1(blk.topLeft);
      if (!tl) continue;
      const v = blk.values[p.row - tl.row]?.[p.col - tl.col];
      if (v !== undefined) return v;
    }
    return null;
  };
}
