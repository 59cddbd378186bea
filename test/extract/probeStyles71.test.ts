// Frames met on held-out reports (c72–c74), with short texts written for these tests in our own words and numbers.
import { styleKit } from './styleKit';

const { run, reasonOf } = styleKit('历下区');
const ids = (text: string, period = '全年') => run(text, period).records.map((r) => [r.indicatorId, r.breakdown, r.value, r.unit]);

describe('其中:新增A户B人,取消C户D人 after one side\'s 低保 caseload', () => {
  const text = '2023年底,全区在册城市低保户3120户5230人,其中:新增410户620人,取消305户488人,增补52户71人,降补96户140人;农村低保户6200户9100人,其中:新增730户905人,取消288户360人,增补40户51人,降补60户77人。';

  test('the new and cancelled households and persons of each side', () => {
    const recs = ids(text);
    expect(recs).toEqual(expect.arrayContaining([
      ['dibao_new_households', '城市', 410, '户'], ['dibao_new_persons', '城市', 620, '人'],
      ['dibao_exit_households', '城市', 305, '户'], ['dibao_exit_persons', '城市', 488, '人'],
      ['dibao_new_households', '农村', 730, '户'], ['dibao_new_persons', '农村', 905, '人'],
      ['dibao_exit_households', '农村', 288, '户'], ['dibao_exit_persons', '农村', 360, '人'],
    ]));
  });

  test('增补/降补 (payment changes) stay out', () => {
    const vals = run(text).records.map((r) => r.value);
    for (const v of [52, 71, 96, 140, 40, 51, 60, 77]) expect(vals).not.toContain(v);
  });

  test('a stock dated within the year leaves the movements held', () => {
    const vals = run('截至6月底,全区在册城市低保户3120户5230人,其中:新增410户620人,取消305户488人。').records.map((r) => r.value);
    for (const v of [410, 620, 305, 488]) expect(vals).not.toContain(v);
  });

  test('after a caseload of another programme nothing is filed', () => {
    const vals = run('全区特困供养人员820人,其中:新增41人,取消23人。').records.map((r) => r.value);
    expect(vals).not.toContain(41);
    expect(vals).not.toContain(23);
  });
});

describe('取消…A人,新增…B人 in a 低保 review', () => {
  test('the 新增 count is new 低保 persons, not a second exit figure', () => {
    const r = run('上半年,全区开展以低保对象清查为主的专项行动,取消不符合条件的救助对象1300多人,新增符合条件的救助对象860多人。', '上半年');
    const recs = r.records.map((x) => [x.indicatorId, x.value]);
    expect(recs).toContainEqual(['dibao_exit_persons', 1300]);
    expect(recs).toContainEqual(['dibao_new_persons', 860]);
    expect(reasonOf(r, 860)).toEqual([]);
  });
});

describe('有农村低保对象A人,月人均补差为B元 after the urban pair', () => {
  test('the rural rate takes the side of its own clause', () => {
    const recs = ids('截止目前,我区共有城镇低保对象5210人,月人均补差为136元,有农村低保对象9850人,月人均补差为58元。', '上半年');
    expect(recs).toContainEqual(['dibao_avg_subsidy', '城市', 136, '元/人·月']);
    expect(recs).toContainEqual(['dibao_avg_subsidy', '农村', 58, '元/人·月']);
  });

  test('a level after both sides\' counts (no pair before) is not the last side\'s', () => {
    const recs = ids('全区有城镇低保对象5210人,农村低保对象9850人,月人均补差为88元。', '上半年');
    expect(recs).not.toContainEqual(['dibao_avg_subsidy', '农村', 88, '元/人·月']);
  });
});

describe('a bare 保障金 closing a 低保 paragraph', () => {
  test('发放保障金A万元 after the sentence of the caseloads', () => {
    const recs = ids('一是完善低保管理。全区在册城市低保户3120户5230人;农村低保户6200户9100人。发放保障金2810.5万元,保障了困难群众基本生活。');
    expect(recs).toContainEqual(['dibao_funds', '', 2810.5, '万元']);
  });

  test('not after a sentence on another programme', () => {
    const vals = run('全区特困供养人员820人,医疗救助3300人次。发放保障金310万元。').records.filter((r) => r.value === 310).map((r) => r.indicatorId);
    expect(vals).not.toContain('dibao_funds');
  });
});

describe('今年销量 of 福利彩票', () => {
  test('the sales of the year', () => {
    const recs = ids('截至12月31日,全区福利彩票今年销量达到5.62亿元,比去年增长8%。');
    expect(recs).toContainEqual(['lottery_sales', '', 5.62, '亿元']);
  });
});
