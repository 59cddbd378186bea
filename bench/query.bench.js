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

  // load + index: best of 5 fresh engines (each builds its own resolver maps and index)
  let loadMs = Infinity;
  let engine;
  for (let i = 0; i < 5; i++) {
    const t0 = process.hrtime.bigint();
    engine = MzEngine.fromCsv(text, catalogue);
    loadMs = Math.min(loadMs, ms(t0));
  }
  const t1 = process.hrtime.bigint();
  MzEngine.fromCsv(text, catalogue);
  const firstLoad = ms(t1);

  // queries as a user types them: short names / aliases, years as numbers and "2020年" text
  const queries = [];
  for (const r of engine.records) {
    const reg = engine.catalogue.regions.find((x) => x.name === r.region);
    const ind = engine.catalogue.indicators.find((x) => x.id === r.indicatorId);
    queries.push([reg.aliases[0] || reg.name, ind.aliases[0] || ind.name, r.year, r.breakdown || undefined]);
    queries.push([reg.fullName, ind.name, `${r.year}年`, r.breakdown || undefined]);
  }
  const N = 100000;
  let okCount = 0;
  // warm-up (JIT), then the timed run on a fresh engine so name caches start empty
  for (let i = 0; i < 2000; i++) engine.value(...queries[i % queries.length]);
  const fresh = MzEngine.fromCsv(text, catalogue);
  const t2 = process.hrtime.bigint();
  for (let i = 0; i < N; i++) {
    const q = queries[i % queries.length];
    if (fresh.value(q[0], q[1], q[2], q[3]).ok) okCount++;
  }
  const lookupS = ms(t2) / 1000;
  if (okCount !== N) throw new Error(`lookups failed: ${N - okCount} of ${N}`);

  return [
    { name: `数据集加载+索引(${engine.records.length} 条,${label})`, value: loadMs, unit: 'ms', target: '< 50 ms' },
    { name: '数据集加载+索引(首次,含 JIT 预热前)', value: Math.max(firstLoad, loadMs), unit: 'ms', target: '< 50 ms' },
    { name: '目录加载(loadCatalogue)', value: catMs, unit: 'ms', target: '' },
    { name: `100,000 次名称→数值查询(${queries.length} 种写法循环)`, value: lookupS, unit: 's', target: '< 0.2 s' },
  ];
}

module.exports = { run };

if (require.main === module) run().then((r) => console.table(r));
