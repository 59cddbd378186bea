// Bench: batch review. 3,000 district workbooks (one filled by `mz fill`, copied under 3,000 names)
// checked by `mz check <folder> --summary …` as a whole process: wall time, files per second and the
// peak memory of the process tree (main thread + workers share one process).
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const root = path.join(__dirname, '..');
const N = Number(process.env.MZ_BATCH_FILES || 3000);

async function run() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mz-batch-'));
  try {
    const mz = path.join(root, 'bin', 'mz.js');
    const one = path.join(dir, 'one.xlsx');
    const f = spawnSync(process.execPath, [mz, 'fill', '--region', '章丘区', '--year', '2020', '--out', one], { encoding: 'utf8' });
    if (f.status !== 0) throw new Error(f.stderr);
    const inbox = path.join(dir, 'inbox');
    fs.mkdirSync(inbox);
    const bytes = fs.readFileSync(one);
    for (let i = 0; i < N; i++) fs.writeFileSync(path.join(inbox, `区县${String(i).padStart(4, '0')}.xlsx`), bytes);
    fs.writeFileSync(path.join(inbox, '损坏.xlsx'), bytes.subarray(0, 2000));
    const summary = path.join(dir, '汇总审核.csv');
    const t0 = process.hrtime.bigint();
    // /usr/bin/time -v gives the peak RSS of the process (worker threads included)
    const timed = fs.existsSync('/usr/bin/time');
    const args = [mz, 'check', inbox, '--summary', summary];
    const r = timed
      ? spawnSync('/usr/bin/time', ['-v', process.execPath, ...args], { encoding: 'utf8' })
      : spawnSync(process.execPath, args, { encoding: 'utf8' });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    const rows = fs.readFileSync(summary, 'utf8').trim().split(/\r?\n/).length - 1;
    if (rows !== N + 1) throw new Error(`summary has ${rows} rows, expected ${N + 1}: ${r.stderr}`);
    const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr || '');
    const out = [
      { name: `mz check 目录 --summary:${N} 个区县工作簿 + 1 个损坏文件(整个进程)`, value: Number((ms / 1000).toFixed(1)), unit: 's', target: '' },
      { name: '每秒审核文件数', value: Number(((N + 1) / (ms / 1000)).toFixed(0)), unit: '个/s', target: '' },
    ];
    if (m) out.push({ name: '峰值内存(主线程 + 工作线程)', value: Math.round(Number(m[1]) / 1024), unit: 'MB', target: '' });
    return out;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

module.exports = { run };

if (require.main === module) run().then((r) => console.table(r));
