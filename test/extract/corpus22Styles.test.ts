// Styles met in a twenty-second corpus of published texts (provincial and county 提标 notices, 殡葬 and 慈善 news,
// 民政局 work summaries). Fixtures are written for these tests in our own words and numbers.
import { styleKit } from './styleKit';

const { run, facts } = styleKit('某市');

describe('a standard stated as 年人均 right after 标准为', () => {
  test('平均标准为年人均A元 is the standard itself, per person and year', () => {
    const r = run('一、农村居民最低生活保障平均标准为年人均5880元。二、农村特困人员救助供养平均标准为年人均7644元。');
    expect(facts(r.records)).toEqual([
      ['dibao_std_rural', '', 5880, '元/人·年', '全年'],
      ['tekun_std_rural', '', 7644, '元/人·年', '全年'],
    ]);
  });

  test('城市居民最低生活保障标准提高到月人均A元 too', () => {
    const r = run('自7月1日起,城市居民最低生活保障标准提高到月人均735元。');
    expect(facts(r.records)).toEqual([['dibao_std_urban', '', 735, '元/人·月', '全年']]);
  });

  test('年人均补助 after the standard is still an average subsidy, not a second standard', () => {
    const r = run('农村低保标准为每人每年5880元,年人均补助2960元。');
    expect(facts(r.records)).toEqual([['dibao_std_rural', '', 5880, '元/人·年', '全年']]);
  });
});

describe('the takings of one collection the sentence tells of', () => {
  const { reasonOf } = styleKit('某市');

  test('局机关组织开展"慈善一日捐"现场捐赠活动…共募集善款A元 is that event’s money, not the year’s donations', () => {
    const r = run('县民政局机关组织开展“慈善一日捐”现场捐赠活动,干部职工踊跃参与,共募集善款5260元。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 5260)).toEqual(['scope']);
  });

  test('举行捐赠仪式,共募集善款A万元 likewise', () => {
    const r = run('市慈善总会举行爱心企业集中捐赠仪式,共募集善款86万元。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 86)).toEqual(['scope']);
  });

  test('a year’s donations with no event in the sentence stay a record', () => {
    const r = run('2023年,全市慈善组织共募集款物1.86亿元,实施慈善项目75个。');
    expect(facts(r.records)).toEqual([['charity_donations', '', 1.86, '亿元', '全年']]);
  });
});

describe('money handed down to the lower areas', () => {
  const { reasonOf } = styleKit('某市');

  test('向各县(市、区)划拨了低保资金A万元,临时救助资金B万元: allocations, not what the area spent', () => {
    const r = run('截至2月8日,市民政局已向各县(市、区)划拨城乡低保资金1840万元,临时救助资金165万元。', '1-2月');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 1840)).toEqual(['scope']);
    expect(reasonOf(r, 165)).toEqual(['scope']);
  });

  test('a sum paid out after the allocation in the same sentence stays a record', () => {
    const r = run('市财政向各县区下拨补助资金后,全市累计发放城乡低保金4720万元。');
    expect(facts(r.records)).toEqual([['dibao_funds', '', 4720, '万元', '全年']]);
  });
});

describe('funeral waivers counted in cases', () => {
  test('实施惠民殡葬减免A例、减免金额B万元: A deceased persons and the money waived', () => {
    const r = run('今年以来,全县实施惠民殡葬减免412例、减免金额37.5万元。');
    expect(facts(r.records)).toEqual([
      ['funeral_waiver_persons', '', 412, '人', '全年'],
      ['funeral_waiver_funds', '', 37.5, '万元', '全年'],
    ]);
  });

  test('例 stays no count of persons outside funerals', () => {
    const r = run('全年完成白内障复明手术救助260例。');
    expect(r.records).toEqual([]);
  });
});

describe('全年 opening a clause in a year’s report', () => {
  test('after 截至10月 in an earlier sentence, 全年共救助A人次 is the year’s figure', () => {
    const r = run('截至10月,共发放各类救助资金95万元。全年共救助流浪乞讨人员47人次。');
    expect(facts(r.records)).toEqual([
      ['assist_funds', '', 95, '万元', '1-10月'],
      ['vagrant_assist_times', '', 47, '人次', '全年'],
    ]);
  });
});

describe('流浪乞讨 named apart from 救助', () => {
  test('流浪乞讨街面巡查及人员救助工作,全年共计救助A人次: the vagrants assisted', () => {
    const r = run('开展流浪乞讨街面巡查及人员救助工作,全年共计救助63人次。');
    expect(facts(r.records)).toEqual([['vagrant_assist_times', '', 63, '人次', '全年']]);
  });

  test('a count of visits in a 流浪乞讨 drive is still no assistance', () => {
    const r = run('开展流浪乞讨专项行动,走访慰问困难群众1200人次。');
    expect(r.records).toEqual([]);
  });
});
