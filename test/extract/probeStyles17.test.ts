// Frames probed in a seventeenth round: Chinese numerals, 人次 against persons, the homes of one kind, the two disability
// subsidies, rural 五保 texts, several periods in one paragraph, plans, and township reports. Texts written for these tests
// in our own words and numbers.
import { catalogue, styleKit } from './styleKit';
import { inferContext } from '../../src/core/extract/context';

const district = styleKit('历下区');
const county = styleKit('平阴县');
const ids = (kit: ReturnType<typeof styleKit>, text: string, period = '全年') => kit.run(text, period).records.map((r) => [r.indicatorId, r.breakdown, r.value, r.unit]);

describe('counts written in Chinese numerals are read whole before 名, 位, 所, 对, 件 and 具', () => {
  test('孤儿三十六名,其中集中养育十二名,社会散居二十四名', () => {
    expect(ids(district, '全区共保障孤儿三十六名,其中集中养育十二名,社会散居二十四名。')).toEqual([
      ['orphan_persons', '', 36, '人'],
      ['orphan_persons', '机构养育', 12, '人'],
      ['orphan_persons', '社会散居', 24, '人'],
    ]);
  });

  test('pairs, registrations and cremations', () => {
    expect(ids(district, '全年办理结婚登记一千八百六十对,收养登记十二件,火化遗体三千二百具。')).toEqual([
      ['marriage_reg', '', 1860, '对'],
      ['adoption_reg', '', 12, '件'],
      ['cremations', '', 3200, '具'],
    ]);
  });

  test('千余名 is a figure with its qualifier; a bare 百名/千名 is a slogan\'s round word', () => {
    const r = district.run('全区有千余名困难群众受益。');
    expect(r.candidates.map((c) => [c.value, c.qualifier])).toEqual([[1000, '余']]);
    const s = district.run('全区组织百名社工、千名志愿者开展服务。');
    expect(s.records).toEqual([]);
    expect(s.candidates).toEqual([]);
  });

  test('敬老院九所,床位五百六十张: the beds of the homes counted in words are theirs, not all institutions\' beds', () => {
    const r = district.run('全区共有敬老院九所,床位五百六十张。');
    expect(r.records).toEqual([]);
    expect(district.reasonOf(r, 560)).toEqual(['subset']);
    expect(district.reasonOf(district.run('全区共有乡镇敬老院十二所,床位八百张。'), 800)).toEqual(['subset']);
  });

  test('all the institutions counted in words keep their beds', () => {
    expect(ids(district, '全区有养老机构十五所,床位二千四百张。')).toEqual([
      ['elder_institutions', '', 15, '所'],
      ['elder_inst_beds', '', 2400, '张'],
    ]);
  });
});

describe('a year written in Chinese digits', () => {
  test('二〇二三年 / 二零二二年 in a title give the year', () => {
    expect(inferContext('二〇二三年民政工作总结\n全区低保对象1200人。', catalogue).year?.value).toBe(2023);
    expect(inferContext('某县二零二二年民政工作总结\n全县低保对象120人。', catalogue).year?.value).toBe(2022);
  });

  test('a sentence opening with another year in Chinese digits is that year\'s', () => {
    const r = district.run('二〇二二年,全区共办理结婚登记1860对。');
    expect(r.records).toEqual([]);
    expect(district.reasonOf(r, 1860)).toEqual(['other_year']);
  });
});

describe('an age band in Chinese numerals is a band, not the whole standard', () => {
  test('为九十周岁以上老人每人每月发放高龄津贴一百元', () => {
    const r = district.run('为九十周岁以上老人每人每月发放高龄津贴一百元。');
    expect(r.records).toEqual([]);
    expect(district.reasonOf(r, 100)).toEqual(['age_band']);
  });

  test('八十至八十九周岁 and 九十至九十九周岁 rates', () => {
    const r = district.run('全区高龄津贴标准:八十至八十九周岁每人每月50元,九十至九十九周岁每人每月100元。');
    expect(r.records).toEqual([]);
    expect(district.reasons(r)).toEqual([[50, 'age_band'], [100, 'age_band']]);
  });
});

describe('the people the homes counted just before house are a part', () => {
  test('农村敬老院8所,集中供养特困人员A人', () => {
    const r = district.run('全区共有农村敬老院8所,集中供养特困人员420人。');
    expect(r.records).toEqual([]);
    expect(district.reasonOf(r, 420)).toEqual(['subset']);
  });

  test('特困人员A人,其中集中供养B人 is still the supply mode', () => {
    expect(ids(county, '全县特困人员1420人,其中集中供养460人,分散供养960人。')).toEqual([
      ['tekun_persons', '', 1420, '人'],
      ['tekun_persons', '集中供养', 460, '人'],
      ['tekun_persons', '分散供养', 960, '人'],
    ]);
  });
});

describe('a township\'s own figures are not the county\'s or the district\'s', () => {
  test('全镇/全乡/我镇/本街道 opening the clause', () => {
    for (const t of ['全镇共有农村低保对象420人,特困人员86人。', '全乡共有农村低保对象420人。', '我镇共有农村低保对象420人。', '本街道共有低保户86户。']) {
      const r = county.run(t);
      expect(r.records).toEqual([]);
      expect(new Set(r.candidates.map((c) => c.reason))).toEqual(new Set(['sub_region']));
    }
  });

  test('a township named …村镇 or …集镇 opening the clause is one township', () => {
    for (const t of ['孔村镇共有农村低保对象420人,特困人员86人。', '马集镇低保对象320人。']) {
      const r = county.run(t);
      expect(r.records).toEqual([]);
      expect(new Set(r.candidates.map((c) => c.reason))).toEqual(new Set(['sub_region']));
    }
  });

  test('全乡镇 (every township) and 全县 stay the county\'s', () => {
    expect(ids(county, '全县各镇(街道)共有农村低保对象8600人。')).toEqual([['dibao_persons', '农村', 8600, '人']]);
    expect(ids(county, '全乡镇共有农村低保对象8600人。')).toEqual([['dibao_persons', '农村', 8600, '人']]);
  });

  test('a report titled by a township is the township\'s, also where its clauses name no subject', () => {
    for (const title of ['孔村镇2023年民政工作总结', '平阴镇2023年民政工作总结', '2023年孔村镇民政工作总结', '镇民政办2023年工作总结']) {
      const r = county.run(`${title}\n一、社会救助\n截至年底,共有农村低保对象420人,特困人员86人。全年发放低保金310万元。`);
      expect(r.records).toEqual([]);
      expect(new Set(r.candidates.map((c) => c.reason))).toEqual(new Set(['sub_region']));
    }
    const r = district.run('大明湖街道办事处关于2023年民政工作的报告\n共有低保户86户152人。');
    expect(r.records).toEqual([]);
  });

  test('a title naming the county itself, or townships in general, holds nothing', () => {
    expect(ids(county, '平阴县2023年民政工作总结\n共有农村低保对象8600人。')).toEqual([['dibao_persons', '农村', 8600, '人']]);
    expect(ids(county, '2023年乡镇民政工作总结\n全县农村低保对象8600人。')).toEqual([['dibao_persons', '农村', 8600, '人']]);
    expect(ids(county, '2023年乡村振兴工作总结\n全县农村低保对象8600人。')).toEqual([['dibao_persons', '农村', 8600, '人']]);
  });

  test('a text given no catalogue region keeps 全镇 as its own (a township report filed under a name of the user\'s)', () => {
    expect(ids(styleKit('某县'), '全镇共有农村低保户64户、低保对象101人。')).toEqual([
      ['dibao_households', '农村', 64, '户'],
      ['dibao_persons', '农村', 101, '人'],
    ]);
  });
});

// Frames that were already read right, pinned here against regressions.
describe('pinned: 人次 is never persons', () => {
  test('低保 counted in 人次 is held; 临时救助 人次 is its own indicator', () => {
    const r = district.run('全年累计保障城乡低保对象98000人次,发放低保金5600万元。');
    expect(district.facts(r.records)).toEqual([['dibao_funds', '', 5600, '万元', '全年']]);
    expect(ids(district, '全年临时救助1800人·次,支出救助资金260万元。')).toEqual([
      ['temp_assist_times', '', 1800, '人次'],
      ['temp_assist_funds', '', 260, '万元'],
    ]);
    expect(ids(district, '全年临时救助对象1800人,支出救助资金260万元。')).toEqual([['temp_assist_funds', '', 260, '万元']]);
  });
});

describe('pinned: each disability subsidy\'s money is not the two subsidies\' joint money', () => {
  test('生活补贴A万元, 护理补贴B万元', () => {
    const r = district.run('全年为3200名困难残疾人发放生活补贴420万元,为4100名重度残疾人发放护理补贴510万元。');
    expect(district.facts(r.records)).toEqual([
      ['disab_living_persons', '', 3200, '人', '全年'],
      ['disab_care_persons', '', 4100, '人', '全年'],
    ]);
    const s = district.run('全年发放残疾人两项补贴资金930万元,其中生活补贴420万元,护理补贴510万元。');
    expect(district.facts(s.records)).toEqual([['disab_two_funds', '', 930, '万元', '全年']]);
  });
});
