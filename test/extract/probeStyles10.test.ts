// Frames met on real 民政 texts (区县工作总结, 新闻稿, 公示, 统计公报) read this session, with short texts written for these
// tests in our own words and numbers.
import { catalogue, styleKit } from './styleKit';
import { inferContext } from '../../src/core/extract/context';
import { extractRecords } from '../../src/core/extract/extract';

const { run, facts, reasonOf } = styleKit('历下区');
const ids = (text: string, period = '全年', year = 2023) => run(text, period, year).records.map((r) => [r.indicatorId, r.breakdown, r.value, r.unit]);
/** the extractor as mz extract runs it with region and year given and no period */
const noPeriod = (text: string, year = 2023) => extractRecords(text, { region: '历下区', year, source: 't.txt', catalogue });

describe('敬老院 are one kind of elderly-care home', () => {
  test('全区敬老院8所 is a subset, not all the institutions', () => {
    const r = run('截至年底,全区乡镇敬老院8所,床位960张。');
    expect(facts(r.records)).toEqual([]);
    expect(reasonOf(r, 8)).toEqual(['subset']);
    expect(reasonOf(r, 960)).toEqual(['subset']);
  });

  test('养老院 and 养老机构(含敬老院) stay the area\'s institutions, with their beds', () => {
    expect(ids('全区现有养老院15家。')).toEqual([['elder_institutions', '', 15, '家']]);
    expect(ids('全区共有养老机构(含敬老院)26家,床位2600张。')).toEqual([
      ['elder_institutions', '', 26, '家'],
      ['elder_inst_beds', '', 2600, '张'],
    ]);
  });
});

describe('beds right after the elderly-care institutions counted are the institutions\' beds', () => {
  test('全区共有养老机构A家,床位B张: 提供住宿的养老机构床位, not all elderly-care beds', () => {
    expect(ids('全区共有养老机构31家,床位3120张。')).toEqual([
      ['elder_institutions', '', 31, '家'],
      ['elder_inst_beds', '', 3120, '张'],
    ]);
  });

  test('养老床位 named stays 养老床位', () => {
    expect(ids('全区共有养老机构31家,养老床位3120张。')).toEqual([
      ['elder_institutions', '', 31, '家'],
      ['elder_beds', '', 3120, '张'],
    ]);
  });
});

describe('本月/当月 in a text naming no month', () => {
  const notice = '区民政局关于低保金发放情况的公示\n本月发放城乡低保金263.5万元,保障低保对象4120人。';
  test('no record is filed under the year when the month is unknown', () => {
    const r = noPeriod(notice);
    expect(r.records).toEqual([]);
    expect(r.candidates.map((c) => [c.value, c.reason])).toEqual([
      [263.5, 'period_unknown'],
      [4120, 'period_unknown'],
    ]);
  });

  test('a month named in the title dates them', () => {
    const r = noPeriod('区民政局关于2023年10月份低保金发放情况的公示\n本月发放城乡低保金263.5万元,保障低保对象4120人。');
    expect(r.records.map((x) => [x.indicatorId, x.value, x.period])).toEqual([
      ['dibao_monthly_funds', 263.5, '10月'],
      ['dibao_persons', 4120, '10月'],
    ]);
  });
});

describe('a plan verb governs the list of building verbs after it', () => {
  test('全区将新建助餐点A个,新增养老床位B张', () => {
    const r = run('全区将新建助餐点20个,新增养老床位500张。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 500)).toEqual(['plan']);
  });

  test('我局将新增养老床位A张,建成助餐点B个', () => {
    const r = run('下一步,我局将新增养老床位500张,建成助餐点20个。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 20)).toEqual(['plan']);
  });

  test('计划A张,实际新增B张 / 已新增 stay records', () => {
    expect(ids('今年计划新增养老床位300张,实际新增养老床位320张。')).toEqual([['elder_beds_new', '', 320, '张']]);
    expect(ids('全区已将新增养老床位纳入民生实事,新增养老床位320张。')).toEqual([['elder_beds_new', '', 320, '张']]);
  });
});

describe('a one-off payment named in the clause before a bare amount', () => {
  test('为低保、特困对象发放一次性生活补贴,共计发放A万元', () => {
    const r = run('区民政局为全区低保、特困对象发放一次性生活补贴,共计发放128万元,惠及5600人。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 128)).toEqual(['scope']);
  });

  test('the programme\'s own money named in its clause stays', () => {
    expect(ids('全区发放一次性生活补贴36万元,累计发放低保金1200万元。')).toEqual([['dibao_funds', '', 1200, '万元']]);
  });
});

describe('去年 in news dated in the year after', () => {
  test('去年 opening a clause dates the clauses after it (a text with this year\'s figures too)', () => {
    const r = run('2024年3月15日,记者从区民政局获悉,去年全区共发放临时救助金560万元,救助2300人次。今年以来,已发放临时救助金86万元。', '全年', 2024);
    expect(reasonOf(r, 560)).toEqual(['other_year']);
    expect(reasonOf(r, 2300)).toEqual(['other_year']);
  });

  test('截至去年底 with the year given as the dateline\'s is the year before', () => {
    const text = '历下区民政局 2024-03-15 10:20 来源:区民政局\n记者从区民政局获悉,截至去年底,全区共有城市低保对象3126人,特困人员412人。';
    const r = run(text, '全年', 2024);
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 3126)).toEqual(['other_year']);
    // the year of the figures given: they are that year's
    expect(facts(run(text, '全年', 2023).records)).toEqual([
      ['dibao_persons', '城市', 3126, '人', '全年'],
      ['tekun_persons', '', 412, '人', '全年'],
    ]);
  });

  test('a news lead opening with its date in March: 今年以来 is no whole year', () => {
    const ctx = inferContext('2024年3月15日,记者从区民政局获悉,今年以来,全区已发放临时救助金86万元。', catalogue);
    expect(ctx.period?.value).not.toBe('全年');
  });
});

describe('新增城市低保 names no region', () => {
  test('增城市 inside 新增城市低保 is not 增城区', () => {
    const ctx = inferContext('2023年上半年,全区新增城市低保对象126人;累计发放低保金830万元。', catalogue);
    expect(ctx.region).toBeUndefined();
  });
});

describe('the people paid one quarter\'s or month\'s money', () => {
  test('为A名老人发放了第三季度高龄津贴B万元 in a text on the year: both are the quarter\'s', () => {
    const r = run('近日,区民政局为辖区内1260名80周岁以上老人发放了第三季度高龄津贴37.8万元。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 1260)).toEqual(['partial']);
    expect(reasonOf(r, 37.8)).toEqual(['partial']);
  });

  test('in a text on that quarter they are records; a payment naming no quarter stays the year\'s', () => {
    expect(facts(run('近日,区民政局为辖区内1260名80周岁以上老人发放了第三季度高龄津贴37.8万元。', 'Q3').records)).toEqual([
      ['elder_age_allowance_persons', '', 1260, '人', 'Q3'],
      ['elder_age_allowance_funds', '', 37.8, '万元', 'Q3'],
    ]);
    expect(ids('全区为1260名80周岁以上老人发放高龄津贴151万元。')).toEqual([
      ['elder_age_allowance_persons', '', 1260, '人'],
      ['elder_age_allowance_funds', '', 151, '万元'],
    ]);
  });
});

describe('a range of values is no single figure', () => {
  test('每人每月220元至900元不等 / 1170元至1300元: both ends are range candidates', () => {
    const r = run('城市低保对象保障金按照每人每月220元至900元不等的标准发放。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 220)).toEqual(['range']);
    const t = run('全区特困人员基本生活标准为每人每月1170元至1300元。');
    expect(t.records).toEqual([]);
    expect(reasonOf(t, 1170)).toEqual(['range']);
    expect(reasonOf(t, 1300)).toEqual(['range']);
  });

  test('由A元至B元 is a change of level, not a range', () => {
    expect(ids('全区低保标准由每人每月860元至900元。')).toEqual([['dibao_std', '', 900, '元/人·月']]);
  });
});

describe('the gap to what a figure is compared with', () => {
  test('与历城区相比,我区养老床位少A张 / 比周边区县少B人', () => {
    const r = run('与济南市历城区相比,我区养老床位少800张。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 800)).toEqual(['change']);
    expect(ids('全区低保对象比周边区县少1200人。')).toEqual([]);
  });

  test('与上年相比提高了A元,达到B元: the level after the rise is the standard', () => {
    expect(ids('城市低保标准与上年相比提高了60元,达到每人每月900元。')).toEqual([['dibao_std_urban', '', 900, '元/人·月']]);
  });
});

describe('the figure before a change to the year\'s end', () => {
  test('城市低保对象A人至年底减少到B人: A is the year\'s opening figure, B the record', () => {
    const r = run('全区城市低保对象1620人至年底减少到1580人。');
    expect(facts(r.records)).toEqual([['dibao_persons', '城市', 1580, '人', '全年']]);
    expect(reasonOf(r, 1620)).toEqual(['other_year']);
  });
});
