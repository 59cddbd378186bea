// Styles met in a nineteenth corpus of published texts (provincial and city 民政统计 月报/季报 tables, a prefecture's
// quarterly statistics in prose, notices raising standards). Fixtures are written for these tests in our own words and numbers.
import { inferContext } from '../../src/core/extract/context';
import { catalogue, styleKit } from './styleKit';

const { run, facts, reasonOf } = styleKit('某州');

describe('a count that names its own group does not take the family of the next item', () => {
  test('困境儿童A人,孤儿B人: A is not the orphans (困境儿童 is not the count of a catalogue programme here)', () => {
    const r = run('全州共有兜底保障困境儿童41207人,孤儿615人,其中集中养育孤儿138人。', 'Q1');
    expect(r.records.filter((x) => x.value === 41207)).toEqual([]);
    expect(facts(r.records).filter((f) => f[0] === 'orphan_persons' && f[1] === '')).toEqual([['orphan_persons', '', 615, '人', 'Q1']]);
    expect(reasonOf(r, 41207)).toEqual(['no_indicator']);
  });

  test('the same with other groups: 留守老年人A人,特困人员B人 / 困难家庭学生A人,低保对象B人', () => {
    const r = run('全县关爱保障农村留守老年人9312人,特困人员1204人。');
    expect(r.records.filter((x) => x.value === 9312)).toEqual([]);
    expect(facts(r.records)).toEqual([['tekun_persons', '', 1204, '人', '全年']]);
    const s = run('全区救助困难家庭学生2140人,低保对象3518人。');
    expect(facts(s.records)).toEqual([['dibao_persons', '', 3518, '人', '全年']]);
  });

  test('an amount followed by the group it was paid to keeps that group as its subject', () => {
    const r = run('发放补贴资金812.4万元,兜底保障经济困难老年人9021名。');
    expect(facts(r.records)).toContainEqual(['elder_subsidy_funds', '', 812.4, '万元', '全年']);
  });
});

describe('a quarterly release whose title is lost', () => {
  // the opening of such a page is a section on townships and services, long enough to push the dated sentences past the
  // part read as the title
  const lead =
    '一、行政区划\n全州共有镇41个,乡6个(其中民族乡2个),街道办事处15个。\n二、社会工作\n(一)提供食宿的社会服务\n' +
    '全州各类提供住宿的社会服务机构57个,床位数8120张。\n(二)不提供食宿的社会服务\n' +
    '全州共有社区服务中心131个(其中农村88个),社区服务站902个(其中农村640个),社区养老服务机构和设施655个。\n' +
    '全州共有孤儿412人,其中社会散居孤儿330人,事实无人抚养儿童1021人,办理收养登记3件。\n';
  const body = lead + '3.社会救助情况\n第二季度末,全州城市居民最低生活保障人数为31822人。全州临时救助4410人次。\n第二季度末,全州农村居民最低生活保障人数为90517人。';

  test('第二季度末 in the body dates the text: 上半年 (flows from January)', () => {
    expect(lead.length).toBeGreaterThan(200);
    const c = inferContext(body, catalogue);
    expect(c.period?.value).toBe('上半年');
    expect(c.period?.basis).toContain('第二季度末');
  });

  test('two different quarter ends leave the period open', () => {
    const c = inferContext(lead + '第一季度末,城市低保对象3210人;第二季度末,城市低保对象3190人。', catalogue);
    expect(c.period).toBeUndefined();
  });

  test('a text that speaks of the whole year keeps 全年', () => {
    const c = inferContext(lead + '第三季度末开展专项排查。全年城市低保对象3100人。', catalogue);
    expect(c.period?.value).toBe('全年');
  });
});

describe('townships counted by kind in a monthly statistics report', () => {
  test('乡镇、街道A个,其中镇B个,乡C个…: 其中镇 is the kind of township, not a town named 其中', () => {
    const r = run('截至2023年5月底,全县共有乡镇、街道23个,其中镇14个,乡5个,民族乡1个,街道办事处3个。', '1-5月');
    expect(facts(r.records)).toEqual([
      ['township_level_units', '', 23, '个', '1-5月'],
      ['township_level_units', '镇', 14, '个', '1-5月'],
      ['township_level_units', '乡', 5, '个', '1-5月'],
      ['township_level_units', '民族乡', 1, '个', '1-5月'],
      ['township_level_units', '街道', 3, '个', '1-5月'],
    ]);
  });

  test('a named town after 其中 is still a share of one township', () => {
    const r = run('其中青石镇3户8人,救助资金16400元。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 16400)).toEqual(['sub_region']);
  });
});

describe('townships listed by kind without a total', () => {
  test('全州共有镇A个,乡B个,街道办事处C个', () => {
    const r = run('全州共有镇63个,乡11个,街道办事处19个。', 'Q1');
    expect(facts(r.records)).toEqual([
      ['township_level_units', '镇', 63, '个', 'Q1'],
      ['township_level_units', '乡', 11, '个', 'Q1'],
      ['township_level_units', '街道', 19, '个', 'Q1'],
    ]);
  });

  test('one kind word alone is not a township count (乡镇敬老院A个,其中镇B个)', () => {
    const r = run('全县乡镇敬老院17个,其中镇6个。');
    expect(r.records.filter((x) => x.indicatorId === 'township_level_units')).toEqual([]);
  });
});

describe('其他支出 at the end of the parts of 民政事业费', () => {
  test('…民政管理事务支出A万元;行政事业单位离退休费B万元;其他支出C万元: C is the 其他 part', () => {
    const r = run('2023年1-4月,民政事业费累计支出30512.6万元。其中,社会福利支出4102.7万元;民政管理事务支出1220.5万元;行政事业单位离退休费96.1万元;其他支出708.2万元。', '1-4月');
    expect(facts(r.records)).toContainEqual(['other_mz_expenditure', '', 708.2, '万元', '1-4月']);
  });

  test('其他支出 after one programme\'s money alone stays unnamed', () => {
    const r = run('发放城乡低保金1840.2万元;其他支出93.5万元。');
    expect(r.records.filter((x) => x.value === 93.5)).toEqual([]);
  });
});

describe('beds counted right after the institutions providing accommodation', () => {
  test('提供住宿的社会服务机构A个,床位数B张(其中…C张): B is their beds, C a subset left unnamed', () => {
    const r = run('全州各类提供住宿的社会服务机构71个,床位数9360张(其中社区日间照料床位数2750张)。', 'Q1');
    expect(facts(r.records)).toEqual([
      ['accommodation_institutions', '', 71, '个', 'Q1'],
      ['accommodation_beds', '', 9360, '张', 'Q1'],
    ]);
  });

  test('beds after another kind of count stay unnamed', () => {
    const r = run('全县建成社区服务站41个,床位数380张。');
    expect(r.records.filter((x) => x.value === 380)).toEqual([]);
  });
});

describe('names of programmes in a quarterly statistics text', () => {
  test('农村特困救助供养A人,其中集中供养人数B人: A is the rural 特困 count, B a part left unnamed', () => {
    const r = run('城市特困救助供养640人。农村特困救助供养11208人,其中集中供养人数1830人,分散供养人数9378人。', 'Q1');
    expect(facts(r.records)).toEqual([
      ['tekun_persons', '城市', 640, '人', 'Q1'],
      ['tekun_persons', '农村', 11208, '人', 'Q1'],
    ]);
  });

  test('生活无着人员救助A人次 is the 流浪乞讨 assistance; its 在站/站外 parts are not', () => {
    const r = run('生活无着人员救助318人次,其中在站救助人次190人次,站外救助人次128人次。', 'Q1');
    expect(facts(r.records)).toEqual([['vagrant_assist_times', '', 318, '人次', 'Q1']]);
  });
});

describe('分别 over a list of years', () => {
  test('2022年、2023年,…标准分别为A、B;散居…分别为C、D: only the report year\'s values are filed', () => {
    const r = run('2022年、2023年,全省集中养育孤儿基本生活保障标准分别为1880元/人·月、1955元/人·月;散居孤儿基本生活保障标准分别为1240元/人·月、1302元/人·月。');
    expect(facts(r.records)).toEqual([
      ['orphan_std', '机构养育', 1955, '元/人·月', '全年'],
      ['orphan_std', '社会散居', 1302, '元/人·月', '全年'],
    ]);
    expect(reasonOf(r, 1880)).toEqual(['other_year']);
    expect(reasonOf(r, 1240)).toEqual(['other_year']);
  });

  test('the years opening the clause: 2022年和2023年全市新增养老床位分别为A张、B张', () => {
    const r = run('2022年和2023年全市新增养老床位分别为260张、345张。');
    expect(facts(r.records)).toEqual([['elder_beds_new', '', 345, '张', '全年']]);
    expect(reasonOf(r, 260)).toEqual(['other_year']);
  });

  test('a report of another year files none of them', () => {
    const r = run('2021年、2022年,全省集中养育孤儿基本生活保障标准分别为1790元/人·月、1880元/人·月。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 1880)).toEqual(['other_year']);
  });

  test('a span of years is not a list of years', () => {
    const r = run('2021年至2023年全市新增养老床位分别为260张、345张。');
    expect(r.records).toEqual([]);
  });
});

describe('standards given by parts of the region', () => {
  test('市区…A元/人月,县市…B元/人月: each is a part\'s standard, not the city\'s (both filed as their area groups)', () => {
    const r = run('市区城市低保标准由620元/人月提高到660元/人月,县市城市低保标准由530元/人月提高到575元/人月。');
    expect(facts(r.records)).toEqual([
      ['dibao_std_urban', '市区', 660, '元/人·月', '全年'],
      ['dibao_std_urban', '县市', 575, '元/人·月', '全年'],
    ]);
  });

  test('the parts may be named in different paragraphs (各区…;两县…)', () => {
    const r = run('我市各区城市低保标准由每人每月455元提高到490元。\n两县城市低保标准由每人每月400元提高到432元。');
    // (两县, a numbered group of the region's own counties, is an area group like 各区: its standard carries it)
    expect(facts(r.records)).toEqual([
      ['dibao_std_urban', '各区', 490, '元/人·月', '全年'],
      ['dibao_std_urban', '两县', 432, '元/人·月', '全年'],
    ]);
    expect(r.records.filter((x) => x.value === 432 && !x.breakdown)).toEqual([]);
  });

  test('one part named alone keeps its figure as that part\'s (市区 is the city\'s districts, not the whole city)', () => {
    const r = run('市区城市低保标准由每人每月705元提高到748元。');
    expect(facts(r.records)).toEqual([['dibao_std_urban', '市区', 748, '元/人·月', '全年']]);
  });
});

describe('其中: before one side\'s standard', () => {
  test('特困…标准不低于低保标准的1.3倍。其中:城市特困人员…基本生活标准A元: A is the urban standard', () => {
    const r = run('特困人员基本生活标准不低于当地低保标准的1.3倍。其中:城市特困人员救助年供养基本生活标准9360元;农村集中供养特困人员救助年供养基本生活标准7020元。');
    expect(facts(r.records)).toEqual([['tekun_std_urban', '', 9360, '元/人·年', '全年']]);
    expect(reasonOf(r, 7020)).toEqual(['subset']);
  });
});

describe('a part named earlier in the paragraph of a tiered text', () => {
  test('县市城市低保标准…;农村低保标准由A提高到B: B is the 县市 part\'s rural standard', () => {
    const r = run('市区城市低保标准提高到每人每月700元。\n从今年1月1日起,县市城市低保标准由每人每月560元提高到610元;农村低保标准由每人每年3900元提高到4200元。');
    expect(facts(r.records)).toEqual([
      ['dibao_std_urban', '市区', 700, '元/人·月', '全年'],
      ['dibao_std_urban', '县市', 610, '元/人·月', '全年'],
    ]);
    expect(reasonOf(r, 4200)).toEqual(['area_group']);
  });

  test('a clause naming the whole (全市) is the region\'s again', () => {
    const r = run('市区城市低保标准提高到每人每月700元。\n县市城市低保标准提高到每人每月610元;全市农村低保标准统一提高到每人每年4200元。');
    expect(facts(r.records)).toEqual([
      ['dibao_std_urban', '市区', 700, '元/人·月', '全年'],
      ['dibao_std_urban', '县市', 610, '元/人·月', '全年'],
      ['dibao_std_rural', '', 4200, '元/人·年', '全年'],
    ]);
  });
});

describe('beds opening the clause after the institutions counted', () => {
  test('…提供住宿的社会服务机构A万个(其中…B万个);床位C万张: C is their beds', () => {
    const r = run('截至年底,全省各类提供住宿的社会服务机构0.31万个(其中登记为事业单位的0.08万个);床位21.6万张,比上年增长3.1%。');
    expect(facts(r.records)).toEqual([
      ['accommodation_institutions', '', 0.31, '万个', '全年'],
      ['accommodation_beds', '', 21.6, '万张', '全年'],
    ]);
  });
});

describe('a period word inside the name of a standard', () => {
  test('年基本生活标准A元 / 年保障标准A元 are yearly standards', () => {
    const r = run('城市特困人员年基本生活标准10140元;农村低保年保障标准4560元。');
    expect(facts(r.records)).toEqual([
      ['tekun_std_urban', '', 10140, '元/人·年', '全年'],
      ['dibao_std_rural', '', 4560, '元/人·年', '全年'],
    ]);
  });

  test('今年/逐年 before 保障标准 is no period of the value', () => {
    const r = run('逐年保障标准稳步提高,今年城市低保标准提高到每人每月735元。');
    expect(facts(r.records)).toEqual([['dibao_std_urban', '', 735, '元/人·月', '全年']]);
  });
});
