// Frames found by probing flattened statistical tables (民政统计季报/月报, yearbook and 公报 tables) with small tables
// written for these tests, in our own words and numbers.
import { styleKit } from './styleKit';

const city = styleKit('济南市');
const rows = (r: ReturnType<typeof city.run>) => r.records.map((x) => [x.indicatorId, x.breakdown, x.value, x.period]);

describe('本季 | 累计 columns of a quarterly table', () => {
  test('a flow under 本季 beside 累计 is the quarter alone; 累计 is the year to date', () => {
    const t = ['2023年三季度民政统计季报', '指标名称 | 单位 | 本季 | 累计', '结婚登记 | 对 | 6100 | 21300', '城市低保人数 | 人 | 5230 | '].join('\n');
    expect(rows(city.run(t, '前三季度'))).toEqual([
      ['marriage_reg', '', 6100, 'Q3'],
      ['marriage_reg', '', 21300, '1-9月'],
      ['dibao_persons', '城市', 5230, '前三季度'],
    ]);
  });

  test('with no 累计 column, a flow under 本季 may be the quarter or the year so far: held', () => {
    const t = ['2023年三季度民政统计季报', '指标名称 | 单位 | 本季 | 上季 | 同比%', '城市低保人数 | 人 | 5230 | 5310 | -4.2', '结婚登记 | 对 | 21300 | 14250 | 3.1'].join('\n');
    const r = city.run(t, '前三季度');
    expect(rows(r)).toEqual([['dibao_persons', '城市', 5230, '前三季度']]);
    expect(city.reasonOf(r, 21300)).toEqual(['ambiguous_column']);
  });
});

describe('a side heading over a standard resolved through the heading above it', () => {
  test('(1)城市 / (2)农村 over 平均标准 under 1.最低生活保障: each side\'s standard, not the whole\'s', () => {
    const t = ['指标名称|单位|数量|上期|环比', '(二)社会救助', '1.最低生活保障', '(1)城市', '人数|人|5230|5310|-1.51', '平均标准|元/人·月|1010|1010|0', '(2)农村', '人数|人|18340|18650|-1.66', '平均标准|元/人·年|10560|10560|0'].join('\n');
    expect(rows(city.run(t, '9月'))).toEqual([
      ['dibao_persons', '城市', 5230, '9月'],
      ['dibao_std_urban', '', 1010, '9月'],
      ['dibao_persons', '农村', 18340, '9月'],
      ['dibao_std_rural', '', 10560, '9月'],
    ]);
  });
});

describe('a figure under a 万 unit larger than the area can hold', () => {
  const county = styleKit('平阴县');
  test('农村低保户数 | 万户 | 12 in a county: held; 1.83万人 stays', () => {
    const r = county.run(['指标名称 | 单位 | 数量', '农村低保户数 | 万户 | 12', '农村低保人数 | 万人 | 1.83'].join('\n'), '9月');
    expect(rows(r)).toEqual([['dibao_persons', '农村', 1.83, '9月']]);
    expect(county.reasonOf(r, 12)).toEqual(['unit_mismatch']);
  });

  test('单位:万人 over a county\'s 2310 特困人员 (a figure in 人): held', () => {
    const r = county.run(['单位:万人', '指标 | 数量', '城市低保人数 | 0.41', '特困人员 | 2310'].join('\n'), '9月');
    expect(rows(r)).toEqual([['dibao_persons', '城市', 0.41, '9月']]);
    expect(county.reasonOf(r, 2310)).toEqual(['unit_mismatch']);
  });

  test('a city\'s 12万户 and a province\'s 2310万人 stay records', () => {
    expect(rows(city.run(['指标名称 | 单位 | 数量', '农村低保户数 | 万户 | 12'].join('\n'), '9月'))).toEqual([['dibao_households', '农村', 12, '9月']]);
    const prov = styleKit('山东省');
    expect(rows(prov.run(['指标名称 | 单位 | 数量', '享受高龄津贴人数 | 万人 | 231'].join('\n'), '9月'))).toEqual([['elder_age_allowance_persons', '', 231, '9月']]);
  });
});

describe('the 合计 row of a table by area', () => {
  test('a title saying only some areas are listed (部分区县): the 合计 is theirs, not the region\'s', () => {
    const t = ['2023年部分区县养老服务情况', '区县 | 养老机构(个) | 床位(张)', '历下区 | 12 | 2100', '市中区 | 15 | 2900', '合计 | 27 | 5000'].join('\n');
    const r = city.run(t);
    expect(rows(r)).toEqual([]);
    expect(city.reasonOf(r, 27)).toEqual(['area_group']);
    const many = ['2023年部分区县低保情况', '区县 | 低保人数(人) | 低保户数(户)', ...['历下区', '市中区', '槐荫区', '天桥区', '历城区', '长清区', '章丘区'].map((d) => `${d} | 1500 | 800`), '合计 | 10500 | 5600'].join('\n');
    const r2 = city.run(many);
    expect(rows(r2)).toEqual([]);
    expect(city.reasonOf(r2, 10500)).toEqual(['area_group']);
  });

  test('市区 of a city: its districts only', () => {
    const t = ['2023年市区养老服务情况', '区县 | 养老机构(个) | 床位(张)', '历下区 | 12 | 2100', '市中区 | 15 | 2900', '合计 | 27 | 5000'].join('\n');
    expect(city.reasonOf(city.run(t), 27)).toEqual(['area_group']);
  });

  test('合计 of the areas\' standards is no standard of the region', () => {
    const t = ['2023年各区县低保标准', '区县 | 城市低保标准(元/人·月) | 农村低保标准(元/人·月)', '历下区 | 1010 | 1010', '莱芜区 | 1010 | 850', '合计 | 2020 | 1860'].join('\n');
    const r = city.run(t);
    expect(rows(r)).toEqual([]);
    expect(city.reasonOf(r, 2020)).toEqual(['combined']);
  });

  test('the 合计 of a table by every area stays the region\'s', () => {
    const t = ['2023年各区县低保情况', '区县 | 低保户数(户) | 低保人数(人)', '历下区 | 1120 | 2100', '市中区 | 980 | 1750', '合计 | 3530 | 6450'].join('\n');
    expect(rows(city.run(t))).toEqual([['dibao_households', '', 3530, '全年'], ['dibao_persons', '', 6450, '全年']]);
  });
});

describe('an area\'s name just above the rows (read as the table\'s title)', () => {
  test('一、历下区 over the first rows of a city\'s text: that district\'s figures, like the rows under 二、章丘区', () => {
    const r = city.run(['一、历下区', '城市低保人数 | 人 | 1200', '养老床位 | 张 | 2100', '二、章丘区', '城市低保人数 | 人 | 900'].join('\n'));
    expect(rows(r)).toEqual([]);
    expect(r.candidates.map((c) => c.reason)).toEqual(['sub_region', 'sub_region', 'sub_region']);
  });

  test('the area above over a district\'s rows is another region; a street below it is a sub-region', () => {
    expect(styleKit('历下区').reasonOf(styleKit('历下区').run(['济南市', '城市低保人数 | 人 | 5230'].join('\n')), 5230)).toEqual(['other_region']);
    const k = styleKit('历城区');
    expect(k.reasonOf(k.run(['港沟街道', '城市低保人数 | 人 | 120'].join('\n')), 120)).toEqual(['sub_region']);
  });

  test('the region itself, its former name, or a heading that is no place: records', () => {
    const own = styleKit('历下区');
    expect(rows(own.run(['一、历下区', '指标 | 单位 | 数量', '城市低保人数 | 人 | 1200'].join('\n')))).toEqual([['dibao_persons', '城市', 1200, '全年']]);
    expect(rows(styleKit('章丘区').run(['章丘市', '城市低保人数 | 人 | 1220'].join('\n')))).toEqual([['dibao_persons', '城市', 1220, '全年']]);
    expect(rows(city.run(['社会救助', '城市低保人数 | 人 | 5230'].join('\n')))).toEqual([['dibao_persons', '城市', 5230, '全年']]);
  });
});

describe('rows of an earlier time, and a flow\'s plain row beside its 累计 row', () => {
  test('城市低保人数(年初) before (年末): the opening figure is no record', () => {
    const r = city.run(['指标 | 单位 | 数量', '城市低保人数(年初) | 人 | 5600', '城市低保人数(年末) | 人 | 5230'].join('\n'));
    expect(rows(r)).toEqual([['dibao_persons', '城市', 5230, '全年']]);
    expect(city.reasonOf(r, 5600)).toEqual(['previous_column']);
  });

  test('a monthly table: 临时救助 | 610 beside 临时救助累计 | 5230 is the month\'s', () => {
    const t = ['2023年9月民政统计月报', '指标 | 单位 | 数量', '临时救助 | 人次 | 610', '临时救助累计 | 人次 | 5230'].join('\n');
    expect(rows(city.run(t, '9月'))).toEqual([['temp_assist_times', '', 610, '9月'], ['temp_assist_times', '', 5230, '1-9月']]);
  });

  test('a quarterly table: the plain row may be the quarter\'s or the month\'s: held', () => {
    const t = ['2023年三季度民政统计季报', '指标 | 单位 | 数量', '临时救助 | 人次 | 1520', '临时救助累计 | 人次 | 5230'].join('\n');
    const r = city.run(t, '9月');
    expect(rows(r)).toEqual([['temp_assist_times', '', 5230, '1-9月']]);
    expect(city.reasonOf(r, 1520)).toEqual(['ambiguous_column']);
  });
});
