// Policy coefficients (特困 ≥ k × 低保): P01–P04 are errors where a province's k is set (k 0 elsewhere),
// their twins P01W–P04W warn with the default 1.3 where it is not. Pure.
import type { CheckSettings } from './check';
import { Rule } from './types';

const TWIN = /^P0[1-4]W$/;

/**
 * The rules with the warning twins following the user's coefficients: a province given a k is no longer
 * "unset" (its twin entry becomes 0); one k for every province (a default) leaves no twin at all.
 */
export function withCoefficientTwins(rules: Rule[], settings?: CheckSettings): Rule[] {
  const k = settings?.tekunCoefficient;
  if (!k) return rules;
  if (typeof k.default === 'number') return rules.filter((r) => !TWIN.test(r.id));
  const set = Object.entries(k).filter(([p, v]) => p !== 'default' && typeof v === 'number').map(([p]) => p);
  return rules.map((r) => {
    if (!TWIN.test(r.id)) return r;
    const base = r.params?.k;
    const table: Record<string, number> = typeof base === 'number' ? { default: base } : { ...(base as Record<string, number>) };
    for (const p of set) table[p] = 0;
    return { ...r, params: { ...r.params, k: table as { default: number; [p: string]: number } } };
  });
}
