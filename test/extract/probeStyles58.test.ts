// Dates and years met on held-out texts (c61–c63), with short texts written for these tests in our own words and numbers.
import { catalogue, styleKit } from './styleKit';
import { inferContext } from '../../src/core/extract/context';
import { extractRecords } from '../../src/core/extract/extract';

const { run, facts, reasonOf } = styleKit('清远市');
const infer = (text: string) => inferContext(text, catalogue);
/** a run with nothing given but the region and year: the period as the text dates it */
const undated = (text: string, year = 2019) => extractRecords(text, { region: '清远市', year, source: 't.txt', catalogue });

describe('a year glued to its month after 截至 (the 年 lost)', () => {
  test('截至201910月底 dates its sentence to the end of October', () => {
    const r = run('据统计,截至201810月底,全市共有低保对象4100户、8650人,全市低保资金支出2310.5万元。', '全年', 2018);
    expect(facts(r.records)).toEqual([
      ['dibao_households', '', 4100, '户', '1-10月'],
      ['dibao_persons', '', 8650, '人', '1-10月'],
      ['dibao_funds', '', 2310.5, '万元', '1-10月'],
    ]);
  });

  test('截至20189月底 (a one-digit month)', () => {
    const r = run('截至20189月底,发放困难残疾人生活补贴3120人,共480.6万元;', '全年', 2018);
    expect(facts(r.records)).toContainEqual(['disab_living_persons', '', 3120, '人', '1-9月']);
  });

  test('the inference reads the glued date as a year and a month', () => {
    const c = infer('某市民政局实事落实情况\n据统计,截至201810月底,全市共有低保对象4100户、8650人。');
    expect(c.year?.value).toBe(2018);
    expect(c.period?.value).toBe('1-10月');
  });

  test('a form\'s cut-off date at the year\'s end (截止时间:201812月31) dates the sheet', () => {
    const c = infer('实事落实情况表\n报送单位:某市民政局    截止时间:201812月31\n据统计,截至201810月底,全市共有低保对象4100户、8650人。');
    expect(c.year?.value).toBe(2018);
    expect(c.period?.value).toBe('全年');
  });

  test('a count before 月 is no date', () => {
    expect(infer('全市共有低保对象201810人,月人均补助350元。').year).toBeUndefined();
    expect(facts(run('全市共有低保对象201810人。', '全年', 2018).records)).toEqual([['dibao_persons', '', 201810, '人', '全年']]);
  });
});

describe('截至 a day inside a month, with or without a time of day, is no period', () => {
  test('截至2月14日下午4点半 near the title: the period is left to the user', () => {
    const c = infer('情人节结婚登记\n截至2月14日下午4点半,全市各婚姻登记机关共办理结婚登记1210对。');
    expect(c.period).toBeUndefined();
    expect(c.asOfDay).toBe('截至2月14日');
  });

  test('截至2月7日15时: the same', () => {
    expect(infer('截至2月7日15时,平台收录的社会组织已达75.3万个。').period).toBeUndefined();
  });

  test('a month\'s last day is its end', () => {
    expect(infer('截至2018年9月30日,全市共有特困人员2100人。').period?.value).toBe('1-9月');
  });

  test('the day\'s figures of the text are held, not filed 全年', () => {
    const r = undated('截至2月14日下午4点半,全市共办理结婚登记1210对。\n数据显示,2月14日,甲、乙、丙三个城市,超3260对新人登记结婚。', 2018);
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 3260)).toEqual(['period_unknown']);
    expect(reasonOf(r, 1210)).toEqual(['partial']);
  });
});

describe('a statistical bulletin\'s title cut after 统计', () => {
  test('<region>YYYY年国民经济和社会发展统计(3) gives the year and the whole year', () => {
    const c = infer('巴彦淖尔市临河区2015年国民经济和社会发展统计(3)\n社会福利持续改善。全区城镇低保户共有5210户、10830人,全年发放城镇低保金4820.5万元。');
    expect(c.year?.value).toBe(2015);
    expect(c.period?.value).toBe('全年');
  });

  test('a title cut at the line\'s end', () => {
    expect(infer('某县2015年国民经济和社会发展统计\n全县城镇低保户共有5210户。').year?.value).toBe(2015);
  });

  test('统计 going on (统计工作) is no title', () => {
    expect(infer('做好2015年国民经济和社会发展统计工作。全县城镇低保户共有5210户。').year).toBeUndefined();
  });
});

describe('years inferred from a notice\'s title, a dateline, and not from a span\'s start', () => {
  test('关于做好YYYY年…标准提高工作的通知', () => {
    const c = infer('某市民政局 某市财政局 关于做好2021年全市农村居民最低生活保障标准提高工作的通知\n各镇人民政府:\n农村低保标准提高到每人每年6300元。');
    expect(c.year?.value).toBe(2021);
  });

  test('a dateline and a day of its year in the lead', () => {
    const c = infer('昨日2860对新人登记 某市婚姻登记创新高\n某某新闻网 2012-12-13 10:21:05 某某晚报\n本报12月12日讯 2012年12月12日是个好日子,全市共有2860对新人登记结婚,超过2010年10月10日的纪录。');
    expect(c.year?.value).toBe(2012);
  });

  test('the dateline alone gives no year', () => {
    expect(infer('某某新闻网 2012-12-13 10:21:05 某某晚报\n去年全市共有2860对新人登记结婚。').year?.value).not.toBe(2012);
  });

  test('YYYY年以来 alone gives no year; its figures stay held (with a year given too)', () => {
    const text = '记者昨日从市慈善总会了解到,2015年以来,市慈善总会募集慈善款物4200余万元,受益群众达18.6万人次。';
    const c = infer(text);
    expect(c.year).toBeUndefined();
    expect(c.sinceYear).toBe('2015年以来');
    const r = extractRecords(text, { region: '新乡市', year: 2019, source: 't.txt', catalogue });
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 4200)).toHaveLength(1);
  });
});
