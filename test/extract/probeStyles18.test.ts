// Table shapes of published 民政统计 tables (pipes, tabs, spaces, one cell per line), with short texts written for
// these tests in our own words and numbers.
import { styleKit } from './styleKit';

const city = styleKit('济南市');
const district = styleKit('历下区');
const facts = (k: ReturnType<typeof styleKit>, text: string, period = '全年') =>
  k.run(text, period).records.map((r) => [r.region, r.indicatorId, r.breakdown, r.value, r.unit, r.period]);

describe('a title with a date before the district names the table\'s region', () => {
  const form = (title: string) => [title, '指标 | 单位 | 数量', '城市低保人数 | 人 | 1520', '低保资金支出 | 万元 | 640.5'].join('\n');

  test.each([
    '2023年三季度历下区民政统计季报',
    '2023年第三季度历下区民政统计季报',
    '2023年9月历下区社会救助情况',
    '2023年历下区低保情况',
    '2023年1-9月历下区民政统计',
    '2023年济南市历下区民政统计季报',
  ])('%s given the city: the district\'s cells, held', (title) => {
    const r = city.run(form(title), 'Q3');
    expect(r.records).toEqual([]);
    expect(city.reasonOf(r, 1520)).toEqual(['other_region']);
  });

  test('the same title given the district: its records', () => {
    expect(facts(district, form('2023年三季度历下区民政统计季报'), 'Q3')).toEqual([
      ['历下区', 'dibao_persons', '城市', 1520, '人', 'Q3'],
      ['历下区', 'dibao_funds', '', 640.5, '万元', '1-9月'],
    ]);
  });

  test('a dated title naming the city, given the district: held', () => {
    const r = district.run(form('2023年三季度济南市民政统计季报'), 'Q3');
    expect(r.records).toEqual([]);
    expect(district.reasonOf(r, 1520)).toEqual(['other_region']);
  });

  test('a dated title without a region keeps the given one', () => {
    expect(facts(city, form('2023年三季度城乡低保情况'), 'Q3')[0]).toEqual(['济南市', 'dibao_persons', '城市', 1520, '人', 'Q3']);
  });

  test('spaces inside the title and a text layout', () => {
    const r = city.run(['2023 年第三季度 历下区 民政统计季报', '指标  单位  数量', '城市低保人数  人  1520'].join('\n'), 'Q3');
    expect(r.records).toEqual([]);
  });
});

describe('tables by 街道/乡镇: the rows are held, the 合计 row is the region\'s', () => {
  const rows = ['解放路街道 | 130 | 215', '千佛山街道 | 85 | 142', '合计 | 215 | 357'];

  test.each(['街道', '乡镇', '镇(街道)', '乡镇(街道)'])('label column titled %s', (head) => {
    const r = district.run(['2023年9月低保情况', `${head} | 低保户数(户) | 低保人数(人)`, ...rows].join('\n'), '9月');
    expect(facts(district, ['2023年9月低保情况', `${head} | 低保户数(户) | 低保人数(人)`, ...rows].join('\n'), '9月')).toEqual([
      ['历下区', 'dibao_households', '', 215, '户', '9月'],
      ['历下区', 'dibao_persons', '', 357, '人', '9月'],
    ]);
    expect(district.reasonOf(r, 130)).toEqual(['sub_region']);
    expect(district.reasonOf(r, 142)).toEqual(['sub_region']);
  });

  test('tabs', () => {
    const text = ['2023年9月各街道低保情况', '街道\t低保户数(户)\t低保人数(人)', ...rows.map((x) => x.replace(/ \| /g, '\t'))].join('\n');
    expect(facts(district, text, '9月').map((f) => f[3])).toEqual([215, 357]);
    expect(district.reasonOf(district.run(text, '9月'), 85)).toEqual(['sub_region']);
  });

  test('a 序号 column before the streets', () => {
    const text = ['2023年9月各街道低保情况', '序号 | 街道 | 低保户数(户) | 低保人数(人)', '1 | 解放路街道 | 130 | 215', '2 | 千佛山街道 | 85 | 142', ' | 合计 | 215 | 357'].join('\n');
    expect(facts(district, text, '9月').map((f) => f[3])).toEqual([215, 357]);
    const r = district.run(text, '9月');
    expect(r.candidates.map((c) => c.value)).not.toContain(1);
    expect(r.candidates.map((c) => c.value)).not.toContain(2);
  });
});

describe('a 序号 column is never a value', () => {
  const expected = [
    ['历下区', 'dibao_persons', '城市', 2418, '人', '9月'],
    ['历下区', 'dibao_persons', '农村', 7305, '人', '9月'],
  ];

  test('pipes', () => {
    const text = ['2023年9月社会救助情况', '序号 | 指标 | 单位 | 数量', '1 | 城市低保人数 | 人 | 2418', '2 | 农村低保人数 | 人 | 7305', '3 | 低保资金支出 | 万元 | 1210.7'].join('\n');
    expect(facts(district, text, '9月')).toEqual([...expected, ['历下区', 'dibao_funds', '', 1210.7, '万元', '1-9月']]);
  });

  test('tabs, units in the labels', () => {
    const text = ['2023年9月社会救助情况', '序号\t项目\t数量', '1\t城市低保人数(人)\t2418', '2\t农村低保人数(人)\t7305'].join('\n');
    expect(facts(district, text, '9月')).toEqual(expected);
  });

  test('spaces', () => {
    const text = ['2023年9月社会救助情况', '序号  指标  单位  数量', '1  城市低保人数  人  2418', '2  农村低保人数  人  7305'].join('\n');
    expect(facts(district, text, '9月')).toEqual(expected);
  });

  test('编号', () => {
    const text = ['2023年9月社会救助情况', '编号 | 指标 | 单位 | 数量', '1 | 城市低保人数 | 人 | 2418', '2 | 农村低保人数 | 人 | 7305'].join('\n');
    expect(facts(district, text, '9月')).toEqual(expected);
  });
});

describe('年初数 | 本年新增 | 本年减少 | 年末数: the year-end stock, the start held, the changes skipped', () => {
  test('a 项目 table with units in the labels', () => {
    const text = ['2023年低保对象变动情况', '项目 | 年初数 | 本年新增 | 本年减少 | 年末数', '城市低保人数(人) | 2610 | 295 | 487 | 2418', '农村低保人数(人) | 7520 | 540 | 755 | 7305'].join('\n');
    const r = district.run(text);
    expect(facts(district, text)).toEqual([
      ['历下区', 'dibao_persons', '城市', 2418, '人', '全年'],
      ['历下区', 'dibao_persons', '农村', 7305, '人', '全年'],
    ]);
    expect(r.candidates.filter((c) => c.value === 2610).map((c) => [c.reason, c.year, c.period])).toEqual([['previous_column', 2022, '全年']]);
    expect(r.candidates.map((c) => c.value)).not.toContain(295);
  });

  test('a unit column, 年末数 before the changes', () => {
    const text = ['2023年低保对象变动情况', '指标 | 单位 | 年初数 | 年末数 | 本年新增 | 本年减少', '城市低保人数 | 人 | 2610 | 2418 | 295 | 487'].join('\n');
    expect(facts(district, text)).toEqual([['历下区', 'dibao_persons', '城市', 2418, '人', '全年']]);
  });

  test('期初数 | 期末数 of a quarter: the end is the quarter\'s', () => {
    const text = ['2023年三季度低保情况', '项目 | 期初数 | 期末数', '城市低保人数(人) | 2500 | 2418'].join('\n');
    const r = district.run(text, 'Q3');
    expect(facts(district, text, 'Q3')).toEqual([['历下区', 'dibao_persons', '城市', 2418, '人', 'Q3']]);
    expect(district.reasonOf(r, 2500)).toEqual(['previous_column']);
  });

  test('上年末 in a quarter\'s table is the end of the year before', () => {
    const r = district.run(['2023年低保情况', '项目 | 上年末 | 本年末', '城市低保人数(人) | 2500 | 2418'].join('\n'), 'Q3');
    expect(r.candidates.filter((c) => c.value === 2500).map((c) => [c.year, c.period])).toEqual([[2022, '全年']]);
  });
});

describe('a quarter column (7-9月, 三季度) beside the year to date', () => {
  test('7-9月 | 1-9月: the quarter alone and the year to date; a stock once', () => {
    const text = ['2023年三季度低保情况', '指标 | 单位 | 7-9月 | 1-9月', '低保资金支出 | 万元 | 395.4 | 1210.7', '城市低保人数 | 人 | 2418 | 2418'].join('\n');
    const r = district.run(text, 'Q3');
    expect(facts(district, text, 'Q3')).toEqual([
      ['历下区', 'dibao_funds', '', 395.4, '万元', 'Q3'],
      ['历下区', 'dibao_funds', '', 1210.7, '万元', '1-9月'],
      ['历下区', 'dibao_persons', '城市', 2418, '人', 'Q3'],
    ]);
    expect(district.reasonOf(r, 2418)).toEqual(['ambiguous_column']);
  });

  test('三季度 | 1-9月 in a 季报 given Q3', () => {
    const text = ['2023年民政统计季报', '指标 | 单位 | 三季度 | 1-9月', '临时救助 | 人次 | 96 | 377'].join('\n');
    expect(facts(district, text, 'Q3')).toEqual([
      ['历下区', 'temp_assist_times', '', 96, '人次', 'Q3'],
      ['历下区', 'temp_assist_times', '', 377, '人次', '1-9月'],
    ]);
  });

  test('a quarter column of another quarter than the table\'s is held', () => {
    const text = ['2023年三季度低保情况', '指标 | 单位 | 4-6月 | 1-9月', '低保资金支出 | 万元 | 402.2 | 1210.7'].join('\n');
    const r = district.run(text, 'Q3');
    expect(r.records.map((x) => x.value)).not.toContain(402.2);
    expect(district.reasonOf(r, 402.2)).toEqual(['ambiguous_column']);
  });
});
