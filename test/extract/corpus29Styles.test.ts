// Styles met in the corpus29 measurement set after its first run. Fixtures are written for these tests in our own words
// and numbers.
import { styleKit } from './styleKit';

describe('parts that are no totals', () => {
  const { run, reasonOf } = styleKit('某区');

  test('网络募捐金额A亿元 is one channel’s donations', () => {
    const r = run('全年全区网络募捐金额达到0.42亿元。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 0.42)).toEqual(['scope']);
  });

  test('全区脱贫户A户B人,其中享受低保C户D人: the programme’s people among another population', () => {
    const r = run('截至目前,全区脱贫户712户1880人,其中享受低保590户1090人,享受五保35户37人。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 590)).toEqual(['subset']);
    expect(reasonOf(r, 1090)).toEqual(['subset']);
  });

  test('困难群众A户,其中低保对象B户: a union of the assistance groups, each part its programme’s total', () => {
    const r = run('全区困难群众4800户7900人,其中低保对象2900户4900人。');
    expect(r.records.map((x) => [x.indicatorId, x.value])).toEqual([
      ['dibao_households', 2900],
      ['dibao_persons', 4900],
    ]);
  });
});

describe('a programme’s movements and its count after them', () => {
  const { run, facts } = styleKit('某区');

  test('城市低保新增A户B人,清退C户D人,共有E户,F人: new, exited and held, each side', () => {
    const r = run('截至6月底,城市低保新增41户60人,清退220户398人,共有2480户,3650人;农村低保新增50户72人,清退60户81人,共有1800户,2540人。', '上半年');
    expect(facts(r.records)).toEqual([
      ['dibao_new_households', '城市', 41, '户', '上半年'],
      ['dibao_new_persons', '城市', 60, '人', '上半年'],
      ['dibao_exit_households', '城市', 220, '户', '上半年'],
      ['dibao_exit_persons', '城市', 398, '人', '上半年'],
      ['dibao_households', '城市', 2480, '户', '上半年'],
      ['dibao_persons', '城市', 3650, '人', '上半年'],
      ['dibao_new_households', '农村', 50, '户', '上半年'],
      ['dibao_new_persons', '农村', 72, '人', '上半年'],
      ['dibao_exit_households', '农村', 60, '户', '上半年'],
      ['dibao_exit_persons', '农村', 81, '人', '上半年'],
      ['dibao_households', '农村', 1800, '户', '上半年'],
      ['dibao_persons', '农村', 2540, '人', '上半年'],
    ]);
  });
});
