// Figures real texts held though a careful reader files them, with short texts written for these tests in our own words and numbers.
import { styleKit } from './styleKit';

const { run, facts, reasonOf } = styleKit('平阴县');

describe('a table by township of 集中/分散供养 persons, money sub-header, 合计 row without the 序号 cell', () => {
  const head =
    '单位:人、元 | ||||||||||||\n' +
    '序号 | 地区 | 集中供养保障户数 | 分散供养保障户数 | 保障户数 | 集中供养保障人数 | 分散供养保障人数 | 保障人数 | 集中供养资金+护理补贴 | 分散供养资金+护理补贴 | 集中+分散合计 | 供养资金 | 护理补贴 |\n' +
    '集中供养救助金额 | 分散供养救助金额 | 发放总金额 | 差额救助金额 | 分类施保救助金额 | ||||||||\n';
  const rows =
    '1 | 东坡镇 | 10 | 40 | 50 | 10 | 42 | 52 | 15000.00 | 50000.00 | 65000.00 | 56000.00 | 9000.00 |\n' +
    '2 | 西林街道办事处 | 7 | 33 | 40 | 7 | 35 | 42 | 11000.00 | 41000.00 | 52000.00 | 45000.00 | 7000.00 |\n' +
    '3 | 南湖镇 | 12 | 51 | 63 | 12 | 55 | 67 | 17000.00 | 62000.00 | 79000.00 | 68000.00 | 11000.00 |\n';
  const total = '合计 | 29 | 124 | 153 | 29 | 132 | 161 | 43000 | 153000 | 196000 | 169000 | 27000 |\n';

  test('the total row gives the county its 特困 persons by supply mode and in all', () => {
    const r = run(head + rows + total, '6月');
    expect(facts(r.records)).toEqual([
      ['tekun_persons', '集中供养', 29, '人', '6月'],
      ['tekun_persons', '分散供养', 132, '人', '6月'],
      ['tekun_persons', '', 161, '人', '6月'],
    ]);
    // the townships stay theirs; households and the money under the second header row stay held
    expect(reasonOf(r, 67)).toEqual(['sub_region']);
    expect(reasonOf(r, 153)).toEqual(['no_indicator']);
    expect(reasonOf(r, 196000)).toEqual(['ambiguous_column']);
  });

  test('a total that is not the column sums proves no alignment', () => {
    const r = run(head + rows + total.replace('| 161 |', '| 171 |').replace('| 132 |', '| 142 |'), '6月');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 142)).toEqual(['ambiguous_column']);
  });

  test('保障人数 that is not 集中 + 分散 in every row is not the whole', () => {
    const odd = rows.replace('| 42 | 52 |', '| 42 | 55 |');
    const r = run(head + odd + total.replace('| 161 |', '| 164 |'), '6月');
    expect(facts(r.records)).toEqual([
      ['tekun_persons', '集中供养', 29, '人', '6月'],
      ['tekun_persons', '分散供养', 132, '人', '6月'],
    ]);
    expect(reasonOf(r, 164)).toEqual(['ambiguous_column']);
  });

  test('supply modes of another programme are not 特困', () => {
    const r = run(head.replace('单位:人、元', '孤儿基本生活保障情况') + rows + total, '6月');
    expect(r.records).toEqual([]);
  });
});

describe('为(低保)困难残疾人A人,发放生活补贴: the persons of the subsidy the clause pays', () => {
  const ids = (text: string) => run(text, '上半年').records.map((r) => [r.indicatorId, r.value]);

  test('the programme named in the sentence before, the count\'s own sentence paying it', () => {
    const r = run('落实困难残疾人生活补贴,其他残疾人按每人每月不低于40元发放。为低保困难残疾人2150人,发放生活补贴160.5万元。', '上半年');
    expect(facts(r.records)).toEqual([['disab_living_persons', '', 2150, '人', '上半年']]);
    // the money is the living subsidy's alone: no indicator of its own
    expect(reasonOf(r, 160.5)).toEqual(['no_indicator']);
  });

  test('the subsidy named before the count in its sentence', () => {
    expect(ids('困难残疾人生活补贴方面,为低保困难残疾人2150人发放资金160.5万元。')).toEqual([['disab_living_persons', 2150]]);
    expect(ids('发放重度残疾人护理补贴,为重度残疾人1830人发放资金99万元。')).toEqual([['disab_care_persons', 1830]]);
  });

  test('another payment, a one-off, the other subsidy or 低保 before 重度残疾人 stay held', () => {
    expect(ids('落实困难残疾人生活补贴制度,为低保困难残疾人2150人发放慰问金160.5万元。')).toEqual([]);
    expect(ids('为低保困难残疾人2150人发放一次性生活补贴160.5万元。')).toEqual([]);
    expect(ids('为困难残疾人2150人发放护理补贴160.5万元。')).toEqual([]);
    expect(ids('为低保重度残疾人2150人发放护理补贴160.5万元。')).toEqual([]);
  });

  test('低保 before 困难残疾人 is not 低保 persons', () => {
    expect(ids('为低保困难残疾人2150人,发放生活补贴160.5万元。').map((x) => x[0])).not.toContain('dibao_persons');
  });
});

describe('高龄补助, the plain local name, as a monthly rate per person by age band', () => {
  const { run: runA } = styleKit('安宁市');
  const bands = (text: string) => runA(text).records.map((r) => [r.indicatorId, r.breakdown, r.value, r.unit]);

  test('bands with a long dash, a wave dash and 周岁', () => {
    expect(bands('80岁—89岁的老人每人每月发放高龄补助45元;90～99周岁的老人每人每月发放高龄补助75元;100周岁以上的老人每人每月发放百岁长寿补助320元。')).toEqual([
      ['elder_age_allowance_std', '80-89岁', 45, '元/人·月'],
      ['elder_age_allowance_std', '90-99岁', 75, '元/人·月'],
      ['elder_age_allowance_std', '100岁以上', 320, '元/人·月'],
    ]);
  });

  test('its money is not filed as 高龄津贴 money, and one group\'s rate stays held', () => {
    expect(bands('全年发放高龄补助资金135万元。')).toEqual([]);
    expect(bands('为失能老人每人每月发放高龄补助55元。')).toEqual([]);
  });
});
