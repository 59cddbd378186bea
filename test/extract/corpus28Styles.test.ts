// Styles met in a twenty-eighth set of published texts (提标 notices and news of cities and provinces, a 两项补贴 公示,
// a 高龄津贴 reply, a monthly relief brief with its table, a regional relief news item). Fixtures are written for these
// tests in our own words and numbers.
import { styleKit } from './styleKit';

describe('人(次) is 人次', () => {
  const { run, facts } = styleKit('某区');

  test('救助流浪乞讨人员A人(次),其中…B人(次): the whole is the 人次 count, the part no other indicator', () => {
    const r = run('全区累计救助流浪乞讨人员2314人(次),其中救助区外1720人(次)、未成年人188人(次)。');
    expect(facts(r.records)).toEqual([['vagrant_assist_times', '', 2314, '人次', '全年']]);
  });
});

describe('money a province raised and handed down is no spending', () => {
  const { run, facts, reasonOf } = styleKit('某省');

  test('省财政已筹措下达困难群众救助补助资金A亿元', () => {
    const r = run('据省财政厅消息,今年省财政已筹措下达困难群众救助补助资金58.31亿元。');
    expect(facts(r.records)).toEqual([]);
    expect(reasonOf(r, 58.31)).toEqual(['scope']);
  });

  test('the province\'s own spending stays a record', () => {
    const r = run('今年全省共支出困难群众救助资金58.31亿元。');
    expect(facts(r.records)).toEqual([['assist_funds', '', 58.31, '亿元', '全年']]);
  });
});
