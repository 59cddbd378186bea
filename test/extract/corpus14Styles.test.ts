// Styles met in a fourteenth corpus of published texts (a regional press release on ten years, a provincial monthly
// summary of social assistance, a national cremation report, allowance news). Fixtures are written for these tests in
// our own words and numbers.
import { extractRecords } from '../../src/core/extract/extract';
import { catalogue, styleKit } from './styleKit';

const { run, facts, reasonOf } = styleKit('某县');

describe('a group of provinces or counties named by their number is not the area', () => {
  test('六省火化A万具: a candidate with its reason; the area figure is filed', () => {
    const r = run('全年火化遗体188.6万具。六省火化79.4万具,占总数的四成。');
    expect(facts(r.records)).toEqual([['cremations', '', 188.6, '万具', '全年']]);
    expect(reasonOf(r, 79.4)).toEqual(['scope']);
  });
});

describe('a clause opening with another region is that region’s figure', () => {
  test('in a national text, 江西全省火化A万具 is a candidate', () => {
    const r = styleKit('全国').run('全年火化遗体188.6万具。江西全省火化遗体12.3万具。');
    expect(facts(r.records)).toEqual([['cremations', '', 188.6, '万具', '全年']]);
    expect(reasonOf(r, 12.3)).toEqual(['other_region']);
  });
  test('a chain of names ending in the text’s own region is the region (唐山市丰南区…); the parent alone is not', () => {
    const k = styleKit('丰南区');
    expect(facts(k.run('唐山市丰南区发放高龄津贴512.3万元。').records)).toEqual([['elder_age_allowance_funds', '', 512.3, '万元', '全年']]);
    expect(k.reasonOf(k.run('唐山市发放高龄津贴3512.3万元。'), 3512.3)).toEqual(['other_region']);
  });
  test('全州有… in a prefecture’s text is the whole prefecture (not a county named 全州)', () => {
    const r = styleKit('临夏回族自治州').run('全州有特困供养对象5120人。');
    expect(facts(r.records)).toEqual([['tekun_persons', '', 5120, '人', '全年']]);
  });
});

describe('从YYYY年的A下降到YYYY年的B: A is the earlier year’s figure', () => {
  const text = '全县低保人数从2015年的4210人下降到2023年的2876人;临时救助从2015年的310人次上升到2023年的1240人次。';
  test('with the year given, B is filed (a flow too: two years compared, not a span of years)', () => {
    const r = run(text);
    expect(facts(r.records)).toEqual([
      ['dibao_persons', '', 2876, '人', '全年'],
      ['temp_assist_times', '', 1240, '人次', '全年'],
    ]);
  });
  test('without a year, A is still not filed', () => {
    const r = extractRecords(text, { region: '某县', source: 't.txt', catalogue });
    expect(r.records.map((x) => x.value).filter((v) => v === 4210 || v === 310)).toEqual([]);
  });
});

describe('parts counted in two units after 其中', () => {
  test('低保对象A万户、B万人,其中:城市C万户、D万人,农村…: each part takes the whole of its unit', () => {
    const r = run('全市保障城乡低保对象3.42万户、5.87万人,其中:城市1.05万户、1.63万人,农村2.37万户、4.24万人。');
    expect(facts(r.records)).toEqual([
      ['dibao_households', '', 3.42, '万户', '全年'],
      ['dibao_persons', '', 5.87, '万人', '全年'],
      ['dibao_households', '城市', 1.05, '万户', '全年'],
      ['dibao_persons', '城市', 1.63, '万人', '全年'],
      ['dibao_households', '农村', 2.37, '万户', '全年'],
      ['dibao_persons', '农村', 4.24, '万人', '全年'],
    ]);
  });
});

describe('a paragraph headed by one programme names the generic clauses after its semicolons', () => {
  test('一、最低生活保障。…;补助水平…;当月支出资金…其中…;1-9月累计支出…', () => {
    const r = run(
      '一、最低生活保障。截至9月,全县低保对象6120人;补助水平城市达到月人均702元,农村达到月人均455元;当月支出资金281.5万元,其中:城市支出96.2万元,农村支出185.3万元;1-9月累计支出2540.8万元。',
      '1-9月',
    );
    expect(facts(r.records)).toEqual([
      ['dibao_persons', '', 6120, '人', '1-9月'],
      ['dibao_avg_subsidy', '城市', 702, '元/人·月', '1-9月'],
      ['dibao_avg_subsidy', '农村', 455, '元/人·月', '1-9月'],
      ['dibao_monthly_funds', '', 281.5, '万元', '1-9月'],
      ['dibao_monthly_funds', '城市', 96.2, '万元', '1-9月'],
      ['dibao_monthly_funds', '农村', 185.3, '万元', '1-9月'],
      ['dibao_funds', '', 2540.8, '万元', '1-9月'],
    ]);
  });
  test('二、特困供养。…当月支出…其中…: one month’s money and its parts are no period totals (no monthly indicator)', () => {
    const r = run('二、特困供养。截至9月,全县特困人员1320人;当月支出资金98.6万元,其中:城市支出21.4万元,农村支出77.2万元;1-9月累计支出871.3万元。', '1-9月');
    expect(facts(r.records)).toEqual([
      ['tekun_persons', '', 1320, '人', '1-9月'],
      ['tekun_funds', '', 871.3, '万元', '1-9月'],
    ]);
  });
  test('a heading naming no programme names nothing', () => {
    const r = run('三、资金保障。截至9月;当月支出资金98.6万元;1-9月累计支出871.3万元。', '1-9月');
    expect(r.records).toEqual([]);
  });
});

describe('a rounded headline figure and the exact one in the body', () => {
  test('发放高龄津贴530余万元 … 共计发放高龄津贴536.18万元: the exact figure is the record', () => {
    const r = run('全区提前发放高龄津贴530余万元。\n目前全区按标准共计发放高龄津贴536.18万元。');
    expect(facts(r.records)).toEqual([['elder_age_allowance_funds', '', 536.18, '万元', '全年']]);
  });
  test('an exact figure outside the rounded one’s range stays a conflict', () => {
    const r = run('全区提前发放高龄津贴530余万元。\n目前全区按标准共计发放高龄津贴541.2万元。');
    expect(facts(r.records)).toEqual([['elder_age_allowance_funds', '', 530, '万元', '全年']]);
    expect(reasonOf(r, 541.2)).toEqual(['conflict']);
  });
});

describe('thousands after 万', () => {
  test('1万3千余人 is one number, 1.3万 with its qualifier', () => {
    const r = run('全区发放高龄津贴 1万3千余人受益');
    const all = [...r.records, ...r.candidates].map((x) => [x.value, x.unit, x.qualifier]);
    expect(all).toContainEqual([1.3, '万人', '余']);
    expect(all.some((x) => x[0] === 3000 || x[0] === 1)).toBe(false);
  });
});

describe('a figure compared with the whole area’s average is a part’s', () => {
  test('去年火化A万具,火化率仅有B%,远低于全国平均水平: a candidate', () => {
    const r = styleKit('全国').run('全年火化遗体188.6万具。去年火化具数是9.35万具,火化率仅为41%,明显低于全国火化区的平均水平。');
    expect(facts(r.records)).toEqual([['cremations', '', 188.6, '万具', '全年']]);
    expect(reasonOf(r, 9.35)).toEqual(['scope']);
  });
  test('火葬 names cremations', () => {
    const r = run('全年死亡人口3.1万人,其中实行火葬的是2.46万具。');
    expect(facts(r.records)).toEqual([['cremations', '', 2.46, '万具', '全年']]);
  });
});

describe('an allowance named per person is its standard', () => {
  test('年满100周岁及100周岁以上的老年人,每人每月可享受寿星津贴A元: the standard of that age band', () => {
    const r = run('发放标准为:年满100周岁及100周岁以上的老年人,每人每月可享受寿星津贴260元;90至99周岁的老年人,每人每月可享受寿星津贴70元。');
    expect(facts(r.records)).toEqual([
      ['elder_age_allowance_std', '100岁以上', 260, '元/人·月', '全年'],
      ['elder_age_allowance_std', '90-99岁', 70, '元/人·月', '全年'],
    ]);
  });
  test('我每个季度能领到A元津贴: a payment per quarter is no total (a candidate)', () => {
    const r = run('王大爷说:“我每个季度都能领到政府发放的210元寿星津贴。”');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 210)).toEqual(['unit_period']);
  });
});

describe('standards 分别 for the two sides named in the clause before', () => {
  test('完善了城乡居民最低生活保障制度,最低保障标准分别达到月人均A元、年人均B元', () => {
    const r = run('全县完善了城乡居民最低生活保障制度,最低保障标准分别达到月人均735元、年人均5160元。');
    expect(facts(r.records)).toEqual([
      ['dibao_std_urban', '', 735, '元/人·月', '全年'],
      ['dibao_std_rural', '', 5160, '元/人·年', '全年'],
    ]);
  });
  test('年人均A元 after the money paid is an average, not the standard', () => {
    const r = run('农村最低生活保障8210人,发放农村最低生活保障金2630.5万元,年人均3204.02元。');
    expect(r.records.map((x) => x.indicatorId)).toEqual(['dibao_persons', 'dibao_funds']);
    expect(reasonOf(r, 3204.02)).toEqual(['no_indicator']);
  });
});

describe('allowance news: who received it and what was paid', () => {
  test('A位老人领到了每人每年B元的高龄津贴: the count of recipients; 发放资金达C万元 in the next sentence is that allowance’s money', () => {
    const r = run('全区共有8421位老人领到了每人每年720元的高龄津贴。发放资金达606.31万元。');
    expect(facts(r.records)).toEqual([
      ['elder_age_allowance_persons', '', 8421, '人', '全年'],
      ['elder_age_allowance_funds', '', 606.31, '万元', '全年'],
    ]);
  });
  test('bare money words after a sentence on two programmes name neither', () => {
    const r = run('全县城乡低保对象3200人,特困人员500人。发放资金达1500万元。');
    expect(reasonOf(r, 1500)).toEqual(['no_indicator']);
  });
  test('a headline’s 8千余人 gives way to the exact count in the body (another unit)', () => {
    const r = run('全区高龄津贴惠及8千余人\n全区共有8421位老人领到了每人每年720元的高龄津贴。');
    expect(facts(r.records)).toContainEqual(['elder_age_allowance_persons', '', 8421, '人', '全年']);
    expect(r.records.filter((x) => x.indicatorId === 'elder_age_allowance_persons')).toHaveLength(1);
  });
});

describe('counts of people written with 万 only', () => {
  test('享受低保的人口为A万,特困人员B万: counts of people; a 万 with no people before it stays unnamed', () => {
    const r = styleKit('全国').run('去年享受低保的人口为3987万,特困人员465万,还有702万享受了临时救助。');
    expect(facts(r.records)).toEqual([
      ['dibao_persons', '', 3987, '万人', '全年'],
      ['tekun_persons', '', 465, '万人', '全年'],
    ]);
    expect(reasonOf(r, 702)).toEqual(['no_indicator']);
  });
});

describe('rates by age band listed as 按照…的标准 before the allowance they set', () => {
  test('a rate of a known band is that standard, in the unit it was stated in', () => {
    const r = run('按照80至84周岁每人每年500元,85至89周岁每人每年700元,100周岁及以上每人每月350元的标准,共计发放高龄津贴612.5万元。');
    expect(facts(r.records)).toEqual([
      ['elder_age_allowance_std', '80-84岁', 500, '元/人·年', '全年'],
      ['elder_age_allowance_std', '85-89岁', 700, '元/人·年', '全年'],
      ['elder_age_allowance_std', '100岁以上', 350, '元/人·月', '全年'],
      ['elder_age_allowance_funds', '', 612.5, '万元', '全年'],
    ]);
  });

  test('a rate of a band the catalogue does not split stays a candidate', () => {
    const r = run('按照75至79周岁每人每年300元,100周岁及以上每人每月350元的标准,共计发放高龄津贴612.5万元。');
    expect(facts(r.records)).toEqual([
      ['elder_age_allowance_std', '100岁以上', 350, '元/人·月', '全年'],
      ['elder_age_allowance_funds', '', 612.5, '万元', '全年'],
    ]);
    expect(reasonOf(r, 300)).toHaveLength(1);
  });
});

describe('a web table copied one closed cell per line, columns named by a line of units', () => {
  const table = (rows: string[][]) => rows.map((r) => r.map((c) => `${c} |`).join('\n') + '\n||').join('\n');
  const text =
    '某县社会救助情况统计表 |\n||||\n' +
    table([
      ['项目', '救助对象', '补助水平', '整体支出'],
      ['单位', '户', '人/人次', '元', '万元'],
      ['9月城乡低保', '4120', '6315', '——', '351.2'],
      ['其中', '城市', '1210', '1802', '月人均 688 元', '124.6'],
      ['农村', '2910', '4513', '月人均 492 元', '226.6'],
      ['1-9月份临时救助', '——', '2204', '人次均水平 930 元', '205.0'],
    ]);
  test('rows of programmes, 其中 parts by side, levels in text cells, one month’s money apart from the period’s', () => {
    const r = run(text, '1-9月');
    expect(facts(r.records)).toEqual([
      ['dibao_households', '', 4120, '户', '1-9月'],
      ['dibao_persons', '', 6315, '人', '1-9月'],
      ['dibao_monthly_funds', '', 351.2, '万元', '1-9月'],
      ['dibao_households', '城市', 1210, '户', '1-9月'],
      ['dibao_persons', '城市', 1802, '人', '1-9月'],
      ['dibao_avg_subsidy', '城市', 688, '元/人·月', '1-9月'],
      ['dibao_monthly_funds', '城市', 124.6, '万元', '1-9月'],
      ['dibao_households', '农村', 2910, '户', '1-9月'],
      ['dibao_persons', '农村', 4513, '人', '1-9月'],
      ['dibao_avg_subsidy', '农村', 492, '元/人·月', '1-9月'],
      ['dibao_monthly_funds', '农村', 226.6, '万元', '1-9月'],
      ['temp_assist_times', '', 2204, '人次', '1-9月'],
      ['temp_assist_avg', '', 930, '元/人次', '1-9月'],
      ['temp_assist_funds', '', 205, '万元', '1-9月'],
    ]);
  });
  test('a row naming no programme gives candidates only', () => {
    const r = run(text.replace('9月城乡低保', '9月合计').replace('1-9月份临时救助', '1-9月份其他'), '1-9月');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 4120)).toEqual(['no_indicator']);
  });
});

describe('a charity federation’s income and spending', () => {
  test('款物收入为A万元,款物支出B万元: the income is what it raised; the spending is not', () => {
    const r = run('2023年,县慈善总会款物收入为1836.4万元,款物支出1790.2万元。');
    expect(facts(r.records)).toEqual([['charity_donations', '', 1836.4, '万元', '全年']]);
    expect(reasonOf(r, 1790.2)).toEqual(['no_indicator']);
  });
});

describe('a round mark passed is no figure', () => {
  test('总销量突破A亿元大关,达B亿元: B is the sales, A a candidate; a headline 超A亿元 gives way to B', () => {
    const r = styleKit('全国').run('全国福利彩票总销量超1500亿元\n今年全国福利彩票总销量突破1500亿元大关,达1563.2亿元,同比增加88亿元。');
    expect(facts(r.records)).toEqual([['lottery_sales', '', 1563.2, '亿元', '全年']]);
    expect(reasonOf(r, 1500)).toEqual(expect.arrayContaining(['threshold']));
  });
});

describe('a span of years ending on the last day of a year', () => {
  test('1998年至2023年12月31日,累计销售A亿元: a total over the years (a candidate); 2023年1月至2023年12月 is the year', () => {
    const r = run('1998年至2023年12月31日,全省累计销售福利彩票86.3亿元。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 86.3)).toEqual(['multi_year']);
    expect(facts(run('2023年1月至2023年12月,全省销售福利彩票9.7亿元。').records)).toEqual([['lottery_sales', '', 9.7, '亿元', '全年']]);
  });
});
