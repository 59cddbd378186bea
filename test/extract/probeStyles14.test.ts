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

describe('截至YYYY年年底 dates the text', () => {
  test('the year and the year-end stock', () => {
    const c = inferContext('记者近日从市民政局了解到,截至2017年年底,我市社会组织总量达2150家。', catalogue);
    expect(c.year?.value).toBe(2017);
    expect(c.period?.value).toBe('全年');
  });

  test('a year-end date of another year sets no period', () => {
    const c = inferContext('2018年上半年,全市新登记社会组织35家;截至2017年年底,全市社会组织总量达2150家。', catalogue);
    expect(c.period?.value).toBe('上半年');
  });
});

describe('据统计,YYYY年,全国共… gives the year', () => {
  test('a national news item', () => {
    expect(inferContext('据统计,2023年,全国共有15.2万例骨灰实施海葬。', catalogue).year?.value).toBe(2023);
  });
});

describe('城乡 before a supply mode names both sides: the mode is the split', () => {
  test('城乡分散供养特困人员A户B人', () => {
    expect(ids('全县共有城乡分散供养特困人员共520户533人。', '10月')).toEqual([['tekun_persons', '分散供养', 533, '人']]);
  });

  test('one side and a mode stay held', () => {
    expect(ids('全县农村分散供养特困人员共300户320人。')).toEqual([]);
  });
});

describe('the figures of one channel are not the programme\'s', () => {
  test('开通急难型临时救助绿色通道,…发放临时救助金A万元', () => {
    const r = run('开通急难型临时救助“绿色通道”,开展紧急救助个案约80例,发放临时救助金约43万元。', '全年');
    expect(r.records).toEqual([]);
    expect(r.candidates.find((c) => c.value === 43)?.reason).toBe('scope');
    expect(ids('三是关爱困难群众。开通急难型临时救助“绿色通道”,发放临时救助金约43万元。')).toEqual([]);
  });

  test('a channel opened after the year\'s figures does not hold them', () => {
    expect(ids('全年实施临时救助1200人次,发放临时救助金356万元,对急难对象开辟绿色通道。')).toEqual([
      ['temp_assist_times', '', 1200, '人次'],
      ['temp_assist_funds', '', 356, '万元'],
    ]);
  });
});

describe('低保对象救助资金 is the programme\'s money', () => {
  test('a part of the year\'s relief money listed after 其中', () => {
    const recs = ids('上半年全区发放救助资金5200万元,其中全区低保对象救助资金2100万元,临时救助支出60万元。', '上半年');
    expect(recs).toContainEqual(['dibao_funds', '', 2100, '万元']);
    expect(recs).toContainEqual(['assist_funds', '', 5200, '万元']);
  });
});
