// Bench: the standalone page opening an uploaded workbook (XlsxWorkbook.load, then readSheets as a check
// does). Since issue 9's follow-up the loader reads the file once, through the lean reader; before, it
// inflated every part for the limits, scanned the sheets with the lean reader, then loaded the whole file
// again through exceljs. Both are timed here on the same workbook (20 sheets; MZ_BENCH_ROWS rows each,
// default 500, the bindings sheet included), each in its own process: median of 3 and peak RSS.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');

const lib = path.join(__dirname, '..', 'lib');
const RUNS = 3;

/** Child: one way of loading, RUNS times; prints times and peak RSS as JSON. */
async function child(file, way) {
  const bytes = new Uint8Array(fs.readFileSync(file));
  const { XlsxWorkbook } = require(path.join(lib, 'adapters', 'xlsx'));
  const load = {
    // what XlsxWorkbook.load did before: every part inflated (limits), the lean reader's scan, then exceljs
    async twoPass() {
      const { InflateBudget, entryBytes, readZip } = require(path.join(lib, 'adapters', 'zip'));
      const { readXlsxSheets } = require(path.join(lib, 'adapters', 'xlsxReader'));
      const ExcelJS = require('exceljs');
      const budget = new InflateBudget(bytes.length);
      for (const e of readZip(bytes)) await entryBytes(e, budget);
      await readXlsxSheets(bytes);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(bytes);
      return wb.worksheets.length;
    },
    async onePass() {
      const wb = await XlsxWorkbook.load(bytes, 'bench.xlsx');
      return (await wb.readSheets()).length;
    },
  }[way];
  const ms = [];
  let sheets = 0;
  for (let i = 0; i < RUNS; i++) {
    const t0 = process.hrtime.bigint();
    sheets = await load();
    ms.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  process.stdout.write(JSON.stringify({ ms, sheets, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
}

const median = (xs) => [...xs].sort((a, b) => a - b)[(xs.length - 1) >> 1];

async function run() {
  process.env.MZ_BENCH_ROWS = process.env.MZ_BENCH_ROWS || '500';
  const { build } = require('./check.bench');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mz-pageload-bench-'));
  const file = path.join(dir, 'bench.xlsx');
  try {
    const built = await build(file);
    const kb = fs.statSync(file).size / 1024;
    const res = {};
    for (const way of ['twoPass', 'onePass']) {
      res[way] = JSON.parse(execFileSync(process.execPath, [__filename, '--child', file, way], { encoding: 'utf8', maxBuffer: 1 << 20 }));
    }
    const label = `20 表 × ${process.env.MZ_BENCH_ROWS} 行,${built.bindings} 个绑定,${kb.toFixed(0)} KB`;
    return [
      { name: `独立页面打开工作簿(${label}):一次读取(精简读取器),中位数`, value: median(res.onePass.ms), unit: 'ms', target: '' },
      { name: '  之前的做法(全部部件解压 + 精简读取 + exceljs 再读一遍),中位数', value: median(res.twoPass.ms), unit: 'ms', target: '' },
      { name: '  一次读取的峰值内存 (maxRSS)', value: res.onePass.maxRssMb, unit: 'MB', target: '' },
      { name: '  之前做法的峰值内存 (maxRSS)', value: res.twoPass.maxRssMb, unit: 'MB', target: '' },
    ];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') {
  child(process.argv[3], process.argv[4]).catch((e) => {
    console.error(e);
    process.exit(1);
  });
}

module.exports = { run };
