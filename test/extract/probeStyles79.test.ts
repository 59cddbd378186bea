// Frames met on a held-out set of real reports (c81), with short texts written for these tests in our own words and numbers.
import { catalogue, styleKit } from './styleKit';
import { extractRecords } from '../../src/core/extract/extract';

const { run, facts, reasons } = styleKit('历下区');

describe('a shortfall of beds is not the beds', () => {
  test('养老床位缺口仍有A多万张', () => {
    const r = run('目前,全区养老床位缺口仍有3多万张,可供选择的床位不足需求的一成。');
    expect(r.records).toEqual([]);
    expect(r.candidates.find((c) => c.value === 3)?.message).toMatch(/缺口/);
  });

  test('养老床位尚缺A张 / 缺少A张', () => {
    expect(run('全区养老床位尚缺1200张。').records).toEqual([]);
    expect(run('到年底全区养老床位还缺少1500张。').records).toEqual([]);
  });

  test('the stock is still filed', () => {
    expect(facts(run('全区养老床位达到8600张。').records)).toEqual([['elder_beds', '', 8600, '张', '全年']]);
  });
});

describe('a one-off subsidy\'s recipients listed under its lead', () => {
  const lead = '区民政局按时完成困难群众一次性生活补贴发放工作。\n·补贴涉及\n';
  test('a label with a bracket adding another group is a combined count', () => {
    const r = run('全区最低生活保障家庭(支出型贫困家庭)1420户。', '6月');
    expect(r.records).toEqual([]);
    expect(reasons(r)).toContainEqual([1420, 'combined']);
  });

  test('the items under 一次性…补贴…涉及 are that payment\'s', () => {
    const r = run(lead + '(一)最低生活保障家庭1420户;\n(二)特困供养人员96人;\n上述资金已于8月10日发放到位。');
    expect(r.records).toEqual([]);
    expect(r.candidates.map((c) => c.value)).toEqual(expect.arrayContaining([1420, 96]));
  });

  test('a caseload list is still filed', () => {
    expect(facts(run('全区社会救助对象如下:\n(一)最低生活保障家庭1420户;\n(二)特困供养人员96人。').records)).toEqual([
      ['dibao_households', '', 1420, '户', '全年'],
      ['tekun_persons', '', 96, '人', '全年'],
    ]);
  });
});

describe('a later block of a quarterly page keeps the page title\'s period', () => {
  const page = '2021年2季度某市民政统计季报\n\n编制单位:深圳市\n一、综合\n(一)行政区划\n   街道31\n(二)社会服务事业费累计支出万元21,040.5\n   1.社会福利万元6,210.2\n   2.社会救助万元3,105.8\n\n\n二、社会工作\n(一)提供住宿的社会服务\n 1. 机构数25\n      A 社会福利院4\n      B 儿童福利机构6\n      C 救助管理站2\n';
  test('the second block is dated by the title', () => {
    const r = extractRecords(page, { source: 't.txt', catalogue });
    const got = r.records.map((x) => [x.indicatorId, x.value, x.period]);
    expect(got).toEqual(expect.arrayContaining([
      ['social_welfare_homes', 4, '6月'],
      ['child_welfare_institutions', 6, '6月'],
      ['relief_stations', 2, '6月'],
    ]));
  });

  test('a block after prose keeps no title', () => {
    const t = page.replace('\n\n\n二、社会工作', '\n\n下面是另一时期的数字,供参考。\n二、社会工作');
    const r = extractRecords(t, { source: 't.txt', catalogue });
    expect(r.records.filter((x) => x.indicatorId === 'relief_stations')).toEqual([]);
  });
});
