// Compiled word lists of tableVocab.json (column headers, fillers, units, English measures).
import vocab from './tableVocab.json';
import { normaliseUnit } from '../units';

export type HeaderRole = 'label' | 'unit' | 'code' | 'current' | 'previous' | 'derived' | 'note';

const roleOf = new Map<string, HeaderRole>();
for (const [role, words] of Object.entries(vocab.columns)) {
  for (const w of words) roleOf.set(w.replace(/\s/g, '').toLowerCase(), role as HeaderRole);
}

/** Role of a header cell text (spaces removed, case-insensitive); undefined when not a header word. */
export function headerRole(s: string): HeaderRole | undefined {
  return roleOf.get(s.replace(/\s/g, '').toLowerCase());
}

/** Header words longest first, for glued headers (指标名称单位数量). */
export const HEADER_WORDS: string[] = [...roleOf.keys()].filter((w) => /[\u3400-\u9fff]/.test(w)).sort((a, b) => b.length - a.length);

export const MARKS = new Set(vocab.marks);
export const FILLERS: string[] = [...vocab.fillers].sort((a, b) => b.length - a.length);
export const DELETABLE: string[] = [...vocab.deletable].sort((a, b) => b.length - a.length);
export const TOTAL_LABELS = new Set(vocab.totalLabels);
export const UNIT_SUFFIX: Record<string, string[]> = vocab.unitSuffix;
export const NOT_UNIT_ENDINGS: string[] = vocab.notUnitEndings;

const UNIT_SET = new Set(vocab.units.map((u) => normaliseUnit(u)));
/** Unit spellings longest first (for a unit glued before a number: 万人7.1). */
export const UNITS_LONGEST: string[] = [...vocab.units].sort((a, b) => b.length - a.length);

/** True when `s` (one cell or token) is a unit as printed in tables: 人, 万人, 元/人·月, (人)… */
export function isUnit(s: string): boolean {
  if (s.length > 12 || s === '' || /\d/.test(s)) return false;
  const t = s.replace(/\s/g, '').replace(/^[((](.*)[))]$/, '$1');
  if (!t || t.length > 8) return false;
  return UNIT_SET.has(normaliseUnit(t));
}

export function unitOf(s: string): string {
  return normaliseUnit(s.replace(/\s/g, '').replace(/^[((](.*)[))]$/, '$1'));
}

export interface EnglishMeasure {
  measure: string;
  unit: string;
}

/** The measure an English column title names (Number of Beds → 床位数); undefined when unknown. */
export function englishMeasure(s: string): EnglishMeasure | undefined {
  const t = s.toLowerCase().replace(/\s+/g, ' ').trim();
  for (const e of vocab.english) {
    if (e.words.some((w) => t === w || t.startsWith(w) || t.includes(w))) return { measure: e.measure, unit: e.unit };
  }
  return undefined;
}

/** The measures a column printed only as a unit may hold ((张) → 床位数; (人) → 年末收养人数 or 职工人数), with their words. */
export function measuresInUnit(unit: string): (EnglishMeasure & { words: string[] })[] {
  return vocab.english.filter((e) => e.unit === unit).map((e) => ({ measure: e.measure, unit: e.unit, words: e.words }));
}

/** The measure a Chinese column title names (院数 → 机构数, 床位 → 床位数); undefined when unknown. */
export function chineseMeasure(h: string): EnglishMeasure | undefined {
  const t = h.replace(/\s/g, '');
  const e = vocab.english.find((x) => x.zh.includes(t));
  return e ? { measure: e.measure, unit: e.unit } : undefined;
}

/** The measure of a programme-by-measure table's column (户数, 人数, 资金支出, 救助标准), rows naming the programmes. */
export function matrixMeasure(h: string): EnglishMeasure | undefined {
  const t = h.replace(/\s/g, '');
  const e = (vocab as { matrixMeasures?: { zh: string[]; measure: string; unit: string }[] }).matrixMeasures?.find((x) => x.zh.includes(t));
  return e ? { measure: e.measure, unit: e.unit } : undefined;
}
