// Table frames, a further round (tables by area with a second header row: a 合计 row one cell short of 序号 + 地区,
// a column split into its breakdowns, blank cells dropped), with short texts written for these tests in our own
// words and numbers.
import { styleKit } from './styleKit';

const facts = (k: ReturnType<typeof styleKit>, text: string, period = '全年') =>
  k.run(text, period).records.map((r) => [r.region, r.indicatorId, r.breakdown, r.value, r.unit, r.period]);

describe('a county table by township under a second header row of money titles', () => {
  const county = styleKit('平阴县');
  const table = (total = '合计 | 117 | 121 | 33000 | 108000 | 141000 |') =>
    [
      '单位:人、户、元 | ||||',
      '序号 | 地区 | 特困供养户数 | 特困人员人数 | 集中供养资金 | 分散供养资金 | 资金合计 |',
      '集中供养金额 | 分散供养金额 | 发放总额 | ||||',
      '1 | 东岭镇 | 50 | 52 | 15000.00 | 46000.00 | 61000.00 |',
      '2 | 西坪街道办事处 | 67 | 69 | 18000.00 | 62000.00 | 80000.00 |',
      total,
    ].join('\n');

  test('the 合计 row (its cell spanning 序号 and 地区) is the county\'s, as it is the sum of the towns', () => {
    expect(facts(county, table(), '6月')).toEqual([
      ['平阴县', 'tekun_households', '', 117, '户', '6月'],
      ['平阴县', 'tekun_persons', '', 121, '人', '6月'],
    ]);
  });

  test('the towns are sub-areas, never the county; the money columns the second row may retitle stay held', () => {
    const r = county.run(table(), '6月');
    expect(county.reasonOf(r, 52)).toEqual(['sub_region']);
    expect(county.reasonOf(r, 141000)).toEqual(['ambiguous_column']);
  });

  test('a 合计 row that is not the towns\' sum: held', () => {
    const r = county.run(table('合计 | 117 | 125 | 33000 | 108000 | 141000 |'), '6月');
    expect(r.records).toEqual([]);
    expect(county.reasonOf(r, 125)).toEqual(['ambiguous_column']);
  });

  test('given a city: the towns\' total is not the city\'s', () => {
    expect(styleKit('济南市').run(table(), '6月').records).toEqual([]);
  });
});

describe('州(市) | 县(市、区) with 孤儿数 split into 机构养育 | 散居 and blank cells dropped', () => {
  const city = styleKit('日照市');
  const table = (total = '合计 | 321 | 11 | 103 | 207 | 38.8 | 36.8 | 0.4 |') =>
    [
      '州(市) | 县(市、区) | 救助人数合计(人) | 孤儿数(人) | 事实无人抚养儿童数(人) | 资金合计(万元) | 省级补助(万元) | 市级配套(万元) | 补助标准(元/月/人) | |',
      '机构养育 | 散居 | ||||||||',
      '日照市 | 市本级 | 21 | 9 | 12 | 3.6 | 2.0 | 集中养育孤儿:1900元/人·月;散居孤儿1300元/人·月。 | |||',
      '东港区 | 88 | 30 | 58 | 10.2 | 9.9 | 0.3 | ||',
      '岚山区 | 64 | 21 | 43 | 7.5 | 7.5 | ||',
      '五莲县 | 51 | 2 | 17 | 32 | 6.1 | 6.0 | 0.1 |',
      '莒县 | 97 | 35 | 62 | 11.4 | 11.4 | ||',
      total,
    ].join('\n');

  test('the 合计 row\'s first cells, proven by its 合计 column, are the city\'s', () => {
    expect(facts(city, table())).toEqual([
      ['日照市', 'orphan_persons', '机构养育', 11, '人', '全年'],
      ['日照市', 'orphan_persons', '社会散居', 103, '人', '全年'],
      ['日照市', 'fmcare_persons', '', 207, '人', '全年'],
    ]);
  });

  test('the 市本级 row (its first cell the city) is never the city\'s; the counties are sub-areas', () => {
    const r = city.run(table());
    expect(r.records.map((x) => x.value)).not.toContain(12);
    expect(city.reasonOf(r, 12)).toEqual(['ambiguous_column']);
    expect(city.reasonOf(r, 17)).toEqual(['sub_region']);
  });

  test('the cells after the proven ones (money, blank cells dropped) stay held', () => {
    expect(city.reasonOf(city.run(table()), 36.8)).toEqual(['ambiguous_column']);
  });

  test('a 合计 column that is not the sum of the parts: nothing of the row is filed', () => {
    const r = city.run(table('合计 | 321 | 103 | 207 | 11 | 38.8 | 36.8 | 0.4 |'.replace('321', '320')));
    expect(r.records).toEqual([]);
    expect(city.reasonOf(r, 207)).toEqual(['ambiguous_column']);
  });

  test('a blank part dropped inside the row: the parts do not add up to the 合计, held', () => {
    const r = city.run(table('合计 | 321 | 103 | 207 | 38.8 | 36.8 | 0.4 |'));
    expect(r.records).toEqual([]);
  });
});
