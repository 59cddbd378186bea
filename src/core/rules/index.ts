// Public API of the audit rule engine.
export { checkWorkbook, defaultRules, validateRules, BINDINGS_SHEET } from './check';
export type { CheckOptions, CheckSettings } from './check';
export { parseRule, tokenize, RuleSyntaxError, FUNCTION_NAMES } from './notation';
export type { Node } from './notation';
export { acceptWarning, readAcceptances, notesSheet, NOTES_SHEET } from './notes';
export { formatText, toJson, reportSheet, counts, sortFindings, REPORT_SHEET } from './report';
export { halfUnit, decimalsOf } from './precision';
export type { Rule, Finding, Skipped, Passed, CheckResult, Acceptance, Severity, Scope, Tolerance } from './types';
