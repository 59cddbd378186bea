/** @jest-environment jsdom */
import { ExcelWorkbook, excelText, splitBlock } from '../../src/adapters/excel';
import { SheetExistsError, SheetSpec, parseA1 } from '../../src/core/workbook';
import { FakeExcel, WEB_LIMIT } from './fakeExcel';

function spec(name: string, rows: number, cols = 6, extra: Partial<SheetSpec> = {}): SheetSpec {
  const values = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => (c === 0 ? `指标${r}` : r * 10 + c)),
  );
  const formulas = values.map((row, r) => row.map((_, c) => (c === cols - 1 && r > 0 ? `=B${r + 4}+C${r + 4}` : null)));
  const numFmts = values.map((row) => row.map((_, c) => (c === 0 ? null : '0.0')));
  return {
    name,
    blocks: [
      { topLeft: 'A1', values: [['民政统计表', null, null]] },
      { topLeft: 'A4', values, formulas, numFmts },
    ],
    merges: ['A1:C1'],
    colWidths: [20, 8, 8],
    styles: [{ range: 'A1', style: 'title' }],
    ...extra,
  };
}

/** Every cell of every block is stored as the spec says: formula where given, else the value. */
function expectWritten(fx: FakeExcel, s: SheetSpec) {
  for (const b of s.blocks) {
    const tl = parseA1(b.topLeft)!;
    b.values.forEach((row, r) =>
      row.forEach((v, c) => {
        const cell = fx.sheet(s.name)!.get(tl.row + r, tl.col + c);
        const f = b.formulas?.[r]?.[c];
        if (f) expect(cell?.formula).toBe(f.startsWith('=') ? f : '=' + f);
        else if (v === null) expect(cell?.value === '' ? null : cell?.value ?? null).toBeNull(); // Excel reads an empty cell as ""
        else expect(cell?.value).toBe(v);
        const nf = b.numFmts?.[r]?.[c];
        if (nf) expect(cell?.numFmt).toBe(nf);
      }),
    );
  }
}

describe('ExcelWorkbook.writeSheets', () => {
  test('a fill of ten sheets takes 2 syncs, with calculation suspended, and writes the specs exactly', async () => {
    const fx = new FakeExcel(['Sheet1']);
    const wb = new ExcelWorkbook(fx.run);
    const specs = Array.from({ length: 10 }, (_, i) => spec(`表${i + 1}`, 40));
    specs.push({ ...spec('_MZ_BINDINGS', 5), hidden: true });
    await wb.writeSheets(specs, 'fail-if-exists');
    expect(fx.syncs).toBe(2);
    expect(fx.suspendCalls).toBe(1);
    for (const s of specs) expectWritten(fx, s);
    expect(fx.sheet('表3')!.merges).toEqual(['A1:C1']);
    expect(fx.sheet('_MZ_BINDINGS')!.visibility).toBe('Hidden');
    expect(fx.sheet('表1')!.visibility).toBe('Visible');
    expect(fx.sheet('表1')!.styles.some((s) => s.prop === 'font.bold' && s.address === 'A1')).toBe(true);
  });

  test('the sync count does not grow with the number of sheets', async () => {
    const fx = new FakeExcel();
    await new ExcelWorkbook(fx.run).writeSheets(
      Array.from({ length: 60 }, (_, i) => spec(`S${i}`, 200)),
      'fail-if-exists',
    );
    expect(fx.syncs).toBe(2);
  });

  test('an existing sheet is not touched with fail-if-exists', async () => {
    const fx = new FakeExcel(['Sheet1']);
    const wb = new ExcelWorkbook(fx.run);
    await wb.writeSheets([spec('社会救助标准', 3)], 'fail-if-exists');
    fx.sheet('社会救助标准')!.cells.set('20,0', { value: '用户的备注' });
    fx.syncs = 0;
    await expect(wb.writeSheets([spec('新表', 3), spec('社会救助标准', 3)], 'fail-if-exists')).rejects.toBeInstanceOf(
      SheetExistsError,
    );
    expect(fx.syncs).toBe(1);
    expect(fx.sheet('新表')).toBeUndefined();
    expect(fx.sheet('社会救助标准')!.get(20, 0)?.value).toBe('用户的备注');
  });

  test('replace clears and rewrites only the named sheet; other sheets are kept', async () => {
    const fx = new FakeExcel(['我的表']);
    fx.sheet('我的表')!.cells.set('0,0', { value: 42 });
    const wb = new ExcelWorkbook(fx.run);
    await wb.writeSheets([spec('汇总', 10)], 'fail-if-exists');
    fx.sheet('汇总')!.cells.set('99,0', { value: '旧内容' });
    await wb.writeSheets([spec('汇总', 3)], 'replace');
    expect(fx.sheet('汇总')!.get(99, 0)).toBeUndefined();
    expectWritten(fx, spec('汇总', 3));
    expect(fx.sheet('我的表')!.get(0, 0)?.value).toBe(42);
    expect(fx.sheets.map((s) => s.name)).toEqual(['我的表', '汇总']);
  });

  test('text that looks like a formula or a number stays text', async () => {
    const fx = new FakeExcel();
    const s: SheetSpec = {
      name: '_MZ_DATA',
      blocks: [{ topLeft: 'A1', values: [['=HYPERLINK("x")', '2020-03', '+86', 12.5, '济南市']] }],
      merges: [],
      colWidths: [],
    };
    await new ExcelWorkbook(fx.run).writeSheets([s], 'replace');
    expect(fx.cell('_MZ_DATA', 'A1')).toEqual({ value: '=HYPERLINK("x")', numFmt: undefined });
    expect(fx.cell('_MZ_DATA', 'B1')?.value).toBe('2020-03');
    expect(fx.cell('_MZ_DATA', 'C1')?.value).toBe('+86');
    expect(fx.cell('_MZ_DATA', 'D1')?.value).toBe(12.5);
    expect(excelText('济南市')).toBe('济南市');
  });

  test('payloads over the 5 MB limit are split by rows into several syncs, each under the limit', async () => {
    const fx = new FakeExcel();
    const rows = 60000;
    const big: SheetSpec = {
      name: '大表',
      blocks: [
        {
          topLeft: 'B3',
          values: Array.from({ length: rows }, (_, r) => [`第${r}行的一个较长的指标名称文本`, r, r * 1.5, `备注${r}`, 'x'.repeat(40)]),
        },
      ],
      merges: [],
      colWidths: [],
    };
    await new ExcelWorkbook(fx.run).writeSheets([big], 'fail-if-exists');
    expect(fx.requestBytes.reduce((a, b) => a + b, 0)).toBeGreaterThan(WEB_LIMIT);
    expect(Math.max(...fx.requestBytes)).toBeLessThan(WEB_LIMIT);
    expect(fx.syncs).toBeGreaterThan(2);
    expect(fx.cell('大表', 'B3')?.value).toBe('第0行的一个较长的指标名称文本');
    expect(fx.cell('大表', `C${rows + 2}`)?.value).toBe(rows - 1);
    expect(fx.cell('大表', `D${rows + 2}`)?.value).toBe((rows - 1) * 1.5);
  });

  test('splitBlock keeps row order and addresses', () => {
    const b = { topLeft: 'C10', values: Array.from({ length: 100 }, (_, r) => [r, 'abc']) };
    const parts = splitBlock(b, 500);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts[0].topLeft).toBe('C10');
    expect(parts[1].topLeft).toBe(`C${10 + parts[0].values.length}`);
    expect(parts.flatMap((p) => p.values)).toEqual(b.values);
  });
});

describe('ExcelWorkbook.readSheets', () => {
  test('reads every sheet in 2 syncs whatever their number, aligned to A1', async () => {
    const fx = new FakeExcel();
    const wb = new ExcelWorkbook(fx.run);
    const specs = Array.from({ length: 25 }, (_, i) => spec(`表${i}`, 30));
    await wb.writeSheets(specs, 'fail-if-exists');
    fx.syncs = 0;
    const snaps = await wb.readSheets();
    expect(fx.syncs).toBe(2);
    expect(snaps.map((s) => s.name)).toEqual(['Sheet1', ...specs.map((s) => s.name)]);
    const s = snaps[1];
    expect(s.values[0][0]).toBe('民政统计表');
    expect(s.values[3][0]).toBe('指标0');
    expect(s.values[4][1]).toBe(11);
    expect(s.formulas[4][5]).toBe('=B5+C5');
    expect(s.formulas[4][1]).toBeNull();
    expect(s.numFmts![4][1]).toBe('0.0');
    expect(s.values[1]).toEqual([null, null, null, null, null, null]);
    expect(snaps[0]).toEqual({ name: 'Sheet1', values: [], formulas: [], numFmts: [] });
  });

  test('a used range that starts below A1 is padded; unknown names are skipped', async () => {
    const fx = new FakeExcel(['数据']);
    fx.sheet('数据')!.cells.set('2,1', { value: 7 });
    const snaps = await new ExcelWorkbook(fx.run).readSheets(['数据', '没有这张表']);
    expect(snaps).toHaveLength(1);
    expect(snaps[0].values).toEqual([[null, null], [null, null], [null, 7]]);
  });
});

describe('ExcelWorkbook UI affordances', () => {
  test('select activates the sheet and selects the cell in one sync', async () => {
    const fx = new FakeExcel(['A', 'B']);
    await new ExcelWorkbook(fx.run).select('B', 'D5');
    expect(fx.syncs).toBe(1);
    expect(fx.active).toBe('B');
    expect(fx.selected).toEqual({ sheet: 'B', address: 'D5' });
  });

  test('mark adds conditional formats (cell fills untouched) and clearMarks removes only those', async () => {
    const fx = new FakeExcel(['A', 'B']);
    fx.sheet('A')!.cfs.push({ id: 'user', address: 'Z1', color: '#000000' });
    const wb = new ExcelWorkbook(fx.run);
    await wb.mark([
      { sheet: 'A', address: 'D5', severity: 'error' },
      { sheet: 'B', address: 'E6:E7', severity: 'warning' },
    ]);
    expect(fx.syncs).toBe(1);
    expect(fx.sheet('A')!.cfs.map((c) => [c.address, c.color])).toEqual([['Z1', '#000000'], ['D5', '#FFC7CE']]);
    expect(fx.sheet('B')!.cfs[0]).toMatchObject({ address: 'E6:E7', color: '#FFEB9C', formula: '=TRUE' });
    expect(fx.sheet('A')!.styles).toEqual([]);
    await wb.clearMarks();
    expect(fx.syncs).toBe(2);
    expect(fx.sheet('A')!.cfs.map((c) => c.id)).toEqual(['user']);
    expect(fx.sheet('B')!.cfs).toEqual([]);
  });

  test('clearMarks still removes the rest when the user deleted a marked format', async () => {
    const fx = new FakeExcel(['A']);
    const wb = new ExcelWorkbook(fx.run);
    await wb.mark([
      { sheet: 'A', address: 'D5', severity: 'error' },
      { sheet: 'A', address: 'D6', severity: 'error' },
    ]);
    fx.sheet('A')!.cfs.shift();
    await wb.clearMarks();
    expect(fx.sheet('A')!.cfs).toEqual([]);
  });

  test('insertFormulaAtSelection writes into the active cell', async () => {
    const fx = new FakeExcel(['A']);
    fx.activeCell = { sheet: 'A', address: 'C3' };
    const addr = await new ExcelWorkbook(fx.run).insertFormulaAtSelection('=MZ.STANDARD("济南市","城市低保标准",2020)');
    expect(addr).toBe('A!C3');
    expect(fx.cell('A', 'C3')?.formula).toBe('=MZ.STANDARD("济南市","城市低保标准",2020)');
  });
});

describe('ExcelWorkbook driven by the task pane model (real fill engine and rules)', () => {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { model } = require('./fixtures') as typeof import('./fixtures');

  test('a fill of all tables for one region takes 3 syncs; a check reads in 2', async () => {
    const fx = new FakeExcel(['Sheet1']);
    const m = model({ adapter: new ExcelWorkbook(fx.run), host: 'excel' });
    const tables = m.core.tables();
    await m.fill({ tables: tables.map((t) => t.id), regions: ['济南市'], year: 2020 }, 'fail-if-exists');
    expect(fx.syncs).toBe(3);
    for (const t of tables) expect(fx.sheet(t.name)).toBeDefined();
    expect(fx.sheet('_MZ_BINDINGS')!.visibility).toBe('Hidden');
    // the values written are the fill engine's SheetSpecs, cell for cell
    const specs = m.core.fill({ engine: m.engine, regions: ['济南市'], year: 2020, tables: tables.map((t) => t.id) }).sheets;
    for (const s of specs) expectWritten(fx, s);

    fx.syncs = 0;
    const result = await m.check();
    expect(fx.syncs).toBe(2);
    expect(result.noBindings).toBe(false);
    // P01W (山东 sets no k: a warning): 特困 1000 < 1.3 × 低保 821, at the 特困 cell of 社会救助标准
    const p01 = result.findings.find((f) => f.ruleId === 'P01W');
    expect(p01?.cells[0].sheet).toBe('社会救助标准');

    // a second fill of the same tables asks first (1 sync, nothing written) …
    fx.syncs = 0;
    await expect(m.fill({ tables: ['社会救助标准'], regions: ['济南市'], year: 2020 }, 'fail-if-exists')).rejects.toBeInstanceOf(
      SheetExistsError,
    );
    expect(fx.syncs).toBe(1);
    // … and replacing also takes 3 syncs
    fx.syncs = 0;
    await m.fill({ tables: tables.map((t) => t.id), regions: ['济南市'], year: 2020 }, 'replace');
    expect(fx.syncs).toBe(3);
  });

  test('user data goes to the hidden _MZ_DATA sheet and to the functions of the same workbook; the recalculation that follows sees it', async () => {
    const fx = new FakeExcel(['Sheet1']);
    // the custom-functions runtime's error class (office.js defines it in Excel)
    (globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = {
      Error: class {
        constructor(
          readonly code: string,
          readonly message: string,
        ) {}
      },
      ErrorCode: { notAvailable: '#N/A', invalidValue: '#VALUE!' },
    };
    const { AppModel } = await import('../../src/taskpane/app/model');
    const { createCore } = await import('../../src/taskpane/app/core');
    const { excelHooks } = await import('../../src/taskpane/app/excelHost');
    const { DATASET } = await import('./fixtures');
    const fns = await import('../../src/functions/functions');
    const { resetUserDataState } = await import('../../src/functions/userData');
    resetUserDataState();
    fns.setUserRecords([]);
    const make = () =>
      new AppModel({
        host: 'excel',
        core: createCore(),
        bundledCsv: DATASET,
        adapter: new ExcelWorkbook(fx.run),
        ...excelHooks(fx.run, fns),
      });
    // what a full recalculation computes for a formula over the imported figure
    const seen: Promise<unknown>[] = [];
    fx.onCalculate = () => seen.push(fns.value('济南', '城市低保标准', 2021).catch((e) => e));
    const m = make();
    const preview = m.previewCsv('mine.csv', new TextEncoder().encode('region,year,indicator,value,unit,quote\n济南,2021,城市低保标准,870,元/月,=HYPERLINK("x")\n'));
    expect(preview.problems).toEqual([]);
    await m.importPreview(preview);
    expect(fx.sheet('_MZ_DATA')!.visibility).toBe('Hidden');
    expect(fx.cell('_MZ_DATA', 'A2')?.value).toBe('济南');
    expect(fx.cell('_MZ_DATA', 'L2')?.value).toBe('=HYPERLINK("x")'); // text, not a formula
    expect(fx.cell('_MZ_DATA', 'L2')?.formula).toBeUndefined();
    expect(m.engine.value('济南市', '城市低保标准', 2021)).toMatchObject({ ok: true, value: 870, fromUser: true });
    // the import asked Excel for a full recalculation, and that recalculation saw the new figure
    expect(fx.calculations).toEqual(['Full']);
    expect(await Promise.all(seen)).toEqual([870]);
    // removing the records recalculates again: the formula is back to "no data"
    await m.removeUserRecords();
    expect(fx.calculations).toEqual(['Full', 'Full']);
    expect(((await seen[1]) as { code?: string }).code).toBe('#N/A');
    // a fresh pane on the same workbook (e.g. a colleague's PC) reads the data back from the workbook
    await m.importPreview(preview);
    fns.setUserRecords([]);
    const again = make();
    await again.loadUserData();
    expect(again.engine.value('济南市', '城市低保标准', 2021)).toMatchObject({ ok: true, value: 870 });
    expect(await fns.value('济南', '城市低保标准', 2021)).toBe(870);
  });
});
