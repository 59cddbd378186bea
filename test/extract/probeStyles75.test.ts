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
