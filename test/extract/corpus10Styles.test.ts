// Styles met in a tenth corpus of published tables (bilingual yearbook tables copied one cell per line, with year
// columns and a change column; yearbook tables whose column titles survive only as units). Fixtures are written for
// these tests in our own words and numbers.
import { styleKit } from './styleKit';

const { run, facts, reasonOf } = styleKit('某省');

// one cell per line, each closed by "|": 指标 | English | 2021 | 2022 | 增减%
const bilingualYears = (rows: string[]) =>
  ['项 目 |', 'Item |', '2021 |', '2022 |', '2022年比 |', '2021年 | ||', '增减% | ||', ...rows].join('\n');

describe('bilingual year-column tables copied one cell per line', () => {
  test('a unit printed on its own line below the numbers belongs to the row above', () => {
    const text = bilingualYears([
      '城市居民最低生活保障人数 |',
      'Number of Persons |',
      '12.4 |',
      '11.9 |',
      '-4.0 |',
      '(万人) |',
      'in Urban Areas (10000 persons) |',
      '|',
      '|',
      '|',
      '城市最低生活保障平均标准 |',
      'Average Standard |',
      '610 |',
      '655 |',
      '7.4 |',
      '(元/人、月) |',
      'in Urban Areas (yuan) |',
      '|',
      '|',
      '|',
    ]);
    const r = run(text, '全年', 2022);
    expect(facts(r.records)).toEqual([
      ['dibao_persons', '城市', 11.9, '万人', '全年'],
      ['dibao_std_urban', '', 655, '元/人·月', '全年'],
    ]);
    expect(reasonOf(r, 12.4)).toEqual(['other_year']);
  });

  test('a row without a unit under a block printed in 万个 is not filed in 个', () => {
    const text = bilingualYears([
      '社会组织总数(万个) |',
      'Number of NGOs (10000 units) |',
      '3.1 |',
      '3.3 |',
      '6.5 |',
      '社会团体 |',
      'Social Organizations |',
      '1.6 |',
      '1.7 |',
      '6.3 |',
      '基金会(个) |',
      'Foundations (unit) |',
      '205 |',
      '231 |',
      '12.7 |',
    ]);
    const r = run(text, '全年', 2022);
    expect(facts(r.records)).toEqual([
      ['social_orgs', '', 3.3, '万个', '全年'],
      ['foundations', '', 231, '个', '全年'],
    ]);
    expect(reasonOf(r, 1.7)).toEqual(['no_unit']);
    expect(r.candidates.find((c) => c.value === 1.7)!.message).toContain('万个');
  });

  test('without any 万 unit in the table, an integer count row still takes its count word', () => {
    const text = bilingualYears(['基金会 |', 'Foundations |', '205 |', '231 |', '12.7 |']);
    expect(facts(run(text, '全年', 2022).records)).toEqual([['foundations', '', 231, '个', '全年']]);
  });
});

describe('yearbook tables whose column titles survive only as units', () => {
  const table = (head: string, units: string, english: string) =>
    [
      '9-3  收养类社会福利单位基本情况(2021年)',
      head,
      units,
      english,
      '收养性社会福利单位 adopting social welfare institutions 412 15830 9204',
      '  社会福利院   social welfare homes 36 3120 2275',
      '  光荣院   homes for disabled veterans 21 640 388',
    ].join('\n');
  const expected = [
    ['accommodation_institutions', '', 412, '个', '全年'],
    ['accommodation_beds', '', 15830, '张', '全年'],
    ['accommodation_residents', '', 9204, '人', '全年'],
    ['social_welfare_homes', '', 36, '个', '全年'],
    ['social_welfare_home_beds', '', 3120, '张', '全年'],
  ];

  test('a line of units under an English line naming each column gives measure columns', () => {
    const r = run(table('        项目', '(个) (张) (人)', 'number of institutions (unit) number of bed (set) number of persons housed (year-end) (person)'), '全年', 2021);
    expect(facts(r.records)).toEqual(expected);
    expect(reasonOf(r, 2275)).toEqual(['no_indicator']);
  });

  test('the English titles wrapped over several lines, or only the Chinese title of the 人 column, will do', () => {
    const wrapped = table('        项目         年末收养人数', '(个) (张) (人)', '    number of\nnumber of number of beds persons housed\ninstitutions   in the year-end\n(unit) (set) (person)');
    expect(facts(run(wrapped, '全年', 2021).records)).toEqual(expected);
    expect(facts(run(table('        项目         年末收养人数', '(个) (张) (人)', ''), '全年', 2021).records)).toEqual(expected);
  });

  test('a (人) column no title names, or two columns of one measure, leave the columns unknown', () => {
    for (const [head, units] of [
      ['        项目', '(个) (张) (人)'],
      ['        项目', '(个) (张) (张)'],
    ]) {
      const r = run(table(head, units, ''), '全年', 2021);
      expect(r.records).toEqual([]);
      expect(reasonOf(r, 15830)).toEqual(['ambiguous_column']);
    }
  });
});

describe('a row named by the words in its brackets', () => {
  const table = (label: string) =>
    ['| 8-2 提供住宿的社会服务机构数(2019-2021年) | |||', '| 单位:个 | |||', '| 项目 | 2019 | 2020 | 2021 |', `| ${label} | 31 | 29 | 28 |`].join('\n');

  test('救助类服务机构(救助管理站): the bracketed name is read when the name outside names nothing', () => {
    const r = run(table('救助类服务机构(救助管理站)'), '全年', 2021);
    expect(facts(r.records)).toEqual([['relief_stations', '', 28, '个', '全年']]);
    expect(reasonOf(r, 29)).toEqual(['other_year']);
  });

  test('a bracket naming nothing known leaves the row unread', () => {
    expect(run(table('救助类服务机构(含站点)'), '全年', 2021).records).toEqual([]);
  });
});

describe('column titles given one per line above the rows', () => {
  const table = (titles: string[]) =>
    ['收养类单位基本情况(2021年) |', '指 标 |', ...titles.map((t) => `${t} |`), '合 计 |', '860 | 5120 | 30410 | 22650 |', '社会福利院 | 27 | 930 | 4120 | 3305 |', '社会福利医院 | 5 | 610 | 1280 | 1010 |'].join('\n');

  test('院 数 / 工作人员 / 床 位 as titles: measure columns, a cut title stays an unknown column', () => {
    const r = run(table(['院 数', '工作人员', '床 位', '年 末']), '全年', 2021);
    expect(facts(r.records)).toEqual([
      // (合计 under a title naming one indicator, 收养类单位: its 床位 column is that indicator's beds)
      ['accommodation_beds', '', 30410, '张', '全年'],
      ['social_welfare_homes', '', 27, '个', '全年'],
      ['social_welfare_home_beds', '', 4120, '张', '全年'],
      ['social_welfare_hospitals', '', 5, '个', '全年'],
    ]);
    expect(reasonOf(r, 3305)).toEqual(['ambiguous_column']);
  });

  test('titles fewer than the numbers of the first row are not taken as a header', () => {
    const r = run(table(['院 数', '床 位']), '全年', 2021);
    expect(r.records).toEqual([]);
  });
});

describe('two year-column tables side by side under one line of years', () => {
  test('"2020年 2021年   2020年 2021年": each panel takes the years; 离婚登记对数 in 对 is the divorce count', () => {
    const text = [
      '12-4',
      '单位:对',
      '         2020年 2021年            2020年 2021年',
      '准予登记结婚对数 8820 8410  每千人结婚对数 6.1 5.8',
      '  内地居民登记结婚对数 8790 8395  每千人离婚对数 1.95 1.71',
      '离婚登记对数 2830 2475    平均每天离婚对数 7.8 6.8',
    ].join('\n');
    const r = run(text, '全年', 2021);
    expect(facts(r.records)).toEqual([
      ['marriage_reg', '', 8410, '对', '全年'],
      ['divorce_reg', '', 2475, '对', '全年'],
    ]);
    expect(reasonOf(r, 8820)).toEqual(['other_year']);
    expect(reasonOf(r, 5.8)).toEqual(['no_indicator']);
  });

  test('years that do not repeat alike are not read as panels', () => {
    const r = run(['单位:对', '         2020年 2021年            2019年 2021年', '离婚登记对数 2830 2475    平均每天离婚对数 7.8 6.8'].join('\n'), '全年', 2021);
    expect(r.records).toEqual([]);
  });
});

describe('a row naming all kinds of something by one example', () => {
  test('养老公寓等各类养老机构 | 床位数 is the beds of all elderly-care institutions', () => {
    const text = [
      '7-2 提供住宿的社会服务机构基本情况(2021年)',
      '项目 Item',
      'Number of Beds',
      'Number of Persons Housed in the year-end',
      '  总计  Total 52310 23145',
      '   #养老公寓等各类养老机构   Pension Institutions 30480 14012',
      '    社会福利院   Social Welfare Homes 8120 3390',
    ].join('\n');
    const r = run(text, '全年', 2021);
    expect(facts(r.records)).toEqual([
      ['accommodation_beds', '', 52310, '张', '全年'],
      ['accommodation_residents', '', 23145, '人', '全年'],
      ['elder_inst_beds', '', 30480, '张', '全年'],
      ['social_welfare_home_beds', '', 8120, '张', '全年'],
    ]);
  });

  test('without 各类 the example is not taken for the whole kind', () => {
    const text = ['7-2 提供住宿的社会服务机构基本情况(2021年)', '项目 Item', 'Number of Beds', 'Number of Persons Housed in the year-end', '  总计  Total 52310 23145', '   #养老公寓等养老机构   Pension Institutions 30480 14012'].join('\n');
    expect(run(text, '全年', 2021).records.map((x) => x.value)).not.toContain(30480);
  });
});
