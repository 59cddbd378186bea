// Brings the user's records (imported in the task pane, kept in OfficeRuntime.storage) into the
// functions' engine. Checked at most once a second; a storage that fails leaves the bundled data.
import { parseDatasetCsv } from '../core/datasetCsv';
import { KeyValueStorage, STORAGE_KEY, STORAGE_REV_KEY } from '../core/userStorage';
import { setUserRecords } from './runtime';

const MIN_INTERVAL_MS = 1000;
let lastRev: string | null = null;
let lastCheck = -Infinity;
let inflight: Promise<void> | null = null;

/** OfficeRuntime.storage inside Excel; null elsewhere. */
export function officeStorage(): KeyValueStorage | null {
  const g = globalThis as unknown as { OfficeRuntime?: { storage?: KeyValueStorage } };
  return g.OfficeRuntime?.storage ?? null;
}

/** Re-reads the user records when their revision changed. Concurrent callers share one read. */
export function refreshUserData(storage: KeyValueStorage | null = officeStorage(), now = Date.now()): Promise<void> {
  if (!storage) return Promise.resolve();
  if (inflight) return inflight;
  if (now - lastCheck < MIN_INTERVAL_MS) return Promise.resolve();
  inflight = (async () => {
    try {
      const rev = await storage.getItem(STORAGE_REV_KEY);
      if (rev !== lastRev) {
        const text = (await storage.getItem(STORAGE_KEY)) ?? '';
        setUserRecords(text.trim() ? parseDatasetCsv(text, 'user:workbook').records : []);
        lastRev = rev;
      }
    } catch {
      // storage unavailable: keep what we have
    } finally {
      lastCheck = Date.now();
      inflight = null;
    }
  })();
  return inflight;
}

/** For tests: forget what was read. */
export function resetUserDataState(): void {
  lastRev = null;
  lastCheck = -Infinity;
  inflight = null;
}
