// mz check … --summary: one row per file (region, period, counts, accepted warnings with their 说明,
// status), in CSV, JSON and xlsx; one unreadable file never stops the batch; worker threads when compiled.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
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
import { acceptWarning, checkWorkbook } from '../../src/core/rules';

const root = path.join(__dirname, '..', '..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mz-batch-'));
const inbox = path.join(dir, 'inbox');
fs.mkdirSync(inbox);
const records = buildDataset(path.join(root, 'seeds')).records;
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

/** A filled workbook; `bad` plants 城市特困标准 1000 < 1.3 × 821; `accept` accepts the first warning with a 说明. */
async function filled(name: string, region: string, year: number, opts: { bad?: boolean; accept?: string } = {}): Promise<void> {
  const fr = fillTables({ templates: loadTemplates(), engine, regions: [region], year });
  const created = XlsxWorkbook.create();
  await created.writeSheets([...fr.sheets, encodeBindings(fr.bindings)], 'fail-if-exists');
  const wb = await XlsxWorkbook.load(await created.toBuffer());
  if (opts.bad) {
    const b = fr.bindings.find((x) => x.column === 'current' && x.indicatorId === 'tekun_std_urban')!;
    (await wb.exceljs()).getWorksheet(b.sheet)!.getCell(b.address).value = 1000;
  }
  if (opts.accept) {
    const result = checkWorkbook(await wb.readSheets(), { engine });
    const w = result.findings.find((f) => f.severity === 'warning' && f.cells.length)!;
    await wb.writeSheets([acceptWarning(null, { ruleId: w.ruleId, sheet: w.cells[0].sheet, address: w.cells[0].address, note: opts.accept })], 'replace');
  }
  // the accepted warning is written through MZ (package level); the planted value as another program saves it
  const bytes = opts.accept ? await wb.toBuffer() : await (await wb.exceljs()).xlsx.writeBuffer();
  fs.writeFileSync(path.join(inbox, name), new Uint8Array(bytes as ArrayBuffer));
}

beforeAll(async () => {
  await filled('济南市.xlsx', '济南市', 2020, { accept: '经核实,台账数字无误' });
  await filled('淄博市.xlsx', '淄博市', 2020, { bad: true });
  fs.writeFileSync(path.join(inbox, '损坏.xlsx'), Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(300, 9)]));
  fs.writeFileSync(path.join(inbox, '~$济南市.xlsx'), 'lock file of an open workbook');
  fs.writeFileSync(path.join(inbox, '说明.txt'), 'not a workbook');
}, 120000);

const csvRows = (file: string): string[][] =>
  Papa.parse<string[]>(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '').trim(), { delimiter: ',' }).data;

test('a folder: one row per workbook; a broken file is 无法读取 and the batch goes on; exit 2 when a file cannot be read', async () => {
  const r = await mz(['check', 'inbox', '--summary', '汇总审核.csv', '--data', dataCsv]);
  expect(r.code).toBe(2);
  expect(r.out).toMatch(/^已审核 3 个文件.*可上报 1,需修改 1,无法读取 1。汇总已写入 汇总审核\.csv\n$/);
  expect(r.err).toBe(''); // no progress line outside a terminal
  const rows = csvRows(path.join(dir, '汇总审核.csv'));
  expect(rows[0]).toEqual(['文件', '地区', '报告期', '错误', '警告', '已说明的警告', '说明', '跳过', '状态', '原因']);
  const byFile = Object.fromEntries(rows.slice(1).map((x) => [x[0], x]));
  expect(Object.keys(byFile).sort()).toEqual(['inbox/济南市.xlsx', 'inbox/淄博市.xlsx', 'inbox/损坏.xlsx'].sort());
  const jn = byFile['inbox/济南市.xlsx'];
  expect(jn.slice(1, 4)).toEqual(['济南市', '2020年', '0']);
  expect(jn[5]).toBe('1');
  expect(jn[6]).toMatch(/^[A-Z]\d+ .+![A-Z]+\d+:经核实,台账数字无误$/);
  expect(jn[8]).toBe('可上报');
  const zb = byFile['inbox/淄博市.xlsx'];
  expect(Number(zb[3])).toBeGreaterThan(0);
  expect(zb[8]).toBe('需修改');
  expect(byFile['inbox/损坏.xlsx'][8]).toBe('无法读取');
  expect(byFile['inbox/损坏.xlsx'][9]).toContain('文件已损坏');
});

test('JSON and xlsx summaries hold the same rows', async () => {
  await mz(['check', 'inbox', '--summary', 's.json', '--data', dataCsv]);
  const json = JSON.parse(fs.readFileSync(path.join(dir, 's.json'), 'utf8'));
  expect(json.map((x: { file: string; status: string }) => [x.file, x.status]).sort()).toEqual(
    [
      ['inbox/济南市.xlsx', '可上报'],
      ['inbox/淄博市.xlsx', '需修改'],
      ['inbox/损坏.xlsx', '无法读取'],
    ].sort(),
  );
  await mz(['check', 'inbox', '--summary', 's.xlsx', '--data', dataCsv]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(dir, 's.xlsx'));
  const ws = wb.getWorksheet('审核汇总')!;
  expect(String(ws.getCell('A2').value)).toBe('共 3 个文件:可上报 1,需修改 1,无法读取 1');
  expect(ws.getCell('A3').value).toBe('文件');
});

test('bad --summary or --jobs: exit 2 with the reason, nothing written', async () => {
  const a = await mz(['check', 'inbox', '--summary', 's.txt']);
  expect(a.code).toBe(2);
  expect(a.err).toContain('应以 .xlsx、.csv 或 .json 结尾');
  const b = await mz(['check', 'inbox', '--summary', 's2.csv', '--jobs', '0']);
  expect(b.code).toBe(2);
  expect(b.err).toContain('--jobs');
  expect(fs.existsSync(path.join(dir, 's2.csv'))).toBe(false);
});

test('the compiled CLI checks on worker threads and agrees with the in-process run', () => {
  const r = spawnSync(process.execPath, [path.join(root, 'bin', 'mz.js'), 'check', 'inbox', '--summary', 'w.csv', '--jobs', '2', '--data', dataCsv], { cwd: dir, encoding: 'utf8' });
  expect(r.stdout).toMatch(/2 个线程/);
  expect(r.status).toBe(2);
  const strip = (rows: string[][]) => rows.map((x) => x.join('|')).sort();
  expect(strip(csvRows(path.join(dir, 'w.csv')))).toEqual(strip(csvRows(path.join(dir, '汇总审核.csv'))));
});
