// A table's own year, report month and compiling region, read from its title and header lines
// ("2022年社会服务统计3月份报表", "2020年度 01月份", "2020年2季度…季报", "编制单位:福建省").
import { resolverFor } from '../resolver';
import { Catalogue } from '../types';
import { normaliseChars } from './normalize';

export interface TableContext {
  year?: { value: number; basis: string };
  /** Last month of the report period (3 for 2022年3月 or 一季度, 12 for a year). */
  month?: { value: number; basis: string };
  /** known: the printed name is a region of the catalogue */
  region?: { name: string; basis: string; known?: boolean };
  /** 2023年9月全市低保情况: the area word of a title naming no region (市 of 全市/我市/本市) */
  areaWord?: { word: string; basis: string };
  kind: 'monthly' | 'quarterly' | 'yearbook' | 'unknown';
  /** Notes say rows marked * are year-to-date totals (带*指标是本年截至统计期的累计数). */
  starCumulative: boolean;
}

const CN: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 };
const Q: Record<string, number> = { 1: 1, 2: 2, 3: 3, 4: 4, 一: 1, 二: 2, 三: 3, 四: 4 };
/** Publication lines (发布时间:2024-09-30) are not the report period. */
const PUBLISHED = /发布|时间[::]|日期[::]|来源[::]|浏览|点击|字体|打印/;

const month = (t: string) => (/^\d+$/.test(t) ? Number(t) : CN[t] ?? NaN);

/** Reads year, month, region and kind from title/header texts (in order, first hit wins). */
export function tableContext(preamble: string[], notes: string[], catalogue: Catalogue): TableContext {
  const out: TableContext = { kind: 'unknown', starCumulative: false };
  let yearOnly: { y: number; raw: string } | null = null;
  for (const raw of preamble) {
    const t = normaliseChars(raw).replace(/\s+/g, '');
    if (/季报/.test(t) && out.kind === 'unknown') out.kind = 'quarterly';
    if (/月报/.test(t) && out.kind === 'unknown') out.kind = 'monthly';
    if (/年鉴|统计数据集/.test(t) && out.kind === 'unknown') out.kind = 'yearbook';
    const reg = /(?:编制|填报|报送)单位[::]([\u3400-\u9fff]{2,20})/.exec(t);
    // (编制单位:邵阳市 批准机关:国家统计局 — spaces are gone here: the next header field ends the name)
    const regName = reg ? reg[1].replace(/(?:批准|批转|制表|填表|填报|报送)(?:机关|日期|人).*$|(?:表号|地区编码|单位负责人|统计负责人).*$/, '') : '';
    if (reg && regName.length >= 2 && !out.region) out.region = regionOf(regName, catalogue, `“${reg[0].slice(0, reg[0].length - reg[1].length + regName.length)}”`);
    if (PUBLISHED.test(t) && !/月报|季报|报表/.test(t)) continue;
    // a day (2008年01月25日) dates the page, not the table
    if (/\d{1,2}月\d{1,2}日/.test(t) && !/月报|季报|报表|统计/.test(t)) continue;
    // a sentence above the table (截至2022年12月底,…) is not its title
    if (t.length > 60 || /[。;,,;]/.test(t.replace(/(\d),(\d)/g, '$1$2'))) continue;
    // 山东省2019年5月社会服务统计月报: a title opening with a region of the catalogue (when no compiling unit is printed);
    // also a plain title (历下区2023年低保情况, …主要数据, …一览)
    if (!out.region && /报|统计|年鉴|情况|数据|一览|汇总|指标/.test(t)) out.region = titleRegion(t, catalogue, `标题“${raw.trim()}”`);
    if (!out.region && !out.areaWord && /报|统计|年鉴|情况|数据|一览|汇总|指标|总结/.test(t)) out.areaWord = titleAreaWord(t, `标题“${raw.trim()}”`);
    if (!out.month) {
      let m = /((?:19|20)\d{2})年度?(\d{1,2}|十[一二]?|[一二三四五六七八九])月份?(?!\d)/.exec(t);
      if (m && month(m[2]) >= 1 && month(m[2]) <= 12) {
        out.year ??= { value: Number(m[1]), basis: `标题“${raw.trim()}”` };
        out.month = { value: month(m[2]), basis: `标题“${raw.trim()}”` };
        continue;
      }
      m = /((?:19|20)\d{2})年[^\d]{0,16}?(\d{1,2}|十[一二]?|[一二三四五六七八九])月份/.exec(t);
      if (m && month(m[2]) >= 1 && month(m[2]) <= 12) {
        out.year ??= { value: Number(m[1]), basis: `标题“${raw.trim()}”` };
        out.month = { value: month(m[2]), basis: `标题“${raw.trim()}”` };
        continue;
      }
      // 2024年民政统计月报(9月) / 2024年社会服务统计报表(9月份)
      m = /((?:19|20)\d{2})年[^\d]{0,20}?(?:月报|报表|统计表|情况表|进度表|情况|数据)[((](\d{1,2}|十[一二]?|[一二三四五六七八九])月份?[))]/.exec(t);
      if (m && month(m[2]) >= 1 && month(m[2]) <= 12) {
        out.year ??= { value: Number(m[1]), basis: `标题“${raw.trim()}”` };
        out.month = { value: month(m[2]), basis: `标题“${raw.trim()}”` };
        continue;
      }
      m = /((?:19|20)\d{2})年度?(\d{1,2})月?[-—~至到](\d{1,2})月份?/.exec(t);
      if (m && Number(m[3]) >= 1 && Number(m[3]) <= 12) {
        out.year ??= { value: Number(m[1]), basis: `标题“${raw.trim()}”` };
        out.month = { value: Number(m[3]), basis: `标题“${raw.trim()}”` };
        continue;
      }
      m = /((?:19|20)\d{2})年(?:第)?([1-4一二三四])季度?/.exec(t);
      if (m) {
        out.year ??= { value: Number(m[1]), basis: `标题“${raw.trim()}”` };
        out.month = { value: Q[m[2]] * 3, basis: `标题“${raw.trim()}”(季度末)` };
        continue;
      }
      // 编制单位:四川省 | 2020年度 | 批准机关: a form dated by its year alone is the year's (12月) report, unless another
      // header line gives its month (read after all lines)
      m = /((?:19|20)\d{2})年度(?![^|]{0,6}?(?:\d|[一二三四五六七八九十]月|季|半年))/.exec(t);
      if (m && !yearOnly && /报|统计/.test(preamble.join(''))) yearOnly = { y: Number(m[1]), raw: raw.trim() };
      m = /((?:19|20)\d{2})年(上半年|前三季度|全年)/.exec(t);
      if (m) {
        out.year ??= { value: Number(m[1]), basis: `标题“${raw.trim()}”` };
        out.month = { value: m[2] === '上半年' ? 6 : m[2] === '前三季度' ? 9 : 12, basis: `标题“${raw.trim()}”` };
        continue;
      }
    }
    if (!out.year) {
      const y = /((?:19|20)\d{2})年/.exec(t);
      if (y && !/(?:19|20)\d{2}-(?:19|20)\d{2}年/.test(t)) out.year = { value: Number(y[1]), basis: `标题“${raw.trim()}”` };
    }
  }
  if (!out.month && yearOnly && (!out.year || out.year.value === yearOnly.y)) {
    out.year ??= { value: yearOnly.y, basis: `标题“${yearOnly.raw}”` };
    out.month = { value: 12, basis: `标题“${yearOnly.raw}”(年度)` };
  }
  for (const n of notes) {
    if (/带["“]?[*＊]["”]?(?:号)?(?:的)?指标[^。]{0,12}累计/.test(normaliseChars(n))) out.starCumulative = true;
  }
  return out;
}

/** A region of the catalogue opening a title (山东省2019年…, 济南市民政…), with spaces already removed. */
export function titleRegion(title: string, catalogue: Catalogue, basis: string): { name: string; basis: string; known?: boolean } | undefined {
  const m = /^([\u4e00-\u9fff]{2,14}?)(?=(?:19|20)\d{2}年|民政|社会服务|社会救助)/.exec(title);
  const r = m ? regionOf(m[1], catalogue, basis) : undefined;
  if (r?.known) return r;
  // 2023年三季度历下区民政统计季报: the region after a leading date (济南市历下区…: the innermost one)
  const lead = DATE_LEAD.exec(title);
  if (!lead) return undefined;
  let at = lead[0].length;
  let hit: { name: string; basis: string; known?: boolean } | undefined;
  for (let k = 0; k < 3; k++) {
    let found: typeof hit;
    let end = at;
    for (let e = Math.min(title.length, at + 14); e >= at + 2; e--) {
      if (!REGION_END.test(title[e - 1])) continue;
      const x = regionOf(title.slice(at, e), catalogue, basis);
      if (x.known) {
        found = x;
        end = e;
        break;
      }
    }
    if (!found) break;
    hit = found;
    at = end;
  }
  return hit;
}

/** 全市 / 我区 / 本县 opening a title, after a leading date (2023年9月全市低保情况), as its area word */
export function titleAreaWord(title: string, basis: string): { word: string; basis: string } | undefined {
  const lead = DATE_LEAD.exec(title)?.[0].length ?? 0;
  const m = /^[全我本]([省市区县州盟旗])(?!委|政府|民政局)/.exec(title.slice(lead));
  return m ? { word: m[1], basis } : undefined;
}

/** The word a region speaks of itself with (市 of 全市): the last character of its official name, if a level's. */
export function levelWord(r: { name: string; official?: string }): string {
  return /[省市区县州盟旗]$/.exec(r.official ?? r.name)?.[0] ?? '';
}

/** Whose the area word (市 of 全市) is in a text given as `region`'s: the region above with that word, 'below' for a lower
 * level's word, or undefined when it is the region's own (or cannot be told). */
export function areaWordElsewhere(word: string, region: string, catalogue: Catalogue): { above?: string; below?: true } | undefined {
  const byName = resolverFor(catalogue).regionByName;
  const def = byName.get(region);
  if (!def || region === '全国') return undefined;
  const own = levelWord(def);
  // (喀什地区 speaks as 全地区 or 全区; a 自治区 as 全区)
  if (word === own) return undefined;
  for (let r = def.parent ? byName.get(def.parent) : undefined; r; r = r.parent ? byName.get(r.parent) : undefined) {
    if (levelWord(r) === word) return { above: r.name };
  }
  const below: Record<string, string> = { province: '市州盟县区旗', city: '县区旗', county: '', district: '' };
  return (below[def.level] ?? '').includes(word) ? { below: true } : undefined;
}

const DATE_LEAD = /^(?:19|20)\d{2}年度?(?:第?[一二三四1-4]季度|\d{1,2}(?:[-—~至]\d{1,2})?月份?|[上下]半年|前三季度|全年)?/;
const REGION_END = /[省市区县州盟旗]/;

function regionOf(printed: string, catalogue: Catalogue, basis: string): { name: string; basis: string; known?: boolean } {
  const name = printed.replace(/(民政厅|民政局|人民政府|统计局|民政部门)$/, '');
  for (const r of catalogue.regions) {
    if (r.name === name || r.fullName === name || r.aliases.includes(name)) return { name: r.name, basis, known: true };
  }
  return { name, basis };
}
