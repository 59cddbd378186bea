// Frames met on a held-out set of real reports (a 述职报告 and a county 自查报告), with short texts written for these
// tests in our own words and numbers.
import { styleKit } from './styleKit';

const { run, facts, reasonOf } = styleKit('瑶海区');

describe('从A户B人,全年发放C万元,扩大到…D户E人: the whole old side is the earlier figure', () => {
  const text = '自1998年实施城乡居民最低生活保障制度以来。全区低保对象从210户480人,全年发放保障金21.6万元,扩大到今年9月份统计的4120户8350人,其中,城市低保3010户6120人,农村低保1110户2230人,1-9月份累计发放低保金1350.2万元。';

  test('no record of the old side', () => {
    const vals = run(text).records.map((r) => r.value);
    expect(vals).not.toContain(480);
    expect(vals).not.toContain(21.6);
  });

  test('the new side takes the subject named before 从, dated by the month it was counted', () => {
    const recs = facts(run(text).records);
    expect(recs).toContainEqual(['dibao_households', '', 4120, '户', '1-9月']);
    expect(recs).toContainEqual(['dibao_persons', '', 8350, '人', '1-9月']);
    expect(recs).toContainEqual(['dibao_persons', '城市', 6120, '人', '1-9月']);
    expect(recs).toContainEqual(['dibao_households', '农村', 1110, '户', '1-9月']);
    expect(recs).toContainEqual(['dibao_funds', '', 1350.2, '万元', '1-9月']);
  });

  test('an old and a new value side by side are read as before', () => {
    expect(facts(run('全区低保对象由3200人增加到3560人。').records)).toEqual([['dibao_persons', '', 3560, '人', '全年']]);
  });
});

describe('居民低保标准 set against 农民低保标准 is the urban standard', () => {
  test('both sides', () => {
    const recs = facts(run('居民低保标准从最初的每人每月120元提高到目前的310元。农民低保标准从每人每月60元提高到190元。').records);
    expect(recs).toEqual([
      ['dibao_std_urban', '', 310, '元/人·月', '全年'],
      ['dibao_std_rural', '', 190, '元/人·月', '全年'],
    ]);
  });

  test('居民 alone stays the standard as named', () => {
    expect(facts(run('居民低保标准为每人每月320元。').records)).toEqual([['dibao_std', '', 320, '元/人·月', '全年']]);
  });

  test('城乡居民 is never read as the urban side', () => {
    const r = run('城乡居民低保标准提高到每人每月320元。农民低保标准为每人每月190元。');
    expect(facts(r.records)).not.toContainEqual(['dibao_std_urban', '', 320, '元/人·月', '全年']);
    expect(facts(r.records)).toContainEqual(['dibao_std_rural', '', 190, '元/人·月', '全年']);
  });
});

describe('the average subsidy of one side of 低保', () => {
  const text = '目前全县有城市低保对象1430户、3120人,农村低保对象5210户、7480人,城市低保标准为每人每月310元,月人均补差170元以上,自9月份开始,城市低保人均补助达到185元以上;农村低保标准为每人每年1300元,农村人均月补助水平达到65元以上。';

  test('the level after one side\'s standard is that side\'s, and the rate from a later month replaces it', () => {
    const r = run(text);
    const recs = facts(r.records);
    expect(recs).toContainEqual(['dibao_avg_subsidy', '城市', 185, '元/人·月', '全年']);
    expect(recs).toContainEqual(['dibao_avg_subsidy', '农村', 65, '元/人·月', '全年']);
    expect(recs.filter((x) => x[0] === 'dibao_avg_subsidy')).toHaveLength(2);
    expect(reasonOf(r, 170)).toEqual(['conflict']);
  });

  test('人均月补助 with the unit written 元/月/人 in a clause of 城市低保', () => {
    const recs = facts(run('城市低保对象72户、125人,发放低保补助金68.3万元,人均月补助486.2元/月/人。').records);
    expect(recs).toContainEqual(['dibao_avg_subsidy', '城市', 486.2, '元/人·月', '全年']);
  });
});

describe('a class of 低保 households named 特困 is no 特困人员 standard', () => {
  test('分类施保,其中a类特困、b类较困、c类一般户…分别补助', () => {
    const r = run('自下半年起,农村低保按分类施保标准发放,其中a类特困、b类较困、c类一般户每人每月分别补助85元、70元、50元。');
    expect(r.records.filter((x) => x.indicatorId.startsWith('tekun_'))).toEqual([]);
    expect(reasonOf(r, 85)).toHaveLength(1);
  });
});

describe('held figures that are records', () => {
  test('新增15个老年助餐场所 (the task done) is the new meal points', () => {
    expect(facts(run('全面完成今年新增15个老年助餐场所建设和运营任务。').records)).toEqual([['elder_meal_points_new', '', 15, '个', '全年']]);
  });

  test('共取消A户、B人的城镇低保待遇 are the urban exits', () => {
    expect(facts(run('共调整农村低保对象98人;共取消31户、66人的城镇低保待遇。').records)).toEqual([
      ['dibao_exit_households', '城市', 31, '户', '全年'],
      ['dibao_exit_persons', '城市', 66, '人', '全年'],
    ]);
  });

  test('目前纳入动态监测的低保边缘家庭共A户 B人 is the stock of 低保边缘家庭', () => {
    expect(facts(run('目前我区纳入动态监测的低保边缘家庭共312户 820人。').records)).toEqual([
      ['dibao_edge_households', '', 312, '户', '全年'],
      ['dibao_edge_persons', '', 820, '人', '全年'],
    ]);
  });

  test('bare subsidy money after a clause naming both disability subsidies', () => {
    const r = run('护理补贴标准提高到90元/人/月,全区享受残疾人生活补贴和护理补贴3900人,今年以来发放补贴资金420.5万元。');
    expect(facts(r.records)).toContainEqual(['disab_two_funds', '', 420.5, '万元', '全年']);
    expect(reasonOf(r, 3900)).toEqual(['combined']);
  });

  test('…but not after a clause naming another programme too', () => {
    const r = run('全区享受残疾人生活补贴和护理补贴3900人、城市低保对象1200人,今年以来发放补贴资金420.5万元。');
    expect(r.records.filter((x) => x.indicatorId === 'disab_two_funds')).toEqual([]);
  });
});
