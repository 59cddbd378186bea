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

describe('supply modes under a heading on 五保/特困', () => {
  test('三、五保供养工作。全县集中供养A人,分散供养B人: the persons of each mode', () => {
    expect(ids(county, '3、五保供养工作。全县集中供养210人,分散供养930人。')).toEqual([
      ['tekun_persons', '集中供养', 210, '人'],
      ['tekun_persons', '分散供养', 930, '人'],
    ]);
  });

  test('after the institutions of every kind, 集中供养A人;分散供养B人 across a semicolon', () => {
    expect(ids(county, '三、特困供养。全县共有社会福利机构7处,其中福利院1处、敬老院4处、五保之家2处,集中供养150人;分散供养820人。')).toEqual([
      ['tekun_persons', '集中供养', 150, '人'],
      ['tekun_persons', '分散供养', 820, '人'],
    ]);
  });

  test('a side named before the modes, or a heading on another programme, keeps them held', () => {
    expect(ids(county, '三、特困供养。全县农村集中供养210人,分散供养930人。')).toEqual([]);
    expect(ids(county, '三、低保工作。全县集中供养210人,分散供养930人。')).toEqual([]);
  });
});

describe('area tiers of one standard across semicolons', () => {
  const benxi = styleKit('本溪市');
  test('各区…由每人每月A元提高到B元;两县政府所在镇由C元提高到D元;两县其他乡镇由E元提高到F元: each tier its own, old values never', () => {
    const r = benxi.run('(一)提高城市低保标准。我市各区城市低保标准由每人每月400元提高到450元;两县政府所在镇由350元提高到390元;两县其他乡镇由320元提高到360元。');
    expect(r.records.map((x) => [x.indicatorId, x.breakdown, x.value, x.unit])).toEqual([
      ['dibao_std_urban', '各区', 450, '元/人·月'],
      ['dibao_std_urban', '两县政府所在镇', 390, '元/人·月'],
      ['dibao_std_urban', '两县其他乡镇', 360, '元/人·月'],
    ]);
    for (const v of [400, 350, 320]) expect(r.records.some((x) => x.value === v)).toBe(false);
  });

  test('a bare 元 tier carries the per-person period of the clause before (yearly: never filed as monthly)', () => {
    for (const [t, v] of [['我市各区农村低保标准由每人每年2460元提高到2900元;两县由2340元提高到2700元。', 2700], ['我市各区农村低保标准由每人每年2460元提高到2900元;两县由1740元提高到1900元。', 1900]] as [string, number][]) {
      expect(benxi.run(t).records.map((x) => [x.breakdown, x.value, x.unit])).toEqual([['各区', 2900, '元/人·年'], ['两县', v, '元/人·年']]);
    }
    const r = benxi.run('我市各区农村低保标准由每人每年2460元提高到2900元;两县政府所在镇由1740元提高到1900元;两县其他乡镇由1500元提高到1700元。');
    expect(r.records.map((x) => [x.breakdown, x.value, x.unit])).toEqual([['各区', 2900, '元/人·年'], ['两县政府所在镇', 1900, '元/人·年'], ['两县其他乡镇', 1700, '元/人·年']]);
  });

  test('a tier stated by the month after a yearly one is held', () => {
    const r = benxi.run('我市各区农村低保标准由每人每年2460元提高到2900元;两县由每人每年2340元提高到2700元;两县政府所在镇由每人每月300元提高到330元。');
    expect(r.records.some((x) => x.value === 330)).toBe(false);
  });

  test('one township named by where someone lives is still a township', () => {
    expect(county.reasonOf(county.run('他所在镇共有低保对象310户。'), 310)).toEqual(['sub_region']);
  });
});

describe('a sum paid per person with no period', () => {
  const yq = styleKit('阳泉市');
  test('90至94周岁的老年人每人发放A元 (no 每月/每年): not filed as a monthly standard', () => {
    const r = yq.run('高龄津贴发放标准分为3类,90至94周岁的老年人每人发放700元;95至99周岁的老年人每人发放1100元。');
    expect(r.records).toEqual([]);
    expect(yq.reasonOf(r, 700)).toEqual(['unit_period']);
  });

  test('with 每人每月 it is still the band\'s standard', () => {
    expect(ids(yq, '90至94周岁的老年人高龄津贴标准为每人每月100元。')).toEqual([['elder_age_allowance_std', '90-94岁', 100, '元/人·月']]);
  });
});

describe('exits, levels and waivers named in longer words', () => {
  test('取消低保资格A户B人: the exits of the year', () => {
    expect(ids(county, '全年取消低保资格136户241人。')).toEqual([
      ['dibao_exit_households', '', 136, '户'],
      ['dibao_exit_persons', '', 241, '人'],
    ]);
  });

  test('低保对象月人均救助水平为每人每月A元: the average paid, as its short form', () => {
    expect(ids(county, '全县低保对象月人均救助水平为每人每月412元。')).toEqual([['dibao_avg_subsidy', '', 412, '元/人·月']]);
  });

  test('为A名逝者减免基本殡葬费用(共计B万元): the waiver\'s persons and money', () => {
    expect(ids(county, '全年为1320名逝者减免基本殡葬费用。')).toEqual([['funeral_waiver_persons', '', 1320, '人']]);
    expect(ids(county, '全年为1320名逝者减免基本殡葬费用共计190万元。')).toEqual([
      ['funeral_waiver_persons', '', 1320, '人'],
      ['funeral_waiver_funds', '', 190, '万元'],
    ]);
  });
});
