// Styles met in a fifth corpus of published prose (national news reposted in 繁體, statistical bulletins,
// work summaries taken from PDF text layers, notices). Fixtures are written for these tests in our own words
// and numbers.
import { inferContext } from '../../src/core/extract/context';
import { extractRecords } from '../../src/core/extract/extract';
import { catalogue, styleKit } from './styleKit';

const { run, facts, reasons } = styleKit('某市');

describe('characters', () => {
  test('繁體 characters missing from the map (別, 國) are read: 分別 lists, 全國', () => {
    // (in the country's own text; in a city's text the same list is the country's, held back)
    const text = '截至3月底,全國城市低保對象和農村低保對象分別為120萬人和350萬人。';
    expect(facts(styleKit('全国').run(text, '3月').records)).toEqual([
      ['dibao_persons', '城市', 120, '万人', '3月'],
      ['dibao_persons', '农村', 350, '万人', '3月'],
    ]);
    const city = run(text, '3月');
    expect(city.records).toEqual([]);
    expect(city.candidates.map((c) => c.reason)).toEqual(['other_region', 'other_region']);
  });

  test('PDF glyphs decoded through the wrong map (救劣, 月仹) read as the words meant', () => {
    const r = run('1-8 月仹共发放临时救劣金 36.5 万元,救劣困难群众 95 人次。', '1-8月');
    expect(facts(r.records)).toEqual([
      ['temp_assist_funds', '', 36.5, '万元', '1-8月'],
      ['temp_assist_times', '', 95, '人次', '1-8月'],
    ]);
  });
});

describe('counts with a label of their own', () => {
  test('参加…保险人数 is not the count of the programme named in the next clause', () => {
    const r = run('城镇参加失业保险人数15200人,城镇居民最低生活保障人数4630人;农村参加养老保险人数40100人,农村居民最低生活保障人数6820人。');
    expect(facts(r.records)).toEqual([
      ['dibao_persons', '城市', 4630, '人', '全年'],
      ['dibao_persons', '农村', 6820, '人', '全年'],
    ]);
    expect(reasons(r)).toEqual([
      [15200, 'no_indicator'],
      [40100, 'no_indicator'],
    ]);
  });
});

describe('figures of one group or of money handed down', () => {
  test('对因灾遇困群众实施临时救助: the group hit by a disaster, not all temporary assistance', () => {
    const r = run('全年共对因灾遇困群众实施临时救助2.6万人次,支出资金0.8亿元;全年实施临时救助9.4万人次。');
    expect(facts(r.records)).toEqual([['temp_assist_times', '', 9.4, '万人次', '全年']]);
    expect(reasons(r)).toEqual([
      [2.6, 'scope'],
      [0.8, 'scope'],
    ]);
  });

  test('下拨中央财政…补助资金 is an allocation, not money spent', () => {
    const r = run('省民政厅会同省财政厅下拨中央财政困难群众救助补助资金12.5亿元。全省支出社会救助资金30.2亿元。');
    expect(facts(r.records)).toEqual([['assist_funds', '', 30.2, '亿元', '全年']]);
    expect(reasons(r)).toEqual([[12.5, 'scope']]);
  });
});

describe('standards', () => {
  test('从年标准A元提高到B元: the old value is skipped and the new one is yearly', () => {
    const r = run('农村低保标准从年标准3360元提高到4080元。');
    expect(facts(r.records)).toEqual([['dibao_std_rural', '', 4080, '元/人·年', '全年']]);
  });

  test('城市/农村特困人员救助供养基本生活标准 name the urban and rural standards', () => {
    const r = run('城市特困人员救助供养基本生活标准提高至不低于9120元/年,农村特困人员救助供养基本生活标准提高至不低于6300元/年。');
    expect(facts(r.records)).toEqual([
      ['tekun_std_urban', '', 9120, '元/人·年', '全年'],
      ['tekun_std_rural', '', 6300, '元/人·年', '全年'],
    ]);
  });

  test('全护理/半护理/全自理人员护理费 in a paragraph on 特困人员 are the care standards by tier', () => {
    const r = run('特困人员救助供养标准同步提高。全护理人员护理费提高至不低于4200元/年/人,半护理人员护理费提高至不低于2100元/年/人,全自理人员护理费提高至不低于1260元/年/人,其中对集中供养的全护理特困人员护理费按8400元/年/人标准发放。');
    expect(facts(r.records)).toEqual([
      ['tekun_care_std', '完全不能自理', 4200, '元/人·年', '全年'],
      ['tekun_care_std', '半自理', 2100, '元/人·年', '全年'],
      ['tekun_care_std', '自理', 1260, '元/人·年', '全年'],
    ]);
    expect(reasons(r)).toEqual([[8400, 'subset']]);
  });

  test('护理费 by tier with no 特困人员 in the paragraph is not read as their care standard', () => {
    const r = run('全护理人员护理费提高至不低于4200元/年/人。');
    expect(r.records).toEqual([]);
  });
});

describe('registrations and money after a split', () => {
  test('社会组织登记A家,其中社会团体登记B家、民办非企业单位C家: registrations, not the stock', () => {
    const r = run('全年全市新登记社会组织85家,其中社会团体登记31家、民办非企业单位52家、基金会2家。');
    expect(r.records).toEqual([]);
    expect(reasons(r).map((x) => x[1])).toEqual(['new_vs_stock', 'new_vs_stock', 'new_vs_stock', 'new_vs_stock']);
  });

  test('累计保障城市低保A人、农村低保B人,发放低保金C万元: the money is both sides\', no rural label', () => {
    const r = run('1-9月累计保障城市低保410人、农村低保1980人,发放低保救助金702.5万元。', '1-9月');
    expect(facts(r.records)).toEqual([
      ['dibao_persons', '城市', 410, '人', '1-9月'],
      ['dibao_persons', '农村', 1980, '人', '1-9月'],
      ['dibao_funds', '', 702.5, '万元', '1-9月'],
    ]);
  });

  test('城市低保A户B人,发放低保金C万元,农村低保…,发放低保金F万元: each side\'s money', () => {
    const r = run('全县11350户20910人享受城乡低保,发放低保金3490万元,其中城市低保5120户9870人,发放低保金2310万元,农村低保6230户11040人,发放低保金1180万元。');
    expect(facts(r.records)).toEqual([
      ['dibao_households', '', 11350, '户', '全年'],
      ['dibao_persons', '', 20910, '人', '全年'],
      ['dibao_funds', '', 3490, '万元', '全年'],
      ['dibao_households', '城市', 5120, '户', '全年'],
      ['dibao_persons', '城市', 9870, '人', '全年'],
      ['dibao_funds', '城市', 2310, '万元', '全年'],
      ['dibao_households', '农村', 6230, '户', '全年'],
      ['dibao_persons', '农村', 11040, '人', '全年'],
      ['dibao_funds', '农村', 1180, '万元', '全年'],
    ]);
  });

  test('享受政府购买服务老人数增加到A人 after a payment is not the assistance count', () => {
    const r = run('上半年发放救助资金4120.5万元,享受政府购买服务老人数增加到6200多人。', '1-6月');
    expect(facts(r.records)).toEqual([['assist_funds', '', 4120.5, '万元', '上半年']]);
  });
});

describe('context of news and notices', () => {
  test('a title opening with the year (2021年我市…) gives the year; a figure of another year stays a candidate', () => {
    const text = '2021年我市近6万人办理结婚登记\n\n记者从市民政局获悉,2021年,我市共办理结婚登记28410对。2020年,我市共办理离婚登记5120对。2021年,我市共办理离婚登记4980对。';
    expect(inferContext(text, catalogue).year?.value).toBe(2021);
    const r = extractRecords(text, { catalogue, source: 't.txt' });
    expect(r.records.map((x) => [x.indicatorId, x.value, x.year])).toEqual([
      ['marriage_reg', 28410, 2021],
      ['divorce_reg', 4980, 2021],
    ]);
    expect(r.candidates.map((c) => [c.value, c.reason])).toContainEqual([5120, 'other_year']);
  });

  test('截至…3月31日 is the end of March (a stock stated at the end of Q1)', () => {
    const text = '截至2018年3月31日,全省享受困难残疾人生活补贴的残疾人达到21.5万人。';
    expect(inferContext(text, catalogue).period?.value).toBe('Q1');
    const r = extractRecords(text, { catalogue, source: 't.txt', region: '某省', year: 2018, period: '全年' });
    expect(r.records.map((x) => [x.indicatorId, x.value, x.period])).toEqual([['disab_living_persons', 21.5, 'Q1']]);
  });

  test('a notice naming one month throughout (2022年5月份发放…; 附件:2022年5月份名单) is that month', () => {
    const text = '现将有关事宜通知如下:经审核,2022年5月份发放事实无人抚养儿童基本生活补助8.6万元。\n附件:2022年5月份事实无人抚养儿童名单';
    expect(inferContext(text, catalogue).period?.value).toBe('5月');
  });
});

describe('movements of a programme', () => {
  test('城市低保新增A户B人,退出C户D人,农村低保新增…: new and exited counts by side', () => {
    const r = run('城市低保新增120户205人,退出98户160人,农村低保新增640户1010人,退出455户730人。');
    expect(facts(r.records)).toEqual([
      ['dibao_new_households', '城市', 120, '户', '全年'],
      ['dibao_new_persons', '城市', 205, '人', '全年'],
      ['dibao_exit_households', '城市', 98, '户', '全年'],
      ['dibao_exit_persons', '城市', 160, '人', '全年'],
      ['dibao_new_households', '农村', 640, '户', '全年'],
      ['dibao_new_persons', '农村', 1010, '人', '全年'],
      ['dibao_exit_households', '农村', 455, '户', '全年'],
      ['dibao_exit_persons', '农村', 730, '人', '全年'],
    ]);
  });

  test('退出 after another subject is not the programme\'s exit', () => {
    const r = run('城市低保新增120户205人,公益岗位退出15人。');
    expect(facts(r.records)).toEqual([
      ['dibao_new_households', '城市', 120, '户', '全年'],
      ['dibao_new_persons', '城市', 205, '人', '全年'],
    ]);
  });
});

describe('standards named short after their programme', () => {
  test('落实残疾人两项补贴制度。生活补贴标准…一级/二级; 护理补贴标准…: the disability subsidies by grade', () => {
    const r = run('落实残疾人两项补贴制度。生活补贴标准提高到一级 180 元/人/月、二级 140 元/人/月;护理补贴标准提高到 90 元/人/月。');
    expect(facts(r.records)).toEqual([
      ['disab_living_std', '一级', 180, '元/人·月', '全年'],
      ['disab_living_std', '二级', 140, '元/人·月', '全年'],
      ['disab_care_std', '', 90, '元/人·月', '全年'],
    ]);
  });

  test('生活补贴标准 of elderly people in the same paragraph is not the disability subsidy', () => {
    const r = run('落实残疾人两项补贴制度。高龄老人生活补贴标准为每人每月 100 元。');
    expect(r.records.filter((x) => /^disab/.test(x.indicatorId))).toEqual([]);
  });
});

describe('parts and payments', () => {
  test('…共计A个,其中…机构B个,全年办理结婚登记C万对: a thing counted in another unit ends the parts', () => {
    const r = run('全省婚姻登记机构和场所共计215个,其中婚姻登记机构98个,全年依法办理结婚登记23.4万对。');
    expect(facts(r.records)).toEqual([['marriage_reg', '', 23.4, '万对', '全年']]);
  });

  test('…其中:低保户A户,发放资金B万元 stays a part (same-kind units)', () => {
    const r = run('全县救助困难家庭3200户,其中:符合低保条件的1100户,发放低保资金460万元。');
    expect(r.records.filter((x) => x.value === 460)).toEqual([]);
  });

  test('发放事实无人抚养儿童基本生活保障补助A元 is the month\'s payment; the 散居孤儿 payment is a part', () => {
    const r = run('经审核,本月发放社会散居孤儿基本生活保障补助28600元,发放事实无人抚养儿童基本生活保障补助156320.5元。', '3月');
    expect(facts(r.records)).toEqual([['fmcare_living_funds', '', 156320.5, '元', '3月']]);
    expect(reasons(r)).toEqual([[28600, 'subset']]);
  });
});

describe('其中 lists of another whole', () => {
  test('其中,城镇参加…保险人数A人,…,城镇居民最低生活保障人数B人: the programme named in full is its own figure', () => {
    const r = run('全县参加社会保障人数88000人。其中,城镇参加医疗保险人数15200人,参加失业保险人数9800人,城镇居民最低生活保障人数4630人。');
    expect(facts(r.records)).toEqual([['dibao_persons', '城市', 4630, '人', '全年']]);
  });

  test('其中城市A人 (a side only) keeps the later figures parts of the whole', () => {
    const r = run('全县低保边缘家庭2100户。其中,城市1200户,农村低保对象转入300户。');
    expect(r.records.filter((x) => x.value === 300)).toEqual([]);
  });
});

describe('township reports', () => {
  test('第二季度享受低保A户B人 拨款C元: the quarter dates the figures; 全年拨款 is the year again', () => {
    const r = run('全镇低保第二季度享受低保880 户 1720 人 拨款总金额: 612300 元;第四季度享受人员:905户1760人 拨款金额:640100 元 特困人员36人,全年拨款金额298000元。');
    expect(facts(r.records)).toEqual([
      ['dibao_households', '', 880, '户', 'Q2'],
      ['dibao_persons', '', 1720, '人', 'Q2'],
      ['dibao_funds', '', 612300, '元', 'Q2'],
      ['tekun_persons', '', 36, '人', '全年'],
      ['tekun_funds', '', 298000, '元', '全年'],
    ]);
  });

  test('a quarter naming a meeting (2023年第三季度例行新闻发布会) dates nothing', () => {
    const r = run('民政部举行第三季度例行新闻发布会。截至9月底,累计支出低保资金820.5亿元。', '1-9月');
    expect(facts(r.records)).toEqual([['dibao_funds', '', 820.5, '亿元', '1-9月']]);
  });

  test('大病医疗救助A人 农村低保B人 五保C人…医疗救助总金额: recipients of medical aid, not the programmes\' counts', () => {
    const r = run('第一季度大病医疗救助21人 农村低保9人 五保2人, 农村大病医疗救助总金额:98200元。');
    expect(r.records).toEqual([]);
  });

  test('慰问…共A人,慰问金合计B元 are visits, not the 五保 count or money', () => {
    const r = run('春节期间慰问分散五保户和敬老院老人共160人,慰问金合计8800元。');
    expect(r.records).toEqual([]);
  });

  test('其中农村分散五保户A人 is a supply-mode part', () => {
    const r = run('全镇60岁以上老人4100人,其中农村分散五保户180人,敬老院集中供养12人。');
    expect(r.records.filter((x) => x.indicatorId === 'tekun_persons')).toEqual([]);
  });

  test('一、二级残疾人每季度发放A元: an amount per quarter is no monthly standard', () => {
    const r = run('对符合困难残疾人生活补贴的一、二级残疾人,每季度发放240元。');
    expect(r.records).toEqual([]);
    expect(reasons(r)).toEqual([[240, 'unit_period']]);
  });

  test('有A名以上村民代表进行民主评议 is not the count of the programme named before', () => {
    const r = run('对确定的最低生活保障对象进行了公示,并有12名以上村民代表进行民主评议。');
    expect(r.records).toEqual([]);
  });

  test('现有农村低保对象A人 with eight digits run together is a malformed number', () => {
    const r = run('第三季度新增15人,现有农村低保对象12341567人。', '7-9月');
    expect(r.records).toEqual([]);
    expect(reasons(r)).toContainEqual([12341567, 'malformed']);
  });

  test('医疗保险、临时救助等政策 names policies: a later 救助总金额 is not temporary assistance', () => {
    const r = run('积极做好与医疗保险、临时救助等政策的衔接,截止十月救助总金额286400元。');
    expect(r.records).toEqual([]);
  });
});

describe('movements named before the programme', () => {
  test('取消农村低保A户B人,新增C户D人,农村居民最低生活保障共E人: exits, entries, then the stock', () => {
    const r = run('全镇共取消农村低保75户120人,新增22户40人,农村居民最低生活保障共1650人。');
    expect(facts(r.records)).toEqual([
      ['dibao_exit_households', '农村', 75, '户', '全年'],
      ['dibao_exit_persons', '农村', 120, '人', '全年'],
      ['dibao_new_households', '农村', 22, '户', '全年'],
      ['dibao_new_persons', '农村', 40, '人', '全年'],
      ['dibao_persons', '农村', 1650, '人', '全年'],
    ]);
  });

  test('临时救济金 is the old name of the temporary-assistance money', () => {
    const r = run('到六月份,发放临时救济金0.6万元。', '1-6月');
    expect(facts(r.records)).toEqual([['temp_assist_funds', '', 0.6, '万元', '上半年']]);
  });
});

describe('applicants and advances', () => {
  test('对A户申请低保户进行评议,其中B户通过; 申请低保户分为4人一组: applicants and group sizes, not the stock', () => {
    const r = run('社区共组织3场评议会,对185户申请低保户进行了民主评议,其中170户通过评议。申请低保户分为5人一组进场申述。');
    expect(r.records).toEqual([]);
  });

  test('预拨城市低保资金A万元 is an advance, not money spent', () => {
    const r = run('为保障春节期间低保金按时发放,年底预拨城市低保资金1820万元。截至10月底,全市共有城市低保对象12400户18650人。', '1-10月');
    expect(facts(r.records)).toEqual([
      ['dibao_households', '城市', 12400, '户', '1-10月'],
      ['dibao_persons', '城市', 18650, '人', '1-10月'],
    ]);
    expect(reasons(r)).toContainEqual([1820, 'scope']);
  });
});

describe('a programme named with 的', () => {
  test('享受农村居民最低生活保障的对象户A户,B人 are the rural households and persons', () => {
    const r = run('全镇享受农村居民最低生活保障的对象户640户,1320人。');
    expect(facts(r.records)).toEqual([
      ['dibao_households', '农村', 640, '户', '全年'],
      ['dibao_persons', '农村', 1320, '人', '全年'],
    ]);
  });
});

describe('reversed side words', () => {
  test('乡城低保人数 names both sides (not the urban short form 城低保)', () => {
    const r = run('截至年末,全省乡城低保人数152.6万人。城低保人数41.2万人。');
    expect(facts(r.records)).toEqual([
      ['dibao_persons', '', 152.6, '万人', '全年'],
      ['dibao_persons', '城市', 41.2, '万人', '全年'],
    ]);
  });
});

describe('one body and the whole area', () => {
  test('市慈善总会募集A万元;全市慈善机构募集B亿元: the whole area\'s figure is filed, the body\'s stays a candidate', () => {
    const r = run('市慈善总会共募集善款2810.5万元,累计募集善款4.2亿元;全市慈善机构募集善款5.06亿元。');
    expect(facts(r.records)).toEqual([['charity_donations', '', 5.06, '亿元', '全年']]);
    expect(reasons(r)).toContainEqual([2810.5, 'scope']);
  });

  test('为全市A名…儿童发放慰问款物: the people a visit went to, not the orphans counted', () => {
    const r = run('开展慈善项目,为全市805名社会散居孤儿和事实无人抚养儿童发放慰问款物96.4万元。');
    expect(r.records.filter((x) => /orphan|fmcare/.test(x.indicatorId))).toEqual([]);
  });
});

describe('levels of registration and dates within a month', () => {
  test('其中民政部登记的社会组织A家: the share registered at one level', () => {
    // a national text (in a 市's text, 全国… is the country's figure: a candidate)
    const national = styleKit('全国');
    const r = national.run('全国共有社会组织86.2万家。其中民政部登记的社会组织2190家。');
    expect(national.facts(r.records)).toEqual([['social_orgs', '', 86.2, '万家', '全年']]);
    expect(national.reasons(r)).toContainEqual([2190, 'scope']);
  });

  test('截至2月7日15时 is a moment inside February, no period (inferred period left to the user)', () => {
    expect(inferContext('截至2月7日15时,平台收录的社会组织已达75.3万个。', catalogue).period).toBeUndefined();
  });
});
