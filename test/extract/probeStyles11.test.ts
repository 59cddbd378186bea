// Frames met on real reports read this session, with short texts written for these tests in our own words and numbers:
// the month a document came out (今年2月印发《…总结》) taken as the figures' period; movements of a programme's roll written as 调出/调入/调进 or 减员 right before the programme's name or after a 新增 clause.
import { catalogue, styleKit } from './styleKit';
import { inferContext } from '../../src/core/extract/context';
import { extractRecords } from '../../src/core/extract/extract';

const { run, reasonOf } = styleKit('历下区');
const ids = (text: string, period = '全年') => run(text, period).records.map((r) => [r.indicatorId, r.breakdown, r.value, r.unit]);

describe('调出/调入 before the programme name are exits and entries', () => {
  test('共调出低保A人,调进B人', () => {
    expect(ids('年内全区共调出低保812人,调进905人。')).toEqual([
      ['dibao_exit_persons', '', 812, '人'],
      ['dibao_new_persons', '', 905, '人'],
    ]);
  });

  test('调出城市低保A户 keeps the side', () => {
    expect(ids('全区调出城市低保47户。')).toEqual([['dibao_exit_households', '城市', 47, '户']]);
  });

  test('调入低保A人 is an entry, not the roll', () => {
    expect(ids('全区共调入低保66人。')).toEqual([['dibao_new_persons', '', 66, '人']]);
  });
});

describe('减员 after a 新增 clause is the programme\'s exits', () => {
  test('新增农村五保A人,自然减员B人', () => {
    expect(ids('全年新增农村五保38人,自然减员51人。')).toEqual([
      ['tekun_new_persons', '', 38, '人'],
      ['tekun_exit_persons', '', 51, '人'],
    ]);
  });

  test('城市低保新增A户,减员B户', () => {
    expect(ids('城市低保新增19户,减员23户。')).toEqual([
      ['dibao_new_households', '城市', 19, '户'],
      ['dibao_exit_households', '城市', 23, '户'],
    ]);
  });

  test('减员 of a group that is no programme stays no record', () => {
    expect(ids('全区养老机构护理员减员9人。')).toEqual([]);
  });
});

describe('the month a document came out is not the period of its figures', () => {
  const news = '某市去年结婚登记创新低\n某市民政局今年3月印发《2023年某市民政工作总结》,其中提到,2023年婚姻登记总量为55070对(办理跨区登记6120对),其中结婚登记41250对、离婚登记13820对。';
  test('今年3月印发《2023年…总结》: no period 3月', () => {
    const ctx = inferContext(news, catalogue);
    expect(ctx.year?.value).toBe(2023);
    expect(ctx.period?.value).not.toBe('3月');
  });

  test('no figure is filed under 3月 (the period inferred, as mz extract passes it)', () => {
    const period = inferContext(news, catalogue).period?.value;
    const r = extractRecords(news, { region: '历下区', year: 2023, period, periodInferred: !!period, source: 't.txt', catalogue });
    expect(r.records.map((x) => [x.indicatorId, x.value, x.period])).toEqual([
      ['marriage_reg', 41250, '全年'],
      ['divorce_reg', 13820, '全年'],
    ]);
  });

  test('今年3月,全市办理结婚登记A对 still dates the figures', () => {
    expect(inferContext('今年3月,全市办理结婚登记3120对。', catalogue).period?.value).toBe('3月');
  });
});

describe('a standard the text later says was replaced', () => {
  test('调整为每人每月A元 …, then 由现行的每人每月A元调整为B元: B is the standard, A a candidate', () => {
    const r = run('区政府发出通知,全区城市低保标准统一调整为每人每月510元,农村低保标准调整为每人每月330元。\n提高标准后,城市低保标准由现行的每人每月510元调整为每人每月565元;农村低保标准由现行的每人每月330元调整为每人每月372元。');
    expect(r.records.map((x) => [x.indicatorId, x.value])).toEqual([
      ['dibao_std_urban', 565],
      ['dibao_std_rural', 372],
    ]);
    expect(r.candidates.filter((c) => c.reason === 'conflict').map((c) => c.value).sort()).toEqual([330, 510]);
  });

  test('two standards with no word of one replacing the other stay a conflict, the first kept', () => {
    const r = run('全区城市低保标准为每人每月510元。\n另据报道,全区城市低保标准为每人每月565元。');
    expect(r.records.map((x) => x.value)).toEqual([510]);
    expect(r.candidates.filter((c) => c.reason === 'conflict').map((c) => c.value)).toEqual([565]);
  });
});

describe('月人均保障标准 in a statistical bulletin is the standard', () => {
  test('人数A人,月人均保障标准B元/月 / 年人均保障标准C元/年', () => {
    expect(ids('全县城市居民最低生活保障人数4120人,月人均保障标准705元/月。农村居民最低生活保障人数9630人,年人均保障标准5640元/年。')).toEqual([
      ['dibao_persons', '城市', 4120, '人'],
      ['dibao_std_urban', '', 705, '元/人·月'],
      ['dibao_persons', '农村', 9630, '人'],
      ['dibao_std_rural', '', 5640, '元/人·年'],
    ]);
  });

  test('月人均补助水平 and 月人均补差 stay the average paid', () => {
    expect(ids('城市低保对象1130人,月人均补助水平415元,月人均补差372元。').map((x) => x[0])).not.toContain('dibao_std_urban');
  });
});

describe('the start date of a notice on the standards gives their year', () => {
  test('印发《关于调整…标准的通知》,自2021年7月1日起,我市提高…: 2021, despite the years the history names', () => {
    const text = '发布日期:2021-06-18\n市民政局近日印发《关于调整城乡居民最低生活保障标准的通知》,自2021年7月1日起,我市提高城乡低保标准。城市低保标准由每人每月760元提高到800元。据了解,我市城市低保制度始建于1997年。';
    expect(inferContext(text, catalogue).year?.value).toBe(2021);
  });

  test('a law cited with the date it took effect still gives no year', () => {
    const text = '根据《社会救助暂行办法》,自2014年5月1日起施行的规定,我市做好社会救助工作。2019年,全市城市低保标准每人每月700元;2020年提高到每人每月740元。';
    expect(inferContext(text, catalogue).year?.value).not.toBe(2014);
  });
});

describe('到YYYY年 opening a sentence sets a target', () => {
  test('到2023年全区集中供养率达到A% / 到2025年,全区养老床位达到B张,…C%: plans, not the figures', () => {
    const a = run('到2023年全区特困人员集中供养率达到52%,建成县乡村三级服务体系。');
    expect(a.records).toEqual([]);
    expect(reasonOf(a, 52)).toEqual(['plan']);
    const b = run('到2025年,全区养老床位达到4600张,护理型床位占比达到58%。');
    expect(b.records).toEqual([]);
    expect(reasonOf(b, 4600)).toEqual(['plan']);
  });

  test('到2023年底 / 截至到2023年 / 到2023年,全区已建成…: what stands at that date', () => {
    expect(ids('到2023年底,全区共有养老机构37家。')).toEqual([['elder_institutions', '', 37, '家']]);
    expect(ids('截至到2023年,全区共有养老机构37家。')).toEqual([['elder_institutions', '', 37, '家']]);
    expect(ids('到2023年,全区已建成养老机构37家,床位2950张。')).toEqual([
      ['elder_institutions', '', 37, '家'],
      ['elder_inst_beds', '', 2950, '张'],
    ]);
  });
});
