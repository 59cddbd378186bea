// MZ custom functions over the real bundled dataset (data/dataset.csv) and catalogue.
// Expected values are read from the seed reports (seeds/*.txt), not from the code.
import datasetCsv from '../../data/dataset.csv';
import { MzEngine } from '../../src/core/engine';
import { createFunctions, MAX_MESSAGE, MzFunctionError } from '../../src/functions/impl';

const engine = MzEngine.fromCsv(datasetCsv);
const mz = createFunctions(() => engine);

function caught(f: () => unknown): MzFunctionError {
  try {
    f();
  } catch (e) {
    if (e instanceof MzFunctionError) return e;
    throw new Error(`expected an MzFunctionError, got ${String(e)}`);
  }
  throw new Error('expected an error, got a value');
}

describe('MZ.STANDARD', () => {
  test.each([
    // 000 济南 2020: 城乡低保及特困供养标准分别提高到821元/月、614元/月和1232元/月、1071元/月
    ['济南', '城市低保', 2020, 821],
    ['济南', '农村低保', 2020, 614],
    ['济南市', '城市特困人员基本生活标准', 2020, 1232],
    ['济南', '农村特困', 2020, 1071],
    // 000: 重度残疾人护理补贴标准提高到137元/月
    ['济南', '重度残疾人护理补贴', 2020, 137],
    // 003 重庆 2021: 城乡低保标准分别达到每人每月636元、515元 … 特困供养标准达到每人每月827元
    ['重庆', '城市低保', 2021, 636],
    ['重庆市', '农村低保', '2021年', 515],
    ['重庆', '特困供养标准', 2021, 827],
    // 004 淄博 2020: 城乡低保标准分别提高到每人每月660元、480元,城乡特困…分别达到每人每月990元、625元
    ['淄博', '城市低保', 2020, 660],
    ['淄博市', '农村特困人员基本生活标准', '2020', 625],
    // 001 河口区 2021: 全区城乡低保标准分别达到869元/人/月、667元/人/月
    ['河口区', '城市低保', 2021, 869],
    ['东营市河口区', '农村最低生活保障标准', 2021, 667],
    // 001: 基本殡葬服务项目按1000元/人标准予以补贴
    ['河口区', '基本殡葬服务补贴标准', 2021, 1000],
  ])('STANDARD(%s, %s, %s) = %s', (region, item, year, expected) => {
    expect(mz.standard(region, item, year)).toBe(expected);
  });

  test('normalises spaces, suffixes, aliases and "2020年"', () => {
    expect(mz.standard(' 济南市 ', '城市最低生活保障标准', '2020年')).toBe(821);
    expect(mz.standard('济南', '城市居民最低生活保障标准', 2020)).toBe(821);
  });

  test('breakdowns (分类)', () => {
    // 001: 护理标准按照自理、半自理、完全不能自理分别提高到2522元/人/年、4202元/人/年、8404元/人/年
    expect(mz.standard('河口区', '特困人员照料护理标准', 2021, '完全不能自理')).toBe(8404);
    expect(mz.standard('河口区', '护理标准', 2021, '自理')).toBe(2522);
    // 001: 残疾人生活补贴保障标准提高到一级220元/人/月、二级165元/人/月、三四级125元/人/月
    expect(mz.standard('东营河口', '困难残疾人生活补贴标准', 2021, '一级')).toBe(220);
    expect(mz.standard('河口区', '困难残疾人生活补贴标准', 2021, '三四级')).toBe(125);
    // 001: 按照能力完好和轻度失能、中度失能、重度失能分别每人每月200元、260元、320元的标准
    expect(mz.standard('河口区', '居家养老服务补贴标准', 2021, '中度失能')).toBe(260);
    // 000: 机构养育孤儿…生活费保障标准分别提高到1760元/月
    expect(mz.standard('济南', '孤儿基本生活费标准', 2020, '机构养育')).toBe(1760);
  });

  test('unit conversion through the 单位 argument; empty optional arguments are ignored', () => {
    expect(mz.standard('济南', '城市低保', 2020, null, '元/人·年')).toBe(821 * 12);
    expect(mz.standard('济南', '城市低保', 2020, '', '元/人·年')).toBe(821 * 12);
    expect(mz.standard('济南', '城市低保', 2020, undefined, undefined)).toBe(821);
    expect(mz.standard('济南', '城市低保', 2020, '', '')).toBe(821);
    expect(mz.standard('河口区', '护理标准', 2021, '半自理', '元/人·月')).toBeCloseTo(4202 / 12, 6);
  });

  test('a count asked for as a standard → #VALUE! pointing to MZ.VALUE', () => {
    const e = caught(() => mz.standard('济南', '结婚登记', 2020));
    expect(e.code).toBe('VALUE');
    expect(e.message).toMatch(/MZ\.VALUE/);
    expect(e.message).toMatch(/结婚登记/);
  });

  test('unknown region → #N/A naming the closest regions', () => {
    const e = caught(() => mz.standard('济楠', '城市低保', 2020));
    expect(e.code).toBe('NA');
    expect(e.message).toMatch(/济楠/);
    expect(e.message).toMatch(/济南市/);
  });

  test('unknown indicator → #N/A naming the closest indicators', () => {
    const e = caught(() => mz.standard('济南', '城市低宝', 2020));
    expect(e.code).toBe('NA');
    expect(e.message).toMatch(/城市低保标准/);
  });

  test('no data for that year → #N/A listing the years that exist', () => {
    const e = caught(() => mz.standard('济南', '城市低保', 2019));
    expect(e.code).toBe('NA');
    expect(e.message).toMatch(/2019/);
    expect(e.message).toMatch(/2020/);
  });

  test('wrong argument types → #VALUE! with a Chinese message', () => {
    const year = caught(() => mz.standard('济南', '城市低保', '去年'));
    expect(year.code).toBe('VALUE');
    expect(year.message).toMatch(/年份/);
    const missing = caught(() => mz.standard(null, '城市低保', 2020));
    expect(missing.code).toBe('VALUE');
    expect(missing.message).toMatch(/地区/);
    const badBreakdown = caught(() => mz.standard('济南', '城市低保', 2020, '一级'));
    expect(badBreakdown.code).toBe('VALUE');
    expect(badBreakdown.message).toMatch(/分类/);
    const badUnit = caught(() => mz.standard('济南', '城市低保', 2020, '', '万人'));
    expect(badUnit.code).toBe('VALUE');
    expect(badUnit.message).toMatch(/万人/);
  });

  test('every message starts with the function name and stays short', () => {
    for (const f of [() => mz.standard('济楠', '城市低保', 2020), () => mz.standard('济南', '城市低保', 2019)]) {
      const e = caught(f);
      expect(e.message.startsWith('MZ.STANDARD')).toBe(true);
      expect(e.message.length).toBeLessThanOrEqual(MAX_MESSAGE);
    }
  });
});

describe('MZ.VALUE', () => {
  test('counts, amounts and standards', () => {
    // 000: 依法办理结婚登记50486对,离婚登记29617对
    expect(mz.value('济南', '结婚登记', 2020)).toBe(50486);
    expect(mz.value('济南', '离婚登记', 2020)).toBe(29617);
    expect(mz.value('济南', '城市低保', 2020)).toBe(821);
    // 000: 全年共销售福利彩票7.37亿元 (catalogue unit 万元)
    expect(mz.value('济南', '福利彩票销售额', 2020)).toBeCloseTo(73700, 6);
    expect(mz.value('济南', '福利彩票销售额', 2020, null, '亿元')).toBeCloseTo(7.37, 9);
    // 000: 注册登记志愿者139.8万人
    expect(mz.value('济南', '注册志愿者', 2020, '', '万人')).toBeCloseTo(139.8, 9);
  });

  test('a region by code: text or number, 6 or 12 digits (Excel passes a typed code as a number)', () => {
    expect(mz.value('370100', '城市低保', 2020)).toBe(821);
    expect(mz.value(370100, '城市低保', 2020)).toBe(821);
    expect(mz.value('370100000000', '城市低保', 2020)).toBe(821);
    expect(mz.value(370114, '建档立卡贫困人口', 2020)).toBe(17177);
  });

  test('a shared name → #N/A listing the regions it could mean', () => {
    const e = caught(() => mz.value('通州区', '结婚登记', 2020));
    expect(e.code).toBe('NA');
    expect(e.message).toBe('MZ.VALUE:“通州区”有 2 个同名地区:北京市通州区(110112)、南通市通州区(320612)。请写明上级,如“北京通州”。');
  });

  test('errors as for STANDARD, named MZ.VALUE', () => {
    const e = caught(() => mz.value('北京', '结婚登记', 2020));
    expect(e.code).toBe('NA');
    expect(e.message).toBe('MZ.VALUE:北京市没有任何数据;“结婚登记”有数据的地区:济南市(2020)');
    expect(caught(() => mz.value('济南', '结婚登记', 2021)).message).toMatch(/2020/);
  });
});

describe('MZ.SERIES and MZ.TABLE', () => {
  test('SERIES spills a header row and (年份, 期别, 数值, 单位) rows', () => {
    expect(mz.series('济南', '城市低保')).toEqual([
      ['年份', '期别', '数值', '单位'],
      [2020, '全年', 821, '元/人·月'],
    ]);
    // 001 is a 上半年 report
    expect(mz.series('河口区', '困难残疾人生活补贴标准', '二级')).toEqual([
      ['年份', '期别', '数值', '单位'],
      [2021, '上半年', 165, '元/人·月'],
    ]);
  });

  test('SERIES errors', () => {
    expect(caught(() => mz.series('济楠', '城市低保')).code).toBe('NA');
    expect(caught(() => mz.series('济南', '城市低宝')).code).toBe('NA');
  });

  test('TABLE spills (地区, 期别, 数值, 单位) for every region with data that year', () => {
    const t2020 = mz.table('城市低保', 2020);
    expect(t2020[0]).toEqual(['地区', '期别', '数值', '单位']);
    expect(t2020.slice(1)).toEqual(expect.arrayContaining([['济南市', '全年', 821, '元/人·月'], ['淄博市', '全年', 660, '元/人·月']]));
    expect(t2020.map((r) => r[0])).not.toContain('重庆市');
    // a standard (stock) of a 上半年 report stands for the year, and the 期别 column says so
    const t2021 = mz.table('城市最低生活保障标准', '2021年');
    expect(t2021.slice(1)).toEqual(expect.arrayContaining([['重庆市', '全年', 636, '元/人·月'], ['河口区', '上半年', 869, '元/人·月']]));
    for (const row of t2021) expect(row).toHaveLength(4);
    expect(mz.table('城市低保', '2021上半年').slice(1)).toEqual([['河口区', '上半年', 869, '元/人·月']]);
    // a flow: the half-year total is never listed as the year's
    expect(caught(() => mz.table('社会救助资金', 2021)).message).toBe('MZ.TABLE:“社会救助资金”没有2021年全年的数据;2021年已有:上半年');
  });

  test('TABLE errors', () => {
    expect(caught(() => mz.table('城市低宝', 2020)).code).toBe('NA');
    expect(caught(() => mz.table('城市低保', 'x')).code).toBe('VALUE');
    expect(caught(() => mz.table('城市低保', 1990)).code).toBe('NA');
  });
});

describe('periods (001 河口区 is a 上半年 report)', () => {
  test('a flow: the half-year figure answers only a half-year question', () => {
    // 001: 上半年,累计发放各项救助补助资金1660余万元,惠及困难群众9000余人
    expect(mz.value('河口区', '社会救助资金', '2021上半年')).toBe(1660);
    expect(mz.value('河口区', '社会救助资金', '2021年1-6月')).toBe(1660);
    expect(mz.value('河口区', '社会救助资金', '2021H1', '', '亿元')).toBeCloseTo(0.166, 9);
    const e = caught(() => mz.value('河口区', '社会救助资金', 2021));
    expect(e.code).toBe('NA');
    expect(e.message).toBe('MZ.VALUE:河口区“社会救助资金”2021年只有上半年数据,请写“2021上半年”');
    expect(caught(() => mz.value('河口区', '社会救助资金', '2021Q2')).code).toBe('NA');
  });
  test('a stock: a bare year takes the latest period and SOURCE says which', () => {
    expect(mz.standard('河口区', '城市低保', 2021)).toBe(869);
    expect(mz.standard('河口区', '城市低保', '2021上半年')).toBe(869);
    // stocks hold at the end of a period: a Q2 question is answered by the 上半年 figure (end of June)
    expect(mz.standard('河口区', '城市低保', '2021Q2')).toBe(869);
    expect(caught(() => mz.standard('河口区', '城市低保', '2021Q3')).code).toBe('NA');
    expect(mz.source('河口区', '城市低保', 2021)).toMatch(/869元\/人\/月[\s\S]*——来源:001_435741c2b77c6652\.txt\(2021年上半年\)$/);
    expect(mz.source('济南', '城市低保', 2020)).toMatch(/——来源:000_d7996b6db7939629\.txt$/);
  });
  test('a period typed as a date in Excel (a serial) works', () => {
    // 2021-06 typed in a cell becomes 2021-06-01 = 44348: June alone, a stock at the end of June
    expect(mz.standard('河口区', '城市低保', 44348)).toBe(869);
  });
  test('a bad period → #VALUE! saying how to write it', () => {
    const e = caught(() => mz.value('河口区', '社会救助资金', '2021第13月'));
    expect(e.code).toBe('VALUE');
    expect(e.message).toMatch(/期别“第13月”无法识别/);
  });
});

describe('MZ.SOURCE and MZ.UNIT', () => {
  test('SOURCE gives the report sentence and its file', () => {
    const s = mz.source('济南', '城市低保', 2020);
    expect(s).toMatch(/821元\/月/);
    expect(s).toMatch(/——来源:.*000_d7996b6db7939629\.txt/);
    expect(mz.source('重庆', '城市低保', 2021)).toMatch(/每人每月636元[\s\S]*——来源:.*003_56f5405022e07ab4\.txt/);
  });

  test('UNIT is the unit of what MZ.VALUE returns', () => {
    expect(mz.unit('济南', '城市低保', 2020)).toBe('元/人·月');
    expect(mz.unit('济南', '结婚登记', 2020)).toBe('对');
    expect(mz.unit('河口区', '护理标准', 2021, '自理')).toBe('元/人·年');
  });

  test('errors', () => {
    expect(caught(() => mz.source('济南', '城市低保', 2019)).code).toBe('NA');
    expect(caught(() => mz.unit('济南', '城市低宝', 2020)).message.startsWith('MZ.UNIT')).toBe(true);
  });
});

describe('MZ.REGIONS and MZ.INDICATORS', () => {
  test('REGIONS lists the five report regions with their years', () => {
    const r = mz.regions();
    expect(r[0]).toEqual(['地区', '全称', '代码', '地区编码', '级别', '上级', '数据年份']);
    const byName = new Map(r.slice(1).map((row) => [row[0], row]));
    expect([...byName.keys()].sort()).toEqual(['济南市', '河口区', '章丘区', '重庆市', '淄博市'].sort());
    expect(byName.get('济南市')).toEqual(['济南市', '山东省济南市', '370100', '370100000000', '地级', '山东省', '2020']);
    expect(byName.get('重庆市')![6]).toBe('2021');
    expect(byName.get('河口区')!.slice(2, 6)).toEqual(['370503', '370503000000', '区县级', '东营市']);
    expect(byName.get('章丘区')![1]).toBe('山东省济南市章丘区');
    for (const row of r) expect(row).toHaveLength(7);
  });

  test('REGIONS(上级): the children of a region, with the years of those that have data', () => {
    const jn = mz.regions('济南');
    const names = jn.slice(1).map((row) => row[0]);
    expect(names).toEqual(expect.arrayContaining(['历下区', '济南市市中区', '章丘区', '莱芜区', '平阴县', '商河县']));
    expect(names).toHaveLength(13); // 10 districts, 2 counties, 1 功能区
    expect(jn.find((row) => row[0] === '章丘区')![6]).toBe('2020');
    expect(jn.find((row) => row[0] === '济南高新技术产业开发区')![4]).toBe('功能区');
    expect(mz.regions('全国').length - 1).toBe(31);
    expect(mz.regions('山东').slice(1).map((row) => row[0])).toContain('东营市');
    expect(mz.regions(370500).slice(1).map((row) => row[0])).toContain('河口区');
  });

  test('REGIONS(级别): every region of a level; 全部 lists the whole catalogue', () => {
    expect(mz.regions('省级').length - 1).toBe(31);
    expect(mz.regions(' 地级 ').slice(1).every((row) => row[4] === '地级')).toBe(true);
    const counties = mz.regions('县级');
    expect(counties.length - 1).toBeGreaterThan(2900);
    expect(mz.regions('全部').length - 1).toBe(engine.catalogue.regions.length);
  });

  test('REGIONS errors: an ambiguous parent lists the candidates; an unknown word says what is accepted', () => {
    const amb = caught(() => mz.regions('鼓楼'));
    expect(amb.code).toBe('NA');
    expect(amb.message).toMatch(/^MZ.REGIONS:“鼓楼”有 4 个同名地区:南京市鼓楼区\(320106\)/);
    const bad = caught(() => mz.regions('天空'));
    expect(bad.code).toBe('NA');
    expect(bad.message).toMatch(/级别可写:省级、地级、县级、全部/);
    expect(caught(() => mz.regions('章丘')).message).toMatch(/章丘区没有下级地区/);
  });

  test('INDICATORS lists the catalogue, filtered by category or kind', () => {
    const all = mz.indicators();
    expect(all[0]).toEqual(['指标', '类别', '类型', '单位', '分类', '记录数']);
    expect(all).toHaveLength(engine.catalogue.indicators.length + 1);
    const assist = mz.indicators('社会救助');
    expect(assist.slice(1).every((r) => r[1] === '社会救助')).toBe(true);
    const urban = assist.find((r) => r[0] === '城市低保标准')!;
    expect(urban[2]).toBe('标准');
    expect(urban[3]).toBe('元/人·月');
    expect(urban[5]).toBeGreaterThanOrEqual(4); // 济南, 淄博, 重庆, 河口区 at least
    const standards = mz.indicators(' 标准 ');
    expect(standards.slice(1).every((r) => r[2] === '标准')).toBe(true);
    const grades = mz.indicators('残疾人福利').find((r) => r[0] === '困难残疾人生活补贴标准')!;
    expect(grades[4]).toBe('一级/二级/三四级');
    expect(mz.indicators('')).toEqual(all);
  });

  test('INDICATORS errors', () => {
    const e = caught(() => mz.indicators('天气'));
    expect(e.code).toBe('NA');
    expect(e.message).toMatch(/社会救助/);
    expect(caught(() => mz.indicators(5)).code).toBe('VALUE');
  });
});

describe('error mapping', () => {
  test('uses the injected factory for every error', () => {
    const made: [string, string][] = [];
    const f = createFunctions(
      () => engine,
      (code, message) => {
        made.push([code, message]);
        return { code, message };
      },
    );
    expect(() => f.standard('济南', '结婚登记', 2020)).toThrow();
    expect(() => f.value('济楠', '结婚登记', 2020)).toThrow();
    expect(made.map((m) => m[0])).toEqual(['VALUE', 'NA']);
  });

  test('an unexpected exception becomes #N/A with a message, never a crash', () => {
    const broken = createFunctions(() => {
      throw new Error('数据集无法加载');
    });
    const e = caught(() => broken.standard('济南', '城市低保', 2020));
    expect(e.code).toBe('NA');
    expect(e.message).toMatch(/MZ\.STANDARD 内部错误:数据集无法加载/);
    expect(caught(() => broken.regions()).code).toBe('NA');
  });
});
