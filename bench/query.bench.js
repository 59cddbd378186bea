// Query benchmarks: dataset load + index, and 100,000 resolved lookups (names → value, as MZ.VALUE).
'use strict';
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const ms = (t0) => Number(process.hrtime.bigint() - t0) / 1e6;

function datasetText(catalogue) {
  const p = path.join(root, 'data', 'dataset.csv');
  if (fs.existsSync(p)) return { text: fs.readFileSync(p, 'utf8'), label: 'data/dataset.csv' };
  // Fallback before the dataset exists: a synthetic file (every region × standards × 3 years).
  const lines = ['region,year,period,indicator_id,indicator,breakdown,value,unit,qualifier,source,offset,quote'];
  const inds = catalogue.indicators.filter((i) => i.kind === 'standard' && !i.breakdowns);
  for (const r of catalogue.regions) for (const i of inds) for (const y of [2019, 2020, 2021]) {
    lines.push(`${r.name},${y},全年,${i.id},${i.name},,${500 + y - 2000},${i.unit},exact,synthetic,-1,`);
  }
  return { text: lines.join('\n') + '\n', label: '合成数据(data/dataset.csv 不存在)' };
}

async function run() {
  const { MzEngine } = require('../lib/core/engine');
  const { loadCatalogue } = require('../lib/core/catalogue');
  const tCat = process.hrtime.bigint();
  const catalogue = loadCatalogue();
  const catMs = ms(tCat);
  const { text, label } = datasetText(catalogue);

  // load + index: the first (cold) load of the process, then the median of 5 more
  const t1 = process.hrtime.bigint();
  let engine = MzEngine.fromCsv(text, catalogue);
  const firstLoad = ms(t1);
  const loads = [];
  for (let i = 0; i < 5; i++) {
    const t0 = process.hrtime.bigint();
    engine = MzEngine.fromCsv(text, catalogue);
    loads.push(ms(t0));
  }
  loads.sort((a, b) => a - b);
  const loadMs = loads[2];

  // queries as a user types them: short names / aliases, years as numbers and "2020年" text
  const queries = [];
  for (const r of engine.records) {
    const reg = engine.catalogue.regions.find((x) => x.name === r.region);
    const ind = engine.catalogue.indicators.find((x) => x.id === r.indicatorId);
    // a figure of part of a year is asked for with its period (2021上半年, 2021年上半年)
    const y1 = r.period === '全年' ? r.year : `${r.year}${/^\d/.test(r.period) ? '年' : ''}${r.period}`;
    const y2 = r.period === '全年' ? `${r.year}年` : `${r.year}年${r.period}`;
    queries.push([reg.aliases[0] || reg.name, ind.aliases[0] || ind.name, y1, r.breakdown || undefined]);
    queries.push([reg.fullName, ind.name, y2, r.breakdown || undefined]);
  }
  const N = 100000;
  let okCount = 0;
  // warm-up (JIT), then the timed run on a fresh engine so name caches start empty
  for (let i = 0; i < 2000; i++) engine.value(...queries[i % queries.length]);
  // 5 timed runs, each on a fresh engine (name caches start empty); the median is reported
  const runs = [];
  for (let k = 0; k < 5; k++) {
    const fresh = MzEngine.fromCsv(text, catalogue);
    okCount = 0;
    const t2 = process.hrtime.bigint();
    for (let i = 0; i < N; i++) {
      const q = queries[i % queries.length];
      if (fresh.value(q[0], q[1], q[2], q[3]).ok) okCount++;
    }
    runs.push(ms(t2) / 1000);
    if (okCount !== N) throw new Error(`lookups failed: ${N - okCount} of ${N}`);
  }
  runs.sort((a, b) => a - b);
  const lookupS = runs[2];

  return [
    { name: `数据集加载+索引,首次(${engine.records.length} 条,${label})`, value: firstLoad, unit: 'ms', target: '< 50 ms' },
    { name: '数据集加载+索引,再次(5 次中位数)', value: loadMs, unit: 'ms', target: '< 50 ms' },
    { name: '目录加载(loadCatalogue)', value: catMs, unit: 'ms', target: '' },
    { name: `100,000 次名称→数值查询(${queries.length} 种写法循环,5 次中位数)`, value: lookupS, unit: 's', target: '< 0.2 s' },
  ];
}

module.exports = { run };

if (require.main === module) run().then((r) => console.table(r));
