// Table frames of published tables, a further round (a page title above a header wrapped over many lines, the wide
// county 低保统计表 with blank cells dropped, 合计 rows one cell short under a sub-header, 乡 without 民族乡),
// with short texts written for these tests in our own words and numbers.
import { extractRecords } from '../../src/core/extract/extract';
import { catalogue, styleKit } from './styleKit';

const county = styleKit('平阴县');
const facts = (k: ReturnType<typeof styleKit>, text: string, period = '全年') =>
  k.run(text, period).records.map((r) => [r.region, r.indicatorId, r.breakdown, r.value, r.unit, r.period]);

/** A county's wide monthly 低保 table: the header wrapped over many short lines, blank cells dropped in the rows. */
const wide = (o: { title?: string; county?: string; towns?: string[]; note?: string } = {}) =>
  [
    o.title ?? '2023年6月城市居民最低生活保障统计表',
    '发布时间:2023-07-12 09:30',
    '  地 区',
    '',
    '  低保户数',
    '',
    '  低保 人数 低保人员分类 劳动能力 动态管理 1-6月资金总支出   当月资金支出   当月人均补助额',
    '  女性 老年人 残疾人 部分丧失 完全丧失 当月新增 当月退出 其中:',
    '  低保金',
    '  其中:',
    '  其他',
    '  补贴',
    '  其中:',
    '  低保金',
    '  其中:',
    '  其他',
    '  补贴',
    '    万元 万元 万元 万元',
    '  序号 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16',
    ...(o.towns ?? ['东岭镇 120 221 96 60 12 30 41 2 3 868000 866000   143640 143240    400  650', '西坪镇 90 167 70 44 9 22 30 1 0 648000 648000 0 107550 107550 0 ']),
    o.county ?? '平阴县 210 388 166 104 21 52 71 3 3 1516000 1514000 2000 251190 250790 400 646',
    o.note ?? '说明:1、人员分类做好与财务部门年度数据的衔接;2、动态管理统计每月新增、退出人次',
  ].join('\n');

describe('the dated page title above a header wrapped over many lines dates the table', () => {
  test('a period inferred as 全年 from 年度 in the note gives way to the title\'s month', () => {
    const r = extractRecords(wide(), { region: '平阴县', year: 2023, period: '全年', periodInferred: true, source: 't.txt', catalogue });
    expect(r.records.map((x) => [x.indicatorId, x.value, x.period])).toEqual([
      ['dibao_households', 210, '6月'],
      ['dibao_persons', 388, '6月'],
      ['dibao_avg_subsidy', 646, '6月'],
    ]);
  });

  test('…统计表( 2023年6月 ): the month in brackets after the title', () => {
    const text = wide({ title: '某县城市居民最低生活保障统计表( 2023年6月 )' });
    const r = extractRecords(text, { region: '平阴县', year: 2023, period: '全年', periodInferred: true, source: 't.txt', catalogue });
    expect(r.records.map((x) => x.period)).toEqual(['6月', '6月', '6月']);
  });
});

describe('the wide county 低保统计表 (地区 | 低保户数 | 低保人数 | … | 当月人均补助额)', () => {
  test('the county row: households, persons and the month\'s average payment', () => {
    expect(facts(county, wide(), '6月')).toEqual([
      ['平阴县', 'dibao_households', '城市', 210, '户', '6月'],
      ['平阴县', 'dibao_persons', '城市', 388, '人', '6月'],
      ['平阴县', 'dibao_avg_subsidy', '城市', 646, '元/人·月', '6月'],
    ]);
  });

  test('every other number of the row stays held; the 序号 row is no values', () => {
    const r = county.run(wide(), '6月');
    expect(county.reasonOf(r, 251190)).toEqual(['ambiguous_column']);
    expect(county.reasonOf(r, 166)).toEqual(['ambiguous_column']);
    expect(r.candidates.filter((c) => /^\s*序号/.test(c.quote))).toEqual([]);
  });

  test('the towns\' rows are the county\'s lower areas, never its records', () => {
    const r = county.run(wide(), '6月');
    expect(r.records.map((x) => x.value)).not.toContain(221);
    expect(county.reasonOf(r, 221)).toEqual(['sub_region']);
    // (西坪镇's last cell is blank: its numbers are not placed at all)
    expect(county.reasonOf(r, 167)).toEqual(['ambiguous_column']);
  });

  test('a rural table in 万元: the average is the month\'s money over the persons', () => {
    const text = wide({ title: '2023年6月农村居民最低生活保障统计表', towns: [], county: '平阴县 1530 2614 1100 830 160 12 9 402.11 181.72 180.22 1.50 695.19' });
    expect(facts(county, text, '6月')).toEqual([
      ['平阴县', 'dibao_households', '农村', 1530, '户', '6月'],
      ['平阴县', 'dibao_persons', '农村', 2614, '人', '6月'],
      ['平阴县', 'dibao_avg_subsidy', '农村', 695.19, '元/人·月', '6月'],
    ]);
  });

  test('a last number that is no money over the persons (the average cell left blank): the row stays held', () => {
    const text = wide({ county: '平阴县 210 388 166 104 21 52 71 3 3 1516000 1514000 2000 251190 250790 400' });
    const r = county.run(text, '6月');
    expect(r.records).toEqual([]);
    expect(county.reasonOf(r, 388)).toEqual(['ambiguous_column']);
  });

  test('more households than persons: the first cells are not 户数 | 人数, held', () => {
    const text = wide({ county: '平阴县 388 210 166 104 21 52 71 3 3 1516000 1514000 2000 251190 250790 400 1196' });
    expect(county.run(text, '6月').records).toEqual([]);
  });

  test('a title naming no side: held', () => {
    const text = wide({ title: '2023年6月最低生活保障统计表' });
    expect(county.run(text, '6月').records).toEqual([]);
  });
});

describe('乡 under 乡级行政区划单位 with no 民族乡/苏木 row is the 乡 subtotal', () => {
  const province = styleKit('山东省');
  const table = (rows: string[]) => ['2023年3季度民政统计数据', '指标名称 | 单位 | 数量 |', '二、乡级行政区划单位 | ||', ...rows, '区公所 | 个 | |'].join('\n');

  test('镇 | 乡 | 街道 (the summary format): 乡 is filed as 乡小计', () => {
    expect(facts(province, table(['镇 | 个 | 1072 |', '乡 | 个 | 61 |', '街道 | 个 | 693 |']), 'Q3')).toEqual([
      ['山东省', 'township_level_units', '镇', 1072, '个', 'Q3'],
      ['山东省', 'township_level_units', '乡小计', 61, '个', 'Q3'],
      ['山东省', 'township_level_units', '街道', 693, '个', 'Q3'],
    ]);
  });

  test('a 民族乡 row beside it: 乡 is the plain 乡', () => {
    expect(facts(province, table(['镇 | 个 | 1072 |', '乡 | 个 | 58 |', '民族乡 | 个 | 3 |', '街道 | 个 | 693 |']), 'Q3')).toContainEqual(
      ['山东省', 'township_level_units', '乡', 58, '个', 'Q3'],
    );
  });

  test('space-separated rows of a 季报', () => {
    const text = ['民政统计季报', '(2023年3季度)', '指 标 单 位 数 量', '1.行政区划', '镇 个 1072', '乡 个 61', '街道办事处 个 693'].join('\n');
    expect(facts(province, text, 'Q3')).toContainEqual(['山东省', 'township_level_units', '乡小计', 61, '个', 'Q3']);
  });
});

describe('labels the catalogue did not match', () => {
  const city = styleKit('济南市');

  test('社会服务经费实际支出 in a 月报 is the 民政事业费累计支出', () => {
    const text = ['2023年5月社会服务统计月报', '指标名称 | 单位 | 本期 | 上期 | 环比', '社会服务经费实际支出 | 万元 | 18,406.5 | 14,772.0 | 24.60 |'].join('\n');
    expect(facts(city, text, '5月')).toEqual([['济南市', 'mz_expenditure', '', 18406.5, '万元', '1-5月']]);
  });

  test('困难残疾人 生活补贴 broken by a space, its values on the next line: one label', () => {
    const text = [
      '2023年8月社会救助资金使用情况 | ||||',
      '救助类别 | 救助标准 | 户数 | 人数 | 资金支出(万元) |',
      '城市低保 | 900元/人/月 | 740 | 1102 | 96.10 |',
      '困难残疾人 生活补贴 |',
      '95元/人/月 | 618 | 618 | 5.87 |',
    ].join('\n');
    const f = facts(county, text, '8月');
    expect(f).toContainEqual(['平阴县', 'disab_living_std', '', 95, '元/人·月', '8月']);
    expect(f).toContainEqual(['平阴县', 'disab_living_persons', '', 618, '人', '8月']);
  });

  test('a numbered heading merged after a label is still split off', () => {
    const text = ['指标 | 单位 | 数量 | |||', '一、民政事业费累计支出 二、社会组织 |', '万元 | 21,034.2 | |||', '社会团体 | 个 | 611 | |||'].join('\n');
    expect(facts(city, text, 'Q2')).toEqual([
      ['济南市', 'mz_expenditure', '', 21034.2, '万元', '上半年'],
      ['济南市', 'social_groups', '', 611, '个', 'Q2'],
    ]);
  });
});

describe('a key/value list of two rows under a title', () => {
  test('label(unit)  number, two rows, the year\'s table given 全年', () => {
    const text = ['2023年低保情况', '城市低保人数(人)  1836', '农村低保人数(人)  6412'].join('\n');
    expect(facts(county, text)).toEqual([
      ['平阴县', 'dibao_persons', '城市', 1836, '人', '全年'],
      ['平阴县', 'dibao_persons', '农村', 6412, '人', '全年'],
    ]);
  });

  test('with a month in the title: the month\'s end', () => {
    const text = ['2023年9月低保情况', '城市低保人数(人)  1836', '低保资金支出(万元)  402.6'].join('\n');
    expect(facts(county, text, '9月')).toEqual([
      ['平阴县', 'dibao_persons', '城市', 1836, '人', '9月'],
      ['平阴县', 'dibao_funds', '', 402.6, '万元', '1-9月'],
    ]);
  });

  test('two rows with two numbers each and no header stay unread', () => {
    const text = ['2023年低保情况', '城市低保人数(人)  1836  1790', '农村低保人数(人)  6412  6500'].join('\n');
    expect(county.run(text).records).toEqual([]);
  });
});
