// The task pane's state and actions, independent of React and of the host (Excel or standalone).
// All logic lives in core; this only wires core to a WorkbookAdapter.
import { MzEngine } from '../../core/engine';
import { DataRecord } from '../../core/types';
import { CsvProblem, escapeCell, formatDatasetCsv, parseDatasetCsv } from '../../core/datasetCsv';
import { Binding, CellMark, SheetExistsError, SheetSnapshot, SheetSpec, WorkbookAdapter } from '../../core/workbook';
import type { CheckResult, Finding } from '../../core/rules/types';
import { decodeBytes } from './decode';
import { canonicalPeriod, comparePeriods, parsePeriodLabel } from '../../core/period';
import { USER_DATA_SHEET, recordsFromSnapshot, userDataSheet } from './userData';
import type { Candidate } from '../../core/extract/candidates';
import { AdoptResult, Adoption, adoptFigure } from '../../core/extract/adopt';

export type { CheckResult, Finding };

export interface TableInfo {
  id: string;
  name: string; // sheet name
  title?: string;
}

export interface MissingItem {
  sheet: string;
  label: string;
  region?: string;
  cell?: string;
  /** why the cell stays blank (the dataset has the figure for other periods only) */
  reason?: string;
}

export interface FillOutput {
  sheets: SheetSpec[];
  bindings: Binding[];
  /** names of the visible table sheets */
  tableSheets: string[];
  filledCells: number;
  missing: MissingItem[];
  notes?: string[];
}

/** What the UI needs from core (fill engine, rule engine, extractor): injectable for tests. */
export interface CoreApi {
  tables(): TableInfo[];
  /** period: canonical label of the report period (全年 when omitted) */
  /** form: the official 季报/月报 instead of the tables (previous: a sheet holding the previous submission) */
  fill(args: { engine: MzEngine; regions: string[]; year: number; period?: string; tables: string[]; form?: FormRequest; previous?: SheetSnapshot }): FillOutput;
  /** the official form versions of a kind (id and years), newest first */
  formVersions?(kind: 'quarterly' | 'monthly'): { id: string; years: string }[];
  /** renames the produced sheets (e.g. "汇总" → "汇总(2)"), keeping formulas and bindings consistent */
  rename(out: FillOutput, rename: (name: string) => string): FillOutput;
  /**
   * the bindings sheet to write (format 2): the entries of the sheets not written kept as they are, the
   * fresh ones added; `sheetOf` gives the workbook's sheets, for the row labels of format-1 entries
   */
  bindingsSheet(existing: SheetSnapshot | undefined, out: FillOutput, sheetOf?: (name: string) => SheetSnapshot | undefined): SheetSpec;
  /** the sheets whose labels bindingsSheet needs read (those of format-1 entries); [] for format 2 */
  bindingsLabelSheets?(existing: SheetSnapshot | undefined): string[];
  check(snapshots: SheetSnapshot[], engine: MzEngine): CheckResult;
  /** the whole notes sheet to write (mode 'replace') after accepting a warning with a 说明 */
  acceptSheet(notes: SheetSnapshot | undefined, finding: Finding, note: string): SheetSpec;
  reportSheet(result: CheckResult): SheetSpec;
  /**
   * 汇总: lower-level workbooks (bytes) aggregated into the target region's tables; throws with a Chinese
   * message when they cannot be merged (different periods, duplicate or foreign regions …)
   */
  merge(args: { engine: MzEngine; books: { file: string; bytes: Uint8Array }[]; target: string; partial: boolean }): Promise<MergeOutput>;
  /** may load the 乡镇街道 hints on first use (a separate chunk), hence possibly a promise */
  /** `year`: the user's year for a text that names none (overrides the inferred one) */
  extract(text: string, engine: MzEngine, sourceName: string, year?: number): ExtractOutput | Promise<ExtractOutput>;
}

export interface MergeOutput extends FillOutput {
  target: string;
  children: string[];
  /** aggregated figures, and those left blank with the reason */
  aggregated: number;
  blank: { label: string; reason: string }[];
}

export interface ExtractOutput {
  records: DataRecord[];
  /** numbers that did not become records, with the reason: the user may adopt them */
  candidates?: Candidate[];
  region?: string;
  year?: number;
  notes?: string[];
}

export const BINDINGS_SHEET = '_MZ_BINDINGS';
export const NOTES_SHEET = '_MZ_NOTES';

/** An adapter that can return sheet names with some snapshots in one round trip (ExcelWorkbook). */
interface NamesReader {
  readSheetsWithNames(names: string[]): Promise<{ names: string[]; snapshots: SheetSnapshot[] }>;
}

/** Sheet names plus the snapshots of the named sheets that exist (one sync in Excel). */
export async function readWithNames(adapter: WorkbookAdapter, names: string[]): Promise<{ names: string[]; snapshots: SheetSnapshot[] }> {
  const r = adapter as WorkbookAdapter & Partial<NamesReader>;
  if (typeof r.readSheetsWithNames === 'function') return r.readSheetsWithNames(names);
  const all = await adapter.sheetNames();
  const present = names.filter((n) => all.includes(n));
  return { names: all, snapshots: present.length ? await adapter.readSheets(present) : [] };
}

export interface ImportPreview {
  fileName: string;
  encoding: string;
  records: DataRecord[];
  problems: CsvProblem[];
}

export type FillMode = 'fail-if-exists' | 'replace' | 'beside';

/** The official form to fill: kind, optional version id, optional sheet of this workbook with the previous submission. */
export interface FormRequest {
  kind: 'quarterly' | 'monthly';
  version?: string;
  previousSheet?: string;
}

export interface FillResult {
  sheets: string[];
  filledCells: number;
  missing: MissingItem[];
  replaced: string[];
  notes: string[];
}

export interface ModelOptions {
  host: 'excel' | 'standalone';
  core: CoreApi;
  bundledCsv: string;
  adapter?: WorkbookAdapter | null;
  /** Excel: hands this workbook's user records to its custom functions (same runtime) */
  publishUserRecords?: (records: DataRecord[]) => void;
  /** Excel: writes a formula into the selected cell, returns its address */
  insertFormula?: (formula: string) => Promise<string>;
  /** Excel: full recalculation after user data changed, so MZ formulas show the new values */
  recalculate?: () => Promise<void>;
}

export type Listener = () => void;

export class AppModel {
  readonly host: 'excel' | 'standalone';
  readonly core: CoreApi;
  adapter: WorkbookAdapter | null;
  engine: MzEngine;
  userRecords: DataRecord[] = [];
  /** standalone: name of the loaded workbook */
  workbookName = '';
  lastCheck: CheckResult | null = null;
  /** the snapshots the last check read (standalone grid preview) */
  lastSnapshots: SheetSnapshot[] = [];
  /** current highlight/selection (standalone preview) */
  selection: { sheet: string; address: string } | null = null;
  marks: CellMark[] = [];
  version = 0;
  private readonly bundledCsv: string;
  private readonly publishUserRecords?: (records: DataRecord[]) => void;
  private readonly listeners = new Set<Listener>();
  readonly insertFormula?: (formula: string) => Promise<string>;
  private readonly recalculate?: () => Promise<void>;

  constructor(opts: ModelOptions) {
    this.host = opts.host;
    this.core = opts.core;
    this.adapter = opts.adapter ?? null;
    this.bundledCsv = opts.bundledCsv;
    this.publishUserRecords = opts.publishUserRecords;
    this.insertFormula = opts.insertFormula;
    this.recalculate = opts.recalculate;
    this.engine = MzEngine.fromCsv(opts.bundledCsv);
  }

  subscribe(l: Listener): () => void {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  }

  changed(): void {
    this.version++;
    for (const l of this.listeners) l();
  }

  requireAdapter(): WorkbookAdapter {
    if (!this.adapter) throw new Error('尚未打开工作簿:请先上传 .xlsx 文件或新建工作簿。');
    return this.adapter;
  }

  /** Switches workbook (standalone upload / new) and loads its user records. */
  async setWorkbook(adapter: WorkbookAdapter, name: string): Promise<void> {
    this.adapter = adapter;
    this.workbookName = name;
    this.lastCheck = null;
    this.selection = null;
    this.marks = [];
    await this.loadUserData();
    this.changed();
  }

  private rebuildEngine(): void {
    const e = MzEngine.fromCsv(this.bundledCsv);
    if (this.userRecords.length) e.addRecords(this.userRecords, 'user:workbook');
    this.engine = e;
  }

  /** Reads the workbook's hidden user-data sheet into the engine (and hands it to the functions). */
  async loadUserData(): Promise<{ records: number; problems: CsvProblem[] }> {
    const adapter = this.adapter;
    if (!adapter) return { records: 0, problems: [] };
    const names = await adapter.sheetNames();
    if (!names.includes(USER_DATA_SHEET)) {
      this.userRecords = [];
      this.rebuildEngine();
      this.publish();
      return { records: 0, problems: [] };
    }
    const [snap] = await adapter.readSheets([USER_DATA_SHEET]);
    const { records, problems } = recordsFromSnapshot(snap);
    this.userRecords = records;
    this.rebuildEngine();
    this.publish();
    this.changed();
    return { records: records.length, problems };
  }

  private publish(): void {
    this.publishUserRecords?.(this.userRecords);
  }

  // ---- 填表 ----

  regions(): string[] {
    return this.engine.regionsWithData();
  }

  /** Years with any data for the given regions (newest first). */
  years(regions: string[]): number[] {
    const set = new Set<number>();
    const want = new Set(regions);
    for (const r of this.engine.records) if (want.size === 0 || want.has(r.region)) set.add(r.year);
    return [...set].sort((a, b) => b - a);
  }

  /**
   * Periods with data for the given regions in a year, with their record counts, ordered (全年 last
   * among those ending in December). The labels are canonical (上半年, Q3, 1-9月 …).
   */
  periods(regions: string[], year: number): { label: string; count: number }[] {
    const want = new Set(regions);
    const counts = new Map<string, number>();
    for (const r of this.engine.records) {
      if (r.year !== year || (want.size && !want.has(r.region))) continue;
      counts.set(r.period, (counts.get(r.period) ?? 0) + 1);
    }
    return [...counts]
      .map(([label, count]) => ({ label, count }))
      .sort((a, b) => comparePeriods(parsePeriodLabel(a.label)!, parsePeriodLabel(b.label)!));
  }

  /**
   * Fills the tables. 'fail-if-exists' throws SheetExistsError (nothing written) when a table
   * sheet exists; 'replace' overwrites those sheets; 'beside' writes renamed copies "表(2)".
   * Excel round trips: 1 (names + bindings) + 2 (write) whatever the number of tables.
   */
  async fill(
    req: { tables: string[]; regions: string[]; year: number; period?: string; form?: FormRequest },
    mode: FillMode,
    onProgress: (fraction: number, label: string) => void = () => {},
  ): Promise<FillResult> {
    const adapter = this.requireAdapter();
    if (req.regions.length === 0) throw new Error('请至少选择一个地区。');
    if (req.tables.length === 0 && !req.form) throw new Error('请至少选择一张表。');
    onProgress(0.1, '正在读取工作簿…');
    const prevName = req.form?.previousSheet;
    const { names, snapshots } = await readWithNames(adapter, prevName ? [BINDINGS_SHEET, prevName] : [BINDINGS_SHEET]);
    const previous = prevName ? snapshots.find((x) => x.name === prevName) : undefined;
    if (prevName && !previous) throw new Error(`工作簿中没有工作表“${prevName}”,无法读取上期报表。`);
    onProgress(0.3, '正在计算表格…');
    await tick();
    let out = this.core.fill({ engine: this.engine, regions: req.regions, year: req.year, period: req.period, tables: req.tables, form: req.form, previous });
    const produced = out.sheets.map((s) => s.name);
    const clash = produced.filter((p) => names.includes(p));
    if (mode === 'fail-if-exists' && clash.length) throw new SheetExistsError(clash);
    if (mode === 'beside' && clash.length) {
      let n = 2;
      while (produced.some((p) => names.includes(suffixed(p, n)))) n++;
      out = this.core.rename(out, (name) => suffixed(name, n));
    }
    onProgress(0.6, '正在写入工作簿…');
    await tick();
    const bindings = await this.bindingsSheet(adapter, snapshots, out);
    await adapter.writeSheets([...out.sheets, bindings], 'replace');
    onProgress(1, '完成');
    this.lastCheck = null;
    this.changed();
    return {
      sheets: out.tableSheets,
      filledCells: out.filledCells,
      missing: out.missing,
      replaced: mode === 'replace' ? clash : [],
      notes: out.notes ?? [],
    };
  }

  /** 汇总下级报表: writes the merged tables (and the 汇总来源 sheet) into the open workbook. */
  async merge(files: { file: string; bytes: Uint8Array }[], target: string, partial: boolean, mode: FillMode): Promise<FillResult & { children: string[]; aggregated: number; blank: { label: string; reason: string }[] }> {
    const adapter = this.requireAdapter();
    if (!files.length) throw new Error('请选择下级报表文件(.xlsx)。');
    const r = this.engine.resolveRegion(target.trim());
    if (!r.ok) throw new Error(`汇总地区:${r.message}`);
    const { names, snapshots } = await readWithNames(adapter, [BINDINGS_SHEET]);
    let out = await this.core.merge({ engine: this.engine, books: files, target: r.region.name, partial });
    const produced = out.sheets.map((s) => s.name);
    const clash = produced.filter((p) => names.includes(p));
    if (mode === 'fail-if-exists' && clash.length) throw new SheetExistsError(clash);
    if (mode === 'beside' && clash.length) {
      let n = 2;
      while (produced.some((p) => names.includes(suffixed(p, n)))) n++;
      out = { ...out, ...this.core.rename(out, (name) => suffixed(name, n)) };
    }
    const bindings = await this.bindingsSheet(adapter, snapshots, out);
    await adapter.writeSheets([...out.sheets, bindings], 'replace');
    this.lastCheck = null;
    this.changed();
    return {
      sheets: out.tableSheets,
      filledCells: out.filledCells,
      missing: out.missing,
      replaced: mode === 'replace' ? clash : [],
      notes: out.notes ?? [],
      children: out.children,
      aggregated: out.aggregated,
      blank: out.blank,
    };
  }

  /**
   * The bindings sheet to write with `out`. An old (format 1) bindings sheet is converted to blocks: the
   * sheets it names are read once more (1 extra round trip, old workbooks only) for their row labels.
   */
  private async bindingsSheet(adapter: WorkbookAdapter, snapshots: SheetSnapshot[], out: FillOutput): Promise<SheetSpec> {
    const existing = snapshots.find((x) => x.name === BINDINGS_SHEET);
    const need = (this.core.bindingsLabelSheets?.(existing) ?? []).filter(
      (n) => !out.sheets.some((s) => s.name.toUpperCase() === n.toUpperCase()) && !snapshots.some((s) => s.name === n),
    );
    const more = need.length ? (await readWithNames(adapter, need)).snapshots : [];
    const all = [...snapshots, ...more];
    return this.core.bindingsSheet(existing, out, (n) => all.find((s) => s.name === n));
  }

  // ---- 校验 ----

  async check(): Promise<CheckResult> {
    const adapter = this.requireAdapter();
    const snaps = await adapter.readSheets();
    const result = this.core.check(snaps, this.engine);
    this.lastCheck = result;
    this.lastSnapshots = snaps;
    this.changed();
    return result;
  }

  async select(sheet: string, address: string): Promise<void> {
    this.selection = { sheet, address };
    this.changed();
    if (this.adapter?.select) await this.adapter.select(sheet, address);
  }

  async markFindings(findings: Finding[]): Promise<number> {
    const marks: CellMark[] = [];
    const seen = new Set<string>();
    for (const f of findings) {
      if (f.accepted) continue;
      const c = f.cells[0];
      if (!c) continue;
      const k = c.sheet + '!' + c.address;
      if (seen.has(k)) continue;
      seen.add(k);
      marks.push({ sheet: c.sheet, address: c.address, severity: f.severity });
    }
    if (this.adapter?.clearMarks) await this.adapter.clearMarks();
    if (this.adapter?.mark) await this.adapter.mark(marks);
    this.marks = marks;
    this.changed();
    return marks.length;
  }

  async clearMarks(): Promise<void> {
    if (this.adapter?.clearMarks) await this.adapter.clearMarks();
    this.marks = [];
    this.changed();
  }

  async accept(finding: Finding, note: string): Promise<void> {
    const text = note.trim();
    if (!text) throw new Error('请填写说明后再接受此提示。');
    if (finding.severity !== 'warning') throw new Error('强制性错误不能接受,只能修改数据。');
    const adapter = this.requireAdapter();
    const { snapshots } = await readWithNames(adapter, [NOTES_SHEET]);
    const spec = this.core.acceptSheet(snapshots[0], finding, text);
    await adapter.writeSheets([spec], 'replace');
    finding.accepted = { note: text, at: new Date().toISOString() };
    this.changed();
  }

  async writeReport(): Promise<string> {
    const result = this.lastCheck ?? (await this.check());
    const spec = this.core.reportSheet(result);
    await this.requireAdapter().writeSheets([spec], 'replace');
    this.changed();
    return spec.name;
  }

  // ---- 数据 ----

  /** Decodes, parses and resolves a CSV against the catalogue; nothing is merged yet. */
  previewCsv(fileName: string, bytes: Uint8Array): ImportPreview {
    const { text, encoding } = decodeBytes(bytes);
    const parsed = parseDatasetCsv(text, 'user:' + fileName);
    const problems = [...parsed.problems];
    const records: DataRecord[] = [];
    parsed.records.forEach((r, i) => {
      const msg = this.resolveProblem(r);
      if (msg) problems.push({ line: parsed.lines[i] ?? 0, message: msg });
      else records.push(r);
    });
    problems.sort((a, b) => a.line - b.line);
    return { fileName, encoding, records, problems };
  }

  /** A Chinese message when a record's region/indicator/breakdown is unknown, else null. */
  resolveProblem(r: DataRecord): string | null {
    const reg = this.engine.resolveRegion(r.region);
    if (!reg.ok) return `地区:${reg.message}`;
    const ind = this.engine.resolveIndicator(r.indicatorId || r.indicator);
    if (!ind.ok) return `指标:${ind.message}`;
    if (r.breakdown) {
      const bd = this.engine.resolveBreakdown(ind.indicator, r.breakdown);
      if (!bd.ok) return `分类:${bd.message}`;
    }
    return null;
  }

  /** All-or-nothing: refuses when the preview has any problem. */
  async importPreview(p: ImportPreview): Promise<{ added: number; overridden: number }> {
    if (p.problems.length) throw new Error(`文件有 ${p.problems.length} 处问题,未导入任何记录。请修正后重试。`);
    if (p.records.length === 0) throw new Error('文件中没有可导入的记录。');
    return this.addUserRecords(p.records);
  }

  /** Adds user records, stores them in the workbook (hidden sheet), hands them to the functions, recalculates. */
  async addUserRecords(records: DataRecord[]): Promise<{ added: number; overridden: number }> {
    const before = this.engine;
    const keyOf = (r: DataRecord) => {
      const e = before.resolveRegion(r.region);
      const i = before.resolveIndicator(r.indicatorId || r.indicator);
      return `${e.ok ? e.region.name : r.region}|${i.ok ? i.indicator.id : r.indicator}|${r.year}|${r.breakdown}|${r.period}`;
    };
    const incoming = new Map(records.map((r) => [keyOf(r), r]));
    const kept = this.userRecords.filter((r) => !incoming.has(keyOf(r)));
    let overridden = 0;
    for (const r of records) {
      const e = before.resolveRegion(r.region);
      const i = before.resolveIndicator(r.indicatorId || r.indicator);
      // a bundled record of the same key and period is replaced
      const p = canonicalPeriod(r.period) ?? r.period;
      if (e.ok && i.ok && before.periodsOf(e.region.name, i.indicator.id, r.year, r.breakdown).includes(p)) overridden++;
    }
    const next = [...kept, ...incoming.values()];
    if (this.adapter) await this.adapter.writeSheets([userDataSheet(next)], 'replace');
    this.userRecords = next;
    this.rebuildEngine();
    // the functions see the new records before Excel recalculates
    this.publish();
    if (this.recalculate) await this.recalculate().catch(() => undefined);
    this.changed();
    return { added: records.length, overridden };
  }

  async removeUserRecords(): Promise<void> {
    if (this.adapter) await this.adapter.writeSheets([userDataSheet([])], 'replace');
    this.userRecords = [];
    this.rebuildEngine();
    this.publish();
    if (this.recalculate) await this.recalculate().catch(() => undefined);
    this.changed();
  }

  exportCsv(records: DataRecord[] = this.engine.records): string {
    return formatDatasetCsv(records, { guardFormulas: true });
  }

  /** A reviewed figure (a candidate, or a record the user edited) as the record the user chose. */
  adopt(base: Pick<Candidate, 'unit' | 'qualifier' | 'source' | 'offset' | 'quote'>, a: Adoption): AdoptResult {
    const r = this.engine.resolveRegion(a.region.trim());
    if (!r.ok) return { ok: false, message: r.message };
    return adoptFigure(base, { ...a, region: r.region.name }, this.engine.catalogue);
  }

  async extract(text: string, sourceName = 'user:粘贴文本', year?: number): Promise<ExtractOutput> {
    if (!text.trim()) throw new Error('请先粘贴报告文本。');
    return this.core.extract(text, this.engine, sourceName, year);
  }
}

export { escapeCell };

export function suffixed(name: string, n: number): string {
  const tail = `(${n})`;
  return name.slice(0, 31 - tail.length) + tail;
}

function tick(): Promise<void> {
  return new Promise((r) => setTimeout(r, 0));
}

