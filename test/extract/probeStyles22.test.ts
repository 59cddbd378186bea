// A text's own level set against the region the user gives: a title naming the whole area above (全市) or a lower
// region, with short texts written for these tests in our own words and numbers.
import { styleKit } from './styleKit';

const district = styleKit('历下区');
const city = styleKit('济南市');
const facts = (kit: ReturnType<typeof styleKit>, text: string) => kit.run(text, '全年').records.map((r) => [r.indicatorId, r.breakdown, r.value]);
const held = (kit: ReturnType<typeof styleKit>, text: string) =>
  kit.run(text, '全年').candidates.filter((c) => c.reason === 'other_region').map((c) => [c.value, c.message.includes('济南市') || c.message.includes('下级地区')]);

const cityTable = ['2023年6月全市城乡低保情况', '项目 | 单位 | 数量', '城市低保人数 | 人 | 4310', '农村低保人数 | 人 | 9120', '城市低保标准 | 元/月 | 880'].join('\n');

describe('a table whose title names the whole area (全市)', () => {
  test('given a district, the city\'s table stays candidates naming the city', () => {
    expect(facts(district, cityTable)).toEqual([]);
    expect(held(district, cityTable)).toEqual([
      [4310, true],
      [9120, true],
      [880, true],
    ]);
  });

  test('given the city itself, its figures are records', () => {
    expect(facts(city, cityTable)).toEqual([
      ['dibao_persons', '城市', 4310],
      ['dibao_persons', '农村', 9120],
      ['dibao_std_urban', '', 880],
    ]);
  });

  test('a title of a lower level (全区) given the city is a district\'s table', () => {
    const t = cityTable.replace('全市', '全区');
    expect(facts(city, t)).toEqual([]);
    expect(held(city, t).map((x) => x[1])).toEqual([true, true, true]);
    expect(facts(district, t).map((x) => x[2])).toEqual([4310, 9120, 880]);
  });

  test('an autonomous region speaks as 全区 of its own', () => {
    const t = cityTable.replace('全市', '全区').replace('880', '760');
    expect(facts(styleKit('广西壮族自治区'), t).map((x) => x[2])).toEqual([4310, 9120, 760]);
  });
});

describe('a report whose title names another level than the region given', () => {
  const citySummary = '2023年全市民政工作总结\n2023年,城市低保对象6420人,发放低保金3150万元。特困人员1280人。我区城市低保对象1170人。';

  test('the city\'s summary given a district: clauses with no subject are the city\'s, 我区 is the district\'s', () => {
    expect(facts(district, citySummary)).toEqual([['dibao_persons', '城市', 1170]]);
    expect(held(district, citySummary).map((x) => x[0])).toEqual([6420, 3150, 1280]);
    expect(district.run(citySummary).notes.filter((n) => n.includes('济南市') && n.includes('历下区'))).toHaveLength(1);
  });

  test('a district\'s summary given the city: 全区 clauses are not the city\'s', () => {
    const t = '2023年历下区民政工作总结\n2023年,全区共有城市低保对象1170人,发放低保金640万元。全区特困人员205人。';
    expect(facts(city, t)).toEqual([]);
    expect(district.run(t).records.map((r) => r.value)).toEqual([1170, 640, 205]);
  });

  test('the city\'s own summary given the city stays its own', () => {
    expect(facts(city, citySummary.replace('我区城市低保对象1170人。', '')).map((x) => x[2])).toEqual([6420, 3150, 1280]);
  });
});

describe('a text speaking as a township throughout, given its county', () => {
  const county = styleKit('平阴县');
  const town = '上半年民政工作总结\n一、低保工作。截至6月底,全乡共有农村低保对象612人。1-6月发放农村低保金88.4万元。\n二、五保工作。今年以来调出五保对象5人,全乡现有五保对象143人。\n三、临时救助。到六月份,我乡发放临时救助金1.6万元。';

  test('clauses with no subject are the township\'s, held as sub_region', () => {
    expect(facts(county, town)).toEqual([]);
    const r = county.run(town, '上半年');
    expect(r.candidates.filter((c) => c.value === 88.4 || c.value === 5).map((c) => c.reason)).toEqual(['sub_region', 'sub_region']);
    expect(r.notes.some((n) => n.includes('乡镇的口吻'))).toBe(true);
  });

  test('one township paragraph in a county\'s text that also speaks as 全县 leaves the county\'s figures', () => {
    const t = '全县共有农村低保对象5120人。孔村镇:全镇农村低保对象612人。1-6月全县发放农村低保金720万元。';
    expect(county.run(t, '上半年').records.map((r) => r.value)).toEqual([5120, 720]);
  });
});

describe('a text\'s period read from its opening, under a pasted address line', () => {
  const { extractRecords } = require('../../src/core/extract/extract');
  const { catalogue } = require('./styleKit');
  const periods = (text: string) =>
    (extractRecords(text, { region: '平阴县', source: 't.txt', catalogue }).records as { period: string; value: number }[]).map((r) => [r.value, r.period]);

  test('an address line on top does not hide the opening month', () => {
    const body = '经县民政局审核,2021年7月全县城乡低保对象有1320户2210人。';
    expect(periods(body)).toEqual([[1320, '7月'], [2210, '7月']]);
    expect(periods(`# source: http://example.org/a.html\n${body}`)).toEqual([[1320, '7月'], [2210, '7月']]);
    expect(periods(`网址:http://example.org/a.html\n${body}`)).toEqual([[1320, '7月'], [2210, '7月']]);
  });

  test('2021年1月至6月 with both months named is the half year to date', () => {
    expect(periods('2021年1月至6月,全县共办理结婚登记812对。')).toEqual([[812, '上半年']]);
  });

  test('a text opening with the bare year and no title is that whole year; a bare month opening a clause dates it alone', () => {
    expect(periods('2021年,全县共办理结婚登记1630对。12月新增低保对象20人。')).toEqual([[1630, '全年'], [20, '12月']]);
    expect(periods('2021年,全县共办理结婚登记1630对。12月起,城市低保标准提高到每人每月800元。').map((x) => x[1])).toEqual(['全年', '全年']);
  });
});

describe('a sentence opening with one side and a time word is that side\'s throughout', () => {
  test('(一)城市本月新增特困人员A人,退出B人: both held when the indicators have no urban/rural split', () => {
    const r = district.run('(一)城市本月新增特困供养人员6人,退出特困供养人员3人。', '3月');
    expect(r.records).toEqual([]);
    expect(r.candidates.map((c) => [c.value, c.reason])).toEqual([[6, 'subset'], [3, 'subset']]);
  });

  test('with no side opening the sentence, the exits are the whole\'s', () => {
    expect(district.run('本月新增特困供养人员6人,退出特困供养人员3人。', '3月').records.map((x) => x.value)).toEqual([6, 3]);
  });
});

describe('a form\'s title with its year and month', () => {
  const { inferContext } = require('../../src/core/extract/context');
  const { catalogue } = require('./styleKit');
  const ctx = (t: string) => inferContext(t, catalogue, undefined, true) as { year?: { value: number }; period?: { value: string } };

  test('the title\'s month wins over a 1-N月 column header below it', () => {
    const t = '2022年7月农村居民最低生活保障统计表\n地区 | 低保户数 | 低保人数 | 1-7月资金支出 | 当月资金支出\n某县 | 210 | 388 | 190.2 | 27.6';
    expect(ctx(t).period?.value).toBe('7月');
    expect(ctx(t).year?.value).toBe(2022);
  });

  test('a region before the year and 月份 (某区2019年5月份…救助情况月报表) gives the year too', () => {
    const t = '历下区2019年5月份流浪乞讨人员救助情况月报表\n救助人次 | 32';
    expect(ctx(t).year?.value).toBe(2019);
    expect(ctx(t).period?.value).toBe('5月');
  });
});
