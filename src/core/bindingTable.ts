// Bindings as columns: one entry per bound cell in typed arrays, its text fields interned to numeric ids.
// The check reads these; Binding objects are built only for the cells a finding names. Pure.
import { Binding, colName, parseA1 } from './workbook';

/** the index of a binding in its table, kept on the objects the table builds */
const INDEX: unique symbol = Symbol('mz.bindingIndex');

class TableBinding implements Binding {
  [INDEX]: number;
  constructor(
    public sheet: string,
    public address: string,
    public indicatorId: string,
    public region: string,
    public year: number,
    public breakdown: string,
    public period: string,
    public column: 'current' | 'previous',
    i: number,
  ) {
    this[INDEX] = i;
  }
}

/** a whole year as a small integer (a double read from a typed array keys maps slowly) */
function smallInt(y: number): number {
  return y === (y | 0) ? y | 0 : y;
}

const COLS: string[] = [];
function letters(c: number): string {
  return COLS[c] ?? (COLS[c] = colName(c));
}

export class BindingTable {
  /** interned texts: sheet names, indicator ids, breakdowns, regions, periods share one list */
  readonly texts: string[] = [];
  private readonly textId = new Map<string, number>();
  n = 0;
  sheet = new Int32Array(64);
  row = new Int32Array(64);
  col = new Int32Array(64);
  ind = new Int32Array(64);
  bd = new Int32Array(64);
  region = new Int32Array(64);
  period = new Int32Array(64);
  year = new Float64Array(64);
  /** 0 current, 1 previous */
  column = new Uint8Array(64);
  private objs: (TableBinding | undefined)[] = [];
  /** callers' objects (fromBindings): their index without a symbol on a foreign object */
  private foreign: Map<Binding, number> | null = null;

  id(text: string): number {
    let k = this.textId.get(text);
    if (k === undefined) {
      k = this.texts.length;
      this.texts[k] = text;
      this.textId.set(text, k);
    }
    return k;
  }

  /** the id of a text when the table holds it, else -1 */
  has(text: string): number {
    return this.textId.get(text) ?? -1;
  }

  /** Makes room for n entries in all. */
  reserve(n: number): void {
    if (this.sheet.length < n) this.grow(Math.max(n, this.sheet.length * 2));
  }

  private grow(m: number): void {
    const g = <T extends Int32Array | Float64Array | Uint8Array>(a: T): T => {
      const b = new (a.constructor as { new (n: number): T })(m);
      b.set(a);
      return b;
    };
    this.sheet = g(this.sheet);
    this.row = g(this.row);
    this.col = g(this.col);
    this.ind = g(this.ind);
    this.bd = g(this.bd);
    this.region = g(this.region);
    this.period = g(this.period);
    this.year = g(this.year);
    this.column = g(this.column);
  }

  /** Appends one binding by ids (period: '全年' when empty, as decoded). */
  push(sheet: number, row: number, col: number, ind: number, region: number, year: number, bd: number, period: number, column: number): void {
    if (this.n === this.sheet.length) this.grow(this.sheet.length * 2);
    const i = this.n++;
    this.sheet[i] = sheet;
    this.row[i] = row;
    this.col[i] = col;
    this.ind[i] = ind;
    this.bd[i] = bd;
    this.region[i] = region;
    this.period[i] = period;
    this.year[i] = year;
    this.column[i] = column;
  }

  /** Appends a binding object (its address parsed; a bad address is left out). */
  add(b: Binding): number {
    const p = parseA1(b.address);
    if (!p) return -1;
    this.push(this.id(b.sheet), p.row, p.col, this.id(b.indicatorId), this.id(b.region), b.year, this.id(b.breakdown ?? ''), this.id(b.period || '全年'), b.column === 'previous' ? 1 : 0);
    return this.n - 1;
  }

  static fromBindings(bs: Binding[]): BindingTable {
    const t = new BindingTable();
    t.foreign = new Map();
    for (const b of bs) {
      const i = t.add(b);
      if (i >= 0) {
        t.objs[i] = b as TableBinding;
        t.foreign.set(b, i);
      }
    }
    return t;
  }

  address(i: number): string {
    return letters(this.col[i]) + (this.row[i] + 1);
  }

  /** The year of entry i (as the binding object gives it). */
  yearOf(i: number): number {
    return smallInt(this.year[i]);
  }

  /** The binding object of entry i (built once). */
  binding(i: number): Binding {
    let b = this.objs[i];
    if (!b) {
      const T = this.texts;
      b = this.objs[i] = new TableBinding(
        T[this.sheet[i]],
        this.address(i),
        T[this.ind[i]],
        T[this.region[i]],
        smallInt(this.year[i]),
        T[this.bd[i]],
        T[this.period[i]],
        this.column[i] === 1 ? 'previous' : 'current',
        i,
      );
    }
    return b;
  }

  /** The entry of a binding object this table built or was built from; -1 otherwise. */
  indexOf(b: Binding): number {
    const i = (b as Partial<TableBinding>)[INDEX];
    if (i !== undefined && this.objs[i] === b) return i;
    return this.foreign?.get(b) ?? -1;
  }

  all(): Binding[] {
    const out: Binding[] = new Array(this.n);
    for (let i = 0; i < this.n; i++) out[i] = this.binding(i);
    return out;
  }
}
