// A faithful-enough fake of the Office.js calls ExcelWorkbook uses: writes are queued and applied
// at sync(), loaded properties are readable only after a sync, syncs are counted, and a request
// over Excel on the web's 5 MB limit fails like the real service.
import { colName, parseA1 } from '../../src/core/workbook';

export const WEB_LIMIT = 5 * 1024 * 1024;

// Buffer in Node, TextEncoder in the browser tests
const utf8Bytes = (s: string): number => (typeof Buffer !== 'undefined' ? Buffer.byteLength(s, 'utf8') : new TextEncoder().encode(s).length);

interface Cell {
  value: string | number | boolean;
  formula?: string;
  numFmt?: string;
}

export class FakeSheet {
  cells = new Map<string, Cell>();
  merges: string[] = [];
  widths = new Map<string, number>();
  styles: { address: string; prop: string; value: unknown }[] = [];
  visibility = 'Visible';
  cfs: { id: string; address: string; color?: string; formula?: string }[] = [];
  constructor(public name: string) {}
  get(r: number, c: number) {
    return this.cells.get(r + ',' + c);
  }
}

function parseRange(address: string): { r0: number; c0: number; r1: number; c1: number } {
  const [a, b] = address.split(':');
  const p = parseA1(a);
  const q = parseA1(b ?? a);
  if (!p || !q) throw new Error('InvalidArgument: ' + address);
  return { r0: p.row, c0: p.col, r1: q.row, c1: q.col };
}

class NotLoaded extends Error {
  constructor(prop: string) {
    super(`PropertyNotLoaded: ${prop}`);
  }
}

export class FakeExcel {
  sheets: FakeSheet[] = [];
  syncs = 0;
  /** bytes of each sync's request */
  requestBytes: number[] = [];
  suspendCalls = 0;
  selected: { sheet: string; address: string } | null = null;
  active = '';
  activeCell = { sheet: '', address: 'A1' };
  private queue: { bytes: number; apply: () => void }[] = [];
  private afterSync: (() => void)[] = [];
  private cfSeq = 0;
  failNextSync: string | null = null;
  /** recalculations requested (application.calculate), in order */
  calculations: string[] = [];
  /** called when a requested recalculation is carried out (at sync), e.g. to evaluate MZ formulas */
  onCalculate: ((type: string) => void) | null = null;

  constructor(names: string[] = ['Sheet1']) {
    for (const n of names) this.sheets.push(new FakeSheet(n));
    this.active = names[0] ?? '';
    this.activeCell.sheet = this.active;
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  /** Excel.run replacement: gives a fresh context per batch. */
  run = async <T>(batch: (ctx: any) => Promise<T>): Promise<T> => batch(this.context());

  private enqueue(payload: unknown, apply: () => void) {
    this.queue.push({ bytes: utf8Bytes(JSON.stringify(payload ?? null)) + 60, apply });
  }

  private context() {
    const fx = this;
    const ctx: any = {
      application: {
        suspendApiCalculationUntilNextSync() {
          fx.suspendCalls++;
          fx.enqueue({ suspend: 1 }, () => {});
        },
      },
      workbook: {
        application: {
          calculate(type: string) {
            fx.enqueue({ calculate: type }, () => {
              fx.calculations.push(type);
              fx.onCalculate?.(type);
            });
          },
        },
        worksheets: fx.collection(),
        getActiveCell: () => fx.range(() => fx.sheet(fx.activeCell.sheet)!, fx.activeCell.address, true),
      },
      async sync() {
        fx.syncs++;
        const bytes = fx.queue.reduce((a, q) => a + q.bytes, 0);
        fx.requestBytes.push(bytes);
        const q = fx.queue;
        const after = fx.afterSync;
        fx.queue = [];
        fx.afterSync = [];
        if (bytes > WEB_LIMIT) throw new Error('RequestPayloadSizeLimitExceeded');
        if (fx.failNextSync) {
          const m = fx.failNextSync;
          fx.failNextSync = null;
          throw new Error(m);
        }
        for (const op of q) op.apply();
        for (const f of after) f();
      },
    };
    return ctx;
  }

  private collection() {
    const fx = this;
    let items: any[] | null = null;
    return {
      load(_props: string) {
        fx.enqueue({ load: _props }, () => {});
        fx.afterSync.push(() => {
          items = fx.sheets.map((s) => fx.worksheet(() => s, s.name));
        });
      },
      get items() {
        if (!items) throw new NotLoaded('worksheets.items');
        return items;
      },
      getItemOrNullObject(name: string) {
        // a null sheet's used range is a null range: the fake models that in usedRange()
        return fx.worksheet(() => fx.sheet(name) ?? new FakeSheet('\u0000missing'), name);
      },
      getItem(name: string) {
        return fx.worksheet(() => {
          const s = fx.sheet(name);
          if (!s) throw new Error('ItemNotFound: ' + name);
          return s;
        }, name);
      },
      add(name: string) {
        fx.enqueue({ add: name }, () => {
          if (fx.sheet(name)) throw new Error('ItemAlreadyExists: ' + name);
          fx.sheets.push(new FakeSheet(name));
        });
        return fx.worksheet(() => fx.sheet(name)!, name);
      },
    };
  }

  private worksheet(get: () => FakeSheet, name: string): any {
    const fx = this;
    const ws: any = {
      name,
      activate() {
        fx.enqueue({ activate: name }, () => {
          fx.active = get().name;
        });
      },
      getRange(address?: string) {
        return fx.range(get, address ?? 'A1:XFD1048576');
      },
      getUsedRangeOrNullObject() {
        return fx.usedRange(get);
      },
      set visibility(v: string) {
        fx.enqueue({ visibility: v }, () => {
          get().visibility = v;
        });
      },
      pageLayout: {},
    };
    return ws;
  }

  private usedRange(get: () => FakeSheet): any {
    const fx = this;
    const loaded: Record<string, unknown> = {};
    let isNull: boolean | null = null;
    const r: any = {
      load(props: string) {
        fx.enqueue({ load: props }, () => {});
        fx.afterSync.push(() => {
          const s = get();
          if (s.cells.size === 0) {
            isNull = true;
            return;
          }
          isNull = false;
          let r0 = Infinity, c0 = Infinity, r1 = -1, c1 = -1;
          for (const k of s.cells.keys()) {
            const [rr, cc] = k.split(',').map(Number);
            r0 = Math.min(r0, rr); c0 = Math.min(c0, cc); r1 = Math.max(r1, rr); c1 = Math.max(c1, cc);
          }
          const grid = (f: (c: Cell | undefined) => unknown) => {
            const out: unknown[][] = [];
            for (let i = r0; i <= r1; i++) {
              const row: unknown[] = [];
              for (let j = c0; j <= c1; j++) row.push(f(s.get(i, j)));
              out.push(row);
            }
            return out;
          };
          loaded.values = grid((c) => (c ? c.value : ''));
          loaded.formulas = grid((c) => (c ? c.formula ?? c.value : ''));
          loaded.numberFormat = grid((c) => c?.numFmt ?? 'General');
          loaded.rowIndex = r0;
          loaded.columnIndex = c0;
          loaded.address = `${s.name}!${colName(c0)}${r0 + 1}:${colName(c1)}${r1 + 1}`;
        });
      },
      get isNullObject() {
        if (isNull === null) throw new NotLoaded('isNullObject');
        return isNull;
      },
    };
    for (const p of ['values', 'formulas', 'numberFormat', 'rowIndex', 'columnIndex', 'address']) {
      Object.defineProperty(r, p, {
        get() {
          if (!(p in loaded)) throw new NotLoaded(p);
          return loaded[p];
        },
      });
    }
    return r;
  }

  range(get: () => FakeSheet, address: string, activeCell = false): any {
    const fx = this;
    const box = () => parseRange(address);
    const checkShape = (arr: unknown[][]) => {
      const b = box();
      if (arr.length !== b.r1 - b.r0 + 1 || arr.some((row) => row.length !== b.c1 - b.c0 + 1)) {
        throw new Error(`InvalidArgument: array shape does not match range ${address}`);
      }
    };
    const style = (prop: string) => (value: unknown) =>
      fx.enqueue({ prop, value }, () => get().styles.push({ address, prop, value }));
    const fontObj: any = {};
    for (const p of ['bold', 'size', 'color', 'italic']) Object.defineProperty(fontObj, p, { set: style('font.' + p) });
    const fillObj: any = {};
    Object.defineProperty(fillObj, 'color', { set: style('fill.color') });
    const format: any = { font: fontObj, fill: fillObj };
    for (const p of ['horizontalAlignment', 'wrapText']) Object.defineProperty(format, p, { set: style(p) });
    Object.defineProperty(format, 'columnWidth', {
      set(v: number) {
        fx.enqueue({ columnWidth: v }, () => get().widths.set(address, v));
      },
    });
    let loadedAddress: string | null = null;
    const r: any = {
      format,
      set formulas(arr: unknown[][]) {
        checkShape(arr);
        fx.enqueue({ address, formulas: arr }, () => {
          const s = get();
          const b = box();
          arr.forEach((row, i) =>
            row.forEach((v, j) => {
              if (v === null) return; // null leaves the cell unchanged
              const key = b.r0 + i + ',' + (b.c0 + j);
              const old = s.cells.get(key);
              if (v === '') {
                s.cells.delete(key);
              } else if (typeof v === 'string' && v.startsWith('=')) {
                s.cells.set(key, { value: 0, formula: v, numFmt: old?.numFmt });
              } else if (typeof v === 'string' && v.startsWith("'")) {
                s.cells.set(key, { value: v.slice(1), numFmt: old?.numFmt });
              } else {
                s.cells.set(key, { value: v as string | number | boolean, numFmt: old?.numFmt });
              }
            }),
          );
        });
      },
      set values(arr: unknown[][]) {
        r.formulas = arr;
      },
      set numberFormat(arr: string[][]) {
        checkShape(arr);
        fx.enqueue({ address, numberFormat: arr }, () => {
          const s = get();
          const b = box();
          arr.forEach((row, i) =>
            row.forEach((f, j) => {
              if (f === null) return;
              const key = b.r0 + i + ',' + (b.c0 + j);
              const c = s.cells.get(key) ?? { value: '' };
              c.numFmt = f;
              s.cells.set(key, c);
            }),
          );
        });
      },
      clear(_what: string) {
        fx.enqueue({ clear: address }, () => {
          const s = get();
          s.cells.clear();
          s.merges = [];
          s.styles = [];
          s.cfs = [];
        });
      },
      merge(_across: boolean) {
        fx.enqueue({ merge: address }, () => get().merges.push(address));
      },
      select() {
        fx.enqueue({ select: address }, () => {
          fx.selected = { sheet: get().name, address };
        });
      },
      load(_p: string) {
        fx.afterSync.push(() => {
          loadedAddress = `${get().name}!${address}`;
        });
      },
      get address() {
        if (loadedAddress === null) throw new NotLoaded('address');
        return loadedAddress;
      },
      conditionalFormats: {
        _items: null as any[] | null,
        getItem(id: string) {
          return {
            delete() {
              fx.enqueue({ deleteCf: id }, () => {
                const s = get();
                const i = s.cfs.findIndex((c) => c.id === id);
                if (i < 0) throw new Error('ItemNotFound: conditional format ' + id);
                s.cfs.splice(i, 1);
              });
            },
          };
        },
        load() {
          fx.afterSync.push(() => {
            r.conditionalFormats._items = get()
              .cfs.filter((c) => c.address === address)
              .map((c) => ({
                id: c.id,
                delete: () =>
                  fx.enqueue({ deleteCf: c.id }, () => {
                    const s = get();
                    s.cfs = s.cfs.filter((x) => x.id !== c.id);
                  }),
              }));
          });
        },
        get items() {
          if (!r.conditionalFormats._items) throw new NotLoaded('conditionalFormats.items');
          return r.conditionalFormats._items;
        },
        add(_type: string) {
          const id = String(++fx.cfSeq);
          const entry: { id: string; address: string; color?: string; formula?: string } = { id, address };
          let idLoaded = false;
          fx.enqueue({ cf: address }, () => get().cfs.push(entry));
          const cf: any = {
            custom: {
              rule: { set formula(v: string) { entry.formula = v; } },
              format: { fill: { set color(v: string) { entry.color = v; } } },
            },
            load() {
              fx.afterSync.push(() => { idLoaded = true; });
            },
            get id() {
              if (!idLoaded) throw new NotLoaded('id');
              return id;
            },
          };
          return cf;
        },
      },
    };
    if (activeCell) void 0;
    return r;
  }

  /**
   * The user inserts `count` rows before row `at` (0-based) of a sheet: its cells move down and every
   * reference to them in any sheet's formulas follows, as in Excel.
   */
  insertRows(sheetName: string, at: number, count: number): void {
    const s = this.sheet(sheetName)!;
    const moved = new Map<string, Cell>();
    for (const [k, c] of s.cells) {
      const [r, col] = k.split(',').map(Number);
      moved.set(r >= at ? `${r + count},${col}` : k, c);
    }
    s.cells = moved;
    const ref = /('(?:[^']|'')+'|[A-Za-z_][^'!(),\s]*)!(\$?[A-Z]{1,3}\$?)(\d+)(?::(\$?[A-Z]{1,3}\$?)(\d+))?/g;
    const target = (t: string) => (t.startsWith("'") ? t.slice(1, -1).replace(/''/g, "'") : t) === sheetName;
    const bump = (n: string) => String(Number(n) - 1 >= at ? Number(n) + count : Number(n));
    for (const sh of this.sheets) {
      for (const c of sh.cells.values()) {
        if (!c.formula) continue;
        c.formula = c.formula.replace(ref, (m, sheet, c0, r0, c1, r1) =>
          !target(sheet) ? m : `${sheet}!${c0}${bump(r0)}${c1 !== undefined ? `:${c1}${bump(r1)}` : ''}`,
        );
      }
    }
  }

  /** Cell text as Excel would show its stored content (formula or value), or undefined. */
  cell(sheet: string, address: string): Cell | undefined {
    const p = parseA1(address)!;
    return this.sheet(sheet)?.get(p.row, p.col);
  }
}
