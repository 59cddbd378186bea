// mz fill: writes the standard tables for regions and a year into an xlsx file.
import * as fs from 'fs';
import * as path from 'path';
import { Command } from '../io';
import { readFailure } from './readFailure';
import { fail, failQuery, loadEngine, parseArgs } from '../args';
import { fillTables } from '../../core/fill';
import { FormFillResult, PreviousForm, fillForm, parseFormKind, readPreviousForm } from '../../core/formFill';
import { loadForms } from '../../core/forms';
import { FULL_YEAR, PERIOD_SYNTAX, parsePeriodLabel, parseYearPeriod, periodText } from '../../core/period';
import { loadTemplates } from '../../core/tables';
import { BINDINGS_SHEET, updateBindingsSheet, valuesFromSpecs } from '../../core/bindings';
import type { SheetSnapshot } from '../../core/workbook';
import { writeFileSafe } from '../safeWrite';

export const HELP = `mz fill:填写民政统计季报表/月报表(--form),或 MZ 的专题参照表(xlsx)

用法:mz fill --region 济南[,淄博…] --year 2020 [--period 上半年] --out 文件.xlsx [选项]
      mz fill --form 季报|月报 --region 济南 --year 2022年9月 --out 季报.xlsx [--version 版本] [--previous 上期.xlsx]

选项:
  --region 地区[,地区…]  地区名称或简称,逗号分隔(1–5 个地区按列并排,6 个以上每行一个地区)
  --year 年份             报告年份,如 2020;也可连同期别写,如 2021上半年、2022Q3、2022年1-9月
  --period 期别           报告期别,默认全年:${PERIOD_SYNTAX}
                          时点指标(人数、标准等)取期末月份相同的数,累计指标(资金、人次等)只取同一期别;
                          数据集只有其他期别的数值时留空,并在摘要中说明。上年栏取上年同一期别
  --tables 表[,表…]      只填这些表(工作表名或表标识),默认全部:
                          ${loadTemplates().tables.map((t) => t.sheet).join('、')}
  --form 季报|月报        填写正式报表(民政统计季报表/月报表),每个地区一张工作表,代替参照表:
                          表头含表号、制表机关、批准机关、编制单位、地区编码和报告期;累计项取年初至报告期末,
                          时点项取期末数;期别不符的数值留空并在摘要中说明
  --version 版本          报表版本(默认按报告年份选择):${loadForms().map((f) => f.id).join('、')}
  --previous 上期.xlsx    与 --form 一起使用:上季度/上期栏取自上期报表(MZ 填写的或自己保存的),按代码或指标名称匹配
  --out 文件.xlsx         输出文件(与 --into 同时给出时,写到 --out,原文件不变)
  --into 已有.xlsx        写入已有工作簿:保留其他工作表和单元格;同名工作表不覆盖
  --force                 与 --into 一起使用:替换同名工作表;只用 --out 时:覆盖已有的输出文件
  --data 用户数据.csv     在内置数据集之上使用自己的数据(同一指标以用户数据为准);
                          其中有无法使用的行(未知地区、指标,单位不符等)时列出行号并退出(退出码 2)
  --skip-invalid          跳过用户数据中无法使用的行,照常填表,并在摘要中列出跳过的行

退出码:0 成功;1 同名工作表或输出文件已存在(未写入);2 参数错误或文件无法读取;3 内部错误`;

export const run: Command = async (argv, io) => {
  const a = parseArgs(argv, {
    region: 'string',
    year: 'string',
    period: 'string',
    tables: 'string',
    out: 'string',
    into: 'string',
    force: 'boolean',
    data: 'string',
    'skip-invalid': 'boolean',
    form: 'string',
    version: 'string',
    previous: 'string',
  });
  if ('error' in a) return fail(io, `${a.error}。用法见 mz fill --help`);
  if (a.opts.help) {
    io.out(HELP + '\n');
    return 0;
  }
  const o = a.opts as Record<string, string | undefined> & { force?: boolean };
  if (a.positionals.length) return fail(io, `多余的参数:${a.positionals.join(' ')}。用法见 mz fill --help`);
  if (!o.region) return fail(io, '缺少 --region(例如 --region 济南)');
  if (!o.year) return fail(io, '缺少 --year(例如 --year 2020 或 --year 2021上半年)');
  if (!o.out && !o.into) return fail(io, '缺少 --out(输出文件)或 --into(写入已有工作簿)');
  const outFile = path.resolve(io.cwd, (o.out ?? o.into)!);
  if (!/\.xlsx$/i.test(outFile)) return fail(io, `输出文件“${o.out ?? o.into}”应以 .xlsx 结尾`);

  const intoFile = o.into ? path.resolve(io.cwd, o.into) : undefined;
  if (o.out && outFile !== intoFile && fs.existsSync(outFile) && !o.force) {
    return fail(
      io,
      `输出文件“${o.out}”已存在,未写入。要写入这个工作簿请用 --into ${o.out}(保留其中的其他工作表);要整个覆盖请加 --force。`,
      1,
    );
  }
  const loaded = loadEngine(io, o.data, { strict: !a.opts['skip-invalid'] });
  if (!loaded) return 2;
  const { engine } = loaded;
  const y = parseYearPeriod(o.year);
  if (!y.ok) return fail(io, `--year:${y.message}`);
  let span = y.span ?? FULL_YEAR;
  if (o.period !== undefined) {
    const p = parsePeriodLabel(o.period);
    if (!p) return fail(io, `--period:期别“${o.period}”无法识别;可写 ${PERIOD_SYNTAX}`);
    if (y.span && (y.span.start !== p.start || y.span.end !== p.end)) return fail(io, `--year ${o.year} 已含期别,与 --period ${o.period} 不一致`);
    span = p;
  }
  const regions: string[] = [];
  for (const name of o.region.split(/[,,、]/).map((s) => s.trim()).filter(Boolean)) {
    const r = engine.resolveRegion(name);
    if (!r.ok) return failQuery(io, r, `--region “${name}”:`);
    if (!regions.includes(r.region.name)) regions.push(r.region.name);
  }
  if (!regions.length) return fail(io, '--region 没有给出地区');
  let result: { sheets: ReturnType<typeof fillTables>['sheets']; bindings: ReturnType<typeof fillTables>['bindings'] };
  let plain: ReturnType<typeof fillTables> | undefined;
  let form: FormFillResult | undefined;
  if (o.form !== undefined) {
    const kind = parseFormKind(o.form);
    if (!kind) return fail(io, `--form “${o.form}”无法识别;可写 季报 或 月报`);
    if (o.tables) return fail(io, '--form 与 --tables 不能同时使用');
    let previous: PreviousForm | undefined;
    if (o.previous) {
      const { readXlsxSheets } = await import('../../adapters/xlsxReader');
      try {
        const bytes0 = fs.readFileSync(path.resolve(io.cwd, o.previous));
        previous = readPreviousForm(await readXlsxSheets(bytes0), o.previous, regions.length === 1 ? regions[0] : undefined);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        return fail(io, `--previous:${code === 'ENOENT' ? `无法读取“${o.previous}”:文件不存在` : readFailure(o.previous, e)}`);
      }
    }
    try {
      form = fillForm({ engine, kind, version: o.version, regions, year: y.year, period: span, previous });
    } catch (e) {
      return fail(io, (e as Error).message);
    }
    result = form;
  } else {
    if (o.version || o.previous) return fail(io, '--version 和 --previous 只能与 --form 一起使用');
    const templates = loadTemplates();
    const tables = o.tables ? o.tables.split(/[,,、]/).map((s) => s.trim()).filter(Boolean) : undefined;
    try {
      plain = fillTables({ templates, engine, regions, year: y.year, period: span, tables });
    } catch (e) {
      return fail(io, (e as Error).message);
    }
    result = plain;
  }

  const bindingsOf = (existing?: SheetSnapshot, sheetOf?: (name: string) => SheetSnapshot | undefined) =>
    updateBindingsSheet(existing, result.sheets.map((x) => x.name), result.bindings, valuesFromSpecs(result.sheets), sheetOf);
  let bytes: Uint8Array;
  if (o.into) {
    // written at the package level: the user's sheets, charts, images … are copied byte for byte
    const { XlsxPackage } = await import('../../adapters/xlsxPackage');
    const { readXlsxSheets } = await import('../../adapters/xlsxReader');
    let src: Uint8Array;
    try {
      src = fs.readFileSync(path.resolve(io.cwd, o.into));
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      return fail(io, `无法读取文件“${o.into}”:${code === 'ENOENT' ? '文件不存在' : (e as Error).message}`);
    }
    let pkg;
    let existing: SheetSnapshot | undefined;
    let snaps: SheetSnapshot[] = [];
    try {
      pkg = await XlsxPackage.open(src, o.into);
      if (pkg.sheetNames.includes(BINDINGS_SHEET)) {
        // all sheets: the row labels of old (format 1) entries, converted to blocks
        snaps = await readXlsxSheets(src);
        existing = snaps.find((x) => x.name === BINDINGS_SHEET);
      }
    } catch (e) {
      return fail(io, (e as { name?: string }).name === 'XlsxReadError' ? readFailure(o.into, e) : (e as Error).message);
    }
    const clash = pkg.sheetNames.filter((n) => result.sheets.some((x) => x.name.toUpperCase() === n.toUpperCase()));
    if (clash.length && !o.force) {
      io.err(
        `未写入:工作簿“${o.into}”中已有同名工作表:${clash.join('、')}。文件未改动。\n` +
          '如需替换这些工作表,请加 --force;或用 --tables 只填其他表。\n',
      );
      return 1;
    }
    try {
      bytes = await pkg.withSheets([...result.sheets, bindingsOf(existing, (n) => snaps.find((x) => x.name === n))], 'replace');
    } catch (e) {
      return fail(io, (e as Error).message);
    }
  } else {
    const { writeXlsx } = await import('../../adapters/xlsxWriter');
    bytes = await writeXlsx([...result.sheets, bindingsOf()]);
  }
  try {
    writeFileSafe(outFile, bytes, path.relative(io.cwd, outFile) || outFile);
  } catch (e) {
    return fail(io, (e as Error).message);
  }

  // summary (zh-CN)
  const lines: string[] = [];
  const written = path.relative(io.cwd, outFile) || outFile;
  if (form) {
    lines.push(`已写入 ${written}(${form.version.title} ${form.version.id},报告期 ${form.periodText},${regions.join('、')})`);
    lines.push(`工作表 ${form.sheets.length} 个:${form.sheets.map((x) => x.name).join('、')};绑定单元格 ${form.bindings.length} 个,保存在隐藏工作表 ${BINDINGS_SHEET}`);
    for (const n of form.summary.notes) lines.push(n);
  } else {
    const s = plain!.summary;
    lines.push(`已写入 ${written}(报告期 ${periodText(y.year, span)},${regions.join('、')})`);
    lines.push(
      `工作表 ${plain!.sheets.length} 个(参照表):${plain!.sheets.map((x) => x.name).join('、')};` +
        `布局:${plain!.layout === 'blocks' ? '按地区分栏' : '每行一个地区'}`,
    );
    lines.push(`已填数值 ${s.filled} 个(含上年栏);绑定单元格 ${plain!.bindings.length} 个,保存在隐藏工作表 ${BINDINGS_SHEET}`);
    const byRegion = new Map<string, number>();
    for (const m of s.missing) byRegion.set(m.region, (byRegion.get(m.region) ?? 0) + 1);
    if (byRegion.size) {
      const shown = [...byRegion].slice(0, 20).map(([r, n]) => `${r} ${n} 个`).join(',');
      lines.push(`本年缺少的数值(留空,不填零):${shown}${byRegion.size > 20 ? ` 等 ${byRegion.size} 个地区` : ''}`);
    } else lines.push('本年数值齐全。');
    for (const n of s.notes.filter((x) => !x.startsWith('本年栏缺'))) lines.push(n);
  }
  if (loaded.user) {
    const u = loaded.user;
    lines.push(`用户数据 ${u.file}:${u.added} 条(覆盖内置 ${u.overridden} 条)`);
    if (u.skipped.length) lines.push(`用户数据 ${u.file} 跳过 ${u.skipped.length} 处:${u.skipped.map((p) => `第 ${p.line} 行(${p.message})`).join(';')}`);
  }
  io.out(lines.join('\n') + '\n');
  return 0;
};
