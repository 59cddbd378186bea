// The official forms (民政统计季报表 / 月报表) as data: one JSON file per version, a loader, a
// validator and the code index (official row code → indicator × breakdown, per version).
// See FORMS.md for the versions, their sources and what is verified.
import { Catalogue, FormRow, FormVersion, IndicatorDef } from '../types';
let all: FormVersion[] | undefined;

/** The bundled form versions, quarterly first, each in time order (read on first use: `mz get` never needs them). */
export function loadForms(): FormVersion[] {
  return (all ??= [
    require('./JBZH0001-2019.json'),
    require('./JBZH0001-2020.json'),
    require('./JBZH0001-2022.json'),
    require('./JZH01-2024.json'),
    require('./YB-2020.json'),
    require('./YZH-2022.json'),
  ] as FormVersion[]);
}

/** The version of a form kind in force for a report year (undefined when none is known). */
export function formFor(forms: FormVersion[], kind: 'quarterly' | 'monthly', year: number): FormVersion | undefined {
  return forms.find((f) => f.form === kind && f.validFrom <= year && (f.validTo === null || year <= f.validTo));
}

export const CODE_RE = /^[JY]ZH\d{9}$/;

/** One row carrying a code in one version. */
export interface CodeHit {
  code: string;
  version: string;
  form: 'quarterly' | 'monthly';
  validFrom: number;
  validTo: number | null;
  row: FormRow;
  /** '' when the row is a heading without an indicator. */
  indicator: string;
  breakdown: string;
}

/** code → the rows that print it (one per version; the same code may mean different rows in two versions). */
export function buildCodeIndex(forms: FormVersion[]): Map<string, CodeHit[]> {
  const index = new Map<string, CodeHit[]>();
  for (const f of forms) {
    for (const row of f.rows) {
      if (!row.code) continue;
      const list = index.get(row.code) ?? [];
      list.push({
        code: row.code,
        version: f.id,
        form: f.form,
        validFrom: f.validFrom,
        validTo: f.validTo,
        row,
        indicator: row.indicator ?? '',
        breakdown: row.breakdown ?? '',
      });
      index.set(row.code, list);
    }
  }
  return index;
}

const RELATIONS = new Set(['part', '其中', null]);

/**
 * Checks the form versions against the catalogue; returns Chinese problems (empty = valid):
 * unique version and row ids, parents that exist and come first, relations only under value rows,
 * codes unique within a version and of the version's prefix, every value row bound to a catalogue
 * indicator and breakdown, verified rows citing the version's sources, sameRowsAs really the same.
 */
export function validateForms(forms: FormVersion[], catalogue: Catalogue): string[] {
  const problems: string[] = [];
  const inds = new Map<string, IndicatorDef>(catalogue.indicators.map((i) => [i.id, i]));
  const sets = new Map(catalogue.breakdowns.map((b) => [b.id, b]));
  const versions = new Map<string, FormVersion>();
  for (const f of forms) {
    if (versions.has(f.id)) problems.push(`报表版本“${f.id}”重复`);
    versions.set(f.id, f);
    if (f.form !== 'quarterly' && f.form !== 'monthly') problems.push(`报表 ${f.id}:form 应为 quarterly 或 monthly`);
    const prefix = f.form === 'quarterly' ? 'JZH' : 'YZH';
    if (f.codePrefix !== prefix) problems.push(`报表 ${f.id}:代码前缀应为 ${prefix}`);
    if (!Number.isInteger(f.validFrom) || (f.validTo !== null && (!Number.isInteger(f.validTo) || f.validTo < f.validFrom))) {
      problems.push(`报表 ${f.id}:适用年份无效(${f.validFrom}–${f.validTo ?? ''})`);
    }
    const sourceIds = new Set(f.sources.map((s) => s.id));
    const ids = new Map<string, FormRow>();
    const codes = new Map<string, string>();
    for (const r of f.rows) {
      const where = `报表 ${f.id} 行“${r.num}${r.label}”(${r.id})`;
      if (ids.has(r.id)) problems.push(`${where}:行标识重复`);
      if (r.parent !== null) {
        const p = ids.get(r.parent);
        if (!p) problems.push(`${where}:上级行“${r.parent}”不存在或不在本行之前`);
        else {
          if (p.isHeading && r.relation !== null) problems.push(`${where}:上级是标题行,不能有 relation`);
          if (!p.isHeading && r.relation === null) problems.push(`${where}:上级是数值行,relation 应为 part 或 其中`);
          if (r.depth <= p.depth) problems.push(`${where}:缩进层级应大于上级行`);
        }
      } else if (r.relation !== null) problems.push(`${where}:没有上级行却有 relation`);
      if (!RELATIONS.has(r.relation)) problems.push(`${where}:relation“${r.relation}”无效`);
      ids.set(r.id, r);
      if (r.code !== null) {
        if (!CODE_RE.test(r.code) || !r.code.startsWith(prefix)) problems.push(`${where}:代码“${r.code}”不是 ${prefix} 开头的12位代码`);
        const dup = codes.get(r.code);
        if (dup) problems.push(`${where}:代码“${r.code}”与行 ${dup} 重复`);
        codes.set(r.code, r.id);
      }
      if (r.indicator) {
        const ind = inds.get(r.indicator);
        if (!ind) problems.push(`${where}:指标“${r.indicator}”不在目录中`);
        else if (r.breakdown) {
          const own = [ind.breakdowns, ...(ind.extraBreakdowns ?? [])].map((id) => (id ? sets.get(id) : undefined));
          if (!own.some((set) => set && set.values.some((v) => v.id === r.breakdown))) problems.push(`${where}:指标“${ind.name}”没有分类“${r.breakdown}”`);
          else if (ind.partIndicators?.[r.breakdown]) {
            problems.push(`${where}:“${ind.name}·${r.breakdown}”记在指标“${ind.partIndicators[r.breakdown]}”下,请直接绑定该指标`);
          }
        }
      } else if (!r.isHeading) problems.push(`${where}:数值行没有绑定指标`);
      if (!r.isHeading && !r.unit) problems.push(`${where}:数值行缺少单位`);
      if (r.verified) {
        for (const s of r.source.split(/,\s*/)) if (!sourceIds.has(s)) problems.push(`${where}:已核实的行引用了未列出的来源“${s}”`);
      } else if (!r.source.startsWith('未核实')) problems.push(`${where}:未核实的行应以“未核实”说明名称和位置的来源`);
      if (!r.verified && r.code !== null) problems.push(`${where}:未核实的行不能有代码`);
    }
  }
  for (const f of forms) {
    const rel = new Map<string, string>();
    for (const r of f.rows) {
      if (!r.parent || !r.relation) continue;
      const seen = rel.get(r.parent);
      if (seen && seen !== r.relation) problems.push(`报表 ${f.id} 行“${r.parent}”:分项关系混用 part 与 其中`);
      rel.set(r.parent, r.relation);
    }
  }
  for (const f of forms) {
    if (!f.sameRowsAs) continue;
    const other = versions.get(f.sameRowsAs);
    if (!other) {
      problems.push(`报表 ${f.id}:sameRowsAs“${f.sameRowsAs}”不存在`);
      continue;
    }
    const shape = (r: FormRow) =>
      [r.id, r.num, r.label, r.unit, r.code, r.depth, r.parent, r.relation, r.isHeading, r.indicator, r.breakdown].join('|');
    const a = f.rows.map(shape).join('\n');
    const b = other.rows.map(shape).join('\n');
    if (a !== b) problems.push(`报表 ${f.id}:声明与 ${f.sameRowsAs} 行相同,但行表不同`);
  }
  return problems;
}

/**
 * The arithmetic a form's hierarchy asserts, for audit-rule generators: every value row with value
 * children. relation 'part': total = Σ parts exactly (all parts are rows of the version); '其中':
 * Σ parts ≤ total (a subset, never required to be equal).
 */
export interface HierarchyCheck {
  total: FormRow;
  relation: 'part' | '其中';
  parts: FormRow[];
}

export function hierarchyChecks(f: FormVersion): HierarchyCheck[] {
  const out: HierarchyCheck[] = [];
  const byParent = new Map<string, FormRow[]>();
  for (const r of f.rows) {
    if (r.parent && r.relation) byParent.set(r.parent, [...(byParent.get(r.parent) ?? []), r]);
  }
  for (const r of f.rows) {
    const parts = byParent.get(r.id);
    if (parts && !r.isHeading) out.push({ total: r, relation: parts[0].relation!, parts });
  }
  return out;
}
