/** @jest-environment jsdom */
// The task pane rewrites the hidden bindings sheet on every fill: the entries of the sheets it does not
// write must survive as they are (format 2, their ROWS() range and row labels), so that rows the user
// inserted into an earlier table are still followed; an old format-1 sheet becomes format 2 throughout.
import { ExcelWorkbook } from '../../src/adapters/excel';
import { BINDINGS_SHEET, decodeBindings } from '../../src/core/bindings';
import { Binding, SheetSnapshot, parseA1 } from '../../src/core/workbook';
import { encodeBindingsV1 } from '../tables/bindingsV1';
import { FakeExcel } from './fakeExcel';
import { model } from './fixtures';

const REGIONS = ['济南市', '淄博市'];

/** The bindings sheet's rows as stored: formula (or value) per cell. */
function rowsOf(fx: FakeExcel): string[][] {
  const s = fx.sheet(BINDINGS_SHEET)!;
  let last = -1;
  for (const k of s.cells.keys()) last = Math.max(last, Number(k.split(',')[0]));
  return Array.from({ length: last + 1 }, (_, r) =>
    Array.from({ length: 12 }, (_, c) => {
      const x = s.get(r, c);
      return x ? String(x.formula ?? x.value) : '';
    }),
  );
}

async function snapshots(fx: FakeExcel): Promise<SheetSnapshot[]> {
  return new ExcelWorkbook(fx.run).readSheets();
}

async function decoded(fx: FakeExcel): Promise<Binding[]> {
  const snaps = await snapshots(fx);
  return decodeBindings(snaps.find((s) => s.name === BINDINGS_SHEET)!, (n) => snaps.find((s) => s.name === n));
}

const key = (b: Binding) => `${b.sheet}!${b.address}=${b.indicatorId}/${b.region}/${b.year}/${b.breakdown}/${b.column}`;
/** Bindings of `sheet` after `n` rows were inserted before row `at` (0-based). */
const shifted = (bs: Binding[], sheet: string, at: number, n: number) =>
  bs.map((b) => {
    if (b.sheet !== sheet) return b;
    const p = parseA1(b.address)!;
    return p.row >= at ? { ...b, address: b.address.replace(/\d+$/, String(p.row + 1 + n)) } : b;
  });

test('a second fill keeps the blocks of the sheets it does not write, byte for byte, rows inserted by the user included', async () => {
  const fx = new FakeExcel(['Sheet1']);
  const m = model({ adapter: new ExcelWorkbook(fx.run), host: 'excel' });
  await m.fill({ tables: ['assist_std'], regions: REGIONS, year: 2020 }, 'fail-if-exists');
  const first = await decoded(fx);
  const std = first.filter((b) => b.sheet === '社会救助标准');
  expect(std.length).toBeGreaterThan(10);
  // the user inserts a row inside the first block (between its first and second indicator rows)
  const rows = std.map((b) => parseA1(b.address)!.row);
  const at = Math.min(...rows) + 1;
  fx.insertRows('社会救助标准', at, 1);
  const before = rowsOf(fx);
  expect(before[2][0]).toMatch(/^=ROWS\('社会救助标准'!\$D\$6:\$H\$12\)$/); // Excel moved the block's end

  // a second fill of another table into the same workbook
  await m.fill({ tables: ['child'], regions: REGIONS, year: 2020 }, 'fail-if-exists');
  const after = rowsOf(fx);
  // every entry is format 2, one per block, with a ROWS() reference
  expect(after[0].slice(0, 3)).toEqual(['MZ_BINDINGS', '格式版本', '2']);
  for (const r of after.slice(2)) expect(r[0]).toMatch(/^=ROWS\('(社会救助标准|儿童福利)'!/);
  // the entries of 社会救助标准 are the ones that were there, unchanged (stored range, labels, formula)
  const stdRows = (rs: string[][]) => rs.slice(2).filter((r) => r[1] === '社会救助标准');
  expect(stdRows(after)).toEqual(stdRows(before));
  expect(after.slice(2).some((r) => r[1] === '儿童福利')).toBe(true);

  // the check still finds every cell of 社会救助标准 where it now is, and the new table's cells
  const now = await decoded(fx);
  const expected = shifted(std, '社会救助标准', at, 1).map(key).sort();
  expect(now.filter((b) => b.sheet === '社会救助标准').map(key).sort()).toEqual(expected);
  expect(now.some((b) => b.sheet === '儿童福利')).toBe(true);
});

test('replacing a sheet drops its old blocks only; an old format-1 bindings sheet becomes blocks with row labels', async () => {
  const fx = new FakeExcel(['Sheet1']);
  const m = model({ adapter: new ExcelWorkbook(fx.run), host: 'excel' });
  await m.fill({ tables: ['assist_std'], regions: REGIONS, year: 2020 }, 'fail-if-exists');
  const std = (await decoded(fx)).filter((b) => b.sheet === '社会救助标准');
  // the workbook as an older MZ left it: per-cell (format 1) entries
  const v1 = encodeBindingsV1(std);
  await new ExcelWorkbook(fx.run).writeSheets([v1], 'replace');
  expect(rowsOf(fx)[0][2]).toBe('1');

  await m.fill({ tables: ['child'], regions: REGIONS, year: 2020 }, 'fail-if-exists');
  const after = rowsOf(fx);
  expect(after[0][2]).toBe('2');
  for (const r of after.slice(2)) expect(r[0]).toMatch(/^=ROWS\(/);
  // the converted blocks carry the row labels of 社会救助标准 (read from the sheet), so they follow inserted rows
  const converted = after.slice(2).filter((r) => r[1] === '社会救助标准');
  expect(converted.length).toBeGreaterThan(0);
  expect(converted[0][11]).toContain('城市最低生活保障标准');
  const at = Math.min(...std.map((b) => parseA1(b.address)!.row)) + 1;
  fx.insertRows('社会救助标准', at, 2);
  const now = await decoded(fx);
  expect(now.filter((b) => b.sheet === '社会救助标准').map(key).sort()).toEqual(shifted(std, '社会救助标准', at, 2).map(key).sort());

  // replacing 社会救助标准 writes fresh blocks for it and keeps 儿童福利's as they are
  const childRows = rowsOf(fx).slice(2).filter((r) => r[1] === '儿童福利');
  await m.fill({ tables: ['assist_std'], regions: REGIONS, year: 2020 }, 'replace');
  const last = rowsOf(fx).slice(2);
  expect(last.filter((r) => r[1] === '儿童福利')).toEqual(childRows);
  expect(last.filter((r) => r[1] === '社会救助标准').map((r) => r[0])).toEqual([
    "=ROWS('社会救助标准'!$D$6:$H$11)",
    "=ROWS('社会救助标准'!$D$13:$H$15)",
  ]);
  expect((await decoded(fx)).filter((b) => b.sheet === '社会救助标准').map(key).sort()).toEqual(std.map(key).sort());
});
