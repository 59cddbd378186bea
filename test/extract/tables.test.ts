// Flattened statistical tables. Every fixture below was written for these tests: the layouts copy
// what 月报/季报 pages and yearbook PDFs look like once flattened to text (pipe rows, one cell per
// line, glued label+unit+number, Chinese–English rows, two tables side by side), with labels, their
// order and all figures invented.
import { loadCatalogue } from '../../src/core/catalogue';
import { extractRecords, ExtractContext } from '../../src/core/extract/extract';
import { findTables, labelParts } from '../../src/core/extract/table';
import { CodeIndex, endMonthOf } from '../../src/core/extract/tableMap';
import { BreakdownSet, Catalogue, DataRecord, IndicatorDef } from '../../src/core/types';
import { Candidate } from '../../src/core/extract/candidates';

const catalogue = loadCatalogue();
const run = (text: string, ctx: Partial<ExtractContext> = {}) => extractRecords(text, { source: 't.txt', catalogue, ...ctx });
/** [indicator, breakdown, value, unit, year, period] of each record. */
const facts = (rs: DataRecord[]) => rs.map((r) => [r.indicatorId, r.breakdown, r.value, r.unit, r.year, r.period]);
const valuesOf = (rs: DataRecord[]) => rs.map((r) => r.value);
const cand = (cs: Candidate[], value: number) => cs.filter((c) => c.value === value);

/** Every record's quote is the exact text at its offset. */
function expectExactQuotes(text: string, rs: DataRecord[]) {
  for (const r of rs) expect(text.slice(r.offset, r.offset + r.quote.length)).toBe(r.quote);
}

describe('labels: numbering, markers, units in parentheses', () => {
  test.each([
    ['一、民政事业费累计支出', '一、', 1, '', '民政事业费累计支出'],
    ['(二)提供住宿的机构', '(二)', 2, '', '提供住宿的机构'],
    ['6.街道', '6.', 3, '', '街道'],
    ['(3)临时救助支出', '(3)', 4, '', '临时救助支出'],
    ['A、养老机构', 'A、', 5, '', '养老机构'],
    ['B 城市低保户数', 'B', 5, '', '城市低保户数'],
    ['II 农村低保临时补助', 'II', 6, '', '农村低保临时补助'],
    ['其中:(1)儿童福利', '(1)', 4, '其中', '儿童福利'],
    ['其中:民族乡', '', 0, '其中', '民族乡'],
    ['#光荣院', '', 0, '#', '光荣院'],
    ['指 标', '', 0, '', '指标'],
  ])('%s', (raw, numbering, rank, child, label) => {
    expect(labelParts(raw)).toMatchObject({ numbering, rank, child, label });
  });

  test('a trailing * and a unit in parentheses are split off', () => {
    expect(labelParts('结婚登记*')).toMatchObject({ label: '结婚登记', star: true, unit: '' });
    expect(labelParts('孤儿数 (人)')).toMatchObject({ label: '孤儿数', unit: '人' });
    expect(labelParts('低保资金(万元)')).toMatchObject({ label: '低保资金', unit: '万元' });
    expect(labelParts('救助类机构(救助管理站)')).toMatchObject({ label: '救助类机构(救助管理站)', unit: '' });
  });

  test('a decimal is not a numbering', () => {
    expect(labelParts('1.5倍标准').rank).toBe(0);
  });
});

describe('periods given by the caller', () => {
  test.each([
    ['全年', 12],
    ['上半年', 6],
    ['Q3', 9],
    ['前三季度', 9],
    ['1-9月', 9],
    ['9月', 9],
    ['2021-09', 9],
    ['截至十月底', 10],
    ['随便写的', undefined],
  ])('%s → %s', (p, m) => expect(endMonthOf(p)).toBe(m));
});

// ---------------------------------------------------------------- quarterly form with codes

const QUARTERLY = `民政统计季报表 | | | | | | |
编制单位:潍坊市 | 2023年9月 | | | | | |
指标名称 | 单位 | 代码 | 数量 | 上季度 | 环比 | 上月 |
甲 | 乙 | 丙 | 1 | 2 | 3 | 4 |
一、综合 | | TST011000000 | | | | |
(一)民政事业费累计支出 | 万元 | TST011310000 | 86,420.5 | 57,310.2 | 50.79 | 76,004.8 |
1.社会福利 | 万元 | TST011211000 | 9,802.1 | 6,540.0 | 49.88 | 8,611.7 |
其中:(1)儿童福利 | 万元 | TST011211100 | 1,540.2 | 1,003.9 | 53.42 | 1,366.0 |
2.社会救助 | 万元 | TST011314000 | 61,250.0 | 40,118.6 | 52.67 | 53,990.1 |
(1)最低生活保障 | 万元 | TST011314100 | 40,012.7 | 26,400.3 | 51.56 | 35,260.0 |
A 城市低保累计支出 | 万元 | TST011314110 | 12,300.4 | 8,120.9 | 51.47 | 10,840.2 |
I 城市低保金 | 万元 | TST011314111 | 12,010.4 | 7,930.0 | 51.45 | 10,600.0 |
II 城市低保临时补助 | 万元 | TST011314112 | | | | |
(2)临时救助支出 | 万元 | TST011314300 | 2,415.6 | 1,603.2 | 50.67 | 2,130.5 |
二、社会救助对象 | | | | | | |
城市低保人数 | 人 | TST012411000 | 18,452 | 18,610 | -0.85 | 18,500 |
农村低保户数 | 户 | TST012412000 | 40,117 | 40,305 | -0.47 | 40,220 |
`;

describe('pipe rows with a code column and 上季度/环比/上月 columns', () => {
  const r = run(QUARTERLY);

  test('only the 数量 column becomes records, with the title period and the 编制单位 region', () => {
    expect(facts(r.records)).toEqual([
      ['mz_expenditure', '', 86420.5, '万元', 2023, '1-9月'],
      ['social_welfare_expenditure', '', 9802.1, '万元', 2023, '1-9月'],
      ['child_welfare_expenditure', '', 1540.2, '万元', 2023, '1-9月'],
      ['assist_funds', '', 61250, '万元', 2023, '1-9月'],
      ['dibao_funds', '', 40012.7, '万元', 2023, '1-9月'],
      ['dibao_funds', '城市', 12300.4, '万元', 2023, '1-9月'],
      ['dibao_allowance_paid', '城市', 12010.4, '万元', 2023, '1-9月'],
      ['temp_assist_funds', '', 2415.6, '万元', 2023, '1-9月'],
      ['dibao_persons', '城市', 18452, '人', 2023, '9月'],
      ['dibao_households', '农村', 40117, '户', 2023, '9月'],
    ]);
    expect(r.records.every((x) => x.region === '潍坊市')).toBe(true);
    expectExactQuotes(QUARTERLY, r.records);
    expect(r.records[0].quote).toBe('(一)民政事业费累计支出 | 万元 | TST011310000 | 86,420.5 | 57,310.2 | 50.79 | 76,004.8 |');
  });

  test('上季度/上月 values, 环比 percentages, codes and column marks are never records', () => {
    const v = valuesOf(r.records);
    for (const bad of [57310.2, 76004.8, 50.79, 40118.6, 53990.1, 18610, 18500, 40305, -0.85, 11310000, 1, 2, 3, 4]) expect(v).not.toContain(bad);
  });

  test('I 城市低保金 under A 城市低保累计支出 is a part of it, not 城市低保资金: the 低保金发放额 row, never the parent indicator again', () => {
    expect(r.records.filter((x) => x.value === 12010.4).map((x) => [x.indicatorId, x.breakdown])).toEqual([['dibao_allowance_paid', '城市']]);
    expect(r.records.filter((x) => x.indicatorId === 'dibao_funds' && x.breakdown === '城市').map((x) => x.value)).toEqual([12300.4]);
    expect(cand(r.candidates, 12300.4)).toEqual([]);
  });

  test('previous-period columns are candidates dated to their own period; 环比 is not even a candidate', () => {
    expect(cand(r.candidates, 57310.2)).toEqual([
      expect.objectContaining({ reason: 'previous_column', indicatorId: 'mz_expenditure', year: 2023, period: '上半年' }),
    ]);
    expect(cand(r.candidates, 76004.8)).toEqual([
      expect.objectContaining({ reason: 'previous_column', indicatorId: 'mz_expenditure', year: 2023, period: '1-8月' }),
    ]);
    expect(cand(r.candidates, 18610)).toEqual([expect.objectContaining({ reason: 'previous_column', year: 2023, period: '6月' })]);
    expect(cand(r.candidates, 50.79)).toEqual([]);
    expect(cand(r.candidates, -0.85)).toEqual([]);
    expect(r.notes.some((n) => /环比\/同比等派生百分比 \d+ 个/.test(n))).toBe(true);
  });

  test('the structure: headings, numbering and parents', () => {
    const t = findTables(QUARTERLY)[0];
    expect(t.layout).toBe('pipe');
    expect(t.panels[0].map((c) => c.role)).toEqual(['label', 'unit', 'code', 'current', 'previous', 'derived', 'previous']);
    const row = (label: string) => t.rows.find((x) => x.label === label)!;
    expect(t.rows[row('城市低保金').parent].label).toBe('城市低保累计支出');
    expect(t.rows[row('城市低保累计支出').parent].label).toBe('最低生活保障');
    expect(t.rows[row('儿童福利').parent].label).toBe('社会福利');
    expect(row('城市低保人数').path.map((p) => t.rows[p].label)).toEqual(['社会救助对象']);
    expect(row('民政事业费累计支出').code).toBe('TST011310000');
  });
});

// ---------------------------------------------------------------- January: 上期 is last December

const JANUARY = `2024年1月社会服务统计月报
来源:某省民政厅
时间:2024-02-19 10:12
| 民政统计月报表 | ||||
| 编制单位:山东省 | 2024年度 01月份 | |||
| 指标名称 | 单位 | 数量 | 上期 | 环比 |
| 甲 | 丙 | 1 | 2 | 3 |
| (二)民政事业费累计支出 | 万元 | 9,310.6 | 101,254.0 | -90.80 |
| 1.社会救助 | 万元 | 5,120.3 | 60,015.9 | -91.47 |
| (三)儿童福利 | ||||
| 1.孤儿数 | 人 | 412 | 418 | -1.44 |
| (四)社会救助 | ||||
| 1.临时救助 | 人次 | 1,203 | 15,880 | -92.42 |
`;

describe('a January report: 上期 is the previous December (a whole year of spending)', () => {
  const r = run(JANUARY);

  test('January values only, flows labelled 1月', () => {
    expect(facts(r.records)).toEqual([
      ['mz_expenditure', '', 9310.6, '万元', 2024, '1月'],
      ['assist_funds', '', 5120.3, '万元', 2024, '1月'],
      ['orphan_persons', '', 412, '人', 2024, '1月'],
      ['temp_assist_times', '', 1203, '人次', 2024, '1月'],
    ]);
    expect(r.records.every((x) => x.region === '山东省')).toBe(true);
  });

  test('the ten-times-larger 上期 figures are candidates of the previous year, never records', () => {
    for (const v of [101254, 60015.9, 418, 15880]) expect(valuesOf(r.records)).not.toContain(v);
    expect(cand(r.candidates, 101254)).toEqual([
      expect.objectContaining({ reason: 'previous_column', indicatorId: 'mz_expenditure', year: 2023, period: '全年' }),
    ]);
    expect(cand(r.candidates, 101254)[0].message).toContain('上年全年数');
    expect(cand(r.candidates, 418)).toEqual([expect.objectContaining({ reason: 'previous_column', year: 2023, period: '全年' })]);
  });

  test('the publication date is not the report period', () => {
    expect(r.records.some((x) => x.period === '2月' || x.year !== 2024)).toBe(false);
  });
});

// ---------------------------------------------------------------- one cell per line

const VERTICAL = `发布时间:2023-10-20 09:30 来源:规划科 | 【打印】 |
指标名称 |
单位 |
代码 |
数量 |
上年数据 |
同比 |
甲 |
乙 |
丙 |
1 |
2 |
3 |
一、社会救助 |
|
TST012000000 |
|
|
|
城市低保人数 |
人 |
TST012411000 |
5,812 |
6,020 |
-3.46 |
3.民族乡 |
个 |
TST011112100 |
|
|
|
结婚登记 |
对 |
TST013110000 |
2,340 |
2,515 |
-6.96 |
`;

describe('vertical layout: every cell on its own line', () => {
  test('with the period given: the 数量 cells are records, 上年数据 are last year’s candidates', () => {
    const r = run(VERTICAL, { region: '东营市', year: 2023, period: '1-9月' });
    expect(facts(r.records)).toEqual([
      ['dibao_persons', '城市', 5812, '人', 2023, '1-9月'],
      ['marriage_reg', '', 2340, '对', 2023, '1-9月'],
    ]);
    expect(r.records[0].quote).toBe('城市低保人数 |\n人 |\nTST012411000 |\n5,812 |\n6,020 |\n-3.46 |');
    expectExactQuotes(VERTICAL, r.records);
    expect(cand(r.candidates, 6020)).toEqual([expect.objectContaining({ reason: 'previous_column', year: 2022, period: '9月' })]);
    expect(cand(r.candidates, 2515)).toEqual([expect.objectContaining({ reason: 'previous_column', year: 2022, period: '1-9月' })]);
    for (const v of [6020, 2515, -3.46, -6.96, 12411000]) expect(valuesOf(r.records)).not.toContain(v);
  });

  test('without any period (only a publication date): no record, period_unknown candidates', () => {
    const r = run(VERTICAL, { region: '东营市', year: 2023 });
    expect(r.records).toEqual([]);
    expect(cand(r.candidates, 5812)).toEqual([expect.objectContaining({ reason: 'period_unknown', indicatorId: 'dibao_persons' })]);
    expect(r.notes.join(';')).toContain('表格未写报告期');
  });

  test('a period the caller only inferred does not decide a table’s period', () => {
    const r = run(VERTICAL, { region: '东营市', year: 2023, period: '全年', periodInferred: true });
    expect(r.records).toEqual([]);
  });
});

// ---------------------------------------------------------------- glued label+unit+number, headings decide

const GLUED = `当前位置:首页 > 统计数据
2023年社会服务统计6月份报表
发布日期:2023-07-15 来源:统计科

指标名称单位数量
一、民政事业费累计支出亿元12.6
二、社会救助

      城市最低生活保障

         最低生活保障人数万人2.4
         最低生活保障平均标准元/人·月1,080.0
      农村最低生活保障

         最低生活保障人数万人5.9
         最低生活保障平均标准元/人·年9,360.0
      临时救助万人次0.7
三、养老服务
        养老机构215
        养老机构床位万张2.8
        社区养老床位数万张0.4
        护理型床位万张
四、儿童福利
       孤儿万人0.05
          集中养育孤儿万人0.02
`;

describe('glued rows: the heading decides what 最低生活保障人数 means', () => {
  const r = run(GLUED, { region: '淄博市' });

  test('records', () => {
    expect(facts(r.records)).toEqual([
      ['mz_expenditure', '', 12.6, '亿元', 2023, '上半年'],
      ['dibao_persons', '城市', 2.4, '万人', 2023, '6月'],
      ['dibao_std_urban', '', 1080, '元/人·月', 2023, '6月'],
      ['dibao_persons', '农村', 5.9, '万人', 2023, '6月'],
      ['dibao_std_rural', '', 9360, '元/人·年', 2023, '6月'],
      ['temp_assist_times', '', 0.7, '万人次', 2023, '上半年'],
      ['elder_institutions', '', 215, '个', 2023, '6月'],
      ['elder_inst_beds', '', 2.8, '万张', 2023, '6月'],
      ['community_elder_beds', '', 0.4, '万张', 2023, '6月'],
      ['orphan_persons', '', 0.05, '万人', 2023, '6月'],
      ['orphan_persons', '机构养育', 0.02, '万人', 2023, '6月'],
    ]);
    expect(r.records[1].quote).toBe('最低生活保障人数万人2.4');
    expectExactQuotes(GLUED, r.records);
  });

  test('社区养老床位 is its own indicator, not 养老床位, and an empty row gives nothing', () => {
    expect(r.records.filter((x) => x.value === 0.4).map((x) => x.indicatorId)).toEqual(['community_elder_beds']);
    expect(r.records.some((x) => x.indicatorId === 'elder_beds')).toBe(false);
    expect(r.records.some((x) => x.indicatorId === 'nursing_beds')).toBe(false);
  });

  test('the structure follows the indentation', () => {
    const t = findTables(GLUED)[0];
    expect(t.layout).toBe('text');
    const temp = t.rows.find((x) => x.label === '临时救助')!;
    expect(temp.path.map((p) => t.rows[p].label)).toEqual(['社会救助']);
    const empty = t.rows.find((x) => x.label === '护理型床位')!;
    expect(empty).toMatchObject({ data: true, unit: '万张', cells: [] });
  });
});

// ---------------------------------------------------------------- label and next heading merged, values on the next line

const MERGED = `指标 | 单位 | 数量 | |||
一、民政事业费累计支出 二、社会组织 |
万元 | 31,250.7 | |||
社会团体 | 个 | 842 | |||
民办非企业单位 | 个 | 1,106 | |||
三、社会救助 |
|||||
农村最低生活保障 |
|||||
最低生活保障人数 | 人 | 3,400 | |||
城乡特困人员 四、婚姻登记 |
人 | 9,870 | |||
结婚登记* | 对 | 6,402 | |||
注:1、乡含民族乡。 | |||||
2、带“*”指标是本年截至统计期的累计数,其他是期末数据。 | |||||
`;

describe('mis-merged cells: a label and the next heading on one line', () => {
  const r = run(MERGED, { region: '烟台市', year: 2024, period: 'Q2' });

  test('the values belong to the first label; the second part is a heading', () => {
    expect(facts(r.records)).toEqual([
      ['mz_expenditure', '', 31250.7, '万元', 2024, '上半年'],
      ['social_groups', '', 842, '个', 2024, 'Q2'],
      ['non_enterprise_units', '', 1106, '个', 2024, 'Q2'],
      ['dibao_persons', '农村', 3400, '人', 2024, 'Q2'],
      ['tekun_persons', '', 9870, '人', 2024, 'Q2'],
      ['marriage_reg', '', 6402, '对', 2024, '上半年'],
    ]);
    expect(r.records[0].quote).toBe('一、民政事业费累计支出 二、社会组织 |\n万元 | 31,250.7 | |||');
    expectExactQuotes(MERGED, r.records);
  });

  test('notes are not rows', () => {
    const t = findTables(MERGED)[0];
    expect(t.notes.length).toBe(2);
    expect(t.rows.some((x) => /累计数/.test(x.label))).toBe(false);
    const social = t.rows.find((x) => x.label === '社会团体')!;
    expect(t.rows[social.parent].label).toBe('社会组织');
  });
});

// ---------------------------------------------------------------- yearbooks

const YEARBOOK_PIPE = `| 8-2 社会服务机构数(2019-2023年) | |||||
| 单位:个 | |||||
| 项目 | 2019 | 2020 | 2021 | 2022 | 2023 |
| 合计 | 320 | 335 | 341 | 352 | 360 |
| 养老机构 | 140 | 151 | 158 | 166 | 171 |
| 社会团体 | 610 | 622 | 640 | 655 | 671 |
| 注:2021年起含民办机构。 | |||||
`;

describe('yearbook with year columns, current year last', () => {
  test('the latest year column is current; the others are other_year candidates', () => {
    const r = run(YEARBOOK_PIPE, { region: '济宁市' });
    expect(facts(r.records)).toEqual([
      ['elder_institutions', '', 171, '个', 2023, '全年'],
      ['social_groups', '', 671, '个', 2023, '全年'],
    ]);
    for (const v of [140, 151, 158, 166, 610, 655, 2019, 2023]) expect(valuesOf(r.records)).not.toContain(v);
    expect(cand(r.candidates, 166)).toEqual([expect.objectContaining({ reason: 'other_year', year: 2022, period: '全年', indicatorId: 'elder_institutions' })]);
    // 合计 is understood only through the caption, which here also reads as 民非's new name: a suggestion, not a record
    expect(cand(r.candidates, 360)).toEqual([expect.objectContaining({ reason: 'no_indicator', indicatorId: 'non_enterprise_units' })]);
  });

  test('a year the caller gives picks that column', () => {
    const r = run(YEARBOOK_PIPE, { region: '济宁市', year: 2022 });
    expect(facts(r.records)).toEqual([
      ['elder_institutions', '', 166, '个', 2022, '全年'],
      ['social_groups', '', 655, '个', 2022, '全年'],
    ]);
  });
});

const TWO_PANELS = `某市统计年鉴(2024)

                 指标名称        单位     2023 年 2022 年          指标名称        单位    2023 年 2022 年



            一、社会救助对象                                    三、婚姻登记



            城市低保人数            人    21050   22310          结婚登记            对     8120    8730



            农村低保人数            人    64200   66980          离婚登记            对     2950    3110



            二、养老机构                                        四、社会组织



                 机构数            个      88      85          社会团体            个      512     498
`;

describe('two tables side by side, current year FIRST ("2023 年 2022 年")', () => {
  const r = run(TWO_PANELS, { region: '济南市' });

  test('each half-line is its own row; the 2023 column is current', () => {
    expect(facts(r.records)).toEqual([
      ['dibao_persons', '城市', 21050, '人', 2023, '全年'],
      ['marriage_reg', '', 8120, '对', 2023, '全年'],
      ['dibao_persons', '农村', 64200, '人', 2023, '全年'],
      ['divorce_reg', '', 2950, '对', 2023, '全年'],
      ['elder_institutions', '', 88, '个', 2023, '全年'],
      ['social_groups', '', 512, '个', 2023, '全年'],
    ]);
    for (const v of [22310, 66980, 8730, 3110, 85, 498]) expect(valuesOf(r.records)).not.toContain(v);
    expect(cand(r.candidates, 8730)).toEqual([expect.objectContaining({ reason: 'other_year', year: 2022 })]);
    // each quote is its own half of the line
    expect(r.records[0].quote).toBe('城市低保人数            人    21050   22310');
    expect(r.records[1].quote).toBe('结婚登记            对     8120    8730');
    expectExactQuotes(TWO_PANELS, r.records);
  });

  test('each panel keeps its own headings', () => {
    const t = findTables(TWO_PANELS)[0];
    expect(t.panels).toHaveLength(2);
    const beds = t.rows.find((x) => x.label === '机构数')!;
    expect(beds.panel).toBe(0);
    expect(t.rows[beds.parent].label).toBe('养老机构');
    const social = t.rows.find((x) => x.label === '社会团体')!;
    expect(social.panel).toBe(1);
    expect(t.rows[social.parent].label).toBe('社会组织');
  });
});

const BILINGUAL = `12-4 社会救助情况
Social Assistance
项目 Item 2019 2020 2021 2022 2023
  城市低保人数(人)   Urban Residents Receiving
  Minimum Living Allowance(person)
30512 28740 26105 24890 23310
    #女性    Female 14200 13310 12150 11600 10920
  农村低保人数(人)   Rural Residents Receiving Minimum Living Allowance(person) 88410 85230 80116 77002 74350
  敬老院数(个)   Rural Homes for the Aged 320 305 290    
  养老机构数(个)   Elderly Care Institutions       260 274
  城市特困人员(人)   Urban Destitute Persons 1820 1760
`;

describe('Chinese–English yearbook rows', () => {
  const r = run(BILINGUAL, { region: '枣庄市' });

  test('numbers on the next line or at the end of the line; a right-aligned new row', () => {
    expect(facts(r.records)).toEqual([
      ['dibao_persons', '城市', 23310, '人', 2023, '全年'],
      ['dibao_persons', '农村', 74350, '人', 2023, '全年'],
      ['elder_institutions', '', 274, '个', 2023, '全年'],
      ['tekun_persons', '城市', 1760, '人', 2023, '全年'],
    ]);
    expect(r.records[0].quote).toBe('城市低保人数(人)   Urban Residents Receiving\n  Minimum Living Allowance(person)\n30512 28740 26105 24890 23310');
    expectExactQuotes(BILINGUAL, r.records);
  });

  test('a discontinued row is left-aligned: its last number is an old year, not this year', () => {
    expect(valuesOf(r.records)).not.toContain(290);
    expect(cand(r.candidates, 290)).toEqual([expect.objectContaining({ reason: 'other_year', year: 2021 })]);
  });

  test('fewer numbers than year columns and no spacing evidence: a current indicator fills the latest years', () => {
    expect(valuesOf(r.records)).toContain(1760);
    expect(valuesOf(r.records)).not.toContain(1820);
    expect(cand(r.candidates, 1820)).toEqual([expect.objectContaining({ reason: 'other_year', year: 2022 })]);
  });

  test('#女性 is a part of the row above, never the total', () => {
    expect(valuesOf(r.records)).not.toContain(10920);
  });
});

const VERTICAL_YEARBOOK = `表 9-6 某省低保与儿童(2022-2023) |
|
|
项 目 |
Item |
2022 |
2023 |
|
|
|
|
城市低保家庭 (户) |
Urban Households Receiving |
15230 |
14870 |
|
Minimum Living Allowance
(household) |
|
|
孤儿数
(人) |
Number of Orphans
(person) |
960 |
902 |
`;

describe('vertical yearbook (label | English | 2022 | 2023)', () => {
  test('cells spanning several lines; the 2023 column is current', () => {
    const r = run(VERTICAL_YEARBOOK, { region: '青岛市' });
    expect(facts(r.records)).toEqual([
      ['dibao_households', '城市', 14870, '户', 2023, '全年'],
      ['orphan_persons', '', 902, '人', 2023, '全年'],
    ]);
    expect(valuesOf(r.records)).not.toContain(15230);
    expect(valuesOf(r.records)).not.toContain(960);
    expectExactQuotes(VERTICAL_YEARBOOK, r.records);
  });
});

const MEASURES = `6-3 提供住宿的社会服务机构情况(2023年)
Accommodation Service Institutions (2023)
项目 Item
Number of Beds
Number of Persons Housed in the year-end
Social(Assistant) Staff
  总计  Total 41250 20180 315
   养老机构   Elderly Care Institutions 36010 17820 210
    儿童福利机构   Child Welfare Institutions 1210 380 45
`;

describe('only English column titles left: three numbers are three measures, not three years', () => {
  test('养老机构 × Number of Beds is 养老机构床位; 总计 under a title naming one indicator is its beds and residents', () => {
    const r = run(MEASURES, { region: '日照市' });
    expect(facts(r.records)).toEqual([
      ['accommodation_beds', '', 41250, '张', 2023, '全年'],
      ['accommodation_residents', '', 20180, '人', 2023, '全年'],
      ['elder_inst_beds', '', 36010, '张', 2023, '全年'],
    ]);
    for (const v of [315, 17820, 210]) expect(valuesOf(r.records)).not.toContain(v);
  });

  test('without the English titles the numbers are ambiguous', () => {
    const text = MEASURES.split('\n').filter((l) => !/^(Number|Social)/.test(l)).join('\n');
    const r = run(text, { region: '日照市' });
    expect(r.records).toEqual([]);
    expect(cand(r.candidates, 36010)).toEqual([expect.objectContaining({ reason: 'ambiguous_column' })]);
  });
});

// ---------------------------------------------------------------- a table inside a prose report

const REPORT = `2023年上半年全区民政工作总结
今年以来,全区共保障城乡低保对象4200人,发放低保资金1860万元。
主要数据如下:
| 指标 | 单位 | 数量 |
| 城市低保人数 | 人 | 1,350 |
| 农村低保人数 | 人 | 2,850 |
| 临时救助 | 人次 | 406 |
下半年,我们将继续做好社会救助工作,力争新增养老床位200张。
`;

describe('a table inside a prose report', () => {
  test('prose sentences and table rows both give records, each quoting its own text', () => {
    const r = run(REPORT, { region: '章丘区', year: 2023, period: '上半年' });
    expect(facts(r.records)).toEqual([
      ['dibao_persons', '', 4200, '人', 2023, '上半年'],
      ['dibao_funds', '', 1860, '万元', 2023, '上半年'],
      ['dibao_persons', '城市', 1350, '人', 2023, '上半年'],
      ['dibao_persons', '农村', 2850, '人', 2023, '上半年'],
      ['temp_assist_times', '', 406, '人次', 2023, '上半年'],
    ]);
    expectExactQuotes(REPORT, r.records);
    expect(r.records[2].quote).toBe('| 城市低保人数 | 人 | 1,350 |');
    expect(cand(r.candidates, 200)).toEqual([expect.objectContaining({ reason: 'plan' })]);
  });
});

// ---------------------------------------------------------------- official codes

describe('official codes through a pluggable code index', () => {
  const TEXT = `2023年6月民政统计季报
| 指标名称 | 单位 | 代码 | 数量 |
| (1)救助对象甲 | 人 | TST012411000 | 2,210 |
| (2)城市低保户数 | 户 | TST012412000 | 1,305 |
| (3)临时救助 | 人次 | TST013000000 | 77 |
| (4)养老机构 | 个 | TST019999999 | 12 |
`;
  const index: CodeIndex = (code) =>
    ({
      TST012411000: { indicatorId: 'dibao_persons', breakdown: '城市' },
      TST012412000: { indicatorId: 'dibao_households', breakdown: '城市' },
      TST013000000: { indicatorId: 'divorce_reg', breakdown: '' },
    })[code];

  test('a code maps an unknown label; a code that contradicts the label is a candidate; codes are never values', () => {
    const r = run(TEXT, { region: '威海市', codeIndex: index });
    expect(facts(r.records)).toEqual([
      ['dibao_persons', '城市', 2210, '人', 2023, '6月'],
      ['dibao_households', '城市', 1305, '户', 2023, '6月'],
      ['elder_institutions', '', 12, '个', 2023, '6月'],
    ]);
    expect(cand(r.candidates, 77)).toEqual([expect.objectContaining({ reason: 'code_mismatch', indicatorId: 'temp_assist_times' })]);
    expect(valuesOf(r.records)).not.toContain(12411000);
  });

  test('without the index the unknown label stays a candidate', () => {
    const r = run(TEXT, { region: '威海市' });
    expect(valuesOf(r.records)).toEqual([1305, 77, 12]);
    expect(cand(r.candidates, 2210)).toEqual([expect.objectContaining({ reason: 'no_indicator' })]);
  });
});

// ---------------------------------------------------------------- units

describe('units: a missing unit is accepted only for integer counts', () => {
  const TEXT = `2023年9月社会服务统计月报
| 指标名称 | 单位 | 数量 |
| 民政事业费累计支出 | | 5,230.0 |
| 养老机构 | | 48 |
| 收养登记 | 人 | 310 |
| 城市低保人数 | | 1,250.5 |
| 城市低保标准 | 元 | 980 |
`;
  const r = run(TEXT, { region: '德州市' });

  test('records and candidates', () => {
    expect(facts(r.records)).toEqual([['elder_institutions', '', 48, '个', 2023, '9月']]);
    expect(cand(r.candidates, 5230)).toEqual([expect.objectContaining({ reason: 'no_unit', indicatorId: 'mz_expenditure' })]);
    expect(cand(r.candidates, 1250.5)).toEqual([expect.objectContaining({ reason: 'no_unit' })]);
    expect(cand(r.candidates, 310)).toEqual([expect.objectContaining({ reason: 'unit_mismatch', indicatorId: 'adoption_reg' })]);
    expect(cand(r.candidates, 980)).toEqual([expect.objectContaining({ reason: 'unit_mismatch' })]);
  });

  test('a table unit line (单位:个) applies to every row', () => {
    const t = findTables(YEARBOOK_PIPE)[0];
    expect(t.unit).toBe('个');
  });
});

describe('no header: the first number is current only when the row has one number', () => {
  test('one number per row is read; two numbers are ambiguous', () => {
    const text = `2023年3月民政统计月报
城市低保人数 人 2,015
农村低保人数 人 6,320 6,410
临时救助 人次 188
`;
    const r = run(text, { region: '聊城市' });
    expect(facts(r.records)).toEqual([
      ['dibao_persons', '城市', 2015, '人', 2023, '3月'],
      ['temp_assist_times', '', 188, '人次', 2023, 'Q1'],
    ]);
    expect(cand(r.candidates, 6320)).toEqual([expect.objectContaining({ reason: 'ambiguous_column' })]);
    expect(cand(r.candidates, 6410)).toEqual([expect.objectContaining({ reason: 'ambiguous_column' })]);
  });
});

describe('texts without tables are left to the prose extractor', () => {
  test('numbered prose lines are not a table', () => {
    const text = `一、社会救助
全区保障城市低保对象1200人,农村低保对象3100人。
二、养老服务
新增养老床位150张,全区养老机构达到12家。
`;
    expect(findTables(text)).toEqual([]);
    const r = run(text, { region: '章丘区', year: 2022, period: '全年' });
    expect(facts(r.records)).toEqual([
      ['dibao_persons', '城市', 1200, '人', 2022, '全年'],
      ['dibao_persons', '农村', 3100, '人', 2022, '全年'],
      ['elder_beds_new', '', 150, '张', 2022, '全年'],
      ['elder_institutions', '', 12, '家', 2022, '全年'],
    ]);
  });
});

describe('linear time on pathological input', () => {
  // 700 KB on one line: no table (a line that long is never a table row), nothing super-linear
  test.each([
    ['| 城市低保人数 | 人 | 3,235 | ', 0],
    ['养老机构586 ', 0],
    ['最低生活保障人数万人7.1', 0],
    ['社会团体  个  1,336  1,200  ', 0],
    ['1234567890', 0],
  ])('700 KB of %j on one line', (unit, records) => {
    const text = unit.repeat(Math.ceil(700_000 / unit.length));
    const r = run(text, { region: '济南市', year: 2022, period: '全年' });
    expect(findTables(text)).toEqual([]);
    expect(r.records).toHaveLength(records);
  });
});

describe('new catalogue entries need no code change', () => {
  // what a catalogue update adds: an indicator split by a new breakdown set, and an alias
  const townshipSet: BreakdownSet = {
    id: 'township_type_t',
    name: '乡级单位类型',
    values: [
      { id: '镇', aliases: [] },
      { id: '乡', aliases: [] },
      { id: '民族乡', aliases: [] },
      { id: '街道', aliases: [] },
    ],
  };
  const township: IndicatorDef = {
    id: 'township_units_t',
    name: '乡级行政区划单位数',
    category: '行政区划',
    kind: 'count',
    unit: '个',
    flow: 'stock',
    breakdowns: 'township_type_t',
    aliases: ['乡级行政区划单位', '乡级行政区划', '乡镇级合计'],
  };
  // the catalogue as it was before 乡级行政区划 came in from the forms
  const before: Catalogue = { ...catalogue, indicators: catalogue.indicators.filter((i) => i.id !== 'township_level_units') };
  const extended: Catalogue = {
    ...before,
    indicators: [
      ...before.indicators.map((i) => (i.id === 'dibao_funds' ? { ...i, aliases: [...i.aliases, '低保累计支出'] } : i)),
      township,
    ],
    breakdowns: [...catalogue.breakdowns, townshipSet],
  };
  const TEXT = `2024年6月民政统计季报
| 指标名称 | 单位 | 数量 |
| (一)乡级行政区划 | 个 | 77 |
| 1.镇 | 个 | 43 |
| 2.乡小计 | 个 | 20 |
| 其中:民族乡 | 个 | 3 |
| 3.街道 | 个 | 14 |
| (二)最低生活保障 | 万元 | 9,120.4 |
| A 城市低保累计支出 | 万元 | 2,204.9 |
| I 城市低保金 | 万元 | 2,190.0 |
`;

  test('with today’s catalogue these rows are candidates only', () => {
    const r = run(TEXT, { region: '泰安市', catalogue: before });
    // (低保金 is the 低保金发放额 row of the catalogue, a sub-row of 城市低保累计支出)
    expect(facts(r.records).filter((f) => f[0] !== 'dibao_funds' && f[0] !== 'dibao_allowance_paid')).toEqual([]);
    expect(cand(r.candidates, 77)).toEqual([expect.objectContaining({ reason: 'no_indicator' })]);
  });

  test('with the new entries: breakdown rows take the indicator of the row above; a sub-row of the same indicator stays a candidate', () => {
    const r = extractRecords(TEXT, { source: 't.txt', catalogue: extended, region: '泰安市' });
    expect(facts(r.records)).toEqual([
      ['township_units_t', '', 77, '个', 2024, '6月'],
      ['township_units_t', '镇', 43, '个', 2024, '6月'],
      ['township_units_t', '乡', 20, '个', 2024, '6月'],
      ['township_units_t', '民族乡', 3, '个', 2024, '6月'],
      ['township_units_t', '街道', 14, '个', 2024, '6月'],
      ['dibao_funds', '', 9120.4, '万元', 2024, '上半年'],
      ['dibao_funds', '城市', 2204.9, '万元', 2024, '上半年'],
      ['dibao_allowance_paid', '城市', 2190, '万元', 2024, '上半年'],
    ]);
    // never a second 城市 dibao_funds from the sub-row
    expect(cand(r.candidates, 2190)).toEqual([]);
  });
});

describe('other column titles', () => {
  test('本月 and 本年累计 side by side: a flow gets both spans, a stock only the month', () => {
    const text = `2023年8月社会服务统计月报
| 指标名称 | 单位 | 本月 | 本年累计 | 同比增减(%) |
| 临时救助 | 人次 | 64 | 530 | 3.1 |
| 城市低保人数 | 人 | 2,418 | 2,418 | -1.2 |
`;
    const r = run(text, { region: '菏泽市' });
    expect(facts(r.records)).toEqual([
      ['temp_assist_times', '', 64, '人次', 2023, '8月'],
      ['temp_assist_times', '', 530, '人次', 2023, '1-8月'],
      ['dibao_persons', '城市', 2418, '人', 2023, '8月'],
    ]);
    expect(r.candidates.filter((c) => c.value === 2418)).toEqual([expect.objectContaining({ reason: 'ambiguous_column' })]);
    expect(valuesOf(r.records)).not.toContain(3.1);
  });

  test('year columns of part of a year ("2023年1-6月 | 2022年1-6月")', () => {
    const text = `| 指标 | 单位 | 2023年1-6月 | 2022年1-6月 | 增长(%) |
| 民政事业费累计支出 | 万元 | 8,204.5 | 7,730.1 | 6.1 |
| 城市低保人数 | 人 | 1,912 | 2,040 | -6.3 |
`;
    const r = run(text, { region: '滨州市' });
    expect(facts(r.records)).toEqual([
      ['mz_expenditure', '', 8204.5, '万元', 2023, '上半年'],
      ['dibao_persons', '城市', 1912, '人', 2023, '6月'],
    ]);
    expect(cand(r.candidates, 7730.1)).toEqual([expect.objectContaining({ reason: 'other_year', year: 2022, period: '上半年' })]);
    expect(cand(r.candidates, 2040)).toEqual([expect.objectContaining({ reason: 'other_year', year: 2022, period: '6月' })]);
  });

  test('a sentence above a table is not its title: its date does not become the table period', () => {
    const text = `截至2022年12月底,全市低保工作平稳有序,具体见下表。
| 指标 | 单位 | 数量 |
| 城市低保人数 | 人 | 1,120 |
| 农村低保人数 | 人 | 3,305 |
`;
    const r = run(text, { region: '聊城市', year: 2023 });
    expect(r.records).toEqual([]);
    expect(cand(r.candidates, 1120)).toEqual([expect.objectContaining({ reason: 'period_unknown' })]);
  });
});

describe('a heading passes its 城市/农村 only to rows about the same subject', () => {
  test('特困人员 under 城市最低生活保障: neither 城市 nor the total for sure, a candidate', () => {
    const text = `2023年9月民政统计季报
| 指标 | 单位 | 数量 |
| 四、社会救助 | | |
| 城市最低生活保障 | | |
| 低保人数 | 人 | 4,210 |
| 低保标准 | 元/人·月 | 860 |
| 特困人员 | 人 | 930 |
| 特困人员供养标准 | 元/人·月 | 1,120 |
`;
    const r = run(text, { region: '临沂市' });
    expect(facts(r.records)).toEqual([
      ['dibao_persons', '城市', 4210, '人', 2023, '9月'],
      ['dibao_std_urban', '', 860, '元/人·月', 2023, '9月'],
    ]);
    expect(cand(r.candidates, 930)).toEqual([expect.objectContaining({ reason: 'ambiguous_breakdown', indicatorId: 'tekun_persons' })]);
    expect(cand(r.candidates, 1120)).toEqual([expect.objectContaining({ reason: 'ambiguous_breakdown', indicatorId: 'tekun_std' })]);
  });
});

describe('headings that name a lower region', () => {
  test('rows under 一、某某区 are that district’s, not the city’s: candidates', () => {
    const text = `2023年6月民政统计月报
| 指标名称 | 单位 | 数量 |
| 城市低保人数 | 人 | 5,410 |
| 一、东湖区 | | |
| 城市低保人数 | 人 | 1,320 |
| 二、西山县 | | |
| 农村低保人数 | 人 | 2,760 |
`;
    const r = run(text, { region: '泰安市' });
    expect(facts(r.records)).toEqual([['dibao_persons', '城市', 5410, '人', 2023, '6月']]);
    expect(cand(r.candidates, 1320)).toEqual([expect.objectContaining({ reason: 'sub_region' })]);
    expect(cand(r.candidates, 2760)).toEqual([expect.objectContaining({ reason: 'sub_region' })]);
  });
});

describe('tab-separated rows and a unit in the column title', () => {
  test('tabs separate cells like spaces; 数量(人) gives rows without a unit their unit', () => {
    const text = '2024年3月民政统计月报\n指标名称\t数量(人)\t上月(人)\n城市低保人数\t2,015\t2,040\n农村低保人数\t6,320\t6,371\n孤儿数\t118\t120\n';
    const r = run(text, { region: '日照市' });
    expect(facts(r.records)).toEqual([
      ['dibao_persons', '城市', 2015, '人', 2024, '3月'],
      ['dibao_persons', '农村', 6320, '人', 2024, '3月'],
      ['orphan_persons', '', 118, '人', 2024, '3月'],
    ]);
    expect(cand(r.candidates, 2040)).toEqual([expect.objectContaining({ reason: 'previous_column', year: 2024, period: '2月' })]);
    expect(findTables(text)[0].panels[0].map((c) => [c.role, c.unit])).toEqual([
      ['label', undefined],
      ['current', '人'],
      ['previous', '人'],
    ]);
  });

  test('the title unit is what makes an amount row readable', () => {
    const text = '2024年3月民政统计月报\n指标名称\t数量(万元)\n民政事业费累计支出\t3,310.2\n临时救助支出\t120.5\n社会救助\t2,006.0\n';
    const r = run(text, { region: '日照市' });
    expect(facts(r.records)).toEqual([
      ['mz_expenditure', '', 3310.2, '万元', 2024, 'Q1'],
      ['temp_assist_funds', '', 120.5, '万元', 2024, 'Q1'],
      ['assist_funds', '', 2006, '万元', 2024, 'Q1'],
    ]);
  });
});

// ---------------------------------------------------------------- monthly table: month in brackets, 累计 rows under 本月数

test('a title …情况(N月) dates a table as well', () => {
  const r = run('2022年某县城乡低保情况(12月)\n项目 | 城市 | 农村 | 合计\n低保户数(户) | 1,310 | 6,020 | 7,330', { region: '清河县' });
  expect(facts(r.records).map((x) => x.slice(4))).toEqual([[2022, '全年'], [2022, '全年'], [2022, '全年']]);
});

describe('a monthly table titled 月报(N月) whose only current column is 本月数', () => {
  const text = [
    '2023年某县民政统计月报(5月)',
    '指标 | 单位 | 本月数 | 上月数 | 同比(%)',
    '一、城市最低生活保障 | | | |',
    '保障人数 | 人 | 1,204 | 1,210 | -1.5',
    '当月支出资金 | 万元 | 86.1 | 86.4 | 0.9',
    '累计支出资金 | 万元 | 431.7 | 345.6 | 2.2',
  ].join('\n');
  const r = run(text, { region: '清河县' });

  test('the title\'s month dates the table; a 累计 row is the year to date, a 当月 row the month alone', () => {
    expect(facts(r.records)).toEqual([
      ['dibao_persons', '城市', 1204, '人', 2023, '5月'],
      ['dibao_funds', '城市', 86.1, '万元', 2023, '5月'],
      ['dibao_funds', '城市', 431.7, '万元', 2023, '1-5月'],
    ]);
  });
});

// ---------------------------------------------------------------- columns by side (城市 | 农村 | 合计)

describe('a table whose columns are the sides, not measures', () => {
  const text = [
    '2022年12月某县城乡低保情况统计表',
    '项目 | 城市 | 农村 | 合计',
    '低保户数(户) | 1,310 | 6,020 | 7,330',
    '低保人数(人) | 2,045 | 10,388 | 12,433',
    '低保标准(元/人·月) | 790 | 610 |',
    '特困人员(人) | 120 | 1,904 | 2,024',
  ].join('\n');
  const r = run(text, { region: '清河县' });

  test('each column gives its side: a split indicator takes it as breakdown, a sided one its twin, 合计 the whole', () => {
    expect(facts(r.records)).toEqual([
      ['dibao_households', '城市', 1310, '户', 2022, '全年'],
      ['dibao_households', '农村', 6020, '户', 2022, '全年'],
      ['dibao_households', '', 7330, '户', 2022, '全年'],
      ['dibao_persons', '城市', 2045, '人', 2022, '全年'],
      ['dibao_persons', '农村', 10388, '人', 2022, '全年'],
      ['dibao_persons', '', 12433, '人', 2022, '全年'],
      ['dibao_std_urban', '', 790, '元/人·月', 2022, '全年'],
      ['dibao_std_rural', '', 610, '元/人·月', 2022, '全年'],
      ['tekun_persons', '城市', 120, '人', 2022, '全年'],
      ['tekun_persons', '农村', 1904, '人', 2022, '全年'],
      ['tekun_persons', '', 2024, '人', 2022, '全年'],
    ]);
  });
});

// ---------------------------------------------------------------- rows by region, columns by measure

describe('a table of lower regions in rows and measures in columns (地区 | 低保户数(户) | …)', () => {
  const text = [
    '2023年12月各区县城乡低保情况统计表',
    '地区 | 低保户数(户) | 低保人数(人) | 低保资金(万元)',
    '历下区 | 388 | 601 | 498.7',
    '市中区 | 512 | 790 | 622.4',
    '合计 | 900 | 1,391 | 1,121.1',
  ].join('\n');

  test('in the city\'s text, the 合计 row is the city\'s and each district\'s row a candidate', () => {
    const r = run(text, { region: '济南市' });
    expect(facts(r.records)).toEqual([
      ['dibao_households', '', 900, '户', 2023, '全年'],
      ['dibao_persons', '', 1391, '人', 2023, '全年'],
      ['dibao_funds', '', 1121.1, '万元', 2023, '全年'],
    ]);
    expect(r.candidates.filter((c) => c.value === 388).map((c) => c.reason)).toEqual(['sub_region']);
  });

  test('in a district\'s text, its own row is its figure and the 合计 row is not', () => {
    const r = run(text, { region: '历下区' });
    expect(facts(r.records)).toEqual([
      ['dibao_households', '', 388, '户', 2023, '全年'],
      ['dibao_persons', '', 601, '人', 2023, '全年'],
      ['dibao_funds', '', 498.7, '万元', 2023, '全年'],
    ]);
    expect(r.candidates.filter((c) => c.value === 900).map((c) => c.reason)).toEqual(['other_region']);
  });
});
