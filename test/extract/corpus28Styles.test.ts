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
