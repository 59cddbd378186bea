// checkWorkbook: runs the rules on in-memory sheet snapshots. Pure (no I/O).
import { Binding, SheetSnapshot } from '../workbook';
import { Catalogue } from '../types';
import { loadCatalogue } from '../catalogue';
import { parseRule, operandsOf, Node, RuleSyntaxError } from './notation';
import { CheckResult, Finding, ParamValue, Passed, Rule, Skipped } from './types';
import { EngineLike, GroupInfo, WorkbookIndex } from './context';
import { CMP_NEG, CMP_TEXT, EvalEnv, Skip, compare, evalNode, fmtNum, sideText, resolveIndicatorNode } from './evaluate';
import { LiteRule, compileLite } from './compile';
import { BUILTINS } from './builtins';
import { readAcceptances, NOTES_SHEET } from './notes';
import rulesJson from './rules.json';
import { decodeBindingTable, BINDINGS_SHEET } from '../bindings';
import { BindingTable } from '../bindingTable';

export interface CheckSettings {
  /** per-province coefficient 特困 ≥ k × 低保, e.g. { "default": 1.3, "贵州省": 1.5 } (overrides the rules' k) */
  tekunCoefficient?: { default?: number; [province: string]: number | undefined };
  /** period-over-period threshold, 0.3 = 30% */
  changeThreshold?: number;
  /** rule ids to leave out */
  disabled?: string[];
}

export interface CheckOptions {
  engine?: EngineLike;
  /** replaces the bundled rules; use extraRules to add to them */
  rules?: Rule[];
  extraRules?: Rule[];
  settings?: CheckSettings;
  /** bindings when already decoded (objects, or the table decodeBindingTable gives); otherwise read from the _MZ_BINDINGS sheet */
  bindings?: Binding[] | BindingTable;
  /** decoder for the _MZ_BINDINGS sheet (default: bindings.ts decodeBindings) */
  decodeBindings?: (snapshot: SheetSnapshot, sheetOf?: (name: string) => SheetSnapshot | undefined) => Binding[];
  catalogue?: Catalogue;
  /** called with the time (ms) each phase and each rule took (bench) */
  onTiming?: (label: string, ms: number) => void;
}

export { BINDINGS_SHEET };

/** The bundled rules (rules.json). */
export function defaultRules(): Rule[] {
  return (rulesJson as { rules: Rule[] }).rules.map((r) => ({ ...r }));
}

/** Validates rules (user files): returns Chinese messages per bad rule, [] when all are fine. */
export function validateRules(rules: unknown): { rules: Rule[]; errors: { ruleId: string; message: string }[] } {
  const errors: { ruleId: string; message: string }[] = [];
  const out: Rule[] = [];
  const arr = Array.isArray(rules) ? rules : rules && typeof rules === 'object' && Array.isArray((rules as { rules?: unknown }).rules) ? (rules as { rules: unknown[] }).rules : null;
  if (!arr) return { rules: [], errors: [{ ruleId: '', message: '规则文件应为 JSON 数组,或 { "rules": [...] }' }] };
  arr.forEach((raw, i): void => {
    const r = raw as Partial<Rule>;
    const id = typeof r?.id === 'string' && r.id ? r.id : `第 ${i + 1} 条`;
    const bad = (m: string): void => {
      errors.push({ ruleId: id, message: `规则 ${id}:${m}` });
    };
    if (!r || typeof r !== 'object') return bad('不是对象');
    if (typeof r.id !== 'string' || !r.id) return bad('缺少 id');
    if (r.severity !== 'error' && r.severity !== 'warning') return bad('severity 应为 "error"(强制性)或 "warning"(核实性)');
    if (!r.expr && !r.builtin) return bad('缺少 expr(表达式)');
    if (r.builtin && !BUILTINS[r.builtin]) return bad(`未知的内置检查 ${r.builtin}`);
    if (r.expr) {
      try {
        parseRule(r.expr);
      } catch (e) {
        return bad(e instanceof RuleSyntaxError ? e.message : String(e));
      }
    }
    out.push({
      name: r.name ?? r.id,
      scope: r.scope ?? '表内',
      message: r.message ?? r.name ?? r.id,
      ...r,
    } as Rule);
  });
  return { rules: out, errors };
}

function applySettings(rules: Rule[], s?: CheckSettings): Rule[] {
  if (!s) return rules;
  const disabled = new Set(s.disabled ?? []);
  return rules
    .filter((r) => !disabled.has(r.id))
    .map((r) => {
      const params = { ...(r.params ?? {}) };
      if (s.tekunCoefficient && params.k && /^P0[1-4]$/.test(r.id)) {
        const base = params.k as ParamValue;
        const merged: Record<string, number> = typeof base === 'number' ? { default: base } : { ...(base as Record<string, number>) };
        for (const [p, v] of Object.entries(s.tekunCoefficient)) if (typeof v === 'number') merged[p] = v;
        params.k = merged as ParamValue;
      }
      if (typeof s.changeThreshold === 'number' && r.builtin === 'change') params.threshold = s.changeThreshold;
      return { ...r, params };
    });
}

function fillTemplate(msg: string, rule: Rule, env: EvalEnv | null): string {
  if (msg.indexOf('{') < 0) return msg;
  return msg.replace(/\{(\w+)\}/g, (m, name: string) => {
    const p = rule.params?.[name];
    if (typeof p === 'number') return fmtNum(p);
    if (p && typeof p === 'object' && !Array.isArray(p)) {
      const prov = env?.group ? env.idx.provinceOf(env.group.region) : undefined;
      const v = (prov && (p as Record<string, number>)[prov]) ?? (p as Record<string, number>).default;
      return typeof v === 'number' ? fmtNum(v) : m;
    }
    return m;
  });
}

/** An expression rule compiled for one check. */
interface Compiled {
  rule: Rule;
  ast: Node;
  /** indicator operands that must be bound in a group (outside min/max): figure id, sheet id (-1 any) */
  required: { fig: number; sheet: number; missing: string }[];
  /** the verdict on bare numbers (passes only) */
  lite?: LiteRule;
  /** passes counted here, reported once per rule */
  passes: number;
  skip: (reason: string, n?: number) => void;
  pass: (n?: number) => void;
  add: (f: Omit<Finding, 'ruleId' | 'ruleName' | 'severity' | 'scope'>) => void;
  /** evaluation environment, reused from group to group */
  env?: EvalEnv;
}

/** One rule on group g (or once, without a group): the compiled verdict first, the full evaluation for a failure or a skip. */
function evaluate(c: Compiled, group: GroupInfo | undefined, g: number, idx: WorkbookIndex, engine: EngineLike | undefined): void {
  const { rule, ast } = c;
  let env = c.env;
  if (!env) env = c.env = { idx, rule, group, g, engine, usedParams: new Map() };
  else {
    env.group = group;
    env.g = g;
  }
  // most evaluations pass: decided on bare numbers first (compiled); texts, cell lists and skips from the full path
  if (group && c.lite && c.lite(g, group)) {
    c.passes++;
    return;
  }
  if (env.usedParams.size) env.usedParams.clear();
  try {
    if (ast.type !== 'cmp') {
      // a bare expression must be non-zero (truthy)
      const v = evalNode(env, ast);
      if (v.v !== 0) c.pass();
      else c.add({ message: `${fillTemplate(rule.message, rule, env)}:${sideText(v)}`, cells: v.refs, region: group?.region, year: group?.year });
      return;
    }
    const left = evalNode(env, ast.left);
    const right = evalNode(env, ast.right);
    const vd = compare(ast.op, left, right, rule.tolerance);
    if (vd.pass) {
      c.pass();
      return;
    }
    const params = [...env.usedParams.values()];
    const unitL = vd.left.unit ? ` ${vd.left.unit}` : '';
    const unitR = vd.right.unit ? ` ${vd.right.unit}` : '';
    c.add({
      message:
        `${fillTemplate(rule.message, rule, env)}:${sideText(vd.left)}${unitL} ${CMP_NEG[ast.op]} ${sideText(vd.right)}${unitR}` +
        (params.length ? `(${params.join(',')})` : ''),
      expected: `${CMP_TEXT[ast.op]} ${fmtNum(vd.right.v)}${unitR}`,
      actual: `${fmtNum(vd.left.v)}${unitL}`,
      cells: dedupe([...left.refs, ...right.refs]),
      region: group?.region,
      year: group?.year,
    });
  } catch (e) {
    if (e instanceof Skip) c.skip(e.reason);
    else throw e;
  }
}

/** Whether group g holds figure r.fig (on sheet r.sheet when given). */
function holds(idx: WorkbookIndex, g: number, r: { fig: number; sheet: number }): boolean {
  let i = idx.head(g, r.fig);
  if (r.sheet < 0) return i >= 0;
  while (i >= 0 && idx.t.sheet[i] !== r.sheet) i = idx.next[i];
  return i >= 0;
}

/** A rule over the groups that hold its first required figure (the others are skipped in bulk). */
function runPerGroup(c: Compiled, idx: WorkbookIndex, engine: EngineLike | undefined): void {
  const listed = idx.listed;
  const info = idx.groupInfo;
  const req = c.required;
  const first = req[0];
  const nL = listed.length;
  if (first && first.fig < 0) {
    // no group holds it
    if (nL) c.skip(first.missing, nL);
    return;
  }
  // groups lacking an operand, counted per operand and reported once
  const lacking = new Int32Array(req.length);
  next: for (let gi = 0; gi < nL; gi++) {
    const g = listed[gi];
    for (let k = 0; k < req.length; k++) {
      if (!holds(idx, g, req[k])) {
        lacking[k]++;
        continue next;
      }
    }
    evaluate(c, info[g], g, idx, engine);
  }
  for (let k = 0; k < req.length; k++) if (lacking[k]) c.skip(req[k].missing, lacking[k]);
  if (c.passes) c.pass(c.passes);
}

/** Runs the rules over the snapshots of one workbook. */
export function checkWorkbook(snapshots: SheetSnapshot[], opts: CheckOptions = {}): CheckResult {
  const timing = opts.onTiming;
  let t0 = timing ? performance.now() : 0;
  const catalogue = opts.catalogue ?? opts.engine?.catalogue ?? loadCatalogue();
  let table: BindingTable;
  if (opts.bindings) table = opts.bindings instanceof BindingTable ? opts.bindings : BindingTable.fromBindings(opts.bindings);
  else {
    const bs = snapshots.find((s) => s.name === BINDINGS_SHEET);
    const sheetOf = (n: string) => snapshots.find((s) => s.name === n);
    table = !bs ? new BindingTable() : opts.decodeBindings ? BindingTable.fromBindings(opts.decodeBindings(bs, sheetOf)) : decodeBindingTable(bs, sheetOf);
  }
  const noBindings = table.n === 0;
  const lap = (label: string) => {
    if (!timing) return;
    const t1 = performance.now();
    timing(label, t1 - t0);
    t0 = t1;
  };
  lap('decode');
  const idx = new WorkbookIndex(snapshots, table, catalogue, opts.engine);
  lap('index');
  const baseRules = opts.rules ?? defaultRules();
  const rules = applySettings([...baseRules, ...(opts.extraRules ?? [])], opts.settings);

  const findings: Finding[] = [];
  const skippedMap = new Map<string, Skipped>();
  const passedMap = new Map<string, Passed>();
  const ruleErrors: { ruleId: string; message: string }[] = [];

  const perGroup: Compiled[] = [];
  const once: Compiled[] = [];

  // skipped entries by rule id, then reason (the reasons are mostly the same string objects: no key building)
  const skipIndex = new Map<string, Map<string, Skipped>>();
  const skippedAt = (ruleId: string): Map<string, Skipped> => {
    let m = skipIndex.get(ruleId);
    if (!m) skipIndex.set(ruleId, (m = new Map()));
    return m;
  };
  for (const rule of rules) {
    const byReason = skippedAt(rule.id);
    const skip = (reason: string, count = 1) => {
      const s = byReason.get(reason);
      if (s) s.count += count;
      else {
        const n = { ruleId: rule.id, ruleName: rule.name, reason, count };
        byReason.set(reason, n);
        skippedMap.set(`${rule.id}|${reason}`, n);
      }
    };
    const pass = (n = 1) => {
      const p = passedMap.get(rule.id);
      if (p) p.count += n;
      else passedMap.set(rule.id, { ruleId: rule.id, count: n });
    };
    const add = (f: Omit<Finding, 'ruleId' | 'ruleName' | 'severity' | 'scope'>) =>
      findings.push({ ruleId: rule.id, ruleName: rule.name, severity: rule.severity, scope: rule.scope, ...f });

    if (rule.builtin) {
      const b = BUILTINS[rule.builtin];
      if (!b) {
        ruleErrors.push({ ruleId: rule.id, message: `规则 ${rule.id}:未知的内置检查 ${rule.builtin}` });
        continue;
      }
      if (b.needsBindings && noBindings) {
        skip('工作簿没有绑定信息(不是由 MZ 填报生成)');
        continue;
      }
      // the message template filled once (a builtin's findings begin with it); never each finding's text
      const filled = fillTemplate(rule.message, rule, null);
      const brule = filled === rule.message ? rule : { ...rule, message: filled };
      b.run({ idx, rule: brule, engine: opts.engine, noBindings, finding: add, skip, pass });
      lap(rule.id);
      continue;
    }
    if (!rule.expr) continue;
    let ast: Node;
    try {
      ast = parseRule(rule.expr);
    } catch (e) {
      ruleErrors.push({ ruleId: rule.id, message: `规则 ${rule.id}:${e instanceof Error ? e.message : String(e)}` });
      continue;
    }
    const usesIndicators = operandsOf(ast).some((o) => o.type === 'ind');
    if (!usesIndicators) {
      once.push({ rule, ast, required: [], skip, pass, add, passes: 0 });
      continue;
    }
    if (noBindings) {
      skip('工作簿没有绑定信息(不是由 MZ 填报生成)');
      continue;
    }
    const env0: EvalEnv = { idx, rule, usedParams: new Map() };
    try {
      const required = requiredOperands(ast).map((n) => {
        const r = resolveIndicatorNode(env0, n);
        const ind = idx.indicator(r.id);
        const label = `${ind?.name ?? r.id}${r.breakdown ? `(${r.breakdown})` : ''}${n.column === 'previous' ? '[上期]' : ''}`;
        const fig = idx.fig(r.id, r.breakdown, n.column);
        const sheet = n.sheet ? idx.t.has(n.sheet) : -1;
        // a sheet no binding is on: no group holds the operand
        return { fig: n.sheet && sheet < 0 ? -1 : fig, sheet, missing: `缺少${label}${n.sheet ? `(工作表“${n.sheet}”)` : ''}` };
      });
      const c: Compiled = { rule, ast, required, skip, pass, add, passes: 0 };
      c.lite = compileLite({ idx, rule, usedParams: new Map() }, ast, rule.tolerance);
      perGroup.push(c);
    } catch (e) {
      if (!(e instanceof Skip)) throw e;
      const s = { ruleId: rule.id, ruleName: rule.name, reason: e.reason, count: idx.listed.length };
      skippedMap.set(`${rule.id}|${e.reason}`, s);
      byReason.set(e.reason, s);
    }
  }

  lap('compile');
  for (const c of once) evaluate(c, undefined, -1, idx, opts.engine);
  for (const c of once) if (c.passes) c.pass(c.passes);
  if (perGroup.length) {
    // rule by rule over the groups that hold its first required figure; the others are skipped in bulk
    for (const c of perGroup) {
      runPerGroup(c, idx, opts.engine);
      lap(c.rule.id);
    }
  }

  // accepted warnings (说明 stored in _MZ_NOTES)
  const notes = snapshots.find((s) => s.name === NOTES_SHEET);
  if (notes) {
    const acc = new Map(readAcceptances(notes).map((a) => [`${a.ruleId}|${a.sheet}!${a.address}`, a]));
    for (const f of findings) {
      if (f.severity !== 'warning' || f.cells.length === 0) continue;
      const a = acc.get(`${f.ruleId}|${f.cells[0].sheet}!${f.cells[0].address}`);
      if (a) f.accepted = { note: a.note, at: a.at };
    }
  }

  return { findings, skipped: [...skippedMap.values()], passed: [...passedMap.values()], noBindings, ruleErrors };
}

/** Indicator operands every evaluation needs (those inside min/max may be missing). */
function requiredOperands(n: Node): Extract<Node, { type: 'ind' }>[] {
  const out: Extract<Node, { type: 'ind' }>[] = [];
  const walk = (x: Node) => {
    if (x.type === 'ind') out.push(x);
    else if (x.type === 'neg') walk(x.arg);
    else if (x.type === 'bin' || x.type === 'cmp') {
      walk(x.left);
      walk(x.right);
    } else if (x.type === 'call' && x.name !== 'min' && x.name !== 'max') x.args.forEach(walk);
  };
  walk(n);
  return out;
}

function dedupe<T extends { sheet: string; address: string }>(refs: T[]): T[] {
  const seen = new Set<string>();
  return refs.filter((r) => {
    const k = `${r.sheet}!${r.address}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
