// Styles met in a thirtieth set of published texts (a city's reply to a deputy on 高龄津贴, a province's press
// conference, yearly relief summaries, monthly disclosures). Fixtures are written for these tests in our own words
// and numbers.
import { styleKit } from './styleKit';

describe('one fund level\'s share named with 共/累计 before the verb (市级共补助…) is a part', () => {
  const { run, facts, reasonOf } = styleKit('某市');

  test('省级补助高龄津贴A万元,市级共补助高龄津贴B万元: neither is the city\'s 高龄津贴 money', () => {
    const r = run('今年省级补助高龄津贴820万元,市级共补助高龄津贴415万元。');
    expect(facts(r.records)).toEqual([]);
    expect(reasonOf(r, 415)).toEqual(['subset']);
  });

  test('县级累计配套低保资金A万元 likewise', () => {
    const r = run('县级累计配套低保资金366.5万元。');
    expect(facts(r.records)).toEqual([]);
    expect(reasonOf(r, 366.5)).toEqual(['subset']);
  });

  test('全市共发放高龄津贴A万元 stays the city\'s money', () => {
    const r = run('全市共发放高龄津贴1288万元。');
    expect(facts(r.records)).toEqual([['elder_age_allowance_funds', '', 1288, '万元', '全年']]);
  });
});
