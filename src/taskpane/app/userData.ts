// The user's own records (imported CSV, accepted extractions) travel with the workbook in a hidden
// sheet, and are mirrored to OfficeRuntime.storage so the custom functions see them.
import Papa from 'papaparse';
import { parseDatasetCsv, recordToRow, formatDatasetCsv, CsvProblem } from '../../core/datasetCsv';
import { DATASET_COLUMNS, DataRecord } from '../../core/types';
import { SheetSnapshot, SheetSpec } from '../../core/workbook';

export const USER_DATA_SHEET = '_MZ_DATA';
import { KeyValueStorage, STORAGE_KEY, STORAGE_REV_KEY } from '../../core/userStorage';
export { STORAGE_KEY, STORAGE_REV_KEY };
export type { KeyValueStorage };

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

/** Reads records back from the hidden sheet's snapshot. */
export function recordsFromSnapshot(snap: SheetSnapshot): { records: DataRecord[]; problems: CsvProblem[] } {
  const rows = snap.values
    .map((row) => row.map((v) => (v === null || v === undefined ? '' : String(v))))
    .filter((row) => row.some((c) => c !== ''));
  if (rows.length === 0) return { records: [], problems: [] };
  const csv = Papa.unparse(rows, { newline: '\n' });
  return parseDatasetCsv(csv, 'user:workbook');
}

export function storageCsv(records: DataRecord[]): string {
  return records.length ? formatDatasetCsv(records) : '';
}

/** OfficeRuntime.storage when present (Excel), else null. */
export function officeStorage(): KeyValueStorage | null {
  const g = globalThis as unknown as { OfficeRuntime?: { storage?: KeyValueStorage } };
  return g.OfficeRuntime?.storage ?? null;
}
