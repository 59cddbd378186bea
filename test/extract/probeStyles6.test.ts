// Frames found by probing news items and interviews with short texts written for these tests, in our own words and
// numbers: the year before, and periods stated with 今年 inside 截至.
import { catalogue, styleKit } from './styleKit';
import { inferContext } from '../../src/core/extract/context';

const { run, reasonOf } = styleKit('历下区');
const ids = (text: string) => run(text).records.map((r) => [r.indicatorId, r.value, r.period]);

describe('the year before in a text with this year\'s figures', () => {
  test('去年全年 / 去年, opening a sentence when the text gives 今年以来 figures', () => {
    const r = run('去年全年,全区发放临时救助金470万元。今年以来,全区发放临时救助金260万元。');
    expect(r.records.map((x) => [x.indicatorId, x.value, x.period])).toEqual([['temp_assist_funds', 260, '全年']]);
    expect(reasonOf(r, 470)).toEqual(['other_year']);
    expect(ids('今年以来,全区新增养老床位240张。去年,全区养老床位总数达到2650张。')).toEqual([['elder_beds_new', 240, '全年']]);
  });

  test('去年 in a text with no figures of this year is left to the report year (news published after the year)', () => {
    expect(ids('去年,全区发放临时救助金470万元。今年,我们将继续做好困难群众救助工作。')).toEqual([['temp_assist_funds', 470, '全年']]);
  });

  test('a month of the year before opening the sentence', () => {
    expect(reasonOf(run('去年12月,全区发放临时救助金43万元。'), 43)).toEqual(['other_year']);
    expect(ids('今年3月,全区发放临时救助金43万元。')).toEqual([['temp_assist_funds', 43, '3月']]);
  });
});

describe('截至今年N月', () => {
  test('a stock as of the end of a month of this year', () => {
    expect(ids('截至今年9月底,全区低保对象2140人。')).toEqual([['dibao_persons', 2140, '1-9月']]);
  });

  test('a flow counted to a month of this year is the year so far', () => {
    expect(ids('截至今年8月,全区累计发放低保金1390万元。')).toEqual([['dibao_funds', 1390, '1-8月']]);
  });
});

describe('another area named by its level or by an aid pairing', () => {
  test('省内各市平均 / 市内各区: the area above, not the text\'s region', () => {
    const r = run('据统计,省内各市平均低保标准为每人每月790元,我区为每人每月1020元。');
    expect(r.records.map((x) => [x.indicatorId, x.value])).toEqual([['dibao_std', 1020]]);
    expect(reasonOf(r, 790)).toEqual(['other_region']);
  });

  test('对口帮扶的 / 东西部协作的 a named county is that county', () => {
    expect(reasonOf(run('对口帮扶的甘肃省临夏县今年新增养老床位260张。'), 260)).toEqual(['other_region']);
    expect(ids('东西部协作的重庆市巫山县新增养老床位260张,全区新增养老床位395张。')).toEqual([['elder_beds_new', 395, '全年']]);
  });
});

describe('a change from an earlier year to now', () => {
  test('从2020年的A增加到现在的B: B is now; A is that year\'s', () => {
    const r = run('全区养老床位从2019年的1980张增加到现在的3040张。');
    expect(r.records.map((x) => [x.indicatorId, x.value])).toEqual([['elder_beds', 3040]]);
    expect(reasonOf(r, 1980)).toEqual(['other_year']);
  });

  test('with no time after 到, a change from years back may end before this year: held', () => {
    expect(ids('全区养老床位从2019年的1980张增加到3040张。')).toEqual([]);
  });
});

describe('one month\'s payment', () => {
  test('当月发放资金 after the counts of a programme is 当月低保金发放额, and 累计 after it the running total', () => {
    const r = run('8月份,全区低保在册2140户3025人,当月共发放资金156.2万元,1-8月累计发放资金1218.7万元。', '1-8月');
    expect(r.records.filter((x) => /funds/.test(x.indicatorId)).map((x) => [x.indicatorId, x.value, x.period])).toEqual([
      ['dibao_monthly_funds', 156.2, '1-8月'],
      ['dibao_funds', 1218.7, '1-8月'],
    ]);
  });

  test('after a complete split into rural and urban, the month\'s payment is the whole\'s', () => {
    const r = run('全区共有低保对象3120户4410人,其中农村低保2870户4020人,城镇低保250户390人,当月发放低保金462.3万元。');
    expect(r.records.filter((x) => /funds/.test(x.indicatorId)).map((x) => [x.indicatorId, x.breakdown, x.value])).toEqual([['dibao_monthly_funds', '', 462.3]]);
  });
});

describe('registrations counted in 件 in a yearbook table', () => {
  test('结婚登记 | 件 is couples: the current column is filed in 对, the other year held', () => {
    const r = styleKit('岳阳市').run('2021年主要民政数据\n指标 | 单位 | 2021年 | 2020年\n结婚登记 | 件 | 21,384 | 25,903\n离婚登记 | 件 | 7,716 | 12,042\n', '全年', 2021);
    expect(r.records.map((x) => [x.indicatorId, x.value, x.unit])).toEqual([['marriage_reg', 21384, '对'], ['divorce_reg', 7716, '对']]);
    expect(reasonOf(r, 25903)).toEqual(['other_year']);
  });
});

describe('the year before the region\'s name', () => {
  test('a headline 2023年<city>新建… under a dateline of the next spring dates the text', () => {
    const text = '2023年岳阳市新建社区养老服务设施41处\n2024-03-12 09:30 来源:某网\n记者获悉,2023年岳阳市民政局新建社区养老服务设施41处,完成适老化改造612户。';
    const c = inferContext(text, catalogue);
    expect(c.region?.name).toBe('岳阳市');
    expect(c.year?.value).toBe(2023);
  });
});

describe('a PDF column of narrow lines', () => {
  test('lines of about one width shorter than a page\'s are joined inside their sentences', () => {
    const text = '一、社会救助工作\n今年以来,全区共保障城市低保对象1,118户1,907\n人,发放低保金1,402.6万元;农村低保对象\n2,954户5,316人,发放低保金2,771万元。特困\n供养人员287人,全年发放供养金645万元。\n';
    expect(run(text).records.map((x) => [x.indicatorId, x.breakdown, x.value])).toEqual([
      ['dibao_households', '城市', 1118],
      ['dibao_persons', '城市', 1907],
      ['dibao_funds', '城市', 1402.6],
      ['dibao_households', '农村', 2954],
      ['dibao_persons', '农村', 5316],
      ['dibao_funds', '农村', 2771],
      ['tekun_persons', '', 287],
      ['tekun_funds', '', 645],
    ]);
  });
});

describe('the whole area\'s money after one side\'s', () => {
  test('发放农村低保金A万元,全区共发放低保金B万元: B is the whole\'s, A the rural side\'s', () => {
    const r = run('全区城市低保对象1190户1876人,发放城市低保金1402万元,农村低保对象2950户5310人,发放农村低保金2655万元,全区共发放低保金4057万元。');
    expect(r.records.filter((x) => x.indicatorId === 'dibao_funds').map((x) => [x.breakdown, x.value])).toEqual([['城市', 1402], ['农村', 2655], ['', 4057]]);
  });

  test('money right after one side\'s count, with no whole named, is still that side\'s', () => {
    expect(run('农村低保对象2950人,共发放低保金1433万元。').records.map((x) => [x.indicatorId, x.breakdown, x.value])).toEqual([
      ['dibao_persons', '农村', 2950],
      ['dibao_funds', '农村', 1433],
    ]);
  });
});

describe('a side carried into a clause of the whole area', () => {
  test('其中农村低保对象A人,全区共发放低保金B万元: B may be the whole\'s or the rural side\'s, held', () => {
    const r = run('其中农村低保对象5120人,全区共发放低保金3960万元。');
    expect(r.records.map((x) => [x.indicatorId, x.breakdown, x.value])).toEqual([['dibao_persons', '农村', 5120]]);
    expect(reasonOf(r, 3960)).toEqual(['ambiguous_breakdown']);
  });
});

describe('a side in brackets after a unified standard', () => {
  test('城乡低保标准每人每月A元(城市)、B元(农村): each side\'s standard', () => {
    expect(run('城乡低保标准每人每月1030元(城市)、每人每月870元(农村)。').records.map((x) => [x.indicatorId, x.value])).toEqual([
      ['dibao_std_urban', 1030],
      ['dibao_std_rural', 870],
    ]);
    expect(run('全区低保标准统一为每人每月1030元。').records.map((x) => [x.indicatorId, x.value])).toEqual([['dibao_std', 1030]]);
  });
});

describe('both sides joined, and townships named together', () => {
  test('城镇、农村低保对象共A人 is the whole\'s (was filed as the rural side)', () => {
    expect(run('全区城镇、农村低保对象共6140人。').records.map((x) => [x.indicatorId, x.breakdown, x.value])).toEqual([['dibao_persons', '', 6140]]);
    expect(run('全区城市和农村低保资金共支出2875万元。').records.map((x) => [x.indicatorId, x.breakdown, x.value])).toEqual([['dibao_funds', '', 2875]]);
    expect(run('全区城市低保对象310人、农村低保对象880人。').records.map((x) => [x.breakdown, x.value])).toEqual([['城市', 310], ['农村', 880]]);
  });

  test('全区城关镇、东关镇低保对象A人 is two townships\' figure', () => {
    const r = run('全区城关镇、东关镇低保对象1150人,全区低保对象共6140人。');
    expect(r.records.map((x) => [x.indicatorId, x.value])).toEqual([['dibao_persons', 6140]]);
    expect(reasonOf(r, 1150)).toEqual(['sub_region']);
    expect(run('全区各镇、街道共有低保对象6140人。').records.map((x) => x.value)).toEqual([6140]);
  });
});

describe('frames of a second measurement set (corpus40)', () => {
  test('a text on one month: 累计 flows are the year so far to that month', () => {
    const r = styleKit('云南省').run('截至2023年9月底:\n3.全省累计实施临时救助41.07万人次,平均救助水平为917.5元/人次。', '9月', 2023);
    expect(r.records.filter((x) => x.indicatorId === 'temp_assist_times').map((x) => [x.value, x.period])).toEqual([[41.07, '1-9月']]);
  });

  test('低保、特困等救助资金 is the money of all the programmes listed, not the last one\'s', () => {
    expect(ids('全区累计发放低保、特困等救助资金1.87亿元。')).toEqual([['assist_funds', 1.87, '全年']]);
    expect(ids('全区特困人员305人,发放救助资金533万元。')).toEqual([['tekun_persons', 305, '全年'], ['tekun_funds', 533, '全年']]);
  });

  test('the cadres\' relatives on the rolls are a part', () => {
    expect(reasonOf(run('备案基层干部亲属低保118人。'), 118)).toEqual(['subset']);
  });

  test('最高补贴A元 is a cap per person, not money paid', () => {
    const r = run('适老化改造方面,今年9月启动的居家改造项目对60岁以上老人最高补贴2800元。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 2800)).toEqual(['no_indicator']);
  });
});

describe('the area\'s name before 城乡 in a list', () => {
  test('<province>城乡低保平均标准分别为A元和B元: each side\'s standard in the province\'s text, another region\'s elsewhere', () => {
    const text = '内蒙古自治区2023年城乡低保平均标准分别为每人每月815元和每人每月652元。';
    expect(styleKit('内蒙古自治区').run(text).records.map((x) => [x.indicatorId, x.value])).toEqual([['dibao_std_urban', 815], ['dibao_std_rural', 652]]);
    expect(styleKit('山东省').run(text).records).toEqual([]);
  });
});
