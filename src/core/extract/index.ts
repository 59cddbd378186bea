export { datedByTable, extractRecords, readableText } from './extract';
export type { Candidate, CandidateReason, ExtractContext, ExtractResult } from './extract';
export { inferContext } from './context';
export type { InferredContext } from './context';
export { splitSentences } from './sentences';
export { scanTokens, parseArabic } from './numbers';
export { findTables } from './table';
export type { TableRegion, TableRow, Column, ColumnRole } from './table';
export type { CodeIndex, CodeHit } from './tableMap';
