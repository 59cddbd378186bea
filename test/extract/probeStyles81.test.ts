// Parts read as wholes on held-out texts of session 36 (c82, c83): voluntary exits, a population's part a programme took
// in, orphans raised in one way. Own words and numbers.
import { styleKit } from './styleKit';

const county = styleKit('房县');
const city = styleKit('宁德市');
const province = styleKit('福建省');

describe('parts that are no whole', () => {
  test('A人主动退出低保: those who left of their own accord are a part of the exits', () => {
    const r = county.run('全县城乡低保户18450户30210人,9人主动退出低保,做到应退尽退。');
    expect(county.facts(r.records)).toEqual([
      ['dibao_households', '', 18450, '户', '全年'],
      ['dibao_persons', '', 30210, '人', '全年'],
    ]);
    expect(county.reasonOf(r, 9)).toEqual(['subset']);
  });

  test('退出低保A人 with no such word stays the exits', () => {
    const r = county.run('全年退出低保320人。');
    expect(county.facts(r.records)).toEqual([['dibao_exit_persons', '', 320, '人', '全年']]);
  });

  test('A万名建档立卡贫困人口纳入兜底保障范围: the part taken in, never the registered population', () => {
    const r = province.run('全省12.6万名建档立卡贫困人口纳入兜底保障范围,占脱贫人口总数的27.4%。');
    expect(r.records).toEqual([]);
    expect(province.reasonOf(r, 12.6)).toEqual(['subset']);
  });

  test('由个人收养的孤儿共有A人: orphans raised one way are a part, not the city\'s orphans', () => {
    const r = city.run('该市目前在册的由家庭收养的孤儿共有900人左右,在公办机构抚养的有80多人。');
    expect(r.records.filter((x) => x.indicatorId === 'orphan_persons' && x.breakdown === '')).toEqual([]);
    expect(city.reasonOf(r, 900)).toEqual(['subset']);
  });
});

describe('one institution\'s figures', () => {
  test('某区福利院…附带收养儿童。目前共有A名孤儿: the sentence after one opening with an institution is that institution\'s', () => {
    const r = city.run('区福利院综合了养老院、光荣院,并设专区附带收养儿童。目前共有15名孤儿,另有20多名孤儿寄养在家庭中。');
    expect(r.records).toEqual([]);
    expect(city.reasonOf(r, 15)).toEqual(['subset']);
  });

  test('a sentence naming its own whole area stays the area\'s', () => {
    const r = county.run('县社会福利院于2010年建成。目前全县共有孤儿56人。');
    expect(county.facts(r.records)).toEqual([['orphan_persons', '', 56, '人', '全年']]);
  });
});
