// mz check on the hostile-file corpus (built here, in a temporary folder, never committed): every file
// is refused with exit 2 and a Chinese message naming the problem, or read and checked when it is a
// legal workbook; never a crash, a stack trace or a hang. Time and memory: bench/hostile.bench.js.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import { CORPUS, buildCorpus } from './corpus';

const root = path.join(__dirname, '..', '..');
const bin = path.join(root, 'bin', 'mz.js');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mz-hostile-'));

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('mz check on hostile files', () => {
  test.each(CORPUS.map((c) => [c.name, c.expect] as const))('%s: %s', (name) => {
    const [c] = buildCorpus(dir, [name]);
    const r = spawnSync(process.execPath, [bin, 'check', c.name], { cwd: dir, encoding: 'utf8', timeout: 110000, maxBuffer: 64 << 20 });
    fs.rmSync(c.file);
    const all = `${r.stdout}\n${r.stderr}`;
    expect(r.signal).toBeNull(); // not killed by the timeout, not aborted by V8
    expect(all).not.toMatch(/\n\s+at |内部错误|FATAL|heap out of memory|RangeError|TypeError/);
    if (c.expect === 'refused') {
      expect([name, r.status]).toEqual([name, 2]);
      expect(r.stdout).toContain(`${c.name}:无法读取 — `);
      expect(r.stderr).toMatch(c.problem!);
      expect(r.stderr).toContain(`“${c.name}”`);
    } else {
      expect([name, r.status === 0 || r.status === 1]).toEqual([name, true]);
      expect(r.stdout).toMatch(new RegExp(`^${c.name.replace(/\./g, '\\.')}:错误 \\d+,警告 \\d+`));
      expect(r.stderr).toBe('');
    }
  });

  test('a damaged or bombed file in a batch does not stop the others (--json)', () => {
    const names = ['ref-ZZZZZZ1.xlsx', 'bomb-1g.xlsx', 'entities.xlsx'];
    buildCorpus(dir, names);
    const r = spawnSync(process.execPath, [bin, 'check', ...names, '--json'], { cwd: dir, encoding: 'utf8', timeout: 110000 });
    expect(r.status).toBe(2);
    const out = JSON.parse(r.stdout) as { file: string; readable: boolean; error?: string }[];
    expect(out.map((o) => [o.file, o.readable])).toEqual([
      ['ref-ZZZZZZ1.xlsx', false],
      ['bomb-1g.xlsx', false],
      ['entities.xlsx', true],
    ]);
    expect(out[0].error).toMatch(/超出读取上限.*单元格 ZZZZZZ1/);
    expect(out[1].error).toMatch(/超出读取上限.*zip 炸弹/);
  });

  test('a filled workbook with a stray cell at XFD1048576 on five sheets checks exactly as without it', async () => {
    const mz = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8', timeout: 110000, maxBuffer: 64 << 20 });
    expect(mz('fill', '--region', '济南', '--year', '2020', '--out', 'jn.xlsx').status).toBe(0);
    const z = await JSZip.loadAsync(fs.readFileSync(path.join(dir, 'jn.xlsx')));
    const all = Object.keys(z.files).filter((n) => /worksheets\/sheet\d+\.xml$/.test(n));
    expect(all.length).toBeGreaterThan(5);
    // the bindings sheet (the last) and four others; each such sheet costs a million rows of the read budget
    const sheets = [...all.slice(0, 4), all[all.length - 1]];
    for (const n of sheets) {
      const xml = await z.file(n)!.async('string');
      z.file(n, xml.replace('</sheetData>', '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>'));
    }
    fs.writeFileSync(path.join(dir, 'far.xlsx'), await z.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    const a = mz('check', 'jn.xlsx', '--json');
    const b = mz('check', 'far.xlsx', '--json');
    expect([a.status, b.status, b.stderr]).toEqual([a.status, a.status, '']);
    const result = (out: string) => ({ ...JSON.parse(out), file: '' });
    expect(result(b.stdout)).toEqual(result(a.stdout));
    expect(result(a.stdout).readable).toBe(true);
  });
});
