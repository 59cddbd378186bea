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
