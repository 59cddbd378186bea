// Frames found by a fourth round of probing, on prose reports of a district's civil-affairs bureau (工作总结, 答复函,
// 政府工作报告), with short texts written for these tests in our own words and numbers.
import { styleKit } from './styleKit';

const { run, reasonOf } = styleKit('历下区');
const ids = (text: string) => run(text).records.map((r) => [r.indicatorId, r.value]);

describe('other regions', () => {
  test('a neighbour named as the subject is another region', () => {
    const r = run('邻近的东区共有孤儿46名,我区共有孤儿31名。');
    expect(r.records.map((x) => [x.indicatorId, x.value])).toEqual([['orphan_persons', 31]]);
    expect(reasonOf(r, 46)).toEqual(['other_region']);
    expect(ids('与兄弟县区相比,邻县低保对象9200人,我区低保对象7600人。')).toEqual([['dibao_persons', 7600]]);
  });

  test('what was built in an aided area', () => {
    const r = run('对口支援新疆某县,帮助建设养老院1所,床位120张。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 120)).toEqual(['other_region']);
    expect(ids('对口支援工作扎实推进。全区养老床位达到4250张。')).toEqual([['elder_beds', 4250]]);
  });
});

describe('a part', () => {
  test('a township opening the sentence holds its later clauses too', () => {
    const r = run('城关镇现有低保对象612人,特困人员88人。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 88)).toEqual(['sub_region']);
    expect(ids('城关镇现有低保对象612人。全区现有特困人员880人。')).toEqual([['tekun_persons', 880]]);
  });
});

describe('changes', () => {
  test('比上年多 + verb: the difference, not the figure', () => {
    const r = run('比上年同期多办理结婚登记86对。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 86)).toEqual(['change']);
    expect(reasonOf(run('全区比上年多发放临时救助资金120万元。'), 120)).toEqual(['change']);
    expect(ids('比上年多发放低保金,全年发放低保资金4120万元。')).toEqual([['dibao_funds', 4120]]);
    expect(ids('全年办理结婚登记3280对,比上年同期多86对。')).toEqual([['marriage_reg', 3280]]);
  });
});

describe('a group within a group', () => {
  test('群众中的 / 对象中的 + a group: a part', () => {
    const r = run('对困难群众中的重病患者实施临时救助520人次,发放资金168万元。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 520)).toEqual(['subset']);
    expect(reasonOf(run('为脱贫户和监测户中的480名重度残疾人发放护理补贴。'), 480)).toEqual(['subset']);
    expect(ids('将低保对象中的老年人、重病患者和重度残疾人全部纳入,全区共有低保对象5200人。')).toEqual([['dibao_persons', 5200]]);
  });
});

describe('a pilot', () => {
  test('what was done in the pilot townships only', () => {
    const r = run('在2个街道开展试点,为试点区域内850户老年人家庭实施适老化改造。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 850)).toEqual(['sub_region']);
    expect(ids('在3个社区开展试点,全区共实施适老化改造1200户。')).toEqual([['elder_retrofit_households', 1200]]);
  });

  test('volunteers drawn into a time-bank pilot', () => {
    expect(reasonOf(run('在全市率先开展“时间银行”试点,吸纳志愿者1260人。'), 1260)).toEqual(['subset']);
    expect(ids('开展“时间银行”试点,全区注册志愿者5.6万人。')).toEqual([['volunteers', 5.6]]);
  });
});

describe('the beds of some homes', () => {
  test('homes named one by one, then counted', () => {
    const r = run('福寿、康乐、颐年3家敬老院共有床位560张。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 560)).toEqual(['subset']);
    expect(ids('全区38家养老机构共有床位4200张。')).toEqual([['elder_inst_beds', 4200]]);
  });
});

describe('a part of a programme\'s money', () => {
  test('the care subsidy of 特困 is not all its money', () => {
    const r = run('全年为特困人员发放护理补贴186万元。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 186)).toEqual(['subset']);
    expect(ids('为特困人员发放护理补贴和基本生活费共1450万元。')).toEqual([['tekun_funds', 1450]]);
    expect(ids('全年发放特困人员供养资金1450万元。')).toEqual([['tekun_funds', 1450]]);
  });
});

describe('other periods', () => {
  test('本季度 in a text on the year: one quarter\'s flow', () => {
    const r = run('本季度发放临时救助资金96万元,全年累计发放临时救助资金312万元。');
    expect(r.records.map((x) => [x.indicatorId, x.value])).toEqual([['temp_assist_funds', 312]]);
    expect(reasonOf(r, 96)).toEqual(['partial']);
    expect(reasonOf(run('本季度,全区新增低保对象36户。'), 36)).toEqual(['partial']);
    expect(run('本季度发放临时救助资金96万元。', '三季度').records.map((x) => x.value)).toEqual([96]);
  });
});

describe('other levels', () => {
  test('lottery money obtained (争取) from above is not the area\'s own', () => {
    const r = run('争取福彩公益金项目资金520万元,用于12个村级互助养老点建设。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 520)).toEqual(['scope']);
    expect(ids('全年销售福利彩票3.2亿元,筹集福彩公益金1860万元,争取上级福彩公益金520万元。')).toEqual([['lottery_sales', 3.2], ['lottery_welfare_fund', 1860]]);
  });
});

describe('actions', () => {
  test('those insured by a scheme bought for the group', () => {
    const r = run('每年为特困人员购买意外保险,2023年共投保1650人。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 1650)).toEqual(['action']);
    expect(ids('为特困人员购买意外保险,全区现有特困人员1650人。')).toEqual([['tekun_persons', 1650]]);
  });
});

describe('the end of the year before', () => {
  test('去年底 in a sentence that also speaks of this year', () => {
    const r = run('到去年底全区有养老床位3600张,今年新增床位400张。');
    expect(r.records.map((x) => [x.indicatorId, x.value])).toEqual([['elder_beds_new', 400]]);
    expect(reasonOf(r, 3600)).toEqual(['other_year']);
    expect(reasonOf(run('去年底全区有养老机构36家,今年新建2家,现有38家。'), 36)).toEqual(['other_year']);
  });

  test('去年底 alone may be the report\'s year in news written after it: left as it was', () => {
    expect(ids('去年底,全区有养老机构36家。')).toEqual([['elder_institutions', 36]]);
  });
});

describe('a level\'s share', () => {
  test('配套 money is one level\'s matching share', () => {
    const r = run('区财政配套临时救助资金200万元。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 200)).toEqual(['subset']);
    expect(ids('全区发放临时救助资金960万元,区财政配套200万元。')).toEqual([['temp_assist_funds', 960]]);
  });
});

describe('new versus stock', () => {
  test('调进 / 调入 a programme: those who came in, not the stock', () => {
    expect(ids('年内全区调出低保对象3900人,调进低保对象4100人。')).toEqual([['dibao_exit_persons', 3900], ['dibao_new_persons', 4100]]);
    expect(ids('年内调入特困人员120人。')).toEqual([['tekun_new_persons', 120]]);
  });
});

describe('the area above after 目前', () => {
  test('目前全省… is the province\'s', () => {
    expect(reasonOf(run('目前全省城市低保平均标准为每人每月800元。'), 800)).toEqual(['other_region']);
    expect(ids('目前,全市共有养老床位5.2万张,全区共有养老床位3900张。')).toEqual([['elder_beds', 3900]]);
    expect(ids('目前全区共有养老床位3900张。')).toEqual([['elder_beds', 3900]]);
  });
});

describe('a span across years', () => {
  test('2022年1月至2023年6月: not the year\'s', () => {
    expect(reasonOf(run('2022年1月至2023年6月,全区共发放临时救助资金1860万元。'), 1860)).toEqual(['multi_year']);
    expect(run('2023年1月至6月,全区共发放临时救助资金860万元。').records.map((x) => [x.value, x.period])).toEqual([[860, '上半年']]);
  });
});

describe('several years', () => {
  test('近三年, opening the sentence dates the flows after it until a time of their own', () => {
    const r = run('近三年,全区累计新增养老床位1500张,今年新增养老床位600张。');
    expect(r.records.map((x) => [x.indicatorId, x.value])).toEqual([['elder_beds_new', 600]]);
    expect(reasonOf(r, 1500)).toEqual(['multi_year']);
    expect(ids('近三年,全区养老床位由2800张增加到4300张。')).toEqual([['elder_beds', 4300]]);
  });
});

describe('some grades, a requirement', () => {
  test('organisations of an assessment grade are some of them', () => {
    const r = run('全区3A级以上社会组织48家,全区共有社会组织860家。');
    expect(r.records.map((x) => [x.indicatorId, x.value])).toEqual([['social_orgs', 860]]);
    expect(reasonOf(r, 48)).toEqual(['subset']);
    expect(reasonOf(run('全区共有5A级社会组织6家,4A级12家。'), 6)).toEqual(['subset']);
  });

  test('what the level above requires is a target', () => {
    expect(reasonOf(run('省厅考核要求社会组织年报率达到90%以上,我区达到96%。'), 90)).toEqual(['plan']);
    expect(reasonOf(run('上级要求年内新增养老床位300张。'), 300)).toEqual(['plan']);
    expect(ids('按照上级要求,全年新增养老床位300张。')).toEqual([['elder_beds_new', 300]]);
  });
});

describe('one new home', () => {
  test('新建成X1家, then its beds: that home\'s', () => {
    expect(reasonOf(run('新建成康养中心1家,新增床位260张。'), 260)).toEqual(['subset']);
    expect(ids('新建成康养中心1家,全区新增养老床位600张。')).toEqual([['elder_beds_new', 600]]);
  });
});

describe('a ceremony', () => {
  test('the couples of a ceremony are some of all registered', () => {
    expect(reasonOf(run('全区婚姻登记颁证仪式办理结婚登记520对。'), 520)).toEqual(['subset']);
    expect(ids('全年办理结婚登记2860对,其中举行颁证仪式520对。')).toEqual([['marriage_reg', 2860]]);
  });
});
