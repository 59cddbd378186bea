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
