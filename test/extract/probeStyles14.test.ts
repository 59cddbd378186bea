// Frames met on a fourth set of real reports, with short texts written for these tests in our own words and numbers.
import { catalogue, styleKit } from './styleKit';
import { inferContext } from '../../src/core/extract/context';

const { run } = styleKit('历下区');
const ids = (text: string, period = '全年') => run(text, period).records.map((r) => [r.indicatorId, r.breakdown, r.value, r.unit]);
const periodOf = (text: string) => inferContext(text, catalogue).period?.value;

describe('a year-titled 工作总结 covers the whole year', () => {
  test('某县民政局2019年工作总结', () => {
    expect(periodOf('某县民政局2019年工作总结\n一、主要工作\n全县城镇低保4210户8630人。')).toBe('全年');
  });

  test('a meeting to sum up the year dates nothing', () => {
    expect(periodOf('一季度,全县召开2019年工作总结会。\n全县城镇低保4210户8630人。')).toBe('Q1');
  });
});

describe('a level after the one side a sentence named is that side\'s', () => {
  test('城乡最低生活保障城镇A户B人,支出低保金C万,月人均补助水平D元', () => {
    const recs = ids('全县城乡最低生活保障城镇4210户8630人,累计保障98000人次,支出低保金1520万元,月人均补助水平达到146.5元。');
    expect(recs).toContainEqual(['dibao_avg_subsidy', '城市', 146.5, '元/人·月']);
  });

  test('under a heading naming the whole programme', () => {
    const recs = ids('1、城乡最低生活保障。全县城乡最低生活保障城镇4210户8630人,支出低保金1520万元,月人均补助水平达到146.5元。');
    expect(recs).toContainEqual(['dibao_avg_subsidy', '城市', 146.5, '元/人·月']);
  });

  test('both sides named before: the level stays the whole\'s', () => {
    const recs = ids('城市低保380户620人,农村低保1200户2300人,支出低保金2100万元,月人均补助水平达到233元。');
    expect(recs).toContainEqual(['dibao_avg_subsidy', '', 233, '元/人·月']);
  });
});
