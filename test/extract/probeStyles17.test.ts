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
