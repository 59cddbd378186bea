// mz extract <report.txt> [--region R] [--year Y] [--period P] [--format csv|json] [--data F] [--candidates]
import * as path from 'path';
import { Command, Io } from '../io';
import { fail, failQuery, loadEngine, parseArgs, readText } from '../args';
import { loadCatalogue } from '../../core/catalogue';
import { resolverFor } from '../../core/resolver';
import { loadTownships } from '../../core/catalogue/townships';
import { MzEngine, resolveYear } from '../../core/engine';
import { formatDatasetCsv } from '../../core/datasetCsv';
import { DataRecord } from '../../core/types';
import { datedByTable, extractRecords, inferContext, readableText } from '../../core/extract';
import { formatCandidatesCsv } from '../../core/extract/build';
import { PERIOD_SYNTAX, canonicalPeriod, yearPeriodArg } from '../../core/period';

export const HELP = `用法:mz extract <报告.txt> [--region 地区] [--year 年份] [--period 期间] [--format csv|json] [--data 用户数据.csv]

从任意一份民政工作报告文本中抽取目录内指标的数值(文件可为 UTF-8 或 GBK 编码)。
不给 --region / --year 时从正文推断,并在标准错误中说明推断结果和依据、以及未能确定的内容。

选项:
  --region R     报告所属地区,如 济南、东营市河口区、北京通州或代码 110112
  --year Y       报告所述年份,如 2021
  --period P     报告期别(默认从标题推断,推断不出为全年):${PERIOD_SYNTAX}
                 累计数(资金、人次等)按年初至期末计:前三季度总结写 1-9月
  --format F     json(默认)或 csv(与数据集 CSV 同列,可直接作为 --data 用户数据)
  --data F       与内置数据集及用户数据比对:已有数值的记录附带 known 字段,并在标准错误中汇总
  --candidates   改为输出目录外指标的候选数值(供人工审核)

JSON 输出为数组,每项含 region, year, period, indicator(目录名称), indicatorId, breakdown,
value, unit, qualifier, quote, offset, source。

退出码:0 成功;2 参数错误或文件无法读取`;

export const run: Command = async (argv, io) => {
  const a = parseArgs(argv, {
    region: 'string', year: 'string', period: 'string', format: 'string', data: 'string', candidates: 'boolean',
  });
  if ('error' in a) return fail(io, `${a.error}\n\n${HELP}`);
  if (a.opts.help) {
    io.out(HELP + '\n');
    return 0;
  }
  const [file, ...extra] = a.positionals;
  if (!file) return fail(io, `缺少参数:需要报告文件\n\n${HELP}`);
  if (extra.length) return fail(io, `多余的参数:${extra.join(' ')}`);
  const format = (a.opts.format as string | undefined) ?? 'json';
  if (format !== 'json' && format !== 'csv') return fail(io, `--format 应为 csv 或 json;收到“${format}”`);

  const catalogue = loadCatalogue();
  const resolver = resolverFor(catalogue);
  let region: string | undefined;
  let year: number | undefined;
  let period: string | undefined;
  if (a.opts.period !== undefined) {
    const p = canonicalPeriod(a.opts.period);
    if (!p) return fail(io, `--period:期别“${a.opts.period}”无法识别;可写 ${PERIOD_SYNTAX}`);
    period = p;
  }
  let periodInferred = false;
  let townships: readonly string[] | undefined;
  if (a.opts.region !== undefined) {
    const r = resolver.region(a.opts.region);
    if (!r.ok) return failQuery(io, r, '--region:');
    region = r.region.name;
  }
  if (a.opts.year !== undefined) {
    const y = resolveYear(a.opts.year);
    if (!y.ok) return fail(io, `--year:${y.message}`);
    year = y.year;
  }

  const src = readText(io, file);
  if (!src.ok) return fail(io, src.message);
  if (src.text.trim() === '') return fail(io, `文件“${file}”为空`);

  // (inference lines wait for the extraction: a table dated by its own title answers what the text could not)
  const pending: string[] = [];
  const say = (m: string) => pending.push(m);
  if (region === undefined || year === undefined || period === undefined) {
    // 乡镇街道 names as place-name hints (a separate data file, read only here)
    const ctx = inferContext(readableText(src.text), catalogue, (townships = await loadTownships()));
    if (region === undefined) {
      if (ctx.region) {
        region = ctx.region.name;
        say(`推断地区:${region}(依据:${ctx.region.basis})\n`);
      } else say(ctx.regionChoices ? `未能推断地区:${ctx.regionChoices};请用 --region 指定其一(写名称或代码)\n` : '未能推断地区,请用 --region 指定\n');
    }
    if (year === undefined) {
      if (ctx.year) {
        year = ctx.year.value;
        say(`推断年份:${year}(依据:${ctx.year.basis})\n`);
      } else say('未能推断年份,请用 --year 指定\n');
    }
    if (period === undefined && ctx.period) {
      period = ctx.period.value;
      periodInferred = true;
      say(`推断期别:${period}(依据:${ctx.period.basis})\n`);
    }
    // only what was neither given nor inferred (a given --region is not "undetermined")
    const given: Record<string, boolean> = { 地区: a.opts.region !== undefined, 年份: a.opts.year !== undefined, 报告期: a.opts.period !== undefined };
    for (const u of ctx.unresolved ?? []) if (!given[u]) say(`未能确定:${u}\n`);
  }
  // the path as typed from the working directory, or the bare file name when it lies outside
  const rel = path.relative(io.cwd, src.path);
  const source = rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : path.basename(src.path);
  // an inferred period does not override a table's own 报告期
  const res = extractRecords(src.text, { region, year, period, periodInferred, source, catalogue, townships });
  const tableYear = datedByTable(res.notes ?? [], '年份');
  const tablePeriod = datedByTable(res.notes ?? [], '报告期');
  for (const m of pending) {
    if (tableYear && m === '未能推断年份,请用 --year 指定\n') io.err('正文未能推断年份;表格的记录按表格标题定年份(见“说明”),表格以外的数值请用 --year 指定\n');
    else if (!(tableYear && m === '未能确定:年份\n') && !(tablePeriod && m === '未能确定:报告期\n')) io.err(m);
  }
  for (const n of res.notes ?? []) io.err(`说明:${n}\n`);
  if (src.encoding !== 'utf-8') io.err(`文件按 ${src.encoding.toUpperCase()} 编码读取\n`);

  if (a.opts.candidates) {
    io.out(format === 'csv' ? formatCandidatesCsv(res.candidates) : JSON.stringify(res.candidates, null, 2) + '\n');
    io.err(`共 ${res.candidates.length} 条目录外候选数值\n`);
    return 0;
  }

  let known: Map<DataRecord, { value: number; unit: string; source: string; fromUser: boolean }> | undefined;
  if (a.opts.data !== undefined) {
    const loaded = loadEngine(io, a.opts.data as string);
    if (!loaded) return 2;
    known = compare(io, loaded.engine, res.records, loaded.user?.file ?? '');
  }

  // a CSV row needs its region (mz data validate rejects an empty one): nothing is written without it
  if (format === 'csv' && region === undefined && res.records.length) {
    return fail(io, `未能确定地区,未写出 CSV(${res.records.length} 条记录的“地区”列会为空);请用 --region 指定地区(名称或代码,如 --region 济南市 或 --region 370100)`);
  }
  if (format === 'csv') io.out(formatDatasetCsv(res.records, { guardFormulas: true }));
  else {
    const rows = res.records.map((r) => ({
      region: r.region,
      year: r.year,
      period: r.period,
      indicator: r.indicator,
      indicatorId: r.indicatorId,
      breakdown: r.breakdown,
      value: r.value,
      unit: r.unit,
      qualifier: r.qualifier,
      quote: r.quote,
      offset: r.offset,
      source: r.source,
      ...(known?.has(r) ? { known: known.get(r) } : {}),
    }));
    io.out(JSON.stringify(rows, null, 2) + '\n');
  }
  io.err(`共抽取 ${res.records.length} 条记录` + (res.candidates.length ? `;另有 ${res.candidates.length} 条目录外候选数值(用 --candidates 查看)` : '') + '\n');
  return 0;
};

/** Marks records whose key already has a value in the dataset (bundled + user). */
function compare(io: Io, engine: MzEngine, records: DataRecord[], userFile: string) {
  const known = new Map<DataRecord, { value: number; unit: string; source: string; fromUser: boolean }>();
  let same = 0;
  let differ = 0;
  let fromUser = 0;
  for (const r of records) {
    // the same period only: a half-year figure is not compared with the year's
    const e = engine.entry(r.region, r.indicatorId, r.year, r.breakdown, r.period);
    if (e && e.record.period !== r.period) continue;
    if (!e) continue;
    known.set(r, { value: e.record.value, unit: e.record.unit, source: e.record.source, fromUser: e.fromUser });
    const v = engine.value(r.region, r.indicatorId, yearPeriodArg(r.year, r.period), r.breakdown || undefined, r.unit);
    if (v.ok && Math.abs(v.value - r.value) < 1e-9 * Math.max(1, Math.abs(r.value))) same++;
    else differ++;
    if (e.fromUser) fromUser++;
  }
  io.err(`与数据集比对:${known.size} 条已有数值(相同 ${same},不同 ${differ})` + (fromUser ? `;其中 ${fromUser} 条来自用户数据 ${userFile},以用户数据为准` : '') + '\n');
  return known;
}
