// Built-in checks that walk all bindings (or all cells) once, instead of one expression per group.
import { Binding, SheetSnapshot, parseA1 } from '../workbook';
import { EXCEL_ERROR, numberInText } from '../text';
import { convert, parseUnit } from '../units';
import { CellRef, Finding, Rule } from './types';
import { EngineLike, Slot, WorkbookIndex, isEmpty, numericValue } from './context';
import { Val, compare, compareLite, compareNums, fmtNum, CMP_NEG } from './evaluate';
import { decimalsOf, halfUnit } from './precision';
import { AUDIT_BUILTINS } from './builtins-audit';
import { quoteAround } from './readable';

export interface BuiltinCtx {
  idx: WorkbookIndex;
  rule: Rule;
  engine?: EngineLike;
  noBindings: boolean;
  finding(f: Omit<Finding, 'ruleId' | 'ruleName' | 'severity' | 'scope'>): void;
  skip(reason: string): void;
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

function label(idx: WorkbookIndex, b: Binding): string {
  const name = idx.indicator(b.indicatorId)?.name ?? b.indicatorId;
  return `${name}${b.breakdown ? `(${b.breakdown})` : ''}${b.column === 'previous' ? '[上期]' : ''}`;
}

/** The numeric value of a bound cell with its unit and half-unit; null when empty / not a number. */
function boundVal(c: BuiltinCtx, b: Binding): Val | null {
  const sl = c.idx.slotFor(b);
  if (!sl || sl.value === null) return null;
  const v = sl.value;
  const lb = sl.label;
  return { v, h: sl.h, unit: sl.unit, refs: [{ sheet: b.sheet, address: b.address, label: lb, value: v, unit: sl.unit ?? undefined }], text: () => `${lb} ${fmtNum(v)}`, atomic: true };
}

function where(b: Binding): string {
  return `${b.sheet}!${b.address}`;
}

function u(x: Val): string {
  return x.unit ? ` ${x.unit}` : '';
}

/** Same key on several sheets (summary sheets excluded: see summary_detail): equal values. */
const sameFigure: Builtin = (c) => {
  const summary = String(c.rule.params?.summarySheet ?? '汇总');
  const isSummary = new Map<string, boolean>();
  const summ = (sheet: string): boolean => {
    let r = isSummary.get(sheet);
    if (r === undefined) isSummary.set(sheet, (r = sheet.includes(summary)));
    return r;
  };
  for (const bs of c.idx.figures()) {
    if (bs.length < 2) continue;
    // fast path (no allocation): two cells on two detail sheets, both numbers
    if (bs.length === 2 && bs[0].sheet !== bs[1].sheet && !summ(bs[0].sheet) && !summ(bs[1].sheet)) {
      const a = c.idx.slotFor(bs[0]);
      const b = a && a.value !== null ? c.idx.slotFor(bs[1]) : null;
      if (a && b && b.value !== null && compareLite('==', a.value!, a.h, a.unit, b.value, b.h, b.unit)) {
        c.pass();
        continue;
      }
    }
    const detail = bs.filter((b) => !b.sheet.includes(summary));
    if (detail.length < 2) continue;
    const sheets = new Set(detail.map((b) => b.sheet));
    if (sheets.size < 2) continue;
    const vals = detail.map((b) => ({ b, x: boundVal(c, b) })).filter((p) => p.x);
    if (vals.length < 2) {
      c.skip('另一工作表上的同一数字为空');
      continue;
    }
    const first = vals[0];
    for (const other of vals.slice(1)) {
      if (other.b.sheet === first.b.sheet) continue;
      const vd = compare('==', first.x!, other.x!);
      if (vd.pass) c.pass();
      else
        c.finding({
          message: `${c.rule.message}:${first.x!.text()}${u(first.x!)}(${where(first.b)})≠ ${other.x!.text()}${u(other.x!)}(${where(other.b)})`,
          expected: fmtNum(vd.left.v) + u(vd.left),
          actual: fmtNum(vd.right.v) + u(vd.right),
          cells: [...other.x!.refs, ...first.x!.refs],
          region: first.b.region,
          year: first.b.year,
        });
    }
  }
};

/** Figures on the summary sheet equal the detail sheets' figures for the same binding. */
const summaryDetail: Builtin = (c) => {
  const summary = String(c.rule.params?.summarySheet ?? '汇总');
  let any = false;
  for (const bs of c.idx.figures()) {
    const sums = bs.filter((b) => b.sheet.includes(summary));
    if (sums.length === 0) continue;
    any = true;
    const detail = bs.filter((b) => !b.sheet.includes(summary));
    if (detail.length === 0) {
      c.skip('汇总表上的指标在明细表中没有对应单元格');
      continue;
    }
    const dv = detail.map((b) => ({ b, x: boundVal(c, b) })).find((p) => p.x);
    for (const s of sums) {
      const sv = boundVal(c, s);
      if (!sv || !dv) {
        if (sv && !dv) {
          c.finding({
            message: `${c.rule.message}:汇总表${sv.text()}${u(sv)}(${where(s)}),明细表(${where(detail[0])})为空`,
            expected: '(空)',
            actual: fmtNum(sv.v) + u(sv),
            cells: [...sv.refs, { sheet: detail[0].sheet, address: detail[0].address, label: label(c.idx, detail[0]), value: null }],
            region: s.region,
            year: s.year,
          });
        } else c.skip('汇总表或明细表单元格为空');
        continue;
      }
      const vd = compare('==', sv, dv.x!);
      if (vd.pass) c.pass();
      else
        c.finding({
          message: `${c.rule.message}:汇总表${sv.text()}${u(sv)}(${where(s)})≠ 明细表 ${fmtNum(vd.right.v)}${u(vd.right)}(${where(dv.b)})`,
          expected: fmtNum(vd.right.v) + u(vd.right),
          actual: fmtNum(sv.v) + u(sv),
          cells: [...sv.refs, ...dv.x!.refs],
          region: s.region,
          year: s.year,
        });
    }
  }
  if (!any) c.skip('工作簿中没有汇总表');
};

/** A total equals the sum of all its parts of an exhaustive breakdown set (counts and amounts). */
const partsSum: Builtin = (c) => {
  const sets = new Set(list(c.rule, 'sets'));
  const exclude = new Set(list(c.rule, 'exclude'));
  const setOf = new Map<string, (typeof c.idx.catalogue.breakdowns)[number] | null>();
  for (const bs of c.idx.figures()) {
    const tb = bs[0];
    if (tb.breakdown !== '' || exclude.has(tb.indicatorId)) continue;
    const ind = c.idx.indicator(tb.indicatorId);
    if (!ind || !ind.breakdowns || !sets.has(ind.breakdowns) || (ind.kind !== 'count' && ind.kind !== 'amount')) continue;
    let set = setOf.get(ind.breakdowns);
    if (set === undefined) setOf.set(ind.breakdowns, (set = c.idx.catalogue.breakdowns.find((s) => s.id === ind.breakdowns) ?? null));
    if (!set) continue;
    const totalB = pickDetail(c, bs);
    const ts = c.idx.slotFor(totalB);
    if (!ts || ts.value === null) continue;
    const partBs: Binding[] = [];
    let missing = '';
    for (const v of set.values) {
      const pb = c.idx.lookup(tb.region, tb.year, tb.indicatorId, v.id, tb.column, tb.period);
      const pd = pb ? pickDetail(c, pb) : null;
      const ps = pd ? c.idx.slotFor(pd) : null;
      if (!pd || !ps || ps.value === null) {
        missing = v.id;
        break;
      }
      partBs.push(pd);
    }
    if (missing) {
      c.skip(`缺少分项“${missing}”`);
      continue;
    }
    // pass decided on the bare numbers; texts and cell lists only for a finding
    {
      const p0 = c.idx.slotFor(partBs[0])!;
      let sv = p0.value!;
      let sh = p0.h;
      const su = p0.unit;
      for (let i = 1; i < partBs.length; i++) {
        const p = c.idx.slotFor(partBs[i])!;
        sv = sv + (convert(p.value!, p.unit ?? '', su ?? '') ?? p.value!);
        sh = sh + (convert(p.h, p.unit ?? '', su ?? '') ?? p.h);
      }
      if (compareLite('==', ts.value, ts.h, ts.unit, sv, sh, su)) {
        c.pass();
        continue;
      }
    }
    const total = boundVal(c, totalB)!;
    const parts: Val[] = partBs.map((b) => boundVal(c, b)!);
    let acc: Val = parts[0];
    for (const p of parts.slice(1)) {
      acc = { v: acc.v + (convert(p.v, p.unit ?? '', acc.unit ?? '') ?? p.v), h: acc.h + (convert(p.h, p.unit ?? '', acc.unit ?? '') ?? p.h), unit: acc.unit, refs: [...acc.refs, ...p.refs], text: () => '', atomic: false };
    }
    const partsText = () => parts.map((p) => p.text()).join(' + ');
    const vd = compare('==', total, acc);
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
};

function pickDetail(c: BuiltinCtx, bs: Binding[]): Binding {
  if (bs.length === 1) return bs[0];
  for (const b of bs) {
    const sl = c.idx.slotFor(b);
    if (sl && !sl.isFormula) return b;
  }
  return bs[0];
}

/** The bound figure equals the dataset's figure for the same region, indicator, year and breakdown. */
const sourceMatch: Builtin = (c) => {
  if (!c.engine) {
    c.skip('未提供数据集');
    return;
  }
  const approxTol = num(c.rule, 'approxRel', 0.1);
  const approx = { rel: approxTol };
  for (const b of c.idx.bindings) {
    if (b.column !== 'current') continue;
    const sl = c.idx.slotFor(b);
    const rec = sl?.record;
    if (!sl || !rec) {
      c.skip('数据集中没有该数字');
      continue;
    }
    if (sl.value === null) {
      c.skip('单元格为空');
      continue;
    }
    // the dataset's figure in the cell's unit; decided on bare numbers (same unit on both sides)
    const unit = sl.unit ?? rec.unit;
    const rv = convert(rec.value, rec.unit, unit);
    if (rv === null) {
      c.skip(`单位 ${rec.unit} 不能换算为 ${unit}`);
      continue;
    }
    const rh = convert(halfUnit(rec.value, rec.unit), rec.unit, unit) ?? 0;
    let ok: boolean;
    const q = rec.qualifier;
    if (q === '约') ok = compareNums('==', sl.value, sl.h, rv, rh, approx);
    else if (q === '余' || q === '超过' || q === '不低于' || q === '多') ok = compareNums('>=', sl.value, sl.h, rv, rh);
    else if (q === '近') ok = compareNums('<=', sl.value, sl.h, rv, rh);
    else ok = compareNums('==', sl.value, sl.h, rv, rh);
    if (ok) c.pass();
    else {
      const x = boundVal(c, b)!;
      const stated = `${q !== 'exact' ? q : ''}${fmtNum(rec.value)} ${rec.unit}`;
      c.finding({
        message: `${c.rule.message}:${x.text()}${u(x)},数据集为 ${stated}${rv !== rec.value || unit !== rec.unit ? `(折合 ${fmtNum(rv)} ${unit})` : ''},来源 ${rec.source}${rec.quote ? `“${quoteAround(rec.quote, rec.value)}”` : ''}`,
        expected: `${fmtNum(rv)} ${unit}`,
        actual: `${fmtNum(x.v)} ${unit}`,
        cells: x.refs,
        region: b.region,
        year: b.year,
      });
    }
  }
};

/** Numeric cells with their unit: all bound cells (their slots), or (no bindings) every numeric cell with a unit in its row/column. */
type UnitCell = { readonly sheet: string; readonly address: string; readonly v: number; readonly unit: string; readonly numFmt: string | null; readonly b?: Binding; readonly label: string };
const lab = (x: UnitCell): string => x.label;

function unitCells(c: BuiltinCtx): Iterable<UnitCell> {
  // a listed slot holds a number and a unit
  if (!c.noBindings) return c.idx.unitSlots() as readonly UnitCell[];
  return unboundUnitCells(c);
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

/** Amounts (万元/亿元) keep one decimal. */
const precisionAmount: Builtin = (c) => {
  const maxDec = num(c.rule, 'decimals', 1);
  for (const x of unitCells(c)) {
    const info = parseUnit(x.unit);
    if (!info || info.dim !== 'money' || info.factor < 1e4) continue;
    const d = decimalsOf(x.v);
    if (d > 6) {
      c.pass(); // computed by a formula: shown by the number format
      continue;
    }
    if (d > maxDec) {
      c.finding({
        message: `${c.rule.message}:${lab(x)} ${fmtNum(x.v)} ${x.unit} 有 ${d} 位小数`,
        expected: `保留 ${maxDec} 位小数`,
        actual: fmtNum(x.v),
        cells: [{ sheet: x.sheet, address: x.address, label: lab(x), value: x.v, unit: x.unit }],
        region: x.b?.region,
        year: x.b?.year,
      });
    } else c.pass();
  }
};

/** Counts (人, 户, 个 …, not 万人) are integers. */
const precisionCount: Builtin = (c) => {
  for (const x of unitCells(c)) {
    const info = parseUnit(x.unit);
    if (!info || !info.dim.startsWith('count:') || info.factor !== 1) continue;
    if (!Number.isInteger(x.v)) {
      c.finding({
        message: `${c.rule.message}:${lab(x)} ${fmtNum(x.v)} ${x.unit} 不是整数`,
        expected: '整数',
        actual: fmtNum(x.v),
        cells: [{ sheet: x.sheet, address: x.address, label: lab(x), value: x.v, unit: x.unit }],
        region: x.b?.region,
        year: x.b?.year,
      });
    } else c.pass();
  }
};

/**
 * A 元/人·年 cell holding a monthly figure: ×12 it matches a reference for the same binding
 * (the dataset's value, or the previous period) → error.
 */
const monthlyInAnnual: Builtin = (c) => {
  const rel = num(c.rule, 'rel', 0.15);
  for (const x of unitCells(c)) {
    if (x.unit !== '元/人·年' || !x.b || x.v <= 0) continue;
    const b = x.b;
    const refs: { v: number; what: string }[] = [];
    if (c.engine && b.column === 'current') {
      const rec = x instanceof Slot ? x.record : c.engine.find(b.region, b.indicatorId, b.year, b.breakdown, b.period || '全年');
      const rv = rec ? convert(rec.value, rec.unit, '元/人·年') : null;
      if (rv !== null && rv > 0) refs.push({ v: rv, what: `数据集 ${fmtNum(rv)} 元/人·年` });
    }
    const prev = previousOf(c, b);
    if (prev) refs.push({ v: prev.v, what: `上期 ${fmtNum(prev.v)} 元/人·年(${prev.where})` });
    if (refs.length === 0) continue;
    const hit = refs.find((r) => Math.abs(x.v * 12 - r.v) <= rel * r.v && Math.abs(x.v - r.v) > rel * r.v);
    if (hit) {
      c.finding({
        message: `${c.rule.message}:${lab(x)} ${fmtNum(x.v)} 元/人·年 像是月标准(×12 = ${fmtNum(x.v * 12)},参照${hit.what})`,
        expected: `约 ${fmtNum(hit.v)} 元/人·年`,
        actual: `${fmtNum(x.v)} 元/人·年`,
        cells: [{ sheet: x.sheet, address: x.address, label: lab(x), value: x.v, unit: x.unit }],
        region: b.region,
        year: b.year,
      });
    } else c.pass();
  }
};

/** Plausibility of per-person standards: a yearly figure below minAnnual, a monthly one above maxMonthly. */
const periodPlausible: Builtin = (c) => {
  const minAnnual = num(c.rule, 'minAnnual', 1200);
  const maxMonthly = num(c.rule, 'maxMonthly', 6000);
  for (const x of unitCells(c)) {
    let bad = '';
    let expected = '';
    if (x.unit === '元/人·年' && x.v > 0 && x.v < minAnnual) {
      bad = `${lab(x)} ${fmtNum(x.v)} 元/人·年 低于 ${minAnnual} 元/人·年(每月不足 ${fmtNum(minAnnual / 12)} 元),疑为月标准`;
      expected = `≥ ${minAnnual} 元/人·年`;
    } else if (x.unit === '元/人·月' && x.v > maxMonthly) {
      bad = `${lab(x)} ${fmtNum(x.v)} 元/人·月 高于 ${maxMonthly} 元/人·月,疑为年标准`;
      expected = `≤ ${maxMonthly} 元/人·月`;
    }
    if (!bad) {
      if (x.unit === '元/人·年' || x.unit === '元/人·月') c.pass();
      continue;
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
};

function previousOf(c: BuiltinCtx, b: Binding): { v: number; where: string } | null {
  if (b.column !== 'current') return null;
  const cands = c.idx.previousOf(b) ?? [];
  const pb = cands.find((p) => p.sheet === b.sheet) ?? cands[0];
  if (!pb) return null;
  const v = c.idx.slotFor(pb)?.value ?? null;
  return v === null ? null : { v, where: `${pb.sheet}!${pb.address}` };
}

/** Period-over-period change beyond a threshold. */
const change: Builtin = (c) => {
  const threshold = num(c.rule, 'threshold', 0.3);
  for (const b of c.idx.bindings) {
    if (b.column !== 'current') continue;
    const prev = previousOf(c, b);
    if (!prev) continue;
    const v = c.idx.slotFor(b)?.value ?? null;
    if (v === null || prev.v === 0) {
      c.skip('本期或上期为空');
      continue;
    }
    const r = v / prev.v - 1;
    if (Math.abs(r) > threshold + 1e-12) {
      const lb = label(c.idx, b);
      const un = c.idx.slotFor(b)?.unit;
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
    const seen = new Set<Binding[]>();
    for (const b of c.idx.bindings) {
      if (b.column !== 'current' || b.breakdown !== '' || !required.has(b.indicatorId)) continue;
      // one finding per figure: the cell typed in, not a copy on the summary sheet
      const k = c.idx.lookup(b.region, b.year, b.indicatorId, b.breakdown, b.column, b.period)!;
      if (seen.has(k)) continue;
      seen.add(k);
      // the value read in place; the cell (address text) built only for a finding
      const sh = c.idx.sheets.get(b.sheet);
      const p = sh ? parseA1(pickDetail(c, k).address) : null;
      if (!sh || !p) continue;
      if (isEmpty(sh.values[p.row]?.[p.col] ?? null)) {
        const cell = c.idx.cellAt(sh, p.row, p.col);
        const lb = label(c.idx, b);
        c.finding({
          message: `${c.rule.message}:${lb}(${b.region} ${b.year}年${b.period && b.period !== '全年' ? b.period : ''})未填报`,
          expected: '填报数值或说明原因',
          actual: '(空)',
          cells: [{ sheet: cell.sheet, address: cell.address, label: lb, value: null }],
          region: b.region,
          year: b.year,
        });
      } else c.pass();
    }
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
  for (const b of idx.bindings) {
    const sl = idx.slotFor(b);
    if (!sl) continue;
    const raw = sl.raw;
    if (typeof raw !== 'string' || sl.empty) {
      passed++;
      continue;
    }
    const isError = EXCEL_ERROR.test(raw.trim());
    if (isError !== errors || (!errors && sl.isFormula)) continue;
    const key = `${b.sheet}!${b.address}`;
    if (done.has(key)) continue;
    done.add(key);
    const lb = label(idx, b);
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
