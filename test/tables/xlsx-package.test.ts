// The package writer on hand-made workbooks: prefixed namespaces (as the Open XML SDK writes them),
// no styles part, conditional-format number formats, names that differ only in case, zip64 input.
import { SheetExistsError, SheetSpec } from '../../src/core/workbook';
import { XlsxPackage } from '../../src/adapters/xlsxPackage';
import { entryBytes, makeEntry, readZip, writeZip } from '../../src/adapters/zip';
import { readXlsxSheets } from '../../src/adapters/xlsxReader';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

async function zip(parts: Record<string, string>): Promise<Uint8Array> {
  const enc = new TextEncoder();
  return writeZip(await Promise.all(Object.entries(parts).map(([n, t]) => makeEntry(n, enc.encode(t)))));
}
async function text(bytes: Uint8Array, name: string): Promise<string> {
  const e = readZip(bytes).find((x) => x.name === name);
  return e ? new TextDecoder().decode(await entryBytes(e)) : '';
}

const base = (workbook: string, styles?: string): Record<string, string> => ({
  '[Content_Types].xml':
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
    (styles ? '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' : '') +
    '</Types>',
  '_rels/.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  'xl/workbook.xml': workbook,
  'xl/_rels/workbook.xml.rels':
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
    (styles ? `<Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/>` : '') +
    '</Relationships>',
  'xl/worksheets/sheet1.xml': `<x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>用户</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>`,
  ...(styles ? { 'xl/styles.xml': styles } : {}),
});

const spec = (name: string, hidden = false): SheetSpec => ({
  name,
  blocks: [{ topLeft: 'A1', values: [['指标', 821]], numFmts: [[null, '0.0']] }],
  merges: [],
  colWidths: [20],
  styles: [{ range: 'A1:B1', style: 'header' }],
  hidden,
});

test('prefixed workbook (x:), no styles part: sheets added with the same prefix, a stylesheet created, all readable', async () => {
  const wb = `<x:workbook xmlns:x="${MAIN}" xmlns:r="${REL}"><x:sheets><x:sheet name="用户" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>`;
  const pkg = await XlsxPackage.open(await zip(base(wb)), 'sdk.xlsx');
  const out = await pkg.withSheets([spec('表一'), spec('_MZ_BINDINGS', true)], 'replace');
  const w = await text(out, 'xl/workbook.xml');
  expect(w).toMatch(/<x:sheet name="表一" sheetId="2" r:id="rId\d+"\/><x:sheet name="_MZ_BINDINGS" sheetId="3" state="hidden" r:id="rId\d+"\/><\/x:sheets>/);
  expect(await text(out, 'xl/_rels/workbook.xml.rels')).toMatch(/styles" Target="styles.xml"/);
  expect(await text(out, '[Content_Types].xml')).toMatch(/PartName="\/xl\/styles.xml"/);
  const snaps = await readXlsxSheets(out);
  expect(snaps.map((s) => s.name)).toEqual(['用户', '表一', '_MZ_BINDINGS']);
  expect(snaps[1].values[0]).toEqual(['指标', 821]);
  expect(snaps[1].numFmts?.[0][1]).toBe('0.0');
});

test('styles: numFmts of conditional formats (dxfs) are not counted as the workbook\'s; ids above every existing one', async () => {
  const styles =
    `<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="170" formatCode="0.000"/></numFmts>` +
    '<fonts count="1"><font><sz val="11"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="1"><xf xfId="0"/></cellXfs>' +
    '<dxfs count="1"><dxf><numFmt numFmtId="180" formatCode="0.0000"/></dxf></dxfs></styleSheet>';
  const wb = `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="用户" sheetId="1" r:id="rId1"/></sheets></workbook>`;
  const pkg = await XlsxPackage.open(await zip(base(wb, styles)));
  const out = await pkg.withSheets([spec('表一')], 'fail-if-exists');
  const s = await text(out, 'xl/styles.xml');
  expect(s).toMatch(/<numFmts count="2"><numFmt numFmtId="170" formatCode="0.000"\/><numFmt numFmtId="181" formatCode="0.0"\/><\/numFmts>/);
  expect(s).toContain('<dxfs count="1"><dxf><numFmt numFmtId="180" formatCode="0.0000"/></dxf></dxfs>');
  expect(s).toMatch(/<cellXfs count="(\d+)"><xf xfId="0"\/>/);
  // the original entries first, unchanged
  expect(s).toMatch(/<fonts count="\d+"><font><sz val="11"\/><\/font><font>/);
});

test('names are compared as Excel does (case-insensitive): fail-if-exists refuses, replace keeps the position and the user\'s spelling', async () => {
  const wb = `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView activeTab="0"/></bookViews><sheets><sheet name="mz_bindings" sheetId="1" r:id="rId1"/></sheets></workbook>`;
  const bytes = await zip(base(wb));
  const pkg = await XlsxPackage.open(bytes);
  await expect(pkg.withSheets([spec('MZ_BINDINGS')], 'fail-if-exists')).rejects.toThrow(SheetExistsError);
  const out = await pkg.withSheets([spec('MZ_BINDINGS', true), spec('表一')], 'replace');
  const w = await text(out, 'xl/workbook.xml');
  // replaced in place (sheetId and r:id kept), hidden; the active tab moved to a visible sheet
  expect(w).toMatch(/<sheet name="mz_bindings" sheetId="1" r:id="rId1" state="hidden"\/><sheet name="表一" sheetId="2"/);
  expect(w).toContain('activeTab="1"');
  expect(w).toContain('fullCalcOnLoad="1"');
  // the old part is gone, its override too
  expect(readZip(out).map((e) => e.name)).not.toContain('xl/worksheets/sheet1.xml');
  expect(await text(out, '[Content_Types].xml')).not.toContain('/xl/worksheets/sheet1.xml"');
});

test('zip64 records in the input are understood', async () => {
  // the same package with a zip64 extra field on every central directory entry
  const bytes = await zip(base(`<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="用户" sheetId="1" r:id="rId1"/></sheets></workbook>`));
  const z64 = toZip64(bytes);
  expect(readZip(z64).map((e) => e.name)).toEqual(readZip(bytes).map((e) => e.name));
  const out = await (await XlsxPackage.open(z64)).withSheets([spec('表一')], 'replace');
  expect((await readXlsxSheets(out)).map((s) => s.name)).toEqual(['用户', '表一']);
});

test('not a zip, or a zip without a workbook: a Chinese message naming the file', async () => {
  await expect(XlsxPackage.open(new TextEncoder().encode('region,year\n'), '数据.csv')).rejects.toThrow(/无法读取工作簿“数据.csv”:文件已损坏或不是有效的 xlsx（不是 zip 文件/);
  await expect(XlsxPackage.open(await zip({ 'a.txt': 'x' }), 'a.zip')).rejects.toThrow(/缺少 \[Content_Types\]\.xml/);
});

/** Rewrites a plain zip so each central record stores its sizes and offset in a zip64 extra field. */
function toZip64(bytes: Uint8Array): Uint8Array {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = bytes.length - 22;
  const count = dv.getUint16(eocd + 10, true);
  const cdStart = dv.getUint32(eocd + 16, true);
  const records: Uint8Array[] = [];
  let p = cdStart;
  for (let i = 0; i < count; i++) {
    const nameLen = dv.getUint16(p + 28, true);
    const head = bytes.slice(p, p + 46 + nameLen);
    const hv = new DataView(head.buffer);
    const usize = hv.getUint32(24, true);
    const csize = hv.getUint32(20, true);
    const off = hv.getUint32(42, true);
    hv.setUint32(20, 0xffffffff, true);
    hv.setUint32(24, 0xffffffff, true);
    hv.setUint32(42, 0xffffffff, true);
    hv.setUint16(30, 28, true);
    const extra = new Uint8Array(28);
    const ev = new DataView(extra.buffer);
    ev.setUint16(0, 1, true);
    ev.setUint16(2, 24, true);
    ev.setBigUint64(4, BigInt(usize), true);
    ev.setBigUint64(12, BigInt(csize), true);
    ev.setBigUint64(20, BigInt(off), true);
    records.push(head, extra);
    p += 46 + nameLen;
  }
  const cd = Buffer.concat(records);
  const end = new Uint8Array(22);
  const v = new DataView(end.buffer);
  v.setUint32(0, 0x06054b50, true);
  v.setUint16(8, count, true);
  v.setUint16(10, count, true);
  v.setUint32(12, cd.length, true);
  v.setUint32(16, cdStart, true);
  return Buffer.concat([bytes.subarray(0, cdStart), cd, end]);
}
