// Audit rules derived from the official forms' row hierarchy (and standards from the catalogue). Pure.
// `npm run rules` writes them into rules.json (ids H-… and D-…); a test checks the file is current.
import { Catalogue, FormRow, FormVersion } from '../types';
import { hierarchyChecks } from '../forms';
import { Rule } from './types';

/** A rule with the form rows it came from (kept in rules.json for the reader). */
export type GeneratedRule = Rule & { origin: string };

/** Indicator sets summed by the parts_sum builtin (R02): families it already checks are not generated again. */
export interface PartsSumCover {
  sets: string[];
  exclude: string[];
}

const key = (r: FormRow): string => `${r.indicator}${r.breakdown ? `@${r.breakdown}` : ''}`;
const operand = (r: FormRow, prev = false): string => `[${key(r)}${prev ? ':上期' : ''}]`;
const label = (r: FormRow): string => r.label.replace(/^其中[:：]\s*/, '');

interface Family {
  relation: 'part' | '其中';
  total: FormRow;
  parts: FormRow[];
  versions: string[];
}

/** true when R02 (parts_sum over a breakdown set) already checks total = Σ parts. */
function coveredByPartsSum(f: Family, catalogue: Catalogue, cover: PartsSumCover): boolean {
  if (f.relation !== 'part' || f.total.breakdown) return false;
  const ind = catalogue.indicators.find((i) => i.id === f.total.indicator);
  if (!ind || !ind.breakdowns || !cover.sets.includes(ind.breakdowns) || cover.exclude.includes(ind.id)) return false;
  if (ind.kind !== 'count' && ind.kind !== 'amount') return false;
  const set = catalogue.breakdowns.find((s) => s.id === ind.breakdowns);
  if (!set) return false;
  const want = set.values.map((v) => `${ind.id}@${v.id}`).sort().join('+');
  return f.parts.map(key).sort().join('+') === want;
}

/** The arithmetic families of all versions, one per distinct (relation, total, parts), newest version first. */
export function formFamilies(forms: FormVersion[]): Family[] {
  const out = new Map<string, Family>();
  // newest first, quarterly before monthly: labels and ids come from the form in force today
  const order = [...forms].sort((a, b) => (a.form === b.form ? b.validFrom - a.validFrom : a.form === 'quarterly' ? -1 : 1));
  for (const f of order) {
    for (const h of hierarchyChecks(f)) {
      const sig = `${h.relation}|${key(h.total)}|${h.parts.map(key).join('+')}`;
      const fam = out.get(sig);
      if (fam) fam.versions.push(f.id);
      else out.set(sig, { relation: h.relation, total: h.total, parts: h.parts, versions: [f.id] });
    }
  }
  return [...out.values()];
}

/**
 * Rules from the forms' hierarchy: relation part → total = Σ parts (error); 其中 → Σ parts ≤ total (error);
 * each with a warning twin on the previous-period column (sums there may come from different submissions).
 * Families R02 already checks are left out.
 */
export function rulesFromForms(forms: FormVersion[], catalogue: Catalogue, cover: PartsSumCover): GeneratedRule[] {
  const fams = formFamilies(forms).filter((f) => !coveredByPartsSum(f, catalogue, cover));
  const byTotal = new Map<string, Family[]>();
  for (const f of fams) byTotal.set(`${f.relation}|${key(f.total)}`, [...(byTotal.get(`${f.relation}|${key(f.total)}`) ?? []), f]);
  const rules: GeneratedRule[] = [];
  for (const f of fams) {
    const siblings = byTotal.get(`${f.relation}|${key(f.total)}`)!;
    // a total with several part lists (versions differ): the first (newest) keeps the plain id
    const variant = siblings.indexOf(f) === 0 ? '' : `~${f.versions[f.versions.length - 1]}`;
    const id = `H-${key(f.total)}${f.relation === '其中' ? '-其中' : ''}${variant}`;
    const names = f.parts.map(label).join('、');
    const total = label(f.total);
    const origin = `${f.versions.join('、')}:${f.total.num}${f.total.label}`;
    const sum = (prev: boolean) => f.parts.map((p) => operand(p, prev)).join(' + ');
    const exact = f.relation === 'part';
    const expr = (prev: boolean) => `${operand(f.total, prev)} ${exact ? '==' : '>='} ${sum(prev)}`;
    const few = f.parts.length <= 4;
    const name = exact
      ? `${total}等于${few ? `${names}${f.parts.length > 1 ? '之和' : ''}` : '各分项之和'}`
      : `${total}不小于其中${few ? `${names}${f.parts.length > 1 ? '之和' : ''}` : '各项之和'}`;
    const message = exact ? `${total}应等于${names}${f.parts.length > 1 ? '之和' : ''}` : `“其中”各项(${names})${f.parts.length > 1 ? '之和' : ''}不应大于${total}`;
    rules.push({ id, name, severity: 'error', scope: '表内', expr: expr(false), message, origin });
    rules.push({
      id: `${id}:上期`,
      name: `${name}(上期栏)`,
      severity: 'warning',
      scope: '表内',
      expr: expr(true),
      message: `上期栏:${message}(上期数可能来自不同的报送,请核实)`,
      origin,
    });
  }
  return rules;
}

/** Standards do not fall: for each standard indicator (and each value of its own breakdown set), 本期 ≥ 上期 (warning). */
export function standardRules(catalogue: Catalogue): GeneratedRule[] {
  const out: GeneratedRule[] = [];
  for (const ind of catalogue.indicators) {
    if (ind.kind !== 'standard') continue;
    const set = ind.breakdowns ? catalogue.breakdowns.find((s) => s.id === ind.breakdowns) : undefined;
    for (const bd of ['', ...(set?.values.map((v) => v.id) ?? [])]) {
      const k = `${ind.id}${bd ? `@${bd}` : ''}`;
      const name = `${ind.name}${bd ? `(${bd})` : ''}`;
      out.push({
        id: `D-${k}`,
        name: `${name}不低于上期`,
        severity: 'warning',
        scope: '表内',
        expr: `[${k}] >= [${k}:上期]`,
        message: `${name}低于上期,保障标准一般只升不降,请核实并填写说明`,
        origin: `目录:${ind.name}(标准类指标)`,
      });
    }
  }
  return out;
}

/** Every generated rule, in file order. */
export function generatedRules(forms: FormVersion[], catalogue: Catalogue, cover: PartsSumCover): GeneratedRule[] {
  return [...rulesFromForms(forms, catalogue, cover), ...standardRules(catalogue)];
}

/** true for ids the generator owns (the script replaces them; hand-written rules keep other ids). */
export const isGeneratedId = (id: string): boolean => /^[HD]-/.test(id);

/** Compact JSON of one value: { "a": 1, "b": [1, 2] } (the style of rules.json). */
function compact(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(compact).join(', ')}]`;
  if (v && typeof v === 'object') return `{ ${Object.entries(v as Record<string, unknown>).map(([k, x]) => `${JSON.stringify(k)}: ${compact(x)}`).join(', ')} }`;
  return JSON.stringify(v);
}

const LINES: string[][] = [['id', 'name', 'severity', 'scope', 'builtin'], ['expr'], ['params', 'paramNames', 'tolerance', 'sheet'], ['message', 'origin']];

/** rules.json text: one rule per block, its fields on a few lines, in a fixed order. */
export function formatRulesJson(rules: Rule[], version = 1): string {
  const known = new Set(LINES.flat());
  const blocks = rules.map((r) => {
    const o = r as unknown as Record<string, unknown>;
    const lines = [...LINES, Object.keys(o).filter((k) => !known.has(k))]
      .map((ks) => ks.filter((k) => o[k] !== undefined).map((k) => `${JSON.stringify(k)}: ${compact(o[k])}`).join(', '))
      .filter((l) => l);
    return `    { ${lines.join(',\n      ')} }`;
  });
  return `{\n  "version": ${version},\n  "rules": [\n${blocks.join(',\n')}\n  ]\n}\n`;
}

/** rules.json with its generated rules replaced by `gen` (hand-written rules keep their order, generated ones follow). */
export function regenerate(current: { version?: number; rules: Rule[] }, gen: Rule[]): string {
  const hand = current.rules.filter((r) => !isGeneratedId(r.id));
  return formatRulesJson([...hand, ...gen], current.version ?? 1);
}

/** The R02 coverage as stated in a rule list (the parts_sum rule's params). */
export function partsSumCover(rules: Rule[]): PartsSumCover {
  const r = rules.find((x) => x.builtin === 'parts_sum');
  const arr = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);
  return { sets: arr(r?.params?.sets), exclude: arr(r?.params?.exclude) };
}
