// A standard printed inside a column header of a pipe table:
//   乡镇 | 集中供养(1020元/月/人) | 分散供养(1020元/月/人) | 合计 |
// The header is the table's region's, so the standard is that region's for the table's period. A bare
// supply mode names the 特困 standard only when the header block or title names 特困/五保; a header the
// catalogue does not resolve (一档(800元/月)) stays a candidate.
import { DataRecord, IndicatorDef } from '../types';
import { CandidateReason, heldCell } from './candidates';
import { lexiconFor } from './lexicon';
import { normaliseChars } from './normalize';
import type { RowRegionBlock, RowRegionOptions } from './rowRegion';
import { tableContext } from './tableContext';
import { bestMatch, endMonthOf, fileOnce, tableRecord, withSuffixes } from './tableMap';
import { isUnit, unitOf } from './tableVocab';

const STD_CELL = /^([\u4e00-\u9fff]{2,14})[((](\d+(?:\.\d+)?)(元\/[人月年/·.]{1,5})[))]$/;
const SUPPLY = /^(?:特困人员|特困供养|特困|五保)?(集中供养|分散供养)$/;
const TEKUN = /特困|五保/;
const NUMBER_CELL = /^[-−]?\d[\d,]*(?:\.\d+)?$/;

export function readHeaderStandards(text: string, o: RowRegionOptions): RowRegionBlock[] {
  const out: RowRegionBlock[] = [];
  if (!/[((]\d+(?:\.\d+)?元\/[^()()]{1,5}[))]\s*[|｜]/.test(text)) return out;
  const norm = normaliseChars(text);
  const lines: { start: number; end: number; t: string }[] = [];
  for (let s = 0; s <= text.length; ) {
    const nl = text.indexOf('\n', s);
    const e = nl < 0 ? text.length : nl;
    lines.push({ start: s, end: e, t: norm.slice(s, e) });
    s = e + 1;
  }
  const cellsOf = (t: string) => t.split('|').map((c) => c.replace(/\s+/g, ''));
  const lex = lexiconFor(o.catalogue);
  for (let li = 0; li < lines.length; li++) {
    const cells = cellsOf(lines[li].t);
    const filled = cells.filter((c) => c);
    // a header line: three or more cells, none a bare number, a row of numbers within four lines below
    if (filled.length < 3 || filled.some((c) => NUMBER_CELL.test(c)) || !filled.some((c) => STD_CELL.test(c))) continue;
    const below = lines.slice(li + 1, li + 5).some((l) => cellsOf(l.t).filter((c) => NUMBER_CELL.test(c)).length >= 3);
    if (!below) continue;
    // the header block (this line and the header lines below it) and the title lines above
    const head: string[] = [];
    for (let k = li; k < lines.length && k < li + 5 && !cellsOf(lines[k].t).some((c) => NUMBER_CELL.test(c)); k++) head.push(lines[k].t);
    const preamble: string[] = [];
    for (let k = li - 1, seen = 0; k >= 0 && k >= li - 4 && seen < 2; k--) {
      const t = lines[k].t.trim();
      if (!t) continue;
      seen++;
      if (t.length > 60 || /[。;]/.test(t)) break;
      preamble.unshift(t);
    }
    const tctx = tableContext(preamble, [], o.catalogue);
    const regionName = o.region || (tctx.region?.known ? tctx.region.name : '') || o.inferredRegion || '';
    const year = tctx.year?.value ?? o.year ?? o.inferredYear;
    const month = tctx.month?.value ?? endMonthOf(o.period);
    const period = month === undefined ? '' : o.period && endMonthOf(o.period) === month ? o.period : month === 12 ? '全年' : `${month}月`;
    const tekun = TEKUN.test(head.join('') + preamble.join(''));
    const block: RowRegionBlock = { start: lines[li].start, end: lines[li].end, records: [], candidates: [], note: '' };
    const seen = new Map<string, DataRecord>();
    const quote = text.slice(lines[li].start, lines[li].end);
    let at = lines[li].start;
    for (const raw of text.slice(lines[li].start, lines[li].end).split('|')) {
      const cellStart = at;
      at += raw.length + 1;
      const m = STD_CELL.exec(normaliseChars(raw).replace(/\s+/g, ''));
      if (!m || !isUnit(m[3])) continue;
      const unit = unitOf(m[3]);
      const value = Number(m[2]);
      const candidate = (reason: CandidateReason, msg: string, ind?: IndicatorDef) => {
        block.candidates.push(heldCell({
          region: regionName, year: year ?? 0, raw: m[2] + m[3], value, unit, indicatorId: ind?.id, source: o.source,
          offset: lines[li].start, valueOffset: cellStart + Math.max(0, raw.indexOf(m[2])), quote,
        }, reason, `表头“${m[0]}”${msg ? `,${msg}` : ''}`));
      };
      // which standard: a supply mode of 特困, or a name the catalogue resolves
      let ind: IndicatorDef | undefined;
      let breakdown = '';
      const sm = SUPPLY.exec(m[1]);
      if (sm) {
        if (tekun || /特困|五保/.test(m[1])) {
          ind = lex.byId.get('tekun_std');
          breakdown = sm[1];
        }
      } else {
        const r = bestMatch(lex, withSuffixes(m[1], unit), unit);
        if (r && r !== 'ambiguous' && r.ind.kind === 'standard') {
          ind = r.ind;
          breakdown = r.breakdown;
        }
      }
      if (!ind) {
        candidate('no_indicator', sm ? '表头未写明是哪一项目的供养方式' : '');
        continue;
      }
      if (!lex.fits(ind, unit)) {
        candidate('unit_mismatch', `“${unit}”不能换算为“${ind.unit}”`, ind);
        continue;
      }
      if (!regionName) {
        candidate('other_region', '未确定本文地区', ind);
        continue;
      }
      if (year === undefined || month === undefined || !period) {
        candidate('period_unknown', '', ind);
        continue;
      }
      const rec = tableRecord(regionName, year, period, ind, breakdown, value, unit, o.source, lines[li].start, quote);
      if (fileOnce(seen, rec, (prev) => candidate('conflict', `${prev.value}${prev.unit}`, ind))) block.records.push(rec);
    }
    if (!block.records.length && !block.candidates.length) continue;
    const line = text.slice(0, block.start).split('\n').length;
    block.note = `第 ${line} 行表头中写明的标准:记录 ${block.records.length} 条`;
    out.push(block);
  }
  return out;
}
