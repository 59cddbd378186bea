// mz check: runs the audit rules on xlsx workbooks.
import * as fs from 'fs';
import * as path from 'path';
import { Command, Io } from '../io';
import { fail, loadEngine, parseArgs, readText } from '../args';
import { XlsxWorkbook } from '../../adapters/xlsx';
import { readXlsxSheets } from '../../adapters/xlsxReader';
import { SheetSnapshot } from '../../core/workbook';
import { checkWorkbook, validateRules } from '../../core/rules/check';
import { counts, formatText, reportSheet, toJson, REPORT_SHEET } from '../../core/rules/report';
import { CheckResult, Rule } from '../../core/rules/types';

export const HELP = `mz check:审核工作簿(表内、表间、与数据源、政策规则)

用法:mz check <文件.xlsx>… [--json] [--report-sheet] [--rules 规则.json] [--data 用户数据.csv]

选项:
  --json            以 JSON 输出(每个文件一项)
  --report-sheet    把结果写入工作簿中的“${REPORT_SHEET}”工作表(只替换旧的${REPORT_SHEET},其他内容保留)
  --rules 文件.json  追加自己的规则,如 [{"id":"U1","severity":"error","sheet":"民政资金","expr":"[D7] == [D8]+[D9]+[D10]"}]
  --data 文件.csv    在内置数据集之上使用自己的数据(与数据源比对时以用户数据为准)

退出码:0 没有错误(只有警告也为 0);1 至少一个错误;2 文件无法读取或参数有误;3 内部错误`;

/** Why a file cannot be read, in Chinese; null when it looks like an xlsx. */
function unreadable(file: string, p: string): { reason: string } | { bytes: Buffer } {
  let st: fs.Stats;
  try {
    st = fs.statSync(p);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { reason: code === 'ENOENT' ? `文件不存在:${file}` : `无法读取文件 ${file}:${(e as Error).message}` };
  }
  if (st.isDirectory()) return { reason: `“${file}”是目录,不是 xlsx 文件` };
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(p);
  } catch (e) {
    return { reason: `无法读取文件 ${file}:${(e as Error).message}` };
  }
  if (bytes.length === 0) return { reason: `文件为空:${file}` };
  if (bytes.length >= 4 && bytes.readUInt32BE(0) === 0xd0cf11e0) {
    return { reason: `“${file}”是旧版 Excel 97-2003 (.xls) 或加密的工作簿,请在 Excel 中另存为 .xlsx 后再审核` };
  }
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) return { reason: `“${file}”不是 xlsx 文件(xlsx 是 zip 格式;此文件可能是 CSV、文本或其他格式)` };
  return { bytes };
}

interface FileResult {
  file: string;
  result?: CheckResult;
  error?: string;
  reportWritten?: boolean;
}

export const run: Command = async (argv, io) => {
  const a = parseArgs(argv, { json: 'boolean', 'report-sheet': 'boolean', rules: 'string', data: 'string' });
  if ('error' in a) return fail(io, `${a.error}。用法见 mz check --help`);
  if (a.opts.help) {
    io.out(HELP + '\n');
    return 0;
  }
  if (a.positionals.length === 0) return fail(io, '缺少要审核的文件,例如:mz check 报表.xlsx');

  let extraRules: Rule[] = [];
  if (typeof a.opts.rules === 'string') {
    const r = readText(io, a.opts.rules);
    if (!r.ok) return fail(io, `--rules:${r.message}`);
    let json: unknown;
    try {
      json = JSON.parse(r.text.replace(/^\uFEFF/, ''));
    } catch (e) {
      return fail(io, `--rules:规则文件“${a.opts.rules}”不是有效的 JSON(${(e as Error).message})`);
    }
    const v = validateRules(json);
    if (v.errors.length) return fail(io, `--rules:规则文件“${a.opts.rules}”有误:\n${v.errors.map((e) => e.message).join('\n')}`);
    extraRules = v.rules;
  }

  const loaded = loadEngine(io, typeof a.opts.data === 'string' ? a.opts.data : undefined);
  if (!loaded) return 2;
  const engine = loaded.engine;

  const results: FileResult[] = [];
  for (const file of a.positionals) {
    const p = path.resolve(io.cwd, file);
    const pre = unreadable(file, p);
    if ('reason' in pre) {
      results.push({ file, error: pre.reason });
      continue;
    }
    // read with the lean reader; exceljs only loads the file when the report sheet is written
    let all: SheetSnapshot[];
    try {
      all = await readXlsxSheets(new Uint8Array(pre.bytes));
    } catch (e) {
      results.push({ file, error: `“${file}”无法打开:文件已损坏或不是有效的 xlsx(${(e as Error).message})` });
      continue;
    }
    const snaps = all.filter((s) => s.name !== REPORT_SHEET);
    all = [];
    const result = checkWorkbook(snaps, { engine, extraRules });
    const fr: FileResult = { file, result };
    if (a.opts['report-sheet']) {
      try {
        const wb = await XlsxWorkbook.load(new Uint8Array(pre.bytes), file);
        await wb.writeSheets([reportSheet(result)], 'replace');
        await wb.save(p);
        fr.reportWritten = true;
      } catch (e) {
        io.err(`无法把${REPORT_SHEET}写入“${file}”:${(e as Error).message}\n`);
      }
    }
    results.push(fr);
  }

  output(io, results, !!a.opts.json);
  if (results.some((r) => r.error)) return 2;
  if (results.some((r) => r.result && counts(r.result).errors > 0)) return 1;
  return 0;
};

function output(io: Io, results: FileResult[], json: boolean): void {
  if (json) {
    const arr = results.map((r) =>
      r.error ? { file: r.file, readable: false, error: r.error } : { readable: true, ...toJson(r.result!, r.file), reportSheet: !!r.reportWritten },
    );
    io.out(JSON.stringify(arr.length === 1 ? arr[0] : arr, null, 2) + '\n');
    for (const r of results) if (r.error) io.err(r.error + '\n');
    return;
  }
  // one summary line per file, then the findings
  for (const r of results) {
    if (r.error) {
      io.out(`${r.file}:无法读取 — ${r.error}\n`);
      continue;
    }
    const c = counts(r.result!);
    io.out(
      `${r.file}:错误 ${c.errors},警告 ${c.warnings}${c.accepted ? `(已说明 ${c.accepted})` : ''},跳过 ${c.skipped}` +
        `${r.result!.noBindings ? '(无绑定信息)' : ''}${r.reportWritten ? `;已写入“${REPORT_SHEET}”` : ''}\n`,
    );
  }
  for (const r of results) {
    if (r.error) {
      io.err(r.error + '\n');
      continue;
    }
    io.out('\n' + formatText(r.result!, r.file));
  }
}
