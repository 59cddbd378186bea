// A county's table by township copied one cell per line, no separators, its header not resolvable:
//   1 / 东岭镇 / 1200 / 72000 / 210 / 42000
//   2 / 西坪镇 / 980 / 58800 / 160 / 32000
// Each township's cells are its own (`sub_region`), never the county's; a total row and a row of another
// length stay `ambiguous_column` (which column a cell is cannot be told from a header one word per line).
// Also a run of values one per line after labels one per line (a headerless label row and value row):
// candidates only. Read only where the table reader found no table.
import { CandidateReason, heldCell } from './candidates';
import { normaliseChars } from './normalize';
import type { RowRegionBlock, RowRegionOptions } from './rowRegion';
import { tableSpans } from './table';

const TOWN = /^[\u4e00-\u9fff]{1,10}(?:镇|乡|街道|街道办事处|办事处)$/;
const TOTAL = /^(?:合计|总计|全县|全区|全市|全县合计|全区合计|全市合计|总数|共计)$/;
const NUM = /^\d+(?:\.\d+)?$/;
const HINT = /\n[ \t]*[\u4e00-\u9fff]{1,10}(?:镇|乡|街道)[ \t]*\r?\n(?:[ \t]*\r?\n)*[ \t]*\d/;

interface Item {
  t: string;
  start: number;
  end: number;
}

export function readTownRowsPerLine(text: string, o: RowRegionOptions): RowRegionBlock[] {
  const town = HINT.test(text);
  const run = RUN_HINT.test(text);
  if (!town && !run) return [];
  const items = itemsOf(text);
  const out = town ? townRows(text, items, o) : [];
  if (run) out.push(...valueRuns(text, items, o, out));
  return out;
}

/** four numbers one per line (blank lines between allowed) */
const RUN_HINT = /(?:\n[ \t]*\d+(?:\.\d+)?[ \t]*\r?(?:\n[ \t]*\r?)*){4}/;
/** a township or street named in the title (高明区(荷城街道)5月…) */
const TITLE_TOWN = /[\u4e00-\u9fff]{1,8}(?:街道|镇|乡)(?![\u4e00-\u9fff]*(?:工作|会议))/;

/**
 * Labels one per line, then their values one per line (a headerless label row and value row, copied one
 * cell per line): which label a value is cannot be told safely (group headings, units on lines of their
 * own), so every value is a candidate; the township's when the title names one.
 */
function valueRuns(text: string, items: Item[], o: RowRegionOptions, taken: RowRegionBlock[]): RowRegionBlock[] {
  const out: RowRegionBlock[] = [];
  let tables: { start: number; end: number }[] | undefined;
  const head = items.slice(0, 3).map((x) => x.t).join('');
  const town = TITLE_TOWN.exec(head)?.[0];
  const regionName = o.region || o.inferredRegion || '';
  let axis: { len: number; at: number } | undefined;
  for (let i = 1; i < items.length; i++) {
    if (!NUM.test(items[i].t) || NUM.test(items[i - 1].t)) continue;
    let k = i;
    while (k < items.length && NUM.test(items[k].t)) k++;
    if (k - i < 4) {
      i = k;
      continue;
    }
    // (2006 / 2007 / 2008 …: a year axis, no figures; the rows of as many values under it are a series by
    // year, left as they were)
    if (items.slice(i, k).every((x) => /^(?:19|20)\d{2}$/.test(x.t))) {
      axis = { len: k - i, at: k };
      i = k;
      continue;
    }
    if (axis && axis.len === k - i && i - axis.at < 40) {
      i = k;
      continue;
    }
    const start = items[i].start;
    const end = items[k - 1].end;
    tables ??= tableSpans(text);
    if ([...tables, ...taken].some((r) => r.start < end && start < r.end)) {
      i = k;
      continue;
    }
    const reason: CandidateReason = town && regionName ? 'sub_region' : 'ambiguous_column';
    const msg = reason === 'sub_region' ? `标题写明“${town}”,是“${regionName}”下的乡镇(街道)的数` : '每格一行的表格,数值无法对应到标签';
    const block: RowRegionBlock = { start, end, records: [], candidates: [], note: '' };
    for (let j = i; j < k; j++) block.candidates.push(bare(items[j], items[j].start, items[j].t, reason, msg, regionName, o));
    const line = text.slice(0, start).split('\n').length;
    block.note = `第 ${line} 行起每行一个数值(${k - i} 个),无法对应到标签:只作为候选`;
    out.push(block);
    i = k;
  }
  return out;
}

/** a number read off a line, no unit: whose and which column it is cannot be told */
function bare(c: Item, offset: number, quote: string, reason: CandidateReason, msg: string, region: string, o: RowRegionOptions) {
  const year = o.year ?? o.inferredYear ?? 0;
  return heldCell({ region, year, raw: c.t, value: Number(c.t), unit: '', source: o.source, offset, valueOffset: c.start, quote }, reason, msg);
}

function itemsOf(text: string): Item[] {
  const norm = normaliseChars(text);
  const items: Item[] = [];
  for (let s = 0; s <= text.length; ) {
    const nl = text.indexOf('\n', s);
    const e = nl < 0 ? text.length : nl;
    const raw = norm.slice(s, e);
    const t = raw.trim();
    if (t) items.push({ t, start: s + raw.indexOf(t), end: s + raw.indexOf(t) + t.length });
    s = e + 1;
  }
  return items;
}

function townRows(text: string, items: Item[], o: RowRegionOptions): RowRegionBlock[] {
  const out: RowRegionBlock[] = [];
  let tables: { start: number; end: number }[] | undefined;
  for (let i = 0; i < items.length; i++) {
    if (!TOWN.test(items[i].t)) continue;
    // rows: a label, then its numbers up to the next label
    const seq = i > 0 && items[i - 1].t === '1';
    const rows: { label: Item; cells: Item[]; town: boolean }[] = [];
    let k = i;
    while (k < items.length && (TOWN.test(items[k].t) || TOTAL.test(items[k].t))) {
      const label = items[k];
      const cells: Item[] = [];
      k++;
      while (k < items.length && NUM.test(items[k].t)) cells.push(items[k++]);
      // (the next row's number closes this row's cells)
      if (seq && cells.length && Number(cells[cells.length - 1].t) === rows.length + 2) cells.pop();
      if (!cells.length) break;
      rows.push({ label, cells, town: TOWN.test(label.t) });
    }
    const towns = rows.filter((r) => r.town);
    // the common row length
    const count = (m: number) => towns.filter((r) => r.cells.length === m).length;
    const n = towns.map((r) => r.cells.length).reduce((best, m) => (count(m) > count(best) ? m : best), towns[0]?.cells.length ?? 0);
    if (towns.length < 2 || n < 2 || towns.filter((r) => r.cells.length === n).length < 2) {
      i = Math.max(i, k - 1);
      continue;
    }
    const start = seq ? items[i - 1].start : items[i].start;
    const last = rows[rows.length - 1].cells;
    const end = last[last.length - 1].end;
    tables ??= tableSpans(text);
    if (tables.some((r) => r.start < end && start < r.end)) {
      i = k - 1;
      continue;
    }
    const regionName = o.region || o.inferredRegion || '';
    const block: RowRegionBlock = { start, end, records: [], candidates: [], note: '' };
    for (const r of rows) {
      const quote = text.slice(r.label.start, r.cells[r.cells.length - 1].end);
      let reason: CandidateReason;
      let msg: string;
      if (r.town && r.cells.length === n) {
        reason = regionName ? 'sub_region' : 'other_region';
        msg = regionName ? `“${r.label.t}”是“${regionName}”下的乡镇(街道)` : `未确定本文地区,“${r.label.t}”行只作为候选`;
      } else {
        reason = 'ambiguous_column';
        msg = r.cells.length !== n ? `“${r.label.t}”行数值个数(${r.cells.length})与其他行(${n})不同` : `“${r.label.t}”行:表头每格一行,无法对应到各列`;
      }
      for (const c of r.cells) block.candidates.push(bare(c, r.label.start, quote, reason, msg, regionName, o));
    }
    const line = text.slice(0, start).split('\n').length;
    block.note = `第 ${line} 行起的分乡镇表格(每格一行,${rows.length} 行):记录 0 条;各乡镇(街道)的数只作为候选`;
    out.push(block);
    i = k - 1;
  }
  return out;
}
