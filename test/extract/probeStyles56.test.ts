// Frames met on held-out corpora c58 and c59, with short texts written for these tests in our own words and numbers.
import { styleKit } from './styleKit';

const { run, facts, reasonOf } = styleKit('某县');
const ids = (text: string) => facts(run(text).records).map((x) => x.slice(0, 4));

describe('a 分别 list of social-insurance enrolments names no 民政 count', () => {
  test('企业养老、机关事业单位养老、…保险参保人数分别达到A人、B人…', () => {
    const r = run('年末全县企业养老、机关事业单位养老、城镇职工医疗和失业保险参保人数分别达到41200人、15300人、22100人和9800人。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 41200)).toEqual(['no_indicator']);
  });

  test('城镇企业职工基本养老保险、基本医疗保险参保人数分别为A万人、B万人', () => {
    const r = run('城镇企业职工基本养老保险、基本医疗保险、失业保险参保人数分别为9.32万人、12.41万人、6.85万人。');
    expect(r.records).toEqual([]);
  });

  test('资助低保对象、特困人员参加医疗保险分别为A人、B人: those an action enrolled', () => {
    const r = run('全年资助低保对象、特困人员参加城乡居民医疗保险分别为3200人、410人。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 3200)).toEqual(['action']);
  });

  test('a list of the programmes themselves is still read', () => {
    expect(ids('全县低保对象、特困人员分别为3200人、410人。')).toEqual([
      ['dibao_persons', '', 3200, '人'],
      ['tekun_persons', '', 410, '人'],
    ]);
  });
});

describe('享受城镇最低生活保障的居民A户、B人, 支付最低保障金C万元', () => {
  test('the residents receiving the programme are its households and persons', () => {
    expect(ids('年末,全县享受城镇最低生活保障的居民1120户、2630人,全年支付城镇低保金388万元。')).toEqual([
      ['dibao_households', '城市', 1120, '户'],
      ['dibao_persons', '城市', 2630, '人'],
      ['dibao_funds', '城市', 388, '万元'],
    ]);
  });

  test('最低保障金 without 生活 is the money of the side just counted', () => {
    expect(ids('享受农村最低生活保障的居民9870户、14820人,支付最低保障金912.5万元。')).toEqual([
      ['dibao_households', '农村', 9870, '户'],
      ['dibao_persons', '农村', 14820, '人'],
      ['dibao_funds', '农村', 912.5, '万元'],
    ]);
  });

  test('after both sides counted the money stays the whole\'s', () => {
    expect(ids('城市低保1000户1800人,农村低保2000户3500人,支付最低保障金300万元。')).toContainEqual(['dibao_funds', '', 300, '万元']);
  });
});

describe('累计向城镇低保A户B人发放资金C万元: the programme paid its own money to its people', () => {
  test('both sides, the second clause after a semicolon', () => {
    expect(ids('全年累计向城镇低保1520户2840人发放资金2010万元;累计向农村低保14200户23900人发放资金15800万元;')).toEqual([
      ['dibao_households', '城市', 1520, '户'],
      ['dibao_persons', '城市', 2840, '人'],
      ['dibao_funds', '城市', 2010, '万元'],
      ['dibao_households', '农村', 14200, '户'],
      ['dibao_persons', '农村', 23900, '人'],
      ['dibao_funds', '农村', 15800, '万元'],
    ]);
  });

  test('a subsidy paid to the programme\'s people stays held', () => {
    expect(reasonOf(run('累计向城市低保对象2840人发放一次性生活补贴资金85万元。'), 2840)).toEqual(['action']);
    expect(reasonOf(run('全年累计为低保对象2840人发放生活补贴85万元。'), 2840)).toEqual(['action']);
  });

  test('no span nor 累计: still held', () => {
    expect(reasonOf(run('向城镇低保1520户2840人发放资金2010万元。'), 2840)).toEqual(['action']);
  });
});

describe('两项补贴对象共N人,其中A对象X人,B对象Y人: each named part is its own subsidy\'s count', () => {
  test('the second part too', () => {
    const r = run('经复核认定,2023年符合条件的两项补贴对象共7650人,其中困难残疾人生活补贴对象2840人,重度残疾人护理补贴对象4810人。');
    expect(facts(r.records).map((x) => x.slice(0, 4))).toEqual([
      ['disab_living_persons', '', 2840, '人'],
      ['disab_care_persons', '', 4810, '人'],
    ]);
    // (the persons of both subsidies may be counted twice: held)
    expect(reasonOf(r, 7650)).toEqual(['combined']);
  });
});

describe('帮助…解决特殊困难A人次,发放临时救助资金B万元: the 人次 of the 临时救助 paid', () => {
  test('generic help words, the money of 临时救助 right after', () => {
    expect(ids('帮助低保边缘群体、低收入群体解决特殊困难1.2万人次,发放临时救助资金260万元。')).toEqual([
      ['temp_assist_times', '', 1.2, '万人次'],
      ['temp_assist_funds', '', 260, '万元'],
    ]);
    expect(ids('全年共救助困难群众3200人次,支出临时救助金260万元。')).toContainEqual(['temp_assist_times', '', 3200, '人次']);
  });

  test('another aid named, no help given, or no 临时救助 money: held', () => {
    expect(reasonOf(run('全年医疗救助困难群众3200人次,发放临时救助资金260万元。'), 3200)).toEqual(['no_indicator']);
    expect(reasonOf(run('接待来访群众1200人次,发放临时救助资金80万元。'), 1200)).toEqual(['no_indicator']);
    expect(reasonOf(run('救助困难群众3200人次,发放救助资金260万元。'), 3200)).toEqual(['no_indicator']);
  });
});
