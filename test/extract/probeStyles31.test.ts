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
