#!/usr/bin/env node
// Runs every bench/*.bench.js in sequence and prints a table of figures and targets.
// Each bench exports `async run()` returning [{ name, value, unit, target }]. No pass/fail exit code.
'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync, spawnSync } = require('child_process');

const root = path.join(__dirname, '..');
const { newest } = require('../scripts/mtime');


// Benches require the compiled core in lib/: compile when missing or older than src/.
function ensureLib() {
  const lib = path.join(root, 'lib', 'cli', 'main.js');
  const libTime = fs.existsSync(lib) ? fs.statSync(lib).mtimeMs : 0;
  if (libTime >= newest(path.join(root, 'src'))) return;
  console.log('bench: 编译 lib/ (tsc -p tsconfig.cli.json) …');
  try {
    execFileSync(path.join(root, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.cli.json'], { cwd: root, stdio: 'inherit' });
  } catch {
    console.warn('bench: tsc 报告了错误(仍已输出 lib/)');
  }
}

function pad(s, n) {
  s = String(s);
  // CJK characters take two columns
  const w = [...s].reduce((a, c) => a + (/[\u1100-\uffff]/.test(c) ? 2 : 1), 0);
  return s + ' '.repeat(Math.max(0, n - w));
}

function fmt(v) {
  if (typeof v !== 'number') return String(v);
  if (Math.abs(v) >= 100) return v.toFixed(0);
  if (Math.abs(v) >= 1) return v.toFixed(2);
  return v.toPrecision(3);
}

async function one(f) {
  const mod = require(path.join(__dirname, f));
  const res = await mod.run();
  process.stdout.write('\n@@BENCH@@' + JSON.stringify(res) + '\n');
}

async function main() {
  if (process.argv[2] === '--one') return one(process.argv[3]);
  ensureLib();
  const only = process.argv.slice(2); // optional name filters: node bench/run.js query extract
  const files = fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith('.bench.js'))
    .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
    .sort();
  const rows = [];
  for (const f of files) {
    const t0 = process.hrtime.bigint();
    // each bench in its own process, so one bench's heap and JIT state do not skew the next
    const r = spawnSync(process.execPath, [__filename, '--one', f], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
    if (r.stderr) process.stderr.write(r.stderr);
    const m = /@@BENCH@@(.*)$/m.exec(r.stdout || '');
    if (r.status === 0 && m) {
      for (const row of JSON.parse(m[1])) rows.push({ file: f, ...row });
    } else {
      const why = (r.stderr || r.stdout || '').trim().split('\n').pop() || `退出码 ${r.status}`;
      rows.push({ file: f, name: '运行失败: ' + why, value: '-', unit: '', target: '' });
    }
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    console.log(`bench: ${f} 用时 ${ms.toFixed(0)} ms`);
  }
  const widths = [24, 56, 14, 10, 16];
  const line = (cells) => cells.map((c, i) => pad(c, widths[i])).join(' ');
  console.log('');
  console.log(line(['文件', '项目', '结果', '单位', '目标']));
  console.log('-'.repeat(widths.reduce((a, b) => a + b + 1, 0)));
  for (const r of rows) console.log(line([r.file, r.name, fmt(r.value), r.unit || '', r.target || '']));
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
