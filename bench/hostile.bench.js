// Bench: `mz check` on the hostile-file corpus (test/hardening/corpus.js, built here in a temporary
// folder): each file's exit code, whole-process wall time and peak RSS. Targets: exit 2 with a message
// for a file beyond the limits (0/1 for a legal one), within seconds, under 500 MB.
// Peak RSS from /usr/bin/time -v when present, else from process.resourceUsage() in a child.
// `node bench/hostile.bench.js` prints the table alone.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const { buildCorpus, xlsx, sheetXml } = require('../test/hardening/corpus');

const root = path.join(__dirname, '..');
const bin = path.join(root, 'bin', 'mz.js');
const TIMEOUT = 60000;

/** A bench-only file: one bindings row whose 跨列 says 10^12 (decoding stops at the id list). */
function spanFile(dir) {
  const s = (ref, t) => `<c r="${ref}" t="inlineStr"><is><t>${t}</t></is></c>`;
  const row =
    `<row r="3"><c r="A3"><f>'数据'!$B$2</f><v>1</v></c>${s('B3', '数据')}${s('C3', 'B2')}${s('D3', 'dibao_std_urban')}${s('E3', '济南市')}` +
    `<c r="F3"><v>2020</v></c>${s('H3', '全年')}${s('I3', 'current')}<c r="J3"><v>1000000000000</v></c></row>`;
  const file = path.join(dir, 'bindings-span-1e12.xlsx');
  fs.writeFileSync(
    file,
    xlsx({
      hidden: ['_MZ_BINDINGS'],
      sheets: [
        { name: '数据', xml: sheetXml('<row r="2"><c r="B2"><v>1</v></c></row>') },
        { name: '_MZ_BINDINGS', xml: sheetXml(`<row r="1">${s('A1', 'MZ_BINDINGS')}</row>${row}`) },
      ],
    }),
  );
  return { name: 'bindings-span-1e12.xlsx', expect: 'read', file, bytes: fs.statSync(file).size, timeout: 20000 };
}

const hasTime = fs.existsSync('/usr/bin/time') && spawnSync('/usr/bin/time', ['-v', 'true']).status === 0;
const hasTimeout = spawnSync('timeout', ['1', 'true']).status === 0;

/** Runs mz check on one file: { code, ms, rssMb, message }. */
function measure(file, timeout = TIMEOUT) {
  const t0 = process.hrtime.bigint();
  let r;
  let rssMb = NaN;
  if (hasTime) {
    // timeout(1) kills mz itself (killing /usr/bin/time would leave it running); time(1) still reports its peak RSS
    const limit = hasTimeout ? ['timeout', '-k', '5', String(timeout / 1000)] : [];
    r = spawnSync('/usr/bin/time', ['-v', ...limit, process.execPath, bin, 'check', file], { cwd: root, encoding: 'utf8', timeout: timeout + 5000, maxBuffer: 64 << 20 });
    const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr || '');
    if (m) rssMb = Number(m[1]) / 1024;
  } else {
    r = spawnSync(process.execPath, [__filename, '--child', file], { cwd: root, encoding: 'utf8', timeout, killSignal: 'SIGKILL', maxBuffer: 64 << 20 });
    const m = /@@RSS@@(\d+)/.exec(r.stderr || '');
    if (m) rssMb = Number(m[1]) / 1024;
  }
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const said = (r.stderr || '').split('\n').find((l) => l && !/^\s|^@@RSS@@/.test(l)) || (r.stdout || '').split('\n')[0] || '';
  const killed = (r.error && r.error.code === 'ETIMEDOUT') || r.signal || /Command (terminated by signal|exited with non-zero status 124)/.test(r.stderr || '');
  const code = killed ? '超时' : r.status;
  const message = said.split(file).join('').replace(/^“”|^:/, '').slice(0, 70);
  return { code, ms, rssMb, message };
}

/** Child without /usr/bin/time: the CLI in this process, then its peak RSS on stderr. */
async function child(file) {
  const { run: cli } = require(path.join(root, 'lib', 'cli', 'main'));
  const io = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t), cwd: root };
  const code = await cli(['check', file], io);
  process.stderr.write(`@@RSS@@${process.resourceUsage().maxRSS}\n`);
  process.exitCode = code;
}

async function run() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mz-hostile-bench-'));
  try {
    const rows = [];
    const table = [];
    // MZ_HOSTILE_ONLY=name,name limits the run to some files
    const only = process.env.MZ_HOSTILE_ONLY ? process.env.MZ_HOSTILE_ONLY.split(',') : undefined;
    const files = [...buildCorpus(dir, only), ...(!only || only.includes('bindings-span-1e12.xlsx') ? [spanFile(dir)] : [])];
    for (const f of files) {
      const m = measure(f.file, f.timeout);
      fs.rmSync(f.file);
      const ok = f.expect === 'refused' ? m.code === 2 : m.code === 0 || m.code === 1;
      table.push(
        `${f.name.padEnd(28)} ${String((f.bytes / 1024).toFixed(0) + ' KB').padStart(9)} ${f.expect.padEnd(8)} ${String(m.code).padStart(4)} ${m.ms.toFixed(0).padStart(7)} ms ${m.rssMb.toFixed(0).padStart(5)} MB ${ok ? '' : '意外 '}${m.code === '超时' ? `${(f.timeout || TIMEOUT) / 1000} s 后终止` : m.message}`,
      );
      rows.push({ name: `${f.name}(${f.expect === 'refused' ? '应拒绝' : '合法'},退出码 ${m.code}${ok ? '' : ',意外'})`, value: m.ms, unit: 'ms', target: '< 5000 ms' });
      rows.push({ name: '  峰值内存', value: m.rssMb, unit: 'MB', target: '< 500 MB' });
    }
    process.stderr.write(
      `\nhostile corpus (${hasTime ? '/usr/bin/time -v' : 'process.resourceUsage'}):\n${'file'.padEnd(28)} ${'size'.padStart(9)} expect   exit    wall      RSS   message\n${table.join('\n')}\n`,
    );
    return rows;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

module.exports = { run };

if (require.main === module) {
  if (process.argv[2] === '--child') {
    child(process.argv[3]).catch((e) => {
      console.error(e);
      process.exit(3);
    });
  } else {
    run().then(
      () => undefined,
      (e) => {
        console.error(e);
        process.exitCode = 1;
      },
    );
  }
}
