// Place-name index for region inference: one trie over every region name, alias and (when given)
// township name, scanned once over a report's text (leftmost-longest matches).
import { Catalogue, RegionDef } from '../types';

/** How a place names its regions; the weight of a mention depends on it. */
export type PlaceKind = 'name' | 'short' | 'former' | 'town';
const KINDS: PlaceKind[] = ['name', 'short', 'former', 'town'];
const NAME = 0;
const SHORT = 1;
const FORMER = 2;
const TOWN = 3;

export interface PlaceMatch {
  start: number;
  end: number;
  /** the place's id in the index */
  id: number;
}

export interface PlaceIndex {
  /** index of each region's parent in catalogue.regions (-1 for the root) */
  parent: Int32Array;
  /** number of distinct places */
  size: number;
  kind(id: number): PlaceKind;
  /** indices into catalogue.regions the place names (several when the name is shared) */
  regions(id: number): number[];
  matches(text: string): PlaceMatch[];
}

const DIGITS = /^\d+$/;

/**
 * A trie over UTF-16 code units. Nodes with few children keep them as a first-child /
 * next-sibling list; nodes with many (the root, common first characters) get a Map.
 */
class Trie {
  private size = 1;
  private unit = new Uint16Array(1 << 16);
  private child = new Int32Array(1 << 16).fill(-1);
  private sibling = new Int32Array(1 << 16).fill(-1);
  private count = new Int32Array(1 << 16);
  private out = new Int32Array(1 << 16).fill(-1);
  private maps: (Map<number, number> | undefined)[] = [new Map()];

  private step(n: number, u: number): number {
    const m = this.maps[n];
    if (m) return m.get(u) ?? -1;
    for (let c = this.child[n]; c >= 0; c = this.sibling[c]) if (this.unit[c] === u) return c;
    return -1;
  }

  private grow(): void {
    const cap = this.unit.length * 2;
    const widen = <T extends Uint16Array | Int32Array>(a: T, fill: number): T => {
      const b = new (a.constructor as new (n: number) => T)(cap);
      if (fill) b.fill(fill);
      b.set(a);
      return b;
    };
    this.unit = widen(this.unit, 0);
    this.child = widen(this.child, -1);
    this.sibling = widen(this.sibling, -1);
    this.count = widen(this.count, 0);
    this.out = widen(this.out, -1);
  }

  private link(n: number, u: number): number {
    if (this.size === this.unit.length) this.grow();
    const m = this.size++;
    this.unit[m] = u;
    this.maps.push(undefined);
    this.sibling[m] = this.child[n];
    this.child[n] = m;
    const c = ++this.count[n];
    let map = this.maps[n];
    if (!map && c > 8) {
      map = new Map();
      for (let k = this.child[n]; k >= 0; k = this.sibling[k]) map.set(this.unit[k], k);
      this.maps[n] = map;
    } else if (map) map.set(u, m);
    return m;
  }

  /** The node of text[from, to), created when missing. */
  insert(text: string, from = 0, to = text.length): number {
    let n = 0;
    for (let i = from; i < to; i++) {
      const u = text.charCodeAt(i);
      const m = this.step(n, u);
      n = m < 0 ? this.link(n, u) : m;
    }
    return n;
  }

  at(node: number): number {
    return this.out[node];
  }

  set(node: number, id: number): void {
    this.out[node] = id;
  }

  /** Leftmost-longest, non-overlapping matches: one pass, each position walks at most one name. */
  scan(text: string, onMatch: (start: number, end: number, id: number) => void): void {
    const out = this.out;
    let i = 0;
    while (i < text.length) {
      let n = this.step(0, text.charCodeAt(i));
      let best = -1;
      let bestEnd = 0;
      for (let j = i + 1; n >= 0; j++) {
        if (out[n] >= 0) {
          best = out[n];
          bestEnd = j;
        }
        if (j >= text.length) break;
        n = this.step(n, text.charCodeAt(j));
      }
      if (best >= 0) {
        onMatch(i, bestEnd, best);
        i = bestEnd;
      } else i++;
    }
  }
}

/** A region's name and its short form without the level word (济南市 → 济南), when that keeps two characters. */
export function nameForms(name: string): string[] {
  return [...new Set([name, name.replace(/(市|区|县|自治州|自治县|地区|盟|旗|省|自治区)$/, '')])].filter((x) => x.length >= 2);
}

function shortForms(r: RegionDef): string[] {
  const off = r.official ?? r.name;
  return r.aliases.filter((a) => a !== off && off.startsWith(a) && !DIGITS.test(a));
}

const WORD_BEFORE_ZHONG = '其集之当城心家手空期途高初';
/** Builds the index over a catalogue's regions, plus township rows (`code name…`) when given. */
export function buildPlaceIndex(catalogue: Catalogue, townships?: readonly string[]): PlaceIndex {
  const regions = catalogue.regions;
  const byName = new Map<string, number>();
  const byCode = new Map<string, number>();
  regions.forEach((r, i) => {
    byName.set(r.name, i);
    if (r.code) byCode.set(r.code, i);
  });
  const trie = new Trie();
  const kinds: number[] = [];
  const first: number[] = []; // the place's first region
  const more = new Map<number, number[]>(); // further regions of shared names
  /** Adds text[from, to) as a place of `region`; a text naming regions in several ways keeps its
   *  strongest kind and only the regions named that way. */
  const add = (text: string, kind: number, region: number, from = 0, to = text.length) => {
    if (to - from < 2) return;
    const node = trie.insert(text, from, to);
    const id = trie.at(node);
    if (id < 0) {
      trie.set(node, kinds.length);
      kinds.push(kind);
      first.push(region);
    } else if (kind < kinds[id]) {
      kinds[id] = kind;
      first[id] = region;
      more.delete(id);
    } else if (kind === kinds[id] && first[id] !== region) {
      const list = more.get(id);
      if (!list) more.set(id, [region]);
      else if (!list.includes(region)) list.push(region);
    }
  };
  regions.forEach((r, i) => {
    if (r.level === 'country') return;
    const official = r.official ?? r.name;
    const shorts = shortForms(r);
    add(r.name, NAME, i);
    add(official, NAME, i);
    for (const a of r.aliases) if (!DIGITS.test(a) && a !== official && !shorts.includes(a)) add(a, NAME, i); // 延边州
    for (const a of shorts) add(a, SHORT, i);
    for (const a of r.former ?? []) if (!DIGITS.test(a)) add(a, FORMER, i);
    // after the parent's name: 东营市河口区, 济南章丘 (a longer match than either name alone)
    const p = r.parent ? regions[byName.get(r.parent) ?? -1] : undefined;
    if (p && p.level !== 'country') {
      for (const pf of [p.official ?? p.name, ...shortForms(p)]) {
        add(pf + official, NAME, i);
        for (const s of shorts) add(pf + s, NAME, i);
      }
    }
  });
  if (townships) {
    // rows `code name name …`, inserted without splitting them into strings
    for (const row of townships) {
      let sp = row.indexOf(' ');
      const owner = byCode.get(row.slice(0, sp));
      if (owner === undefined) continue;
      while (sp >= 0) {
        const next = row.indexOf(' ', sp + 1);
        add(row, TOWN, owner, sp + 1, next < 0 ? row.length : next);
        sp = next;
      }
    }
  }
  const parent = new Int32Array(regions.length);
  regions.forEach((r, i) => (parent[i] = r.parent ? byName.get(r.parent) ?? -1 : -1));
  return {
    parent,
    size: kinds.length,
    kind: (id) => KINDS[kinds[id]],
    regions: (id) => {
      const m = more.get(id);
      return m ? [first[id], ...m] : [first[id]];
    },
    matches(text: string): PlaceMatch[] {
      const out: PlaceMatch[] = [];
      // (其中市区…: a name opening with 中 right after 其/集/之… is the end of another word)
      trie.scan(text, (start, end, id) => {
        if (text.charCodeAt(start) === 0x4e2d && start > 0 && WORD_BEFORE_ZHONG.includes(text[start - 1])) return;
        out.push({ start, end, id });
      });
      return out;
    },
  };
}

// One index per catalogue (and township list): built on the first inference.
const cache = new WeakMap<Catalogue, { plain?: PlaceIndex; towns: WeakMap<readonly string[], PlaceIndex> }>();

export function placeIndexFor(catalogue: Catalogue, townships?: readonly string[]): PlaceIndex {
  let c = cache.get(catalogue);
  if (!c) cache.set(catalogue, (c = { towns: new WeakMap() }));
  if (!townships) return (c.plain ??= buildPlaceIndex(catalogue));
  let idx = c.towns.get(townships);
  if (!idx) c.towns.set(townships, (idx = buildPlaceIndex(catalogue, townships)));
  return idx;
}
