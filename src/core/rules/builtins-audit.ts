// Audit checks across groups (periods, regions) that one rule expression cannot see: a group is one
// region's figures of one year and period. Registered in BUILTINS (builtins.ts). Pure.
import { Binding } from '../workbook';
import { convert } from '../units';
import { periodLabel, spanOf } from '../period';
import type { Builtin, BuiltinCtx } from './builtins';
import { compareLite, fmtNum } from './evaluate';
import { CellRef } from './types';

function num(c: BuiltinCtx, name: string, dflt: number): number {
  const v = c.rule.params?.[name];
  return typeof v === 'number' ? v : dflt;
}

interface Fig {
  b: Binding;
  v: number;
  h: number;
  unit: string | null;
  label: string;
}

/** The figure typed in (not a formula copy on another sheet) of a list of bindings; null when empty. */
function figOf(c: BuiltinCtx, bs: Binding[] | undefined): Fig | null {
  if (!bs || bs.length === 0) return null;
  let pick = bs[0];
  for (const b of bs) {
    const s = c.idx.slotFor(b);
    if (s && !s.isFormula) {
      pick = b;
      break;
    }
  }
  const s = c.idx.slotFor(pick);
  if (!s || s.value === null) return null;
  return { b: pick, v: s.value, h: s.h, unit: s.unit, label: s.label };
}

const ref = (f: Fig): CellRef => ({ sheet: f.b.sheet, address: f.b.address, label: f.label, value: f.v, unit: f.unit ?? undefined });
const withUnit = (f: Fig): string => `${fmtNum(f.v)}${f.unit ? ` ${f.unit}` : ''}`;

/** Figures of one group by indicator|breakdown (current column only). */
function groupFigures(c: BuiltinCtx, gk: string): Map<string, Binding[]> {
  const out = new Map<string, Binding[]>();
  for (const [k, bs] of c.idx.byGroup.get(gk) ?? []) if (bs[0].column === 'current') out.set(k, bs);
  return out;
}

/**
 * Year-to-date flows never fall within a year: for each region and year, every pair of periods starting in
 * January (1-3月, 上半年, 1-9月, 全年 …) held by the workbook, or one held by the workbook and an earlier one
 * in the dataset, gives later ≥ earlier for every flow figure (spending, 人次, registrations, cremations).
 */
const ytdMonotone: Builtin = (c) => {
  const byRegionYear = new Map<string, { gk: string; period: string; end: number }[]>();
  for (const [gk, g] of c.idx.groups) {
    const sp = spanOf(g.period);
    if (!sp || sp.start !== 1) continue;
    const k = `${g.region}|${g.year}`;
    byRegionYear.set(k, [...(byRegionYear.get(k) ?? []), { gk, period: g.period, end: sp.end }]);
  }
  for (const [ry, list] of byRegionYear) {
    const [region, yearText] = ry.split('|');
    const year = Number(yearText);
    list.sort((a, b) => a.end - b.end);
    for (let i = 0; i < list.length; i++) {
      const later = list[i];
      // the earlier periods: in the workbook, else the dataset's quarter ends
      const earlier: { period: string; get: (ind: string, bd: string) => Fig | null; fromData: boolean }[] = list
        .slice(0, i)
        .map((e) => {
          const ef = groupFigures(c, e.gk);
          return { period: e.period, fromData: false, get: (ind: string, bd: string) => figOf(c, ef.get(`${ind}|${bd}|current`)) };
        });
      if (c.engine && earlier.length === 0) {
        for (const end of [3, 6, 9].filter((m) => m < later.end)) {
          const label = periodLabel({ start: 1, end });
          earlier.push({
            period: label,
            fromData: true,
            get: (ind: string, bd: string) => {
              const rec = c.engine!.find(region, ind, year, bd, label);
              if (!rec || (spanOf(rec.period)?.end ?? 12) !== end) return null;
              return { b: { sheet: '(数据集)', address: rec.source, region, year, indicatorId: ind, breakdown: bd, column: 'current', period: label } as Binding, v: rec.value, h: 0, unit: rec.unit, label: `${c.idx.indicator(ind)?.name ?? ind}${bd ? `(${bd})` : ''}` };
            },
          });
        }
      }
      if (earlier.length === 0) continue;
      // the group's current figures, read from the index's map (no copy)
      for (const bs of c.idx.byGroup.get(later.gk)?.values() ?? []) {
        const b0 = bs[0];
        if (b0.column !== 'current') continue;
        const ind = c.idx.indicator(b0.indicatorId);
        if (!ind || ind.flow !== 'flow' || (ind.kind !== 'count' && ind.kind !== 'amount')) continue;
        const now = figOf(c, bs);
        if (!now) continue;
        for (const e of earlier) {
          const before = e.get(b0.indicatorId, b0.breakdown ?? '');
          if (!before) continue;
          if (compareLite('>=', now.v, now.h, now.unit, before.v, before.h, before.unit)) {
            c.pass();
            continue;
          }
          const bv = now.unit && before.unit ? convert(before.v, before.unit, now.unit) ?? before.v : before.v;
          c.finding({
            message: `${c.rule.message}:${now.label} ${later.period} ${withUnit(now)} < ${e.period} ${fmtNum(bv)}${now.unit ? ` ${now.unit}` : ''}${e.fromData ? '(数据集)' : `(${before.b.sheet}!${before.b.address})`}`,
            expected: `≥ ${fmtNum(bv)}${now.unit ? ` ${now.unit}` : ''}`,
            actual: withUnit(now),
            cells: e.fromData ? [ref(now)] : [ref(now), ref(before)],
            region,
            year,
          });
        }
      }
    }
  }
};

/**
 * A city against its districts when the workbook holds both (same year and period): for additive
 * figures (counts and amounts), Σ districts present ≤ city, and = city when every district is present
 * and the indicator is listed in `exact` (people and households live in exactly one district; spending
 * and institutions may sit at 市本级). Standards: the city's average = the person-weighted mean of the
 * districts' (`weights`: standard → persons), when every district is present (tolerance `rel`).
 */
const cityDistricts: Builtin = (c) => {
  const exact = new Set((c.rule.params?.exact as string[] | undefined) ?? []);
  const weights = (c.rule.params?.weights as unknown as Record<string, string> | undefined) ?? {};
  const rel = num(c, 'rel', 0.01);
  const mode = String(c.rule.params?.mode ?? 'additive'); // 'additive' | 'standards'
  const byKey = new Map<string, string>(); // region|year|period → group key
  for (const [gk, g] of c.idx.groups) byKey.set(`${g.region}|${g.year}|${g.period}`, gk);
  for (const [gk, g] of c.idx.groups) {
    const all = c.idx.resolver.children(g.region);
    if (all.length === 0) continue;
    const present = all.map((r) => ({ r, gk: byKey.get(`${r.name}|${g.year}|${g.period}`) })).filter((x) => x.gk) as { r: { name: string }; gk: string }[];
    if (present.length === 0) continue;
    const complete = present.length === all.length;
    const cityFigs = groupFigures(c, gk);
    const subFigs = present.map((p) => groupFigures(c, p.gk));
    for (const [k, bs] of cityFigs) {
      const b0 = bs[0];
      const ind = c.idx.indicator(b0.indicatorId);
      if (!ind) continue;
      const city = figOf(c, bs);
      if (!city) continue;
      const bd = b0.breakdown ?? '';
      if ((ind.kind === 'count' || ind.kind === 'amount') && mode === 'additive') {
        const parts = subFigs.map((m) => figOf(c, m.get(k))).filter((x): x is Fig => !!x);
        if (parts.length === 0) continue;
        let sv = 0;
        let sh = 0;
        for (const p of parts) {
          sv += (city.unit && p.unit ? convert(p.v, p.unit, city.unit) : null) ?? p.v;
          sh += (city.unit && p.unit ? convert(p.h, p.unit, city.unit) : null) ?? p.h;
        }
        const eq = complete && parts.length === all.length && exact.has(ind.id);
        const ok = compareLite(eq ? '==' : '>=', city.v, city.h, city.unit, sv, sh, city.unit);
        if (ok) {
          c.pass();
          continue;
        }
        const u = city.unit ? ` ${city.unit}` : '';
        c.finding({
          message: `${c.rule.message}:${g.region}${city.label} ${withUnit(city)} ${eq ? '≠' : '<'} ${parts.length} 个下辖地区之和 ${fmtNum(sv)}${u}${eq ? '' : complete ? '' : `(下辖 ${all.length} 个,表中 ${present.length} 个)`}`,
          expected: `${eq ? '=' : '≥'} ${fmtNum(sv)}${u}`,
          actual: withUnit(city),
          cells: [ref(city), ...parts.map(ref)],
          region: g.region,
          year: g.year,
        });
      } else if (ind.kind === 'standard' && complete && mode === 'standards') {
        const wk = weights[bd ? `${ind.id}@${bd}` : ind.id];
        if (!wk) continue;
        const [wInd, wBd = ''] = wk.split('@');
        let num = 0;
        let den = 0;
        const cells: CellRef[] = [];
        let missing = false;
        for (const m of subFigs) {
          const s = figOf(c, m.get(k));
          const w = figOf(c, m.get(`${wInd}|${wBd}|current`));
          if (!s || !w) {
            missing = true;
            break;
          }
          const sv = (city.unit && s.unit ? convert(s.v, s.unit, city.unit) : null) ?? s.v;
          num += sv * w.v;
          den += w.v;
          cells.push(ref(s), ref(w));
        }
        if (missing || den <= 0) {
          c.skip('下辖地区的标准或人数不全,无法计算加权平均');
          continue;
        }
        const mean = num / den;
        if (Math.abs(city.v - mean) <= rel * Math.max(city.v, mean) + city.h) {
          c.pass();
          continue;
        }
        const u = city.unit ? ` ${city.unit}` : '';
        c.finding({
          message: `${c.rule.message}:${g.region}${city.label} ${withUnit(city)} ≠ 下辖 ${all.length} 个地区按${c.idx.indicator(wInd)?.name ?? wInd}${wBd ? `(${wBd})` : ''}加权的平均 ${fmtNum(mean)}${u}`,
          expected: `≈ ${fmtNum(mean)}${u}`,
          actual: withUnit(city),
          cells: [ref(city), ...cells],
          region: g.region,
          year: g.year,
        });
      }
    }
  }
};

export const AUDIT_BUILTINS: Record<string, { run: Builtin; needsBindings: boolean }> = {
  ytd_monotone: { run: ytdMonotone, needsBindings: true },
  city_districts: { run: cityDistricts, needsBindings: true },
};
