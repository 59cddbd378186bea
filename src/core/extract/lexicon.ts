// Alias index over the catalogue: indicator aliases (with 城市/农村 variants), breakdown aliases,
// indicator families (siblings that share a subject: 特困人员 → 人数 / 资金) and unit compatibility.
import { BreakdownSet, Catalogue, IndicatorDef } from '../types';
import { compatible } from '../units';
import { normaliseChars } from './normalize';

// (1-6月发放低保金, 截至10月发放…: 月 ends a span or date there, not the word 月发放 of a monthly figure)
const MONTH = '月'.charCodeAt(0);
const MONTH_SPAN_BEFORE = /(个|\d{1,2}\s*[-—–~～至到]\s*\d{1,2}|截[至止]到?\s*(?:(?:19|20)\d{2}\s*年)?\s*\d{1,2})\s*$/;

export interface AliasEntry {
  text: string;
  ind: IndicatorDef;
  /** Breakdown implied by the alias itself (城市/农村 variants), '' otherwise. */
  breakdown: string;
}

export interface BdEntry {
  text: string;
  setId: string;
  value: string;
}

export interface Occ<T> {
  start: number;
  end: number;
  e: T;
}

/** Indicator definition with its optional extractor hints (family, parts: now part of IndicatorDef). */
export type IndicatorHints = IndicatorDef;

const URBAN_RURAL = 'urban_rural';
const NEW_WORDS = /新增|新建|新设|新组建|新开|新纳入/;

export class Lexicon {
  readonly byId = new Map<string, IndicatorDef>();
  readonly sets = new Map<string, BreakdownSet>();
  // by the first character, then the second (small-integer keys); aliasStart/bdStart flag the first characters
  private readonly aliasFirst = new Map<number, Map<number, AliasEntry[]>>();
  // each list of aliasFirst narrowed by the third character (城市… and 农村… head about 100 aliases each)
  private readonly aliasThird = new Map<AliasEntry[], { byThird: Map<number, AliasEntry[]>; two: AliasEntry[] }>();
  private readonly aliasStart = new Uint8Array(0x10000);
  private readonly bdStart = new Uint8Array(0x10000);
  private readonly bdFirst = new Map<string, BdEntry[]>();
  private readonly familyOf = new Map<string, string>();
  private readonly familyMembers = new Map<string, IndicatorDef[]>();
  private readonly compatCache = new Map<IndicatorDef, Map<string, boolean>>();
  private readonly aliasKeys = new Set<string>();

  constructor(readonly catalogue: Catalogue) {
    for (const s of catalogue.breakdowns) {
      this.sets.set(s.id, s);
      for (const v of s.values) {
        for (const t of new Set([v.id, ...v.aliases])) this.addBd({ text: normaliseChars(t), setId: s.id, value: v.id });
      }
    }
    for (const ind of catalogue.indicators) {
      this.byId.set(ind.id, ind);
      const fam = (ind as IndicatorHints).family;
      if (fam) {
        this.familyOf.set(ind.id, fam);
        const list = this.familyMembers.get(fam) ?? [];
        list.push(ind);
        this.familyMembers.set(fam, list);
      }
      for (const [text, bd] of Object.entries(ind.breakdownAliases ?? {})) this.addAlias({ text: normaliseChars(text), ind, breakdown: bd });
      const base = new Set([ind.name, ...ind.aliases].map(normaliseChars));
      for (const a of base) {
        this.addAlias({ text: a, ind, breakdown: '' });
        if (ind.breakdowns === URBAN_RURAL && !/^(城市|农村|城乡|城镇)/.test(a)) {
          const set = catalogue.breakdowns.find((b) => b.id === URBAN_RURAL);
          for (const v of set?.values ?? []) {
            for (const w of [v.id, ...v.aliases]) {
              this.addAlias({ text: w + a, ind, breakdown: v.id });
              const nm = /^(新增|新建)(.+)$/.exec(a);
              if (nm) this.addAlias({ text: nm[1] + w + nm[2], ind, breakdown: v.id });
            }
          }
          this.addAlias({ text: '城乡' + a, ind, breakdown: '' });
          const nm = /^(新增|新建)(.+)$/.exec(a);
          if (nm) this.addAlias({ text: nm[1] + '城乡' + nm[2], ind, breakdown: '' });
        }
      }
    }
    // short forms reports use: 城低保金/农低保金 (城市/农村 低保), 供养金 (特困供养)
    for (const ind of catalogue.indicators) {
      if (ind.breakdowns !== URBAN_RURAL) continue;
      for (const al of [ind.name, ...ind.aliases].map(normaliseChars)) {
        if (!/^低保/.test(al)) continue;
        this.addAlias({ text: '城' + al, ind, breakdown: '城市' });
        this.addAlias({ text: '农' + al, ind, breakdown: '农村' });
        // (乡城低保: both sides in reversed order, not the urban short form)
        this.addAlias({ text: '乡城' + al, ind, breakdown: '' });
      }
    }
    const tekunFunds = this.byId.get('tekun_funds');
    if (tekunFunds) this.addAlias({ text: '供养金', ind: tekunFunds, breakdown: '' });
    // 五保对象月保障标准 / 特困人员年供养标准: the 特困 standard named after its people (五保 is the rural side)
    const persons = this.byId.get('tekun_persons');
    const stds = ['tekun_std_urban', 'tekun_std_rural', 'tekun_std'].map((id) => this.byId.get(id));
    if (persons && stds.every(Boolean)) {
      const people: AliasEntry[] = [];
      for (const byNext of this.aliasFirst.values()) for (const list of byNext.values()) for (const e of list) if (e.ind === persons && /(人员|对象|户)$/.test(e.text)) people.push(e);
      for (const e of people) {
        const ind = e.breakdown === '城市' ? stds[0]! : e.breakdown === '农村' ? stds[1]! : stds[2]!;
        for (const tail of ['保障标准', '供养标准', '生活标准', '基本生活标准']) for (const per of ['', '月', '年']) this.addAlias({ text: e.text + per + tail, ind, breakdown: '' });
      }
      // (农村五保年供养标准 / 特困月基本生活标准: the period inside the standard's own name)
      for (const ind of stds) {
        for (const al of [ind!.name, ...ind!.aliases].map(normaliseChars)) {
          const m = /^(.*(?:五保|特困))(供养标准|保障标准|基本生活标准)$/.exec(al);
          if (m) for (const per of ['月', '年']) this.addAlias({ text: m[1] + per + m[2], ind: ind!, breakdown: '' });
        }
      }
    }
    for (const byNext of this.aliasFirst.values()) {
      for (const list of byNext.values()) {
        list.sort((x, y) => y.text.length - x.text.length);
        // (same order as the list: the entries that can match there, two-character ones last)
        const two = list.filter((e) => e.text.length === 2);
        const byThird = new Map<number, AliasEntry[]>();
        for (const c of new Set(list.filter((e) => e.text.length > 2).map((e) => e.text.charCodeAt(2)))) {
          byThird.set(c, list.filter((e) => e.text.length === 2 || e.text.charCodeAt(2) === c));
        }
        this.aliasThird.set(list, { byThird, two });
      }
    }
    for (const list of this.bdFirst.values()) list.sort((x, y) => y.text.length - x.text.length);
  }

  private addAlias(e: AliasEntry) {
    if (e.text.length < 2) return;
    const key = e.text + '|' + e.ind.id;
    if (this.aliasKeys.has(key)) return;
    this.aliasKeys.add(key);
    const c0 = e.text.charCodeAt(0);
    let byNext = this.aliasFirst.get(c0);
    if (!byNext) this.aliasFirst.set(c0, (byNext = new Map()));
    let list = byNext.get(e.text.charCodeAt(1));
    if (!list) byNext.set(e.text.charCodeAt(1), (list = []));
    list.push(e);
    this.aliasStart[c0] = 1;
  }

  private addBd(e: BdEntry) {
    const k = e.text[0];
    this.bdStart[e.text.charCodeAt(0)] = 1;
    const list = this.bdFirst.get(k) ?? [];
    list.push(e);
    this.bdFirst.set(k, list);
  }

  /** Every indicator alias occurrence in `s` (all lengths; callers filter). */
  aliases(s: string, from = 0, to = s.length): Occ<AliasEntry>[] {
    // a long string or the sentence being read is scanned once; windows of it are read from the scan
    if (s.length >= 48 || (s === this.sentence && s.length > 0)) {
      let hit: { s: string; occ: Occ<AliasEntry>[] } | undefined;
      for (let k = 0; k < this.recent.length && !hit; k++) if (this.recent[k].s.length === s.length && this.recent[k].s === s) hit = this.recent[k];
      if (!hit) {
        hit = { s, occ: this.scanAliases(s, 0, s.length) };
        this.recent.unshift(hit);
        if (this.recent.length > 4) this.recent.pop();
      }
      const all = hit.occ;
      let lo = 0;
      let hi = all.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (all[mid].start < from) lo = mid + 1;
        else hi = mid;
      }
      const out: Occ<AliasEntry>[] = [];
      for (let k = lo; k < all.length && all[k].start < to; k++) if (all[k].end <= to) out.push(all[k]);
      return out;
    }
    return this.scanAliases(s, from, to);
  }

  /** Forgets the scans of the previous sentence (called per sentence by the extractor, with the sentence). */
  newSentence(sentence = '') {
    this.recent = []; // (a new array: setting length is a runtime call)
    this.sentence = sentence;
  }

  private sentence = '';

  /** the last few long strings scanned (the sentence, and windows of it) */
  private recent: { s: string; occ: Occ<AliasEntry>[] }[] = [];

  private scanAliases(s: string, from: number, to: number): Occ<AliasEntry>[] {
    const out: Occ<AliasEntry>[] = [];
    for (let i = from; i + 1 < to; i++) {
      const c0 = s.charCodeAt(i);
      if (!this.aliasStart[c0]) continue;
      const all = this.aliasFirst.get(c0)!.get(s.charCodeAt(i + 1));
      if (!all) continue;
      const third = this.aliasThird.get(all)!;
      const list = third.byThird.get(s.charCodeAt(i + 2)) ?? third.two;
      for (let k = 0; k < list.length; k++) {
        const e = list[k];
        if (i + e.text.length <= to && s.startsWith(e.text, i) && !(e.text.charCodeAt(0) === MONTH && MONTH_SPAN_BEFORE.test(s.slice(Math.max(0, i - 16), i)))
          // (临时救助困难群众A人: the 救助… of all assistance read inside 临时救助 is the temporary one's)
          && !(c0 === JIU && i >= 2 && e.ind.family === 'assist' && s.charCodeAt(i - 1) === SHI && s.charCodeAt(i - 2) === LIN)
          // (分类施保,其中a类特困、b类较困…: a class of 低保 households named 特困, not 特困人员)
          && !(e.ind.id.startsWith('tekun_') && i >= 2 && s.charCodeAt(i - 1) === LEI && CLASS_MARK.test(s[i - 2]))) out.push({ start: i, end: i + e.text.length, e });
      }
    }
    return out;
  }

  /** Breakdown alias occurrences in `s[from, to)`, optionally of one set; longest-first, non-overlapping. */
  breakdowns(s: string, from = 0, to = s.length, setId?: string): Occ<BdEntry>[] {
    const all: Occ<BdEntry>[] = [];
    for (let i = from; i < to; i++) {
      if (!this.bdStart[s.charCodeAt(i)]) continue;
      const list = this.bdFirst.get(s[i]);
      if (!list) continue;
      for (let k = 0; k < list.length; k++) {
        const e = list[k];
        if (setId && e.setId !== setId) continue;
        if (i + e.text.length <= to && s.startsWith(e.text, i)) all.push({ start: i, end: i + e.text.length, e });
      }
    }
    return dropContained(all);
  }

  family(id: string): string | undefined {
    return this.familyOf.get(id);
  }

  /** Members of the indicator's family whose unit fits `unit` (preferred order: as listed). */
  siblings(ind: IndicatorDef, unit: string): IndicatorDef[] {
    const fam = this.familyOf.get(ind.id);
    if (!fam) return [];
    return (this.familyMembers.get(fam) ?? []).filter((x) => x.id !== ind.id && this.fits(x, unit));
  }

  familyMembersOf(fam: string): IndicatorDef[] {
    return this.familyMembers.get(fam) ?? [];
  }

  /** Whether a value stated in `unit` can be a value of `ind`. */
  fits(ind: IndicatorDef, unit: string): boolean {
    let byUnit = this.compatCache.get(ind);
    if (!byUnit) this.compatCache.set(ind, (byUnit = new Map()));
    let r = byUnit.get(unit);
    if (r === undefined) {
      r = compatible(unit, ind.unit) || (unit === '元' && ind.kind === 'standard') || unit === ind.unit || casesOfDeceased(ind, unit);
      byUnit.set(unit, r);
    }
    return r;
  }

  /** True when `part` is declared a part of `whole` (其中… lines). */
  isPart(whole: IndicatorDef, part: IndicatorDef): boolean {
    return !!(whole as IndicatorHints).parts?.includes(part.id);
  }

  isNewIndicator(ind: IndicatorDef): boolean {
    return NEW_WORDS.test(ind.name) || ind.aliases.every((a) => NEW_WORDS.test(a));
  }
}

/** 殡葬减免690例, 火化遗体8027例: a funeral case is one deceased person, counted as a person (or a body, 具). */
export function casesOfDeceased(ind: IndicatorDef, unit: string): boolean {
  return unit === '例' && (ind.unit === '人' || ind.unit === '具') && ind.category === '殡葬';
}

/** Removes occurrences contained in a longer one (order kept; O(k log k)). */
export function dropContained<T>(occ: Occ<T>[]): Occ<T>[] {
  if (occ.length < 2) return occ.slice();
  // by start, longest first: an occurrence is contained when an earlier-starting one reaches its end, or
  // a longer one with the same start exists
  // (scans come in that order already: then the stable sort would keep it)
  let sorted = true;
  for (let i = 1; i < occ.length && sorted; i++) sorted = occ[i - 1].start < occ[i].start || (occ[i - 1].start === occ[i].start && occ[i - 1].end >= occ[i].end);
  const order = sorted ? occ.map((_, i) => i) : occ.map((_, i) => i).sort((x, y) => occ[x].start - occ[y].start || occ[y].end - occ[x].end);
  const drop = new Uint8Array(occ.length);
  let maxEndBefore = -1; // over occurrences that start strictly earlier
  let k = 0;
  while (k < order.length) {
    const start = occ[order[k]].start;
    const groupMax = occ[order[k]].end;
    let j = k;
    for (; j < order.length && occ[order[j]].start === start; j++) {
      const o = occ[order[j]];
      if (maxEndBefore >= o.end || groupMax > o.end) drop[order[j]] = 1;
    }
    maxEndBefore = Math.max(maxEndBefore, groupMax);
    k = j;
  }
  return occ.filter((_, i) => !drop[i]);
}

const JIU = '救'.charCodeAt(0);
const LIN = '临'.charCodeAt(0);
const SHI = '时'.charCodeAt(0);
const LEI = '类'.charCodeAt(0);
const CLASS_MARK = /[A-Za-zＡ-Ｚａ-ｚ甲乙丙丁一二三四五]/;

const cache = new WeakMap<Catalogue, Lexicon>();
export function lexiconFor(cat: Catalogue): Lexicon {
  let l = cache.get(cat);
  if (!l) {
    l = new Lexicon(cat);
    cache.set(cat, l);
  }
  return l;
}
