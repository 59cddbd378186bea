// The user's own records (imported CSV, accepted extractions) travel with the workbook in the hidden
// sheet _MZ_DATA: one header row (the dataset columns) and one row per record. The task pane writes
// it; the custom functions read it (they run in the same per-workbook runtime, see README).
import Papa from 'papaparse';
import { CsvProblem, parseDatasetCsv, recordToRow } from './datasetCsv';
import { DATASET_COLUMNS, DataRecord } from './types';
import { CellValue, SheetSpec } from './workbook';

export const USER_DATA_SHEET = '_MZ_DATA';

const NUMERIC = new Set(['year', 'value', 'offset']);

/** The hidden sheet holding the user records (header row + one row per record). */
export function userDataSheet(records: DataRecord[]): SheetSpec {
  const header = [...DATASET_COLUMNS] as string[];
  const rows = records.map((r) =>
    recordToRow(r).map((c, i) => (NUMERIC.has(header[i]) && c !== '' && Number.isFinite(Number(c)) ? Number(c) : c)),
  );
  return {
    name: USER_DATA_SHEET,
    blocks: [{ topLeft: 'A1', values: [header, ...rows] }],
    merges: [],
    colWidths: [],
    hidden: true,
  };
}

/** Records from the cell values of the hidden sheet (as read from the workbook). */
export function recordsFromValues(values: CellValue[][]): { records: DataRecord[]; problems: CsvProblem[] } {
  const rows = values
    .map((row) => row.map((v) => (v === null || v === undefined ? '' : String(v))))
    .filter((row) => row.some((c) => c !== ''));
  if (rows.length === 0) return { records: [], problems: [] };
  const csv = Papa.unparse(rows, { newline: '\n' });
  return parseDatasetCsv(csv, 'user:workbook');
}
