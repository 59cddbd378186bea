// The user's decision on a reviewed figure: a candidate (or an edited record) made into a record. Pure.
import { Catalogue, DataRecord, BREAKDOWN_SEP } from '../types';
import { compatible, normaliseUnit } from '../units';
import { canonicalPeriod } from '../period';
import { Candidate } from './candidates';
import { halfWidthDigits, plainNumber } from '../text';

export interface Adoption {
  indicatorId: string;
  breakdown: string;
  /** the value as typed (full-width digits and thousands separators accepted) */
  value: string;
  /** the period label as typed (全年, 上半年, 1-9月 …); '' = 全年 */
  period: string;
  region: string;
  year: number | string;
  /** the unit, when the user states one (needed where the text printed none) */
  unit?: string;
}

export type AdoptResult = { ok: true; record: DataRecord } | { ok: false; message: string };

/** A number typed by the user, or null. "8,21" is not a number (separators go in threes). */
export function parseTypedNumber(text: string): number | null {
  const t = halfWidthDigits(text).trim();
  if (t.startsWith('+')) return null;
  const v = plainNumber(t);
  return v !== null && Number.isFinite(v) ? v : null;
}

/** Builds the record the user chose for a reviewed figure, or says in Chinese why it cannot be one. */
export function adoptFigure(
  base: Pick<Candidate, 'unit' | 'qualifier' | 'source' | 'offset' | 'quote'>,
  a: Adoption,
  catalogue: Catalogue,
): AdoptResult {
  const ind = catalogue.indicators.find((i) => i.id === a.indicatorId);
  if (!ind) return { ok: false, message: a.indicatorId ? `目录中没有指标“${a.indicatorId}”` : '请选择指标' };
  const value = parseTypedNumber(a.value);
  if (value === null) return { ok: false, message: `数值“${a.value}”不是数字` };
  const year = typeof a.year === 'number' ? a.year : /^\d{4}$/.test(a.year.trim()) ? Number(a.year) : NaN;
  if (!Number.isInteger(year) || year < 1949 || year > 2100) return { ok: false, message: `年份“${a.year}”应为四位数字,如 2021` };
  const period = a.period.trim() ? canonicalPeriod(a.period) : '全年';
  if (!period) return { ok: false, message: `期别“${a.period}”无法识别,可写 全年、上半年、Q3、1-9月、9月` };
  if (!a.region.trim()) return { ok: false, message: '请填写地区' };
  const stated = (a.unit ?? '').trim() || base.unit;
  if (!stated) return { ok: false, message: `原文没有写单位,请填写单位(“${ind.name}”的单位是 ${ind.unit})` };
  const unit = normaliseUnit(stated);
  if (!compatible(unit, ind.unit)) {
    return { ok: false, message: `单位“${stated}”不能换算为“${ind.name}”的单位“${ind.unit}”,请换一个指标或改单位` };
  }
  const breakdown = a.breakdown.trim();
  if (breakdown) {
    const sets = [ind.breakdowns, ...(ind.extraBreakdowns ?? [])].filter((x): x is string => !!x);
    const allowed = new Set<string>();
    for (const id of sets) for (const v of catalogue.breakdowns.find((b) => b.id === id)?.values ?? []) allowed.add(v.id);
    const last = breakdown.split(BREAKDOWN_SEP).pop()!;
    if (!allowed.has(last)) {
      return { ok: false, message: allowed.size ? `“${ind.name}”的分类只能是:${[...allowed].join('、')}` : `“${ind.name}”没有分类` };
    }
  }
  return {
    ok: true,
    record: {
      region: a.region.trim(),
      year,
      period,
      indicatorId: ind.id,
      indicator: ind.name,
      breakdown,
      value,
      unit,
      qualifier: base.qualifier,
      source: base.source,
      offset: base.offset,
      quote: base.quote,
    },
  };
}

/** The breakdown values an indicator accepts (its own set first). */
export function breakdownChoices(catalogue: Catalogue, indicatorId: string): string[] {
  const ind = catalogue.indicators.find((i) => i.id === indicatorId);
  if (!ind) return [];
  const out: string[] = [];
  for (const id of [ind.breakdowns, ...(ind.extraBreakdowns ?? [])]) {
    for (const v of catalogue.breakdowns.find((b) => b.id === id)?.values ?? []) if (!out.includes(v.id)) out.push(v.id);
  }
  return out;
}

/** Indicators whose unit the figure's unit converts to: the ones a user may pick for it. */
export function indicatorChoices(catalogue: Catalogue, unit: string): { id: string; name: string }[] {
  const u = normaliseUnit(unit);
  return catalogue.indicators.filter((i) => !u || compatible(u, i.unit)).map((i) => ({ id: i.id, name: i.name }));
}
