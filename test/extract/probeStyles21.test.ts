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
