// A text's publication date (a dateline under its title, or a signature date at its end) and 今年以来. Fixtures are
// written for these tests in our own words and numbers.
import { inferContext } from '../../src/core/extract/context';
import { extractRecords } from '../../src/core/extract/extract';
import { catalogue } from './styleKit';

const run = (text: string) => extractRecords(text, { region: '张店区', source: 't.txt', catalogue });

describe('the year of 今年 from the dateline', () => {
  test.each([
    ['发布时间:2022-09-14 10:20 来源:区民政局', 2022],
    ['2021-05-30', 2021],
    ['2024年03月02日 08:15 来源:某某日报', 2024],
    ['2022-08-17 某某县人民政府', 2022],
    ['2021年07月06日 某某市民政局', 2021],
  ])('%s under the title gives the year of 今年', (line, year) => {
    const ctx = inferContext(`区民政局扎实做好兜底保障\n${line}\n今年以来,全区新增低保对象126人。`, catalogue);
    expect(ctx.year?.value).toBe(year);
  });

  test('a date followed by words that are not a body or an outlet is no dateline', () => {
    const ctx = inferContext('区民政局扎实做好兜底保障\n2022-08-17 开展走访慰问活动\n今年以来,全区新增低保对象126人。', catalogue);
    expect(ctx.year?.value).toBeUndefined();
  });

  test('a signature date at the end does too', () => {
    const ctx = inferContext('今年以来,全区新增低保对象126人。\n(区民政局 2022年6月20日)', catalogue);
    expect(ctx.year?.value).toBe(2022);
  });

  test('a dateline without 今年 in the text says nothing of the figures’ year', () => {
    const ctx = inferContext('区民政局召开座谈会\n发布时间:2022-09-14 10:20\n全区共有低保对象2130人。', catalogue);
    expect(ctx.year).toBeUndefined();
  });
});

describe('今年以来 in a text dated before December', () => {
  test('its figures run to a date the text does not state: no record, a candidate that says so', () => {
    const r = run('区民政局扎实做好兜底保障\n发布时间:2022-09-14 10:20\n今年以来,全区累计发放城乡低保金1860万元,新增低保对象126人。');
    expect(r.records).toEqual([]);
    expect(r.candidates.map((c) => [c.value, c.reason])).toEqual([
      [1860, 'period_unknown'],
      [126, 'period_unknown'],
    ]);
    expect(r.notes?.join('')).toContain('2022年9月14日');
  });

  test('dated in December, 今年以来 reviews the year', () => {
    const r = run('区民政局扎实做好兜底保障\n发布时间:2022-12-28 10:20\n今年以来,全区累计发放城乡低保金2480万元。');
    expect(r.records.map((x) => [x.indicatorId, x.value, x.year, x.period])).toEqual([['dibao_funds', 2480, 2022, '全年']]);
  });

  test('a period the user gives wins', () => {
    const r = extractRecords('发布时间:2022-09-14 10:20\n今年以来,全区累计发放城乡低保金1860万元。', { region: '张店区', year: 2022, period: '1-8月', source: 't.txt', catalogue });
    expect(r.records.map((x) => [x.indicatorId, x.value, x.period])).toEqual([['dibao_funds', 1860, '1-8月']]);
  });
});
