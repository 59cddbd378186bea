// Where the task pane leaves the user's own records for the custom functions (OfficeRuntime.storage).

/** The user records as dataset CSV text (formatDatasetCsv, no formula guard); '' = none. */
export const STORAGE_KEY = 'mz.userRecords.v1';
/** ISO time of the last change, so the functions re-read the records only when it moves. */
export const STORAGE_REV_KEY = 'mz.userRecords.rev';

export interface KeyValueStorage {
  getItem(key: string): Promise<string | null>;
  setItem(key: string, value: string): Promise<void>;
}
