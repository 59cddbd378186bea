// mz check --k / --change: the coefficient of 特困 ≥ k × 低保 and the change threshold from the command line.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { run as main } from '../../src/cli/main';
import { Io } from '../../src/cli/io';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mz-check-k-'));

async function mz(argv: string[]) {
  let out = '';
  let err = '';
  const io: Io = { out: (t) => void (out += t), err: (t) => void (err += t), cwd: dir };
  const code = await main(argv, io);
  return { code, out, err };
}

beforeAll(async () => {
  const r = await mz(['fill', '--region', '济南', '--year', '2020', '--out', 'jn.xlsx']);
  expect(r.code).toBe(0);
});

// 济南 2020: 城市特困 1232, 城市低保 821 → ratio 1.5006 (report 000)
test('default k = 1.3 and --k 1.5 pass: 1232 ≥ 1.5 × 821 = 1231.5', async () => {
  expect((await mz(['check', 'jn.xlsx'])).code).toBe(0);
  expect((await mz(['check', 'jn.xlsx', '--k', '1.5'])).code).toBe(0);
});

test('--k 1.6 fails P01 and the message names the coefficient and the values', async () => {
  const r = await mz(['check', 'jn.xlsx', '--k', '1.6', '--json']);
  expect(r.code).toBe(1);
  const findings = JSON.parse(r.out).findings as { ruleId: string; message: string }[];
  const p01 = findings.filter((f) => f.ruleId === 'P01');
  expect(p01).toHaveLength(1);
  expect(p01[0].message).toMatch(/1232/);
  expect(p01[0].message).toMatch(/1\.6/);
  expect(p01[0].message).toMatch(/821/);
});

test('--k per province: 山东省=1.6 applies to 济南, 贵州省=1.6 does not', async () => {
  expect((await mz(['check', 'jn.xlsx', '--k', '山东省=1.6'])).code).toBe(1);
  expect((await mz(['check', 'jn.xlsx', '--k', '贵州=1.6'])).code).toBe(0);
});

test('bad --k and --change values: exit 2 with a Chinese message', async () => {
  const a = await mz(['check', 'jn.xlsx', '--k', '一点三']);
  expect(a.code).toBe(2);
  expect(a.err).toMatch(/--k/);
  const b = await mz(['check', 'jn.xlsx', '--k', '济南=1.5']);
  expect(b.code).toBe(2);
  expect(b.err).toMatch(/不是省级地区/);
  const c = await mz(['check', 'jn.xlsx', '--change', '-1']);
  expect(c.code).toBe(2);
  expect(c.err).toMatch(/--change/);
});
