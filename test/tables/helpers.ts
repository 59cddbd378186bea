// Helpers for the table tests: read a cell of a fill result.
import { FillResult } from '../../src/core/fill';
import { CellValue, SheetSpec, parseA1 } from '../../src/core/workbook';

export function cell(res: FillResult | SheetSpec[], sheet: string, address: string): { v: CellValue; f: string | null } {
  const sheets = Array.isArray(res) ? res : res.sheets;
  const s = sheets.find((x) => x.name === sheet);
  if (!s) throw new Error(`no sheet ${sheet}`);
  const p = parseA1(address)!;
  const b = s.blocks[0];
  return { v: b.values[p.row]?.[p.col] ?? null, f: b.formulas?.[p.row]?.[p.col] ?? null };
}

/** Address of the 本年 cell of the row labelled `label` (first match, trimmed) in blocks layout. */
export function rowAddr(res: FillResult, sheet: string, label: string, col = 'D'): string {
  const s = res.sheets.find((x) => x.name === sheet)!;
  const r = s.blocks[0].values.findIndex((row) => typeof row[0] === 'string' && row[0].trim() === label);
  if (r < 0) throw new Error(`no row ${label} in ${sheet}`);
  return `${col}${r + 1}`;
}

