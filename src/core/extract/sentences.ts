// Sentence splitting with offsets into the original text.
import { normaliseChars } from './normalize';

export interface Sentence {
  /** Offset of the first (non-space) character in the original text. */
  offset: number;
  /** Exact original text of the sentence (trimmed of surrounding spaces). */
  text: string;
  /** Length-preserving normalised copy of `text`. */
  norm: string;
  /** True when the sentence is a line of its own (a heading or a short line). */
  line: boolean;
}

/** A "sentence" longer than this (a page with no full stops) is cut at clause marks, keeping the work per sentence bounded. */
const MAX_SENTENCE = 600;
const CLAUSE = new Set([',', '，', '、', ':', '：', ' ', '\t', '　']);

/** The text being split and the split so far (module-level helpers: no closures made per call). */
interface Split {
  text: string;
  norm: string;
  out: Sentence[];
  /** start of the current sentence */
  start: number;
  /** start of the current line (no lastIndexOf walk back per sentence) */
  lineFrom: number;
}

function push(st: Split, end: number, endsLine: boolean) {
  const text = st.text;
  let a = st.start;
  let b = end;
  while (a < b && /\s/.test(text[a])) a++;
  while (b > a && /\s/.test(text[b - 1])) b--;
  if (b - a > MAX_SENTENCE) {
    pushLong(st, a, b);
    return;
  }
  if (b > a) {
    const t = text.slice(a, b);
    let k = a - 1;
    while (k >= st.lineFrom && /[ \t\u3000\u00a0]/.test(text[k])) k--;
    const lineStart = k < st.lineFrom;
    st.out.push({ offset: a, text: t, norm: st.norm.slice(a, b), line: lineStart && endsLine });
  }
}

function pushLong(st: Split, a: number, b: number) {
  const text = st.text;
  let p = a;
  while (p < b) {
    let e = Math.min(b, p + MAX_SENTENCE);
    if (e < b) {
      let c = e;
      while (c > p + MAX_SENTENCE / 2 && !CLAUSE.has(text[c - 1])) c--;
      if (c > p + MAX_SENTENCE / 2) e = c;
      else {
        // do not cut a number in two (unless it is absurdly long)
        let d = e;
        while (d > e - 40 && /[\d.,]/.test(text[d - 1]) && /[\d.,]/.test(text[d])) d--;
        if (d > e - 40) e = d;
      }
    }
    let x = p;
    let y = e;
    while (x < y && /\s/.test(text[x])) x++;
    while (y > x && /\s/.test(text[y - 1])) y--;
    if (y > x) st.out.push({ offset: x, text: text.slice(x, y), norm: st.norm.slice(x, y), line: false });
    p = e;
  }
}

const WRAP_MIN = 30;
const CJK_OR_DIGIT = /[\u4e00-\u9fff\d]/;
const CJK = /[\u4e00-\u9fff]/;
// (…关于检查…实施情况的报告\n全市共有…: a document's title ends its line, it wraps into nothing)
const TITLE_END = /(报告|总结|通知|通报|公告|公示|意见|说明|办法|方案|决定|讲话|纪要|简报|答复|规划|要点|综述|公报)$/;
const FIGURE_UNIT = '[万亿]?(?:户|人次|人|元|个|家|张|处|所|名|对|具|件)';
const FIGURE_START = new RegExp('^[ \\t]*\\d[\\d,.]*[ \\t]*' + FIGURE_UNIT);
const UNIT_START = new RegExp('^[ \\t]*' + FIGURE_UNIT + '(?![\\u4e00-\\u9fff]{0,1}[\\d])');
const LIST_START = /^\s*([(（][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|\d+[、.．]|[■●◆•·—-])/;
/**
 * `norm` with each line break that wraps a long line inside a sentence made a space: the line before is long, ends
 * in a character or a digit (no punctuation), and the next begins with a character, a digit or a clause mark,
 * not a list item.
 */
function softBreaks(text: string, norm: string, termAcross?: TermAcross): string {
  // (the column width is measured only when a shorter line would wrap)
  let wrapMin = -1;
  const wide = (len: number) => len >= WRAP_MIN || len >= (wrapMin < 0 ? (wrapMin = Math.min(WRAP_MIN, narrowWrap(text))) : wrapMin);
  let out = '';
  let from = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    const prev = text[i - 1] ?? '';
    const next = text[i + 1] ?? '';
    // (…全区共有养老机构\n32家,床位\n3,260张: a prose line cut before a figure and its unit)
    const np = norm[i - 1] ?? '';
    const cutBeforeFigure = CJK_OR_DIGIT.test(np) && /[,、;:]/.test(norm.slice(Math.max(0, i - 40), i)) && !TITLE_END.test(norm.slice(i - 3, i))
      && (CJK.test(np) ? FIGURE_START.test(norm.slice(i + 1, i + 24)) : UNIT_START.test(norm.slice(i + 1, i + 4)));
    // (…城市低保对象1310户2260人,\n农村低保对象…: a prose line ending in a comma goes on in the next)
    if (/[\u4e00-\u9fff][,、]$/.test(norm.slice(Math.max(0, i - 2), i)) && CJK_OR_DIGIT.test(norm[i + 1] ?? '') && !LIST_START.test(norm.slice(i + 1, i + 8))) {
      out += norm.slice(from, i) + ' ';
      from = i + 1;
    } else if (cutBeforeFigure || cutTerm(norm, i, lineStart, termAcross) || (CJK_OR_DIGIT.test(prev) && wide(i - lineStart) && !TITLE_END.test(text.slice(i - 3, i)) && (CJK_OR_DIGIT.test(next) || /[,，、]/.test(next)) && !LIST_START.test(text.slice(i + 1, i + 8)))) {
      // (保障48名孤\n儿基本生活: a word cut in two is joined, the space moves to the end of its run of characters)
      let j = i + 1;
      // (养老机构\n34家: the figure and its unit move before the space, which then stands where no name or number is cut)
      const fig = cutBeforeFigure ? (CJK.test(np) ? FIGURE_START : UNIT_START).exec(norm.slice(i + 1, i + 24)) : null;
      if (fig) j = i + 1 + fig[0].length;
      else if (CJK.test(prev)) while (j < text.length && j < i + 21 && CJK.test(text[j])) j++;
      out += norm.slice(from, i) + norm.slice(i + 1, j) + ' ';
      from = j;
    }
    lineStart = i + 1;
  }
  return from === 0 ? norm : out + norm.slice(from);
}

/** Whether a known term is split across the break at i: `before` ends at the break, `after` starts after it. */
export type TermAcross = (before: string, after: string) => boolean;

/** (全国有城市低\n保对象A万户: a page break inside a term of a prose line, rejoined when the halves make the term) */
function cutTerm(norm: string, i: number, lineStart: number, termAcross?: TermAcross): boolean {
  if (!termAcross || !CJK.test(norm[i - 1] ?? '') || !CJK.test(norm[i + 1] ?? '')) return false;
  const line = norm.slice(lineStart, i);
  // (帮扶。将散居…保障标\n准分别…: a 。 marks a prose line as well as a comma)
  if (!/[,、;:。]/.test(line) || TITLE_END.test(line) || LIST_START.test(norm.slice(i + 1, i + 8))) return false;
  return termAcross(norm.slice(Math.max(lineStart, i - 10), i), norm.slice(i + 1, i + 11).replace(/[^\u4e00-\u9fff][\s\S]*$/, ''));
}

/**
 * The width of a text laid out in narrow lines of about one length (a PDF column of 20 characters), less a margin for
 * half-width digits; WRAP_MIN when the lines are not of one width.
 */
function narrowWrap(text: string): number {
  if (text.length > 200000) return WRAP_MIN;
  const lens: number[] = [];
  for (const line of text.split('\n')) if (line.length >= 12 && CJK.test(line)) lens.push(line.length);
  if (lens.length < 4) return WRAP_MIN;
  lens.sort((a, b) => a - b);
  const p75 = lens[Math.floor(lens.length * 0.75)];
  const near = lens.filter((x) => x >= p75 * 0.85 && x <= p75 * 1.15).length;
  return near * 2 >= lens.length ? Math.max(12, Math.floor(p75 * 0.8)) : WRAP_MIN;
}

/**
 * `norm` with a single space between two characters of a prose line (one with , 。 or ; and no run of spaces, so no
 * table) moved to the start of the run of characters before it, when that run follows a punctuation mark or opens
 * the line (、农村居民最低 生活 → 、 农村居民最低生活); a run after a digit (2023年 全市) is left alone. Length-preserving.
 */
function joinSpacedWords(norm: string): string {
  return norm.replace(/[^\n]+/g, (line) => {
    if (!/[,。;]/.test(line) || /\s\s/.test(line) || !/[\u4e00-\u9fff] [\u4e00-\u9fff]/.test(line)) return line;
    return line.replace(/(^|[,、;:。()“”"])([\u4e00-\u9fff]{1,20}) (?=[\u4e00-\u9fff])/g, (m, p: string, run: string) => p + ' ' + run);
  });
}

/** Splits on 。;!? (full and half width) and line breaks; the ender stays with its sentence. */
export function splitSentences(text: string, termAcross?: TermAcross): Sentence[] {
  const out: Sentence[] = [];
  // length-preserving: a sentence's copy is a slice of it. A period word inside a standard's name
  // (最低生活月保障标准, 救助年供养基本生活标准) moves behind the name, where it states the value's period.
  let norm = normaliseChars(text).replace(/最低生活([月年])保障标准/g, '最低生活保障标准$1');
  // (the lookbehinds make this pattern slow to scan for: tested only when its words occur)
  // (城市特困人员年基本生活标准, 农村低保年保障标准: the same without 供养)
  // (found by its period word first: the lookbehinds are checked by hand, only at a 月/年 before the name)
  if (norm.includes('基本生活标准') || norm.includes('保障标准')) {
    norm = norm.replace(/([月年])((?:供养)?基本生活标准|保障标准)/g, (m, ym: string, name: string, at: number) => {
      const c = at > 0 ? norm.charCodeAt(at - 1) : 0;
      return c >= 0x4e00 && c <= 0x9fff && !'今去全本上当每明前近逐多历往'.includes(norm[at - 1]) ? name + ym : m;
    });
  }
  // a line wrapped inside a sentence (PDF text: 发放保障金1389\n万元): the break is a space, not an ender
  if (text.includes('\n')) norm = softBreaks(text, norm, termAcross);
  // 农村居民最低 生活保障标准 (a space left inside a name by a PDF copy) in running text: the name is joined
  if (/[\u4e00-\u9fff] [\u4e00-\u9fff]/.test(norm)) norm = joinSpacedWords(norm);
  // 2022 年全省… (a space between a year and 年, as PDFs and some pages print it): the year is joined to its 年
  if (norm.includes(' 年')) norm = norm.replace(/((?:19|20)\d{2}) 年(度|底|末|初)?/g, (m, y: string, w: string | undefined) => `${y}年${w ?? ''} `);
  const st: Split = { text, norm, out, start: 0, lineFrom: 0 };
  // the next ender (。;!? full and half width, line breaks), found by a native search
  const ender = /[。;；!！?？\n\r]/g;
  for (let m = ender.exec(text); m; m = ender.exec(text)) {
    let i = m.index;
    const ch = text[i];
    // 元/人?月: a · lost in a re-encoding, not a question mark
    if ((ch === '?' || ch === '？') && text[i - 1] === '人' && /[月年]/.test(text[i + 1] ?? '')) continue;
    if (ch === '\n' && norm[i] !== '\n') continue; // (a wrapped line: see softBreaks)
    if (ch === '\n' || ch === '\r') {
      push(st, i, true);
      st.lineFrom = i + 1;
    } else {
      // keep closing quotes/brackets with the sentence
      let j = i + 1;
      while (j < text.length && /[”"’)）】」』]/.test(text[j])) j++;
      push(st, j, j >= text.length || text[j] === '\n' || text[j] === '\r');
      i = j - 1;
    }
    st.start = i + 1;
    ender.lastIndex = i + 1;
  }
  push(st, text.length, true);
  return out;
}
