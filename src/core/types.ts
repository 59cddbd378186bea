// Shared data contracts of MZ core. Pure TypeScript: no Office, no DOM.

export type Qualifier = 'exact' | '余' | '近' | '约' | '超过' | '不低于' | '多';
export const QUALIFIERS: readonly Qualifier[] = ['exact', '余', '近', '约', '超过', '不低于', '多'];

export type IndicatorKind = 'standard' | 'count' | 'amount' | 'rate';

/** 全年 (whole year), 上半年, 下半年, Q1..Q4, or YYYY-MM for a month. */
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

export interface IndicatorDef {
  id: string;
  name: string; // canonical zh name
  category: string;
  kind: IndicatorKind;
  unit: string; // canonical unit
  code?: string; // official 12-character code where one exists
  flow?: 'stock' | 'flow'; // end-of-period value vs year-to-date total
  breakdowns?: string; // BreakdownSet id
  aliases: string[];
  note?: string;
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
