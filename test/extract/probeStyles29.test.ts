// Frames probed in a twenty-ninth round on prose: a template's placeholder before a number, a standard named as the
// one of its time, 纳入低保救助的困难家庭 with its urban/rural split in brackets, 五保 persons by supply mode after 其中
// and 平均补差 as the average top-up. Texts written for these tests in our own words and numbers.
import { styleKit } from './styleKit';

const district = styleKit('丰台区');
const city = styleKit('济南市');
const ids = (kit: ReturnType<typeof styleKit>, text: string, period = '全年') => kit.run(text, period).records.map((r) => [r.indicatorId, r.breakdown, r.value, r.unit]);

describe('a placeholder before the point makes the figure unknown', () => {
  test('发放物价补贴X.35万元 / XX.6万元 / ×.4万元: no record, a malformed candidate', () => {
    for (const text of ['区里启动联动机制,发放物价补贴X.35万元。', '区里启动联动机制,发放物价补贴XX.6万元。', '区里启动联动机制,发放物价补贴×.4万元。']) {
      const r = district.run(text);
      expect(r.records).toEqual([]);
      expect(r.candidates.map((c) => [c.reason, c.value])).toEqual([['malformed', null]]);
    }
  });

  test('the same payment with its figure written out is still filed', () => {
    expect(ids(district, '区里启动联动机制,发放物价补贴31.35万元。')).toEqual([['price_subsidy_funds', '', 31.35, '万元']]);
  });
});
