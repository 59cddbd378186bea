// A fast xlsx writer for new workbooks: SheetSpec[] → SpreadsheetML parts, zipped by zip.ts.
// exceljs writes ~100k cells/s with styles; this writes several million. Existing workbooks are
// written at the package level by xlsxPackage.ts with the same sheet writer (sheetXml).
import { ZipEntry, makeEntry, writeZip } from './zip';
import { CellStyle, CellValue, SheetSpec, blocksExtent, blocksToGrid, colName, parseA1 } from '../core/workbook';

export const esc = (s: string) =>
  s.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'))
    // characters not allowed in XML 1.0
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

/** Width of a text in character cells (CJK counts 2). */
export function textWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += ch.charCodeAt(0) > 0x2e7f ? 2 : 1;
  return w;
}

/** Row heights (points) for titles and wrapped notes merged across columns. */
export function rowHeights(spec: SheetSpec, styleAt: (r: number, c: number) => CellStyle | undefined, textAt: (r: number, c: number) => string): Map<number, number> {
  const out = new Map<number, number>();
  const widthOf = (c0: number, c1: number) => {
    let w = 0;
    for (let c = c0; c <= c1; c++) w += spec.colWidths[c] ?? 9;
    return w;
  };
  // wrapped header cells: as many lines as the text needs in its column (merged cells: their width)
  const mergedWidth = new Map<string, number>();
  for (const m of spec.merges) {
    const [from, to] = m.split(':');
    const p = parseA1(from);
    const q = parseA1(to ?? from);
    if (p && q) mergedWidth.set(`${p.row},${p.col}`, p.row === q.row ? widthOf(p.col, q.col) : -1);
  }
  for (const st of spec.styles ?? []) {
    if (st.style !== 'header') continue;
    const [from, to] = st.range.split(':');
    const p = parseA1(from);
    const q = parseA1(to ?? from);
    if (!p || !q) continue;
    for (let r = p.row; r <= q.row; r++) {
      for (let c = p.col; c <= q.col; c++) {
        const text = textAt(r, c);
        if (!text) continue;
        const mw = mergedWidth.get(`${r},${c}`);
        if (mw === -1) continue; // merged over rows: fits
        const w = mw ?? widthOf(c, c);
        const lines = Math.ceil((textWidth(text) + 1) / Math.max(4, w - 1));
        if (lines > 1) out.set(r, Math.max(out.get(r) ?? 15, lines * 13 + 3));
      }
    }
  }
  for (const m of spec.merges) {
    const [from, to] = m.split(':');
    const p = parseA1(from);
    const q = parseA1(to ?? from);
    if (!p || !q || p.row !== q.row) continue;
    const s = styleAt(p.row, p.col);
    const text = textAt(p.row, p.col);
    if (s === 'title') out.set(p.row, 28);
    else if (s === 'note' && text) {
      const lines = Math.max(1, Math.ceil((textWidth(text) * 0.95) / Math.max(10, widthOf(p.col, q.col))));
      out.set(p.row, Math.max(14, lines * 13));
    }
  }
  return out;
}

/** Style ranges → a lookup (later ranges win). Sparse map keyed by row then column. */
export function styleLookup(spec: SheetSpec): (r: number, c: number) => CellStyle | undefined {
  const rows = new Map<number, { c0: number; c1: number; s: CellStyle }[]>();
  for (const s of spec.styles ?? []) {
    const [from, to] = s.range.split(':');
    const p = parseA1(from);
    const q = parseA1(to ?? from);
    if (!p || !q) continue;
    for (let r = p.row; r <= q.row; r++) {
      let l = rows.get(r);
      if (!l) rows.set(r, (l = []));
      l.push({ c0: p.col, c1: q.col, s: s.style });
    }
  }
  return (r, c) => {
    const l = rows.get(r);
    if (!l) return undefined;
    let out: CellStyle | undefined;
    for (const x of l) if (c >= x.c0 && c <= x.c1) out = x.s;
    return out;
  };
}

// fonts: 0 plain, 1 bold, 2 title, 3 note; fills: 0 none, 1 gray125, 2 header; borders: 0 none, 1 thin
const fontXml = (sz: number, b: boolean) => `<font>${b ? '<b/>' : ''}<sz val="${sz}"/><name val="SimSun"/><family val="3"/><charset val="134"/></font>`;
const THIN_SIDES =
  '<left style="thin"><color rgb="FF808080"/></left><right style="thin"><color rgb="FF808080"/></right><top style="thin"><color rgb="FF808080"/></top><bottom style="thin"><color rgb="FF808080"/></bottom>';
/** The fonts, fills and borders MZ's cell styles use, as stylesheet entries. */
export const STYLE_PARTS = {
  fonts: [fontXml(10, false), fontXml(10, true), fontXml(16, true), fontXml(9, false)],
  fills: [
    '<fill><patternFill patternType="none"/></fill>',
    '<fill><patternFill patternType="gray125"/></fill>',
    '<fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/><bgColor indexed="64"/></patternFill></fill>',
  ],
  borders: ['<border><left/><right/><top/><bottom/><diagonal/></border>', `<border>${THIN_SIDES}<diagonal/></border>`],
};

/** Where the cell styles land: the ids of STYLE_PARTS entries, number formats and cellXfs in a stylesheet. */
export interface StyleTarget {
  font: number[];
  fill: number[];
  border: number[];
  /** cellStyleXfs has an entry 0 that xfs may point at */
  xfId: boolean;
  numFmt(code: string): number;
  /** index of a cellXfs entry (added when new) */
  xf(xml: string): number;
}

const BUILTIN_FMTS: [string, number][] = [
  ['General', 0],
  ['0', 1],
  ['0.00', 2],
  ['#,##0', 3],
  ['#,##0.00', 4],
];

/** A stylesheet of MZ's own (new workbooks): STYLE_PARTS in order, custom formats from 164. */
class OwnStyles implements StyleTarget {
  font = [0, 1, 2, 3];
  fill = [0, 1, 2];
  border = [0, 1];
  xfId = true;
  private numFmtIds = new Map<string, number>(BUILTIN_FMTS);
  readonly custom: [number, string][] = [];
  readonly xfList: string[] = [];
  private xfIndex = new Map<string, number>();
  numFmt(code: string): number {
    let n = this.numFmtIds.get(code);
    if (n === undefined) {
      n = 164 + this.custom.length;
      this.custom.push([n, code]);
      this.numFmtIds.set(code, n);
    }
    return n;
  }
  xf(xml: string): number {
    let i = this.xfIndex.get(xml);
    if (i === undefined) {
      i = this.xfList.length;
      this.xfList.push(xml);
      this.xfIndex.set(xml, i);
    }
    return i;
  }
  xml(): string {
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      (this.custom.length
        ? `<numFmts count="${this.custom.length}">${this.custom.map(([id, f]) => `<numFmt numFmtId="${id}" formatCode="${esc(f)}"/>`).join('')}</numFmts>`
        : '') +
      `<fonts count="4">${STYLE_PARTS.fonts.join('')}</fonts>` +
      `<fills count="3">${STYLE_PARTS.fills.join('')}</fills>` +
      `<borders count="2">${STYLE_PARTS.borders.join('')}</borders>` +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${this.xfList.length}">${this.xfList.join('')}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '</styleSheet>'
    );
  }
}

/** MZ's named cell styles as cellXfs entries of a target stylesheet. */
export class Styles {
  private static DEF: Record<CellStyle | 'plain', { font: number; fill: number; border: number; align: string }> = {
    plain: { font: 0, fill: 0, border: 0, align: '' },
    title: { font: 2, fill: 0, border: 0, align: '<alignment horizontal="center" vertical="center"/>' },
    header: { font: 1, fill: 2, border: 1, align: '<alignment horizontal="center" vertical="center" wrapText="1"/>' },
    label: { font: 0, fill: 0, border: 1, align: '<alignment vertical="center"/>' },
    center: { font: 0, fill: 0, border: 1, align: '<alignment horizontal="center" vertical="center"/>' },
    total: { font: 1, fill: 0, border: 1, align: '<alignment vertical="center"/>' },
    note: { font: 3, fill: 0, border: 0, align: '<alignment vertical="top" wrapText="1"/>' },
  };
  private fast = new Map<string, Map<string, number>>();
  constructor(readonly target: StyleTarget = new OwnStyles()) {
    this.xf('plain', null);
  }
  xf(style: CellStyle | 'plain', fmt: string | null): number {
    const f = fmt ?? '';
    let m = this.fast.get(style);
    if (!m) this.fast.set(style, (m = new Map()));
    const hit = m.get(f);
    if (hit !== undefined) return hit;
    const t = this.target;
    const nf = fmt ? t.numFmt(fmt) : 0;
    const d = Styles.DEF[style];
    const font = t.font[d.font];
    const fill = t.fill[d.fill];
    const border = t.border[d.border];
    const id = t.xf(
      `<xf numFmtId="${nf}" fontId="${font}" fillId="${fill}" borderId="${border}"${t.xfId ? ' xfId="0"' : ''}` +
        `${nf ? ' applyNumberFormat="1"' : ''}${font ? ' applyFont="1"' : ''}${fill ? ' applyFill="1"' : ''}` +
        `${border ? ' applyBorder="1"' : ''}${d.align ? ' applyAlignment="1">' + d.align + '</xf>' : '/>'}`,
    );
    m.set(f, id);
    return id;
  }
}

class SharedStrings {
  private ids = new Map<string, number>();
  private list: string[] = [];
  count = 0;
  id(s: string): number {
    this.count++;
    let i = this.ids.get(s);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(s);
      this.ids.set(s, i);
    }
    return i;
  }
  xml(): string {
    const parts: string[] = [];
    for (const s of this.list) parts.push(`<si><t xml:space="preserve">${esc(s)}</t></si>`);
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.count}" uniqueCount="${this.list.length}">` +
      parts.join('') +
      '</sst>'
    );
  }
}

/** One dense grid for a sheet: its blocks merged, extended to cover styled ranges. */
function denseGrid(spec: SheetSpec): { values: CellValue[][]; formulas: (string | null)[][]; numFmts: (string | null)[][]; h: number; w: number } {
  let { h, w } = blocksExtent(spec.blocks);
  for (const s of spec.styles ?? []) {
    const q = parseA1(s.range.split(':')[1] ?? s.range);
    if (q) {
      h = Math.max(h, q.row + 1);
      w = Math.max(w, q.col + 1);
    }
  }
  const only = spec.blocks.length === 1 ? spec.blocks[0] : undefined;
  if (only && only.topLeft === 'A1' && only.values.length === h && (only.values[0]?.length ?? 0) === w) {
    return { values: only.values, formulas: only.formulas ?? [], numFmts: only.numFmts ?? [], h, w };
  }
  return { ...blocksToGrid(spec.blocks, h, w), h, w };
}

/** A string cell's tail after `<c r=".." s=".."`: shared string index or inline string. */
export type StringCell = (s: string) => string;
export const inlineString: StringCell = (v) => ` t="inlineStr"><is><t xml:space="preserve">${esc(v)}</t></is></c>`;

/** One worksheet part. */
export function sheetXml(spec: SheetSpec, styles: Styles, str: StringCell, first: boolean): string {
  const styleAt = styleLookup(spec);
  const g = denseGrid(spec);
  const textAt = (r: number, c: number) => {
    const v = g.values[r]?.[c];
    return typeof v === 'string' ? v : '';
  };
  const heights = rowHeights(spec, styleAt, textAt);
  const cols: string[] = [];
  for (let c = 0; c < Math.max(g.w, 1); c++) cols.push(colName(c));
  const out: string[] = [];
  out.push(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">',
  );
  if (spec.print?.fitToWidth) out.push('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  out.push(`<dimension ref="A1:${cols[Math.max(0, g.w - 1)]}${Math.max(1, g.h)}"/>`);
  out.push(`<sheetViews><sheetView workbookViewId="0"${first ? ' tabSelected="1"' : ''}/></sheetViews>`);
  out.push('<sheetFormatPr defaultRowHeight="15"/>');
  if (spec.colWidths.length) {
    out.push('<cols>');
    spec.colWidths.forEach((w, i) => out.push(`<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`));
    out.push('</cols>');
  }
  out.push('<sheetData>');
  for (let r = 0; r < g.h; r++) {
    const vr = g.values[r];
    const fr = g.formulas[r];
    const nr = g.numFmts[r];
    const h = heights.get(r);
    let s = '';
    const rn = r + 1;
    for (let c = 0; c < g.w; c++) {
      const v = vr ? vr[c] : null;
      const f = fr ? fr[c] : null;
      const sname = styleAt(r, c);
      if ((v === null || v === undefined) && !f && !sname) continue;
      const st = styles.xf(sname ?? 'plain', nr ? nr[c] : null);
      const head = `<c r="${cols[c]}${rn}"${st ? ` s="${st}"` : ''}`;
      if (f) {
        const fx = `<f>${esc(f.charCodeAt(0) === 61 ? f.slice(1) : f)}</f>`;
        if (typeof v === 'number') s += `${head}>${fx}<v>${v}</v></c>`;
        else if (typeof v === 'string') s += `${head} t="str">${fx}<v>${esc(v)}</v></c>`;
        else if (typeof v === 'boolean') s += `${head} t="b">${fx}<v>${v ? 1 : 0}</v></c>`;
        else s += `${head} t="str">${fx}<v></v></c>`;
      } else if (typeof v === 'number') s += `${head}><v>${v}</v></c>`;
      else if (typeof v === 'string') s += head + str(v);
      else if (typeof v === 'boolean') s += `${head} t="b"><v>${v ? 1 : 0}</v></c>`;
      else s += `${head}/>`;
    }
    if (s || h) out.push(`<row r="${rn}"${h ? ` ht="${h}" customHeight="1"` : ''}>${s}</row>`);
  }
  out.push('</sheetData>');
  if (spec.merges.length) {
    out.push(`<mergeCells count="${spec.merges.length}">`);
    for (const m of spec.merges) out.push(`<mergeCell ref="${m}"/>`);
    out.push('</mergeCells>');
  }
  if (spec.print) {
    out.push('<printOptions horizontalCentered="1"/>');
    out.push('<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>');
    out.push(
      `<pageSetup paperSize="9" orientation="${spec.print.landscape ? 'landscape' : 'portrait'}"` +
        `${spec.print.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : ''}/>`,
    );
  } else out.push('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>');
  out.push('</worksheet>');
  return out.join('');
}

/** Print titles (rows repeated on every page) as workbook defined names. */
function printTitles(sheets: SheetSpec[]): string {
  const names = sheets
    .map((s, i) => (s.print?.titleRows ? `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">'${esc(s.name.replace(/'/g, "''"))}'!$${s.print.titleRows[0]}:$${s.print.titleRows[1]}</definedName>` : ''))
    .join('');
  return names ? `<definedNames>${names}</definedNames>` : '';
}

/** Writes sheets (in order) as a new xlsx file. */
export async function writeXlsx(sheets: SheetSpec[]): Promise<Uint8Array> {
  const files: [string, string | Uint8Array][] = [];
  const zip = { file: (name: string, data: string | Uint8Array) => void files.push([name, data]) };
  const own = new OwnStyles();
  const styles = new Styles(own);
  const sst = new SharedStrings();
  const str: StringCell = (v) => ` t="s"><v>${sst.id(v)}</v></c>`;
  const firstVisible = sheets.findIndex((s) => !s.hidden);
  // bytes via TextEncoder: much faster than JSZip's own UTF-8 encoding of large strings
  const enc = new TextEncoder();
  sheets.forEach((s, i) =>
    zip.file(`xl/worksheets/sheet${i + 1}.xml`, enc.encode(sheetXml(s, styles, str, i === firstVisible))),
  );
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      sheets
        .map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`)
        .join('') +
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
      '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
      '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>' +
      '</Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>' +
      '</Relationships>',
  );
  zip.file(
    'docProps/app.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>MZ</Application></Properties>',
  );
  zip.file(
    'xl/workbook.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
      `<bookViews><workbookView activeTab="${Math.max(0, firstVisible)}"/></bookViews><sheets>` +
      sheets
        .map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}"${s.hidden ? ' state="hidden"' : ''} r:id="rId${i + 1}"/>`)
        .join('') +
      '</sheets>' +
      printTitles(sheets) +
      '<calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>',
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      sheets
        .map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
        .join('') +
      `<Relationship Id="rId${sheets.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
      `<Relationship Id="rId${sheets.length + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>` +
      '</Relationships>',
  );
  zip.file('xl/styles.xml', own.xml());
  zip.file('xl/sharedStrings.xml', enc.encode(sst.xml()));
  const order = ['[Content_Types].xml', '_rels/.rels'];
  const rank = (n: string) => (order.includes(n) ? order.indexOf(n) : order.length);
  files.sort((a, b) => rank(a[0]) - rank(b[0]));
  const entries: ZipEntry[] = [];
  for (const [n, d] of files) entries.push(await makeEntry(n, typeof d === 'string' ? enc.encode(d) : d, 1));
  return writeZip(entries);
}
