// Styles met in an eighth corpus of published texts (work summaries with spaced units, charity news counted over
// several years, national elderly-care briefings, old town summaries). Fixtures are written for these tests in our own
// words and numbers.
import { styleKit } from './styleKit';

const { run, facts, reasonOf } = styleKit('某市');

describe('standards written with spaced units', () => {
  test('由 A 元 / 人 / 月提高 为 B 元 / 人 / 月: B is the standard, A the previous one', () => {
    const r = run('自 2023 年 1 月起城市低保标准由 690 元 / 人 / 月提高 为 712 元 / 人 / 月,农村低保标准由 5820 元 / 人 / 年提高 为 6040 元 / 人 / 年。');
    expect(facts(r.records)).toEqual([
      ['dibao_std_urban', '', 712, '元/人·月', '全年'],
      ['dibao_std_rural', '', 6040, '元/人·年', '全年'],
    ]);
    expect(reasonOf(r, 690)).toEqual([]);
  });
});

describe('totals counted over several years', () => {
  test('2018年以来 … 募集 is a several-year total, and so is 期间共募集 in the next sentence', () => {
    const r = run('2018年以来,县慈善协会募集慈善款物3120余万元,受益群众8.6万人次。自2018年以来,协会持续开展募捐活动。期间共募集慈善款物3120余万元,发放款物980万元。');
    expect(r.records.filter((x) => x.indicatorId === 'charity_donations')).toEqual([]);
    // (the first sentence names another year: that reason comes first)
    expect(reasonOf(r, 3120)).toEqual(['other_year', 'multi_year']);
  });

  test('募集 in the report year itself stays a record', () => {
    const r = run('2023年以来,县慈善协会募集慈善款物415万元。');
    expect(facts(r.records)).toEqual([['charity_donations', '', 415, '万元', '全年']]);
  });

  test('近年来累计 … ; 累计完成 B户: both clauses count from the same start', () => {
    const r = run('近年来累计支持建成家庭养老床位2.3万张;实施居家适老化改造,累计完成1.6万户特殊困难老年人居家适老化改造。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 1.6)).toEqual(['multi_year']);
  });
});

describe('figures of a part named before the indicator', () => {
  test('家庭养老床位 are not the beds of institutions', () => {
    const r = run('今年支持建设家庭养老床位1450张,全市共有养老床位9800张。');
    expect(facts(r.records)).toEqual([['elder_beds', '', 9800, '张', '全年']]);
    expect(reasonOf(r, 1450)).toEqual(['scope']);
  });

  test('科技创新领域社会组织 is one field of the organisations; 社会组织数量达到 is the stock', () => {
    const r = run('全市登记的社会组织数量达到2710个。其中科技创新领域社会组织已达160个。');
    expect(facts(r.records)).toEqual([['social_orgs', '', 2710, '个', '全年']]);
    expect(reasonOf(r, 160)).toEqual(['subset']);
  });
});

describe('old town summaries', () => {
  test('人,户,元/月 after a programme: the monthly money of those people, not a standard', () => {
    const r = run('全镇享受低保人数:城市低保4310人,1890户,523400元/月;农村低保人员655人,301户,41230元/月。');
    expect(r.records.filter((x) => /std/.test(x.indicatorId))).toEqual([]);
    expect(reasonOf(r, 523400)).toEqual(['no_indicator']);
    expect(facts(r.records)).toContainEqual(['dibao_persons', '城市', 4310, '人', '全年']);
  });

  test('抗旱救灾资金 for households hit by a disaster is no programme money', () => {
    const r = run('为210户受灾低保户和46户受灾五保户解决抗旱救灾资金36000元。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 36000)).toEqual(['scope']);
  });
});

describe('new entrants of a programme', () => {
  test('特困供养新增 A 户 B 人: the persons are the new entrants (no household indicator for them)', () => {
    const r = run('全年低保新增 420 户 733 人,特困供养新增 27 户 31 人。');
    expect(facts(r.records)).toEqual([
      ['dibao_new_households', '', 420, '户', '全年'],
      ['dibao_new_persons', '', 733, '人', '全年'],
      ['tekun_new_persons', '', 31, '人', '全年'],
    ]);
  });

  test('新增特困人员 is the new-entrant indicator, not a 新增 amount of the stock', () => {
    const r = run('全县特困人员1310人,新增特困人员44人。');
    expect(facts(r.records)).toEqual([
      ['tekun_persons', '', 1310, '人', '全年'],
      ['tekun_new_persons', '', 44, '人', '全年'],
    ]);
  });
});
