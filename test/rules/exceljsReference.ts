// The reference the lean reader (src/adapters/xlsxReader.ts) is held to: the snapshots exceljs gives
// of the same bytes (what XlsxWorkbook read through exceljs before it used the lean reader).
import ExcelJS from 'exceljs';
import { CellValue, SheetSnapshot } from '../../src/core/workbook';

/** Every sheet of xlsx bytes as exceljs reads it: used range from A1, cached formula results, formulas with '='. */
export async function readViaExceljs(bytes: Uint8Array): Promise<SheetSnapshot[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb.worksheets.map(readSheet);
}

function normValue(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('result' in o || 'formula' in o || 'sharedFormula' in o) return normValue(o.result);
    if (Array.isArray(o.richText)) return (o.richText as { text: string }[]).map((x) => x.text).join('');
    if ('text' in o) return normValue(o.text);
    if ('error' in o) return String(o.error);
  }
  return String(v);
}

function readSheet(ws: ExcelJS.Worksheet): SheetSnapshot {
  const nRows = ws.rowCount;
  const nCols = ws.columnCount;
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numFmts: (string | null)[][] = [];
  for (let r = 1; r <= nRows; r++) {
    const vr: CellValue[] = new Array(nCols).fill(null);
    const fr: (string | null)[] = new Array(nCols).fill(null);
    const nr: (string | null)[] = new Array(nCols).fill(null);
    const row = ws.findRow(r);
    if (row) {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (c > nCols) return;
        if (cell.type === ExcelJS.ValueType.Merge) return;
        let f: string | null = null;
        if (cell.type === ExcelJS.ValueType.Formula) {
          const text = cell.formula;
          if (text) f = '=' + text;
        }
        // a formula's cached result from the model: cell.value drops falsy results (0, false, "")
        vr[c - 1] = f !== null || cell.type === ExcelJS.ValueType.Formula ? normValue(cell.result) : normValue(cell.value);
        fr[c - 1] = f;
        nr[c - 1] = cell.numFmt ?? null;
      });
    }
    values.push(vr);
    formulas.push(fr);
    numFmts.push(nr);
  }
  return { name: ws.name, values, formulas, numFmts };
}
