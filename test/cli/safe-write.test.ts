// Writes never destroy: a process killed mid-write, a full disk or a write error leaves the old file
// byte for byte, and the Chinese message says the original is unchanged.
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { run } from '../../src/cli/main';
import { Io } from '../../src/cli/io';
import { writeFileSafe } from '../../src/cli/safeWrite';

// the module object itself (an `import *` copy cannot be spied on): the code under test reads through it
// eslint-disable-next-line @typescript-eslint/no-require-imports
const nodeFs = require('fs') as typeof import('fs');

const root = path.join(__dirname, '..', '..');
const bin = path.join(root, 'bin', 'mz.js');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mz-safe-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function mz(argv: string[], cwd = tmp): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { out: (t) => void (out += t), err: (t) => void (err += t), cwd };
  const code = await run(argv, io);
  return { code, out, err };
}

async function userWorkbook(file: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('我的台账');
  ws.addRows([['年份', '人次'], [2019, 347], [2020, 365]]);
  await wb.xlsx.writeFile(file);
  return fs.readFileSync(file);
}

const tempsOf = (dir: string, base: string) => fs.readdirSync(dir).filter((n) => n.startsWith(`.${base}.mz-`) && n.endsWith('.tmp'));

/** Starts mz in a child that pauses after writing half its temporary file; kills it there. */
async function killMidWrite(args: string[], dir: string, base: string): Promise<{ temp: string; tempSize: number }> {
  const child = spawn(process.execPath, [bin, ...args], { cwd: dir, env: { ...process.env, MZ_TEST_WRITE_PAUSE_MS: '120000' }, stdio: 'ignore' });
  const exited = new Promise((r) => child.on('exit', r));
  const deadline = Date.now() + 120000;
  let temp = '';
  while (Date.now() < deadline) {
    temp = tempsOf(dir, base)[0] ?? '';
    if (temp && fs.statSync(path.join(dir, temp)).size > 0) break;
    await sleep(20);
  }
  const tempSize = temp ? fs.statSync(path.join(dir, temp)).size : 0;
  child.kill('SIGKILL');
  await exited;
  return { temp, tempSize };
}

describe('a process killed mid-write', () => {
  test('fill --into: SIGKILL after half the temporary file is written leaves the workbook byte for byte; the next run finishes and clears the leftover', async () => {
    const dir = fs.mkdtempSync(path.join(tmp, 'kill-'));
    const file = path.join(dir, 'user.xlsx');
    const before = await userWorkbook(file);
    const { temp, tempSize } = await killMidWrite(['fill', '--region', '济南', '--year', '2020', '--into', 'user.xlsx'], dir, 'user.xlsx');
    expect(temp).toMatch(/^\.user\.xlsx\.mz-\d+-[0-9a-f]+\.tmp$/);
    expect(tempSize).toBeGreaterThan(0);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.existsSync(path.join(dir, temp))).toBe(true); // the half-written copy, not the workbook

    const again = spawnSync(process.execPath, [bin, 'fill', '--region', '济南', '--year', '2020', '--into', 'user.xlsx'], { cwd: dir, encoding: 'utf8' });
    expect(again.status).toBe(0);
    expect(tempsOf(dir, 'user.xlsx')).toEqual([]);
    expect(fs.readFileSync(file).length).toBeGreaterThan(before.length);
  }, 240000);

  test('fill --out over an existing file with --force: the old file survives a kill', async () => {
    const dir = fs.mkdtempSync(path.join(tmp, 'kill-out-'));
    const file = path.join(dir, 'old.xlsx');
    const before = await userWorkbook(file);
    const { tempSize } = await killMidWrite(['fill', '--region', '济南', '--year', '2020', '--out', 'old.xlsx', '--force'], dir, 'old.xlsx');
    expect(tempSize).toBeGreaterThan(0);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  }, 240000);
});

describe('a failing write (injected error)', () => {
  afterEach(() => jest.restoreAllMocks());
  const enospc = () => {
    throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
  };

  test('fill --into on a full disk: exit 2, 写入失败:磁盘空间不足。原文件未改动, workbook byte for byte, no temporary file left', async () => {
    const dir = fs.mkdtempSync(path.join(tmp, 'inj-'));
    const file = path.join(dir, 'user.xlsx');
    const before = await userWorkbook(file);
    jest.spyOn(nodeFs, 'writeSync').mockImplementation(enospc);
    const r = await mz(['fill', '--region', '济南', '--year', '2020', '--into', 'user.xlsx'], dir);
    jest.restoreAllMocks();
    expect(r.code).toBe(2);
    expect(r.err).toContain('写入失败:磁盘空间不足。原文件未改动:user.xlsx');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(tempsOf(dir, 'user.xlsx')).toEqual([]);
  });

  test('check --report-sheet and data export --out: the same guarantee and message', async () => {
    const dir = fs.mkdtempSync(path.join(tmp, 'inj2-'));
    expect((await mz(['fill', '--region', '济南', '--year', '2020', '--out', 'jn.xlsx'], dir)).code).toBe(0);
    const before = fs.readFileSync(path.join(dir, 'jn.xlsx'));
    fs.writeFileSync(path.join(dir, 'old.csv'), 'old');
    // the modules these commands load lazily, loaded before writes fail (ts-jest writes its cache with writeSync)
    await import('../../src/adapters/xlsxPackage');
    expect((await mz(['check', 'jn.xlsx'], dir)).code).toBeLessThan(2);
    jest.spyOn(nodeFs, 'writeSync').mockImplementation(enospc);
    const c = await mz(['check', 'jn.xlsx', '--report-sheet'], dir);
    const e = await mz(['data', 'export', '--out', 'old.csv', '--force'], dir);
    jest.restoreAllMocks();
    expect(c.code).toBe(2);
    expect(c.err).toContain('无法把校验报告写入“jn.xlsx”:写入失败:磁盘空间不足。原文件未改动:jn.xlsx');
    expect(fs.readFileSync(path.join(dir, 'jn.xlsx')).equals(before)).toBe(true);
    expect(e.code).toBe(2);
    expect(e.err).toContain('写入失败:磁盘空间不足。原文件未改动:old.csv');
    expect(fs.readFileSync(path.join(dir, 'old.csv'), 'utf8')).toBe('old');
    expect(fs.readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  test('a failing rename (file locked): old file kept, message says so; a new file is not created half-way', () => {
    const dir = fs.mkdtempSync(path.join(tmp, 'inj3-'));
    const file = path.join(dir, 'a.csv');
    fs.writeFileSync(file, 'old');
    jest.spyOn(nodeFs, 'renameSync').mockImplementation(() => {
      throw Object.assign(new Error('EBUSY: resource busy or locked'), { code: 'EBUSY' });
    });
    expect(() => writeFileSafe(file, 'new', 'a.csv')).toThrow('写入失败:文件正被其他程序(如 Excel)占用,请关闭后重试。原文件未改动:a.csv');
    expect(() => writeFileSafe(path.join(dir, 'b.csv'), 'new', 'b.csv')).toThrow(/未生成文件:b\.csv/);
    jest.restoreAllMocks();
    expect(fs.readFileSync(file, 'utf8')).toBe('old');
    expect(fs.readdirSync(dir)).toEqual(['a.csv']);
  });
});

describe('writeFileSafe', () => {
  test('keeps the permissions of the file it replaces, writes through a symbolic link, clears leftovers of dead processes only', () => {
    const dir = fs.mkdtempSync(path.join(tmp, 'unit-'));
    const file = path.join(dir, 'a.csv');
    fs.writeFileSync(file, 'old');
    fs.chmodSync(file, 0o640);
    fs.symlinkSync(file, path.join(dir, 'link.csv'));
    // a leftover of a process that no longer exists, and one of a live process (this one's parent)
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    fs.writeFileSync(path.join(dir, `.a.csv.mz-${dead}-abc.tmp`), 'half');
    fs.writeFileSync(path.join(dir, `.a.csv.mz-${process.ppid}-def.tmp`), 'busy');
    writeFileSafe(path.join(dir, 'link.csv'), 'new');
    expect(fs.lstatSync(path.join(dir, 'link.csv')).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(file, 'utf8')).toBe('new');
    expect(fs.statSync(file).mode & 0o777).toBe(0o640);
    expect(fs.readdirSync(dir).sort()).toEqual([`.a.csv.mz-${process.ppid}-def.tmp`, 'a.csv', 'link.csv']);
  });
});

// A real full disk: a tiny tmpfs, where mounting is permitted (root with mount rights); elsewhere the
// injected ENOSPC above stands in for it.
const canMount = (() => {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  const probe = fs.mkdtempSync(path.join(os.tmpdir(), 'mz-probe-'));
  const ok = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe]).status === 0;
  if (ok) spawnSync('umount', [probe]);
  fs.rmSync(probe, { recursive: true, force: true });
  return ok;
})();

if (!canMount) console.warn('tmpfs 无法挂载:跳过真实磁盘写满测试(注入的 ENOSPC 测试仍运行)');
(canMount ? describe : describe.skip)('a real full disk (tmpfs)', () => {
  let mnt = '';
  afterEach(() => {
    if (mnt) spawnSync('umount', [mnt]);
    mnt = '';
  });

  test('fill --into on a tmpfs without room for the new file: exit 2, the message, the workbook byte for byte', async () => {
    // how big the result will be
    const probe = fs.mkdtempSync(path.join(tmp, 'size-'));
    await userWorkbook(path.join(probe, 'user.xlsx'));
    expect((await mz(['fill', '--region', '济南', '--year', '2020', '--into', 'user.xlsx'], probe)).code).toBe(0);
    const resultSize = fs.statSync(path.join(probe, 'user.xlsx')).size;

    mnt = fs.mkdtempSync(path.join(tmp, 'full-'));
    const page = 4096;
    const orig = await userWorkbook(path.join(probe, 'orig.xlsx'));
    const size = (Math.ceil(orig.length / page) + Math.floor(resultSize / page / 2)) * page;
    expect(spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', mnt]).status).toBe(0);
    const file = path.join(mnt, 'user.xlsx');
    fs.writeFileSync(file, orig);
    const r = spawnSync(process.execPath, [bin, 'fill', '--region', '济南', '--year', '2020', '--into', 'user.xlsx'], { cwd: mnt, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('写入失败:磁盘空间不足。原文件未改动:user.xlsx');
    expect(fs.readFileSync(file).equals(orig)).toBe(true);
    expect(fs.readdirSync(mnt)).toEqual(['user.xlsx']);
  }, 120000);
});
