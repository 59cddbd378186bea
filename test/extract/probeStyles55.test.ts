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

describe('the tiers of an age ladder are the bands of the 高龄津贴 standard', () => {
  test('满80周岁A元, 90岁以上B元, 100岁C元: each threshold runs up to the next', () => {
    expect(ids('满80周岁可享受高龄津贴每月60元,90岁以上可享受每月120元,100岁可享受每月600元。')).toEqual([
      ['elder_age_allowance_std', '80-89岁', 60, '元/人·月'],
      ['elder_age_allowance_std', '90-99岁', 120, '元/人·月'],
      ['elder_age_allowance_std', '100岁以上', 600, '元/人·月'],
    ]);
  });

  test('tiers across ; with the programme named in the sentence before', () => {
    expect(ids('区民政局发放本月高龄津贴。发放标准分为三类:90至94周岁的老人每人每月发放150元;95至99周岁的老人每人每月发放350元;100周岁以上的老人每人每月发放900元。')).toEqual([
      ['elder_age_allowance_std', '90-94岁', 150, '元/人·月'],
      ['elder_age_allowance_std', '95-99岁', 350, '元/人·月'],
      ['elder_age_allowance_std', '100岁以上', 900, '元/人·月'],
    ]);
  });

  test('a band the catalogue lacks stays held; the open top band is read', () => {
    const r = run('按照80—99周岁720元/人/年和100周岁及以上4800元/人/年的补贴标准,为1520名80—99周岁老人发放高龄津贴109.44万元,为6名100岁及以上老人发放长寿补助2.88万元。');
    expect(r.records.map((x) => [x.indicatorId, x.breakdown, x.value, x.unit])).toContainEqual(['elder_age_allowance_std', '100岁以上', 4800, '元/人·年']);
    expect(r.records.map((x) => x.value)).not.toContain(720);
    expect(reasonOf(r, 720)).toEqual(['no_indicator']);
  });

  test('one threshold alone is no ladder; a longevity payment is not the 高龄津贴', () => {
    expect(ids('满80周岁可享受高龄津贴每月60元。')).toEqual([['elder_age_allowance_std', '', 60, '元/人·月']]);
    expect(ids('发放长寿优待金,90至94周岁每人每月100元,95至99周岁每人每月200元。')).toEqual([]);
  });

  test('persons counted by band are not rates', () => {
    expect(ids('全区享受高龄津贴的老人中,90至94周岁2100人,95至99周岁640人。').filter((x) => x[0] === 'elder_age_allowance_std')).toEqual([]);
  });
});

describe('五保 standards by supply mode raised from 年人均A元', () => {
  test('集中 and 分散 each with 由年人均A元提高到B元', () => {
    expect(ids('农村低保标准由年人均3000元提高到3600元,农村五保集中供养标准由年人均6100元提高到8800元,农村五保分散供养标准由年人均4300元提高到7100元。')).toEqual([
      ['dibao_std_rural', '', 3600, '元/人·年'],
      ['tekun_std_rural', '集中供养', 8800, '元/人·年'],
      ['tekun_std_rural', '分散供养', 7100, '元/人·年'],
    ]);
  });

  test('an average subsidy named before 由年人均 stays no standard', () => {
    expect(ids('农村特困人员人均补助标准由年人均4300元提高到7100元。').filter((x) => x[0] === 'tekun_std_rural')).toEqual([]);
  });
});

describe('集中供养率 of the disabled group counted in the clauses before', () => {
  test('认定失能半失能特困人员A人,已入住敬老院B人,集中供养率C%', () => {
    expect(ids('全区农村特困供养人员3620人,经评估认定失能半失能特困供养人员388人,已入住敬老院201人,集中供养率51.8%。')).toEqual([
      ['tekun_persons', '农村', 3620, '人'],
      ['tekun_centralized_rate', '', 51.8, '%'],
    ]);
  });

  test('a rate after another group is named is still held', () => {
    const r = run('认定失能半失能特困人员388人;全区特困人员集中供养率41.5%。');
    expect(reasonOf(r, 41.5)).toEqual(['no_indicator']);
  });
});
