// A lean xlsx reader for checking: unzips (Node's zlib, else JSZip) and scans the sheet XML,
// sharedStrings and styles with a hand-written scanner (no DOM). Produces the same SheetSnapshot[]
// as XlsxWorkbook.readSheets() on an exceljs-loaded workbook (same used range, values with cached
// formula results, formulas with '=', numFmts, dates as ISO strings, merged cells other than the
// top-left one empty), at a fraction of the time and memory.
import JSZip from 'jszip';
import { CellValue, SheetSnapshot } from '../core/workbook';

export class XlsxReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'XlsxReadError';
  }
}

// ---------------------------------------------------------------------------------------------
// zip

type Inflate = { inflateRawSync(b: Uint8Array): Uint8Array };

function nodeZlib(): Inflate | null {
  try {
    const p = (globalThis as { process?: { getBuiltinModule?: (m: string) => unknown } }).process;
    const z = p?.getBuiltinModule?.('zlib') as Partial<Inflate> | undefined;
    return z && typeof z.inflateRawSync === 'function' ? (z as Inflate) : null;
  } catch {
    return null;
  }
}

/** Part name → bytes getter. */
type Parts = Map<string, () => Promise<Uint8Array>>;

/** Central directory of a plain zip (no zip64) read with native inflate; null when unsupported. */
function unzipNative(bytes: Uint8Array, z: Inflate): Parts | null {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const n = bytes.length;
  let eocd = -1;
  for (let i = n - 22; i >= Math.max(0, n - 22 - 65535); i--) {
    if (dv.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new XlsxReadError('不是 zip 文件(找不到目录结尾记录)');
  const count = dv.getUint16(eocd + 10, true);
  let p = dv.getUint32(eocd + 16, true);
  if (count === 0xffff || p === 0xffffffff) return null; // zip64: let JSZip handle it
  const dec = new TextDecoder();
  const parts: Parts = new Map();
  for (let k = 0; k < count; k++) {
    if (p + 46 > n || dv.getUint32(p, true) !== 0x02014b50) throw new XlsxReadError('zip 目录已损坏');
    const method = dv.getUint16(p + 10, true);
    const csize = dv.getUint32(p + 20, true);
    const nameLen = dv.getUint16(p + 28, true);
    const extraLen = dv.getUint16(p + 30, true);
    const commentLen = dv.getUint16(p + 32, true);
    const local = dv.getUint32(p + 42, true);
    const name = dec.decode(bytes.subarray(p + 46, p + 46 + nameLen));
    p += 46 + nameLen + extraLen + commentLen;
    if (csize === 0xffffffff || local === 0xffffffff) return null;
    parts.set(name, async () => {
      if (local + 30 > n || dv.getUint32(local, true) !== 0x04034b50) throw new XlsxReadError(`zip 条目 ${name} 已损坏`);
      const start = local + 30 + dv.getUint16(local + 26, true) + dv.getUint16(local + 28, true);
      const data = bytes.subarray(start, start + csize);
      if (data.length !== csize) throw new XlsxReadError(`zip 条目 ${name} 不完整`);
      if (method === 0) return data;
      if (method === 8) return z.inflateRawSync(data);
      throw new XlsxReadError(`zip 条目 ${name} 使用了不支持的压缩方式 ${method}`);
    });
  }
  return parts;
}

async function unzip(bytes: Uint8Array): Promise<Parts> {
  const z = nodeZlib();
  if (z) {
    const native = unzipNative(bytes, z);
    if (native) return native;
  }
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (e) {
    throw new XlsxReadError(`不是 zip 文件(${(e as Error).message})`);
  }
  const parts: Parts = new Map();
  zip.forEach((path, f) => {
    if (!f.dir) parts.set(path, () => f.async('uint8array'));
  });
  return parts;
}

// ---------------------------------------------------------------------------------------------
// XML helpers

const ENT: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML entity decoding (what a SAX parser does). */
function unescapeXml(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (m, e: string) => {
    if (e[0] === '#') {
      const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(cp) ? String.fromCodePoint(cp) : m;
    }
    return ENT[e] ?? m;
  });
}

/** exceljs' second decoding pass for t="str" values (utils.xmlDecode). */
function xmlDecode2(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(/&([a-z]*);/g, (c, e: string) => (e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'amp' ? '&' : e === 'apos' ? "'" : e === 'quot' ? '"' : c));
}

/** _xHHHH_ escapes of shared-string text runs. */
function unescapeX(s: string): string {
  return s.indexOf('_x') < 0 ? s : s.replace(/_x([0-9A-F]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** Attributes of a tag text (between the name and '>'). */
function attrs(s: string, from: number, to: number): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) && m.index < to) out[m[1]] = unescapeXml(m[2] ?? m[3] ?? '');
  return out;
}

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
  }
  return out;
}

/** Concatenated text of the <t> elements in s[from, to), skipping <rPh> (phonetic) runs when asked. */
function textRuns(s: string, from: number, to: number, skipPhonetic: boolean): { text: string; rich: boolean; any: boolean } {
  let text = '';
  let rich = false;
  let any = false;
  let p = from;
  while (p < to) {
    const lt = s.indexOf('<', p);
    if (lt < 0 || lt >= to) break;
    const c1 = s.charCodeAt(lt + 1);
    if (c1 === 47 /* / */ || c1 === 63 /* ? */ || c1 === 33 /* ! */) {
      p = lt + 2;
      continue;
    }
    const gt = s.indexOf('>', lt);
    let ne = lt + 1;
    while (ne < gt) {
      const ch = s.charCodeAt(ne);
      if (ch === 32 || ch === 47 || ch === 9 || ch === 10 || ch === 13) break;
      ne++;
    }
    const nm = local(s.slice(lt + 1, ne));
    if (nm === 'rPh' && skipPhonetic) {
      const close = s.indexOf('</', gt);
      const endPh = s.indexOf('rPh>', close);
      p = endPh < 0 ? to : endPh + 4;
      continue;
    }
    if (nm === 'r') rich = true;
    if (nm === 't' && s.charCodeAt(gt - 1) !== 47) {
      const close = s.indexOf('</', gt);
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

function isDateFmt(fmt: string | null): boolean {
  if (!fmt) return false;
  const f = fmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return /[ymdhMsb]+/.test(f);
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
    for (const a of elements(part, 'xf')) {
      const id = parseInt(a.numFmtId, 10);
      const f = id ? custom.get(id) || BUILTIN_FMT[id] || null : null;
      fmt.push(f);
      date.push(isDateFmt(f));
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

/** exceljs' slideFormula: moves the relative references of a shared formula from one cell to another. */
function slideFormula(formula: string, from: { row: number; col: number }, to: { row: number; col: number }): string {
  return formula.replace(/(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi, (ref, sheet: string | undefined, _s, addr: string, paren: string | undefined) => {
    if (paren) return ref;
    const m = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i.exec(addr);
    if (!m) return ref;
    const colStr = m[2].toUpperCase();
    if (colStr.length > 3 || (colStr.length === 3 && colStr > 'XFD')) return ref;
    let col = colIndex(colStr, 0, colStr.length);
    let row = parseInt(m[4], 10);
    if (!m[1]) col += to.col - from.col;
    if (!m[3]) row += to.row - from.row;
    return (sheet || '') + (m[1] || '') + colLetters(col) + (m[3] || '') + row;
  });
}

function excelDateIso(v: number, date1904: boolean): string {
  return new Date(Math.round((v - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000)).toISOString();
}

interface Ctx {
  strings: string[];
  fmt: (string | null)[];
  date: boolean[];
  date1904: boolean;
}

const utf8 = new TextDecoder();
const latin = (b: Uint8Array, s: number, e: number): string => {
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

/** Scans one worksheet part (bytes) into a snapshot (the used range as exceljs computes it). */
function readSheetXml(name: string, b: Uint8Array, ctx: Ctx): SheetSnapshot {
  type Row = { vals: CellValue[]; fs: (string | null)[]; nf: (string | null)[]; cells: number; hasValues: boolean };
  const rows: (Row | undefined)[] = [];
  // row arrays are allocated packed (null-filled) at the widest row seen so far and reused as the result
  let width = 0;
  const nulls = <T,>(w: number): (T | null)[] => new Array<T | null>(w).fill(null);
  const rowAt = (n: number): Row => rows[n - 1] ?? (rows[n - 1] = { vals: nulls<CellValue>(width), fs: nulls<string>(width), nf: nulls<string>(width), cells: 0, hasValues: false });
  let maxRow = 0;
  const sharedMaster = new Map<string, { formula: string; row: number; col: number }>();
  const n = b.length;
  const find = (pat: string, from: number): number => {
    const c0 = pat.charCodeAt(0);
    outer: for (let i = from; i <= n - pat.length; i++) {
      if (b[i] !== c0) continue;
      for (let k = 1; k < pat.length; k++) if (b[i + k] !== pat.charCodeAt(k)) continue outer;
      return i;
    }
    return -1;
  };
  const nextLt = (from: number): number => {
    let i = from;
    while (i < n && b[i] !== 60) i++;
    return i;
  };
  const nextGt = (from: number): number => {
    let i = from;
    // attribute values may hold '>': skip quoted text
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
  };
  /** [nameStart (after any prefix), nameEnd) of the tag at lt. */
  let nmS = 0;
  let nmE = 0;
  const tagName = (lt: number) => {
    let i = lt + 1;
    let s = i;
    while (i < n) {
      const c = b[i];
      if (c === 32 || c === 47 || c === 62 || c === 9 || c === 10 || c === 13) break;
      if (c === 58) s = i + 1;
      i++;
    }
    nmS = s;
    nmE = i;
  };
  const is1 = (ch: number) => nmE - nmS === 1 && b[nmS] === ch;

  const sd = find('<sheetData', 0) >= 0 ? find('<sheetData', 0) : -1;
  let p = sd < 0 ? n : nextGt(sd) + 1;
  if (sd >= 0 && b[p - 2] === 47) p = n; // <sheetData/>
  let cur: Row | undefined;
  let rowNo = 0;
  let prevCol = 0;
  let end = n;

  while (p < end) {
    const lt = nextLt(p);
    if (lt >= end) break;
    if (b[lt + 1] === 47) {
      tagName(lt + 1);
      if (nmE - nmS === 9 && latin(b, nmS, nmE) === 'sheetData') {
        end = lt;
        break;
      }
      p = nextGt(lt) + 1;
      continue;
    }
    tagName(lt);
    const gt = nextGt(nmE);
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
        if (isR) for (let k = vs; k < q; k++) r = r * 10 + (b[k] - 48);
        q++;
      }
      rowNo = r > 0 ? r : rowNo + 1;
      prevCol = 0;
      if (rowNo > maxRow) maxRow = rowNo;
      cur = rowAt(rowNo);
      p = gt + 1;
      continue;
    }
    if (nlen !== 1 || b[nmS] !== 99) {
      p = gt + 1;
      continue;
    }
    // <c r="B3" s="1" t="s">
    let col = 0;
    let cRow = 0;
    let sAttr = 0;
    let t = 0; // 0 n, 1 s, 2 str, 3 inlineStr, 4 b, 5 e, 6 other
    {
      let q = nmE;
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
          let k = vs;
          for (; k < q; k++) {
            const c = b[k];
            if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
            else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
            else if (c !== 36) break;
          }
          for (; k < q; k++) if (b[k] !== 36) cRow = cRow * 10 + (b[k] - 48);
        } else if (key === 115) {
          for (let k = vs; k < q; k++) sAttr = sAttr * 10 + (b[k] - 48);
        } else if (key === 116) {
          const len = q - vs;
          const c0 = b[vs];
          t = len === 1 && c0 === 110 ? 0 : len === 1 && c0 === 115 ? 1 : len === 3 && c0 === 115 ? 2 : len === 9 && c0 === 105 ? 3 : len === 1 && c0 === 98 ? 4 : len === 1 && c0 === 101 ? 5 : 6;
        }
        q++;
      }
    }
    if (col === 0) col = prevCol + 1;
    else if (cRow > 0 && cRow !== rowNo) {
      // a cell outside its row element (tolerated)
      rowNo = cRow;
      if (rowNo > maxRow) maxRow = rowNo;
      cur = rowAt(rowNo);
    }
    prevCol = col;
    let fText: string | undefined;
    let fType: string | undefined;
    let fRef: string | undefined;
    let fSi: string | undefined;
    let vS = -1;
    let vE = -1;
    let inline: { text: string; rich: boolean; any: boolean } | undefined;
    p = gt + 1;
    if (!selfClose) {
      // children until </c>
      for (;;) {
        const l2 = nextLt(p);
        if (l2 >= n) {
          p = n;
          break;
        }
        if (b[l2 + 1] === 47) {
          tagName(l2 + 1);
          p = nextGt(l2) + 1;
          if (is1(99)) break;
          continue;
        }
        tagName(l2);
        const g2 = nextGt(nmE);
        const sc = b[g2 - 1] === 47;
        if (is1(102)) {
          // <f …>text</f>
          if (g2 > nmE && !(g2 === nmE + 1 && sc)) {
            const fa = attrs(latin(b, nmE, sc ? g2 - 1 : g2), 0, Infinity);
            fType = fa.t;
            fRef = fa.ref;
            fSi = fa.si;
          }
          if (!sc) {
            const fc = nextLt(g2 + 1);
            if (fc > g2 + 1) fText = unescapeXml(bytesText(b, g2 + 1, fc));
            p = fc;
          } else p = g2 + 1;
          continue;
        }
        if (is1(118)) {
          if (!sc) {
            const vc = nextLt(g2 + 1);
            if (vc > g2 + 1) {
              vS = g2 + 1;
              vE = vc;
            }
            p = vc;
          } else p = g2 + 1;
          continue;
        }
        if (nmE - nmS === 2 && b[nmS] === 105 && b[nmS + 1] === 115) {
          if (sc) {
            p = g2 + 1;
            continue;
          }
          let ic = find('is>', g2);
          if (ic < 0) ic = n;
          const s = bytesText(b, g2 + 1, ic);
          inline = textRuns(s, 0, s.length, false);
          p = ic;
          continue;
        }
        p = g2 + 1;
      }
    }
    if (!cur) continue;

    // what exceljs makes of it
    const fmt = sAttr ? ctx.fmt[sAttr] ?? null : null;
    const isDate = sAttr ? !!ctx.date[sAttr] : false;
    let value: CellValue = null;
    let formula: string | null = null;
    if (fText || fType) {
      if (vS >= 0) {
        if (t === 2) value = xmlDecode2(unescapeXml(bytesText(b, vS, vE)));
        else if (t === 4) value = bytesNumber(b, vS, vE) !== 0;
        else if (t === 5) value = unescapeXml(bytesText(b, vS, vE));
        else {
          const num = bytesNumber(b, vS, vE);
          value = isDate ? excelDateIso(num, ctx.date1904) : num;
        }
      } else if (inline?.any) value = inline.rich ? unescapeX(inline.text) : inline.text;
      let ftext = fText;
      if (fType === 'shared' && fSi !== undefined) {
        if (fRef) {
          if (fText) sharedMaster.set(fSi, { formula: fText, row: rowNo, col });
        } else if (!fText) {
          const m = sharedMaster.get(fSi);
          ftext = m ? slideFormula(m.formula, m, { row: rowNo, col }) : undefined;
        }
      }
      if (ftext) formula = '=' + ftext;
    } else if (vS >= 0 || inline?.any) {
      if (vS < 0) value = inline!.rich ? unescapeX(inline!.text) : inline!.text;
      else
        switch (t) {
          case 1: {
            const sv = ctx.strings[bytesNumber(b, vS, vE)];
            value = sv === undefined ? null : sv;
            break;
          }
          case 2:
            value = xmlDecode2(unescapeXml(bytesText(b, vS, vE)));
            break;
          case 3:
          case 5:
            value = unescapeXml(bytesText(b, vS, vE));
            break;
          case 4:
            value = bytesNumber(b, vS, vE) !== 0;
            break;
          default: {
            const num = bytesNumber(b, vS, vE);
            value = isDate ? excelDateIso(num, ctx.date1904) : num;
          }
        }
    } else {
      // exceljs: a styled empty cell is kept (counts in the row's width); an unstyled one is dropped
      if (sAttr && col > cur.cells) cur.cells = col;
      continue;
    }
    cur.hasValues = true;
    if (col > cur.cells) cur.cells = col;
    if (col > cur.vals.length) {
      for (let k = cur.vals.length; k < col; k++) {
        cur.vals.push(null);
        cur.fs.push(null);
        cur.nf.push(null);
      }
      if (col > width) width = col;
    }
    cur.vals[col - 1] = value;
    cur.fs[col - 1] = formula;
    cur.nf[col - 1] = fmt;
  }

  // merged ranges: cells other than the top-left one read as empty; the range extends the used range
  const mergeSlaves: [number, number, number, number][] = [];
  const mcStart = find('<mergeCells', end);
  if (mcStart >= 0) {
    const mcEnd = find('mergeCells>', mcStart + 11);
    for (const a of elements(bytesText(b, mcStart, mcEnd < 0 ? n : mcEnd), 'mergeCell')) {
      if (!a.ref) continue;
      const [f, t2] = a.ref.split(':');
      const A = decodeAddr(f);
      const B = decodeAddr(t2 ?? f);
      const top = Math.min(A.row, B.row);
      const bottom = Math.max(A.row, B.row);
      const left = Math.min(A.col, B.col);
      const right = Math.max(A.col, B.col);
      mergeSlaves.push([top, left, bottom, right]);
      if (bottom > maxRow) maxRow = bottom;
      for (let rr = top; rr <= bottom; rr++) {
        const row = rowAt(rr);
        if (right > row.cells) row.cells = right;
        // a slave cell in this row makes it count
        if (rr > top || right > left) row.hasValues = true;
      }
    }
  }

  let nCols = 0;
  for (const row of rows) if (row && row.hasValues && row.cells > nCols) nCols = row.cells;
  const values: CellValue[][] = new Array(maxRow);
  const formulas: (string | null)[][] = new Array(maxRow);
  const numFmts: (string | null)[][] = new Array(maxRow);
  for (let r = 0; r < maxRow; r++) {
    const row = rows[r];
    if (!row) {
      values[r] = nulls<CellValue>(nCols);
      formulas[r] = nulls<string>(nCols);
      numFmts[r] = nulls<string>(nCols);
      continue;
    }
    // cut to the used width, or pad with nulls
    const fit = <T,>(a: (T | null)[]): (T | null)[] => {
      if (a.length > nCols) a.length = nCols;
      while (a.length < nCols) a.push(null);
      return a;
    };
    values[r] = fit(row.vals);
    formulas[r] = fit(row.fs);
    numFmts[r] = fit(row.nf);
  }
  for (const [top, left, bottom, right] of mergeSlaves) {
    for (let rr = top; rr <= bottom; rr++) {
      for (let cc = left; cc <= right; cc++) {
        if (rr === top && cc === left) continue;
        if (cc > nCols) continue;
        values[rr - 1][cc - 1] = null;
        formulas[rr - 1][cc - 1] = null;
        numFmts[rr - 1][cc - 1] = null;
      }
    }
  }
  return { name, values, formulas, numFmts };
}

// ---------------------------------------------------------------------------------------------

/** Sheet names in workbook order, hidden ones included. */
export interface XlsxContents {
  sheetNames: string[];
  /** reads the named sheets (all when omitted), in workbook order */
  readSheets(names?: string[]): Promise<SheetSnapshot[]>;
}

const dec = new TextDecoder();
const text = async (parts: Parts, name: string): Promise<string | null> => {
  const get = parts.get(name);
  return get ? dec.decode(await get()) : null;
};

/** Opens xlsx bytes; throws XlsxReadError (message in Chinese) when it is not a readable xlsx. */
export async function openXlsx(bytes: Uint8Array | ArrayBuffer): Promise<XlsxContents> {
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
      ctx = { strings: parseSharedStrings(await text(parts, byType('sharedStrings') ?? 'xl/sharedStrings.xml')), fmt: st.fmt, date: st.date, date1904 };
    }
    return ctx;
  };
  return {
    sheetNames: sheets.map((s) => s.name),
    async readSheets(names?: string[]): Promise<SheetSnapshot[]> {
      const c = await context();
      const out: SheetSnapshot[] = [];
      for (const s of sheets) {
        if (names && !names.includes(s.name)) continue;
        out.push(readSheetXml(s.name, await parts.get(s.path)!(), c));
      }
      return out;
    },
  };
}

/** Reads all sheets of xlsx bytes (hidden ones included) as snapshots. */
export async function readXlsxSheets(bytes: Uint8Array | ArrayBuffer, names?: string[]): Promise<SheetSnapshot[]> {
  return (await openXlsx(bytes)).readSheets(names);
}
