// Passages written for these tests in the styles of DOMAIN.md §3 (not from the seeds).
import { loadCatalogue } from '../../src/core/catalogue';
import { extractRecords } from '../../src/core/extract/extract';
import { inferContext } from '../../src/core/extract/context';
import { loadTownships } from '../../src/core/catalogue/townships';
import { splitSentences } from '../../src/core/extract/sentences';
import { parseArabic, scanTokens } from '../../src/core/extract/numbers';
import { DataRecord } from '../../src/core/types';

const catalogue = loadCatalogue();
const run = (text: string, year = 2022) => extractRecords(text, { region: '潍坊市', year, period: '全年', source: 't.txt', catalogue });
const facts = (rs: DataRecord[]) => rs.map((r) => [r.indicatorId, r.breakdown, r.value, r.unit, r.qualifier]);

describe('standards', () => {
  test('由A提高到B keeps B only', () => {
    const r = run('城市低保标准由每人每月700元提高到760元,农村低保标准由每人每月520元提高到580元。');
    expect(facts(r.records)).toEqual([
      ['dibao_std_urban', '', 760, '元/人·月', 'exact'],
      ['dibao_std_rural', '', 580, '元/人·月', 'exact'],
    ]);
    expect(r.candidates.map((c) => c.value)).not.toContain(700);
    expect(r.records.map((x) => x.value)).not.toContain(520);
  });

  test('分别由A1、A2提高到B1、B2', () => {
    const r = run('城乡低保标准分别由每人每月600元、480元提高到650元、520元。');
    expect(facts(r.records)).toEqual([
      ['dibao_std_urban', '', 650, '元/人·月', 'exact'],
      ['dibao_std_rural', '', 520, '元/人·月', 'exact'],
    ]);
  });

  test('two-level paired list with 和', () => {
    const r = run('城乡低保和特困人员基本生活标准分别提高到每人每月700元、560元和910元、728元。');
    expect(facts(r.records)).toEqual([
      ['dibao_std_urban', '', 700, '元/人·月', 'exact'],
      ['dibao_std_rural', '', 560, '元/人·月', 'exact'],
      ['tekun_std_urban', '', 910, '元/人·月', 'exact'],
      ['tekun_std_rural', '', 728, '元/人·月', 'exact'],
    ]);
  });

  test('four items, ASCII punctuation, 元/人·月', () => {
    const r = run(
      '全区孤儿基本生活费标准:机构养育孤儿、社会散居孤儿、事实无人抚养儿童、重点困境儿童分别达到每人每月1900元、1500元、1500元、1000元.重度残疾人护理补贴标准提高到一级150元/人·月、二级140元/人·月;困难残疾人生活补贴标准不低于每人每月100元.',
    );
    expect(facts(r.records)).toEqual([
      ['orphan_std', '机构养育', 1900, '元/人·月', 'exact'],
      ['orphan_std', '社会散居', 1500, '元/人·月', 'exact'],
      ['fmcare_std', '', 1500, '元/人·月', 'exact'],
      ['kunjing_std', '', 1000, '元/人·月', 'exact'],
      ['disab_care_std', '一级', 150, '元/人·月', 'exact'],
      ['disab_care_std', '二级', 140, '元/人·月', 'exact'],
      ['disab_living_std', '', 100, '元/人·月', '不低于'],
    ]);
  });

  test('shared suffix: 城市、农村低保标准分别为…和…', () => {
    const r = run('城市、农村低保标准分别为每人每月780元和610元,特困人员基本生活标准为每人每月1014元。');
    expect(facts(r.records)).toEqual([
      ['dibao_std_urban', '', 780, '元/人·月', 'exact'],
      ['dibao_std_rural', '', 610, '元/人·月', 'exact'],
      ['tekun_std', '', 1014, '元/人·月', 'exact'],
    ]);
  });

  test('care tiers in other words (全护理/半护理/全自理), 元/人/年', () => {
    const r = run('全护理、半护理、全自理特困人员照料护理标准分别为12000元/人/年、6000元/人/年、2400元/人/年。');
    expect(facts(r.records)).toEqual([
      ['tekun_care_std', '完全不能自理', 12000, '元/人·年', 'exact'],
      ['tekun_care_std', '半自理', 6000, '元/人·年', 'exact'],
      ['tekun_care_std', '自理', 2400, '元/人·年', 'exact'],
    ]);
  });

  test('an increase is not a level', () => {
    const r = run('全市低保标准提高了50元,达到每人每月900元。');
    expect(r.records.map((x) => x.value)).toEqual([900]);
    expect(r.candidates).toEqual([expect.objectContaining({ value: 50, reason: 'change' })]);
  });
});

describe('counts and amounts', () => {
  test('one subject in two units joined by 、: persons then households', () => {
    const r = run('全年累计发放低保资金3.2亿元,保障城乡低保对象5.6万人、3.1万户。');
    expect(facts(r.records)).toEqual([
      ['dibao_funds', '', 3.2, '亿元', 'exact'],
      ['dibao_persons', '', 5.6, '万人', 'exact'],
      ['dibao_households', '', 3.1, '万户', 'exact'],
    ]);
  });

  test('thousands separators (ASCII and full width), 对/件/具/家/张', () => {
    const r = run('全年结婚登记12,000对,离婚登记3，456对,办理收养登记58件,火化遗体8,901具,全市共有养老机构120家、养老床位1.5万张。');
    expect(facts(r.records)).toEqual([
      ['marriage_reg', '', 12000, '对', 'exact'],
      ['divorce_reg', '', 3456, '对', 'exact'],
      ['adoption_reg', '', 58, '件', 'exact'],
      ['cremations', '', 8901, '具', 'exact'],
      ['elder_institutions', '', 120, '家', 'exact'],
      ['elder_beds', '', 1.5, '万张', 'exact'],
    ]);
  });

  test('households then persons, urban and rural; 万人次; money by family', () => {
    const r = run('全市有城市低保对象5,678户9,876人,农村低保对象2.3万户4.1万人。实施临时救助1.2万人次,发放资金2,300万元。');
    expect(facts(r.records)).toEqual([
      ['dibao_households', '城市', 5678, '户', 'exact'],
      ['dibao_persons', '城市', 9876, '人', 'exact'],
      ['dibao_households', '农村', 2.3, '万户', 'exact'],
      ['dibao_persons', '农村', 4.1, '万人', 'exact'],
      ['temp_assist_times', '', 1.2, '万人次', 'exact'],
      ['temp_assist_funds', '', 2300, '万元', 'exact'],
    ]);
  });

  test('qualifiers 超过/近/约/余/多 and Chinese 百万', () => {
    const r = run('今年以来,募集慈善款物超过1.2亿元,注册志愿者近30万人,社会组织总数达到3,200个,临时救助支出约8600万元,新增养老床位800余张,累计募集善款近百万元。');
    expect(facts(r.records)).toEqual([
      ['charity_donations', '', 1.2, '亿元', '超过'],
      ['volunteers', '', 30, '万人', '近'],
      ['social_orgs', '', 3200, '个', 'exact'],
      ['temp_assist_funds', '', 8600, '万元', '约'],
      ['elder_beds_new', '', 800, '张', '余'],
    ]);
    // the second 募集 figure conflicts with the first: kept as a candidate, not a second value
    expect(r.candidates).toEqual([expect.objectContaining({ value: 100, unit: '万元', qualifier: '近', reason: 'conflict' })]);
  });

  test('新增/新建 never map to the stock indicator', () => {
    const r = run('新增养老床位800张,全市养老床位达到2.1万张;新建养老机构5家;新增低保对象2100人。');
    expect(facts(r.records)).toEqual([
      ['elder_beds_new', '', 800, '张', 'exact'],
      ['elder_beds', '', 2.1, '万张', 'exact'],
      ['dibao_new_persons', '', 2100, '人', 'exact'],
    ]);
    expect(r.candidates).toEqual([expect.objectContaining({ value: 5, reason: 'new_vs_stock', indicatorId: 'elder_institutions' })]);
  });

  test('breakdowns inherited after 其中', () => {
    const r = run('全市民政资金总投入15.6亿元,其中中央和省级财政投入3.2亿元,市级财政投入4.1亿元,区县级财政投入8.3亿元。');
    expect(facts(r.records)).toEqual([
      ['mz_funds_total', '', 15.6, '亿元', 'exact'],
      ['mz_funds_total', '中央省级', 3.2, '亿元', 'exact'],
      ['mz_funds_total', '市级', 4.1, '亿元', 'exact'],
      ['mz_funds_total', '区县级', 8.3, '亿元', 'exact'],
    ]);
  });

  test('objects of an action are not the stock', () => {
    const r = run('全市社会组织达到4200家。抽查社会组织60家,注销社会组织12家,引导80家社会组织参与乡村振兴。');
    expect(facts(r.records)).toEqual([['social_orgs', '', 4200, '家', 'exact']]);
    expect(r.candidates.map((c) => [c.value, c.reason])).toEqual([
      [60, 'action'],
      [12, 'action'],
      [80, 'action'],
    ]);
  });
});

describe('parts, families and look-alikes', () => {
  test('其中 parts declared in the catalogue, and 床位 after 养老机构', () => {
    const r = run('全市共有社会组织5,432个,其中社会团体2,100个、民办非企业单位3,200个、基金会132个。全市现有养老机构32家,床位4,800张,其中护理型床位2,100张。');
    expect(facts(r.records)).toEqual([
      ['social_orgs', '', 5432, '个', 'exact'],
      ['social_groups', '', 2100, '个', 'exact'],
      ['non_enterprise_units', '', 3200, '个', 'exact'],
      ['foundations', '', 132, '个', 'exact'],
      ['elder_institutions', '', 32, '家', 'exact'],
      ['elder_inst_beds', '', 4800, '张', 'exact'],
      ['nursing_beds', '', 2100, '张', 'exact'],
    ]);
  });

  test('残疾人两项补贴 in a 分别 list = 生活补贴, 护理补贴', () => {
    const r = run('残疾人两项补贴标准分别提高到每人每月120元、110元。');
    expect(facts(r.records)).toEqual([
      ['disab_living_std', '', 120, '元/人·月', 'exact'],
      ['disab_care_std', '', 110, '元/人·月', 'exact'],
    ]);
  });

  test('月人均补助水平 is not the 低保 standard: it has its own indicator', () => {
    const r = run('城乡低保月人均补助水平分别达到520元、310元。城市低保月人均补助水平达到530元。');
    expect(r.records.some((x) => x.indicatorId.startsWith('dibao_std'))).toBe(false);
    expect(facts(r.records)).toEqual([
      ['dibao_avg_subsidy', '城市', 520, '元/人·月', 'exact'],
      ['dibao_avg_subsidy', '农村', 310, '元/人·月', 'exact'],
    ]);
    // a second, different value for the same key is kept for review (a conflict), not lost
    expect(r.candidates.map((c) => [c.value, c.reason])).toEqual([[530, 'conflict']]);
  });

  test('persons and households of one subject, stated with 、', () => {
    const r = run('截至6月底,全市低保对象共计3.2万户、5.1万人,特困供养人员2.2万人;上半年累计支出各类救助资金5.3亿元。');
    expect(facts(r.records)).toEqual([
      ['dibao_households', '', 3.2, '万户', 'exact'],
      ['dibao_persons', '', 5.1, '万人', 'exact'],
      ['tekun_persons', '', 2.2, '万人', 'exact'],
      ['assist_funds', '', 5.3, '亿元', 'exact'],
    ]);
  });

  test('a group receiving something is not the stock of that group', () => {
    const r = run('为320名分散供养特困人员发放慰问品。全市特困供养人员达到1.1万人。');
    expect(facts(r.records)).toEqual([['tekun_persons', '', 1.1, '万人', 'exact']]);
    expect(r.candidates[0]).toMatchObject({ value: 320, reason: 'action' });
  });
});

describe('a whole report of another city (context inferred)', () => {
  const text = [
    '泰安市民政局2022年上半年工作总结',
    '一、上半年工作完成情况',
    '(一)兜牢民生底线。城乡低保标准分别提高到每人每月830元、650元,城乡特困人员基本生活标准分别提高到每人每月1079元、845元.上半年共保障城乡低保对象6.8万人,发放低保金2.1亿元;实施临时救助3,200人次,支出临时救助资金680万元。',
    '(二)发展养老服务。新建社区养老服务中心12处,新增养老床位600张,全市养老床位达到3.2万张;为1.2万名老年人提供居家养老上门服务。',
    '(三)社会事务。上半年办理结婚登记8,600对、离婚登记2,100对,火化遗体6,500具,基本殡葬服务补贴标准为每人1,200元。',
    '二、下半年工作打算',
    '(一)力争全年新增养老床位1000张。',
    '(二)城乡低保标准提高到每人每月900元、700元。',
  ].join('\n');
  const r = extractRecords(text, { source: 'taian.txt', catalogue });

  test('context', () => {
    expect(r.records.every((x) => x.region === '泰安市' && x.year === 2022 && x.period === '上半年')).toBe(true);
  });

  test('facts of the first half, none of the plans', () => {
    expect(facts(r.records)).toEqual([
      ['dibao_std_urban', '', 830, '元/人·月', 'exact'],
      ['dibao_std_rural', '', 650, '元/人·月', 'exact'],
      ['tekun_std_urban', '', 1079, '元/人·月', 'exact'],
      ['tekun_std_rural', '', 845, '元/人·月', 'exact'],
      ['dibao_persons', '', 6.8, '万人', 'exact'],
      ['dibao_funds', '', 2.1, '亿元', 'exact'],
      ['temp_assist_times', '', 3200, '人次', 'exact'],
      ['temp_assist_funds', '', 680, '万元', 'exact'],
      ['elder_beds_new', '', 600, '张', 'exact'],
      ['elder_beds', '', 3.2, '万张', 'exact'],
      ['elder_homecare_persons', '', 1.2, '万人', 'exact'],
      ['marriage_reg', '', 8600, '对', 'exact'],
      ['divorce_reg', '', 2100, '对', 'exact'],
      ['cremations', '', 6500, '具', 'exact'],
      ['funeral_subsidy_std', '', 1200, '元/人', 'exact'],
    ]);
    expect(r.candidates.filter((c) => c.reason === 'plan').map((c) => c.value)).toEqual([1000, 900, 700]);
  });
});

describe('新增 with 城乡/农村 inserted, families', () => {
  test('新增城乡低保对象…户…人; 退出 is its own indicator, not a level of anything', () => {
    const r = run('全年新增城乡低保对象1,200户2,300人,退出低保800户。新增农村低保对象300户560人。');
    expect(facts(r.records)).toEqual([
      ['dibao_new_households', '', 1200, '户', 'exact'],
      ['dibao_new_persons', '', 2300, '人', 'exact'],
      ['dibao_exit_households', '', 800, '户', 'exact'],
      ['dibao_new_households', '农村', 300, '户', 'exact'],
      ['dibao_new_persons', '农村', 560, '人', 'exact'],
    ]);
    expect(r.candidates).toEqual([]);
  });

  test('高龄津贴 amount, then 惠及 persons of the same family', () => {
    const r = run('全年共发放高龄津贴3,456万元,惠及高龄老人5.6万人。');
    expect(facts(r.records)).toEqual([
      ['elder_age_allowance_funds', '', 3456, '万元', 'exact'],
      ['elder_age_allowance_persons', '', 5.6, '万人', 'exact'],
    ]);
  });
});

describe('城乡 pairs without 分别', () => {
  test('城乡X提高到A、B', () => {
    const r = run('城乡低保标准提高到每人每月900元、700元。');
    expect(facts(r.records)).toEqual([
      ['dibao_std_urban', '', 900, '元/人·月', 'exact'],
      ['dibao_std_rural', '', 700, '元/人·月', 'exact'],
    ]);
  });

  test('two levels with 和, no 分别', () => {
    const r = run('全市城乡低保和特困供养标准提高到每人每月800元、600元和1040元、780元。');
    expect(facts(r.records)).toEqual([
      ['dibao_std_urban', '', 800, '元/人·月', 'exact'],
      ['dibao_std_rural', '', 600, '元/人·月', 'exact'],
      ['tekun_std_urban', '', 1040, '元/人·月', 'exact'],
      ['tekun_std_rural', '', 780, '元/人·月', 'exact'],
    ]);
  });

  test('a unified standard is one value', () => {
    const r = run('城乡低保标准均提高到每人每月900元。');
    expect(facts(r.records)).toEqual([['dibao_std', '', 900, '元/人·月', 'exact']]);
  });
});

describe('what is not this period’s fact', () => {
  test('a typo that breaks a number becomes a candidate', () => {
    const r = run('全市保障低保对象82.5.1万人,发放低保资金4.9亿元。');
    expect(facts(r.records)).toEqual([['dibao_funds', '', 4.9, '亿元', 'exact']]);
    expect(r.candidates).toEqual([
      expect.objectContaining({ raw: '82.5.1万人', value: null, reason: 'malformed', unit: '万人' }),
    ]);
  });

  test('bad thousands grouping is a typo too', () => {
    const r = run('全年累计救助困难群众1,2345人。');
    expect(r.records).toEqual([]);
    expect(r.candidates[0]).toMatchObject({ reason: 'malformed', raw: '1,2345人' });
  });

  test('plans and targets', () => {
    const r = run('力争2023年新建养老服务设施50处。\n下步工作打算\n一、提高保障水平。城市低保标准提高到每人每月900元。');
    expect(r.records).toEqual([]);
    expect(r.candidates.map((c) => c.reason)).toEqual(['plan', 'plan']);
  });

  test('a plan heading ends at the next top-level heading that is not a plan', () => {
    const r = run('二、下步工作打算\n城市低保标准提高到每人每月900元。\n三、上半年工作情况\n城市低保标准达到每人每月850元。');
    expect(facts(r.records)).toEqual([['dibao_std_urban', '', 850, '元/人·月', 'exact']]);
  });

  test('another year stated in the sentence: candidate (never recorded under the report year)', () => {
    const r = run('2021年全市共救助流浪乞讨人员5,600人次。2022年全市共救助流浪乞讨人员6,100人次。');
    expect(facts(r.records)).toEqual([['vagrant_assist_times', '', 6100, '人次', 'exact']]);
    expect(r.candidates).toEqual([expect.objectContaining({ value: 5600, reason: 'other_year' })]);
  });

  test('比2021年 is a comparison, not another year', () => {
    const r = run('全年办理结婚登记2.3万对,比2021年减少1200对。');
    expect(facts(r.records)).toEqual([['marriage_reg', '', 2.3, '万对', 'exact']]);
    expect(r.candidates).toEqual([expect.objectContaining({ value: 1200, reason: 'change' })]);
  });

  test('several years and 其中 parts', () => {
    // (in a five-year review, new admissions are a flow over those years too, and its 其中 part stays a part)
    const r = run('五年来累计新建养老服务设施300处。新增低保对象900人,其中建档立卡贫困人口300人。');
    expect(r.records).toEqual([]);
    expect(r.candidates.map((c) => [c.value, c.reason])).toEqual([
      [300, 'multi_year'],
      [900, 'multi_year'],
      [300, 'subset'],
    ]);
  });

  test('unknown indicators become candidates with their sentence', () => {
    const text = '全市建成城市社区综合服务设施120处。';
    const r = run(text);
    expect(r.records).toEqual([]);
    expect(r.candidates[0]).toMatchObject({ raw: '120处', reason: 'no_indicator', quote: text, offset: 0, valueOffset: 14 });
  });
});

describe('quotes and offsets', () => {
  test('quote is the original sentence (full-width kept) at its offset', () => {
    const text = '标题\n\n  全市城市低保标准提高到每人每月８２１元，农村低保标准提高到６１４元。后记';
    const r = run(text);
    expect(r.records.map((x) => x.value)).toEqual([821, 614]);
    for (const rec of r.records) {
      expect(text.slice(rec.offset, rec.offset + rec.quote.length)).toBe(rec.quote);
      expect(rec.quote).toBe('全市城市低保标准提高到每人每月８２１元，农村低保标准提高到６１４元。');
    }
  });

  test('sentences split on 。;!? and line breaks with exact offsets', () => {
    const text = '甲。乙;丙！\n丁?戊';
    const s = splitSentences(text);
    expect(s.map((x) => x.text)).toEqual(['甲。', '乙;', '丙！', '丁?', '戊']);
    for (const x of s) expect(text.slice(x.offset, x.offset + x.text.length)).toBe(x.text);
  });

  test('number parsing', () => {
    expect(parseArabic('12,000').value).toBe(12000);
    expect(parseArabic('1.684').value).toBe(1.684);
    expect(Number.isNaN(parseArabic('82.5.1').value)).toBe(true);
    const t = scanTokens('6万余名、22.5万多个、1660余万元、超过92%、2021年、12个月', '6万余名、22.5万多个、1660余万元、超过92%、2021年、12个月');
    expect(t.map((x) => [x.value, x.unit, x.qualifier])).toEqual([
      [6, '万人', '余'],
      [22.5, '万个', '多'],
      [1660, '万元', '余'],
      [92, '%', '超过'],
    ]);
  });
});

describe('inferContext on own passages', () => {
  let towns: readonly string[];
  beforeAll(async () => {
    towns = await loadTownships();
  });
  test('issuer and title', () => {
    const c = inferContext('青岛市民政局2022年工作总结\n2022年,全市民政系统坚持……', catalogue);
    expect(c.region?.name).toBe('青岛市');
    expect(c.year?.value).toBe(2022);
    // (a body line opening with the year the whole text names: the year's figures)
    expect(c.period?.value).toBe('全年');
    expect(c.unresolved).toEqual([]);
  });

  test('half-year title, district issuer', () => {
    const c = inferContext('章丘区民政局关于2021年上半年工作总结\n今年以来……', catalogue);
    expect(c.region?.name).toBe('章丘区');
    expect(c.year?.value).toBe(2021);
    expect(c.period?.value).toBe('上半年');
  });

  test.each([
    ['潍坊市民政局2022年前三季度工作总结', '1-9月', '前三季度'],
    ['潍坊市民政局2022年1-9月民政工作情况', '1-9月', '1-9月'],
    ['潍坊市民政局2022年1—11月工作进展', '1-11月', '1—11月'],
    ['潍坊市民政局2022年一季度工作总结', 'Q1', '一季度'],
    ['潍坊市民政局2022年第三季度工作情况', 'Q3', '第三季度'],
    ['潍坊市民政局2022年下半年总结', '下半年', '下半年总结'],
  ])('title %s → period %s (flows are year-to-date: 前三季度 is 1-9月)', (title, period, basis) => {
    const c = inferContext(`${title}\n今年以来,全市低保标准提高到每人每月800元。`, catalogue);
    expect(c.period?.value).toBe(period);
    expect(c.period?.basis).toBe(`标题/开头“${basis}”`);
  });

  test('no name, only place names; 今年以来 with next year’s plan', () => {
    const c = inferContext('今年以来,区民政局在孤岛镇、六合街道建成老年食堂。会议部署2023年重点工作。', catalogue, towns);
    expect(c.region?.name).toBe('河口区');
    expect(c.year?.value).toBe(2022);
    expect(c.period?.value).toBe('全年');
  });

  test('a neighbour named by a boundary line does not win', () => {
    const c = inferContext('2021年,区民政局完成垦利线、利津线边界线联检工作,六合街道养老服务中心投入使用。', catalogue, towns);
    expect(c.region?.name).toBe('河口区');
  });

  test('a city text naming one of its districts (县市(含九台区)) is the city’s, with the reason', () => {
    const c = inferContext('记者从市民政局获悉,我市再次提高城乡低保标准。城区城市低保标准提高到每人每月620元;县市(含九台区)城市低保标准提高到每人每月540元,九台区农村低保标准同步提高,九台区所需资金由市区两级财政分担。', catalogue, towns);
    expect(c.region?.name).toBe('长春市');
    expect(c.region?.basis).toContain('从不以“区”自称');
  });

  test('one passing mention of a province inside a city’s text is no region (never guessed)', () => {
    const c = inferContext('对我市行业协会商会探索直接登记,截至目前共直接登记118个社会组织。同时邀请江苏省某评估中心的专家团队定期开展讲座。全市共有社会组织906个。', catalogue, towns);
    expect(c.region).toBeUndefined();
    expect(c.unresolved).toContain('地区');
  });

  test('the bureau heading a notice wins over the province bureaus whose documents it cites', () => {
    const text = '石阡县民政局\n关于拨付全县2024年6月份特困人员供养金的通知\n根据《贵州省财政厅贵州省民政厅关于下达困难群众救助补助资金的通知》、贵州省财政厅贵州省民政厅关于印发管理办法的通知文件精神,现将6月份供养金共计88.2万元拨付到位。贵州省民政厅要求按月发放。';
    expect(inferContext(text, catalogue, towns).region?.name).toBe('石阡县');
  });

  test('a township name read across words (其中城镇 → 中城镇) is not a region on its own', () => {
    const c = inferContext('某旗及时足额发放救助资金。2023年第一季度,其中城镇最低生活保障对象512户、930人,累计发放资金150.3万元。', catalogue, towns);
    expect(c.region).toBeUndefined();
  });

  test('a national text (民政部 heading it, 据民政部网站消息, 全国共有, 我国) is the country’s, even when it names provinces', () => {
    const c = inferContext('民政部:去年全国办理结婚登记683.5万对\n据民政部网站消息,截至去年底,全国共有婚姻登记机构3100个。我国结婚登记数连续下降,江苏、浙江、上海的登记数位居前列。', catalogue, towns);
    expect(c.region?.name).toBe('全国');
    expect(c.region?.basis).toContain('全国性文本');
  });

  test('a local text citing 民政部 or 全国 stays local; 民政部门 in the title is not 民政部', () => {
    const local = inferContext('九台区民政局2023年工作总结\n根据民政部部署,我区全年发放城乡低保资金1.2亿元,全国共有多个地区参照我区做法。', catalogue, towns);
    expect(local.region?.name).toBe('九台区');
    const dept = inferContext('社区民政部门工作总结\n我社区全年走访困难家庭86户。', catalogue, towns);
    expect(dept.region?.name).not.toBe('全国');
  });

  test('one mention counts in the title or a header field: 编制单位:XX省, 来源:XX日报', () => {
    expect(inferContext('民政统计季报表\n表号:JBZH0001表\n编制单位:四川省 制表机关:民政部\n城市低保人数 | 人 | 3,235 |', catalogue, towns).region?.name).toBe('四川省');
    expect(inferContext('提高城乡低保标准\n信息来源:济南日报\n为保障困难群众基本生活,城市低保标准提高到每人每月900元。', catalogue, towns).region?.name).toBe('济南市');
  });

  test('any region of the country: a 兰州 report by its issuer', () => {
    const c = inferContext('兰州市民政局关于2022年度民政工作的报告\n全年新增养老床位1200张。', catalogue, towns);
    expect(c.region?.name).toBe('兰州市');
    expect(c.region?.basis).toMatch(/^“兰州市民政局”/);
  });

  test('a former name of the issuer (章丘市民政局) leads to the current division', () => {
    const c = inferContext('章丘市民政局2015年工作总结\n今年以来,全市低保标准提高到每人每月450元。', catalogue, towns);
    expect(c.region?.name).toBe('章丘区');
  });

  test('a shared name is never guessed: 朝阳区民政局 alone is unresolved; with 北京 it is 北京市朝阳区', () => {
    const alone = inferContext('朝阳区民政局2021年工作总结\n全区低保标准提高到每人每月1245元。', catalogue, towns);
    expect(alone.region).toBeUndefined();
    expect(alone.unresolved).toContain('地区');
    const withCity = inferContext('北京市朝阳区民政局2021年工作总结\n全区低保标准提高到每人每月1245元。', catalogue, towns);
    expect(withCity.region?.name).toBe('北京市朝阳区');
    const inContext = inferContext('朝阳区民政局2021年工作总结\n在北京市率先建成养老服务联合体。', catalogue, towns);
    expect(inContext.region?.name).toBe('北京市朝阳区');
  });

  test('townships across several districts of one city place a city report in the city', () => {
    const c = inferContext('2022年,市民政局在孤岛镇、仙河镇、龙居镇、胜坨镇建成老年食堂。', catalogue, towns);
    expect(c.region?.name).toBe('东营市');
    expect(c.region?.basis).toMatch(/^所辖乡镇街道:孤岛镇、仙河镇、龙居镇、胜坨镇/);
    const d = inferContext('2022年,区民政局在孤岛镇、仙河镇建成老年食堂。', catalogue, towns);
    expect(d.region?.name).toBe('河口区');
  });

  test('a township shared by many counties weighs 1/n: 城关镇 alone places nothing', () => {
    const c = inferContext('2021年,县民政局在城关镇建成老年食堂,城关镇敬老院完成改造。', catalogue, towns);
    expect(c.region).toBeUndefined();
  });

  test('ordinary words that are also short forms of counties do not place a report', () => {
    const c = inferContext('2021年,区民政局助力乡村振兴,推进和平社区、东方社区建设,弘扬长安精神。', catalogue);
    expect(c.region).toBeUndefined();
  });

  test('a county short form counts only in context: 章丘 alone places nothing, after 济南 it does', () => {
    expect(inferContext('推进会在章丘召开,章丘介绍了经验。', catalogue).region).toBeUndefined();
    const c = inferContext('推进会在济南章丘召开,章丘介绍了经验。', catalogue);
    expect(c.region?.name).toBe('章丘区');
    expect(c.region?.basis).toBe('正文提到“济南章丘”2次');
  });

  test('nothing to go on', () => {
    const c = inferContext('某某工作报告', catalogue);
    expect(c.unresolved).toEqual(['地区', '年份']);
    expect(c.region).toBeUndefined();
  });

  test('extractRecords infers what it is not told and says so', () => {
    const r = extractRecords('济南市民政局2020年度工作报告\n城市低保标准提高到821元/月。', { source: 'x.txt', catalogue });
    expect(r.records[0]).toMatchObject({ region: '济南市', year: 2020, period: '全年', value: 821, unit: '元/人·月' });
    expect(r.notes.join('\n')).toMatch(/地区推断为“济南市”/);
  });
});
