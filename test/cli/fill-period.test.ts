// mz fill with a report period: 001 河口区 is a 上半年 report (bundled dataset).
import * as fs from 'fs';
import * as path from 'path';
import { mz, tmp } from './helpers';
import { XlsxWorkbook } from '../../src/adapters/xlsx';
import { BINDINGS_SHEET, decodeBindings } from '../../src/core/bindings';

async function open(file: string) {
  const wb = await XlsxWorkbook.load(path.join(tmp(), file));
  const snaps = await wb.readSheets();
  const sheet = (n: string) => snaps.find((s) => s.name === n)!;
  const bindings = decodeBindings(sheet(BINDINGS_SHEET));
  return { sheet, bindings };
}

describe('mz fill --period', () => {
  test.each([
    [['--year', '2021', '--period', '上半年'], 'h1a.xlsx'],
    [['--year', '2021上半年'], 'h1b.xlsx'],
    [['--year', '2021年1-6月'], 'h1c.xlsx'],
  ])('%j fills 河口区 with 报告期 2021年1-6月', async (args, file) => {
    const r = await mz(['fill', '--region', '河口区', ...args, '--out', file]);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`已写入 ${file}(报告期 2021年1-6月,河口区)`);
    expect(r.out).not.toContain('未填写');
    const { sheet, bindings } = await open(file);
    expect(sheet('社会救助标准').values[2][1]).toBe('报告期:2021年1-6月');
    expect(sheet('社会救助标准').values[5][3]).toBe(869);
    expect(new Set(bindings.map((b) => b.period))).toEqual(new Set(['上半年']));
  });

  test('the filled 上半年 workbook checks clean', async () => {
    const f = await mz(['fill', '--region', '河口区', '--year', '2021上半年', '--out', 'h1check.xlsx']);
    expect(f.code).toBe(0);
    const r = await mz(['check', 'h1check.xlsx']);
    expect(r.code).toBe(0);
  });

  test('an annual fill leaves the half-year figures blank and says why', async () => {
    const r = await mz(['fill', '--region', '河口区', '--year', '2021', '--out', 'annual.xlsx']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('报告期 2021年,河口区');
    expect(r.out).toContain('河口区“社会救助资金”只有 2021年上半年 数据,报告期为 2021年全年,未填写');
    const { sheet } = await open('annual.xlsx');
    expect(sheet('社会救助标准').values[5][3] ?? null).toBeNull();
  });

  test('bad or conflicting periods exit 2 and write nothing', async () => {
    const a = await mz(['fill', '--region', '河口区', '--year', '2021', '--period', '第13月', '--out', 'bad1.xlsx']);
    expect(a.code).toBe(2);
    expect(a.err).toContain('--period:期别“第13月”无法识别');
    const b = await mz(['fill', '--region', '河口区', '--year', '2021上半年', '--period', 'Q3', '--out', 'bad2.xlsx']);
    expect(b.code).toBe(2);
    expect(b.err).toContain('不一致');
    const c = await mz(['fill', '--region', '河口区', '--year', '明年', '--out', 'bad3.xlsx']);
    expect(c.code).toBe(2);
    expect(c.err).toContain('--year:年份/期别应为');
    for (const f of ['bad1.xlsx', 'bad2.xlsx', 'bad3.xlsx']) expect(fs.existsSync(path.join(tmp(), f))).toBe(false);
  });

  test('the help says how to give the period', async () => {
    const r = await mz(['fill', '--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('--period 期别');
    expect(r.out).toContain('2021上半年');
  });
});
