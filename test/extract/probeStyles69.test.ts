// Frames found while closing the gaps left by session 34, with short texts written for these tests in our own words and numbers.
import { catalogue, styleKit } from './styleKit';
import { inferContext } from '../../src/core/extract/context';
import { extractRecords } from '../../src/core/extract/extract';

const { run, reasonOf } = styleKit('开封市');
const ids = (text: string, period = '全年') => run(text, period).records.map((r) => [r.indicatorId, r.breakdown, r.value, r.unit]);

describe('area groups listed before a standard\'s name, before 分别, take one value each', () => {
  test('我市两区和四县城市低保标准分别提高到A元、B元', () => {
    expect(ids('今年我市两区和四县城市低保标准分别提高到每人每月585元、530元。')).toEqual([
      ['dibao_std_urban', '两区', 585, '元/人·月'],
      ['dibao_std_urban', '四县', 530, '元/人·月'],
    ]);
  });

  test('全市城区和县区农村低保标准, by the year', () => {
    expect(ids('全市城区和县区农村低保标准分别提高到每人每年5150元、4760元。')).toEqual([
      ['dibao_std_rural', '城区', 5150, '元/人·年'],
      ['dibao_std_rural', '县区', 4760, '元/人·年'],
    ]);
  });

  test('groups joined by 、 with 和 between the values', () => {
    expect(ids('两区、四县城市低保标准分别为每人每月640元和575元。')).toEqual([
      ['dibao_std_urban', '两区', 640, '元/人·月'],
      ['dibao_std_urban', '四县', 575, '元/人·月'],
    ]);
  });

  test('counts of the groups are parts, none filed as the whole', () => {
    const r = run('两区和四县低保对象分别为2870人、3960人。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 2870)).toEqual(['sub_region']);
    expect(reasonOf(r, 3960)).toEqual(['sub_region']);
  });

  test('the sides listed before a standard stay the sides', () => {
    expect(ids('城乡低保标准分别提高到每人每月690元、545元。')).toEqual([
      ['dibao_std_urban', '', 690, '元/人·月'],
      ['dibao_std_rural', '', 545, '元/人·月'],
    ]);
  });
});

describe('a bare-元 rural standard above the urban one is held whichever comes first', () => {
  test('rural first, urban after', () => {
    const r = run('农村低保标准提高到455元,城市低保标准提高到410元。');
    expect(r.records.map((x) => [x.indicatorId, x.value])).toEqual([['dibao_std_urban', 410]]);
    expect(reasonOf(r, 455)).toEqual(['unit_period']);
  });

  test('a rural standard stated by the month stays', () => {
    const recs = ids('农村低保标准提高到每人每月455元,城市低保标准提高到410元。');
    expect(recs).toEqual([
      ['dibao_std_rural', '', 455, '元/人·月'],
      ['dibao_std_urban', '', 410, '元/人·月'],
    ]);
  });

  test('a rural standard below the urban one stays', () => {
    expect(ids('农村低保标准提高到335元,城市低保标准提高到410元。').map((x) => x[2])).toEqual([335, 410]);
  });
});

describe('a county named by its short form before 民政部门 is the text\'s region', () => {
  const regionOf = (text: string) => inferContext(text, catalogue).region?.name;
  test('the title names the county by its short form', () => {
    expect(regionOf('旬阳民政部门扎实开展冬春救助\n\n今年以来,共发放临时救助金95万元,救助困难群众730人次。\n')).toBe('旬阳市');
  });
  test('a short form cited inside a document title is not the issuer', () => {
    expect(regionOf('学习《旬阳民政部门工作规程》心得\n\n今年以来,共发放临时救助金95万元。\n')).toBeUndefined();
  });
});

describe('flows of a text dated before December that dates no period are not the year\'s', () => {
  const letter = (body: string) => `对市人大代表第12号建议的答复\n王某代表:\n您提出的建议收悉,现答复如下:\n${body}\n开封市民政局\n2022年4月18日\n`;
  test('a reply signed in April holds its spending and 人次, keeps standards not said to stand now', () => {
    const r = extractRecords(letter('我市城乡低保标准分别为每人每月640元和480元。救助临时遇困群众3120人次,支出临时救助资金266.5万元。'), { source: 't', catalogue });
    expect(r.records.map((x) => [x.indicatorId, x.value, x.year, x.period])).toEqual([
      ['dibao_std_urban', 640, 2022, '全年'],
      ['dibao_std_rural', 480, 2022, '全年'],
    ]);
    expect(reasonOf(r, 3120)).toEqual(['period_unknown']);
    expect(reasonOf(r, 266.5)).toEqual(['period_unknown']);
  });
  test('signed in December, the year\'s flows stay', () => {
    const r = extractRecords(letter('救助临时遇困群众3120人次,支出临时救助资金266.5万元。').replace('2022年4月18日', '2022年12月20日'), { source: 't', catalogue });
    expect(r.records.map((x) => x.value)).toEqual([3120, 266.5]);
  });
});

describe('a headline stock over a body that counts 截至目前 stands at that unknown day', () => {
  const news = '兰考县建成老年助餐点23处\n\n2024-10-21 09:15:02 来源:某某网\n\n截至目前,兰考县已建成老年助餐点23处,其中老年食堂11处。\n';
  test('held with the body\'s figure when no period is given or stated', () => {
    const r = extractRecords(news, { source: 't', catalogue, year: 2024 });
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 23)).toEqual(['period_unknown', 'period_unknown']);
  });
  test('filed when the user gives the period', () => {
    const r = extractRecords(news, { source: 't', catalogue, year: 2024, period: '1-10月' });
    expect(r.records.map((x) => [x.indicatorId, x.value, x.period])).toEqual([['elder_meal_points', 23, '1-10月']]);
  });
});

describe('a stock said to stand on the day of writing, in a text dated before December that dates no period', () => {
  const news = (body: string) => `某市持续推进助餐服务\n\n来源:某某晚报 2023-08-09 10:12:45\n\n${body}\n`;
  test('目前已建有…处 is the date\'s, not the year\'s end', () => {
    const r = extractRecords(news('近年来,开封市持续推进老年助餐服务,目前已建有助餐点215处,年均服务老人96万人次。'), { source: 't', catalogue, region: '开封市', year: 2023 });
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 215)).toEqual(['period_unknown']);
  });
  test('the parts after 目前…。其中 stand on the same day', () => {
    const r = extractRecords(news('目前全市有社会组织3100家。其中社会团体1400家,民办非企业单位1650家。'), { source: 't', catalogue, region: '开封市', year: 2023 });
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 1400)).toEqual(['period_unknown']);
  });
  test('由目前的A元提高到B元 names the old standard, the new one is filed', () => {
    const r = extractRecords(news('市民政局印发通知,城市低保标准由目前的每人每月640元提高到每人每月700元,自2023年1月1日起执行。'), { source: 't', catalogue, region: '开封市' });
    expect(r.records.map((x) => [x.indicatorId, x.value, x.year])).toEqual([['dibao_std_urban', 700, 2023]]);
  });
  test('with the period given it is filed', () => {
    const r = extractRecords(news('近年来,开封市持续推进老年助餐服务,目前已建有助餐点215处。'), { source: 't', catalogue, region: '开封市', year: 2023, period: '1-8月' });
    expect(r.records.map((x) => [x.value, x.period])).toEqual([[215, '1-8月']]);
  });
});

describe('a year-end summary (年终工作总结) is of the whole year', () => {
  const text = '县民政局年终工作总结\n\n全县共发放临时救助资金135万元,救助910人次。\n县民政局\n2019年11月20日\n';
  test('period 全年 from the title, so a November signature does not hold its flows', () => {
    expect(inferContext(text, catalogue).period?.value).toBe('全年');
    const r = extractRecords(text, { source: 't', catalogue, region: '兰考县' });
    expect(r.records.map((x) => [x.indicatorId, x.value, x.year, x.period])).toEqual([
      ['temp_assist_funds', 135, 2019, '全年'],
      ['temp_assist_times', 910, 2019, '全年'],
    ]);
  });
  test('a year-end summary meeting is no summary', () => {
    expect(inferContext('县民政局召开年终总结会\n\n会上通报了今年以来的工作。\n2019年11月20日\n', catalogue).period?.value).not.toBe('全年');
  });
});
