// The engine of the custom-functions runtime: the bundled dataset, parsed once on first use,
// plus (later) the user's records stored in the workbook. No Office API here.
import datasetCsv from '../../data/dataset.csv';
import { MzEngine } from '../core/engine';
import type { DataRecord } from '../core/types';

let engine: MzEngine | null = null;
let userData: { records: DataRecord[]; source: string } | null = null;

/** The engine over the bundled dataset (and user records, which win). Built lazily, then cached. */
export function getEngine(): MzEngine {
  if (!engine) {
    const e = MzEngine.fromCsv(datasetCsv);
    if (userData) e.addRecords(userData.records, userData.source);
    engine = e;
  }
  return engine;
}

/**
 * Hook for the task pane's user data (workbook / OfficeRuntime.storage): replaces the user
 * records the functions see. An empty list goes back to the bundled dataset alone.
 * The next function call rebuilds the engine; returns what addRecords reported.
 */
export function setUserRecords(records: DataRecord[], source = 'user:workbook'): ReturnType<MzEngine['addRecords']> {
  userData = records.length ? { records, source } : null;
  engine = null;
  if (!userData) return { added: 0, overridden: 0, rejected: 0 };
  const e = MzEngine.fromCsv(datasetCsv);
  const r = e.addRecords(userData.records, userData.source);
  engine = e;
  return r;
}
