// Frames met on held-out corpora (c61-c63) that filed wrong figures, with short texts written for these tests in our
// own words and numbers.
import { styleKit } from './styleKit';

describe('新增纳入 before a value whose name is in a clause before: an intake, not the stock', () => {
  const { run, facts, reasonOf } = styleKit('天津市');
  const text = '会议指出,全市加强低收入人口认定、低收入人口动态监测等工作,修订临时救助办法,全年新增纳入保障对象8120名,支出社会救助资金12.5亿元。';

  test('the newcomers are held, the money is filed', () => {
    const r = run(text, '全年', 2024);
    expect(facts(r.records)).toEqual([['assist_funds', '', 12.5, '亿元', '全年']]);
    expect(reasonOf(r, 8120)).toEqual(['new_vs_stock']);
  });

  test('the stock named in its own clause stays filed', () => {
    const r = run('全市低收入人口动态监测对象共8120名,支出社会救助资金12.5亿元。', '全年', 2024);
    expect(facts(r.records)).toContainEqual(['low_income_persons', '', 8120, '人', '全年']);
  });
});

describe('a programme count that is a 户 figure and a 人 figure run together', () => {
  const { run, facts, reasonOf } = styleKit('山南市');

  test('城镇低保6121100人 in a city\'s text (612户1100人) is held malformed', () => {
    const r = run('截至目前,我市城镇低保6121100人,农村低保15283110人。', '上半年', 2019);
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 6121100)).toEqual(['malformed']);
  });

  test('the counts written apart are filed', () => {
    const r = run('截至目前,我市城镇低保612户1100人。', '上半年', 2019);
    expect(facts(r.records)).toEqual([
      ['dibao_households', '城市', 612, '户', '上半年'],
      ['dibao_persons', '城市', 1100, '人', '上半年'],
    ]);
  });

  test('a figure in 万 is left alone', () => {
    expect(facts(run('截至目前,我市城镇低保61.21万人。', '上半年', 2019).records)).toEqual([['dibao_persons', '城市', 61.21, '万人', '上半年']]);
  });

  test('a province\'s count of a million in digits is left alone', () => {
    const { run: runP, facts: f } = styleKit('四川省');
    expect(f(runP('截至目前,全省城镇低保1122400人。', '上半年', 2019).records)).toEqual([['dibao_persons', '城市', 1122400, '人', '上半年']]);
  });
});

describe('a paragraph over a five-year plan\'s span, opened after a topic', () => {
  const { run, reasonOf } = styleKit('海东市');

  test('在…方面,“十三五”期间,累计…。…。共为A人次发放社会救助资金B亿元 is held', () => {
    const r = run('2020年,全市投资3.1亿元,实施项目85个。在社会保障方面,“十三五”期间,全市累计投入保障资金达98.2亿元,常年保障对象40余万人。建成2个救灾物资储备库,累计下拨救灾资金2.3亿元,救助受灾群众120余万人次。按照兜底要求,全面开展社会救助工作,共为66.5万人次发放社会救助资金18.7亿元。', '全年', 2020);
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 18.7)).toEqual(['multi_year']);
  });

  test('“十三五”期间 opening the paragraph, quoted', () => {
    const r = run('“十三五”期间,全市累计投入保障资金达98.2亿元。全面开展社会救助工作,共为66.5万人次发放社会救助资金18.7亿元。', '全年', 2020);
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 18.7)).toEqual(['multi_year']);
  });

  test('a sentence with a year of its own after it is filed', () => {
    const r = run('“十三五”期间,全市累计投入保障资金达98.2亿元。2020年,全市发放社会救助资金4.1亿元。', '全年', 2020);
    expect(r.records.map((x) => [x.indicatorId, x.value])).toEqual([['assist_funds', 4.1]]);
  });
});

describe('a subject listing several regions is their sum', () => {
  const text = '数据显示,2月14日,北京、上海、成都、西安、厦门、芜湖以及南平这七个城市,超6120对新人登记结婚,其中上海1520对位居首位。';

  test('given as one of them: neither the sum nor its part is filed', () => {
    const { run, reasonOf } = styleKit('上海市');
    const r = run(text, '全年', 2018);
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 6120)).toEqual(['other_region']);
    expect(reasonOf(r, 1520)).toEqual(['other_region']);
  });

  test('甲、乙两市共… in the value\'s own clause', () => {
    const { run, reasonOf } = styleKit('济南市');
    const r = run('济南、泰安两市共办理结婚登记5200对。', '全年', 2018);
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 5200)).toEqual(['other_region']);
  });
});

describe('每年 before a flow: a level of recent years, not one year\'s count', () => {
  const { run, facts, reasonOf } = styleKit('全国');

  test('目前全国每年办理结婚登记已达A多万对,离婚登记B多万对', () => {
    const r = run('目前全国每年办理结婚登记的数量已达900多万对,离婚登记量80多万对。', '全年', 2010);
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 900)).toEqual(['multi_year']);
    expect(reasonOf(r, 80)).toEqual(['multi_year']);
  });

  test('a time of its own after 每年 is filed', () => {
    expect(facts(run('全国每年开展一次专项行动,今年办理结婚登记900万对。', '全年', 2010).records)).toEqual([['marriage_reg', '', 900, '万对', '全年']]);
  });

  test('每人每年 standards are untouched', () => {
    const { run: runJ, facts: f } = styleKit('济南市');
    expect(f(runJ('城市低保标准为每人每年6000元,全年发放低保金1200万元。').records)).toEqual([
      ['dibao_std_urban', '', 6000, '元/人·年', '全年'],
      ['dibao_funds', '', 1200, '万元', '全年'],
    ]);
  });
});

describe('全市(A、B): the parts named in brackets after the whole area\'s word', () => {
  const { run, facts, reasonOf } = styleKit('鞍山市');

  test('the figures of two districts are held', () => {
    const r = run('一、最低生活保障。截至2021年06月底,全市(铁东、铁西)共保障城乡低保对象9200户、13400人;补助水平城市达到月人均580.5元;累计支出资金3900.2万元。', '上半年', 2021);
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 13400)).toEqual(['sub_region']);
    expect(reasonOf(r, 580.5)).toEqual(['sub_region']);
  });

  test('全市(含…) stays the whole area\'s', () => {
    const r = run('截至2021年06月底,全市(含铁东、铁西)共保障城乡低保对象9200户、13400人。', '上半年', 2021);
    expect(facts(r.records)).toContainEqual(['dibao_persons', '', 13400, '人', '上半年']);
  });
});
