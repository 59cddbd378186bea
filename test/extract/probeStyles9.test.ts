// Frames left open by earlier probing, with short texts written for these tests in our own words and numbers: a period
// word before 分别, the lowest band of a banded standard (…元起), and tables of a standard before and after its change.
import { catalogue, styleKit } from './styleKit';
import { inferContext } from '../../src/core/extract/context';

const { run, reasonOf } = styleKit('历下区');
const ids = (text: string, period = '全年') => run(text, period).records.map((r) => [r.indicatorId, r.value, r.unit]);

describe('每人每年 before 分别 states the period of every value of the list', () => {
  test('城乡低保标准每人每年分别为A元和B元: both yearly', () => {
    expect(ids('今年全区城乡低保标准每人每年分别为10800元和8160元。')).toEqual([
      ['dibao_std_urban', 10800, '元/人·年'],
      ['dibao_std_rural', 8160, '元/人·年'],
    ]);
  });

  test('每人每月分别达到: monthly', () => {
    expect(ids('全区城乡低保标准每人每月分别达到905元、680元。')).toEqual([
      ['dibao_std_urban', 905, '元/人·月'],
      ['dibao_std_rural', 680, '元/人·月'],
    ]);
  });

  test('a change listed after 分别 stays a change', () => {
    const r = run('全区城乡低保标准每人每年分别提高了540元和420元。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 540)).toEqual(['change']);
  });
});

describe('…元起: the lowest band of a banded standard', () => {
  test('高龄津贴每人每月A元起, rising with age: held, not the standard', () => {
    const r = run('全区高龄津贴标准为每人每月120元起,按年龄段逐档提高。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 120)).toEqual(['subset']);
  });

  test('a date with 起 (自7月1日起) or a standard carried out from a date is the standard', () => {
    expect(ids('自7月1日起,全区城市低保标准提高到每人每月905元。')).toEqual([['dibao_std_urban', 905, '元/人·月']]);
    expect(ids('全区城市低保标准每人每月905元起执行。')).toEqual([['dibao_std_urban', 905, '元/人·月']]);
  });
});

describe('a table of standards before and after their change', () => {
  test('项目 | 调整前 | 调整后 | 提高额: the standard after the change is the period\'s; before and the increase are not', () => {
    const r = run('城乡低保标准调整情况\n项目 | 调整前 | 调整后 | 提高额\n城市低保标准(元/人·月) | 840 | 905 | 65\n农村低保标准(元/人·年) | 7440 | 8160 | 720\n');
    expect(r.records.map((x) => [x.indicatorId, x.value, x.unit])).toEqual([
      ['dibao_std_urban', 905, '元/人·月'],
      ['dibao_std_rural', 8160, '元/人·年'],
    ]);
    expect(reasonOf(r, 840)).toEqual(['previous_column']);
  });

  test('原标准 / 新标准 in tab-separated columns', () => {
    const r = run('类别\t原标准\t新标准\n城市低保标准(元/月)\t840\t905\n农村低保标准(元/年)\t7440\t8160\n');
    expect(r.records.map((x) => [x.indicatorId, x.value])).toEqual([
      ['dibao_std_urban', 905],
      ['dibao_std_rural', 8160],
    ]);
  });

  test('a column titled only 现行标准 next to another number is not guessed', () => {
    const r = run('项目 | 现行标准 | 备注数\n城市低保标准(元/人·月) | 840 | 905\n');
    expect(r.records).toEqual([]);
  });
});

describe('the other supply mode after a semicolon', () => {
  test('特困人员A人,集中供养B人,支出…;分散供养C人: C is the dispersed part of the same whole', () => {
    const r = run('全区共有特困人员436人,集中供养171人,支出供养经费226万元;分散供养265人,发放补贴资金190.4万元。');
    expect(r.records.map((x) => [x.indicatorId, x.breakdown, x.value])).toEqual([
      ['tekun_persons', '', 436],
      ['tekun_persons', '集中供养', 171],
      ['tekun_persons', '分散供养', 265],
    ]);
    expect(reasonOf(r, 226)).toEqual(['subset']);
  });

  test('a side\'s whole (农村特困人员) gets no mode split, and another programme after the semicolon is its own', () => {
    expect(run('全县农村特困人员540人,集中供养140人,发放供养金86万元;分散供养400人。').records.map((x) => [x.breakdown, x.value])).toEqual([['农村', 540]]);
    expect(run('全区共有特困人员436人,集中供养171人;农村低保对象分散在各村,共2260人。').records.map((x) => [x.indicatorId, x.breakdown, x.value])).toEqual([
      ['tekun_persons', '', 436],
      ['tekun_persons', '集中供养', 171],
      ['dibao_persons', '农村', 2260],
    ]);
  });
});

describe('a care mode\'s rate of a standard with no such split', () => {
  test('事实无人抚养儿童…集中养育A元,社会散居B元: each held, the orphans\' own split is kept', () => {
    const r = run('事实无人抚养儿童基本生活补贴标准参照孤儿标准执行,集中养育每人每月1980元,社会散居每人每月1520元。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 1980)).toEqual(['subset']);
    expect(run('孤儿基本生活费集中养育每人每月1980元,社会散居每人每月1520元。').records.map((x) => [x.indicatorId, x.breakdown, x.value])).toEqual([
      ['orphan_std', '机构养育', 1980],
      ['orphan_std', '社会散居', 1520],
    ]);
  });
});

describe('the year a meeting gives the figures of', () => {
  test('会议指出,2022年全省累计…: that year, the whole year', () => {
    const ctx = inferContext('全省民政工作会议召开\n1月16日,全省民政工作会议召开。会议指出,2022年全省累计发放城乡低保资金48.6亿元。', catalogue);
    expect(ctx.year?.value).toBe(2022);
    expect(ctx.period?.value).toBe('全年');
  });

  test('a plan after the year is no evidence of it', () => {
    const ctx = inferContext('全省民政工作会议召开\n会议指出,2024年全省将新增养老床位9000张。', catalogue);
    expect(ctx.year?.value).not.toBe(2024);
  });
});

describe('the running total after a month\'s payment, named by a quarter or a half', () => {
  test('3月份…发放低保金A万元;一季度累计发放B万元 / 上半年累计 / 前三季度累计', () => {
    const facts = (text: string) => run(text).records.map((x) => [x.indicatorId, x.breakdown, x.value, x.period]);
    expect(facts('3月份,全区发放低保金150万元;一季度累计发放445万元。')).toEqual([
      ['dibao_funds', '', 150, '3月'],
      ['dibao_funds', '', 445, 'Q1'],
    ]);
    expect(facts('6月份,全区发放城市低保金57万元;上半年累计发放330万元。')).toEqual([
      ['dibao_funds', '城市', 57, '6月'],
      ['dibao_funds', '城市', 330, '上半年'],
    ]);
    expect(facts('9月份,全区发放特困供养金34万元;前三季度累计支出286万元。')).toEqual([
      ['tekun_funds', '', 34, '9月'],
      ['tekun_funds', '', 286, '1-9月'],
    ]);
  });
});

describe('the beds of one kind of home', () => {
  test('全区敬老院共有床位A张: not all the elderly-care beds', () => {
    const r = run('全区敬老院共有床位910张,入住特困人员436人。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 910)).toEqual(['subset']);
    expect(reasonOf(run('全区共有养老机构34家,床位3260张,其中敬老院13家,床位990张。'), 990)).toEqual(['subset']);
  });

  test('the elderly-care institutions\' own beds stay', () => {
    expect(ids('全区养老机构床位3260张。')).toEqual([['elder_inst_beds', 3260, '张']]);
  });
});

describe('a prose line cut before a figure (PDF or a narrow page)', () => {
  test('…共有养老机构\\n32家,床位\\n3,260张;\\n社会组织\\n512个。: each figure keeps its name', () => {
    expect(ids('截至2023年底,全区共有养老机构\n34家,床位\n3,410张;\n社会组织\n548个。')).toEqual([
      ['elder_institutions', 34, '家'],
      ['elder_inst_beds', 3410, '张'],
      ['social_orgs', 548, '个'],
    ]);
  });

  test('a number cut from its unit (…7890\\n人,…)', () => {
    expect(run('全区城市低保对象1310户2260人,\n农村低保对象4620户8010\n人,全年累计发放低保金3320万元。').records.map((x) => [x.indicatorId, x.breakdown, x.value])).toEqual([
      ['dibao_households', '城市', 1310],
      ['dibao_persons', '城市', 2260],
      ['dibao_households', '农村', 4620],
      ['dibao_persons', '农村', 8010],
      ['dibao_funds', '', 3320],
    ]);
  });

  test('a heading line with no clause mark before a figure stays its own line', () => {
    expect(ids('一、养老服务\n32家养老机构完成消防改造。')).toEqual([]);
  });
});

describe('a table\'s caption and a unit line listing several units', () => {
  const table = (text: string) => run(text, '全年').records.map((x) => [x.indicatorId, x.breakdown, x.value, x.unit, x.period]);

  test('表1 2023年1-9月社会救助情况: the caption is the title (its number no value), and its span dates the money', () => {
    expect(table('表1 2023年1-9月社会救助情况\n项目\t户数(户)\t人数(人)\t资金(万元)\n城市低保\t1,410\t2,330\t1,102.8\n农村低保\t8,020\t12,940\t3,260.5\n')).toEqual([
      ['dibao_households', '城市', 1410, '户', '9月'],
      ['dibao_persons', '城市', 2330, '人', '9月'],
      ['dibao_funds', '城市', 1102.8, '万元', '1-9月'],
      ['dibao_households', '农村', 8020, '户', '9月'],
      ['dibao_persons', '农村', 12940, '人', '9月'],
      ['dibao_funds', '农村', 3260.5, '万元', '1-9月'],
    ]);
  });

  test('单位:万元、人、个 is no unit of every cell: the rows keep their own', () => {
    const r = run('2023年第三季度民政统计季报\n单位:万元、人、个\n指标名称\t本季度\t上年同期\t同比增减(%)\n城市最低生活保障人数\t3,340\t3,510\t-4.8\n养老机构数\t41\t38\t7.9\n');
    expect(r.records.map((x) => [x.indicatorId, x.breakdown, x.value, x.unit])).toEqual([
      ['dibao_persons', '城市', 3340, '人'],
      ['elder_institutions', '', 41, '个'],
    ]);
    expect(r.candidates.every((c) => !/、/.test(c.unit))).toBe(true);
  });
});
