// Builds the committed dataset from seeds/ (the only file-system code of the extractor).
import * as fs from 'fs';
import * as path from 'path';
import Papa from 'papaparse';
import { loadCatalogue } from '../catalogue';
import { escapeCell, formatDatasetCsv } from '../datasetCsv';
import { canonicalPeriod } from '../period';
import { Catalogue, DataRecord } from '../types';
import { Candidate, extractRecords } from './extract';

export interface ManifestEntry {
  file: string;
  region: string;
  year: number;
  period: string;
  [k: string]: unknown;
}

export interface BuildReport {
  files: { file: string; records: number; candidates: number; notes: string[] }[];
  records: number;
  standards: number;
  candidates: number;
}

export interface BuildResult {
  records: DataRecord[];
  candidates: Candidate[];
  report: BuildReport;
}

export const CANDIDATE_COLUMNS = [
  'region',
  'year',
  'period',
  'raw',
  'value',
  'unit',
  'qualifier',
  'reason',
  'message',
  'indicator_id',
  'source',
  'offset',
  'value_offset',
  'quote',
] as const;

export function readManifest(seedsDir: string): ManifestEntry[] {
  const file = path.join(seedsDir, 'manifest.json');
  let json: { reports?: ManifestEntry[] };
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`无法读取清单 ${file}:${(e as Error).message}`);
  }
  if (!json || !Array.isArray(json.reports)) throw new Error(`清单 ${file} 缺少 reports 数组`);
  json.reports.forEach((r, i) => {
    if (!r.file || !r.region || !Number.isInteger(r.year) || !r.period) {
      throw new Error(`清单 ${file} 第 ${i + 1} 项缺少 file/region/year/period`);
    }
    if (canonicalPeriod(r.period) !== r.period) {
      throw new Error(`清单 ${file} 第 ${i + 1} 项的期别“${r.period}”不是规范写法(应为 ${canonicalPeriod(r.period) ?? '全年、上半年、下半年、Q1…Q4、1-9月、9月 等'})`);
    }
  });
  return json.reports;
}

/** Extracts every report listed in seeds/manifest.json; writes nothing. */
export function buildDataset(seedsDir: string, catalogue: Catalogue = loadCatalogue()): BuildResult {
  const entries = readManifest(seedsDir);
  const records: DataRecord[] = [];
  const candidates: Candidate[] = [];
  const report: BuildReport = { files: [], records: 0, standards: 0, candidates: 0 };
  for (const e of entries) {
    const p = path.join(seedsDir, e.file);
    if (!fs.existsSync(p)) throw new Error(`清单中的报告文件不存在:${p}`);
    const text = fs.readFileSync(p, 'utf8').replace(/^\uFEFF/, '');
    const r = extractRecords(text, { region: e.region, year: e.year, period: e.period, source: e.file, catalogue });
    records.push(...r.records);
    candidates.push(...r.candidates);
    report.files.push({ file: e.file, records: r.records.length, candidates: r.candidates.length, notes: r.notes });
  }
  const kinds = new Map(catalogue.indicators.map((i) => [i.id, i.kind]));
  report.records = records.length;
  report.standards = records.filter((r) => kinds.get(r.indicatorId) === 'standard').length;
  report.candidates = candidates.length;
  return { records, candidates, report };
}

export function formatCandidatesCsv(cands: Candidate[]): string {
  const rows = cands.map((c) => [
    c.region,
    String(c.year),
    c.period,
    c.raw,
    c.value === null ? '' : String(c.value),
    c.unit,
    c.qualifier,
    c.reason,
    c.message,
    c.indicatorId,
    c.source,
    String(c.offset),
    String(c.valueOffset),
    c.quote,
  ]);
  // the same formula-injection guard as every CSV MZ writes
  const safe = rows.map((r) => r.map((c) => escapeCell(c, true)));
  return Papa.unparse({ fields: [...CANDIDATE_COLUMNS], data: safe }, { newline: '\n', quotes: false }) + '\n';
}

/** The dataset and candidates CSV texts for a project root (deterministic). */
export function datasetFiles(rootDir: string): { dataset: string; candidates: string; result: BuildResult } {
  const result = buildDataset(path.join(rootDir, 'seeds'));
  return { dataset: formatDatasetCsv(result.records), candidates: formatCandidatesCsv(result.candidates), result };
}

/** Writes data/dataset.csv and data/candidates.csv under `rootDir`. */
export function writeDataset(rootDir: string): BuildResult & { files: string[] } {
  const { dataset, candidates, result } = datasetFiles(rootDir);
  const dir = path.join(rootDir, 'data');
  fs.mkdirSync(dir, { recursive: true });
  const a = path.join(dir, 'dataset.csv');
  const b = path.join(dir, 'candidates.csv');
  fs.writeFileSync(a, dataset, 'utf8');
  fs.writeFileSync(b, candidates, 'utf8');
  return { ...result, files: [a, b] };
}
