// Styles met in a thirty-fourth set of published texts (audit reports on disaster relief money, quarter briefs on
// children's allowances, a ministry monthly form dated only by its year, county summaries listing counts before their
// nouns). Fixtures are written for these tests in our own words and numbers.
import { styleKit } from './styleKit';

describe('disaster relief money named 冬春救助资金 / 灾害救助资金 is no 社会救助资金', () => {
  const { run, facts, reasonOf } = styleKit('某县');

  test('冬春救助资金A万元 in an audit of disaster funds: no assist_funds record', () => {
    const r = run('本次审计的救灾资金包括:冬春救助资金86万元,其中:中央资金80万元,省级资金6万元。');
    expect(facts(r.records)).toEqual([]);
    expect(reasonOf(r, 86)).toEqual(['scope']);
  });

  test('自然灾害生活救助资金 likewise', () => {
    const r = run('2023年,全县发放自然灾害生活救助资金47.5万元。');
    expect(facts(r.records)).toEqual([]);
  });

  test('the year\'s own 社会救助资金 stays a record', () => {
    const r = run('2023年,全县累计发放各类社会救助资金5230万元。');
    expect(facts(r.records)).toEqual([['assist_funds', '', 5230, '万元', '全年']]);
  });
});

describe('a flow said 累计 in a text dated by one later quarter runs from January', () => {
  const { run, facts } = styleKit('某市');

  test('2023年2季度…累计发放A万元 read with the period 二季度: 1-6月 (上半年)', () => {
    const r = run('2023年2季度,全市共为168名儿童发放保障金,累计共发放孤儿基本生活费21.6万元、事实无人抚养儿童基本生活费33.8万元。', 'Q2');
    expect(facts(r.records)).toEqual([
      ['orphan_living_funds', '', 21.6, '万元', '上半年'],
      ['fmcare_living_funds', '', 33.8, '万元', '上半年'],
    ]);
  });

  test('money of the quarter with no 累计 keeps the quarter', () => {
    const r = run('2023年3季度,全市发放孤儿基本生活费12.4万元。', 'Q3');
    expect(facts(r.records)).toEqual([['orphan_living_funds', '', 12.4, '万元', 'Q3']]);
  });

  test('a stock in the same sentence keeps the quarter\'s end', () => {
    const r = run('截至2023年3季度末,全市共有孤儿52人,累计发放孤儿基本生活费18.2万元。', 'Q3');
    expect(facts(r.records)).toEqual([
      ['orphan_persons', '', 52, '人', 'Q3'],
      ['orphan_living_funds', '', 18.2, '万元', '1-9月'],
    ]);
  });
});
