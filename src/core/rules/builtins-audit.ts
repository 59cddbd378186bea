// Audit checks across groups (periods, regions) that one rule expression cannot see: a group is one
// region's figures of one year and period. Registered in BUILTINS (builtins.ts). Pure.
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
  /** the binding entry; -1 for a dataset figure */
  i: number;
  v: number;
  h: number;
  unit: string | null;
  label: string;
}

/** The figure typed in (not a formula copy on another sheet) from a figure's first entry; null when empty. */
function figOf(c: BuiltinCtx, i0: number): Fig | null {
  if (i0 < 0) return null;
  const idx = c.idx;
  const pick = idx.typedIn(i0);
  if (!idx.exists(pick) || !idx.has(pick)) return null;
  return { i: pick, v: idx.val[pick], h: idx.h[pick], unit: idx.unit(pick), label: idx.label(pick) };
}

const ref = (c: BuiltinCtx, f: Fig): CellRef => ({ sheet: c.idx.sheetOf(f.i), address: c.idx.address(f.i), label: f.label, value: f.v, unit: f.unit ?? undefined });
const withUnit = (f: Fig): string => `${fmtNum(f.v)}${f.unit ? ` ${f.unit}` : ''}`;

/** The first entries of group g's current figures, in order. */
function currentHeads(c: BuiltinCtx, g: number): number[] {
  const idx = c.idx;
  const out: number[] = [];
  for (let k = idx.groupFigStart[g]; k < idx.groupFigStart[g + 1]; k++) {
    const i = idx.figureHeads[k];
    if (idx.figCol[idx.bFig[i]] === 0) out.push(i);
  }
  return out;
}

/** the quarter ends of a year-to-date the dataset may hold (1-3月, 上半年, 1-9月), built once */
const quarterEnds = [3, 6, 9].map((end) => ({ end, label: periodLabel({ start: 1, end }) }));

/**
 * Year-to-date flows never fall within a year: for each region and year, every pair of periods starting in
 * January (1-3月, 上半年, 1-9月, 全年 …) held by the workbook, or one held by the workbook and an earlier one
 * in the dataset, gives later ≥ earlier for every flow figure (spending, 人次, registrations, cremations).
 */

const ytdMonotone: Builtin = (c) => {
  const idx = c.idx;
  // the listed groups of a period starting in January, by region and year (numeric key), in order
  const byRegionYear = new Map<number | string, { g: number; period: string; end: number }[]>();
  const spans = new Map<string, ReturnType<typeof spanOf>>();
  const span = (p: string) => {
    let sp = spans.get(p);
    if (sp === undefined) spans.set(p, (sp = spanOf(p)));
    return sp;
  };
  for (const g of idx.listed) {
    const gi = idx.groupInfo[g];
    const sp = span(gi.period);
    if (!sp || sp.start !== 1) continue;
    const k = Number.isInteger(gi.year) && gi.year >= 0 && gi.year < 10000 ? gi.rid * 10000 + gi.year : `${gi.rid}|${gi.year}`;
    let l = byRegionYear.get(k);
    if (!l) byRegionYear.set(k, (l = []));
    l.push({ g, period: gi.period, end: sp.end });
  }
  // per figure: whether it is a flow count or amount (the figures this check reads)
  const flowFig = new Int8Array(idx.figInd.length).fill(-1);
  const isFlow = (f: number): boolean => {
    if (flowFig[f] < 0) {
      const ind = idx.indicator(idx.figInd[f]);
      flowFig[f] = ind && ind.flow === 'flow' && (ind.kind === 'count' || ind.kind === 'amount') ? 1 : 0;
    }
    return flowFig[f] === 1;
  };
  for (const list of byRegionYear.values()) {
    const { region, year } = idx.groupInfo[list[0].g];
    if (list.length > 1) list.sort((a, b) => a.end - b.end);
    for (let i = 0; i < list.length; i++) {
      const later = list[i];
      // the earlier periods: in the workbook, else the dataset's quarter ends (when it has any part of the year)
      const fromData = i === 0;
      if (fromData && (!c.engine || (c.engine.hasPartYear && !c.engine.hasPartYear(region, year)))) continue;
      const g0 = idx.groupFigStart[later.g];
      const g1 = idx.groupFigStart[later.g + 1];
      let anyFlow = false;
      for (let k = g0; k < g1 && !anyFlow; k++) {
        const f = idx.bFig[idx.figureHeads[k]];
        anyFlow = idx.figCol[f] === 0 && isFlow(f);
      }
      if (!anyFlow) continue;
      for (let k = g0; k < g1; k++) {
        const h = idx.figureHeads[k];
        const f = idx.bFig[h];
        if (idx.figCol[f] !== 0 || !isFlow(f)) continue;
        const now = figOf(c, h);
        if (!now) continue;
        const nE = fromData ? quarterEnds.length : i;
        for (let e = 0; e < nE; e++) {
          let before: Fig | null;
          let period: string;
          if (fromData) {
            const q = quarterEnds[e];
            if (q.end >= later.end) break;
            period = q.label;
            const ind = idx.figInd[f];
            const bd = idx.figBd[f];
            const rec = c.engine!.find(region, ind, year, bd, q.label);
            before = !rec || ((rec.period ? span(rec.period) : spanOf(rec.period))?.end ?? 12) !== q.end ? null : { i: -1, v: rec.value, h: 0, unit: rec.unit, label: `${idx.indicator(ind)?.name ?? ind}${bd ? `(${bd})` : ''}` };
          } else {
            period = list[e].period;
            before = figOf(c, idx.head(list[e].g, f));
          }
          if (!before) continue;
          if (compareLite('>=', now.v, now.h, now.unit, before.v, before.h, before.unit)) {
            c.pass();
            continue;
          }
          const bv = now.unit && before.unit ? convert(before.v, before.unit, now.unit) ?? before.v : before.v;
          c.finding({
            message: `${c.rule.message}:${now.label} ${later.period} ${withUnit(now)} < ${period} ${fmtNum(bv)}${now.unit ? ` ${now.unit}` : ''}${fromData ? '(数据集)' : `(${idx.sheetOf(before.i)}!${idx.address(before.i)})`}`,
            expected: `≥ ${fmtNum(bv)}${now.unit ? ` ${now.unit}` : ''}`,
            actual: withUnit(now),
            cells: fromData ? [ref(c, now)] : [ref(c, now), ref(c, before)],
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
  const idx = c.idx;
  const exact = new Set((c.rule.params?.exact as string[] | undefined) ?? []);
  const weights = (c.rule.params?.weights as unknown as Record<string, string> | undefined) ?? {};
  const rel = num(c, 'rel', 0.01);
  const mode = String(c.rule.params?.mode ?? 'additive'); // 'additive' | 'standards'
  for (const g of idx.listed) {
    const gi = idx.groupInfo[g];
    const all = idx.resolver.children(gi.region);
    if (all.length === 0) continue;
    const present: number[] = [];
    for (const r of all) {
      const cg = idx.group(r.name, gi.year, gi.period);
      if (cg >= 0 && idx.isListed[cg]) present.push(cg);
    }
    if (present.length === 0) continue;
    const complete = present.length === all.length;
    for (const h of currentHeads(c, g)) {
      const f = idx.bFig[h];
      const ind = idx.indicator(idx.figInd[f]);
      if (!ind) continue;
      const city = figOf(c, h);
      if (!city) continue;
      const bd = idx.figBd[f];
      if ((ind.kind === 'count' || ind.kind === 'amount') && mode === 'additive') {
        const parts = present.map((cg) => figOf(c, idx.head(cg, f))).filter((x): x is Fig => !!x);
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
          message: `${c.rule.message}:${gi.region}${city.label} ${withUnit(city)} ${eq ? '≠' : '<'} ${parts.length} 个下辖地区之和 ${fmtNum(sv)}${u}${eq ? '' : complete ? '' : `(下辖 ${all.length} 个,表中 ${present.length} 个)`}`,
          expected: `${eq ? '=' : '≥'} ${fmtNum(sv)}${u}`,
          actual: withUnit(city),
          cells: [ref(c, city), ...parts.map((p) => ref(c, p))],
          region: gi.region,
          year: gi.year,
        });
      } else if (ind.kind === 'standard' && complete && mode === 'standards') {
        const wk = weights[bd ? `${ind.id}@${bd}` : ind.id];
        if (!wk) continue;
        const [wInd, wBd = ''] = wk.split('@');
        const wf = idx.fig(wInd, wBd, 'current');
        let num = 0;
        let den = 0;
        const cells: CellRef[] = [];
        let missing = false;
        for (const cg of present) {
          const s = figOf(c, idx.head(cg, f));
          const w = figOf(c, idx.head(cg, wf));
          if (!s || !w) {
            missing = true;
            break;
          }
          const sv = (city.unit && s.unit ? convert(s.v, s.unit, city.unit) : null) ?? s.v;
          num += sv * w.v;
          den += w.v;
          cells.push(ref(c, s), ref(c, w));
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
          message: `${c.rule.message}:${gi.region}${city.label} ${withUnit(city)} ≠ 下辖 ${all.length} 个地区按${idx.indicator(wInd)?.name ?? wInd}${wBd ? `(${wBd})` : ''}加权的平均 ${fmtNum(mean)}${u}`,
          expected: `≈ ${fmtNum(mean)}${u}`,
          actual: withUnit(city),
          cells: [ref(c, city), ...cells],
          region: gi.region,
          year: gi.year,
        });
      }
    }
  }
};

export const AUDIT_BUILTINS: Record<string, { run: Builtin; needsBindings: boolean }> = {
  ytd_monotone: { run: ytdMonotone, needsBindings: true },
  city_districts: { run: cityDistricts, needsBindings: true },
};
