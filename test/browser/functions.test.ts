// The built add-in page (dist/taskpane.html) as Excel runs it with the shared runtime: one page per
// open workbook hosts the pane and the custom functions. Two workbooks are two browser contexts, each
// with a stub office.js (Office, CustomFunctions) and a fake Excel (test/ui/fakeExcel.ts) holding that
// workbook's sheets. A figure imported in one workbook must never answer a formula in the other.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { chromium, Browser, BrowserContext, Page } from 'playwright-core';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const { serve } = require('../../scripts/serve.js');
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { officeInitScript, officeUrl } = require('./officeStub.js');

const root = path.join(__dirname, '..', '..');
const out = path.join(root, 'test-output');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const maybe = fs.existsSync(CHROMIUM) || process.env.CI ? describe : describe.skip;

function newest(p: string): number {
  if (!fs.existsSync(p)) return 0;
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(st.mtimeMs, ...fs.readdirSync(p).map((e) => newest(path.join(p, e))));
}

function ensureDist(): void {
  const built = newest(path.join(root, 'dist', 'taskpane.js'));
  const src = Math.max(newest(path.join(root, 'src')), newest(path.join(root, 'data')), newest(path.join(root, 'webpack.config.js')));
  if (built < src) execFileSync(path.join(root, 'node_modules', '.bin', 'webpack'), ['--mode', 'production'], { cwd: root, stdio: 'inherit' });
}

const HEADER = ['region', 'year', 'period', 'indicator_id', 'indicator', 'breakdown', 'value', 'unit', 'qualifier', 'source', 'offset', 'quote'];

maybe('custom functions in the shared runtime: user data stays in its workbook (headless chromium)', () => {
  let browser: Browser;
  let server: { url: string; close: () => Promise<void> };
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    fs.mkdirSync(out, { recursive: true });
    ensureDist();
    server = await serve({ dir: path.join(root, 'dist'), port: 0, host: '127.0.0.1' });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
    });
  }, 600000);

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await server?.close();
  });

  /** One open workbook: its own runtime (browser context), page and fake workbook. */
  async function workbook(seed?: (string | number)[][]): Promise<Page> {
    const ctx = await browser.newContext({ locale: 'zh-CN', viewport: { width: 900, height: 900 } });
    contexts.push(ctx);
    const requests: string[] = [];
    await ctx.route('**/*', (route) => {
      requests.push(route.request().url());
      return route.request().url().startsWith(server.url) ? route.continue() : route.abort();
    });
    await ctx.addInitScript(officeInitScript());
    const page = await ctx.newPage();
    page.on('pageerror', (e) => console.error('pageerror:', e.message));
    await page.goto(officeUrl(server.url, seed));
    await page.getByText('Excel 加载项').waitFor();
    await page.waitForFunction(() => typeof (window as unknown as { __mzRegistry: Record<string, unknown> }).__mzRegistry.STANDARD === 'function');
    // nothing was fetched from outside the add-in's host (office.js is the stub here)
    expect(requests.filter((u) => !u.startsWith(server.url))).toEqual([]);
    return page;
  }

  /** Runs a registered function as Excel would; an error comes back as {code, message}. */
  const formula = (page: Page, id: string, ...args: unknown[]) =>
    page.evaluate(
      async ([fid, a]) => {
        const reg = (window as unknown as { __mzRegistry: Record<string, (...x: unknown[]) => Promise<unknown>> }).__mzRegistry;
        try {
          return await reg[fid as string](...(a as unknown[]));
        } catch (e) {
          const err = e as { code?: string; message?: string };
          return { code: err.code, message: err.message };
        }
      },
      [id, args] as const,
    );

  test('two workbooks: each one\'s figures answer only its own formulas; an import recalculates with the new figure', async () => {
    // workbook B was saved with a 2022 figure of its own
    const b = await workbook([HEADER, ['济南', 2022, '全年', '', '城市低保', '', 999, '元/月', 'exact', 'user:B.csv', -1, 'B 的数据']]);
    const a = await workbook();

    // each runtime read its own workbook
    expect(await formula(b, 'STANDARD', '济南', '城市低保', 2022)).toBe(999);
    expect(await formula(a, 'STANDARD', '济南', '城市低保', 2022)).toMatchObject({ code: '#N/A' });
    expect(await formula(a, 'STANDARD', '济南', '城市低保', 2020)).toBe(821);

    // import a figure in A through the pane; the recalculation Excel is asked for must see it
    await a.evaluate(() => {
      const w = window as unknown as { __fx: { onCalculate: (() => void) | null }; __mzRegistry: Record<string, (...x: unknown[]) => Promise<unknown>>; __calcSaw?: Promise<unknown> };
      w.__fx.onCalculate = () => {
        w.__calcSaw = w.__mzRegistry.STANDARD('济南', '城市低保', 2021).catch((e) => e);
      };
    });
    await a.getByRole('tab', { name: '数据' }).click();
    const csv = path.join(out, 'functions-a.csv');
    fs.writeFileSync(csv, 'region,year,indicator,value,unit,quote\n济南,2021,城市低保,870,元/月,A 的数据\n');
    await a.getByTestId('csv-input').setInputFiles(csv);
    await a.getByRole('button', { name: '合并到数据集' }).click();
    await a.getByText(/已导入 1 条记录/).waitFor();
    expect(await a.evaluate(() => (window as unknown as { __fx: { calculations: string[] } }).__fx.calculations)).toEqual(['Full']);
    expect(await a.evaluate(() => (window as unknown as { __calcSaw: Promise<unknown> }).__calcSaw)).toBe(870);
    expect(await formula(a, 'STANDARD', '济南', '城市低保', 2021)).toBe(870);
    expect(await formula(a, 'SOURCE', '济南', '城市低保', 2021)).toMatch(/A 的数据.*(用户数据)/);

    // B never sees A's figure, A never sees B's
    expect(await formula(b, 'STANDARD', '济南', '城市低保', 2021)).toMatchObject({ code: '#N/A' });
    expect(await formula(a, 'STANDARD', '济南', '城市低保', 2022)).toMatchObject({ code: '#N/A' });
    expect(await formula(b, 'STANDARD', '济南', '城市低保', 2022)).toBe(999);

    // and B's pane agrees with B's formulas: one record of its own
    await b.getByRole('tab', { name: '数据' }).click();
    await b.getByText(/其中本工作簿自有数据 1 条/).waitFor();
    await a.getByText(/其中本工作簿自有数据 1 条/).waitFor();
  }, 180000);

  test('empty optional arguments that Excel passes as 0 are empty in the built functions', async () => {
    const a = await workbook();
    expect(await formula(a, 'STANDARD', '济南', '城市低保', 2020, 0, 0)).toBe(821);
    expect(await formula(a, 'VALUE', '济南', '福利彩票销售额', 2020, 0, '亿元')).toBe(7.37);
  }, 120000);
});
