// mz merge: district workbooks filled by MZ (from user data written for this test) aggregated into the city.
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { mz, tmp, write } from './helpers';
import { readXlsxSheets } from '../../src/adapters/xlsxReader';
import { planMerge, MergeError, readChildFigures } from '../../src/core/merge';
import { loadCatalogue } from '../../src/core/catalogue';

const catalogue = loadCatalogue();
// 东营市 has five county-level children: 东营区 河口区 垦利区 利津县 广饶县
const KIDS = ['东营区', '河口区', '垦利区', '利津县', '广饶县'];
const figures: Record<string, [number, number, number, number, number]> = {
  // 城市低保人数, 城市低保标准(元/月), 低保资金(万元), 孤儿(机构养育)标准, 社会团体
  东营区: [1000, 800, 1200.5, 1500, 120],
  河口区: [500, 740, 600.2, 1500, 60],
  垦利区: [300, 740, 410, 1500, 45],
  利津县: [700, 700, 820, 1500, 70],
  广饶县: [500, 760, 905.3, 1500, 81],
};

async function fillKid(name: string, year = '2021', over: Partial<Record<number, number>> = {}): Promise<string> {
  const f = { ...figures[name], ...over } as number[];
  const csv =
    'region,year,indicator,breakdown,value,unit\n' +
    `${name},${year},城市低保人数,,${f[0]},人\n${name},${year},城市低保标准,,${f[1]},元/月\n` +
    `${name},${year},低保资金,,${f[2]},万元\n${name},${year},孤儿基本生活费标准,机构养育,${f[3]},元/月\n${name},${year},社会团体,,${f[4]},个\n`;
  write(`${name}-${year}.csv`, csv);
  const out = `${name}-${year}.xlsx`;
  const r = await mz(['fill', '--region', name, '--year', year, '--out', out, '--data', `${name}-${year}.csv`, '--force']);
  expect(r.err).toBe('');
  return out;
}

const cells = async (file: string) => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(tmp(), file));
  return wb;
};

/** The bound current figures of one region in a workbook, as indicator@breakdown → value. */
async function boundFigures(file: string, region: string): Promise<Record<string, number>> {
  const sheets = await readXlsxSheets(fs.readFileSync(path.join(tmp(), file)));
  const out: Record<string, number> = {};
  for (const f of readChildFigures({ file, sheets }, catalogue)) if (f.region === region) out[f.indicatorId + (f.breakdown ? '@' + f.breakdown : '')] = f.value;
  return out;
}

describe('mz merge', () => {
  let files: string[];
  beforeAll(async () => {
    files = [];
    for (const k of KIDS) files.push(await fillKid(k));
  }, 120000);

  test('all five districts: sums, a person-weighted average standard, an agreed policy standard; the parts stay beside the total', async () => {
    const r = await mz(['merge', ...files, '--region', '东营市', '--out', '东营汇总.xlsx']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('东营市 2021年,汇总 5 个下级');
    const city = await boundFigures('东营汇总.xlsx', '东营市');
    expect(city['dibao_persons@城市']).toBe(1000 + 500 + 300 + 700 + 500);
    expect(city['dibao_funds']).toBe(3936);
    // (1000×800 + 500×740 + 300×740 + 700×700 + 500×760) ÷ 3000 = 754, not the plain mean 748
    expect(city['dibao_std_urban']).toBe(754);
    expect(city['orphan_std@机构养育']).toBe(1500);
    expect(city['social_groups']).toBe(376);
    // each district's figures are in the merged workbook too
    expect((await boundFigures('东营汇总.xlsx', '河口区'))['dibao_std_urban']).toBe(740);
  });

  test('provenance: every aggregated figure names its files and cells; the merged workbook checks without errors', async () => {
    await mz(['merge', ...files, '--region', '东营市', '--out', '东营汇总2.xlsx']);
    const ws = (await cells('东营汇总2.xlsx')).getWorksheet('汇总来源')!;
    const rows: string[] = [];
    ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v))).join('|')));
    const std = rows.find((x) => x.startsWith('城市低保标准|'))!;
    expect(std).toContain('|754|元/人·月|按人数加权平均|');
    for (const k of KIDS) expect(std).toContain(`${k}-2021.xlsx `);
    const c = await mz(['check', '东营汇总2.xlsx']);
    expect(c.out).toMatch(/东营汇总2\.xlsx:错误 0,/);
  });

  test('a district that has not reported: sums stay blank (a partial total is not the city’s), unless --partial', async () => {
    const r = await mz(['merge', ...files.slice(0, 4), '--region', '东营市', '--out', '缺一.xlsx']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('没有收到:广饶县');
    const city = await boundFigures('缺一.xlsx', '东营市');
    expect(city['dibao_persons@城市']).toBeUndefined();
    expect(city['orphan_std@机构养育']).toBe(1500); // the same policy standard everywhere is still the city's
    await mz(['merge', ...files.slice(0, 4), '--region', '东营市', '--out', '缺一p.xlsx', '--partial']);
    expect((await boundFigures('缺一p.xlsx', '东营市'))['dibao_persons@城市']).toBe(2500);
  });

  test('policy standards that differ are not averaged: blank with the reason', async () => {
    const odd = await fillKid('广饶县', '2021', { 3: 1600 });
    const r = await mz(['merge', ...files.slice(0, 4), odd, '--region', '东营市', '--out', '不一致.xlsx', '--force']);
    expect(r.out).toMatch(/孤儿基本生活费标准.机构养育.——各下级的政策标准不同.*广饶县 1600/);
    expect((await boundFigures('不一致.xlsx', '东营市'))['orphan_std@机构养育']).toBeUndefined();
  });

  test.each([
    ['another period', async () => [files[0], await fillKid('河口区', '2021上半年')], /报告期不同.*2021年全年.*2021年上半年/],
    ['the same district twice', async () => [files[1], files[1].replace('.xlsx', '') && (fs.copyFileSync(path.join(tmp(), files[1]), path.join(tmp(), '河口区-副本.xlsx')), '河口区-副本.xlsx')], /都是 河口区 的报表/],
    ['a district of another city', async () => [files[0], await fillKid2('历下区')], /历下区.*不是 东营市 的下级地区/],
    ['a workbook MZ did not fill', async () => [files[0], await plainBook()], /不是 MZ 填写的工作簿/],
  ])('refused with the reason: %s', async (_name, inputs, message) => {
    const before = fs.existsSync(path.join(tmp(), '拒绝.xlsx'));
    const r = await mz(['merge', ...(await inputs()), '--region', '东营市', '--out', '拒绝.xlsx']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(fs.existsSync(path.join(tmp(), '拒绝.xlsx'))).toBe(before);
  });

  test('--form 季报: the city’s official form and each district’s, the city’s 地区编码 in its header', async () => {
    const r = await mz(['merge', ...files, '--region', '东营市', '--form', '季报', '--out', '东营季报.xlsx']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const wb = await cells('东营季报.xlsx');
    const names = wb.worksheets.map((w) => w.name);
    expect(names).toEqual(expect.arrayContaining(['季报·东营市', '季报·河口区', '汇总来源']));
    const city = await boundFigures('东营季报.xlsx', '东营市');
    expect(Object.values(city).length).toBeGreaterThan(0);
    const ws = wb.getWorksheet('季报·东营市')!;
    let header = '';
    ws.eachRow((row, n) => {
      if (n <= 4) header += (row.values as unknown[]).join(' ');
    });
    expect(header).toContain('370500000000');
  });

  test('the output is never overwritten without --force; the region must be the parent', async () => {
    const r = await mz(['merge', ...files, '--region', '东营市', '--out', '东营汇总.xlsx']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('已存在');
    const p = await mz(['merge', ...files, '--region', '山东省', '--out', '省.xlsx']);
    expect(p.code).toBe(2);
    expect(p.err).toMatch(/不是 山东省 的下级地区/);
  });
});

async function fillKid2(name: string): Promise<string> {
  write(`${name}.csv`, `region,year,indicator,value,unit\n${name},2021,城市低保人数,10,人\n`);
  await mz(['fill', '--region', name, '--year', '2021', '--out', `${name}.xlsx`, '--data', `${name}.csv`, '--force']);
  return `${name}.xlsx`;
}

async function plainBook(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('表1').getCell('A1').value = '城市低保人数';
  await wb.xlsx.writeFile(path.join(tmp(), 'plain.xlsx'));
  return 'plain.xlsx';
}

test('planMerge refuses an empty list', () => {
  expect(() => planMerge([], { catalogue, target: '东营市' })).toThrow(MergeError);
});
