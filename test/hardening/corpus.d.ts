// Types of corpus.js (plain Node, shared with bench/hostile.bench.js).
export interface CorpusEntry {
  name: string;
  /** 'refused': mz check exits 2 with a Chinese message matching `problem`; 'read': the workbook is legal and is checked */
  expect: 'refused' | 'read';
  problem?: RegExp;
  build(): Buffer;
}
export const CORPUS: CorpusEntry[];
export function buildCorpus(dir: string, names?: string[]): (CorpusEntry & { file: string; bytes: number })[];
export function zip(entries: ({ name: string; data: Buffer } | { name: string; raw: Buffer; size: number; crc?: number })[]): Buffer;
export function xlsx(spec: { sheets: ({ name: string; xml: string | Buffer } | { name: string; raw: Buffer; size: number })[]; styles?: string; sst?: string; hidden?: string[] }): Buffer;
export function sheetXml(body: string, after?: string): string;
export function repeatedDeflate(head: Buffer, chunk: Buffer, times: number, tail: Buffer): { raw: Buffer; size: number };
