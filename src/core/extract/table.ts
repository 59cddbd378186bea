// Flattened statistical tables (月报/季报 copied from a web page or PDF, yearbook tables): finds the
// table regions of a text and reads each into rows — heading structure, label, unit, code and the
// value cells with their column roles. Pure; every offset is into the original text. Which indicator
// a row is, and which cell becomes a record, is decided in tableMap.ts.
//
// Layouts: pipe rows (one row per line, "| 城市低保人数 | 人 | 3,235 |"), vertical pipe cells (one cell
// per line ending in " |"), text rows (label, unit and numbers separated by spaces or glued:
// "最低生活保障人数万人7.1"), Chinese–English yearbook rows (numbers at the end of the line or on the
// next line), and two tables side by side on each line.
// Every step is linear in the length of the text: lines are split once, cells and tokens are found
// by scanning, and no regular expression runs over more than one bounded cell or token.
import { normaliseChars } from './normalize';
import { parseArabic } from './numbers';
import {
  HEADER_WORDS,
  MARKS,
  NOT_UNIT_ENDINGS,
  TOTAL_LABELS,
  UNITS_LONGEST,
  englishMeasure,
  headerRole,
  chineseMeasure,
  matrixMeasure,
  isUnit,
  measuresInUnit,
  unitOf,
} from './tableVocab';

// note: a 备注/说明 column, text about the row (含残疾人120人), never a value
export type ColumnRole = 'label' | 'english' | 'unit' | 'code' | 'current' | 'previous' | 'derived' | 'year' | 'month' | 'measure' | 'note' | 'unknown';

export interface Column {
  role: ColumnRole;
  /** Header text as printed, spaces removed. */
  header: string;
  year?: number;
  month?: number;
  /** zh measure of a measure column (床位数) and its unit. */
  measure?: string;
  /** a measure of a programme-by-measure table (户数, 人数, 资金支出), not of a yearbook's institutions */
  matrix?: boolean;
  unit?: string;
  /** A current column that holds the month alone (本月), the quarter alone (本季) or the year to date (本年累计). */
  span?: 'month' | 'ytd' | 'quarter';
  /** A current column of one side (城市 | 农村 | 合计 as headers): 城市, 农村, or '' for the total. */
  side?: string;
  /** 金华市 | 市区: the region a column is headed by, and a column of a named part of it */
  area?: string;
  part?: boolean;
}

export interface ValueCell {
  col: Column;
  raw: string;
  value: number; // NaN when malformed
  /** the cell's own unit (830元/人/月) */
  unit?: string;
  problem?: string;
  start: number;
  end: number;
}

export interface TableRow {
  /** Quote span: the row's line(s) in the original text. */
  start: number;
  end: number;
  /** Label as printed (numbering included), one line. */
  rawLabel: string;
  /** Label without numbering, markers, spaces and the parenthesised unit. */
  label: string;
  numbering: string;
  /** 1 一、 2 (一) 3 1. 4 (1) 5 A 6 I; 0 none. */
  rank: number;
  /** 其中 / # marker: a part of the row above. */
  child: '' | '其中' | '#';
  star: boolean;
  indent: number;
  unit: string;
  /** The unit printed after the label (城市低保资金(元)), '' when none. */
  labelUnit: string;
  code: string;
  english: string;
  /** Non-empty value cells with their columns. */
  cells: ValueCell[];
  /** A data row (has unit, code or value slots), not a section heading. */
  data: boolean;
  panel: number;
  /** zh reason when the cells cannot be assigned to columns safely; '' otherwise. */
  uncertain: string;
  /** Structural parent (index into rows) or -1. */
  parent: number;
  /** Ancestors, innermost first (indices into rows). */
  path: number[];
  /** The text of the row's 备注/说明 cell, if any. */
  note?: string;
  /** With no header, the row's values ran one per line after its label: which is the figure is unknown. */
  spread?: boolean;
  /** A standard told in words in a cell, with the row's label: left to the prose reader. */
  prose?: { start: number; end: number }[];
}

export interface TableRegion {
  start: number;
  end: number;
  layout: 'pipe' | 'vertical' | 'text';
  /** 1-based line number of the first table line. */
  line: number;
  /** Title/header texts above the column header (and just before the region), one per cell or line. */
  preamble: string[];
  /** Column sets, one per side-by-side panel. */
  panels: Column[][];
  rows: TableRow[];
  /** 单位:… printed for the whole table. */
  unit: string;
  /** 单位:人、万元: the units a line lists for the table's rows, each row taking the one its indicator is counted in. */
  units?: string[];
  notes: string[];
  header: boolean;
}

interface Line {
  start: number;
  end: number;
  text: string; // original
  norm: string; // normalised, same length
}

const MAX_LINE = 2000;
const CJK_RE = /[\u3400-\u9fff]/;
const NUMBER_RE = /^[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const EMPTY_RE = /^(?:[-—–－…/]{1,3})$/;
const CODE_RE = /^(?:[A-Z]{2,5}\d{6,12}|\d{12})$/;
const YEAR_RE = /^((?:19|20)\d{2})年?(?:(\d{1,2})(?:-(\d{1,2}))?月份?|末|底|度)?$/;
/** The roles a header's second line may hold (no row label) */
const WRAP_ROLES = new Set<ColumnRole>(['measure', 'current', 'previous', 'derived', 'year', 'month', 'unit', 'code']);
const SPAN_MEASURE = /^(?:(当月|本月)|((?:\d{1,2}[-—~至]\d{1,2}月份?|今年|本年)?累计))(?:保障|救助|发放|实发|实际|享受)?(人数|人员|对象|户数|人次|支出|资金|金额|支出资金|发放资金|资金支出)(?:情况|数)?$/;
const SPAN_MEASURE_WORDS: Record<string, string> = { 人员: '人数', 对象: '人数', 支出: '资金', 金额: '资金' };
const MONTH_HEADER_RE = /^(\d{1,2}|十[一二]?|[一二三四五六七八九])月份?$/;
const NOTE_RE = /^(?:注[::\d一二三1-9①]|注$|备注|说明[::]|资料来源|数据来源|Note|NOTE|①|❶)/;
// 单位:万元, 金额单位:万元, 计量单位:元/人·月, (金额单位:万元)
const UNIT_LINE_RE = /^\(?(?:金额|计量|数量)?单位[::]/;
const SEQ_HEADER = /^(?:序号|编号)$/;
const PCT_CELL_RE = /^[-−+]?\d+(?:\.\d+)?%$/;
const TITLE_UNIT_RE = /[((](?:单位[::])?\s*([^()()\d]{1,8})[))]\s*$|\s单位[::]\s*(\S{1,8})$/;
/** The unit a 单位: line prints for the whole table; '' when it lists several (单位:万元、人、个: each row's own). */
const tableUnit = (s: string): string => {
  const u = unitOf(s);
  return isUnit(u) ? u : '';
};
/** The unit of a 单位:万元 line (a bracketed remark after it dropped). */
const unitBody = (t: string): string => (t.startsWith('(') ? t.replace(/\)\s*$/, '') : t).replace(UNIT_LINE_RE, '').replace(/\(.*$/, '');
const unitOfLine = (t: string): string => tableUnit(unitBody(t));
/** The units of a 单位:人、万元 line, when it lists several. */
const unitsOfLine = (t: string): string[] | undefined => {
  const us = unitBody(t).split(/[、,;]/).map((x) => tableUnit(x.trim()));
  return us.length >= 2 && us.every((u) => u) ? us : undefined;
};
function setUnitLine(region: TableRegion, t: string): void {
  region.unit = unitOfLine(t);
  region.units = unitsOfLine(t);
}
const CAPTION_RE = /^(?:附)?表\s*\d{1,2}(?:\s*[-—.]\s*\d{1,2})*[::]?(?:\s*[\u4e00-\u9fff((]|\s+(?:19|20)\d{2}年)/;
const SENTENCE_PUNCT = /[。;!?]/;
/** A title naming a table's month (2024年10月…统计表, …统计表( 2023年1月 ), 某区2016年8月份…月报表). */
const DATED_TITLE = /(?:19|20)\d{2}\s*年度?\s*\d{1,2}\s*月(?!\s*\d{1,2}\s*日)[^。;]{0,40}(?:表|报)|(?:表|报)[^。;]{0,4}[((]\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*[))]/;
const RUN_TITLE = /^[^。;,,]{2,40}(?:统计表|情况表|报表|月报|季报)\s*[((]\s*(?:数据)?(?:截至|截止)到?\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?:底|末)?\s*[))]$/;
/** a year in a title line */
const TITLE_YEAR = /(?:19|20)\d{2}\s*年/;
/** A title line between two pipe tables: it dates or names a table (2023年9月…, …统计表, …情况). */
const TITLE_LINE = /(?:19|20)\d{2}\s*年|[0-9一二三四]\s*季度|统计|报表|情况|表\s*$/;
/** A pipe line whose first cell is a label title and another a column title (| 指标 | 单位 | 数量 |). */
function pipeHeader(norm: string): boolean {
  if (!norm.includes('|')) return false;
  const cells = norm.split('|').map((c) => c.trim()).filter((c) => c);
  return cells.length >= 2 && headerRole(cells[0]) === 'label' && cells.slice(1).some((c) => headerRole(c) !== undefined);
}
const CN_MONTH: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 };

function splitLines(text: string): Line[] {
  const out: Line[] = [];
  const norm = normaliseChars(text);
  for (let s = 0; s <= text.length; ) {
    const nl = text.indexOf('\n', s);
    const i = nl < 0 ? text.length : nl;
    let e = i;
    if (e > s && text[e - 1] === '\r') e--;
    out.push({ start: s, end: e, text: text.slice(s, e), norm: norm.slice(s, e) });
    s = i + 1;
  }
  return out;
}

const isBlank = (s: string) => s.trim() === '';
/** Space, tab, CR and the full-width space (normalised text has no others that matter). */
const isSpace = (c: number) => c === 32 || c === 9 || c === 13 || c === 0x3000 || c === 0xa0;
const isDigit = (c: number) => c >= 48 && c <= 57;
/** Header lines name their label column or print several years. */
const HEADER_HINT = /^(?:序号|编号|街道|乡镇|镇街|地区)|指标|项目|名称|类别|item|(?:19|20)\d{2}[^\d]+(?:19|20)\d{2}/i;
const noSpace = (s: string) => s.replace(/\s+/g, '');
export const isNumberText = (s: string) => NUMBER_RE.test(s);
const isEmptyMark = (s: string) => s === '' || EMPTY_RE.test(s);
const isCode = (s: string) => CODE_RE.test(s);

/** Comma not inside a number (12,000) = a sentence comma. */
function hasSentenceComma(s: string): boolean {
  for (let i = s.indexOf(','); i >= 0; i = s.indexOf(',', i + 1)) {
    if (!(/\d/.test(s[i - 1] ?? '') && /\d/.test(s[i + 1] ?? ''))) return true;
  }
  return false;
}

function parseValue(raw: string): { value: number; problem?: string } {
  if (NUMBER_RE.test(raw)) {
    // well-formed (separators every three digits): only the commas and the sign to handle
    const neg = raw[0] === '-' || raw[0] === '−';
    const body = neg ? raw.slice(1) : raw;
    const v = Number(body.indexOf(',') >= 0 ? body.split(',').join('') : body);
    return { value: neg ? -v : v };
  }
  const neg = /^[-−]/.test(raw);
  const p = parseArabic(raw.replace(/^[-−]/, ''));
  return { value: neg ? -p.value : p.value, problem: p.problem };
}

// ---------------------------------------------------------------- labels

const NUMBERING: [RegExp, number][] = [
  [/^[一二三四五六七八九十]{1,3}[、.]\s*/, 1],
  [/^\(\s*[一二三四五六七八九十]{1,3}\s*\)\s*/, 2],
  [/^\d{1,2}(?:[、]|\.(?!\d))\s*/, 3],
  [/^\(\s*\d{1,2}\s*\)\s*/, 4],
  [/^[①②③④⑤⑥⑦⑧⑨⑩]\s*/, 4],
  [/^(?:Ⅰ|Ⅱ|Ⅲ|Ⅳ|Ⅴ)(?:[、.]\s*|\s*)(?=[\u3400-\u9fff])/, 6],
  [/^(?:IV|V|III|II|I)(?:[、.]\s*|\s+)(?=[\u3400-\u9fff])/, 6],
  [/^[A-H](?:[、.]\s*|\s*)(?=[\u3400-\u9fff])/, 5],
];

export interface LabelParts {
  numbering: string;
  rank: number;
  child: '' | '其中' | '#';
  star: boolean;
  unit: string;
  label: string;
}

/** Splits numbering (一、 (一) 1. (1) A I), 其中:/# markers, a trailing * and a parenthesised unit off a label. */
export function labelParts(raw: string): LabelParts {
  // 养老机构 Pension Institutions: a bilingual label is its Chinese part
  let s = normaliseChars(raw)
    .trim()
    .replace(/(?<=[\u4e00-\u9fff][^A-Za-z]*)\s+[A-Za-z][A-Za-z ()'.,/-]*$/, '');
  let child: LabelParts['child'] = '';
  let numbering = '';
  let rank = 0;
  for (let k = 0; k < 3; k++) {
    const m = /^其中\s*[::]?\s*/.exec(s) ?? /^[#＃]\s*/.exec(s);
    if (m) {
      child = m[0].startsWith('其') ? '其中' : '#';
      s = s.slice(m[0].length);
      continue;
    }
    if (rank) break;
    let hit = false;
    for (const [re, r] of NUMBERING) {
      const n = re.exec(s);
      if (n && n[0].length < s.length) {
        numbering = n[0].trim();
        rank = r;
        s = s.slice(n[0].length);
        hit = true;
        break;
      }
    }
    if (!hit) break;
  }
  let star = false;
  if (/[*＊]\s*$/.test(s)) {
    star = true;
    s = s.replace(/[*＊]\s*$/, '');
  }
  let unit = '';
  const pm = /[((]\s*([^()()]{1,8}?)\s*[))]\s*$/.exec(s);
  if (pm && isUnit(pm[1])) {
    unit = unitOf(pm[1]);
    s = s.slice(0, pm.index);
  }
  if (/[*＊]\s*$/.test(s)) {
    star = true;
    s = s.replace(/[*＊]\s*$/, '');
  }
  // 1-12月社会服务费实际支出 / 1月份民政事业费累计支出: the table's own period before the label
  const label = noSpace(s).replace(/[::]$/, '').replace(/^\d{1,2}(?:[-—~至]\d{1,2})?月份?(?=[\u4e00-\u9fff]{2})/, '');
  return { numbering, rank, child, star, unit, label };
}

// ---------------------------------------------------------------- headers

interface HeaderParse {
  columns: Column[];
  /** Character offset (from the line start) where each panel's label column starts. */
  panelX: number[];
  panels: Column[][];
}

function columnOf(text: string): Column | null {
  // 床位数 Beds / 项目 Item: a bilingual title is read by its Chinese part
  const bi = /^([^A-Za-z]*[\u4e00-\u9fff][^A-Za-z]*?)\s+[A-Za-z][A-Za-z ()'.,/-]*$/.exec(text.trim());
  if (bi) {
    const c = columnOf(bi[1]);
    if (c && c.role !== 'unknown' && c.role !== 'label') return c;
    // (床位数 Beds: a yearbook's measure, its unit the measure's own)
    const cm = chineseMeasure(bi[1]);
    if (cm) return { role: 'measure', header: noSpace(bi[1]), measure: cm.measure, unit: cm.unit };
    return c;
  }
  // a unit in the column title: 数量(人), 金额(万元)
  const m = /[))]\s*$/.test(text) ? /^(.*?)\s*[((]\s*([^()()]{1,8}?)\s*[))]\s*$/.exec(text) : null;
  if (m && isUnit(m[2])) {
    const bare = columnOfBare(m[1]);
    if (bare && bare.role !== 'label' && bare.role !== 'unknown') return { ...bare, header: noSpace(text), unit: unitOf(m[2]) };
    // 地区 | 低保户数(户) | 低保资金(万元): a column titled by what it measures, with its unit
    if (!bare && /^[\u4e00-\u9fff]{2,16}$/.test(noSpace(m[1]))) return { role: 'measure', header: noSpace(text), measure: noSpace(m[1]), unit: unitOf(m[2]) };
  }
  return columnOfBare(text);
}

const ADJUSTED_BEFORE = /^(?:调整|提标|调标|上调|提高|调增)前(?:的)?(?:标准|执行标准|保障标准)?$|^原(?:执行)?标准$/;
const ADJUSTED_AFTER = /^(?:调整|提标|调标|上调|提高|调增)后(?:的)?(?:标准|执行标准|保障标准)?$|^新(?:执行)?标准$/;
const SIDE_HEADER = /^(?:(城市|城镇)|(农村|乡村)|合计|总计|城乡合计|全市|全县|全区)$/;

function columnOfBare(text: string): Column | null {
  const h = noSpace(text);
  if (h === '') return { role: 'unknown', header: '' };
  // 2006年比 (2006年比2005年增长%): a change column, not the year's
  if (/^(19|20)\d{2}年?比/.test(h)) return { role: 'derived', header: h };
  const y = /^(?:19|20)\d{2}/.test(h) ? YEAR_RE.exec(/[—–~至到]/.test(h) ? h.replace(/[—–~至到]/g, '-') : h) : null;
  if (y) {
    const m = Number(y[3] ?? y[2]);
    return m >= 1 && m <= 12 ? { role: 'year', header: h, year: Number(y[1]), month: m } : { role: 'year', header: h, year: Number(y[1]) };
  }
  // 项目 | 城市 | 农村 | 合计: current columns by side
  const side = SIDE_HEADER.exec(h);
  if (side) return { role: 'current', header: h, side: side[1] ? '城市' : side[2] ? '农村' : '' };
  const role = headerRole(h);
  const span = /^(本月|本月数|当月|当月数)$/.test(h) ? 'month' : /累计/.test(h) ? 'ytd' : /^(?:本|当)季度?数?$/.test(h) ? 'quarter' : undefined;
  if (role) return span ? { role, header: h, span } : { role, header: h };
  // 7-9月 / 三季度 / 第三季度 over the values: the quarter alone (month: its last month)
  const qm = /^(?:第?([一二三四])季度末?|([47]|10)[-—~至](\d{1,2})月份?)数?$/.exec(h);
  const qEnd = qm ? (qm[1] ? '一二三四'.indexOf(qm[1]) * 3 + 3 : Number(qm[2]) + 2 === Number(qm[3]) ? Number(qm[3]) : 0) : 0;
  if (qEnd) return { role: 'current', header: h, span: 'quarter', month: qEnd };
  // 全年 over the values: the year to December
  if (/^全年(?:合计|累计)?数?$/.test(h)) return { role: 'current', header: h, span: 'ytd', month: 12 };
  // 1-9月 / 1-9月累计 over the values: the year to date
  if (/^1[-—~至](?:[2-9]|1[0-2])月份?(?:累计)?数?$/.test(h)) return { role: 'current', header: h, span: 'ytd' };
  const mm = MONTH_HEADER_RE.exec(h);
  if (mm) return { role: 'month', header: h, month: /^\d/.test(mm[1]) ? Number(mm[1]) : CN_MONTH[mm[1]] };
  if (/^[A-Za-z][A-Za-z ()'.,-]*$/.test(text.trim())) return { role: 'english', header: text.trim() };
  // 救助类别 | 救助标准 | 户数 | 人数 | 资金支出(万元): one measure per column, the rows name the programmes
  const mx = matrixMeasure(h);
  if (mx) return { role: 'measure', header: h, measure: mx.measure, unit: mx.unit, matrix: true };
  // 保障项目 | 当月保障人数 | 当月支出 | 1-9月累计支出: a measure of the month or of the year to date
  const sm = SPAN_MEASURE.exec(h);
  const smx = !sm ? undefined : sm[3] === '人次' ? { measure: '人次', unit: '人次' } : matrixMeasure(SPAN_MEASURE_WORDS[sm[3]] ?? sm[3]);
  if (sm && smx) return { role: 'measure', header: h, measure: smx.measure, unit: smx.unit, matrix: true, span: sm[1] ? 'month' : 'ytd' };
  // other spellings of the usual column titles: 同比增减(%), 上年同期数, 本期实际
  if (h.length <= 12 && CJK_RE.test(h)) {
    if (/同比|环比|增长|增减|增幅|幅度|%|百分比|比重|(?:提高|增加|提标|上调|调增)(?:额|金额|数|部分)?$/.test(h)) return { role: 'derived', header: h };
    // 项目 | 调整前 | 调整后 / 原标准 | 新标准: the standard before a change and the one in force after it
    if (ADJUSTED_BEFORE.test(h)) return { role: 'previous', header: h };
    if (ADJUSTED_AFTER.test(h)) return { role: 'current', header: h };
    // 年初数 | 本年新增 | 本年减少 | 年末数: the stock at the start, the changes, the stock at the end
    if (/^(?:本年|本期|本月|当月|本季度?|年内|期内)?(?:新增|减少|增加|退出|注销|净增)(?:数|人数|户数)?$/.test(h)) return { role: 'derived', header: h };
    if (/^(?:年初|期初|上年末)(?:数|实有数?)?$/.test(h)) return { role: 'previous', header: h };
    if (/^(?:年末|期末|本年末|本期末)(?:数|实有数?)?$/.test(h)) return { role: 'current', header: h };
    if (/上年|上期|上月|上季|去年|同期|上一/.test(h)) return { role: 'previous', header: h };
    if (/本期|本月|本年|本季|当月|数量|数值|实际/.test(h)) return span ? { role: 'current', header: h, span } : { role: 'current', header: h };
  }
  return null;
}

/**
 * 一季度 | 二季度 | 三季度 | 四季度 | 合计 (or 7月 | 8月 | 9月 | 合计): the total sums the period columns before it, so it
 * runs from the first one's start to the last one's end: the year to date when that starts in January, the quarter
 * when it spans one, else no period the reader can name (unknown).
 */
function periodTotals(cols: Column[]): void {
  let from = 13;
  let to = 0;
  let n = 0;
  cols.forEach((c) => {
    const span = c.role === 'month' && c.month ? [c.month, c.month] : c.role === 'current' && c.span === 'quarter' && c.month ? [c.month - 2, c.month] : null;
    if (span) {
      from = Math.min(from, span[0]);
      to = Math.max(to, span[1]);
      n++;
    } else if (n >= 2 && c.role === 'current' && c.side === '' && /^(?:合计|总计|小计|共计)$/.test(c.header)) {
      delete c.side;
      if (from === 1) Object.assign(c, { span: 'ytd', month: to });
      else if (to - from === 2 && to % 3 === 0) Object.assign(c, { span: 'quarter', month: to });
      else c.role = 'unknown';
    }
  });
}

/** An ASCII label header (Item) right after a Chinese one (项目) is the English gloss column. */
function glossColumns(cols: Column[]): Column[] {
  cols.forEach((c, i) => {
    if (c.role === 'label' && i > 0 && cols[i - 1].role === 'label' && /^[A-Za-z]/.test(c.header)) c.role = 'english';
  });
  periodTotals(cols);
  return cols;
}

/** Columns of a header given as cells; null when the cells are not a header. */
function headerFromCells(cells: string[]): Column[] | null {
  const cols: Column[] = [];
  for (const c of cells) {
    const col = columnOf(c);
    if (!col) return null;
    cols.push(col);
  }
  glossColumns(cols);
  const roles = cols.map((c) => c.role);
  const has = (r: ColumnRole) => roles.includes(r);
  const valueRoles = roles.filter((r) => r === 'current' || r === 'previous' || r === 'derived' || r === 'year' || r === 'month').length;
  if (!has('label')) return valueRoles >= 2 && (has('unit') || roles.filter((r) => r === 'year').length >= 2) ? cols : null;
  if (valueRoles >= 1 || has('unit') || has('code')) return cols;
  // 救助类别 | 户数 | 人数 | 资金支出(万元): a programme-by-measure table
  if (roles.filter((r) => r === 'measure').length >= 2) return cols;
  return null;
}

/** 指标名称单位数量 → columns (glued header); null when the text is not made of header words. */
function gluedHeader(text: string): Column[] | null {
  const s = noSpace(text);
  if (s.length < 4 || s.length > 40) return null;
  const cols: Column[] = [];
  let i = 0;
  while (i < s.length) {
    const w = HEADER_WORDS.find((x) => s.startsWith(x, i));
    if (!w) {
      // a comparison column titled by its month: 指标名称单位代码数量九月份环比
      const mm = /^(?:\d{1,2}|十[一二]?|[一二三四五六七八九])月份?/.exec(s.slice(i));
      const col = mm ? columnOfBare(mm[0]) : null;
      if (!mm || !col || col.role !== 'month') return null;
      cols.push(col);
      i += mm[0].length;
      continue;
    }
    cols.push({ role: headerRole(w)!, header: w });
    i += w.length;
  }
  return headerFromCells(cols.map((c) => c.header)) ? cols : null;
}

const isValueRole = (r: ColumnRole) => r !== 'label' && r !== 'english' && r !== 'unit' && r !== 'code' && r !== 'note';

// ---------------------------------------------------------------- tokens (text rows)

type TokKind = 'num' | 'empty' | 'code' | 'unit' | 'cjk' | 'en' | 'other';

interface Tok {
  s: string; // normalised
  start: number; // offset in the text
  end: number;
  kind: TokKind;
}

/** Splits a trailing number (and a unit before it) off a glued token: 最低生活保障人数万人7.1. */
function splitGlued(t: Tok, nextLine = ''): Tok[] {
  const s = t.s;
  let i = s.length;
  if (!isDigit(s.charCodeAt(i - 1))) return [t];
  const signAt = (k: number) => s[k] === '-' && k > 0 && isDigit(s.charCodeAt(k - 1)) && isDigit(s.charCodeAt(k + 1)); // 8,202-1.00
  while (i > 0 && (isDigit(s.charCodeAt(i - 1)) || s[i - 1] === ',' || s[i - 1] === '.' || signAt(i - 1))) i--;
  if (i === 0) return [t];
  while (i < s.length && !isDigit(s.charCodeAt(i))) i++; // a leading , or . is not part of the number
  let num = s.slice(i);
  // 数量 上期 环比 glued together (人3,2353,1801.73): split only as the numbers confirm; a sign before the change
  let parts: string[] | null = null;
  if (!NUMBER_RE.test(num)) {
    parts = gluedNumbers(num, nextLine);
    if (!parts) return [t];
    num = parts.join('');
  }
  const before = s[i - 1];
  if (!(CJK_RE.test(before) || before === ')' || before === '·' || before === '%')) return [t];
  let text = s.slice(0, i);
  const out: Tok[] = [];
  let unit = '';
  for (const u of UNITS_LONGEST) {
    if (text.endsWith(u) && text.length >= u.length) {
      if (u.length === 1 && NOT_UNIT_ENDINGS.some((w) => text.endsWith(w))) continue;
      unit = u;
      break;
    }
  }
  if (unit) text = text.slice(0, text.length - unit.length);
  if (text) out.push({ s: text, start: t.start, end: t.start + text.length, kind: classifyWord(text) });
  if (unit) out.push({ s: unit, start: t.start + text.length, end: t.start + text.length + unit.length, kind: 'unit' });
  if (!parts) out.push({ s: num, start: t.start + i, end: t.end, kind: 'num' });
  else {
    let at = t.start + i;
    for (const x of parts) {
      out.push({ s: x, start: at, end: at + x.length, kind: 'num' });
      at += x.length;
    }
  }
  return out;
}

// A form code glued between the label (and unit) and the numbers: 民政事业费累计支出万元JZH01131000069,436.333,872.0105.00
const GLUED_CODE_RE = /[JY]ZH\d{9}/; // the codes of the 民政 forms (JZH/YZH + 9 digits); others are never split
const GLUED_NUM_RE = /^-?(?:[1-9]\d{0,2}(?:,\d{3})+|0|[1-9]\d*)(?:\.\d{1,2})?$/;

/** Readings of a run of glued numbers "69,436.333,872.0105.0053,519.0" as 数量 上期 环比 [上月]: only those the
 *  numbers confirm — the third is the change from the second to the first (rounded as printed), or there are
 *  two equal numbers (no change printed). Two equal integers ("187187") could as well be one number with an empty
 *  上期 cell: they count only when the next line repeats them (the 上月 cell pushed below: "187187" / "187").
 *  Readings must agree on the first two numbers; null when none is confirmed. */
export function gluedNumbers(tail: string, nextLine = ''): string[] | null {
  if (tail.length > 60) return null;
  // a run that is one well-formed number (78745.4, 110.0) may be just that: a split of it is no confirmation
  const single = NUMBER_RE.test(tail);
  const found: string[][] = [];
  const dec = (x: string) => (x.includes('.') ? x.length - x.indexOf('.') - 1 : 0);
  const num = (x: string) => Number(x.split(',').join(''));
  const walk = (at: number, acc: string[]) => {
    if (found.length > 8) return;
    if (at === tail.length) {
      if (acc.length === 2 && acc[0] === acc[1]) {
        if (nextLine.trim() === acc[0] || (!single && /[.,]/.test(acc[0]))) found.push([...acc]);
      }
      else if (acc.length >= 3 && acc.length <= 4) {
        const [a0, a1, a2] = acc.map(num);
        const tol = 0.5 * Math.pow(10, -dec(acc[2])) + 1e-9;
        // (the change is printed with decimals on these forms: an integer "0" in 770 = 7|7|0 is no confirmation)
        if (!single && dec(acc[2]) >= 1 && a1 !== 0 && !acc[0].startsWith('-') && !acc[1].startsWith('-') && Math.abs(((a0 - a1) / a1) * 100 - a2) <= tol) found.push([...acc]);
      }
      return;
    }
    if (acc.length >= 4) return;
    for (let e = at + 1; e <= tail.length && e - at <= 16; e++) {
      const x = tail.slice(at, e);
      if (!GLUED_NUM_RE.test(x)) continue;
      // the next number cannot start with "," or "." (the current one would have taken it)
      if (e < tail.length && (tail[e] === ',' || tail[e] === '.')) continue;
      acc.push(x);
      walk(e, acc);
      acc.pop();
    }
  };
  walk(0, []);
  if (!found.length || !found.every((f) => f[0] === found[0][0] && f[1] === found[0][1])) return null;
  if (found.every((f) => f.join('|') === found[0].join('|'))) return found[0];
  // readings differ after the first two (105.0|053… vs 105.00|53…): the change printed with the most
  // decimals is the one the numbers confirm most tightly; the cells after it are dropped when still in doubt
  const best = Math.max(...found.map((f) => (f.length >= 3 ? dec(f[2]) : -1)));
  const top = found.filter((f) => (f.length >= 3 ? dec(f[2]) : -1) === best);
  return top.every((f) => f.join('|') === top[0].join('|')) ? top[0] : top[0].slice(0, 3);
}

/** 民政事业费累计支出万元JZH011310000 + glued numbers → label, unit, code and number tokens; null when there is no glued code. */
function splitGluedCode(t: Tok, nextLine = ''): Tok[] | null {
  const m = GLUED_CODE_RE.exec(t.s);
  if (!m || m.index === 0) return null;
  const before = t.s[m.index - 1];
  if (!(CJK_RE.test(before) || before === ')' || before === '·' || before === '%')) return null;
  const out: Tok[] = [];
  let text = t.s.slice(0, m.index);
  let unit = '';
  for (const u of UNITS_LONGEST) {
    if (text.endsWith(u) && text.length > u.length) {
      if (u.length === 1 && NOT_UNIT_ENDINGS.some((w) => text.endsWith(w))) continue;
      unit = u;
      break;
    }
  }
  if (unit) text = text.slice(0, text.length - unit.length);
  out.push({ s: text, start: t.start, end: t.start + text.length, kind: classifyWord(text) });
  if (unit) out.push({ s: unit, start: t.start + text.length, end: t.start + text.length + unit.length, kind: 'unit' });
  const codeEnd = m.index + m[0].length;
  out.push({ s: m[0], start: t.start + m.index, end: t.start + codeEnd, kind: 'code' });
  const tail = t.s.slice(codeEnd);
  if (!tail) return out;
  const parts = gluedNumbers(tail, nextLine);
  if (!parts) {
    // the numbers cannot be told apart: one malformed cell (a candidate with its reason), never a record
    out.push({ s: tail, start: t.start + codeEnd, end: t.end, kind: 'num' });
    return out;
  }
  let at = t.start + codeEnd;
  for (const x of parts) {
    out.push({ s: x, start: at, end: at + x.length, kind: 'num' });
    at += x.length;
  }
  return out;
}

function classifyWord(s: string): TokKind {
  // (10000 persons), (10000 yuan): the scale of an English unit gloss
  if (/^[((]10{2,}$/.test(s)) return 'en';
  if (NUMBER_RE.test(s)) return 'num';
  if (EMPTY_RE.test(s)) return 'empty';
  if (CODE_RE.test(s)) return 'code';
  if (isUnit(s) && !/^[((]/.test(s) === !/[))]$/.test(s)) return 'unit';
  if (CJK_RE.test(s)) return 'cjk';
  if (/[A-Za-z]/.test(s)) return 'en';
  return 'other';
}

// the characters isSpace accepts, for a native search to the end of a word
const SPACE_CHAR = /[ \t\r\u3000\u00a0]/g;
// last characters of the units of 2+ characters (a cheap test before the search for a unit ending a label)
const UNIT_LAST = new Set(UNITS_LONGEST.filter((x) => x.length >= 2).map((x) => x.charCodeAt(x.length - 1)));

function tokens(line: Line, nextLine = ''): Tok[] {
  const out: Tok[] = [];
  const n = line.norm;
  let i = 0;
  while (i < n.length) {
    while (i < n.length && isSpace(n.charCodeAt(i))) i++;
    if (i >= n.length) break;
    SPACE_CHAR.lastIndex = i;
    const sp = SPACE_CHAR.exec(n);
    const j = sp ? sp.index : n.length;
    const s = n.slice(i, j);
    const t: Tok = { s, start: line.start + i, end: line.start + j, kind: classifyWord(s) };
    if (t.kind === 'cjk' || t.kind === 'unit') out.push(...(splitGluedCode(t, nextLine) ?? splitGlued(t, nextLine)));
    else out.push(t);
    const last = out[out.length - 1];
    if (last.kind === 'cjk' && UNIT_LAST.has(last.s.charCodeAt(last.s.length - 1))) {
      // a label with its unit but no number: 精神疾病服务机构床位万张 (an empty row, not a heading)
      const u = UNITS_LONGEST.find((x) => x.length >= 2 && last.s.endsWith(x) && last.s.length > x.length + 1);
      if (u) {
        const cut = last.end - u.length;
        out.splice(out.length - 1, 1, { s: last.s.slice(0, -u.length), start: last.start, end: cut, kind: 'cjk' }, { s: u, start: cut, end: last.end, kind: 'unit' });
      }
    }
    i = j;
  }
  return out;
}

/** One label with its unit/code and numbers on a text line (a line can hold several: panels). */
interface Group {
  labels: Tok[]; // CJK label tokens (letter-spaced single characters already merged)
  english: string;
  unit?: Tok;
  code?: Tok;
  nums: Tok[];
  x: number; // column of the first token from the line start
}

function mergeLetterSpaced(toks: Tok[]): Tok[] {
  const out: (Tok & { merged?: boolean })[] = [];
  for (const t of toks) {
    const prev = out[out.length - 1];
    if (prev && t.s.length === 1 && (prev.s.length === 1 || prev.merged) && CJK_RE.test(t.s) && CJK_RE.test(prev.s[prev.s.length - 1])) {
      prev.s += t.s;
      prev.end = t.end;
      prev.merged = true;
    } else out.push({ ...t });
  }
  return out.map((t) => ({ s: t.s, start: t.start, end: t.end, kind: t.kind }));
}

/** Groups of a text row; null when the line is not a table row (e.g. a sentence). */
function groupsOf(line: Line, toks: Tok[]): Group[] {
  const groups: Group[] = [];
  let text: Tok[] = [];
  let nums: Tok[] = [];
  const close = () => {
    if (!text.length && !nums.length) return;
    // the unit (and code) are the last text tokens before the numbers
    let unit: Tok | undefined;
    let code: Tok | undefined;
    const rest = [...text];
    if (rest.length && rest[rest.length - 1].kind === 'code') code = rest.pop();
    if (rest.length > 1 && rest[rest.length - 1].kind === 'unit') unit = rest.pop();
    else if (rest.length === 1 && rest[0].kind === 'unit' && nums.length && groups.length) unit = rest.pop();
    if (!code && rest.length && rest[rest.length - 1].kind === 'code') code = rest.pop();
    const merged = mergeLetterSpaced(rest.filter((t) => t.kind === 'cjk' || t.kind === 'unit' || t.kind === 'other'));
    const english = rest.filter((t) => t.kind === 'en').map((t) => t.s).join(' ');
    // a unit right after a label is that label's (a heading with its unit: 一、社会救济对象总人数 人)
    const cjk: Tok[] = [];
    const unitAfter = new Map<Tok, Tok>();
    for (const t of merged) {
      if (t.kind === 'unit' && cjk.length && !unitAfter.has(cjk[cjk.length - 1])) unitAfter.set(cjk[cjk.length - 1], t);
      else cjk.push(t);
    }
    // several labels before one set of numbers: the earlier ones are headings of their own
    for (let k = 0; k < cjk.length - 1; k++) {
      groups.push({ labels: [cjk[k]], english: '', unit: unitAfter.get(cjk[k]), nums: [], x: cjk[k].start - line.start });
    }
    const last = cjk[cjk.length - 1];
    if (last && !unit && unitAfter.has(last)) unit = unitAfter.get(last);
    const first = last ?? unit ?? code ?? nums[0];
    groups.push({ labels: last ? [last] : [], english, unit, code, nums, x: first.start - line.start });
    text = [];
    nums = [];
  };
  for (const t of toks) {
    if (t.kind === 'num' || t.kind === 'empty') {
      nums.push(t);
    } else {
      if (nums.length) close();
      text.push(t);
    }
  }
  close();
  return groups;
}

// ---------------------------------------------------------------- line kinds (text layout)

type Kind = 'blank' | 'header' | 'labelHeader' | 'row' | 'numbers' | 'english' | 'heading' | 'unit' | 'note' | 'prose';

interface Classified {
  kind: Kind;
  toks: Tok[];
  groups: Group[];
  header?: HeaderParse;
}

function textHeader(line: Line, toks: Tok[]): HeaderParse | null {
  // merge "2021 年" into one year token
  const cells: Tok[] = [];
  for (const t of toks) {
    const prev = cells[cells.length - 1];
    if (t.s === '年' && prev && /^(19|20)\d{2}$/.test(prev.s)) {
      cells[cells.length - 1] = { ...prev, s: prev.s + '年', end: t.end };
    } else cells.push(t);
  }
  if (cells.length === 1) {
    const g = gluedHeader(cells[0].s);
    return g ? { columns: g, panelX: [cells[0].start - line.start], panels: [g] } : null;
  }
  const cols: Column[] = [];
  const xs: number[] = [];
  for (const c of cells) {
    const col = columnOf(c.s);
    if (!col) return null;
    // consecutive English words are one English column title
    if (col.role === 'english' && cols.length && cols[cols.length - 1].role === 'english') {
      cols[cols.length - 1].header += ' ' + c.s;
      continue;
    }
    cols.push(col);
    xs.push(c.start - line.start);
  }
  glossColumns(cols);
  const roles = cols.map((c) => c.role);
  const labelCount = roles.filter((r) => r === 'label').length;
  if (labelCount === 0) return repeatedYears(cols, xs);
  const panels: Column[][] = [];
  const panelX: number[] = [];
  cols.forEach((c, i) => {
    if (c.role === 'label') {
      panels.push([]);
      panelX.push(xs[i]);
    }
    if (panels.length) panels[panels.length - 1].push(c);
  });
  const ok = panels.every((p) => headerFromCells(p.map((c) => c.header)));
  if (!ok) {
    if (panels.length === 1 && panels[0].every((c) => c.role === 'label' || c.role === 'english')) {
      return { columns: cols, panelX, panels }; // 项目 Item — value columns follow on English lines
    }
    return null;
  }
  return { columns: cols, panelX, panels };
}

/**
 * "2009年 2010年      2009年 2010年" over two tables side by side: the same years again for each panel, each panel's
 * label column before its years (the panels' columns are alike, so a label set in the wrong panel keeps its years).
 */
function repeatedYears(cols: Column[], xs: number[]): HeaderParse | null {
  if (cols.length < 4 || !cols.every((c) => c.role === 'year')) return null;
  const p = cols.findIndex((c, i) => i > 0 && c.header === cols[0].header);
  if (p < 2 || cols.length % p !== 0) return null;
  if (!cols.every((c, i) => c.header === cols[i % p].header)) return null;
  const panels: Column[][] = [];
  const panelX: number[] = [];
  for (let k = 0; k < cols.length; k += p) {
    panels.push([{ role: 'label', header: '' }, ...cols.slice(k, k + p).map((c) => ({ ...c }))]);
    panelX.push(k === 0 ? 0 : xs[k]);
  }
  return { columns: panels.flat(), panelX, panels };
}

function classifyText(line: Line, nextLine = ''): Classified {
  const t = line.norm.trim();
  const none: Classified = { kind: 'prose', toks: [], groups: [] };
  if (t === '') return { ...none, kind: 'blank' };
  if (line.norm.length > MAX_LINE) return none;
  if (NOTE_RE.test(t)) return { ...none, kind: 'note' };
  if (UNIT_LINE_RE.test(t) && t.length < 40) return { ...none, kind: 'unit' };
  // 表1 2023年1-9月社会救助情况 / 表3-1 …: a table's caption, its title (the number is the table's, not a value)
  if (CAPTION_RE.test(t) && t.length <= 60) return none;
  const hint = HEADER_HINT.test(t);
  if (!hint && (SENTENCE_PUNCT.test(t) || hasSentenceComma(t))) return none; // a sentence: no tokens needed
  const all = tokens(line, nextLine);
  // 1  城市低保人数  人  2507: a leading row number (序号) before the label is no value
  const toks = all.length > 2 && all[0].kind === 'num' && /^\d{1,3}$/.test(all[0].s) && all[1].kind === 'cjk' && all.slice(2).some((x) => x.kind === 'num') ? all.slice(1) : all;
  const header = hint ? textHeader(line, toks) : null;
  if (header) {
    const valueCols = header.columns.filter((c) => isValueRole(c.role)).length;
    return { kind: valueCols ? 'header' : 'labelHeader', toks, groups: [], header };
  }
  if (SENTENCE_PUNCT.test(t) || hasSentenceComma(t)) return none;
  if (toks.every((x) => x.kind === 'num' || x.kind === 'empty')) return { kind: 'numbers', toks, groups: [] };
  if (!CJK_RE.test(t)) return /[A-Za-z]{2}/.test(t) ? { kind: 'english', toks, groups: [] } : none;
  if (toks.some((x) => x.kind === 'other' && /\d/.test(x.s))) return none; // dates, 19-3, 2022-04-18
  const groups = groupsOf(line, toks);
  const withNums = groups.filter((g) => g.nums.some((x) => x.kind === 'num'));
  if (withNums.length) {
    if (groups.some((g) => g.nums.length && !g.labels.length && !g.unit)) return none;
    return { kind: 'row', toks, groups };
  }
  // (an English gloss after the heading does not make it prose: 二、优抚安置(万人) Preferential Treatment …)
  if (t.length <= 60 || (t.length <= 160 && t.replace(/[A-Za-z()(),.'\-\s\d]+/g, '').length <= 40)) return { kind: 'heading', toks, groups };
  return none;
}

// ---------------------------------------------------------------- structure

interface StackEntry {
  row: number;
  indent: number;
  level: number;
  numbered: boolean;
  heading: boolean;
  total: boolean;
  child: string;
}

/** Index of the unnumbered data row right under the run of numbered rows at the top of the stack; -1 when none. */
function unnumberedAbove(st: StackEntry[]): number {
  let k = st.length - 1;
  // (numbered headings such as 一、东湖区 open a new block: never skipped)
  while (k >= 0 && st[k].numbered && !st[k].child && !st[k].heading) k--;
  if (k < 0 || k === st.length - 1) return -1;
  const e = st[k];
  return !e.numbered && !e.heading && !e.total && !e.child ? k : -1;
}

/** Assigns parents and paths from numbering ranks, 其中/# markers and (when informative) indentation. */
function placeRows(rows: TableRow[], useIndent: boolean): void {
  const stacks = new Map<number, StackEntry[]>();
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    let st = stacks.get(r.panel);
    if (!st) stacks.set(r.panel, (st = []));
    const top = () => st![st!.length - 1];
    const heading = !r.data;
    if (!r.child || r.rank) while (st.length && top().child) st.pop();
    if (useIndent) {
      while (st.length && top().indent > r.indent) st.pop();
      // same indentation: a sibling, unless both are numbered and the rank says child
      if (!r.child && st.length && top().indent === r.indent && !(r.rank && top().numbered && top().level < r.rank * 10)) {
        const sib = st.pop()!;
        if (!r.rank) {
          r.parent = st.length ? top().row : -1;
          r.path = st.map((e) => e.row).reverse();
          st.push({ row: i, indent: r.indent, level: sib.level, numbered: false, heading, total: TOTAL_LABELS.has(r.label), child: '' });
          continue;
        }
      }
    }
    let level: number;
    if (r.child && !r.rank) {
      while (st.length && top().child === r.child && top().indent >= r.indent) st.pop();
      level = (st.length ? top().level : 0) + 1;
    } else if (r.rank) {
      level = r.rank * 10;
      while (st.length && (!useIndent || top().indent >= r.indent) && top().level >= level) st.pop();
    } else if (useIndent && st.length && top().indent < r.indent) {
      level = top().level + 1;
    } else if (heading) {
      while (st.length && !top().numbered && !top().total && (!useIndent || top().indent >= r.indent)) st.pop();
      level = (st.length ? top().level : 0) + 1;
    } else if (st.length && !top().numbered && !top().heading && !top().total) {
      level = top().level;
      st.pop();
    } else if (!useIndent && st.length && top().numbered && unnumberedAbove(st) >= 0) {
      // 城市最低生活保障 | (1)…保障金 | (2)…临时补助 | 农村最低生活保障: an unnumbered row after the numbered parts of
      // an unnumbered row is that row's sibling, not a part of its last part
      const k = unnumberedAbove(st);
      level = st[k].level;
      st.length = k;
    } else {
      level = (st.length ? top().level : 0) + 1;
    }
    r.parent = st.length ? top().row : -1;
    r.path = st.map((e) => e.row).reverse();
    st.push({
      row: i,
      indent: r.indent,
      level,
      numbered: r.rank > 0,
      heading,
      total: TOTAL_LABELS.has(r.label),
      child: r.rank ? '' : r.child,
    });
  }
}

const UNIT_WORD_LABEL = /^(户|人|人次|万人|万户|万人次|元|万元|亿元|个|家|张|万张|处|所|名|对|具|件)$/;
function newRow(partial: Partial<TableRow> & { start: number; end: number; rawLabel: string }): TableRow {
  const lp = labelParts(partial.rawLabel);
  return {
    label: lp.label,
    numbering: lp.numbering,
    rank: lp.rank,
    child: lp.child,
    star: lp.star,
    indent: 0,
    unit: lp.unit,
    labelUnit: lp.unit,
    code: '',
    english: '',
    cells: [],
    data: false,
    panel: 0,
    uncertain: '',
    parent: -1,
    path: [],
    ...partial,
    ...(partial.unit ? {} : { unit: lp.unit }),
  };
}

// ---------------------------------------------------------------- pipe layouts

interface Cell {
  text: string; // normalised, trimmed
  start: number;
  end: number;
}

function pipeCells(line: Line): Cell[] {
  const cells: Cell[] = [];
  const n = line.norm;
  let s = 0;
  for (let i = 0; i <= n.length; i++) {
    if (i === n.length || n[i] === '|') {
      let a = s;
      let b = i;
      while (a < b && isSpace(n.charCodeAt(a))) a++;
      while (b > a && isSpace(n.charCodeAt(b - 1))) b--;
      cells.push({ text: n.slice(a, b), start: line.start + a, end: line.start + b });
      s = i + 1;
    }
  }
  if (n.trimStart().startsWith('|') && cells.length && cells[0].text === '') cells.shift();
  if (cells.length > 1 && cells[cells.length - 1].text === '' && /\|\s*$/.test(n)) cells.pop();
  return cells;
}

const isMarksRow = (cells: string[]) => {
  const ne = cells.filter((c) => c !== '');
  return ne.length >= 2 && ne.some((c) => MARKS.has(c)) && ne.every((c) => MARKS.has(c) || /^\d{1,2}$/.test(c));
};

/** Assigns a row's value cells to the header's value columns. */
function assignValues(row: TableRow, cols: Column[] | null, vals: Cell[], positional: (Column | null)[] | null) {
  const cellOf = (c: Cell, col: Column): ValueCell | null => {
    if (isEmptyMark(c.text)) return null;
    if (col.role === 'derived') return { col, raw: c.text, value: NaN, start: c.start, end: c.end }; // 环比/同比: never used
    const sc = stdCell(c.text);
    const p = parseValue(sc ? sc.num : c.text);
    return sc ? { col, raw: c.text, value: p.value, unit: sc.unit, start: c.start, end: c.end } : { col, raw: c.text, value: p.value, problem: p.problem, start: c.start, end: c.end };
  };
  if (positional) {
    vals.forEach((c, i) => {
      const col = positional[i];
      if (!col) return;
      const v = cellOf(c, col);
      if (v) row.cells.push(v);
    });
    return;
  }
  const valueCols = (cols ?? []).filter((c) => isValueRole(c.role));
  const nums = vals.filter((c) => !isEmptyMark(c.text));
  if (!valueCols.length) {
    if (nums.length === 1) row.cells.push(cellOf(nums[0], { role: 'current', header: '' })!);
    else if (nums.length > 1) {
      row.uncertain = '表头未给出列名,行内有多个数值,无法确定哪一个是本期数';
      for (const c of nums) row.cells.push(cellOf(c, { role: 'unknown', header: '' })!);
    }
    return;
  }
  if (vals.length > valueCols.length && vals.slice(valueCols.length).some((c) => !isEmptyMark(c.text))) {
    row.uncertain = '行内数值多于表头的数值列,列已错位';
    for (const c of nums) row.cells.push(cellOf(c, { role: 'unknown', header: '' })!);
    return;
  }
  vals.forEach((c, i) => {
    if (i >= valueCols.length) return;
    const v = cellOf(c, valueCols[i]);
    if (v) row.cells.push(v);
  });
}

/** 830元/人/月: a standard printed with its own per-person unit in a value cell; also a count or amount (2514人, 1420.6万元). */
const STD_CELL_RE = /^([-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s*(元\s*\/\s*\S{1,6}|(?:万|亿)?(?:人次|人|户|元|对|件|具|张|个|家|所|处|名))$/;
function stdCell(t: string): { num: string; unit: string } | null {
  const m = STD_CELL_RE.exec(t);
  return m && isUnit(m[2]) && (m[2][0] !== '元' || m[2].length === 1 || /^元\/人·(月|年)$/.test(unitOf(m[2]))) ? { num: m[1], unit: unitOf(m[2]) } : null;
}

function cellKind(t: string): 'num' | 'empty' | 'unit' | 'code' | 'text' {
  if (t === '' || EMPTY_RE.test(t)) return 'empty';
  if (t.length > 12) return CODE_RE.test(t) ? 'code' : 'text';
  if (NUMBER_RE.test(t) || stdCell(t)) return 'num';
  if (CODE_RE.test(t)) return 'code';
  if (isUnit(t)) return 'unit';
  return 'text';
}

/** Reads one row from its cells (label first, then unit, code, values). */
function rowFromCells(cells: Cell[], cols: Column[] | null, quoteStart: number, quoteEnd: number, pendingLabel?: Cell): TableRow | null {
  if (!cells.some((c) => c.text !== '')) return null;
  let li = cells.findIndex((c) => c.text !== '');
  // 序号 | 指标 | 单位 | 数量, then 1 | 城市低保人数 | 人 | 2507: the row's number is no label and no value
  if (li === 0 && cols?.[1]?.role === 'label' && SEQ_HEADER.test(cols[0].header) && /^\d{1,3}$/.test(cells[0].text) && cells.length > 1 && cellKind(cells[1].text) === 'text') li = 1;
  let labelCell: Cell | undefined = cells[li];
  const k = cellKind(labelCell.text);
  if (k !== 'text') {
    if (!pendingLabel) return null;
    labelCell = pendingLabel;
    li = -1;
  }
  const row = newRow({ start: quoteStart, end: quoteEnd, rawLabel: labelCell.text });
  const rest = cells.slice(li + 1);
  // positional when the row has the header's shape
  if (cols && cells.length === cols.length && li === cols.findIndex((c) => c.role === 'label')) {
    const positional: (Column | null)[] = [];
    const vals: Cell[] = [];
    cols.forEach((col, i) => {
      if (i <= li) return;
      const c = cells[i];
      if (col.role === 'unit') {
        if (cellKind(c.text) === 'num') {
          // the number sits in the unit cell (单位 column left empty by the layout)
          const next = cols.findIndex((x, j) => j > i && isValueRole(x.role));
          if (next >= 0 && cellKind(cells[next].text) === 'empty') {
            vals.push(c);
            positional.push(cols[next]);
            row.data = true;
          }
        } else if (isCode(c.text)) row.code = c.text;
        else if (c.text) row.unit = unitOf(c.text);
        if (c.text) row.data = true;
      } else if (col.role === 'code') {
        if (isCode(c.text)) row.code = c.text;
        else if (cellKind(c.text) === 'unit') row.unit = unitOf(c.text);
        if (c.text) row.data = true;
      } else if (col.role === 'english') {
        row.english = c.text;
      } else if (col.role === 'note') {
        if (c.text) row.note = c.text;
      } else if (col.role === 'measure' && col.matrix && col.measure === '标准' && cellKind(c.text) === 'text') {
        // 保障标准 | 社会散居孤儿每人每月…元: a standard told in words, not a cell of one figure (left to the reader)
        if (/\d/.test(c.text)) row.prose = [{ start: cells[li].start, end: cells[li].end }, { start: c.start, end: c.end }];
      } else if (col.role === 'derived' && c.text.endsWith('%') && PCT_CELL_RE.test(c.text)) {
        // 环比 | -2.6%: a derived percentage printed with its sign, skipped like the bare ones
      } else if (isValueRole(col.role)) {
        vals.push(c);
        positional.push(col);
        if (cellKind(c.text) === 'text') row.uncertain = '数值列中出现文字,列已错位';
      }
    });
    if (!row.uncertain) assignValues(row, cols, vals, positional);
    if (row.cells.length || row.unit || row.code) row.data = true;
    if (row.uncertain) collectUncertain(row, vals);
    return row;
  }
  // sequential: unit, code, then values in order
  const vals: Cell[] = [];
  for (const c of rest) {
    const kind = cellKind(c.text);
    if (!vals.length && kind === 'unit' && !row.unit) {
      row.unit = unitOf(c.text);
      row.data = true;
    } else if (!vals.length && kind === 'code' && !row.code) {
      row.code = c.text;
      row.data = true;
    } else if (kind === 'num' || kind === 'empty') {
      if (kind === 'num') row.data = true;
      vals.push(c);
    } else if (kind === 'text' && /^[A-Za-z]/.test(c.text) && !vals.length) {
      row.english = c.text;
    } else {
      row.uncertain = '数值列中出现文字,列已错位';
    }
  }
  if (row.uncertain) collectUncertain(row, vals);
  else assignValues(row, cols, vals, null);
  return row;
}

function collectUncertain(row: TableRow, vals: Cell[]) {
  row.cells = [];
  for (const c of vals) {
    if (cellKind(c.text) !== 'num') continue;
    const p = parseValue(c.text);
    row.cells.push({ col: { role: 'unknown', header: '' }, raw: c.text, value: p.value, problem: p.problem, start: c.start, end: c.end });
  }
  row.data = true;
}

/** Splits a merged label cell ("一、民政事业费累计支出 二、乡级行政区划单位") into the row label and headings after it. */
function splitMergedLabel(cell: Cell): Cell[] {
  const parts: Cell[] = [];
  const re = /\S+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(cell.text))) {
    const prev = parts[parts.length - 1];
    const piece = { text: m[0], start: cell.start + m.index, end: cell.start + m.index + m[0].length };
    if (prev && (m[0].length === 1 || prev.text.length === 1)) {
      prev.text = prev.text + m[0];
      prev.end = piece.end;
    } else parts.push(piece);
  }
  return parts.length ? parts : [cell];
}

interface PipeRun {
  first: number; // line index
  last: number;
}

function readPipeRegion(lines: Line[], run: PipeRun, preLines: string[]): TableRegion | null {
  const region: TableRegion = {
    start: lines[run.first].start,
    end: lines[run.last].end,
    layout: 'pipe',
    line: run.first + 1,
    preamble: [...preLines],
    panels: [],
    rows: [],
    unit: '',
    notes: [],
    header: false,
  };
  // a 单位:万元 line just above the pipe rows (between the title and the header) is the table's
  for (let k = preLines.length - 1; k >= 0 && k >= preLines.length - 3; k--) {
    const t = preLines[k];
    if (SENTENCE_PUNCT.test(t)) break;
    if (t.includes('单位') && UNIT_LINE_RE.test(t) && t.length < 40) {
      setUnitLine(region, t);
      break;
    }
    // 2023年民政资金支出情况(单位:万元) / …情况 单位:万元: the title's closing words
    const tu = t.endsWith(')') || t.includes('单位') ? TITLE_UNIT_RE.exec(t) : null;
    if (tu) {
      region.unit = tableUnit(tu[1] ?? tu[2]);
      break;
    }
  }
  // vertical header: consecutive single-cell lines that are header words
  const single = (li: number) => {
    const l = lines[li];
    if (!l.norm.includes('|')) return null;
    const cells = pipeCells(l);
    return cells.length === 1 ? cells[0] : null;
  };
  /**
   * 指 标 | / 院 数 | / 工作人员 | / 床 位 | / 年 末 | then 总 计 | and 2475 | 15839 | 95451 | 80114 |: titles one per line,
   * as many as the first row of numbers has cells, at least two of them measures (院数 → 机构数); others stay unknown.
   */
  const verticalMeasureHeader = (li: number): { cols: Column[]; start: number } | null => {
    let dj = li + 1;
    while (dj <= run.last && dj <= li + 10 && single(dj)?.text) dj++;
    if (dj > run.last || dj - li < 4) return null;
    const nums = pipeCells(lines[dj]).filter((c) => c.text !== '');
    if (nums.length < 2 || !nums.every((c) => cellKind(c.text) === 'num')) return null;
    const titles: string[] = [];
    for (let k = li + 1; k < dj - 1; k++) titles.push(single(k)!.text);
    if (titles.length !== nums.length) return null;
    const cols: Column[] = titles.map((t) => {
      const m = chineseMeasure(t);
      return m ? { role: 'measure', header: noSpace(t), measure: m.measure, unit: m.unit } : { role: 'unknown', header: noSpace(t) };
    });
    if (cols.filter((c) => c.role === 'measure').length < 2) return null;
    return { cols: [{ role: 'label', header: noSpace(single(li)!.text) }, ...cols], start: dj - 1 };
  };
  let headerLine = -1;
  let vertical: Column[] | null = null;
  let verticalStart = -1;
  for (let li = run.first; li <= run.last && headerLine < 0 && !vertical; li++) {
    const cells = pipeCells(lines[li]);
    const texts = cells.map((c) => c.text);
    if (cells.length >= 2 && headerFromCells(texts)) {
      headerLine = li;
      break;
    }
    const c0 = single(li);
    if (c0 && headerRole(c0.text) === 'label') {
      const cols: Column[] = [];
      let lj = li;
      for (; lj <= run.last; lj++) {
        const c = single(lj);
        if (!c || c.text === '') break;
        const col = columnOf(c.text);
        if (!col || col.role === 'unknown') break;
        cols.push(col);
      }
      glossColumns(cols);
      if (cols.length >= 2 && headerFromCells(cols.map((c) => c.header))) {
        vertical = cols;
        verticalStart = lj;
        headerLine = li;
      } else {
        const m = verticalMeasureHeader(li);
        if (m) {
          vertical = m.cols;
          verticalStart = m.start;
          headerLine = li;
        }
      }
    }
  }
  // 吉林省…统计表 (数据截至2021年8月底) | on the run's first line, with no header row found: the table's dated title
  const t0 = headerLine < 0 ? single(run.first)?.text ?? '' : '';
  const titleRow = !!t0 && RUN_TITLE.test(normaliseChars(t0)) ? 1 : 0;
  const pre = headerLine >= 0 ? headerLine : run.first + titleRow;
  for (let li = run.first; li < pre; li++) {
    const texts = lines[li].norm.includes('|') ? pipeCells(lines[li]).map((c) => c.text) : [lines[li].norm.trim()];
    for (const t of texts) {
      if (!t) continue;
      if (UNIT_LINE_RE.test(t) && t.length < 40) setUnitLine(region, t);
      else region.preamble.push(t);
    }
  }
  if (vertical) {
    region.layout = 'vertical';
    region.header = true;
    region.panels = [vertical];
    readVertical(lines, verticalStart, run.last, vertical, region);
  } else {
    let cols: Column[] | null = null;
    let wrapped = false;
    if (headerLine >= 0) {
      const texts = pipeCells(lines[headerLine]).map((c) => c.text);
      cols = headerFromCells(texts);
      // 保障项目 | 当月人数(人) | 当月支出(万元) |, then 1-9月累计支出(万元) | 保障标准 |: a header wrapped onto a second line
      const next = headerLine + 1 <= run.last ? pipeCells(lines[headerLine + 1]).map((c) => c.text) : [];
      const more = next.filter((t) => t !== '');
      if (more.length && more.every((t) => cellKind(t) === 'text' && WRAP_ROLES.has(columnOf(t)?.role ?? 'label'))) {
        while (texts.length && texts[texts.length - 1] === '') texts.pop();
        const joined = headerFromCells([...texts, ...next]);
        if (joined) {
          cols = joined;
          wrapped = true;
        }
      }
      region.header = true;
      region.panels = [cols!];
    }
    const from = headerLine >= 0 ? headerLine + (wrapped ? 2 : 1) : run.first + titleRow;
    let pending: { cell: Cell; row: TableRow; line: Line } | null = null;
    let spread: TableRow | null = null;
    // 指标 | 单位 | 数量 | 指标 | 单位 | 数量: two panels side by side; the right one's rows follow the left one's
    let split = -1;
    const right: TableRow[] = [];
    const splitAt = (c: Column[] | null) => {
      const k = c ? c.findIndex((x, i) => i > 0 && x.role === 'label') : -1;
      split = k > 0 && c!.slice(0, k).some((x) => isValueRole(x.role)) && c!.slice(k).some((x) => isValueRole(x.role)) ? k : -1;
      if (split > 0) region.panels = [c!.slice(0, split), c!.slice(split)];
    };
    splitAt(cols);
    for (let li = from; li <= run.last; li++) {
      const line = lines[li];
      if (isBlank(line.norm)) continue;
      const cells = pipeCells(line);
      const texts = cells.map((c) => c.text);
      let filled = 0;
      let firstText = '';
      for (const t of texts) {
        if (t === '') continue;
        if (!filled) firstText = t;
        filled++;
      }
      if (!filled) continue;
      if (filled >= 2 && isMarksRow(texts)) continue;
      const inNotes = region.notes.length > 0 && filled === 1;
      if (NOTE_RE.test(firstText) || (filled === 1 && /[。;]/.test(firstText)) || (inNotes && /^\d{1,2}[、.]/.test(firstText))) {
        region.notes.push(texts.filter((t) => t).join(' '));
        continue;
      }
      if (filled === 1 && UNIT_LINE_RE.test(firstText)) {
        setUnitLine(region, firstText);
        continue;
      }
      const h = cells.length >= 2 && (headerRole(firstText) === 'label' || /^(?:19|20)\d{2}/.test(firstText)) ? headerFromCells(texts) : null;
      if (h) {
        cols = h;
        region.header = true;
        region.panels = [h];
        splitAt(h);
        continue;
      }
      if (split > 0 && cells.length > split) {
        const l = rowFromCells(cells.slice(0, split), cols!.slice(0, split), line.start, cells[split - 1].end);
        const r = rowFromCells(cells.slice(split), cols!.slice(split), cells[split].start, line.end);
        if (l) region.rows.push(l);
        if (r) right.push(r);
        pending = null;
        continue;
      }
      const firstKind = cellKind(firstText);
      if (firstKind !== 'text' && pending) {
        // the row's label is on the line(s) above (mis-merged cells)
        // (困难残疾人 生活补贴: one label broken by a space; a heading merged after it is numbered, 二、社会组织)
        const split = splitMergedLabel(pending.cell);
        const parts = split.slice(1).some((p) => labelParts(p.text).rank > 0) ? split : [pending.cell];
        const idx = region.rows.indexOf(pending.row);
        const row = rowFromCells(cells, cols, pending.line.start, line.end, parts[0]);
        if (row && idx >= 0) {
          const tail = parts.slice(1).map((p) => newRow({ start: p.start, end: p.end, rawLabel: p.text }));
          region.rows.splice(idx, 1, row, ...tail);
        }
        pending = null;
        spread = !cols && filled === 1 ? row : null;
        continue;
      }
      // 临时救助 | / 5983 | / 7459 |: with no header, a row's values one per line; which one is the figure is unknown
      if (spread && filled === 1 && firstKind === 'num') {
        spread.spread = true;
        continue;
      }
      spread = null;
      // 城市最低生活保障对象 | 户 | A, then  | 人 | B: a row of a unit and values under a row of the same item in another unit
      const above = region.rows[region.rows.length - 1];
      const sameItem = firstKind === 'unit' && above && above.cells.length && above.unit && unitOf(firstText) !== above.unit ? { text: above.rawLabel, start: line.start, end: line.start } : undefined;
      const row = rowFromCells(cells, cols, line.start, line.end, sameItem);
      if (!row) continue;
      region.rows.push(row);
      const labelOnly = filled === 1 && firstKind === 'text';
      pending = labelOnly ? { cell: cells.find((c) => c.text !== '')!, row, line } : null;
    }
    region.rows.push(...right);
    // a label-only line never followed by its values is a heading; split merged headings
    const out: TableRow[] = [];
    for (const r of region.rows) {
      if (!r.data && /\s/.test(r.rawLabel.trim())) {
        const parts = splitMergedLabel({ text: normaliseChars(r.rawLabel).trim(), start: r.start, end: r.end });
        if (parts.length > 1 && parts.every((p) => labelParts(p.text).rank > 0 || p === parts[parts.length - 1] || parts.indexOf(p) === 0)) {
          for (const p of parts) out.push(newRow({ start: p.start, end: p.end, rawLabel: p.text }));
          continue;
        }
      }
      out.push(r);
    }
    region.rows = out;
  }
  return region.rows.some((r) => r.cells.length) ? region : null;
}

/** Vertical layout: every cell on its own line(s) ending in "|"; n cells make a row. */
function readVertical(lines: Line[], from: number, to: number, cols: Column[], region: TableRegion) {
  const cells: (Cell & { line: number; endLine: number })[] = [];
  let acc: { parts: string[]; start: number; line: number } | null = null;
  for (let li = from; li <= to; li++) {
    const l = lines[li];
    if (!l.norm.includes('|')) {
      const t = l.norm.trim();
      if (t) {
        if (!acc) acc = { parts: [], start: l.start + l.norm.indexOf(t), line: li };
        acc.parts.push(t);
      }
      continue;
    }
    const pieces = pipeCells({ ...l, norm: l.norm.replace(/\|\s*$/, '| ') });
    // a line "text |" closes one cell; "a | b |" holds several
    pieces.forEach((c, k) => {
      if (k === pieces.length - 1 && c.text === '' && /\|\s*$/.test(l.norm) && pieces.length > 1) return;
      if (acc) {
        acc.parts.push(c.text);
        cells.push({ text: acc.parts.filter((x) => x).join(' '), start: acc.start, end: c.text ? c.end : l.start + l.norm.lastIndexOf('|'), line: acc.line, endLine: li });
        acc = null;
      } else {
        cells.push({ ...c, line: li, endLine: li });
      }
    });
  }
  const n = cols.length;
  let i = 0;
  // skip a marks row (甲 乙 丙 1 2 3)
  if (cells.length >= n && isMarksRow(cells.slice(0, n).map((c) => c.text))) i = n;
  const li = cols.findIndex((c) => c.role === 'label');
  const valid = (chunk: Cell[]) =>
    chunk.every((c, k) => {
      const role = cols[k].role;
      const kind = cellKind(c.text);
      if (role === 'label') return kind === 'text' || kind === 'empty';
      if (role === 'unit') return kind === 'unit' || kind === 'empty';
      if (role === 'code') return kind === 'code' || kind === 'empty';
      if (role === 'english') return kind !== 'num';
      return kind === 'num' || kind === 'empty';
    });
  let skipped = 0;
  while (i + n <= cells.length) {
    const chunk = cells.slice(i, i + n);
    const lab = chunk[li].text;
    if (lab && NOTE_RE.test(lab)) {
      region.notes.push(lab);
      break;
    }
    if (unitContinuation(chunk, li, cols, region.rows[region.rows.length - 1])) {
      i += n;
      continue;
    }
    if (!valid(chunk)) {
      i++;
      skipped++;
      continue;
    }
    i += n;
    if (!lab) {
      // continuation row: the English label of the row above goes on
      const prev = region.rows[region.rows.length - 1];
      const en = chunk.find((_c, k) => cols[k].role === 'english');
      if (prev && en?.text) prev.english += ' ' + en.text;
      continue;
    }
    const first = lines[chunk[0].line];
    const last = lines[chunk[n - 1].endLine];
    const row = rowFromCells(chunk, cols, first.start, last.end);
    if (!row) continue;
    region.rows.push(row);
  }
  if (skipped) region.notes.push(`纵向表格中有 ${skipped} 个单元格无法对齐,已跳过`);
}

/**
 * 城市居民最低生活保障人数 | … | 2272.1 | 2334.8 | 2.8 | then (万人) | Allowance … | | | |: a label wrapped below its numbers
 * whose second line is only the unit. The unit goes to the row above when that row printed none; true when taken.
 */
function unitContinuation(chunk: Cell[], li: number, cols: Column[], prev: TableRow | undefined): boolean {
  if (!prev || prev.unit || !prev.cells.length) return false;
  const t = chunk[li].text.trim();
  if (!/^[((][^()()]{1,8}[))]$/.test(t)) return false;
  if (chunk.some((c, k) => k !== li && cols[k].role !== 'english' && c.text.trim())) return false;
  const p = labelParts(t);
  if (!p.unit || p.label) return false;
  prev.unit = p.unit;
  return true;
}

// ---------------------------------------------------------------- text layout

function readTextRegion(lines: Line[], first: number, last: number, kinds: Classified[], preLines: string[]): TableRegion | null {
  const region: TableRegion = {
    start: lines[first].start,
    end: lines[last].end,
    layout: 'text',
    line: first + 1,
    preamble: [...preLines],
    panels: [],
    rows: [],
    unit: '',
    notes: [],
    header: false,
  };
  const unitCols = measuresFromUnitLine(preLines);
  if (unitCols) {
    region.panels = [unitCols];
    region.header = true;
  }
  // 金华市 市区 just above the rows: a column of a region and columns of its named parts (the mapper checks the region)
  const areaCols = unitCols ? null : areaHeader(preLines[preLines.length - 1] ?? '');
  if (areaCols) {
    region.panels = [areaCols];
    region.header = true;
    region.preamble.pop();
  }
  let panelX: number[] = [0];
  let pendingEnglishCols = false;
  let pending: TableRow | null = null; // a label whose numbers may come on a later line
  const valueColsOf = (panel: number) => (region.panels[panel] ?? []).filter((c) => isValueRole(c.role));
  const panelOf = (x: number) => {
    let p = 0;
    for (let k = 1; k < panelX.length; k++) if (x >= (panelX[k - 1] + panelX[k]) / 2) p = k;
    return p;
  };
  for (let li = first; li <= last; li++) {
    const line = lines[li];
    const c = kinds[li];
    if (c.kind === 'blank') continue;
    if (c.kind === 'unit') {
      setUnitLine(region, line.norm.trim());
      continue;
    }
    if (c.kind === 'note') {
      region.notes.push(line.norm.trim());
      continue;
    }
    if (c.kind === 'header' || c.kind === 'labelHeader') {
      region.header = true;
      region.panels = c.header!.panels;
      panelX = c.header!.panelX;
      pendingEnglishCols = c.kind === 'labelHeader';
      pending = null;
      continue;
    }
    if (c.kind === 'english') {
      if (pendingEnglishCols) {
        const m = englishMeasure(line.norm.trim());
        region.panels[0].push(m ? { role: 'measure', header: line.norm.trim(), measure: m.measure, unit: m.unit } : { role: 'unknown', header: line.norm.trim() });
        continue;
      }
      if (pending) pending.english += ' ' + line.norm.trim();
      else if (region.rows.length) region.rows[region.rows.length - 1].english += ' ' + line.norm.trim();
      continue;
    }
    pendingEnglishCols = false;
    if (c.kind === 'numbers') {
      const nums = c.toks;
      if (pending) {
        pending.end = nums[nums.length - 1].end;
        textValues(pending, nums, valueColsOf(pending.panel), line, true);
        pending.data = true;
        pending = null;
      } else region.notes.push(`第 ${li + 1} 行只有数字,找不到所属指标,已跳过`);
      continue;
    }
    if (c.kind === 'heading' || c.kind === 'row') {
      const indentBase = line.norm.length - line.norm.trimStart().length;
      let groups = c.kind === 'row' ? c.groups : groupsOf(line, c.toks);
      // 城市低保人数 1 人 2514 under 指标名称 行次 单位 本期数: the number before the unit is the row's line number
      const lineNo = lineNoColumn(region.panels[0]);
      if (lineNo && groups.length === 2) {
        const [g0, g1] = groups;
        if (lineNo.beforeUnit && g0.labels.length && !g0.unit && !g0.code && g0.nums.length === 1 && LINE_NO.test(g0.nums[0].s) && !g1.labels.length && g1.unit && g1.nums.length) {
          groups = [{ ...g0, code: g0.nums[0], unit: g1.unit, nums: g1.nums }];
        }
      }
      // (城市低保人数 人 01 2514 under 指标名称 单位 行次 本期数: the first number is the line number)
      if (lineNo && groups.length === 1 && !groups[0].code && groups[0].nums.length === valueColsOf(0).length + 1 && LINE_NO.test(groups[0].nums[0].s)) {
        groups = [{ ...groups[0], code: groups[0].nums[0], nums: groups[0].nums.slice(1) }];
      }
      // (城市低保人数 1 人 2514 with no line-number column: whose unit the first number takes is unclear)
      // 城市低保人数  2507  含残疾人120人 under 项目 数量 备注: what follows the row's numbers is the note cell
      let noteText = '';
      if (region.panels.length === 1 && region.panels[0].some((col) => col.role === 'note')) {
        const k = groups.findIndex((g) => g.nums.length > 0);
        if (k >= 0 && k + 1 < groups.length) {
          const from = groups[k + 1].x;
          noteText = line.norm.slice(from).trim();
          groups = groups.slice(0, k + 1);
        }
      }
      const unitBetween = groups.length >= 2 && groups[0].labels.length && !groups[0].unit && !groups[0].code && groups[0].nums.length > 0 && !groups[1].labels.length && !!groups[1].unit && groups[1].nums.length > 0;
      const lineRows: TableRow[] = [];
      groups.forEach((g, gi) => {
        const panel = panelOf(g.x);
        const labelTok = g.labels[0];
        const rawLabel = labelTok ? line.text.slice(labelTok.start - line.start, labelTok.end - line.start) : '';
        // the quote: this group only (a line can hold two tables side by side)
        const first = labelTok ?? g.unit ?? g.code ?? g.nums[0];
        const lastTok = g.nums[g.nums.length - 1] ?? g.code ?? g.unit ?? labelTok;
        const end = gi === groups.length - 1 && !g.nums.length ? lastNonSpaceBefore(line.text, line.text.length) + line.start : lastTok.end;
        const row = newRow({ start: first.start, end: Math.max(end, first.end), rawLabel });
        row.indent = gi === 0 ? indentBase : g.x - (panelX[panel] ?? 0);
        row.panel = panel;
        row.english = g.english;
        if (g.unit) row.unit = unitOf(g.unit.s);
        if (g.code) row.code = g.code.s;
        if (g.unit || g.code) row.data = true;
        if (!labelTok && !g.unit) return;
        // (a label that is only a unit word: the unit of a row continuing the one above)
        if (labelTok && !row.unit && UNIT_WORD_LABEL.test(row.label)) {
          row.unit = unitOf(row.label);
          row.label = '';
        }
        // (万人) on the line below a row of numbers (bilingual yearbooks): that row's unit
        const prevRow = region.rows[region.rows.length - 1];
        const unitOnly = (!labelTok && !!g.unit) || (!!labelTok && !row.label && !!row.unit);
        if (unitOnly && !g.nums.length && !g.code && gi === 0 && prevRow && prevRow.cells.length && !prevRow.unit) {
          prevRow.unit = row.unit;
          return;
        }
        // 城市最低生活保障对象 户 A, then 人 B on the next line: the same item in another unit
        if (unitOnly && g.nums.length && gi === 0 && prevRow && prevRow.cells.length && prevRow.unit && row.unit && prevRow.unit !== row.unit) {
          row.label = prevRow.label;
          row.rawLabel = prevRow.rawLabel;
          row.indent = prevRow.indent;
        }
        if (g.nums.length) {
          if (noteText && gi === groups.length - 1) row.note = noteText;
          textValues(row, g.nums, valueColsOf(panel), line, gi === groups.length - 1 && !noteText);
          row.data = true;
          if (gi === 0 && unitBetween) row.uncertain ||= '数值后紧跟单位和另一数值,无法确定数值的单位与列';
        }
        lineRows.push(row);
      });
      // a label with no numbers may get them from a numbers-only line below (yearbook layout)
      const lastRow = lineRows[lineRows.length - 1];
      pending = lastRow && !lastRow.cells.length && !lastRow.uncertain && lastRow.label ? lastRow : null;
      region.rows.push(...lineRows);
    }
  }
  if (!region.panels.length) region.panels = [[]];
  return region.rows.some((r) => r.cells.length) ? region : null;
}

const LINE_NO = /^\d{1,3}$/;
/** A line-number column (行次, 栏次, 行号) before the value columns; beforeUnit: before the unit column too. */
function lineNoColumn(cols: Column[] | undefined): { beforeUnit: boolean } | null {
  if (!cols || !cols.some((c) => c.role === 'code')) return null;
  const at = cols.findIndex((c) => c.role === 'code' && /^(?:行次|栏次|行号)$/.test(c.header));
  if (at < 0 || cols.slice(0, at).some((c) => isValueRole(c.role))) return null;
  const unit = cols.findIndex((c) => c.role === 'unit');
  return { beforeUnit: unit > at };
}

/**
 * Column titles lost but for a line of units, "(个) (张) (人)": measure columns, when each unit allows one known measure
 * (张 → 床位数) or the titles left above name exactly one of those it allows (年末收养人数, "persons housed" for 人).
 */
function measuresFromUnitLine(pre: string[]): Column[] | null {
  for (let k = pre.length - 1; k >= 0 && k >= pre.length - 6; k--) {
    const t = normaliseChars(pre[k]).trim();
    if (!/^([((][^()()]{1,6}[))]\s*){2,}$/.test(t)) continue;
    const units = t.match(/[((][^()()]{1,6}[))]/g)!.map((u) => u.slice(1, -1).trim());
    if (!units.every((u) => isUnit(u))) continue;
    const titles = pre.filter((_x, j) => j !== k).join(' ').toLowerCase().replace(/\s+/g, ' ');
    const cols: Column[] = [{ role: 'label', header: '' }];
    for (const u of units) {
      const all = measuresInUnit(unitOf(u));
      const named = all.length === 1 ? all : all.filter((m) => titles.includes(m.measure) || m.words.some((w) => / /.test(w) && titles.includes(w)));
      if (named.length !== 1 || cols.some((c) => c.measure === named[0].measure)) return null;
      cols.push({ role: 'measure', header: `(${u})`, measure: named[0].measure, unit: named[0].unit });
    }
    return cols;
  }
  return null;
}

const AREA_PART = /^(?:市区|城区|市本级|本级|郊区|县|县市|县\(市\)|县\(市、区\)|各县\(市\)|农村|城镇)$/;
/** 金华市 市区: one region-like head and one or more heads naming a part of it, the columns of a yearbook table. */
function areaHeader(t: string): Column[] | null {
  const toks = normaliseChars(t).trim().split(/\s+/);
  if (toks.length < 2 || toks.length > 4) return null;
  const areas = toks.filter((x) => !AREA_PART.test(x));
  if (areas.length !== 1 || !/^[\u4e00-\u9fff]{1,12}(?:省|市|县|区|州|盟|旗)$/.test(areas[0])) return null;
  return [{ role: 'label', header: '' }, ...toks.map((x): Column => (x === areas[0] ? { role: 'current', header: x, area: x } : { role: 'unknown', header: x, part: true }))];
}

/** Assigns the numbers of a text row to value columns, reading alignment from the spacing when fewer. */
function textValues(row: TableRow, nums: Tok[], cols: Column[], line: Line, lastOnLine: boolean) {
  const vals = nums;
  const mk = (t: Tok, col: Column): ValueCell | null => {
    if (t.kind === 'empty') return null;
    const p = parseValue(t.s);
    return { col, raw: t.s, value: p.value, problem: p.problem, start: t.start, end: t.end };
  };
  const filled = vals.filter((t) => t.kind === 'num');
  if (!cols.length) {
    if (filled.length === 1) row.cells.push(mk(filled[0], { role: 'current', header: '' })!);
    else {
      row.uncertain = '表头未给出列名,行内有多个数值,无法确定哪一个是本期数';
      for (const t of filled) row.cells.push(mk(t, { role: 'unknown', header: '' })!);
    }
    return;
  }
  if (vals.length === cols.length) {
    vals.forEach((t, i) => {
      const v = mk(t, cols[i]);
      if (v) row.cells.push(v);
    });
    return;
  }
  if (vals.length > cols.length) {
    row.uncertain = '行内数值多于表头的数值列,列已错位';
    for (const t of filled) row.cells.push(mk(t, { role: 'unknown', header: '' })!);
    return;
  }
  // fewer numbers than columns: trailing spaces = the last cells are empty (left-aligned);
  // a wide gap before the first number = the first cells are empty (right-aligned)
  const rel = (o: number) => o - line.start;
  const trailing = lastOnLine ? line.norm.length - rel(vals[vals.length - 1].end) : 0;
  const lead = rel(vals[0].start) - lastNonSpaceBefore(line.norm, rel(vals[0].start));
  let gaps = 1;
  for (let k = 1; k < vals.length; k++) gaps = Math.max(gaps, rel(vals[k].start) - rel(vals[k - 1].end));
  let at = -1;
  if (lastOnLine && trailing >= 2 && lead <= gaps + 1) at = 0;
  else if (trailing === 0 && lead >= Math.max(4, gaps + 3)) at = cols.length - vals.length;
  // 数量 上季度 环比 …: the numbers themselves show they fill the first columns when the change
  // between the first two is the third (rounded), or when the first two are equal (no change printed)
  if (at < 0 && cols[0].role === 'current' && (cols[1]?.role === 'previous' || cols[1]?.role === 'month') && filled.length === vals.length) {
    const v = vals.map((t) => parseValue(t.s).value);
    if (v.every((x) => x !== null && Number.isFinite(x))) {
      const [a0, a1, a2] = v as number[];
      if (vals.length === 2 && a0 === a1) at = 0;
      else if (vals.length === 3 && cols[2]?.role === 'derived' && a1 !== 0 && Math.abs(((a0 - a1) / a1) * 100 - a2) <= 0.0051 + 1e-9) at = 0;
    }
  }
  // a yearbook row with fewer numbers than its year columns: an indicator reported since some year fills
  // the latest columns (特困人员 since 2016); a discontinued programme's row (五保, 三无, 救济) may have
  // lost its latest cells instead, so it stays in doubt
  if (at < 0 && vals.length >= 2 && filled.length === vals.length && cols.every((c) => /^(19|20)\d{2}年?$/.test(c.header))
    && cols.every((c, k) => k === 0 || Number(c.header.slice(0, 4)) > Number(cols[k - 1].header.slice(0, 4)))
    && !/五保|三无|救济|优抚|#|其中/.test(row.rawLabel + row.label) && !row.child) at = cols.length - vals.length;
  if (at < 0) {
    row.uncertain = `行内只有 ${vals.length} 个数值而表头有 ${cols.length} 个数值列,无法确定对应哪几列`;
    for (const t of filled) row.cells.push(mk(t, { role: 'unknown', header: '' })!);
    return;
  }
  vals.forEach((t, i) => {
    const v = mk(t, cols[at + i]);
    if (v) row.cells.push(v);
  });
}

/** The side (城市/农村) of a county's wide 低保统计表 whose header, wrapped over many lines above the rows, opens with
 * 地区 | 低保户数 | 低保人数 and names a 人均补助额 column (the Fujian monthly format); undefined for any other header. */
function wideDibaoHeader(lines: Line[], li: number, floor: number): string | undefined {
  const parts: string[] = [];
  let title = '';
  for (let k = li - 1, n = 0; k >= floor && n < 48; k--, n++) {
    const t = lines[k].norm.trim();
    if (DATED_TITLE.test(t) || /最低生活保障统计表|低保统计表/.test(t)) {
      title = t;
      break;
    }
    if (t.length > 600 || SENTENCE_PUNCT.test(t)) break;
    parts.unshift(t);
  }
  const head = parts.join('').replace(/\s+/g, '');
  if (!/地区(?:低保)?户数(?:低保)?人数/.test(head) || !/人均补助额/.test(head)) return undefined;
  const side = /城市|城镇/.test(title) ? '城市' : /农村/.test(title) ? '农村' : '';
  return side && !(/城市|城镇/.test(title) && /农村/.test(title)) ? side : undefined;
}

/** A row of a wide 低保统计表 read without its columns (blank cells dropped when copied): its first two numbers are the
 * households and persons and its last the month's average payment, taken only when that last number is some money cell
 * of the row divided by the persons (in 元 or 万元); every other number stays unplaced. The 序号 row numbers columns. */
function readWideDibaoRows(region: TableRegion, side: string): void {
  const col = (measure: string, unit: string): Column => ({ role: 'measure', header: measure, measure: side + measure, unit });
  region.rows = region.rows.filter((r) => !/^(?:序号|栏次|行次)$/.test(r.label.trim()));
  for (const r of region.rows) {
    const v = r.cells.map((c) => c.value);
    if (!r.uncertain || v.length < 6 || r.cells.some((c) => c.col.role !== 'unknown') || v.some((x) => !Number.isFinite(x))) continue;
    const [hh, pp, avg] = [v[0], v[1], v[v.length - 1]];
    if (!Number.isInteger(hh) || !Number.isInteger(pp) || hh <= 0 || hh > pp || !(avg >= 10)) continue;
    const near = (x: number) => Math.abs(x - avg) <= Math.max(1, avg * 0.002);
    if (!v.slice(2, -1).some((m) => m > 0 && (near(m / pp) || near((m * 10000) / pp)))) continue;
    r.cells[0].col = col('低保户数', '户');
    r.cells[1].col = col('低保人数', '人');
    r.cells[v.length - 1].col = col('低保月人均补助水平', '元/人·月');
    r.uncertain = '';
  }
}

function lastNonSpaceBefore(s: string, pos: number): number {
  let i = pos;
  while (i > 0 && /\s/.test(s[i - 1])) i--;
  return i;
}

// ---------------------------------------------------------------- regions

/** The spans of the last text findTables read (the readers of rowRegion.ts ask again for the same text). */
let lastSpans: { text: string; spans: { start: number; end: number }[] } | undefined;

/** The spans of every table region of a text (the last findTables pass's when it read the same text). */
export function tableSpans(text: string): { start: number; end: number }[] {
  if (lastSpans?.text !== text) findTables(text);
  return lastSpans!.spans.map((r) => ({ ...r }));
}

/** Every table region of a text, in order. */
export function findTables(text: string): TableRegion[] {
  const regions = findTablesOf(text);
  lastSpans = { text, spans: regions.map((r) => ({ start: r.start, end: r.end })) };
  return regions;
}

function findTablesOf(text: string): TableRegion[] {
  const lines = splitLines(text);
  const regions: TableRegion[] = [];
  const hasPipe = (l: Line) => l.norm.length <= MAX_LINE && l.norm.includes('|');
  const kinds: Classified[] = [];
  const kindAt = (li: number): Classified => {
    while (kinds.length <= li) {
      const l = lines[kinds.length];
      kinds.push(hasPipe(l) ? { kind: 'prose', toks: [], groups: [] } : classifyText(l, lines[kinds.length + 1]?.norm ?? ''));
    }
    return kinds[li];
  };
  const preambleOf = (li: number, floor: number): string[] => {
    const out: string[] = [];
    for (let k = li - 1, n = 0; k >= floor && n < 8; k--) {
      const t = lines[k].norm.trim();
      if (!t) continue;
      if (t.length > 120) break;
      out.unshift(t);
      n++;
    }
    // a header wrapped over many lines: the dated page title above it still dates the table
    if (!out.some((t) => DATED_TITLE.test(t))) {
      for (let k = li - 1, n = 0; k >= floor && n < 48; k--, n++) {
        const t = lines[k].norm.trim();
        if (t.length > 600 || (SENTENCE_PUNCT.test(t) && !DATED_TITLE.test(t))) break;
        if (DATED_TITLE.test(t)) {
          if (!out.includes(t)) out.unshift(t);
          break;
        }
      }
    }
    return out;
  };
  // 二、社会工作 after a blank line: a later block of the page with no title of its own keeps the title of the block
  // just before it (only headings and blank lines between)
  const withPageTitle = (pre: string[], li: number, floor: number): string[] => {
    const prev = regions[regions.length - 1];
    if (!prev || pre.some((t) => TITLE_YEAR.test(t))) return pre;
    const title = prev.preamble.filter((t) => TITLE_YEAR.test(t) || t.startsWith('编制单位'));
    if (!title.some((t) => TITLE_YEAR.test(t))) return pre;
    for (let k = floor; k < li; k++) if (lines[k].norm.trim().length > 40 || SENTENCE_PUNCT.test(lines[k].norm)) return pre;
    return [...title, ...pre];
  };
  let floor = 0;
  let i = 0;
  while (i < lines.length) {
    if (hasPipe(lines[i])) {
      // a run of pipe lines; short lines without a pipe inside it are cell continuations
      let j = i;
      let k = i + 1;
      while (k < lines.length) {
        if (hasPipe(lines[k])) {
          j = k;
          k++;
          continue;
        }
        const t = lines[k].norm.trim();
        if (t === '' || (t.length <= 80 && !SENTENCE_PUNCT.test(t))) {
          let next = k + 1;
          while (next < lines.length && next - k < 6 && !hasPipe(lines[next])) next++;
          // (a dated title line, then a header row: the next table, with its own report period)
          if (next < lines.length && next - k < 6 && pipeHeader(lines[next].norm) && lines.slice(k, next).some((l) => TITLE_LINE.test(l.norm))) break;
          if (next < lines.length && hasPipe(lines[next]) && next - k < 6) {
            k = next;
            continue;
          }
        }
        break;
      }
      const region = readPipeRegion(lines, { first: i, last: j }, preambleOf(i, floor));
      if (region) {
        regions.push(region);
        floor = j + 1;
      }
      i = j + 1;
      continue;
    }
    const c = kindAt(i);
    if (c.kind === 'header' || c.kind === 'labelHeader' || c.kind === 'row') {
      let j = i;
      let rows = 0;
      let last = i;
      let header = c.kind !== 'row';
      for (; j < lines.length; j++) {
        if (hasPipe(lines[j])) break;
        const k = kindAt(j).kind;
        if (k === 'row' || k === 'numbers') {
          rows++;
          last = j;
        } else if (k === 'header' || k === 'labelHeader') {
          header = true;
          last = j;
        } else if (k === 'note') {
          last = j;
          while (j + 1 < lines.length && (kindAt(j + 1).kind === 'note' || (kindAt(j + 1).kind === 'english' && lines[j + 1].norm.trim().length > 0))) {
            j++;
            last = j;
          }
          break;
        } else if (k === 'english' || k === 'heading' || k === 'blank' || k === 'unit') {
          continue;
        } else break;
      }
      const wide = rows >= 1 ? wideDibaoHeader(lines, i, floor) : undefined;
      // 城市低保人数(人)  2507 / 农村低保人数(人)  8120: two rows, each a label with its unit and one number
      const unitPairs = rows === 2 && !header && [...Array(last - i + 1).keys()].every((d) => {
        const k = kindAt(i + d);
        if (k.kind !== 'row') return k.kind === 'blank';
        const g = k.groups.filter((x) => x.nums.length);
        return k.groups.length === 1 && g.length === 1 && g[0].nums.length === 1 && g[0].nums[0].kind === 'num' && (!!g[0].unit || /[((][^()()]{1,6}[))]\s*$/.test(g[0].labels.map((x) => x.s).join('')));
      });
      if ((header && rows >= 1) || rows >= 3 || wide || unitPairs) {
        // a 单位 line just above the header belongs to the table
        let from = i;
        while (from - 1 >= floor && (kindAt(from - 1).kind === 'unit' || (kindAt(from - 1).kind === 'blank' && from - 2 >= floor && kindAt(from - 2).kind === 'unit'))) from--;
        for (let q = from; q <= last; q++) kindAt(q);
        const region = readTextRegion(lines, from, last, kinds, withPageTitle(preambleOf(from, floor), from, floor));
        if (region) {
          if (wide) readWideDibaoRows(region, wide);
          regions.push(region);
          floor = last + 1;
          i = last + 1;
          continue;
        }
      }
      i = Math.max(i + 1, c.kind === 'row' ? i + 1 : i + 1);
      continue;
    }
    i++;
  }
  for (const r of regions) {
    const useIndent = r.layout === 'text' && r.panels.length < 2 && new Set(r.rows.map((x) => x.indent)).size > 1;
    placeRows(r.rows, useIndent);
  }
  return regions;
}
