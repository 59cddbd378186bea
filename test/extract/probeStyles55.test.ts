// Frames met on held-out corpora c57–c58 (standards, levels, per-person amounts, age bands), with short texts written for
// these tests in our own words and numbers.
import { styleKit } from './styleKit';

const { run, reasonOf } = styleKit('历下区');
const ids = (text: string, period = '全年') => run(text, period).records.map((r) => [r.indicatorId, r.breakdown, r.value, r.unit]);

describe('an amount paid to each person is a rate, not a programme\'s money', () => {
  test('每人分别发放A元、B元的一次性补助', () => {
    const r = run('为低保、五保对象每人分别发放800元、1500元的节日一次性慰问金。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 1500)).toEqual(['no_indicator']);
    expect(reasonOf(r, 800)).toEqual(['no_indicator']);
  });

  test('the programme\'s money in 万元 in the same sentence is still read', () => {
    expect(ids('全年发放农村特困供养资金320万元,并为五保对象每人发放1500元的一次性补助。')).toEqual([['tekun_funds', '农村', 320, '万元']]);
  });
});

describe('户次均 is not the per-人次 level of 临时救助', () => {
  test('under a heading naming the programme', () => {
    const r = run('四、临时救助。截至9月,全区临时救助共救助0.3万户、0.42万人;户次均救助水平1480元,人次均救助水平1120元;当月支出资金90.5万元。', '1-9月');
    expect(r.records.map((x) => [x.indicatorId, x.value])).toEqual([['temp_assist_avg', 1120]]);
    expect(reasonOf(r, 1480)).toEqual(['no_indicator']);
  });
});
