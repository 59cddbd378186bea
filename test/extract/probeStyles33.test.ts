// Frames met on a held-out set of real reports (c48), with short texts written for these tests in our own words and numbers.
import { catalogue, styleKit } from './styleKit';
import { extractRecords } from '../../src/core/extract/extract';

const { run, reasonOf } = styleKit('历下区');
const ids = (text: string, period = '全年') => run(text, period).records.map((r) => [r.indicatorId, r.breakdown, r.value, r.unit]);

describe('a list of causes describes the whole of 临时救助, it names no group', () => {
  test('对因病、因灾及…等原因造成生活困难的群众发放临时救助金A人次,合计B万元', () => {
    const recs = ids('全年,全区共对因病、因灾及子女上学等原因造成生活暂时困难的群众发放临时救助金820人次,合计356.4万元。');
    expect(recs).toContainEqual(['temp_assist_times', '', 820, '人次']);
    expect(recs).toContainEqual(['temp_assist_funds', '', 356.4, '万元']);
  });

  test('one cause alone names a group: held', () => {
    const r = run('全年,全区对因病致困的群众发放临时救助金240人次,合计96.5万元。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 240)).toEqual(['subset']);
  });

  test('a group hit by an epidemic stays held', () => {
    const r = run('全年,全区对因疫遇困群众实施临时救助310人次,支出资金88.2万元。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 310)).toEqual(['scope']);
  });
});

describe('a programme\'s persons in a round-up of money are the programme\'s whole', () => {
  const text = '截至7月底,累计发放各类民政资金9120.5万元。其中最低生活保障12040人,发放农村低保金5210.3万元;'
    + '特困供养对象2630人,发放供养经费和护理补贴1850.2万元;孤儿基本生活保障88人,发放生活费102.6万元。';

  test('特困供养对象A人,发放…B万元 / 孤儿基本生活保障C人,发放生活费D万元', () => {
    const recs = ids(text, '1-7月');
    expect(recs).toContainEqual(['tekun_persons', '', 2630, '人']);
    expect(recs).toContainEqual(['orphan_persons', '', 88, '人']);
    expect(recs).toContainEqual(['orphan_living_funds', '', 102.6, '万元']);
  });

  test('persons of an item whose money names one side stay held', () => {
    const r = run(text, '1-7月');
    expect(r.records.some((x) => x.value === 12040)).toBe(false);
    expect(reasonOf(r, 12040)).toEqual(['ambiguous_breakdown']);
  });

  test('a run under a head naming one side stays held', () => {
    const r = run('截至7月底,累计发放农村各类民政资金9120.5万元。其中特困供养对象2630人,发放供养经费1850.2万元。', '1-7月');
    expect(r.records.some((x) => x.value === 2630)).toBe(false);
  });

  test('a run under a whole of persons stays held', () => {
    const r = run('全区共有困难群众5200人。其中特困供养对象2630人,发放供养经费1850.2万元。', '1-7月');
    expect(r.records.some((x) => x.value === 2630)).toBe(false);
  });
});

describe('高龄津贴 standards by age band under other names, bands with a long dash', () => {
  test('高龄保健补助 and 百岁长寿补助, 80岁—89岁', () => {
    const recs = ids('今年,全县老年人生活补助标准为:80岁—89岁的老年人每人每月发放高龄保健补助40元;90岁—99岁的老年人每人每月发放高龄保健补助70元;100周岁以上的老年人每人每月发放百岁长寿补助260元。');
    expect(recs).toEqual([
      ['elder_age_allowance_std', '80-89岁', 40, '元/人·月'],
      ['elder_age_allowance_std', '90-99岁', 70, '元/人·月'],
      ['elder_age_allowance_std', '100岁以上', 260, '元/人·月'],
    ]);
  });

  test('traditional characters', () => {
    const recs = ids('80歲—89歲的老年人每人每月發放高齡保健補助40元;90歲—99歲的老年人每人每月發放高齡保健補助70元。');
    expect(recs).toEqual([
      ['elder_age_allowance_std', '80-89岁', 40, '元/人·月'],
      ['elder_age_allowance_std', '90-99岁', 70, '元/人·月'],
    ]);
  });

  test('百岁长寿补助 names its band', () => {
    expect(ids('全县每人每月发放百岁长寿补助260元。')).toEqual([['elder_age_allowance_std', '100岁以上', 260, '元/人·月']]);
  });

  test('money paid under these names is held: it may be one band\'s', () => {
    expect(ids('全年共发放高龄保健补助86.3万元,百岁长寿补助12.5万元。')).toEqual([]);
  });

  test('a band with a dash the catalogue does not hold stays held', () => {
    const r = run('85岁—94岁的老年人每人每月发放高龄保健补助60元。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 60)).toEqual(['age_band']);
  });
});

describe('a page break inside a term of a prose line', () => {
  test('城市低\\n保对象A户、B人', () => {
    const recs = ids('在社会救助方面,截至年底,全区有城市低\n保对象2130户、3680人。全年支出城市低保资金1240万元。');
    expect(recs).toContainEqual(['dibao_households', '城市', 2130, '户']);
    expect(recs).toContainEqual(['dibao_persons', '城市', 3680, '人']);
  });

  test('halves that make no term stay apart', () => {
    const r = run('在社会救助方面,截至年底,全区情况如\n下:保对象2130户。');
    expect(r.records).toEqual([]);
  });

  test('a short heading line above a term is not joined', () => {
    const recs = ids('一、城市低\n保对象\n全区低保对象2100人。');
    expect(recs).toEqual([['dibao_persons', '', 2100, '人']]);
  });
});

describe('儿童福利和保护服务机构 (the 2015 bulletin\'s name) is 儿童福利和救助保护机构, not 儿童福利机构', () => {
  test('in prose it stays held, as the later name does', () => {
    const r = run('全省共有儿童福利和保护服务机构46个,床位5200张。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 46)).toEqual(['no_indicator']);
  });

  test('a table row files it under the type of 提供住宿的机构', () => {
    const table = [
      '| 民政事业统计季报表 | ||',
      '| 2015年12月 | ||',
      '| 指标名称 | 单位 | 数量 |',
      '| (一)提供住宿的社会服务 | ||',
      '| 1.机构数 | 个 | 215 |',
      '| A、养老机构 | 个 | 190 |',
      '| C、儿童福利和保护服务机构 | 个 | 7 |',
    ].join('\n');
    const r = extractRecords(table, { region: '福建省', source: 't.txt', catalogue });
    const f = r.records.map((x) => [x.indicatorId, x.breakdown, x.value]);
    expect(f).toContainEqual(['accommodation_institutions', '儿童福利和救助保护', 7]);
    expect(f.some((x) => x[0] === 'child_welfare_institutions')).toBe(false);
  });
});
