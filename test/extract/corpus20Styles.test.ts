// Styles met in a twentieth corpus of published texts (民政局 work summaries, news of a year's civil-affairs
// work, 民生实事 notices, charity and marriage news). Fixtures are written for these tests in our own words and numbers.
import { inferContext } from '../../src/core/extract/context';
import { catalogue, styleKit } from './styleKit';

const { run, facts, reasonOf } = styleKit('某市');

describe('a list of counts that moves from one programme to another', () => {
  test('城市低保A人,农村特困B人: the second clause names its own programme, it does not inherit 低保', () => {
    const r = run('截至年底,全市保障城市低保6120人,农村特困2970人。');
    expect(facts(r.records)).toEqual([
      ['dibao_persons', '城市', 6120, '人', '全年'],
      ['tekun_persons', '农村', 2970, '人', '全年'],
    ]);
  });

  test('a clause of the same programme still inherits its side', () => {
    const r = run('截至年底,全市保障城市低保6120人,农村低保2.16万人。');
    expect(facts(r.records)).toEqual([
      ['dibao_persons', '城市', 6120, '人', '全年'],
      ['dibao_persons', '农村', 2.16, '万人', '全年'],
    ]);
  });
});

describe('a bare money word after counts of two programmes', () => {
  test('…城市低保A人,农村特困B人,累计发放保障金C亿元: the money of both together is a candidate', () => {
    const r = run('截至年底,全市保障城市低保6120人,农村特困2970人,累计发放保障金1.85亿元。');
    expect(facts(r.records).map((x) => x[0])).not.toContain('dibao_funds');
    expect(facts(r.records).map((x) => x[0])).not.toContain('tekun_funds');
    expect(reasonOf(r, 1.85)).toEqual(['combined']);
  });

  test('after counts of one programme only, the bare money is that programme’s', () => {
    const r = run('截至年底,全市保障城市低保6120人,农村低保2970人,累计发放保障金1.85亿元。');
    expect(facts(r.records)).toContainEqual(['dibao_funds', '', 1.85, '亿元', '全年']);
  });
});

describe('the members of one group who receive a programme', () => {
  test('监测对象户中享受农村低保A户B人 is a subset of the programme', () => {
    const r = run('截至年底,全县防返贫监测对象户中享受农村低保214户387人。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 214)).toEqual(['subset']);
    expect(reasonOf(r, 387)).toEqual(['subset']);
  });

  test('the programme’s own whole split by side is still filed', () => {
    const r = run('全县低保对象中享受城市低保的有452人。');
    expect(facts(r.records)).toEqual([['dibao_persons', '城市', 452, '人', '全年']]);
  });
});

describe('新增/新纳入 said once for a comma list', () => {
  test('新增城乡低保A人,特困供养对象B人: the bare item after the 新增 clause is new too', () => {
    const r = run('全年新增城乡低保对象1364人,特困供养对象58人。');
    expect(facts(r.records)).toEqual([
      ['dibao_new_persons', '', 1364, '人', '全年'],
      ['tekun_new_persons', '', 58, '人', '全年'],
    ]);
  });

  test('新纳入城乡低保对象A人,特困供养对象B人: 新纳入 is a movement, not an action on the stock', () => {
    const r = run('全年新纳入城乡低保对象1364人,特困供养对象58人。');
    expect(facts(r.records)).toEqual([
      ['dibao_new_persons', '', 1364, '人', '全年'],
      ['tekun_new_persons', '', 58, '人', '全年'],
    ]);
  });

  test('新纳入农村低保A人,农村特困B人: one side’s new 特困 count is no whole (the indicator has no sides)', () => {
    const r = run('全年新纳入农村低保1364人,农村特困58人。');
    expect(facts(r.records)).toEqual([['dibao_new_persons', '农村', 1364, '人', '全年']]);
    expect(reasonOf(r, 58)).toEqual(['subset']);
  });

  test('an item with its own 共 is a stock, not new', () => {
    const r = run('全年新增低保对象125人,特困供养对象共1046人。');
    expect(facts(r.records)).toContainEqual(['tekun_persons', '', 1046, '人', '全年']);
  });
});

describe('a headline figure in 万 rounded from the body’s exact one', () => {
  test('标题 6.4万对, 正文 63871对: the exact figure is the record, the rounded one a candidate', () => {
    const r = run('去年全市结婚登记6.4万对,创新低\n2023年,全市办理结婚登记63871对、离婚登记20514对。');
    expect(facts(r.records)).toEqual([
      ['marriage_reg', '', 63871, '对', '全年'],
      ['divorce_reg', '', 20514, '对', '全年'],
    ]);
    expect(reasonOf(r, 6.4)).toEqual(['conflict']);
  });

  test('a 万 figure that is no rounding of the later one keeps the key (the later one is the conflict)', () => {
    const r = run('去年全市结婚登记6.4万对。\n2023年,全市办理结婚登记61871对。');
    expect(facts(r.records)).toEqual([['marriage_reg', '', 6.4, '万对', '全年']]);
    expect(reasonOf(r, 61871)).toEqual(['conflict']);
  });
});

describe('a bracket that says what a figure leaves out', () => {
  test('…发放836.2万元(不含价格临时补贴): the bracket does not name the money', () => {
    const r = run('全区特困人员共1468人,累计发放836.2万元(不含价格临时补贴)。');
    expect(facts(r.records).map((x) => x[0])).not.toContain('price_subsidy_funds');
    expect(facts(r.records)).toContainEqual(['tekun_persons', '', 1468, '人', '全年']);
  });

  test('a bracket that names the money still does', () => {
    const r = run('全年发放价格临时补贴36.5万元(含春节补贴)。');
    expect(facts(r.records)).toEqual([['price_subsidy_funds', '', 36.5, '万元', '全年']]);
  });
});

describe('beds counted in 个, and one kind of institution', () => {
  test('全区共有养老床位2316个: beds in 个 are beds, not institutions', () => {
    const r = run('全区共有养老床位2316个。');
    expect(facts(r.records)).toEqual([['elder_beds', '', 2316, '张', '全年']]);
  });

  test('医养结合养老机构A所 is one kind of institution (a subset), 养老机构B个 all of them', () => {
    const r = run('全区共有养老床位2316个,医养结合养老机构3所。');
    expect(facts(r.records)).toEqual([['elder_beds', '', 2316, '张', '全年']]);
    expect(reasonOf(r, 3)).toEqual(['subset']);
    const all = run('全区共有养老机构17个,床位2316个。');
    expect(facts(all.records)).toEqual([
      ['elder_institutions', '', 17, '个', '全年'],
      ['elder_inst_beds', '', 2316, '张', '全年'],
    ]);
  });
});

describe('到YYYY年N月 opening a clause', () => {
  test('到2023年10月,已完成A户适老化改造,新增养老床位B张: dated to 1-10月 like 截至2023年10月', () => {
    const r = run('到2023年10月,全区已完成212户困难老年人家庭适老化改造,新增养老床位64张。');
    expect(facts(r.records)).toEqual([
      ['elder_retrofit_households', '', 212, '户', '1-10月'],
      ['elder_beds_new', '', 64, '张', '1-10月'],
    ]);
  });

  test('after an item number (3、到2023年10月,…) it still opens the clause', () => {
    const r = run('3、到2023年10月,全区已完成212户困难老年人家庭适老化改造。');
    expect(facts(r.records)).toEqual([['elder_retrofit_households', '', 212, '户', '1-10月']]);
  });

  test('到…年…月 inside a clause dates nothing', () => {
    const r = run('全区把护理补贴延续到2023年10月,新增养老床位64张。');
    expect(facts(r.records)).toEqual([['elder_beds_new', '', 64, '张', '全年']]);
  });
});

describe('bare 元 of a yearly standard in a paragraph that counts by the month', () => {
  test('…每人每月1180元;全失能、半失能、能自理护理补贴分别达到1420元、360元、90元: period unknown, candidates', () => {
    const r = run('特困供养救助标准为每人每月1180元;全失能、半失能、能自理护理补贴分别达到1420元、360元、90元。');
    expect(facts(r.records)).toEqual([['tekun_std', '', 1180, '元/人·月', '全年']]);
    expect(reasonOf(r, 1420)).toEqual(['unit_period']);
    expect(reasonOf(r, 90)).toEqual(['unit_period']);
  });

  test('in a paragraph with no period word, bare 元 keeps the catalogue’s yearly unit', () => {
    const r = run('全失能、半失能、能自理特困人员护理补贴分别达到14200元、3600元、900元。');
    expect(facts(r.records)).toContainEqual(['tekun_care_std', '完全不能自理', 14200, '元/人·年', '全年']);
  });
});

describe('纳入 in a statement of the state at a date', () => {
  test('截至12月,全区纳入城乡低保对象A户B人,纳入城乡特困供养对象C人: the programmes’ stock', () => {
    const r = run('截至12月,全区纳入城乡低保对象5120户7736人,纳入城乡特困供养对象318人。');
    expect(facts(r.records)).toEqual([
      ['dibao_households', '', 5120, '户', '全年'],
      ['dibao_persons', '', 7736, '人', '全年'],
      ['tekun_persons', '', 318, '人', '全年'],
    ]);
  });

  test('新纳入 stays new, even with 截至', () => {
    const r = run('截至12月,全区新纳入城乡低保对象512户。');
    expect(facts(r.records).map((x) => x[0])).not.toContain('dibao_households');
  });
});

describe('catalogue aliases met in these texts', () => {
  test('城乡低保保障标准为A元 is the unified 低保 standard', () => {
    const r = run('提标后,全区城乡低保保障标准为910元,月人均补差水平达到577元。');
    expect(facts(r.records)).toEqual([
      ['dibao_std', '', 910, '元/人·月', '全年'],
      ['dibao_avg_subsidy', '', 577, '元/人·月', '全年'],
    ]);
  });

  test('长者饭堂A家 are meal points', () => {
    const r = run('目前,全市共有长者饭堂187家。');
    expect(facts(r.records)).toEqual([['elder_meal_points', '', 187, '家', '全年']]);
  });
});

describe('城乡低保 as the subject of a first clause counted in 人次', () => {
  test('全年城乡低保累计保障A人次,发放资金B万元: the money is the 低保 money', () => {
    const r = run('全年城乡低保累计保障43120人次,发放资金1876万元。');
    expect(facts(r.records)).toEqual([['dibao_funds', '', 1876, '万元', '全年']]);
    expect(reasonOf(r, 43120)).toEqual(['no_indicator']);
  });

  test('not when the money is named as another kind of assistance', () => {
    const r = run('全年城乡低保累计保障43120人次,医疗救助发放资金1876万元。');
    expect(facts(r.records).map((x) => x[0])).not.toContain('dibao_funds');
  });
});

describe('two subsidy standards named with 城乡 and one value', () => {
  test('城乡困难残疾人生活补贴标准为A元: the 乡 of 城乡 is no township split', () => {
    const r = run('城乡困难残疾人生活补贴标准为每人每月90元。');
    expect(facts(r.records)).toEqual([['disab_living_std', '', 90, '元/人·月', '全年']]);
  });

  test('城乡困难残疾人生活补贴标准、城乡重度残疾人护理补贴标准均达到A元: both standards', () => {
    const r = run('城乡困难残疾人生活补贴标准、城乡重度残疾人护理补贴标准提标后均达到每人每月90元。');
    expect(facts(r.records)).toEqual([
      ['disab_care_std', '', 90, '元/人·月', '全年'],
      ['disab_living_std', '', 90, '元/人·月', '全年'],
    ]);
  });
});

describe('a task reported done', () => {
  test('完成…适老化改造A户任务: what was done', () => {
    const r = run('全年完成困难老年人家庭适老化改造86户任务。');
    expect(facts(r.records)).toEqual([['elder_retrofit_households', '', 86, '户', '全年']]);
  });

  test('要完成…A户任务 and 下达…A户任务 stay plans', () => {
    expect(reasonOf(run('今年要完成困难老年人家庭适老化改造86户任务。'), 86)).toEqual(['plan']);
    expect(reasonOf(run('省里下达困难老年人家庭适老化改造86户任务。'), 86)).toEqual(['plan']);
  });
});

describe('a kind of social organisation named again in brackets', () => {
  test('社会服务机构(民办非企业单位)A家 is the stock of that kind', () => {
    const r = run('全市共有社会组织6120家,其中社会团体2410家、社会服务机构(民办非企业单位)3615家、基金会95家。');
    expect(facts(r.records)).toEqual([
      ['social_orgs', '', 6120, '家', '全年'],
      ['social_groups', '', 2410, '家', '全年'],
      ['non_enterprise_units', '', 3615, '家', '全年'],
      ['foundations', '', 95, '家', '全年'],
    ]);
  });
});

describe('a province in the title of a prize or programme', () => {
  test('荣获湖北省第十一届…奖 and 入选“湖北省…计划” do not make the text the province’s', () => {
    const text = '这一年,各项社会事业稳步推进。县卫校入选“湖北省特色职业院校培育计划”,花鼓戏《茶乡》荣获湖北省第九届“楚天文华奖”。县图书馆新馆开放。';
    expect(inferContext(text, catalogue).region).toBeUndefined();
  });

  test('a province named as the subject still is', () => {
    const text = '湖北省民政厅发布,截至年底湖北省共有低保对象120万人,湖北省各地均已提标。';
    expect(inferContext(text, catalogue).region?.name).toBe('湖北省');
  });
});

describe('生活无着人员社会救助 under a heading, with the year’s expected total', () => {
  test('预期指标总量为A人次 is a plan; 已救助B人次 is the period’s', () => {
    const r = run('3、生活无着人员社会救助:全年预期指标总量为120人次,截止6月已救助41人次。', '上半年');
    expect(facts(r.records)).toEqual([['vagrant_assist_times', '', 41, '人次', '上半年']]);
    expect(reasonOf(r, 120)).toEqual(['plan']);
  });
});

describe('the beneficiaries of one payment', () => {
  test('此次补贴受益对象A人,其中城乡低保对象B人,特困人员C人: not the programmes’ counts', () => {
    const r = run('经统计,本次一次性补贴惠及困难群众2.1万余人,其中城乡低保对象17420人,特困人员3315人,补贴资金合计268.4万元。');
    expect(facts(r.records).map((x) => x[0])).not.toContain('dibao_persons');
    expect(facts(r.records).map((x) => x[0])).not.toContain('tekun_persons');
    expect(reasonOf(r, 17420)).toEqual(['action']);
  });

  test('a sentence with no 此次/本次 keeps the programme’s count', () => {
    const r = run('截至年底,全县城乡低保对象17420人,特困人员3315人。');
    expect(facts(r.records)).toEqual([
      ['dibao_persons', '', 17420, '人', '全年'],
      ['tekun_persons', '', 3315, '人', '全年'],
    ]);
  });
});

describe('a clock time on one day', () => {
  test('截至今年8月22日17时,全区共办理结婚登记A对: what one day had by then (partial)', () => {
    const r = run('据自治区民政厅数据,截至今年8月22日17时,全区共办理结婚登记2917对。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 2917)).toEqual(['partial']);
  });

  test('截至12月31日 with no clock time is the year’s', () => {
    const r = run('截至12月31日,全区共办理结婚登记2917对。');
    expect(facts(r.records)).toEqual([['marriage_reg', '', 2917, '对', '全年']]);
  });
});

describe('one festival day of marriage registrations', () => {
  test('今年七夕节全省…共办理结婚登记A对: one day (partial); the year’s total before it stays', () => {
    const r = run('今年七夕节全省各地婚姻登记处共办理结婚登记6412对。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 6412)).toEqual(['partial']);
    const y = run('全年共办理结婚登记48210对,其中七夕节当天办理结婚登记612对。');
    expect(facts(y.records)).toEqual([['marriage_reg', '', 48210, '对', '全年']]);
    expect(reasonOf(y, 612)).toEqual(['partial']);
  });
});

describe('a sentence opened by one day', () => {
  test('5月20日,全市结婚登记出现小高峰,共计A对: that day’s count (partial)', () => {
    const r = run('5月20日,全市结婚登记出现一个小高峰,共计1126对新人领证。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 1126)).toEqual(['partial']);
  });

  test('a news date (1月10日,记者从市民政局获悉,…) does not date the figure', () => {
    const r = run('1月10日,记者从市民政局获悉,全市共办理结婚登记41290对。');
    expect(facts(r.records)).toEqual([['marriage_reg', '', 41290, '对', '全年']]);
  });
});

describe('a round-up citing the bureaus of unrelated regions', () => {
  test('广东省民政厅…;江苏省民政厅…: no one region', () => {
    const text = '多地七夕结婚登记量上升\n广东省民政厅发布数据,七夕当天全省共结婚登记6120对。江苏省民政厅消息,七夕节全省共办理结婚登记5870对,全省各地运行平稳。';
    expect(inferContext(text, catalogue).region).toBeUndefined();
  });

  test('a city bureau citing its own province’s bureau is still the city’s', () => {
    const text = '广州市民政局消息,根据广东省民政厅部署,全市共办理结婚登记5870对,市民政局将继续做好服务。';
    expect(inferContext(text, catalogue).region?.name).toBe('广州市');
  });
});
