// A county's table by township copied one cell per line, no separators, its header not resolvable:
//   1 / 东岭镇 / 1200 / 72000 / 210 / 42000
//   2 / 西坪镇 / 980 / 58800 / 160 / 32000
// Each township's cells are its own (`sub_region`), never the county's; a total row and a row of another
// length stay `ambiguous_column` (which column a cell is cannot be told from a header one word per line).
// Read only where the table reader found no table.
import { Candidate, CandidateReason, REASON_ZH } from './candidates';
import { normaliseChars } from './normalize';
import type { RowRegionBlock, RowRegionOptions } from './rowRegion';
import { findTables } from './table';

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
  if (!HINT.test(text)) return [];
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
    tables ??= findTables(text).map((r) => ({ start: r.start, end: r.end }));
    if (tables.some((r) => r.start < end && start < r.end)) {
      i = k - 1;
      continue;
    }
    const regionName = o.region || o.inferredRegion || '';
    const year = o.year ?? o.inferredYear ?? 0;
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
      for (const c of r.cells) {
        const cand: Candidate = {
          region: regionName,
          year,
          period: '',
          raw: c.t,
          value: Number(c.t),
          unit: '',
          qualifier: 'exact',
          reason,
          message: `${REASON_ZH[reason]}:${msg}`,
          indicatorId: '',
          source: o.source,
          offset: r.label.start,
          valueOffset: c.start,
          quote,
        };
        block.candidates.push(cand);
      }
    }
    const line = text.slice(0, start).split('\n').length;
    block.note = `第 ${line} 行起的分乡镇表格(每格一行,${rows.length} 行):记录 0 条;各乡镇(街道)的数只作为候选`;
    out.push(block);
    i = k - 1;
  }
  return out;
}
