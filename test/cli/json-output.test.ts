// `mz check --json` writes long arrays piece by piece: the text is exactly JSON.stringify(value, null, 2).
import { writeJson } from '../../src/cli/commands/check';
import { Io } from '../../src/cli/io';

function written(value: unknown): string {
  let out = '';
  const io: Io = { out: (t) => void (out += t), err: () => undefined, cwd: '/' };
  writeJson(io, value);
  return out;
}

test('a result with 2,000 findings and nested lists reads as one JSON text, the same as JSON.stringify', () => {
  const findings = Array.from({ length: 2000 }, (_, i) => ({
    ruleId: 'S01',
    message: `第 ${i} 格:"引号" 与 \\ 反斜杠\n换行`,
    cells: [{ sheet: '表', address: `B${i + 3}`, value: i % 3 ? i : null, unit: undefined }],
    accepted: i === 7 ? { note: '已核实' } : undefined,
  }));
  const result = { readable: true, file: 'a.xlsx', errors: 0, warnings: 2000, skipped: [], passed: [{ ruleId: 'R01', count: 3 }], findings, noBindings: false };
  expect(written(result)).toBe(JSON.stringify(result, null, 2));
  // several files: an array of results, the long lists one level deeper
  const many = [result, { file: 'b.xlsx', readable: false, error: '无法读取' }];
  expect(written(many)).toBe(JSON.stringify(many, null, 2));
  // a long array of plain values, and one holding undefined
  const nums = Array.from({ length: 300 }, (_, i) => (i === 5 ? undefined : i));
  expect(written({ nums })).toBe(JSON.stringify({ nums }, null, 2));
  expect(JSON.parse(written(result)).findings).toHaveLength(2000);
});
