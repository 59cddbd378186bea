// Frames probed in a twenty-ninth round on prose: a template's placeholder before a number, a standard named as the
// one of its time, 纳入低保救助的困难家庭 with its urban/rural split in brackets, 五保 persons by supply mode after 其中
// and 平均补差 as the average top-up. Texts written for these tests in our own words and numbers.
import { styleKit } from './styleKit';

const district = styleKit('丰台区');
const city = styleKit('济南市');
const ids = (kit: ReturnType<typeof styleKit>, text: string, period = '全年') => kit.run(text, period).records.map((r) => [r.indicatorId, r.breakdown, r.value, r.unit]);

describe('a placeholder before the point makes the figure unknown', () => {
  test('发放物价补贴X.35万元 / XX.6万元 / ×.4万元: no record, a malformed candidate', () => {
    for (const text of ['区里启动联动机制,发放物价补贴X.35万元。', '区里启动联动机制,发放物价补贴XX.6万元。', '区里启动联动机制,发放物价补贴×.4万元。']) {
      const r = district.run(text);
      expect(r.records).toEqual([]);
      expect(r.candidates.map((c) => [c.reason, c.value])).toEqual([['malformed', null]]);
    }
  });

  test('the same payment with its figure written out is still filed', () => {
    expect(ids(district, '区里启动联动机制,发放物价补贴31.35万元。')).toEqual([['price_subsidy_funds', '', 31.35, '万元']]);
  });
});

describe('a standard named as the one of its time is a past value', () => {
  test('而当时的低保标准为每人每月A元 / 调整前的标准是A元: held as another year\'s, never the period\'s', () => {
    const a = city.run('调查显示,低保家庭人均月支出263元,而当时的低保标准为每人每月225元,难以维持。');
    expect(a.records).toEqual([]);
    expect(city.reasonOf(a, 225)).toEqual(['other_year']);
    const b = city.run('此前的城市低保标准为每人每月480元。');
    expect(b.records).toEqual([]);
    expect(city.reasonOf(b, 480)).toEqual(['other_year']);
  });

  test('标准在A元/人·月基础上上调B元: the base of a rise is the old standard', () => {
    const r = city.run('有委员建议,城区低保标准在225元/人·月基础上,上调60元。');
    expect(r.records).toEqual([]);
    expect(city.reasonOf(r, 225)).toEqual(['other_year']);
  });

  test('the standard in force, and the new one after 调整前…, are still filed', () => {
    expect(ids(city, '全市城市低保标准为每人每月690元。')).toEqual([['dibao_std_urban', '', 690, '元/人·月']]);
    expect(ids(city, '调整前的城市低保标准为每人每月640元,现为每人每月690元。')).toEqual([['dibao_std_urban', '', 690, '元/人·月']]);
  });
});

describe('纳入低保救助的困难家庭 and its urban/rural split in brackets', () => {
  test('纳入低保救助的困难家庭有A户B人(其中城镇低保家庭C户D人,农村低保家庭E户F人): the whole and both sides', () => {
    expect(ids(city, '年底,全市纳入低保救助的困难家庭有21400户40300人(其中城镇低保家庭5100户9200人,农村低保家庭16300户31100人)。')).toEqual([
      ['dibao_households', '', 21400, '户'],
      ['dibao_persons', '', 40300, '人'],
      ['dibao_households', '城市', 5100, '户'],
      ['dibao_persons', '城市', 9200, '人'],
      ['dibao_households', '农村', 16300, '户'],
      ['dibao_persons', '农村', 31100, '人'],
    ]);
  });

  test('a group in brackets named after 城镇 is still a part', () => {
    const r = city.run('全市城市低保对象8800人(其中城镇老年人2100人)。');
    expect(ids(city, '全市城市低保对象8800人(其中城镇老年人2100人)。')).toEqual([['dibao_persons', '城市', 8800, '人']]);
    expect(city.reasonOf(r, 2100)).toEqual(['subset']);
  });
});

describe('五保 persons by supply mode after 其中', () => {
  test('全市五保对象A人,其中集中供养B人,分散供养C人 / 纳入五保供养A人,其中…: 五保 is rural, its modes are held parts', () => {
    // (was filed as 特困人员人数|集中供养 and |分散供养: a rural part filed as the whole, c54)
    const a = city.run('全市五保对象3150人,其中集中供养870人,分散供养2280人。');
    expect(ids(city, '全市五保对象3150人,其中集中供养870人,分散供养2280人。')).toEqual([['tekun_persons', '农村', 3150, '人']]);
    expect([city.reasonOf(a, 870), city.reasonOf(a, 2280)]).toEqual([['subset'], ['subset']]);
    expect(ids(city, '12月,全市纳入五保供养6020人,其中集中供养1410人,分散供养4610人;')).toEqual([['tekun_persons', '农村', 6020, '人']]);
  });

  test('one side\'s 特困 (农村特困人员 / 城市特困人员) keeps its modes held', () => {
    for (const [text, a, b] of [['全市农村特困人员3150人,其中集中供养870人,分散供养2280人。', 870, 2280], ['全市城市特困人员315人,其中集中供养87人,分散供养228人。', 87, 228]] as const) {
      const r = city.run(text);
      expect(r.records.map((x) => x.breakdown)).toEqual([text.includes('农村') ? '农村' : '城市']);
      expect(r.records.some((x) => x.value === a || x.value === b)).toBe(false);
    }
  });
});

describe('平均补差 is the average top-up of 低保', () => {
  test('城镇、农村低保平均补差分别为A元/人月、B元/人月: the two sides\' average subsidy, not the standard', () => {
    expect(ids(city, '城镇、农村低保平均补差分别为402元/人月、195.5元/人月。')).toEqual([
      ['dibao_avg_subsidy', '城市', 402, '元/人·月'],
      ['dibao_avg_subsidy', '农村', 195.5, '元/人·月'],
    ]);
  });
});
