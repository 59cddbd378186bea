// Bench: extraction of all five seed reports (target < 0.2 s), and region inference on a 100 KB text
// (place index over every region name and township), with the compiled lib/core/extract.
'use strict';
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const ms = (t0) => Number(process.hrtime.bigint() - t0) / 1e6;

async function run() {
  const { loadCatalogue } = require(path.join(root, 'lib', 'core', 'catalogue'));
  const { extractRecords } = require(path.join(root, 'lib', 'core', 'extract', 'extract'));
  const { buildDataset } = require(path.join(root, 'lib', 'core', 'extract', 'build'));
  const catalogue = loadCatalogue();
  const seeds = path.join(root, 'seeds');
  const manifest = JSON.parse(fs.readFileSync(path.join(seeds, 'manifest.json'), 'utf8')).reports;
  const texts = manifest.map((m) => [m, fs.readFileSync(path.join(seeds, m.file), 'utf8')]);

  // cold: first call builds the alias index; includes reading the files (buildDataset)
  let t0 = process.hrtime.bigint();
  const built = buildDataset(seeds, catalogue);
  const cold = ms(t0);

  // warm: best of 5 runs over the five texts (index built, files in memory)
  let warm = Infinity;
  for (let i = 0; i < 5; i++) {
    t0 = process.hrtime.bigint();
    for (const [m, text] of texts) {
      extractRecords(text, { region: m.region, year: m.year, period: m.period, source: m.file, catalogue });
    }
    warm = Math.min(warm, ms(t0));
  }
  // region inference over all regions, aliases and 41k township names: load the townships, build the
  // place index once (cold), then infer on a 100 KB text (the seeds repeated), median of 5
  const { inferContext } = require(path.join(root, 'lib', 'core', 'extract', 'context'));
  const { loadTownships } = require(path.join(root, 'lib', 'core', 'catalogue', 'townships'));
  const { buildPlaceIndex } = require(path.join(root, 'lib', 'core', 'extract', 'places'));
  t0 = process.hrtime.bigint();
  const towns = await loadTownships();
  const townsMs = ms(t0);
  let big = '';
  while (big.length < 100000) big += texts.map((x) => x[1]).join('\n');
  big = big.slice(0, 100000);
  t0 = process.hrtime.bigint();
  const first = inferContext(big, catalogue, towns);
  const firstMs = ms(t0);
  const runs = [];
  for (let i = 0; i < 5; i++) {
    t0 = process.hrtime.bigint();
    inferContext(big, catalogue, towns);
    runs.push(ms(t0));
  }
  runs.sort((a, b) => a - b);
  t0 = process.hrtime.bigint();
  const idx = buildPlaceIndex(catalogue, towns);
  const buildMs = ms(t0);
  if (!first.region) throw new Error('no region inferred on the 100 KB text');

  return [
    { name: `读入乡镇街道线索(${towns.length} 个县级单位)`, value: Number(townsMs.toFixed(1)), unit: 'ms', target: '' },
    { name: `地名索引构建(地区名称、别名、乡镇街道共 ${idx.size} 个)`, value: Number(buildMs.toFixed(1)), unit: 'ms', target: '' },
    { name: '推断地区:100 KB 文本,首次(含建地名索引)', value: Number(firstMs.toFixed(1)), unit: 'ms', target: '' },
    { name: '推断地区:100 KB 文本(索引已建,5 次中位数)', value: Number(runs[2].toFixed(1)), unit: 'ms', target: '< 100 ms' },
    { name: `抽取 5 份种子报告(首次,含建索引与读文件;${built.records.length} 条记录)`, value: Number(cold.toFixed(1)), unit: 'ms', target: '< 200 ms' },
    { name: '抽取 5 份种子报告(索引已建)', value: Number(warm.toFixed(1)), unit: 'ms', target: '< 200 ms' },
  ];
}

module.exports = { run };

if (require.main === module) run().then((r) => console.table(r));
