// Frames found by probing flattened statistical tables (季报/月报, yearbook and bulletin tables) with short tables written
// for these tests, in our own words and numbers.
import { catalogue, styleKit } from './styleKit';
import { extractRecords } from '../../src/core/extract/extract';

const { run, facts, reasonOf } = styleKit('历下区');

describe('a 单位 line just above a pipe table', () => {
  test('单位:万元 between the title and the header gives the rows without a unit column their unit', () => {
    const r = run('2023年民政资金支出情况\n单位:万元\n指标 | 数量\n民政事业费支出 | 8412.6\n临时救助资金 | 402.3\n');
    expect(facts(r.records)).toEqual([
      ['mz_expenditure', '', 8412.6, '万元', '全年'],
      ['temp_assist_funds', '', 402.3, '万元', '全年'],
    ]);
  });

  test('单位:元 is not taken for a standard (per month or per year unknown); several units name none', () => {
    const r = run('单位:元\n项目 | 数量\n城市低保标准 | 1010\n');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 1010)).toEqual(['unit_mismatch']);
    expect(run('单位:万人、万元\n项目 | 数量\n低保资金 | 3480.2\n').records).toEqual([]);
  });

  test('a title closing with (单位:万元) or (万元) does the same', () => {
    expect(facts(run('2023年民政资金支出情况(单位:万元)\n项目 | 金额\n低保资金 | 1102.3\n').records)).toEqual([['dibao_funds', '', 1102.3, '万元', '全年']]);
    expect(facts(run('民政事业费支出(万元)\n项目 | 数量\n社会救助 | 5672.9\n').records)).toEqual([['assist_funds', '', 5672.9, '万元', '全年']]);
  });
});

describe('a flow in month columns (1月 | 2月 | 3月)', () => {
  test('figures that fall are each month\'s own: the current month\'s column is that month, not the quarter', () => {
    const r = run('指标 | 单位 | 1月 | 2月 | 3月\n结婚登记 | 对 | 210 | 180 | 220\n', '1-3月');
    expect(facts(r.records)).toEqual([['marriage_reg', '', 220, '对', '3月']]);
  });

  test('figures that only grow may be running totals: held', () => {
    const r = run('指标 | 单位 | 1月 | 2月 | 3月\n结婚登记 | 对 | 210 | 400 | 610\n', '1-3月');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 610)).toEqual(['ambiguous_column']);
  });

  test('a row that says 累计 is the year to date', () => {
    const r = run('指标 | 单位 | 1月 | 2月 | 3月\n累计结婚登记 | 对 | 210 | 400 | 610\n', '1-3月');
    expect(facts(r.records)).toEqual([['marriage_reg', '', 610, '对', 'Q1']]);
  });
});

describe('two panels side by side in a pipe table (指标 | 单位 | 数量 | 指标 | 单位 | 数量)', () => {
  test('each half is its own row: the right half\'s figure is not filed under the left half\'s label', () => {
    const r = run('指标 | 单位 | 数量 | 指标 | 单位 | 数量\n城市低保人数 | 人 | | 孤儿 | 人 | 41\n养老床位 | 张 | 6120 | 养老机构 | 个 | 30\n');
    expect(facts(r.records)).toEqual([
      ['orphan_persons', '', 41, '人', '全年'],
      ['elder_beds', '', 6120, '张', '全年'],
      ['elder_institutions', '', 30, '个', '全年'],
    ]);
  });

  test('with 本期 | 上年同期 in each panel', () => {
    const r = run('指标 | 本期 | 上年同期 | 指标 | 本期 | 上年同期\n城市低保人数(人) | 3021 | 3300 | 孤儿(人) | 41 | 45\n', '1-9月');
    expect(facts(r.records)).toEqual([
      ['dibao_persons', '城市', 3021, '人', '1-9月'],
      ['orphan_persons', '', 41, '人', '1-9月'],
    ]);
    expect(reasonOf(r, 45)).toEqual(['previous_column']);
  });
});

describe('cells that carry their own marks', () => {
  test('a count in whole units with a fraction (0.30 under 人) is held: the figure is in 万人 or the unit is another column\'s', () => {
    const r = run('项目 | 单位 | 数量\n城市低保人数 | 人 | 0.30\n孤儿 | 人 | 41\n');
    expect(facts(r.records)).toEqual([['orphan_persons', '', 41, '人', '全年']]);
    expect(reasonOf(r, 0.3)).toEqual(['unit_mismatch']);
    expect(facts(run('项目 | 单位 | 数量\n城市低保人数 | 万人 | 0.30\n').records)).toEqual([['dibao_persons', '城市', 0.3, '万人', '全年']]);
  });

  test('环比 | -2.6%: a derived percentage with its % sign no longer puts the row\'s figures in doubt', () => {
    const r = run('指标 | 单位 | 数量 | 上季度 | 环比\n城市低保人数 | 人 | 3021 | 3102 | -2.6%\n', '1-9月');
    expect(facts(r.records)).toEqual([['dibao_persons', '城市', 3021, '人', '1-9月']]);
    expect(reasonOf(r, 3102)).toEqual(['previous_column']);
  });

  test('a standard printed with its unit in the value cell (1010元/人·月) is filed in that unit', () => {
    const r = run('项目 | 标准\n城市低保 | 1010元/人·月\n农村低保 | 9840元/人·年\n');
    expect(facts(r.records)).toEqual([
      ['dibao_std_urban', '', 1010, '元/人·月', '全年'],
      ['dibao_std_rural', '', 9840, '元/人·年', '全年'],
    ]);
    // a unit column saying otherwise: held
    const r2 = run('项目 | 单位 | 标准\n城市低保 | 元/人·年 | 1010元/人·月\n');
    expect(r2.records).toEqual([]);
    expect(reasonOf(r2, 1010)).toEqual(['unit_mismatch']);
  });
});

describe('a title naming one side (城市 / 农村) over rows that do not', () => {
  test('2023年城市低保情况 over 低保人数 | 3021: the urban part, not the whole', () => {
    const r = run('2023年城市低保情况\n项目 | 数量\n低保户数(户) | 1804\n低保人数(人) | 3021\n');
    expect(facts(r.records)).toEqual([
      ['dibao_households', '城市', 1804, '户', '全年'],
      ['dibao_persons', '城市', 3021, '人', '全年'],
    ]);
    expect(facts(run('2023年1-9月农村低保情况\n项目 | 单位 | 数量\n低保人数 | 人 | 5230\n', '1-9月').records)).toEqual([['dibao_persons', '农村', 5230, '人', '1-9月']]);
  });

  test('a row about another matter under such a title is held; a title naming both sides leaves the whole', () => {
    const r = run('2023年城市低保情况\n项目 | 数量\n特困人员(人) | 102\n低保人数(人) | 3021\n');
    expect(reasonOf(r, 102)).toEqual(['ambiguous_breakdown']);
    expect(facts(run('城市低保和农村低保情况\n项目 | 数量\n低保人数(人) | 8251\n').records)).toEqual([['dibao_persons', '', 8251, '人', '全年']]);
    expect(facts(run('农村社会救助情况\n项目 | 单位 | 数量\n特困人员 | 人 | 710\n').records)).toEqual([['tekun_persons', '农村', 710, '人', '全年']]);
  });
});

describe('a count beyond any area\'s size under a 万 unit', () => {
  test('城市低保人数 | 万人 | 30210 (over 2亿 people): held as unit_mismatch; 全国 4400万人 is recorded', () => {
    const r = extractRecords('| 指标 | 单位 | 数量 |\n| 城市低保人数 | 万人 | 30210 |\n', { region: '历下区', year: 2023, period: '全年', source: 't.txt', catalogue });
    expect(r.records).toEqual([]);
    expect(r.candidates.map((c) => [c.value, c.reason])).toEqual([[30210, 'unit_mismatch']]);
    const n = extractRecords('| 指标 | 单位 | 数量 |\n| 城乡低保人数 | 万人 | 4400 |\n', { region: '全国', year: 2019, period: '全年', source: 't.txt', catalogue });
    expect(n.records.map((x) => [x.value, x.unit])).toEqual([[4400, '万人']]);
  });
});
