// Table frames, a further round (a flattened form with its row numbers glued to the values, …),
// with short texts written for these tests in our own words and numbers.
import { styleKit } from './styleKit';

const county = styleKit('平阴县');
const facts = (k: ReturnType<typeof styleKit>, text: string, period = '全年') =>
  k.run(text, period).records.map((r) => [r.region, r.indicatorId, r.breakdown, r.value, r.unit, r.period]);

describe('a flattened form whose row numbers are glued to the values', () => {
  // rows 15…23 of a form (序号 | 数量 | 其中), every row number run into its first cell
  const form = [
    '甲、老年福利机构统计 项目 序号 数量 公办福利院数量15 床位数16 乡镇敬老院数量178 8 床位数18264 264 托老所数量194 4床位数20132 132老年公寓数量215 床位数22175175 日间照料中心数量233 3 说明',
    '乙、老年人口情况 年龄段 序号 人数 60-69岁1 4210 70-79岁2 2380',
  ].join('\n');

  test('nothing read off the run is a record (托老所数量194 4床位数: the 4 is no bed count)', () => {
    const r = county.run(form);
    expect(r.records).toEqual([]);
    expect(county.reasonOf(r, 4)).toEqual(['ambiguous_column']);
  });

  test('the run alone, without a title: held the same', () => {
    const r = county.run('乡镇敬老院数量178 8 床位数18264 264 托老所数量194 4床位数20132 132 老年公寓数量215 床位数22175175');
    expect(r.records).toEqual([]);
  });

  test.each([
    ['row numbers 8 to 13', '敬老院数量85 5 床位数9120 120 托老所数量103 3床位数1160 60 老年公寓数量122 2 床位数1390 90'],
    ['three-digit row numbers', '敬老院数量1085 5 床位数109120 120 托老所数量1103 3床位数11160 60 老年公寓数量1122 2 床位数11390 90'],
  ])('%s: held the same', (_, text) => {
    const r = county.run(text);
    expect(r.records).toEqual([]);
    expect(county.reasonOf(r, 3)).toEqual(['ambiguous_column']);
  });

  test('label and number glued without consecutive row numbers are still read', () => {
    const text = ['2023年9月低保情况', '城市低保人数(人)  1836', '农村低保人数(人)  6412'].join('\n');
    expect(facts(county, text, '9月')).toEqual([
      ['平阴县', 'dibao_persons', '城市', 1836, '人', '9月'],
      ['平阴县', 'dibao_persons', '农村', 6412, '人', '9月'],
    ]);
  });

  test('an ordinary sentence on beds is still read', () => {
    const text = '2023年,全县共有养老床位1260张,其中护理型床位540张。';
    expect(facts(county, text).map((f) => f[3])).toEqual([1260, 540]);
  });
});

describe('a table of measure columns with no month of its own', () => {
  const text = ['地区 | 特困供养户数(户) | 特困人员人数(人) |', '东城街道 | 62 | 65 |', '西河镇 | 95 | 99 |', '合计 | 157 | 164 |'].join('\n');

  test('the period the caller gives (6月) dates its stocks, not 全年', () => {
    expect(facts(county, text, '6月')).toEqual([
      ['平阴县', 'tekun_households', '', 157, '户', '6月'],
      ['平阴县', 'tekun_persons', '', 164, '人', '6月'],
    ]);
  });

  test('given 全年 it stays the year\'s', () => {
    expect(facts(county, text).map((f) => f[5])).toEqual(['全年', '全年']);
  });
});

describe('a table by year (年份 | 城市低保人数 | …): each row its own year', () => {
  const rows = (sep: string) =>
    [['年份', '城市低保人数(人)', '农村低保人数(人)', '低保资金支出(万元)'], ['2021年', '1902', '6733', '2450.2'], ['2022年', '1857', '6580', '2412.7'], ['2023年', '1811', '6437', '2391.4']]
      .map((r) => r.join(sep))
      .join('\n');

  test.each([[' | '], ['  '], ['\t']])('the report year\'s row is the record, the others other_year (separator %j)', (sep) => {
    const r = county.run(['平阴县历年低保情况', rows(sep)].join('\n'));
    expect(r.records.map((x) => [x.indicatorId, x.breakdown, x.value, x.year, x.period])).toEqual([
      ['dibao_persons', '城市', 1811, 2023, '全年'],
      ['dibao_persons', '农村', 6437, 2023, '全年'],
      ['dibao_funds', '', 2391.4, 2023, '全年'],
    ]);
    expect(county.reasonOf(r, 1857)).toEqual(['other_year']);
    expect(r.candidates.find((c) => c.value === 6733)?.year).toBe(2021);
  });

  test('the report year is not among the rows: every row held', () => {
    const r = county.run(rows(' | '), '全年', 2024);
    expect(r.records).toEqual([]);
    expect(county.reasonOf(r, 1811)).toEqual(['other_year']);
  });

  test('a title naming another region: its rows are not the text\'s', () => {
    const r = styleKit('济南市').run(['平阴县历年低保情况', rows(' | ')].join('\n'));
    expect(r.records).toEqual([]);
    expect(county.reasonOf(r, 1811)).toEqual(['other_region']);
  });
});
