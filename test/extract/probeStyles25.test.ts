// Frames probed in a twenty-fifth round on prose: a programme's people counted among another population, 临时救助
// given to a named group after 给予, a standard stated 人均月, and new beds stated twice for two projects.
// Texts written for these tests in our own words and numbers.
import { styleKit } from './styleKit';

const city = styleKit('鄂州市');
const county = styleKit('南江县');
const ids = (kit: ReturnType<typeof styleKit>, text: string, period = '全年') => kit.run(text, period).records.map((r) => [r.indicatorId, r.breakdown, r.value, r.unit]);

describe('a programme\'s people counted among another population', () => {
  test('全市共有A名扶贫对象得到城乡低保、特困供养救助: the poverty-registered among two programmes, held', () => {
    const r = city.run('全市共有12380名扶贫对象得到城乡低保、特困供养救助,645名重病人员按单人户纳入低保。');
    expect(r.records.filter((x) => x.value === 12380)).toEqual([]);
    expect(city.reasonOf(r, 12380)).toEqual(['subset']);
  });

  test('A名残疾人享受低保 / 脱贫户A户B人享受低保 / A名建档立卡贫困人口纳入低保 / A名低保对象享受临时救助: held', () => {
    expect(ids(city, '全市共有2150名残疾人享受低保。')).toEqual([]);
    expect(ids(city, '全市共有脱贫户1730户3260人享受农村低保。')).toEqual([]);
    expect(ids(city, '全市共有4120名建档立卡贫困人口纳入低保。')).toEqual([]);
    expect(ids(city, '全市1460名低保对象享受临时救助。')).toEqual([]);
  });

  test('A人得到城乡低保、特困供养救助: one count over two programmes', () => {
    const r = city.run('全市共有1900户3300人得到城乡低保和特困供养救助。');
    expect(r.records).toEqual([]);
    expect(city.reasonOf(r, 3300)).toEqual(['combined']);
  });

  test('the programme\'s own people, its own population or a generic word stay records', () => {
    expect(ids(city, '全市共有1900户3300人享受城乡低保。')).toEqual([
      ['dibao_households', '', 1900, '户'],
      ['dibao_persons', '', 3300, '人'],
    ]);
    expect(ids(city, '全市有3300名困难群众享受低保。')).toEqual([['dibao_persons', '', 3300, '人']]);
    expect(ids(city, '全市6720名老年人享受高龄津贴。')).toEqual([['elder_age_allowance_persons', '', 6720, '人']]);
  });
});

describe('临时救助 given to a named group after 给予', () => {
  test('给予建档立卡贫困户临时救助A人次: the group\'s assistance, held', () => {
    const r = city.run('给予建档立卡贫困户临时救助734人次、人均救助金额1620元。');
    expect(r.records).toEqual([]);
    expect(city.reasonOf(r, 734)).toEqual(['subset']);
    expect(ids(city, '全年给予低保对象临时救助218人次。')).toEqual([]);
  });

  test('给予临时救助A人次 and a generic group stay records', () => {
    expect(ids(city, '全年给予临时救助734人次。')).toEqual([['temp_assist_times', '', 734, '人次']]);
    expect(ids(city, '全年给予困难群众临时救助734人次。')).toEqual([['temp_assist_times', '', 734, '人次']]);
    expect(ids(city, '全年对困难群众实施临时救助734人次。')).toEqual([['temp_assist_times', '', 734, '人次']]);
  });
});

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

  test('人均月补助A元 stays no standard (it is the side\'s average subsidy)', () => {
    expect(ids(city, '全市城市低保对象1810户,人均月补助268元。')).toEqual([['dibao_households', '城市', 1810, '户'], ['dibao_avg_subsidy', '城市', 268, '元/人·月']]);
  });
});

describe('new beds stated twice in a sentence for two projects', () => {
  test('新建农村敬老院4所,新增床位A张,…一期工程基本竣工,新增床位B张: both held, no conflict', () => {
    const r = county.run('共新建乡镇敬老院3所,新增床位360张,城北福利中心改造项目顺利开工,"康乐苑"一期工程基本完工,新增床位120张。');
    expect(r.records).toEqual([]);
    expect(county.reasonOf(r, 360)).toEqual(['subset']);
    expect(county.reasonOf(r, 120)).toEqual(['subset']);
  });

  test('the whole with its part, a plan with what was done, and a lone figure stay as they were', () => {
    expect(ids(county, '全县新增床位480张,其中敬老院新增床位360张。')).toEqual([['elder_beds_new', '', 480, '张']]);
    expect(ids(county, '今年计划新增养老床位300张,实际新增养老床位360张。')).toEqual([['elder_beds_new', '', 360, '张']]);
    expect(ids(county, '全年新增养老床位360张。')).toEqual([['elder_beds_new', '', 360, '张']]);
  });
});

describe('held counts and money that plainly name a catalogue indicator', () => {
  test('农村得到五保供养的人数为A户,B人: the 五保 households and persons (rural 特困)', () => {
    expect(ids(county, '截至年底,全县农村得到五保供养的人数为1320户,1410人。')).toEqual([
      ['tekun_households', '农村', 1320, '户'],
      ['tekun_persons', '农村', 1410, '人'],
    ]);
  });

  test('全区共有A人,享受最低生活保障: the whole area\'s count, the programme in the next clause', () => {
    expect(ids(county, '截至10月底,全县共有4380人,享受最低生活保障。', '1-10月')).toEqual([['dibao_persons', '', 4380, '人']]);
    expect(ids(county, '全县共有4380人,参加城乡居民医疗保险。')).toEqual([]);
  });

  test('经济困难的高龄、失能等老年人 (the scheme\'s full name) and 各类救助金', () => {
    expect(ids(city, '为全市3100名经济困难的高龄、失能等老年人发放津贴372万元。')).toEqual([
      ['elder_subsidy_persons', '', 3100, '人'],
      ['elder_subsidy_funds', '', 372, '万元'],
    ]);
    expect(ids(city, '全年共为3.1万名城乡困难群众发放各类救助金2.04亿元。').filter((x) => x[0] === 'assist_funds')).toEqual([['assist_funds', '', 2.04, '亿元']]);
  });
});
