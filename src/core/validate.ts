// Validation of a dataset CSV against the catalogue (for `mz data validate` and user uploads).
import { Catalogue } from './types';
import { CsvProblem, parseDatasetCsv } from './datasetCsv';
import { Resolver, resolverFor } from './resolver';
import { compatible, normaliseUnit, unitsLike } from './units';

export interface ValidationResult {
  problems: CsvProblem[]; // sorted by line
  records: number; // rows that parsed and resolved
  regions: string[];
  indicators: string[];
  years: number[];
}

/**
 * Every problem with its line: CSV syntax, missing columns, bad year/value/qualifier, unknown region
 * or indicator (with suggestions), indicator id and name that disagree, unknown breakdown, a unit that
 * cannot express the indicator, negative values, duplicate keys.
 */
export function validateDataset(text: string, catalogue: Catalogue, resolver: Resolver = resolverFor(catalogue)): ValidationResult {
  const parsed = parseDatasetCsv(text, 'user');
  const problems = [...parsed.problems];
  const seen = new Map<string, number>();
  const regions = new Set<string>();
  const indicators = new Set<string>();
  const years = new Set<number>();
  let good = 0;
  parsed.records.forEach((r, i) => {
    const line = parsed.lines[i];
    const before = problems.length;
    const reg = resolver.region(r.region);
    if (!reg.ok) problems.push({ line, column: 'region', message: reg.message });
    let ind = r.indicatorId ? resolver.indicatorById.get(r.indicatorId) : undefined;
    if (r.indicatorId && !ind) {
      const byName = r.indicator ? resolver.indicator(r.indicator) : undefined;
      problems.push({
        line,
        column: 'indicator_id',
        message: `未知的指标编号“${r.indicatorId}”` + (byName && byName.ok ? `;按名称应为“${byName.indicator.id}”` : ''),
      });
    }
    const byId = !!ind;
    if (!ind && r.indicator) {
      // a name, alias, official code (JZH…/YZH…) or composite name (机构养育孤儿)
      const ri = resolver.indicatorRef(r.indicator, r.year);
      if (ri.ok) ind = ri.indicator;
      else if (!r.indicatorId) problems.push({ line, column: 'indicator', message: ri.message });
    }
    if (ind && r.indicatorId && r.indicator) {
      const ri = resolver.indicatorRef(r.indicator, r.year);
      if (ri.ok && ri.indicator.id !== ind.id) {
        problems.push({
          line,
          column: 'indicator',
          message: `指标编号“${r.indicatorId}”(${ind.name})与指标名称“${r.indicator}”(${ri.indicator.name})不一致`,
        });
      }
    }
    let bd = '';
    if (ind) {
      const rb = resolver.indicatorWithBreakdown(byId ? ind.id : r.indicator, r.breakdown, r.year);
      if (!rb.ok) problems.push({ line, column: 'breakdown', message: rb.message });
      else {
        bd = rb.breakdown;
        ind = rb.indicator;
      }
      const unit = normaliseUnit(r.unit);
      if (!compatible(unit, ind.unit)) {
        problems.push({
          line,
          column: 'unit',
          message: `单位“${r.unit}”不适用于指标“${ind.name}”;可用单位:${unitsLike(ind.unit).join('、')}`,
        });
      }
      if (r.value < 0) problems.push({ line, column: 'value', message: `数值 ${r.value} 为负数` });
    }
    if (reg.ok && ind) {
      const k = `${reg.region.name}|${ind.id}|${r.year}|${bd}|${r.period}`;
      const first = seen.get(k);
      if (first !== undefined) {
        problems.push({
          line,
          message: `与第 ${first} 行重复(${reg.region.name}、${ind.name}、${r.year} 年${bd ? '、' + bd : ''}、${r.period})`,
        });
      } else seen.set(k, line);
    }
    if (problems.length === before && reg.ok && ind) {
      good++;
      regions.add(reg.region.name);
      indicators.add(ind.name);
      years.add(r.year);
    }
  });
  problems.sort((a, b) => a.line - b.line);
  return { problems, records: good, regions: [...regions], indicators: [...indicators], years: [...years].sort((a, b) => a - b) };
}
