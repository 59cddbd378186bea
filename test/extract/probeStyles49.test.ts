// The year of a text: a schedule's date (…于2019年6月底竣工) is not the time of the text's figures; a year before the
// area's own name (2014年,某市全年…) and a government report's review (在回顾2021年工作时) are. Fixtures are written for
// these tests in our own words and numbers.
import { loadTownships } from '../../src/core/catalogue/townships';
import { inferContext } from '../../src/core/extract/context';
import { catalogue } from './styleKit';

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
