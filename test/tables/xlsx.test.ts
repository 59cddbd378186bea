// xlsx adapter, bindings stored in the workbook, mz fill (--into/--force), LibreOffice round trip.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { execFileSync } from 'child_process';
import ExcelJS from 'exceljs';
import { loadCatalogue } from '../../src/core/catalogue';
import { MzEngine } from '../../src/core/engine';
import { fillTables } from '../../src/core/fill';
import { loadTemplates } from '../../src/core/tables';
import { BINDINGS_SHEET, decodeBindings, encodeBindings, parseRef, valuesFromSpecs } from '../../src/core/bindings';
import { XlsxWorkbook } from '../../src/adapters/xlsx';
import { SheetExistsError, SheetSnapshot } from '../../src/core/workbook';
import { formatDatasetCsv } from '../../src/core/datasetCsv';
import { run as fillCmd } from '../../src/cli/commands/fill';
import { Io } from '../../src/cli/io';
import { fixtureRecords } from './fixture';
import { encodeBindingsV1 } from './bindingsV1';

const templates = loadTemplates();
const catalogue = loadCatalogue();
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mz-tables-'));

async function filledWorkbook(regions: string[], year: number) {
  const res = fillTables({ templates, engine: new MzEngine(catalogue, fixtureRecords()), regions, year });
  const wb = XlsxWorkbook.create();
  await wb.writeSheets(res.sheets, 'fail-if-exists');
  await wb.writeSheets([encodeBindings(res.bindings, valuesFromSpecs(res.sheets))], 'replace');
  return { res, buf: await wb.toBuffer() };
}

const at = (s: SheetSnapshot, a: string) => {
  const m = /^([A-Z]+)(\d+)$/.exec(a)!;
  const c = m[1].split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { v: s.values[Number(m[2]) - 1]?.[c] ?? null, f: s.formulas[Number(m[2]) - 1]?.[c] ?? null };
};

function memIo(cwd: string) {
  let out = '';
  let err = '';
  const io: Io = { out: (t) => void (out += t), err: (t) => void (err += t), cwd };
  return { io, get out() { return out; }, get err() { return err; } };
}

describe('xlsx adapter and bindings', () => {
  test('written file re-read with exceljs: values, formulas with cached results, hidden bindings sheet', async () => {
    const { res, buf } = await filledWorkbook(['济南市'], 2020);
    const wb = await XlsxWorkbook.load(buf, 'jn.xlsx');
    expect(await wb.sheetNames()).toEqual([...res.sheets.map((s) => s.name), BINDINGS_SHEET]);
    const [funds] = await wb.readSheets(['民政资金']);
    expect(at(funds, 'D6')).toEqual({ v: 202000, f: '=D7+D8+D9' });
    expect(at(funds, 'D7').v).toBe(44000);
    expect(funds.numFmts![5][3]).toBe('0.0');
    const [sum] = await wb.readSheets(['汇总']);
    expect(at(sum, 'D6')).toEqual({ v: 821, f: `=IF('社会救助标准'!D6="","",'社会救助标准'!D6)` });
    expect((await wb.exceljs()).getWorksheet(BINDINGS_SHEET)!.state).toBe('hidden');
    const [bs] = await wb.readSheets([BINDINGS_SHEET]);
    const decoded = decodeBindings(bs);
    expect(decoded).toHaveLength(res.bindings.length);
    expect(new Set(decoded.map((b) => JSON.stringify(b)))).toEqual(new Set(res.bindings.map((b) => JSON.stringify(b))));
  });

  test('bindings follow an inserted row (block ranges rewritten as Excel/LibreOffice do; rows matched by label)', async () => {
    const { res, buf } = await filledWorkbook(['济南市'], 2020);
    const wb = await XlsxWorkbook.load(buf, 'jn.xlsx');
    // The user inserts a row above row 7 of 民政资金. exceljs's spliceRows moves the cells but, unlike
    // Excel and LibreOffice, does not rewrite references in other sheets; do that part as Excel does:
    // a range below moves down, a range spanning the row grows by one.
    const ws = (await wb.exceljs()).getWorksheet('民政资金')!;
    ws.spliceRows(7, 0, ['用户插入的行']);
    const bws = (await wb.exceljs()).getWorksheet(BINDINGS_SHEET)!;
    let grown = 0;
    bws.eachRow((row, n) => {
      if (n < 3) return;
      const c = row.getCell(1);
      const m = /^ROWS\('民政资金'!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)\)$/.exec(String(c.formula ?? ''));
      if (!m) return;
      let [r0, r1] = [Number(m[2]), Number(m[4])];
      if (r0 >= 7) r0++;
      if (r1 >= 7) r1++;
      if (r1 - r0 !== Number(m[4]) - Number(m[2])) grown++;
      c.value = { formula: `ROWS('民政资金'!$${m[1]}$${r0}:$${m[3]}$${r1})`, result: undefined } as ExcelJS.CellFormulaValue;
    });
    expect(grown).toBe(1); // the insertion falls inside a block: realigned by the row labels
    const again = await XlsxWorkbook.load(new Uint8Array((await (await wb.exceljs()).xlsx.writeBuffer()) as ArrayBuffer), 'edited.xlsx');
    const snaps = await again.readSheets();
    const b = decodeBindings(snaps.find((s) => s.name === BINDINGS_SHEET)!, (n) => snaps.find((s) => s.name === n));
    const central = b.find((x) => x.sheet === '民政资金' && x.breakdown === '中央省级' && x.column === 'current')!;
    expect(central.address).toBe('D8'); // was D7
    const funds = snaps.find((s) => s.name === '民政资金')!;
    expect(at(funds, central.address).v).toBe(44000);
    expect(b.find((x) => x.sheet === '民政资金' && x.indicatorId === 'mz_funds_total' && x.breakdown === '' && x.column === 'current')!.address).toBe('D6');
    expect(b.some((x) => x.sheet === '民政资金' && x.address.endsWith('7') && !x.address.endsWith('17'))).toBe(false); // the new row is unbound
    expect(b).toHaveLength(res.bindings.length);
    // without the sheets, a block whose height changed cannot be matched: dropped, never misplaced
    const blind = decodeBindings(snaps.find((s) => s.name === BINDINGS_SHEET)!);
    expect(blind.length).toBeLessThan(res.bindings.length);
    expect(blind.find((x) => x.sheet === '民政资金' && x.breakdown === '中央省级' && x.column === 'current')).toBeUndefined();
  });

  test('a deleted row inside a block drops only its bindings; the rows after it move up', async () => {
    const { res, buf } = await filledWorkbook(['济南市'], 2020);
    const wb = await XlsxWorkbook.load(buf, 'jn.xlsx');
    const ws = (await wb.exceljs()).getWorksheet('民政资金')!;
    ws.spliceRows(7, 1); // deletes the 中央省级 row
    (await wb.exceljs()).getWorksheet(BINDINGS_SHEET)!.eachRow((row, n) => {
      if (n < 3) return;
      const c = row.getCell(1);
      const m = /^ROWS\('民政资金'!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)\)$/.exec(String(c.formula ?? ''));
      if (!m) return;
      let [r0, r1] = [Number(m[2]), Number(m[4])];
      if (r0 > 7) r0--;
      if (r1 >= 7) r1--;
      c.value = { formula: `ROWS('民政资金'!$${m[1]}$${r0}:$${m[3]}$${r1})`, result: undefined } as ExcelJS.CellFormulaValue;
    });
    const again = await XlsxWorkbook.load(new Uint8Array((await (await wb.exceljs()).xlsx.writeBuffer()) as ArrayBuffer), 'edited.xlsx');
    const snaps = await again.readSheets();
    const b = decodeBindings(snaps.find((s) => s.name === BINDINGS_SHEET)!, (n) => snaps.find((s) => s.name === n));
    expect(b.find((x) => x.sheet === '民政资金' && x.breakdown === '中央省级')).toBeUndefined();
    const city = b.find((x) => x.sheet === '民政资金' && x.breakdown === '市级' && x.column === 'current')!;
    expect(city.address).toBe('D7'); // was D8
    expect(b.length).toBe(res.bindings.filter((x) => !(x.sheet === '民政资金' && x.breakdown === '中央省级')).length);
  });

  test('a deleted block (#REF!) drops its bindings; a non-bindings sheet decodes to []', () => {
    const spec = encodeBindings([
      { sheet: 'S', address: 'D6', indicatorId: 'a', region: 'R', year: 2020, breakdown: '', period: '全年', column: 'current' },
      { sheet: 'S', address: 'D9', indicatorId: 'b', region: 'R', year: 2020, breakdown: '', period: '全年', column: 'current' },
    ]);
    const snap: SheetSnapshot = { name: BINDINGS_SHEET, values: spec.blocks[0].values, formulas: spec.blocks[0].formulas!.map((r) => r.slice()) };
    expect(snap.values.length).toBe(4); // two blocks (rows 6 and 9 are not adjacent)
    snap.formulas[3][0] = 'ROWS(#REF!)';
    expect(decodeBindings(snap).map((x) => x.indicatorId)).toEqual(['a']);
    expect(decodeBindings({ name: 'x', values: [['hello']], formulas: [[null]] })).toEqual([]);
  });

  test('format 1 (one row per cell or horizontal run) is still read, reference formulas followed', () => {
    const regs = ['济南市', '淄博市', '章丘区', '历下区', '东营市', '河口区'];
    const res = fillTables({ templates, engine: new MzEngine(catalogue, fixtureRecords()), regions: regs, year: 2020 });
    const spec = encodeBindingsV1(res.bindings);
    const snap: SheetSnapshot = { name: BINDINGS_SHEET, values: spec.blocks[0].values, formulas: spec.blocks[0].formulas!.map((r) => r.slice()) };
    const key = (b: object) => JSON.stringify(b);
    expect(decodeBindings(snap).map(key).sort()).toEqual(res.bindings.map(key).sort());
    // a reference rewritten by Excel moves its run
    const r = 2;
    const ref = parseRef(snap.formulas[r][0])!;
    const row = Number(/\d+$/.exec(ref.address)![0]);
    const col = /^[A-Z]+/.exec(ref.address)![0];
    snap.formulas[r][0] = `'${ref.sheet}'!$${col}$${row + 40}`;
    const moved = decodeBindings(snap).filter((b) => b.sheet === ref.sheet && b.address.endsWith(String(row + 40)) && b.region === snap.values[r][4]);
    expect(moved.length).toBe(Number(snap.values[r][9]) || 1);
  });

  test('list layout: one bindings row per block of up to 200 rows, decoded back cell by cell', () => {
    const regs = ['济南市', '淄博市', '章丘区', '历下区', '东营市', '河口区'];
    const res = fillTables({ templates, engine: new MzEngine(catalogue, fixtureRecords()), regions: regs, year: 2020 });
    const spec = encodeBindings(res.bindings);
    expect(spec.blocks[0].values.length - 2).toBeLessThan(res.bindings.length / 20);
    const snap: SheetSnapshot = { name: BINDINGS_SHEET, values: spec.blocks[0].values, formulas: spec.blocks[0].formulas! };
    const key = (b: object) => JSON.stringify(b);
    expect(decodeBindings(snap).map(key).sort()).toEqual(res.bindings.map(key).sort());
  });

  test('fail-if-exists throws before writing; replace keeps other sheets and cells', async () => {
    const user = new ExcelJS.Workbook();
    user.addWorksheet('我的数据').getCell('B2').value = '用户自己的数据';
    user.addWorksheet('民政资金').getCell('A1').value = '旧表';
    const wb = await XlsxWorkbook.load(new Uint8Array(await user.xlsx.writeBuffer()), 'user.xlsx');
    const { res } = await filledWorkbook(['济南市'], 2020);
    await expect(wb.writeSheets(res.sheets, 'fail-if-exists')).rejects.toThrow(SheetExistsError);
    expect(await wb.sheetNames()).toEqual(['我的数据', '民政资金']);
    await wb.writeSheets(res.sheets.filter((s) => s.name === '民政资金'), 'replace');
    const back = await XlsxWorkbook.load(await wb.toBuffer(), 'user.xlsx');
    expect(await back.sheetNames()).toEqual(['我的数据', '民政资金']);
    const [mine, funds] = await back.readSheets();
    expect(at(mine, 'B2').v).toBe('用户自己的数据');
    expect(at(funds, 'D6')).toEqual({ v: 202000, f: '=D7+D8+D9' });
  });

  test('a broken file gives a Chinese error naming the file', async () => {
    await expect(XlsxWorkbook.load(new TextEncoder().encode('not a zip'), '坏文件.xlsx')).rejects.toThrow(/无法读取工作簿“坏文件.xlsx”/);
    await expect(XlsxWorkbook.load(path.join(tmp, 'nope.xlsx'))).rejects.toThrow(/文件不存在/);
  });
});

describe('mz fill', () => {
  const dataCsv = path.join(tmp, 'fixture.csv');
  beforeAll(() => fs.writeFileSync(dataCsv, formatDatasetCsv(fixtureRecords())));

  test('writes the tables and prints a Chinese summary', async () => {
    const m = memIo(tmp);
    const code = await fillCmd(['--region', '济南', '--year', '2020', '--out', 'jn.xlsx', '--data', dataCsv], m.io);
    expect(m.err).not.toMatch(/内部错误/);
    expect(code).toBe(0);
    expect(m.out).toMatch(/已写入 jn\.xlsx/);
    expect(m.out).toMatch(/工作表 10 个/);
    expect(m.out).toMatch(/本年缺少的数值.*济南市 \d+ 个/);
    const wb = await XlsxWorkbook.load(path.join(tmp, 'jn.xlsx'));
    const [funds] = await wb.readSheets(['民政资金']);
    expect(at(funds, 'D6').v).toBe(202000);
  });

  test('--into refuses to overwrite a same-name sheet without --force (file untouched), keeps user sheets with --force', async () => {
    const user = new ExcelJS.Workbook();
    user.addWorksheet('我的数据').getCell('C3').value = 12345;
    user.addWorksheet('民政资金').getCell('A1').value = '旧表';
    const file = path.join(tmp, 'user.xlsx');
    await user.xlsx.writeFile(file);
    const before = fs.readFileSync(file);
    const m = memIo(tmp);
    const code = await fillCmd(['--region', '济南市', '--year', '2020', '--into', 'user.xlsx', '--data', dataCsv], m.io);
    expect(code).toBe(1);
    expect(m.err).toMatch(/已有同名工作表:民政资金/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);

    const m2 = memIo(tmp);
    expect(await fillCmd(['--region', '济南市', '--year', '2020', '--into', 'user.xlsx', '--force', '--tables', '民政资金,汇总', '--data', dataCsv], m2.io)).toBe(0);
    const wb = await XlsxWorkbook.load(file);
    expect(await wb.sheetNames()).toEqual(['我的数据', '民政资金', '汇总', BINDINGS_SHEET]);
    const [mine, funds] = await wb.readSheets(['我的数据', '民政资金']);
    expect(at(mine, 'C3').v).toBe(12345);
    expect(at(funds, 'D6').v).toBe(202000);
    const [bs] = await wb.readSheets([BINDINGS_SHEET]);
    expect(decodeBindings(bs).some((b) => b.sheet === '汇总')).toBe(true);
  });

  test('an existing --out file is not overwritten without --force', async () => {
    const file = path.join(tmp, 'exists.xlsx');
    fs.writeFileSync(file, 'mine');
    const m = memIo(tmp);
    expect(await fillCmd(['--region', '济南', '--year', '2020', '--out', 'exists.xlsx', '--data', dataCsv], m.io)).toBe(1);
    expect(m.err).toMatch(/已存在,未写入/);
    expect(fs.readFileSync(file, 'utf8')).toBe('mine');
    expect(await fillCmd(['--region', '济南', '--year', '2020', '--out', 'exists.xlsx', '--force', '--data', dataCsv], memIo(tmp).io)).toBe(0);
    expect(await (await XlsxWorkbook.load(file)).sheetNames()).toContain('民政资金');
  });

  test('bad arguments: exit 2 with a Chinese message', async () => {
    const m = memIo(tmp);
    expect(await fillCmd(['--year', '2020', '--out', 'x.xlsx'], m.io)).toBe(2);
    expect(m.err).toMatch(/缺少 --region/);
    const m2 = memIo(tmp);
    expect(await fillCmd(['--region', '济南', '--year', '2020', '--out', 'x.xlsx', '--tables', '不存在', '--data', dataCsv], m2.io)).toBe(2);
    expect(m2.err).toMatch(/未知的表/);
  });
});

const hasSoffice = (() => {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore', timeout: 60000 });
    return true;
  } catch {
    return false;
  }
})();

function libreCsv(buf: Uint8Array, name: string): (sheet: string) => string[][] {
  const dir = fs.mkdtempSync(path.join(tmp, 'lo-'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, buf);
  execFileSync(
    'soffice',
    ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1', '--outdir', dir, file],
    { stdio: 'ignore', timeout: 180000 },
  );
  return (sheet: string) => {
    const f = fs.readdirSync(dir).find((x) => x.endsWith(`-${sheet}.csv`));
    if (!f) throw new Error(`no csv for ${sheet}: ${fs.readdirSync(dir).join(', ')}`);
    return fs.readFileSync(path.join(dir, f), 'utf8').split(/\r?\n/).map((l) => l.split(','));
  };
}

// Under CI a missing LibreOffice is a failure, not a skip.
(hasSoffice || process.env.CI ? describe : describe.skip)('LibreOffice opens the files with the same numbers', () => {
  if (!hasSoffice) console.warn('soffice 不可用:跳过 LibreOffice 测试');
  test('a workbook written through exceljs (--into path) keeps the user sheet and the numbers', async () => {
    const user = new ExcelJS.Workbook();
    user.addWorksheet('我的数据').getCell('A1').value = 777;
    const wb = await XlsxWorkbook.load(new Uint8Array(await user.xlsx.writeBuffer()), 'user.xlsx');
    const { res } = await filledWorkbook(['济南市'], 2020);
    await wb.writeSheets(res.sheets, 'fail-if-exists');
    const csvOf = libreCsv(await wb.toBuffer(), 'into.xlsx');
    expect(csvOf('我的数据')[0][0]).toBe('777');
    const funds = csvOf('民政资金');
    expect(funds[5].slice(0, 4)).toEqual(['民政资金总投入', '万元', '', '202000.0']);
    expect(csvOf('汇总')[5][3]).toBe('821');
  });
  test('csv export of every sheet (as shown, number formats applied) has the values and formula totals', async () => {
    const { buf } = await filledWorkbook(['济南市'], 2020);
    const dir = fs.mkdtempSync(path.join(tmp, 'lo-'));
    const file = path.join(dir, 'jn.xlsx');
    fs.writeFileSync(file, buf);
    execFileSync(
      'soffice',
      ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1', '--outdir', dir, file],
      { stdio: 'ignore', timeout: 180000 },
    );
    const csvOf = (sheet: string) => {
      const f = fs.readdirSync(dir).find((x) => x.endsWith(`-${sheet}.csv`));
      if (!f) throw new Error(`no csv for ${sheet}: ${fs.readdirSync(dir).join(', ')}`);
      return fs.readFileSync(path.join(dir, f), 'utf8').split(/\r?\n/).map((l) => l.split(','));
    };
    const funds = csvOf('民政资金');
    expect(funds[5].slice(0, 4)).toEqual(['民政资金总投入', '万元', '', '202000.0']);
    expect(funds[6][3]).toBe('44000.0');
    expect(funds[8][3]).toBe('101000.0');
    expect(funds[5][5]).toBe(''); // 增减% blank without 上年
    const std = csvOf('社会救助标准');
    expect(std[5].slice(0, 4)).toEqual(['城市最低生活保障标准', '元/人·月', '', '821']);
    const sum = csvOf('汇总');
    expect(sum[5][3]).toBe('821');
    expect(sum.find((r) => r[0] === '民政资金总投入')![3]).toBe('202000.0');
    // blanks stay blank (not 0) after LibreOffice recalculates
    expect(sum.find((r) => r[0] === '最低生活保障对象')![3]).toBe('');
  });
});
