// The lean xlsx reader (src/adapters/xlsxReader.ts) gives the same snapshots as exceljs
// (test/rules/exceljsReference.ts) on the files MZ writes, on files exceljs writes, on hand-made parts and
// on LibreOffice round trips.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { execFileSync } from 'child_process';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { loadCatalogue } from '../../src/core/catalogue';
import { MzEngine } from '../../src/core/engine';
import { fillTables } from '../../src/core/fill';
import { loadTemplates } from '../../src/core/tables';
import { encodeBindings, valuesFromSpecs } from '../../src/core/bindings';
import { XlsxWorkbook } from '../../src/adapters/xlsx';
import { readViaExceljs } from './exceljsReference';
import { XlsxReadError, openXlsx, readXlsxSheets } from '../../src/adapters/xlsxReader';
import { fixtureRecords } from '../tables/fixture';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mz-reader-'));

async function viaExceljs(buf: Uint8Array) {
  return readViaExceljs(buf);
}

async function filled(regions: string[], year: number): Promise<Uint8Array> {
  const res = fillTables({ templates: loadTemplates(), engine: new MzEngine(loadCatalogue(), fixtureRecords()), regions, year });
  const wb = XlsxWorkbook.create();
  await wb.writeSheets(res.sheets, 'fail-if-exists');
  await wb.writeSheets([encodeBindings(res.bindings, valuesFromSpecs(res.sheets))], 'replace');
  return wb.toBuffer();
}

describe('lean xlsx reader = exceljs', () => {
  test('a filled workbook (fast writer): every sheet, bindings sheet included', async () => {
    const buf = await filled(['济南市', '淄博市'], 2020);
    const mine = await readXlsxSheets(buf);
    expect(mine.length).toBeGreaterThan(5);
    expect(mine.some((s) => s.formulas.some((r) => r.some((f) => f !== null)))).toBe(true);
    expect(mine).toEqual(await viaExceljs(buf));
  });

  test('the same workbook written back by exceljs (the --into / --report-sheet path)', async () => {
    const wb = await XlsxWorkbook.load(await filled(['济南市'], 2020), 'a.xlsx');
    await wb.writeSheets([{ name: '备注', blocks: [{ topLeft: 'B2', values: [['说明', 1.5]] }], merges: ['B4:D5'], colWidths: [] }], 'fail-if-exists');
    const buf = await wb.toBuffer();
    expect(await readXlsxSheets(buf)).toEqual(await viaExceljs(buf));
  });

  test('cell kinds: shared and rich strings, booleans, errors, dates, merges, formulas of every result type, hidden sheet', async () => {
    const x = new ExcelJS.Workbook();
    const ws = x.addWorksheet('杂项');
    ws.getCell('A1').value = '标题 & <特殊> "字符"';
    ws.getCell('B1').value = { richText: [{ text: '富' }, { text: '文本', font: { bold: true } }] };
    ws.getCell('C1').value = true;
    ws.getCell('D1').value = false;
    ws.getCell('E1').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
    ws.getCell('F1').value = new Date(Date.UTC(2020, 5, 30));
    ws.getCell('F1').numFmt = 'yyyy-mm-dd';
    ws.getCell('A2').value = 12.5;
    ws.getCell('A2').numFmt = '0.0';
    ws.getCell('B2').value = 3;
    ws.getCell('B2').numFmt = '#,##0';
    ws.getCell('C2').value = { formula: 'A2*B2', result: 37.5 } as ExcelJS.CellFormulaValue;
    ws.getCell('D2').value = { formula: 'IF(A2>1,"大","小")', result: '大' } as ExcelJS.CellFormulaValue;
    ws.getCell('E2').value = { formula: 'A2>1', result: true } as ExcelJS.CellFormulaValue;
    ws.getCell('F2').value = { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue;
    ws.getCell('G2').value = { formula: 'SUM(A2:B2)' } as ExcelJS.CellFormulaValue; // no cached result
    ws.getCell('A3').value = 1;
    ws.getCell('A4').value = 2;
    ws.getCell('B3').value = { formula: 'A3*2', result: 2, shareType: 'shared', ref: 'B3:B4' } as ExcelJS.CellFormulaValue;
    ws.getCell('B4').value = { sharedFormula: 'B3', result: 4 } as ExcelJS.CellSharedFormulaValue;
    ws.getCell('A6').value = '合并';
    ws.getCell('B6').value = '被合并的值';
    ws.mergeCells('A6:C7');
    ws.getCell('J9').border = { top: { style: 'thin' } }; // styled empty cell outside the values
    ws.getRow(12).height = 30; // an empty row with a height
    const h = x.addWorksheet('隐藏');
    h.state = 'hidden';
    h.getCell('B2').value = 'x';
    x.addWorksheet('空表');
    const buf = new Uint8Array(await x.xlsx.writeBuffer());
    const mine = await readXlsxSheets(buf);
    expect(mine.map((s) => s.name)).toEqual(['杂项', '隐藏', '空表']);
    expect(mine[0].values[0].slice(0, 5)).toEqual(['标题 & <特殊> "字符"', '富文本', true, false, '#N/A']);
    expect(mine[0].formulas[3][1]).toBe('=A4*2');
    expect(mine[0].values[5][1]).toBeNull(); // inside the merge
    expect(mine).toEqual(await viaExceljs(buf));
  });

  test('hand-made parts: inline strings, t="str", cells without r, custom and built-in formats, shared formulas', async () => {
    const z = new JSZip();
    z.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
    z.file('_rels/.rels', '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>');
    z.file('xl/workbook.xml', '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="A&amp;B" sheetId="1" r:id="rId1"/></sheets></workbook>');
    z.file('xl/_rels/workbook.xml.rels', '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>');
    z.file('xl/styles.xml', '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0&quot;万&quot;"/></numFmts><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="3"/><xf numFmtId="14"/></cellXfs></styleSheet>');
    z.file('xl/sharedStrings.xml', '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>共享</t></si><si><r><t>富</t></r><r><rPr><b/></rPr><t xml:space="preserve"> 文本</t></r><rPh><t>フ</t></rPh></si></sst>');
    z.file(
      'xl/worksheets/sheet1.xml',
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
        '<row r="1"><c r="A1" t="inlineStr"><is><t>内联 &lt;1&gt;</t></is></c><c t="s"><v>0</v></c><c t="s"><v>1</v></c></row>' +
        '<row r="2"><c r="A2" s="1"><v>20.2</v></c><c r="B2" s="2"><v>12345</v></c><c r="C2" s="3"><v>43831</v></c><c r="D2" t="str"><f>A2&amp;"元"</f><v>20.2元</v></c></row>' +
        '<row r="3"><c r="A3"><f t="shared" ref="A3:C3" si="0">A2*2</f><v>40.4</v></c><c r="B3"><f t="shared" si="0"/><v>24690</v></c><c r="C3"><f t="shared" si="0"/><v>87662</v></c></row>' +
        '<row r="4"><c r="A4" s="0"/><c r="E4" s="2"/><c r="B4" t="e"><v>#REF!</v></c><c r="C4" t="b"><v>1</v></c><c r="D4"><v>-1.5E-3</v></c></row>' +
        '</sheetData></worksheet>',
    );
    const buf = await z.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    const mine = await readXlsxSheets(buf);
    expect(mine[0].name).toBe('A&B');
    expect(mine[0].values[0]).toEqual(['内联 <1>', '共享', '富 文本', null, null]);
    expect(mine[0].numFmts![1].slice(0, 3)).toEqual(['0.0"万"', '#,##0', 'mm-dd-yy']);
    expect(mine[0].values[1][2]).toBe('2020-01-01T00:00:00.000Z');
    expect(mine[0].formulas[2]).toEqual(['=A2*2', '=B2*2', '=C2*2', null, null]);
    expect(mine[0].values[3].slice(1, 4)).toEqual(['#REF!', true, -0.0015]);
    expect(mine).toEqual(await viaExceljs(buf));
  });

  test('not an xlsx: a clear error, never an empty workbook', async () => {
    await expect(readXlsxSheets(new Uint8Array(Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(200, 7)])))).rejects.toThrow(XlsxReadError);
    const z = new JSZip();
    z.file('hello.txt', 'hi');
    await expect(openXlsx(await z.generateAsync({ type: 'uint8array' }))).rejects.toThrow(/缺少工作簿部件/);
  });
});

const hasSoffice = (() => {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore', timeout: 60000 });
    return true;
  } catch {
    return false;
  }
})();

(hasSoffice || process.env.CI ? describe : describe.skip)('lean xlsx reader = exceljs on a LibreOffice round trip', () => {
  test('filled workbook saved again by LibreOffice', async () => {
    const dir = fs.mkdtempSync(path.join(tmp, 'lo-'));
    const src = path.join(dir, 'in.xlsx');
    fs.writeFileSync(src, await filled(['济南市'], 2020));
    const out = path.join(dir, 'out');
    fs.mkdirSync(out);
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', out, src], {
      stdio: 'ignore',
      timeout: 180000,
    });
    const buf = new Uint8Array(fs.readFileSync(path.join(out, 'in.xlsx')));
    const mine = await readXlsxSheets(buf);
    expect(mine.length).toBeGreaterThan(5);
    expect(mine).toEqual(await viaExceljs(buf));
  }, 200000);
});
