// Built-in checks that walk all bindings (or all cells) once, instead of one expression per group.
import { Binding, SheetSnapshot, parseA1 } from '../workbook';
import type { DataRecord } from '../types';
import { EXCEL_ERROR, numberInText } from '../text';
import { convert, parseUnit } from '../units';
import { CellRef, Finding, Rule } from './types';
import { EngineLike, F_NO_SHEET, F_TEXT, Q_ABOUT, Q_OVER, Q_UNDER, WorkbookIndex, isEmpty, numericValue } from './context';
import { Val, compare, compareLite, compareNums, equalNums, fmtNum, CMP_NEG } from './evaluate';
import { decimalsOf, halfUnit } from './precision';
import { AUDIT_BUILTINS } from './builtins-audit';
import { quoteAround } from './readable';

export interface BuiltinCtx {
  idx: WorkbookIndex;
  rule: Rule;
  engine?: EngineLike;
  noBindings: boolean;
  finding(f: Omit<Finding, 'ruleId' | 'ruleName' | 'severity' | 'scope'>): void;
  /** one skip, or n at once */
  skip(reason: string, n?: number): void;
  /** one passed check, or n at once */
  pass(n?: number): void;
}

export type Builtin = (c: BuiltinCtx) => void;

function num(rule: Rule, name: string, dflt: number): number {
  const v = rule.params?.[name];
  return typeof v === 'number' ? v : dflt;
}
function list(rule: Rule, name: string): string[] {
  const v = rule.params?.[name];
  return Array.isArray(v) ? v : [];
}

/** The numeric value of bound entry i with its unit and half-unit; null when empty / not a number. */
function boundVal(c: BuiltinCtx, i: number): Val | null {
  const sl = c.idx.slotAt(i);
  if (!sl || sl.value === null) return null;
  const v = sl.value;
  const lb = sl.label;
  return { v, h: sl.h, unit: sl.unit, refs: [{ sheet: sl.sheet, address: sl.address, label: lb, value: v, unit: sl.unit ?? undefined }], text: () => `${lb} ${fmtNum(v)}`, atomic: true };
}

function where(idx: WorkbookIndex, i: number): string {
  return `${idx.sheetOf(i)}!${idx.address(i)}`;
}

function u(x: Val): string {
  return x.unit ? ` ${x.unit}` : '';
}

/** 1 for each text id (as a sheet name) that holds the summary word: the summary sheets. */
function summarySheets(idx: WorkbookIndex, word: string): Uint8Array {
  const T = idx.t.texts;
  const out = new Uint8Array(T.length);
  for (let k = 0; k < T.length; k++) if (T[k].includes(word)) out[k] = 1;
  return out;
}

/** passes counted by the scans below (scanSamePairs, scanPartsSums), taken by their rule when it ends */
let scanPasses = 0;
/**
 * sameFigure's common case from heads[hk] on, without allocation: a figure held by exactly two numbers in one
 * unit on two existing detail sheets, equal. Counts them in scanPasses; returns the first head that needs the
 * full check (or heads.length). Figures on one sheet only are passed over.
 */
function scanSamePairs(idx: WorkbookIndex, isSum: Uint8Array, heads: Int32Array, hk: number): number {
  const { next, val, h, flags, unitId } = idx;
  const sheet = idx.t.sheet;
  let passes = 0;
  for (; hk < heads.length; hk++) {
    const i0 = heads[hk];
    const i1 = next[i0];
    if (i1 < 0) continue;
    const s0 = sheet[i0];
    const s1 = sheet[i1];
    const v0 = val[i0];
    const v1 = val[i1];
    if (next[i1] >= 0 || s0 === s1 || ((flags[i0] | flags[i1]) & F_NO_SHEET) !== 0 || isSum[s0] === 1 || isSum[s1] === 1) break;
    if (v0 !== v0 || v1 !== v1 || unitId[i0] !== unitId[i1] || !equalNums(v0, h[i0], v1, h[i1])) break;
    passes++;
  }
  scanPasses += passes;
  return hk;
}

/** Same key on several sheets (summary sheets excluded: see summary_detail): equal values. */
const sameFigure: Builtin = (c) => {
  const idx = c.idx;
  const isSum = summarySheets(idx, String(c.rule.params?.summarySheet ?? '汇总'));
  const summ = (i: number): boolean => isSum[idx.t.sheet[i]] === 1;
  const { next, val, h, t } = idx;
  const heads = idx.figureHeads;
  scanPasses = 0;
  let passes = 0;
  for (let hk = 0; hk < heads.length; hk++) {
    hk = scanSamePairs(idx, isSum, heads, hk);
    if (hk >= heads.length) break;
    const i0 = heads[hk];
    // two numbers in different units (compared converted), else the full check
    const i1 = next[i0];
    if (next[i1] < 0 && t.sheet[i0] !== t.sheet[i1] && idx.exists(i0) && idx.exists(i1) && !summ(i0) && !summ(i1)) {
      if (val[i0] === val[i0] && val[i1] === val[i1] && compareLite('==', val[i0], h[i0], idx.unit(i0), val[i1], h[i1], idx.unit(i1))) {
        passes++;
        continue;
      }
    }
    const detail = idx.chain(i0).filter((i) => !summ(i));
    if (detail.length < 2) continue;
    const sheets = new Set(detail.map((i) => t.sheet[i]));
    if (sheets.size < 2) continue;
    const vals = detail.map((i) => ({ i, x: boundVal(c, i) })).filter((p) => p.x);
    if (vals.length < 2) {
      c.skip('另一工作表上的同一数字为空');
      continue;
    }
    const first = vals[0];
    for (const other of vals.slice(1)) {
      if (t.sheet[other.i] === t.sheet[first.i]) continue;
      const vd = compare('==', first.x!, other.x!);
      if (vd.pass) c.pass();
      else {
        const b = idx.binding(first.i);
        c.finding({
          message: `${c.rule.message}:${first.x!.text()}${u(first.x!)}(${where(idx, first.i)})≠ ${other.x!.text()}${u(other.x!)}(${where(idx, other.i)})`,
          expected: fmtNum(vd.left.v) + u(vd.left),
          actual: fmtNum(vd.right.v) + u(vd.right),
          cells: [...other.x!.refs, ...first.x!.refs],
          region: b.region,
          year: b.year,
        });
      }
    }
  }
  passes += scanPasses;
  if (passes) c.pass(passes);
};

/** Figures on the summary sheet equal the detail sheets' figures for the same binding. */
const summaryDetail: Builtin = (c) => {
  const idx = c.idx;
  const isSum = summarySheets(idx, String(c.rule.params?.summarySheet ?? '汇总'));
  const summ = (i: number): boolean => isSum[idx.t.sheet[i]] === 1;
  let any = false;
  const { next } = idx;
  const heads = idx.figureHeads;
  for (let hk = 0; hk < heads.length; hk++) {
    const i0 = heads[hk];
    let hasSum = false;
    for (let j = i0; j >= 0 && !hasSum; j = next[j]) hasSum = summ(j);
    if (!hasSum) continue;
    const bs = idx.chain(i0);
    const sums = bs.filter((i) => summ(i));
    any = true;
    const detail = bs.filter((i) => !summ(i));
    if (detail.length === 0) {
      c.skip('汇总表上的指标在明细表中没有对应单元格');
      continue;
    }
    const dv = detail.map((i) => ({ i, x: boundVal(c, i) })).find((p) => p.x);
    for (const s of sums) {
      const sv = boundVal(c, s);
      const sb = idx.binding(s);
      if (!sv || !dv) {
        if (sv && !dv) {
          c.finding({
            message: `${c.rule.message}:汇总表${sv.text()}${u(sv)}(${where(idx, s)}),明细表(${where(idx, detail[0])})为空`,
            expected: '(空)',
            actual: fmtNum(sv.v) + u(sv),
            cells: [...sv.refs, { sheet: idx.sheetOf(detail[0]), address: idx.address(detail[0]), label: idx.label(detail[0]), value: null }],
            region: sb.region,
            year: sb.year,
          });
        } else c.skip('汇总表或明细表单元格为空');
        continue;
      }
      const vd = compare('==', sv, dv.x!);
      if (vd.pass) c.pass();
      else
        c.finding({
          message: `${c.rule.message}:汇总表${sv.text()}${u(sv)}(${where(idx, s)})≠ 明细表 ${fmtNum(vd.right.v)}${u(vd.right)}(${where(idx, dv.i)})`,
          expected: fmtNum(vd.right.v) + u(vd.right),
          actual: fmtNum(sv.v) + u(sv),
          cells: [...sv.refs, ...dv.x!.refs],
          region: sb.region,
          year: sb.year,
        });
    }
  }
  if (!any) c.skip('工作簿中没有汇总表');
};

interface PartsOf {
  figs: Int32Array;
  skips: string[];
}

/**
 * parts_sum's common case from heads[hk] on, without allocation: a total whose parts are all present, in the
 * total's unit, and add up to it (passes counted in scanPasses); figures that are not totals and empty totals
 * are passed over. Returns the first head that needs the full check (or heads.length).
 */
function scanPartsSums(idx: WorkbookIndex, heads: Int32Array, partsOf: (PartsOf | null)[], hk: number): number {
  const { val, h, unitId, bFig, bGroup, flags } = idx;
  let passes = 0;
  for (; hk < heads.length; hk++) {
    const i0 = heads[hk];
    const pf = partsOf[bFig[i0]];
    if (pf === null) continue;
    const ti = idx.typedIn(i0);
    if ((flags[ti] & F_NO_SHEET) !== 0 || val[ti] !== val[ti]) continue;
    const g = bGroup[i0];
    const u = unitId[ti];
    let sv = 0;
    let sh = 0;
    let k = 0;
    for (; k < pf.figs.length; k++) {
      const pd = idx.typedIn(idx.head(g, pf.figs[k]));
      if (pd < 0 || (flags[pd] & F_NO_SHEET) !== 0 || val[pd] !== val[pd] || unitId[pd] !== u) break;
      sv += val[pd];
      sh += h[pd];
    }
    if (k < pf.figs.length || !equalNums(val[ti], h[ti], sv, sh)) break;
    passes++;
  }
  scanPasses += passes;
  return hk;
}

/** A total equals the sum of all its parts of an exhaustive breakdown set (counts and amounts). */
const partsSum: Builtin = (c) => {
  const idx = c.idx;
  const sets = new Set(list(c.rule, 'sets'));
  const exclude = new Set(list(c.rule, 'exclude'));
  // per total figure: the part figures of its set (null: not a total this rule checks)
  const partsOf: (PartsOf | null)[] = [];
  for (let f = 0; f < idx.figInd.length; f++) {
    let pf: PartsOf | null = null;
    const id = idx.figInd[f];
    const ind = idx.figBd[f] === '' && !exclude.has(id) ? idx.indicator(id) : undefined;
    if (ind && ind.breakdowns && sets.has(ind.breakdowns) && (ind.kind === 'count' || ind.kind === 'amount')) {
      const set = idx.catalogue.breakdowns.find((s) => s.id === ind.breakdowns);
      if (set) pf = { figs: Int32Array.from(set.values, (v) => idx.fig(id, v.id, idx.figCol[f])), skips: set.values.map((v) => `缺少分项“${v.id}”`) };
    }
    partsOf.push(pf);
  }
  let scratch = new Int32Array(8);
  const { val, h } = idx;
  const heads = idx.figureHeads;
  scanPasses = 0;
  for (let hk = 0; hk < heads.length; hk++) {
    hk = scanPartsSums(idx, heads, partsOf, hk);
    if (hk >= heads.length) break;
    const i0 = heads[hk];
    const pf = partsOf[idx.bFig[i0]];
    if (!pf) continue;
    const g = idx.bGroup[i0];
    const ti = idx.typedIn(i0);
    if (!idx.exists(ti) || val[ti] !== val[ti]) continue;
    // the parts' entries in a scratch array (no array per total)
    const nParts = pf.figs.length;
    if (scratch.length < nParts) scratch = new Int32Array(nParts * 2);
    const parts = scratch;
    let missing = -1;
    for (let k = 0; k < nParts; k++) {
      const ph = idx.head(g, pf.figs[k]);
      const pd = idx.typedIn(ph);
      if (pd < 0 || !idx.exists(pd) || val[pd] !== val[pd]) {
        missing = k;
        break;
      }
      parts[k] = pd;
    }
    if (missing >= 0) {
      c.skip(pf.skips[missing]);
      continue;
    }
    // pass decided on the bare numbers; texts and cell lists only for a finding
    {
      const p0 = parts[0];
      let sv = val[p0];
      let sh = h[p0];
      const su = idx.unit(p0);
      const uid = idx.unitId;
      for (let k = 1; k < nParts; k++) {
        const p = parts[k];
        if (uid[p] === uid[p0]) {
          // the same unit (the usual case): no conversion
          sv = sv + val[p];
          sh = sh + h[p];
          continue;
        }
        const pu = idx.unit(p);
        sv = sv + (convert(val[p], pu ?? '', su ?? '') ?? val[p]);
        sh = sh + (convert(h[p], pu ?? '', su ?? '') ?? h[p]);
      }
      if (compareLite('==', val[ti], h[ti], idx.unit(ti), sv, sh, su)) {
        c.pass();
        continue;
      }
    }
    const total = boundVal(c, ti)!;
    const pv: Val[] = Array.from(parts.subarray(0, nParts), (p) => boundVal(c, p)!);
    let acc: Val = pv[0];
    for (const p of pv.slice(1)) {
      acc = { v: acc.v + (convert(p.v, p.unit ?? '', acc.unit ?? '') ?? p.v), h: acc.h + (convert(p.h, p.unit ?? '', acc.unit ?? '') ?? p.h), unit: acc.unit, refs: [...acc.refs, ...p.refs], text: () => '', atomic: false };
    }
    const partsText = () => pv.map((p) => p.text()).join(' + ');
    const vd = compare('==', total, acc);
    const tb = idx.binding(i0);
    if (vd.pass) c.pass();
    else
      c.finding({
        message: `${c.rule.message}:${total.text()}${u(total)} ≠ ${partsText()} = ${fmtNum(vd.right.v)}${u(vd.right)}`,
        expected: fmtNum(vd.right.v) + u(vd.right),
        actual: fmtNum(total.v) + u(total),
        cells: [...total.refs, ...acc.refs],
        region: tb.region,
        year: tb.year,
      });
  }
  if (scanPasses) c.pass(scanPasses);
};


/** The bound figure equals the dataset's figure for the same region, indicator, year and breakdown. */
const sourceMatch: Builtin = (c) => {
  if (!c.engine) {
    c.skip('未提供数据集');
    return;
  }
  const idx = c.idx;
  const approxTol = num(c.rule, 'approxRel', 0.1);
  const approx = { rel: approxTol };
  const { val, h, recOf, records, t } = idx;
  const recText = new Map<DataRecord, { unit: string; tail: string; expected: string }>();
  const figHead: (string | undefined)[] = [];
  let passes = 0;
  let noRec = 0;
  let empty = 0;
  const flush = () => {
    if (noRec) c.skip('数据集中没有该数字', noRec);
    if (empty) c.skip('单元格为空', empty);
    noRec = empty = 0;
  };
  for (let i = 0; i < idx.n; i++) {
    if (t.column[i] !== 0) continue;
    const k = recOf[i];
    if (k < 0 || !idx.exists(i)) {
      noRec++;
      continue;
    }
    const rec = records[k];
    const v = val[i];
    if (v !== v) {
      empty++;
      continue;
    }
    // the dataset's figure in the cell's unit; decided on bare numbers (same unit on both sides), read from
    // the index's arrays (the record object only for a message)
    const recV = idx.recV[k];
    const same = idx.recUnit[k] === idx.unitId[i] && Number.isFinite(recV);
    const unit = same ? idx.units[idx.recUnit[k]] : idx.unit(i) ?? rec.unit;
    const rv = same ? recV : convert(rec.value, rec.unit, unit);
    if (rv === null) {
      flush();
      c.skip(`单位 ${rec.unit} 不能换算为 ${unit}`);
      continue;
    }
    const rh = same ? idx.recH[k] : convert(idx.recH[k], rec.unit, unit) ?? 0;
    let ok: boolean;
    const q = idx.recQ[k];
    if (q === Q_ABOUT) ok = compareNums('==', v, h[i], rv, rh, approx);
    else if (q === Q_OVER) ok = compareNums('>=', v, h[i], rv, rh);
    else if (q === Q_UNDER) ok = compareNums('<=', v, h[i], rv, rh);
    else ok = compareNums('==', v, h[i], rv, rh);
    if (ok) passes++;
    else {
      // straight from the arrays (no slot or binding object per finding); the texts shared by many findings
      // (the record's in a unit, which fixes rv; the figure's) built once
      let said = recText.get(rec);
      if (said === undefined || said.unit !== unit) {
        const stated = `${rec.qualifier !== 'exact' ? rec.qualifier : ''}${fmtNum(rec.value)} ${rec.unit}`;
        const conv = rv !== rec.value || unit !== rec.unit ? `(折合 ${fmtNum(rv)} ${unit})` : '';
        said = { unit, tail: `,数据集为 ${stated}${conv},来源 ${rec.source}${rec.quote ? `“${quoteAround(rec.quote, rec.value)}”` : ''}`, expected: `${fmtNum(rv)} ${unit}` };
        recText.set(rec, said);
      }
      const f = idx.bFig[i];
      let head = figHead[f];
      if (head === undefined) head = figHead[f] = `${c.rule.message}:${idx.label(i)} `;
      const cellUnit = idx.unit(i);
      const num = fmtNum(v);
      const ref: CellRef = { sheet: idx.sheetOf(i), address: idx.address(i), label: idx.label(i), value: v, unit: cellUnit ?? undefined };
      c.finding({
        message: head + num + (cellUnit ? ` ${cellUnit}` : '') + said.tail,
        expected: said.expected,
        actual: `${num} ${unit}`,
        cells: [ref],
        region: t.texts[t.region[i]],
        year: t.yearOf(i),
      });
    }
  }
  flush();
  if (passes) c.pass(passes);
};

/** Numeric cells with their unit: all bound cells (their slots), or (no bindings) every numeric cell with a unit in its row/column. */
type UnitCell = { readonly sheet: string; readonly address: string; readonly v: number; readonly unit: string; readonly numFmt: string | null; readonly b?: Binding; readonly label: string };
const lab = (x: UnitCell): string => x.label;

/**
 * The numeric cells with a unit, by position k: bound entries holding a number and a unit (read from the
 * index's arrays; the cell object only for a finding), or (no bindings) every number with a unit.
 */
interface UnitCells {
  n: number;
  v(k: number): number;
  unit(k: number): string;
  cell(k: number): UnitCell;
  /** the binding entry, -1 when unbound */
  entry(k: number): number;
}

function unitCells(c: BuiltinCtx): UnitCells {
  const idx = c.idx;
  if (!c.noBindings) {
    const es = idx.unitEntries();
    const { val, unitId, units } = idx;
    return { n: es.length, v: (k) => val[es[k]], unit: (k) => units[unitId[es[k]]], cell: (k) => idx.slotAt(es[k]) as UnitCell, entry: (k) => es[k] };
  }
  const all = [...unboundUnitCells(c)];
  return { n: all.length, v: (k) => all[k].v, unit: (k) => all[k].unit, cell: (k) => all[k], entry: () => -1 };
}

function* unboundUnitCells(c: BuiltinCtx): Generator<UnitCell> {
  for (const s of c.idx.userSheets()) {
    for (let r = 0; r < s.values.length; r++) {
      const row = s.values[r];
      if (!row) continue;
      for (let col = 0; col < row.length; col++) {
        const v = row[col];
        if (typeof v !== 'number') continue;
        const unit = c.idx.unitOf(s.name, r, col);
        if (!unit) continue;
        const cell = c.idx.cellAt(s, r, col);
        yield { sheet: s.name, address: cell.address, v, unit, numFmt: cell.numFmt, label: rowLabel(s, r) ?? cell.address };
      }
    }
  }
}

function rowLabel(s: SheetSnapshot, r: number): string | null {
  const row = s.values[r] ?? [];
  for (let c = 0; c < Math.min(row.length, 3); c++) {
    const v = row[c];
    if (typeof v === 'string' && v.trim() && !/^\d/.test(v)) return v.trim();
  }
  return null;
}

type UnitInfo = NonNullable<ReturnType<typeof parseUnit>>;

/**
 * The precision rules' common walk: every number whose unit is of a class (`inClass`), passed by `ok` on the
 * bare value; a cell failing it goes to `fail` as a cell object (made only then). Bound cells are read from the
 * index's arrays, with the class decided once per unit; without bindings, every number with a unit.
 */
function checkUnitCells(c: BuiltinCtx, inClass: (info: UnitInfo) => boolean, mode: number, maxDec: number, fail: (x: UnitCell) => void): void {
  let passes = 0;
  if (!c.noBindings) {
    const idx = c.idx;
    const cls = new Uint8Array(idx.units.length);
    for (let u = 0; u < cls.length; u++) {
      const info = parseUnit(idx.units[u]);
      cls[u] = info && inClass(info) ? 1 : 0;
    }
    const { val, unitId } = idx;
    const es = idx.unitEntries();
    for (let k = 0; k < es.length; k++) {
      const i = es[k];
      if (cls[unitId[i]] === 0) continue;
      if (unitValueOk(mode, maxDec, val[i])) passes++;
      else fail(idx.slotAt(i) as UnitCell);
    }
  } else {
    for (const x of unboundUnitCells(c)) {
      const info = parseUnit(x.unit);
      if (!info || !inClass(info)) continue;
      if (unitValueOk(mode, maxDec, x.v)) passes++;
      else fail(x);
    }
  }
  if (passes) c.pass(passes);
}

const UNIT_OK_DECIMALS = 0;
const UNIT_OK_INTEGER = 1;

/** The precision rules' test of a value (a mode, not a closure: the walk stays monomorphic). */
function unitValueOk(mode: number, maxDec: number, v: number): boolean {
  if (mode === UNIT_OK_INTEGER) return Number.isInteger(v);
  // more than 6 decimals: computed by a formula, shown by the number format
  const d = decimalsOf(v);
  return d > 6 || d <= maxDec;
}

/** A finding on one cell with a unit: "<label> <value> <unit> <what>". */
function unitCellFinding(c: BuiltinCtx, x: UnitCell, what: string, expected: string): void {
  c.finding({
    message: `${c.rule.message}:${lab(x)} ${fmtNum(x.v)} ${x.unit} ${what}`,
    expected,
    actual: fmtNum(x.v),
    cells: [{ sheet: x.sheet, address: x.address, label: lab(x), value: x.v, unit: x.unit }],
    region: x.b?.region,
    year: x.b?.year,
  });
}

/** Amounts (万元/亿元) keep one decimal. */
const precisionAmount: Builtin = (c) => {
  const maxDec = num(c.rule, 'decimals', 1);
  checkUnitCells(
    c,
    (info) => info.dim === 'money' && info.factor >= 1e4,
    UNIT_OK_DECIMALS,
    maxDec,
    (x) => unitCellFinding(c, x, `有 ${decimalsOf(x.v)} 位小数`, `保留 ${maxDec} 位小数`),
  );
};

/** Counts (人, 户, 个 …, not 万人) are integers. */
const precisionCount: Builtin = (c) => {
  checkUnitCells(
    c,
    (info) => info.dim.startsWith('count:') && info.factor === 1,
    UNIT_OK_INTEGER,
    0,
    (x) => unitCellFinding(c, x, '不是整数', '整数'),
  );
};

/**
 * A 元/人·年 cell holding a monthly figure: ×12 it matches a reference for the same binding
 * (the dataset's value, or the previous period) → error.
 */
const monthlyInAnnual: Builtin = (c) => {
  const rel = num(c.rule, 'rel', 0.15);
  const idx = c.idx;
  if (c.noBindings) return; // a cell's references are its binding's
  const yearly = idx.units.indexOf('元/人·年');
  if (yearly < 0) return;
  const { val, unitId, recUnit, recV, recOf } = idx;
  const column = idx.t.column;
  const es = idx.unitEntries();
  let passes = 0;
  for (let k = 0; k < es.length; k++) {
    const i = es[k];
    const v = val[i];
    if (unitId[i] !== yearly || v <= 0) continue;
    // the references: the dataset's value (read from the index's arrays), then the previous period
    let rv = NaN;
    const rk = recOf[i];
    if (c.engine && column[i] === 0 && rk >= 0) {
      const r = recUnit[rk] === yearly && Number.isFinite(recV[rk]) ? recV[rk] : convert(recV[rk], idx.units[recUnit[rk]], '元/人·年');
      if (r !== null && r > 0) rv = r;
    }
    const prev = previousOf(c, i);
    if (rv !== rv && !prev) continue;
    if (rv === rv && looksMonthly(v, rv, rel)) monthlyFinding(c, i, rv, `数据集 ${fmtNum(rv)} 元/人·年`);
    else if (prev && looksMonthly(v, prev.v, rel)) monthlyFinding(c, i, prev.v, `上期 ${fmtNum(prev.v)} 元/人·年(${prev.where})`);
    else passes++;
  }
  if (passes) c.pass(passes);
};

/** v ×12 is within rel of the reference r, and v itself is not. */
function looksMonthly(v: number, r: number, rel: number): boolean {
  return Math.abs(v * 12 - r) <= rel * r && Math.abs(v - r) > rel * r;
}

function monthlyFinding(c: BuiltinCtx, i: number, ref: number, what: string): void {
  const x = c.idx.slotAt(i) as UnitCell;
  const b = c.idx.binding(i);
  c.finding({
    message: `${c.rule.message}:${lab(x)} ${fmtNum(x.v)} 元/人·年 像是月标准(×12 = ${fmtNum(x.v * 12)},参照${what})`,
    expected: `约 ${fmtNum(ref)} 元/人·年`,
    actual: `${fmtNum(x.v)} 元/人·年`,
    cells: [{ sheet: x.sheet, address: x.address, label: lab(x), value: x.v, unit: x.unit }],
    region: b.region,
    year: b.year,
  });
}

/** Plausibility of per-person standards: a yearly figure below minAnnual, a monthly one above maxMonthly. */
const periodPlausible: Builtin = (c) => {
  const minAnnual = num(c.rule, 'minAnnual', 1200);
  const maxMonthly = num(c.rule, 'maxMonthly', 6000);
  const cells = unitCells(c);
  let passes = 0;
  for (let k = 0; k < cells.n; k++) {
    const unit = cells.unit(k);
    const yearly = unit === '元/人·年';
    if (!yearly && unit !== '元/人·月') continue;
    const v = cells.v(k);
    if (!(yearly ? v > 0 && v < minAnnual : v > maxMonthly)) {
      passes++;
      continue;
    }
    const x = cells.cell(k);
    let bad: string;
    let expected: string;
    if (yearly) {
      bad = `${lab(x)} ${fmtNum(x.v)} 元/人·年 低于 ${minAnnual} 元/人·年(每月不足 ${fmtNum(minAnnual / 12)} 元),疑为月标准`;
      expected = `≥ ${minAnnual} 元/人·年`;
    } else {
      bad = `${lab(x)} ${fmtNum(x.v)} 元/人·月 高于 ${maxMonthly} 元/人·月,疑为年标准`;
      expected = `≤ ${maxMonthly} 元/人·月`;
    }
    c.finding({
      message: `${c.rule.message}:${bad}`,
      expected,
      actual: `${fmtNum(x.v)} ${x.unit}`,
      cells: [{ sheet: x.sheet, address: x.address, label: lab(x), value: x.v, unit: x.unit }],
      region: x.b?.region,
      year: x.b?.year,
    });
  }
  if (passes) c.pass(passes);
};

function previousOf(c: BuiltinCtx, i: number): { v: number; where: string } | null {
  const idx = c.idx;
  const p0 = idx.previousOf(i);
  if (p0 < 0) return null;
  const sheet = idx.t.sheet[i];
  let pb = p0;
  for (let j = p0; j >= 0; j = idx.next[j])
    if (idx.t.sheet[j] === sheet) {
      pb = j;
      break;
    }
  if (!idx.exists(pb) || !idx.has(pb)) return null;
  return { v: idx.val[pb], where: where(idx, pb) };
}

/** Period-over-period change beyond a threshold. */
const change: Builtin = (c) => {
  const threshold = num(c.rule, 'threshold', 0.3);
  const idx = c.idx;
  if (!idx.anyPrevious) return;
  for (let i = 0; i < idx.n; i++) {
    if (idx.t.column[i] !== 0) continue;
    const prev = previousOf(c, i);
    if (!prev) continue;
    const v = idx.exists(i) && idx.has(i) ? idx.val[i] : null;
    if (v === null || prev.v === 0) {
      c.skip('本期或上期为空');
      continue;
    }
    const r = v / prev.v - 1;
    if (Math.abs(r) > threshold + 1e-12) {
      const lb = idx.label(i);
      const b = idx.binding(i);
      const un = idx.exists(i) ? idx.unit(i) : null;
      const us = un ? ` ${un}` : '';
      c.finding({
        message: `${c.rule.message}:${lb} 本期 ${fmtNum(v)}${us},上期 ${fmtNum(prev.v)}${us},${r > 0 ? '增长' : '下降'} ${fmtNum(Math.abs(r) * 100)}%,超过阈值 ${fmtNum(threshold * 100)}%,请核实并填写说明`,
        expected: `变化不超过 ${fmtNum(threshold * 100)}%`,
        actual: `${r > 0 ? '+' : '−'}${fmtNum(Math.abs(r) * 100)}%`,
        cells: [
          { sheet: b.sheet, address: b.address, label: lb, value: v },
          { sheet: prev.where.split('!')[0], address: prev.where.split('!')[1], label: `${lb}[上期]`, value: prev.v },
        ],
        region: b.region,
        year: b.year,
      });
    } else c.pass();
  }
};

/** Required figures left empty: bound cells of the listed indicators; unbound: rows with a label and unit but no value. */
const requiredEmpty: Builtin = (c) => {
  const required = new Set(list(c.rule, 'indicators'));
  if (!c.noBindings) {
    const idx = c.idx;
    const { t } = idx;
    const emptyBd = t.has('');
    // one finding per figure (its first entry marks it seen): the cell typed in, not a copy on the summary sheet
    const seen = new Uint8Array(idx.n);
    const want = new Uint8Array(t.texts.length);
    for (const id of required) {
      const k = t.has(id);
      if (k >= 0) want[k] = 1;
    }
    let passes = 0;
    for (let i = 0; i < idx.n; i++) {
      if (t.column[i] !== 0 || t.bd[i] !== emptyBd || !want[t.ind[i]]) continue;
      const h0 = idx.head(idx.bGroup[i], idx.bFig[i]);
      if (seen[h0]) continue;
      seen[h0] = 1;
      // the value read in place (on the first entry's sheet, at the typed-in cell's address, as ever); the
      // cell (address text) built only for a finding
      const d = idx.typedIn(h0);
      const sh = idx.sheets.get(idx.sheetOf(i));
      if (!sh) continue;
      if (isEmpty(sh.values[t.row[d]]?.[t.col[d]] ?? null)) {
        const b = idx.binding(i);
        const lb = idx.label(i);
        c.finding({
          message: `${c.rule.message}:${lb}(${b.region} ${b.year}年${b.period && b.period !== '全年' ? b.period : ''})未填报`,
          expected: '填报数值或说明原因',
          actual: '(空)',
          cells: [{ sheet: sh.name, address: idx.address(d), label: lb, value: null }],
          region: b.region,
          year: b.year,
        });
      } else passes++;
    }
    if (passes) c.pass(passes);
    return;
  }
  // unbound: find a header row with 本期/数量/本年 and check rows below that have a label and a unit
  for (const s of c.idx.userSheets()) {
    let hdr: { row: number; col: number } | null = null;
    for (let r = 0; r < Math.min(s.values.length, 15) && !hdr; r++) {
      const row = s.values[r] ?? [];
      for (let col = 0; col < row.length; col++) {
        const v = row[col];
        if (typeof v === 'string' && /^(本期|本年|数量|本期数|本年数)(\s*[(\uff08]1[)\uff09])?$/.test(v.trim())) {
          hdr = { row: r, col };
          break;
        }
      }
    }
    if (!hdr) continue;
    for (let r = hdr.row + 1; r < s.values.length; r++) {
      if (!c.idx.unitOf(s.name, r, -1)) continue; // rows without a unit are section heads or notes
      const lbl = rowLabel(s, r);
      if (!lbl) continue;
      const cell = c.idx.cellAt(s, r, hdr.col);
      if (isEmpty(cell.value)) {
        c.finding({
          message: `${c.rule.message}:“${lbl}”(${s.name}!${cell.address})未填报`,
          expected: '填报数值或说明原因',
          actual: '(空)',
          cells: [{ sheet: s.name, address: cell.address, label: lbl, value: null }],
        });
      } else c.pass();
    }
  }
};

/**
 * Text or an error value in a bound number cell, named by its cell. V01 (text_in_number): text typed in
 * the cell, whether it reads as a number (900元, ９００, '821) or not (8,21); cells computed by a formula
 * are left to the cell they copy. V02 (error_value): #REF!, #DIV/0! … typed or computed.
 */
function nonNumbers(c: BuiltinCtx, errors: boolean): void {
  const idx = c.idx;
  const done = new Set<string>();
  let passed = 0;
  const { flags } = idx;
  for (let i = 0; i < idx.n; i++) {
    if (!idx.exists(i)) continue;
    if ((flags[i] & F_TEXT) === 0) {
      passed++;
      continue;
    }
    const raw = idx.slotAt(i)!.raw as string;
    const isError = EXCEL_ERROR.test(raw.trim());
    if (isError !== errors || (!errors && idx.isFormula(i))) continue;
    const key = `${idx.sheetOf(i)}!${idx.address(i)}`;
    if (done.has(key)) continue;
    done.add(key);
    const b = idx.binding(i);
    const lb = idx.label(i);
    const cells = [{ sheet: b.sheet, address: b.address, label: lb, value: raw }];
    const at = `${b.region} ${b.year}年`;
    if (errors) {
      c.finding({ message: `${c.rule.message}:${lb}(${at})为错误值 ${raw.trim()}`, expected: '数值', actual: raw.trim(), cells, region: b.region, year: b.year });
      continue;
    }
    const n = numberInText(raw);
    const used = numericValue(raw);
    c.finding({
      message:
        `${c.rule.message}:${lb}(${at})是文本“${raw}”` +
        (used !== null
          ? `,审核时按 ${fmtNum(used)} 计;请改为数值`
          : n
            ? `,读作 ${fmtNum(n.value)}${n.unit ? ` ${n.unit}` : ''},但不能参与审核(用到它的规则已跳过);请改为数值`
            : ',不能读作数值(用到它的规则已跳过);请填写数值'),
      expected: '数值',
      actual: `文本“${raw}”`,
      cells,
      region: b.region,
      year: b.year,
    });
  }
  if (passed) c.pass(passed);
}

export const BUILTINS: Record<string, { run: Builtin; needsBindings: boolean }> = {
  same_figure: { run: sameFigure, needsBindings: true },
  summary_detail: { run: summaryDetail, needsBindings: true },
  parts_sum: { run: partsSum, needsBindings: true },
  source_match: { run: sourceMatch, needsBindings: true },
  precision_amount: { run: precisionAmount, needsBindings: false },
  precision_count: { run: precisionCount, needsBindings: false },
  monthly_in_annual: { run: monthlyInAnnual, needsBindings: true },
  period_plausible: { run: periodPlausible, needsBindings: false },
  change: { run: change, needsBindings: true },
  required_empty: { run: requiredEmpty, needsBindings: false },
  text_in_number: { run: (c) => nonNumbers(c, false), needsBindings: true },
  error_value: { run: (c) => nonNumbers(c, true), needsBindings: true },
  // across periods and regions (builtins-audit.ts)
  ...AUDIT_BUILTINS,
};

export { CMP_NEG };
export type { CellRef };
