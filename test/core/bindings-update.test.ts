// updateBindingsSheet: the bindings sheet written with some sheets (CLI --into, the pane, the page).
import { decodeBindings, encodeBindings, updateBindingsSheet, valuesFromSpecs } from '../../src/core/bindings';
import { Binding, CellValue, SheetSnapshot, SheetSpec } from '../../src/core/workbook';
import { encodeBindingsV1 } from '../tables/bindingsV1';

const bind = (sheet: string, address: string, indicatorId: string): Binding => ({
  sheet, address, indicatorId, region: '济南市', year: 2020, breakdown: '', period: '全年', column: 'current',
});

/** A sheet with labels in column A and numbers in B from row 2. */
function table(name: string, labels: string[]): SheetSpec {
  const values: CellValue[][] = [['指标', '数值'], ...labels.map((l, i) => [l, i + 1])];
  return { name, blocks: [{ topLeft: 'A1', values }], merges: [], colWidths: [] };
}
const snap = (s: SheetSpec): SheetSnapshot => {
  const b = s.blocks[0];
  return { name: s.name, values: b.values.map((r) => r.slice()), formulas: (b.formulas ?? b.values.map((r) => r.map(() => null))).map((r) => r.slice()) };
};
/** A table after the user inserted a row before row index `at`. */
function inserted(s: SheetSnapshot, at: number): SheetSnapshot {
  const blank = () => s.values[0].map(() => null);
  return { ...s, values: [...s.values.slice(0, at), blank(), ...s.values.slice(at)], formulas: [...s.formulas.slice(0, at), blank(), ...s.formulas.slice(at)] };
}

const A = table('甲表', ['低保', '特困', '孤儿']);
const B = table('乙表', ['养老', '殡葬']);
const bindA = ['B2', 'B3', 'B4'].map((a, i) => bind('甲表', a, ['dibao', 'tekun', 'orphan'][i]));
const bindB = ['B2', 'B3'].map((a, i) => bind('乙表', a, ['elderly', 'funeral'][i]));

test('the rows of a sheet not written are kept as they are; a later row insertion there is still followed', () => {
  const first = snap(encodeBindings(bindA, valuesFromSpecs([A])));
  // the user inserts a row inside 甲表's block: Excel moves the range of the ROWS() formula
  first.formulas[2][0] = "=ROWS('甲表'!$B$2:$B$5)";
  const spec = updateBindingsSheet(first, ['乙表'], bindB, valuesFromSpecs([B]));
  const v = spec.blocks[0].values;
  expect(v[2]).toEqual(first.values[2]);
  expect(spec.blocks[0].formulas![2][0]).toBe("ROWS('甲表'!$B$2:$B$5)");
  const sheets = new Map([['甲表', inserted(snap(A), 2)], ['乙表', snap(B)]]);
  const got = decodeBindings(snap(spec), (n) => sheets.get(n));
  expect(got.map((b) => `${b.sheet}!${b.address}=${b.indicatorId}`)).toEqual(['甲表!B2=dibao', '甲表!B4=tekun', '甲表!B5=orphan', '乙表!B2=elderly', '乙表!B3=funeral']);
});

test('format-1 entries of other sheets become blocks with the labels of the sheets as they are', () => {
  const old = snap(encodeBindingsV1(bindA));
  const spec = updateBindingsSheet(old, ['乙表'], bindB, valuesFromSpecs([B]), (n) => (n === '甲表' ? snap(A) : undefined));
  const s = snap(spec);
  expect(s.values[0][2]).toBe(2);
  expect(s.formulas.slice(2).map((f) => f[0])).toEqual(["ROWS('甲表'!$B$2:$B$4)", "ROWS('乙表'!$B$2:$B$3)"]);
  expect(JSON.parse(String(s.values[2][11]))).toEqual(['低保', '特困', '孤儿']);
  s.formulas[2][0] = "=ROWS('甲表'!$B$2:$B$5)"; // a row inserted before row 4
  const got = decodeBindings(s, (n) => (n === '甲表' ? inserted(snap(A), 3) : snap(B)));
  expect(got.filter((b) => b.sheet === '甲表').map((b) => b.address)).toEqual(['B2', 'B3', 'B5']);
});

test('a written sheet drops its old rows (names compare case-insensitively); entries of deleted sheets go', () => {
  const both = snap(encodeBindings([...bindA, bind('Sheet', 'B2', 'x')], valuesFromSpecs([A])));
  both.formulas[2][0] = '=ROWS(#REF!)'; // 甲表 was deleted
  const spec = updateBindingsSheet(both, ['SHEET'], [bind('SHEET', 'C3', 'y')]);
  expect(decodeBindings(snap(spec)).map((b) => `${b.sheet}!${b.address}=${b.indicatorId}`)).toEqual(['SHEET!C3=y']);
});
