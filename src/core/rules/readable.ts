// Readable findings: the source sentence around a number; many findings of one rule on one sheet as one. Pure.
import { formatNumber } from '../text';
import { Finding } from './types';

/**
 * The part of a source sentence that states `value`: the whole sentence when short, else a window of
 * about `max` characters centred on the number (… marks what was cut). Without the number: the start.
 */
export function quoteAround(quote: string, value: number, max = 80): string {
  const q = quote.trim();
  if (q.length <= max) return q;
  const forms = [String(value), formatNumber(value), value.toLocaleString('en-US')].filter((x, i, a) => x && a.indexOf(x) === i);
  let at = -1;
  let len = 0;
  for (const f of forms) {
    // a number not inside a longer one
    const re = new RegExp(`(?<![\\d.])${f.replace(/[.,]/g, (c) => `\\${c}`)}(?![\\d])`);
    const m = re.exec(q);
    if (m) {
      at = m.index;
      len = f.length;
      break;
    }
  }
  if (at < 0) return `${q.slice(0, max)}…`;
  const half = Math.floor((max - len) / 2);
  let from = Math.max(0, at - half);
  const to = Math.min(q.length, from + max);
  from = Math.max(0, to - max);
  return `${from > 0 ? '…' : ''}${q.slice(from, to)}${to < q.length ? '…' : ''}`;
}

/**
 * Findings of one rule on one sheet (same severity, none accepted) at or above `min`: one finding with
 * their count, the regions and every cell, instead of one line each (a fill of 108 regions with the
 * same gap). The first finding's text stays as the example.
 */
export function groupFindings(findings: Finding[], min = 5): Finding[] {
  const groups = new Map<string, Finding[]>();
  const order: (Finding | string)[] = [];
  for (const f of findings) {
    if (f.accepted || f.cells.length === 0) {
      order.push(f);
      continue;
    }
    const k = `${f.ruleId}|${f.severity}|${f.cells[0].sheet}`;
    const g = groups.get(k);
    if (g) g.push(f);
    else {
      groups.set(k, [f]);
      order.push(k);
    }
  }
  const out: Finding[] = [];
  for (const o of order) {
    if (typeof o !== 'string') {
      out.push(o);
      continue;
    }
    const g = groups.get(o)!;
    if (g.length < min) {
      out.push(...g);
      continue;
    }
    const regions = [...new Set(g.map((f) => f.region).filter((r): r is string => !!r))];
    const names = regions.length > 5 ? `${regions.slice(0, 5).join('、')}等 ${regions.length} 个地区` : regions.join('、');
    out.push({
      ...g[0],
      message: `${g[0].ruleName}:同类问题共 ${g.length} 处${names ? `(${names})` : ''};例:${g[0].region ? `${g[0].region} ` : ''}${g[0].message}`,
      cells: g.map((f) => f.cells[0]),
      region: undefined,
      year: undefined,
    });
  }
  return out;
}
