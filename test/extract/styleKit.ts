// What the style tests share: the extractor run on a fixture for one region, the records as
// [indicator, breakdown, value, unit, period] and the candidates' reasons.
import { loadCatalogue } from '../../src/core/catalogue';
import { extractRecords } from '../../src/core/extract/extract';
import { DataRecord } from '../../src/core/types';

export const catalogue = loadCatalogue();

export function styleKit(region: string) {
  const run = (text: string, period = '全年', year = 2023) => extractRecords(text, { region, year, period, source: 't.txt', catalogue });
  type Result = ReturnType<typeof run>;
  return {
    run,
    facts: (rs: DataRecord[]) => rs.map((r) => [r.indicatorId, r.breakdown, r.value, r.unit, r.period]),
    /** every candidate as [value, reason] */
    reasons: (r: Result) => r.candidates.map((c) => [c.value, c.reason]),
    /** the reasons of the candidates holding v */
    reasonOf: (r: Result, v: number) => r.candidates.filter((c) => c.value === v).map((c) => c.reason),
  };
}
