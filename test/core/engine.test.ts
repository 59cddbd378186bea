import { MzEngine } from '../../src/core/engine';
import { loadCatalogue } from '../../src/core/catalogue';
import { DataRecord } from '../../src/core/types';

// A small dataset in the committed CSV format (values as the reports state them).
const CSV = [
  'region,year,period,indicator_id,indicator,breakdown,value,unit,qualifier,source,offset,quote',
  '济南市,2020,全年,dibao_std_urban,城市低保标准,,821,元/人·月,exact,seeds/000.txt,10,城乡低保及特困供养标准分别提高到821元/月、614元/月和1232元/月、1071元/月',
  '济南市,2020,全年,dibao_std_rural,农村低保标准,,614,元/人·月,exact,seeds/000.txt,10,同上',
  '济南市,2020,全年,assist_funds,社会救助资金,,7.39,亿元,exact,seeds/000.txt,20,全年共发放各类救助资金7.39亿元',
  '济南市,2020,全年,assist_persons,社会救助保障人数,,11.5,万人,exact,seeds/000.txt,21,保障困难群众11.5万人',
  '章丘区,2020,全年,disab_living_std,困难残疾人生活补贴标准,一级,220,元/人·月,exact,seeds/002.txt,5,分别达到一级220元/人/月',
  '章丘区,2020,全年,disab_living_std,困难残疾人生活补贴标准,二级,165,元/人·月,exact,seeds/002.txt,5,二级165元/人/月',
  '河口区,2021,上半年,dibao_std_urban,城市低保标准,,700,元/人·月,exact,seeds/001.txt,3,x',
  '重庆市,2021,全年,dibao_std_urban,城市低保标准,,650,元/人·月,exact,seeds/003.txt,3,x',
  '重庆市,2020,上半年,dibao_std_urban,城市低保标准,,600,元/人·月,exact,seeds/003.txt,3,x',
  '重庆市,2020,全年,dibao_std_urban,城市低保标准,,620,元/人·月,exact,seeds/003.txt,3,x',
  '重庆市,2020,下半年,dibao_std_urban,城市低保标准,,610,元/人·月,exact,seeds/003.txt,3,x',
].join('\n');

const engine = MzEngine.fromCsv(CSV, loadCatalogue());

function ok<T extends { ok: boolean }>(r: T): Extract<T, { ok: true }> {
  if (!r.ok) throw new Error('expected ok: ' + JSON.stringify(r));
  return r as Extract<T, { ok: true }>;
}
function err(r: { ok: boolean }) {
  if (r.ok) throw new Error('expected an error');
  return r as { ok: false; code: string; message: string };
}

describe('value', () => {
  test('names, aliases and year spellings resolve to the same record', () => {
    for (const [reg, ind, y] of [
      ['济南', '城市低保', 2020],
      ['济南市', '城市最低生活保障标准', '2020'],
      ['山东省济南市', '城市居民最低生活保障标准', '2020年'],
      [[['济南']], 'dibao_std_urban', '２０２０'],
    ] as [unknown, unknown, unknown][]) {
      const r = ok(engine.value(reg, ind, y));
      expect(r.value).toBe(821);
      expect(r.unit).toBe('元/人·月');
      expect(r.record.quote).toContain('821元/月');
      expect(r.fromUser).toBe(false);
    }
  });
  test('stated units convert to the canonical one; a unit can be asked for', () => {
    expect(ok(engine.value('济南', '救助资金', 2020)).value).toBe(73900); // 7.39 亿元 → 万元
    expect(ok(engine.value('济南', '救助资金', 2020, '', '亿元')).value).toBe(7.39);
    expect(ok(engine.value('济南', '社会救助保障人数', 2020)).value).toBe(115000);
    expect(ok(engine.value('济南', '农村低保', 2020, undefined, '元/人·年')).value).toBe(7368);
    expect(ok(engine.value('济南', '农村低保', 2020, undefined, '元/年')).unit).toBe('元/人·年');
  });
  test('breakdowns by canonical id or alias', () => {
    expect(ok(engine.value('章丘', '残疾人生活补贴', 2020, '一级')).value).toBe(220);
    expect(ok(engine.value('章丘区', '困难残疾人生活补贴标准', 2020, '2级')).value).toBe(165);
  });
  test('a bare year: 全年 first; a stock without one falls back to the latest period and says so', () => {
    expect(ok(engine.value('重庆', '城市低保', 2020)).value).toBe(620);
    const h = ok(engine.value('河口区', '城市低保', 2021));
    expect([h.value, h.period, h.record.period]).toEqual([700, '上半年', '上半年']);
    expect(h.periodNote).toBe('2021年没有全年数据,取2021年上半年(截至6月底)的数值');
    expect(ok(engine.value('重庆', '城市低保', 2020)).periodNote).toBeUndefined();
  });
  test('a period argument picks that period: 上半年 600, 下半年 610 for 重庆 2020', () => {
    expect(ok(engine.value('重庆', '城市低保', '2020上半年')).value).toBe(600);
    expect(ok(engine.value('重庆', '城市低保', '2020年1-6月')).value).toBe(600);
    expect(ok(engine.value('重庆', '城市低保', '2020H2')).value).toBe(610);
    // an explicit 全年 is exact: no fallback to 上半年
    expect(err(engine.value('河口区', '城市低保', '2021全年')).message).toBe(
      '河口区“城市低保标准”没有2021年全年的数据(时点指标按期末月份匹配);2021年已有:上半年',
    );
  });
  test('unknown region/indicator → NA with suggestions', () => {
    const a = err(engine.value('济男', '城市低保', 2020));
    expect(a.code).toBe('NA');
    expect(a.message).toMatch(/^未找到地区“济男”。您是不是要找:济南市、济宁市/);
    const b = err(engine.value('济南', '城市低宝', 2020));
    expect(b.code).toBe('NA');
    expect(b.message).toContain('城市低保标准');
  });
  test('no data for that year → NA listing the years that exist', () => {
    const e = err(engine.value('济南', '城市低保', 2019));
    expect(e).toEqual({ ok: false, code: 'NA', message: '济南市“城市低保标准”没有 2019 年的数据;已有年份:2020' });
    const e2 = err(engine.value('重庆', '城市低保', 2022));
    expect(e2.message).toBe('重庆市“城市低保标准”没有 2022 年的数据;已有年份:2020、2021');
  });
  test('a real region without any data: "no data", never "unknown region", with where the indicator has data', () => {
    const e = err(engine.value('淄博', '城市低保', 2020));
    expect(e.code).toBe('NA');
    expect(e.message).toBe('淄博市没有任何数据;“城市低保标准”有数据的地区:重庆市(2020、2021)、济南市(2020)、河口区(2021)');
    const lz = err(engine.value('兰州市', '社会救助资金', 2020));
    expect(lz.message).toBe('兰州市没有任何数据;“社会救助资金”有数据的地区:济南市(2020)');
    // an indicator nobody has: the regions that have any data
    const none = err(engine.value('兰州', '结婚登记', 2020));
    expect(none.message).toBe('兰州市没有任何数据;“结婚登记”没有任何地区的数据;有数据的地区:重庆市、济南市、章丘区、河口区');
  });
  test('a region with data, but not for that indicator, names where the indicator has data', () => {
    const e = err(engine.value('章丘', '城市低保', 2020));
    expect(e.message).toBe('章丘区没有“城市低保标准”的数据;“城市低保标准”有数据的地区:重庆市(2020、2021)、济南市(2020)、河口区(2021)');
  });
  test('codes and parent-qualified names reach the same record; a shared name is an error with candidates', () => {
    expect(ok(engine.value(370100, '城市低保', 2020)).value).toBe(821);
    expect(ok(engine.value('370100000000', '城市低保', 2020)).value).toBe(821);
    expect(ok(engine.value('东营市河口区', '城市低保', 2021)).value).toBe(700);
    const e = engine.value('市中区', '城市低保', 2020);
    expect(!e.ok && e.code).toBe('NA');
    expect(!e.ok && e.candidates?.map((c) => c.name)).toEqual(['济南市市中区', '枣庄市市中区', '内江市市中区', '乐山市市中区']);
  });
  test('breakdown missing where only broken-down values exist → NA naming the breakdowns', () => {
    const e = err(engine.value('章丘', '残疾人生活补贴', 2020));
    expect(e.code).toBe('NA');
    expect(e.message).toContain('已有分类:一级、二级');
  });
  test('bad year text or type → VALUE', () => {
    expect(err(engine.value('济南', '城市低保', '二零二零'))).toEqual({
      ok: false,
      code: 'VALUE',
      message: '年份/期别应为 2021、"2021上半年"、"2022Q3"、"2022年9月"…;收到“二零二零”',
    });
    expect(err(engine.value('济南', '城市低保', '2020第13月')).message).toContain('期别“第13月”无法识别');
    for (const y of [null, undefined, '', 20.5, 3000, [2020, 2021], {}, true, '2020年13月', '明年']) {
      expect(err(engine.value('济南', '城市低保', y)).code).toBe('VALUE');
    }
  });
  test('standardOnly with a count → VALUE pointing to MZ.VALUE', () => {
    const e = err(engine.value('济南', '社会救助保障人数', 2020, undefined, undefined, { standardOnly: true }));
    expect(e.code).toBe('VALUE');
    expect(e.message).toContain('MZ.VALUE');
    expect(ok(engine.value('济南', '城市低保', 2020, undefined, undefined, { standardOnly: true })).value).toBe(821);
  });
  test('a unit that cannot be converted → VALUE', () => {
    const e = err(engine.value('济南', '城市低保', 2020, '', '万人'));
    expect(e.code).toBe('VALUE');
    expect(e.message).toContain('元/人·年');
    expect(err(engine.value('济南', '城市低保', 2020, '', 5)).code).toBe('VALUE');
  });
  test('never throws, whatever the arguments', () => {
    const odd: unknown[] = [undefined, null, 0, -1, NaN, '', ' ', [], [[]], [[1, 2]], {}, () => 1, Symbol('x'), 2020, '济南', true];
    for (const a of odd) for (const b of odd) {
      const r = engine.value(a, b, a, b, a);
      expect(typeof r.ok).toBe('boolean');
      if (!r.ok) expect(r.message.length).toBeGreaterThan(0);
      expect(typeof engine.series(a, b, a).ok).toBe('boolean');
      expect(typeof engine.table(a, b, a).ok).toBe('boolean');
    }
  });
});

describe('addRecords: user data wins', () => {
  const rec = (over: Partial<DataRecord>): DataRecord => ({
    region: '济南', year: 2020, period: '全年', indicatorId: '', indicator: '城市低保', breakdown: '',
    value: 830, unit: '元/月', qualifier: 'exact', source: '', offset: -1, quote: '', ...over,
  });
  test('overrides the bundled value for the same key and says it came from the user', () => {
    const e = MzEngine.fromCsv(CSV, loadCatalogue());
    const res = e.addRecords([rec({}), rec({ region: '济南市', year: 2021, value: 850 }), rec({ region: '济男' })], 'user:mine.csv');
    expect(res).toEqual({ added: 2, overridden: 1, rejected: 1 });
    const v = ok(e.value('济南', '城市低保', 2020));
    expect(v.value).toBe(830);
    expect(v.fromUser).toBe(true);
    expect(v.record.source).toBe('user:mine.csv');
    expect(ok(e.value('济南', '城市低保', 2021)).value).toBe(850);
    expect(e.rejected[0].message).toContain('济男');
    // user data wins per period: a user 上半年 replaces the bundled 上半年, not the bundled 全年
    const r2 = e.addRecords([rec({ region: '重庆', period: '1-6月', value: 1 })], 'user:b.csv');
    expect(r2.overridden).toBe(1);
    expect(ok(e.value('重庆', '城市低保', 2020)).value).toBe(620);
    expect(ok(e.value('重庆', '城市低保', 2020)).fromUser).toBe(false);
    const h1 = ok(e.value('重庆', '城市低保', '2020上半年'));
    expect([h1.value, h1.fromUser, h1.record.period]).toEqual([1, true, '上半年']);
    // a user record of a period the bundled data lacks is added beside the others
    e.addRecords([rec({ region: '重庆', period: 'Q3', value: 2 })], 'user:c.csv');
    expect(ok(e.value('重庆', '城市低保', '2020Q3')).value).toBe(2);
    expect(e.periodsOf('重庆市', 'dibao_std_urban', 2020)).toEqual(['上半年', 'Q3', '下半年', '全年']);
  });
  test('a bundled record of the same period is not replaced by a second bundled one (first stays)', () => {
    const e = new MzEngine(loadCatalogue(), [rec({ value: 1 }), rec({ value: 2 }), rec({ value: 3, period: '上半年' })]);
    expect(ok(e.value('济南', '城市低保', 2020)).value).toBe(1);
    expect(ok(e.value('济南', '城市低保', '2020上半年')).value).toBe(3);
  });
  test('an unknown period is rejected with the reason', () => {
    const e = new MzEngine(loadCatalogue(), [rec({ period: '第13月' })]);
    expect(e.rejected.map((r) => r.message)).toEqual(['期别“第13月”无法识别;可写 全年、上半年、下半年、Q1…Q4(或 三季度)、前三季度(或 1-9月)、9月、截至9月底']);
  });
});

describe('find, series, table, regionsWithData', () => {
  test('find is keyed by canonical names', () => {
    expect(engine.find('济南市', 'dibao_std_urban', 2020)?.value).toBe(821);
    expect(engine.find('济南', 'dibao_std_urban', 2020)).toBeUndefined();
    expect(engine.find('章丘区', 'disab_living_std', 2020, '一级')?.value).toBe(220);
  });
  test('series: one row per year and period, ascending, in the canonical unit', () => {
    expect(ok(engine.series('重庆', '城市低保')).rows).toEqual([
      { year: 2020, period: '上半年', value: 600, unit: '元/人·月' },
      { year: 2020, period: '下半年', value: 610, unit: '元/人·月' },
      { year: 2020, period: '全年', value: 620, unit: '元/人·月' },
      { year: 2021, period: '全年', value: 650, unit: '元/人·月' },
    ]);
    expect(err(engine.series('淄博', '城市低保')).code).toBe('NA');
    expect(err(engine.series('济男', '城市低保')).code).toBe('NA');
  });
  test('table: every region with data for the year, catalogue order', () => {
    expect(ok(engine.table('城市低保', 2020)).rows).toEqual([
      { region: '重庆市', period: '全年', value: 620, unit: '元/人·月' },
      { region: '济南市', period: '全年', value: 821, unit: '元/人·月' },
    ]);
    // the same semantics as value: a stock's latest period stands in for the year, and says which
    expect(ok(engine.table('城市低保', 2021)).rows).toEqual([
      { region: '重庆市', period: '全年', value: 650, unit: '元/人·月' },
      { region: '河口区', period: '上半年', value: 700, unit: '元/人·月' },
    ]);
    expect(ok(engine.table('城市低保', '2020上半年')).rows).toEqual([{ region: '重庆市', period: '上半年', value: 600, unit: '元/人·月' }]);
    expect(err(engine.table('城市低保', '2021Q3')).message).toBe('“城市低保标准”没有2021年Q3的数据;2021年已有:上半年、全年');
    const e = err(engine.table('城市低保', 2019));
    expect(e.message).toBe('“城市低保标准”没有 2019 年的数据;已有年份:2020、2021');
    expect(err(engine.table('城市低保', 'abc')).code).toBe('VALUE');
  });
  test('regionsWithData in catalogue order', () => {
    expect(engine.regionsWithData()).toEqual(['重庆市', '济南市', '章丘区', '河口区']);
  });
  test('rows with unknown names are rejected, parse problems kept', () => {
    const e = MzEngine.fromCsv(CSV + '\n济男,2020,全年,,城市低保,,1,元/月,exact,,,\n济南,abc,全年,,城市低保,,1,元/月,exact,,,', loadCatalogue());
    expect(e.rejected).toHaveLength(1);
    expect(e.loadProblems.map((p) => p.line)).toEqual([14]);
  });
});
