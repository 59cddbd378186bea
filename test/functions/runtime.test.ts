// The functions runtime: lazy engine over the bundled dataset, user-data hook, and the
// Excel-facing module functions.ts with a fake CustomFunctions global.
import type { DataRecord } from '../../src/core/types';

class FakeCfError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}
const associated: string[] = [];
(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = {
  associate: (id: string) => associated.push(id),
  Error: FakeCfError,
  ErrorCode: { notAvailable: '#N/A', invalidValue: '#VALUE!' },
};

// eslint-disable-next-line @typescript-eslint/no-require-imports
const runtime = require('../../src/functions/runtime') as typeof import('../../src/functions/runtime');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const fns = require('../../src/functions/functions') as typeof import('../../src/functions/functions');

async function thrown(f: () => Promise<unknown>): Promise<FakeCfError> {
  try {
    await f();
  } catch (e) {
    if (e instanceof FakeCfError) return e;
    throw new Error(`expected a CustomFunctions.Error, got ${String(e)}`);
  }
  throw new Error('expected an error');
}

const userRecord = (value: number): DataRecord => ({
  region: '济南',
  year: 2020,
  period: '全年',
  indicatorId: '',
  indicator: '城市低保',
  breakdown: '',
  value,
  unit: '元/月',
  qualifier: 'exact',
  source: '',
  offset: -1,
  quote: '',
});

afterEach(() => runtime.setUserRecords([]));

describe('runtime engine', () => {
  test('is built once and reused', () => {
    expect(runtime.getEngine()).toBe(runtime.getEngine());
    expect(runtime.getEngine().records.length).toBeGreaterThan(20);
  });

  test('setUserRecords: user values win, the functions say so, [] goes back to the bundled data', async () => {
    expect((await fns.standard('济南', '城市低保', 2020))).toBe(821);
    const r = runtime.setUserRecords([userRecord(900)], 'user:我的数据.csv');
    expect(r).toMatchObject({ added: 1, overridden: 1 });
    expect((await fns.standard('济南', '城市低保', 2020))).toBe(900);
    expect((await fns.source('济南', '城市低保', 2020))).toMatch(/——来源:user:我的数据\.csv\(用户数据\)$/);
    runtime.setUserRecords([]);
    expect((await fns.standard('济南', '城市低保', 2020))).toBe(821);
  });

  test('a user record with an unknown region is rejected, not added', () => {
    const bad = { ...userRecord(1), region: '火星' };
    expect(runtime.setUserRecords([bad])).toMatchObject({ added: 0, rejected: 1 });
  });
});

describe('functions.ts (Excel entry points)', () => {
  test('returns numbers, text and spills', async () => {
    expect((await fns.value('济南', '结婚登记', 2020))).toBe(50486);
    expect((await fns.unit('济南', '城市低保', 2020))).toBe('元/人·月');
    expect((await fns.series('济南', '城市低保'))[0]).toEqual(['年份', '期别', '数值', '单位']);
    expect((await fns.table('城市低保', 2020))[0]).toEqual(['地区', '期别', '数值', '单位']);
    expect((await fns.regions())[0][0]).toBe('地区');
    expect((await fns.indicators())[0][0]).toBe('指标');
  });

  test('throws CustomFunctions.Error with #N/A or #VALUE! and the Chinese message', async () => {
    const na = await thrown(() => fns.standard('济楠', '城市低保', 2020));
    expect(na.code).toBe('#N/A');
    expect(na.message).toMatch(/济南市/);
    const value = await thrown(() => fns.standard('济南', '结婚登记', 2020));
    expect(value.code).toBe('#VALUE!');
    expect(value.message).toMatch(/MZ\.VALUE/);
    expect((await thrown(() => fns.value('济南', '城市低保', '明年'))).code).toBe('#VALUE!');
  });

  test('registers nothing itself (the metadata plugin appends the associate calls)', () => {
    expect(associated).toEqual([]);
  });
});
