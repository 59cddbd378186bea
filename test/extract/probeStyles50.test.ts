// Frames met on a fresh held-out set of real reports (c56), with short texts written for these tests in our own words and numbers.
import { styleKit } from './styleKit';

const { run, facts, reasonOf } = styleKit('云霄县');

describe('由一年A元提高到B元: the period word before the old value holds for the new one', () => {
  test('一年 before the old value: both yearly, never monthly', () => {
    const r = run('该县农村低保户低保标准由一年380元提高到560元。', '全年', 2007);
    expect(facts(r.records)).toEqual([['dibao_std_rural', '', 560, '元/人·年', '全年']]);
  });

  test('a yearly word the value\'s period was not read from: held, never the monthly default', () => {
    const r = run('农村低保标准为一年560元。', '全年', 2007);
    expect(facts(r.records)).toEqual([]);
    expect(reasonOf(r, 560)).toEqual(['unit_period']);
  });

  test('每人年 (per person and year) before the old values of two supply modes', () => {
    const r = run('今年以来,农村特困人员集中供养标准由上年的每人年4200元提高到5800元,分散供养标准由上年的每人年3900元提高到4500元。', '9月', 2016);
    expect(facts(r.records)).toEqual([
      ['tekun_std_rural', '集中供养', 5800, '元/人·年', '9月'],
      ['tekun_std_rural', '分散供养', 4500, '元/人·年', '9月'],
    ]);
  });
});

describe('按照集中供养A元和分散供养B元的标准,为…五保户发放…', () => {
  test('each mode\'s rural 特困 standard; the second lost its 每年 and takes the first\'s', () => {
    const r = run('县民政局按照集中供养每人每年7600元和分散供养每人4400元的标准,按时足额为612名五保户发放供养金431.5万元。', '全年', 2013);
    expect(facts(r.records)).toEqual([
      ['tekun_std_rural', '集中供养', 7600, '元/人·年', '全年'],
      ['tekun_std_rural', '分散供养', 4400, '元/人·年', '全年'],
      ['tekun_persons', '农村', 612, '人', '全年'],
      ['tekun_funds', '农村', 431.5, '万元', '全年'],
    ]);
  });
});

describe('为A户、B名特困供养对象发放集中供养补贴C万元,分散供养补贴D万元', () => {
  const text = '1-9月,为全区1620户、1685名特困供养对象发放集中供养补贴288.4万元,分散供养补贴870.6万元。';

  test('the persons are all the 特困 persons: the mode names the money after them', () => {
    const r = run(text, '1-9月', 2021);
    expect(facts(r.records)).toContainEqual(['tekun_persons', '', 1685, '人', '1-9月']);
  });

  test('each money item is that supply mode\'s 特困 money', () => {
    const r = run(text, '1-9月', 2021);
    expect(facts(r.records)).toContainEqual(['tekun_funds', '集中供养', 288.4, '万元', '1-9月']);
    expect(facts(r.records)).toContainEqual(['tekun_funds', '分散供养', 870.6, '万元', '1-9月']);
    expect(reasonOf(r, 288.4)).toEqual([]);
  });
});

describe('全市已为A名困难群众发放生活补贴B亿元。其中,为…对象C人发放补贴D万元;…', () => {
  const text = '截至2月5日,全市已为356210名困难群众发放生活补贴1.75亿元。\n其中,为城市低保对象98120人发放补贴6820万元;农村低保对象160300人发放补贴6710.5万元;五保对象4010人发放补贴486.2万元;救助区县困难职工及低收入困难户共计13000户,发放救助资金390万元。';

  test('each item\'s money is a part of the one subsidy, held', () => {
    const r = run(text, '1-2月', 2013);
    const money = facts(r.records).filter((x) => x[3] === '万元');
    expect(money).toEqual([]);
    for (const v of [6820, 6710.5, 486.2, 390]) expect(reasonOf(r, v)).toEqual(['scope']);
  });

  test('a 其中 run under a programme\'s own money stays the programme\'s', () => {
    const r = run('全年发放低保资金2300万元。\n其中,城市低保对象1200人发放低保金800万元;农村低保对象3400人发放低保金1500万元。', '全年', 2013);
    expect(facts(r.records)).toContainEqual(['dibao_funds', '城市', 800, '万元', '全年']);
  });
});

describe('散居孤儿及事实无人抚养儿童A元/人/月,集中供养儿童B元/人/月', () => {
  test('the children in institutions after the 散居 orphans are the institution-reared orphans', () => {
    const r = run('补助标准按照散居孤儿及事实无人抚养儿童1300元/人/月,集中供养儿童1950元/人/月。', '7月', 2025);
    expect(facts(r.records)).toContainEqual(['orphan_std', '机构养育', 1950, '元/人·月', '7月']);
    expect(facts(r.records)).toContainEqual(['orphan_std', '社会散居', 1300, '元/人·月', '7月']);
  });

  test('with no orphans named, 集中供养儿童 stays unclear', () => {
    const r = run('事实无人抚养儿童补助标准1300元/人/月,集中供养儿童1950元/人/月。', '7月', 2025);
    expect(facts(r.records).filter((x) => x[2] === 1950)).toEqual([]);
  });
});
