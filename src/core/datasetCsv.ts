import Papa from 'papaparse';
import { DATASET_COLUMNS, DataRecord, QUALIFIERS, Qualifier } from './types';
import { parsePeriodCell, parseYearPeriod, periodLabel, PeriodSpan } from './period';

/** Escapes a cell against CSV formula injection (leading = + - @, tab, CR) when asked. */
export function escapeCell(v: string, guardFormulas: boolean): string {
  if (guardFormulas && /^[=+\-@\t\r]/.test(v) && !/^-?\d+(\.\d+)?$/.test(v)) return "'" + v;
  return v;
}

export function recordToRow(r: DataRecord): string[] {
  return [
    r.region,
    String(r.year),
    r.period,
    r.indicatorId,
    r.indicator,
    r.breakdown,
    String(r.value),
    r.unit,
    r.qualifier,
    r.source,
    String(r.offset),
    r.quote,
  ];
}

/**
 * Serialises records as the dataset CSV (UTF-8, header row, LF line ends). Text cells are guarded
 * against formula injection unless `guardFormulas: false`; parseDatasetCsv undoes the guard.
 */
export function formatDatasetCsv(records: DataRecord[], opts: { guardFormulas?: boolean } = {}): string {
  const guard = opts.guardFormulas !== false;
  const rows = records.map((r) => recordToRow(r).map((c) => escapeCell(c, guard)));
  return Papa.unparse({ fields: [...DATASET_COLUMNS], data: rows }, { newline: '\n', quotes: false }) + '\n';
}

export interface CsvProblem {
  line: number; // 1-based line number in the file (header = line 1)
  column?: string;
  message: string; // zh
}

export interface ParsedDataset {
  records: DataRecord[];
  problems: CsvProblem[];
  /** 1-based file line of each record (parallel to records). */
  lines: number[];
}

const REQUIRED = ['region', 'year', 'indicator', 'value', 'unit'] as const;

/**
 * Parses a dataset CSV (committed or user-made). Columns are matched by header name; only
 * region, year, indicator (or indicator_id), value and unit are required. Syntactic checks only:
 * names are resolved against the catalogue elsewhere.
 */
export function parseDatasetCsv(text: string, source = 'user'): ParsedDataset {
  const problems: CsvProblem[] = [];
  const records: DataRecord[] = [];
  const lines: number[] = [];
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false });
  const rows = parsed.data;
  for (const e of parsed.errors) {
    problems.push({ line: (e.row ?? 0) + 1, message: `CSV 格式错误:${e.message}` });
  }
  if (rows.length === 0 || rows[0].every((c) => c.trim() === '')) {
    problems.push({ line: 1, message: '文件为空或缺少表头行' });
    return { records, problems, lines };
  }
  const header = rows[0].map((h) => h.trim().toLowerCase());
  const col = (name: string) => header.indexOf(name);
  for (const req of REQUIRED) {
    if (req === 'indicator' && (col('indicator') >= 0 || col('indicator_id') >= 0)) continue;
    if (col(req) < 0) problems.push({ line: 1, column: req, message: `表头缺少必需列“${req}”` });
  }
  if (problems.some((p) => p.line === 1 && p.column)) return { records, problems, lines };
  const get = (row: string[], name: string) => {
    const i = col(name);
    const v = i >= 0 && i < row.length ? row[i].trim() : '';
    // undo the formula guard of formatDatasetCsv({ guardFormulas: true }) so exports round-trip
    return /^'[=+\-@\t\r]/.test(v) ? v.slice(1) : v;
  };
  for (let i = 1; i < rows.length; i++) {
    const row = rows[i];
    const line = i + 1;
    if (row.length === 1 && row[0].trim() === '') continue;
    if (row.length !== header.length) {
      problems.push({ line, message: `列数为 ${row.length},表头为 ${header.length} 列` });
      continue;
    }
    // the year cell may carry the period too ("2021上半年"); the period column may be a legacy "2021-09"
    const yearCell = get(row, 'year');
    const yp = parseYearPeriod(yearCell);
    const year = yp.ok ? yp.year : NaN;
    const valueText = get(row, 'value').replace(/[,,]/g, '');
    const value = Number(valueText);
    const region = get(row, 'region');
    const indicator = get(row, 'indicator');
    const indicatorId = get(row, 'indicator_id');
    const unit = get(row, 'unit');
    let bad = false;
    if (!region) { problems.push({ line, column: 'region', message: '地区为空' }); bad = true; }
    if (!indicator && !indicatorId) { problems.push({ line, column: 'indicator', message: '指标为空' }); bad = true; }
    let span: PeriodSpan | null = null;
    if (!yp.ok) {
      problems.push({ line, column: 'year', message: `年份“${yearCell}”无效,应为四位数字,如 2020(也可带期别,如 2021上半年)` });
      bad = true;
    } else {
      const periodCell = get(row, 'period');
      if (periodCell === '') span = yp.span;
      else {
        const pc = parsePeriodCell(periodCell, yp.year);
        if (!pc.ok) {
          problems.push({ line, column: 'period', message: pc.message });
          bad = true;
        } else if (yp.span && (yp.span.start !== pc.span.start || yp.span.end !== pc.span.end)) {
          problems.push({ line, column: 'period', message: `年份“${yearCell}”与期别“${periodCell}”不一致` });
          bad = true;
        } else span = pc.span;
      }
    }
    if (valueText === '' || !Number.isFinite(value)) {
      problems.push({ line, column: 'value', message: `数值“${get(row, 'value')}”不是数字` });
      bad = true;
    }
    if (!unit) { problems.push({ line, column: 'unit', message: '单位为空' }); bad = true; }
    const q = (get(row, 'qualifier') || 'exact') as Qualifier;
    if (!QUALIFIERS.includes(q)) {
      problems.push({ line, column: 'qualifier', message: `限定词“${q}”无效,可用:${QUALIFIERS.join('、')}` });
      bad = true;
    }
    if (bad) continue;
    const offsetText = get(row, 'offset');
    lines.push(line);
    records.push({
      region,
      year,
      period: span ? periodLabel(span) : '全年',
      indicatorId,
      indicator,
      breakdown: get(row, 'breakdown'),
      value,
      unit,
      qualifier: q,
      source: get(row, 'source') || source,
      offset: offsetText === '' ? -1 : Number(offsetText),
      quote: get(row, 'quote'),
    });
  }
  return { records, problems, lines };
}
