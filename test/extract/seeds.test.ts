import * as fs from 'fs';
import Papa from 'papaparse';
import * as os from 'os';
import * as path from 'path';
import { loadCatalogue } from '../../src/core/catalogue';
import { buildDataset, datasetFiles, readManifest } from '../../src/core/extract/build';
import { inferContext } from '../../src/core/extract/context';
import { canonicalPeriod } from '../../src/core/period';
import { loadTownships } from '../../src/core/catalogue/townships';
import { KNOWN_MISSES, MUST_NOT, SEED_FACTS } from './seedFacts';

const ROOT = path.join(__dirname, '..', '..');
const SEEDS = path.join(ROOT, 'seeds');
const built = buildDataset(SEEDS);
const recs = built.records;
const cat = loadCatalogue();
const manifest = JSON.parse(fs.readFileSync(path.join(SEEDS, 'manifest.json'), 'utf8')).reports as {
  file: string;
  region: string;
  year: number;
  period: string;
}[];
const fileOf = (prefix: string) => manifest.find((m) => m.file.startsWith(prefix))!;

describe('seed facts (expected values written from reading the reports)', () => {
  test.each(SEED_FACTS.map((f) => [f.slice(0, 4).join(' '), f]))('%s', (_name, f) => {
    const [prefix, id, bd, value, unit, qual] = f as (string | number)[];
    const m = fileOf(prefix as string);
    const hit = recs.filter((r) => r.source === m.file && r.indicatorId === id && r.breakdown === bd);
    expect(hit).toHaveLength(1);
    expect(hit[0]).toMatchObject({ value, unit, qualifier: qual, region: m.region, year: m.year, period: m.period });
    expect(hit[0].indicator).toBe(cat.indicators.find((i) => i.id === id)!.name);
  });

  test('the dataset holds exactly the expected facts (nothing unexpected)', () => {
    const key = (p: string, id: string, bd: string) => `${p}|${id}|${bd}`;
    const expected = new Set(SEED_FACTS.map((f) => key(f[0], f[1], f[2])));
    const got = recs.map((r) => key(r.source.slice(0, 3), r.indicatorId, r.breakdown));
    expect(got.filter((k) => !expected.has(k))).toEqual([]);
    expect(recs).toHaveLength(SEED_FACTS.length);
  });

  test('every standard of the seeds is present (36)', () => {
    const std = new Set(cat.indicators.filter((i) => i.kind === 'standard').map((i) => i.id));
    expect(recs.filter((r) => std.has(r.indicatorId))).toHaveLength(36);
    expect(SEED_FACTS.filter((f) => std.has(f[1]))).toHaveLength(36);
  });

  test('values that are not this period’s facts never become records', () => {
    for (const [prefix, id, v] of MUST_NOT) {
      const m = fileOf(prefix);
      const bad = recs.filter((r) => r.source === m.file && (id === '*' || r.indicatorId === id) && r.value === v);
      expect(bad).toEqual([]);
    }
  });

  test('由A提高到B never yields A; the old values are not even candidates', () => {
    const m = fileOf('003');
    expect(recs.some((r) => r.source === m.file && r.value === 45.8)).toBe(false);
    expect(built.candidates.some((c) => c.source === m.file && c.value === 45.8)).toBe(false);
    expect(built.candidates.some((c) => c.source === m.file && c.value === 68.3)).toBe(true);
  });

  test('known misses stay reported as candidates, not as wrong records', () => {
    for (const [prefix, , , value] of KNOWN_MISSES) {
      const m = fileOf(prefix);
      expect(built.candidates.some((c) => c.source === m.file && c.value === value)).toBe(true);
    }
  });

  test('every record quotes its sentence verbatim at its offset', () => {
    const texts = new Map(manifest.map((m) => [m.file, fs.readFileSync(path.join(SEEDS, m.file), 'utf8')]));
    for (const r of recs) {
      const t = texts.get(r.source)!;
      expect(t.slice(r.offset, r.offset + r.quote.length)).toBe(r.quote);
      expect(r.quote.length).toBeGreaterThan(0);
    }
    for (const c of built.candidates) {
      const t = texts.get(c.source)!;
      expect(t.slice(c.offset, c.offset + c.quote.length)).toBe(c.quote);
      expect(t.slice(c.valueOffset, c.valueOffset + c.raw.length)).toBe(c.raw);
    }
  });

  test('candidates carry a reason and the 2020 figure in the 2021 report is flagged other_year', () => {
    const m = fileOf('001');
    const c = built.candidates.find((x) => x.source === m.file && x.value === 150);
    expect(c).toMatchObject({ reason: 'other_year', qualifier: '余', unit: '万元' });
    expect(built.candidates.every((x) => x.reason && x.message)).toBe(true);
  });

  test('report counts match', () => {
    expect(built.report.records).toBe(recs.length);
    expect(built.report.standards).toBe(36);
    expect(built.report.candidates).toBe(built.candidates.length);
  });
});

describe('committed data files', () => {
  test('data/dataset.csv and data/candidates.csv equal a fresh extraction, byte for byte', () => {
    const fresh = datasetFiles(ROOT);
    expect(fs.readFileSync(path.join(ROOT, 'data', 'dataset.csv'), 'utf8')).toBe(fresh.dataset);
    expect(fs.readFileSync(path.join(ROOT, 'data', 'candidates.csv'), 'utf8')).toBe(fresh.candidates);
  });

  test('no cell of data/candidates.csv or data/dataset.csv starts a formula (= + @, or - not a number)', () => {
    for (const f of ['candidates.csv', 'dataset.csv']) {
      const rows = Papa.parse<string[]>(fs.readFileSync(path.join(ROOT, 'data', f), 'utf8'), { skipEmptyLines: true }).data;
      expect(rows.length).toBeGreaterThan(10);
      const bad = rows.flat().filter((c) => /^[=+@\t\r]/.test(c) || (/^-/.test(c) && !/^-\d+(\.\d+)?$/.test(c)));
      expect([f, bad]).toEqual([f, []]);
    }
  });
});

describe('inferContext on the seeds', () => {
  let towns: readonly string[];
  beforeAll(async () => {
    towns = await loadTownships();
  });
  const cases: [string, string, number, string][] = [
    ['000', '济南市', 2020, '全年'],
    ['001', '河口区', 2021, '上半年'],
    ['002', '章丘区', 2020, '全年'],
    ['003', '重庆市', 2021, '全年'],
    ['004', '淄博市', 2020, '全年'],
  ];
  test.each(cases)('%s → %s %d %s', (prefix, region, year, period) => {
    const m = fileOf(prefix);
    const ctx = inferContext(fs.readFileSync(path.join(SEEDS, m.file), 'utf8'), cat, towns);
    expect(ctx.region?.name).toBe(region);
    expect(ctx.year?.value).toBe(year);
    expect(ctx.period?.value).toBe(period);
    expect(ctx.unresolved).toEqual([]);
    expect(m.region).toBe(region);
  });

  test('001 is placed by its place names, not by its neighbours', () => {
    const m = fileOf('001');
    const ctx = inferContext(fs.readFileSync(path.join(SEEDS, m.file), 'utf8'), cat, towns);
    expect(ctx.region!.basis).toMatch(/孤岛镇/);
    expect(ctx.region!.basis).toMatch(/六合街道/);
    expect(ctx.year!.basis).toMatch(/2021年/);
  });

  test('001 without the township hints is not guessed from ordinary words (乡村振兴 is not 振兴区)', () => {
    const ctx = inferContext(fs.readFileSync(path.join(SEEDS, fileOf('001').file), 'utf8'), cat);
    expect(ctx.region).toBeUndefined();
    expect(ctx.unresolved).toContain('地区');
  });
});

describe('manifest periods', () => {
  test('every seed period is a canonical label', () => {
    for (const m of manifest) expect(canonicalPeriod(m.period)).toBe(m.period);
    expect(manifest.map((m) => m.period)).toEqual(['全年', '上半年', '全年', '全年', '全年']);
  });
  test('a spelling other than the canonical label is refused, naming it', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mz-manifest-'));
    fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ reports: [{ file: 'a.txt', region: '济南市', year: 2022, period: '前三季度' }] }));
    expect(() => readManifest(dir)).toThrow('第 1 项的期别“前三季度”不是规范写法(应为 1-9月)');
  });
});
