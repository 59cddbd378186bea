// Quarterly forms whose cells were glued together when copied from a web page: label, unit, the form
// code and every number in one run ("民政事业费累计支出万元JZH011310000" + 数量 上季度 环比 上月), and
// a comparison column titled by its month (九月份) instead of 上月. Fixtures invented for these tests:
// the city, labels' order and all figures are made up; the layouts follow such pages.
import { loadCatalogue } from '../../src/core/catalogue';
import { extractRecords, ExtractContext } from '../../src/core/extract/extract';
import { gluedNumbers } from '../../src/core/extract/table';
import { DataRecord } from '../../src/core/types';

const catalogue = loadCatalogue();
const run = (text: string, ctx: Partial<ExtractContext> = {}) => extractRecords(text, { source: 't.txt', catalogue, ...ctx });
const facts = (rs: DataRecord[]) => rs.map((r) => [r.indicatorId, r.breakdown, r.value, r.unit, r.year, r.period]);

describe('glued numbers: only readings the numbers confirm', () => {
  test.each([
    // 数量 上季度 环比 上月: the third number is the change from the second to the first
    ['48,210.523,105.0108.6637,900.2', ['48,210.5', '23,105.0', '108.66', '37,900.2']],
    ['9,321.44,410.8111.33', ['9,321.4', '4,410.8', '111.33']],
    ['1,734.9880.297.10', ['1,734.9', '880.2', '97.10']],
    // no change printed: two equal numbers (with a decimal point, "5.25.2" cannot be one number)
    ['5.25.2', ['5.2', '5.2']],
  ])('%s', (tail, parts) => {
    expect(gluedNumbers(tail)).toEqual(parts);
  });

  test('two equal integers count only when the next line repeats them (the 上月 cell pushed below)', () => {
    expect(gluedNumbers('9696', '96')).toEqual(['96', '96']);
    expect(gluedNumbers('9696', '')).toBeNull(); // 9696 with an empty 上期 cell is as likely
  });

  test.each([
    ['1234'], // 1|234, 12|34, 123|4: nothing confirms any reading
    ['21,034.810,380.699.99'], // the printed change (99.99) fits no split
    ['7,003.5'], // one number alone: not a glued run
    ['78745.4'], // 78|74|5.4 fits, but one number 78745.4 is as likely
    ['110.0'], // 1|1|0.0
    ['7.07'], // 7.0|7: equal values printed alike only
  ])('%s cannot be split safely', (tail) => {
    expect(gluedNumbers(tail)).toBeNull();
  });
});

const GLUED = `2024年青禾市第二季度社会服务统计季报
表    号:JBZH0001 表
编制单位:青禾市
地区编码:4399000000002024年6月
指标名称单位代码数量上季度环比上月
1234
一、综合
JZH011000000
   (一)乡级行政区划JZH0111100009696
96
       1.镇JZH0111110006161
61
       2.乡JZH0111120001212
       6.街道JZH0111130003535
35
       7.区公所JZH011114000
(二)民政事业费累计支出万元JZH01131000048,210.523,105.0108.6637,900.2
    1.社会福利万元JZH0112110009,321.44,410.8111.33
    2.社会救助万元JZH01121200021,034.810,380.699.99
             (1)最低生活保障万元JZH0112121002,087.61,020.3104.61
                  II 城市低保临时补贴万元JZH0112121125.25.2
5.2
`;

describe('cells glued to the form code (label单位CODE数量上季度环比上月)', () => {
  const res = run(GLUED);

  test('the 数量 cells become records with the title period; units split off the label', () => {
    expect(facts(res.records)).toEqual(
      expect.arrayContaining([
        ['township_level_units', '', 96, '个', 2024, '6月'],
        ['township_level_units', '镇', 61, '个', 2024, '6月'],
        ['township_level_units', '街道', 35, '个', 2024, '6月'],
        ['mz_expenditure', '', 48210.5, '万元', 2024, '上半年'],
        ['social_welfare_expenditure', '', 9321.4, '万元', 2024, '上半年'],
        ['dibao_funds', '', 2087.6, '万元', 2024, '上半年'],
        ['dibao_temp_subsidy', '城市', 5.2, '万元', 2024, '上半年'],
      ]),
    );
  });

  test('上季度, 环比 and 上月 values are never records', () => {
    const values = res.records.map((r) => r.value);
    for (const v of [23105, 37900.2, 108.66, 4410.8, 111.33, 1020.3, 104.61]) expect(values).not.toContain(v);
  });

  test('a glued run that no reading confirms is a candidate with its reason, never a record', () => {
    expect(res.records.some((r) => r.indicatorId === 'assist_funds' || r.quote.includes('社会救助'))).toBe(false);
    const c = res.candidates.filter((x) => x.quote.includes('社会救助万元'));
    expect(c.length).toBeGreaterThan(0);
    expect(['malformed', 'ambiguous_column']).toContain(c[0].reason);
  });

  test('two equal integers glued without the repeated 上月 line below are not split: a candidate, neither 12 nor 1212', () => {
    expect(res.records.some((r) => r.breakdown === '乡')).toBe(false);
    expect(res.candidates.filter((c) => c.quote.includes('2.乡')).map((c) => c.reason)).toEqual(['ambiguous_column']);
  });

  test('区公所 is a label, not 区公 with the unit 所', () => {
    expect(res.records.some((r) => r.unit === '所')).toBe(false);
  });
});

const MONTH_COLUMN = `民政统计季报表
编制单位:青禾市 批准机关:国 家 统 计 局
地区编码:439900000000 2024年10月
指标名称 单位 代码 数量 九月份 环比
1 2 3
一、综合 JZH011000000
     (一)乡级行政区划 JZH011110000 96 96
        1.镇 JZH011111000 61 61
     (二)民政事业费累计支出 万元 JZH011310000 52,406.2 47,118.9 11.22
`;

describe('a comparison column titled by its month (数量 | 九月份 | 环比)', () => {
  test('two equal numbers fill 数量 and 九月份 (no change printed): records, not ambiguous', () => {
    const res = run(MONTH_COLUMN);
    expect(facts(res.records)).toEqual(
      expect.arrayContaining([
        ['township_level_units', '', 96, '个', 2024, '10月'],
        ['township_level_units', '镇', 61, '个', 2024, '10月'],
        ['mz_expenditure', '', 52406.2, '万元', 2024, '1-10月'],
      ]),
    );
    expect(res.records.map((r) => r.value)).not.toContain(47118.9);
  });
});

// one cell per line; the parts of 城市/农村 最低生活保障 numbered (1) (2) under unnumbered rows, with the long
// names of the older forms (最低生活保障金, 最低生活保障对象临时补助)
const cells = (rows: string[][]) => rows.map((r) => r.map((c) => c + ' |').join('\n')).join('\n');
const LONG_NAMES = `2021年社会服务统计月报表(5月份)
编制单位:青禾市 |
${cells([
  ['指标名称', '单位', '数量', '上期', '环比'],
  ['城市最低生活保障', '万元', '130.0', '100.0', '30.00'],
  ['(1)城市最低生活保障金', '万元', '120.0', '92.0', '30.43'],
  ['(2)城市最低生活保障对象临时补助', '万元', '10.0', '8.0', '25.00'],
  ['农村最低生活保障', '万元', '260.0', '200.0', '30.00'],
  ['(1)农村最低生活保障金', '万元', '240.0', '185.0', '29.73'],
  ['(2)对象临时补助', '万元', '20.0', '15.0', '33.33'],
])}
`;

describe('older form names and unnumbered rows after numbered parts', () => {
  const res = run(LONG_NAMES);

  test('最低生活保障金 / 最低生活保障对象临时补助 are the 低保金 and 低保临时补助 rows', () => {
    expect(facts(res.records)).toEqual(
      expect.arrayContaining([
        ['dibao_funds', '城市', 130, '万元', 2021, '1-5月'],
        ['dibao_allowance_paid', '城市', 120, '万元', 2021, '1-5月'],
        ['dibao_temp_subsidy', '城市', 10, '万元', 2021, '1-5月'],
        ['dibao_allowance_paid', '农村', 240, '万元', 2021, '1-5月'],
      ]),
    );
  });

  test('农村最低生活保障 is a sibling of 城市最低生活保障, so its (2) part is 农村’s, never 城市’s', () => {
    expect(facts(res.records)).toContainEqual(['dibao_temp_subsidy', '农村', 20, '万元', 2021, '1-5月']);
    expect(res.records.filter((r) => r.indicatorId === 'dibao_temp_subsidy' && r.breakdown === '城市').map((r) => r.value)).toEqual([10]);
  });

});

describe('the compiling unit in a header line with other fields', () => {
  test('编制单位 ends where the next header field (批准机关) begins', () => {
    const res = run(MONTH_COLUMN);
    expect([...new Set(res.records.map((r) => r.region))]).toEqual(['青禾市']);
  });
});

// a monthly table copied without spaces and without a code column: label, unit, 数量, 上期 and 环比 in one run
const GLUED_NO_CODE = `2023年青禾市社会服务统计5月份报表
指标名称单位数量上期环比
城市最低生活保障
   最低生活保障人数人3,2353,1801.73
   最低生活保障户数户1,9061,906
农村最低生活保障
   最低生活保障人数人8,1208,202-1.00
   最低生活保障户数户4,377
`;

describe('数量, 上期 and 环比 glued to the label without a code', () => {
  const res = run(GLUED_NO_CODE);

  test('the runs the numbers confirm (a change, or two equal numbers) give the 数量 records; a negative change is read too', () => {
    expect(facts(res.records)).toEqual([
      ['dibao_persons', '城市', 3235, '人', 2023, '5月'],
      ['dibao_households', '城市', 1906, '户', 2023, '5月'],
      ['dibao_persons', '农村', 8120, '人', 2023, '5月'],
    ]);
  });

  test('a lone number in a row with three value columns stays a candidate', () => {
    expect(res.candidates.filter((c) => c.value === 4377).map((c) => c.reason)).toEqual(['ambiguous_column']);
  });
});

describe('a glued header with a month-titled column (指标名称单位代码数量九月份环比)', () => {
  test('the header is read; 数量 cells are records, 九月份 cells the previous month’s candidates', () => {
    const text = `民政统计季报表(2024年10月)
编制单位:青禾市
指标名称单位代码数量九月份环比
(一)乡级行政区划JZH011110000202202
202
(二)民政事业费累计支出万元JZH011310000154,084.4138,714.211.08
`;
    const res = run(text);
    expect(facts(res.records)).toEqual([
      ['township_level_units', '', 202, '个', 2024, '10月'],
      ['mz_expenditure', '', 154084.4, '万元', 2024, '1-10月'],
    ]);
    expect(res.candidates.filter((c) => c.value === 138714.2).map((c) => [c.reason, c.period])).toEqual([['previous_column', '1-9月']]);
  });
});
