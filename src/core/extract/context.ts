// Infers a report's region, year and period from its text.
import { Catalogue } from '../types';
import { normaliseChars } from './normalize';
import { canonicalPeriod, monthNumber } from '../period';
import { PlaceKind, PlaceMatch, nameForms, placeIndexFor } from './places';
import areaGroupsJson from '../catalogue/areaGroups.json';

export interface InferredContext {
  region?: { name: string; basis: string };
  year?: { value: number; basis: string };
  period?: { value: string; basis: string };
  /** What could not be inferred (zh labels: 地区, 年份, 报告期). */
  unresolved: string[];
  /** 今年以来 in a text dated before December: figures to a date the text does not state (zh, the dateline shown) */
  openYtd?: string;
  /** the only year read was "X年以来" (no year inferred): figures from X to a date the text does not state */
  sinceYear?: string;
  /** no period: the text's figures stand at a day inside a month (截至2月14日), the date shown */
  asOfDay?: string;
  /** no region inferred, but the text names one that several regions share: those regions (zh, to pick from) */
  regionChoices?: string;
}

interface Evidence {
  score: number;
  issuer?: string;
  mentions: number;
  shown?: string;
  /** whether the issuer heads the text */
  titleIssuer?: boolean;
  /** where it is first mentioned, and whether by a historical name */
  first?: number;
  firstFormer?: boolean;
  towns: Map<string, number>;
  townScore: number;
}

type NameKind = Exclude<PlaceKind, 'town'>;
const MENTION_WEIGHT: Record<NameKind, number> = { name: 5, short: 3, former: 3 };
const MAX_MENTIONS = 10;
const TOWN_WEIGHT = 3;
const MAX_TOWN_SCORE = 45;
const ISSUER_SCORE = 100;
const BUREAU_LISTED = /^(?:等|、[\u4e00-\u9fff]{2,12}?民政[局厅])/;
const MIN_SCORE = 3;
// the body without its name (区民政局) and 我市/全区/本县: the level of the report's region
const MONTHS_SUMMARY = /(?:(?:19|20)[0-9]{2}年)?((\d{1,2}|十[一二]?|[两三四五六七八九])个月(?:来)?(?:的)?(?:民政)?工作总结)/;
const UNDER_BODY = /^的?(?:决策|部署|领导|指导)/;
const UNDER_GOVERNMENTS = /[省市]、([区县])(?:委|政府)[^。;\n]{0,24}?(?:决策部署|的部署|的领导|领导下)/g;
const BARE_BODY = /(?:^|[^\u4e00-\u9fff])([省市区县州旗盟])民政[局厅]/g;
const INSIDE = /^(街道|镇|乡|路|街|村|社区|小区|大道|公园|广场|大桥|站)/;
const OWN_LEVEL = /[我全本]([省市区县州旗盟])/g;
const AREA_WORDS = new Set<string>(areaGroupsJson.words);
const AREA_WORD_AFTER = /^(?:居民|低保|最低生活|标准|城镇居民|城市居民|农村居民|特困|五保)/;
const RANK_AFTER = /^(?:首个|首家|唯一|第一|前列|率先|领先|之首)/;
// (高出了全省平均水平: the parent's average compared with, no voice)
const ABOVE_AVERAGE = /(?:高出|高于|低于|超过|超出|优于)了?$/;
const AWARDED_BEFORE = /(?:获评|入选|评为|荣获|被评)$/;
const HEADER_FIELD = /(编制单位|填报单位|来源|发布机构)\s*[::]?\s*$/;
/** A newspaper or station named after the place (辽宁日报, 兰州晚报): the place's own press. */
const NEWSPAPER_AFTER = /^(日报|晚报|新闻网|电视台|广播电视台)/;
// a two-character county-level name (和县, 范县, 任县, 矿区) is also the end of a word + 县/区 (示范县, 担任县…)
const TWO_CHAR_UNIT = /^.[县区旗市]$/;
const QUAKE = /^[^,。;:,;:\n]{0,15}地震/;
const HAN = /[\u4e00-\u9fff]/;
// 和 after a level or a body (我局和县…, 市和县两级) is the conjunction
const CONJUNCTION_AFTER = /^[和与及]$/;
const COMPARED_BEFORE = /(?:比|较|低于|高于|超过|少于|多于|不及|不如|学习|借鉴|参照|对标|邻[县市区旗省州]|(?:邻近|相邻|毗邻|周边|临近)的?)$/;
const LEVEL_OR_BODY = /[省市区县州旗盟局厅委府级镇乡村]/;

// 2022年2月 opening the text, or a clause after a colon (数据显示:2022年2月…), not a date (5月12日) or a span (2月-5月)
// (经县民政局、县财政局审核,2015年10月全县…: after a clause saying who checked the figures)
const OPENING_MONTH = /(?:^\s*|[:：]\s*|^\s*[^。\n,,]{0,24}(?:审核|审批|核定|核准|认定)[,,]\s*)(((?:19|20)[0-9]{2})年([0-9]{1,2})月份?)(?![0-9日底末]|\s*[-—–~～至到])/;
const SHORT_NOTICE = 600;
/** The last day of each month (28 for February: 2月28日 ends it in most years). */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** A form's title with its year and month: 2024年10月城市居民最低生活保障统计表, 上街区2016年8月份…月报表 */
const FORM_AFTER_MONTH = '(?![0-9日])[^0-9\\n,。;]{0,24}?(?:月报|季报|统计报表|统计表|情况表|报表)';
const TITLE_MONTH_FORM = new RegExp(`((?:19|20)[0-9]{2})年([0-9]{1,2})月份?${FORM_AFTER_MONTH}`, 'g');
/** The same title as a period: its month (the whole date as the match shown) */
const TITLE_MONTH_FORM_PERIOD = new RegExp(`((?:19|20)[0-9]{2}年([0-9]{1,2})月份?)(?=${FORM_AFTER_MONTH})`);
/** A notice on one month's payments or list: 关于发放2019年2月份…补贴的通知 (that month, not the year) */
const NOTICE_MONTH = /关于(?:发放|拨付|下拨|下达|预拨|兑现|公示)?(((?:19|20)[0-9]{2})年([0-9]{1,2})月份?)(?![0-9日底末起]|\s*[-—–~～至到])[^\n。;]{0,40}?的(?:通知|公示|公告)/;
// (本站全新改版,欢迎您的访问!: a site's welcome banner above the title)
const LEADING_SOURCE_LINES = /^(?:\s*(?:#\s*source\s*:|来源网址\s*[:：]|网址\s*[:：]|https?:\/\/|[^\n]{0,24}欢迎您?的?(?:访问|光临))[^\n]*\n)+/i;
/** The text's first sentence (up to 。 or a line break, at most 150 characters). */
function openingSentence(t: string): string {
  const m = /[。\n]/.exec(t.replace(/^\s+/, ''));
  return t.replace(/^\s+/, '').slice(0, Math.min(m ? m.index : t.length, 150));
}

/** 截至2009年底 / 截止到2015年年底: the figures stand at the end of that year. */
const YEAR_END_AS_OF = /(?:截至|截止)到?((?:19|20)[0-9]{2})年年?(?:底|末)/;
const YEAR_END_AS_OF_ALL = new RegExp(YEAR_END_AS_OF.source, 'g');
const YEAR_AS_OF_BARE = /(?:截至|截止)到?((?:19|20)[0-9]{2})年(?=[,,])/g;
/** 2011年底,全区… / 到2020年底我市…: a year's end opening a sentence or clause, with the whole area after it. */
const YEAR_END_STOCK = /(?:^|[。;\n,,])\s*(?:[到至]\s*)?((?:19|20)[0-9]{2})年年?(?:底|末)[,,]?\s*(?:全|我)[国省市区县州旗盟]/g;
/** Words of a plan or target in a sentence (将, 力争, 目标…): its figures are not yet reached. */
const PLAN_WORDS = /将|力争|计划|预计|目标|确保|争取|拟|要(?!求)/;

/**
 * Region, year and period a report is about, each with the evidence used. `townships` (rows of
 * townships.gen.json) adds 乡镇街道 names as place-name hints. `regionKnown` skips the region.
 */
export function inferContext(text: string, catalogue: Catalogue, townships?: readonly string[], regionKnown = false): InferredContext {
  // (a pasted page's address lines on top are not its title or opening)
  const norm = normaliseChars(text).replace(LEADING_SOURCE_LINES, '');
  const unresolved: string[] = [];
  const out: InferredContext = { unresolved };

  // ---- region (the place-name scan of the whole text; skipped when the caller knows the region) ----
  // (天津市民政局 / 首页 > … / 滨海新区民政局全力做好…: a site's header and breadcrumb above the page's own title are
  // read after the text, so the title is the page's own)
  const chrome = SITE_CHROME.exec(norm);
  // (上一篇: / 下一篇: and the other news listed under a page's article: not the text's places)
  const page = chrome ? norm.slice(chrome[0].length) : norm;
  const nav = ARTICLE_NAV.exec(page);
  const article = nav ? page.slice(0, nav.index) : page;
  const forRegion = chrome ? `${article}\n${chrome[0]}` : article;
  const shared: { choices?: string } = {};
  const region = regionKnown ? undefined : regionByFormCode(norm, catalogue) ?? inferRegion(forRegion, catalogue, townships, shared) ?? townshipText(forRegion, catalogue, townships);
  // (2023 年 / 截至 11 月底: a newspaper or PDF text with spaces around its numbers reads as 2023年, 11月底)
  const t = compactDates(norm);
  if (region) out.region = region;
  else if (!regionKnown) {
    unresolved.push('地区');
    if (shared.choices) out.regionChoices = shared.choices;
  }

  // ---- year ----
  const head = t.slice(0, 400);
  // every 'YYYY年' the text names, read once when first needed
  let yearsNamed: RegExpMatchArray[] | undefined;
  const namedYears = () => (yearsNamed ??= [...t.matchAll(/((?:19|20)[0-9]{2})年/g)]);
  const years: { y: number; w: number; why: string }[] = [];
  const add = (re: RegExp, src: string, w: number, why: (m: RegExpMatchArray) => string, shift = 0) => {
    for (const m of src.matchAll(re)) years.push({ y: Number(m[1]) + shift, w, why: why(m) });
  };
  // (not a cohort: 接收2014年度城镇退伍士兵, 2023年度征兵)
  // (nor a prize's name: 项目获2019年度全省…优秀成果, 被评为“2019年度…十佳案例”)
  add(/(?<!(?:接收|安置|接收安置)\s*|(?:获|荣获|评为|授予|入选|荣膺)[“"《]?)([0-9]{4})年度(?![^,。;\n]{0,6}?(?:退伍|退役|士兵|士官|义务兵|征兵|新兵|毕业生))/g, head, 10, (m) => `标题/开头“${m[0]}”`);
  // 2024年度收入总计A万元 in a 决算 (final accounts): the year accounted for, below the page's header rows
  if (/决算/.test(t)) add(/(?:^|[。;\n])\s*((?:19|20)[0-9]{2})年度(?:部门)?(?:收入|支出|收支)(?:总计|合计)/g, t, 8, (m) => `决算“${m[0].replace(/^[。;\n]\s*/, '')}”`);
  // 二、2020年工作总结 / 一、2020年和“十三五”主要成绩: a numbered section heading naming the year it reviews
  add(/(?:^|\n)\s*[一二三四五六七八九十]+、\s*((?:19|20)[0-9]{2})年[^\n。,,;]{0,12}(?:工作总结|主要成绩|工作成效|工作回顾|工作情况)[ \t]*(?=\n)/g, t, 10, (m) => `小标题“${m[0].trim()}”`);
  // 19-4 提供住宿的社会服务机构基本情况(2020年): a table title closed by its year in brackets
  add(TITLE_YEAR_BRACKET, head, 10, (m) => `标题“${m[0].trim()}”`);
  // (not a meeting held early in the year named: 2024年全市民政工作会议 reviews 2023, see below)
  add(/([0-9]{4})年(?:(?!(?:19|20)[0-9]{2}年)[^,。\n]){0,12}((?<!政府)工作报告|工作情况|工作综述|工作总结|民政工作(?!会议)|综述|总结)/g, head, 10, (m) => `标题“${m[0]}”`);
  // 宁海2013婚姻年报 / 2013年婚姻年报: the year an annual report is of
  add(/((?:19|20)[0-9]{2})(?:年度?)?[\u4e00-\u9fff]{0,6}年报/g, head, 10, (m) => `“${m[0]}”`);
  // 2024年政府工作报告: given early in the year named, it reviews the year before (its plans are held as plans)
  add(/([0-9]{4})年[^,。\n]{0,12}政府工作报告/g, head, 10, (m) => `“${m[0]}”回顾上年`, -1);
  // ——2024年1月12日在某市第十八届人民代表大会第三次会议上: a report given at the year's congress reviews the year before
  add(/((?:19|20)[0-9]{2})年[0-9]{1,2}月[0-9]{1,2}日在[^。\n]{0,40}人民代表大会/g, head, 12, (m) => `“${m[0]}”(人代会报告回顾上年)`, -1);
  // 2024年全市民政工作会议: the year's opening meeting, which reviews the year before
  add(/([0-9]{4})年[^,。\n]{0,12}民政工作会议/g, head, 10, (m) => `“${m[0]}”回顾上年`, -1);
  // 会议总结了2023年全市民政工作: the year a meeting or text reviews
  add(/总结了?((?:19|20)[0-9]{2})年/g, head, 10, (m) => `“${m[0]}”`);
  // (not a plan: 2022年,全省民政系统将重点做好…)
  // (【社会保障】 2020年,全镇…: a yearbook entry after its bracketed heading)
  // (2011年,全国城乡低保资金收入…: an audit notice's figures of the country, not its yearly meeting)
  add(/(?:^|\n|】)\s*([0-9]{4})年[,,][^。\n]{0,8}(民政局|民政系统|全市|全区|全县|全省|全镇|全乡|我市|我区|我县|我省|我镇|我乡|全国(?![^,。\n]{0,12}会议))(?![^。\n]{0,8}将)/g, t, 8, (m) => `正文开头“${m[0].trim()}”`);
  // (not a span of many years counted up: 1988年以来累计销售…)
  add(/([0-9]{4})年以来(?![^,。;\n]{0,6}累计)/g, t, 5, (m) => `“${m[0]}”`);
  // a news lead: 记者从…会议上获悉,2021年,全省保障低保对象…
  add(/获悉[,:]\s*((?:19|20)[0-9]{2})年(?:[,]|全年|度|(?:全|我)[省市区县州])/g, head, 8, (m) => `导语“${m[0]}”`);
  // 会议指出,2022年全省累计发放…: the year a meeting or a spokesman gives the figures of
  add(/(?:指出|表示|介绍|通报|显示|据统计)[,,:]\s*((?:19|20)[0-9]{2})年[,,]?\s*(?:全|我)[国省市区县州盟旗](?:共|累计|全年|[^。\n,,]{0,16}?(?:为|达到?)[0-9])(?![^。\n]{0,16}(?:将|计划|力争|预计|拟))/g, head, 8, (m) => `“${m[0].replace(/[0-9]$/, '')}”`);
  // 政府工作报告指出,2023年,某省民生保障扎实推进: the year a report's review speaks of
  add(/(?:报告|公报)(?:指出|显示|称)[,,:]\s*((?:19|20)[0-9]{2})年[,,](?![^。\n]{0,16}(?:将|计划|力争|预计|拟|目标))/g, head, 8, (m) => `“${m[0]}”`);
  // a paragraph on next year's plan (2022年,全省民政系统将…): the figures before it are of the year before
  add(/(?:^|\n)\s*([0-9]{4})年[,,][^。\n]{0,12}将/g, t, 3, (m) => `“${m[0].trim()}”为次年打算`, -1);
  // (从…会议上了解到,2020年,济南将完成…: a news lead opening with the coming year's plan)
  add(/(?:了解到|获悉|获知)[,:]\s*([0-9]{4})年[,,][^。\n]{0,12}将/g, head, 3, (m) => `“${m[0].trim()}”为次年打算`, -1);
  // a monthly release: 2020年7月民政事业统计数据监测报告, 截至2019年5月底
  add(/((?:19|20)[0-9]{2})年[0-9]{1,2}月份?(?=[^日0-9]{0,2}(民政|社会|统计|数据|报表|月报|简报))/g, head, 10, (m) => `标题“${m[0]}”`);
  // 2024年某市民政统计月报(9月), 2023年社会服务统计季报
  add(/((?:19|20)[0-9]{2})年[^0-9\n,。]{0,20}?(?:月报|季报|统计报表|统计表|情况表|情况[((][0-9]{1,2}月)/g, head, 10, (m) => `标题“${m[0]}”`);
  // 2012年…实事项目完成情况进度表(五月份)
  add(/((?:19|20)[0-9]{2})年[^0-9\n,。]{0,30}?进度表[((](?:[0-9]{1,2}|十[一二]?|[一二三四五六七八九])月份?[))]/g, head, 10, (m) => `标题“${m[0]}”`);
  // 上街区2016年8月份流浪乞讨人员救助情况月报表 / 2024年10月城市居民最低生活保障统计表
  add(TITLE_MONTH_FORM, head, 10, (m) => `标题“${m[0]}”`);
  // 关于做好2022年全市农村居民最低生活保障标准提高工作的通知: a notice titled with the year it is about
  // (not 提前下达2023年…资金, sent the year before)
  if (head.includes('关于')) add(/关于(?:做好|调整|提高|公布|落实|下达|印发|开展)?((?:19|20)[0-9]{2})年(?![0-9]|以来|度|[0-9]{1,2}月)[^。\n,,《》]{0,60}?的(?:通知|公告|公示|意见|决定|批复)/g, head, 8, (m) => `标题“${m[0]}”`);
  const nm = NOTICE_MONTH.exec(head);
  if (nm) years.push({ y: Number(nm[2]), w: 10, why: `标题“${nm[1]}”` });
  add(/(?:截至|截止)到?((?:19|20)[0-9]{2})年[0-9]{1,2}月/g, head, 8, (m) => `开头“${m[0]}”`);
  // a year-end stock or a bulletin title: 截至2009年底, 邹平县2003年国民经济和社会发展统计公报
  // (截至2011年底,老年人口已超过百万 in news dated 2014: an aside on a year long past, not the text's)
  const dl = datelineOf(t);
  for (const m of head.matchAll(YEAR_END_AS_OF_ALL)) if (!dl || Number(m[1]) >= dl.y - 1) years.push({ y: Number(m[1]), w: 8, why: `开头“${m[0]}”` });
  // 截至2019年,全区有…: a bare year the figures stand at (of the same age as the text)
  if (head.includes('截')) for (const m of head.matchAll(YEAR_AS_OF_BARE)) if (!dl || Number(m[1]) >= dl.y - 1) years.push({ y: Number(m[1]), w: 8, why: `开头“${m[0]}”` });
  // 。2011年底,全区在册… / …,到2020年底我市…达…,实现了…: a stock at the end of a year, stated as reached (not a target)
  for (const m of t.matchAll(YEAR_END_STOCK)) {
    // (the sentence from the match: its first 400 characters, not the rest of the text split)
    const s = t.slice(m.index!, m.index! + 400).replace(/^[。;\n]/, '').split(/[。;\n]/)[0];
    if (Number(m[1]) < (dl ? dl.y - 1 : 0) || PLAN_WORDS.test(s) || (/^[。;\n,,]?\s*[到至]/.test(m[0]) && !/了|已|比上年|同比/.test(s))) continue;
    years.push({ y: Number(m[1]), w: 6, why: `正文“${m[0].replace(/^[。;\n,,]\s*/, '')}”` });
  }
  // 2019年春节前夕,… / 为做好2019年春节走访慰问工作,自1月25日起…: news of a Spring Festival named with its year, in a
  // text naming no other year and no month after March (not a notice sent in December for the coming festival)
  const fest = /((?:19|20)[0-9]{2})年(?:元旦)?春节/.exec(head);
  if (fest && (!dl || dl.y === Number(fest[1])) && namedYears().every((o) => o[1] === fest[1]) && [...t.matchAll(/(?<![0-9])([0-9]{1,2})月/g)].every((o) => Number(o[1]) <= 3)) {
    years.push({ y: Number(fest[1]), w: 6, why: `开头“${fest[0]}”` });
  }
  add(BULLETIN_TITLE_ALL, head, 10, (m) => `标题“${m[0]}”`);
  // a quarterly release: 2021年2季度民政统计数据
  // (2024年一、二季度: two quarters named together, the year's first half)
  // (预拨2013年第一季度…资金: money allocated ahead for a coming quarter dates nothing)
  add(YEAR_QUARTER, head, 10, (m) => `标题“${m[0]}”`);
  add(/^\s*((?:19|20)[0-9]{2})年[,,]/g, t, 6, (m) => `正文开头“${m[0].trim()}”`);
  // 本报讯2013年,县民政局…: a news lead opening with the bare year
  add(/(?:本报讯|讯)\s*(?:[((][^))]{0,20}[))])?\s*((?:19|20)[0-9]{2})年[,,](?![^。\n]{0,12}将)/g, head, 8, (m) => `导语“${m[0].trim()}”`);
  // a standard's start (从2022年1月1日起…提高 / 2020年1月1日起执行): the year the notice's standards hold
  // (not one cited with its document: 《…》自2019年…起施行)
  // (nor one a document cited earlier in the sentence set: 《…通知》要求,自2012年9月起…)
  // 到2018年2月底,全市共有… in news dated 2018-04: figures standing at a month-end before the dateline (not a target)
  // 我省发放2018年残疾人“两项补贴”资金… dated 2018-12-27: a title on paying that year's money, in that year
  const paid = dl ? /(?:^|\n)\s*[我全][省市区县州]发放((?:19|20)[0-9]{2})年/.exec(head) : null;
  if (paid && Number(paid[1]) === dl!.y) years.push({ y: dl!.y, w: 8, why: `电头日期“${dl!.shown}”与标题“${paid[0].trim()}”` });
  const reached = reachedBy(t, dl);
  if (reached) years.push({ y: reached.y, w: 8, why: `电头日期“${dl!.shown}”与“${reached.shown}”` });
  // (从2015年1月起…发放 in a notice dated 2020 on its 2020年10月份 payments: when the policy began, not the text's year)
  const ownMonth = dl && new RegExp(`${dl.y}年[0-9]{1,2}月`).test(t);
  for (const m of t.matchAll(/(?<!》(?:从|自|于)?)(?:从|自|于)?((?:19|20)[0-9]{2})年[0-9]{1,2}月(?:[0-9]{1,2}日)?起/g)) {
    if (ownMonth && Number(m[1]) < dl!.y) continue;
    // (印发《关于调整…标准的通知》,自2020年4月1日起,我市提高…: the notice on the standards names their year)
    const cited = /》[^。\n决定]{0,8}$/.test(t.slice(Math.max(0, m.index! - 12), m.index!));
    if (cited && !/《[^《》]{0,40}(?:调整|提高)[^《》]{0,30}标准[^《》]{0,12}》[,,]?\s*(?:从|自|于)?$/.test(t.slice(Math.max(0, m.index! - 90), m.index!))) continue;
    years.push({ y: Number(m[1]), w: 6, why: `“${m[0]}”` });
  }
  // a notice on one month opening with it: 2023年6月特困供养对象统计情况, 数据显示:2022年2月全省…
  const om = OPENING_MONTH.exec(openingSentence(t));
  if (om) years.push({ y: Number(om[2]), w: 8, why: `开头“${om[1]}”` });
  // …的通知》,2018年我局全年共支出…: the year the text's own body (我局, 全市) gives a whole year's figures for
  add(/(?:^|[,,。;:\n])\s*((?:19|20)[0-9]{2})年[,,]?\s*(?:我|全)[局厅市区县省州旗盟]全年(?:共|累计)?/g, t, 8, (m) => `正文“${m[0].replace(/^[,,。;:\n]\s*/, '')}”`);
  // 。2024年累计发放…救助资金: a sentence opening with the bare year and its total (not a plan)
  add(/(?:^|[。;\n])\s*((?:19|20)[0-9]{2})年(?![^。\n]{0,14}(?:将|计划|力争|预计|拟))(?:全年)?(?:累计|共计|共)/g, t, 8, (m) => `正文“${m[0].replace(/^[。;\n]\s*/, '').trim()}”`);
  // a news title opening with the year: 2022年我市…办理结婚登记
  // (2013年全国死亡人口是…: the country's, not its yearly meeting, 2013年全国民政工作会议)
  add(/(?:^|\n)\s*((?:19|20)[0-9]{2})年(?:(?:我|全)(?:市|区|县|省|州|镇)|全国(?![^,。\n]{0,12}会议))/g, head, 8, (m) => `标题“${m[0].trim()}”`);
  // 2023年济南市新建… / 记者获悉,2023年济南市民政局…: the year before the name of the region the text is about
  if (region) {
    const names = nameForms(region.name).map(escapeRe).join('|');
    add(new RegExp(`(?:^|\\n|获悉[,:]\\s*)((?:19|20)[0-9]{2})年(?:${names})`, 'g'), head, 8, (m) => `“${m[0].replace(/^获悉[,:]\s*/, '').trim()}”`);
    // 紫阳县2015年…补贴发放工作圆满结束 / 和顺县发放2018年长寿优待金: a title opening with the region and the year of its
    // figures (a year paid for, 发放YYYY年, only when the dateline is of that year; neither after the dateline's year)
    const ty = new RegExp(`(?:^|\\n)\\s*(?:${names})(发放)?((?:19|20)[0-9]{2})年(?![0-9]|以来|以前|之前|前|后|起|至|[-—~]|[^。\\n]{0,16}(?:将|计划|力争|预计|拟|目标))`).exec(t.slice(0, 200));
    const y = ty ? Number(ty[2]) : 0;
    if (ty && (dl ? (ty[1] ? y === dl.y : y === dl.y || y === dl.y - 1) : !ty[1])) years.push({ y, w: 8, why: `标题“${ty[0].trim()}”` });
  }
  // 宜宾县2013年五保供养对象… / 据悉,2013年,该县…: the one year a text names, as the time of its own area's figures
  const ss = soleSubjectYear(t, region ? ownForms(region.name, catalogue) : []);
  if (ss) years.push({ y: ss.y, w: 6, why: `正文唯一年份“${ss.shown}”` });
  // (在回顾2021年工作时,市长说…: a government report's review names the year of its figures)
  add(/回顾((?:19|20)[0-9]{2})年(?:的|全年)?工作/g, t, 8, (m) => `“${m[0]}”`);
  // 表19 2014年社会保险情况 / [1] 2014年数据为初步统计数: a numbered table's title, a note on the newest year's figures
  add(/(?:^|\n)\s*表\s*[0-9]+(?:[-—.][0-9]+)?\s*((?:19|20)[0-9]{2})年(?![0-9]|以来)[^\n。,,;]{0,30}(?=\n|$)/g, head, 10, (m) => `表题“${m[0].trim()}”`);
  add(/((?:19|20)[0-9]{2})年的?数据(?:为|是|系)(?:初步统计|初步核算|快报)/g, t, 8, (m) => `注释“${m[0]}”`);
  // the text speaking of its own area's year and its figures: 我市2023年全年共募捐… (not 比全市2022年…, nor the year
  // in a campaign's name, 我县2026年"慈善一日捐"活动, launched early in the year after the figures)
  add(/(?:^|[^比较与同])[我全本][市区县省州旗盟]((?:19|20)[0-9]{2})年(?:全年|度|上半年|下半年|前三季度|共|累计|第?[一二三四1-4]季度|1\s*[-—~至])/g, head, 6, (m) => `“${m[0].replace(/^[^我全本]/, '')}”`);
  // a line opening with the bare year (2023年,某会…), not a plan (2024年,我们将…), in a text naming no other year but in
  // dates (not a chronicle: 1980年,…1985年…)
  // 1、2023年1-12月份低保补助落实情况 / 2024年1月,区级…;2024年7月…: one year named throughout, with its months
  // (…今年1~9月… with its only year in a start a document set, 自2012年9月起: that year is not the text's)
  const sole = /今年/.test(t) && namedYears().every((o) => /^年[0-9]{1,2}月(?:[0-9]{1,2}日)?起/.test(t.slice(o.index! + 4, o.index! + 14))) ? undefined : soleYearWithMonths(t);
  if (sole) years.push({ y: sole.y, w: 6, why: `正文唯一年份“${sole.shown}”` });
  // 一、2023年武汉低保标准再次提高: a heading opening with the year of raised standards, in a text naming no other year
  const hy = HEAD_STD_YEAR.exec(head);
  if (hy && namedYears().every((o) => o[1] === hy[1])) years.push({ y: Number(hy[1]), w: 6, why: `标题“${hy[0].trim()}”` });
  const lineYear = soleLineYear(t);
  if (lineYear) years.push({ y: lineYear.y, w: 6, why: `段首“${lineYear.shown}”` });
  // …,2023年新增纳入低保…;…,2023年为…发放…: the one year a text names, opening two clauses or more
  const cy = ss || sole || lineYear ? undefined : soleClauseYear(t);
  if (cy) years.push({ y: cy.y, w: 6, why: `正文唯一年份“${cy.shown}”` });
  // the year of a half or three quarters named near the title (2023年上半年,…), not one compared with (较2022年上半年)
  add(/(?:^|[^比较与同由])((?:19|20)[0-9]{2})年(?:上半年|前三季度|下半年)/g, head, 6, (m) => `开头“${m[0].replace(/^[^0-9]/, '')}”`);
  // 今年 in a text under a dateline with its time or source (2023年02月10日 15:26 来源:…): the dateline's year
  // (发布时间:2024-03-22 …。2023年,我市累计…: news early in a year on the year before, a sentence opening with it)
  let prev: RegExpExecArray | null = null;
  if (dl && dl.m <= 4) {
    // (2014年,西藏共下达… dated 2015-01: the region's name in place of 全区)
    const own = region ? `|${nameForms(region.name).map(escapeRe).join('|')}` : '';
    // (…全境火化,2018年全省火化率A%: a clause opening with that year and the whole area, no comma after it)
    prev = new RegExp(`(?:^|\\n|。|(?<![比较与同])[,,])\\s*(${dl.y - 1})年[,,]?[^。\\n]{0,8}(?:全市|全区|全县|全省|我市|我区|我县|我省${own})(?![^。\\n]{0,8}将)`).exec(t);
    if (prev) years.push({ y: dl.y - 1, w: 8, why: `电头日期“${dl.shown}”与“${prev[0].replace(/^。/, '').trim()}”` });
  }
  // 第一季度民政工作“成绩单” dated 01.04.2015: a title naming a span but no year is of the dateline's year, or of the
  // year before when the span ends after the date
  const titleSpan = dl && /^[^\n]{0,60}/.exec(t)![0];
  // (离了11988对: a count holding 1988 is no year)
  const sm = titleSpan && !/(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])/.test(titleSpan) ? /第?([一二三四1-4])季度|(上半年)|(前三季度)|(下半年|全年)|([1-9]|1[0-2])月份/.exec(titleSpan) : null;
  if (dl && sm) {
    const end = sm[1] ? 3 * (Math.floor('1一2二3三4四'.indexOf(sm[1]) / 2) + 1) : sm[2] ? 6 : sm[3] ? 9 : sm[4] ? 12 : Number(sm[5]);
    years.push({ y: end <= dl.m ? dl.y : dl.y - 1, w: 6, why: `电头日期“${dl.shown}”与标题“${sm[0]}”` });
  }
  // (青岛新闻网 2009-09-10 14:06 … 2009年9月9日是…: a day of the dateline's year named in full, in a text naming
  // other years only in full dates)
  if (dl && t.includes(`${dl.y}年`)) {
    const ys = [...t.matchAll(/((?:19|20)[0-9]{2})年(?:([0-9]{1,2})月([0-9]{1,2})日)?/g)];
    // (not the dateline itself, 2023年02月10日 15:26)
    const own = ys.find((m) => Number(m[1]) === dl.y && m[2] && Number(m[2]) <= dl.m && `${dl.y}年${Number(m[2])}月${Number(m[3])}日` !== dl.shown);
    if (own && ys.every((m) => m[2])) years.push({ y: dl.y, w: 6, why: `电头日期“${dl.shown}”与“${own[0]}”` });
  }
  // (发布时间:2017-12-27 …\n2017年,渭南福彩…: a line opening with the dateline's year)
  if (dl) {
    const ly = [...t.matchAll(LINE_YEAR_ALL)].find((m) => Number(m[1]) === dl.y);
    if (ly) years.push({ y: dl.y, w: 8, why: `电头日期“${dl.shown}”与段首“${ly[0].trim()}”` });
  }
  // (今年 with a month or a span of its own: 今年1月,…, or 今年以来; not 今年我市…活动 in a news item on last year's figures)
  // (weighted above a year named once in the body, 2019年5月…, which is then another time than 今年)
  if (dl && /今年(?:[0-9]{1,2}月|[一二三四五六七八九十]{1,2}月|上半年|前三季度|第?[一二三四1-4]季度|1\s*[-—~至]|以来)/.test(t)) years.push({ y: dl.y, w: 8, why: `电头日期“${dl.shown}”与“今年…”` });
  // (长沙市民政局 2023-05-12 / 4月份,全市发放…: a month opening a sentence, not after the dateline's, is of the dateline's year)
  else if (dl) {
    const mo = /(?:^|[\n。;])\s*([0-9]{1,2})月份?[,,]/.exec(t.slice(0, 600));
    if (mo && Number(mo[1]) <= dl.m) years.push({ y: dl.y, w: 6, why: `电头日期“${dl.shown}”与“${mo[1]}月”` });
  }
  // 去年享受低保的人口为A万 in news dated early in the next year (2024-03-08), naming no year and no 今年 of its own:
  // the figures are the dateline's year before
  const lastYear = dl && dl.m <= 6 && LAST_YEAR_FIGURES.test(t) && !/今年|本年|(?:19|20)[0-9]{2}年(?![0-9]{1,2}月[0-9]{1,2}日)/.test(t.replace(/(?:^|\n)[^\n]{0,40}(?:19|20)[0-9]{2}[年-][0-9]{1,2}[月-][0-9]{1,2}日?[^\n]*/, ''));
  if (lastYear) years.push({ y: dl.y - 1, w: 6, why: `电头日期“${dl.shown}”与“去年…”` });
  if (/今年以来/.test(t)) {
    add(/([0-9]{4})年(重点工作|工作打算|工作计划|工作要点)/g, t, 4, (m) => `“今年以来”回顾,并部署“${m[0]}”(次年)`, -1);
  }
  add(/[一二三四五六七八九十]、\s*([0-9]{4})年工作打算/g, t, 3, (m) => `“${m[0]}”为次年打算`, -1);
  // 截至目前 / 近日 / 入冬以来 under a dateline (2024-11-05 14:02 来源:…), naming no year but the dateline's: the text's
  // time is the day of writing (not a review of a whole year before it, nor one of the year just ended in January)
  if (!years.length && dl) {
    const now = NOW_WORDS.exec(t.replace(/今年[0-9一二三四五六七八九十]+岁/g, ''));
    // (到2020年底,每村配备… dated 2019: a later year reached by 到 is a target, not another time of the figures)
    const others = namedYears().some((o) => Number(o[1]) !== dl.y && !(Number(o[1]) > dl.y && /[到至]$/.test(t.slice(Math.max(0, o.index! - 1), o.index!))));
    const lastYearWhole = LAST_YEAR_FIGURES.test(t) || /上一?年(?!同期)|一年(?:来|以来)/.test(t) || (dl.m <= 2 && /全年|年度|年底|年末|岁末/.test(t));
    if (now && !others && !lastYearWhole) years.push({ y: dl.y, w: 4, why: `电头日期“${dl.shown}”与“${now[0]}”` });
  }
  let since = 0;
  if (years.length) {
    const tally = new Map<number, { w: number; why: string[] }>();
    for (const y of years) {
      const e = tally.get(y.y) ?? { w: 0, why: [] };
      e.w += y.w;
      if (e.why.length < 2 && !e.why.includes(y.why)) e.why.push(y.why);
      tally.set(y.y, e);
    }
    const best = [...tally.entries()].sort((a, b) => b[1].w - a[1].w)[0];
    // (2016年以来,…募集… in a text naming no other time of 2016: the start of a span, not the text's year; unless a
    // sentence opens with that bare year and its area's total, 。2016年,全省共…)
    const sy = SENTENCE_YEAR.exec(t);
    if (years.every((y) => y.y !== best[0] || y.why === `“${best[0]}年以来”`) && !(sy && Number(sy[1] ?? sy[2]) === best[0])) {
      since = best[0];
      unresolved.push('年份');
    } else out.year = { value: best[0], basis: best[1].why.join(';') };
  } else unresolved.push('年份');

  // ---- period ----
  // (| 索引号:… | 标题:民政局2025年上半年工作总结… |: a public-information page's header rows put the title further down)
  const field = /(?:^|\n|\|)\s*标\s*题\s*[::]\s*([^\n|]{4,80})/.exec(t.slice(0, 800));
  const title = field && field.index > 100 ? `${field[1]}\n${t.slice(0, 200)}` : t.slice(0, 200);
  // canonical labels (period.ts). Flows are year-to-date totals, so a 前三季度 report is 1-9月; a
  // report on one quarter alone (rare) is that quarter.
  const P: [RegExp, string | ((m: RegExpExecArray) => string)][] = [
    // (标准由2012年上半年的A元提高到B元: the old value's time, not the text's)
    [/(?<!由\s*(?:(?:19|20)[0-9]{2}年)?)(?:上半年(工作)?总结|上半年工作|上半年)/, '上半年'],
    [/前三个?季度|[一1]\s*[-—–~～至]\s*[三3]\s*季度/, '1-9月'],
    // (2024年10月城市居民最低生活保障统计表 over a column 1-10月资金总支出: the form's month)
    [TITLE_MONTH_FORM_PERIOD, (m) => canonicalPeriod(`${Number(m[2])}月`) ?? ''],
    [NOTICE_MONTH, (m) => canonicalPeriod(`${Number(m[3])}月`) ?? ''],
    [/(?:^|[^\d])((?:1|一)\s*[-—–~～至]\s*(\d{1,2}|十[一二]?|[二三四五六七八九])\s*月)/, (m) => canonicalPeriod(`1-${monthNumber(m[2])}月`) ?? ''],
    [/(前(\d{1,2}|十[一二]?|[两三四五六七八九])个月)/, (m) => canonicalPeriod(`1-${monthNumber(m[2])}月`) ?? ''],
    [/((?:19|20)[0-9]{2}年([0-9]{1,2})月份?)(?=[^日0-9]{0,2}(民政|社会|统计|数据|报表|月报|简报))/, (m) => canonicalPeriod(`${Number(m[2])}月`) ?? ''],
    // 2022年5月最低生活保障 / 2022年5月特困人员供养: a section heading of one month's release
    [/(?:^|\n)\s*((?:19|20)[0-9]{2}年([0-9]{1,2})月份?)(?=(?:最低生活保障|城乡低保|低保|特困)[^\n。,,;]{0,12}\n)/, (m) => canonicalPeriod(`${Number(m[2])}月`) ?? ''],
    // …实事项目完成情况进度表(五月份): progress to the month's end (flows from January)
    [/((?:进度表|进度情况|进展情况)[((]([0-9]{1,2}|十[一二]?|[一二三四五六七八九])月份?[))])/, (m) => canonicalPeriod(`1-${monthNumber(m[2])}月`) ?? ''],
    [/((?:月报|统计报表|统计表|情况表|情况|数据)[((]([0-9]{1,2}|十[一二]?|[一二三四五六七八九])月份?[))])/, (m) => canonicalPeriod(`${monthNumber(m[2])}月`) ?? ''],
    // a form dated apart from its name (社会服务统计月报表 | 2023年度 05 月 / 月报 2023年05月): that month
    [/((?:19|20)[0-9]{2}\s*年度?\s*([0-9]{1,2})\s*月份?)(?![0-9日号]|\s*[-—–~～至到])/, (m) => (/月报|季报|报表/.test(title) ? canonicalPeriod(`${Number(m[2])}月`) ?? '' : '')],
    // a text opening with one month (2023年6月特困供养对象统计情况): that month; its 累计 figures run from January
    [OPENING_MONTH, (m) => (OPENING_MONTH.exec(openingSentence(t))?.[1] === m[1] ? canonicalPeriod(`${/累计/.test(openingSentence(t)) ? '1-' : ''}${Number(m[3])}月`) ?? '' : '')],
    // 截止时间:2019年12月31: a form's cut-off date at a month's end
    [/((?:截至|截止)(?:时间|日期)\s*[::]\s*(?:19|20)[0-9]{2}年([0-9]{1,2})月(2[89]|3[01])日?)(?![0-9])/, (m) => (Number(m[3]) >= MONTH_DAYS[Number(m[2]) - 1] ? canonicalPeriod(`1-${Number(m[2])}月`) ?? '' : '')],
    // the date the figures stand at wins over a quarter named near the title (例行发布会 of another quarter)
    // (截至2月14日下午4点半: a moment inside a day, not a month's end; only a month's last days count)
    [/((?:截至|截止)到?(?:(?:19|20)[0-9]{2}年)?([0-9]{1,2})月(?:底|末|(2[89]|3[01])日(?:[0-9]{1,2}(?:时|点))?)?)(?![0-9])/, (m) => (!m[3] || Number(m[3]) >= MONTH_DAYS[Number(m[2]) - 1] ? canonicalPeriod(`1-${Number(m[2])}月`) ?? '' : '')],
    // 截止2017年3季度…累计发放: figures up to the end of a quarter (flows from January)
    [/((?:截至|截止)到?(?:(?:19|20)[0-9]{2}年)?第?([1-4一二三四])季度(?:末|底)?)/, (m) => canonicalPeriod(`1-${3 * (Math.floor('1一2二3三4四'.indexOf(m[2]) / 2) + 1)}月`) ?? ''],
    // 今年1月,全省累计实现…: one month of this year (its 累计 figures run from January)
    // (上海市民政局今年2月印发《2022年…工作总结》: the month a document came out, not the figures' span)
    [/(今年([0-9]{1,2})月份?)(?![0-9日底末]|\s*[-—–~～至到]|[^,,。;\n\d]{0,8}?(?:印发|发布|公布|出台|下发|召开|举行|举办|通报|审议|披露))/, (m) => canonicalPeriod(`${/累计/.test(title.slice(m.index!).split(/[。\n]/)[0]) ? '1-' : ''}${Number(m[2])}月`) ?? ''],
    // (民政部2022年第二季度例行新闻发布会: a quarter naming a meeting does not date the figures)
    [QUARTER_NAMED[0], 'Q1'],
    [QUARTER_NAMED[1], 'Q2'],
    [QUARTER_NAMED[2], 'Q3'],
    [QUARTER_NAMED[3], 'Q4'],
    [/下半年总结/, '下半年'],
  ];
  let period: { value: string; basis: string } | undefined;
  let lm: { value: string; basis: string } | undefined; // a line opening with one month (lineMonth)
  // 本年前三季度…本年上半年…: of the two spans, the one named first is the text's own
  const h1 = /上半年/.exec(title);
  const q3 = /前三季度/.exec(title);
  const order = h1 && q3 && q3.index < h1.index ? [P[1], P[0], ...P.slice(2)] : P;
  // 一、2008年11个月工作总结: a summary of the year's first months, over a passing 上半年 in its body
  if (title.includes('个月')) order.unshift([MONTHS_SUMMARY, (m) => canonicalPeriod(`1-${monthNumber(m[2])}月`) ?? '']);
  // (一季度 | 二季度 | 三季度: quarters as a table's columns name no one quarter)
  const quarterList = title.includes('季度') && /[一二三四1-4]\s*季度[\s|｜、,，和及与]*第?[一二三四1-4]\s*季度/.test(title);
  for (const [re, v] of order) {
    if (quarterList && typeof v === 'string' && /^Q[1-4]$/.test(v)) continue;
    const m = re.exec(title);
    const value = m ? (typeof v === 'string' ? v : v(m)) : '';
    if (m && value) {
      period = { value, basis: `标题/开头“${typeof v === 'string' ? m[0] : m[1]}”` };
      break;
    }
  }
  if (!period) {
    // (纳入今年《政府工作报告》: a document cited by its title says nothing of the text's span; nor does a 年度…目标任务)
    const m = [...t.matchAll(/(?<!(?:获|荣获|评为|授予|入选|荣膺)[“"《]?)([0-9]{4})年度|全年|年度|工作报告|工作情况报告|综述|(?:19|20)[0-9]{2}年(?:民政|全年)?工作总结(?!会|大会|表彰)|年终(?:工作)?总结(?!会|大会|表彰)/g)].find((x) => !cited(t, x.index!) && !(x[0] === '年度' && /^[^,。;\n]{0,12}(目标|任务|计划|考核)|^[^,。;\n|]{0,8}标准/.test(t.slice(x.index! + 2)))) ?? null;
    if (m) period = { value: '全年', basis: `“${m[0]}”` };
    else {
      let dated: ReturnType<typeof leadDate> = null;
      // a review whose figures run to a month: 1-10月累计保障…
      // (2024年1月至3月,全市共办理…: the same span with the year and both months named)
      const ytd = /(?:^|[,。;:\n])\s*(?:今年|(?:19|20)[0-9]{2}年)?(?:1|一)\s*月?\s*[-—~至到]\s*(\d{1,2}|十[一二]?|[二三四五六七八九])\s*月/.exec(t);
      // (截至10月底,全区现有…;1~9月实施临时救助…: the date the text's figures stand at, not one clause's earlier span)
      // (截至9月30日,…共销售…: a month's last day is its end; 截至12月21日 is a day within it)
      const asOf = [...t.matchAll(/(?:截至|截止)到?(?:(?:19|20)[0-9]{2}年)?([0-9]{1,2})月(?:底|末|(2[89]|3[01])日(?![0-9]))/g)].find((x) => !x[2] || Number(x[2]) >= MONTH_DAYS[Number(x[1]) - 1]);
      const v = ytd ? canonicalPeriod(`1-${monthNumber(ytd[1])}月`) : null;
      const yearEnd = YEAR_END_AS_OF.test(t);
      if (asOf && !yearEnd && Number(asOf[1]) < 12 && (!ytd || Number(asOf[1]) > monthNumber(ytd[1]))) period = { value: canonicalPeriod(`1-${Number(asOf[1])}月`) ?? '', basis: `正文“${asOf[0]}”` };
      else if (v && monthNumber(ytd![1]) < 12) period = { value: v, basis: `正文“${ytd![0].replace(/^[,。;:\n]\s*/, '')}”` };
      else if (quarterEnd(t)) period = quarterEnd(t)!;
      // (in a text dated before December, 今年以来 runs to a date it does not state: no period)
      // (2024年3月15日,记者从…获悉: a news lead opening with its own date dates the text as a dateline does)
      else if (/今年以来/.test(t) && (dated = dl ?? leadDate(t)) && dated.m < 12) out.openYtd = dated.shown;
      else if (/今年以来/.test(t)) period = { value: '全年', basis: '“今年以来”回顾全年工作' };
      // (9月27日,某厅召开…会议。…\n目前,全区…: a sentence opening with 目前 in news opening with its day)
      else if (DATED_NOW.test(openingSentence(t)) || (LEAD_DAY.test(openingSentence(t)) && NOW_OPENS.test(t))) {
        // 5月8日,来自省民政厅的数据:截至目前…: figures standing at the month of the dateline
        const dm = (DATED_NOW.exec(openingSentence(t)) ?? LEAD_DAY.exec(openingSentence(t)))!;
        const v = canonicalPeriod(`1-${Number(dm[1])}月`);
        if (v && Number(dm[1]) < 12) period = { value: v, basis: `开头“${dm[0].slice(0, 16)}”` };
      }
      else if ((lm = lineMonth(t))) period = lm;
      else {
        // a notice on one month's payments: 2023年2月份发放…, 附件:2023年2月份…名单 (the same month throughout)
        const named = [...t.matchAll(/((?:19|20)[0-9]{2})年([0-9]{1,2})月份/g)];
        const months = named.map((m) => Number(m[2]));
        // (a short notice naming one month once: 共批准2024年6月份特困人员A户)
        const v = (months.length >= 2 || (months.length === 1 && t.length < SHORT_NOTICE)) && months.every((x) => x === months[0]) ? canonicalPeriod(`${months[0]}月`) : null;
        if (v) {
          period = { value: v, basis: `${months.length > 1 ? '正文多次写明' : '短通知写明'}“${months[0]}月份”` };
          // (…and its year, when the text gave none elsewhere)
          if (!out.year && named.every((m) => m[1] === named[0][1])) {
            out.year = { value: Number(named[0][1]), basis: `${months.length > 1 ? '正文多次写明' : '短通知写明'}“${named[0][0]}”` };
            const k = unresolved.indexOf('年份');
            if (k >= 0) unresolved.splice(k, 1);
          }
        }
      }
    }
  }
  // (…and that bare year's figures are the whole year's)
  if (!period && prev && out.year?.value === dl!.y - 1) period = { value: '全年', basis: `电头日期“${dl!.shown}”与“${prev[0].replace(/^。/, '').trim()}”` };
  // 鄂尔多斯市2017年国民经济和社会发展统计公报: a year's bulletin is of the whole year
  const bt = !period && out.year ? BULLETIN_TITLE.exec(head) : null;
  if (bt && Number(bt[1]) === out.year!.value) period = { value: '全年', basis: `标题“${bt[0]}”` };
  if (!period && reached && out.year?.value === reached.y) period = { value: canonicalPeriod(reached.m < 12 ? `1-${reached.m}月` : '全年') ?? '', basis: `正文“${reached.shown}”` };
  // (去年… under a dateline early in the next year: that whole year)
  if (!period && lastYear && out.year && out.year.value === dl!.y - 1) period = { value: '全年', basis: `电头日期“${dl!.shown}”与“去年…”` };
  // 2023年,某会共募集…: a text stating its figures for a bare year is about the whole year
  if (!period && lineYear && out.year && lineYear.y === out.year.value) period = { value: '全年', basis: `段首“${lineYear.shown}”` };
  // 记者从市民政局获悉,2015年,全市共办理…: a news lead opening with the bare year reviews that whole year
  const lead = /(?:获悉|了解到)[,:]\s*((?:19|20)[0-9]{2})年[,,](?![^。\n]{0,12}将)/.exec(head);
  if (!period && lead && out.year && Number(lead[1]) === out.year.value && !/今年以来|截至目前|截止目前/.test(t)) period = { value: '全年', basis: `导语“${lead[0]}”` };
  // …获悉,2025年以来…。2025年,全省共办理结婚登记A对: a sentence opening with the text's bare year and its whole area's total
  const sy = SENTENCE_YEAR.exec(t);
  // (…开展寒冬救助行动,截至目前已救助…: a campaign's running count, not the text's time)
  if (!period && sy && out.year && Number(sy[1] ?? sy[2]) === out.year.value && !/今年以来|截至目前|截止目前/.test(t.replace(CAMPAIGN_NOW, ''))) period = { value: '全年', basis: `正文“${sy[0].replace(/^[。\n]\s*/, '')}”` };
  // 2019年全市…累计A人次,比2018年增加…: a year's figure set against the whole year before is the whole year's
  const yoy = !period && out.year ? yearOnYear(t, out.year.value) : undefined;
  if (yoy) period = { value: '全年', basis: `正文“${yoy}”` };
  // (。2024年累计发放… / 2013年全国死亡人口… under a dateline of a later year: that whole year)
  const yt = !period && out.year && dl && dl.y > out.year.value ? new RegExp(`(?:^|[。;\\n])\\s*${out.year.value}年(?:(?:全年)?(?:累计|共计|共)|全[国省市区县州旗盟](?![^,。;\\n]{0,12}(?:会议|工作|将|计划|力争|预计|拟|半年|季度|[0-9一二三四五六七八九十]{1,2}月)))`).exec(t) : null;
  if (yt) period = { value: '全年', basis: `电头日期“${dl!.shown}”与“${yt[0].replace(/^[。;\n]\s*/, '').trim()}”` };
  // 截至2015年年底,我市共有…: figures standing at the end of the text's year
  const ye = !period && out.year ? YEAR_END_AS_OF.exec(head) : null;
  if (ye && Number(ye[1]) === out.year!.value && !/今年以来|截至目前|截止目前/.test(t)) period = { value: '全年', basis: `开头“${ye[0]}”` };
  if (period) out.period = period;
  else unresolved.push('报告期');
  // 截至2月14日下午4点半 near the title: figures of a moment inside a month, of no period
  const day = !period && title.includes('日') ? /(?:截至|截止)到?(?:(?:19|20)[0-9]{2}年)?([0-9]{1,2})月([0-9]{1,2})日/.exec(title) : null;
  if (day && Number(day[1]) >= 1 && Number(day[1]) <= 12 && Number(day[2]) < MONTH_DAYS[Number(day[1]) - 1]) out.asOfDay = day[0];
  // 2016年以来,市慈善总会募集…: a year known only from "X年以来" dates no span (the figures run from X to an unstated date)
  if (!period && since) out.sinceYear = `${since}年以来`;
  return out;
}

/**
 * 2020年1月全县享受…补贴A人: a line opening with one month and the whole area, in a text naming no other month of a
 * year; its 累计 figures run from January.
 */
function lineMonth(t: string): { value: string; basis: string } | undefined {
  const m = /(?:^|\n)\s*(((?:19|20)[0-9]{2})年([0-9]{1,2})月份?)[,,]?\s*(?:全|我)[省市区县州旗盟镇乡](?![^。\n]{0,12}(?:将|计划|启动|开展|召开|举办))([^。\n]*)/.exec(t);
  if (!m) return undefined;
  const all = [...t.matchAll(/((?:19|20)[0-9]{2})年([0-9]{1,2})月/g)];
  if (!all.every((o) => o[1] === m[2] && Number(o[2]) === Number(m[3]))) return undefined;
  const v = canonicalPeriod(`${/累计/.test(m[4]) ? '1-' : ''}${Number(m[3])}月`);
  return v ? { value: v, basis: `段首“${m[1]}”` } : undefined;
}

/** 到2018年2月底,全市共有…: a month-end the figures stand at, up to the text's dateline; not a target (到2025年底将…). */
function reachedBy(t: string, dl: { y: number; m: number } | null): { y: number; m: number; shown: string } | undefined {
  if (!dl) return undefined;
  const m = /(?:^|[,,。;:\n])\s*(到((?:19|20)[0-9]{2})年([0-9]{1,2})月(?:底|末))[,,]\s*(?:全|我)[省市区县州旗盟](?![^。\n]{0,16}(?:将|计划|力争|预计|拟|目标|确保))/.exec(t);
  if (!m) return undefined;
  const y = Number(m[2]);
  const mo = Number(m[3]);
  if (mo < 1 || mo > 12 || y * 12 + mo > dl.y * 12 + dl.m) return undefined;
  return { y, m: mo, shown: m[1] };
}

/** 2019年全市…A人次,比2018年增加: the text's year compared with the whole year before (not 同期, 底, 上半年). */
function yearOnYear(t: string, y: number): string | undefined {
  const re = new RegExp(`(?:^|[。;\\n,,])\\s*(${y}年[,,]?\\s*(?:全|我)[省市区县州旗盟][^。;\\n]{0,40}?[0-9][0-9.]*\\s*[万亿]?(?:人次|人|户|元|个|家|对|张|件|具)[,,]?\\s*(?:比|较)${y - 1}年)(?![0-9]|同期|年?底|年?末|[上下]半年|前|第|[一二三四1-4]季度|[0-9]{1,2}月)`);
  return re.exec(t)?.[1];
}

/** A region's name, its short form, other current names and former names (宜宾县 of 叙州区). */
function ownForms(name: string, catalogue: Catalogue): string[] {
  const def = catalogue.regions.find((r) => r.name === name);
  const more = def ? [def.official ?? '', ...def.aliases, ...(def.former ?? [])] : [];
  return [...new Set([...nameForms(name), ...more.filter((x) => x.length >= 2 && !/[0-9]/.test(x))])].map(escapeRe);
}

/**
 * The only year a text names anywhere, written as the time of its own area's figures: after the area's name at the
 * start of a clause (宜宾县2013年五保…), or before the area (据悉,2013年,该县…; 2013年全县…); not a plan.
 */
function soleSubjectYear(t: string, names: string[]): { y: number; shown: string } | undefined {
  const all = [...t.matchAll(/((?:19|20)[0-9]{2})年/g)];
  // (今年/去年 beside it: another time the text speaks of, a reading that competes)
  if (!all.length || all.some((o) => o[1] !== all[0][1]) || /今年|去年|明年|本年/.test(t)) return undefined;
  const named = names.length ? `(?:${names.join('|')})((?:19|20)[0-9]{2})年(?![0-9]|以来|以前|之前|前|后|底|末|起|度)(?=[\\u4e00-\\u9fff])|` : '';
  // (not a plan: 2024年全省将新增…)
  // (2014年,五大连池市全年…: the area's own name after the year)
  const after = names.length ? `|${names.join('|')}` : '';
  const re = new RegExp(`(?:^|[\\n。;,,:])\\s*(?:${named}((?:19|20)[0-9]{2})年[,,]?\\s*(?:(?:该|全|我|本)[省市区县州旗盟镇乡]${after}))(?![^。\\n]{0,16}(?:将|计划|力争|预计|拟))`);
  const m = re.exec(t);
  return m ? { y: Number(m[1] ?? m[2]), shown: m[0].replace(/^[\n。;,,:]\s*/, '') } : undefined;
}

/** The only year a text names, opening two clauses or more with what was done (not a plan, not a span's start). */
function soleClauseYear(t: string): { y: number; shown: string } | undefined {
  const all = [...t.matchAll(/((?:19|20)[0-9]{2})年/g)];
  if (all.length < 2 || all.some((o) => o[1] !== all[0][1]) || /今年|去年|明年|本年/.test(t)) return undefined;
  const opening = all.filter((o) => /[,,。;;:\n]\s*$/.test(t.slice(Math.max(0, o.index! - 2), o.index!))
    && CLAUSE_YEAR_AFTER.test(t.slice(o.index! + 5, o.index! + 25)));
  return opening.length >= 2 ? { y: Number(all[0][1]), shown: t.slice(opening[0].index!, opening[0].index! + 9) } : undefined;
}
const CLAUSE_YEAR_AFTER = /^(?![0-9]|以来|以前|之前|前|后|底|末|起|至|[-—~])(?![^。,,;\n]{0,14}(?:将|计划|力争|预计|拟|目标))[\u4e00-\u9fff]/;

/** The only year a text names anywhere, when it is written with a month or a span of months at least once. */
function soleYearWithMonths(t: string): { y: number; shown: string } | undefined {
  let y = 0;
  let shown = '';
  // (《2024年2季度民政统计数据》: a quarter, or a half, dates the year as a month does)
  for (const m of t.matchAll(/((?:19|20)[0-9]{2})年(\s*[0-9]{1,2}\s*(?:[-—~至到]\s*[0-9]{1,2}\s*)?月|第?[一二三四1-4](?:[、和至-][一二三四1-4])*季度|上半年|前三季度)?/g)) {
    const v = Number(m[1]);
    if (y && v !== y) return undefined;
    y = v;
    // (…大楼于2019年6月底竣工投入使用: a schedule's date, not the time of the text's figures)
    if (m[2] && !shown && !ADVANCE_BEFORE.test(t.slice(Math.max(0, m.index! - 5), m.index!)) && !SCHEDULED.test(t.slice(Math.max(0, m.index! - 4), m.index!) + '|' + t.slice(m.index! + m[0].length, m.index! + m[0].length + 14))) shown = m[0];
  }
  return y && shown ? { y, shown } : undefined;
}

// (预拨2013年第一季度城市低保资金: an advance allocation for a coming span)
const ADVANCE = '(?:预拨|提前下达|提前拨付|预下达)';
const ADVANCE_BEFORE = new RegExp(`${ADVANCE}\\s*$`);
/** 2021年2季度 / 2024年一、二季度 (not 预拨2013年第一季度) */
const YEAR_QUARTER = new RegExp(`(?<!${ADVANCE}\\s*)((?:19|20)[0-9]{2})年第?[1-4一二三四](?:[、和至-][1-4一二三四])*季度`, 'g');
/** 第一季度 … 第四季度 as a period (not 预拨…第一季度, nor 第二季度例行新闻发布会) */
const QUARTER_NAMED = ['一1', '二2', '三3', '四4'].map((q) => new RegExp(`(?<!${ADVANCE}\\s*(?:(?:19|20)[0-9]{2}年)?第?)第?[${q}]季度(?!例行|新闻|发布|调度|工作会|会议|座谈)`));
const SCHEDULED = /(?:将于?|预计于?|计划于?|力争于?|拟于?|争取于?|于)\|(?:[0-9]{1,2}日)?(?:底|前|中旬|下旬|末)?[^。,,;\n]{0,6}(?:竣工|投入使用|投用|完工|建成|交付|启用|开工)/;
const HEAD_STD_YEAR = /(?:^|\n)\s*(?:[一二三四五六七八九十]+、)?\s*((?:19|20)[0-9]{2})年(?![0-9])[^\n。,,;将]{0,16}(?:标准)[^\n。,,;将]{0,8}(?:提高|提标|上调|调整)/;
const SENTENCE_YEAR = /(?:[。\n]\s*((?:19|20)[0-9]{2})年[,,]|(?:指出|表示|介绍|通报|显示)[,,:]\s*((?:19|20)[0-9]{2})年[,,]?)\s*全[国省市区县州盟旗](?:共|累计)(?![^。\n]{0,16}(?:将|计划|力争|预计|拟))/;
const LINE_YEAR = /(?:^|\n|】)\s*((?:19|20)[0-9]{2})年[,,](?![^。\n]{0,16}(?:将|计划|力争|预计|拟))/;
const LINE_YEAR_ALL = new RegExp(LINE_YEAR.source, 'g');
// a year's statistical bulletin (a page's title may be cut: …统计公(3), …统计(3))
const BULLETIN_TITLE = /((?:19|20)[0-9]{2})年(?:国民经济和社会发展|社会服务发展|民政事业发展)统计(?:公报|报告|公(?=[((\s]|$)|(?=[((][0-9]{1,2}[))]|[ \t]*(?:\n|$)))/;
const BULLETIN_TITLE_ALL = new RegExp(BULLETIN_TITLE.source, 'g');
// (…兜底保障。2020年,全省城市低保标准达到…: a sentence opening with the bare year and the whole area)
const SENTENCE_WHOLE_YEAR = /(?<=。)\s*((?:19|20)[0-9]{2})年[,,]\s*(?=(?:全|我)[省市区县州旗盟])(?![^。\n]{0,16}(?:将|计划|力争|预计|拟))/;
const SITE_CHROME = /^(?:[ \t]*[^\n]{0,30}\n){0,3}?[^\n]*(?:首页|当前位置[::]?)\s*[>›»][^\n]*\n/;
const TITLE_YEAR_BRACKET = /(?:^|\n)[^\n]{2,60}?[((]((?:19|20)[0-9]{2})年?(?:度|底|末)?[))][ \t]*(?=\n|$)/g;
/** Spaces between a number and 年/月/日/季度 (and after 年/月 before a number) taken out: 2023 年 9 月 → 2023年9月. */
export function compactDates(t: string): string {
  // (20225月最低生活保障: a line opening with a year glued to its month, 年 lost)
  if (GLUED_YEAR_MONTH.test(t)) t = t.replace(GLUED_YEAR_MONTH_ALL, '$1$2$3年$4月');
  // (截至201910月底 / 截止时间:201912月31: the same after 截至, before a month's end or a day)
  if (t.includes('截') && GLUED_AS_OF.test(t)) t = t.replace(GLUED_AS_OF_ALL, '$1$2年$3月');
  if (!/\d +[年月日季]|[年月] +\d/.test(t)) return t;
  return t.replace(/(\d) +(?=[年月日季])/g, '$1').replace(/([年月]) +(?=\d)/g, '$1');
}
const GLUED_YEAR_MONTH = /(^|\n)(\s*)((?:19|20)[0-9]{2})(1[0-2]|[1-9])月(?=份?[\u4e00-\u9fff])/;
const GLUED_YEAR_MONTH_ALL = new RegExp(GLUED_YEAR_MONTH.source, 'g');
const GLUED_AS_OF = /((?:截至|截止)(?:到|时间\s*[::]\s*|日期\s*[::]\s*)?)((?:19|20)[0-9]{2})(1[0-2]|[1-9])月(?=底|末|[0-9])/;
const GLUED_AS_OF_ALL = new RegExp(GLUED_AS_OF.source, 'g');

function soleLineYear(t: string): { y: number; shown: string } | undefined {
  const m = LINE_YEAR.exec(t) ?? SENTENCE_WHOLE_YEAR.exec(t);
  if (!m) return undefined;
  const y = Number(m[1]);
  // (…今年已安排…。2010年,全区…: after the text's 今年, a bare year is another one, looked back at)
  if (m.index! > 0 && t.lastIndexOf('今年', m.index!) >= 0) return undefined;
  for (const o of t.matchAll(/((?:19|20)[0-9]{2})年(?!\s*[0-9]{1,2}\s*月)/g)) if (Number(o[1]) !== y) return undefined;
  return { y, shown: m[0].trim() };
}

// (记者从民政部门了解到: a local civil-affairs department, not the ministry)
const NATIONAL = /民政部(官网|网站|发布|今日|消息|了解到|获悉|数据显示)|民政部(?:昨天|今天|近日|日前)(?:[((][^()()]{0,8}[))])?(?:介绍|表示|公布|通报)|民政部(?!门)[^,。;]{0,12}新闻发布会|国家统计局(?:官网|网站)?(?:发布|公布|数据显示)|据民政部(?!门)|从民政部(?!门)|全国共有|全国已有|全国共[\u4e00-\u9fff]{1,6}?(?=\s*\d)|我国|(?<=(?:^|[。\n])\s*)(?:19|20)[0-9]{2}年[,,]?全国(?![^,。\n]{0,12}(?:会议|工作))/g;
/**
 * The date a text was published, from a dateline near its top (2023年02月10日 15:26 来源:…, 发布时间:2023-10-08) or a
 * signature date at its end ((区民政局 2023年10月8日)).
 */
function dayFirstDate(head: string): [string, string, string, string] | null {
  const x = /(?:^|\n)\s*([0-9]{1,2})\.([0-9]{1,2})\.((?:19|20)[0-9]{2})\s+[0-9]{1,2}:[0-9]{2}/.exec(head);
  return x && [x[0], x[3], x[2], x[1]];
}

export function datelineOf(t: string): { y: number; m: number; shown: string } | null {
  const head = t.slice(0, 400);
  const m =
    /(?:^|\n)\s*((?:19|20)[0-9]{2})[年-]([0-9]{1,2})[月-]([0-9]{1,2})日?\s+(?:[0-9]{1,2}:[0-9]{2}|来源|发布|作者|编辑)/.exec(head) ??
    // 北京青年报客户端 2024-03-08 11:13: an outlet's name before the date and time (福建日报2019-04-01 11:14:21)
    /(?:^|\n)[^\n0-9截至止到]{2,16}\s?((?:19|20)[0-9]{2})-([0-9]{1,2})-([0-9]{1,2})\s+[0-9]{1,2}:[0-9]{2}/.exec(head) ??
    // 中央政府门户网站 www.gov.cn 2015-01-28 15:40 来源:新华社: a site's name and address, the date, time and source
    /(?:^|\n)[^\n0-9]{2,16}\s[A-Za-z0-9.]{4,30}\s+((?:19|20)[0-9]{2})-([0-9]{1,2})-([0-9]{1,2})\s+[0-9]{1,2}:[0-9]{2}\s*来源/.exec(head) ??
    // 来源:新华网2025-12-18 10:24: the source field with the outlet glued to the date and time
    /(?:^|\n)\s*来源\s*[::]\s*[^\n0-9]{2,16}?((?:19|20)[0-9]{2})-([0-9]{1,2})-([0-9]{1,2})\s+[0-9]{1,2}:[0-9]{2}/.exec(head) ??
    /(?:^|\n)[^\n\d]{0,30}?((?:19|20)[0-9]{2})-([0-9]{1,2})-([0-9]{1,2})\s*(?:\n|$)/.exec(head) ??
    // 2023-09-12 托里县人民政府: the date, then the body or outlet publishing it, alone on the line
    /(?:^|\n)\s*((?:19|20)[0-9]{2})[年-]([0-9]{1,2})[月-]([0-9]{1,2})日?[ \t]+[^\n\d]{0,24}(?:人民政府|政府办公室|民政局|民政厅|民政部|日报|晚报|新闻网|融媒体中心|电视台|门户网站|政府网)[ \t]*(?:\n|$)/.exec(head) ??
    // 01.04.2015 13:33: day, month and year under the title
    dayFirstDate(head) ??
    /(?:发布时间|发布日期|发稿时间|发文日期|时间|日期)\s*[::]\s*[\[【]?((?:19|20)[0-9]{2})\s*[年\-/.]\s*([0-9]{1,2})\s*[月\-/.]\s*([0-9]{1,2})/.exec(head) ??
    /((?:19|20)[0-9]{2})年([0-9]{1,2})月([0-9]{1,2})日[))]?\s*$/.exec(t.slice(-60).trimEnd());
  if (!m) return null;
  const mo = Number(m[2]);
  return mo >= 1 && mo <= 12 ? { y: Number(m[1]), m: mo, shown: `${m[1]}年${mo}月${Number(m[3])}日` } : null;
}
/** 2024年3月15日,记者从区民政局获悉…: the date opening a news lead. */
export function leadDate(t: string): { y: number; m: number; shown: string } | null {
  const m = /^\s*((?:19|20)[0-9]{2})年([0-9]{1,2})月([0-9]{1,2})日[,,]\s*(?:记者|笔者|从|据|在|[\u4e00-\u9fff]{0,12}(?:获悉|了解到|介绍|发布))/.exec(t);
  const mo = m ? Number(m[2]) : 0;
  return m && mo >= 1 && mo <= 12 ? { y: Number(m[1]), m: mo, shown: `${m[1]}年${mo}月${Number(m[3])}日` } : null;
}
/** 南湖新区 / 高新区 / 经济技术开发区 right after a region's name: a functional zone inside it (新疆生产建设兵团: not the region's body). */
const ZONE_AFTER = /^[\u4e00-\u9fff]{0,6}?(新区|开发区|高新区|经开区|管理区|示范区|工业园区|产业园区|度假区|试验区|兵团)(?![\u4e00-\u9fff]{0,2}以外)/;
/** 去年 as the time of the figures (去年享受低保的人口为…), not a comparison (比去年, 去年同期) nor a part of it (去年底, 去年3月). */
// (在过去的一年里,…: the same year, said at length)
const LAST_YEAR_FIGURES = /(?:^|[,。;:,;:\s])(?:在?过去的?一年(?:里|中|间)|去年)(?!同期|同比|以来|至今|开始|起|底|末|年底|[0-9]{1,2}月|[一二三四五六七八九十]{1,2}月|上半年|下半年|前三季度)/;
/** Time words relative to the day of writing: 截至目前, 目前, 近日, 今年, 入冬以来, 本月. */
const NOW_WORDS = /截[至止]目前|目前|近日|日前|今年|入冬以来|本月|现已/;
const CAMPAIGN_NOW = /(?:行动|活动)[,,]?(?:截至|截止)目前/g;
const LEAD_DAY = /^\s*(\d{1,2})月\d{1,2}日[,,]/;
const NOW_OPENS = /(?:^|[。\n])\s*(?:截至|截止|到)?目前[,,]/;
const DATED_NOW = /^\s*(\d{1,2})月\d{1,2}日[^。]{0,40}?(截至目前|截止目前|目前)/;
/** A line opening a page's links to other articles, after the article itself. */
const ARTICLE_NAV = /\n[ \t]*(?:上一篇|下一篇|相关新闻|相关阅读|推荐阅读)[ \t]*[::]/;
/** A web page's footer line (版权所有, ICP备, 法律顾问…): the publisher's place, not the text's region. */
const FOOTER_LINE = /版权所有|ICP备|公网安备|copyright|©|法律顾问|广告热线|不良信息举报/i;

/** How plainly a text is about the whole country: 民政部 (not 民政部门) heading it counts 2, each national phrase 1. */
function nationalEvidence(t: string, titleEnd: number): { score: number; why: string[] } {
  const why: string[] = [];
  let score = 0;
  if (/民政部(?!门)/.test(t.slice(0, titleEnd))) {
    score += 2;
    why.push('标题中的“民政部”');
  }
  // (中国推进殡葬改革…取得积极成效: a title about the country)
  // (not a news site's name: 中国江苏网讯…)
  // (2013年中国推行…报告: the year before it)
  const head = /^\s*(?:(?:19|20)[0-9]{2}年)?(中国|我国|全国)(?![\u4e00-\u9fff]{0,3}网)/.exec(t.slice(0, titleEnd));
  // (2015年社会服务发展统计公报 with no place before it: the ministry's own bulletin)
  const bull = !head && /^\s*(?:(?:19|20)[0-9]{2}年度?)?(?:社会服务发展|民政事业发展)统计公报/.exec(t.slice(0, titleEnd));
  if (bull) {
    score += 2;
    why.push(`标题“${bull[0].trim()}”`);
  }
  if (head) {
    score += 2;
    why.push(`标题开头的“${head[1]}”`);
  }
  for (const m of t.matchAll(NATIONAL)) {
    score++;
    if (why.length < 4 && !why.includes(`“${m[0]}”`)) why.push(`“${m[0]}”`);
  }
  return { score, why };
}

/** Whether position i is on a footer line of a web page (版权所有 …, 苏ICP备…). */
function inFooter(t: string, i: number): boolean {
  const a = t.lastIndexOf('\n', i) + 1;
  const b = t.indexOf('\n', i);
  return FOOTER_LINE.test(t.slice(a, b < 0 ? t.length : b));
}

/** Whether position i is inside a cited title (《…) or in a sentence that cites documents (根据…). */
function cited(t: string, i: number): boolean {
  const open = t.lastIndexOf('《', i);
  if (open >= 0 && open > t.lastIndexOf('》', i)) return true;
  let k = i;
  while (k > 0 && !'。;;\n'.includes(t[k - 1])) k--;
  const g = t.indexOf('根据', k);
  return g >= 0 && g < i;
}

const VISITOR = /^[\u4e00-\u9fff]{0,6}(一行|考察团|代表团|调研组|考察组)/;
const VISITING_BODY = /^民政[局厅](?:党组书记|党组成员|局长|厅长|副局长|副厅长|主要负责同志|负责同志|领导|、|,)*(?:一行|带队)?(?:到|来|赴|莅临)?[^,。;\n]{0,6}?(?:调研|视察|考察|督导|督查|检查指导)/;

// 红花套、高坝洲、枝城等5个乡镇: townships listed by their short names (no 镇/乡/街道)
const TOWN_LIST = /((?:[\u4e00-\u9fff]{2,5}、){2,}[\u4e00-\u9fff]{2,4}?)等?[0-9一二三四五六七八九十]{0,2}个?(乡镇|镇|乡|街道|镇街)/g;
const TOWN_SUFFIX = /(?:镇|乡|街道办事处|街道)$/;
const ETHNIC_SUFFIX = /(?:民|土家|回|满|蒙古|苗|瑶|壮|侗|彝|藏|白|哈尼|傣|畲|布依|土|达斡尔|鄂温克|鄂伦春|朝鲜|锡伯|仡佬|水|毛南|仫佬|京|黎|羌|纳西|傈僳|撒拉|东乡|裕固|佤|拉祜|景颇|哈萨克|柯尔克孜|维吾尔)族$/;
const shortTownCache = new WeakMap<readonly string[], Map<string, number[]>>();
/** Short township name (红花套 of 红花套镇) → the catalogue indices of the counties that have it. */
function shortTowns(townships: readonly string[], regions: Catalogue['regions']): Map<string, number[]> {
  let m = shortTownCache.get(townships);
  if (m) return m;
  m = new Map();
  const byCode = new Map<string, number>();
  regions.forEach((r, i) => { if (r.code) byCode.set(r.code, i); });
  for (const row of townships) {
    const parts = row.split(' ');
    const owner = byCode.get(parts[0]);
    if (owner === undefined) continue;
    for (const name of parts.slice(1)) {
      const short = name.replace(TOWN_SUFFIX, '').replace(ETHNIC_SUFFIX, '');
      if (short.length < 2 || short === name) continue;
      const list = m.get(short) ?? [];
      if (!list.includes(owner)) list.push(owner);
      m.set(short, list);
    }
  }
  shortTownCache.set(townships, m);
  return m;
}

/** A text speaking as 区 (区民政局, 全区) is a district's, not a prefecture's (喀什地区). */
function speaksAs(def: Catalogue['regions'][number], level: string): boolean {
  const name = def.official ?? def.name;
  return name.endsWith(level) && !(level === '区' && name.endsWith('地区'));
}

/** The former names of a region the text uses as names (通州市 for 通州区, not 原通州市). */
export function formersNamed(def: Catalogue['regions'][number], t: string): string[] {
  return (def.former ?? []).filter((f) => {
    if (f.length < 3) return false;
    for (let at = t.indexOf(f); at >= 0; at = t.indexOf(f, at + 1)) if (t[at - 1] !== '原') return true;
    return false;
  });
}

/** 通州市 (通州区 until 2009) in a text speaking as 市: the region is named by a former name of that level. */
function formerVoice(def: Catalogue['regions'][number], level: string, t: string): boolean {
  return formersNamed(def, t).some((f) => f.endsWith(level));
}

/** A form's printed 地区编码 (12-digit statistical code, or the 6-digit one) of a province, city or county. */
function regionByFormCode(t: string, catalogue: Catalogue): { name: string; basis: string } | undefined {
  const m = /地区(?:编码|代码)\s*[::]?\s*([1-8][0-9]{5})(000000)?(?![0-9])/.exec(t.slice(0, 1500));
  if (!m) return undefined;
  const def = catalogue.regions.find((r) => r.code === m[1]);
  return def && { name: def.name, basis: `报表地区编码“${m[1]}${m[2] ?? ''}”` };
}

function inferRegion(t: string, catalogue: Catalogue, townships?: readonly string[], shared: { choices?: string } = {}): { name: string; basis: string } | undefined {
  const idx = placeIndexFor(catalogue, townships);
  const regions = catalogue.regions;
  const ev = new Map<number, Evidence>();
  const get = (r: number) => {
    let e = ev.get(r);
    if (!e) ev.set(r, (e = { score: 0, mentions: 0, towns: new Map(), townScore: 0 }));
    return e;
  };
  // the title: the first line, at most 80 characters
  const nl = t.indexOf('\n');
  const titleEnd = Math.min(80, nl < 0 ? t.length : nl);
  // the level the report speaks as: 区民政局 (no name), 我市, 全区 …
  const level = new Map<string, number>();
  // (围绕…省民政厅、市民政局的决策部署: a body whose decisions the text follows is above it, no voice)
  for (const m of t.matchAll(BARE_BODY)) if (!UNDER_BODY.test(t.slice(m.index! + m[0].length, m.index! + m[0].length + 4))) level.set(m[1], (level.get(m[1]) ?? 0) + 3);
  // (紧紧围绕市、区政府…的决策部署: the lowest of the governments the text works under is its own level)
  if (t.includes('、')) for (const m of t.matchAll(UNDER_GOVERNMENTS)) level.set(m[1], (level.get(m[1]) ?? 0) + 3);
  // (走在全市前列, 全市首个, 我区作为全市唯一, 获评全省…试点: a rank or a title among the parent's areas is no voice)
  for (const m of t.matchAll(OWN_LEVEL)) if (!RANK_AFTER.test(t.slice(m.index! + 2, m.index! + 4)) && !AWARDED_BEFORE.test(t.slice(Math.max(0, m.index! - 2), m.index!)) && !(t.startsWith('平均', m.index! + 2) && ABOVE_AVERAGE.test(t.slice(Math.max(0, m.index! - 3), m.index!)))) level.set(m[1], (level.get(m[1]) ?? 0) + 1);
  const own = [...level.entries()].sort((a, b) => b[1] - a[1])[0];
  // a bureau issuing this text, not one whose document it cites (根据《…民政厅关于…》、…民政厅关于印发…)
  // (五莲县民政局、岚山区民政局等单位被授予…: bureaus listed side by side are named, not issuing)
  const issuerAt = (end: number) => (t.startsWith('民政局', end) || t.startsWith('民政厅', end)) && !cited(t, end) && !BUREAU_LISTED.test(t.slice(end + 3, end + 20));
  const credit = (r: number, m: PlaceMatch, kind: NameKind) => {
    const e = get(r);
    if (issuerAt(m.end)) {
      e.issuer ??= `“${t.slice(m.start, m.end + 3)}”`;
      // the body that heads the text (德江县民政局 / 关于…的通知) over one it names later
      if (m.start < titleEnd) e.titleIssuer = true;
    }
    else {
      e.mentions++;
      e.shown ??= t.slice(m.start, m.end);
      if (e.first === undefined) {
        e.first = m.start;
        e.firstFormer = kind === 'former';
      }
      // (a province's mention weighs less, unless it is a municipality and the text speaks as 市: 重庆 in a text of
      // 市民政局, 市政府; a 省 voice does not lift 江苏 in 江苏海门 above the district the text is about)
      if (e.mentions <= MAX_MENTIONS) e.score += MENTION_WEIGHT[kind] * (regions[r].level === 'province' && !(own?.[0] === '市' && speaksAs(regions[r], '市')) ? 0.8 : 1);
    }
  };

  // Pass 1: names that identify one region, the issuing body, township hints. Names needing context
  // wait: a name several regions share, and the short form of a county-level unit (振兴, 和平, 东方
  // are ordinary words).
  const later: { m: PlaceMatch; kind: NameKind; rs: number[]; strict?: boolean }[] = [];
  let prevEnd = -1; // the place matched before, when the next one follows it directly
  let prevRs: number[] = [];
  for (const m of idx.matches(t)) {
    // 利津线 (a boundary line) and 与利津县异地互查 name a neighbour, not the report's region
    if (t[m.end] === '线' || t[m.start - 1] === '与') continue;
    // 比邻近的某旗多, 低于成都的水平, 与邻县某县相当, 学习重庆的做法: a place compared with, next to or learnt from
    if (COMPARED_BEFORE.test(t.slice(Math.max(0, m.start - 6), m.start))) continue;
    if (inFooter(t, m.start)) continue;
    // 宿迁市民政局一行8人…对我市…进行调研: a visiting body comes from elsewhere, it is not the report's region
    // (调研内容:长治市民政局党组书记、局长调研养老服务…: a bureau's leaders inspecting, in a lower body's text)
    if (VISITOR.test(t.slice(m.end, m.end + 12)) || VISITING_BODY.test(t.slice(m.end, m.end + 24)) || (/^[^。;\n]{0,40}(来我|到我|对我|莅临我)[省市县区州旗盟]/.test(t.slice(m.end)) && /^[\u4e00-\u9fff]{0,6}(民政局|民政厅|一行|领导|考察|调研)/.test(t.slice(m.end, m.end + 10)))) continue;
    // 汶川地震, 四川汶川地区发生特大地震: a disaster named by its place (aid sent there), not the report's region
    if (QUAKE.test(t.slice(m.end, m.end + 18))) continue;
    // 岳阳市南湖新区 / 某市高新区: a zone of the region (not in the catalogue) is named, not the region itself
    if (ZONE_AFTER.test(t.slice(m.end, m.end + 12))) continue;
    // 荣获湖北省第十一届“屈原文艺奖”, 入选“湖北省优质…计划”: a province in the title of a prize or programme
    if (idx.regions(m.id).every((r) => regions[r].level === 'province') && (/^第[一二三四五六七八九十百\d]+届(?!人民代表大会|人大|政协|党代会)/.test(t.slice(m.end, m.end + 12)) || /[“《"]$/.test(t.slice(Math.max(0, m.start - 1), m.start)))) continue;
    const kind = idx.kind(m.id);
    // 新增城市低保 (增城市), 全区城市居民: a name ending in 城市 inside a phrase, where 城市 is "urban"
    if (t.startsWith('城市', m.end - 2) && m.start > 0 && HAN.test(t[m.start - 1]) && /^(?:低保|最低生活保障|居民|特困|三无|困难|社区|养老|医疗救助|临时救助)/.test(t.slice(m.end, m.end + 6))) continue;
    // 城区居民低保标准, 四城区的低保人员: an area group (areaGroups.json) that some regions bear as their name
    if (AREA_WORDS.has(t.slice(m.start, m.end)) && (AREA_WORD_AFTER.test(t.slice(m.end, m.end + 4)) || /[一二三四五六七八九十两0-9]个?$/.test(t.slice(Math.max(0, m.start - 2), m.start)))) continue;
    // 六合街道, 济南路, 中山公园: a place named after a region, not the region
    if (kind === 'short' && INSIDE.test(t.slice(m.end, m.end + 2))) continue;
    const rs = idx.regions(m.id);
    if (kind === 'town') {
      // a township name shared by n counties counts 1/n for each
      const w = TOWN_WEIGHT / rs.length;
      const name = t.slice(m.start, m.end);
      for (const r of rs) {
        const e = get(r);
        e.towns.set(name, (e.towns.get(name) ?? 0) + 1);
        e.townScore = Math.min(MAX_TOWN_SCORE, e.townScore + w);
      }
      continue;
    }
    const countyShort = kind === 'short' && (regions[rs[0]].level === 'district' || regions[rs[0]].level === 'county');
    // such a name inside a phrase (not after the text's start, a line break or punctuation) counts
    // only where the region or its parent has evidence of its own
    // (安徽和县, 河南范县: right after its province or prefecture it is the county)
    const name = t.slice(m.start, m.end);
    const afterAncestor = prevEnd === m.start && rs.some((r) => prevRs.includes(idx.parent[r]) || (idx.parent[r] >= 0 && prevRs.includes(idx.parent[idx.parent[r]])));
    const inside = TWO_CHAR_UNIT.test(name) && m.start > 0 && HAN.test(t[m.start - 1]) && !afterAncestor;
    prevEnd = m.end;
    prevRs = rs;
    if (inside && CONJUNCTION_AFTER.test(name[0]) && LEVEL_OR_BODY.test(t[m.start - 1])) continue;
    if (inside) later.push({ m, kind, rs, strict: true });
    else if (rs.length === 1 && (!countyShort || issuerAt(m.end) || afterAncestor || (t.startsWith('民政部门', m.end) && !cited(t, m.end)))) credit(rs[0], m, kind);
    else later.push({ m, kind, rs });
  }
  // a list of three or more short township names of one county (红花套、高坝洲、枝城等5个乡镇): that county's townships
  if (townships && t.includes('、')) {
    const shorts = shortTowns(townships, regions);
    for (const m of t.matchAll(TOWN_LIST)) {
      const items = m[1].split('、');
      // (对红花套、…: the first item's longest tail that is a township)
      for (let k = 0; k + 2 <= items[0].length; k++) if (shorts.has(items[0].slice(k))) { items[0] = items[0].slice(k); break; }
      const tally = new Map<number, string[]>();
      for (const it of items) for (const r of shorts.get(it) ?? []) tally.set(r, [...(tally.get(r) ?? []), it]);
      // (杜桥、王千寺、…等10个乡镇 with a few names in another spelling, 王谦寺: most of a long list still tells)
      const hits = [...tally].filter(([, names]) => (names.length >= 3 && names.length === items.length) || (names.length >= 5 && 3 * names.length >= 2 * items.length));
      if (hits.length !== 1) continue;
      const [r, names] = hits[0];
      const e = get(r);
      for (const name of names) e.towns.set(name, (e.towns.get(name) ?? 0) + 1);
      e.townScore = Math.min(MAX_TOWN_SCORE, e.townScore + TOWN_WEIGHT * names.length);
    }
  }
  // Pass 2: such a name counts only for a region that has evidence itself or whose parent or
  // grandparent has, and only when that singles out one region (never guessed)
  const known = new Set([...ev].filter(([, e]) => e.issuer || e.mentions || e.townScore >= 1).map(([r]) => r));
  const up = idx.parent;
  const inContext = (r: number) => known.has(r) || (up[r] >= 0 && (known.has(up[r]) || known.has(up[up[r]])));
  // (鼓楼区民政局 heading the text: one of the regions of that name issues it, whichever the text does not say)
  const sharedIssuers: number[][] = [];
  // (市中区 named three times, no city with it: which of the regions of that name, the user picks)
  const unplaced = new Map<string, { rs: number[]; n: number }>();
  // (临淄 named three times, no city with it: the short name of one district, left unplaced)
  const shortsLeft = new Map<number, { m: PlaceMatch; kind: NameKind }[]>();
  for (const { m, kind, rs, strict } of later) {
    const cands = rs.filter((r) => (strict ? known.has(r) || (up[r] >= 0 && known.has(up[r])) : inContext(r)));
    if (cands.length === 1) credit(cands[0], m, kind);
    else if (!cands.length && kind === 'short' && rs.length === 1 && !strict) shortsLeft.set(rs[0], [...(shortsLeft.get(rs[0]) ?? []), { m, kind }]);
    else if (rs.length > 1 && m.start < titleEnd && issuerAt(m.end)) sharedIssuers.push(rs);
    if (cands.length !== 1 && rs.length > 1 && kind === 'name') {
      const name = t.slice(m.start, m.end);
      const u = unplaced.get(name) ?? { rs, n: 0 };
      u.n += m.start < titleEnd || issuerAt(m.end) ? 2 : 1;
      unplaced.set(name, u);
    }
  }
  const often = [...unplaced].filter(([, u]) => u.n >= 2);
  // (完成了城区20条主次干道… in a text that names 临淄 three times and speaks as 全区: the area word 城区 is a common noun;
  // the one district named by its own short name, of the level the text speaks as, is the text's)
  const ownShort = often.length === 1 && AREA_WORDS.has(often[0][0]) && own ? [...shortsLeft].filter(([r, ms]) => ms.length >= 3 && speaksAs(regions[r], own[0])) : [];
  if (ownShort.length === 1) {
    for (const { m, kind } of ownShort[0][1]) credit(ownShort[0][0], m, kind);
  } else if (often.length === 1) {
    const [name, u] = often[0];
    shared.choices = `“${name}”有 ${u.rs.length} 个同名地区:${u.rs.map((r) => regions[r].name + (regions[r].code ? `(${regions[r].code})` : '')).join('、')}`;
  }


  // township evidence also supports the prefecture, at half weight
  const rolled = new Map<number, { score: number; towns: string[] }>();
  for (const [r, e] of ev) {
    const p = idx.parent[r];
    if (e.townScore <= 0 || p < 0 || regions[p].level !== 'city') continue;
    const x = rolled.get(p) ?? { score: 0, towns: [] };
    x.score += e.townScore / 2;
    x.towns.push(...e.towns.keys());
    rolled.set(p, x);
  }
  // (全州 … 香格里拉市、德钦县、维西县: a region never named, the level the text speaks as, whose counties it lists;
  // only when no other region of that level is named)
  const unnamedParents = new Map<number, number>();
  if (own) for (const [c, ce] of ev) {
    const p = up[c];
    if (ce.mentions > 0 && p >= 0 && !ev.get(p)?.mentions && speaksAs(regions[p], own[0])) unnamedParents.set(p, (unnamedParents.get(p) ?? 0) + 1);
  }
  for (const [p, k] of unnamedParents) {
    if (k < 3 || [...ev].some(([o, oe]) => o !== p && oe.mentions > 0 && regions[o].level === regions[p].level)) unnamedParents.delete(p);
  }
  const scored: { r: number; score: number; why: string[] }[] = [];
  for (const r of new Set([...ev.keys(), ...rolled.keys(), ...unnamedParents.keys()])) {
    const e = ev.get(r);
    const roll = rolled.get(r);
    const why: string[] = [];
    let score = 0;
    if (e?.issuer) {
      score += e.titleIssuer ? 2 * ISSUER_SCORE : ISSUER_SCORE;
      why.push(e.issuer);
    }
    if (e?.mentions) {
      score += e.score;
      why.push(`正文提到“${e.shown}”${e.mentions}次`);
    }
    if (e?.towns.size) {
      score += e.townScore;
      why.push(`地名/标志:${[...e.towns.keys()].slice(0, 6).join('、')}`);
    }
    if (roll) {
      score += roll.score;
      why.push(`所辖乡镇街道:${roll.towns.slice(0, 4).join('、')}`);
    }
    // 保山市 | 市本级 …, 隆阳区 …, 施甸县 …, 腾冲市 …: a region named with three or more of its own counties or districts
    // (a table or list of its lower areas) is the text's, unless the text speaks as another level
    const kids = e?.mentions || unnamedParents.has(r) ? [...ev].filter(([c, ce]) => up[c] === r && ce.mentions > 0).map(([c]) => regions[c].name) : [];
    const ofLowerAreas = kids.length >= 3 && !(own && !speaksAs(regions[r], own[0]));
    if (ofLowerAreas) {
      // (never named itself: its listed counties' own evidence is its)
      score += unnamedParents.has(r) ? [...ev].reduce((a, [c, ce]) => a + (up[c] === r && ce.mentions > 0 ? ce.score : 0), 0) : kids.length;
      why.push(`列出所辖${kids.length}个下级地区:${kids.slice(0, 4).join('、')}`);
    }
    // too little evidence of its own: the level the text speaks as does not make up for it; one passing
    // mention (江苏省华益…中心) or one township name (其中城镇 reads as 中城镇) is not a text's region
    const def = regions[r];
    // (来源:辽宁日报 in a text that speaks as 全省/省民政厅: one short mention in a header field, of the level the text speaks as)
    const fieldOfOwnLevel = !!e && e.first !== undefined && !e.firstFormer && !!own && speaksAs(def, own[0])
      && (HEADER_FIELD.test(t.slice(Math.max(0, e.first - 8), e.first)) || NEWSPAPER_AFTER.test(t.slice(e.first + (e.shown?.length ?? 0), e.first + (e.shown?.length ?? 0) + 3)));
    if (score < MIN_SCORE && !fieldOfOwnLevel) continue;
    const towns = (e?.towns.size ?? 0) + (roll ? new Set(roll.towns).size : 0);
    if (!e?.issuer && !ofLowerAreas && (e?.mentions ?? 0) + towns < 2) {
      // one mention or township: in the title, in a header field (编制单位:四川省, 来源:济南日报), or of the level
      // the text speaks as, by a current name (全州 … 黔西南州; 区民政局 … 六合街道; not 增城市 in 新增城市低保)
      const at = e?.first;
      const ownLevel = !!own && !e?.firstFormer && speaksAs(def, own[0]);
      const ok = ownLevel || (at !== undefined && (at < titleEnd || HEADER_FIELD.test(t.slice(Math.max(0, at - 8), at))));
      if (!ok) continue;
    }
    if (own && (speaksAs(def, own[0]) || formerVoice(def, own[0], t))) {
      score += Math.min(15, own[1]);
      why.push(`正文以“${own[0]}”自称(如“${own[0]}民政局”“全${own[0]}”)`);
    }
    scored.push({ r, score, why });
  }
  scored.sort((a, b) => b.score - a.score);
  // a national text (民政部:… in the title, 据民政部网站消息, 全国共有, 我国): the country, unless a local bureau issues it
  const nat = nationalEvidence(t, titleEnd);
  // (为我国社会福利事业…, in a text naming 合肥市 again and again: 我国 alone does not outweigh a place named throughout)
  const onlyOurCountry = nat.why.every((w) => w === '“我国”');
  const local = scored[0] ? ev.get(scored[0].r) : undefined;
  // (a round-up naming several provinces is still national: the place must be the only one, bar its own parents)
  const ancestorOfTop = (r: number) => { for (let p = idx.parent[scored[0].r]; p >= 0; p = idx.parent[p]) if (p === r) return true; return false; };
  const soleLocal = !!local && (local.mentions ?? 0) >= 3 && scored.every((x, i) => i === 0 || ancestorOfTop(x.r));
  // (a province's or city's news that quotes 民政部 but names that one place in its title and throughout is that place's)
  const titleLocal = soleLocal && (local!.first ?? titleEnd) < titleEnd && !/民政部(?!门)|全国|我国|国务院/.test(t.slice(0, titleEnd));
  if (nat.score >= (own ? 3 : 2) && !local?.issuer && !(onlyOurCountry && soleLocal) && !titleLocal) {
    const country = regions.find((r) => r.level === 'country');
    if (country) return { name: country.name, basis: `全国性文本:${nat.why.join('、')}` };
  }
  const best = scored[0];
  if (!best || (scored.length > 1 && scored[1].score === best.score)) return undefined;
  // 广东省民政厅发布…;内蒙古民政厅数据…;江苏省民政厅官微…: bureaus of unrelated regions cited side by side (a round-up),
  // unless the top one issues the text in its title
  const above = (a: number, b: number) => { for (let p = idx.parent[b]; p >= 0; p = idx.parent[p]) if (p === a) return true; return false; };
  // 朝阳区民政局 heading a text that names 朝阳门街道 (东城区's): the text is one 朝阳区's, not the township's district
  if (sharedIssuers.some((rs) => !rs.some((r) => r === best.r || above(r, best.r) || above(best.r, r)))) return undefined;
  const otherIssuers = [...ev].filter(([r, e]) => e.issuer && r !== best.r && !above(r, best.r) && !above(best.r, r));
  if (otherIssuers.length && !ev.get(best.r)?.titleIssuer) return undefined;
  // 多地公布…: a round-up of several places, or another unrelated place named as often, has no one region
  // (not a former name read inside other words: 标准中市区 holds 中市区, once 蚌山区's name)
  const bestMentions = ev.get(best.r)?.mentions ?? 0;
  const rivals = [...ev].filter(([r, e]) => r !== best.r && !above(r, best.r) && !above(best.r, r) && !e.firstFormer && (e.mentions ?? 0) >= 3 && (e.mentions ?? 0) >= 0.6 * bestMentions);
  if (!ev.get(best.r)?.titleIssuer && (/多地|各地|多个城市|多省|多市/.test(t.slice(0, titleEnd)) || rivals.length)) return undefined;
  const def = regions[best.r];
  // (南通市通州市…公报, 全市: the district under its former name, the level the text speaks as)
  const its = own && formerVoice(def, own[0], t) ? own[0] : (def.official ?? def.name).slice(-1);
  // 雁江区民政局 heading the page of a notice that speaks as 我市 (never as 区) and is signed by 资阳市民政局: the
  // signing parent bureau's text, reposted on the district's page
  if (own && own[0] !== its && !level.has(its) && ev.get(best.r)?.issuer) {
    for (let p = idx.parent[best.r]; p >= 0; p = idx.parent[p]) {
      const pe = ev.get(p);
      if (pe?.issuer && speaksAs(regions[p], own[0])) {
        return { name: regions[p].name, basis: `${pe.issuer};正文以“${own[0]}”自称,从不以“${its}”自称(${ev.get(best.r)!.issuer}为转载页面)` };
      }
    }
  }
  // a district or county named in a text that speaks as a 市 (我市, 市民政局) and never as its own level
  // (县市(含双城区)): the text is its parent's, when the parent is of that level; else no region
  // (any other region that is not the level the text speaks as: none)
  // (one passing 全省 in 支撑全省联网通办 does not outweigh a city the text names three times and in its title)
  const weakOwn = !!own && own[1] < 2 && bestMentions >= 3 && t.includes('\n') && (ev.get(best.r)?.first ?? titleEnd) < titleEnd;
  if (own && !weakOwn && !best.why.some((w) => w.startsWith('“')) && own[0] !== its && !level.has(its)) {
    let p = def.level === 'district' || def.level === 'county' ? idx.parent[best.r] : -1;
    // (长春 named five times in a news item on 吉林省's 政府工作报告, which names 吉林省 and speaks as 全省: the named
    // ancestor of the level the text speaks as)
    if (p < 0 || !speaksAs(regions[p], own[0])) {
      p = -1;
      for (let a = idx.parent[best.r]; a >= 0; a = idx.parent[a]) if (speaksAs(regions[a], own[0]) && ev.get(a)?.mentions) { p = a; break; }
    }
    // (青岛上半年婚情数据 … 市民政局, 全市 … 根据山东省民政厅发布的…, 2016年山东共…: the one lower region of the voice's
    // level named in the title, not the province the body quotes)
    if (p < 0) {
      const titled = scored.filter((x) => above(best.r, x.r) && speaksAs(regions[x.r], own[0]) && (ev.get(x.r)?.first ?? titleEnd) < titleEnd);
      if (titled.length === 1) return { name: regions[titled[0].r].name, basis: `${titled[0].why.join(';')};标题中的地区(正文以“${own[0]}”自称,从不以“${its}”自称)` };
    }
    if (p < 0) return undefined;
    const named = ev.get(p)?.mentions ? `正文提到“${ev.get(p)!.shown}”${ev.get(p)!.mentions}次;` : '';
    return { name: regions[p].name, basis: `${named}${best.why.join(';')};正文以“${own[0]}”自称,从不以“${its}”自称:取其所属的${regions[p].name}` };
  }
  // 笔者从唐山市民政局获悉,该市丰南区…,该区共有…: the news source is the city; its district named after 该市 and then
  // spoken of as 该区 is the text's subject
  if (t.includes('该市') && (def.official ?? def.name).endsWith('市')) {
    const subs = [...ev].filter(([c, ce]) => up[c] === best.r && ce.mentions && ce.shown && t.includes(`该市${ce.shown}`));
    if (subs.length === 1) {
      const [c, ce] = subs[0];
      const at = t.indexOf(`该市${ce.shown}`);
      const lv = (regions[c].official ?? regions[c].name).slice(-1);
      if ((lv === '区' || lv === '县') && t.includes(`该${lv}`, at + 2 + ce.shown!.length) && !t.includes('该市', at + 2)) {
        return { name: regions[c].name, basis: `“该市${ce.shown}”,后文称“该${lv}”;${best.why.join(';')}为消息来源` };
      }
    }
  }
  return { name: def.name, basis: best.why.join(';') };
}

// 全镇 / 我乡 / 本街道: a text speaking as a township
const TOWNSHIP_VOICE = /[全我本](镇|乡|街道)(?![长村镇])/g;
// 仙 子 脚 镇: a heading set with a space between its characters
const LETTER_SPACED = /[\u4e00-\u9fff](?: [\u4e00-\u9fff]){2,}/g;

/**
 * 仙子脚镇 … 2020年,全镇…: a text speaking as a township (全镇, 我镇) that names one township of that kind, in its
 * heading or twice, found in one county only and naming no other place but that county's parents: the county (the
 * figures stay the township's; the basis names it).
 */
function townshipText(t: string, catalogue: Catalogue, townships?: readonly string[]): { name: string; basis: string } | undefined {
  if (!townships) return undefined;
  const said = [...t.matchAll(TOWNSHIP_VOICE)];
  const voices = said.map((m) => m[1]);
  if (!voices.length || voices.some((v) => v !== voices[0]) || /[全我本][省市区县州旗盟]/.test(t)) return undefined;
  const x = t.replace(LETTER_SPACED, (m) => m.replace(/ /g, ''));
  const idx = placeIndexFor(catalogue, townships);
  const towns = new Map<string, { rs: number[]; n: number; first: number }>();
  const others: number[][] = [];
  for (const m of idx.matches(x)) {
    if (x[m.end] === '线' || x[m.start - 1] === '与' || inFooter(x, m.start) || COMPARED_BEFORE.test(x.slice(Math.max(0, m.start - 6), m.start))) continue;
    const name = x.slice(m.start, m.end);
    if (idx.kind(m.id) !== 'town') others.push(idx.regions(m.id));
    else if (name.endsWith(voices[0])) {
      const e = towns.get(name) ?? { rs: idx.regions(m.id), n: 0, first: m.start };
      e.n++;
      towns.set(name, e);
    }
  }
  if (towns.size !== 1) return undefined;
  const [[name, e]] = [...towns];
  if (e.rs.length !== 1) return undefined;
  // (the heading: the lines above the first sentence)
  const body = x.search(/[。;]/);
  const inHeading = body < 0 || x.lastIndexOf('\n', body) > e.first;
  if (!inHeading && e.n < 2) return undefined;
  const county = e.rs[0];
  const ancestors = new Set<number>();
  for (let p = county; p >= 0; p = idx.parent[p]) ancestors.add(p);
  if (!others.every((rs) => rs.some((r) => ancestors.has(r)))) return undefined;
  const def = catalogue.regions[county];
  return { name: def.name, basis: `乡镇“${name}”(正文以“${said[0][0]}”自称,是该${voices[0]}的文本;所属${def.name}):数字属于该${voices[0]},不是${def.name}全${def.name.slice(-1)}的` };
}

/**
 * 第一季度末,全州…人数为A人: figures standing at the end of a quarter date a text whose title is lost (every such
 * mention naming the same quarter); flows run from January.
 */
function quarterEnd(t: string): { value: string; basis: string } | null {
  const all = [...t.matchAll(/第?([一二三四1-4])季度(?:末|底)/g)];
  if (!all.length) return null;
  const q = (x: string) => Math.floor('1一2二3三4四'.indexOf(x) / 2) + 1;
  if (!all.every((m) => q(m[1]) === q(all[0][1]))) return null;
  const v = canonicalPeriod(`1-${3 * q(all[0][1])}月`);
  return v ? { value: v, basis: `正文“${all[0][0]}”` } : null;
}

function escapeRe(x: string): string {
  return x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
