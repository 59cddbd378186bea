// Frames met on held-out county and audit texts, with short texts written for these tests in our own words and numbers.
import { styleKit } from './styleKit';

const { run, reasonOf } = styleKit('历下区');
const ids = (text: string, period = '全年') => run(text, period).records.map((r) => [r.indicatorId, r.breakdown, r.value, r.unit]);

describe('a generic 救助资金/救助困难群众 in a sentence on one programme is that programme\'s', () => {
  test('发放救灾救济金A万元,救助困难群众B万户、C万人', () => {
    const r = run('【社会救助】救灾救济工作以保障困难群众生活为重点,全区共发放救灾救济金210万元,救助困难群众1.52万户、4.07万人;');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 210)).toEqual(['scope']);
    expect(reasonOf(r, 4.07)).toEqual(['scope']);
  });

  test('投入A万元救助资金,对…开展医疗救助', () => {
    const r = run('市财政投入30万元救助资金,对城乡困难居民开展了医疗救助,减轻了群众看病负担。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 30)).toEqual(['scope']);
  });

  test('流浪乞讨人员救助补助资金A万元', () => {
    expect(ids('流浪乞讨人员救助补助资金185万元,孤儿保障金900万元。')).toEqual([['orphan_living_funds', '', 900, '万元']]);
  });

  test('a 低保 sentence: the bare 救助资金 is 低保资金', () => {
    expect(ids('2023年新增纳入低保范围8300人,城乡低保总人数达9.4万人,支出救助资金2.81亿元。')).toEqual([
      ['dibao_new_persons', '', 8300, '人'],
      ['dibao_persons', '', 9.4, '万人'],
      ['dibao_funds', '', 2.81, '亿元'],
    ]);
  });

  test('the whole of assistance stays the whole', () => {
    expect(ids('全年共发放各类救助资金3200万元,其中医疗救助资金400万元。')).toContainEqual(['assist_funds', '', 3200, '万元']);
  });
});

describe('走访 before a count, and 特困群众', () => {
  test('走访特困群众A人,…走访城市低保对象B户', () => {
    const r = run('春节期间走访特困群众930人,发放困难救助款物11万元,走访城市低保对象180户,发放救助金5万元。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 930)).toEqual(['action']);
  });

  test('特困群众A人 is not 特困人员', () => {
    const r = run('全区共有特困群众930人。');
    expect(r.records).toEqual([]);
  });
});

describe('累计 money beside a dated stock in a text dating the programme years back', () => {
  test('从YYYY年起…。截至…,城市低保人数达A人,各级财政累计支出保障金B亿元', () => {
    const r = run('从2005年起,全区建立城市低保制度。截至2023年12月,全区城市低保人数达42150人,各级财政累计支出保障金4亿多元。');
    expect(ids('从2005年起,全区建立城市低保制度。截至2023年12月,全区城市低保人数达42150人,各级财政累计支出保障金4亿多元。')).toEqual([['dibao_persons', '城市', 42150, '人']]);
    expect(reasonOf(r, 4)).toEqual(['multi_year']);
  });

  test('no start year: the year to date stays a record', () => {
    expect(ids('截至2023年12月,全区城市低保人数达42150人,累计支出保障金4200万元。')).toContainEqual(['dibao_funds', '城市', 4200, '万元']);
  });
});

describe('预拨 leading a ;-list governs every item', () => {
  test('其中,预拨下一年第一季度城市低保资金A万元,保障B人;农村低保资金C万元,保障D人;…', () => {
    const r = run('目前,全区已争取到上级救助资金28000万元,其中,预拨2024年第一季度城市低保资金6100万元,保障38100人;农村低保资金14020万元,保障231000人;孤儿保障金820万元,保障2300人。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 14020)).toEqual(['other_year']);
    expect(reasonOf(r, 231000)).toEqual(['other_year']);
    expect(reasonOf(r, 820)).toEqual(['other_year']);
  });

  test('a same-year advance allocation is no spending either', () => {
    const r = run('其中,预拨第一季度城市低保资金6100万元;农村低保资金14020万元。', '全年');
    expect(r.records).toEqual([]);
  });
});

describe('a fund\'s 收入 and 支出', () => {
  test('低保资金收入合计A亿元;支出合计B亿元', () => {
    const r = run('2023年,全区城乡低保资金收入合计1200.5亿元,比2018年增长3.1倍;支出合计1130.2亿元,比上年增长5%。');
    expect(r.records.map((x) => [x.indicatorId, x.breakdown, x.value, x.unit])).toEqual([['dibao_funds', '', 1130.2, '亿元']]);
    expect(reasonOf(r, 1200.5)).toEqual(['scope']);
  });
});

describe('a household count with a subject of its own, clauses after the name', () => {
  test('纳入低收入人口监测预警,…,公租房保障A户', () => {
    const r = run('将低保边缘家庭成员等群体纳入低收入人口监测预警,分类给予教育、医疗、住房等专项救助,实施医疗救助48.3万人次,支出医疗救助资金1.42亿元,公租房保障21300户。');
    expect(r.records).toEqual([]);
    expect(ids('将低保边缘家庭成员纳入低收入人口监测预警,公租房保障21300户。')).toEqual([]);
  });
});

describe('安排 money is a budget', () => {
  test('安排财政救助资金A亿元', () => {
    const r = styleKit('广东省').run('坚持就业优先,发放稳岗返还资金130亿元;安排财政救助资金120.4亿元,稳步提高低保、特困人员等群众的基本生活保障。');
    expect(r.records).toEqual([]);
    expect(r.candidates.find((c) => c.value === 120.4)?.reason).toBe('plan');
  });
});
