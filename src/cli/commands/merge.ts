// mz merge: aggregates lower-level workbooks (逐级汇总) into the upper region's tables.
import * as fs from 'fs';
import * as path from 'path';
import { Command } from '../io';
import { readFailure } from './readFailure';
import { fail, failQuery, parseArgs } from '../args';
import { MzEngine } from '../../core/engine';
import { loadCatalogue } from '../../core/catalogue';
import { parsePeriodLabel, parseYearPeriod, periodLabel, periodText } from '../../core/period';
import { loadTemplates } from '../../core/tables';
import { encodeBindings, valuesFromSpecs } from '../../core/bindings';
import { ChildWorkbook, MergeError, MergePlan, PROVENANCE_SHEET, fillMerged, mergedEngine, planMerge, provenanceSheet } from '../../core/merge';
import { fillForm, parseFormKind } from '../../core/formFill';
import { Binding, SheetSpec } from '../../core/workbook';
import { writeFileSafe } from '../safeWrite';

export const HELP = `mz merge:汇总下级报表(逐级汇总)

用法:mz merge <下级.xlsx 或目录>… --region 济南 [--year 2020] --out 济南汇总.xlsx [--partial] [--force]

读取下级用 MZ 填写(或填写后又修改过)的工作簿,按指标性质汇总为上级的报表:
  人数、户数、个数、金额等  求和
  平均标准(城市低保平均标准等)  按对应人数加权平均
  比率  由汇总后的分子、分母重算
  分档的政策标准  各下级相同时照录,不同时留空并说明
输出的工作簿含本级汇总数和各下级的数(同一表中并列),以及“汇总来源”工作表:每个汇总数来自哪些文件的哪些单元格。

选项:
  --region 地区     上级地区(各工作簿须为其直接下级,例如 济南市 的各区县)
  --year 年份       报告期,如 2020、2021上半年;不写时取下级报表的报告期(各报表须相同)
  --out 文件.xlsx   输出文件;已存在时不覆盖,除非加 --force
  --partial         有下级未报送时仍按已收到的下级求和(默认:合计不完整的单元格留空)
  --form 季报|月报   输出正式报表(本级和各下级各一张),代替参照表;--version 指定报表版本

拒绝汇总(退出码 2)的情形:报告期不同、同一地区两份、不是上级的直接下级、不是 MZ 填写的工作簿。
退出码:0 成功;1 输出文件已存在(未写入);2 参数错误或不能汇总;3 内部错误`;

function listInputs(cwd: string, args: string[]): { files: string[]; error?: string } {
  const files: string[] = [];
  for (const a of args) {
    const p = path.resolve(cwd, a);
    let st: fs.Stats;
    try {
      st = fs.statSync(p);
    } catch {
      return { files, error: `文件不存在:${a}` };
    }
    if (st.isDirectory()) {
      for (const f of fs.readdirSync(p).sort()) if (/\.xlsx$/i.test(f) && !f.startsWith('~$')) files.push(path.join(p, f));
    } else files.push(p);
  }
  return { files };
}

export const run: Command = async (argv, io) => {
  const a = parseArgs(argv, { region: 'string', year: 'string', out: 'string', partial: 'boolean', force: 'boolean', form: 'string', version: 'string' });
  if ('error' in a) return fail(io, `${a.error}。用法见 mz merge --help`);
  if (a.opts.help) {
    io.out(HELP + '\n');
    return 0;
  }
  const o = a.opts as Record<string, string | undefined> & { partial?: boolean; force?: boolean };
  if (!a.positionals.length) return fail(io, '缺少下级工作簿,例如:mz merge 历下区.xlsx 市中区.xlsx --region 济南 --out 济南汇总.xlsx');
  if (!o.region) return fail(io, '缺少 --region(上级地区,例如 --region 济南)');
  if (!o.out) return fail(io, '缺少 --out(输出文件)');
  const outFile = path.resolve(io.cwd, o.out);
  if (!/\.xlsx$/i.test(outFile)) return fail(io, `输出文件“${o.out}”应以 .xlsx 结尾`);
  if (fs.existsSync(outFile) && !o.force) return fail(io, `输出文件“${o.out}”已存在,未写入;要覆盖请加 --force`, 1);

  const catalogue = loadCatalogue();
  const engine0 = new MzEngine(catalogue, []);
  const t = engine0.resolveRegion(o.region);
  if (!t.ok) return failQuery(io, t, `--region “${o.region}”:`);
  let year: number | undefined;
  let period: string | undefined;
  if (o.year) {
    const y = parseYearPeriod(o.year);
    if (!y.ok) return fail(io, `--year:${y.message}`);
    year = y.year;
    period = y.span ? periodLabel(y.span) : '全年';
  }

  const inputs = listInputs(io.cwd, a.positionals);
  if (inputs.error) return fail(io, inputs.error);
  if (!inputs.files.length) return fail(io, '给出的目录中没有 .xlsx 文件');
  if (inputs.files.includes(outFile)) return fail(io, `输出文件“${o.out}”也在输入之中;请换一个输出文件名`);
  const { readXlsxSheets } = await import('../../adapters/xlsxReader');
  const books: ChildWorkbook[] = [];
  for (const f of inputs.files) {
    const rel = path.relative(io.cwd, f) || f;
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(f);
    } catch (e) {
      return fail(io, `无法读取“${rel}”:${(e as Error).message}`);
    }
    try {
      books.push({ file: rel, sheets: await readXlsxSheets(new Uint8Array(bytes)) });
    } catch (e) {
      return fail(io, readFailure(rel, e));
    }
  }

  let plan: MergePlan;
  try {
    plan = planMerge(books, { catalogue, target: t.region.name, year, period, partial: !!o.partial });
  } catch (e) {
    if (e instanceof MergeError) return fail(io, `不能汇总:${e.message}`);
    throw e;
  }
  const span = parsePeriodLabel(plan.period)!;
  let result: { sheets: SheetSpec[]; bindings: Binding[]; provenance: SheetSpec };
  if (o.form !== undefined) {
    const kind = parseFormKind(o.form);
    if (!kind) return fail(io, `--form “${o.form}”无法识别;可写 季报 或 月报`);
    try {
      const f = fillForm({ engine: mergedEngine(plan, catalogue), kind, version: o.version, regions: [plan.target.name, ...plan.children.map((c) => c.region)], year: plan.year, period: span });
      result = { sheets: f.sheets, bindings: f.bindings, provenance: provenanceSheet(plan) };
      plan.notes.push(...f.summary.notes);
    } catch (e) {
      return fail(io, (e as Error).message);
    }
  } else result = fillMerged(plan, catalogue, loadTemplates());
  const bindings = encodeBindings(result.bindings, valuesFromSpecs(result.sheets));
  const { writeXlsx } = await import('../../adapters/xlsxWriter');
  const bytes = await writeXlsx([...result.sheets, result.provenance, bindings]);
  try {
    writeFileSafe(outFile, bytes, o.out);
  } catch (e) {
    return fail(io, (e as Error).message);
  }
  const filled = plan.provenance.filter((p) => p.value !== null).length;
  const blank = plan.provenance.filter((p) => p.value === null);
  const lines = [
    `已写入 ${o.out}:${plan.target.name} ${periodText(plan.year, span)},汇总 ${plan.children.length} 个下级(${plan.children.map((c) => c.region).join('、')})`,
    `汇总数 ${filled} 项;留空 ${blank.length} 项${blank.length ? `(原因见“${PROVENANCE_SHEET}”工作表)` : ''}`,
    ...plan.notes,
  ];
  for (const b of blank.slice(0, 10)) lines.push(`  留空:${b.indicator}${b.breakdown ? `(${b.breakdown})` : ''}——${b.blank}`);
  if (blank.length > 10) lines.push(`  ……另有 ${blank.length - 10} 项`);
  io.out(lines.join('\n') + '\n');
  return 0;
};
