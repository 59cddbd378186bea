// A yearbook table by area flattened with its headings one per line, each unit on the next line, then a
// row of year sub-columns, then rows of numbers whose labels were lost:
//   社会福利院数 / (个) / 养老机构床位数 / (张)
//   2022 2023 2022 2023
//   15 14 4100 4020          (the first row of a 各区县 table: the total, if the rows prove it)
//   6 6 1500 1480
// A row without its label is nobody's: every cell is a candidate, the earlier years' cells `other_year`.
// The first row is the region's total only when each of its cells is the sum of the other rows' cells.
import { DataRecord, IndicatorDef } from '../types';
import { resolverFor } from '../resolver';
import { CandidateReason, heldCell } from './candidates';
import { lexiconFor } from './lexicon';
import { normaliseChars } from './normalize';
import type { RowRegionBlock, RowRegionOptions } from './rowRegion';
import { tableContext } from './tableContext';
import { bestMatch, endMonthOf, fileOnce, tableRecord, withSuffixes } from './tableMap';
import { isUnit, unitOf } from './tableVocab';

const YEARS_LINE = /^[ \t]*(?:19|20)\d{2}(?:[ \t]+(?:19|20)\d{2}){3,}[ \t]*$/m;
const UNIT_ONLY = /^[((]([^()()]{1,8})[))]$/;
const HEADING = /^[\u4e00-\u9fff()()、]{2,20}$/;
const NUM = /^\d+(?:\.\d+)?$/;
/** the title says every area is listed */
const EVERY_AREA = /各(?:区|县|市|地|州|盟|旗)|分(?:地区|区县|县区|市州|县)/;
const sumsTo = (sum: number, total: number) => Math.abs(sum - total) <= 0.011;

interface Line {
  start: number;
  end: number;
  t: string; // normalised, trimmed
}

export function readWrappedYearTables(text: string, o: RowRegionOptions): RowRegionBlock[] {
  const out: RowRegionBlock[] = [];
  if (!YEARS_LINE.test(text)) return out;
  const norm = normaliseChars(text);
  const lines: Line[] = [];
  for (let s = 0; s <= text.length; ) {
    const nl = text.indexOf('\n', s);
    const e = nl < 0 ? text.length : nl;
    lines.push({ start: s, end: e, t: norm.slice(s, e).trim() });
    s = e + 1;
  }
  for (let li = 0; li < lines.length; li++) {
    if (!YEARS_LINE.test(lines[li].t)) continue;
    const b = readOne(text, lines, li, o);
    if (b) {
      out.push(b.block);
      li = b.last;
    }
  }
  return out;
}

function readOne(text: string, lines: Line[], li: number, o: RowRegionOptions): { block: RowRegionBlock; last: number } | null {
  // the year sub-columns: the same years repeated in the same order under each heading
  const ys = lines[li].t.split(/\s+/).map(Number);
  const distinct = [...new Set(ys)];
  const k = distinct.length;
  if (k < 2 || ys.length % k || !ys.every((y, i) => y === distinct[i % k])) return null;
  const g = ys.length / k;
  // the headings above, each with its unit on the next line (or in its own brackets)
  const heads: { name: string; unit: string }[] = [];
  let top = li;
  let pendingUnit = '';
  for (let j = li - 1; j >= 0 && heads.length < g; j--) {
    const t = lines[j].t.replace(/\s+/g, '');
    if (!t) continue;
    const u = UNIT_ONLY.exec(t);
    if (u) {
      if (pendingUnit || !isUnit(u[1])) return null;
      pendingUnit = unitOf(u[1]);
      continue;
    }
    if (!HEADING.test(t)) return null;
    const own = /^(.+?)[((]([^()()]{1,8})[))]$/.exec(t);
    if (own && pendingUnit) return null;
    heads.unshift(own && isUnit(own[2]) ? { name: own[1], unit: unitOf(own[2]) } : { name: t, unit: pendingUnit });
    pendingUnit = '';
    top = j;
  }
  if (heads.length !== g || pendingUnit) return null;
  // title lines above the headings (up to two within four lines)
  const preamble: string[] = [];
  for (let j = top - 1, seen = 0; j >= 0 && j >= top - 4 && seen < 2; j--) {
    if (!lines[j].t) continue;
    seen++;
    if (lines[j].t.length > 60 || /[。;]/.test(lines[j].t)) break;
    preamble.unshift(lines[j].t);
  }
  const title = preamble.length ? preamble[preamble.length - 1].replace(/\s+/g, '') : '';
  // the rows: numbers only, one per sub-column
  const rows: { start: number; end: number; cells: { v: number; raw: string; at: number }[] }[] = [];
  let last = li;
  for (let j = li + 1; j < lines.length; j++) {
    if (!lines[j].t) continue;
    const toks = [...text.slice(lines[j].start, lines[j].end).matchAll(/\S+/g)];
    if (toks.length !== ys.length || !toks.every((m) => NUM.test(m[0]))) break;
    rows.push({ start: lines[j].start, end: lines[j].end, cells: toks.map((m) => ({ v: Number(m[0]), raw: m[0], at: lines[j].start + m.index! })) });
    last = j;
  }
  if (!rows.length) return null;

  const lex = lexiconFor(o.catalogue);
  const resolver = resolverFor(o.catalogue);
  const tctx = tableContext(preamble, [], o.catalogue);
  const regionName = o.region || (tctx.region?.known ? tctx.region.name : '') || o.inferredRegion || '';
  const own = regionName ? resolver.region(regionName) : undefined;
  const ownDef = own && own.ok ? own.region : undefined;
  const want = o.year ?? tctx.year?.value ?? o.inferredYear;
  // bare year columns: the year's end (stocks) or the whole year (flows)
  const wholeYear = endMonthOf(o.period) === undefined || endMonthOf(o.period) === 12;
  const cols = heads.flatMap((h) => {
    const m = bestMatch(lex, withSuffixes(h.name, h.unit), h.unit);
    const ind: IndicatorDef | undefined = m && m !== 'ambiguous' ? m.ind : undefined;
    const fits = !!ind && !!h.unit && lex.fits(ind, h.unit);
    return distinct.map((y) => ({ head: `${h.name}(${h.unit})`, unit: h.unit, year: y, ind: fits ? ind : undefined, breakdown: m && m !== 'ambiguous' ? m.breakdown : '' }));
  });
  // the first row is the total when every cell of it is the sum of the rows below (at least two of them)
  const firstIsTotal =
    rows.length >= 3 && EVERY_AREA.test(title) && cols.every((_, c) => rows[0].cells[c].v > 0 && sumsTo(rows.slice(1).reduce((a, r) => a + r.cells[c].v, 0), rows[0].cells[c].v));
  const titleOther = tctx.region?.known && ownDef && tctx.region.name !== ownDef.name;

  const block: RowRegionBlock = { start: lines[top].start, end: lines[last].end, records: [], candidates: [], note: '' };
  const seen = new Map<string, DataRecord>();
  const candidate = (r: (typeof rows)[0], c: number, reason: CandidateReason, msg: string) => {
    const col = cols[c];
    const cell = r.cells[c];
    block.candidates.push(heldCell({
      region: regionName, year: col.year, raw: cell.raw + col.unit, value: cell.v, unit: col.unit, indicatorId: col.ind?.id,
      source: o.source, offset: r.start, valueOffset: cell.at, quote: text.slice(r.start, r.end),
    }, reason, `${msg}(“${col.head}”列${col.year}年)`));
  };
  rows.forEach((r, ri) => {
    const total = ri === 0 && firstIsTotal;
    r.cells.forEach((_, c) => {
      const col = cols[c];
      if (!total) {
        if (firstIsTotal) candidate(r, c, 'sub_region', `第${ri + 1}行没有行名,是某一下级地区的数`);
        else if (want !== undefined && col.year !== want) candidate(r, c, 'other_year', `第${ri + 1}行没有行名,且不是报告年份${want}年的列`);
        else candidate(r, c, 'no_row_label', `第${ri + 1}行`);
        return;
      }
      if (!ownDef || titleOther) return candidate(r, c, 'other_region', ownDef ? `表题所指地区“${tctx.region!.name}”不是“${regionName}”` : '未确定本文地区');
      if (want === undefined) return candidate(r, c, 'period_unknown', '未确定报告年份');
      if (col.year !== want) return candidate(r, c, 'other_year', `合计行(各列等于其下各行之和),报告年份为${want}年`);
      if (!col.ind) return candidate(r, c, 'no_indicator', '合计行');
      if (!wholeYear) return candidate(r, c, 'period_unknown', `年份列是全年的数,指定期间为“${o.period}”`);
      const rec = tableRecord(regionName, col.year, '全年', col.ind, col.breakdown, r.cells[c].v, col.unit, o.source, r.start, text.slice(r.start, r.end));
      if (fileOnce(seen, rec, (prev) => candidate(r, c, 'conflict', `${prev.value}${prev.unit}`))) block.records.push(rec);
    });
  });
  const line = text.slice(0, block.start).split('\n').length;
  const how = firstIsTotal ? '首行各数等于其下各行之和,作为合计行' : '各行没有行名,数值只作为候选';
  block.note = `第 ${line} 行起的分年份列表格(表头每格一行,${rows.length} 行):记录 ${block.records.length} 条;${how}`;
  return { block, last };
}
