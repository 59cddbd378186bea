// Frames met on c66–c68 (dates and periods, region and year inference), with short texts written for these tests in our
// own words and numbers.
import { catalogue, styleKit } from './styleKit';
import { inferContext } from '../../src/core/extract/context';
import { loadTownships } from '../../src/core/catalogue/townships';

const { run, facts, reasonOf } = styleKit('某省');
const infer = (text: string) => inferContext(text, catalogue);

describe('a flow in a clause dated to one day is that day\'s', () => {
  test('据…透露,今年5月20日,…为A对新人办理了结婚登记', () => {
    const r = run('据某省民政厅介绍,今年5月20日,虽然是周末,全省103个婚姻登记处仍为9870对新人办理了结婚登记。');
    expect(facts(r.records)).toEqual([]);
    expect(reasonOf(r, 9870)).toEqual(['partial']);
  });

  test('a news lead whose day is the publication\'s names its own period', () => {
    const r = run('1月8日,记者从市民政局获悉,2023年全市共办理结婚登记5120对。');
    expect(facts(r.records)).toEqual([['marriage_reg', '', 5120, '对', '全年']]);
  });

  test('a day a span starts from is no one day', () => {
    const r = run('5月20日起,全市共办理结婚登记5120对。');
    expect(facts(r.records)).toEqual([['marriage_reg', '', 5120, '对', '全年']]);
  });
});

describe('a clause opening with a span from a month\'s first day to a month\'s last is those months', () => {
  test('YYYY年1月1日至3月31日: the first quarter', () => {
    const r = run('2023年1月1日至3月31日,全市救助流浪乞讨人员318人次。');
    expect(facts(r.records)).toEqual([['vagrant_assist_times', '', 318, '人次', 'Q1']]);
  });

  test('元月 is January', () => {
    const r = run('2023年元月1日至6月30日,全市救助流浪乞讨人员318人次。');
    expect(facts(r.records)).toEqual([['vagrant_assist_times', '', 318, '人次', '上半年']]);
    expect(infer('2023年元月1日至6月30日,全市救助流浪乞讨人员318人次。').year?.value).toBe(2023);
  });

  test('a span ending inside a month stays a few days\' count', () => {
    const r = run('1月1日至6月15日,全市救助流浪乞讨人员318人次。');
    expect(reasonOf(r, 318)).toEqual(['partial']);
  });
});

describe('news opening with its day, then 目前: the figures stand at that month', () => {
  const text = '9月18日,某省民政厅在某市召开全省农村五保供养工作会议。会议提出,“十二五”期间将新建敬老院30所,今年已安排建设4所。\n目前,全省农村五保供养人数为21230人。2010年,全省集中供养对象年供养水平为3610元。';

  test('the period is the year to that month, not the whole year', () => {
    expect(infer(text).period?.value).toBe('1-9月');
  });

  test('a bare year after the text\'s 今年 is another year, not the text\'s', () => {
    expect(infer(text).year).toBeUndefined();
  });

  test('a text opening with the bare year keeps it', () => {
    expect(infer('2023年,全省共办理结婚登记31200对。今年我省还开展了婚俗改革。').year?.value).toBe(2023);
  });
});

describe('a district\'s report: ranks and titles among the city\'s or province\'s areas are no voice', () => {
  const text = '济南广播电视台1月9日讯1月9日,济南市市中区第十八届人民代表大会第三次会议开幕,市中区区长作政府工作报告。2023年,市中区坚持民生优先,民生保障持续加强。\n城乡低保标准提高至每人每月1050元,获评全省养老服务示范区,入选山东省“助餐”试点地区。我区学前教育走在全市前列,建成全市首个济南泉韵托育联盟,在全市率先推行养老顾问,作为全市唯一区县入选山东省试点。';

  test('济南市市中区 … 我区 … 全市首个: the district, not its city', () => {
    expect(infer(text).region?.name).toBe('济南市市中区');
  });

  test('and the year opening its review', () => {
    expect(infer(text).year?.value).toBe(2023);
  });
});

describe('a bureau working under 市、区政府 and 市民政局 is below the city', () => {
  test('the city it serves (我市…幸福某市) is not the text\'s region', () => {
    const text = '民政局2023年上半年工作总结\n2023年我局工作的总体要求是,紧紧围绕市、区政府和省民政厅、市民政局的决策部署,把保障民生放在首位,为我市建设幸福宣城贡献民政力量。\n一、上半年工作\n截止5月底,享受城乡低保对象1020人。';
    expect(infer(text).region).toBeUndefined();
  });
});

describe('a county\'s summary of the year\'s first months', () => {
  let towns: readonly string[] = [];
  beforeAll(async () => {
    towns = await loadTownships();
  });
  const text = '县民政局2008年工作总结和2009年工作计划\n\n一、2008年11个月工作总结\n\n上半年虽然遇到了雨雪天气,各项工作仍按计划完成。今年汛期,暴雨涉及景州、龙花、安陵、广川、杜桥、梁集、青兰、温城等8个乡镇。到目前,全县共有低保对象812户、2130人。';

  test('N个月工作总结 in a heading: 1-N月, over a passing 上半年', () => {
    expect(infer(text).period?.value).toBe('1-11月');
  });

  test('a long list of one county\'s townships, a name or two spelt otherwise', () => {
    expect(inferContext(text, catalogue, towns).region?.name).toBe('景县');
  });
});

describe('在过去的一年里 under a dateline early in the next year', () => {
  test('is the year before, the whole of it', () => {
    const c = infer('民政数字看变化\n\n2024-01-30 来源:某县电视台\n    元月29日下午,我县召开民政工作会议。\n    在过去的一年里,民政部门募集慈善资金85万元,发放临时救助金126万元。');
    expect(c.year?.value).toBe(2023);
    expect(c.period?.value).toBe('全年');
  });
});

describe('national texts', () => {
  test('a bulletin titled with no place before it is the ministry\'s', () => {
    const c = infer('社会服务发展统计公报\n截至2021年底,各类社会服务机构职工总数1210.5万人。\n全国社会服务事业费支出4510.2亿元,比上年增长3.1%。');
    expect(c.region?.name).toBe('全国');
  });

  test('表示,2019年全国共救助…: the whole year, a campaign\'s 截至目前 aside', () => {
    const c = infer('民政部:2019年全国共救助流浪乞讨人员98.1万人次\n民政部有关负责人20日表示,2019年全国共救助流浪乞讨人员98.1万人次。民政部连续开展寒冬送温暖专项行动,截至目前已救助近19.6万人次。');
    expect(c.year?.value).toBe(2019);
    expect(c.period?.value).toBe('全年');
  });
});

describe('c68 shapes: a traditional name, a paying title, a clause opening with last year', () => {
  test('金壇區 (壇 is 坛) with a pinyin gloss', () => {
    expect(infer('2021年上半年,金壇區(qū)共發(fā)放殘疾人兩項補貼1830萬元,惠及52100人次。金壇區(qū)民政局將繼續做好補貼發放工作。').region?.name).toBe('金坛区');
  });

  test('我省发放YYYY年…资金 under a dateline of that year', () => {
    expect(infer('首页 > 残疾人福利\n\n我省发放2021年残疾人“两项补贴”资金12亿多元\n\n时间:2021-12-20 来源:厅办公室\n\n记者从省民政厅获悉,全省今年共发放补贴资金12亿多元。').year?.value).toBe(2021);
  });

  test('an outlet glued to its dateline, then ,YYYY年全省… of the year before', () => {
    const c = infer('某省节地生态安葬率达61.2%\n\n某省日报2022-03-28 10:05:12\n\n近年来,我省持续推进殡葬改革,2021年全省火化率98.6%,居全国前列。');
    expect(c.year?.value).toBe(2021);
    expect(c.period?.value).toBe('全年');
  });
});
