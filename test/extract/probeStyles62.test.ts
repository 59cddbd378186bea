// Frames met on fresh held-out texts (c66–c68), with short texts written for these tests in our own words and numbers.
import { catalogue, styleKit } from './styleKit';
import { inferContext } from '../../src/core/extract/context';
import { extractRecords } from '../../src/core/extract/extract';

const regionOf = (text: string) => inferContext(text, catalogue).region?.name;

describe('bureaus listed side by side are named, not issuing the text', () => {
  const text = '山东省日照市去年福彩销售再创新高\n\n去年,山东省日照市共销售福利彩票2.8亿元,筹集市级福彩公益金2600万元。\n' +
    '经过评选,五莲县民政局、岚山区民政局、东港区民政局等单位被评为全市福利彩票销售先进单位。\n';

  test('the city the text is about is its region, not a tie between the awarded county bureaus', () => {
    expect(regionOf(text)).toBe('日照市');
  });

  test('one county bureau heading its own text still issues it', () => {
    expect(regionOf('五莲县民政局2023年工作总结\n一年来,全县共保障城乡低保对象3100人。')).toBe('五莲县');
  });

  test('a joint notice of a bureau and the finance bureau keeps the bureau as issuer', () => {
    expect(regionOf('五莲县民政局、五莲县财政局关于提高城乡低保标准的通知\n各乡镇:经研究,决定提高标准。')).toBe('五莲县');
  });
});

describe('低保在保对象: the caseload named with 在保 after the programme', () => {
  const { run, facts } = styleKit('某区');
  test('households and persons of 城乡低保在保对象 are the caseload', () => {
    const r = run('全区城乡低保在保对象3120户、5480人,全年发放低保金1860万元。', '全年', 2012);
    expect(facts(r.records)).toEqual([
      ['dibao_households', '', 3120, '户', '全年'],
      ['dibao_persons', '', 5480, '人', '全年'],
      ['dibao_funds', '', 1860, '万元', '全年'],
    ]);
  });
});

describe('a flow with no period of its own, in a text that dates no period (c71)', () => {
  const runUnknown = (text: string) => extractRecords(text, { region: '某省', year: 2018, source: 't.txt', catalogue });
  const ids = (r: ReturnType<typeof runUnknown>) => r.records.map((x) => [x.indicatorId, x.value, x.period]);
  const reasons = (r: ReturnType<typeof runUnknown>, v: number) => r.candidates.filter((c) => c.value === v).map((c) => c.reason);

  test('专项行动开展以来 / 目前: a running total to an unknown day is held, not filed as the year', () => {
    const r = runUnknown('专项行动开展以来,全省各救助管理机构共救助流浪乞讨人员1320人次。目前,全省已发放临时救助金86万元。');
    expect(ids(r)).toEqual([]);
    expect(reasons(r, 1320)).toEqual(['period_unknown']);
    expect(reasons(r, 86)).toEqual(['period_unknown']);
  });

  test('a headline’s flow is held; a stock in the body is still filed', () => {
    const r = runUnknown('某省寒冬送温暖 救助流浪乞讨人员逾900人次\n全省共有救助管理站28个。');
    expect(reasons(r, 900)).toEqual(['period_unknown']);
    expect(ids(r)).toEqual([['relief_stations', 28, '全年']]);
  });

  test('with the period given, a figure standing 目前 is that period’s', () => {
    const r = extractRecords('目前,全省已发放临时救助金86万元。', { region: '某省', year: 2018, period: '1-10月', source: 't.txt', catalogue });
    expect(r.records.map((x) => [x.indicatorId, x.value, x.period])).toEqual([['temp_assist_funds', 86, '1-10月']]);
  });
});

describe('halves of a sentence on opposite sides, the first not opening with its side (c71/01)', () => {
  const { run, facts } = styleKit('某市');
  test('a half naming one side’s programme after a lead and a document title gives its side-less count that side', () => {
    const r = run('在省里部署后,市政府出台《关于提高全市城乡低保标准的通知》,城市低保标准提高到260元,新增低保人数5200人;农村低保标准提高到190元,新增低保人数1.6万人;', '全年', 2014);
    expect(facts(r.records)).toEqual([
      ['dibao_std_urban', '', 260, '元/人·月', '全年'],
      ['dibao_new_persons', '城市', 5200, '人', '全年'],
      ['dibao_std_rural', '', 190, '元/人·月', '全年'],
      ['dibao_new_persons', '农村', 1.6, '万人', '全年'],
    ]);
  });

  test('a half that also speaks of 城乡 gives no side', () => {
    const r = run('城乡低保工作扎实推进,城市低保标准提高到260元,新增低保人数5200人;农村低保标准提高到190元。', '全年', 2014);
    expect(facts(r.records).filter((x) => x[0] === 'dibao_new_persons')).toEqual([['dibao_new_persons', '', 5200, '人', '全年']]);
  });
});

describe('入冬以来 in a text of a known period', () => {
  const { run, facts, reasonOf } = styleKit('某市');
  test('a winter campaign’s running total is held as partial, not the year’s', () => {
    const r = run('入冬以来,市救助站共救助流浪乞讨人员96人次。全年共救助流浪乞讨人员410人次。', '全年', 2014);
    expect(facts(r.records)).toEqual([['vagrant_assist_times', '', 410, '人次', '全年']]);
    expect(reasonOf(r, 96)).toEqual(['partial']);
  });
});

describe('sides listed after a standard’s name before 分别', () => {
  const { run, facts } = styleKit('某市');
  test('低保标准城市和农村分别提高到A元、B元 gives each side its standard, not A as the whole', () => {
    const r = run('今年低保标准城市和农村分别提高到640元、470元。', '全年', 2019);
    expect(facts(r.records)).toEqual([
      ['dibao_std_urban', '', 640, '元/人·月', '全年'],
      ['dibao_std_rural', '', 470, '元/人·月', '全年'],
    ]);
  });
});
