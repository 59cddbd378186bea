// Frames met on a held-out set of real reports (a 述职报告 and a county 自查报告), with short texts written for these
// tests in our own words and numbers.
import { styleKit } from './styleKit';

const { run, facts, reasonOf } = styleKit('瑶海区');

describe('从A户B人,全年发放C万元,扩大到…D户E人: the whole old side is the earlier figure', () => {
  const text = '自1998年实施城乡居民最低生活保障制度以来。全区低保对象从210户480人,全年发放保障金21.6万元,扩大到今年9月份统计的4120户8350人,其中,城市低保3010户6120人,农村低保1110户2230人,1-9月份累计发放低保金1350.2万元。';

  test('no record of the old side', () => {
    const vals = run(text).records.map((r) => r.value);
    expect(vals).not.toContain(480);
    expect(vals).not.toContain(21.6);
  });

  test('the new side takes the subject named before 从, dated by the month it was counted', () => {
    const recs = facts(run(text).records);
    expect(recs).toContainEqual(['dibao_households', '', 4120, '户', '1-9月']);
    expect(recs).toContainEqual(['dibao_persons', '', 8350, '人', '1-9月']);
    expect(recs).toContainEqual(['dibao_persons', '城市', 6120, '人', '1-9月']);
    expect(recs).toContainEqual(['dibao_households', '农村', 1110, '户', '1-9月']);
    expect(recs).toContainEqual(['dibao_funds', '', 1350.2, '万元', '1-9月']);
  });

  test('an old and a new value side by side are read as before', () => {
    expect(facts(run('全区低保对象由3200人增加到3560人。').records)).toEqual([['dibao_persons', '', 3560, '人', '全年']]);
  });
});

describe('居民低保标准 set against 农民低保标准 is the urban standard', () => {
  test('both sides', () => {
    const recs = facts(run('居民低保标准从最初的每人每月120元提高到目前的310元。农民低保标准从每人每月60元提高到190元。').records);
    expect(recs).toEqual([
      ['dibao_std_urban', '', 310, '元/人·月', '全年'],
      ['dibao_std_rural', '', 190, '元/人·月', '全年'],
    ]);
  });

  test('居民 alone stays the standard as named', () => {
    expect(facts(run('居民低保标准为每人每月320元。').records)).toEqual([['dibao_std', '', 320, '元/人·月', '全年']]);
  });

  test('城乡居民 is never read as the urban side', () => {
    const r = run('城乡居民低保标准提高到每人每月320元。农民低保标准为每人每月190元。');
    expect(facts(r.records)).not.toContainEqual(['dibao_std_urban', '', 320, '元/人·月', '全年']);
    expect(facts(r.records)).toContainEqual(['dibao_std_rural', '', 190, '元/人·月', '全年']);
  });
});
