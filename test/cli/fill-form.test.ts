// mz fill --form: the official 季报/月报 written to xlsx, read back, checked; --previous from a kept workbook.
import * as path from 'path';
import { mz, tmp, write } from './helpers';
import { XlsxWorkbook } from '../../src/adapters/xlsx';
import { writeXlsx } from '../../src/adapters/xlsxWriter';
import { BINDINGS_SHEET, decodeBindings } from '../../src/core/bindings';
import { loadForms } from '../../src/core/forms';

async function open(file: string) {
  const wb = await XlsxWorkbook.load(path.join(tmp(), file));
  const snaps = await wb.readSheets();
  const sheet = (n: string) => snaps.find((s) => s.name === n)!;
  return { snaps, sheet, bindings: decodeBindings(sheet(BINDINGS_SHEET)) };
}

const v2022 = loadForms().find((f) => f.id === 'JBZH0001-2022')!;
const assistRow = 5 + v2022.rows.findIndex((r) => r.id === 'exp_assist');

describe('mz fill --form', () => {
  test('季报 济南 2020: the form sheet with its header, bound cells that mz check reads', async () => {
    const r = await mz(['fill', '--form', '季报', '--region', '济南', '--year', '2020', '--out', 'jn.xlsx']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('已写入 jn.xlsx(民政统计季报表 JBZH0001-2020,报告期 2020年,济南市)');
    const { snaps, sheet, bindings } = await open('jn.xlsx');
    expect(snaps.map((s) => s.name)).toEqual(['季报·济南市', BINDINGS_SHEET]);
    const s = sheet('季报·济南市');
    expect(s.values[0][0]).toBe('民政统计季报表');
    expect(s.values[1][0]).toBe('表号:JBZH0001表');
    expect(s.values[2][0]).toBe('编制单位:山东省济南市');
    expect(s.values[2][2]).toBe('地区编码:370100000000');
    expect(s.values[2][4]).toBe('报告期:2020年');
    expect(bindings.length).toBeGreaterThan(100);
    expect(bindings.every((b) => b.sheet === '季报·济南市' && b.region === '济南市')).toBe(true);
    const c = await mz(['check', 'jn.xlsx']);
    expect(c.code).toBe(0);
    expect(c.out).toContain('工作表 季报·济南市');
  });

  test('河口区 2021年1-6月 with a kept previous workbook: 上季度 from it, 环比 as a formula', async () => {
    // a workbook the user kept for 2021年1-3月: own layout, no codes
    const kept = await writeXlsx([
      {
        name: '一季度',
        blocks: [
          {
            topLeft: 'A1',
            values: [
              ['民政统计季报表', null, null],
              ['报告期:2021年03月', null, null],
              ['指标名称', '单位', '数量'],
              ['2.社会救助', '万元', 800],
              ['社会组织', '个', 31],
            ],
          },
        ],
        merges: [],
        colWidths: [30, 8, 10],
      },
    ]);
    write('q1.xlsx', Buffer.from(kept));
    const r = await mz(['fill', '--form', '季报', '--region', '河口区', '--year', '2021年1-6月', '--previous', 'q1.xlsx', '--out', 'hk.xlsx']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('报告期 2021年1-6月');
    expect(r.out).toContain('上期数取自 q1.xlsx(报告期 2021年03月):2 个');
    const { sheet } = await open('hk.xlsx');
    const s = sheet('季报·河口区');
    expect(s.values[2][4]).toBe('报告期:2021年1-6月');
    expect(s.values[assistRow][2]).toBe('JZH011212000');
    expect(s.values[assistRow][3]).toBe(1660);
    expect(s.values[assistRow][4]).toBe(800);
    expect(s.values[5 + v2022.rows.findIndex((x) => x.id === 'social_orgs')][4]).toBe(31);
    expect(s.formulas[assistRow][5]).toMatch(/^=?IF\(OR\(D\d+="",E\d+="",E\d+=0,D\d+=E\d+\),"",ROUND\(\(D\d+-E\d+\)\/E\d+\*100,2\)\)$/);
  });

  test('an annual 季报 for 河口区 2021 leaves its half-year figures blank and says why', async () => {
    const r = await mz(['fill', '--form', '季报', '--region', '河口区', '--year', '2021', '--out', 'hk-annual.xlsx']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/河口区 D\d+ 2\.社会救助:数据集只有 2021年上半年 的数,报告期为 2021年/);
    const { sheet } = await open('hk-annual.xlsx');
    expect(sheet('季报·河口区').values[assistRow][3]).toBeNull();
  });

  test('月报 and --version', async () => {
    const r = await mz(['fill', '--form', '月报', '--region', '济南', '--year', '2022年9月', '--out', 'm.xlsx']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('民政统计月报表 YZH-2022,报告期 2022年09月');
    const v = await mz(['fill', '--form', '季报', '--version', 'JBZH0001-2019', '--region', '济南', '--year', '2020', '--out', 'v.xlsx']);
    expect(v.code).toBe(0);
    expect(v.out).toContain('按指定使用 JBZH0001-2019 版');
  });

  test.each([
    [['--form', '年报'], '--form “年报”无法识别;可写 季报 或 月报'],
    [['--form', '季报', '--previous', 'nope.xlsx'], '--previous:无法读取“nope.xlsx”:文件不存在'],
    [['--version', 'JBZH0001-2019'], '--version 和 --previous 只能与 --form 一起使用'],
    [['--form', '季报', '--version', 'X-1'], '未知的报表版本“X-1”'],
    [['--form', '季报', '--tables', '殡葬'], '--form 与 --tables 不能同时使用'],
  ])('%j is refused in Chinese (exit 2)', async (args, msg) => {
    const r = await mz(['fill', '--region', '济南', '--year', '2020', '--out', 'bad.xlsx', ...args]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(msg);
  });
});
