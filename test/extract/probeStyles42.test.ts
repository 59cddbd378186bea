// Prose frames a careful reader takes as records that were held (a rise then the level it reached, counts by supply mode
// in a 分别 list, a period inside a standard's name, old levels by mode, a clause after ; under the sentence's scope), with
// short texts written for these tests in our own words and numbers.
import { styleKit } from './styleKit';

const { run, reasonOf } = styleKit('济南市');
const ids = (text: string, period = '全年', year = 2023) => run(text, period, year).records.map((r) => [r.indicatorId, r.breakdown, r.value, r.unit]);

describe('每人每年提高A元,达到B元: the rate named before the rise is the level\'s', () => {
  test('per year and per month, after 达到', () => {
    expect(ids('农村低保标准每人每年提高360元,达到6240元。')).toEqual([['dibao_std_rural', '', 6240, '元/人·年']]);
    expect(ids('城市低保标准每人每月提高55元,达到765元。')).toEqual([['dibao_std_urban', '', 765, '元/人·月']]);
    expect(ids('城乡低保标准每人每月提高35元,达到690元。')).toEqual([['dibao_std', '', 690, '元/人·月']]);
    expect(ids('特困人员基本生活标准每人每月提高70元,达到1080元。')).toEqual([['tekun_std', '', 1080, '元/人·月']]);
  });

  test('月人均提高A元至B元', () => {
    expect(ids('城市低保标准月人均提高40元至730元。')).toEqual([['dibao_std_urban', '', 730, '元/人·月']]);
    expect(ids('农村低保标准月人均提高25元,达到515元。')).toEqual([['dibao_std_rural', '', 515, '元/人·月']]);
  });

  test('the old level\'s rate, then the rise', () => {
    expect(ids('农村低保标准由每人每年5460元提高360元,达到5820元。')).toEqual([['dibao_std_rural', '', 5820, '元/人·年']]);
  });

  test('the rise alone stays a change, a bare level with no rate stays held', () => {
    const r = run('农村低保标准每人每年提高360元。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 360)).toEqual(['change']);
    expect(ids('农村低保标准提高360元,达到6240元。')).toEqual([]);
  });
});

describe('集中供养和分散供养特困人员分别为A人、B人: the persons by mode', () => {
  test('in the order named', () => {
    expect(ids('集中供养和分散供养特困人员分别为310人、1520人。')).toEqual([
      ['tekun_persons', '集中供养', 310, '人'],
      ['tekun_persons', '分散供养', 1520, '人'],
    ]);
    expect(ids('全市分散供养和集中供养特困人员分别为4800人、1100人。')).toEqual([
      ['tekun_persons', '分散供养', 4800, '人'],
      ['tekun_persons', '集中供养', 1100, '人'],
    ]);
    expect(ids('特困人员集中供养和分散供养人数分别为310人和1520人。')).toEqual([
      ['tekun_persons', '集中供养', 310, '人'],
      ['tekun_persons', '分散供养', 1520, '人'],
    ]);
  });

  test('城乡 names both sides; the modes among the values', () => {
    expect(ids('城乡特困人员分别为集中供养270人和分散供养1930人。')).toEqual([
      ['tekun_persons', '集中供养', 270, '人'],
      ['tekun_persons', '分散供养', 1930, '人'],
    ]);
  });

  test('after the whole\'s count, a subject of modes alone', () => {
    expect(ids('全市共有特困人员1830人,集中供养和分散供养分别为310人、1520人。')).toEqual([
      ['tekun_persons', '集中供养', 310, '人'],
      ['tekun_persons', '分散供养', 1520, '人'],
      ['tekun_persons', '', 1830, '人'],
    ]);
  });

  test('one side named, 五保, households, a third value, a rise: still held', () => {
    expect(ids('农村集中供养和分散供养特困人员分别为310人、1520人。')).toEqual([]);
    expect(ids('全市共有农村特困人员1830人,集中供养和分散供养分别为310人、1520人。')).toEqual([['tekun_persons', '农村', 1830, '人']]);
    expect(ids('集中供养和分散供养五保对象分别为310人、1520人。')).toEqual([]);
    expect(ids('集中和分散供养特困人员分别为220户、1310户。')).toEqual([]);
    expect(ids('集中供养和分散供养特困人员分别为310人、1520人、90人。')).toEqual([]);
    expect(ids('集中供养和分散供养特困人员分别增加15人、42人。')).toEqual([]);
  });
});

describe('年/月 inside a standard\'s name gives the period', () => {
  test('五保对象年供养标准 / 特困人员年供养标准 / 五保年供养标准', () => {
    expect(ids('五保对象年供养标准为6120元。')).toEqual([['tekun_std_rural', '', 6120, '元/人·年']]);
    expect(ids('五保对象年供养标准达到6300元。')).toEqual([['tekun_std_rural', '', 6300, '元/人·年']]);
    expect(ids('特困人员年供养标准为9840元。')).toEqual([['tekun_std', '', 9840, '元/人·年']]);
    expect(ids('农村五保年供养标准提高到6540元。')).toEqual([['tekun_std_rural', '', 6540, '元/人·年']]);
    expect(ids('五保年供养标准为6540元。')).toEqual([['tekun_std_rural', '', 6540, '元/人·年']]);
  });

  test('a year named before the standard is no period', () => {
    expect(run('今年供养标准为6120元。').records.filter((r) => r.unit === '元/人·年')).toEqual([]);
  });
});

describe('由集中供养A元、分散供养B元,分别提高到C元、D元: the new levels by mode, the old ones never filed', () => {
  test('per year stated with the old levels', () => {
    expect(ids('五保供养标准由集中供养每人每年5200元、分散供养每人每年4100元,分别提高到5700元、4600元。')).toEqual([
      ['tekun_std_rural', '集中供养', 5700, '元/人·年'],
      ['tekun_std_rural', '分散供养', 4600, '元/人·年'],
    ]);
  });

  test('the modes in reversed order; 特困 standards', () => {
    expect(ids('特困人员供养标准由分散供养每人每月660元、集中供养每人每月820元,分别提高到730元、890元。')).toEqual([
      ['tekun_std', '分散供养', 730, '元/人·月'],
      ['tekun_std', '集中供养', 890, '元/人·月'],
    ]);
  });

  test('the old levels are no records', () => {
    const vals = run('特困人员供养标准由集中供养820元、分散供养660元,分别提高到890元、730元。').records.map((r) => r.value);
    expect(vals).not.toContain(820);
    expect(vals).not.toContain(660);
  });

  test('bare 元 of a 五保 standard stays held for its period', () => {
    const r = run('五保供养标准由集中供养5200元、分散供养4100元,分别提高到5700元、4600元。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 5700)).toEqual(['unit_period']);
  });
});

describe('截至Y年底,全市有A家…;有B个…: the opening\'s scope carries across ;', () => {
  test('a bare 有 after ;', () => {
    expect(ids('截至2022年底,全市有养老机构52家;有130个助餐服务场所。', '全年', 2022)).toEqual([
      ['elder_institutions', '', 52, '家'],
      ['elder_meal_points', '', 130, '个'],
    ]);
    expect(ids('全市有养老机构52家;还有130个助餐服务场所。', '全年', 2022)).toEqual([
      ['elder_institutions', '', 52, '家'],
      ['elder_meal_points', '', 130, '个'],
    ]);
  });

  test('no whole-area opening, or a verb of its own: held', () => {
    expect(ids('今年以来,全市新建养老机构6家;有130个助餐服务场所。', '全年', 2022)).toEqual([]);
    expect(ids('截至2022年底,全市有社会组织870家;有130个社会组织参加了等级评估。', '全年', 2022)).toEqual([['social_orgs', '', 870, '家']]);
  });
});

describe('跨省结婚登记 is only part of 跨省通办 (which covers divorces too)', () => {
  test('held as a part', () => {
    expect(ids('办理跨省结婚登记135对。')).toEqual([]);
    expect(ids('全年办理婚姻登记跨省通办160对。')).toEqual([['marriage_cross_province', '', 160, '对']]);
  });
});
