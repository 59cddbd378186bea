// Frames met on held-out corpus c56, with short texts written for these tests in our own words and numbers.
import { styleKit } from './styleKit';

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
