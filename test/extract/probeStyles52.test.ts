// A news item on a province's 政府工作报告: the province's own congress (某省第十四届人民代表大会) is not a prize title,
// the capital named as a dateline and a venue does not make the text the capital's, and the year the report reviews
// (报告指出,2025年,…) is the text's. Fixtures are written for these tests in our own words and numbers.
import { loadTownships } from '../../src/core/catalogue/townships';
import { inferContext } from '../../src/core/extract/context';
import { catalogue } from './styleKit';

let towns: readonly string[];
beforeAll(async () => {
  towns = await loadTownships();
});
const infer = (text: string, regionKnown = false) => inferContext(text, catalogue, towns, regionKnown);

const news = [
  '黑龙江:民生实事全部兑现',
  '2026年01月20日10:05 | 来源:某网',
  '某网哈尔滨1月20日电 (记者某某)1月20日上午,黑龙江省第十四届人民代表大会第四次会议在哈尔滨开幕,省长作政府工作报告。',
  '报告指出,2025年,黑龙江省民生保障持续加强。新建社区老年食堂180个。全省地级以上城市空气优良天数比例91.2%。',
  '哈尔滨某职业学院获批;哈尔滨某中学学生获全国奖项。',
].join('\n');

describe("a province's 政府工作报告 reported from its capital", () => {
  test('the province, named and spoken as (全省), not the capital named as dateline, venue and school', () => {
    const c = infer(news);
    expect(c.region?.name).toBe('黑龙江省');
    expect(c.region?.basis).toContain('黑龙江省');
  });

  test('the year the report reviews (报告指出,2025年,), not the page date', () => {
    expect(infer(news).year?.value).toBe(2025);
  });

  test('a plan (报告指出,2026年,全省将…) is not read as the reviewed year', () => {
    const t = news.replace('报告指出,2025年,黑龙江省民生保障持续加强。', '报告指出,2026年,全省将新增养老床位3000张。');
    expect(infer(t).year?.basis ?? '').not.toContain('报告指出');
  });

  test('the same city news speaking as 市 (全市) stays the city', () => {
    const t = news.replace(/全省/g, '全市').replace(/黑龙江省第十四届人民代表大会第四次会议/, '哈尔滨市第十六届人民代表大会第五次会议').replace(/省长/, '市长');
    expect(infer(t).region?.name).toBe('哈尔滨市');
  });

  test('a province in a prize title (荣获某省第十届…奖) still does not count', () => {
    const t = '某县文化馆\n本馆创作的小品荣获黑龙江省第十届“群星奖”。全县新建农家书屋12个。';
    expect(infer(t).region?.name).not.toBe('黑龙江省');
  });
});
