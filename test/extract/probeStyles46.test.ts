// Frames met on two more sets of real reports (c53, c54), with short texts written for these tests in our own words and numbers.
import { styleKit } from './styleKit';

const { run, reasonOf } = styleKit('安宁区');
const city = styleKit('潍坊市');
type Kit = { run: (text: string, period?: string) => ReturnType<typeof run> };
const idsOf = (k: Kit, text: string, period = '全年') => k.run(text, period).records.map((r) => [r.indicatorId, r.breakdown, r.value, r.unit, r.qualifier]);
const ids = (text: string, period = '全年') => idsOf({ run }, text, period);

describe('a list item naming a programme of its own does not take the list head\'s', () => {
  const text = '上半年,累计发放低保资金5210户(次)9830人(次)512.40万元,特困人员供养资金及护理补贴310人(次)28.60万元,重度残疾人护理补贴6120人(次)47.35万元,困难残疾人生活补贴3870人(次)38.70万元。';

  test('the money after a subsidy\'s counts is not 低保 money', () => {
    const recs = ids(text, '上半年');
    expect(recs).toContainEqual(['dibao_funds', '', 512.4, '万元', 'exact']);
    expect(recs.filter((r) => r[2] === 47.35 || r[2] === 38.7)).toEqual([]);
    const r = run(text, '上半年');
    expect(r.candidates.find((c) => c.value === 47.35)?.indicatorId ?? '').not.toMatch(/^(dibao|tekun)/);
    expect(r.candidates.find((c) => c.value === 38.7)?.indicatorId ?? '').not.toMatch(/^(dibao|tekun)/);
  });

  test('money right after the head\'s own counts stays the head\'s', () => {
    expect(ids('上半年,城市低保3200户5100人,发放低保资金2210万元。', '上半年')).toContainEqual(['dibao_funds', '城市', 2210, '万元', 'exact']);
  });
});

describe('五保 is the rural side: its supply modes are held parts, its money the rural money', () => {
  const text = '此外,全市五保供养人员为11800人,其中集中供养5200人,分散供养6600人,全市1月份五保供养支出472.3万元。';

  test('the whole is rural, the modes are held, the money is rural', () => {
    const r = city.run(text, '1月');
    expect(idsOf(city, text, '1月')).toEqual([
      ['tekun_persons', '农村', 11800, '人', 'exact'],
      ['tekun_funds', '农村', 472.3, '万元', 'exact'],
    ]);
    expect([city.reasonOf(r, 5200), city.reasonOf(r, 6600)]).toEqual([['subset'], ['subset']]);
  });

  test('modes after both sides are not one side\'s part', () => {
    const r = run('全区共有特困人员2400人,城市特困人员160人,农村特困人员2240人,集中供养610人。');
    expect(reasonOf(r, 610)).not.toContain('subset');
  });

  test('modes of a side-less 特困 whole stay its split', () => {
    expect(ids('全区特困人员2400人,其中集中供养610人,分散供养1790人。')).toEqual([
      ['tekun_persons', '', 2400, '人', 'exact'],
      ['tekun_persons', '集中供养', 610, '人', 'exact'],
      ['tekun_persons', '分散供养', 1790, '人', 'exact'],
    ]);
  });
});

describe('a disability grade given two standards in one paragraph is held', () => {
  test('生活困难的一级…A元;非生活困难的一级…B元: neither is the grade\'s standard', () => {
    const text = '全区重度残疾人护理补贴对象3980人,生活困难的一级重残人员870人,每人每月124元;非生活困难的一级重残人员610人,每人每月108元;生活困难的二级重残人员1650人,每人每月93元。';
    const r = run(text, 'Q3');
    expect(r.records.filter((x) => x.indicatorId === 'disab_care_std')).toEqual([]);
    expect(reasonOf(r, 124)).toEqual(['ambiguous_breakdown']);
  });

  test('one standard per grade, or a grade raised from an old value, is filed', () => {
    expect(ids('重度残疾人护理补贴标准一级每人每月120元,二级每人每月90元。').filter((x) => x[0] === 'disab_care_std')).toEqual([
      ['disab_care_std', '一级', 120, '元/人·月', 'exact'],
      ['disab_care_std', '二级', 90, '元/人·月', 'exact'],
    ]);
    expect(ids('重度残疾人护理补贴一级由每人每月100元提高到120元。').filter((x) => x[0] === 'disab_care_std')).toEqual([
      ['disab_care_std', '一级', 120, '元/人·月', 'exact'],
    ]);
  });

  test('the two subsidies each with their own grades are no restatement', () => {
    expect(ids('困难残疾人生活补贴标准一级每人每月80元,二级每人每月60元;重度残疾人护理补贴标准一级每人每月120元,二级每人每月90元。')).toEqual([
      ['disab_living_std', '一级', 80, '元/人·月', 'exact'],
      ['disab_living_std', '二级', 60, '元/人·月', 'exact'],
      ['disab_care_std', '一级', 120, '元/人·月', 'exact'],
      ['disab_care_std', '二级', 90, '元/人·月', 'exact'],
    ]);
  });
});

describe('a floor on the average payment is a requirement, not the average', () => {
  const text = '从2019年7月1日起,全市城市低保指导标准由不低于420元/月提高到不低于480元/月;城乡低保月人均救助水平分别由不低于310元、185元提高到不低于330元、190元。';

  test('分别由不低于A元、B元提高到不低于C元、D元: both new levels are floors, held', () => {
    const r = city.run(text);
    expect(r.records.filter((x) => /avg/.test(x.indicatorId))).toEqual([]);
    expect([city.reasonOf(r, 330), city.reasonOf(r, 190)]).toEqual([['floor'], ['floor']]);
    expect(r.candidates.find((c) => c.value === 190)?.qualifier).toBe('不低于');
  });

  test('a level reached, even with 以上, is still the average', () => {
    expect(idsOf(city, '全市城乡低保月人均补助水平分别达到330元、190元。')).toEqual([
      ['dibao_avg_subsidy', '城市', 330, '元/人·月', 'exact'],
      ['dibao_avg_subsidy', '农村', 190, '元/人·月', 'exact'],
    ]);
    expect(idsOf(city, '全市城市低保月人均补助水平达到330元以上。')).toEqual([['dibao_avg_subsidy', '城市', 330, '元/人·月', '不低于']]);
  });

  test('the bound of a 分别 list\'s first item holds for the item joined to it', () => {
    expect(idsOf(city, '全市城乡低保标准分别提高到不低于600元、450元。')).toEqual([
      ['dibao_std_urban', '', 600, '元/人·月', '不低于'],
      ['dibao_std_rural', '', 450, '元/人·月', '不低于'],
    ]);
  });
});

describe('the generic money after two schemes named together is both schemes\'', () => {
  test('社会救助及残疾人两贴资金…,累计发放各类救助资金A万元,惠及B人: both held combined', () => {
    const r = run('上半年,将社会救助及残疾人两贴资金发放权限下放至街道,累计发放各类救助资金1400余万元,惠及4600余人。', '上半年');
    expect(r.records).toEqual([]);
    expect([reasonOf(r, 1400), reasonOf(r, 4600)]).toEqual([['combined'], ['combined']]);
  });

  test('社会救助资金 named as such, or no second scheme, stays the assistance money', () => {
    expect(ids('上半年,累计发放各类救助资金1400余万元,惠及4600余人。', '上半年')).toContainEqual(['assist_funds', '', 1400, '万元', '余']);
  });
});

describe('新增 heading a comma list is said of its bare items', () => {
  test('2021年某地新增A中心46家,助餐场所B个,养老床位C张: the new points and beds, not the stocks', () => {
    const recs = idsOf(city, '今年潍坊新增社区综合为老服务中心46家,助餐场所188个,养老床位4720张,新增普惠性托育点58个。');
    expect(recs).toEqual([
      ['elder_meal_points_new', '', 188, '个', 'exact'],
      ['elder_beds_new', '', 4720, '张', 'exact'],
    ]);
  });

  test('an item with a verb of its own ends the run: the stock after it stays a stock', () => {
    expect(idsOf(city, '今年全市新增助餐场所18个,现有养老床位4720张。')).toEqual([
      ['elder_meal_points_new', '', 18, '个', 'exact'],
      ['elder_beds', '', 4720, '张', 'exact'],
    ]);
    expect(idsOf(city, '全市共有助餐场所188个,养老床位4720张。')).toEqual([
      ['elder_meal_points', '', 188, '个', 'exact'],
      ['elder_beds', '', 4720, '张', 'exact'],
    ]);
  });
});
