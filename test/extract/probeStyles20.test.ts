// Frames probed in a twentieth round on prose: supply modes in brackets, exits and adjustments, area tiers beside
// the sides, and groups a payment was made to. Texts written for these tests in our own words and numbers.
import { styleKit } from './styleKit';

const county = styleKit('平阴县');
const city = styleKit('济南市');
const ids = (kit: ReturnType<typeof styleKit>, text: string, period = '全年') => kit.run(text, period).records.map((r) => [r.indicatorId, r.breakdown, r.value, r.unit]);

describe('a supply mode in brackets after the persons lists their parts', () => {
  test('特困人员A人(集中供养B人,分散供养C人)', () => {
    expect(ids(county, '全县特困人员1870人(集中供养540人,分散供养1330人)。')).toEqual([
      ['tekun_persons', '', 1870, '人'],
      ['tekun_persons', '集中供养', 540, '人'],
      ['tekun_persons', '分散供养', 1330, '人'],
    ]);
  });

  test('one mode in brackets, with or without 含', () => {
    for (const t of ['全县特困人员1870人(集中供养540人)。', '全县特困人员1870人(含集中供养540人)。']) {
      expect(ids(county, t)).toEqual([
        ['tekun_persons', '', 1870, '人'],
        ['tekun_persons', '集中供养', 540, '人'],
      ]);
    }
  });

  test('a mode stated after the persons, outside brackets, is still their split', () => {
    expect(ids(county, '全县有375名特困人员在敬老院集中供养。')).toEqual([['tekun_persons', '集中供养', 375, '人']]);
  });
});

describe('those who left or were adjusted are not the roll', () => {
  test('对…A户B人停止发放低保金: the exit verb between the count and the programme', () => {
    expect(ids(county, '对收入超标的264户471人停止发放低保金。')).toEqual([
      ['dibao_exit_households', '', 264, '户'],
      ['dibao_exit_persons', '', 471, '人'],
    ]);
  });

  test('调整/调减低保对象A户 is a change, held', () => {
    for (const t of ['全年调整低保对象1640户,其中新增590户,退出1050户。', '全年调减低保对象390户。']) {
      const r = county.run(t);
      expect(r.records).toEqual([]);
    }
    expect(county.reasonOf(county.run('全年调减低保对象390户。'), 390)).toEqual(['change']);
  });

  test('调整后 and a payment to the roll stay the roll', () => {
    expect(ids(county, '调整后全县低保对象7420人。')).toEqual([['dibao_persons', '', 7420, '人']]);
    expect(ids(county, '为1180户2260人发放城市低保金。')).toEqual([
      ['dibao_households', '城市', 1180, '户'],
      ['dibao_persons', '城市', 2260, '人'],
    ]);
  });
});

describe('城区 beside another area tier is an area, not the urban side', () => {
  test('低保对象城区A人、县区B人,合计C人: both tiers held, neither the urban side', () => {
    const r = city.run('全市低保对象城区3950人、县区8120人,合计12070人。');
    expect(r.records).toEqual([]);
    expect(city.reasonOf(r, 3950)).toEqual(['sub_region']);
    expect(city.reasonOf(r, 8120)).toEqual(['sub_region']);
  });

  test('主城区A人、乡镇B人 / 城区特困人员A人,乡镇特困人员B人', () => {
    expect(ids(county, '全县低保对象主城区1960人、乡镇6310人。')).toEqual([]);
    expect(ids(county, '全县城区特困人员230人,乡镇特困人员1490人。')).toEqual([]);
    expect(ids(county, '全县各乡镇共有特困人员1490人,城区特困人员230人。')).toEqual([]);
  });

  test('城区 beside 农村 keeps the sides; a union of tiers or townships alone is not a part', () => {
    expect(ids(county, '全县城市低保对象1960人,农村低保对象6310人。')).toEqual([
      ['dibao_persons', '城市', 1960, '人'],
      ['dibao_persons', '农村', 6310, '人'],
    ]);
    expect(ids(county, '全县各乡镇共有农村低保对象6310人。')).toEqual([['dibao_persons', '农村', 6310, '人']]);
  });
});

describe('临时救助 given to one kind of group is a part', () => {
  test('向非本地户籍人员 / 为外来务工人员 / 对低保对象 / 为困难学生', () => {
    for (const [t, v] of [
      ['全年向非本地户籍人员实施临时救助135人次。', 135],
      ['为外来务工人员实施临时救助52人次,发放救助金7.4万元。', 52],
      ['全年对低保对象实施临时救助1040人次。', 1040],
      ['全年为困难学生发放临时救助金41万元。', 41],
    ] as [string, number][]) {
      const r = county.run(t);
      expect(r.records).toEqual([]);
      expect(county.reasonOf(r, v)).toEqual(['subset']);
    }
    expect(county.reasonOf(county.run('为外来务工人员实施临时救助52人次,发放救助金7.4万元。'), 7.4)).toEqual(['subset']);
  });

  test('困难群众, a list closed by 等, and a total stated after the group stay the programme\'s', () => {
    expect(ids(county, '全年对困难群众实施临时救助2470人次。')).toEqual([['temp_assist_times', '', 2470, '人次']]);
    expect(ids(county, '全年对低保、特困等困难群众实施临时救助2470人次。')).toEqual([['temp_assist_times', '', 2470, '人次']]);
    expect(ids(county, '对低保对象实施临时救助1040人次;全年共实施临时救助2470人次。')).toEqual([['temp_assist_times', '', 2470, '人次']]);
  });
});

describe('the country\'s minimum named with a word inside (最低养育标准) is a floor', () => {
  test('国家规定的孤儿基本生活费最低养育标准为集中养育A元、散居B元', () => {
    const r = city.run('国家规定的孤儿基本生活费最低养育标准为集中养育每人每月1000元、散居每人每月600元。');
    expect(r.records).toEqual([]);
    expect(city.reasons(r)).toEqual([[1000, 'floor'], [600, 'floor']]);
  });

  test('the city\'s own standard, and 最低生活保障标准, stay records', () => {
    expect(ids(city, '我市孤儿最低养育标准为集中养育每人每月1850元。')).toEqual([['orphan_std', '机构养育', 1850, '元/人·月']]);
    expect(ids(city, '按照国家规定,我市城市最低生活保障标准为每人每月960元。')).toEqual([['dibao_std_urban', '', 960, '元/人·月']]);
  });
});

describe('those reached by a payment of its own are not the roll', () => {
  test('发放价格临时补贴/取暖补贴A万元,惠及低保对象/特困人员B人', () => {
    const r = county.run('全年发放价格临时补贴470万元,惠及低保对象1.9万人。');
    expect(county.facts(r.records)).toEqual([['price_subsidy_funds', '', 470, '万元', '全年']]);
    expect(county.reasonOf(r, 1.9)).toEqual(['scope']);
    expect(county.reasonOf(county.run('全年发放取暖补贴172万元,惠及特困人员1640人。'), 1640)).toEqual(['scope']);
  });

  test('those reached by the programme\'s own money stay its roll', () => {
    expect(ids(county, '全县发放低保金2080万元,惠及低保对象8350人。')).toEqual([
      ['dibao_funds', '', 2080, '万元'],
      ['dibao_persons', '', 8350, '人'],
    ]);
  });
});

describe('an average paid per person is not the standard', () => {
  test('发放生活补贴,月人均补贴A元', () => {
    const r = county.run('全年为3150名困难残疾人发放生活补贴,月人均补贴85元。');
    expect(county.facts(r.records)).toEqual([['disab_living_persons', '', 3150, '人', '全年']]);
    expect(county.reasonOf(r, 85)).toEqual(['no_indicator']);
  });

  test('每人每月 after the subsidy, and a standard stated as 月人均, stay standards', () => {
    expect(ids(county, '全年为3150名困难残疾人发放生活补贴,每人每月85元。')).toEqual([
      ['disab_living_persons', '', 3150, '人'],
      ['disab_living_std', '', 85, '元/人·月'],
    ]);
    expect(ids(county, '城市低保标准为月人均870元。')).toEqual([['dibao_std_urban', '', 870, '元/人·月']]);
  });
});

describe('a 城区 standard beside another side or tier is not the unified standard', () => {
  test('全市城区低保标准A元,农村低保标准B元: the urban area\'s is held, the rural side\'s filed', () => {
    const r = city.run('全市城区低保标准每人每月940元,农村低保标准每人每年8900元。');
    expect(city.facts(r.records)).toEqual([['dibao_std_rural', '', 8900, '元/人·年', '全年']]);
    expect(city.reasonOf(r, 940)).toEqual(['ambiguous_breakdown']);
  });

  test('城区A元,乡镇B元: neither tier is the whole', () => {
    const r = county.run('全县城区低保标准每人每月850元,乡镇每人每月690元。');
    expect(r.records).toEqual([]);
    expect(county.reasons(r)).toEqual([[850, 'area_group'], [690, 'area_group']]);
  });

  test('a unified standard said to hold in 城区 and 农村 alike stays the whole\'s', () => {
    expect(ids(county, '全县城乡低保标准统一为每人每月770元,城区和农村一致。')).toEqual([['dibao_std', '', 770, '元/人·月']]);
  });
});
