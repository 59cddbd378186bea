// Frames met on held-out corpora c66–c67 (wrong records), with short texts written for these tests in our own words and numbers.
import { styleKit } from './styleKit';

const { run, reasons, reasonOf } = styleKit('历下区');
const ids = (text: string, period = '全年') => run(text, period).records.map((r) => [r.indicatorId, r.breakdown, r.value, r.unit, r.qualifier]);

describe('both values of an A户、B名 pair share the hold found on the name after them', () => {
  test('对…A户、B名低保对象因…降低了保障标准: the households are held with the persons', () => {
    const r = run('对原享受保障的36户、95名低保对象因家庭收入增加而降低了保障标准;');
    expect(r.records).toEqual([]);
    expect(reasons(r)).toEqual([[36, 'action'], [95, 'action']]);
  });

  test('a caseload pair is still filed', () => {
    expect(ids('全区共有低保对象36户、95人。')).toEqual([['dibao_households', '', 36, '户', 'exact'], ['dibao_persons', '', 95, '人', 'exact']]);
  });
});

describe('staff taking part are not the people helped', () => {
  test('参加街头救助人员A人次 / 出动工作人员B人次', () => {
    const r = run('今年以来,参加街头救助人员1520人次,出动车辆210台次,救助流浪乞讨人员188人次。');
    expect(ids('今年以来,参加街头救助人员1520人次,出动车辆210台次,救助流浪乞讨人员188人次。')).toEqual([['vagrant_assist_times', '', 188, '人次', 'exact']]);
    expect(reasonOf(r, 1520)).toEqual(['action']);
    expect(ids('今年以来,出动救助人员860人次,救助流浪乞讨人员188人次。')).toEqual([['vagrant_assist_times', '', 188, '人次', 'exact']]);
  });
});

describe('places an action is carried out in are not the stock', () => {
  test('在全区N个养老机构推行… / 在N个救助管理机构开展…试点', () => {
    expect(reasonOf(run('在全区50个养老机构推行标准化建设。'), 50)).toEqual(['action']);
    expect(reasonOf(run('今年在辖内12个救助管理机构开展人脸识别试点工作。'), 12)).toEqual(['action']);
  });

  test('the stock is still filed', () => {
    expect(ids('全区现有养老机构50个。')).toEqual([['elder_institutions', '', 50, '个', 'exact']]);
  });
});

describe('money raised for one purpose is a campaign\'s takings', () => {
  test('为地震灾区募捐A万元 beside a drive and a named fund', () => {
    const r = run('全区完成"慈善一日捐"120万元,为地震灾区募捐48万元,募集"冠名基金"530万元。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 48)).toEqual(['scope']);
  });

  test('为患病儿童募集善款A万元', () => {
    expect(reasonOf(run('全区为患病儿童募集善款56万元。'), 56)).toEqual(['scope']);
  });

  test('one item beside the drives\' takings is no total; a total with 共 or 全年 still is', () => {
    expect(reasonOf(run('全区完成"慈善一日捐"120万元,募集善款48万元,募集"冠名基金"530万元。'), 48)).toEqual(['scope']);
    expect(ids('全区"慈善一日捐"募集120万元,全年共募集善款900万元。')).toEqual([['charity_donations', '', 900, '万元', 'exact']]);
    expect(ids('全年募集善款900万元。')).toEqual([['charity_donations', '', 900, '万元', 'exact']]);
  });
});

describe('a promise is a plan; the completion after it is the fact', () => {
  test('年初承诺:新增养老床位A张;完成情况:新增各类养老床位超过A张', () => {
    const text = '年初承诺:全区新增养老床位2000张;完成情况:全区今年新增各类养老床位超过2000张,总床位达到1.2万张。';
    expect(ids(text)).toEqual([['elder_beds_new', '', 2000, '张', '超过']]);
    expect(reasons(run(text))).toContainEqual([2000, 'plan']);
  });

  test('新增各类养老床位A张 is the new beds', () => {
    expect(ids('今年全区新增各类养老床位1800张。')).toEqual([['elder_beds_new', '', 1800, '张', 'exact']]);
  });
});

describe('the items of the tasks a body took on are targets', () => {
  test('承担的…项目共N项,包括新增养老床位A张、…', () => {
    const r = run('2023年,区民政局承担的"民生实事"项目共5项,包括新增养老床位860张、社区服务中心建设,现将完成情况予以公示。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 860)).toEqual(['plan']);
  });
});
