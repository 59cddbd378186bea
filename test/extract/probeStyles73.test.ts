// Frames met in standards notices of a held-out corpus, with short texts written for these tests in our own words and numbers.
import { styleKit } from './styleKit';

const { run, reasons } = styleKit('某县');
const ids = (text: string) => run(text).records.map((r) => [r.indicatorId, r.breakdown, r.value, r.unit]);

describe('a side glued to a supply mode after the sideless 特困 standard is that side\'s', () => {
  const text = '今年再次提高特困人员救助供养标准,农村分散供养标准提高到每人每月520元、集中供养标准达到每人每月660元,城市分散供养、集中供养标准统一提高到每人每月790元;';

  test('农村分散供养 A, 集中供养 B (the side carries on), 城市分散供养、集中供养 C', () => {
    expect(ids(text)).toEqual([
      ['tekun_std_rural', '分散供养', 520, '元/人·月'],
      ['tekun_std_rural', '集中供养', 660, '元/人·月'],
      ['tekun_std_urban', '', 790, '元/人·月'],
    ]);
  });

  test('no side named: the modes stay the sideless standard\'s', () => {
    expect(ids('提高特困人员救助供养标准,分散供养标准提高到每人每月520元、集中供养标准达到每人每月660元。')).toEqual([
      ['tekun_std', '分散供养', 520, '元/人·月'],
      ['tekun_std', '集中供养', 660, '元/人·月'],
    ]);
  });
});

describe('an area group and a supply mode combine (市区·集中供养), never the group dropped', () => {
  const text = '从2023年1月1日起,市区农村五保集中供养标准由5600元/人年提高到6400元/人年、分散供养标准由3900元/人年提高到4400元/人年。\n'
    + '县市城市低保标准由每人每月380元提高到每人每月410元,农村低保标准由每人每年3000元提高到每人每年3300元;农村五保集中供养标准由5200元/人年提高到5900元/人年、分散供养标准由3600元/人年提高到4100元/人年。';

  test('each group\'s modes, the group carried to the next item of its own standard', () => {
    const r = run(text);
    expect(r.records.map((x) => [x.indicatorId, x.breakdown, x.value, x.unit])).toEqual([
      ['tekun_std_rural', '市区·集中供养', 6400, '元/人·年'],
      ['tekun_std_rural', '市区·分散供养', 4400, '元/人·年'],
      ['dibao_std_urban', '县市', 410, '元/人·月'],
    ]);
    // (another standard after the group's own, in a later item: held, as before; the mode never filed without the group)
    expect([3300, 5900, 4100].map((v) => reasons(r).filter((x) => x[0] === v).map((x) => x[1]))).toEqual([['area_group'], ['area_group'], ['area_group']]);
  });

  test('a group opening the item of a mode pair is carried to the other mode', () => {
    expect(ids('县市农村五保集中供养标准由5200元/人年提高到5900元/人年、分散供养标准由3600元/人年提高到4100元/人年;市区农村五保集中供养标准提高到6400元/人年。')).toEqual([
      ['tekun_std_rural', '县市·集中供养', 5900, '元/人·年'],
      ['tekun_std_rural', '县市·分散供养', 4100, '元/人·年'],
      ['tekun_std_rural', '市区·集中供养', 6400, '元/人·年'],
    ]);
  });

  test('an item naming the whole after the groups is the whole\'s', () => {
    expect(ids('市区城市低保标准由每人每月380元提高到每人每月410元,县市城市低保标准提高到每人每月390元;全市农村低保标准统一提高到每人每年3300元。'))
      .toContainEqual(['dibao_std_rural', '', 3300, '元/人·年']);
  });
});

describe('a care standard stated per supply mode is held, never the basic-living standard', () => {
  const text = '照料护理标准为集中供养特困人员全护理、半护理、全自理照料护理补贴标准分别为11000元/年/人、6600元/年/人、900元/年/人,'
    + '分散特困供养人员全护理、半护理、全自理照料护理补贴标准分别为8000元/年/人、4800元/年/人、700元/年/人。';

  test('both modes\' tiers held with the care standard, no record', () => {
    const r = run(text);
    expect(r.records).toEqual([]);
    expect(r.candidates.map((c) => [c.value, c.reason, c.indicatorId])).toEqual(
      [11000, 6600, 900, 8000, 4800, 700].map((v) => [v, 'ambiguous_breakdown', 'tekun_care_std']),
    );
  });

  test('tiers named with no mode stay the care standard\'s', () => {
    expect(ids('特困人员全护理、半护理、全自理照料护理标准分别为11000元/年/人、6600元/年/人、900元/年/人。')).toEqual([
      ['tekun_care_std', '完全不能自理', 11000, '元/人·年'],
      ['tekun_care_std', '半自理', 6600, '元/人·年'],
      ['tekun_care_std', '自理', 900, '元/人·年'],
    ]);
  });
});

describe('a grade list before the subsidy\'s name gives the value to both grades', () => {
  test('一、二级困难残疾人生活补贴为A元/月/人', () => {
    expect(ids('一、二级困难残疾人生活补贴为260元/月/人;三、四级困难残疾人生活补贴为150元/月/人。')).toEqual([
      ['disab_living_std', '二级', 260, '元/人·月'],
      ['disab_living_std', '一级', 260, '元/人·月'],
      ['disab_living_std', '三四级', 150, '元/人·月'],
    ]);
  });

  test('one grade named: that grade only', () => {
    expect(ids('二级困难残疾人生活补贴为260元/月/人。')).toEqual([['disab_living_std', '二级', 260, '元/人·月']]);
  });
});
