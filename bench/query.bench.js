// Query benchmarks: dataset load + index, 100,000 resolved lookups (names → value, as MZ.VALUE), and the
// region resolver over the full catalogue (build, a miss with suggestions, an ambiguous name).
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

  // queries as a user types them: short names / aliases (the first one that names only this region),
  // codes, years as numbers and "2020年" text
  const queries = [];
  for (const r of engine.records) {
    const reg = engine.resolver.regionByName.get(r.region);
    const ind = engine.catalogue.indicators.find((x) => x.id === r.indicatorId);
    // a figure of part of a year is asked for with its period (2021上半年, 2021年上半年)
    const y1 = r.period === '全年' ? r.year : `${r.year}${/^\d/.test(r.period) ? '年' : ''}${r.period}`;
    const y2 = r.period === '全年' ? `${r.year}年` : `${r.year}年${r.period}`;
    const alias = reg.aliases.find((a) => { const x = engine.resolveRegion(a); return x.ok && x.region === reg; }) || reg.name;
    queries.push([alias, ind.aliases[0] || ind.name, y1, r.breakdown || undefined]);
    queries.push([reg.fullName, ind.name, y2, r.breakdown || undefined]);
    queries.push([Number(reg.code), ind.name, y1, r.breakdown || undefined]);
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

  // the resolver over the full region catalogue (the functions build it on their first call)
  const { Resolver } = require('../lib/core/resolver');
  // (the name/code index is built on the first lookup that is not a canonical name: included here)
  const tRes = process.hrtime.bigint();
  let resolver = new Resolver(catalogue);
  if (!resolver.region('济南').ok) throw new Error('济南 should resolve');
  const resolverFirst = ms(tRes);
  const builds = [];
  for (let i = 0; i < 5; i++) {
    const t0 = process.hrtime.bigint();
    resolver = new Resolver(catalogue);
    resolver.region('济南');
    builds.push(ms(t0));
  }
  builds.sort((a, b) => a - b);
  // one miss: suggestions by edit distance over the regions sharing a character (first, then again)
  let t3 = process.hrtime.bigint();
  const miss = resolver.region('济男');
  const missFirst = ms(t3);
  t3 = process.hrtime.bigint();
  resolver.region('兰洲市');
  const missAgain = ms(t3);
  if (miss.ok) throw new Error('济男 should not resolve');
  // a name several regions share (never guessed): the candidates listed
  t3 = process.hrtime.bigint();
  const amb = resolver.region('鼓楼区');
  const ambMs = ms(t3);
  if (amb.ok) throw new Error('鼓楼区 should be ambiguous');

  return [
    { name: `地区目录:${catalogue.regions.length} 个地区(省、地、县三级)`, value: catalogue.regions.length, unit: '个', target: '' },
    { name: '解析器构建+地区名称/代码索引(首次别名查询时建),首次', value: resolverFirst, unit: 'ms', target: '' },
    { name: '解析器构建,再次(5 次中位数)', value: builds[2], unit: 'ms', target: '' },
    { name: '未找到地区时的建议(“济男”,首次,含建字符索引)', value: missFirst, unit: 'ms', target: '' },
    { name: '未找到地区时的建议(“兰洲市”,再次)', value: missAgain, unit: 'ms', target: '' },
    { name: '同名地区报错(“鼓楼区”,列出 4 个)', value: ambMs, unit: 'ms', target: '' },
    { name: `数据集加载+索引,首次(${engine.records.length} 条,${label})`, value: firstLoad, unit: 'ms', target: '< 50 ms' },
    { name: '数据集加载+索引,再次(5 次中位数)', value: loadMs, unit: 'ms', target: '< 50 ms' },
    { name: '目录加载(loadCatalogue)', value: catMs, unit: 'ms', target: '' },
    { name: `100,000 次名称→数值查询(${queries.length} 种写法循环,5 次中位数)`, value: lookupS, unit: 's', target: '< 0.2 s' },
  ];
}

module.exports = { run };

if (require.main === module) run().then((r) => console.table(r));
