// Parts taken for wholes (issue 7, "Scope" and "Conflicts"): one day's drive, the persons of the programmes
// listed, the beds of the institutions just built, a level "and above", and a whole stated in another paragraph.
// Fixtures are written for these tests in our own words and numbers.
import { styleKit } from './styleKit';

const city = styleKit('济南市');
const nation = styleKit('全国');

describe('figures of a part are candidates, not the whole of their indicator', () => {
  test('a quoted day or drive in the value\'s clause ("爱心公益日"募集资金A亿元)', () => {
    const r = city.run('推进慈善事业发展,今年"爱心公益日"募集资金3.1亿元。');
    expect(r.records.filter((x) => x.indicatorId === 'charity_donations')).toEqual([]);
    expect(city.reasonOf(r, 3.1)).toEqual(['scope']);
    // a day named in an earlier clause does not make the whole's figure a part
    const w = city.run('开展"慈善日"宣传活动,全市慈善总会全年募集善款2.6亿元。');
    expect(city.facts(w.records)).toEqual([['charity_donations', '', 2.6, '亿元', '全年']]);
  });

  test('通过A、B等兜底保障…N人: the persons of the programmes listed', () => {
    const r = city.run('全市通过城市低保、临时救助等兜底保障困难群众1.2万人。');
    expect(r.records).toEqual([]);
    expect(city.reasonOf(r, 1.2)).toEqual(['subset']);
  });

  test('建成…机构A个、护理型床位B张: the beds of the institutions just built', () => {
    const r = city.run('今年建成社区照护中心12个、护理型床位860张。');
    expect(r.records.filter((x) => x.indicatorId === 'nursing_beds')).toEqual([]);
    expect(city.reasonOf(r, 860)).toEqual(['scope']);
    // the area's beds stated with its institutions (no building) stay a record
    expect(city.facts(city.run('全市护理型床位2.4万张。').records)).toEqual([['nursing_beds', '', 2.4, '万张', '全年']]);
  });

  test('县级以上公益性公墓A个: a level and those above it is not that level', () => {
    const r = city.run('今年建成县级以上公益性公墓9个,村级公益性公墓40个。');
    expect(city.facts(r.records)).toEqual([['public_cemeteries', '村级', 40, '个', '全年']]);
    expect(city.reasonOf(r, 9)).toEqual(['scope']);
  });
});

describe('two figures for one key: the one stating the text\'s own whole wins', () => {
  test('one drive\'s takings in one paragraph, the city\'s 总会 in another: the city\'s, with its own quote', () => {
    const r = city.run('组织各类慈善组织参与防汛救灾,募集款物2.3亿元。\n全市慈善总会全年募集善款1.8亿元,资助困难群众3万人次。');
    const rec = r.records.filter((x) => x.indicatorId === 'charity_donations');
    expect(rec.map((x) => [x.value, x.unit])).toEqual([[1.8, '亿元']]);
    expect(rec[0].quote).toContain('全市慈善总会全年募集善款1.8亿元');
    expect(city.reasonOf(r, 2.3)).toEqual(['scope']);
  });

  test('another area\'s whole in a later paragraph (某省全省…) does not replace the text\'s figure', () => {
    const r = nation.run('全国全年火化遗体520万具。\n江西全省火化遗体31万具,比上年增加。');
    expect(nation.facts(r.records.filter((x) => x.indicatorId === 'cremations'))).toEqual([['cremations', '', 520, '万具', '全年']]);
  });
});

describe('将 + a verb is the future: a plan, not this period\'s figure', () => {
  test('今年将新建A处 (a headline) and 将完成建设A个…的任务 are plans; 将标准提高到 (将 = 把) is not', () => {
    const r = city.run('全市今年将新建150处养老设施 老年助餐场所300处\n今年新建养老服务设施98个。');
    expect(city.facts(r.records)).toEqual([['elder_facilities_new', '', 98, '个', '全年']]);
    expect(city.reasonOf(r, 150)).toEqual(['plan']);
    expect(city.reasonOf(r, 300)).toEqual(['plan']);
    const b = city.run('今年全市将完成建设120个养老设施的任务。');
    expect(b.records).toEqual([]);
    const c = city.run('今年将城市低保标准提高到每人每月850元。');
    expect(city.facts(c.records)).toEqual([['dibao_std_urban', '', 850, '元/人·月', '全年']]);
  });
});

describe('the country\'s figures in a province\'s or a city\'s text', () => {
  const prov = styleKit('江苏省');
  test('a sentence whose clause opens with 全国/我国 gives candidates; the province\'s own figures are its records', () => {
    const r = prov.run('据民政部发布,2023年全国结婚登记581.2万对,离婚登记241.6万对。全省全年结婚登记36.5万对,离婚登记15.2万对。');
    expect(prov.facts(r.records)).toEqual([
      ['marriage_reg', '', 36.5, '万对', '全年'],
      ['divorce_reg', '', 15.2, '万对', '全年'],
    ]);
    expect(prov.reasonOf(r, 581.2)).toEqual(['other_region']);
    expect(prov.reasonOf(r, 241.6)).toEqual(['other_region']);
  });
  test('a national text keeps its national figures', () => {
    const r = nation.run('2023年全国结婚登记581.2万对。');
    expect(nation.facts(r.records)).toEqual([['marriage_reg', '', 581.2, '万对', '全年']]);
  });
});

describe('after the parts, a clause about the whole year', () => {
  test('其中…A人次,全年支出…B万元: B is the whole\'s money again', () => {
    const r = city.run('全年共实施临时救助8650人次,其中救助外地户籍对象410人次,全年支出临时救助资金1320万元。');
    expect(city.facts(r.records)).toEqual([
      ['temp_assist_times', '', 8650, '人次', '全年'],
      ['temp_assist_funds', '', 1320, '万元', '全年'],
    ]);
  });

  test('其中…A人次,支出资金B万元: without such an opener B stays the part\'s', () => {
    const r = city.run('全年共实施临时救助8650人次,其中救助外地户籍对象410人次,支出临时救助资金52万元。');
    expect(r.records.map((x) => x.value)).not.toContain(52);
  });
});

describe('the area above the text\'s region (全市 in a district\'s text, 全省 in a city\'s)', () => {
  test('全市… and 我区… in a district\'s text: the city\'s figure is a candidate, the district\'s is the record', () => {
    const k = styleKit('历下区');
    const r = k.run('全市共有城乡低保对象4.8万人,我区共有城乡低保对象7410人。上半年,全区办理结婚登记1120对,占全市的11%。');
    expect(k.facts(r.records)).toEqual([
      ['dibao_persons', '', 7410, '人', '全年'],
      // (上半年 opening its clause dates the count, as 1-6月 would)
      ['marriage_reg', '', 1120, '对', '上半年'],
    ]);
    expect(k.reasonOf(r, 4.8)).toEqual(['other_region']);
  });

  test('全省率先… (first in the province) is the text\'s own boast, not the province\'s figure', () => {
    const k = styleKit('济南市');
    expect(k.facts(k.run('全省率先建成养老服务设施312处。').records)).toEqual([['elder_facilities', '', 312, '处', '全年']]);
  });

  test('截至6月底,全省… in a city\'s text is the province\'s', () => {
    const k = styleKit('济南市');
    const r = k.run('截至6月底,全省城市低保平均标准达到每人每月790元,全市城市低保标准为每人每月880元。');
    expect(k.facts(r.records)).toEqual([['dibao_std_urban', '', 880, '元/人·月', '上半年']]);
    expect(k.reasonOf(r, 790)).toEqual(['other_region']);
  });

  test('全市 in a county-level city\'s text and 全区 in an autonomous region\'s city are their own words where they name the region', () => {
    const k = styleKit('寿光市');
    expect(k.facts(k.run('全市共有城乡低保对象5230人。').records)).toEqual([['dibao_persons', '', 5230, '人', '全年']]);
    const m = styleKit('呼和浩特市');
    expect(m.reasonOf(m.run('全区共有城乡低保对象51.2万人。'), 51.2)).toEqual(['other_region']);
  });
});

describe('community social organisations', () => {
  test('社区社会组织A个 is not the registered social organisations', () => {
    const r = city.run('全市培育社区社会组织6130个,其中备案4020个。全市依法登记社会组织3310个。');
    expect(city.facts(r.records)).toEqual([['social_orgs', '', 3310, '个', '全年']]);
    expect(city.reasonOf(r, 6130)).toEqual(['subset']);
  });
});

describe('one-off payments to a programme\'s people', () => {
  test('为低保对象发放一次性生活补贴A万元 is not the 低保 funds; the funds stated later are', () => {
    const r = city.run('为低保对象发放一次性生活补贴240万元。全年累计投入社会救助资金2.05亿元,其中城乡低保资金1.12亿元。');
    expect(city.facts(r.records)).toEqual([
      ['assist_funds', '', 2.05, '亿元', '全年'],
      ['dibao_funds', '', 1.12, '亿元', '全年'],
    ]);
    expect(city.reasonOf(r, 240)).toEqual(['scope']);
  });

  test('价格临时补贴 stays its own indicator', () => {
    const r = city.run('全年发放价格临时补贴418.2万元。');
    expect(city.facts(r.records)).toEqual([['price_subsidy_funds', '', 418.2, '万元', '全年']]);
  });
});

describe('floors of each lower area', () => {
  test('各县(市、区)…均达到A元以上 is each area\'s floor, and 其中市区…B元 one of those areas\' standard', () => {
    const r = city.run('各县(市、区)城市低保标准均达到每人每月780元以上,其中市区城市低保标准为每人每月910元。');
    expect(r.records).toEqual([]);
    expect(city.reasonOf(r, 780)).toEqual(['sub_region']);
    expect(city.reasonOf(r, 910)).toEqual(['sub_region']);
  });

  test('各县区共发放低保金A亿元 (no 均) is the sum over the areas: the whole', () => {
    const r = city.run('各县区共发放低保金1.46亿元。');
    expect(city.facts(r.records)).toEqual([['dibao_funds', '', 1.46, '亿元', '全年']]);
  });
});

describe('standards of numbered area groups (五区 / 三县)', () => {
  test('五区由…提高至A元,三县由…提高至B元: each group is the standard\'s area breakdown; the old values are skipped', () => {
    const r = city.run('城市低保标准:五区由每人每月790元提高至852元,三县由每人每月596元提高至641元;农村低保标准由每人每年4470元提高至4830元。');
    expect(city.facts(r.records)).toEqual([
      ['dibao_std_urban', '五区', 852, '元/人·月', '全年'],
      ['dibao_std_urban', '三县', 641, '元/人·月', '全年'],
      ['dibao_std_rural', '', 4830, '元/人·年', '全年'],
    ]);
  });

  test('a list of named districts stays a candidate', () => {
    const r = city.run('东城区、西城区、北湖区城乡特困人员基本生活标准提高到每人每月1650元。');
    expect(r.records).toEqual([]);
    expect(city.reasonOf(r, 1650)).toEqual(['area_group']);
  });
});

describe('an item naming only an area group after a standard', () => {
  test('农村低保标准:各区由A提高到B;两县由C提高到D: each group\'s standard; a group with a further qualifier stays a candidate', () => {
    const r = city.run('我市各区农村低保标准由每人每年2500元提高到2810元;两县由每人每年2380元提高到2650元;两县政府所在镇由每人每月300元提高到330元。');
    expect(city.facts(r.records)).toEqual([
      ['dibao_std_rural', '各区', 2810, '元/人·年', '全年'],
      ['dibao_std_rural', '两县', 2650, '元/人·年', '全年'],
    ]);
    expect(r.records.some((x) => x.value === 330)).toBe(false);
  });
});
