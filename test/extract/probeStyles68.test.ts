// Frames met on a held-out city speech, with short texts written for these tests in our own words and numbers.
import { styleKit } from './styleKit';

const { run, reasonOf } = styleKit('洛阳市');
const ids = (text: string, period = '全年') => run(text, period).records.map((r) => [r.indicatorId, r.breakdown, r.value, r.unit]);

describe('area groups listed after a standard\'s name, before 分别, take one value each', () => {
  test('城市低保标准五区和各县市分别提高到A元、B元', () => {
    const recs = ids('城市低保标准五区和各县市分别提高到510元、470元。');
    expect(recs).toEqual([
      ['dibao_std_urban', '五区', 510, '元/人·月'],
      ['dibao_std_urban', '各县市', 470, '元/人·月'],
    ]);
  });

  test('两区和三县', () => {
    expect(ids('城市低保标准两区和三县分别提高到615元、560元。')).toEqual([
      ['dibao_std_urban', '两区', 615, '元/人·月'],
      ['dibao_std_urban', '三县', 560, '元/人·月'],
    ]);
  });

  test('城区和郊县', () => {
    expect(ids('城市低保标准城区和郊县分别提高到615元、560元。')).toEqual([
      ['dibao_std_urban', '城区', 615, '元/人·月'],
      ['dibao_std_urban', '郊县', 560, '元/人·月'],
    ]);
  });

  test('parts the catalogue does not know are held, none filed as the whole', () => {
    const r = run('城市低保标准市区和各县区分别提高到615元、560元。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 615)).toEqual(['area_group']);
    expect(reasonOf(r, 560)).toEqual(['area_group']);
  });

  test('the sides listed after a standard stay the sides', () => {
    expect(ids('城市和农村低保标准分别提高到615元、430元。')).toEqual([
      ['dibao_std_urban', '', 615, '元/人·月'],
      ['dibao_std_rural', '', 430, '元/人·月'],
    ]);
  });
});

describe('a bare-元 rural standard above the urban one of its sentence is no monthly figure', () => {
  test('城市…A元;农村…B元 with B above A', () => {
    const r = run('城市低保标准提高到300元,增幅8%;农村低保标准提高到1500元,增幅12%。');
    expect(r.records.map((x) => [x.indicatorId, x.value])).toEqual([['dibao_std_urban', 300]]);
    expect(reasonOf(r, 1500)).toEqual(['unit_period']);
  });

  test('a rural standard below the urban one stays monthly', () => {
    expect(ids('城市低保标准提高到300元;农村低保标准提高到260元。')).toEqual([
      ['dibao_std_urban', '', 300, '元/人·月'],
      ['dibao_std_rural', '', 260, '元/人·月'],
    ]);
  });
});

describe('halves of a sentence opening with opposite sides give their side-less 低保 figures that side', () => {
  test('城市低保标准…,新增低保人数A人;农村低保标准…,新增低保人数B人', () => {
    const recs = ids('城市低保标准提高到300元,新增低保人数900人,增幅6%;农村低保标准提高到220元,新增低保人数2.1万人,增幅9%。');
    expect(recs).toContainEqual(['dibao_new_persons', '城市', 900, '人']);
    expect(recs).toContainEqual(['dibao_new_persons', '农村', 2.1, '万人']);
  });

  test('one side\'s standard alone does not make the count that side\'s', () => {
    expect(ids('城市低保标准提高到300元,新增低保人数900人。')).toContainEqual(['dibao_new_persons', '', 900, '人']);
  });

  test('halves opening with the same side give nothing', () => {
    const recs = ids('城市低保标准提高到300元,新增低保人数900人;城市低保资金支出1200万元。');
    expect(recs).toContainEqual(['dibao_new_persons', '', 900, '人']);
  });
});
