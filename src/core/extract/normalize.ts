// Character-for-character normalisation: the output has the same length as the input, so an
// offset in the normalised copy is the same offset in the original text (quotes stay exact).

import trad from './trad.json';

const MAP: Record<string, string> = {
  '，': ',',
  '；': ';',
  '：': ':',
  '（': '(',
  '）': ')',
  '！': '!',
  '？': '?',
  '％': '%',
  '．': '.',
  '／': '/',
  '∕': '/',
  '⁄': '/',
  '・': '·',
  '•': '·',
  '‧': '·',
  '∙': '·',
  '⋅': '·',
  '　': ' ',
  '\u00a0': ' ',
  '～': '~',
  '＋': '+',
  '－': '-',
  '“': '"',
  '”': '"',
  '＂': '"',
  // glyphs of PDF text layers decoded through the wrong CID map (月仹 = 月份, 启劢 = 启动)
  '仹': '份',
  '仸': '任',
  '挃': '指',
  '劤': '努',
  '迒': '返',
  '幵': '并',
  '劢': '动',
};

// traditional characters → simplified (reports reposted in 繁體)
for (let i = 0; i + 1 < trad.map.length; i += 2) MAP[trad.map[i]] = trad.map[i + 1];

/** Full-width digits, letters and punctuation → ASCII; curly double quotes → '"'; 繁→简. Length-preserving. */
const TABLE = new Uint16Array(0x10000);
for (let c = 0xff10; c <= 0xff5a; c++) {
  if ((c <= 0xff19 || (c >= 0xff21 && c <= 0xff3a) || c >= 0xff41)) TABLE[c] = c - 0xfee0;
}
for (const [k, v] of Object.entries(MAP)) TABLE[k.charCodeAt(0)] = v.charCodeAt(0);

const decoder = typeof TextDecoder === 'undefined' ? null : new TextDecoder('utf-16le');

// the last long text normalised: one extraction normalises the whole text up to three times
// (tables, context, sentences)
let lastIn = '';
let lastOut = '';
let prevIn = '';
let prevOut = '';

const NEW_ADMISSION = /新(?:认定|审批)(?=(?:城乡|城市|城镇|农村)?(?:居民)?(?:最低生活保障|低保|特困|五保))/g;

const CN_YEAR_FIRST = /一九|二[〇零]/;
const CN_YEAR = /(?:一九|二[〇零])[〇零一二三四五六七八九]{2}(?=年)/g;
const CN_DIGITS: Record<string, string> = { 〇: '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

const FIRST_MONTH = /(?<=年|^|[,,。;:\s(（])元月(?=\s*\d|份|初|底|中旬|下旬|上旬)/g;

export function normaliseChars(text: string): string {
  if (text.length > 64 && text === lastIn) return lastOut;
  // (two entries: a short probe of a text's head must not evict the whole text)
  if (text.length > 64 && text === prevIn) {
    [prevIn, prevOut, lastIn, lastOut] = [lastIn, lastOut, prevIn, prevOut];
    return lastOut;
  }
  const m = mapChars(text);
  // the same decoding error in a pair only (劣 alone is a word: 恶劣)
  const r0 = m.includes('救劣') ? m.replace(/救劣/g, '救助') : m;
  // 新认定/新审批城市低保对象: a new admission, read as 新纳入 (same length)
  const r1 = r0.includes('新认定') || r0.includes('新审批') ? r0.replace(NEW_ADMISSION, '新纳入') : r0;
  // 二〇二三年 / 二零二二年: a year in Chinese digits, read as 2023年 (same length)
  const r = CN_YEAR_FIRST.test(r1) ? r1.replace(CN_YEAR, (y) => [...y].map((c) => CN_DIGITS[c] ?? c).join('')) : r1;
  // 2011年元月1日 / 元月份: January, read as 1月 (same length)
  const r2 = r.includes('元月') ? r.replace(FIRST_MONTH, '1月') : r;
  if (text.length > 64) {
    prevIn = lastIn;
    prevOut = lastOut;
    lastIn = text;
    lastOut = r2;
  }
  return r2;
}

function mapChars(text: string): string {
  let i = 0;
  const n = text.length;
  while (i < n && TABLE[text.charCodeAt(i)] === 0) i++;
  if (i === n) return text; // nothing to map (the common case)
  if (n > 64) {
    // one pass into code units; decoded natively unless a surrogate is present (kept exact then)
    const codes = new Uint16Array(n);
    let surrogate = false;
    for (let k = 0; k < n; k++) {
      const c = text.charCodeAt(k);
      if (c >= 0xd800 && c <= 0xdfff) surrogate = true;
      codes[k] = TABLE[c] || c;
    }
    let out: string;
    if (!surrogate && decoder) out = decoder.decode(codes);
    else {
      const parts: string[] = [];
      for (let a = 0; a < n; a += 8192) parts.push(String.fromCharCode.apply(null, codes.subarray(a, Math.min(n, a + 8192)) as unknown as number[]));
      out = parts.join('');
    }
    return out;
  }
  const out: string[] = [text.slice(0, i)];
  let from = i;
  for (; i < n; i++) {
    const m = TABLE[text.charCodeAt(i)];
    if (m !== 0) {
      if (i > from) out.push(text.slice(from, i));
      out.push(String.fromCharCode(m));
      from = i + 1;
    }
  }
  if (from < n) out.push(text.slice(from));
  return out.join('');
}
