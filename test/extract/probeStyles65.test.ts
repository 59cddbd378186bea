// Frames met on held-out reports (c66, c68), with short texts written for these tests in our own words and numbers.
import { styleKit } from './styleKit';

const { run, facts, reasonOf } = styleKit('历下区');

describe('a numbered sub-heading naming one side of 低保 gives its side', () => {
  const head = '一、加强民生保障。\n1、完善农村居民最低生活保障制度\n今年以来,继续将困难群众纳入农村低保范围。';

  test('1、完善农村居民最低生活保障制度: the side-less caseload under it is rural', () => {
    const r = run(head + '截止6月底,享受低保对象人数为912人,1-6月份共发放农村低保金48.3万元。', '上半年');
    expect(facts(r.records)).toEqual([
      ['dibao_persons', '农村', 912, '人', '上半年'],
      ['dibao_funds', '农村', 48.3, '万元', '上半年'],
    ]);
  });

  test('the next numbered heading ends it', () => {
    const r = run(head + '\n2、临时救助\n全区低保对象人数为35人。', '上半年');
    expect(facts(r.records)).toEqual([['dibao_persons', '', 35, '人', '上半年']]);
  });

  test('a sub-heading naming both sides gives none', () => {
    const r = run('1、完善城乡居民最低生活保障制度\n截止6月底,享受低保对象人数为912人,1-6月份共发放农村低保金48.3万元。', '上半年');
    expect(facts(r.records)).toContainEqual(['dibao_persons', '', 912, '人', '上半年']);
  });

  test('a side the sentence states for a count of its own leaves the other count whole', () => {
    const r = run('1、完善农村居民最低生活保障制度\n全区低保对象人数为912人,其中农村低保对象700人。', '上半年');
    expect(facts(r.records)).toContainEqual(['dibao_persons', '', 912, '人', '上半年']);
  });

  test('a sub-heading with no side keeps the side of the section above it', () => {
    const r = run('(一)城市低保工作。\n1、提高保障标准\n全区低保对象1200人,发放低保金30万元。', '上半年');
    expect(facts(r.records)).toEqual([
      ['dibao_persons', '城市', 1200, '人', '上半年'],
      ['dibao_funds', '城市', 30, '万元', '上半年'],
    ]);
  });
});

describe('乡N个(其中民族乡M个) counts the 乡 with the 民族乡: the 乡小计', () => {
  test('a 民族乡 part in brackets', () => {
    const r = run('全州共有镇64个,乡11个(其中民族乡3个),街道办事处17个。', 'Q1');
    expect(facts(r.records)).toEqual([
      ['township_level_units', '镇', 64, '个', 'Q1'],
      ['township_level_units', '乡小计', 11, '个', 'Q1'],
      ['township_level_units', '民族乡', 3, '个', 'Q1'],
      ['township_level_units', '街道', 17, '个', 'Q1'],
    ]);
  });

  test('乡 and 民族乡 side by side stay the plain 乡', () => {
    const r = run('全县共有镇14个,乡5个,民族乡1个,街道办事处3个。', 'Q1');
    expect(facts(r.records)).toContainEqual(['township_level_units', '乡', 5, '个', 'Q1']);
  });
});

describe('older stock sentences of 五保 and 低保', () => {
  test('五保供养老人A人 is the rural 特困 caseload; its 其中 mode stays a part', () => {
    const r = run('全县五保供养老人386人(其中分散供养81人),供养率达九成。');
    expect(facts(r.records)).toEqual([['tekun_persons', '农村', 386, '人', '全年']]);
    expect(reasonOf(r, 81)).toEqual(['subset']);
  });

  test('有城市低保对象A户,B人、农村低保对象C户,D人,年发放低保资金E万元: B is urban, E both sides\' money', () => {
    const r = run('去年有城市低保对象1320户,2710人、农村低保对象1150户,2290人,年发放低保资金355.2万元。');
    expect(facts(r.records)).toEqual([
      ['dibao_households', '城市', 1320, '户', '全年'],
      ['dibao_persons', '城市', 2710, '人', '全年'],
      ['dibao_households', '农村', 1150, '户', '全年'],
      ['dibao_persons', '农村', 2290, '人', '全年'],
      ['dibao_funds', '', 355.2, '万元', '全年'],
    ]);
  });
});

describe('其中 parts that are indicators of their own', () => {
  test('两项补贴 persons, 其中 each subsidy\'s persons', () => {
    const r = run('全区两项补贴惠及残疾人1.9万多名,其中享受困难残疾人生活补贴0.8万多人,享受重度残疾人护理补贴1.1万多人。');
    expect(facts(r.records)).toEqual([
      ['disab_two_persons', '', 1.9, '万人', '全年'],
      ['disab_living_persons', '', 0.8, '万人', '全年'],
      ['disab_care_persons', '', 1.1, '万人', '全年'],
    ]);
  });

  test('孤儿A人,其中集中供养B人: the orphans in institutions', () => {
    const r = run('全区孤儿630人,其中,有身份证信息的集中供养142人;社会散居孤儿488人。', 'Q1');
    expect(facts(r.records)).toEqual([
      ['orphan_persons', '', 630, '人', 'Q1'],
      ['orphan_persons', '机构养育', 142, '人', 'Q1'],
      ['orphan_persons', '社会散居', 488, '人', 'Q1'],
    ]);
  });
});

describe('a 工作目标 | 已完成数 table whose labels name the task with its target', () => {
  // (the targets are never the fact; the completed cells stay held while the table's rows cannot be read safely)
  const table = ['某区民政局2023年民生实事完成情况公示', '考核指标 |', '计量单位 |', '工作目标 |', '已完成数 |', '占年度任务 |',
    '新增养老床位1200张 |', '张 |', '敬老院新增床位700张 |', '700 |', '100% |', '元 |', '城市低保月人均保障标准不低于320元 |', '326.5 |', '102% |'].join('\n');

  test('no target is filed', () => {
    const r = run(table);
    const values = r.records.map((x) => x.value);
    expect(values).not.toContain(1200);
    expect(values).not.toContain(320);
  });
});
