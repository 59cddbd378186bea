// The functions' user records: read once from the workbook (with a timeout and a retry after a
// failure), replaced at once when the pane publishes new ones.
import { publishUserRecords, readCount, refreshUserData, resetUserDataState, setRecordsReader } from '../../src/functions/userData';
import { getEngine, setUserRecords } from '../../src/functions/runtime';
import { recordsFromValues } from '../../src/core/userData';
import type { DataRecord } from '../../src/core/types';

const rows = (value: number, year = 2021) => [
  ['region', 'year', 'indicator', 'breakdown', 'value', 'unit'],
  ['济南', year, '城市低保', '', value, '元/月'],
];
const records = (value: number, year = 2021): DataRecord[] => recordsFromValues(rows(value, year)).records;
const userValue = (year = 2021) => {
  const r = getEngine().value('济南', '城市低保', year);
  return r.ok ? r.value : null;
};

beforeEach(() => {
  resetUserDataState();
  setUserRecords([]);
});

describe('records read from the workbook', () => {
  test('the first call reads them; the user value answers a query the bundled data cannot', async () => {
    setRecordsReader(async () => records(850));
    expect(userValue()).toBeNull();
    await refreshUserData();
    expect(userValue()).toBe(850);
    expect(getEngine().value('济南', '城市低保', 2021)).toMatchObject({ fromUser: true });
    expect(userValue(2020)).toBe(821); // the bundled value is still there
    await refreshUserData();
    expect(readCount()).toBe(1); // read once
  });

  test('a read that never settles is cut off: the call answers from the bundled data, the next call reads again', async () => {
    let calls = 0;
    setRecordsReader(() => {
      calls++;
      return calls === 1 ? new Promise<DataRecord[]>(() => {}) : Promise.resolve(records(860));
    });
    const t0 = Date.now();
    await refreshUserData(50);
    expect(Date.now() - t0).toBeLessThan(2000);
    expect(userValue()).toBeNull();
    expect(userValue(2020)).toBe(821);
    await refreshUserData(50);
    expect(calls).toBe(2);
    expect(userValue()).toBe(860);
  });

  test('a failed read is retried on the next call', async () => {
    let calls = 0;
    setRecordsReader(async () => {
      calls++;
      if (calls === 1) throw new Error('GeneralException');
      return records(870);
    });
    await expect(refreshUserData(1000)).resolves.toBeUndefined();
    expect(userValue()).toBeNull();
    await refreshUserData(1000);
    expect(calls).toBe(2);
    expect(userValue()).toBe(870);
  });

  test('concurrent calls share one read', async () => {
    let calls = 0;
    setRecordsReader(async () => {
      calls++;
      await new Promise((r) => setTimeout(r, 20));
      return records(880);
    });
    await Promise.all([refreshUserData(), refreshUserData(), refreshUserData()]);
    expect(calls).toBe(1);
    expect(userValue()).toBe(880);
  });
});

describe('records published by the pane of the same workbook', () => {
  test('are seen by the very next call, however soon after the last read (no throttle)', async () => {
    setRecordsReader(async () => records(850));
    await refreshUserData();
    expect(userValue()).toBe(850);
    publishUserRecords(records(900));
    await refreshUserData();
    expect(userValue()).toBe(900);
    publishUserRecords(records(910));
    expect(userValue()).toBe(910);
    publishUserRecords([]);
    expect(userValue()).toBeNull();
    expect(readCount()).toBe(1);
  });

  test('a slow read that ends after a publish does not undo the published records', async () => {
    let finish: (r: DataRecord[]) => void = () => undefined;
    setRecordsReader(() => new Promise<DataRecord[]>((r) => (finish = r)));
    const pending = refreshUserData(5000);
    publishUserRecords(records(920));
    finish(records(111));
    await pending;
    await refreshUserData();
    expect(userValue()).toBe(920);
  });
});
