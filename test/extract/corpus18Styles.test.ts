// Styles met in an eighteenth corpus of published texts (民政局 work summaries with their review and plan
// headings, monthly assistance notices, news of a year's civil-affairs work). Fixtures are written for these
// tests in our own words and numbers.
import { inferContext } from '../../src/core/extract/context';
import { catalogue, styleKit } from './styleKit';

const { run, facts, reasonOf } = styleKit('某市');

describe('a heading that reviews the year is not the plan', () => {
  const text = [
    '某市民政局2023年工作总结和2024年工作安排',
    '一、2023年重点工作情况',
    '(一)兜底保障。截至目前,全市共发放临时救助资金1234.5万元。',
    '二、2024年重点工作',
    '(一)全年拟发放临时救助资金1500万元。',
  ].join('\n');

  test('一、2023年重点工作情况: the figures under it are the year’s; those under 二、2024年重点工作 are the plan', () => {
    const r = run(text);
    expect(facts(r.records)).toEqual([['temp_assist_funds', '', 1234.5, '万元', '全年']]);
    expect(reasonOf(r, 1500)).toEqual(['plan']);
  });

  test('重点工作完成情况 is a review too', () => {
    const r = run('二、重点工作完成情况\n全年共发放临时救助资金988.6万元。');
    expect(facts(r.records)).toEqual([['temp_assist_funds', '', 988.6, '万元', '全年']]);
  });

  test('a heading of 重点工作 alone still opens the plan', () => {
    const r = run('三、2024年重点工作\n全年发放临时救助资金1600万元。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 1600)).toEqual(['plan']);
  });
});

describe('元/月·人 and the old list of 分别由…提高至…', () => {
  test('元/月·人 is per person and month; the old pair is skipped', () => {
    const r = run('2023年城乡低保标准分别由880元/月·人、610元/月·人提高至930元/月·人、700元/月·人。');
    expect(facts(r.records)).toEqual([
      ['dibao_std_urban', '', 930, '元/人·月', '全年'],
      ['dibao_std_rural', '', 700, '元/人·月', '全年'],
    ]);
    expect(r.notes.join()).toMatch(/跳过 2 个/);
  });

  test('a broken unit (610元/·人) before 提高至 still leaves the old value out', () => {
    const r = run('2023年城乡低保标准分别由880元/月·人、610元/·人提高至930元/月·人、700元/·人。');
    expect(r.records.map((x) => x.value)).not.toContain(610);
    expect(r.records.map((x) => x.value)).not.toContain(880);
    expect(facts(r.records)).toContainEqual(['dibao_std_urban', '', 930, '元/人·月', '全年']);
  });

  test('two values after 分别 for one standard with no sides are left for review', () => {
    const r = run('今年将低保标准分别由880元/月·人、610元/·人提高至930元/月·人、700元/·人。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 930)).toEqual(['list_mismatch']);
    expect(reasonOf(r, 700)).toEqual(['list_mismatch']);
  });
});

describe('a count with a fraction has lost its 万', () => {
  test('惠及困难群众2.37人次 is no count of 2.37 people', () => {
    const r = run('全年发放临时救助资金86.2万元,惠及困难群众2.37人次。');
    expect(facts(r.records)).toEqual([['temp_assist_funds', '', 86.2, '万元', '全年']]);
    expect(reasonOf(r, 2.37)).toEqual(['malformed']);
  });

  test('2.37万人次 is a count', () => {
    const r = run('全年实施临时救助2.37万人次。');
    expect(facts(r.records)).toEqual([['temp_assist_times', '', 2.37, '万人次', '全年']]);
  });
});

describe('a newspaper text with spaces around its numbers', () => {
  test('截至 10 月底 dates the money after it (1-10月), as 截至10月底 does', () => {
    const r = run('2023 年,本区民政工作稳步推进。截至 10 月底,发放社会救助资金4312.6 万元,其中发放城乡低保资金 3520.8 万元。');
    expect(facts(r.records)).toEqual([
      ['assist_funds', '', 4312.6, '万元', '1-10月'],
      ['dibao_funds', '', 3520.8, '万元', '1-10月'],
    ]);
  });

  test('the year of a review titled ——2022 年全区民政工作综述', () => {
    const c = inferContext('为民生托底\n——2022 年全区民政工作综述\n2022 年,我区民政部门扎实推进各项工作。截至 10 月底,发放社会救助资金4312.6 万元。', catalogue);
    expect(c.year?.value).toBe(2022);
  });

  test('2023 年 9 月 20 日 is a date, not a month dating the figures', () => {
    const r = run('2023 年 9 月 20 日,全区共发放临时救助资金36.5万元。');
    expect(facts(r.records)).toEqual([['temp_assist_funds', '', 36.5, '万元', '全年']]);
  });
});

describe('分别 lists whose values carry their own labels', () => {
  test('城乡特困人员照料护理标准分别提高到全自理A、半护理B、全护理C: one unified standard by care tier', () => {
    const r = run('2023年,城乡特困人员照料护理标准分别提高到全自理6120元/人年、半护理6600元/人年、全护理7080元/人年。');
    expect(facts(r.records)).toEqual([
      ['tekun_care_std', '自理', 6120, '元/人·年', '全年'],
      ['tekun_care_std', '半自理', 6600, '元/人·年', '全年'],
      ['tekun_care_std', '完全不能自理', 7080, '元/人·年', '全年'],
    ]);
  });

  test('城乡低保标准分别提高到A元/月、B元/年 still splits into the two sides', () => {
    const r = run('城乡低保标准分别提高到720元/月、6100元/年。');
    expect(facts(r.records)).toEqual([
      ['dibao_std_urban', '', 720, '元/人·月', '全年'],
      ['dibao_std_rural', '', 6100, '元/人·年', '全年'],
    ]);
  });

  test('孤儿集中、分散供养保障人均标准分别达到A元/月、B元/月: 集中 is 机构养育, 分散 社会散居', () => {
    const r = run('孤儿集中、分散供养保障人均标准分别达到1880元/月、1420元/月。');
    expect(facts(r.records)).toEqual([
      ['orphan_std', '机构养育', 1880, '元/人·月', '全年'],
      ['orphan_std', '社会散居', 1420, '元/人·月', '全年'],
    ]);
  });
});

describe('movements of a programme named in the clause before', () => {
  test('新增城乡低保A户B人,调出C户D人: the bare 调出 counts are the programme’s exits', () => {
    const r = run('1-6月,全县新增城乡低保120户210人,调出98户160人。', '上半年');
    expect(facts(r.records)).toEqual([
      ['dibao_new_households', '', 120, '户', '上半年'],
      ['dibao_new_persons', '', 210, '人', '上半年'],
      ['dibao_exit_households', '', 98, '户', '上半年'],
      ['dibao_exit_persons', '', 160, '人', '上半年'],
    ]);
  });

  test('城市低保调入A户B人,调出C户D人', () => {
    const r = run('今年城市低保调入35户52人,调出41户70人。');
    expect(facts(r.records)).toEqual([
      ['dibao_new_households', '城市', 35, '户', '全年'],
      ['dibao_new_persons', '城市', 52, '人', '全年'],
      ['dibao_exit_households', '城市', 41, '户', '全年'],
      ['dibao_exit_persons', '城市', 70, '人', '全年'],
    ]);
  });
});

describe('新增 said of every item of its list', () => {
  test('新增城乡低保对象A人、特困供养对象B人: B is new 特困 persons, not the stock', () => {
    const r = run('全年累计新增城乡低保对象125人、特困供养对象10人,新认定因病致贫对象4人。');
    expect(facts(r.records)).toEqual([
      ['dibao_new_persons', '', 125, '人', '全年'],
      ['tekun_new_persons', '', 10, '人', '全年'],
    ]);
  });

  test('新增特困供养对象A人 is the new count', () => {
    const r = run('全年新增特困供养对象14人。');
    expect(facts(r.records)).toEqual([['tekun_new_persons', '', 14, '人', '全年']]);
  });

  test('an item with no 新增 counterpart stays a candidate (新建…中心A个、…)', () => {
    const r = run('今年新建养老服务中心3个、养老床位200张。');
    expect(r.records.filter((x) => x.indicatorId === 'elder_institutions' || x.indicatorId === 'elder_beds')).toEqual([]);
    expect(reasonOf(r, 3)).toEqual(['new_vs_stock']);
  });
});

describe('补助水平 / 平均救助水平 after a programme’s count', () => {
  test('城市低保对象A人,保障标准为B元,补助水平为C元: C is the side’s average subsidy, not a standard', () => {
    const r = run('截至12月底,全县共有低保对象6120人,其中,城市低保对象410人,保障标准为760元/人·月,补助水平为498.2元/人·月;农村低保对象5710人,保障标准为6900元/人·年,补助水平为3650.5元/人·年。');
    expect(facts(r.records)).toEqual([
      ['dibao_persons', '', 6120, '人', '全年'],
      ['dibao_persons', '城市', 410, '人', '全年'],
      ['dibao_std_urban', '', 760, '元/人·月', '全年'],
      ['dibao_avg_subsidy', '城市', 498.2, '元/人·月', '全年'],
      ['dibao_persons', '农村', 5710, '人', '全年'],
      ['dibao_std_rural', '', 6900, '元/人·年', '全年'],
      ['dibao_avg_subsidy', '农村', 3650.5, '元/人·年', '全年'],
    ]);
  });

  test('实施临时救助A人次,平均救助水平为B元/人次', () => {
    const r = run('全县实施临时救助210人次,平均救助水平为4210.6元/人次。');
    expect(facts(r.records)).toEqual([
      ['temp_assist_times', '', 210, '人次', '全年'],
      ['temp_assist_avg', '', 4210.6, '元/人次', '全年'],
    ]);
  });

  test('a bare 水平 with no 补助/救助 is left alone', () => {
    const r = run('全县低保对象6120人,发放资金320万元,水平为498.2元。');
    expect(r.records.map((x) => x.value)).not.toContain(498.2);
  });
});

describe('the year of a news item on last year’s work', () => {
  const text = [
    '本省基本民生保障持续巩固',
    '2023-01-09 10:12:30 来源: 某某日报',
    '记者从近日召开的全省民政工作会议上获悉,2022年,全省保障低保对象81.6万人,累计发放保障金38.25亿元。',
    '2023年,全省民政系统将重点做好完善分层分类社会救助体系等工作。',
  ].join('\n');

  test('获悉,2022年,… is the year of the figures; 2023年,…将 is the plan, not the year', () => {
    const c = inferContext(text, catalogue);
    expect(c.year?.value).toBe(2022);
  });

  test('a year line of the review itself still counts (2022年,全省民政系统扎实推进…)', () => {
    const c = inferContext('2022年,全省民政系统扎实推进各项工作,全年保障低保对象81.6万人。', catalogue);
    expect(c.year?.value).toBe(2022);
  });
});

describe('the second value of a chain after a list', () => {
  test('特困人员A人、低保边缘家庭B户C人: C is the edge families’ persons, not 特困', () => {
    const r = run('全市共有低保对象3120户5810人、特困人员1040人、低保边缘家庭352户761人。');
    expect(facts(r.records)).toEqual([
      ['dibao_households', '', 3120, '户', '全年'],
      ['dibao_persons', '', 5810, '人', '全年'],
      ['tekun_persons', '', 1040, '人', '全年'],
      ['dibao_edge_households', '', 352, '户', '全年'],
      ['dibao_edge_persons', '', 761, '人', '全年'],
    ]);
  });
});

describe('wordings of the money paid', () => {
  test('城乡低保补助资金 is the 低保 money (the whole of both sides)', () => {
    const r = run('1月份,发放城乡低保补助资金96.4万元。其中,城市低保对象810户、1040人,发放保障资金85.1万元。', '1月');
    expect(facts(r.records)).toEqual([
      ['dibao_funds', '', 96.4, '万元', '1月'],
      ['dibao_households', '城市', 810, '户', '1月'],
      ['dibao_persons', '城市', 1040, '人', '1月'],
      ['dibao_funds', '城市', 85.1, '万元', '1月'],
    ]);
  });
});

describe('困难群众资金 is the assistance money', () => {
  test('共发放困难群众资金A亿元', () => {
    const r = run('截至目前,全市共发放困难群众资金3.12亿元。');
    expect(facts(r.records)).toEqual([['assist_funds', '', 3.12, '亿元', '全年']]);
  });
});

describe('the parts after 其中 of a whole filed the sentence before', () => {
  test('困难群众资金A亿元。其中发放城乡最低生活保障资金B亿元;发放城乡特困人员供养资金C万元: the declared parts are their programmes’ totals', () => {
    const r = run('截至目前,全市共发放困难群众资金3.12亿元。其中发放城乡最低生活保障资金2.04亿元;发放城乡特困人员供养资金6120.5万元;发放临时救助资金1980.2万元。');
    expect(facts(r.records)).toEqual([
      ['assist_funds', '', 3.12, '亿元', '全年'],
      ['dibao_funds', '', 2.04, '亿元', '全年'],
      ['tekun_funds', '', 6120.5, '万元', '全年'],
      ['temp_assist_funds', '', 1980.2, '万元', '全年'],
    ]);
  });

  test('a part after 其中 of a whole that is no sum of it keeps its lost breakdown a question', () => {
    const r = run('全市低保对象5320户。其中:纳入低保2140户。');
    expect(r.records.map((x) => x.value)).not.toContain(2140);
  });
});

describe('a count in 万 followed by the people it counts', () => {
  test('惠及全县1.36万高龄老人 is 1.36万人', () => {
    const r = run('共为全县80岁以上高龄老人发放生活津贴412.6万元,惠及全县1.36万高龄老人。', '上半年');
    expect(facts(r.records)).toEqual([
      ['elder_age_allowance_funds', '', 412.6, '万元', '上半年'],
      ['elder_age_allowance_persons', '', 1.36, '万人', '上半年'],
    ]);
  });

  test('1.2万余名困难群众 is counted in 人; 230亿 with no people after it keeps no unit', () => {
    const r = run('全年临时救助惠及1.2万余名困难群众,全市GDP达到230亿,居民收入增长。');
    expect(r.candidates.filter((c) => c.value === 1.2).map((c) => c.unit)).toEqual(['万人']);
    expect(r.candidates.filter((c) => c.value === 230).map((c) => c.unit)).toEqual(['亿']);
  });
});

describe('movements after 、 in one clause', () => {
  test('新增城乡低保A户B人、退出C户D人,新增特困供养人员E人、退出F人', () => {
    const r = run('1-6月份,全县新增城乡低保382户497人、退出406户981人,新增特困供养人员112人、退出87人。', '上半年');
    expect(facts(r.records)).toEqual([
      ['dibao_new_households', '', 382, '户', '上半年'],
      ['dibao_new_persons', '', 497, '人', '上半年'],
      ['dibao_exit_households', '', 406, '户', '上半年'],
      ['dibao_exit_persons', '', 981, '人', '上半年'],
      ['tekun_new_persons', '', 112, '人', '上半年'],
      ['tekun_exit_persons', '', 87, '人', '上半年'],
    ]);
  });

  test('低保新增 A 户 B 人、停发 C 户 D 人 (spaced): 停发 counts are exits; 特困 households stay candidates', () => {
    const r = run('2023 年低保新增 940 户 1510 人、停发 1102 户 1788 人,特困供养新增 72 户 79 人、停发 91 户 104 人。');
    expect(facts(r.records)).toEqual([
      ['dibao_new_households', '', 940, '户', '全年'],
      ['dibao_new_persons', '', 1510, '人', '全年'],
      ['dibao_exit_households', '', 1102, '户', '全年'],
      ['dibao_exit_persons', '', 1788, '人', '全年'],
      ['tekun_new_persons', '', 79, '人', '全年'],
      ['tekun_exit_persons', '', 104, '人', '全年'],
    ]);
    expect(reasonOf(r, 91)).toEqual(['no_indicator']);
  });
});
