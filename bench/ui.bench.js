// Task pane / standalone page in headless chromium (needs dist/: npm run build, and /usr/bin/chromium):
// first render (median of 5 cold loads, navigation start → first React render, no Office),
// gzipped initial scripts of taskpane.html, and a standalone fill of all tables + check; and the
// same page as Excel's shared runtime (stub office.js, fake workbook): time until the custom
// functions are registered, and 1,000 MZ.STANDARD calls.
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const root = path.join(__dirname, '..');
const dist = path.join(root, 'dist');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

async function run() {
  const rows = [];
  if (!fs.existsSync(path.join(dist, 'taskpane.html'))) {
    return [{ name: 'ui: dist/ 不存在(先运行 npm run build)', value: '-', unit: '', target: '' }];
  }
  const html = fs.readFileSync(path.join(dist, 'taskpane.html'), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)].map((m) => m[1]).filter((s) => !/^(https?:)?\/\//.test(s));
  const kb = scripts.reduce((a, s) => a + zlib.gzipSync(fs.readFileSync(path.join(dist, s)), { level: 9 }).length, 0) / 1024;
  rows.push({ name: `ui: 任务窗格初始脚本 gzip(${scripts.join('+')})`, value: kb, unit: 'KB', target: '≤ 400 KB' });
  if (!fs.existsSync(CHROMIUM)) {
    rows.push({ name: 'ui: 首次渲染(未找到 chromium)', value: '-', unit: '', target: '< 1000 ms' });
    return rows;
  }
  const { chromium } = require('playwright-core');
  const { serve } = require('../scripts/serve.js');
  const server = await serve({ dir: dist, port: 0, host: '127.0.0.1' });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
  });
  try {
    const times = [];
    for (let i = 0; i < 5; i++) {
      const ctx = await browser.newContext({ viewport: { width: 360, height: 800 } });
      await ctx.route('**/*', (r) => (r.request().url().startsWith(server.url) ? r.continue() : r.abort()));
      const page = await ctx.newPage();
      await page.goto(server.url + 'taskpane.html');
      await page.waitForFunction(() => window.__mzFirstRender !== undefined, null, { timeout: 15000 });
      times.push(await page.evaluate(() => window.__mzFirstRender));
      if (i === 4) {
        const t0 = Date.now();
        await page.getByRole('button', { name: '新建工作簿' }).click();
        await page.getByText('当前工作簿:新工作簿.xlsx').waitFor();
        await page.getByRole('button', { name: '填表', exact: true }).click();
        await page.getByText('填表完成').waitFor({ timeout: 30000 });
        await page.getByRole('tab', { name: '校验' }).click();
        await page.getByRole('button', { name: '校验', exact: true }).click();
        await page.getByRole('button', { name: '重新校验' }).waitFor({ timeout: 30000 });
        rows.push({ name: 'ui: 独立页面 新建+填全部表+校验(含加载 exceljs)', value: Date.now() - t0, unit: 'ms', target: '' });
      }
      await ctx.close();
    }
    times.sort((a, b) => a - b);
    rows.unshift({ name: 'ui: 首次渲染(headless chromium,5 次中位数)', value: Math.round(times[2]), unit: 'ms', target: '< 1000 ms' });

    // the shared runtime: the page Excel opens per workbook, with a stub office.js
    const { officeInitScript, officeUrl } = require('../test/browser/officeStub.js');
    const init = officeInitScript();
    const reg = [];
    let calls = null;
    for (let i = 0; i < 5; i++) {
      const ctx = await browser.newContext({ viewport: { width: 360, height: 800 } });
      await ctx.route('**/*', (r) => (r.request().url().startsWith(server.url) ? r.continue() : r.abort()));
      await ctx.addInitScript(init);
      const page = await ctx.newPage();
      await page.goto(officeUrl(server.url));
      await page.waitForFunction(() => typeof window.__mzRegistry.INDICATORS === 'function', null, { timeout: 15000 });
      reg.push(await page.evaluate(() => window.__mzRegisteredAt));
      if (i === 4) {
        calls = await page.evaluate(async () => {
          const f = window.__mzRegistry.STANDARD;
          await f('济南', '城市低保', 2020); // engine built on the first call
          const t0 = performance.now();
          for (let k = 0; k < 1000; k++) await f('济南', '城市低保', 2020, k % 2 ? 0 : null, k % 3 ? null : '元/人·年');
          return performance.now() - t0;
        });
      }
      await ctx.close();
    }
    reg.sort((a, b) => a - b);
    rows.push({ name: 'ui: 共享运行时 打开页面→函数注册完成(5 次中位数)', value: Math.round(reg[2]), unit: 'ms', target: '' });
    rows.push({ name: 'ui: 共享运行时 1000 次 MZ.STANDARD(页面内调用)', value: Math.round(calls), unit: 'ms', target: '' });
  } finally {
    await browser.close();
    await server.close();
  }
  return rows;
}

module.exports = { run };
if (require.main === module) run().then((r) => console.table(r));
