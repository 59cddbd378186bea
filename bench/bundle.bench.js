// Bundle sizes from dist/ (run `npm run build` first): gzipped functions.js (loaded on every
// workbook open) and the task pane's scripts (every local <script src> of taskpane.html).
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const dist = path.join(__dirname, '..', 'dist');
const gz = (file) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length / 1024;

/** Local scripts an HTML page of dist/ loads (CDN scripts such as office.js are not ours). */
function pageScripts(html) {
  const text = fs.readFileSync(path.join(dist, html), 'utf8');
  return [...text.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)]
    .map((m) => m[1])
    .filter((src) => !/^(https?:)?\/\//.test(src))
    .map((src) => path.join(dist, src.split('?')[0]));
}

async function run() {
  if (!fs.existsSync(path.join(dist, 'functions.js'))) {
    console.log('bundle.bench: dist/ 不存在,请先运行 npm run build');
    return [{ name: 'dist/ 不存在(先运行 npm run build)', value: '-', unit: '', target: '' }];
  }
  const rows = [];
  const fjs = path.join(dist, 'functions.js');
  rows.push({ name: 'functions.js 压缩后(gzip)', value: gz(fjs), unit: 'KB', target: '< 150 KB' });
  rows.push({ name: 'functions.js 原始大小', value: fs.statSync(fjs).size / 1024, unit: 'KB', target: '' });
  if (fs.existsSync(path.join(dist, 'taskpane.html'))) {
    const scripts = pageScripts('taskpane.html').filter((f) => fs.existsSync(f));
    const total = scripts.reduce((a, f) => a + gz(f), 0);
    rows.push({
      name: `任务窗格脚本压缩后(${scripts.map((f) => path.basename(f)).join('+') || '无'})`,
      value: total,
      unit: 'KB',
      target: '≤ 400 KB',
    });
    // plus the chunks the pane loads on demand (every other .js of dist/)
    const initial = new Set(scripts);
    const lazy = fs
      .readdirSync(dist)
      .filter((f) => f.endsWith('.js') && f !== 'functions.js')
      .map((f) => path.join(dist, f))
      .filter((f) => !initial.has(f));
    if (lazy.length) {
      rows.push({
        name: `任务窗格全部脚本压缩后(含按需加载 ${lazy.length} 个)`,
        value: total + lazy.reduce((a, f) => a + gz(f), 0),
        unit: 'KB',
        target: '',
      });
    }
  }
  return rows;
}

module.exports = { run };

if (require.main === module) run().then((r) => console.table(r));
