// Styles met in a thirty-fourth set of published texts (audit reports on disaster relief money, quarter briefs on
// children's allowances, a ministry monthly form dated only by its year, county summaries listing counts before their
// nouns). Fixtures are written for these tests in our own words and numbers.
import { inferContext } from '../../src/core/extract/context';
import { extractRecords } from '../../src/core/extract/extract';
import { catalogue, styleKit } from './styleKit';

describe('disaster relief money named 冬春救助资金 / 灾害救助资金 is no 社会救助资金', () => {
  const { run, facts, reasonOf } = styleKit('某县');

  test('冬春救助资金A万元 in an audit of disaster funds: no assist_funds record', () => {
    const r = run('本次审计的救灾资金包括:冬春救助资金86万元,其中:中央资金80万元,省级资金6万元。');
    expect(facts(r.records)).toEqual([]);
    expect(reasonOf(r, 86)).toEqual(['scope']);
  });

  test('自然灾害生活救助资金 likewise', () => {
    const r = run('2023年,全县发放自然灾害生活救助资金47.5万元。');
    expect(facts(r.records)).toEqual([]);
  });

  test('the year\'s own 社会救助资金 stays a record', () => {
    const r = run('2023年,全县累计发放各类社会救助资金5230万元。');
    expect(facts(r.records)).toEqual([['assist_funds', '', 5230, '万元', '全年']]);
  });
});

describe('a flow said 累计 in a text dated by one later quarter runs from January', () => {
  const { run, facts } = styleKit('某市');

  // (c56 showed a quarter report whose 累计 totals the quarter alone: with nothing else saying 上半年, held)
  test('2023年2季度…累计发放A万元 read with the period 二季度: held, the quarter\'s or 上半年\'s', () => {
    const r = run('2023年2季度,全市共为168名儿童发放保障金,累计共发放孤儿基本生活费21.6万元、事实无人抚养儿童基本生活费33.8万元。', 'Q2');
    expect(facts(r.records)).toEqual([]);
    expect(r.candidates.filter((c) => c.value === 21.6 || c.value === 33.8).map((c) => c.reason)).toEqual(['period_unknown', 'period_unknown']);
  });

  test('money of the quarter with no 累计 keeps the quarter', () => {
    const r = run('2023年3季度,全市发放孤儿基本生活费12.4万元。', 'Q3');
    expect(facts(r.records)).toEqual([['orphan_living_funds', '', 12.4, '万元', 'Q3']]);
  });

  test('a stock in the same sentence keeps the quarter\'s end', () => {
    const r = run('截至2023年3季度末,全市共有孤儿52人,累计发放孤儿基本生活费18.2万元。', 'Q3');
    expect(facts(r.records)).toEqual([
      ['orphan_persons', '', 52, '人', 'Q3'],
      ['orphan_living_funds', '', 18.2, '万元', '1-9月'],
    ]);
  });
});

describe('a statistics form dated only by its year (2019年度) is the year\'s report', () => {
  const FORM = [
    '民政统计月报表 | |||||',
    '编制单位:吉林省 | 2019年度 | 批准机关:国 | |||',
    '指标名称 | 单位 | 代码 | 数量 | 上期 | 环比 |',
    '(二)民政事业费累计支出 | 万元 | YZH011200000 | 612,340.5 | 540,112.8 | 13.37 |',
    '1.孤儿 | 人 | YZH012311000 | 6,215 | 6,301 | -1.36 |',
  ].join('\n');

  test('with no period given, the rows are records of 全年 (not candidates)', () => {
    const r = extractRecords(FORM, { source: 't.txt', catalogue });
    expect(r.records.map((x) => [x.indicatorId, x.value, x.year, x.period])).toEqual([
      ['mz_expenditure', 612340.5, 2019, '全年'],
      ['orphan_persons', 6215, 2019, '全年'],
    ]);
  });

  test('a 年度 line above a title giving the month: the month wins', () => {
    const r = extractRecords('2019年度统计资料\n' + FORM.replace('2019年度 |', '2019年6月 |'), { source: 't.txt', catalogue });
    expect(r.records.map((x) => [x.indicatorId, x.period])).toEqual([
      ['mz_expenditure', '上半年'],
      ['orphan_persons', '6月'],
    ]);
  });

  test('2019年度 followed by a month still reads the month', () => {
    const r = extractRecords(FORM.replace('2019年度 |', '2019年度 06月份 |'), { source: 't.txt', catalogue });
    expect(r.records.map((x) => [x.indicatorId, x.value, x.period])).toEqual([
      ['mz_expenditure', 612340.5, '上半年'],
      ['orphan_persons', 6215, '6月'],
    ]);
  });
});

describe('去年 under a dateline early in the next year names the year of the figures', () => {
  const NEWS = '民政部副部长:低保兜底持续加强\n某某晚报客户端 2025-02-20 09:41\n\n部长通道上,民政部副部长介绍,去年全国享受低保的人口为3980万,特困人员465万。\n\n编辑/王某';

  test('the year before the dateline, the whole year', () => {
    const ctx = inferContext(NEWS, catalogue);
    expect(ctx.year?.value).toBe(2024);
    expect(ctx.period?.value).toBe('全年');
  });

  test('a comparison with 去年 (比去年, 去年同期) does not', () => {
    const ctx = inferContext(NEWS.replace('去年全国享受低保的人口为3980万', '全国享受低保的人口为3980万,比去年减少12万'), catalogue);
    expect(ctx.year).toBeUndefined();
  });

  test('a text with figures of 今年 as well does not', () => {
    const ctx = inferContext(NEWS.replace('特困人员465万', '今年1月新增特困人员2万'), catalogue);
    expect(ctx.year?.value).not.toBe(2024);
  });

  test('去年以来 (a span running on to now) does not', () => {
    const ctx = inferContext(NEWS.replace('去年全国享受低保', '去年以来全国享受低保'), catalogue);
    expect(ctx.year).toBeUndefined();
  });

  test('a dateline late in the year does not', () => {
    const ctx = inferContext(NEWS.replace('2025-02-20', '2025-09-20'), catalogue);
    expect(ctx.year).toBeUndefined();
  });
});

describe('全区为A名低保人员,发放低保金B万元: the whole area paying its programme\'s people their own money', () => {
  const { run, facts, reasonOf } = styleKit('某区');

  test('the people are the programme\'s count (comma between)', () => {
    const r = run('截止3月底统计,全区为9321名低保人员,发放低保金86万元。', '1-3月');
    expect(facts(r.records)).toEqual([
      ['dibao_persons', '', 9321, '人', 'Q1'],
      ['dibao_funds', '', 86, '万元', 'Q1'],
    ]);
  });

  test('a one-off payment to them is still an action on a group', () => {
    const r = run('全区为9321名低保人员发放一次性生活补贴86万元。', '1-3月');
    expect(reasonOf(r, 9321)).toEqual(['action']);
  });

  test('a group given things (not money of its own) stays an action', () => {
    const r = run('全区为415名特困人员发放防暑用品。', '1-3月');
    expect(reasonOf(r, 415)).toEqual(['action']);
  });
});

describe('全县A家养老机构,B个居家养老服务站: counts listed on from the whole area\'s scope', () => {
  const { run, facts, reasonOf } = styleKit('某县');

  test('the counts after the first are the area\'s stock too', () => {
    const r = run('全县31家养老机构,12个区域性养老服务中心,286个居家养老服务站,都已接入智慧养老平台。');
    expect(facts(r.records)).toEqual([
      ['elder_institutions', '', 31, '家', '全年'],
      ['elder_homecare_stations', '', 286, '个', '全年'],
    ]);
  });

  test('a count never becomes a record of the institutions named in the clause before it', () => {
    const r = run('全县31家养老机构,286个居家养老服务站,都已接入智慧养老平台。');
    expect(r.records.filter((x) => x.value === 286 && x.indicatorId === 'elder_institutions')).toEqual([]);
  });

  test('a list opened by 新建 is not carried', () => {
    const r = run('全县新建9家养老机构,44个居家养老服务站。');
    expect(facts(r.records)).toEqual([]);
    expect(reasonOf(r, 44)).toEqual(['action']);
  });
});

describe('资金共计下达A万元: money handed down is an allocation, not spending', () => {
  const { run, facts, reasonOf } = styleKit('某县');

  test('下达A万元,实际支出B万元: B is the record, A held', () => {
    const r = run('2023年,全县困难群众救助补助资金共计下达6240万元,实际支出5910万元。');
    expect(facts(r.records)).toEqual([['assist_funds', '', 5910, '万元', '全年']]);
    expect(reasonOf(r, 6240)).toEqual(['scope']);
  });

  test('the allocation alone is no record either', () => {
    const r = run('2023年,全县困难群众救助补助资金下达6240万元。');
    expect(facts(r.records)).toEqual([]);
  });
});

describe('a sentence dated 2023年第三季度 in a report on another period', () => {
  const { run, facts } = styleKit('某县');
  const TEXT = '2023年第三季度,全县共有城乡低保对象4870人,累计发放低保金1690万元。';

  test('in a whole-year report: the stock stands at the quarter\'s end; the 累计 money (the quarter\'s or Jan-Sep\'s) is held', () => {
    const r = run(TEXT);
    expect(facts(r.records)).toEqual([['dibao_persons', '', 4870, '人', '1-9月']]);
    expect(r.candidates.filter((c) => c.value === 1690).map((c) => c.reason)).toEqual(['period_unknown']);
  });

  test('in a report on 1-9月 both are the report\'s', () => {
    expect(facts(run(TEXT, '1-9月').records)).toEqual([
      ['dibao_persons', '', 4870, '人', '1-9月'],
      ['dibao_funds', '', 1690, '万元', '1-9月'],
    ]);
  });
});

describe('the year opening a sentence dates the clauses after its semicolons', () => {
  const { run, facts, reasonOf } = styleKit('全国');
  const TEXT = '他介绍,截至2024年6月底,全国共有13.8万名孤儿纳入保障;全国共有40.6万名事实无人抚养儿童纳入保障。';

  test('in a report on another year both are other_year', () => {
    const r = run(TEXT, '全年', 2023);
    expect(facts(r.records)).toEqual([]);
    expect(reasonOf(r, 40.6)).toEqual(['other_year']);
  });

  test('in the report on that year both are records', () => {
    const r = run(TEXT, '上半年', 2024);
    expect(facts(r.records)).toEqual([
      ['orphan_persons', '', 13.8, '万人', '上半年'],
      ['fmcare_persons', '', 40.6, '万人', '上半年'],
    ]);
  });

  test('a clause of its own year (今年) after the semicolon is not carried', () => {
    const r = run('2022年,全省共有孤儿1.2万人;今年全省共有孤儿1.1万人。', '全年', 2023);
    expect(facts(r.records)).toEqual([['orphan_persons', '', 1.1, '万人', '全年']]);
  });
});

describe('what a check found (督查发现,…) is no programme total', () => {
  const { run, facts, reasonOf } = styleKit('某县');

  test('督查发现,全县有A名死亡人员仍在领取低保金: the people found are irregular', () => {
    const r = run('督查发现,全县有27名死亡人员仍在领取低保金,涉及金额4.3万元。');
    expect(facts(r.records)).toEqual([]);
    expect(reasonOf(r, 27)).toEqual(['irregular']);
  });

  test('死亡人员仍在领取 alone in the clause likewise', () => {
    const r = run('全县有27名已死亡人员仍在领取特困供养金。');
    expect(facts(r.records)).toEqual([]);
  });

  test('重复享受 likewise', () => {
    const r = run('全县有16户低保对象重复享受特困供养。');
    expect(facts(r.records)).toEqual([]);
  });

  test('a sentence after the finding stands on its own', () => {
    const r = run('督查发现,个别村存在优亲厚友问题。全县共有低保对象6350人。');
    expect(facts(r.records)).toEqual([['dibao_persons', '', 6350, '人', '全年']]);
  });
});

describe('一级、二级每人每月A元: one standard stated for both grades', () => {
  const { run, facts } = styleKit('某县');

  test('both grades are filed, the 三四级 after them too', () => {
    const r = run('困难残疾人生活补贴标准为一级、二级每人每月135元,三级、四级每人每月70元。');
    expect(facts(r.records)).toEqual([
      ['disab_living_std', '二级', 135, '元/人·月', '全年'],
      ['disab_living_std', '一级', 135, '元/人·月', '全年'],
      ['disab_living_std', '三四级', 70, '元/人·月', '全年'],
    ]);
  });

  test('一、二级 and 一级和二级 likewise', () => {
    expect(facts(run('重度残疾人护理补贴标准一、二级每人每月95元。').records)).toEqual([
      ['disab_care_std', '二级', 95, '元/人·月', '全年'],
      ['disab_care_std', '一级', 95, '元/人·月', '全年'],
    ]);
    expect(facts(run('重度残疾人护理补贴标准为一级和二级每人每月95元。').records)).toEqual([
      ['disab_care_std', '二级', 95, '元/人·月', '全年'],
      ['disab_care_std', '一级', 95, '元/人·月', '全年'],
    ]);
  });

  test('grades with amounts of their own stay apart', () => {
    expect(facts(run('重度残疾人护理补贴一级每人每月110元、二级每人每月85元。').records)).toEqual([
      ['disab_care_std', '一级', 110, '元/人·月', '全年'],
      ['disab_care_std', '二级', 85, '元/人·月', '全年'],
    ]);
  });
});

describe('money of a budget is no spending', () => {
  const { run, facts, reasonOf } = styleKit('某县');

  test('in a 部门预算 document every amount is a plan', () => {
    const r = run('某县民政局2024年部门预算编制说明\n2024年,临时救助支出安排230万元,特困人员救助供养支出960万元。', '全年', 2024);
    expect(facts(r.records)).toEqual([]);
    expect(reasonOf(r, 960)).toEqual(['plan']);
  });

  test('预算安排A资金…,B资金…: the items after the budget lead are the budget\'s', () => {
    const r = run('2024年预算安排城乡低保资金4800万元,特困供养资金1150万元。', '全年', 2024);
    expect(facts(r.records)).toEqual([]);
    expect(reasonOf(r, 1150)).toEqual(['plan']);
  });

  test('a 决算 sentence stays the year\'s spending', () => {
    const r = run('2023年度一般公共预算财政拨款支出决算中,临时救助支出91.6万元。', '全年', 2023);
    expect(facts(r.records)).toEqual([['temp_assist_funds', '', 91.6, '万元', '全年']]);
  });
});

describe('a named giving day opening the sentence dates the money after it', () => {
  const { run, facts, reasonOf } = styleKit('某市');

  test('"99公益日"期间,全市共募集善款A万元: the day\'s takings, not the year\'s donations', () => {
    const r = run('今年“99公益日”期间,全市共募集善款745万元。');
    expect(facts(r.records)).toEqual([]);
    expect(reasonOf(r, 745)).toEqual(['scope']);
  });

  test('the year\'s donations in the next sentence stay a record', () => {
    const r = run('今年“99公益日”期间,全市共募集善款745万元。全年全市共募集善款2960万元。');
    expect(facts(r.records)).toEqual([['charity_donations', '', 2960, '万元', '全年']]);
  });
});

describe('a functional zone named after its city (某市X新区) is not the city', () => {
  test('a report of 某市南湖新区 does not infer the city', () => {
    const ctx = inferContext('附件2\n常德市柳叶新区财政支出项目绩效自评报告\n项目单位 柳叶新区社会事务局\n报告单位:常德市柳叶新区财政局\n低保专项实际支出 612.4万元', catalogue);
    expect(ctx.region?.name).not.toBe('常德市');
  });

  test('the city named on its own is still the city', () => {
    const ctx = inferContext('常德市民政局2023年工作总结\n2023年,常德市全市共有低保对象6.1万人。', catalogue);
    expect(ctx.region?.name).toBe('常德市');
  });
});

describe('城市最低生活保障金支出A万元 (决算 wording): the programme\'s money, with its side', () => {
  const { run, facts } = styleKit('某县');

  test('after an opening clause, both sides and the next item', () => {
    const r = run('2023年度一般公共预算财政拨款支出决算中,城市最低生活保障金支出212.6万元,农村最低生活保障金支出1388.4万元,临时救助支出64.9万元。');
    expect(facts(r.records)).toEqual([
      ['dibao_funds', '城市', 212.6, '万元', '全年'],
      ['dibao_funds', '农村', 1388.4, '万元', '全年'],
      ['temp_assist_funds', '', 64.9, '万元', '全年'],
    ]);
  });

  test('after the area word the side is kept (not the whole programme\'s money)', () => {
    expect(facts(run('全县城市最低生活保障金支出212.6万元。').records)).toEqual([['dibao_funds', '城市', 212.6, '万元', '全年']]);
  });
});

describe('a township labelling its clauses with a colon (城关镇:…;河口乡:…)', () => {
  const { run, facts, reasonOf } = styleKit('青阳县');

  test('each township\'s figures are a sub-region\'s, not the county\'s', () => {
    const r = run('城关镇:低保户133户240人,发放低保金13.1万元;河口乡:低保户91户168人,发放低保金8.7万元。', '3月', 2024);
    expect(facts(r.records)).toEqual([]);
    expect(reasonOf(r, 240)).toEqual(['sub_region']);
    expect(reasonOf(r, 168)).toEqual(['sub_region']);
  });

  test('a programme label before the colon stays the county\'s', () => {
    const r = run('城市低保:低保户133户240人。', '3月', 2024);
    expect(facts(r.records)).toEqual([
      ['dibao_households', '城市', 133, '户', '3月'],
      ['dibao_persons', '城市', 240, '人', '3月'],
    ]);
  });
});

describe('a count after the money of both sides (其中城市低保金A、农村低保金B,保障对象C户) is not the last side\'s', () => {
  const { run, facts, reasonOf } = styleKit('青阳县');

  test('the count does not take 农村 from the money before it', () => {
    const r = run('5月份,全县共发放城乡低保金298.4万元,其中城市低保金39.6万元、农村低保金258.8万元,保障对象3990户6012人。', '5月', 2024);
    expect(r.records.filter((x) => x.breakdown === '农村' && x.indicatorId !== 'dibao_funds')).toEqual([]);
    expect(reasonOf(r, 6012)).not.toEqual([]);
  });

  test('after one side\'s money alone the count is that side\'s', () => {
    const r = run('5月份,全县发放农村低保金258.8万元,保障对象3600户5480人。', '5月', 2024);
    expect(facts(r.records)).toEqual([
      ['dibao_funds', '农村', 258.8, '万元', '5月'],
      ['dibao_households', '农村', 3600, '户', '5月'],
      ['dibao_persons', '农村', 5480, '人', '5月'],
    ]);
  });
});

describe('过去五年 / 五年间: money over several years', () => {
  const { run, facts, reasonOf } = styleKit('青阳县');

  test('过去五年,累计发放…A亿元 is multi-year', () => {
    const r = run('过去五年,累计发放各类救助资金9.8亿元。');
    expect(facts(r.records)).toEqual([]);
    expect(reasonOf(r, 9.8)).toEqual(['multi_year']);
  });

  test('五年间,全市共募集…A亿元 likewise', () => {
    expect(reasonOf(run('五年间,全县共募集慈善款物1.7亿元。'), 1.7)).toEqual(['multi_year']);
  });

  test('过去一年 is the year', () => {
    expect(facts(run('过去一年,全县发放低保金2860万元。').records)).toEqual([['dibao_funds', '', 2860, '万元', '全年']]);
  });
});

describe('parts and side money in a tekun paragraph', () => {
  const { run, facts, reasonOf } = styleKit('青阳县');

  test('其中纳入低保A万人、特困B万人 among another population: both items are parts', () => {
    const r = run('全县共有脱贫人口2.3万人,其中纳入低保0.9万人、特困0.2万人。');
    expect(facts(r.records)).toEqual([]);
    expect(reasonOf(r, 0.2)).toEqual(['subset']);
  });

  test('入住特困人员A人: the residents are a part, not the programme\'s people', () => {
    const r = run('全县特困供养机构14家,入住特困人员392人。');
    expect(r.records.filter((x) => x.indicatorId === 'tekun_persons')).toEqual([]);
    expect(reasonOf(r, 392)).toEqual(['subset']);
  });

  test('为A名特困人员购买意外伤害保险,投入资金B万元: the money is the insurance\'s', () => {
    const r = run('为全县712名特困人员购买意外伤害保险,投入资金7.1万元。');
    expect(r.records.filter((x) => x.indicatorId === 'tekun_funds')).toEqual([]);
    expect(reasonOf(r, 7.1)).toEqual(['scope']);
  });
});

describe('助学金 paid to a programme\'s students is no programme money', () => {
  const { run, reasonOf } = styleKit('青阳县');

  test('为低保家庭中的A名学生发放助学金B万元: no 低保资金', () => {
    const r = run('全年共为低保家庭中的640名学生发放助学金31.5万元。');
    expect(r.records.filter((x) => x.indicatorId === 'dibao_funds')).toEqual([]);
    expect(reasonOf(r, 31.5)).toEqual(['scope']);
  });
});

describe('取暖补贴 paid to a programme\'s people is a subsidy of its own', () => {
  const { run, facts, reasonOf } = styleKit('青阳县');

  test('为低保对象发放取暖补贴A万元: no 低保资金', () => {
    const r = run('全年为低保对象发放取暖补贴73万元。');
    expect(facts(r.records)).toEqual([]);
    expect(reasonOf(r, 73)).toEqual(['scope']);
  });

  test('the 低保金 before it in the sentence stays a record', () => {
    const r = run('全年为低保对象发放低保金2950万元,取暖补贴73万元。');
    expect(facts(r.records)).toEqual([['dibao_funds', '', 2950, '万元', '全年']]);
  });
});

describe('即城市每人每月A元、农村每人每月B元: the side word after 即 names the first standard\'s side', () => {
  const { run, facts } = styleKit('青阳县');

  test('both sides of the 特困 standard', () => {
    const r = run('特困人员基本生活标准按不低于当地低保标准的1.3倍确定,即城市每人每月996元、农村每人每月832元。', '全年', 2024);
    expect(facts(r.records)).toEqual([
      ['tekun_std_urban', '', 996, '元/人·月', '全年'],
      ['tekun_std_rural', '', 832, '元/人·月', '全年'],
    ]);
  });
});
