// Styles met in an eleventh corpus of published texts (short government news, monthly payment notices of 特困供养,
// charity news, data news on a province's month). Fixtures are written for these tests in our own words and numbers.
import { styleKit } from './styleKit';

const { run, facts, reasonOf } = styleKit('某县');

describe('names of programme money met in news and notices', () => {
  test('残疾人生活补贴和护理补贴 is the two subsidies together; 特困保障金 / 特困人员救助资金 are 特困 money', () => {
    const r = run('发放残疾人生活补贴和护理补贴86.2万元。累计发放特困保障金96.3万元。');
    expect(facts(r.records)).toEqual([
      ['disab_two_funds', '', 86.2, '万元', '全年'],
      ['tekun_funds', '', 96.3, '万元', '全年'],
    ]);
  });

  test('当月支出特困人员救助资金 is the month\'s 特困 money, not all social assistance; 基本生活保障标准 A元 is monthly', () => {
    const r = run('2023年4月全县特困供养人员812人;特困人员基本生活保障标准915元,全县当月支出特困人员救助资金118.6万元。', '4月');
    expect(facts(r.records)).toEqual([
      ['tekun_persons', '', 812, '人', '4月'],
      ['tekun_std', '', 915, '元/人·月', '4月'],
      ['tekun_funds', '', 118.6, '万元', '4月'],
    ]);
  });

  test('捐赠收入 of the charities is the donations they received', () => {
    const r = run('2023年,全县慈善总会系统捐赠收入3150万元。');
    expect(facts(r.records)).toEqual([['charity_donations', '', 3150, '万元', '全年']]);
  });
});

describe('an amount is named by its own clause', () => {
  test('发放A补贴x万元,发放经济困难老年人救助金y万元: the name in the next clause is not x\'s', () => {
    const r = run('发放困境儿童生活补贴31.5万元,发放经济困难老年人救助金9.8万元。');
    expect(facts(r.records)).toEqual([['elder_subsidy_funds', '', 9.8, '万元', '全年']]);
    expect(reasonOf(r, 31.5)).toEqual(['no_indicator']);
  });
});

describe('a month named before 累计', () => {
  test('2021年5月全省民政事业费累计支出 is January to May', () => {
    const r = run('2021年5月全省民政事业费累计支出为13.2亿元,较上年同期增加了0.4亿元。', '1-5月', 2021);
    expect(facts(r.records)).toEqual([['mz_expenditure', '', 13.2, '亿元', '1-5月']]);
  });

  test('a month without 累计 stays that month', () => {
    const r = run('2021年5月全县发放低保金120.5万元。', '5月', 2021);
    expect(facts(r.records)).toEqual([['dibao_funds', '', 120.5, '万元', '5月']]);
  });
});

describe('charity news', () => {
  test('截至中午12时共募集善款: what one event collected by then', () => {
    const r = run('今天上午,全县“慈善一日捐”活动启动。截至上午11时,共募集善款8.45万元。现场募集善款2.6万元。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 8.45)).toEqual(['partial']);
    expect(reasonOf(r, 2.6)).toEqual(['partial']);
  });

  test('本次活动共募集善款: one event\'s takings, not the year\'s', () => {
    const r = run('经现场清点,本次活动共募集善款3.4万元。当日募集善款1.2万元。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 3.4)).toEqual(['partial']);
    expect(reasonOf(r, 1.2)).toEqual(['partial']);
  });

  test('截至目前累计募集 after the start of a 一日捐 campaign: that campaign\'s running takings', () => {
    const r = run('全县自今年9月1日起启动慈善“一日捐”活动,号召各界踊跃捐款。截至目前,全县累计募集善款7.3万元。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 7.3)).toEqual(['scope']);
  });

  test('救助资金 spent by the charities is not the government\'s social assistance', () => {
    const r = run('2023年,全县慈善总会系统捐赠收入3150万元,支出救助资金2890万元。');
    expect(facts(r.records)).toEqual([['charity_donations', '', 3150, '万元', '全年']]);
    expect(reasonOf(r, 2890)).toEqual(['scope']);
  });
});

describe('monthly notices of 特困供养', () => {
  test('各乡(镇)、街道共批准 … 特困人员A户,B人: the whole county\'s members that month', () => {
    const r = run('各乡(镇)、街道共批准2023年4月份特困人员154户,158人,共发放特困人员基本生活费和照料护理费27.1万元。', '4月');
    expect(facts(r.records)).toEqual([
      ['tekun_households', '', 154, '户', '4月'],
      ['tekun_persons', '', 158, '人', '4月'],
      ['tekun_funds', '', 27.1, '万元', '4月'],
    ]);
  });

  test('各乡(镇、街道)实施小额临时救助: still the townships\' share', () => {
    const r = run('其中,各乡(镇、街道)实施小额临时救助资金12.3万元。');
    expect(reasonOf(r, 12.3)).toEqual(['sub_region']);
  });
});

describe('a whole named by its parts', () => {
  test('本月发放生活补贴金A万元,其中,城市特困供养生活补贴金B万元;农村…C万元: A is the whole of 特困 money', () => {
    const r = run('本月发放生活补贴金22.5万元,其中,城市特困供养生活补贴金20.1万元;农村特困供养生活补贴金2.4万元。', '3月');
    expect(facts(r.records)).toEqual([
      ['tekun_funds', '', 22.5, '万元', '3月'],
      ['tekun_funds', '城市', 20.1, '万元', '3月'],
      ['tekun_funds', '农村', 2.4, '万元', '3月'],
    ]);
  });

  test('parts of several programmes (城市低保金…,特困供养金…) leave the whole unnamed', () => {
    const r = run('共发放各类资金520万元,其中,城市低保金210万元,特困供养金160万元。');
    expect(r.records.filter((x) => x.value === 520)).toEqual([]);
    expect(reasonOf(r, 520)).toEqual(['no_indicator']);
  });

  test('parts naming no split (其中,慰问金…) leave the whole unnamed', () => {
    const r = run('本月发放补贴金22.5万元,其中,慰问金3.1万元。', '3月');
    expect(r.records).toEqual([]);
  });
});

describe('the period of a text opening with one month (inferred)', () => {
  const { extractRecords } = require('../../src/core/extract/extract');
  const { catalogue } = require('./styleKit');
  const infer = (text: string) => extractRecords(text, { source: 't.txt', catalogue, region: '某县' });

  test('2023年4月特困供养对象统计情况: that month and year; 当月 money is the month\'s', () => {
    const r = infer('2023年4月特困供养对象统计情况\n2023年4月全县特困供养人员812人,全县当月支出特困人员救助资金118.6万元。');
    expect(r.records.map((x: { indicatorId: string; period: string; year: number }) => [x.indicatorId, x.period, x.year])).toEqual([
      ['tekun_persons', '4月', 2023],
      ['tekun_funds', '4月', 2023],
    ]);
  });

  test('数据显示:2021年5月全省民政事业费累计支出…: January to May', () => {
    const r = infer('数据显示:2021年5月甘肃省民政事业费累计支出为13.2亿元。其中,社会福利支出为2.6亿元。');
    expect(r.records.map((x: { indicatorId: string; period: string }) => [x.indicatorId, x.period])).toEqual([
      ['mz_expenditure', '1-5月'],
      ['social_welfare_expenditure', '1-5月'],
    ]);
  });

  test('a short notice naming one month once: that month', () => {
    const r = infer('经审核,共批准2022年9月份特困人员61户,63人,发放特困人员基本生活费和照料护理费10.2万元。\n某县民政局');
    expect(new Set(r.records.map((x: { period: string }) => x.period))).toEqual(new Set(['9月']));
  });

  test('a text opening with a date (5月12日) is no one-month report', () => {
    // (the year given: a dateline alone does not date a year's figures)
    const r = extractRecords('2023年5月12日,县民政局召开会议。全年全县发放低保金3200万元。', { source: 't.txt', catalogue, region: '某县', year: 2023 });
    expect(r.records.map((x: { period: string }) => x.period)).toEqual(['全年']);
  });
});

describe('groups counted in 位', () => {
  test('为A位"五保对象"、B位"三无"对象: each count is named after it; the 特困 money is the whole\'s', () => {
    const r = run('为28位“五保对象”、31位“三无”对象31人,累计发放特困保障金102.6万元。');
    expect(facts(r.records)).toEqual([['tekun_funds', '', 102.6, '万元', '全年']]);
    expect(reasonOf(r, 31)).toEqual(['no_indicator', 'no_indicator']);
  });

  test('五保对象A位 (the name before the count) is still read', () => {
    const r = run('全镇五保对象28位。');
    expect(facts(r.records)).toEqual([['tekun_persons', '农村', 28, '人', '全年']]);
  });
});

describe('beds of the institutions just counted', () => {
  test('辖区有A处养老服务机构,设置床位B张: B is the elderly-care beds', () => {
    const r = run('目前,街道有4处养老服务机构,设置床位315张,提供医养结合服务。');
    expect(facts(r.records)).toEqual([['elder_beds', '', 315, '张', '全年']]);
  });

  test('beds of a children\'s home are not elderly-care beds', () => {
    const r = run('新建儿童福利院1所,设置床位60张。');
    expect(r.records).toEqual([]);
  });
});
