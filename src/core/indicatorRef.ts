// Indicator references: what an "indicator" argument may be besides a plain name or alias —
//   an official row code (JZH011212110 → 低保资金 @ 城市, looked up in the form versions),
//   a name with a breakdown inside it (机构养育孤儿 → 孤儿基本生活费标准 @ 机构养育),
//   a wording with an implied breakdown (城市低保金 → 低保金发放额 @ 城市, catalogue breakdownAliases),
//   a name preceded by an area group (五区城市低保 → 城市低保标准 @ 五区; standards only).
// Also the area-group part of breakdowns (五区, 五区·自理). Pure; used by the Resolver.
import { BREAKDOWN_SEP, Catalogue, IndicatorDef } from './types';
import { normaliseKey, normaliseText } from './text';
import { buildCodeIndex, CODE_RE, CodeHit } from './forms';
import areaGroupsJson from './catalogue/areaGroups.json';

export type RefError = { ok: false; code: 'NA' | 'VALUE'; message: string };

export interface IndicatorRef {
  ok: true;
  indicator: IndicatorDef;
  /** The breakdown the reference implies ('' = none). */
  breakdown: string;
  via: 'name' | 'code' | 'implied' | 'composite';
  /** For a code: the form row(s) it was found on. */
  hits?: CodeHit[];
}

const AREA_WORDS = new Set(areaGroupsJson.words.map((w) => normaliseKey(w)));
const AREA_PATTERNS = areaGroupsJson.patterns.map((p) => new RegExp(p));
const LIST_SPLIT = /[、,,及和与]/;
const CJK_ITEM = /^[\u4e00-\u9fff]{1,8}$/;
const NUMERALS = '零一二三四五六七八九十';

/** Splits a composite breakdown (五区·自理) into its area group and its set value. */
export function splitBreakdown(bd: string): { group: string; value: string } {
  const i = bd.indexOf(BREAKDOWN_SEP);
  return i < 0 ? { group: '', value: bd } : { group: bd.slice(0, i), value: bd.slice(i + 1) };
}

export function joinBreakdown(group: string, value: string): string {
  return group && value ? group + BREAKDOWN_SEP + value : group || value;
}

/** Year as a number from a raw argument, leniently (2022, "2022", "2022年"); undefined otherwise. */
function yearOf(x: unknown): number | undefined {
  if (typeof x === 'number' && Number.isInteger(x)) return x;
  if (typeof x === 'string') {
    const m = /^\s*(\d{4})/.exec(normaliseText(x));
    if (m) return Number(m[1]);
  }
  return undefined;
}

function years(h: CodeHit): string {
  return h.validTo === null ? `${h.validFrom}年起` : h.validFrom === h.validTo ? `${h.validFrom}年` : `${h.validFrom}–${h.validTo}年`;
}

export class IndicatorRefs {
  private codeIdx: Map<string, CodeHit[]> | undefined;
  private readonly implied = new Map<string, { ind: IndicatorDef; breakdown: string }>();
  /** normalised breakdown wording → set id → canonical value */
  private readonly bdWords = new Map<string, Map<string, string>>();
  private readonly byId: Map<string, IndicatorDef>;
  private readonly cache = new Map<string, IndicatorRef | RefError>();

  constructor(
    private readonly catalogue: Catalogue,
    byId: Map<string, IndicatorDef>,
    /** plain lookup: id, name or alias (normalised key) → indicator */
    private readonly plain: (key: string) => IndicatorDef | undefined,
  ) {
    this.byId = byId;
    for (const ind of catalogue.indicators) {
      for (const [text, bd] of Object.entries(ind.breakdownAliases ?? {})) {
        const k = normaliseKey(text);
        if (!this.implied.has(k)) this.implied.set(k, { ind, breakdown: bd });
      }
    }
    for (const set of catalogue.breakdowns) {
      for (const v of set.values) {
        for (const w of [v.id, ...v.aliases]) {
          const k = normaliseKey(w);
          let m = this.bdWords.get(k);
          if (!m) this.bdWords.set(k, (m = new Map()));
          if (!m.has(set.id)) m.set(set.id, v.id);
        }
      }
    }
  }

  /** code → rows, built on the first code lookup. */
  private get codes(): Map<string, CodeHit[]> {
    return (this.codeIdx ??= buildCodeIndex(this.catalogue.forms ?? []));
  }

  /** Rows printing this code, across the bundled form versions. */
  codeHits(code: string): CodeHit[] {
    return this.codes.get(code.toUpperCase()) ?? [];
  }

  /**
   * Resolves an indicator reference. `yearHint` (the query's year, raw) picks the version when a
   * code means different rows in different versions. Undefined: not a reference this module knows
   * (the caller reports the unknown name).
   */
  resolve(text: string, yearHint?: unknown): IndicatorRef | RefError | undefined {
    const key = normaliseKey(text);
    const code = key.toUpperCase();
    if (CODE_RE.test(code)) return this.code(code, yearOf(yearHint));
    const hit = this.cache.get(key);
    if (hit) return hit;
    const res = this.uncached(key);
    if (res && this.cache.size < 20000) this.cache.set(key, res);
    return res;
  }

  private uncached(key: string): IndicatorRef | undefined {
    const tries = [key];
    if (!key.endsWith('标准')) tries.push(key + '标准');
    for (const k of tries) {
      const r = this.direct(k);
      if (r) return r;
    }
    // a trailing bracket: a unit (城市低保标准(元/人·月)) or a breakdown (孤儿基本生活费标准(机构养育))
    const m = /^(.+?)\(([^()]*)\)$/.exec(key);
    if (m) {
      const base = this.uncached(m[1]);
      if (base) {
        if (!m[2]) return base;
        const bd = this.valueOf(base.indicator, m[2]) ?? (base.indicator.kind === 'standard' ? this.areaGroup(m[2]) : null);
        if (bd && !base.breakdown) return { ...base, breakdown: bd, via: 'composite' };
        return base; // a unit or anything else in brackets: ignored, as before
      }
    }
    for (const k of tries) {
      const r = this.composite(k);
      if (r) return r;
    }
    return undefined;
  }

  private direct(key: string): IndicatorRef | undefined {
    const ind = this.plain(key);
    if (ind) return { ok: true, indicator: ind, breakdown: '', via: 'name' };
    const imp = this.implied.get(key);
    if (imp) return { ok: true, indicator: imp.ind, breakdown: imp.breakdown, via: 'implied' };
    return undefined;
  }

  /** A breakdown wording anywhere in the name, the rest naming an indicator of that breakdown set. */
  private composite(key: string): IndicatorRef | undefined {
    let best: { ref: IndicatorRef; len: number; start: number } | undefined;
    const n = key.length;
    for (let i = 0; i < n; i++) {
      for (let j = n; j > i; j--) {
        const sets = this.bdWords.get(key.slice(i, j));
        if (!sets) continue;
        const rest = key.slice(0, i) + key.slice(j);
        if (!rest) continue;
        const base = this.direct(rest);
        if (!base || base.breakdown) continue;
        const value = this.valueIn(base.indicator, sets);
        if (value === undefined) continue;
        const len = j - i;
        if (!best || len > best.len || (len === best.len && i < best.start)) {
          best = { ref: { ok: true, indicator: base.indicator, breakdown: value, via: 'composite' }, len, start: i };
        }
      }
    }
    if (best) return best.ref;
    // an area group in front of a standard: 五区城市低保
    for (let i = Math.min(n - 2, 16); i >= 2; i--) {
      const group = this.areaGroup(key.slice(0, i));
      if (!group) continue;
      const base = this.direct(key.slice(i)) ?? this.direct(key.slice(i) + '标准');
      if (base && base.indicator.kind === 'standard') {
        return { ok: true, indicator: base.indicator, breakdown: joinBreakdown(group, base.breakdown), via: 'composite' };
      }
    }
    return undefined;
  }

  private valueOf(ind: IndicatorDef, text: string): string | undefined {
    const sets = this.bdWords.get(normaliseKey(text));
    return sets ? this.valueIn(ind, sets) : undefined;
  }

  /** The value of a wording (set id → value) in the indicator's own sets, primary first. */
  private valueIn(ind: IndicatorDef, sets: Map<string, string>): string | undefined {
    for (const id of [ind.breakdowns, ...(ind.extraBreakdowns ?? [])]) {
      const v = id ? sets.get(id) : undefined;
      if (v !== undefined) return v;
    }
    return undefined;
  }

  private code(code: string, year: number | undefined): IndicatorRef | RefError {
    const hits = this.codes.get(code);
    if (!hits || !hits.length) {
      return {
        ok: false,
        code: 'NA',
        message: `代码“${code}”不在已收录的报表版本中。只收录公开报表上印出的代码;未核实代码的行请用指标名称`,
      };
    }
    const valued = hits.filter((h) => h.indicator);
    if (!valued.length) {
      const h = hits[0];
      return { ok: false, code: 'VALUE', message: `代码“${code}”是标题行“${h.row.num}${h.row.label}”(${h.version}),没有数值` };
    }
    const meanings = new Map<string, CodeHit[]>();
    for (const h of valued) {
      const k = h.indicator + '|' + h.breakdown;
      meanings.set(k, [...(meanings.get(k) ?? []), h]);
    }
    let chosen: CodeHit[] | undefined;
    if (meanings.size === 1) chosen = valued;
    else if (year !== undefined) {
      const inForce = valued.filter((h) => h.validFrom <= year && (h.validTo === null || year <= h.validTo));
      const ks = new Set(inForce.map((h) => h.indicator + '|' + h.breakdown));
      if (ks.size === 1) chosen = inForce;
    }
    if (!chosen) {
      const list = [...meanings.values()].map((hs) => `${hs.map(years).join('、')}为“${hs[0].row.label}”`).join(',');
      return {
        ok: false,
        code: 'VALUE',
        message: `代码“${code}”在不同版本的报表中含义不同:${list}` + (year === undefined ? ';请给出年份' : `;${year} 年没有印此代码的报表版本`),
      };
    }
    const ind = this.byId.get(chosen[0].indicator)!;
    return { ok: true, indicator: ind, breakdown: chosen[0].breakdown, via: 'code', hits: chosen };
  }

  /** Canonical area group of a text (五区, 五区(市中、槐荫…) → 五区, a list of places), or null. */
  areaGroup(text: string): string | null {
    let s = normaliseText(text).replace(/\s/g, '');
    if (!s) return null;
    const m = /^(.+?)\(([^()]*)\)$/.exec(s);
    if (m && this.areaGroup(m[1])) s = m[1];
    s = s.replace(new RegExp(`^([${NUMERALS}两0-9]{1,3})个(区|县|市|旗)`), '$1$2');
    const k = normaliseKey(s);
    if (AREA_WORDS.has(k) || AREA_PATTERNS.some((p) => p.test(s))) return s;
    const items = s.split(LIST_SPLIT).filter((x) => x);
    if (items.length >= 2 && items.every((x) => CJK_ITEM.test(x) && !this.bdWords.has(normaliseKey(x)))) return items.join('、');
    return null;
  }

  /**
   * A breakdown argument for a standard that is (or contains) an area group: 五区, 三县, 五区·自理,
   * 自理·五区. Returns the canonical composite or null (not an area-group breakdown).
   */
  areaBreakdown(ind: IndicatorDef, text: string): string | null {
    if (ind.kind !== 'standard') return null;
    const parts = normaliseText(text).split(/[·|]/).map((p) => p.trim()).filter((p) => p);
    if (parts.length === 0 || parts.length > 2) return null;
    let group = '';
    let value = '';
    for (const p of parts) {
      const v = this.valueOf(ind, p);
      if (v !== undefined && !value) {
        value = v;
        continue;
      }
      const g = this.areaGroup(p);
      if (g && !group) group = g;
      else return null;
    }
    return group ? joinBreakdown(group, value) : null;
  }
}
