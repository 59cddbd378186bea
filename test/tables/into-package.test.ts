// `mz fill --into` and `mz check --report-sheet` write into the user's own workbook at the package
// level. Workbooks made by openpyxl, by LibreOffice and by exceljs, each with a chart (exceljs cannot
// make one), an image, a comment, data validation, sheet protection and a defined name: after MZ has
// written its sheets, every part of the original other than workbook.xml, its relationships,
// [Content_Types].xml and styles.xml is in the result byte for byte; those four keep every original
// entry unchanged (styles only gain entries at the end of their lists); LibreOffice still finds the
// chart, image, comment, validation, protection and name, and openpyxl opens the result.
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { run } from '../../src/cli/main';
import { Io } from '../../src/cli/io';
import { entryBytes, readZip } from '../../src/adapters/zip';
import { readXlsxSheets } from '../../src/adapters/xlsxReader';
import { XlsxWorkbook } from '../../src/adapters/xlsx';

const root = path.join(__dirname, '..', '..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mz-into-'));
const png = path.join(root, 'assets', 'icon-32.png');
const PY = '/usr/bin/python3';
const hasOpenpyxl = spawnSync(PY, ['-c', 'import openpyxl, PIL'], { encoding: 'utf8' }).status === 0;
const hasSoffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
// Under CI a missing producer is a failure, not a skip.
const need = (ok: boolean) => (ok || process.env.CI ? describe : describe.skip);

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function mz(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { out: (t) => void (out += t), err: (t) => void (err += t), cwd: tmp };
  const code = await run(argv, io);
  return { code, out, err };
}

interface Part {
  raw: Buffer;
  text: Buffer;
}
async function parts(file: string): Promise<Map<string, Part>> {
  const m = new Map<string, Part>();
  for (const e of readZip(fs.readFileSync(file))) m.set(e.name, { raw: Buffer.from(e.raw), text: Buffer.from(await entryBytes(e)) });
  return m;
}
const txt = (p: Part | undefined) => (p ? p.text.toString('utf8') : '');

/** The direct children (as text) of the first element of a local name. */
function children(xml: string, local: string): string[] {
  const open = new RegExp(`<(?:[\\w.-]+:)?${local}(?=[\\s/>])[^>]*?(/?)>`).exec(xml);
  if (!open || open[1] === '/') return [];
  const out: string[] = [];
  const re = /<(\/?)([\w:.-]+)[^>]*?(\/?)>/g;
  re.lastIndex = open.index + open[0].length;
  let depth = 0;
  let start = -1;
  let t: RegExpExecArray | null;
  while ((t = re.exec(xml))) {
    if (t[1] === '/') {
      if (depth === 0) break;
      depth--;
      if (depth === 0) out.push(xml.slice(start, t.index + t[0].length));
    } else if (t[3] === '/') {
      if (depth === 0) out.push(t[0]);
    } else {
      if (depth === 0) start = t.index;
      depth++;
    }
  }
  return out;
}
const elementsOf = (xml: string, local: string) => xml.match(new RegExp(`<(?:[\\w.-]+:)?${local}(?=[\\s/>])[^>]*?(?:/>|>[\\s\\S]*?</(?:[\\w.-]+:)?${local}>)`, 'g')) ?? [];

const EDITED = ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml', 'xl/styles.xml'];
const STYLE_LISTS = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs'];

/** Everything of `before` that must be in `after` unchanged; returns the parts compared byte for byte. */
async function expectKept(beforeFile: string, afterFile: string): Promise<string[]> {
  const a = await parts(beforeFile);
  const b = await parts(afterFile);
  const same: string[] = [];
  for (const [name, p] of a) {
    if (EDITED.includes(name)) continue;
    const q = b.get(name);
    expect([name, !!q]).toEqual([name, true]);
    // the stored bytes themselves, not only their content
    expect([name, q!.raw.equals(p.raw), q!.text.equals(p.text)]).toEqual([name, true, true]);
    same.push(name);
  }
  // styles: each list keeps its entries and numbering, MZ's come after
  const sa = txt(a.get('xl/styles.xml'));
  const sb = txt(b.get('xl/styles.xml'));
  for (const list of STYLE_LISTS) {
    const x = children(sa, list);
    expect([list, children(sb, list).slice(0, x.length)]).toEqual([list, x]);
  }
  // workbook: the original sheets in order, names, protection and properties as they were
  const wa = txt(a.get('xl/workbook.xml'));
  const wb = txt(b.get('xl/workbook.xml'));
  expect(elementsOf(wb, 'sheet').slice(0, elementsOf(wa, 'sheet').length)).toEqual(elementsOf(wa, 'sheet'));
  for (const el of ['definedNames', 'workbookProtection', 'workbookPr', 'fileVersion']) expect(elementsOf(wb, el)).toEqual(elementsOf(wa, el));
  // relationships and content types: every original entry still there
  for (const r of elementsOf(txt(a.get('xl/_rels/workbook.xml.rels')), 'Relationship')) expect(txt(b.get('xl/_rels/workbook.xml.rels'))).toContain(r);
  for (const el of ['Default', 'Override']) for (const r of elementsOf(txt(a.get('[Content_Types].xml')), el)) expect(txt(b.get('[Content_Types].xml'))).toContain(r);
  return same;
}

/** What LibreOffice finds in a workbook (flat ODS of it). */
function libreOfficeSees(file: string): Record<string, boolean> {
  const dir = fs.mkdtempSync(path.join(tmp, 'lo-'));
  execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'fods', '--outdir', dir, file], { stdio: 'ignore', timeout: 240000 });
  const fods = fs.readFileSync(path.join(dir, path.basename(file).replace(/\.xlsx$/, '.fods')), 'utf8');
  return {
    chart: /<chart:chart\b/.test(fods),
    image: /<draw:image\b/.test(fods),
    comment: /<office:annotation\b/.test(fods),
    validation: /<table:content-validation\b/.test(fods),
    protection: /table:protected="true"/.test(fods),
    name: /<table:named-range [^>]*table:name="救助人次合计"/.test(fods),
    mz: fods.includes('城市最低生活保障标准') && fods.includes('_MZ_BINDINGS'),
  };
}

async function exceljsWorkbook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('我的台账');
  ws.addRows([['年份', '救助人次'], [2018, 312], [2019, 347], [2020, 365]]);
  ws.getCell('A1').font = { bold: true, color: { argb: 'FFC00000' } };
  ws.addImage(wb.addImage({ buffer: fs.readFileSync(png) as unknown as ExcelJS.Buffer, extension: 'png' }), 'D18:E20');
  ws.getCell('A2').note = '已与台账核对';
  ws.getCell('C2').dataValidation = { type: 'list', allowBlank: true, formulae: ['"已核实,待核实"'] };
  await ws.protect('mz2020', {});
  wb.definedNames.add("'我的台账'!$B$2:$B$4", '救助人次合计');
  wb.addWorksheet('备注').getCell('A1').value = '本簿由统计员维护';
  await wb.xlsx.writeFile(file);
}

const producers: { name: string; available: boolean; chart: boolean; make: (file: string) => Promise<void> }[] = [
  {
    name: 'openpyxl',
    available: hasOpenpyxl,
    chart: true,
    make: async (file) => {
      execFileSync(PY, [path.join(__dirname, 'fixtures', 'make_user_workbook.py'), file, png]);
    },
  },
  {
    name: 'LibreOffice',
    available: hasOpenpyxl && hasSoffice,
    chart: true,
    make: async (file) => {
      // LibreOffice writes every part itself when it saves the openpyxl workbook as xlsx
      const src = path.join(tmp, 'for-lo.xlsx');
      execFileSync(PY, [path.join(__dirname, 'fixtures', 'make_user_workbook.py'), src, png]);
      const dir = fs.mkdtempSync(path.join(tmp, 'lo-make-'));
      execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', dir, src], { stdio: 'ignore', timeout: 240000 });
      fs.copyFileSync(path.join(dir, 'for-lo.xlsx'), file);
      const app = (await parts(file)).get('docProps/app.xml');
      expect(txt(app)).toMatch(/LibreOffice/);
    },
  },
  { name: 'exceljs', available: true, chart: false, make: exceljsWorkbook },
];

const report: Record<string, string[]> = {};
afterAll(() => {
  fs.mkdirSync(path.join(root, 'test-output'), { recursive: true });
  fs.writeFileSync(path.join(root, 'test-output', 'into-parts.json'), JSON.stringify(report, null, 2));
});

for (const p of producers) {
  need(p.available && hasSoffice)(`--into a workbook made by ${p.name}`, () => {
    const orig = path.join(tmp, `${p.name}-orig.xlsx`);
    const file = path.join(tmp, `${p.name}.xlsx`);
    beforeAll(async () => {
      await p.make(orig);
      fs.copyFileSync(orig, file);
    }, 300000);

    test('fill --into: user parts byte for byte, MZ sheets added, LibreOffice and openpyxl open it', async () => {
      const r = await mz(['fill', '--region', '济南', '--year', '2020', '--into', path.basename(file)]);
      expect(r.err).not.toMatch(/内部错误/);
      expect(r.code).toBe(0);
      const same = await expectKept(orig, file);
      report[`${p.name}: fill --into`] = same;
      expect(same.some((n) => /worksheets\/sheet\d+\.xml$/.test(n))).toBe(true);
      if (p.chart) expect(same.some((n) => /charts\/chart\d+\.xml$/.test(n))).toBe(true);
      expect(same.some((n) => /media\/image\d+\.png$/.test(n))).toBe(true);
      expect(same.some((n) => /comments?\d*\.xml$/.test(n))).toBe(true);
      // MZ's sheets read back (inline strings, appended styles)
      const [std] = await readXlsxSheets(fs.readFileSync(file), ['社会救助标准']);
      expect(std.values[5].slice(0, 4)).toEqual(['城市最低生活保障标准', '元/人·月', null, 821]);
      const sees = libreOfficeSees(file);
      expect(sees).toEqual({ chart: p.chart, image: true, comment: true, validation: true, protection: true, name: true, mz: true });
      if (hasOpenpyxl) {
        const py = spawnSync(PY, ['-c', `import openpyxl,sys; wb=openpyxl.load_workbook(sys.argv[1]); print(wb.sheetnames[0], wb['社会救助标准']['D6'].value, wb['_MZ_BINDINGS'].sheet_state, wb['我的台账'].protection.sheet)`, file], { encoding: 'utf8' });
        expect(py.stderr).toBe('');
        expect(py.stdout.trim()).toBe('我的台账 821 hidden True');
      }
      // mz check reads it
      const c = await mz(['check', path.basename(file)]);
      expect([0, 1]).toContain(c.code);
    }, 300000);

    test('same names without --force: exit 1, file unchanged; with --force: replaced, user parts still byte for byte, no orphans', async () => {
      const before = fs.readFileSync(file);
      const r = await mz(['fill', '--region', '济南', '--year', '2020', '--into', path.basename(file)]);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/已有同名工作表.*文件未改动/);
      expect(fs.readFileSync(file).equals(before)).toBe(true);

      const f = await mz(['fill', '--region', '济南', '--year', '2020', '--into', path.basename(file), '--force']);
      expect(f.code).toBe(0);
      report[`${p.name}: fill --into --force`] = await expectKept(orig, file);
      // the replaced sheets' old parts are gone: user sheets + 11 MZ sheets
      const after = await parts(file);
      const sheetsBefore = [...(await parts(orig)).keys()].filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n)).length;
      expect([...after.keys()].filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n)).length).toBe(sheetsBefore + 11);
      // styles did not grow on the second write
      const s1 = children(txt((await parts(file)).get('xl/styles.xml')), 'cellXfs').length;
      await mz(['fill', '--region', '济南', '--year', '2020', '--into', path.basename(file), '--force']);
      expect(children(txt((await parts(file)).get('xl/styles.xml')), 'cellXfs').length).toBe(s1);
      expect(libreOfficeSees(file)).toMatchObject({ chart: p.chart, image: true, comment: true, mz: true });
    }, 300000);

    test('check --report-sheet adds 校验报告 and changes nothing else of the user', async () => {
      const r = await mz(['check', path.basename(file), '--report-sheet']);
      expect([0, 1]).toContain(r.code);
      expect(r.out).toMatch(/已写入“校验报告”/);
      report[`${p.name}: check --report-sheet`] = await expectKept(orig, file);
      const names = (await readXlsxSheets(fs.readFileSync(file))).map((s) => s.name);
      expect(names[0]).toBe('我的台账');
      expect(names).toContain('校验报告');
    }, 300000);
  });
}

describe('the standalone page path (XlsxWorkbook): a loaded workbook is written at the package level too', () => {
  test('exceljs workbook: sheets written through the adapter, everything else byte for byte', async () => {
    const orig = path.join(tmp, 'page-orig.xlsx');
    await exceljsWorkbook(orig);
    const wb = await XlsxWorkbook.load(fs.readFileSync(orig), 'page.xlsx');
    await wb.writeSheets([{ name: '_MZ_DATA', blocks: [{ topLeft: 'A1', values: [['region'], ['济南']] }], merges: [], colWidths: [], hidden: true }], 'replace');
    expect(await wb.sheetNames()).toEqual(['我的台账', '备注', '_MZ_DATA']);
    expect((await wb.readSheets(['_MZ_DATA']))[0].values).toEqual([['region'], ['济南']]);
    const out = path.join(tmp, 'page.xlsx');
    fs.writeFileSync(out, await wb.toBuffer());
    await expectKept(orig, out);
    const back = await XlsxWorkbook.load(fs.readFileSync(out));
    expect((await back.readSheets(['_MZ_DATA']))[0].values).toEqual([['region'], ['济南']]);
    expect((await back.exceljs()).getWorksheet('_MZ_DATA')!.state).toBe('hidden');
  });
});
