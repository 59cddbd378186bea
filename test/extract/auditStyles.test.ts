// Audit and check reports, profiles of one office's staff: figures that name a wrong found, a check made or one
// township's people, not the programme's total. Fixtures are written for these tests in our own words and numbers.
import { styleKit } from './styleKit';

const { run, facts, reasonOf } = styleKit('张店区');

describe('what an audit or check found wrong', () => {
  test('审计发现…违规发放低保资金…涉及资金A万元、低保对象B户 are the irregular payments, not the programme', () => {
    const r = run('审计发现,个别街道存在违规发放低保资金问题,涉及资金12.4万元、低保对象37户。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 12.4)).toEqual(['irregular']);
    expect(reasonOf(r, 37)).toEqual(['irregular']);
  });

  test('追回违规资金A万元,清退…B户 after an audit: the money recovered and the exits it forced', () => {
    const r = run('整改中已追回违规领取资金8.6万元,清退不符合条件的低保对象21户。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 21)).toEqual(['irregular']);
  });

  test('不符合条件 in an ordinary summary still gives the year’s exits, and the stock after them', () => {
    const r = run('全年新增低保对象415户,取消不符合条件的低保对象236户。目前全区共有低保对象3120户5480人。');
    expect(facts(r.records)).toEqual([
      ['dibao_new_households', '', 415, '户', '全年'],
      ['dibao_exit_households', '', 236, '户', '全年'],
      ['dibao_households', '', 3120, '户', '全年'],
      ['dibao_persons', '', 5480, '人', '全年'],
    ]);
  });

  test('a second clause after a problem clause that names its own whole is still a record', () => {
    const r = run('查处违规问题5个;全年发放城乡低保资金2860万元。');
    expect(facts(r.records)).toEqual([['dibao_funds', '', 2860, '万元', '全年']]);
  });
});

describe('the objects of a check, and the values counted with them', () => {
  test('共核查低保对象A户B人: both are the households and persons checked, not the stock', () => {
    const r = run('今年以来,全区共核查低保对象2980户5120人。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 2980)).toEqual(['action']);
    expect(reasonOf(r, 5120)).toEqual(['action']);
  });

  test('入户走访低保家庭A户B人 likewise', () => {
    const r = run('专项行动中入户走访低保家庭860户1530人。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 1530)).toEqual(['action']);
  });

  test('经核查,全区共有低保对象A户B人: the stock the check confirmed', () => {
    const r = run('经核查,全区共有低保对象2950户5060人。');
    expect(facts(r.records)).toEqual([
      ['dibao_households', '', 2950, '户', '全年'],
      ['dibao_persons', '', 5060, '人', '全年'],
    ]);
  });
});

describe('one township named by where a person works', () => {
  test('他所在街道共有低保对象A户,特困人员B人 in a profile is that township’s', () => {
    const r = run('如今,他所在街道共有低保对象214户,特困人员31人。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 214)).toEqual(['sub_region']);
    expect(reasonOf(r, 31)).toEqual(['sub_region']);
  });

  test('向户籍所在乡镇人民政府提出申请 names no subject: the district’s figure after it stays', () => {
    const r = run('申请人向户籍所在乡镇人民政府提出申请,全区现有特困人员468人。');
    expect(facts(r.records)).toEqual([['tekun_persons', '', 468, '人', '全年']]);
  });
});
