// Batch review: many submitted workbooks checked on every core, one summary row per file.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { escapeCell } from '../core/datasetCsv';
import { SheetSpec } from '../core/workbook';

export type BatchStatus = '可上报' | '需修改' | '无法读取';

/** One file's line in the batch summary. */
export interface BatchRow {
  file: string;
  regions: string[];
  /** e.g. 2021年上半年; several when the workbook holds several */
  periods: string[];
  errors: number;
  warnings: number;
  accepted: number;
  /** the 说明 of the accepted warnings, as "规则 单元格:说明" */
  notes: string[];
  skipped: number;
  status: BatchStatus;
  /** why the file could not be read */
  reason?: string;
  ms: number;
}

/** xlsx files named on the command line, folders expanded (sorted, Excel's ~$ lock files left out). */
export function expandInputs(cwd: string, args: string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  for (const a of args) {
    const p = path.resolve(cwd, a);
    let st: fs.Stats;
    try {
      st = fs.statSync(p);
    } catch {
      missing.push(a);
      continue;
    }
    if (st.isDirectory()) {
      for (const f of fs.readdirSync(p).sort()) if (/\.xlsx$/i.test(f) && !f.startsWith('~$')) files.push(path.join(p, f));
    } else files.push(p);
  }
  return { files, missing };
}

export const SUMMARY_COLUMNS = ['文件', '地区', '报告期', '错误', '警告', '已说明的警告', '说明', '跳过', '状态', '原因'];

function cells(r: BatchRow, cwd: string): (string | number)[] {
  return [
    path.relative(cwd, r.file) || r.file,
    r.regions.join('、'),
    r.periods.join('、'),
    r.errors,
    r.warnings,
    r.accepted,
    r.notes.join(';'),
    r.skipped,
    r.status,
    r.reason ?? '',
  ];
}

export function summaryCsv(rows: BatchRow[], cwd: string): string {
  const quote = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const line = (xs: (string | number)[]) => xs.map((x) => (typeof x === 'number' ? String(x) : quote(escapeCell(x, true)))).join(',');
  return '\ufeff' + [line(SUMMARY_COLUMNS), ...rows.map((r) => line(cells(r, cwd)))].join('\r\n') + '\r\n';
}

export function summaryJson(rows: BatchRow[], cwd: string): string {
  return (
    JSON.stringify(
      rows.map((r) => ({ ...r, file: path.relative(cwd, r.file) || r.file })),
      null,
      2,
    ) + '\n'
  );
}

export function summarySheet(rows: BatchRow[], cwd: string, title: string): SheetSpec {
  const n = SUMMARY_COLUMNS.length;
  const blank = () => Array<string | null>(n).fill(null);
  const head = blank();
  head[0] = title;
  const totals = blank();
  const by = (s: BatchStatus) => rows.filter((r) => r.status === s).length;
  totals[0] = `共 ${rows.length} 个文件:可上报 ${by('可上报')},需修改 ${by('需修改')},无法读取 ${by('无法读取')}`;
  const values = [head, totals, SUMMARY_COLUMNS, ...rows.map((r) => cells(r, cwd))];
  return {
    name: '审核汇总',
    blocks: [{ topLeft: 'A1', values }],
    merges: ['A1:J1', 'A2:J2'],
    colWidths: [36, 16, 14, 6, 6, 8, 40, 6, 8, 50],
    styles: [
      { range: 'A1:J1', style: 'title' },
      { range: 'A3:J3', style: 'header' },
    ],
    print: { landscape: true, fitToWidth: true },
  };
}

/** Worker threads to use: one per core (the main thread only collects), never more than files. */
export function defaultJobs(files: number): number {
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return Math.max(1, Math.min(files, cores));
}
