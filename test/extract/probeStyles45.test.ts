// Region, year and period a text states where the user had to type them: the one year a text names as its own
// area's time, a numbered table's title and its note on provisional figures, a district name several regions share
// (listed for the user to pick), the 兵团 (not the autonomous region) and a national figure of a past year. Fixtures
// are written for these tests in our own words and numbers.
import { loadTownships } from '../../src/core/catalogue/townships';
import { inferContext } from '../../src/core/extract/context';
import { extractRecords } from '../../src/core/extract/extract';
import { catalogue } from './styleKit';

let towns: readonly string[];
beforeAll(async () => {
  towns = await loadTownships();
});
const infer = (text: string, regionKnown = false) => inferContext(text, catalogue, towns, regionKnown);

describe('the one year a text names, as the time of its own area', () => {
  const lead = '网讯 近日,笔者从长宁县民政局获悉,长宁县2019年特困供养对象全部纳入信息系统管理,继续推进敬老院改造。\n据悉,2019年,该县敬老院入住率将达85%,新增床位80张。';

  test('长宁县2019年… after the county named: that year', () => {
    const c = infer(lead);
    expect(c.region?.name).toBe('长宁县');
    expect(c.year?.value).toBe(2019);
  });

  test('据悉,2019年,该县… with the region given: that year', () => {
    expect(infer('网讯 近日,笔者获悉,该县特困供养对象全部纳入信息系统管理。\n据悉, 2019年,该县敬老院入住率达到85%。', true).year?.value).toBe(2019);
  });

  test('a plan (2019年,该县…将…): no year from it', () => {
    expect(infer('网讯 近日,笔者获悉,该县特困供养对象全部纳入信息系统管理。\n据悉,2019年,该县敬老院入住率将达85%。', true).year).toBeUndefined();
  });

  test('another year named in the text: not read from this frame', () => {
    const c = infer('网讯 近日,笔者从长宁县民政局获悉,长宁县2019年特困供养对象全部纳入信息系统管理。\n据悉,该县敬老院入住率比2017年提高5个百分点。');
    expect(c.year).toBeUndefined();
  });

  test('今年 beside it (another time the text speaks of): not read from this frame', () => {
    const c = infer('笔者从长宁县民政局获悉,长宁县2019年特困供养对象全部纳入信息系统管理。今年该县新增床位80张。');
    expect(c.year?.basis ?? '').not.toContain('长宁县2019年”');
  });

  test('a year glued to its date (长宁县2019年3月4日) is not read as the county’s year by this frame', () => {
    expect(infer('笔者从长宁县民政局获悉,长宁县2019年3月4日召开会议,部署特困供养工作。').year?.basis ?? '').not.toContain('长宁县2019年”');
  });
});

describe('a numbered table title and its note on provisional figures', () => {
  const rows = ['指标名称 |', '单位 |', '绝对数 |', '城市低保人数 |', '万人 |', '3.2 |'];

  test('表7 2018年社会救助情况 with 2018年数据为初步统计数: 2018', () => {
    const c = infer(['|', '表7 2018年社会救助情况', ...rows, '注释:', '[1] 2018年数据为初步统计数,2017年及以前年份数据为年报数。'].join('\n'));
    expect(c.year?.value).toBe(2018);
  });

  test('the same in traditional characters', () => {
    const c = infer(['表7 2018年社會救助情況', '指標名稱 |', '單位 |', '絕對數 |', '城市低保人數 |', '萬人 |', '3.2 |', '注釋:', '[1] 2018年數據為初步統計數,2017年及以前年份數據為年報數。'].join('\n'));
    expect(c.year?.value).toBe(2018);
  });

  test('the note alone dates the text', () => {
    expect(infer(['社会救助情况', ...rows, '注:2018年数据为初步统计数。'].join('\n')).year?.value).toBe(2018);
  });
});

describe('a district name several regions share', () => {
  const body = (first: string) => [first, '2016年,市中区新增城镇就业8000人。', '2016年,市中区全面提高城乡低保标准,城市低保对象3100人。'].join('\n');

  test('市中区 named alone: no region, and the regions of that name listed with their cities and codes', () => {
    const c = infer(body('“把新增财力投向民生。”16日上午,市中区第九届人民代表大会第二次会议开幕。'));
    expect(c.region).toBeUndefined();
    expect(c.regionChoices).toMatch(/^“市中区”有 4 个同名地区:/);
    for (const x of ['济南市市中区(370103)', '枣庄市市中区(370402)', '内江市市中区(511002)', '乐山市市中区(511102)']) expect(c.regionChoices).toContain(x);
  });

  test('the extractor notes the choices when it has to infer the region', () => {
    const r = extractRecords(body('16日上午,市中区第九届人民代表大会第二次会议开幕。'), { year: 2016, period: '全年', source: 't.txt', catalogue });
    expect(r.notes.join('\n')).toContain('未能推断地区:“市中区”有 4 个同名地区');
  });

  test('the city named with it: that city’s 市中区', () => {
    expect(infer(body('16日上午,市中区第九届人民代表大会第二次会议开幕,济南市有关领导出席。')).region?.name).toBe('济南市市中区');
  });

  test('two of the cities named: no region, the choices listed', () => {
    const c = infer(body('16日上午,市中区第九届人民代表大会第二次会议开幕,济南、枣庄两市有关领导出席。'));
    expect(c.region).toBeUndefined();
    expect(c.regionChoices).toContain('市中区');
  });

  test('a region inferred: no choices', () => {
    expect(infer('济南市民政局\n全市城市低保对象3100人。').regionChoices).toBeUndefined();
  });
});

describe('新疆生产建设兵团 is not 新疆维吾尔自治区', () => {
  test('the 兵团’s bureau: no region', () => {
    const c = infer('2017年1月6日上午,新疆生产建设兵团民政局召开会议,部署节日慰问工作。\n会议要求,兵团各师做好低保对象一次性补助发放工作,每人500元。');
    expect(c.region).toBeUndefined();
  });
});

describe('a national figure of a past year under a later dateline', () => {
  test('2015年全国死亡人口… dated 2016: 全国, 2015, 全年', () => {
    const c = infer('2015年中国殡葬情况报告\n某殡葬网 www.example.net 2016-01-12 10:20 来源:本站\n  2015年全国死亡人口约970万人,其中火化460万具。');
    expect(c.region?.name).toBe('全国');
    expect(c.year?.value).toBe(2015);
    expect(c.period?.value).toBe('全年');
  });

  test('a half year of that year named with it: no 全年 from this frame', () => {
    const c = infer('2015年中国殡葬情况报告\n某殡葬网 www.example.net 2016-01-12 10:20 来源:本站\n  2015年全国上半年死亡人口约480万人。');
    expect(c.period?.value).not.toBe('全年');
  });
});

describe('stated years and periods already read (pins)', () => {
  test('2024年累计发放… twice, dated in the next year: 2024, 全年', () => {
    const c = infer('某市民政局\n发布时间:2025-06-02\n2024年累计发放救助资金1.3亿元。2024年累计实施临时救助6100人次。');
    expect(c.year?.value).toBe(2024);
    expect(c.period?.value).toBe('全年');
  });

  test('【社会保障】 2020年,全镇…: 2020, 全年', () => {
    const c = infer('【社会保障】 2020年,全镇发放低保金210万元,救助困难群众160人次。');
    expect(c.year?.value).toBe(2020);
    expect(c.period?.value).toBe('全年');
  });

  test('2020年1月全县…: 2020, 1月', () => {
    const c = infer('2020年1月全县享受困难残疾人生活补贴6200人,发放资金62万元。');
    expect(c.year?.value).toBe(2020);
    expect(c.period?.value).toBe('1月');
  });

  test('2019年全市…累计…比2018年: 全年', () => {
    expect(infer('某市民政局\n2019年全市城乡居民临时救助累计8200人次,比2018年增加300人次。').period?.value).toBe('全年');
  });
});
