// Exact report periods. Pure: no I/O.
//
// A period is a span of months inside one year. Stocks (persons, households, institutions,
// standards, rates) hold at the END of their span; flows (spending, 人次, registrations, cremations)
// are totals over the span, and the official forms state them year-to-date (1-9月 = 前三季度).
//
// Canonical labels (DataRecord.period, CSV, bindings): 全年 (1–12), 上半年 (1–6), 下半年 (7–12),
// Q1…Q4 (the quarter alone), 1-N月 (year to date), N月 (one month), a-b月 (any other span).
import { normaliseText } from './text';

export interface PeriodSpan {
  start: number;
  end: number;
}

export type PeriodKind = 'stock' | 'flow';

export const FULL_YEAR: PeriodSpan = Object.freeze({ start: 1, end: 12 }) as PeriodSpan;

/** What the user may type as a period (for messages). */
export const PERIOD_SYNTAX = '全年、上半年、下半年、Q1…Q4(或 三季度)、前三季度(或 1-9月)、9月、截至9月底';

const CN: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 };

/** 9, 09, 九, 十二 → the number; NaN otherwise. */
export function monthNumber(t: string): number {
  if (/^\d{1,2}$/.test(t)) return Number(t);
  return CN[t] ?? NaN;
}

const M = '(\\d{1,2}|十[一二]?|[一二三四五六七八九])';
const RANGE = new RegExp(`^${M}月?-${M}月(?:份)?(?:累计)?$`);
const MONTH = new RegExp(`^(截至|截止|至|到)?${M}月(份)?(底|末)?(?:累计)?$`);
const QUARTER = /^第?([1-4一二三四])季度?$/;
const FIRST_QUARTERS = /^前([1-4一二两三四])个?季度$/;

export function isSpan(s: PeriodSpan): boolean {
  return Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 1 && s.start <= s.end && s.end <= 12;
}

function span(start: number, end: number): PeriodSpan | null {
  const s = { start, end };
  return isSpan(s) ? s : null;
}

const parsedCache = new Map<string, PeriodSpan | null>();

/** Common spellings of a period (without a year) → its span; null when not a period. */
export function parsePeriodLabel(text: unknown): PeriodSpan | null {
  if (typeof text !== 'string') return null;
  const hit = parsedCache.get(text);
  if (hit !== undefined) return hit;
  const out = parseUncached(text);
  if (parsedCache.size < 2000) parsedCache.set(text, out);
  return out;
}

function parseUncached(text: string): PeriodSpan | null {
  const s = normaliseText(text)
    .replace(/\s/g, '')
    .replace(/[—–―‐‑−~～〜至到]/g, (c, i: number, all: string) => (c === '至' || c === '到') && (i === 0 || all[i - 1] === '截') ? c : '-')
    .toUpperCase();
  if (s === '') return null;
  switch (s) {
    case '全年':
    case '全年度':
    case '年度':
    case '本年':
    case '本年度':
    case '年':
    case '年底':
    case '年末':
    case '截至年底':
    case '截至年末':
    case '全年累计':
      return { ...FULL_YEAR };
    case '上半年':
    case '上半年度':
    case 'H1':
      return { start: 1, end: 6 };
    case '下半年':
    case '下半年度':
    case 'H2':
      return { start: 7, end: 12 };
  }
  let m = /^Q([1-4])$/.exec(s) ?? QUARTER.exec(s);
  if (m) {
    const q = monthNumber(m[1]);
    return { start: q * 3 - 2, end: q * 3 };
  }
  m = FIRST_QUARTERS.exec(s);
  if (m) return span(1, monthNumber(m[1]) * 3);
  m = RANGE.exec(s);
  if (m) return span(monthNumber(m[1]), monthNumber(m[2]));
  m = MONTH.exec(s);
  if (m) {
    const n = monthNumber(m[2]);
    // 截至9月(底) / 9月末: the state at the end of September, i.e. year to date for a flow
    return m[1] || m[4] ? span(1, n) : span(n, n);
  }
  return null;
}

/** The canonical label of a span. */
export function periodLabel(p: PeriodSpan): string {
  const { start, end } = p;
  if (start === 1 && end === 12) return '全年';
  if (start === 1 && end === 6) return '上半年';
  if (start === 7 && end === 12) return '下半年';
  if (end - start === 2 && start % 3 === 1) return `Q${(start + 2) / 3}`;
  if (start === end) return `${start}月`;
  return `${start}-${end}月`;
}

/** The label as canonical text ('' → 全年); null when the text is not a period. */
export function canonicalPeriod(text: unknown): string | null {
  if (text === undefined || text === null || (typeof text === 'string' && text.trim() === '')) return '全年';
  const s = parsePeriodLabel(text);
  return s ? periodLabel(s) : null;
}

export const monthsOf = (p: PeriodSpan): number => p.end - p.start + 1;

export const sameSpan = (a: PeriodSpan, b: PeriodSpan): boolean => a.start === b.start && a.end === b.end;

export const isFullYear = (p: PeriodSpan): boolean => p.start === 1 && p.end === 12;

/**
 * Whether a record of span `have` answers a question about span `want`: a stock when it holds at the
 * same month end; a flow only for the exact span (a half-year total is never a year's).
 */
export function matches(have: PeriodSpan, want: PeriodSpan, kind: PeriodKind): boolean {
  if (kind === 'flow') return sameSpan(have, want);
  return have.end === want.end;
}

/**
 * Preference among matching records (higher wins; -1 = no match): the exact span first, then the
 * longest span ending at the same month (1-9月 before Q3 before 9月).
 */
export function matchScore(have: PeriodSpan, want: PeriodSpan, kind: PeriodKind): number {
  if (!matches(have, want, kind)) return -1;
  return sameSpan(have, want) ? 100 : monthsOf(have);
}

/** Order of periods inside a year: by end month, then the shorter span first (下半年 before 全年). */
export function comparePeriods(a: PeriodSpan, b: PeriodSpan): number {
  return a.end - b.end || b.start - a.start;
}

export type PeriodError = { ok: false; code: 'VALUE'; message: string };
export type YearPeriod = { ok: true; year: number; span: PeriodSpan | null };

const MIN_YEAR = 1949;
const MAX_YEAR = 2100;
// Excel date serials of 1949-01-01 and 2100-12-31: a typed 2022-09 becomes 2022-09-01 = 44805
const MIN_SERIAL = 17899;
const MAX_SERIAL = 73415;

const ypCache = new Map<string, YearPeriod>();

function syntaxError(shown: string): PeriodError {
  return { ok: false, code: 'VALUE', message: `年份/期别应为 2021、"2021上半年"、"2022Q3"、"2022年9月"…;收到${shown}` };
}

function shownOf(v: unknown): string {
  return typeof v === 'number' ? String(v) : `“${String(v)}”`;
}

/** The year (and month) of an Excel date serial. */
export function fromDateSerial(n: number): { year: number; month: number } {
  const d = new Date(Date.UTC(1899, 11, 30) + Math.floor(n) * 86400000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 };
}

/**
 * The 年份 argument of the functions and the CLI: a bare year (2021, "2021年", "2021年度") gives
 * span null; "2021上半年", "2021H1", "2021年1-6月", "2022Q3", "2022年前三季度", "2022年9月", "2022-09",
 * "2022.09", "2022/9" give a year and a span; so does an Excel date serial (a typed 2022-09).
 */
export function parseYearPeriod(x: unknown): YearPeriod | PeriodError {
  if (typeof x === 'number' && Number.isInteger(x) && x >= MIN_YEAR && x <= MAX_YEAR) return { ok: true, year: x, span: null };
  if (typeof x === 'string') {
    const hit = ypCache.get(x);
    if (hit) return hit;
  }
  let v = x;
  for (let i = 0; i < 3 && Array.isArray(v); i++) v = v.length === 1 ? v[0] : undefined;
  if (v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) {
    return { ok: false, code: 'VALUE', message: '缺少年份,如 2020' };
  }
  if (typeof v === 'number') {
    if (Number.isInteger(v) && v >= MIN_YEAR && v <= MAX_YEAR) return { ok: true, year: v, span: null };
    if (Number.isFinite(v) && v >= MIN_SERIAL && v < MAX_SERIAL + 1) {
      const d = fromDateSerial(v);
      return { ok: true, year: d.year, span: { start: d.month, end: d.month } };
    }
    return syntaxError(shownOf(v));
  }
  if (typeof v !== 'string') return syntaxError(shownOf(v));
  const res = parseYearPeriodText(v);
  if (res.ok && typeof x === 'string' && ypCache.size < 2000) ypCache.set(x, res);
  return res;
}

function parseYearPeriodText(raw: string): YearPeriod | PeriodError {
  const s = normaliseText(raw).replace(/\s/g, '');
  const bad = syntaxError(`“${raw}”`);
  let m = /^(\d{4})(?:年度?)?$/.exec(s);
  if (m) {
    const y = Number(m[1]);
    return y >= MIN_YEAR && y <= MAX_YEAR ? { ok: true, year: y, span: null } : bad;
  }
  m = /^(\d{4})[-./](\d{1,2})(?:[-./]\d{1,2})?$/.exec(s);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    if (y < MIN_YEAR || y > MAX_YEAR || mo < 1 || mo > 12) return bad;
    return { ok: true, year: y, span: { start: mo, end: mo } };
  }
  m = /^(\d{4})(?:年度?)?(.+)$/.exec(s);
  if (m) {
    const y = Number(m[1]);
    if (y < MIN_YEAR || y > MAX_YEAR) return bad;
    const sp = parsePeriodLabel(m[2]);
    if (sp) return { ok: true, year: y, span: sp };
    return {
      ok: false,
      code: 'VALUE',
      message: `“${raw.trim()}”中的期别“${m[2]}”无法识别;期别可写 ${PERIOD_SYNTAX},如 "2021上半年"、"2022Q3"、"2022年9月"`,
    };
  }
  return bad;
}

/**
 * The period cell of a record (CSV, bindings) for the record's year: a label, '' (全年), or a legacy or
 * year-qualified value ("2021-09", "2021上半年") whose year must be the record's.
 */
export function parsePeriodCell(text: string, year: number): { ok: true; span: PeriodSpan } | { ok: false; message: string } {
  const t = (text ?? '').trim();
  if (t === '') return { ok: true, span: { ...FULL_YEAR } };
  const sp = parsePeriodLabel(t);
  if (sp) return { ok: true, span: sp };
  if (/^\s*\d{4}/.test(normaliseText(t))) {
    const yp = parseYearPeriod(t);
    if (yp.ok) {
      if (yp.year !== year) return { ok: false, message: `期别“${t}”的年份 ${yp.year} 与年份 ${year} 不一致` };
      return { ok: true, span: yp.span ?? { ...FULL_YEAR } };
    }
  }
  return { ok: false, message: `期别“${t}”无法识别;可写 ${PERIOD_SYNTAX}` };
}

export type PeriodTextStyle = 'range' | 'month' | 'label';

/**
 * A year and period for people: 'range' (报告期) 2020年 / 2021年1-6月 / 2022年9月; 'month' (the 季报/月报
 * report period) 2022年09月 = the month the period ends; 'label' 2021年上半年 / 2021年全年.
 */
export function periodText(year: number, p: PeriodSpan | null, style: PeriodTextStyle = 'range'): string {
  const sp = p ?? FULL_YEAR;
  if (style === 'month') return `${year}年${String(sp.end).padStart(2, '0')}月`;
  if (style === 'label') return `${year}年${periodLabel(sp)}`;
  if (isFullYear(sp)) return `${year}年`;
  if (sp.start === sp.end) return `${year}年${sp.start}月`;
  return `${year}年${sp.start}-${sp.end}月`;
}

/** How to ask for a year's period in a formula: 2021上半年, 2022Q3, 2022年1-9月. */
export function yearPeriodArg(year: number, label: string): string {
  if (label === '全年') return String(year);
  return /^\d/.test(label) ? `${year}年${label}` : `${year}${label}`;
}

/** Span of a canonical (or any recognised) label; 全年 for ''. Null when unrecognised. */
export function spanOf(label: string | undefined | null): PeriodSpan | null {
  if (!label) return { ...FULL_YEAR };
  if (label === '全年') return FULL_YEAR;
  return parsePeriodLabel(label);
}
