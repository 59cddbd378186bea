// Report text → indicator records and candidates. Pure: no fs.
import { Catalogue, DataRecord, IndicatorDef, Qualifier, RegionDef } from '../types';
import { InferredContext, datelineOf, formersNamed, inferContext, leadDate } from './context';
import { PeriodSpan, canonicalPeriod, monthNumber, parsePeriodLabel, periodLabel } from '../period';
import { AliasEntry, BdEntry, Lexicon, Occ, casesOfDeceased, dropContained, lexiconFor } from './lexicon';
import { ValueToken, cnValue, parseArabic, scanTokens, wanToYuan } from './numbers';
import { Candidate, CandidateReason, REASON_ZH, recordAsCandidate } from './candidates';
import { findTables } from './table';
import { rejoinCellLines } from './cellLines';
import { CodeIndex, readTables } from './tableMap';
import { areaWordElsewhere, levelWord, titleAreaWord, titleRegion } from './tableContext';
import { Sentence, splitSentences } from './sentences';
import { nameForms, placeIndexFor, PlaceMatch } from './places';
import { resolverFor } from '../resolver';
import { joinBreakdown } from '../indicatorRef';
import { readClosedCells } from './closedCells';
import { readRowRegionTables } from './rowRegion';
import { holdGluedRowCodes } from './gluedRowCodes';
import { normaliseChars } from './normalize';
import { convert } from '../units';

export interface ExtractContext {
  region?: string;
  year?: number;
  period?: string;
  /** True when `period` was inferred by the caller, not stated by the user (a table's title then decides). */
  periodInferred?: boolean;
  source: string;
  catalogue: Catalogue;
  /** Official row codes (JZH…/YZH…) → indicator, for tables that print a 代码 column. */
  codeIndex?: CodeIndex;
  /** 乡镇街道 rows (loadTownships) as place-name hints when the region is inferred */
  townships?: readonly string[];
}

export type { Candidate, CandidateReason } from './candidates';

export interface ExtractResult {
  records: DataRecord[];
  candidates: Candidate[];
  notes: string[];
}

interface Found {
  ind: IndicatorDef;
  breakdown: string;
  via: 'left' | 'right' | 'inherit' | 'family' | 'list';
  occ?: Occ<AliasEntry>;
  /** the side came from a section heading ((一)城市低保工作), not from the sentence */
  bySection?: boolean;
}

/**
 * 全县低保对象A人。其中:城镇B人,比上年增加D人;农村C人: a sentence that opens with 其中 and a breakdown word
 * after a sentence whose last record is a whole, or after a semicolon with another value of the breakdown
 * the previous part was stated for; nothing else before its value.
 */
function partAfterSemicolon(lex: Lexicon, n: string, t: ValueToken, prevSentence: string, last: DataRecord): Found | null {
  // 特困人员A人,集中供养B人,支出…;分散供养C人: the other supply mode of the whole counted before the semicolon
  if (SUPPLY_MODE_VALUES.has(last.breakdown) && endsWithSemicolon(prevSentence)) {
    const ind = lex.byId.get(last.indicatorId);
    const bds = ind && ind.extraBreakdowns?.includes('supply_mode') && lex.fits(ind, t.unit) ? lex.breakdowns(n, 0, t.start, 'supply_mode') : [];
    if (ind && bds.length === 1 && bds[0].e.value !== last.breakdown && bds[0].start === n.search(/\S/) && /^(?:的)?(?:特困人员|人员|对象)?(?:为|共|有)?\s*$/.test(n.slice(bds[0].end, t.start))) return { ind, breakdown: bds[0].e.value, via: 'inherit' };
  }
  const opening = /^\s*其中[:,]?\s*/.exec(n);
  if (opening ? last.breakdown !== '' : !endsWithSemicolon(prevSentence) || !prevSentence.includes('其中') || !last.breakdown) return null;
  const ind = lex.byId.get(last.indicatorId);
  if (!ind || !ind.breakdowns || !lex.fits(ind, t.unit)) return null;
  const bds = lex.breakdowns(n, 0, t.start, ind.breakdowns);
  if (bds.length !== 1 || bds[0].e.value === last.breakdown) return null;
  if (last.breakdown && !lex.sets.get(ind.breakdowns)?.values.some((v) => v.id === last.breakdown)) return null;
  if (bds[0].start !== (opening ? opening[0].length : n.search(/\S/)) || !/^(?:的)?(?:为|共|有)?\s*$/.test(n.slice(bds[0].end, t.start))) return null;
  return { ind, breakdown: bds[0].e.value, via: 'inherit' };
}

/** Words that turn a 低保/特困 mention into another measure than the standard (月人均补助水平). */
// (…生活费150万元,人均每月1450元: a clause opening with 人均 is the average paid, not the standard)
// (人数A人,月人均保障标准B元/月: the standard named per head, as the statistical bulletins write it)
const NOT_STANDARD_RE = /补助水平|人均补助|人均月补|人均每月补|[月年]人均(?!(?:最低)?(?:生活)?保障标准|低保标准)|人均支出|补差|救助水平|支出水平|平均补助|[,，;；]\s*(?:人均|平均)(?:每人)?(?:每月|每年)?\s*$/;
/** 保障标准为家庭年人均纯收入A元: the standard stated as an income line is still the standard. */
// (平均标准为年人均A元 / 保障标准为人均月B元 / 供养标准月人均均为C元 / 标准月人均提高D元: 年人均 right before the standard's own number names its unit, not an average subsidy)
const STD_AS_INCOME = /^(为|是)(家庭)?[月年]人均(纯)?收入|标准(为|是)?(家庭)?[月年]人均(纯)?收入|标准(为|是|达到|提高到|提高至|调整为|调整到)(?:[月年]人均|人均[月年])(?=\s*(\d|$))|标准[月年]人均(?:均|都)?(?:为|是|达到)(?=\s*(\d|$))|标准[月年]人均(?=(?:提高|上调|提升|增加|增长|调增|调高)了?\s*\d)/;
// (标准由月人均770元提高到月人均800元: 月人均 right before both numbers of a standard's change; 五保集中供养标准由年人均…:
// after the rest of the standard's name)
const STD_PER_MONTH_CHANGE = /^(?:[^,;:。\d均差]{0,10}?标准)?(由|从)[月年]人均(?=\s*\d)|(?<=\d\s*元[^,;:。\d]{0,4}?)(提高到|提高至|调整为|调整到|增加到|上调至|上调到|提升到|提升至|到|至)[月年]人均(?=\s*(\d|$))/g;
const NOT_STANDARD = { test: (s: string): boolean => NOT_STANDARD_RE.test(s.replace(STD_AS_INCOME, '').replace(STD_PER_MONTH_CHANGE, '')) };
/** 到2025年 (not 到2023年底, 到2023年上半年): the year a target is set for, opening a clause or a sentence */
const BY_YEAR = String.raw`^\s*到(?:19|20)\d{2}\s*年(?![底末度\d]|上半年|前三季度)`;
const PLAN_RE = new RegExp(BY_YEAR + String.raw`(?![,,]|[^,;:。]*(?:已|现有|共有))|力争|建议(?:将|把|适当|从|由|对)|计划|拟于|拟|预计|预期指标|目标|规划|打算|将要|争取达到|确保达到|要确保|确保(?:全年|年底|年内|今年|明年|\d{1,2}月(?:底|末|份)?(?:前|以前|之前))|力保|要(?:新增|新建|建成|完成|实现|达到)|(?:需|须|应|需要|应当|必须)达到|任务是|任务为|预算(?![内外])|将(?:于|从|自)(?=明年|下一?年)|(?:自|从)明年|明年(?:\d{1,2}月)?(?:1日)?起|将(?:设(?![施备计])|为|向|给|新建|新[((][改扩][))]建|建设|建成|完成|实现|新增|开展|投入|启动|实施|改造|打造|达到|提高到|提升到|增加到|扩大到)`);
// (将 + a verb is the future, 今年将新建A处; 将 + a noun is 把, 将标准提高到A元, and stays)
/** 明年 / 下一年度 / 来年 with no 今年, 全年 or other year after it, up to the value. */
const NEXT_YEAR = /(?:明年|下一?年度|来年)(?![^。]*(?:今年|全年|本年|当年|年内|(?:19|20)\d{2}\s*年))[^。]*$/;
/** 敬老院收养 / 福利中心集中供养 right before a group's name: the people one kind of institution houses. */
const INSTITUTION_HOUSES = /(敬老院|养老院|福利院|光荣院|供养(?:服务)?(?:机构|中心)|福利中心|养老机构|福利机构)[^,;:。\d]{0,6}(收养|收住|入住|供养|安置|集中供养|托养|收留抚养|收留|抚养)了?(?:的)?$/;
/** 儿童福利机构共收留抚养孤残儿童A名, (其中…): the residents just counted, whose parts follow */
const RESIDENTS_COUNTED = new RegExp(INSTITUTION_HOUSES.source.replace(/\$$/, '') + '[^,;:。\\d]{0,10}\\d[\\d.]*\\s*万?\\s*(?:名|人)\\s*,?\\s*$');
const MULTI_YEAR_RE = /([0-9]+|[一二两三四五六七八九十]+)年来|历年|多年来|(?:去|上)年以来|近[0-9一二三四五六七八九十]+年|(?<![\d〇零一二三四五六七八九十]年?)[两二三四五六七八九十]年(?:间|中)?(?:共|合计|共计)?累计/;
/** 近年来 / 2016年以来 / “十四五”以来: what is counted from then on spans several years. */
const SINCE_PHRASE = /过去的?(?:[2-9]|[两三四五六七八九十])年|(?<![\d一二两三四五六七八九十])(?:[2-9]|[两三四五六七八九十])年间|近年来|近几年来?|近些年来?|历年来|成立以来|建会以来|(?:制度|政策|补贴|津贴)[^,;:。\d]{0,4}(?:建立|实施|施行|出台)以来|十[一二三四五]五["”]?(以来|期间)|(?<![\d一二两三四五六七八九十])([2-9]|[1-9]\d|[两三四五六七八九十]|十[一二三四五六七八九])年来/;
const SINCE_YEAR = /(\d{4})年(以来|至今)/g;
/** 1999年至2007年 / 2002年,实施…制度,至2007年: a span of whole years (no month between) */
// (…至2014年12月31日: a span to the end of a year is a span of whole years too)
const YEAR_SPAN = /((?:19|20)\d{2})年([^。;月]{0,40}?)(?:至|到)((?:19|20)\d{2})年(?:12月(?:31日|底|末)?(?![\d日])|(?!\d))/g;
// (从2012年的A人上升到2021年的B人: two years' figures compared, not a span)
const spansYears = (x: string) => x.includes('至') || x.includes('到') ? [...x.matchAll(YEAR_SPAN)].some((m) => Number(m[1]) < Number(m[3]) && !/^(底|末|初)?的 ?\d/.test(m[2])) : false;
/** 近5年来 / 这五年 in a text's opening: a review of several years */
const LEAD_YEARS = /(近|这)([2-9]|[两三四五六七八九十])年|([2-9]|[两三四五六七八九十])年来/;
const YEARS_OPEN = /^\s*(?:(?:近|过去的?|这)(?:[2-9]|[两三四五六七八九十])年(?:来|间|中|里)?|(?:自|从)?(?:去|上)年以来)[,,]/;
const OWN_TIME = /今年|本年|当年|年内|全年|\d{4}年|半年|\d月|季度/;
// 。五年来, / 近三年间, / “十三五”期间,: a sentence opening with a span of years
// (在民生保障方面,“十三五”期间,: after the topic it opens with; the text read has its quotes as ")
const PARA_YEARS = /(?:^|[。;!?])\s*(?:在[^,,;。\d]{1,10}方面[,,])?(?:近|过去的?|这)?(?:[2-9]|[两三四五六七八九十])年(?:来|间|里)[,,]|(?:^|[。;])\s*(?:在[^,,;。\d]{1,10}方面[,,])?[“"]?十[一二三四五]五[”"]?(?:期间|以来|时期)[,,]/g;
/** Whether a paragraph goes over a span of years after one more sentence: a span opened in it and no time of its own
 * after, or so before and no time of its own in it. */
function overYearsAfter(sentence: string, before: boolean): boolean {
  let last = -1;
  if (sentence.includes('年来') || sentence.includes('年间') || sentence.includes('年里') || sentence.includes('五')) for (const m of sentence.matchAll(PARA_YEARS)) last = m.index! + m[0].length;
  return last >= 0 ? !OWN_TIME.test(sentence.slice(last)) : before && !OWN_TIME.test(sentence);
}

/** A flow counted since an earlier year (2016年以来…募集A万元; …。期间共募集A万元), or a stock 累计 since then. */
function overYears(head: string, prevSentence: string, ind: IndicatorDef, year: number): boolean {
  const since = (x: string) => SINCE_PHRASE.test(x) || (year > 0 && [...x.matchAll(SINCE_YEAR)].some((m) => Number(m[1]) < year)) || spansYears(x);
  const cumulative = (x: string) => /累计/.test(x.slice(Math.max(0, x.search(SINCE_PHRASE))));
  // (近年来累计建成A张;…,累计完成B户: a 累计 of the next clause goes on from the same start)
  if (!since(head) && cumulative(head) && !/今年|本年|当年|\d{4}年|半年|\d月/.test(head) && since(prevSentence) && (cumulative(prevSentence) || spansYears(prevSentence))) return true;
  // 20年前…正式发行。截至2022年底,共销售A亿元: a running total since the launch the sentence before names
  if (ind.flow === 'flow' && launchedBefore(prevSentence, year)) {
    const at = head.search(/截至|截止/);
    if (at >= 0 && /共|累计/.test(head.slice(at)) && !/今年|本年|当年|全年|年内|半年|季度/.test(head)) return true;
  }
  const scope = /^\s*期间/.test(head) ? prevSentence + head : head;
  if (!since(scope)) return false;
  return ind.flow === 'flow' || cumulative(scope);
}
/**
 * overYears of the sentence's words before pos, without rescanning them per value: when no 以来/年来/year span, no
 * launch and no 累计 or 期间 occurs in the sentence before pos, the answer is no (the full test runs otherwise).
 */
function overYearsAt(n: string, pos: number, prevSentence: string, ind: IndicatorDef, year: number): boolean {
  if (n !== sinceText) {
    sinceText = n;
    const m = SINCE_HINT.exec(n);
    sinceFirst = m ? m.index : Infinity;
  }
  if (sinceFirst >= pos && !/^\s*期间/.test(n)) {
    // (nothing in the sentence before the value: only the 累计-after-the-sentence-before case, which needs 累计 here)
    return false;
  }
  return overYears(n.slice(0, pos), prevSentence, ind, year);
}
// any word the tests of overYears start from: 以来, 年来, 期间, 至今, 累计, a year span's 至/到, 截至 (with a launch)
const SINCE_HINT = /以来|年来|年间|过去的?[2-9两三四五六七八九十]年|期间|至今|累计|截至|截止|历年|近几年|近些年|(?:19|20)\d{2}年[^。;月]{0,40}?(?:至|到)/;
let sinceText = '';
let sinceFirst = Infinity;
/** A launch or founding some years back (20年前…正式发行, 自2003年2月起发行), before the report's year. */
function launchedBefore(x: string, year: number): boolean {
  if (/(\d{1,2}|[两三四五六七八九十]{1,3})年前[^。]{0,24}(发行|成立|创办|设立|开办|启动|上市)/.test(x)) return true;
  const m = /自(\d{4})年[^,。;]{0,12}(发行|成立|创办|设立|开办|启动|上市)/.exec(x);
  return !!m && year > 0 && Number(m[1]) < year;
}
/** 会议要求,… / 局长强调:…: what a meeting or an official asks for is a target, not a result */
const REQUIRED_LEAD = /^\s*(?:会议|会上|大会|[\u4e00-\u9fff]{1,8}(?:局长|厅长|主任|书记|市长|区长|县长|负责人))[^,。;:]{0,6}(?:要求|强调|提出|部署)[,:,:]/;
const PLAN_HEADING_RE = /打算|计划|安排|思路|展望|目标任务|重点工作/;
// 一、2023年重点工作情况 / 重点工作完成情况: a heading reviewing the work done, not the plan
const REVIEW_HEADING_RE = /情况|完成|成效|成绩|回顾|总结|进展/;
const planHeading = (n: string): boolean => PLAN_HEADING_RE.test(n) && !REVIEW_HEADING_RE.test(n);
const MONEY_WORDS = /资金|经费|金额|款|补助金|支出|投入|救助金|供养金|补贴|合计|共计|总计|发放/;
const PERSON_WORDS = /惠及|覆盖|受益|人数|救助|保障/;
const RATE_WORDS = /率|占比|比例|比重/;
const GENERIC_FUNDS = /^(发放|支出)?(救助|补助|保障)?(资金|金)$/;
/** A per-month standard stated in bare 元 at or above this is more likely yearly: left for review. */
const MONTHLY_MAX = 2000;
/** Candidates of sentences longer than QUOTE_LONG quote a window of QUOTE_MAX around their value. */
const QUOTE_LONG = 240;
const QUOTE_MAX = 120;
/** How far after a value (in characters) the words naming it may start. */
const RIGHT_WINDOW = 40;
/** 低保家庭老年人, 特困人员中的残疾人: the alias qualifies another group, it does not name the indicator's own subject. */
const GROUP_AFTER = /^(的|中的)?(老年人|老人|高龄老人|儿童|未成年人|学生|大学生|残疾人|重度残疾人|重残人员|子女|患者)/;
function qualifies(n: string, o: Occ<AliasEntry>): boolean {
  if (o.e.ind.kind === 'standard') return false;
  const g = GROUP_AFTER.exec(n.slice(o.end, o.end + 8));
  // (享受高龄津贴的老年人A万人: the programme's own people, named after it)
  return !!g && !OWN_POPULATION.some(([id, re]) => id.test(o.e.ind.id) && re.test(g[2]));
}
const OWN_POPULATION: [RegExp, RegExp][] = [
  [/^elder_/, /^(老年人|老人|高龄老人)$/],
  [/^(child_|orphan_|fmcare_|difficult_children)/, /^(儿童|未成年人)$/],
  [/^disab_/, /^(残疾人|重度残疾人|重残人员)$/],
];

/** 城乡低保(在册) / 农村特困 / 五保 / 纳入低保救助的困难家庭 right before a count, or 享受城乡低保 right after it. */
const PROGRAM_LEFT = /(城乡|城市|城镇|农村牧区|农村|牧区)?(?:居民)?(?:享受)?(低保|特困|五保|最低生活保障)(?:救助供养|供养|救助)?(城镇|城市|农村)?(?:待遇)?(?:的)?(?:困难)?(在册|对象户|对象|户|家庭|人员|人口|人群|居民|群众)?(?:的人数|人数)?(共有|共|达到|达|为|有|(?:共|累计)?保障了?)?(?:人数)?(?:由\s?[\d.]+\s?万?(?:人|户)(?:增加|提高|上升|增长)(?:到|至))?\s*$/;
const PROGRAM_RIGHT = /^[^,;:。]{0,4}?(?:享受|得到了?)(城乡|城市|城镇|农村)?(低保|特困供养|特困|五保)/;
const PROGRAM_NEXT = /^\s*[,,]\s*(?:享受|得到)了?(城乡|城市|城镇|农村)?(低保|特困供养|特困|五保|最低生活保障)(?!标准|金|资金)/;
/** 全区共有 / 我县现有: the whole area's bare count opening the clause */
const BARE_COUNT_BEFORE = /^\s*(?:全|我)[省市区县州旗](?:共有|现有|有|共)\s*$/;
const SUPPLY_MODE = /集中供养|分散供养|散养|分散(?:五保|特困)|集中(?:五保|特困)/;
/** The money of a programme whose bare name reads as its standard (城市低保累计保障A人次B万元). */
const PROGRAMME_MONEY: Record<string, [string, string]> = {
  dibao_std_urban: ['dibao_funds', '城市'],
  dibao_std_rural: ['dibao_funds', '农村'],
  dibao_std: ['dibao_funds', ''],
  tekun_std_urban: ['tekun_funds', '城市'],
  tekun_std_rural: ['tekun_funds', '农村'],
  tekun_std: ['tekun_funds', ''],
  orphan_std: ['orphan_living_funds', ''],
  fmcare_std: ['fmcare_living_funds', ''],
};
const CARE_TIER = /[一二三四]档|丧失生活自理|具备生活自理|全护理|半护理|全自理|半自理|完全不能自理|半失能|全失能/;
/** 其中集中供养 / 分散供养的 / 散养: a bare supply mode opening a clause, before its count */
const SIDE_PART_MODE = /^\s*(?:其中[,:]?\s*)?(?:集中供养|分散供养|散养|散居)(?:的)?(?:人员|对象|五保对象|五保户|特困人员)?(?:共|为|有|达)?\s*$/;
const CENTRALISED = /集中供养|集中(?:五保|特困)/;
/**
 * 农村特困人员的集中供养标准由A元调整为B元 / 集中供养A元、分散供养B元: the one supply mode a 特困 standard is stated
 * for (the words since the last number, else the clause), or ''.
 */
function stdSupplyMode(n: string, t: ValueToken, f: Found, cs: number): string {
  // (集中供养特困人员基本生活标准按…1.3倍确定,即A元: the mode named in the clause of the standard's name)
  const from = f.occ && f.occ.start < cs ? Math.max(0, lastClauseMark(n, f.occ.start)) : cs;
  const tail = n.slice(Math.max(from, t.start - 60), t.start);
  const own = tail.slice(tail.search(/\d[^\d]*$/) + 1);
  const before = n.slice(cs, t.start);
  // (…A元、分散供养标准由B元提高到C元: the value's own list item, past the old level)
  const item = tail.slice(Math.max(tail.lastIndexOf('、'), tail.lastIndexOf(','), tail.lastIndexOf(';')) + 1);
  const w = SUPPLY_MODE.test(own) ? own : SUPPLY_MODE.test(item) ? item : SUPPLY_MODE.test(before) ? before : n.slice(from, t.start);
  return CENTRALISED.test(w) === DISPERSED.test(w) ? '' : CENTRALISED.test(w) ? '集中供养' : '分散供养';
}
/** 特困 indicators a supply mode splits (the catalogue has no such breakdown for them) */
const TEKUN_MODE_SPLIT = /^tekun_(std|persons|funds|households|avg_subsidy|fiscal_subsidy_std)/;
const SUPPLY_MODE_VALUES = new Set(['集中供养', '分散供养']);
/** 集中供养特困人员全护理、半护理…照料护理补贴标准: a supply mode, then care tiers, then the care standard's name */
const MODE_CARE_LIST = /(?:集中|分散)(?:供养|五保|特困)[^,;:。\d]{0,8}?(?:全护理|半护理|全自理|半自理|完全不能自理|失能|半失能)[^,;:。\d]*?照料护理(?:补贴)?标准/;
/** 农村分散供养 / 城市集中供养: a side glued to a supply mode */
const SIDE_BEFORE_MODE = /(城市|城镇|农村|乡村|农村牧区)(?=(?:集中|分散)供养)/g;
// 集中供养的 / 散养的 / 散居 right before a 特困 (五保) alias
const MODE_BEFORE_ALIAS = /(集中供养|分散供养|散养|散居|分散)的?$/;

/**
 * The supply mode a count of 特困 persons is stated for (集中供养的五保人员A人, 散养的五保人员为B人), or '':
 * the mode right before the alias, the value right after it, and no 城市/农村 word in the clause (the
 * indicator splits one way at a time; 五保 alone is the rural side without saying so).
 */
function supplyModeOf(lex: Lexicon, n: string, t: ValueToken, f: Found, cs: number): string {
  // (2174名集中供养特困人员: the mode between the count and the name after it)
  if (f.via === 'right' && f.occ && (!f.breakdown || (f.breakdown === '农村' && f.occ.e.text.startsWith('五保'))) && kindOfUnit(t.unit) === 'person' && f.ind.extraBreakdowns?.includes('supply_mode') && !/城市|城镇|农村|城乡/.test(n.slice(cs, f.occ.end))) {
    const m = /^\s*(?:名|位)?\s*(集中供养|分散供养|散养|散居)的?\s*$/.exec(n.slice(t.end, f.occ.start));
    if (m) return m[1] === '集中供养' ? '集中供养' : '分散供养';
  }
  if (f.via !== 'left' || kindOfUnit(t.unit) !== 'person' || !f.ind.extraBreakdowns?.includes('supply_mode')) return '';
  // (the persons after the households share their words: …特困人员共711户718人)
  const o = f.occ ?? lex.aliases(n, cs, t.start).filter((x) => x.e.ind.id === f.ind.id).pop();
  if (!o || o.end > t.start) return '';
  if (f.breakdown && !(f.breakdown === '农村' && o.e.text.startsWith('五保'))) return '';
  // (城乡分散供养特困人员共711户718人: the households counted before the persons)
  if (!/^(?:的)?(?:人数)?(?:为|共|有|共有|达)?\s*(?:[0-9.]+\s*户\s*)?$/.test(n.slice(o.end, t.start))) return '';
  // (城乡 right before the mode names both sides: the mode is the only split)
  const clause = n.slice(cs, t.start).replace(/城乡(?=(?:集中|分散)供养|散养)/, '');
  if (/城市|城镇|农村|城乡/.test(clause)) return '';
  const m = MODE_BEFORE_ALIAS.exec(n.slice(cs, o.start));
  if (!m) return '';
  return m[1] === '集中供养' ? '集中供养' : '分散供养';
}
const MODE_MONEY = /(集中供养|分散供养)(?:的)?(?:生活)?(?:补贴|补助|供养金|资金|经费|生活费)(?:资金)?(?:共|共计|合计|为|达)?\s*$/;
/** 有320名特困人员在敬老院集中供养 / 特困人员1200人实行分散供养: the mode stated after the persons */
// (not across an opening bracket: 特困人员A人(集中供养B人,…) lists the whole's parts)
const MODE_AFTER = /^[^,;:。\d((]{0,12}?(?:集中供养|分散供养|入住[^,;:。\d]{0,10}?(?:敬老院|供养(?:服务)?(?:中心|机构)|福利院|养老院))(?!率|标准|机构|能力|床位|金|资金|经费|补贴|补助|津贴|生活费)/;
function supplyModeAfter(n: string, t: ValueToken, f: Found, ce: number): string {
  if (kindOfUnit(t.unit) !== 'person' || !f.ind.extraBreakdowns?.includes('supply_mode')) return '';
  const rest = n.slice(f.occ && f.occ.start >= t.end ? f.occ.end : t.end, ce);
  const m = MODE_AFTER.exec(rest);
  if (!m || (/集中/.test(rest) && /分散/.test(rest))) return '';
  return /分散/.test(m[0]) ? '分散供养' : '集中供养';
}
/** a line giving where a pasted page came from (# source: …, 来源网址:…, a bare address), not its title */
const SOURCE_LINE = /^\s*(?:#\s*source\s*:|来源网址\s*[::]|网址\s*[::]|https?:\/\/)/i;
const APPLIED_FOR = /(?:申报|申请|上报)(?!并?(?:获得|获批|到位|下达))[^,;:。发放给为]{0,30}(?:资金|公益金|经费|补助)[^,;:。\d]{0,4}$/;
const DISPERSED = /分散供养|散养|分散(?:五保|特困)/;
const SUBGROUP_GAP = /大学生|学生|子女|助学|患者/;
const GREEN_CHANNEL = /^\s*(开通|开辟|开设|建立|启动)[^,;。]{0,16}绿色通道/;
const SPECIAL_ACTION = /(开展|启动)[^,;。]{0,12}专项[^,;。]{0,6}(救助)?(行动|活动)以来/;
const CAMPAIGN = /"[^"]{1,16}"(特殊|专项|慈善)?(救助|行动|活动|公益日|募捐)/;
const INSTITUTION_WORD = /福利院|敬老院|养老院|福利中心|光荣院|供养中心|老年公寓|颐养院|康养中心|护理院/;
const INSTITUTION_SUBJECT = /^\s*(?:(?:今年|去年|目前|截至目前|年内|全年)[,,]?)?((?:[区县市旗]|[\u4e00-\u9fff]{2,8}?)(?:福利院|敬老院|养老院|福利中心|光荣院|供养中心|老年公寓|颐养院|康养中心|护理院))(?!\s*\d|[\u4e00-\u9fff]{0,2}(?:家|所|个|座|和|、))/;
/** 目前共有… / 现收养…: a sentence opening (after a time word) with a verb of having, its subject the sentence before */
const SUBJECTLESS_HAVING = /^\s*(?:目前|现在|当前|如今|截至目前|今年)?[,,]?\s*(?:共有|现有|共收养|现收养|收养了?|入住|住有|已有)/;
const ONE_OF_KIND = /(首家|首个|第一家|唯一的?|最大的|这家|该院|该中心)[^,;:。\d]{0,16}(机构|院|中心|公寓|站)/;
/** The sentence so far speaks of one institution: it opens with one (县社会福利院…) or names the first or only one of its kind. */
function oneInstitution(n: string, pos: number): boolean {
  return institutionOpens(n.slice(0, Math.min(pos, 40))) || ONE_OF_KIND.test(n.slice(Math.max(0, pos - 60), pos));
}
/** 县社会福利院… (not 全县福利院、敬老院…): one institution opening the text given */
function institutionOpens(head: string): boolean {
  const m = INSTITUTION_SUBJECT.exec(head);
  return !!m && !/[全共各有所和、]|乡镇/.test(m[1]);
}
/** Beds stated for one home, no count of homes and no whole area: 敬老院设置50张床位 (the sentence opening with the bare
 * home), …新建的城区福利院落成,新增床位56张 (the clause before completing one new home). */
const ONE_HOME_OPENS = /^\s*(?:敬老院|福利院|养老院|光荣院|颐养院|护理院|供养中心)(?:设置|设有|共设|建有|拥有|可提供|提供)[^,;:。\d]{0,4}$/;
const ONE_HOME_DONE = /(?:^|[,,;])[^,,;。\d]{0,30}新建成?的[^,;。\d]{0,12}(?:中心|院|公寓|综合体)[^,;。\d]{0,4}(?:落成|建成|竣工|投入使用|启用|开业|开始运营)[^,;。\d]{0,6}[,,]\s*$/;
const ONE_HOME_NOTE = '一所机构(敬老院、福利院等)的床位,不是全地区的总数';
function oneHomeBeds(n: string, cs: number, t: ValueToken, ind: IndicatorDef): boolean {
  if (!/床位/.test(ind.name)) return false;
  const before = n.slice(cs, t.start);
  return (cs === 0 && ONE_HOME_OPENS.test(before)) || (!WHOLE_CLAUSE.test(before) && !/[\d一两二三四五六七八九十]\s*(?:所|个|家|处|座)/.test(n.slice(0, t.start)) && ONE_HOME_DONE.test(n.slice(0, cs)));
}
/** 四宝山街道共有低保对象A人 / 我区马尚镇…: a township (or street office) opening the clause is its subject. */
const TOWNSHIP_SUBJECT = /^\s*(?:我[区县市旗])?([\u4e00-\u9fff]{2,6}?(?:镇|乡(?![村镇土贤亲愁下])|街道|苏木))(?![\u4e00-\u9fff]{0,2}(?:级|村|所有|各)|\s*\d)/;
// (孔村镇, 马集镇: a name ending in 村镇/集镇 is one township; the bare words are kinds of place)
const NOT_A_TOWNSHIP = /[各全每所]|^其中|城镇|乡镇|城乡|^村镇|^集镇|市镇|小镇|重镇|名镇|民族乡|街道$/;
const TOWNSHIP_NOTE = '句首为乡镇(街道),是其中一个乡镇的数';
/** 北京、上海…这七个城市,…: the sum of the regions listed */
const LIST_NOTE = '主语列举了多个地区,是它们的合计';
/** 全市(铁东、铁西)…: the figures of the parts named, not the whole area's */
const PARTS_NOTE = '“全市”后的括号列出了其中几个地区,是这些地区的数';
/** …这七个城市 / 两市 / 等5个省份: the number of the regions a list before it names */
const REGIONS_COUNTED = /(?:这|等)?(?:[两二三四五六七八九十]+|\d+)个?(?:城市|省份|省|市|地区|县|区|州)/;
/** A report's title naming a township (孔村镇2023年民政工作总结, 2023年孔村镇…, 镇民政办2023年工作总结) as its author. */
const TITLE_TOWNSHIP = /^(?:【[^】]{1,8}】\s*)?(?:(?:19|20)\d{2}年度?)?((?:[\u4e00-\u9fff]{1,6}?(?:镇|乡(?![村镇])|街道)|(?:镇|乡|街道)(?=民政|社会事务|办事处)))(?:办事处|人民政府|政府|民政办公室|民政办|民政所|社会事务办公室|社会事务办|社会事务服务中心)?(?:关于)?(?:(?:19|20)\d{2}年度?)?[^,;。]{0,16}(?:总结|报告|工作情况|(?:落实|进展|开展)情况|汇报)$/;
// XX社区居委会2024年民政工作计划 / 居委会民政工作计划 / 某村村民委员会…工作总结: a community's or a village's own report
const COMMUNITY_TITLE = /^(?:(?:19|20)\d{2}年度?)?[^,;:。]{0,12}(?:社区|村)(?:居委会|居民委员会|村委会|村民委员会)[^,;:。]{0,20}(?:总结|报告|计划|汇报|要点|工作情况)$|^(?:社区)?(?:居委会|村委会)[^,;:。]{0,16}(?:总结|报告|计划)$/;
// 本社区 / 我社区 / 全社区: a text speaking as a community
const COMMUNITY_VOICE = /[全我本]社区(?![委级])/g;
// (乡镇/城镇/特色小镇 are kinds of place, not one township; 孔村镇 is one)
const TITLE_NOT_TOWNSHIP = /^(?:城镇|乡镇|城乡|村镇|集镇|市镇|小镇|重镇|名镇|民族乡|街道)$|[各全每所]|小镇$/;
// (the region catalogue holds no township: 全镇/我乡/本街道 never name the text's own region; 全乡镇 is every township)
const WHOLE_TOWNSHIP = /^[全我本](?:镇|乡(?!镇)|街道|街办|办事处)/;
const EXAMPLE_PLACE = /^\s*(?:如|例如|比如|譬如)[,,]?\s*[\u4e00-\u9fff]{2,8}?(?:镇|乡|街道|社区|村|居委会|村委会)[,,][^。;]*$/;
function townshipSubject(s: string): boolean {
  const m = TOWNSHIP_SUBJECT.exec(s);
  return !!m && !NOT_A_TOWNSHIP.test(m[1].replace(/街道$/, '')) && !/^(?:城镇|乡镇|城乡)/.test(m[1]);
}
const TOWNSHIP_SHARE = /(^\s*|其中|[,;、])(?!(?:其中|全[省市州县区盟旗])?城镇(?=\d)|城镇|城乡|民族乡\d|其中(?:镇|乡|民族乡|街道)\d|(?:[全本我][省市州县区盟旗])?(?:共有|现有|辖有|辖)(?:镇|乡|民族乡|苏木|街道)\d)[\u4e00-\u9fff]{1,5}(镇|乡|街道|社区)(?=\d)/; // (民族乡990个, 其中镇88个: a kind of township, not a place; ,其中城镇A人: the urban side)
const COMPLETED = /^[^,;。]{0,6}(均已|已全部|全部|均)(高质量)?(完成|建成)/;
const STOCK_AFTER = /^[^,;。]{0,3}(覆盖了|覆盖|辐射)/;
const SCOPE_WORDS = /筹集|争取到|争取/;
/** 本月/当月 earlier in the sentence, with no cumulative or year-to-date words between it and pos. */
function monthOpensSentence(n: string, pos: number): boolean {
  const head = n.slice(0, pos);
  const k = Math.max(head.lastIndexOf('本月'), head.lastIndexOf('当月'));
  return k >= 0 && !/累计|截至|截止|全年|今年|年初|以来|\d+\s*[-—~至到]\s*\d+\s*月|[;；]/.test(head.slice(k));
}
/** 本月发放A万元,其中,城市…B万元;农村…C万元: a sentence after a semicolon goes on with the parts of the month's money. */
function monthListGoesOn(prevSentence: string, head: string): boolean {
  // (本月共发放低保金A万元;特困人员B人,发放供养金C万元: the next item of the month's list is paid that month too)
  return endsWithSemicolon(prevSentence) && /(本月|当月)[^;；。]*(其中|发放|支出)/.test(prevSentence) && !/累计|截至|截止|全年|今年|年初|以来|\d+\s*月/.test(head);
}
const CN_MONTH: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 };
const MONTH_OF_MONEY = /(?<![-—~至到\d底末])(?<!前)(1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])\s*月份?(?![份起至到底末]|以来)(?:的)?([^,;:。\d月]{0,14})$/;
const QUARTER_OF_MONEY = /(?<![前至到-])第?([一二三四1-4])季度(?![起至到末]|以来)(?:的)?([^,;:。\d]{0,14})$/;
/** 下拨10月份低保资金 / 第四季度城乡低保金: the one month or quarter whose money the words before a value name. */
function ownPeriodOfMoney(before: string): PeriodSpan | null {
  const tail = before.slice(-24);
  const m = MONTH_OF_MONEY.exec(tail);
  // (截至2023年10月…, 1-10月: a span to that month, not the month)
  if (m && MONEY_WORD_AFTER.test(m[2]) && !/(截[至止]|[至到\-—~])\s*((19|20)\d{2}\s*年)?\s*$/.test(tail.slice(0, m.index))) {
    const k = /\d/.test(m[1]) ? Number(m[1]) : CN_MONTH[m[1]];
    return k ? { start: k, end: k } : null;
  }
  const q = QUARTER_OF_MONEY.exec(tail);
  if (q && MONEY_WORD_AFTER.test(q[2])) {
    const k = /\d/.test(q[1]) ? Number(q[1]) : CN_MONTH[q[1]];
    return { start: 3 * k - 2, end: 3 * k };
  }
  return null;
}
const MONEY_WORD_AFTER = /^[^,;:。]*(金|资金|补贴|补助|津贴|经费|费)[^,;:。]{0,4}$/;
/** A group of parties to a marriage registration (内地居民, 涉外, 涉港澳台居民及华侨, 跨省, 初婚/再婚). */
const MARRIAGE_PARTY = /内地居民|涉外|涉港澳台|港澳台|华侨|外国人|跨省|初婚|再婚|复婚/;
/** Whether a sentence ends with a semicolon (its last characters only: sentences can be long). */
function endsWithSemicolon(x: string): boolean {
  return /;\s*$/.test(x.slice(-8));
}
/** Start of the clause holding pos: just after the last comma, semicolon or full stop before it. */
function lastClauseMark(n: string, pos: number): number {
  let k = pos - 1;
  while (k >= 0 && !',;。，；'.includes(n[k])) k--;
  return k + 1;
}
const OWN_SUBJECT_AFTER = /^(以上|多|余)?(的)?(村民代表|居民代表|代表|干部|工作人员|网格员|志愿者|党员|村民|社工|医生|教师)/;
const GENERIC_GROUP_AFTER = /^(困难群众|群众|困难对象|救助对象|困难人员|困难家庭)/;
// (parts paid to counted groups: 向A户…家庭发放临时救助金 / B户临时救助对象发放救助金)
const GROUP_PAID = /\d[\d.]*\s*万?(户|人次|人|名)[^,;:。]{0,16}发放[^,;:。]{0,10}$/;
const TOTAL_WORDS = /共计|合计|累计|总计|全年|共发放|共支出|各类|各项|全[市县区省州盟旗镇乡]/;
const PART_OPENS = /其中/;
const WHOLE_AREA = /(全市|全区|全县|全省|全州|全盟|全旗|全镇|全乡)[^,;:。]{0,12}$/;
/** A clause of the sentence before the value opens with 全国/我国 (its subject), and no clause after it names the text's own area. */
function nationalSubject(head: string): boolean {
  // (福彩刮刮乐全国共销售…: 全国 after the clause's topic, as the subject of a total)
  const re = /(?:^|[,;:。])\s*(?:(?:19|20)\d{2}年(?:度|底|末)?[,]?\s*)?(?:全国|我国|[^,;:。\d]{1,8}?(?<![占居列于比超为向在与和及])全国(?=共|累计|合计|总计|一共))/g;
  let last = -1;
  for (let m = re.exec(head); m; m = re.exec(head)) last = m.index + m[0].length;
  return last >= 0 && !/全[省市区县州盟旗]|本[省市区县]|我[省市区县]/.test(head.slice(last));
}

/** The clause opens with the whole of the text's own region (全市… in a 市's text, 全区… in a 区's). */
function ownWholeOpens(clause: string, region: string): boolean {
  const m = /^\s*(?:(?:19|20)\d{2}年(?:度)?)?\s*全([市区县省州盟旗])/.exec(clause);
  return !!m && region.length > 1 && region.endsWith(m[1]);
}

const IRREGULAR_STRONG = /违规|违纪|虚报|冒领|套取|骗取|挤占|挪用|截留|错保|漏保|人情保|关系保|优亲厚友|(审计|检查|巡察|督查|核查|排查|抽查)(中)?发现|查出|(发现|存在)[^,;。]{0,16}问题/;
/** 已死亡人员仍在领取 / 重复享受: people or money paid wrongly */
const DEAD_OR_TWICE = /(已)?(死亡|去世|亡故)(的)?(人员|对象)?[^,;。\d]{0,4}(仍|仍在|继续)|重复(享受|领取|发放)/;
const IRREGULAR = new RegExp(`${IRREGULAR_STRONG.source}|不符合(低保|救助|供养)?(条件|规定|政策|标准)|${DEAD_OR_TWICE.source}`);
/** 通过审计整改,… / 通过巡察…: a sentence reporting what an audit or inspection brought about */
const AUDIT_OUTCOME_LEAD = /^\s*通过(?:开展)?(?:专项)?(?:审计|巡察|巡视|督查|整改|整治)/;
/** …A万元进行追缴收回 / A万元已全部追回: money to be (or being) recovered, the verb after the amount */
const RECOVER_AFTER = /^\s*(?:已经?|均已|全部|予以|进行|并|需|应|待|依法)*(?:追缴|追回|收回|退回|清退|退还|收缴)/;
/** 督查发现,…: a finding lead right before the value's clause (what the check found is no programme total) */
const FINDING_LEAD = /(审计|检查|巡察|督查|核查|排查|抽查|调查|巡视)(中|过程中|工作中)?(发现|查出|指出)[,:]?\s*$/;
/** Reasons that hold back a whole for its time, not because it is a part (the whole of a 其中 after it all the same). */
const HELD_WHOLE = new Set<CandidateReason>(['multi_year', 'other_year', 'plan', 'period_unknown', 'conflict']);
/** Reasons a count of people is held back for that its payment shares. */
const HELD_WITH_MONEY = new Set<CandidateReason>(['action', 'scope', 'combined', 'partial', 'subset']);
/** Reasons of a value's subject, shared by the values counted together with it (A户B人). */
const SHARED_REASONS = new Set<CandidateReason>(['action', 'scope', 'irregular', 'sub_region', 'subset', 'combined', 'partial']);
// (1-9月累计) / (截至9月底) / (9月) right after a value
const BRACKET_PERIOD = /^\s*[((]\s*(截[至止])?\s*(?:(?:19|20)\d{2}\s*年)?\s*(?:(\d{1,2})\s*[-—–~至到]\s*)?(\d{1,2})\s*月份?\s*(底|末)?\s*(累计|合计|共计)?\s*(数)?\s*[))]/;
/** 由(每人每月)A元提高到(每人每月): the new value of one standard raised from its old one, right before the value */
const RAISED_FROM = /由[^,;:。\d]{0,8}\d[\d,.]*\s*元[^,;:。\d]{0,4}(提高|调整|上调|增加)(到|至|为)[^,;:。\d]{0,8}$/;
const EACH_AREA = /(?:^|[,;:其中]|指导|督促|推动|要求|引导|支持|鼓励)\s*各(?:县|区|市|州|盟|旗|地|区县|县区|县市区|市县|市州|地市|县\(市、?区\)|县\(区\)|市\(州\)|县\(市\))/;
/** …任务50户,目前已全面完成: the task reported done after it. */
const TASK_DONE_AFTER = /^[^。;]{0,12}(已|均已|全部|全面|如期|提前|按时)[^。;]{0,4}完成/;
/** 2021—2023年 / 2020年至2023年 before a value in its sentence part (no ; between): the span as written, or ''. */
function yearSpanBefore(n: string, pos: number): string {
  // (the spans of the sentence, found once per sentence: a sentence can hold many values)
  if (n !== spanText) {
    spanText = n;
    spanAt = [...n.matchAll(YEAR_DASH_SPAN)].filter((m) => m[1] !== m[3] && (!m[2] || (Number(m[3]) - Number(m[1])) * 12 + Number(m[4] ?? 12) - Number(m[2]) + 1 > 12));
  }
  let hit = '';
  for (const m of spanAt) if (m.index! + m[0].length <= pos && !/[;。]/.test(n.slice(m.index! + m[0].length, pos))) hit = m[0];
  return hit;
}
let spanText = '';
let spanAt: RegExpMatchArray[] = [];
/** (2020年至2023年 is YEAR_SPAN's) */
// (2022年1月至2023年6月: a span across years given by months)
const YEAR_DASH_SPAN = /((?:19|20)\d{2})\s*年?\s*(?:(\d{1,2})\s*月份?\s*)?(?:[-—–~～]|(?<=月份?\s*)(?:至|到))\s*((?:19|20)\d{2})\s*年(?:\s*(\d{1,2})\s*月)?/g;
/** …参加了技能培训 / 实现了就业 / 接受了… right after the people counted: what some of them did. */
const ACTED_AFTER = /^\s*(?:已|先后|陆续)?(?:参加|参与|实现|接受|获得|得到|签订|入住|住上|办理|完成|通过|领到|报名)/;
/**
 * 全年共支出社会救助资金A万元。其中:社会救助资金支出B万元(…),精准扶贫资金C万元: a part after 其中: named as the whole
 * is the indicator's own money; the whole also holds other money.
 */
function sameNamePart(ind: IndicatorDef, t: ValueToken, wholes: { ind: IndicatorDef; breakdown: string }[], prevWholes: IndicatorDef[]): boolean {
  if (kindOfUnit(t.unit) !== 'money') return false;
  return wholes.some((w) => w.ind.id === ind.id && !w.breakdown) || (!wholes.length && prevWholes.some((w) => w.id === ind.id));
}
const SAME_NAME_PART_LEAD = /其中[::]\s*[^,;。\d]*$/;
const FUND_USE_AFTER = /^[^,;:。\d]{0,8}(支出|用于|使用|安排|投入|资助)/;
/** 《省…》 / 省里 / 省定 / 国家 / 上级: the area above as the source of a rule. */
const ABOVE_SOURCE = /《[^》]{0,6}(省|自治区|国务院|国家|民政部|中央)|省里|省定|省级|省民政厅|省政府|上级|国家规定|民政部/;
/** …的社会团体 after a verb phrase (未参加…的, 应参加…的, 合格的), or 全区性/全省性: some of the organisations. */
const ORG_SOME_BEFORE = /(参加|参与|报送|通过|合格|不合格|注销|撤销|整改|评估)[^,;:。\d]{0,12}的$|全[省区市县]性$/;
/** Whether `re` matches the sentence `n`, found once per sentence and pattern (a sentence can hold many values). */
const sentenceHits = new Map<RegExp, { n: string; hit: boolean }>();
/** a clause naming the standard in force before a change (现行/原/调整前), and one naming the new one (调整后/提标后) */
const BEFORE_CHANGE = /现行|(?:^|[,,;;])\s*原(?:有|来)?(?:的)?[^,;:。\d]{0,12}标准|调整前|提标前/;
const AFTER_CHANGE = /^\s*(?:[,,;;]\s*)?(?:调整后|提标后|提高后|上调后|新标准)/;
/** The old value of a 由(现行的)A元调整为/提高到 frame ending right before a value, or null. */
const REPLACED_FROM = /(?:由|从)[^,;:。\d]{0,12}?([\d][\d,.]*)\s*元(?:\/人·[月年])?[^,;:。\d]{0,12}?(?:调整|提高|上调|提升|增加|增长)(?:为|到|至)[^,;:。\d]{0,10}$/;
function replacedFrom(head: string): number | null {
  const m = head.includes('由') || head.includes('从') ? REPLACED_FROM.exec(head) : null;
  return m ? Number(m[1].replace(/,/g, '')) : null;
}
function inSentence(re: RegExp, n: string): boolean {
  const c = sentenceHits.get(re);
  if (c && c.n === n) return c.hit;
  const hit = re.test(n);
  sentenceHits.set(re, { n, hit });
  return hit;
}
/** two or more goods counted in their own units (棉被A床、棉衣B套、大米C袋…) before a count of people */
const GOODS_LISTED = /\d\s*(?:床|套|件|条|袋|桶|箱|吨|斤|公斤|千克)[^。;]{0,24}?\d\s*(?:床|套|件|条|袋|桶|箱|吨|斤|公斤|千克)/;
/** …得到/获得/享受(政府)最低生活保障 in the sentence, or 享受最低生活保障的城镇居民… before the values. */
const DIBAO_RECEIVED = /(得到|获得|享受|纳入|领取)了?(?:政府|国家)?(?:的)?(?:城市|城镇|农村)?(?:居民)?最低生活保障(?!标准|金|资金)/;
const RESIDENTS_AFTER = /^\s*(?:名|人)?(城镇|城市|农村)居民/;
const RESIDENTS_BEFORE = /(城镇|城市|农村)居民(?:最低生活保障人数|人数)?(?:有|为|是|达|达到|共)?\s*$/;
const RESIDENTS_LIST = /(城镇|城市)居民[、和及与]农村居民(?:人数)?分别(?:是|为|有|达到|达)?/;
/** 全年有 / 全区共有: only a time, the area and 有 before a count (not 其中 or a group of another population). */
const GOT_WHOLE_LEAD = /^\s*(?:(?:19|20)\d{2}年(?:末|底)?|全年|今年|年内|年末|年底|目前)?[,,]?\s*(?:全[区县市旗盟州省]|我[区县市旗]|本[区县市])?(?:共有|共|累计|有)?\s*$/;
function dibaoResidents(lex: Lexicon, n: string, t: ValueToken, toks: ValueToken[]): Found | null {
  if (!inSentence(DIBAO_RECEIVED, n)) return null;
  const ind = lex.byId.get('dibao_persons');
  if (!ind || !lex.fits(ind, t.unit)) return null;
  let side = '';
  const after = RESIDENTS_AFTER.exec(n.slice(t.end, t.end + 8));
  const before = RESIDENTS_BEFORE.exec(n.slice(Math.max(0, t.start - 20), t.start));
  // (全年有A人得到最低生活保障救济: a count right before the programme it received names the whole, or the side it says)
  const got = /^\s*(?:名|人)?(?:得到|获得|享受|纳入|领取)了?(?:政府|国家)?(?:的)?(城市|城镇|农村)?(?:居民)?最低生活保障(?!标准|金|资金)/.exec(n.slice(t.end, t.end + 24));
  if (after) side = after[1];
  else if (before) side = before[1];
  else if (got && GOT_WHOLE_LEAD.test(n.slice(clauseStart(n, t.start), t.start))) return { ind, breakdown: !got[1] ? '' : got[1] === '农村' ? '农村' : '城市', via: 'left' };
  else {
    // (…的城镇居民、农村居民分别是A人、B人: the sides in the order of the values after 分别)
    const list = RESIDENTS_LIST.exec(n.slice(0, t.start));
    if (list) {
      const from = list.index + list[0].length;
      const k = toks.filter((x) => x.start >= from && x.start <= t.start && kindOfUnit(x.unit) === 'person').length;
      side = k === 1 ? '城市' : k === 2 ? '农村' : '';
    }
  }
  if (!side) return null;
  return { ind, breakdown: side === '农村' ? '农村' : '城市', via: 'left' };
}
/** 年度目标: / 目标任务: / 计划: a label of a target before a colon. */
const TARGET_LABEL = /^\s*(?:[一二三四五六七八九十\d]+[、.．])?\s*(?:年度|全年|今年|工作)?(?:目标|任务|目标任务|计划|计划任务|指标)[::]\s*$/;
const MONTH_AVERAGE = /(?<![人户])月均|月平均|平均每月|每月平均|日均|平均每天|每天平均|(?<![人户])每[天日](?:约|近|超过?|达)?$/;
/** 部门预算安排 / 安排预算资金 / 预算批复: the lead of a budget's items. */
const BUDGET_LEAD = /预算(?:安排|下达|批复)|安排[^,;:。]{0,6}预算|预算(?:资金|总额|总计)/;
const ACTUAL_SPENT = /实际|决算|完成|支出|发放|执行|到位/;
/** 当时的低保标准为A元 / 原来的标准是A元 / 调整前的标准为A元: a standard named as the one before, not the period's */
const OLD_STANDARD = /(?:当时|那时|彼时|此前|调整前|提标前|提高前|(?:^|[^\u4e00-\u9fff]|[将其按])原(?!则)(?:来|先|有)?)的?[^,;。\d后]{0,12}标准(?:仅?为|是|仅|只有|才|[:：])?\s*(?:月人均|人均|每人)?\s*$/;
const CARRIED_OVER = /(?:上年|上年度|往年|以前年度|历年)(?:结转|结余)|结转(?:上年|以前年度)/;
/** 年度任务目标: / …下达的目标任务: a target's label ending the text before the clause. */
/** 承担的…项目(共N项),包括 / 负责的…任务包括: a list of the tasks a body took on */
const TASKS_LISTED = /(?:承担|承接|负责)[^。;]{0,24}(?:项目|任务|工程)[^。;:]{0,10}包括[^。;]*$/;
const TARGET_COLON = /(?:目标|任务|目标任务|计划任务|指标|承诺)\s*[::]\s*$/;
/** 力争到年底, / 预计到2025年,: a plan word opening the sentence in a clause of its own, with no value. */
const PLAN_OPENS = /^\s*(?:力争|计划|预计|争取|确保|预期)(?:到|至|在|于)(?:[^,,;:。\d]|(?:19|20)\d{2}\s*年){1,12}[,,]\s*$/;
// (到2025年,全区养老床位达到A张,护理型床位占比达到B%: a sentence opening with the year a target is set for, not 到2023年底)
const YEAR_TARGET_OPENS = new RegExp(BY_YEAR + '[,,]');
/** 上年全区… / 去年同期,…: a sentence opening with the year before. */
const LAST_YEAR_SENTENCE = /^\s*(?:(?:上年|上一年|上年度|上年末|上年底)(?![同比相])|(?:去年|上年)同期(?=[,,为是有共全我])|(?:去年|上年)(?:前三季度|上半年|下半年|第?[一二三四]季度|1\s*[-—~至到]\s*\d{1,2}\s*月|\d{1,2}\s*月份?(?:底|末)?)(?=[,,])|(?:截至|截止|到)(?:上年|上一年|上年度)(?:末|底|年底|年末)|前年)/;
/** 今年 / 本年 / 2023年 / 目前 …: a clause naming its own time. */
const YEAR_END_MOVE_AFTER = /^\s*[,,]?\s*(?:至|到)(?:年底|年末)\s*(?:已)?(?:减少|增加|下降|上升|降低|增长|提高|减|增|降)(?:到|至|为)/;
/** The start or the end of a range of values with their units (220元至900元, 1170-1300元 is one token's business). */
const RANGE_NEXT = /^\s*(?:至|~|～|—|-|到)\s*(?:每人每[月年])?\s*\d[\d.,]*\s*(?:余|多)?(?:万|亿)?\s*(?:元|人|户|个|张|家|处|名|所)/;
const RANGE_PREV = /\d\s*(?:余|多)?(?:万|亿)?\s*(?:元|人|户|个|张|家|处|名|所)\s*(?:至|~|～|—|-|到)\s*(?:每人每[月年])?\s*$/;
/** 去年 / 截至去年底 as the time of the value's clause or of an earlier one carried to it (not 比去年, 去年同期比). */
function lastYearTime(n: string, cs: number, pos: number): boolean {
  const k = n.lastIndexOf('去年', pos - 1);
  return k >= 0 && /(?:^|[,,:]|截至|截止|到)\s*$/.test(n.slice(Math.max(0, k - 2), k)) && !/^去年(?:同比|以来|至今)/.test(n.slice(k, k + 4)) && !OWN_TIME_AFTER.test(n.slice(k + 2, pos)) && (k >= cs || !/[;。]/.test(n.slice(k, cs)));
}
/** 去年 opening an earlier clause of the sentence (…获悉,去年全区…,B人次), with no time of its own named since. */
function lastYearClauseGoesOn(n: string, cs: number): boolean {
  const k = cs > 2 ? n.lastIndexOf('去年', cs - 1) : -1;
  return k >= 0 && /(?:^|[,,:])\s*$/.test(n.slice(Math.max(0, k - 2), k)) && !/^去年(?:同期|同比|以来|至今|底|末|年底|年末)/.test(n.slice(k, k + 5)) && !OWN_TIME_AFTER.test(n.slice(k + 2, cs));
}
const OWN_TIME_AFTER = /今年|本年|当年|全年|年内|目前|现有|截至|截止|(?:19|20)\d{2}\s*年|[;。]/;
const SAME_PERIOD_LAST = /(?<![比较与同和跟])(?:去年|上年|上一年)同期(?!相比|比|相较|持平|水平)/;
const LAST_YEAR_END = /^\s*(?:截至|截止|到)?(?:去年|上年)(?:年)?(?:底|末)(?!以来|至今|[到至])/;
const LAST_YEAR_OPENS = /^\s*(?:上年|上一年|上年度|上年末|上年底)(?![同比相])/;
const AS_OF_NOW = /截至目前|截止目前|截至当前|截止当前|至今/;
/** 入冬以来 / 目前 / 春节期间: a flow from some start to an unknown day */
const OPEN_SPAN = /以来|目前|期间|入冬|今冬/;
/** A stock said to stand on the day of writing. */
const STANDS_NOW = /(?<![由从比较与])(?:目前|现有|现已|至今|近日|日前)(?!的)/;
/** 入冬以来 / 今冬以来 / 入冬后: since the winter began */
const WINTER_SINCE = /(?:入冬|今冬|冬季|冬春)(?:以来|后)/;
const SUBSIDY_TO_GROUP = /(?:向|为|给)[^,;:。]*(?:低保|特困|五保)[^,;:。]*发放(?:了)?(?:生活|价格|节日|取暖|物价)?补贴(?:资金|金)?(?:共|共计|合计)?$/;
const ONE_OFF = /一次性|慰问金|慰问品|节日补贴|过节费|春节慰问|价格临时补贴|临时价格补贴/;
/** ·补贴涉及 / 发放对象包括: / 具体如下: ending a sentence, before the list of those paid */
const RECIPIENTS_LEAD = /(?:涉及|包括|对象(?:为|有)?|如下)[::]?\s*$/;
/** (一)… / 1.…: a numbered item (a 二、 heading ends the list) */
const RECIPIENT_ITEM = /^\s*(?:[((][一二三四五六七八九十\d]{1,3}[))]|\d{1,2}[.、.])/;
// a quoted day or drive ("99公益日", "慈善一日捐") in the value's own clause
const CAMPAIGN_SPAN = /(公益日|慈善日|一日捐|捐赠日|募捐日|爱心日|慈善周|慈善月)["”]?(活动)?(期间|当天|当日|中|以来)[,]?\s*$|(公益日|慈善日|一日捐|捐赠日|募捐日|爱心日|慈善周|慈善月)["”]?(活动)?(期间|当天|当日)[^。;]*[,]\s*$/;
const CAMPAIGN_DAY = /"[^"]{0,14}(公益日|慈善日|一日捐|捐赠日|募捐日|爱心日)"[^,;:。]{0,12}$/;
// 通过A、B等…保障: programmes listed by name with 等
const PROGRAMMES_LISTED = /通过[^,;:。]{0,24}[、和][^,;:。]{0,24}等[^,;:。]{0,12}(保障|救助|兜底)/;
// 建成/新建 … 机构A个、…床位: beds listed right after a count of institutions just built
const BEDS_OF_BUILT = /(建成|新建|建设|改造|打造)[^,;:。]{0,24}(机构|中心|院|站)\s*[\d.]+\s*(个|家|所|处)\s*[、,和及][^,;:。、]{0,10}床位[^,;:。]{0,4}$/;
/** A single quarter after the first (4-6月, 7-9月, 10-12月). */
// 1-9月, 前三季度, 今年以来, 全年累计, 截至…: the text itself says a figure runs from January
const YTD_SAID = /[1一]\s*[-—–~至到]\s*(?:[0-9]{1,2}|[一二三四五六七八九十]{1,2})\s*月|前[两二三]季度|上半年|(?:今年|本年|年初)以来|(?:全年|本年|今年|年度)累计|截[至止]/;
const oneLaterQuarter = (sp: { start: number; end: number }) => sp.start > 1 && sp.end - sp.start === 2 && sp.start % 3 === 1;
/** 一级、二级 / 一、二级 / 一级和二级 joined right before a standard's amount (with only 每人每月 and the like between). */
const JOINT_GRADES = /一级?\s*[、和及与]\s*二级(残疾人?)?(的)?(标准)?(为|是)?(每人每月|每人每年|每月)?\s*$/;
const JOINT_GRADES_BEFORE_NAME = /一级?\s*[、和及与]\s*二级(?:残疾人?)?(?:的)?\s*$/;
/** 一般公共预算支出中, / 预算安排…, : a sentence opening with a budget (its later clauses are the budget's items) */
const BUDGET_OPENS = /预算(支出|安排|资金|拨款)?(中|为|如下|共计|合计)?[,:]|预算安排/;
const DISASTER_RELIEF = /(冬春|过渡期|自然灾害|灾害|救灾|受灾|灾后)(生活)?救助(资金|金|款|款物)?[^,;:。\d]{0,6}$/;
const GROUP_HIT = /(因疫|因灾|受灾|受疫情影响|(?<!临时|急难|突发)遇困)[^,;:。]{0,8}(群众|人员|家庭|人口|对象|学生|户)|救灾资金$/;
/** 向各县(市、区)划拨 / 给各乡镇下拨: money a level hands down to its lower areas */
const HANDED_DOWN = /(向|给|为)(各|所辖|全市各|全县各|全区各)[^,;:。]{0,12}(县|区|市|乡|镇|街道)[^,;:。]{0,8}(划拨|下拨|拨付|下达|预拨)|(划拨|下拨|拨付|下达|预拨)(至|到|给)(各|所辖)[^,;:。]{0,8}(县|区|市|乡|镇|街道|镇街)/;
/** 中央、省级下达转移支付…项目A万元 / 上级下拨…: a list of funds a higher level allocated (its later items too) */
const ALLOC_LEAD = /(中央|省级|省|上级)(以上)?(财政)?[^,;:。\d]{0,6}(下拨|下达|拨付)|(下拨|下达)[^,;:。\d]{0,4}转移支付/;
const allocLead = (x: string): boolean => (x.includes('下达') || x.includes('下拨') || x.includes('拨付')) && ALLOC_LEAD.test(x);
const ALLOC_SPENT = /实际支出|已支出|支出了|执行|发放|使用/;
const ALLOCATED = /预拨[^,;:。]{0,16}$|(下拨|下达|拨付|安排)[^,;:。]{0,12}(中央|省级|省|上级)(财政)?[^,;:。]{0,20}$|(中央|省级|省|上级)(以上)?(财政)?[^,;:。]{0,6}(下拨|下达)[^,;:。]{0,20}$|到位的?(资金|金额)[^,;:。]{0,4}$|(下拨|下达|拨付|划拨|预拨)(给)?(我|本)[区县市镇乡旗盟州][^,;:。]{0,16}$|(下拨|下达|拨付|划拨|预拨)(给|到|至)?(各|所辖)?(乡镇|镇街|街道|县市区|县区|区县|县\(市、区\)|县市)[^,;:。]{0,16}$/;
// 市区城市低保标准…提高到A元,…县市城市低保标准…B元 / 我市各区…;两县…: in a text giving standards by parts of the region
// (two parts or more, areaGroups.json words), a standard in a clause naming one part is that part's
// (城区/县城/城关 name the urban side of a county, not a part with its own standard)
const AREA_PART_SRC = '(?<![全我本城])(市区|县市|县\\(市\\)|各区|各县|主城区|中心城区|市辖区|郊区|郊县|县区|区县|近郊|远郊|[一二三四五六七八九两]个?(?:区县|县区|县市|区|县)|(?<![分为按成])[一二三四五六七八九十]类(?:地区|区域|片区|地方))(?![\\u4e00-\\u9fff]{0,2}(?:民政|财政|人民政府|政府(?!所在)|委|局|厅))';
const AREA_PART = new RegExp(AREA_PART_SRC);
const AREA_PART_ALL = new RegExp(AREA_PART_SRC, 'g');
/** Whether the text's region is a province or the country: money it hands down is allocated, not paid (set per text). */
let provinceText = false;
/** Whether the text's region is known and below a province (set per text). */
let lowerText = false;
/** 7151100 = 715 then 1100: digits that split into households then persons, persons between one and three a household. */
function householdsGlued(v: number): boolean {
  const d = String(v);
  for (let k = 1; k < d.length; k++) {
    const h = Number(d.slice(0, k));
    const p = Number(d.slice(k));
    if (d[k] !== '0' && h <= p && p <= 3 * h) return true;
  }
  return false;
}
/** Whether the text being read names two parts of its region or more (set per text by extractProse). */
let tieredText = false;
/** The paragraph before the sentence being read, in a tiered text (set before the guards). */
let paraHead = '';
/** whether paraHead names a part: null until asked, the new sentences of paraHead waiting in paraHeadNew */
let paraHeadPart: boolean | null = false;
let paraHeadNew: string[] = [];
function headNamesPart(): boolean {
  if (paraHeadPart === null) {
    paraHeadPart = paraHeadNew.some((x) => AREA_PART.test(x));
    paraHeadNew = [];
  }
  return paraHeadPart;
}
/** A part named in the value's clause, or earlier in its paragraph when the clause names no whole (全市…). */
function partNamedBefore(n: string, cs: number, pos: number): boolean {
  if (AREA_PART.test(n.slice(cs, pos))) return true;
  if (/全[市区县省州盟旗]|城乡统一/.test(n.slice(cs, pos)) || !(AREA_PART.test(n.slice(0, cs)) || headNamesPart())) return false;
  // (城市低保标准:五区…,三县…;农村低保标准…: after the parts of one standard listed in the sentence, a clause naming
  // none is the whole region's again)
  const stop = paraHead.lastIndexOf('。');
  const partsOf = (x: string) => new Set([...x.matchAll(AREA_PART_ALL)].map((m) => m[1])).size;
  // (两区和四县城市低保标准分别提高到A元、B元。特困人员基本生活标准提高到C元: a sentence naming no part after sentences
  // that covered the parts one by one is the whole region's again)
  if (!AREA_PART.test(n.slice(0, cs)) && partsOf(paraHead.slice(0, stop + 1)) >= 2) return false;
  return partsOf(paraHead.slice(stop + 1) + n.slice(0, cs)) < 2;
}
function namesTiers(text: string): boolean {
  return new Set([...text.matchAll(AREA_PART_ALL)].map((m) => m[1])).size >= 2;
}
/** 市区城市低保标准 / 在提高市区城乡低保标准中…;农村低保标准…: a standard of the city's districts only */
const CITY_DISTRICTS = /(?<![全我本城各])(?:市区|市辖区)(?![县两级和与及、]|[\u4e00-\u9fff]{0,2}(?:民政|财政|政府|委|局))/;
function cityDistrictsNamed(n: string, cs: number, pos: number): boolean {
  if (CITY_DISTRICTS.test(n.slice(cs, pos))) return true;
  // (named earlier in the sentence, up to 。: a clause naming the whole or a county is not the districts')
  const head = cityText ? paraHead.slice(paraHead.lastIndexOf('。') + 1) : '';
  return CITY_DISTRICTS.test(head + n.slice(0, cs)) && !/[全我本][市区县省州盟旗]|城乡统一|县/.test(n.slice(cs, pos));
}
/** Whether the text names the city's districts (set per text; paraHead is then kept as in a tiered text). */
let cityText = false;
const AREA_GROUP = /主城区|中心城区|[一二三四五六七八九两]区|[一二三四五六七八九两]县|(?<![分为按成])[一二三四五六七八九十]类(?:地区|区域|片区|地方)|市本级|(?:[\u4e00-\u9fff]{1,4}[区县][、和及与]){2,}/;
// (量: the rest of 数量 after an alias ending in 数, 社会组织数量达到A个)
const REACHED_GAP = /^(总数|总量|数量|数|量)?(已)?(增至|增加到|发展到|达到|提升至|提高到)$/;
// (老年食堂近A家: a qualifier before the value, see numbers.ts PREFIX_QUAL)
const STOCK_GAP = /^(总数|总量|数量|数|量)?(已)?(达到|达|增至|增加到|发展到|共有|共计|共|有|为|是|累计达到|累计达|累计|超过|逾)?(将近|接近|近|大约|约|突破|超过|逾)?$/;
// (慈善组织64家、…: 组织 right before a number is a counted noun, not the verb)
const ACTION_BEFORE = /(核查|排查|复核|审批|摸排|清查|入户|抽查|评定|注销|引导|组织(?!\s*\d)|推动|约谈|处罚|纳入|表彰|培训|走访|选聘|检查|动员|发动|带动|联系|改造|升级|提升|奖补|扶持|资助|慰问|评估|帮扶|孵化|清理|整治)[^,;:]{0,12}$/;
/** 参加街头救助人员 / 出动工作人员: staff taking part in the work, right before their count */
const STAFF_BEFORE = /(?:参加|出动)[^,;:。\d]{0,10}(?:人员|人力|干部|职工|队员)\s*(?:共|累计)?\s*$/;
/** (在N个养老机构)开展/推行…试点: an action carried out in the places counted */
const ACTION_PLACES_AFTER = /^[^,;:。\d]{0,6}?(?:开展|推行|实施|推广|试点|推进|试行)/;
const RIGHT_VERBS = /取得|提供|获得|参加|开展|享受|领取|接受|入住|纳入|进行|实施|发放|办理/;
/** Words before a count or amount that make it the people who left (退出 indicators) … */
const EXIT_BEFORE = /(取消|调出|退出|停保|停发|停止发放|注销|清退|核减|去除|剔除|清除)(?!到|至|为)[^,;:。]*$/;
const LOTTERY_YEAR_SALES = /(?:福利彩票|福彩)(?:今年|本年|全年|当年|年内)(?:的)?销量(?:已经?|累计)?(?:突破[\d.]+\s*[万亿]?元[,]\s*)?(?:达到|达|为|共|约)?\s*$/;
/** 福利彩票发行销售再创新高,年销量达到A亿元: a generic 年销量 after the clause that names the lottery's sales */
const LOTTERY_SALES_THEN = /(?:福利彩票|福彩)(?:发行销售|发行|销售)[^,;:。\d]{0,10}[,]\s*(?:全年|当年|年)销量(?:已经?|累计)?(?:达到|达|为|共|约)?\s*$/;
const NEW_CLAUSE_AFTER_EXIT = /^\s*(?:又|同时|共|累计)?新增(?!.*(?:取消|退出|停保|停发|清退|注销))[^,;:。\d]*$/;
const EXIT_BETWEEN = /(取消|退出|停保|停发|停止发放|停止|注销|清退|核减)/;
/** 特困供养对象B人 / 五保户C人、…: a clause of bare items, the programme and its count, no verb or subject of its own */
const BARE_ITEMS = /^\s*(?:[\u4e00-\u9fff]{2,10}\s*[\d.]+\s*万?[户人名]\s*、\s*)*[\u4e00-\u9fff]{2,10}\s*$/;
// (季度末城市低保对象A户: a time of its own makes the clause a stock)
const NOT_BARE = /有|共|达|为|是|保障|纳入|新增|增加|累计|在册|享受|发放|支出|现|其中|总|合计|末|底|年|月|季|截至|截止|目前|当前|^\s*[全我本该]/;
/** 取消城乡低保对象A人(,…): a clause opened by an exit verb, with a count */
const EXIT_OPENS = /^\s*[^,;:。\d]{0,8}?(?:又|还|共|累计|并|先后|依法)?(取消|清退|停发|停保|退出|核减|注销)[^,;:。]*\d/;
/** 取消城乡低保对象A人,特困供养对象B人: the exit verb of a list reaches the bare items after its first clause. */
function listExitVerb(n: string, cs: number, pos: number): RegExpExecArray | null {
  for (let k = 0, end = cs, from = pos; k < 4 && end > 1 && n[end - 1] === ','; k++) {
    const item = n.slice(end, from);
    if (!BARE_ITEMS.test(item) || NOT_BARE.test(item)) return null;
    const pcs = clauseStart(n, end - 2);
    const prev = n.slice(pcs, end - 1);
    const m = EXIT_OPENS.exec(prev);
    if (m) return m;
    // (the clause before is a bare item too: go back one more)
    const num = /[\d.]+\s*万?[户人名]\s*$/.exec(prev);
    if (!num) return null;
    from = pcs + num.index;
    end = pcs;
  }
  return null;
}
/** … or a change of level (降低保障标准74户, 减少保障金额0.74万元, 调整低保对象A户), not the level itself. */
const CHANGE_BEFORE = /(降低|减少|下降|降标|提标(?!后)|增加|核增|调减|调增|调整(?!后|工作|机制))(了)?(?!到|至|为)[^,;:。到至]*$/;
/** 年低保标准 / 低保年标准 / 月最低生活保障标准: 年 or 月 (not a date's: 2013年, 今年, 1月) right before a standard's name */
// (五保对象年供养标准 / 特困人员月基本生活标准: the standard's own words between the period and 标准)
const PERIOD_BEFORE_STD = /(?<![\d一二三四五六七八九十每人当今本去明上下前次同全半逐元多老青少成童周近历往翌该])([年月])(?:城乡|城市|农村|城镇)?(?:居民)?(?:最低生活保障|低保)?(?:保障|供养|救助供养|基本生活)?标准/;
/** 《规划》提出,…到2025年 / 规划明确:到2025年…: a sentence setting a plan's targets for a later year */
const PLAN_LEAD = /^\s*(?:《[^》]{1,40}》|[^,,。;]{0,16}(?:规划|纲要|方案|意见))(?:中)?(?:提出|明确|要求|指出|确定)[,,::][^。]*?到((?:19|20)\d{2})年/;
/** 在…方面,某省将(全面)完善… / 我市将新增…: a sentence opening with what its subject will do */
const WILL_OPENS = /^\s*(?:在[^,,;。\d]{1,12}方面[,,]\s*)?[^,,;。\d]{1,8}?(?<![已均即])将(?:全面|继续|进一步|加快|大力|着力|积极|重点|深入|持续|不断|逐步|全力)?(?:完善|新增|新建|建设|实施|推进|开展|健全|加强|提高|提升|落实|打造|推动|深化|办好|扩大|建立|放开)/;
/** 加强…,完成…: a sentence opening with a bare verb, no subject or time of its own */
const BARE_VERB_OPENS = /^\s*(?:加强|完成|推进|实施|新增|新建|建设|开展|落实|提高|提升|健全|完善|深化|推动|办好|积极|持续|进一步|加快|大力|全面|支持|鼓励|引导|扩大|建立|改造)/;
const WILL_DONE = /已|累计|截至|截止|目前|去年|上年|(?:19|20)\d{2}年/;
const OWN_FACT_OPENS = /^\s*(?:截至|截止|目前|现有|已|(?:19|20)\d{2}年|今年|去年|全年|当前)/;
/** 到2020年, / 至2025年: on a line of its own: a paragraph opening with a year's targets (group 2: the heading stands alone) */
const TARGET_HEAD = /^\s*(?:到|至)((?:19|20)\d{2})\s*年(?:底|末)?(?:(\s*[::]?\s*$)|[,,::])/;
/** ——… / ●… / (1)… / 1.…: a list item under a heading */
const LIST_ITEM = /^\s*(?:—|-|●|·|•|\(\d{1,2}\)|\d{1,2}[.、](?!\d)|[①-⑳])/;
function planLeadOf(prev: string, year: number | undefined): boolean {
  const m = PLAN_LEAD.exec(prev);
  return !!m && (!year || Number(m[1]) > year);
}
/** Start of the last clause of a sentence. */
function clauseStartOf(n: string): number {
  for (let i = n.length - 1; i >= 0; i--) if (isBoundary(n, i)) return i + 1;
  return 0;
}
const SCOPE_BEFORE = /(全市|全区|全县|全省|全国|全镇|辖区|共有|现有|目前|截至目前|已有|(?:全[市区县省旗州盟镇]|辖区|我[市区县省])有|(?<![为向对])保障)$/;

/** 每千名老年人 / 千人 / 万人拥有: a ratio per head named before the indicator */
const PER_HEAD = /(?:每[千万百](?:名|位|户|人)|(?<![\d.一二三四五六七八九十两几数上])[千万百](?:名老年人|名老人|人))/;
/** The subject of a list naming a social insurance or its insured. */
const INSURED_LIST = /保险|参保|社保/;
const PER_HEAD_BEFORE = new RegExp(PER_HEAD.source + '[\\u4e00-\\u9fff]{0,10}$');
const PERSON_UNITS = new Set(['人', '人次', '户', '户次', '万人', '万人次', '万户', '万户次']);
function kindOfUnit(u: string): 'money' | 'person' | 'rate' | 'other' {
  if (u.endsWith('元') && !u.includes('/')) return 'money';
  if (PERSON_UNITS.has(u)) return 'person';
  if (u === '%') return 'rate';
  return 'other';
}

function isStdUnit(u: string) {
  return u.includes('/') || u === '元';
}

/** Whether a table of the text dated its records by its own title (its note: 年份取自…, 报告期取自…). */
export function datedByTable(notes: readonly string[], what: '年份' | '报告期'): boolean {
  return notes.some((x) => x.includes(`${what}取自`));
}

export function readableText(text: string): string {
  const t = rejoinCellLines(text) ?? text;
  GLOSS.lastIndex = 0;
  if (!GLOSS_HINT.test(t) || !GLOSS.test(t)) return t;
  GLOSS.lastIndex = 0;
  return t.replace(GLOSS, '');
}

/**
 * Extracts the dataset records (and reviewable candidates) a report text states. Statistical tables
 * flattened into the text are read by the table reader; the rest of the text by the prose extractor.
 */
export function extractRecords(text: string, ctx: ExtractContext): ExtractResult {
  const rejoined = rejoinCellLines(text);
  if (rejoined !== null) {
    // same length: offsets hold; quotes are taken from the text as written
    const res = extractRecords(rejoined, ctx);
    for (const r of res.records) r.quote = text.slice(r.offset, r.offset + r.quote.length);
    for (const c of res.candidates) c.quote = text.slice(c.offset, c.offset + c.quote.length);
    return res;
  }
  GLOSS.lastIndex = 0;
  if (!GLOSS_HINT.test(text) || !GLOSS.test(text)) return extractPlain(text, ctx);
  // pinyin glosses of reposted pages (標(biāo)準(zhǔn)) are dropped; offsets and quotes map back to the text
  const keep: number[] = [];
  let clean = '';
  let at = 0;
  GLOSS.lastIndex = 0;
  for (const m of text.matchAll(GLOSS)) {
    for (let i = at; i < m.index!; i++) keep.push(i);
    clean += text.slice(at, m.index!);
    at = m.index! + m[0].length;
  }
  for (let i = at; i < text.length; i++) keep.push(i);
  clean += text.slice(at);
  const back = (i: number) => (i < keep.length ? keep[i] : text.length);
  const span = (a: number, len: number) => text.slice(back(a), len > 0 ? back(a + len - 1) + 1 : back(a));
  const res = extractPlain(clean, ctx);
  for (const r of res.records) {
    r.quote = span(r.offset, r.quote.length);
    r.offset = back(r.offset);
  }
  for (const c of res.candidates) {
    c.quote = span(c.offset, c.quote.length);
    c.offset = back(c.offset);
    c.valueOffset = back(c.valueOffset);
  }
  return res;
}

/** A pinyin gloss after a Chinese character: 標(biāo). */
const GLOSS_HINT = /[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ]/;
const GLOSS = /(?<=[\u4e00-\u9fff])[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ]{1,7}[)）]/g;

/** text[start, end) with every character but line breaks blanked, except the spans kept (offsets unchanged) */
function blankTable(text: string, start: number, end: number, keep: { start: number; end: number }[]): string {
  const blank = (a: number, b: number) => text.slice(a, b).replace(/[^\n\r]+/g, (m) => ' '.repeat(m.length));
  let out = '';
  let at = start;
  for (const k of keep) {
    if (k.end <= at || k.start >= end) continue;
    out += blank(at, Math.max(at, k.start)) + text.slice(Math.max(at, k.start), Math.min(end, k.end));
    at = Math.min(end, k.end);
  }
  return out + blank(at, end);
}

function extractPlain(text: string, ctx: ExtractContext): ExtractResult {
  const res = readPlain(text, ctx);
  holdGluedRowCodes(text, res); // (a flattened form with row numbers glued to the values: see gluedRowCodes.ts)
  return res;
}

function readPlain(text: string, ctx: ExtractContext): ExtractResult {
  const regions = findTables(text);
  // tables by area (rows = regions, columns = indicators): read on their own, see rowRegion.ts
  let inf0: InferredContext | undefined;
  const blocks = readRowRegionTables(text, {
    catalogue: ctx.catalogue,
    source: ctx.source,
    region: ctx.region,
    year: ctx.year,
    period: ctx.periodInferred ? undefined : ctx.period,
    get inferredRegion() {
      inf0 ??= inferContext(text, ctx.catalogue);
      return inf0.region?.name;
    },
    get inferredYear() {
      inf0 ??= inferContext(text, ctx.catalogue);
      return inf0.year?.value;
    },
  });
  if (!regions.length && !blocks.length) return extractProse(text, text, ctx);
  // the prose extractor reads the text with the tables blanked out (offsets unchanged)
  const spans = [...regions.map((r) => ({ start: r.start, end: r.end })), ...blocks.map((b) => ({ start: b.start, end: b.end }))].sort((a, b) => a.start - b.start);
  // (a standard told in words in a table's cell is read as prose, after its row's label)
  const keep = regions.flatMap((r) => r.rows.flatMap((row) => row.prose ?? []));
  const parts: string[] = [];
  let at = 0;
  let outside = keep.length > 0; // any number left for the prose extractor (digits or 十/百/千)
  for (const r0 of spans) {
    if (r0.end <= at) continue;
    const r = { start: Math.max(at, r0.start), end: r0.end };
    const before = text.slice(at, r.start);
    outside ||= /[\d十百千]/.test(before);
    parts.push(before, blankTable(text, r.start, r.end, keep));
    at = r.end;
  }
  parts.push(text.slice(at));
  outside ||= /[\d十百千]/.test(parts[parts.length - 1]);
  const prose = extractProse(outside ? parts.join('') : '', text, ctx);
  const inf = !ctx.region || ctx.year === undefined ? (inf0 ?? inferContext(text, ctx.catalogue)) : undefined;
  // (a table read as a table by area is not read again row by row)
  const byRow = blocks.length ? regions.filter((r) => !blocks.some((b) => b.start <= r.start && r.end <= b.end)) : regions;
  const tab = readTables(text, byRow, {
    lex: lexiconFor(ctx.catalogue),
    catalogue: ctx.catalogue,
    source: ctx.source,
    region: ctx.region,
    year: ctx.year,
    period: ctx.periodInferred ? undefined : ctx.period,
    inferredRegion: inf?.region?.name,
    inferredYear: inf?.year?.value,
    codeIndex: ctx.codeIndex,
  });
  // a table of closed cells with a line of units and no record read: rows of programmes, columns of measures
  for (const r of byRow) {
    if (tab.records.some((x) => x.offset >= r.start && x.offset < r.end) || !/\n单位 \|/.test(text.slice(r.start, r.end))) continue;
    const per = ctx.period ?? (inf ?? inferContext(text, ctx.catalogue)).period?.value ?? '全年';
    const cc = readClosedCells(text, r.start, r.end, lexiconFor(ctx.catalogue), {
      region: ctx.region ?? inf?.region?.name ?? '',
      year: ctx.year ?? inf?.year?.value ?? 0,
      period: per,
      source: ctx.source,
    });
    if (!cc) continue;
    tab.candidates = tab.candidates.filter((c) => c.valueOffset < r.start || c.valueOffset >= r.end);
    tab.records.push(...cc.records);
    tab.candidates.push(...cc.candidates);
  }
  const key = (r: DataRecord) => [r.region, r.year, r.period, r.indicatorId, r.breakdown].join('|');
  // a table by area replaces what the row-by-indicator reading made of the same lines
  for (const b of blocks) {
    const inB = (o: number) => o >= b.start && o < b.end;
    tab.records = tab.records.filter((x) => !inB(x.offset));
    tab.candidates = tab.candidates.filter((c) => !inB(c.valueOffset));
    const have = new Map(tab.records.map((r) => [key(r), r]));
    for (const r of b.records) {
      const t = have.get(key(r));
      if (!t) tab.records.push(r);
      else if (t.value !== r.value || t.unit !== r.unit)
        tab.candidates.push(recordAsCandidate(r, 'conflict', `${REASON_ZH.conflict}:${t.value}${t.unit}`));
    }
    tab.candidates.push(...b.candidates);
    tab.notes.push(b.note);
  }
  // a prose sentence repeating a table figure adds nothing; a different value is a conflict
  const fromTables = new Map(tab.records.map((r) => [key(r), r]));
  const records = [...tab.records];
  const candidates = [...tab.candidates, ...prose.candidates];
  for (const r of prose.records) {
    const t = fromTables.get(key(r));
    if (!t) records.push(r);
    else if (t.value !== r.value || t.unit !== r.unit) {
      candidates.push(recordAsCandidate(r, 'conflict', `${REASON_ZH.conflict}:表格中为 ${t.value}${t.unit}`));
    }
  }
  records.sort((a, b) => a.offset - b.offset);
  candidates.sort((a, b) => a.valueOffset - b.valueOffset);
  // (2022年社会服务统计3月份报表: the table dated by its own title; only the prose outside it lacks a year or period)
  const proseNotes = prose.notes.map((n) => {
    const w = /^未能推断(年份|报告期),请用参数指定$/.exec(n)?.[1];
    return w && datedByTable(tab.notes, w as '年份' | '报告期') ? `表格以外的正文${n}(表格的记录按表格标题定${w})` : n;
  });
  return { records, candidates, notes: [...proseNotes, ...tab.notes] };
}

/** The prose extractor: sentences, value tokens and the catalogue's aliases. `full` is used to infer the context. */
function extractProse(text: string, full: string, ctx: ExtractContext): ExtractResult {
  const lex = lexiconFor(ctx.catalogue);
  const blanked = text !== full; // (tables blanked out: quotes are taken from the text as printed)
  const notes: string[] = [];
  tieredText = namesTiers(text);
  cityText = CITY_DISTRICTS.test(text);
  paraHead = '';
  paraHeadPart = false;
  paraHeadNew = [];
  let region = ctx.region;
  let year = ctx.year;
  let period = ctx.period;
  // (figures that run to a date the text does not state: 2016年以来…, or 今年以来 in a text dated before December)
  let openPeriod = '';
  // (flows of a text dated before December that dates no period)
  let earlyFlows = '';
  // (and the date itself: a stock its paragraph says stands now is the date's, not the year's end)
  let earlyDate = '';
  let heads: SectionHead[] | undefined; // prose section headings, found once when first needed
  if (!region || !year || !period) {
    const inf = inferContext(full, ctx.catalogue, ctx.townships, !!region);
    if (!region && inf.region) {
      region = inf.region.name;
      notes.push(`地区推断为“${region}”(依据:${inf.region.basis})`);
    }
    if (!year && inf.year) {
      year = inf.year.value;
      notes.push(`年份推断为 ${year}(依据:${inf.year.basis})`);
    }
    if (!period && inf.period) {
      period = inf.period.value;
      notes.push(`报告期推断为“${period}”(依据:${inf.period.basis})`);
    }
    if (!period && inf.sinceYear) {
      openPeriod = `“${inf.sinceYear}”的数,截至哪天未写明`;
      notes.push(`正文“${inf.sinceYear}”的数截至哪天未写明,不是一年的数;请指定报告期`);
    } else if (!period && inf.openYtd) {
      openPeriod = `“今年以来”的数,文本日期 ${inf.openYtd},截至哪天未写明`;
      notes.push(`正文“今年以来”的数截至哪天未写明(文本日期 ${inf.openYtd}),不是全年数;请指定报告期`);
    } else if (!period && inf.asOfDay) {
      openPeriod = `“${inf.asOfDay}”(月中某日)的数,不是月末或报告期末的数`;
      notes.push(`正文“${inf.asOfDay}”是月中某日,其数不是一个报告期的数;请指定报告期`);
    } else if (!period && year) {
      // (a letter signed 2021年3月29日 that dates no period: its flows are not the year's, whatever span they cover)
      const dated = datelineOf(full) ?? leadDate(full);
      if (dated && dated.y === year && dated.m < 12) {
        earlyFlows = `文本日期 ${dated.shown},未写报告期,累计数不是${year}年全年的数,请指定报告期`;
        earlyDate = dated.shown;
        notes.push(`文本日期 ${dated.shown},未写报告期:资金、人次等累计数只作为候选;请指定报告期`);
      }
    }
    const given: Record<string, boolean> = { 地区: !!ctx.region, 年份: !!ctx.year, 报告期: !!ctx.period };
    for (const u of inf.unresolved) if (!given[u]) notes.push(u === '地区' && inf.regionChoices ? `未能推断地区:${inf.regionChoices};请指定其一` : `未能推断${u},请用参数指定`);
  }
  const R = region ?? '';
  const Y = year ?? 0;
  const periodKnown = !!period;
  // the title: the first line with Chinese in it (not an address line), at most 60 characters, no full stop
  const firstTitle = /^(?:[^\S\n]*[^\n\u4e00-\u9fff]*\n)*?([^\n]*[\u4e00-\u9fff][^\n]*)/.exec(full.slice(0, 400));
  const titleLineEnd = firstTitle && firstTitle[1].length <= 60 && !firstTitle[1].includes('。') ? firstTitle.index + firstTitle[0].length : 0;
  // canonical label (上半年, 1-9月 …); an unrecognised one is kept as given and reported
  const P = canonicalPeriod(period) ?? period ?? '全年';
  if (period && !canonicalPeriod(period)) notes.push(`期别“${period}”无法识别,记录中原样保留`);
  const records: DataRecord[] = [];
  const candidates: Candidate[] = [];
  // indicator, value and unit of every mixed sum held so far (looked up per value, not by a scan of all candidates)
  const combinedHeld = new Set<string>();
  const seen = new Map<string, DataRecord>();
  const origin = new Map<DataRecord, { s: Sentence; t: ValueToken; whole: boolean }>();
  let previousSkipped = 0;

  const candidate = (s: Sentence, t: ValueToken, reason: CandidateReason, ind?: IndicatorDef, extra?: string) => {
    // a very long "sentence" (a list of hundreds of values) is quoted around the value only, so the
    // candidates of a text stay proportional to it; the quote is still the text at its offset
    let qa = 0;
    let qb = s.text.length;
    if (qb > QUOTE_LONG) {
      qa = Math.max(0, t.start - QUOTE_MAX / 2);
      qb = Math.min(s.text.length, t.end + QUOTE_MAX / 2);
    }
    candidates.push({
      region: R,
      year: Y,
      period: P,
      raw: t.raw,
      value: Number.isFinite(t.value) ? t.value : null,
      unit: t.unit,
      qualifier: t.qualifier,
      reason,
      message: REASON_ZH[reason] + (extra ? `:${extra}` : ''),
      indicatorId: ind?.id ?? '',
      source: ctx.source,
      offset: s.offset + qa,
      valueOffset: s.offset + t.numStart,
      quote: blanked ? full.slice(s.offset + qa, s.offset + qb) : qa === 0 && qb === s.text.length ? s.text : s.text.slice(qa, qb),
    });
    if (reason === 'combined' && Number.isFinite(t.value)) combinedHeld.add(`${ind?.id ?? ''}|${t.value}|${t.unit}`);
  };

  // where the run of a sentence's text starts: its line or the last 。 before it
  const runStart = (s: Sentence) => Math.max(text.lastIndexOf('\n', s.offset) + 1, text.lastIndexOf('。', s.offset - 1) + 1);
  // takes back the record at index i (its key freed for another value)
  const unfile = (i: number): DataRecord => {
    const rec = records.splice(i, 1)[0];
    origin.delete(rec);
    const key = [rec.indicatorId, rec.breakdown, rec.period].join('|');
    if (seen.get(key) === rec) seen.delete(key);
    return rec;
  };
  const emit = (s: Sentence, t: ValueToken, ind: IndicatorDef, breakdown: string, unit: string) => {
    // no year given and none in the text: a figure of no known year is no record (the user adopts it with one)
    if (!Y) {
      candidate(s, t, 'period_unknown', ind, '未能确定年份,请指定年份');
      return;
    }
    const period = periodFor(statedAt(s.norm, t), t.start, ind, s.norm);
    // 2022年3季度,…累计发放A万元 (nothing else says the year so far): the quarter's or Jan-Sep, unknown
    if (quarterDoubt) {
      candidate(s, t, 'period_unknown', ind, '“N季度…累计”可能是本季度的数,也可能是年初至该季度末的累计数,请核对报告期');
      return;
    }
    // 截至目前,实施…690例 in a text that dates nothing (no period given or inferred): the date of 目前 is unknown
    if (openPeriod && period === P) {
      candidate(s, t, 'period_unknown', ind, openPeriod);
      return;
    }
    if (earlyFlows && period === P && ind.flow === 'flow') {
      candidate(s, t, 'period_unknown', ind, earlyFlows);
      return;
    }
    // (发布 2022-07-06: 目前已建有助餐点180处 / 目前我国有…。其中社会团体A万家: the stock on the day of writing)
    if (earlyDate && period === P && ind.flow !== 'flow' && STANDS_NOW.test(text.slice(text.lastIndexOf('\n', s.offset) + 1, s.offset) + s.norm.slice(0, t.start))) {
      candidate(s, t, 'period_unknown', ind, `文本日期 ${earlyDate},未写报告期,“目前/现有”的数是该日的数,不是${Y}年末的数,请指定报告期`);
      return;
    }
    if (!periodKnown && period === P && AS_OF_NOW.test(s.norm)) {
      candidate(s, t, 'period_unknown', ind, '“截至目前”的数,文本未写日期,请指定报告期');
      return;
    }
    // 入冬以来,…救助A人次 in any text: a winter campaign's running total, from its start (often in the year before) to the
    // day it was told, not the period's
    if (period === P && ind.flow === 'flow' && s.norm.includes('冬') && WINTER_SINCE.test(s.norm.slice(0, t.start))) {
      candidate(s, t, 'partial', ind, '“入冬以来”的数,是冬季专项工作的累计数,不是本期总数');
      return;
    }
    // 入冬以来,…救助A人次 / 目前,已发放B万元 / a headline's 救助逾C人次, in a text that dates no period: a flow from some
    // start to an unknown day, not the year's
    const inTitle = s.offset < titleLineEnd;
    // (鹤山区建成助餐场所17处 heading a text whose body says 截至目前…17处: the headline's stock stands at that unknown day too)
    if (!periodKnown && period === P && inTitle && ind.flow !== 'flow' && AS_OF_NOW.test(text.slice(titleLineEnd))) {
      candidate(s, t, 'period_unknown', ind, '标题中的数,正文写“截至目前”而未写日期,请指定报告期');
      return;
    }
    if (!periodKnown && period === P && ind.flow === 'flow' && (inTitle || OPEN_SPAN.test(s.norm))) {
      candidate(s, t, 'period_unknown', ind, inTitle ? '标题中的数,文本未写报告期,请指定报告期' : '“以来/目前/期间”的数,文本未写报告期,截至哪天不明,请指定报告期');
      return;
    }
    // 本月发放低保金A万元,保障低保对象B人 in a text naming no month: the month is unknown
    if (!periodKnown && period === P && (s.norm.includes('本月') || s.norm.includes('当月')) && monthOpensSentence(s.norm, t.start)) {
      candidate(s, t, 'period_unknown', ind, '“本月/当月”的数,文本未写月份,请指定报告期');
      return;
    }
    const key = [ind.id, breakdown, period].join('|');
    const u = (unit === '元' && ind.kind === 'standard') || casesOfDeceased(ind, unit) ? ind.unit : unit;
    // 一户多残家庭补贴每户每月A元: a rate per household is no per-person standard
    if (unit === '元' && ind.kind === 'standard' && /每户(?:每[月年])?(?:不低于|不少于|约)?\s*$/.test(s.norm.slice(Math.max(0, t.start - 8), t.start))) {
      candidate(s, t, 'unit_mismatch', ind, '按户计的标准(每户),不是每人标准');
      return;
    }
    // 标准由一年A元…提高到B元 where the period was not read: a yearly word before the value, never the monthly default
    const clauseHead = unit === '元' && u === '元/人·月' ? s.norm.slice(clauseStart(s.norm, t.start), t.start) : '';
    if (clauseHead && YEAR_WORD.test(clauseHead) && !clauseHead.includes('月')) {
      candidate(s, t, 'unit_period', ind, '句中写有“一年/每年”,数值未标明每月或每年');
      return;
    }
    // 农村低保标准提高到4788元 (no 每月/每年): a yearly figure must not be filed as monthly
    if (unit === '元' && u === '元/人·月' && t.value >= MONTHLY_MAX) {
      // 现发放…生活补贴985800元: money paid under a programme that has no money indicator of its own, not a standard
      if (/(?:发放|拨付|下拨|支付|兑现)[^,,;；。:]{0,48}$/.test(s.norm.slice(0, t.start))) candidate(s, t, 'no_indicator', ind, '发放的金额,不是标准;目录中没有这一项单独的资金指标');
      else candidate(s, t, 'unit_period', ind);
      return;
    }
    // 城市低保标准提高到A元…;农村低保标准提高到B元 with B above A: a monthly rural standard above the urban one of its
    // sentence does not happen, so B's period is unknown (likely yearly); with the rural one first, the one filed is held
    if (unit === '元' && u === '元/人·月' && (ind.id === 'dibao_std_rural' || ind.id === 'dibao_std_urban')) {
      const runFrom = runStart(s);
      if (ind.id === 'dibao_std_rural') {
        const urban = records.filter((r) => r.offset >= runFrom && r.indicatorId === 'dibao_std_urban' && r.unit === u).map((r) => r.value);
        if (urban.length && t.value > Math.max(...urban)) {
          candidate(s, t, 'unit_period', ind, `同句城市低保标准为${Math.max(...urban)}元,农村标准不会按月高于城市,此数可能按年`);
          return;
        }
      } else {
        const i = records.findIndex((r) => r.offset >= runFrom && r.indicatorId === 'dibao_std_rural' && r.unit === u && r.value > t.value && origin.get(r)?.t.unit === '元');
        if (i >= 0) {
          const o = origin.get(records[i])!;
          const rec = unfile(i);
          candidate(o.s, o.t, 'unit_period', lex.byId.get(rec.indicatorId), `同句城市低保标准为${t.value}元,农村标准不会按月高于城市,此数可能按年`);
        }
      }
    }
    // …每人每月1240元;全失能、半失能、能自理护理补贴分别达到1500元、375元、100元: bare 元 of a yearly standard in a
    // sentence that counts by the month is of unknown period
    const para = unit === '元' && u === '元/人·年' ? text.slice(text.lastIndexOf('\n', s.offset) + 1, (text.indexOf('\n', s.offset) + 1 || text.length + 1) - 1) : '';
    if (para && /每人每月|每月|元\/月|元\/人·月|月人均/.test(para) && !/每人每年|每年|元\/年|元\/人·年/.test(para)) {
      candidate(s, t, 'unit_period', ind);
      return;
    }
    // 农村低保标准每人每年1800元,五保供养标准1500元: a bare 元 in a paragraph stating its standards per year only is of
    // unknown period, never the monthly default
    const paraM = unit === '元' && u === '元/人·月' ? text.slice(text.lastIndexOf('\n', s.offset) + 1, (text.indexOf('\n', s.offset) + 1 || text.length + 1) - 1) : '';
    if (paraM && YEARLY_STATED.test(paraM) && !MONTHLY_STATED.test(paraM)) {
      candidate(s, t, 'unit_period', ind, '同段其他标准按年写明,此数未标明每月或每年');
      return;
    }
    // 生活困难的一级…每人每月A元;非生活困难的一级…每人每月B元: a grade whose standard the paragraph states again,
    // differently, is a sub-tier's, not the grade's
    if (ind.kind === 'standard' && ind.breakdowns === 'disability_grade' && breakdown) {
      const pa = text.lastIndexOf('\n', s.offset) + 1;
      const other = gradeStatedTwice(lex, normaliseChars(text.slice(pa, text.indexOf('\n', s.offset) + 1 || text.length)), s.offset + t.start - pa, ind, breakdown, t.value);
      if (other !== null) {
        candidate(s, t, 'ambiguous_breakdown', ind, `同段${breakdown}另有标准${other}元`);
        return;
      }
    }
    const prev = seen.get(key);
    // 市慈善总会共募集善款A万元…;全市慈善机构募集善款B亿元: in one paragraph, the figure stated for the whole area
    // (全市/全区…) wins over one body's
    const head = s.norm.slice(clauseStart(s.norm, t.start), t.start);
    const whole = WHOLE_AREA.test(head);
    if (prev) {
      const o = origin.get(prev);
      /** this figure takes the key; the one it replaces becomes a candidate */
      const takeOver = (reason: CandidateReason, note: string) => {
        candidate(o!.s, o!.t, reason, ind, note);
        prev.value = t.value;
        prev.unit = u;
        prev.qualifier = t.qualifier;
        prev.offset = s.offset;
        prev.quote = s.text;
        origin.set(prev, { s, t, whole });
      };
      // (in another paragraph too, when the clause opens with the text's own whole: 发动各级慈善组织…募集款物A亿元
      // for one drive, then 全市慈善总会募集善款B亿元 in a 市's report)
      const samePara = o && !text.slice(o.s.offset, s.offset).includes('\n');
      if ((prev.value !== t.value || prev.unit !== u) && whole && o && !o.whole && (samePara || ownWholeOpens(head, R))) {
        takeOver('scope', `另有全域数 ${t.value}${u}`);
        return;
      }
      // (…社会救助资金A万元。其中:社会救助资金支出B万元: the part named as the whole is the indicator's own, see sameNamePart)
      if (o && !breakdown && kindOfUnit(u) === 'money' && SAME_NAME_PART_LEAD.test(s.norm.slice(Math.max(0, t.start - 40), t.start)) && (convert(t.value, u, prev.unit) ?? Infinity) < prev.value
        && (o.s === s || text.slice(o.s.offset + o.s.text.length, s.offset).trim() === '')) {
        takeOver('scope', `总数含其他资金,“其中”的同名部分 ${t.value}${u} 才是该指标`);
        return;
      }
      // a headline's rounded 8184万元, then 8184.9万元 in the body: the precise figure is the record's
      // (a headline's 890余万元, then 894.42万元 in the body: the exact figure within the rounded one's range)
      if (o && ((prev.unit === u && Number.isInteger(prev.value) && !Number.isInteger(t.value) && Math.trunc(t.value) === prev.value) || withinApprox(prev, t, u) || roundedInWan(prev, t, u))) {
        takeOver('conflict', `${t.value}${u}`);
        return;
      }
      // 城市低保标准调整为每人每月A元 …;即城市低保标准由现行的每人每月A元调整为B元: the text says A was replaced by B,
      // the later standard is the one at the period's end
      if (o && ind.kind === 'standard' && prev.unit === u && prev.value !== t.value && replacedFrom(head) === prev.value) {
        takeOver('conflict', `${t.value}${u}(后文写明由此数调整而来)`);
        return;
      }
      // 月人均补差A元以上,自10月份开始,城市低保人均补助达到B元: a rate from a later month of the sentence replaces the earlier one
      if (o && o.s === s && /^元\/人·[月年]$/.test(u) && prev.unit === u && prev.value !== t.value && o.t.end <= t.start && LATER_MONTH_FROM.test(s.norm.slice(o.t.end, t.start))) {
        takeOver('conflict', `${t.value}${u}(后文写明自某月起为此数)`);
        return;
      }
      // 现行城市低保标准为A元,调整后为B元: the standard in force before the change, then the new one
      if (o && samePara && ind.kind === 'standard' && prev.unit === u && prev.value !== t.value && AFTER_CHANGE.test(head) && BEFORE_CHANGE.test(o.s.norm.slice(clauseStart(o.s.norm, o.t.start), o.t.start))) {
        takeOver('conflict', `${t.value}${u}(后文写明调整后为此数)`);
        return;
      }
      if (prev.value !== t.value || prev.unit !== u) {
        // (1.2万人 then 12000人: the same figure restated in another unit is no conflict)
        const same = convert(t.value, u, prev.unit);
        if (same !== null && Math.abs(same - prev.value) < 1e-9 * Math.max(1, Math.abs(prev.value))) return;
        // 基本生活标准达到月人均A元和B元: two standards joined with no side named, neither is the one standard
        const j = records.indexOf(prev);
        if (o && o.s === s && j >= 0 && ind.kind === 'standard' && !breakdown && o.t.end <= t.start && /^\s*(和|与|及|、)\s*$/.test(s.norm.slice(o.t.end, t.start))) {
          records.splice(j, 1);
          seen.delete(key);
          candidate(o.s, o.t, 'ambiguous_breakdown', ind, `${t.value}${u}`);
          candidate(s, t, 'ambiguous_breakdown', ind, `${prev.value}${prev.unit}`);
          return;
        }
        candidate(s, t, 'conflict', ind, `${prev.value}${prev.unit}`);
        // 向A户支出型困难家庭发放临时救助金B万元…;C户临时救助对象发放救助金D万元: amounts of one programme paid to
        // groups one after another in a paragraph, none stated as the total, are parts; the first is no total either
        const i = records.indexOf(prev);
        const oHead = o ? o.s.norm.slice(0, o.t.start).slice(clauseStartOf(o.s.norm.slice(0, o.t.start))) : '';
        if (o && samePara && i >= 0 && ind.kind === 'amount' && ind.flow === 'flow' && !PART_OPENS.test(head) && !TOTAL_WORDS.test(oHead) && !TOTAL_WORDS.test(head)
          && GROUP_PAID.test(oHead) && GROUP_PAID.test(head)) {
          records.splice(i, 1);
          candidate(o.s, o.t, 'conflict', ind, `${t.value}${u}`);
        }
      }
      return;
    }
    const rec: DataRecord = {
      region: R,
      year: Y,
      period,
      indicatorId: ind.id,
      indicator: ind.name,
      breakdown,
      value: t.value,
      unit: u,
      qualifier: t.qualifier,
      source: ctx.source,
      offset: s.offset,
      // (a sentence read across a table's blanked cells quotes the text as printed)
      quote: blanked ? full.slice(s.offset, s.offset + s.text.length) : s.text,
    };
    seen.set(key, rec);
    origin.set(rec, { s, t, whole });
    records.push(rec);
  };

  // A户、B名低保对象 + a hold found on the name after the pair: the values filed before it in the chain (no name of their
  // own, the same family) share the hold
  const unfileChain = (s: Sentence, chain: ValueToken[], sentRecords: { ind: IndicatorDef; t: ValueToken }[], reason: CandidateReason, note?: string) => {
    for (const t of chain) {
      const k = sentRecords.findIndex((x) => x.t === t);
      if (k < 0) continue;
      const i = records.findIndex((r) => origin.get(r)?.t === t);
      if (i < 0) continue;
      const ind = sentRecords[k].ind;
      unfile(i);
      sentRecords.splice(k, 1);
      candidate(s, t, reason, ind, note);
    }
  };

  // 山东全省火化A万具 in a text on the whole country: a clause opening with another region's name is that region's figure
  const regionIdx = R ? ctx.catalogue.regions.findIndex((r) => r.name === R) : -1;
  provinceText = R === '全国' || ctx.catalogue.regions[regionIdx]?.level === 'province';
  lowerText = regionIdx >= 0 && !provinceText;
  const places = regionIdx >= 0 ? placeIndexFor(ctx.catalogue) : null;
  let allPlaces: ReturnType<typeof placeIndexFor> | null = null;
  const everyPlace = () => places ?? (allPlaces ??= placeIndexFor(ctx.catalogue));
  const placesOrAll = () => places ?? (R ? null : everyPlace());
  const partOfPlace = (head: string): boolean => {
    const m = /^\s*其中[,:]?\s*/.exec(head);
    if (!m) return false;
    const idx = everyPlace();
    const at = idx.matches(head.slice(m[0].length, m[0].length + 16))[0];
    return !!at && at.start === 0 && idx.kind(at.id) === 'name';
  };
  const otherRegionSubject = (head: string, strict = false): boolean => {
    // (the text's region unknown: any region opening the clause is one the text is not known to be about)
    const places = placesOrAll();
    if (!places || head.length < 2) return false;
    // (2023年安徽淮北全市共办理…: after a date)
    const lead0 = LEAD_OF_SUBJECT.exec(head)![0].length;
    const dated = DATE_LEAD.exec(head.slice(lead0))![0].length;
    const lead = lead0 + dated;
    // (全州有… / 全市共…: the whole area, not 全州县)
    if (/^[全本各该我][省市县区州盟旗镇乡]/.test(head.slice(lead))) return false;
    const ms = places.matches(head.slice(lead, lead + 16));
    const m = ms[0];
    if (!m || m.start !== 0) return false;
    const kind = places.kind(m.id);
    if (kind !== 'name' && kind !== 'short') return false;
    // (2019年,新建养老服务设施163个: a short name that opens an indicator's name is that word, not the place 新建区)
    if (kind === 'short' && lex.aliases(head, lead, Math.min(head.length, lead + 16)).some((o) => o.start === lead && o.end > lead + m.end)) return false;
    // (全年新建和改扩建…: after a date, or for a figure of no indicator, a short name must be followed by its area word: 淮北全市)
    if (kind === 'short' && (dated || strict) && !SHORT_NAME_AFTER.test(head.slice(lead + m.end))) return false;
    // (唐山市丰南区… in a text on 丰南区: the chain of names ends in the text's own region)
    for (let k = 0, at = 0; k < ms.length && ms[k].start === at; at = ms[k].end, k++) if (places.regions(ms[k].id).includes(regionIdx)) return false;
    return true;
  };
  // 全市共有… / 我市… in a district's or county's text (全省 in a city's): the area above the text's region
  const selfWord = (r: RegionDef | undefined) => (r ? levelWord(r) : '');
  const ownWord = selfWord(ctx.catalogue.regions[regionIdx]);
  const aboveWords = new Set<string>();
  const byName = resolverFor(ctx.catalogue).regionByName;
  // (南通市通州市…公报 in 通州区's text: named by its former name, the region itself speaks as 市)
  const def = ctx.catalogue.regions[regionIdx];
  const formerWords = new Set(def ? formersNamed(def, full).map((f) => f.slice(-1)) : []);
  for (let r = byName.get(R)?.parent; r; r = byName.get(r)?.parent) {
    const w = selfWord(byName.get(r));
    if (w && w !== ownWord && !formerWords.has(w)) aboveWords.add(w);
  }
  // (淄博市…高于全省平均水平: compared with the area above, the figure is the text's own)
  aboveLevels = new Set(aboveWords);
  if (R && R !== '全国') aboveLevels.add('国');
  belowText = '';
  /** A clause head's subject: after 其中/作为…的 and a date or span (2023年,/今年/截至…底) */
  const subjectOf = (head: string): string => head.slice(LEAD_OF_SUBJECT.exec(head)![0].length).replace(DATE_LEAD, '');
  /** The regions named (by name or short form) in a text, as place matches */
  const namedPlaces = (x: string) => (places ? places.matches(x).filter((m) => places.kind(m.id) === 'name' || places.kind(m.id) === 'short') : []);
  // 全区低保对象A户 in a city's text, 全镇… in a county's: the whole of a lower area, one of the text's parts
  const ownLevel = ctx.catalogue.regions[regionIdx]?.level;
  const belowWords = new Set<string>(ownLevel === 'province' ? ['市', '州', '盟', '县', '旗', '镇', '乡'] : ownLevel === 'city' ? ['县', '区', '旗', '镇', '乡'] : ownLevel === 'county' || ownLevel === 'district' ? ['镇', '乡'] : []);
  if (ownLevel === 'province' && ownWord !== '区') belowWords.add('区');
  belowWords.delete(ownWord);
  const belowSubject = (head: string, mine = false): boolean => {
    if (!belowWords.size) return false;
    const m = (mine ? /^[全我本]([省市区县州盟旗])(?![\u4e00-\u9fff]{0,1}(?:委|政府|民政))/ : /^[全本]([省市区县州盟旗镇乡])(?![\u4e00-\u9fff]{0,1}(?:委|政府|民政))/).exec(subjectOf(head));
    return !!m && belowWords.has(m[1]);
  };
  /** 张店区:全区… / 张店区…,全区…: a lower region of the text's own named right before (a bare 全区 may be the text's
   * own, given at the wrong level) */
  const childNamedBefore = (n: string, cs: number): boolean => {
    if (!places) return false;
    for (const m of namedPlaces(n.slice(Math.max(0, cs - 40), cs))) {
      for (const r of places.regions(m.id)) {
        for (let p = places.parent[r]; p >= 0; p = places.parent[p]) if (p === regionIdx) return true;
      }
    }
    return false;
  };
  const aboveSubject = (head: string): boolean => {
    if (!aboveWords.size) return false;
    const m = ABOVE_OPENS.exec(head.slice(LEAD_OF_SUBJECT.exec(head)![0].length));
    return !!m && aboveWords.has(m[1] ?? m[2]);
  };
  // (the text's region opening a clause: 我市/全市 in a city's text, or its name)
  const ownNames = R ? nameForms(R) : [];
  const ownSubject = (head: string): boolean => {
    const h = subjectOf(head);
    const m = /^[全我本]([省市区县州盟旗])/.exec(h);
    if (m) return m[1] === ownWord || (!aboveWords.has(m[1]) && !belowWords.has(m[1]));
    return ownNames.some((x) => h.startsWith(x));
  };
  /** 张店区…,该区现有低保对象A户 in a city's text: 该区 stands for the last region named, another one */
  const thatRegionElsewhere = (n: string, cs: number, pos: number): boolean => {
    const m = /^(?:\s*其中[,:]?)?\s*该([省市区县州盟旗])/.exec(n.slice(cs, pos));
    if (!m || !places) return false;
    if (m[1] !== ownWord) return true;
    // (the same level: the last region named before it decides)
    const ms = namedPlaces(n.slice(Math.max(0, cs - 80), cs));
    const last = ms[ms.length - 1];
    return !!last && !places.regions(last.id).includes(regionIdx);
  };
  // 山东省2023年民政事业发展统计公报 given as a city's text: a clause naming no subject of the city's own is the province's
  // (the note of a text whose lead names a township as its subject)
  let townNote = '';
  const titleElsewhere = ((): string => {
    const byTitle = titleSays();
    if (!byTitle && communityText()) {
      townNote = '全文是社区(村)的文本,是社区(村)的数';
      notes.push(`标题或口吻是社区(村)居委会的(本社区、我社区等)${R ? `,没有写明“${R}”为主语的数` : ',其中的数'}只作为社区(村)的候选`);
      return townNote;
    }
    if (byTitle || !R || regionIdx < 0) return byTitle;
    // a text speaking as a township throughout (全乡…, 我镇…) and never as the region given: the township's
    const own = ownWord ? text.match(new RegExp(`[全我本]${ownWord}`, 'g'))?.length ?? 0 : 0;
    if (!own && (text.match(TOWNSHIP_VOICE)?.length ?? 0) >= 2) {
      notes.push(`全文以乡镇的口吻叙述(全乡、我镇等),没有“全${ownWord}”“我${ownWord}”:没有写明“${R}”为主语的数只作为乡镇的候选`);
      return TOWNSHIP_NOTE;
    }
    const town = own ? '' : leadTownship();
    if (town) {
      townNote = `全文的主语是乡镇(街道)“${town}”,是该乡镇的数,不是“${R}”的数`;
      notes.push(`开头以“${town}”为主语,没有“全${ownWord}”“我${ownWord}”:没有写明“${R}”为主语的数只作为乡镇的候选`);
      return townNote;
    }
    return '';
  })();
  /** XX社区居委会2024年民政工作计划 / 本社区…我社区…: a community's (or a village's) text, never speaking as a region */
  function communityText(): boolean {
    if (!text.includes('社区') && !text.includes('村委会') && !text.includes('村民委员会')) return false;
    if (/[全我本][省市区县州旗盟]/.test(text)) return false;
    const lines = text.slice(0, 300).split('\n').filter((l) => l.trim() && !SOURCE_LINE.test(l)).slice(0, 2);
    return lines.some((l) => COMMUNITY_TITLE.test(normaliseChars(l).replace(/\s+/g, ''))) || (text.match(COMMUNITY_VOICE)?.length ?? 0) >= 2;
  }
  /** 丰城市隍城镇以…为契机…;隍城镇加大…: the lead opens with one township of the region (after the region's names) and
   * names it again, or speaks as 该镇/全镇 */
  function leadTownship(): string {
    if (!ctx.townships) return '';
    const towns = placeIndexFor(ctx.catalogue, ctx.townships);
    const under = (i: number, top: number): boolean => {
      for (let p = i; p >= 0; p = towns.parent[p]) if (p === top) return true;
      return false;
    };
    const lines = text.slice(0, 400).split('\n').filter((l) => l.trim() && !SOURCE_LINE.test(l)).slice(0, 2);
    for (const line of lines) {
      const h = subjectOf(normaliseChars(line).replace(/\s+/g, '')).replace(/^(?:以来|来)?[,,]/, '').slice(0, 30);
      let at = 0;
      let town = '';
      for (;;) {
        // (the longest place at this position: 丰城市 over 丰城)
        let best: PlaceMatch | undefined;
        for (const m of towns.matches(h)) if (m.start === at && (!best || m.end > best.end)) best = m;
        if (!best) break;
        const ids = towns.regions(best.id);
        if (towns.kind(best.id) === 'town') {
          if (ids.some((i) => under(i, regionIdx))) town = h.slice(best.start, best.end);
          break;
        }
        // (the region itself or a region above it)
        if (!ids.some((i) => under(regionIdx, i))) break;
        at = best.end;
      }
      if (!town) continue;
      const k = text.indexOf(town);
      if (text.includes(town, k + town.length) || /该(?:镇|乡|街道)|[全我本](?:镇|乡|街道)(?![长村镇])/.test(text.slice(k))) return town;
      return '';
    }
    return '';
  }
  function titleSays(): string {
    if (!R) return '';
    const first = normaliseChars(text.slice(0, 200).split('\n').find((l) => l.trim() && !SOURCE_LINE.test(l)) ?? '').replace(/\s+/g, '');
    if (first.length > 40 || !/(?:19|20)\d{2}年/.test(first) || !/公报|总结|报告|年鉴|统计|工作情况|落实情况|进展情况|开展情况/.test(first)) return '';
    const r = titleRegion(first, lex.catalogue, '');
    if (r) return r.name !== R ? `标题写明另一地区“${r.name}”` : '';
    if (regionIdx < 0) return '';
    // 2023年全市民政工作总结 given as a district's text: the city's
    const w = titleAreaWord(first, '');
    const away = w && areaWordElsewhere(w.word, R, lex.catalogue);
    if (away) return `标题写明“全${w.word}”,是${away.above ? `上级地区“${away.above}”` : '下级地区'}的文本`;
    // 孔村镇2023年民政工作总结 / 平阴县孔村镇… / 镇民政办2023年工作总结 given as the county's text: the township's report
    let from = 0;
    for (const x of ownNames) {
      const k = first.indexOf(x);
      // (平阴镇 in 平阴县's text: the short name opens the township's own name)
      if (k >= 0 && k < 12 && !/[镇乡街]/.test(first[k + x.length] ?? '')) from = Math.max(from, k + x.length);
    }
    const m = TITLE_TOWNSHIP.exec(first.slice(from));
    return m && !TITLE_NOT_TOWNSHIP.test(m[1]) ? TOWNSHIP_NOTE : '';
  }
  if (titleElsewhere && titleElsewhere !== TOWNSHIP_NOTE && titleElsewhere !== townNote) notes.push(`${titleElsewhere},与${ctx.region ? '指定' : '推断'}地区“${R}”不同:没有写明“${R}”为主语的数只作为候选`);
  /** 北京、上海…以及宁德这七个城市 / 甲市和乙市两市: two regions or more listed, then their number (no digit before it). */
  const regionsListed = (head: string): boolean => {
    const tail = REGIONS_COUNTED.exec(head);
    if (!tail || /\d/.test(head.slice(0, tail.index))) return false;
    const h = subjectOf(head.slice(0, tail.index));
    const ms = everyPlace().matches(h);
    let at = 0;
    let k = 0;
    for (const m of ms) {
      if (m.start !== at) continue;
      const sep = /^(?:、|以及|和|及|与)?/.exec(h.slice(m.end))![0];
      k++;
      at = m.end + sep.length;
    }
    return k >= 2 && at === h.length;
  };
  /** 全市(铁东、铁西): two parts or more of the region in brackets right after the whole area's word. */
  const partsInBracket = (head: string): boolean => {
    if (!head.includes('(')) return false;
    const m = /^全[省市县区州盟旗]\s*\(([^()]{2,30})\)/.exec(subjectOf(head));
    if (!m || /^(?:含|包括|不含|其中)/.test(m[1])) return false;
    const items = m[1].split(/、|和|及|与/);
    return items.length >= 2 && items.every((x) => /^[\u4e00-\u9fff]{1,8}[区县旗]$/.test(x) || lowerPlace(x));
  };
  /** x is, whole, the name of a region under the text's own */
  const lowerPlace = (x: string): boolean => {
    if (!places || regionIdx < 0) return false;
    return places.matches(x).some((m) => m.start === 0 && m.end === x.length && places.regions(m.id).some((r) => {
      for (let p = places.parent[r]; p >= 0; p = places.parent[p]) if (p === regionIdx) return true;
      return false;
    }));
  };
  /** Whose figure the subject makes it when not the text's region: another region's, the area above's, or (2024年全国
   * 结婚登记A万对 in a province's or city's text) the country's; null when the text's own. */
  const subjectElsewhere = (n: string, cs: number, pos: number): string | null => {
    if (otherRegionSubject(n.slice(cs, pos))) return regionIdx < 0 ? '句首写明地区,本文地区未定' : '句首写明另一地区';
    // (北京、上海…以及宁德这七个城市,超A对新人…: a subject listing regions, in the clause or in the one before it, is their sum)
    if (regionsListed(n.slice(cs, pos)) || (cs > 1 && regionsListed(n.slice(clauseStart(n, cs - 2), cs)))) return LIST_NOTE;
    // (全市(铁东、铁西)共保障低保对象A户: the parts named in brackets after the whole area's word)
    if (partsInBracket(n.slice(cs, pos))) return PARTS_NOTE;
    // (在河南许昌,2023年共有A对新人…: a place opening the sentence in a clause of its own is the subject of the clauses after it)
    const at = cs > 0 ? PLACE_CLAUSE.exec(n.slice(0, cs)) : null;
    if (at && otherRegionSubject(at[1])) return '句首写明另一地区';
    // (又如,某县集中整治以来,取消…A人,…B人: a named other region opening the sentence's first clause is its subject)
    if (cs > 0 && !ownSubject(n.slice(cs, pos))) {
      const first = EXAMPLE_LEAD_CLAUSE.exec(n);
      if (first && first[0].length <= cs && otherRegionSubject(first[1], true)) return '句首写明另一地区';
    }
    // (the text's region unknown: 其中香格里拉市38人(…) is one area's part of the whole)
    if (regionIdx < 0 && partOfPlace(n.slice(cs, pos))) return '“其中”后为某一地区的数,本文地区未定';
    if (townshipSubject(n.slice(cs, pos))) return TOWNSHIP_NOTE;
    // 如王舍人街道,今年共有低保对象A人: an example opening the sentence, one township's or community's figure
    if (EXAMPLE_PLACE.test(n.slice(0, pos))) return TOWNSHIP_NOTE;
    // 全镇共有低保对象A人 / 我街道… in a text of a catalogue region (none is a township): one township's, not the region's
    if (regionIdx >= 0 && WHOLE_TOWNSHIP.test(subjectOf(n.slice(cs, pos)))) return TOWNSHIP_NOTE;
    // 全区城关镇、东关镇低保对象A人: two or more townships named as the subject, after the whole area's word
    if (TOWNSHIPS_NAMED.test(n.slice(cs, pos))) return TOWNSHIP_NOTE;
    // (邻县低保对象A人 / 邻近的东区… / 对口支援新疆某县,帮助建设…: a neighbour's or an aided area's figure)
    if (NEIGHBOUR_SUBJECT.test(n.slice(cs, pos))) return '句首为相邻或周边地区';
    if (AID_OPENS.test(n.slice(0, pos)) && !ownSubject(n.slice(cs, pos))) return '对口支援(帮扶)地区的数';
    // 城关镇:低保户A户B人,…;河口乡:… : a township labelling the clauses after its colon
    const label = /(?:^|[,;。])\s*([^,;:。]{2,12}):\s*[^;。]*$/.exec(n.slice(0, pos));
    if (label && townshipSubject(label[1] + ' ')) return TOWNSHIP_NOTE;
    if (thatRegionElsewhere(n, cs, pos)) return '“该区/该县”指前文的另一地区';
    if (belowSubject(n.slice(cs, pos)) && childNamedBefore(n, cs)) return '句首为下级地区(如市的文本中的“张店区:全区…”)';
    // 我区/全区… in a city's text (我市 in a province's): the speaker is a lower region, not the text's
    if (belowSubject(n.slice(cs, pos), true)) return '句首为下级地区(如市的文本中的“我区”“全区”),不是本地区的数';
    // (2019年全市婚姻登记…,其中结婚A件 in the country's text: a lower area opening the sentence holds the later clauses
    // that name no subject of their own)
    if (ownLevel === 'country' && cs > 0 && !/[全我本][国省市县区州盟旗]/.test(n.slice(cs, pos)) && /^[全我本][省市县区州盟旗](?![\u4e00-\u9fff]{0,1}(?:委|政府|民政))/.test(subjectOf(n.slice(0, pos)))) return '句首为下级地区,不是全国的数';
    if (aboveSubject(n.slice(cs, pos))) return '句首为上级地区(全市、全省等)';
    if (R && R !== '全国' && nationalSubject(n.slice(0, pos))) return '全国的数';
    if (titleElsewhere && !ownSubject(n.slice(cs, pos)) && !ownNames.some((x) => n.slice(0, pos).includes(x))) return titleElsewhere;
    return null;
  };
  let planMode = false;
  // 某县民政局2024年部门预算 / 预算编制说明 (not a 决算 nor a report on a budget's execution): its money is budgeted
  const titleLine = text.slice(0, Math.min(80, (text.indexOf('\n') + 1 || text.length + 1) - 1));
  const budgetText = /部门预算|单位预算|预算编制说明|预算公开|预算草案/.test(titleLine) && !/决算|执行/.test(titleLine) && !/[,;。]/.test(titleLine);
  // a progress table laid out one cell per line (内容 / 牵头单位 / 进展情况): the cell just above the leading office is the task
  const progressTable = PROGRESS_HEADER.test(normaliseChars(text.slice(0, 400)));
  // 实事项目完成情况进度表: each numbered heading names a project's target, the lines under it its progress
  const projectHeads = PROJECT_PROGRESS_TITLE.test(normaliseChars(text.slice(0, 200)));
  let taskCell = false;
  let projectHead = false;
  let groupsGoOn = false;
  // 5年来…成绩单: in a review of several years, what was completed or paid with no time of its own is over those years
  const review = LEAD_YEARS.test(text.slice(0, 160));
  const Pspan = parsePeriodLabel(P);
  // 今年以来…A万元。去年全年…B万元: a text giving this year's figures so far makes its 去年 the year before
  const thisYearFigures = THIS_YEAR_FIGURES.test(text);
  // 2024-03-15 …截至去年底,全区共有… with the figures' year given as the dateline's: 去年 is the year before
  const normText = text.includes('去年') ? normaliseChars(text) : '';
  const datedYear = normText ? (datelineOf(normText) ?? leadDate(normText))?.y : undefined;
  let paraStated: Stated | null = null;
  // 2022年3季度,…累计发放A万元 with no 1-9月/前三季度/今年以来/截至 anywhere: 累计 may total the quarter alone
  const ytdSaid = YTD_SAID.test(text);
  /** Set by periodFor: the flow's period rests only on a quarter and 累计 (the quarter's or the year so far). */
  let quarterDoubt = false;
  /** The record's period: a period stated earlier in the sentence or paragraph (截至5月底, 1-7月) wins over the text's. */
  const periodFor = (stated: Stated[], pos: number, ind: IndicatorDef, n?: string): string => {
    quarterDoubt = false;
    const r = periodOf(stated, pos, ind, n);
    // (a report on the year so far, 1-9月, reads its own quarter's 累计 as that span)
    if (quarterDoubt && (ytdSaid || (Pspan && Pspan.start === 1 && Pspan.end === parsePeriodLabel(r)?.end && Pspan.end < 12))) quarterDoubt = false;
    return r;
  };
  const periodOf = (stated: Stated[], pos: number, ind: IndicatorDef, n?: string): string => {
    let st: Stated | null = semiStated ?? paraStated;
    for (const x of stated) if (x.pos < pos) st = x;
    // a standard is dated only by an as-of statement (截至4月底…标准为A元), not by the month it changed (7月份…提高到A元)
    // 2022年3季度,…累计发放A万元 in a text dated by one quarter: a flow counted up since January, not the quarter alone
    // (a text on one month, 截至9月底:…累计实施临时救助A万人次: the year so far to that month)
    if (!st && Pspan && n && ind.flow === 'flow' && (oneLaterQuarter(Pspan) || (Pspan.start === Pspan.end && Pspan.start > 1)) && /累计/.test(n.slice(0, pos).replace(/^[^]*[,;:。]/, ''))) {
      quarterDoubt = oneLaterQuarter(Pspan);
      return periodLabel({ start: 1, end: Pspan.end });
    }
    if (!st || !Pspan || (ind.kind === 'standard' && !st.asOf)) return P;
    if (st.qtd && ind.flow === 'flow') quarterDoubt = true;
    // 2022年2月全省民政事业费累计支出A亿元: a flow counted up to that month (or quarter) since January
    if (n && st.local && ind.flow === 'flow' && stated.includes(st) && (st.span.start === st.span.end || oneLaterQuarter(st.span)) && /累计/.test(n.slice(st.pos, pos))) {
      quarterDoubt = oneLaterQuarter(st.span) && !st.asOf;
      st = { ...st, span: { start: 1, end: st.span.end } };
    }
    // (3季度城市低保对象…。…累计发放救助资金A万元: a later quarter named earlier in the paragraph, the money counted up since January)
    else if (n && ind.flow === 'flow' && !stated.includes(st) && oneLaterQuarter(st.span) && /累计/.test(n.slice(0, pos))) {
      quarterDoubt = !st.asOf;
      st = { ...st, span: { start: 1, end: st.span.end } };
    }
    if (ind.flow === 'flow') return st.span.start === Pspan.start && st.span.end === Pspan.end ? P : periodLabel(st.span);
    return st.span.end === Pspan.end ? P : periodLabel(st.span);
  };
  let curStated: Stated[] = [];
  /** The indicator of the last value of this sentence before `at` that was held back as a candidate. */
  const heldWhole = (from: number, at: number): IndicatorDef | undefined => {
    // (the last few only: a sentence may hold thousands of values)
    for (let k = candidates.length - 1; k >= Math.max(sentCandFrom, candidates.length - 32); k--) {
      const c = candidates[k];
      // (a figure of another sentence displaced by one of this sentence is no whole here)
      if (c.valueOffset >= from && c.valueOffset < at && c.indicatorId && HELD_WHOLE.has(c.reason)) return lex.byId.get(c.indicatorId);
    }
    return undefined;
  };
  /** The periods stated before a value, and one in brackets right after it (发放低保金A万元(1-9月累计)). */
  const statedAt = (n: string, t: ValueToken): Stated[] => {
    // 截至7月底,…较上月新增A户、B人 in a month's report: the month's own admissions, not the year so far
    if (Pspan && Pspan.start === Pspan.end && n.includes('上月') && MONTH_NEW_BEFORE.test(n.slice(Math.max(0, t.start - 24), t.start))) return [...curStated, { pos: t.start - 1, span: { ...Pspan } }];
    const m = n.charCodeAt(t.end) === 0xff08 || n[t.end] === '(' || n[t.end + 1] === '(' || n.charCodeAt(t.end + 1) === 0xff08 ? BRACKET_PERIOD.exec(n.slice(t.end, t.end + 24)) : null;
    if (!m) return curStated;
    const end = Number(m[3]);
    const start = m[2] ? Number(m[2]) : m[1] || m[5] ? 1 : end;
    if (!(end >= 1 && end <= 12 && start >= 1 && start <= end)) return curStated;
    return [...curStated, { pos: t.start - 1, span: { start, end }, asOf: !!m[1] || undefined }];
  };
  // 2021年6月全县享受…A人;享受…B人: a month dating a sentence also dates the clauses after its semicolons
  let semiStated: Stated | null = null;
  /** the other area whose clauses ran to the end of the sentence before (carried over its semicolon) */
  let semiElsewhere: string | null = null;
  // 截至2024年6月底,全国共有A名孤儿;全国共有B名事实无人抚养儿童: the year opening a sentence also dates the clauses
  // after its semicolons
  let semiYear: number | null = null;
  let prevYear: number | null = null;
  let partRun = false; // inside 其中:…;…; (parts of a whole, one per sentence)
  let runWholes: IndicatorDef[] = [];
  let runHead = ''; // the sentence before a 其中 run
  let sentenceFrom = 0; // records before the current sentence
  let sentCandFrom = 0; // …and candidates
  let prevSentenceFrom = 0; // …and before the previous one
  let prevNorm = '';
  let paraText = '';
  // the last 从YYYY年起 of the text read so far (a programme started years back), and where it was
  let startedSince: { year: number; at: number } | null = null;
  let semiAdvance: { year: number } | null = null;
  let semiAllocated = false; // a ;-list led by funds a higher level allocated (中央、省级下达…A万元;)
  let paraYears = false; // the paragraph before this sentence went over a span of years (五年来,…)
  let headLine = ''; // the last heading standing on a line of its own
  let carried = '';
  let planLead = false; // the paragraph goes on from a plan's targets (《规划》提出,…到2025年…)
  let willLead = false; // the paragraph goes on from what a subject 将 do, in sentences of bare verbs
  let targetHead = ''; // under a later year's heading (到2020年,…): 'line' for a heading standing alone, 'para' for one opening a paragraph
  let oneOffList = 0; // 1: a one-off payment named; 2: its recipients listed from here on (补贴涉及:(一)…)
  // (a function of its own, called per sentence: optimised without on-stack replacement of extractProse)
  const readSentence = (s: Sentence): void => {
    const n = s.norm;
    // the previous sentence's last record, the whole of a sentence opening with 其中
    const last = records.length ? records[records.length - 1] : undefined;
    const prevWhole = last && !last.breakdown ? lex.byId.get(last.indicatorId) : undefined;
    // …or its last figure, a part (低保家庭老年人530户) left as a candidate after any record
    const lastCand = candidates.length ? candidates[candidates.length - 1] : undefined;
    const prevPart = lastCand && lastCand.reason === 'subset' && lastCand.indicatorId && (!last || last.offset <= lastCand.offset) ? lex.byId.get(lastCand.indicatorId) : undefined;
    const paraStart = s.offset === 0 || afterLineBreak(text, s.offset);
    if (paraStart) paraStated = null;
    else {
      const sticky = curStated.filter((x) => !x.local);
      if (sticky.length) paraStated = sticky[sticky.length - 1];
    }
    partRun = /^\s*其中/.test(n) || (partRun && !paraStart && /;\s*$/.test(prevNorm));
    // 一次性生活补贴发放工作。补贴涉及:(一)低保家庭A户;(二)…: the groups listed under a one-off payment are its recipients
    if (!(oneOffList && RECIPIENT_ITEM.test(n))) {
      const oneOff = (n.includes('一次性') || n.includes('慰问') || n.includes('补贴') || n.includes('过节')) && ONE_OFF.test(n);
      oneOffList = oneOff && RECIPIENTS_LEAD.test(n) ? 2 : oneOff && n.includes('发放') ? 1 : oneOffList === 1 && n.length < 16 && RECIPIENTS_LEAD.test(n) ? 2 : 0;
    }
    semiStated = !paraStart && /;\s*$/.test(prevNorm) ? (curStated.length ? curStated[curStated.length - 1] : semiStated) : null;
    semiYear = !paraStart && /;\s*$/.test(prevNorm) ? (openingYear(prevNorm) ?? semiYear) : null;
    // (其中,预拨2013年第一季度城市低保资金A万元,保障B人;农村低保资金C万元…: the allocation leads the items after the semicolon)
    semiAdvance = !paraStart && /;\s*$/.test(prevNorm) ? (advanceLead(prevNorm) ?? semiAdvance) : null;
    semiAllocated = !paraStart && /;\s*$/.test(prevNorm) && (semiAllocated || allocLead(prevNorm));
    // (2022年全省慈善总会募捐收入A亿元。省慈善总会募捐款物B亿元: the sentence after one opening with another year, in its paragraph)
    prevYear = !paraStart && /。\s*$/.test(prevNorm) && OPENING_YEAR.test(prevNorm) ? openingYear(prevNorm) : null;
    // a line that stops mid-clause (no punctuation at its end) goes on in this one
    carried = paraStart && prevNorm && !/[。;!?:,、)）”"]\s*$/.test(prevNorm) ? prevNorm.slice(clauseStartOf(prevNorm)) : '';
    const prevSentence = paraStart ? '' : prevNorm;
    prevSentenceFrom = sentenceFrom;
    sentenceFrom = records.length;
    sentCandFrom = candidates.length;
    // the wholes of a 其中 run: what the sentence before it filed without a breakdown
    if (/^\s*其中/.test(n)) runWholes = records.slice(prevSentenceFrom, sentenceFrom).filter((r) => !r.breakdown).map((r) => lex.byId.get(r.indicatorId)!).filter(Boolean);
    else if (!partRun) runWholes = [];
    if (/^\s*其中/.test(n)) runHead = prevNorm;
    else if (!partRun) runHead = '';
    // the paragraph before this sentence, in a tiered text, and whether it names a part (tested on its new sentence only)
    if (tieredText || cityText) {
      if (paraStart) {
        paraHeadPart = false;
        paraHeadNew = [];
      } else if (paraHeadPart !== true) {
        paraHeadNew.push(paraHead.slice(-12) + prevNorm);
        paraHeadPart = null;
      }
      paraHead = paraStart ? '' : paraText;
    }
    // 《规划》提出,到2025年建成A张床位。全市每千人…达到B: the paragraph's later sentences are the plan's targets too,
    // until one opens with a time or a stock of its own
    planLead = !paraStart && (planLead || planLeadOf(prevNorm, year)) && !OWN_FACT_OPENS.test(n);
    // 在…方面,某省将完善…,新增A张。加强…,完成…B户。: sentences opening with a bare verb go on with the 将 before them
    willLead = !paraStart && (willLead || (prevNorm.includes('将') && WILL_OPENS.test(prevNorm))) && BARE_VERB_OPENS.test(n) && !WILL_DONE.test(n);
    // 到2020年,全面建成…。⏎——全市床位需达到A张: a later year's heading reaches the rest of its paragraph and the list items
    // under it (a heading standing alone: the paragraphs up to the next numbered heading), until one opens with a stock or time of its own
    if (paraStart) {
      const h = year && (n.includes('到') || n.includes('至')) ? TARGET_HEAD.exec(n) : null;
      if (h && Number(h[1]) > year!) targetHead = h[2] !== undefined ? 'line' : 'para';
      else if (targetHead && (OWN_FACT_OPENS.test(n) || (targetHead === 'line' ? /^\s*(?:[一二三四五六七八九十]+、|[((][一二三四五六七八九十]+[))]|第[一二三四五六七八九十]+)/.test(n) : !LIST_ITEM.test(n)))) targetHead = '';
    } else if (targetHead && OWN_FACT_OPENS.test(n)) targetHead = '';
    paraYears = !paraStart && overYearsAfter(prevNorm, paraYears);
    prevNorm = n;
    if (n.includes('年起') || n.includes('年以来') || n.includes('年开始')) {
      const m = /(?:从|自)((?:19|20)\d{2})年(?:\d{1,2}月)?(?:起|以来|开始)/.exec(n);
      if (m) startedSince = { year: Number(m[1]), at: s.offset };
    }
    paraText = paraStart ? n : paraText + n;
    // 一、最低生活保障 on a line of its own: the paragraphs under it, up to the next such heading, are that programme's
    // (any other numbered heading, 四、60年代精简退职老职工生活补助发放情况, ends its reach)
    if (paraStart && /^\s*(?:[一二三四五六七八九十]+、|[((][一二三四五六七八九十]+[))])/.test(n)) headLine = s.line && HEADING_LINE.test(n) ? n.trim() + '。' : '';
    // (in a year's report, a clause opening with 全年 dates its figures to the year after a month stated in an
    // earlier sentence of the paragraph: 截至10月…。…,全年共计救助A人次)
    curStated = statedPeriods(n, !!paraStated && !!Pspan && Pspan.start === 1 && Pspan.end === 12, !!Pspan && Pspan.start === 1 && Pspan.end === 12);
    if (s.line && /^([一二三四五六七八九十]+、|[((][一二三四五六七八九十]+[))]|第[一二三四五六七八九十]+部分)/.test(n)) {
      if (/^[一二三四五六七八九十]+、|^第/.test(n)) planMode = planHeading(n);
      else if (planHeading(n)) planMode = true;
    } else if (s.line && n.length < 30 && /^(下步|下一步|下半年|明年|[0-9]{4}年)(工作)?(打算|计划|安排|思路|重点)/.test(n)) {
      planMode = true;
    }
    taskCell = progressTable && paraStart && officeCellAfter(text, s.offset + s.text.length);
    projectHead = projectHeads && paraStart && !!s.line && /^\s*[一二三四五六七八九十]+、/.test(n);
    // 向全省21.2万城乡低保对象⏎和特困人员⏎发放…: a line broken inside a list of groups (a poster's text)
    groupsGoOn = !!s.line && LIST_GOES_ON.test(nextLineAfter(text, s.offset + s.text.length));
    const toks = scanTokens(n, s.text);
    // …婚姻登记26办理收养登记99: a count right after its indicator's name with its unit lost is held, not dropped
    const lostAt = new Set<number>();
    // (the sentence's alias scan is cached from here on, for this and the readers below)
    beginSentence(lex, n);
    if (UNIT_LOST_ANY.test(n)) for (const o of lex.aliases(n)) {
      const m = UNIT_LOST.exec(n.slice(o.end, o.end + 12));
      if (!m || lostAt.has(o.end) || o.e.ind.kind !== 'count' || toks.some((x) => x.numStart <= o.end + m[0].length && x.end > o.end)) continue;
      lostAt.add(o.end);
      const at = o.end + m[0].length - m[1].length;
      const lost: ValueToken = { start: at, numStart: at, end: at + m[1].length, raw: m[1], value: Number(m[1]), unit: '', qualifier: 'exact', role: 'value' };
      candidate(s, lost, 'no_unit', o.e.ind, '正文中数值后没有单位');
    }
    // 分别从每人每月A元、B元提高到C元、D / 分别从A/月和B/月提高至C/月和D/月: old→new items whose unit the list states
    if (n.includes('分别由') || n.includes('分别从')) oldNewListUnits(n, s.text, toks);
    if (toks.length === 0) return;
    const done = new Set<ValueToken>();
    const sentRecords: { ind: IndicatorDef; breakdown: string; t: ValueToken }[] = [];

    // 全自理1800元(月人均150元): a bare 元 restated per month in brackets right after it (12 × the monthly figure) is per year
    for (let i = 0; i + 1 < toks.length; i++) {
      const a = toks[i];
      const b = toks[i + 1];
      if (a.unit === '元' && (b.unit === '元' || b.unit === '元/人·月') && /^\s*\(\s*(月人均|每人每月|每月|人均每月)\s*$/.test(n.slice(a.end, b.start)) && Math.abs(a.value - 12 * b.value) <= 12) {
        a.unit = '元/人·年';
        b.unit = '元/人·月';
      }
    }
    // 分别为760、610元/人·月: bare numbers of a 分别 list share the unit of the last item
    if (n.includes('分别')) sharedUnitItems(n, s.text, toks);
    // 分别达1.2万、5.6万人: a bare 万 before a list item with the unit shares it
    for (let i = toks.length - 2; i >= 0; i--) {
      const a = toks[i];
      const b = toks[i + 1];
      if ((a.unit === '万' || a.unit === '亿') && b.unit.startsWith(a.unit) && b.unit.length > 1 && /^\s*[、和及与]\s*$/.test(n.slice(a.end, b.start))) a.unit = b.unit;
    }
    // 城乡年低保标准分别提高到A元、B元 / 月低保标准A元: the period written before the standard's name
    for (const t of toks) {
      if (t.unit !== '元') continue;
      const clause = n.slice(clauseStart(n, t.start), t.start);
      const m = PERIOD_BEFORE_STD.exec(clause);
      if (m && !/每|\/[月年]|按[月年]|人均/.test(clause.slice(m.index + 1))) t.unit = m[1] === '年' ? '元/人·年' : '元/人·月';
    }
    // 城镇低保标准从每月A元调整为每月B元,农村从C元调整为D元: a bare side's clause of old and new values right after the other
    // side's standard carries its period
    // (城市低保标准为每人每月A元,农村为B元: a bare side's clause of the new value only, when B is not above A on the
    // urban/rural order: a rural standard above the urban one is likely yearly, and stays bare)
    for (let i = 1; i < toks.length; i++) {
      const t = toks[i];
      if (t.unit !== '元') continue;
      const cs = clauseStart(n, t.start);
      let j = i - 1;
      while (j >= 0 && toks[j].end > cs) j--;
      const p = j >= 0 ? toks[j] : undefined;
      if (!p || !/^元\/人·[月年]$/.test(p.unit) || !/^\s*[,,]\s*$/.test(n.slice(p.end, cs))) continue;
      const pClause = n.slice(clauseStart(n, p.start), p.start);
      if (!/标准/.test(pClause)) continue;
      if (/^\s*(?:城市|城镇|农村|乡村)(?:居民)?(?:从|由)[^,,;;。]*$/.test(n.slice(cs, t.start))) t.unit = p.unit;
      else {
        const m = SIDE_TO_CLAUSE.exec(n.slice(cs, t.start));
        const rural = !!m && /农村|乡村/.test(m[1]);
        if (m && (rural ? /城市|城镇/.test(pClause) && !/农村|乡村/.test(pClause) && t.value <= p.value : /农村|乡村/.test(pClause) && !/城市|城镇/.test(pClause) && t.value >= p.value)) t.unit = p.unit;
      }
    }
    // shared unit in lists: 每人每月636元、515元 → both 元/人·月
    for (let i = 1; i < toks.length; i++) {
      const gap = n.slice(toks[i - 1].end, toks[i].start);
      if (toks[i].unit === '元' && isStdUnit(toks[i - 1].unit) && toks[i - 1].unit !== '元' && /^[、和及与,]?$/.test(gap)) {
        toks[i].unit = toks[i - 1].unit;
      }
      // 集中供养每人每年A元和分散供养每人B元: the second of a pair of labelled rates lost its 每年
      else if (toks[i].unit === '元/人' && /^元\/人·[月年]$/.test(toks[i - 1].unit) && /^[、和及与](集中供养|分散供养|城市|城镇|农村)$/.test(gap)
        && /(集中供养|分散供养|城市|城镇|农村)$/.test(n.slice(0, toks[i - 1].start))) {
        toks[i].unit = toks[i - 1].unit;
      }
      // 每人每年1.1万元、0.9万元: a yearly rate in 万元 shares its period with the next item in 万元
      else if (toks[i].unit === '万元' && toks[i - 1].unit === '元/人·年' && /万/.test(toks[i - 1].raw) && /^[、和及与]$/.test(gap)) {
        toks[i].unit = '元/人·年';
        toks[i].value = wanToYuan(toks[i].value);
      }
    }

    // 城市低保对象累计增加A户B人,退出C户D人: 增加 paired with the exits of a programme is its gross admissions, no change
    if (n.includes('增加') && GROSS_EXIT_QUICK.test(n)) grossAdded(n, toks);

    /** Filters shared by every path; returns false when the token became a candidate or is skipped. */
    const admissible = (t: ValueToken, ind?: IndicatorDef): boolean => {
      if (t.malformed) {
        candidate(s, t, 'malformed', ind, t.malformed);
        return false;
      }
      if (t.role === 'previous') {
        previousSkipped++;
        return false;
      }
      if (t.role === 'change') {
        candidate(s, t, 'change', ind);
        return false;
      }
      const cs = clauseStart(n, t.start);
      const clause = n.slice(cs, clauseEnd(n, t.end));
      // 城市低保对象A人至年底减少到B人: the figure before the change to the year's end is the year's opening one
      if (YEAR_END_MOVE_AFTER.test(n.slice(t.end, t.end + 16))) {
        candidate(s, t, 'other_year', ind, '年初的数,句中另有年底的数');
        return false;
      }
      // 每人每月220元至900元不等 / 1170元至1300元: either end of a range (not 由A元至B元, a change, nor 上调A元至B元, a rise
      // and the level it reaches)
      if ((RANGE_NEXT.test(n.slice(t.end, t.end + 16)) || RANGE_PREV.test(n.slice(Math.max(0, t.start - 16), t.start))) && !/[从由][^,;:。]{0,24}$|(?:提高|上调|增加|提标|提升|上涨|增长|调增|调高)了?\s*(?:每人每[月年])?\s*[\d.,]*$/.test(n.slice(cs, t.start).replace(RANGE_PREV, ''))) {
        candidate(s, t, 'range', ind);
        return false;
      }
      if (planMode) {
        candidate(s, t, 'plan', ind, '位于工作打算/计划部分');
        return false;
      }
      // 2024年一般公共预算支出中,…支出A万元 / 预算安排…资金A万元,…资金B万元: money of a budget (in a budget document,
      // or a sentence opening with the budget and no 决算 or spending reported in it)
      if (kindOfUnit(t.unit) === 'money' && ((budgetText && !/实际|决算|执行|完成/.test(n.slice(cs, t.start))) || (BUDGET_OPENS.test(n.slice(0, cs)) && !/决算|执行|实际|完成|已/.test(n.slice(0, t.start))))) {
        candidate(s, t, 'plan', ind, '预算数,不是支出数');
        return false;
      }
      // 中央、省级下达转移支付A项目…万元;临时救助项目B万元: the items of a list of funds allocated from above (led by an
      // earlier clause or ;-item) are allocations, not spending, unless the item's clause says it was spent
      if (ind && kindOfUnit(t.unit) === 'money' && (semiAllocated || (cs > 0 && allocLead(n.slice(0, cs))) || (allocLead(n.slice(cs, t.start)) && !ALLOCATED.test(n.slice(cs, t.start))))
        && !ALLOC_SPENT.test(n.slice(cs, clauseEndAfter(n, t.end)))) {
        candidate(s, t, 'plan', ind, '上级下达的转移支付资金(分配数),不是支出数');
        return false;
      }
      // 安排财政救助资金A亿元 / 市财政安排B万元救助资金: money a clause opens by allocating is a budget, not what was spent
      if (ind && kindOfUnit(t.unit) === 'money' && n.includes('安排') && /^\s*(?:[^,;:。\d]{0,6}财政)?安排(?:了)?[^,;:。\d]{0,10}$/.test(n.slice(cs, t.start)) && !/级财政安排/.test(n.slice(cs, t.start))) {
        candidate(s, t, 'plan', ind, '“安排”的资金是预算安排数,不是支出数');
        return false;
      }
      // 中央财政对…孤儿分别按每人每月A元、B元给予补助 / 补助资金按…每人每月C元的标准下拨: the rate of a fiscal subsidy, not the
      // standard paid
      if ((!ind || (ind.kind === 'standard' && ind.id !== 'tekun_fiscal_subsidy_std')) && /^元\/人·[月年]$/.test(t.unit) && FISCAL_RATE_BEFORE.test(n.slice(Math.max(0, t.start - 80), t.start)) && FISCAL_RATE_AFTER.test(n.slice(t.end, t.end + 24))) {
        candidate(s, t, 'no_indicator', ind, '财政补助(下拨)资金的测算标准,不是对象享受的标准');
        return false;
      }
      // 每人每次不超过A元 / 最高不超过B万元: a cap set by a rule, not the figure
      if (CAP_BEFORE.test(n.slice(Math.max(0, t.start - 8), t.numStart))) {
        candidate(s, t, 'no_indicator', ind, '上限(不超过),不是实际数');
        return false;
      }
      // 高龄津贴每人每月100元起,按年龄段递增: the lowest tier of a banded standard, not the standard
      if (ind && ind.kind === 'standard' && /^起(?!草|步价|止|讫|执行|实施|施行|发放|计发|提高|调整|上调)/.test(n.slice(t.end, t.end + 3))) {
        candidate(s, t, 'subset', ind, '“起”:分档标准中最低一档,不是整体标准');
        return false;
      }
      if (taskCell) {
        candidate(s, t, 'plan', ind, '进展表中牵头单位前的任务内容');
        return false;
      }
      // 该项目…占地面积约A平方米,建筑面积约B平方米,内设养老床位约C张: the beds of one building's specification
      if (ind && /床位/.test(ind.name) && /(占地面积|建筑面积|总投资)/.test(n.slice(0, t.start))) {
        candidate(s, t, 'subset', ind, '某一项目或机构的床位(与面积、投资一并列出),不是全地区的总数');
        return false;
      }
      if (groupsGoOn && kindOfUnit(t.unit) === 'person' && !/\d/.test(n.slice(t.end))) {
        candidate(s, t, 'combined', ind, '下一行接着列出另一类对象(“和…”),是几类对象的合计');
        return false;
      }
      if (projectHead) {
        candidate(s, t, 'plan', ind, '实事项目进度表中的项目目标,不是完成数');
        return false;
      }
      // (完成特殊困难家庭适老化改造30户任务: a task reported done is what was done)
      const taskDone = /^[^,;:]{0,4}(的)?任务(?!数|量|为|是)/.test(n.slice(t.end)) && /(?<![要将需拟])完成/.test(n.slice(cs, t.start));
      // (年度目标:新增养老床位A张 / 省下达…任务B张: a value under a target's label, or right after 任务)
      const targetLabel = cs > 0 && (TARGET_LABEL.test(n.slice(Math.max(0, n.lastIndexOf(';', cs - 2) + 1, n.lastIndexOf('。', cs - 2) + 1), cs)) || (TARGET_COLON.test(n.slice(Math.max(0, cs - 12), cs)) && !/完成|实现|超额|达到|达成/.test(n.slice(0, cs))) || PLAN_OPENS.test(n.slice(0, cs))
        || (YEAR_TARGET_OPENS.test(n.slice(0, cs)) && !/已|现有|共有/.test(n.slice(0, t.start))));
      // (预计全年发放低保金A万元,惠及低保对象B人: those who benefit from a planned payment are planned too)
      const planBenefit = cs > 1 && /^\s*(?:可|将|预计)?(?:惠及|受益|覆盖|涉及|带动)/.test(n.slice(cs, t.start)) && PLAN_RE.test(n.slice(clauseStart(n, cs - 2), cs));
      // 明年将城市低保标准提高到A元 / 下一年度,…B元: next year's figure (no 今年 or 全年 after the 明年)
      if ((n.includes('明年') || n.includes('下一年') || n.includes('下年度') || n.includes('来年')) && NEXT_YEAR.test(n.slice(0, t.start))) {
        candidate(s, t, 'plan', ind, '“明年/下一年度”的数,不是本年的');
        return false;
      }
      // 承担的"民生实事"项目共6项,包括新增养老床位A张、…: the items of the tasks taken on are targets
      if (ind && n.includes('包括') && TASKS_LISTED.test(n.slice(0, t.start))) {
        candidate(s, t, 'plan', ind, '承担的项目或任务所列内容,不是完成数');
        return false;
      }
      if (PLAN_RE.test(n.slice(cs, t.start)) || targetLabel || planBenefit || planLead || willLead || targetHead !== '' || (/任务(?:数|量)?(?:为|是)?\s*$/.test(n.slice(cs, t.start)) && !TASK_DONE_AFTER.test(n.slice(t.end, t.end + 24))) || (/^[^,;:]{0,4}(的)?(目标|任务)/.test(n.slice(t.end)) && !taskDone) || (cs > 0 && REQUIRED_LEAD.test(n.slice(0, Math.min(cs, 40)))) || planVerbGoesOn(n, cs, t.start)) {
        candidate(s, t, 'plan', ind);
        return false;
      }
      // 2024年部门预算安排城乡低保资金A万元,特困人员供养资金B万元: the items after a budget's lead are budgeted too
      if (cs > 0 && BUDGET_LEAD.test(n.slice(Math.max(0, n.lastIndexOf('。', cs) + 1, n.lastIndexOf(';', cs) + 1), cs)) && !ACTUAL_SPENT.test(n.slice(cs, t.start))) {
        candidate(s, t, 'plan', ind, '预算安排数,不是实际数');
        return false;
      }
      // 月均支出A万元 / 低保对象月均B万人: an average per month or day, neither the period's total nor its end
      if (ind && ind.kind !== 'standard' && (kindOfUnit(t.unit) === 'money' || kindOfUnit(t.unit) === 'person') && MONTH_AVERAGE.test(n.slice(cs, t.start)) && !/人均|户均|补助水平|补差|救助水平/.test(n.slice(cs, t.start))) {
        candidate(s, t, 'partial', ind, '月均或日均数,不是本期总数或期末数');
        return false;
      }
      // 上年结转低保资金A万元: money carried over from the year before
      if (CARRIED_OVER.test(n.slice(cs, t.start))) {
        candidate(s, t, 'other_year', ind, '上年结转的资金');
        return false;
      }
      // (标准在A元/人·月基础上上调B元: the standard a rise starts from is the old one too)
      if (OLD_STANDARD.test(n.slice(cs, t.start)) || (ind?.kind === 'standard' && /在[^,;:。\d]{0,16}$/.test(n.slice(cs, t.start)) && /^\s*(?:的)?基础上/.test(n.slice(t.end)))) {
        candidate(s, t, 'other_year', ind, '当时或调整前的旧标准,不是本期标准');
        return false;
      }
      // 上年全市低保对象A万人,今年为B万人: a clause about last year (not 去年, which news after the year uses for the report's year)
      if (LAST_YEAR_OPENS.test(n.slice(cs, t.start))) {
        candidate(s, t, 'other_year', ind, '句首为“上年”');
        return false;
      }
      // 上年全区共发放临时救助金A万元,救助B人次 / 去年同期,全区办理临时救助C人次: a sentence opening with the year before (or
      // the same period of it) dates the clauses after it until a time of their own is named
      const lastOpen = LAST_YEAR_SENTENCE.exec(n);
      if (lastOpen && lastOpen[0].length <= t.start && !OWN_TIME_AFTER.test(n.slice(lastOpen[0].length, t.start))) {
        candidate(s, t, 'other_year', ind, '句首为“上年”或“去年同期”');
        return false;
      }
      // 全区去年同期发放低保资金A万元,今年…: the same period of the year before in the value's own clause (not 比/较/与…同期)
      if (SAME_PERIOD_LAST.test(n.slice(cs, t.start))) {
        candidate(s, t, 'other_year', ind, '句中写明“去年同期”');
        return false;
      }
      // (2月的新闻) 过去一年,全县全年募集善款A万元 / 去年,慈善总会共募集…: the year before a report on part of a year
      // (去年 in a report on the whole year is left alone: news after the year uses it for the report's year)
      // (记者获悉,去年全区共发放临时救助金A万元,救助B人次: 去年 opening a clause dates the clauses after it until a time of their own)
      if (((Pspan && Pspan.end < 12) || thisYearFigures) && (prefixHas(PAST_YEAR, n, t.start) || /^\s*去年(?!同期|同比)/.test(n.slice(cs, t.start)) || (/^\s*去年(?:全年|一年|年内)?[,,]/.test(n) && !/今年|本年/.test(n.slice(0, t.start))) || lastYearClauseGoesOn(n, cs))) {
        candidate(s, t, 'other_year', ind, thisYearFigures ? '“去年”的数,文中另有今年的数' : '“去年”“过去一年”的数,报告期只是年内一段');
        return false;
      }
      if (datedYear === Y && lastYearTime(n, cs, t.start)) {
        candidate(s, t, 'other_year', ind, `文本日期为 ${Y} 年,“去年”是 ${Y - 1} 年`);
        return false;
      }
      // 去年底全区有养老机构A家,今年新建…: the end of the year before, when the sentence speaks of this year too
      const endInClause = LAST_YEAR_END.test(n.slice(cs, t.start));
      const lastEnd = endInClause ? null : LAST_YEAR_END.exec(n);
      if ((endInClause || (lastEnd && lastEnd[0].length <= t.start && !OWN_TIME_AFTER.test(n.slice(lastEnd[0].length, t.start)))) && /今年|本年|年内|目前|现有|当前/.test(n)) {
        candidate(s, t, 'other_year', ind, '“去年底”的数,句中另有今年的数');
        return false;
      }
      // 全县2021—2023年累计发放低保金A亿元: a flow over a span of years
      const yearSpan = ind && ind.flow === 'flow' && n.includes('年') ? yearSpanBefore(n, t.start) : '';
      if (yearSpan) {
        candidate(s, t, 'multi_year', ind, `句中写明“${yearSpan}”`);
        return false;
      }
      // 其中,预拨2013年第一季度城市低保资金A万元,保障B人;农村低保资金C万元,保障D人: an advance allocation leading a ;-list
      // governs every item of it
      if (semiAdvance && t.role === 'value') {
        if (semiAdvance.year && Y && semiAdvance.year !== Y) candidate(s, t, 'other_year', ind, `分号列举以“预拨${semiAdvance.year}年”开头,各项都是该年的预拨数`);
        else candidate(s, t, 'scope', ind, '分号列举以“预拨”开头,各项都是预拨(提前下达)的数,不是支出数');
        return false;
      }
      // 从2004年起,…。截至2009年12月,城市低保人数达A人,各级财政累计支出保障金B亿元: a running total beside a dated
      // stock, in a text that dates the programme's start years back, is a sum over those years
      if (ind && ind.flow === 'flow' && kindOfUnit(t.unit) === 'money' && startedSince && Y && startedSince.year < Y && s.offset - startedSince.at < 1500
        && /累计(?:支出|投入|发放)[^,;:。\d]{0,12}$/.test(n.slice(cs, t.start)) && /截至|截止/.test(n.slice(0, cs)) && /\d\s*万?[人户]/.test(n.slice(0, cs)) && !/今年|本年|当年|全年|年内/.test(n.slice(0, t.start))) {
        candidate(s, t, 'multi_year', ind, `前文写明自${startedSince.year}年起,“累计”是多年的数`);
        return false;
      }
      const lastYear = lastYearBefore(n, t.start);
      const yearLead = lastYear ? n.slice(Math.max(0, lastYear.index - 1), lastYear.index) : '';
      // 较2021年全自理A元、半护理B元分别提高C元、D元: the values between a compared year and the rise are that year's
      // (比2013年的A元增长了一倍: the value right after 比/较 a year's 的 is that year's, whatever follows)
      if (lastYear && Y && Number(lastYear.year) !== Y && t.role === 'value' && /[较比]$/.test(yearLead)
        && (/^(?:底|末|年底|年末)?的\s*(?:每人每[月年])?\s*$/.test(n.slice(lastYear.end, t.start))
          || (!/提高|增加|增长|上调|下降|减少|达到|为/.test(n.slice(lastYear.end, t.start)) && /^[^。;]*?(分别)?(提高|增加|增长|上调)了?\s*\d/.test(n.slice(t.end)) && !/^[^。;]*?(即|达到|提高到|提高至|增加到|为)[^。;]*?(分别)?(提高|增加|增长|上调)了?\s*\d/.test(n.slice(t.end))))) {
        candidate(s, t, 'other_year', ind, `句中写明 ${lastYear.year} 年`);
        return false;
      }
      // (在2019年的基础上提高20元,现在…标准为A元: a year named as the basis of a rise, like 比2019年, dates nothing after it)
      // (低保对象由2022年的A万人减少到B万人 in 2023's text: the year before is the old value's only)
      if (lastYear && Y && Number(lastYear.year) !== Y && !/[比较与同]$/.test(yearLead) && !/^的?基础上/.test(n.slice(lastYear.end, lastYear.end + 4)) && !inForceSince(n, lastYear, ind, Y)
        && !((Number(lastYear.year) === Y - 1 || NOW_AFTER_TO.test(n.slice(lastYear.end, t.start))) && /[由从]$/.test(yearLead) && FROM_YEAR_TO.test(n.slice(lastYear.end, t.start)))) {
        candidate(s, t, 'other_year', ind, `句中写明 ${lastYear.year} 年`);
        return false;
      }
      if (!lastYear && semiYear && Y && semiYear !== Y && !/今年|本年|当年|去年|上年|同期/.test(n.slice(0, t.start))) {
        candidate(s, t, 'other_year', ind, `分号前的句首写明 ${semiYear} 年`);
        return false;
      }
      // 累计募集款物A亿元,其中今年募集B万元: a running total that holds this year's as a part is of several years
      if (ind && ind.flow === 'flow' && /累计/.test(clause.slice(0, t.start - cs)) && /^[^。]{0,12}?其中[,:]?\s*(今年|本年|当年|(?:19|20)\d{2}年)/.test(n.slice(t.end))) {
        candidate(s, t, 'multi_year', ind, '累计数中另列今年的数');
        return false;
      }
      // 去年全市办理结婚登记A对,今年上半年办理B对: 去年 set against 今年 in one sentence is the year before
      if (/^[^,;:。]{0,6}去年(?!同期|同比|以来|底|末)/.test(n.slice(cs, t.start)) && /今年|本年/.test(n.slice(t.end))) {
        candidate(s, t, 'other_year', ind, '句中“去年”与“今年”对举');
        return false;
      }
      // 截至目前,我市已累计办理结婚登记A万对: a flow counted up with no start named (since the office opened?)
      if (ind && ind.flow === 'flow' && /已累计|累计已|历年累计/.test(clause.slice(0, t.start - cs)) && !OWN_TIME.test(n) && !OWN_TIME.test(paraText.slice(-300))) {
        candidate(s, t, 'multi_year', ind, '累计数未写起始时间');
        return false;
      }
      // 近三年,全区累计新增养老床位A张,今年新增B张: a span of years opening the sentence dates the clauses after it until a time of their own
      const yearsOpen = ind && ind.kind !== 'standard' && (ind.flow === 'flow' || /累计/.test(clause.slice(0, t.start - cs))) ? YEARS_OPEN.exec(n) : null;
      if (yearsOpen && yearsOpen[0].length <= t.start && !OWN_TIME.test(n.slice(yearsOpen[0].length, t.start))) {
        candidate(s, t, 'multi_year', ind, `句首为“${yearsOpen[0].replace(/[,,\s]/g, '')}”`);
        return false;
      }
      // 五年来,累计发放A亿元。…,发放临时救助B万元: a paragraph going over a span of years goes on until a time of its own
      if (ind && ind.flow === 'flow' && kindOfUnit(t.unit) !== 'rate' && paraYears && !OWN_TIME.test(n.slice(0, t.start))) {
        candidate(s, t, 'multi_year', ind, '段落写的是多年的情况(如“五年来”),本句没有写明本期');
        return false;
      }
      if (MULTI_YEAR_RE.test(clause.slice(0, t.start - cs)) || (ind && overYearsAt(n, t.start, prevSentence, ind, Y))
        || (review && ind && ind.kind !== 'standard' && kindOfUnit(t.unit) !== 'rate' && (ind.flow === 'flow' || /完成|累计/.test(clause.slice(0, t.start - cs))) && !OWN_TIME.test(n))) {
        candidate(s, t, 'multi_year', ind);
        return false;
      }
      if (!lastYear && !semiYear && prevYear && Y && prevYear !== Y && !/今年|本年|当年|去年|上年|同期|目前|现有|截至|截止|年末|年底|以来/.test(n.slice(0, t.start))) {
        candidate(s, t, 'other_year', ind, `前一句的句首写明 ${prevYear} 年`);
        return false;
      }
      return true;
    };

    // ---- 分别 lists ----
    let prevListRes: ListResolution = null;
    for (const m of n.includes('分别') ? n.matchAll(/分别/g) : []) {
      const idx = m.index!;
      let listToks = listAfter(n, toks, idx + 2);
      // 城乡低保对象分别为A户B人和C户D人: items of glued values, which the lists here do not pair; none is the whole's
      if (listToks.length < 2) {
        for (const x of gluedGroups(n, toks, idx + 2)) {
          if (done.has(x)) continue;
          done.add(x);
          if (admissible(x)) candidate(s, x, 'list_mismatch');
        }
        continue;
      }
      if (listToks.some((x) => done.has(x))) continue;
      // 分别由A1、A2提高到B1、B2: the first list is the previous period's, the second is this one's
      if (/^分别(由|从)/.test(n.slice(idx))) {
        const last = listToks[listToks.length - 1];
        // (650元/·人提高至…: a broken unit left between the old list and the verb)
        const mid = /^(?:[\/·.]{1,2}[人月年]{1,2})?(提高到|提高至|提升到|提升至|调整为|调整到|调整至|增至|增加到|增加至|上调至|上调到|达到|到|至)/.exec(n.slice(last.end));
        const second = mid ? listAfter(n, toks, last.end) : [];
        if (second.length !== listToks.length) continue;
        for (const x of listToks) {
          done.add(x);
          previousSkipped++;
        }
        listToks = second;
      }
      // 分别按基本生活标准的5%、30%确定,即每人每月A元、B元: the levels after 即 pair with the items, the shares are no figures
      if (listToks.every((x) => kindOfUnit(x.unit) === 'rate')) {
        const last = listToks[listToks.length - 1];
        const ji = /^[^,;:。\d]{0,6},?\s*即/.exec(n.slice(last.end));
        const second = ji ? listAfter(n, toks, last.end + ji[0].length) : [];
        if (second.length === listToks.length && second.every((x) => x.unit.includes('元') && !done.has(x))) {
          for (const x of listToks) {
            done.add(x);
            if (admissible(x)) candidate(s, x, 'no_indicator', undefined, '所占比例,不是标准本身');
          }
          listToks = second;
        }
      }
      let itemsFrom = clauseStart(n, idx);
      // 困难残疾人生活补贴、重度残疾人护理补贴标准,分别从…: a clause opening with 分别 lists the standards named right
      // before its comma, in a clause with no figure
      if (itemsFrom > 1 && n[itemsFrom - 1] === ',' && !n.slice(itemsFrom, idx).trim()) {
        const pf = clauseStart(n, itemsFrom - 1);
        if (!toks.some((x) => x.end > pf && x.start < itemsFrom) && lex.aliases(n, pf, itemsFrom - 1).some((o) => o.end === itemsFrom - 1 && o.e.ind.kind === 'standard')) itemsFrom = pf;
      }
      // 2022年、2023年,…标准分别为A、B: one figure per year named before the list; only the report year's is filed
      const opening = YEAR_LIST_OPENING.exec(n.slice(itemsFrom, idx));
      const years = Y ? yearsOfList(opening ? opening[0] : n.slice(0, itemsFrom), prevSentence, listToks.length) : null;
      if (years) {
        const named = bestIn(lex, n.slice(itemsFrom + (opening ? opening[0].length : 0), idx), listToks[0].unit);
        listToks.forEach((x, i) => {
          done.add(x);
          if (!named) {
            if (admissible(x)) candidate(s, x, 'no_indicator');
          } else if (years[i] !== Y) candidate(s, x, 'other_year', named.ind, `句中写明 ${years[i]} 年`);
          else if (admissible(x, named.ind)) {
            const away = subjectElsewhere(n, itemsFrom, idx);
            if (away) {
              candidate(s, x, 'other_region', named.ind, away);
              return;
            }
            // (2022年、2023年特困人员集中供养标准分别为A、B: the one mode named is each year's)
            const yearMode = sharedMode(n.slice(itemsFrom, idx));
            const bd = named.breakdown || breakdownIn(lex, n.slice(itemsFrom, idx), named.ind)
              || (yearMode && /^tekun_std(_urban|_rural)?$/.test(named.ind.id) && named.ind.extraBreakdowns?.includes('supply_mode') ? yearMode : '');
            emit(s, x, named.ind, bd, x.unit);
            sentRecords.push({ ind: named.ind, breakdown: bd, t: x });
          }
        });
        continue;
      }
      // 城乡特困人员基本生活标准按照不低于城乡低保标准的1.3倍确定,即每人每月分别…: the items are the subject named before
      // the ratio, not its basis
      const ratio = RATIO_BEFORE_LIST.exec(n.slice(0, idx));
      const [from, to] = ratio ? [clauseStart(n, ratio.index), ratio.index] : [itemsFrom, idx];
      // (全省…分别达到A元和B元,我市分别为C元和D元: a list whose clause names only the text's own area repeats the one before)
      const repeat: ListResolution = prevListRes && prevListRes.length === listToks.length && /^\s*[我本全][省市区县州盟旗]\s*$/.test(n.slice(from, to)) ? prevListRes : null;
      const res: ListResolution = repeat ?? resolveList(lex, n, from, to, listToks, s) ?? splitOrderList(lex, n, from, to, listToks);
      prevListRes = res;
      for (const x of listToks) done.add(x);
      // 全省城乡低保平均标准分别达到A元和B元 in a city's text: the list of the area above, or of another region
      // (本区和邻近的东城区…分别为A元、B元: a list of subjects naming another region pairs one item with it)
      // (every item of the list held, each with the indicator the list resolved for it)
      const holdAll = (reason: CandidateReason, note?: string) => listToks.forEach((x, i) => {
        if (admissible(x, res?.[i]?.[0]?.ind)) candidate(s, x, reason, res?.[i]?.[0]?.ind, note);
      });
      const away = subjectElsewhere(n, from, idx) ?? (n.slice(from, to).split(/[和及与、]/).slice(1).some((x) => otherRegionSubject(x.replace(/^(邻近|相邻|周边)的?/, ''))) ? '列举的主语中有另一地区' : null);
      if (away) {
        holdAll('other_region', away);
        continue;
      }
      // 每千名老年人拥有养老床位分别为城市A张、农村B张: ratios per thousand, not counts
      if (PER_HEAD.test(n.slice(from, to))) {
        holdAll('no_indicator', '每千名(每万人)的比率,不是总数');
        continue;
      }
      // 城市低保标准三区和各县市分别提高到A元、B元: one value per area group named after the standard, none the whole's
      // (parts the catalogue does not know: all held)
      const grouped = n.includes('标准') ? groupsAfterStandard(lex, ctx.catalogue, n.slice(from, to), listToks[0].unit, listToks.length) : null;
      if (grouped) {
        const known = grouped.groups.every((g) => g);
        listToks.forEach((x, i) => {
          const sided = grouped.sides?.[i];
          if (sided) {
            if (!admissible(x, sided)) return;
            emit(s, x, sided, '', x.unit);
            sentRecords.push({ ind: sided, breakdown: '', t: x });
            return;
          }
          if (!admissible(x, grouped.ind)) return;
          if (!known) {
            candidate(s, x, 'area_group', grouped.ind);
            return;
          }
          const bd = joinBreakdown(grouped.groups[i]!, grouped.breakdown);
          emit(s, x, grouped.ind, bd, x.unit);
          sentRecords.push({ ind: grouped.ind, breakdown: bd, t: x });
        });
        continue;
      }
      // 五区和三县低保对象分别为A人、B人: counts of parts of the region, none the whole's
      if (subjectGroups(lex, ctx.catalogue, n.slice(from, to), listToks.length)) {
        listToks.forEach((x, i) => {
          const ind = res?.[i]?.[0]?.ind;
          if (admissible(x, ind)) candidate(s, x, ind?.kind === 'standard' ? 'area_group' : 'sub_region', ind);
        });
        continue;
      }
      // 企业养老、…保险参保人数分别为A人、B人: people insured by a social insurance (养老 is the insurance's), no 民政 count
      // (资助低保对象、特困人员参加医疗保险分别为A人、B人: those an action enrolled, not the programmes' counts)
      if (INSURED_LIST.test(n.slice(from, to)) && listToks.every((x) => kindOfUnit(x.unit) === 'person')) {
        const helped = /资助|代缴/.test(n.slice(from, to));
        listToks.forEach((x) => {
          if (admissible(x)) candidate(s, x, helped ? 'action' : 'no_indicator', undefined, helped ? undefined : '社会保险参保人数,不是民政指标');
        });
        continue;
      }
      // 城市和农村最低生活保障指导标准分别提高到A元和B元: guidance standards set for the areas below, not the area's own
      if (aboveLevels.size > 0 && /指导标准/.test(n.slice(from, to)) && (res ?? []).some((r) => r.some((f) => f.ind.kind === 'standard'))) {
        holdAll('floor');
        continue;
      }
      // 全国多数地区建立了…标准,其中…分别达到A元、B元: what some regions set up, not the area's own standard
      if (n.includes('地区') && SOME_REGIONS.test(n.slice(0, to)) && (res ?? []).some((r) => r.some((f) => f.ind.kind === 'standard'))) {
        holdAll('area_group', '部分地区建立或执行的标准,不是全地区的标准');
        continue;
      }
      // 对低保、五保对象每人分别发放A元、B元的补助: amounts paid to each person are rates, not the programmes' money (as
      // one such amount is, below)
      if (/每[人户名]/.test(n.slice(from, to)) && listToks.every((x) => x.unit === '元') && (res ?? []).some((r) => r.some((f) => f.ind.kind === 'amount'))) {
        holdAll('no_indicator', '每人发放的金额,不是资金总额');
        continue;
      }
      // 集中供养特困人员全护理、半护理…照料护理补贴标准分别为A、B…: the care standard's tiers of one supply mode, which the
      // care standard has no split for (never the basic-living standard's): held
      if (n.includes('护理', from) && MODE_CARE_LIST.test(n.slice(from, to))) {
        const care = lex.byId.get('tekun_care_std');
        if (care && !care.extraBreakdowns?.includes('supply_mode')) {
          listToks.forEach((x) => {
            if (admissible(x, care)) candidate(s, x, 'ambiguous_breakdown', care, '按供养方式分列的照料护理标准,目录没有这一分类');
          });
          continue;
        }
      }
      // 照料护理标准一档、二档、三档分别为A元、B元、C元: ranks of tiers that name no care level, none is the whole's
      if (/[一二三四]档/.test(n.slice(from, to)) && (res ?? []).some((r) => r.some((f) => f.ind.breakdowns === 'care_level' && !f.breakdown))) {
        holdAll('subset', '分档标准,未写明各档对应的自理能力');
        continue;
      }
      // 集中和分散供养标准分别为A元、B元 / 分别为集中供养A元、分散供养B元: each supply mode's 特困 standard, in the order named
      // (五保供养标准由集中供养A元、分散供养B元,分别提高到C元、D元: the standard and its modes named with the old levels
      // in the clause before; the old levels are not filed)
      const before = toks.filter((x) => x.end <= from);
      const oldFrom = !n.slice(from, idx).trim() && before.length && before[before.length - 1].role === 'previous' && /^\s*[,,]\s*$/.test(n.slice(before[before.length - 1].end, from))
        ? clauseStart(n, Math.max(0, from - 2)) : -1;
      const oldOpen = oldFrom >= 0 ? /[由从]/.exec(n.slice(oldFrom, from)) : null;
      const modeFrom = oldOpen && toks.every((x) => x.end <= oldFrom + oldOpen.index || x.start >= from || x.role === 'previous') ? oldFrom : from;
      const modeStd = tekunModeStandards(lex, n, modeFrom, modeFrom === from ? to : oldFrom + oldOpen!.index, listToks);
      if (modeStd) {
        listToks.forEach((x, i) => {
          if (typeof modeStd === 'string') {
            if (admissible(x)) candidate(s, x, 'subset', lex.byId.get('tekun_std'), modeStd);
            return;
          }
          if (!admissible(x, modeStd[i].ind)) return;
          emit(s, x, modeStd[i].ind, modeStd[i].breakdown, x.unit);
          sentRecords.push({ ind: modeStd[i].ind, breakdown: modeStd[i].breakdown, t: x });
        });
        continue;
      }
      // 特困人员集中供养和分散供养人数分别为A人、B人: one supply mode's part each
      // (分别为集中供养A人和分散供养B人: the modes named among the values too)
      const modeSpan = n.slice(from, listToks[listToks.length - 1].end);
      // (集中和分散供养特困人员月人均支出分别为A元、B元: the modes named in short)
      const spanModes = modesNamed(modeSpan);
      const bothModes = (CENTRALISED.test(modeSpan) && DISPERSED.test(modeSpan)) || (spanModes.includes('集中供养') && spanModes.includes('分散供养'));
      if (bothModes) {
        // (集中供养和分散供养特困人员分别为A人、B人: a count the catalogue splits by mode, with no one side named, is
        // filed by mode in the order named)
        // (特困人员集中供养和分散供养人数: an item naming only its mode shares the count named in the other)
        // (特困人员A人,集中供养和分散供养分别为B人、C人: a subject of modes alone, right after the whole's count)
        const onlyModes = /^[\s,,]*(?:其中[,,]?)?(?:集中供养|分散供养|集中|分散|[和及与、])+(?:的)?(?:人员|对象|人数)?(?:分别)?\s*$/.test(n.slice(from, idx));
        const prevFrom = clauseStart(n, Math.max(0, from - 2));
        const whole = onlyModes && from > 0 ? lex.aliases(n, prevFrom, from).filter((o) => o.e.ind.kind === 'count').pop() : undefined;
        const wholeToks = whole ? toks.filter((x) => x.start >= whole.end && x.end <= from) : [];
        const counted = res?.find((r) => r.length)?.[0]?.ind
          ?? (whole && wholeToks.length === 1 && lex.fits(whole.e.ind, wholeToks[0].unit) && /^[\s,,]*$/.test(n.slice(wholeToks[0].end, from)) && !/城市|城镇|农村|牧区|五保|三无/.test(n.slice(prevFrom, from).replace(/城乡/g, '')) ? whole.e.ind : undefined);
        if (counted && counted.kind === 'count' && counted.extraBreakdowns?.includes('supply_mode') && spanModes.length === listToks.length && new Set(spanModes).size === spanModes.length
          && listToks.every((x, i) => (!res?.[i]?.length || res[i][0].ind === counted) && lex.fits(counted, x.unit)) && !/城市|城镇|农村|牧区|五保|三无/.test(modeSpan.replace(/城乡/g, ''))) {
          listToks.forEach((x, i) => {
            if (!admissible(x, counted)) return;
            emit(s, x, counted, spanModes[i], x.unit);
            sentRecords.push({ ind: counted, breakdown: spanModes[i], t: x });
          });
          continue;
        }
      }
      if (bothModes && (res ?? []).some((r) => r.some((f) => TEKUN_MODE_SPLIT.test(f.ind.id)))) {
        listToks.forEach((x, i) => {
          const ind = res?.[i]?.[0]?.ind;
          if (admissible(x, ind)) candidate(s, x, 'subset', ind, '集中供养、分散供养分列的标准');
        });
        continue;
      }
      if (!res) {
        for (const x of listToks) if (admissible(x)) candidate(s, x, 'list_mismatch');
        continue;
      }
      // 城乡低保标准分别提高50元、40元,达到A元和B元: the levels after a list of increases pair with its items
      const lastTok = listToks[listToks.length - 1];
      const reached = listToks.every((x) => x.role === 'change') ? LEVELS_AFTER.exec(n.slice(lastTok.end, lastTok.end + 16)) : null;
      const levels = reached ? listAfter(n, toks, lastTok.end + reached[0].length) : [];
      const paired = levels.length === listToks.length && !levels.some((x) => done.has(x)) ? levels : [];
      for (const x of paired) done.add(x);
      // 城乡特困人员集中供养标准分别为A元、B元: one mode named for every item, each side's standard of that mode
      const oneMode = sharedMode(n.slice(from, to));
      if (oneMode) for (const r of res) for (const f of r) if (/^tekun_std(_urban|_rural)?$/.test(f.ind.id) && !f.breakdown && f.ind.extraBreakdowns?.includes('supply_mode')) f.breakdown = oneMode;
      res.forEach((r, i) => {
        for (const t of paired.length ? [listToks[i], paired[i]] : [listToks[i]]) {
          if (!r.length) {
            if (admissible(t)) candidate(s, t, 'no_indicator');
            continue;
          }
          if (!admissible(t, r[0].ind)) continue;
          if (avgFloor(t, r[0].ind)) {
            if (t.unit === '元') t.unit = r[0].ind.unit;
            candidate(s, t, 'floor', r[0].ind, '人均补助水平的低限要求,不是实际人均补助');
            continue;
          }
          for (const f of r) {
            emit(s, t, f.ind, f.breakdown, t.unit);
            sentRecords.push({ ind: f.ind, breakdown: f.breakdown, t });
          }
        }
      });
    }

    // ---- 城乡X提高到A、B (no 分别): two values for 城市 and 农村 ----
    for (let ti = 0; ti < toks.length; ti++) {
      const t0 = toks[ti];
      if (done.has(t0) || t0.role !== 'value') continue;
      const cs0 = clauseStart(n, t0.start);
      if (ti > 0 && toks[ti - 1].start >= cs0) continue; // first value of its clause
      const subject = n.slice(cs0, t0.start);
      if (!/城乡/.test(subject) || /分别/.test(subject)) continue;
      const listToks = listAfter(n, toks, t0.start);
      if (listToks.length !== 2 && listToks.length !== 4) continue;
      const verb = /(提高到|提高至|提升到|提升至|调整为|调整到|调整至|增至|增加到|上调至|上调到|达到|为|是)(每人每月|每人每年|每人|每月)?$/.exec(subject);
      if (!verb) continue;
      const res = resolveList(lex, n, cs0, t0.start - verb[0].length, listToks, s, t0.start);
      if (!res || res.some((r) => !r.length)) continue;
      for (const x of listToks) done.add(x);
      // (全省城乡低保标准提高到A元、B元 in a city's text: the area above's)
      const away = subjectElsewhere(n, cs0, t0.start);
      res.forEach((r, i) => {
        const t = listToks[i];
        if (!admissible(t, r[0].ind)) return;
        if (away) {
          candidate(s, t, 'other_region', r[0].ind, away);
          return;
        }
        for (const f of r) {
          emit(s, t, f.ind, f.breakdown, t.unit);
          sentRecords.push({ ind: f.ind, breakdown: f.breakdown, t });
        }
      });
    }

    // ---- 自理、半自理和完全不能自理特困人员每人每年A元、B元、C元 (no 分别): one value per tier, in order ----
    for (let ti = 0; ti < toks.length; ti++) {
      const t0 = toks[ti];
      if (done.has(t0) || t0.role !== 'value' || !isStdUnit(t0.unit)) continue;
      const cs0 = clauseStart(n, t0.start);
      if (ti > 0 && toks[ti - 1].start >= cs0) continue;
      const listToks = listAfter(n, toks, t0.start);
      if (listToks.length < 2 || listToks.some((x) => done.has(x) || !isStdUnit(x.unit))) continue;
      let tiers = lex.breakdowns(n, cs0, t0.start).filter((o) => o.e.setId !== 'urban_rural');
      // (按自理、半自理、完全不能自理三档,按…的5%、30%、60%确定,即每人每月A元、B元、C元: the tiers named clauses before 即)
      if (tiers.length < 2 && /^\s*即/.test(n.slice(cs0))) tiers = lex.breakdowns(n, 0, t0.start).filter((o) => o.e.setId !== 'urban_rural');
      if (tiers.length < 2 || new Set(tiers.map((o) => o.e.setId)).size !== 1) continue;
      for (const x of listToks) done.add(x);
      const setId = tiers[0].e.setId;
      // (特困人员 names the programme; its member split by the tiers is the one meant: 照料护理标准)
      const res = tiers.length === listToks.length
        ? resolveList(lex, n, tiers[0].start, t0.start, listToks, s, t0.start)?.map((r, i) => {
          if (!r.length || r[0].ind.breakdowns === setId) return r;
          const fam = lex.family(r[0].ind.id);
          const members = fam ? lex.familyMembersOf(fam) : lex.catalogue.indicators.filter((x) => x.id.split('_')[0] === r[0].ind.id.split('_')[0]);
          const m = members.filter((x) => x.kind === 'standard' && x.breakdowns === setId && lex.fits(x, listToks[i].unit));
          return m.length === 1 ? [{ ind: m[0], breakdown: tiers[i].e.value, via: 'list' as const }] : [];
        }) ?? null
        : null;
      const ok = !!res && res.every((r) => r.length && r[0].breakdown && r[0].ind.breakdowns === tiers[0].e.setId) && new Set(res.map((r) => r[0].breakdown)).size === res.length;
      const away = subjectElsewhere(n, cs0, t0.start);
      listToks.forEach((t, i) => {
        if (!ok) {
          if (admissible(t)) candidate(s, t, 'list_mismatch');
          return;
        }
        const f = res![i][0];
        if (!admissible(t, f.ind)) return;
        if (away) {
          candidate(s, t, 'other_region', f.ind, away);
          return;
        }
        emit(s, t, f.ind, f.breakdown, t.unit);
        sentRecords.push({ ind: f.ind, breakdown: f.breakdown, t });
      });
    }

    // ---- single values ---- (read by a function of its own: smaller functions are optimised sooner)
    readSingles(s, n, toks, done, sentRecords, admissible, prevSentence, prevWhole, prevPart);
  };
  const readSingles = (
    s: Sentence,
    n: string,
    toks: ValueToken[],
    done: Set<ValueToken>,
    sentRecords: { ind: IndicatorDef; breakdown: string; t: ValueToken }[],
    admissible: (t: ValueToken, ind?: IndicatorDef) => boolean,
    prevSentence: string,
    prevWhole: IndicatorDef | undefined,
    prevPart: IndicatorDef | undefined,
  ): void => {
    // chains of values counted together (A户B人, A、B): first and last index of each value's chain, in one pass
    const chainFirst = new Int32Array(toks.length);
    const chainLast = new Int32Array(toks.length);
    for (let k = 0; k < toks.length; k++) {
      const joined = k > 0 && /^[、和及与]?$/.test(n.slice(toks[k - 1].end, toks[k].start));
      chainFirst[k] = joined ? chainFirst[k - 1] : k;
    }
    const chainReason: (CandidateReason | undefined)[] = new Array(toks.length);
    const chainNoInd = new Uint8Array(toks.length);
    // (…安徽淮北全市共办理结婚登记A对;离婚登记B对: another area's subject goes on after a semicolon)
    let elsewhereRun: string | null = semiElsewhere && !/^\s*$/.test(prevSentence) && /;\s*$/.test(prevSentence) ? semiElsewhere : null;
    semiElsewhere = null;
    let lowerRun = false;
    // the last count of people held back as an action's, a drive's or a joint count, and why
    let heldCount: { end: number; reason: CandidateReason; ind?: IndicatorDef } | null = null;
    let subsetEnd = -1; // the end of the last value of this sentence held back as a part
    for (let k = toks.length - 1; k >= 0; k--) chainLast[k] = k + 1 < toks.length && chainFirst[k + 1] === chainFirst[k] ? chainLast[k + 1] : k;
    let prevEnd = 0;
    // (the subject of a mark passed, 突破A大关, for the value after 达)
    const passedMark: { f: Found | null; end: number } = { f: null, end: 0 };
    for (let ti = 0; ti < toks.length; ti++) {
      const t = toks[ti];
      const myPrevEnd = prevEnd;
      // (社会救助资金比上年增长10%,达到A亿元: the level after a change is still named before the change)
      // (a rate only: 提高10元,达到A元 keeps its own item, whose words may name a tier)
      // (城市低保对象较上年末减少320人,降至A人: a count's change too, not a standard's, whose item words may name a tier)
      if (!(t.role === 'change' && (t.unit === '%' || (!isStdUnit(t.unit) && t.unit !== '元' && t.unit !== '')) && LEVELS_AFTER.test(n.slice(t.end, t.end + 16)))) prevEnd = t.end;
      if (done.has(t)) continue;
      if (t.malformed || t.role !== 'value') {
        admissible(t);
        continue;
      }
      const cs = clauseStart(n, t.start);
      const ce = clauseEnd(n, t.end);
      // 享受低保的人口为4063万 / 特困人员472万: a count of people written with 万 only
      if ((t.unit === '万' || t.unit === '亿') && PEOPLE_BEFORE.test(n.slice(cs, t.start))) t.unit += '人';
      // 累计支出救助金1911.57万: money written with 万 only
      else if ((t.unit === '万' || t.unit === '亿') && MONEY_BEFORE_BARE.test(n.slice(cs, t.start))) t.unit += '元';
      const lastRec = sentRecords.length ? sentRecords[sentRecords.length - 1] : undefined;
      // words after the next value name that value, not this one
      // (12336位老人领到了每人每年600元的高龄津贴: the rate received, then what was received, names both)
      const received = ti + 1 < toks.length && /^元\/人·[月年]$/.test(toks[ti + 1].unit) && RECEIVED_GAP.test(n.slice(t.end, toks[ti + 1].start)) && /^的/.test(n.slice(toks[ti + 1].end));
      const ceRight = ti + 1 < toks.length && !received ? Math.min(ce, Math.max(t.end, toks[ti + 1].start)) : ce;
      // 2357户3702人享受城乡低保: the values counted together share the words after the last of them
      const chainEnd = toks[chainLast[ti]].end;
      const chainStart = toks[chainFirst[ti]].start;
      // 共有养老床位1410个: beds counted in 个 are beds (not the institutions a sibling in 个 would name)
      if (t.unit === '个' && /床位(数)?\s*(共|共计|合计|总数)?\s*(达到|达|为|有)?\s*$/.test(n.slice(cs, t.start))) t.unit = '张';
      let f = resolveSingle(lex, n, t, myPrevEnd, cs, ceRight, lastRec, sentRecords, chainEnd, chainStart);
      // 47处养老服务设施均已完成: what was built this period (the 新建 indicator)
      if (f && f.via === 'right' && f.occ && COMPLETED.test(n.slice(f.occ.end, ce))) {
        const built = lex.byId.get(f.ind.id + '_new');
        if (built && lex.fits(built, t.unit)) f = { ...f, ind: built, breakdown: '' };
      }
      // 全县34个乡镇仅有敬老院8所: a count of the townships, not of what is named after them (34个乡镇敬老院 is)
      if (f && t.unit === '个' && f.occ && f.occ.start > t.end && PLACES_COUNTED.test(n.slice(t.end, f.occ.start))) f = null;
      // 全护理人员护理费提高至5000元/年/人 in a paragraph on 特困人员: the care standard of that tier
      if (!f && isStdUnit(t.unit)) f = careFee(lex, n.slice(cs, t.start), paraText) ?? disabStd(lex, n.slice(cs, t.start), paraText);
      // 。其中:城镇A人,…;农村B人: a part named by a breakdown word alone, of the previous sentence's whole or split
      if (!f && sentRecords.length === 0 && records.length > prevSentenceFrom) f = partAfterSemicolon(lex, n, t, prevSentence, records[records.length - 1]);
      // …行政事业单位离退休费A万元;其他支出B万元: the 其他 part of the whole the previous part belongs to
      if (!f && sentRecords.length === 0 && records.length > prevSentenceFrom && endsWithSemicolon(prevSentence)) f = otherOfWhole(lex, n.slice(cs, t.start), t.unit, records);
      // 城乡低保资金收入合计A亿元;支出合计B亿元: the spending half of the fund's account named before the semicolon
      if (!f && kindOfUnit(t.unit) === 'money' && prevSentence.includes('收入') && endsWithSemicolon(prevSentence) && /^\s*(?:总)?支出(?:合计|共计|总计|总额)?(?:为|达)?\s*$/.test(n.slice(0, t.start))) {
        const inc = lex.aliases(prevSentence).filter((o) => o.e.ind.kind === 'amount' && prevSentence.startsWith('收入', o.end));
        const one = inc.length && inc.every((o) => o.e.ind === inc[0].e.ind) ? inc[0].e.ind : undefined;
        const side = /(城乡|城市|城镇|农村)[^,;:。\d]{0,6}$/.exec(prevSentence.slice(0, inc.length ? inc[inc.length - 1].end : 0));
        if (one && lex.fits(one, t.unit)) f = { ind: one, breakdown: one.breakdowns === 'urban_rural' && side && side[1] !== '城乡' ? (side[1] === '农村' ? '农村' : '城市') : '', via: 'family' };
      }
      // 1、城镇最低生活保障工作。…保障标准…达到180元,享受对象确定为3130户、4542人: the paragraph's one programme side
      const mark = passedMark.f;
      if (!f && mark && /^\s*大关[,,]?\s*(达到|达|为|至)\s*$/.test(n.slice(passedMark.end, t.start)) && lex.fits(mark.ind, t.unit)) f = { ...mark, via: 'left' };
      // 福利彩票今年销量已突破A亿元,达B亿元: a time word between the lottery's name and 销量
      if (!f && n.includes('销量') && kindOfUnit(t.unit) === 'money') {
        const ls = LOTTERY_YEAR_SALES.test(n.slice(Math.max(0, t.start - 48), t.start)) || LOTTERY_SALES_THEN.test(n.slice(Math.max(0, t.start - 48), t.start)) ? lex.byId.get('lottery_sales') : undefined;
        if (ls && lex.fits(ls, t.unit)) f = { ind: ls, breakdown: '', via: 'left' };
      }
      if (!f) f = paragraphProgramme(lex, paraText, n.slice(cs, toks[chainFirst[ti]].start), t.unit);
      // 一、最低生活保障。…;补助水平城市达到月人均A元;当月支出资金B万元: generic words under a heading naming one programme
      // (the heading is read from the start only: the heading line alone, not a copy of it joined to the paragraph)
      if (!f || (f.ind.id === 'assist_funds' && f.occ && /^救助(资金|金)$/.test(f.occ.e.text))) f = headedProgramme(lex, PARA_HEADING.test(paraText) || !headLine ? paraText : headLine, n, t, cs) ?? f;
      // (…切实保障弱势群体基本生活 (一)城市低保工作。…人均补助水平从A元提高到B元: a heading inside the paragraph, naming one side)
      if (!f && !/城乡|城市|城镇|农村/.test(n)) {
        const head = sectionSide(heads ??= sectionHeads(text), s.offset);
        if (head) f = programmeOfHeading(lex, head.text, n, t, cs);
      }
      // 城市低保对象395人,保障标准为744元,补助水平为507.48元 / 实施临时救助177人次,平均救助水平为A元/人次: the level of the
      // programme the sentence counted
      if (!f) f = levelOfCounted(lex, n, t, cs);
      // 救助困难群众A人次,发放临时救助资金B万元: the 人次 helped, paid in the next clause from 临时救助, are its 人次
      if (!f && /^万?人次$/.test(t.unit)) f = timesOfTempMoneyAfter(lex, n, t, cs);
      // 共取消23户、52人的城镇低保待遇: the counts between the exit verb and the programme's 待遇 left it
      if (!f && /^万?(户|人)$/.test(t.unit) && EXIT_VERB_BEFORE.test(n.slice(cs, chainStart))) {
        const m = EXIT_OF_PROGRAMME.exec(n.slice(chainEnd));
        const ind = m ? lex.byId.get(/户$/.test(t.unit) ? 'dibao_exit_households' : 'dibao_exit_persons') : undefined;
        if (ind && lex.fits(ind, t.unit)) f = { ind, breakdown: !m![1] || m![1] === '城乡' ? '' : m![1] === '农村' ? '农村' : '城市', via: 'right' };
      }
      // …老人领到了高龄津贴。发放资金达A万元: a sentence of bare money words pays the one programme of the sentence before
      if (!f && cs === 0 && prevSentence) f = moneyOfPrevious(lex, prevSentence, n, t);
      // 当月支出城市低保资金A万元;1-3月累计支出B万元: the year to date of the money the clause before counted
      if (!f && cs === 0 && kindOfUnit(t.unit) === 'money' && records.length > prevSentenceFrom && endsWithSemicolon(prevSentence) && YTD_OF_PREVIOUS.test(n.slice(0, t.start))) {
        const last = records[records.length - 1];
        const lastInd = lex.byId.get(last.indicatorId);
        const ind = lastInd && (runningTotalOf(lex, lastInd) ?? lastInd);
        if (ind && ind.flow === 'flow' && kindOfUnit(last.unit) === 'money') f = { ind, breakdown: last.breakdown, via: 'inherit' };
      }
      // 满80周岁每月A元,90岁以上每月B元,100岁每月C元 (高龄津贴): each tier of an age ladder is its band's standard
      if ((!f || lex.family(f.ind.id) === 'elder_age') && (isStdUnit(t.unit) || t.unit === '元') && n.includes('岁')) {
        const pre = paraText.slice(0, paraText.length - n.length);
        const lead = pre.slice(pre.lastIndexOf('。') + 1);
        const rest = s.offset + s.text.length;
        const after = normaliseChars(text.slice(rest, rest + 240)).split(/[。\n]/)[0];
        const head = normaliseChars(text.slice(Math.max(0, s.offset - lead.length - 240), s.offset - lead.length)).replace(/[。\s]*$/, '');
        const lad = ageLadderRate(lex, n, t, myPrevEnd, lead, after, head.slice(head.lastIndexOf('。') + 1));
        if (lad) {
          if (t.unit === '元') t.unit = /每年|按年/.test(n.slice(myPrevEnd, t.start)) ? '元/人·年' : '元/人·月';
          f = lad;
        } else if (f && f.ind.id === 'elder_age_allowance_std' && !f.breakdown && agesRise(lead + n + after)) {
          // (a rate in a sentence of rising age tiers whose own tier was not read: one tier's, never the whole standard)
          candidate(s, t, 'age_band', f.ind, '按年龄分档的标准中的一档,未能确定年龄段');
          continue;
        }
      }
      // 按照80至89周岁每人每年A元,100周岁及以上每人每月B元的标准,发放高龄津贴…: a rate of a known band is that standard's
      if (!f && isStdUnit(t.unit)) f = bandRateOfStandard(lex, n, t, myPrevEnd);
      // 按照集中供养每人每年A元和分散供养每人每年B元的标准,为N名五保户发放…: each mode's 特困 standard
      if (!f && isStdUnit(t.unit)) f = modeRateOfStandard(lex, n, t);
      // 农村低保标准由A提高到B;两县由C提高到D: an item naming only an area group has the standard named before it
      if (!f && isStdUnit(t.unit)) f = standardOfGroupItem(lex, n, t, itemStart(toks, ti), prevSentence, records.length > prevSentenceFrom && endsWithSemicolon(prevSentence) ? records[records.length - 1] : undefined);
      // 辖区有6处养老服务机构,设置床位570张: the beds of the elderly-care institutions just counted
      if (!f && t.unit === '张') f = bedsOfInstitutions(lex, n, t, cs);
      // …提供住宿的社会服务机构4.6万个(其中…);床位526.7万张: beds opening the clause after the institutions just counted
      // (精神疾病服务机构A个,床位B张: a type's beds; 其中,…C个,D个;床位E张: not the beds of a count two values back)
      if (!f && /^万?张$/.test(t.unit) && (lastRec ? lastRec.t.end <= cs && !toks.slice(toks.indexOf(lastRec.t) + 1, ti).some((x) => x.role === 'value' && !n.slice(x.end, cs).includes(')')) : sentRecords.length === 0 && records.length > prevSentenceFrom && endsWithSemicolon(prevSentence))) {
        const last = lastRec ?? records[records.length - 1];
        const o = lastRec ? undefined : origin.get(records[records.length - 1]);
        if (!o || !/\d/.test(o.s.norm.slice(o.t.end).replace(/\([^()]*\)/g, '').replace(CHANGE_AFTER_COUNT, ''))) f = bedsOfCounted(lex, n.slice(cs, t.start), lastRec ? lastRec.ind.id : records[records.length - 1].indicatorId, last.breakdown);
      }
      // 城市低保新增A户B人,清退C户D人,共有E户,F人: the programme's own count after its movements in the sentence
      if (!f && /^万?(户|人)$/.test(t.unit) && STOCK_AFTER_MOVES.test(n.slice(cs, toks[chainFirst[ti]].start))) f = stockAfterMoves(lex, sentRecords, t.unit);
      // 登记结婚A对,离婚B对 / 其中结婚A对: a couple counted under the bare word is a registration
      // (婚姻登记业务A件,其中结婚B件,离婚C件: in a sentence on 婚姻登记 one 件 is one couple's registration)
      if (!f && (t.unit === '对' || (t.unit === '件' && /婚姻登记/.test(n.slice(0, cs))))) {
        const w = /^(?:其中|全年|全[市区县]|共|办理|[,、;:])*(结婚|离婚)(?:共|为|达到|达)?$/.exec(n.slice(cs, t.start).replace(/\s/g, ''));
        if (w) t.unit = '对';
        const ind = w ? lex.byId.get(w[1] === '结婚' ? 'marriage_reg' : 'divorce_reg') : undefined;
        if (ind) f = { ind, breakdown: '', via: 'left' };
      }
      // …两项补贴…,惠及困难残疾人A人、重度残疾人B人: each group is the recipients of its own subsidy
      // (残疾人两项补贴惠及困难残疾人A人、重度残疾人B人: a group named right before its count, not the joint count)
      if ((!f || f.via === 'family' || f.ind.id === 'disab_two_persons') && kindOfUnit(t.unit) === 'person') f = disabGroup(lex, n, t, cs, myPrevEnd, sentRecords) ?? f;
      // (…惠及困难残疾人A人、重度残疾人B人,发放资金C万元: the money of both subsidies)
      if (!f && kindOfUnit(t.unit) === 'money' && /两项补贴/.test(n.slice(0, cs)) && BARE_MONEY.test(n.slice(cs, t.start)) && sentRecords.some((r) => /^disab_(living|care)_persons$/.test(r.ind.id))) {
        const two = lex.byId.get('disab_two_funds');
        if (two && lex.fits(two, t.unit)) f = { ind: two, breakdown: '', via: 'inherit' };
      }
      // (…享受残疾人生活补贴和护理补贴A人,今年以来发放补贴资金B万元: bare money after a clause naming both subsidies and nothing else)
      if (!f && kindOfUnit(t.unit) === 'money' && cs > 0 && TWO_SUBSIDY_MONEY.test(n.slice(cs, t.start))) {
        const named = dropContained(lex.aliases(n, clauseStart(n, cs - 1), cs));
        const two = lex.byId.get('disab_two_funds');
        if (two && named.length && named.every((o) => /^disab_two_/.test(o.e.ind.id)) && lex.fits(two, t.unit)) f = { ind: two, breakdown: '', via: 'inherit' };
      }
      // …提供住宿的机构A个,床位B张,其中养老机构C家,床位D张 / 全区共有养老机构31家,床位E张: the elderly-care institutions'
      // own beds (a part of all elderly-care beds, which count community ones too)
      // (各类床位总数A张: all kinds of beds, community ones too)
      if (f && f.ind.id === 'elder_beds' && f.via !== 'right' && !f.occ && lastRec?.ind.id === 'elder_institutions' && !/各类|各种|所有|全部/.test(n.slice(cs, t.start))) {
        f = { ...f, ind: lex.byId.get('elder_inst_beds') ?? f.ind };
      }
      // 养老床位A张(注:不包括社区养老床位): the institutions' beds only
      if (f && f.ind.id === 'elder_beds' && NO_COMMUNITY_BEDS.test(n.slice(t.end))) {
        f = { ...f, ind: lex.byId.get('elder_inst_beds') ?? f.ind };
      }
      // 本月发放生活补贴金A万元,其中,城市特困供养生活补贴金B万元: the whole of the money its parts name
      if (!f && kindOfUnit(t.unit) === 'money' && MONEY_WORDS.test(n.slice(cs, t.start))) f = wholeOfParts(lex, n, t);
      // 年初全市低保对象A人,年末为B人: the stock at the year's end of what the clause before counted at its start
      // (only with no side or tier named there: the candidate keeps no breakdown)
      if (!f && (!Pspan || Pspan.end === 12) && /^\s*(?:到|至)?年末(?:时)?(?:为|达到|达|有|共有|减少到|增加到|降至|增至)?\s*$/.test(n.slice(cs, t.start))) {
        const c = candidates.length ? candidates[candidates.length - 1] : undefined;
        const start = c && c.offset === s.offset && c.indicatorId ? clauseStart(n, c.valueOffset - s.offset) : -1;
        const ind = start >= 0 ? lex.byId.get(c!.indicatorId) : undefined;
        if (ind && ind.flow !== 'flow' && lex.fits(ind, t.unit) && /年初/.test(n.slice(start, c!.valueOffset - s.offset)) && !lex.breakdowns(n, start, c!.valueOffset - s.offset).length && !/_(urban|rural)$/.test(ind.id)) f = { ind, breakdown: '', via: 'inherit' };
      }
      // 下达…新增养老床位任务A张,实际完成B张: the actual figure of the target held back just before
      if (!f && /^\s*(?:全年|年内)?实际(?:完成|建成|新增|达到|达|为)/.test(n.slice(cs, t.start))) {
        const c = candidates.length ? candidates[candidates.length - 1] : undefined;
        const ind = c && c.reason === 'plan' && c.offset === s.offset && c.indicatorId ? lex.byId.get(c.indicatorId) : undefined;
        if (ind && lex.fits(ind, t.unit)) f = { ind, breakdown: '', via: 'inherit' };
      }
      // 全年共有A万城镇居民和B万农村居民得到政府最低生活保障 (the 公报 sentence): each side's 低保 persons
      if ((!f || f.ind.id === 'dibao_persons') && kindOfUnit(t.unit) === 'person' && !/次$/.test(t.unit) && n.includes('最低生活保障')) f = dibaoResidents(lex, n, t, toks) ?? f;
      // 乡镇(街道)社工站358个,覆盖率达到88.3%: a bare 覆盖率 is the coverage of what the clause before counted
      if (!f && t.unit === '%') f = coverageOfCounted(lex, n, t, cs);
      // 共募集人道救助款物合计达A元: money and goods raised, named with a qualifier between the verb and 款物
      if (!f && kindOfUnit(t.unit) === 'money') f = raisedGoods(lex, n, t, cs);
      // 支出型困难家庭8户19人: the persons of a group whose households name no indicator are that group's too
      // (城市低保累计保障A人次B万元: no group of its own before the pair, the money stays the programme's)
      if (f && chainFirst[ti] !== ti && chainNoInd[chainFirst[ti]] && f.occ && f.occ.end <= toks[chainFirst[ti]].start
        && OWN_GROUP_BEFORE.test(n.slice(f.occ.end, toks[chainFirst[ti]].start))) f = null;
      if (!f) {
        if (chainFirst[ti] === ti) chainNoInd[ti] = 1;
        // (淮北全市共受理离婚申请A对,…,实际办理离婚登记B对: another area's subject named with a figure of no indicator goes on)
        const away = otherRegionSubject(n.slice(cs, t.start), true) ? '句首写明另一地区' : null;
        if (away) {
          elsewhereRun = away;
          if (!sentRecords.length) semiElsewhere = away;
        }
        // (农村特困人员A人,其中集中供养B人 / 五保对象A人 (rural by name),其中…: the modes of one side's whole are that side's
        // parts, which the one split cannot hold)
        // (not after the whole or the other side: 特困人员A人,城市B人,农村C人,集中供养D人)
        const side = lastRec && lex.family(lastRec.ind.id) === 'tekun' && (lastRec.breakdown === '城市' || lastRec.breakdown === '农村') ? lastRec.breakdown : '';
        const oneSide = !!side && sentRecords.every((x) => lex.family(x.ind.id) !== 'tekun' || x.breakdown === side);
        if (oneSide && kindOfUnit(t.unit) === 'person' && lex.fits(lastRec!.ind, t.unit) && SIDE_PART_MODE.test(n.slice(cs, t.start))) {
          if (admissible(t, lastRec!.ind)) candidate(s, t, 'subset', lastRec!.ind, `${side}特困人员按供养方式分的部分`);
          continue;
        }
        if (admissible(t)) candidate(s, t, 'no_indicator');
        continue;
      }
      // 特困人员基本生活标准不低于低保标准的1.3倍,即每人每年A元: the standard named before the ratio is the subject
      if (f.occ && f.occ.end <= t.start && t.start - f.occ.end < 40 && /倍/.test(n.slice(f.occ.end, t.start))) {
        const subj = ratioSubject(lex, n, f, t);
        if (!subj) {
          if (admissible(t, f.ind)) candidate(s, t, 'no_indicator', f.ind, `“${f.occ.e.text}”是倍数的基数,不是这个数的指标`);
          continue;
        }
        f = subj;
      }
      // 事实无人抚养儿童基本生活补贴标准与孤儿一致,每人每月A元: the name compared with is the reference, the subject comes before it
      if (f.occ && f.occ.end <= t.start && isReference(n, f.occ)) {
        const subj = ratioSubject(lex, n, f, t, true);
        if (!subj) {
          if (admissible(t, f.ind)) candidate(s, t, 'no_indicator', f.ind, `“${f.occ.e.text}”是参照对象,不是这个数的指标`);
          continue;
        }
        f = subj;
      }
      // 城镇低保坚持…,保障对象A户 / 实施农村最低生活保障制度,…低保标准由…增加到B元: the one side the sentence is about
      if (!f.breakdown && f.via !== 'inherit') f = sideOfSentence(lex, n, t, f);
      // 城市低保标准…,新增低保人数A人;农村低保标准…,新增低保人数B人: halves of a sentence opening with opposite sides
      if (!f.breakdown && f.via !== 'inherit' && f.ind.breakdowns === 'urban_rural' && (HALF_OPENS.test(n) || n.endsWith(';'))) {
        const hs = halfSide(text, s, n, t.start, f.ind.id);
        if (hs) f = { ...f, breakdown: hs };
      }
      // (一)城市低保工作。…全区低保对象A户: a section headed by one side's programme is that side's
      if (!f.breakdown && f.via !== 'inherit' && /^(dibao|tekun)_/.test(f.ind.id)) {
        const head = sectionSide(heads ??= sectionHeads(text), s.offset);
        if (head && f.ind.id.startsWith(`${head.fam}_`) && (!/城乡|城市|城镇|农村/.test(n) || sideWordsElsewhere(n, head.side, t.unit))) f = { ...sideOf(lex, f, head.side, t.unit), bySection: true };
      }
      // 全乡现有五保户A人: 五保 is the rural 特困 by definition (the urban side was 三无)
      if (!f.breakdown && f.occ && f.occ.e.text.startsWith('五保') && f.ind.breakdowns === 'urban_rural' && lex.family(f.ind.id) === 'tekun'
        && !/城市|城镇|城乡|三无/.test(n.slice(cs, t.start))) f = { ...f, breakdown: '农村' };
      // 县域农村特困人员基本生活保障标准…A元: a side word right before the alias of a standard with sided twins
      if (!f.breakdown && f.occ && /^(dibao|tekun)_std$/.test(f.ind.id)) {
        const sw = /(城市|城镇|农村)$/.exec(n.slice(Math.max(0, f.occ.start - 2), f.occ.start));
        if (sw) f = sideOf(lex, f, /城/.test(sw[1]) ? '城市' : '农村', t.unit);
      }
      // 居民低保标准…A元。农民低保标准…B元 (older wording): 农民 is the rural side, 居民 the urban one when a rural standard is set against it
      if (!f.breakdown && f.occ && /^(dibao|tekun)_std$/.test(f.ind.id)) {
        const w = /(?<!城乡|城镇|城市|农村)(居民|农民)$/.exec(n.slice(Math.max(0, f.occ.start - 4), f.occ.start));
        if (w && (w[1] === '农民' || RURAL_STD_NAMED.test(text))) f = sideOf(lex, f, w[1] === '农民' ? '农村' : '城市', t.unit);
      }
      // 城市低保标准为每人每月A元,月人均补差B元: a bare level in the clause right after one side's standard is that side's
      if (!f.breakdown && f.ind.id === 'dibao_avg_subsidy' && lastRec?.t && ti > 0 && toks[ti - 1] === lastRec.t && /^dibao_std_(urban|rural)$/.test(lastRec.ind.id)
        && !/[;;。]|城乡|城市|城镇|农村/.test(n.slice(lastRec.t.end, t.start))) f = { ...f, breakdown: lastRec.ind.id.endsWith('_urban') ? '城市' : '农村' };
      // 低保标准城市A元/月、农村B元/年: a side word standing alone right before the value names its side
      // (…按不低于低保标准1.3倍确定,城市为每人每月A元: a side word opening the value's own clause)
      let oneSide = '';
      if (!f.breakdown && f.occ && f.occ.end <= t.start) {
        // (…,农村从A元/年上调至B元/年: a side word opening a clause of old and new values)
        const sw = SIDE_BEFORE_VALUE.exec(n.slice(Math.max(f.occ.end, myPrevEnd), t.start)) ?? (f.occ.end <= cs ? CLAUSE_SIDE.exec(n.slice(cs, t.start)) ?? CLAUSE_SIDE_FROM.exec(n.slice(cs, t.start)) : null);
        if (sw) {
          const side = /城/.test(sw[1]) ? '城市' : '农村';
          const g = sideOf(lex, f, side, t.unit);
          // (高龄津贴标准城市为A元: one side of an indicator that has no sides)
          if (g === f && f.ind.breakdowns !== 'urban_rural' && !/_(urban|rural)$/.test(f.ind.id)) oneSide = side;
          f = g;
        }
      }
      // 新增城乡低保对象125人、特困供养对象10人: 新增 opening a 、 list is said of every item in it (and 新增特困供养对象
      // A人: of the item it stands before)
      // (新纳入农村低保A人,农村特困B人: a bare item after a 新增 clause of the same sentence is new too)
      // (bounded windows: a sentence may hold many values)
      // (2021年新增A中心46家,助餐场所B个,养老床位C张: the bare items of a comma list headed by 新增 are new too)
      const newClauseBefore = cs > 0 && /[,]\s*$/.test(n.slice(Math.max(0, cs - 8), cs)) && (/^(全年|今年|年内|累计|共)?(新增|新纳入)[^,;。]*\d/.test(clauseBefore(n, cs)) || newListRun(n, cs));
      // (今年新增城乡低保对象A户,其中城市低保B户、农村低保C户: the parts of a new count are new counts too)
      const partsOfNew = cs > 0 && /^\s*其中[,:]?(?:[^,;:。]*、)?\s*(城乡|城市|城镇|农村)?(?:低保|特困|五保|最低生活保障)?(?:供养)?(?:对象|人员)?\s*$/.test(n.slice(cs, f.occ ? f.occ.start : t.start)) && /(新增|新纳入)[^,;:。]*\d/.test(clauseBefore(n, cs));
      // (今年以来,全市养老机构增加养老床位A张: beds added in the period, the verb right before the name)
      const addedBefore = f.occ && f.ind.kind === 'count' && /(?<![年度])增加了?$/.test(n.slice(cs, f.occ.start)) && !/目标|任务|计划|规划/.test(n.slice(f.occ.end, ce));
      const stockCount = !lex.isNewIndicator(f.ind) && !/exit|_new/.test(f.ind.id);
      if (stockCount && (partsOfNew
        // (新增20个老年助餐场所: the movement word right before the count, the name after it)
        || (f.occ && f.occ.start >= t.end && /(?:新增|新建)了?\s*$/.test(n.slice(cs, t.start)) && /^[\u4e00-\u9fff]{0,4}$/.test(n.slice(t.end, f.occ.start)))
        || (f.occ && (addedBefore || NEW_LIST_BEFORE.test(n.slice(cs, f.occ.start)) || /(新增|新纳入|新建成|新建|新设立|新设|新开设|新开办|调入|调进)了?(?:各类)?(城乡|城市|城镇|农村)?$/.test(n.slice(cs, f.occ.start))
          || (newClauseBefore && /^\s*(城乡|城市|城镇|农村)?$/.test(n.slice(cs, f.occ.start)) && /^\s*$/.test(n.slice(f.occ.end, t.start)))))
        || (!f.occ && newClauseBefore && /^\s*(城乡|城市|城镇|农村)?(低保|特困|五保)(供养)?(对象|人员)?\s*$/.test(n.slice(cs, t.start))))) {
        const nw = newCounterpart(lex, f.ind, t.unit);
        // (新纳入…农村特困B人: one side's new count of an indicator with no sides is no whole)
        if (nw && !nw.breakdowns && (f.breakdown === '城市' || f.breakdown === '农村')) {
          if (admissible(t, nw)) candidate(s, t, 'subset', nw);
          continue;
        }
        if (nw) f = { ...f, ind: nw, breakdown: nw.breakdowns ? f.breakdown : '' };
      }
      // 按月发放低保金A万元: paid month by month, not one month's payment (月发放低保金 is)
      if (/_monthly_funds$/.test(f.ind.id) && f.occ && /^月/.test(f.occ.e.text) && /[按逐]$/.test(n.slice(Math.max(0, f.occ.start - 1), f.occ.start))) {
        const whole = runningTotalOf(lex, f.ind);
        if (whole && lex.fits(whole, t.unit)) f = { ...f, ind: whole, breakdown: whole.breakdowns ? f.breakdown : '' };
      }
      // 9月份,…在册A户B人,当月共发放资金C万元: one month's payment, not the running total
      if (kindOfUnit(t.unit) === 'money' && /(?:当月|本月)(?:共|合计|累计)?(?:发放|支出|拨付)/.test(n.slice(cs, t.start)) && !/累计|以来/.test(n.slice(cs, t.start))) {
        const monthly = monthlyOf(lex, f.ind);
        if (monthly && lex.fits(monthly, t.unit)) f = { ...f, ind: monthly, breakdown: monthly.breakdowns ? f.breakdown : '' };
      }
      // 城市低保A户,共计B人,1月份共接受救助资金C万元: the bare 救助资金 of the one programme (and side) counted before it
      if (f.ind.id === 'assist_funds' && f.occ && /^救助(资金|金)$/.test(f.occ.e.text) && !/(各类|各项|社会|全部|所有|困难群众)$/.test(n.slice(Math.max(cs, f.occ.start - 4), f.occ.start))) {
        const counted = sentRecords.filter((x) => x.t.end <= cs);
        // (新增纳入低保A人,低保总人数B人,支出救助资金C亿元: the admissions are the same programme's)
        const fams = new Set(counted.map((x) => lex.family(x.ind.id)?.replace(/_new$/, '')));
        const sides = new Set(counted.map((x) => x.breakdown));
        const fam = counted.length && fams.size === 1 ? [...fams][0] : undefined;
        const own = fam && fam !== 'assist' ? lex.byId.get(fam + '_funds') : undefined;
        if (own && lex.fits(own, t.unit) && sides.size === 1) f = { ind: own, breakdown: own.breakdowns ? [...sides][0] : '', via: 'family' };
        // (第一季度,城市低保救助<a broken count>人,救助资金A万元: no count read, the one programme the sentence names)
        // (低保、特困等救助资金: several programmes listed before it, the money of all of them)
        else if (!counted.length && !/(?:[、和及与]|等)[^,;:。\d]{0,8}$/.test(n.slice(Math.max(cs, f.occ.start - 10), f.occ.start))) {
          const at = f.occ.start;
          const named = lex.aliases(n, 0, at).filter((o) => o.e.ind.id !== 'assist_funds');
          const fs = new Set(named.map((o) => lex.family(o.e.ind.id) ?? o.e.ind.id.split('_')[0]));
          const one = fs.size === 1 ? [...fs][0] : undefined;
          const funds = one && one !== 'assist' ? lex.byId.get(one + '_funds') : undefined;
          const bds = funds?.breakdowns ? lex.breakdowns(n, 0, at, funds.breakdowns) : [];
          const side = new Set(bds.map((b) => b.e.value));
          if (funds && lex.fits(funds, t.unit) && side.size <= 1) f = { ind: funds, breakdown: side.size ? [...side][0] : '', via: 'family' };
          // (新增纳入低保范围A人,城乡低保总人数达B万人,支出救助资金C亿元: no alias read, 低保 the one programme the sentence names)
          else if (!named.length && n.includes('低保') && cs > 1 && n.slice(clauseStart(n, cs - 2), cs).includes('低保') && !OTHER_THAN_DIBAO.test(n)) {
            const dibao = lex.byId.get('dibao_funds');
            const sides = new Set([...n.slice(0, at).matchAll(/(城乡|城市|城镇|农村)低保/g)].map((m) => m[1]));
            if (dibao && lex.fits(dibao, t.unit) && sides.size === 1 && sides.has('城乡')) f = { ind: dibao, breakdown: '', via: 'family' };
          }
        }
      }
      // 城市低保标准提高到A元,农村提高到B元: a bare side word in the value's own clause, the indicator named before it for
      // the other side, is the other side's indicator
      if (/_(urban|rural)$/.test(f.ind.id) && !(f.occ && f.occ.start >= cs)) {
        const clause = n.slice(cs, t.start);
        const want = /农村|乡村|牧区/.test(clause) && !/城市|城镇/.test(clause) ? 'rural' : /城市|城镇/.test(clause) && !/农村|乡村|牧区/.test(clause) ? 'urban' : '';
        const other = want && !f.ind.id.endsWith(want) ? lex.byId.get(f.ind.id.replace(/_(urban|rural)$/, `_${want}`)) : undefined;
        if (other && lex.fits(other, t.unit)) f = { ...f, ind: other, breakdown: '' };
      }
      let moveNote = '';
      let partOf = '';
      // 13.4万名建档立卡贫困人口纳入兜底保障范围: the part of a population a programme took in, not the population
      if (f.ind.id === 'poverty_registered' && f.occ && f.occ.start >= t.end && POPULATION_TAKEN_IN.test(n.slice(f.occ.end, f.occ.end + 12))) partOf = '人群中纳入(享受)某项保障的部分,不是该人群总数';
      // 由个人收养的孤儿A人 / 在福利机构抚养的孤儿: those raised in one way, a part
      if (!f.breakdown && f.occ && f.occ.start > cs && (n.includes('收养') || n.includes('抚养') || n.includes('养育') || n.includes('寄养')) && RAISED_BY_BEFORE.test(n.slice(cs, f.occ.start))) partOf = '按某种方式抚养(收养)的部分,不是总数';
      // 取消城市低保对象320户 / 降低保障标准74户、减少保障金额0.74万元: who left or what changed, not the level
      if (f.ind.kind !== 'standard' && !lex.isNewIndicator(f.ind) && !/exit|_new/.test(f.ind.id)) {
        const moved = (cs === 0 ? carried : '') + n.slice(cs, t.start);
        // (对不符合条件的A户B人停止发放低保金: the exit verb between the count and the programme named after it)
        const ex = EXIT_BEFORE.exec(moved) ?? (f.via === 'right' && f.occ ? EXIT_BETWEEN.exec(n.slice(t.end, f.occ.start)) : null) ?? listExitVerb(n, cs, t.start);
        const exit = ex && lex.byId.get(f.ind.id.replace(/^([a-z]+)_/, '$1_exit_'));
        if (exit && lex.fits(exit, t.unit)) f = { ...f, ind: exit, breakdown: exit.breakdowns ? f.breakdown : '' };
        else if (ex) moveNote = `“${ex[1]}”后的数`;
        else if (CHANGE_BEFORE.test(moved)) moveNote = '增减数';
      }
      // (6人主动退出低保: those who left of their own accord, a part of the exits)
      if (f.ind.id.includes('_exit_') && /主动|自愿|自行/.test(n.slice(cs, Math.max(t.start, f.occ ? f.occ.end : 0)))) partOf = '主动(自愿)退出的部分,不是全部退出数';
      // (取消…救助对象A人,新增…救助对象B人: a clause opening with 新增 after the exits is the programme's new count)
      if (/_exit_/.test(f.ind.id) && n.includes('新增') && NEW_CLAUSE_AFTER_EXIT.test(n.slice(cs, t.start)) && EXIT_BETWEEN.test(n.slice(0, cs))) {
        const nw = lex.byId.get(f.ind.id.replace('_exit_', '_new_'));
        if (nw && lex.fits(nw, t.unit)) f = { ...f, ind: nw };
      }
      // 集中供养的五保人员A人, 散养的五保人员为B人: the persons of one supply mode (the indicator's extra split)
      const mode = supplyModeOf(lex, n, t, f, cs);
      // (散居五保户A人: 五保 is the rural side, so its mode is a part of that side, as after 五保对象A人,其中…)
      const ruralMode = !!mode && f.breakdown === '农村';
      if (mode && !ruralMode) f = { ...f, breakdown: mode };
      // (a side already named and a mode after: a part of that side, which the one split cannot hold)
      const modeAfter = mode ? '' : supplyModeAfter(n, t, f, ce);
      const sideAndMode = ruralMode || (!!modeAfter && !!f.breakdown && !SUPPLY_MODE_VALUES.has(f.breakdown));
      if (modeAfter && !f.breakdown) f = { ...f, breakdown: modeAfter };
      // 发放集中供养补贴A万元,分散供养补贴B万元: money whose own name opens with a supply mode is that mode's
      if (!mode && !modeAfter && !f.breakdown && kindOfUnit(t.unit) === 'money' && lex.family(f.ind.id) === 'tekun' && f.ind.extraBreakdowns?.includes('supply_mode')) {
        const mm = MODE_MONEY.exec(n.slice(cs, t.start));
        if (mm) f = { ...f, breakdown: mm[1] };
      }
      // 提高特困人员救助供养标准,农村分散供养标准…A元、集中供养标准…B元,城市…C元: a side glued to a supply mode after the
      // sideless name is that side's standard, and goes on to the next items until another side is named
      if (f.ind.id === 'tekun_std' && f.occ && f.occ.end <= cs && n.includes('供养', f.occ.end)) {
        const glued = [...n.slice(f.occ.end, t.start).matchAll(SIDE_BEFORE_MODE)];
        const side = glued.length ? lex.byId.get(/农村|乡村|牧区/.test(glued[glued.length - 1][1]) ? 'tekun_std_rural' : 'tekun_std_urban') : undefined;
        if (side && lex.fits(side, t.unit)) f = { ...f, ind: side, breakdown: stdSupplyMode(n, t, f, cs) };
      }
      // 特困人员集中供养标准为每人每月A元: the standard of one supply mode, where the catalogue splits the standard so
      // (not a care tier's fee, 集中供养的全护理特困人员…, nor the sideless standard with a side named before its name,
      // 农村集中供养特困人员…标准)
      if (/^tekun_std_?(urban|rural)?$/.test(f.ind.id) && !f.breakdown && f.ind.extraBreakdowns?.includes('supply_mode') && !CARE_TIER.test(n.slice(cs, t.start))
        && !(f.ind.id === 'tekun_std' && /城市|城镇|农村|乡村|牧区|五保/.test(n.slice(cs, f.occ && f.occ.start < t.start ? f.occ.start : t.start)))) {
        const sm = stdSupplyMode(n, t, f, cs);
        if (sm) f = { ...f, breakdown: sm };
      }
      // 每人每月可享受高龄津贴200元: a programme's money named per person is its standard
      if (f.ind.kind === 'amount' && (t.unit === '元' || /^元\/人·[月年]$/.test(t.unit)) && /每人每月|每人每年/.test(n.slice(cs, t.start))) {
        const fam = lex.family(f.ind.id);
        const std = fam ? lex.familyMembersOf(fam).find((x) => x.kind === 'standard' && lex.fits(x, t.unit)) : undefined;
        if (std) {
          if (t.unit === '元') t.unit = /每人每年/.test(n.slice(cs, t.start)) ? '元/人·年' : '元/人·月';
          const bds = std.breakdowns ? lex.breakdowns(n, 0, t.start, std.breakdowns) : [];
          f = { ind: std, breakdown: bds.length ? bds[bds.length - 1].e.value : '', via: 'left' };
        }
      }
      // 社会散居孤儿…A元,XX孤儿…B元: after an item of the sentence named its split, one naming none is unclear, not the whole
      // 散居孤儿及事实无人抚养儿童A元/人/月,集中供养儿童B元/人/月: after the 散居 orphans' standard, the children in
      // institutions are the other orphan split
      if (f.ind.kind === 'standard' && INSTITUTION_CHILDREN.test(n.slice(cs, t.start)) && sentRecords.some((r) => r.ind.id === 'orphan_std' && r.breakdown === '社会散居')) {
        const o = lex.byId.get('orphan_std');
        if (o && lex.fits(o, t.unit)) f = { ind: o, breakdown: '机构养育', via: 'left' };
      }
      const fInd = f.ind;
      // (城镇低保对象A人,月人均补差B元,有农村低保对象C人,月人均补差D元: in a repeated pair, the level after the other
      // side's count of the programme is that side's)
      if (fInd.kind === 'standard' && fInd.breakdowns && !f.breakdown && lastRec?.t && (lastRec.breakdown === '城市' || lastRec.breakdown === '农村') && lastRec.ind.kind === 'count'
        && lastRec.ind.id.split('_')[0] === fInd.id.split('_')[0] && /^\s*[,]\s*$/.test(n.slice(lastRec.t.end, cs)) && !/城乡|城市|城镇|农村/.test(n.slice(cs, t.start))
        && sentRecords.some((r) => r.ind.id === fInd.id && r.breakdown && r.breakdown !== lastRec.breakdown && r.t.end < lastRec.t.start)) f = { ...f, breakdown: lastRec.breakdown };
      if (fInd.kind === 'standard' && fInd.breakdowns && !f.breakdown && f.via !== 'inherit' && sentRecords.some((r) => r.ind.id === fInd.id && r.breakdown)) {
        if (admissible(t, f.ind)) candidate(s, t, 'ambiguous_breakdown', f.ind, '同句前面的项写明了分类,这一项未写明');
        continue;
      }
      // semantic guards
      if (!admissible(t, f.ind)) continue;
      const before = n.slice(cs, t.start);
      const wholes = sentRecords.filter((x) => x.t.end <= cs);
      // (新增低保对象A人(held back: 五年来…),其中建档立卡贫困人口B人: the whole held back as a candidate is still the whole)
      const held = wholes.length ? undefined : heldWhole(s.offset, s.offset + cs);
      // 提供住宿的机构床位A张,其中养老床位B张: a broader indicator after 其中 is the one part it shares with the whole
      const partWhole = wholes.length ? wholes[wholes.length - 1].ind : held ?? (/^\s*其中/.test(n) && runWholes.length === 1 ? runWholes[0] : undefined);
      if (partWhole?.parts && !f.breakdown && f.via !== 'inherit' && !lex.isPart(partWhole, f.ind) && /(?:^|其中[,:]?|含)\s*$/.test(n.slice(Math.max(0, cs - 4), cs) + n.slice(cs, f.occ && f.occ.start >= cs ? f.occ.start : cs))) {
        const shared = partWhole.parts.filter((id) => f!.ind.parts?.includes(id)).map((id) => lex.byId.get(id)!).filter((x) => x && lex.fits(x, t.unit));
        if (shared.length === 1) f = { ...f, ind: shared[0] };
      }
      // 全省低保对象A万人。其中,城市B万人…: a sentence opening with 其中 has the previous sentence's last record as its whole
      let reason = guard(lex, n, t, f, cs, ce, wholes.length ? wholes[wholes.length - 1].ind : held, partRun, (pos) =>
        sentRecords.filter((x) => x.t.end <= pos), prevWhole, prevPart, prevSentence, sentenceFrom > prevSentenceFrom,
        text.slice(s.offset + s.text.length, s.offset + s.text.length + 60),
        runWholes,
      );
      if (!reason && sideAndMode) reason = 'subset';
      // 享受散居孤儿补贴标准A人,其中孤儿B人: a part named after 其中 is of the split its whole's clause states, or held
      if (!reason && !f.breakdown && f.ind.breakdowns && f.occ && f.occ.start >= cs && before.includes('其中') && /^\s*其中[,:]?\s*$/.test(n.slice(cs, f.occ.start))) {
        const whole = clauseBefore(n, cs);
        const from = cs - whole.length;
        const bds = lex.breakdowns(n, from, cs, f.ind.breakdowns);
        const vals = new Set(bds.map((o) => o.e.value));
        if (vals.size === 1) f = { ...f, breakdown: bds[0].e.value };
        else if (vals.size > 1) reason = 'subset';
      }
      if (!reason && oneSide) reason = 'subset';
      if (!reason && partOf) reason = 'subset';
      // 机构养育孤儿和社会散居孤儿A人 / 集中供养和散居孤儿A人: the parts of the split named together are their sum, the whole
      // when they are all the split's values, a mixed sum otherwise
      // (区级公墓A处、镇街公墓B处: items of a list each with its value are no such pair)
      const pairFrom = Math.max(cs, itemStart(toks, ti));
      if (!reason && f.breakdown && f.ind.breakdowns && f.occ && f.occ.start >= pairFrom && /[和及与、]/.test(n.slice(pairFrom, f.occ.start))) {
        const vals = new Set(lex.breakdowns(n, pairFrom, f.occ.end, f.ind.breakdowns).map((o) => o.e.value));
        if (vals.size > 1) {
          if (vals.size === lex.sets.get(f.ind.breakdowns)?.values.length) f = { ...f, breakdown: '' };
          else reason = 'combined';
        }
      }
      // 全市已为A名困难群众发放生活补贴B亿元。其中,为城市低保对象C人发放补贴D万元;…: each item's money is a part of that
      // one subsidy paid to many groups, not the programme's own money
      let reasonNote: string | undefined;
      if (reason === 'subset' && oneHomeBeds(n, cs, t, f.ind)) reasonNote = ONE_HOME_NOTE;
      else if (reason === 'subset' && oneSide) reasonNote = `只是${oneSide}一方的数`;
      else if (reason === 'subset' && partOf) reasonNote = partOf;
      if (!reason && oneOffList === 2) {
        reason = kindOfUnit(t.unit) === 'person' ? 'action' : 'scope';
        reasonNote = '一次性补贴(慰问)发放对象,是发放时的数,不是报告期的总数';
      }
      // 养老床位缺口仍有A万张 / 尚缺B张: a shortfall, not the stock
      if (!reason && (before.includes('缺') || before.includes('差距')) && SHORTFALL.test(before)) {
        reason = 'no_indicator';
        reasonNote = '缺口,不是现有数';
      }
      if (!reason && partRun && kindOfUnit(t.unit) === 'money' && SUBSIDY_LEAD.test(runHead)) {
        reason = 'scope';
        reasonNote = '总述中一项补贴(发给多类困难群众)的一部分,不是该项目的资金';
      }
      // 累计发放资金A万元。其中…;特困供养对象B人,发放供养经费C万元: a programme's persons in a round-up of money (no side
      // named in the item or before the run) are the programme's whole, not a part of the money
      if (reason === 'ambiguous_breakdown' && partRun && kindOfUnit(t.unit) === 'person' && MONEY_ROUND_UP.test(runHead) && /\d\s*[万亿]?元/.test(n.slice(t.end))
        && !SIDE_WORD.test(runHead + n)) reason = null;
      // …;孤儿对象A人;流浪乞讨救助B人次,共计发放民生保障资金C亿元: money summed over the programmes the sentence counted
      if (!reason && kindOfUnit(t.unit) === 'money' && !(f.occ && f.occ.start >= cs) && /^\s*(?:共计|合计|总计)/.test(n.slice(cs, t.start))
        && new Set([...sentRecords.map((r) => r.ind.id), ...(endsWithSemicolon(prevSentence) && sentenceFrom > 0 ? [records[sentenceFrom - 1].indicatorId] : [])].map((id) => lex.family(id) ?? id)).size >= 2) reason = 'combined';
      // 全县共核查低保对象A户B人: a value counted together with the one before it, with no name of its own, shares its subject
      // (…特困人员共711户718人: households held as a supply mode's part do not hold the persons the mode splits)
      if (!reason && !f.occ && chainFirst[ti] !== ti && !(chainReason[chainFirst[ti]] === 'subset' && SUPPLY_MODE_VALUES.has(f.breakdown))) reason = chainReason[chainFirst[ti]] ?? null;
      else if (reason && SHARED_REASONS.has(reason)) {
        chainReason[chainFirst[ti]] = reason;
        // (对…A户、B名低保对象因…降低了保障标准: the name after the pair holds the households filed before it too)
        if (f.via === 'right' && f.occ && f.occ.start >= t.end && chainFirst[ti] !== ti && !lex.aliases(n, cs, toks[chainFirst[ti]].start).length) {
          const fam = lex.family(f.ind.id) ?? f.ind.id;
          unfileChain(s, toks.slice(chainFirst[ti], ti).filter((x) => sentRecords.some((r) => r.t === x && (lex.family(r.ind.id) ?? r.ind.id) === fam)), sentRecords, reason, reasonNote);
        }
      }
      // 向低保对象发放一次性生活补贴A人,共计B万元 / 资助低保对象参保A人,资助资金B万元: money in a later clause that names no
      // programme of its own is the money of the count held back before it
      // (the persons of both disability subsidies are held as maybe counted twice; the money of both is their joint indicator)
      if (!reason && heldCount && kindOfUnit(t.unit) === 'money' && heldCount.end <= cs && !(f.occ && f.occ.start >= cs) && !(lastRec && lastRec.t.end > heldCount.end)
        && !(heldCount.reason === 'combined' && f.ind.id === 'disab_two_funds')) reason = heldCount.reason;
      // 共计A名孤儿及事实无人抚养儿童,共发放孤儿生活保障资金B万元: money named for one of the groups counted together before
      // it is paid to them all (the money of both disability subsidies is their joint indicator)
      if (!reason && heldCount?.reason === 'combined' && heldCount.ind && kindOfUnit(t.unit) === 'money' && f.ind.id !== 'disab_two_funds' && heldCount.end <= cs && lex.family(heldCount.ind.id) !== undefined && lex.family(heldCount.ind.id) === lex.family(f.ind.id)) reason = 'combined';
      // (…发放救助资金A万元 restating a sum the text held as mixed before: still that sum)
      const fid = f.ind.id;
      if (!reason && f.via === 'left' && combinedHeld.has(`${fid}|${t.value}|${t.unit}`)) {
        reason = 'combined';
        reasonNote = '前文同一数额已是多类合计';
      }
      // (发放救助资金A万元 held as a mixed sum,…享受…服务老人数增加到B人: a count that takes only that sum's family names no
      // programme of its own)
      if (!reason && f.via === 'family' && !f.occ && kindOfUnit(t.unit) === 'person' && !sentRecords.length
        && candidates.some((c) => c.reason === 'combined' && c.valueOffset >= s.offset && c.valueOffset < s.offset + t.start && lex.family(c.indicatorId) !== undefined && lex.family(c.indicatorId) === lex.family(fid))) {
        candidate(s, t, 'no_indicator');
        continue;
      }
      // 其中纳入低保A万人、特困B万人: the next item of a 、 list after a part held back is a part too
      if (!reason && subsetEnd >= 0 && subsetEnd <= t.start && /^、\s*[\u4e00-\u9fff]{0,8}$/.test(n.slice(subsetEnd, t.start))) reason = 'subset';
      if (reason === 'subset') subsetEnd = t.end;
      // (集中供养A人(其中:城市B人,农村C人),支出救助金D万元: the parts in a bracket are an aside, the money not theirs)
      if (reason && HELD_WITH_MONEY.has(reason) && kindOfUnit(t.unit) === 'person' && !(reason === 'subset' && inBracket(n, t.start))) heldCount = { end: t.end, reason, ind: f.ind };
      let elsewhere = reason ? null : subjectElsewhere(n, cs, t.start);
      // (全县低保标准再次提高,城市低保标准为A元 in a city's text: a lead clause with no value of its own opens the sentence
      // with its subject, for the clauses after it that name none)
      // (not an adverbial lead, 在全市…会议上, nor one labelling a list after a colon; the value's clause names no subject)
      if (!elsewhere && !reason && !elsewhereRun && cs > 0 && toks[0].start >= cs && !ownSubject(n.slice(cs, t.start))) {
        const lead = clauseEnd(n, 0);
        if (lead < cs && /[,,]/.test(n[lead]) && !ADVERBIAL_LEAD.test(n) && !OWN_SUBJECT_OPENS.test(n.slice(cs, t.start))) elsewhere = subjectElsewhere(n, 0, lead);
      }
      // (城关镇现有低保对象A人,特困人员B人: a township subject held back by a guard also holds the clauses after it)
      if (reason === 'sub_region' && townshipSubject(n.slice(cs, t.start))) elsewhereRun = TOWNSHIP_NOTE;
      // 去年全省共保障低保对象A万人,特困人员B万人: the clauses after another area's figure that name no subject are its too
      if (elsewhere) elsewhereRun = elsewhere;
      else if (elsewhereRun && !reason) {
        // (…这七个城市,超A对,其中上海B对: a part of the regions' sum, the text's own among them)
        if (ownSubject(n.slice(cs, t.start)) && !(elsewhereRun === LIST_NOTE && /^\s*其中/.test(n.slice(cs, t.start)))) elsewhereRun = null;
        else elsewhere = elsewhereRun;
      }
      // (only a subject that held the whole sentence so far: no figure of the text's own before it)
      semiElsewhere = sentRecords.length ? null : elsewhereRun;
      // 各地城市低保标准不低于A元,农村低保标准不低于B元: the lower areas' clauses go on until a subject of the text's own
      if (reason === 'sub_region' && EACH_AREA.test(n.slice(Math.max(0, t.start - 80), t.start))) lowerRun = true;
      else if (lowerRun && !reason && !elsewhere) {
        if (ownSubject(n.slice(cs, t.start))) lowerRun = false;
        else reason = 'sub_region';
      }
      if (elsewhere) {
        candidate(s, t, elsewhere === TOWNSHIP_NOTE || elsewhere === PARTS_NOTE || (!!townNote && elsewhere === townNote) ? 'sub_region' : 'other_region', f.ind, elsewhere);
        continue;
      }
      // 刮刮乐今年在本省销售A亿元,筹集公益金B万元: one game's share, not the lottery's total
      if (!reason && f.ind.id.startsWith('lottery_') && oneLotteryGame(n, t.start)) reason = 'subset';
      // 城市低保标准:五区由…提高至A元,三县由…提高至B元: a numbered group of districts or counties named in the value's
      // own item is the standard's area-group breakdown (a list of named districts stays a candidate)
      if (reason === 'area_group') {
        const itemFrom = Math.max(itemStart(toks, ti), t.start - 60);
        // (城区 set against the counties: the districts' group, on the urban side)
        const districts = !NUMBERED_GROUP_ONE.test(n.slice(itemFrom, t.start)) && DISTRICTS_ITEM.test(n.slice(itemFrom, t.start));
        // (城区…A元,县区为B元: the counties' item set against the districts)
        const counties = districts ? null : COUNTIES_ITEM_OPENS.exec(n.slice(itemFrom, t.start));
        let group = districts ? resolverFor(ctx.catalogue).refs.areaGroup('城区') : counties ? resolverFor(ctx.catalogue).refs.areaGroup(counties[1]) : areaGroupIn(ctx.catalogue, n.slice(itemFrom, t.start));
        // (县市农村五保集中供养标准…A元、分散供养标准…B元: an item naming no group nor the whole takes the one group of the
        // earlier records of its own standard in its sentence, up to 。; another standard's item stays held)
        if (!group && !districts && groupsIn(ctx.catalogue, n.slice(itemFrom, t.start)) === 0 && !/全[省市区县州盟旗]|统一|城乡/.test(n.slice(cs, t.start))) {
          const runFrom = runStart(s);
          const refs = resolverFor(ctx.catalogue).refs;
          const seen = new Set<string>();
          const note = (bd: string) => {
            const g = bd.split('·')[0];
            seen.add(g && refs.areaGroup(g) === g ? g : '');
          };
          for (const x of sentRecords) if (x.ind.id === f.ind.id) note(x.breakdown);
          for (let k = records.length - 1; k >= 0 && records[k].offset >= runFrom && records[k].offset < s.offset; k--) if (records[k].indicatorId === f.ind.id) note(records[k].breakdown);
          if (seen.size === 1 && !seen.has('')) group = [...seen][0];
        }
        // (…五区…,三县…;农村低保标准由…提高至C元: after the groups of one standard, an item naming its own standard and
        // no group is the whole region's)
        const whole = !group && !!f.occ && f.occ.start >= itemFrom && !NUMBERED_GROUP_ONE.test(n.slice(itemFrom, t.start)) && groupsIn(ctx.catalogue, n.slice(0, itemFrom)) >= 2;
        if (group || whole) {
          const bd = group ? joinBreakdown(group, f.breakdown) : f.breakdown;
          // (各区农村低保标准…A元;两县低保标准…B元: an item naming no side takes the one side of the earlier items of its
          // sentence, up to 。; after items of both sides its side is unclear)
          let ind = f.ind;
          if (/^(dibao|tekun)_std$/.test(ind.id)) {
            const runFrom = runStart(s);
            const earlier = sentRecords.map((x) => x.ind.id);
            for (let k = records.length - 1; k >= 0 && records[k].offset >= runFrom; k--) if (records[k].breakdown) earlier.push(records[k].indicatorId);
            const sides = new Set(earlier.filter((id) => id.startsWith(ind.id + '_')));
            if (sides.size > 1) {
              if (admissible(t, f.ind)) candidate(s, t, 'ambiguous_breakdown', f.ind, '前面各项城市、农村都有,这一项未写明');
              continue;
            }
            const twin = districts ? lex.byId.get(ind.id + '_urban') : sides.size === 1 ? lex.byId.get([...sides][0]) : undefined;
            if (twin && lex.fits(twin, t.unit)) ind = twin;
          }
          emit(s, t, ind, bd, t.unit);
          sentRecords.push({ ind, breakdown: bd, t });
          continue;
        }
      }
      // 按每人每月A元保障社会散居孤儿B名和事实无人抚养儿童C名: one standard paid to two groups is each group's standard
      if (reason === 'combined' && f.ind.kind === 'standard' && f.via === 'right' && f.occ && /元\/人·[月年]$/.test(t.unit)) {
        const other = standardJoined(lex, n, f.occ.end, ce, t.unit, f.ind);
        if (other && admissible(t, f.ind) && admissible(t, other)) {
          // (社会散居孤儿: the first group's own split)
          const bds = f.ind.breakdowns ? lex.breakdowns(n, t.end, f.occ.end, f.ind.breakdowns) : [];
          const bd = f.breakdown || (bds.length === 1 ? bds[0].e.value : '');
          emit(s, t, f.ind, bd, t.unit);
          emit(s, t, other, '', t.unit);
          sentRecords.push({ ind: f.ind, breakdown: bd, t }, { ind: other, breakdown: '', t });
          continue;
        }
      }
      // 散居孤儿、事实无人抚养儿童、…每人每月A元: one rate named after a list of groups is each listed group's standard
      if (reason === 'combined' && f.ind.kind === 'standard' && /元\/人·[月年]$/.test(t.unit) && n.includes('、', cs)) {
        const each = sharedRate(lex, n, cs, t);
        if (each && each.every((x) => admissible(t, x.ind))) {
          for (const x of each) emit(s, t, x.ind, x.breakdown, t.unit);
          sentRecords.push(...each.map((x) => ({ ind: x.ind, breakdown: x.breakdown, t })));
          continue;
        }
      }
      if (reason) {
        candidate(s, t, reason, f.ind, reasonNote);
        continue;
      }
      if (moveNote) {
        candidate(s, t, 'change', f.ind, moveNote);
        continue;
      }
      // 总销量突破2000亿元大关,达2059.68亿元: the mark passed is no figure; the value after 达 is the subject's
      if (/^\s*大关/.test(n.slice(t.end))) {
        candidate(s, t, 'threshold', f.ind);
        passedMark.f = f;
        passedMark.end = t.end;
        continue;
      }
      // 1月29日至2月7日10天时间里…结婚登记545对: the flow of some days, not the period's (a span of whole months is a period)
      if (f.ind.flow === 'flow' && daysSpanAt(n, t.start)) {
        candidate(s, t, 'partial', f.ind, '几天之内的数,不是报告期的数');
        continue;
      }
      // 截至10月17日,全市共发放…/共有…: up to a day inside a month, neither a month's end nor a period's
      if (f.ind.kind !== 'standard' && n.includes('日') && MID_MONTH_AS_OF.test(n.slice(0, t.start))) {
        candidate(s, t, 'partial', f.ind, '截至月中某日的数,不是月末或报告期末的数');
        continue;
      }
      // 今年5月20日,…为A对新人办理了结婚登记: a flow in a clause dated to one day is that day's
      if (f.ind.flow === 'flow' && !openPeriod && n.includes('日') && oneDayOpens(n.slice(0, t.start))) {
        candidate(s, t, 'partial', f.ind, '某一天的数,不是报告期的数');
        continue;
      }
      // 1-6月城市低保标准A元,7-12月B元 / 上半年…标准A元: a standard held over months that end before the period does is
      // not its level at the end (a rise in those months, 1-6月…提高到A元, may still stand)
      if (f.ind.kind === 'standard' && Pspan) {
        let st: Stated | undefined;
        for (const x of statedAt(n, t)) if (x.pos < t.start) st = x;
        // (7月1日前城市低保标准A元,7月1日起B元: the level before a date within the period)
        if (/^\s*(?:[2-9]|1[0-2])月(?:\d{1,2}日)?(?:以|之)?前[,,]?(?![^,;:。]{0,12}(?:提高|调整|上调|提升|达到))/.test(n.slice(cs, t.start))) {
          candidate(s, t, 'partial', f.ind, '年内某日以前执行的标准,不是期末标准');
          continue;
        }
        // (自2024年7月1日起…提高到B元 in a report on 上半年: a level that takes effect after the period ends)
        const from = [...n.slice(0, t.start).matchAll(/(?:自|从|于)?\s*(?:((?:19|20)\d{2})\s*年)?\s*(\d{1,2})\s*月(?:\s*\d{1,2}\s*日)?\s*(?:起|开始)/g)].pop();
        if (from && (!from[1] || Number(from[1]) === Y) && Number(from[2]) > Pspan.end && Number(from[2]) <= 12) {
          candidate(s, t, 'plan', f.ind, '报告期结束以后才执行的标准');
          continue;
        }
        if (st && !st.asOf && st.span.start < st.span.end && st.span.start >= Pspan.start && st.span.end < Pspan.end && !/提高|调整|上调|提升|增加|达到|增至/.test(n.slice(st.pos, t.start))) {
          candidate(s, t, 'partial', f.ind, '年内前几个月执行的标准,不是期末标准');
          continue;
        }
      }
      // 当月发放资金572.4万元 in a report on 1-9月: one month's flow, not the period's total
      // (本月发放A万元,其中,城市…B万元 / 城市本月新增A人,退出B人: the parts and the items after one month's are that month's too)
      // (全年按月发放低保金A万元: paid month by month, not one month's)
      if (f.ind.flow === 'flow' && (/当月|本月/.test(before) || (/(?<![按逐个])月份?发/.test(before) && !/(截[至止]|[至到\-—~])\s*((19|20)\d{2}\s*年)?\s*\d{1,2}\s*月份?发/.test(before)) || monthOpensSentence(n, t.start) || monthListGoesOn(prevSentence, n.slice(0, t.start)))) {
        const sp = parsePeriodLabel(periodFor(statedAt(n, t), t.start, f.ind));
        if (!sp || sp.start !== sp.end) {
          candidate(s, t, 'partial', f.ind, '当月发放数,不是累计数');
          continue;
        }
      }
      // 较上月新增A户 in a report on more than one month: the last month's admissions alone
      if (f.ind.flow === 'flow' && !(Pspan && Pspan.start === Pspan.end) && n.includes('上月') && MONTH_NEW_BEFORE.test(n.slice(Math.max(0, t.start - 24), t.start))) {
        candidate(s, t, 'partial', f.ind, '较上月的新增数,是一个月的数');
        continue;
      }
      // 全市临时救助10月份救助A人次 in a report on 1-10月: a month named inside the clause, that month's flow alone
      if (f.ind.flow === 'flow' && loneMonthBefore(n, t.start)) {
        const sp = parsePeriodLabel(periodFor(statedAt(n, t), t.start, f.ind));
        if (sp && sp.start !== sp.end) {
          candidate(s, t, 'partial', f.ind, '某一个月的数,不是累计数');
          continue;
        }
      }
      // (一)城市本月新增特困人员A人,退出B人: a sentence opening with one side is that side's throughout
      if (!f.breakdown && f.ind.breakdowns !== 'urban_rural' && !/_(urban|rural)$/.test(f.ind.id) && f.ind.kind !== 'standard' && SIDE_OPENS.test(n)) {
        candidate(s, t, 'subset', f.ind, '句首写明城市或农村一方,本句的数都是该方的');
        continue;
      }
      // 本季度发放临时救助资金A万元 in a text on the whole year: one quarter's flow
      if (f.ind.flow === 'flow' && THIS_QUARTER.test(n.slice(0, t.start)) && !/累计|截至|截止|全年|今年|年初|以来/.test(n.slice(n.search(THIS_QUARTER), t.start))) {
        const sp = parsePeriodLabel(periodFor(statedAt(n, t), t.start, f.ind));
        if (!sp || sp.end - sp.start !== 2) {
          candidate(s, t, 'partial', f.ind, '本季度的数,不是报告期的累计数');
          continue;
        }
      }
      // 为A名老人发放了第三季度高龄津贴B万元: the people paid one quarter's or month's money, not the period's roll or total
      if (kindOfUnit(t.unit) === 'person' && f.ind.kind !== 'standard' && n.includes('发放', t.end)) {
        const rest = n.slice(t.end, clauseEnd(n, t.end));
        // (up to the money paid, or the clause's end: 80周岁 is no value)
        const seg = rest.slice(0, rest.search(/\d[\d.]*\s*[万亿]?元/) + 1 || rest.length + 1).replace(/\d$/, '');
        const own = /发放/.test(seg) ? ownPeriodOfMoney(seg) : null;
        const sp = own && parsePeriodLabel(periodFor(statedAt(n, t), t.start, f.ind));
        if (own && sp && (sp.start !== own.start || sp.end !== own.end)) {
          candidate(s, t, 'partial', f.ind, own.start === own.end ? '某一个月发放的对象数,不是报告期的数' : '某一季度发放的对象数,不是报告期的数');
          continue;
        }
      }
      // 下拨10月份低保资金A万元 / 第四季度城乡低保金B万元: the money of one month or quarter named in the money word
      if (f.ind.flow === 'flow' && kindOfUnit(t.unit) === 'money') {
        const own = ownPeriodOfMoney(before);
        const sp = own && parsePeriodLabel(P);
        // (全市2月份共计发放… / 发放第一季度城市低保金…: a period opening the clause already dates the record as its own)
        const dated = own && parsePeriodLabel(periodFor(statedAt(n, t), t.start, f.ind));
        if (own && sp && (sp.start !== own.start || sp.end !== own.end) && !(dated && dated.start === own.start && dated.end === own.end)) {
          candidate(s, t, 'partial', f.ind, own.start === own.end ? '某一个月的数,不是报告期的累计数' : '某一季度的数,不是报告期的累计数');
          continue;
        }
        // 下达第一批困难群众救助补助资金A万元: one batch of an allocation
        if (/第[一二三四五六七八九十\d]{1,2}批|首批|提前下达/.test(before)) {
          candidate(s, t, 'partial', f.ind, '分批下达资金中的一批');
          continue;
        }
      }
      // 80-84周岁每人每月50元, 90周岁以上老人1200人: an age band without its catalogue breakdown is not the total
      // (75周岁至79周岁老年人,每人每月享受A元高龄津贴: a standard split by age reads its band in the clauses before, up to ;)
      const ageHead = f.ind.kind === 'standard' && f.ind.breakdowns === 'age_band' ? n.slice(Math.max(n.lastIndexOf(';', t.start), n.lastIndexOf('。', t.start)) + 1, t.start) : before;
      // (对70至79岁老年人发放高龄补贴,共发放资金A万元: the band of the clause naming the indicator; 80岁以上 is one band
      // too when the paragraph pays a younger band as well)
      const bandHead = ageHead === before && f.occ && f.occ.start < cs ? n.slice(Math.max(0, f.occ.start - 40), t.start) : ageHead;
      const younger = YOUNGER_BAND.test(paraText);
      // (对90周岁以上老年人…发放高龄津贴A元,全年发放资金B万元: the band before the indicator's name in an earlier clause)
      // (a figure found by its family after one band's payment: 对90周岁以上老年人…发放高龄津贴A元,全年发放资金B万元)
      const band = f.breakdown ? null : ageBandBefore(bandHead) ?? (f.via === 'family' && !f.occ ? oneBandBefore(n.slice(0, cs)) : null) ?? ageBandAfter(n, t) ?? (younger ? ageBandAround(n, cs, t) : null);
      if (band) {
        // (按80-89岁100元…的标准发放: a band's rate in bare 元 states no 每月/每年, whichever band it is)
        const fam = lex.family(f.ind.id);
        const bandStd = f.ind.kind === 'standard' ? f.ind : fam && /标准/.test(n) ? lex.familyMembersOf(fam).find((x) => x.kind === 'standard' && x.breakdowns === 'age_band') : undefined;
        if (bandStd && t.unit === '元' && !/每月|每年|按月|按年|月人均|年人均/.test(n.slice(cs, t.start))) candidate(s, t, 'unit_period', bandStd, `“${band}”的标准未写明每月还是每年`);
        else candidate(s, t, 'age_band', f.ind, `“${band}”`);
        continue;
      }
      // 提高到每人每月80元(80-89周岁) / 1600元(社会散居) / 1300元(集中供养): a part named in brackets right after a standard
      // 城乡低保标准每人每月A元(城市)、B元(农村): a side in brackets names the side's standard
      if (/^(dibao|tekun)_std$/.test(f.ind.id)) {
        const sb = /^(城市|城镇|农村)(?:居民)?$/.exec(BRACKET_AFTER.exec(n.slice(t.end, t.end + 24))?.[1] ?? '');
        if (sb) f = sideOf(lex, f, sb[1] === '农村' ? '农村' : '城市', t.unit);
      }
      const part = f.ind.kind === 'standard' && !f.breakdown ? bracketPartAfter(lex, n, t, f.ind) : null;
      if (part && typeof part !== 'string') {
        for (const v of part) {
          emit(s, t, f.ind, v, t.unit);
          sentRecords.push({ ind: f.ind, breakdown: v, t });
        }
        continue;
      }
      if (part) {
        candidate(s, t, part === 'age' ? 'age_band' : 'subset', f.ind, '数值后括号中写明的部分');
        continue;
      }
      emit(s, t, f.ind, f.breakdown, t.unit);
      sentRecords.push({ ind: f.ind, breakdown: f.breakdown, t });
      // 困难残疾人生活补贴和重度残疾人护理补贴发放标准已达到每人每月80元: one standard stated for both subjects
      const twin = sharedStandard(lex, n, cs, t, f);
      if (twin) {
        emit(s, t, twin.ind, twin.breakdown, t.unit);
        sentRecords.push({ ind: twin.ind, breakdown: twin.breakdown, t });
      }
      const care = f.ind.id === 'disab_living_std' && BOTH_DISAB_STD.test(n.slice(cs, t.start)) ? lex.byId.get('disab_care_std') : undefined;
      if (care && lex.fits(care, t.unit)) {
        emit(s, t, care, '', t.unit);
        sentRecords.push({ ind: care, breakdown: '', t });
      }
      // 一级、二级每人每月120元 / 一、二级…: one standard stated for both grades, the first grade's too
      // (一、二级困难残疾人生活补贴为A元: the joint grades right before the standard's name)
      if (f.ind.kind === 'standard' && f.ind.breakdowns === 'disability_grade' && f.breakdown === '二级' && (JOINT_GRADES.test(n.slice(cs, t.start))
        || (!!f.occ && f.occ.start >= cs && f.occ.start < t.start && JOINT_GRADES_BEFORE_NAME.test(n.slice(cs, f.occ.start))))) {
        emit(s, t, f.ind, '一级', t.unit);
        sentRecords.push({ ind: f.ind, breakdown: '一级', t });
      }
    }
  };
  for (const s of splitSentences(text, (a, b) => lex.aliases(a + b).some((o) => o.start < a.length && o.end > a.length))) readSentence(s);
  // the same figure stated twice, once with its own period (1-9月,新增…) and once without: the stated period wins
  const statedKeys = new Set(records.filter((r) => r.period !== P).map((r) => [r.indicatorId, r.breakdown, r.value, r.unit].join('|')));
  for (let i = records.length - 1; i >= 0; i--) {
    const r = records[i];
    if (r.period === P && statedKeys.has([r.indicatorId, r.breakdown, r.value, r.unit].join('|'))) records.splice(i, 1);
  }
  if (previousSkipped) notes.push(`跳过 ${previousSkipped} 个“由…提高到…”中的原数值(属于上期)`);
  return { records, candidates, notes };
}

/** The other monthly standard the paragraph gives the same disability grade of the same subsidy in another clause (null if none). */
function gradeStatedTwice(lex: Lexicon, para: string, own: number, ind: IndicatorDef, grade: string, value: number): number | null {
  for (const o of lex.breakdowns(para, 0, para.length, 'disability_grade')) {
    if (o.e.value !== grade) continue;
    const stop = /[;;。]/.exec(para.slice(o.end));
    const end = stop ? o.end + stop.index : para.length;
    if (own >= o.start && own < end) continue;
    const m = /^[^\d;;。]{0,24}?(?:每人每月|每月|月人均)\s*(\d+(?:\.\d+)?)\s*元|^[^\d;;。]{0,24}?(\d+(?:\.\d+)?)\s*元\s*\/\s*(?:人\s*[·.\/]?\s*)?月/.exec(para.slice(o.end, end).replace(/\d+(?:\.\d+)?\s*[人名户]/g, (x) => '#'.repeat(x.length)));
    const v = m ? Number(m[1] ?? m[2]) : NaN;
    if (!Number.isFinite(v) || v === value) continue;
    // (the subsidy that statement is of: named between the grade and its value, else the last one named before the grade)
    const graded = (a: number, b: number) => lex.aliases(para, a, b).filter((x) => x.e.ind.kind === 'standard' && x.e.ind.breakdowns === 'disability_grade');
    const within = graded(o.end, o.end + m!.index + m![0].length);
    const named = within.length ? within[0] : graded(0, o.start).pop();
    if (named && named.e.ind.id !== ind.id) continue;
    return v;
  }
  return null;
}

/** A headline's 7.2万对, then 72048对 in the body: the figure in 万 is the exact one rounded to its own last digit. */
function roundedInWan(prev: DataRecord, t: ValueToken, u: string): boolean {
  if (prev.unit !== '万' + u || t.qualifier !== 'exact' || prev.value <= 0 || !Number.isInteger(t.value)) return false;
  const dec = /\.(\d+)$/.exec(String(prev.value));
  const step = (dec ? Math.pow(10, -dec[1].length) : 1) * 1e4;
  return Math.abs(t.value - prev.value * 1e4) <= step / 2 && t.value !== prev.value * 1e4;
}

/** 890余 then 894.42: an exact value inside the range an approximate one (余/多) of the same unit stands for. */
function withinApprox(prev: DataRecord, t: ValueToken, u: string): boolean {
  // (a headline's 超2000亿元, then 2059.68亿元 in the body: a bound the exact figure lies above, by less than half)
  if (prev.qualifier === '超过' && prev.unit === u && (t.qualifier === 'exact' || t.qualifier === '多' || t.qualifier === '余')) return t.value > prev.value && t.value < prev.value * 1.5;
  if ((prev.qualifier !== '余' && prev.qualifier !== '多') || t.qualifier !== 'exact' || prev.value <= 0) return false;
  // (1.2万余人, then 12336人: compared in the exact figure's unit)
  const scale = prev.unit === u ? 1 : prev.unit === '万' + u ? 1e4 : 0;
  if (!scale) return false;
  const dec = /\.(\d+)$/.exec(String(prev.value));
  let step = dec ? Math.pow(10, -dec[1].length) : 1;
  if (!dec) while (prev.value % (step * 10) === 0) step *= 10;
  const lo = prev.value * scale;
  return t.value > lo && t.value < lo + step * scale;
}

/** 计划争取A亿元…,争取B万元…: a clause opening with the verb a plan word governed earlier in the sentence is planned too. */
function planVerbGoesOn(n: string, cs: number, vs?: number): boolean {
  if (cs < 4) return false;
  // (the plan words of the sentence, found once per sentence: a sentence can hold many values)
  if (n !== planText) {
    planText = n;
    planAt = n.includes('计划') || n.includes('拟') || n.includes('预计') || n.includes('力争') || n.includes('将') ? [...n.matchAll(PLAN_VERB)] : [];
  }
  let last: RegExpExecArray | null = null;
  // (将 only before a building verb: 将低保渐退期延长至… / 将A名…纳入 is a 把-sentence of what was done)
  let adverb: RegExpExecArray | null = null;
  for (const m of planAt) {
    if (m.index! + m[0].length > cs) continue;
    if (m[1] !== '将' || PLAN_BUILD.test(m[2])) {
      last = m;
      adverb = null;
    }
    // (我省将全面放开…,引导…,新增A张: 将 and an adverb is the future of every clause it opens)
    else if (WILL_ADVERB.test(n.slice(m.index! + 1, m.index! + 4))) adverb = m;
  }
  if (adverb && (!last || last.index! < adverb.index!)) {
    const at = cs + (/^\s/.test(n.slice(cs, cs + 1)) ? 1 : 0);
    return !/[。;]/.test(n.slice(adverb.index!, cs)) && PLAN_BUILD.test(n.slice(at, at + 2)) && !PLAN_DONE.test(n.slice(adverb.index!, vs ?? cs));
  }
  if (!last || /[。;]/.test(n.slice(last.index!, cs))) return false;
  const at = cs + (/^\s/.test(n.slice(cs, cs + 1)) ? 1 : 0);
  // (全区将新建助餐点A个,新增养老床位B张: one building verb after another in a list of what is to be done; not 完成/实现,
  // which report what was done against the plan)
  if (n.startsWith(last[2], at) || (PLAN_BUILD.test(last[2]) && PLAN_BUILD.test(n.slice(at, at + 2)))) return true;
  // (力争全年新增设施A处,养老床位达到B张: a level to be reached in a later clause of the plan, nothing done named between)
  // (将新增的A张床位投入使用: a 把-sentence of what was done)
  // (力争实现应保尽保,全年低保对象达到A人: a plan of no figure is an aim, the level after it is what was reached)
  return vs !== undefined && !(last[1] === '将' && n.charCodeAt(last.index! + last[0].length) === DE) && PLAN_REACH.test(n.slice(cs, vs).replace(LIST_TAIL, '')) && !PLAN_DONE.test(n.slice(last.index!, vs))
    && /\d/.test(n.slice(last.index!, clauseEndAfter(n, last.index!)));
}
function clauseEndAfter(n: string, i: number): number {
  const m = /[,,;;。]/.exec(n.slice(i));
  return m ? i + m.index : n.length;
}
const DE = '的'.charCodeAt(0);
// (…提高到A元和B元: the values listed before B after the verb)
const LIST_TAIL = /(?:\d[\d.,]*\s*(?:元|万元|张|个|人|户|家|处)?(?:\/[月年])?\s*[、和及与]\s*)+$/;
const PLAN_REACH = /(?:达到|提高到|提升到|增加到|扩大到|增至|提高至|达)(?:每人每[月年]|每月|每年)?\s*$/;
const PLAN_DONE = /已|现有|共有|完成|建成|实际|截至|目前/;
const PLAN_VERB = /(计划|拟|预计|力争|(?<![已均即])将)([\u4e00-\u9fff]{2})/g;
const WILL_ADVERB = /^(?:全面|继续|进一步|加快|大力|着力|积极|重点|深入|持续|不断|逐步|全力)/;
const PLAN_BUILD = /^(?:新增|新建|建成|建设|改造|打造|培育|提高|提升|增加|扩大|建立|设立|新改|改扩)$/;
let planText = '';
let planAt: RegExpExecArray[] = [];

/** The header of a progress table (进展情况(7月) / 完成情况) with a task column (内容 / 工作任务). */
const LIST_GOES_ON = /^[和及与、]\s*(?:城乡|城市|城镇|农村)?(?:低保|特困|五保|孤儿|残疾|困难|事实无人抚养|留守|困境|高龄|老年)/;
const PROJECT_PROGRESS_TITLE = /实事(?:项目)?[^\n]{0,16}(?:完成情况|进度|进展情况|推进情况)/;
const PROGRESS_HEADER = /(内容|任务)[\s\S]{0,120}(进展情况|完成情况|推进情况)|(进展情况|完成情况|推进情况)[\s\S]{0,120}(内容|任务)/;
/** A cell naming the leading office(s): 区民政局 / 区残联,相关镇街. */
const OFFICE_LINE = /^\s*[\u4e00-\u9fff]{1,12}(局|委|办|残联|政府|中心|镇街|街道)([、,][\u4e00-\u9fff]{1,12})*\s*$/;
/** The next line is the leading office's cell, with the row going on after it (not a signature and its date). */
function officeCellAfter(text: string, pos: number): boolean {
  const office = nextLineAfter(text, pos);
  if (!OFFICE_LINE.test(normaliseChars(office))) return false;
  const after = nextLineAfter(text, text.indexOf(office, pos) + office.length).trim();
  return !!after && !/^\d{4}\s*年\s*\d{1,2}\s*月(\s*\d{1,2}\s*日)?$/.test(after);
}

/** The next non-empty line after pos when pos ends its line ('' otherwise). */
function nextLineAfter(text: string, pos: number): string {
  const nl = text.indexOf('\n', pos);
  if (nl < 0 || text.slice(pos, nl).trim()) return '';
  const m = /^\s*([^\n]*)/.exec(text.slice(nl + 1, nl + 200));
  return m ? m[1] : '';
}

function afterLineBreak(text: string, pos: number): boolean {
  for (let k = pos - 1; k >= 0 && k >= pos - 80; k--) {
    const c = text.charCodeAt(k);
    if (c === 10) return true;
    if (c !== 32 && c !== 9 && c !== 0x3000) return false;
  }
  return false;
}

/** 2020年1-7月 / 今年1-5月份 / 截至5月底 / 截至2019年3月底 / 到2023年11月: a period stated inside the text. */
// (截至201910月底: a year glued to its month, the 年 lost)
// (a newspaper or PDF text may put spaces around the numbers: 截至 11 月底, 2023 年 9 月)
const MONTH_STMT = /(?:((?:19|20)\d{2}) ?年 ?)?(\d{1,2}) ?月份(?! ?[-~—至到\d])|((?:19|20)\d{2}) ?年 ?(\d{1,2}) ?月(?! ?[-~—至到\d]| ?底| ?末| ?份)|(?<![\d年] ?)(\d{1,2}) ?月(?! ?[-~—至到\d日号底末份起以后前中上下初旬])/g;
const PERIOD_STMT = /(?:((?:19|20)\d{2}) ?年 ?|今年|本年)?(\d{1,2}|十[一二]?|[一二三四五六七八九]) ?月?份?[-~—至到] ?(\d{1,2}|十[一二]?|[一二三四五六七八九]) ?月份?(?:底|末)?|(?:截至|截止|截止到|(?<=(?:以来|年初) ?)(?:至|到)|(?:到|至)(?= ?(?:19|20)\d{2} ?年)) ?(?:((?:19|20)\d{2}) ?年 ?|今年|本年|(?<=截[至止]到?)(?:19|20)\d{2}(?=(?:1[0-2]|[1-9])月(?:底|末|\d)))?(\d{1,2}) ?月(?:份)?(?:底|末|(?:2[89]|3[01])日)?(?! ?\d{0,2} ?日)/g;

interface Stated {
  pos: number;
  span: PeriodSpan;
  /** a single month (12月份…) dates its own sentence only */
  local?: boolean;
  /** 截至N月底: the state at that date */
  asOf?: boolean;
  /** 2022年3季度,…累计: a later quarter read as the year so far only because of 累计 */
  qtd?: boolean;
}

function statedPeriods(n: string, yearAfterMonth = false, yearText = false): Stated[] {
  const out: Stated[] = [];
  for (const m of n.includes('月') ? n.matchAll(PERIOD_STMT) : []) {
    if (/\d$/.test(n.slice(0, m.index!))) continue;
    // only a period that opens its clause dates what follows (not 补发1-5月差额)
    // (after an item number: 3、到2023年11月,…)
    // (全县1-5月累计…: the area word before the period is still the clause's opening)
    // (今年以来至10月底 / 自年初截至10月底: the year so far, to the month named)
    if (!/^\s*(?:\d{1,2}[、.．]|[一二三四五六七八九十]{1,3}、|[(（]\d{1,2}[)）])?\s*(今年以来|年初以来|自?今年年初|自?年初|今年|本年|全年|在|于)?(全[镇乡县区市省州]|我[镇乡县区市省州])?$/.test(clauseHead(n, m.index!).replace(PAID_LEAD, ''))) continue;
    const a = m[2] ? monthNumber(m[2]) : 1;
    const b = monthNumber(m[3] ?? m[5]);
    if (!(a >= 1 && b <= 12 && a <= b)) continue;
    out.push({ pos: m.index!, span: { start: a, end: b }, asOf: m[5] !== undefined });
  }
  // 2011年1月1日至3月31日,…: a span of days from a month's first to a month's last is those months
  for (const m of n.includes('日') ? n.matchAll(WHOLE_MONTHS_BY_DAYS) : []) {
    if (/\d$/.test(n.slice(0, m.index!)) || !AREA_LEAD.test(clauseHead(n, m.index!))) continue;
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (a >= 1 && a <= b && b <= 12 && Number(m[3]) >= MONTH_LAST_DAY[b - 1] && !out.some((x) => x.pos === m.index)) out.push({ pos: m.index!, span: { start: a, end: b } });
  }
  for (const m of n.includes('月') ? n.matchAll(MONTH_STMT) : []) {
    if (/\d$/.test(n.slice(0, m.index!)) || /^ ?\d{0,2} ?日/.test(n.slice(m.index! + m[0].length))) continue;
    // (发放1月份特困供养金A万元: the month of what was paid)
    if (!AREA_LEAD.test(clauseHead(n, m.index!).replace(PAID_LEAD, ''))) continue;
    const mo = Number(m[2] ?? m[4] ?? m[5]);
    if (mo >= 1 && mo <= 12 && !out.some((x) => x.pos === m.index)) out.push({ pos: m.index!, span: { start: mo, end: mo }, local: true });
  }
  // 8、9两月我市共发放…: two months named together opening a clause (今年8、9两个月…)
  for (const m of n.includes('两') ? n.matchAll(/(\d{1,2})[、和](\d{1,2})两个?月份?/g) : []) {
    if (!AREA_LEAD.test(clauseHead(n, m.index!))) continue;
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (a >= 1 && b === a + 1 && b <= 12 && !out.some((x) => x.pos === m.index)) out.push({ pos: m.index!, span: { start: a, end: b } });
  }
  // 第二季度享受低保A户B人, 第一季度到第四季度…总金额, 前三季度共实施…: a quarter (or a run of them) opening its clause
  if (n.includes('季度')) {
    for (const m of n.matchAll(QUARTER_STMT)) {
      if (/\d$/.test(n.slice(0, m.index!)) || /^(例行|新闻|发布|工作会|会议|民政|统计|报表|季报|数据)/.test(n.slice(m.index! + m[0].length))) continue;
      const head = clauseHead(n, m.index!);
      // (县民政局发放第一季度城市低保金A万元: the quarter of what was paid)
      // (全市今年前三季度 / 截至三季度末: the area or 截至 before the year)
      const lead = /^\s*(?:全[镇乡县区市省州]|我[镇乡县区市省州])?(?:截至|截止|截止到)?(今年|本年|全年|在|于|(?:19|20)\d{2}年)?(全[镇乡县区市省州])?(城乡|城市|农村)?(低保|特困)?$/.exec(head.replace(PAID_LEAD, ''));
      if (!lead) continue;
      const q = (c: string) => '1一2二3三4四'.indexOf(c) >> 1;
      // (2023年第一季度: the first quarter is the same span read as a quarter or as the year so far; 2022年3季度 is not)
      // (2022年3季度,累计发放A万元: a report's quarter after its year, with 累计, is the year so far)
      const ytd = !!lead[1] && /\d年$/.test(lead[1]) && /^[^。;]{0,24}累计/.test(n.slice(m.index! + m[0].length));
      // (三季度末 / 截至三季度末: the state at the quarter's end, the year so far for a flow)
      const asOf = !!m[4] || /截[至止]/.test(head);
      const span = m[1] ? { start: 1, end: 9 } : { start: ytd || asOf ? 1 : 3 * q(m[2]) + 1, end: 3 * q(m[3] ?? m[2]) + 3 };
      const qtd = !m[1] && ytd && !asOf && !m[3] && q(m[2]) > 0;
      if (!out.some((x) => x.pos === m.index)) out.push({ pos: m.index!, span, asOf: asOf || undefined, qtd: qtd || undefined });
    }
  }
  // 今年前10个月,全市发放…: the first months of the year opening a clause
  for (const m of n.includes('个月') ? n.matchAll(FIRST_MONTHS) : []) {
    if (!YEAR_AREA_LEAD.test(clauseHead(n, m.index!))) continue;
    const mo = monthNumber(m[1]);
    if (mo >= 1 && mo <= 12 && !out.some((x) => x.pos === m.index)) out.push({ pos: m.index!, span: { start: 1, end: mo } });
  }
  // 6月底,全市共有… / 9月,全市共有…: a month's end, or a month alone before a comma, opening a clause
  for (const m of n.includes('月') && MONTH_OPENS_HINT.test(n) ? n.matchAll(MONTH_OPENS) : []) {
    if (/\d$/.test(n.slice(0, m.index!))) continue;
    if (!/^\s*(今年|本年)?(全[镇乡县区市省州]|我[镇乡县区市省州])?$/.test(clauseHead(n, m.index!))) continue;
    const mo = monthNumber(m[1]);
    if (!(mo >= 1 && mo <= 12) || out.some((x) => x.pos === m.index)) continue;
    out.push(m[2] ? { pos: m.index!, span: { start: 1, end: mo }, asOf: true } : { pos: m.index!, span: { start: mo, end: mo }, local: true });
  }
  // 扩大到今年10月份统计的A户B人: the figures counted at that month's end (this sentence's only)
  for (const m of n.includes('统计') ? n.matchAll(MONTH_COUNTED) : []) {
    const mo = monthNumber(m[1]);
    if (mo >= 1 && mo <= 12 && !out.some((x) => x.pos === m.index)) out.push({ pos: m.index!, span: { start: 1, end: mo }, asOf: true, local: true });
  }
  // 今年上半年,全国结婚登记A万对 / 下半年,全市发放…: a half of the year opening its clause, as a quarter does
  for (const m of n.includes('半年') ? n.matchAll(/[上下]半年/g) : []) {
    if (!YEAR_AREA_LEAD.test(clauseHead(n, m.index!))) continue;
    if (!out.some((x) => x.pos === m.index)) out.push({ pos: m.index!, span: m[0][0] === '上' ? { start: 1, end: 6 } : { start: 7, end: 12 } });
  }
  // 低保金发放到3月份,保障对象A户: what was paid up to a month dates the sentence from January to it
  for (const m of n.includes('到') ? n.matchAll(PAID_UNTIL) : []) {
    const mo = Number(m[1]);
    if (mo >= 1 && mo <= 12 && !out.some((x) => x.pos === m.index)) out.push({ pos: m.index!, span: { start: 1, end: mo }, local: true });
  }
  // …第四季度…;全年拨款金额A元: the whole year again (after a quarter stated earlier in the paragraph)
  if ((out.length || yearAfterMonth) && n.includes('全年')) {
    for (const m of n.matchAll(/全年(?=[\u4e00-\u9fff])/g)) {
      if (/[,;:。\s]$|^$/.test(n.slice(Math.max(0, m.index! - 1), m.index!)) && !out.some((x) => x.pos === m.index)) out.push({ pos: m.index!, span: { start: 1, end: 12 } });
    }
  }
  // 上半年…;年末城市低保对象A人 / 截至年底,共发放…: the year's end opening a clause after another period (of this
  // sentence, or of one before it in a year's text)
  if ((out.length || yearText) && (n.includes('年末') || n.includes('年底'))) {
    for (const m of n.matchAll(/(?:截[至止]|到)?(?:今年|本年)?年[末底](?!前|以前|之前)/g)) {
      if (/\d$/.test(n.slice(0, m.index!)) || !YEAR_AREA_LEAD.test(clauseHead(n, m.index!))) continue;
      if (!out.some((x) => x.pos === m.index)) out.push({ pos: m.index!, span: { start: 1, end: 12 }, asOf: true });
    }
  }
  out.sort((x, y) => x.pos - y.pos);
  return out;
}
const WHOLE_MONTHS_BY_DAYS = /(?:(?:19|20)\d{2}\s*年\s*)?(\d{1,2})\s*月\s*1\s*日\s*(?:至|到|—|-|~)\s*(?:(?:19|20)\d{2}\s*年\s*)?(\d{1,2})\s*月\s*(\d{2})\s*日(?!\s*\d)/g;
const MONTH_LAST_DAY = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const MONTH_COUNTED = /(?:今年|本年|据)\s*(\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月份?(?:底|末)?\s*统计(?=的|[,,])/g;
/** The words of a clause before position i (from the last , ; : 。 ! ? or line break). */
function clauseHead(n: string, i: number): string {
  let k = i - 1;
  while (k >= 0 && !/[,;:。!?\n]/.test(n[k])) k--;
  return n.slice(k + 1, i);
}
/** A clause opening with nothing but 今年/本年/在/于 and the whole area (全市, 我县) before a period. */
const AREA_LEAD = /^\s*(今年|本年|在|于)?(全[镇乡县区市省州]|我[镇乡县区市省州])?$/;
/** …or with a year (2023年) instead. */
const YEAR_AREA_LEAD = /^\s*(今年|本年|(?:19|20)\d{2}\s*年)?(全[镇乡县区市省州]|我[镇乡县区市省州])?$/;
const PAID_UNTIL = /(?:发放|发|拨付|支付)到(\d{1,2})月份?(?![\d底末-])/g;
/** …发放 right before a period (县民政局发放第一季度城市低保金 / 全县共发放1月份…): the period of what was paid (not 补发). */
const PAID_LEAD = /^\s*(?:今年|本年)?[\u4e00-\u9fff]{0,8}?(?<!补)(?:共|累计)?(?:发放|支出)$/;
const MONTH_OPENS_HINT = /月份?(?:底|末|[,,])/;
const MONTH_OPENS = /(\d{1,2}|十[一二]?|[一二三四五六七八九]) ?月(?:份)?(?:(底|末)|(?=[,,]))/g;
const FIRST_MONTHS = /前(\d{1,2}|[一二两三四五六七八九十]{1,3})个月/g;
const QUARTER_STMT = /(前三个?季度)|第?([一二三四1-4])(?:季度)?(?:(?:到|至|-|—)第?([一二三四1-4]))?季度(末|底)?/g;

/** `s` with each closed (…) group that does not hold position `keep` blanked (same length). */
function blankClosedParens(s: string, keep: number): string {
  if (!/[(（]/.test(s)) return s;
  return s.replace(/[(（][^()（）]*[)）]/g, (m, off: number) => (keep >= off && keep < off + m.length ? m : ' '.repeat(m.length)));
}

/** A clause boundary (not the comma of 12,000 or the colon of 1:0.81). */
const isDigit = (c: number) => c >= 48 && c <= 57;
function isBoundary(n: string, i: number): boolean {
  const c = n.charCodeAt(i);
  // , ; : 。 ! ? \n
  if (c === 44 || c === 58) return !(isDigit(n.charCodeAt(i - 1)) && isDigit(n.charCodeAt(i + 1)));
  return c === 59 || c === 0x3002 || c === 33 || c === 63 || c === 10;
}

/**
 * A clause longer than this (a list of hundreds of values with no comma) is read in windows of this
 * length: the words that name a value stand close to it, and the work per value stays bounded.
 */
const MAX_CLAUSE = 160;

// clause boundaries of the sentence being read, found once per sentence (beginSentence) by a native
// search for the boundary characters, then read by binary search
const BOUNDARY_CHAR = /[,;:\u3002!?\n]/g;
let bounds: number[] = [];
function clauseIndex(n: string) {
  bounds = [];
  BOUNDARY_CHAR.lastIndex = 0;
  for (let m = BOUNDARY_CHAR.exec(n); m; m = BOUNDARY_CHAR.exec(n)) if (isBoundary(n, m.index)) bounds.push(m.index);
}

/** Index in `bounds` of the first boundary at or after pos. */
function boundAtOrAfter(pos: number): number {
  let lo = 0;
  let hi = bounds.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (bounds[mid] < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Resets the per-sentence indexes (clauses, prefix matches, years, alias windows) for a new sentence. */
function beginSentence(lex: Lexicon, n: string) {
  clauseIndex(n);
  prefixValid = false;
  yearsValid = false;
  lex.newSentence(n);
}

function clauseStart(n: string, pos: number): number {
  const k = boundAtOrAfter(pos);
  return Math.max(k > 0 ? bounds[k - 1] + 1 : 0, pos - MAX_CLAUSE);
}

function clauseEnd(n: string, pos: number): number {
  const k = boundAtOrAfter(pos);
  return Math.min(k < bounds.length ? bounds[k] : n.length, pos + MAX_CLAUSE);
}

// earliest end of a match of each pattern in the sentence being read (prefix tests in O(1))
let prefixValid = false;
const prefixEnds = new Map<RegExp, number>();
/** True when `re` matches inside n[0, pos) (its first match in n ends by pos). */
function prefixHas(re: RegExp, n: string, pos: number): boolean {
  if (!prefixValid) {
    prefixValid = true;
    prefixEnds.clear();
  }
  let end = prefixEnds.get(re);
  if (end === undefined) {
    // the first match ends first (later matches start after it); `re` has no g/y flag
    const m = re.exec(n);
    end = m ? m.index + m[0].length : Infinity;
    prefixEnds.set(re, end);
  }
  return end <= pos;
}

/** The last 4-digit year (2019年) written before `pos` in n; memoised per sentence. */
let yearsValid = false;
const YEAR_IN = /([0-9]{4})年/g;
/** a sentence opening with its year: 2022年,… / 据了解,2022年全省… (a short lead before the year at most) */
const OPENING_YEAR = /^\s*(?:[\u4e00-\u9fff]{1,6}[,:]\s*)?(?:19|20)\d{2}年(?!\d{1,2}月\d{1,2}日)/;
/** The year opening a sentence, before any other figure (截至2024年…, 他指出,2023年…), not a compared year or a start. */
function openingYear(n: string): number | null {
  const m = /((?:19|20)[0-9]{2})年/.exec(n);
  if (!m || /\d/.test(n.slice(0, m.index)) || /[比较与同自从]$/.test(n.slice(0, m.index))) return null;
  if (/^[^,;。]{0,10}?(起|以来|至今|开始)/.test(n.slice(m.index + m[0].length))) return null;
  // (2022年、2023年,…分别为A、B: a list of years dates nothing by itself)
  if (/^[^,;:。]*?(?:19|20)[0-9]{2}年/.test(n.slice(m.index + m[0].length))) return null;
  return Number(m[1]);
}
let yearsAt: { index: number; end: number; year: string }[] = [];
/** 从2022年11月1日起,执行的城乡低保保障标准是:…: a standard in force since an earlier date is the one applied in the report's year. */
function inForceSince(n: string, y: { index: number; year: string }, ind: IndicatorDef | undefined, Y: number): boolean {
  if (!ind || ind.kind !== 'standard' || Number(y.year) >= Y) return false;
  const at = n.slice(Math.max(0, y.index - 1));
  return /^(从|自)?(?:19|20)\d{2}年\d{1,2}月(?:\d{1,2}日)?起[,，]?\s*(?:执行|施行|开始执行)的/.test(at.replace(/^[^\d]*(?=(?:19|20)\d{2}年)/, ''));
}

/** (从2020年的A张增加到现在的B张: the value after 到 is stated as now) */
const NOW_AFTER_TO = /(?:到|至|为)\s*(?:现在|目前|当前|今年)的?\s*(?:每人每[月年])?\s*$/;
const FROM_YEAR_TO = /^(?:末|底|度)?的\s*(?:每人每[月年])?\s*[\d.]+\s*[^\d,;。]{0,4}?(?:提高|增加|减少|下降|增长|上升|降低|降|增|调整)(?:到|至|为)\s*(?:(?:现在|目前|当前|今年|年底|年末)的?)?\s*(?:每人每[月年])?\s*$/;
function lastYearBefore(n: string, pos: number): { index: number; end: number; year: string } | null {
  if (!yearsValid) {
    yearsValid = true;
    yearsAt = [];
    if (n.includes('年')) for (const m of n.matchAll(YEAR_IN)) yearsAt.push({ index: m.index!, end: m.index! + m[0].length, year: m[1] });
  }
  let lo = 0;
  let hi = yearsAt.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (yearsAt[mid].end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? yearsAt[lo - 1] : null;
}

/** 按照(不低于)城乡低保标准的1.3倍确定,即…: a ratio to another standard, right before the list's own clause */
const RATIO_BEFORE_LIST = /(?:按照?|参照)?(?:不低于|不少于)?[^,;:。]{0,12}标准的[\d.]+倍(?:确定|核定|执行)?[,,]\s*即[^,;:。]{0,12}$/;
const LEVELS_AFTER = /^\s*[,,]\s*(?:(?:提标|调标|调整|提高)后[,,]?)?(?:均|并)?(?:分别)?(?:达到|提高到|提高至|提升到|提升至|调整为|调整到|增至|增加到|增长到|增长至|上升到|上升至|降至|降到|减至|减少到|减少至|下降到|下降至|降低到|降低至|为)/;
/** The run of value tokens after 分别 (a list of 2+ values separated by 、和及与). */
function listAfter(n: string, toks: ValueToken[], from: number): ValueToken[] {
  const first = toks.find((t) => t.start >= from);
  if (!first) return [];
  const lead = n.slice(from, first.start);
  if (/[,;:。]/.test(lead) || lead.length > 14) return [];
  const out = [first];
  for (let i = toks.indexOf(first) + 1; i < toks.length; i++) {
    const gap = n.slice(toks[i - 1].end, toks[i].start);
    if (gap.length > 10 || /[,;:。]/.test(gap) || !/[、和及与]/.test(gap)) break;
    out.push(toks[i]);
  }
  return out;
}

/** The values after 分别 when its items are glued runs (A户B人和C户D人): all of them, or none when it is no such list. */
function gluedGroups(n: string, toks: ValueToken[], from: number): ValueToken[] {
  const first = toks.find((t) => t.start >= from);
  if (!first) return [];
  const lead = n.slice(from, first.start);
  if (/[,;:。]/.test(lead) || lead.length > 14) return [];
  const out = [first];
  let groups = 1;
  let glued = false;
  for (let i = toks.indexOf(first) + 1; i < toks.length; i++) {
    const gap = n.slice(toks[i - 1].end, toks[i].start);
    if (gap.trim() === '') glued = true;
    else if (gap.length <= 10 && !/[,;:。]/.test(gap) && /[、和及与]/.test(gap)) groups++;
    else break;
    out.push(toks[i]);
  }
  return glued && groups >= 2 ? out : [];
}

interface Item {
  text: string; // main text (without parentheses)
  extras: string[]; // parenthesised alternatives: (含事实无人抚养儿童)
}

/** 困难残疾人生活补贴和重度残疾人护理补贴: a name joining two names, cut in a 分别 list so that each gets its value. */
function joinedName(lex: Lexicon, t: string): boolean {
  if (!/[和及与]/.test(t)) return false;
  for (const h of t.split(/[和及与]/)) if (!lex.aliases(h).some((x) => x.start === 0 && x.end === h.length)) return false;
  return true;
}

/** Splits the subject of a 分别 list into items, not cutting inside an alias (能力完好和轻度失能). */
function splitItems(lex: Lexicon, n: string, from: number, to: number): Item[] {
  let a = from;
  const lead = /^((?:19|20)\d{2}年度?|按照|依照|按|将|把|对|其中|全区|全市|全县|全省)+/.exec(n.slice(a, to));
  if (lead) a += lead[0].length;
  const protectedRanges: number[][] = [];
  for (const o of lex.aliases(n, a, to)) if (!joinedName(lex, o.e.text)) protectedRanges.push([o.start, o.end]);
  for (const o of lex.breakdowns(n, a, to)) protectedRanges.push([o.start, o.end]);
  const inside = (i: number) => protectedRanges.some(([x, y]) => i > x && i < y - 1);
  const cuts: number[] = [];
  let depth = 0;
  for (let i = a; i < to; i++) {
    const ch = n[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (ch === '、' || (/[和及与]/.test(ch) && !inside(i)))) cuts.push(i);
  }
  const parts: string[] = [];
  let p = a;
  for (const c of cuts) {
    parts.push(n.slice(p, c));
    p = c + 1;
  }
  parts.push(n.slice(p, to));
  return parts
    .filter((x) => x.trim() !== '')
    .map((x) => {
      const extras: string[] = [];
      const main = x.replace(/\(([^)]*)\)/g, (_all, inner: string) => {
        extras.push(inner.replace(/^(含|包括|包含|即)/, ''));
        return '';
      });
      return { text: main, extras };
    });
}

/** Best indicator named in `str` for a value in `unit` (direct alias or a family sibling). */
function bestIn(lex: Lexicon, str: string, unit: string, preferEnd = true): { ind: IndicatorDef; breakdown: string } | null {
  const occ = lex.aliases(str).filter((o) => !(o.e.ind.kind === 'standard' && NOT_STANDARD.test(str.slice(o.end))));
  const direct = dropContained(occ.filter((o) => lex.fits(o.e.ind, unit)));
  const pick = (list: Occ<AliasEntry>[]) =>
    list.sort((x, y) => (preferEnd ? y.end - x.end : x.start - y.start) || y.end - y.start - (x.end - x.start))[0];
  if (direct.length) {
    const o = pick(direct);
    return { ind: o.e.ind, breakdown: o.e.breakdown };
  }
  const sib = dropContained(occ).filter((o) => lex.siblings(o.e.ind, unit).length);
  if (sib.length) {
    const o = pick(sib);
    return { ind: lex.siblings(o.e.ind, unit)[0], breakdown: o.e.breakdown };
  }
  return null;
}

function breakdownIn(lex: Lexicon, str: string, ind: IndicatorDef, skip?: [number, number]): string {
  if (!ind.breakdowns) return '';
  // a one-character value inside a level word is not that value (乡级行政区划 ≠ 乡), nor a word inside the alias itself
  const b = lex
    .breakdowns(str, 0, str.length, ind.breakdowns)
    .filter(
      (o) =>
        !(o.end - o.start === 1 && str[o.end] === '级') &&
        // 集中供养孤儿 around the alias 孤儿 names the breakdown; a word inside the alias does not
        // (社会散居孤儿 running into 孤儿基本生活费标准 names it too)
        !(skip && o.start < skip[1] && o.end > skip[0] && !(o.start <= skip[0] && o.end >= skip[1] && o.end - o.start > skip[1] - skip[0]) && !(o.start < skip[0] && o.end < skip[1])),
    );
  return b.length ? b.sort((x, y) => y.end - x.end)[0].e.value : '';
}

/**
 * 其中城镇A人,农村B人,低保标准分别为每人每月C元和D元: two values after one item follow the 城/农 split just
 * listed in the sentence (城镇 first, then 农村).
 */
function splitOrderList(lex: Lexicon, n: string, from: number, to: number, toks: ValueToken[]): Found[][] | null {
  if (toks.length !== 2) return null;
  const head = n.slice(0, from);
  const u = Math.max(head.lastIndexOf('城镇'), head.lastIndexOf('城市'));
  const r = head.lastIndexOf('农村');
  if (u < 0 || r < u) return null;
  const item = n.slice(from, to).replace(/^(城乡|居民)+/, '');
  if (!item || /[、和及与]|城|农/.test(item)) return null;
  const a = bestIn(lex, '城市' + item, toks[0].unit);
  const b = bestIn(lex, '农村' + item, toks[1].unit);
  if (!a || !b) return null;
  const ok = (a.ind.id !== b.ind.id && /城市|城镇/.test(a.ind.name) && /农村/.test(b.ind.name)) || (a.ind.id === b.ind.id && a.breakdown === '城市' && b.breakdown === '农村');
  return ok ? [[{ ...a, via: 'list' }], [{ ...b, via: 'list' }]] : null;
}

type ListResolution = Found[][] | null;
const PLACE_BEFORE_BOTH = /^[\u4e00-\u9fff]{1,7}?(?:省|自治区|市|自治州|州|盟|自治县|县|区|旗)(?:\d{4}年)?城乡/;
function resolveList(
  lex: Lexicon,
  n: string,
  from: number,
  to: number,
  toks: ValueToken[],
  s: Sentence,
  labelFrom = to + 2,
): Found[][] | null {
  const unit = toks[0].unit;
  let items = splitItems(lex, n, from, to);
  // (获得政府最低生活保障的城镇居民、农村居民分别是A人、B人: the residents of each side receiving 低保)
  if (items.length === 2 && /(城镇|城市)居民$/.test(items[0].text) && items[1].text === '农村居民' && DIBAO_RECEIVED.test(n.slice(0, to))) {
    items = [
      { text: '城市低保对象', extras: items[0].extras },
      { text: '农村低保对象', extras: items[1].extras },
    ];
  }
  // labels written before each value: 一级220元、二级165元
  const labels = toks.map((t, i) => {
    const a = i === 0 ? labelFrom : toks[i - 1].end;
    return n.slice(a, t.start).replace(/^[、和及与]/, '');
  });
  const labelBd = labels.map((l) => {
    const b = lex.breakdowns(l);
    return b.length ? b[b.length - 1].e : null;
  });
  // (…分别为城市A元、农村B元: the label ends right before its value, not a word somewhere in the span before)
  const labelRightBefore = labels.map((l) => {
    const core = l.replace(/\s*(?:为|是|[::])?\s*(?:每人每[月年]|月人均|年人均)?\s*$/, '');
    const b = lex.breakdowns(core);
    return b.length > 0 && b[b.length - 1].end === core.length;
  });
  // groups split by 和/及: 821元/月、614元/月和1232元/月、1071元/月
  const groups: number[] = [1];
  for (let i = 1; i < toks.length; i++) {
    const gap = n.slice(toks[i - 1].end, toks[i].start);
    if (/[和及与]/.test(gap)) groups.push(1);
    else groups[groups.length - 1]++;
  }
  const urbanRural = (it: Item): Item[] => {
    const rest = it.text.replace(/^城乡/, '');
    return [
      { text: '城市' + rest, extras: it.extras },
      { text: '农村' + rest, extras: it.extras },
    ];
  };
  // 残疾人两项补贴 = 困难残疾人生活补贴 + 重度残疾人护理补贴 (国发〔2015〕52号), in that order
  const twoSubsidies = (it: Item): Item[] =>
    /两项补贴/.test(it.text) && toks.length === 2 * items.length
      ? [
          { text: '困难残疾人生活补贴' + it.text.replace(/^.*两项补贴/, ''), extras: [] },
          { text: '重度残疾人护理补贴' + it.text.replace(/^.*两项补贴/, ''), extras: [] },
        ]
      : [it];
  items = items.flatMap(twoSubsidies);
  // 城乡特困人员照料护理标准分别提高到全自理A元、半护理B元、全护理C元: each value has its own label of one set
  // other than 城市/农村, so 城乡 names the one (unified) standard, not two sides
  const tierLabels = toks.length > 1 && labelBd.every((b) => b && b.setId !== 'urban_rural') && new Set(labelBd.map((b) => b!.setId)).size === 1;
  // (内蒙古自治区城乡低保平均标准分别为A元和B元: the area's name before 城乡; whose area it is was checked before)
  items = items.map((it) => (PLACE_BEFORE_BOTH.test(it.text) ? { ...it, text: it.text.replace(PLACE_BEFORE_BOTH, '城乡') } : it));
  let expanded: Item[] = items.flatMap((it) => (/^城乡/.test(it.text) && !tierLabels ? urbanRural(it) : [it]));
  if (expanded.length !== toks.length) {
    // (完善了城乡居民最低生活保障制度,保障标准分别达到A元、B元: the sides named in the clause before)
    const prevClause = from > 0 ? n.slice(clauseStart(n, from - 1), from) : '';
    // (保障城乡低保对象A万人,保障标准分别达到B元和C元: the programme's count between its name and the clause's end)
    if ((/城乡/.test(n.slice(from, to)) || /城乡(居民)?(最低生活保障|低保)[^,;:。]{0,4}[,:]$/.test(prevClause) || (items.length === 1 && /^[^,;:。]{0,4}城乡(居民)?(最低生活保障|低保)(对象)?[0-9.]+万?人[,:]$/.test(prevClause)))
      && items.length * 2 === toks.length && (groups.length === items.length || toks.length === 2)) {
      // (a bare 保障标准 item takes the programme's name from the clause before)
      const prog = /城乡/.test(n.slice(from, to)) ? null : /(最低生活保障|低保)/.exec(prevClause);
      expanded = items.map((it) => (prog && !/低保|最低/.test(it.text) ? { text: '城乡' + prog[1] + it.text.replace(/^保障/, ''), extras: it.extras } : it)).flatMap(urbanRural);
    }
  }
  items = expanded;
  const single = items.length === 1 && toks.length > 1 && labelBd.every((b) => b);
  if (items.length !== toks.length && !single) return null;
  const fromItems: (Found | null)[] = items.map((it, i) => {
    // (养老机构和养老床位分别达到A家、B万张: each item is read with its own value's unit)
    const unit = items.length === toks.length ? toks[i].unit : toks[0].unit;
    const f = bestIn(lex, it.text, unit);
    if (!f) {
      const b = lex.breakdowns(it.text);
      return b.length ? { ind: undefined as unknown as IndicatorDef, breakdown: b[b.length - 1].e.value, via: 'list' } : null;
    }
    // (城市…保障标准 read as the whole's standard: the side's own standard)
    const side = /^(城市|农村)/.exec(it.text);
    const sided = side && !f.ind.breakdowns ? lex.byId.get(f.ind.id + (side[1] === '城市' ? '_urban' : '_rural')) : undefined;
    if (sided && lex.fits(sided, unit)) return { ind: sided, breakdown: '', via: 'list' };
    return { ind: f.ind, breakdown: f.breakdown || breakdownIn(lex, it.text, f.ind) || orphanCareOf(lex, it.text, f.ind), via: 'list' };
  });
  // 城市、农村低保标准: a breakdown-only item shares the last item's words after its breakdown
  const lastItem = items[items.length - 1];
  const lastBd = lastItem ? lex.breakdowns(lastItem.text).find((o) => o.start === 0) : undefined;
  if (lastBd && items.length > 1) {
    const suffix = lastItem.text.slice(lastBd.end);
    for (let i = 0; i < items.length - 1; i++) {
      if (fromItems[i] && !fromItems[i]!.ind) {
        const f = bestIn(lex, items[i].text + suffix, unit);
        if (f) fromItems[i] = { ind: f.ind, breakdown: f.breakdown || breakdownIn(lex, items[i].text, f.ind), via: 'list' };
      }
    }
  }
  // 特困人员全自理、半护理、全护理照料护理标准: an item naming a tier of the last item's split is that indicator's, not the
  // programme its first words name
  const lastF = fromItems[fromItems.length - 1];
  if (lastF?.ind?.breakdowns && items.length > 1 && lex.fits(lastF.ind, unit)) {
    for (let i = 0; i < items.length - 1; i++) {
      const f = fromItems[i];
      if (!f || !f.ind || f.ind === lastF.ind || f.ind.breakdowns === lastF.ind.breakdowns) continue;
      const b = lex.breakdowns(items[i].text, 0, items[i].text.length, lastF.ind.breakdowns);
      if (b.length === 1) fromItems[i] = { ind: lastF.ind, breakdown: b[0].e.value, via: 'list' };
    }
  }
  // items with a breakdown only take the indicator of a neighbour, of the sentence, or the only fitting one
  const setOf = (bd: string) => [...lex.sets.values()].filter((st) => st.values.some((v) => v.id === bd)).map((st) => st.id);
  for (let i = 0; i < fromItems.length; i++) {
    const f = fromItems[i];
    if (!f || f.ind) continue;
    const sets = setOf(f.breakdown);
    const neighbour = fromItems.find((g) => g && g.ind && g.ind.breakdowns && sets.includes(g.ind.breakdowns));
    if (neighbour) {
      f.ind = neighbour.ind;
      continue;
    }
    // (孤儿集中、分散供养保障标准: 分散 next to an orphans' item is 社会散居)
    const orphans = SUPPLY_TO_ORPHAN_CARE[f.breakdown] ? fromItems.find((g) => g && g.ind && g.ind.breakdowns === 'orphan_care') : undefined;
    if (orphans) {
      f.ind = orphans.ind;
      f.breakdown = SUPPLY_TO_ORPHAN_CARE[f.breakdown];
      continue;
    }
    const inSentence = lex
      .aliases(n)
      .map((o) => o.e.ind)
      .find((ind) => ind.breakdowns && sets.includes(ind.breakdowns) && lex.fits(ind, unit));
    if (inSentence) {
      f.ind = inSentence;
      continue;
    }
    // the only indicator with this breakdown set (not for 城市/农村: too many indicators split that way)
    const only = lex.catalogue.indicators.filter(
      (ind) => ind.breakdowns && ind.breakdowns !== 'urban_rural' && sets.includes(ind.breakdowns) && lex.fits(ind, unit),
    );
    if (only.length === 1) f.ind = only[0];
    else fromItems[i] = null;
  }
  void s;
  return toks.map((t, i) => {
    const it = single ? items[0] : items[i];
    const base = single ? fromItems[0] : fromItems[i];
    if (!base || !base.ind || !lex.fits(base.ind, t.unit)) return [];
    let bd = base.breakdown;
    const lb = labelBd[i];
    if (lb && base.ind.breakdowns === lb.setId) bd = lb.value;
    // (孤儿基本生活费标准分别为集中供养A元、社会散居B元: a mode's label before an orphans' value)
    else if (lb && lb.setId === 'supply_mode' && base.ind.breakdowns === 'orphan_care') bd = SUPPLY_TO_ORPHAN_CARE[lb.value] ?? '';
    else if (lb && !base.ind.breakdowns && labelRightBefore[i]) {
      // (低保标准分别为城市A元、农村B元: each side's own standard)
      const twin = lb.setId === 'urban_rural' ? sideOf(lex, { ind: base.ind, breakdown: '', via: 'list' }, lb.value, t.unit).ind : base.ind;
      if (twin !== base.ind) return [{ ind: twin, breakdown: '', via: 'list' }];
      // (事实无人抚养儿童…标准分别为集中养育A元、社会散居B元: a label the indicator has no split for is a part, not the whole)
      if (!base.ind.extraBreakdowns?.includes(lb.setId)) return [];
    }
    if (bd && base.ind.breakdowns && !lex.sets.get(base.ind.breakdowns)?.values.some((v) => v.id === bd)) bd = '';
    if (!base.ind.breakdowns) bd = '';
    const out: Found[] = [{ ind: base.ind, breakdown: bd, via: 'list' }];
    for (const ex of it.extras) {
      const f = bestIn(lex, ex, t.unit);
      if (f && f.ind.id !== base.ind.id) out.push({ ind: f.ind, breakdown: f.breakdown, via: 'list' });
    }
    return out;
  });
}

/**
 * 集中和分散供养标准分别为A元、B元 / 五保供养标准分别为集中供养A元、分散供养B元: the 特困 standard of each supply mode, in
 * the order the two modes are named; the side is the one the subject or the sentence before it names (五保 is rural).
 * null: not this frame; a string: this frame, but which standard is unclear (held).
 */
function tekunModeStandards(lex: Lexicon, n: string, from: number, to: number, toks: ValueToken[]): Found[] | string | null {
  const span = n.slice(from, toks[toks.length - 1].end);
  const modes = modesNamed(span);
  if (modes.length !== 2 || modes[0] === modes[1]) return null;
  const subject = n.slice(from, to);
  if (!/标准/.test(subject) || NOT_STANDARD.test(subject) || CARE_TIER.test(span) || /护理|照料/.test(span)) return null;
  // the programme named last before the list is 特困 (五保), not 孤儿 or 低保
  const progs = [...n.slice(0, to).matchAll(/特困|五保|孤儿|儿童|低保|最低生活保障/g)];
  if (!progs.length || !/特困|五保/.test(progs[progs.length - 1][0])) return null;
  if (toks.length !== 2) return '集中供养、分散供养分列的标准,数值个数不符';
  const sideWords = (str: string): Set<string> => {
    const out = new Set<string>();
    for (const m of str.matchAll(/(城乡|城市|城镇|农村牧区|农村|牧区)?(?:居民)?(?:享受)?(?:特困|五保)/g)) {
      if (m[1] === '城乡') out.add('城乡');
      else if (m[1]) out.add(/城/.test(m[1]) ? '城市' : '农村');
      else if (m[0].startsWith('五保')) out.add('农村');
    }
    return out;
  };
  let sides = new Set<string>();
  if (/城乡/.test(subject)) return '城乡特困人员集中、分散供养标准,未分城乡';
  if (/城市|城镇/.test(subject)) sides.add('城市');
  if (/农村|牧区|五保/.test(subject)) sides.add('农村');
  if (sides.size > 1) return '城市、农村与集中、分散供养交叉,无法一一对应';
  if (!sides.size) {
    sides = sideWords(n.slice(0, from));
    if (sides.has('城乡') || sides.size > 1) sides = new Set();
  }
  const side = [...sides][0];
  const ind = lex.byId.get('tekun_std' + (side === '城市' ? '_urban' : side === '农村' ? '_rural' : ''));
  if (!ind || !toks.every((t) => lex.fits(ind, t.unit))) return null;
  return modes.map((m) => ({ ind, breakdown: m, via: 'list' as const }));
}

/**
 * 分别为760、610元/人·月 / 分别由700、560元提高到760、610元: bare numbers before a list item with a unit, in a clause with 分别,
 * are items of the list and share that item's unit (and role); tokens are added to `toks` in place.
 */
const BARE_LIST = /(分别[^,;:。\d]{0,8}?|(?:提高|增加|调整|上调|提升)(?:到|至|为))((?:\d[\d,.]*\s*[、和及与]\s*)+)(?=\d)/g;
function sharedUnitItems(n: string, orig: string, toks: ValueToken[]): void {
  for (const m of n.matchAll(BARE_LIST)) {
    const at = m.index! + m[1].length;
    if (!m[1].startsWith('分别') && !/分别/.test(n.slice(clauseStart(n, m.index!), m.index!))) continue;
    const next = toks.find((t) => t.numStart === at + m[2].length);
    if (!next || !next.unit || next.malformed || /^[万亿]$/.test(next.unit) || /[年月日]$/.test(n.slice(next.end, next.end + 1))) continue;
    let p = at;
    const made: ValueToken[] = [];
    for (const x of m[2].matchAll(/(\d[\d,.]*?)(\s*[、和及与]\s*)/g)) {
      const v = parseArabic(x[1]);
      made.push({ start: p, numStart: p, end: p + x[1].length, raw: orig.slice(p, p + x[1].length), value: v.value, unit: next.unit, qualifier: 'exact', role: next.role });
      p += x[0].length;
      // (a number that does not parse: the list is left as it was)
      if (v.problem || !Number.isFinite(v.value)) made.length = 0;
    }
    if (made.length) toks.splice(toks.indexOf(next), 0, ...made);
  }
}

const NEW_LIST_VERB = /^(?:提高到|提高至|提升到|提升至|调整为|调整到|调整至|增至|增加到|增加至|上调至|上调到|达到|到|至)/;
const SLASH_ITEM = '\\d[\\d,.]*\\/[月年]';
const SLASH_LISTS = new RegExp(`分别(?:由|从)((?:${SLASH_ITEM}\\s*[、和及与]\\s*)+${SLASH_ITEM})(提高到|提高至|提升到|提升至|调整为|调整到|增加到|增至)((?:${SLASH_ITEM}\\s*[、和及与]\\s*)+${SLASH_ITEM})`);
/**
 * 分别从每人每月A元、B元提高到C元、D: the new values share the old list's period, and a bare last one (its 元 lost) is
 * an item too; 分别从A/月和B/月提高至C/月和D/月: items written with their 元 lost are 元 per person and month (year), when
 * both lists are written so and have as many items. Tokens are updated or added to `toks` in place.
 */
function oldNewListUnits(n: string, orig: string, toks: ValueToken[]): void {
  const sl = n.includes('/') ? SLASH_LISTS.exec(n) : null;
  if (sl) {
    const items = (list: string, at: number, role: ValueToken['role']) => [...list.matchAll(/(\d[\d,.]*)\/([月年])/g)].map((x) => {
      const start = at + x.index!;
      const end = start + x[0].length;
      const v = parseArabic(x[1]);
      return { tok: { start, numStart: start, end, raw: orig.slice(start, end), value: v.value, unit: x[2] === '月' ? '元/人·月' : '元/人·年', qualifier: 'exact' as Qualifier, role }, ok: !v.problem, per: x[2] };
    });
    const olds = items(sl[1], sl.index + 3, 'previous');
    const news = items(sl[3], sl.index + sl[0].length - sl[3].length, 'value');
    const all = [...olds, ...news];
    const first = all[0].tok.start;
    const last = all[all.length - 1].tok.end;
    if (olds.length === news.length && all.every((x) => x.ok && x.per === all[0].per) && !toks.some((t) => t.start < last && t.end > first)) {
      const at = toks.findIndex((t) => t.start >= last);
      toks.splice(at < 0 ? toks.length : at, 0, ...all.map((x) => x.tok));
    }
  }
  for (const m of n.matchAll(/分别(?:由|从)/g)) {
    const olds = listAfter(n, toks, m.index! + 3);
    const unit = olds.length >= 2 ? olds[0].unit : '';
    if (!/^元\/人·[月年]$/.test(unit) || !olds.every((x) => x.role === 'previous' && (x.unit === unit || x.unit === '元'))) continue;
    const lastOld = olds[olds.length - 1];
    if (!NEW_LIST_VERB.test(n.slice(lastOld.end))) continue;
    const news = listAfter(n, toks, lastOld.end);
    if (news.length < 1 || news.length > olds.length || !news.every((x) => x.role === 'value' && (x.unit === unit || x.unit === '元'))) continue;
    const lastNew = news[news.length - 1];
    // (…提高到C元、D。: the last item's unit lost before the sentence or clause ends)
    const tail = news.length === olds.length - 1 ? /^\s*[、和及与]\s*(\d[\d,.]*\d|\d)(?=\s*(?:[。;,]|$))/.exec(n.slice(lastNew.end)) : null;
    if (news.length !== olds.length && !tail) continue;
    for (const x of news) x.unit = unit;
    if (!tail) continue;
    const at = lastNew.end + tail[0].length - tail[1].length;
    const v = parseArabic(tail[1]);
    if (v.problem) continue;
    toks.splice(toks.indexOf(lastNew) + 1, 0, { start: at, numStart: at, end: at + tail[1].length, raw: orig.slice(at, at + tail[1].length), value: v.value, unit, qualifier: 'exact', role: 'value' });
  }
}

/** 集中和分散供养 / 集中供养、分散供养 / 分散和集中: the supply modes a span names, in order ([] when it names no 供养). */
function modesNamed(span: string): string[] {
  if (!/供养/.test(span)) return [];
  return [...span.matchAll(/集中|分散|散养/g)].map((m) => (m[0] === '集中' ? '集中供养' : '分散供养'));
}

/**
 * 城乡特困人员集中供养标准 / 城市和农村特困人员集中供养标准: the one mode a list's subject names for all its items (in
 * the words the items share: no item but the last names a standard), or ''.
 */
function sharedMode(subject: string): string {
  const modes = modesNamed(subject);
  if (modes.length !== 1) return '';
  const lastSep = Math.max(...[...subject.matchAll(/[、和及与]/g)].map((m) => m.index!), -1);
  const at = subject.search(/集中|分散|散养/);
  return lastSep < 0 || at < subject.search(/[、和及与]/) || (at > lastSep && !/标准|供养/.test(subject.slice(0, lastSep))) ? modes[0] : '';
}

/** 集中/分散 (供养) said of orphans: 机构养育 / 社会散居. */
const SUPPLY_TO_ORPHAN_CARE: Record<string, string> = { 集中供养: '机构养育', 分散供养: '社会散居' };
function orphanCareOf(lex: Lexicon, text: string, ind: IndicatorDef): string {
  if (ind.breakdowns !== 'orphan_care') return '';
  const b = lex.breakdowns(text).find((o) => o.e.setId === 'supply_mode');
  return b ? SUPPLY_TO_ORPHAN_CARE[b.e.value] ?? '' : '';
}

/** A 、 list opened by 新增/新纳入 (…新增城乡低保对象125人、特困供养对象): the item is a new count too. */
const NEW_LIST_BEFORE = /(新增|新纳入|新建)[^,;:。]*、\s*$/;
const THIS_PERIOD = /今年|本年|年内|当年|上半年|前三季度|1\s*[-—~至]\s*\d{1,2}月/;
/** A clause opening (after a time and the area, 2021年上海) with 新增/新建 and counting something. */
const NEW_HEAD_CLAUSE = /^\s*(?:(?:19|20)\d{2}年度?|全年|今年|年内|上半年|下半年|本年)?[,]?\s*(?:[全本我][省市区县]|[\u4e00-\u9fff]{2,6}?)?(?:共|累计)?(?:新增|新建成|新建)[^,;:。]*\d/;
/** A bare item of a list: a name and its count, no verb (助餐场所188个). */
const BARE_ITEM = /^\s*[\u4e00-\u9fff()()]{2,16}?\d[\d.]*\s*万?[\u4e00-\u9fff]\s*[,]$/;
/** 新增A中心46家,助餐场所188个,养老床位4720张: the clause at cs follows bare items back to a clause headed by 新增 (commas only). */
function newListRun(n: string, cs: number): boolean {
  let end = cs;
  for (let i = 0; i < 8 && end > 0 && n[end - 1] === ','; i++) {
    const c = clauseBefore(n, end);
    if (NEW_HEAD_CLAUSE.test(c)) return true;
    if (!BARE_ITEM.test(c) || /新增|新建|现有|共有|达到|累计|总数|合计/.test(c)) return false;
    end -= c.length;
  }
  return false;
}

/** The 新增 counterpart of a stock indicator (tekun_persons → tekun_new_persons, elder_beds → elder_beds_new). */
function newCounterpart(lex: Lexicon, ind: IndicatorDef, unit: string): IndicatorDef | undefined {
  const i = ind.id.indexOf('_');
  for (const id of [ind.id.slice(0, i) + '_new' + ind.id.slice(i), ind.id + '_new']) {
    const x = lex.byId.get(id);
    if (x && lex.fits(x, unit)) return x;
  }
  return undefined;
}

const MONEY_BEFORE_BARE = /(资金|救助金|补助金|保障金|供养金|低保金|生活费|津贴|补贴|经费|善款|款物|支出)(共计|合计|总计|共|达到|达|为|约)?\s*$/;
const STOCK_AFTER_MOVES = /^\s*(?:共有|现有|共计|合计|总计|累计有|在册|在保|目前有|尚有)\s*$/;
function stockAfterMoves(lex: Lexicon, sentRecords: { ind: IndicatorDef; breakdown: string }[], unit: string): Found | null {
  const mv = [...sentRecords].reverse().find((r) => /^(dibao|tekun)_(new|exit)_/.test(r.ind.id));
  if (!mv) return null;
  const ind = lex.byId.get(mv.ind.id.replace(/_(new|exit)_.*$/, '') + (/户$/.test(unit) ? '_households' : '_persons'));
  return ind && lex.fits(ind, unit) ? { ind, breakdown: ind.breakdowns ? mv.breakdown : '', via: 'left' } : null;
}
/** 较上月新增A户、 before a count: the admissions since the month before. */
const MONTH_NEW_BEFORE = /(?:较|比)上月(?:新增|新纳入)了?\s*(?:[\d.]+\s*万?(?:户|人|名)\s*[、和及]?\s*)*$/;
const GROSS_EXIT_QUICK = /退出|取消|清退|停保|停发|注销/;
const ADDED_PROG = '(?:城乡|城市|城镇|农村)?(?:居民)?(?:低保|最低生活保障|特困|五保)(?:供养)?(?:对象|户|人员)?';
/** 低保对象累计增加A户: the programme, then 增加 right before the first count. */
const ADDED_TO_PROG = new RegExp(`${ADDED_PROG}(?:累计|共)?增加了?\\s*$`);
/** 全县累计增加低保对象A户: 增加 and the programme right before the first count. */
const ADDED_BEFORE_PROG = new RegExp(`(?:累计|共)?增加了?${ADDED_PROG}\\s*$`);
const EXITS_AFTER = /^\s*[,,、;]\s*(?:退出|取消|清退|停保|停发|注销)了?\s*\d/;
/** The counts grossAdded() read as admissions (only these take 增加 as a movement). */
const GROSS_ADDED = new WeakSet<ValueToken>();
/** 低保对象累计增加A户B人,退出C户D人: the counts after 增加 (a change by default) are the programme's admissions. */
function grossAdded(n: string, toks: ValueToken[]): void {
  for (let i = 0; i < toks.length; i++) {
    const role = toks[i].role;
    if (role !== 'change' && role !== 'value') continue;
    const lead = n.slice(clauseStart(n, toks[i].start), toks[i].start);
    // (增加低保对象A户B人: the programme between 增加 and the first count, which is no change by itself)
    if (!(ADDED_BEFORE_PROG.test(lead) || (role === 'change' && ADDED_TO_PROG.test(lead))) || /比|较|同期|环比/.test(lead)) continue;
    let j = i;
    while (j + 1 < toks.length && /^\s*[、和及]?\s*$/.test(n.slice(toks[j].end, toks[j + 1].start))) j++;
    if (!EXITS_AFTER.test(n.slice(toks[j].end, toks[j].end + 12))) continue;
    for (let k = i; k <= j; k++) {
      toks[k].role = 'value';
      GROSS_ADDED.add(toks[k]);
    }
    i = j;
  }
}
const MOVE_WORD = /(新增|新纳入|增加|调入|调进|退出|调出|取消|停保|停发|清退|自然减员|减员)了?$/;
const PROG_BEFORE_MOVE = /(城乡|城市|城镇|农村)?(?:居民)?(低保|特困|五保|最低生活保障)(?:供养)?(?:对象|户|人员)?$/;
/** 城市低保新增276户462人,退出374户714人: new or exited counts of a programme named before the (first) movement word. */
const MOVE_THEN_PROG = /(新增|新纳入|增加|调入|调进|退出|调出|取消|停保|清退)了?((城乡|城市|城镇|农村)?(?:居民)?(低保|特困|五保|最低生活保障)(?:供养)?(?:对象|户|人员)?)$/;
function programmeMove(lex: Lexicon, n: string, cs: number, chainStart: number, unit: string, gross = false): Found | null {
  const clause = n.slice(cs, chainStart).trim();
  // 城市低保新增A户 / 取消农村低保A户
  const before = (c: string): { move: string; prog: RegExpExecArray | null; bare: boolean } | null => {
    const mp = MOVE_THEN_PROG.exec(c);
    if (mp) return { move: mp[1], prog: PROG_BEFORE_MOVE.exec(mp[2]), bare: false };
    const m = MOVE_WORD.exec(c);
    return m ? { move: m[1], prog: PROG_BEFORE_MOVE.exec(c.slice(0, m.index)), bare: m.index === 0 } : null;
  };
  // (城市低保对象累计增加A户B人: 累计 between the programme and its movement; the exits after it stay held, their span unsaid)
  const here = before(clause.replace(/(?:累计|共)(?=(?:新增|新纳入|增加)了?$)/, ''));
  // (增加 is a movement only for the counts grossAdded() read as admissions)
  if (!here || (here.move === '增加' && !gross)) return null;
  let prog = here.prog;
  // (年底在册城市低保户A户B人,其中:新增C户D人,取消E户F人: the year's movements of the year-end caseload before 其中)
  if (!prog && n.includes('其中')) prog = caseloadOfParts(n, chainStart);
  if (!prog && here.bare && cs > 0) {
    // the programme of the previous clause's movement: …城市低保新增A户B人,退出C户D人 / 取消农村低保A户B人,新增C户D人
    const prev = n.slice(clauseStart(n, cs - 1), cs - 1).trim();
    const pm = /^(.*?)[\d.万户人、和余名\s]+$/.exec(prev);
    const pb = pm ? before(pm[1]) : null;
    if (pb) prog = pb.prog;
  }
  if (!prog && !here.bare) {
    // 新增城乡低保A户B人、退出C户D人 / 特困供养新增A户B人、停发C户D人: the programme of the movement before the 、
    const mw = MOVE_WORD.exec(clause)!;
    const pm = /^(.*?)[\d.万户人余名\s]+、\s*$/.exec(clause.slice(0, mw.index));
    const pb = pm ? before(pm[1].trim()) : null;
    if (pb) prog = pb.prog;
  }
  if (!prog && /^(?:较|比)上月(?:新增|新纳入)了?$/.test(clause) && cs > 0) {
    // 全区有低保对象A户、B人,较上月新增C户、D人,退出E户、F人: the stock's programme, when exits follow the counts
    const after = /^[\d.万户人、和余名\s]+/.exec(n.slice(chainStart, chainStart + 40));
    const prev = n.slice(clauseStart(n, cs - 1), cs - 1).trim();
    const pm = /^(.*?(?:^|[区县市旗]|有|共有|现有|在册|在保))((?:城乡|城市|城镇|农村)?(?:低保|最低生活保障|特困)(?:供养)?(?:对象|户|人员)?)[\d.万户人、和余名\s]+$/.exec(prev);
    if (after && pm && EXITS_AFTER.test(n.slice(chainStart + after[0].length - 1, chainStart + after[0].length + 12).replace(/^[^,,、;]/, ''))) prog = PROG_BEFORE_MOVE.exec(pm[2]);
  }
  if (!prog) return null;
  const fam = prog[2] === '低保' || prog[2] === '最低生活保障' ? 'dibao' : 'tekun';
  const m = [here.move, here.move];
  const isNew = /新|增加|调入|调进/.test(m[1]);
  const ind = lex.familyMembersOf(fam).find((x) => (isNew ? lex.isNewIndicator(x) : /_exit_/.test(x.id)) && lex.fits(x, unit))
    ?? lex.catalogue.indicators.find((x) => x.id.startsWith(fam + '_') && (isNew ? /_new_/.test(x.id) : /_exit_/.test(x.id)) && lex.fits(x, unit));
  if (!ind) return null;
  const w = prog[1] || (prog[2] === '五保' ? '农村' : '');
  const bd = !ind.breakdowns ? '' : /城市|城镇/.test(w) ? '城市' : w === '农村' ? '农村' : '';
  return { ind, breakdown: bd, via: 'left' };
}

const MOVES_OF_PARTS = /^其中[::,]?\s*(?:[\u4e00-\u9fff]{2}\s*[\d.]+\s*(?:户\s*[\d.]+\s*人|户|人)\s*[,、]\s*)*(?:新增|取消|退出)了?$/;
const CASELOAD_OF_PARTS = /^(?:.*?(?:[区县市旗]|有|共有|现有|在册|在保))?((?:城乡|城市|城镇|农村)?(?:低保|最低生活保障)(?:对象|户)?)\s*[\d.]+\s*万?户(?:\s*[\d.]+\s*万?人)?$/;
/** 2011年底,在册城市低保户A户B人,其中:新增…,取消…: the 低保 caseload of a stock whose parts list its movements. */
function caseloadOfParts(n: string, chainStart: number): RegExpExecArray | null {
  const at = n.lastIndexOf('其中', chainStart);
  // (a stock dated within the year, 截至6月底…, leaves the movements' span unsaid)
  if (at < 0 || !MOVES_OF_PARTS.test(n.slice(at, chainStart).trim()) || /月|季度|半年/.test(n.slice(0, at))) return null;
  const end = /[,,]\s*$/.test(n.slice(0, at)) ? n.slice(0, at).search(/[,,]\s*$/) : at;
  const pm = CASELOAD_OF_PARTS.exec(n.slice(clauseStart(n, end), end).trim());
  return pm ? PROG_BEFORE_MOVE.exec(pm[1]) : null;
}

/** Whether the last figure of `ind` read before `pos` (bar supply-mode parts and remarks in closed brackets) is its whole. */
/** A number right after a name, its unit lost: neither a unit, a date, nor a code follows (收养登记99 / 婚姻登记26办理) */
// (a quick test that some number in the sentence may be one: digits not followed by a unit or a digit)
const UNIT_LOST_ANY = /[\u4e00-\u9fff](?:为|有|共|达)?\d{1,6}(?![\d.%％万亿千百十余多元人户个家处张名位所对件具次年月日号岁周天时分秒倍期批项条季宗起例床间套只辆座])/;
const UNIT_LOST = /^(?:为|有|共|达)?(\d{1,6})(?=$|[。,;,;!！]|[\u4e00-\u9fff](?<![万亿千百十余多元人户个家处张名位所对件具次年月日号岁周天时分秒倍期批项条季宗起例床间套只辆座])|\s*$)/;

/** Inside a bracket at `pos` of a normalised sentence (its brackets are ASCII). */
function inBracket(n: string, pos: number): boolean {
  return n.lastIndexOf('(', pos) > n.lastIndexOf(')', pos);
}

/** The sentence filed a 特困 count whole, both its sides and one supply mode: it lists the whole's facets. */
function facetsListed(lex: Lexicon, recs: { ind: IndicatorDef; breakdown: string }[]): boolean {
  const bds = new Set(recs.filter((x) => lex.family(x.ind.id) === 'tekun' && x.ind.kind === 'count').map((x) => x.breakdown));
  return bds.has('') && bds.has('城市') && bds.has('农村') && [...bds].some((b) => SUPPLY_MODE_VALUES.has(b));
}

function wholeIsLast(n: string, sentRecords: { ind: IndicatorDef; breakdown: string; t?: ValueToken }[], ind: IndicatorDef, pos: number): boolean {
  for (let k = sentRecords.length - 1; k >= 0; k--) {
    const w = sentRecords[k];
    if (w.ind.id !== ind.id || SUPPLY_MODE_VALUES.has(w.breakdown)) continue;
    if (w.t && inBracket(n, w.t.start)) {
      const close = n.indexOf(')', w.t.end);
      if (close >= 0 && close < pos) continue;
    }
    // (特困人员A人,城市B人,农村C人,集中供养D人: after the whole and both its sides, a mode is the whole's again)
    if (w.breakdown === '城市' || w.breakdown === '农村') {
      const bds = new Set(sentRecords.slice(0, k + 1).filter((x) => x.ind.id === ind.id).map((x) => x.breakdown));
      if (bds.has('') && bds.has('城市') && bds.has('农村')) return true;
    }
    return w.breakdown === '';
  }
  return false;
}

/**
 * True when the family's records since its last amount in the sentence name more than one breakdown
 * (城市A人、农村B人 → the money after them is the whole's; 城市A人,发放C万元,农村B人 → the rural one's).
 */
function splitSinceMoney(lex: Lexicon, sentRecords: { ind: IndicatorDef; breakdown: string }[], fam: string | undefined): boolean {
  const since = new Set<string>();
  for (const x of sentRecords) {
    if (lex.family(x.ind.id) !== fam) continue;
    if (kindOfUnit(x.ind.unit) === 'money') since.clear();
    else since.add(x.breakdown);
  }
  return since.size > 1;
}

/** The sentence's last two counts are of two families joined in one list (孤儿A名和事实无人抚养儿童B名), no amount after them. */
function countedTwoSinceMoney(lex: Lexicon, n: string, sentRecords: { ind: IndicatorDef; breakdown: string; t?: ValueToken }[]): boolean {
  const b = sentRecords[sentRecords.length - 1];
  const a = sentRecords[sentRecords.length - 2];
  if (!a || !b || a.ind.kind !== 'count' || b.ind.kind !== 'count' || !a.t || !b.t) return false;
  const fa = lex.family(a.ind.id);
  const fb = lex.family(b.ind.id);
  return !!fa && !!fb && fa !== fb && /^[^,,;;:。]*[和及与、][^,,;;:。]*$/.test(n.slice(a.t.end, b.t.start));
}

/** The last run of a family's records in the sentence is money of both sides (城市低保金A万元、农村低保金B万元). */
function moneySplitLast(lex: Lexicon, sentRecords: { ind: IndicatorDef; breakdown: string }[], fam: string | undefined): boolean {
  if (!fam) return false;
  const sides = new Set<string>();
  for (let i = sentRecords.length - 1; i >= 0; i--) {
    const x = sentRecords[i];
    if (lex.family(x.ind.id) !== fam) continue;
    if (kindOfUnit(x.ind.unit) !== 'money') break;
    if (x.breakdown) sides.add(x.breakdown);
  }
  return sides.size > 1;
}

const LATER_MONTH_FROM = /[,,;;]\s*(?:自|从)(?:今年|本年)?\s*(?:\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月份?(?:开始|起)[,,]?[^,,;;。\d]*$/;
const EXIT_VERB_BEFORE = /(?:取消|停发|清退|停保)了?\s*$/;
const EXIT_OF_PROGRAMME = /^\s*的?(城乡|城市|城镇|农村)?(?:居民)?(?:低保|最低生活保障)(?:待遇|资格)/;
const TWO_SUBSIDY_MONEY = /^\s*(?:今年以来|全年|年内|今年)?\s*(?:共|累计)?(?:发放|支出|拨付)(?:补贴)?(?:资金|金)(?:共|共计|合计)?(?:达到|达|为)?\s*$/;
const RURAL_STD_NAMED = /(?:农民|农村)(?:居民)?(?:低保|最低生活保障)(?:保障)?标准/;
const NEW_SIDE_LEAD = /(?:从|由)\s*\d[^。;;从由]*?(?:扩大|增加|增长|提高|提升|上升|发展)(?:到|至)\s*(?:(?:今年|本年)?\s*\d{1,2}\s*月份?(?:底|末)?\s*(?:统计的?|的)?|目前的?|现在的?)?\s*$/;
function resolveSingle(
  lex: Lexicon,
  n: string,
  t: ValueToken,
  prevEnd: number,
  cs: number,
  ce: number,
  lastRec: { ind: IndicatorDef; breakdown: string; t?: ValueToken } | undefined,
  sentRecords: { ind: IndicatorDef; breakdown: string }[],
  chainEnd = t.end,
  chainStart = t.start,
): Found | null {
  const unit = t.unit;
  const primaryFrom = Math.max(prevEnd, cs);
  const ranges: [number, number][] = [[primaryFrom, t.start]];
  // 全区低保对象从A户B人,全年发放C万元,扩大到今年10月份统计的D户E人: the new side is the subject's, named before 从
  const from = NEW_SIDE_LEAD.exec(n.slice(0, chainStart));
  if (from) ranges.unshift([clauseStart(n, from.index), from.index]);
  if (prevEnd < cs) ranges.push([prevEnd, t.start]);
  if (prevEnd > cs) ranges.push([cs, t.start]);
  // a standard named before an earlier value of the sentence: 低保标准提高了50元,达到每人每月900元
  if (isStdUnit(unit) && unit !== '元' && Math.min(prevEnd, cs) > 0) ranges.push([0, t.start]);
  // 特困供养新增A户B人: the programme's name (an alias of its stock) right before the movement word
  // (特困供养新增 80 户 86 人: the counts before this one in a spaced chain)
  const counts = /(\s*[\d.]+\s*万?(户|人|名)[、和及]?\s*)+$/.exec(n.slice(cs, chainStart));
  const moveEnd = counts ? cs + counts.index : chainStart;
  // (新增特困供养人员A人、退出B人: a movement word after 、 is that programme's movement, not the alias before it)
  if (/(低保|特困|五保)(供养)?(对象|户|人员)?(累计|共)?(新增|新纳入)了?$|^(?:较|比)上月(?:新增|新纳入)了?$/.test(n.slice(cs, moveEnd).trim()) || (GROSS_ADDED.has(t) && /增加了?$/.test(n.slice(cs, moveEnd).trim())) || /、\s*(退出|调出|取消|停保|停发)了?\s*$/.test(n.slice(cs, moveEnd))) {
    const mv = programmeMove(lex, n, cs, moveEnd, unit, GROSS_ADDED.has(t));
    if (mv) return mv;
  }
  // 为N名60岁以上老人办理优待证: a count naming its own persons (no programme's) and an act after them does not
  // take the programme of an earlier clause
  if (prevEnd < cs && n.includes('为') && /为\s*$/.test(n.slice(cs, t.start)) && ownPersonsActed(lex, n, t)) {
    for (let i = ranges.length - 1; i >= 0; i--) if (ranges[i][0] < cs) ranges.splice(i, 1);
  }
  // 为35位五保对象、42位"三无"对象42人: after an earlier value of the clause, a group of its own the lexicon does not
  // know (…对象/…人员) names this value; the names further left are the earlier value's
  // 为35位五保对象、42位"三无"对象: a count in 位 names its group right after it, not before
  // (…16.69万名城乡低保对象、1.3万名特困供养人员、951名孤儿: a list of counts in 名 each naming its group after it)
  // (…A名农村低保对象,B名城市低保对象: a count in 名 opening its clause, a known name right after it, names that group)
  if ((/位$/.test(n.slice(t.start, t.end)) || (/名$/.test(n.slice(t.start, t.end)) && (/(?:、|和|(?<![惠涉普顾以])及)\s*$/.test(n.slice(Math.max(cs, t.start - 2), t.start)) || (prevEnd < cs && cs > 0 && !n.slice(cs, t.start).trim() && lex.aliases(n, t.end, Math.min(n.length, t.end + 16)).some((o) => o.start === t.end)))))
    && /^["'“”‘’]?[\u4e00-\u9fff]/.test(n.slice(t.end))) ranges.length = 0;
  if (prevEnd > cs && OWN_GROUP.test(n.slice(primaryFrom, t.start).replace(/["'“”‘’\s]/g, '')) && !lex.aliases(n, primaryFrom, t.start).length) return null;
  const kind = townshipKind(lex, n, n.slice(primaryFrom, t.start), unit, n.slice(t.end, t.end + 12));
  if (kind) return kind;
  // 按每人每月A元保障重点困境儿童B名: the group the rate pays is named after it (not a standard named earlier in the sentence)
  if (isStdUnit(unit) && /按(照)?\s*$/.test(n.slice(cs, t.start)) && /^\s*保障/.test(n.slice(t.end))) {
    const r = rightOfValue(lex, n, t, ce, primaryFrom, lastRec, sentRecords);
    if (r && r.via === 'right' && r.ind.kind === 'standard') return r;
  }
  // (the ranges, then the words after the value, are read by module-level parts: small functions are optimised sooner)
  const left = leftOfValue(lex, n, t, ranges, prevEnd, cs, primaryFrom, lastRec, sentRecords, chainEnd, chainStart);
  if (left !== undefined) return left;
  const right = rightOfValue(lex, n, t, ce, primaryFrom, lastRec, sentRecords);
  // 为1320户2480人发放城市低保金: a count of households opening a chain takes the programme named right after the chain
  // (共有A户、B名城市低保对象 / A万户、B万农村低保对象: the people named right after the chain, whose households these are)
  if (!right && /^万?户$/.test(unit) && chainEnd > t.end && /^[、和及与]?\s*[\d.]+\s*万?[人名]?$/.test(n.slice(t.end, chainEnd))) {
    const after = rightOfValue(lex, n, { ...t, end: chainEnd }, Math.max(ce, clauseEnd(n, chainEnd)), primaryFrom, lastRec, sentRecords);
    if (after && after.via === 'right' && after.occ && lex.family(after.ind.id) && /^[^,;:。]{0,3}(发放|享受|纳入)/.test(n.slice(chainEnd, after.occ.start))) return after;
    if (after && after.via === 'right' && after.occ && lex.family(after.ind.id) && after.occ.start === chainEnd && after.ind.kind === 'count' && /(对象|人员)$/.test(after.occ.e.text)) return after;
  }
  // 城市低保对象A户,B人、农村低保对象C户,D人: the persons of the households just counted; the name after 、 opens the next pair
  if (right && right.via === 'right' && right.occ && /^万?人$/.test(unit) && lastRec?.t && /^万?户$/.test(lastRec.t.unit) && /^\s*[,,]\s*$/.test(n.slice(lastRec.t.end, t.start))
    && /^\s*[、,,]\s*$/.test(n.slice(t.end, right.occ.start)) && /^\s*(?:为|有|共)?\s*[\d.]+\s*万?户/.test(n.slice(right.occ.end, right.occ.end + 12))) return familyWords(lex, n, t, primaryFrom, lastRec, sentRecords);
  return right;
}

/** The indicator named before the value, nearest range first; null when the clause names another subject, undefined when none (part of resolveSingle). */
function leftOfValue(
  lex: Lexicon,
  n: string,
  t: ValueToken,
  ranges: [number, number][],
  prevEnd: number,
  cs: number,
  primaryFrom: number,
  lastRec: { ind: IndicatorDef; breakdown: string; t?: ValueToken } | undefined,
  sentRecords: { ind: IndicatorDef; breakdown: string; t?: ValueToken }[],
  chainEnd: number,
  chainStart: number,
): Found | null | undefined {
  const unit = t.unit;
  for (let r = 0; r < ranges.length; r++) {
    const a = ranges[r][0];
    const b = ranges[r][1];
    const occ = lex.aliases(n, a, b).filter((o) => !(o.e.ind.kind === 'standard' && NOT_STANDARD.test(n.slice(o.end, t.start))));
    const fitting = dropContained(occ.filter((o) => lex.fits(o.e.ind, unit)));
    // 特困供养机构(敬老院)A所: a name in brackets right after another name that fits is its gloss, not the subject
    const direct = fitting.length > 1 ? fitting.filter((o) => !(n[o.start - 1] === '(' && n[o.end] === ')' && fitting.some((p) => p.end === o.start - 1 && p.e.ind.id !== o.e.ind.id))) : fitting;
    // 城市低保累计保障11402人次389.71万元: money right after a count of the subject named before both
    const afterCount = r > 0 && a === cs && prevEnd === t.start && kindOfUnit(unit) === 'money';
    // (特困人员1186人、低保边缘家庭393户839人: the second value of a chain counts the chain's subject in its own unit)
    const inChain = r > 0 && chainStart < t.start && a <= chainStart && /^[\s、和及]*$/.test(n.slice(prevEnd, t.start));
    const sib = r === 0 || afterCount || inChain ? dropContained(occ).filter((o) => !lex.fits(o.e.ind, unit) && lex.siblings(o.e.ind, unit).length) : [];
    type C = { o: Occ<AliasEntry>; ind: IndicatorDef; sibling: boolean };
    // (built by push from a literal: one array shape, no deoptimisation of this function on a new one)
    const cands: C[] = [];
    for (const o of direct) cands.push({ o, ind: o.e.ind, sibling: false });
    for (const o of sib) cands.push({ o, ind: lex.siblings(o.e.ind, unit)[0], sibling: true });
    // (the bare programme name reads as its standard: 城市低保 → its money, 孤儿 → 孤儿基本生活保障支出)
    // (孤儿基本生活费37.44万元: a standard's name ending in 生活费 right before money is the money paid)
    // (城市最低生活保障金支出320.5万元: a programme's name read as its standard, with 金 and 支出 after it, is its money)
    const moneyNamed = (o: Occ<AliasEntry>) => (/生活费$/.test(o.e.text) && /^\s*(共|共计|合计)?\s*$/.test(n.slice(o.end, t.start)))
      || (!!PROGRAMME_MONEY[o.e.ind.id] && /^(金|资金)(支出|累计支出)?(决算数)?(共|共计|合计|为|达)?\s*$/.test(n.slice(o.end, t.start)));
    const feeNamed = kindOfUnit(unit) === 'money' && occ.some(moneyNamed);
    if ((afterCount || feeNamed) && !cands.length) {
      for (const o of feeNamed && !afterCount ? occ.filter(moneyNamed) : occ) {
        const pm = PROGRAMME_MONEY[o.e.ind.id];
        const ind = pm && lex.byId.get(pm[0]);
        if (ind && lex.fits(ind, unit)) return { ind, breakdown: pm[1], via: 'left', occ: o };
      }
    }
    if (cands.length) {
      cands.sort((x, y) => y.o.end - x.o.end || Number(x.sibling) - Number(y.sibling) || y.o.end - y.o.start - (x.o.end - x.o.start));
      const c = cands[0];
      // 其中,城市特困人员A人,农村特困人员B人,供养标准为C元: named after both parts, and the urban part has no
      // standard of its own in the sentence, the standard is the whole programme's
      const side = /_(rural|urban)$/.exec(c.ind.id);
      if (side && c.ind.kind === 'standard' && c.o.end <= cs && unit !== '元/人·年') {
        const other = c.ind.id.replace(/_(rural|urban)$/, side[1] === 'rural' ? '_urban' : '_rural');
        const whole = lex.byId.get(c.ind.id.replace(/_(rural|urban)$/, ''));
        const otherWord = side[1] === 'rural' ? '城市' : '农村';
        const bothParts = lex.aliases(n, 0, c.o.start).some((o) => o.e.ind.id === other) || lex.breakdowns(n, 0, c.o.start, 'urban_rural').some((o) => o.e.value === otherWord);
        if (whole && lex.fits(whole, unit) && bothParts && !sentRecords.some((x) => x.ind.id === other)) return { ind: whole, breakdown: '', via: 'left', occ: c.o };
      }
      // 实施临时救助77人,发放救助资金15万元: a generic money word belongs to the family just counted
      if (GENERIC_FUNDS.test(c.o.e.text)) {
        const named = new Map<string, IndicatorDef>();
        for (const o of lex.aliases(n, 0, c.o.start)) named.set(lex.family(o.e.ind.id) ?? o.e.ind.id, o.e.ind);
        const only = named.size === 1 ? [...named.values()][0] : undefined;
        if (only && lex.family(only.id) && lex.family(only.id) !== lex.family(c.ind.id)) {
          const sib = lex.fits(only, unit) ? only : lex.siblings(only, unit)[0];
          if (sib) return { ind: sib, breakdown: '', via: 'family', occ: c.o };
        }
        // 城市低保A户,共计B人,当月共接受救助资金C万元: the programme named by its standard's alias (城市低保) and just
        // counted takes the money, with the side counted (no other programme and no other split named since)
        const progFam = (x: IndicatorDef) => lex.family(x.id) ?? (x.kind === 'standard' ? STD_PROGRAMME.exec(x.id)?.[1] : undefined);
        const lastFam = lastRec && lex.family(lastRec.ind.id);
        if (only && !lex.family(only.id) && lastFam && /^(dibao|tekun)$/.test(lastFam) && progFam(only) === lastFam && lastFam !== lex.family(c.ind.id) && lastRec!.t && lastRec!.t.end <= c.o.start) {
          const sib = lex.siblings(lastRec!.ind, unit).find((x) => !/monthly|allowance|temp_subsidy|avg/.test(x.id));
          const since = n.slice(lastRec!.t.end, c.o.start);
          if (sib && !/城乡|其中/.test(since) && !(sib.breakdowns && lex.breakdowns(n, lastRec!.t.end, c.o.start, sib.breakdowns).length) && !splitSinceMoney(lex, sentRecords, lastFam))
            return { ind: sib, breakdown: lastRec!.breakdown && sib.breakdowns && !SUPPLY_MODE_VALUES.has(lastRec!.breakdown) ? lastRec!.breakdown : '', via: 'family', occ: c.o };
        }
      }
      // a breakdown label of the previous record's indicator right before the value wins (其中市级…)
      // (城市53人) closed before the value: a remark on a part, its label does not carry to what follows
      let bd = c.o.e.breakdown || breakdownIn(lex, blankClosedParens(n.slice(a, t.start), c.o.start - a), c.ind, [c.o.start - a, c.o.end - a]);
      // 农村低保户873户、低保对象1355人: the second count shares the first one's breakdown
      if (!bd && lastRec && lastRec.breakdown && c.ind.breakdowns && lex.family(c.ind.id) && lex.family(c.ind.id) === lex.family(lastRec.ind.id)
        && /^[、,]?$/.test(n.slice(primaryFrom, c.o.start)) && lex.sets.get(c.ind.breakdowns)?.values.some((v) => v.id === lastRec.breakdown)) bd = lastRec.breakdown;
      // 农村低保17866户53491人,共支出低保金3555.18万元: money of the programme just counted, no other split named between
      if (!bd && lastRec && lastRec.breakdown && lastRec.t && kindOfUnit(unit) === 'money' && c.ind.breakdowns && lex.family(c.ind.id) === lex.family(lastRec.ind.id)
        && lex.family(c.ind.id) && lex.sets.get(c.ind.breakdowns)?.values.some((v) => v.id === lastRec.breakdown)
        && !lex.breakdowns(n, lastRec.t.end, t.start, c.ind.breakdowns).length && !/城乡|其中/.test(n.slice(lastRec.t.end, t.start))
        // (not after a split: 低保对象A人,其中城市B人、农村C人,发放低保金D万元)
        && !splitSinceMoney(lex, sentRecords, lex.family(c.ind.id))
        // (发放农村低保金A万元,全区共发放低保金B万元: after the side's own money, a clause opening with the whole area is the whole's)
        && !(kindOfUnit(lastRec.t.unit) === 'money' && AREA_TOTAL.test(n.slice(clauseStart(n, c.o.start), c.o.start)))) bd = lastRec.breakdown;
      // 发放五保资金A万元,惠及五保户B人: bare 五保 in a sentence whose 特困 records are all the rural side (五保资金)
      if (!bd && c.o.e.text.startsWith('五保') && c.ind.breakdowns === 'urban_rural' && lex.family(c.ind.id) === 'tekun'
        && !/城市|城镇|城乡/.test(n.slice(cs, c.o.start)) && sentRecords.some((x) => lex.family(x.ind.id) === 'tekun')
        && sentRecords.every((x) => lex.family(x.ind.id) !== 'tekun' || x.breakdown === '农村')) bd = '农村';
      // 为633名五保户发放供养金A万元: a 特困 figure whose own clause names only 五保 (rural by definition) is the rural side
      if (!bd && c.ind.breakdowns === 'urban_rural' && lex.family(c.ind.id) === 'tekun' && /五保/.test(n.slice(cs, c.o.start))
        && !/城市|城镇|城乡|三无|特困/.test(n.slice(cs, t.start))) bd = '农村';
      // 发放农村五保供养金和城市"三无"人员供养金A万元: the money of both sides named together is the whole's
      if (bd && c.ind.breakdowns === 'urban_rural' && bothSidesJoined(lex, n, a, c.o, c.ind)) bd = '';
      return { ind: c.ind, breakdown: bd, via: 'left', occ: c.o };
    }
    // (a movement, 新增/退出, is not inherited: …新增18户43人,农村居民最低生活保障共1979人)
    // (城市低保A人,农村特困B人: a clause naming another programme does not inherit the previous one)
    const progHere = /(低保|最低生活保障|特困|五保)/.exec(n.slice(a, t.start));
    const otherProg = !!progHere && !!lastRec && lex.family(lastRec.ind.id) !== (/低保|最低生活保障/.test(progHere[1]) ? 'dibao' : 'tekun');
    if (r === 0 && lastRec && lastRec.ind.breakdowns && !/_new|_exit/.test(lastRec.ind.id) && !otherProg) {
      // 低保对象A户、B人,其中城市C户、D人: a part in the other unit is the part of the whole counted in that unit
      const inh = lex.fits(lastRec.ind, unit) ? lastRec.ind : inheritedWhole(lex, lastRec.ind, sentRecords, unit);
      let bds = inh ? lex.breakdowns(n, a, b, inh.breakdowns) : [];
      // (特困人员A人,其中集中供养B人,分散供养C人: the indicator's extra split, by supply mode)
      // (only right after the whole's own figure: 五保对象A人 (rural) or 城市特困B人,其中集中供养C人 are one side's modes)
      for (const x of inh && !bds.length && wholeIsLast(n, sentRecords, inh, t.start) ? inh.extraBreakdowns ?? [] : []) if (!bds.length) bds = lex.breakdowns(n, a, b, x);
      // (the second value of a chain, 城市C户、D人: the label before the chain's first value)
      if (inh && !bds.length && chainStart < t.start && chainStart >= cs && /^[、和及与]?$/.test(n.slice(prevEnd, t.start))) bds = lex.breakdowns(n, cs, chainStart, inh.breakdowns);
      if (inh && bds.length) return { ind: inh, breakdown: bds[bds.length - 1].e.value, via: 'inherit' };
    }
    if (r === 0) {
      // 城市低保新增A户B人,退出C户D人: the programme's new or exited counts, named before the first movement
      const mv = programmeMove(lex, n, cs, chainStart, unit, GROSS_ADDED.has(t));
      if (mv) return mv;
      // a programme named as the subject: 城乡低保在册9149户, 农村低保17866户, X户享受城乡低保
      const prog = PROGRAM_LEFT.exec(n.slice(Math.max(cs, chainStart - (/增加|提高|上升|增长/.test(n.slice(Math.max(cs, chainStart - 6), chainStart)) ? 24 : 14)), chainStart)) ?? PROGRAM_RIGHT.exec(n.slice(chainEnd, Math.min(clauseEnd(n, chainEnd), chainEnd + 16)))
        ?? labelledProgramme(n, cs, chainStart)
        ?? paidProgramme(n, cs, chainStart, t.end)
        // (全区共有A人,享受最低生活保障: a bare count of the area, the programme in the next clause)
        ?? (BARE_COUNT_BEFORE.test(n.slice(cs, chainStart)) ? PROGRAM_NEXT.exec(n.slice(chainEnd, chainEnd + 16)) : null);
      const moved = n.slice(cs, t.start);
      if (prog && !/调出|退出|取消|停保|注销|减少|调进|调入|新增|新纳入|提标|降标/.test(moved)) {
        const fam = prog[2] === '低保' || prog[2] === '最低生活保障' ? 'dibao' : 'tekun';
        const ind = lex.familyMembersOf(fam).find((x) => x.kind !== 'standard' && !lex.isNewIndicator(x) && lex.fits(x, unit) && !/exit|edge|monthly|allowance|temp_subsidy|avg/.test(x.id));
        if (ind) {
          const w = prog[3] || prog[1] || (prog[2] === '五保' ? '农村' : '');
          const bd = !ind.breakdowns ? '' : /城/.test(w) && w !== '城乡' ? '城市' : /农|乡村|牧区/.test(w) ? '农村' : '';
          return { ind, breakdown: bd, via: 'left' };
        }
      }
    }
    // 发放农村最低生活保障金A万元: the programme's money named with 金 (no alias: a table's 最低生活保障金 row is the amount paid)
    if (r === 0 && kindOfUnit(unit) === 'money') {
      // (享受农村最低生活保障的居民A户B人,支付最低保障金C万元: 生活 left out, the side of the programme just counted)
      const pm = /(城乡|城市|城镇|农村牧区|农村|牧区)?(?:居民)?最低(?:生活)?保障金(?:共计|合计|共)?$/.exec(n.slice(a, b));
      const ind = pm && lex.familyMembersOf('dibao').find((x) => x.kind === 'amount' && lex.fits(x, unit));
      const counted = pm && !pm[1] && lastRec?.t && lex.family(lastRec.ind.id) === 'dibao' && (lastRec.breakdown === '城市' || lastRec.breakdown === '农村')
        && kindOfUnit(lastRec.t.unit) === 'person' && !/城乡|城市|城镇|农村|其中/.test(n.slice(lastRec.t.end, t.start))
        && sentRecords.every((x) => lex.family(x.ind.id) !== 'dibao' || x.breakdown === lastRec.breakdown) ? lastRec.breakdown : '';
      const side = !pm?.[1] ? counted : pm[1] === '城乡' ? '' : /城/.test(pm[1]) ? '城市' : '农村';
      if (pm && ind) return { ind, breakdown: ind.breakdowns ? side : '', via: 'left' };
    }
    // 为全州80岁以上高龄老人发放生活津贴A万元: the group and the payment together name it (高龄老人生活津贴),
    // unless the group is counted (为2300名…发放: the payment to some people only)
    if (r === 0 && kindOfUnit(unit) === 'money') {
      const gm = /([\u4e00-\u9fff]{2,8})发放([\u4e00-\u9fff]{2,8})$/.exec(n.slice(a, b));
      if (gm && !/\d(余|多)?万?(名|人|户|位)/.test(n.slice(cs, t.start))) {
        const g = bestIn(lex, gm[1] + gm[2], unit);
        if (g && !lex.aliases(gm[1]).some((o) => o.e.ind.id === g.ind.id) && !lex.aliases(gm[2]).some((o) => o.e.ind.id === g.ind.id)) return { ind: g.ind, breakdown: g.breakdown, via: 'left' };
      }
    }
    // the clause names its subject, but in another unit (救助困难群众279413人次): look no further
    if (r === 0 && lex.aliases(n, a, b).length) {
      // 发放临时救助金A万元,救助困难群众B人次: the generic 救助 words count the programme just paid
      const sib = lastRec && lex.family(lastRec.ind.id) ? lex.siblings(lastRec.ind, unit)[0] : undefined;
      if (sib && lex.aliases(n, a, b).every((o) => /^assist_/.test(o.e.ind.id))) return { ind: sib, breakdown: lastRec!.breakdown && sib.breakdowns && !SUPPLY_MODE_VALUES.has(lastRec!.breakdown) ? lastRec!.breakdown : '', via: 'family' };
      // 城市低保发放保障金A万元
      // (城市低保保障资金A万元: the side the standard's alias names is the money's side)
      const ownOcc = kindOfUnit(unit) === 'money' && MONEY_WORDS.test(n.slice(a, b)) ? lex.aliases(n, a, b).find((o) => programmeOfStd(lex, n, o, unit, t.start)) : undefined;
      const own = ownOcc && programmeOfStd(lex, n, ownOcc, unit, t.start);
      if (own) return { ind: own, breakdown: own.breakdowns ? PROGRAMME_MONEY[ownOcc.e.ind.id]?.[1] ?? '' : '', via: 'family' };
      return null;
    }
  }
  return undefined;
}

/** The sentence's latest whole (no breakdown) of `ind`'s family and split that fits `unit` (低保对象A户、B人 → the 户 one). */
function inheritedWhole(lex: Lexicon, ind: IndicatorDef, sentRecords: { ind: IndicatorDef; breakdown: string }[], unit: string): IndicatorDef | undefined {
  const fam = lex.family(ind.id);
  if (!fam) return undefined;
  for (let i = sentRecords.length - 1; i >= 0; i--) {
    const x = sentRecords[i].ind;
    if (!sentRecords[i].breakdown && x.breakdowns === ind.breakdowns && lex.family(x.id) === fam && !/_new|_exit/.test(x.id) && lex.fits(x, unit)) return x;
  }
  return undefined;
}

/** 共募集人道救助款物合计达A元: money and goods raised, named with a qualifier between the verb and 款物. */
const RAISED_GOODS = /(募集|筹集|接收|接受)[\u4e00-\u9fff]{0,8}款物(合计|总计|共计)?(达|为|共)?\s*$/;
function raisedGoods(lex: Lexicon, n: string, t: ValueToken, cs: number): Found | null {
  const ind = lex.byId.get('charity_donations');
  return ind && RAISED_GOODS.test(n.slice(cs, t.start)) && lex.fits(ind, t.unit) ? { ind, breakdown: '', via: 'left' } : null;
}

/** The coverage-rate indicator of the things counted in the clause before a bare 覆盖率 (社工站A个,覆盖率B%). */
function coverageOfCounted(lex: Lexicon, n: string, t: ValueToken, cs: number): Found | null {
  if (cs < 2 || !/^\s*(其)?覆盖率(已)?(达到|达|为|提高到|提升至|提升到)?\s*$/.test(n.slice(cs, t.start))) return null;
  const m = /([\u4e00-\u9fff()()]{2,16})\s*[\d.]+\s*万?(个|家|所|处)\s*[,,]\s*$/.exec(n.slice(clauseStart(n, cs - 2), cs));
  const g = m && bestIn(lex, m[1].replace(/^(建成|建立|建有|设立|共有|有)/, '') + '覆盖率', '%');
  return g && g.ind.kind === 'rate' ? { ind: g.ind, breakdown: g.breakdown, via: 'left' } : null;
}

/** True when the alias just before the value is joined (和/及/与/、) to an earlier alias of its indicator labelled with the other side. */
function bothSidesJoined(lex: Lexicon, n: string, a: number, o: Occ<AliasEntry>, ind: IndicatorDef): boolean {
  // (城市、农村低保对象共A人 / 城镇和农村低保资金: a bare side word joined to the alias of the other side)
  const bare = /(城市|城镇|农村)\s*[、和及与]\s*$/.exec(n.slice(Math.max(a, o.start - 6), o.start));
  if (bare) {
    const obd = o.e.breakdown || breakdownIn(lex, n.slice(o.start, o.end), ind);
    if ((obd === '城市' || obd === '农村') && (bare[1] === '农村' ? '农村' : '城市') !== obd) return true;
  }
  const prev = lex.aliases(n, a, o.start).filter((x) => x.e.ind.id === ind.id && x.end <= o.start);
  const p = prev[prev.length - 1];
  if (!p || !/^[和及与、][^,;:。\d]{0,12}$/.test(n.slice(p.end, o.start))) return false;
  const pbd = p.e.breakdown || breakdownIn(lex, n.slice(a, p.end), ind, [p.start - a, p.end - a]);
  const obd = o.e.breakdown || breakdownIn(lex, n.slice(p.end, o.end), ind, [o.start - p.end, o.end - p.end]);
  return !!pbd && !!obd && pbd !== obd;
}

/** A clause listing groups, then one rate for each: 散居孤儿、事实无人抚养儿童、艾滋病病毒感染儿童每人每月A元. */
const SHARED_RATE = /^\s*(?:目前|现行|现在)?[,,]?\s*((?:[^,,;。、和及与\d]{2,14}[、和及与]){1,4}[^,,;。、和及与\d]{2,14}?)(?:的?基本生活(?:费|保障)?标准)?(?:为|是|按)?\s*(?:每人每[月年])?\s*$/;
/**
 * The standards of the groups a shared rate names (two families or more; a group of no catalogue standard is passed over),
 * or undefined.
 */
function sharedRate(lex: Lexicon, n: string, cs: number, t: ValueToken): { ind: IndicatorDef; breakdown: string }[] | undefined {
  const m = SHARED_RATE.exec(n.slice(cs, t.start));
  if (!m) return undefined;
  const from = cs + m.index + m[0].indexOf(m[1]);
  const out: { ind: IndicatorDef; breakdown: string }[] = [];
  let at = from;
  for (const item of m[1].split(/[、和及与]/)) {
    const end = at + item.length;
    const o = lex.aliases(n, at, end).filter((x) => x.end === end && x.e.ind.kind === 'standard' && lex.fits(x.e.ind, t.unit));
    if (o.length) {
      const ind = o[0].e.ind;
      const bds = ind.breakdowns ? lex.breakdowns(n, at, o[0].start, ind.breakdowns) : [];
      if (out.some((x) => lex.family(x.ind.id) === lex.family(ind.id))) return undefined;
      out.push({ ind, breakdown: bds.length === 1 ? bds[0].e.value : '' });
    }
    at = end + 1;
  }
  return out.length >= 2 ? out : undefined;
}

/**
 * 按每人每月A元保障社会散居孤儿B名和事实无人抚养儿童C名: after the first group (ending at `from`) and its count, the
 * standard of the second group joined by 和/及/、, when it is a standard of another family and fits the unit.
 */
function standardJoined(lex: Lexicon, n: string, from: number, ce: number, unit: string, first: IndicatorDef): IndicatorDef | undefined {
  const m = /^\s*[\d.]+\s*万?(名|人)\s*(和|及|与|、)/.exec(n.slice(from, ce));
  if (!m) return undefined;
  const at = from + m[0].length;
  const o = lex.aliases(n, at, ce).find((x) => x.start === at);
  if (!o || !/^\s*[\d.]+\s*万?(名|人)\s*([,;。]|$)/.test(n.slice(o.end, ce + 1))) return undefined;
  const ind = o.e.ind.kind === 'standard' ? o.e.ind : undefined;
  return ind && lex.fits(ind, unit) && lex.family(ind.id) !== lex.family(first.id) && !ind.breakdowns ? ind : undefined;
}

/** The indicator named after the value, or by generic words after a record of its family (part of resolveSingle). */
const OWN_MONEY_ITEM = /[\u4e00-\u9fff]{2}(?:金|资金|经费)(?:共|共计|合计|为|达)?\s*$/;
function rightOfValue(
  lex: Lexicon,
  n: string,
  t: ValueToken,
  ce: number,
  primaryFrom: number,
  lastRec: { ind: IndicatorDef; breakdown: string; t?: ValueToken } | undefined,
  sentRecords: { ind: IndicatorDef; breakdown: string }[],
): Found | null {
  const unit = t.unit;
  // right context: 17177名建档立卡贫困户中, 为414位老年人提供…服务, 新设立15个城市社区
  // (not past a year that opens the next statement: …总金额4368036元 20xx年…特困人员41人)
  const tailFrom = Math.max(primaryFrom, t.start - 6);
  // (nor past a space that sets the next item apart: 拨款金额:640100 元 特困人员36人)
  const yearAfter = /(?:19|20)(?:\d{2}|[xX]{2})年|[xX]{2}年|\s/.exec(n.slice(t.end, ce));
  // (nor into a bracket that says what the figure leaves out: 发放1195.7万元(不含临时价格补贴))
  const excluded = /^\s*[(（](不含|不包括|未含|未包括|除)/.test(n.slice(t.end));
  const joined = n.slice(tailFrom, t.start) + (excluded ? '' : n.slice(t.end, yearAfter ? t.end + yearAfter.index : ce));
  const shift = t.start - tailFrom;
  const occ = lex.aliases(joined).filter((o) => o.end > shift);
  const spanning = dropContained(occ.filter((o) => o.start < shift && lex.fits(o.e.ind, unit)));
  if (spanning.length) return { ind: spanning[0].e.ind, breakdown: spanning[0].e.breakdown, via: 'right' };
  // a subject named far after the value (beyond the clause window's middle) is not this value's
  const right = dropContained(occ.filter((o) => o.start >= shift)).filter((o) => o.start - shift <= RIGHT_WINDOW);
  // 发放医疗救助金A万元、临时救助金B万元: after a value with its own money name, the name after 、 is the next item's
  if (kindOfUnit(unit) === 'money' && n[t.end] === '、' && OWN_MONEY_ITEM.test(n.slice(primaryFrom, t.start))) return null;
  for (const o of right.sort((x, y) => x.start - y.start)) {
    const ind = lex.fits(o.e.ind, unit) ? o.e.ind : lex.siblings(o.e.ind, unit)[0];
    if (ind) {
      const rs = t.end + (o.start - shift);
      return { ind, breakdown: o.e.breakdown, via: 'right', occ: { start: rs, end: rs + (o.end - o.start), e: o.e } };
    }
  }
  return familyWords(lex, n, t, primaryFrom, lastRec, sentRecords);
}

// …民政管理事务支出A万元;行政事业单位离退休费B万元;其他支出C万元: 其他 after parts of a whole with an 其他 part is that part
function otherOfWhole(lex: Lexicon, label: string, unit: string, records: DataRecord[]): Found | null {
  const part = lex.byId.get(records[records.length - 1].indicatorId);
  if (!part || kindOfUnit(unit) !== 'money' || !/^\s*(?:其他|其它)(?:支出)?\s*(?:为|共|计)?$/.test(label)) return null;
  for (const whole of lex.catalogue.indicators) {
    if (!whole.parts?.includes(part.id)) continue;
    // (only after the whole and two of its parts at least: 发放低保金A万元;其他支出B万元 is no 民政事业费 part)
    const at = records.map((r) => r.indicatorId).lastIndexOf(whole.id);
    if (at < 0 || new Set(records.slice(at + 1).map((r) => r.indicatorId).filter((id) => whole.parts!.includes(id))).size < 2) continue;
    const other = whole.parts.map((id) => lex.byId.get(id)).find((x) => x && /其他/.test(x.name) && lex.fits(x, unit));
    if (other) return { ind: other, breakdown: '', via: 'inherit' };
  }
  return null;
}

// 全州共有镇79个,乡8个,街道办事处22个: a count of one kind of township, named by the kind alone
const TOWNSHIP_KIND = /^[,;、(（]?\s*(?:其中:?|全[省市州县区盟旗]|本[省市州县区]|我[省市州县区])?(?:共有|现有|辖|有|共)?\s*(镇|乡|民族乡|苏木|民族苏木|街道|区公所)(?:办事处)?\s*$/;
// (only in a list of two kinds or more: 乡镇敬老院12个,其中镇3个 counts homes, not townships)
const KIND_COUNT = /(?:^|[,;、(（:]|其中|共有|现有|有)(镇|乡|民族乡|苏木|街道|区公所)(?:办事处)?\s*\d+\s*个/g;
function townshipKind(lex: Lexicon, n: string, label: string, unit: string, after = ''): Found | null {
  const m = unit === '个' ? TOWNSHIP_KIND.exec(label) : null;
  if (m && new Set([...n.matchAll(KIND_COUNT)].map((k) => k[1])).size < 2) return null;
  const ind = m ? lex.byId.get('township_level_units') : undefined;
  // 乡8个(其中民族乡4个): the 乡 count holds the 民族乡 after 其中, it is the 乡小计
  if (ind && m![1] === '乡' && after.includes('民族乡') && /^\s*(?:[((]\s*(?:其中|含)|[,,]\s*其中)[::]?\s*民族乡/.test(after)) return { ind, breakdown: '乡小计', via: 'left' };
  return ind ? { ind, breakdown: m![1], via: 'left' } : null;
}

// 2022年、2023年 / 2022年和2023年: the years a 分别 list runs over, in order
const YEAR_LIST = /((?:19|20)\d{2})年(?:\s*[、和与及]\s*(?:19|20)\d{2}年)+[,:]?\s*$/;
const YEAR_LIST_OPENING = /^\s*((?:19|20)\d{2})年(?:\s*[、和与及]\s*(?:19|20)\d{2}年)+[,:]?\s*/;
/** The years of a list of n items named just before its clause (or opening the sentence before, ended by ;). */
function yearsOfList(head: string, prevSentence: string, n: number): number[] | null {
  const m = YEAR_LIST.exec(head) ?? (endsWithSemicolon(prevSentence) && prevSentence.includes('分别') ? /^\s*((?:19|20)\d{2})年(?:\s*[、和与及]\s*(?:19|20)\d{2}年)+/.exec(prevSentence) : null);
  const ys = m ? [...m[0].matchAll(/((?:19|20)\d{2})年/g)].map((x) => Number(x[1])) : [];
  return ys.length === n && new Set(ys).size === n ? ys : null;
}

/** A name right of a value, past a separator, that is followed straight away by a number of its own (孤儿740人). */
function ownValueAfter(n: string, valueEnd: number, start: number, end: number, unit: string): boolean {
  if (!/[,，;；、]/.test(n.slice(valueEnd, start))) return false;
  const m = /^(?:为|是|有|达|共|计)?\s*[\d.,，]+\s*((?:万|亿)?(?:元|人次|人|户|名))/.exec(n.slice(end, end + 16));
  // (发放补贴资金A万元,兜底保障经济困难老年人B名: a count after an amount is the amount's subject)
  return !!m && kindOfUnit(m[1].replace('名', '人')) === kindOfUnit(unit) && kindOfUnit(unit) !== 'other';
}

/** Generic words (money, people, rates) read as a member of a family named in the sentence (part of resolveSingle). */
function familyWords(
  lex: Lexicon,
  n: string,
  t: ValueToken,
  primaryFrom: number,
  lastRec: { ind: IndicatorDef; breakdown: string; t?: ValueToken } | undefined,
  sentRecords: { ind: IndicatorDef; breakdown: string }[],
): Found | null {
  const unit = t.unit;
  // generic words (发放资金, 惠及, 覆盖率) after a record of the same family in this sentence
  const local = n.slice(primaryFrom, t.start);
  const k = kindOfUnit(unit);
  const generic = (k === 'money' && MONEY_WORDS.test(local)) || (k === 'person' && PERSON_WORDS.test(local)) || (k === 'rate' && RATE_WORDS.test(local));
  // one subject counted in two units right after each other: 低保对象5.6万人、3.1万户
  // (…低保对象741万户,共计1261万人: the persons of the households just counted)
  const adjacent = /^[、,和及与]?$/.test(local.trim()) || (k === 'person' && !!lastRec?.t && /户$/.test(lastRec.t.unit) && /^,?(?:共计|合计)$/.test(local.trim()));
  // 参加医疗保险人数A人,城镇居民最低生活保障人数B人: a count labelled with a subject of its own (…人数) is not
  // the count of a programme named around it
  const ownLabel = k === 'person' && /[\u4e00-\u9fff]{3,}(人数|人次|户数)$/.test(local.trim().replace(/(增加到|增至|达到|提高到|提高至|已达|达|为|共|有)+$/, ''));
  // 发放城乡低保金A万元,特困供养金B万元,惠及困难群众C人: generic beneficiaries after the money of several programmes
  if (k === 'person' && generic && /惠及|受益|覆盖/.test(local) && !/低保|特困|五保|临时救助/.test(local) && new Set(sentRecords.filter((x) => x.ind.kind === 'amount').map((x) => lex.family(x.ind.id) ?? x.ind.id)).size >= 2) return null;
  // (低保资金A户B人C万元,重度残疾人护理补贴D人E万元: the money closing a later item's counts is that item's programme's,
  // not the record's of the list head)
  const progOf = (x: IndicatorDef) => lex.family(x.id) ?? STD_PROGRAMME.exec(x.id)?.[1] ?? x.id;
  const from = Math.max(clauseStart(n, t.start), lastRec?.t ? lastRec.t.end : 0);
  const otherSince = !!lastRec?.t && !local.trim() && lastRec.t.end < t.start && from < t.start
    && lex.aliases(n, from, t.start).some((o) => !/^assist_/.test(o.e.ind.id) && progOf(o.e.ind) !== progOf(lastRec.ind));
  // (保障散居孤儿A名和事实无人抚养儿童B名,共发放生活费C万元: generic money after two programmes' counts is of both)
  if (lastRec && !ownLabel && !otherSince && !(k === 'money' && generic && countedTwoSinceMoney(lex, n, sentRecords))) {
    // (the record's own indicator too: 当月发放资金A万元,1-9月累计发放资金B万元)
    // (当月发放资金A万元,1-9月累计发放资金B万元: the running total of the month's payment)
    const lastInd = (/累计/.test(local) && runningTotalOf(lex, lastRec.ind)) || lastRec.ind;
    const sib = [...(generic && lex.fits(lastInd, unit) && lex.family(lastInd.id) ? [lastInd] : []), ...lex.siblings(lastInd, unit)]
      .filter((x) => generic || adjacent || local.includes(x.name.slice(-2)))
      // 生活补贴对象4482人,累计发放补贴…: the money of one subsidy is not the two subsidies' total
      .filter((x) => !(x.id === 'disab_two_funds' && lastRec.ind.id !== 'disab_two_persons'));
    // (the record a remark in brackets, 4741人(城市53人)…累计发放金额: the money is the whole's)
    const remark = !!lastRec.t && lastRec.t.end <= t.start && /^[^(（]*[)）]/.test(n.slice(lastRec.t.end, t.start)) && /[(（][^)）]*$/.test(n.slice(0, lastRec.t.start));
    // (城市A人、农村B人,发放低保金C万元: counted for both sides since the last payment, the money is the whole's)
    // (其中城市低保金A万元、农村低保金B万元,保障对象C户: counted after the money of both sides, the count is the whole's)
    const split = k === 'money' ? splitSinceMoney(lex, sentRecords, lex.family(sib[0]?.id ?? '')) : moneySplitLast(lex, sentRecords, lex.family(lastRec.ind.id));
    if (sib.length) return { ind: sib[0], breakdown: lastRec.breakdown && sib[0].breakdowns && !remark && !split && !SUPPLY_MODE_VALUES.has(lastRec.breakdown) ? lastRec.breakdown : breakdownIn(lex, local, sib[0]), via: 'family' };
  }
  if (!generic) return null;
  // one family named anywhere in the sentence (投入资金900余万元,对3457户…进行适老化改造)
  const fams = new Map<string, IndicatorDef>();
  const partsFrom = n.indexOf('其中', t.end);
  // (发放A补贴58万元,发放经济困难老年人救助金12万元: a name in the next amount's clause names that amount, not this one)
  const nextAmount = k === 'money' ? NEXT_AMOUNT.exec(n.slice(t.end)) : null;
  const scanEnd = Math.min(partsFrom >= 0 ? partsFrom : n.length, nextAmount ? Math.max(t.end, clauseStart(n, t.end + nextAmount.index)) : n.length);
  // (医疗保险、临时救助等政策: programmes named as policies, not counted here)
  // (困境儿童53104人,孤儿740人: a value that names a group of its own right before it does not take the family of a
  // name after it that opens a value of its own)
  const ownGroup = NAMED_GROUP.test(local.trim());
  // (对重复补助人员(包含特困供养人员…),金额总计A万元: a name only inside a bracket closed before the value names nothing of it)
  const bracketed = (o: { start: number }) => o.start < t.start && n.includes('(') && inBracket(n, o.start) && n.indexOf(')', o.start) < t.start;
  for (const o of lex.aliases(n, 0, ownLabel ? t.start : scanEnd).filter((o) => !qualifies(n, o) && n[o.end] !== '等' && !(ownGroup && o.start >= t.end && ownValueAfter(n, t.end, o.start, o.end, unit)) && !bracketed(o))) {
    // (城市低保累计保障A万人次,发放保障金B万元: a programme named by its standard's alias counts for the programme)
    const ind = programmeOfStd(lex, n, o, unit, t.start) ?? (lex.fits(o.e.ind, unit) ? (lex.family(o.e.ind.id) ? o.e.ind : undefined) : lex.siblings(o.e.ind, unit)[0]);
    const fam = ind && lex.family(ind.id);
    if (ind && fam) fams.set(fam, ind);
  }
  if (fams.size === 1 && !lastRec) {
    const ind = [...fams.values()][0];
    return { ind, breakdown: breakdownIn(lex, local, ind), via: 'family' };
  }
  // 全年城乡低保累计保障A人次,发放资金B万元: 城乡低保 (no alias of its own) as the first clause's subject
  if (k === 'money' && !fams.size && !lastRec) {
    const first = n.slice(0, clauseEnd(n, 0));
    const pm = /城乡(低保|最低生活保障|特困供养|特困)(?!标准|保障标准|边缘)/.exec(first);
    if (pm && first.length <= t.start && !/医疗|大病|教育|住房|就业|临时救助/.test(n.slice(0, t.start))) {
      const ind = lex.familyMembersOf(/特困/.test(pm[1]) ? 'tekun' : 'dibao').find((x) => x.kind === 'amount' && lex.fits(x, unit) && !/monthly|allowance|temp_subsidy/.test(x.id));
      if (ind) return { ind, breakdown: '', via: 'family' };
    }
  }
  // money: the only amount indicator of the category of this sentence's records (儿童福利 → 儿童保障资金)
  if (k === 'money' && sentRecords.length) {
    const cats = new Set(sentRecords.map((r) => r.ind.category));
    if (cats.size === 1) {
      const cat = [...cats][0];
      // (an indicator defined by an action, 为企业减负, needs its action word: 投入资金 is not a fee relief)
      const list = lex.catalogue.indicators.filter((i) => i.category === cat && i.kind === 'amount' && lex.fits(i, unit) && !(ACTION_DEFINED[i.id] && !ACTION_DEFINED[i.id].test(n)));
      // not the two subsidies' total from a count of one of them
      if (list.length === 1 && !(list[0].id === 'disab_two_funds' && !sentRecords.some((r) => r.ind.id === 'disab_two_persons'))) return { ind: list[0], breakdown: '', via: 'family' };
    }
  }
  return null;
}

const ACTION_DEFINED: Record<string, RegExp> = { social_org_fee_relief: /减负|减免|会费|收费/ };

/** A 低保/特困 standard (either side or both): its programme is group 1, its side group 2. */
const STD_PROGRAMME = /^(dibao|tekun)_std(_urban|_rural)?$/;
/**
 * 城市低保累计保障A万人次,发放保障金B万元: a programme named by its standard's alias (城市低保) as the subject of the
 * sentence's first clause stands for the programme (not in a sentence on another kind of assistance).
 */
function programmeOfStd(lex: Lexicon, n: string, o: Occ<AliasEntry>, unit: string, pos: number): IndicatorDef | undefined {
  if (kindOfUnit(unit) !== 'money' || !STD_PROGRAMME.test(o.e.ind.id) || o.end > clauseEnd(n, 0) || /^\s*(标准|保障标准)/.test(n.slice(o.end)) || /医疗|大病|教育|住房|就业|临时救助/.test(n.slice(0, pos))) return undefined;
  return lex.familyMembersOf(o.e.ind.id.split('_')[0]).find((x) => x.kind !== 'standard' && lex.fits(x, unit));
}

// 惠及困难残疾人A人 / 、重度残疾人B人: the group of one of the two disability subsidies, in a sentence on those subsidies
const DISAB_GROUP = /(?:^|[,、;和及]|惠及|覆盖|受益|享受|补贴|保障|发放)(?:[,、;和及]|全年|累计|共|惠及|覆盖|受益|享受|补贴|保障|发放)*(困难残疾人|重度残疾人)(?:共|计|达到|达|为)?\s*$/;
// 为(低保)困难残疾人A人,发放生活补贴B万元: the group paid its own subsidy, named right after the count
// (低保 before 困难残疾人 is the subsidy's own condition, not another programme's people)
const DISAB_PAID = /^(?:为|向|给|对)(低保)?(困难残疾人|重度残疾人)$/;
const DISAB_OWN_PAID = { 困难残疾人: /^[,，]?(?:共|并|累计)?发放(?:了)?(?:困难残疾人)?生活补贴/, 重度残疾人: /^[,，]?(?:共|并|累计)?发放(?:了)?(?:重度残疾人)?护理补贴/ };
const DISAB_BARE_PAID = /^(?:[,，;；。]|$|[,，]?(?:共|并|累计)?发放(?:了)?(?:资金|补贴资金|补贴金)?(?:共|计)?\d)/;
function disabGroup(lex: Lexicon, n: string, t: ValueToken, cs: number, prevEnd: number, sentRecords: { ind: IndicatorDef }[]): Found | null {
  const head = n.slice(Math.max(cs, prevEnd), t.start).trim();
  const paid = DISAB_PAID.exec(head);
  // (or the subsidy named before in the sentence, and nothing else paid after the count: 生活补贴方面,为…A人发放资金B万元)
  const ownBefore = (g: string) => (g === '困难残疾人' ? /生活补贴/ : /护理补贴/).test(n.slice(0, t.start)) && DISAB_BARE_PAID.test(n.slice(t.end));
  const group = paid && !(paid[1] && paid[2] !== '困难残疾人') && (DISAB_OWN_PAID[paid[2] as '困难残疾人' | '重度残疾人'].test(n.slice(t.end)) || ownBefore(paid[2])) ? paid[2] : '';
  const m = group ? null : DISAB_GROUP.exec(head);
  if (!group && (!m || !(sentRecords.some((r) => /^disab_/.test(r.ind.id)) || /两项补贴|生活补贴|护理补贴/.test(n.slice(0, t.start))))) return null;
  const ind = lex.byId.get((group || m![1]) === '困难残疾人' ? 'disab_living_persons' : 'disab_care_persons');
  return ind && lex.fits(ind, t.unit) ? { ind, breakdown: '', via: 'left' } : null;
}

const BEDS_WORD = /^(共)?(设置|设有|拥有|现有|开设|提供|有)?(养老)?床位(数)?(共|共计|达到|达|为)?$/;
// 养老床位A张(注:不包括社区养老床位): a note that leaves the community beds out
const NO_COMMUNITY_BEDS = /^[^,;。\d]{0,6}[((](?:注[::])?\s*不(?:包括|含|包含|计)(?:社区|居家社区|社区居家)(?:养老)?(?:服务)?床位/;
/** 其中,养老床位A张(注:不包括社区养老床位): a part whose note states its own scope (the institutions' beds) is a whole. */
function statesOwnScope(ind: IndicatorDef, n: string, t: { end: number }): boolean {
  return ind.id === 'elder_inst_beds' && NO_COMMUNITY_BEDS.test(n.slice(t.end));
}
// (not 其他提供住宿的机构A个: the other type's, whose beds take its type)
const ACCOMMODATION_BEFORE = /(?<!其他|其它)提供住宿的(?:社会服务|民政)?(?:服务)?机构\s*[\d.]+\s*万?个,$/;
const ELDER_HOMES_BEFORE = /(养老(服务)?机构|敬老院|养老院|老年公寓)[^,;:。]{0,4},$/;
function bedsOfInstitutions(lex: Lexicon, n: string, t: ValueToken, cs: number): Found | null {
  const label = n.slice(cs, t.start);
  if (!BEDS_WORD.test(label)) return null;
  const before = n.slice(Math.max(0, cs - 30), cs);
  // 全州各类提供住宿的社会服务机构98个,床位数13066张: the beds of all the institutions providing accommodation
  // (养老机构31家,床位A张: the institutions' own beds, a part of all elderly-care beds; 养老服务机构 may hold community ones)
  const homes = ELDER_HOMES_BEFORE.exec(before);
  const id = homes ? (homes[2] ? 'elder_beds' : 'elder_inst_beds') : !/养老/.test(label) && ACCOMMODATION_BEFORE.test(before) ? 'accommodation_beds' : '';
  const ind = id ? lex.byId.get(id) : undefined;
  return ind ? { ind, breakdown: '', via: 'left' } : null;
}

// (…机构A个,比上年增加B个;床位C张: a change after the count is no other count)
const CHANGE_AFTER_COUNT = /(?:比|较|同比)[^,;。\d]{0,8}(?:增加|减少|增长|下降|新增)[^,;。\d]{0,3}[\d.]+\s*(?:万)?(?:个|家|所|%|个百分点)?/g;
// the beds of each kind of institution counted
const BEDS_OF: Record<string, string> = { accommodation_institutions: 'accommodation_beds', elder_institutions: 'elder_inst_beds', social_welfare_homes: 'social_welfare_home_beds' };
function bedsOfCounted(lex: Lexicon, label: string, lastId: string, lastBreakdown = ''): Found | null {
  const ind = BEDS_OF[lastId] ? lex.byId.get(BEDS_OF[lastId]) : undefined;
  // (the institutions' type is the beds' type when both share the split)
  const bd = lastBreakdown && ind?.breakdowns && ind.breakdowns === lex.byId.get(lastId)?.breakdowns ? lastBreakdown : '';
  return ind && BEDS_WORD.test(label.trim()) ? { ind, breakdown: bd, via: 'inherit' } : null;
}

/** 发放补贴金A万元,其中,城市特困供养生活补贴金B万元: the one split indicator the first part names (城市/农村), as the whole. */
function wholeOfParts(lex: Lexicon, n: string, t: ValueToken): Found | null {
  const m = /^\s*,?\s*其中\s*[,:]?\s*/.exec(n.slice(t.end));
  if (!m) return null;
  const from = t.end + m[0].length;
  const next = NEXT_AMOUNT.exec(n.slice(from));
  if (!next) return null;
  const to = from + next.index;
  if (!lex.breakdowns(n, from, to, 'urban_rural').length) return null;
  const occ = dropContained(lex.aliases(n, from, to).filter((o) => o.e.ind.breakdowns === 'urban_rural' && lex.fits(o.e.ind, t.unit)));
  if (occ.length !== 1) return null;
  // (其中,城市低保金A万元,特困供养金B万元: parts of several programmes leave the whole unnamed)
  const end = n.indexOf('。', from);
  const all = lex.aliases(n, from, end < 0 ? n.length : end).filter((o) => kindOfUnit(o.e.ind.unit) === 'money');
  return all.every((o) => o.e.ind.id === occ[0].e.ind.id) ? { ind: occ[0].e.ind, breakdown: '', via: 'left' } : null;
}

/** 当月低保金发放额 → 低保资金: the running total of a month's payment indicator; undefined for any other. */
function runningTotalOf(lex: Lexicon, ind: IndicatorDef): IndicatorDef | undefined {
  return /_monthly_funds$/.test(ind.id) ? lex.byId.get(ind.id.replace(/_monthly_funds$/, '_funds')) : undefined;
}
/** 低保资金 → 当月低保金发放额: the month's payment indicator of a programme's money, where the catalogue has one. */
function monthlyOf(lex: Lexicon, ind: IndicatorDef): IndicatorDef | undefined {
  return /_funds$/.test(ind.id) && !/_monthly_funds$/.test(ind.id) ? lex.byId.get(ind.id.replace(/_funds$/, '_monthly_funds')) : undefined;
}

const SHORT_NAME_AFTER = /^(?:全[省市区县州盟旗]|[省市区县州盟旗](?![\u4e00-\u9fff]?[县区])|民政|共|累计|今年|去年)/;
const GROUP_WITHIN = /(?:群众|对象|人员|家庭|[^\d]户|人口|老人|老年人|儿童|残疾人)中的[\u4e00-\u9fff、]{0,12}[^,;:。\d]{0,16}$/;
const WHOLE_OPENS = /^\s*(?:全[区县市旗]|我[区县市旗]|全年|今年)/;
const NAMED_HOMES = /^[^,;:。\d]{0,8}[\u4e00-\u9fff]{2,8}、[^,;:。\d]{2,30}(?:\d+|[两二三四五六七八九十])(?:家|所|个|处)[^,;:。\d]{0,10}(?:敬老院|养老院|福利院|中心|机构|公寓|站)[^,;:。\d]{0,8}$/;
const KINDS_LISTED = /城区|乡镇|城市|农村|城乡|公办|民办|公建|社会办|市级|区级|县级|镇级|街道/;
const THIS_QUARTER = /本季度|当季度|本季(?!度)|当季(?!度)/;
const INSURED = /(?:购买|投保|参保|统保)[^,;:。\d]{0,10}(?:保险|险)[^;:。\d]*[,,][^,,;:。\d]{0,12}$|(?:投保|参保|承保|统保)[^,;:。\d]{0,8}$/;
const COMPARED_MORE = /(?:比|较|同比)(?:上年|去年|上一年|前一年|上年同期|去年同期|同期|上半年|上季度|上月)[^,;:。\d]{0,3}(?:多|少)(?!于)[^,;:。\d]{0,14}$/;
const NEIGHBOUR_SUBJECT = /^\s*(?:与[^,;:。]{0,12}相比[,,]?\s*)?(?:邻[县区市旗]|(?:邻近|相邻|毗邻|临近|周边|兄弟)的?[\u4e00-\u9fff]{0,8}?(?:[县区市旗]|地区|城市))/;
const AID_OPENS = /^\s*(?:在|通过|围绕)?(?:对口|东西部)(?:支援|帮扶|协作|援助)(?![^,;:。]{0,6}(?:资金|工作|机制|办))[^;。]{0,60}$/;
const PLACE_CLAUSE = /^\s*在([\u4e00-\u9fff]{2,12})[,]\s*$/;
/** (又如,)某县集中整治开展以来,: the sentence's first clause, after an example's lead */
const EXAMPLE_LEAD_CLAUSE = /^\s*(?:(?:又如|例如|比如|譬如|再如|如)[,]\s*)?([^,;:。]{2,40})[,;:]/;
/** 全区城关镇、东关镇…: two or more townships named as a clause's subject (not 各镇、街道). */
const TOWNSHIPS_NAMED = /^\s*(?:(?:今年|目前|截至目前)[,]?)?(?:全|我)?[区县市旗]?(?!各|所有|全部|每个)[\u4e00-\u9fff]{2,6}(?:镇|乡|街道)[、和及与](?!各)[\u4e00-\u9fff]{2,6}(?:镇|乡|街道)/;
// (对口帮扶的甘肃临夏县…: the partner area of an aid pairing)
/** A township's own voice: 全乡, 我镇, 本街道 */
const TOWNSHIP_VOICE = /[全我本](?:镇|乡|街道)(?![长村])/g;
const LEAD_OF_SUBJECT = /^\s*(其中[,:]?\s*|作为[^,;:。]{0,12}的|在(?=[\u4e00-\u9fff]{2})|(?:对口|结对|东西部|东西部协作)(?:帮扶|支援|协作|援助)?(?:地区|县|市)?的)?/;
/** A clause opening with the whole of an area named by its level (全市, 我省, 本市), after a date or span. */
const DATE_LEAD = /^(?:(?:19|20)\d{2}年(?:度|底|末)?|去年|今年|上年|本年|当年|年内|年末|年底|年初|全年|上半年|下半年|前三季度|(?:第)?[一二三四]季度|今年以来|截至[^,;:。]{0,10}?(?:底|末)|(?:截至|截止)?(?:目前|当前|现在))?\s*/;
// (省内各市平均… / 市内各区…: the area above by its level with 内)
const ABOVE_OPENS = new RegExp(`${DATE_LEAD.source}(?:[全我本]([省市区县州盟旗])(?!率先|首个|首家|首批|首创|第一|唯一|前列|领先|排名|最)|([省市州])内(?=各|的|[,,]))`);
const BELOW_WHOLE = /(低于|高于|超过|不及)全(国|省|区|市|州|县|盟|旗)[^。;]{0,12}平均/g;
// (the comparisons of the last sentence seen, found once per sentence)
let belowText = '';
let belowAt: number[] = [];
/** the level words (省, 市, 国…) of the areas above the text's region */
let aboveLevels = new Set<string>();
function belowWholeAfter(n: string, pos: number): boolean {
  if (n !== belowText) {
    belowText = n;
    belowAt = n.includes('平均') ? [...n.matchAll(BELOW_WHOLE)].filter((m) => !aboveLevels.has(m[2])).map((m) => m.index!) : [];
  }
  for (const p of belowAt) if (p >= pos && !/[。;]/.test(n.slice(pos, p))) return true;
  return false;
}
const REGION_GROUP = /(?:^|[^全本各\u4e00-\u9fff])(?:[东南西北中]|华[东南北中]|[东西][南北])?(?:[一两二三四五六七八九十]+(?:个)?(?:省|市|区|县|州|盟|旗|自治区)(?:份)?)+$|^(?:[东南西北中]|华[东南北中]|[东西][南北])?(?:[一两二三四五六七八九十]+(?:个)?(?:省|市|区|县|州|盟|旗|自治区)(?:份)?)+(?:共|合计|共计)?[\u4e00-\u9fff]{0,4}$/;
const OWN_GROUP_BEFORE = /[、,和及与][^、,;。]{0,8}[\u4e00-\u9fff]{2}(家庭|人员|对象|儿童|老人|老年人|群众|人口|学生|残疾人)\s*$/;
const NAMED_GROUP = /(儿童|老人|老年人|人员|对象|群众|家庭|人口|学生|残疾人)$/;
const OWN_GROUP = /^[、,和及与]?[\u4e00-\u9fff]{1,6}(对象|人员)$/;
const ACT_ON_PERSONS = /^([^,;:。]{1,14}?(?:人|老人|老年人|对象|人员|群众|儿童|家庭))(?:办理|发放|颁发|核发|发)/;
/** 为N名<persons>办理/发放…: the persons named right after the count, none a programme's alias */
function ownPersonsActed(lex: Lexicon, n: string, t: ValueToken): boolean {
  const m = ACT_ON_PERSONS.exec(n.slice(t.end));
  return !!m && !lex.aliases(m[1]).length;
}
const OWN_SUBSIDIES = /^(及|和|与)(各类|各项|其他|临时|价格)?(补贴|补助)(资金|金)?\s*(共|合计|共计)?\s*$/;
// (救助已脱贫人口944人次 / 帮扶搬迁群众380人: a group counted right before the money)
const OTHER_GROUP_COUNT = /([\u4e00-\u9fff]{1,10}(?:人口|群众|群体|人员|对象|家庭))\s*[\d.]+\s*万?(?:人次|人|户|名)\s*$/;
const GENERIC_GROUP = /^(救助|帮扶|资助|慰问|保障)?(困难)?(群众|群体)$/;
const NEXT_AMOUNT = /\d[\d.]*\s*[万亿]?元/;
const CARE_FEE = /(全护理|半护理|全自理|半自理|完全不能自理)(人员|对象)?(的)?(护理费|护理补贴|照料护理费|照料护理补贴)(标准)?(提高到|提高至|调整为|调整到|为|是|按)?(不低于|每人每月|每人每年)?$/;
function careFee(lex: Lexicon, before: string, para: string): Found | null {
  const m = CARE_FEE.exec(before);
  const ind = lex.byId.get('tekun_care_std');
  if (!m || !ind || !/特困|五保/.test(para) || /残疾|老年|高龄/.test(para)) return null;
  const bd = lex.breakdowns(m[1], 0, m[1].length, 'care_level');
  return bd.length ? { ind, breakdown: bd[0].e.value, via: 'left' } : null;
}

const BOTH_DISAB_STD = /两项补贴(?:的)?(?:标准|补助标准)?(?:分别|均|都|统一)[^,,;。:\d]{0,10}$/;

/** 落实残疾人两项补贴制度。生活补贴标准提高到一级A元/人/月…;护理补贴标准…: the two subsidies' standards named short. */
function disabStd(lex: Lexicon, before: string, para: string): Found | null {
  // 两项补贴分别按照每人每月A元的标准发放: one standard for both subsidies (the care one is added after the record)
  if (BOTH_DISAB_STD.test(before)) {
    const living = lex.byId.get('disab_living_std');
    return living ? { ind: living, breakdown: '', via: 'left' } : null;
  }
  const all = [...before.matchAll(/(生活补贴|护理补贴)标准/g)];
  const m = all[all.length - 1];
  if (!m || !/残疾/.test(para) || /老人|老年|高龄|儿童|孤儿|特困|五保|低保/.test(before)) return null;
  const ind = lex.byId.get(m[1] === '生活补贴' ? 'disab_living_std' : 'disab_care_std');
  if (!ind) return null;
  const bd = ind.breakdowns ? lex.breakdowns(before, m.index!, before.length, ind.breakdowns) : [];
  return { ind, breakdown: bd.length ? bd[bd.length - 1].e.value : '', via: 'left' };
}

const ALL_TOWNSHIPS_APPROVED = /^各(乡|镇)[(（]?(镇|乡)?[)）]?[、和及]?(街道)?(共|合计)?(批准|审批|认定)[^,;:。]{0,20}$/;
// (截至今年8月22日17时: a clock time on one day; 今年七夕节…办理结婚登记: one festival day)
const ONE_EVENT = /(截至|截止)(当天|当日|今天)?(上午|中午|下午|晚上|当晚)\s*\d{1,2}\s*(时|点)|(截至|截止)(今年|本年|\d{4}年)?\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(上午|中午|下午|晚上)?\s*\d{1,2}\s*(时|点)(?!\d)|(今年|去年)?(七夕|情人节)节?(当天|当日)?[^,;。]{0,20}(办理|登记)|(现场|当场|本次活动|此次活动|本次|此次|当天|当日)(共)?(募集|筹集|收到|接收|募得|认捐|捐款)|(本次|此次)[^,;。]{0,6}活动(共)?(募集|筹集|收到|募得)/;
const DRIVE_LAUNCHED = /(发起|开展|启动|举办|组织|推出)[^,;。]{0,8}[“"《][^”"》]{1,14}(行动|活动|项目|募捐|义卖|慈善日|公益日|一日捐)[”"》]/;
const TWO_SCHEMES = /(社会救助|低保|特困|临时救助)(资金)?(及|和|与|、)(残疾人)?(两贴|两项补贴|高龄津贴|护理补贴)/;
// two groups of people named as one list (低保和农村五保对象 / 城乡低保群众、农村特困供养人员); the captures are the groups
const GROUP_WORD = '(?:城乡|城市|城镇|农村)?(低保|特困|五保|孤儿|事实无人抚养|残疾人|高龄|老年人|三无)';
const TWO_GROUPS = new RegExp(`${GROUP_WORD}[^,;:。、和及与\\d]{0,8}[、和及与]${GROUP_WORD}`);
const TWO_GROUPS_AFTER = new RegExp(`^\\s*[名位]?${TWO_GROUPS.source}`);
/** Two different groups named as one list in `s` (at its start when `after`). */
function twoGroups(s: string, after = false): boolean {
  const m = (after ? TWO_GROUPS_AFTER : TWO_GROUPS).exec(s);
  return !!m && m[1] !== m[2];
}
const EXTRA_MONTH = /增发(一|1|两|2)个月/;
const AS_OF_NOW_OR_PRESS = /(截至|截止)(目前|发稿)/;
const PAST_YEAR = /过去(的)?一年/;
/** 今年以来 / 今年1-9月 / 截至今年9月底 / 今年上半年: the text gives figures of a year in progress */
const THIS_YEAR_FIGURES = /今年(?:以来|上半年|前三季度|第?[一二三四]季度|\d{1,2}\s*[-—~至到]\s*\d{1,2}\s*月)|截[至止]今年\d{1,2}\s*月/;
const PROGRAMME_WORD = /低保|最低生活保障|特困|五保|临时救助/;
// 临时救助和助学救助: two kinds of 救助 named together
const TWO_RELIEFS = /([\u4e00-\u9fff]{2,4})救助(?:工作)?[和及与、]([\u4e00-\u9fff]{2,4})救助/;
/** 低保、特困对象 / 低保和五保户 in the rest of the sentence (a list of programmes). */
const PROGRAMMES_LISTED_AFTER = /^[^。;]*?(低保|最低生活保障|特困|五保)(供养)?(对象|人员|户)?[、和及与](城乡|城市|农村)?(低保|最低生活保障|特困|五保)/;
/** 为<beneficiary or disaster>募捐/募集善款: money raised for one purpose (not 为慈善事业/公益事业) */
const EARMARKED_RAISED = /为(?!慈善|公益|社会)[^,;:。\d为]{1,16}(?:募捐|募集|捐款|捐赠|筹集|筹款)[^,;:。\d]{0,6}$/;
/** a drive's or named fund's takings with their amount: 慈善一日捐"A万元 / 冠名基金"B万元 */
const SIBLING_DRIVE = /(?:一日捐|冠名基金|慈善日|公益日)["”]?[^,;:。\d]{0,8}[\d.]+\s*[万亿]?元/;
const CAMPAIGN_NAME = /文化月|宣传月|宣传周|慈善月|活动月|活动周|公益节|公益日|慈善日|一日捐|募捐活动|义卖/;
const SPAN_OF_EVENT = /(活动|行动|文化月|宣传月|宣传周|慈善月|活动月|活动周|公益节|慈善日|宣传日|春节|国庆|七夕|清明节?|中秋节?|重阳节?|端午节?|元旦|节日|疫情|疫情防控|防汛|抗洪|抗疫|寒潮)期间|汛期(?!结束)/;
const DRIVE_TOLD = /一日捐|公益日|(捐款|捐赠|募捐)[^。]{0,10}(仪式|活动)|^\s*(仪式|活动)(上|中|现场)/;
const CAMPAIGN_START = /(启动|开展|发起)[^。]{0,20}(一日捐|募捐)[^。]{0,6}活动/;
/** 机关组织开展"慈善一日捐"现场捐赠活动…共募集善款A元: a collection held in the same sentence */
const ORG_COUNTS = /^(social_orgs|charity_orgs|social_work_orgs|volunteer_groups|social_groups|non_enterprise_units|foundations)$/;
const ORG_ACTING = /^\s*(积极|主动|共同|先后|累计|还)?(开展|参与|参加|承接|实施|投入|结对|助力|帮扶|发起|举办)/;
const COLLECTION_HELD = /(组织|开展|举行|举办|启动|发起)[^。;]{0,24}(捐赠|捐款|募捐|义捐|一日捐|募集)[^。;,]{0,6}(活动|仪式)/;
/** 其中,对…家庭 / 其中为…老人: a sentence opening with 其中 and the group the part went to. */
const QIZHONG_GROUP = /^\s*其中[,,::]?\s*(?:对|为|向|给)((?:[^,,;。\d]|\d{2,3}周?岁){2,16}?)(家庭|群众|人员|对象|老人|老年人|儿童|户)/;
const ONE_CASE = /(?:为|给|向|帮|帮助|对)(?:该户|该家庭|其家庭|该名|该位|该老人|该对象|该生|该患者|该儿童|其本人|其(?![他它余中]))/;
const PAID_TO_GROUP = /(?:向|为|给|对)[^,;:。]{0,12}?(?:\d+\s*周?岁(?:以上|以下|及以上)|有劳动能力|无劳动能力|丧失劳动能力|因病|因残|因灾|因学|重病|在校|未成年|独居|留守)[^,;:。\d]{0,6}(?:低保|特困|五保|最低生活保障)/;
/** 60岁以上 / 有劳动能力的 / 因病致贫的 … right before a programme's people. */
const GROUP_BEFORE = /(\d+\s*周?岁(?:以上|以下|及以上)|有劳动能力|无劳动能力|丧失劳动能力|因病|因残|因灾|因学|重病|在校|未成年|独居|留守)[^,;:。\d]{0,6}$/;
/** 资助…参保 / 代缴 / 慰问 …: an action whose people a 其中 part splits. */
const ACTION_WHOLE = /(资助|代缴|参保|参加[^,;。]{0,8}保险|慰问|走访|体检|培训|安装|办理[^,;。]{0,8}保险)[^;。]*$/;
/** 全区所辖城关街道, / 辖区内的东关社区有…: a named township or community opening the sentence. */
const PLACE_OPENS = /^\s*(?:全[区县市旗]|我[区县市旗])?(?:所辖(?:的)?|辖区内的?|下辖(?:的)?)[\u4e00-\u9fff]{2,6}?(?:街道|镇|乡|社区|村)(?![\u4e00-\u9fff]{0,2}(?:级|各|中))/;
/** 山区乡镇 / 南部5个街道 / 涉农街道 …: some townships of the area named by where they lie. */
const PART_AREA = /(山区|丘陵|平原|库区|沿河|沿江|沿海|沿湖|城区|涉农|老城|新城|南部|北部|东部|西部|中部|偏远)(?:的)?(?:\d+个)?(?:乡镇|街道|镇街|镇|乡|村|社区)(?:共有|共|的)?$/;
/** 个乡镇仅有 / 个街道均建有: the places counted, then more than the noun they qualify (not 个乡镇敬老院 / 个乡镇的). */
const PLACES_COUNTED = /^个?(?:乡镇|镇街|街道|乡|镇|行政村|村居|村|社区|居委会|村委会)(?:[((][^))]{1,8}[))])?(?![乡镇街道村居社区委的\d])./;
/** 3个街道 / 其中5个镇的: a count of townships, the figure after it is theirs. */
const COUNTED_TOWNSHIPS = /(?:\d+|[两二三四五六七八九十]+)个(?:街道|乡镇|镇街|镇|乡|社区|村|村居)(?:的)?(?:共有|共计|合计|共|的)?$/;
/** 试点街道 / 示范镇 / 第一批试点的12个社区: the pilot or model places. */
const PILOT_AREA = /在(?:\d+|[两二三四五六七八九十])个(?:街道|乡镇|镇街|镇|乡|社区|村)[^,;。\d]{0,8}(?:开展|进行|启动)[^,;。\d]{0,8}试点|(试点|示范|样板|第一批|首批)(?:的)?(?:\d+个|[两二三四五六七八九十]个)?(?:街道|乡镇|镇街|镇|乡|社区|村|区域|片区)(?![\u4e00-\u9fff]{0,2}(?:级|全覆盖))/;
const PROGRAMME_PERSONS = /^(dibao|tekun|orphan|fmcare|kunjing|disab_living|disab_care|disab_two)_(persons|households)$/;
/** 为…购买(照料护理)服务 / 提供…服务 in a clause before the value. */
const SERVICE_BOUGHT = /(?:^|[,,;])\s*(?:为|给|向)(?=[^。;]{0,30}(?:失能|半失能|失智|重度|重病|高龄|独居|空巢|留守|分散|集中|部分|\d+\s*周?岁))[^。;]{0,30}(购买|提供)[^。;,,]{0,12}(服务|保险)[^。;]*[,,]\s*$/;
/** 送温暖行动中, / 暖冬活动期间,: a drive opening the sentence. */
const DRIVE_OPENS = /^\s*[^,,;。\d]{0,12}(送温暖|暖冬|送清凉|帮扶|慰问)[^,,;。\d]{0,4}(行动|活动)(中|期间)[,,]\s*$/;
/** 发放取暖补贴/价格临时补贴/一次性生活补贴/慰问金…A万元, in the clause before those reached */
const OWN_PAYMENT_BEFORE = /(发放|拨付|下发)[^,;:。]{0,12}((取暖|燃煤|水电气|水电|电费|燃气|冬季|降温|防暑)(补贴|补助|费)|价格临时补贴|临时价格补贴|物价补贴|一次性[^,;:。]{0,4}(补贴|补助)|慰问金)[^,;:。]{0,16}[,,]\s*$/;
/** A subsidy of its own (heating, power…) paid to the programme's people. */
const OWN_SUBSIDY = /(取暖|燃煤|水电气|水电|电费|燃气|冬季|降温|防暑)(补贴|补助|费)/;
/** 预拨2013年第一季度… / 预拨下半年…: an advance allocation for a stated period (its year, 0 when not stated) */
function advanceLead(x: string): { year: number } | null {
  if (!x.includes('预拨')) return null;
  const m = /预拨(?:了)?(?:((?:19|20)\d{2})年)?(第?[一二三四1-4]季度|上半年|下半年)?/.exec(x);
  return m && (m[1] || m[2]) ? { year: m[1] ? Number(m[1]) : 0 } : null;
}
const MEDICAL_ASSIST = /(大病|医疗|重特大疾病|因病)救助/;
/** programmes and groups besides 低保 that a sentence on money may name */
const OTHER_THAN_DIBAO = /特困|五保|临时|医疗|教育|住房|孤儿|儿童|流浪|救灾|救济|灾害|残疾|老年|高龄|边缘|供养|优抚|其中/;
/** one programme of assistance named (not in a list): a bare 救助资金/救助困难群众 in its sentence is that programme's */
const ONE_PROGRAMME = /(?<![、和及与])(救灾|救济|流浪乞讨|医疗救助|教育救助|住房救助|就业救助|大病救助)(?![^,;:。]{0,6}(?:[、和及与]|等))/;
const CHARITY_BODY = /慈善(总会|协会|联合会|基金会|组织|机构)|红十字会/;
const PROGRAMME_FUNDS = /^(dibao|tekun|temp_assist|vagrant_assist)_funds$/;
/** 其中 and, in its list, money outside social assistance (the disability allowances, 优抚, 高龄津贴, 殡葬, orphans) */
const MIXED_FUNDS_LIST = /其中[^。]*?(残疾人(?:生活|护理)补贴|护理补贴|两项补贴|两贴|优抚|抚恤|高龄(?:津贴|补贴)|殡葬|孤儿)/;
const BROAD_FUNDS = /(社会保障|社会救助|民政|救助|民生)(专项)?(资金|经费|支出)/;
const ONE_OFF_FUNDS = /一次性|慰问|节日|春节|价格|物价|补贴|补助金|电费|取暖/;

/**
 * 发放社会保障专项资金A万元。其中,城乡低保B万元,特困人员供养C万元,临时救助D万元: the parts after 其中 name three or more
 * programmes and the whole is a broad fund (not a one-off payment), so each unlabelled part is its programme's whole.
 */
function programmeSplit(lex: Lexicon, n: string, t: ValueToken, cs: number, prevSentence: string): boolean {
  if (kindOfUnit(t.unit) !== 'money') return false;
  const qz = n.lastIndexOf('其中', t.start);
  if (qz < 0 || /;/.test(n.slice(qz, t.start))) return false;
  if (/城市|城镇|农村|集中|分散/.test(n.slice(cs, t.start).replace(/城乡/g, ''))) return false;
  const head = /^[\s,:]*$/.test(n.slice(0, qz)) ? prevSentence : n.slice(0, qz);
  const m = BROAD_FUNDS.exec(head);
  if (!m || ONE_OFF_FUNDS.test(head)) return false;
  const end = n.indexOf('。', qz);
  const fams = new Set(lex.aliases(n, qz, end < 0 ? n.length : end).map((o) => lex.family(o.e.ind.id) ?? o.e.ind.id.replace(/_(funds|persons|times|households|std.*)$/, '')));
  return fams.size >= 3;
}

/** The standard named right before `f`'s subject and joined to it by 和/及/与/、, when both share the value. */
function sharedStandard(lex: Lexicon, n: string, cs: number, t: ValueToken, f: Found): { ind: IndicatorDef; breakdown: string } | null {
  if (f.ind.kind !== 'standard' || f.via !== 'left' || !f.occ) return null;
  // (…生活补贴标准、城乡重度残疾人护理补贴标准: a scope word of the second name between)
  const j = f.occ.start - (/(城乡|城镇|城市|农村)$/.test(n.slice(Math.max(cs, f.occ.start - 2), f.occ.start)) ? 2 : 0);
  if (j - 1 <= cs || !/[和及与、]/.test(n[j - 1])) return null;
  const o = lex.aliases(n, cs, j - 1).filter((x) => x.end === j - 1).pop();
  if (!o || o.e.ind.kind !== 'standard' || o.e.ind.id === f.ind.id || !lex.fits(o.e.ind, t.unit)) return null;
  // (散居孤儿、事实无人抚养儿童养育标准: the first name's own breakdown word)
  const bds = !o.e.breakdown && o.e.ind.breakdowns ? lex.breakdowns(n, cs, o.end, o.e.ind.breakdowns) : [];
  return { ind: o.e.ind, breakdown: o.e.breakdown || (bds.length ? bds[bds.length - 1].e.value : '') };
}

const DAY_SPAN = /(\d{1,2})月(\d{1,2})日[^,;:。]{0,12}?(?:至|到|—|-|~)(\d{1,2})月(\d{1,2})日|(?<![\d.])(?:\d{1,2}|[两三四五六七八九十]+)天(?:时间)?(?:里|内|中|期间)|单日|当天|当日/;
/** A span of days (1月29日至2月7日, 10天时间里, 当天) before a value: not a span of whole months. */
// (ages in digits or Chinese numerals: 90周岁以上 / 九十周岁以上)
const AGE_BAND = /(\d{2,3}|[一二三四五六七八九十百]{2,4})\s*(?:周?岁)?\s*[-~～—–至到]\s*(\d{2,3}|[一二三四五六七八九十百]{2,4})\s*周?岁|(\d{2,3}|[一二三四五六七八九十百]{2,4})\s*周?岁\s*(?:及以上|以上)/g;
const ageOf = (s: string): number => (/\d/.test(s) ? Number(s) : cnValue(s));
/** The last age band in a clause head (80-84周岁, 90周岁以上; not 80岁以上, which is the whole of an old-age programme). */
function ageBandBefore(head: string): string | null {
  if (!head.includes('岁')) return null;
  let out: string | null = null;
  for (const m of head.slice(-40).matchAll(AGE_BAND)) if (m[1] || ageOf(m[3]) > 80) out = m[0];
  return out;
}

/** The one age band (a span, or above 80) named in a sentence head; null when none or several. */
function oneBandBefore(head: string): string | null {
  if (!head.includes('岁')) return null;
  const ms = [...head.matchAll(AGE_BAND)];
  return ms.length === 1 && (ms[0][1] || ageOf(ms[0][3]) > 80) ? ms[0][0] : null;
}

// 70至79岁 / 60-79周岁: a band below 80 paid by an old-age programme
const YOUNGER_BAND = /(?<!\d)[67]\d\s*[-~～—–至到]\s*[67]\d\s*周?岁/;
/** 4391名70至79岁老年人: a band right after a count (a span, or above 80) names the count's group. */
function ageBandAfter(n: string, t: ValueToken): string | null {
  const m = /^[名位人]?\s*(?:(\d{2,3}|[一二三四五六七八九十百]{2,4})\s*[-~～—–至到]\s*(\d{2,3}|[一二三四五六七八九十百]{2,4})\s*周?岁|(\d{2,3}|[一二三四五六七八九十百]{2,4})\s*周?岁\s*(?:及以上|以上))/.exec(n.slice(t.end, t.end + 16));
  return m && (m[1] || ageOf(m[3]) > 80) ? m[0].replace(/^[名位人]?\s*/, '') : null;
}
/** 979名80岁以上老年人 / 80周岁以上老人A人: the band named in the value's clause, before or right after it. */
function ageBandAround(n: string, cs: number, t: ValueToken): string | null {
  const m = /(\d{2,3}|[一二三四五六七八九十百]{2,4})\s*周?岁\s*(?:及以上|以上)/.exec(n.slice(cs, Math.min(n.length, t.end + 12)));
  return m ? m[0] : null;
}

const BRACKET_AFTER = /^\s*[((]([^()(),,;;。\n]{1,16})[))]/;
/** The part a bracket right after a standard's value names: its own breakdown values (一、二级: both), 'age' for an
 * age band the catalogue lacks, 'part' for another set's part (集中供养, 一级 of a set it has not); null when none. */
function bracketPartAfter(lex: Lexicon, n: string, t: ValueToken, ind: IndicatorDef): string[] | 'age' | 'part' | null {
  const m = BRACKET_AFTER.exec(n.slice(t.end, t.end + 24));
  if (!m) return null;
  const inside = m[1];
  // (含事实无人抚养儿童: the standard covers that group too)
  if (/^(含|包括|包含)/.test(inside)) return null;
  if (ind.breakdowns === 'disability_grade' && /^一级?\s*[、和及与]\s*二级(残疾人?)?$/.test(inside)) return ['一级', '二级'];
  const own = ind.breakdowns ? [...new Set(lex.breakdowns(inside, 0, inside.length, ind.breakdowns).map((o) => o.e.value))] : [];
  if (own.length === 1 && !/不含|不包括|除|以外|之外|参照|比照|同|下同/.test(inside)) return own;
  if (own.length) return 'part';
  if (/\d{2,3}\s*周?岁/.test(inside) || /百岁|期颐/.test(inside)) return 'age';
  if (SUPPLY_MODE.test(inside) || lex.breakdowns(inside).some((o) => o.e.setId !== 'urban_rural' && o.e.setId !== 'township_type')) return 'part';
  return null;
}

/** The standard a ratio's clause is about (A标准按B标准的1.3倍…): the last other standard named before the basis B; null when none. */
function ratioSubject(lex: Lexicon, n: string, f: Found, t: ValueToken, reference = false): Found | null {
  const basis = f.occ!;
  let best: Occ<AliasEntry> | undefined;
  for (const o of lex.aliases(n, 0, basis.start)) {
    if (o.end > basis.start || o.e.ind.id === basis.e.ind.id || o.e.ind.kind !== 'standard' || !lex.fits(o.e.ind, t.unit)) continue;
    if (reference ? /[。;]/.test(n.slice(o.end, basis.start)) : /倍/.test(n.slice(o.end, basis.start))) continue;
    if (!best || o.start > best.start || (o.start === best.start && o.end > best.end)) best = o;
  }
  return best ? { ind: best.e.ind, breakdown: best.e.breakdown, via: 'left', occ: best } : null;
}

const SAME_AS_BEFORE = /^与(?:上一?年度?|去年|往年|此前|以前|原标准)(?:同期)?(?:(?:保持)?(?:相同|持平|一致)|相比|相较|比较)/;
/** 低收入人口, 困难群众: populations that hold every assistance programme's people. */
const UNION_POPULATION = /低收入|困难群众|困难群体|困难对象|救助对象|保障对象|兜底|救助供养/;
/** The words between a count and the programme it received (A名扶贫对象得到…); the capture is the population named. */
const RECEIVED_AFTER = /^\s*(?:[、,]?\s*[\d.]+\s*万?(?:余|多)?[户人名])?(?:万)?(?:余|多)?(?:名|人|户|位)?([\u4e00-\u9fff]{0,12}?)(?:中)?(?:被)?(?:得到|享受|纳入|获得|领取)(?:了|到)?(?:政府|国家)?(?:的)?/;
/** Populations other than a programme's own people (poverty registers, the disabled, the elderly, children …). */
const OTHER_POPULATION = /扶贫|贫困|建档立卡|脱贫|返贫|监测|残疾|重病|重残|老年|老人|高龄|儿童|学生|退役|优抚|搬迁/;
/** A clause speaking of the whole area or the whole period (全县/全年/共计/其中…). */
const WHOLE_CLAUSE = /全[县市区省州旗年]|我[县市区省]|共计|合计|总计|累计|其中|全部/;
/** Whether `s` names the indicator's own programme (an alias of its family). */
function namesFamily(lex: Lexicon, ind: IndicatorDef, s: string): boolean {
  const fam = lex.family(ind.id);
  // (享受低保特困政策的建档立卡贫困人口: an indicator defined among that population)
  return lex.aliases(s).some((o) => o.e.ind.id === ind.id || (fam !== undefined && lex.family(o.e.ind.id) === fam) || ind.name.includes(o.e.text) || ind.name.includes(o.e.ind.name));
}
const OTHER_GROUP_AMONG = /([\u4e00-\u9fff]{2,10}?(?:对象|人员|家庭))(?:中[,，]?|包括|包含|涵盖)(?:[^,，;；。:：\d]*\d[\d.]*\s*万?\s*(?:户|人|名|人次|户次)[,，、])*\s*$/;
const OTHER_POPULATION_PART = /(脱贫|建档立卡|返贫|监测对象|监测户|易地扶贫搬迁|搬迁)[^,;:。\d]{0,8}\d[\d.]*\s*万?\s*(?:户|人|名)[^。;]{0,16}?[,,]?\s*其中[,:]?[^。;\d]{0,12}$/;
/** 与孤儿一致 / 参照孤儿: a name standing as the reference another figure is set by. */
function isReference(n: string, o: Occ<AliasEntry>): boolean {
  const before = n.slice(Math.max(0, o.start - 2), o.start);
  if (/(参照|比照|对照)$/.test(before)) return true;
  return /(与|同|和)$/.test(before) && /^(?:的)?(?:基本生活费?|保障|养育)?(?:标准)?(?:保持)?(一致|相同|同等|持平|看齐)/.test(n.slice(o.end, o.end + 12));
}

const NUMBERED_GROUP = /[一二三四五六七八九十两\d]{1,3}个?(?:区县|县区|县市|区|县|旗)(?![\u4e00-\u9fff]{0,2}(?:的|共|合计))|(?<![分为按成])[一二三四五六七八九十\d]{1,2}类(?:地区|区域|片区|地方)|市本级|主城区|中心城区|(?<![全我本城各])市区(?![县两级])|各区(?![县市])|各县(?![区市])|县\(市\)|县市(?![区县])/g;
const NUMBERED_GROUP_ONE = new RegExp(NUMBERED_GROUP.source);
/** Where token ti's own item starts: after the last value before it that is not an old one (由A提高到B: A is skipped). */
function itemStart(toks: ValueToken[], ti: number): number {
  let k = ti - 1;
  while (k >= 0 && toks[k].role === 'previous') k--;
  return k >= 0 ? toks[k].end : 0;
}
const GROUP_ITEM_OPENS = new RegExp(`^[\\s;,、]*(?:${NUMBERED_GROUP.source})(?:政府所在地?(?:镇|乡镇)?|政府驻地镇?|城关镇|县城|其他乡镇|其余乡镇|其他乡\\(镇\\))?\\s*(?:[::]|由|从|为|提高|调整|达到|上调)`);
const RATIO_BASIS_AFTER = /^(?:标准)?(?:的)?\s*[\d.]+\s*倍/;
/** 两县由C提高到D after a standard named in the clause or sentence before: that standard (the group is read by the guard). */
function standardOfGroupItem(lex: Lexicon, n: string, t: ValueToken, prevEnd: number, prevSentence: string, lastRecord?: DataRecord): Found | null {
  const item = n.slice(prevEnd, t.start);
  if (!GROUP_ITEM_OPENS.test(item) || lex.aliases(n, prevEnd, t.start).length) return null;
  const before = prevEnd > 0 ? n.slice(Math.max(0, prevEnd - 80), prevEnd) : prevSentence.slice(-80);
  // (特困人员供养标准按不低于低保标准1.3倍确定,两区为A元,四县为B元: the basis of a ratio is not the items' standard)
  const named = dropContained(lex.aliases(before)).filter((o) => o.e.ind.kind === 'standard' && lex.fits(o.e.ind, t.unit) && !RATIO_BASIS_AFTER.test(before.slice(o.end, o.end + 12)) && !isReference(before, o));
  const o = named[named.length - 1];
  // (…由每人每年A元提高到B元;两县由C元提高到D元: a bare 元 carries the per-person period of the clause before)
  const carry = (from: string) => {
    if (t.unit !== '元') return;
    const y = /每人每年|每年|元\/年|元\/人·年|元\/人\/年|元\/年\/人/.test(from);
    const m = /每人每月|每月|元\/月|元\/人·月|元\/人\/月|元\/月\/人/.test(from);
    if (y !== m) t.unit = y ? '元/人·年' : '元/人·月';
  };
  if (o) {
    carry(before.slice(before.lastIndexOf('。') + 1));
    return { ind: o.e.ind, breakdown: o.e.breakdown, via: 'left' };
  }
  // (…;两县政府所在镇由A元提高到B元;两县其他乡镇由C元提高到D元: the standard of the group item just before, after a semicolon)
  const last = prevEnd === 0 && lastRecord && !named.length && GROUP_ITEM_OPENS.test(prevSentence) ? lex.byId.get(lastRecord.indicatorId) : undefined;
  // (a tier stated by the month after one by the year is no tier of the same statement)
  const period = (u: string) => (/月/.test(u) ? '月' : /年/.test(u) ? '年' : '');
  if (!last || last.kind !== 'standard' || !lastRecord!.breakdown) return null;
  const unit = t.unit === '元' ? lastRecord!.unit : t.unit;
  if (period(unit) !== period(lastRecord!.unit) || !lex.fits(last, unit)) return null;
  t.unit = unit;
  return { ind: last, breakdown: '', via: 'left' };
}
/** How many different numbered area groups a text names. */
function groupsIn(catalogue: Catalogue, text: string): number {
  const found = new Set<string>();
  for (const m of text.matchAll(NUMBERED_GROUP)) found.add(resolverFor(catalogue).refs.areaGroup(m[0]) ?? m[0]);
  return found.size;
}

/**
 * 城市低保标准三区和各县市 (before 分别): a standard's name followed by a list of parts of the region, one per value.
 * The standard and each part's canonical area group (null for a part the catalogue does not know); null when no such list.
 */
function groupsAfterStandard(lex: Lexicon, catalogue: Catalogue, subject: string, unit: string, count: number): { ind: IndicatorDef; breakdown: string; groups: (string | null)[]; sides?: IndicatorDef[] } | null {
  if (!/[和、及与]/.test(subject)) return null;
  const occ = lex.aliases(subject).filter((o) => o.e.ind.kind === 'standard' && lex.fits(o.e.ind, unit));
  if (!occ.length) return null;
  const o = occ.reduce((a, b) => (b.end > a.end ? b : a));
  // (五区和三县城市低保标准分别…: the parts before the name, when nothing but fillers follows it)
  const before = /^(的|均|都)?\s*$/.test(subject.slice(o.end)) ? groupsBeforeStandard(catalogue, subject.slice(0, o.start), count) : null;
  if (before) return { ind: o.e.ind, breakdown: o.e.breakdown, groups: before };
  const items = subject.slice(o.end).replace(/(的|均|都)\s*$/, '').trim().split(/[和、及与]/);
  if (items.length !== count || items.some((x) => !/^[\u4e00-\u9fff]{1,8}$/.test(x) || lex.aliases(x).length)) return null;
  const groups = items.map((x) => resolverFor(catalogue).refs.areaGroup(x));
  // (低保标准城市和农村分别…: the sides after the name, each side's own standard; never the whole's)
  if (items.every((x) => /^(城市|城镇|农村)$/.test(x))) {
    const sided = items.map((x) => lex.byId.get(`${o.e.ind.id}_${x === '农村' ? 'rural' : 'urban'}`));
    if (new Set(items.map((x) => x === '农村')).size === items.length && sided.every((x) => x && lex.fits(x, unit))) return { ind: o.e.ind, breakdown: '', groups: items.map(() => ''), sides: sided as IndicatorDef[] };
  }
  // (城市和农村 are the sides; 城区 a group only when set against another part)
  if (items.some((x, i) => lex.breakdowns(x).length && !groups[i]) || items.every((x) => lex.breakdowns(x).length)) return null;
  // (an unknown part must still name a place: 东城片, 北区; not 今年和明年)
  return groups.every((g, i) => g || /(区|县|市|旗|镇|乡|街道|片)$/.test(items[i])) ? { ind: o.e.ind, breakdown: o.e.breakdown, groups } : null;
}
/**
 * 五区和三县 / 全市城区和县区 before a standard's name: the parts of the region listed as its subject, one per value,
 * each a known area group (null otherwise: the list is read as before).
 */
function groupsBeforeStandard(catalogue: Catalogue, prefix: string, count: number): string[] | null {
  const items = prefix.replace(/^.*[,,;;::]/, '').replace(/^\s*(?:(?:今年|本年|年内|同年|当年)\s*)?(?:[全我本][市区县州盟旗])?(?:的)?/, '').trim().split(/[和、及与]/);
  if (items.length !== count || count < 2) return null;
  const groups = items.map((x) => resolverFor(catalogue).refs.areaGroup(x));
  return groups.every((g) => g) && new Set(groups).size === count ? (groups as string[]) : null;
}
/** 五区和三县低保对象 (before 分别): the subject opens with a list of known parts of the region, one per value. */
function subjectGroups(lex: Lexicon, catalogue: Catalogue, subject: string, count: number): boolean {
  const first = lex.aliases(subject).reduce<number>((a, o) => Math.min(a, o.start), subject.length);
  return !!groupsBeforeStandard(catalogue, subject.slice(0, first), count);
}
/** A tier within a numbered group (两县政府所在镇, 两县其他乡镇), after the group's name. */
const GROUP_PART = /^(?:政府所在地?(?:镇|乡镇)?|政府驻地镇?|城关镇|县城|其他乡镇|其余乡镇|其他乡\(镇\))(?=[::]|由|从|为|提高|调整|达到|上调|城市|农村|低保|\s|$)/;
const LOTTERY_GAME = /刮刮乐|即开型?(?:彩票|票)|双色球|中福在线|快乐8|七乐彩|福彩3D|视频型?彩票|电脑型?彩票/;
/** One game of the lottery named before the value in its sentence, no total word after it. */
function oneLotteryGame(n: string, pos: number): boolean {
  const m = LOTTERY_GAME.exec(n.slice(0, pos));
  return !!m && !/合计|总计|总额|全部|各类|所有|以及/.test(n.slice(m.index + m[0].length, pos));
}

/** A clause chain up to `pos` opened by (民政局)机关 as the subject of an act of relief (not 局机关组织…). */
function bureauChannel(n: string, pos: number): boolean {
  const at = n.lastIndexOf('机关', pos);
  if (at < 0 || at + 2 > pos) return false;
  const from = Math.max(n.lastIndexOf(',', at), n.lastIndexOf(';', at), n.lastIndexOf(':', at), n.lastIndexOf('。', at)) + 1;
  if (!/^\s*(?:[\u4e00-\u9fff]{0,8}?(?:民政局|民政部门|局))?$/.test(n.slice(from, at))) return false;
  const rest = n.slice(at + 2, pos);
  return /^(?:直接)?[^,;:。]{0,8}?(救助|发放|支出|资助|补助|救济)/.test(rest) && !/[;。]|共计|合计|总计|全[省市区县州盟旗]/.test(rest);
}

/** The one numbered area group (五区, 三县, 市本级) in a value's own item, canonical; null when none or several. */
function areaGroupIn(catalogue: Catalogue, item: string): string | null {
  const found = new Set<string>();
  for (const m of item.matchAll(NUMBERED_GROUP)) {
    const g = resolverFor(catalogue).refs.areaGroup(m[0]);
    if (!g) return null;
    // (两县其他乡(镇) / 两县政府所在镇: a part of the group, not the group; the part itself when it is a known tier)
    const rest = item.slice((m.index ?? 0) + m[0].length);
    if (/^(其他|其余|以外|之外|所在|驻地|政府|城关|县城)/.test(rest)) {
      const part = GROUP_PART.exec(rest);
      const tier = part ? resolverFor(catalogue).refs.areaGroup(m[0] + part[0]) : null;
      if (!tier) return null;
      found.add(tier);
      continue;
    }
    found.add(g);
  }
  return found.size === 1 ? [...found][0] : null;
}

/** daysSpan of the sentence's words before pos (the sentence's first match is found once). */
const LONE_MONTH = /(?<![\d\-—~至到]\s*)(?<!截[至止]到?\s*)(?:1[0-2]|[1-9])\s*月份(?!\s*(?:以来|起|底|末|前|以前|之前|开始|[-—~至到]))/g;
/** 10月份 earlier in the sentence with no span or cumulative words between it and pos (全市临时救助10月份救助A人次,支出资金B万元). */
function loneMonthBefore(n: string, pos: number): boolean {
  if (!n.includes('月份')) return false;
  const m = [...n.slice(0, pos).matchAll(LONE_MONTH)].pop();
  return !!m && !/累计|全年|今年|以来|截[至止]|[-—~至到]\s*\d{1,2}\s*月|季度|半年|[;。]/.test(n.slice(m.index! + m[0].length, pos));
}
/** 据…透露,今年5月20日,…A: the last clause before the value opening with one day (no 截至, 起, 至), with no period after it */
// (not a news lead whose day is the publication's: 1月8日,记者从…获悉,2022年全市…)
function oneDayOpens(head: string): boolean {
  let last: RegExpMatchArray | undefined;
  for (const m of head.matchAll(ONE_DAY)) last = m;
  if (!last) return false;
  const rest = head.slice(last.index! + last[0].length);
  // (a day opening the sentence may be a news lead's, the publication's: 2023年9月20日,全区共发放…; unless 今年)
  const before = head.slice(Math.max(0, last.index! - 8), last.index!);
  return (/[,,;:。]\s*(?:今年|(?:19|20)\d{2}\s*年)?\s*$/.test(before) || /今年\s*$/.test(before)) && !/[。;]/.test(rest) && !DAY_LEAD_NOT_OWN.test(rest);
}
const ONE_DAY = /(?<!\d)\d{1,2}\s*月\s*\d{1,2}\s*日(?:上午|下午|晚上|当天|当日)?\s*[,,]/g;
const DAY_LEAD_NOT_OWN = /获悉|了解到|获知|记者|召开|会议|会上|通报|发布|公布|(?:19|20)\d{2}\s*年|今年|去年|上年|全年|以来|累计|截至|截止|[0-9一二三四五六七八九十]\s*月|季度|半年/;
const MID_MONTH_AS_OF = /(?:^|[,,;:\s])(?:截至|截止到?|到)\s*(?:(?:19|20)\d{2}\s*年\s*|今年|本年)?\d{1,2}\s*月\s*(?:[1-9]|1\d|2[0-7])\s*日(?!\s*(?:起|开始|前|以前|之前))[^。;]*$/;
function daysSpanAt(n: string, pos: number): boolean {
  if (n !== dayText) {
    dayText = n;
    dayFirst = DAY_SPAN.exec(n);
  }
  const m = dayFirst;
  if (!m || m.index >= pos) return false;
  if (m.index + m[0].length > pos) return daysSpan(n.slice(0, pos));
  return !(m[1] && Number(m[2]) === 1 && Number(m[4]) >= 28);
}
let dayText = '';
let dayFirst: RegExpExecArray | null = null;
/** The clause before the one starting at cs (after the last , ; or 。 before it; at most 200 characters back). */
function clauseBefore(n: string, cs: number): string {
  let k = cs - 2;
  const floor = Math.max(0, cs - 200);
  while (k >= floor && n[k] !== ',' && n[k] !== ';' && n[k] !== '。') k--;
  return n.slice(k + 1, cs);
}
function daysSpan(head: string): boolean {
  const m = DAY_SPAN.exec(head);
  if (!m) return false;
  return !(m[1] && Number(m[2]) === 1 && Number(m[4]) >= 28);
}

/** A generic 保障标准 or 保障/享受对象 in a paragraph on one side's 低保 only (城镇低保…; no 城乡, no other side). */
function paragraphProgramme(lex: Lexicon, para: string, before: string, unit: string): Found | null {
  // (目前,标准由2012年上半年的每人每年A元提高到…B元: a bare 标准 opening the clause of an old and a new value)
  const std = isStdUnit(unit) && (/(?:^|[,;:。\s]|\d{1,2}月份?)(保障标准|低保标准)[^,;:。]{0,16}?(达到|提高到|提高至|调整为|调整到|为)(每人每月|每人每年)?$/.test(before)
    || /^\s*(?:保障标准|低保标准|标准)(?:由|从)[^,;:。]{0,30}?(?:提高到|提高至|调整为|调整到|上调至|上调到|增加到|增加至)(每人每月|每人每年)?$/.test(before));
  const count = /^(户|人)$/.test(unit) && /(?<![^,;:。\s])(保障|享受)对象(确定为|为|有|共|达到)?$/.test(before);
  if (!std && !count) return null;
  const sides = new Set<string>();
  for (const m of para.matchAll(SIDE_PROGRAMME)) {
    if (m[2] !== '低保' && m[2] !== '最低生活保障') return null;
    if (m[1] === '城乡') return null;
    sides.add(/城/.test(m[1]) ? '城市' : '农村');
  }
  if (sides.size !== 1) return null;
  const side = [...sides][0];
  if (std) {
    const ind = lex.byId.get(side === '城市' ? 'dibao_std_urban' : 'dibao_std_rural');
    return ind && lex.fits(ind, unit) ? { ind, breakdown: '', via: 'left' } : null;
  }
  const ind = lex.familyMembersOf('dibao').find((x) => x.kind === 'count' && lex.fits(x, unit) && !lex.isNewIndicator(x));
  return ind ? { ind, breakdown: ind.breakdowns ? side : '', via: 'left' } : null;
}

/** A numbered heading of a few words and nothing else (一、最低生活保障 / (二)特困供养). */
const HEADING_LINE = /^\s*(?:[一二三四五六七八九十]+、|[((][一二三四五六七八九十]+[))])\s*[^。;,:\d\s]{2,12}\s*$/;
const PARA_HEADING = /^\s*(?:[一二三四五六七八九十]+、|[((][一二三四五六七八九十]+[))]|\d{1,2}[、.．])\s*([^。;,:\d]{2,12})[。:]/;
const HEAD_PROGRAMMES: [RegExp, string][] = [[/最低生活保障|低保/, 'dibao'], [/特困|五保/, 'tekun'], [/临时救助/, 'temp_assist']];
const AVG_WORDS = /(补助水平|救助水平|月人均|人均)[^,;:。\d]{0,6}$/;
/** 从A元提高到 right before a value: the old value of a change, skipped to reach the words before it */
const OLD_LEVEL_BEFORE = /(?:由|从)\s*(?:每人每[月年])?\s*[\d.]+\s*元(?:\/人[·.]?[月年])?\s*(?:提高|增加|调整|上调|提升)(?:到|至|为)\s*(?:每人每[月年])?\s*$/;
const HEADED_MODE = /^(?:(?:全|我)[县区市旗镇乡]|辖区)?(?:共|现有|共有)?(?:集中供养|分散供养)(?:的)?(?:对象|人员|五保对象|五保户|特困人员)?(?:共|有|为|达)?$/;
/**
 * 一、最低生活保障。截至…;补助水平城市达到月人均A元;当月支出资金B万元,其中:城市支出C万元: in a paragraph whose heading names
 * one programme, a clause naming nothing but generic money or level words (支出资金, 补助水平) is that programme's.
 */
function headedProgramme(lex: Lexicon, para: string, n: string, t: ValueToken, cs: number): Found | null {
  const h = PARA_HEADING.exec(para);
  return h ? programmeOfHeading(lex, h[1], n, t, cs) : null;
}
function programmeOfHeading(lex: Lexicon, heading: string, n: string, t: ValueToken, cs: number): Found | null {
  const fams = HEAD_PROGRAMMES.filter(([re]) => re.test(heading));
  // (一、城市低保: a heading naming one side of the programme gives its side)
  const sides = heading.replace(/城乡/, '').match(/城市|城镇|农村/g) ?? [];
  if (fams.length !== 1 || sides.length > 1) return null;
  const side = sides.length ? (sides[0] === '农村' ? '农村' : '城市') : '';
  const fam = fams[0][1];
  const before = n.slice(cs, t.start);
  // (a clause naming any indicator of its own is left to the other rules)
  // (城市特困支出A万元: the programme's own name is no other subject; 救助资金 alone names no programme)
  if (lex.aliases(n, cs, t.start).some((o) => !o.e.ind.id.startsWith(fam + '_') && !/^救助(资金|金)$/.test(o.e.text))) return null;
  const k = kindOfUnit(t.unit);
  let ind: IndicatorDef | undefined;
  if (k === 'money' && t.unit !== '元' && MONEY_WORDS.test(before) && !/人均|每人/.test(before)) {
    // (当月支出资金A万元,其中:城市支出B万元: the parts of one month's payment are that month's too)
    const monthly = /当月|本月/.test(before) || /(当月|本月)[^;。]*其中/.test(n.slice(0, cs));
    ind = monthly ? lex.byId.get(fam + '_monthly_funds') : lex.byId.get(fam + '_funds');
    if (!ind && monthly) return null;
  } else if ((t.unit === '元' || /^元\/人/.test(t.unit)) && AVG_WORDS.test(before.replace(OLD_LEVEL_BEFORE, ''))) {
    // (户次均救助水平A元 / 户均补助水平: a level per household, not the per-person level)
    if (/户次?均[^,;:。\d]{0,6}$/.test(before)) return null;
    // (人均补助水平从A元提高到B元: the level named before the old value)
    ind = lex.byId.get(fam + '_avg_subsidy') ?? lex.byId.get(fam + '_avg');
  } else if (fam === 'tekun' && k === 'person' && HEADED_MODE.test(before.replace(/\s/g, ''))) {
    // (三、五保供养工作。…集中供养A人;分散供养B人: the persons of each supply mode)
    const mode = lex.familyMembersOf('tekun').find((x) => /_(persons|households)$/.test(x.id) && x.extraBreakdowns?.includes('supply_mode') && lex.fits(x, t.unit));
    // (农村集中供养A人,分散供养B人: a side and a mode, which the one split cannot hold, are left to the other rules)
    return mode && !side && !/城市|城镇|农村|城乡/.test(n.slice(0, t.start)) ? { ind: mode, breakdown: /集中/.test(before) ? '集中供养' : '分散供养', via: 'left' } : null;
  } else if (side && isStdUnit(t.unit) && /^(?:保障|救助|供养)?标准(?:为|是|达到|提高到|调整为)?$/.test(before.replace(/\s/g, '').replace(/(每人每[月年]|每[月年])$/, ''))) {
    // (一、城市低保 …保障标准每人每月A元: the side's standard)
    ind = lex.byId.get(`${fam}_std_${side === '城市' ? 'urban' : 'rural'}`);
    return ind && lex.fits(ind, t.unit) ? { ind, breakdown: '', via: 'left' } : null;
  }
  if (!ind || !lex.fits(ind, t.unit)) return null;
  let bds = ind.breakdowns ? lex.breakdowns(n, cs, t.start, ind.breakdowns) : [];
  if (!bds.length && !side && ind.breakdowns && k !== 'money') bds = oneSideBefore(lex, n, cs, ind.breakdowns);
  const bd = bds.length ? bds[bds.length - 1].e.value : side && ind.breakdowns === 'urban_rural' ? side : '';
  if (side && !bd) return null;
  return { ind, breakdown: bd, via: 'left' };
}

/** 城乡低保城镇A户B人,支出低保金C万元,月人均补助水平D元: the breakdown the sentence named before `end`, if it named one only. */
function oneSideBefore(lex: Lexicon, n: string, end: number, kind: string): Occ<BdEntry>[] {
  const before = lex.breakdowns(n, 0, end, kind);
  return before.length && before.every((b) => b.e.value === before[0].e.value) ? before : [];
}

// (农村人均月补助水平达到A元 / 城市低保人均补助达到B元: a side, or a side and the programme, named before the level)
const LEVEL_BEFORE = /^(城市|城镇|农村)?(低保)?(?:月|年)?(?:(?:人均|平均|人次均)月?(?:补助|救助)(?:水平)?|(?:人均|平均)?(?:补助|救助|保障)水平)(?:为|达到|达|是)?\s*$/;
/** 帮助…群体解决特殊困难A人次,发放临时救助资金B万元: assistance counted in 人次, paid right after from 临时救助 money. */
const TEMP_MONEY_AFTER = /^\s*[,,]\s*(?:共|累计|全年)?(?:发放|支出|拨付)了?临时救助(?:资金|金)(?:共|共计|合计)?\s*[\d.]+\s*[万亿]?元/;
function timesOfTempMoneyAfter(lex: Lexicon, n: string, t: ValueToken, cs: number): Found | null {
  const before = n.slice(cs, t.start);
  // (only help given, with no other programme or kind of aid named before the count but the generic 救助 words:
  // 医疗救助A人次 is not 临时救助's)
  if (!/救助|帮助|帮扶|解决/.test(before) || /医疗|教育|住房|就业|流浪|乞讨|司法|灾|特困|五保|孤儿|残疾/.test(n.slice(0, t.start))
    || !lex.aliases(n, 0, t.start).every((o) => /^assist_/.test(o.e.ind.id))) return null;
  const ind = lex.byId.get('temp_assist_times');
  return ind && lex.fits(ind, t.unit) && TEMP_MONEY_AFTER.test(n.slice(t.end)) ? { ind, breakdown: '', via: 'right' } : null;
}
/** 补助水平为A元 / 平均救助水平为A元/人次 in a clause of its own: the average level of the programme counted just before. */
function levelOfCounted(lex: Lexicon, n: string, t: ValueToken, cs: number): Found | null {
  const lm = t.unit === '元' || /^元\/人/.test(t.unit) ? LEVEL_BEFORE.exec(n.slice(cs, t.start)) : null;
  if (!lm) return null;
  const own = lm[2] ? lex.byId.get('dibao_avg_subsidy') : undefined;
  if (own && lex.fits(own, t.unit)) return { ind: own, breakdown: lm[1] ? (lm[1] === '农村' ? '农村' : '城市') : '', via: 'left' };
  // (…临时救助A人次(其中,低保对象…,特困供养对象…),…人均救助B元/人次: names inside brackets are parts, not the programme)
  const occ = lex.aliases(n, 0, cs).filter((o) => !/[(（][^)）]*$/.test(n.slice(Math.max(0, o.start - 200), o.start)));
  const last = occ[occ.length - 1];
  if (!last) return null;
  // (城市低保累计发放A人次,…,月人均救助水平B元: a programme named by its standard's alias, not its standard, counts too)
  const stdProg = STD_PROGRAMME.exec(last.e.ind.id);
  const asProgramme = !!stdProg && !/标准/.test(last.e.text) && !/^\s*(保障|供养|救助供养)?标准/.test(n.slice(last.end));
  // (农村低保标准为A元,农村人均月补助水平B元: with a side named in its own clause, the level is that standard's programme's)
  const fam = lex.family(last.e.ind.id) ?? (asProgramme || (stdProg && lm[1]) ? stdProg![1] : undefined);
  const ind = fam ? lex.byId.get(fam + '_avg_subsidy') ?? lex.byId.get(fam + '_avg') : undefined;
  if (!ind || !lex.fits(ind, t.unit)) return null;
  // (the side of the programme's count: 城市低保对象395人,…补助水平…)
  let bds = ind.breakdowns ? lex.breakdowns(n, clauseStart(n, last.start), last.end, ind.breakdowns) : [];
  if (!bds.length && ind.breakdowns && !last.e.breakdown) bds = oneSideBefore(lex, n, last.end, ind.breakdowns);
  const stdSide = asProgramme && stdProg![2] ? (stdProg![2] === '_urban' ? '城市' : '农村') : '';
  const bd = lm[1] && ind.breakdowns ? (lm[1] === '农村' ? '农村' : '城市') : bds.length ? bds[bds.length - 1].e.value : last.e.breakdown && ind.breakdowns ? last.e.breakdown : ind.breakdowns ? stdSide : '';
  return { ind, breakdown: bd, via: 'left' };
}

const PEOPLE_BEFORE = /(人口|人员|人群|对象|群众|老人|老年人|儿童|孤儿|残疾人|人数)(共有|共计|共|总数|总量)?(为|达到|达|有|是|约|近|超过)?\s*$/;
/** 按照…A元、…B元的标准,共计发放X…: the standard of X for the band named right before the rate (none when no known band). */
function bandRateOfStandard(lex: Lexicon, n: string, t: ValueToken, prevEnd: number): Found | null {
  // (按照80至89周岁每人每月A元… / 80至89周岁老年人按每人每月A元…: the band before 按 in the item)
  const by0 = n.lastIndexOf('按照', t.start);
  const each = n.lastIndexOf('按每', t.start);
  const by = by0 >= 0 ? by0 : each >= prevEnd ? prevEnd : -1;
  if (by < 0 || n.slice(by, t.start).includes('。')) return null;
  const std = n.indexOf('的标准', t.end);
  if (std < 0 || /[。;]/.test(n.slice(t.end, std))) return null;
  for (const o of lex.aliases(n, std + 3, n.length)) {
    const fam = lex.family(o.e.ind.id);
    const ind = fam ? lex.familyMembersOf(fam).find((x) => x.kind === 'standard' && !!x.breakdowns && lex.fits(x, t.unit)) : undefined;
    if (!ind) continue;
    const bds = lex.breakdowns(n, Math.max(by, prevEnd), t.start, ind.breakdowns);
    return bds.length ? { ind, breakdown: bds[bds.length - 1].e.value, via: 'left' } : null;
  }
  return null;
}

// an age tier: a span (90至94周岁) or a threshold (满80周岁 / 90岁以上 / 100岁, also before 老人); not the age of people
// counted (12906名80—99周岁老人) nor one person's (108周岁的)
const AGE_TIER = /(?<![\d.]|\d\s*[名位])(?:(\d{2,3})\s*(?:周?岁)?\s*[-~～—–至到]\s*(\d{2,3})\s*周?岁|(\d{2,3})\s*周?岁(?:(?<=满\s*\d{2,3}\s*周?岁)|(?=\s*及?以上)|(?!的?[\u4e00-\u9fff]{0,2}[老人])))/g;
/** Two or more age tiers in rising order (满80周岁…,90岁以上…,100岁…). */
function agesRise(x: string): boolean {
  const los = [...x.matchAll(AGE_TIER)].map((m) => Number(m[1] ?? m[3]));
  return los.length >= 2 && los.every((v, i) => i === 0 || v > los[i - 1]);
}
/**
 * 满80周岁可享受高龄津贴每月A元,90岁以上每月B元,100岁每月C元 / 标准分为三类:90至94周岁…每人每月A元;…: in a sentence
 * (up to 。, across ;) of two or more rising age tiers, each with its rate, of a 高龄 programme named in it or the sentence
 * before, a rate is the standard of its tier's band (a threshold runs up to the next tier; the last one is open). Only
 * bands the catalogue has. `lead` and `after` are the parts of the sentence before and after n.
 */
function ageLadderRate(lex: Lexicon, n: string, t: ValueToken, prevEnd: number, lead: string, after: string, prevText: string): Found | null {
  const whole = lead + n + after;
  // (长寿优待金 / 尊老金 are other payments; a 百岁长寿补助 is the 高龄 standard's top band)
  if (!/岁/.test(n) || /长寿(?!补助)|优待金|尊老金/.test(whole)) return null;
  const std = lex.byId.get('elder_age_allowance_std');
  if (!std || !std.breakdowns || !lex.fits(std, t.unit === '元' ? '元/人·月' : t.unit)) return null;
  // (a rate per month or year of each tier: 每月A元 / 每人每月A元 / A元/人/年)
  if (t.unit === '元' && !/每月|每年|按月|按年/.test(n.slice(Math.max(prevEnd, 0), t.start))) return null;
  const tiersOf = (x: string) => [...x.matchAll(AGE_TIER)].map((m) => ({ at: m.index!, end: m.index! + m[0].length, lo: Number(m[1] ?? m[3]), hi: m[2] ? Number(m[2]) : 0 }));
  const all = tiersOf(whole);
  if (all.length < 2 || all.some((x, i) => i > 0 && x.lo <= all[i - 1].lo)) return null;
  const own = tiersOf(n).filter((x) => x.at >= prevEnd && x.end <= t.start).pop();
  if (!own || /[;;。]/.test(n.slice(own.end, t.start))) return null;
  if (!lex.aliases(whole + '。' + prevText).some((o) => lex.family(o.e.ind.id) === 'elder_age')) return null;
  const next = [...tiersOf(n).filter((x) => x.at >= t.end), ...tiersOf(after)][0];
  const band = own.hi ? `${own.lo}-${own.hi}岁` : next ? `${own.lo}-${next.lo - 1}岁` : `${own.lo}岁以上`;
  const values = lex.catalogue.breakdowns.find((b) => b.id === std.breakdowns)?.values ?? [];
  return values.some((v) => v.id === band) ? { ind: std, breakdown: band, via: 'left' } : null;
}

/** 按照集中供养每人每年A元和分散供养每人每年B元的标准,…五保户…: a rate of one supply mode, the programme named after the
 * standard (特困/五保 first; 五保 is rural). */
function modeRateOfStandard(lex: Lexicon, n: string, t: ValueToken): Found | null {
  const by = n.lastIndexOf('按照', t.start);
  const std = n.indexOf('的标准', t.end);
  if (by < 0 || std < 0 || /[。;]/.test(n.slice(by, std))) return null;
  const modes = modesNamed(n.slice(by, std));
  const mine = modesNamed(n.slice(by, t.start));
  if (modes.length !== 2 || modes[0] === modes[1] || !mine.length || /护理|照料/.test(n.slice(by, std))) return null;
  const after = n.slice(std + 3).split('。')[0];
  const prog = /特困|五保|孤儿|儿童|低保|最低生活保障|老人|老年|残疾/.exec(after);
  if (!prog || !/特困|五保/.test(prog[0])) return null;
  const head = after.slice(Math.max(0, prog.index - 4), prog.index + 2);
  const side = prog[0] === '五保' || /农村|牧区/.test(head) ? '_rural' : /城市|城镇/.test(head) ? '_urban' : '';
  const ind = lex.byId.get('tekun_std' + side);
  return ind && lex.fits(ind, t.unit) ? { ind, breakdown: mine[mine.length - 1], via: 'left' } : null;
}

const RECEIVED_GAP = /^(位|名)?(老人|老年人|高龄老人|群众|对象)?(领到了?|领取了?|享受了?|获得了?|享受到)\s*$/;
const YTD_OF_PREVIOUS = /^\s*(?:(?:今年|本年)?\d{1,2}\s*[-—~至到]\s*\d{1,2}\s*月份?|(?:今年|本年)?(?:第?[一二三四1-4]季度|上半年|前三季度)|本年|年初至今|今年以来)\s*(?:累计|共计|共)(?:发放|支出|拨付)?(?:资金)?(?:共|达到|达|为)?\s*$/;
const BARE_MONEY = /^\s*(共|累计|合计|全年|共计)?(发放|支出|投入|拨付)?(资金|金额|补贴资金|补助资金|津贴资金)(共|共计|合计|总计)?(达到|达|为|计)?\s*$/;
const BARE_GUARANTEE = /^\s*(共|累计|合计|全年|共计)?(发放|支出)(保障金|保障资金)(共|共计|合计|总计)?(达到|达|为|计)?\s*$/;
/** 发放资金达A万元 after a sentence naming one programme (and no other): that programme's money. */
function moneyOfPrevious(lex: Lexicon, prev: string, n: string, t: ValueToken): Found | null {
  if (kindOfUnit(t.unit) !== 'money' || lex.aliases(n).length) return null;
  // (…农村低保户A户B人。发放保障金C万元: 保障金 after a sentence on 低保 alone is its money)
  const guarantee = !BARE_MONEY.test(n.slice(0, t.start));
  if (guarantee && !BARE_GUARANTEE.test(n.slice(0, t.start))) return null;
  const fams = new Set<string>();
  for (const o of lex.aliases(prev)) {
    // (农村低保户A户: the standard's short name stands for its programme before 保障金)
    const fam = lex.family(o.e.ind.id) ?? (guarantee ? STD_PROGRAMME.exec(o.e.ind.id)?.[1] : undefined);
    if (!fam) return null;
    fams.add(fam);
  }
  if (fams.size !== 1) return null;
  const fam = [...fams][0];
  if (guarantee && fam !== 'dibao') return null;
  const ind = lex.familyMembersOf(fam).find((x) => x.kind === 'amount' && x.flow === 'flow' && /_funds$/.test(x.id) && !/monthly/.test(x.id) && lex.fits(x, t.unit));
  return ind ? { ind, breakdown: '', via: 'family' } : null;
}

const SIDE_PROGRAMME = /(城乡|城市|城镇|农村牧区|农村|牧区)(?:居民)?(?:享受)?(低保|最低生活保障|特困|五保)/g;
const AREA_TOTAL = /城乡|合计|共计|总计|总额|全[县市区旗盟州省镇乡]/;
/** 截至2022年底,全市有… / 全县共有…: a sentence opening with the whole area's stock */
const SENTENCE_SCOPE = /^\s*(?:(?:截至|截止)[^,;:。]{0,20}[,,]\s*)?(?:全[市区县省旗州盟镇]|辖区|我[市区县省])(?:共有|现有|已有|有)/;
/** 全县20家养老机构,5个…中心,: the clauses before, from a whole area's scope, are only counts of things. */
const LIST_SCOPE = /全[市区县省旗州盟镇](共有|现有|共|目前有)?\s*(\d[\d,.]*\s*(个|家|处|所|座)[\u4e00-\u9fff()]{2,16}[,、]\s*)+$/;
const PEOPLE_LIST_SCOPE = /(?:全[市区县省旗州盟镇]|辖区|我[市区县省])(?:共有|现有|已有|有|共|有效保障了?|保障了?)\s*(?:\d[\d,.]*\s*万?[名位户][\u4e00-\u9fff]{2,16}[、和及]\s*)+$|^(?:有效)?保障了?\s*(?:\d[\d,.]*\s*万?[名位][\u4e00-\u9fff]{2,16}[、和及]\s*)+$/;
/** 全区为 / 全县共为 / 全市累计为: the whole area as the payer, right before a count of people. */
const WHOLE_FOR = /全[市区县省旗州盟镇](共|累计|共计|已|今年|全年)?为$/;
const MONEY_FOR_PROJECT = /^\s*[,，]\s*(?:为|给|帮助|帮)[^,;:。]{0,20}?(?:改造|购买|投保|代缴|资助|建设|修缮|安装|配备|配置|提供|发放(?:一次性|临时|取暖|节日|慰问|春节))/;
/** 纳入城市低保对象 / 全盟共纳入农牧区低保对象 opening a clause (no agent, no 新). */
const CASELOAD_HEAD = /^\s*(?:全[市区县省旗州盟](?:共|共计|累计)?)?纳入(?:城乡|城市|城镇|农村|农牧区|农|牧区)?$/;
/** …A户B人,支出城市低保资金C万元: the same programme's money right after the counts. */
const CASELOAD_PAID = /^[^,;:。]{0,12}[,]\s*(?:共|累计)?(?:支出|发放)(?:城乡|城市|城镇|农村|农牧区|牧区)?(?:低保|最低生活保障|特困|五保)(?:供养)?(?:资金|金)/;
const OWN_PAYMENT_AFTER = /^[^,;:。]{0,12}?发放(?!一次性|临时|节日|慰问|春节)[^,;:。]{0,4}?(生活补贴|护理补贴|高龄津贴|高龄补贴|低保金|供养金|基本生活费|基本生活补贴|养老服务补贴)/;
/** 发放特困供养财政补助资金A人B万元: the people paid a programme's money, counted right before the money itself. */
const PAID_PROGRAMME = /(?:发放|拨付|支出)(城乡|城市|城镇|农村)?(?:居民)?(低保|特困|五保|最低生活保障)(?:救助供养|供养|救助)?()(?:人员)?(?:财政)?(?:补助|救助|保障|供养)?(?:资金|金)\s*$/;
const MONEY_NEXT = /^\s*[、,]?\s*(?:[\d.]+\s*万?(?:户|人)\s*[、,]?\s*)*[\d.]+\s*(?:万|亿)?元/;
function paidProgramme(n: string, cs: number, chainStart: number, end: number): RegExpExecArray | null {
  if (!/金\s*$/.test(n.slice(Math.max(cs, chainStart - 3), chainStart))) return null;
  return MONEY_NEXT.test(n.slice(end, end + 24)) ? PAID_PROGRAMME.exec(n.slice(cs, chainStart)) : null;
}
/** 城市低保:1260户2011人 / 1.农村低保:保障A户B人: a programme's label before a colon, the clause after it its counts. */
function labelledProgramme(n: string, cs: number, chainStart: number): RegExpExecArray | null {
  if (cs < 2 || !/[::]/.test(n[cs - 1]) || !/^\s*(保障|救助|供养|共有|共|有)?\s*$/.test(n.slice(cs, chainStart))) return null;
  const label = n.slice(clauseStartOf(n.slice(0, cs - 1)), cs - 1).replace(/^\s*(?:\d{1,2}[.、．]|[一二三四五六七八九十]+、|[((][一二三四五六七八九十\d]+[))])?\s*/, '');
  const m = PROGRAM_LEFT.exec(label);
  return m && m.index === 0 ? m : null;
}
const FUND_LEVEL = /(?<![全我本])(中央|省级|市级|县级|区级|市县|县区|本级|乡镇|地方)(以上)?(财政)?(配套|补助|下达|安排|投入|拨付|承担|负担)?的?$/;
// (特困人员基本生活平均标准为城市A元/月: the rest of the standard's name may come between)
// (…特困人员供养标准再次提高,人均月供养标准城市为A元: the standard's bare word before the side)
const CLAUSE_SIDE = /^\s*(?:即|其中)?\s*(?:[^,;:。\d]{0,8}?标准)?(城市|城镇|城区|农村牧区|农村|乡村|牧区)(?:地区|居民)?(?:(?:为|是|[::])\s*(?:每人每[月年])?|\s*每人每[月年])?\s*$/;
const CLAUSE_SIDE_FROM = /^\s*(城市|城镇|农村牧区|农村|乡村|牧区)(?:地区|居民)?(?:由|从)[^,;:。]*?(?:提高|上调|调整|调增|增加|提升)(?:到|至|为)\s*(?:每人每[月年])?\s*$/;
const SIDE_BEFORE_VALUE = /^(?:[^,;:。\d]{0,14}?标准)?[\s、,,::;;]*(?:分别)?(?:为|是)?\s*(城市|城镇|城区|农村牧区|农村|乡村|牧区)(?:地区|居民)?\s*(?:为|是|[::])?\s*$/;
const POPULATION_TAKEN_IN = /^[^,;:。\d]{0,4}(?:纳入|享受|得到|获得|领取)/;
const RAISED_BY_BEFORE = /(?:由|在)[^,;:。\d]{1,10}(?:收养|抚养|养育|寄养|照料)的\s*$/;
const ADVERBIAL_LEAD = /^\s*(?:在|据|经|根据|按照|依据|为了?|随着|通过|对|从|自|截至|截止|针对|围绕|结合|由于|鉴于)/;
const OWN_SUBJECT_OPENS = /^\s*(?:其中[,:]?)?\s*(?:该|其|[全我本])[省市区县州盟旗镇乡]/;
const SIDE_TO_CLAUSE = /^\s*(城市|城镇|农村|乡村)(?:居民|地区)?(?:为|是|[::]|(?:提高|调整|上调|提升)(?:到|至|为))\s*$/;
/** The indicator of one side (城市/农村) of a 低保 or 特困 figure: its breakdown, or its _urban/_rural twin. */
function sideOf(lex: Lexicon, f: Found, side: string, unit: string): Found {
  if (f.ind.breakdowns === 'urban_rural') return { ...f, breakdown: side };
  // (城市低保标准每人每月A元,农村每人每年B元: the other side's twin of a sided standard)
  const base = f.ind.id.replace(/_(urban|rural)$/, '');
  if (!/^(dibao|tekun)_std$/.test(base)) return f;
  const v = lex.byId.get(base + (side === '城市' ? '_urban' : '_rural'));
  return v && lex.fits(v, unit) ? { ...f, ind: v } : f;
}
/** (一)城市低保工作。 / 二、农村特困供养: a prose section heading naming one side of a programme. */
// (1、完善农村居民最低生活保障制度: a numbered sub-heading, its side read past a short verb)
const SECTION_HEAD = /(?:^|\s|。)[ \t]*(?:[((][一二三四五六七八九十]{1,3}[))]|[一二三四五六七八九十]{1,3}、|(\d{1,2})、)[ \t]*([^。\n\d,,;;::]{2,16})(?=[。\n::]|$)/g;
type SectionHead = { at: number; side?: string; fam?: string; text: string; sub?: boolean };
function sectionHeads(text: string): SectionHead[] {
  const out: SectionHead[] = [];
  for (const m of text.matchAll(SECTION_HEAD)) {
    const sub = !!m[1];
    // (a sub-heading naming both sides, 城乡 or 城市和农村, gives none)
    const h = sub
      ? (/城乡/.test(m[2]) || (/城市|城镇/.test(m[2]) && /农村/.test(m[2])) ? null : /^[^城农乡]{0,4}?(城市|城镇|农村)(?:居民)?(低保|最低生活保障|特困|五保)/.exec(m[2]))
      : /^(城市|城镇|农村)(?:居民)?(低保|最低生活保障|特困|五保)/.exec(m[2]);
    out.push({ at: m.index! + m[0].length, side: h ? (h[1] === '农村' ? '农村' : '城市') : undefined, fam: h ? (/低保|最低/.test(h[2]) ? 'dibao' : 'tekun') : undefined, text: m[2], sub });
  }
  return out;
}
function sectionSide(heads: SectionHead[], at: number): { side: string; fam: string; text: string } | undefined {
  // (a numbered sub-heading with no side keeps the side of the heading above it)
  let last: SectionHead | undefined;
  let sub: SectionHead | undefined;
  for (const h of heads) if (h.at > at) break; else if (h.sub) sub = h; else { last = h; sub = undefined; }
  if (sub?.side) last = sub;
  return last?.side && last.fam ? { side: last.side, fam: last.fam, text: last.text } : undefined;
}
/** 享受低保对象A人,…发放农村低保金B万元 under a 农村 heading: the sentence's side words are the section's and name another measure. */
function sideWordsElsewhere(n: string, side: string, unit: string): boolean {
  const money = kindOfUnit(unit) === 'money';
  for (const m of n.matchAll(/城乡|城市|城镇|农村/g)) {
    if (m[0] === '城乡' || (m[0] === '农村' ? '农村' : '城市') !== side) return false;
    const namesMoney = /^(?:居民)?(?:低保|最低生活保障|特困|五保)(?:供养)?(?:金|资金|保障金|经费|支出)/.test(n.slice(m.index! + m[0].length, m.index! + m[0].length + 14));
    if (namesMoney === money) return false;
  }
  return true;
}
/** A 低保/特困 figure with no side, in a sentence that names the programme for one side only (城镇低保…, 农村…). */
function sideOfSentence(lex: Lexicon, n: string, t: ValueToken, f: Found): Found {
  const fam = /^dibao_/.test(f.ind.id) ? 'dibao' : /^tekun_/.test(f.ind.id) ? 'tekun' : '';
  if (!fam || (f.ind.breakdowns !== 'urban_rural' && !/^(dibao|tekun)_std$/.test(f.ind.id))) return f;
  const sides = new Set<string>();
  for (const m of n.slice(0, t.start).matchAll(SIDE_PROGRAMME)) {
    if ((m[2] === '低保' || m[2] === '最低生活保障' ? 'dibao' : 'tekun') !== fam) continue;
    // (农村低保标准为A元,累计发放低保金B万元: a side named with a standard does not make the sentence that side's)
    if (/^(供养)?(保障)?标准/.test(n.slice(m.index! + m[0].length))) continue;
    if (m[1] === '城乡') return f;
    sides.add(/城/.test(m[1]) ? '城市' : '农村');
  }
  if (sides.size !== 1 || AREA_TOTAL.test(n.slice(clauseStart(n, t.start), t.start))) return f;
  if (f.occ && f.via === 'left' && bothSidesJoined(lex, n, clauseStart(n, t.start), f.occ, f.ind)) return f;
  const side = [...sides][0];
  // (五保 is never the urban side: 发放城市特困供养资金A万元,惠及五保户B人)
  if (side === '城市' && f.occ?.e.text.startsWith('五保')) return f;
  if (f.ind.breakdowns === 'urban_rural') return { ...f, breakdown: side };
  const v = lex.byId.get(f.ind.id + (side === '城市' ? '_urban' : '_rural'));
  return v && lex.fits(v, t.unit) ? { ...f, ind: v } : f;
}

/** 城市低保标准… / 农村特困…: a half-sentence (up to ;) opening with one side's programme */
const SIDE_PROG = '(城市|城镇|农村)(?:居民)?(低保|最低生活保障|特困|五保)';
const SIDE_PROGRAMME_NAMED = new RegExp(SIDE_PROG, 'g');
const HALF_OPENS = new RegExp(`^\\s*${SIDE_PROG}`);
/**
 * The side of a figure naming none, in a half-sentence opening with one side's programme when the half next to it
 * (across ;, in the same sentence) opens with the other side's; null otherwise.
 */
function halfSide(text: string, s: Sentence, n: string, pos: number, id: string): string | null {
  const fam = (w: string) => (/低保|最低/.test(w) ? 'dibao' : 'tekun');
  const mine = sideProgrammeOf(n, pos);
  if (!mine || !id.startsWith(fam(mine.m[2]) + '_') || /城乡|城市|城镇|农村/.test(n.slice(mine.from, pos))) return null;
  const side = mine.m[1] === '农村' ? '农村' : '城市';
  const opposite = (half: string) => {
    const h = normaliseChars(half);
    const o = sideProgrammeOf(h, h.length);
    return !!o && fam(o.m[2]) === fam(mine.m[2]) && (o.m[1] === '农村' ? '农村' : '城市') !== side;
  };
  const end = s.offset + s.text.length;
  const next = /[;；]\s*$/.test(s.text) && /^[^。;；\n]*/.exec(text.slice(end, end + 400));
  const prev = /[;；]\s*$/.exec(text.slice(Math.max(0, s.offset - 4), s.offset)) && /[^。;；\n]*[;；]\s*$/.exec(text.slice(Math.max(0, s.offset - 400), s.offset));
  return (next && opposite(next[0])) || (prev && opposite(prev[0])) ? side : null;
}
/**
 * The one side's programme a half-sentence is about, up to pos: the one it opens with, or (在…后,…出台《…城乡低保…的通知》,
 * 城市低保标准…) the only one it names outside a document's title, with no 城乡 beside it.
 */
function sideProgrammeOf(n: string, pos: number): { m: RegExpExecArray; from: number } | null {
  const m = HALF_OPENS.exec(n);
  if (m) return { m, from: m[0].length };
  const bare = n.slice(0, pos).replace(/《[^》]*》/g, (x) => ' '.repeat(x.length));
  if (bare.includes('城乡')) return null;
  const all = [...bare.matchAll(SIDE_PROGRAMME_NAMED)];
  return all.length === 1 ? { m: all[0], from: all[0].index + all[0][0].length } : null;
}
/** 城市本月… / (二)农村今年… : a sentence opening with one side (not a programme's name: 城市低保, 城市生活无着…) */
const SIDE_OPENS = /^\s*(?:[((][一二三四五六七八九十\d]{1,2}[))]|[一二三四五六七八九十]{1,2}、|\d{1,2}[、.．])?\s*(?:城市|农村|城镇)(?=本月|当月|本季度|今年|上半年|全年|[1-9]\d?月)/;
/** the next clause opens with one side and its value: 低保标准A元,农村每人每年B元 */
/** 城区 opening a value's item (not 中心城区, 主城区, 四城区), and the counties named as the other part after it */
const DISTRICTS_ITEM = /(?:^|[,,;;:])\s*城区(?:居民|城市|城镇|低保|最低)/;
const COUNTIES_PART_AFTER = /^[^。]{0,40}?[,,;;]\s*(?:县\(市\)|县市(?![区县])|各县(?![区市])|[一二三四五六七八九两]个?县(?![区市]))/;
const COUNTIES_ITEM_END = /[,,;;]\s*(?:县\(市\)|县市(?![区县])|各县(?![区市])|[一二三四五六七八九两]个?县(?![区市]))[^,,;;。]*$/;
// (全市城区城市低保标准为A元,县区为B元: 城区 opening a standard set against the counties' item after it is the districts')
const DISTRICTS_HEAD = /(?:^|[,,;;:]|[全我本]市|市)\s*城区(?!街道|办事处|居委)/;
const COUNTIES_CLAUSE_AFTER = /^[^。]{0,40}?[,,;;]\s*(?:县区|区县|郊县|县\(市|县市(?![区县])|各县(?![区市])|[一二三四五六七八九两]个?县(?![区市]))/;
const COUNTIES_ITEM_OPENS = /^[\s,,;;]*(县区|区县|郊县)(?=为|[::]|由|从|提高|调整|达到|上调)/;
/** 城区…A元,县(市)…B元: the counties' item after one of the city's districts */
function countiesAfterDistricts(n: string, pos: number): boolean {
  if (!n.includes('城区')) return false;
  const b = n.slice(0, pos);
  return COUNTIES_ITEM_END.test(b) && DISTRICTS_ITEM.test(b.slice(b.lastIndexOf('。') + 1));
}
const SIDE_NEXT = /^[^,;,;。\d]{0,3}[,,、;;]\s*(?:其中)?(?:农村|城市|城镇|乡村)(?:地区|居民)?[^,;,;。\d]{0,8}?(?:为|是|达到|提高到)?\s*(?:每人每[月年]|\d)/;

/** Semantic guards: returns a candidate reason when the resolved indicator is not safe. */
function guard(
  lex: Lexicon,
  n: string,
  t: ValueToken,
  f: Found,
  cs: number,
  ce: number,
  whole?: IndicatorDef,
  partRun = false,
  wholesBefore: (pos: number) => { ind: IndicatorDef; breakdown: string }[] = () => [],
  prevWhole?: IndicatorDef,
  prevPart?: IndicatorDef,
  prevSentence = '',
  prevFiled = false,
  /** the text right after the sentence */
  following = '',
  /** the indicators the sentence before filed without a breakdown (wholes of a sentence opening with 其中) */
  prevWholes: IndicatorDef[] = [],
): CandidateReason | null {
  const before = n.slice(cs, t.start);
  const ind = f.ind;
  // (机构A个,床位B张,其中养老机构C个: a part the catalogue declares of any whole counted before is its own total)
  const declaredPart = !!whole && (lex.isPart(whole, ind) || wholesBefore(cs).some((w) => lex.isPart(w.ind, ind)) || statesOwnScope(ind, n, t));
  // 为A名困难残疾人和B名重度残疾人发放两项补贴: the name after both groups is not the last group's alone
  if (f.via === 'right' && f.occ && kindOfUnit(t.unit) === 'person' && /[\u4e00-\u9fff]{2}/.test(n.slice(t.end, f.occ.start).replace(/^\s*[名人户]/, ''))
    && /\d\s*万?\s*[名人户][^,;:。\d]{1,12}(?:和|及|与|以及|、)\s*$/.test(before)) return 'subset';
  // 其中农村低保对象A人,全区共发放低保金B万元: a side carried from the clause before into one opening with the whole area
  // (not a side the name after the value states: 全区有A名城市低保对象)
  if ((f.breakdown === '城市' || f.breakdown === '农村') && !f.bySection && f.occ && f.occ.start >= cs && /^\s*(?:全[区县市旗州盟]|合计|共计|总计)/.test(before) && !/城|农村|乡村|五保|牧区/.test(n.slice(cs, Math.max(t.start, f.occ.end)))) return 'ambiguous_breakdown';
  // 累计发放社会保障专项资金A万元。其中,城乡低保B万元,特困人员供养C万元,临时救助D万元: a broad total split by
  // programme, each part is that programme's whole
  const progPart = f.via !== 'inherit' && !f.breakdown && PROGRAMME_FUNDS.test(ind.id) && programmeSplit(lex, n, t, cs, prevSentence);
  // 年平均保障城乡低保户A万户 / 年均发放低保资金B亿元: an average over several years, not the period's figure
  if (/年平均|(?<![人全])年均(?!增|减|提|降)|平均每年|每年平均/.test(before) && ind.kind !== 'standard') return 'multi_year';
  // 目前全国每年办理结婚登记已高达A万对,离婚登记B万对: what recent years each come to, no one period's count
  // (每人每年A元 is a rate; 今年/全年 after 每年 gives the clause a time of its own; a sum in 元 is one family's, held below)
  if (ind.flow === 'flow' && ind.kind !== 'standard' && t.unit !== '元' && n.includes('每年')) {
    const m = /(?<![人户月])每年(?!每|人均)([^;。]*)$/.exec(n.slice(0, t.start));
    if (m && !OWN_TIME.test(m[1])) return 'multi_year';
  }
  // 全市A个社会组织开展了B个项目 / 参与乡村振兴: the organisations taking part in an action, not all the organisations
  if (ind.kind === 'count' && ORG_COUNTS.test(ind.id) && f.occ && f.occ.start >= t.end && ORG_ACTING.test(n.slice(f.occ.end, f.occ.end + 12)) && !ACTION_BEFORE.test(before.slice(-20))) return 'subset';
  // 区儿童福利院现有孤儿A名 / 全区首家嵌入式养老机构…设置床位B张: one institution's figure, not the area's
  // (市福利院现有孤儿A名,全市共有孤儿B名: a clause opening with the whole area is the area's again)
  if (oneInstitution(n, t.start) && !(f.occ && INSTITUTION_WORD.test(f.occ.e.text)) && !INSTITUTION_WORD.test(ind.name) && !(cs > 0 && /^\s*(全[省市区县州盟旗]|我[省市区县])/.test(before))) return 'subset';
  // 某区福利院…附带收养儿童。目前共有A名孤儿: a sentence opening with a verb of having, after one opening with an institution
  if (prevSentence && !INSTITUTION_WORD.test(ind.name) && (prevSentence.includes('院') || prevSentence.includes('中心') || prevSentence.includes('公寓')) && SUBJECTLESS_HAVING.test(n.slice(0, t.start)) && institutionOpens(prevSentence.slice(0, 40))) return 'subset';
  // 福彩公益金支出A亿元 / 公益金用于养老服务的资金B万元 / 使用公益金C万元: the fund's spending or one use, not what was raised
  if (ind.id === 'lottery_welfare_fund' && f.occ && (FUND_USE_AFTER.test(n.slice(f.occ.end, Math.max(f.occ.end, t.start))) || /(使用|安排|投入|支出|资助)[^,;:。]{0,6}$/.test(n.slice(cs, f.occ.start)))) return 'scope';
  // 未参加年度工作报告的社会团体A个 / 全区性社会组织B个 / 网上年检…C个: some of the organisations (those filing, checked, or of one level)
  if (ORG_COUNTS.test(ind.id) && f.occ && (ORG_SOME_BEFORE.test(n.slice(Math.max(cs, f.occ.start - 24), f.occ.start)) || /(年检|年报|年度工作报告|参检|受检|参评)/.test(n.slice(cs, f.occ.start)))) return 'subset';
  // 全年共撤销社会组织A个,注销B个 / 取缔非法社会组织C个: organisations struck off, not the ones registered
  if (ORG_COUNTS.test(ind.id) && /(撤销|注销|取缔|吊销|撤消|劝散|清理)(登记)?(了)?[^,;:。\d]{0,8}$/.test(n.slice(cs, f.occ && f.occ.start < t.start ? f.occ.start : t.start))) return 'action';
  // 乡镇慈善分会和联络站募集资金A万元: the branches' share of the donations
  if (ind.id === 'charity_donations' && /(分会|联络站|工作站|分支机构|冠名基金)/.test(n.slice(cs, f.occ ? f.occ.start : t.start))) return 'subset';
  // 发放临时救助金A万元、棉被B床、棉衣C套…,受救助困难群众达D人次: the people of a drive handing out goods and cash
  if (kindOfUnit(t.unit) === 'person' && inSentence(GOODS_LISTED, n) && GOODS_LISTED.test(n.slice(0, t.start))) return 'scope';
  // 急难型临时救助A人次 / 支出型…: one type of the programme
  if (ind.kind !== 'standard' && (kindOfUnit(t.unit) === 'person' || /[万亿]元$/.test(t.unit)) && !f.breakdown && f.occ && /[\u4e00-\u9fff]{1,4}型$/.test(n.slice(Math.max(cs, f.occ.start - 5), f.occ.start))) return 'subset';
  // 家庭养老床位A张: beds set up in homes, not the beds of institutions and facilities
  if (f.occ && /床位/.test(ind.name) && /家庭$/.test(n.slice(Math.max(0, f.occ.start - 2), f.occ.start))) return 'scope';
  // 为低保对象发放一次性生活补贴A万元 / 春节慰问金: a one-off payment to the programme's people, not its funds
  if (kindOfUnit(t.unit) === 'money' && ONE_OFF.test(before.slice(-40)) && !(f.occ && ONE_OFF.test(f.occ.e.text))) return 'scope';
  // 为低保、特困对象发放一次性生活补贴,共计发放A万元: a bare amount after a clause naming a one-off payment is that payment
  if (kindOfUnit(t.unit) === 'money' && cs > 0 && !(f.occ && f.occ.start >= cs) && ONE_OFF.test(n.slice(Math.max(0, n.lastIndexOf(';', cs - 2) + 1, cs - 40), cs)) && !(f.occ && ONE_OFF.test(f.occ.e.text))) return 'scope';
  // 为低保对象A人发放生活补贴B万元: a subsidy paid to the programme's people, not the programme's own money
  if (kindOfUnit(t.unit) === 'money' && SUBSIDY_TO_GROUP.test(before) && !(f.occ && f.occ.e.text.includes('补贴'))) return 'scope';
  // 为全市A万名低保对象增发一个月低保金,共计B万元: an extra month paid once, in any clause before the money
  if (kindOfUnit(t.unit) === 'money' && prefixHas(EXTRA_MONTH, n, t.start)) return 'scope';
  // "99公益日"募集资金A亿元: the takings of one named day or drive, not the year's donations
  if (CAMPAIGN_DAY.test(before)) return 'scope';
  // 开通急难型临时救助"绿色通道",…发放临时救助金约A万元: the figures of one channel
  if (n.includes('绿色通道') && (GREEN_CHANNEL.exec(n)?.[0].length ?? Infinity) <= t.start) return 'scope';
  // "99公益日"期间,全市共募集善款A万元: a named day or drive opening the sentence dates the clauses after it
  if (kindOfUnit(t.unit) === 'money' && CAMPAIGN_SPAN.test(n.slice(0, cs))) return 'scope';
  // 全省网络募捐金额达到A亿元: the donations of one channel
  if (ind.id === 'charity_donations' && /(网络|网上|互联网|线上|在线)(公开)?(募捐|募集|筹款|捐赠|捐款)/.test(before)) return 'scope';
  // 全区脱贫户A户B人,其中享受低保C户D人: the programme's people among another population, not the programme's total
  if (ind.kind !== 'amount' && ind.kind !== 'standard' && OTHER_POPULATION_PART.test(n.slice(Math.max(0, n.lastIndexOf('其中', t.start) - 40), t.start))) return 'subset';
  // 纳入防止返贫监测的对象中,享受农村低保的有A人: the programme's people among another population named before 中
  // (低收入人口中,低保对象A人: a union of the assistance groups holds the programme's whole)
  const amongAt = ind.kind !== 'amount' && ind.kind !== 'standard' && (!f.occ || f.occ.end <= t.start) ? n.lastIndexOf('中', f.occ ? f.occ.start : t.start) : -1;
  if (amongAt > 0 && !/[\d;。]/.test(n.slice(amongAt, f.occ ? f.occ.start : t.start))) {
    const among = /([^,;:。\d]{2,16}?(?:对象|人员|人口|家庭|群体|户))(?:之中|当中|中)[,,]?[^;。\d]*$/.exec(n.slice(Math.max(0, amongAt - 24), f.occ ? f.occ.start : t.start));
    if (among && !UNION_POPULATION.test(among[1]) && !namesFamily(lex, ind, among[1])) return 'subset';
  }
  // 保障城市低保A人,…农村特困B人,累计发放保障金C亿元: a bare money word after counts of both programmes is their joint money
  if (PROGRAMME_FUNDS.test(ind.id) && kindOfUnit(t.unit) === 'money' && f.via !== 'right') {
    const own = n.slice(Math.max(n.lastIndexOf(',', t.start - 1), n.lastIndexOf(';', t.start - 1)) + 1, t.start);
    // (实施临时救助A人次(其中,低保对象B人次,特困供养对象C人次),支出救助金D万元: the groups in brackets are parts of one programme)
    const earlier = n.slice(Math.max(0, n.lastIndexOf('。', t.start - 1) + 1), t.start - own.length).replace(/[(（][^()（）]*[)）]/g, '');
    if (!/低保|最低生活保障|特困|五保|供养|临时救助/.test(own) && /(资金|金)\s*(共计|合计|共)?\s*$/.test(own) && /低保|最低生活保障/.test(earlier) && /特困|五保/.test(earlier)) return 'combined';
    // 发放救助金A万元,低保、五保对象共计B人受益: a bare money word before a clause naming both programmes is their joint money
    // (我市发放A万元救助金,…: the money word after the value)
    const wordAfter = /^(救助|补助|保障)?(资金|金)/.test(n.slice(t.end));
    if (f.via === 'family' && !/低保|最低生活保障|特困|五保|供养|临时救助/.test(own) && (/(资金|金)\s*(共计|合计|共)?\s*$/.test(own) || (wordAfter && /(发放|支出)\s*$/.test(own)))) {
      const ce = clauseEnd(n, Math.min(n.length, t.end + 1));
      const next = n.slice(t.end, wordAfter ? clauseEnd(n, Math.min(n.length, ce + 1)) : ce);
      if (/低保|最低生活保障/.test(next) && /特困|五保/.test(next)) return 'combined';
    }
  }
  // 建档立卡脱贫户中享受农村低保A户B人: the members of one group who receive the programme, not its whole
  // (…群众中,纳入低保的有A人: the group before 中 ends the clause before)
  const amongText = before.includes('中') ? before : /中[,,]\s*$/.test(n.slice(0, cs)) ? n.slice(Math.max(0, cs - 30), t.start) : '';
  const among = amongText ? /([\u4e00-\u9fff]{1,12}(户|人口|对象|人员|群众|家庭|残疾人|老年人|老人|儿童))中[,,]?(享受|纳入|属于)/.exec(amongText) : null;
  if (among && !/^其/.test(among[1].slice(-3)) && !OWN_POPULATION.some(([id, re]) => id.test(ind.id) && re.test(among[2])) && !(f.occ && among[1].includes(f.occ.e.text)) && !(amongText !== before && namesFamily(lex, ind, among[1]))) return 'subset';
  // 全市共有A名扶贫对象得到城乡低保、特困供养救助 / B名低保对象享受临时救助: a population counted before the programme it
  // received is that population's members in it (A名老年人享受高龄津贴: the indicator's own people are its whole)
  // (将A名低收入人口纳入低保: an action placing people, held as such)
  const recv = kindOfUnit(t.unit) === 'person' && ind.kind !== 'standard' && !/(将|把)[^,;:。\d]{0,6}$/.test(before) ? RECEIVED_AFTER.exec(n.slice(t.end, clauseEndAfter(n, t.end))) : null;
  if (recv) {
    const at = t.end + recv[0].length;
    const fam = lex.family(ind.id) ?? ind.id;
    const progs = lex.aliases(n, at, Math.min(n.length, at + 16)).filter((o) => o.start <= at + 4);
    const own = progs.some((o) => (lex.family(o.e.ind.id) ?? o.e.ind.id) === fam) || (fam === 'dibao' && /^(城乡|城市|城镇|农村)?(低保|最低生活保障)/.test(n.slice(at, at + 9))) || (fam === 'tekun' && /^(城乡|城市|城镇|农村)?(特困|五保)/.test(n.slice(at, at + 7)));
    // (脱贫户A户B人享受低保: the population named before the count)
    const pop = recv[1] || (/([\u4e00-\u9fff]{1,10}(?:户|人口|对象|人员|残疾人|老年人|老人|儿童|学生))(?:共有|共|有)?\s*(?:[\d.]+\s*万?(?:余|多)?[户人名][、,]?\s*)?$/.exec(before)?.[1].replace(/^(?:(?:全|我|本)[省市区县州旗])?(?:共有|现有|共)?/, '') ?? '');
    if (own && OTHER_POPULATION.test(pop) && !namesFamily(lex, ind, pop) && !OWN_POPULATION.some(([id, re]) => id.test(ind.id) && re.test(pop))) return 'subset';
    if (!own && pop && namesFamily(lex, ind, pop) && (progs.length || /^(城乡|城市|城镇|农村)?(低保|最低生活保障|特困|五保)/.test(n.slice(at, at + 9)))) return 'subset';
    // (A人得到城乡低保、特困供养救助: one count over two programmes)
    const two = /^(?:城乡|城市|城镇|农村)?(低保|最低生活保障|特困|五保)[^,;:。、和及与\d]{0,6}[、和及与](?:城乡|城市|城镇|农村)?(低保|最低生活保障|特困|五保)/.exec(n.slice(at, at + 24));
    if (own && !pop && two && /低保|最低/.test(two[1]) !== /低保|最低/.test(two[2])) return 'combined';
  }
  // 医疗救助对象中,低保对象A人 / 临时救助对象包括低保户A户、特困户B户: members of another programme's group
  if (f.occ && ind.kind !== 'standard') {
    const g = OTHER_GROUP_AMONG.exec(n.slice(Math.max(0, f.occ.start - 40), f.occ.start));
    if (g && (lex.aliases(g[1]).length > 0 || /(医疗|教育|住房|就业|司法|临时)救助|资助参保|参保/.test(g[1])) && !namesFamily(lex, ind, g[1])) return 'subset';
  }
  // 通过农村低保、特困供养等兜底保障困难群众A万人: the persons of the programmes listed, not the whole of the indicator
  if (/^assist_/.test(ind.id) && PROGRAMMES_LISTED.test(before)) return 'subset';
  // 医养结合养老机构A所 / 公办养老机构B家: one kind of institution, not them all
  if (f.occ && /^elder_(institutions|beds|inst_beds)$/.test(ind.id) && /(医养结合|公办|民办|公建民营|星级|[一二三四五]级|示范性?|智慧|连锁)的?$/.test(n.slice(Math.max(0, f.occ.start - 6), f.occ.start))) return 'subset';
  // 养老机构(民办)2个: the ownership in brackets after the name marks a part, and so the beds counted after it
  // in the same run (…(民办)2个,养老机构床位数166床)
  if (f.occ && /^elder_(institutions|beds|inst_beds)$/.test(ind.id) && (OWNERSHIP_BRACKET.test(n.slice(f.occ.end, f.occ.end + 8))
    || (/床位/.test(ind.name) && !WHOLE_CLAUSE.test(before) && OWNERSHIP_COUNTED.test(n.slice(Math.max(0, n.lastIndexOf(';', cs), n.lastIndexOf('。', cs)), cs))))) return 'subset';
  // 事实无人抚养儿童…集中养育每人每月A元,社会散居B元: one care mode's rate, a split the indicator does not have
  if (ind.kind === 'standard' && ind.breakdowns !== 'orphan_care' && /(集中养育|机构养育|机构供养|社会散居|分散养育|散居)(?:的)?(?:孤儿|儿童)?(?:标准)?(?:为|是|按)?\s*$/.test(before)) return 'subset';
  // 全区敬老院共有床位A张 / 日间照料中心床位: the beds of one kind of home, not all elderly-care beds
  if (/^elder_(beds|inst_beds)$/.test(ind.id) && HOME_KIND_BEDS.test(before) && !/平均|每[院个家所处]/.test(before)) return 'subset';
  // 新建敬老院4所,新增床位A张,…一期工程基本竣工,新增床位B张: new beds stated twice in a sentence, each clause a project's
  // (全县新增床位C张,其中…: a clause with the whole's words is the whole)
  if (ind.id === 'elder_beds_new' && !WHOLE_CLAUSE.test(before)) {
    const ce = clauseEndAfter(n, t.end);
    const twice = [...n.matchAll(/([^,;:。]*?)新增(?:养老)?床位\s*[\d.]+\s*张/g)].filter((m) => m.index! + m[0].length <= cs || m.index! >= ce);
    // (计划新增A张,实际新增B张: a plan's figure is no second project)
    if (twice.length && twice.every((m) => !WHOLE_CLAUSE.test(m[1]) && !/计划|任务|目标|力争|预计|将/.test(m[1]))) return 'subset';
  }
  // 农村敬老院8所,床位600张: the beds of the homes counted just before
  // (养老机构(含敬老院)26家,床位A张: the homes named as included in all the institutions counted)
  if (/^elder_(beds|inst_beds)$/.test(ind.id) && /^\s*(?:共有|共设|设有|拥有|有|共)?(?:养老)?床位[^,;:。\d]{0,4}$/.test(before)) {
    const head = n.slice(Math.max(0, cs - 30), cs);
    const hk = HOME_KIND_COUNT.exec(head);
    if (hk && !/[((](?:含|包括)$/.test(head.slice(0, hk.index))) return 'subset';
  }
  // 农村敬老院8所,集中供养特困人员A人: the people the homes counted just before house, a part of the programme's people
  if (kindOfUnit(t.unit) === 'person' && /^\s*(?:共|现)?(?:集中供养|供养|收养|收住|入住|安置|托养|在院)(?:了)?[^,;:。\d]{0,10}$/.test(before) && HOME_KIND_COUNT.test(n.slice(Math.max(0, cs - 30), cs))) return 'subset';
  // 全区敬老院8所 / 乡镇敬老院12个: the homes of one kind (mostly for 特困 people), not all the elderly-care institutions
  // (升级改造乡镇敬老院A家: the homes an action touched, left to the action guard)
  // (全县15所敬老院: the count right before the homes' name, likewise)
  if (ind.id === 'elder_institutions' && f.occ && f.occ.e.text.includes('敬老院') && (f.occ.end <= t.start || (f.occ.start >= t.end && /^[^,;:。、\d]{0,6}$/.test(n.slice(t.end, f.occ.start)) && /^\s*(?:全[县区市旗州]|我[县区市旗])?(?:共有|现有|拥有|建有|有|共)?\s*$/.test(before))) && !/含|包括/.test(n.slice(Math.max(cs, f.occ.start - 3), f.occ.start)) && !ACTION_BEFORE.test(before)) return 'subset';
  // …,医养结合机构3所 (养老 named in a clause before): one kind of institution
  if (/^elder_(institutions|inst_beds|beds)$/.test(ind.id) && /(医养结合|公办|民办|公建民营)(?:养老)?(?:机构|院)[^,;:。\d]{0,4}$/.test(before)) return 'subset';
  // 社区互助养老设施为A万家: the mutual-aid kind only, not all facilities
  if (f.occ && ind.id === 'elder_facilities' && /互助$/.test(n.slice(Math.max(0, f.occ.start - 2), f.occ.start))) return 'subset';
  // …两项制度惠及A万老年人 / 高龄津贴、护理补贴两项补贴惠及B万名老年人: the people of several schemes together
  // (残疾人两项补贴 is one indicator's own)
  if (kindOfUnit(t.unit) === 'person' && /[两二三四多几]项(制度|政策|补贴|津贴|救助)[^,;。\d]{0,6}$/.test(before) && !(/^disab_two/.test(ind.id) && /残疾/.test(n.slice(0, t.start)))) return 'combined';
  // 建成照护机构A个、护理型床位B张: the beds of the institutions just built, not the area's
  // (累计建成养老机构A家、床位B张: all the elderly-care institutions built so far, the area's stock)
  const built = /床位/.test(ind.name) ? BEDS_OF_BUILT.exec(before) : null;
  if (built && !(/(累计|共|已)$/.test(before.slice(0, built.index)) && /^\S{2}养老(服务)?机构\s*[\d.]/.test(built[0]))) return 'scope';
  // 建成镇街级以上公益性公墓A个: a level and those above it, not that level
  if (f.breakdown && /级$/.test(f.breakdown) && /级(及)?以上/.test(before)) return 'scope';
  // 科技创新领域社会组织A万个 / 公益慈善类社会组织: the organisations of one field
  if (f.occ && ind.category === '社会组织' && ind.flow !== 'flow' && /(领域|(?<!各)类|行业)的?$/.test(n.slice(Math.max(0, f.occ.start - 3), f.occ.start))) return 'subset';
  // 社区社会组织A个 / 农村社区社会组织: community groups (mostly 备案, not registered), not the registered organisations
  if (f.occ && /^社会组织/.test(f.occ.e.text) && /(社区|城乡社区|农村社区|村级|乡镇)$/.test(n.slice(Math.max(0, f.occ.start - 4), f.occ.start))) return 'subset';
  // 城市低保7719人,3256户,916059元/月: the money of the people and households just counted, per month, not a standard
  if (ind.kind === 'standard' && /元 ?\/ ?月$/.test(t.raw) && /\d\s*(人|户)[,、]\s*\d[\d,.]*\s*(人|户)[,、]\s*$/.test(n.slice(Math.max(0, t.start - 24), t.start))) return 'no_indicator';
  // 家庭人均月收入超过A元的(不合格低保户): an income line of a means test, not a standard or an amount (an
  // indicator named by its income, 捐赠收入A亿元, is its own)
  // (保障标准为家庭月人均收入A元: the standard stated as the income line it is)
  if (/收入(超过|高于|低于|不足|不到|在)?$/.test(before) && !(f.occ && /收入/.test(f.occ.e.text)) && !(ind.kind === 'standard' && /标准(为|是)?(家庭)?[月年]人均(纯)?收入(为|是)?$/.test(before))) return 'no_indicator';
  // 发放特困供养生活补助A万元、护理补贴B万元: the care part, named after the programme's living part
  // (发放生活、护理补贴资金A万元: one sum for both kinds of subsidy, the programme's money)
  if (kindOfUnit(t.unit) === 'money' && f.via !== 'right' && !(f.occ && /护理/.test(f.occ.e.text)) && /[、,;]\s*(照料)?护理(补贴|补助|费)(资金)?$/.test(before) && !/(基本)?生活\s*[、和及与]\s*(照料)?护理(补贴|补助|费)(资金)?$/.test(before)) return 'subset';
  // 其中,各乡(镇、街道)实施小额临时救助资金A万元: the share handled by the townships
  // (各乡(镇)、街道共批准特困人员A户: all the townships' approvals together, the whole area's members)
  // 他所在街道共有低保对象A户 / 该镇…: one township's or village's figure in a wider area's text
  // (…户籍所在乡镇人民政府提出申请: where an application goes, no subject)
  // (两县政府所在镇由A元提高到B元: the county seats, a tier of the standard)
  if (/(?<!政府)(所在|该)(的)?(街道|乡镇|镇|乡|村居|村|社区)(?![镇居]|(人民)?政府|民政|提出|申请|办理|审核|[((])/.test(n.slice(Math.max(0, t.start - 60), t.start))) return 'sub_region';
  // 审计发现…违规发放低保资金…涉及资金A万元、低保对象B户: what an audit or check found wrong, not the programme's total
  // (取消不符合条件的低保对象A户: the exits of the year; 清退违规享受的…: the exits an audit forced)
  if ((/_exit_/.test(ind.id) ? IRREGULAR_STRONG.test(n.slice(Math.max(0, t.start - 60), t.start)) : IRREGULAR.test(before)) || (/^\s*(共|合计|累计)?涉及/.test(before) && IRREGULAR_STRONG.test(n.slice(Math.max(0, cs - 60), cs)))) return 'irregular';
  if (!/_exit_/.test(ind.id) && FINDING_LEAD.test(n.slice(Math.max(0, cs - 16), cs))) return 'irregular';
  // (全县有27名已死亡人员仍在领取特困供养金: the wrong payment named right after the count)
  if (!/_exit_/.test(ind.id) && DEAD_OR_TWICE.test(n.slice(t.end, Math.min(n.length, t.end + 24)).split(/[,;。]/)[0])) return 'irregular';
  if (/(^|[,;:其中])各(乡|镇|街道|村|社区)/.test(before) && !(ind.flow !== 'flow' && ALL_TOWNSHIPS_APPROVED.test(before))) return 'sub_region';
  // 各县(市、区)低保标准均达到A元以上: a floor each lower area reaches, not the text's own standard
  // (各县(市、区)、开发区城市低保标准由每人每月A元提高到每人每月B元: one standard raised for every area alike, the area's own;
  // not a floor: 均, 不低于, 以上)
  const allRaised = ind.kind === 'standard' && t.qualifier === 'exact' && RAISED_FROM.test(before.slice(-40)) && !/均|不低于|最低(?!生活)|以上/.test(before.slice(-80));
  if (EACH_AREA.test(before.slice(-80)) && (ind.kind === 'standard' || /均/.test(before.slice(-80))) && !allRaised) return 'sub_region';
  // 市级共补助高龄津贴A万元 / 县级累计配套…: a level's share with 共/累计 before its verb
  if (kindOfUnit(t.unit) === 'money' && f.occ && FUND_LEVEL_SUM.test(n.slice(Math.max(cs, f.occ.start - 14), f.occ.start) + (f.via === 'left' ? '' : n.slice(f.occ.start, t.start)))) return 'subset';
  // 县级配套低保资金A万元 / 中央补助资金: one level's share of the money, not the area's total
  if (kindOfUnit(t.unit) === 'money' && f.occ && FUND_LEVEL.test(n.slice(Math.max(cs, f.occ.start - 12), f.occ.start) + (f.via === 'left' ? '' : n.slice(f.occ.start, t.start)))) return 'subset';
  // (…补贴制度,今年省级已安排A亿元: a level's money in a clause of its own, the programme named before it)
  if (kindOfUnit(t.unit) === 'money' && !f.breakdown && (!f.occ || f.occ.end <= cs) && LEVEL_CLAUSE.test(n.slice(cs, t.start).replace(/\s/g, ''))) return 'subset';
  // (其中中央资金A亿元, named by its level alone: that level's share of the money counted before)
  if (kindOfUnit(t.unit) === 'money' && (!f.occ || f.occ.end <= cs) && !f.breakdown && FUND_LEVEL.test(n.slice(cs, t.start).replace(/\s/g, '').replace(/(?:专项)?(?:资金|金|补助|经费)(?:共|计|为|达到|达)*$/, ''))) return 'subset';
  // 低保对象中,老年人A人 / 低保家庭中有重度残疾人的B户: a group among the programme's people, not its whole
  if (f.occ && f.occ.end <= t.start) {
    // (高龄津贴发放对象中百岁老人A人: the programme's people named by a noun before 中)
    const group = /^\s*(?:[^,;:。\d]{0,6}?(?:对象|人员|人口|家庭|群体))?(?:之中|当中|中)[,,]?\s*(.*)$/.exec(n.slice(f.occ.end, t.start));
    // (低保对象中享受城市低保的有A人: the programme's own side)
    if (group && !(f.breakdown && group[1].includes(f.breakdown.slice(0, 2))) && /[\u4e00-\u9fff]/.test(group[1].replace(/^(共有|共计|合计|总计|共|有|计|为|是|达到|达)+/, '').replace(/(共有|共计|合计|共|有|为|是|达到|达)+$/, ''))) return 'subset';
  }
  // 城市低保对象A万人(其中易地扶贫搬迁B万人): a part in brackets with no breakdown of the indicator's
  const open = n.slice(Math.max(0, t.start - 40), t.start);
  const inner = /[((]\s*(其中|含)[^))]*$/.exec(open);
  // ((其中城镇低保家庭B户…,农村…): the urban side named 城镇 is the side the breakdown 城市 files)
  if (inner && !(f.breakdown && (inner[0].includes(f.breakdown.slice(0, 2)) || (f.breakdown === '城市' && /城镇(?:居民)?(?:低保|最低生活保障|特困|五保)?(?:供养)?(?:家庭|对象|户|人员)?\s*(?:[\d.]+\s*万?户[、,]?\s*)?$/.test(inner[0]))))) return 'subset';
  // 集中供养率达A%(省厅要求不低于B%): a requirement or target in brackets
  if (/[((][^))]{0,16}(要求|目标|任务)[^))]*$/.test(open)) return 'plan';
  // 城乡低保标准最低提高到每人每月A元,最高达到B元: the lowest or highest of the lower areas' standards
  if (ind.kind === 'standard' && /(最低|最高)(?:的|一)?(标准|档|档次)?(为|是|达到|达|提高到|提高至|调整为|调整到|增加到)?\s*(每人每[月年])?\s*$/.test(before.slice(-20))) return 'sub_region';
  // (历城区低保标准最高,为A元 / 低保标准最高的是历城区,为A元: the superlative in the clause before, said of one area)
  if (ind.kind === 'standard' && /(最低|最高)(?!生活保障|工资|限)[^,;:。]{0,12}[,,]\s*(为|是|达到|达)?\s*(每人每[月年])?\s*$/.test(n.slice(Math.max(0, t.start - 40), t.start))) return 'sub_region';
  // …均达到A元以上,其中市区B元: a part of those areas
  const w0 = Math.max(0, t.start - 80);
  const qe = n.slice(w0, t.start).lastIndexOf('其中');
  if (qe > 0 && EACH_AREA.test(n.slice(w0, w0 + qe)) && (ind.kind === 'standard' || /均/.test(n.slice(w0, w0 + qe)))) return 'sub_region';
  // 截至中午12时,共募集善款A万元 / 现场筹集善款B元: what one event collected by then, not the period's total
  if (ind.flow === 'flow' && prefixHas(ONE_EVENT, n, t.start)) return 'partial';
  // 8月22日,上海市迎来…结婚登记小高峰,共计A对: a sentence opened by one day, the flow counted with no period of its own
  // (not a news date: 1月10日,记者从市民政局获悉,…)
  if (ind.flow === 'flow' && /^\s*\d{1,2}月\d{1,2}日(当天|当日)?[,,]/.test(n) && !/年|以来|累计|截至|截止|全年|季度|上半年|[-~至到]\d{1,2}月|获悉|了解|介绍|发布|表示|消息|统计|记者|通报|显示/.test(n.slice(n.search(/[,,]/) + 1, t.start))) return 'partial';
  // 慈善文化月期间,…募集慈善资金A万元 / 春节期间,全市办理结婚登记A对: the flow of a campaign or of a few days
  if (ind.flow === 'flow' && prefixHas(SPAN_OF_EVENT, n, t.start)) return 'scope';
  // 举办集体婚礼,结婚A对: the couples of one ceremony
  if (/^(marriage|divorce)_reg$/.test(ind.id) && /集体婚礼|婚礼(上|现场|当天|活动)/.test(n.slice(0, t.start))) return 'scope';
  // 某市慈善宣传月收官募集资金A万元 / 慈善一日捐募集善款B万元: donations named by one campaign in their own clause
  if (ind.id === 'charity_donations' && CAMPAIGN_NAME.test(before)) return 'scope';
  // 为玉树地震灾区募捐A万元 / 为患病儿童募集善款B万元: money raised for one purpose, a campaign's takings
  if (ind.id === 'charity_donations' && before.includes('为') && EARMARKED_RAISED.test(before)) return 'scope';
  // 完成"慈善一日捐"A万元,接收捐款B万元,募集"冠名基金"C万元: one item beside the drives' and funds' takings is no total
  if (ind.id === 'charity_donations' && kindOfUnit(t.unit) === 'money' && !TOTAL_WORDS.test(before) && !/共|总(?!会)/.test(before) && SIBLING_DRIVE.test(n.slice(0, cs) + '。' + n.slice(ce))) return 'scope';
  // 市慈善总会发起“暖冬行动”,累计募集善款A万元: the takings of the drive the sentence launched
  // (开展“中华慈善日”主题活动,…,全市慈善总会募集善款A亿元: a clause opening with the whole area is the year's)
  if (ind.id === 'charity_donations' && prefixHas(DRIVE_LAUNCHED, n, t.start) && !/^\s*[全我本][省市区县州盟旗]/.test(before)) return 'scope';
  // 自8月28日起启动慈善"一日捐"活动…。截至目前,全县累计募集善款A万元: the running takings of one campaign
  // (…捐款仪式…。仪式上,…。截止目前,全县各单位共募集善款A万元: the drive told of just before)
  if (ind.id === 'charity_donations' && (/累计/.test(before) || prefixHas(AS_OF_NOW_OR_PRESS, n, t.start)) && (CAMPAIGN_START.test(prevSentence) || DRIVE_TOLD.test(prevSentence) || /一日捐/.test(before))) return 'scope';
  // 9月9日局机关组织开展"慈善一日捐"现场捐赠活动,…共募集善款A元: the takings of the event the sentence tells of
  if (ind.id === 'charity_donations' && prefixHas(COLLECTION_HELD, n, t.start)) return 'scope';
  // 全市慈善总会系统…支出救助资金A亿元: the charities' own relief spending, not the government's social assistance
  if (ind.category === '社会救助' && prefixHas(CHARITY_BODY, n, t.start)) return 'scope';
  // 开展专项救助行动以来…救助流浪乞讨人员A人次: the figures of one campaign
  if (SPECIAL_ACTION.test(n.slice(0, t.start))) return 'scope';
  // 按每人每月A元保障重点困境儿童: the standard of the group named after it
  if (ind.kind === 'standard' && f.via !== 'right' && /^(的标准)?(保障|补助|救助|供养|资助|发放)/.test(n.slice(t.end, t.end + 5))) {
    const after = lex.aliases(n, t.end, ce);
    if (after.length && !after.some((o) => o.e.ind.id === ind.id || (lex.family(o.e.ind.id) ?? '') === (lex.family(ind.id) ?? '-') || o.e.ind.id.split('_')[0] === ind.id.split('_')[0])) return 'scope';
  }
  // 保障重点困境儿童269名,全市共发放资金40.5万元: the money of one group of children, not all child funds
  // (保障48名孤儿基本生活权益,累计发放救济金A万元: the count before the group's name too)
  if (ind.id === 'child_funds' && !(f.occ && f.occ.e.ind.id === 'child_funds') && /(困境儿童|孤儿|无人抚养儿童)\s*[\d.]+\s*(名|人)[^,;。]{0,4}$|[\d.]+\s*(名|人)(重点)?(困境儿童|孤儿|事实无人抚养儿童|无人抚养儿童)[^,;。\d]{0,8}$/.test(n.slice(Math.max(0, n.lastIndexOf(',', cs - 2) + 1), cs).replace(/,\s*$/, ''))) return 'subset';
  // 重点困境儿童基本生活费按每人每月A元发放,全年发放资金B万元: the money of the one group named before, not all child funds
  if (ind.id === 'child_funds' && !(f.occ && f.occ.e.ind.id === 'child_funds') && cs > 0) {
    const head = n.slice(0, cs);
    const groups = [/困境儿童/, /孤儿/, /无人抚养儿童/].filter((g) => g.test(head)).length;
    if (groups === 1) return 'subset';
  }
  if (!progPart && /^(其中|含)/.test(before) && !f.breakdown && f.via !== 'inherit' && whole && !declaredPart) return 'subset';
  // 其中:符合低保条件的…发放低保资金954.25万元: the clause after 其中: is a part
  // (民政部门登记离婚A万对 after 其中: of 离婚手续 names the indicator's own scope: it is the figure itself)
  // (彩票公益金A亿元。其中:福彩公益金B亿元: a whole named by a shorter alias with another qualifier is not the indicator's,
  // the part named by the longer alias is the indicator's own figure)
  // (其中:城市特困人员…基本生活标准A元: the urban side's own standard, after the rule for both sides)
  // (提供住宿的机构A个,其中:养老机构B个: a part the catalogue declares of the whole is its own total)
  if (!progPart && /其中[:：]\s*$/.test(n.slice(Math.max(0, cs - 4), cs)) && !f.breakdown && f.via !== 'inherit' && !(f.occ && /^民政部门/.test(f.occ.e.text)) && !declaredPart
    && !(ind.kind === 'standard' && /_(urban|rural)$/.test(ind.id))
    && !qualifiedPart(lex, n, cs, t, f, wholesBefore(cs), prevFiled ? '' : prevSentence) && !sameNamePart(ind, t, wholesBefore(cs), prevWholes)) return 'subset';
  // (将A万低收入人口纳入动态监测/预警: the low-income population is the stock the monitoring holds)
  if (!monitoredLowIncome(n, t, ind) && !intakeInName(n, f, t) && (/(^|[^即])将$/.test(before) || /^将/.test(before.replace(/^(全市|全区|累计)/, '')) && f.via === 'right')) return 'action';
  // (…监测和帮扶,将符合条件的A名监测对象纳入兜底保障范围: the people moved into a scheme, whatever named them)
  if (!monitoredLowIncome(n, t, ind) && !intakeInName(n, f, t) && /^(?:全[市区县省])?[将把]/.test(before) && /^[^,;:。]{0,16}?(纳入|列入|转入)/.test(n.slice(t.end))) return 'action';
  if (/补发|退还|追回/.test(before)) return 'partial';
  // (…,金额总计A万元进行追缴收回: money to be recovered, the verb after it)
  if (kindOfUnit(t.unit) === 'money' && RECOVER_AFTER.test(n.slice(t.end, t.end + 12))) return 'partial';
  // 通过审计整改,…保障A名困难群众的合法权益: an audit's or inspection's outcome, not the programme's figure
  if (n.includes('通过') && AUDIT_OUTCOME_LEAD.test(n)) return 'irregular';
  // (保障A名群众的合法权益: the people whose rights were upheld, not those covered; 基本生活权益 is coverage)
  if (n.includes('权益') && /^[^,;:。\d]{0,12}?的?合法权益/.test(n.slice(t.end, t.end + 20))) return 'no_indicator';
  // 每千名老年人拥有养老床位24.4张: a ratio per thousand, not a count
  if (/每[千万百](?:名|位|个|户|人)?[\u4e00-\u9fff]{0,14}$/.test(before)) return 'no_indicator';
  // (每千名老年人拥有养老床位分别为城市A张、农村B张: the ratio named before the indicator holds every value after it)
  // (千人养老床位数A张 / 万人拥有社会组织数B个: the same ratio without 每)
  if (f.occ && f.occ.start < t.start && PER_HEAD_BEFORE.test(n.slice(Math.max(0, f.occ.start - 16), f.occ.start))) return 'no_indicator';
  // 集中供养157人,支出供养经费200万元: a part by supply mode, a split the indicator does not have
  // (both modes counted before the money: the split is complete and the money is the whole's)
  // (an urban or rural label does not make it whole: 集中供养五保对象供养资金, 分散供养特困人员…其中农村A人)
  // (特困人员A人,城市B人,农村C人,集中供养D人,…支出救助金E万元: a list of the whole's facets closed by the whole's money)
  if (lex.family(ind.id) === 'tekun' && kindOfUnit(t.unit) !== 'rate' && !SUPPLY_MODE_VALUES.has(f.breakdown) && prefixHas(SUPPLY_MODE, n, t.start) && (SUPPLY_MODE.test(before) || !(prefixHas(CENTRALISED, n, t.start) && prefixHas(DISPERSED, n, t.start)))
    && !(kindOfUnit(t.unit) === 'money' && !SUPPLY_MODE.test(before) && facetsListed(lex, wholesBefore(cs)))) return 'subset';
  // 对集中供养的全护理特困人员护理费按A元: a care fee of one tier is not the basic-living standard
  if (/^tekun_std/.test(ind.id) && CARE_TIER.test(before)) return 'subset';
  // 农村特困人员的集中供养标准由A元调整为B元: the standard of one supply mode (the indicator has no such split)
  // (集中供养A元、分散供养B元: the words since the last number name B's mode)
  // (a standard split by mode where the catalogue has the split is filed with it: stdSupplyMode)
  if (/^tekun_std_?(urban|rural)?$/.test(ind.id) && !SUPPLY_MODE_VALUES.has(f.breakdown) && stdSupplyMode(n, t, f, cs)) return 'subset';
  // 照料护理标准第一档每人每月A元: one ranked tier with no care level read, not the whole's standard
  if (ind.breakdowns === 'care_level' && !f.breakdown && /[一二三四]档/.test(before)) return 'subset';
  // 照料护理补贴一档(完全丧失生活自理能力)人数45人: the people of one care tier
  if (kindOfUnit(t.unit) === 'person' && ind.breakdowns !== 'care_level' && CARE_TIER.test(before)) return 'subset';
  // 体彩公益金A亿元: the sports lottery's fund, not the welfare lottery's; 彩票公益金A亿元,其中…体彩…: both lotteries'
  if (f.occ && ind.id === 'lottery_welfare_fund' && /(体彩|体育彩票)$/.test(n.slice(Math.max(0, f.occ.start - 4), f.occ.start))) return 'no_indicator';
  if (f.occ && ind.id === 'lottery_welfare_fund' && /(?<!福利)彩票$/.test(n.slice(Math.max(0, f.occ.start - 4), f.occ.start)) && /体彩|体育彩票/.test(n.slice(t.end) + following.split('\n')[0])) return 'combined';
  // 投入资金A万元,为1200户低保家庭改造住房: money for a project done for the group, not the programme's money
  // (only for the aid programmes' money: 拨付资金A万元,为B户老年人家庭实施适老化改造 is the project's own money)
  if (kindOfUnit(t.unit) === 'money' && /^(dibao|tekun|temp_assist|orphan|fmcare|disab|assist)_/.test(ind.id) && !(f.occ && f.occ.start < t.start) && MONEY_FOR_PROJECT.test(n.slice(t.end, t.end + 40)) && !lex.aliases(n.slice(t.end, t.end + 40).split(/[。;；]/)[0]).some((o) => o.e.ind.id === ind.id) && !OWN_PAYMENT_AFTER.test(n.slice(t.end).replace(/^\s*[,，]\s*(?:为|给)/, ''))) return 'scope';
  // (the checks go on in module-level parts: small functions are optimised sooner and compile faster than one large one)
  // (the clauses joined to the sentence by a semicolon, before and after it)
  const beside = (endsWithSemicolon(prevSentence) ? prevSentence : '') + following.split(/[。\n]/)[0];
  const r = guardWords(lex, n, t, f, cs, before, beside) ?? guardShape(lex, n, t, f, cs, ce, before, (endsWithSemicolon(prevSentence) ? prevSentence : '') + n.slice(0, cs));
  if (r !== undefined) return r;
  const p = guardParts(lex, n, t, f, cs, progPart, partRun, wholesBefore, prevWhole, prevPart, prevFiled ? '' : prevSentence, prevWholes);
  if (p !== null) return p;
  // 县城低保标准A元 / 低保标准A元,农村每人每年B元: one side's standard (the county seat's, or the side opposite the one
  // the next clause opens with), not a unified one (城区/城关低保标准A元,农村…B元: the urban area's, likewise)
  if (ind.kind === 'standard' && !f.breakdown && (n.includes('县城') || n.includes('农村') || n.includes('城市') || n.includes('城镇') || n.includes('乡村')) && lex.byId.has(ind.id + '_urban')
    && !/统一|并轨|一体/.test(before) && (/县城|城区|城关/.test(before) || SIDE_NEXT.test(n.slice(t.end, t.end + 24)))) {
    // (城区居民低保标准由A元提高到B元,县(市)城镇居民…: 城区 set against the counties is the city's districts, an area group)
    if (before.includes('城区') && DISTRICTS_ITEM.test(before) && COUNTIES_PART_AFTER.test(n.slice(t.end))) return 'area_group';
    return 'ambiguous_breakdown';
  }
  return null;
}

/** One kind of home or facility (敬老院, 日间照料中心, 公办养老机构…), not all the elderly-care institutions. */
const HOME_KIND = '(敬老院|福利院|光荣院|幸福院|供养服务(?:机构|中心)|特困供养机构|日间照料(?:中心|站)?|养老驿站|老年公寓|护理院|医养结合(?:养老)?机构|公办养老机构|民办养老机构)';
// (a count in digits or in Chinese numerals: 敬老院9所 / 敬老院九所)
const HOME_COUNT_NUM = '(?:\\d+(?:\\.\\d+)?|[零〇一二两三四五六七八九十百千]+)';
const HOME_KIND_COUNT = new RegExp(HOME_KIND + '[^,;:。\\d]{0,6}?' + HOME_COUNT_NUM + '\\s*(?:所|个|家|处|座)\\s*[,，、]\\s*$'
  // (有15所乡镇敬老院,床位A张: the count before the kind's name)
  + '|' + HOME_COUNT_NUM + '\\s*(?:所|个|家|处|座)[^,;:。\\d]{0,4}' + HOME_KIND + '\\s*[,，、]\\s*$');
/** 养老机构(民办) / 福利院(公办): an ownership word in brackets right after an institution's name */
const OWNERSHIP_BRACKET = /^\s*[((](?:民办|公办|私立|公立|国办|民营|私营)[))]/;
/** …(民办)2个, ending the clauses before a count of beds */
const OWNERSHIP_COUNTED = new RegExp(OWNERSHIP_BRACKET.source.slice(1) + '\\s*[\\d.]+\\s*(?:个|家|所|处|座)[,,、]\\s*$');
const HOME_KIND_BEDS = new RegExp(HOME_KIND + '[^,;:。\\d]{0,6}床位[^,;:。\\d]{0,6}$');
// (降幅: a fall; 增量: an increase of a count)
const CHANGE_NOUN = /(增幅|涨幅|降幅|增长额|增加额|提高额|减少额|提标额|提标幅度|提标额度|提高幅度|提高额度|增长幅度|增加幅度|上调幅度|上调额度|上调额|调增额|增量)(?:为|是|达到|达|约)?\s*$/;
const CAP_BEFORE = /(不超过|不高于|不得超过|不得高于|不超出|不大于)\s*(每人每[月年]|每人|每月|每年)?\s*$/;
const FISCAL_RATE_BEFORE = /(财政|补助资金|补贴资金|奖补资金)[^。;]{0,30}按(?:照)?[^,;:。]{0,30}$/;
const FISCAL_RATE_AFTER = /^[^,;。]{0,12}?(给予|予以)?(补助|补贴|下拨|拨付|奖补|分担)/;
/** Guards on the words before the value and around the alias (part of guard). */
// a 集中供养率 of the disabled: 失能、半失能 / 生活不能自理 / 失智 / 全护理
const DISABLED_GROUP = /失能|不能自理|失智|护理|瘫痪/;

/** 认定失能半失能特困人员A人,已入住敬老院B人,集中供养率C%: the disabled group counted in the clauses right before the
 * rate's, with no other group of people named since. */
function disabledCountedBefore(n: string, cs: number, end: number): boolean {
  let p = -1;
  for (const m of n.slice(0, cs).matchAll(new RegExp(DISABLED_GROUP.source, 'g'))) p = m.index!;
  return p >= 0 && !/特困|五保|供养(?:对象|人员)|[;;。]/.test(n.slice(clauseEnd(n, p), end));
}

/** 对/向/为 + a group of one kind (another programme's people, outsiders, students…) + 实施临时救助 / 发放临时救助金 */
// (给予建档立卡贫困户临时救助A人次: the group between 给予 and the programme)
const GROUP_ASSISTED = /(?:对|向|为|给(?!予))([^,;:。]{1,24}?)(?:实施|给予|开展|发放)了?临时救助|给予([^,;:。\d]{2,24}?)临时救助/g;
const GROUP_OF_ONE_KIND = /低保|特困|五保|孤儿|残疾|建档立卡|脱贫|监测|边缘|非本地|非本市|非本县|非本区|非户籍|外地|外来|流动|务工|农民工|学生|退役|支出型|急难型|因病|因学|因残/;
/** (支出型贫困家庭) / (含…对象): another group in a bracket right before the value (not a side, not 不含) */
const GROUP_ADDED = /^[((](?!不含|城市|城镇|农村|城乡|其中)(?:含|包括|及)?[^()(),;。\d]{2,16}(?:家庭|对象|人员|群众)[))]\s*$/;
/** 缺口/尚缺/缺少/差距: a gap between the clause's subject and the value */
const SHORTFALL = /缺口|缺额|短缺|缺少|[尚还仍]缺|差距/;
/** 为A名困难群众发放生活补贴B亿元: a subsidy paid to many kinds of people at once, a lead its 其中 items are parts of */
const SUBSIDY_LEAD = /困难(?:群众|群体|家庭|对象|人员)[^,;:。\d]{0,6}(?:发放|送去|拨付)[^,;:。\d]{0,8}(?:补贴|补助|慰问金)(?:资金)?(?:共|共计|合计|达)?\s*\d[\d,.]*\s*[万亿]?元[。,]?\s*$/;
const INSTITUTION_CHILDREN = /^[\s,,、;]*(?:集中供养|机构养育|集中养育)(?:的)?儿童(?:为|是)?\s*$/;
/** 累计发放…资金A万元。 ending a sentence: the whole a 其中 run of programmes splits is money */
const YEAR_WORD = /一年|每年|每人年|年标准/;
// a standard's period stated per year / per month (年保障标准 before splitSentences moves its 年; not 今年/2023年标准)
const YEARLY_STATED = /每人每年|每年每人|每人年|元\/(?:人[·.\/])?年|年人均|(?<![\d今去本明当上])年(?:保障|供养|基本生活)?标准/;
const MONTHLY_STATED = /每人每月|每月|元\/(?:人[·.\/])?月|\d\/月|月人均|(?<![\d本当上])月(?:保障|供养|基本生活)?标准/;
const MONEY_ROUND_UP = /(发放|支出|投入)[^,;:。\d]{0,12}(资金|经费)[^,;:。\d]{0,4}\d[\d,.]*\s*[万亿]?元[。:,]?\s*$/;
const SIDE_WORD = /城市|城镇|城乡|农村|乡村|城区|牧区/;
// (对因病、因灾及子女就学等原因造成生活困难的群众: a list of causes describes everyone the programme helps, no group)
const CAUSES_OF_NEED = /^因(?!疫)[\u4e00-\u9fff]{1,6}(?:[、和及或与]因?(?!疫)[\u4e00-\u9fff]{1,8}){1,5}等(?:原因|情况)(?:造成|导致|引起|致使)?[^,;:。疫]{0,12}(?:群众|家庭|人员|居民)$/;
function groupAssisted(span: string): boolean {
  const m = [...span.matchAll(GROUP_ASSISTED)].pop();
  const group = m ? m[1] ?? m[2] : '';
  // (a counted group, 向95户支出型家庭发放…, is left to the check of groups paid one after another)
  if (!m || !GROUP_OF_ONE_KIND.test(group) || /等[^,;:。]{0,6}$|\d/.test(group) || CAUSES_OF_NEED.test(group)) return false;
  // (a total stated after the group's figures is the programme's: …;全年共实施临时救助C人次)
  return !/全年|全[县市区省]|共计|合计|总计|累计|共/.test(span.slice(m.index! + m[0].length));
}
const AREA_TIER = /县区|区县|县\(市\)|县市|郊区|郊县|乡镇|镇街|[一二三四五六七八九两]个?县/;
/** The clause names 城区 or another area tier right before the value (or its name), and the sentence names the other kind. */
function areaTierPart(n: string, before: string, cs: number): boolean {
  const own = /(城区|县区|区县|县\(市\)|县市|郊区|郊县|乡镇|镇街)[^,;:。\d城农乡镇]{0,8}$/.exec(before);
  // (城区和乡镇低保对象: a union of the tiers is the whole)
  if (!own || /(?:城区|城镇|县城|农村|乡镇|县区|区县|郊区|镇街|县市|\))[和及与、]$/.test(before.slice(0, own.index))) return false;
  const rest = n.slice(0, cs) + before.slice(0, own.index) + ' ' + n.slice(cs + before.length);
  return own[1] === '城区' ? AREA_TIER.test(rest) : /(?<![全各])城区/.test(rest);
}
/** 一类/二类/A类/第三类 (with 对象/家庭…) right before a value: one class of a programme's recipients (分类施保), not an area class. */
const CLASS_LEVEL = /(?:^|[、,;:和及])\s*(?:第?[一二三四五六]|[A-EＡ-Ｅ])类(?:对象|家庭|户|人员|低保户|低保对象|保障对象)?(?:为|是|按)?\s*(?:每人每[月年]|每人|每[月年])?\s*$/;
/** 城乡低保月人均救助水平分别提高到不低于A元、B元: a floor set on an average payment is a requirement, not the average paid (以上 after a reached level is no floor) */
function avgFloor(t: ValueToken, ind: IndicatorDef): boolean {
  return ind.kind === 'standard' && /_avg/.test(ind.id) && t.qualifier === '不低于' && !/以上$/.test(t.raw);
}

/** 多数地区 / 部分地区 / 一些地区: some regions of the area, not all */
const SOME_REGIONS = /(?:大?多数|大部分|部分|一些|少数|个别|有的)地区/;

function guardWords(lex: Lexicon, n: string, t: ValueToken, f: Found, cs: number, before: string, beside = ''): CandidateReason | undefined {
  const ind = f.ind;
  // 累计保障城市低保对象A人次、B人(,农村…C人次、D人): the people reached over the span beside its 人次, not the stock at its end
  if (kindOfUnit(t.unit) === 'person' && !/次$/.test(t.unit) && ind.kind === 'count' && ind.flow !== 'flow' && /\d\s*万?人次\s*[、和及与]?\s*$/.test(before) && /累计/.test(n.slice(0, t.start))) return 'action';
  // 重度残疾人生活补贴 / 重残生活补贴: a subsidy of the severely disabled (local, or before the 两项补贴), not the 困难残疾人
  // one whose shorter name it holds: every living-subsidy name up to the value qualified so, and no 困难残疾人 named
  if (/^disab_living_/.test(ind.id) && !/困难残疾人/.test(n.slice(0, t.end))) {
    const named = lex.aliases(n, 0, t.start).filter((o) => /^disab_living_/.test(o.e.ind.id));
    if (named.length && named.every((o) => /(?:重度|重残)$/.test(n.slice(Math.max(0, o.start - 2), o.start)))) return 'scope';
  }
  // 市本级发放临时救助金A万元 / 县本级支出: the own level's share (without the lower areas), not the area's total
  if (ind.kind !== 'standard' && /(?:^|[,,;:])\s*(?:[省市区县州旗]|市区|县区)?本级(?!以上|及以上|和|与|及|、|[((])/.test(before)) return 'subset';
  // 民政局机关临时救助A人,救助金额B万元: the bureau's own channel (beside 下拨各乡镇…), not the area's total
  if (ind.kind !== 'standard' && n.includes('机关') && bureauChannel(n, t.start)) return 'subset';
  // 医疗救助支出中,用于低保对象的资金A万元: the share of another programme's money spent on the group, not the group's programme money
  if (kindOfUnit(t.unit) === 'money' && /用于[^,;:。\d]{0,16}$/.test(before)) {
    const k0 = Math.max(0, cs - 80);
    const k = n.slice(k0, cs).search(/(支出|资金|经费)(?:之|当)?中[,,]\s*$/) + k0;
    if (k >= k0 && (MEDICAL_ASSIST.test(n.slice(Math.max(0, k - 40), k)) || lex.aliases(n, Math.max(0, k - 40), k + 2).some((o) => (lex.family(o.e.ind.id) ?? o.e.ind.id) !== (lex.family(ind.id) ?? ind.id)))) return 'subset';
  }
  // 为失能、半失能特困人员购买照料护理服务,惠及特困人员A人: those served by one service bought for the group, not the group's whole
  if (kindOfUnit(t.unit) === 'person' && PROGRAMME_PERSONS.test(ind.id) && /(惠及|受益|服务)了?[^,;:。\d]{0,8}$/.test(before) && SERVICE_BOUGHT.test(n.slice(Math.max(0, cs - 80), cs))) return 'scope';
  // 发放取暖补贴/价格临时补贴A万元,惠及特困人员B人: those reached by a payment of its own, not the programme's roll
  if (kindOfUnit(t.unit) === 'person' && PROGRAMME_PERSONS.test(ind.id) && /(惠及|受益|覆盖)了?[^,;:。\d]{0,8}$/.test(before) && OWN_PAYMENT_BEFORE.test(n.slice(Math.max(0, cs - 40), cs))) return 'scope';
  // 对80周岁以上城乡低保老年人每人每月发放A元高龄补贴: paid to one programme's elderly, not the area's 高龄津贴
  if (lex.family(ind.id) === 'elder_age' && /(低保|特困|五保|建档立卡|贫困|困难|失能)[^,;:。\d]{0,8}(老年人|老人)/.test(n.slice(cs, t.start))) return 'subset';
  // 90至94周岁的老年人每人发放A元 (no 每月/每年 in the sentence): a sum paid per person, of no stated period
  if (ind.kind === 'standard' && t.unit === '元' && /·[月年]$/.test(ind.unit) && /每人(?:一次性)?(?:发放|发给|领取|补助|补贴)$/.test(before) && !/每月|每年|按月|按年|逐月|月人均|年人均|\/月|\/年|月\/|年\//.test(n)) return 'unit_period';
  // 分类施保…一类A元/年/人、二类B元 / A类每人每月C元: the payment of one class of recipients, not the standard
  if (ind.kind === 'standard' && CLASS_LEVEL.test(before)) return 'no_indicator';
  // 发放生活补贴,月人均补贴A元 / 年人均补助B元: an average paid, not the standard (the averages have their own indicators)
  if (ind.kind === 'standard' && !/avg/.test(ind.id) && /(?:人均|平均每人)(?:每[月年])?(?:补贴|补助|发放|领取|享受)[^,;:。、\d()()]{0,4}$/.test(before) && !/标准/.test(before)) return 'no_indicator';
  // 冬季送温暖行动中,为全区特困人员发放取暖补贴A人: a sentence opened by a drive, or the people a subsidy of its own was paid to
  if (ind.kind !== 'standard' && ((cs < 40 && DRIVE_OPENS.test(n.slice(0, cs))) || (kindOfUnit(t.unit) === 'person' && /(向|为|给)[^,;:。]*(发放|送|拨付)[^,;:。]*$/.test(before) && OWN_SUBSIDY.test(before)))) return 'scope';
  // 其中,对因病致贫的家庭实施临时救助A人次: a part opening with the group it went to, not the programme's whole
  if (ind.kind !== 'standard' && /^\s*其中/.test(n)) {
    const g = QIZHONG_GROUP.exec(n.slice(0, f.occ && f.occ.start > 0 ? f.occ.start : t.start));
    if (g && !lex.aliases(n, g.index + g[0].length - g[1].length - g[2].length, g.index + g[0].length).some((o) => (lex.family(o.e.ind.id) ?? o.e.ind.id) === (lex.family(ind.id) ?? ind.id))) return 'subset';
  }
  // 通过网上预约办理结婚登记A对 / 其中,通过网上申请办理临时救助B人次: the flow of one channel
  if ((/^(marriage|divorce)_reg$/.test(ind.id) && /网上预约|线上预约|预约办理|网上办理|线上办理/.test(before)) || (ind.flow === 'flow' && !/cross_province|citywide/.test(ind.id) && /通过[^,;。\d]{0,8}(网上|线上|网络|掌上|手机|小程序|一网通办|自助)/.test(before))) return 'subset';
  // 最低生活保障家庭(支出型贫困家庭)A户: a bracket after the name adding another group counts both
  if (f.occ && ind.kind !== 'standard' && (n[f.occ.end] === '(' || n[f.occ.end] === '(') && GROUP_ADDED.test(n.slice(f.occ.end, t.start))
    && !lex.aliases(n, f.occ.end, t.start).some((o) => (lex.family(o.e.ind.id) ?? o.e.ind.id) === (lex.family(ind.id) ?? ind.id))) return 'combined';
  // 申领了高龄津贴电子卡A人: those who took a card, not those paid
  if (f.occ && /^(电子卡|卡|社保卡|证)/.test(n.slice(f.occ.end, f.occ.end + 4)) && kindOfUnit(t.unit) === 'person') return 'action';
  // “慈善e家”平台…募集善款A万元: one platform's takings
  if (ind.id === 'charity_donations' && /平台[^;。]{0,24}$/.test(n.slice(Math.max(0, cs - 30), f.occ && f.occ.start > cs ? f.occ.start : t.start))) return 'scope';
  // 乡镇(街道)审批小额临时救助A人次 / 先行救助: one kind of the programme, or the townships' share
  if (/^temp_assist_/.test(ind.id) && ind.kind !== 'standard' && (/小额|先行/.test(f.occ && f.occ.start >= cs ? n.slice(Math.max(cs, f.occ.start - 4), f.occ.end) : before) || /^\s*(?:各)?乡镇[((、]?(?:街道)?[))]?(?:审批|实施|办理)/.test(before))) return 'subset';
  // 护送流浪乞讨人员返乡A人次: one kind of the help given
  if (ind.id === 'vagrant_assist_times' && /护送|返乡|寻亲|接送|送医/.test(n.slice(cs, clauseEnd(n, t.end)))) return 'subset';
  // 外地来本区火化遗体A具: the bodies from elsewhere only
  if (ind.id === 'cremations' && /外地|外来|异地|外省|外市|外县/.test(before)) return 'subset';
  // 开展养老机构消防安全整改,涉及养老机构A家 / 完成适老化改造需求评估B户: the objects of a check or an assessment
  if (ind.kind !== 'standard' && ind.kind !== 'amount' && ((/^\s*(共|合计)?涉及/.test(before) && cs > 1 && /整改|检查|排查|督查|隐患|评估|专项治理|专项整治/.test(n.slice(clauseStart(n, cs - 2), cs))) || (f.occ && f.occ.end <= t.start && /^(需求|能力|入户)?(评估|调查|摸排|排查|核查|审核)/.test(n.slice(f.occ.end, t.start))))) return 'action';
  // 城市低保标准最高的街道为A元: one township's standard
  if (ind.kind === 'standard' && /(最低|最高)的?(街道|乡镇|镇|乡|社区|区县|县区|县|区)(为|是|达到|达)?\s*(每人每[月年])?\s*$/.test(before)) return 'sub_region';
  // 低保标准最高的历下区每人每月A元 / 全市有4个县区城市低保标准达到B元: one named lower area's standard, or some areas'
  if (ind.kind === 'standard' && (/(最低|最高)的[\u4e00-\u9fff]{1,6}(区|县|市|镇|乡|街道)(为|是|达到|达)?\s*(每人每[月年])?\s*$/.test(before) || /有(\d+|[一二三四五六七八九十两]+)个(县区|区县|县市区|县市|县|区|市|乡镇|镇街|街道)[^,;。\d]{0,16}$/.test(before))) return 'sub_region';
  // 按标准的20%增发低保金,全年增发金额A万元: an extra paid on top of the programme's money, not its total
  if (kindOfUnit(t.unit) === 'money' && /增发/.test(before)) return 'scope';
  // 市级财政对县区低保资金按照40%比例给予补助,全年补助资金A亿元: one level's subsidy towards the programme, not its money
  if (kindOfUnit(t.unit) === 'money' && /补助(资金|金额|经费)?[^,;:。\d]{0,4}$/.test(before) && /(中央|省级|市级|区级|县级|省|市)财政对[^。;]{0,24}(给予|予以)?(补助|奖补)/.test(n.slice(0, cs))) return 'scope';
  // 提标后每月多发放低保金A万元: the extra paid after a rise, not the money paid
  if (kindOfUnit(t.unit) === 'money' && /多(?:发放|发|支出|支付|拨付)/.test(before)) return 'change';
  // 低保资金结余A万元: money left over, not money paid
  if (kindOfUnit(t.unit) === 'money' && /(结余|结存|沉淀|滞留)(资金|金额)?[^,;:。\d]{0,4}$/.test(before)) return 'scope';
  // 年初全区低保对象A人: a stock at the start of the period, not at its end
  if (ind.flow !== 'flow' && ind.kind !== 'standard' && ind.kind !== 'amount' && (t.start < 80 && /^\s*(?:今年)?年初[,,]?(?!以来|至今|到|至)/.test(n) && !/年末|年底|目前|截至|截止|现有/.test(n.slice(0, t.start)) || /(?<!至|到)年初(?:时)?(?:为|有|是|共有|共)?\s*$/.test(before))) return 'other_year';
  // 全区在建养老机构A家: being built, not yet in the stock
  if (ind.kind === 'count' && f.occ && f.occ.start >= cs && /(在建|拟建|筹建|规划建设|正在建设)$/.test(n.slice(Math.max(cs, f.occ.start - 4), f.occ.start))) return 'plan';
  // 全区60岁以上低保对象A人 / 有劳动能力的低保对象 / 因病致贫的低保家庭: a group of the programme's people named before it
  if (f.occ && f.occ.start >= cs && /^(dibao|tekun|orphan|fmcare)_(persons|households)$/.test(ind.id) && GROUP_BEFORE.test(n.slice(Math.max(cs, f.occ.start - 12), f.occ.start)) && !/(向|为|给|对)[^,;:。]*$/.test(n.slice(cs, f.occ.start))) return 'subset';
  // 低保对象最多的东关街道有A人 / 12个镇街中,低保对象最少的为B人 / 有3个街道的低保对象超过C人: one township's figure, or a mark
  if (ind.kind !== 'standard' && (/(最多|最少|最高|最低|最大)的[^,;:。\d]{0,8}(街道|乡镇|镇|乡|社区|村)/.test(before) || (/(最多|最少|最高|最低)的(为|是|有)?\s*$/.test(before) && /镇街|街道|乡镇|社区|村|区县/.test(n.slice(0, cs))) || /有\d+个[^,;。\d]{0,8}(街道|乡镇|镇|乡|社区|村|区县)的/.test(before))) return 'sub_region';
  // 上月,全区发放低保金A万元 / 上季度…: the period before
  if (/^\s*(?:上月|上个月|上季度|上一季度)/.test(n.slice(cs, t.start)) || (/^\s*(?:上月|上个月|上季度|上一季度)[,,]/.test(n) && t.start < 200 && !OWN_TIME_AFTER.test(n.slice(0, t.start).replace(/^\s*\S{2,4}[,,]/, '')))) return 'partial';
  // 获评省级优秀社会组织A个: the organisations given an award, not all of them
  if (ORG_COUNTS.test(ind.id) && f.occ && f.occ.start >= cs && /(获评|评为|入选|荣获|获得|优秀|先进|示范)[^,;:。\d]{0,12}$/.test(n.slice(cs, f.occ.start))) return 'subset';
  // 低保对象城区A人、县区B人 / 城区特困人员A人,乡镇特困人员B人: two area tiers' parts, neither the urban side nor the whole
  if (areaTierPart(n, before, cs)) return ind.kind === 'standard' ? 'area_group' : 'sub_region';
  // 市区低保对象A万人 / 主城区养老床位B张: the urban districts of a city (or the county seat), not the whole area
  if (!f.breakdown && ind.kind !== 'standard' && /^\s*(?:市区|主城区|中心城区|老城区|县域|城关)(?!和|与|及|、|乡)/.test(before)) return 'sub_region';
  // 各区县中,莱芜区特困人员最多,达A人: the most or least of the areas below, said of one
  if (/(最多|最少|最高|最低(?!生活)|最大)[,,]?\s*(?:达到|达|为|是|有)?\s*$/.test(n.slice(Math.max(0, t.start - 12), t.start)) && /各(?:区县|县区|县市区|县|区|乡镇|镇街|街道|镇)[^,;。]{0,8}中|[\u4e00-\u9fff]{2,6}(?:区|县|镇|街道)(?:的)?[^,;。\d]{0,12}(最多|最少|最高|最低)/.test(n.slice(0, t.start))) return 'sub_region';
  // 我县所在的济南市…标准为A元 / 我区所在的市养老床位B万张: the figure of the area above
  if (/(?:我|本)[区县市旗]所在(?:的)?[\u4e00-\u9fff]{0,6}[市省州盟]|所在的[\u4e00-\u9fff]{1,6}[市省州盟](?![区县])/.test(n.slice(Math.max(0, t.start - 160), t.start))) return 'other_region';
  // 国庆节前,全市办理结婚登记A对: the flow of the days before (or after) a holiday
  if (ind.flow === 'flow' && kindOfUnit(t.unit) !== 'money' && /(春节|国庆|七夕|清明|中秋|元旦|端午|重阳)节?(前夕|前|后|当天|当日)[,,]/.test(n.slice(Math.max(0, cs - 40), cs + 1))) return 'scope';
  // 平均每个社区拥有社会组织A个 / 每千名老年人拥有养老床位B张: a count per unit, not the area's count
  if (ind.kind !== 'standard' && kindOfUnit(t.unit) !== 'rate' && /(?:(?:平均)?每(?:一?个(?!季度|月|年|学期|半年|工作日)|千名|百名|万名|千人|百人|万人)|平均每(?:院|所|家|处|站|村|镇|乡|社区|街道|机构))[^,;:。\d]{0,14}$/.test(before)) return 'no_indicator';
  // 对困难群众中的重病患者实施临时救助A人次 / 为脱贫户中的B名重度残疾人发放护理补贴: a group within a group, a part
  if (ind.kind !== 'standard' && GROUP_WITHIN.test(before)) return 'subset';
  // 累计向因病致贫的低保户A户发放资金B万元: the money paid to one group of the programme's people is a part (its counts are held as the action's)
  if (ind.kind !== 'standard' && kindOfUnit(t.unit) === 'money' && PAID_TO_GROUP.test(n.slice(cs, t.start))) return 'subset';
  // 民政部门为该户申请了临时救助金A元 / 给其家庭发放B元: one case's money or count, not the area's
  if (ind.kind !== 'standard' && ONE_CASE.test(n.slice(cs, t.start))) return 'scope';
  // 福寿、康乐、颐年3家敬老院共有床位A张: the beds of a few homes named one by one
  if (ind.kind !== 'standard' && NAMED_HOMES.test(before) && !KINDS_LISTED.test(before)) return 'subset';
  // 为特困人员发放护理补贴A万元 / 特困人员照料护理费B万元: the care part of the programme's money only
  if (ind.id === 'tekun_funds' && /(?:照料)?护理(?:补贴|补助|费|金)(?:资金)?[^,;:。\d]{0,4}$/.test(before) && !/基本生活|供养(?:金|资金|经费)|[和及与、]/.test(before)) return 'subset';
  // 为特困人员购买意外保险,共投保A人: those insured by a scheme bought for the group, not the group's count
  if (kindOfUnit(t.unit) === 'person' && ind.kind === 'count' && INSURED.test(n.slice(Math.max(0, t.start - 40), t.start)) && !WHOLE_OPENS.test(before) && !/现有|共有|在册/.test(before)) return 'action';
  // 区财政配套临时救助资金A万元: one level's matching share of the programme's money
  if (kindOfUnit(t.unit) === 'money' && /配套[^,;:。\d]{0,14}$/.test(before)) return 'subset';
  // 5A级社会组织A家 / 3A级以上社会组织B家: the organisations of some assessment grades
  if (ORG_COUNTS.test(ind.id) && f.occ && f.occ.start >= cs && /(?:[1-5１-５]|[一二三四五])A级?(?:以上|及以上)?(?:的)?[^,;:。\d]{0,4}$/.test(n.slice(cs, f.occ.start)) && !/评定|评估|认定|评为|获评/.test(n.slice(cs, f.occ.start))) return 'subset';
  // 上级要求年内新增养老床位A张 / 考核要求…达到B%: what is asked for, a target
  if (/(?:^|[,,]|上级|考核|文件|省厅|市局|通知)要求[^,;:。\d]{0,24}$/.test(before)) return 'plan';
  // 颁证仪式办理结婚登记A对 / 集体婚礼…B对: the couples of a ceremony, some of all registered
  if (ind.id === 'marriage_reg' && /颁证仪式|集体婚礼|集体颁证|特色颁证/.test(before)) return 'subset';
  // 比上年同期多办理结婚登记A对 / 较去年多发放临时救助资金B万元: the difference from the year before, not the figure
  if (COMPARED_MORE.test(before)) return 'change';
  // 与历城区相比,我区养老床位少A张 / 比全市平均多B元: the gap to what is compared, not the figure
  if (/(?:多|少|高|低|高出|低于|多出|少于)(?:了)?\s*$/.test(before) && !/(?:多|少|高|低)于\s*$/.test(before)) {
    const upTo = n.slice(0, t.start);
    if (/相比|相较|比|较/.test(upTo) && /(?:与|同|跟|和)[^,;:。]{1,24}(?:相比|相较|比较)|(?:^|[,,])[^,;:。]{0,12}(?:比|较)[^,;:。\d]{1,20}(?:多|少|高|低)/.test(upTo)) return 'change';
  }
  // 备案基层干部亲属低保A人: the cadres' relatives among the programme's people, a part
  if (ind.kind !== 'standard' && /(?:干部|工作人员|村组干部|两委成员)(?:及其)?(?:近)?亲属/.test(before)) return 'subset';
  // 月增幅为A元 / 提标幅度为每人每月B元 / 增长额为C元: the size of a rise, not the level
  if (CHANGE_NOUN.test(before)) return 'change';
  // 人均增发保障金每月A元 / 差额部分每人每月补助B元: an extra or a top-up paid under the standard, not the standard
  if (ind.kind === 'standard' && /(增发|差额部分)[^,;:。\d]{0,8}$/.test(before)) return 'change';
  // 累计提高城市低保标准A元: the rise of a standard named after its verb, not the standard
  if (ind.kind === 'standard' && /(提高|上调|提升|增加|增长)了?[^,;:。\d]{0,12}标准(共|累计)?\s*$/.test(before)) return 'change';
  // 市里分配给我区的福彩公益金A万元: money handed to the area by the one above
  if (kindOfUnit(t.unit) === 'money' && /(分配给|下拨给|拨给|切块给)(我|本)[区县市旗]/.test(before)) return 'scope';
  // 仅次于青岛(A元) / 高于全省(B元)和全国(C元)平均水平: the figure in brackets of the area compared with, another's
  if (/(仅次于|次于|低于|高于|不及|少于|多于|略高于|略低于|超过|超出)[^,;:。\d]{0,14}[((]\s*(每人每[月年])?\s*$/.test(before)) return 'other_region';
  const above = /全([省国])[^,;:。\d(]{0,8}[((]\s*(每人每[月年])?\s*$/.exec(before);
  if (above && aboveLevels.has(above[1])) return 'other_region';
  // 仅次于历城区的A人 / 高于全省平均水平的每人每月B元: the figure compared with, another's
  if (/(仅次于|低于|高于|不及|少于|多于|略高于|略低于)[^,;:。\d]{0,14}的\s*(每人每[月年])?\s*$/.test(before)) return 'other_region';
  // “我们社区有低保户A户。” / 该村…: one community's or village's figure
  if (/(我们|咱们|本|该|这个|我)(社区|村|小区|居委会|村委会)(?!级)/.test(n.slice(Math.max(0, t.start - 30), t.start))) return 'sub_region';
  // 以一个4口之家为例,每年可多领A元 / 例如…: an example, not a figure of the area
  if (/例如|比如|譬如|举例|为例/.test(n.slice(Math.max(0, t.start - 160), t.start))) return 'no_indicator';
  // 可申请丧葬补助A元 / 单次临时救助最高可达B万元: what one person may get, not an amount paid
  // (对60岁以上老人最高补贴A元: a cap per person in 元)
  if (ind.kind !== 'standard' && kindOfUnit(t.unit) === 'money' && (/可(?:以)?(?:申请|领取|领到|获得|享受|多领|达)[^,;:。\d]{0,12}$/.test(before) || /(?:单次|每次|每户|每人|一次性)[^,;:。\d]{0,12}(?:最高|最多|上限)/.test(before)
    || (t.unit === '元' && /最高(?:可)?(?:补贴|补助|救助|资助|给予|发放|奖补|奖励)?[^,;:。\d]{0,4}$/.test(before)))) return 'no_indicator';
  // 低保对象死亡的,发放丧葬补助费A元 / 特困人员去世后一次性给予丧葬费B元: the grant one person's family gets, not the programme's money
  if (ind.kind !== 'standard' && !/^funeral_/.test(ind.id) && kindOfUnit(t.unit) === 'money') {
    if (!/[万亿]/.test(t.unit) && /丧葬|(?:死亡|去世|亡故|病故|身故)(?:的|后)[,,]?[^。;]{0,16}$/.test(n.slice(Math.max(0, cs - 24), t.start))) return 'no_indicator';
    // 为去世的低保对象发放丧葬补助费A万元: a funeral grant paid to the group's families, not the group's programme money
    if (/丧葬(?:补助|补贴|费)[^,;:。\d]{0,8}$/.test(before)) return 'scope';
  }
  // 孤儿基本生活费每人每年发放A万元 / 为每户低保家庭发放B万元: what one person or household gets, not the money paid
  if (ind.kind !== 'standard' && kindOfUnit(t.unit) === 'money' && /每(?:人|户|名|位)(?:每[年月])?[^,;:。\d]{0,10}$/.test(before)) return 'no_indicator';
  // 街道临时救助备用金A万元,社区备用金B万元: a township's or community's own money, not the area's
  if (ind.kind !== 'standard' && kindOfUnit(t.unit) === 'money' && f.occ && f.occ.start >= cs && /^\s*(?:各|每个|每一个)?(?:街道|乡镇|镇街|镇|乡|社区|村)(?:\(街道\)|级|一级)?(?:设立|设置|建立|配备|安排)?(?:的)?$/.test(n.slice(cs, f.occ.start))) return 'sub_region';
  // 已申报中央彩票公益金A万、中央预算内资金B万,待批复: money applied for, not received or spent
  if (ind.kind === 'amount' && APPLIED_FOR.test(before)) return 'plan';
  // 若按新标准测算,全年低保资金需求约A万元: an estimate or a need, not money paid
  if (kindOfUnit(t.unit) === 'money' && (/(?:^|[,,;])\s*(?:若|如果|假如|假设|据测算|经测算)/.test(n.slice(Math.max(0, t.start - 160), t.start)) || /测算[^,;:。\d]{0,16}$|需求(?:约|为|达|共)?\s*$|(?:^|[^必急])(?:需|需要|尚需|共需|约需)(?:[^,;:。\d]{0,8}?)(?:资金|经费|投入|财政)(?:约|为|达|共)?\s*$/.test(before))) return 'plan';
  // …标准参照散居孤儿执行,为A元 / 为散居孤儿标准的50%,即B元: a standard named as the reference of another group's
  if (ind.kind === 'standard' && f.occ && f.occ.end <= t.start && (/(参照|比照|参考)$/.test(n.slice(Math.max(0, f.occ.start - 2), f.occ.start)) || /^(?:基本生活费)?(?:标准)?(?:的\s*[\d.]+\s*[%%倍]|执行)/.test(n.slice(f.occ.end, f.occ.end + 12)))) return 'scope';
  // 养老服务补贴和高龄津贴合计发放A万元: money of two kinds of payment together
  if (kindOfUnit(t.unit) === 'money' && f.occ && f.occ.start >= cs && /(补贴|津贴|补助|救助金|资金|[^资]金)[和及与、]$/.test(n.slice(cs, f.occ.start))) return 'combined';
  // 做好临时救助和助学救助,发放救助金A万元: generic money after two kinds of 救助 named in the clause before
  if (kindOfUnit(t.unit) === 'money' && !PROGRAMME_WORD.test(before) && /^\s*(?:共|累计|合计)?(?:发放|拨付|支出)?(?:各类)?(?:救助|补助)?(?:资金|金|款)/.test(before)) {
    const two = TWO_RELIEFS.exec(n.slice(Math.max(0, cs - 40), cs));
    if (two && two[1] !== two[2]) return 'combined';
  }
  // 资助困难群众参加医疗保险A万人,其中低保对象B人: the programme's people among those an action reached
  if (kindOfUnit(t.unit) === 'person') {
    const q = n.lastIndexOf('其中', t.start);
    if (q > 0 && t.start - q < 20 && !/[;。]/.test(n.slice(q, t.start)) && ACTION_WHOLE.test(n.slice(Math.max(0, q - 40), q))) return 'scope';
  }
  // 全区所辖城关街道,现有低保对象A人 / 辖区内的东关社区有孤儿B名: one township or community named at the sentence's opening
  if (PLACE_OPENS.test(n.slice(0, Math.min(t.start, 40)))) return 'sub_region';
  // 年内共有A户低保家庭因收入增加主动申请退保: those who left, not the stock
  if (ind.kind === 'count' && !/_exit_/.test(ind.id) && kindOfUnit(t.unit) !== 'money' && /^[^,,;、。\d]{0,16}(?:因|主动|自愿)[^,,;、。\d]{0,12}(退保|退出|停保|取消|终止)/.test(n.slice(t.end, t.end + 40))) return 'action';
  // 本届政府以来 / 改革开放以来 / 建区以来,累计…: a flow since a start many years back
  if (ind.flow === 'flow' && /(本届政府|改革开放|建区|建县|建市|撤县设区|撤县设市|成立|设立|建国|新中国成立)以来/.test(n.slice(Math.max(0, t.start - 60), t.start))) return 'multi_year';
  // “十三五”末,全区养老床位A张: the end of a five-year plan, another year
  if (/十[一二三四五六]五["”]?(?:末|期末|末期|时期|期间)/.test(n.slice(Math.max(0, t.start - 60), t.start))) return 'other_year';
  // 年中,全区低保对象A人: a stock in the middle of the year
  if (ind.flow !== 'flow' && ind.kind !== 'standard' && /^\s*年中[,,]/.test(n) && t.start < 60) return 'partial';
  // 全区山区乡镇低保对象A人 / 南部5个街道特困人员B人 / 城区街道低保标准C元: the figure of some townships only
  if (f.occ && f.occ.start >= cs && PART_AREA.test(n.slice(Math.max(cs, f.occ.start - 16), f.occ.start))) return ind.kind === 'standard' ? 'area_group' : 'sub_region';
  // 全区3个街道低保对象共A人: the figure of the few townships counted, not the whole area
  if (f.occ && f.occ.start >= cs && f.occ.start < t.start && COUNTED_TOWNSHIPS.test(n.slice(Math.max(cs, f.occ.start - 16), f.occ.start))) return ind.kind === 'standard' ? 'area_group' : 'sub_region';
  // 同类城区平均为A张 / 周边区县平均…: the average of other areas
  if (/(同类|周边|兄弟|相邻|邻近)(城区|区县|县区|县市区|城市|地区|县|区)[^,;。\d]{0,8}$/.test(before)) return 'other_region';
  // 试点街道共有低保对象A人 / 两个示范镇共有养老床位B张 / 3个试点社区: the pilot or model places only
  if ((PILOT_AREA.test(n.slice(Math.max(0, t.start - 40), t.start)) && !(WHOLE_OPENS.test(before) && !PILOT_AREA.test(before))) || /^\s*个?(?:试点|示范|重点)(?:街道|乡镇|镇街|镇|乡|社区|村)/.test(n.slice(t.end, t.end + 8))) return 'sub_region';
  // 敬老院设置50张床位 / …新建的城区福利院落成,新增床位56张: one home's beds
  if (oneHomeBeds(n, cs, t, ind)) return 'subset';
  // 该中心全年…A人次 / 新建成的区养老服务中心设置床位B张: one institution opening the sentence
  if (t.start < 80 && /^\s*(?:该|这个|这家|此)(?:中心|院|机构|站|公寓|养老院|敬老院|福利院)|^\s*新建成?的[^,;。\d]{0,12}(?:中心|院|机构|综合体|公寓)(?!\d)|^\s*(?:今年|全年|年内)?新建成?[^,;。\d]{0,12}(?:中心|院|机构|综合体|公寓)\s*(?:1|一)\s*(?:家|所|个|处)[,,](?!\s*(?:全[区县市旗]|我[区县市旗]))[^,;。\d]{0,8}$/.test(n.slice(0, t.start))) return 'subset';
  // 低保对象最多时达到A人 / 单月最高达B人次 / 每次约C万元: a peak or one instalment, not the period's figure
  if (ind.kind !== 'standard' && (/(最多时|最高时|最少时|最低时|峰值|高峰时|最高峰|单月最高|单月最多|单日最高|单日最多)[^,;:。\d]{0,6}$/.test(before) || (/[万亿]元$/.test(t.unit) && /每(次|批|季度|季)[^,;:。\d]{0,6}$/.test(before)))) return 'partial';
  // 福彩公益金本级留成A万元: the share kept by one level
  // (县级留成公益金A万元: the share named before the fund)
  if (kindOfUnit(t.unit) === 'money' && f.occ && f.occ.end <= t.start && (/^\s*(?:中)?[,,]?(?:本级|区级|市级|县级|省级)?(?:留成|留存|留用|上缴)/.test(n.slice(f.occ.end, t.start)) || /(?:留成|留存|留用|上缴)(?:的)?(?:福彩)?$/.test(n.slice(Math.max(cs, f.occ.start - 5), f.occ.start)))) return 'subset';
  // 养老服务时间银行注册志愿者A人: the volunteers of one scheme or team, not the area's registered volunteers
  if (ind.id === 'volunteers' && f.occ && f.occ.start >= cs && (/时间银行|服务队|协会|分会|联合会|团队/.test(n.slice(cs, f.occ.start)) || (/时间银行[^。;]{0,8}试点[^。;]{0,6}[,,][^,,。;]{0,8}$/.test(n.slice(Math.max(0, cs - 30), f.occ.start)) && !WHOLE_OPENS.test(before)))) return 'subset';
  // 发放救助金A万元,全县低保、特困对象共计B人受益: money named only by programmes listed after it is theirs together
  if (kindOfUnit(t.unit) === 'money' && (!f.occ || f.occ.start >= t.end) && !PROGRAMME_WORD.test(before) && PROGRAMMES_LISTED_AFTER.test(n.slice(t.end, t.end + 80))) return 'combined';
  // 人均补差A元 with no side and no 低保 named before it in the sentence: the side is unclear
  if (f.occ && !f.breakdown && /补差/.test(f.occ.e.text) && !/低保|最低生活/.test(f.occ.e.text) && !/低保|最低生活保障/.test(n.slice(0, f.occ.start))) return 'ambiguous_breakdown';
  // 慈善募捐再次突破4000万元: a round mark passed, not the figure
  // (突破A大关,达B: left to the mark's own reading, which names the subject for B)
  if (/突破$/.test(before) && !/^\s*大关/.test(n.slice(t.end)) && Number.isInteger(t.value) && /^[1-9]\d?0*$/.test(String(t.value))) return 'threshold';
  // 有意愿特困老人集中供养率A% / 有集中供养意愿的…: the rate among those who asked for it, not the whole group's
  if (kindOfUnit(t.unit) === 'rate' && /有(集中供养|入住|供养)?(意愿|需求|需要)(的)?[^,;:。\d]{0,14}$/.test(before)) return 'subset';
  // 特困人员集中供养率A% with no 失能/不能自理 named in the sentence: the rate over all 特困 people, not the catalogue's
  // rate of the disabled (typically far higher)
  if (ind.id === 'tekun_centralized_rate' && !DISABLED_GROUP.test(n.slice(cs, Math.max(t.start, f.occ ? f.occ.end : 0))) && !disabledCountedBefore(n, cs, t.start)) return 'no_indicator';
  // 城市低保标准低限为A元/月 / 低保低限标准为A元 / 标准下限: a floor set for the areas below, not the area's own standard
  if (ind.kind === 'standard' && /(低限|下限)(标准)?[^,;,;。:\d]{0,8}$/.test(before.slice(before.search(/[^,;,;。:]*$/)))) return 'floor';
  // 根据《省民政厅…通知》,城市低保标准不低于A元 / 省里下达的…指导标准为B元: the area above's floor or guidance, in a lower area's text
  // (国家规定孤儿基本生活费最低(养育)标准为A元: the country's minimum; 全省城市低保指导标准B元 in a province's or a city's text:
  // guidance for the areas below, not their average)
  // 全国多数地区建立了…最低养育标准,其中…分别达到A元: what some regions set up, not the area's own standard
  if (ind.kind === 'standard' && n.includes('地区') && SOME_REGIONS.test(n.slice(cs, t.start))) return 'area_group';
  if (ind.kind === 'standard' && aboveLevels.size > 1 && (t.qualifier === '不低于' || /指导标准|(?<!生活|保障)最低(?!生活保障)[\u4e00-\u9fff]{0,2}标准/.test(before)) && ABOVE_SOURCE.test(n.slice(0, t.start))) return 'floor';
  // (城市…指导标准提高到A元,农村提高到B元: the side's clause goes on with the guidance standard named before it)
  if (ind.kind === 'standard' && aboveLevels.size > 0 && aboveLevels.size <= 2 && (/指导标准/.test(before) || (!!f.occ && f.occ.start < cs && /^[^,;:。\d]{0,4}指导标准/.test(n.slice(f.occ.end))))) return 'floor';
  // 全省城市低保标准每人每月不低于A元 in a province's (or the country's) text: the floor it sets for the areas below, not their average
  // (各地…不低于A元,农村…不低于B元: the lower areas' clauses, held as theirs)
  if (ind.kind === 'standard' && provinceText && t.qualifier === '不低于' && !/平均/.test(before) && !EACH_AREA.test(n.slice(0, t.start))) return 'floor';
  if (avgFloor(t, ind)) return 'floor';
  // 最低工资标准(每人每月1300元): a wage level the standards refer to, not a civil-affairs figure
  if (/最低工资[^,;。]{0,10}$/.test(before)) return 'no_indicator';
  // 基本生活标准8160元 read as money: a figure named a standard is never an amount paid
  if (ind.kind !== 'standard' && /标准(为|是|达到|提高到|调整为|提高至)?$/.test(before)) return 'no_indicator';
  // 每人每月发放100元: an amount per person is a standard, never a total
  // (其中低保家庭每户400元 / 户均3200元: per household, likewise)
  // (急难型临时救助每次不低于A元: an amount per time is no total either)
  // (低保户月均补差A元 / 平均补助B元: an average, likewise)
  if (ind.kind !== 'standard' && t.unit === '元' && /每人每月|每人每年|每人|每户|每月|人均|户均|月均|年均|平均|每次|单次/.test(before)) return 'no_indicator';
  // 将社会救助及残疾人两贴资金…下放…,累计发放各类救助资金A万元,惠及B人: those who benefited from two schemes' money named
  // together, not one programme's people
  if (f.via === 'family' && kindOfUnit(t.unit) === 'person' && /(惠及|受益|覆盖)了?\s*$/.test(before) && prefixHas(TWO_SCHEMES, n, t.start)) return 'combined';
  // (…累计发放各类救助资金A万元: the generic money after the two schemes is both schemes', as its people are)
  if (ind.id === 'assist_funds' && kindOfUnit(t.unit) === 'money' && f.occ && f.occ.end <= t.start && !/^社会救助/.test(f.occ.e.text) && prefixHas(TWO_SCHEMES, n, t.start)) return 'combined';
  // 全市A名低保和农村五保对象将从中受益: a count followed by two groups counts them together, whatever the sentence named before
  // (城乡低保群众、农村特困供养人员等…提高,惠及全市约A万困难群众: those who benefit after two groups listed, likewise)
  if (f.via !== 'right' && kindOfUnit(t.unit) === 'person') {
    if (twoGroups(n.slice(t.end, t.end + 30), true)) return 'combined';
    // (惠及城乡低保对象A人: the value's own group named after 惠及 is its subject)
    const hm = /(惠及|受益)[^,;:。\d]{0,8}$/.exec(before);
    if (hm && !(f.occ && f.occ.start >= cs + hm.index) && twoGroups(n.slice(n.lastIndexOf('。', t.start) + 1, t.start))) return 'combined';
  }
  // 重度残疾孤儿(事实无人抚养儿童)照料护理补贴…达到每人每月A元: a care subsidy of the group, not its living standard
  if (ind.kind === 'standard' && !/护理|照料/.test(ind.name) && f.occ && f.occ.end <= t.start && /(照料)?护理(补贴|补助|费)/.test(n.slice(f.occ.end, t.start))) return 'scope';
  if (SCOPE_WORDS.test(f.occ && f.occ.start > cs ? n.slice(cs, f.occ.start) : before) && !/charity|lottery|donat/.test(ind.id)) return 'scope';
  // 争取(上级)福彩公益金项目资金A万元: lottery money obtained from the levels above, not the area's own
  if (/^lottery/.test(ind.id) && /争取/.test(f.occ && f.occ.start > cs ? n.slice(cs, f.occ.start) : before)) return 'scope';
  // 大病救助困难群众A人次,发放救助资金B万元: the money of medical assistance (no indicator of its own), not all social assistance
  if (ind.id === 'assist_funds' && f.occ && /^(发放)?救助(资金|金)$/.test(f.occ.e.text) && MEDICAL_ASSIST.test(n.slice(Math.max(n.lastIndexOf(';', t.start), n.lastIndexOf('。', t.start)) + 1, t.start))) return 'scope';
  // 其中五保户76户、135间: households paired with a count of rooms are a housing programme's, not the programme's own count
  if (/^(户|人)$/.test(t.unit) && /^[、,]\d+(\.\d+)?间/.test(n.slice(t.end, t.end + 12))) return 'scope';
  // 款物收入A万元,款物支出B万元: what a charity spent is not what it raised
  if (ind.id === 'charity_donations' && /支出/.test(before) && !/收入|募集|捐赠|接收|筹集/.test(before)) return 'no_indicator';
  // 去年火化A万具,火化率仅有B%,远低于全国平均水平: a figure compared with the whole area's average is a part's
  if (belowWholeAfter(n, t.end)) return 'scope';
  // 我每个季度都能领到150元津贴: a payment per quarter (or term) is no total of the period
  if (ind.kind === 'amount' && /每(个)?(季度|季|半年|学期)/.test(n.slice(cs, t.start))) return 'unit_period';
  // 三省合计… / 东北三省A万具 / 十省火化A万具: the figure of a group of provinces (counties…) named by their number, not the area's
  // (五区农村低保标准…A元: a numbered group of the region's own districts naming a standard is an area group, read below)
  const groupSpan = n.slice(cs, f.occ && f.occ.start > cs ? f.occ.start : t.start);
  if (REGION_GROUP.test(groupSpan) && !(ind.kind === 'standard' && AREA_GROUP.test(groupSpan))) return 'scope';
  // 给未履行结婚登记手续的6500对青年补办了手续: a late-registration campaign, not the registrations of a period
  // (结婚登记A对(含补办登记B对): A includes the late ones and is the total; B, inside the bracket, is a part)
  if (/^(marriage|divorce)_/.test(ind.id)) {
    if (/[(（]\s*(其中)?含[^)）]*$/.test(n.slice(cs, t.start))) return 'subset';
    if (/补办|补领|未履行|未办理/.test(n.slice(cs, clauseEnd(n, t.end)).replace(/[(（]\s*(其中)?含[^)）]*[)）]/g, ''))) return 'scope';
  }
  // 内地居民结婚登记A对、离婚登记B对 / 涉外…结婚登记: the registrations of one group of parties, not the area's total
  if (/^(marriage|divorce)_reg$/.test(ind.id)) {
    if (f.occ && MARRIAGE_PARTY.test(n.slice(Math.max(cs, lastClauseMark(n, f.occ.start)), f.occ.start))) return 'subset';
    // 办理涉外婚姻登记A对,其中结婚登记B对: the parts of one group's registrations are that group's
    const k = n.lastIndexOf('其中', t.start);
    if (k >= 0 && t.start - k < 60 && !/[;。]/.test(n.slice(k, t.start))) {
      const whole = n.slice(Math.max(0, k - 60), k);
      // (内地居民婚姻登记A对,其中结婚登记B对: kept as the kinds' figures, as they are nearly all, unless the sentence states
      // the foreign ones beside them: then the total is the sum, and the residents' share a part)
      const party = MARRIAGE_PARTY.exec(whole.slice(whole.lastIndexOf(';') + 1));
      if (party && (party[0] !== '内地居民' || /涉外|涉港澳台|港澳台|华侨|外国人/.test(n + beside))) return 'subset';
    }
  }
  // 低保边缘家庭人均收入以A元/月为基准线 / 支出型困难家庭: the income line of families near the programme, not its standard
  if (ind.kind === 'standard' && /边缘|支出型/.test(before)) return 'scope';
  // 现有农村低保对象10521989人: a count of ten million or more written out in digits is two numbers run together
  if (/^(人|户|人次)$/.test(t.unit) && t.value >= 1e7) return 'malformed';
  // 城镇低保7151100人 in a city's or county's text: a million or more of the programme's people, digits that split into
  // a count of households and its people (715户1100人) run together with the 户 lost
  if (lowerText && t.unit === '人' && t.value >= 1e6 && /^(dibao|tekun)_persons$/.test(ind.id) && householdsGlued(t.value)) return 'malformed';
  // 惠及困难群众1.04人次: a count of people, households or things with a fraction has lost its 万
  if (/^(人|户|人次|对|件|具|张)$/.test(t.unit) && !Number.isInteger(t.value)) return 'malformed';
  // 其中民政部登记的社会组织2276家: the share registered at one level
  if (f.occ && /(民政部|民政厅|部级|省级|市级|县级|区级)((登记|直管|主管)的?)?$/.test(n.slice(Math.max(0, f.occ.start - 8), f.occ.start)) && (/^(登记|直管|主管)/.test(f.occ.e.text) || /(登记|直管|主管)的?$/.test(n.slice(Math.max(0, f.occ.start - 8), f.occ.start)))) return 'scope';
  // 对267户申请低保户进行了民主评议,其中252户通过: applicants, not the programme's people
  if (f.occ && (/(申请|申报)$/.test(n.slice(Math.max(0, f.occ.start - 2), f.occ.start)) || /^(申请|申报)/.test(n.slice(f.occ.end, f.occ.end + 2)))) return 'scope';
  // 分为4人一组: a group size
  if (/^(一组|为一组|一批|一队)/.test(n.slice(t.end, t.end + 3))) return 'no_indicator';
  // 大病医疗救助18人 农村低保8人…医疗救助总金额: the people and money of one kind of assistance (medical)
  // (发放医疗救助金A万元、临时救助金B万元: an item naming its own money after 、 is not the item before it)
  const itemFrom = f.occ && f.via === 'left' && f.occ.start > cs ? Math.max(cs, n.lastIndexOf('、', f.occ.start) + 1) : cs;
  if (!/^assist_/.test(ind.id) && /医疗救助|大病救助|医疗保险|教育救助|住房救助|助学金|奖学金|学费/.test(n.slice(itemFrom, t.start))) return 'scope';
  // 慰问分散五保户和敬老院老人共195人,慰问金合计10050元: visits and their gifts
  if (/慰问/.test(n.slice(cs, t.start))) return 'scope';
  // 一、二级残疾人,每季度发放200元: an amount per quarter (or term) is no monthly or yearly standard
  if (ind.kind === 'standard' && /(每季度|每季|每半年|每学期)[^,;:。\d]{0,6}$/.test(before)) return 'unit_period';
  // 有15名以上村民代表进行民主评议: the count names a subject of its own right after it
  if (f.via !== 'right' && kindOfUnit(t.unit) === 'person' && OWN_SUBJECT_AFTER.test(n.slice(t.end, t.end + 8))) return 'no_indicator';
  // …特困供养人员基本生活费等提前发放到位,让全市A名困难群众过年: a generic group of its own, away from the programme named before
  if (f.via !== 'right' && f.occ && f.occ.end <= t.start && kindOfUnit(t.unit) === 'person' && GENERIC_GROUP_AFTER.test(n.slice(t.end, t.end + 6)) && /[,;、]|让|使/.test(n.slice(f.occ.end, t.start))) return 'no_indicator';
  // 对因疫遇困群众实施临时救助A万人次,累计支出资金B亿元: the figures of one group hit by an epidemic or a disaster
  // (为包括受疫情影响的困难群众在内的A人实施临时救助: a group only included among all those helped)
  const hit = GROUP_HIT.exec(n.slice(n.lastIndexOf(';', t.start) + 1, t.start));
  if (hit && !/包括$/.test(n.slice(0, n.lastIndexOf(';', t.start) + 1 + hit.index).slice(-4).replace(/[的\s]/g, ''))) return 'scope';
  // 向非本地户籍人员实施临时救助A人次 / 对低保对象实施临时救助…,支出B万元: the assistance one group received, a part
  if (ind.id.startsWith('temp_assist_') && ind.kind !== 'standard' && groupAssisted(n.slice(n.lastIndexOf(';', t.start) + 1, t.start))) return 'subset';
  // 为低保对象发放取暖补贴A万元: a subsidy of its own paid to the programme's people, not the programme's money
  if (kindOfUnit(t.unit) === 'money' && /(取暖|燃煤|水电气|水电|电费|燃气|冬季)(补贴|补助|费)[^,;:。\d]{0,6}$/.test(n.slice(cs, t.start)) && !(f.occ && /取暖|燃煤|水电|电费|燃气/.test(f.occ.e.text))) return 'scope';
  // 为860名特困人员购买意外伤害保险,投入资金A万元: money for an insurance bought for the group, not the programme's money
  if (kindOfUnit(t.unit) === 'money' && !(f.occ && f.occ.start >= cs) && /(购买|投保)[^。;]{0,16}(保险|保费)/.test(n.slice(0, cs))) return 'scope';
  // 入住特困人员486人: the residents of the institutions (centralised support), a part of the programme's people
  // (敬老院收养特困人员A人 / 福利中心集中供养B人: the people an institution houses, likewise)
  if (kindOfUnit(t.unit) === 'person' && /^\s*其中/.test(before) && RESIDENTS_COUNTED.test(n.slice(Math.max(0, cs - 50), cs)) && !/收养救助/.test(ind.name)) return 'subset';
  if (kindOfUnit(t.unit) === 'person' && f.occ && f.occ.start >= cs && (/(入住|在院|住院|托养)$/.test(n.slice(Math.max(cs, f.occ.start - 2), f.occ.start)) || (n.includes('院') || n.includes('机构') || n.includes('中心')) && INSTITUTION_HOUSES.test(n.slice(cs, f.occ.start))) && !/收养救助/.test(ind.name)) return 'subset';
  // 冬春救助资金A万元 / 自然灾害生活救助资金: disaster relief (an emergency-management programme), not 社会救助
  if (DISASTER_RELIEF.test(n.slice(cs, t.start))) return 'scope';
  // 发放孤儿和事实无人抚养儿童供养金A万元: the bare 供养金 of another group named before it is not 特困供养's
  if (f.occ && f.occ.e.text === '供养金') {
    const named = lex.aliases(n, cs, f.occ.start).map((o) => lex.family(o.e.ind.id) ?? o.e.ind.id);
    if (named.length && !named.includes(lex.family(ind.id) ?? ind.id)) return 'scope';
  }
  // 特困人员A人,…,救助已脱贫人口B人次C万元: money right after a count of a group the clause names (not the programme) is that group's
  if (kindOfUnit(t.unit) === 'money' && !(f.occ && f.occ.start >= cs)) {
    const g = OTHER_GROUP_COUNT.exec(before);
    if (g && !GENERIC_GROUP.test(g[1]) && !lex.aliases(n, cs, t.start).length) return 'scope';
  }
  // 下拨中央财政困难群众救助补助资金A亿元: money handed down by a higher level, not what was spent
  if (kindOfUnit(t.unit) === 'money' && ALLOCATED.test(before)) return 'scope';
  // (陕西今年向农村特困人员下拨救助金A亿元: a province or the country hands money down to the areas that pay it)
  if (provinceText && kindOfUnit(t.unit) === 'money' && /(下拨|下达|划拨|拨付)[^,;:。]{0,20}$/.test(before)) return 'scope';
  // 救助补助资金共计下达A万元,实际支出B万元: the money handed down (an allocation) right before the value, not what was spent
  if (kindOfUnit(t.unit) === 'money' && /(?<!发放|支出)(共计|合计|共|累计|已|全年)?下达(了)?(资金)?\s*$/.test(before)) return 'scope';
  // 已向各县(市、区)划拨了低保资金A万元,临时救助资金B万元: money handed down to the lower areas, not what was spent
  if (kindOfUnit(t.unit) === 'money') {
    const h = HANDED_DOWN.exec(n.slice(0, t.start));
    if (h && !/发放|支出|救助了|保障了/.test(n.slice(h.index + h[0].length, t.start))) return 'scope';
  }
  // 安排A亿元福彩公益金,支持…试点项目 / 安排资金B万元用于…: money set aside for a purpose, not the indicator's total
  if (kindOfUnit(t.unit) === 'money' && /安排[^,;。\d]{0,8}$/.test(before) && /^[^;。]{0,16}(支持|用于|专项用于)/.test(n.slice(t.end))) return 'scope';
  // 开展"2365"特殊救助…发放救助资金: the figures of one named campaign
  if (prefixHas(CAMPAIGN, n, t.start)) return 'scope';
  if (f.occ && f.via === 'left') {
    const pre = n.slice(cs, f.occ.start);
    // 城乡低保和特困人员11万余人: one count over several groups
    // (发放低保、特困、临时救助等资金A万元: the money of the list too)
    if ((kindOfUnit(t.unit) === 'person' || kindOfUnit(t.unit) === 'money') && /[、和及与]$/.test(pre) && (/(低保|特困|五保|孤儿|残疾人|老年人|低保对象|低保户)[、和及与]$/.test(pre) || lex.aliases(n, cs, f.occ.start - 1).some((o) => o.end === f.occ!.start - 1))) return 'combined';
    // (临时救助等资金A万元: 等 after the name lists more than it)
    if ((kindOfUnit(t.unit) === 'person' || kindOfUnit(t.unit) === 'money') && /^(?:资金|救助)?等/.test(n.slice(f.occ.end, t.start))) return 'combined';
    // 城镇低保老年人高龄补贴费3600元: an urban or rural part of an indicator not split that way
    if (!f.breakdown && ind.breakdowns !== 'urban_rural' && !/城|农村|乡/.test(ind.name) && /(城镇|城市|农村)[^,;:、]{0,8}$/.test(pre)) return 'subset';
    // 社会散居孤儿基本生活保障补助A元: a part by a split (散居/集中, 一级/二级…) the indicator does not have
    if (!f.breakdown && !ind.breakdowns && lex.breakdowns(n, Math.max(cs, f.occ.start - 6), f.occ.start).some((o) => o.end === f.occ!.start && o.end - o.start >= 2 && o.e.setId !== 'urban_rural' && o.e.setId !== 'township_type')) return 'subset';
    // 农村低保家庭大学生助学17人: a subgroup of the indicator's population
    if (ind.kind === 'count' && SUBGROUP_GAP.test(n.slice(f.occ.end, t.start))) return 'subset';
    // 享受残疾人生活补贴和护理补贴4414人: one count over two subjects
    // (发放低保金及补贴A万元: the programme's money with its own subsidies is still the programme's money)
    // (城市低保标准与上年相同,为A元 / 与上年相比提高了B元,达到C元: a comparison with the year before joins nothing)
    if (/^[和及与、]/.test(n.slice(f.occ.end, t.start)) && !(ind.kind === 'amount' && OWN_SUBSIDIES.test(n.slice(f.occ.end, t.start))) && !SAME_AS_BEFORE.test(n.slice(f.occ.end, t.start))) return 'combined';
    // (the same named as the money's alias: the persons of the two subsidies may be counted twice)
    if (kindOfUnit(t.unit) === 'person' && /^残疾人生活补贴[和及]护理补贴$/.test(f.occ.e.text)) return 'combined';
  }
  return undefined;
}

/** Guards on levels, groups, new and stock, and the words after the value; null when the figure is safe (part of guard). */
function guardShape(lex: Lexicon, n: string, t: ValueToken, f: Found, cs: number, ce: number, before: string, opening = ''): CandidateReason | null | undefined {
  const ind = f.ind;
  // 发放区级临时救助金 / 市本级支出: the share of one level of government
  if (ind.breakdowns !== 'fund_level' && ind.breakdowns !== 'cemetery_level') {
    const fam = lex.family(ind.id) ?? ind.id;
    const levelled = lex.aliases(n, 0, t.start).some((o) => (lex.family(o.e.ind.id) ?? o.e.ind.id) === fam && /(区级|市级|县级|省级|本级|镇级|乡级)$/.test(n.slice(Math.max(0, o.start - 3), o.start)));
    if (levelled) return 'scope';
  }
  // 医疗救助资金 / 救助…医疗: one kind of assistance is not all social assistance
  // (社会救助资金A亿元,其中医疗救助资金B万元: a part named after 其中 leaves the whole alone)
  if (/^assist_/.test(ind.id) && /医疗|教育|住房|就业|急难|丧葬|司法|助学/.test(n.slice(f.occ ? Math.max(0, Math.min(cs, f.occ.start - 8)) : cs > 1 ? clauseStart(n, cs - 2) : cs, t.end) + n.slice(t.end, t.end + 8).split(/[,,;。]\s*其中|其中/)[0])) return 'scope';
  // 纳入低收入人口监测预警,…,支出医疗救助资金A亿元,公租房保障B户: a household count whose own clause, after the one
  // naming the indicator, names a subject of its own
  if (/^万?户$/.test(t.unit) && (f.occ ? f.occ.end < cs : f.via === 'family' && /\d/.test(n.slice(0, cs))) && cs > 0 && /^[\u4e00-\u9fff]{3,10}$/.test(n.slice(cs, t.start)) && !/^(?:其中|共|累计|全|新增|涉及|惠及|覆盖|合计|总计|计|达|有|保障|救助|享受|供养|发放|资助)|(?:对象|人员|群众|家庭|困难户)$/.test(n.slice(cs, t.start)) && !lex.aliases(n, cs, t.start).length && !lex.breakdowns(n, cs, t.start).length) return 'scope';
  // 城乡低保资金收入合计A亿元: what came into the fund, not what it paid out
  if (kindOfUnit(t.unit) === 'money' && f.occ && f.occ.end <= t.start && n.startsWith('收入', f.occ.end)) return 'scope';
  // 走访特困群众A人 / 慰问低保对象B户: those visited, not the programme's stock
  if (ind.kind === 'count' && (before.includes('走访') || before.includes('慰问') || before.includes('看望')) && /(走访|慰问|看望)[^,;:。\d]{0,12}$/.test(before)) return 'action';
  // 特困群众A人: people in hardship generally, not those of 特困供养
  if (/^tekun_/.test(ind.id) && n.includes('特困群众') && /特困群众[^,;:。\d]{0,4}$/.test(n.slice(cs, t.start))) return 'scope';
  // 发放救灾救济金A万元,救助困难群众B人 / 安排A万元救助资金,对…实行医疗救助: a generic name in a sentence on one programme is that programme's
  if ((ind.id === 'assist_funds' || ind.id === 'assist_persons') && (n.includes('救') || n.includes('流浪')) && !(f.occ && (/^(社会|各类|各项)/.test(f.occ.e.text) || /(各类|各项|社会|全部|所有)$/.test(n.slice(Math.max(0, f.occ.start - 4), f.occ.start)))) && ONE_PROGRAMME.test(n.slice(0, t.end) + n.slice(t.end).split('其中')[0])) return 'scope';
  // 发放救助资金A万元,其中…残疾人生活补贴B万元,… / 各类民政救助资金C万元,其中优抚对象抚恤补助款D万元: a 其中 list naming
  // money outside social assistance makes the total a mixed 民政 sum
  // (a part of that list named by the total's words only is a part of the mix)
  if (ind.id === 'assist_funds' && kindOfUnit(t.unit) === 'money') {
    if (/^[^。;]{0,6}?其中/.test(n.slice(t.end)) && MIXED_FUNDS_LIST.test(n.slice(t.end))) return 'combined';
    const qz = n.lastIndexOf('其中', t.start);
    if (qz >= 0 && (!f.occ || f.occ.end <= qz) && !/[。;]/.test(n.slice(qz, t.start)) && MIXED_FUNDS_LIST.test(n.slice(qz))) return 'subset';
  }
  // 人次均救助水平A元 with no programme of its own: not 临时救助's when the sentence last names another assistance
  if (ind.id === 'temp_assist_avg' && f.occ && n.slice(f.occ.start, f.occ.end) === '人次均救助水平') {
    const progs = [...n.slice(0, f.occ.start).matchAll(/(临时|医疗|教育|住房|就业|灾害|受灾|流浪乞讨)救助/g)];
    if (progs.length && progs[progs.length - 1][1] !== '临时') return 'scope';
  }
  // 向低保家庭重度残疾人2430人…发放一次性补贴: the people a payment went to
  // (向全区城乡低保户A户、B人,发放全年低保金C万元: the whole area's programme paid its own money for the period is its stock)
  if (kindOfUnit(t.unit) === 'person' && /向[^,;:。]*$/.test(before) && /^[^;。]{0,40}(发放|慰问|送)/.test(n.slice(t.end)) && !ownProgrammePaid(n, cs, t, ind, f.occ?.start)) return 'action';
  // 参加街头救助人员A人次 / 出动工作人员B人次: the staff who took part, not the people helped
  if (kindOfUnit(t.unit) === 'person' && (before.includes('参加') || before.includes('出动')) && STAFF_BEFORE.test(before)) return 'action';
  // 在全区50个养老机构推行标准化建设: the places an action is carried out in, not the stock
  if (f.via === 'right' && f.occ && ind.kind === 'count' && ind.flow !== 'flow' && before.includes('在') && /(?:^|[^存现实内])在\s*(?:全[国省市区县旗])?\s*$/.test(before) && ACTION_PLACES_AFTER.test(n.slice(f.occ.end, ce))) return 'action';
  // 此次生活补贴资金受益对象1.8万余人,其中城乡低保对象A人: the beneficiaries of one payment, not the programme's count
  if (kindOfUnit(t.unit) === 'person' && /(此次|本次|这次)[^。;]{0,16}(受益|惠及|发放|领取)/.test(n.slice(0, t.start))) return 'action';
  // 为全市993名…儿童发放慰问款物: the people a visit or a one-off payment went to
  if (kindOfUnit(t.unit) === 'person' && /为[^,;:。]*$/.test(before) && /^[^;。]{0,40}发放[^;。]{0,6}(慰问|一次性|节日)/.test(n.slice(t.end))) return 'action';
  // (为低保对象A人发放生活补贴: the people a subsidy went to, not the programme's count)
  if (kindOfUnit(t.unit) === 'person' && /^(dibao|tekun)_/.test(ind.id) && /为[^,;:。]*$/.test(before) && /^[^;。]{0,12}发放(?:了)?(?:生活|价格|节日|取暖|物价)?补贴/.test(n.slice(t.end))) return 'action';
  // 向低保对象发放一次性生活补贴A人: the people a one-off payment went to, counted after it
  if (kindOfUnit(t.unit) === 'person' && /(向|为|给)[^,;:。]*(发放|送|拨付)[^,;:。]*$/.test(before) && ONE_OFF.test(before)) return 'scope';
  // a standard split by tier, age or care (孤儿, 残疾人…) named with another set's words: the tier is unclear
  if (
    ind.kind === 'standard' &&
    ind.breakdowns &&
    !f.breakdown &&
    // (not the 乡 of 城乡: a township type splits no standard)
    lex.breakdowns(n, cs, t.start).some((o) => o.e.setId !== ind.breakdowns && o.e.setId !== 'urban_rural' && o.e.setId !== 'township_type' && !(f.occ && o.start < f.occ.end && o.end > f.occ.start))
  )
    return 'ambiguous_breakdown';
  // 低保家庭老年人640户: the alias names a subgroup of its people
  if (f.occ && qualifies(n, f.occ)) return 'subset';
  // 其中保华镇2户10人,救助资金25380元: a township's share
  if (prefixHas(TOWNSHIP_SHARE, n, t.start)) return 'sub_region';
  // 市区城市低保标准A元,我区B元 in a district's or county's text: the city's urban districts, not the text's own area
  if (ind.kind === 'standard' && aboveLevels.has('市') && /^\s*(?:全市)?(?:市区|主城区|中心城区|市辖区)(?!和|与|及|、)/.test(n.slice(cs, t.start))) return 'other_region';
  // 五区…标准提高到995元 / 白云区、黄埔区…的标准: a standard of some districts only
  // (主城区80-89周岁A元: a group with a breakdown of the indicator's own set too)
  if (ind.kind === 'standard' && (!f.breakdown ? prefixHas(AREA_GROUP, n, t.start) || (tieredText && partNamedBefore(n, cs, t.start)) || cityDistrictsNamed(n, cs, t.start) || countiesAfterDistricts(n, t.start) || (DISTRICTS_HEAD.test(n.slice(cs, t.start)) && COUNTIES_CLAUSE_AFTER.test(n.slice(t.end))) : !!ind.breakdowns && prefixHas(AREA_GROUP, n, t.start))) return 'area_group';
  // 市区农村五保集中供养标准…A元: a part of the region and a supply mode (the extra split) go together or not at all
  if (ind.kind === 'standard' && !ind.breakdowns && SUPPLY_MODE_VALUES.has(f.breakdown) && ((tieredText && partNamedBefore(n, cs, t.start)) || cityDistrictsNamed(n, cs, t.start))) return 'area_group';
  // 新建/新增 amounts never map to the stock indicator
  const newWord =
    /新建|新增|新设|新组建|新开|新改建|改扩建|新登记|新成立|成立新|新注册|新培育|新备案|新认定|新纳入|新招募|新发展/.test(n.slice(f.occ ? Math.max(cs, f.occ.start - 8) : cs, f.occ ? f.occ.end : t.start)) ||
    (!!f.occ && NEW_LIST_BEFORE.test(n.slice(cs, f.occ.start))) ||
    // (…低收入人口动态监测…,全年新增纳入保障对象A名: the name in a clause before, the movement word in the value's own)
    (!!f.occ && f.occ.end <= cs && before.includes('新') && /新增|新纳入/.test(before)) ||
    // 今年…,建成老年助餐点A个: built in the period (已建成/累计建成/共建成 is the stock)
    (!!f.occ && /(?<![已共计])建成[^,;:。]{0,6}$/.test(n.slice(cs, f.occ.start)) && THIS_PERIOD.test(n.slice(0, cs))) ||
    // 今年建设养老机构A家 / 共建设…B家: an action of building, not the area's stock (已建设/累计建设 is the stock)
    (!!f.occ && f.occ.start > cs && n.includes('建设') && /(?<!已|累计)建设(?!有)(?:[^,;:。]{0,8}|[^,;:。]*、\s*)$/.test(n.slice(cs, f.occ.start)));
  // (新增A户B人、退出C户D人: the exits named by their own movement word are no new figure)
  if (newWord && !lex.isNewIndicator(ind) && !/_exit_/.test(ind.id)) return 'new_vs_stock';
  // 社会组织登记120家,其中社会团体登记53家、民办非企业单位66家: registrations of the period, not the stock
  if (ind.category === '社会组织' && ind.flow !== 'flow' && /^(个|家)$/.test(ind.unit) && /登记(成立|注册)?\s*\d/.test(n.slice(n.lastIndexOf(';', t.start) + 1, t.end))) return 'new_vs_stock';
  const entity = /^(个|家|处|所|座)$/.test(ind.unit) && ind.flow !== 'flow';
  // 为低保对象A人资助参加医疗保险 / 给特困人员B人购买意外险: those something was done for, not the stock
  if (kindOfUnit(t.unit) === 'person' && f.occ && f.occ.end <= t.start && /^\s*(?:全[区县市旗])?(?:共|累计)?(?:为|给)[^,;:。\d]{0,12}$/.test(n.slice(cs, f.occ.start)) && /^\s*(?:资助|代缴|购买|投保|免费|减免)/.test(n.slice(t.end, t.end + 8))) return 'action';
  // 对全县4处农村敬老院进行了改扩建: the object of an action (对…进行/实施/开展), not the stock
  if (f.via === 'right' && f.occ && ind.kind === 'count' && ind.flow !== 'flow' && /^[^,;:。\d]{0,6}?(?<![相核应])对(?![象口应])[^,;:。\d]{0,8}$/.test(before) && /^[^,;:。\d]{0,6}?(?:进行|实施|开展)/.test(n.slice(f.occ.end, ce))) return 'action';
  if (f.via === 'right') {
    // (共有A户、B名城市低保对象: the households' gap to the name is the chain of the persons counted with them)
    const gapR = f.occ ? n.slice(t.end, f.occ.start).replace(/^[、和及与]?\s*[\d.]+\s*万?[人名]?$/, (g) => (t.unit === '户' || t.unit === '万户' ? '' : g)) : '';
    const imm = !!f.occ && gapR.length <= 6 && !(RIGHT_VERBS.test(gapR) || /[、,]/.test(gapR));
    // 163家养老院、儿童福利院…; 6万余名农村低保、特困供养人员中: one count over several groups
    // (…A名城乡低保对象、B名特困供养人员: the next item with its own count is no other group of this one)
    // (A个助餐场所建设和运营任务: 建设和运营 joins two works on the one kind)
    if (imm && /^[^,;:、]{0,4}(、|和|及(?!时))(?!\s*\d)/.test(n.slice(f.occ!.end, ce)) && !/^(建设|运营|改造|提升)[和及与、](建设|运营|改造|提升|管理)/.test(n.slice(f.occ!.end, ce))) return 'combined';
    // 62处长者助餐点覆盖了全区…: the facilities themselves, stated as a stock
    if (imm && STOCK_AFTER.test(n.slice(f.occ!.end, ce))) return null;
    if (/[、和及与]/.test(gapR) && gapR.length <= 12 && !RIGHT_VERBS.test(gapR)) return 'combined';
    // (全县20家养老机构,5个…中心,403个居家养老服务站: a list of counts carried on from the whole area's scope)
    const listScope = (entity && imm && before.trim() === '' && LIST_SCOPE.test(n.slice(Math.max(0, n.lastIndexOf(';', cs), n.lastIndexOf('。', cs)), cs)))
      // (全市共有A万名城乡低保对象、B名孤儿和C名事实无人抚养儿童: each item of a list after the whole's scope)
      || (imm && PEOPLE_LIST_SCOPE.test(before))
      // (全区共有A名农村低保对象,B名城市低保对象: the next item after a comma)
      || (imm && before.trim() === '' && PEOPLE_LIST_SCOPE.test(n.slice(Math.max(0, n.lastIndexOf(';', cs), n.lastIndexOf('。', cs)), cs).replace(/[,，]\s*$/, '、')));
    // (截至Y年底,全市有A家…;有B个…: a bare 有 takes the scope the sentence opened with (across ;), no verb of its own)
    const openScope = imm && /^\s*(?:还|另)?(?:共有|现有|有)\s*$/.test(before) && SENTENCE_SCOPE.test(opening);
    if (entity && !SCOPE_BEFORE.test(before) && !listScope && !openScope) return 'action';
    // 为221名分散供养特困人员发放口罩: a group receiving something, not the stock of that group
    // (全年为1.2万名困难残疾人发放生活补贴A万元: the programme's own regular payment, its people; not for a programme with
    // sides when the side is not named: 为633名五保户发放供养金)
    // (按每人每月600元保障重点困境儿童270名: the rate paid to the group is its standard)
    const rateFor = ind.kind === 'standard' && /元\/人·[月年]$/.test(t.unit) && /按(照)?(标准)?\s*$/.test(before) && /^[^,;:。]{0,4}保障/.test(gapR);
    // (全区为14146名低保人员,发放低保金A万元: the whole area paying its programme's people their own money, its stock)
    const wholePaid = imm && WHOLE_FOR.test(before) && OWN_PAYMENT_AFTER.test(n.slice(f.occ!.end).replace(/^\s*[,]\s*/, ''));
    // (共有A户、B名…: the scope before the chain of counts)
    const scoped = openScope || SCOPE_BEFORE.test(before) || SCOPE_BEFORE.test(before.replace(/(?:[\d.,]+\s*万?(?:户|人|名)\s*[、和及与]?\s*)+$/, ''));
    if (imm && ind.flow !== 'flow' && !rateFor && !wholePaid && !listScope && !scoped && !monitoredLowIncome(n, t, ind) && !intakeInName(n, f, t) && !/^[^,;:]{0,14}(中|之中)/.test(n.slice(f.occ!.end, ce)) && !(OWN_PAYMENT_AFTER.test(n.slice(f.occ!.start, Math.min(ce, f.occ!.end + 16))) && !(ind.breakdowns === 'urban_rural' && !f.breakdown))) return 'action';
    if (ACTION_BEFORE.test(before.slice(-20))) return 'action';
    // 全区3200名低保对象参加了技能培训 / 320名低保对象实现了就业: the programme's people who took part in something
    if (imm && ind.kind === 'count' && ACTED_AFTER.test(n.slice(f.occ!.end, ce))) return 'action';
  } else if (entity && f.occ) {
    // (社会服务机构(民办非企业单位)A家: the name in brackets right before the value, its closing bracket is no action)
    // (社区服务中心(站)A个: a short gloss in brackets after the name)
    const gap = n.slice(f.occ.end, t.start).replace(/["“”]/g, '').replace(/^\s*[)）]\s*$/, '').replace(/^[((][^()()]{1,6}[))]/, '');
    if (!STOCK_GAP.test(gap)) return 'action';
  }
  // (推动慈善组织增至113家: what the action brought the stock to is the stock)
  // (截至12月,全区纳入城乡低保对象A户B人,纳入城乡特困供养对象C人: those in the programme at that date are its stock)
  // (目前纳入动态监测的低保边缘家庭共A户: the families under monitoring at that date are the stock of 低保边缘家庭)
  const heldAt = !!f.occ && /截至|截止|目前|现有|在册/.test(n.slice(0, t.start)) && ((/^(dibao|tekun)_(persons|households)$/.test(ind.id) && /(?<!新)纳入(城乡|城市|城镇|农村)?$/.test(n.slice(Math.max(cs, f.occ.start - 6), f.occ.start)))
    || (/^dibao_edge_(persons|households)$/.test(ind.id) && /(?<!新)纳入(?:动态)?监测(?:范围)?的?$/.test(n.slice(Math.max(cs, f.occ.start - 10), f.occ.start))));
  // (纳入城市低保对象A户B人,支出城市低保资金C万元: a clause opening with 纳入, the programme's own spending after it,
  // is the caseload that money was paid to, not an intake)
  const caseload = !heldAt && !!f.occ && /^(dibao|tekun)_(persons|households)$/.test(ind.id) && CASELOAD_HEAD.test(n.slice(cs, f.occ.start)) && CASELOAD_PAID.test(n.slice(t.end));
  // (新纳入城乡低保对象A人: 新纳入 is the movement of a new count, not an action on a stock)
  if (!heldAt && !caseload && ind.kind === 'count' && ind.flow !== 'flow' && f.occ && ACTION_BEFORE.test(n.slice(Math.max(cs, f.occ.start - 20), f.occ.start).replace(lex.isNewIndicator(ind) ? /新纳入/g : /$^/, '新增')) && !(f.via === 'left' && REACHED_GAP.test(n.slice(f.occ.end, t.start)))) return 'action';
  // …其中市本级23502户,双矿集团6273户: after 其中 in the same sentence, an unlabelled figure is a part
  return undefined;
}

/** After 其中: at `cs`: the part is named right before its value by an alias of its indicator that ends with a shorter
 * alias of the same indicator, and the whole before 其中 (unfiled) names only the shorter one with another qualifier
 * (彩票公益金…。其中:福彩公益金A亿元). */
function qualifiedPart(lex: Lexicon, n: string, cs: number, t: ValueToken, f: Found, wholes: { ind: IndicatorDef }[], unreadPrev: string): boolean {
  const o = f.occ;
  if (!o || f.via !== 'left' || o.start < cs || !/^\s*(为|达|共)?\s*$/.test(n.slice(o.end, t.start))) return false;
  if (wholes.some((w) => w.ind.id === f.ind.id)) return false;
  const qz = n.lastIndexOf('其中', cs);
  const before = /^\s*$/.test(n.slice(0, qz)) ? unreadPrev : n.slice(0, qz);
  if (!before) return false;
  const a = o.e.text;
  if (before.includes(a)) return false;
  return lex.aliases(before, 0, before.length).some((w) => w.e.ind.id === f.ind.id && w.e.text.length >= 2 && a.length > w.e.text.length + 1 && a.endsWith(w.e.text)
    && /[\u4e00-\u9fff]/.test(before.charAt(w.start - 1)));
}

/** Before 其中 at `qz` (same sentence, no semicolon between): a sum of money whose own words share a word (two
 * characters) with the part's alias `alias` (募集…款物合计A元 before 募集善款). */
function unreadMoneyWhole(n: string, qz: number, alias: string, unreadPrev: string): boolean {
  const from = Math.max(n.lastIndexOf(';', qz), n.lastIndexOf('。', qz)) + 1;
  // (。其中,…: the whole is the sentence before's)
  const seg = /^\s*$/.test(n.slice(from, qz)) ? unreadPrev : n.slice(from, qz);
  let m: RegExpExecArray | null = null;
  for (const x of seg.matchAll(/\d[\d,.]*\s*(?:万|亿)?元/g)) m = x;
  if (!m) return false;
  const head = seg.slice(0, m.index);
  const words = head.slice(Math.max(head.lastIndexOf(','), head.lastIndexOf(';'), head.lastIndexOf(':')) + 1);
  for (let i = 0; i + 2 <= alias.length; i++) if (words.includes(alias.slice(i, i + 2))) return true;
  return false;
}

/** Guards on the parts after 其中 and on names inside a document's title (part of guard). */
function guardParts(
  lex: Lexicon,
  n: string,
  t: ValueToken,
  f: Found,
  cs: number,
  progPart: boolean,
  partRun: boolean,
  wholesBefore: (pos: number) => { ind: IndicatorDef; breakdown: string }[],
  prevWhole?: IndicatorDef,
  prevPart?: IndicatorDef,
  /** the sentence before, when it filed no record */
  unreadPrev = '',
  prevWholes: IndicatorDef[] = [],
): CandidateReason | null {
  const ind = f.ind;
  let qz = n.lastIndexOf('其中', t.start);
  // (其中易地扶贫搬迁…5.54万人) closed before the value: a remark, the sentence goes on about the whole
  if (qz >= 0) {
    const open = n.lastIndexOf('(', qz);
    const close = n.indexOf(')', qz);
    if (open >= 0 && open > n.lastIndexOf(')', qz) && close >= 0 && close < t.start) qz = -1;
  }
  // 共计4190个,其中婚姻登记机构1134个,全年办理结婚登记610.6万对: a thing counted in another unit ends the parts
  if (qz >= 0 && f.occ && f.occ.start > qz) {
    const first = /\d[\d,.]*\s*(?:万|亿)?\s*([个家所处张对件具])/.exec(n.slice(qz, f.occ.start));
    if (first && /[对件具]$/.test(t.unit) && first[1] !== t.unit.slice(-1)) qz = -1;
  }
  if (qz >= 0 && (f.occ ? f.occ.start : t.start) > qz) {
    // (其中80岁以上老人A万人,…,已建有养老机构B家: people counted after 其中, then things: the parts ended)
    const firstAny = /\d[\d,.]*\s*(?:万|亿)?\s*(人次|人|户|名|位|个|家|所|处|张)/.exec(n.slice(qz, f.occ ? f.occ.start : t.start));
    const sort = (u: string) => (/^(人次|人|户|名|位)$/.test(u) ? 'people' : /^(个|家|所|处|张)$/.test(u) ? 'things' : '');
    const tu = t.unit.replace(/^万/, '');
    if (firstAny && sort(firstAny[1]) && sort(tu) && sort(firstAny[1]) !== sort(tu)) qz = -1;
  }
  // 其中救助区外A人次、未成年人B人次,累计支出救助资金C万元: after parts of people that filed nothing, money in a clause
  // opening with 累计/共 is the whole's again
  if (qz >= 0 && qz < cs && kindOfUnit(t.unit) === 'money' && /^\s*(累计|共计|共|合计)/.test(n.slice(cs, t.start)) && wholesBefore(t.start).length === wholesBefore(qz).length
    && /^[^\d]{0,16}\d[\d,.]*\s*(?:万|亿)?\s*(人次|人|户|名|位)/.test(n.slice(qz, cs))) qz = -1;
  // 其中,城镇参加医疗保险人数A人,…,城镇居民最低生活保障人数B人: parts of another whole (社会保障), the programme
  // named in full with its side is its own figure
  if (qz >= 0 && qz < cs && f.breakdown && f.occ && f.occ.start >= cs && f.via === 'left') {
    const fam0 = lex.family(ind.id) ?? ind.id;
    const firstEnd = clauseEnd(n, Math.min(n.length, qz + 3));
    const firstClause = lex.aliases(n, qz, firstEnd);
    // (the first part has a subject of its own, not just a side: 其中城市A人 stays a split of the whole)
    const label = n.slice(qz + 2, firstEnd).replace(/\d.*$/, '').replace(/[,:\s]|城镇|城市|农村|城乡/g, '');
    if (firstEnd < cs && label.length >= 4 && !firstClause.some((o) => (lex.family(o.e.ind.id) ?? o.e.ind.id) === fam0)) qz = -1;
  }
  // 其中救助非本地户籍对象A人次,全年支出临时救助资金B亿元: a clause opening with the whole year or area speaks of the whole again
  // (…,8月全区高龄津贴支出A万元 / …,总床位达B张: after a month, or a clause naming the total)
  if (qz >= 0 && qz < cs && /\d/.test(n.slice(qz, cs)) && /^\s*(?:\d{1,2}月份?[,]?\s*)?(全年|全[省市区县州盟旗]|年末|年底|总计|合计|总(?![体的]))/.test(n.slice(cs, t.start))) qz = -1;
  // (a rate after 其中 is no part of the counts: 其中分散供养A人、集中供养B人,…集中供养率达到C%)
  // (其中,注册登记的养老服务机构A万个: the alias names the indicator's own scope, registered institutions, among the facilities)
  if (qz >= 0 && f.occ && /^注册登记/.test(f.occ.e.text)) qz = -1;
  if (!progPart && qz >= 0 && qz < cs && !/;/.test(n.slice(qz, t.start)) && f.via !== 'inherit' && ind.kind !== 'standard' && kindOfUnit(t.unit) !== 'rate') {
    const fam = lex.family(ind.id) ?? ind.id;
    const wholes0 = wholesBefore(qz);
    // 救助资金A万元,其中:城镇低保B人: a count after 其中 of a sum of money is no part of that sum
    const wholes = kindOfUnit(t.unit) !== 'money' && wholes0.length && wholes0.every((w) => kindOfUnit(w.ind.unit) === 'money') ? [] : wholes0;
    const same = wholes.filter((w) => (lex.family(w.ind.id) ?? w.ind.id) === fam);
    // a part of the same programme without its own label, or a part of another whole (低保边缘家庭…其中城镇低保…)
    const split = !!f.breakdown && same.some((w) => w.breakdown !== f.breakdown);
    // with no whole in the sentence, only a value past the first clause after 其中 (其中:A户B人,发放C万元)
    const pastFirst = wholes.length > 0 || /[,;:]/.test(n.slice(qz + 2, cs).replace(/^\s*[,:]/, ''));
    // 其中城市A人、农村B人,发放低保金C万元: after a complete split, an unlabelled figure is the whole's again
    const seg = n.slice(qz, cs);
    const complete = !f.breakdown && same.length > 0 && ((/城市|城镇/.test(seg) && /农村/.test(seg)) || (/集中/.test(seg) && /分散/.test(seg)));
    // 全省低保对象A万人。其中,城市B万人,农村C万人: parts labelled with the split of the previous sentence's whole
    const labelled = !!f.breakdown && !wholes.length && /^\s*$/.test(n.slice(0, qz)) && !!prevWhole && (lex.family(prevWhole.id) ?? prevWhole.id) === fam
      && !!ind.breakdowns && lex.breakdowns(n, cs, t.start, ind.breakdowns).some((o) => o.e.value === f.breakdown);
    // …老年人530户。其中,城镇低保对象27人: no filed whole of this programme before the sentence, the parts are a subgroup's
    if (!wholes.length && /^\s*$/.test(n.slice(0, qz)) && prevPart && (lex.family(prevPart.id) ?? prevPart.id) === fam) return 'subset';
    // 其中城镇低保对象A户、B人,累计发放资金C万元: the money of a part filed with its own side just before
    const ownPart = !!f.breakdown && wholesBefore(t.start).slice(wholes0.length).some((w) => (lex.family(w.ind.id) ?? w.ind.id) === fam && w.breakdown === f.breakdown);
    // 婚姻登记A对,其中结婚登记B对,离婚登记C对: with no whole filed, a kind of registration named right before it is its own figure
    // (其中结婚A件,离婚B件: the bare words read as registrations)
    const named = !wholes.length && f.via === 'left' && (f.occ ? /登记$/.test(f.occ.e.text) && /^\s*(为|有|共)?\s*$/.test(n.slice(f.occ.end, t.start)) : /^(marriage|divorce)_reg$/.test(ind.id)) && /^(对|件)$/.test(t.unit)
      && !wholesBefore(t.start).slice(wholes0.length).some((w) => (lex.family(w.ind.id) ?? w.ind.id) === fam);
    // 共募集救灾款物合计A元,其中,募集善款B元: a whole of the same money left unread before 其中, the part is still a part
    if (!f.breakdown && !wholes0.length && f.occ && kindOfUnit(t.unit) === 'money' && unreadMoneyWhole(n, qz, f.occ.e.text, unreadPrev)
      && !qualifiedPart(lex, n, cs, t, f, wholes0, unreadPrev)) return 'subset';
    // 其中,社区服务中心A个,社区服务站B个 (no whole read): a part named by its own alias after a sibling filed in the
    // same unit is its own figure too
    // (其中困难残疾人生活补贴对象A人,重度残疾人护理补贴对象B人: a programme's name and 对象)
    const sibling = !wholes.length && f.via === 'left' && !!f.occ && f.occ.start >= cs && /^\s*(?:对象|人员)?(为|有|共|达到|达)?\s*$/.test(n.slice(f.occ.end, t.start))
      && wholesBefore(t.start).slice(wholes0.length).some((w) => w.ind.id !== ind.id && !w.breakdown && w.ind.category === ind.category && w.ind.kind === ind.kind && w.ind.unit === ind.unit);
    // (…社会组织A个;其中社会团体B个,民办非企业单位C个: a sentence opening with 其中 has the wholes filed just before)
    const declared = wholes.some((w) => lex.isPart(w.ind, ind)) || (!wholes.length && /^\s*$/.test(n.slice(0, qz)) && prevWholes.some((w) => lex.isPart(w, ind))) || statesOwnScope(ind, n, t);
    // (在册城市低保户A户,其中:新增B户,取消C户: the caseload's movements, not parts of it)
    const moves = /_new_|_exit_/.test(ind.id) && !!caseloadOfParts(n, t.start - (/[\d.]+\s*万?户\s*$/.exec(n.slice(qz, t.start))?.[0].length ?? 0));
    if (!split && !complete && !labelled && !ownPart && !named && !sibling && !moves && pastFirst && !declared) return !wholes.length && ind.breakdowns && !f.breakdown ? 'ambiguous_breakdown' : 'subset';
  }
  // 其中:纳入低保3167户 with no 城市/农村 label: a part whose breakdown was lost
  // (困难群众资金A亿元。其中发放城乡最低生活保障资金B亿元: a declared part of a whole filed just before is its own total)
  if (!progPart && (partRun || /^\s*其中/.test(n)) && !f.breakdown && ind.breakdowns && f.via !== 'inherit' && !prevWholes.some((w) => lex.isPart(w, ind))) return 'ambiguous_breakdown';
  // 《…实施意见的通知》…共有…儿童460人: a name inside a document's title is not the subject of the figures after it
  if (n.includes('《')) {
    const stem = ind.id.split('_')[0];
    const named = lex.aliases(n, 0, t.start).filter((o) => o.e.ind.id.split('_')[0] === stem);
    const o = f.occ ?? named[named.length - 1];
    const close = o ? n.indexOf('》', o.end) : -1;
    if (o && n.lastIndexOf('《', o.start) > n.lastIndexOf('》', o.start) && close >= 0 && close < t.start) return 'no_indicator';
  }
  return null;
}

/** 将A万低收入人口纳入动态监测/预警: the low-income population the monitoring holds is its stock. */
function monitoredLowIncome(n: string, t: ValueToken, ind: IndicatorDef): boolean {
  return /^low_income_/.test(ind.id) && /^[^,;:。]{0,16}纳入[^,;:。]{0,4}(监测|预警)/.test(n.slice(t.end));
}
/** 向全区城乡低保户A户、B人,发放全年低保金: the programme's own money paid to its people for the whole area or year. */
function ownProgrammePaid(n: string, cs: number, t: ValueToken, ind: IndicatorDef, aliasAt?: number): boolean {
  const fam = /^dibao_(persons|households)$/.test(ind.id) ? 'dibao' : /^tekun_(persons|households)$/.test(ind.id) ? 'tekun' : '';
  if (!fam) return false;
  // (only the whole area's or a side's programme: not 向因病致贫的低保户…, 向重度残疾低保对象…; the second count of
  // 低保户A户、B人 has the first before it)
  const by = n.lastIndexOf('向', t.start);
  const who = by < cs ? '' : n.slice(by + 1, aliasAt !== undefined && aliasAt > by && aliasAt <= t.start ? aliasAt : t.start).replace(/[0-9.]+万?[户人][、,和]?$/, '');
  if (!/^(全[区县市省镇乡旗])?(城乡|城市|城镇|农村)?(低保户|低保对象|低保家庭|低保|五保户|五保对象|五保供养对象|特困人员|特困供养人员|特困供养对象|特困对象)?$/.test(who)) return false;
  // (累计向农村低保A户B人发放资金C万元: bare 资金 paid to the programme named is its own money, no other subsidy named)
  const m = /^[^;。]{0,16}?发放(全年|本年|当年)?的?(低保金|低保资金|最低生活保障金|五保供养金|特困供养金|供养金|资金|保障金)(?![^,;。]{0,4}(补贴|补助))/.exec(n.slice(t.end));
  if (!m || (!/^(资金|保障金)$/.test(m[2]) && (fam === 'dibao') !== /低保|最低生活保障/.test(m[2]))) return false;
  // (上半年,…向农村特困供养人员A人发放供养金: a sentence opening with the span paid over is as good as 全年)
  // (累计向…发放: paid over the whole period)
  return !!m[1] || /全[区县市省镇乡旗年]|累计/.test(n.slice(cs, t.start)) || SPAN_LEAD.test(n);
}
/** 上半年, / 1-6月, / 今年以来, / 2016年上半年, opening a sentence: the span its payments ran over. */
const SPAN_LEAD = /^\s*(?:(?:19|20)\d{2}年|今年|本年)?(?:上半年|下半年|前三季度|全年|[1一]\s*[-—–~至到]\s*\d{1,2}\s*月份?|以来|年初以来)[,,]/;
const LEVEL_CLAUSE = /^(?:今年|全年|年内|本年|当年|目前|截至目前)?(?:中央|省级|市级|县级|区级|本级)(?:财政)?(?:已经|已|共|累计|共计)*(?:配套|补助|下达|下拨|安排|投入|拨付|承担)(?:了)?(?:资金|经费|补助资金|专项资金)?(?:共|计|达到|达)?$/;
// (市级共补助…, 县级累计配套…: 共/累计 between the level and its verb)
const FUND_LEVEL_SUM = /(?<![全我本])(中央|省级|市级|县级|区级|市县|县区|本级|乡镇|地方)(财政)?(?:共|累计|共计|合计)(配套|补助|下达|安排|投入|拨付|承担|负担)的?$/;
/** 将A万脱贫人口纳入低保或特困供养范围: the indicator's own name holds the 纳入, so the 将…纳入 is no action on it. */
function intakeInName(n: string, f: Found, t: ValueToken): boolean {
  // (新将A名…纳入: a new intake, not the stock)
  return !!f.occ && /纳入/.test(n.slice(f.occ.start, f.occ.end)) && !/新[^,;:。]{0,10}$/.test(n.slice(Math.max(0, t.start - 12), t.start));
}
