// mz check end to end on files: exit codes, several files, --json, --report-sheet, --rules, unbound workbooks.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { run as main } from '../../src/cli/main';
import { Io } from '../../src/cli/io';
import { buildDataset } from '../../src/core/extract/build';
import { formatDatasetCsv } from '../../src/core/datasetCsv';
import { MzEngine } from '../../src/core/engine';
import { loadCatalogue } from '../../src/core/catalogue';
import { fillTables } from '../../src/core/fill';
import { loadTemplates } from '../../src/core/tables';
import { encodeBindings } from '../../src/core/bindings';
import { XlsxWorkbook } from '../../src/adapters/xlsx';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mz-check-'));
const records = buildDataset(path.join(__dirname, '../../seeds')).records;
const dataCsv = path.join(dir, 'seeds.csv');
fs.writeFileSync(dataCsv, formatDatasetCsv(records));
const engine = new MzEngine(loadCatalogue(), records);

async function mz(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { out: (t) => void (out += t), err: (t) => void (err += t), cwd: dir };
  const code = await main(argv, io);
  return { code, out, err };
}

async function fillFile(name: string, region: string, year: number, edit?: (wb: XlsxWorkbook) => Promise<void>): Promise<string> {
  const fr = fillTables({ templates: loadTemplates(), engine, regions: [region], year });
  const created = XlsxWorkbook.create();
  await created.writeSheets([...fr.sheets, encodeBindings(fr.bindings)], 'fail-if-exists');
  const wb = await XlsxWorkbook.load(await created.toBuffer());
  if (edit) {
    const b = fr.bindings.find((x) => x.column === 'current' && x.sheet === '社会救助标准' && x.indicatorId === 'tekun_std_urban')!;
    await edit(wb);
    (await wb.exceljs()).getWorksheet(b.sheet)!.getCell(b.address).value = 1000; // 1000 < 1.3 × 821
  }
  const p = path.join(dir, name);
  // the user's edits of the exceljs model, saved as another program would
  fs.writeFileSync(p, new Uint8Array((await (await wb.exceljs()).xlsx.writeBuffer()) as ArrayBuffer));
  return p;
}

let clean: string;
let bad: string;
beforeAll(async () => {
  clean = await fillFile('jinan.xlsx', '济南市', 2020);
  bad = await fillFile('jinan-bad.xlsx', '济南市', 2020, async (wb) => {
    const ws = (await wb.exceljs()).addWorksheet('我的备注');
    ws.getCell('A1').value = '自己的内容';
  });
});

test('clean workbook: exit 0, one summary line', async () => {
  const r = await mz(['check', 'jinan.xlsx', '--data', dataCsv]);
  expect(r.code).toBe(0);
  expect(r.out.split('\n')[0]).toMatch(/^jinan\.xlsx:错误 0,警告 \d+,跳过 \d+$/);
});

// 山东 sets no k in the bundled rules (P01W only warns there): the user sets it, as a province would
const K = ['--k', '山东省=1.3'];

test('without a k for 山东 the same 特困 standard is a P01W warning, not a P01 error', async () => {
  const r = await mz(['check', 'jinan-bad.xlsx', '--data', dataCsv]);
  expect(r.out).not.toMatch(/ P01 /);
  expect(r.out).toMatch(/D\d+ P01W 济南市 2020年 .*1000 元\/人·月 < 1\.3 × 城市低保标准 821 = 1067\.3/);
});

test('an error finding: exit 1, names the rule, the cell and the coefficient', async () => {
  const r = await mz(['check', 'jinan-bad.xlsx', '--data', dataCsv, ...K]);
  expect(r.code).toBe(1);
  expect(r.out).toMatch(/^jinan-bad\.xlsx:错误 [1-9]/);
  expect(r.out).toContain('[错误(强制性)]');
  expect(r.out).toMatch(/D\d+ P01 济南市 2020年 城市特困人员基本生活标准应不低于城市低保标准的 1\.3 倍:城市特困人员基本生活标准 1000 元\/人·月 < 1\.3 × 城市低保标准 821 = 1067\.3 元\/人·月\(山东省系数 1\.3\)/);
});

test('unreadable files: exit 2 with the reason; one summary line per file', async () => {
  fs.writeFileSync(path.join(dir, 'data.csv'), 'a,b\n1,2\n');
  fs.writeFileSync(path.join(dir, 'broken.xlsx'), Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(200, 7)]));
  fs.writeFileSync(path.join(dir, 'old.xlsx'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
  const r = await mz(['check', 'jinan.xlsx', 'missing.xlsx', 'data.csv', 'broken.xlsx', 'old.xlsx', '--data', dataCsv]);
  expect(r.code).toBe(2);
  const lines = r.out.split('\n');
  expect(lines[0]).toMatch(/^jinan\.xlsx:错误 0/);
  expect(lines[1]).toBe('missing.xlsx:无法读取 — 文件不存在:missing.xlsx');
  expect(lines[2]).toContain('data.csv:无法读取 — “data.csv”不是 xlsx 文件');
  expect(lines[3]).toContain('broken.xlsx:无法读取 — 无法读取工作簿“broken.xlsx”:文件已损坏');
  expect(lines[4]).toContain('.xls');
  expect(r.err).toContain('文件不存在');
});

test('--json: one object per file with counts and findings', async () => {
  const r = await mz(['check', 'jinan.xlsx', 'jinan-bad.xlsx', '--json', '--data', dataCsv, ...K]);
  expect(r.code).toBe(1);
  const arr = JSON.parse(r.out);
  expect(arr.map((x: { file: string; errors: number }) => [x.file, x.errors > 0])).toEqual([
    ['jinan.xlsx', false],
    ['jinan-bad.xlsx', true],
  ]);
  const f = arr[1].findings.find((x: { ruleId: string }) => x.ruleId === 'P01');
  expect(f).toMatchObject({ severity: 'error', scope: '政策', expected: '≥ 1067.3 元/人·月', actual: '1000 元/人·月' });
  expect(f.cells[0].sheet).toBe('社会救助标准');
});

test('--report-sheet writes 校验报告, replaces an older one, keeps everything else', async () => {
  const p = path.join(dir, 'report.xlsx');
  fs.copyFileSync(bad, p);
  expect((await mz(['check', 'report.xlsx', '--report-sheet', '--data', dataCsv, ...K])).code).toBe(1);
  const r2 = await mz(['check', 'report.xlsx', '--report-sheet', '--data', dataCsv, ...K]);
  expect(r2.code).toBe(1);
  expect(r2.out).toContain('已写入“校验报告”');
  const wb = await XlsxWorkbook.load(p);
  const names = await wb.sheetNames();
  expect(names.filter((n) => n === '校验报告')).toHaveLength(1);
  expect(names).toEqual(expect.arrayContaining(['我的备注', '社会救助标准', '_MZ_BINDINGS']));
  const [rep] = await wb.readSheets(['校验报告']);
  expect(rep.values[3]).toEqual(['序号', '级别', '规则', '工作表', '单元格', '说明', '应为', '实际']);
  expect(rep.values.some((row) => String(row[2]).startsWith('P01') && row[1] === '错误')).toBe(true);
  const [mine] = await wb.readSheets(['我的备注']);
  expect(mine.values[0][0]).toBe('自己的内容');
});

test('--rules adds a user rule; a malformed one is refused with its position (exit 2)', async () => {
  fs.writeFileSync(
    path.join(dir, 'mine.json'),
    JSON.stringify([{ id: 'U1', name: '城市低保不低于 900', severity: 'warning', expr: '[dibao_std_urban] >= 900', message: '城市低保标准偏低' }]),
  );
  const r = await mz(['check', 'jinan.xlsx', '--rules', 'mine.json', '--data', dataCsv]);
  expect(r.code).toBe(0); // a warning only
  expect(r.out).toContain('U1 济南市 2020年 城市低保标准偏低:城市低保标准 821 元/人·月 < 900');
  fs.writeFileSync(path.join(dir, 'broken.json'), JSON.stringify([{ id: 'U2', severity: 'error', expr: '[D7] == [D8] + ' }]));
  const r2 = await mz(['check', 'jinan.xlsx', '--rules', 'broken.json']);
  expect(r2.code).toBe(2);
  expect(r2.err).toContain('规则 U2:规则表达式有误(第 16 个字符处)');
});

test('a workbook we did not fill: says so and runs the rules that need no bindings', async () => {
  const wb = XlsxWorkbook.create();
  await wb.writeSheets(
    [
      {
        name: '我的表',
        blocks: [{ topLeft: 'A1', values: [['指标名称', '计量单位', '本期'], ['低保资金', '万元', 123.45], ['低保人数', '人', 100.5], ['孤儿人数', '人', null], ['农村低保标准', '元/人·年', 614]] }],
        merges: [],
        colWidths: [],
      },
    ],
    'fail-if-exists',
  );
  await wb.save(path.join(dir, 'user.xlsx'));
  const r = await mz(['check', 'user.xlsx', '--json', '--data', dataCsv]);
  expect(r.code).toBe(1); // 100.5 人 is not an integer
  const j = JSON.parse(r.out);
  expect(j.noBindings).toBe(true);
  const at = (id: string) => j.findings.filter((f: { ruleId: string }) => f.ruleId === id).map((f: { cells: { address: string }[] }) => f.cells[0].address);
  expect(at('U01')).toEqual(['C2']);
  expect(at('U02')).toEqual(['C3']);
  expect(at('E01')).toEqual(['C4']);
  expect(at('U04')).toEqual(['C5']);
  const t = await mz(['check', 'user.xlsx', '--data', dataCsv]);
  expect(t.out).toContain('没有 MZ 绑定信息');
});
