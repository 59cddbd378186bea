// A worker thread of the batch check: builds the engine once, then checks the files it is sent.
import { parentPort, workerData } from 'worker_threads';
import { Io } from './io';
import { loadEngine, readText } from './args';
import { checkOneFile, checkSettings } from './commands/check';
import { validateRules } from '../core/rules/check';
import { Rule } from '../core/rules/types';
import { WorkerSetup, rowOf } from './batchRun';

const setup = workerData as WorkerSetup;
const quiet: Io = { out: () => undefined, err: () => undefined, cwd: setup.cwd ?? process.cwd() };

function prepare() {
  const loaded = loadEngine(quiet, setup.data, { strict: !setup.skipInvalid });
  if (!loaded) throw new Error('用户数据无法使用');
  let extraRules: Rule[] = [];
  if (setup.rules) {
    const r = readText(quiet, setup.rules);
    if (!r.ok) throw new Error(r.message);
    extraRules = validateRules(JSON.parse(r.text.replace(/^\uFEFF/, ''))).rules;
  }
  const settings = checkSettings(setup.k, setup.change, loaded.engine);
  if (typeof settings === 'string') throw new Error(settings);
  return { engine: loaded.engine, extraRules, settings };
}

let ctx: ReturnType<typeof prepare>;
try {
  ctx = prepare();
} catch (e) {
  parentPort!.postMessage({ fatal: (e as Error).message });
}

parentPort!.on('message', async (m: { i: number; file: string }) => {
  const t0 = Date.now();
  let row;
  try {
    row = rowOf(await checkOneFile(m.file, m.file, ctx), m.file, Date.now() - t0);
  } catch (e) {
    row = rowOf({ file: m.file, error: `审核时出错:${(e as Error).message}` }, m.file, Date.now() - t0);
  }
  parentPort!.postMessage({ i: m.i, row });
});
