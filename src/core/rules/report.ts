// Check results as text, JSON and a 校验报告 sheet. Pure.
import { CellValue, SheetSpec } from '../workbook';
import { CheckResult, Finding } from './types';
import { groupFindings } from './readable';

export const REPORT_SHEET = '校验报告';

const SEV: Record<string, string> = { error: '错误(强制性)', warning: '警告(核实性)' };

export function counts(r: CheckResult): { errors: number; warnings: number; accepted: number; skipped: number; passed: number } {
  let errors = 0;
  let warnings = 0;
  let accepted = 0;
  for (const f of r.findings) {
    if (f.severity === 'error') errors++;
    else if (f.accepted) accepted++;
    else warnings++;
  }
  return {
    errors,
    warnings,
    accepted,
    skipped: r.skipped.reduce((a, s) => a + s.count, 0),
    passed: r.passed.reduce((a, p) => a + p.count, 0),
  };
}

function where(f: Finding): string {
  return f.cells.map((c) => `${c.sheet}!${c.address}`).join('、');
}

/** Findings sorted by severity (errors first), then sheet, then row. */
export function sortFindings(fs: Finding[]): Finding[] {
  const rowOf = (a: string) => Number(/\d+$/.exec(a)?.[0] ?? 0);
  return [...fs].sort((a, b) => {
    const s = (a.severity === 'error' ? 0 : 1) - (b.severity === 'error' ? 0 : 1);
    if (s) return s;
    const sa = a.cells[0]?.sheet ?? '';
    const sb = b.cells[0]?.sheet ?? '';
    if (sa !== sb) return sa < sb ? -1 : 1;
    return rowOf(a.cells[0]?.address ?? '') - rowOf(b.cells[0]?.address ?? '');
  });
}

/** Text report: grouped by severity, then sheet. */
export function formatText(r: CheckResult, title?: string): string {
  const lines: string[] = [];
  if (title) lines.push(`== ${title}`);
  if (r.noBindings) lines.push('注意:此工作簿没有 MZ 绑定信息(不是由 mz fill 生成),只运行了不需要绑定的规则(单元格规则、单位与精度、必填项)。');
  for (const e of r.ruleErrors) lines.push(`规则错误:${e.message}`);
  const sorted = sortFindings(groupFindings(r.findings));
  let sev = '';
  let sheet = '';
  for (const f of sorted) {
    if (f.severity !== sev) {
      sev = f.severity;
      sheet = '';
      lines.push(`[${SEV[sev]}]`);
    }
    const s = f.cells[0]?.sheet ?? '(无)';
    if (s !== sheet) {
      sheet = s;
      lines.push(`  工作表 ${s}`);
    }
    const acc = f.accepted ? ` [已说明:${f.accepted.note}]` : '';
    const ctx = f.region ? `${f.region}${f.year ? ` ${f.year}年` : ''} ` : '';
    lines.push(`    ${f.cells[0]?.address ?? ''} ${f.ruleId} ${ctx}${f.message}${acc}`);
    if (f.cells.length > 1) lines.push(`      涉及单元格:${where(f)}`);
  }
  if (r.skipped.length) {
    lines.push('[已跳过(缺少数据,不算错误)]');
    for (const s of r.skipped) lines.push(`    ${s.ruleId} ${s.ruleName}:${s.reason}${s.count > 1 ? ` ×${s.count}` : ''}`);
  }
  const c = counts(r);
  lines.push(`合计:错误 ${c.errors},警告 ${c.warnings}${c.accepted ? `(另有已说明 ${c.accepted})` : ''},跳过 ${c.skipped},通过 ${c.passed}`);
  return lines.join('\n') + '\n';
}

export function toJson(r: CheckResult, file?: string): object {
  return { ...(file ? { file } : {}), ...counts(r), noBindings: r.noBindings, findings: sortFindings(r.findings), skipped: r.skipped, passed: r.passed, ruleErrors: r.ruleErrors };
}

/** The 校验报告 sheet: one row per finding, errors first. */
export function reportSheet(r: CheckResult, when = new Date()): SheetSpec {
  const c = counts(r);
  const head: CellValue[][] = [
    ['校验报告', null, null, null, null, null, null, null],
    [`生成时间:${when.toISOString().replace('T', ' ').slice(0, 19)} UTC;错误 ${c.errors},警告 ${c.warnings},已说明 ${c.accepted},跳过 ${c.skipped},通过 ${c.passed}`, null, null, null, null, null, null, null],
    [r.noBindings ? '此工作簿没有 MZ 绑定信息,只运行了不需要绑定的规则。' : '', null, null, null, null, null, null, null],
    ['序号', '级别', '规则', '工作表', '单元格', '说明', '应为', '实际'],
  ];
  const rows: CellValue[][] = sortFindings(groupFindings(r.findings)).map((f, i) => [
    i + 1,
    f.accepted ? '警告(已说明)' : f.severity === 'error' ? '错误' : '警告',
    `${f.ruleId} ${f.ruleName}`,
    f.cells[0]?.sheet ?? '',
    f.cells.map((x) => (x.sheet === f.cells[0].sheet ? x.address : `${x.sheet}!${x.address}`)).join('、'),
    f.message + (f.accepted ? `(说明:${f.accepted.note})` : ''),
    f.expected ?? '',
    f.actual ?? '',
  ]);
  if (rows.length === 0) rows.push([null, null, null, null, null, '未发现问题', null, null]);
  const values = [...head, ...rows];
  return {
    name: REPORT_SHEET,
    blocks: [{ topLeft: 'A1', values }],
    merges: ['A1:H1', 'A2:H2', 'A3:H3'],
    colWidths: [6, 12, 30, 16, 16, 80, 16, 16],
    styles: [
      { range: 'A1:H1', style: 'title' },
      { range: 'A4:H4', style: 'header' },
    ],
    print: { landscape: true, fitToWidth: true },
  };
}
