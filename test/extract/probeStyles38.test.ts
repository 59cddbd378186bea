// Frames met on two more sets of held-out prose texts (news on standards, plans, marriage data, bulletins), with
// short texts written for these tests in our own words and numbers.
import { styleKit } from './styleKit';

const { run, facts, reasonOf } = styleKit('齐齐哈尔市');

describe('市区 before a standard names the city\'s districts, not the whole city', () => {
  test('市区城市低保标准由A提高到B: B is the 市区 part\'s standard', () => {
    const r = run('在调整市区城乡低保标准中,市区城市低保标准由每人每月610元提高到每人每月655元。', '1月');
    expect(facts(r.records)).toEqual([['dibao_std_urban', '市区', 655, '元/人·月', '1月']]);
  });

  test('the rural standard of the same sentence, after ;, is held (the sentence is about the districts)', () => {
    const r = run('在调整市区城乡低保标准中,市区城市低保标准由每人每月610元提高到每人每月655元;农村低保标准由每人每年3960元提高到每人每年4310元。', '1月');
    expect(facts(r.records)).toEqual([['dibao_std_urban', '市区', 655, '元/人·月', '1月']]);
    expect(reasonOf(r, 4310)).toEqual(['area_group']);
  });

  test('a later sentence naming the whole (全市) is the city\'s again', () => {
    const r = run('市区城市低保标准提高到每人每月655元。全市农村低保标准提高到每人每年4310元。');
    expect(facts(r.records)).toEqual([
      ['dibao_std_urban', '市区', 655, '元/人·月', '全年'],
      ['dibao_std_rural', '', 4310, '元/人·年', '全年'],
    ]);
  });

  test('市区两级 / 全市区县 name no part', () => {
    const r = run('市区两级财政共同负担,城市低保标准提高到每人每月655元。');
    expect(facts(r.records)).toEqual([['dibao_std_urban', '', 655, '元/人·月', '全年']]);
  });
});

describe('a plan\'s targets and a rate per day are no period\'s figures', () => {
  test('供应能力达到每天约N人次: a capacity per day, not the meals served', () => {
    const r = run('截至10月底,全市社区老年助餐服务能力达到每天约3.2万人次。', '10月');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 3.2)).toEqual(['partial']);
  });

  test('《规划》提出,到20XX年…。 the next sentences of the paragraph are the plan\'s targets too', () => {
    const r = run('《规划》提出,本市到2027年建成不少于4.6万张养老床位。全市社区助餐点总量达到420个,社区老年助餐服务人次达到90万人次。\n截至今年9月底,全市共有社区助餐点260个。', '9月');
    expect(facts(r.records)).toEqual([['elder_meal_points', '', 260, '个', '9月']]);
    expect(reasonOf(r, 420)).toEqual(['plan']);
    expect(reasonOf(r, 90)).toEqual(['plan']);
  });

  test('a sentence opening with its own date ends the plan\'s run', () => {
    const r = run('《规划》提出,本市到2027年建成不少于4.6万张养老床位。目前,全市共有社区助餐点260个。', '9月');
    expect(facts(r.records)).toEqual([['elder_meal_points', '', 260, '个', '9月']]);
  });
});

describe('各类床位 after the institutions counted is all elderly-care beds', () => {
  test('建成养老机构A家,各类床位总数达B万张: B is 养老床位, not the institutions\' beds', () => {
    const r = run('目前,全市已建成养老机构215家,各类床位总数达2.6万张。', '10月');
    expect(facts(r.records)).toEqual([
      ['elder_institutions', '', 215, '家', '10月'],
      ['elder_beds', '', 2.6, '万张', '10月'],
    ]);
  });

  test('床位A张 after the institutions stays theirs', () => {
    const r = run('目前,全市已建成养老机构215家,床位2.1万张。', '10月');
    expect(facts(r.records)).toEqual([
      ['elder_institutions', '', 215, '家', '10月'],
      ['elder_inst_beds', '', 2.1, '万张', '10月'],
    ]);
  });
});

describe('the period word written before a standard\'s name', () => {
  test('城乡年低保标准分别提高到A元、B元: both yearly', () => {
    const r = run('城乡年低保标准分别提高到5340元、3280元。');
    expect(facts(r.records)).toEqual([
      ['dibao_std_urban', '', 5340, '元/人·年', '全年'],
      ['dibao_std_rural', '', 3280, '元/人·年', '全年'],
    ]);
  });

  test('a year or 今年 before the name is no period of the value', () => {
    expect(facts(run('2013年低保标准提高到每人每月415元。', '全年', 2013).records)).toEqual([['dibao_std', '', 415, '元/人·月', '全年']]);
    expect(reasonOf(run('今年低保标准提高到4980元。'), 4980)).toEqual(['unit_period']);
  });
});

describe('婚姻登记 counted in 件', () => {
  test('婚姻登记业务A件,其中结婚B件,离婚C件: each registration is one couple', () => {
    const r = run('2019年全市婚姻登记业务总量40150件,其中结婚21630件,离婚8870件。', '全年', 2019);
    expect(facts(r.records)).toEqual([
      ['marriage_reg', '', 21630, '对', '全年'],
      ['divorce_reg', '', 8870, '对', '全年'],
    ]);
  });

  test('件 in a sentence not about 婚姻登记 stays held', () => {
    expect(run('全市受理来信来访2150件,其中结婚纠纷160件。').records).toEqual([]);
  });

  test('in the country\'s text, 全市 opening the sentence holds its later clauses', () => {
    const r = styleKit('全国').run('2019年全市婚姻登记业务总量40150件,其中结婚21630件,离婚8870件。', '全年', 2019);
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 21630)).toEqual(['other_region']);
  });
});

describe('names and lists of counted facilities', () => {
  test('A个助餐服务场所 is 助餐点', () => {
    expect(facts(run('截至年底,全市共有助餐服务场所1320个。').records)).toEqual([['elder_meal_points', '', 1320, '个', '全年']]);
  });

  test('成立慈善组织A家、社会工作服务机构B家: 组织 right before the number is no verb', () => {
    expect(facts(run('全市成立慈善组织57家、社会工作服务机构66家。').records)).toEqual([
      ['charity_orgs', '', 57, '家', '全年'],
      ['social_work_orgs', '', 66, '家', '全年'],
    ]);
  });

  test('养老机构和各类养老床位分别达到A家、B万张: each item with its own unit', () => {
    expect(facts(run('全市养老机构和各类养老床位分别达到312家、6.4万张。').records)).toEqual([
      ['elder_institutions', '', 312, '家', '全年'],
      ['elder_beds', '', 6.4, '万张', '全年'],
    ]);
  });
});

describe('其中: parts that are indicators in their own right', () => {
  test('社会服务床位A张,其中,养老床位B张(注:不包括社区养老床位): B is the institutions\' beds', () => {
    expect(facts(run('社会服务床位15210张,其中,养老床位12880张(注:不包括社区养老床位)。').records)).toEqual([
      ['mz_service_beds', '', 15210, '张', '全年'],
      ['elder_inst_beds', '', 12880, '张', '全年'],
    ]);
  });

  test('without the note 养老床位 after 其中 stays held', () => {
    expect(reasonOf(run('社会服务床位15210张,其中,养老床位12880张。'), 12880)).toEqual(['subset']);
  });

  test('其中,社区服务中心A个,社区服务站B个: both siblings are filed (the whole too, an indicator of its own)', () => {
    const r = run('社区服务机构和设施1170个,其中,社区服务中心58个,社区服务站702个。');
    expect(facts(r.records)).toEqual([
      ['community_service_facilities', '', 1170, '个', '全年'],
      ['community_service_centers', '', 58, '个', '全年'],
      ['community_service_stations', '', 702, '个', '全年'],
    ]);
  });
});

describe('提标后 dates a stock, it is no change', () => {
  test('提标后全县保障农村低保对象A户B人', () => {
    const r = run('提标后全县保障农村低保对象18240户33170人,月发放农村低保金905.6万元。', '6月');
    expect(facts(r.records)).toEqual([
      ['dibao_households', '农村', 18240, '户', '6月'],
      ['dibao_persons', '农村', 33170, '人', '6月'],
      ['dibao_monthly_funds', '农村', 905.6, '万元', '6月'],
    ]);
  });

});
