// E01 (必填项未填) on an official form: the 数量, 上季度 and 上月 cells of one row hold three periods, and each
// finding names its own period, so three findings on one row never read as the same one repeated.
import * as path from 'path';
import { mz, tmp } from '../cli/helpers';

test('annual 季报 of 济南 2020: an empty required row gives one finding per period, each naming it', async () => {
  const dir = tmp();
  const out = path.join(dir, '季报.xlsx');
  const fill = await mz(['fill', '--region', '济南', '--year', '2020', '--form', '季报', '--out', out, '--force'], dir);
  expect(fill.code).toBe(0);
  const r = await mz(['check', out, '--json'], dir);
  const file = JSON.parse(r.out);
  const e01 = (file.files?.[0] ?? file).findings.filter((f: { ruleId: string }) => f.ruleId === 'E01');
  const funds = e01.filter((f: { message: string }) => f.message.includes('低保资金'));
  expect(funds.length).toBe(3);
  const byCol = Object.fromEntries(funds.map((f: { message: string; cells: { address: string }[] }) => [f.cells[0].address.replace(/\d+/g, ''), f.message]));
  expect(byCol.D).toContain('(济南市 2020年)未填报'); // 数量: the year
  expect(byCol.E).toContain('(济南市 2020年1-9月)未填报'); // 上季度
  expect(byCol.G).toContain('(济南市 2020年1-11月)未填报'); // 上月
});
