import { DataRecord } from '../types';
import { Candidate, REASON_ZH, recordAsCandidate } from './candidates';

/**
 * A flattened form whose row numbers are glued to the values: `敬老院数量198 8 床位数20177 177 托老所数量212 2`
 * (rows 19, 20, 21 … each followed by its cells). Which digits are the row number and which the value cannot be
 * told apart, so nothing read off such a run is a record.
 */

// digits right after a label (a CJK character or a closing bracket), ending at a space or the line's end
const GLUED = /(?<=[\u4e00-\u9fff)）])\d+(?:\.\d+)?(?=[ \t\u3000]|$)/gm;
const MIN_RUN = 4; // consecutive row numbers
const MIN_GLUED = 2; // members with a value glued after the row number
const MAX_GAP = 40; // characters between two members

interface Member {
  start: number;
  end: number;
  digits: string;
}

/** Spans [start, end) of the text covered by runs of glued row numbers. */
export function gluedRowCodeSpans(text: string): { start: number; end: number }[] {
  const ms: Member[] = [];
  GLUED.lastIndex = 0;
  for (const m of text.matchAll(GLUED)) ms.push({ start: m.index!, end: m.index! + m[0].length, digits: m[0].replace(/\.\d+$/, '') });
  if (ms.length < MIN_RUN) return [];
  // best[i][L]: length of the run starting at member i read with an L-digit row number (1 to 3 digits)
  const codeOf = (m: Member, L: number) => (m.digits.length >= L && m.digits[0] !== '0' ? Number(m.digits.slice(0, L)) : NaN);
  const best: number[][] = ms.map(() => [0, 0, 0, 0]);
  const glued: number[][] = ms.map(() => [0, 0, 0, 0]);
  for (let i = ms.length - 1; i >= 0; i--) {
    for (let L = 1; L <= 3; L++) {
      const c = codeOf(ms[i], L);
      if (Number.isNaN(c)) continue;
      const own = ms[i].digits.length > L ? 1 : 0;
      best[i][L] = 1;
      glued[i][L] = own;
      const n = ms[i + 1];
      if (!n || n.start - ms[i].end > MAX_GAP || /[\n\r]/.test(text.slice(ms[i].end, n.start))) continue;
      for (let L2 = 1; L2 <= 3; L2++) {
        if (codeOf(n, L2) === c + 1 && best[i + 1][L2] + 1 > best[i][L]) {
          best[i][L] = best[i + 1][L2] + 1;
          glued[i][L] = own + glued[i + 1][L2];
        }
      }
    }
  }
  const spans: { start: number; end: number }[] = [];
  for (let i = 0; i < ms.length; i++) {
    const L = [3, 2, 1].reduce((a, b) => (best[i][b] > best[i][a] ? b : a));
    const len = best[i][L];
    if (len < MIN_RUN || glued[i][L] < MIN_GLUED) continue;
    const last = ms[i + len - 1];
    // the cells after the last member, up to the next label
    const tail = /^[\d. \t\u3000]*/.exec(text.slice(last.end))![0];
    spans.push({ start: ms[i].start, end: last.end + tail.length });
    i += len - 1;
  }
  return spans;
}

/** Records whose sentence reaches into a run of glued row numbers become `ambiguous_column` candidates. */
export function holdGluedRowCodes(text: string, res: { records: DataRecord[]; candidates: Candidate[] }): void {
  const spans = gluedRowCodeSpans(text);
  if (!spans.length) return;
  const held = (r: DataRecord) => spans.some((s) => r.offset < s.end && r.offset + r.quote.length > s.start);
  for (const r of res.records.filter(held)) {
    res.candidates.push(recordAsCandidate(r, 'ambiguous_column', `${REASON_ZH.ambiguous_column}:表格的行号与数值连写,无法分开`));
  }
  res.records = res.records.filter((r) => !held(r));
  res.candidates.sort((a, b) => a.valueOffset - b.valueOffset);
}
