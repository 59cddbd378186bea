// Tables copied one cell per line with a line of "|" after each cell (指 标 / | / 单 位 / | / 数 量 / | …).
import { headerRole } from './tableVocab';

// (… | 2005年 | 2010年 | 年均增长(%) |: year and growth columns after a header word)
const COLUMN_HEAD = /^(?:(?:19|20)\d{2}\s*年(?:末|底|度)?|[^\d|]{0,6}(?:增长|增速|比上年|同比)[^\d|]{0,8})$/;

/**
 * Returns the text with each such table rejoined into one line per row ("指 标 | 单 位 | 数 量 |"), or null
 * when the text has no such table. The result has the same length as the text (only line breaks become
 * spaces and the reverse), so offsets and quotes stay those of the text.
 */
export function rejoinCellLines(text: string): string | null {
  // cheap test first: many lines that hold a lone |
  let pipes = 0;
  for (let i = text.indexOf('\n|'); i >= 0 && pipes < 12; i = text.indexOf('\n|', i + 2)) if (/^\s*(\n|$)/.test(text.slice(i + 2, i + 4))) pipes++;
  if (pipes < 12) return null;
  const lines = text.split('\n');
  const isPipe = (l: string) => l.trim() === '|';
  const starts: number[] = [];
  for (let i = 0, at = 0; i < lines.length; i++) {
    starts.push(at);
    at += lines[i].length + 1;
  }
  const out = text.split('');
  let changed = false;
  let i = 0;
  while (i < lines.length) {
    // a header: two or more header words (指标, 单位, 数量 …), each followed by a lone |
    let n = 0;
    let k = i;
    while (k + 1 < lines.length && !isPipe(lines[k]) && (headerRole(lines[k]) || (n > 0 && COLUMN_HEAD.test(lines[k].trim()))) && isPipe(lines[k + 1])) {
      n++;
      k += 2;
    }
    if (n < 2) {
      i++;
      continue;
    }
    // cells from line i on: a cell line (or nothing) closed by a | line; a row every n cells
    let cell = 0;
    let j = i;
    let prevAfter = -1;
    while (j < lines.length) {
      let pipeAt: number;
      if (isPipe(lines[j])) pipeAt = j; // an empty cell
      else if (j + 1 < lines.length && isPipe(lines[j + 1])) pipeAt = j + 1;
      else break;
      // (… | 30.29 | / (blank) | / 2 | 社会组织数…: an empty cell after a full row is that row's trailing cell, not the next row's first)
      const trailing = cell > 0 && cell % n === 0 && lines[j].trim() === '' && pipeAt === j + 1 && prevAfter >= 0;
      if (trailing) out[prevAfter] = ' ';
      else cell++;
      // the break before the | joins it to its cell; the break after it ends the row or joins the next cell
      if (pipeAt > 0) out[starts[pipeAt] - 1] = ' ';
      const after = starts[pipeAt] + lines[pipeAt].length;
      if (after < text.length) out[after] = trailing || cell % n === 0 ? '\n' : ' ';
      prevAfter = after;
      j = pipeAt + 1;
      changed = true;
    }
    // a cell on the line before the first | joined into the header's first cell: keep the header's own line
    if (i > 0) out[starts[i] - 1] = '\n';
    i = Math.max(j, i + 1);
  }
  return changed ? out.join('') : null;
}
