// Styles met in the corpus29 measurement set after its first run. Fixtures are written for these tests in our own words
// and numbers.
import { loadCatalogue } from '../../src/core/catalogue';
import { inferContext } from '../../src/core/extract/context';
import { styleKit } from './styleKit';

describe('parts that are no totals', () => {
  const { run, reasonOf } = styleKit('某区');

  test('网络募捐金额A亿元 is one channel’s donations', () => {
    const r = run('全年全区网络募捐金额达到0.42亿元。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 0.42)).toEqual(['scope']);
  });

  test('全区脱贫户A户B人,其中享受低保C户D人: the programme’s people among another population', () => {
    const r = run('截至目前,全区脱贫户712户1880人,其中享受低保590户1090人,享受五保35户37人。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 590)).toEqual(['subset']);
    expect(reasonOf(r, 1090)).toEqual(['subset']);
  });

  test('困难群众A户,其中低保对象B户: a union of the assistance groups, each part its programme’s total', () => {
    const r = run('全区困难群众4800户7900人,其中低保对象2900户4900人。');
    expect(r.records.map((x) => [x.indicatorId, x.value])).toEqual([
      ['dibao_households', 2900],
      ['dibao_persons', 4900],
    ]);
  });
});

describe('a programme’s movements and its count after them', () => {
  const { run, facts } = styleKit('某区');

  test('城市低保新增A户B人,清退C户D人,共有E户,F人: new, exited and held, each side', () => {
    const r = run('截至6月底,城市低保新增41户60人,清退220户398人,共有2480户,3650人;农村低保新增50户72人,清退60户81人,共有1800户,2540人。', '上半年');
    expect(facts(r.records)).toEqual([
      ['dibao_new_households', '城市', 41, '户', '上半年'],
      ['dibao_new_persons', '城市', 60, '人', '上半年'],
      ['dibao_exit_households', '城市', 220, '户', '上半年'],
      ['dibao_exit_persons', '城市', 398, '人', '上半年'],
      ['dibao_households', '城市', 2480, '户', '上半年'],
      ['dibao_persons', '城市', 3650, '人', '上半年'],
      ['dibao_new_households', '农村', 50, '户', '上半年'],
      ['dibao_new_persons', '农村', 72, '人', '上半年'],
      ['dibao_exit_households', '农村', 60, '户', '上半年'],
      ['dibao_exit_persons', '农村', 81, '人', '上半年'],
      ['dibao_households', '农村', 1800, '户', '上半年'],
      ['dibao_persons', '农村', 2540, '人', '上半年'],
    ]);
  });
});

describe('a county’s monthly roll and its standards', () => {
  const { run, facts } = styleKit('某县');

  test('符合最低生活保障条件的对象有A户B人,其中农村…,城镇…: the roll, each side', () => {
    const r = run('经县民政局审核,2019年8月全县符合最低生活保障条件的对象有3150户7230人,其中农村2640户6110人,城镇510户1120人。', '8月', 2019);
    expect(facts(r.records)).toEqual([
      ['dibao_households', '', 3150, '户', '8月'],
      ['dibao_persons', '', 7230, '人', '8月'],
      ['dibao_households', '农村', 2640, '户', '8月'],
      ['dibao_persons', '农村', 6110, '人', '8月'],
      ['dibao_households', '城市', 510, '户', '8月'],
      ['dibao_persons', '城市', 1120, '人', '8月'],
    ]);
  });
});

test('a text opening with the month the figures were checked for is that month’s, when no period is given', () => {
  const ctx = inferContext('经县民政局、县财政局审核,2019年8月全县符合最低生活保障条件的对象有3150户7230人。\n我县城市低保保障标准为500元。', loadCatalogue());
  expect(ctx.period?.value).toBe('8月');
  expect(ctx.year?.value).toBe(2019);
});

describe('a half year’s assistance by programme', () => {
  const { run, facts } = styleKit('某市');

  test('城乡低保累计月人均补助水平分别为A元和B元: each side’s level', () => {
    expect(facts(run('城乡低保累计月人均补助水平分别为391.2元和296.8元。', '上半年').records)).toEqual([
      ['dibao_avg_subsidy', '城市', 391.2, '元/人·月', '上半年'],
      ['dibao_avg_subsidy', '农村', 296.8, '元/人·月', '上半年'],
    ]);
  });

  test('累计支出救助金A万 (万 with no 元) after the 特困 counts is their money', () => {
    const r = run('全市共有特困供养人员5120人,城市特困人员370人,农村特困人员4750人,累计支出救助金1820.6万。', '上半年');
    expect(facts(r.records).filter((x) => x[0] === 'tekun_funds')).toEqual([['tekun_funds', '', 1820.6, '万元', '上半年']]);
  });

  test('临时救助A人次(其中,低保对象…,特困供养对象…),支出救助金B万元,人均救助C元/人次: the groups in brackets join nothing', () => {
    const r = run('全市上半年实施临时救助2280人次(其中,低保对象340人次,特困供养对象58人次,其他对象1882人次),支出救助金161.4万元,人均救助707.9元/人次。', '上半年');
    expect(facts(r.records)).toEqual([
      ['temp_assist_times', '', 2280, '人次', '上半年'],
      ['temp_assist_funds', '', 161.4, '万元', '上半年'],
      ['temp_assist_avg', '', 707.9, '元/人次', '上半年'],
    ]);
  });

  test('各种社会福利收养性单位数A个,床位数B张: the institutions providing accommodation and their beds', () => {
    expect(facts(run('年末各种社会福利收养性单位数33个,床位数1180张。').records)).toEqual([
      ['accommodation_institutions', '', 33, '个', '全年'],
      ['accommodation_beds', '', 1180, '张', '全年'],
    ]);
  });
});

describe('a national round-up that tells of one village', () => {
  test('中国推进…取得成效 with 全国共火化遗体A万具 is the country’s, not the city named in one story', () => {
    const text = '中国推进殡葬改革取得新进展\n\n数据显示,2018年,全国共火化遗体480.2万具。\n\n在陕西渭南某县某村,有一个红白理事会,全市首个生态墓园也在建设中。';
    expect(inferContext(text, loadCatalogue()).region?.name).toBe('全国');
  });

  test('a news site’s name (中国江苏网讯) is no national title', () => {
    const text = '中国江苏网讯 近日,南京市民政局发布消息,全市共有低保对象1.2万人,南京市城市低保标准为每人每月1100元。';
    expect(inferContext(text, loadCatalogue()).region?.name).not.toBe('全国');
  });
});
