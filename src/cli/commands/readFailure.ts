// The message for a workbook that could not be read: beyond the reading limits (a zip bomb, a cell
// beyond XFD1048576, a formula beyond Excel's length …), or damaged.

/** Why `file` could not be read, in Chinese. */
export function readFailure(file: string, e: unknown): string {
  const err = e as { kind?: string; message?: string } | null;
  if (err?.kind === 'limit') return `“${file}”超出读取上限,未读取:${err.message}`;
  return `“${file}”无法打开:文件已损坏或不是有效的 xlsx(${err?.message ?? String(e)})`;
}
