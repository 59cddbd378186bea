// Styles met in a twenty-third corpus of published texts (民政 work summaries, one-month and one-quarter payment news,
// 民生实事 progress tables, national press releases). Fixtures are written for these tests in our own words and numbers.
import { styleKit } from './styleKit';

const { run, facts, reasonOf } = styleKit('某县');

describe('新认定 / 新审批 name new admissions like 新纳入', () => {
  test('新认定城市低保对象A人,新认定农村低保对象B人 are new counts by side, not the stock', () => {
    const r = run('上半年,全县新认定城市低保对象213人,新认定农村低保对象958人,城乡低保总保障人口达到28460人。', '上半年');
    expect(facts(r.records)).toEqual([
      ['dibao_new_persons', '城市', 213, '人', '上半年'],
      ['dibao_new_persons', '农村', 958, '人', '上半年'],
      ['dibao_persons', '', 28460, '人', '上半年'],
    ]);
  });

  test('新审批低保对象A户B人 likewise', () => {
    const r = run('全年新审批低保对象74户131人。');
    expect(facts(r.records)).toEqual([
      ['dibao_new_households', '', 74, '户', '全年'],
      ['dibao_new_persons', '', 131, '人', '全年'],
    ]);
  });

  test('认定 alone (审核认定低保对象) is no new count', () => {
    const r = run('截至年底,全县审核认定低保对象5120户9384人。');
    expect(facts(r.records)).toEqual([
      ['dibao_households', '', 5120, '户', '全年'],
      ['dibao_persons', '', 9384, '人', '全年'],
    ]);
  });
});

describe('a per-head level named 救助水平', () => {
  test('城乡低保月人均救助水平分别达到A元和B元 is the average subsidy by side, never money paid', () => {
    const r = run('城乡低保月人均救助水平分别达到412.6元和265.3元,累计发放低保资金5230万元。', '上半年');
    expect(facts(r.records)).toEqual([
      ['dibao_avg_subsidy', '城市', 412.6, '元/人·月', '上半年'],
      ['dibao_avg_subsidy', '农村', 265.3, '元/人·月', '上半年'],
      ['dibao_funds', '', 5230, '万元', '上半年'],
    ]);
  });
});

describe('a count of people that names its own generic group', () => {
  test('…供养人员基本生活费等提前发放到位,让全市A名困难群众过好年: all the groups paid, not the 特困 persons', () => {
    const r = run('市民政局将低保金、特困供养人员基本生活费等救助金提前发放到位,让全市3186名困难群众安心过年。', '2月');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 3186)).toEqual(['no_indicator']);
  });

  test('a count right after its programme (低保对象A名困难群众) stays that programme’s', () => {
    const r = run('城乡低保对象2875名困难群众按月领取低保金。');
    expect(facts(r.records)).toEqual([['dibao_persons', '', 2875, '人', '全年']]);
  });
});

describe('a rate of those who asked for it', () => {
  test('有意愿特困老人集中供养率A%: the share of the willing, not the catalogue’s rate of the disabled', () => {
    const r = run('实施困难老年人居家适老化改造4120户,有意愿特困老人集中供养率100%。');
    expect(facts(r.records)).toEqual([['elder_retrofit_households', '', 4120, '户', '全年']]);
    expect(reasonOf(r, 100)).toEqual(['subset']);
  });

  test('有集中供养意愿的特困人员集中供养率 likewise; 生活不能自理特困人员集中供养率 stays', () => {
    const r = run('有集中供养意愿的特困人员集中供养率达100%,生活不能自理特困人员集中供养率达到68%。');
    expect(facts(r.records)).toEqual([['tekun_centralized_rate', '', 68, '%', '全年']]);
  });
});

describe('the task cell of a progress table', () => {
  const table = [
    '项目名称', '', '内容', '', '牵头单位', '', '进展情况(12月)', '',
    '养老服务项目', '', '新建8家社区老年食堂,实施困难老年人家庭适老化改造180户。', '', '区民政局', '',
    '已建成9家社区老年食堂,完成适老化改造203户,超额完成。',
  ].join('\n');

  test('the cell before the leading office states the target; the progress cells are what was done', () => {
    const r = run(table);
    expect(facts(r.records)).toEqual([['elder_retrofit_households', '', 203, '户', '全年']]);
    expect(reasonOf(r, 180)).toEqual(['plan']);
  });

  test('a work summary line followed by an office line is no table without a progress header', () => {
    const r = run('全年实施困难老年人家庭适老化改造180户。\n区民政局\n');
    expect(facts(r.records)).toEqual([['elder_retrofit_households', '', 180, '户', '全年']]);
  });
});

describe('a plan written with 新(改)建', () => {
  test('今年将新(改)建…设施A个 is a plan like 将新建', () => {
    const r = run('今年,全市将新(改)建社区养老服务设施60个。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 60)).toEqual(['plan']);
  });

  test('已新(改)建…A个 stays a record', () => {
    const r = run('全年新(改)建社区养老服务设施60个。');
    expect(r.records.map((x) => x.value)).toEqual([60]);
  });
});

describe('a month after the area word', () => {
  test('全市2月份共计发放低保金A万元: the month dates the money as when it opens the clause', () => {
    const r = run('据统计,全市2月份共计发放低保金318.6万元、特困供养金41.2万元。');
    expect(facts(r.records)).toEqual([
      ['dibao_funds', '', 318.6, '万元', '2月'],
      ['tekun_funds', '', 41.2, '万元', '2月'],
    ]);
  });

  test('全县1-5月累计发放低保金A万元 likewise', () => {
    const r = run('全县1-5月累计发放低保金1286.4万元。');
    expect(facts(r.records)).toEqual([['dibao_funds', '', 1286.4, '万元', '1-5月']]);
  });
});

describe('the year of a text naming one year only, with a quarter', () => {
  const { catalogue } = require('./styleKit');
  const { inferContext } = require('../../src/core/extract/context');
  const lead = ['甲市', '乙市', '丙市', '丁市', '戊市', '己市', '庚市', '辛市', '壬市', '癸市'].map((c) => `${c}\n${c}各婚姻登记机关七夕当天正常上班,提前开放网上预约,并提醒新人错峰办理、理性选择登记日期,避免扎堆排队。`).join('\n');

  test('…《2025年1季度民政统计数据》显示,今年一季度…, far from the head: the year with its quarter is the report year', () => {
    const ctx = inferContext(lead + '\n民政部发布的《2025年1季度民政统计数据》显示,今年一季度,全国结婚登记181.2万对。', catalogue);
    expect(ctx.year && ctx.year.value).toBe(2025);
  });

  test('not when the text names another year too', () => {
    const ctx = inferContext(lead + '\n民政部发布的《2025年1季度民政统计数据》显示,全国结婚登记181.2万对,2024年同期为160.1万对。', catalogue);
    expect(ctx.year).toBeUndefined();
  });
});

describe('上半年 opening its clause', () => {
  test('…显示,今年上半年,全市结婚登记A对: the half year dates the figures in a text of unknown period', () => {
    const r = run('市民政局数据显示,今年上半年,全市结婚登记2860对,离婚登记1045对。');
    expect(facts(r.records)).toEqual([
      ['marriage_reg', '', 2860, '对', '上半年'],
      ['divorce_reg', '', 1045, '对', '上半年'],
    ]);
  });

  test('较去年上半年 (a comparison) dates nothing', () => {
    const r = run('全年结婚登记5120对,较去年上半年增长明显。');
    expect(facts(r.records)).toEqual([['marriage_reg', '', 5120, '对', '全年']]);
  });
});

describe('an amount per household', () => {
  test('…慰问金共计A万元,其中低保家庭每户B元: B is a rate per household, never the 低保 money', () => {
    const r = run('春节前夕,为全县2140户低保家庭、388名特困人员发放慰问金共计105.2万元,其中低保家庭每户400元,特困人员每人500元。', '1月');
    expect(r.records.map((x) => x.value)).not.toContain(400);
    expect(reasonOf(r, 400)).toEqual(['no_indicator']);
  });

  test('户均 likewise', () => {
    const r = run('全年实施困难老年人家庭适老化改造620户,户均补助3200元。');
    expect(facts(r.records)).toEqual([['elder_retrofit_households', '', 620, '户', '全年']]);
  });
});

describe('the figures of a campaign period', () => {
  test('慈善文化月期间,…募集慈善资金A万元: the takings of that month’s campaign, not the year’s donations', () => {
    const r = run('据统计,慈善宣传月期间,全市共开展主题慈善活动164场,募集慈善资金865万元。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 865)).toEqual(['scope']);
  });

  test('春节期间,全市办理结婚登记A对: a few days, not the period’s count', () => {
    const r = run('春节期间,全市共办理结婚登记1260对。');
    expect(r.records).toEqual([]);
  });

  test('a year’s donations with no campaign period stay a record', () => {
    const r = run('全年全市慈善组织募集慈善资金865万元。');
    expect(facts(r.records)).toEqual([['charity_donations', '', 865, '万元', '全年']]);
  });
});

describe('a period between 发放 and what was paid', () => {
  test('发放第一季度城市低保金A万元;农村低保金B万元: the quarter’s money', () => {
    const r = run('县民政局发放第一季度城市低保金286.4万元,累计保障15230人次;农村低保金1218.7万元。');
    expect(facts(r.records)).toEqual([
      ['dibao_funds', '城市', 286.4, '万元', 'Q1'],
      ['dibao_funds', '农村', 1218.7, '万元', 'Q1'],
    ]);
  });

  test('发放1月份特困供养金A万元: the month’s money', () => {
    const r = run('全县发放1月份特困供养金86.5万元。');
    expect(facts(r.records)).toEqual([['tekun_funds', '', 86.5, '万元', '1月']]);
  });

  test('补发1-5月提标差额 (back pay) dates nothing', () => {
    const r = run('全年发放城乡低保金3120万元,补发1-5月提标差额46万元。');
    expect(facts(r.records)).toEqual([['dibao_funds', '', 3120, '万元', '全年']]);
  });
});

describe('money paid to several programmes named after it', () => {
  test('发放救助金A万元,全县低保、特困对象共计B人受益: the money of both, not 特困’s', () => {
    const r = run('1月份,全县发放救助金2614.5万元,全县低保、特困对象共计9650人受益。', '1月');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 2614.5)).toEqual(['combined']);
  });

  test('发放救助金A万元,全县特困对象B人受益: one programme named after the money stays its money', () => {
    const r = run('1月份,全县发放特困供养金261.5万元,全县特困对象共计965人受益。', '1月');
    expect(facts(r.records)).toEqual([
      ['tekun_funds', '', 261.5, '万元', '1月'],
      ['tekun_persons', '', 965, '人', '1月'],
    ]);
  });
});

describe('the bare 救助资金 of the one programme counted before it', () => {
  test('全市现有城市低保A户,共计B人,1月份共接受救助资金C万元: the urban 低保 money, not all social assistance', () => {
    const r = run('全市现有城市低保8120户,共计14360人,1月份共接受救助资金512.6万元。', '1月');
    expect(facts(r.records)).toEqual([
      ['dibao_households', '城市', 8120, '户', '1月'],
      ['dibao_persons', '城市', 14360, '人', '1月'],
      ['dibao_funds', '城市', 512.6, '万元', '1月'],
    ]);
  });

  test('各类救助资金 after it stays the whole', () => {
    const r = run('全市现有城市低保8120户,共计14360人,全年共发放各类救助资金6120.4万元。');
    expect(facts(r.records)).toEqual([
      ['dibao_households', '城市', 8120, '户', '全年'],
      ['dibao_persons', '城市', 14360, '人', '全年'],
      ['assist_funds', '', 6120.4, '万元', '全年'],
    ]);
  });
});

describe('the takings of one fund-raising event or drive', () => {
  test('此次筹款活动共募集资金A元: that event’s money', () => {
    const r = run('市慈善总会于9月组织各县慈善会联合开展“公益月”活动,截至10月底,此次筹款活动共募集资金652310.4元,9860人次参与。', '9月');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 652310.4)).toEqual(['partial']);
  });

  test('…慈善一日捐捐款仪式…。仪式上,…。截止目前,全县各单位共募集善款A万元: the drive’s running takings', () => {
    const r = run('1月20日上午,我县“慈善一日捐”捐款仪式在县政府广场举行。仪式上,县领导带头捐款,干部职工纷纷解囊。截止目前,全县各单位共募集善款64万元。', '1月');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 64)).toEqual(['scope']);
  });

  test('a year’s total after a sentence on something else stays a record', () => {
    const r = run('县慈善总会完成换届。截至目前,全县共募集善款64万元。', '1-9月');
    expect(facts(r.records)).toEqual([['charity_donations', '', 64, '万元', '1-9月']]);
  });
});

describe('a yearly average over several years', () => {
  test('…以来,全市年平均保障城乡低保户A万户、B万人,年均发放低保资金C亿元: averages, not the year’s figures', () => {
    const r = run('十年来,全市年平均保障城乡低保户5.2万户、11万人,年均发放低保资金1.8亿元。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 5.2)).toEqual(['multi_year']);
    expect(reasonOf(r, 1.8)).toEqual(['multi_year']);
  });

  test('年人均 (per person and year) is no average over years', () => {
    const r = run('农村低保标准为年人均6120元。');
    expect(facts(r.records)).toEqual([['dibao_std_rural', '', 6120, '元/人·年', '全年']]);
  });
});

describe('a plan verb governing the clauses after it', () => {
  test('今年计划争取A亿元…,争取B万元…: each 争取 clause is part of the plan', () => {
    const r = run('今年,全区计划争取福彩公益金1.26亿元支持养老服务,争取中央集中彩票公益金860万元支持社区养老。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 860)).toEqual(['plan']);
  });

  test('a clause with another verb after the plan stays a record', () => {
    const r = run('全年计划争取上级资金2000万元,实际到位福彩公益金860万元。');
    expect(facts(r.records)).toEqual([['lottery_welfare_fund', '', 860, '万元', '全年']]);
  });
});

describe('disability grades written in digits', () => {
  test('精神和智力3级、4级残疾人护理补贴按每人每月A元: the 三四级 care standard, not the whole', () => {
    const r = run('今年新增精神和智力3级、4级残疾人护理补贴,按每人每月60元标准发放。');
    expect(facts(r.records)).toEqual([['disab_care_std', '三四级', 60, '元/人·月', '全年']]);
  });
});

describe('money set aside for a purpose', () => {
  test('安排A亿元福彩公益金,支持…试点项目: an allocation, not the lottery fund raised', () => {
    const r = run('省民政厅安排2.5亿元福彩公益金,支持40个县区开展养老服务试点项目。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 2.5)).toEqual(['scope']);
  });

  test('筹集福彩公益金A亿元 stays a record', () => {
    const r = run('全年筹集福彩公益金2.5亿元。');
    expect(facts(r.records)).toEqual([['lottery_welfare_fund', '', 2.5, '亿元', '全年']]);
  });
});

describe('a report signed by its office is no progress table', () => {
  test('…重点工作任务完成情况 … last line, then the office and the date: the last line stays a record', () => {
    const r = run('区民政局2023年重点工作任务完成情况\n一、养老服务\n全年完成困难老年人家庭适老化改造512户。\n区民政局\n2024年1月8日\n');
    expect(facts(r.records)).toEqual([['elder_retrofit_households', '', 512, '户', '全年']]);
  });
});

describe('全年均 is no yearly average; 按月发放 is no month\'s payment', () => {
  test('全年均按月发放低保金A万元 stays a record', () => {
    const r = run('全县全年均按月发放低保金2860万元。');
    expect(facts(r.records)).toEqual([['dibao_funds', '', 2860, '万元', '全年']]);
  });

  test('全年按月发放低保金A万元: paid monthly, the year’s money (月发放低保金 alone is the month’s)', () => {
    expect(facts(run('全县全年按月发放低保金2860万元。').records)).toEqual([['dibao_funds', '', 2860, '万元', '全年']]);
    expect(facts(run('全县12月发放低保金236万元。', '12月').records)).toEqual([['dibao_monthly_funds', '', 236, '万元', '12月']]);
  });
});

describe('每月发放 stays one month’s amount', () => {
  test('全县每月发放低保金A万元 in a year’s report is no year’s total', () => {
    const r = run('全县每月发放低保金236万元。');
    expect(r.records.filter((x) => x.period === '全年' && x.indicatorId === 'dibao_funds')).toEqual([]);
  });
});

describe('a campaign named in the clause of the donations', () => {
  test('2024年某市慈善文化月收官募集资金A万元 (a title): the campaign’s takings', () => {
    const r = run('某市慈善宣传月收官募集资金865万元\n据统计,宣传月期间共开展活动164场。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 865)).toEqual(['scope']);
  });

  test('全年慈善组织募集款物A万元 stays a record', () => {
    const r = run('全年全市慈善组织募集款物865万元。');
    expect(facts(r.records)).toEqual([['charity_donations', '', 865, '万元', '全年']]);
  });
});

describe('过去一年 in a text of a month', () => {
  test('(2月的启动新闻) 过去一年,全县全年募集善款A万元: last year’s total, not February’s', () => {
    const r = run('2月26日,我县“慈善一日捐”活动启动。据悉,过去一年,全县全年募集善款3960万元。', '2月');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 3960)).toEqual(['other_year']);
  });

  test('过去一年 in a year’s report is that year', () => {
    const r = run('过去一年,全县全年募集善款3960万元。');
    expect(facts(r.records)).toEqual([['charity_donations', '', 3960, '万元', '全年']]);
  });
});

describe('a kind of facility or several schemes named before the count', () => {
  test('社区互助养老设施为A万家: one kind of facility, not all of them', () => {
    const r = run('全省各类养老服务机构和设施达到1.86万个,其中社区互助养老设施为6420家。');
    expect(r.records.map((x) => x.value)).not.toContain(6420);
  });

  test('高龄津贴、护理补贴两项补贴惠及A万名老年人: the elderly of both schemes, not 残疾人两项补贴', () => {
    const r = run('全市高龄津贴、护理补贴两项补贴惠及7.4万名老年人。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 7.4)).toEqual(['combined']);
  });

  test('残疾人两项补贴惠及A万人 stays the disability subsidies’ count', () => {
    const r = run('全市残疾人两项补贴惠及7.4万人。');
    expect(facts(r.records)).toEqual([['disab_two_persons', '', 7.4, '万人', '全年']]);
  });
});

describe('the generic beneficiaries after the money of several programmes', () => {
  test('发放城乡低保金A万元,特困供养金B万元,惠及困难群众C人: both programmes’ people, not 特困’s', () => {
    const r = run('今年1月,全县发放城乡低保金172.6万元,特困供养金39.8万元,惠及困难群众5840人。', '1月');
    expect(facts(r.records)).toEqual([
      ['dibao_funds', '', 172.6, '万元', '1月'],
      ['tekun_funds', '', 39.8, '万元', '1月'],
    ]);
  });

  test('one programme’s money then 惠及…C人 stays that programme’s people', () => {
    const r = run('今年1月,全县发放特困供养金39.8万元,惠及特困人员584人。', '1月');
    expect(facts(r.records)).toEqual([
      ['tekun_funds', '', 39.8, '万元', '1月'],
      ['tekun_persons', '', 584, '人', '1月'],
    ]);
  });
});

describe('an extra month paid as a one-off', () => {
  test('为全市A万名城乡低保对象增发一个月低保金,共计B万元: a one-off, not the 低保 money', () => {
    const r = run('春节前,市政府为全市3.9万名城乡低保对象增发一个月低保金,共计1420万元。', '1月');
    expect(r.records.map((x) => x.value)).not.toContain(1420);
  });
});
