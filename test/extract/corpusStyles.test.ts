// Styles met in a second corpus of published texts (summaries of districts, counties and townships,
// monthly assistance bulletins, notices). Fixtures are written for these tests in our own words and numbers.
import { inferContext } from '../../src/core/extract/context';
import { extractRecords } from '../../src/core/extract/extract';
import { catalogue, styleKit } from './styleKit';

const { run, facts, reasons, reasonOf } = styleKit('临沂市');

describe('a programme named as the subject of a count', () => {
  test('城乡低保在册A户B人 and 农村低保A户B人', () => {
    const r = run('8月份,全市城乡低保在册6120户8350人。农村低保5110户7020人,城市低保 1010 户、1330 人。', '1-8月');
    expect(facts(r.records)).toEqual([
      ['dibao_households', '', 6120, '户', '1-8月'],
      ['dibao_persons', '', 8350, '人', '1-8月'],
      ['dibao_households', '农村', 5110, '户', '1-8月'],
      ['dibao_persons', '农村', 7020, '人', '1-8月'],
      ['dibao_households', '城市', 1010, '户', '1-8月'],
      ['dibao_persons', '城市', 1330, '人', '1-8月'],
    ]);
  });

  test('A户B人享受城乡低保: both counts take the programme named after them', () => {
    const r = run('全市共有1460户2280人享受城乡低保,发放低保金 2210.5万元。');
    expect(facts(r.records)).toEqual([
      ['dibao_households', '', 1460, '户', '全年'],
      ['dibao_persons', '', 2280, '人', '全年'],
      ['dibao_funds', '', 2210.5, '万元', '全年'],
    ]);
  });

  test('调出/调进 counts are movements (exits and entries), not the stock', () => {
    const r = run('全市共调出城乡低保 1210 人,调进 1305 人。');
    expect(r.records.map((x) => [x.indicatorId, x.value])).toEqual([
      ['dibao_exit_persons', 1210],
      ['dibao_new_persons', 1305],
    ]);
  });

  test('a breakdown word after the programme name: 最低生活保障城镇A户', () => {
    const r = run('全市城乡最低生活保障城镇3120户,累计保障40210人次,支出低保金1020万元。');
    expect(facts(r.records)).toContainEqual(['dibao_households', '城市', 3120, '户', '全年']);
    expect(r.records.some((x) => x.indicatorId === 'dibao_households' && x.breakdown === '')).toBe(false);
  });
});

describe('short forms and split units', () => {
  test('农低保金 / 城低保金 are the rural and urban 低保 funds', () => {
    const r = run('全州农村低保对象9.21万人,发放农低保金1.35亿元;城市低保对象2.04万人,发放城低保金0.61亿元。', '上半年');
    expect(facts(r.records)).toEqual([
      ['dibao_persons', '农村', 9.21, '万人', '上半年'],
      ['dibao_funds', '农村', 1.35, '亿元', '上半年'],
      ['dibao_persons', '城市', 2.04, '万人', '上半年'],
      ['dibao_funds', '城市', 0.61, '亿元', '上半年'],
    ]);
  });

  test('the money of a programme just counted keeps its 城市/农村 label', () => {
    const r = run('农村低保8120户15230人,累计保障180210人 次,共支出低保金1402.6万元。');
    expect(facts(r.records)).toEqual([
      ['dibao_households', '农村', 8120, '户', '全年'],
      ['dibao_persons', '农村', 15230, '人', '全年'],
      ['dibao_funds', '农村', 1402.6, '万元', '全年'],
    ]);
    // 人 次 split by a line break is 人次, never persons
    expect(r.candidates.find((c) => c.value === 180210)?.unit).toBe('人次');
  });

  test('集中供养孤儿 / 分散供养孤儿 name the 孤儿 tiers around the alias 孤儿', () => {
    const r = run('按照集中供养孤儿每人每月1420元、分散供养孤儿每人每月980元的标准发放。');
    expect(facts(r.records)).toEqual([
      ['orphan_std', '机构养育', 1420, '元/人·月', '全年'],
      ['orphan_std', '社会散居', 980, '元/人·月', '全年'],
    ]);
  });

  test('供养金 after a count of 特困人员 is the 特困 funds; 合计 after 临时救助 人次 is its money', () => {
    const r = run('共发放临时救助金820人次,合计305.2万元。全市共有特困人员204人,累计发放412.6万元供养金。');
    expect(facts(r.records)).toEqual([
      ['temp_assist_times', '', 820, '人次', '全年'],
      ['temp_assist_funds', '', 305.2, '万元', '全年'],
      ['tekun_persons', '', 204, '人', '全年'],
      ['tekun_funds', '', 412.6, '万元', '全年'],
    ]);
  });
});

describe('figures that are not the indicator’s total stay candidates', () => {
  test('当月 money in a report on several months; the cumulative figure is taken', () => {
    const r = run('全市城乡低保在册7020户9310人,当月共发放资金488.1万元,1-8月累计发放资金3902.4万元。', '1-8月');
    expect(facts(r.records).filter((x) => x[0] === 'dibao_funds')).toEqual([['dibao_funds', '', 3902.4, '万元', '1-8月']]);
    // (the month's payment is the catalogue's 当月低保金发放额, not a part of the running total)
    expect(facts(r.records).filter((x) => x[0] === 'dibao_monthly_funds')).toEqual([['dibao_monthly_funds', '', 488.1, '万元', '1-8月']]);
  });

  test('a level of government’s share (区级临时救助金) is a scope candidate', () => {
    const r = run('发放区级临时救助金31户次52人,发放救助资金98120元。', '1-10月');
    expect(r.records).toEqual([]);
    expect(reasons(r)).toContainEqual([98120, 'scope']);
  });

  test('people a one-off payment went to are not the stock of that group', () => {
    const r = run('区级向低保家庭重度残疾人1820人、特困供养对象64人发放一次性临时生活补贴1200000元。');
    expect(r.records.filter((x) => /dibao|tekun/.test(x.indicatorId))).toEqual([]);
    expect(reasons(r)).toContainEqual([64, 'action']);
  });

  test('after 其中 in the same sentence, unlabelled figures are parts (a group’s own 低保 and its funds)', () => {
    const r = run('已救助符合条件的人员6210户10320人,其中:符合低保条件的902户2105人,发放低保资金610.4万元;');
    expect(r.records).toEqual([]);
    expect(reasons(r).find((x) => x[0] === 610.4)?.[1]).toMatch(/subset|ambiguous_breakdown/);
  });

  test('其中 a sub-level and a named group of the whole are not the whole', () => {
    const r = run('全市城市低保对象21040户38120人,其中市本级15020户27010人,某矿区低保对象4010户7020人。');
    expect(facts(r.records)).toEqual([
      ['dibao_households', '城市', 21040, '户', '全年'],
      ['dibao_persons', '城市', 38120, '人', '全年'],
    ]);
  });

  test('a part of another whole (低保边缘家庭…其中城镇低保…) is not the 低保 stock', () => {
    const r = run('全市共有低保边缘家庭401户1270人,其中农村低边330户1120人,城镇低保71户150人,当月发放定期补助90120元。', '1-11月');
    expect(r.records.filter((x) => x.indicatorId.startsWith('dibao_') && !x.indicatorId.startsWith('dibao_edge'))).toEqual([]);
  });

  test('医疗救助 money is not all social assistance', () => {
    const r = run('符合医疗救助1210户1530人,发放医疗救助资金121万元。');
    expect(r.records.filter((x) => /^assist_/.test(x.indicatorId))).toEqual([]);
  });

  test('the money of one subsidy is not the two subsidies’ total', () => {
    const r = run('全市共有困难残疾人生活补贴对象3920人,1-10月份累计发放补贴15020310.5元;', '1-10月');
    expect(r.records.map((x) => x.indicatorId)).toEqual(['disab_living_persons']);
  });

  test('任务是… is a plan', () => {
    const r = run('今年全市敬老院建设任务是新增床位 420 张。');
    expect(r.records).toEqual([]);
    expect(reasons(r)).toContainEqual([420, 'plan']);
  });
});

describe('flattened tables met in the corpus', () => {
  const table = (text: string, region = '临沂市') => extractRecords(text, { region, source: 't.txt', catalogue });
  test('space-separated rows with fewer numbers than columns: the change column proves the first is 数量', () => {
    const r = table(`2023年09月报
民政统计季报表
编制单位:临沂市 2023年09月
指标名称 单位 代码 数量 上季度 环比 上月
   (一)乡级行政区划 JZH011110000 156 156
       6.街道 JZH011113000 40 40
(二)民政事业费累计支出 万元 JZH011310000 80,000.0 50,000.0 60.00
    1.社会福利 万元 JZH011211000 9,000.0 6,000.0 49.00
`);
    expect(r.records.map((x) => [x.indicatorId, x.breakdown, x.value, x.period])).toEqual([
      ['township_level_units', '', 156, '9月'],
      ['township_level_units', '街道', 40, '9月'],
      ['mz_expenditure', '', 80000, '1-9月'],
    ]);
    // 9,000 vs 6,000 is +50%, not the printed 49.00: the columns cannot be trusted
    expect(r.candidates.filter((c) => c.value === 9000).map((c) => c.reason)).toEqual(['ambiguous_column']);
  });

  test('街道 under a heading 行政区划 is a township-level unit', () => {
    const r = table(`2023年2季度民政统计季报
指 标 | 单 位 | 数 量 |
二、行政区划 |
街道 | 个 | 12 |
`);
    expect(r.records.map((x) => [x.indicatorId, x.breakdown, x.value])).toEqual([['township_level_units', '街道', 12]]);
  });
});

describe('after a complete split', () => {
  test('其中城市A、农村B, then money without a label: the whole’s money, never one part’s', () => {
    const r = run('全市低保对象4100人,其中城市1300人、农村2800人,发放低保金930万元。');
    expect(facts(r.records)).toEqual([
      ['dibao_persons', '', 4100, '人', '全年'],
      ['dibao_persons', '城市', 1300, '人', '全年'],
      ['dibao_persons', '农村', 2800, '人', '全年'],
      ['dibao_funds', '', 930, '万元', '全年'],
    ]);
  });

  test('both supply modes counted, then the money: each mode\'s persons, and the money is the 特困 total', () => {
    const r = run('全市共有特困人员288人,其中集中供养 41人,分散供养247人,累计发放702.3万元供养金。');
    expect(facts(r.records)).toEqual([
      ['tekun_persons', '', 288, '人', '全年'],
      ['tekun_persons', '集中供养', 41, '人', '全年'],
      ['tekun_persons', '分散供养', 247, '人', '全年'],
      ['tekun_funds', '', 702.3, '万元', '全年'],
    ]);
  });

  test('one supply mode only: its persons are that mode’s, the money stays a candidate', () => {
    const r = run('集中供养特困人员131人,支出供养经费190万元。');
    expect(facts(r.records)).toEqual([['tekun_persons', '集中供养', 131, '人', '全年']]);
    expect(reasonOf(r, 190)).toEqual(['subset']);
  });

  test('当月 money after a month stated at the start is that month’s payment, and the cumulative one is also read', () => {
    const r = run('9月份,全市城乡低保在册7020户9310人,当月共发放资金488.1万元,1-9月累计发放资金3902.4万元。', '1-9月');
    expect(facts(r.records).filter((x) => /^dibao_(monthly_)?funds$/.test(String(x[0])))).toEqual([
      ['dibao_monthly_funds', '', 488.1, '万元', '1-9月'],
      ['dibao_funds', '', 3902.4, '万元', '1-9月'],
    ]);
  });
});

describe('chains and remarks', () => {
  test('其中农村特困A户B人,城镇特困C户D人: the programme before a chain names each count of it', () => {
    const r = run('全市共有特困供养对象91户91人,其中农村特困70户70人,城镇特困21户21人。', '1-10月');
    // (the households too, now that 特困供养户数 is of the 特困 family like 低保户数 is of 低保)
    expect(facts(r.records)).toEqual([
      ['tekun_households', '', 91, '户', '1-10月'],
      ['tekun_persons', '', 91, '人', '1-10月'],
      ['tekun_households', '农村', 70, '户', '1-10月'],
      ['tekun_persons', '农村', 70, '人', '1-10月'],
      ['tekun_households', '城市', 21, '户', '1-10月'],
      ['tekun_persons', '城市', 21, '人', '1-10月'],
    ]);
  });

  test('a 其中 remark in brackets does not make the money after it a part', () => {
    const r = run('城市低保对象4.02万人(其中搬迁安置人口3.11万人),发放城低保金0.93亿元。', '上半年');
    expect(facts(r.records)).toEqual([
      ['dibao_persons', '城市', 4.02, '万人', '上半年'],
      ['dibao_funds', '城市', 0.93, '亿元', '上半年'],
    ]);
    expect(r.records.some((x) => x.value === 3.11)).toBe(false);
  });
});

describe('found on the held-out texts (written afresh in our own numbers)', () => {
  test('低保家庭老年人 counts and their 补助金 are not 低保 figures', () => {
    const r = run('2023年4月,全市共有低保家庭老年人612户744人,其中农村580户702人,城镇低保32户42人,当月发放补助金90210.5元,1-4月累计发放补助金361020元。', '1-4月');
    expect(r.records).toEqual([]);
    expect(reasons(r)).toContainEqual([612, 'subset']);
  });

  test('城市居民最低生活保障户A户 keeps 城市', () => {
    const r = run('城市居民最低生活保障户12080户,同比增长2.1%。', '1-7月');
    expect(facts(r.records)).toEqual([['dibao_households', '城市', 12080, '户', '1-7月']]);
  });

  test('社会散居孤儿基本生活费标准: the tier word runs into the alias and still names the tier', () => {
    const r = run('社会散居孤儿基本生活费标准每人每月不低于650元,福利机构集中供养孤儿每人每月不低于1100元。');
    expect(facts(r.records)).toEqual([
      ['orphan_std', '社会散居', 650, '元/人·月', '全年'],
      ['orphan_std', '机构养育', 1100, '元/人·月', '全年'],
    ]);
  });
});

describe('a quarter written with an Arabic digit', () => {
  test('2023年3季度… in the title gives the year and Q3', () => {
    const c = inferContext('2023年3季度民政统计数据\n来源:某省民政厅\n城市低保对象5.2万人。', catalogue);
    expect(c.year?.value).toBe(2023);
    expect(c.period?.value).toBe('Q3');
  });
});

describe('found on the third held-out corpus (written afresh in our own numbers)', () => {
  test('取消/降低/减少: who left goes to the 退出 indicator, changes of level stay candidates', () => {
    const r = run(
      '上半年新增城市低保对象 52 户、97 人;因收入增加降低保障标准 41 户、63 人、减少保障金额 0.52 万元,取消城市低保对象 210 户、388 人、减少保障金额 9.6 万元。',
      '上半年',
    );
    expect(facts(r.records)).toEqual([
      ['dibao_new_households', '城市', 52, '户', '上半年'],
      ['dibao_new_persons', '城市', 97, '人', '上半年'],
      ['dibao_exit_households', '城市', 210, '户', '上半年'],
      ['dibao_exit_persons', '城市', 388, '人', '上半年'],
    ]);
    for (const v of [41, 63, 0.52, 9.6]) expect(r.candidates.some((c) => c.value === v)).toBe(true);
    expect(reasons(r)).toContainEqual([41, 'change']);
  });

  test('a line broken after 取消 goes on in the next line', () => {
    const r = run('新增农村低保对象 140 户、302 人,取消\n农村低保对象 18 户、35人,减少保障金额 0.41 万元。', '上半年');
    expect(facts(r.records)).toEqual([
      ['dibao_new_households', '农村', 140, '户', '上半年'],
      ['dibao_new_persons', '农村', 302, '人', '上半年'],
      ['dibao_exit_households', '农村', 18, '户', '上半年'],
      ['dibao_exit_persons', '农村', 35, '人', '上半年'],
    ]);
    expect(r.candidates.some((c) => c.value === 0.41)).toBe(true);
  });

  test('a budget is not money spent', () => {
    const r = run('本级财政城市低保资金年预算为350万元,按月拨付。');
    expect(r.records).toEqual([]);
    expect(reasons(r)).toContainEqual([350, 'plan']);
  });

  test('每千名老年人拥有养老床位 is a ratio, not the number of beds', () => {
    const r = run('全市养老服务机构312个,拥有床位2.6万张(每千名老年人拥有养老床位31.5张),其中社区日间照料床位0.4万张。');
    expect(r.records.some((x) => x.value === 31.5)).toBe(false);
    expect(reasons(r)).toContainEqual([31.5, 'no_indicator']);
  });
});

describe('a quarterly table written as "label unit value" lines (third held-out corpus, our own numbers)', () => {
  const table = [
    '民政统计季报',
    '(2021年4季度)',
    '指 标 单 位 数 量',
    '一、综合',
    '1.行政区划',
    '镇 个 412',
    '乡 个 95',
    '街道办事处 个 88',
    '2.民政经费',
    '1-12月社会服务费实际支出 亿元 61.2',
    '二、社会工作',
    '社会服务床位数 万张 7.3',
    '每千人口社会服务床位数 张/千人 4.1',
    '收养性社会服务机构数 个 902',
    '城市贫困人口救助',
    '居民最低生活保障人数 万人 12.4',
    '居民最低生活保障户数 万户 7.9',
    '居民最低生活保障平均标准 元/人、月 688.5',
  ].join('\n');

  test('镇/乡/街道办事处 rows (no 民族乡 row: 乡 is the 乡小计), per-person units with 、 and a heading over all urban assistance', () => {
    const r = extractRecords(table, { region: '湖北省', source: 't.txt', catalogue });
    const f = facts(r.records);
    expect(f).toContainEqual(['township_level_units', '镇', 412, '个', '全年']);
    expect(f).toContainEqual(['township_level_units', '乡小计', 95, '个', '全年']);
    expect(f).toContainEqual(['township_level_units', '街道', 88, '个', '全年']);
    expect(f).toContainEqual(['mz_expenditure', '', 61.2, '亿元', '全年']);
    expect(f).toContainEqual(['mz_service_beds', '', 7.3, '万张', '全年']);
    expect(f).toContainEqual(['accommodation_institutions', '', 902, '个', '全年']);
    expect(f).toContainEqual(['dibao_persons', '城市', 12.4, '万人', '全年']);
    expect(f).toContainEqual(['dibao_households', '城市', 7.9, '万户', '全年']);
    expect(f).toContainEqual(['dibao_std_urban', '', 688.5, '元/人·月', '全年']);
    // the per-thousand ratio is never a number of beds
    expect(r.records.some((x) => x.value === 4.1)).toBe(false);
  });
});

describe('pipe tables of the third held-out corpus (our own numbers)', () => {
  const table = [
    '| 民政事业统计季报表 | ||',
    '| 2022年6月 | ||',
    '| 指标名称 | 单位 | 数量 |',
    '| 一、综合 | ||',
    '| (一)民政事业费累计支出 | 万元 | 52,310.4 |',
    '| 1.社会福利 | 万元 | 6,120.5 |',
    '| 2.社会救助 | 万元 | 40,215.0 |',
    '| 3.民政管理事务 | 万元 | 3,002.7 |',
    '| 4.行政事业单位离退休 | 万元 | 410.2 |',
    '| 5.其他 | 万元 | 2,562.0 |',
    '| 二、社会工作 | ||',
    '| (一)提供住宿的社会服务 | ||',
    '| 1.机构数 | 个 | 311 |',
    '| A、养老机构 | 个 | 280 |',
    '| B、精神疾病服务机构 | 个 | 3 |',
    '| C、儿童福利和救助保护机构 | 个 | 9 |',
    '| D、其他提供住宿机构 | 个 | 19 |',
    '| 2.床位数 | 张 | 40,120 |',
    '| (1)养老机构床位数 | 张 | 36,500 |',
    '| (2)精神疾病服务机构床位数 | 张 | 1,020 |',
    '| 3.收养救助人数 | 人 | 15,230 |',
    '| (1)养老机构服务人数 | 人 | 13,900 |',
    '| (3)儿童福利和救助保护机构服务人数 | 人 | 610 |',
  ].join('\n');

  test('5.其他 under 民政事业费 is the other spending; type rows under 机构数/床位数/收养救助人数 take the parent’s split', () => {
    const r = extractRecords(table, { region: '福建省', source: 't.txt', catalogue });
    const f = facts(r.records);
    expect(f).toContainEqual(['other_mz_expenditure', '', 2562, '万元', '上半年']);
    expect(f).toContainEqual(['accommodation_institutions', '', 311, '个', '6月']);
    expect(f).toContainEqual(['accommodation_institutions', '精神疾病服务', 3, '个', '6月']);
    expect(f).toContainEqual(['accommodation_institutions', '儿童福利和救助保护', 9, '个', '6月']);
    expect(f).toContainEqual(['accommodation_institutions', '其他', 19, '个', '6月']);
    expect(f).toContainEqual(['accommodation_beds', '', 40120, '张', '6月']);
    expect(f).toContainEqual(['accommodation_beds', '精神疾病服务', 1020, '张', '6月']);
    expect(f).toContainEqual(['accommodation_residents', '养老', 13900, '人', '6月']);
    expect(f).toContainEqual(['accommodation_residents', '儿童福利和救助保护', 610, '人', '6月']);
    // no row is filed twice under different splits
    const keys = r.records.map((x) => x.indicatorId + '@' + x.breakdown);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('a statistical bulletin paragraph (third held-out corpus, our own numbers)', () => {
  test('其中,城镇A人,农村B人 are the 城/农 parts (城镇 is no township) and 分别为C元和D元 follows that order', () => {
    const r = run('年末在册低保对象31000人,其中,城镇2400人,农村28600人,最低生活保障标准分别为每人每月705元和560元。');
    expect(facts(r.records)).toEqual([
      ['dibao_std_urban', '', 705, '元/人·月', '全年'],
      ['dibao_std_rural', '', 560, '元/人·月', '全年'],
      ['dibao_persons', '', 31000, '人', '全年'],
      ['dibao_persons', '城市', 2400, '人', '全年'],
      ['dibao_persons', '农村', 28600, '人', '全年'],
    ]);
  });

  test('a township’s share after 其中 is still a lower region', () => {
    const r = run('全市低保对象5200人,其中,青山镇610人、220户。');
    expect(facts(r.records)).toEqual([['dibao_persons', '', 5200, '人', '全年']]);
    expect(r.candidates.some((c) => c.value === 610)).toBe(true);
    expect(r.candidates.some((c) => c.value === 220)).toBe(true);
  });
});

describe('发放…生活津贴 (our own numbers)', () => {
  test('为80岁以上高龄老人发放生活津贴A万元 is the 高龄津贴 money', () => {
    const r = run('全年共为全市80岁以上高龄老人发放生活津贴2310.5万元。');
    expect(facts(r.records)).toEqual([['elder_age_allowance_funds', '', 2310.5, '万元', '全年']]);
  });

  test('a payment to a counted group of people stays out of the total', () => {
    const r = run('为1200名高龄老人发放生活津贴36万元。');
    expect(r.records.some((x) => x.value === 36)).toBe(false);
  });
});

describe('yearbook rows with fewer numbers than year columns (our own numbers)', () => {
  const table = [
    '18-3 社会救助情况',
    '项目 2012 2016 2021 2022',
    '  城市最低生活保障人数(人)  91200 70310 41020 40115',
    '  城市特困人员供养人数(人)  2210 2305',
    '  城市特困人员全年供养支出(万元)',
    '3120 3388',
    '  农村五保供养人数(人)  15020 9800',
    '  #老年人  8800 7120 6900',
  ].join('\n');

  test('a current indicator’s short row fills the latest columns; a discontinued programme’s row and 其中 rows stay in doubt', () => {
    const r = extractRecords(table, { region: '三明市', year: 2022, source: 't.txt', catalogue });
    const f = facts(r.records);
    expect(f).toContainEqual(['dibao_persons', '城市', 40115, '人', '全年']);
    expect(f).toContainEqual(['tekun_persons', '城市', 2305, '人', '全年']);
    expect(f).toContainEqual(['tekun_funds', '城市', 3388, '万元', '全年']);
    for (const v of [15020, 9800, 6900, 2210, 3120]) expect(r.records.some((x) => x.value === v)).toBe(false);
    expect(r.candidates.filter((c) => c.value === 9800).map((c) => c.reason)).toEqual(['ambiguous_column']);
  });
});

describe('a table copied one cell per line, each cell followed by a line holding | (our own numbers)', () => {
  const cells = [
    '2015年5月份民政事业统计月报',
    '指 标', '单 位', '数 量',
    '1.社会救济', '', '',
    '城市居民最低生活保障人数', '万人', '1820.4',
    '城市最低生活保障月人均支出水平', '元/人、月', '265.1',
    '农村居民最低生活保障人数', '万人', '5012.7',
    '2.民政事业费', '', '',
    '1-5月份民政事业费累计支出', '亿元', '960.3',
    '农村最低生活保障支出', '亿元', '301.8',
  ];
  const text = cells[0] + '\n' + cells.slice(1).map((c) => (c ? c + '\n|' : '|')).join('\n') + '\n';

  test('the rows are read as rows; quotes are the text as written', () => {
    const r = extractRecords(text, { region: '全国', source: 't.txt', catalogue });
    expect(facts(r.records)).toEqual([
      ['dibao_persons', '城市', 1820.4, '万人', '5月'],
      ['dibao_avg_subsidy', '城市', 265.1, '元/人·月', '5月'],
      ['dibao_persons', '农村', 5012.7, '万人', '5月'],
      ['mz_expenditure', '', 960.3, '亿元', '1-5月'],
      ['dibao_funds', '农村', 301.8, '亿元', '1-5月'],
    ]);
    for (const x of r.records) expect(text.slice(x.offset, x.offset + x.quote.length)).toBe(x.quote);
    expect(r.records[0].quote).toContain('\n|\n');
    // the monthly average payment is the average subsidy, not the standard
    expect(r.records.filter((x) => x.value === 265.1).map((x) => x.indicatorId)).toEqual(['dibao_avg_subsidy']);
  });
});

describe('bilingual key statistics: two years and a change column, units on the line below (our own numbers)', () => {
  const text = [
    '2019 年 02 月 14 日',
    'Key Statistics',
    '    Item 2017 2018 2018年比',
    'Increase of',
    '2018 over',
    '一、社会组织  Social Organizations      ',
    '  民间组织总数(万个)    Number of Organizations (10000 units) 76.2 81.7 7.2',
    '    基金会(个)    Foundations (unit) 6307 7027 11.4',
    '二、社会救助(万人) Social Assistance (10000 persons)      ',
    '  城市居民最低生活保障人数    Number of Urban Persons 1261.0 1007.0 -20.1',
    '    (万人)      Receiving Assistance (10000 persons)      ',
    '  城市最低生活保障平均标准    Average Urban Standard 540.6 579.7 7.2',
    '    (元/人、月)      (yuan)      ',
    '  城市居民最低生活保障户数    Number of Urban Households 604.0 588.0 -2.6',
  ].join('\n');

  test('the 2018 column is current, the change column is derived, and the unit below a row is that row’s', () => {
    const r = extractRecords(text, { region: '全国', year: 2018, period: '全年', source: 't.txt', catalogue });
    expect(facts(r.records)).toEqual([
      ['social_orgs', '', 81.7, '万个', '全年'],
      ['foundations', '', 7027, '个', '全年'],
      ['dibao_persons', '城市', 1007, '万人', '全年'],
      ['dibao_std_urban', '', 579.7, '元/人·月', '全年'],
      ['dibao_households', '城市', 588, '户', '全年'],
    ]);
    // the page's date is not the table's year
    expect(r.notes.join(' ')).not.toContain('2019');
  });
});

describe('child rows that name a split value under a parent printed without its unit (our own numbers)', () => {
  test('A贫困家庭儿童 under “(1)困境儿童 | 3,400 | |” is a 困境儿童 breakdown, not a part without a category', () => {
    const table = [
      '| 民政事业统计季报表 | ||',
      '| 2022年9月 | ||',
      '| 指标名称 | 单位 | 数量 |',
      '| 1.儿童福利 | ||',
      '| (1)困境儿童 | 3,400 | |',
      '| A贫困家庭儿童 | 人 | 3,100 |',
      '| B自身残疾儿童 | 人 | 300 |',
      '| (2)孤儿 | 人 | 520 |',
    ].join('\n');
    const r = extractRecords(table, { region: '福建省', source: 't.txt', catalogue });
    const f = facts(r.records);
    expect(f).toContainEqual(['difficult_children', '贫困家庭儿童', 3100, '人', '9月']);
    expect(f).toContainEqual(['difficult_children', '自身残疾儿童', 300, '人', '9月']);
    expect(f).toContainEqual(['orphan_persons', '', 520, '人', '9月']);
    // the parent's number sits in the unit column: never filed
    expect(r.records.some((x) => x.value === 3400)).toBe(false);
  });
});

describe('parts of the 特困 programme and figures that only look like it (fourth holdout, our own numbers)', () => {
  test('五保 money of one supply mode is a part even though 五保 says rural', () => {
    const r = run('发放一季度农村低保金 820.4 万元;集中供养五保对象供养资金52万元,散养五保对象供养资金96余万元。', 'Q1');
    expect(facts(r.records)).toEqual([['dibao_funds', '农村', 820.4, '万元', 'Q1']]);
    expect(reasons(r)).toEqual(expect.arrayContaining([[52, 'subset'], [96, 'subset']]));
  });

  test('城乡分散供养特困人员A人,其中农村B人、城市C人: the urban and rural figures are parts of the dispersed group', () => {
    const r = run('6月份全市共有城乡分散供养特困人员320户326人,其中农村特困318人,城市特困8人。', '6月');
    // (the dispersed group itself is the supply mode's figure: 城乡 names both sides)
    expect(facts(r.records.filter((x) => x.indicatorId.startsWith('tekun')))).toEqual([['tekun_persons', '分散供养', 326, '人', '6月']]);
    expect(reasons(r)).toEqual(expect.arrayContaining([[318, 'subset'], [8, 'subset']]));
  });

  test('the people of one care tier are not the 特困 total', () => {
    const r = run('特困人员中照料护理补贴二档(部分丧失生活自理能力)人数37人。', '6月');
    expect(r.records).toEqual([]);
    expect(reasons(r)).toEqual([[37, 'subset']]);
  });

  test('a minimum wage the care standards refer to is not a standard', () => {
    const r = run('照料护理标准分为三档,分别参照本市最低工资标准(每人每月1500元)的10%、30%和60%确定。');
    expect(r.records.filter((x) => x.value === 1500)).toEqual([]);
  });

  test('救助年供养基本生活标准A元 is never money paid', () => {
    const r = run('其中:城市特困人员救助年供养基本生活标准9120元;农村集中供养特困人员年供养基本生活标准7300元。');
    expect(r.records.filter((x) => /funds/.test(x.indicatorId))).toEqual([]);
  });

  test('a part in brackets does not label the money that follows; 截止N季度 runs from January', () => {
    const text = '截止2019年3季度,全市共有城乡特困人员2310人(城市41人),集中供养560人,分散供养1750人,累计发放金额980.5万元。';
    expect(inferContext(text, catalogue).period?.value).toBe('1-9月');
    const r = run(text, '1-9月', 2019);
    expect(facts(r.records)).toEqual([
      ['tekun_persons', '', 2310, '人', '1-9月'],
      ['tekun_persons', '城市', 41, '人', '1-9月'],
      ['tekun_persons', '集中供养', 560, '人', '1-9月'],
      ['tekun_persons', '分散供养', 1750, '人', '1-9月'],
      ['tekun_funds', '', 980.5, '万元', '1-9月'],
    ]);
  });

  test('自理、半自理和完全不能自理…每人每年A元、B元、C元: one care standard per tier, in order', () => {
    const r = run('二是护理标准。以上年度最低工资标准24000元为基数,自理、半自理和完全不能自理特困人员每人每年2400元、4000元、8000元。');
    expect(facts(r.records)).toEqual([
      ['tekun_care_std', '自理', 2400, '元/人·年', '全年'],
      ['tekun_care_std', '半自理', 4000, '元/人·年', '全年'],
      ['tekun_care_std', '完全不能自理', 8000, '元/人·年', '全年'],
    ]);
  });
});

describe('labelled parts, year-led lists, odd slashes and money after a count (fourth holdout, our own numbers)', () => {
  test('其中,城市A人,农村B人 after the whole in the sentence before: both parts keep their label', () => {
    const r = run('截至6月底,全市共有城乡低保对象88.5万人。其中,城市低保对象20.1万人,农村低保对象68.4万人。', '上半年');
    expect(facts(r.records)).toEqual([
      ['dibao_persons', '', 88.5, '万人', '上半年'],
      ['dibao_persons', '城市', 20.1, '万人', '上半年'],
      ['dibao_persons', '农村', 68.4, '万人', '上半年'],
    ]);
  });

  test('其中 opening a sentence after a subgroup (no whole filed) keeps its parts as candidates', () => {
    const r = run('全市共有低保家庭老年人530户。其中,城镇低保对象27人,农村低保对象611人。', '上半年');
    expect(r.records).toEqual([]);
  });

  test('2019年城乡特困人员基本生活标准分别为每人每年A元和B元: the year before 城乡 does not hide the split', () => {
    const r = run('2019年城乡特困人员基本生活标准分别为每人每年7020元和4560元;', '全年', 2019);
    expect(facts(r.records)).toEqual([
      ['tekun_std_urban', '', 7020, '元/人·年', '全年'],
      ['tekun_std_rural', '', 4560, '元/人·年', '全年'],
    ]);
  });

  test('元∕人、年 (a division slash and a 、) is a yearly standard', () => {
    const r = run('2019年农村低保保障标准3480元∕人、年', '全年', 2019);
    expect(facts(r.records)).toEqual([['dibao_std_rural', '', 3480, '元/人·年', '全年']]);
  });

  test('X累计保障A人次B万元: the money is the programme’s, the person-times are not persons', () => {
    const r = run('城市低保累计保障9050人次301.2万元;孤儿累计保障160人次15.3万元;事实无人抚养儿童累计救助420人次33.9万元。');
    expect(facts(r.records)).toEqual([
      ['dibao_funds', '城市', 301.2, '万元', '全年'],
      ['orphan_living_funds', '', 15.3, '万元', '全年'],
      ['fmcare_living_funds', '', 33.9, '万元', '全年'],
    ]);
  });
});

describe('a table row printed without its unit between a parent and children in 万元 (fourth holdout, our own numbers)', () => {
  const table = [
    '社会服务统计季报表',
    '2019年6月',
    '| 指标名称 | 单位 | 数量 | 上季度 |',
    '| 4.社会救助 | 万元 | 9,100.0 | 4,300.0 |',
    '| (1)最低生活保障 | | 6,200.5 | 3,000.1 |',
    '| A 城市低保累计支出 | 万元 | 2,100.0 | 1,000.0 |',
    '| B 农村低保累计支出 | 万元 | 4,100.5 | 2,000.1 |',
    '| (2)特困人员救助供养支出 | | 880.2 | 400.3 |',
    '| B 农村特困人员救助供养支出 | 万元 | 880.2 | 400.3 |',
  ].join('\n');

  test('the row takes the money unit its parent and all its children print', () => {
    const r = run(table, '1-6月', 2019);
    const got = facts(r.records);
    expect(got).toContainEqual(['dibao_funds', '', 6200.5, '万元', '上半年']);
    expect(got).toContainEqual(['tekun_funds', '', 880.2, '万元', '上半年']);
    expect(r.records.filter((x) => x.indicatorId === 'tekun_persons')).toEqual([]);
  });

  test('without a unit on the children the row stays a candidate', () => {
    const r = run(table.replace('| A 城市低保累计支出 | 万元 |', '| A 城市低保累计支出 | |'), '1-6月', 2019);
    expect(r.records.filter((x) => x.value === 6200.5)).toEqual([]);
  });
});

describe('自理 is not 自 (from) (fourth holdout, our own numbers)', () => {
  test('…由目前的…提高到全护理A元、半护理B元、全自理C元: the 全自理 value is this period’s', () => {
    const r = run('照料护理标准由目前的全护理每人每月600元、半护理每人每月300元、全自理每人每月180元提高到全护理每人每月660元、半护理每人每月330元、全自理每人每月198元。');
    expect(facts(r.records)).toEqual([
      ['tekun_care_std', '完全不能自理', 660, '元/人·月', '全年'],
      ['tekun_care_std', '半自理', 330, '元/人·月', '全年'],
      ['tekun_care_std', '自理', 198, '元/人·月', '全年'],
    ]);
  });
});

describe('a period word inside a standard’s name (fourth holdout, our own numbers)', () => {
  test('最低生活月保障标准 / 最低生活年保障标准: the standard, in the period its name states', () => {
    const r = run('从2020年1月1日起,城市居民最低生活月保障标准提高到560元,月人均补助水平提高到不低于290元;农村居民最低生活年保障标准提高到每人每年4200元。', '全年', 2020);
    expect(facts(r.records)).toEqual([
      ['dibao_std_urban', '', 560, '元/人·月', '全年'],
      ['dibao_std_rural', '', 4200, '元/人·年', '全年'],
    ]);
    expect(r.candidates.map((c) => c.value)).toContain(290);
  });

  test('救助年供养基本生活标准A元 is yearly and never money', () => {
    const r = run('特困人员救助年供养基本生活标准9360元。', '全年', 2020);
    expect(facts(r.records)).toEqual([['tekun_std', '', 9360, '元/人·年', '全年']]);
  });
});

describe('one standard after both parts of a split (fourth holdout, our own numbers)', () => {
  test('城市A人,农村B人,供养标准为C元/人·月 with no urban standard: the whole programme’s standard', () => {
    const r = run('全市共有特困人员610人,其中,城市特困人员22人,农村特困人员588人,供养标准为1010元/人·月。');
    expect(facts(r.records)).toContainEqual(['tekun_std', '', 1010, '元/人·月', '全年']);
    expect(r.records.filter((x) => x.indicatorId === 'tekun_std_rural')).toEqual([]);
  });

  test('each part with its own standard keeps its side', () => {
    const r = run('全市共有低保对象9100人,其中,城市低保对象420人,保障标准为760元/人·月,农村低保对象8680人,保障标准为820元/人·月。');
    expect(facts(r.records)).toEqual(expect.arrayContaining([
      ['dibao_std_urban', '', 760, '元/人·月', '全年'],
      ['dibao_std_rural', '', 820, '元/人·月', '全年'],
    ]));
  });
});

describe('a bulletin list of township kinds', () => {
  test('民族乡 and 民族苏木 are kinds of township, not places: the items after them keep their records', () => {
    const r = run('年底全市共有乡级行政区划单位1290个(其中镇610个、乡402个、民族乡31个、苏木5个、民族苏木2个、街道240个)。');
    expect(facts(r.records)).toEqual([
      ['township_level_units', '', 1290, '个', '全年'],
      ['township_level_units', '镇', 610, '个', '全年'],
      ['township_level_units', '乡', 402, '个', '全年'],
      ['township_level_units', '民族乡', 31, '个', '全年'],
      ['township_level_units', '苏木', 5, '个', '全年'],
      ['township_level_units', '民族苏木', 2, '个', '全年'],
      ['township_level_units', '街道', 240, '个', '全年'],
    ]);
  });

  test('a named township’s share is still not the whole’s', () => {
    const r = run('全市低保对象1480人,其中红旗镇320人。');
    expect(facts(r.records)).toEqual([['dibao_persons', '', 1480, '人', '全年']]);
  });
});

describe('a programme named after the counts (得到了) or with 供养 in its name', () => {
  test('A万户、B万人得到了农村低保: both counts are 农村低保’s', () => {
    const r = run('年底全市有41.2万户、77.5万人得到了农村低保,比上年减少1.3万人。');
    expect(facts(r.records)).toEqual([
      ['dibao_households', '农村', 41.2, '万户', '全年'],
      ['dibao_persons', '农村', 77.5, '万人', '全年'],
    ]);
  });

  test('农村五保供养对象A户、B人: 五保 is 农村特困', () => {
    const r = run('年底全市有农村五保供养对象1830户、1912人。');
    expect(facts(r.records)).toEqual([
      ['tekun_households', '农村', 1830, '户', '全年'],
      ['tekun_persons', '农村', 1912, '人', '全年'],
    ]);
  });
});

describe('the 救助 of 生活无着的流浪乞讨人员 with 城市 inside the name', () => {
  test('全年救助城市生活无着的流浪乞讨人员A万人次 is 流浪乞讨人员救助人次', () => {
    const r = run('全市共有救助管理站4个,全年救助城市生活无着的流浪乞讨人员3.2万人次。');
    expect(facts(r.records)).toContainEqual(['vagrant_assist_times', '', 3.2, '万人次', '全年']);
  });
});
