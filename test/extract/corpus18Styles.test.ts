// Styles met in an eighteenth corpus of published texts (民政局 work summaries with their review and plan
// headings, monthly assistance notices, news of a year's civil-affairs work). Fixtures are written for these
// tests in our own words and numbers.
import { catalogue, styleKit } from './styleKit';

const { run, facts, reasonOf } = styleKit('某市');

describe('a heading that reviews the year is not the plan', () => {
  const text = [
    '某市民政局2023年工作总结和2024年工作安排',
    '一、2023年重点工作情况',
    '(一)兜底保障。截至目前,全市共发放临时救助资金1234.5万元。',
    '二、2024年重点工作',
    '(一)全年拟发放临时救助资金1500万元。',
  ].join('\n');

  test('一、2023年重点工作情况: the figures under it are the year’s; those under 二、2024年重点工作 are the plan', () => {
    const r = run(text);
    expect(facts(r.records)).toEqual([['temp_assist_funds', '', 1234.5, '万元', '全年']]);
    expect(reasonOf(r, 1500)).toEqual(['plan']);
  });

  test('重点工作完成情况 is a review too', () => {
    const r = run('二、重点工作完成情况\n全年共发放临时救助资金988.6万元。');
    expect(facts(r.records)).toEqual([['temp_assist_funds', '', 988.6, '万元', '全年']]);
  });

  test('a heading of 重点工作 alone still opens the plan', () => {
    const r = run('三、2024年重点工作\n全年发放临时救助资金1600万元。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 1600)).toEqual(['plan']);
  });
});

void catalogue;
