// Table shapes of published 民政统计 tables, a further round (备注 columns, period columns with a total, unit lines,
// month rows of changes), with short texts written for these tests in our own words and numbers.
import { styleKit } from './styleKit';

const city = styleKit('济南市');
const district = styleKit('历下区');
const facts = (k: ReturnType<typeof styleKit>, text: string, period = '全年') =>
  k.run(text, period).records.map((r) => [r.region, r.indicatorId, r.breakdown, r.value, r.unit, r.period]);

describe('a 备注/说明 column holds text about the row, never its value', () => {
  const lines = (sep: string) => [
    '2023年9月低保情况',
    ['指标', '单位', '数量', '备注'].join(sep),
    ['城市低保人数', '人', '3164', '含重度残疾人215人'].join(sep),
    ['农村低保人数', '人', '9021', ''].join(sep),
    ['特困人员', '人', '486', '集中供养77人'].join(sep),
  ].join('\n');

  test.each([' | ', '\t', '  '])('separator %j: the number inside the note is not the row\'s', (sep) => {
    const r = district.run(lines(sep), '9月');
    expect(r.records.map((x) => x.value)).not.toContain(215);
    expect(r.records.map((x) => x.value)).not.toContain(77);
    expect(facts(district, lines(sep), '9月')).toContainEqual(['历下区', 'dibao_persons', '农村', 9021, '人', '9月']);
    expect(facts(district, lines(sep), '9月')).toContainEqual(['历下区', 'tekun_persons', '', 486, '人', '9月']);
  });

  test.each([' | ', '\t', '  '])('separator %j: a note saying 含… holds the row', (sep) => {
    expect(district.reasonOf(district.run(lines(sep), '9月'), 3164)).toEqual(['ambiguous_column']);
  });

  test('说明 as the column title, units in the labels (tabs)', () => {
    const text = ['2023年9月低保情况', '项目\t数量\t说明', '城市低保人数(人)\t3164\t含重度残疾人215人', '特困人员(人)\t486\t集中供养77人'].join('\n');
    expect(facts(district, text, '9月')).toEqual([['历下区', 'tekun_persons', '', 486, '人', '9月']]);
  });

  test('a note naming another period than the column holds the row', () => {
    const text = ['2023年9月低保情况', '指标 | 单位 | 数量 | 备注', '低保资金支出 | 万元 | 82.6 | 当月数', '临时救助 | 人次 | 41 | 1-9月累计402人次', '城市低保人数 | 人 | 3164 | '].join('\n');
    const r = district.run(text, '9月');
    expect(facts(district, text, '9月')).toEqual([['历下区', 'dibao_persons', '城市', 3164, '人', '9月']]);
    expect(district.reasonOf(r, 82.6)).toEqual(['ambiguous_column']);
    expect(district.reasonOf(r, 41)).toEqual(['ambiguous_column']);
  });

  test('a bare number in the note column is no value of the row', () => {
    const text = ['2023年9月低保情况', '指标 | 单位 | 数量 | 备注', '城市低保人数 | 人 | 3164 | 215'].join('\n');
    expect(facts(city, text, '9月')).toEqual([['济南市', 'dibao_persons', '城市', 3164, '人', '9月']]);
  });

  test('本月 | 上月 | 备注: the current column is still read', () => {
    const text = ['2023年9月民政统计月报', '指标 | 单位 | 本月 | 上月 | 备注', '城市低保人数 | 人 | 3164 | 3190 | 减少26人'].join('\n');
    const r = district.run(text, '9月');
    expect(facts(district, text, '9月')).toEqual([['历下区', 'dibao_persons', '城市', 3164, '人', '9月']]);
    expect(district.reasonOf(r, 3190)).toEqual(['previous_column']);
  });
});

describe('a 合计/全年 column after quarter or month columns sums those columns', () => {
  const quarters = (total: string) => [
    '2023年低保情况',
    `指标 | 单位 | 一季度 | 二季度 | 三季度 | 四季度 | ${total}`,
    '城市低保人数 | 人 | 3300 | 3240 | 3164 | 3105 | ',
    '低保资金支出 | 万元 | 271.4 | 268.0 | 265.9 | 262.3 | 1067.6',
  ].join('\n');

  test.each(['合计', '全年', '总计'])('four quarters and %s in a Q3 text: the total is the year\'s, held', (total) => {
    const r = district.run(quarters(total), 'Q3');
    expect(facts(district, quarters(total), 'Q3')).toEqual([
      ['历下区', 'dibao_persons', '城市', 3164, '人', 'Q3'],
      ['历下区', 'dibao_funds', '', 265.9, '万元', 'Q3'],
    ]);
    expect(district.reasonOf(r, 1067.6)).toEqual(['ambiguous_column']);
  });

  test.each(['合计', '全年'])('four quarters and %s in the year\'s text: the total is the year\'s', (total) => {
    expect(facts(district, quarters(total), '全年')).toContainEqual(['历下区', 'dibao_funds', '', 1067.6, '万元', '全年']);
    expect(facts(district, quarters(total), '全年')).toContainEqual(['历下区', 'dibao_funds', '', 262.3, '万元', 'Q4']);
  });

  test('spaces', () => {
    const text = ['2023年低保情况', '指标  单位  一季度  二季度  三季度  四季度  合计', '低保资金支出  万元  271.4  268.0  265.9  262.3  1067.6'].join('\n');
    const r = city.run(text, 'Q3');
    expect(r.records.map((x) => x.value)).not.toContain(1067.6);
    expect(city.reasonOf(r, 1067.6)).toEqual(['ambiguous_column']);
  });

  test('1月 | 2月 | 3月 | 合计 in a 9月 text: the total is 1-3月, not 1-9月', () => {
    const text = ['2023年低保资金支出情况', '指标 | 单位 | 1月 | 2月 | 3月 | 合计', '低保资金支出 | 万元 | 90.2 | 91.0 | 89.7 | 270.9'].join('\n');
    const r = district.run(text, '9月');
    expect(r.records).toEqual([]);
    expect(district.reasonOf(r, 270.9)).toEqual(['ambiguous_column']);
  });

  test('7月 | 8月 | 9月 | 合计: the total is the quarter, never 1-9月', () => {
    const text = ['2023年三季度低保情况', '指标 | 单位 | 7月 | 8月 | 9月 | 合计', '低保资金支出 | 万元 | 90.2 | 91.0 | 89.7 | 270.9'].join('\n');
    const r = district.run(text, 'Q3');
    expect(r.records.filter((x) => x.value === 270.9 && x.period === '1-9月')).toEqual([]);
  });

  test('一季度 | 二季度 | 合计 in a 上半年 text: the half year', () => {
    const text = ['2023年上半年低保情况', '项目 | 一季度 | 二季度 | 合计', '低保资金支出(万元) | 271.4 | 268.0 | 539.4'].join('\n');
    expect(facts(district, text, '上半年')).toEqual([
      ['历下区', 'dibao_funds', '', 268, '万元', 'Q2'],
      ['历下区', 'dibao_funds', '', 539.4, '万元', '上半年'],
    ]);
  });

  test('1月 | 2月 | 3月 | 合计 in a 3月 text: the total is the first quarter', () => {
    const text = ['2023年一季度低保资金', '项目 | 1月 | 2月 | 3月 | 合计', '低保资金支出(万元) | 90.2 | 91.0 | 89.7 | 270.9'].join('\n');
    expect(facts(district, text, '3月')).toContainEqual(['历下区', 'dibao_funds', '', 270.9, '万元', 'Q1']);
  });

  test('一季度末 … 四季度末 columns of a stock: the quarter\'s end', () => {
    const text = ['2023年各季度末低保人数', '项目 | 一季度末 | 二季度末 | 三季度末 | 四季度末', '城市低保人数(人) | 3300 | 3240 | 3164 | 3105'].join('\n');
    expect(facts(district, text, 'Q4')).toEqual([['历下区', 'dibao_persons', '城市', 3105, '人', 'Q4']]);
  });

  test('项目 | 城市 | 农村 | 合计 keeps its sides', () => {
    const text = ['2023年9月低保情况', '项目 | 城市 | 农村 | 合计', '低保人数(人) | 3164 | 9021 | 12185'].join('\n');
    expect(facts(district, text, '9月').map((f) => [f[2], f[3]])).toEqual([['城市', 3164], ['农村', 9021], ['', 12185]]);
  });
});

describe('unit lines under the title', () => {
  test('(金额单位:万元) in brackets', () => {
    const text = ['2023年1-9月民政资金支出情况', '(金额单位:万元)', '项目 | 本期 | 上年同期', '低保资金支出 | 712.4 | 735.0', '特困人员救助供养资金 | 133.8 | 128.1'].join('\n');
    const r = district.run(text, '1-9月');
    expect(facts(district, text, '1-9月')).toEqual([
      ['历下区', 'dibao_funds', '', 712.4, '万元', '1-9月'],
      ['历下区', 'tekun_funds', '', 133.8, '万元', '1-9月'],
    ]);
    expect(district.reasonOf(r, 735)).toEqual(['previous_column']);
  });

  test('金额单位：万元 over a space-separated table', () => {
    const text = ['2023年1-9月民政资金支出情况', '金额单位：万元', '项目  本期  上年同期', '低保资金支出  712.4  735.0'].join('\n');
    expect(facts(city, text, '1-9月')).toEqual([['济南市', 'dibao_funds', '', 712.4, '万元', '1-9月']]);
  });

  test('计量单位：元/人·月 over a table of sides', () => {
    const text = ['2023年低保标准', '计量单位：元/人·月', '项目 | 城市 | 农村', '低保标准 | 1040 | 1040'].join('\n');
    expect(facts(district, text)).toEqual([
      ['历下区', 'dibao_std_urban', '', 1040, '元/人·月', '全年'],
      ['历下区', 'dibao_std_rural', '', 1040, '元/人·月', '全年'],
    ]);
  });

  test('计量单位：元/人·年 over a rural standard', () => {
    const text = ['2023年农村低保标准', '计量单位：元/人·年', '项目 | 数量', '农村低保标准 | 9360'].join('\n');
    expect(facts(district, text)).toEqual([['历下区', 'dibao_std_rural', '', 9360, '元/人·年', '全年']]);
  });

  test.each([' | ', '  '])('单位:人、万元 (separator %j): each row takes the unit its indicator is counted in', (sep) => {
    const text = ['2023年9月低保情况', '单位:人、万元', ['项目', '数量'].join(sep), ['城市低保人数', '3164'].join(sep), ['低保资金支出', '712.4'].join(sep)].join('\n');
    expect(facts(district, text, '9月')).toEqual([
      ['历下区', 'dibao_persons', '城市', 3164, '人', '9月'],
      ['历下区', 'dibao_funds', '', 712.4, '万元', '1-9月'],
    ]);
  });

  test('单位:户、人 over a row that could be either: no unit is guessed', () => {
    const text = ['2023年9月低保情况', '单位:户、人', '项目 | 数量', '城市低保 | 1620'].join('\n');
    expect(district.run(text, '9月').records).toEqual([]);
  });

  test('计量单位 over a table by area', () => {
    const text = ['2023年9月各区县低保标准', '计量单位：元/人·月', '地区 | 城市低保标准 | 农村低保标准', '历下区 | 1040 | 1040', '槐荫区 | 1040 | 1040'].join('\n');
    expect(facts(district, text, '9月')).toEqual([
      ['历下区', 'dibao_std_urban', '', 1040, '元/人·月', '9月'],
      ['历下区', 'dibao_std_rural', '', 1040, '元/人·月', '9月'],
    ]);
  });
});

describe('当月新增 / 本月新增 rows of a 月报 are the month\'s flow', () => {
  test.each([' | ', '  '])('separator %j: 当月新增 rows filed under the month alone', (sep) => {
    const text = ['2023年9月民政统计月报', ['指标', '单位', '数量'].join(sep), ['城市低保人数', '人', '3164'].join(sep), ['当月新增城市低保人数', '人', '42'].join(sep), ['本月新增特困人员', '人', '5'].join(sep)].join('\n');
    expect(facts(district, text, '9月')).toEqual([
      ['历下区', 'dibao_persons', '城市', 3164, '人', '9月'],
      ['历下区', 'dibao_new_persons', '城市', 42, '人', '9月'],
      ['历下区', 'tekun_new_persons', '', 5, '人', '9月'],
    ]);
  });

  test('当月退出 / 本月减少 have no indicator: held', () => {
    const text = ['2023年9月民政统计月报', '指标 | 单位 | 数量', '当月退出城市低保人数 | 人 | 57', '本月减少城市低保户数 | 户 | 23'].join('\n');
    const r = district.run(text, '9月');
    expect(r.records).toEqual([]);
    expect(district.reasonOf(r, 57)).toEqual(['no_indicator']);
  });

  test('a 当月 row under a lone 本年累计 column is held', () => {
    const text = ['2023年9月民政统计月报', '指标 | 单位 | 本年累计', '当月低保资金支出 | 万元 | 82.6'].join('\n');
    const r = district.run(text, '9月');
    expect(r.records).toEqual([]);
    expect(district.reasonOf(r, 82.6)).toEqual(['ambiguous_column']);
  });

  test('a 当月 row in a table of years is held, not the year\'s', () => {
    const text = ['2023年低保情况', '指标 | 2022年 | 2023年', '当月新增低保人数(人) | 38 | 42'].join('\n');
    const r = district.run(text);
    expect(r.records).toEqual([]);
    expect(district.reasonOf(r, 42)).toEqual(['ambiguous_column']);
  });

  test('本月 | 本年累计 beside a 新增 row: the month and the year to date', () => {
    const text = ['2023年9月民政统计月报', '指标 | 单位 | 本月 | 本年累计', '新增城市低保人数 | 人 | 42 | 371'].join('\n');
    expect(facts(city, text, '9月')).toEqual([
      ['济南市', 'dibao_new_persons', '城市', 42, '人', '9月'],
      ['济南市', 'dibao_new_persons', '城市', 371, '人', '1-9月'],
    ]);
  });
});
