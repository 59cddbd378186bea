// The engine of the custom-functions runtime: the bundled dataset, parsed once on first use,
// plus the user's records from the task pane. No Office API here.
import datasetCsv from '../../data/dataset.csv';
import { MzEngine } from '../core/engine';
import type { DataRecord } from '../core/types';

let engine: MzEngine | null = null;
let userData: { records: DataRecord[]; source: string } | null = null;

const NONE = { added: 0, overridden: 0, rejected: 0 };

function build(): { engine: MzEngine; added: ReturnType<MzEngine['addRecords']> } {
  const e = MzEngine.fromCsv(datasetCsv);
  return { engine: e, added: userData ? e.addRecords(userData.records, userData.source) : { ...NONE } };
}

/** The engine over the bundled dataset (and user records, which win). Built lazily, then cached. */
export function getEngine(): MzEngine {
  if (!engine) engine = build().engine;
  return engine;
}

/**
 * Hook for the task pane's user data (workbook / OfficeRuntime.storage): replaces the user
 * records the functions see. An empty list goes back to the bundled dataset alone.
 * Returns what addRecords reported.
 */
export function setUserRecords(records: DataRecord[], source = 'user:workbook'): ReturnType<MzEngine['addRecords']> {
  userData = records.length ? { records, source } : null;
  if (!userData) {
    engine = null;
    return { ...NONE };
  }
  const b = build();
  engine = b.engine;
  return b.added;
}
