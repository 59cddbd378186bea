// Rules compiled once per check into closures over the index's ids: a group's verdict on bare numbers read
// from typed arrays, no allocation. Decides passes only; a failure, a skip, or a form not covered here goes
// through evalNode (evaluate.ts), which gives the message. Never changes an outcome. Pure.
import { convert, parseUnit } from '../units';
import { monthsOf, spanOf } from '../period';
import { Node } from './notation';
import { ParamValue, Rule, Tolerance } from './types';
import { F_EMPTY, GroupInfo } from './context';
import { EvalEnv, MONTHS_PARAM, Skip, compareLite, resolveIndicatorNode } from './evaluate';

/** A compiled operand: true when it wrote its register, false when the full evaluation must run. */
type Op = (g: number, info: GroupInfo) => boolean;

interface Reg {
  v: number;
  h: number;
  unit: string | null;
  cells: boolean;
}

const NEVER: Op = () => false;

/** Writes a register; true (the operand has a value). */
function put(R: Reg, v: number, h: number, unit: string | null, cells: boolean): true {
  R.v = v;
  R.h = h;
  R.unit = unit;
  R.cells = cells;
  return true;
}

/** The rule's verdict for a group: true = passes (decided here); false = evaluate in full. */
export type LiteRule = (g: number, info: GroupInfo) => boolean;

export function compileLite(env: EvalEnv, ast: Node, tol?: Tolerance): LiteRule {
  if (ast.type !== 'cmp') {
    const x = compileOp(env, ast);
    if (!x) return NEVER;
    const [op, r] = x;
    return (g, info) => op(g, info) && r.v !== 0;
  }
  const l = compileOp(env, ast.left);
  const r = compileOp(env, ast.right);
  if (!l || !r) return NEVER;
  const [lo, L] = l;
  const [ro, R] = r;
  const cmp = ast.op;
  return (g, info) => lo(g, info) && ro(g, info) && compareLite(cmp, L.v, L.h, L.unit, R.v, R.h, R.unit, tol);
}

function paramOf(rule: Rule, name: string, info: GroupInfo, prov: string | undefined): number {
  const raw = rule.params?.[name] as ParamValue | string | string[] | undefined;
  if (name === MONTHS_PARAM && raw === undefined) {
    const sp = spanOf(info.period);
    return sp ? monthsOf(sp) : 12;
  }
  if (typeof raw === 'number') return raw;
  if (raw && typeof raw === 'object' && !Array.isArray(raw) && typeof raw.default === 'number') {
    return prov && typeof raw[prov] === 'number' ? raw[prov] : raw.default;
  }
  throw new Skip(`规则参数 ${name} 未设置`);
}

function compileOp(env: EvalEnv, n: Node): [Op, Reg] | null {
  const R: Reg = { v: 0, h: 0, unit: null, cells: false };
  const idx = env.idx;
  switch (n.type) {
    case 'num': {
      const v = n.value;
      return [() => put(R, v, 0, null, false), R];
    }
    case 'param': {
      // per province or period: a handful of values, each computed once
      const cache = new Map<string, number | null>();
      const byPeriod = n.name === MONTHS_PARAM && env.rule.params?.[n.name] === undefined;
      const name = n.name;
      return [
        (g, info) => {
          const prov = byPeriod ? undefined : idx.groupProvince(g);
          const k = byPeriod ? info.period : prov ?? '';
          let v = cache.get(k);
          if (v === undefined) {
            try {
              v = paramOf(env.rule, name, info, prov);
            } catch (e) {
              if (!(e instanceof Skip)) throw e;
              v = null;
            }
            cache.set(k, v);
          }
          return v !== null && put(R, v, 0, null, false);
        },
        R,
      ];
    }
    case 'ind': {
      let f: number;
      let sheetId = -1;
      try {
        const r = resolveIndicatorNode(env, n);
        f = idx.fig(r.id, r.breakdown, n.column);
      } catch (e) {
        if (e instanceof Skip) return null;
        throw e;
      }
      if (n.sheet) {
        sheetId = idx.t.has(n.sheet);
        if (sheetId < 0) return null;
      }
      if (f < 0) return null;
      const { val, h, unitId, units, flags } = idx;
      return [
        (g) => {
          const i = idx.pick(g, f, sheetId);
          if (i < 0 || flags[i] & F_EMPTY) return false;
          const v = val[i];
          if (v !== v) return false;
          const u = unitId[i];
          return put(R, v, h[i], u < 0 ? null : units[u], true);
        },
        R,
      ];
    }
    case 'neg':
      return unary(env, n.arg, R, (v) => -v);
    case 'bin': {
      const a = compileOp(env, n.left);
      const b = compileOp(env, n.right);
      if (!a || !b) return null;
      const [oa, A] = a;
      const [ob, B] = b;
      const o = n.op;
      return [(g, info) => oa(g, info) && ob(g, info) && combineInto(o, A, B, R), R];
    }
    case 'call': {
      if (n.name === 'abs') return unary(env, n.args[0], R, Math.abs);
      if (n.name === 'to') {
        const a = compileOp(env, n.args[0]);
        const u = n.args[1];
        if (!a || u.type !== 'str') return null;
        const [op, A] = a;
        const target = u.value;
        const unit = parseUnit(target)?.unit ?? target;
        return [
          (g, info) => {
            if (!op(g, info) || !A.unit) return false;
            const v = convert(A.v, A.unit, target);
            return v !== null && put(R, v, convert(A.h, A.unit, target) ?? 0, unit, A.cells);
          },
          R,
        ];
      }
      return null;
    }
    default:
      return null;
  }
}

/** An operand of one argument: its value through `fn`, half-unit, unit and cells kept. */
function unary(env: EvalEnv, arg: Node, R: Reg, fn: (v: number) => number): [Op, Reg] | null {
  const a = compileOp(env, arg);
  if (!a) return null;
  const [op, A] = a;
  return [(g, info) => op(g, info) && put(R, fn(A.v), A.h, A.unit, A.cells), R];
}

/** combine() of evaluate.ts on registers (b may be changed). */
function combineInto(op: '+' | '-' | '*' | '/', a: Reg, b: Reg, out: Reg): boolean {
  const cells = a.cells || b.cells;
  if (op === '+' || op === '-') {
    let bv = b.v;
    let bh = b.h;
    let bu = b.unit;
    if (a.unit && bu && a.unit !== bu) {
      const v = convert(bv, bu, a.unit);
      if (v !== null) {
        bh = convert(bh, bu, a.unit) ?? bh;
        bv = v;
        bu = a.unit;
      }
    }
    out.v = op === '+' ? a.v + bv : a.v - bv;
    out.h = a.h + bh;
    out.unit = a.unit ?? bu;
    out.cells = cells;
    return true;
  }
  if (op === '*') {
    const unit = !b.cells ? a.unit : !a.cells ? b.unit : null;
    const v = a.v * b.v;
    out.h = Math.abs(a.v) * b.h + Math.abs(b.v) * a.h + a.h * b.h;
    out.v = v;
    out.unit = unit;
    out.cells = cells;
    return true;
  }
  if (Math.abs(b.v) <= b.h || b.v === 0) return false;
  const v = a.v / b.v;
  out.h = (Math.abs(a.v) * b.h + Math.abs(b.v) * a.h) / (Math.abs(b.v) * (Math.abs(b.v) - b.h));
  out.unit = !b.cells ? a.unit : null;
  out.v = v;
  out.cells = cells;
  return true;
}
