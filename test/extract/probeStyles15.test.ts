// Frames met while probing prose texts (工作总结, 答复, 政府工作报告, 新闻稿), with short texts written for these tests
// in our own words and numbers.
import { catalogue, styleKit } from './styleKit';
import { inferContext } from '../../src/core/extract/context';

const { run, facts, reasons } = styleKit('历下区');

describe('特困人员集中供养率 with no disabled group named is not the catalogue\'s rate of the disabled', () => {
  test('特困人员集中供养率A%: held', () => {
    const r = run('全县特困人员集中供养率达到58.6%。');
    expect(facts(r.records)).toEqual([]);
    expect(reasons(r)).toEqual([[58.6, 'no_indicator']]);
  });

  test('失能、半失能 / 生活不能自理 named: the record stays', () => {
    expect(facts(run('失能、半失能特困人员集中供养率达到57.4%。').records)).toEqual([['tekun_centralized_rate', '', 57.4, '%', '全年']]);
    expect(facts(run('全县生活不能自理特困人员集中供养率达到92%。').records)).toEqual([['tekun_centralized_rate', '', 92, '%', '全年']]);
  });
});

describe('临时救助困难群众A人 is the temporary assistance\'s, not all assistance\'s', () => {
  test('the people are held, the money is the temporary assistance\'s', () => {
    const r = run('全年临时救助困难群众1560人,支出救助资金230万元。');
    expect(facts(r.records)).toEqual([['temp_assist_funds', '', 230, '万元', '全年']]);
    expect(r.candidates.map((c) => c.value)).toContain(1560);
  });

  test('救助困难群众 with no 临时 stays all assistance\'s', () => {
    const r = run('全年救助困难群众1560人,支出救助资金230万元。');
    expect(facts(r.records)).toEqual([['assist_persons', '', 1560, '人', '全年'], ['assist_funds', '', 230, '万元', '全年']]);
  });
});

describe('a level to be reached in a later clause of a plan is planned too', () => {
  test('力争全年新增…A处,养老床位达到B张', () => {
    const r = run('力争全年新增社区养老服务设施20处,养老床位达到8000张。');
    expect(facts(r.records)).toEqual([]);
    expect(reasons(r)).toEqual([[20, 'plan'], [8000, 'plan']]);
  });

  test('今年将新增…,城乡低保标准分别提高到A元和B元', () => {
    const r = run('今年,我们将新增普惠养老床位500张,城乡低保标准分别提高到每人每月880元和700元。');
    expect(facts(r.records)).toEqual([]);
  });

  test('预计…,低保对象达到A人', () => {
    expect(facts(run('预计全年发放低保资金6000万元,低保对象达到9000人。').records)).toEqual([]);
  });

  test('a plan reported done before the level: the level stays', () => {
    const r = run('计划新建养老服务站10个,已全部建成,全县养老床位达到8000张。');
    expect(facts(r.records)).toEqual([['elder_beds', '', 8000, '张', '全年']]);
  });

  test('将新增的A张床位投入使用 (a 把-sentence): the level stays', () => {
    const r = run('我局将新增的200张床位全部投入使用,全县养老床位达到8000张。');
    expect(facts(r.records)).toEqual([['elder_beds', '', 8000, '张', '全年']]);
  });
});

describe('a standard with no side, beside a side\'s standard, is no unified standard', () => {
  test('县城低保标准A元,农村每人每年B元: the county seat\'s is held, the rural one stays', () => {
    const r = run('县城低保标准每人每月820元,农村每人每年7800元。');
    expect(facts(r.records)).toEqual([['dibao_std_rural', '', 7800, '元/人·年', '全年']]);
    expect(reasons(r)).toEqual([[820, 'ambiguous_breakdown']]);
  });

  test('低保标准A元,农村每人每年B元: the first is the other side\'s, not a unified one', () => {
    const r = run('低保标准每人每月820元,农村每人每年7800元。');
    expect(facts(r.records)).toEqual([['dibao_std_rural', '', 7800, '元/人·年', '全年']]);
  });

  test('县城特困人员基本生活标准A元 alone: held', () => {
    expect(facts(run('县城特困人员基本生活标准提高到每人每月1100元。').records)).toEqual([]);
  });

  test('城乡低保标准统一为A元 stays unified', () => {
    expect(facts(run('城乡低保标准统一为每人每月820元。').records)).toEqual([['dibao_std', '', 820, '元/人·月', '全年']]);
  });
});

describe('money a scheme would need (需资金A万元) is an estimate, not what was paid', () => {
  test('如…全部纳入,需资金约A万元', () => {
    const r = run('如低保对象全部纳入,需资金约9000万元。');
    expect(facts(r.records)).toEqual([]);
    expect(reasons(r)).toEqual([[9000, 'plan']]);
  });

  test('全年共需低保资金A万元', () => {
    expect(facts(run('全年共需低保资金8600万元。').records)).toEqual([]);
  });

  test('支出…,保障…需要: the money paid stays', () => {
    expect(facts(run('全年支出低保资金8600万元,切实保障了困难群众基本生活需要。').records)).toEqual([['dibao_funds', '', 8600, '万元', '全年']]);
  });
});

describe('现行…标准为A元,调整后为B元: the new standard is the one at the period\'s end', () => {
  test('the standard in force before the change is held', () => {
    const r = run('现行城市低保标准为每人每月780元,调整后为每人每月820元。');
    expect(facts(r.records)).toEqual([['dibao_std_urban', '', 820, '元/人·月', '全年']]);
    expect(reasons(r)).toEqual([[780, 'conflict']]);
  });

  test('现行 alone, both sides: the standards stay', () => {
    const r = run('现行城市低保标准为每人每月780元,农村低保标准为每人每年7200元。');
    expect(facts(r.records)).toEqual([['dibao_std_urban', '', 780, '元/人·月', '全年'], ['dibao_std_rural', '', 7200, '元/人·年', '全年']]);
  });
});

describe('a 政府工作报告 reviews the year before the one it is given in', () => {
  const yearOf = (text: string) => inferContext(text, catalogue).year?.value;
  test('2024年政府工作报告', () => {
    expect(yearOf('2024年政府工作报告\n过去一年,全市城乡低保标准分别提高到每人每月880元和700元,新增养老床位1200张。')).toBe(2023);
  });

  test('——2024年1月12日在…人民代表大会…会议上', () => {
    expect(yearOf('政府工作报告\n——2024年1月12日在某市第十八届人民代表大会第三次会议上\n过去一年,全市新增养老床位1200张。')).toBe(2023);
  });

  test('a department\'s 2023年工作报告 is of its own year', () => {
    expect(yearOf('某县人民政府2023年工作报告\n全年新增养老床位300张。')).toBe(2023);
  });
});

describe('分别 with glued items (A户B人和C户D人): no item is the whole\'s', () => {
  test('城乡低保对象分别为A户B人和C户D人: all held', () => {
    const r = run('城乡低保对象分别为1200户2100人和4300户8800人。');
    expect(facts(r.records)).toEqual([]);
    expect(reasons(r)).toEqual([[1200, 'list_mismatch'], [2100, 'list_mismatch'], [4300, 'list_mismatch'], [8800, 'list_mismatch']]);
  });

  test('one value per item stays paired', () => {
    expect(facts(run('城乡低保对象分别为2100人和8800人。').records)).toEqual([['dibao_persons', '城市', 2100, '人', '全年'], ['dibao_persons', '农村', 8800, '人', '全年']]);
  });
});

describe('县级留成公益金A万元 is the share one level keeps', () => {
  test('the share is held, the sales stay', () => {
    const r = run('全年销售福利彩票2.36亿元,县级留成公益金860万元。');
    expect(facts(r.records)).toEqual([['lottery_sales', '', 2.36, '亿元', '全年']]);
    expect(reasons(r)).toEqual([[860, 'subset']]);
  });
});

describe('a plan of no figure is an aim: the level after it stays', () => {
  test('力争实现应保尽保,全年低保对象达到A人', () => {
    expect(facts(run('力争实现应保尽保,全年低保对象达到8600人。').records)).toEqual([['dibao_persons', '', 8600, '人', '全年']]);
  });
});
