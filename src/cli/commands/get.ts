// mz get <地区> <指标> <年份> [分类] [--unit U] [--json] [--data file.csv]
import { Command } from '../io';
import { fail, failQuery, loadEngine, parseArgs } from '../args';
import { formatNumber } from '../../core/text';

export const HELP = `用法:mz get <地区> <指标> <年份> [分类] [--unit 单位] [--json] [--data 用户数据.csv]

查询一个数值,标准输出只打印数字本身。
  地区     如 济南、济南市、章丘、济南市章丘区、北京通州,或代码 370100 / 370100000000;
           同名地区(如 通州区、鼓楼区)须写明上级,否则列出全部同名地区并以退出码 2 结束
  指标     指标名称、别名或编号,如 城市低保、特困供养、dibao_std_urban
  年份     如 2020、2020年
  分类     可选,如 一级、机构养育、完全不能自理

选项:
  --unit U     换算为指定单位,如 元/人·年、亿元、万人
  --json       输出 JSON:value, unit, region, indicator, indicatorId, year, breakdown,
               period, qualifier, source, quote, fromUser
  --data F     在内置数据集之上叠加用户数据 CSV(同一键以用户数据为准)

示例:
  mz get 济南 城市低保 2020              → 821
  mz get 济南 农村低保 2020 --unit 元/人·年
  mz get 章丘 残疾人生活补贴 2020 一级 --json

退出码:0 成功;2 未找到或参数错误(原因写在标准错误)`;

export const run: Command = async (argv, io) => {
  const a = parseArgs(argv, { unit: 'string', json: 'boolean', data: 'string' });
  if ('error' in a) return fail(io, `${a.error}\n\n${HELP}`);
  if (a.opts.help) {
    io.out(HELP + '\n');
    return 0;
  }
  const [region, indicator, year, breakdown, ...extra] = a.positionals;
  if (year === undefined) return fail(io, `缺少参数:需要 <地区> <指标> <年份>\n\n${HELP}`);
  if (extra.length) return fail(io, `多余的参数:${extra.join(' ')}`);
  const loaded = loadEngine(io, a.opts.data as string | undefined);
  if (!loaded) return 2;
  const { engine, user } = loaded;
  const res = engine.value(region, indicator, year, breakdown, a.opts.unit);
  if (!res.ok) return failQuery(io, res);
  const r = res.record;
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
