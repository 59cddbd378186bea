import {
  FULL_YEAR,
  PeriodSpan,
  canonicalPeriod,
  comparePeriods,
  fromDateSerial,
  matchScore,
  matches,
  monthsOf,
  parsePeriodCell,
  parsePeriodLabel,
  parseYearPeriod,
  periodLabel,
  periodText,
  yearPeriodArg,
} from '../../src/core/period';
import { formatDatasetCsv, parseDatasetCsv } from '../../src/core/datasetCsv';

const sp = (start: number, end: number): PeriodSpan => ({ start, end });

describe('parsePeriodLabel: every spelling reports and users write', () => {
  const cases: [string, [number, number]][] = [
    ['全年', [1, 12]],
    ['年度', [1, 12]],
    ['全年度', [1, 12]],
    ['1-12月', [1, 12]],
    ['截至年底', [1, 12]],
    ['上半年', [1, 6]],
    ['H1', [1, 6]],
    ['h1', [1, 6]],
    ['1-6月', [1, 6]],
    ['1—6月', [1, 6]],
    ['1－6月', [1, 6]],
    ['1至6月', [1, 6]],
    ['1~6月', [1, 6]],
    ['一至六月', [1, 6]],
    ['截至6月底', [1, 6]],
    ['下半年', [7, 12]],
    ['H2', [7, 12]],
    ['7-12月', [7, 12]],
    ['Q1', [1, 3]],
    ['一季度', [1, 3]],
    ['第一季度', [1, 3]],
    ['Q2', [4, 6]],
    ['二季度', [4, 6]],
    ['Q3', [7, 9]],
    ['q3', [7, 9]],
    ['三季度', [7, 9]],
    ['第三季度', [7, 9]],
    ['第3季度', [7, 9]],
    ['Ｑ４', [10, 12]],
    ['四季度', [10, 12]],
    ['前三季度', [1, 9]],
    ['前两季度', [1, 6]],
    ['1-9月', [1, 9]],
    ['1月-9月', [1, 9]],
    ['1-9月份', [1, 9]],
    ['9月', [9, 9]],
    ['09月', [9, 9]],
    ['9月份', [9, 9]],
    ['九月', [9, 9]],
    ['十二月', [12, 12]],
    ['截至9月底', [1, 9]],
    ['截止9月底', [1, 9]],
    ['9月末', [1, 9]],
    ['9月底', [1, 9]],
    ['截至9月', [1, 9]],
    ['3-5月', [3, 5]],
    [' 上半年 ', [1, 6]],
  ];
  test.each(cases)('%s → %j', (text, [start, end]) => {
    expect(parsePeriodLabel(text)).toEqual({ start, end });
  });
  test.each(['', '第13月', '13月', '0月', '9-3月', '上旬', '2021-09', 'Q5', '前五季度', '明年'])('%j is not a period', (text) => {
    expect(parsePeriodLabel(text)).toBeNull();
  });
  test('non-text is not a period', () => {
    expect(parsePeriodLabel(6)).toBeNull();
    expect(parsePeriodLabel(null)).toBeNull();
  });
});

describe('periodLabel: canonical labels', () => {
  test.each([
    [1, 12, '全年'],
    [1, 6, '上半年'],
    [7, 12, '下半年'],
    [1, 3, 'Q1'],
    [4, 6, 'Q2'],
    [7, 9, 'Q3'],
    [10, 12, 'Q4'],
    [1, 9, '1-9月'],
    [1, 11, '1-11月'],
    [9, 9, '9月'],
    [1, 1, '1月'],
    [3, 5, '3-5月'],
  ])('%d–%d → %s', (a, b, label) => {
    expect(periodLabel(sp(a, b))).toBe(label);
  });
  test('every span round-trips through its label', () => {
    let n = 0;
    for (let a = 1; a <= 12; a++) {
      for (let b = a; b <= 12; b++) {
        expect(parsePeriodLabel(periodLabel(sp(a, b)))).toEqual(sp(a, b));
        n++;
      }
    }
    expect(n).toBe(78);
  });
  test('canonicalPeriod: any spelling → label; blank → 全年; unknown → null', () => {
    expect(canonicalPeriod('前三季度')).toBe('1-9月');
    expect(canonicalPeriod('1至6月')).toBe('上半年');
    expect(canonicalPeriod('第三季度')).toBe('Q3');
    expect(canonicalPeriod('')).toBe('全年');
    expect(canonicalPeriod(undefined)).toBe('全年');
    expect(canonicalPeriod('第13月')).toBeNull();
  });
});

describe('parseYearPeriod: the 年份 argument', () => {
  test.each([2021, '2021', '2021年', '2021年度', ' 2021 ', '２０２１', [[2021]]])('%j → a bare year', (x) => {
    expect(parseYearPeriod(x)).toEqual({ ok: true, year: 2021, span: null });
  });
  const withPeriod: [unknown, number, [number, number]][] = [
    ['2021上半年', 2021, [1, 6]],
    ['2021年上半年', 2021, [1, 6]],
    ['2021H1', 2021, [1, 6]],
    ['2021年1-6月', 2021, [1, 6]],
    ['2021年全年', 2021, [1, 12]],
    ['2022Q3', 2022, [7, 9]],
    ['2022 Q3', 2022, [7, 9]],
    ['2022年第三季度', 2022, [7, 9]],
    ['2022年前三季度', 2022, [1, 9]],
    ['2022年1-9月', 2022, [1, 9]],
    ['2022年9月', 2022, [9, 9]],
    ['2022年截至9月底', 2022, [1, 9]],
    ['2022-09', 2022, [9, 9]],
    ['2022.09', 2022, [9, 9]],
    ['2022/9', 2022, [9, 9]],
    ['2022-09-01', 2022, [9, 9]],
    // Excel turns a typed 2022-09 into the date serial of 2022-09-01
    [44805, 2022, [9, 9]],
    [44805.5, 2022, [9, 9]],
  ];
  test.each(withPeriod)('%j → %d %j', (x, year, [start, end]) => {
    expect(parseYearPeriod(x)).toEqual({ ok: true, year, span: { start, end } });
  });
  test('date serials map to their year and month', () => {
    expect(fromDateSerial(44562)).toEqual({ year: 2022, month: 1 }); // 2022-01-01
    expect(fromDateSerial(44926)).toEqual({ year: 2022, month: 12 }); // 2022-12-31
  });
  test('errors are Chinese, say what was received and how to write it', () => {
    expect(parseYearPeriod('明年')).toEqual({
      ok: false,
      code: 'VALUE',
      message: '年份/期别应为 2021、"2021上半年"、"2022Q3"、"2022年9月"…;收到“明年”',
    });
    expect(parseYearPeriod(3000)).toMatchObject({ ok: false, message: expect.stringContaining('收到3000') });
    expect(parseYearPeriod(20.5)).toMatchObject({ ok: false, code: 'VALUE' });
    expect(parseYearPeriod('')).toEqual({ ok: false, code: 'VALUE', message: '缺少年份,如 2020' });
    expect(parseYearPeriod(null)).toMatchObject({ ok: false, message: '缺少年份,如 2020' });
    expect(parseYearPeriod('2022-13')).toMatchObject({ ok: false, code: 'VALUE' });
    expect(parseYearPeriod('1800上半年')).toMatchObject({ ok: false, code: 'VALUE' });
    const e = parseYearPeriod('2021第13月');
    expect(e.ok).toBe(false);
    expect(!e.ok && e.message).toMatch(/^“2021第13月”中的期别“第13月”无法识别;期别可写 全年、上半年/);
    expect(parseYearPeriod(true)).toMatchObject({ ok: false, code: 'VALUE' });
    expect(parseYearPeriod({})).toMatchObject({ ok: false, code: 'VALUE' });
  });
});

describe('parsePeriodCell: the period column of a record', () => {
  test('labels, blank, and legacy YYYY-MM of the record’s year', () => {
    expect(parsePeriodCell('', 2021)).toEqual({ ok: true, span: FULL_YEAR });
    expect(parsePeriodCell('上半年', 2021)).toEqual({ ok: true, span: sp(1, 6) });
    expect(parsePeriodCell('2021-09', 2021)).toEqual({ ok: true, span: sp(9, 9) });
    expect(parsePeriodCell('2021上半年', 2021)).toEqual({ ok: true, span: sp(1, 6) });
  });
  test('a year that differs, or an unknown label, is a problem', () => {
    expect(parsePeriodCell('2020-09', 2021)).toEqual({ ok: false, message: '期别“2020-09”的年份 2020 与年份 2021 不一致' });
    expect(parsePeriodCell('第13月', 2021)).toMatchObject({ ok: false, message: expect.stringMatching(/^期别“第13月”无法识别;可写 全年/) });
  });
});

describe('periodText, monthsOf, ordering', () => {
  test('报告期 texts', () => {
    expect(periodText(2020, null)).toBe('2020年');
    expect(periodText(2020, FULL_YEAR)).toBe('2020年');
    expect(periodText(2021, sp(1, 6))).toBe('2021年1-6月');
    expect(periodText(2022, sp(1, 9))).toBe('2022年1-9月');
    expect(periodText(2022, sp(9, 9))).toBe('2022年9月');
    expect(periodText(2022, sp(7, 9))).toBe('2022年7-9月');
    // the 季报/月报 print the month the period ends
    expect(periodText(2022, sp(1, 9), 'month')).toBe('2022年09月');
    expect(periodText(2022, sp(7, 9), 'month')).toBe('2022年09月');
    expect(periodText(2022, null, 'month')).toBe('2022年12月');
    expect(periodText(2021, sp(1, 6), 'label')).toBe('2021年上半年');
    expect(periodText(2021, null, 'label')).toBe('2021年全年');
  });
  test('how to ask for a period in a formula', () => {
    expect(yearPeriodArg(2021, '全年')).toBe('2021');
    expect(yearPeriodArg(2021, '上半年')).toBe('2021上半年');
    expect(yearPeriodArg(2022, 'Q3')).toBe('2022Q3');
    expect(yearPeriodArg(2022, '1-9月')).toBe('2022年1-9月');
    for (const l of ['全年', '上半年', 'Q3', '1-9月', '9月']) {
      const yp = parseYearPeriod(yearPeriodArg(2022, l));
      expect(yp.ok && (yp.span ? periodLabel(yp.span) : '全年')).toBe(l);
    }
  });
  test('monthsOf: the months a flow covers', () => {
    expect(monthsOf(FULL_YEAR)).toBe(12);
    expect(monthsOf(parsePeriodLabel('上半年')!)).toBe(6);
    expect(monthsOf(parsePeriodLabel('前三季度')!)).toBe(9);
    expect(monthsOf(parsePeriodLabel('Q3')!)).toBe(3);
    expect(monthsOf(parsePeriodLabel('9月')!)).toBe(1);
  });
  test('ordering: by end month, the shorter span first', () => {
    const labels = ['全年', '9月', '上半年', '1-9月', 'Q3', '下半年', 'Q1'];
    expect(labels.map((l) => parsePeriodLabel(l)!).sort(comparePeriods).map(periodLabel)).toEqual(['Q1', '上半年', '9月', 'Q3', '1-9月', '下半年', '全年']);
  });
});

describe('matches: stocks by the end month, flows on the exact span', () => {
  const H1 = sp(1, 6);
  const Q2 = sp(4, 6);
  const YTD9 = sp(1, 9);
  const Q3 = sp(7, 9);
  const SEP = sp(9, 9);
  test('a stock holds at the end of its span', () => {
    expect(matches(Q2, H1, 'stock')).toBe(true);
    expect(matches(SEP, YTD9, 'stock')).toBe(true);
    expect(matches(H1, FULL_YEAR, 'stock')).toBe(false);
    expect(matches(sp(7, 12), FULL_YEAR, 'stock')).toBe(true);
  });
  test('a flow only on the exact span: a half-year total is never the year’s', () => {
    expect(matches(H1, FULL_YEAR, 'flow')).toBe(false);
    expect(matches(Q3, YTD9, 'flow')).toBe(false);
    expect(matches(YTD9, YTD9, 'flow')).toBe(true);
    expect(matches(YTD9, SEP, 'flow')).toBe(false);
  });
  test('preference: the exact span, then the longest span ending at that month', () => {
    const have = [SEP, Q3, YTD9];
    const best = (want: PeriodSpan) => have.slice().sort((a, b) => matchScore(b, want, 'stock') - matchScore(a, want, 'stock'))[0];
    expect(best(Q3)).toEqual(Q3);
    expect(best(sp(8, 9))).toEqual(YTD9);
    expect(matchScore(H1, YTD9, 'stock')).toBe(-1);
  });
});

describe('the CSV period column', () => {
  test('any spelling is read; canonical labels are written back', () => {
    const p = parseDatasetCsv(
      ['region,year,period,indicator,value,unit', '济南,2022,前三季度,结婚登记,10,对', '济南,2022H1,,离婚登记,5,对', '济南,2022,2022-09,火化遗体,3,具', '济南,2022,,城市低保,900,元/月'].join('\n'),
    );
    expect(p.problems).toEqual([]);
    expect(p.records.map((r) => [r.year, r.period])).toEqual([[2022, '1-9月'], [2022, '上半年'], [2022, '9月'], [2022, '全年']]);
    const out = formatDatasetCsv(p.records).split('\n');
    expect(out.slice(1, 5).map((l) => l.split(',').slice(0, 3).join(','))).toEqual(['济南,2022,1-9月', '济南,2022,上半年', '济南,2022,9月', '济南,2022,全年']);
  });
  test('problems carry the line and the column', () => {
    const p = parseDatasetCsv(['region,year,period,indicator,value,unit', '济南,2022,第13月,结婚登记,10,对', '济南,2022Q3,上半年,结婚登记,10,对'].join('\n'));
    expect(p.records).toEqual([]);
    expect(p.problems).toEqual([
      { line: 2, column: 'period', message: '期别“第13月”无法识别;可写 全年、上半年、下半年、Q1…Q4(或 三季度)、前三季度(或 1-9月)、9月、截至9月底' },
      { line: 3, column: 'period', message: '年份“2022Q3”与期别“上半年”不一致' },
    ]);
  });
});
