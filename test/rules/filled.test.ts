// Real filled workbooks (fill engine + xlsx adapter): seeds check clean; planted errors are found at their cell.
import * as path from 'path';
import { buildDataset } from '../../src/core/extract/build';
import { MzEngine } from '../../src/core/engine';
import { loadCatalogue } from '../../src/core/catalogue';
import { fillTables } from '../../src/core/fill';
import { loadTemplates } from '../../src/core/tables';
import { encodeBindings } from '../../src/core/bindings';
import { XlsxWorkbook } from '../../src/adapters/xlsx';
import { Binding } from '../../src/core/workbook';
import { checkWorkbook } from '../../src/core/rules/check';
import { counts } from '../../src/core/rules/report';
import { acceptWarning } from '../../src/core/rules/notes';

const engine = new MzEngine(loadCatalogue(), buildDataset(path.join(__dirname, '../../seeds')).records);

async function filled(region: string, year: number, period?: string): Promise<{ wb: XlsxWorkbook; bindings: Binding[] }> {
  const fr = fillTables({ templates: loadTemplates(), engine, regions: [region], year, period });
  const wb = XlsxWorkbook.create();
  await wb.writeSheets([...fr.sheets, encodeBindings(fr.bindings)], 'fail-if-exists');
  return { wb: await XlsxWorkbook.load(await wb.toBuffer()), bindings: fr.bindings };
}

/** Saves the user's edits of the exceljs model (as Excel would save them) and opens the result. */
async function reopen(wb: XlsxWorkbook): Promise<XlsxWorkbook> {
  return XlsxWorkbook.load(new Uint8Array((await (await wb.exceljs()).xlsx.writeBuffer()) as ArrayBuffer));
}

function bound(bs: Binding[], sheet: string | RegExp, indicatorId: string, breakdown = ''): Binding {
  const b = bs.find(
    (x) => x.column === 'current' && x.indicatorId === indicatorId && x.breakdown === breakdown && (typeof sheet === 'string' ? x.sheet === sheet : sheet.test(x.sheet)),
  );
  if (!b) throw new Error(`no binding for ${indicatorId}@${breakdown} on ${sheet}`);
  return b;
}

/** Types a value over a cell (drops any formula), as a user would. */
async function typeOver(wb: XlsxWorkbook, b: Binding, value: number): Promise<void> {
  (await wb.exceljs()).getWorksheet(b.sheet)!.getCell(b.address).value = value;
}

async function cellValue(wb: XlsxWorkbook, b: Binding): Promise<number> {
  const v = (await wb.exceljs()).getWorksheet(b.sheet)!.getCell(b.address).value as unknown;
  if (typeof v === 'number') return v;
  const r = (v as { result?: number }).result;
  if (typeof r === 'number') return r;
  throw new Error(`no number at ${b.sheet}!${b.address}`);
}

async function check(wb: XlsxWorkbook) {
  return checkWorkbook(await wb.readSheets(), { engine });
}

// each seed for its report period (001 is a 上半年 report)
const SEEDS: [string, number, string?][] = [
  ['济南市', 2020],
  ['河口区', 2021, '上半年'],
  ['章丘区', 2020],
  ['重庆市', 2021],
  ['淄博市', 2020],
];

describe('every seed region filled for its year checks clean', () => {
  for (const [region, year, period] of SEEDS) {
    test(`${region} ${year}${period ?? ''}: no error finding`, async () => {
      const { wb } = await filled(region, year, period);
      const res = await check(wb);
      expect(res.noBindings).toBe(false);
      expect(res.findings.filter((f) => f.severity === 'error').map((f) => f.message)).toEqual([]);
      expect(counts(res).passed).toBeGreaterThan(0);
      // only these rules may warn on a clean fill: empty required cells (the dataset lacks them)
      expect([...new Set(res.findings.map((f) => f.ruleId))].filter((id) => id !== 'E01')).toEqual([]);
    });
  }
});

describe('planted errors in a filled workbook are found at the right cell', () => {
  test('a changed standard (与数据源, a warning: the ledger is the authority): 城市低保标准 821 → 850', async () => {
    const { wb, bindings } = await filled('济南市', 2020);
    const b = bound(bindings, '社会救助标准', 'dibao_std_urban');
    expect(await cellValue(wb, b)).toBe(821);
    await typeOver(wb, b, 850);
    const res = await check(await reopen(wb));
    const f = res.findings.find((x) => x.ruleId === 'S01')!;
    expect(f).toBeDefined();
    expect(f.severity).toBe('warning');
    expect([f.cells[0].sheet, f.cells[0].address]).toEqual(['社会救助标准', b.address]);
    expect(f.message).toContain('850');
    expect(f.message).toContain('821');
  });

  test('a total typed over its parts: 民政资金总投入', async () => {
    const { wb, bindings } = await filled('济南市', 2020);
    const b = bound(bindings, '民政资金', 'mz_funds_total');
    const total = await cellValue(wb, b);
    await typeOver(wb, b, Math.round(total * 1.1 * 10) / 10);
    const res = await check(await reopen(wb));
    const f = res.findings.find((x) => x.ruleId === 'R01')!;
    expect(f).toBeDefined();
    expect([f.cells[0].sheet, f.cells[0].address]).toEqual(['民政资金', b.address]);
    expect(f.cells).toHaveLength(4); // total and three parts
  });

  test('a cross-sheet figure that disagrees: 汇总 vs detail', async () => {
    const { wb, bindings } = await filled('济南市', 2020);
    const s = bound(bindings, /汇总/, 'tekun_std_urban');
    await typeOver(wb, s, 1332);
    const res = await check(await reopen(wb));
    const f = res.findings.find((x) => x.ruleId === 'X02')!;
    expect(f).toBeDefined();
    expect([f.cells[0].sheet, f.cells[0].address]).toEqual([s.sheet, s.address]);
    expect(f.cells[1].sheet).toBe('社会救助标准');
    expect(f.message).toContain('1332');
    expect(f.message).toContain('1232');
  });

  test('a 特困 standard below 1.3 × 低保 where the province sets no k (山东): a warning, 1000 < 1.3 × 821 = 1067.3', async () => {
    const { wb, bindings } = await filled('济南市', 2020);
    const b = bound(bindings, '社会救助标准', 'tekun_std_urban');
    await typeOver(wb, b, 1000);
    const res = await check(await reopen(wb));
    expect(res.findings.find((x) => x.ruleId === 'P01')).toBeUndefined();
    const f = res.findings.find((x) => x.ruleId === 'P01W')!;
    expect(f).toBeDefined();
    expect(f.severity).toBe('warning');
    expect([f.cells[0].sheet, f.cells[0].address]).toEqual(['社会救助标准', b.address]);
    expect(f.message).toContain('城市特困人员基本生活标准 1000 元/人·月 < 1.3 × 城市低保标准 821 = 1067.3');
    expect(f.message).toContain('山东省系数 1.3');
  });

  test('a monthly value typed where an annual one belongs: 护理标准 自理 2522 → 210 元/人·年', async () => {
    const { wb, bindings } = await filled('河口区', 2021, '上半年');
    const b = bound(bindings, '社会救助标准', 'tekun_care_std', '自理');
    expect(await cellValue(wb, b)).toBe(2522);
    await typeOver(wb, b, 210);
    const res = await check(await reopen(wb));
    const f = res.findings.find((x) => x.ruleId === 'U03')!;
    expect(f).toBeDefined();
    expect(f.severity).toBe('error');
    expect([f.cells[0].sheet, f.cells[0].address]).toEqual(['社会救助标准', b.address]);
    expect(res.findings.find((x) => x.ruleId === 'U04')?.cells[0].address).toBe(b.address);
  });

  test('an accepted warning is shown as accepted; errors cannot be accepted away', async () => {
    const { wb, bindings } = await filled('济南市', 2020);
    const b = bound(bindings, '儿童福利', 'orphan_std', '机构养育');
    await typeOver(wb, b, 1300); // 机构 1300 < 散居 1400: P12 warning; S01 error
    const edited = await reopen(wb);
    let res = await check(edited);
    const w = res.findings.find((x) => x.ruleId === 'P12')!;
    expect(w.severity).toBe('warning');
    expect(w.accepted).toBeUndefined();
    const notes = acceptWarning(null, { ruleId: 'P12', sheet: w.cells[0].sheet, address: w.cells[0].address, note: '本市机构养育另有床位补贴', at: '2021-01-10' });
    await edited.writeSheets([notes], 'replace');
    const again = await XlsxWorkbook.load(await edited.toBuffer());
    res = await check(again);
    expect(res.findings.find((x) => x.ruleId === 'P12')!.accepted).toEqual({ note: '本市机构养育另有床位补贴', at: '2021-01-10' });
    expect(res.findings.find((x) => x.ruleId === 'S01')!.accepted).toBeUndefined();
    expect(counts(res).accepted).toBe(1);
  });
});
