// The pane inside Excel: one page (shared runtime, one per open workbook) hosts the pane and this
// workbook's custom functions, so the pane hands its user records to the functions directly and
// then asks Excel to recalculate.
import type { DataRecord } from '../../core/types';
import type { ModelOptions } from './model';

export interface FunctionsHooks {
  publishUserRecords(records: DataRecord[]): void;
}

type Run = <T>(batch: (ctx: Excel.RequestContext) => Promise<T>) => Promise<T>;

export function excelHooks(run: Run, fns: FunctionsHooks | null): Pick<ModelOptions, 'publishUserRecords' | 'recalculate'> {
  return {
    publishUserRecords: fns ? (records) => fns.publishUserRecords(records) : undefined,
    recalculate: () =>
      run(async (ctx) => {
        ctx.workbook.application.calculate('Full' as Excel.CalculationType);
        await ctx.sync();
      }),
  };
}

/**
 * Registers the custom functions when the page runs in a runtime that has them (office.js defines
 * CustomFunctions in the shared runtime); null elsewhere (standalone page, older hosts).
 */
export async function registerFunctions(win: Window = window): Promise<FunctionsHooks | null> {
  const g = win as unknown as { CustomFunctions?: { associate?: unknown } };
  if (typeof g.CustomFunctions?.associate !== 'function') return null;
  return import(/* webpackChunkName: "mz-functions" */ '../../functions/functions');
}
