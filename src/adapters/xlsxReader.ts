// A lean xlsx reader for checking: unzips (Node's zlib, else the browser's, else JSZip) and scans the sheet XML,
// sharedStrings and styles with a hand-written scanner (no DOM). Produces the same SheetSnapshot[]
// as XlsxWorkbook.readSheets() on an exceljs-loaded workbook (same used range, values with cached
// formula results, formulas with '=', numFmts, dates as ISO strings, merged cells other than the
// top-left one empty), at a fraction of the time and memory.
import type JSZip from 'jszip';
import { CellValue, SheetSnapshot } from '../core/workbook';
import { InflateBudget, ZipEntry, ZipError, entryBytes, nodeZlib, readZip, sizeText } from './zip';
import { scanAttrs, unescapeXml } from './xmlText';

export class XlsxReadError extends Error {
  constructor(
    message: string,
    /** 'limit': the workbook is beyond the reading limits (size, grid, formula length); 'corrupt': not a readable xlsx */
    readonly kind: 'limit' | 'corrupt' = 'corrupt',
  ) {
    super(message);
    this.name = 'XlsxReadError';
  }
}

// ---------------------------------------------------------------------------------------------
// limits

/** Excel's grid: 1,048,576 rows × 16,384 columns (A1:XFD1048576). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;
/** Excel's limit on a formula's length. */
export const MAX_FORMULA = 8_192;

export interface ReadLimits {
  /** a sheet whose used range has at most this many cells is read as a full grid (as exceljs does) */
  denseCells: number;
  /** cell slots allocated for the whole workbook: each row holds its cells up to its last one */
  slots: number;
  /** characters of formulas made from shared formulas, for the whole workbook */
  sharedFormulaChars: number;
}

// a slot is 24 bytes (a value, a formula and a format pointer); a row with cells costs 8 slots (its
// object and arrays), a row without, 1: a workbook at the limit stays under 500 MB of memory
export const READ_LIMITS: ReadLimits = { denseCells: 4_000_000, slots: 10_000_000, sharedFormulaChars: 64_000_000 };

// ---------------------------------------------------------------------------------------------
// zip

/** Part name → bytes getter. */
type Parts = Map<string, () => Promise<Uint8Array>>;

const asReadError = (e: unknown): Error =>
  e instanceof ZipError ? new XlsxReadError(e.message, e.kind) : e instanceof XlsxReadError ? e : new XlsxReadError(String((e as Error)?.message ?? e));

/** The parts of a zip; each is inflated on demand, within the limits (zip.ts). */
async function unzip(bytes: Uint8Array): Promise<Parts> {
  let entries: ZipEntry[];
  try {
    entries = readZip(bytes);
  } catch (e) {
    throw asReadError(e);
  }
  const budget = new InflateBudget(bytes.length);
  const parts: Parts = new Map();
  const native = !!nodeZlib() || typeof (globalThis as { DecompressionStream?: unknown }).DecompressionStream === 'function';
  let jszip: Promise<JSZip> | null = null;
  for (const e of entries) {
    parts.set(e.name, async () => {
      try {
        if (native || e.method === 0) return await entryBytes(e, budget);
        // no native inflater: JSZip, the limits checked chunk by chunk as it inflates
        // loaded only here (a browser without DecompressionStream): the CLI never loads it
        if (!jszip) jszip = import('jszip').then((m) => (m.default ?? (m as unknown as typeof JSZip)).loadAsync(bytes));
        return await jszipBytes(await jszip, e, budget);
      } catch (err) {
        throw asReadError(err);
      }
    });
  }
  return parts;
}

type StreamHelper = {
  on(ev: 'data', f: (chunk: Uint8Array) => void): StreamHelper;
  on(ev: 'end', f: () => void): StreamHelper;
  on(ev: 'error', f: (e: Error) => void): StreamHelper;
  resume(): StreamHelper;
  pause(): StreamHelper;
};

function jszipBytes(zip: JSZip, e: ZipEntry, budget: InflateBudget): Promise<Uint8Array> {
  const limit = budget.partLimit(e);
  if (e.size > limit) throw budget.tooBig(e, e.size, true);
  const max = Math.min(limit, e.size > 0 ? e.size : limit);
  const f = zip.file(e.name) as unknown as { internalStream(t: 'uint8array'): StreamHelper } | null;
  if (!f) throw new XlsxReadError(`zip 条目 ${e.name} 已损坏`);
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let total = 0;
    let done = false;
    const h = f.internalStream('uint8array');
    h.on('data', (c) => {
      if (done) return;
      total += c.length;
      if (total > max) {
        done = true;
        h.pause();
        reject(max === limit ? budget.tooBig(e, total, false) : new XlsxReadError(`部件 ${e.name} 解压后超过其声明的大小 ${sizeText(e.size)}(文件已损坏或被篡改)`));
      } else chunks.push(c);
    })
      .on('error', (err) => {
        if (!done) (done = true), reject(err);
      })
      .on('end', () => {
        if (done) return;
        done = true;
        const out = new Uint8Array(total);
        let p = 0;
        for (const c of chunks) out.set(c, p), (p += c.length);
        budget.used += total;
        resolve(out);
      })
      .resume();
  });
}

// ---------------------------------------------------------------------------------------------
// XML helpers

/** exceljs' second decoding pass for t="str" values (utils.xmlDecode). */
function xmlDecode2(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(/&([a-z]*);/g, (c, e: string) => (e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'amp' ? '&' : e === 'apos' ? "'" : e === 'quot' ? '"' : c));
}

/** _xHHHH_ escapes of shared-string text runs. */
function unescapeX(s: string): string {
  return s.indexOf('_x') < 0 ? s : s.replace(/_x([0-9A-F]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

const attrs = scanAttrs;

/** Local name of a (possibly prefixed) element name. */
const local = (n: string) => {
  const i = n.indexOf(':');
  return i < 0 ? n : n.slice(i + 1);
};

/** All elements <name …> (self-closing or not) with their attributes. */
function elements(xml: string, name: string): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  const re = new RegExp(`<(?:[\\w]+:)?${name}(?=[\\s/>])`, 'g');
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml))) {
    const end = xml.indexOf('>', m.index);
    if (end < 0) break;
    out.push(attrs(xml, m.index + m[0].length, end));
    // on past this tag: '<name <name <name … >' must not scan to the same '>' from each '<'
    re.lastIndex = end + 1;
  }
  return out;
}

/** Concatenated text of the <t> elements in s[from, to), skipping <rPh> (phonetic) runs when asked. */
function textRuns(s: string, from: number, to: number, skipPhonetic: boolean): { text: string; rich: boolean; any: boolean } {
  let text = '';
  let rich = false;
  let any = false;
  let p = from;
  // every step moves p forward: unclosed tags end the runs, they never send the scan back
  while (p < to) {
    const lt = s.indexOf('<', p);
    if (lt < 0 || lt >= to) break;
    const c1 = s.charCodeAt(lt + 1);
    if (c1 === 47 /* / */ || c1 === 63 /* ? */ || c1 === 33 /* ! */) {
      p = lt + 2;
      continue;
    }
    const gt = s.indexOf('>', lt);
    if (gt < 0 || gt >= to) break;
    let ne = lt + 1;
    while (ne < gt) {
      const ch = s.charCodeAt(ne);
      if (ch === 32 || ch === 47 || ch === 9 || ch === 10 || ch === 13) break;
      ne++;
    }
    const nm = local(s.slice(lt + 1, ne));
    if (nm === 'rPh' && skipPhonetic) {
      if (s.charCodeAt(gt - 1) === 47) {
        p = gt + 1;
        continue;
      }
      const close = s.indexOf('</', gt);
      const endPh = close < 0 || close >= to ? -1 : s.indexOf('rPh>', close);
      p = endPh < 0 || endPh >= to ? to : endPh + 4;
      continue;
    }
    if (nm === 'r') rich = true;
    if (nm === 't' && s.charCodeAt(gt - 1) !== 47) {
      let close = s.indexOf('</', gt);
      if (close < 0 || close > to) close = to;
      const t = s.slice(gt + 1, close);
      if (t.length) {
        text += unescapeXml(t);
        any = true;
      }
      p = close + 2;
      continue;
    }
    p = gt + 1;
  }
  return { text, rich, any };
}

// ---------------------------------------------------------------------------------------------
// workbook parts

const BUILTIN_FMT: Record<number, string> = {
  1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 11: '0.00E+00', 12: '# ?/?', 13: '# ??/??',
  14: 'mm-dd-yy', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy', 18: 'h:mm AM/PM', 19: 'h:mm:ss AM/PM', 20: 'h:mm',
  21: 'h:mm:ss', 22: 'm/d/yy "h":mm', 37: '#,##0 ;(#,##0)', 38: '#,##0 ;[Red](#,##0)', 39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)', 45: 'mm:ss', 46: '[h]:mm:ss', 47: 'mmss.0', 48: '##0.0E+0', 49: '@',
};

/** s without the spans open…close (the first close after each open; an open without one stays), in one pass. */
function dropSpans(s: string, open: string, close: string): string {
  if (s.indexOf(open) < 0) return s;
  let out = '';
  let p = 0;
  for (;;) {
    const i = s.indexOf(open, p);
    if (i < 0) break;
    const j = s.indexOf(close, i + 1);
    if (j < 0) break; // no close after this one, so none after any later open either
    out += s.slice(p, i);
    p = j + 1;
  }
  return out + s.slice(p);
}

function isDateFmt(fmt: string | null): boolean {
  if (!fmt) return false;
  return /[ymdhMsb]/.test(dropSpans(dropSpans(fmt, '[', ']'), '"', '"'));
}

/** numFmt code per cellXfs index (null: none). */
function parseStyles(xml: string | null): { fmt: (string | null)[]; date: boolean[] } {
  const fmt: (string | null)[] = [];
  const date: boolean[] = [];
  if (!xml) return { fmt, date };
  const custom = new Map<number, string>();
  for (const a of elements(xml, 'numFmt')) custom.set(parseInt(a.numFmtId, 10), a.formatCode ?? '');
  const m = /<(?:\w+:)?cellXfs[\s>]/.exec(xml);
  if (m) {
    const end = xml.indexOf('cellXfs>', m.index + 8);
    const part = xml.slice(m.index + m[0].length, end < 0 ? xml.length : end);
    // a flood of xfs sharing a few long formats: each format is looked at once
    const dateOf = new Map<string, boolean>();
    for (const a of elements(part, 'xf')) {
      const id = parseInt(a.numFmtId, 10);
      const f = id ? custom.get(id) || (Object.prototype.hasOwnProperty.call(BUILTIN_FMT, id) ? BUILTIN_FMT[id] : null) || null : null;
      fmt.push(f);
      let d = f === null ? false : dateOf.get(f);
      if (d === undefined) dateOf.set(f!, (d = isDateFmt(f)));
      date.push(d);
    }
  }
  return { fmt, date };
}

function parseSharedStrings(xml: string | null): string[] {
  const out: string[] = [];
  if (!xml) return out;
  let p = 0;
  for (;;) {
    const i = xml.indexOf('<si', p);
    if (i < 0) break;
    const c = xml.charCodeAt(i + 3);
    if (c !== 62 && c !== 32 && c !== 47) {
      p = i + 3;
      continue;
    }
    const gt = xml.indexOf('>', i);
    if (gt < 0) break;
    if (xml.charCodeAt(gt - 1) === 47) {
      out.push('');
      p = gt + 1;
      continue;
    }
    const end = xml.indexOf('</si>', gt);
    const r = textRuns(xml, gt + 1, end < 0 ? xml.length : end, true);
    out.push(unescapeX(r.text));
    p = end < 0 ? xml.length : end + 5;
  }
  return out;
}

function resolveTarget(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/');
  parts.pop();
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

// ---------------------------------------------------------------------------------------------
// sheets

function colIndex(s: string, from: number, to: number): number {
  let col = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else break;
  }
  return col; // 1-based
}

function decodeAddr(a: string): { row: number; col: number } {
  let i = 0;
  while (i < a.length && ((a.charCodeAt(i) >= 65 && a.charCodeAt(i) <= 90) || (a.charCodeAt(i) >= 97 && a.charCodeAt(i) <= 122) || a[i] === '$')) i++;
  const col = colIndex(a.replace(/\$/g, ''), 0, a.replace(/\$/g, '').length);
  const row = parseInt(a.slice(i).replace(/\$/g, ''), 10);
  return { row, col };
}

function colLetters(n: number): string {
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

// [a-z_\-0-9] (a sheet name before '!') and [a-z0-9_$] (a reference), case-insensitive
const isSheetChar = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45;
const isRefChar = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 36;

/** A cell reference of a shared formula: what it says, to be moved to each cell sharing the formula. */
type RefPiece = { absCol: boolean; col: number; absRow: boolean; row: number };

/** `addr` as a cell reference as exceljs reads it (^([$])?([a-z]+)([$])?([1-9][0-9]*)$, at most XFD); null otherwise. */
function parseRefPiece(addr: string): RefPiece | null {
  let i = 0;
  const n = addr.length;
  const absCol = addr.charCodeAt(0) === 36;
  if (absCol) i++;
  const cs = i;
  while (i < n && (addr.charCodeAt(i) | 32) >= 97 && (addr.charCodeAt(i) | 32) <= 122) i++;
  const ce = i;
  if (ce === cs) return null;
  const absRow = addr.charCodeAt(i) === 36;
  if (absRow) i++;
  const rs = i;
  if (i >= n || addr.charCodeAt(i) < 49 || addr.charCodeAt(i) > 57) return null;
  while (i < n && addr.charCodeAt(i) >= 48 && addr.charCodeAt(i) <= 57) i++;
  if (i !== n) return null;
  const colStr = addr.slice(cs, ce).toUpperCase();
  if (colStr.length > 3 || (colStr.length === 3 && colStr > 'XFD')) return null;
  return { absCol, col: colIndex(colStr, 0, colStr.length), absRow, row: parseInt(addr.slice(rs), 10) };
}

/**
 * A shared formula split into literal text and the references exceljs' slideFormula moves: the tokens
 * of its /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi replace, found in one pass (the regular
 * expression backtracks quadratically on long runs such as '------'). Done once per formula.
 */
function compileShared(formula: string): (string | RefPiece)[] {
  const n = formula.length;
  // run lengths of each class starting at each offset, right to left
  const sheetRun = new Int32Array(n + 1);
  const refRun = new Int32Array(n + 1);
  for (let i = n - 1; i >= 0; i--) {
    const c = formula.charCodeAt(i);
    sheetRun[i] = isSheetChar(c) ? sheetRun[i + 1] + 1 : 0;
    refRun[i] = isRefChar(c) ? refRun[i + 1] + 1 : 0;
  }
  const pieces: (string | RefPiece)[] = [];
  let copied = 0;
  let i = 0;
  while (i < n) {
    let sheetEnd = -1; // offset after the '!'
    const bang = i + sheetRun[i];
    if (formula.charCodeAt(bang) === 33 && refRun[bang + 1] >= 2) sheetEnd = bang + 1;
    const as = sheetEnd >= 0 ? sheetEnd : i;
    if (sheetEnd < 0 && refRun[i] < 2) {
      i++;
      continue;
    }
    const ae = as + refRun[as];
    const paren = formula.charCodeAt(ae) === 40;
    const end = paren ? ae + 1 : ae;
    if (!paren) {
      const ref = parseRefPiece(formula.slice(as, ae));
      if (ref) {
        pieces.push(formula.slice(copied, as), ref);
        copied = ae;
      }
    }
    i = end;
  }
  pieces.push(formula.slice(copied));
  return pieces;
}

/** A compiled shared formula written for the cell (dr, dc) away from its master. */
function applyShared(pieces: (string | RefPiece)[], dr: number, dc: number): string {
  let out = '';
  for (const p of pieces) {
    if (typeof p === 'string') out += p;
    else out += (p.absCol ? '$' : '') + colLetters(p.absCol ? p.col : p.col + dc) + (p.absRow ? '$' : '') + (p.absRow ? p.row : p.row + dr);
  }
  return out;
}

/** exceljs' slideFormula: moves the relative references of a shared formula from one cell to another. */
export function slideFormula(formula: string, from: { row: number; col: number }, to: { row: number; col: number }): string {
  return applyShared(compileShared(formula), to.row - from.row, to.col - from.col);
}

/** A date-formatted number as an ISO date; a number beyond JavaScript's dates (Excel shows ####) stays a number. */
function excelDateIso(v: number, date1904: boolean): string | number {
  const ms = Math.round((v - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000);
  return Math.abs(ms) <= 8.64e15 ? new Date(ms).toISOString() : v;
}

/** A t="d" cell: ISO 8601 text (a date-time without a zone is UTC, as Excel means it). */
function isoDateCell(text: string): string {
  const t = text.trim();
  const zoned = /[zZ]$|[+-]\d\d:?\d\d$/.test(t) || !/T/.test(t);
  const d = new Date(zoned ? t : t + 'Z');
  return Number.isNaN(d.getTime()) ? text : d.toISOString();
}

interface Ctx {
  strings: string[];
  fmt: (string | null)[];
  date: boolean[];
  date1904: boolean;
  limits: ReadLimits;
  /** cell slots allocated so far (all sheets) */
  slots: number;
  /** characters of formulas made from shared formulas so far */
  formulaChars: number;
  texts: TextCache;
}

const utf8 = new TextDecoder();
const latin = (b: Uint8Array, s: number, e: number): string => {
  if (e - s > 64) {
    // long runs in chunks: one flat string, not a rope of single characters
    let out = '';
    for (let i = s; i < e; i += 8192) out += String.fromCharCode.apply(null, b.subarray(i, Math.min(e, i + 8192)) as unknown as number[]);
    return out;
  }
  let out = '';
  for (let i = s; i < e; i++) out += String.fromCharCode(b[i]);
  return out;
};
/** Text of b[s, e): ASCII fast path, else UTF-8. */
function bytesText(b: Uint8Array, s: number, e: number): string {
  if (e - s > 32) return utf8.decode(b.subarray(s, e));
  for (let i = s; i < e; i++) if (b[i] > 127) return utf8.decode(b.subarray(s, e));
  return latin(b, s, e);
}
const isWs = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

/** Number of a <v> text: plain integers without allocation, anything else through parseFloat. */
function bytesNumber(b: Uint8Array, s: number, e: number): number {
  let i = s;
  let neg = false;
  if (b[i] === 45) {
    neg = true;
    i++;
  }
  if (e - i > 0 && e - i <= 15) {
    let v = 0;
    let k = i;
    for (; k < e; k++) {
      const c = b[k];
      if (c < 48 || c > 57) break;
      v = v * 10 + (c - 48);
    }
    if (k === e) return neg ? -v : v;
  }
  return parseFloat(latin(b, s, e));
}

/**
 * Unescaped texts of short byte runs, remembered by their bytes: the same labels, regions and ids repeat
 * through a sheet (and through the bindings sheet's every row), decoded once each.
 */
class TextCache {
  private readonly keys: (Uint8Array | undefined)[] = new Array(4096);
  private readonly vals: string[] = new Array(4096);
  get(b: Uint8Array, s: number, e: number): string {
    const len = e - s;
    if (len > 48) return unescapeXml(bytesText(b, s, e));
    let h = len;
    for (let i = s; i < e; i++) h = (Math.imul(h, 31) + b[i]) | 0;
    const slot = (h ^ (h >>> 12)) & 4095;
    const k = this.keys[slot];
    if (k !== undefined && k.length === len) {
      let i = 0;
      while (i < len && k[i] === b[s + i]) i++;
      if (i === len) return this.vals[slot];
    }
    const v = unescapeXml(bytesText(b, s, e));
    this.keys[slot] = b.slice(s, e);
    this.vals[slot] = v;
    return v;
  }
}

/** The first '<' at or after i (n when none). */
function ltFrom(b: Uint8Array, i: number, n: number): number {
  while (i < n && b[i] !== 60) i++;
  return i;
}

/** The '>' closing the tag that i is in (n when none); quoted attribute values may hold '>'. */
function gtFrom(b: Uint8Array, i: number, n: number): number {
  while (i < n) {
    const c = b[i];
    if (c === 62) return i;
    if (c === 34 || c === 39) {
      i++;
      while (i < n && b[i] !== c) i++;
    }
    i++;
  }
  return n;
}

/** Sets a[col − 1], padding with nulls (no holes). */
function setAt(a: (string | null)[], col: number, v: string): void {
  while (a.length < col - 1) a.push(null);
  a[col - 1] = v;
}

/** The row of a sparse sheet that holds no cell (shared, never written). */
const EMPTY = Object.freeze([]) as unknown as never[];

/** fs and nf are allocated only for a row with a formula or a number format (most rows have none). */
type Row = { vals: CellValue[]; fs: (string | null)[] | null; nf: (string | null)[] | null; cells: number; hasValues: boolean };

/**
 * Empties the cells that lie in a merge without being its top-left cell. A sweep over the rows that
 * hold cells, with the active merges' columns in a Fenwick tree: time O((cells + merges) log), whatever
 * the merges' areas or overlaps.
 */
function clearMergeSlaves(rows: (Row | undefined)[], rowNos: number[], m: number[]): void {
  const k = m.length / 4;
  // merges ordered by top and by bottom row: counting sorts over the row numbers
  const byRow = (field: number): Int32Array => {
    let max = 0;
    for (let i = 0; i < k; i++) if (m[4 * i + field] > max) max = m[4 * i + field];
    const start = new Int32Array(max + 2);
    for (let i = 0; i < k; i++) start[m[4 * i + field] + 1]++;
    for (let r = 1; r <= max + 1; r++) start[r] += start[r - 1];
    const out = new Int32Array(k);
    for (let i = 0; i < k; i++) out[start[m[4 * i + field]]++] = i;
    return out;
  };
  const byTop = byRow(0);
  const byBottom = byRow(2);
  const fen = new Int32Array(MAX_COLS + 2);
  const add = (c: number, d: number) => {
    for (; c <= MAX_COLS + 1; c += c & -c) fen[c] += d;
  };
  const covering = (c: number) => {
    let s = 0;
    for (; c > 0; c -= c & -c) s += fen[c];
    return s;
  };
  // merges whose top-left cell is in the current row, by column
  const topLeft = new Int32Array(MAX_COLS + 2);
  const order = Int32Array.from(rowNos).sort();
  let ti = 0;
  let bi = 0;
  for (const r of order) {
    const first = ti;
    while (ti < k && m[4 * byTop[ti]] <= r) {
      const x = byTop[ti++];
      add(m[4 * x + 1], 1);
      add(m[4 * x + 3] + 1, -1);
    }
    while (bi < k && m[4 * byBottom[bi] + 2] < r) {
      const x = byBottom[bi++];
      add(m[4 * x + 1], -1);
      add(m[4 * x + 3] + 1, 1);
    }
    if (ti === bi) continue; // no merge over this row
    // merges that start on this row were just added (rows without cells add theirs without starting here)
    for (let i = first; i < ti; i++) if (m[4 * byTop[i]] === r) topLeft[m[4 * byTop[i] + 1]]++;
    const { vals, fs, nf } = rows[r - 1]!;
    for (let j = 0; j < vals.length; j++) {
      if (vals[j] === null && (!fs || j >= fs.length || fs[j] === null) && (!nf || j >= nf.length || nf[j] === null)) continue;
      const cover = covering(j + 1);
      if (cover > topLeft[j + 1]) {
        vals[j] = null;
        if (fs && j < fs.length) fs[j] = null;
        if (nf && j < nf.length) nf[j] = null;
      }
    }
    for (let i = first; i < ti; i++) topLeft[m[4 * byTop[i] + 1]] = 0;
  }
}

/** n nulls, packed. */
function nulls<T>(w: number): (T | null)[] {
  return new Array<T | null>(w).fill(null);
}

/** a as long as w: cut, or padded with nulls. */
function fit<T>(a: (T | null)[], w: number): (T | null)[] {
  if (a.length > w) a.length = w;
  while (a.length < w) a.push(null);
  return a;
}

/** The first occurrence of an ASCII pattern at or after from; -1 when none. */
function findBytes(b: Uint8Array, pat: string, from: number): number {
  const n = b.length;
  const c0 = pat.charCodeAt(0);
  outer: for (let i = from; i <= n - pat.length; i++) {
    if (b[i] !== c0) continue;
    for (let k = 1; k < pat.length; k++) if (b[i + k] !== pat.charCodeAt(k)) continue outer;
    return i;
  }
  return -1;
}

/** The end of the tag name that starts after lt ('<' or '</'). */
function nameEnd(b: Uint8Array, lt: number, n: number): number {
  let i = lt + 1;
  while (i < n) {
    const c = b[i];
    if (c === 32 || c === 47 || c === 62 || c === 9 || c === 10 || c === 13) break;
    i++;
  }
  return i;
}

/** The start of a tag name in [s, e) after any namespace prefix (x:c → c). */
function nameStart(b: Uint8Array, s: number, e: number): number {
  let r = s;
  for (let i = s; i < e; i++) if (b[i] === 58) r = i + 1;
  return r;
}

/** Counts k more cell slots; true when the workbook's budget is exceeded. */
function useSlots(ctx: Ctx, k: number): boolean {
  ctx.slots += k;
  return ctx.slots > ctx.limits.slots;
}

function slotLimit(ctx: Ctx, name: string, where: string): XlsxReadError {
  return new XlsxReadError(
    `工作表“${name}”${where}超出读取上限:整个工作簿最多读取 ${ctx.limits.slots / 10000} 万个单元格位置(每行从 A 列算到该行最后一个单元格),此工作簿的单元格分布过广`,
    'limit',
  );
}

/**
 * Receives a sheet's rows one by one instead of a snapshot (a huge sheet read without holding its grid):
 * the 0-based row number, its values and its formulas (null: none), in document order.
 */
export type RowSink = (r0: number, values: readonly CellValue[], formulas: readonly (string | null)[] | null) => void;

/** A sheet's rows while it is scanned: by number (sparse), their numbers in the order met, the widest so far. */
interface SheetRows {
  /** rows are handed to it as the next one starts, then forgotten */
  sink?: RowSink;
  rows: (Row | undefined)[];
  rowNos: number[];
  width: number;
  /** the last row met */
  maxRow: number;
  /** shared formulas' masters by si */
  shared: Map<string, { formula: string; row: number; col: number; pieces?: (string | RefPiece)[] }>;
}

/** Hands the rows held so far to the sink, in the order met, and forgets them (their slots are free again). */
function flushRows(st: SheetRows, ctx: Ctx): void {
  for (const rn of st.rowNos) {
    const row = st.rows[rn - 1]!;
    st.rows[rn - 1] = undefined;
    ctx.slots -= row.vals.length + 8;
    st.sink!(rn - 1, row.vals, row.fs);
  }
  st.rowNos.length = 0;
}

/** Row n, made on first use: packed (null-filled) at the widest row so far when narrow, reused as the result. */
function rowAt(st: SheetRows, ctx: Ctx, name: string, n: number): Row {
  let row = st.rows[n - 1];
  if (!row) {
    if (st.sink) flushRows(st, ctx);
    const w = st.width <= 1024 ? st.width : 0;
    if (useSlots(ctx, w + 8)) throw slotLimit(ctx, name, `第 ${n} 行`);
    row = st.rows[n - 1] = { vals: nulls<CellValue>(w), fs: null, nf: null, cells: 0, hasValues: false };
    st.rowNos.push(n);
  }
  return row;
}

/** A cell's attributes (cellAttrs): column and row of r (0 when absent), style index, type code. */
interface CellAttrs {
  col: number;
  cRow: number;
  s: number;
  /** 0 n, 1 s, 2 str, 3 inlineStr, 4 b, 5 e, 6 other, 7 d (ISO 8601 date) */
  t: number;
  /** the reference text, for a message when it lies beyond the grid */
  refS: number;
  refE: number;
}
/** scratch for the cell being read (one cell at a time) */
const CA: CellAttrs = { col: 0, cRow: 0, s: 0, t: 0, refS: 0, refE: 0 };

/** Reads the attributes of <c …> in b[q, gt) into a; 1 when the reference lies beyond Excel's grid, else 0. */
function cellAttrs(b: Uint8Array, q: number, gt: number, a: CellAttrs): number {
  let col = 0;
  let cRow = 0;
  let sAttr = 0;
  let t = 0;
  while (q < gt) {
    while (q < gt && isWs(b[q])) q++;
    const ks = q;
    while (q < gt && b[q] !== 61 && !isWs(b[q])) q++;
    const key = q - ks === 1 ? b[ks] : 0;
    while (q < gt && b[q] !== 34 && b[q] !== 39) q++;
    if (q >= gt) break;
    const qc = b[q];
    const vs = ++q;
    while (q < gt && b[q] !== qc) q++;
    if (key === 114) {
      a.refS = vs;
      a.refE = q;
      let k = vs;
      for (; k < q; k++) {
        const c = b[k];
        if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
        else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
        else if (c !== 36) break;
        if (col > MAX_COLS) return 1;
      }
      for (; k < q; k++) {
        if (b[k] === 36) continue;
        const d = b[k] - 48;
        if (d < 0 || d > 9) {
          // not a reference: the cell follows the previous one
          col = 0;
          cRow = 0;
          break;
        }
        cRow = cRow * 10 + d;
        if (cRow > MAX_ROWS) return 1;
      }
    } else if (key === 115) {
      for (let k = vs; k < q; k++) sAttr = sAttr * 10 + (b[k] - 48);
    } else if (key === 116) {
      const len = q - vs;
      const c0 = b[vs];
      t = len === 1 && c0 === 110 ? 0 : len === 1 && c0 === 115 ? 1 : len === 3 && c0 === 115 ? 2 : len === 9 && c0 === 105 ? 3 : len === 1 && c0 === 98 ? 4 : len === 1 && c0 === 101 ? 5 : len === 1 && c0 === 100 ? 7 : 6;
    }
    q++;
  }
  a.col = col;
  a.cRow = cRow;
  a.s = sAttr;
  a.t = t;
  return 0;
}

/** A cell's children (cellChildren): formula text and attributes, the <v> text's bytes, an inline string. */
interface CellChildren {
  fText: string | undefined;
  fType: string | undefined;
  fRef: string | undefined;
  fSi: string | undefined;
  vS: number;
  vE: number;
  /** an inline string's text (null: none or empty) and whether it holds rich-text runs */
  iText: string | null;
  iRich: boolean;
}
/** scratch for the cell being read (one cell at a time) */
const CC: CellChildren = { fText: undefined, fType: undefined, fRef: undefined, fSi: undefined, vS: -1, vE: -1, iText: null, iRich: false };

function clearChildren(o: CellChildren): CellChildren {
  o.fText = o.fType = o.fRef = o.fSi = undefined;
  o.vS = o.vE = -1;
  o.iText = null;
  o.iRich = false;
  return o;
}

/** Reads the children of a <c> from p (after its start tag) until </c> into o; the position after it. */
function cellChildren(b: Uint8Array, p: number, n: number, texts: TextCache, o: CellChildren): number {
  for (;;) {
    const l2 = ltFrom(b, p, n);
    if (l2 >= n) return n;
    if (b[l2 + 1] === 47) {
      const e = nameEnd(b, l2 + 1, n);
      const s = nameStart(b, l2 + 2, e);
      p = gtFrom(b, l2, n) + 1;
      if (e - s === 1 && b[s] === 99) return p;
      continue;
    }
    const nmE = nameEnd(b, l2, n);
    const nmS = nameStart(b, l2 + 1, nmE);
    const g2 = gtFrom(b, nmE, n);
    const sc = b[g2 - 1] === 47;
    const len = nmE - nmS;
    if (len === 1 && b[nmS] === 102) {
      // <f …>text</f>
      if (g2 > nmE && !(g2 === nmE + 1 && sc)) {
        const fa = attrs(latin(b, nmE, sc ? g2 - 1 : g2), 0, Infinity);
        o.fType = fa.t;
        o.fRef = fa.ref;
        o.fSi = fa.si;
      }
      if (!sc) {
        const fc = ltFrom(b, g2 + 1, n);
        if (fc > g2 + 1) o.fText = texts.get(b, g2 + 1, fc);
        p = fc;
      } else p = g2 + 1;
      continue;
    }
    if (len === 1 && b[nmS] === 118) {
      if (!sc) {
        const vc = ltFrom(b, g2 + 1, n);
        if (vc > g2 + 1) {
          o.vS = g2 + 1;
          o.vE = vc;
        }
        p = vc;
      } else p = g2 + 1;
      continue;
    }
    if (len === 2 && b[nmS] === 105 && b[nmS + 1] === 115) {
      if (sc) {
        p = g2 + 1;
        continue;
      }
      // the usual <is><t>text</t></is> (what MZ writes) straight from the bytes
      const t0 = g2 + 1;
      if (b[t0] === 60 && b[t0 + 1] === 116 && (b[t0 + 2] === 62 || isWs(b[t0 + 2]))) {
        const tg = gtFrom(b, t0 + 2, n);
        const te = tg < n && b[tg - 1] !== 47 ? ltFrom(b, tg + 1, n) : n;
        if (te + 9 <= n && b[te + 1] === 47 && b[te + 2] === 116 && b[te + 3] === 62 && b[te + 4] === 60 && b[te + 5] === 47 && b[te + 6] === 105 && b[te + 7] === 115 && b[te + 8] === 62) {
          o.iText = te > tg + 1 ? texts.get(b, tg + 1, te) : null;
          o.iRich = false;
          p = te + 4; // at </is>
          continue;
        }
      }
      let ic = findBytes(b, 'is>', g2);
      if (ic < 0) ic = n;
      const s = bytesText(b, g2 + 1, ic);
      const runs = textRuns(s, 0, s.length, false);
      o.iText = runs.any ? runs.text : null;
      o.iRich = runs.rich;
      p = ic;
      continue;
    }
    p = g2 + 1;
  }
}

/** The value of a cell without a formula from its <v> bytes, by type code (what exceljs makes of it). */
function plainValue(b: Uint8Array, vS: number, vE: number, t: number, isDate: boolean, ctx: Ctx): CellValue {
  switch (t) {
    case 1: {
      const sv = ctx.strings[bytesNumber(b, vS, vE)];
      return sv === undefined ? null : sv;
    }
    case 2:
      return xmlDecode2(ctx.texts.get(b, vS, vE));
    case 3:
    case 5:
      return unescapeXml(bytesText(b, vS, vE));
    case 4:
      return bytesNumber(b, vS, vE) !== 0;
    case 7:
      return isoDateCell(unescapeXml(bytesText(b, vS, vE)));
    default: {
      const num = bytesNumber(b, vS, vE);
      return isDate ? excelDateIso(num, ctx.date1904) : num;
    }
  }
}

/**
 * The cells of <sheetData> from p into st's rows; the position of </sheetData> (n when it is missing). Only
 * the loop: optimised while it runs on the first sheet, it has no code after the loop that would run without
 * type feedback (a deoptimisation at every sheet's end), and it calls module-level helpers only (closures
 * made anew per sheet would change its call targets from sheet to sheet).
 */
function scanCells(b: Uint8Array, p: number, n: number, name: string, ctx: Ctx, st: SheetRows): number {
  let cur: Row | undefined;
  /** the row before the current one */
  let upper: Row | undefined;
  let rowNo = 0;
  let prevCol = 0;
  while (p < n) {
    const lt = ltFrom(b, p, n);
    if (lt >= n) return n;
    if (b[lt + 1] === 47) {
      // a closing tag (</row> on every row): </sheetData> ends the cells
      if (isSheetDataEnd(b, lt, n)) return lt;
      p = gtFrom(b, lt, n) + 1;
      continue;
    }
    // the tag's name [nmS, nmE), after any namespace prefix
    const nmE = nameEnd(b, lt, n);
    const nmS = nameStart(b, lt + 1, nmE);
    const gt = gtFrom(b, nmE, n);
    const selfClose = b[gt - 1] === 47;
    const nlen = nmE - nmS;
    if (nlen === 3 && b[nmS] === 114 && b[nmS + 1] === 111 && b[nmS + 2] === 119) {
      // <row r="n" …>
      let r = 0;
      let q = nmE;
      while (q < gt) {
        while (q < gt && isWs(b[q])) q++;
        const ks = q;
        while (q < gt && b[q] !== 61 && !isWs(b[q])) q++;
        const isR = q - ks === 1 && b[ks] === 114;
        while (q < gt && b[q] !== 34 && b[q] !== 39) q++;
        const qc = b[q];
        const vs = ++q;
        while (q < gt && b[q] !== qc) q++;
        if (isR) {
          for (let k = vs; k < q; k++) {
            const d = b[k] - 48;
            if (d < 0 || d > 9) {
              r = 0;
              break;
            }
            r = r * 10 + d;
            if (r > MAX_ROWS) throw beyondGrid(name, `的行号 ${refTextOf(b, vs, q)} `);
          }
        }
        q++;
      }
      rowNo = r > 0 ? r : rowNo + 1;
      if (rowNo > MAX_ROWS) throw beyondGrid(name, `的行数`);
      upper = cur;
      prevCol = 0;
      if (rowNo > st.maxRow) st.maxRow = rowNo;
      cur = rowAt(st, ctx, name, rowNo);
      p = gt + 1;
      continue;
    }
    if (nlen !== 1 || b[nmS] !== 99) {
      p = gt + 1;
      continue;
    }
    // <c r="B3" s="1" t="s">
    if (cellAttrs(b, nmE, gt, CA) !== 0) throw beyondGrid(name, `的单元格 ${refTextOf(b, CA.refS, CA.refE)} `);
    let col = CA.col;
    const cRow = CA.cRow;
    const sAttr = CA.s;
    const t = CA.t; // 0 n, 1 s, 2 str, 3 inlineStr, 4 b, 5 e, 6 other, 7 d (ISO 8601 date)
    if (col === 0) {
      col = prevCol + 1;
      if (col > MAX_COLS) throw beyondGrid(name, `第 ${rowNo} 行的单元格个数`);
    } else if (cRow > 0 && cRow !== rowNo) {
      // a cell outside its row element (tolerated)
      rowNo = cRow;
      if (rowNo > st.maxRow) st.maxRow = rowNo;
      cur = rowAt(st, ctx, name, rowNo);
    }
    prevCol = col;
    p = gt + 1;
    const C = clearChildren(CC);
    if (!selfClose) p = cellChildren(b, p, n, ctx.texts, C);
    if (cur) storeCell(b, ctx, name, st, cur, upper, col, rowNo, sAttr, t, C);
  }

  return n;
}

/**
 * One cell's value, formula and format into its row (what exceljs makes of it). Called for every cell: the
 * rarer paths (formulas, shared formulas, a row growing) get their type feedback here, not in the scan loop.
 */
function storeCell(b: Uint8Array, ctx: Ctx, name: string, st: SheetRows, cur: Row, upper: Row | undefined, col: number, rowNo: number, sAttr: number, t: number, C: CellChildren): void {
  const { fText, fType, fRef, fSi, vS, vE, iText, iRich } = C;
  if (fText !== undefined && fText.length > MAX_FORMULA) {
    throw new XlsxReadError(`工作表“${name}”单元格 ${colLetters(col)}${rowNo} 的公式有 ${fText.length} 个字符,超过 Excel 的上限 ${MAX_FORMULA} 个字符`, 'limit');
  }

  // what exceljs makes of it
  const fmt = sAttr ? ctx.fmt[sAttr] ?? null : null;
  const isDate = sAttr ? !!ctx.date[sAttr] : false;
  let value: CellValue = null;
  let formula: string | null = null;
  if (fText || fType) {
    // a formula's cached value: as a plain cell's, except that s and inlineStr types read as numbers
    if (vS >= 0) value = plainValue(b, vS, vE, t === 1 || t === 3 ? 0 : t, isDate, ctx);
    else if (iText !== null) value = iRich ? unescapeX(iText) : iText;
    let ftext = fText;
    if (fType === 'shared' && fSi !== undefined) {
      if (fRef) {
        if (fText) st.shared.set(fSi, { formula: fText, row: rowNo, col });
      } else if (!fText) {
        const m = st.shared.get(fSi);
        ftext = m ? applyShared(m.pieces ?? (m.pieces = compileShared(m.formula)), rowNo - m.row, col - m.col) : undefined;
        if (ftext) {
          ctx.formulaChars += ftext.length;
          if (ctx.formulaChars > ctx.limits.sharedFormulaChars) {
            throw new XlsxReadError(
              `工作表“${name}”单元格 ${colLetters(col)}${rowNo} 处超出读取上限:由共享公式展开的公式合计超过 ${ctx.limits.sharedFormulaChars / 10000} 万个字符`,
              'limit',
            );
          }
        }
      }
    }
    if (ftext) formula = '=' + ftext;
  } else if (vS >= 0 || iText !== null) {
    if (vS < 0) value = iRich ? unescapeX(iText!) : iText!;
    else value = plainValue(b, vS, vE, t, isDate, ctx);
  } else {
    // exceljs: a styled empty cell is kept (counts in the row's width); an unstyled one is dropped
    if (sAttr && col > cur.cells) cur.cells = col;
    return;
  }
  // the same texts repeat down a column (regions, ids): the cell above's copy is kept
  if (typeof value === 'string' && t !== 1 && upper) {
    const above = upper.vals[col - 1];
    if (above === value) value = above;
  }
  cur.hasValues = true;
  if (col > cur.cells) cur.cells = col;
  if (col > cur.vals.length) {
    if (useSlots(ctx, col - cur.vals.length)) throw slotLimit(ctx, name, `单元格 ${colLetters(col)}${rowNo} 处`);
    for (let k = cur.vals.length; k < col; k++) cur.vals.push(null);
    if (col > st.width) st.width = col;
  }
  cur.vals[col - 1] = value;
  if (formula !== null) setAt((cur.fs ??= nulls<string>(col)), col, formula);
  if (fmt !== null) setAt((cur.nf ??= nulls<string>(col)), col, fmt);
}

/** Whether the closing tag at lt is </sheetData> (any namespace prefix). */
function isSheetDataEnd(b: Uint8Array, lt: number, n: number): boolean {
  const e = nameEnd(b, lt + 1, n);
  const s = nameStart(b, lt + 2, e);
  return e - s === 9 && b[s] === 115 && latin(b, s, e) === 'sheetData';
}

function beyondGrid(name: string, what: string): XlsxReadError {
  return new XlsxReadError(`工作表“${name}”${what}超出 Excel 的表格范围(最大 XFD${MAX_ROWS},即 ${MAX_ROWS} 行 × ${MAX_COLS} 列)`, 'limit');
}

/** A reference's text for a message (cut after 24 characters). */
function refTextOf(b: Uint8Array, s0: number, e0: number): string {
  return e0 - s0 > 24 ? latin(b, s0, s0 + 24) + '…' : latin(b, s0, e0);
}

/** Scans one worksheet part (bytes) into a snapshot (the used range as exceljs computes it); with a sink, its rows go there instead. */
function readSheetXml(name: string, b: Uint8Array, ctx: Ctx, sink?: RowSink): SheetSnapshot {
  // rows by number (sparse: only the rows that hold cells), and their numbers in the order met; row arrays
  // are allocated packed (null-filled) at the widest row seen so far (when narrow) and reused as the result
  const rows: (Row | undefined)[] = [];
  const rowNos: number[] = [];
  const st: SheetRows = { sink, rows, rowNos, width: 0, maxRow: 0, shared: new Map() };
  const slots0 = ctx.slots;
  const n = b.length;
  const sd = findBytes(b, '<sheetData', 0);
  let p = sd < 0 ? n : gtFrom(b, sd, n) + 1;
  if (sd >= 0 && b[p - 2] === 47) p = n; // <sheetData/>
  const end = scanCells(b, p, n, name, ctx, st);
  if (sink) {
    flushRows(st, ctx);
    return { name, values: [], formulas: [], numFmts: [] };
  }
  let maxRow = st.maxRow;

  // merged ranges: cells other than the top-left one read as empty; the range extends the used range
  const merges: number[] = []; // top, left, bottom, right (1-based) of the merges larger than one cell
  const single: number[] = []; // row, column of one-cell merges
  let mergeCols = 0;
  const mcStart = findBytes(b, '<mergeCells', end);
  if (mcStart >= 0) {
    const mcEnd = findBytes(b, 'mergeCells>', mcStart + 11);
    for (const a of elements(bytesText(b, mcStart, mcEnd < 0 ? n : mcEnd), 'mergeCell')) {
      if (!a.ref) continue;
      const [f, t2] = a.ref.split(':');
      const A = decodeAddr(f);
      const B = decodeAddr(t2 ?? f);
      if (!(A.row >= 1 && A.col >= 1 && B.row >= 1 && B.col >= 1)) continue;
      if (A.row > MAX_ROWS || B.row > MAX_ROWS || A.col > MAX_COLS || B.col > MAX_COLS) {
        throw beyondGrid(name, `的合并区域 ${a.ref.length > 40 ? a.ref.slice(0, 40) + '…' : a.ref} `);
      }
      const top = Math.min(A.row, B.row);
      const bottom = Math.max(A.row, B.row);
      const left = Math.min(A.col, B.col);
      const right = Math.max(A.col, B.col);
      if (bottom > maxRow) maxRow = bottom;
      // every row of a larger merge counts in the used range up to its right column (exceljs)
      if (bottom > top || right > left) {
        merges.push(top, left, bottom, right);
        if (right > mergeCols) mergeCols = right;
      } else single.push(top, right);
    }
  }
  if (merges.length) clearMergeSlaves(rows, rowNos, merges);

  let nCols = mergeCols;
  for (const rn of rowNos) {
    const row = rows[rn - 1]!;
    if (row.hasValues && row.cells > nCols) nCols = row.cells;
  }
  for (let i = 0; i < single.length; i += 2) if (rows[single[i] - 1]?.hasValues && single[i + 1] > nCols) nCols = single[i + 1];

  const values: CellValue[][] = new Array(maxRow);
  const formulas: (string | null)[][] = new Array(maxRow);
  const numFmts: (string | null)[][] = new Array(maxRow);
  const sheetSlots = ctx.slots - slots0;
  const area = maxRow * nCols;
  if (area <= ctx.limits.denseCells && ctx.slots - sheetSlots + area <= ctx.limits.slots) {
    // the full grid of the used range, as exceljs gives it
    ctx.slots += area - sheetSlots;
    // rows without formulas or formats share one frozen row of nulls (snapshots are read, never written)
    const none = Object.freeze(nulls<never>(nCols)) as never[];
    for (let r = 0; r < maxRow; r++) {
      const row = rows[r];
      if (!row) {
        values[r] = nulls<CellValue>(nCols);
        formulas[r] = none;
        numFmts[r] = none;
        continue;
      }
      values[r] = fit(row.vals, nCols);
      formulas[r] = row.fs ? fit(row.fs, nCols) : none;
      numFmts[r] = row.nf ? fit(row.nf, nCols) : none;
    }
  } else {
    // a large, sparse used range (e.g. cells at A1 and XFD1048576): only the rows that hold cells have
    // arrays, each up to its last cell; the other rows share one empty array (a missing cell reads undefined)
    if (useSlots(ctx, maxRow)) throw slotLimit(ctx, name, `的 ${maxRow} 行`);
    values.fill(EMPTY, 0, maxRow);
    formulas.fill(EMPTY, 0, maxRow);
    numFmts.fill(EMPTY, 0, maxRow);
    for (const rn of rowNos) {
      const row = rows[rn - 1]!;
      if (row.vals.length > nCols) row.vals.length = nCols;
      values[rn - 1] = row.vals;
      // as long as the row's values, like the full grid's rows
      formulas[rn - 1] = row.fs ? fit(row.fs, row.vals.length) : nulls<string>(row.vals.length);
      numFmts[rn - 1] = row.nf ? fit(row.nf, row.vals.length) : nulls<string>(row.vals.length);
    }
  }
  return { name, values, formulas, numFmts };
}

// ---------------------------------------------------------------------------------------------

/** Sheet names in workbook order, hidden ones included. */
export interface XlsxContents {
  sheetNames: string[];
  /** reads the named sheets (all when omitted), in workbook order; a sheet with a sink gives its rows to it (and an empty snapshot) */
  readSheets(names?: string[], sinks?: ReadonlyMap<string, RowSink>): Promise<SheetSnapshot[]>;
}

const dec = new TextDecoder();
const text = async (parts: Parts, name: string): Promise<string | null> => {
  const get = parts.get(name);
  return get ? dec.decode(await get()) : null;
};

/** Opens xlsx bytes; throws XlsxReadError (message in Chinese) when it is not a readable xlsx. */
export async function openXlsx(bytes: Uint8Array | ArrayBuffer, limits: ReadLimits = READ_LIMITS): Promise<XlsxContents> {
  const u8 = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const parts = await unzip(u8);
  // the workbook part: from the package relationships, else the usual path
  let wbPath = 'xl/workbook.xml';
  const rootRels = await text(parts, '_rels/.rels');
  if (rootRels) {
    const off = elements(rootRels, 'Relationship').find((r) => /\/officeDocument$/.test(r.Type ?? ''));
    if (off?.Target) wbPath = resolveTarget('', off.Target);
  }
  const wbXml = await text(parts, wbPath);
  if (wbXml === null) throw new XlsxReadError(`缺少工作簿部件 ${wbPath}`);
  const relsPath = wbPath.replace(/[^/]*$/, (f) => `_rels/${f}.rels`);
  const rels = new Map<string, { target: string; type: string }>();
  for (const r of elements((await text(parts, relsPath)) ?? '', 'Relationship')) {
    if (r.Id) rels.set(r.Id, { target: resolveTarget(wbPath, r.Target ?? ''), type: r.Type ?? '' });
  }
  const wbPr = elements(wbXml, 'workbookPr')[0];
  const date1904 = !!wbPr && (wbPr.date1904 === '1' || wbPr.date1904 === 'true');
  const sheets: { name: string; path: string }[] = [];
  for (const s of elements(wbXml, 'sheet')) {
    const rid = s['r:id'] ?? Object.entries(s).find(([k]) => /:id$/.test(k))?.[1];
    const rel = rid ? rels.get(rid) : undefined;
    if (!rel || !/\/worksheet$/.test(rel.type) || !parts.has(rel.target)) continue;
    sheets.push({ name: s.name ?? '', path: rel.target });
  }
  const byType = (t: string) => [...rels.values()].find((r) => r.type.endsWith('/' + t))?.target;
  let ctx: Ctx | null = null;
  const context = async (): Promise<Ctx> => {
    if (!ctx) {
      const st = parseStyles(await text(parts, byType('styles') ?? 'xl/styles.xml'));
      ctx = {
        strings: parseSharedStrings(await text(parts, byType('sharedStrings') ?? 'xl/sharedStrings.xml')),
        fmt: st.fmt,
        date: st.date,
        date1904,
        limits,
        slots: 0,
        formulaChars: 0,
        texts: new TextCache(),
      };
    }
    return ctx;
  };
  return {
    sheetNames: sheets.map((s) => s.name),
    async readSheets(names?: string[], sinks?: ReadonlyMap<string, RowSink>): Promise<SheetSnapshot[]> {
      const c = await context();
      const out: SheetSnapshot[] = [];
      for (const s of sheets) {
        if (names && !names.includes(s.name)) continue;
        let part: Uint8Array;
        try {
          part = await parts.get(s.path)!();
        } catch (e) {
          throw e instanceof XlsxReadError ? new XlsxReadError(`工作表“${s.name}”的${e.message}`, e.kind) : e;
        }
        out.push(readSheetXml(s.name, part, c, sinks?.get(s.name)));
      }
      return out;
    },
  };
}

/** Reads all sheets of xlsx bytes (hidden ones included) as snapshots. */
export async function readXlsxSheets(bytes: Uint8Array | ArrayBuffer, names?: string[], limits?: ReadLimits, sinks?: ReadonlyMap<string, RowSink>): Promise<SheetSnapshot[]> {
  return (await openXlsx(bytes, limits)).readSheets(names, sinks);
}
