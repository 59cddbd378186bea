// Frames met on held-out corpora c58 and c59, with short texts written for these tests in our own words and numbers.
import { styleKit } from './styleKit';

const { run, facts, reasonOf } = styleKit('某县');
const ids = (text: string) => facts(run(text).records).map((x) => x.slice(0, 4));

describe('a 分别 list of social-insurance enrolments names no 民政 count', () => {
  test('企业养老、机关事业单位养老、…保险参保人数分别达到A人、B人…', () => {
    const r = run('年末全县企业养老、机关事业单位养老、城镇职工医疗和失业保险参保人数分别达到41200人、15300人、22100人和9800人。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 41200)).toEqual(['no_indicator']);
  });

  test('城镇企业职工基本养老保险、基本医疗保险参保人数分别为A万人、B万人', () => {
    const r = run('城镇企业职工基本养老保险、基本医疗保险、失业保险参保人数分别为9.32万人、12.41万人、6.85万人。');
    expect(r.records).toEqual([]);
  });

  test('资助低保对象、特困人员参加医疗保险分别为A人、B人: those an action enrolled', () => {
    const r = run('全年资助低保对象、特困人员参加城乡居民医疗保险分别为3200人、410人。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 3200)).toEqual(['action']);
  });

  test('a list of the programmes themselves is still read', () => {
    expect(ids('全县低保对象、特困人员分别为3200人、410人。')).toEqual([
      ['dibao_persons', '', 3200, '人'],
      ['tekun_persons', '', 410, '人'],
    ]);
  });
});
