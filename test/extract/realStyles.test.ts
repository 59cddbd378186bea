// Styles of published reports (issue 7 §3), written for these tests in our own words and numbers.
import { normaliseChars } from '../../src/core/extract/normalize';
import { catalogue, styleKit } from './styleKit';

const { run, facts, reasons } = styleKit('临沂市');

describe('reposted 繁體 pages', () => {
  test('traditional characters normalise one for one', () => {
    const t = '農村低保標準每人每月';
    expect(normaliseChars(t)).toBe('农村低保标准每人每月');
    expect(normaliseChars(t)).toHaveLength(t.length);
  });

  test('pinyin glosses are dropped; quotes and offsets point into the text as given', () => {
    const text = '通知如下。農(nóng)村低保標(biāo)準(zhǔn)由每人每月600元提高到每人每月655元。';
    const r = run(text);
    expect(facts(r.records)).toEqual([['dibao_std_rural', '', 655, '元/人·月', '全年']]);
    const rec = r.records[0];
    expect(text.slice(rec.offset, rec.offset + rec.quote.length)).toBe(rec.quote);
    expect(rec.quote).toContain('標(biāo)準(zhǔn)');
  });
});

describe('old and new values', () => {
  test('由目前的每人每月不低于A提高到B: A is the old value', () => {
    const r = run('城市特困人员基本生活标准由目前的每人每月不低于1010元提高到每人每月不低于1090元。');
    expect(facts(r.records)).toEqual([['tekun_std_urban', '', 1090, '元/人·月', '全年']]);
    expect(r.records[0].qualifier).toBe('不低于');
  });

  test('a labelled list after 由 is all old: 由全护理…、半护理…、全自理…提高到…', () => {
    const r = run('特困人员照料护理标准由目前的全护理每人每月600元、半护理每人每月300元、全自理每人每月150元提高到全护理每人每月660元、半护理每人每月330元、全自理每人每月165元。');
    const vals = r.records.map((x) => x.value);
    for (const old of [600, 300, 150]) expect(vals).not.toContain(old);
  });

  test('每人每年由A提高到B: B stays yearly', () => {
    const r = run('全市农村低保标准每人每年由6120元提高到6540元。');
    expect(facts(r.records)).toEqual([['dibao_std_rural', '', 6540, '元/人·年', '全年']]);
  });
});

describe('periods stated in the text', () => {
  test('截至N月底 and 1-N月 date the figures after them; a standard stated as of a date holds at that date', () => {
    // a 上半年 report: the standard of the end of April is not claimed for the end of June
    const r = run('截至4月底,我市农村低保标准为630元/人·月,累计发放低保金2310.5万元。今年1-4月份,共实施临时救助512人次。', '上半年', 2023);
    expect(facts(r.records)).toEqual([
      ['dibao_std_rural', '', 630, '元/人·月', '1-4月'],
      ['dibao_funds', '', 2310.5, '万元', '1-4月'],
      ['temp_assist_times', '', 512, '人次', '1-4月'],
    ]);
  });

  test('a standard raised in a month of the period keeps the text period (the month dates the change, not the state)', () => {
    const r = run('今年1-6月,全市共保障城市低保对象1200人。6月份城市低保标准提高到每人每月720元。', '上半年', 2023);
    expect(facts(r.records).filter((x) => x[0] === 'dibao_std_urban')).toEqual([['dibao_std_urban', '', 720, '元/人·月', '上半年']]);
  });

  test('a period opening a paragraph holds for the rest of it, not for the next paragraph', () => {
    const r = run('2023年1-8月,民政事业费累计支出5120.4万元。其中,社会福利支出810.2万元。\n城市低保对象1830人。', '8月');
    expect(facts(r.records)).toEqual([
      ['mz_expenditure', '', 5120.4, '万元', '1-8月'],
      ['social_welfare_expenditure', '', 810.2, '万元', '1-8月'],
      ['dibao_persons', '城市', 1830, '人', '8月'],
    ]);
  });

  test('a period inside a clause (补发1-3月差额) dates nothing else', () => {
    const r = run('保障城市低保对象2100户3650人,补发1-3月差额12.6万元。', '全年');
    expect(r.records.filter((x) => x.indicatorId === 'dibao_persons').map((x) => x.period)).toEqual(['全年']);
  });
});

describe('scope', () => {
  test('funds raised for a policy are not its spending', () => {
    const r = run('市财政积极筹集困难群众救助补助资金1.6亿元,用于提标。');
    expect(r.records).toEqual([]);
    expect(reasons(r)).toContainEqual([1.6, 'scope']);
  });

  test('the figures of one named campaign stay candidates', () => {
    const r = run('持续开展"暖冬"专项救助,共救助180人次,发放救助资金95.5万元。');
    expect(r.records.filter((x) => x.value === 95.5)).toEqual([]);
    expect(reasons(r)).toContainEqual([95.5, 'scope']);
  });

  test('a subgroup (低保家庭大学生助学) is not the 低保 count', () => {
    const r = run('完成农村低保家庭大学生助学23人。');
    expect(r.records).toEqual([]);
    expect(reasons(r)).toContainEqual([23, 'subset']);
  });

  test('一 count over several groups (城乡低保和特困人员9万余人) is combined', () => {
    const r = run('惠及城乡低保和特困人员9万余人。');
    expect(r.records).toEqual([]);
    expect(reasons(r)).toContainEqual([9, 'combined']);
  });

  test('其中 parts without 城市/农村 labels are ambiguous, also in the next ;-sentence', () => {
    const r = run('全市共有城乡低保对象7100户19800人。其中:3月份纳入低保2200户6100人,发放低保金280.5万元;3月份纳入低保4900户13700人,发放低保金410.2万元。');
    expect(r.records.map((x) => x.value)).toEqual([7100, 19800]);
    expect(reasons(r)).toContainEqual([280.5, 'ambiguous_breakdown']);
    expect(reasons(r)).toContainEqual([410.2, 'ambiguous_breakdown']);
  });

  test('a township’s share is a sub-region candidate', () => {
    const r = run('其中东关镇3户9人,救助资金21300元;');
    expect(r.records).toEqual([]);
    expect(reasons(r)).toContainEqual([21300, 'sub_region']);
  });

  test('an urban part of an indicator not split by 城市/农村', () => {
    const r = run('本月应发放80周岁以上城镇低保老年人高龄补贴费4200元。', '5月');
    expect(r.records).toEqual([]);
    expect(reasons(r)).toContainEqual([4200, 'subset']);
  });

  test('standards of a group of districts are not the city’s', () => {
    const r = run('东城区、西城区、北湖区城乡特困人员基本生活标准提高到每人每月1650元。');
    expect(r.records).toEqual([]);
    expect(reasons(r)).toContainEqual([1650, 'area_group']);
  });
});

describe('families and subjects', () => {
  test('a generic money word belongs to the only family the sentence names', () => {
    const r = run('12月份实施临时救助31户90人,发放救助资金18.4万元。', '12月');
    expect(facts(r.records)).toContainEqual(['temp_assist_funds', '', 18.4, '万元', '12月']);
  });

  test('a generic money word after several families stays the general one', () => {
    const r = run('全市有城乡低保10200户16100人,特困人员2900人,实施临时救助980人次,累计发放救助资金8120.5万元。');
    expect(r.records.find((x) => x.value === 8120.5)?.indicatorId).toBe('assist_funds');
  });

  test('a clause that names its subject in another unit does not borrow a subject from an earlier clause', () => {
    const r = run('以城乡低保、特困供养、临时救助为主要措施,1-10月共救助困难群众201300人次。');
    expect(r.records.filter((x) => x.value === 201300)).toEqual([]);
  });

  test('the second count of a pair shares the first one’s breakdown', () => {
    const r = run('共有农村低保户640户、低保对象1010人。');
    expect(facts(r.records)).toEqual([
      ['dibao_households', '农村', 640, '户', '全年'],
      ['dibao_persons', '农村', 1010, '人', '全年'],
    ]);
  });

  test('乡级行政区划单位 is the total, not 乡', () => {
    const r = run('全市共有乡级行政区划单位58个。');
    expect(facts(r.records)).toEqual([['township_level_units', '', 58, '个', '全年']]);
  });
});

describe('periods and amounts, more', () => {
  test('12月份… dates its own sentence only', () => {
    const r = run('12月份实施临时救助18户52人,发放临时救助资金9.8万元。全年共发放临时救助资金96.3万元。');
    expect(facts(r.records)).toEqual([
      ['temp_assist_funds', '', 9.8, '万元', '12月'],
      ['temp_assist_funds', '', 96.3, '万元', '全年'],
    ]);
  });

  test('the same figure stated again under its own period keeps that period only', () => {
    const r = run('今年以来,新增城乡低保180户301人。\n1-9月,我市新增城乡低保180户301人,累计发放资金3120.5万元。');
    expect(r.records.filter((x) => x.value === 301).map((x) => x.period)).toEqual(['1-9月']);
  });

  test('每人每月发放100元 is a standard-like amount, never the funds total', () => {
    const r = run('对80周岁以上低保老年人每人每月发放120元高龄补贴。');
    expect(r.records.filter((x) => x.value === 120 && x.unit === '元')).toEqual([]);
  });
});

describe('inferred context of monthly releases', () => {
  const { inferContext } = jest.requireActual('../../src/core/extract/context');
  test('the title month and 截至…月底 give year and period', () => {
    const a = inferContext('某市2021年8月民政事业统计数据监测报告\n截至2021年8月底,全市共有乡镇12个。', catalogue);
    expect(a.year?.value).toBe(2021);
    expect(a.period?.value).toBe('8月');
    const b = inferContext('截至2022年9月底:\n1.全省共有低保对象120万人。', catalogue);
    expect(b.year?.value).toBe(2022);
    expect(b.period?.value).toBe('1-9月');
  });
});

describe('spacing, pairs and aliases of real texts', () => {
  test('numbers set off by spaces (PDF copies): 每人每年 7800 元, 特困人员 380 人', () => {
    const r = run('城乡低保标准分别达到每人每年 7800 元、5700 元,全市共有特困人员 380 人。');
    expect(facts(r.records)).toEqual([
      ['dibao_std_urban', '', 7800, '元/人·年', '全年'],
      ['dibao_std_rural', '', 5700, '元/人·年', '全年'],
      ['tekun_persons', '', 380, '人', '全年'],
    ]);
  });

  test('生活补贴和护理补贴 4100 人 is one count over two subsidies', () => {
    const r = run('全市享受残疾人生活补贴和护理补贴4100人。');
    expect(r.records).toEqual([]);
    expect(reasons(r)).toContainEqual([4100, 'combined']);
  });

  test('五保户 are 特困人员; 乡镇、街道 is the total of township units', () => {
    const r = run('现有五保户365人。全市共有乡镇、街道120个,其中镇70个。');
    expect(facts(r.records)).toContainEqual(['tekun_persons', '农村', 365, '人', '全年']);
    expect(facts(r.records)).toContainEqual(['township_level_units', '', 120, '个', '全年']);
  });

  test('a 供养 amount after 集中供养… is a part, not the 特困 total', () => {
    const r = run('全市共有特困人员 380 人,集中供养 150 人,支出供养经费 190 余万元。');
    expect(r.records.filter((x) => x.value === 190)).toEqual([]);
  });
});
