// mz regions [级别|上级地区] [--json] [--data file.csv]: the region catalogue, as MZ.REGIONS spills it.
import { Command } from '../io';
import { fail, failQuery, loadEngine, parseArgs } from '../args';
import { listRegions, regionRows, yearsByRegion } from '../../core/regionList';

export const HELP = `用法:mz regions [级别|上级地区] [--json] [--data 用户数据.csv]

列出地区,每行:地区 全称 代码 地区编码 级别 上级 数据年份(制表符分隔,首行为表头)。
  (不给参数)   有数据的地区
  级别         省级、地级、县级(区县)、全部
  上级地区     列出其下级,如 全国(各省)、山东(各市)、济南(各区县及功能区)、370100

地区共 3,300 余个(省、地、县三级),来自国家统计局统计用区划代码;同名地区须写明上级
(如 北京通州、通州区(北京)),否则列出全部同名地区并以退出码 2 结束。

选项:
  --json     输出 JSON 数组(每项含 name, fullName, code, statCode, level, parent, years)
  --data F   数据年份包括用户数据 CSV

退出码:0 成功;2 参数错误或未找到`;

export const run: Command = async (argv, io) => {
  const a = parseArgs(argv, { json: 'boolean', data: 'string' });
  if ('error' in a) return fail(io, `${a.error}\n\n${HELP}`);
  if (a.opts.help) {
    io.out(HELP + '\n');
    return 0;
  }
  if (a.positionals.length > 1) return fail(io, `多余的参数:${a.positionals.slice(1).join(' ')}`);
  const loaded = loadEngine(io, a.opts.data as string | undefined);
  if (!loaded) return 2;
  const { engine } = loaded;
  const list = listRegions(engine, a.positionals[0]);
  if (!list.ok) return failQuery(io, list);
  const years = yearsByRegion(engine);
  if (a.opts.json) {
    const rows = list.regions.map((r) => ({
      name: r.name,
      fullName: r.fullName,
      code: r.code ?? null,
      statCode: r.statCode ?? null,
      level: r.level,
      ...(r.zone ? { zone: true } : {}),
      parent: r.parent ?? null,
      years: [...(years.get(r.name) ?? [])].sort((x, y) => x - y),
    }));
    io.out(JSON.stringify(rows, null, 2) + '\n');
  } else {
    io.out(regionRows(list.regions, years).map((row) => row.join('\t')).join('\n') + '\n');
  }
  io.err(`${list.title}:${list.regions.length} 个\n`);
  return 0;
};
