// The seed regions filled from the bundled dataset (data/dataset.csv); expected values read in the reports.
import * as fs from 'fs';
import * as path from 'path';
import { MzEngine } from '../../src/core/engine';
import { fillTables } from '../../src/core/fill';
import { loadTemplates } from '../../src/core/tables';
import { cell, rowAddr } from './helpers';

const csv = path.join(__dirname, '..', '..', 'data', 'dataset.csv');
const present = fs.existsSync(csv);
if (!present) console.warn('data/dataset.csv 不存在:跳过内置数据集的填表测试');

(present || process.env.CI ? describe : describe.skip)('bundled dataset: every seed region for its year', () => {
  const engine = present ? MzEngine.fromCsv(fs.readFileSync(csv, 'utf8')) : (undefined as unknown as MzEngine);
  const fill = (region: string, year: number, period?: string) => fillTables({ templates: loadTemplates(), engine, regions: [region], year, period });

  test('济南市 2020: 城市低保 821, 民政资金 20.2亿 = 4.4 + 5.7 + 10.1 as a formula in 万元', () => {
    const r = fill('济南市', 2020);
    expect(cell(r, '社会救助标准', 'D6').v).toBe(821);
    expect(cell(r, '社会救助标准', 'D7').v).toBe(614);
    expect(cell(r, '民政资金', 'D6')).toEqual({ v: 202000, f: 'D7+D8+D9' });
    expect([7, 8, 9].map((n) => cell(r, '民政资金', `D${n}`).v)).toEqual([44000, 57000, 101000]);
    expect(cell(r, '婚姻登记', rowAddr(r, '婚姻登记', '结婚登记')).v).toBe(50486);
    expect(cell(r, '汇总', rowAddr(r, '汇总', '民政资金总投入')).v).toBe(202000);
  });
  test('河口区 2021上半年: 869 / 667, care tiers 2522 / 4202 / 8404 元/人·年; 社会救助资金 1660余万元', () => {
    const r = fill('河口区', 2021, '上半年');
    expect(cell(r, '社会救助标准', 'B3').v).toBe('报告期:2021年1-6月');
    expect(cell(r, '社会救助对象与资金', rowAddr(r, '社会救助对象与资金', '社会救助资金')).v).toBe(1660);
    expect(['D6', 'D7'].map((a) => cell(r, '社会救助标准', a).v)).toEqual([869, 667]);
    expect(['生活自理', '部分失能(半自理)', '完全失能(完全不能自理)'].map((l) => cell(r, '社会救助标准', rowAddr(r, '社会救助标准', l)).v)).toEqual([2522, 4202, 8404]);
  });
  test('河口区 2021 annual: the 上半年 report fills nothing, and the summary says why', () => {
    const r = fill('河口区', 2021);
    expect(cell(r, '社会救助对象与资金', rowAddr(r, '社会救助对象与资金', '社会救助资金')).v).toBeNull();
    expect(r.summary.notes).toContain('河口区“社会救助资金”只有 2021年上半年 数据,报告期为 2021年全年,未填写');
  });
  test('章丘区 2020: 公益性公墓 1 + 7 + 113 = 121 by formula', () => {
    const r = fill('章丘区', 2020);
    const c = cell(r, '殡葬', rowAddr(r, '殡葬', '公益性公墓'));
    expect(c.v).toBe(121);
    expect(c.f).toMatch(/^D\d+\+D\d+\+D\d+$/);
  });
  test('重庆市 2021: 低保 82.51万人 → 825100, 49.14亿元 → 491400.0 万元, 临时救助 12.47万人次', () => {
    const r = fill('重庆市', 2021);
    const s = '社会救助对象与资金';
    expect(cell(r, s, rowAddr(r, s, '最低生活保障对象')).v).toBe(825100);
    expect(cell(r, s, rowAddr(r, s, '最低生活保障资金')).v).toBe(491400);
    expect(cell(r, s, rowAddr(r, s, '临时救助')).v).toBe(124700);
  });
  test('淄博市 2020: 660 / 480, 特困 990 / 625', () => {
    const r = fill('淄博市', 2020);
    expect(['D6', 'D7'].map((a) => cell(r, '社会救助标准', a).v)).toEqual([660, 480]);
    expect(cell(r, '社会救助标准', rowAddr(r, '社会救助标准', '城市特困人员基本生活标准')).v).toBe(990);
    expect(cell(r, '社会救助标准', rowAddr(r, '社会救助标准', '农村特困人员基本生活标准')).v).toBe(625);
  });
});
