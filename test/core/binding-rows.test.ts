// The bindings sheet decoded row by row while the xlsx is read (BindingRowDecoder fed by the reader's row
// sink), as mz check does: the same table as decoding the sheet's snapshot, for both formats, without the grid.
import { BINDINGS_SHEET, BindingRowDecoder, decodeBindingTable, encodeBindings, valuesFromSpecs } from '../../src/core/bindings';
import { XlsxWorkbook } from '../../src/adapters/xlsx';
import { readXlsxSheets } from '../../src/adapters/xlsxReader';
import { Binding, CellValue, SheetSpec } from '../../src/core/workbook';
import { encodeBindingsV1 } from '../tables/bindingsV1';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { xlsx, sheetXml } = require('../hardening/corpus');

const b = (sheet: string, address: string, indicatorId: string, region: string, year: number, breakdown = '', column: 'current' | 'previous' = 'current', period = '全年'): Binding => ({
  sheet, address, indicatorId, region, year, breakdown, period, column,
});

// a data sheet of 12 regions × 3 figures, and a reference table with a previous-period column
function tables(): { specs: SheetSpec[]; bindings: Binding[] } {
  const rows: CellValue[][] = [['地区', '城市', '农村', '户数']];
  const bindings: Binding[] = [];
  for (let r = 0; r < 12; r++) {
    rows.push([`区${r}`, 100 + r, 200 + r, 90 + r]);
    bindings.push(b('低保', `B${r + 2}`, 'dibao_persons', `区${r}`, 2021, '城市'));
    bindings.push(b('低保', `C${r + 2}`, 'dibao_persons', `区${r}`, 2021, '农村'));
    bindings.push(b('低保', `D${r + 2}`, 'dibao_households', `区${r}`, 2021));
  }
  bindings.push(b('季报', 'B2', 'mz_expenditure', '济南市', 2022, '', 'current', '1-9月'));
  bindings.push(b('季报', 'C2', 'mz_expenditure', '济南市', 2022, '', 'previous', '1-6月'));
  const specs: SheetSpec[] = [
    { name: '低保', blocks: [{ topLeft: 'A1', values: rows }], merges: [], colWidths: [] },
    { name: '季报', blocks: [{ topLeft: 'A1', values: [['指标', '本期', '上期'], ['民政事业费', 5000, 3000]] }], merges: [], colWidths: [] },
  ];
  return { specs, bindings };
}

async function workbook(format: 1 | 2): Promise<Uint8Array> {
  const { specs, bindings } = tables();
  const wb = XlsxWorkbook.create();
  const bindingsSheet = format === 2 ? encodeBindings(bindings, valuesFromSpecs(specs)) : encodeBindingsV1(bindings);
  await wb.writeSheets([...specs, bindingsSheet], 'fail-if-exists');
  return new Uint8Array(await wb.toBuffer());
}

/** The table both ways: from the snapshot, and streamed through the reader's sink (the sheet then reads empty). */
async function bothWays(bytes: Uint8Array) {
  const snaps = await readXlsxSheets(bytes);
  const sheetOf = (n: string) => snaps.find((s) => s.name === n);
  const fromSnapshot = decodeBindingTable(snaps.find((s) => s.name === BINDINGS_SHEET)!, sheetOf);
  const dec = new BindingRowDecoder();
  const streamed = await readXlsxSheets(bytes, undefined, undefined, new Map([[BINDINGS_SHEET, dec.row]]));
  const kept = streamed.find((s) => s.name === BINDINGS_SHEET)!;
  const fromRows = dec.finish((n) => streamed.find((s) => s.name === n));
  return { fromSnapshot, fromRows, kept };
}

test.each([1, 2] as const)('format %i: the rows streamed give the same bindings, in the same order, as the snapshot', async (format) => {
  const { bindings } = tables();
  const { fromSnapshot, fromRows, kept } = await bothWays(await workbook(format));
  expect(fromSnapshot.n).toBe(bindings.length);
  expect(fromRows.all()).toEqual(fromSnapshot.all());
  expect(fromRows.all()).toEqual(bindings.map((x) => expect.objectContaining(x)));
  // the streamed sheet is not held as a grid
  expect(kept.values).toEqual([]);
});

test('format 1: a reference formula turned #REF! drops its binding; a span covers its ids; rows out of order are still read', async () => {
  const s = (ref: string, t: string) => `<c r="${ref}" t="inlineStr"><is><t>${t}</t></is></c>`;
  const row = (r: number, f: string, addr: string, ids: string, span: number) =>
    `<row r="${r}"><c r="A${r}"><f>${f}</f><v>1</v></c>${s(`B${r}`, '数据')}${s(`C${r}`, addr)}${s(`D${r}`, ids)}${s(`E${r}`, '济南市')}<c r="F${r}"><v>2020</v></c>${s(`H${r}`, '全年')}${s(`I${r}`, 'current')}<c r="J${r}"><v>${span}</v></c></row>`;
  const head = `<row r="1">${s('A1', 'MZ_BINDINGS')}${s('B1', '格式版本')}<c r="C1"><v>1</v></c></row><row r="2">${s('A2', '引用')}</row>`;
  const body = [row(3, "'数据'!$B$2", 'B2', 'dibao_std_urban', 1), row(5, '#REF!', 'B4', 'dibao_std_rural', 1), row(4, "'数据'!$B$3", 'B3', 'tekun_std_urban;tekun_std_rural', 2)].join('');
  const bytes = xlsx({ sheets: [{ name: '数据', xml: sheetXml('<row r="2"><c r="B2"><v>1</v></c></row>') }, { name: BINDINGS_SHEET, xml: sheetXml(head + body) }] });
  const { fromSnapshot, fromRows } = await bothWays(new Uint8Array(bytes));
  const got = (t: typeof fromRows) => t.all().map((x) => `${x.address} ${x.indicatorId}`).sort();
  expect(got(fromSnapshot)).toEqual(['B2 dibao_std_urban', 'B3 tekun_std_urban', 'C3 tekun_std_rural']);
  expect(got(fromRows)).toEqual(got(fromSnapshot));
});

test('a sheet named like the bindings sheet that is not one gives no bindings either way', async () => {
  const bytes = xlsx({ sheets: [{ name: BINDINGS_SHEET, xml: sheetXml('<row r="1"><c r="A1" t="inlineStr"><is><t>备注</t></is></c></row><row r="3"><c r="A3"><v>7</v></c></row>') }] });
  const { fromSnapshot, fromRows } = await bothWays(new Uint8Array(bytes));
  expect(fromSnapshot.n).toBe(0);
  expect(fromRows.n).toBe(0);
});
