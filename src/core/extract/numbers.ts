// Value tokens: a number (Arabic, with thousands separators, or a few Chinese-numeral forms), its
// qualifier and its unit, found in a normalised sentence.
import { Qualifier } from '../types';
import { normaliseUnit } from '../units';

export type TokenRole = 'value' | 'previous' | 'change';

export interface ValueToken {
  /** Start of the number (or of a 每人每月 prefix that belongs to the unit). */
  start: number;
  numStart: number;
  /** End of the unit (and of a trailing 以上/左右). */
  end: number;
  raw: string; // the original characters from numStart to end
  value: number; // NaN when malformed
  unit: string; // normalised unit as stated, e.g. 万人, 元/人·月
  qualifier: Qualifier;
  role: TokenRole;
  malformed?: string; // zh reason when the number is broken
}

// Units we recognise after a number (longest first). 个月/个工作日/小时 are durations: not values.
const UNIT_RE =
  /^(人\/天\/次|元\/人[·.\/、?]?月|元人\/[·.]?[月年]|元\/人[·.\/、?]?年|元\/月[\/·.]人|元\/年[\/·.]人|元\/月|元\/年|元\/人[·.]?次|元\/人|元\/户|元\/具|平方公里|平方米|场次|人次|户次|元|人|名|位|户|对|家|处|张|件|具|个|所|座|项|次|场|批|篇|起|块|份|条|间|箱|瓶|例|宗|床|%|‰)/;
const PEOPLE_AFTER = /^(?:名|位)?[^\d,;:。、()]{0,6}?(?:老人|老年人|群众|居民|儿童|孤儿|残疾人|困难对象|救助对象|保障对象|人员|人口|对象)/;
const SKIP_AFTER = /^(个月|个工作日|个小时|个百分点|周年|年|月|日|号|届|岁|时|分|期|天|级|批次)/;

const CN_DIGIT: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_SCALE: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

const PREFIX_QUAL: [RegExp, Qualifier][] = [
  [/(不低于|不少于|不下于)$/, '不低于'],
  // (不超过 is a cap: read apart, see extract)
  [/(?<!不|不得)(超过|超出|逾|超|突破)$/, '超过'],
  [/(将近|接近|近)$/, '近'],
  [/(大约|约)$/, '约'],
];
const PREVIOUS_RE = /(由|从|自(?![理治身愿费]))(目前的|现行的|现行|原来的|原有的|原|上年度的|上年的|去年的|最初的|(?:上年|去年)(?:末|底|同期)的|年初的|上月(?:末)?的|上季度(?:末)?的)?(?:[\u4e00-\u9fff]{1,4}(?=每人每月|每人每年|每人|每月|每年))?(每人每月|每人每年|每人年|每人月|每人|每月|每年|一年|一个?月|月人均|年人均|(?<![今去本明当上])年标准|(?<![本当上])月标准)?(不低于|不少于)? ?$/;
// 每人每年由5004元提高到5400元: the period word before 由 also states the new value's period
const PER_BEFORE_CHANGE_RE = /(每人每月|每人每年|每月|每年)(由|从)[^,;:。每]{0,12}?\d[\d,.]*元(提高到|提高至|调整为|调整到|调整至|增加到|增加至|上调至|上调到|提升到|提升至|到|至)(不低于|不少于)?$/;
const COMPARED_BY_RE = /(?:较|比)[^,;:。\d]{0,16}(?:高出|高|低|多|少)了?\s*$|(?:高出|高于|低于)[^,;:。\d]{0,12}(?:平均水平|平均标准|平均数|平均)\s*$/;
const CHANGE_RE = /(提标了?|调增了?|调高了?|高出了?|低出了?|多出了?|少了|提高了|提高|增加了|增加|增长了|增长|上涨了|上涨|上调了|上调|提升了|提升|下降了|下降|减少了|减少|压缩了|压缩|降低了|降低|净增|增幅|增|降|多出)$/;
const LOOKBACK = 48;
// (比上年的A元 / 较去年同期的B元: the level compared with)
const OLD_LEVEL_RE = /(?:比|较|与|同)(?:上年|去年|上一年|上年度|上月|上季度)(?:末|底|同期)?的\s*(?:每人每[月年])?\s*$|(?:调整|调标|提标|提高|上调|调增)(?:之)?前(?![\u4e00-\u9fff]{0,2}年)[^,;:。\d]{0,16}$|(?:^|[,,;:。\s])原(?!则)(?:来的?|有的?|先的?|执行的)?[\u4e00-\u9fff]{0,12}标准(?:为|是)?\s*$/;
const FROM_YEAR_RE = /(由|从)(?:19|20)\d{2}年(?:底|末|初)?的 ?$/;
const TO_AFTER_RE = /^[^,;:。\d]{0,8}?(到|至)(?:19|20)\d{2}年/;
const TO_NEW_RE = /^(提高到|提高至|提高为|提升到|提升至|提升为|调整为|调整到|调整至|增加到|增加至|上调至|上调到|上调为|增至|到|至)(不低于|不少于)?$/;
// 城乡低保标准每人每年分别为A元和B元: the period word before 分别 states every value of the list
const PER_BEFORE_LIST_RE = /(每人每月|每人每年)分别(?:为|是|达到|达|提高到|提高至|调整为|调整到|调整至|增加到|增加至|上调至|上调到)?\s*(?:\d[\d,.]*元\s*[、和及与]\s*)*$/;
// (每户每月A元: a rate per household is not per person, its 每月 names no 元/人 unit)
const PER_PREFIX_RE = /(每人每月|每人每年|每月每人|每年每人|每人年|每人月|每人|(?<!户)每月|(?<!户)每年)(?:不低于|不少于|不高于|约|近)? ?$/;

// (从A户B人,全年发放C万元,扩大到…: the verb that closes the old side of a 从 clause, and what ends that side)
const NEW_SIDE_VERB = '(?:扩大|增加|增长|提高|提升|上升|发展|上调|减少|下降|降低)(?:到|至)|增至|降至|减至';
const NEW_SIDE_AFTER = new RegExp(`^[^。;;由从]*?(?:${NEW_SIDE_VERB})`);
const OLD_SIDE_ENDS = new RegExp(`[。;;由从]|${NEW_SIDE_VERB}`);
// (由集中供养 / 从城市每人每月: a supply mode's or side's level before the change)
const FROM_TIME_RE = /(?:由|从)(?:19|20)\d{2}年(?:上半年|下半年|年底|年末|底|末|初)?的(?:每人每月|每人每年|每人|每月|每年) ?$/;
const FROM_LABEL_RE = /(?:由|从)(?:集中供养|分散供养|城市|城镇|农村)(?:每人每月|每人每年|每人|每月|每年)? ?$/;
const NEW_LATER_RE = /^[^。;;]*?(?:提高|提升|调整|上调|增加|增长)(?:到|至|为)/;
// (the rise, then the level it reached: 提高300元,达到6000元 / 提高45元至720元)
const LEVEL_AFTER_RISE_RE = /^\s*(?:[,,]\s*(?:达到|提高到|提高至|增至|增加到|上调至|上调到)|至|到)\s*$/;
const RISE_VERB_RE = /^\s*(?:提高|上调|提升|增加|增长|调增|调高)了?\s*$/;
// (每人每年提高 / 月人均提高 / 月人均补助水平提高: the rate named right before the rise)
const RATE_BEFORE_RISE_RE = /(每人每月|每人每年|每月每人|每年每人|月人均|年人均|人均每月|人均每年)(?:补助|补差|救助)?(?:水平|标准)?(?:提高|上调|提升|增加|增长|调增|调高)了?\s*$/;

/** 十二 / 三百二十六 / 一千零五 / 两万三千: a Chinese numeral below 100 million; NaN when its order is broken. */
export function cnValue(s: string): number {
  let total = 0;
  let section = 0;
  let digit = -1;
  let lastScale = 10000;
  let wan = false;
  for (const ch of s) {
    if (ch === '零' || ch === '〇') {
      if (digit >= 0) return NaN;
      continue;
    }
    const d = CN_DIGIT[ch];
    if (d !== undefined) {
      if (digit >= 0) return NaN;
      digit = d;
      continue;
    }
    if (ch === '万') {
      if (wan || (digit < 0 && section === 0)) return NaN;
      total = (section + Math.max(digit, 0)) * 10000;
      section = 0;
      digit = -1;
      lastScale = 10000;
      wan = true;
      continue;
    }
    const sc = CN_SCALE[ch];
    if (sc === undefined || sc >= lastScale) return NaN;
    // (十二, 千余: a leading scale is one of it)
    if (digit < 0 && !(section === 0 && total === 0 && !wan)) return NaN;
    section += (digit < 0 ? 1 : digit) * sc;
    digit = -1;
    lastScale = sc;
  }
  return total + section + Math.max(digit, 0);
}

/** A value in 万元 as 元 (1.1 → 11000, without the float's tail). */
export function wanToYuan(v: number): number {
  return Number((v * 10000).toFixed(4));
}

/** Parses an Arabic number with optional thousands separators; NaN when malformed. */
export function parseArabic(s: string): { value: number; problem?: string } {
  if (s.replace(/\D/g, '').length > 15) return { value: NaN, problem: `数字“${s.length > 24 ? s.slice(0, 20) + '…' : s}”位数过多,疑为笔误或粘连` };
  if (/^\d+(\.\d+)?$/.test(s)) return { value: Number(s) };
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) return { value: Number(s.replace(/,/g, '')) };
  if ((s.match(/\./g) || []).length > 1) return { value: NaN, problem: `数字“${s}”含多个小数点,疑为笔误` };
  if (s.includes(',')) return { value: NaN, problem: `数字“${s}”的千位分隔不正确,疑为笔误` };
  return { value: NaN, problem: `数字“${s}”无法识别` };
}

function unitFor(scale: string, base: string, per: string): string {
  if (base === '元' && !scale && per) {
    if (per === '每人每月' || per === '每月每人' || per === '每月' || per === '每人月') return '元/人·月';
    if (per === '每人每年' || per === '每年每人' || per === '每年' || per === '每人年') return '元/人·年';
    if (per === '每人') return '元/人';
  }
  return normaliseUnit(scale + base);
}

/** 35 522人 (a book or PDF scan with a space as the thousands separator): the groups after a 1–3 digit number. */
function spacedGroups(norm: string, numStart: number, numText: string): string {
  if (!/^\d{1,3}$/.test(numText) || /[\d.,] ?$/.test(norm.slice(Math.max(0, numStart - 2), numStart))) return '';
  // (3 126.5万元: the last group may carry the decimals)
  const m = /^(?: \d{3})+(?:\.\d+)?(?![\d.,])(?= ?(?:余|多)?(?:万|亿)?(?:余|多)?[人户元个家处张名位对件具所座项次])/.exec(norm.slice(numStart + numText.length));
  return m ? m[0] : '';
}

/** All value tokens of a normalised sentence, in order. Numbers without a unit are ignored. */
export function scanTokens(norm: string, orig: string): ValueToken[] {
  const out: ValueToken[] = [];
  const re = /\d[\d,.]*\d|\d|(?:[零〇一二两三四五六七八九十百千]+万[零〇一二两三四五六七八九十百千]+|[零〇一二两三四五六七八九十百千]*[十百千][零〇一二两三四五六七八九十百千]*|[一二两三四五六七八九](?=[万亿]))(?=[余多]?[万亿]?[余多]?(?:元|人|户|个|家|处|张|名|位|所|对|件|具))/g;
  let m: RegExpExecArray | null;
  let fromChain = false;
  while ((m = re.exec(norm))) {
    let numStart = m.index;
    let numText = m[0];
    // the words before a number that change its reading are short: look back a bounded window
    const before = norm.slice(Math.max(0, numStart - LOOKBACK), numStart);
    // not part of a word/code/ordinal: 3A级, 第8, x2, 1+495, 2-3间, 6—10个
    if (/[A-Za-z第+\-—~]$/.test(before)) continue;
    if (/\d[:：]$/.test(before)) continue;
    // 3000至4000人: the end of a range, as 3000-4000人, is no single figure
    if (/\d\s*(至|到|~|～)\s*$/.test(before)) continue;
    let value: number;
    let malformed: string | undefined;
    const isCn = !/\d/.test(numText);
    if (isCn) {
      // 5千万余人: the 千 belongs to the Arabic digit before it (read with it below)
      if (/[\d.]$/.test(before)) continue;
      // (一千二百人, 三百二十六人, 两万余人: the whole numeral; one that does not parse is no figure)
      value = cnValue(numText);
      if (!Number.isFinite(value)) malformed = `数字“${numText}”无法识别`;
      // 上千人 / 数百户 / 成千: a round word for "many", no figure
      else if (/(上|数|成|几|好几|若干)$/.test(before)) malformed = `“${before.slice(-1)}${numText}”是约数,不是具体数字`;
      // (百名干部 / 千名志愿者: a bare 百 or 千 before 名/位/所/对/件/具 is a slogan's round word)
      else if (/^[百千]$/.test(numText) && /^[名位所对件具]/.test(norm.slice(numStart + 1))) continue;
    } else {
      // a trailing separator belongs to the sentence, not the number
      while (/[,.]$/.test(numText)) numText = numText.slice(0, -1);
      const g = spacedGroups(norm, numStart, numText);
      if (g) numText += g;
      const p = parseArabic(g ? numText.replace(/ /g, '') : numText);
      value = p.value;
      malformed = p.problem;
      // X.20万元 / XX.5 / ×.2 (a template's placeholder before the point): the figure is unknown
      const ph = /(?:^|[^A-Za-z])([XxＸｘ×*＊]+)\.$/.exec(before);
      if (ph) {
        value = NaN;
        malformed = `数字“${ph[1]}.${numText}”含占位符,数值不明`;
      }
      // 共计发放资金1、68亿元: a single digit and 、 right before the number, no list around it: a decimal point mistyped
      if (!malformed && /(^|[^\d、,.])\d、$/.test(norm.slice(Math.max(0, numStart - 3), numStart)) && /^\d{2,}$/.test(numText) && /^\s*(万|亿)/.test(norm.slice(numStart + numText.length))
        && !/分别|、[^,;。\d]{1,8}(为|是|达到|达)?\d、$/.test(norm.slice(Math.max(0, numStart - 24), numStart))) {
        malformed = `数字“${norm.slice(numStart - 2, numStart)}${numText}”疑为小数点误写为顿号`;
      }
    }
    let pos = numStart + numText.length;
    // 保障城市低保 330 人: one space between number and unit
    if (norm[pos] === ' ' && /^ (余|多)?(万|亿|千)?(余|多)?[人户元个家处张万亿名位]/.test(norm.slice(pos, pos + 6))) pos++;
    const after = norm.slice(pos);
    if (/^[A-Za-z+\-—~:]/.test(after)) continue; // 1+5, 2-3间, 1:0.81
    if (SKIP_AFTER.test(after)) continue;
    const sm = /^(余|多)?([十百千](?=[余多]?[万亿])|)(万|亿|千)?(余|多)?/.exec(after)!;
    // 5千万 / 3百万: a Chinese multiplier between the digits and 万 or 亿
    if (sm[2]) value = value * CN_SCALE[sm[2]];
    let scale = sm[3] || '';
    let qual: Qualifier = sm[1] || sm[4] ? ((sm[1] || sm[4]) as Qualifier) : 'exact';
    let rest = after.slice(sm[0].length);
    // 1万2千余人: thousands written after 万 belong to the same number
    if (scale === '万' && !sm[4]) {
      const km = /^([1-9]|[一二两三四五六七八九])千(余|多)?(?=[人户元个家处张名位对])/.exec(rest);
      if (km) {
        value += (/\d/.test(km[1]) ? Number(km[1]) : CN_DIGIT[km[1]]) / 10;
        if (km[2] && qual === 'exact') qual = km[2] as Qualifier;
        rest = rest.slice(km[0].length);
        sm[0] += km[0];
      }
    }
    // 3126.5 万 元 (PDF text with spaces around the characters): one space between 万/亿 and the unit
    if (scale && rest[0] === ' ' && UNIT_RE.test(rest.slice(1))) {
      rest = rest.slice(1);
      sm[0] += ' ';
    }
    const um = UNIT_RE.exec(rest);
    let base = '';
    // (a unit implied by the people named after the number is not in the text: the token ends at 万)
    let implied = false;
    if (um) base = um[1];
    else if (scale === '亿' || scale === '万') {
      // 惠及4.85万低收入高龄老人 / 1.2万困难群众: people named right after the number are counted in 人
      // (230亿 with no unit word otherwise: kept as stated)
      base = PEOPLE_AFTER.test(rest) ? '人' : '';
      implied = !!base;
    } else continue;
    // 628007人 次 (a line or page break inside the unit, as in text taken from PDFs)
    let spacedUnit = 0;
    // 728 元 / 人 / 月 (a unit written with spaces around its slashes)
    if (base === '元') {
      const sp = /^元 ?\/ ?(?:(人) ?\/ ?)?(月|年)/.exec(rest);
      if (sp && sp[0].includes(' ')) {
        base = sp[1] ? `元/人/${sp[2]}` : `元/${sp[2]}`;
        spacedUnit = sp[0].length - base.length;
      }
    }
    if (base === '人' || base === '户') {
      // (1910人(次) / 3200人•次 / 人/次: the 次 in brackets or after a dot, as some reports write 人次)
      const sp = /^[人户](?:\s+次|\s*\(次\)|\s*[•·./]\s*次)/.exec(rest);
      if (sp) {
        base += '次';
        spacedUnit = sp[0].length - 2;
      }
      // (12.6万人月 / 户月: persons times months, no count of persons)
      else if (/^[人户][月天日](?![\u4e00-\u9fff]{0,1}(?:份|底|末|起|初))/.test(rest)) continue;
    }
    if (base && SKIP_AFTER.test(rest) && !/^(人|元)/.test(rest)) continue;
    let end = pos + sm[0].length + (implied ? 0 : base.length) + spacedUnit;
    // trailing qualifiers: 以上 / 左右 / 多 after the unit
    const tail = norm.slice(end);
    if (/^以上/.test(tail)) { if (qual === 'exact') qual = '不低于'; end += 2; }
    else if (/^左右/.test(tail)) { if (qual === 'exact') qual = '约'; end += 2; }
    else if (/^多/.test(tail) && qual === 'exact') { qual = '多'; end += 1; }
    // prefixes
    let start = numStart;
    let per = '';
    let sp: RegExpExecArray | null = null;
    const pm = PER_PREFIX_RE.exec(before);
    if (pm && base === '元' && !scale) { per = pm[1]; start = numStart - pm[0].length; }
    else if (pm && base === '元' && scale === '万' && /^(每人每年|每年每人)$/.test(pm[1])) {
      // 每人每年1.1万元: a yearly rate per person stated in 万元, filed in 元
      per = pm[1];
      start = numStart - pm[0].length;
      value = wanToYuan(value);
      scale = '';
    }
    else if (base === '元' && !scale && /(?:由|从)(?:上年的?|去年的?|原来的?)?(?:每人)?一(?:个)?[年月]$/.test(before)) {
      // 由一年A元提高到B元: 一年 (一个月) before the old value is its period, and the new one's (shared below)
      per = before.endsWith('年') ? '每年' : '每月';
    } else if (base === '元' && !scale && (sp = /标准([月年])(?:提高到|提高至|调整为|为|达到|(?:由|从)[^,;:。\d]{0,6})?$/.exec(before))) {
      // 最低生活保障标准月提高到520元 (see splitSentences): the period named with the standard
      // (低保保障标准年由去年的A元增加到B元: the old value's period, which the new one shares)
      per = sp[1] === '月' ? '每月' : '每年';
    } else if (base === '元' && !scale && /标准(?:为|是)?人均?[年月]$/.test(before)) {
      // 供养标准为人年6240元: 人年 / 人月 (人均月) before the value is per person and year (month)
      per = before.endsWith('月') ? '每月' : '每年';
    } else if (base === '元' && !scale && /(?<![今去本明当上])[年月]标准$/.test(before)) {
      // 从年标准1680元提高到…: the period named before 标准
      per = before.endsWith('月标准') ? '每月' : '每年';
    } else if (base === '元' && !scale && /标准(?:为|是)?(?:家庭)?[月年]人均(?:纯)?收入(?:为|是)? ?$/.test(before)) {
      // 保障标准为家庭年人均纯收入6000元 / 家庭月人均收入760元: the income line the standard is, per person and year (month)
      per = /月人均(?:纯)?收入(?:为|是)? ?$/.test(before) ? '每月' : '每年';
    } else if (base === '元' && !scale && /[月年]人均(?:补差|补助|救助|支出)?(?:水平)?(?:为|是|达到|达)? ?$/.test(before)) {
      // 月人均847元、年人均4713元 / 年人均补差3100元: the period named with 人均 (the words stay the value's context)
      per = /月人均\S{0,6}$/.test(before.trimEnd()) ? '每月' : '每年';
    } else if (base === '元' && !scale) {
      const cm = PER_BEFORE_CHANGE_RE.exec(before.slice(-40)) ?? PER_BEFORE_LIST_RE.exec(before.slice(-60));
      if (cm) per = cm[1];
    }
    const beforeAll = norm.slice(Math.max(0, start - LOOKBACK), start);
    let role: TokenRole = 'value';
    const last = out.length ? out[out.length - 1] : undefined;
    if (PREVIOUS_RE.test(before)) {
      role = 'previous';
      fromChain = /(由|从)[^\d]{0,20}$/.test(before) && NEW_SIDE_AFTER.test(norm.slice(end, end + 80));
    }
    // 由集中供养A元、分散供养B元,分别提高到…: a label's old level, the new one named later in the sentence
    else if (FROM_LABEL_RE.test(before) && NEW_LATER_RE.test(norm.slice(end, end + 60))) role = 'previous';
    // 标准由2012年上半年的每人每年A元提高到…: a rate of an earlier time, the new one named later (a count of an earlier
    // year, 从2019年的A张增加到…, stays that year's candidate)
    else if (FROM_TIME_RE.test(before) && NEW_LATER_RE.test(norm.slice(end, end + 60))) role = 'previous';
    // 调整前为每人每月A元 / 调标前城市低保标准B元 / 原城市低保标准C元: the level before the change
    else if (OLD_LEVEL_RE.test(beforeAll)) role = 'previous';
    // 从2012年的A万人下降到2021年的B万人: the value of the earlier year, compared with the later one
    else if (FROM_YEAR_RE.test(before) && TO_AFTER_RE.test(norm.slice(end, end + 16))) role = 'previous';
    // 由全护理每人每月640元、半护理每人每月320元提高到…: the whole list before the verb is the old one
    else if (last && last.role === 'previous' && /^[、和及与][^,;:。提调增上升到至为达]{0,10}$/.test(norm.slice(last.end, numStart))) role = 'previous';
    // 从A户B人,全年发放保障金C万元,扩大到D户E人: every figure between 从 and the verb is the old side
    else if (last && last.role === 'previous' && fromChain && !OLD_SIDE_ENDS.test(norm.slice(last.end, numStart)) && NEW_SIDE_AFTER.test(norm.slice(end, end + 60))) role = 'previous';
    // 分别提高50元、40元: the items of a list of increases are increases
    else if (last && last.role === 'change' && /^[、和及与]$/.test(norm.slice(last.end, numStart))) role = 'change';
    else {
      const cm = CHANGE_RE.exec(beforeAll);
      if (cm && !(cm[1] === '增' && /新增$/.test(beforeAll))) role = 'change';
      // 较全省平均水平高40元 / 高出全省平均水平40元: a difference from another figure
      else if (COMPARED_BY_RE.test(beforeAll.slice(-28))) role = 'change';
    }
    if (role !== 'previous') fromChain = false;
    for (let k = 0; k < PREFIX_QUAL.length; k++) {
      if (PREFIX_QUAL[k][0].test(beforeAll) || (start !== numStart && PREFIX_QUAL[k][0].test(before))) { if (qual === 'exact') qual = PREFIX_QUAL[k][1]; break; }
    }
    // 分别提高到不低于A元、B元: a bound before the first item of a 分别 list holds for the items joined to it
    if (qual === 'exact' && last && last.qualifier === '不低于' && last.role === role && /^[、和及与]$/.test(norm.slice(last.end, numStart))
      && /(不低于|不少于|不下于)\s*(每人每[月年])?\s*$/.test(norm.slice(Math.max(0, last.numStart - 10), last.numStart)) && /分别/.test(beforeAll)) qual = '不低于';
    if (scale === '千') { value = value * 1000; scale = ''; }
    // 由每人每年1万元提高到1.1万元: the new value in 万元 after an old yearly rate stated in 万元
    if (base === '元' && scale === '万' && !per && role !== 'change' && last && last.role === 'previous' && last.unit === '元/人·年' && /万/.test(last.raw)
      && (TO_NEW_RE.test(norm.slice(last.end, numStart).replace(/ /g, '')) || /^[、和及与]$/.test(norm.slice(last.end, numStart)))) {
      per = '每人每年';
      value = wanToYuan(value);
      scale = '';
    }
    // 每人每年提高300元,达到6000元 / 月人均提高45元至720元 / 由每人每年A元提高300元,达到B元: the rate named before the
    // rise is the level's too
    if (base === '元' && !scale && !per && role === 'value' && last && last.role === 'change' && last.unit === '元' && LEVEL_AFTER_RISE_RE.test(norm.slice(last.end, numStart))) {
      const rate = RATE_BEFORE_RISE_RE.exec(norm.slice(Math.max(0, last.start - 16), last.start));
      const prior = out.length > 1 ? out[out.length - 2] : undefined;
      if (rate) per = /月/.test(rate[1]) ? '每人每月' : '每人每年';
      else if (prior && prior.role === 'previous' && /^元\/人·[月年]$/.test(prior.unit) && RISE_VERB_RE.test(norm.slice(prior.end, last.start))) per = prior.unit.endsWith('月') ? '每人每月' : '每人每年';
    }
    const unit = base ? unitFor(scale, base, per) : normaliseUnit(scale);
    // 由每人每年4428元提高至4788元: the new value is stated per the same person and period as the old one
    let shared = '';
    if (base === '元' && !scale && !per && role === 'value' && last && last.role === 'previous' && /^元\/人·[月年]$/.test(last.unit)
      // (由集中供养每人每年A元、分散供养每人每年B元,分别提高到C元、D元: the verb after a comma and 分别)
      && TO_NEW_RE.test(norm.slice(last.end, numStart).replace(/ /g, '').replace(/^[,,](?:分别|均)?/, ''))) shared = last.unit;
    out.push({
      start,
      numStart,
      end,
      raw: orig.slice(numStart, end),
      value,
      unit: shared || unit,
      qualifier: qual,
      role,
      malformed,
    });
    re.lastIndex = end;
  }
  return out;
}
