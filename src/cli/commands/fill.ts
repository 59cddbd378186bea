// mz fill: writes the standard tables for regions and a year into an xlsx file.
import * as fs from 'fs';
import * as path from 'path';
import { Command } from '../io';
import { fail, failQuery, loadEngine, parseArgs } from '../args';
import { fillTables } from '../../core/fill';
import { loadTemplates } from '../../core/tables';
import { BINDINGS_SHEET, decodeBindings, encodeBindings, mergeBindings, valuesFromSpecs } from '../../core/bindings';
import { SheetExistsError } from '../../core/workbook';
import { XlsxWorkbook } from '../../adapters/xlsx';

export const HELP = `mz fill:按标准表格式填写民政统计表(xlsx)

用法:mz fill --region 济南[,淄博…] --year 2020 --out 文件.xlsx [选项]

选项:
  --region 地区[,地区…]  地区名称或简称,逗号分隔(1–5 个地区按列并排,6 个以上每行一个地区)
  --year 年份             报告年份,如 2020
  --tables 表[,表…]      只填这些表(工作表名或表标识),默认全部:
                          ${loadTemplates().tables.map((t) => t.sheet).join('、')}
  --out 文件.xlsx         输出文件(与 --into 同时给出时,写到 --out,原文件不变)
  --into 已有.xlsx        写入已有工作簿:保留其他工作表和单元格;同名工作表不覆盖
  --force                 与 --into 一起使用:替换同名工作表;只用 --out 时:覆盖已有的输出文件
  --data 用户数据.csv     在内置数据集之上使用自己的数据(同一指标以用户数据为准)

退出码:0 成功;1 同名工作表或输出文件已存在(未写入);2 参数错误或文件无法读取;3 内部错误`;

export const run: Command = async (argv, io) => {
  const a = parseArgs(argv, {
    region: 'string',
    year: 'string',
    tables: 'string',
    out: 'string',
    into: 'string',
    force: 'boolean',
    data: 'string',
  });
  if ('error' in a) return fail(io, `${a.error}。用法见 mz fill --help`);
  if (a.opts.help) {
    io.out(HELP + '\n');
    return 0;
  }
  const o = a.opts as Record<string, string | undefined> & { force?: boolean };
  if (a.positionals.length) return fail(io, `多余的参数:${a.positionals.join(' ')}。用法见 mz fill --help`);
  if (!o.region) return fail(io, '缺少 --region(例如 --region 济南)');
  if (!o.year) return fail(io, '缺少 --year(例如 --year 2020)');
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
  const loaded = loadEngine(io, o.data);
  if (!loaded) return 2;
  const { engine } = loaded;
  const y = engine.resolveYear(o.year);
  if (!y.ok) return fail(io, `--year:${y.message}`);
  const regions: string[] = [];
  for (const name of o.region.split(/[,,、]/).map((s) => s.trim()).filter(Boolean)) {
    const r = engine.resolveRegion(name);
    if (!r.ok) return failQuery(io, r, `--region “${name}”:`);
    if (!regions.includes(r.region.name)) regions.push(r.region.name);
  }
  if (!regions.length) return fail(io, '--region 没有给出地区');
  const templates = loadTemplates();
  const tables = o.tables ? o.tables.split(/[,,、]/).map((s) => s.trim()).filter(Boolean) : undefined;
  let result;
  try {
    result = fillTables({ templates, engine, regions, year: y.year, tables });
  } catch (e) {
    return fail(io, (e as Error).message);
  }

  let wb: XlsxWorkbook;
  let existingBindings: ReturnType<typeof decodeBindings> = [];
  if (o.into) {
    try {
      wb = await XlsxWorkbook.load(path.resolve(io.cwd, o.into), o.into);
    } catch (e) {
      return fail(io, (e as Error).message);
    }
    const snap = await wb.readSheets([BINDINGS_SHEET]);
    if (snap.length) existingBindings = decodeBindings(snap[0]);
  } else wb = XlsxWorkbook.create();

  try {
    await wb.writeSheets(result.sheets, o.force ? 'replace' : 'fail-if-exists');
  } catch (e) {
    if (e instanceof SheetExistsError) {
      io.err(
        `未写入:工作簿“${o.into}”中已有同名工作表:${e.sheets.join('、')}。文件未改动。\n` +
          '如需替换这些工作表,请加 --force;或用 --tables 只填其他表。\n',
      );
      return 1;
    }
    throw e;
  }
  const all = mergeBindings(existingBindings, result.sheets.map((s) => s.name), result.bindings);
  await wb.writeSheets([encodeBindings(all, valuesFromSpecs(result.sheets))], 'replace');
  const buf = await wb.toBuffer();
  try {
    fs.writeFileSync(outFile, buf);
  } catch (e) {
    return fail(io, `无法写入“${outFile}”:${(e as Error).message}`);
  }

  // summary (zh-CN)
  const s = result.summary;
  const lines: string[] = [];
  lines.push(`已写入 ${path.relative(io.cwd, outFile) || outFile}(${y.year}年,${regions.join('、')})`);
  lines.push(
    `工作表 ${result.sheets.length} 个:${result.sheets.map((x) => x.name).join('、')};` +
      `布局:${result.layout === 'blocks' ? '按地区分栏' : '每行一个地区'}`,
  );
  lines.push(`已填数值 ${s.filled} 个(含上年栏);绑定单元格 ${result.bindings.length} 个,保存在隐藏工作表 ${BINDINGS_SHEET}`);
  const byRegion = new Map<string, number>();
  for (const m of s.missing) byRegion.set(m.region, (byRegion.get(m.region) ?? 0) + 1);
  if (byRegion.size) {
    const shown = [...byRegion].slice(0, 20).map(([r, n]) => `${r} ${n} 个`).join(',');
    lines.push(`本年缺少的数值(留空,不填零):${shown}${byRegion.size > 20 ? ` 等 ${byRegion.size} 个地区` : ''}`);
  } else lines.push('本年数值齐全。');
  for (const n of s.notes.filter((x) => !x.startsWith('本年栏缺'))) lines.push(n);
  if (loaded.user) lines.push(`用户数据 ${loaded.user.file}:${loaded.user.added} 条(覆盖内置 ${loaded.user.overridden} 条)`);
  io.out(lines.join('\n') + '\n');
  return 0;
};
