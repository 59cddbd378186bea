// Tables by area: rows are regions, columns are indicators (a city's or province's table by district
// or city, pasted by a statistician). All fixtures and figures were written for these tests.
import { loadCatalogue } from '../../src/core/catalogue';
import { extractRecords, ExtractContext } from '../../src/core/extract/extract';
import { Candidate } from '../../src/core/extract/candidates';
import { DataRecord } from '../../src/core/types';

const catalogue = loadCatalogue();
const run = (text: string, ctx: Partial<ExtractContext> = {}) => extractRecords(text, { source: 't.txt', catalogue, ...ctx });
/** [region, indicator, breakdown, value, unit, year, period] of each record, sorted. */
const facts = (rs: DataRecord[]) => rs.map((r) => [r.region, r.indicatorId, r.breakdown, r.value, r.unit, r.year, r.period].join(' ')).sort();
const cand = (cs: Candidate[], value: number) => cs.filter((c) => c.value === value);

const CITY_PIPES = [
  '2023年9月城乡低保情况统计表',
  '地区 | 城市低保户数 | 城市低保人数 | 农村低保户数 | 农村低保人数',
  '张店区 | 1310 | 2245 | 402 | 718',
  '淄川区 | 905 | 1634 | 2188 | 3960',
  '周村区 | 611 | 1102 | 1377 | 2415',
  '博山区 | 540 | 980 | 1610 | 2875',
  '临淄区 | 702 | 1233 | 1495 | 2630',
  '合计 | 4068 | 7194 | 7072 | 12598',
].join('\n');

describe('a city table by district (pipes)', () => {
  test("the city's text: the total row is the city's figure, districts are candidates", () => {
    const r = run(CITY_PIPES, { region: '淄博市' });
    expect(facts(r.records)).toEqual(
      [
        '淄博市 dibao_households 城市 4068 户 2023 9月',
        '淄博市 dibao_persons 城市 7194 人 2023 9月',
        '淄博市 dibao_households 农村 7072 户 2023 9月',
        '淄博市 dibao_persons 农村 12598 人 2023 9月',
      ].sort(),
    );
    for (const v of [1310, 2245, 905, 3960, 611, 2415]) {
      expect(cand(r.candidates, v).map((c) => c.reason)).toEqual(['sub_region']);
    }
    expect(cand(r.candidates, 2245)[0].indicatorId).toBe('dibao_persons');
    expect(r.candidates.some((c) => c.reason === 'ambiguous_column')).toBe(false);
    for (const x of r.records) expect(CITY_PIPES.slice(x.offset, x.offset + x.quote.length)).toBe(x.quote);
  });

  test("a district's text takes its own row; the total and the other districts stay candidates", () => {
    const r = run(CITY_PIPES, { region: '淄川区' });
    expect(facts(r.records)).toEqual(
      [
        '淄川区 dibao_households 城市 905 户 2023 9月',
        '淄川区 dibao_persons 城市 1634 人 2023 9月',
        '淄川区 dibao_households 农村 2188 户 2023 9月',
        '淄川区 dibao_persons 农村 3960 人 2023 9月',
      ].sort(),
    );
    expect(cand(r.candidates, 4068).map((c) => c.reason)).toEqual(['other_region']);
    expect(cand(r.candidates, 4068)[0].message).toMatch(/合计/);
    expect(cand(r.candidates, 1310).map((c) => c.reason)).toEqual(['other_region']);
  });

  test('a total over fewer than half of the city\'s districts, the title not saying 各区县: a candidate', () => {
    const part = CITY_PIPES.split('\n').filter((l) => !/^(?:周村|博山|临淄)/.test(l)).join('\n');
    const r = run(part, { region: '淄博市' });
    expect(r.records).toEqual([]);
    expect(cand(r.candidates, 4068).map((c) => c.reason)).toEqual(['sub_region']);
    expect(cand(r.candidates, 4068)[0].message).toMatch(/8个下级地区中的2个/);
  });

  test('a region the table does not hold: no record at all', () => {
    const r = run(CITY_PIPES, { region: '济南市' });
    expect(r.records).toEqual([]);
    expect(cand(r.candidates, 4068).map((c) => c.reason)).toEqual(['other_region']);
    expect(cand(r.candidates, 1310).map((c) => c.reason)).toEqual(['other_region']);
  });

  test('no region given or inferable: every figure is a candidate', () => {
    const r = run(CITY_PIPES);
    expect(r.records).toEqual([]);
    expect(r.candidates.length).toBe(24);
  });
});

describe('tabs, short names, a title naming one indicator over 城市 / 农村 columns', () => {
  const text = ['2024年3月各区县城乡低保标准(元/人·月)', '区县\t城市\t农村', '张店\t1065\t1065', '淄川\t1010\t905', '博山\t1010\t890'].join('\n');
  test('the own row under its short name', () => {
    const r = run(text, { region: '博山区' });
    expect(facts(r.records)).toEqual(['博山区 dibao_std_rural  890 元/人·月 2024 3月', '博山区 dibao_std_urban  1010 元/人·月 2024 3月']);
    expect(cand(r.candidates, 1065).map((c) => c.reason)).toEqual(['other_region', 'other_region']);
  });
  test('the city has no row of its own and no total: nothing is recorded', () => {
    const r = run(text, { region: '淄博市' });
    expect(r.records).toEqual([]);
    expect(cand(r.candidates, 905).map((c) => [c.reason, c.indicatorId])).toEqual([['sub_region', 'dibao_std_rural']]);
  });
});

describe('a province table of cities, space separated, with 全省', () => {
  const text = [
    '贵州省2023年6月分市州孤儿和低保情况',
    '市州  孤儿人数  城市低保人数  农村低保人数',
    '贵阳市  620  30512  41003',
    '遵义市  1405  22107  150220',
    '黔西南州  980  9120  120406',
    '全省  3005  61739  311629',
  ].join('\n');
  test("the province's text takes the 全省 row", () => {
    const r = run(text, { region: '贵州省' });
    expect(facts(r.records)).toEqual(
      ['贵州省 orphan_persons  3005 人 2023 6月', '贵州省 dibao_persons 城市 61739 人 2023 6月', '贵州省 dibao_persons 农村 311629 人 2023 6月'].sort(),
    );
    expect(cand(r.candidates, 9120).map((c) => c.reason)).toEqual(['sub_region']);
  });
  test('an autonomous prefecture by its short form', () => {
    const r = run(text, { region: '黔西南布依族苗族自治州' });
    expect(facts(r.records)).toEqual(
      [
        '黔西南布依族苗族自治州 orphan_persons  980 人 2023 6月',
        '黔西南布依族苗族自治州 dibao_persons 城市 9120 人 2023 6月',
        '黔西南布依族苗族自治州 dibao_persons 农村 120406 人 2023 6月',
      ].sort(),
    );
    // 全省 is the province's figure, not the prefecture's
    expect(cand(r.candidates, 3005).map((c) => c.reason)).toEqual(['other_region']);
  });
  test('the caller\'s half-year label is kept for a stock at the end of June', () => {
    const r = run(text, { region: '贵州省', period: '上半年' });
    expect(r.records.map((x) => x.period)).toEqual(['上半年', '上半年', '上半年']);
  });
});

describe('units: a unit line, units in the header cells', () => {
  test('a unit line for money columns; flows are year to date', () => {
    const text = ['2023年1-9月各区低保资金支出', '单位:万元', '地区 | 城市低保资金 | 农村低保资金', '张店区 | 1520.5 | 310.2', '淄川区 | 980.4 | 2206.8', '全市 | 2500.9 | 2517.0'].join('\n');
    const r = run(text, { region: '淄博市' });
    expect(facts(r.records)).toEqual(['淄博市 dibao_funds 农村 2517 万元 2023 1-9月', '淄博市 dibao_funds 城市 2500.9 万元 2023 1-9月']);
  });
  test('units in the header cells', () => {
    const text = ['2023年12月各县(市、区)临时救助情况', '县(市、区) | 临时救助人次(人次) | 临时救助资金(万元)', '沂源县 | 820 | 96.5', '高青县 | 1040 | 120.3', '合计 | 1860 | 216.8'].join('\n');
    const r = run(text, { region: '淄博市' });
    expect(facts(r.records)).toEqual(['淄博市 temp_assist_funds  216.8 万元 2023 全年', '淄博市 temp_assist_times  1860 人次 2023 全年']);
  });
  test('an amount without any unit is not recorded', () => {
    const text = ['2023年9月各区低保资金', '地区 | 城市低保资金 | 农村低保资金', '张店区 | 152 | 31', '淄川区 | 98 | 220', '合计 | 250 | 251'].join('\n');
    const r = run(text, { region: '淄博市' });
    expect(r.records).toEqual([]);
    expect(cand(r.candidates, 250).map((c) => c.reason)).toEqual(['no_unit']);
  });
});

describe('more layouts', () => {
  test('a 序号 column, tabs, and the region named by the title', () => {
    const text = ['淄博市2023年9月城乡低保情况统计表', '序号\t地区\t城市低保户数\t城市低保人数', '1\t张店区\t1310\t2245', '2\t淄川区\t905\t1634', '\t合计\t2215\t3879'].join('\n');
    const r = run(text);
    expect(facts(r.records)).toEqual(['淄博市 dibao_households 城市 2215 户 2023 9月', '淄博市 dibao_persons 城市 3879 人 2023 9月']);
    expect(cand(r.candidates, 1634).map((c) => c.reason)).toEqual(['sub_region']);
  });
  test('units printed in the value cells', () => {
    const text = ['2023年9月各区县城乡低保标准', '地区 | 城市低保标准 | 农村低保标准', '张店区 | 1065元/人·月 | 1065元/人·月', '淄川区 | 1010元/人·月 | 905元/人·月'].join('\n');
    const r = run(text, { region: '淄川区' });
    expect(facts(r.records)).toEqual(['淄川区 dibao_std_rural  905 元/人·月 2023 9月', '淄川区 dibao_std_urban  1010 元/人·月 2023 9月']);
  });
  test('a letter-spaced 地 区 and bare 城市户数 | 农村人数 columns under a title naming the programme', () => {
    const text = ['2023年9月各区县城乡低保情况', '地 区  城市户数  城市人数  农村户数  农村人数', '张店区  1310  2245  402  718', '淄川区  905  1634  2188  3960', '全市  2215  3879  2590  4678'].join('\n');
    const r = run(text, { region: '淄博市' });
    expect(facts(r.records)).toEqual(
      [
        '淄博市 dibao_households 城市 2215 户 2023 9月',
        '淄博市 dibao_persons 城市 3879 人 2023 9月',
        '淄博市 dibao_households 农村 2590 户 2023 9月',
        '淄博市 dibao_persons 农村 4678 人 2023 9月',
      ].sort(),
    );
  });
  test('户数 | 人数 | 资金支出 under 城市低保', () => {
    const text = ['2023年9月城市低保情况', '地区 | 户数 | 人数 | 资金支出(万元)', '张店区 | 1310 | 2245 | 300.5', '淄川区 | 905 | 1634 | 230.1', '合计 | 2215 | 3879 | 530.6'].join('\n');
    const r = run(text, { region: '张店区' });
    expect(facts(r.records)).toEqual(['张店区 dibao_households 城市 1310 户 2023 9月', '张店区 dibao_persons 城市 2245 人 2023 9月', '张店区 dibao_funds 城市 300.5 万元 2023 1-9月'].sort());
  });
  test('a header over two lines: each programme over the same sub-columns', () => {
    const pipes = ['2023年9月各区县城乡低保情况', '地区 | 城市低保 | | 农村低保 |', ' | 户数 | 人数(人) | 户数 | 人数(人)', '张店区 | 1310 | 2245 | 402 | 718', '淄川区 | 905 | 1634 | 2188 | 3960', '合计 | 2215 | 3879 | 2590 | 4678'].join('\n');
    const tabs = ['2023年9月城乡低保情况', '地区\t城市低保\t农村低保', '户数\t人数\t户数\t人数', '张店区\t1310\t2245\t402\t718', '淄川区\t905\t1634\t2188\t3960'].join('\n');
    expect(facts(run(pipes, { region: '淄博市' }).records)).toEqual(
      [
        '淄博市 dibao_households 城市 2215 户 2023 9月',
        '淄博市 dibao_persons 城市 3879 人 2023 9月',
        '淄博市 dibao_households 农村 2590 户 2023 9月',
        '淄博市 dibao_persons 农村 4678 人 2023 9月',
      ].sort(),
    );
    expect(facts(run(tabs, { region: '张店区' }).records)).toEqual(
      ['张店区 dibao_households 城市 1310 户 2023 9月', '张店区 dibao_persons 城市 2245 人 2023 9月', '张店区 dibao_households 农村 402 户 2023 9月', '张店区 dibao_persons 农村 718 人 2023 9月'].sort(),
    );
  });
  test('a label column left untitled (pipes and tabs)', () => {
    const pipes = ['2023年9月低保情况', '| | 城市低保人数 | 农村低保人数 |', '| 张店区 | 2245 | 718 |', '| 淄川区 | 1634 | 3960 |'].join('\n');
    const tabs = ['2023年9月低保情况', '\t城市低保人数\t农村低保人数', '张店区\t2245\t718', '淄川区\t1634\t3960'].join('\n');
    for (const t of [pipes, tabs]) {
      expect(facts(run(t, { region: '张店区' }).records)).toEqual(['张店区 dibao_persons 农村 718 人 2023 9月', '张店区 dibao_persons 城市 2245 人 2023 9月']);
    }
  });
  test("the region inferred from the report around the table", () => {
    const text = [
      '淄博市民政局2023年三季度低保工作情况',
      '今年以来,淄博市民政局持续推进低保扩围增效。各区县情况如下:',
      '',
      '2023年9月各区县城乡低保情况统计表',
      '地区 | 城市低保户数 | 城市低保人数',
      '张店区 | 1310 | 2245',
      '淄川区 | 905 | 1634',
      '合计 | 2215 | 3879',
    ].join('\n');
    expect(facts(run(text).records)).toEqual(['淄博市 dibao_households 城市 2215 户 2023 9月', '淄博市 dibao_persons 城市 3879 人 2023 9月']);
  });
  test('a broken number in the own row is not recorded', () => {
    const text = ['2023年9月低保情况', '地区 | 城市低保人数 | 农村低保人数', '张店区 | 2,24,5 | 718', '淄川区 | 1634 | 3960'].join('\n');
    const r = run(text, { region: '张店区' });
    expect(facts(r.records)).toEqual(['张店区 dibao_persons 农村 718 人 2023 9月']);
    expect(r.candidates.filter((c) => c.reason === 'malformed').map((c) => c.raw)).toEqual(['2,24,5']);
  });
});

describe('anything unsure stays a candidate', () => {
  test('a column the catalogue does not know', () => {
    const text = ['2023年9月各区县低保工作情况', '地区 | 城市低保人数 | 农村低保人数 | 入户走访次数', '张店区 | 2245 | 718 | 66', '淄川区 | 1634 | 3960 | 91', '合计 | 3879 | 4678 | 157'].join('\n');
    const r = run(text, { region: '淄博市' });
    expect(facts(r.records)).toEqual(['淄博市 dibao_persons 农村 4678 人 2023 9月', '淄博市 dibao_persons 城市 3879 人 2023 9月']);
    expect(cand(r.candidates, 157).map((c) => c.reason)).toEqual(['no_indicator']);
    expect(cand(r.candidates, 157)[0].message).toMatch(/入户走访次数/);
  });
  test('two columns naming one indicator', () => {
    const text = ['2023年9月各区县低保情况', '地区 | 城市低保人数 | 城市低保对象 | 农村低保人数', '张店区 | 2245 | 2250 | 718', '淄川区 | 1634 | 1630 | 3960', '合计 | 3879 | 3880 | 4678'].join('\n');
    const r = run(text, { region: '淄博市' });
    expect(facts(r.records)).toEqual(['淄博市 dibao_persons 农村 4678 人 2023 9月']);
    expect(cand(r.candidates, 3879).map((c) => c.reason)).toEqual(['ambiguous_column']);
    expect(cand(r.candidates, 3880).map((c) => c.reason)).toEqual(['ambiguous_column']);
  });
  test('a 小计 row is a part of the area, not its total', () => {
    const text = ['2023年9月各区县低保情况', '地区 | 城市低保人数 | 农村低保人数', '张店区 | 2245 | 718', '淄川区 | 1634 | 3960', '城区小计 | 3879 | 4678', '沂源县 | 310 | 5120'].join('\n');
    const r = run(text, { region: '淄博市' });
    expect(r.records).toEqual([]);
    expect(cand(r.candidates, 3879).map((c) => c.reason)).toEqual(['sub_region']);
  });
  test('a row that is neither a region nor a total', () => {
    const text = ['2023年9月低保情况', '地区 | 城市低保人数 | 农村低保人数', '张店区 | 2245 | 718', '市本级 | 40 | 0', '淄川区 | 1634 | 3960'].join('\n');
    const r = run(text, { region: '淄博市' });
    expect(r.records).toEqual([]);
    expect(cand(r.candidates, 40).map((c) => c.reason)).toEqual(['other_region']);
    expect(cand(r.candidates, 40)[0].message).toMatch(/市本级/);
  });
  test('a table without a period: candidates until one is given', () => {
    const text = ['各区低保人数', '地区 | 城市低保人数 | 农村低保人数', '张店区 | 2245 | 718', '淄川区 | 1634 | 3960', '合计 | 3879 | 4678'].join('\n');
    expect(run(text, { region: '淄博市', year: 2023 }).records).toEqual([]);
    expect(cand(run(text, { region: '淄博市', year: 2023 }).candidates, 3879).map((c) => c.reason)).toEqual(['period_unknown']);
    expect(facts(run(text, { region: '淄博市', year: 2023, period: '三季度' }).records)).toContain('淄博市 dibao_persons 城市 3879 人 2023 三季度');
  });
  test('a total row whose level is not the region\'s', () => {
    const text = ['2023年9月低保情况', '地区 | 城市低保人数 | 农村低保人数', '张店区 | 2245 | 718', '淄川区 | 1634 | 3960', '全省 | 3879 | 4678'].join('\n');
    const r = run(text, { region: '淄博市' });
    expect(r.records).toEqual([]);
    expect(cand(r.candidates, 3879).map((c) => c.reason)).toEqual(['other_region']);
  });
});

describe('tables with indicators in rows read as before', () => {
  test('项目 | 本期 rows', () => {
    const text = ['2023年9月民政统计月报', '指标 | 单位 | 本期', '城市低保人数 | 人 | 4981', '农村低保人数 | 人 | 7093'].join('\n');
    const r = run(text, { region: '淄博市' });
    expect(facts(r.records)).toEqual(['淄博市 dibao_persons 农村 7093 人 2023 9月', '淄博市 dibao_persons 城市 4981 人 2023 9月']);
  });
});

describe('time', () => {
  test('a 300-row table by area reads in linear time', () => {
    const names = catalogue.regions.filter((x) => x.level === 'county' || x.level === 'district').slice(0, 300);
    const text = ['2023年9月各县低保情况', '地区 | 城市低保人数 | 农村低保人数 | 城市低保户数', ...names.map((n, i) => `${n.name} | ${100 + i} | ${200 + i} | ${50 + i}`)].join('\n');
    const t0 = Date.now();
    const r = run(text, { region: '山东省' });
    expect(Date.now() - t0).toBeLessThan(3000);
    expect(r.candidates.length).toBeGreaterThan(800);
  });
});
