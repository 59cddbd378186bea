import { refreshUserData, resetUserDataState } from '../../src/functions/userData';
import { getEngine, setUserRecords } from '../../src/functions/runtime';
import { STORAGE_KEY, STORAGE_REV_KEY, KeyValueStorage } from '../../src/core/userStorage';

class MemoryStorage implements KeyValueStorage {
  reads = 0;
  constructor(public map = new Map<string, string>()) {}
  async getItem(k: string) {
    this.reads++;
    return this.map.get(k) ?? null;
  }
  async setItem(k: string, v: string) {
    this.map.set(k, v);
  }
}

const userCsv = 'region,year,indicator,breakdown,value,unit\n济南,2021,城市低保,,850,元/月\n';

describe('user records from OfficeRuntime.storage reach the functions engine', () => {
  beforeEach(() => {
    resetUserDataState();
    setUserRecords([]);
  });

  test('a new revision loads the records; the user value answers a query the bundled data cannot', async () => {
    const st = new MemoryStorage(new Map([[STORAGE_KEY, userCsv], [STORAGE_REV_KEY, '2026-11-23T10:00:00Z']]));
    expect(getEngine().value('济南', '城市低保', 2021).ok).toBe(false);
    await refreshUserData(st, 10_000);
    const r = getEngine().value('济南', '城市低保', 2021);
    expect(r.ok && r.value).toBe(850);
    expect(r.ok && r.fromUser).toBe(true);
    // the bundled 2020 value is still there
    const b = getEngine().value('济南', '城市低保', 2020);
    expect(b.ok && b.value).toBe(821);
  });

  test('checks are throttled and an unchanged revision is not re-read', async () => {
    const st = new MemoryStorage(new Map([[STORAGE_KEY, userCsv], [STORAGE_REV_KEY, 'r1']]));
    await refreshUserData(st, 10_000);
    const afterFirst = st.reads; // rev + data
    expect(afterFirst).toBe(2);
    await refreshUserData(st, Date.now()); // within the interval: no read at all
    expect(st.reads).toBe(afterFirst);
    await refreshUserData(st, Date.now() + 5_000); // later, same rev: only the rev is read
    expect(st.reads).toBe(afterFirst + 1);
  });

  test('clearing the stored records goes back to the bundled dataset', async () => {
    const st = new MemoryStorage(new Map([[STORAGE_KEY, userCsv], [STORAGE_REV_KEY, 'r1']]));
    await refreshUserData(st, 10_000);
    await st.setItem(STORAGE_KEY, '');
    await st.setItem(STORAGE_REV_KEY, 'r2');
    await refreshUserData(st, Date.now() + 5_000);
    expect(getEngine().value('济南', '城市低保', 2021).ok).toBe(false);
  });

  test('a failing storage leaves the bundled data answering', async () => {
    const broken: KeyValueStorage = {
      getItem: () => Promise.reject(new Error('storage unavailable')),
      setItem: () => Promise.reject(new Error('storage unavailable')),
    };
    await expect(refreshUserData(broken, 10_000)).resolves.toBeUndefined();
    const b = getEngine().value('济南', '城市低保', 2020);
    expect(b.ok && b.value).toBe(821);
  });
});
