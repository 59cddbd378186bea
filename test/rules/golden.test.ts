// Reference workbooks built at test time (fills, a 季报 form, planted errors) and their `mz check --json`
// output compared with the committed goldens in test/rules/golden/: a rework of the check core must keep them
// identical. Re-record deliberately with `node scripts/record-goldens.js` (MZ_RECORD_GOLDENS=1).
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { run as main } from '../../src/cli/main';
import { Io } from '../../src/cli/io';
import { XlsxWorkbook } from '../../src/adapters/xlsx';
import { BINDINGS_SHEET, decodeBindings } from '../../src/core/bindings';
import { CellValue } from '../../src/core/workbook';
import { typeOverBindings } from './helpers';
import { encodeBindingsV1 } from '../tables/bindingsV1';

const RECORD = process.env.MZ_RECORD_GOLDENS === '1';
const GOLDEN = path.join(__dirname, 'golden');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mz-golden-'));

async function mz(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { out: (t) => void (out += t), err: (t) => void (err += t), cwd: dir };
  return { code: await main(argv, io), out, err };
}

type Edit = [indicatorId: string, breakdown: string, value: CellValue];

/** Types values over bound current cells of a filled workbook (the first such cell not on 汇总), as a user would. */
async function plant(from: string, to: string, edits: Edit[]): Promise<void> {
  const wb = await XlsxWorkbook.load(path.join(dir, from));
  const [bs] = await wb.readSheets([BINDINGS_SHEET]);
  const bindings = decodeBindings(bs);
  await typeOverBindings(wb, bindings, edits, path.join(dir, to));
}

/** The JSON output in a stable order (findings, skipped and passed sorted). */
function stable(json: Record<string, unknown>): Record<string, unknown> {
  const key = (x: unknown) => JSON.stringify(x);
  const sorted = (a: unknown) => (Array.isArray(a) ? [...a].sort((x, y) => (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0)) : a);
  return { ...json, findings: sorted(json.findings), skipped: sorted(json.skipped), passed: sorted(json.passed) };
}

interface Case {
  name: string;
  build: () => Promise<void>;
  args?: string[];
}

const fill = async (file: string, args: string[]) => {
  const r = await mz(['fill', ...args, '--out', file]);
  if (r.code !== 0) throw new Error(`mz fill ${args.join(' ')}: ${r.out}${r.err}`);
};

const CASES: Case[] = [
  { name: 'jinan-2020', build: () => fill('jinan-2020.xlsx', ['--region', '济南', '--year', '2020']) },
  { name: 'hekou-2021H1', build: () => fill('hekou-2021H1.xlsx', ['--region', '河口区', '--year', '2021上半年']) },
  { name: 'two-cities-2020', build: () => fill('two-cities-2020.xlsx', ['--region', '济南,淄博', '--year', '2020']) },
  { name: 'list-2020', build: () => fill('list-2020.xlsx', ['--region', '济南,青岛,淄博,枣庄,东营市,烟台', '--year', '2020']) },
  { name: 'form-jinan-2020', build: () => fill('form-jinan-2020.xlsx', ['--form', '季报', '--region', '济南', '--year', '2020']) },
  { name: 'form-hekou-2022Q3', build: () => fill('form-hekou-2022Q3.xlsx', ['--form', '季报', '--region', '河口区', '--year', '2022年1-9月']) },
  {
    name: 'planted-2020',
    build: async () => {
      await fill('base-2020.xlsx', ['--region', '济南', '--year', '2020']);
      await plant('base-2020.xlsx', 'planted-2020.xlsx', [
        ['social_orgs', '', 5475],
        ['social_groups', '', 100],
        ['non_enterprise_units', '', 100],
        ['foundations', '', 10],
        ['public_cemeteries', '', 100],
        ['public_cemeteries', '区县级', 3],
        // every level typed in (the dataset has no 镇街级 figure: its report counts 镇街级以上)
        ['public_cemeteries', '镇街级', 84],
        ['charity_orgs', '', 6000],
        ['elder_beds', '', 100],
        ['elder_inst_beds', '', 500],
        ['dibao_std_urban', '', 2000],
        ['tekun_std_urban', '', 900],
        ['dibao_persons', '', 1],
      ]);
    },
  },
  { name: 'planted-2020-k1.5', build: async () => undefined, args: ['planted-2020.xlsx', '--k', '1.5', '--change', '0.1'] },
];

describe('mz check --json on the reference workbooks', () => {
  for (const c of CASES) {
    test(c.name, async () => {
      await c.build();
      const r = await mz(['check', ...(c.args ?? [`${c.name}.xlsx`]), '--json']);
      const got = { code: r.code, ...stable(JSON.parse(r.out)) };
      const file = path.join(GOLDEN, `${c.name}.json`);
      if (RECORD) fs.writeFileSync(file, JSON.stringify(got, null, 1) + '\n');
      expect(got).toEqual(JSON.parse(fs.readFileSync(file, 'utf8')));
    });
  }

  test('a workbook with a format-1 bindings sheet (one row per cell or run) checks exactly as its golden', async () => {
    await fill('old-2020.xlsx', ['--region', '济南', '--year', '2020']);
    const wb = await XlsxWorkbook.load(path.join(dir, 'old-2020.xlsx'));
    const snaps = await wb.readSheets();
    const bindings = decodeBindings(snaps.find((s) => s.name === BINDINGS_SHEET)!);
    await wb.writeSheets([encodeBindingsV1(bindings)], 'replace');
    fs.writeFileSync(path.join(dir, 'old-2020.xlsx'), await wb.toBuffer());
    const again = await XlsxWorkbook.load(path.join(dir, 'old-2020.xlsx'));
    expect((await again.readSheets([BINDINGS_SHEET]))[0].values[0][2]).toBe(1);
    const r = await mz(['check', 'old-2020.xlsx', '--json']);
    const golden = JSON.parse(fs.readFileSync(path.join(GOLDEN, 'jinan-2020.json'), 'utf8'));
    expect({ code: r.code, ...stable(JSON.parse(r.out)) }).toEqual({ ...golden, file: 'old-2020.xlsx' });
  });
});
