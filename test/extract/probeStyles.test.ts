// Styles found by probing the extractor with short texts written for these tests, in our own words and numbers.
import { styleKit } from './styleKit';

describe('the two disability subsidies and their groups', () => {
  const { run, facts } = styleKit('某市');

  test('…两项补贴标准…,惠及困难残疾人A人、重度残疾人B人: each group is the recipients of its own subsidy', () => {
    const r = run('困难残疾人生活补贴标准每人每月90元,重度残疾人护理补贴标准每人每月110元,全年惠及困难残疾人1.2万人、重度残疾人1.5万人。');
    expect(facts(r.records)).toEqual([
      ['disab_living_std', '', 90, '元/人·月', '全年'],
      ['disab_care_std', '', 110, '元/人·月', '全年'],
      ['disab_living_persons', '', 1.2, '万人', '全年'],
      ['disab_care_persons', '', 1.5, '万人', '全年'],
    ]);
  });

  test('a count of severely disabled people with no subsidy named is no recipient count', () => {
    expect(run('全市有重度残疾人2.3万人。').records).toEqual([]);
  });
});

describe('a standard set by reference to another', () => {
  const { run, facts, reasonOf } = styleKit('某市');

  test('…事实无人抚养儿童…标准与孤儿一致,每人每月A元: the children named first, not the orphans compared with', () => {
    expect(facts(run('事实无人抚养儿童基本生活补贴标准与孤儿一致,每人每月1250元。').records)).toEqual([['fmcare_std', '', 1250, '元/人·月', '全年']]);
    expect(facts(run('事实无人抚养儿童基本生活费标准参照孤儿执行,每人每月1250元。').records)).toEqual([['fmcare_std', '', 1250, '元/人·月', '全年']]);
  });

  test('a reference with no subject before it is held back', () => {
    const r = run('标准参照孤儿,每人每月1250元。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 1250)).toEqual(['no_indicator']);
  });

  test('与上年相同 compares with the year before and joins no second programme', () => {
    expect(facts(run('城市低保标准与上年相同,为每人每月780元。').records)).toEqual([['dibao_std_urban', '', 780, '元/人·月', '全年']]);
  });
});

describe('levels after a change, shares of a level of government, averages and superlatives', () => {
  const { run, facts, reasonOf } = styleKit('济南市');

  test('…资金比上年增长A%,达到B亿元: B is the money named before the change', () => {
    const r = run('全年社会救助资金比上年增长8%,达到3.4亿元。');
    expect(facts(r.records)).toEqual([['assist_funds', '', 3.4, '亿元', '全年']]);
  });

  test('其中中央资金A亿元 after a whole that was not read is a share, never the whole', () => {
    const r = run('全年社会救助资金比上年增长1.5倍,共计3.4亿元,其中中央资金1.9亿元。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 1.9)).toEqual(['subset']);
  });

  test('人均月补助 after 城市低保 is no standard: it is the average paid', () => {
    const r = run('城市低保人均月补助约470元。');
    expect(r.records.map((x) => [x.indicatorId, x.breakdown, x.value, x.qualifier])).toEqual([['dibao_avg_subsidy', '城市', 470, '约']]);
  });

  test('the highest or lowest standard among the areas below, the superlative in the clause before the value', () => {
    for (const text of ['全市10个县区中,历城区低保标准最高,为每人每月880元。', '全市低保标准最高的是历城区,为每人每月880元。']) {
      const r = run(text);
      expect(r.records).toEqual([]);
      expect(reasonOf(r, 880)).toEqual(['sub_region']);
    }
    expect(facts(run('城市最低生活保障标准,为每人每月880元。').records)).toEqual([['dibao_std_urban', '', 880, '元/人·月', '全年']]);
  });
});

describe('a side word opening the clause of a standard set by a rule', () => {
  const { run, facts } = styleKit('某市');

  test('特困供养标准按不低于低保标准1.3倍确定,城市为A元,农村为B元: each side its own standard', () => {
    const r = run('特困供养标准按不低于当地低保标准1.3倍确定,城市为每人每月1080元,农村为每人每年9600元。');
    expect(facts(r.records)).toEqual([
      ['tekun_std_urban', '', 1080, '元/人·月', '全年'],
      ['tekun_std_rural', '', 9600, '元/人·年', '全年'],
    ]);
  });
});

describe('the flow of an epidemic or a flood season', () => {
  const { run, facts, reasonOf } = styleKit('某市');

  test('疫情期间,…累计发放临时救助金A万元 is that span’s money, not the year’s', () => {
    const r = run('疫情防控期间,全市累计发放临时救助金215万元。', '全年', 2020);
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 215)).toEqual(['scope']);
  });

  test('the year’s money before 其中疫情期间 stays the year’s', () => {
    const r = run('全年发放临时救助金640万元,其中疫情期间发放215万元。', '全年', 2020);
    expect(facts(r.records)).toEqual([['temp_assist_funds', '', 640, '万元', '全年']]);
  });
});

describe('marriage registrations under the bare words', () => {
  const { run, facts, reasonOf } = styleKit('某区');

  test('登记结婚A对,离婚B对: both registrations', () => {
    expect(facts(run('全年登记结婚1980对,离婚740对。').records)).toEqual([
      ['marriage_reg', '', 1980, '对', '全年'],
      ['divorce_reg', '', 740, '对', '全年'],
    ]);
  });

  test('the couples of one ceremony are no year’s registrations', () => {
    const r = run('举办集体婚礼,结婚48对。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 48)).toEqual(['scope']);
  });
});

describe('an average level with its period named before it', () => {
  const { run, facts } = styleKit('某县');

  test('年人均补差A元 is yearly, 月人均补差B元 monthly', () => {
    const r = run('农村低保对象2900户5100人,年人均补差2960元;城市低保对象480户860人,月人均补差405元。');
    expect(facts(r.records)).toEqual([
      ['dibao_households', '农村', 2900, '户', '全年'],
      ['dibao_persons', '农村', 5100, '人', '全年'],
      ['dibao_avg_subsidy', '农村', 2960, '元/人·年', '全年'],
      ['dibao_households', '城市', 480, '户', '全年'],
      ['dibao_persons', '城市', 860, '人', '全年'],
      ['dibao_avg_subsidy', '城市', 405, '元/人·月', '全年'],
    ]);
  });
});

describe('an old value dated by the year before, and the new value after it', () => {
  const { run, facts, reasonOf } = styleKit('某市');

  test('由上一年的A减少到B in the report year: B is this year’s, A the year before’s', () => {
    const r = run('全市低保对象由2022年的3.3万人减少到2.9万人。城市低保标准由2022年的每人每月790元提高到860元。');
    expect(facts(r.records)).toEqual([
      ['dibao_persons', '', 2.9, '万人', '全年'],
      ['dibao_std_urban', '', 860, '元/人·月', '全年'],
    ]);
    expect(reasonOf(r, 3.3)).toEqual(['other_year']);
  });

  test('an old value two years back leaves the new one undated (it may be the year between)', () => {
    const r = run('全市低保对象由2021年的3.3万人减少到2.9万人。');
    expect(r.records).toEqual([]);
  });
});

describe('the area above’s list and the text’s own after it, and differences from an average', () => {
  const { run, facts, reasonOf } = styleKit('济南市');

  test('全省…分别达到A元和B元,我市分别为C元和D元: the province’s list held back, the city’s filed with the same names', () => {
    const r = run('全省城乡低保平均标准分别达到每人每月770元和610元,我市分别为830元和690元。');
    expect(facts(r.records)).toEqual([
      ['dibao_std_urban', '', 830, '元/人·月', '全年'],
      ['dibao_std_rural', '', 690, '元/人·月', '全年'],
    ]);
    expect(reasonOf(r, 770)).toEqual(['other_region']);
    expect(reasonOf(r, 610)).toEqual(['other_region']);
  });

  test('较全省平均水平高A元 / 高出全省平均水平A元: a difference, not a standard', () => {
    for (const text of ['我市低保标准较全省平均水平高45元。', '我市城市低保标准为830元,高出全省平均水平45元。']) {
      const r = run(text);
      expect(r.records.filter((x) => x.value === 45)).toEqual([]);
      expect(reasonOf(r, 45)).toEqual(['change']);
    }
  });
});

describe('the area above’s lists without 分别', () => {
  const { run, reasonOf } = styleKit('济南市');

  test('全省城乡低保标准提高到A元、B元 and 全省自理、半自理…标准A元、B元、C元 in a city’s text are the province’s', () => {
    const r = run('全省城乡低保标准提高到每人每月760元、600元。全省自理、半自理和完全不能自理特困人员照料护理标准每人每月110元、320元、820元。');
    expect(r.records).toEqual([]);
    for (const v of [760, 600, 110, 320, 820]) expect(reasonOf(r, v)).toEqual(['other_region']);
  });

  test('2022年、2023年,全省…分别为A元、B元: the report year’s item is still the province’s', () => {
    const r = run('2022年、2023年,全省城市低保平均标准分别为每人每月705元、748元。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 748)).toEqual(['other_region']);
  });
});

describe('a table compiled by another region', () => {
  const table = [
    '2019年5月社会服务统计月报',
    '编制单位:山东省民政厅 2019年5月',
    '指标名称 单位 数量 上期 环比',
    '城市低保人数 人 65,210 65,530 -0.49',
    '农村低保人数 人 380,400 381,200 -0.21',
  ].join('\n');

  test('the province’s table pasted into a city’s text: its figures stay candidates, with the compiling unit named', () => {
    const r = styleKit('济南市').run(table, '1-5月', 2019);
    expect(r.records).toEqual([]);
    const current = r.candidates.filter((c) => c.reason === 'other_region');
    expect(current.map((c) => c.value)).toEqual([65210, 380400]);
    expect(current[0].message).toContain('表格编制单位为“山东省”');
  });

  test('a title opening with another region (山东省2019年5月…月报) marks the table as that region’s too', () => {
    const titled = ['山东省2019年5月社会服务统计月报', '指标名称 单位 数量 上期 环比', '城市低保人数 人 65,210 65,530 -0.49'].join('\n');
    const r = styleKit('济南市').run(titled, '1-5月', 2019);
    expect(r.records).toEqual([]);
    expect(r.candidates.filter((c) => c.reason === 'other_region').map((c) => c.value)).toEqual([65210]);
    expect(styleKit('山东省').run(titled, '1-5月', 2019).records.map((x) => x.value)).toEqual([65210]);
  });

  test('the same table in the province’s own text is read', () => {
    const r = styleKit('山东省').run(table, '1-5月', 2019);
    expect(r.records.map((x) => [x.indicatorId, x.breakdown, x.value])).toEqual([
      ['dibao_persons', '城市', 65210],
      ['dibao_persons', '农村', 380400],
    ]);
  });
});

describe('a text whose title or clause names the area above', () => {
  test('山东省…统计公报 given as a city’s text: clauses with no subject of the city’s own are the province’s', () => {
    const text = '山东省2023年民政事业发展统计公报\n全年共办理结婚登记50.6万对,离婚登记12.4万对。\n济南市全年办理结婚登记4.1万对。';
    const r = styleKit('济南市').run(text);
    expect(r.records.map((x) => [x.indicatorId, x.value])).toEqual([['marriage_reg', 4.1]]);
    expect(r.candidates.filter((c) => c.reason === 'other_region').map((c) => c.value)).toEqual([50.6, 12.4]);
    expect(styleKit('山东省').run(text).records.map((x) => x.value)).toEqual([50.6, 12.4]);
  });

  test('年末全省… in a city’s text is the province’s, 年末全市… the city’s', () => {
    const r = styleKit('济南市').run('年末全省共有城市低保对象8.3万人。年末全市共有城市低保对象1.2万人。');
    expect(r.records.map((x) => x.value)).toEqual([1.2]);
  });
});

describe('a month’s money and the year to date after a semicolon', () => {
  const { run, facts } = styleKit('某市');

  test('当月支出城市低保资金A万元;1-3月累计支出B万元: B is the same money from January', () => {
    const r = run('3月份,全市城市低保对象1.1万人,当月支出城市低保资金1150万元;1-3月累计支出3420万元。', 'Q1');
    expect(facts(r.records)).toEqual([
      ['dibao_persons', '城市', 1.1, '万人', 'Q1'],
      ['dibao_monthly_funds', '城市', 1150, '万元', 'Q1'],
      ['dibao_funds', '城市', 3420, '万元', 'Q1'],
    ]);
  });
});
