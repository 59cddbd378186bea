// The real CoreApi: fill engine, bindings, rule engine and extractor from src/core.
import { fillTables, sheetRef } from '../../core/fill';
import { fillForm, readPreviousForm } from '../../core/formFill';
import { loadForms } from '../../core/forms';
import { parsePeriodLabel } from '../../core/period';
import { loadTemplates } from '../../core/tables';
import { BINDINGS_SHEET, boundSheetNames, isBindingsV1, updateBindingsSheet, valuesFromSpecs } from '../../core/bindings';
import { checkWorkbook, acceptWarning, reportSheet, NOTES_SHEET } from '../../core/rules';
import { loadTownships } from '../../core/catalogue/townships';
import type { SheetSpec } from '../../core/workbook';
import type { CoreApi, FillOutput } from './model';
import { MergeError, fillMerged, planMerge } from '../../core/merge';
import { workbookReadFailure } from '../../adapters/readFailure';

export { BINDINGS_SHEET, NOTES_SHEET };

export function createCore(): CoreApi {
  const templates = loadTemplates();
  return {
    tables: () => templates.tables.map((t) => ({ id: t.id, name: t.sheet, title: t.title })),

    formVersions: (kind) =>
      loadForms()
        .filter((f) => f.form === kind)
        .map((f) => ({ id: f.id, years: `${f.validFrom}${f.validTo === f.validFrom ? '' : `–${f.validTo ?? ''}`}年` }))
        .reverse(),

    fill({ engine, regions, year, period, tables, form, previous }) {
      if (form) {
        const span = period ? parsePeriodLabel(period) : null;
        if (period && !span) throw new Error(`期别“${period}”无法识别`);
        const prev = previous ? readPreviousForm([previous], previous.name, regions.length === 1 ? regions[0] : undefined) : undefined;
        const f = fillForm({ engine, kind: form.kind, version: form.version, regions, year, period: span ?? undefined, previous: prev });
        return {
          sheets: f.sheets,
          bindings: f.bindings,
          tableSheets: f.sheets.map((s) => s.name),
          filledCells: f.summary.filled,
          missing: f.summary.blanks.map((b) => ({ sheet: b.sheet, cell: b.address, region: b.region, label: b.row, ...(b.reason !== '数据集中没有该数值' ? { reason: b.reason } : {}) })),
          notes: f.summary.notes,
        };
      }
      const r = fillTables({ templates, engine, regions, year, period, tables });
      const name = (id: string) => engine.catalogue.indicators.find((i) => i.id === id)?.name ?? id;
      return {
        sheets: r.sheets,
        bindings: r.bindings,
        tableSheets: r.sheets.filter((s) => !s.hidden).map((s) => s.name),
        filledCells: r.summary.filled,
        missing: r.summary.missing.map((m) => ({
          sheet: m.sheet,
          cell: m.address,
          region: m.region,
          label: name(m.indicator) + (m.breakdown ? `(${m.breakdown})` : ''),
          ...(m.reason ? { reason: m.reason } : {}),
        })),
        notes: r.summary.notes,
      };
    },

    rename(out, rename) {
      const map = new Map(out.sheets.map((s) => [s.name, rename(s.name)]));
      const fix = (f: string | null) => {
        if (!f) return f;
        let g = f;
        for (const [from, to] of map) g = g.split(sheetRef(from, '')).join(sheetRef(to, ''));
        return g;
      };
      const sheets: SheetSpec[] = out.sheets.map((s) => ({
        ...s,
        name: map.get(s.name)!,
        blocks: s.blocks.map((b) => ({ ...b, formulas: b.formulas?.map((row) => row.map(fix)) })),
      }));
      return {
        ...out,
        sheets,
        bindings: out.bindings.map((b) => ({ ...b, sheet: map.get(b.sheet) ?? b.sheet })),
        tableSheets: out.tableSheets.map((n) => map.get(n) ?? n),
        missing: out.missing.map((m) => ({ ...m, sheet: map.get(m.sheet) ?? m.sheet })),
      };
    },

    bindingsSheet(existing, out: FillOutput, sheetOf) {
      return updateBindingsSheet(existing, out.sheets.map((s) => s.name), out.bindings, valuesFromSpecs(out.sheets), sheetOf);
    },

    bindingsLabelSheets: (existing) => (isBindingsV1(existing) ? boundSheetNames(existing) : []),

    check: (snapshots, engine) => checkWorkbook(snapshots, { engine }),

    acceptSheet: (notes, finding, note) => {
      const c = finding.cells[0];
      if (!c) throw new Error('此提示没有单元格,无法接受。');
      return acceptWarning(notes ?? null, { ruleId: finding.ruleId, sheet: c.sheet, address: c.address, note });
    },

    reportSheet: (result) => reportSheet(result),

    async merge({ engine, books, target, partial }) {
      // the reader is only needed here: a separate chunk
      const { readXlsxSheets } = await import(/* webpackChunkName: "xlsx-reader" */ '../../adapters/xlsxReader');
      const read = [];
      for (const b of books) {
        try {
          read.push({ file: b.file, sheets: await readXlsxSheets(b.bytes) });
        } catch (e) {
          throw new Error(workbookReadFailure(b.file, e));
        }
      }
      let plan;
      try {
        plan = planMerge(read, { catalogue: engine.catalogue, target, partial });
      } catch (e) {
        if (e instanceof MergeError) throw new Error(`不能汇总:${e.message}`);
        throw e;
      }
      const r = fillMerged(plan, engine.catalogue, templates);
      const name = (id: string) => engine.catalogue.indicators.find((i) => i.id === id)?.name ?? id;
      const sheets = [...r.sheets, r.provenance];
      return {
        sheets,
        bindings: r.bindings,
        tableSheets: sheets.filter((s) => !s.hidden).map((s) => s.name),
        filledCells: r.summary.filled,
        missing: [],
        notes: plan.notes,
        target: plan.target.name,
        children: plan.children.map((c) => c.region),
        aggregated: plan.provenance.filter((p) => p.value !== null).length,
        blank: plan.provenance.filter((p) => p.value === null).map((p) => ({ label: name(p.indicatorId) + (p.breakdown ? `(${p.breakdown})` : ''), reason: p.blank ?? '' })),
      };
    },

    async extract(text, engine, source, year) {
      // the extractor and the 乡镇街道 hints are separate chunks, fetched the first time the pane extracts
      const [{ extractRecords, inferContext }, townships] = await Promise.all([import(/* webpackChunkName: "extract" */ '../../core/extract'), loadTownships()]);
      const ctx = inferContext(text, engine.catalogue, townships);
      const y = year ?? ctx.year?.value;
      const r = extractRecords(text, {
        region: ctx.region?.name,
        year: y,
        period: ctx.period?.value,
        periodInferred: true,
        source,
        catalogue: engine.catalogue,
        townships,
      });
      return { records: r.records, candidates: r.candidates, region: ctx.region?.name, year: y, notes: [...r.notes, ...ctx.unresolved.filter((u) => u !== '年份' || y === undefined)] };
    },
  };
}
