// Tables copied from a web page one cell per line, each cell closed by " |" and each row by a line of bars only, whose
// columns are measures named by a line of units (单位 | 户 | 人/人次 | 元 | 万元) and whose rows are programmes
// (11月城乡低保 / 其中 城市 / 农村 / 1-11月份临时救助). Read only where the table reader found no record in them.
import { DataRecord, IndicatorDef } from '../types';
import { PeriodSpan, canonicalPeriod, parsePeriodLabel, periodLabel } from '../period';
import { Candidate, heldCell } from './candidates';
import { Lexicon } from './lexicon';

interface Cell {
  text: string;
  start: number;
}

const CELL = /^(.*\S)[ \t]*\|[ \t]*$/;
const BARS = /^\|+[ \t]*$/;
const UNIT_HEAD = /^(单位|计量单位)$/;
const COL_UNITS = new Set(['户', '人', '人次', '人/人次', '人次/人', '元', '万元', '亿元', '元/人·月', '元/人月']);
const PROGRAMMES: [RegExp, string][] = [[/最低生活保障|低保/, 'dibao'], [/特困|五保/, 'tekun'], [/临时救助/, 'temp_assist']];
const LEVEL = /(月人均|人均|人次均(?:水平)?|平均)\s*([\d.]+)\s*元/;

export interface ClosedCellResult {
  records: DataRecord[];
  candidates: Candidate[];
}

/** Rows of cells of the text between `from` and `to` (offsets into `text`). */
function rowsOf(text: string, from: number, to: number): Cell[][] {
  const rows: Cell[][] = [];
  let row: Cell[] = [];
  let at = from;
  for (const line of text.slice(from, to).split('\n')) {
    if (BARS.test(line)) {
      if (row.length) rows.push(row);
      row = [];
    } else {
      const m = CELL.exec(line);
      if (m && (line.match(/\|/g) ?? []).length === 1) row.push({ text: m[1].trim(), start: at + line.indexOf(m[1].trim()) });
      else if (row.length) {
        rows.push(row);
        row = [];
      }
    }
    at += line.length + 1;
  }
  if (row.length) rows.push(row);
  return rows;
}

/** The period a row label states (11月城乡低保, 1-11月份临时救助), or null. */
function rowSpan(label: string): PeriodSpan | null {
  const m = /^(\d{1,2})(?:[-—~至](\d{1,2}))?月份?/.exec(label);
  if (!m) return null;
  const a = Number(m[1]);
  const b = m[2] ? Number(m[2]) : a;
  return a >= 1 && b <= 12 && a <= b ? { start: a, end: b } : null;
}

export function readClosedCells(
  text: string,
  from: number,
  to: number,
  lex: Lexicon,
  ctx: { region: string; year: number; period: string; source: string },
): ClosedCellResult | null {
  const rows = rowsOf(text, from, to);
  const ui = rows.findIndex((r) => r.length >= 3 && UNIT_HEAD.test(r[0].text) && r.slice(1).every((c) => COL_UNITS.has(c.text)));
  if (ui < 0) return null;
  const units = rows[ui].slice(1).map((c) => c.text);
  const P = canonicalPeriod(ctx.period) ?? ctx.period;
  const Pspan = parsePeriodLabel(P);
  const records: DataRecord[] = [];
  const candidates: Candidate[] = [];
  // (the row the 其中 parts belong to)
  const whole: { label: string; fam: string | undefined } = { label: '', fam: undefined };
  let inParts = false;
  for (const row of rows.slice(ui + 1)) {
    let label: string;
    let cells: Cell[];
    let side = '';
    if (row.length === units.length + 2 && /^其中/.test(row[0].text)) {
      label = row[1].text;
      cells = row.slice(2);
      inParts = true;
    } else if (row.length === units.length + 1) {
      label = row[0].text;
      cells = row.slice(1);
      if (!(inParts && /^(城市|城镇|农村)$/.test(label))) inParts = false;
    } else {
      inParts = false;
      continue;
    }
    if (inParts) side = /^(城市|城镇)$/.test(label) ? '城市' : label === '农村' ? '农村' : '';
    const fams = PROGRAMMES.filter(([re]) => re.test(label)).map((x) => x[1]);
    const fam: string | undefined = inParts ? whole.fam : fams.length === 1 ? fams[0] : undefined;
    if (!inParts) {
      whole.label = label;
      whole.fam = fam;
    }
    if (inParts && !side) continue;
    const span = rowSpan(inParts ? whole.label : label);
    cells.forEach((cell, j) => {
      const unit = units[j];
      const level = LEVEL.exec(cell.text);
      const num = /^[\d,]+(\.\d+)?$/.test(cell.text) ? Number(cell.text.replace(/,/g, '')) : level ? Number(level[2]) : NaN;
      if (!Number.isFinite(num)) return;
      const candidate = (message: string): void => {
        candidates.push(heldCell({
          region: ctx.region, year: ctx.year, period: P, raw: cell.text, value: num, unit: level ? '元' : unit, source: ctx.source,
          offset: row[0].start, valueOffset: cell.start, quote: text.slice(row[0].start, row[row.length - 1].start + row[row.length - 1].text.length),
        }, 'no_indicator', message));
      };
      if (!fam) {
        candidate(`行“${label}”未写明救助项目`);
        return;
      }
      let ind: IndicatorDef | undefined;
      let u = unit;
      let period = P;
      if (level) {
        ind = lex.byId.get(`${fam}_avg_subsidy`) ?? lex.byId.get(`${fam}_avg`);
        u = ind?.unit ?? '';
      } else if (unit === '户') ind = lex.byId.get(`${fam}_households`);
      else if (/人/.test(unit) && /人次/.test(unit) && lex.byId.get(`${fam}_times`)) {
        ind = lex.byId.get(`${fam}_times`);
        u = '人次';
      } else if (/^人/.test(unit)) {
        ind = lex.byId.get(`${fam}_persons`);
        u = '人';
      } else if (/元$/.test(unit)) {
        // one month's payment in a report on several: the monthly indicator, or the month's flow
        const month = span && span.start === span.end && Pspan && (Pspan.start !== Pspan.end || Pspan.end !== span.end);
        ind = month ? lex.byId.get(`${fam}_monthly_funds`) ?? lex.byId.get(`${fam}_funds`) : lex.byId.get(`${fam}_funds`);
        if (ind && ind.flow === 'flow' && span) period = periodLabel(span);
      }
      if (!ind || !lex.fits(ind, u) || (side && ind.breakdowns !== 'urban_rural')) {
        candidate(`行“${label}”列“${unit}”无对应指标`);
        return;
      }
      // a stock of a month other than the period's end is that month's
      if (ind.flow !== 'flow' && span && Pspan && span.end !== Pspan.end) period = periodLabel({ start: span.end, end: span.end });
      if (!Pspan && span) period = periodLabel(span);
      records.push({
        region: ctx.region, year: ctx.year, period, indicatorId: ind.id, indicator: ind.name, breakdown: side, value: num, unit: u,
        qualifier: 'exact', source: ctx.source, offset: row[0].start,
        quote: text.slice(row[0].start, row[row.length - 1].start + row[row.length - 1].text.length),
      });
    });
  }
  return records.length ? { records, candidates } : null;
}
