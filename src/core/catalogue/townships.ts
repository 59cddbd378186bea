// 乡镇街道 names (townships.gen.json, generated with the regions): place-name hints for inferring a
// report's region, never queryable regions. Loaded on demand: the custom functions never import
// this module, and the task pane gets the file as a separate chunk when it first extracts.

let loading: Promise<readonly string[]> | undefined;

/** Rows `县级代码 乡镇街道名…`, one per county-level unit. */
export function loadTownships(): Promise<readonly string[]> {
  loading ??= import('./townships.gen.json').then((m) => ((m as { default?: { rows: string[] } }).default ?? (m as unknown as { rows: string[] })).rows);
  return loading;
}
