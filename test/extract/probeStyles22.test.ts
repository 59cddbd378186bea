// A text's own level set against the region the user gives: a title naming the whole area above (全市) or a lower
// region, with short texts written for these tests in our own words and numbers.
import { styleKit } from './styleKit';

const district = styleKit('历下区');
const city = styleKit('济南市');
const facts = (kit: ReturnType<typeof styleKit>, text: string) => kit.run(text, '全年').records.map((r) => [r.indicatorId, r.breakdown, r.value]);
const held = (kit: ReturnType<typeof styleKit>, text: string) =>
  kit.run(text, '全年').candidates.filter((c) => c.reason === 'other_region').map((c) => [c.value, c.message.includes('济南市') || c.message.includes('下级地区')]);

const cityTable = ['2023年6月全市城乡低保情况', '项目 | 单位 | 数量', '城市低保人数 | 人 | 4310', '农村低保人数 | 人 | 9120', '城市低保标准 | 元/月 | 880'].join('\n');

describe('a table whose title names the whole area (全市)', () => {
  test('given a district, the city\'s table stays candidates naming the city', () => {
    expect(facts(district, cityTable)).toEqual([]);
    expect(held(district, cityTable)).toEqual([
      [4310, true],
      [9120, true],
      [880, true],
    ]);
  });

  test('given the city itself, its figures are records', () => {
    expect(facts(city, cityTable)).toEqual([
      ['dibao_persons', '城市', 4310],
      ['dibao_persons', '农村', 9120],
      ['dibao_std_urban', '', 880],
    ]);
  });

  test('a title of a lower level (全区) given the city is a district\'s table', () => {
    const t = cityTable.replace('全市', '全区');
    expect(facts(city, t)).toEqual([]);
    expect(held(city, t).map((x) => x[1])).toEqual([true, true, true]);
    expect(facts(district, t).map((x) => x[2])).toEqual([4310, 9120, 880]);
  });

  test('an autonomous region speaks as 全区 of its own', () => {
    const t = cityTable.replace('全市', '全区').replace('880', '760');
    expect(facts(styleKit('广西壮族自治区'), t).map((x) => x[2])).toEqual([4310, 9120, 760]);
  });
});

describe('a report whose title names another level than the region given', () => {
  const citySummary = '2023年全市民政工作总结\n2023年,城市低保对象6420人,发放低保金3150万元。特困人员1280人。我区城市低保对象1170人。';

  test('the city\'s summary given a district: clauses with no subject are the city\'s, 我区 is the district\'s', () => {
    expect(facts(district, citySummary)).toEqual([['dibao_persons', '城市', 1170]]);
    expect(held(district, citySummary).map((x) => x[0])).toEqual([6420, 3150, 1280]);
    expect(district.run(citySummary).notes.filter((n) => n.includes('济南市') && n.includes('历下区'))).toHaveLength(1);
  });

  test('a district\'s summary given the city: 全区 clauses are not the city\'s', () => {
    const t = '2023年历下区民政工作总结\n2023年,全区共有城市低保对象1170人,发放低保金640万元。全区特困人员205人。';
    expect(facts(city, t)).toEqual([]);
    expect(district.run(t).records.map((r) => r.value)).toEqual([1170, 640, 205]);
  });

  test('the city\'s own summary given the city stays its own', () => {
    expect(facts(city, citySummary.replace('我区城市低保对象1170人。', '')).map((x) => x[2])).toEqual([6420, 3150, 1280]);
  });
});
