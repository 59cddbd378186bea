// Frames probed in a twenty-seventh round on bulletins and notices: ratios per thousand in lists, standards that take
// effect after the report's period, and the counts beside them.
// Texts written for these tests in our own words and numbers.
import { styleKit } from './styleKit';

const city = styleKit('济南市');
const province = styleKit('山东省');
const ids = (kit: ReturnType<typeof styleKit>, text: string, period = '全年', year = 2023) => kit.run(text, period, year).records.map((r) => [r.indicatorId, r.breakdown, r.value, r.unit]);

describe('beds per thousand elderly are a ratio, also in a list', () => {
  test('每千名老年人拥有养老床位分别为城市A张、农村B张: both held, neither filed as the beds', () => {
    const r = province.run('全省每千名老年人拥有养老床位分别为城市35张、农村27张。');
    expect(r.records).toEqual([]);
    expect(province.reasonOf(r, 35)).toEqual(['no_indicator']);
    expect(province.reasonOf(r, 27)).toEqual(['no_indicator']);
  });

  test('the same without 分别: the second item is held too', () => {
    const r = province.run('全省每千名老年人拥有养老床位城市35张、农村27张。');
    expect(r.records).toEqual([]);
    expect(province.reasonOf(r, 27)).toEqual(['no_indicator']);
  });

  test('千人养老床位数A张 / 万人拥有社会组织数B个 / 千名老年人…分别为: the ratio without 每 is held too', () => {
    for (const [text, v] of [['全市千人养老床位数达到35张。', 35], ['全市万人拥有社会组织数达到7.4个。', 7.4]] as const) {
      const r = city.run(text);
      expect(r.records).toEqual([]);
      expect(city.reasonOf(r, v)).toEqual(['no_indicator']);
    }
    expect(ids(city, '全市千名老年人拥有养老床位分别为城市37张、农村29张。')).toEqual([]);
    expect(ids(city, '全市共有养老床位3.4万张,为1.1万人发放高龄津贴。')).toEqual([
      ['elder_beds', '', 3.4, '万张'],
      ['elder_age_allowance_persons', '', 1.1, '万人'],
    ]);
  });

  test('the institutions and beds beside the ratio are still filed', () => {
    expect(ids(province, '全省养老机构2710个,床位29.4万张,每千名老年人拥有养老床位33.8张。')).toEqual([
      ['elder_institutions', '', 2710, '个'],
      ['elder_inst_beds', '', 29.4, '万张'],
    ]);
  });
});

describe('a standard that takes effect after the report\'s period', () => {
  test('自2023年7月1日起…提高到B元 in a report on 上半年: a plan, not the half-year\'s standard', () => {
    const r = city.run('自2023年7月1日起,全市城乡低保标准由每人每月790元提高到每人每月830元。', '上半年');
    expect(r.records).toEqual([]);
    expect(city.reasonOf(r, 830)).toEqual(['plan']);
  });

  test('从10月1日起 in a report on 1-9月, both sides held', () => {
    const r = city.run('从10月1日起,城市低保标准提高到每人每月910元,农村低保标准提高到每人每年8300元。', '1-9月');
    expect(r.records).toEqual([]);
    expect(city.reasonOf(r, 910)).toEqual(['plan']);
    expect(city.reasonOf(r, 8300)).toEqual(['plan']);
  });

  test('a rise in force within the period, or a whole year\'s report, still files the new level', () => {
    expect(ids(city, '自2023年4月1日起,全市城乡低保标准由每人每月790元提高到每人每月830元。', '上半年')).toEqual([['dibao_std', '', 830, '元/人·月']]);
    expect(ids(city, '自2023年7月1日起,全市城乡低保标准由每人每月790元提高到每人每月830元。')).toEqual([['dibao_std', '', 830, '元/人·月']]);
    expect(ids(city, '全市自2月起将城市低保标准提高到每人每月900元。', 'Q1')).toEqual([['dibao_std_urban', '', 900, '元/人·月']]);
  });
});

describe('care tiers set as shares of the basic standard, with the levels after 即', () => {
  test('分别按基本生活标准的5%、30%、60%确定,即每人每月A元、B元、C元: each level with its tier, the shares held', () => {
    const r = city.run('自理、半自理、完全不能自理特困人员照料护理标准分别按基本生活标准的5%、30%、60%确定,即每人每月58元、348元、696元。');
    expect(city.facts(r.records).map((x) => x.slice(0, 4))).toEqual([
      ['tekun_care_std', '自理', 58, '元/人·月'],
      ['tekun_care_std', '半自理', 348, '元/人·月'],
      ['tekun_care_std', '完全不能自理', 696, '元/人·月'],
    ]);
    for (const v of [5, 30, 60]) expect(city.reasonOf(r, v)).toEqual(['no_indicator']);
  });

  test('the tiers in a clause before the shares: no level is given the last tier named', () => {
    const r = city.run('特困人员照料护理标准按照自理、半自理、完全不能自理三档,按基本生活标准的5%、30%、60%确定,即每人每月58元、348元、696元。');
    expect(r.records).toEqual([]);
    for (const v of [58, 348, 696]) expect(city.reasonOf(r, v)).toEqual(['list_mismatch']);
  });

  test('the sides\' standards after their shares of spending', () => {
    expect(ids(city, '城乡低保标准分别按上年居民人均消费支出的30%、28%确定,即每人每月880元和每人每年7700元。')).toEqual([
      ['dibao_std_urban', '', 880, '元/人·月'],
      ['dibao_std_rural', '', 7700, '元/人·年'],
    ]);
  });
});

describe('care standards by ranked tier (一档/二档) and 部分不能自理', () => {
  test('照料护理标准一档、二档、三档分别为A元、B元、C元: no level filed as the whole\'s', () => {
    const r = city.run('全市特困人员照料护理标准一档、二档、三档分别为每人每月980元、590元、190元。');
    expect(r.records).toEqual([]);
    for (const v of [980, 590, 190]) expect(city.reasonOf(r, v)).toEqual(['subset']);
  });

  test('第一档(完全不能自理)A元,第二档(部分不能自理)B元: the ranked tiers are held, none filed under a wrong level', () => {
    const r = city.run('全市特困人员照料护理标准第一档(完全不能自理)每人每月980元,第二档(部分不能自理)每人每月590元,第三档(能自理)每人每月190元。');
    expect(r.records).toEqual([]);
  });

  test('部分不能自理 is the half-care level; the tier named in words is still filed', () => {
    expect(ids(city, '特困人员照料护理标准:完全不能自理每人每月980元,部分不能自理每人每月590元,具备生活自理能力每人每月190元。')).toEqual([
      ['tekun_care_std', '完全不能自理', 980, '元/人·月'],
      ['tekun_care_std', '半自理', 590, '元/人·月'],
      ['tekun_care_std', '自理', 190, '元/人·月'],
    ]);
    expect(ids(city, '特困人员照料护理标准分为三档,第一档为完全不能自理人员每人每月980元。')).toEqual([['tekun_care_std', '完全不能自理', 980, '元/人·月']]);
  });
});

describe('the residents of institutions and their parts', () => {
  test('儿童福利机构收留抚养孤儿A名: the orphans the institutions house, not all orphans', () => {
    const r = city.run('全市儿童福利机构收留抚养孤儿208名。');
    expect(r.records).toEqual([]);
    expect(city.reasonOf(r, 208)).toEqual(['subset']);
  });

  test('…收留抚养孤残儿童A名,其中孤儿B名 / 养老机构入住老年人A万人,其中特困人员B人: parts of the residents', () => {
    const r = city.run('全市儿童福利机构共收留抚养孤残儿童306名,其中孤儿208名。');
    expect(r.records).toEqual([]);
    expect(city.reasonOf(r, 208)).toEqual(['subset']);
    const r2 = city.run('全市养老机构入住老年人1.05万人,其中特困人员2950人。');
    expect(r2.records).toEqual([]);
    expect(city.reasonOf(r2, 2950)).toEqual(['subset']);
  });

  test('the area\'s own orphans after a count of institutions are still filed', () => {
    expect(ids(city, '全市共有儿童福利机构5个,全市共有孤儿806名。')).toEqual([
      ['child_welfare_institutions', '', 5, '个'],
      ['orphan_persons', '', 806, '人'],
    ]);
  });
});

describe('money paid since a scheme began is over several years', () => {
  test('两项补贴制度实施以来,累计发放A亿元 / 高龄津贴制度建立以来…: multi_year, not the year\'s', () => {
    const r = city.run('两项补贴制度实施以来,全市累计发放补贴资金8.4亿元。');
    expect(r.records).toEqual([]);
    expect(city.reasonOf(r, 8.4)).toEqual(['multi_year']);
    const r2 = city.run('高龄津贴制度建立以来,全市累计发放高龄津贴9.1亿元。');
    expect(r2.records).toEqual([]);
    expect(city.reasonOf(r2, 9.1)).toEqual(['multi_year']);
  });

  test('今年以来…累计 is still the year\'s', () => {
    expect(ids(city, '今年以来,全市累计发放两项补贴资金1.05亿元。')).toEqual([['disab_two_funds', '', 1.05, '亿元']]);
  });
});

describe('the next item of a month\'s list after a semicolon', () => {
  const district = styleKit('历下区');
  test('本月共发放低保金A万元;特困人员B人,发放供养金C万元 in a year\'s text: C is the month\'s, held', () => {
    const r = district.run('全区现有城乡低保对象3050户4790人,本月共发放低保金281.4万元;特困人员598人,发放供养金66.2万元。');
    expect(district.reasonOf(r, 66.2)).toEqual(['partial']);
    expect(r.records.some((x) => x.value === 66.2)).toBe(false);
  });

  test('in the month\'s own report it is filed; a 全年累计 item after the semicolon is the year\'s', () => {
    expect(ids(district, '全区现有城乡低保对象3050户4790人,本月共发放低保金281.4万元;特困人员598人,发放供养金66.2万元。', '10月').filter((x) => x[0] === 'tekun_funds')).toEqual([['tekun_funds', '', 66.2, '万元']]);
    expect(ids(district, '本月发放低保金281.4万元;全年累计发放特困供养金805万元。').filter((x) => x[0] === 'tekun_funds')).toEqual([['tekun_funds', '', 805, '万元']]);
  });
});
