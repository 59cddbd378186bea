// Bench: CLI start-up. Whole-process wall time of `node bin/mz.js get 济南 城市低保 2020` against a
// bare `node -e ''` (target: under 2 ×), medians of interleaved runs; and the modules `mz get` loads.
'use strict';
const path = require('path');
const { spawnSync } = require('child_process');

const root = path.join(__dirname, '..');
const RUNS = 15;

function wall(args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(' ')}: exit ${r.status} ${r.stderr}`);
  return { ms, out: r.stdout };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

async function run() {
  const get = [path.join(root, 'bin', 'mz.js'), 'get', '济南', '城市低保', '2020'];
  const bare = ['-e', ''];
  // warm the file cache, then interleave so load on the machine hits both alike
  wall(get);
  wall(bare);
  const a = [];
  const b = [];
  for (let i = 0; i < RUNS; i++) {
    const g = wall(get);
    if (g.out.trim() !== '821') throw new Error(`mz get printed ${g.out}`);
    a.push(g.ms);
    b.push(wall(bare).ms);
  }
  const mg = median(a);
  const mb = median(b);
  // which heavy modules a `mz get` process loads (none of the xlsx libraries)
  const probe = spawnSync(
    process.execPath,
    [
      '-e',
      `require(${JSON.stringify(path.join(root, 'lib', 'cli', 'main.js'))}).run(['get','济南','城市低保','2020'],{out(){},err(){},cwd:process.cwd()})` +
        `.then(()=>console.log(JSON.stringify(Object.keys(require.cache).filter(k=>/node_modules/.test(k)).map(k=>k.split('node_modules/')[1].split('/')[0]))))`,
    ],
    { cwd: root, encoding: 'utf8' },
  );
  const pkgs = [...new Set(JSON.parse(probe.stdout.trim() || '[]'))].sort();
  return [
    { name: `node bin/mz.js get 济南 城市低保 2020(中位数,${RUNS} 次)`, value: Number(mg.toFixed(0)), unit: 'ms', target: '' },
    { name: `node -e ''(中位数,${RUNS} 次)`, value: Number(mb.toFixed(0)), unit: 'ms', target: '' },
    { name: 'mz get / node -e', value: Number((mg / mb).toFixed(2)), unit: '×', target: '< 2 ×' },
    { name: `mz get 加载的依赖包:${pkgs.join('、') || '无'}`, value: pkgs.length, unit: '个', target: '不含 exceljs、jszip' },
  ];
}

module.exports = { run };

if (require.main === module) run().then((r) => console.table(r));
