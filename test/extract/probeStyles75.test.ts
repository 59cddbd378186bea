// Area groups met in standards notices (session 36): a standard after sentences that covered the parts, a ratio's
// basis before group items, and the city's districts (城区) set against the counties (县区). Own words and numbers.
import { styleKit } from './styleKit';

const { run, facts, reasonOf } = styleKit('临沂市');

describe('a standard naming no part after sentences that covered the parts', () => {
  test('两区和四县…分别A元、B元。特困人员…C元: C is the whole region\'s', () => {
    const r = run('经市政府研究,两区和四县城市低保标准分别提高到每人每月735元、655元。特困人员基本生活标准提高到每人每月955元。');
    expect(facts(r.records)).toEqual([
      ['dibao_std_urban', '两区', 735, '元/人·月', '全年'],
      ['dibao_std_urban', '四县', 655, '元/人·月', '全年'],
      ['tekun_std', '', 955, '元/人·月', '全年'],
    ]);
  });

  test('one part named earlier in the paragraph still holds a later standard naming none', () => {
    const r = run('两区城市低保标准提高到每人每月735元。农村低保标准提高到每人每年6120元。四县城市低保标准提高到每人每月655元。');
    expect(facts(r.records)).toEqual([
      ['dibao_std_urban', '两区', 735, '元/人·月', '全年'],
      ['dibao_std_urban', '四县', 655, '元/人·月', '全年'],
    ]);
    expect(reasonOf(r, 6120)).toEqual(['area_group']);
  });
});

describe('group items after a ratio to another standard', () => {
  test('特困…按不低于低保标准1.3倍确定,两区为A元,四县为B元: both are the 特困 standard\'s groups', () => {
    const r = run('特困人员基本生活标准按不低于低保标准的1.3倍确定,两区为每人每月956元,四县为852元。');
    expect(facts(r.records)).toEqual([
      ['tekun_std', '两区', 956, '元/人·月', '全年'],
      ['tekun_std', '四县', 852, '元/人·月', '全年'],
    ]);
  });
});

describe('城区 set against the counties (县区)', () => {
  test('城区…A元,县区为B元: each group\'s standard', () => {
    const r = run('城区城市低保标准为每人每月735元,县区为每人每月655元。');
    expect(facts(r.records)).toEqual([
      ['dibao_std_urban', '城区', 735, '元/人·月', '全年'],
      ['dibao_std_urban', '县区', 655, '元/人·月', '全年'],
    ]);
  });

  test('全市城区…A元,县区为B元: A is never the whole city\'s', () => {
    const r = run('全市城区城市低保标准为每人每月735元,县区为每人每月655元。');
    expect(r.records.filter((x) => x.value === 735)).toEqual([]);
    expect(reasonOf(r, 735)).toEqual(['area_group']);
  });
});

describe('a lead clause with no value of its own opens the sentence with its subject', () => {
  test('全县低保标准再次提高,城市低保标准为A元 in a city\'s text: a county\'s, held', () => {
    const r = run('全县低保标准再次提高,城市低保标准由每人每月640元提高到每人每月690元。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 690)).toEqual(['other_region']);
  });

  test('a lead naming no place leaves the figure the text\'s own', () => {
    const r = run('低保标准再次提高,城市低保标准由每人每月640元提高到每人每月690元。');
    expect(facts(r.records)).toEqual([['dibao_std_urban', '', 690, '元/人·月', '全年']]);
  });
});

describe('sides after a standard\'s name', () => {
  test('…标准城市为每人每月A元,农村为B元: the elided side shares the period when not above the urban one', () => {
    const r = run('特困人员供养标准再次提高,人均月供养标准城市为每人每月1065元,农村为830元。');
    expect(facts(r.records)).toEqual([
      ['tekun_std_urban', '', 1065, '元/人·月', '全年'],
      ['tekun_std_rural', '', 830, '元/人·月', '全年'],
    ]);
  });

  test('城市低保标准为每人每月A元,农村为B元 with B above A: B\'s period is unknown, never monthly', () => {
    const r = run('城市低保标准为每人每月705元,农村为6840元。');
    expect(facts(r.records)).toEqual([['dibao_std_urban', '', 705, '元/人·月', '全年']]);
    expect(r.records.some((x) => x.value === 6840)).toBe(false);
  });

  test('高龄津贴标准城市为A元,农村为B元: one side of an indicator with no sides is held', () => {
    const r = run('高龄津贴标准城市为每人每月110元,农村为每人每月60元。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 110)).toEqual(['subset']);
    expect(reasonOf(r, 60)).toEqual(['subset']);
  });
});

describe('a kind of institution under another measure\'s heading in a flattened 季报', () => {
  const table = [
    '2023年3季度临沂市民政统计季报',
    '编制单位:临沂市',
    '二、社会工作',
    '(一)提供住宿的社会服务',
    ' 1.床位数10,210',
    '  (1)老年人与残疾人服务床位数7,480',
    '      A 城市养老机构4,650',
    '      B 社会福利院2,830',
    '  (3)儿童收养救助服务床位数1,710',
    '      A 儿童福利机构1,620',
    ' 2.收养救助人数5,120',
    '      B 社会福利院1,480',
  ].join('\n');

  test('社会福利院 under 床位数 is that kind\'s beds, never its count; a kind with no beds indicator is held', () => {
    const r = run(table, '9月');
    expect(facts(r.records).filter((x) => x[2] === 2830 || x[2] === 1620 || x[2] === 1480)).toEqual([['social_welfare_home_beds', '', 2830, '张', '9月']]);
    expect(r.records.some((x) => x.indicatorId === 'social_welfare_homes' || x.indicatorId === 'child_welfare_institutions')).toBe(false);
    expect(reasonOf(r, 1620)).toEqual(['no_indicator']);
  });

  test('the numbered sub-heading just above the rows ((一)提供住宿的社会服务) names the bare 机构数 / 床位数 rows', () => {
    const r = run(table, '9月');
    expect(facts(r.records).filter((x) => x[2] === 10210 || x[2] === 5120)).toEqual([
      ['accommodation_beds', '', 10210, '张', '9月'],
      ['accommodation_residents', '', 5120, '人', '9月'],
    ]);
  });
});

describe('both parts of a split named together', () => {
  test('机构养育孤儿和社会散居孤儿A人 / 集中供养和散居孤儿A人: the sum of the parts, never one part', () => {
    for (const text of ['全市共有机构养育孤儿和社会散居孤儿245人。', '全市共有集中供养和散居孤儿245人。']) {
      expect(facts(run(text).records)).toEqual([['orphan_persons', '', 245, '人', '全年']]);
    }
  });
});
