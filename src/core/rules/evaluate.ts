// Evaluates a parsed rule over a workbook index with interval (half-unit) arithmetic. Pure.
import { Binding } from '../workbook';
import { convert, parseUnit } from '../units';
import { formatNumber } from '../text';
import { CmpOp, Node } from './notation';
import { CellRef, ParamValue, Rule, Tolerance } from './types';
import { EngineLike, Slot, WorkbookIndex, isEmpty } from './context';
import { halfUnit } from './precision';
import { monthsOf, spanOf } from '../period';

/** A figure with its half-width (stated precision) and unit (null = unitless / unknown). */
export interface Val {
  v: number;
  h: number;
  unit: string | null;
  /** every operand cell that went into it */
  refs: CellRef[];
  /** text for messages, built only when a message is needed */
  text: () => string;
  /** a single operand or a literal (rendered without "= value") */
  atomic: boolean;
}

/** Thrown when an operand is missing: the rule is skipped, not failed. */
export class Skip {
  constructor(public readonly reason: string) {}
}

export interface EvalEnv {
  idx: WorkbookIndex;
  rule: Rule;
  /** the group evaluated: a region's figures of one year and period (canonical label; 全年 when absent) */
  group?: { region: string; year: number; period?: string };
  /** the group's id in the index (-1: none) */
  g?: number;
  engine?: EngineLike;
  /** parameters used, for the message: "山东省系数 1.3" */
  usedParams: Map<string, string>;
}

/** A number for a message: at most 4 decimals, no floating noise. */
export function fmtNum(v: number): string {
  return formatNumber(Math.round(v * 10000) / 10000);
}

const OP_TEXT: Record<string, string> = { '+': '+', '-': '−', '*': '×', '/': '÷' };

// texts of parameter values (a handful of numbers, formatted once each)
const PARAM_TEXT = new Map<number, string>();
function paramText(v: number): string {
  let t = PARAM_TEXT.get(v);
  if (t === undefined) {
    t = fmtNum(v);
    if (PARAM_TEXT.size < 1000) PARAM_TEXT.set(v, t);
  }
  return t;
}

/** Name of the built-in parameter: the number of months of the group's period (12 全年, 6 上半年, 9 1-9月). */
export const MONTHS_PARAM = 'months';

export function paramValue(env: EvalEnv, name: string): number {
  const raw = env.rule.params?.[name] as ParamValue | string | string[] | undefined;
  if (name === MONTHS_PARAM && raw === undefined) {
    const sp = spanOf(env.group?.period);
    const m = sp ? monthsOf(sp) : 12;
    env.usedParams.set(name, `${env.rule.paramNames?.[name] ?? '月数'} ${m}`);
    return m;
  }
  const label = env.rule.paramNames?.[name] ?? name;
  if (typeof raw === 'number') {
    env.usedParams.set(name, `${label} ${paramText(raw)}`);
    return raw;
  }
  if (raw && typeof raw === 'object' && !Array.isArray(raw) && typeof raw.default === 'number') {
    const prov = env.group ? env.idx.provinceOf(env.group.region) : undefined;
    if (prov) {
      const v = typeof raw[prov] === 'number' ? raw[prov] : raw.default;
      env.usedParams.set(name, `${prov}${label} ${paramText(v)}`);
      return v;
    }
    env.usedParams.set(name, `默认${label} ${paramText(raw.default)}`);
    return raw.default;
  }
  throw new Skip(`规则参数 ${name} 未设置`);
}

function indicatorLabel(env: EvalEnv, id: string, breakdown: string, column: string): string {
  const name = env.idx.indicator(id)?.name ?? id;
  return `${name}${breakdown ? `(${breakdown})` : ''}${column === 'previous' ? '[上期]' : ''}`;
}

/** the resolution of an indicator node, kept on the node (a symbol key: no lookup per evaluation) */
const RESOLVED: unique symbol = Symbol('mz.resolved');
type ResolvedNode = { [RESOLVED]?: { id: string; breakdown: string } | Skip };

export function resolveIndicatorNode(env: EvalEnv, n: Extract<Node, { type: 'ind' }>): { id: string; breakdown: string } {
  const hit = (n as ResolvedNode)[RESOLVED];
  if (hit !== undefined) {
    if (hit instanceof Skip) throw hit;
    return hit;
  }
  try {
    const r = resolveIndicatorUncached(env, n);
    (n as ResolvedNode)[RESOLVED] = r;
    return r;
  } catch (e) {
    if (e instanceof Skip) (n as ResolvedNode)[RESOLVED] = e;
    throw e;
  }
}

function resolveIndicatorUncached(env: EvalEnv, n: Extract<Node, { type: 'ind' }>): { id: string; breakdown: string } {
  const idx = env.idx;
  let ind = idx.resolver.indicatorById.get(n.indicator);
  if (!ind) {
    const r = idx.resolver.indicator(n.indicator);
    if (!r.ok) throw new Skip(`未知指标“${n.indicator}”`);
    ind = r.indicator;
  }
  let breakdown = '';
  if (n.breakdown) {
    const b = idx.resolver.breakdown(ind, n.breakdown);
    if (!b.ok) throw new Skip(`指标“${ind.name}”没有分组“${n.breakdown}”`);
    breakdown = b.breakdown;
  }
  return { id: ind.id, breakdown };
}

function cellVal(env: EvalEnv, sheet: string, address: string, label?: string): Val {
  return slotVal(env.idx.slot(sheet, address), sheet, address, label);
}

function slotVal(c: Slot | null, sheet: string, address: string, label?: string): Val {
  if (!c) throw new Skip(`工作表“${sheet}”不存在或地址 ${address} 无效`);
  const lb = label ?? c.label;
  if (c.empty) throw new Skip(`${lb}为空`);
  if (c.value === null) throw new Skip(`${lb}不是数值`);
  const v = c.value;
  return { v, h: c.h, unit: c.unit, refs: [{ sheet, address, label: lb, value: v, unit: c.unit ?? undefined }], text: () => `${lb} ${fmtNum(v)}`, atomic: true };
}

function defaultSheet(env: EvalEnv, sheet?: string): string {
  const s = sheet ?? env.rule.sheet ?? env.idx.userSheets()[0]?.name;
  if (!s) throw new Skip('工作簿中没有工作表');
  if (!env.idx.sheets.has(s)) throw new Skip(`工作表“${s}”不存在`);
  return s;
}

function rangeVals(env: EvalEnv, n: Extract<Node, { type: 'range' }>): Val[] {
  const sheet = defaultSheet(env, n.sheet);
  const s = env.idx.sheets.get(sheet)!;
  const a = parseAddr(n.from);
  const b = parseAddr(n.to);
  const out: Val[] = [];
  for (let r = Math.min(a.row, b.row); r <= Math.max(a.row, b.row); r++) {
    for (let c = Math.min(a.col, b.col); c <= Math.max(a.col, b.col); c++) {
      const cell = env.idx.cellAt(s, r, c);
      if (isEmpty(cell.value)) continue; // SUM skips blanks, as in Excel
      out.push(cellVal(env, sheet, cell.address));
    }
  }
  if (out.length === 0) throw new Skip(`区域 ${sheet}!${n.from}:${n.to} 全部为空`);
  return out;
}

function parseAddr(a: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(a)!;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

function sameUnit(a: Val, b: Val): Val {
  // converts b into a's unit when both are known and compatible
  if (!a.unit || !b.unit || a.unit === b.unit) return b;
  const v = convert(b.v, b.unit, a.unit);
  if (v === null) return b;
  const h = convert(b.h, b.unit, a.unit) ?? b.h;
  return { ...b, v, h, unit: a.unit, text: () => `${b.text()}(折合 ${fmtNum(v)} ${a.unit})` };
}

function combine(op: '+' | '-' | '*' | '/', a: Val, b0: Val): Val {
  const refs = [...a.refs, ...b0.refs];
  const text = () => `${wrap(a, op, false)} ${OP_TEXT[op]} ${wrap(b0, op, true)}`;
  if (op === '+' || op === '-') {
    const b = sameUnit(a, b0);
    const v = op === '+' ? a.v + b.v : a.v - b.v;
    return { v, h: a.h + b.h, unit: a.unit ?? b.unit, refs, text, atomic: false };
  }
  const b = b0;
  if (op === '*') {
    const unit = b.refs.length === 0 ? a.unit : a.refs.length === 0 ? b.unit : null;
    return { v: a.v * b.v, h: Math.abs(a.v) * b.h + Math.abs(b.v) * a.h + a.h * b.h, unit, refs, text, atomic: false };
  }
  if (Math.abs(b.v) <= b.h || b.v === 0) throw new Skip('除数为零或接近零');
  const v = a.v / b.v;
  const h = (Math.abs(a.v) * b.h + Math.abs(b.v) * a.h) / (Math.abs(b.v) * (Math.abs(b.v) - b.h));
  const unit = b.refs.length === 0 ? a.unit : null;
  return { v, h, unit, refs, text, atomic: false };
}

function wrap(x: Val, op: string, right: boolean): string {
  if (x.atomic) return x.text();
  if (op === '*' || op === '/' || (op === '-' && right)) return `(${x.text()})`;
  return x.text();
}

function literal(v: number, text: string): Val {
  return { v, h: 0, unit: null, refs: [], text: () => text, atomic: true };
}

export function evalNode(env: EvalEnv, n: Node): Val {
  switch (n.type) {
    case 'num':
      return literal(n.value, n.text);
    case 'str':
      throw new Skip(`文字“${n.value}”只能作为 to() 的单位参数`);
    case 'param': {
      const v = paramValue(env, n.name);
      return { v, h: 0, unit: null, refs: [], text: () => fmtNum(v), atomic: true };
    }
    case 'ind': {
      if (!env.group) throw new Skip('工作簿没有绑定信息,无法按指标取值');
      const { id, breakdown } = resolveIndicatorNode(env, n);
      const idx = env.idx;
      const sheetId = n.sheet ? idx.t.has(n.sheet) : -1;
      const i = n.sheet && sheetId < 0 ? -1 : idx.pick(env.g ?? -1, idx.fig(id, breakdown, n.column), sheetId);
      if (i < 0) throw new Skip(`缺少${indicatorLabel(env, id, breakdown, n.column)}${n.sheet ? `(工作表“${n.sheet}”)` : ''}`);
      return slotVal(idx.slotAt(i), idx.sheetOf(i), idx.address(i));
    }
    case 'cell': {
      const sheet = defaultSheet(env, n.sheet);
      const bound = env.idx.boundAt(`${sheet}!${n.address}`) >= 0;
      return cellVal(env, sheet, n.address, bound ? undefined : `${sheet}!${n.address}`);
    }
    case 'range': {
      const vals = rangeVals(env, n);
      return sumVals(vals, `SUM(${n.text.replace(/^\[|\]$/g, '')})`);
    }
    case 'neg': {
      const a = evalNode(env, n.arg);
      return { ...a, v: -a.v, text: () => `−${a.atomic ? a.text() : `(${a.text()})`}` };
    }
    case 'bin':
      return combine(n.op, evalNode(env, n.left), evalNode(env, n.right));
    case 'call':
      return call(env, n);
    case 'cmp':
      throw new Skip('比较只能出现在规则最外层');
  }
}

function sumVals(vals: Val[], text: string): Val {
  let acc = vals[0];
  for (let i = 1; i < vals.length; i++) acc = combine('+', acc, vals[i]);
  return { ...acc, text: () => `${text} = ${fmtNum(acc.v)}`, atomic: true };
}

function call(env: EvalEnv, n: Extract<Node, { type: 'call' }>): Val {
  const args = (): Val[] => n.args.flatMap((a) => (a.type === 'range' ? rangeVals(env, a) : [evalNode(env, a)]));
  switch (n.name) {
    case 'sum': {
      const vals = args();
      let acc = vals[0];
      for (let i = 1; i < vals.length; i++) acc = combine('+', acc, vals[i]);
      return { ...acc, text: () => `合计(${vals.map((v) => v.text()).join(' + ')})`, atomic: false };
    }
    case 'abs': {
      const a = evalNode(env, n.args[0]);
      return { ...a, v: Math.abs(a.v), text: () => `|${a.text()}|` };
    }
    case 'min':
    case 'max': {
      // the larger / smaller of the operands present; skipped only when none is
      const got: Val[] = [];
      let first: Skip | null = null;
      for (const a of n.args) {
        try {
          if (a.type === 'range') got.push(...rangeVals(env, a));
          else got.push(evalNode(env, a));
        } catch (e) {
          if (!(e instanceof Skip)) throw e;
          first = first ?? e;
        }
      }
      if (got.length === 0) throw first ?? new Skip('没有可比较的数值');
      const vals = got.map((x, i, all) => (i === 0 ? x : sameUnit(all[0], x)));
      const pick = vals.reduce((p, c) => (n.name === 'max' ? (c.v > p.v ? c : p) : c.v < p.v ? c : p));
      return { ...pick, refs: vals.flatMap((x) => x.refs), text: () => `${n.name === 'max' ? '较大者' : '较小者'}(${vals.map((v) => v.text()).join(',')})`, atomic: false };
    }
    case 'ratio':
    case 'pct': {
      const q = combine('/', evalNode(env, n.args[0]), evalNode(env, n.args[1]));
      if (n.name === 'ratio') return { ...q, unit: null };
      return { ...q, v: q.v * 100, h: q.h * 100, unit: '%', text: () => `${q.text()} × 100%` };
    }
    case 'to': {
      const a = evalNode(env, n.args[0]);
      const u = n.args[1];
      if (u.type !== 'str') throw new Skip('to() 的第二个参数应为单位文字,如 "元"');
      if (!a.unit) throw new Skip(`单位未知,无法换算为 ${u.value}`);
      const v = convert(a.v, a.unit, u.value);
      if (v === null) throw new Skip(`${a.unit} 不能换算为 ${u.value}`);
      const h = convert(a.h, a.unit, u.value) ?? 0;
      const unit = parseUnit(u.value)?.unit ?? u.value;
      const from = a.unit;
      return { ...a, v, h, unit, text: from === unit ? a.text : () => `${a.text()} ${from}(折合 ${fmtNum(v)} ${unit})` };
    }
    case 'round': {
      const a = evalNode(env, n.args[0]);
      const d = n.args[1] ? evalNode(env, n.args[1]).v : 0;
      const f = Math.pow(10, d);
      return { ...a, v: Math.round(a.v * f) / f, h: a.h + 0.5 / f, text: () => `round(${a.text()})` };
    }
  }
  throw new Skip(`未知函数 ${n.name}`);
}

export interface Verdict {
  pass: boolean;
  left: Val;
  right: Val;
  op: CmpOp;
}

const EPS = 1e-9;

/** Compares within the summed half-units (see README: tolerance). */
export function compare(op: CmpOp, left0: Val, right0: Val, tol?: Tolerance): Verdict {
  let left = left0;
  let right = sameUnit(left0, right0);
  if (left.unit && right.unit && left.unit !== right.unit) {
    // different kinds (人 vs 户): compare in base units (1.2万人 → 12000)
    left = toBase(left);
    right = toBase(right);
  }
  return { pass: compareNums(op, left.v, left.h, right.v, right.h, tol), left, right, op };
}

/**
 * compare on bare numbers with their units (no allocation), exactly as compare decides: the right side
 * converted into the left's unit when compatible, then different kinds compared in base units.
 */
export function compareLite(op: CmpOp, lv: number, lh: number, lu: string | null, rv: number, rh: number, ru: string | null, tol?: Tolerance): boolean {
  if (lu && ru && lu !== ru) {
    const cv = convert(rv, ru, lu);
    if (cv !== null) {
      rh = convert(rh, ru, lu) ?? rh;
      rv = cv;
      ru = lu;
    }
  }
  if (lu && ru && lu !== ru) {
    const fl = parseUnit(lu)?.factor ?? 1;
    const fr = parseUnit(ru)?.factor ?? 1;
    if (fl !== 1) {
      lv = lv * fl;
      lh = lh * fl;
    }
    if (fr !== 1) {
      rv = rv * fr;
      rh = rh * fr;
    }
  }
  return compareNums(op, lv, lh, rv, rh, tol);
}

/**
 * The numeric part of compare, on values already in one unit (no allocation): the builtins decide
 * passes with it and build Vals only for findings.
 */
export function compareNums(op: CmpOp, lv: number, lh: number, rv: number, rh: number, tol?: Tolerance): boolean {
  if (tol == null) return op === '==' ? equalNums(lv, lh, rv, rh) : decide(op, lv, lh, rv, rh, 0);
  const extra = (tol.abs ?? 0) + (tol.rel ?? 0) * Math.max(Math.abs(lv), Math.abs(rv));
  return tol.mode === 'exact' ? decide(op, lv, 0, rv, 0, extra) : decide(op, lv, lh, rv, rh, extra);
}

/** compareNums('==') without a tolerance: the most frequent comparison, kept small to be inlined. */
export function equalNums(lv: number, lh: number, rv: number, rh: number): boolean {
  const fe = EPS * Math.max(1, Math.abs(lv), Math.abs(rv));
  const H = lh + rh;
  const d = lv - rv;
  if (H <= fe) return Math.abs(d) <= fe;
  if (lh > 0 && rh > 0) return Math.abs(d) < H - fe;
  // one side exact p, the other rounded x: p lies in [x − h, x + h)
  const pMinusX = lh === 0 ? d : -d;
  return pMinusX >= -H - fe && pMinusX < H - fe;
}

function decide(op: CmpOp, lv: number, hl: number, rv: number, hr: number, extra: number): boolean {
  const fe = EPS * Math.max(1, Math.abs(lv), Math.abs(rv));
  const H = hl + hr + extra;
  const d = lv - rv; // > 0 when left is larger
  switch (op) {
    case '==':
    case '!=': {
      let eq: boolean;
      if (H <= fe) eq = Math.abs(d) <= fe;
      else if (extra > 0 || (hl > 0 && hr > 0)) eq = Math.abs(d) < H - fe;
      else {
        // one side exact p, the other rounded x: p lies in [x − h, x + h)
        const pMinusX = hl === 0 ? d : -d;
        eq = pMinusX >= -H - fe && pMinusX < H - fe;
      }
      return op === '==' ? eq : !eq;
    }
    case '>=':
      return d + H >= -fe;
    case '>':
      return H > 0 ? d + H > fe : d > fe;
    case '<=':
      return -d + H >= -fe;
    case '<':
      return H > 0 ? -d + H > fe : -d > fe;
  }
  return false;
}

function toBase(x: Val): Val {
  const f = x.unit ? parseUnit(x.unit)?.factor ?? 1 : 1;
  return f === 1 ? x : { ...x, v: x.v * f, h: x.h * f };
}

export const CMP_TEXT: Record<CmpOp, string> = { '==': '=', '!=': '≠', '>=': '≥', '<=': '≤', '>': '>', '<': '<' };
export const CMP_NEG: Record<CmpOp, string> = { '==': '≠', '!=': '=', '>=': '<', '<=': '>', '>': '≤', '<': '≥' };

export function sideText(x: Val): string {
  return x.atomic ? x.text() : `${x.text()} = ${fmtNum(x.v)}`;
}

