// Frames met while probing prose reports (总结, 通知, 答复, 新闻, 公报), with short texts written for these tests in our own
// words and numbers.
import { styleKit } from './styleKit';

const { run, reasonOf } = styleKit('历下区');
const ids = (text: string, period = '全年') => run(text, period).records.map((r) => [r.indicatorId, r.breakdown, r.value, r.unit]);

describe('建设 in the period is an action of building, not the stock', () => {
  test('今年建设养老机构A家', () => {
    const r = run('今年建设养老机构3家,全县养老床位达到2600张。');
    expect(r.records.map((x) => x.indicatorId)).toEqual(['elder_beds']);
    expect(reasonOf(r, 3)).toEqual(['new_vs_stock']);
  });

  test('共建设…中心A个、养老机构B家: each item of the list built', () => {
    const r = run('2023年全年共建设街道综合养老服务中心4个、养老机构2家。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 2)).toEqual(['new_vs_stock']);
  });

  test('已建设 / 累计建设 / 建设有 stay the stock', () => {
    expect(ids('全县已建设养老机构12家,床位1480张。')).toContainEqual(['elder_institutions', '', 12, '家']);
    expect(ids('截至年底,累计建设养老机构18家。')).toContainEqual(['elder_institutions', '', 18, '家']);
    expect(ids('全县建设有养老机构12家。')).toContainEqual(['elder_institutions', '', 12, '家']);
  });
});

describe('a monthly average in 元 is no total money', () => {
  test('低保户月均补差A元', () => {
    const r = run('城市低保户月均补差420元。');
    expect(r.records).toEqual([]);
  });
});

describe('明年 / 下一年度: next year\'s figure, not this year\'s', () => {
  test('明年将城市低保标准提高到A元', () => {
    const r = run('明年将城市低保标准提高到每人每月900元。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 900)).toEqual(['plan']);
  });

  test('从明年1月起,…分别提高到A元、B元', () => {
    expect(run('从明年1月起,城乡低保标准分别提高到每人每月900元、720元。').records).toEqual([]);
  });

  test('下一年度,…将调整为A元', () => {
    expect(run('下一年度,城市低保标准将调整为每人每月900元。').records).toEqual([]);
  });

  test('明年全县将发放A万元', () => {
    expect(run('明年全县将发放高龄津贴900万元。').records).toEqual([]);
  });

  test('this year\'s figure before 明年 stays', () => {
    expect(ids('全年城市低保标准提高到每人每月860元,明年拟提高到900元。')).toEqual([['dibao_std_urban', '', 860, '元/人·月']]);
  });
});

describe('the people or homes of one kind of institution are a part', () => {
  test('敬老院收养特困人员A人', () => {
    const r = run('全县敬老院收养特困人员420人,床位680张。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 420)).toEqual(['subset']);
  });

  test('A所敬老院共集中供养特困人员B人: neither all the institutions nor all the people', () => {
    const r = run('全县15所敬老院共集中供养特困人员420人。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 15)).toEqual(['subset']);
  });

  test('有A所乡镇敬老院,床位B张: the homes\' beds', () => {
    const r = run('全县有15所乡镇敬老院,床位1200张。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 1200)).toEqual(['subset']);
  });

  test('the whole\'s count and its 集中供养 part stay', () => {
    expect(ids('全县特困人员1560人,其中敬老院集中供养420人。')).toEqual([['tekun_persons', '', 1560, '人'], ['tekun_persons', '集中供养', 420, '人']]);
    expect(ids('全县共有养老机构20家(含敬老院15所)。')).toEqual([['elder_institutions', '', 20, '家']]);
  });
});

describe('a clause opening with the year\'s end is dated to it, not by a period carried over a semicolon', () => {
  test('1-9月,…;年末全区城市低保对象A人', () => {
    const r = run('1-9月,全区发放临时救助资金210万元;年末全区城市低保对象2200人。');
    expect(r.records.map((x) => [x.indicatorId, x.value, x.period])).toEqual([['temp_assist_funds', 210, '1-9月'], ['dibao_persons', 2200, '全年']]);
  });

  test('一季度,…;全县年底…A人', () => {
    const r = run('一季度,全县城市低保对象2300人;全县年底城市低保对象2200人。');
    expect(r.records.map((x) => [x.value, x.period])).toEqual([[2300, 'Q1'], [2200, '全年']]);
  });

  test('年底前将…: a deadline, no date', () => {
    const r = run('上半年,全区新增养老床位120张;年底前将新增养老床位300张。');
    expect(r.records.map((x) => [x.value, x.period])).toEqual([[120, '上半年']]);
  });
});
