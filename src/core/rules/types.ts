// Rule engine data types. Pure.

export type Severity = 'error' | 'warning';
export type Scope = '表内' | '表间' | '与数据源' | '政策';

/** A parameter: a number, or per-province values with a default. */
export type ParamValue = number | { default: number; [province: string]: number };

export interface Tolerance {
  /** 'precision' (default): half a unit of the last stated digit of every operand */
  mode?: 'precision' | 'exact';
  /** extra absolute tolerance in the unit of the left side */
  abs?: number;
  /** extra relative tolerance (0.01 = 1%) of the larger side */
  rel?: number;
}

export interface Rule {
  id: string;
  name: string; // zh
  /** 强制性 → error; 核实性 → warning (can be accepted with a written 说明) */
  severity: Severity;
  scope: Scope;
  /** expression in the rule notation (see notation.ts); or a builtin check */
  expr?: string;
  builtin?: string;
  params?: Record<string, ParamValue | string | string[]>;
  tolerance?: Tolerance;
  /** zh message; {param} placeholders are replaced with the parameter's value */
  message: string;
  /** for cell-reference rules: the sheet unqualified cells refer to */
  sheet?: string;
  /** short Chinese names for params in messages, e.g. { "k": "系数" } */
  paramNames?: Record<string, string>;
}

export interface CellRef {
  sheet: string;
  address: string;
  label?: string; // indicator name (+ breakdown) or the address
  value?: number | string | null;
  unit?: string;
}

export interface Finding {
  ruleId: string;
  ruleName: string;
  severity: Severity;
  scope: Scope;
  message: string;
  expected?: string;
  actual?: string;
  /** every operand, the first is where the finding is shown */
  cells: CellRef[];
  region?: string;
  year?: number;
  /** set when a warning was accepted with a 说明 */
  accepted?: { note: string; at?: string };
}

export interface Skipped {
  ruleId: string;
  ruleName: string;
  reason: string;
  count: number;
}

export interface Passed {
  ruleId: string;
  count: number;
}

export interface CheckResult {
  findings: Finding[];
  skipped: Skipped[];
  passed: Passed[];
  /** the workbook has no bindings: it was not filled by MZ (only rules needing no bindings ran) */
  noBindings: boolean;
  /** rules that could not be used (syntax errors in a user's rule file) */
  ruleErrors: { ruleId: string; message: string }[];
}

export interface Acceptance {
  ruleId: string;
  sheet: string;
  address: string;
  note: string;
  at?: string;
}
