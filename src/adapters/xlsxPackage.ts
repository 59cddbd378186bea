// Writes MZ's sheets into an existing workbook at the package (zip part) level. Only MZ's own sheet
// parts are written; workbook.xml, its relationships, [Content_Types].xml and styles.xml are edited
// in place (styles are appended, existing entries keep their numbers); every other part (the user's
// sheets, charts, drawings, images, comments, data validation, protection, defined names, shared
// strings) is copied byte for byte. MZ's sheets use inline strings, so sharedStrings.xml is untouched.
import { SheetExistsError, SheetSpec, WriteMode } from '../core/workbook';
import { STYLE_PARTS, StyleTarget, Styles, esc, inlineString, sheetXml } from './xlsxWriter';
import { scanAttrs } from './xmlText';
import { workbookReadFailure } from './readFailure';
import { InflateBudget, ZipEntry, ZipError, entryBytes, makeEntry, readZip, writeZip } from './zip';

export class XlsxPackageError extends Error {
  constructor(
    message: string,
    /** 'limit': beyond the reading limits; 'corrupt': not a readable xlsx */
    readonly kind: 'limit' | 'corrupt' = 'corrupt',
  ) {
    super(message);
    this.name = 'XlsxPackageError';
  }
}

const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_REL_STRICT = 'http://purl.oclc.org/ooxml/officeDocument/relationships';
const CT_SHEET = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const CT_STYLES = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';

// ---------------------------------------------------------------------------------------------
// XML text helpers (no DOM: the parts are edited as text so that everything else stays as it was)

interface El {
  /** offset of '<' */
  start: number;
  /** offset after the element's end ('/>' or its end tag) */
  end: number;
  /** offset after the start tag's '>' */
  openEnd: number;
  prefix: string;
  attrs: Record<string, string>;
  selfClosing: boolean;
}

const parseAttrs = (tag: string): Record<string, string> => scanAttrs(tag);

/**
 * xml up to its last '>': a tag regex then never fails after scanning to the end of the text (which
 * made every unclosed '<name' cost a full scan). Offsets are unchanged.
 */
const toLastGt = (xml: string) => xml.slice(0, xml.lastIndexOf('>') + 1);

/** Elements of a local name (any prefix) within [from, to). Only for elements that do not nest. */
function elements(xml: string, local: string, from = 0, to = xml.length): El[] {
  const out: El[] = [];
  const re = new RegExp(`<((?:[\\w.-]+:)?)${local}(?=[\\s/>])[^>]*>`, 'g');
  re.lastIndex = from;
  const hay = toLastGt(xml);
  // an end tag searched for and not found from an offset is not found from any later one
  const missing = new Map<string, number>();
  let m: RegExpExecArray | null;
  while ((m = re.exec(hay)) && m.index < to) {
    const tag = m[0];
    const selfClosing = tag.endsWith('/>');
    const openEnd = m.index + tag.length;
    let end = openEnd;
    if (!selfClosing) {
      const closeTag = `</${m[1]}${local}>`;
      const close = (missing.get(closeTag) ?? Infinity) <= openEnd ? -1 : xml.indexOf(closeTag, openEnd);
      if (close < 0 && !missing.has(closeTag)) missing.set(closeTag, openEnd);
      end = close < 0 ? openEnd : close + closeTag.length;
      re.lastIndex = end;
    }
    out.push({ start: m.index, end, openEnd, prefix: m[1], attrs: parseAttrs(tag), selfClosing });
  }
  return out;
}

/** The first container element of a local name with the spans of its direct children. */
function container(xml: string, local: string): { el: El; inner: [number, number]; children: [number, number][] } | null {
  const re = new RegExp(`<((?:[\\w.-]+:)?)${local}(?=[\\s/>])[^>]*>`);
  const hay = toLastGt(xml);
  const m = re.exec(hay);
  if (!m) return null;
  const tag = m[0];
  const openEnd = m.index + tag.length;
  const prefix = m[1];
  if (tag.endsWith('/>')) {
    return { el: { start: m.index, end: openEnd, openEnd, prefix, attrs: parseAttrs(tag), selfClosing: true }, inner: [openEnd, openEnd], children: [] };
  }
  // walk tags, tracking depth, until the matching end tag; comments, PIs and CDATA are skipped by
  // searching for their end (an unclosed one ends the walk instead of being rescanned from each '<')
  const tagRe = /<(\/?)([\w:.-]+)[^>]*?(\/?)>|<!--|<\?|<!\[CDATA\[/g;
  const skipTo: Record<string, string> = { '<!--': '-->', '<?': '?>', '<![CDATA[': ']]>' };
  tagRe.lastIndex = openEnd;
  let depth = 0;
  let childStart = -1;
  const children: [number, number][] = [];
  let t: RegExpExecArray | null;
  while ((t = tagRe.exec(hay))) {
    if (t[2] === undefined) {
      const close = hay.indexOf(skipTo[t[0]], t.index + t[0].length);
      if (close < 0) break;
      tagRe.lastIndex = close + skipTo[t[0]].length;
      continue;
    }
    const closing = t[1] === '/';
    const self = t[3] === '/';
    if (closing) {
      if (depth === 0) {
        return {
          el: { start: m.index, end: t.index + t[0].length, openEnd, prefix, attrs: parseAttrs(tag), selfClosing: false },
          inner: [openEnd, t.index],
          children,
        };
      }
      depth--;
      if (depth === 0) children.push([childStart, t.index + t[0].length]);
    } else if (self) {
      if (depth === 0) children.push([t.index, t.index + t[0].length]);
    } else {
      if (depth === 0) childStart = t.index;
      depth++;
    }
  }
  return null;
}

/** Sets (or removes, with null) an attribute in the start tag at [start, openEnd). */
function setAttr(xml: string, el: { start: number; openEnd: number }, name: string, value: string | null): string {
  const tag = xml.slice(el.start, el.openEnd);
  const re = new RegExp(`\\s${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*(?:"[^"]*"|'[^']*')`);
  let next: string;
  if (re.test(tag)) next = tag.replace(re, value === null ? '' : ` ${name}="${esc(value)}"`);
  else if (value === null) next = tag;
  else next = tag.replace(/\s*(\/?)>$/, ` ${name}="${esc(value)}"$1>`);
  return xml.slice(0, el.start) + next + xml.slice(el.openEnd);
}

// ---------------------------------------------------------------------------------------------
// package paths

const dirOf = (p: string) => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '');
const relsOf = (p: string) => (p === '' ? '_rels/.rels' : `${dirOf(p) ? dirOf(p) + '/' : ''}_rels/${p.slice(p.lastIndexOf('/') + 1)}.rels`);

/** A relationship target resolved against the folder of its source part (no leading '/'). */
function resolveTarget(source: string, target: string): string {
  const t = target.split('#')[0];
  const parts = t.startsWith('/') ? [] : dirOf(source).split('/').filter(Boolean);
  for (const seg of t.replace(/^\//, '').split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

/** A target for `to`, relative to the folder of `source`. */
function relativeTarget(source: string, to: string): string {
  const from = dirOf(source).split('/').filter(Boolean);
  const dest = to.split('/');
  let i = 0;
  while (i < from.length && i < dest.length - 1 && from[i] === dest[i]) i++;
  return [...from.slice(i).map(() => '..'), ...dest.slice(i)].join('/');
}

interface Rel {
  id: string;
  type: string;
  target: string; // resolved part path
  external: boolean;
}

function parseRels(xml: string, source: string): Rel[] {
  return elements(xml, 'Relationship').map((e) => ({
    id: e.attrs.Id ?? '',
    type: e.attrs.Type ?? '',
    external: e.attrs.TargetMode === 'External',
    target: e.attrs.TargetMode === 'External' ? e.attrs.Target ?? '' : resolveTarget(source, e.attrs.Target ?? ''),
  }));
}

// ---------------------------------------------------------------------------------------------

interface SheetRef {
  name: string;
  rid: string;
  /** the part path, '' when the relationship is missing */
  part: string;
  hidden: boolean;
}

/** An existing xlsx, opened to have MZ's sheets written into it. */
export class XlsxPackage {
  private readonly byName = new Map<string, ZipEntry>();
  private readonly text = new Map<string, string>();

  private constructor(
    private readonly entries: ZipEntry[],
    readonly label: string,
    private readonly wbPath: string,
    readonly sheets: SheetRef[],
    private readonly budget: InflateBudget,
  ) {
    for (const e of entries) this.byName.set(e.name.toLowerCase(), e);
  }

  /** Opens xlsx bytes; throws XlsxPackageError (Chinese, naming `label`) when they are not an xlsx. */
  static async open(bytes: Uint8Array, label = '工作簿'): Promise<XlsxPackage> {
    const bad = (why: string) => new XlsxPackageError(workbookReadFailure(label, { message: why }));
    let entries: ZipEntry[];
    try {
      entries = readZip(bytes);
    } catch (e) {
      throw e instanceof ZipError ? new XlsxPackageError(workbookReadFailure(label, e), e.kind) : bad(String(e));
    }
    const budget = new InflateBudget(bytes.length);
    const tmp = new XlsxPackage(entries, label, '', [], budget);
    const ct = await tmp.read('[Content_Types].xml');
    if (ct === null) throw bad('缺少 [Content_Types].xml');
    const root = parseRels((await tmp.read('_rels/.rels')) ?? '', '');
    const office = root.find((r) => /\/officeDocument$/.test(r.type) && !r.external);
    const wbPath = office?.target ?? 'xl/workbook.xml';
    const wb = await tmp.read(wbPath);
    if (wb === null) throw bad(`缺少工作簿部件 ${wbPath}`);
    const rels = parseRels((await tmp.read(relsOf(wbPath))) ?? '', wbPath);
    const sheets: SheetRef[] = elements(wb, 'sheet').map((e) => {
      const rid = Object.entries(e.attrs).find(([k]) => /(^|:)id$/.test(k) && k !== 'sheetId')?.[1] ?? '';
      const rel = rels.find((r) => r.id === rid);
      return { name: e.attrs.name ?? '', rid, part: rel && !rel.external ? rel.target : '', hidden: !!e.attrs.state && e.attrs.state !== 'visible' };
    });
    const pkg = new XlsxPackage(entries, label, wbPath, sheets, budget);
    for (const [k, v] of tmp.text) pkg.text.set(k, v);
    return pkg;
  }

  get sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  /** A part's text (UTF-8), or null when the part is missing. */
  async read(part: string): Promise<string | null> {
    const key = part.toLowerCase();
    const cached = this.text.get(key);
    if (cached !== undefined) return cached;
    const e = this.byName.get(key);
    if (!e) return null;
    let bytes: Uint8Array;
    try {
      bytes = await entryBytes(e, this.budget);
    } catch (err) {
      if (err instanceof ZipError) throw new XlsxPackageError(workbookReadFailure(this.label, err), err.kind);
      throw err;
    }
    let t = new TextDecoder().decode(bytes);
    if (t.charCodeAt(0) === 0xfeff) t = t.slice(1);
    this.text.set(key, t);
    return t;
  }

  /** The parts reachable from the package root through relationships (rels parts included). */
  private async reachable(override: Map<string, string | null>): Promise<Set<string>> {
    const seen = new Set<string>();
    const visit = async (part: string) => {
      const rp = relsOf(part).toLowerCase();
      const xml = override.has(rp) ? override.get(rp) : await this.read(rp);
      if (xml === null || xml === undefined) return;
      seen.add(rp);
      for (const r of parseRels(xml, part)) {
        if (r.external) continue;
        const k = r.target.toLowerCase();
        if (seen.has(k) || override.get(k) === null || !(this.byName.has(k) || override.has(k))) continue;
        seen.add(k);
        await visit(r.target);
      }
    };
    await visit('');
    return seen;
  }

  /**
   * The workbook with `specs` written: a sheet of the same name (case-insensitive, as Excel
   * compares) is replaced in place with 'replace'; with 'fail-if-exists' SheetExistsError is thrown
   * and nothing is written. New sheets go after the existing ones.
   */
  async withSheets(specs: SheetSpec[], mode: WriteMode): Promise<Uint8Array> {
    const key = (n: string) => n.toUpperCase();
    const existing = new Map(this.sheets.map((s, i) => [key(s.name), i]));
    const clash = specs.filter((s) => existing.has(key(s.name))).map((s) => this.sheets[existing.get(key(s.name))!].name);
    if (clash.length && mode === 'fail-if-exists') throw new SheetExistsError(clash);

    const changed = new Map<string, string | null>(); // lower-case part → new text, null = removed
    const newParts = new Map<string, Uint8Array>(); // part → bytes (new sheets)
    const wbRelsPath = relsOf(this.wbPath);
    let wb = (await this.read(this.wbPath))!;
    let wbRels = (await this.read(wbRelsPath)) ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
    let ct = (await this.read('[Content_Types].xml'))!;
    const rels = parseRels(wbRels, this.wbPath);
    const relNs = wb.includes(NS_REL_STRICT) && !wb.includes(NS_REL) ? NS_REL_STRICT : NS_REL;
    const sheetType = `${relNs}/worksheet`;

    // styles: existing stylesheet with MZ's entries appended
    let stylesPath = rels.find((r) => /\/styles$/.test(r.type) && !r.external)?.target ?? '';
    let stylesXml = stylesPath ? await this.read(stylesPath) : null;
    if (stylesXml === null) {
      stylesPath = resolveTarget(this.wbPath, 'styles.xml');
      stylesXml =
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
        `<fonts count="1">${STYLE_PARTS.fonts[0]}</fonts><fills count="2">${STYLE_PARTS.fills[0]}${STYLE_PARTS.fills[1]}</fills>` +
        `<borders count="1">${STYLE_PARTS.borders[0]}</borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
        '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
        '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';
      const id = uniqueId(rels.map((r) => r.id));
      rels.push({ id, type: `${relNs}/styles`, target: stylesPath, external: false });
      wbRels = insertBefore(wbRels, 'Relationships', `<Relationship Id="${id}" Type="${relNs}/styles" Target="${esc(relativeTarget(this.wbPath, stylesPath))}"/>`);
      ct = addOverride(ct, stylesPath, CT_STYLES);
    }
    const app = new AppendedStyles(stylesXml);
    const styles = new Styles(app);

    // sheet parts: fresh names next to the workbook's worksheets
    const taken = new Set([...this.byName.keys()]);
    const sheetDir = resolveTarget(this.wbPath, 'worksheets/x').replace(/\/x$/, '');
    let seq = 1;
    const freshPart = () => {
      while (taken.has(`${sheetDir}/sheet${seq}.xml`.toLowerCase())) seq++;
      const p = `${sheetDir}/sheet${seq}.xml`;
      taken.add(p.toLowerCase());
      return p;
    };
    let replaced = false;
    const enc = new TextEncoder();
    const ids = rels.map((r) => r.id);
    let maxSheetId = elements(wb, 'sheet').reduce((m, e) => Math.max(m, Number(e.attrs.sheetId) || 0), 0);
    const sheetsEl = container(wb, 'sheets');
    if (!sheetsEl) throw new XlsxPackageError(`无法写入工作簿“${this.label}”:workbook.xml 中没有 <sheets>`);
    const pfx = sheetsEl.el.prefix;
    const rPrefix = nsPrefix(wb, relNs);
    const hiddenAfter = this.sheets.map((s) => s.hidden);
    // one sheet per name (the last spec of a name wins), in the order names first appear
    const unique = new Map<string, SheetSpec>();
    for (const spec of specs) unique.set(key(spec.name), spec);
    for (const [name, last] of unique) {
      const part = freshPart();
      newParts.set(part, enc.encode(sheetXml(last, styles, inlineString, false)));
      ct = addOverride(ct, part, CT_SHEET);
      const target = esc(relativeTarget(this.wbPath, part));
      const at = existing.get(name);
      if (at !== undefined) {
        replaced = true;
        const old = this.sheets[at];
        const relEl = elements(wbRels, 'Relationship').find((e) => e.attrs.Id === old.rid);
        const relXml = `<${relEl?.prefix ?? ''}Relationship Id="${esc(old.rid)}" Type="${sheetType}" Target="${target}"/>`;
        if (relEl) wbRels = wbRels.slice(0, relEl.start) + relXml + wbRels.slice(relEl.end);
        else wbRels = insertBefore(wbRels, 'Relationships', relXml);
        const sheetEl = elements(wb, 'sheet').filter((e) => e.start >= sheetsEl.inner[0])[at];
        wb = setAttr(wb, sheetEl, 'state', last.hidden ? 'hidden' : null);
        hiddenAfter[at] = !!last.hidden;
      } else {
        const id = uniqueId(ids);
        ids.push(id);
        wbRels = insertBefore(wbRels, 'Relationships', `<Relationship Id="${id}" Type="${sheetType}" Target="${target}"/>`);
        const rid = rPrefix ? `${rPrefix}:id="${id}"` : `xmlns:r="${relNs}" r:id="${id}"`;
        wb = insertBefore(wb, 'sheets', `<${pfx}sheet name="${esc(last.name)}" sheetId="${++maxSheetId}"${last.hidden ? ' state="hidden"' : ''} ${rid}/>`);
        hiddenAfter.push(!!last.hidden);
      }
    }

    // the active tab must stay visible
    const view = elements(wb, 'workbookView')[0];
    if (view) {
      const active = Number(view.attrs.activeTab ?? 0) || 0;
      if (hiddenAfter[active]) {
        const vis = hiddenAfter.findIndex((h) => !h);
        if (vis >= 0) wb = setAttr(wb, view, 'activeTab', String(vis));
      }
    }
    if (replaced) {
      // cells of a replaced sheet may have fed the user's formulas: recalculate on open
      const calc = elements(wb, 'calcPr')[0];
      if (calc) wb = setAttr(wb, calc, 'fullCalcOnLoad', '1');
      else wb = insertCalcPr(wb, pfx);
      // calcChain lists formula cells of the old sheet; Excel rebuilds it when it is missing
      const chain = rels.find((r) => /\/calcChain$/.test(r.type) && !r.external);
      if (chain) {
        const el = elements(wbRels, 'Relationship').find((e) => e.attrs.Id === chain.id);
        if (el) wbRels = wbRels.slice(0, el.start) + wbRels.slice(el.end);
      }
    }

    changed.set(this.wbPath.toLowerCase(), wb);
    changed.set(wbRelsPath.toLowerCase(), wbRels);
    changed.set(stylesPath.toLowerCase(), app.xml());
    for (const [p, b] of newParts) changed.set(p.toLowerCase(), new TextDecoder().decode(b));

    // parts only the replaced sheets (or the dropped calcChain) led to are removed
    const before = await this.reachable(new Map());
    const after = await this.reachable(changed);
    for (const p of before) {
      if (after.has(p)) continue;
      changed.set(p, null);
      ct = removeOverride(ct, p);
    }
    changed.set('[content_types].xml', ct);

    // the zip: original order, changed parts rewritten, new parts appended
    const names = new Map([...newParts.keys(), stylesPath].map((p) => [p.toLowerCase(), p]));
    const out: ZipEntry[] = [];
    const written = new Set<string>();
    for (const e of this.entries) {
      const k = e.name.toLowerCase();
      const t = changed.get(k);
      if (t === undefined) out.push(e);
      else if (t !== null) out.push(await makeEntry(e.name, enc.encode(t)));
      written.add(k);
    }
    for (const [k, t] of changed) {
      if (written.has(k) || t === null) continue;
      out.push(await makeEntry(names.get(k) ?? k, newParts.get(names.get(k) ?? '') ?? enc.encode(t)));
    }
    return writeZip(out);
  }
}

/** The prefix bound to a namespace on the root element, or '' when none. */
function nsPrefix(xml: string, ns: string): string {
  const root = /<(?!\?)[^>]*>/.exec(xml.replace(/^<\?[^>]*\?>\s*/, ''))?.[0] ?? '';
  const m = new RegExp(`xmlns:([\\w.-]+)\\s*=\\s*["']${ns.replace(/[.]/g, '\\.')}["']`).exec(root);
  return m ? m[1] : '';
}

function uniqueId(ids: string[]): string {
  const set = new Set(ids);
  let n = ids.length + 1;
  while (set.has(`rId${n}`)) n++;
  return `rId${n}`;
}

/** Inserts text before the end tag of the first element of a local name (expands a self-closing one). */
function insertBefore(xml: string, local: string, text: string): string {
  const c = container(xml, local);
  if (!c) throw new XlsxPackageError(`缺少 <${local}> 元素`);
  if (c.el.selfClosing) {
    const open = xml.slice(c.el.start, c.el.openEnd).replace(/\s*\/>$/, '>');
    return xml.slice(0, c.el.start) + open + text + `</${c.el.prefix}${local}>` + xml.slice(c.el.end);
  }
  return xml.slice(0, c.inner[1]) + text + xml.slice(c.inner[1]);
}

// CT_Workbook children that come after calcPr
const AFTER_CALCPR = ['oleSize', 'customWorkbookViews', 'pivotCaches', 'smartTagPr', 'smartTagTypes', 'webPublishing', 'fileRecoveryPr', 'webPublishObjects', 'extLst'];
function insertCalcPr(wb: string, pfx: string): string {
  let at = -1;
  for (const n of AFTER_CALCPR) {
    const m = new RegExp(`<(?:[\\w.-]+:)?${n}(?=[\\s/>])`).exec(wb);
    if (m && (at < 0 || m.index < at)) at = m.index;
  }
  if (at < 0) at = wb.lastIndexOf('</');
  return wb.slice(0, at) + `<${pfx}calcPr fullCalcOnLoad="1"/>` + wb.slice(at);
}

function addOverride(ct: string, part: string, type: string): string {
  return insertBefore(ct, 'Types', `<Override PartName="/${esc(part)}" ContentType="${type}"/>`);
}

function removeOverride(ct: string, partLower: string): string {
  for (const e of elements(ct, 'Override')) {
    if ((e.attrs.PartName ?? '').replace(/^\//, '').toLowerCase() === partLower) return ct.slice(0, e.start) + ct.slice(e.end);
  }
  return ct;
}

/** A stylesheet with MZ's fonts, fills, borders, number formats and cell formats appended. */
class AppendedStyles implements StyleTarget {
  font: number[];
  fill: number[];
  border: number[];
  xfId: boolean;
  private readonly add = { numFmts: [] as string[], fonts: [] as string[], fills: [] as string[], borders: [] as string[], cellXfs: [] as string[] };
  private readonly fmtIds = new Map<string, number>([
    ['General', 0],
    ['0', 1],
    ['0.00', 2],
    ['#,##0', 3],
    ['#,##0.00', 4],
  ]);
  private nextFmt = 164;
  private readonly xfIds = new Map<string, number>();
  private readonly counts: Record<string, number> = {};

  constructor(private readonly source: string) {
    const xml = source;
    const list = (name: 'fonts' | 'fills' | 'borders' | 'cellXfs') => {
      const c = container(xml, name);
      const items = c ? c.children.map(([a, b]) => xml.slice(a, b)) : [];
      this.counts[name] = items.length;
      return items;
    };
    const place = (name: 'fonts' | 'fills' | 'borders', existing: string[], mine: string) => {
      const i = existing.indexOf(mine);
      if (i >= 0) return i;
      const j = this.add[name].indexOf(mine);
      if (j >= 0) return existing.length + j;
      this.add[name].push(mine);
      return existing.length + this.add[name].length - 1;
    };
    const fonts = list('fonts');
    const fills = list('fills');
    const borders = list('borders');
    this.font = STYLE_PARTS.fonts.map((f) => place('fonts', fonts, f));
    // fills 0 and 1 are fixed by the format (none, gray125)
    this.fill = [0, 1, place('fills', fills, STYLE_PARTS.fills[2])];
    this.border = STYLE_PARTS.borders.map((b) => place('borders', borders, b));
    list('cellXfs').forEach((x, i) => {
      if (!this.xfIds.has(x)) this.xfIds.set(x, i);
    });
    const csx = container(xml, 'cellStyleXfs');
    this.xfId = !!csx && csx.children.length > 0;
    // the workbook's own formats (those of dxfs only keep their ids out of the way)
    for (const e of elements(xml, 'numFmt')) {
      const id = Number(e.attrs.numFmtId);
      if (!Number.isFinite(id)) continue;
      if (e.attrs.formatCode !== undefined && !this.fmtIds.has(e.attrs.formatCode)) this.fmtIds.set(e.attrs.formatCode, id);
      this.nextFmt = Math.max(this.nextFmt, id + 1);
    }
  }

  numFmt(code: string): number {
    let id = this.fmtIds.get(code);
    if (id === undefined) {
      id = this.nextFmt++;
      this.fmtIds.set(code, id);
      this.add.numFmts.push(`<numFmt numFmtId="${id}" formatCode="${esc(code)}"/>`);
    }
    return id;
  }

  xf(x: string): number {
    let i = this.xfIds.get(x);
    if (i === undefined) {
      i = this.counts.cellXfs + this.add.cellXfs.length;
      this.add.cellXfs.push(x);
      this.xfIds.set(x, i);
    }
    return i;
  }

  /** The stylesheet text: the original with the additions appended to each list. */
  xml(): string {
    let s = this.source;
    const append = (name: string, items: string[], total: number, createAfter: string[]) => {
      if (!items.length) return;
      const c = container(s, name);
      if (c) {
        s = insertBefore(s, name, items.join(''));
        const again = container(s, name)!;
        s = setAttr(s, again.el, 'count', String(total));
        return;
      }
      // the list is missing: create it at its place in CT_Stylesheet order
      const root = container(s, 'styleSheet');
      const pfx = root?.el.prefix ?? '';
      let at = -1;
      for (const n of createAfter) {
        const m = container(s, n);
        if (m) at = Math.max(at, m.el.end);
      }
      if (at < 0) at = root ? root.inner[0] : s.length;
      s = s.slice(0, at) + `<${pfx}${name} count="${total}">${items.join('')}</${pfx}${name}>` + s.slice(at);
    };
    const numFmtCount = (container(s, 'numFmts')?.children.length ?? 0) + this.add.numFmts.length;
    append('numFmts', this.add.numFmts, numFmtCount, []);
    append('fonts', this.add.fonts, this.counts.fonts + this.add.fonts.length, ['numFmts']);
    append('fills', this.add.fills, this.counts.fills + this.add.fills.length, ['numFmts', 'fonts']);
    append('borders', this.add.borders, this.counts.borders + this.add.borders.length, ['numFmts', 'fonts', 'fills']);
    append('cellXfs', this.add.cellXfs, this.counts.cellXfs + this.add.cellXfs.length, ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs']);
    return s;
  }
}
