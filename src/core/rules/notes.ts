// Accepted warnings: a 说明 per (rule, cell) kept in the hidden sheet _MZ_NOTES. Pure.
import { SheetSnapshot, SheetSpec, CellValue } from '../workbook';
import { Acceptance } from './types';

export const NOTES_SHEET = '_MZ_NOTES';
const HEADER = ['rule_id', 'sheet', 'address', 'note', 'at'];

/** Reads the accepted warnings from the _MZ_NOTES snapshot (header row first). */
export function readAcceptances(snapshot: SheetSnapshot | undefined | null): Acceptance[] {
  if (!snapshot) return [];
  const out: Acceptance[] = [];
  for (let r = 1; r < snapshot.values.length; r++) {
    const row = snapshot.values[r] ?? [];
    const [ruleId, sheet, address, note, at] = row.map((v) => (v === null || v === undefined ? '' : String(v)));
    if (!ruleId || !sheet || !address || !note) continue;
    out.push({ ruleId, sheet, address: address.toUpperCase(), note, ...(at ? { at } : {}) });
  }
  return out;
}

/**
 * Adds (or replaces) the 说明 for a warning at a cell; returns the whole _MZ_NOTES sheet to write
 * with mode 'replace'. An empty note removes the acceptance.
 */
export function acceptWarning(
  existing: SheetSnapshot | Acceptance[] | null | undefined,
  a: { ruleId: string; sheet: string; address: string; note: string; at?: string },
): SheetSpec {
  if (!a.ruleId || !a.sheet || !a.address) throw new Error('接受警告需要规则编号、工作表和单元格地址');
  const list = Array.isArray(existing) ? [...existing] : readAcceptances(existing ?? null);
  const key = (x: { ruleId: string; sheet: string; address: string }) => `${x.ruleId}|${x.sheet}|${x.address.toUpperCase()}`;
  const kept = list.filter((x) => key(x) !== key(a));
  const note = a.note.trim();
  if (note) kept.push({ ruleId: a.ruleId, sheet: a.sheet, address: a.address.toUpperCase(), note, at: a.at ?? new Date().toISOString() });
  return notesSheet(kept);
}

export function notesSheet(list: Acceptance[]): SheetSpec {
  const values: CellValue[][] = [HEADER, ...list.map((x) => [x.ruleId, x.sheet, x.address, x.note, x.at ?? ''])];
  return { name: NOTES_SHEET, blocks: [{ topLeft: 'A1', values }], merges: [], colWidths: [10, 20, 10, 60, 24], hidden: true };
}
