// Styles met in the corpus27 measurement set after its first run (misses there, no wrong figure). Fixtures are
// written for these tests in our own words and numbers.
import { styleKit } from './styleKit';

describe('城镇 as the urban side of a standard', () => {
  const { run, facts } = styleKit('某市');

  test('城镇最低生活保障标准从上年的每人每月A元提高到B元 is the urban standard, B', () => {
    const r = run('全市城镇最低生活保障标准从上年的每人每月600元提高到680元,农村最低生活保障标准从上年的每人每月450元提高到500元。');
    expect(facts(r.records)).toEqual([
      ['dibao_std_urban', '', 680, '元/人·月', '全年'],
      ['dibao_std_rural', '', 500, '元/人·月', '全年'],
    ]);
  });

  test('城镇特困供养标准 is the urban 特困 standard', () => {
    const r = run('城镇特困供养标准为每人每月1020元。');
    expect(facts(r.records)).toEqual([['tekun_std_urban', '', 1020, '元/人·月', '全年']]);
  });
});

describe('a kind of institution under 其中 after the institutions providing accommodation', () => {
  const { run, facts, reasonOf } = styleKit('某市');

  test('…提供住宿的机构A个,床位B张,其中,养老机构C家,床位D张: C is the elderly-care institutions, D their own beds', () => {
    const r = run('年末全市共有各类提供住宿的社会服务机构412个,床位6.3万张,其中,养老机构388家,床位5.9万张。在全市养老机构中,由社会力量举办的有150家。');
    expect(facts(r.records)).toEqual([
      ['accommodation_institutions', '', 412, '个', '全年'],
      ['accommodation_beds', '', 6.3, '万张', '全年'],
      ['elder_institutions', '', 388, '家', '全年'],
      ['elder_inst_beds', '', 5.9, '万张', '全年'],
    ]);
    expect(reasonOf(r, 150)).toEqual(['subset']);
  });

  test('社区老年人助餐服务点A个 is the meal points', () => {
    const r = run('全市建有社区老年人助餐服务点265个。');
    expect(facts(r.records)).toEqual([['elder_meal_points', '', 265, '个', '全年']]);
  });
});

describe('a region with pastoral areas, averages and care tiers named by the loss of self-care', () => {
  const { run, facts } = styleKit('某自治区');

  test('农村牧区低保平均标准 is the rural standard, not a second urban figure', () => {
    const r = run('全区城市低保平均标准为每人每月790元,农村牧区低保平均标准为7100元/年。');
    expect(facts(r.records)).toEqual([
      ['dibao_std_urban', '', 790, '元/人·月', '全年'],
      ['dibao_std_rural', '', 7100, '元/人·年', '全年'],
    ]);
  });

  test('特困人员基本生活平均标准为城市A元/月、农村牧区B元/年: each side its own standard', () => {
    const r = run('特困人员基本生活平均标准为城市1040元/月、农村牧区8300元/年。');
    expect(facts(r.records)).toEqual([
      ['tekun_std_urban', '', 1040, '元/人·月', '全年'],
      ['tekun_std_rural', '', 8300, '元/人·年', '全年'],
    ]);
  });

  test('部分丧失生活自理能力 is the half tier (not 自理, whose alias 生活自理 it contains), 完全丧失… the full one', () => {
    const r = run('部分丧失生活自理能力照料护理平均标准为480元/月,完全丧失生活自理能力照料护理平均标准为1230元/月。');
    expect(facts(r.records)).toEqual([
      ['tekun_care_std', '半自理', 480, '元/人·月', '全年'],
      ['tekun_care_std', '完全不能自理', 1230, '元/人·月', '全年'],
    ]);
    expect(facts(run('部分丧失生活自理能力的照料护理标准为每人每月480元。').records)).toEqual([['tekun_care_std', '半自理', 480, '元/人·月', '全年']]);
  });
});

describe('the year so far, to a month named after 以来 or 年初', () => {
  const { run, facts } = styleKit('某县');

  test.each([
    ['今年以来至10月底,全县共销售各类福利彩票8650万元。'],
    ['今年以来截至10月底,全县共销售福利彩票8650万元。'],
    ['自年初至10月底,全县共销售福利彩票8650万元。'],
  ])('%s is January to October in a year’s text', (text) => {
    expect(facts(run(text).records)).toEqual([['lottery_sales', '', 8650, '万元', '1-10月']]);
  });
});

describe('a monthly table, space-separated, with the spending of each programme and its parts', () => {
  const { run, facts } = styleKit('某省');

  test('城市低保支出 is the urban 低保 money, (1)城市低保金 under it the allowance paid, not a rival reading', () => {
    const text = [
      '2021年4月社会服务统计月报',
      '指标名称 单位 数量 上期 环比',
      '城市低保支出 万元 12,400.5 9,300.2 33.34',
      '(1)城市低保金 万元 11,200.3 8,400.1 33.34',
      '(2)城市低保临时补助 万元 1,200.2 900.1 33.34',
      '农村低保支出 万元 40,300.6 30,200.4 33.44',
      '(1)农村低保金 万元 37,100.2 27,800.3 33.45',
    ].join('\n');
    expect(facts(run(text, '1-4月', 2021).records)).toEqual([
      ['dibao_funds', '城市', 12400.5, '万元', '1-4月'],
      ['dibao_allowance_paid', '城市', 11200.3, '万元', '1-4月'],
      ['dibao_temp_subsidy', '城市', 1200.2, '万元', '1-4月'],
      ['dibao_funds', '农村', 40300.6, '万元', '1-4月'],
      ['dibao_allowance_paid', '农村', 37100.2, '万元', '1-4月'],
    ]);
  });
});
