// One real production build (into a temporary directory, so dist/ used by other tests is
// untouched), with MZ_URL set: checks the emitted files, the rewritten manifest, the generated
// metadata, and runs functions.js in a VM with a fake custom-functions runtime.
import { execFileSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import vm from 'vm';
import { checkManifest } from './manifestCheck';

const root = path.join(__dirname, '..', '..');
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'mz-build-'));
const PROD = 'https://mz.example.org/addin/';

class FakeCfError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

let buildLog = '';
beforeAll(() => {
  try {
    buildLog = execFileSync(path.join(root, 'node_modules', '.bin', 'webpack'), ['--mode', 'production', '--output-path', out], {
      cwd: root,
      env: { ...process.env, MZ_URL: PROD },
      encoding: 'utf8',
      stdio: 'pipe',
    });
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string };
    buildLog = `${err.stdout ?? ''}\n${err.stderr ?? ''}`;
  }
}, 480000);

afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

const read = (f: string) => fs.readFileSync(path.join(out, f), 'utf8');

describe('npx webpack --mode production', () => {
  test('compiles without errors', () => {
    expect(buildLog).toMatch(/compiled successfully|compiled with \d+ warning/);
  });

  test('emits the add-in files', () => {
    const files = [
      'functions.js',
      'functions.json',
      'functions-zh-cn.json',
      'manifest.xml',
      'taskpane.html',
      'taskpane.js',
      'help.html',
      'assets/icon-16.png',
      'assets/icon-32.png',
      'assets/icon-64.png',
      'assets/icon-80.png',
      'assets/icon-128.png',
    ];
    for (const f of files) expect([f, fs.existsSync(path.join(out, f))]).toEqual([f, true]);
  });

  test('shared runtime: taskpane.html is the only page; it loads no script from the Microsoft CDN itself', () => {
    expect(fs.existsSync(path.join(out, 'functions.html'))).toBe(false);
    expect(fs.existsSync(path.join(out, 'commands.html'))).toBe(false);
    const html = read('taskpane.html');
    const scripts = [...html.matchAll(/<script[^>]*src="?([^"\s>]+)/g)].map((m) => m[1]);
    expect(scripts).toEqual(['taskpane.js']);
    expect(html).not.toMatch(/custom-functions-runtime/);
    // the functions come in their own chunk, loaded by the pane only inside Office
    expect(fs.readdirSync(out).some((f) => /^mz-functions\..*js$|^mz-functions\.js$/.test(f))).toBe(true);
  });

  test('manifest.xml is rewritten to MZ_URL and still passes the offline checks', () => {
    const xml = read('manifest.xml');
    expect(xml).not.toMatch(/localhost/);
    expect(xml).toContain(`${PROD}functions-zh-cn.json`);
    expect(checkManifest(xml)).toEqual([]);
  });

  test('functions-zh-cn.json is the source file and functions.json lists the 8 functions', () => {
    expect(read('functions-zh-cn.json')).toBe(fs.readFileSync(path.join(root, 'src/functions/functions-zh-cn.json'), 'utf8'));
    const ids = JSON.parse(read('functions.json')).functions.map((f: { id: string }) => f.id);
    expect(ids).toEqual(['STANDARD', 'VALUE', 'SERIES', 'TABLE', 'SOURCE', 'UNIT', 'REGIONS', 'INDICATORS']);
  });

  test('functions.js carries neither React nor exceljs', () => {
    const js = read('functions.js');
    expect(js).not.toMatch(/react\.production|__SECRET_INTERNALS|reactjs\.org/);
    expect(js).not.toMatch(/exceljs|ExcelJS/);
  });

  test('the 乡镇街道 hints stay out of functions.js and the pane\'s first script: a chunk loaded on demand', () => {
    // 孤岛镇 and 六合街道 are township names only (not region names or aliases)
    const has = (f: string) => /孤岛镇/.test(read(f)) && /六合街道/.test(read(f));
    expect(has('functions.js')).toBe(false);
    expect(has('taskpane.js')).toBe(false);
    const chunks = fs.readdirSync(out).filter((f) => f.endsWith('.js') && f !== 'functions.js' && f !== 'taskpane.js');
    expect(chunks.filter(has)).toHaveLength(1);
    // the region catalogue itself is in functions.js (every region can be queried)
    expect(read('functions.js')).toContain('黔西南布依族苗族自治州');
  });

  test('functions.js registers every function and answers from the bundled dataset', async () => {
    const registered: Record<string, (...a: unknown[]) => Promise<unknown>> = {};
    const ctx = vm.createContext({
      CustomFunctions: {
        associate: (id: string, fn: (...a: unknown[]) => Promise<unknown>) => (registered[id] = fn),
        Error: FakeCfError,
        ErrorCode: { notAvailable: '#N/A', invalidValue: '#VALUE!' },
      },
      console,
    });
    vm.runInContext(read('functions.js'), ctx);
    expect(Object.keys(registered).sort()).toEqual(['INDICATORS', 'REGIONS', 'SERIES', 'SOURCE', 'STANDARD', 'TABLE', 'UNIT', 'VALUE']);
    expect(await registered.STANDARD('济南', '城市低保', 2020)).toBe(821);
    expect(await registered.STANDARD('重庆', '农村低保', '2021年')).toBe(515);
    const err = await registered.STANDARD('济南', '结婚登记', 2020).then(
      () => null,
      (e) => e as FakeCfError,
    );
    // vm objects come from another realm: compare fields, not classes
    expect(err && { code: err.code, mentionsValue: /MZ\.VALUE/.test(err.message ?? '') }).toEqual({ code: '#VALUE!', mentionsValue: true });
    // a code typed as a number; a shared name is #N/A listing its regions
    expect(await registered.VALUE(370100, '城市低保', 2020)).toBe(821);
    const amb = await registered.VALUE('通州区', '城市低保', 2020).then(
      () => null,
      (e) => e as FakeCfError,
    );
    expect(amb && amb.code).toBe('#N/A');
    expect(amb && amb.message).toContain('北京市通州区(110112)、南通市通州区(320612)');
    const lz = (await registered.REGIONS('甘肃')) as string[][];
    expect(lz.map((row) => row[0])).toContain('兰州市');
  });
});
