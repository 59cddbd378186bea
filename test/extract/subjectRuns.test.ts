// A subject that carries over a list, and a period written in brackets after a value. Fixtures are written for these
// tests in our own words and numbers.
import { styleKit } from './styleKit';

describe('the area above opening a list in a city’s text', () => {
  const { run, facts, reasonOf } = styleKit('淄博市');

  test('去年全省共保障低保对象A万人,特困人员B万人: both are the province’s; 我市… after them is the city’s', () => {
    const r = run('会议通报,去年全省共保障城乡低保对象142.3万人,特困人员27.6万人。我市城乡低保对象8.1万人,特困人员1.5万人。');
    expect(reasonOf(r, 142.3)).toEqual(['other_region']);
    expect(reasonOf(r, 27.6)).toEqual(['other_region']);
    expect(facts(r.records)).toEqual([
      ['dibao_persons', '', 8.1, '万人', '全年'],
      ['tekun_persons', '', 1.5, '万人', '全年'],
    ]);
  });

  test('within one sentence, 我市 after the province’s list takes the subject back', () => {
    const r = run('今年全省新增低保对象3.2万人,特困人员0.6万人,我市新增低保对象2150人。');
    expect(reasonOf(r, 3.2)).toEqual(['other_region']);
    expect(reasonOf(r, 0.6)).toEqual(['other_region']);
    expect(facts(r.records)).toEqual([['dibao_new_persons', '', 2150, '人', '全年']]);
  });
});

describe('a period in brackets right after a value', () => {
  const { run, facts } = styleKit('某区');

  test('发放低保金A万元(1-9月累计) in a quarter’s brief is the year to date, the quarter’s new cases stay the quarter’s', () => {
    const r = run('三季度,全区新增低保对象43户77人,发放低保金1180万元(1-9月累计)。', 'Q3');
    expect(facts(r.records)).toEqual([
      ['dibao_new_households', '', 43, '户', 'Q3'],
      ['dibao_new_persons', '', 77, '人', 'Q3'],
      ['dibao_funds', '', 1180, '万元', '1-9月'],
    ]);
  });

  test('(截至6月底) after a count in a year’s text dates the stock', () => {
    const r = run('全区共有特困人员512人(截至6月底)。');
    expect(facts(r.records)).toEqual([['tekun_persons', '', 512, '人', '上半年']]);
  });
});
