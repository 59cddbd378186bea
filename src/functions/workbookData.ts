// Reads this workbook's user records (hidden sheet _MZ_DATA) through the Excel API. In the shared
// runtime custom functions may call Excel.run; reads only.
import type { DataRecord } from '../core/types';
import { USER_DATA_SHEET, recordsFromValues } from '../core/userData';

export async function readWorkbookRecords(): Promise<DataRecord[]> {
  return Excel.run(async (ctx) => {
    // a missing sheet gives a null used range (as the Excel adapter reads sheets): one round trip
    const used = ctx.workbook.worksheets.getItemOrNullObject(USER_DATA_SHEET).getUsedRangeOrNullObject(true);
    used.load('values');
    await ctx.sync();
    if (used.isNullObject) return [];
    return recordsFromValues(used.values as (string | number | boolean | null)[][]).records;
  });
}
