// Smaller leaks of the CLI: output cut short by a pipe, UTF-16 user data, unusable --data rows,
// formula injection in every CSV MZ writes.
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { mz, tmp, write } from './helpers';

const root = path.join(__dirname, '..', '..');
const bin = path.join(root, 'bin', 'mz.js');

/** Runs mz with its stdout closed before it writes (`mz … | head -0`); resolves to code and stderr. */
function withClosedStdout(args: string[]): Promise<{ code: number | null; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: tmp(), stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => resolve({ code, err }));
  });
}

describe('a reader that stops early (EPIPE)', () => {
  test('mz data export | head: no stack trace, exit 0', async () => {
    const r = await withClosedStdout(['data', 'export']);
    expect(r.err).not.toMatch(/EPIPE|Error|at /);
    expect(r.code).toBe(0);
  }, 60000);

  test('mz check … | head -1: quiet, and the exit code is still the check\'s (1 = errors found)', async () => {
    expect((await mz(['fill', '--region', '济南', '--year', '2020', '--out', 'jn.xlsx'])).code).toBe(0);
    // a figure that contradicts the dataset (a warning: the ledger is the authority) and k 1.6: 1232 < 1.6 × 821, an error
    const data = write('wrong.csv', 'region,year,indicator,value,unit\n济南,2020,城市低保,500,元/月\n');
    const r = await withClosedStdout(['check', 'jn.xlsx', '--data', data, '--k', '1.6']);
    expect(r.err).not.toMatch(/EPIPE|Error|at /);
    expect(r.code).toBe(1);
  }, 60000);
});

describe('UTF-16 user data', () => {
  const csv = 'region,year,indicator,value,unit\n济南,2021,城市低保,850,元/月\n';
  test('with a BOM (LE and BE) and without one (LE): read, and said so', async () => {
    const le = write('u16le.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv, 'utf16le')]));
    const be = write('u16be.csv', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(csv, 'utf16le').swap16()]));
    const bare = write('u16bare.csv', Buffer.from(csv, 'utf16le'));
    for (const f of [le, be, bare]) {
      const r = await mz(['get', '济南', '城市低保', '2021', '--data', f]);
      expect([path.basename(f), r.code, r.out]).toEqual([path.basename(f), 0, '850\n']);
    }
    const v = await mz(['data', 'validate', bare]);
    expect(v.code).toBe(0);
    expect(v.out).toMatch(/按 UTF-16LE 编码读取/);
  });
});

describe('--data rows that cannot be used', () => {
  const bad =
    'region,year,indicator,value,unit\n' +
    '济南,2021,城市低保,850,元/月\n' +
    '火星,2021,城市低保,850,元/月\n' + // unknown region
    '济南,2021,不存在的指标,1,人\n' + // unknown indicator
    '济南,2021,农村低保,1.2,万元\n'; // wrong unit
  test('fill and check exit 2 and list every problem with its line; nothing is written', async () => {
    const data = write('bad.csv', bad);
    const f = await mz(['fill', '--region', '济南', '--year', '2021', '--out', 'bad.xlsx', '--data', data]);
    expect(f.code).toBe(2);
    expect(f.err).toContain('用户数据 bad.csv 有 3 行无法使用,未执行(加 --skip-invalid 可跳过这些行继续)');
    expect(f.err).toMatch(/第 3 行:未找到地区“火星”/);
    expect(f.err).toMatch(/第 4 行:.*不存在的指标/);
    expect(f.err).toMatch(/第 5 行:单位“万元”不适用于指标/);
    expect(fs.existsSync(path.join(tmp(), 'bad.xlsx'))).toBe(false);
    expect((await mz(['fill', '--region', '济南', '--year', '2020', '--out', 'ok.xlsx'])).code).toBe(0);
    const c = await mz(['check', 'ok.xlsx', '--data', data]);
    expect(c.code).toBe(2);
    expect(c.err).toMatch(/第 3 行.*\n.*第 4 行.*\n.*第 5 行/);
  });

  test('with --skip-invalid they are skipped and listed in the summary; the good rows are used', async () => {
    const data = write('bad2.csv', bad);
    const f = await mz(['fill', '--region', '济南', '--year', '2021', '--out', 'skip.xlsx', '--data', data, '--skip-invalid']);
    expect(f.code).toBe(0);
    expect(f.out).toMatch(/用户数据 bad2\.csv:1 条/);
    expect(f.out).toMatch(/用户数据 bad2\.csv 跳过 3 处:第 3 行\(.*\);第 4 行\(.*\);第 5 行\(单位“万元”/);
    const c = await mz(['check', 'skip.xlsx', '--data', data, '--skip-invalid']);
    expect([0, 1]).toContain(c.code);
    expect(c.out).toMatch(/用户数据 bad2\.csv 跳过 3 处/);
  });
});

describe('formula injection', () => {
  test('extract --candidates --format csv escapes a leading = + - @ in every cell', async () => {
    const report = write(
      'evil.txt',
      '=HYPERLINK("http://example.invalid","点击")全市新建口袋公园12个。\n@SUM(1)全年植树造林3.5万亩。\n+1全年新增书屋7处。\n',
    );
    const r = await mz(['extract', report, '--region', '济南', '--year', '2021', '--candidates', '--format', 'csv']);
    expect(r.code).toBe(0);
    const cells = r.out.split('\n').slice(1).filter(Boolean).flatMap((l) => l.split(',').map((c) => c.replace(/^"/, '')));
    expect(cells.filter((c) => /^[=+@\t\r]/.test(c) || (/^-/.test(c) && !/^-\d+(\.\d+)?$/.test(c)))).toEqual([]);
    expect(r.out).toContain(`"'=HYPERLINK(`);
    expect(r.out).toContain(`'@SUM(1)`);
  });
});
