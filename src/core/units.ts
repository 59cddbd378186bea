// Units: spelling normalisation and conversion. Pure.
//
// A unit belongs to a dimension and has a factor to the dimension's base unit:
//   money per person and time: base 元/人·月; 元/人·年 = 1/12 (so 614 元/人·月 = 7368 元/人·年)
//   money: base 元; 千元 1e3, 万元 1e4, 亿元 1e8
//   counts of one kind (人, 人次, 户, 对, 张, 件, 具, 床…): base the plain word; 万X = 1e4, 亿X = 1e8
//   entities (个, 家, 处, 所, 座): one dimension. These measure words all count units/sites and a
//     statistician writes 养老机构 120 个 or 120 家 for the same thing, so they convert 1:1.
//     They do not convert to 人/张/件/… (different things are counted).
//   percentages: % (百分比)
// Anything else is its own dimension with factor 1 (only identical spellings are compatible).
import { normaliseText } from './text';

export interface UnitInfo {
  unit: string; // canonical spelling
  dim: string;
  factor: number; // to the dimension's base unit
}

const PER_PERSON_MONTH = '元/人·月';
const PER_PERSON_YEAR = '元/人·年';

/** Count words that form their own dimension (each can take 万 / 亿 prefixes). */
const COUNT_WORDS = ['人', '人次', '户', '户次', '对', '张', '件', '具', '床', '名', '次', '宗', '例', '项'];
const ENTITY_WORDS = ['个', '家', '处', '所', '座'];

// Spellings that mean the same unit.
const SYNONYMS: Record<string, string> = {
  名: '人',
  位: '人',
  床: '张',
  张床位: '张',
  百分比: '%',
  '%': '%',
  元人: '元/人',
  元每人: '元/人',
  每人: '元/人',
  元每人次: '元/人次',
  元人次: '元/人次',
  '元/人·次': '元/人次', // 元/人·次, 元/人.次
};

const cache = new Map<string, string>();

/**
 * Canonical spelling of a unit: 元/月, 元/人/月, 元/人.月, 元/(人·月), 每人每月, 元/月/人 → 元/人·月;
 * 元/年, 元/人/年, 每人每年 → 元/人·年; full-width characters and spaces are normalised.
 * Unknown units come back trimmed and normalised, otherwise unchanged.
 */
export function normaliseUnit(u: string): string {
  if (typeof u !== 'string') return '';
  const hit = cache.get(u);
  if (hit !== undefined) return hit;
  const out = normaliseUncached(u);
  if (cache.size < 10000) cache.set(u, out);
  return out;
}

function normaliseUncached(input: string): string {
  let s = normaliseText(input).replace(/ /g, '');
  if (s === '') return '';
  s = s.replace(/[()()]/g, '').replace(/[.。・•]/g, '·').replace(/[/／]/g, '/');
  s = s.replace(/^单位[::]/, '');
  s = s.replace(/人[、,，?？]([月年])$/, '人·$1'); // 元/人、月; 元/人?月 (the · lost in a re-encoding)
  // per person per month / year
  const perTime = (t: string) => (t === '月' ? PER_PERSON_MONTH : PER_PERSON_YEAR);
  let m = /^(?:元)?(?:\/|每)?人(?:\/·|\/|·|每)?(月|年)$/.exec(s) // 元/人/月, 元/人·月, 元人月, 每人月, 元人/.月 (a typo)
    || /^(?:元)?(?:\/|每)(月|年)(?:\/|·|每)?人$/.exec(s) // 元/月/人, 元/月·人
    || /^(?:元)?每人每(月|年)(?:元)?$/.exec(s) // 每人每月, 元每人每月
    || /^元\/(月|年)$/.exec(s); // 元/月 (per person implied)
  if (m) return perTime(m[1]);
  if (/^元\/人·?(月|年)$/.test(s)) return perTime(s.slice(-1));
  if (SYNONYMS[s]) return SYNONYMS[s];
  m = /^(万|亿)(.+)$/.exec(s);
  if (m && SYNONYMS[m[2]] && SYNONYMS[m[2]] !== '%') return m[1] + SYNONYMS[m[2]];
  return s;
}

/** Dimension and factor of a unit, or null when the spelling is empty. */
const parseCache = new Map<string, UnitInfo | null>();

export function parseUnit(u: string): UnitInfo | null {
  const hit = parseCache.get(u);
  if (hit !== undefined) return hit;
  const out = parseUncached(u);
  if (typeof u === 'string' && parseCache.size < 10000) parseCache.set(u, out);
  return out;
}

function parseUncached(u: string): UnitInfo | null {
  const unit = normaliseUnit(u);
  if (unit === '') return null;
  if (unit === PER_PERSON_MONTH) return { unit, dim: 'money/person·time', factor: 1 };
  if (unit === PER_PERSON_YEAR) return { unit, dim: 'money/person·time', factor: 1 / 12 };
  if (unit === '元') return { unit, dim: 'money', factor: 1 };
  if (unit === '千元') return { unit, dim: 'money', factor: 1e3 };
  if (unit === '万元') return { unit, dim: 'money', factor: 1e4 };
  if (unit === '亿元') return { unit, dim: 'money', factor: 1e8 };
  if (unit === '%') return { unit, dim: 'percent', factor: 1 };
  const m = /^(万|亿)?(.+)$/.exec(unit)!;
  const scale = m[1] === '万' ? 1e4 : m[1] === '亿' ? 1e8 : 1;
  const word = m[2];
  if (COUNT_WORDS.includes(word)) return { unit, dim: 'count:' + word, factor: scale };
  if (ENTITY_WORDS.includes(word)) return { unit, dim: 'count:entity', factor: scale };
  return { unit, dim: 'other:' + unit, factor: 1 };
}

/** True when a value in `a` can be converted to `b`. */
export function compatible(a: string, b: string): boolean {
  const pa = parseUnit(a);
  const pb = parseUnit(b);
  return !!pa && !!pb && pa.dim === pb.dim;
}

/** Converts a value between two units; null when they are not convertible. */
export function convert(value: number, fromUnit: string, toUnit: string): number | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  if (fromUnit === toUnit && fromUnit !== '') return value;
  const a = parseUnit(fromUnit);
  const b = parseUnit(toUnit);
  if (!a || !b || a.dim !== b.dim) return null;
  if (a.factor === b.factor) return value;
  const r = (value * a.factor) / b.factor;
  // a whole number of at most 12 digits is what toPrecision(12) gives back (most conversions: no string made)
  if (Number.isInteger(r) && r < 1e12 && r > -1e12) return r;
  // round away binary noise (20.2 亿元 → 202000 万元, not 202000.00000000003)
  return Number(r.toPrecision(12));
}

/** Usual units a value of this unit can be asked in (for messages and the task pane). */
export function unitsLike(u: string): string[] {
  const p = parseUnit(u);
  if (!p) return [];
  if (p.dim === 'money/person·time') return [PER_PERSON_MONTH, PER_PERSON_YEAR];
  if (p.dim === 'money') return ['元', '万元', '亿元'];
  if (p.dim === 'percent') return ['%'];
  if (p.dim === 'count:entity') return ['个', '家', '处', '万个'];
  if (p.dim.startsWith('count:')) {
    const w = p.dim.slice(6);
    return [w, '万' + w];
  }
  return [p.unit];
}
