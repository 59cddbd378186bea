// mz check … --summary: the batch run. Files are checked on worker threads (one per core) when the CLI
// runs compiled; in-process otherwise (tests under ts-jest). One unreadable file never stops the batch.
import * as fs from 'fs';
import * as path from 'path';
import { Io } from './io';
import { fail } from './args';
import { writeFileSafe } from './safeWrite';
import { MzEngine } from '../core/engine';
import { CheckSettings } from '../core/rules/check';
import { Rule } from '../core/rules/types';
import { counts } from '../core/rules/report';
import { BatchRow, defaultJobs, expandInputs, summaryCsv, summaryJson, summarySheet } from './batch';
import type { FileResult } from './commands/check';

/** What a worker needs to build the same engine and settings as the main thread. */
export interface WorkerSetup {
  data?: string;
  skipInvalid: boolean;
  rules?: string;
  k?: string;
  change?: string;
  cwd?: string;
}

export interface BatchOptions {
  engine: MzEngine;
  extraRules: Rule[];
  settings: CheckSettings;
  jobs?: string;
  worker: WorkerSetup;
}

export function rowOf(fr: FileResult, abs: string, ms: number): BatchRow {
  if (!fr.result) {
    return { file: abs, regions: [], periods: [], errors: 0, warnings: 0, accepted: 0, notes: [], skipped: 0, status: '无法读取', reason: fr.error, ms };
  }
  const c = counts(fr.result);
  const notes = fr.result.findings
    .filter((f) => f.accepted)
    .map((f) => `${f.ruleId} ${f.cells[0] ? `${f.cells[0].sheet}!${f.cells[0].address}` : ''}:${f.accepted!.note}`);
  return {
    file: abs,
    regions: fr.scope?.regions ?? [],
    periods: fr.scope?.periods ?? [],
    errors: c.errors,
    warnings: c.warnings,
    accepted: c.accepted,
    notes,
    skipped: c.skipped,
    status: c.errors > 0 ? '需修改' : '可上报',
    reason: fr.result.noBindings ? '无绑定信息(不是 MZ 填写的工作簿),只运行了不需要绑定的规则' : undefined,
    ms,
  };
}

async function checkInProcess(files: string[], o: BatchOptions, done: (i: number, row: BatchRow) => void): Promise<void> {
  const { checkOneFile } = await import('./commands/check');
  for (let i = 0; i < files.length; i++) {
    const t0 = Date.now();
    let fr: FileResult;
    try {
      fr = await checkOneFile(files[i], files[i], { engine: o.engine, extraRules: o.extraRules, settings: o.settings });
    } catch (e) {
      fr = { file: files[i], error: `审核时出错:${(e as Error).message}` };
    }
    done(i, rowOf(fr, files[i], Date.now() - t0));
  }
}

async function checkOnWorkers(files: string[], jobs: number, setup: WorkerSetup, done: (i: number, row: BatchRow) => void): Promise<void> {
  const { Worker } = await import('worker_threads');
  const script = path.join(__dirname, 'batchWorker.js');
  let next = 0;
  await Promise.all(
    Array.from({ length: jobs }, () => {
      return new Promise<void>((resolve, reject) => {
        const w = new Worker(script, { workerData: setup });
        let current = -1;
        const feed = () => {
          if (next >= files.length) {
            void w.terminate();
            resolve();
            return;
          }
          current = next++;
          w.postMessage({ i: current, file: files[current] });
        };
        w.on('message', (m: { i: number; row?: BatchRow; ready?: boolean; fatal?: string }) => {
          if (m.fatal) {
            reject(new Error(m.fatal));
            return;
          }
          if (m.row) done(m.i, m.row);
          feed();
        });
        feed();
        w.on('error', (e) => {
          // a worker that died (out of memory on one file): that file is unreadable, the others go on
          if (current >= 0) done(current, { file: files[current], regions: [], periods: [], errors: 0, warnings: 0, accepted: 0, notes: [], skipped: 0, status: '无法读取', reason: `审核进程出错:${e.message}`, ms: 0 });
          checkOnWorkers(files.slice(next), 1, setup, (i, row) => done(i + next, row)).then(resolve, reject);
          next = files.length;
        });
      });
    }),
  );
}

export async function runBatch(io: Io, args: string[], summary: string, o: BatchOptions): Promise<number> {
  const out = path.resolve(io.cwd, summary);
  const format = /\.xlsx$/i.test(out) ? 'xlsx' : /\.csv$/i.test(out) ? 'csv' : /\.json$/i.test(out) ? 'json' : null;
  if (!format) return fail(io, `--summary:“${summary}”应以 .xlsx、.csv 或 .json 结尾`);
  const { files, missing } = expandInputs(io.cwd, args);
  for (const m of missing) io.err(`文件不存在:${m}(已跳过)\n`);
  const list = files.filter((f) => f !== out);
  if (!list.length) return fail(io, '没有要审核的 .xlsx 文件');
  let jobs = defaultJobs(list.length);
  if (o.jobs !== undefined) {
    const j = Number(o.jobs);
    if (!Number.isInteger(j) || j < 1) return fail(io, `--jobs:“${o.jobs}”应为正整数`);
    jobs = Math.min(j, list.length);
  }
  const rows: BatchRow[] = new Array(list.length);
  let finished = 0;
  const tty = !!io.progress;
  const t0 = Date.now();
  const done = (i: number, row: BatchRow) => {
    rows[i] = row;
    finished++;
    if (tty && (finished % 10 === 0 || finished === list.length)) io.err(`\r已审核 ${finished}/${list.length}`);
  };
  const compiled = __filename.endsWith('.js') && fs.existsSync(path.join(__dirname, 'batchWorker.js'));
  if (compiled && jobs > 1) await checkOnWorkers(list, jobs, { ...o.worker, cwd: io.cwd }, done);
  else await checkInProcess(list, o, done);
  if (tty) io.err('\n');

  const title = `批量审核汇总(${new Date().toISOString().slice(0, 10)})`;
  let bytes: string | Uint8Array;
  if (format === 'csv') bytes = summaryCsv(rows, io.cwd);
  else if (format === 'json') bytes = summaryJson(rows, io.cwd);
  else {
    const { writeXlsx } = await import('../adapters/xlsxWriter');
    bytes = await writeXlsx([summarySheet(rows, io.cwd, title)]);
  }
  try {
    writeFileSafe(out, typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes, summary);
  } catch (e) {
    return fail(io, (e as Error).message);
  }
  const by = (s: BatchRow['status']) => rows.filter((r) => r.status === s).length;
  io.out(
    `已审核 ${rows.length} 个文件(${((Date.now() - t0) / 1000).toFixed(1)} 秒,${compiled && jobs > 1 ? `${jobs} 个线程` : '单线程'}):` +
      `可上报 ${by('可上报')},需修改 ${by('需修改')},无法读取 ${by('无法读取')}。汇总已写入 ${summary}\n`,
  );
  if (by('无法读取')) return 2;
  return by('需修改') ? 1 : 0;
}
