// Excel custom functions of namespace MZ. The JSDoc below is the source of functions.json
// (custom-functions-metadata-plugin); the plugin's loader appends the CustomFunctions.associate
// calls for every @customfunction of this file, so none are written here.
// Parameters are `any` so that text or numbers (a year typed as 2020, "2020年" or "2021上半年") reach our
// resolver, which answers with Chinese messages instead of Excel's generic #VALUE!.
/* eslint-disable @typescript-eslint/no-explicit-any */
import { createFunctions } from './impl';
import { officeErrorFactory } from './officeErrors';
import { getEngine, setUserRecords } from './runtime';
import { publishUserRecords, refreshUserData, setRecordsReader } from './userData';
import { readWorkbookRecords } from './workbookData';

const mz = createFunctions(getEngine, officeErrorFactory);

// In Excel (shared runtime, one per workbook) the functions read this workbook's _MZ_DATA sheet.
if (typeof Excel !== 'undefined' && typeof Excel.run === 'function') setRecordsReader(readWorkbookRecords);

/**
 * A standard (保障标准, 补贴标准, 护理标准 …) of a region in a year, e.g. MZ.STANDARD("济南","城市低保",2020) = 821.
 * @customfunction STANDARD
 * @param region Region, e.g. "济南", "济南市章丘区", "北京通州" or a code such as 370100.
 * @param item Standard, e.g. "城市低保" or "特困人员基本生活标准".
 * @param year Year or period, e.g. 2020, "2020年", "2021上半年", "2022Q3", "2022年1-9月" or "2022年9月".
 * @param [breakdown] Breakdown, e.g. "一级", "自理", "机构养育"; empty for the total.
 * @param [unit] Unit to convert to, e.g. "元/人·年"; empty for the catalogue's unit.
 * @returns The standard as a number.
 */
export async function standard(region: any, item: any, year: any, breakdown?: any, unit?: any): Promise<number> {
  await refreshUserData();
  return mz.standard(region, item, year, breakdown, unit);
}

/**
 * Any indicator (count, amount, standard or rate) of a region in a year, e.g. MZ.VALUE("济南","城市低保",2020).
 * @customfunction VALUE
 * @param region Region, e.g. "济南".
 * @param indicator Indicator, e.g. "城市低保对象人数" or "结婚登记".
 * @param year Year or period, e.g. 2020, "2021上半年", "2022Q3" or "2022年1-9月". A bare year gives the full-year figure.
 * @param [breakdown] Breakdown, e.g. "城市"; empty for the total.
 * @param [unit] Unit to convert to, e.g. "万人" or "亿元"; empty for the catalogue's unit.
 * @returns The value as a number.
 */
export async function value(region: any, indicator: any, year: any, breakdown?: any, unit?: any): Promise<number> {
  await refreshUserData();
  return mz.value(region, indicator, year, breakdown, unit);
}

/**
 * All years and periods of an indicator for a region: spills a header row and rows of year, period, value and unit.
 * @customfunction SERIES
 * @param region Region, e.g. "济南".
 * @param indicator Indicator, e.g. "城市低保".
 * @param [breakdown] Breakdown; empty for the total.
 * @returns Rows of year, period, value, unit with a header row.
 */
export async function series(region: any, indicator: any, breakdown?: any): Promise<any[][]> {
  await refreshUserData();
  return mz.series(region, indicator, breakdown);
}

/**
 * An indicator in a year or period for every region with data: spills a header row and rows of region, period, value and unit.
 * @customfunction TABLE
 * @param indicator Indicator, e.g. "城市低保".
 * @param year Year or period, e.g. 2020 or "2021上半年".
 * @param [breakdown] Breakdown; empty for the total.
 * @returns Rows of region, period, value, unit with a header row.
 */
export async function table(indicator: any, year: any, breakdown?: any): Promise<any[][]> {
  await refreshUserData();
  return mz.table(indicator, year, breakdown);
}

/**
 * The sentence of the source report that states the value, and the report's file (and period when not the full year).
 * @customfunction SOURCE
 * @param region Region, e.g. "济南".
 * @param indicator Indicator, e.g. "城市低保".
 * @param year Year or period, e.g. 2020 or "2021上半年".
 * @param [breakdown] Breakdown; empty for the total.
 * @returns The source sentence followed by ——来源:file (with the period for part of a year).
 */
export async function source(region: any, indicator: any, year: any, breakdown?: any): Promise<string> {
  await refreshUserData();
  return mz.source(region, indicator, year, breakdown);
}

/**
 * The unit of the value MZ.VALUE returns for these arguments, e.g. 元/人·月.
 * @customfunction UNIT
 * @param region Region, e.g. "济南".
 * @param indicator Indicator, e.g. "城市低保".
 * @param year Year or period, e.g. 2020 or "2021上半年".
 * @param [breakdown] Breakdown; empty for the total.
 * @returns The unit.
 */
export async function unit(region: any, indicator: any, year: any, breakdown?: any): Promise<string> {
  await refreshUserData();
  return mz.unit(region, indicator, year, breakdown);
}

/**
 * Regions: without an argument those with data; with a level ("省级", "地级", "县级", "全部") every region
 * of it; with a region ("济南", "山东", "全国", 370100) its children. Spills name, full name, 6-digit code,
 * 12-digit 地区编码, level, parent and the years with data.
 * @customfunction REGIONS
 * @param [filter] Level or parent region; empty for the regions with data.
 * @returns Rows of regions with a header row.
 */
export async function regions(filter?: any): Promise<any[][]> {
  await refreshUserData();
  return mz.regions(filter);
}

/**
 * The indicators of the catalogue, optionally of one category (e.g. "社会救助") or kind ("标准").
 * @customfunction INDICATORS
 * @param [category] Category or kind; empty for all.
 * @returns Rows of indicators with a header row.
 */
export async function indicators(category?: any): Promise<any[][]> {
  await refreshUserData();
  return mz.indicators(category);
}

// Hooks for user data: the pane of the same workbook publishes its records (see userData.ts).
export { setUserRecords, publishUserRecords };
