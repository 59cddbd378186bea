// The engine of the custom-functions runtime: the bundled dataset, parsed once on first use, plus
// the user's records of this workbook. No Office API here.
// With the shared runtime every open workbook has its own runtime (its own globals), so this state
// is per workbook. The state lives on globalThis so that two copies of this module in one page (the
// pane's bundle and functions.js) share it.
import datasetCsv from '../../data/dataset.csv';
import { MzEngine } from '../core/engine';
import type { DataRecord } from '../core/types';

interface RuntimeState {
  engine: MzEngine | null;
  userData: { records: DataRecord[]; source: string } | null;
}

const KEY = '__mzFunctionsRuntime';
const state: RuntimeState = ((globalThis as unknown as Record<string, RuntimeState>)[KEY] ??= { engine: null, userData: null });

const NONE = { added: 0, overridden: 0, rejected: 0 };

function build(): { engine: MzEngine; added: ReturnType<MzEngine['addRecords']> } {
  const e = MzEngine.fromCsv(datasetCsv);
  const u = state.userData;
  return { engine: e, added: u ? e.addRecords(u.records, u.source) : { ...NONE } };
}

/** The engine over the bundled dataset (and user records, which win). Built lazily, then cached. */
export function getEngine(): MzEngine {
  if (!state.engine) state.engine = build().engine;
  return state.engine;
}

/**
 * Replaces the user records the functions see (the workbook's _MZ_DATA, from the pane or read by
 * the functions). An empty list goes back to the bundled dataset alone. Returns what addRecords
 * reported.
 */
export function setUserRecords(records: DataRecord[], source = 'user:workbook'): ReturnType<MzEngine['addRecords']> {
  state.userData = records.length ? { records, source } : null;
  if (!state.userData) {
    state.engine = null;
    return { ...NONE };
  }
  const b = build();
  state.engine = b.engine;
  return b.added;
}
