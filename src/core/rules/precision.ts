// Stated precision of a figure → half-unit tolerance. Pure.
//
// A value written with d decimals stands for [v − ½·10^−d, v + ½·10^−d). Integers of counts and of
// per-person standards are exact (12184 人, 821 元/人·月) unless they look like a rounded 万/亿 figure
// (115000 人 from 11.5万人): large multiples of 100 keep half of their trailing power of ten.
import { parseUnit, UnitInfo } from '../units';

/**
 * What a unit says about the precision of an integer in it: counts (人, 户…), per-person money and 元 are
 * exact; counts and amounts may be rounded to 万/亿 up to `cap` trailing zeros (0: never).
 */
export interface UnitPrecision {
  integerExact: boolean;
  cap: number;
}
const NO_UNIT: UnitPrecision = { integerExact: false, cap: 0 };
const unitPrecisions = new Map<string, UnitPrecision>();
export function unitPrecision(unit: string | null | undefined): UnitPrecision {
  if (!unit) return NO_UNIT;
  let p = unitPrecisions.get(unit);
  if (p === undefined) {
    const info = parseUnit(unit);
    const dim = info?.dim ?? '';
    const count = dim.startsWith('count:');
    p = {
      integerExact: count || dim === 'money/person·time' || (dim === 'money' && info!.factor === 1),
      cap: count ? 4 : dim === 'money' ? (info!.factor === 1e4 ? 4 : info!.factor === 1 ? 8 : 4) : 0,
    };
    if (unitPrecisions.size < 1000) unitPrecisions.set(unit, p);
  }
  return p;
}

/** Decimals of a number as written (shortest round-trip form); Infinity for computed noise. */
export function decimalsOf(v: number): number {
  if (!Number.isFinite(v) || Number.isInteger(v)) return 0;
  const s = String(Math.abs(v));
  const m = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(s);
  if (!m) return 0;
  const d = (m[2]?.length ?? 0) - (m[3] ? Number(m[3]) : 0);
  return Math.max(0, d);
}

/** Decimals shown by an Excel number format ("0.0" → 1, "#,##0" → 0); null for General/none. */
const fmtDecimals = new Map<string, number | null>();
export function formatDecimals(fmt: string | null | undefined): number | null {
  if (!fmt) return null;
  let d = fmtDecimals.get(fmt);
  if (d === undefined) {
    d = formatDecimalsUncached(fmt);
    if (fmtDecimals.size < 1000) fmtDecimals.set(fmt, d);
  }
  return d;
}

function formatDecimalsUncached(fmt: string): number | null {
  if (!fmt || /general/i.test(fmt) || fmt === '@') return null;
  const first = fmt.split(';')[0].replace(/"[^"]*"/g, '').replace(/\[[^\]]*\]/g, '');
  if (!/[0#]/.test(first)) return null;
  const m = /\.([0#]+)/.exec(first);
  return m ? m[1].length : 0;
}

function trailingZeros(n: number): number {
  let z = 0;
  let x = Math.abs(Math.round(n));
  while (x !== 0 && x % 10 === 0 && z < 12) {
    x /= 10;
    z++;
  }
  return z;
}

/**
 * Half-unit of a value in a unit. Unknown units: from the decimals only.
 * Computed values (more than 6 decimals) are treated as exact.
 */
export function halfUnit(v: number, unit: string | null | undefined, numFmt?: string | null): number {
  return halfUnitOf(v, unitPrecision(unit), numFmt ?? null);
}

/** halfUnit with the unit's precision class at hand (the index's per-cell loop). */
export function halfUnitOf(v: number, up: UnitPrecision, numFmt: string | null): number {
  if (!Number.isFinite(v)) return 0;
  const d = Number.isInteger(v) ? 0 : decimalsOf(v);
  if (d > 6) return 0;
  const fd = numFmt === null ? null : formatDecimals(numFmt);
  // a format that shows fewer decimals than stored: the reader sees (and typed) the rounded figure
  if (fd !== null && fd < d) return 0.5 * Math.pow(10, -fd);
  if (d > 0) return 0.5 * Math.pow(10, -d);
  // large round figures may be rounded to 万 / 亿 (counts in 人, amounts in 万元/元)
  if (up.cap > 0 && (v >= 10000 || v <= -10000)) {
    const tz = trailingZeros(v);
    if (tz >= 2) return 0.5 * Math.pow(10, Math.min(tz, up.cap));
  }
  return up.integerExact ? 0 : 0.5;
}
