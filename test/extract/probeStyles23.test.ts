// Frames probed in a twenty-third round on prose: the classes of 分类施保, residents' marriages beside the foreign
// ones, a province's floors, supply modes under a heading, area tiers of one standard and exits named by 取消…资格.
// Texts written for these tests in our own words and numbers.
import { styleKit } from './styleKit';

const county = styleKit('平阴县');
const city = styleKit('济南市');
const province = styleKit('山东省');
const ids = (kit: ReturnType<typeof styleKit>, text: string, period = '全年') => kit.run(text, period).records.map((r) => [r.indicatorId, r.breakdown, r.value, r.unit]);

describe('the classes of 分类施保 are payment levels, not the standard', () => {
  test('在补助标准上分为三个类别,一类A元/年/人、二类B…: every class held, none filed, no conflict between them', () => {
    const r = county.run('农村低保实行分类施保,在补助标准上分为三个类别,一类1020元/年/人、二类720元/年/人、三类510元/年/人,平均每人每年保障金不低于700元。');
    expect(r.records).toEqual([]);
    for (const v of [1020, 720, 510]) expect(county.reasonOf(r, v)).toEqual(['no_indicator']);
  });

  test('A类/B类/C类 each with its own rate, and 分为三类:一类每人每年A元', () => {
    expect(ids(county, '农村低保实行分类施保,A类每人每月210元,B类每人每月180元,C类每人每月150元。')).toEqual([]);
    expect(ids(county, '全县农村低保补助标准分为三类:一类每人每年1200元,二类每人每年900元,三类每人每年600元。')).toEqual([]);
  });

  test('a class of areas (一类地区) still names an area group; a plain standard is still filed', () => {
    expect(ids(city, '全市城市低保标准一类地区每人每月800元,二类地区每人每月720元。')).toEqual([
      ['dibao_std_urban', '一类地区', 800, '元/人·月'],
      ['dibao_std_urban', '二类地区', 720, '元/人·月'],
    ]);
    expect(ids(county, '全县农村低保标准为每人每年6300元。')).toEqual([['dibao_std_rural', '', 6300, '元/人·年']]);
  });
});

describe('residents\' marriages beside the foreign ones', () => {
  test('内地居民婚姻登记A对,其中结婚登记B对,离婚登记C对;办理涉外、港澳台、华侨婚姻登记D对,其中…: all parts, held', () => {
    const r = city.run('全市共办理内地居民婚姻登记6120对,其中结婚登记4310对,离婚登记1810对;办理涉外、港澳台、华侨婚姻登记54对,其中结婚登记47对,离婚登记7对。');
    expect(r.records).toEqual([]);
    for (const v of [4310, 1810, 47, 7]) expect(city.reasonOf(r, v)).toEqual(['subset']);
  });

  test('the same without the foreign ones, or the area\'s own totals, are filed', () => {
    expect(ids(city, '全市共办理内地居民婚姻登记6120对,其中结婚登记4310对,离婚登记1810对。')).toEqual([
      ['marriage_reg', '', 4310, '对'],
      ['divorce_reg', '', 1810, '对'],
    ]);
    expect(ids(city, '全市共办理结婚登记4357对,离婚登记1817对。')).toEqual([
      ['marriage_reg', '', 4357, '对'],
      ['divorce_reg', '', 1817, '对'],
    ]);
  });
});

describe('a province\'s floors for its cities and counties', () => {
  test('全省城市低保标准每人每月不低于A元,农村…每人每年不低于B元: floors, not the province\'s standards', () => {
    const r = province.run('全省城市居民最低生活保障标准每人每月不低于520元,农村居民最低生活保障标准每人每年不低于4100元。');
    expect(r.records).toEqual([]);
    expect(province.reasonOf(r, 520)).toEqual(['floor']);
    expect(province.reasonOf(r, 4100)).toEqual(['floor']);
  });

  test('the province\'s average and a county\'s 不低于 are still filed', () => {
    expect(ids(province, '全省城市低保平均标准为每人每月845元。')).toEqual([['dibao_std_urban', '', 845, '元/人·月']]);
    expect(county.run('全县城市低保标准每人每月不低于760元。').records.map((x) => [x.indicatorId, x.value, x.qualifier])).toEqual([['dibao_std_urban', 760, '不低于']]);
  });
});
