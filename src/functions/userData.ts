// Brings the workbook's own records (hidden sheet _MZ_DATA) into the functions' engine.
// - The task pane of the same workbook publishes them whenever they change (publishUserRecords):
//   the next call sees them at once, with no throttle.
// - Before that, the first call reads them from the workbook itself (a reader set by the page).
//   A read is given READ_TIMEOUT_MS; one that fails or never settles leaves the bundled data
//   answering, and the next call reads again.
// The state lives on globalThis (shared by two copies of this module in one page).
import type { DataRecord } from '../core/types';
import { setUserRecords } from './runtime';

export type RecordsReader = () => Promise<DataRecord[]>;

export const READ_TIMEOUT_MS = 5000;

interface ReadState {
  reader: RecordsReader | null;
  loaded: boolean;
  inflight: Promise<void> | null;
  /** bumped by every publish and every abandoned read, so a late read cannot undo newer data */
  generation: number;
  reads: number;
}

const KEY = '__mzFunctionsUserData';
const st: ReadState = ((globalThis as unknown as Record<string, ReadState>)[KEY] ??= {
  reader: null,
  loaded: false,
  inflight: null,
  generation: 0,
  reads: 0,
});

/** Sets how the functions read the workbook's records (Excel: the _MZ_DATA sheet). */
export function setRecordsReader(reader: RecordsReader | null): void {
  st.reader = reader;
}

/** The pane's records of this workbook: used from the next call on. */
export function publishUserRecords(records: DataRecord[]): void {
  st.generation++;
  st.loaded = true;
  st.inflight = null;
  setUserRecords(records);
}

/** Makes sure the workbook's records were read once; resolves within `timeoutMs` in every case. */
export function refreshUserData(timeoutMs = READ_TIMEOUT_MS): Promise<void> {
  if (st.loaded || !st.reader) return Promise.resolve();
  if (!st.inflight) {
    const gen = st.generation;
    const reader = st.reader;
    st.reads++;
    let read: Promise<void>;
    try {
      read = reader().then(
        (records) => {
          if (st.generation !== gen) return;
          setUserRecords(records);
          st.loaded = true;
          st.inflight = null;
        },
        () => {
          // failed: the bundled data answers; the next call reads again
          if (st.generation === gen) st.inflight = null;
        },
      );
    } catch {
      read = Promise.resolve();
    }
    st.inflight = read;
  }
  const inflight = st.inflight;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(() => {
      // never settled: give up on this read; the next call starts another
      if (st.inflight === inflight) {
        st.inflight = null;
        st.generation++;
      }
      resolve();
    }, timeoutMs);
  });
  return Promise.race([inflight, timeout]).finally(() => clearTimeout(timer));
}

/** For tests: forget what was read and the reader. */
export function resetUserDataState(): void {
  st.reader = null;
  st.loaded = false;
  st.inflight = null;
  st.generation++;
  st.reads = 0;
}

/** For tests: how many reads were started. */
export function readCount(): number {
  return st.reads;
}
