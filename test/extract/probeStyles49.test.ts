// The year of a text: a schedule's date (…于2019年6月底竣工) is not the time of the text's figures; a year before the
// area's own name (2014年,某市全年…) and a government report's review (在回顾2021年工作时) are. Fixtures are written for
// these tests in our own words and numbers. Also: a subsidy paid to a programme's people (为低保对象A人发放生活补贴B万元) is
// neither the programme's money nor its count.
import { loadTownships } from '../../src/core/catalogue/townships';
import { inferContext } from '../../src/core/extract/context';
import { catalogue, styleKit } from './styleKit';

let towns: readonly string[];
beforeAll(async () => {
  towns = await loadTownships();
});
const infer = (text: string, regionKnown = false) => inferContext(text, catalogue, towns, regionKnown);

describe("a schedule date is not the text's year", () => {
  const summary = '今年以来,我局围绕中心工作,扎实推进各项民政业务。\n今年全区在册低保户共612户1033人,共发放低保金845.2万元。区福利院老年楼工程于10月下旬主体封顶,于2027年5月底竣工投入使用。';

  test('the only year named is when a building is to be finished: no year inferred', () => {
    expect(infer(summary, true).year).toBeUndefined();
  });

  test('the same year written as the time of figures (2026年1-10月) is still read', () => {
    const t = summary.replace('今年全区在册低保户', '2026年1-10月,全区在册低保户').replace('2027年5月底', '2026年12月底');
    expect(infer(t, true).year?.value).toBe(2026);
  });
});

describe("the year before the area's own name", () => {
  test('2014年,宁安市全年… in a text naming no other year', () => {
    const t = '讯 宁安市持续推进民生工程,把财力用在群众最需要的地方。2014年,宁安市全年民生支出9.3亿元,城乡低保对象6120人。';
    const c = infer(t);
    expect(c.region?.name).toBe('宁安市');
    expect(c.year?.value).toBe(2014);
  });

  test('a plan after it (2014年,宁安市将…): no year from it', () => {
    const t = '讯 宁安市持续推进民生工程,把财力用在群众最需要的地方。2014年,宁安市将新增养老床位300张。';
    expect(infer(t).year).toBeUndefined();
  });
});

describe('a government report reviewing a year', () => {
  test('在回顾2021年工作时… gives 2021', () => {
    const t = '记者报道:省人民代表大会今天上午开幕,省长作政府工作报告。在回顾2021年工作时,省长说,全省新增养老床位3100张。';
    expect(infer(t, true).year?.value).toBe(2021);
  });
});

describe('a subsidy paid to a programme\'s people', () => {
  const { run, facts, reasonOf } = styleKit('宁安市');

  test('为低保对象A人发放生活补贴B万元: both held, neither 低保 persons nor 低保资金', () => {
    const r = run('今年,市民政局为低保对象1460人发放生活补贴43.8万元。');
    expect(facts(r.records)).toEqual([]);
    expect(reasonOf(r, 1460)).toEqual(['action']);
    expect(reasonOf(r, 43.8)).toEqual(['scope']);
  });

  test("the programme's own money paid (发放低保金) stays a record", () => {
    const r = run('全市为低保对象1460人发放低保金438万元。');
    expect(facts(r.records)).toEqual([
      ['dibao_persons', '', 1460, '人', '全年'],
      ['dibao_funds', '', 438, '万元', '全年'],
    ]);
  });

  test("the subsidy's own persons (为低保困难残疾人A人,发放生活补贴) stay its record", () => {
    const r = run('落实困难残疾人生活补贴制度,为低保困难残疾人2310人,发放生活补贴138.6万元。');
    expect(facts(r.records).map((x) => x[0])).toContain('disab_living_persons');
  });
});
