// Tables whose rows are regions and whose columns are indicators (a city's table by district):
//   地区 | 城市低保户数 | 城市低保人数 | 农村低保户数 …
//   张店区 | 1200 | 2100 | 300 …
//   合计 | 2000 | 3600 | 2600 …
// Pipe, tab or space separated. Each column is resolved to an indicator (with its breakdown and unit),
// each row to a region of the catalogue or a total. Only the text's own region's row (or the total
// row of its own lower regions) becomes records; other rows and anything unsure stay candidates.
// Pure; linear in the text (a line is only looked at when its first cell names a label column).
import { DataRecord, IndicatorDef, RegionDef } from '../types';
import { resolverFor } from '../resolver';
import { parseUnit } from '../units';
import { Candidate, CandidateReason, heldCell } from './candidates';
import { Lexicon, lexiconFor } from './lexicon';
import { normaliseChars } from './normalize';
import { tableContext } from './tableContext';
import { Match, TableReadOptions, bestMatch, endMonthOf, fileOnce, namedBy, spanLabel, tableRecord, withSuffixes } from './tableMap';
import { isUnit, unitOf } from './tableVocab';
import { readWrappedYearTables } from './wrappedYearHead';
import { readHeaderStandards } from './headerStandards';
import { readTownRowsPerLine } from './townRowsPerLine';

/** The table reader's options, without its lexicon and code index (the reader takes the catalogue's lexicon). */
export type RowRegionOptions = Omit<TableReadOptions, 'lex' | 'codeIndex'>;

export interface RowRegionBlock {
  /** span of the header and data lines */
  start: number;
  end: number;
  records: DataRecord[];
  candidates: Candidate[];
  note: string;
}

interface Cell {
  text: string; // normalised, spaces removed
  start: number;
  end: number;
}

interface Col {
  header: string;
  unit: string;
  res?: { ind: IndicatorDef; breakdown: string };
  /** zh: why the column's cells cannot be records ('' when resolved) */
  problem: string;
  reason: CandidateReason;
  /** 同比/增长%: never read */
  skip?: boolean;
  /** the column title read with the table title's subject (户数 under 城市低保情况 → 城市低保户数) */
  basis?: string;
  /** 保障人数 read as the 特困 whole: proved only by 集中 + 分散 in every row */
  modesWhole?: boolean;
}

/** Label column titles of a table by area. */
const LABEL_HEAD = /^(?:地区|地区名称|区域|区县|县区|区县名称|县\(市、?区\)|县\(市,区\)|县市区|县\(区\)|区\(县\)|区\(县、?市\)|县\(区、?市\)|市\(县、?区\)|市县|市州|市\(州\)|州\(市\)|市州名称|地市|设区市|市别|单位|单位名称|名称|行政区划|行政区|地\s?区|街道|乡镇|乡镇\(街道\)|街道\(乡镇\)|镇\(街道\)|镇街|街镇|乡镇街道)$/;
const SEQ_HEAD = /^(?:序号|编号)$/;
/** a row's label cell: an area's or a total's name */
const ROW_LABEL = /^[\u4e00-\u9fff()()·]{2,16}$/;
/** a cell equal to the sum of others, as printed (rounded to two decimals) */
const sumsTo = (sum: number, total: number) => Math.abs(sum - total) <= 0.011;
/** 年份 | 城市低保人数 | …: a table whose rows are years of the text's own region */
const YEAR_HEAD = /^(?:年份|年度)$/;
const YEAR_ROW = /^((?:19|20)\d{2})(?:年度?)?$/;
const TOTAL_ROW = /^(?:合计|总计|全市|全区|全县|全省|全州|全盟|全旗|全市合计|全市总计|全区合计|全县合计|全省合计|全州合计|总数|共计)$/;
/** a township or street the region catalogue does not hold (a county's table by township) */
const TOWN_ROW = /^[\u4e00-\u9fff]{1,10}(?:镇|乡|街道|街道办事处|办事处)$/;
/** what a column title measures, to tell which columns a second header row may retitle */
const measureKind = (t: string) => (/金额|资金|补贴|经费|支出|元|总额/.test(t) ? 'money' : /人数|人次/.test(t) ? 'persons' : /户数/.test(t) ? 'households' : 'other');
const SUBTOTAL_ROW = /^(?:小计|[\u4e00-\u9fff]{1,6}小计)$/;
/** 集中供养保障人数 | 分散供养保障人数: the 特困 (五保) people by supply mode, when no other programme is named */
const SUPPLY_COL = /^(?:特困|五保)?(?:人员|对象)?(集中|分散)供养(?:特困人员|五保对象|人员|对象)?(?:保障|救助)?(?:对象)?(人数|户数)$/;
/** 保障人数 beside them: the whole, once each row shows it is their sum */
const MODES_WHOLE_COL = /^(?:特困|五保)?(?:人员|对象)?(?:供养|保障|救助)?(?:对象)?(?:合计|总)?人数(?:合计)?$/;
const OTHER_PROGRAMME = /孤儿|儿童|残疾|托养|老年|老人|高龄|低保|最低生活|流浪|优抚|医疗/;
const SIDE = /^(?:(城市|城镇)|(农村|乡村)|(合计|城乡合计|总计))$/;
const DERIVED = /同比|环比|增长|增减|增幅|%|比重|占比|排名|比上年/;
const PREVIOUS = /上年|上期|上月|去年|同期/;
const EMPTY_RE = /^(?:[-—–/…]{1,3}|无)?$/;
const UNIT_LINE = /^[((]?(?:金额|计量|数量)?单位[::]\s*([^()()]{1,10})[))]?$/;
const MAX_LINE = 600;
const PARTIAL_TITLE = /部分|重点|试点|抽样|抽查|部份/;

function splitCells(norm: string, start: number): Cell[] {
  const out: Cell[] = [];
  const push = (a: number, b: number) => {
    let s = a;
    let e = b;
    while (s < e && /\s/.test(norm[s])) s++;
    while (e > s && /\s/.test(norm[e - 1])) e--;
    out.push({ text: norm.slice(s, e).replace(/\s+/g, ''), start: start + s, end: start + e });
  };
  if (/[|｜]/.test(norm)) {
    let a = 0;
    for (let i = 0; i <= norm.length; i++) {
      if (i === norm.length || norm[i] === '|' || norm[i] === '｜') {
        push(a, i);
        a = i + 1;
      }
    }
    if (out.length && out[0].text === '' && /^\s*[|｜]/.test(norm)) out.shift();
    if (out.length && out[out.length - 1].text === '' && /[|｜]\s*$/.test(norm)) out.pop();
    return out;
  }
  if (norm.includes('\t')) {
    let a = 0;
    for (let i = 0; i <= norm.length; i++) {
      if (i === norm.length || norm[i] === '\t') {
        push(a, i);
        a = i + 1;
      }
    }
    while (out.length && out[out.length - 1].text === '') out.pop();
    return out;
  }
  const re = /\S+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(norm))) {
    const prev = out[out.length - 1];
    // 资金支出数 (万元): a unit token belongs to the cell before; 地 区: a letter-spaced label title
    if (prev && (/^[((][^()()]{1,10}[))]$/.test(m[0]) || (out.length === 1 && /^[地区]$/.test(prev.text) && LABEL_HEAD.test(prev.text + m[0])))) {
      prev.text += m[0];
      prev.end = start + m.index + m[0].length;
    } else out.push({ text: m[0], start: start + m.index, end: start + m.index + m[0].length });
  }
  return out;
}

/** A value cell: a number, a number with its unit (1065元/人·月), an empty mark, or text. */
function cellValue(t: string): { kind: 'num' | 'empty' | 'bad' | 'text'; value: number; unit?: string } {
  if (EMPTY_RE.test(t)) return { kind: 'empty', value: NaN };
  const m = /^([-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(\D{0,8})$/.exec(t);
  const num = (x: string) => (x.includes(',') || x.includes('−') ? Number(x.replace(/,/g, '').replace('−', '-')) : Number(x));
  if (m && !m[2]) return { kind: 'num', value: num(m[1]) };
  if (m && isUnit(m[2])) return { kind: 'num', value: num(m[1]), unit: unitOf(m[2]) };
  // 1,2345 or 12.3.4: a broken number in a value column
  if (/^[-−]?[\d.,]+$/.test(t)) return { kind: 'bad', value: NaN };
  return { kind: 'text', value: NaN };
}

/** A group title over a sub-column title: 城市低保 + 人数(人) → 城市低保人数(人); the group's unit when the sub-column has none. */
function joinHead(group: string, sub: string): string {
  const g = headerParts(group);
  const x = headerParts(sub);
  const unit = x.unit || g.unit;
  return g.name + x.name + (unit ? `(${unit})` : '');
}

/** 城市低保人数(人) → name and unit; the unit only when it is one. */
function headerParts(h: string): { name: string; unit: string } {
  const m = /^(.*?)[((]([^()()]{1,10})[))]$/.exec(h);
  if (m && isUnit(m[2])) return { name: m[1], unit: unitOf(m[2]) };
  return { name: h.replace(/[((][^()()]*[))]$/, ''), unit: '' };
}

/** The subject a title names: 2023年9月各区县城乡低保标准(元/人·月) → 城乡低保标准. */
function titleStem(title: string): string {
  return title
    .replace(/[((][^()()]*[))]/g, '')
    .replace(/^.*?(?:19|20)\d{2}年(?:度)?(?:\d{1,2}(?:-\d{1,2})?月(?:份|底|末)?|[一二三四1-4]季度|上半年|前三季度)?/, '')
    .replace(/^(?:全[省市区县]|各地|各市|各区县|各县\(?市、?区\)?|各县区|各区|各县|各市州|各设区市|分地区|分区县|分县区|分市州)/, '')
    .replace(/^(?:全[省市区县]|各地|各市|各区县|各县区|各区|各县|各市州|分地区)/, '')
    .replace(/(?:基本)?(?:情况|数据)?(?:统计表|统计|一览表|汇总表|明细表|表)$/, '')
    .replace(/(?:基本)?情况$/, '');
}

/** The indicator a title names: 各区县城乡低保标准(元/人·月) → 城乡低保标准. */
function titleIndicator(lex: Lexicon, title: string, unit: string): Match | 'ambiguous' | null {
  const t = titleStem(title);
  if (t.length < 2) return null;
  const m = bestMatch(lex, withSuffixes(t, unit), unit);
  // 城乡低保标准 over 城市 | 农村 columns: the indicator of both sides
  return m || !/^城乡/.test(t) ? m : bestMatch(lex, withSuffixes(t.slice(2), unit), unit);
}

/** The title's indicator on one side (a 城市 / 农村 column). */
function sideOf(lex: Lexicon, m: Match, side: string): { ind: IndicatorDef; breakdown: string } | null {
  if (side === '') return m.breakdown === '' ? { ind: m.ind, breakdown: '' } : null;
  if (m.breakdown) return m.breakdown === side ? { ind: m.ind, breakdown: side } : null;
  if (m.ind.breakdowns === 'urban_rural') return { ind: m.ind, breakdown: side };
  const twin = lex.byId.get(m.ind.id + (side === '城市' ? '_urban' : '_rural'));
  return twin ? { ind: twin, breakdown: '' } : null;
}

interface RegionHit {
  def?: RegionDef;
  /** several regions share the name and none is under the text's region */
  shared?: boolean;
}

export function readRowRegionTables(text: string, o: RowRegionOptions): RowRegionBlock[] {
  // (headings one per line over year sub-columns, row labels lost: see wrappedYearHead.ts)
  // (a standard printed in a column header: see headerStandards.ts)
  // (a table by township one cell per line: see townRowsPerLine.ts)
  const out: RowRegionBlock[] = [...readWrappedYearTables(text, o), ...readHeaderStandards(text, o), ...readTownRowsPerLine(text, o)];
  const wrapped = out.length > 0;
  if (!/\n\t|[|｜][ \t]*[|｜]|年份|年度|地\s?区|区县|县区|县[((]|市州|单位|名称|地市|行政区|市县|设区市|市别|区[((]/.test(text)) return out;
  const norm = normaliseChars(text);
  // lines
  const lines: { start: number; end: number; norm: string }[] = [];
  for (let s = 0; s <= text.length; ) {
    const nl = text.indexOf('\n', s);
    const i = nl < 0 ? text.length : nl;
    let e = i;
    if (e > s && text[e - 1] === '\r') e--;
    lines.push({ start: s, end: e, norm: norm.slice(s, e) });
    s = i + 1;
  }
  for (let li = 0; li < lines.length; li++) {
    const l = lines[li];
    if (l.norm.length > MAX_LINE || l.norm.length < 6) continue;
    if (wrapped && out.some((b) => l.start >= b.start && l.start < b.end)) continue;
    // (a label column left untitled: "| | 城市低保人数 | …" or a line opening with a tab)
    const blank = /^(?:\s*[|｜]\s*[|｜]|\t)/.test(l.norm);
    const first = blank ? null : /^\s*[|｜]?\s*(地\s{1,3}区|\S{1,12}?)(?:\s|[|｜]|$)/.exec(l.norm);
    if (!blank && (!first || !(LABEL_HEAD.test(first[1]) || SEQ_HEAD.test(first[1]) || YEAR_HEAD.test(first[1])))) continue;
    const block = readBlock(text, lines, li, o);
    if (block) {
      out.push(block.block);
      li = block.last;
    }
  }
  return out;
}

function readBlock(text: string, lines: { start: number; end: number; norm: string }[], hi: number, o: RowRegionOptions): { block: RowRegionBlock; last: number } | null {
  let head = splitCells(lines[hi].norm, lines[hi].start);
  const seq = SEQ_HEAD.test(head[0]?.text ?? '');
  if (seq) head = head.slice(1);
  const byYear = YEAR_HEAD.test(head[0]?.text ?? '');
  if (head.length < 3 || !(head[0].text === '' || LABEL_HEAD.test(head[0].text) || byYear)) return null;
  const lex = lexiconFor(o.catalogue);
  const resolver = resolverFor(o.catalogue);

  // title and unit lines above (up to three non-blank lines within five)
  const preamble: string[] = [];
  let tableUnit = '';
  for (let k = hi - 1, seen = 0; k >= 0 && k >= hi - 5 && seen < 3; k--) {
    const t = lines[k].norm.replace(/[|｜]/g, ' ').trim();
    if (!t) continue;
    seen++;
    const u = UNIT_LINE.exec(t.replace(/\s+/g, ''));
    if (u) {
      if (isUnit(u[1])) tableUnit ||= unitOf(u[1]);
      continue;
    }
    if (t.length > 60 || /[。;]/.test(t)) break;
    preamble.unshift(t);
  }
  const title = preamble.length ? preamble[preamble.length - 1].replace(/\s+/g, '') : '';
  const titleUnit = /[((](?:单位[::])?([^()()]{1,10})[))]\s*$/.exec(title);
  if (!tableUnit && titleUnit && isUnit(titleUnit[1])) tableUnit = unitOf(titleUnit[1]);

  // columns
  const stem = titleStem(title);
  const titleRes = new Map<string, Match | 'ambiguous' | null>();
  // a header over two lines: 地区 | 城市低保 | 农村低保 over 户数 | 人数 | 户数 | 人数 (each group over the same sub-columns)
  // 州(市) | 县(市、区) | …: two label columns, the parent area's cell spanning its rows
  const twoLabels = !byYear && head.length >= 4 && LABEL_HEAD.test(head[1].text);
  let titles = head.slice(twoLabels ? 2 : 1).map((c) => c.text);
  let dataFrom = hi + 1;
  /** a second header row that splits no column evenly: the columns it may retitle */
  let subHeader: string[] = [];
  const grp = titles.filter((t) => t);
  const sub = hi + 1 < lines.length ? splitCells(lines[hi + 1].norm, lines[hi + 1].start).map((c) => c.text).filter((t) => t) : [];
  if (grp.length >= 2 && sub.length >= 4 && sub.length % grp.length === 0 && sub.every((t) => cellValue(t).kind === 'text' && !LABEL_HEAD.test(t))) {
    const k = sub.length / grp.length;
    if (k >= 2 && sub.every((t, i) => t === sub[i % k])) {
      titles = grp.flatMap((g) => sub.slice(0, k).map((x) => joinHead(g, x)));
      dataFrom = hi + 2;
    }
  }
  if (dataFrom === hi + 1 && sub.length >= 2 && sub.every((t) => cellValue(t).kind === 'text' && !LABEL_HEAD.test(t) && !TOTAL_ROW.test(t))) {
    // 孤儿数(人) over 机构养育 | 散居: the breakdowns of one column's indicator split that column
    const lone = (t: string, unit: string) => bestMatch(lex, withSuffixes(headerParts(t).name, unit), unit);
    const splits = titles
      .map((t, j) => {
        const unit = headerParts(t).unit || tableUnit;
        const whole = t ? lone(t, unit) : null;
        if (!whole || whole === 'ambiguous' || whole.breakdown) return -1;
        const parts = sub.map((x) => lone(joinHead(t, x), unit));
        const bds = new Set(parts.map((m) => (m && m !== 'ambiguous' && m.ind.id === whole.ind.id ? m.breakdown : '')));
        return bds.size === sub.length && !bds.has('') ? j : -1;
      })
      .filter((j) => j >= 0);
    if (splits.length === 1) {
      const j = splits[0];
      titles = [...titles.slice(0, j), ...sub.map((x) => joinHead(titles[j], x)), ...titles.slice(j + 1)];
      dataFrom = hi + 2;
    } else if (sub.every((t) => measureKind(t) !== 'other')) {
      // 集中供养金额 | 发放总额 under a header of as many columns: which columns they retitle is not shown
      subHeader = sub;
      dataFrom = hi + 2;
    }
  }
  // (a table by area of 集中供养 and 分散供养 persons, naming no other programme: the 特困 supply modes)
  const modeOf = (t: string) => SUPPLY_COL.exec(headerParts(t).name);
  const tekunTable =
    titles.some((t) => modeOf(t)?.[1] === '集中' && modeOf(t)?.[2] === '人数') &&
    titles.some((t) => modeOf(t)?.[1] === '分散' && modeOf(t)?.[2] === '人数') &&
    !OTHER_PROGRAMME.test([...preamble, ...titles, ...subHeader].join('|'));
  const tekunPersons = lex.byId.get('tekun_persons');
  const cols: Col[] = titles.map((text) => {
    const c = { text };
    const { name, unit: own } = headerParts(c.text);
    const unit = own || tableUnit;
    const col: Col = { header: c.text, unit, problem: '', reason: 'no_indicator' };
    if (!name) return { ...col, problem: '列名为空', reason: 'ambiguous_column' };
    if (subHeader.length && (measureKind(name) === 'other' || subHeader.some((x) => measureKind(x) === measureKind(name))))
      return { ...col, problem: `表头第二行“${subHeader.join('、')}”可能是此列的列名`, reason: 'ambiguous_column' };
    if (DERIVED.test(name)) return { ...col, skip: true };
    if (PREVIOUS.test(name)) return { ...col, problem: `“${c.text}”列不是本期数`, reason: 'previous_column' };
    const side = SIDE.exec(name);
    if (side) {
      if (!titleRes.has(unit)) titleRes.set(unit, titleIndicator(lex, title, unit));
      const tm = titleRes.get(unit);
      if (!tm || tm === 'ambiguous') return { ...col, problem: `列“${c.text}”只写了城乡,标题未指明是哪一指标` };
      const res = sideOf(lex, tm, side[1] ? '城市' : side[2] ? '农村' : '');
      return res ? { ...col, res } : { ...col, problem: `标题所指指标“${tm.ind.name}”不分城乡,列“${c.text}”无法对应`, reason: 'ambiguous_breakdown' };
    }
    let m = bestMatch(lex, withSuffixes(name, unit), unit);
    let basis = '';
    // 城市低保情况 over 户数 | 人数, 城乡低保情况 over 城市户数 | 农村户数: the column read with the title's subject
    if (!m && stem.length >= 2 && !/^(?:城市|城镇|农村|城乡)?(?:户数|人数|户|人|人次|资金|支出|金额|标准|数量|合计)/.test(stem)) {
      const side = /^(城市|城镇|农村)(.+)$/.exec(name);
      const joined = side && /^城乡/.test(stem) ? side[1] + stem.slice(2) + side[2] : stem + name;
      if (joined.length <= 16 && /^(?:城市|城镇|农村)?(?:户数|人数|人次|资金|支出|资金支出|金额|标准|保障标准|补助标准|床位|床位数|机构数)(?:数)?$/.test(side ? side[2] : name)) {
        m = bestMatch(lex, withSuffixes(joined, unit), unit);
        basis = joined;
        // (城市低保发放情况: the programme paid, when the rest is the exact name of one indicator; 城乡 names two)
        const paid = stem.replace(/(?:资金|金)?发放$/, '');
        if (!m && !side && paid !== stem && namedBy(lex, paid).size === 1) {
          m = bestMatch(lex, withSuffixes(paid + name, unit), unit);
          basis = paid + name;
        }
      }
    }
    if (!m && tekunTable && tekunPersons && (!unit || lex.fits(tekunPersons, unit))) {
      const sm = modeOf(c.text);
      if (sm && sm[2] === '人数') return { ...col, res: { ind: tekunPersons, breakdown: sm[1] + '供养' }, basis: `列名“${c.text}”的供养方式` };
      if (MODES_WHOLE_COL.test(name)) return { ...col, res: { ind: tekunPersons, breakdown: '' }, basis: `集中供养与分散供养之和`, modesWhole: true };
    }
    if (m === 'ambiguous') return { ...col, problem: `列“${c.text}”可对应多个指标` };
    if (!m) return { ...col, problem: `列“${c.text}”不对应目录中的指标` };
    return { ...col, res: { ind: m.ind, breakdown: m.breakdown }, basis };
  });
  // two columns naming one indicator: neither is sure
  const keyOf = (c: Col) => (c.res ? `${c.res.ind.id}|${c.res.breakdown}` : '');
  for (const c of cols) {
    if (!c.res) continue;
    const twins = cols.filter((x) => x !== c && keyOf(x) === keyOf(c));
    if (twins.length) c.problem = `“${c.header}”与“${twins[0].header}”两列对应同一指标“${c.res.ind.name}${c.res.breakdown ? `(${c.res.breakdown})` : ''}”`;
    if (twins.length) c.reason = 'ambiguous_column';
  }
  // at least two columns name indicators (a lone 城市 / 农村 pair under a titled indicator counts too)
  if (cols.filter((c) => c.res).length < 2) return null;

  // data rows
  const tctx = tableContext(preamble, [], o.catalogue);
  const regionName = o.region || (tctx.region?.known ? tctx.region.name : '') || o.inferredRegion || '';
  interface Row {
    label: Cell;
    cells: Cell[];
    start: number;
    end: number;
    kind: 'region' | 'total' | 'subtotal' | 'other' | 'year' | 'town';
    hit?: RegionHit;
    /** the row's own year (a table by year) */
    year?: number;
    uneven: boolean;
  }
  const rows: Row[] = [];
  let last = dataFrom - 1;
  for (let k = dataFrom; k < lines.length; k++) {
    const ln = lines[k];
    if (!ln.norm.trim()) {
      // a blank line inside the table: go on only when a row of the same shape follows
      let n = k + 1;
      while (n < lines.length && !lines[n].norm.trim()) n++;
      if (n - k > 2 || n >= lines.length) break;
      const cs = splitCells(lines[n].norm, lines[n].start);
      if (cs.length - (seq ? 1 : 0) !== head.length) break;
      continue;
    }
    if (ln.norm.length > MAX_LINE) break;
    let cs = splitCells(ln.norm, ln.start);
    if (seq && cs.length && /^(?:\d{1,3})?$/.test(cs[0].text)) cs = cs.slice(1);
    if (cs.length < 2) break;
    // (保山市 | 市本级 | …: the parent's cell, then the row's own label)
    const two = twoLabels && cs.length > 2 && ROW_LABEL.test(cs[0].text) && ROW_LABEL.test(cs[1].text);
    const label = two ? cs[1] : cs[0];
    const ry = byYear ? YEAR_ROW.exec(label.text) : null;
    if (byYear ? !ry : !ROW_LABEL.test(label.text)) break;
    let vals = cs.slice(two ? 2 : 1);
    let kinds = vals.map((c) => cellValue(c.text).kind);
    // a standard told in words in the last cell (集中供养…2000元/人·月; …): no value of the row
    const tail = kinds.lastIndexOf('num') + 1;
    if (tail > 0 && kinds.slice(tail).every((k) => k !== 'bad') && vals.slice(tail).some((c) => /\d\s*元/.test(c.text))) {
      vals = vals.slice(0, tail);
      kinds = kinds.slice(0, tail);
    }
    if (!kinds.includes('num') || kinds.includes('text')) break;
    rows.push({ label, cells: vals, start: ln.start, end: ln.end, kind: ry ? 'year' : 'other', year: ry ? Number(ry[1]) : undefined, uneven: vals.length !== cols.length });
    last = k;
  }
  if (!rows.length) return null;
  // 保障人数 is the 特困 whole only when it is 集中供养 + 分散供养 in every row
  for (const c of cols.filter((x) => x.modesWhole && x.res)) {
    const j = cols.indexOf(c);
    const a = cols.findIndex((x) => x.res?.ind === c.res!.ind && x.res.breakdown === '集中供养');
    const b = cols.findIndex((x) => x.res?.ind === c.res!.ind && x.res.breakdown === '分散供养');
    const num = (r: (typeof rows)[number], k: number) => cellValue(r.cells[k]?.text ?? '');
    const ok = a >= 0 && b >= 0 && rows.every((r) => !r.uneven && [j, a, b].every((k) => num(r, k).kind === 'num') && num(r, j).value === num(r, a).value + num(r, b).value);
    if (!ok) {
      c.res = undefined;
      c.problem = `“${c.header}”列不都等于集中供养与分散供养两列之和,无法确认是特困人员总数`;
      c.reason = 'ambiguous_column';
    }
  }

  // rows → regions
  const own = regionName ? resolver.region(regionName) : undefined;
  const ownDef = own && own.ok ? own.region : undefined;
  const lookup = (name: string): RegionHit => {
    const r = resolver.region(name);
    if (r.ok) return { def: r.region };
    if (r.code === 'NA' && r.candidates?.length) {
      const under = r.candidates.filter((c) => ownDef && (c.parent === ownDef.name || c.name === ownDef.name));
      if (under.length === 1) return { def: resolver.regionByName.get(under[0].name) };
      return { shared: true };
    }
    // 张店区 printed as 张店区合计? no: only the name itself
    return {};
  };
  for (const r of rows) {
    const t = r.label.text;
    if (TOTAL_ROW.test(t)) r.kind = 'total';
    else if (SUBTOTAL_ROW.test(t)) r.kind = 'subtotal';
    else {
      r.hit = lookup(t);
      if (r.hit.def || r.hit.shared) r.kind = 'region';
      // (a town's row under a header this reader alone reads: a second header row or two label columns)
      else if (TOWN_ROW.test(t) && (dataFrom === hi + 2 || twoLabels)) r.kind = 'town';
    }
  }
  // shared names resolved by the other rows' parent (市中区 among 历下区, 槐荫区 …)
  const parents = rows.filter((r) => r.hit?.def?.parent).map((r) => r.hit!.def!.parent!);
  const parentMajor = parents.length && parents.every((p) => p === parents[0]) ? parents[0] : '';
  for (const r of rows) {
    if (!r.hit?.shared || !parentMajor) continue;
    const res = resolver.region(r.label.text);
    const hit = !res.ok ? res.candidates?.filter((c) => c.parent === parentMajor) : undefined;
    if (hit?.length === 1) r.hit = { def: resolver.regionByName.get(hit[0].name) };
  }
  const regionRows = rows.filter((r) => r.kind === 'region');
  const townRows = rows.filter((r) => r.kind === 'town');
  if (byYear ? rows.length < 2 : !(regionRows.length + townRows.length) || rows.filter((r) => r.kind !== 'other').length < rows.length / 2) return null;

  // period and year from the title, else the caller's
  const year = tctx.year?.value ?? o.year ?? o.inferredYear;
  const givenEnd = endMonthOf(o.period);
  // (年份 | … with rows 2009, 2010: a row labelled by a calendar year is that whole year)
  const month = tctx.month?.value ?? givenEnd ?? (byYear ? 12 : undefined);
  const notes: string[] = [];
  if (tctx.month) notes.push(`报告期取自${tctx.month.basis}`);
  else if (givenEnd !== undefined) notes.push(`表格未写报告期,按指定期间“${o.period}”`);
  else if (byYear) notes.push('各行为整年的数(全年)');
  else notes.push('表格未写报告期,其数值只作为候选');
  const periodFor = (ind: IndicatorDef): string => {
    const m = month!;
    if (ind.flow === 'flow') return spanLabel(1, m);
    if (o.period && givenEnd === m) return o.period;
    return m === 12 ? '全年' : `${m}月`;
  };

  const ownRows = regionRows.filter((r) => ownDef && r.hit?.def?.name === ownDef.name);
  const totals = rows.filter((r) => r.kind === 'total');
  const titleRegion = tctx.region?.known ? tctx.region.name : '';
  const childOf = (d: RegionDef | undefined, of: RegionDef) => {
    for (let p = d?.parent, k = 0; p && k < 3; k++) {
      if (p === of.name) return true;
      p = resolver.regionByName.get(p)?.parent;
    }
    return false;
  };
  const otherRows = regionRows.filter((r) => !ownRows.includes(r));
  // (townships are below a county or a district only)
  const townsBelow = !townRows.length || ownDef?.level === 'county' || ownDef?.level === 'district';
  const allChildren = !!ownDef && otherRows.length + townRows.length > 0 && townsBelow && otherRows.every((r) => r.hit?.def && childOf(r.hit.def, ownDef));
  // (a total over a few of them is not the region's: at least half of its direct lower regions are listed)
  const kids = ownDef ? o.catalogue.regions.filter((x) => x.parent === ownDef.name && !x.zone).length : 0;
  const listed = new Set(otherRows.filter((r) => r.hit?.def?.parent === ownDef?.name).map((r) => r.hit!.def!.name)).size;
  // (unless the title says every area is listed: 各区县, 分市州 …)
  const everyArea = /各(?:区县|县区|县市区|县\(?市、?区\)?|区|县|市|市州|设区市|地)|分(?:地区|区县|县区|市州|县)/.test(title);
  const fewKids = kids > 0 && listed * 2 < kids && !everyArea;
  const totalLevelOk = (label: string) => {
    if (!ownDef) return false;
    const lv = ownDef.level;
    if (/^全省/.test(label)) return lv === 'province';
    if (/^全市/.test(label)) return lv === 'city' || /市$/.test(ownDef.official ?? ownDef.name);
    if (/^全县/.test(label)) return lv === 'county';
    if (/^全区/.test(label)) return lv === 'district' || lv === 'province';
    if (/^全[州盟]/.test(label)) return lv === 'city';
    if (/^全旗/.test(label)) return lv === 'county';
    return true;
  };

  // (平阴县历年低保情况: a table by year of the region its title opens with)
  let yearTitleRegion = titleRegion;
  for (let e = Math.min(title.length, 12); byYear && !yearTitleRegion && e >= 2; e--) {
    if (!/[省市县区州盟旗]/.test(title[e - 1])) continue;
    const r = resolver.region(title.slice(0, e));
    if (r.ok) yearTitleRegion = r.region.name;
  }

  /** every column with a number in each other row adds up to the total row's cell (and at least two do) */
  const sumsCheck = (t: Row): boolean => {
    const parts = rows.filter((r) => r !== t && r.kind !== 'subtotal');
    if (!parts.length || t.uneven || parts.some((r) => r.uneven)) return false;
    let checked = 0;
    for (let j = 0; j < cols.length; j++) {
      const vs = parts.map((r) => cellValue(r.cells[j].text));
      const tv = cellValue(t.cells[j].text);
      if (tv.kind !== 'num' || vs.some((v) => v.kind !== 'num')) continue;
      const sum = vs.reduce((a, v) => a + v.value, 0);
      if (!sumsTo(sum, tv.value)) return false;
      checked++;
    }
    return checked >= 2;
  };
  /**
   * A row with fewer numbers than columns (blank cells dropped): its first cells stand under the first columns
   * when a 合计 column among them is the sum of the columns after it in the same unit, all of them filled.
   * Returns the last column so proven, or -1.
   */
  const provenPrefix = (cells: Cell[]): number => {
    if (cells.length >= cols.length) return -1;
    let best = -1;
    cols.forEach((c, p) => {
      if (p >= cells.length || !/合计|总计|总数/.test(c.header)) return;
      let q = p;
      while (q + 1 < cols.length && cols[q + 1].unit === c.unit && !/合计|总计|总数/.test(cols[q + 1].header)) q++;
      if (q - p < 2 || q >= cells.length) return;
      const vs = cells.slice(p, q + 1).map((x) => cellValue(x.text));
      if (vs.some((v) => v.kind !== 'num' || !(v.value > 0))) return;
      const sum = vs.slice(1).reduce((a, v) => a + v.value, 0);
      if (sumsTo(sum, vs[0].value)) best = Math.max(best, q);
    });
    return best;
  };
  const block: RowRegionBlock = { start: lines[hi].start, end: lines[last].end, records: [], candidates: [], note: '' };
  const seen = new Map<string, DataRecord>();
  const candidate = (r: Row, c: Cell, reason: CandidateReason, extra: string, col?: Col, value?: number, cellUnit?: string) => {
    const unit = cellUnit ?? col?.unit ?? '';
    block.candidates.push(heldCell({
      region: regionName,
      year: r.year ?? year ?? 0,
      raw: /\D$/.test(c.text) ? c.text : c.text + unit,
      value: value !== undefined && Number.isFinite(value) ? value : null,
      unit,
      indicatorId: col?.res?.ind.id ?? '',
      source: o.source,
      offset: r.start,
      valueOffset: c.start,
      quote: text.slice(r.start, r.end),
    }, reason, extra));
  };
  for (const r of rows) {
    const label = r.label.text;
    // whose figures the row holds; '' when they are the text's region's
    let why: { reason: CandidateReason; msg: string } | null = null;
    if (r.kind === 'region') {
      const d = r.hit?.def;
      if (!d) why = { reason: 'other_region', msg: `“${label}”有多个同名地区,无法确定是哪一个` };
      else if (!ownDef) why = { reason: 'other_region', msg: `未确定本文地区,“${label}”行只作为候选` };
      else if (d.name === ownDef.name) why = null;
      else if (childOf(d, ownDef)) why = { reason: 'sub_region', msg: `“${label}”是“${regionName}”的下级地区` };
      else why = { reason: 'other_region', msg: `“${label}”不是“${regionName}”` };
    } else if (r.kind === 'total') {
      if (!ownDef) why = { reason: 'other_region', msg: `未确定本文地区,“${label}”行只作为候选` };
      else if (totals.length > 1) why = { reason: 'other_region', msg: `表中有多个合计行,无法确定哪一行是“${regionName}”的数` };
      else if (ownRows.length) why = { reason: 'other_region', msg: `表中另有“${regionName}”一行,“${label}”行是各地区的合计` };
      else if (!totalLevelOk(label)) why = { reason: 'other_region', msg: `“${label}”与“${regionName}”的层级不符` };
      // (2023年部分区县…: the total of the areas listed only)
      else if (PARTIAL_TITLE.test(title)) why = { reason: 'area_group', msg: `表题写明只列部分地区,“${label}”行不是“${regionName}”全地区的数` };
      else if (titleRegion === ownDef.name) why = null;
      else if (!allChildren) why = { reason: 'other_region', msg: `表中各行不都是“${regionName}”的下级地区,“${label}”行不一定是“${regionName}”的合计` };
      else if (fewKids) why = { reason: 'sub_region', msg: `表中只列出“${regionName}”${kids}个下级地区中的${listed}个,“${label}”行不一定是全地区的合计` };
    } else if (r.kind === 'year') {
      // (each row its own year: only the report year's row is the text's)
      const want = o.year ?? tctx.year?.value ?? o.inferredYear;
      if (!ownDef) why = { reason: 'other_region', msg: `未确定本文地区,“${label}”行只作为候选` };
      else if (yearTitleRegion && yearTitleRegion !== ownDef.name) why = { reason: 'other_region', msg: `表题所指地区“${yearTitleRegion}”不是“${regionName}”` };
      else if (want === undefined) why = { reason: 'period_unknown', msg: `未确定报告年份,“${label}”行只作为候选` };
      else if (r.year !== want) why = { reason: 'other_year', msg: `“${label}”行是${r.year}年的数,报告年份为${want}年` };
    } else if (r.kind === 'town') {
      why = { reason: ownDef ? 'sub_region' : 'other_region', msg: ownDef ? `“${label}”是“${regionName}”下的乡镇(街道)` : `未确定本文地区,“${label}”行只作为候选` };
    } else if (r.kind === 'subtotal') why = { reason: 'sub_region', msg: `“${label}”是部分地区的小计` };
    else why = { reason: 'other_region', msg: `行“${label}”不是目录中的地区,也不是合计行` };
    // under a second header row the total is the region's only when it is the column sums of the other rows
    if (!why && r.kind === 'total' && subHeader.length && !sumsCheck(r)) why = { reason: 'ambiguous_column', msg: `表头有第二行,“${label}”行的数值与各行之和不符,无法确认各列` };
    const proven = r.uneven ? provenPrefix(r.cells) : -1;
    r.cells.forEach((c, k) => {
      if (EMPTY_RE.test(c.text)) return;
      const col = r.uneven && k > proven ? undefined : cols[k];
      const cv = cellValue(c.text);
      const value = cv.value;
      if (!col) {
        candidate(r, c, 'ambiguous_column', `“${label}”行内数值个数(${r.cells.length})与表头列数(${cols.length})不同`, undefined, value, cv.unit);
        return;
      }
      if (col.skip) return;
      if (why) {
        candidate(r, c, why.reason, `${why.msg}(“${col.header}”列)`, col, value, cv.unit);
        return;
      }
      if (col.problem || !col.res) {
        candidate(r, c, col.reason, col.problem, col, value, cv.unit);
        return;
      }
      if (cv.kind !== 'num') {
        candidate(r, c, 'malformed', `“${c.text}”`, col, value, cv.unit);
        return;
      }
      const ind = col.res.ind;
      // 合计 | 2020 under 城市低保标准: the areas' standards added up (or averaged), not the region's own standard
      if (ind.kind === 'standard' && (r.kind === 'total' && !/^全/.test(label))) {
        candidate(r, c, 'combined', `“${label}”行把各地区的${ind.name}合在一起,不是“${regionName}”自己的标准`, col, value, cv.unit);
        return;
      }
      let u = cv.unit || col.unit;
      if (!u) {
        const p = parseUnit(ind.unit);
        if (ind.kind === 'count' && p?.dim.startsWith('count:') && Number.isInteger(value) && value >= 0) u = ind.unit;
        else {
          candidate(r, c, 'no_unit', `“${col.header}”列`, col, value, cv.unit);
          return;
        }
      }
      if (u === '元' && ind.kind === 'standard') {
        candidate(r, c, 'unit_mismatch', `标准只写“元”,无法确定是按月还是按年(指标单位“${ind.unit}”)`, col, value, cv.unit);
        return;
      }
      if (!lex.fits(ind, u)) {
        candidate(r, c, 'unit_mismatch', `“${u}”不能换算为指标“${ind.name}”的单位“${ind.unit}”`, col, value, cv.unit);
        return;
      }
      if (year === undefined || month === undefined) {
        candidate(r, c, 'period_unknown', '', col, value, cv.unit);
        return;
      }
      const period = periodFor(ind);
      const rec = tableRecord(regionName, r.year ?? year, period, ind, col.res.breakdown, value, u, o.source, r.start, text.slice(r.start, r.end));
      if (fileOnce(seen, rec, (prev) => candidate(r, c, 'conflict', `${prev.value}${prev.unit}`, col, value, cv.unit))) block.records.push(rec);
    });
  }
  const line = text.slice(0, block.start).split('\n').length;
  block.note = `第 ${line} 行起的${byYear ? '分年份表格(行为年份' : '分地区表格(行为地区'}、列为指标,${rows.length} 行):记录 ${block.records.length} 条;${notes.join(';')}`;
  return { block, last };
}
