// Table rows → indicator records and reviewable candidates. A row's meaning comes from its label
// read with its headings (under 城市最低生活保障, 最低生活保障人数 is 城市低保人数), or from its official
// code through a pluggable code index; only the report period's column becomes a record, and only
// when the label, the unit and the period are all certain. Everything else is a candidate with the
// reason. New catalogue indicators and aliases need no change here.
import { Catalogue, DataRecord, IndicatorDef, RegionLevel } from '../types';
import { compatible, parseUnit } from '../units';
import { Candidate, CandidateReason, heldCell } from './candidates';
import { Lexicon } from './lexicon';
import { normaliseChars } from './normalize';
import { Column, TableRegion, TableRow, ValueCell, labelParts } from './table';
import { areaWordElsewhere, tableContext } from './tableContext';
import { DELETABLE, FILLERS, TOTAL_LABELS, UNIT_SUFFIX } from './tableVocab';

const YTD_TITLE = /(?<![\d.])(?:1|一)\s*[-—~至到]\s*(?:\d{1,2}|十[一二]?|[二三四五六七八九])\s*月|前三季度|上半年/;

/** What an official row code (JZH011310000, YZH012410000) stands for. */
export interface CodeHit {
  indicatorId: string;
  breakdown: string;
}

/**
 * Looks up an official code. `table` tells the form's year and title so that a versioned index can
 * pick the right form version (a code identifies a row within one version only).
 */
export type CodeIndex = (code: string, table?: { year?: number; title?: string }) => CodeHit | undefined;

export interface TableReadOptions {
  lex: Lexicon;
  catalogue: Catalogue;
  source: string;
  /** Values the caller states (explicit); the table's own title wins over period and year. */
  region?: string;
  year?: number;
  period?: string;
  /** Fallbacks inferred from the whole text. */
  inferredRegion?: string;
  inferredYear?: number;
  codeIndex?: CodeIndex;
}

export interface TableReadResult {
  records: DataRecord[];
  candidates: Candidate[];
  notes: string[];
}

interface Resolution {
  ind: IndicatorDef;
  breakdown: string;
  basis: string; // zh: how the row was understood
  /** Understood only through the table's title (a 合计 row): a suggestion, never a record. */
  fromTitle?: boolean;
  /** …unless the title names one indicator by its exact name and the column's title resolves with it (see titleSure). */
  titleSure?: boolean;
  /** zh: why the breakdown is in doubt (a heading names 城市 but the row is about something else). */
  doubtful?: string;
}

export interface Match {
  ind: IndicatorDef;
  breakdown: string;
  len: number;
  sibling: boolean;
}

const URBAN_RURAL = 'urban_rural';
/** Matches labels whatever the unit (to name the indicator of a row whose unit does not fit). */
const ANY_UNIT = '\u0000any';
const TOTAL_WORDS = /城乡|合计|总计|小计|全部/;
const SUBJECT_SUFFIX = /(补助资金|保障资金|资金|经费|支出|金额|人数|户数|人次|对象|保障标准|标准|数量|数|金)$/;

/** A record read from a table cell (qualifier exact, quoted with its row). */
export function tableRecord(region: string, year: number, period: string, ind: IndicatorDef, breakdown: string, value: number, unit: string, source: string, offset: number, quote: string): DataRecord {
  return { region, year, period, indicatorId: ind.id, indicator: ind.name, breakdown, value, unit, qualifier: 'exact', source, offset, quote };
}

/** Files `rec` under its key unless one is there already; a different value there is a conflict. True when filed. */
export function fileOnce(seen: Map<string, DataRecord>, rec: DataRecord, conflict: (prev: DataRecord) => void): boolean {
  const key = [rec.region, rec.year, rec.period, rec.indicatorId, rec.breakdown].join('|');
  const prev = seen.get(key);
  if (prev) {
    if (prev.value !== rec.value || prev.unit !== rec.unit) conflict(prev);
    return false;
  }
  seen.set(key, rec);
  return true;
}

// ---------------------------------------------------------------- periods (labels as in period.ts)

export function spanLabel(start: number, end: number): string {
  if (start === 1 && end === 12) return '全年';
  if (start === 1 && end === 6) return '上半年';
  if (start === 7 && end === 12) return '下半年';
  if (end - start === 2 && start % 3 === 1) return `Q${(start + 2) / 3}`;
  if (start === end) return `${start}月`;
  return `${start}-${end}月`;
}

const CN_NUM: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 };

/** Last month of a period label as the caller gives it (全年, 上半年, Q3, 1-9月, 9月, 2021-09…); undefined when unknown. */
export function endMonthOf(p: string | undefined): number | undefined {
  if (!p) return undefined;
  const s = normaliseChars(p).replace(/\s/g, '').toUpperCase();
  if (/^(全年|全年度|年度|本年|下半年|H2|年末|年底|四季度|第四季度|Q4)$/.test(s)) return 12;
  if (/^(上半年|H1|二季度|第二季度|Q2)$/.test(s)) return 6;
  if (/^(前三季度|三季度|第三季度|Q3)$/.test(s)) return 9;
  if (/^(一季度|第一季度|Q1)$/.test(s)) return 3;
  let m = /^(?:\d{4}[-/.年])?(\d{1,2})月?(?:份|底|末)?$/.exec(s) ?? /-(\d{1,2})月(?:份|底|末)?$/.exec(s);
  if (m) {
    const n = Number(m[1]);
    return n >= 1 && n <= 12 ? n : undefined;
  }
  m = /^(?:截至|截止)?(十[一二]?|[一二三四五六七八九])月(?:份|底|末)?$/.exec(s);
  return m ? CN_NUM[m[1]] : undefined;
}

// ---------------------------------------------------------------- label matching

/** True when `seg` is made only of filler words (数, 合计, 累计, 的 …) and the measure words the unit allows. */
function fillerOnly(seg: string, extra: string[]): boolean {
  const words = extra.length ? [...extra, ...FILLERS] : FILLERS;
  const ok: boolean[] = new Array(seg.length + 1).fill(false);
  ok[0] = true;
  for (let i = 0; i < seg.length; i++) {
    if (!ok[i]) continue;
    for (const w of words) if (seg.startsWith(w, i)) ok[i + w.length] = true;
  }
  return ok[seg.length];
}

function measureWords(unit: string): string[] {
  if (unit.startsWith(ANY_UNIT)) return measureWords(unit.slice(ANY_UNIT.length));
  const p = parseUnit(unit);
  if (!p) return [];
  if (p.dim === 'money') return ['支出', '资金', '经费'];
  if (p.dim === 'count:人') return ['人数'];
  if (p.dim === 'count:户') return ['户数'];
  if (p.dim === 'count:人次') return ['人次'];
  if (p.dim === 'count:对') return ['对数'];
  if (p.dim === 'count:张') return ['床位数'];
  return [];
}

const DELETABLE_RE = new RegExp(DELETABLE.join('|'), 'g');
const deleteWords = (s: string) => s.replace(DELETABLE_RE, '');

/** matchLabel results per lexicon (tables repeat headings and labels). */
const matchCache = new WeakMap<Lexicon, Map<string, Map<string, Match[]>>>();
function matchLabelCached(lex: Lexicon, s: string, unit: string): Match[] {
  let byUnit = matchCache.get(lex);
  if (!byUnit) matchCache.set(lex, (byUnit = new Map()));
  let m = byUnit.get(unit);
  if (!m) byUnit.set(unit, (m = new Map()));
  let hit = m.get(s);
  if (!hit) {
    if (m.size > 20000) m.clear();
    hit = matchLabel(lex, s, unit);
    m.set(s, hit);
  }
  return hit;
}

/** Indicators whose alias, breakdown words and fillers cover `s` entirely (strict: no stray words). */
function matchLabel(lex: Lexicon, s: string, unit: string): Match[] {
  const out: Match[] = [];
  if (!s) return out;
  const extra = measureWords(unit);
  for (const o of lex.aliases(s)) {
    const inds: { ind: IndicatorDef; sibling: boolean }[] = [];
    if (unit.startsWith(ANY_UNIT)) {
      // another count word than the indicator's (结婚登记 in 件 instead of 对)
      const printed = parseUnit(unit.slice(ANY_UNIT.length));
      const own = parseUnit(o.e.ind.unit);
      if (printed && own && printed.dim.startsWith('count:') && own.dim.startsWith('count:')) inds.push({ ind: o.e.ind, sibling: false });
    } else if (!unit) {
      // no unit printed: the alias's own indicator, or a count of its family (孤儿 → 孤儿人数)
      if (o.e.ind.kind === 'count') inds.push({ ind: o.e.ind, sibling: false });
      else {
        const fam = lex.family(o.e.ind.id);
        const counts = fam ? lex.familyMembersOf(fam).filter((x) => x.kind === 'count') : [];
        if (counts.length === 1) inds.push({ ind: counts[0], sibling: true });
        else inds.push({ ind: o.e.ind, sibling: false });
      }
    } else if (lex.fits(o.e.ind, unit)) inds.push({ ind: o.e.ind, sibling: false });
    else for (const sib of lex.siblings(o.e.ind, unit)) inds.push({ ind: sib, sibling: true });
    for (const { ind, sibling } of inds) {
      const covered = new Uint8Array(s.length);
      covered.fill(1, o.start, o.end);
      let bd = o.e.breakdown;
      let explicitTotal = false;
      if (ind.breakdowns) {
        for (const b of lex.breakdowns(s, 0, s.length, ind.breakdowns)) {
          if (b.start >= o.start && b.end <= o.end) continue; // inside the alias (低保 in 城市低保人数 is the alias's own)
          covered.fill(1, b.start, b.end); // may overlap the alias: 社会散居孤儿 = 社会散居 + 孤儿
          if (!bd) bd = b.e.value;
        }
        if (ind.breakdowns === URBAN_RURAL) {
          const u = s.indexOf('城乡');
          if (u >= 0 && (u + 2 <= o.start || u >= o.end)) {
            covered.fill(1, u, u + 2);
            explicitTotal = true;
          }
        }
      }
      if (explicitTotal && bd) continue;
      let ok = true;
      for (let i = 0; i < s.length && ok; ) {
        if (covered[i]) {
          i++;
          continue;
        }
        let j = i;
        while (j < s.length && !covered[j]) j++;
        ok = fillerOnly(s.slice(i, j), extra);
        i = j;
      }
      if (ok) out.push({ ind, breakdown: bd, len: o.end - o.start, sibling });
    }
  }
  return out;
}

/** 城市最低生活保障金 → 城市低保金, 城市最低生活保障对象临时补助 → 城市低保临时补助: the short name the form rows use. */
const shortName = (s: string) => s.replace(/最低生活保障/g, '低保').replace(/低保对象/g, '低保');

/** Best match of a label and its variants; 'ambiguous' when two indicators fit equally. */
export function bestMatch(lex: Lexicon, texts: string[], unit: string, exclude?: string): Match | 'ambiguous' | null {
  for (const t of texts) {
    const variants = [t, deleteWords(t)];
    const short = shortName(t);
    if (short !== t) variants.push(short, deleteWords(short));
    for (const s of variants.filter((x, k) => variants.indexOf(x) === k)) {
      const ms = [...matchLabelCached(lex, s, unit)].filter((m) => m.ind.id !== exclude);
      if (!ms.length) continue;
      ms.sort((a, b) => Number(a.sibling) - Number(b.sibling) || b.len - a.len);
      const top = ms[0];
      const rivals = ms.filter((m) => m.ind.id !== top.ind.id && m.sibling === top.sibling && m.len === top.len);
      if (rivals.length) return 'ambiguous';
      return top;
    }
  }
  return null;
}

/** Joins a heading and a row label, sharing their overlap: 养老机构 + 机构数 → 养老机构数. */
function mergeLabels(head: string, label: string): string {
  for (let k = Math.min(head.length, label.length); k >= 1; k--) {
    if (head.endsWith(label.slice(0, k))) return head + label.slice(k);
  }
  return head + label;
}

export function withSuffixes(s: string, unit: string): string[] {
  const out = [s];
  for (const suf of UNIT_SUFFIX[unit] ?? []) if (!s.endsWith(suf)) out.push(s + suf);
  return out;
}

/** The subject words of an indicator (aliases without 资金/人数/标准…): 低保资金 → 低保. */
const subjectCache = new Map<string, string[]>();
function subjectsOf(ind: IndicatorDef): string[] {
  let hit = subjectCache.get(ind.id);
  if (hit) return hit;
  const set = new Set<string>();
  for (const a of [ind.name, ...ind.aliases]) {
    let s = normaliseChars(a);
    for (let k = 0; k < 3 && SUBJECT_SUFFIX.test(s); k++) s = s.replace(SUBJECT_SUFFIX, '');
    s = s.replace(/^(发放|城乡|享受)/, '');
    if (s.length >= 2) set.add(s);
  }
  hit = [...set];
  subjectCache.set(ind.id, hit);
  return hit;
}

/** Subjects of an indicator and of its family (低保人数 → 低保, 最低生活保障, 低保户 …). */
const familyCache = new WeakMap<Lexicon, Map<string, string[]>>();
function familySubjects(lex: Lexicon, ind: IndicatorDef): string[] {
  let c = familyCache.get(lex);
  if (!c) familyCache.set(lex, (c = new Map()));
  let hit = c.get(ind.id);
  if (!hit) {
    const fam = lex.family(ind.id);
    const members = fam ? lex.familyMembersOf(fam) : [ind];
    hit = [...new Set(members.flatMap((m) => subjectsOf(m)))];
    c.set(ind.id, hit);
  }
  return hit;
}

// ---------------------------------------------------------------- reading

interface TablePeriod {
  year?: number;
  month?: number; // report month (monthly/quarterly tables)
  yearbook: boolean;
  currentYear?: number; // the current year column of a yearbook
}

/** The month a year-to-date column's title ends at (1-9月累计支出 → 9); undefined when no column says, or two disagree. */
function ytdHeader(cols: Column[]): { month: number; header: string } | undefined {
  const found = cols.flatMap((c) => {
    const m = c.span === 'ytd' ? /^1[-—~至](\d{1,2})月/.exec(c.header) : null;
    return m && Number(m[1]) >= 2 && Number(m[1]) <= 12 ? [{ month: Number(m[1]), header: c.header }] : [];
  });
  return found.length && found.every((f) => f.month === found[0].month) ? found[0] : undefined;
}

export function readTables(text: string, regions: TableRegion[], o: TableReadOptions): TableReadResult {
  const out: TableReadResult = { records: [], candidates: [], notes: [] };
  const seen = new Map<string, DataRecord>();
  for (const region of regions) readRegion(text, region, o, out, seen);
  return out;
}

function readRegion(text: string, region: TableRegion, o: TableReadOptions, out: TableReadResult, seen: Map<string, DataRecord>) {
  const { lex } = o;
  const tctx = tableContext(region.preamble, region.notes, o.catalogue);
  const notes: string[] = [];
  const cols = region.panels.flat();
  const monthCols = cols.filter((c) => c.role === 'month').length;
  const years = [...new Set(cols.filter((c) => c.role === 'year').map((c) => c.year!))];
  const tp: TablePeriod = { yearbook: false };
  const givenEnd = endMonthOf(o.period);
  const layoutZh = region.layout === 'pipe' ? '竖线分隔' : region.layout === 'vertical' ? '每格一行' : '空格分隔/粘连';
  if (years.length) {
    tp.yearbook = true;
    tp.currentYear = o.year !== undefined && years.includes(o.year) ? o.year : Math.max(...years);
    tp.year = tp.currentYear;
    const basis = o.year !== undefined && years.includes(o.year) ? '与指定年份一致' : '表内最新年份';
    // "2023年1-6月 | 2022年1-6月": year columns of a part of the year
    const cm = cols.find((c) => c.role === 'year' && c.year === tp.currentYear)?.month;
    if (cm && cm < 12) {
      tp.yearbook = false;
      tp.month = cm;
      notes.push(`年份列 ${years.join('、')},取 ${tp.currentYear} 年列为本期数(${basis}):存量为${cm}月末数,累计数为1-${cm}月`);
    } else notes.push(`年份列 ${years.join('、')},取 ${tp.currentYear} 年列为本期数(${basis}),期间为全年`);
    if (o.year !== undefined && !years.includes(o.year)) notes.push(`指定年份 ${o.year} 不在表的年份列中`);
  // (columns of measures and no month: the year's table, unless the caller gives a period ending before December)
  // (金华市 | 市区 columns under a title dated by its year alone: the year's table)
  } else if (tctx.kind === 'yearbook' || ((cols.some((c) => c.role === 'measure' && !c.matrix) || cols.some((c) => c.area)) && !tctx.month && (givenEnd === undefined || givenEnd === 12))) {
    tp.yearbook = true;
    tp.year = tctx.year?.value ?? o.year;
    if (tctx.year) notes.push(`年份取自${tctx.year.basis},期间为全年`);
  } else {
    tp.year = tctx.year?.value ?? o.year ?? o.inferredYear;
    if (tctx.year) {
      notes.push(`年份取自${tctx.year.basis}`);
      if (o.year !== undefined && o.year !== tctx.year.value) notes.push(`指定年份 ${o.year} 与表格标题不同,以表格为准`);
    }
    const given = givenEnd;
    if (tctx.month) {
      tp.month = tctx.month.value;
      notes.push(`报告期取自${tctx.month.basis}:存量为${tp.month}月末数,累计数为${tp.month === 1 ? '1月' : `1-${tp.month}月`}`);
      if (given !== undefined && given !== tp.month) notes.push(`指定期间“${o.period}”与表格标题不同,以表格为准`);
    } else if (given !== undefined) {
      tp.month = given;
      notes.push(`表格未写报告期,按指定期间“${o.period}”取${given}月末`);
    } else if (ytdHeader(cols)) {
      // 1-9月累计支出(万元): a column of the year to date names the table's month
      const h = ytdHeader(cols)!;
      tp.month = h.month;
      notes.push(`报告期取自列名“${h.header}”:存量为${tp.month}月末数,累计数为1-${tp.month}月`);
    } else {
      notes.push('表格未写报告期(年月或季度),其数值只作为候选;请用 --period 指定期间');
    }
  }
  // (a compiling unit the region catalogue does not know, 编制单位:某某网, names no region to file under)
  const placeLike = !!tctx.region && (tctx.region.known || /^[\u4e00-\u9fff]{1,12}[省市县区州盟旗]$/.test(tctx.region.name));
  const regionName = o.region ?? (placeLike ? tctx.region!.name : undefined) ?? o.inferredRegion ?? '';
  if (!o.region && placeLike) notes.push(`地区取自${tctx.region!.basis}`);
  else if (!o.region && tctx.region) notes.push(`表格编制单位“${tctx.region.name}”不是已知地区,未用作地区`);
  // (a table compiled by another region of the catalogue holds that region's figures: they stay candidates)
  // (2023年9月全市低保情况 given as a district's: the city's table)
  const areaAway = o.region && tctx.areaWord ? areaWordElsewhere(tctx.areaWord.word, o.region, o.catalogue) : undefined;
  const foreign =
    o.region && tctx.region?.known && tctx.region.name !== o.region
      ? `表格编制单位为“${tctx.region.name}”,不是“${o.region}”`
      : areaAway
        ? `${tctx.areaWord!.basis}写明“全${tctx.areaWord!.word}”,是${areaAway.above ? `上级地区“${areaAway.above}”` : '下级地区'}的表`
        : '';
  if (foreign) notes.push(`${foreign},表中数值只作为候选`);
  else if (o.region && tctx.region && tctx.region.name !== o.region) notes.push(`表格编制单位为“${tctx.region.name}”,与指定地区“${o.region}”不同,按指定地区记录`);
  // 一、历下区 just above the rows (read as the table's title): the rows up to the next heading are that area's
  const lastPre = region.preamble.length ? labelParts(region.preamble[region.preamble.length - 1]).label : '';
  const ownDef = lastPre && otherPlace(lastPre, regionName, lex) ? o.catalogue.regions.find((r) => r.name === regionName) : undefined;
  // (章丘市 over 章丘区's rows: its former name)
  const preambleSub = lastPre && otherPlace(lastPre, regionName, lex) && !ownDef?.aliases.includes(lastPre) && !ownDef?.former?.includes(lastPre) ? lastPre : '';
  // (a 街道 or 镇 the catalogue does not list is below the region; a listed region not under it is another one)
  const preambleDef = preambleSub ? o.catalogue.regions.find((r) => r.name === preambleSub) : undefined;
  const preambleBelow = !!preambleSub && (!preambleDef || preambleDef.parent === regionName);
  const ownDefs = regionName ? o.catalogue.regions.filter((r) => r.name === regionName) : [];
  const ownArea = (a: string) => ownDefs.some((r) => r.name === a || r.fullName === a || r.official === a || r.aliases.includes(a));
  let level: RegionLevel | null | undefined;
  const regionLevel = () => (level === undefined ? (level = (regionName && o.catalogue.regions.find((r) => r.name === regionName)?.level) || null) : level);
  const title = titleSubject(region.preamble);
  subhead = subheadOf(region.preamble, title);
  const ytdTitle = region.preamble.some((p) => YTD_TITLE.test(normaliseChars(p).replace(/\s+/g, '')));

  const rows = region.rows;
  // the unit printed in the row, else in the current column's title (数量(人)), else for the whole table (单位:个)
  const currentUnit = cols.find((c) => c.role === 'current' && c.unit)?.unit ?? '';
  // (#社会福利院 under 床位数 (张): a part marked # or 其中 is counted in its whole's unit)
  const unitOfRow = (r: TableRow) => r.unit || (r.child && r.parent >= 0 && rows[r.parent].data ? rows[r.parent].unit : '') || currentUnit || region.unit || unitBetween(r, rows.indexOf(r)) || listedUnit(rows.indexOf(r));
  const resolved: (Resolution | 'ambiguous' | null)[] = rows.map(() => null);
  const scaledByDim = new Map<string, TableRow | undefined>();
  const codeNotes: string[] = [];
  rows.forEach((r, i) => {
    if (!r.data || (!r.cells.length && !r.code)) {
      resolved[i] = r.data ? resolveRow(lex, rows, i, unitOfRow(r), title) : null;
      return;
    }
    const byLabel = resolveRow(lex, rows, i, unitOfRow(r), title);
    resolved[i] = byLabel;
    if (r.code && o.codeIndex) {
      const hit = o.codeIndex(r.code, { year: tp.year, title: region.preamble.join(' ') });
      const ind = hit ? lex.byId.get(hit.indicatorId) : undefined;
      if (ind) {
        if (!byLabel) resolved[i] = { ind, breakdown: hit!.breakdown, basis: `代码 ${r.code}` };
        else if (byLabel !== 'ambiguous' && byLabel.ind.id === ind.id) resolved[i] = { ind, breakdown: hit!.breakdown || byLabel.breakdown, basis: `代码 ${r.code} 与行名一致` };
        else codeNotes.push(r.code);
      }
    }
  });
  // 镇 | 乡 | 街道 with no 民族乡/苏木 row (the summary format): its 乡 counts them too, the 乡小计
  const kindsOf = (id: string) => resolved.map((x) => (x && x !== 'ambiguous' && x.ind.id === id ? x.breakdown : undefined));
  resolved.forEach((x, i) => {
    if (!x || x === 'ambiguous' || x.breakdown !== '乡' || rows[i].label.trim() !== '乡' || x.basis.startsWith('代码')) return;
    const kinds = kindsOf(x.ind.id);
    if (kinds.some((k) => k === '民族乡' || k === '苏木' || k === '民族苏木' || k === '乡小计') || !kinds.some((k) => k === '镇' || k === '街道')) return;
    const set = o.catalogue.breakdowns.find((b) => b.id === x.ind.breakdowns);
    if (set?.values.some((v) => v.id === '乡小计')) resolved[i] = { ...x, breakdown: '乡小计', basis: `${x.basis};表中无民族乡、苏木行,“乡”含民族乡、苏木(乡小计)` };
  });

  let derived = 0;
  let skippedOther = 0;
  // (a 1-9月 column in a table whose title says 6月: the column is not the table's period)
  const ytdOff = (col: Column) => {
    const m = col.span === 'ytd' && !tp.yearbook && tp.month ? /^1[-—~至](\d{1,2})月/.exec(col.header) : null;
    // (a 7-9月 column in a table of another quarter; a 全年 column, or the total of 一季度…四季度, in a table of 9月)
    if ((col.span === 'quarter' || col.span === 'ytd') && col.month && !tp.yearbook) return col.month !== tp.month;
    return !!m && Number(m[1]) !== tp.month;
  };
  const isFlow = (ind: IndicatorDef, row: TableRow) => ind.flow === 'flow' || /累计/.test(row.label) || (row.star && tctx.starCumulative);
  const periodFor = (ind: IndicatorDef, row: TableRow): string => {
    if (tp.yearbook) return '全年';
    const m = tp.month!;
    if (isFlow(ind, row)) return /当月|本月/.test(row.label) ? spanLabel(m, m) : spanLabel(1, m);
    // a stock at the end of month m: the caller's own label when it ends there too (上半年), else m月
    if (o.period && givenEnd === m) return o.period;
    return m === 12 ? '全年' : `${m}月`;
  };
  const periodKnown = tp.yearbook ? tp.year !== undefined : tp.month !== undefined && tp.year !== undefined;

  const candidate = (row: TableRow, cell: ValueCell, reason: CandidateReason, extra: string, ind?: IndicatorDef, year?: number, period?: string, unit?: string) => {
    const u = unit ?? unitOfRow(row);
    out.candidates.push(heldCell({
      region: regionName,
      year: year ?? tp.year ?? 0,
      period: period ?? '',
      raw: cell.raw + u,
      value: Number.isFinite(cell.value) ? cell.value : null,
      unit: u,
      indicatorId: ind?.id ?? '',
      source: o.source,
      offset: row.start,
      valueOffset: cell.start,
      quote: text.slice(row.start, row.end),
    }, reason, extra));
  };

  // 临时救助 | 610 beside 临时救助累计 | 5230: the plain row of a flow is not the year to date (ind|breakdown keys of 累计 rows)
  const ytdRows = new Set<string>();
  rows.forEach((r, i) => {
    const x = resolved[i];
    if (x && x !== 'ambiguous' && r.cells.length && r.label.includes('累计')) ytdRows.add(`${x.ind.id}|${x.breakdown}`);
  });
  rows.forEach((row, i) => {
    if (!row.cells.length) return;
    const res = resolved[i];
    const named = `“${row.rawLabel.trim() || row.label}”`;
    if (row.uncertain) {
      const ind = res && res !== 'ambiguous' ? res.ind : undefined;
      for (const c of row.cells) candidate(row, c, 'ambiguous_column', `${named}${row.uncertain}`, ind);
      return;
    }
    if (row.spread && res && res !== 'ambiguous') {
      for (const c of row.cells) candidate(row, c, 'ambiguous_column', `${named}表头未给出列名,一行的数值分在多行,无法确定哪一个是本期数`, res.ind);
      return;
    }
    // 低保资金支出 | 71.2 | 当月数: a 备注 that speaks of the period or the scope may contradict the column
    if (row.note && NOTE_QUALIFIES.test(row.note)) {
      const ind = res && res !== 'ambiguous' ? res.ind : undefined;
      for (const c of row.cells) if (c.col.role !== 'derived') candidate(row, c, 'ambiguous_column', `${named}的备注写“${row.note}”,数值的期间或口径需核对`, ind);
      return;
    }
    // 城市低保人数(年初) | 5600: the figure at the start of the period, not at its end
    const earlier = row.rawLabel.includes('初') || row.rawLabel.includes('上') || row.rawLabel.includes('去年') ? EARLIER_LABEL.exec(normaliseChars(row.rawLabel).replace(/\s+/g, '')) : null;
    if (earlier && res && res !== 'ambiguous') {
      for (const c of row.cells) if (c.col.role !== 'derived') candidate(row, c, 'previous_column', `${named}写明“${earlier[1]}”,不是本期末的数`, res.ind);
      return;
    }
    let plainFlow = false;
    if (res && res !== 'ambiguous' && ytdRows.size && !tp.yearbook && !/累计|当月|本月/.test(row.label) && isFlow(res.ind, row) && ytdRows.has(`${res.ind.id}|${res.breakdown}`)) {
      if (tctx.kind !== 'monthly') {
        for (const c of row.cells) if (c.col.role === 'current' && !c.col.span) candidate(row, c, 'ambiguous_column', `表中另有“${res.ind.name}”的累计行,${named}可能是本月或本季度的数`, res.ind);
        if (row.cells.every((c) => c.col.role === 'current' && !c.col.span)) return;
      } else plainFlow = true;
    }
    for (const cell of row.cells) {
      const role = cell.col.role;
      if (role === 'derived') {
        derived++;
        continue;
      }
      if (role === 'measure') {
        readMeasureCell(row, i, cell);
        continue;
      }
      const isCurrent = role === 'current' || (role === 'year' && cell.col.year === tp.currentYear) || (role === 'month' && cell.col.month === tp.month);
      const ind = res && res !== 'ambiguous' ? res.ind : undefined;
      // 金华市 | 市区: the part's column is not the whole region's; the region's column only when it is the text's region
      if (cell.col.part) {
        candidate(row, cell, 'sub_region', `“${cell.col.header}”列是${cols.find((c) => c.area)?.area ?? '本地区'}的一部分,不是全地区的数`, ind);
        continue;
      }
      if (cell.col.area && !ownArea(cell.col.area)) {
        candidate(row, cell, 'other_region', `“${cell.col.area}”列不是“${regionName || '本地区'}”的数`, ind);
        continue;
      }
      if (!isCurrent) {
        if (role === 'unknown') {
          candidate(row, cell, 'ambiguous_column', `${named}的数值位于无列名的列`, ind);
          continue;
        }
        if (!ind) {
          skippedOther++;
          continue;
        }
        if (role === 'year') {
          const cm = cell.col.month;
          const per = !cm || cm === 12 ? '全年' : isFlow(ind, row) ? spanLabel(1, cm) : `${cm}月`;
          candidate(row, cell, 'other_year', `“${cell.col.header}”列`, ind, cell.col.year, per);
        } else {
          const pp = previousPeriod(cell.col, tp, isFlow(ind, row));
          candidate(row, cell, 'previous_column', `“${cell.col.header}”列${pp.zh}`, ind, pp.year, pp.period);
        }
        continue;
      }
      // 本月 / 本年累计 side by side: a flow has both (the month alone, the year to date); a stock only the month's
      let span: 'month' | 'ytd' | 'quarter' | undefined = cell.col.span;
      if (plainFlow && !span && role === 'current') span = 'month';
      else if (!plainFlow && !span && role === 'current' && res && res !== 'ambiguous' && ytdRows.size && !tp.yearbook && !/累计|当月|本月/.test(row.label) && isFlow(res.ind, row) && ytdRows.has(`${res.ind.id}|${res.breakdown}`)) continue;
      // 1月 | 2月 | 3月: a flow's month column is that month alone when the row falls somewhere (no running total does),
      // else it may be either
      if (role === 'month' && ind && monthCols > 1 && isFlow(ind, row) && !/累计|当月|本月/.test(row.label)) {
        const ms = row.cells.filter((c) => c.col.role === 'month' && c.col.month).sort((a, b) => a.col.month! - b.col.month!);
        if (!ms.some((c, k) => k > 0 && c.value < ms[k - 1].value)) {
          candidate(row, cell, 'ambiguous_column', `${named}逐月列出,“${cell.col.header}”列可能是当月数也可能是累计数`, ind);
          continue;
        }
        span = 'month';
      }
      // 12月 | 1-12月: a lone month column beside the year to date is the month alone
      if (role === 'month' && !span && monthCols === 1 && cols.some((c) => c.role === 'current' && c.span === 'ytd')) span = 'month';
      // 当月新增低保人数 under 本年累计 or in a table of the year: the month's flow is not the column's period
      if (ind && /当月|本月/.test(row.label) && !/累计/.test(row.label) && isFlow(ind, row) && (tp.yearbook || span === 'ytd' || span === 'quarter')) {
        candidate(row, cell, 'ambiguous_column', `${named}写明当月,“${cell.col.header || '数值'}”列不是当月的期间`, ind);
        continue;
      }
      if (span && ind && ytdOff(cell.col)) {
        candidate(row, cell, 'ambiguous_column', `“${cell.col.header}”列与表格的报告期(${tp.month}月)不符`, ind);
        continue;
      }
      if (span && ind) {
        const flow = isFlow(ind, row);
        const other = row.cells.some((c) => c !== cell && c.col.role === 'current' && c.col.span !== span);
        if (!flow && span === 'ytd' && other) {
          candidate(row, cell, 'ambiguous_column', `${named}是期末存量,“${cell.col.header}”列不是期末数`, ind);
          continue;
        }
        // 本季 | 累计: a flow's 本季 is the quarter alone; with no 累计 beside it, 本季 may be either
        if (flow && span === 'quarter' && (!other || !tp.month || tp.month % 3 !== 0 || tp.yearbook)) {
          candidate(row, cell, 'ambiguous_column', `${named}按期间累计,“${cell.col.header}”列可能是本季度数也可能是年初至今的累计数`, ind);
          continue;
        }
        if (!flow) span = undefined;
        // 累计支出资金 in a table whose only current column is 本月数: the row says the year to date
        else if (span === 'month' && /累计/.test(row.label) && !/当月|本月/.test(row.label) && !other) span = 'ytd';
      }
      if (cell.col.side !== undefined && ind && res && res !== 'ambiguous') {
        const sided = sideOf(res, cell.col.side);
        if (!sided) {
          candidate(row, cell, 'ambiguous_breakdown', `“${cell.col.header}”列,${named}所指指标“${ind.name}”不分城乡`, ind);
          continue;
        }
        emitCurrent(row, cell, sided, cell.unit || unitOfRow(row), row.parent >= 0 ? resolved[row.parent] : null, span);
        continue;
      }
      // 城市低保资金(元) | 万元 | 1420.6: the label and the unit column disagree
      if (row.labelUnit && row.unit && row.labelUnit !== row.unit) {
        candidate(row, cell, 'unit_mismatch', `行名写“${row.labelUnit}”,单位列写“${row.unit}”`, ind);
        continue;
      }
      // 元/人·年 in the unit column, 1010元/人·月 in the cell: the row does not say which
      if (cell.unit && row.unit && cell.unit !== row.unit) {
        candidate(row, cell, 'unit_mismatch', `单位列写“${row.unit}”,数值格写“${cell.unit}”`, ind);
        continue;
      }
      emitCurrent(row, cell, res, cell.unit || unitOfRow(row), row.parent >= 0 ? resolved[row.parent] : null, span);
    }
  });

  /** (1)最低生活保障 | | 7,650.4 between 4.社会救助 | 万元 and A 城市低保累计支出 | 万元: a money unit the parent and all its children print. */
  function unitBetween(row: TableRow, i: number): string {
    if (row.parent < 0 || !/元$/.test(rows[row.parent].unit || '')) return '';
    const u = rows[row.parent].unit;
    const kids = rows.filter((r) => r.parent === i);
    return kids.length && kids.every((r) => r.unit === u) ? u : '';
  }

  /** 单位:人、万元 over the table: the one listed unit the row's indicator is counted in ('' when none or several). */
  function listedUnit(i: number): string {
    if (!region.units || i < 0) return '';
    const fits = new Set<string>();
    for (const u of region.units) {
      const res = resolveRow(lex, rows, i, u, title);
      if (res && res !== 'ambiguous' && parseUnit(res.ind.unit)?.dim === parseUnit(u)?.dim) fits.add(u);
    }
    return fits.size === 1 ? [...fits][0] : '';
  }

  /** A row of this table printing the same kind of count in 万/亿 (社会组织总数(万个)): a unitless row may be in that unit too. */
  function scaledUnitRow(dim: string, row: TableRow): TableRow | undefined {
    if (!scaledByDim.has(dim)) scaledByDim.set(dim, rows.find((r) => r.unit && r.data && parseUnit(r.unit)?.dim === dim && parseUnit(r.unit)!.factor !== 1));
    const r = scaledByDim.get(dim);
    return r !== row ? r : undefined;
  }

  /** The row's indicator on one side (a 城市 | 农村 | 合计 column): its 城市/农村 breakdown or its _urban/_rural twin; null when it has neither. */
  function sideOf(res: Resolution, side: string): Resolution | null {
    if (side === '') return res.breakdown === '' ? res : null;
    if (res.breakdown) return res.breakdown === side ? res : null;
    if (res.ind.breakdowns === 'urban_rural') return { ...res, breakdown: side };
    const twin = lex.byId.get(res.ind.id + (side === '城市' ? '_urban' : '_rural'));
    return twin ? { ...res, ind: twin, breakdown: '' } : null;
  }

  function sidesTotal(row: TableRow, cell: ValueCell, unit: string): Resolution | null {
    const others = rows.filter((r) => r !== row && r.data && r.cells.length && !TOTAL_LABELS.has(r.label.trim()));
    if (others.length !== 2) return null;
    const parts = others.map((r) => {
      const c = r.cells.find((x) => x.col === cell.col);
      const rr = c ? resolveRow(lex, rows, rows.indexOf(r), c.unit || r.unit || cell.col.unit || region.unit || unit, title, cell.col.measure) : null;
      return c && rr && rr !== 'ambiguous' ? { c, rr } : null;
    });
    if (parts.some((x) => !x)) return null;
    const [a, b] = parts as { c: ValueCell; rr: Resolution }[];
    if (a.rr.ind.id !== b.rr.ind.id || a.rr.ind.breakdowns !== 'urban_rural' || new Set([a.rr.breakdown, b.rr.breakdown]).size !== 2 || ![a.rr.breakdown, b.rr.breakdown].every((x) => x === '城市' || x === '农村')) return null;
    const sum = a.c.value + b.c.value;
    if (!(Math.abs(sum - cell.value) <= Math.max(0.01, Math.abs(cell.value) * 0.001))) return null;
    return { ind: a.rr.ind, breakdown: '', basis: `“${row.label.trim()}”行为城市、农村两行之和` };
  }

  function readMeasureCell(row: TableRow, i: number, cell: ValueCell) {
    // 地区 | 低保人数(人) …, 历下区 | 620: a row of a lower region (its 合计/全市 row is the text's region)
    const place = row.label.trim();
    const own = (x: string) => !!regionName && (x === regionName || regionName.startsWith(x));
    if (PLACE_RE.test(place) && !NOT_PLACE.test(place) && !own(place)) {
      candidate(row, cell, 'sub_region', `行“${place}”是另一地区,不是“${regionName || '本地区'}”的数`);
      return;
    }
    // (…历下区 | 620 …合计 | 6470 in 历下区's text: the total is the area above's)
    if (TOTAL_LABELS.has(place) && rows.some((r) => own(r.label.trim()))) {
      candidate(row, cell, 'other_region', `表中另有“${regionName}”一行,“${place}”行是各地区的合计`);
      return;
    }
    const unit = cell.unit || row.unit || cell.col.unit || region.unit || unitBetween(row, i);
    // (the text's own region's row: the column's title names its figure)
    const m = own(place) && cell.col.measure ? bestMatch(lex, withSuffixes(cell.col.measure, unit), unit) : null;
    let res = m && m !== 'ambiguous' ? { ind: m.ind, breakdown: m.breakdown, basis: `列名“${cell.col.measure}”` } : resolveRow(lex, rows, i, unit, title, cell.col.measure);
    // 城市低保 | 2100 …, 农村低保 | 6100 …, 合计 | 8200: the total of the two sides of one indicator, when it adds up
    if (!res && TOTAL_LABELS.has(place)) res = sidesTotal(row, cell, unit);
    if (res && res !== 'ambiguous' && TOTAL_LABELS.has(place)) {
      // 2023年部分区县…: the 合计 adds up the areas listed, not the whole region (市区/城区 of a city: its districts only)
      const pre = region.preamble.join('');
      if (PARTIAL_AREAS.test(pre) || (URBAN_AREAS.test(pre) && /^(city|province)$/.test(regionLevel() ?? ''))) {
        candidate(row, cell, 'area_group', `表题“${pre.trim().slice(0, 30)}”只列部分地区,“${place}”行不是全${regionName || '地区'}的数`, res.ind);
        return;
      }
      // 合计 of standards or rates down a table of areas: a sum (or an average) of the areas', not the region's own
      if (res.ind.kind === 'standard' && rows.some((r) => r !== row && PLACE_RE.test(r.label.trim()) && !NOT_PLACE.test(r.label.trim()))) {
        candidate(row, cell, 'combined', `“${place}”行把各地区的${res.ind.name}合在一起,不是本地区的${res.ind.name}`, res.ind);
        return;
      }
    }
    const pres = row.parent >= 0 ? resolveRow(lex, rows, row.parent, unit, title, cell.col.measure) : null;
    // 资金支出 in a month's programme-by-measure table: that month's payment or the year to date, the title does not say
    // (表1 2023年1-9月社会救助情况: a title naming the span from January says the money is the year to date)
    if (cell.col.matrix && res && res !== 'ambiguous' && isFlow(res.ind, row) && tp.month !== 12 && !/累计|本月|当月/.test(cell.col.header + title) && !ytdTitle) {
      candidate(row, cell, 'ambiguous_column', `“${cell.col.header}”列未写是当月数还是累计数`, res.ind);
      return;
    }
    // 当月支出 / 1-9月累计支出 columns: a flow is the month's or the year to date; a stock holds at the month's end
    let span = cell.col.span;
    if (span && res && res !== 'ambiguous' && ytdOff(cell.col)) {
      candidate(row, cell, 'ambiguous_column', `“${cell.col.header}”列与表格的报告期(${tp.month}月)不符`, res.ind);
      return;
    }
    if (span && res && res !== 'ambiguous') {
      const flow = isFlow(res.ind, row);
      if (!flow && span === 'ytd') {
        candidate(row, cell, 'ambiguous_column', `“${res.ind.name}”是期末存量,“${cell.col.header}”列不是期末数`, res.ind);
        return;
      }
      if (!flow) span = undefined;
      else if (!tp.month) {
        candidate(row, cell, 'ambiguous_column', `表格未写月份,“${cell.col.header}”列的期间不明`, res.ind);
        return;
      }
    }
    emitCurrent(row, cell, res, unit, pres, span);
  }

  function emitCurrent(row: TableRow, cell: ValueCell, res: Resolution | 'ambiguous' | null, unit: string, pr: Resolution | 'ambiguous' | null, span?: 'month' | 'ytd' | 'quarter') {
    const named = `“${row.rawLabel.trim() || row.label}”`;
    if (cell.problem || !Number.isFinite(cell.value)) {
      candidate(row, cell, 'malformed', cell.problem ?? '');
      return;
    }
    if (!res) {
      const path = row.path.slice(0, 2).map((p) => rows[p].label).filter((x) => x);
      candidate(row, cell, 'no_indicator', `行${named}${path.length ? `(上级:${path.join(' / ')})` : ''}`);
      return;
    }
    if (res === 'ambiguous') {
      candidate(row, cell, 'no_indicator', `行${named}可对应多个指标`);
      return;
    }
    const ind = res.ind;
    if (foreign) {
      candidate(row, cell, 'other_region', foreign, ind);
      return;
    }
    if (res.fromTitle && !res.titleSure) {
      // a caption can name several things (社会服务机构数: institutions in general, or 民非's new name)
      candidate(row, cell, 'no_indicator', `行${named}的含义只能从${res.basis}推断为“${ind.name}”,请核对`, ind);
      return;
    }
    const head = subRegionOf(row, rows, regionName, lex);
    const sub = head || (!row.path.some((p) => !rows[p].data) ? preambleSub : '');
    if (sub) {
      candidate(row, cell, head || preambleBelow ? 'sub_region' : 'other_region', `${head ? '上级' : '表格上方的'}“${sub}”是另一地区,本行不是“${regionName || '本地区'}”的数`, ind);
      return;
    }
    if (res.doubtful) {
      candidate(row, cell, 'ambiguous_breakdown', res.doubtful, ind);
      return;
    }
    if (row.code && codeNotes.includes(row.code)) {
      candidate(row, cell, 'code_mismatch', `代码 ${row.code} 与行名${named}所指指标不同`, ind);
      return;
    }
    // unit: printed (row, column, table) or, for integer counts only, the indicator's count word
    let u = unit;
    if (!u) {
      const p = parseUnit(ind.unit);
      const countWord = !!p && p.dim.startsWith('count:');
      const scaled = countWord ? scaledUnitRow(p!.dim, row) : undefined;
      if (scaled) {
        candidate(row, cell, 'no_unit', `行${named}未写单位,表中“${scaled.label}”写“${scaled.unit}”,不能按“${ind.unit}”记`, ind);
        return;
      }
      if (ind.kind === 'count' && countWord && Number.isInteger(cell.value) && cell.value >= 0) u = ind.unit;
      else {
        candidate(row, cell, 'no_unit', `行${named}`, ind);
        return;
      }
    }
    // 社会福利院床位 个: beds counted in 个 are beds (as in running text), when the row itself names beds
    if (u === '个' && ind.unit === '张' && /床/.test(row.label) && /床/.test(ind.name)) u = '张';
    // 结婚登记 件: a registration is one couple's, so yearbooks that count them in 件 count couples
    if ((u === '件' || u === '万件') && ind.unit === '对' && /^(marriage|divorce)_reg$/.test(ind.id) && /登记/.test(row.label)) u = u === '件' ? '对' : '万对';
    if (u === '元' && ind.kind === 'standard') {
      candidate(row, cell, 'unit_mismatch', `标准只写“元”,无法确定是按月还是按年(指标单位“${ind.unit}”)`, ind);
      return;
    }
    if (!lex.fits(ind, u)) {
      candidate(row, cell, 'unit_mismatch', `“${u}”不能换算为指标“${ind.name}”的单位“${ind.unit}”`, ind);
      return;
    }
    // 单位:万人 over 3021: more than 2亿 people or households is no civil-affairs figure of any area (the unit line was
    // meant for other rows, or the figure is in 人)
    if (/^万(?:人|户|人次|户次)$/.test(u) && cell.value >= 20000) {
      candidate(row, cell, 'unit_mismatch', `“${cell.value}${u}”超过2亿,单位可能不适用于这一行`, ind);
      return;
    }
    // 单位:万人 over a county's 2310, 农村低保户数 | 万户 | 12 in a county: more than the area can hold (the unit was
    // meant for other rows, or the figure is in 人)
    if (u.charCodeAt(0) === 0x4e07 && /^万(?:人|户)$/.test(u)) {
      const cap = sizeCap(regionLevel(), ind, u === '万户');
      if (cap && cell.value * 10000 > cap) {
        candidate(row, cell, 'unit_mismatch', `“${cell.value}${u}”超过${regionName}这一级地区可能的规模,单位可能不适用于这一行`, ind);
        return;
      }
    }
    // 0.30 人: a count in whole units has no fraction (the figure is in 万人, or the unit belongs to another column)
    if (ind.kind === 'count' && !Number.isInteger(cell.value) && !/^[万亿千百]/.test(u)) {
      candidate(row, cell, 'unit_mismatch', `“${u}”计数不应有小数`, ind);
      return;
    }
    // a part of the row above (I 城市低保金 under A 城市低保累计支出) is not that row's indicator
    const parent = row.parent >= 0 ? rows[row.parent] : undefined;
    if (parent && parent.cells.some((c) => c.col.role === 'current' || c.col.role === 'year' || c.col.role === 'measure')) {
      const sub = pr && pr !== 'ambiguous'
        ? pr.ind.id === ind.id && (res.breakdown === pr.breakdown || !res.breakdown)
        : !pr && !res.breakdown && compatible(unitOfRow(parent) || u, u) && subjectsOf(ind).some((w) => parent.label.includes(w));
      if (sub) {
        candidate(row, cell, 'subset', `行${named}是上一级“${parent.label}”的组成部分,不是“${ind.name}”本身`, ind);
        return;
      }
    }
    if (!periodKnown) {
      candidate(row, cell, 'period_unknown', '', ind);
      return;
    }
    const period = span === 'month' ? spanLabel(tp.month!, tp.month!) : span === 'ytd' ? spanLabel(1, tp.month!) : span === 'quarter' ? `Q${tp.month! / 3}` : periodFor(ind, row);
    const year = tp.year!;
    const rec = tableRecord(regionName, year, period, ind, res.breakdown, cell.value, u, o.source, row.start, text.slice(row.start, row.end));
    if (fileOnce(seen, rec, (prev) => candidate(row, cell, 'conflict', `${prev.value}${prev.unit}`, ind, year, period, u))) out.records.push(rec);
  }

  const recs = out.records.filter((r) => r.offset >= region.start && r.offset <= region.end).length;
  let head = `第 ${region.line} 行起的表格(${layoutZh},${rows.length} 行):记录 ${recs} 条`;
  if (derived) head += `,跳过环比/同比等派生百分比 ${derived} 个`;
  if (skippedOther) head += `,未识别行的上期/其他年份数值 ${skippedOther} 个未列出`;
  out.notes.push(head + ';' + notes.join(';'));
  for (const n of region.notes.filter((x) => /无法对齐/.test(x))) out.notes.push(n);
}

/** Assistance programmes' counts: a share of an area's people, far below its population. */
const ASSIST_CATEGORIES = new Set(['社会救助', '特困供养', '儿童福利']);

/** The most people (or households) a count of an area of this level can reach; 0 when not checked. */
function sizeCap(level: RegionLevel | null, ind: IndicatorDef, households: boolean): number {
  const assist = ASSIST_CATEGORIES.has(ind.category ?? '');
  if (level === 'district' || level === 'county') return assist ? (households ? 100000 : 300000) : 3000000;
  if (level === 'city') return assist ? (households ? 800000 : 2000000) : 35000000;
  if (level === 'province') return 150000000;
  return 0;
}

/** 城市低保人数(年初), (上年末), (上期): a row of an earlier time */
const EARLIER_LABEL = /[(](年初|期初|上年末|上年底|上年|上期|上月|上季度?|去年同期|上年同期)数?[)]$/;
const PARTIAL_AREAS = /部分|重点|试点|抽样|抽查|部份/;
// a 备注 naming a period (当月数, 1-9月累计…) or a scope (含…, 仅…, 不含…, 预计) qualifies the row's figure
const NOTE_QUALIFIES = /当月|本月|本季|季度|累计|上年|上月|上期|去年|同期|截至|截止|\d月|\d{4}年|年底|年末|含|包括|仅|只|部分|部份|试点|预计|估|初步|暂|待/;
const URBAN_AREAS = /市区|城区/;
const PLACE_RE = /^[\u3400-\u9fff]{1,10}(?:省|自治区|市|自治州|州|盟|地区|区|县|自治县|旗|镇|乡|街道|办事处)$/;
const NOT_PLACE = /^(?:城市|全市|本市|市区|城区|社区|辖区|全区|本区|全县|本县|全省|本省|全镇|全乡|农村|郊区|新区|开发区|街道|乡镇|镇|乡)$/;

/** A heading above the row that names another (lower) region: 一、历下区 … */
function subRegionOf(row: TableRow, rows: TableRow[], regionName: string, lex: Lexicon): string {
  for (const p of row.path) if (!rows[p].data && otherPlace(rows[p].label, regionName, lex)) return rows[p].label;
  return '';
}

/** A heading that is the name of a place other than the text's region. */
function otherPlace(h: string, regionName: string, lex: Lexicon): boolean {
  if (!PLACE_RE.test(h) || NOT_PLACE.test(h) || h === regionName || regionName.startsWith(h)) return false;
  if (lex.breakdowns(h).some((b) => b.start === 0 && b.end === h.length)) return false; // 街道, 镇: a breakdown, not a place
  return !lex.aliases(h).length; // (names an indicator)
}

/** Year and period of a previous-period column (上期, 上月, 上季度, 上年数据, 九月份). */
function previousPeriod(col: Column, tp: TablePeriod, flow: boolean): { year?: number; period: string; zh: string } {
  const h = col.header;
  const y = tp.year;
  const m = tp.month;
  if (y === undefined || m === undefined) return { year: y, period: '', zh: '' };
  const at = (py: number, pm: number, extra = '') => ({
    year: py,
    period: flow ? spanLabel(1, pm) : pm === 12 ? '全年' : `${pm}月`,
    zh: `(${py}年${pm}月${flow ? `,1-${pm}月累计` : '末'}${extra})`,
  });
  // 年初数 / 上年末: the stock at the end of the year before; 期初数: the start of a period the column does not name
  if (/^(?:年初|上年末|上年年末|去年末|去年年末)/.test(h)) return at(y - 1, 12);
  if (/^期初/.test(h)) return { year: y, period: '', zh: '(期初数)' };
  if (/上年|同期|去年/.test(h)) return at(y - 1, m);
  if (/上季/.test(h)) return m > 3 ? at(y, m - 3) : at(y - 1, 12);
  if (col.role === 'month' && col.month) return at(col.month > m ? y - 1 : y, col.month);
  // 上期 / 上月: the previous month; in January that is December of the previous year (a whole year's total)
  if (m === 1) return at(y - 1, 12, flow ? ',即上年全年数' : '');
  return at(y, m - 1);
}

/** The numbered sub-heading closing a table's preamble ((一)提供住宿的社会服务), when it is not the title. */
let subhead = '';
function subheadOf(preamble: string[], title: string): string {
  const last = preamble.length ? normaliseChars(preamble[preamble.length - 1]).replace(/\s+/g, '') : '';
  const m = /^[((][一二三四五六七八九十]{1,3}[))]([\u4e00-\u9fff]{3,20})$/.exec(last);
  return m && m[1] !== title ? m[1] : '';
}
/** The table title without table numbers, years and 情况 words: "18-3 提供住宿的社会服务机构数(2011-2017年)" → 提供住宿的社会服务机构数. */
function titleSubject(preamble: string[]): string {
  for (const p of preamble) {
    const t = normaliseChars(p)
      .replace(/\s+/g, '')
      .replace(/\((?:19|20)\d{2}(?:-(?:19|20)\d{2})?年?\)/g, '')
      .replace(/(?:19|20)\d{2}(?:-(?:19|20)\d{2})?年(?:度|末|底)?/g, '')
      // (2023年1-9月城市低保情况: the span after the year too)
      .replace(/^(?:\d{1,2}(?:[-—~至]\d{1,2})?月份?|[一二三四1-4]季度|[上下]半年)/, '')
      .replace(/^[\d-]+/, '')
      .replace(/(基本)?情况$/, '');
    if (/[\u3400-\u9fff]{3,}/.test(t) && !/[::]/.test(t) && !/报表|季报|月报/.test(t)) return t;
  }
  return '';
}

const headCache = new WeakMap<Lexicon, Map<string, ReturnType<Lexicon['breakdowns']>>>();
/** Breakdown words of a heading (cached: every row under it asks). */
function headBreakdowns(lex: Lexicon, h: string): ReturnType<Lexicon['breakdowns']> {
  let m = headCache.get(lex);
  if (!m) headCache.set(lex, (m = new Map()));
  let hit = m.get(h);
  if (!hit) {
    if (m.size > 5000) m.clear();
    hit = lex.breakdowns(h);
    m.set(h, hit);
  }
  return hit;
}

const PAYMENT_END = /(?<=[\u4e00-\u9fff]{2})(基本生活费|基本生活补贴|基本生活保障金|生活补贴|生活费|补贴|补助金|保障金)$/;
const GENERIC_ASSIST_HEAD = /^(居民)?(贫困人口|困难群众|困难居民|困难群体)?(社会)?(救助|救济)(服务|工作)?$/;

const OTHER_MEASURE_HEAD = /(床位数?|人数|支出|资金)$/;
/** The indicator a row stands for: its label, then its label with the headings above, then the table title. */
function resolveRow(lex: Lexicon, rows: TableRow[], i: number, unit: string, title: string, measure?: string, depth = 0): Resolution | 'ambiguous' | null {
  const row = rows[i];
  const label0 = row.label.replace(/\([^)]*\)/g, '');
  // 机构数 of a row naming a kind of institution is that row's own count (社会福利院 | 机构数 → 社会福利院)
  const label = measure ? (TOTAL_LABELS.has(label0) ? measure : measure === '机构数' && /^(个|家|所)$/.test(unit) ? label0 : mergeLabels(label0, measure)) : label0;
  if (!label) return null;
  const total = TOTAL_LABELS.has(label0);
  let m: Match | 'ambiguous' | null = total ? null : bestMatch(lex, withSuffixes(label, unit), unit);
  // 社会福利院2,935 under 2.床位数 (or 3.收养救助人数): a kind of institution under another measure's heading is that
  // measure's row for the kind, never the kind's count
  if (m && m !== 'ambiguous' && !measure && /^(个|家|所|处)$/.test(m.ind.unit) && !/^(个|家|所|处)/.test(unit)) {
    const head = row.path.slice(0, 3).map((p) => OTHER_MEASURE_HEAD.exec(rows[p].label.replace(/\([^)]*\)/g, ''))).find((x) => x);
    if (head) {
      const mm = bestMatch(lex, withSuffixes(mergeLabels(label, head[1]), unit), unit);
      m = mm && mm !== 'ambiguous' && mm.ind.id !== m.ind.id ? mm : null;
    }
  }
  // 事实无人抚养儿童基本生活补贴 | 人数: the people of a row named by its payment are the programme's
  if (!m && measure && /^(人数|户数)$/.test(measure) && PAYMENT_END.test(label0)) {
    m = bestMatch(lex, withSuffixes(mergeLabels(label0.replace(PAYMENT_END, ''), measure), unit), unit);
  }
  // I 城市低保金 under A 城市低保累计支出: a sub-row is not the indicator of the row it details
  if (m === 'ambiguous' && row.path.length) {
    const parent = bestMatch(lex, withSuffixes(rows[row.path[0]].label.replace(/\([^)]*\)/g, ''), unit), unit);
    if (parent && parent !== 'ambiguous') m = bestMatch(lex, withSuffixes(label, unit), unit, parent.ind.id);
  }
  let basis = '行名';
  let fromTitle = false;
  let titleSure = false;
  if (!m) {
    // 街道/镇/乡 under a heading 行政区划 are township-level units (a 街道 is never another level)
    const township = /^(镇|乡|民族乡|苏木|民族苏木|街道|街道办事处|区公所)$/.test(label) && /^(|个|万个)$/.test(unit.replace(ANY_UNIT, ''));
    const heads = row.path
      .slice(0, 3)
      .map((p) => rows[p].label.replace(/\([^)]*\)/g, ''))
      .filter((x) => x)
      .map((h) => (township && /^行政区划(单位)?$/.test(h) ? '乡级行政区划' : h));
    // a 镇/乡/街道 row in 个 with no heading above it (the heading 行政区划 left in the preamble) is one too
    if (township && !heads.length) heads.push('乡级行政区划');
    // (一)提供住宿的社会服务 just above the rows (left in the preamble): the outermost heading of every row
    else if (subhead && heads.length < 3 && !heads.includes(subhead)) heads.push(subhead);
    // (城市低保发放情况 over 户数 | 人数: the programme the title's payment is of)
    const programme = total && measure && title ? title.replace(/(?:资金|金)?发放$/, '') : '';
    const bases = [...heads, ...(title ? [title] : []), ...(programme && programme !== title ? [programme] : [])];
    for (let k = 0; k < bases.length; k++) {
      const h = bases[k];
      const joined = total ? h + (measure ?? '') : mergeLabels(h, label);
      m = bestMatch(lex, withSuffixes(joined, unit), unit);
      if (m) {
        fromTitle = k >= heads.length;
        basis = fromTitle ? `表题“${title}”` : `行名与上级“${h}”`;
        titleSure = fromTitle && total && !!measure && m !== 'ambiguous' && titleSureOf(lex, h, m);
        break;
      }
    }
  }
  if (!m && total && measure) {
    // 地区 | 低保户数(户) …, 合计 | 4060: the column's title names the whole's figure
    m = bestMatch(lex, withSuffixes(measure, unit), unit);
    if (m) basis = `列名“${measure}”`;
  }
  if (!m && !total && !measure) {
    // 救助类服务机构(救助管理站): the name in brackets, when the name outside them names nothing
    const inner = /\(([^()]{3,12})\)/.exec(row.label)?.[1];
    const mi = inner ? bestMatch(lex, withSuffixes(inner, unit), unit) : null;
    if (mi && mi !== 'ambiguous') {
      m = mi;
      basis = `行名括注“${inner}”`;
    }
  }
  if (!m && !total) {
    // 养老公寓等各类养老机构: all kinds of 养老机构, one of them named as an example
    const kind = /^[\u4e00-\u9fff]{2,10}等各类([\u4e00-\u9fff]{2,12})$/.exec(label0)?.[1];
    const mk = kind ? bestMatch(lex, withSuffixes(measure ? mergeLabels(kind, measure) : kind, unit), unit) : null;
    if (mk && mk !== 'ambiguous') {
      m = mk;
      basis = `行名“各类${kind}”`;
    }
  }
  // (其中:集中供养 | A, then 分散供养 | B: an unmarked row right after a 其中 part is the next part of the same whole)
  const upIdx = row.path.length ? row.path[0] : i > 0 && rows[i - 1].child && rows[i - 1].path.length && !row.rank && !row.numbering ? rows[i - 1].path[0] : -1;
  if (!m && upIdx >= 0 && depth < 3) {
    // B、精神疾病服务机构 under 1.机构数 (提供住宿的…): a value of the parent row's breakdown set
    const up = resolveRow(lex, rows, upIdx, unit, title, measure, depth + 1);
    // (其中:集中供养 under 特困人员: the indicator's extra split too)
    const sets = up && up !== 'ambiguous' && !up.breakdown ? [up.ind.breakdowns, ...(up.ind.extraBreakdowns ?? [])].filter((x): x is string => !!x) : [];
    for (const set of sets) {
      if (!up || up === 'ambiguous') break;
      const bds = lex.breakdowns(label, 0, label.length, set);
      const rest = bds.length === 1 ? label.slice(0, bds[0].start) + label.slice(bds[0].end) : '';
      if (bds.length === 1 && (!rest || rest === up.ind.unit || UNIT_SUFFIX[unit]?.some((x) => rest === x || x.endsWith(rest)) || /^(服务)?(人数|床位数?|数)$/.test(rest))) {
        return { ind: up.ind, breakdown: bds[0].e.value, basis: `行名与上级“${rows[upIdx].label}”的分类`, fromTitle: up.fromTitle, doubtful: up.doubtful };
      }
    }
  }
  if (!m && unit && !unit.startsWith(ANY_UNIT)) {
    // the label names a count indicator but the printed count word differs (结婚登记 in 件): say so
    const any = resolveRow(lex, rows, i, ANY_UNIT + unit, title, measure, depth);
    if (any && any !== 'ambiguous') return { ...any, basis: any.basis + ',单位不符' };
    return null;
  }
  if (!m || m === 'ambiguous') return m;
  let { ind, breakdown } = m;
  let doubtful = '';
  const own = label;
  if (!TOTAL_WORDS.test(own)) {
    // 城市/农村 stated by a heading: a breakdown of this indicator, or its 城市/农村 variant (低保标准 → 城市低保标准)
    // (then the table's title: 2023年城市低保情况 over 低保人数 | 3021, when it names one side only)
    const heads = row.path.map((p) => rows[p].label);
    if (title) heads.push(title);
    for (let k = 0; k < heads.length; k++) {
      const h = heads[k]; // labels are normalised already
      const bds = headBreakdowns(lex, h);
      const first = bds.find((b) => b.start === 0);
      if (!first) continue;
      // only a heading about the same subject (城市最低生活保障 for 低保人数, not for 特困人员人数)
      const rest = h.slice(first.end);
      const byTitle = k === row.path.length;
      if (byTitle && /城乡|城市|城镇|农村|乡村/.test(rest)) break;
      const where = `${byTitle ? '表题' : '上级'}“${h}”`;
      // (城市贫困人口救助, 农村社会救助: a heading over all assistance of that area is about every row under it)
      const same = !rest || GENERIC_ASSIST_HEAD.test(rest) || familySubjects(lex, ind).some((w) => rest.includes(w) || w.includes(rest));
      const doubt = `${where}写明“${first.e.value}”,但本行不是同一事项,不能确定本行是合计还是“${first.e.value}”部分`;
      if (ind.breakdowns && first.e.setId === ind.breakdowns) {
        if (!breakdown) {
          if (same) {
            breakdown = first.e.value;
            basis += `,分类取自${where}`;
          } else doubtful = doubt;
        }
        break;
      }
      if (!breakdown) {
        const sideWord = h.slice(first.start, first.end);
        let v = bestMatch(lex, withSuffixes(sideWord + own, unit), unit);
        // (1)城市 over 平均标准 (resolved through 最低生活保障 further up): the side's variant of that indicator
        if ((!v || v === 'ambiguous' || v.ind.id === ind.id) && same && first.e.setId === 'urban_rural' && !/^(城|农|乡)/.test(ind.name)) {
          v = bestMatch(lex, withSuffixes(sideWord + ind.name, unit), unit);
        }
        if (v && v !== 'ambiguous' && v.ind.id !== ind.id) {
          if (same) {
            ind = v.ind;
            breakdown = v.breakdown;
            basis += `,按${where}取${ind.name}`;
          } else doubtful = doubt;
        } else if (same && first.e.setId === 'urban_rural' && !byTitle && !ind.breakdowns && !/城市|城镇|农村|城乡/.test(own + ind.name)) {
          // a heading naming one side over an indicator with no sides: the side's figure is not the whole's
          doubtful = `${where}写明“${first.e.value}”,指标“${ind.name}”不分城乡,本行只是其中一方的数`;
        }
        break;
      }
    }
  }
  return { ind, breakdown, basis, fromTitle, titleSure, doubtful };
}

const soleCache = new WeakMap<Lexicon, Map<string, Set<string>>>();
/** The indicators whose name or an alias is exactly s. */
export function namedBy(lex: Lexicon, s: string): Set<string> {
  let m = soleCache.get(lex);
  if (!m) {
    m = new Map();
    for (const ind of lex.byId.values()) {
      for (const a of [ind.name, ...ind.aliases]) {
        const k = normaliseChars(a).replace(/\s+/g, '');
        (m.get(k) ?? m.set(k, new Set()).get(k)!).add(ind.id);
      }
    }
    soleCache.set(lex, m);
  }
  return m.get(s) ?? new Set();
}

/**
 * A total row read through the title (提供住宿的社会服务机构 over 床位数; 城市低保 over 户数) is sure when the title
 * is the exact name of one indicator and the column's indicator is named after that title: the title's words
 * (less the side a breakdown took) open one of its names.
 */
function titleSureOf(lex: Lexicon, title: string, m: Match): boolean {
  if (namedBy(lex, title).size !== 1) return false;
  const side = m.breakdown ? lex.breakdowns(title).find((b) => b.start === 0 && b.e.value === m.breakdown) : undefined;
  const subject = side ? title.slice(side.end) : title;
  if (subject.length < 2) return false;
  return [m.ind.name, ...m.ind.aliases].some((a) => normaliseChars(a).replace(/\s+/g, '').startsWith(subject));
}
