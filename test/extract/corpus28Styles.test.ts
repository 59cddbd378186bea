// Styles met in a twenty-eighth set of published texts (提标 notices and news of cities and provinces, a 两项补贴 公示,
// a 高龄津贴 reply, a monthly relief brief with its table, a regional relief news item). Fixtures are written for these
// tests in our own words and numbers.
import { inferContext } from '../../src/core/extract/context';
import { catalogue, styleKit } from './styleKit';

describe('人(次) is 人次', () => {
  const { run, facts } = styleKit('某区');

  test('救助流浪乞讨人员A人(次),其中…B人(次): the whole is the 人次 count, the part no other indicator', () => {
    const r = run('全区累计救助流浪乞讨人员2314人(次),其中救助区外1720人(次)、未成年人188人(次)。');
    expect(facts(r.records)).toEqual([['vagrant_assist_times', '', 2314, '人次', '全年']]);
  });
});

describe('money a province raised and handed down is no spending', () => {
  const { run, facts, reasonOf } = styleKit('某省');

  test('省财政已筹措下达困难群众救助补助资金A亿元', () => {
    const r = run('据省财政厅消息,今年省财政已筹措下达困难群众救助补助资金58.31亿元。');
    expect(facts(r.records)).toEqual([]);
    expect(reasonOf(r, 58.31)).toEqual(['scope']);
  });

  test('the province\'s own spending stays a record', () => {
    const r = run('今年全省共支出困难群众救助资金58.31亿元。');
    expect(facts(r.records)).toEqual([['assist_funds', '', 58.31, '亿元', '全年']]);
  });
});

describe('a count followed by two groups joined by 和/、 counts them together', () => {
  const { run, facts, reasonOf } = styleKit('某市');

  test('全市A名低保和农村五保对象将从中受益, after a clause naming 五保 on its own, is no 五保 count', () => {
    const r = run('我市将从今年起提高城乡低保和农村五保对象供养标准,这是我市连续第三年提标,全市41276名低保和农村五保对象将从中受益。');
    expect(facts(r.records)).toEqual([]);
    expect(reasonOf(r, 41276)).toEqual(['combined']);
  });

  test('a count followed by one group stays that group\'s', () => {
    const r = run('我市提高农村五保对象供养标准,全市现有农村五保对象3120人。');
    expect(facts(r.records)).toEqual([['tekun_persons', '农村', 3120, '人', '全年']]);
  });
});

describe('those who benefit after a list of two programmes are their people together', () => {
  const { run, facts, reasonOf } = styleKit('某市');

  test('城乡低保群众、农村特困供养人员等…标准提高,惠及全市约A万困难群众 is no 特困 count', () => {
    const r = run('今年我市城乡低保群众、农村特困供养人员等困难群众基本生活保障标准进一步提高,惠及全市约17万困难群众。');
    expect(facts(r.records)).toEqual([]);
    expect(reasonOf(r, 17)).toEqual(['combined']);
  });

  test('the value\'s own group named after 惠及 is its subject, whatever was listed before', () => {
    const r = run('今年城乡低保和特困人员救助供养标准进一步提高,惠及城乡低保对象23100人。');
    expect(facts(r.records)).toEqual([['dibao_persons', '', 23100, '人', '全年']]);
  });

  test('惠及 after one programme is still its people', () => {
    const r = run('今年我市农村特困供养人员基本生活标准进一步提高,惠及全市农村特困供养人员6230人。');
    expect(facts(r.records)).toEqual([['tekun_persons', '农村', 6230, '人', '全年']]);
  });
});

describe('a care subsidy of a group is not the group\'s living standard', () => {
  const { run, facts } = styleKit('某市');

  test('重度残疾孤儿(事实无人抚养儿童)照料护理补贴…达到每人每月A元 is no 基本生活费 standard', () => {
    const r = run('重度残疾孤儿(事实无人抚养儿童)照料护理补贴提高150元,达到每人每月1260元,其他残疾孤儿(事实无人抚养儿童)照料护理补贴标准提高100元,达到每人每月1130元。');
    expect(facts(r.records)).toEqual([]);
  });

  test('the group\'s own living standard stays a record', () => {
    const r = run('事实无人抚养儿童基本生活费提高100元,达到每人每月1130元。');
    expect(facts(r.records)).toEqual([['fmcare_std', '', 1130, '元/人·月', '全年']]);
  });
});

describe('高龄津贴 by age bands written N周岁至M周岁', () => {
  const { run, facts, reasonOf } = styleKit('某市');

  test('each band is the standard of its band; the 低保 subgroup\'s rate is not filed', () => {
    const r = run('80周岁至89周岁老年人,每人每月享受30元高龄津贴,其中80周岁至89周岁享受城乡低保待遇的老年人,每人每月享受60元高龄津贴;90周岁至99周岁老年人,每人每月享受120元高龄津贴;100周岁以上老年人,每人每月享受400元高龄津贴。');
    expect(facts(r.records)).toEqual([
      ['elder_age_allowance_std', '80-89岁', 30, '元/人·月', '全年'],
      ['elder_age_allowance_std', '90-99岁', 120, '元/人·月', '全年'],
      ['elder_age_allowance_std', '100岁以上', 400, '元/人·月', '全年'],
    ]);
  });

  test('an age the catalogue has no band for leaves the standard a candidate, not a bandless record', () => {
    const r = run('75周岁至79周岁老年人,每人每月享受20元高龄津贴。');
    expect(facts(r.records)).toEqual([]);
    expect(reasonOf(r, 20)).toEqual(['age_band']);
  });
});

describe('a part of an area group (两县其他乡镇) is not the group', () => {
  const { run, facts } = styleKit('某市');

  test('两县其他乡(镇)低保标准…提高到A元 is no standard of 两县, but of its own tier', () => {
    const r = run('各区城市低保标准每人每月由501元提高到530元;两县政府所在镇低保标准每人每月由450元提高到476元;两县其他乡(镇)低保标准每人每月由420元提高到446元。');
    expect(facts(r.records).filter((x) => x[2] === 446)).toEqual([['dibao_std_urban', '两县其他乡(镇)', 446, '元/人·月', '全年']]);
    expect(r.records.some((x) => x.breakdown === '两县')).toBe(false);
  });

  test('a standard of the group itself keeps its group', () => {
    const r = run('从2023年1月1日起全市城市低保标准提高6%,四区从每人每月800元提高到不低于848元、两县从每人每月600元提高到不低于636元。');
    expect(facts(r.records)).toEqual([
      ['dibao_std_urban', '四区', 848, '元/人·月', '全年'],
      ['dibao_std_urban', '两县', 636, '元/人·月', '全年'],
    ]);
  });
});

describe('各县(市、区) raised from one old standard to one new one is the area\'s own standard', () => {
  const { run, facts, reasonOf } = styleKit('某市');

  test('各县(市、区)、开发区城市居民最低生活保障标准由每人每月A元提高到每人每月B元', () => {
    const r = run('从2023年3月1日起,各县(市、区)、开发区城市居民最低生活保障标准由每人每月735元提高到每人每月762元。');
    expect(facts(r.records)).toEqual([['dibao_std_urban', '', 762, '元/人·月', '全年']]);
  });

  test('a floor each area must reach (均, 不低于) stays a candidate', () => {
    const r = run('各县(市、区)城市低保标准由每人每月735元提高到每人每月不低于762元。各县(市、区)农村低保标准均达到6100元以上。');
    expect(facts(r.records)).toEqual([]);
    expect(reasonOf(r, 762)).toEqual(['sub_region']);
  });
});

describe('a year named as the basis of a rise (在N年的基础上) dates nothing after it', () => {
  const { run, facts, reasonOf } = styleKit('某县');

  test('N年标准是A元,N+1年在N年的基础上提高B元,现在标准为C元', () => {
    const r = run('一、困难残疾人生活补贴标准:2022年补助标准是生活补贴90元/人/月,2023年在2022年的基础上提高15元,现在困难残疾人生活补贴标准为105元/月/人。');
    expect(facts(r.records)).toEqual([['disab_living_std', '', 105, '元/人·月', '全年']]);
    expect(reasonOf(r, 90)).toEqual(['other_year']);
  });
});

describe('低保月人均保障标准 is the 低保 standard', () => {
  const { run, facts } = styleKit('某市');

  test('将低保月人均保障标准提高A元,达到每月B元', () => {
    const r = run('该市将低保月人均保障标准提高45元,达到每月905元;城市低保月人均保障标准达到930元。');
    expect(facts(r.records)).toEqual([
      ['dibao_std', '', 905, '元/人·月', '全年'],
      ['dibao_std_urban', '', 930, '元/人·月', '全年'],
    ]);
  });
});

describe('a side word alone before the next value switches a sided standard to its twin', () => {
  const { run, facts } = styleKit('某区');

  test('城市低保保障标准每人每月A元,农村每人每年B元', () => {
    const r = run('2023年城市低保保障标准每人每月910元,农村每人每年5230元,低保金实行差额补助。');
    expect(facts(r.records)).toEqual([
      ['dibao_std_urban', '', 910, '元/人·月', '全年'],
      ['dibao_std_rural', '', 5230, '元/人·年', '全年'],
    ]);
  });
});

describe('低保救助金 is the 低保 money', () => {
  const { run, facts } = styleKit('某区');

  test('全区共发放城乡低保救助金A亿元', () => {
    const r = run('2023年,全区共发放城乡低保救助金3.27亿元。');
    expect(facts(r.records)).toEqual([['dibao_funds', '', 3.27, '亿元', '全年']]);
  });
});

describe('a group hit by an epidemic only included among those helped is no scope', () => {
  const { run, facts, reasonOf } = styleKit('某区');

  test('为包括受疫情影响的困难群众在内的A人实施了临时救助,发放救助资金B万元', () => {
    const r = run('截至2023年12月底,全区共为包括受疫情影响的困难群众18215人实施了临时救助,发放救助资金4310.6万元。');
    expect(facts(r.records)).toEqual([['temp_assist_funds', '', 4310.6, '万元', '全年']]);
  });

  test('the money of the group hit alone stays a candidate', () => {
    const r = run('全区为受疫情影响的困难群众实施临时救助,发放救助资金410.6万元。');
    expect(facts(r.records)).toEqual([]);
    expect(reasonOf(r, 410.6)).toEqual(['scope']);
  });
});

describe('money opening its clause with 累计 after 其中 parts of people that filed nothing is the whole\'s', () => {
  const { run, facts } = styleKit('某区');

  test('救助流浪乞讨人员A人次,其中…B人次、…C人次,累计支出救助资金D万元', () => {
    const r = run('全区累计救助流浪乞讨人员2314人次,其中救助区外1720人次、未成年人188人次,累计支出救助资金140.2万元。');
    expect(facts(r.records)).toEqual([
      ['vagrant_assist_times', '', 2314, '人次', '全年'],
      ['vagrant_assist_funds', '', 140.2, '万元', '全年'],
    ]);
  });
});

describe('元/人.次 is 元/人次', () => {
  const { run, facts } = styleKit('某省');

  test('平均救助水平A元/人.次', () => {
    const r = run('全省累计实施临时救助31.07万人次,平均救助水平1012元/人.次。', '上半年');
    expect(facts(r.records)).toEqual([
      ['temp_assist_times', '', 31.07, '万人次', '上半年'],
      ['temp_assist_avg', '', 1012, '元/人次', '上半年'],
    ]);
  });
});

describe('a side word right before the alias of a standard with sided twins', () => {
  const { run, facts } = styleKit('某市');

  test('市区、县域农村特困人员基本生活保障标准统一调整为每人每月A元', () => {
    const r = run('将市区、县域城市特困人员基本生活保障标准统一调整为每人每月1080元,市区、县域农村特困人员基本生活保障标准统一调整为每人每月705元。');
    expect(facts(r.records)).toEqual([
      ['tekun_std_urban', '', 1080, '元/人·月', '全年'],
      ['tekun_std_rural', '', 705, '元/人·月', '全年'],
    ]);
  });
});

describe('the year a notice\'s standards start (从N年M月D日起) is the text\'s year', () => {
  test('从N年1月1日起…提高, with an older year only compared (较N-1年)', () => {
    const ctx = inferContext('我市连续提高城乡低保标准\n从2023年1月1日起全市城市低保标准提高6%,由每人每月800元提高到848元;照料护理标准较2022年分别提高60元、120元。', catalogue);
    expect(ctx.year?.value).toBe(2023);
  });

  test('a start date cited with a document (《…》自N年…起施行) is not the text\'s year', () => {
    const ctx = inferContext('2023年,城市低保标准为每人每月848元。\n《某市最低生活保障办法》自2019年3月1日起施行,《某市特困人员供养细则》自2019年5月1日起施行。', catalogue);
    expect(ctx.year?.value).toBe(2023);
  });
});

describe('a 分别 list after a ratio to another standard (按照…标准的1.3倍确定,即…分别…)', () => {
  const { run, facts } = styleKit('某市');

  test('the items are the subject named before the ratio, not its basis', () => {
    const r = run('全市城乡特困人员基本生活标准按照不低于城乡低保标准的1.3倍确定,即每人每月分别从1040元、780元提高到1102元、827元。');
    expect(facts(r.records)).toEqual([
      ['tekun_std_urban', '', 1102, '元/人·月', '全年'],
      ['tekun_std_rural', '', 827, '元/人·月', '全年'],
    ]);
  });
});

describe('standards of numbered area groups in items ended by semicolons', () => {
  const { run, facts, reasonOf } = styleKit('某市');

  test('五区农村低保标准…提高到A元;两县低保标准…提高到B元: both the rural standard of their group', () => {
    const r = run('五区农村低保标准每人每年由5210元提高到5630元;两县低保标准每人每年由4980元提高到5340元。');
    expect(facts(r.records)).toEqual([
      ['dibao_std_rural', '五区', 5630, '元/人·年', '全年'],
      ['dibao_std_rural', '两县', 5340, '元/人·年', '全年'],
    ]);
  });

  test('an item naming no side after items of both sides is a candidate', () => {
    const r = run('五区城市低保标准每人每月由700元提高到740元;五区农村低保标准每人每年由5210元提高到5630元;两县低保标准每人每年由4980元提高到5340元。');
    expect(facts(r.records).filter((x) => x[2] === 5340)).toEqual([]);
    expect(reasonOf(r, 5340)).toEqual(['ambiguous_breakdown']);
  });
});

describe('values between a compared year and the rise (较N年A元…分别提高B元) are that year\'s', () => {
  const { run, facts, reasonOf } = styleKit('某市');

  test('较2021年全自理每人每年A元、半护理每人每年B元分别提高C元、D元', () => {
    const r = run('特困人员照料护理标准较2021年全自理每人每年1560元、半护理每人每年3120元分别提高96元、192元。', '全年', 2022);
    expect(facts(r.records)).toEqual([]);
    expect(reasonOf(r, 1560)).toEqual(['other_year']);
  });

  test('比2021年A元提高了B元', () => {
    const r = run('特困人员照料护理标准比2021年全自理每人每年1560元提高了96元。', '全年', 2022);
    expect(facts(r.records)).toEqual([]);
  });

  test('a value after the rise (比2021年提高B元,达到A元) is the report year\'s', () => {
    const r = run('特困人员照料护理标准比2021年提高96元,全自理达到每人每年1656元。', '全年', 2022);
    expect(facts(r.records)).toEqual([['tekun_care_std', '自理', 1656, '元/人·年', '全年']]);
  });
});

describe('a bare 元 restated per month in brackets (全自理A元(月人均B元)) is per year', () => {
  const { run, facts } = styleKit('某市');

  test('照料护理标准…即全自理A元(月人均B元)、半护理C元(月人均D元)、全护理E元(月人均F元)', () => {
    const r = run('照料护理标准根据自理能力分档,即全自理1656元(月人均138元)、半护理3312元(月人均276元)、全护理4968元(月人均414元)。', '全年', 2022);
    expect(facts(r.records)).toEqual([
      ['tekun_care_std', '自理', 1656, '元/人·年', '全年'],
      ['tekun_care_std', '半自理', 3312, '元/人·年', '全年'],
      ['tekun_care_std', '完全不能自理', 4968, '元/人·年', '全年'],
    ]);
  });
});
