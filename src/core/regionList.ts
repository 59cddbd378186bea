// Region listings for MZ.REGIONS and `mz regions`: by level, children of a region, or those with data.
import type { MzEngine, QueryError } from './engine';
import type { RegionDef, RegionLevel } from './types';

export const LEVEL_ZH: Record<RegionLevel, string> = {
  country: '国家',
  province: '省级',
  city: '地级',
  district: '区县级',
  county: '区县级',
};

/** The 级别 shown for a region (功能区 are county-level statistical units, not divisions). */
export function levelLabel(r: RegionDef): string {
  return r.zone ? '功能区' : LEVEL_ZH[r.level];
}

/** Words for a level filter of MZ.REGIONS / mz regions; null means every region. */
const LEVEL_WORDS: Record<string, RegionLevel[] | null> = {
  全部: null, 所有: null, 全部地区: null, all: null,
  省: ['province'], 省级: ['province'], 省份: ['province'], 省级地区: ['province'],
  市: ['city'], 地级: ['city'], 地市: ['city'], 地市级: ['city'], 地级市: ['city'], 市级: ['city'], 地区级: ['city'],
  县: ['district', 'county'], 县级: ['district', 'county'], 区县: ['district', 'county'], 区县级: ['district', 'county'], 县区: ['district', 'county'],
};

/** Header of MZ.REGIONS and mz regions. */
export const REGION_COLUMNS = ['地区', '全称', '代码', '地区编码', '级别', '上级', '数据年份'];

/**
 * The regions MZ.REGIONS / mz regions list: without a filter, those with data; with a level word,
 * every region of that level; with a region, its children. Errors as QueryError (NA / VALUE).
 */
export function listRegions(engine: MzEngine, filter?: unknown): { ok: true; regions: RegionDef[]; title: string } | QueryError {
  const f = optional(filter);
  if (f === undefined) {
    return { ok: true, regions: engine.regionsWithData().map((n) => engine.resolver.regionByName.get(n)!).filter(Boolean), title: '有数据的地区' };
  }
  if (typeof f === 'string' && Object.prototype.hasOwnProperty.call(LEVEL_WORDS, f.replace(/[\s\u3000]+/g, ''))) {
    const levels = LEVEL_WORDS[f.replace(/[\s\u3000]+/g, '')];
    const all = engine.catalogue.regions;
    return { ok: true, regions: levels ? all.filter((r) => levels.includes(r.level)) : all, title: f.trim() };
  }
  if (typeof f !== 'string' && typeof f !== 'number') {
    return { ok: false, code: 'VALUE', message: `应为级别(省级、地级、县级、全部)或上级地区,如“济南”;收到 ${String(f)}` };
  }
  const r = engine.resolveRegion(f);
  if (!r.ok) {
    const hint = typeof f === 'string' && !r.candidates ? '。级别可写:省级、地级、县级、全部' : '';
    return { ...r, message: r.message + hint };
  }
  const children = engine.resolver.children(r.region);
  if (!children.length) return { ok: false, code: 'NA', message: `${r.region.name}没有下级地区(乡镇街道不是查询地区)` };
  return { ok: true, regions: children, title: `${r.region.name}的下级地区` };
}

/** The rows of a region listing (header first): years with data from the engine's records. */
export function regionRows(regions: RegionDef[], years: Map<string, Set<number>>): (string | number)[][] {
  const out: (string | number)[][] = [REGION_COLUMNS.slice()];
  for (const r of regions) {
    const ys = [...(years.get(r.name) ?? [])].sort((a, b) => a - b).join('、');
    out.push([r.name, r.fullName, r.code ?? '', r.statCode ?? '', levelLabel(r), r.parent ?? '', ys]);
  }
  return out;
}

/** Years with data per region, from the engine's records. */
export function yearsByRegion(engine: MzEngine): Map<string, Set<number>> {
  const m = new Map<string, Set<number>>();
  for (const r of engine.records) {
    let s = m.get(r.region);
    if (!s) m.set(r.region, (s = new Set()));
    s.add(r.year);
  }
  return m;
}

/** Omitted, empty cell or "" → undefined; 1×1 arrays unwrapped. */
function optional(x: unknown): unknown {
  let v = x;
  while (Array.isArray(v) && v.length === 1) v = v[0];
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '') ? undefined : v;
}
