// Placeholder: the real `mz fill` is written by another helper and overwrites this file.
import { Command } from '../io';

export const HELP = 'mz fill:该命令尚在开发中';

export const run: Command = async (argv, io) => {
  io.err('该命令尚在开发中\n');
  return 3;
};
