// Table layouts held by the last table round, with short tables written for these tests in our own words and numbers:
// a yearbook's total row read through its title and measure columns (English, bilingual or Chinese heads), and a
// table whose columns name no programme under a title naming one.
import { styleKit } from './styleKit';
import { findTables, tableSpans } from '../../src/core/extract/table';

const { run, facts, reasonOf } = styleKit('历下区');

describe('a yearbook total row: the title names one indicator, the column its measure', () => {
  const title = '5-2 提供住宿的社会服务机构基本情况(2022年)';

  test('column heads in English only, on lines of their own', () => {
    const text = [title, 'Accommodation Service Agencies(2022)', '项目 Item', 'Number of Beds', 'Number of Persons Housed in the year-end', 'Staff', '  总计  Total 61240 30125 402', '   养老机构   Pension Institutions 52010 27130 260'].join('\n');
    const r = run(text, '全年', 2022);
    expect(facts(r.records)).toEqual([
      ['accommodation_beds', '', 61240, '张', '全年'],
      ['accommodation_residents', '', 30125, '人', '全年'],
      ['elder_inst_beds', '', 52010, '张', '全年'],
    ]);
    expect(reasonOf(r, 402)).toEqual(['no_indicator']);
  });

  test('bilingual heads and labels in a pipe table are read by their Chinese part', () => {
    const text = [title, '项目 Item | 床位数 Beds | 年末收养人数 Persons Housed | 职工人数 Staff', '总计 Total | 61240 | 30125 | 402', '养老机构 Pension Institutions | 52010 | 27130 | 260'].join('\n');
    expect(facts(run(text, '全年', 2022).records)).toEqual([
      ['accommodation_beds', '', 61240, '张', '全年'],
      ['accommodation_residents', '', 30125, '人', '全年'],
      ['elder_inst_beds', '', 52010, '张', '全年'],
    ]);
  });

  test('a title that is no exact name of one indicator keeps the total row held', () => {
    for (const t of ['5-2 社会服务机构基本情况(2022年)', '5-2 各类机构基本情况(2022年)']) {
      const text = [t, '项目 Item | 床位数 Beds | 年末收养人数 Persons Housed', '总计 Total | 61240 | 30125', '养老机构 Pension Institutions | 52010 | 27130'].join('\n');
      const r = run(text, '全年', 2022);
      expect(facts(r.records).map((x) => x[2])).not.toContain(61240);
      expect(reasonOf(r, 61240)).toHaveLength(1);
    }
  });
});

describe('columns naming no programme under a title naming one', () => {
  const table = (title: string) => [title, '地区 | 户数 | 人数 | 金额(万元)', '合计 | 1830 | 2940 | 132.6'].join('\n');

  test('城市低保发放情况 over 户数 | 人数: the urban caseload; the money column stays held', () => {
    const r = run(table('2023年城市低保发放情况'), '全年', 2023);
    expect(facts(r.records)).toEqual([
      ['dibao_households', '城市', 1830, '户', '全年'],
      ['dibao_persons', '城市', 2940, '人', '全年'],
    ]);
    expect(reasonOf(r, 132.6)).toEqual(['no_indicator']);
  });

  test('a title naming both sides, or no programme, keeps every column held', () => {
    for (const t of ['2023年城乡低保发放情况', '2023年救助资金发放情况']) {
      const r = run(table(t), '全年', 2023);
      expect(r.records).toEqual([]);
      expect(reasonOf(r, 1830)).toEqual(['no_indicator']);
    }
  });

  test('a table by area: the text\'s own row under 城市低保发放情况', () => {
    const text = (t: string) => [t, '地区 | 户数 | 人数 | 金额(万元)', '历下区 | 610 | 980 | 44.1', '市中区 | 720 | 1150 | 51.8'].join('\n');
    expect(facts(run(text('2023年12月城市低保发放情况'), '12月').records)).toEqual([
      ['dibao_households', '城市', 610, '户', '12月'],
      ['dibao_persons', '城市', 980, '人', '12月'],
    ]);
    expect(run(text('2023年12月城乡低保发放情况'), '12月').records).toEqual([]);
  });
});

describe('the table spans the one-cell-per-line readers ask for', () => {
  test('tableSpans gives findTables\' spans, for the text last read or another', () => {
    const a = ['项目 | 单位 | 数量', '城市低保人数 | 人 | 1520', '农村低保人数 | 人 | 3310'].join('\n');
    const b = ['前言一行。', '项目 | 单位 | 数量', '临时救助 | 人次 | 240'].join('\n');
    const spans = (t: string) => findTables(t).map((r) => ({ start: r.start, end: r.end }));
    const want = spans(a);
    expect(tableSpans(a)).toEqual(want);
    expect(tableSpans(b)).toEqual(spans(b));
    expect(tableSpans(a)).toEqual(want);
  });
});
