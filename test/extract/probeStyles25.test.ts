// Frames probed in a twenty-fifth round on prose: a programme's people counted among another population, 临时救助
// given to a named group after 给予, a standard stated 人均月, and new beds stated twice for two projects.
// Texts written for these tests in our own words and numbers.
import { styleKit } from './styleKit';

const city = styleKit('鄂州市');
const ids = (kit: ReturnType<typeof styleKit>, text: string, period = '全年') => kit.run(text, period).records.map((r) => [r.indicatorId, r.breakdown, r.value, r.unit]);

describe('a standard stated 人均月 after the side\'s people', () => {
  test('城市低保对象A户B人,保障标准为人均月C元,农村低保对象…,保障标准为人均月D元: each side\'s standard', () => {
    expect(ids(city, '目前,全市共有城市低保对象1810户3390人,保障标准为人均月268元,农村低保对象6240户9870人,保障标准为人均月126元。')).toEqual([
      ['dibao_households', '城市', 1810, '户'],
      ['dibao_persons', '城市', 3390, '人'],
      ['dibao_std_urban', '', 268, '元/人·月'],
      ['dibao_households', '农村', 6240, '户'],
      ['dibao_persons', '农村', 9870, '人'],
      ['dibao_std_rural', '', 126, '元/人·月'],
    ]);
  });

  test('人均月补助A元 stays no standard', () => {
    expect(ids(city, '全市城市低保对象1810户,人均月补助268元。')).toEqual([['dibao_households', '城市', 1810, '户']]);
  });
});

