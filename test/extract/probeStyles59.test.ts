// Frames met on held-out corpora (c61-c63) that filed wrong figures, with short texts written for these tests in our
// own words and numbers.
import { styleKit } from './styleKit';

describe('新增纳入 before a value whose name is in a clause before: an intake, not the stock', () => {
  const { run, facts, reasonOf } = styleKit('天津市');
  const text = '会议指出,全市加强低收入人口认定、低收入人口动态监测等工作,修订临时救助办法,全年新增纳入保障对象8120名,支出社会救助资金12.5亿元。';

  test('the newcomers are held, the money is filed', () => {
    const r = run(text, '全年', 2024);
    expect(facts(r.records)).toEqual([['assist_funds', '', 12.5, '亿元', '全年']]);
    expect(reasonOf(r, 8120)).toEqual(['new_vs_stock']);
  });

  test('the stock named in its own clause stays filed', () => {
    const r = run('全市低收入人口动态监测对象共8120名,支出社会救助资金12.5亿元。', '全年', 2024);
    expect(facts(r.records)).toContainEqual(['low_income_persons', '', 8120, '人', '全年']);
  });
});

