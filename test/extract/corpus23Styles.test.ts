// Styles met in a twenty-third corpus of published texts (民政 work summaries, one-month and one-quarter payment news,
// 民生实事 progress tables, national press releases). Fixtures are written for these tests in our own words and numbers.
import { styleKit } from './styleKit';

const { run, facts, reasonOf } = styleKit('某县');

describe('新认定 / 新审批 name new admissions like 新纳入', () => {
  test('新认定城市低保对象A人,新认定农村低保对象B人 are new counts by side, not the stock', () => {
    const r = run('上半年,全县新认定城市低保对象213人,新认定农村低保对象958人,城乡低保总保障人口达到28460人。', '上半年');
    expect(facts(r.records)).toEqual([
      ['dibao_new_persons', '城市', 213, '人', '上半年'],
      ['dibao_new_persons', '农村', 958, '人', '上半年'],
      ['dibao_persons', '', 28460, '人', '上半年'],
    ]);
  });

  test('新审批低保对象A户B人 likewise', () => {
    const r = run('全年新审批低保对象74户131人。');
    expect(facts(r.records)).toEqual([
      ['dibao_new_households', '', 74, '户', '全年'],
      ['dibao_new_persons', '', 131, '人', '全年'],
    ]);
  });

  test('认定 alone (审核认定低保对象) is no new count', () => {
    const r = run('截至年底,全县审核认定低保对象5120户9384人。');
    expect(facts(r.records)).toEqual([
      ['dibao_households', '', 5120, '户', '全年'],
      ['dibao_persons', '', 9384, '人', '全年'],
    ]);
  });
});

describe('a per-head level named 救助水平', () => {
  test('城乡低保月人均救助水平分别达到A元和B元 is the average subsidy by side, never money paid', () => {
    const r = run('城乡低保月人均救助水平分别达到412.6元和265.3元,累计发放低保资金5230万元。', '上半年');
    expect(facts(r.records)).toEqual([
      ['dibao_avg_subsidy', '城市', 412.6, '元/人·月', '上半年'],
      ['dibao_avg_subsidy', '农村', 265.3, '元/人·月', '上半年'],
      ['dibao_funds', '', 5230, '万元', '上半年'],
    ]);
  });
});
