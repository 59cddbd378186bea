// Years and periods a text states but that were not inferred, with short texts written for these tests in our
// own words and numbers.
import { catalogue } from './styleKit';
import { inferContext } from '../../src/core/extract/context';

const ctx = (text: string) => inferContext(text, catalogue);
const yearOf = (text: string) => ctx(text).year?.value;
const periodOf = (text: string) => ctx(text).period?.value;

describe('a year stated in the body', () => {
  test('。2016年底,全县在册…: a stock at the end of the year named', () => {
    const c = ctx('某县“三件实事”惠民生\n县民政局扎实做好民政工作。实行动态管理。2016年底,全县在册农村低保户3120户5240人,其中新增410户。');
    expect(c.year?.value).toBe(2016);
    expect(c.year?.basis).toContain('2016年底,全县');
  });

  test(',到2015年底我县…达…,实现了…: a stock reached in a review', () => {
    expect(yearOf('“十二五”回顾\n县民政事业稳步发展。逐年提高低保标准,到2015年底我县农村低保标准达 260 元,实现了应保尽保。')).toBe(2015);
  });

  test('。至2012年底,全市…总数为A家,比上年增加…: a stock reached', () => {
    expect(yearOf('发文日期:2013年05月07日\n社会组织登记管理情况。至2012年底,全市登记的社会组织总数为2410家,比上年增加120家。')).toBe(2012);
  });

  test('(到2026年底全县…达到…: a target, no year)', () => {
    expect(yearOf('今后五年规划\n逐年提高低保标准,到2026年底全县农村低保标准力争达到 400 元。')).toBeUndefined();
    expect(yearOf('今后五年规划\n逐年提高低保标准,到2026年底全县农村低保标准达到 400 元。')).toBeUndefined();
    expect(yearOf('今后五年规划\n逐年提高低保标准。到2026年底,全县农村低保标准达到 400 元。')).toBeUndefined();
  });

  test('为做好2021年春节走访慰问工作,自1月20日起…: the festival\'s year', () => {
    expect(yearOf('为做好2021年春节走访慰问工作,自1月20日起,某县组织干部走访困难群众。\n今年全县走访低保户1200户,每户500元。')).toBe(2021);
  });

  test('(a plan for the 2021年元旦春节 visits made in December: not the text\'s year)', () => {
    expect(yearOf('为做好2021年元旦春节走访慰问工作,各乡镇于12月25日前将慰问名单报县民政局。')).toBeUndefined();
  });

  test('数据显示,2020年我国结婚登记数据为A万对: the year a release gives the figures of', () => {
    expect(yearOf('民政部发布的统计季报数据显示,2020年我国结婚登记数据为812.4万对。\n有8个省份超过40万对。')).toBe(2020);
  });

  test('2022年度收入总计A万元 in a 决算 below the header rows', () => {
    const rows = '| 索引号 | 0001/2023-00012 |\n| 主题分类 | 民政 |\n| 体裁分类 | 财政预算、决算 |\n'.repeat(10);
    const c = ctx(`${rows}二、部门决算情况说明\n1.收入支出总体情况。2022年度收入总计3120.5万元,支出总计3100.2万元。`);
    expect(c.year?.value).toBe(2022);
    expect(c.period?.value).toBe('全年');
  });
});

describe('a dateline\'s year, when the text\'s time words are relative to the day of writing', () => {
  test('2021-10-12 09:30 来源:… / 截至目前,某区已建成…', () => {
    const c = ctx('某区建成老年助餐点12处\n\n2021-10-12 09:30 来源:某日报\n\n近日,记者走访某区老年食堂。截至目前,某区已建成老年助餐点12处。');
    expect(c.year?.value).toBe(2021);
    expect(c.year?.basis).toContain('电头日期“2021年10月12日”');
    expect(c.period).toBeUndefined();
  });

  test('入冬以来 under a February dateline', () => {
    expect(yearOf('某省寒冬送温暖\n\n2019-02-10 10:20 来源:某社\n\n入冬以来,某省救助流浪乞讨人员3100多人次。')).toBe(2019);
  });

  test('(a January dateline over a review of the whole year: not the dateline\'s year)', () => {
    expect(yearOf('某县民政工作综述\n\n2019-01-10 10:20 来源:某报\n\n目前全县养老床位2100张。全年共发放高龄津贴320万元。')).toBeUndefined();
    expect(yearOf('某县民政工作\n\n2019-05-10 10:20 来源:某报\n\n一年来,全县新增养老床位300张。目前全县养老床位2100张。')).toBeUndefined();
  });

  test('(another year named: not the dateline\'s)', () => {
    expect(yearOf('某区助餐点\n\n2021-10-12 09:30 来源:某日报\n\n目前,某区已建成助餐点12处,2019年建成5处。')).not.toBe(2021);
  });

  test('(今年87岁: an age, not a time word)', () => {
    expect(yearOf('某区老年食堂\n\n2021-10-12 09:30 来源:某日报\n\n“我今年87岁了。”老人说。某区老年食堂有12处。')).toBeUndefined();
  });
});

describe('截至M月D日 at a month\'s last day', () => {
  test('截至9月30日,…共销售…: 1-9月', () => {
    expect(periodOf('某省福彩首发式举行\n2010-10-12 08:01 来源:某报\n昨日,某省福彩首发式在省福彩中心举行,十二位在省会就读的灾区学生每人得到一笔资助金。为了支持灾区恢复重建工作,体现彩票的公益性,省民政厅决定开展专项募集。首发式上,省福彩中心负责人介绍了新票种的玩法、返奖比例和销售网点的分布情况,并请彩民理性购彩。会后,志愿者在现场向市民发放了宣传资料。据悉,经批准,从2010年7月1日起,公益金用于重建。截至9月30日,某省共销售即开票近4.2亿元。')).toBe('1-9月');
  });

  test('(截至12月21日: a day inside the month)', () => {
    expect(periodOf('福彩销量创新高\n2010-12-25 来源:某报\n截至12月21日,某省福彩今年销量达102.3亿元。')).toBeUndefined();
  });
});
