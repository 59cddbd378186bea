// Standards and levels of held-out reports (c61, c63), with short texts written for these tests in our own words and numbers.
import { styleKit } from './styleKit';

const { run, facts } = styleKit('历下区');
const recs = (text: string, period = '全年') => facts(run(text, period).records);
describe('a PDF line break inside a standard\'s name', () => {
  // (lines of uneven width, so the break is no column wrap: the name across it is rejoined)
  const text = '三是做好孤儿保障。将散居和集中养育孤儿基本生活保障标\n准分别提高至 1240 元/月和1710 元/月,1-10 月份,累计救\n助孤儿和事实无人抚养儿童 97 人128.4 万元。\n';

  test('散居和集中养育孤儿基本生活保障标\\n准分别提高至A元/月和B元/月', () => {
    const r = recs(text, '1-10月');
    expect(r).toContainEqual(['orphan_std', '社会散居', 1240, '元/人·月', '1-10月']);
    expect(r).toContainEqual(['orphan_std', '机构养育', 1710, '元/人·月', '1-10月']);
  });
});
describe('the period word fused before 保障标准', () => {
  test('年保障标准由去年的A元增加到B元 is per year, 月保障标准 per month', () => {
    const r = recs('全区城镇低保月保障标准由去年的290元增加到320元;农村低保年保障标准由去年的1720元增加到1960元。');
    expect(r).toContainEqual(['dibao_std_urban', '', 320, '元/人·月', '全年']);
    expect(r).toContainEqual(['dibao_std_rural', '', 1960, '元/人·年', '全年']);
  });
});
