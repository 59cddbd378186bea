// Standard table templates: declarative data (templates.json) plus a loader and validator.
// A new table is a data change: add an entry to templates.json.
import { Catalogue, IndicatorDef } from '../types';
import templatesJson from './templates.json';

export interface TemplateRow {
  id: string; // row key, unique within its table
  label: string; // 指标名称 as printed
  indicator?: string; // bound indicator id
  breakdown?: string; // breakdown value ('' = none / total)
  unit?: string; // the table's unit; default: 万元 for amounts, else the catalogue unit
  indent?: number; // 1 = a part (其中) of the row above
  section?: boolean; // a heading row without values
  sumOf?: string[]; // this row = sum of these rows (a live formula when every part is present)
  ref?: string; // "tableId.rowId": the figure is taken by formula from another sheet (汇总)
}

export interface TableTemplate {
  id: string;
  sheet: string; // sheet name
  title: string;
  rows: TemplateRow[];
}

export interface TemplateSet {
  version: number;
  tables: TableTemplate[];
}

/** The bundled standard tables. */
export function loadTemplates(): TemplateSet {
  return templatesJson as TemplateSet;
}

/** Resolved meaning of a row: its indicator, breakdown and the unit the table shows. */
export interface ResolvedRow {
  row: TemplateRow;
  indicator?: IndicatorDef;
  breakdown: string;
  unit: string;
  code: string;
  /** the row a 汇总 row points to */
  refTable?: TableTemplate;
  refRow?: TemplateRow;
}

/** The unit a row is shown in: amounts in 万元, everything else in the catalogue unit. */
export function rowUnit(row: TemplateRow, ind: IndicatorDef | undefined): string {
  if (row.unit) return row.unit;
  if (!ind) return '';
  return ind.kind === 'amount' ? '万元' : ind.unit;
}

/**
 * Checks templates against the catalogue; returns Chinese problems (empty = valid).
 * Unknown indicators, breakdowns, sumOf rows and refs are reported with table and row.
 */
export function validateTemplates(set: TemplateSet, catalogue: Catalogue): string[] {
  const problems: string[] = [];
  const inds = new Map(catalogue.indicators.map((i) => [i.id, i]));
  const tables = new Map(set.tables.map((t) => [t.id, t]));
  const sheets = new Set<string>();
  for (const t of set.tables) {
    if (sheets.has(t.sheet)) problems.push(`表 ${t.id}:工作表名“${t.sheet}”重复`);
    sheets.add(t.sheet);
    if (t.sheet.length > 31 || /[\\/?*[\]:]/.test(t.sheet)) problems.push(`表 ${t.id}:工作表名“${t.sheet}”不合法`);
    const ids = new Set<string>();
    for (const r of t.rows) {
      const where = `表“${t.sheet}”行“${r.label}”(${r.id})`;
      if (ids.has(r.id)) problems.push(`${where}:行标识重复`);
      ids.add(r.id);
      if (r.indicator) {
        const ind = inds.get(r.indicator);
        if (!ind) problems.push(`${where}:指标“${r.indicator}”不在目录中`);
        else if (r.breakdown) {
          const set2 = catalogue.breakdowns.find((b) => b.id === ind.breakdowns);
          if (!set2 || !set2.values.some((v) => v.id === r.breakdown)) {
            problems.push(`${where}:指标“${ind.name}”没有分组“${r.breakdown}”`);
          }
        }
      } else if (!r.section && !r.ref) problems.push(`${where}:既没有指标也没有引用`);
      if (r.ref) {
        const [tid, rid] = r.ref.split('.');
        const rt = tables.get(tid);
        if (!rt || !rt.rows.some((x) => x.id === rid)) problems.push(`${where}:引用“${r.ref}”不存在`);
      }
    }
    for (const r of t.rows) {
      for (const p of r.sumOf ?? []) {
        if (!ids.has(p)) problems.push(`表“${t.sheet}”行“${r.label}”:合计的组成行“${p}”不存在`);
      }
    }
  }
  return problems;
}

/** Resolves every row of a table against the catalogue (refs followed one level). */
export function resolveRows(t: TableTemplate, set: TemplateSet, catalogue: Catalogue): ResolvedRow[] {
  const inds = new Map(catalogue.indicators.map((i) => [i.id, i]));
  return t.rows.map((row) => {
    let src = row;
    let refTable: TableTemplate | undefined;
    if (row.ref) {
      const [tid, rid] = row.ref.split('.');
      refTable = set.tables.find((x) => x.id === tid);
      const rr = refTable?.rows.find((x) => x.id === rid);
      if (rr) src = rr;
    }
    const indicator = src.indicator ? inds.get(src.indicator) : undefined;
    const breakdown = src.breakdown ?? '';
    // Official row codes belong to form versions (src/core/forms); MZ's own sheets print none.
    const code = '';
    return {
      row,
      indicator,
      breakdown,
      unit: rowUnit(src, indicator),
      code,
      refTable: row.ref ? refTable : undefined,
      refRow: row.ref ? src : undefined,
    };
  });
}
