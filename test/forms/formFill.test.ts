// The official forms filled as sheets: header, version by year, codes, periods, units, previous periods.
import { loadCatalogue } from '../../src/core/catalogue';
import { MzEngine } from '../../src/core/engine';
import { changeFormula, fillForm, formSheetName, labelKey, pickFormVersion, readPreviousForm } from '../../src/core/formFill';
import { loadForms } from '../../src/core/forms';
import { DataRecord, FormVersion } from '../../src/core/types';
import { CellValue, SheetSpec, a1 } from '../../src/core/workbook';

const catalogue = loadCatalogue();
const forms = loadForms();
const inds = new Map(catalogue.indicators.map((i) => [i.id, i]));

// Numbers made up for these tests.
type R = [string, number, string, string, string, number, string];
// region, year, period, indicator, breakdown, value, unit
const ROWS: R[] = [
  ['济南市', 2022, '1-9月', 'assist_funds', '', 3.25, '亿元'],
  ['济南市', 2022, '上半年', 'assist_funds', '', 21000, '万元'],
  ['济南市', 2022, '1-8月', 'assist_funds', '', 28800, '万元'],
  ['济南市', 2022, '9月', 'social_orgs', '', 5200, '家'],
  ['济南市', 2022, '6月', 'social_orgs', '', 5100, '个'],
  ['济南市', 2022, '8月', 'social_orgs', '', 5150, '个'],
  ['济南市', 2022, '9月', 'dibao_persons', '城市', 12000, '人'],
  ['济南市', 2022, '6月', 'dibao_persons', '农村', 30000, '人'],
  ['济南市', 2022, 'Q3', 'marriage_reg', '', 9000, '对'],
  ['济南市', 2022, '9月', 'dibao_std_rural', '', 700, '元/人·月'],
  ['济南市', 2022, '9月', 'township_level_units', '镇', 40, '个'],
  ['济南市', 2020, '全年', 'assist_funds', '', 7.5, '亿元'],
  ['济南市', 2020, '1-9月', 'assist_funds', '', 50000, '万元'],
  ['河口区', 2021, '上半年', 'assist_funds', '', 1200, '万元'],
  ['河口区', 2021, '上半年', 'dibao_persons', '农村', 800, '人'],
];

function records(rows: R[] = ROWS): DataRecord[] {
  return rows.map(([region, year, period, id, breakdown, value, unit]) => ({
    region,
    year,
    period,
    indicatorId: id,
    indicator: inds.get(id)!.name,
    breakdown,
    value,
    unit,
    qualifier: 'exact' as const,
    source: 'test.txt',
    offset: -1,
    quote: `(测试)${id} ${value}${unit}`,
  }));
}
const engine = new MzEngine(catalogue, records());

function at(sheet: SheetSpec, address: string): { v: CellValue; f: string | null } {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  const c = m[1].charCodeAt(0) - 65;
  const r = Number(m[2]) - 1;
  return { v: sheet.blocks[0].values[r]?.[c] ?? null, f: sheet.blocks[0].formulas?.[r]?.[c] ?? null };
}

/** The sheet row (0-based) of a form row id. */
function rowOf(version: FormVersion, id: string): number {
  const i = version.rows.findIndex((r) => r.id === id);
  if (i < 0) throw new Error(`no row ${id}`);
  return 5 + i;
}

const version = (id: string) => forms.find((f) => f.id === id)!;

describe('header', () => {
  const q3 = fillForm({ engine, kind: 'quarterly', regions: ['济南市'], year: 2022, period: { start: 9, end: 9 } });
  const s = q3.sheets[0];

  test('title, 表号, 制表机关, 批转机关, 编制单位 (full name), 地区编码 (12 digits), 报告期', () => {
    expect(s.name).toBe('季报·济南市');
    expect(at(s, 'A1').v).toBe('民政统计季报表');
    expect(at(s, 'A2').v).toBe('表号:JBZH0001表');
    expect(at(s, 'C2').v).toBe('制表机关:民政部');
    expect(at(s, 'E2').v).toBe('批转机关:国家统计局');
    expect(at(s, 'A3').v).toBe('编制单位:山东省济南市');
    expect(at(s, 'C3').v).toBe('地区编码:370100000000');
    expect(at(s, 'E3').v).toBe('报告期:2022年09月');
  });

  test('column titles and the numbering row 甲 乙 丙 1 2 3 4', () => {
    expect(['A4', 'B4', 'C4', 'D4', 'E4', 'F4', 'G4'].map((x) => at(s, x).v)).toEqual(['指标名称', '单位', '代码', '数量', '上季度', '环比', '上月']);
    expect(['A5', 'B5', 'C5', 'D5', 'E5', 'F5', 'G5'].map((x) => at(s, x).v)).toEqual(['甲', '乙', '丙', '1', '2', '3', '4']);
    expect(s.print).toEqual({ landscape: false, fitToWidth: true, titleRows: [4, 5] });
  });

  test.each([
    ['河口区', 2021, { start: 1, end: 6 }, '报告期:2021年1-6月', '编制单位:山东省东营市河口区', '地区编码:370503000000'],
    ['济南市', 2020, { start: 1, end: 12 }, '报告期:2020年', '编制单位:山东省济南市', '地区编码:370100000000'],
  ])('%s %i: 报告期 from the period', (region, year, period, shown, unit, code) => {
    const r = fillForm({ engine, kind: 'quarterly', regions: [region], year, period });
    const sh = r.sheets[0];
    expect(at(sh, 'E3').v).toBe(shown);
    expect(at(sh, 'A3').v).toBe(unit);
    expect(at(sh, 'C3').v).toBe(code);
  });

  test('a quarter alone (Q3) is filled year to date, and the summary says so; a month is not noted', () => {
    const q = fillForm({ engine, kind: 'quarterly', regions: ['济南市'], year: 2022, period: { start: 7, end: 9 } });
    expect(at(q.sheets[0], 'E3').v).toBe('报告期:2022年1-9月');
    expect(q.summary.notes).toContain('报表各项按年初至报告期末累计(2022年1-9月)填写,不是所给期别 2022年7-9月 的当期数。');
    expect(q3.summary.notes.some((n) => n.includes('不是所给期别'))).toBe(false);
  });

  test('2024: 表号 JZH01表 with 批准机关 and its 批准文号; the monthly form has its own columns', () => {
    const r = fillForm({ engine, kind: 'quarterly', regions: ['济南市'], year: 2024, period: { start: 1, end: 3 } });
    expect(at(r.sheets[0], 'A2').v).toBe('表号:JZH01表');
    expect(at(r.sheets[0], 'E2').v).toBe('批准机关:国家统计局(国统制[2023]83号)');
    expect(['D4', 'E4', 'F4'].map((x) => at(r.sheets[0], x).v)).toEqual(['数量', '上月', '环比']);
    const m = fillForm({ engine, kind: 'monthly', regions: ['济南市'], year: 2022, period: { start: 9, end: 9 } });
    expect(m.sheets[0].name).toBe('月报·济南市');
    expect(at(m.sheets[0], 'A1').v).toBe('民政统计月报表');
    expect(['A4', 'B4', 'C4', 'D4', 'E4', 'F4'].map((x) => at(m.sheets[0], x).v)).toEqual(['指标名称', '单位', '代码', '数量', '上期', '环比']);
    expect(['A5', 'B5', 'C5'].map((x) => at(m.sheets[0], x).v)).toEqual(['甲', '丙', '乙']);
  });
});

describe('version by report year', () => {
  test.each([
    ['quarterly', 2019, 'JBZH0001-2019'],
    ['quarterly', 2020, 'JBZH0001-2020'],
    ['quarterly', 2021, 'JBZH0001-2022'],
    ['quarterly', 2023, 'JBZH0001-2022'],
    ['quarterly', 2024, 'JZH01-2024'],
    ['quarterly', 2026, 'JZH01-2024'],
    ['monthly', 2020, 'YB-2020'],
    ['monthly', 2022, 'YZH-2022'],
  ] as const)('%s %i → %s, no note', (kind, year, id) => {
    const p = pickFormVersion(forms, kind, year);
    expect(p.version.id).toBe(id);
    expect(p.note).toBe('');
  });

  test('a year no version covers: the nearest version, and the sheet says which', () => {
    const r = fillForm({ engine, kind: 'quarterly', regions: ['济南市'], year: 2018 });
    expect(r.version.id).toBe('JBZH0001-2019');
    const text = r.sheets[0].blocks[0].values.flat().filter((v) => typeof v === 'string').join('\n');
    expect(text).toContain('没有适用于 2018 年的季报版本,本表使用 JBZH0001-2019 版(适用 2019年)的行和代码');
    expect(r.summary.notes[0]).toContain('JBZH0001-2019');
    const m = fillForm({ engine, kind: 'monthly', regions: ['济南市'], year: 2025, period: { start: 3, end: 3 } });
    expect(m.version.id).toBe('YZH-2022');
    expect(m.versionNote).toContain('没有适用于 2025 年的月报版本,本表使用 YZH-2022 版(适用 2021–2023年)');
  });

  test('--version: an explicit version outside its years says so; unknown or wrong kind is refused in Chinese', () => {
    const r = fillForm({ engine, kind: 'quarterly', version: 'JBZH0001-2019', regions: ['济南市'], year: 2022 });
    expect(r.version.id).toBe('JBZH0001-2019');
    expect(r.versionNote).toBe('按指定使用 JBZH0001-2019 版(适用 2019年),报告年份 2022 不在其适用年份内。');
    expect(() => fillForm({ engine, kind: 'quarterly', version: 'JBZH0001-1999', regions: ['济南市'], year: 2022 })).toThrow('未知的报表版本“JBZH0001-1999”');
    expect(() => fillForm({ engine, kind: 'quarterly', version: 'YZH-2022', regions: ['济南市'], year: 2022 })).toThrow('是月报,不是季报');
  });
});

describe('rows and codes exactly as the form JSON', () => {
  test.each(forms.map((f) => [f.id, f] as const))('%s: every row with its numbering, indentation, unit and code', (_id, f) => {
    const year = f.validFrom;
    const r = fillForm({ engine, kind: f.form, version: f.id, regions: ['济南市'], year, period: { start: 1, end: 3 } });
    const s = r.sheets[0];
    const cols = f.columns.map((c) => c.id as string);
    const unitC = cols.indexOf('unit');
    const codeC = cols.indexOf('code');
    f.rows.forEach((row, i) => {
      const vals = s.blocks[0].values[5 + i];
      const name = vals[0] as string;
      expect(name.startsWith('\u3000'.repeat(row.depth) + row.num)).toBe(true);
      expect(name.endsWith(row.label)).toBe(true);
      expect(vals[unitC]).toBe(row.unit || null);
      if (codeC >= 0) expect(vals[codeC]).toBe(row.code);
    });
    // the row after the last is not a form row
    expect(s.blocks[0].values[5 + f.rows.length].every((v) => v === null)).toBe(true);
  });

  test('codes of two versions are never mixed: each sheet prints exactly its version’s codes', () => {
    for (const f of forms) {
      const r = fillForm({ engine, kind: f.form, version: f.id, regions: ['济南市'], year: f.validFrom });
      const codeC = f.columns.findIndex((c) => c.id === 'code');
      const printed = codeC < 0 ? [] : r.sheets[0].blocks[0].values.map((row) => row[codeC]).filter((v) => typeof v === 'string' && /^[JY]ZH\d{9}$/.test(v));
      const own = f.rows.map((x) => x.code).filter((c): c is string => !!c);
      expect(printed).toEqual(own);
      for (const c of printed) expect((c as string).startsWith(f.codePrefix)).toBe(true);
    }
    // 2020 has no verified codes: none printed; 2019 and 2022 share no code for 社会救助
    const y2020 = fillForm({ engine, kind: 'quarterly', regions: ['济南市'], year: 2020 });
    expect(y2020.sheets[0].blocks[0].values.flat().some((v) => typeof v === 'string' && /^JZH\d{9}$/.test(v))).toBe(false);
    const y2021 = fillForm({ engine, kind: 'quarterly', regions: ['济南市'], year: 2021 });
    const codes2021 = new Set(y2021.sheets[0].blocks[0].values.map((row) => row[2]));
    const only2019 = version('JBZH0001-2019').rows.map((x) => x.code).filter((c) => c && !version('JBZH0001-2022').rows.some((y) => y.code === c));
    expect(only2019.length).toBeGreaterThan(0);
    for (const c of only2019) expect(codes2021.has(c)).toBe(false);
  });

  test('unverified rows are footnoted with their count', () => {
    const r = fillForm({ engine, kind: 'quarterly', regions: ['济南市'], year: 2022 });
    const n = version('JBZH0001-2022').rows.filter((x) => !x.verified).length;
    const text = r.sheets[0].blocks[0].values.flat().filter((v) => typeof v === 'string').join('\n');
    expect(text).toContain(`本表有 ${n} 行未能从已公开的报表印本核实`);
  });
});

describe('数量: year to date, end of period, units', () => {
  const v = version('JBZH0001-2022');
  const r = fillForm({ engine, kind: 'quarterly', regions: ['济南市'], year: 2022, period: { start: 9, end: 9 } });
  const s = r.sheets[0];
  const D = (id: string) => at(s, a1(rowOf(v, id), 3));

  test('a flow takes the 1-9月 total (3.25 亿元 → 32500.0 万元), a stock the end of September', () => {
    expect(D('exp_assist').v).toBe(32500);
    expect(s.blocks[0].numFmts![rowOf(v, 'exp_assist')][3]).toBe('0.0');
    expect(D('social_orgs').v).toBe(5200); // 家 → 个
    expect(D('dibao_urban_persons').v).toBe(12000);
    expect(D('township_town').v).toBe(40);
  });

  test('a figure of another period stays blank and the summary says why', () => {
    // 农村低保人数 only at the end of June; 结婚登记 only for Q3 alone (not 1-9月)
    expect(D('dibao_rural_persons').v).toBeNull();
    expect(D('marriage').v).toBeNull();
    const blank = r.summary.blanks.find((b) => b.row === 'A农村低保人数')!;
    expect(blank.address).toBe(a1(rowOf(v, 'dibao_rural_persons'), 3));
    expect(blank.reason).toContain('2022年6月');
    const m = r.summary.blanks.find((b) => b.row === '结婚登记')!;
    expect(m.reason).toContain('2022年Q3');
    expect(m.reason).toContain('累计数须为同一期别');
    expect(r.summary.notes.some((n) => n.includes('结婚登记') && n.includes('2022年Q3'))).toBe(true);
  });

  test('a half-year figure on an annual form stays blank (河口区 2021)', () => {
    const a = fillForm({ engine, kind: 'quarterly', regions: ['河口区'], year: 2021 });
    expect(at(a.sheets[0], a1(rowOf(v, 'exp_assist'), 3)).v).toBeNull();
    expect(a.summary.blanks.find((b) => b.row === '2.社会救助')!.reason).toContain('2021年上半年');
    const h = fillForm({ engine, kind: 'quarterly', regions: ['河口区'], year: 2021, period: { start: 1, end: 6 } });
    expect(at(h.sheets[0], a1(rowOf(v, 'exp_assist'), 3)).v).toBe(1200);
  });

  test('a row in 元/人·年 gets a monthly standard ×12 (农村低保平均标准)', () => {
    const custom: FormVersion = {
      ...v,
      id: 'TEST-std',
      rows: [
        { id: 'std', num: '', label: '农村低保平均标准', unit: '元/人·年', code: null, depth: 1, parent: null, relation: null, isHeading: false, indicator: 'dibao_std_rural', breakdown: '', verified: false, source: '未核实:测试' },
      ],
    };
    const c = fillForm({ engine, kind: 'quarterly', forms: [custom], regions: ['济南市'], year: 2022, period: { start: 9, end: 9 } });
    expect(at(c.sheets[0], 'B6').v).toBe('元/人·年');
    expect(at(c.sheets[0], 'D6').v).toBe(8400);
  });

  test('every value cell is bound: the 1-9月 column and the earlier periods as their own periods', () => {
    const bd = r.bindings.filter((b) => b.address === a1(rowOf(v, 'exp_assist'), 3))[0];
    expect(bd).toMatchObject({ sheet: '季报·济南市', indicatorId: 'assist_funds', region: '济南市', year: 2022, period: '1-9月', column: 'current' });
    const valueRows = v.rows.filter((x) => !x.isHeading && x.indicator).length;
    expect(r.bindings.filter((b) => b.address.startsWith('D'))).toHaveLength(valueRows);
    expect(r.bindings.find((b) => b.address === a1(rowOf(v, 'exp_assist'), 4))!.period).toBe('上半年');
    expect(r.bindings.find((b) => b.address === a1(rowOf(v, 'exp_assist'), 6))!.period).toBe('1-8月');
  });
});

describe('上季度, 上月, 环比', () => {
  const v = version('JBZH0001-2022');
  const r = fillForm({ engine, kind: 'quarterly', regions: ['济南市'], year: 2022, period: { start: 9, end: 9 } });
  const s = r.sheets[0];
  const row = rowOf(v, 'exp_assist');

  test('上季度 = 1-6月, 上月 = 1-8月 from the dataset', () => {
    expect(at(s, a1(row, 4)).v).toBe(21000);
    expect(at(s, a1(row, 6)).v).toBe(28800);
    expect(at(s, a1(rowOf(v, 'social_orgs'), 4)).v).toBe(5100);
    expect(at(s, a1(rowOf(v, 'social_orgs'), 6)).v).toBe(5150);
  });

  test('环比 is a live formula guarded against empty, zero and equal', () => {
    const d = a1(row, 3);
    const e = a1(row, 4);
    expect(at(s, a1(row, 5)).f).toBe(changeFormula(d, e));
    expect(changeFormula(d, e)).toBe(`IF(OR(${d}="",${e}="",${e}=0,${d}=${e}),"",ROUND((${d}-${e})/${e}*100,2))`);
    expect(at(s, a1(row, 5)).v).toBe(54.76); // (32500 − 21000) / 21000
    expect(at(s, a1(rowOf(v, 'dibao_urban_persons'), 5)).v).toBeNull(); // no 上季度
    expect(at(s, a1(rowOf(v, 'dibao_urban_persons'), 5)).f).not.toBeNull();
    expect(at(s, a1(rowOf(v, 's1'), 5)).f).toBeNull(); // headings take no formula
  });

  test('a first-quarter form takes 上季度 from the year before (全年)', () => {
    const q1 = fillForm({ engine, kind: 'quarterly', regions: ['济南市'], year: 2021, period: { start: 1, end: 3 } });
    const v2 = version('JBZH0001-2022');
    expect(at(q1.sheets[0], a1(rowOf(v2, 'exp_assist'), 4)).v).toBe(75000);
    expect(q1.bindings.find((b) => b.address === a1(rowOf(v2, 'exp_assist'), 4))).toMatchObject({ year: 2020, period: '全年' });
  });

  test('--previous: a workbook MZ filled gives 上季度 by code', () => {
    const prevFill = fillForm({
      engine: new MzEngine(catalogue, records([['济南市', 2022, '上半年', 'assist_funds', '', 19999, '万元']])),
      kind: 'quarterly',
      regions: ['济南市'],
      year: 2022,
      period: { start: 1, end: 6 },
    });
    const prev = readPreviousForm(prevFill.sheets.map((x) => ({ name: x.name, values: x.blocks[0].values })), '上期.xlsx', '济南市');
    expect(prev.period).toBe('2022年1-6月');
    expect(prev.byCode.get('JZH011212000')).toBe(19999);
    const withPrev = fillForm({ engine, kind: 'quarterly', regions: ['济南市'], year: 2022, period: { start: 9, end: 9 }, previous: prev });
    expect(at(withPrev.sheets[0], a1(row, 4)).v).toBe(19999);
    expect(withPrev.summary.previousFilled).toBe(1);
    expect(withPrev.summary.notes.some((n) => n.includes('上期数取自 上期.xlsx(报告期 2022年1-6月)'))).toBe(true);
  });

  test('--previous: a workbook the user kept, without codes, matched by label and unit (repeated labels in order)', () => {
    const kept = {
      name: 'Sheet1',
      values: [
        ['2022年二季度民政统计季报', null, null],
        ['报告期:2022年06月', null, null],
        ['指 标 名 称', '单位', '数量'],
        ['（二）民政事业费累计支出', '万元', '88,000.5'],
        ['    2.社会救助', '万元', 20500],
        ['  I 城市低保金', '万元', 100],
        ['  I 农村低保金', '万元', 200],
        ['社会组织', '个', 5090],
        ['I 城市低保金', '万元', null],
      ] as CellValue[][],
    };
    const prev = readPreviousForm([kept], 'kept.xlsx');
    expect(prev.period).toBe('2022年06月');
    expect(labelKey('（1）最低生活保障', '万元')).toBe(labelKey('其中：（1）最低生活保障', '万元'));
    const w = fillForm({ engine, kind: 'quarterly', regions: ['济南市'], year: 2022, period: { start: 9, end: 9 }, previous: prev });
    const sh = w.sheets[0];
    expect(at(sh, a1(rowOf(v, 'mz_exp'), 4)).v).toBe(88000.5);
    expect(at(sh, a1(rowOf(v, 'exp_assist'), 4)).v).toBe(20500);
    expect(at(sh, a1(rowOf(v, 'social_orgs'), 4)).v).toBe(5090);
    // label “I 城市低保金” does not exist on the form (it is “城市低保金”), the key drops the numbering
    expect(at(sh, a1(rowOf(v, 'exp_dibao_urban_allowance'), 4)).v).toBe(100);
  });

  test('a previous workbook without a 数量 column is refused in Chinese', () => {
    expect(() => readPreviousForm([{ name: 'x', values: [['a', 'b']] }], 'x.xlsx')).toThrow('上期报表“x.xlsx”中没有找到带“指标名称”和“数量”列的工作表');
  });
});

test('several regions: one sheet each, named by region', () => {
  const r = fillForm({ engine, kind: 'quarterly', regions: ['济南市', '河口区'], year: 2021, period: { start: 1, end: 6 } });
  expect(r.sheets.map((s) => s.name)).toEqual([formSheetName('quarterly', '济南市'), formSheetName('quarterly', '河口区')]);
  expect(new Set(r.bindings.map((b) => b.sheet))).toEqual(new Set(['季报·济南市', '季报·河口区']));
});
