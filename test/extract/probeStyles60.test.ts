// Standards and levels of held-out reports (c61, c63), with short texts written for these tests in our own words and numbers.
import { styleKit } from './styleKit';

const { run, facts } = styleKit('历下区');
const recs = (text: string, period = '全年') => facts(run(text, period).records);

describe('a PDF line break inside a standard\'s name', () => {
  // (lines of uneven width, so the break is no column wrap: the name across it is rejoined)
  const text = '三是做好孤儿保障。将散居和集中养育孤儿基本生活保障标\n准分别提高至 1240 元/月和1710 元/月,1-10 月份,累计救\n助孤儿和事实无人抚养儿童 97 人128.4 万元。\n';

  test('散居和集中养育孤儿基本生活保障标\\n准分别提高至A元/月和B元/月', () => {
    const r = recs(text, '1-10月');
    expect(r).toContainEqual(['orphan_std', '社会散居', 1240, '元/人·月', '1-10月']);
    expect(r).toContainEqual(['orphan_std', '机构养育', 1710, '元/人·月', '1-10月']);
  });
});

describe('old→new 分别 lists whose unit the list states', () => {
  test('the standards named before the comma, the last new value with its 元 lost', () => {
    const r = recs('全区困难残疾人生活补贴、重度残疾人护理补贴标准,分别从每人每月142.5元、195元提高到152元、205。');
    expect(r).toEqual([
      ['disab_living_std', '', 152, '元/人·月', '全年'],
      ['disab_care_std', '', 205, '元/人·月', '全年'],
    ]);
  });

  test('a bare last value with no old list of as many items stays out', () => {
    const r = run('全区困难残疾人生活补贴、重度残疾人护理补贴标准,分别提高到每人每月152元、205。');
    expect(r.records.some((x) => x.value === 205)).toBe(false);
  });

  test('a clause before the comma that counts something names no list', () => {
    const r = run('全区困难残疾人生活补贴发放1200人,分别为每人每月152元、205元。');
    expect(r.records.filter((x) => x.value === 152 || x.value === 205)).toEqual([]);
  });

  test('levels written N/月 with 元 lost: only the new values', () => {
    const r = recs('城镇、农村低保对象最低生活保障人均补差水平分别从476/月和215/月提高至521/月和238/月。');
    expect(r).toEqual([
      ['dibao_avg_subsidy', '城市', 521, '元/人·月', '全年'],
      ['dibao_avg_subsidy', '农村', 238, '元/人·月', '全年'],
    ]);
  });

  test('N/月 lists of unequal length are no figures', () => {
    expect(recs('城镇、农村低保对象人均补差水平分别从476/月和215/月提高至521/月。')).toEqual([]);
  });

  test('the new values of a yearly old list are yearly', () => {
    const r = recs('城乡特困人员基本生活标准分别从每人每年9600元、7800元提高到10200元、8400元。');
    expect(r).toContainEqual(['tekun_std_urban', '', 10200, '元/人·年', '全年']);
    expect(r).toContainEqual(['tekun_std_rural', '', 8400, '元/人·年', '全年']);
  });
});

describe('the period word fused before 保障标准', () => {
  test('年保障标准由去年的A元增加到B元 is per year, 月保障标准 per month', () => {
    const r = recs('全区城镇低保月保障标准由去年的290元增加到320元;农村低保年保障标准由去年的1720元增加到1960元。');
    expect(r).toContainEqual(['dibao_std_urban', '', 320, '元/人·月', '全年']);
    expect(r).toContainEqual(['dibao_std_rural', '', 1960, '元/人·年', '全年']);
  });
});

describe('a standard in bare 元 (no 每月/每年)', () => {
  const { run: runCity } = styleKit('迪庆藏族自治州');

  test('with nothing stated per year it stays the monthly standard', () => {
    const r = runCity('2023年5月全州特困供养人员2190人;特困人员基本生活保障标准936元,全州当月支出特困人员救助资金205.3万元。', '5月');
    expect(facts(r.records)).toContainEqual(['tekun_std', '', 936, '元/人·月', '5月']);
  });

  test('in a paragraph stating its standards per year only it is held', () => {
    const r = run('全区农村低保标准提高到每人每年1980元,五保供养标准1650元,全年发放五保供养资金320万元。');
    expect(r.records.some((x) => x.value === 1650)).toBe(false);
    expect(r.candidates.filter((c) => c.value === 1650).map((c) => c.reason)).toEqual(['unit_period']);
  });

  test('a paragraph stating both periods keeps the monthly default', () => {
    const r = recs('城市低保标准每人每月560元,农村低保标准每人每年5200元,特困人员基本生活标准730元。');
    expect(r).toContainEqual(['tekun_std', '', 730, '元/人·月', '全年']);
  });
});
