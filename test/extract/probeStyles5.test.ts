// Frames found by probing notices and bulletins on standards (低保, 特困, 孤儿, 高龄津贴, 残疾人两项补贴, 丧葬补助)
// with short texts written for these tests, in our own words and numbers: a rise, another year's or a part's figure
// must not be filed as the standard of the area.
import { styleKit } from './styleKit';

const { run, facts, reasonOf } = styleKit('济南市');
const ids = (text: string) => run(text).records.map((r) => [r.indicatorId, r.value]);

describe('the size of a rise', () => {
  test('a noun of change before the value: 增幅 / 增长额 / 提标幅度 / 提高额度', () => {
    const r = run('本次调标后,全市低保标准月增幅为75元,惠及低保对象2.4万人。');
    expect(reasonOf(r, 75)).toEqual(['change']);
    expect(r.records.map((x) => x.indicatorId)).toEqual(['dibao_persons']);
    expect(reasonOf(run('低保标准年均增长7.6%,增长额为每人每月58元。'), 58)).toEqual(['change']);
    expect(ids('城市低保标准提标幅度为每人每月65元。')).toEqual([]);
    expect(ids('农村低保标准的提高额度为每人每月85元。')).toEqual([]);
  });

  test('an extra or a top-up paid under the standard', () => {
    expect(reasonOf(run('低保标准调整后,人均增发保障金每月45元。'), 45)).toEqual(['change']);
    expect(ids('城市低保标准差额部分每人每月补助160元。')).toEqual([]);
  });

  test('the level in the same text still comes out', () => {
    expect(facts(run('城市低保标准提高到每人每月1040元,提标幅度为每人每月65元。').records)).toEqual([['dibao_std_urban', '', 1040, '元/人·月', '全年']]);
    expect(ids('全市农村低保月人均补差每月430元。')).toEqual([['dibao_avg_subsidy', 430]]);
  });
});

describe('a year compared with', () => {
  test('the value right after 比/较 a year\'s 的 is that year\'s', () => {
    const r = run('我市低保标准连续第九年提高,比2014年的530元增长了一倍。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 530)).toEqual(['other_year']);
    expect(reasonOf(run('城市低保标准较2018年末的每人每月690元翻了一番多。'), 690)).toEqual(['other_year']);
  });

  test('the level of the year itself still comes out', () => {
    expect(ids('城市低保标准为每人每月1060元,比2019年的760元增长了近四成。')).toEqual([['dibao_std_urban', 1060]]);
  });
});

describe('a funeral grant', () => {
  test('what one family gets when a person of the group dies is no programme money', () => {
    const r = run('城乡低保对象死亡的,发放丧葬补助费2200元;特困人员死亡的,丧葬补助费3100元。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 2200)).toEqual(['no_indicator']);
  });

  test('a funeral grant paid to the group\'s families is not the group\'s programme money', () => {
    expect(reasonOf(run('全年为去世的低保对象发放丧葬补助费共计38万元。'), 38)).toEqual(['scope']);
    expect(ids('全年发放低保金1.3亿元,为170名去世低保对象发放丧葬补助26万元。')).toEqual([['dibao_funds', 1.3]]);
  });

  test('the funeral waiver money still comes out', () => {
    expect(ids('全年为1180名逝者减免基本殡葬服务费用177万元。')).toEqual([['funeral_waiver_persons', 1180], ['funeral_waiver_funds', 177]]);
  });
});

describe('classes of areas', () => {
  test('一类地区 / 二类区域 name a part of the region: the standard gets it as its area group', () => {
    expect(facts(run('一类地区城市低保标准每人每月1020元,二类地区每人每月910元。').records)).toEqual([
      ['dibao_std_urban', '一类地区', 1020, '元/人·月', '全年'],
      ['dibao_std_urban', '二类地区', 910, '元/人·月', '全年'],
    ]);
    expect(run('二类区域农村低保标准提高到每人每月760元。').records.map((x) => x.breakdown)).toEqual(['二类区域']);
  });

  test('分三类地区 counts the classes: the whole region\'s standard still comes out', () => {
    expect(facts(run('全市低保标准分三类地区确定,城市低保平均标准为每人每月970元。').records)).toEqual([['dibao_std_urban', '', 970, '元/人·月', '全年']]);
  });
});

describe('a part in brackets after a standard', () => {
  test('the part of the standard\'s own set is its breakdown', () => {
    expect(facts(run('高龄津贴标准由每人每月60元提高到90元(80-89周岁)。').records)).toEqual([['elder_age_allowance_std', '80-89岁', 90, '元/人·月', '全年']]);
    expect(facts(run('孤儿基本生活费标准提高到每人每月1650元(社会散居)。').records)).toEqual([['orphan_std', '社会散居', 1650, '元/人·月', '全年']]);
    expect(facts(run('特困人员照料护理标准每人每月320元(半失能)。').records)).toEqual([['tekun_care_std', '半自理', 320, '元/人·月', '全年']]);
    expect(run('重度残疾人护理补贴标准每人每月110元(一、二级)。').records.map((x) => x.breakdown)).toEqual(['一级', '二级']);
  });

  test('a band or a part the catalogue has not is no total', () => {
    expect(reasonOf(run('高龄津贴标准提高到每人每月120元(90周岁以上)。'), 120)).toEqual(['age_band']);
    expect(reasonOf(run('特困人员基本生活标准每人每月1340元(集中供养)。'), 1340)).toEqual(['subset']);
    expect(reasonOf(run('照料护理标准每人每月310元(不含全自理)。'), 310)).toEqual(['subset']);
  });

  test('a bracket naming what the standard includes keeps it', () => {
    expect(ids('孤儿基本生活费标准每人每月1520元(含事实无人抚养儿童)。')).toEqual([['orphan_std', 1520]]);
    expect(ids('城市低保标准为每人每月1010元(年标准12120元)。')).toEqual([['dibao_std_urban', 1010]]);
  });
});

describe('the level before a change', () => {
  test('调整前 / 调标前 / 原…标准: the old level is no record', () => {
    expect(facts(run('城市低保标准调整前为每人每月970元,调整后为每人每月1030元。').records)).toEqual([['dibao_std_urban', '', 1030, '元/人·月', '全年']]);
    expect(ids('调标前城市低保标准每人每月970元。')).toEqual([]);
    expect(ids('原城市低保标准每人每月970元同时废止。')).toEqual([]);
  });

  test('原则上 and 调整后 are not the old level', () => {
    expect(ids('原则上城市低保标准为每人每月1030元。')).toEqual([['dibao_std_urban', 1030]]);
    expect(ids('城市低保标准调整后为每人每月1030元。')).toEqual([['dibao_std_urban', 1030]]);
  });
});

describe('a proposal', () => {
  test('建议将…提高到 is a plan', () => {
    expect(reasonOf(run('建议将城市低保标准提高到每人每月1070元。'), 1070)).toEqual(['plan']);
    expect(ids('经研究,城市低保标准提高到每人每月1070元。')).toEqual([['dibao_std_urban', 1070]]);
  });
});

describe('a standard of the first months', () => {
  test('1-6月 / 上半年 / 7月1日前: the level held before the period\'s end is partial, the later one is the standard', () => {
    const r = run('1-6月城市低保标准每人每月970元,7-12月每人每月1025元。');
    expect(facts(r.records)).toEqual([['dibao_std_urban', '', 1025, '元/人·月', '全年']]);
    expect(reasonOf(r, 970)).toEqual(['partial']);
    expect(ids('上半年农村低保标准每人每月780元,下半年每人每月820元。')).toEqual([['dibao_std_rural', 820]]);
    expect(ids('7月1日前城市低保标准每人每月970元,7月1日起每人每月1025元。')).toEqual([['dibao_std_urban', 1025]]);
  });

  test('a rise in those months still stands, and a half-year report keeps its own', () => {
    expect(ids('1-6月,城市低保标准提高到每人每月1025元。')).toEqual([['dibao_std_urban', 1025]]);
    expect(run('1-6月城市低保标准每人每月970元。', '上半年').records.map((x) => x.value)).toEqual([970]);
  });
});

describe('supply modes in a list', () => {
  test('集中供养和分散供养…分别为A、B: each value is one mode\'s, not the whole', () => {
    // (the standard splits by supply mode: each value is filed with its mode)
    const r = run('特困人员集中供养和分散供养标准分别为每人每月1420元、1210元。');
    expect(facts(r.records).map((x) => [x[0], x[1], x[2]])).toEqual([['tekun_std', '集中供养', 1420], ['tekun_std', '分散供养', 1210]]);
    // (the persons split by mode too, since the catalogue has tekun_persons by supply mode: each value is filed with its mode)
    expect(facts(run('城乡特困人员分别为集中供养260人和分散供养1880人。').records).map((x) => [x[0], x[1], x[2]])).toEqual([['tekun_persons', '集中供养', 260], ['tekun_persons', '分散供养', 1880]]);
    expect(facts(run('集中供养和分散供养特困人员分别为310人、1740人。').records).map((x) => [x[0], x[1], x[2]])).toEqual([['tekun_persons', '集中供养', 310], ['tekun_persons', '分散供养', 1740]]);
  });

  test('a list of sides, and the modes after 其中, still come out', () => {
    expect(ids('城乡特困人员基本生活标准分别提高到每人每月1330元和1120元。')).toEqual([['tekun_std_urban', 1330], ['tekun_std_rural', 1120]]);
    expect(facts(run('全市特困人员2050人,其中集中供养310人,分散供养1740人。').records).map((x) => x[1])).toEqual(['', '集中供养', '分散供养']);
  });
});

describe('money per person', () => {
  test('每人每年发放A万元 / 为每户…发放B万元: what one gets is no money total', () => {
    expect(reasonOf(run('孤儿基本生活费每人每年发放2.28万元。'), 2.28)).toEqual(['no_indicator']);
    expect(ids('全年为每户低保家庭发放0.25万元。')).toEqual([]);
  });

  test('money paid in the year still comes out', () => {
    expect(ids('按每人每月标准发放低保金,全年共发放低保资金2.4亿元。')).toEqual([['dibao_funds', 2.4]]);
  });
});

describe('a floor or guidance', () => {
  test('国家规定…最低标准 in a city\'s text is the country\'s minimum', () => {
    expect(reasonOf(run('国家规定孤儿基本生活费最低标准为集中养育每人每月1000元。'), 1000)).toEqual(['floor']);
  });

  test('指导标准 in a province\'s or a city\'s text guides the areas below', () => {
    const prov = styleKit('山东省');
    expect(prov.reasonOf(prov.run('全省城市低保指导标准提高到每人每月890元,各市可在此基础上适当提高。'), 890)).toEqual(['floor']);
    expect(prov.run('年末全省城市低保平均标准每人每月975元。').records.map((x) => x.value)).toEqual([975]);
  });
});

describe('the rate of a fiscal subsidy', () => {
  test('财政…按每人每月A元给予补助 / 补助资金按…B元的标准下拨 is no standard', () => {
    const r = run('中央财政对东、中、西部地区孤儿分别按每人每月300元、400元、500元给予补助。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 500)).toEqual(['no_indicator']);
    expect(ids('中央和省级补助资金按城市低保对象每人每月320元的标准下拨。')).toEqual([]);
  });

  test('a standard whose money the budget covers still comes out', () => {
    expect(ids('城市低保标准提高到每人每月1015元,所需资金由市、区财政按5:5比例分担。')).toEqual([['dibao_std_urban', 1015]]);
    expect(ids('市财政按城市低保标准每人每月1015元发放低保金。')).toEqual([['dibao_std_urban', 1015]]);
  });
});

describe('the city\'s urban districts in a lower area\'s text', () => {
  test('市区…标准 in a district\'s text is the city\'s, the district\'s own follows', () => {
    const z = styleKit('章丘区');
    const r = z.run('市区城市低保标准每人每月1060元,我区每人每月1015元。');
    expect(r.records.map((x) => [x.indicatorId, x.value])).toEqual([['dibao_std_urban', 1015]]);
    expect(z.reasonOf(r, 1060)).toEqual(['other_region']);
  });

  test('in the city\'s own text 市区 is a part of it (filed as its area group)', () => {
    expect(facts(run('城市低保标准:市区每人每月1060元,县(市)每人每月970元。').records)).toEqual([
      ['dibao_std_urban', '市区', 1060, '元/人·月', '全年'],
      ['dibao_std_urban', '县(市)', 970, '元/人·月', '全年'],
    ]);
  });
});

describe('a cap', () => {
  test('不超过A is a cap, never 超过A', () => {
    expect(reasonOf(run('临时救助最高不超过5200元。'), 5200)).toEqual(['no_indicator']);
    expect(ids('城市低保标准每人每月不超过1020元。')).toEqual([]);
    expect(ids('全市低保对象不超过2100人。')).toEqual([]);
  });

  test('超过 / 逾 still qualify the figure', () => {
    expect(run('全市养老床位超过3100张。').records.map((x) => [x.value, x.qualifier])).toEqual([[3100, '超过']]);
  });
});

describe('a township\'s own money', () => {
  test('街道 / 各乡镇 / 镇级 before the money\'s name: one township\'s', () => {
    expect(reasonOf(run('街道临时救助备用金12万元,社区备用金3万元。'), 12)).toEqual(['sub_region']);
    expect(ids('各乡镇临时救助备用金不少于6万元。')).toEqual([]);
  });

  test('the area\'s reserve still comes out', () => {
    expect(ids('全市临时救助备用金规模55万元。')).toEqual([['temp_assist_reserve', 55]]);
  });
});

describe('the figure in brackets of the area compared with', () => {
  test('仅次于青岛(A元) / 高于全省平均水平(B元) is another area\'s', () => {
    const r = run('全市城市低保标准在全省16市中排第4位,仅次于青岛(1160元)和烟台(1060元)。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 1160)).toEqual(['other_region']);
    const r2 = run('全市城市低保平均标准(1018元/人·月)高于全省平均水平(972元/人·月)。');
    expect(r2.records.map((x) => x.value)).toEqual([1018]);
    expect(reasonOf(r2, 972)).toEqual(['other_region']);
  });
});

describe('levels after a list of rises', () => {
  test('分别提高A元和B元,提标后分别达到C元和D元: the levels pair with the items', () => {
    const r = run('城市和农村低保标准每人每月分别提高55元和60元,提标后分别达到995元和810元。');
    expect(r.records.map((x) => [x.indicatorId, x.value])).toEqual([['dibao_std_urban', 995], ['dibao_std_rural', 810]]);
    expect(reasonOf(r, 55)).toEqual(['change']);
  });
});

describe('the level of the year before compared with', () => {
  test('比上年的A元 / 较去年同期的B元 is the old level, no record', () => {
    expect(ids('城市低保标准比上年的每人每月965元增长5.4%。')).toEqual([]);
    expect(ids('城市低保标准较去年的965元有较大提高。')).toEqual([]);
    expect(ids('城市低保标准比去年同期的965元提高了55元,达到1020元。').filter((x) => x[1] === 965)).toEqual([]);
  });

  test('the level of the year itself still comes out', () => {
    expect(ids('城市低保标准每人每月1020元,比上年的965元提高55元。')).toEqual([['dibao_std_urban', 1020]]);
  });
});

describe('the average per case of temporary assistance', () => {
  test('人次均救助A元 / 平均每人次救助B元', () => {
    expect(ids('全年共实施临时救助2.31万人次,支出临时救助资金2910万元,人次均救助1260元。')).toEqual([['temp_assist_times', 2.31], ['temp_assist_funds', 2910], ['temp_assist_avg', 1260]]);
    expect(ids('全年实施临时救助2.4万人次,平均每人次救助1290元。')).toEqual([['temp_assist_times', 2.4], ['temp_assist_avg', 1290]]);
  });
});

describe('the money of one age band', () => {
  test('对90周岁以上老年人…发放高龄津贴A元,全年发放资金B万元: the money is that band\'s', () => {
    const r = run('对90周岁以上老年人每人每月发放高龄津贴210元,全年发放资金580万元。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 580)).toEqual(['age_band']);
  });

  test('money after several bands, or after 80周岁以上, is the whole', () => {
    // (the 80-89周岁 tier of the ladder is that band's standard since session 35; 90周岁以上 is no catalogue band)
    expect(ids('高龄津贴:80-89周岁每人每月60元,90周岁以上每人每月150元,全年发放资金570万元。')).toEqual([['elder_age_allowance_std', 60], ['elder_age_allowance_funds', 570]]);
    expect(ids('为全市80周岁以上老年人发放高龄津贴,全年发放资金2870万元。')).toEqual([['elder_age_allowance_funds', 2870]]);
  });
});

describe('the money of one group of children', () => {
  test('money found after one group\'s standard is that group\'s, not all child funds', () => {
    const r = run('重点困境儿童基本生活费按每人每月620元发放,全年发放资金88万元。');
    expect(r.records.map((x) => x.indicatorId)).toEqual(['kunjing_std']);
    expect(reasonOf(r, 88)).toEqual(['subset']);
  });

  test('money after all groups, or named as child funds, is the whole', () => {
    expect(ids('全市孤儿、事实无人抚养儿童和重点困境儿童基本生活费标准分别为每人每月1520元、1520元、620元,全年发放资金490万元。').pop()).toEqual(['child_funds', 490]);
    expect(ids('全年发放儿童保障资金490万元。')).toEqual([['child_funds', 490]]);
  });
});

describe('the extra paid after a rise', () => {
  test('每月多发放低保金A万元 is a change, not the money paid', () => {
    expect(reasonOf(run('提标后,全市每月多发放低保金44万元。'), 44)).toEqual(['change']);
    expect(ids('全年发放低保金5300万元。')).toEqual([['dibao_funds', 5300]]);
  });
});

describe('one level\'s subsidy towards a programme', () => {
  test('市级财政对县区低保资金…给予补助,全年补助资金A亿元 is not the programme\'s money', () => {
    expect(reasonOf(run('市级财政对县区低保资金按照40%比例给予补助,全年补助资金1.3亿元。'), 1.3)).toEqual(['scope']);
    expect(ids('全年支出低保资金3.3亿元,其中市级财政补助1.3亿元。')[0]).toEqual(['dibao_funds', 3.3]);
  });
});

describe('a named lower area\'s standard, or some areas\'', () => {
  test('最高的历下区A元 / 有4个县区…标准达到B元 are not the city\'s standard', () => {
    expect(reasonOf(run('低保标准最高的历下区每人每月1060元,最低的商河县每人每月910元。'), 1060)).toEqual(['sub_region']);
    expect(ids('全市有4个县区城市低保标准达到每人每月1060元。')).toEqual([]);
  });

  test('the city\'s own standard still comes out', () => {
    expect(ids('全市城市低保标准达到每人每月1060元,居全省第4位。')).toEqual([['dibao_std_urban', 1060]]);
  });
});

describe('an area group with a breakdown', () => {
  test('主城区80-89周岁A元: the group joins the band', () => {
    expect(facts(run('高龄津贴标准:主城区80-89周岁每人每月110元,其他县区每人每月90元。').records)).toEqual([['elder_age_allowance_std', '主城区·80-89岁', 110, '元/人·月', '全年']]);
  });

  test('a band alone stays the band', () => {
    expect(facts(run('高龄津贴标准:80-89周岁每人每月110元。').records)).toEqual([['elder_age_allowance_std', '80-89岁', 110, '元/人·月', '全年']]);
  });
});
