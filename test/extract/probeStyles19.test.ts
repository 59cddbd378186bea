// Frames met on real reports and bulletins, with short texts written for these tests in our own words and numbers.
import { styleKit } from './styleKit';

const { run } = styleKit('某县');
const ids = (text: string, period = '全年') => run(text, period).records.map((r) => [r.indicatorId, r.breakdown, r.value, r.unit]);
const reasons = (text: string) => run(text).candidates.map((c) => [c.value, c.reason]);

describe('a supply mode stated after the persons is their split', () => {
  test('有A名特困人员在敬老院集中供养', () => {
    expect(ids('全县有410名特困人员在敬老院集中供养。')).toEqual([['tekun_persons', '集中供养', 410, '人']]);
  });

  test('A名实行集中供养,B名实行分散供养', () => {
    expect(ids('全县有410名特困人员实行集中供养,1350名实行分散供养。')).toEqual([
      ['tekun_persons', '集中供养', 410, '人'],
      ['tekun_persons', '分散供养', 1350, '人'],
    ]);
  });

  test('a side and a mode after: a part of that side, held', () => {
    expect(ids('全省有6.3万名农村特困人员在敬老院集中供养。')).toEqual([]);
    expect(reasons('全省有6.3万名农村特困人员在敬老院集中供养。')).toContainEqual([6.3, 'subset']);
  });

  test('a rate, a standard or both modes after the persons split nothing', () => {
    expect(ids('全县特困人员1760人,集中供养率达到23%。')).toEqual([['tekun_persons', '', 1760, '人']]);
    expect(ids('全县特困人员1760人实行集中供养与分散供养相结合。')).toEqual([['tekun_persons', '', 1760, '人']]);
  });
});

describe('a name after two counted groups is not the last group\'s alone', () => {
  test('为A名困难残疾人和B名重度残疾人发放两项补贴', () => {
    const text = '为全县2750名困难残疾人和3960名重度残疾人发放两项补贴共计1710万元。';
    expect(ids(text)).toEqual([['disab_two_funds', '', 1710, '万元']]);
    expect(reasons(text)).toContainEqual([3960, 'partial']);
  });

  test('one group before the name stays its count', () => {
    expect(ids('为3960名残疾人发放两项补贴1710万元。')).toEqual([
      ['disab_two_persons', '', 3960, '人'],
      ['disab_two_funds', '', 1710, '万元'],
    ]);
  });

  test('a name right after its count is that count\'s', () => {
    expect(ids('全县共有61名孤儿和148名事实无人抚养儿童。')).toEqual([
      ['orphan_persons', '', 61, '人'],
      ['fmcare_persons', '', 148, '人'],
    ]);
  });
});

describe('a 骨灰堂 alone is not the 公益性公墓(骨灰堂) total', () => {
  test('公益性骨灰堂A处,公益性公墓B个', () => {
    expect(ids('全县建有公益性骨灰堂4处,公益性公墓6个。')).toEqual([['public_cemeteries', '', 6, '个']]);
  });
});

describe('去年以来 opening a sentence spans two years', () => {
  test('flows since last year are held', () => {
    expect(ids('去年以来,全县累计新建养老服务设施31处。')).toEqual([]);
    expect(reasons('自去年以来,全县共发放临时救助金415万元。')).toContainEqual([415, 'multi_year']);
  });

  test('a stock reached since then is the stock now', () => {
    expect(ids('去年以来,全县城市低保对象减少到1610人。')).toEqual([['dibao_persons', '城市', 1610, '人']]);
  });
});
