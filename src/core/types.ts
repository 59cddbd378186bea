// Shared data contracts of MZ core. Pure TypeScript: no Office, no DOM.

export type Qualifier = 'exact' | '余' | '近' | '约' | '超过' | '不低于' | '多';
export const QUALIFIERS: readonly Qualifier[] = ['exact', '余', '近', '约', '超过', '不低于', '多'];

export type IndicatorKind = 'standard' | 'count' | 'amount' | 'rate';

/**
 * A canonical period label (period.ts): 全年, 上半年, 下半年, Q1…Q4 (the quarter alone), 1-N月 (year to
 * date), N月 (one month), a-b月. Stocks hold at the end of it; flows are totals over it.
 */
export type Period = string;

/** One fact of the indicator dataset. `value` and `unit` are as the source states them. */
export interface DataRecord {
  region: string; // canonical full name, e.g. 济南市
  year: number;
  period: Period;
  indicatorId: string;
  indicator: string; // canonical indicator name from the catalogue
  breakdown: string; // canonical breakdown value ('' = none / total)
  value: number;
  unit: string; // normalised spelling of the stated unit, e.g. 元/人·月, 万人, 亿元
  qualifier: Qualifier;
  source: string; // source file name (seeds/…) or 'user:<file>'
  offset: number; // character offset of the quoted sentence in the source text (-1 if none)
  quote: string; // the exact sentence stating the value
}

export interface BreakdownValue {
  id: string; // canonical label, e.g. 一级
  aliases: string[];
}

export interface BreakdownSet {
  id: string;
  name: string; // zh
  values: BreakdownValue[];
}

/** Separator between the parts of a composite breakdown: area group first, then the set value (五区·自理). */
export const BREAKDOWN_SEP = '·';

export interface IndicatorDef {
  id: string;
  name: string; // canonical zh name
  category: string;
  kind: IndicatorKind;
  unit: string; // canonical unit (the official form's unit; all amounts 万元)
  flow?: 'stock' | 'flow'; // end-of-period value vs year-to-date total
  breakdowns?: string; // BreakdownSet id (the partition audit rules sum over)
  /** Further partitions of the same total (孤儿: 有/无身份信息 besides 机构养育/社会散居); values must not clash. */
  extraBreakdowns?: string[];
  aliases: string[];
  /** Wordings that name this indicator AND one of its breakdown values (城市低保金 → 城市). */
  breakdownAliases?: Record<string, string>;
  /**
   * Breakdown values whose figure is kept under another indicator (提供住宿的民政机构 @ 养老 is
   * elder_institutions): value → indicator id. References are redirected there, with no breakdown.
   */
  partIndicators?: Record<string, string>;
  family?: string; // extractor hint: siblings sharing a subject (persons / funds)
  parts?: string[]; // extractor hint: indicators that may follow as 其中 parts
  note?: string;
}

export type FormColumnId = 'name' | 'unit' | 'code' | 'value' | 'prev' | 'change' | 'prevMonth';

export interface FormColumn {
  id: FormColumnId;
  label: string; // as printed: 指标名称, 单位, 代码, 数量, 上季度, 上期, 上月, 环比 …
  mark: string | null; // 甲 乙 丙 1 2 3 4 as printed under the titles (null: not printed)
  note?: string;
}

export interface FormRow {
  id: string; // stable across versions for the same meaning
  num: string; // numbering as printed: 一、 （一） 1. （1） A I 其中： …
  label: string; // 指标名称 as printed (without num)
  unit: string; // 单位 ('' for headings)
  code: string | null; // official 12-character code (JZH quarterly, YZH monthly) as a published form of this version shows it; null = not verified
  depth: number; // indentation level, 0 = section
  parent: string | null; // row id, explicit (never derived from code digits)
  relation: 'part' | '其中' | null; // to the parent: exact part of a true sum, or a 其中 subset; null under a heading
  isHeading: boolean; // no value cell
  indicator: string | null; // catalogue id (required unless isHeading)
  breakdown: string; // breakdown value of the indicator ('' = total)
  verified: boolean; // printed in a public release of THIS version at this place
  source: string; // verified: ids of form.sources; otherwise where label and position come from
  note?: string;
}

export interface FormSource {
  id: string;
  url: string;
  published: string | null; // release date as shown
  period: string; // report period shown
  publisher: string;
  note?: string;
}

export interface FormVersion {
  id: string; // e.g. JBZH0001-2022
  form: 'quarterly' | 'monthly';
  title: string;
  tableNo: string | null; // 表号 as printed (null: not seen)
  authority: string; // 制表机关
  approval: { label: '批转机关' | '批准机关'; body: string; docNo: string | null };
  headerVerified: boolean;
  validFrom: number; // first report year
  validTo: number | null; // last report year (null: current)
  codePrefix: 'JZH' | 'YZH';
  sameRowsAs?: string; // another version whose rows (labels, units, codes, hierarchy) these repeat
  note?: string;
  columns: FormColumn[];
  sources: FormSource[];
  rows: FormRow[];
}


export type RegionLevel = 'country' | 'province' | 'city' | 'district' | 'county';

export interface RegionDef {
  /** Unique canonical name: the official name (章丘区), or the parent's name + it when the official
   *  name is shared nationally (北京市通州区, 南通市通州区). */
  name: string;
  fullName: string; // chain of official names below the country, e.g. 山东省济南市章丘区
  level: RegionLevel;
  parent?: string; // canonical name of the parent region
  province?: string; // canonical province name (for per-province rule settings)
  code?: string; // 6-digit GB/T 2260 code, e.g. 370114 (功能区: the 6-digit stem of its statistical code)
  statCode?: string; // 12-digit 统计用区划代码 as printed in the forms' 地区编码, e.g. 370114000000
  official?: string; // the official name when `name` is qualified by the parent (通州区)
  zone?: boolean; // a statistical unit without a GB/T 2260 code (高新区, 开发区 …)
  aliases: string[]; // other current forms: official name, short form (章丘), abbreviation (延边州)
  former?: string[]; // historical names and codes (章丘市, 370181), from GB/T 2260 revisions
}

export interface Catalogue {
  indicators: IndicatorDef[];
  breakdowns: BreakdownSet[];
  regions: RegionDef[];
  /** Official form versions: the row codes live here (code index built by the resolver). */
  forms?: FormVersion[];
}

/** The columns of the dataset CSV, in order. Shared by the committed dataset and user files. */
export const DATASET_COLUMNS = [
  'region',
  'year',
  'period',
  'indicator_id',
  'indicator',
  'breakdown',
  'value',
  'unit',
  'qualifier',
  'source',
  'offset',
  'quote',
] as const;
