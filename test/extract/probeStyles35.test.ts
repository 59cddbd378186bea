// Table frames, a further round (headings one per line over year sub-columns with the row labels lost, …),
// with short texts written for these tests in our own words and numbers.
import { styleKit } from './styleKit';

const facts = (k: ReturnType<typeof styleKit>, text: string, period = '全年', year = 2023) =>
  k.run(text, period, year).records.map((r) => [r.region, r.year, r.indicatorId, r.breakdown, r.value, r.unit, r.period]);

describe('a yearbook table by area: headings one per line, units below, year sub-columns, row labels lost', () => {
  const city = styleKit('德阳市');
  const table = (rows: string[], title = '18-3  各区县市社会福利机构和养老服务') =>
    [
      title,
      '  社会福利院数',
      ' (个)',
      '社会福利院床位数',
      '(张)',
      '养老机构数',
      '(个)',
      '社区服务',
      '(个)',
      '2022 2023 2022 2023 2022 2023 2022 2023',
      ...rows,
      '   ',
    ].join('\n');
  // the first row is the sum of the rows below it
  const whole = [
    '        9     8    2210   2080    61    64    700   655',
    '              5     4    1400   1300    30    31    410   400 ',
    '            3     3     600    580    20    21    190   150',
    '           1     1     210    200    11    12    100   105',
  ];

  test('an excerpt cut after a few rows: no record; the report year\'s cells held for the lost label, the year before other_year', () => {
    const r = city.run(table(whole.slice(0, 3)));
    expect(r.records).toEqual([]);
    expect(city.reasonOf(r, 2080)).toEqual(['no_row_label']);
    expect(city.reasonOf(r, 2210)).toEqual(['other_year']);
    const c = r.candidates.find((x) => x.value === 2080)!;
    expect([c.indicatorId, c.year, c.unit]).toEqual(['social_welfare_home_beds', 2023, '张']);
    expect(r.candidates.find((x) => x.value === 2210)!.year).toBe(2022);
    expect(r.candidates).toHaveLength(24);
  });

  test('a first row equal to the sum of all the rows below: the city\'s total for the report year', () => {
    const text = table(whole);
    expect(facts(city, text)).toEqual([
      ['德阳市', 2023, 'social_welfare_homes', '', 8, '个', '全年'],
      ['德阳市', 2023, 'social_welfare_home_beds', '', 2080, '张', '全年'],
      ['德阳市', 2023, 'elder_institutions', '', 64, '个', '全年'],
    ]);
    const r = city.run(text);
    expect(city.reasonOf(r, 2210)).toEqual(['other_year']);
    expect(city.reasonOf(r, 1300)).toEqual(['sub_region']);
    expect(city.reasonOf(r, 655)).toEqual(['no_indicator']);
  });

  test('the sums hold but the title does not say every area is listed: held', () => {
    const r = city.run(table(whole, '18-3  社会福利机构和养老服务'));
    expect(r.records).toEqual([]);
    expect(city.reasonOf(r, 2080)).toEqual(['no_row_label']);
  });

  test('one cell of the first row off the sum: held', () => {
    const r = city.run(table([whole[0].replace('655', '656'), ...whole.slice(1)]));
    expect(r.records).toEqual([]);
  });

  test('a report year no column has: every cell other_year', () => {
    const r = city.run(table(whole.slice(0, 3)), '全年', 2024);
    expect(r.records).toEqual([]);
    expect([...new Set(city.reasons(r).map((x) => x[1]))]).toEqual(['other_year']);
  });
});

describe('a standard printed inside a column header', () => {
  const county = styleKit('平阴县');
  const table = (second = '户 | 人数 | 特困人员生活补贴金额(元) | 户 | 人数 | 特困人员生活补贴金额(元) | 户数 | 人数 | 金额 |') =>
    [
      '镇街名称 | 集中供养(1020元/月/人) | 分散供养(1020元/月/人) | 合计 | ||||||',
      second,
      '一档(900元/月) | 二档(450元/月) | 三档(300元/月) | ||||||||',
      '东岭镇 | 4 | 4 | 4080 | 30 | 31 | 31620 | 34 | 35 | 35700 |',
      '西坪街道 | 2 | 2 | 2040 | 12 | 12 | 12240 | 14 | 14 | 14280 |',
    ].join('\n');

  test('a supply mode\'s standard in the header of a 特困 table is the county\'s standard for the period', () => {
    expect(facts(county, table(), '6月')).toEqual([
      ['平阴县', 2023, 'tekun_std', '集中供养', 1020, '元/人·月', '6月'],
      ['平阴县', 2023, 'tekun_std', '分散供养', 1020, '元/人·月', '6月'],
    ]);
  });

  test('ranked tiers in the header are candidates, never records', () => {
    const r = county.run(table(), '6月');
    expect(county.reasonOf(r, 900)).toEqual(['no_indicator']);
  });

  test('a header naming no programme (a bare supply mode, no 特困/五保 anywhere): a candidate', () => {
    const r = county.run(table('户 | 人数 | 金额(元) | 户 | 人数 | 金额(元) | 户数 | 人数 | 金额 |'), '6月');
    expect(r.records).toEqual([]);
    expect(county.reasonOf(r, 1020)).toEqual(['no_indicator', 'no_indicator']);
  });
});

describe('a county table by township copied one cell per line, no separators', () => {
  const county = styleKit('平阴县');
  const cellLines = (rows: string[][]) =>
    [
      '2023年6月份高龄补贴发放汇总表',
      '',
      '镇街',
      '',
      '80-89岁',
      '',
      '90岁以上',
      '',
      '人数',
      '',
      '金额(元)',
      '',
      '人数',
      '',
      '金额(元)',
      '',
      ...rows.flatMap((r) => r.flatMap((c) => [c, ''])),
    ].join('\n');
  const rows = [
    ['1', '东岭镇', '820', '49200', '95', '19000'],
    ['2', '西坪街道', '640', '38400', '71', '14200'],
    ['3', '南湖乡', '390', '23400', '44', '8800'],
  ];

  test('each township\'s cells are sub-area candidates, never the county\'s; row numbers are no figures', () => {
    const r = county.run(cellLines(rows), '6月');
    expect(r.records).toEqual([]);
    expect(county.reasonOf(r, 38400)).toEqual(['sub_region']);
    expect(r.candidates.filter((c) => c.reason === 'sub_region')).toHaveLength(12);
    expect(county.reasonOf(r, 2)).toEqual([]);
  });

  test('a 合计 row after the towns: held, as the header one word per line is not resolved', () => {
    const r = county.run(cellLines([...rows, ['合计', '1850', '111000', '210', '42000']]), '6月');
    expect(r.records).toEqual([]);
    expect(county.reasonOf(r, 111000)).toEqual(['ambiguous_column']);
  });
});

describe('labels one per line, then their values one per line (a headerless label row and value row)', () => {
  const district = styleKit('高明区');
  const page = (title: string) =>
    [
      title,
      '',
      '本月低保户数',
      '(户)',
      '本月低保人数',
      '(人)',
      '城镇低保',
      '农村低保',
      '本月低保资金(万元)',
      '城镇户数',
      '城镇人数',
      '农村户数',
      '农村人数',
      '',
      '118',
      '',
      '205',
      '',
      '40',
      '',
      '71',
      '',
      '78',
      '',
      '134',
      '',
      '21.4',
    ].join('\n');

  test('a street\'s page (the title names it): every value a sub-area candidate, none a record', () => {
    const r = district.run(page('高明区(西江街道)6月救助信息'), '6月');
    expect(r.records).toEqual([]);
    expect(district.reasonOf(r, 205)).toEqual(['sub_region']);
    expect(r.candidates).toHaveLength(7);
  });

  test('no township in the title: the values are held, as which label each belongs to is not shown', () => {
    const r = district.run(page('6月救助信息'), '6月');
    expect(r.records).toEqual([]);
    expect(district.reasonOf(r, 205)).toEqual(['ambiguous_column']);
  });

  test('a year axis one per line and a series of as many values under it: left as before (no candidates)', () => {
    const series = ['表2 养老床位', '单位:万张', '指标', '2019', '2020', '2021', '2022', '床位数', '10.5', '11.2', '12.0', '12.6'].join('\n\n');
    const r = district.run(series);
    expect(r.candidates.filter((c) => /每格一行/.test(c.message))).toEqual([]);
  });
});
