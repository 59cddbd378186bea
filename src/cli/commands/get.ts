// mz get <地区> <指标> <年份或期别> [分类] [--period P] [--unit U] [--json] [--data file.csv]
import { Command } from '../io';
import { fail, failQuery, loadEngine, parseArgs } from '../args';
import { formatNumber } from '../../core/text';
import { PERIOD_SYNTAX, parsePeriodLabel, parseYearPeriod, periodLabel, yearPeriodArg } from '../../core/period';

export const HELP = `用法:mz get <地区> <指标> <年份或期别> [分类] [--period 期别] [--unit 单位] [--json] [--data 用户数据.csv]

查询一个数值,标准输出只打印数字本身。
  地区       如 济南、济南市、章丘、济南市章丘区、北京通州,或代码 370100 / 370100000000;
             同名地区(如 通州区、鼓楼区)须写明上级,否则列出全部同名地区并以退出码 2 结束
  指标       指标名称、别名、编号或报表代码,如 城市低保、特困供养、dibao_std_urban、
             JZH011212110(季报/月报代码);名称可含分类,如 机构养育孤儿、城市低保人数
  年份或期别 如 2020、2020年(全年数);2021上半年、2022Q3、2022年1-9月、2022年9月
  分类       可选,如 一级、机构养育、完全不能自理

只写年份时取全年数:时点指标(人数、标准等)没有全年数时取该年最近一期,并在标准错误中说明;
累计指标(资金、人次、登记数等)没有全年数时不取半年数,提示已有的期别。

选项:
  --period P   期别,与年份分开写也可:${PERIOD_SYNTAX}
  --unit U     换算为指定单位,如 元/人·年、亿元、万人
  --json       输出 JSON:value, unit, region, indicator, indicatorId, year, breakdown,
               period, qualifier, source, quote, fromUser
  --data F     在内置数据集之上叠加用户数据 CSV(同一键以用户数据为准)

示例:
  mz get 济南 城市低保 2020              → 821
  mz get 河口区 社会救助资金 2021上半年   → 1660
  mz get 河口区 社会救助资金 2021 --period 上半年
  mz get 济南 农村低保 2020 --unit 元/人·年
  mz get 章丘 残疾人生活补贴 2020 一级 --json

退出码:0 成功;2 未找到或参数错误(原因写在标准错误)`;

export const run: Command = async (argv, io) => {
  const a = parseArgs(argv, { unit: 'string', json: 'boolean', data: 'string', period: 'string' });
  if ('error' in a) return fail(io, `${a.error}\n\n${HELP}`);
  if (a.opts.help) {
    io.out(HELP + '\n');
    return 0;
  }
  const [region, indicator, year, breakdown, ...extra] = a.positionals;
  if (year === undefined) return fail(io, `缺少参数:需要 <地区> <指标> <年份>\n\n${HELP}`);
  if (extra.length) return fail(io, `多余的参数:${extra.join(' ')}`);
  let when: string = year;
  if (a.opts.period !== undefined) {
    const p = parsePeriodLabel(a.opts.period);
    if (!p) return fail(io, `--period:期别“${a.opts.period}”无法识别;可写 ${PERIOD_SYNTAX}`);
    const yp = parseYearPeriod(year);
    if (!yp.ok) return fail(io, yp.message);
    if (yp.span && (yp.span.start !== p.start || yp.span.end !== p.end)) {
      return fail(io, `年份“${year}”已含期别,与 --period ${a.opts.period} 不一致`);
    }
    when = yearPeriodArg(yp.year, periodLabel(p));
  }
  const loaded = loadEngine(io, a.opts.data as string | undefined);
  if (!loaded) return 2;
  const { engine, user } = loaded;
  const res = engine.value(region, indicator, when, breakdown, a.opts.unit);
  if (!res.ok) return failQuery(io, res);
  const r = res.record;
  if (res.periodNote) io.err(`注意:${res.periodNote}\n`);
  if (res.fromUser && user) io.err(`注意:该数值来自用户数据 ${user.file}(用户数据优先于内置数据集)\n`);
  if (a.opts.json) {
    const obj = {
      value: Number(formatNumber(res.value)),
      unit: res.unit,
      region: r.region,
      indicator: r.indicator,
      indicatorId: r.indicatorId,
      year: r.year,
      breakdown: r.breakdown,
      period: r.period,
      ...(res.periodNote ? { periodNote: res.periodNote } : {}),
      qualifier: r.qualifier,
      statedValue: r.value,
      statedUnit: r.unit,
      source: r.source,
      quote: r.quote,
      fromUser: res.fromUser,
      ...(res.fromUser && user ? { userData: user.file } : {}),
    };
    io.out(JSON.stringify(obj, null, 2) + '\n');
  } else {
    io.out(formatNumber(res.value) + '\n');
  }
  return 0;
};
