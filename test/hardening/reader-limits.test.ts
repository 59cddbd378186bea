// The lean reader's limits and its linear-time paths, in process: what it reads from the corpus's legal
// files, the sparse shape of a huge used range, merges against exceljs, shared formulas against
// exceljs' regular expression, and the zip limits enforced while inflating.
import * as zlib from 'zlib';
import { XlsxWorkbook } from '../../src/adapters/xlsx';
import { readViaExceljs } from '../rules/exceljsReference';
import { READ_LIMITS, XlsxReadError, readXlsxSheets, slideFormula } from '../../src/adapters/xlsxReader';
import { InflateBudget, ZIP_LIMITS, ZipError, entryBytes, readZip } from '../../src/adapters/zip';
import { CORPUS, repeatedDeflate, sheetXml, xlsx, zip } from './corpus';

const built = (name: string) => CORPUS.find((c) => c.name === name)!.build();

describe('legal but unusual cells', () => {
  test("entity names are not Object.prototype's; t=\"d\" dates are dates, not their year", async () => {
    const [s] = await readXlsxSheets(built('entities.xlsx'));
    expect(s.values[0]).toEqual([
      '&constructor;',
      '&toString;&hasOwnProperty;&#99999999;\u{1F600}&',
      '&valueOf;&__proto__;',
      '&constructor;',
      '2020-05-01T00:00:00.000Z',
      '2021-03-04T00:00:00.000Z',
    ]);
  });

  test('a date-formatted number beyond any date stays a number; a t="d" text that is no date stays text', async () => {
    const [s] = await readXlsxSheets(built('date-overflow.xlsx'));
    expect(s.values[0]).toEqual([1e300, '2020-01-01T00:00:00.000Z', '不是日期']);
  });

  test('unclosed tags end the text; they never send the scan back (no endless loop)', async () => {
    const [s] = await readXlsxSheets(built('unclosed-tags.xlsx'));
    expect(s.values[0]).toEqual(['一', '未闭合']);
  });

  test('a used range of A1:XFD1048576 with two cells: rows by cells present, the corners read', async () => {
    const [s] = await readXlsxSheets(built('dimension-corners.xlsx'));
    expect(s.values.length).toBe(1048576);
    expect(s.values[0][0]).toBe(1);
    expect(s.values[1048575][16383]).toBe(2);
    expect(s.values[1048575].length).toBe(16384);
    // an empty row holds nothing (one shared, frozen empty row): a missing cell reads undefined
    expect(s.values[5]).toEqual([]);
    expect(s.values[5]).toBe(s.values[6]);
    expect(s.formulas[1048575][16383]).toBeNull();
  });

  test('a large used range switches to rows by cells present; the cells are the same as in the full grid', async () => {
    const body = Array.from({ length: 40 }, (_, r) => `<row r="${r + 1}"><c r="A${r + 1}"><v>${r}</v></c>${r === 19 || r === 29 ? `<c r="J${r + 1}"><v>9</v></c>` : ''}</row>`).join('');
    const buf = xlsx({ sheets: [{ name: 'S', xml: sheetXml(body) }] });
    const [dense] = await readXlsxSheets(buf);
    const [sparse] = await readXlsxSheets(buf, undefined, { ...READ_LIMITS, denseCells: 100 });
    expect(dense.values.every((row) => row.length === 10)).toBe(true);
    // rows are as long as their cells (rows after a wide one are allocated at its width)
    expect(sparse.values[0].length).toBe(1);
    expect(sparse.values[19].length).toBe(10);
    for (let r = 0; r < 40; r++) for (let c = 0; c < 10; c++) expect(sparse.values[r][c] ?? null).toBe(dense.values[r][c]);
  });

  test('the workbook-wide slot budget refuses a sheet whose cells are spread too widely', async () => {
    const body = Array.from({ length: 50 }, (_, r) => `<row r="${r + 1}"><c r="XFD${r + 1}"><v>1</v></c></row>`).join('');
    const buf = xlsx({ sheets: [{ name: '宽表', xml: sheetXml(body) }] });
    const err = await readXlsxSheets(buf, undefined, { ...READ_LIMITS, slots: 100_000 }).catch((e) => e);
    expect(err).toBeInstanceOf(XlsxReadError);
    expect(err.kind).toBe('limit');
    expect(err.message).toMatch(/工作表“宽表”单元格 XFD\d+ 处超出读取上限:整个工作簿最多读取 10 万个单元格位置/);
  });
});

describe('merges: a sweep over the cells present gives what exceljs gives', () => {
  // a small random generator with a fixed seed
  let seed = 7;
  const rnd = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };

  test.each([1, 2, 3, 4, 5, 6])('random sheet %i: cells, non-overlapping merges, one-cell merges', async () => {
    const cells = new Map<string, number>();
    for (let k = 0; k < 60; k++) cells.set(`${rnd(20) + 1},${rnd(8) + 1}`, rnd(100));
    // merges on a coarse 4×3 lattice never overlap
    const merges: string[] = [];
    const col = (c: number) => String.fromCharCode(64 + c);
    for (let r = 1; r <= 24; r += 4) {
      for (let c = 1; c <= 9; c += 3) {
        if (rnd(3) === 0) continue;
        const h = rnd(4);
        const w = rnd(3);
        merges.push(`${col(c)}${r}:${col(c + w)}${r + h}`);
      }
    }
    const rows = new Map<number, string[]>();
    for (const [k, v] of [...cells].sort((a, b) => Number(a[0].split(',')[0]) - Number(b[0].split(',')[0]) || Number(a[0].split(',')[1]) - Number(b[0].split(',')[1]))) {
      const [r, c] = k.split(',').map(Number);
      if (!rows.has(r)) rows.set(r, []);
      rows.get(r)!.push(`<c r="${col(c)}${r}"><v>${v}</v></c>`);
    }
    const body = [...rows].map(([r, cs]) => `<row r="${r}">${cs.join('')}</row>`).join('');
    const buf = xlsx({ sheets: [{ name: 'M', xml: sheetXml(body, `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`) }] });
    const mine = await readXlsxSheets(buf);
    const theirs = await readViaExceljs(buf);
    expect(mine).toEqual(theirs);
  });

  test('20,000 merges over the whole grid, overlapping: the top-left cell stays, the others empty', async () => {
    const [s] = await readXlsxSheets(built('merge-20k-same.xlsx'));
    expect(s.values[0][0]).toBe(1);
    expect(s.values[0][1] ?? null).toBeNull();
    expect(s.values.length).toBe(1048576);
  });
});

describe('shared formulas', () => {
  // exceljs' slideFormula, as a regular expression (quadratic on long runs)
  const colIndex = (s: string) => [...s.toUpperCase()].reduce((c, ch) => c * 26 + ch.charCodeAt(0) - 64, 0);
  const colLetters = (n: number): string => (n > 0 ? colLetters(Math.floor((n - 1) / 26)) + String.fromCharCode(65 + ((n - 1) % 26)) : '');
  const viaRegex = (formula: string, from: { row: number; col: number }, to: { row: number; col: number }) =>
    formula.replace(/(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi, (ref, sheet: string | undefined, _s, addr: string, paren: string | undefined) => {
      if (paren) return ref;
      const m = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i.exec(addr);
      if (!m) return ref;
      const colStr = m[2].toUpperCase();
      if (colStr.length > 3 || (colStr.length === 3 && colStr > 'XFD')) return ref;
      let c = colIndex(colStr);
      let r = parseInt(m[4], 10);
      if (!m[1]) c += to.col - from.col;
      if (!m[3]) r += to.row - from.row;
      return (sheet || '') + (m[1] || '') + colLetters(c) + (m[3] || '') + r;
    });

  test('the one-pass tokenizer moves exactly what the regular expression moves', () => {
    const alphabet = ['A', 'B', 'x', 'Z', '1', '2', '0', '9', '$', '!', '-', '_', '(', ')', '+', ',', ' ', ':', '"', "'", '.'];
    let seed = 11;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    for (let t = 0; t < 20000; t++) {
      let f = '';
      for (let i = rnd(24) + 1; i > 0; i--) f += alphabet[rnd(alphabet.length)];
      const from = { row: 3, col: 2 };
      const to = { row: 3 + rnd(4), col: 2 + rnd(4) };
      expect([f, slideFormula(f, from, to)]).toEqual([f, viaRegex(f, from, to)]);
    }
    for (const f of ["SUM(A1:B2)*Sheet1!C3+'my sheet'!$D$4+E$5+$F6", 'IF(XFD1>0,AB12,"A1")', 'data-2!A1+LOG10(A1)']) {
      expect(slideFormula(f, { row: 1, col: 1 }, { row: 4, col: 2 })).toBe(viaRegex(f, { row: 1, col: 1 }, { row: 4, col: 2 }));
    }
  });

  test('a legal 8,000-character shared formula over 3,000 cells is moved to each', async () => {
    const [s] = await readXlsxSheets(built('shared-formula-8k.xlsx'));
    expect(s.formulas[0][0]).toBe('=' + '-'.repeat(8000) + 'B1');
    expect(s.formulas[2999][0]).toBe('=' + '-'.repeat(8000) + 'B3000');
  });
});

describe('zip limits, enforced while inflating', () => {
  const MB = 1024 * 1024;
  const spaces = (mb: number) => repeatedDeflate(Buffer.from('<a>'), Buffer.alloc(MB, 0x20), mb, Buffer.from('</a>'));

  test('the repeated deflate stream of the corpus is a valid stream of what it says', () => {
    const s = repeatedDeflate(Buffer.from('head'), Buffer.from('chunk-'), 3, Buffer.from('tail'));
    expect(zlib.inflateRawSync(s.raw).toString()).toBe('headchunk-chunk-chunk-tail');
    expect(s.size).toBe(26);
  });

  test('a part that declares more than its limit is refused before inflating; one that lies is stopped at its declared size', async () => {
    const s = spaces(64);
    const honest = readZip(zip([{ name: 'big.xml', raw: s.raw, size: s.size }]))[0];
    const budget = new InflateBudget(s.raw.length);
    const e1 = await entryBytes(honest, budget).catch((e) => e);
    expect(e1).toBeInstanceOf(ZipError);
    expect(e1.kind).toBe('limit');
    expect(e1.message).toMatch(/部件 big\.xml 解压后应有 64\.0 MB,超过单个部件的上限 [\d.]+ MB.*zip 炸弹/);
    expect(budget.used).toBe(0);
    const liar = readZip(zip([{ name: 'lie.xml', raw: s.raw, size: 5000 }]))[0];
    const e2 = await entryBytes(liar, new InflateBudget(s.raw.length)).catch((e) => e);
    expect(e2.message).toMatch(/部件 lie\.xml 解压后超过其声明的大小/);
  });

  test('the total over all parts is capped by the file size (ratio) and an absolute cap', async () => {
    const s = spaces(6);
    const entries = readZip(zip(Array.from({ length: 8 }, (_, i) => ({ name: `p${i}.xml`, raw: s.raw, size: s.size }))));
    const budget = new InflateBudget(8 * s.raw.length);
    expect(budget.total).toBe(ZIP_LIMITS.totalFloor);
    let read = 0;
    const err = await (async () => {
      for (const e of entries) {
        await entryBytes(e, budget);
        read++;
      }
    })().catch((e) => e);
    expect(read).toBe(5); // 5 × 6 MB within 32 MB, the 6th beyond
    expect(err.message).toMatch(/部件 p5\.xml 解压后应有 6\.0 MB,整个文件解压后的总量超过上限 32\.0 MB/);
    expect(new InflateBudget(10 * 1024 * MB).total).toBe(ZIP_LIMITS.totalMax);
  });

  test('without a native inflater (an old browser): JSZip, with the limits checked chunk by chunk', async () => {
    const proc = process as unknown as { getBuiltinModule: (m: string) => unknown };
    const g = globalThis as { DecompressionStream?: unknown };
    const saved = { get: proc.getBuiltinModule, ds: g.DecompressionStream };
    proc.getBuiltinModule = (m: string) => (m === 'zlib' ? undefined : saved.get.call(process, m));
    delete g.DecompressionStream;
    try {
      const ok = xlsx({ sheets: [{ name: 'S', xml: sheetXml('<row r="1"><c r="A1"><v>7</v></c></row>') }] });
      expect((await readXlsxSheets(ok))[0].values).toEqual([[7]]);
      const s = spaces(64);
      const lie = xlsx({ sheets: [{ name: 'S', raw: s.raw, size: 1000 }] });
      const err = await readXlsxSheets(lie).catch((e) => e);
      expect(err).toBeInstanceOf(XlsxReadError);
      expect(err.message).toMatch(/工作表“S”的.*sheet1\.xml 解压后超过其声明的大小/);
    } finally {
      proc.getBuiltinModule = saved.get;
      if (saved.ds) g.DecompressionStream = saved.ds;
    }
  });
});

describe("the standalone page's loader (XlsxWorkbook.load: the lean reader, one pass)", () => {
  test('refuses bombs in the sheets and references beyond the grid', async () => {
    await expect(XlsxWorkbook.load(built('bomb-1g.xlsx'), '上传.xlsx')).rejects.toThrow(/无法读取工作簿“上传.xlsx”:超出读取上限,未读取。.*sheet1\.xml.*zip 炸弹/);
    await expect(XlsxWorkbook.load(built('ref-ZZZZZZ1.xlsx'), '上传.xlsx')).rejects.toThrow(/超出读取上限,未读取。工作表“数据”的单元格 ZZZZZZ1/);
  });

  test('a bomb in a part it never reads (an image) stays compressed: the sheets load, and the download copies the part as it was', async () => {
    const s = repeatedDeflate(Buffer.alloc(0), Buffer.alloc(1024 * 1024), 512, Buffer.alloc(0));
    const ok = xlsx({ sheets: [{ name: 'S', xml: sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>') }] });
    const withImage = zip([...readZip(ok).map((e) => ({ name: e.name, raw: Buffer.from(e.raw), size: e.size })), { name: 'xl/media/image1.png', raw: s.raw, size: s.size }]);
    const wb = await XlsxWorkbook.load(withImage, '图.xlsx');
    expect(await wb.sheetNames()).toEqual(['S']);
    expect((await wb.readSheets())[0].values).toEqual([[1]]);
    await wb.writeSheets([{ name: '新表', blocks: [{ topLeft: 'A1', values: [['x']] }], merges: [], colWidths: [] }], 'fail-if-exists');
    const img = readZip(await wb.toBuffer()).find((e) => e.name === 'xl/media/image1.png')!;
    expect(Buffer.from(img.raw).equals(s.raw)).toBe(true);
  });
});

