// The one message for a workbook that could not be read, in the CLI, the task pane and the standalone
// page: beyond the reading limits (a zip bomb, a cell beyond XFD1048576, a formula beyond Excel's
// length …), or damaged. No imports: the CLI loads it at start-up.

/** Why the workbook `file` could not be read, in Chinese. `e` is the reader's error (kind 'limit' or not). */
export function workbookReadFailure(file: string, e: unknown): string {
  const err = e as { kind?: string; message?: string } | null;
  const why = err?.message ?? String(e);
  if (err?.kind === 'limit') return `无法读取工作簿“${file}”:超出读取上限,未读取。${why}`;
  return `无法读取工作簿“${file}”:文件已损坏或不是有效的 xlsx（${why}）`;
}
