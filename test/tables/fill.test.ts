// Standard tables: templates, fill values/formulas, layouts, blanks not zeros.
import { loadCatalogue } from '../../src/core/catalogue';
import { MzEngine } from '../../src/core/engine';
import { fillTables } from '../../src/core/fill';
import { loadTemplates, validateTemplates } from '../../src/core/tables';
import { DataRecord } from '../../src/core/types';
import { parseA1 } from '../../src/core/workbook';
import { fixtureRecords } from './fixture';
import { cell, rowAddr } from './helpers';

const templates = loadTemplates();
const catalogue = loadCatalogue();

const engine = () => new MzEngine(catalogue, fixtureRecords());

describe('templates', () => {
  test('all templates are valid against the catalogue', () => {
    expect(validateTemplates(templates, catalogue)).toEqual([]);
  });
  test('an invalid template is reported in Chinese with table and row', () => {
    const bad = JSON.parse(JSON.stringify(templates));
    bad.tables[0].rows[0].indicator = 'no_such_indicator';
    bad.tables[1].rows[0].sumOf = ['nope'];
    const p = validateTemplates(bad, catalogue);
    expect(p.some((x) => x.includes('社会救助标准') && x.includes('no_such_indicator'))).toBe(true);
    expect(p.some((x) => x.includes('nope'))).toBe(true);
  });
  test('table-only indicators do not duplicate ids of indicators.json', () => {
    const ids = catalogue.indicators.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
  test('a new table is a data change: an extra template entry is filled', () => {
    const extra = JSON.parse(JSON.stringify(templates));
    extra.tables.push({ id: 'x', sheet: '测试表', title: '测试表', rows: [{ id: 'a', label: '结婚登记', indicator: 'marriage_reg' }] });
    const res = fillTables({ templates: extra, engine: engine(), regions: ['济南市'], year: 2020, tables: ['测试表'] });
    expect(cell(res, '测试表', 'D6').v).toBe(50486);
  });
});

describe('济南市 2020 (blocks layout)', () => {
  const res = fillTables({ templates, engine: engine(), regions: ['济南市'], year: 2020 });

  test('header block and columns after the official forms', () => {
    expect(cell(res, '社会救助标准', 'A1').v).toBe('社会救助标准情况表');
    expect(cell(res, '社会救助标准', 'A2').v).toBe('参照表');
    expect(String(cell(res, '社会救助标准', 'B2').v)).toContain('不是统计调查制度规定的报表');
    expect(cell(res, '社会救助标准', 'A3').v).toBe('填报单位:济南市民政局');
    expect(cell(res, '社会救助标准', 'B3').v).toBe('报告期:2020年');
    expect(['A4', 'B4', 'C4', 'D4'].map((a) => cell(res, '社会救助标准', a).v)).toEqual(['指标名称', '计量单位', '代码', '济南市']);
    expect(['D5', 'E5', 'F5'].map((a) => cell(res, '社会救助标准', a).v)).toEqual(['本年', '上年', '增减(%)']);
    expect(res.sheets.find((s) => s.name === '社会救助标准')!.merges).toContain('A1:F1');
  });

  test('every thematic sheet is a 参照表: no 表号, 制表机关 or 批准机关 in its header', () => {
    expect(res.sheets).toHaveLength(templates.tables.length);
    for (const s of res.sheets) {
      const head = s.blocks[0].values.slice(0, 4).flat().filter((v) => typeof v === 'string').join(' ');
      expect(cell(res, s.name, 'A2').v).toBe('参照表');
      expect(head).not.toMatch(/表号|制表机关|批准机关|批转机关/);
    }
  });

  test('standards as stated in the report (821, 614, 1232, 1071 元/人·月)', () => {
    expect(cell(res, '社会救助标准', 'D6').v).toBe(821);
    expect(cell(res, '社会救助标准', 'B6').v).toBe('元/人·月');
    expect(cell(res, '社会救助标准', 'D7').v).toBe(614);
    expect(cell(res, '社会救助标准', rowAddr(res, '社会救助标准', '城市特困人员基本生活标准')).v).toBe(1232);
    expect(cell(res, '社会救助标准', rowAddr(res, '社会救助标准', '农村特困人员基本生活标准')).v).toBe(1071);
  });

  test('民政资金总投入 20.2亿元 is a live formula over 4.4 + 5.7 + 10.1 亿元, in 万元 with one decimal', () => {
    const total = cell(res, '民政资金', 'D6');
    expect(total.f).toBe('D7+D8+D9');
    expect(total.v).toBe(202000);
    expect(cell(res, '民政资金', 'D7').v).toBe(44000);
    expect(cell(res, '民政资金', 'D8').v).toBe(57000);
    expect(cell(res, '民政资金', 'D9').v).toBe(101000);
    const s = res.sheets.find((x) => x.name === '民政资金')!;
    expect(s.blocks[0].numFmts![5][3]).toBe('0.0');
  });

  test('amounts converted to 万元 and counts to persons', () => {
    expect(cell(res, '社会救助对象与资金', rowAddr(res, '社会救助对象与资金', '社会救助资金')).v).toBe(73900);
    expect(cell(res, '社会救助对象与资金', rowAddr(res, '社会救助对象与资金', '社会救助保障人数')).v).toBe(115000);
    expect(cell(res, '养老服务', rowAddr(res, '养老服务', '经济困难老年人补贴资金')).v).toBe(4990.6);
    expect(cell(res, '社会组织·慈善·社工·志愿', rowAddr(res, '社会组织·慈善·社工·志愿', '注册志愿者')).v).toBe(1398000);
  });

  test('a value the dataset lacks stays blank (never 0) and is listed as missing', () => {
    const a = rowAddr(res, '社会救助标准', '最低生活保障标准(城乡统一)');
    expect(cell(res, '社会救助标准', a).v).toBeNull();
    expect(res.summary.missing).toContainEqual({ sheet: '社会救助标准', address: a, indicator: 'dibao_std', region: '济南市', breakdown: '' });
    // 上年 (2019) is not in the dataset: blank
    expect(cell(res, '社会救助标准', 'E6').v).toBeNull();
    // a total whose parts are missing and which the dataset states: the stated total, plain
    const orgs = cell(res, '社会组织·慈善·社工·志愿', rowAddr(res, '社会组织·慈善·社工·志愿', '社会组织'));
    expect(orgs).toEqual({ v: 5475, f: null });
    // a total with a part missing and no stated total: blank
    const cem = cell(res, '殡葬', rowAddr(res, '殡葬', '公益性公墓'));
    expect(cem).toEqual({ v: null, f: null });
    for (const s of res.sheets) for (const row of s.blocks[0].values) expect(row.slice(3)).not.toContain(0);
  });

  test('增减% is a live formula, blank when 上年 is missing', () => {
    const c = cell(res, '社会救助标准', 'F6');
    expect(c.f).toBe('IF(OR(D6="",E6="",E6=0),"",ROUND((D6-E6)/E6*100,1))');
    expect(c.v).toBeNull();
  });

  test('上年 from the year-1 record, 增减% computed like Excel ROUND((821-780)/780*100,1) = 5.3', () => {
    const prev: DataRecord = { ...fixtureRecords()[0], year: 2019, value: 780, quote: '2019年城市低保780元' };
    const r = fillTables({ templates, engine: new MzEngine(catalogue, [...fixtureRecords(), prev]), regions: ['济南市'], year: 2020, tables: ['社会救助标准'] });
    expect(cell(r, '社会救助标准', 'E6').v).toBe(780);
    expect(cell(r, '社会救助标准', 'F6').v).toBe(5.3);
    expect(r.bindings).toContainEqual(expect.objectContaining({ address: 'E6', year: 2019, column: 'previous', indicatorId: 'dibao_std_urban' }));
  });

  test('汇总 takes its figures from the other sheets by formula, with the value cached', () => {
    const c = cell(res, '汇总', 'D6');
    expect(c.f).toBe(`IF('社会救助标准'!D6="","",'社会救助标准'!D6)`);
    expect(c.v).toBe(821);
    const t = cell(res, '汇总', rowAddr(res, '汇总', '民政资金总投入'));
    expect(t.f).toBe(`IF('民政资金'!D6="","",'民政资金'!D6)`);
    expect(t.v).toBe(202000);
  });

  test('notes list the source report and sentence', () => {
    const s = res.sheets.find((x) => x.name === '民政资金')!;
    const texts = s.blocks[0].values.map((r) => r[0]).filter((v): v is string => typeof v === 'string');
    expect(texts.some((t) => t.startsWith('资料来源'))).toBe(true);
    expect(texts.some((t) => t.includes('000_d7996b6db7939629.txt') && t.includes('4.4亿元'))).toBe(true);
  });

  test('bindings: every bound cell with indicator, region, year, breakdown, column', () => {
    expect(res.bindings).toContainEqual({
      sheet: '民政资金', address: 'D7', indicatorId: 'mz_funds_total', region: '济南市', year: 2020, breakdown: '中央省级', period: '全年', column: 'current',
    });
    expect(res.bindings).toContainEqual({
      sheet: '民政资金', address: 'E6', indicatorId: 'mz_funds_total', region: '济南市', year: 2019, breakdown: '', period: '全年', column: 'previous',
    });
    expect(res.bindings.some((b) => b.sheet === '汇总' && b.address === 'D6' && b.indicatorId === 'dibao_std_urban')).toBe(true);
  });

  test('--tables subset: 汇总 alone falls back to dataset values', () => {
    const r2 = fillTables({ templates, engine: engine(), regions: ['济南市'], year: 2020, tables: ['汇总'] });
    expect(r2.sheets.map((s) => s.name)).toEqual(['汇总']);
    expect(cell(r2, '汇总', 'D6')).toEqual({ v: 821, f: null });
  });

  test('unknown table names are rejected in Chinese', () => {
    expect(() => fillTables({ templates, engine: engine(), regions: ['济南市'], year: 2020, tables: ['没有这张表'] })).toThrow(/未知的表:没有这张表/);
  });
});

describe('every seed region for its year', () => {
  test('河口区 2021上半年: filled, 报告期 2021年1-6月, period 上半年 in the bindings of both columns', () => {
    const res = fillTables({ templates, engine: engine(), regions: ['河口区'], year: 2021, period: '上半年' });
    expect(res.period).toBe('上半年');
    expect(cell(res, '社会救助标准', 'B3').v).toBe('报告期:2021年1-6月');
    expect(cell(res, '社会救助标准', 'D6').v).toBe(869);
    expect(cell(res, '社会救助标准', 'D7').v).toBe(667);
    expect(cell(res, '社会救助标准', rowAddr(res, '社会救助标准', '生活自理')).v).toBe(2522);
    expect(cell(res, '社会救助标准', rowAddr(res, '社会救助标准', '部分失能(半自理)')).v).toBe(4202);
    expect(cell(res, '社会救助标准', rowAddr(res, '社会救助标准', '完全失能(完全不能自理)')).v).toBe(8404);
    expect(cell(res, '社会救助标准', rowAddr(res, '社会救助标准', '生活自理', 'B')).v).toBe('元/人·年');
    expect(cell(res, '残疾人两项补贴', rowAddr(res, '残疾人两项补贴', '三、四级')).v).toBe(125);
    expect(cell(res, '殡葬', rowAddr(res, '殡葬', '基本殡葬服务补贴标准')).v).toBe(1000);
    // a flow of the same span is filled too: 上半年 social assistance funds
    expect(cell(res, '社会救助对象与资金', rowAddr(res, '社会救助对象与资金', '社会救助资金')).v).toBe(1660);
    const bs = res.bindings.filter((b) => b.region === '河口区');
    expect(new Set(bs.map((b) => b.period))).toEqual(new Set(['上半年']));
    expect(bs.find((b) => b.sheet === '社会救助标准' && b.address === 'E6')).toMatchObject({ year: 2020, column: 'previous', period: '上半年' });
    expect(res.summary.periodMismatch).toEqual([]);
    expect(res.summary.notes).toContain('上年栏:数据集中有 2020年上半年 数值的填入,其余空白。');
  });
  test('河口区 2021 on an annual fill: only 上半年 figures → blank, and the summary says why', () => {
    const res = fillTables({ templates, engine: engine(), regions: ['河口区'], year: 2021 });
    expect(cell(res, '社会救助标准', 'B3').v).toBe('报告期:2021年');
    // a half-year sum is never presented as the year's; a stock at the end of June is not the year-end one
    const funds = rowAddr(res, '社会救助对象与资金', '社会救助资金');
    expect(cell(res, '社会救助对象与资金', funds).v).toBeNull();
    expect(cell(res, '社会救助标准', 'D6').v).toBeNull();
    const msg = '河口区“社会救助资金”只有 2021年上半年 数据,报告期为 2021年全年,未填写';
    expect(res.summary.periodMismatch).toContainEqual({ region: '河口区', indicator: 'assist_funds', breakdown: '', have: ['上半年'], message: msg });
    expect(res.summary.missing).toContainEqual({ sheet: '社会救助对象与资金', address: funds, indicator: 'assist_funds', region: '河口区', breakdown: '', reason: msg });
    expect(res.summary.periodMismatch).toContainEqual(expect.objectContaining({ indicator: 'tekun_care_std', breakdown: '自理', message: '河口区“特困人员照料护理标准(自理)”只有 2021年上半年 数据,报告期为 2021年全年,未填写' }));
    // the summary lists a dozen and counts the rest; the table's notes say the same under the table
    expect(res.summary.periodMismatch.length).toBeGreaterThan(12);
    expect(res.summary.notes).toContain(`另有 ${res.summary.periodMismatch.length - 12} 个数值同样只有其他期别的数据,未填写(报告期为 2021年全年)。`);
    const notes = res.sheets.find((s) => s.name === '社会救助对象与资金')!.blocks[0].values.map((r) => r[0]);
    expect(notes).toContain(msg);
    expect(res.summary.filled).toBe(0);
  });
  test('a period fill: a stock takes the record holding at the period’s end month; a flow only the exact span', () => {
    const rec = (indicatorId: string, period: string, value: number, unit: string): DataRecord => ({
      region: '济南市', year: 2022, period, indicatorId, indicator: '', breakdown: '', value, unit, qualifier: 'exact', source: 't', offset: -1, quote: '',
    });
    const e = new MzEngine(catalogue, [
      rec('dibao_std_urban', 'Q3', 900, '元/人·月'), // stock at the end of September
      rec('dibao_funds', 'Q3', 1.1, '亿元'), // flow of the third quarter alone
      rec('temp_assist_funds', '1-9月', 3000, '万元'), // flow year to date
      rec('dibao_persons', '1-9月', 20000, '人'),
    ]);
    const res = fillTables({ templates, engine: e, regions: ['济南市'], year: 2022, period: '前三季度', tables: ['社会救助标准', '社会救助对象与资金'] });
    expect(res.period).toBe('1-9月');
    expect(cell(res, '社会救助标准', 'B3').v).toBe('报告期:2022年1-9月');
    expect(cell(res, '社会救助标准', 'D6').v).toBe(900);
    const s = '社会救助对象与资金';
    expect(cell(res, s, rowAddr(res, s, '临时救助资金')).v).toBe(3000);
    expect(cell(res, s, rowAddr(res, s, '最低生活保障对象')).v).toBe(20000);
    expect(cell(res, s, rowAddr(res, s, '最低生活保障资金')).v).toBeNull();
    expect(res.summary.periodMismatch.map((m) => m.message)).toEqual(['济南市“低保资金”只有 2022年Q3 数据,报告期为 2022年1-9月,未填写']);
    // the quarter alone: the flow of Q3 is filled, the year-to-date one is not
    const q3 = fillTables({ templates, engine: e, regions: ['济南市'], year: 2022, period: 'Q3', tables: ['社会救助对象与资金'] });
    expect(cell(q3, s, rowAddr(q3, s, '最低生活保障资金')).v).toBe(11000);
    expect(cell(q3, s, rowAddr(q3, s, '临时救助资金')).v).toBeNull();
    expect(cell(q3, s, 'B3').v).toBe('报告期:2022年7-9月');
  });
  test('an unknown period is refused in Chinese', () => {
    expect(() => fillTables({ templates, engine: engine(), regions: ['济南市'], year: 2020, period: '第13月' })).toThrow('期别“第13月”无法识别');
  });
  test('章丘区 2020: 公益性公墓 = 区级 1 + 镇街 7 + 村级 113 as a formula', () => {
    const res = fillTables({ templates, engine: engine(), regions: ['章丘区'], year: 2020 });
    const a = rowAddr(res, '殡葬', '公益性公墓');
    const r = parseA1(a)!.row + 1;
    expect(cell(res, '殡葬', a)).toEqual({ v: 121, f: `D${r + 1}+D${r + 2}+D${r + 3}` });
  });
  test('重庆市 2021: 万人/亿元 converted', () => {
    const res = fillTables({ templates, engine: engine(), regions: ['重庆市'], year: 2021 });
    const s = '社会救助对象与资金';
    expect(cell(res, s, rowAddr(res, s, '最低生活保障对象')).v).toBe(825100);
    // MZ's own sheets print no official code (the monthly code YZH012410000 is a heading of 月报, not this row)
    expect(cell(res, s, rowAddr(res, s, '最低生活保障对象', 'C')).v).toBeNull();
    expect(cell(res, s, rowAddr(res, s, '最低生活保障资金')).v).toBe(491400);
    expect(cell(res, s, rowAddr(res, s, '临时救助')).v).toBe(124700);
    expect(cell(res, s, rowAddr(res, s, '临时救助资金')).v).toBe(38200);
    expect(cell(res, '社会救助标准', rowAddr(res, '社会救助标准', '特困人员基本生活标准(城乡统一)')).v).toBe(827);
  });
  test('淄博市 2020: standards and a stated cemetery total (942处 → 个)', () => {
    const res = fillTables({ templates, engine: engine(), regions: ['淄博市'], year: 2020 });
    expect(['D6', 'D7'].map((a) => cell(res, '社会救助标准', a).v)).toEqual([660, 480]);
    expect(cell(res, '殡葬', rowAddr(res, '殡葬', '公益性公墓'))).toEqual({ v: 942, f: null });
  });
});

describe('several regions', () => {
  const extra = (region: string, v: number): DataRecord => ({
    region, year: 2021, period: '全年', indicatorId: 'marriage_reg', indicator: '结婚登记', breakdown: '', value: v, unit: '对',
    qualifier: 'exact', source: 'test', offset: -1, quote: `${region}结婚登记${v}对`,
  });
  test('all districts of a city: a city total block summing the districts by formula', () => {
    const ds = ['东营区', '河口区', '垦利区', '利津县', '广饶县'];
    const e = new MzEngine(catalogue, [...fixtureRecords(), ...ds.map((d, i) => extra(d, 100 * (i + 1)))]);
    const res = fillTables({ templates, engine: e, regions: ds, year: 2021, tables: ['婚姻登记'] });
    expect(cell(res, '婚姻登记', 'S4').v).toBe('东营市合计');
    expect(cell(res, '婚姻登记', 'S6')).toEqual({ v: 1500, f: 'D6+G6+J6+M6+P6' });
    expect(res.bindings).toContainEqual(expect.objectContaining({ sheet: '婚姻登记', address: 'S6', region: '东营市', indicatorId: 'marriage_reg' }));
    // 功能区 are not required for a complete city, and the note says the total leaves them out
    expect(res.summary.notes).toContain('东营市合计栏为所列区县之和,不含未列入的功能区:东营经济技术开发区、东营港经济开发区。');
    // a standard is not summed: 河口区's standard only, the city's own is absent → blank
    const r2 = fillTables({ templates, engine: e, regions: ds, year: 2021, period: '上半年', tables: ['社会救助标准'] });
    expect(cell(r2, '社会救助标准', 'G6').v).toBe(869);
    expect(cell(r2, '社会救助标准', 'S6')).toEqual({ v: null, f: null });
  });
  test('some districts only: the total block is not summed, and a note says why', () => {
    const res = fillTables({ templates, engine: engine(), regions: ['章丘区', '历下区'], year: 2020, tables: ['殡葬'] });
    expect(cell(res, '殡葬', 'J4').v).toBe('济南市合计');
    expect(cell(res, '殡葬', 'J6').f).toBeNull();
    expect(res.summary.notes.some((n) => n.includes('济南市合计栏') && n.includes('未全部列入'))).toBe(true);
  });
  test('6+ regions: one row per region, indicators as columns', () => {
    const regs = ['济南市', '淄博市', '章丘区', '历下区', '东营市', '河口区'];
    const res = fillTables({ templates, engine: engine(), regions: regs, year: 2020, tables: ['社会救助标准', '汇总'] });
    expect(res.layout).toBe('list');
    expect(cell(res, '社会救助标准', 'A4').v).toBe('地区');
    expect(cell(res, '社会救助标准', 'B4').v).toBe('城市最低生活保障标准');
    expect(cell(res, '社会救助标准', 'A7').v).toBe('济南市');
    expect(cell(res, '社会救助标准', 'B7').v).toBe(821);
    expect(cell(res, '社会救助标准', 'B8').v).toBe(660);
    expect(cell(res, '社会救助标准', 'B9').v).toBeNull();
    expect(cell(res, '汇总', 'B8')).toEqual({ v: 660, f: `IF('社会救助标准'!B8="","",'社会救助标准'!B8)` });
  });
});
