// Frames met in 纪检/巡察/审计 整改 texts (figures of corrections, not of a region), with short texts written for these
// tests in our own words and numbers.
import { styleKit } from './styleKit';

const { run, facts, reasonOf } = styleKit('历下区');

describe('an exit verb reaches every item of the list after it', () => {
  test('取消低保对象A人,特困供养对象B人', () => {
    const r = run('今年集中整治开展以来,取消城乡低保对象1234人,特困供养对象56人。');
    expect(facts(r.records)).toEqual([['dibao_exit_persons', '', 1234, '人', '全年'], ['tekun_exit_persons', '', 56, '人', '全年']]);
  });

  test('the verb after a lead: 今年共清退…A人,…B人', () => {
    const r = run('今年共清退低保对象123人,特困人员45人。');
    expect(facts(r.records)).toContainEqual(['tekun_exit_persons', '', 45, '人', '全年']);
    expect(facts(r.records).map((x) => x[0])).not.toContain('tekun_persons');
  });

  test('a clause with a subject or verb of its own is a stock', () => {
    const r = run('今年取消低保对象12人,全区特困人员在册56人。');
    expect(facts(r.records)).toContainEqual(['tekun_persons', '', 56, '人', '全年']);
  });
});

describe('a sentence opened by another named region is that region\'s', () => {
  test('又如,X区集中整治以来,取消…A人,…B人', () => {
    const r = run('又如,山东省济南市章丘区集中整治开展以来,取消城乡低保对象1234人,特困供养对象56人;');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 56)).toEqual(['other_region']);
  });
});

describe('an audit\'s outcome is no programme figure', () => {
  test('通过审计整改,…保障A名困难群众的合法权益', () => {
    const r = run('通过审计整改,促进拨付或追回救助资金3456.7万元,规范资金管理,保障4321名困难群众的合法权益。');
    expect(r.records).toEqual([]);
  });

  test('保障…的合法权益 is not coverage', () => {
    const r = run('全区加强救助资金监管,保障4321名困难群众的合法权益。');
    expect(r.records).toEqual([]);
  });
});

describe('money to be recovered, and a programme named only in a bracket', () => {
  test('金额总计A万元进行追缴收回', () => {
    const r = run('各街道于9月底前对重复补助人员(包含特困供养人员重复领取护理补贴),金额总计12.34万元进行追缴收回。');
    expect(r.records).toEqual([]);
  });

  test('a bracket\'s programme does not name the amount after it', () => {
    const r = run('全区对发放人员(包含特困供养人员、困难残疾人)进行复核,金额总计12.34万元。');
    expect(r.records).toEqual([]);
  });
});
