// The bindings as columns (BindingTable): what the check reads instead of one object per bound cell.
import { decodeBindingTable, encodeBindings } from '../../src/core/bindings';
import { BindingTable } from '../../src/core/bindingTable';
import { Binding, SheetSnapshot } from '../../src/core/workbook';

const b = (sheet: string, address: string, indicatorId: string, region: string, year: number, breakdown = '', column: 'current' | 'previous' = 'current', period = '全年'): Binding => ({
  sheet, address, indicatorId, region, year, breakdown, period, column,
});

function snapshotOf(bindings: Binding[]): SheetSnapshot {
  const spec = encodeBindings(bindings);
  const blk = spec.blocks[0];
  return { name: spec.name, values: blk.values.map((r) => r.slice()), formulas: (blk.formulas ?? blk.values.map((r) => r.map(() => null))).map((r) => r.slice()) };
}

// a list layout (one row per region, columns of figures) and a reference table with a previous-period column
const LIST: Binding[] = [];
for (let r = 0; r < 30; r++) {
  const region = `区${r}`;
  LIST.push(b('低保', `B${r + 3}`, 'dibao_persons', region, 2021, '城市'));
  LIST.push(b('低保', `C${r + 3}`, 'dibao_persons', region, 2021, '农村'));
  LIST.push(b('低保', `E${r + 3}`, 'dibao_households', region, 2021));
}
const REF: Binding[] = [
  b('季报', 'D6', 'mz_expenditure', '济南市', 2022, '', 'current', '1-9月'),
  b('季报', 'E6', 'mz_expenditure', '济南市', 2022, '', 'previous', '1-6月'),
  b('季报', 'D7', 'dibao_std_urban', '济南市', 2022, '', 'current', '9月'),
];

test('decoded into columns: every entry reads back as the binding that was written, in order', () => {
  const all = [...LIST, ...REF];
  const t = decodeBindingTable(snapshotOf(all));
  expect(t.n).toBe(all.length);
  expect(t.all()).toEqual(all.map((x) => expect.objectContaining(x)));
  // the texts are interned: one id per distinct sheet, indicator, region …
  expect(t.texts.filter((x) => x === '低保')).toHaveLength(1);
  expect(t.texts.filter((x) => x === '区7')).toHaveLength(1);
  const i = all.findIndex((x) => x.sheet === '季报' && x.address === 'E6');
  expect([t.texts[t.sheet[i]], t.row[i], t.col[i], t.column[i], t.texts[t.period[i]]]).toEqual(['季报', 5, 4, 1, '1-6月']);
  expect(t.address(i)).toBe('E6');
});

test('objects are built once, on demand, and map back to their entry', () => {
  const t = decodeBindingTable(snapshotOf(LIST));
  const x = t.binding(40);
  expect(t.binding(40)).toBe(x);
  expect(t.indexOf(x)).toBe(40);
  expect(t.indexOf({ ...x })).toBe(-1); // a copy is not the table's
  expect(x.year).toBe(2021);
  expect(Number.isInteger(x.year)).toBe(true);
});

test('callers\' objects (checkWorkbook with bindings given) keep their identity', () => {
  const t = BindingTable.fromBindings(REF);
  expect(t.n).toBe(3);
  expect(t.binding(1)).toBe(REF[1]);
  expect(t.indexOf(REF[2])).toBe(2);
  // a bad address is left out rather than guessed
  expect(BindingTable.fromBindings([b('表', 'not-a-cell', 'x', '济南市', 2020), REF[0]]).n).toBe(1);
});

test('a block whose rows were inserted reads its rows again by label; a damaged field reads as empty', () => {
  const snap = snapshotOf(LIST);
  const row = snap.values.findIndex((r) => typeof r[2] === 'string' && r[2].startsWith('B3:'));
  // a block field with fewer per-row values than rows (edited by hand): the rows past the list have no region
  const fields = JSON.parse(String(snap.values[row][5]));
  expect(fields.r).toHaveLength(30);
  snap.values[row][5] = JSON.stringify({ r: fields.r.slice(0, 28) });
  const t = decodeBindingTable(snap);
  expect(t.n).toBe(LIST.length);
  expect(t.texts[t.region[0]]).toBe('区0');
  expect(t.texts[t.region[t.n - 1]]).toBe('');
});
