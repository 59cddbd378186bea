// Prose frames still missed or held on earlier real corpora, with short texts written for these tests in our own words and numbers.
import { styleKit } from './styleKit';

const { run, reasonOf } = styleKit('历下区');
const ids = (text: string, period = '全年') => run(text, period).records.map((r) => [r.indicatorId, r.breakdown, r.value, r.unit]);

describe('households and persons counted before the programme noun', () => {
  test('A万户、B万城市低保对象', () => {
    expect(ids('截至年底,全区共有0.32万户、0.61万城市低保对象。')).toEqual([
      ['dibao_households', '城市', 0.32, '万户'],
      ['dibao_persons', '城市', 0.61, '万人'],
    ]);
  });

  test('A户B名农村低保对象, with or without the 、', () => {
    expect(ids('全区有870户1460名农村低保对象。')).toEqual([
      ['dibao_households', '农村', 870, '户'],
      ['dibao_persons', '农村', 1460, '人'],
    ]);
    expect(ids('全区共有870户、1460名低保对象。')).toEqual([
      ['dibao_households', '', 870, '户'],
      ['dibao_persons', '', 1460, '人'],
    ]);
  });

  test('a bare count of the side\'s people after 全区有', () => {
    expect(ids('全区有1460名城镇低保对象。')).toEqual([['dibao_persons', '城市', 1460, '人']]);
  });

  test('the programme with 保障 before the pair', () => {
    expect(ids('全区城市低保保障410户690人,农村低保保障1320户2250人。')).toEqual([
      ['dibao_households', '城市', 410, '户'],
      ['dibao_persons', '城市', 690, '人'],
      ['dibao_households', '农村', 1320, '户'],
      ['dibao_persons', '农村', 2250, '人'],
    ]);
    expect(ids('全区城乡低保共保障1730户2940人。')).toEqual([
      ['dibao_households', '', 1730, '户'],
      ['dibao_persons', '', 2940, '人'],
    ]);
  });

  test('an action on the pair stays held', () => {
    expect(ids('今年为870户、1460名城市低保对象发放节日慰问金。')).toEqual([]);
    expect(ids('全区共核查870户、1460名城市低保对象。')).toEqual([]);
    expect(ids('全区共有870户、1460名城市低保对象和特困人员。')).toEqual([]);
  });
});

describe('a count in 名 opening the next clause names the group after it', () => {
  test('A名农村低保对象,B名城市低保对象: not the rural side twice', () => {
    expect(ids('全区共有1460名农村低保对象,520名城市低保对象。')).toEqual([
      ['dibao_persons', '农村', 1460, '人'],
      ['dibao_persons', '城市', 520, '人'],
    ]);
    expect(ids('全区有1460名农村低保对象,520名城市特困人员。')).toEqual([
      ['dibao_persons', '农村', 1460, '人'],
      ['tekun_persons', '城市', 520, '人'],
    ]);
  });

  test('A户农村低保户,B名农村低保对象', () => {
    expect(ids('全区共有870户农村低保户,1460名农村低保对象。')).toEqual([
      ['dibao_households', '农村', 870, '户'],
      ['dibao_persons', '农村', 1460, '人'],
    ]);
  });

  test('a count with no name after it keeps the group before', () => {
    expect(ids('全县有260名特困人员实行集中供养,730名实行分散供养。')).toEqual([
      ['tekun_persons', '集中供养', 260, '人'],
      ['tekun_persons', '分散供养', 730, '人'],
    ]);
    expect(ids('全区有1460名农村低保对象,520名享受了临时救助。')).toEqual([['dibao_persons', '农村', 1460, '人']]);
  });
});

describe('特困 standards by supply mode (the catalogue splits the standard by 供养方式)', () => {
  test('集中供养标准每人每月A元,分散供养标准B元', () => {
    expect(ids('特困人员集中供养标准为每人每月860元,分散供养标准为每人每月710元。')).toEqual([
      ['tekun_std', '集中供养', 860, '元/人·月'],
      ['tekun_std', '分散供养', 710, '元/人·月'],
    ]);
  });

  test('under a 五保 standard\'s name: the rural standard by mode', () => {
    expect(ids('五保供养标准:集中供养每人每年7300元,分散供养每人每年5600元。')).toEqual([
      ['tekun_std_rural', '集中供养', 7300, '元/人·年'],
      ['tekun_std_rural', '分散供养', 5600, '元/人·年'],
    ]);
  });

  test('a side named before the sideless name stays held', () => {
    const r = run('其中:农村集中供养特困人员救助年供养基本生活标准7300元。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 7300)).toEqual(['subset']);
  });

  test('a care tier\'s fee is not the mode\'s standard', () => {
    const r = run('对集中供养的全护理特困人员护理费按每人每年2400元发放。');
    expect(r.records.filter((x) => /^tekun_std/.test(x.indicatorId))).toEqual([]);
  });
});

describe('disability subsidies under other names', () => {
  test('重度残疾人生活补贴 is not the 困难残疾人 living subsidy', () => {
    const r = run('全区发放重度残疾人生活补贴186万元,惠及2950人。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 2950)).toEqual(['scope']);
    expect(ids('重度残疾人生活补贴标准为每人每月80元。')).toEqual([]);
  });

  test('the 困难残疾人 subsidy and the 重度 care subsidy keep their records', () => {
    expect(ids('全区发放困难残疾人生活补贴186万元,惠及2950人。')).toEqual([['disab_living_persons', '', 2950, '人']]);
    expect(ids('全区发放重度残疾人护理补贴186万元,惠及2950人。')).toEqual([['disab_care_persons', '', 2950, '人']]);
  });

  test('a rate per household (一户多残, 每户每月) is no per-person standard', () => {
    expect(ids('低保标准为每户每月760元。')).toEqual([]);
    expect(reasonOf(run('高龄津贴标准为每户每月90元。'), 90)).toEqual(['unit_mismatch']);
    expect(ids('一户多残家庭生活补贴标准为每户每月150元。')).toEqual([]);
  });
});

describe('高龄津贴 per age band: a standard only with 每月/每年', () => {
  test('每人每月 per band files the bands', () => {
    expect(ids('高龄津贴标准:80-89岁每人每月70元,90-99岁每人每月160元。')).toEqual([
      ['elder_age_allowance_std', '80-89岁', 70, '元/人·月'],
      ['elder_age_allowance_std', '90-99岁', 160, '元/人·月'],
    ]);
  });

  test('每人 or bare 元 per band stays held, as a standard with no period', () => {
    expect(ids('高龄津贴标准:80-89岁每人70元,90-99岁每人160元。')).toEqual([]);
    const r = run('高龄津贴按80-89岁70元、90-99岁160元的标准发放。');
    expect(r.records).toEqual([]);
    expect(r.candidates.map((c) => [c.value, c.reason, c.indicatorId])).toEqual([
      [70, 'unit_period', 'elder_age_allowance_std'],
      [160, 'unit_period', 'elder_age_allowance_std'],
    ]);
  });
});

describe('人次 beside 人, spans since a year and 同比 figures are no stock', () => {
  test('累计保障城市低保对象A人次、B人', () => {
    const r = run('全年累计保障城市低保对象9300人次、820人,农村低保对象21000人次、1900人。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 820)).toEqual(['action']);
    expect(reasonOf(r, 1900)).toEqual(['action']);
  });

  test('the stock stated apart from the 人次 stays', () => {
    expect(ids('截至年底,全区城市低保对象820人,全年累计保障9300人次。')).toEqual([['dibao_persons', '城市', 820, '人']]);
  });

  test('2016年以来累计 and 同比 changes', () => {
    expect(ids('2016年以来,全区累计保障低保对象4.8万人次。')).toEqual([]);
    expect(ids('2017年以来累计救助困难群众9600人。')).toEqual([]);
    expect(ids('全区低保对象2700人,同比减少260人。')).toEqual([['dibao_persons', '', 2700, '人']]);
    expect(ids('全区低保对象同比增加260人。')).toEqual([]);
  });
});

describe('a programme named by its standard\'s alias gives its money the side', () => {
  test('城市低保保障资金A万元 is the urban money, not the whole', () => {
    expect(ids('全区城市低保保障资金280万元。')).toEqual([['dibao_funds', '城市', 280, '万元']]);
    expect(ids('全区农村低保发放保障金390万元。')).toEqual([['dibao_funds', '农村', 390, '万元']]);
  });
});
