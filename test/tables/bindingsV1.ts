// The bindings sheet as MZ wrote it before format 2 (one row per cell or per horizontal run, each with a
// reference formula to its first cell): to test that old workbooks are still read.
import { Binding, CellValue, SheetSpec, colName, parseA1 } from '../../src/core/workbook';
import { sheetRef } from '../../src/core/fill';

export function encodeBindingsV1(bindings: Binding[]): SheetSpec {
  const values: CellValue[][] = [
    ['MZ_BINDINGS', '格式版本', 1, '本表记录 MZ 填报的单元格与指标的对应关系,供校验使用,请勿修改。', null, null, null, null, null, null],
    ['引用', '工作表', '地址', '指标ID', '地区', '年份', '分组', '期别', '栏目', '跨列'],
  ];
  const formulas: (string | null)[][] = [new Array(10).fill(null), new Array(10).fill(null)];
  const sheetOrder = new Map<string, number>();
  for (const b of bindings) if (!sheetOrder.has(b.sheet)) sheetOrder.set(b.sheet, sheetOrder.size);
  const sorted = bindings
    .map((b) => ({ b, p: parseA1(b.address)! }))
    .sort((x, y) => sheetOrder.get(x.b.sheet)! - sheetOrder.get(y.b.sheet)! || x.p.row - y.p.row || x.p.col - y.p.col);
  let i = 0;
  while (i < sorted.length) {
    const start = sorted[i];
    let j = i + 1;
    while (
      j < sorted.length &&
      sorted[j].b.sheet === start.b.sheet &&
      sorted[j].p.row === start.p.row &&
      sorted[j].p.col === start.p.col + (j - i) &&
      sorted[j].b.region === start.b.region &&
      sorted[j].b.year === start.b.year &&
      sorted[j].b.period === start.b.period &&
      sorted[j].b.column === start.b.column
    ) {
      j++;
    }
    const n = j - i;
    const b = start.b;
    const run = sorted.slice(i, j).map((x) => x.b);
    values.push(
      n === 1
        ? [null, b.sheet, b.address, b.indicatorId, b.region, b.year, b.breakdown, b.period, b.column, null]
        : [null, b.sheet, b.address, run.map((x) => x.indicatorId).join(';'), b.region, b.year, run.map((x) => x.breakdown).join(';'), b.period, b.column, n],
    );
    formulas.push([sheetRef(b.sheet, `$${colName(start.p.col)}$${start.p.row + 1}`), null, null, null, null, null, null, null, null, null]);
    i = j;
  }
  return { name: '_MZ_BINDINGS', blocks: [{ topLeft: 'A1', values, formulas }], merges: [], colWidths: [], hidden: true };
}
