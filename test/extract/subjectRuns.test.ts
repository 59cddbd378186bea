// A subject that carries over a list, and a period written in brackets after a value. Fixtures are written for these
// tests in our own words and numbers.
import { styleKit } from './styleKit';

describe('the area above opening a list in a city’s text', () => {
  const { run, facts, reasonOf } = styleKit('淄博市');

  test('去年全省共保障低保对象A万人,特困人员B万人: both are the province’s; 我市… after them is the city’s', () => {
    const r = run('会议通报,去年全省共保障城乡低保对象142.3万人,特困人员27.6万人。我市城乡低保对象8.1万人,特困人员1.5万人。');
    expect(reasonOf(r, 142.3)).toEqual(['other_region']);
    expect(reasonOf(r, 27.6)).toEqual(['other_region']);
    expect(facts(r.records)).toEqual([
      ['dibao_persons', '', 8.1, '万人', '全年'],
      ['tekun_persons', '', 1.5, '万人', '全年'],
    ]);
  });

  test('within one sentence, 我市 after the province’s list takes the subject back', () => {
    const r = run('今年全省新增低保对象3.2万人,特困人员0.6万人,我市新增低保对象2150人。');
    expect(reasonOf(r, 3.2)).toEqual(['other_region']);
    expect(reasonOf(r, 0.6)).toEqual(['other_region']);
    expect(facts(r.records)).toEqual([['dibao_new_persons', '', 2150, '人', '全年']]);
  });
});

describe('a period in brackets right after a value', () => {
  const { run, facts } = styleKit('某区');

  test('发放低保金A万元(1-9月累计) in a quarter’s brief is the year to date, the quarter’s new cases stay the quarter’s', () => {
    const r = run('三季度,全区新增低保对象43户77人,发放低保金1180万元(1-9月累计)。', 'Q3');
    expect(facts(r.records)).toEqual([
      ['dibao_new_households', '', 43, '户', 'Q3'],
      ['dibao_new_persons', '', 77, '人', 'Q3'],
      ['dibao_funds', '', 1180, '万元', '1-9月'],
    ]);
  });

  test('(截至6月底) after a count in a year’s text dates the stock', () => {
    const r = run('全区共有特困人员512人(截至6月底)。');
    expect(facts(r.records)).toEqual([['tekun_persons', '', 512, '人', '上半年']]);
  });
});

describe('the money of one month, quarter or batch named in the money word', () => {
  const { run, facts, reasonOf } = styleKit('某县');

  test('第四季度城乡低保金A万元 in a year’s text is one quarter’s payment', () => {
    const r = run('近日,县民政局将第四季度城乡低保金985万元发放到位。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 985)).toEqual(['partial']);
  });

  test('下拨11月份低保资金A万元 is one month’s', () => {
    const r = run('县民政局下拨11月份低保资金84万元。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 84)).toEqual(['partial']);
  });

  test('in a report on that month, the month’s money is the report’s', () => {
    const r = run('县民政局下拨11月份低保资金84万元。', '11月');
    expect(facts(r.records)).toEqual([['dibao_funds', '', 84, '万元', '11月']]);
  });

  test('下达第二批困难群众救助补助资金A万元 is one batch of an allocation', () => {
    const r = run('县财政下达第二批困难群众救助补助资金1730万元。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 1730)).toEqual(['partial']);
  });

  test('1-10月份累计…, 截至10月底… and 前三季度… are year-to-date flows, no single month or quarter', () => {
    const r = run('1-10月份累计发放低保资金870万元。截至10月底发放特困供养金105万元。前三季度发放临时救助金26万元。');
    expect(facts(r.records)).toEqual([
      ['dibao_funds', '', 870, '万元', '1-10月'],
      ['tekun_funds', '', 105, '万元', '1-10月'],
      ['temp_assist_funds', '', 26, '万元', '1-9月'],
    ]);
  });
});

describe('a document title on its own line', () => {
  const { run, facts } = styleKit('某市');

  test('a long title ending in 报告 is not a line wrapped into the first sentence', () => {
    const r = run('市人大常委会执法检查组关于检查养老服务条例贯彻实施情况的报告\n全市共有养老机构94家,床位1.32万张。');
    expect(facts(r.records)).toEqual([
      ['elder_institutions', '', 94, '家', '全年'],
      ['elder_inst_beds', '', 1.32, '万张', '全年'],
    ]);
  });
});

describe('floors, bounds and directives for the lower areas in a province’s text', () => {
  const { run, facts, reasonOf } = styleKit('山东省');

  test('各地城市低保标准不低于A元,农村低保标准不低于B元: both clauses are the lower areas’ floors', () => {
    const r = run('各地城市低保标准不低于每人每月720元,农村低保标准不低于每人每年6300元。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 720)).toEqual(['sub_region']);
    expect(reasonOf(r, 6300)).toEqual(['sub_region']);
  });

  test('…,全省平均标准为B元 after them is the province’s own', () => {
    const r = run('各市城市低保标准均不低于每人每月720元,全省城市低保平均标准为每人每月845元。');
    expect(facts(r.records)).toEqual([['dibao_std_urban', '', 845, '元/人·月', '全年']]);
  });

  test('指导各市将标准提高到不低于A元 is a directive to the cities', () => {
    const r = run('指导各市将城市低保标准提高到每人每月不低于720元。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 720)).toEqual(['sub_region']);
  });

  test('标准最低提高到A元,最高达到B元: the lowest and highest of the areas’ standards', () => {
    const r = run('全省城乡低保标准最低提高到每人每月690元,最高达到每人每月1120元。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 690)).toEqual(['sub_region']);
    expect(reasonOf(r, 1120)).toEqual(['sub_region']);
  });
});

describe('a list of increases, then the levels they reach', () => {
  const { run, facts, reasonOf } = styleKit('淄博市');

  test('城乡低保标准分别提高A元、B元,达到C元和D元: the increases are changes, the levels pair with 城市 and 农村', () => {
    const r = run('城乡低保标准分别提高45元、35元,达到每人每月905元和745元。');
    expect(reasonOf(r, 45)).toEqual(['change']);
    expect(reasonOf(r, 35)).toEqual(['change']);
    expect(facts(r.records)).toEqual([
      ['dibao_std_urban', '', 905, '元/人·月', '全年'],
      ['dibao_std_rural', '', 745, '元/人·月', '全年'],
    ]);
  });

  test('an increase listed with 、 after 提高 is an increase, never a level', () => {
    const r = run('城乡低保标准分别提高45元、35元。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 35)).toEqual(['change']);
  });
});

describe('the supply mode named in the clause of the standard’s name', () => {
  const { run, reasonOf } = styleKit('淄博市');

  test('集中供养特困人员基本生活标准按…1.3倍确定,即A元 is the standard of one mode, not the whole', () => {
    const r = run('集中供养特困人员基本生活标准按不低于当地城市低保标准的1.3倍确定,即每人每月1105元;分散供养按每人每月960元执行。');
    expect(r.records.map((x) => [x.indicatorId, x.breakdown, x.value])).toEqual([['tekun_std', '集中供养', 1105]]);
  });
});

describe('a span up to a month before 发放', () => {
  const { run, facts, reasonOf } = styleKit('某区');

  test.each([
    ['截至10月发放低保资金A万元', '截至10月发放低保资金912万元。'],
    ['截至2023年10月发放…', '截至2023年10月发放低保资金912万元。'],
    ['1-10月发放…', '1-10月发放低保资金912万元。'],
  ])('%s is the year to date, not one month', (_, text) => {
    expect(facts(run(text).records)).toEqual([['dibao_funds', '', 912, '万元', '1-10月']]);
  });

  test('下拨2023年10月份低保资金A万元 is still one month’s', () => {
    const r = run('下拨2023年10月份低保资金91万元。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 91)).toEqual(['partial']);
  });
});

describe('new admissions are a flow of their period', () => {
  const { run, facts } = styleKit('某县');

  test('6月份新纳入低保对象A户B人 in a half-year summary is June’s, not the half-year’s', () => {
    const r = run('6月份新纳入低保对象71户128人。', '上半年');
    expect(facts(r.records)).toEqual([
      ['dibao_new_households', '', 71, '户', '6月'],
      ['dibao_new_persons', '', 128, '人', '6月'],
    ]);
  });
});

describe('figures that read like a whole but are another thing', () => {
  const { run, reasonOf } = styleKit('某区');

  test('办理涉外婚姻登记A对,其中结婚登记B对,离婚登记C对: both parts are the foreign registrations', () => {
    const r = run('办理涉外婚姻登记41对,其中结婚登记36对,离婚登记5对。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 36)).toEqual(['subset']);
    expect(reasonOf(r, 5)).toEqual(['subset']);
  });

  test('低保边缘家庭人均收入以A元/月为基准线 is no 低保 standard', () => {
    const r = run('全区城市最低生活保障边缘家庭人均收入以1130元/月为基准线。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 1130)).toEqual(['scope']);
  });

  test('共成立新社会组织A家 is the year’s new ones, not the registered stock', () => {
    const r = run('全年共成立新社会组织212家。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 212)).toEqual(['new_vs_stock']);
  });
});

describe('the pair of a group of its own', () => {
  const { run, facts, reasonOf } = styleKit('某市');

  test('低保对象A户、支出型困难家庭B户C人: C is the other group’s persons, not 低保’s', () => {
    const r = run('全市共有低保对象2816户、支出型困难家庭11户27人。');
    expect(facts(r.records)).toEqual([['dibao_households', '', 2816, '户', '全年']]);
    expect(reasonOf(r, 27)).toEqual(['no_indicator']);
  });

  test('城市低保累计保障A人次B万元: the money of the programme named before the pair stays its own', () => {
    const r = run('城市低保累计保障9620人次402.5万元。');
    expect(facts(r.records)).toEqual([['dibao_funds', '城市', 402.5, '万元', '全年']]);
  });
});

describe('brackets after a whole', () => {
  const { run, facts, reasonOf } = styleKit('某州');

  test('城市低保对象A万人(其中易地扶贫搬迁B万人): the bracketed part is a subset, even with the whole’s side inherited', () => {
    const r = run('城市低保对象4.2万人(其中易地扶贫搬迁农转城3.1万人)。');
    expect(facts(r.records)).toEqual([['dibao_persons', '城市', 4.2, '万人', '全年']]);
    expect(reasonOf(r, 3.1)).toEqual(['subset']);
  });

  test('(其中城市A户、农村B户) still gives the sides', () => {
    const r = run('全州低保对象5120户(其中城市1030户、农村4090户)。');
    expect(facts(r.records)).toEqual([
      ['dibao_households', '', 5120, '户', '全年'],
      ['dibao_households', '城市', 1030, '户', '全年'],
      ['dibao_households', '农村', 4090, '户', '全年'],
    ]);
  });

  test('集中供养率达A%(省厅要求不低于B%): the requirement is a target', () => {
    const r = run('失能特困人员集中供养率达72.3%(省厅要求不低于65%)。');
    expect(reasonOf(r, 65)).toEqual(['plan']);
  });
});

describe('a comparison with the area above', () => {
  test('淄博市…为A元,高于全省平均水平: the city’s own standard; in the province’s text it is a part’s', () => {
    const text = '淄博市城市低保标准为每人每月915元,高于全省平均水平105元。';
    expect(styleKit('淄博市').run(text).records.map((r) => [r.indicatorId, r.value])).toEqual([['dibao_std_urban', 915]]);
    expect(styleKit('山东省').run(text).records).toEqual([]);
  });
});

describe('numbers and units spaced out by a PDF copy', () => {
  const { run, facts } = styleKit('某市');

  test('3 126.5万元: a space as the thousands separator before the decimals', () => {
    expect(facts(run('全年发放低保金4 208.6万元。').records)).toEqual([['dibao_funds', '', 4208.6, '万元', '全年']]);
  });

  test('3126.5 万 元: a space between 万 and the unit', () => {
    expect(facts(run('全年发放低保金4208.6 万 元。').records)).toEqual([['dibao_funds', '', 4208.6, '万元', '全年']]);
  });
});

describe('Chinese numerals, ranges and 月 in a span', () => {
  const { run, facts, reasonOf } = styleKit('某市');

  test('一万二千人 is 12000, not 2000', () => {
    expect(facts(run('全市共有低保对象一万三千人。').records)).toEqual([['dibao_persons', '', 13000, '人', '全年']]);
  });

  test('约A至B人 is a range, no figure', () => {
    const r = run('全市低保对象约2800至3300人。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 3300)).toEqual([]);
  });

  test('1-6月发放低保金A万元 is the half-year’s spending, not one month’s payment', () => {
    expect(facts(run('1-6月发放低保金1045万元。', '上半年').records)).toEqual([['dibao_funds', '', 1045, '万元', '上半年']]);
  });

  test('每月发放低保金A万元 stays the monthly payment', () => {
    expect(facts(run('每月发放低保金86万元。').records).map((x) => x[0])).toEqual(['dibao_monthly_funds']);
  });
});

describe('a side word standing alone before each value', () => {
  const { run, facts } = styleKit('某市');

  test('低保标准城市A元/月、农村B元/年: each side’s standard, in its own unit', () => {
    expect(facts(run('低保标准城市935元/月、农村7440元/年。').records)).toEqual([
      ['dibao_std_urban', '', 935, '元/人·月', '全年'],
      ['dibao_std_rural', '', 7440, '元/人·年', '全年'],
    ]);
  });

  test('特困供养标准:城市A元/月,农村B元/月', () => {
    expect(facts(run('特困供养标准:城市1215元/月,农村968元/月。').records)).toEqual([
      ['tekun_std_urban', '', 1215, '元/人·月', '全年'],
      ['tekun_std_rural', '', 968, '元/人·月', '全年'],
    ]);
  });
});

describe('a group among the programme’s people', () => {
  const { run, facts, reasonOf } = styleKit('某市');

  test('低保对象中,老年人A人: one group of them, not the whole', () => {
    const r = run('低保对象中,老年人1370人,残疾人905人。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 1370)).toEqual(['subset']);
  });

  test('低保家庭中有重度残疾人的A户', () => {
    const r = run('低保家庭中有重度残疾人的284户。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 284)).toEqual(['subset']);
  });

  test('低保对象中共有A人 is the whole', () => {
    expect(facts(run('全市低保对象中共有3820人。').records)).toEqual([['dibao_persons', '', 3820, '人', '全年']]);
  });
});

describe('one level’s share of the money', () => {
  const { run, facts, reasonOf } = styleKit('某县');

  test.each(['县级配套低保资金A万元', '中央补助低保资金A万元', '市级财政安排低保资金A万元'])('%s is a share, not the total', (label) => {
    const r = run(label.replace('A', '612') + '。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 612)).toEqual(['subset']);
  });

  test('河北省民政事业费… and 全县低保资金… stay whole', () => {
    expect(facts(run('全县低保资金3015万元。').records)).toEqual([['dibao_funds', '', 3015, '万元', '全年']]);
  });
});

describe('the programme’s own people named after its name', () => {
  const { run, facts, reasonOf } = styleKit('某市');

  test('享受高龄津贴的老年人A万人 is the allowance’s people, not a group of them', () => {
    expect(facts(run('全市享受高龄津贴的老年人5.9万人。').records)).toEqual([['elder_age_allowance_persons', '', 5.9, '万人', '全年']]);
  });

  test('低保家庭老年人A户 is still a group of the 低保 households', () => {
    expect(reasonOf(run('低保家庭老年人572户。'), 572)).toEqual(['subset']);
  });

  test('各类社会组织A家 is all of them; 公益慈善类社会组织 is one field', () => {
    expect(facts(run('全市共有各类社会组织2980家。').records)).toEqual([['social_orgs', '', 2980, '家', '全年']]);
    expect(reasonOf(run('公益慈善类社会组织135家。'), 135)).toEqual(['subset']);
  });
});

describe('为<children>发放<living allowance>', () => {
  const { run, facts } = styleKit('某市');

  test('为孤儿发放基本生活费A万元 / 为事实无人抚养儿童发放基本生活补贴B万元 are those programmes’ money', () => {
    expect(facts(run('全年为孤儿发放基本生活费231万元,为事实无人抚养儿童发放基本生活补贴157万元。').records)).toEqual([
      ['orphan_living_funds', '', 231, '万元', '全年'],
      ['fmcare_living_funds', '', 157, '万元', '全年'],
    ]);
  });
});

describe('为<A>名<group>发放<its regular payment>', () => {
  const { run, facts, reasonOf } = styleKit('某市');

  test('全年为A万名困难残疾人发放生活补贴 counts the programme’s people', () => {
    expect(facts(run('全年为1.4万名困难残疾人发放生活补贴。').records)).toEqual([['disab_living_persons', '', 1.4, '万人', '全年']]);
  });

  test('a one-off or a gift to the group stays an action', () => {
    expect(reasonOf(run('为1900名低保对象发放一次性生活补贴。'), 1900)).toEqual(['action']);
    expect(reasonOf(run('为260名分散供养特困人员发放防暑物资。'), 260)).toEqual(['action']);
  });
});

describe('a programme’s label before a colon', () => {
  const { run, facts, reasonOf } = styleKit('某市');

  test('城市低保:A户B人;农村低保:C户D人;特困供养:E人', () => {
    expect(facts(run('城市低保:1180户1935人;农村低保:4620户7710人;特困供养:1415人。').records)).toEqual([
      ['dibao_households', '城市', 1180, '户', '全年'],
      ['dibao_persons', '城市', 1935, '人', '全年'],
      ['dibao_households', '农村', 4620, '户', '全年'],
      ['dibao_persons', '农村', 7710, '人', '全年'],
      ['tekun_persons', '', 1415, '人', '全年'],
    ]);
  });

  test('a colon after a requirement is no label', () => {
    expect(reasonOf(run('会议要求:城市低保1180户。'), 1180)).toEqual(['plan']);
  });
});

describe('新建 names the new counterpart where the catalogue has one', () => {
  const { run, facts } = styleKit('某市');

  test('今年新建老年食堂A个,全市老年食堂达到B个: the new ones and the stock', () => {
    expect(facts(run('今年新建老年食堂26个,全市老年食堂达到174个。').records)).toEqual([
      ['elder_meal_points_new', '', 26, '个', '全年'],
      ['elder_meal_points', '', 174, '个', '全年'],
    ]);
  });
});

describe('该区/该县 stands for the region named before it', () => {
  const text = '在全市民政工作会议上,张店区作典型发言,该区现有低保对象2375户。';

  test('in the city’s text, or a sibling district’s, it is that district’s figure', () => {
    expect(styleKit('淄博市').reasonOf(styleKit('淄博市').run(text), 2375)).toEqual(['other_region']);
    expect(styleKit('淄川区').run(text).records).toEqual([]);
  });

  test('in the district’s own text it is its own', () => {
    const { run, facts } = styleKit('张店区');
    expect(facts(run(text).records)).toEqual([['dibao_households', '', 2375, '户', '全年']]);
  });
});

describe('the whole of a lower area named right before', () => {
  test('张店区:全区低保对象A户 in the city’s text is the district’s; in the district’s own text it is its own', () => {
    const text = '张店区:全区低保对象2375户。';
    expect(styleKit('淄博市').reasonOf(styleKit('淄博市').run(text), 2375)).toEqual(['other_region']);
    expect(styleKit('张店区').facts(styleKit('张店区').run(text).records)).toEqual([['dibao_households', '', 2375, '户', '全年']]);
  });

  // (this pinned the opposite before: a city given for a district's text filed the district's figures as the city's)
  test('a bare 全区/我区 with no district named speaks as a lower region: held, not the city\'s', () => {
    const { run, reasonOf } = styleKit('淄博市');
    expect(run('全区低保对象2375户。').records).toHaveLength(0);
    expect(reasonOf(run('全区低保对象2375户。'), 2375)).toEqual(['other_region']);
    expect(reasonOf(run('2023年,我区共有特困人员218人。'), 218)).toEqual(['other_region']);
    expect(run('全市低保对象2375户。').records).toHaveLength(1);
  });

  test('我市 in a province\'s text is a city\'s; 全区 in an autonomous region\'s is its own', () => {
    expect(styleKit('山东省').run('我市城市低保对象5230人。').records).toHaveLength(0);
    expect(styleKit('广西壮族自治区').run('全区城市低保对象5230人。').records).toHaveLength(1);
    expect(styleKit('喀什地区').run('全区城市低保对象5230人。').records).toHaveLength(1);
  });
});

describe('the old value after 由 with a time of its own', () => {
  const { run, facts } = styleKit('某市');

  test('由上年末的A人减少至B人 files B only', () => {
    expect(facts(run('城市低保人数由上年末的2230人减少至2085人。').records)).toEqual([['dibao_persons', '城市', 2085, '人', '全年']]);
  });

  test('由年初的A元提高到B元 files B only', () => {
    expect(facts(run('城市低保标准由年初的790元提高到835元。').records)).toEqual([['dibao_std_urban', '', 835, '元/人·月', '全年']]);
  });
});

describe('the takings of a drive launched in the sentence', () => {
  const { run, facts, reasonOf } = styleKit('某市');

  test('市慈善总会发起“暖冬行动”,累计募集善款A万元 is the drive’s', () => {
    const r = run('市慈善总会发起“冬日送暖”行动,累计募集善款285万元。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 285)).toEqual(['scope']);
  });

  test('…,全市慈善总会募集善款A亿元 after a day’s activity is the year’s', () => {
    const r = run('开展“中华慈善日”主题活动,展示慈善项目12个,全市慈善总会募集善款(物)1.37亿元。');
    expect(facts(r.records)).toEqual([['charity_donations', '', 1.37, '亿元', '全年']]);
  });
});

describe('a first measurement holdout’s misreadings, in our own words', () => {
  test('散居孤儿、事实无人抚养儿童养育标准…提高至A元: each group’s standard, the orphans’ with their 散居 breakdown', () => {
    const { run, facts } = styleKit('某市');
    expect(facts(run('散居孤儿、事实无人抚养儿童养育标准从1760元/月/人提高至1830元/月/人。').records)).toEqual([
      ['fmcare_std', '', 1830, '元/人·月', '全年'],
      ['orphan_std', '社会散居', 1830, '元/人·月', '全年'],
    ]);
  });

  test('急难型临时救助每次不低于A元 is an amount per time, no total', () => {
    const { run, reasonOf } = styleKit('某县');
    const r = run('急难型临时救助每次应当不低于1860元。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 1860)).toEqual(['no_indicator']);
  });

  test('去年,… in a report on one month is the year before; in a year’s report it stays the report’s', () => {
    const { run, reasonOf } = styleKit('某县');
    expect(reasonOf(run('去年,县慈善总会共募集善款4820万元。', '1月'), 4820)).toEqual(['other_year']);
    expect(run('去年,县慈善总会共募集善款4820万元。', '全年').records).toHaveLength(1);
  });

  test('…社会救助及残疾人两贴资金…,累计发放各类救助资金A万元,惠及B人: those who benefited from both schemes', () => {
    const { run, reasonOf } = styleKit('某区');
    expect(reasonOf(run('将社会救助及残疾人两贴资金发放权限下放至街道,累计发放各类救助资金1450万元,惠及4600余人。', '上半年'), 4600)).toEqual(['combined']);
  });
});
