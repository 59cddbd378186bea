// Indicator references: official codes, names with a breakdown inside, implied breakdowns, area
// groups — in the resolver, the engine (value/series/table/source), user CSV files and the functions.
import datasetCsv from '../../data/dataset.csv';
import { loadCatalogue } from '../../src/core/catalogue';
import { MzEngine } from '../../src/core/engine';
import { parseDatasetCsv } from '../../src/core/datasetCsv';
import { Resolver } from '../../src/core/resolver';
import { validateDataset } from '../../src/core/validate';
import { createFunctions, MzFunctionError } from '../../src/functions/impl';

const cat = loadCatalogue();
const r = new Resolver(cat);

function ref(x: unknown, year?: unknown): [string, string] | string {
  const res = r.indicatorRef(x, year);
  return res.ok ? [res.indicator.id, res.breakdown] : `${res.code}:${res.message}`;
}
function wb(x: unknown, bd: unknown, year?: unknown): [string, string] | string {
  const res = r.indicatorWithBreakdown(x, bd, year);
  return res.ok ? [res.indicator.id, res.breakdown] : `${res.code}:${res.message}`;
}

describe('official codes', () => {
  test.each([
    ['JZH011212110', 'dibao_funds', '城市'], // A 城市低保累计支出 (2021–2023 and JZH01-2024)
    ['JZH011212100', 'dibao_funds', ''],
    ['JZH011314110', 'dibao_funds', '城市'], // the same row under the 2019 codes
    ['JZH011212111', 'dibao_allowance_paid', '城市'],
    ['JZH011212122', 'dibao_temp_subsidy', '农村'],
    ['JZH011211101', 'orphan_living_funds', ''],
    ['JZH011310000', 'mz_expenditure', ''],
    ['JZH011110000', 'township_level_units', ''],
    ['YZH011221220', 'dibao_temp_subsidy', '农村'],
    ['YZH012311000', 'orphan_persons', ''],
    ['YZH012410000', 'dibao_persons', ''], // 月报 最低生活保障 (人): printed as a heading, bound to the persons total
    [' jzh011212110 ', 'dibao_funds', '城市'], // case and spaces
    ['ＪＺＨ０１１２１２１１０', 'dibao_funds', '城市'], // full-width
  ])('%s → %s @ %s', (code, id, bd) => expect(ref(code)).toEqual([id, bd]));

  test('a code whose row changed between versions needs the year', () => {
    // JZH011112000: 乡小计 (incl. 民族乡) on the 2019 form, 乡 (without) from 2021
    expect(ref('JZH011112000', 2019)).toEqual(['township_level_units', '乡小计']);
    expect(ref('JZH011112000', '2022年')).toEqual(['township_level_units', '乡']);
    expect(ref('JZH011112000', 2025)).toEqual(['township_level_units', '乡']);
    expect(ref('JZH011112000')).toMatch(/^VALUE:代码“JZH011112000”在不同版本的报表中含义不同:2019年为“乡小计”,2021–2023年、2024年起为“乡”;请给出年份$/);
    expect(ref('JZH011112000', 2020)).toMatch(/2020 年没有印此代码的报表版本/);
  });

  test('headings have no value; unknown and never-published codes are not guessed', () => {
    expect(ref('JZH011000000')).toBe('VALUE:代码“JZH011000000”是标题行“一、综合”(JBZH0001-2019),没有数值');
    expect(ref('YZH012400000')).toMatch(/^VALUE:代码“YZH012400000”是标题行“（二）社会救助”/);
    // the 2022 特困 spending code is not printed anywhere: the digit pattern is not a code
    expect(ref('JZH011212200')).toMatch(/^NA:代码“JZH011212200”不在已收录的报表版本中/);
    expect(ref('JZH99999999')).toMatch(/^NA:未找到指标/); // 11 characters: not a code at all
  });

  test('the plain resolver accepts a code of a total, refuses one that implies a breakdown', () => {
    const a = r.indicator('JZH011212100');
    expect(a.ok && a.indicator.id).toBe('dibao_funds');
    const b = r.indicator('JZH011212110');
    expect(!b.ok && b.message).toBe('“JZH011212110”是“低保资金”的分类“城市”;此处只能填写指标,分类请另行填写');
  });
});

describe('names with a breakdown inside', () => {
  test.each([
    ['机构养育孤儿', 'orphan_std', '机构养育'],
    ['社会散居孤儿', 'orphan_std', '社会散居'],
    ['集中养育孤儿人数', 'orphan_persons', '机构养育'],
    ['城市低保人数', 'dibao_persons', '城市'],
    ['农村低保户数', 'dibao_households', '农村'],
    ['一级残疾人护理补贴', 'disab_care_std', '一级'],
    ['三四级困难残疾人生活补贴', 'disab_living_std', '三四级'],
    ['城市低保累计支出', 'dibao_funds', '城市'],
    ['城市特困人员救助供养支出', 'tekun_funds', '城市'],
    ['全护理照料护理标准', 'tekun_care_std', '完全不能自理'],
    ['集中供养特困人员', 'tekun_persons', '集中供养'], // a second partition of 特困人员 (extraBreakdowns)
    ['孤儿基本生活费标准(机构养育)', 'orphan_std', '机构养育'],
    // wordings the catalogue binds to a breakdown (breakdownAliases)
    ['城市低保金', 'dibao_allowance_paid', '城市'],
    ['农村低保对象价格临时补贴', 'dibao_temp_subsidy', '农村'],
    ['城市低保临时补助', 'dibao_temp_subsidy', '城市'],
    ['五保供养人数', 'tekun_persons', '农村'],
    // plain names stay plain
    ['城市低保', 'dibao_std_urban', ''],
    ['城市低保标准(元/人·月)', 'dibao_std_urban', ''],
    ['低保金', 'dibao_funds', ''],
  ])('%s → %s @ %s', (name, id, bd) => expect(ref(name)).toEqual([id, bd]));

  test('a wording that is a breakdown of no indicator of that set stays unknown', () => {
    expect(ref('集中供养城市低保')).toMatch(/^NA:未找到指标“集中供养城市低保”/); // 城市低保标准 has no 供养方式
    expect(ref('一级城市低保')).toMatch(/^NA:/); // 城市低保标准 has no grades
  });

  test('an explicit breakdown must agree with the implied one', () => {
    expect(wb('机构养育孤儿', '机构养育')).toEqual(['orphan_std', '机构养育']);
    expect(wb('机构养育孤儿', '集中养育')).toEqual(['orphan_std', '机构养育']); // an alias of the same value
    expect(wb('机构养育孤儿', '社会散居')).toBe(
      'VALUE:指标“机构养育孤儿”已含分类“机构养育”,与分类参数“社会散居”矛盾;请删去分类参数,或改用指标“孤儿基本生活费标准”并填写分类',
    );
    expect(wb('JZH011212110', '农村')).toMatch(/^VALUE:指标“JZH011212110”已含分类“城市”,与分类参数“农村”矛盾/);
    expect(wb('城市低保人数', '合计')).toMatch(/^VALUE:指标“城市低保人数”已含分类“城市”,与分类参数“合计”矛盾/);
    expect(wb('城市低保人数', '')).toEqual(['dibao_persons', '城市']);
  });

  test('a breakdown kept under another indicator is redirected there', () => {
    expect(wb('提供住宿的民政机构', '养老机构')).toEqual(['elder_institutions', '']);
    expect(wb('提供住宿的民政机构床位', '养老')).toEqual(['elder_inst_beds', '']);
    expect(wb('提供住宿的民政机构', '精神疾病服务机构')).toEqual(['accommodation_institutions', '精神疾病服务']);
    expect(wb('困境儿童人数', '事实无人抚养儿童')).toEqual(['fmcare_persons', '']);
    expect(wb('孤儿人数', '有身份信息的孤儿')).toEqual(['orphan_persons', '有身份信息']); // a second partition of 孤儿
  });
});

describe('area groups', () => {
  test('standards accept an area group of the region, alone or with a value of their set', () => {
    expect(wb('城市低保', '五区')).toEqual(['dibao_std_urban', '五区']);
    expect(wb('城市低保', '五个区')).toEqual(['dibao_std_urban', '五区']);
    expect(wb('城市低保', '五区(市中、槐荫、天桥、历城、高新区)')).toEqual(['dibao_std_urban', '五区']);
    expect(wb('农村低保', '三县')).toEqual(['dibao_std_rural', '三县']);
    expect(wb('特困', '市本级')).toEqual(['tekun_std', '市本级']);
    expect(wb('城市特困', '白云、黄埔、番禺、南沙区')).toEqual(['tekun_std_urban', '白云、黄埔、番禺、南沙区']);
    expect(wb('护理标准', '五区·全护理')).toEqual(['tekun_care_std', '五区·完全不能自理']);
    expect(wb('护理标准', '全护理·五区')).toEqual(['tekun_care_std', '五区·完全不能自理']);
    expect(wb('全护理照料护理标准', '五区')).toEqual(['tekun_care_std', '五区·完全不能自理']);
    expect(ref('五区城市低保')).toEqual(['dibao_std_urban', '五区']);
    expect(ref('三县农村低保标准')).toEqual(['dibao_std_rural', '三县']);
  });

  test('a group is not a typo catcher, and counts and amounts take none', () => {
    expect(wb('城市低保', '一急')).toBe('VALUE:指标“城市低保标准”没有分类,请不要填写分类(收到“一急”)');
    expect(wb('残疾人生活补贴', '一级、二级')).toMatch(/^NA:指标“困难残疾人生活补贴标准”没有分类“一级、二级”/);
    expect(wb('低保人数', '五区')).toMatch(/^NA:指标“低保对象人数”没有分类“五区”/);
    expect(wb('护理标准', '五区·三县')).toMatch(/^NA:/);
  });
});

// user data: codes and composite names in the CSV indicator column, area groups in the breakdown column
const USER = [
  'region,year,indicator,breakdown,value,unit',
  '济南,2022,城市低保累计支出,,12345.6,万元',
  '济南,2022,JZH011212100,,45678.9,万元',
  '济南,2022,YZH012311000,,640,人',
  '济南,2022,机构养育孤儿,,1900,元/人·月',
  '济南,2022,城市低保,五区,846,元/人/月',
  '济南,2022,城市低保,三县,783,元/人/月',
  '济南,2022,护理标准,五区·全护理,1200,元/人/月',
  '济南,2019,JZH011112000,,31,个',
  '济南,2022,JZH011112000,,30,个',
].join('\n');

describe('the engine and the functions', () => {
  const engine = MzEngine.fromCsv(datasetCsv);
  const parsed = parseDatasetCsv(USER, 'user:u.csv');
  engine.addRecords(parsed.records, 'user:u.csv');
  const mz = createFunctions(() => engine);
  const caught = (f: () => unknown): MzFunctionError => {
    try {
      f();
    } catch (e) {
      if (e instanceof MzFunctionError) return e;
    }
    throw new Error('expected an MzFunctionError');
  };

  test('every user row was accepted and filed under the referenced indicator and breakdown', () => {
    expect(engine.rejected).toEqual([]);
    const mine = engine.records.filter((x) => x.source === 'user:u.csv').map((x) => [x.indicatorId, x.breakdown, x.year, x.value]);
    expect(mine).toEqual([
      ['dibao_funds', '城市', 2022, 12345.6],
      ['dibao_funds', '', 2022, 45678.9],
      ['orphan_persons', '', 2022, 640],
      ['orphan_std', '机构养育', 2022, 1900],
      ['dibao_std_urban', '五区', 2022, 846],
      ['dibao_std_urban', '三县', 2022, 783],
      ['tekun_care_std', '五区·完全不能自理', 2022, 1200],
      ['township_level_units', '乡小计', 2019, 31],
      ['township_level_units', '乡', 2022, 30],
    ]);
  });

  test('MZ.VALUE / MZ.STANDARD / MZ.SOURCE / MZ.SERIES / MZ.TABLE with codes and composite names', () => {
    expect(mz.value('济南', 'JZH011212110', 2022)).toBe(12345.6);
    expect(mz.value('济南', '城市低保累计支出', 2022)).toBe(12345.6);
    expect(mz.value('济南', '低保资金', 2022, '城市')).toBe(12345.6);
    expect(mz.value('济南', 'JZH011212100', 2022, null, '亿元')).toBeCloseTo(4.56789, 9);
    expect(mz.value('济南', 'YZH012311000', 2022)).toBe(640);
    expect(mz.standard('济南', '机构养育孤儿', 2020)).toBe(1760); // seed 000
    expect(mz.standard('济南', '社会散居孤儿', 2020)).toBe(1400);
    expect(mz.standard('济南', '机构养育孤儿', 2022)).toBe(1900);
    expect(mz.source('济南', '机构养育孤儿', 2020)).toMatch(/机构养育孤儿.*——来源:000_d7996b6db7939629\.txt$/);
    expect(mz.series('济南', '机构养育孤儿')).toEqual([['年份', '期别', '数值', '单位'], [2020, '全年', 1760, '元/人·月'], [2022, '全年', 1900, '元/人·月']]);
    expect(mz.table('JZH011212110', 2022)).toEqual([['地区', '期别', '数值', '单位'], ['济南市', '全年', 12345.6, '万元']]);
    expect(mz.value('济南', 'JZH011112000', 2019)).toBe(31);
    expect(mz.value('济南', 'JZH011112000', 2022)).toBe(30);
  });

  test('contradictions and codes without a value are Chinese #VALUE! errors', () => {
    const e = caught(() => mz.value('济南', '机构养育孤儿', 2020, '社会散居'));
    expect([e.code, e.message]).toEqual([
      'VALUE',
      'MZ.VALUE:指标“机构养育孤儿”已含分类“机构养育”,与分类参数“社会散居”矛盾;请删去分类参数,或改用指标“孤儿基本生活费标准”并填写分类',
    ]);
    const h = caught(() => mz.value('济南', 'JZH011000000', 2022));
    expect([h.code, h.message]).toEqual(['VALUE', 'MZ.VALUE:代码“JZH011000000”是标题行“一、综合”(JBZH0001-2019),没有数值']);
    const s = caught(() => mz.series('济南', 'JZH011112000'));
    expect([s.code, s.message]).toEqual(['VALUE', expect.stringMatching(/^MZ\.SERIES:代码“JZH011112000”在不同版本的报表中含义不同/)]);
  });

  test('area-group records: by group, by composite name, and the total names the groups', () => {
    expect(mz.standard('济南', '城市低保', 2022, '五区')).toBe(846);
    expect(mz.standard('济南', '五区城市低保', 2022)).toBe(846);
    expect(mz.standard('济南市', '城市最低生活保障标准', 2022, '三县')).toBe(783);
    expect(mz.standard('济南', '城市低保', 2022, '五区', '元/人·年')).toBe(10152);
    expect(mz.standard('济南', '护理标准', 2022, '五区·完全不能自理', '元/人·月')).toBe(1200);
    expect(mz.standard('济南', '全护理护理标准', 2022, '五区')).toBe(14400); // catalogue unit 元/人·年
    expect(mz.table('城市低保', 2022, '五区')).toEqual([['地区', '期别', '数值', '单位'], ['济南市', '全年', 846, '元/人·月']]);
    const e = caught(() => mz.standard('济南', '城市低保', 2022));
    expect([e.code, e.message]).toEqual(['NA', 'MZ.STANDARD:济南市“城市低保标准”没有 2022 年的数据;已有年份:2020;2022 年有分类:五区、三县']);
  });

  test('an area group on a count is rejected with the reason', () => {
    const e2 = MzEngine.fromCsv(datasetCsv);
    const res = e2.addRecords(parseDatasetCsv('region,year,indicator,breakdown,value,unit\n济南,2022,低保人数,五区,100,人', 'u').records, 'u');
    expect(res).toEqual({ added: 0, overridden: 0, rejected: 1 });
    expect(e2.rejected[0].message).toMatch(/^指标“低保对象人数”没有分类“五区”/);
  });
});

describe('mz data validate on user CSV rows', () => {
  test('codes and composite names pass; contradictions and heading codes are reported with their line', () => {
    expect(validateDataset(USER, cat).problems).toEqual([]);
    const bad = [
      'region,year,indicator,breakdown,value,unit',
      '济南,2022,机构养育孤儿,社会散居,1900,元/人·月',
      '济南,2022,JZH011000000,,1,个',
      '济南,2022,JZH011212200,,1,万元',
    ].join('\n');
    expect(validateDataset(bad, cat).problems).toEqual([
      { line: 2, column: 'breakdown', message: '指标“机构养育孤儿”已含分类“机构养育”,与分类参数“社会散居”矛盾;请删去分类参数,或改用指标“孤儿基本生活费标准”并填写分类' },
      { line: 3, column: 'indicator', message: '代码“JZH011000000”是标题行“一、综合”(JBZH0001-2019),没有数值' },
      { line: 4, column: 'indicator', message: '代码“JZH011212200”不在已收录的报表版本中。只收录公开报表上印出的代码;未核实代码的行请用指标名称' },
    ]);
  });
});
