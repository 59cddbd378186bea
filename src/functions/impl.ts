// The logic of the MZ custom functions, free of Office: every function takes Excel's raw
// arguments, asks the engine and either returns a value or throws an error made by the
// injected factory (CustomFunctions.Error in Excel, MzFunctionError in Node tests).
import type { MzEngine, QueryError } from '../core/engine';
import { periodText, spanOf } from '../core/period';
import type { IndicatorDef, IndicatorKind, RegionLevel } from '../core/types';
import { listRegions, regionRows } from '../core/regionList';

export type MzErrorCode = 'NA' | 'VALUE';
/** Makes the object that is thrown for a Chinese error message (#N/A or #VALUE!). */
export type ErrorFactory = (code: MzErrorCode, message: string) => unknown;

/** Default error for Node (CLI, tests). */
export class MzFunctionError extends Error {
  constructor(
    readonly code: MzErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'MzFunctionError';
  }
}

export const nodeErrorFactory: ErrorFactory = (code, message) => new MzFunctionError(code, message);

/** Excel shows the message in the cell's error tooltip; keep it short enough to read. */
export const MAX_MESSAGE = 250;

export const KIND_ZH: Record<IndicatorKind, string> = {
  standard: '标准',
  count: '数量',
  amount: '金额',
  rate: '比率',
};

export type Cell = string | number;
export type Spill = Cell[][];

export interface MzFunctions {
  standard(region: unknown, item: unknown, year: unknown, breakdown?: unknown, unit?: unknown): number;
  value(region: unknown, indicator: unknown, year: unknown, breakdown?: unknown, unit?: unknown): number;
  series(region: unknown, indicator: unknown, breakdown?: unknown): Spill;
  table(indicator: unknown, year: unknown, breakdown?: unknown): Spill;
  source(region: unknown, indicator: unknown, year: unknown, breakdown?: unknown): string;
  unit(region: unknown, indicator: unknown, year: unknown, breakdown?: unknown): string;
  regions(filter?: unknown): Spill;
  indicators(category?: unknown): Spill;
}

function isBlank(x: unknown): boolean {
  return x === null || x === undefined || (typeof x === 'string' && x.trim() === '');
}

/**
 * Optional text argument (分类, 单位, 类别): omitted, empty cell or "" → undefined. Excel desktop
 * passes 0 for a reference to an empty cell, and no breakdown, unit or category is a number, so 0
 * counts as empty too. 1×1 arrays are unwrapped.
 */
function opt(x: unknown): unknown {
  let v = x;
  while (Array.isArray(v) && v.length === 1) v = v[0];
  return isBlank(v) || v === 0 ? undefined : v;
}

function clip(message: string): string {
  return message.length > MAX_MESSAGE ? message.slice(0, MAX_MESSAGE - 1) + '…' : message;
}

/**
 * Builds the MZ functions over a lazily obtained engine. `getEngine` is called on every call
 * (it caches), so the dataset is parsed on first use, not when the runtime starts.
 */
export function createFunctions(getEngine: () => MzEngine, makeError: ErrorFactory = nodeErrorFactory): MzFunctions {
  const ours = new WeakSet<object>();
  const fail = (code: MzErrorCode, message: string): never => {
    const e = makeError(code, clip(message));
    if (typeof e === 'object' && e !== null) ours.add(e);
    throw e;
  };
  const failWith = (fn: string, e: QueryError): never => fail(e.code, `${fn}:${e.message}`);

  /** Runs one function body; anything unexpected becomes #N/A with a message, never a crash. */
  function guard<T>(fn: string, body: (engine: MzEngine) => T): T {
    try {
      return body(getEngine());
    } catch (e) {
      if (typeof e === 'object' && e !== null && ours.has(e)) throw e;
      const msg = e instanceof Error ? e.message : String(e);
      return fail('NA', `${fn} 内部错误:${msg}`);
    }
  }

  // Per-engine caches for the list functions (the engine is replaced when user data changes).
  const yearsCache = new WeakMap<MzEngine, Map<string, Set<number>>>();
  const countCache = new WeakMap<MzEngine, Map<string, number>>();
  function yearsByRegion(engine: MzEngine): Map<string, Set<number>> {
    let m = yearsCache.get(engine);
    if (!m) {
      m = new Map();
      for (const r of engine.records) {
        let s = m.get(r.region);
        if (!s) m.set(r.region, (s = new Set()));
        s.add(r.year);
      }
      yearsCache.set(engine, m);
    }
    return m;
  }
  function recordsByIndicator(engine: MzEngine): Map<string, number> {
    let m = countCache.get(engine);
    if (!m) {
      m = new Map();
      for (const r of engine.records) m.set(r.indicatorId, (m.get(r.indicatorId) ?? 0) + 1);
      countCache.set(engine, m);
    }
    return m;
  }

  function lookup(
    fn: string,
    engine: MzEngine,
    region: unknown,
    indicator: unknown,
    year: unknown,
    breakdown: unknown,
    unit: unknown,
    standardOnly: boolean,
  ) {
    const r = engine.value(region, indicator, year, opt(breakdown), opt(unit), standardOnly ? { standardOnly } : undefined);
    if (!r.ok) return failWith(fn, r);
    return r;
  }

  const breakdownLabel = (engine: MzEngine, ind: IndicatorDef): string => {
    if (!ind.breakdowns) return '';
    const set = engine.catalogue.breakdowns.find((b) => b.id === ind.breakdowns);
    return set ? set.values.map((v) => v.id).join('/') : '';
  };

  return {
    standard(region, item, year, breakdown, unit) {
      return guard('MZ.STANDARD', (engine) => {
        const ind = engine.resolveIndicator(item);
        if (ind.ok && ind.indicator.kind !== 'standard') {
          const d = ind.indicator;
          return fail(
            'VALUE',
            `MZ.STANDARD 只查保障/补贴标准;“${d.name}”是${KIND_ZH[d.kind]}指标(${d.unit}),请改用 MZ.VALUE(地区, 指标, 年份)`,
          );
        }
        return lookup('MZ.STANDARD', engine, region, item, year, breakdown, unit, true).value;
      });
    },

    value(region, indicator, year, breakdown, unit) {
      return guard('MZ.VALUE', (engine) => lookup('MZ.VALUE', engine, region, indicator, year, breakdown, unit, false).value);
    },

    series(region, indicator, breakdown) {
      return guard('MZ.SERIES', (engine) => {
        const r = engine.series(region, indicator, opt(breakdown));
        if (!r.ok) return failWith('MZ.SERIES', r);
        if (r.rows.length === 0) return fail('NA', `MZ.SERIES:没有该地区该指标的数据`);
        const out: Spill = [['年份', '期别', '数值', '单位']];
        for (const row of r.rows) out.push([row.year, row.period, row.value, row.unit]);
        return out;
      });
    },

    table(indicator, year, breakdown) {
      return guard('MZ.TABLE', (engine) => {
        const r = engine.table(indicator, year, opt(breakdown));
        if (!r.ok) return failWith('MZ.TABLE', r);
        if (r.rows.length === 0) return fail('NA', `MZ.TABLE:该年份没有任何地区有此指标的数据`);
        const out: Spill = [['地区', '期别', '数值', '单位']];
        for (const row of r.rows) out.push([row.region, row.period, row.value, row.unit]);
        return out;
      });
    },

    source(region, indicator, year, breakdown) {
      return guard('MZ.SOURCE', (engine) => {
        const r = lookup('MZ.SOURCE', engine, region, indicator, year, breakdown, undefined, false);
        const quote = r.record.quote.trim() || '(无原文句子)';
        const user = r.fromUser ? '(用户数据)' : '';
        // a figure of part of the year names its period: …——来源:001_….txt(2021年上半年)
        const sp = r.period !== '全年' ? spanOf(r.period) : null;
        const when = sp ? `(${periodText(r.record.year, sp, 'label')})` : '';
        return `${quote} ——来源:${r.record.source}${when}${user}`;
      });
    },

    unit(region, indicator, year, breakdown) {
      return guard('MZ.UNIT', (engine) => lookup('MZ.UNIT', engine, region, indicator, year, breakdown, undefined, false).unit);
    },

    regions(filter) {
      return guard('MZ.REGIONS', (engine) => {
        const list = listRegions(engine, filter);
        if (!list.ok) return failWith('MZ.REGIONS', list);
        if (!list.regions.length) return fail('NA', 'MZ.REGIONS:数据集中没有任何地区的数据;可用 MZ.REGIONS("全部") 列出全部地区');
        return regionRows(list.regions, yearsByRegion(engine));
      });
    },

    indicators(category) {
      return guard('MZ.INDICATORS', (engine) => {
        const all = engine.catalogue.indicators;
        const c = opt(category);
        let list = all;
        if (c !== undefined) {
          if (typeof c !== 'string') {
            return fail('VALUE', `MZ.INDICATORS:类别应为文本,如“社会救助”;收到 ${String(c)}`);
          }
          const key = c.replace(/[\s\u3000]+/g, '');
          const kinds = (Object.keys(KIND_ZH) as IndicatorKind[]).filter((k) => KIND_ZH[k] === key);
          list = kinds.length
            ? all.filter((i) => i.kind === kinds[0])
            : all.filter((i) => i.category === key || i.category.includes(key));
          if (list.length === 0) {
            const cats = [...new Set(all.map((i) => i.category))];
            return fail('NA', `MZ.INDICATORS:没有类别“${c.trim()}”。可用类别:${cats.join('、')};或按类型:标准、数量、金额、比率`);
          }
        }
        const counts = recordsByIndicator(engine);
        const out: Spill = [['指标', '类别', '类型', '单位', '分类', '记录数']];
        for (const i of list) {
          out.push([i.name, i.category, KIND_ZH[i.kind] ?? i.kind, i.unit, breakdownLabel(engine, i), counts.get(i.id) ?? 0]);
        }
        return out;
      });
    },
  };
}
