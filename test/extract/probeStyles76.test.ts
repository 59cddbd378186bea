// Frames met on held-out texts about one township or one community, with short texts written for these tests in our own
// words and numbers.
import { catalogue, styleKit } from './styleKit';
import { extractRecords } from '../../src/core/extract/extract';
import { loadTownships } from '../../src/core/catalogue/townships';

let townships: readonly string[] = [];
beforeAll(async () => {
  townships = await loadTownships();
});
const run = (text: string, region?: string) => extractRecords(text, { region, year: 2023, period: '全年', source: 't.txt', catalogue, townships });
const facts = (text: string, region?: string) => run(text, region).records.map((r) => [r.indicatorId, r.breakdown, r.value, r.unit]);

describe('a text whose lead names one township as its subject is the township\'s', () => {
  const item = '今年以来,平阴县孔村镇以民生实事为抓手,持续办好惠民实事。\n2023年累计发放低保金320万元、特困人员救助供养金96.5万元,新增农村低保对象14户23人。\n孔村镇还加强了信访接待工作。';

  test('the county given: every figure held as the township\'s', () => {
    const r = run(item, '平阴县');
    expect(r.records).toEqual([]);
    expect(r.candidates.filter((c) => c.value === 320).map((c) => [c.reason, c.message])).toEqual([['sub_region', expect.stringContaining('孔村镇')]]);
  });

  test('the county inferred: held likewise', () => {
    const r = run(item);
    expect(r.records).toEqual([]);
    expect(r.candidates.find((c) => c.value === 23)?.reason).toBe('sub_region');
  });

  test('a county text naming a township once is still the county\'s', () => {
    expect(facts('今年以来,平阴县全县累计发放低保金3200万元。孔村镇新建了一处养老服务站。', '平阴县')).toContainEqual(['dibao_funds', '', 3200, '万元']);
  });

  test('a lead opening with the county, not the township, stays the county\'s', () => {
    expect(facts('今年以来,平阴县在孔村镇召开现场会。\n2023年累计发放低保金3200万元。孔村镇经验得到推广。', '平阴县')).toContainEqual(['dibao_funds', '', 3200, '万元']);
  });
});

describe('a community\'s text is the community\'s', () => {
  test('a 社区居委会 plan: the current caseload is held', () => {
    const r = run('居委会工作计划\n某某社区居委会2024年民政工作计划\n一、基本情况\n辖区现有低保家庭27户49人,现有特困人员9人(集中供养2人,分散供养7人)。', '历下区');
    expect(r.records).toEqual([]);
    expect(r.candidates.find((c) => c.value === 49)?.reason).toBe('sub_region');
  });

  test('a text speaking as 本社区, no region given', () => {
    const r = run('本社区坚持应保尽保。全社区各项工作有序推进。\n现有低保家庭27户49人,特困人员9人。');
    expect(r.records).toEqual([]);
  });

  test('a district text on community work stays the district\'s', () => {
    expect(facts('2023年全区城乡社区治理工作总结\n全区现有低保对象4210人。', '历下区')).toContainEqual(['dibao_persons', '', 4210, '人']);
  });
});

describe('a count of townships is not a count of homes', () => {
  test('全县21个乡镇仅有敬老院6所: 21 no record', () => {
    const recs = facts('截至目前,山东平阴全县21个乡镇仅有敬老院6所,集中供养五保对象不足150人。', '平阴县');
    expect(recs.filter((x) => x[2] === 21)).toEqual([]);
  });

  test('21个乡镇敬老院 still counts the homes (held as one kind)', () => {
    expect(run('全县现有21个乡镇敬老院。', '平阴县').candidates.find((c) => c.value === 21)?.indicatorId).toBe('elder_institutions');
  });
});
