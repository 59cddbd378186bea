// The standalone page in headless chromium, offline: upload a workbook, fill, check, click a finding,
// import a GBK CSV, download, and re-check the download with the CLI. Screenshots go to
// test-output/screenshots/.
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { chromium, Browser, Page } from 'playwright-core';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const { serve } = require('../../scripts/serve.js');

const root = path.join(__dirname, '..', '..');
const out = path.join(root, 'test-output');
const shots = path.join(out, 'screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const haveChromium = fs.existsSync(CHROMIUM);
// Under CI a missing chromium is a failure, not a skip.
const maybe = haveChromium || process.env.CI ? describe : describe.skip;

function newest(p: string): number {
  if (!fs.existsSync(p)) return 0;
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(st.mtimeMs, ...fs.readdirSync(p).map((e) => newest(path.join(p, e))));
}

/** Builds dist/ when missing or older than the sources the page is made of. */
function ensureDist(): void {
  const built = fs.existsSync(path.join(root, 'dist', 'taskpane.js')) ? fs.statSync(path.join(root, 'dist', 'taskpane.js')).mtimeMs : 0;
  const src = Math.max(newest(path.join(root, 'src')), newest(path.join(root, 'data')), fs.statSync(path.join(root, 'webpack.config.js')).mtimeMs);
  if (built < src) execFileSync(path.join(root, 'node_modules', '.bin', 'webpack'), ['--mode', 'production'], { cwd: root, stdio: 'inherit' });
  const cli = path.join(root, 'lib', 'cli', 'main.js');
  if (!fs.existsSync(cli) || fs.statSync(cli).mtimeMs < newest(path.join(root, 'src', 'core'))) {
    spawnSync(path.join(root, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.cli.json'], { cwd: root, stdio: 'inherit' });
  }
}

/** GBK bytes for a CSV: iconv-lite when present (a common transitive dependency). */
function gbk(text: string): Buffer {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const iconv = require('iconv-lite');
  return iconv.encode(text, 'gbk');
}

async function userWorkbook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('我的备注');
  ws.getCell('A1').value = '本表为用户自己的内容,填表不得改动';
  ws.getCell('B2').value = 42;
  await wb.xlsx.writeFile(file);
}

maybe('standalone page (offline, headless chromium)', () => {
  let browser: Browser;
  let server: { url: string; close: () => Promise<void> };
  let url: string;

  beforeAll(async () => {
    fs.mkdirSync(shots, { recursive: true });
    ensureDist();
    server = await serve({ dir: path.join(root, 'dist'), port: 0, host: '127.0.0.1' });
    url = server.url + 'taskpane.html';
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
    });
  }, 600000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(width: number): Promise<Page> {
    const ctx = await browser.newContext({ viewport: { width, height: 900 }, acceptDownloads: true, locale: 'zh-CN' });
    // offline: every request that is not our own server fails (as office.js would without network)
    await ctx.route('**/*', (route) => (route.request().url().startsWith(server.url) ? route.continue() : route.abort()));
    const page = await ctx.newPage();
    page.on('pageerror', (e) => console.error('pageerror:', e.message));
    await page.goto(url);
    await page.getByRole('tab', { name: '填表' }).waitFor();
    return page;
  }

  test('upload → fill → check → click a finding → import GBK CSV → download → CLI re-check', async () => {
    const input = path.join(out, 'standalone-input.xlsx');
    await userWorkbook(input);
    const page = await open(1024);
    // first render without Office: no wait for Office.onReady
    const firstRender = await page.evaluate(() => window.__mzFirstRender ?? -1);
    expect(firstRender).toBeGreaterThan(0);
    await expect(page.getByText('独立页面(无需 Excel)')).toBeTruthy();

    await page.getByTestId('xlsx-input').setInputFiles(input);
    await page.getByText('当前工作簿:standalone-input.xlsx').waitFor();

    // fill: default region (first with data) and its newest year, all tables
    const region = (await page.getByText(/^已选:/).textContent())!.replace('已选:', '');
    await page.getByRole('button', { name: '填表', exact: true }).click();
    await page.getByText('填表完成').waitFor();
    await page.screenshot({ path: path.join(shots, 'wide-1-fill.png'), fullPage: true });

    // check
    await page.getByRole('tab', { name: '校验' }).click();
    await page.getByRole('button', { name: '校验', exact: true }).click();
    await page.getByRole('button', { name: '重新校验' }).waitFor();
    const badge = async (label: string) => Number(((await page.getByText(new RegExp(`^${label} \\d+$`)).first().textContent()) ?? '').replace(/\D/g, ''));
    const errors = await badge('错误');
    const warnings = await badge('提示');
    const findings = page.locator('button.mz-finding');
    expect(await findings.count()).toBe(errors + warnings);
    if (errors + warnings > 0) {
      const first = findings.first();
      const label = (await first.getAttribute('aria-label'))!;
      const where = /定位到 ([^:]+)/.exec(label)![1];
      await first.click();
      const grid = page.getByTestId('grid-preview');
      await grid.waitFor();
      expect(await grid.textContent()).toContain(where);
      expect(await grid.locator('[aria-current="true"]').count()).toBe(1);
    }
    await page.screenshot({ path: path.join(shots, 'wide-2-check.png'), fullPage: true });

    // data: a GBK CSV with a bad row is refused with its line number; a good one merges
    await page.getByRole('tab', { name: '数据' }).click();
    const header = 'region,year,indicator,value,unit,quote\n';
    const bad = path.join(out, 'bad-gbk.csv');
    fs.writeFileSync(bad, gbk(header + `${region},2020,城市低保标准,900,元/人·月,用户核实\n${region},二〇二〇,城市低保标准,900,元/人·月,年份写错\n`));
    await page.getByTestId('csv-input').setInputFiles(bad);
    await page.getByText('发现问题,未导入任何记录').waitFor();
    expect(await page.getByTestId('csv-preview').textContent()).toContain('第 3 行');
    expect(await page.getByRole('button', { name: '合并到数据集' }).isDisabled()).toBe(true);
    const good = path.join(out, 'good-gbk.csv');
    fs.writeFileSync(good, gbk(header + `${region},2021,城市低保标准,900,元/人·月,民政局核实数据\n`));
    await page.getByTestId('csv-input').setInputFiles(good);
    await page.getByText(/good-gbk\.csv.GB18030.:1 条有效记录.0 处问题/).waitFor();
    await page.getByText('民政局核实数据').first().waitFor(); // decoded Chinese, not mojibake
    await page.getByRole('button', { name: '合并到数据集' }).click();
    await page.getByText(/已导入 1 条记录/).waitFor();
    await page.screenshot({ path: path.join(shots, 'wide-3-data.png'), fullPage: true });

    // download and re-check with the CLI
    const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载工作簿' }).click()]);
    const result = path.join(out, 'standalone-result.xlsx');
    await dl.saveAs(result);
    expect(dl.suggestedFilename()).toBe('standalone-input-MZ.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(result);
    const names = wb.worksheets.map((w) => w.name);
    expect(names).toEqual(expect.arrayContaining(['我的备注', '社会救助标准', '汇总', '_MZ_BINDINGS', '_MZ_DATA']));
    expect(wb.getWorksheet('我的备注')!.getCell('B2').value).toBe(42);
    const data = wb.getWorksheet('_MZ_DATA')!;
    expect(data.getCell('A2').value).toBe(region);
    expect(data.getCell('L2').value).toBe('民政局核实数据');

    const cli = spawnSync(process.execPath, [path.join(root, 'bin', 'mz.js'), 'check', result], { cwd: root, encoding: 'utf8' });
    // the CLI agrees with the page: exit 1 when the page found errors, 0 otherwise
    expect(cli.status).toBe(errors > 0 ? 1 : 0);
    await page.context().close();
  }, 180000);

  test('320 px wide pane: every tab renders without horizontal overflow', async () => {
    const page = await open(320);
    await page.getByRole('button', { name: '新建工作簿' }).click();
    await page.getByText('当前工作簿:新工作簿.xlsx').waitFor();
    await page.getByRole('button', { name: '填表', exact: true }).click();
    await page.getByText('填表完成').waitFor();
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(shots, 'narrow-1-fill.png'), fullPage: true });
    await page.getByRole('tab', { name: '校验' }).click();
    await page.getByRole('button', { name: '校验', exact: true }).click();
    await page.getByRole('button', { name: '重新校验' }).waitFor();
    const f = page.locator('button.mz-finding');
    if (await f.count()) await f.first().click();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(shots, 'narrow-2-check.png'), fullPage: true });
    await page.getByRole('tab', { name: '数据' }).click();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(shots, 'narrow-3-data.png') });
    await page.getByRole('tab', { name: '函数' }).click();
    await page.getByTestId('formula').waitFor();
    expect(await page.getByTestId('formula').textContent()).toMatch(/^=MZ\.STANDARD\(".+",".+",\d{4}\)$/);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(shots, 'narrow-4-functions.png') });
    // keyboard: tabs are reachable and switch with arrow keys
    await page.getByRole('tab', { name: '函数' }).focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Enter');
    expect(await page.getByRole('tab', { name: '数据' }).getAttribute('aria-selected')).toBe('true');
    await page.context().close();
  }, 120000);

  test('paste a report: the real extractor infers the region, lists records and candidates; one candidate adopted, all added', async () => {
    const page = await open(360);
    await page.getByRole('button', { name: '新建工作簿' }).click();
    await page.getByRole('tab', { name: '数据' }).click();
    // written for this test: a county report with a standard, a 其中 part and a plan figure
    const report =
      '兰州市七里河区民政局2023年工作总结\n' +
      '一、兜底保障。全区城市最低生活保障标准提高到每人每月805元。全年支出低保资金6123.4万元,其中城市低保资金2210.5万元。\n' +
      '二、明年计划新建社区养老服务站12个。\n';
    await page.getByRole('textbox', { name: '粘贴报告文本' }).fill(report);
    await page.getByRole('button', { name: '提取' }).click();
    await page.getByText(/识别出 3 条.七里河区 · 2023年./).waitFor();
    const recs = page.getByRole('list', { name: '识别出的记录' });
    expect(await recs.textContent()).toContain('805');
    expect(await recs.textContent()).toContain('2210.5');
    const cands = page.getByRole('list', { name: '待确认的数字' });
    await cands.waitFor();
    expect(await cands.textContent()).toContain('12个');
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(shots, 'narrow-5-review.png'), fullPage: true });
    await page.getByRole('button', { name: '添加到数据集' }).click();
    await page.getByText(/已添加 \d+ 条记录并保存到工作簿。/).waitFor();
    await page.context().close();
  }, 120000);
  test('汇总下级报表: two district workbooks from the CLI merged into the city in the page, downloaded, checked by the CLI', async () => {
    const kids: string[] = [];
    for (const [name, persons, std] of [['历下区', 1200, 821], ['槐荫区', 800, 821]] as const) {
      const csv = path.join(out, `merge-${name}.csv`);
      fs.writeFileSync(csv, `region,year,indicator,value,unit\n${name},2022,城市低保人数,${persons},人\n${name},2022,城市低保标准,${std},元/月\n`);
      const file = path.join(out, `merge-${name}.xlsx`);
      const r = spawnSync(process.execPath, [path.join(root, 'bin', 'mz.js'), 'fill', '--region', name, '--year', '2022', '--out', file, '--data', csv, '--force'], { cwd: root, encoding: 'utf8' });
      expect(r.status).toBe(0);
      kids.push(file);
    }
    const page = await open(1024);
    await page.getByRole('button', { name: '新建工作簿' }).click();
    await page.getByTestId('merge-input').setInputFiles(kids);
    await page.getByText(/已选 2 个/).waitFor();
    await page.getByRole('textbox', { name: /上级地区/ }).fill('济南市');
    await page.getByRole('checkbox', { name: /部分汇总/ }).check();
    await page.getByRole('button', { name: '汇总', exact: true }).click();
    await page.getByText('汇总完成').waitFor();
    const note = (await page.getByText(/已汇总 2 个下级/).textContent())!;
    expect(note).toContain('历下区');
    await page.screenshot({ path: path.join(shots, 'wide-4-merge.png'), fullPage: true });
    const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载工作簿' }).click()]);
    const merged = path.join(out, 'standalone-merged.xlsx');
    await dl.saveAs(merged);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(merged);
    const src = wb.getWorksheet('汇总来源')!;
    const rows: string[] = [];
    src.eachRow((row) => rows.push((row.values as unknown[]).slice(1).join('|')));
    expect(rows.find((r) => r.startsWith('低保对象人数|城市|'))).toMatch(/^低保对象人数\|城市\|2000\|人\|求和\|/);
    const cli = spawnSync(process.execPath, [path.join(root, 'bin', 'mz.js'), 'check', merged], { cwd: root, encoding: 'utf8' });
    expect(cli.stdout).toMatch(/错误 0,/);
    await page.context().close();
  }, 180000);
});
