// mz data build | export [--out F] [--force] | validate <file.csv>
import * as fs from 'fs';
import * as path from 'path';
import { Command, Io } from '../io';
import { datasetPath, fail, parseArgs, projectRoot, readText } from '../args';
import { loadCatalogue } from '../../core/catalogue';
import { formatDatasetCsv, parseDatasetCsv } from '../../core/datasetCsv';
import { validateDataset } from '../../core/validate';
import { datasetFiles } from '../../core/extract/build';
import { writeFileSafe } from '../safeWrite';

export const HELP = `用法:
  mz data build [--root 目录]        从 seeds/ 中的报告(按 seeds/manifest.json)重新生成
                                     data/dataset.csv 与 data/candidates.csv
  mz data export [--out 文件.csv] [--force]
                                     导出内置数据集(UTF-8 CSV);不给 --out 时写到标准输出。
                                     以 = + - @ 开头的文本单元格前加 ' 防止公式注入;
                                     已存在的文件不会被覆盖,除非给出 --force
  mz data validate <文件.csv>        检查用户数据 CSV(UTF-8 或 GBK),逐行列出所有问题

用户数据 CSV 的列(第一行为表头,列顺序不限):
  region        必填  地区,如 济南市、章丘区(可用别名)
  year          必填  年份,如 2020
  indicator     必填* 指标名称或别名,如 城市低保标准(*或填写 indicator_id)
  indicator_id  可选  指标编号,如 dibao_std_urban
  breakdown     可选  分类,如 一级、机构养育;不分类留空
  value         必填  数值,可带千分位逗号
  unit          必填  单位,须能换算为该指标的单位,如 元/月、元/人·年、万元、亿元、人、万人
  period        可选  全年(默认)、上半年、下半年、Q1…Q4、2021-09
  qualifier     可选  exact(默认)、余、近、约、超过、不低于、多
  source        可选  来源(文件名或说明)
  offset        可选  来源文本中的字符位置
  quote         可选  原文句子

退出码:0 成功/无问题;1 validate 发现问题;2 参数错误或文件无法读取;3 内部错误`;

export const run: Command = async (argv, io) => {
  const [sub, ...rest] = argv;
  if (sub === undefined || sub === '--help' || sub === '-h' || sub === 'help') {
    io.out(HELP + '\n');
    return sub === undefined ? 2 : 0;
  }
  switch (sub) {
    case 'build':
      return build(rest, io);
    case 'export':
      return exportData(rest, io);
    case 'validate':
      return validate(rest, io);
    default:
      return fail(io, `未知的子命令“${sub}”;可用:build、export、validate\n\n${HELP}`);
  }
};

async function build(argv: string[], io: Io): Promise<number> {
  const a = parseArgs(argv, { root: 'string' });
  if ('error' in a) return fail(io, a.error);
  if (a.opts.help) {
    io.out(HELP + '\n');
    return 0;
  }
  const root = a.opts.root ? path.resolve(io.cwd, a.opts.root as string) : projectRoot();
  if (!fs.existsSync(path.join(root, 'seeds', 'manifest.json'))) {
    return fail(io, `未找到 ${path.join(root, 'seeds', 'manifest.json')}`);
  }
  const { dataset, candidates, result } = datasetFiles(root);
  const files = [path.join(root, 'data', 'dataset.csv'), path.join(root, 'data', 'candidates.csv')];
  try {
    fs.mkdirSync(path.join(root, 'data'), { recursive: true });
    writeFileSafe(files[0], dataset, path.relative(io.cwd, files[0]) || files[0]);
    writeFileSafe(files[1], candidates, path.relative(io.cwd, files[1]) || files[1]);
  } catch (e) {
    return fail(io, (e as Error).message);
  }
  const res = { ...result, files };
  const rep = res.report;
  for (const f of rep.files) {
    io.out(`${f.file}:${f.records} 条记录,${f.candidates} 条候选\n`);
    for (const n of f.notes) io.err(`  说明(${f.file}):${n}\n`);
  }
  const regions = new Set(res.records.map((r) => r.region));
  const indicators = new Set(res.records.map((r) => r.indicatorId));
  io.out(
    `共 ${rep.records} 条记录(其中标准 ${rep.standards} 条),${regions.size} 个地区,${indicators.size} 个指标;` +
      `目录外候选 ${rep.candidates} 条\n`,
  );
  io.out(`已写入:${res.files.map((f) => path.relative(io.cwd, f) || f).join('、')}\n`);
  return 0;
}

async function exportData(argv: string[], io: Io): Promise<number> {
  const a = parseArgs(argv, { out: 'string', force: 'boolean' });
  if ('error' in a) return fail(io, a.error);
  if (a.opts.help) {
    io.out(HELP + '\n');
    return 0;
  }
  if (a.positionals.length) return fail(io, `多余的参数:${a.positionals.join(' ')}`);
  let text: string;
  try {
    text = fs.readFileSync(datasetPath(), 'utf8');
  } catch {
    return fail(io, '未找到内置数据集 data/dataset.csv(可运行 mz data build 生成)');
  }
  const parsed = parseDatasetCsv(text, 'dataset');
  const csv = formatDatasetCsv(parsed.records, { guardFormulas: true });
  const out = a.opts.out as string | undefined;
  if (!out) {
    io.out(csv);
    return 0;
  }
  const p = path.resolve(io.cwd, out);
  if (fs.existsSync(p) && !a.opts.force) return fail(io, `文件“${out}”已存在;如需覆盖请加 --force`);
  try {
    writeFileSafe(p, csv, out);
  } catch (e) {
    return fail(io, `无法写入“${out}”:${(e as Error).message}`);
  }
  io.err(`已导出 ${parsed.records.length} 条记录到 ${out}\n`);
  return 0;
}

async function validate(argv: string[], io: Io): Promise<number> {
  const a = parseArgs(argv, {});
  if ('error' in a) return fail(io, a.error);
  if (a.opts.help) {
    io.out(HELP + '\n');
    return 0;
  }
  const [file, ...extra] = a.positionals;
  if (!file) return fail(io, '缺少参数:mz data validate <文件.csv>');
  if (extra.length) return fail(io, `多余的参数:${extra.join(' ')}`);
  const src = readText(io, file);
  if (!src.ok) return fail(io, src.message);
  const res = validateDataset(src.text, loadCatalogue());
  const enc = src.encoding === 'utf-8' ? '' : `(按 ${src.encoding.toUpperCase()} 编码读取)`;
  if (res.problems.length) {
    for (const p of res.problems) io.out(`${file}:${p.line}: ${p.column ? `[${p.column}] ` : ''}${p.message}\n`);
    io.out(`共 ${res.problems.length} 个问题${enc};有效记录 ${res.records} 条\n`);
    return 1;
  }
  io.out(
    `${file}:没有问题${enc}。${res.records} 条记录,${res.regions.length} 个地区,${res.indicators.length} 个指标,` +
      `年份 ${res.years.length ? res.years.join('、') : '无'}\n`,
  );
  return 0;
}
