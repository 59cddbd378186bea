// mz: command-line entry. `main(argv)` resolves to the exit code; bin/mz.js sets process.exitCode.
// Each command's module is loaded only when it runs, so `mz get` never loads the xlsx code.
import { Command, Io, installPipeGuards, processIo } from './io';

interface CommandModule {
  run: Command;
  HELP?: string;
}

export const COMMANDS: Record<string, { load: () => Promise<CommandModule>; summary: string }> = {
  get: { load: () => import('./commands/get'), summary: '查询一个数值:mz get 济南 城市低保 2020' },
  extract: { load: () => import('./commands/extract'), summary: '从报告文本中抽取指标数值:mz extract 报告.txt' },
  data: { load: () => import('./commands/data'), summary: '数据集:mz data build | export | validate <文件.csv>' },
  fill: { load: () => import('./commands/fill'), summary: '生成/填写标准表格' },
  check: { load: () => import('./commands/check'), summary: '审核表格数据' },
  merge: { load: () => import('./commands/merge'), summary: '汇总下级报表:mz merge 下级.xlsx… --region 济南 --out 汇总.xlsx' },
  regions: { load: () => import('./commands/regions'), summary: '列出地区及代码:mz regions [级别|上级地区]' },
};

export const HELP = `mz:民政统计工具(指标数据集查询、报告抽取、数据校验)

用法:mz <命令> [参数] [选项]

命令:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(8)} ${c.summary}`)
  .join('\n')}

每个命令的详细说明:mz <命令> --help

退出码:0 成功;1 发现数据问题;2 参数错误或未找到;3 内部错误`;

/** Runs a command line (arguments after `mz`) with the given Io; never rejects. */
export async function run(argv: string[], io: Io = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    if (name === 'help' && rest[0] && COMMANDS[rest[0]]) return run([rest[0], '--help'], io);
    io.out(HELP + '\n');
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    io.out('0.1.0\n');
    return 0;
  }
  const cmd = Object.prototype.hasOwnProperty.call(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!cmd) {
    io.err(`未知命令“${name}”。可用命令:${Object.keys(COMMANDS).join('、')}(mz --help 查看说明)\n`);
    return 2;
  }
  try {
    return await (await cmd.load()).run(rest, io);
  } catch (e) {
    io.err(`mz ${name}:内部错误:${(e as Error)?.stack ?? String(e)}\n`);
    return 3;
  }
}

export function main(argv: string[]): Promise<number> {
  installPipeGuards();
  return run(argv, processIo);
}
