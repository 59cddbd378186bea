// The user's own records travel with the workbook in a hidden sheet (core/userData.ts); in Excel the
// pane hands them to the custom functions of the same workbook directly (shared runtime).
import { CsvProblem } from '../../core/datasetCsv';
import { DataRecord } from '../../core/types';
import { SheetSnapshot } from '../../core/workbook';
import { recordsFromValues } from '../../core/userData';

export { USER_DATA_SHEET, userDataSheet } from '../../core/userData';

/** Reads records back from the hidden sheet's snapshot. */
export function recordsFromSnapshot(snap: SheetSnapshot): { records: DataRecord[]; problems: CsvProblem[] } {
  return recordsFromValues(snap.values);
}
