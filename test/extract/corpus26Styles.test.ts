// Styles met in a twenty-sixth corpus of published texts (monthly relief-fund news of a city, a county's yearly
// relief news, 慈善总会 news, 养老 news). Fixtures are written for these tests in our own words and numbers.
import { styleKit } from './styleKit';

describe('a bare money word before a clause naming two programmes is their joint money', () => {
  const { run, facts, reasonOf } = styleKit('某县');

  test('发放救助金A万元,低保、五保对象共计B人受益 is not the 特困 money', () => {
    const r = run('记者从县民政局获悉,今年2月份,我县发放救助金812.6万元,全县低保、五保对象共计30215人受益。', '2月');
    expect(facts(r.records)).toEqual([]);
    expect(reasonOf(r, 812.6)).toEqual(['combined']);
  });

  test('发放A万元救助金 (the money word after the value) likewise', () => {
    const r = run('今年2月份,我县发放2210.4万元救助金,全县低保、五保对象共计90312人收益。', '2月');
    expect(facts(r.records)).toEqual([]);
    expect(reasonOf(r, 2210.4)).toEqual(['combined']);
  });

  test('the same money before a clause naming one programme still goes to it', () => {
    const r = run('今年2月份,我县发放救助金96.5万元,五保对象共计1180人受益。', '2月');
    expect(facts(r.records)).toEqual([
      ['tekun_funds', '', 96.5, '万元', '2月'],
      ['tekun_persons', '农村', 1180, '人', '2月'],
    ]);
  });
});

describe('救助资金 right after the counts of one programme named by its side (城市低保A户,B人)', () => {
  const { run, facts } = styleKit('某市');

  test('城市低保A户,共计B人,当月共接受救助资金C万元 is the urban 低保 money', () => {
    const r = run('全市现有城市低保2130户,共计3902人,2月份共接受救助资金120.4万元。全市现有农村低保14210户,共计25113人,2月份为农村低保户发放低保金598.3万元。', '2月');
    expect(facts(r.records)).toEqual([
      ['dibao_households', '城市', 2130, '户', '2月'],
      ['dibao_persons', '城市', 3902, '人', '2月'],
      ['dibao_funds', '城市', 120.4, '万元', '2月'],
      ['dibao_households', '农村', 14210, '户', '2月'],
      ['dibao_persons', '农村', 25113, '人', '2月'],
      ['dibao_funds', '农村', 598.3, '万元', '2月'],
    ]);
  });

  test('救助资金 after counts of both programmes is not given to either', () => {
    const r = run('全市现有城市低保2130户,农村特困人员1020人,2月份共接受救助资金150.2万元。', '2月');
    expect(r.records.filter((x) => x.value === 150.2).map((x) => x.indicatorId)).not.toContain('dibao_funds');
    expect(r.records.filter((x) => x.value === 150.2).map((x) => x.indicatorId)).not.toContain('tekun_funds');
  });
});

describe('amounts of one programme paid to counted groups one after another are parts', () => {
  const { run, facts, reasonOf } = styleKit('某县');

  test('向A户支出型家庭发放临时救助金…;B户临时救助对象发放救助金: no part is filed as the total', () => {
    const r = run('向低保范围以外的95户“支出型”困难家庭发放临时救助金21.3万元,31人发放春节临时救助金8800元。57户临时救助对象发放救助金12.6万元。');
    expect(facts(r.records)).toEqual([]);
    expect(reasonOf(r, 21.3)).toEqual(['conflict']);
    expect(reasonOf(r, 12.6)).toEqual(['conflict']);
  });

  test('a total stated first keeps the key', () => {
    const r = run('全年共发放临时救助金48.2万元。向95户因病致困家庭发放临时救助金21.3万元。');
    expect(facts(r.records)).toEqual([['temp_assist_funds', '', 48.2, '万元', '全年']]);
    expect(reasonOf(r, 21.3)).toEqual(['conflict']);
  });
});

describe('a 特困 figure whose clause names only 五保 is the rural side', () => {
  const { run, facts } = styleKit('某县');

  test('为A名五保户发放供养金B万元', () => {
    const r = run('按照集中供养每人每年7500元和分散供养每人每年5120元的标准,按时足额为712名五保户发放供养金388.6万元。');
    expect(facts(r.records).filter((x) => x[0] === 'tekun_funds')).toEqual([['tekun_funds', '农村', 388.6, '万元', '全年']]);
  });

  test('a clause naming 城市 三无 as well keeps the whole', () => {
    const r = run('全年为五保户和城市三无人员发放供养金402.5万元。');
    expect(facts(r.records).filter((x) => x[0] === 'tekun_funds').map((x) => x[1])).not.toContain('农村');
  });
});

describe('a text whose only year is "X年以来" (figures from X to an unstated date)', () => {
  const { extractRecords } = jest.requireActual('../../src/core/extract/extract') as typeof import('../../src/core/extract/extract');
  const { catalogue } = jest.requireActual('./styleKit') as typeof import('./styleKit');

  test('2018年以来,市慈善总会募集慈善款物A万元 is no 全年 record of 2018', () => {
    const r = extractRecords('记者从市慈善总会了解到,2018年以来,市慈善总会募集慈善款物3200余万元,受益群众达12.4万人次。', { source: 't.txt', catalogue });
    expect(r.records).toEqual([]);
    expect(r.candidates.filter((c) => c.value === 3200).map((c) => c.reason)).toEqual(['period_unknown']);
  });

  test('a year also opening a line of its own still dates the figures', () => {
    const r = extractRecords('2018年以来,全市养老服务稳步发展。\n2018年,全市共办理结婚登记12000对。', { source: 't.txt', catalogue });
    expect(r.records.map((x) => [x.indicatorId, x.value, x.year, x.period])).toEqual([['marriage_reg', 12000, 2018, '全年']]);
  });
});

describe('a short place name that opens an indicator’s name is that word (新建 of 新建养老服务设施, not 新建区)', () => {
  const { run, facts } = styleKit('泰安市');

  test('2023年,新建养老服务设施A个 in a city’s text is the city’s', () => {
    const r = run('全市共有养老服务设施1710个。2023年,新建养老服务设施171个。');
    expect(facts(r.records)).toEqual([
      ['elder_facilities', '', 1710, '个', '全年'],
      ['elder_facilities_new', '', 171, '个', '全年'],
    ]);
  });

  test('a clause opening with another region’s full name is still that region’s', () => {
    const r = run('全市共有养老服务设施1710个。济南市新建养老服务设施171个。');
    expect(facts(r.records)).toEqual([['elder_facilities', '', 1710, '个', '全年']]);
  });
});

describe('养老福利机构 and 老年床位 (names of institutions and beds in news and bulletins)', () => {
  const { run, facts } = styleKit('某市');

  test('已建有各类养老福利机构A家,总床位B张', () => {
    const r = run('据悉,我市已建有各类养老福利机构61家,总床位9120张,每千名老人拥有床位32张。');
    expect(facts(r.records).slice(0, 2)).toEqual([
      ['elder_institutions', '', 61, '家', '全年'],
      ['elder_inst_beds', '', 9120, '张', '全年'],
    ]);
  });

  test('各类机构和社区老年床位A万张 is all beds; 社区老年床位 alone is the community’s', () => {
    expect(facts(run('截至年底,各类机构和社区老年床位812.6万张。').records)).toEqual([['elder_beds', '', 812.6, '万张', '全年']]);
    expect(facts(run('截至年底,全市社区老年床位1200张。').records)).toEqual([['community_elder_beds', '', 1200, '张', '全年']]);
  });
});

describe('a 其中 list of people ends where things are counted', () => {
  const { run, facts, reasonOf } = styleKit('某市');

  test('老龄人口A万人,其中高龄老人B万人,…,已建有养老福利机构C家,总床位D张', () => {
    const r = run('据悉,我市现有老龄人口31万人,其中80岁以上的高龄老人近5万人,百岁以上老人120多人,已建有各类养老福利机构61家,总床位9120张。');
    expect(facts(r.records)).toEqual([
      ['elder_institutions', '', 61, '家', '全年'],
      ['elder_inst_beds', '', 9120, '张', '全年'],
    ]);
  });

  test('things counted after 其中 things stay parts', () => {
    const r = run('全市养老机构61家,床位9120张,其中公办养老机构20家,床位3100张。');
    expect(facts(r.records)).toEqual([
      ['elder_institutions', '', 61, '家', '全年'],
      ['elder_inst_beds', '', 9120, '张', '全年'],
    ]);
    expect(reasonOf(r, 3100)).toEqual(['subset']);
  });
});

describe('为A户B人发放城市低保金: the households of a chain named after it', () => {
  const { run, facts } = styleKit('某县');

  test('both counts of the chain take the programme and side named after it', () => {
    const r = run('全年为1320户2480人发放城市低保金905.12万元,为3011户6120人发放农村低保金1702.4万元。');
    expect(facts(r.records)).toEqual([
      ['dibao_households', '城市', 1320, '户', '全年'],
      ['dibao_persons', '城市', 2480, '人', '全年'],
      ['dibao_funds', '城市', 905.12, '万元', '全年'],
      ['dibao_households', '农村', 3011, '户', '全年'],
      ['dibao_persons', '农村', 6120, '人', '全年'],
      ['dibao_funds', '农村', 1702.4, '万元', '全年'],
    ]);
  });
});

describe('a visiting bureau (…民政局一行…对我市调研) is not the report’s region', () => {
  const { inferContext } = jest.requireActual('../../src/core/extract/context') as typeof import('../../src/core/extract/context');
  const { catalogue } = jest.requireActual('./styleKit') as typeof import('./styleKit');

  test('the visitor is left out; the host named elsewhere is the region', () => {
    const ctx = inferContext('日前,常州市民政局一行6人对我市养老服务工作进行专题调研。据悉,泰州市现有养老机构40家,总床位6200张。', catalogue);
    expect(ctx.region?.name).toBe('泰州市');
  });

  test('a visitor alone leaves the region undecided', () => {
    const ctx = inferContext('日前,常州市民政局一行6人在副局长带领下对我市养老机构建设情况进行专题调研,实地走访了两家养老院。', catalogue);
    expect(ctx.region).toBeUndefined();
  });

  test('a bureau holding its own meeting is still the issuer', () => {
    const ctx = inferContext('常州市民政局召开全市养老服务工作会议。全市现有养老机构40家。', catalogue);
    expect(ctx.region?.name).toBe('常州市');
  });
});

describe('the span and year of a news item', () => {
  const { inferContext } = jest.requireActual('../../src/core/extract/context') as typeof import('../../src/core/extract/context');
  const { catalogue } = jest.requireActual('./styleKit') as typeof import('./styleKit');
  const long = '市里采取措施,加大投入,整合资源,加快了养老服务体系建设的步伐,各项工作稳步推进,群众满意度不断提高。'.repeat(3);

  test('a cited 《政府工作报告》 or a 年度…目标任务 does not make the figures a whole year’s', () => {
    const ctx = inferContext(`${long}市里将养老服务纳入《政府工作报告》决定事项。全市养老机构增加养老床位820张,完成年度新增床位1000张目标任务的82%。`, catalogue);
    expect(ctx.period).toBeUndefined();
  });

  test('a 工作报告 of the text’s own still does', () => {
    const ctx = inferContext('区民政局2023年工作报告\n全区共有养老机构12家。', catalogue);
    expect(ctx.period?.value).toBe('全年');
  });

  test('本报讯2013年,县民政局… dates the item', () => {
    const ctx = inferContext('县民政局做好社会救助\n本报讯2013年,县民政局坚持应助尽助,全年为1209户发放城市低保金。', catalogue);
    expect(ctx.year?.value).toBe(2013);
  });

  test('本报讯2014年,县民政局将… is a plan, not the year of the figures', () => {
    const ctx = inferContext('县民政局部署工作\n本报讯2014年,县民政局将继续做好社会救助。', catalogue);
    expect(ctx.year?.basis ?? '').not.toMatch(/导语/);
  });
});

describe('one standard paid to two groups (按每人每月A元保障X B名和Y C名) is each group’s standard', () => {
  const { run, facts, reasonOf } = styleKit('某市');

  test('散居孤儿 and 事实无人抚养儿童 at one monthly rate', () => {
    const r = run('截至6月份,按每人每月1100元保障社会散居孤儿412名和事实无人抚养儿童603名,共发放生活费300.2万元。', '上半年');
    expect(facts(r.records)).toEqual([
      ['orphan_std', '社会散居', 1100, '元/人·月', '上半年'],
      ['fmcare_std', '', 1100, '元/人·月', '上半年'],
      ['orphan_persons', '社会散居', 412, '人', '上半年'],
      ['fmcare_persons', '', 603, '人', '上半年'],
    ]);
    expect(reasonOf(r, 300.2)).toEqual(['subset']);
  });

  test('a count over two groups stays combined', () => {
    const r = run('全市共保障孤儿和事实无人抚养儿童1015名。');
    expect(facts(r.records)).toEqual([]);
    expect(reasonOf(r, 1015)).toEqual(['combined']);
  });
});

describe('按每人每月A元保障X B名: the rate paid to the group named after it is its standard', () => {
  const { run, facts } = styleKit('某市');

  test('alone', () => {
    const r = run('按每人每月600元保障重点困境儿童270名。', '上半年');
    expect(facts(r.records)).toEqual([
      ['kunjing_std', '', 600, '元/人·月', '上半年'],
      ['kunjing_persons', '', 270, '人', '上半年'],
    ]);
  });

  test('after another group’s rate in the same sentence', () => {
    const r = run('按每人每月1100元保障事实无人抚养儿童603名,共发放生活费300.2万元,按每人每月600元保障重点困境儿童 270名,共发放资金 45.5万元。', '上半年');
    expect(facts(r.records).filter((x) => x[3] === '元/人·月')).toEqual([
      ['fmcare_std', '', 1100, '元/人·月', '上半年'],
      ['kunjing_std', '', 600, '元/人·月', '上半年'],
    ]);
  });

  test('a count of people a payment went to stays an action', () => {
    const r = run('为221名分散供养特困人员发放口罩。');
    expect(facts(r.records)).toEqual([]);
  });
});

describe('增加养老床位A张 (the verb right before the name) counts what was added in the period', () => {
  const { run, facts, reasonOf } = styleKit('某市');

  test('beds added this year are new beds; a target of additions is not', () => {
    const r = run('今年以来,全市养老机构增加养老床位1640张,完成年度增加养老床位2000张目标任务的82%。目前全市养老床位7900张。', '上半年');
    expect(facts(r.records)).toEqual([
      ['elder_beds_new', '', 1640, '张', '上半年'],
      ['elder_beds', '', 7900, '张', '上半年'],
    ]);
    expect(facts(r.records).map((x) => x[2])).not.toContain(2000);
    expect(reasonOf(r, 82)).toEqual(['plan']);
  });

  test('a stock said to have grown by an amount stays a change', () => {
    const r = run('全市养老床位比上年增加1640张。', '上半年');
    expect(facts(r.records)).toEqual([]);
  });
});

describe('a news lead opening with the coming year’s plan (了解到,2020年,…将) dates the figures the year before', () => {
  const { inferContext } = jest.requireActual('../../src/core/extract/context') as typeof import('../../src/core/extract/context');
  const { catalogue } = jest.requireActual('./styleKit') as typeof import('./styleKit');

  test('从…会议上了解到,2025年,某市将…', () => {
    const ctx = inferContext('从28日召开的全市民政工作会议上了解到,2025年,某市将新建养老设施90个。据了解,全市共有养老服务设施820个。', catalogue);
    expect(ctx.year?.value).toBe(2024);
  });

  test('a lead stating the year’s own figures is that year', () => {
    const ctx = inferContext('记者从市民政局获悉,2025年,全市共办理结婚登记12000对。', catalogue);
    expect(ctx.year?.value).toBe(2025);
  });
});
