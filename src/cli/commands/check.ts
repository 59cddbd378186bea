// mz check: runs the audit rules on xlsx workbooks.
import * as fs from 'fs';
import * as path from 'path';
import { Command, Io } from '../io';
import { fail, loadEngine, parseArgs, readText } from '../args';
import { writeFileSafe } from '../safeWrite';
import { readFailure } from './readFailure';
import { expandInputs } from '../batch';
import { Binding, SheetSnapshot } from '../../core/workbook';
import { BINDINGS_SHEET, BindingRowDecoder } from '../../core/bindings';
import { BindingTable } from '../../core/bindingTable';
import { CheckSettings, checkWorkbook, defaultRules, validateRules } from '../../core/rules/check';
import { withCoefficientTwins } from '../../core/rules/policy';
import { MzEngine } from '../../core/engine';
import { counts, formatText, reportSheet, toJson, REPORT_SHEET } from '../../core/rules/report';
import { CheckResult, Rule } from '../../core/rules/types';

export const HELP = `mz check:审核工作簿(表内、表间、与数据源、政策规则)

用法:mz check <文件.xlsx 或目录>… [--json] [--report-sheet] [--summary 汇总审核.xlsx|.csv|.json [--jobs 线程数]] [--rules 规则.json] [--data 用户数据.csv [--skip-invalid]] [--k 系数] [--change 比例]

选项:
  --json            以 JSON 输出(每个文件一项)
  --report-sheet    把结果写入工作簿中的“${REPORT_SHEET}”工作表(只替换旧的${REPORT_SHEET},其他内容保留)
  --rules 文件.json  追加自己的规则,如 [{"id":"U1","severity":"error","sheet":"民政资金","expr":"[D7] == [D8]+[D9]+[D10]"}]
  --data 文件.csv    在内置数据集之上使用自己的数据(与数据源比对时以用户数据为准);
                    其中有无法使用的行(未知地区、指标,单位不符等)时列出行号并退出(退出码 2)
  --skip-invalid    跳过用户数据中无法使用的行,照常审核,并在结果后列出跳过的行
  --k 系数           特困基本生活标准 ≥ 系数 × 低保标准 中的系数(默认 1.3):
                    一个数用于所有省份,如 --k 1.5;或按省设置,如 --k 山东省=1.3,贵州省=1.5
  --summary 文件      批量审核:每个文件一行(地区、报告期、错误、警告、已说明的警告及说明、跳过、状态:可上报/需修改/无法读取),
                    写入 .xlsx、.csv 或 .json;目录中的 .xlsx 全部审核;一个文件无法读取不影响其他文件
  --jobs 线程数      批量审核的并行线程数(默认每个 CPU 核一个)
  --change 比例      本期与上期变化超过此比例时提示(默认 0.3,即 30%)

退出码:0 没有错误(只有警告也为 0);1 至少一个错误;2 文件无法读取、${REPORT_SHEET}无法写入或参数有误;3 内部错误`;

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

/** --k and --change as check settings, or a Chinese message saying what is wrong. */
export function checkSettings(k: unknown, change: unknown, engine: MzEngine): CheckSettings | string {
  const settings: CheckSettings = {};
  if (typeof k === 'string') {
    const coef = (t: string) => (/^\d+(\.\d+)?$/.test(t.trim()) && Number(t) > 0 ? Number(t) : null);
    const all = coef(k);
    if (all !== null) {
      // one coefficient for every province, overriding per-province entries of the rules
      const provinces = engine.catalogue.regions.filter((r) => r.level === 'province').map((r) => r.name);
      settings.tekunCoefficient = { default: all, ...Object.fromEntries(provinces.map((p) => [p, all])) };
    } else {
      const map: Record<string, number> = {};
      for (const part of k.split(/[,\uFF0C;\uFF1B]/).filter((x) => x.trim())) {
        const [name, val] = part.split(/[=:\uFF1D\uFF1A]/);
        const v = val === undefined ? null : coef(val);
        if (!name || v === null) return `--k:“${part}”应为 系数 或 省份=系数,如 --k 1.5 或 --k 山东省=1.3,贵州省=1.5`;
        const r = engine.resolveRegion(name.trim());
        if (!r.ok) return `--k:${r.message}`;
        if (r.region.level !== 'province') return `--k:“${name.trim()}”不是省级地区;系数按省设置,如 山东省=1.3`;
        map[r.region.name] = v;
      }
      settings.tekunCoefficient = map;
    }
  }
  if (typeof change === 'string') {
    const t = Number(change.trim().replace(/%$/, ''));
    if (!Number.isFinite(t) || t <= 0) return `--change:“${change}”应为正数,如 0.3(或 30%)`;
    settings.changeThreshold = /%$/.test(change.trim()) ? t / 100 : t;
  }
  return settings;
}

export interface FileResult {
  file: string;
  scope?: { regions: string[]; periods: string[] };
  result?: CheckResult;
  error?: string;
  reportWritten?: boolean;
  reportFailed?: boolean;
}

export interface CheckFileContext {
  engine: MzEngine;
  extraRules: Rule[];
  settings: CheckSettings;
  reportSheet?: boolean;
  io?: Io;
}

/** Reads and checks one workbook; never throws for a bad file (the reason is in `error`). */
export async function checkOneFile(file: string, p: string, ctx: CheckFileContext): Promise<FileResult> {
  const { engine, extraRules, settings } = ctx;
  const pre = unreadable(file, p);
  if ('reason' in pre) return { file, error: pre.reason };
  // the lean reader; the report sheet is written at the package level (nothing else changes)
  const { readXlsxSheets } = await import('../../adapters/xlsxReader');
  // MZ_TIMING=1: the time of each phase on stderr (bench and diagnosis)
  const onTiming = process.env.MZ_TIMING === '1' ? (label: string, ms: number) => void process.stderr.write(`@@MZ_TIMING ${label} ${ms.toFixed(1)}\n`) : undefined;
  let all: SheetSnapshot[];
  // the bindings sheet decoded while it is read, never held as a grid (an edited one may hold millions of cells)
  const rowsIn = new BindingRowDecoder();
  try {
    const t0 = performance.now();
    all = await readXlsxSheets(new Uint8Array(pre.bytes), undefined, undefined, new Map([[BINDINGS_SHEET, rowsIn.row]]));
    onTiming?.('read', performance.now() - t0);
  } catch (e) {
    return { file, error: readFailure(file, e) };
  }
  const hasBindings = all.some((s) => s.name === BINDINGS_SHEET);
  const snaps = all.filter((s) => s.name !== REPORT_SHEET && s.name !== BINDINGS_SHEET);
  all = [];
  // the bindings decoded once, for the check and the batch summary's columns
  const bindings = hasBindings ? rowsIn.finish((n) => snaps.find((s) => s.name === n)) : new BindingTable();
  const result = checkWorkbook(snaps, { engine, rules: withCoefficientTwins(defaultRules(), settings), extraRules, settings, bindings, onTiming });
  const fr: FileResult = { file, result, scope: scopeOf(bindings) };
  if (ctx.reportSheet) {
    try {
      const { XlsxPackage } = await import('../../adapters/xlsxPackage');
      const pkg = await XlsxPackage.open(new Uint8Array(pre.bytes), file);
      writeFileSafe(p, await pkg.withSheets([reportSheet(result)], 'replace'), file);
      fr.reportWritten = true;
    } catch (e) {
      ctx.io?.err(`无法把${REPORT_SHEET}写入“${file}”:${(e as Error).message}\n`);
      fr.reportFailed = true;
    }
  }
  return fr;
}

/** Regions and periods a workbook's bindings are for (the batch summary's columns). */
function scopeOf(t: BindingTable): { regions: string[]; periods: string[] } {
  const regions = new Set<string>();
  const periods = new Set<string>();
  // year and period ids seen: the label is built once per distinct pair (consecutive entries mostly repeat it)
  const seen = new Set<string>();
  let lastRegion = -1;
  let lastYear = NaN;
  let lastPeriod = -1;
  for (let i = 0; i < t.n; i++) {
    if (t.column[i] !== 0) continue;
    if (t.region[i] !== lastRegion) regions.add(t.texts[(lastRegion = t.region[i])]);
    const year = t.year[i];
    if (year === lastYear && t.period[i] === lastPeriod) continue;
    lastYear = year;
    lastPeriod = t.period[i];
    const k = `${year}|${lastPeriod}`;
    if (seen.has(k)) continue;
    seen.add(k);
    const period = t.texts[lastPeriod];
    periods.add(`${year}年${period && period !== '全年' ? period : ''}`);
  }
  return { regions: [...regions], periods: [...periods] };
}

export const run: Command = async (argv, io) => {
  const a = parseArgs(argv, {
    json: 'boolean',
    'report-sheet': 'boolean',
    rules: 'string',
    data: 'string',
    'skip-invalid': 'boolean',
    k: 'string',
    change: 'string',
    summary: 'string',
    jobs: 'string',
  });
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

  const loaded = loadEngine(io, typeof a.opts.data === 'string' ? a.opts.data : undefined, { strict: !a.opts['skip-invalid'] });
  if (!loaded) return 2;
  const engine = loaded.engine;
  const settings = checkSettings(a.opts.k, a.opts.change, engine);
  if (typeof settings === 'string') return fail(io, settings);

  if (typeof a.opts.summary === 'string') {
    const { runBatch } = await import('../batchRun');
    return runBatch(io, a.positionals, a.opts.summary, {
      engine,
      extraRules,
      settings,
      jobs: typeof a.opts.jobs === 'string' ? a.opts.jobs : undefined,
      worker: { data: typeof a.opts.data === 'string' ? a.opts.data : undefined, skipInvalid: !!a.opts['skip-invalid'], rules: typeof a.opts.rules === 'string' ? a.opts.rules : undefined, k: a.opts.k as string | undefined, change: a.opts.change as string | undefined },
    });
  }
  const results: FileResult[] = [];
  // a folder stands for the workbooks in it
  const named = a.positionals.flatMap((f) => {
    const p = path.resolve(io.cwd, f);
    const isDir = fs.existsSync(p) && fs.statSync(p).isDirectory();
    return isDir ? expandInputs(io.cwd, [f]).files.map((x) => path.relative(io.cwd, x) || x) : [f];
  });
  if (!named.length) return fail(io, `目录中没有 .xlsx 文件:${a.positionals.join(' ')}`);
  for (const file of named) results.push(await checkOneFile(file, path.resolve(io.cwd, file), { engine, extraRules, settings, reportSheet: !!a.opts['report-sheet'], io }));

  output(io, results, !!a.opts.json);
  const skipped = loaded.user?.skipped ?? [];
  if (skipped.length && !a.opts.json) {
    io.out(`\n用户数据 ${loaded.user!.file} 跳过 ${skipped.length} 处:${skipped.map((p) => `第 ${p.line} 行(${p.message})`).join(';')}\n`);
  }
  if (results.some((r) => r.error || r.reportFailed)) return 2;
  if (results.some((r) => r.result && counts(r.result).errors > 0)) return 1;
  return 0;
};

/**
 * JSON.stringify(value, null, 2), written piece by piece: a long array (200,000 findings) is never one
 * string in memory. The text is the same.
 */
export function writeJson(io: Io, value: unknown, pad = ''): void {
  const inner = pad + '  ';
  if (Array.isArray(value) && value.length > 256) {
    io.out('[');
    value.forEach((x, i) => {
      io.out(`${i ? ',' : ''}\n${inner}`);
      writeJson(io, x === undefined || typeof x === 'function' || typeof x === 'symbol' ? null : x, inner);
    });
    io.out(`\n${pad}]`);
    return;
  }
  if (value && typeof value === 'object' && !Array.isArray(value) && typeof (value as { toJSON?: unknown }).toJSON !== 'function') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol');
    if (entries.some(([, v]) => Array.isArray(v) && v.length > 256)) {
      if (!entries.length) return void io.out('{}');
      io.out('{');
      entries.forEach(([k, v], i) => {
        io.out(`${i ? ',' : ''}\n${inner}${JSON.stringify(k)}: `);
        writeJson(io, v, inner);
      });
      io.out(`\n${pad}}`);
      return;
    }
  }
  const text = JSON.stringify(value, null, 2);
  io.out(pad ? text.replace(/\n/g, `\n${pad}`) : text);
}

function output(io: Io, results: FileResult[], json: boolean): void {
  if (json) {
    const arr = results.map((r) =>
      r.error ? { file: r.file, readable: false, error: r.error } : { readable: true, ...toJson(r.result!, r.file), reportSheet: !!r.reportWritten },
    );
    // pieces gathered into writes of about 1 MB (one write per finding would be a system call each)
    let buf: string[] = [];
    let size = 0;
    const flush = () => {
      if (buf.length) io.out(buf.join(''));
      buf = [];
      size = 0;
    };
    const sink: Io = {
      ...io,
      out: (t) => {
        buf.push(t);
        size += t.length;
        if (size > 1 << 20) flush();
      },
    };
    writeJson(sink, arr.length === 1 ? arr[0] : arr);
    sink.out('\n');
    flush();
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
