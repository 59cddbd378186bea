// Styles met in a twenty-first corpus of published texts (county and city 民政局 notices of monthly and quarterly
// assistance, 民政统计 季报/月报 tables, marriage-registration statistics). Fixtures are written for these tests in
// our own words and numbers.
import { inferContext } from '../../src/core/extract/context';
import { catalogue, styleKit } from './styleKit';

const { run, facts, reasonOf } = styleKit('某市');

describe('marriage registrations of one group of parties', () => {
  test('内地居民结婚登记A对、离婚登记B对 are the residents’ share, not the totals', () => {
    const r = run('2023年,全市共办理结婚登记8350对、离婚登记3120对。全市办理内地居民结婚登记8211对、离婚登记3098对。');
    expect(facts(r.records)).toEqual([
      ['marriage_reg', '', 8350, '对', '全年'],
      ['divorce_reg', '', 3120, '对', '全年'],
    ]);
    expect(reasonOf(r, 8211)).toEqual(['subset']);
    expect(reasonOf(r, 3098)).toEqual(['subset']);
  });

  test('涉外及华侨结婚登记 is a share too', () => {
    const r = run('全年办理结婚登记8350对,涉外、涉港澳台居民及华侨结婚登记139对。');
    expect(facts(r.records)).toEqual([['marriage_reg', '', 8350, '对', '全年']]);
    expect(reasonOf(r, 139)).toEqual(['subset']);
  });

  test('结婚登记A对(含补办登记B对): A is the total, B inside the bracket a part', () => {
    const r = run('2023年,全省共办理结婚登记236410对(含补办登记30125对),较上年下降8.2%。');
    expect(facts(r.records)).toEqual([['marriage_reg', '', 236410, '对', '全年']]);
    expect(reasonOf(r, 30125)).toEqual(['subset']);
  });

  test('a late-registration drive is still no period total', () => {
    const r = run('为未办理结婚登记的420对夫妻补办了结婚登记。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 420)).toEqual(['scope']);
  });
});

describe('one month’s money in a report on a longer period', () => {
  const text = [
    '2023年9月,共有城乡特困供养人员512人。本月发放生活补贴金48.215万元,其中,城市特困供养生活补贴金30.104万元;农村特困供养生活补贴金18.111万元。',
    '截至2023年9月,累计发放城乡特困生活补贴金421.63万元,其中,城市特困供养生活补贴金265.2万元,农村特困供养生活补贴金156.43万元。',
    '城市本月新增特困供养人员3人,退出特困供养人员2人。',
  ].join('\n');

  test('the parts after 本月…其中 (and after its semicolon) are the month’s, not 1-9月 figures', () => {
    const r = run(text, '1-9月');
    expect(facts(r.records)).toEqual([
      ['tekun_persons', '', 512, '人', '1-9月'],
      ['tekun_funds', '', 421.63, '万元', '1-9月'],
      ['tekun_funds', '城市', 265.2, '万元', '1-9月'],
      ['tekun_funds', '农村', 156.43, '万元', '1-9月'],
    ]);
    for (const v of [48.215, 30.104, 18.111]) expect(reasonOf(r, v)).toEqual(['partial']);
  });

  test('an item after 本月新增A人 in the same sentence is the month’s too', () => {
    const r = run(text, '1-9月');
    expect(reasonOf(r, 2)).toEqual(['partial']);
  });

  test('累计 after 本月 in the sentence ends the month’s items', () => {
    const r = run('本月发放低保金52.3万元,1-9月累计发放低保金470.6万元。', '1-9月');
    expect(facts(r.records)).toEqual([
      ['dibao_monthly_funds', '', 52.3, '万元', '1-9月'],
      ['dibao_funds', '', 470.6, '万元', '1-9月'],
    ]);
  });
});

describe('the money of one group of children counted before it', () => {
  test('保障N名孤儿…,发放救济金A万元 is the orphans’ money, not all child funds', () => {
    const r = run('全年保障37名孤儿基本生活权益,累计发放救济金52.8万元。');
    // (the orphans' money is the orphan funds indicator's: 孤儿基本生活保障支出 is of the orphan family)
    expect(facts(r.records)).toEqual([
      ['orphan_persons', '', 37, '人', '全年'],
      ['orphan_living_funds', '', 52.8, '万元', '全年'],
    ]);
  });

  test('the group named before its count keeps its old reading', () => {
    const r = run('保障重点困境儿童269名,全市共发放资金40.5万元。');
    expect(reasonOf(r, 40.5)).toEqual(['subset']);
  });
});

describe('a programme heading on a line of its own', () => {
  const text = [
    '2023年9月社会救助开展情况如下:',
    '一、最低生活保障',
    '截至2023年9月,全市共保障城乡低保对象8120户、12406人;补助水平城市达到月人均652元,农村达到月人均318元;当月支出资金512.6万元。',
    '二、特困供养',
    '截至2023年9月,全市共保障城乡特困供养对象1530人;城市特困供养补助水平达到月人均1288元,农村特困供养补助水平达到月人均802元。',
    '三、临时救助',
    '2023年9月,全市临时救助共救助236人;人次均救助水平1105元。',
  ].join('\n');

  test('names the programme of the generic 补助水平 and 当月支出资金 in the paragraphs under it', () => {
    const r = run(text, '9月');
    expect(facts(r.records)).toEqual([
      ['dibao_households', '', 8120, '户', '9月'],
      ['dibao_persons', '', 12406, '人', '9月'],
      ['dibao_avg_subsidy', '城市', 652, '元/人·月', '9月'],
      ['dibao_avg_subsidy', '农村', 318, '元/人·月', '9月'],
      ['dibao_monthly_funds', '', 512.6, '万元', '9月'],
      ['tekun_persons', '', 1530, '人', '9月'],
      ['tekun_avg_subsidy', '城市', 1288, '元/人·月', '9月'],
      ['tekun_avg_subsidy', '农村', 802, '元/人·月', '9月'],
      ['temp_assist_avg', '', 1105, '元/人次', '9月'],
    ]);
  });

  test('a heading that is a sentence of its own paragraph does not reach past the next heading', () => {
    const r = run(['一、最低生活保障', '全市共保障低保对象8120户。', '二、其他工作', '补助水平达到月人均652元。'].join('\n'), '9月');
    expect(facts(r.records)).toEqual([['dibao_households', '', 8120, '户', '9月']]);
  });
});

describe('a numbered heading with other words ends the programme heading’s reach', () => {
  test('四、60年代精简退职老职工生活补助 is not 特困供养’s money', () => {
    const text = ['三、特困供养工作开展情况', '9月份在册特困供养人员412人。', '四、60年代精简退职老职工生活补助发放情况', '9月救助35人,发放生活补助0.78万元。'].join('\n');
    const r = run(text, '9月');
    expect(facts(r.records)).toEqual([['tekun_persons', '', 412, '人', '9月']]);
  });
});

describe('a table of programmes by measure (救助类别 | 救助标准 | 户数 | 人数 | 资金支出)', () => {
  const table = [
    '2023年5月社会救助资金使用情况 | ||||',
    '救助类别 | 救助标准 | 户数 | 人数 | 资金支出 (万元) |',
    '城市低保 | 760元/人/月 | 412 | 655 | 41.28 |',
    '农村低保 | 580元/人/月 | 208 | 317 | 15.06 |',
  ].join('\n');

  test('each row is its programme, each column its measure; the standard keeps the unit of its cell', () => {
    const r = run(table, '5月');
    expect(facts(r.records)).toEqual([
      ['dibao_std_urban', '', 760, '元/人·月', '5月'],
      ['dibao_households', '城市', 412, '户', '5月'],
      ['dibao_persons', '城市', 655, '人', '5月'],
      ['dibao_std_rural', '', 580, '元/人·月', '5月'],
      ['dibao_households', '农村', 208, '户', '5月'],
      ['dibao_persons', '农村', 317, '人', '5月'],
    ]);
  });

  test('资金支出 of a month’s table may be the month’s or the year to date: a candidate', () => {
    const r = run(table, '5月');
    expect(reasonOf(r, 41.28)).toEqual(['ambiguous_column']);
    expect(reasonOf(r, 15.06)).toEqual(['ambiguous_column']);
  });

  test('in a year’s table it is the year’s money', () => {
    const r = run(table.replace('2023年5月', '2023年'), '全年');
    expect(facts(r.records)).toContainEqual(['dibao_funds', '城市', 41.28, '万元', '全年']);
  });
});

describe('跨省婚姻登记 and its parts', () => {
  test('跨省婚姻登记A对 is the cross-province registrations; 跨省结婚登记 after 其中 a part of it', () => {
    const r = run('全年共办理跨省婚姻登记6120对。其中,跨省结婚登记5034对;跨省离婚登记1086对。');
    expect(facts(r.records)).toEqual([['marriage_cross_province', '', 6120, '对', '全年']]);
    expect(reasonOf(r, 5034)).toEqual(['subset']);
    expect(reasonOf(r, 1086)).toEqual(['subset']);
  });
});

describe('one sum for living and care subsidies', () => {
  test('发放生活、护理补贴资金A万元 is the 特困 money, not its care part', () => {
    const r = run('全市特困供养人员对象2105人,累计发放生活、护理补贴资金1320.4万元。');
    expect(facts(r.records)).toEqual([
      ['tekun_persons', '', 2105, '人', '全年'],
      ['tekun_funds', '', 1320.4, '万元', '全年'],
    ]);
  });

  test('a care fee listed after the living money is still the care part', () => {
    const r = run('发放特困供养生活补助105.2万元、护理补贴18.6万元。');
    expect(facts(r.records)).toEqual([['tekun_funds', '', 105.2, '万元', '全年']]);
    expect(reasonOf(r, 18.6)).toEqual(['subset']);
  });
});

describe('a standard stated as the income line it is, in force since an earlier date', () => {
  const text = '从2021年7月1日起,执行的城乡低保保障标准是:农村低保保障标准为家庭年人均纯收入5400元,城市低保保障标准为家庭月人均收入705元。';

  test('标准为家庭年人均纯收入A元 is the rural standard per person and year; 月人均收入 per month', () => {
    const r = run(text, '1-6月');
    expect(facts(r.records)).toEqual([
      ['dibao_std_rural', '', 5400, '元/人·年', '上半年'],
      ['dibao_std_urban', '', 705, '元/人·月', '上半年'],
    ]);
  });

  test('a rise dated to an earlier year (no 执行的) is still that year’s', () => {
    const r = run('从2021年7月1日起,城市低保标准提高到705元/人·月。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 705)).toEqual(['other_year']);
  });

  test('an income line of the means test is no standard', () => {
    const r = run('家庭月人均收入低于705元的,可以申请低保。');
    expect(r.records).toEqual([]);
  });
});

describe('a table of a city and its own counties names the city', () => {
  const table = [
    '州(市) | 县(市、区) | 孤儿数(人) | 事实无人抚养儿童数(人) |',
    '曲靖市 | 市本级 | 12 | 30 |',
    '麒麟区 | 41 | 96 |',
    '沾益区 | 22 | 75 |',
    '宣威市 | 63 | 180 |',
    '合计 | 138 | 381 |',
  ].join('\n');

  test('曲靖市 named once with three of its districts and cities is the text’s region', () => {
    expect(inferContext(table, catalogue).region?.name).toBe('曲靖市');
  });

  test('two of its counties are not enough', () => {
    const two = table.split('\n').filter((l) => !/宣威市/.test(l)).join('\n');
    expect(inferContext(two, catalogue).region).toBeUndefined();
  });

  test('a text speaking as a province (全省) is not the city’s', () => {
    expect(inferContext('全省孤儿保障情况如下。\n' + table, catalogue).region?.name).not.toBe('曲靖市');
  });
});
