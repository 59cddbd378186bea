export { extractRecords } from './extract';
export type { Candidate, CandidateReason, ExtractContext, ExtractResult } from './extract';
export { inferContext } from './context';
export type { InferredContext } from './context';
export { splitSentences } from './sentences';
export { scanTokens, parseArabic } from './numbers';
