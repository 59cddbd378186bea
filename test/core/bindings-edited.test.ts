// The hidden bindings sheet edited by hand into something huge: decoding stays bounded and keeps the
// entries it can trust.
import { decodeBindings, encodeBindings } from '../../src/core/bindings';
import { Binding, SheetSnapshot } from '../../src/core/workbook';

const b = (address: string, indicatorId: string): Binding => ({
  sheet: '数据', address, indicatorId, region: '济南市', year: 2020, breakdown: '', period: '全年', column: 'current',
});

function snapshotOf(bindings: Binding[]): SheetSnapshot {
  const spec = encodeBindings(bindings);
  const blk = spec.blocks[0];
  return { name: spec.name, values: blk.values.map((r) => r.slice()), formulas: (blk.formulas ?? blk.values.map((r) => r.map(() => null))).map((r) => r.slice()) };
}

test('format 2: an entry whose range was edited to the whole grid is dropped, the others are kept', () => {
  const snap = snapshotOf([b('B3', 'dibao_std_urban'), b('B3', 'dibao_std_urban'), b('D9', 'dibao_persons')]);
  expect(decodeBindings(snap).map((x) => x.address)).toEqual(['B3', 'D9']);
  const rowOf = snap.values.findIndex((r) => r[2] === 'B3:B3');
  expect(rowOf).toBeGreaterThan(1);
  snap.values[rowOf][2] = 'A1:XFD1048576';
  snap.values[rowOf][3] = JSON.stringify(Array.from({ length: 16384 }, (_, i) => i));
  snap.formulas[rowOf][0] = "ROWS('数据'!$A$1:$XFD$1048576)";
  const got = decodeBindings(snap);
  expect(got.map((x) => x.address)).toEqual(['D9']);
});

test('format 1: a 跨列 of 10^12 ends at the id list (and at Excel\'s last column)', () => {
  const v1: SheetSnapshot = {
    name: '_MZ_BINDINGS',
    values: [
      ['MZ_BINDINGS'],
      [],
      [1, '数据', 'B2', 'dibao_std_urban;dibao_std_rural', '济南市', 2020, ';', '全年', 'current', 1e12],
      [1, '数据', 'XFC2', 'a;b;c', '济南市', 2020, ';;', '全年', 'current', 3],
    ],
    formulas: [[null], [null], [null], [null]],
  };
  const got = decodeBindings(v1);
  expect(got.map((x) => `${x.address}=${x.indicatorId}`)).toEqual(['B2=dibao_std_urban', 'C2=dibao_std_rural', 'XFC2=a', 'XFD2=b']);
});
