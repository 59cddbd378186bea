// Official-form fill: (form version, dataset, region, period) → the 民政统计季报表/月报表 as a sheet,
// row by row as the version's JSON prints it, with a binding per value cell. Pure: no I/O.
//
// Layout (A1): 1 title · 2 表号 | 制表机关 | 批转/批准机关 · 3 编制单位 | 地区编码 | 报告期 · 4 column titles ·
// 5 marks (甲 乙 丙 1 2 3 4) · 6… rows · notes · signature line.
import { convert } from './units';
import { Binding, CellStyle, CellValue, SheetSpec, a1 } from './workbook';
import { DataRecord, FormRow, FormVersion, IndicatorDef, RegionDef } from './types';
import { FillEngine, roundTo } from './fill';
import { FULL_YEAR, PeriodSpan, isFullYear, periodLabel, periodText } from './period';
import { formFor, loadForms } from './forms';
import { normaliseText, plainNumber } from './text';
import { resolverFor } from './resolver';

export type FormKind = 'quarterly' | 'monthly';

/** 季报 / 月报 (and the form titles) → the kind; null otherwise. */
export function parseFormKind(text: string): FormKind | null {
  const t = normaliseText(text ?? '').replace(/\s/g, '');
  if (/^(季报|季报表|民政统计季报表|quarterly|JBZH0001|JZH01)$/i.test(t)) return 'quarterly';
  if (/^(月报|月报表|民政统计月报表|monthly)$/i.test(t)) return 'monthly';
  return null;
}

export const FORM_NAMES: Record<FormKind, string> = { quarterly: '季报', monthly: '月报' };

/** Figures of a previous submission, matched to rows by code, else by label and unit. */
export interface PreviousForm {
  file: string;
  /** 报告期 as printed in the previous workbook ('' when not found) */
  period: string;
  byCode: Map<string, number>;
  /** normalised label|unit → values in row order (labels repeat: 城市低保金 under A and B) */
  byLabel: Map<string, (number | null)[]>;
}

export interface FormFillOptions {
  engine: FillEngine;
  kind: FormKind;
  /** a version id (--version); default: the version valid for the year */
  version?: string;
  /** canonical region names; one sheet per region */
  regions: string[];
  year: number;
  /** the period as given; the form states it year to date (1–end month) */
  period?: PeriodSpan;
  previous?: PreviousForm;
  /** the form versions (default: the bundled ones) */
  forms?: FormVersion[];
}

export interface FormBlank {
  sheet: string;
  address: string;
  row: string; // num + label
  region: string;
  reason: string;
}

export interface FormFillResult {
  sheets: SheetSpec[];
  bindings: Binding[];
  version: FormVersion;
  /** zh: why this version (fallback / explicit choice); '' when the version covers the year */
  versionNote: string;
  /** 报告期 as printed */
  periodText: string;
  summary: { filled: number; previousFilled: number; blanks: FormBlank[]; notes: string[] };
}

const FIRST_ROW = 5; // 0-based: row 6
const COLS = ['name', 'unit', 'code', 'value', 'prev', 'change', 'prevMonth'] as const;
const WIDTHS: Record<string, number> = { name: 44, unit: 10, code: 16, value: 14, prev: 14, change: 10, prevMonth: 14 };
const IND = '\u3000'; // ideographic space per depth

/** The version for a kind and year: the one valid for the year, else the nearest in time (with a note). */
export function pickFormVersion(
  forms: FormVersion[],
  kind: FormKind,
  year: number,
  id?: string,
): { version: FormVersion; note: string } {
  const span = (f: FormVersion) => `${f.validFrom}${f.validTo === f.validFrom ? '' : `–${f.validTo ?? ''}`}年`;
  if (id) {
    const f = forms.find((x) => x.id.toUpperCase() === id.trim().toUpperCase());
    if (!f) throw new Error(`未知的报表版本“${id}”。可用:${forms.filter((x) => x.form === kind).map((x) => x.id).join('、')}`);
    if (f.form !== kind) throw new Error(`报表版本“${f.id}”是${FORM_NAMES[f.form]},不是${FORM_NAMES[kind]}`);
    const covers = f.validFrom <= year && (f.validTo === null || year <= f.validTo);
    return { version: f, note: covers ? '' : `按指定使用 ${f.id} 版(适用 ${span(f)}),报告年份 ${year} 不在其适用年份内。` };
  }
  const hit = formFor(forms, kind, year);
  if (hit) return { version: hit, note: '' };
  const own = forms.filter((f) => f.form === kind);
  if (!own.length) throw new Error(`没有${FORM_NAMES[kind]}的报表版本`);
  const dist = (f: FormVersion) => (year < f.validFrom ? f.validFrom - year : year - (f.validTo ?? year));
  const best = own.reduce((a, b) => (dist(b) < dist(a) ? b : a));
  return { version: best, note: `没有适用于 ${year} 年的${FORM_NAMES[kind]}版本,本表使用 ${best.id} 版(适用 ${span(best)})的行和代码。` };
}

/** 报告期 as the forms print it: 2020年 (full year), 2022年09月 (a month given), else 2021年1-6月. */
export function formPeriodText(year: number, given: PeriodSpan): string {
  if (isFullYear(given)) return `${year}年`;
  if (given.start === given.end) return periodText(year, given, 'month');
  return periodText(year, { start: 1, end: given.end }, 'range');
}

/** Year and year-to-date span of the period `back` months before the form's end month. */
function before(year: number, end: number, back: number): { year: number; span: PeriodSpan } {
  const e = end - back;
  return e >= 1 ? { year, span: { start: 1, end: e } } : { year: year - 1, span: { start: 1, end: 12 + e } };
}

/** Which earlier period a previous-period column holds. */
function prevSpec(col: { id: string; label: string }, kind: FormKind, year: number, end: number) {
  if (col.id === 'prevMonth' || col.label === '上月' || kind === 'monthly') return before(year, end, 1);
  return before(year, end, 3); // 上季度
}

/** 环比 as the forms print it: two decimals, no %; blank when either side is empty, zero or equal. */
export function changeFormula(cur: string, prev: string): string {
  return `IF(OR(${cur}="",${prev}="",${prev}=0,${cur}=${prev}),"",ROUND((${cur}-${prev})/${prev}*100,2))`;
}

function changeValue(cur: number | null, prev: number | null): number | null {
  if (cur === null || prev === null || prev === 0 || cur === prev) return null;
  return roundTo(((cur - prev) / prev) * 100, 2);
}

function tidy(v: number, unit: string, ind: IndicatorDef): number {
  if (ind.kind === 'count') return Math.round(v);
  if (unit === '万元' || ind.kind === 'amount') return roundTo(v, 1);
  return roundTo(v, 2);
}

/** Number format of a row: 万元 to one decimal (as printed), counts whole, others as the value needs. */
const numFmt = (unit: string, v: number | null) =>
  unit === '万元' ? '0.0' : v === null || Number.isInteger(v) ? '0' : Number.isInteger(roundTo(v * 10, 6)) ? '0.0' : '0.00';

/** A row label without its numbering and spaces, for matching a previous workbook. */
export function labelKey(label: string, unit: string): string {
  const l = normaliseText(label)
    .replace(/[\s\u3000]/g, '')
    .replace(/^(其中[:：]?)?([一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|\d+[.．、]|[A-Z][、.．]?|[IVX]+[、.．]?)*/u, '')
    .replace(/^其中[:：]?/, '');
  return `${l}|${normaliseText(unit).replace(/\s/g, '')}`;
}

/** The value of a form row from the dataset for a period, converted to the row's unit. */
function lookup(
  engine: FillEngine,
  row: FormRow,
  ind: IndicatorDef,
  region: string,
  year: number,
  span: PeriodSpan,
): { value: number | null; rec?: DataRecord; problem?: string } {
  const rec = engine.find(region, ind.id, year, row.breakdown, span);
  if (!rec) return { value: null };
  const v = rec.unit === row.unit ? rec.value : convert(rec.value, rec.unit, row.unit);
  if (v === null) return { value: null, rec, problem: `单位“${rec.unit}”无法换算为表中的“${row.unit}”` };
  return { value: tidy(v, row.unit, ind), rec };
}

/** The sheet name of a region's form: 季报·济南市 (at most 31 characters). */
export function formSheetName(kind: FormKind, region: string): string {
  return `${FORM_NAMES[kind]}·${region}`.slice(0, 31);
}

export function fillForm(opts: FormFillOptions): FormFillResult {
  const forms = opts.forms ?? loadForms();
  const { engine, kind, year } = opts;
  const given = opts.period ?? FULL_YEAR;
  const { version, note: versionNote } = pickFormVersion(forms, kind, year, opts.version);
  const span: PeriodSpan = { start: 1, end: given.end }; // 累计: year to date
  const label = periodLabel(span);
  const shownPeriod = formPeriodText(year, given);
  const inds = new Map(engine.catalogue.indicators.map((i) => [i.id, i]));
  const regionDefs: ReadonlyMap<string, RegionDef> = resolverFor(engine.catalogue).regionByName;
  const cols = version.columns.filter((c) => (COLS as readonly string[]).includes(c.id));
  const colIdx = new Map<string, number>(cols.map((c, k) => [c.id, k]));
  const lastCol = cols.length - 1;
  const bindings: Binding[] = [];
  const blanks: FormBlank[] = [];
  const notes: string[] = [];
  let filled = 0;
  let previousFilled = 0;
  if (versionNote) notes.push(versionNote);
  if (given.start !== 1 && given.start !== given.end) {
    notes.push(`报表各项按年初至报告期末累计(${periodText(year, span, 'range')})填写,不是所给期别 ${periodText(year, given, 'range')} 的当期数。`);
  }
  const unverified = version.rows.filter((r) => !r.verified).length;
  const sheets: SheetSpec[] = [];

  for (const region of opts.regions) {
    const def = regionDefs.get(region);
    const sheet = formSheetName(kind, region);
    const vals: CellValue[][] = [];
    const fms: (string | null)[][] = [];
    const fmts: (string | null)[][] = [];
    const styles: { range: string; style: CellStyle }[] = [];
    const merges: string[] = [];
    const set = (r: number, c: number, v: CellValue, f: string | null = null, fmt: string | null = null) => {
      while (vals.length <= r) {
        vals.push(new Array(lastCol + 1).fill(null));
        fms.push(new Array(lastCol + 1).fill(null));
        fmts.push(new Array(lastCol + 1).fill(null));
      }
      vals[r][c] = v;
      fms[r][c] = f;
      fmts[r][c] = fmt;
    };
    const line = (r: number, text: string, style: CellStyle) => {
      set(r, 0, text);
      merges.push(`${a1(r, 0)}:${a1(r, lastCol)}`);
      styles.push({ range: `${a1(r, 0)}:${a1(r, lastCol)}`, style });
    };
    // header
    line(0, version.title, 'title');
    const approval = `${version.approval.label}:${version.approval.body}${version.approval.docNo ? `(${version.approval.docNo})` : ''}`;
    const third = Math.max(1, Math.floor((lastCol + 1) / 3));
    const h = (r: number, texts: string[]) => {
      const starts = [0, third, Math.min(lastCol, third * 2)];
      texts.forEach((t, k) => {
        const c0 = starts[k];
        const c1 = k === 2 ? lastCol : starts[k + 1] - 1;
        set(r, c0, t);
        if (c1 > c0) merges.push(`${a1(r, c0)}:${a1(r, c1)}`);
      });
      styles.push({ range: `${a1(r, 0)}:${a1(r, lastCol)}`, style: 'note' });
    };
    h(1, [`表号:${version.tableNo ?? '(未见印本)'}`, `制表机关:${version.authority}`, approval]);
    h(2, [`编制单位:${def?.fullName ?? region}`, `地区编码:${def?.statCode ?? ''}`, `报告期:${shownPeriod}`]);
    // column titles and marks
    const prevCol = cols.find((c) => c.id === 'prev');
    cols.forEach((c, k) => {
      set(3, k, c.label);
      set(4, k, c.mark ?? null);
    });
    styles.push({ range: `A4:${a1(4, lastCol)}`, style: 'header' });

    // previous periods of the two previous columns
    const specs = new Map<string, { year: number; span: PeriodSpan }>();
    for (const c of cols) if (c.id === 'prev' || c.id === 'prevMonth') specs.set(c.id, prevSpec(c, kind, year, span.end));
    const seenLabel = new Map<string, number>();

    version.rows.forEach((row, i) => {
      const r = FIRST_ROW + i;
      // a letter numbering (A, I, II) is set apart from the label: A 城市低保累计支出
      const text = IND.repeat(row.depth) + row.num + (/[A-Za-z]$/.test(row.num) ? ' ' : '') + row.label;
      set(r, colIdx.get('name')!, text);
      if (colIdx.has('unit')) set(r, colIdx.get('unit')!, row.unit || null);
      if (colIdx.has('code')) set(r, colIdx.get('code')!, row.code);
      if (row.isHeading || !row.indicator) return;
      const ind = inds.get(row.indicator);
      if (!ind) return;
      const where = `${row.num}${row.label}`;
      const bind = (c: number, y: number, sp: PeriodSpan) =>
        bindings.push({
          sheet,
          address: a1(r, c),
          indicatorId: ind.id,
          region,
          year: y,
          breakdown: row.breakdown,
          period: periodLabel(sp),
          column: 'current',
        });
      // 数量
      const vc = colIdx.get('value')!;
      const got = lookup(engine, row, ind, region, year, span);
      let cur: number | null = got.value;
      set(r, vc, cur, null, numFmt(row.unit, cur));
      bind(vc, year, span);
      if (cur !== null) filled++;
      else {
        let reason = got.problem ?? '';
        if (!reason) {
          const have = engine.periodsOf ? engine.periodsOf(region, ind.id, year, row.breakdown) : [];
          reason = have.length
            ? `数据集只有 ${have.map((l) => `${year}年${l}`).join('、')} 的数,报告期为 ${shownPeriod}(${ind.flow ? '累计数须为同一期别' : '时点数须为同一期末'}),未填写`
            : '数据集中没有该数值';
        }
        blanks.push({ sheet, address: a1(r, vc), row: where, region, reason });
      }
      // previous columns
      const lk = labelKey(row.label, row.unit);
      const nth = seenLabel.get(lk) ?? 0;
      seenLabel.set(lk, nth + 1);
      let prevVal: number | null = null;
      for (const [cid, sp] of specs) {
        const c = colIdx.get(cid)!;
        let v: number | null = null;
        if (cid === 'prev' && opts.previous) {
          const p = opts.previous;
          const byCode = row.code ? p.byCode.get(row.code) : undefined;
          v = byCode ?? p.byLabel.get(lk)?.[nth] ?? null;
          if (v !== null) previousFilled++;
        }
        if (v === null) v = lookup(engine, row, ind, region, sp.year, sp.span).value;
        set(r, c, v, null, numFmt(row.unit, v));
        bind(c, sp.year, sp.span);
        if (cid === 'prev') prevVal = v;
      }
      // 环比
      if (colIdx.has('change') && prevCol) {
        const c = colIdx.get('change')!;
        const v = changeValue(cur, prevVal);
        set(r, c, v, changeFormula(a1(r, vc), a1(r, colIdx.get('prev')!)), '0.00');
      }
    });
    const last = FIRST_ROW + version.rows.length - 1;
    styles.push({ range: `A${FIRST_ROW + 1}:${a1(last, lastCol)}`, style: 'label' });
    version.rows.forEach((row, i) => {
      if (row.isHeading) styles.push({ range: `${a1(FIRST_ROW + i, 0)}:${a1(FIRST_ROW + i, lastCol)}`, style: 'total' });
    });
    for (const id of ['unit', 'code'] as const) {
      const c = colIdx.get(id);
      if (c !== undefined) styles.push({ range: `${a1(FIRST_ROW, c)}:${a1(last, c)}`, style: 'center' });
    }
    // notes
    let r = last + 2;
    const foot: string[] = [];
    foot.push(`报表版本:${version.id}(适用 ${version.validFrom}${version.validTo === version.validFrom ? '' : `–${version.validTo ?? ''}`}年)。${versionNote}`);
    if (unverified) {
      foot.push(`本表有 ${unverified} 行未能从已公开的报表印本核实(行名和位置据其他年份或相关资料补足),其代码栏留空;已核实的行照印本填写代码。`);
    }
    if (!version.headerVerified) foot.push('表头(表号、制表机关、批准机关)未见完整印本,照同类报表填写。');
    foot.push('累计项(资金、人次、登记数)为年初至报告期末累计数,时点项(人数、机构数、床位数)为期末数;空白表示没有该期别的数值(不是零)。');
    const specText = [...specs].map(([cid, sp]) => `${cols.find((c) => c.id === cid)!.label}栏为 ${periodText(sp.year, sp.span, 'range')} 的数`).join(',');
    if (specText) foot.push(`${specText}${opts.previous ? `;${prevCol?.label ?? '上期'}栏优先取自上期报表 ${opts.previous.file}` : ''}。环比 = (数量 − ${prevCol?.label ?? '上期'}) ÷ ${prevCol?.label ?? '上期'} × 100,为公式。`);
    const myBlanks = blanks.filter((b) => b.sheet === sheet && b.reason !== '数据集中没有该数值');
    for (const b of myBlanks.slice(0, 12)) foot.push(`${b.address} ${b.row}:${b.reason}。`);
    if (myBlanks.length > 12) foot.push(`另有 ${myBlanks.length - 12} 个数值因期别不符未填写。`);
    for (const t of foot) line(r++, t, 'note');
    r++;
    const sig = ['单位负责人:', '统计负责人:', '填表人:', '报出日期:    年  月  日'];
    const at = [0, Math.min(2, lastCol), Math.min(4, lastCol), Math.min(5, lastCol)];
    sig.forEach((s, k) => set(r, at[k], s));

    const widths = cols.map((c) => WIDTHS[c.id] ?? 12);
    sheets.push({
      name: sheet,
      blocks: [{ topLeft: 'A1', values: vals, formulas: fms, numFmts: fmts }],
      merges,
      colWidths: widths,
      styles,
      print: { landscape: false, fitToWidth: true, titleRows: [4, 5] },
    });
  }

  // summary
  const byReason = new Map<string, FormBlank[]>();
  for (const b of blanks) {
    if (b.reason === '数据集中没有该数值') continue;
    byReason.set(`${b.region}|${b.row}`, [...(byReason.get(`${b.region}|${b.row}`) ?? []), b]);
  }
  const none = blanks.filter((b) => b.reason === '数据集中没有该数值').length;
  notes.push(`数量栏已填 ${filled} 个,空白 ${blanks.length} 个(其中 ${none} 个数据集中没有该数值)。`);
  for (const [, bs] of [...byReason].slice(0, 20)) notes.push(`${bs[0].region} ${bs[0].address} ${bs[0].row}:${bs[0].reason}`);
  if (byReason.size > 20) notes.push(`另有 ${byReason.size - 20} 个数值因期别不符未填写。`);
  if (opts.previous) notes.push(`上期数取自 ${opts.previous.file}${opts.previous.period ? `(报告期 ${opts.previous.period})` : ''}:${previousFilled} 个。`);
  return { sheets, bindings, version, versionNote, periodText: shownPeriod, summary: { filled, previousFilled, blanks, notes } };
}

/**
 * Reads the figures of a previous submission from sheet snapshots: the first sheet with a column titled
 * 数量 (and 指标名称); rows matched later by 代码, else by label and unit. `region` picks among several
 * form sheets (by sheet name or 编制单位). Throws a Chinese message when no such sheet exists.
 */
export function readPreviousForm(
  snaps: { name: string; values: CellValue[][] }[],
  file: string,
  region?: string,
): PreviousForm {
  const candidates: { snap: (typeof snaps)[number]; hr: number; name: number; unit: number; code: number; value: number }[] = [];
  for (const s of snaps) {
    if (s.name.startsWith('_MZ')) continue;
    for (let r = 0; r < Math.min(s.values.length, 15); r++) {
      const row = s.values[r].map((v) => (typeof v === 'string' ? v.replace(/[\s\u3000]/g, '') : ''));
      const value = row.indexOf('数量');
      const name = row.indexOf('指标名称');
      if (value < 0 || name < 0) continue;
      candidates.push({ snap: s, hr: r, name, unit: row.indexOf('单位'), code: row.indexOf('代码'), value });
      break;
    }
  }
  if (!candidates.length) throw new Error(`上期报表“${file}”中没有找到带“指标名称”和“数量”列的工作表`);
  const text = (s: (typeof snaps)[number]) => s.values.slice(0, 4).flat().filter((v) => typeof v === 'string').join(' ');
  const pick = (region && candidates.find((c) => c.snap.name.includes(region) || text(c.snap).includes(region))) || candidates[0];
  const { snap, hr } = pick;
  const head = text(snap);
  const m = /报告期[:：]\s*(\S+)/.exec(head);
  const byCode = new Map<string, number>();
  const byLabel = new Map<string, (number | null)[]>();
  for (let r = hr + 1; r < snap.values.length; r++) {
    const row = snap.values[r];
    const v = row[pick.value];
    const n = typeof v === 'number' ? v : typeof v === 'string' ? plainNumber(v) : null;
    const label = row[pick.name];
    if (typeof label !== 'string' || !label.trim()) continue;
    const unit = pick.unit >= 0 && typeof row[pick.unit] === 'string' ? (row[pick.unit] as string) : '';
    const k = labelKey(label, unit);
    // keep the row slot even when blank, so that the k-th repeat of a label stays the k-th
    const list = byLabel.get(k) ?? [];
    list.push(n);
    byLabel.set(k, list);
    const code = pick.code >= 0 ? row[pick.code] : null;
    if (n !== null && typeof code === 'string' && code.trim()) byCode.set(code.trim().toUpperCase(), n);
  }
  return { file, period: m ? m[1] : '', byCode, byLabel };
}
