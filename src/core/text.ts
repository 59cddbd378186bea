// Text helpers shared by the resolver, the units and the CLI. Pure: no fs, no DOM.

// Characters NFKC would change in ways that alter meaning in our domain (e.g. ① → 1, ㎡ → m2)
// are rare in names; we still restrict NFKC to strings that contain compatibility forms.
const NEEDS_NFKC = /[\u3000\uff01-\uff5e\uff5f-\uffef\u2460-\u24ff\u3200-\u33ff\uf900-\ufaff]/;
const SPACES = /[\s\u00a0\u3000]+/g;

/** Trims, maps full-width ASCII and punctuation to half-width (NFKC), collapses runs of spaces. */
export function normaliseText(input: string): string {
  let s = String(input);
  if (NEEDS_NFKC.test(s)) s = s.normalize('NFKC');
  // middle-dot variants used in units (元/人・月, 元/人•月) → U+00B7
  s = s.replace(/[\u30fb\uff65\u2022\u2027\u2219\u22c5]/g, '·');
  return s.replace(SPACES, ' ').trim();
}

// Anything normaliseKey would change; strings without it (most catalogue names) are returned as is.
const KEY_DIRTY = /[\s\u00a0\u3000\uff01-\uffef\u2460-\u24ff\u3200-\u33ff\uf900-\ufaffA-Z\u30fb\u2022\u2027\u2219\u22c5]/;

/** Lookup key: normalised, without any spaces, ASCII lower-cased. */
export function normaliseKey(input: string): string {
  const s = String(input);
  if (!KEY_DIRTY.test(s)) return s;
  return normaliseText(s).replace(/ /g, '').toLowerCase();
}

/** Levenshtein distance over code points (so each Chinese character counts once). */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  const x = Array.from(a);
  const y = Array.from(b);
  if (x.length === 0) return y.length;
  if (y.length === 0) return x.length;
  let prev = new Array<number>(y.length + 1);
  let cur = new Array<number>(y.length + 1);
  for (let j = 0; j <= y.length; j++) prev[j] = j;
  for (let i = 1; i <= x.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[y.length];
}

/**
 * The `n` closest targets to `query` (at most; only targets within fewer edits than the query's
 * length). Each target has several spellings (keys); its distance is the smallest over them. Ties
 * keep the order of `targets` (callers sort by preference first).
 */
export function closest<T>(query: string, targets: { item: T; keys: string[] }[], n = 3): T[] {
  const q = normaliseKey(query);
  const scored = targets.map((t, i) => {
    let d = Infinity;
    for (const k of t.keys) {
      const dk = levenshtein(q, k);
      if (dk < d) d = dk;
    }
    return { item: t.item, d, i };
  });
  scored.sort((a, b) => a.d - b.d || a.i - b.i);
  // a target is "near" when fewer edits than the query's length separate them (shares something)
  const len = Array.from(q).length;
  return scored.filter((s) => s.d < len).slice(0, n).map((s) => s.item);
}

/** UTF-16 without a BOM, told by its NUL bytes (ASCII text has every other byte 0); null otherwise. */
function utf16ByNuls(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const units = n / 2;
  // UTF-8 and GBK text has no NUL bytes at all; UTF-16 CSVs have many (header, digits, commas)
  if (odd >= units * 0.2 && even <= units * 0.02) return 'utf-16le';
  if (even >= units * 0.2 && odd <= units * 0.02) return 'utf-16be';
  return null;
}

/**
 * Decodes file bytes: UTF-16 LE/BE with a BOM, or without one when its NUL bytes show it; UTF-8
 * (with or without BOM) when valid; otherwise GB18030 (a superset of GBK).
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be' } {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    return { text: new TextDecoder(encoding).decode(bytes.subarray(2)), encoding };
  }
  const wide = utf16ByNuls(bytes);
  if (wide) return { text: new TextDecoder(wide).decode(bytes), encoding: wide };
  let start = 0;
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  const body = bytes.subarray(start);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}

/** Formats a number without floating noise (12 significant digits), as a plain decimal. */
export function formatNumber(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  // whole numbers of up to 12 digits are already what 12 significant digits give
  if (Number.isInteger(v) && v < 1e12 && v > -1e12) return String(v);
  const r = Number(v.toPrecision(12));
  return String(r);
}

/**
 * A cell text that is exactly a number: "821", "-3.5", "1,234.5" (thousands separators only in groups of
 * three: "8,21" is not a number); null otherwise.
 */
export function plainNumber(text: string): number | null {
  const s = text.trim();
  if (/^[-+]?\d+(\.\d+)?$/.test(s)) return Number(s);
  if (/^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) return Number(s.replace(/,/g, ''));
  return null;
}

/** Full-width digits, signs, comma and point (９００, －３．５) as ASCII. */
export function halfWidthDigits(text: string): string {
  return text.replace(/[\uff10-\uff19\uff0b\uff0c\uff0d\uff0e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

/** Excel's error values as they are read from a cell (#REF!, #DIV/0! …). */
export const EXCEL_ERROR = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|EXTERNAL!)$/i;

/**
 * How a text typed in a number cell reads as a number: full-width digits (９００), a unit after it
 * (900元, 3.5 万元), thousands separators in groups of three. Null when it does not read as one ("8,21").
 */
export function numberInText(text: string): { value: number; unit: string } | null {
  const s = halfWidthDigits(text).replace(/\u3000/g, ' ').trim();
  const m = /^([-+]?[\d,]*\d(?:\.\d+)?)\s*(\S{0,8})$/.exec(s);
  if (!m) return null;
  const v = plainNumber(m[1]);
  if (v === null) return null;
  if (m[2] !== '' && /[\d,.]/.test(m[2])) return null;
  return { value: v, unit: m[2] };
}
