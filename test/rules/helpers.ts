// Builds small in-memory workbooks (snapshots + bindings) laid out like the standard tables:
// A 指标名称 | B 计量单位 | C 代码 | D 本期 | E 上期, data from row 2.
import { Binding, CellValue, SheetSnapshot } from '../../src/core/workbook';
import { DataRecord } from '../../src/core/types';
import { MzEngine } from '../../src/core/engine';
import { loadCatalogue } from '../../src/core/catalogue';
import { checkWorkbook, CheckOptions } from '../../src/core/rules/check';
import { CheckResult, Finding } from '../../src/core/rules/types';

export interface Row {
  label?: string;
  unit?: string;
  ind?: string;
  bd?: string;
  v: CellValue;
  prev?: CellValue;
  formula?: string;
  numFmt?: string;
  region?: string;
  year?: number;
  /** canonical period label of the row's bindings (default 全年) */
  period?: string;
}

export interface Book {
  snapshots: SheetSnapshot[];
  bindings: Binding[];
}

/** Sheets from rows; row i of a sheet lands on Excel row i + 2 (D2, D3, …). */
export function book(sheets: Record<string, Row[]>, defaults: { region?: string; year?: number; period?: string } = {}): Book {
  const snapshots: SheetSnapshot[] = [];
  const bindings: Binding[] = [];
  for (const [name, rows] of Object.entries(sheets)) {
    const values: CellValue[][] = [['指标名称', '计量单位', '代码', '本期', '上期']];
    const formulas: (string | null)[][] = [[null, null, null, null, null]];
    const numFmts: (string | null)[][] = [[null, null, null, null, null]];
    rows.forEach((r, i) => {
      values.push([r.label ?? r.ind ?? '', r.unit ?? '', null, r.v, r.prev ?? null]);
      formulas.push([null, null, null, r.formula ?? null, null]);
      numFmts.push([null, null, null, r.numFmt ?? null, null]);
      if (r.ind) {
        const region = r.region ?? defaults.region ?? '济南市';
        const year = r.year ?? defaults.year ?? 2020;
        const base = { sheet: name, indicatorId: r.ind, region, breakdown: r.bd ?? '', period: r.period ?? defaults.period ?? '全年' };
        bindings.push({ ...base, address: `D${i + 2}`, year, column: 'current' });
        bindings.push({ ...base, address: `E${i + 2}`, year: year - 1, column: 'previous' });
      }
    });
    snapshots.push({ name, values, formulas, numFmts });
  }
  return { snapshots, bindings };
}

export function run(b: Book, opts: CheckOptions = {}): CheckResult {
  return checkWorkbook(b.snapshots, { bindings: b.bindings, ...opts });
}

export function findingsOf(r: CheckResult, ruleId: string): Finding[] {
  return r.findings.filter((f) => f.ruleId === ruleId);
}

export function passedOf(r: CheckResult, ruleId: string): number {
  return r.passed.find((p) => p.ruleId === ruleId)?.count ?? 0;
}

export function engineOf(rows: [string, number, string, string, number, string, string?, string?][]): MzEngine {
  const records: DataRecord[] = rows.map(([region, year, indicatorId, breakdown, value, unit, qualifier, period]) => ({
    region,
    year,
    period: period ?? '全年',
    indicatorId,
    indicator: '',
    breakdown,
    value,
    unit,
    qualifier: (qualifier ?? 'exact') as DataRecord['qualifier'],
    source: 'test',
    offset: -1,
    quote: '',
  }));
  return new MzEngine(loadCatalogue(), records);
}

/**
 * Types values over the bound current cells of a filled workbook (not the 汇总 sheet), as a user would, and
 * saves it to `to`; returns the cells typed, by indicator@breakdown.
 */
export async function typeOverBindings(
  wb: import('../../src/adapters/xlsx').XlsxWorkbook,
  bindings: Binding[],
  edits: [indicatorId: string, breakdown: string, value: import('exceljs').CellValue][],
  to: string,
): Promise<Record<string, string>> {
  const at: Record<string, string> = {};
  for (const [ind, bd, v] of edits) {
    const b = bindings.find((x) => x.column === 'current' && x.indicatorId === ind && x.breakdown === bd && x.sheet !== '汇总');
    if (!b) throw new Error(`no cell for ${ind}@${bd}`);
    (await wb.exceljs()).getWorksheet(b.sheet)!.getCell(b.address).value = v;
    at[`${ind}@${bd}`] = `${b.sheet}!${b.address}`;
  }
  (await import('fs')).writeFileSync(to, new Uint8Array((await (await wb.exceljs()).xlsx.writeBuffer()) as ArrayBuffer));
  return at;
}
