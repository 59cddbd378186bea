import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { run } from '../../src/cli/main';
import { Io } from '../../src/cli/io';

export interface Result {
  code: number;
  out: string;
  err: string;
}

/** Runs `mz …` in-process with captured stdout/stderr. */
export async function mz(argv: string[], cwd = tmp()): Promise<Result> {
  let out = '';
  let err = '';
  const io: Io = { out: (t) => void (out += t), err: (t) => void (err += t), cwd };
  const code = await run(argv, io);
  return { code, out, err };
}

let dir: string | undefined;
/** A scratch directory for this test file. */
export function tmp(): string {
  if (!dir) dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mz-cli-'));
  return dir;
}

export function write(name: string, content: string | Buffer): string {
  const p = path.join(tmp(), name);
  fs.writeFileSync(p, content);
  return p;
}

export const HEADER = 'region,year,period,indicator_id,indicator,breakdown,value,unit,qualifier,source,offset,quote';
