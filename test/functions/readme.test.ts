// The README's custom-function examples and error texts are what the functions give: each formula
// of the two tables in "## Custom functions" is run through the Excel entry points (functions.ts,
// with a fake CustomFunctions global) and its result compared with the table.
import fs from 'fs';
import path from 'path';

class FakeCfError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}
(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = {
  associate: () => undefined,
  Error: FakeCfError,
  ErrorCode: { notAvailable: '#N/A', invalidValue: '#VALUE!' },
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const fns = require('../../src/functions/functions') as Record<string, (...a: unknown[]) => Promise<unknown>>;

const readme = fs.readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## Custom functions'), readme.indexOf('\n## ', readme.indexOf('## Custom functions') + 5));

/** Table rows `| `=MZ.F(…)` | result |` of the section. */
function rows(): { formula: string; result: string }[] {
  const out: { formula: string; result: string }[] = [];
  for (const line of section.split('\n')) {
    const m = /^\|\s*`(=MZ\.[^`]+)`\s*\|\s*(.+?)\s*\|\s*$/.exec(line);
    if (m) out.push({ formula: m[1], result: m[2].replace(/\\\|/g, '|') });
  }
  return out;
}

/** `=MZ.NAME(a,"b",,c)` → name and Excel's arguments (omitted ones as null). */
function parseFormula(f: string): { name: string; args: unknown[] } {
  const m = /^=MZ\.([A-Z]+)\((.*)\)$/.exec(f);
  if (!m) throw new Error(`not an MZ formula: ${f}`);
  const args: unknown[] = [];
  let cur = '';
  let quoted = false;
  let wasQuoted = false;
  const push = () => {
    const t = cur.trim();
    args.push(wasQuoted ? cur : t === '' ? null : Number.isFinite(Number(t)) ? Number(t) : t);
    cur = '';
    wasQuoted = false;
  };
  for (const ch of m[2]) {
    if (ch === '"') {
      quoted = !quoted;
      wasQuoted = true;
    } else if (ch === ',' && !quoted) push();
    else cur += ch;
  }
  if (m[2] !== '') push();
  return { name: m[1], args };
}

async function call(formula: string): Promise<{ value?: unknown; error?: FakeCfError }> {
  const { name, args } = parseFormula(formula);
  const fn = fns[name.toLowerCase()];
  if (typeof fn !== 'function') throw new Error(`no function ${name}`);
  try {
    return { value: await fn(...args) };
  } catch (e) {
    if (e instanceof FakeCfError) return { error: e };
    throw e;
  }
}

const table = rows();

test('the README lists the examples and the errors', () => {
  expect(table.length).toBeGreaterThanOrEqual(15);
  expect(table.filter((r) => r.result.startsWith('`#')).length).toBeGreaterThanOrEqual(4);
});

test.each(table.map((r) => [r.formula, r.result]))('%s → %s', async (formula, result) => {
  const got = await call(formula);
  const err = /^`(#N\/A|#VALUE!)`\s+(.+)$/.exec(result);
  if (err) {
    // an error row: the code and the whole message, character for character
    expect(got.error).toBeDefined();
    expect({ code: got.error!.code, message: got.error!.message }).toEqual({ code: err[1], message: err[2] });
    return;
  }
  expect(got.error?.message).toBeUndefined();
  const v = got.value;
  const spill = /^spills `([^`]+)`(?:, then `([^`]+)`|: (.+))?$/.exec(result);
  if (spill) {
    const grid = v as unknown[][];
    const cells = (s: string) => s.split('|').map((x) => x.trim());
    expect(grid[0]).toEqual(cells(spill[1]));
    if (spill[2]) expect(grid[1].map(String)).toEqual(cells(spill[2]));
    if (spill[3]) {
      for (const part of spill[3].split(/[,,]\s*/)) {
        // `region value` or `region period value` (the 期别 column)
        const words = part.trim().split(/\s+/);
        const num = Number(words[words.length - 1]);
        const hit = grid.some((row) =>
          words.length === 3 ? row[0] === words[0] && row[1] === words[1] && row[2] === num : row[0] === words[0] && row[1] === num,
        );
        expect(hit).toBe(true);
      }
    }
    return;
  }
  const quoted = /^"(.*)"$/.exec(result);
  if (quoted) {
    // a text with an ellipsis: what is shown before and after it
    const [head, tail] = quoted[1].split('…');
    expect(String(v).startsWith(head)).toBe(true);
    if (tail !== undefined) expect(String(v).endsWith(tail)).toBe(true);
    return;
  }
  const num = /^(-?\d+(?:\.\d+)?)(?:\s+\((.+)\))?$/.exec(result);
  if (num) {
    expect(v).toBe(Number(num[1]));
    if (num[2]) {
      // the unit named in brackets is the one MZ.UNIT gives for the same arguments
      const { name, args } = parseFormula(formula);
      expect(name).toMatch(/^(STANDARD|VALUE)$/);
      expect(await fns.unit(...args.slice(0, 4))).toBe(num[2]);
    }
    return;
  }
  expect(v).toBe(result);
});

test('an empty optional argument that arrives as 0 (Excel desktop, empty cell) is treated as empty', async () => {
  expect(await fns.standard('济南', '城市低保', 2020, 0, 0)).toBe(821);
  expect(await fns.value('济南', '结婚登记', 2020, 0)).toBe(50486);
  expect(await fns.unit('济南', '城市低保', 2020, 0)).toBe('元/人·月');
  expect(((await fns.table('城市低保', 2021, 0)) as unknown[][])[0]).toEqual(['地区', '期别', '数值', '单位']);
  expect(((await fns.indicators(0)) as unknown[][]).length).toBeGreaterThan(10);
  // a real breakdown still counts: 城市低保 has none
  const e = await call('=MZ.STANDARD("济南","城市低保",2020,"一级")');
  expect(e.error?.code).toBe('#VALUE!');
});
