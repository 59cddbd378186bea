// 汇总: the figures of lower-level workbooks (filled by MZ, possibly edited since) aggregated into the
// upper region's figures, by the indicator's kind. Pure: workbooks come in as snapshots.
import aggregationJson from '../catalogue/aggregation.json';
import { BINDINGS_SHEET, decodeBindings } from '../bindings';
import { Catalogue, DataRecord, IndicatorDef, RegionDef } from '../types';
import { CellValue, SheetSnapshot, SheetSpec, parseA1 } from '../workbook';
import { parsePeriodLabel, periodText } from '../period';
import { asUnit } from '../rules/context';
import { convert } from '../units';
import { MzEngine } from '../engine';
import { FillResult, fillTables } from '../fill';
import { TemplateSet } from '../tables';

export interface ChildWorkbook {
  file: string;
  sheets: SheetSnapshot[];
}

/** One bound figure read from a lower-level workbook. */
export interface ChildFigure {
  file: string;
  sheet: string;
  address: string;
  region: string;
  indicatorId: string;
  breakdown: string;
  year: number;
  period: string;
  value: number;
  /** in the indicator's catalogue unit */
  unit: string;
}

export type Method = 'sum' | 'weighted' | 'ratio' | 'agree';

export const METHOD_ZH: Record<Method, string> = {
  sum: '求和',
  weighted: '按人数加权平均',
  ratio: '由分子、分母汇总后重算',
  agree: '各下级相同,照录',
};

export interface Provenance {
  indicatorId: string;
  indicator: string;
  breakdown: string;
  value: number | null;
  unit: string;
  method: Method | null;
  /** why the figure stays blank */
  blank?: string;
  sources: { file: string; region: string; sheet: string; address: string; value: number }[];
}

export interface MergePlan {
  target: RegionDef;
  year: number;
  period: string;
  children: { region: string; file: string }[];
  /** the target's child regions (from the region catalogue) with no workbook */
  missing: string[];
  /** the upper region's aggregated figures */
  records: DataRecord[];
  /** every lower-level figure, as records (so the merged workbook shows the parts beside the total) */
  childRecords: DataRecord[];
  provenance: Provenance[];
  notes: string[];
}

interface AggregationSpec {
  weighted: Record<string, string>;
  ratio: Record<string, { num: string; den: string; numUnit?: string; denUnit?: string; scale: number }>;
  agree: string[];
  none: string[];
}
const AGG = aggregationJson as unknown as AggregationSpec;

export class MergeError extends Error {}

const num = (v: CellValue): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const round = (x: number, digits = 10) => Number(x.toFixed(digits));

/** The unit a cell's number is in: a unit cell in its row, a unit in its column header, else the catalogue's. */
function cellUnit(s: SheetSnapshot, row: number, col: number, ind: IndicatorDef): string {
  for (const v of s.values[row] ?? []) {
    const u = asUnit(v);
    if (u) return u;
  }
  for (let r = Math.min(row - 1, 12); r >= 0; r--) {
    const v = s.values[r]?.[col];
    const m = typeof v === 'string' ? /[((]([^()()]+)[))]\s*$/.exec(v) : null;
    const u = m ? asUnit(m[1]) : null;
    if (u) return u;
  }
  return ind.unit;
}

/** The current-period figures bound in one workbook. */
export function readChildFigures(wb: ChildWorkbook, catalogue: Catalogue): ChildFigure[] {
  const bsheet = wb.sheets.find((s) => s.name === BINDINGS_SHEET);
  if (!bsheet) throw new MergeError(`“${wb.file}”不是 MZ 填写的工作簿(没有隐藏工作表 ${BINDINGS_SHEET}),无法知道各单元格是什么指标`);
  const byName = new Map(wb.sheets.map((s) => [s.name, s]));
  const inds = new Map(catalogue.indicators.map((i) => [i.id, i]));
  const out: ChildFigure[] = [];
  for (const b of decodeBindings(bsheet, (n) => byName.get(n))) {
    if (b.column !== 'current') continue;
    const s = byName.get(b.sheet);
    const p = parseA1(b.address);
    const ind = inds.get(b.indicatorId);
    if (!s || !p || !ind) continue;
    const v = num(s.values[p.row]?.[p.col] ?? null);
    if (v === null) continue;
    const converted = convert(v, cellUnit(s, p.row, p.col, ind), ind.unit);
    if (converted === null) continue;
    out.push({ file: wb.file, sheet: b.sheet, address: b.address, region: b.region, indicatorId: b.indicatorId, breakdown: b.breakdown, year: b.year, period: b.period || '全年', value: converted, unit: ind.unit });
  }
  return out;
}

export interface MergeOptions {
  catalogue: Catalogue;
  /** canonical name of the upper region */
  target: string;
  /** when given, every workbook must be of this period */
  year?: number;
  period?: string;
  /** sum over the children received even when some are missing (the summary says which) */
  partial?: boolean;
}

/** Aggregates lower-level workbooks into the upper region's figures, or throws a MergeError saying why not. */
export function planMerge(workbooks: ChildWorkbook[], opts: MergeOptions): MergePlan {
  const { catalogue } = opts;
  const regions = new Map(catalogue.regions.map((r) => [r.name, r]));
  const target = regions.get(opts.target);
  if (!target) throw new MergeError(`未知的汇总地区“${opts.target}”`);
  if (!workbooks.length) throw new MergeError('没有要汇总的下级工作簿');

  const children: { region: string; file: string }[] = [];
  const figures: ChildFigure[] = [];
  const periods = new Map<string, string[]>();
  for (const wb of workbooks) {
    const figs = readChildFigures(wb, catalogue);
    const regionSet = [...new Set(figs.map((f) => f.region))];
    if (regionSet.length === 0) throw new MergeError(`“${wb.file}”中没有已填的数值`);
    if (regionSet.length > 1) throw new MergeError(`“${wb.file}”含多个地区(${regionSet.join('、')}),每个下级应单独一个工作簿`);
    const region = regionSet[0];
    const def = regions.get(region);
    if (!def || def.parent !== target.name) {
      throw new MergeError(`“${wb.file}”是 ${def?.fullName ?? region} 的报表,不是 ${target.name} 的下级地区,不能汇总到 ${target.name}`);
    }
    const dup = children.find((c) => c.region === region);
    if (dup) throw new MergeError(`“${dup.file}”和“${wb.file}”都是 ${region} 的报表;同一地区只能汇总一次`);
    const own = [...new Set(figs.map((f) => `${f.year}年${f.period}`))];
    if (own.length > 1) throw new MergeError(`“${wb.file}”含多个报告期(${own.join('、')}),无法确定汇总哪一期`);
    periods.set(own[0], [...(periods.get(own[0]) ?? []), wb.file]);
    children.push({ region, file: wb.file });
    figures.push(...figs);
  }
  if (periods.size > 1) {
    throw new MergeError(`下级报表的报告期不同,不能汇总:${[...periods].map(([p, files]) => `${p}(${files.join('、')})`).join(';')}`);
  }
  const { year, period } = figures[0];
  if (opts.year !== undefined && (opts.year !== year || (opts.period ?? '全年') !== period)) {
    throw new MergeError(`下级报表是 ${year}年${period} 的,与要求的 ${opts.year}年${opts.period ?? '全年'} 不同`);
  }

  const inds = new Map(catalogue.indicators.map((i) => [i.id, i]));
  const childNames = children.map((c) => c.region);
  // 功能区 (开发区, 高新区) report through their host districts in many places: listed, not required
  const absent = catalogue.regions.filter((r) => r.parent === target.name && !childNames.includes(r.name));
  const missing = absent.filter((r) => !r.zone).map((r) => r.name);
  const zonesAbsent = absent.filter((r) => r.zone).map((r) => r.name);

  // per key, per child: the figure (two cells of one workbook that disagree make the key unusable)
  const byKey = new Map<string, Map<string, ChildFigure>>();
  const clashes = new Map<string, string>();
  for (const f of figures) {
    const key = `${f.indicatorId}|${f.breakdown}`;
    let m = byKey.get(key);
    if (!m) byKey.set(key, (m = new Map()));
    const prev = m.get(f.region);
    if (!prev) m.set(f.region, f);
    else if (prev.value !== f.value) {
      clashes.set(key, `${f.file} 中 ${prev.sheet}!${prev.address}=${prev.value} 与 ${f.sheet}!${f.address}=${f.value} 不一致`);
    }
  }

  const provenance: Provenance[] = [];
  const valueOf = new Map<string, number>();
  const notes: string[] = [];
  const methodOf = (id: string, kind: IndicatorDef['kind']): Method | null => {
    if (AGG.none.includes(id)) return null;
    if (AGG.weighted[id]) return 'weighted';
    if (AGG.ratio[id]) return 'ratio';
    if (AGG.agree.includes(id)) return 'agree';
    if (kind === 'count' || kind === 'amount') return 'sum';
    return kind === 'standard' ? 'agree' : null;
  };
  const keyed = [...byKey.keys()].sort();
  // sums first: weights and ratios are made from them
  const order = (k: string) => {
    const m = methodOf(k.split('|')[0], inds.get(k.split('|')[0])!.kind);
    return m === 'sum' ? 0 : m === 'ratio' ? 2 : 1;
  };
  keyed.sort((a, b) => order(a) - order(b));
  for (const key of keyed) {
    const [id, breakdown] = key.split('|');
    const ind = inds.get(id)!;
    const parts = byKey.get(key)!;
    const sources = [...parts.values()].map((f) => ({ file: f.file, region: f.region, sheet: f.sheet, address: f.address, value: f.value }));
    const method = methodOf(id, ind.kind);
    const entry: Provenance = { indicatorId: id, indicator: ind.name, breakdown, value: null, unit: ind.unit, method, sources };
    provenance.push(entry);
    const lacking = childNames.filter((c) => !parts.has(c));
    if (clashes.has(key)) entry.blank = `同一工作簿中数值不一致:${clashes.get(key)}`;
    else if (!method) entry.blank = `${ind.name}是比率或只在本级统计的指标,不能由下级汇总,请另行填报`;
    else if (lacking.length && method !== 'ratio') entry.blank = `下级 ${lacking.join('、')} 未填此项,未汇总(不把缺项当作 0)`;
    else if (method === 'sum') entry.value = round([...parts.values()].reduce((s, f) => s + f.value, 0));
    else if (method === 'agree') {
      const vals = [...new Set([...parts.values()].map((f) => f.value))];
      if (vals.length === 1) entry.value = vals[0];
      else entry.blank = `各下级的政策标准不同(${[...parts.values()].map((f) => `${f.region} ${f.value}`).join(',')}),政策标准不求和、不平均,请填写本级标准`;
    } else if (method === 'weighted') {
      const [wId, wBdRaw] = AGG.weighted[id].split('@');
      const wBd = (wBdRaw ?? '').replace('{bd}', breakdown);
      const wParts = byKey.get(`${wId}|${wBd}`);
      const noWeight = childNames.filter((c) => !wParts?.has(c));
      if (noWeight.length) entry.blank = `按人数加权需要各下级的${inds.get(wId)?.name ?? wId}${wBd ? `(${wBd})` : ''},${noWeight.join('、')} 未填`;
      else {
        let sw = 0;
        let sv = 0;
        for (const [region, f] of parts) {
          const w = wParts!.get(region)!.value;
          sw += w;
          sv += w * f.value;
        }
        if (sw > 0) entry.value = round(sv / sw, 2);
        else entry.blank = '各下级人数合计为 0,无法加权';
      }
    } else {
      const r = AGG.ratio[id];
      const n = valueOf.get(`${r.num}|${breakdown}`);
      const d = valueOf.get(`${r.den}|${breakdown}`);
      const nu = n === undefined ? null : convert(n, inds.get(r.num)!.unit, r.numUnit ?? inds.get(r.num)!.unit);
      const du = d === undefined ? null : convert(d, inds.get(r.den)!.unit, r.denUnit ?? inds.get(r.den)!.unit);
      if (nu === null || du === null || du === 0) entry.blank = `需由汇总后的${inds.get(r.num)?.name ?? r.num}与${inds.get(r.den)?.name ?? r.den}重算,二者不全`;
      else entry.value = round((nu / du) * r.scale, 2);
    }
    if (entry.value !== null) valueOf.set(key, entry.value);
  }
  if (zonesAbsent.length) notes.push(`未收到功能区${zonesAbsent.join('、')}的报表;功能区不计入必报下级,其数据如单独报送请一并汇总。`);
  if (missing.length) {
    notes.push(
      `${target.name}的下级中没有收到:${missing.join('、')}。` +
        (opts.partial ? `合计只含已收到的 ${children.length} 个下级(部分汇总)。` : '合计不完整,求和与重算的单元格留空;确需部分汇总时加 --partial。'),
    );
  }

  const source = `merge:${children.map((c) => c.file).join(',')}`;
  const mk = (region: string, indicatorId: string, breakdown: string, value: number, quote: string): DataRecord => ({
    region,
    year,
    period,
    indicatorId,
    indicator: inds.get(indicatorId)!.name,
    breakdown,
    value,
    unit: inds.get(indicatorId)!.unit,
    qualifier: 'exact',
    source,
    offset: -1,
    quote,
  });
  // a total is only partial while children are missing: blank rather than a figure that looks whole
  if (missing.length && !opts.partial) {
    for (const p of provenance) {
      if (p.value !== null && (p.method === 'sum' || p.method === 'ratio')) {
        p.blank = `缺下级 ${missing.join('、')} 的报表,合计不完整,未填`;
        p.value = null;
      }
    }
  }
  const records = provenance
    .filter((p) => p.value !== null)
    .map((p) => mk(target.name, p.indicatorId, p.breakdown, p.value!, `${METHOD_ZH[p.method!]}:${p.sources.map((s) => `${s.region} ${s.value}`).join(' + ')}`));
  const childRecords = figures.map((f) => mk(f.region, f.indicatorId, f.breakdown, f.value, `${f.file} ${f.sheet}!${f.address}`));
  return { target, year, period, children, missing, records, childRecords, provenance, notes };
}

export const PROVENANCE_SHEET = '汇总来源';

/** The sheet that says where every aggregated figure came from, or why it stays blank. */
export function provenanceSheet(plan: MergePlan): SheetSpec {
  const rows: (string | number | null)[][] = [
    [`${plan.target.fullName ?? plan.target.name} ${periodText(plan.year, parsePeriodLabel(plan.period))} 汇总来源`, null, null, null, null, null],
    ['指标', '分类', '汇总数', '单位', '汇总方法', '来源(文件 工作表!单元格 = 数值)或留空原因'],
  ];
  for (const p of plan.provenance) {
    rows.push([
      p.indicator,
      p.breakdown || null,
      p.value,
      p.unit,
      p.method ? METHOD_ZH[p.method] : '不汇总',
      p.value === null ? `留空:${p.blank ?? ''}` : p.sources.map((s) => `${s.file.split(/[\\/]/).pop()} ${s.sheet}!${s.address} = ${s.value}`).join(';'),
    ]);
  }
  for (const n of plan.notes) rows.push([n, null, null, null, null, null]);
  return {
    name: PROVENANCE_SHEET,
    blocks: [{ topLeft: 'A1', values: rows }],
    merges: ['A1:F1'],
    colWidths: [28, 10, 14, 10, 16, 90],
    styles: [
      { range: 'A1:F1', style: 'title' },
      { range: 'A2:F2', style: 'header' },
    ],
  };
}


/** An engine holding the merged figures: the upper region's and every lower region's. */
export function mergedEngine(plan: MergePlan, catalogue: Catalogue): MzEngine {
  return new MzEngine(catalogue, [...plan.records, ...plan.childRecords]);
}

/** The upper region's tables from a merge plan: the total beside each lower region, and the provenance sheet. */
export function fillMerged(plan: MergePlan, catalogue: Catalogue, templates: TemplateSet, tables?: string[]): FillResult & { provenance: SheetSpec } {
  const engine = mergedEngine(plan, catalogue);
  const span = parsePeriodLabel(plan.period) ?? undefined;
  const regions = [plan.target.name, ...plan.children.map((c) => c.region)];
  const r = fillTables({ templates, engine, regions, year: plan.year, period: span, tables });
  return { ...r, provenance: provenanceSheet(plan) };
}
