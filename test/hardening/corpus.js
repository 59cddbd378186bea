// The hostile-file corpus, generated on demand (never committed): zip bombs, references beyond
// Excel's grid, merge and style floods, long shared formulas, entity names, a huge bindings sheet,
// damaged zips. Used by test/hardening/hostile.test.ts and bench/hostile.bench.js.
// Plain Node (zlib only), so that the bench can use it without compiling.
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const MB = 1024 * 1024;
const crc = (b) => (typeof zlib.crc32 === 'function' ? zlib.crc32(b) >>> 0 : 0);

/**
 * A zip of entries { name, data } (deflated here) or { name, raw, size, crc } (already deflated; size
 * may be anything, the zip64 field is used beyond 4 GB).
 */
function zip(entries) {
  const chunks = [];
  const central = [];
  let offset = 0;
  for (const e of entries) {
    let raw = e.raw;
    let size = e.size;
    let method = 8;
    let sum = e.crc ?? 0;
    if (e.data) {
      raw = zlib.deflateRawSync(e.data);
      size = e.data.length;
      sum = crc(e.data);
      if (raw.length >= e.data.length) (raw = e.data), (method = 0);
    }
    const name = Buffer.from(e.name, 'utf8');
    const z64 = size >= 0xffffffff;
    const localExtra = z64 ? Buffer.alloc(20) : Buffer.alloc(0);
    if (z64) {
      localExtra.writeUInt16LE(1, 0);
      localExtra.writeUInt16LE(16, 2);
      localExtra.writeBigUInt64LE(BigInt(size), 4);
      localExtra.writeBigUInt64LE(BigInt(raw.length), 12);
    }
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(z64 ? 45 : 20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(0x21, 12);
    local.writeUInt32LE(sum, 14);
    local.writeUInt32LE(z64 ? 0xffffffff : raw.length, 18);
    local.writeUInt32LE(z64 ? 0xffffffff : size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(localExtra.length, 28);
    const cenExtra = z64 ? Buffer.alloc(12) : Buffer.alloc(0);
    if (z64) {
      cenExtra.writeUInt16LE(1, 0);
      cenExtra.writeUInt16LE(8, 2);
      cenExtra.writeBigUInt64LE(BigInt(size), 4);
    }
    const cen = Buffer.alloc(46);
    cen.writeUInt32LE(0x02014b50, 0);
    cen.writeUInt16LE(z64 ? 45 : 20, 4);
    cen.writeUInt16LE(z64 ? 45 : 20, 6);
    cen.writeUInt16LE(0x0800, 8);
    cen.writeUInt16LE(method, 10);
    cen.writeUInt16LE(0, 12);
    cen.writeUInt16LE(0x21, 14);
    cen.writeUInt32LE(sum, 16);
    cen.writeUInt32LE(raw.length, 20);
    cen.writeUInt32LE(z64 ? 0xffffffff : size, 24);
    cen.writeUInt16LE(name.length, 28);
    cen.writeUInt16LE(cenExtra.length, 30);
    cen.writeUInt32LE(offset, 42);
    chunks.push(local, name, localExtra, raw);
    central.push(cen, name, cenExtra);
    offset += local.length + name.length + localExtra.length + raw.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  const count = Math.min(entries.length, 0xffff);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, cd, end]);
}

/**
 * A raw deflate stream of head + chunk × times + tail, built from three independently compressed
 * pieces (no back reference crosses a piece), so gigabytes cost a few megabytes and no memory.
 */
function repeatedDeflate(head, chunk, times, tail) {
  const flush = { level: 9, finishFlush: zlib.constants.Z_SYNC_FLUSH };
  const h = zlib.deflateRawSync(head, flush);
  const c = zlib.deflateRawSync(chunk, flush);
  const t = zlib.deflateRawSync(tail);
  return { raw: Buffer.concat([h, ...new Array(times).fill(c), t]), size: head.length + chunk.length * times + tail.length };
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const NS_R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const SHEET_HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${NS} ${NS_R}>`;
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The parts of an xlsx: sheets [{ name, xml } or { name, raw, size }], optional styles and sharedStrings
 * (text), hidden sheet names.
 */
function xlsxEntries({ sheets, styles, sst, hidden = [] }) {
  const ct =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('') +
    (styles ? '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' : '') +
    (sst ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' : '') +
    '</Types>';
  const rootRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  const wb =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook ${NS} ${NS_R}><sheets>` +
    sheets.map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}"${hidden.includes(s.name) ? ' state="hidden"' : ''} r:id="rId${i + 1}"/>`).join('') +
    '</sheets></workbook>';
  const wbRels =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('') +
    (styles ? `<Relationship Id="rIdS" Type="${REL}/styles" Target="styles.xml"/>` : '') +
    (sst ? `<Relationship Id="rIdT" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` : '') +
    '</Relationships>';
  const entries = [
    { name: '[Content_Types].xml', data: Buffer.from(ct) },
    { name: '_rels/.rels', data: Buffer.from(rootRels) },
    { name: 'xl/workbook.xml', data: Buffer.from(wb) },
    { name: 'xl/_rels/workbook.xml.rels', data: Buffer.from(wbRels) },
  ];
  if (styles) entries.push({ name: 'xl/styles.xml', data: Buffer.from(styles) });
  if (sst) entries.push({ name: 'xl/sharedStrings.xml', data: Buffer.from(sst) });
  sheets.forEach((s, i) => {
    const name = `xl/worksheets/sheet${i + 1}.xml`;
    entries.push(s.raw ? { name, raw: s.raw, size: s.size, crc: 0 } : { name, data: Buffer.isBuffer(s.xml) ? s.xml : Buffer.from(s.xml) });
  });
  return entries;
}

const sheetXml = (body, after = '') => `${SHEET_HEAD}<sheetData>${body}</sheetData>${after}</worksheet>`;
const xlsx = (spec) => zip(xlsxEntries(spec));
const small = () => xlsx({ sheets: [{ name: '数据', xml: sheetXml('<row r="1"><c r="A1"><v>1</v></c><c r="B1" t="inlineStr"><is><t>正常</t></is></c></row>') }] });

/** A sheet whose sheetData holds `bytes` of spaces (valid XML), as a cheap deflate stream. */
function spaceSheet(bytes) {
  const chunk = Buffer.alloc(MB, 0x20);
  return repeatedDeflate(Buffer.from(SHEET_HEAD + '<sheetData>'), chunk, Math.round(bytes / MB), Buffer.from('</sheetData></worksheet>'));
}

/** A hidden _MZ_BINDINGS sheet of `rows` bindings (inline strings, reference formulas, as MZ writes them). */
function bindingsSheet(rows) {
  const parts = [
    '<row r="1"><c r="A1" t="inlineStr"><is><t>MZ_BINDINGS</t></is></c><c r="B1" t="inlineStr"><is><t>格式版本</t></is></c><c r="C1"><v>1</v></c></row>',
    '<row r="2">' + ['引用', '工作表', '地址', '指标ID', '地区', '年份', '分组', '期别', '栏目', '跨列'].map((h, i) => `<c r="${String.fromCharCode(65 + i)}2" t="inlineStr"><is><t>${h}</t></is></c>`).join('') + '</row>',
  ];
  const s = (ref, t) => `<c r="${ref}" t="inlineStr"><is><t>${t}</t></is></c>`;
  for (let r = 3; r < rows + 3; r++) {
    const target = r - 1; // row on the data sheet
    parts.push(
      `<row r="${r}"><c r="A${r}"><f>'数据'!$B$${target}</f><v>800</v></c>${s(`B${r}`, '数据')}${s(`C${r}`, `B${target}`)}${s(`D${r}`, 'dibao_std_urban')}` +
        `${s(`E${r}`, '济南市')}<c r="F${r}"><v>2020</v></c>${s(`H${r}`, '全年')}${s(`I${r}`, 'current')}</row>`,
    );
  }
  return sheetXml(parts.join(''));
}

function dataSheet(rows) {
  const parts = [];
  for (let r = 2; r < rows + 2; r++) parts.push(`<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>济南市</t></is></c><c r="B${r}"><v>800</v></c></row>`);
  return sheetXml(parts.join(''));
}

/**
 * Each file: name, how it is built, and what `mz check` must do: 'refused' (exit 2, a Chinese message
 * matching `problem`) or 'read' (exit 0 or 1: the workbook is legal and is checked).
 */
const CORPUS = [
  { name: 'not-a-zip.xlsx', expect: 'refused', problem: /不是 xlsx 文件/, build: () => Buffer.from('region,year,value\n济南,2020,1\n') },
  { name: 'pk-garbage.xlsx', expect: 'refused', problem: /文件已损坏或不是有效的 xlsx.*不是 zip 文件/, build: () => Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(4000, 7)]) },
  { name: 'truncated.xlsx', expect: 'refused', problem: /文件已损坏或不是有效的 xlsx/, build: () => small().subarray(0, 300) },
  {
    name: 'truncated-deflate.xlsx',
    expect: 'refused',
    problem: /文件已损坏或不是有效的 xlsx.*sheet1\.xml/,
    build: () => {
      // the central directory intact, the sheet's deflate stream cut short
      const xml = Buffer.from(sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>'.repeat(50)));
      const raw = zlib.deflateRawSync(xml);
      return xlsx({ sheets: [{ name: '数据', raw: raw.subarray(0, raw.length >> 1), size: xml.length }] });
    },
  },
  {
    name: 'bomb-1g.xlsx',
    expect: 'refused',
    problem: /数据.*sheet1\.xml.*1\.0 GB.*zip 炸弹/,
    build: () => {
      const b = spaceSheet(1024 * MB);
      return xlsx({ sheets: [{ name: '数据', raw: b.raw, size: b.size }] });
    },
  },
  {
    name: 'bomb-4g-zip64.xlsx',
    expect: 'refused',
    problem: /sheet1\.xml.*4\.0 GB.*zip 炸弹/,
    build: () => {
      const b = spaceSheet(4096 * MB);
      return xlsx({ sheets: [{ name: '数据', raw: b.raw, size: b.size }] });
    },
  },
  {
    name: 'bomb-size-lie.xlsx',
    expect: 'refused',
    problem: /sheet1\.xml.*超过其声明的大小/,
    build: () => {
      const b = spaceSheet(1024 * MB);
      return xlsx({ sheets: [{ name: '数据', raw: b.raw, size: 1000 }] });
    },
  },
  {
    name: 'bomb-many-parts.xlsx',
    expect: 'refused',
    problem: /总量超过上限/,
    build: () => {
      const b = spaceSheet(MB);
      return xlsx({ sheets: Array.from({ length: 400 }, (_, i) => ({ name: `表${i + 1}`, raw: b.raw, size: b.size })) });
    },
  },
  {
    name: 'many-entries.xlsx',
    expect: 'refused',
    problem: /条目.*超过上限/,
    build: () => {
      const entries = xlsxEntries({ sheets: [{ name: '数据', xml: sheetXml('') }] });
      const empty = Buffer.alloc(0);
      for (let i = 0; i < 120000; i++) entries.push({ name: `x/${i}`, raw: empty, size: 0 });
      const z = zip(entries);
      // the entry count past 65,535 lives in the zip64 end records: say 0xffff and point to them
      return withZip64End(z, entries.length);
    },
  },
  { name: 'ref-ZZZZZZ1.xlsx', expect: 'refused', problem: /数据.*单元格 ZZZZZZ1 .*超出 Excel 的表格范围/, build: () => xlsx({ sheets: [{ name: '数据', xml: sheetXml('<row r="1"><c r="ZZZZZZ1"><v>1</v></c></row>') }] }) },
  { name: 'row-1048577.xlsx', expect: 'refused', problem: /行号 1048577 .*超出 Excel 的表格范围/, build: () => xlsx({ sheets: [{ name: '数据', xml: sheetXml('<row r="1048577"><c r="A1048577"><v>1</v></c></row>') }] }) },
  {
    name: 'merge-beyond-grid.xlsx',
    expect: 'refused',
    problem: /合并区域 A1:XFE3 .*超出/,
    build: () => xlsx({ sheets: [{ name: '数据', xml: sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>', '<mergeCells count="1"><mergeCell ref="A1:XFE3"/></mergeCells>') }] }),
  },
  {
    name: 'dimension-corners.xlsx',
    expect: 'read',
    build: () =>
      xlsx({
        sheets: [
          {
            name: '数据',
            xml: `${SHEET_HEAD}<dimension ref="A1:XFD1048576"/><sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="XFD1048576"><v>2</v></c></row></sheetData></worksheet>`,
          },
        ],
      }),
  },
  {
    name: 'slots-flood.xlsx',
    expect: 'refused',
    problem: /工作表“数据”第 \d+ 行超出读取上限:整个工作簿最多读取 1000 万个单元格位置/,
    build: () => {
      // a million rows, each with one cell in column L: within the grid, beyond what is read
      const rows = [];
      for (let r = 1; r <= 1000000; r++) rows.push(`<row r="${r}"><c r="L${r}"><v>1</v></c></row>`);
      return xlsx({ sheets: [{ name: '数据', xml: sheetXml(rows.join('')) }] });
    },
  },
  {
    name: 'merge-20k-same.xlsx',
    expect: 'read',
    build: () => xlsx({ sheets: [{ name: '数据', xml: sheetXml('<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row>', `<mergeCells count="20000">${'<mergeCell ref="A1:XFD1048576"/>'.repeat(20000)}</mergeCells>`) }] }),
  },
  {
    name: 'merge-200k.xlsx',
    expect: 'read',
    build: () => {
      const rows = [];
      const merges = [];
      for (let r = 1; r <= 200000; r++) {
        rows.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="B${r}"><v>1</v></c></row>`);
        merges.push(`<mergeCell ref="A${r}:C${r}"/>`);
      }
      return xlsx({ sheets: [{ name: '数据', xml: sheetXml(rows.join(''), `<mergeCells count="200000">${merges.join('')}</mergeCells>`) }] });
    },
  },
  {
    name: 'merge-200k-no-ref.xlsx',
    expect: 'read',
    build: () =>
      xlsx({ sheets: [{ name: '数据', xml: sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>', `<mergeCells>${'<mergeCell/>'.repeat(200000)}<mergeCell ${'a'.repeat(MB)}/></mergeCells>`) }] }),
  },
  {
    name: 'xf-flood.xlsx',
    expect: 'read',
    build: () => {
      // 100,000 cell formats (Excel stops at 64,000), all of one custom format 200,000 '[' long
      const xfs = '<xf numFmtId="164" fontId="0" fillId="0" borderId="0"/>'.repeat(100000);
      const styles = `<?xml version="1.0" encoding="UTF-8"?><styleSheet ${NS}><numFmts count="1"><numFmt numFmtId="164" formatCode="${'['.repeat(200000)}0.00"/></numFmts><cellXfs count="100000">${xfs}</cellXfs></styleSheet>`;
      const cells = Array.from({ length: 2000 }, (_, i) => `<c r="A${i + 1}" s="${99999 - i}"><v>${i}</v></c>`);
      return xlsx({ styles, sheets: [{ name: '数据', xml: sheetXml(cells.map((c, i) => `<row r="${i + 1}">${c}</row>`).join('')) }] });
    },
  },
  {
    name: 'shared-formula-100k.xlsx',
    expect: 'refused',
    problem: /单元格 A1 的公式有 100002 个字符,超过 Excel 的上限 8192/,
    build: () => {
      const rows = [`<row r="1"><c r="A1"><f t="shared" ref="A1:A1000" si="0">${'-'.repeat(100000)}B1</f><v>0</v></c></row>`];
      for (let r = 2; r <= 1000; r++) rows.push(`<row r="${r}"><c r="A${r}"><f t="shared" si="0"/><v>0</v></c></row>`);
      return xlsx({ sheets: [{ name: '数据', xml: sheetXml(rows.join('')) }] });
    },
  },
  {
    name: 'shared-formula-8k.xlsx',
    expect: 'read',
    build: () => {
      const rows = [`<row r="1"><c r="A1"><f t="shared" ref="A1:A3000" si="0">${'-'.repeat(8000)}B1</f><v>0</v></c></row>`];
      for (let r = 2; r <= 3000; r++) rows.push(`<row r="${r}"><c r="A${r}"><f t="shared" si="0"/><v>0</v></c></row>`);
      return xlsx({ sheets: [{ name: '数据', xml: sheetXml(rows.join('')) }] });
    },
  },
  {
    name: 'shared-formula-flood.xlsx',
    expect: 'refused',
    problem: /共享公式展开的公式合计超过/,
    build: () => {
      const rows = [`<row r="1"><c r="A1"><f t="shared" ref="A1:A100000" si="0">${'1+'.repeat(4000)}B1</f><v>0</v></c></row>`];
      for (let r = 2; r <= 100000; r++) rows.push(`<row r="${r}"><c r="A${r}"><f t="shared" si="0"/></c></row>`);
      return xlsx({ sheets: [{ name: '数据', xml: sheetXml(rows.join('')) }] });
    },
  },
  {
    name: 'entities.xlsx',
    expect: 'read',
    build: () =>
      xlsx({
        sst: `<sst ${NS}><si><t>&constructor;</t></si><si><t>&toString;&hasOwnProperty;&#99999999;&#x1F600;&amp;</t></si></sst>`,
        sheets: [
          {
            name: '数据',
            xml: sheetXml(
              '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>&valueOf;&__proto__;</t></is></c>' +
                '<c r="D1" t="str"><f>"x"</f><v>&constructor;</v></c><c r="E1" t="d"><v>2020-05-01T00:00:00Z</v></c><c r="F1" t="d"><v>2021-03-04</v></c></row>',
            ),
          },
        ],
      }),
  },
  {
    name: 'date-overflow.xlsx',
    expect: 'read',
    build: () =>
      xlsx({
        styles: `<styleSheet ${NS}><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>`,
        sheets: [{ name: '数据', xml: sheetXml('<row r="1"><c r="A1" s="1"><v>1E+300</v></c><c r="B1" s="1"><v>43831</v></c><c r="C1" t="d"><v>不是日期</v></c></row>') }],
      }),
  },
  {
    name: 'unclosed-tags.xlsx',
    expect: 'read',
    build: () =>
      xlsx({
        sst: `<sst ${NS}><si><t>一</t></si><si><r><t>二</t></r><rPh><t>x</t><si><t`,
        sheets: [{ name: '数据', xml: `${SHEET_HEAD}<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>未闭合` }],
      }),
  },
  {
    name: 'long-number.xlsx',
    expect: 'read',
    build: () => xlsx({ sheets: [{ name: '数据', xml: sheetXml(`<row r="1"><c r="A1"><v>${'9'.repeat(4 * MB)}</v></c><c r="B1" t="inlineStr"><is><t>${'长'.repeat(MB)}</t></is></c></row>`) }] }),
  },
  {
    name: 'bindings-200k.xlsx',
    expect: 'read',
    build: () => xlsx({ hidden: ['_MZ_BINDINGS'], sheets: [{ name: '数据', xml: dataSheet(200000) }, { name: '_MZ_BINDINGS', xml: bindingsSheet(200000) }] }),
  },
];

/** Rewrites a zip's end record to point to zip64 end records carrying `count` (beyond 65,535 entries). */
function withZip64End(z, count) {
  const eocd = z.length - 22;
  const cdSize = z.readUInt32LE(eocd + 12);
  const cdOff = z.readUInt32LE(eocd + 16);
  const rec = Buffer.alloc(56);
  rec.writeUInt32LE(0x06064b50, 0);
  rec.writeBigUInt64LE(44n, 4);
  rec.writeUInt16LE(45, 12);
  rec.writeUInt16LE(45, 14);
  rec.writeBigUInt64LE(BigInt(count), 24);
  rec.writeBigUInt64LE(BigInt(count), 32);
  rec.writeBigUInt64LE(BigInt(cdSize), 40);
  rec.writeBigUInt64LE(BigInt(cdOff), 48);
  const loc = Buffer.alloc(20);
  loc.writeUInt32LE(0x07064b50, 0);
  loc.writeBigUInt64LE(BigInt(eocd), 8);
  loc.writeUInt32LE(1, 16);
  const end = Buffer.from(z.subarray(eocd));
  end.writeUInt16LE(0xffff, 8);
  end.writeUInt16LE(0xffff, 10);
  return Buffer.concat([z.subarray(0, eocd), rec, loc, end]);
}

/** Builds every corpus file (or those named) into `dir`; returns [{ ...entry, file, bytes }]. */
function buildCorpus(dir, names) {
  fs.mkdirSync(dir, { recursive: true });
  return CORPUS.filter((c) => !names || names.includes(c.name)).map((c) => {
    const file = path.join(dir, c.name);
    const buf = c.build();
    fs.writeFileSync(file, buf);
    return { ...c, file, bytes: buf.length };
  });
}

module.exports = { CORPUS, buildCorpus, zip, xlsx, xlsxEntries, sheetXml, repeatedDeflate, bindingsSheet, dataSheet };
