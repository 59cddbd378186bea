// Frames found by probing flattened statistical tables (季报/月报, yearbook and bulletin tables) with short tables written
// for these tests, in our own words and numbers.
import { catalogue, styleKit } from './styleKit';
import { inferContext } from '../../src/core/extract/context';

const district = styleKit('历下区');
const city = styleKit('济南市');
const facts = (r: ReturnType<typeof district.run>) => r.records.map((x) => [x.indicatorId, x.breakdown, x.value, x.period]);
const periodOf = (text: string) => inferContext(text, catalogue).period?.value;

describe('a plain title naming an area below the region', () => {
  const table = ['历下区2023年低保情况', '| 项目 | 城市 | 农村 | 合计 |', '| 低保人数(人) | 2431 | 96 | 2527 |', '| 低保户数(户) | 1472 | 58 | 1530 |'].join('\n');

  test('历下区…情况 given as the city\'s text: the district\'s figures stay candidates', () => {
    const r = city.run(table);
    expect(r.records).toEqual([]);
    expect(city.reasonOf(r, 2527)).toEqual(['other_region']);
  });

  test('given as the district\'s own text: records', () => {
    expect(facts(district.run(table))).toContainEqual(['dibao_persons', '', 2527, '全年']);
  });
});

describe('a form dated apart from its name', () => {
  test('社会服务统计月报 2023年度 05 月: the text is May\'s', () => {
    expect(periodOf('历下区社会服务统计月报 2023年度 05 月\n全区城市低保人数2418人。')).toBe('5月');
    expect(periodOf('历下区民政统计月报 2023年05月\n全区城市低保人数2418人。')).toBe('5月');
  });

  test('a date of the page (发布时间:2023年06月05日) is not the form\'s', () => {
    expect(periodOf('历下区民政统计月报\n发布时间:2023年06月05日\n全区城市低保人数2418人。')).not.toBe('6月');
  });
});

describe('quarters as columns', () => {
  test('一季度 | 二季度 | 三季度 in the header name no quarter of the text', () => {
    expect(periodOf('历下区2023年民政统计\n| 指标 | 单位 | 一季度 | 二季度 | 三季度 |\n| 临时救助 | 人次 | 402 | 377 | 391 |')).toBeUndefined();
    expect(periodOf('历下区2023年三季度民政统计\n| 指标 | 单位 | 数量 |\n| 临时救助 | 人次 | 391 |')).toBe('Q3');
  });
});

describe('two pipe tables, each under its own dated title', () => {
  test('the second table keeps its own month (was merged into the first, its figures conflicts)', () => {
    const text = [
      '历下区2023年6月民政统计',
      '| 指标 | 单位 | 数量 |',
      '| 城市低保人数 | 人 | 2571 |',
      '| 临时救助 | 人次 | 716 |',
      '',
      '历下区2023年9月民政统计',
      '| 指标 | 单位 | 数量 |',
      '| 城市低保人数 | 人 | 2509 |',
      '| 临时救助 | 人次 | 1093 |',
    ].join('\n');
    const r = district.run(text, '上半年');
    expect(facts(r)).toEqual([
      ['dibao_persons', '城市', 2571, '上半年'],
      ['temp_assist_times', '', 716, '上半年'],
      ['dibao_persons', '城市', 2509, '9月'],
      ['temp_assist_times', '', 1093, '1-9月'],
    ]);
    expect(r.candidates.filter((c) => c.reason === 'conflict')).toEqual([]);
  });
});

describe('a line-number column (行次)', () => {
  const title = '2023年三季度历下区民政统计季报';
  const want = [
    ['dibao_persons', '城市', 2507, 'Q3'],
    ['dibao_households', '城市', 1529, 'Q3'],
  ];

  test('行次 before 单位, space- or tab-separated: the line numbers were filed as the figures (城市低保人数 = 1)', () => {
    expect(facts(district.run([title, '指标名称 行次 单位 本期数', '城市低保人数 1 人 2507', '城市低保户数 2 户 1529'].join('\n'), 'Q3'))).toEqual(want);
    expect(facts(district.run([title, '指标名称\t行次\t单位\t本期数', '城市低保人数\t1\t人\t2507', '城市低保户数\t2\t户\t1529'].join('\n'), 'Q3'))).toEqual(want);
  });

  test('行次 after 单位, or in a pipe table: the figures (were held as misaligned)', () => {
    expect(facts(district.run([title, '指标名称 计量单位 行次 本期数', '城市低保人数 人 01 2507', '城市低保户数 户 02 1529'].join('\n'), 'Q3'))).toEqual(want);
    expect(facts(district.run([title, '| 指标名称 | 行次 | 单位 | 本期数 |', '| 城市低保人数 | 1 | 人 | 2507 |', '| 城市低保户数 | 2 | 户 | 1529 |'].join('\n'), 'Q3'))).toEqual(want);
  });

  test('no header: a number with a unit and another number after it is held', () => {
    const r = district.run([title, '城市低保人数 1 人 2507', '城市低保户数 2 户 1529', '城市特困人员 3 人 141'].join('\n'), 'Q3');
    expect(r.records).toEqual([]);
    expect(district.reasonOf(r, 1)).toEqual(['ambiguous_column']);
  });
});

describe('the unit after the label against the unit column', () => {
  test('城市低保资金(元) | 万元 | 1420.6: the two disagree, the row is held (was filed in 万元)', () => {
    const r = district.run(['| 指标名称 | 单位 | 数量 |', '| 城市低保资金(元) | 万元 | 1388.2 |', '| 城市低保户数(户) | 人 | 1529 |', '| 城市低保人数(人) | 人 | 2507 |'].join('\n'));
    expect(facts(r)).toEqual([['dibao_persons', '城市', 2507, '全年']]);
    expect(district.reasonOf(r, 1388.2)).toEqual(['unit_mismatch']);
    expect(district.reasonOf(r, 1529)).toEqual(['unit_mismatch']);
  });

  test('the same unit spelled two ways is no clash', () => {
    expect(facts(district.run(['| 指标名称 | 单位 | 数量 |', '| 城市低保标准(元/人·月) | 元/人/月 | 1010 |'].join('\n')))).toEqual([['dibao_std_urban', '', 1010, '全年']]);
  });
});

describe('a value cell printing its own count unit', () => {
  test('2507人, 1388.2万元, 4096对 in the value column: read in that unit', () => {
    const r = district.run(['| 指标名称 | 数量 |', '| 城市低保人数 | 2507人 |', '| 城市低保资金 | 1388.2万元 |', '| 结婚登记 | 4096对 |'].join('\n'));
    expect(r.records.map((x) => [x.indicatorId, x.value, x.unit])).toEqual([
      ['dibao_persons', 2507, '人'],
      ['dibao_funds', 1388.2, '万元'],
      ['marriage_reg', 4096, '对'],
    ]);
  });

  test('beside a unit column: the same unit is read, another held (both were dropped)', () => {
    const r = district.run(['| 指标名称 | 单位 | 数量 |', '| 城市低保人数 | 户 | 2507人 |', '| 城市低保户数 | 户 | 1529户 |'].join('\n'));
    expect(r.records.map((x) => [x.indicatorId, x.value])).toEqual([['dibao_households', 1529]]);
    expect(district.reasonOf(r, 2507)).toEqual(['unit_mismatch']);
  });
});

describe('column titles of bulletin and year-to-date tables', () => {
  test('绝对数 | 比上年增长% in a space-separated bulletin table: the figure, not the growth (all were held)', () => {
    const r = city.run(['2023年济南市民政统计公报附表', '指标 单位 绝对数 比上年增长%', '城市低保人数 万人 0.93 -4.1', '结婚登记 万对 3.07 -5.8'].join('\n'));
    expect(r.records.map((x) => [x.indicatorId, x.value, x.unit, x.period])).toEqual([
      ['dibao_persons', 0.93, '万人', '全年'],
      ['marriage_reg', 3.07, '万对', '全年'],
    ]);
    expect(city.reasonOf(r, -4.1)).toEqual([]);
  });

  test('1-9月 | 去年同期 | 同比%: the year to date, a stock at the period\'s end (all were held)', () => {
    const r = district.run(['历下区2023年1-9月民政数据', '| 指标 | 单位 | 1-9月 | 去年同期 | 同比% |', '| 临时救助 | 人次 | 1108 | 1214 | -8.7 |', '| 城市低保人数 | 人 | 2507 | 2633 | -4.8 |'].join('\n'), '1-9月');
    expect(facts(r)).toEqual([
      ['temp_assist_times', '', 1108, '1-9月'],
      ['dibao_persons', '城市', 2507, '1-9月'],
    ]);
  });

  test('a 1-9月 column in a table of another period is held', () => {
    const r = district.run(['历下区2023年上半年民政数据', '| 指标 | 单位 | 1-9月 |', '| 临时救助 | 人次 | 1108 |'].join('\n'), '上半年');
    expect(r.records).toEqual([]);
    expect(district.reasonOf(r, 1108)).toEqual(['ambiguous_column']);
  });
});

describe('12月 | 1-12月', () => {
  test('a lone month column beside the year to date: the month alone, and the year (the month\'s figure was filed as the year\'s once 1-12月 was read)', () => {
    const r = district.run(['历下区2023年12月民政统计月报', '| 指标 | 单位 | 12月 | 1-12月 |', '| 临时救助 | 人次 | 127 | 1476 |', '| 城市低保人数 | 人 | 2498 | |'].join('\n'));
    expect(facts(r)).toEqual([
      ['temp_assist_times', '', 127, '12月'],
      ['temp_assist_times', '', 1476, '全年'],
      ['dibao_persons', '城市', 2498, '全年'],
    ]);
  });
});
