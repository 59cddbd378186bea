// Frames met on held-out corpus c56, with short texts written for these tests in our own words and numbers.
import { catalogue, styleKit } from './styleKit';
import { inferContext } from '../../src/core/extract/context';
import { extractRecords } from '../../src/core/extract/extract';

describe('2022年3季度,…累计发放A万元 with nothing else dating the year so far', () => {
  const { run, facts, reasonOf } = styleKit('某市');
  const TEXT = '2022年3季度,共150名困难儿童纳入保障,累计共发放孤儿基本生活费21.3万元、事实无人抚养儿童基本生活费30.6万元。';

  test('in a quarter report: held, the quarter\'s money or Jan-Sep\'s is unknown', () => {
    const r = run(TEXT, 'Q3', 2022);
    expect(facts(r.records)).toEqual([]);
    expect(reasonOf(r, 21.3)).toEqual(['period_unknown']);
    expect(reasonOf(r, 30.6)).toEqual(['period_unknown']);
  });

  test('in a report on 1-9月 the money is the report\'s', () => {
    expect(facts(run(TEXT, '1-9月', 2022).records)).toEqual([
      ['orphan_living_funds', '', 21.3, '万元', '1-9月'],
      ['fmcare_living_funds', '', 30.6, '万元', '1-9月'],
    ]);
  });

  test('the text saying 前三季度 elsewhere dates it from January', () => {
    const r = run('2022年3季度,累计发放孤儿基本生活费21.3万元。前三季度共救助儿童150名。', 'Q3', 2022);
    expect(facts(r.records)).toEqual([['orphan_living_funds', '', 21.3, '万元', '1-9月']]);
  });

  test('截至…季度末 is the year so far', () => {
    const r = run('截至2022年3季度末,累计发放孤儿基本生活费21.3万元。', 'Q3', 2022);
    expect(facts(r.records)).toEqual([['orphan_living_funds', '', 21.3, '万元', '1-9月']]);
  });

  test('no 累计: the quarter\'s own money', () => {
    const r = run('2022年3季度,发放孤儿基本生活费7.1万元。', 'Q3', 2022);
    expect(facts(r.records)).toEqual([['orphan_living_funds', '', 7.1, '万元', 'Q3']]);
  });
});

describe('纳入<programme>对象A户B人,支出<programme>资金C万元 in a month\'s round-up', () => {
  const { run, facts, reasonOf } = styleKit('某盟');

  test('the caseload the money was paid to: records', () => {
    const r = run('今年2月,全盟城市低保平均保障标准为410元。纳入城市低保对象1730户3120人,支出城市低保资金95.4万元。全盟共纳入农牧区低保对象1250户2610人,支出农牧区低保资金51.2万元。', '2月');
    expect(facts(r.records)).toEqual([
      ['dibao_std_urban', '', 410, '元/人·月', '2月'],
      ['dibao_households', '城市', 1730, '户', '2月'],
      ['dibao_persons', '城市', 3120, '人', '2月'],
      ['dibao_funds', '城市', 95.4, '万元', '2月'],
      ['dibao_households', '农村', 1250, '户', '2月'],
      ['dibao_persons', '农村', 2610, '人', '2月'],
      ['dibao_funds', '农村', 51.2, '万元', '2月'],
    ]);
  });

  test('新纳入, or no money of the programme after it: still held', () => {
    expect(facts(run('新纳入城市低保对象130户240人,支出城市低保资金95.4万元。', '2月').records).map((x) => x[0])).not.toContain('dibao_persons');
    expect(reasonOf(run('纳入城市低保对象130户240人,开展入户核查。', '2月'), 240)).toEqual(['action']);
  });
});

describe('上半年,…向农村特困供养人员A人发放供养金C万元: the programme paid its own money to its people over the span', () => {
  const { run, facts } = styleKit('某县');

  test('the persons are the programme\'s, like the 低保 persons before them', () => {
    const r = run('上半年,共为城乡低保8120户20430人发放保障金1980.6万元,向农村特困供养人员615人发放供养金140.3万元。', '上半年');
    expect(facts(r.records)).toContainEqual(['tekun_persons', '农村', 615, '人', '上半年']);
  });

  test('no span nor whole area before it: still held', () => {
    const r = run('向农村特困供养人员615人发放供养金140.3万元。', '上半年');
    expect(facts(r.records).map((x) => x[0])).not.toContain('tekun_persons');
  });
});

describe('a text speaking as 州/市 that never names itself but lists its own counties', () => {
  const regionOf = (text: string) => inferContext(text, catalogue).region?.name;

  test('全州 with three counties of one prefecture: that prefecture', () => {
    expect(regionOf('2024年5月份全州共保障孤儿120人。其中泸水市40人、福贡县35人、兰坪白族普米族自治县45人。')).toBe('怒江傈僳族自治州');
  });

  test('我市 with the counties of one city: that city', () => {
    expect(regionOf('结合我市实际,市政府决定调整低保标准:宣州区、郎溪县、泾县、绩溪县城市低保标准调整为520元/月。')).toBe('宣城市');
  });

  test('全省 with three counties of one city: not the city', () => {
    expect(regionOf('全省共保障孤儿9000人。泸水市40人、福贡县35人、兰坪白族普米族自治县45人。')).not.toBe('怒江傈僳族自治州');
  });

  test('another city named as well: no guess from the counties', () => {
    expect(regionOf('我市与大理市交流。泸水市40人、福贡县35人、兰坪白族普米族自治县45人。全市共保障孤儿120人。')).not.toBe('怒江傈僳族自治州');
  });
});

describe('a table dated by its own title in a text with no year elsewhere', () => {
  test('the notes say the prose lacks the year, not the table', () => {
    const t = ['2021年社会服务统计5月份报表', '发布日期:2021-06-20', '', '指标名称 | 单位 | 数量', '城市低保人数 | 人 | 5230', '农村低保人数 | 人 | 8120'].join('\n');
    const r = extractRecords(t, { region: '某市', source: 't.txt', catalogue });
    expect(r.records.map((x) => [x.indicatorId, x.year, x.period])).toContainEqual(['dibao_persons', 2021, '5月']);
    expect(r.notes).not.toContain('未能推断年份,请用参数指定');
    expect(r.notes!.join('\n')).toContain('表格以外的正文未能推断年份');
  });
});
