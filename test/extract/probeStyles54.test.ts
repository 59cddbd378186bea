// Frames met on held-out reports (session 35: wholes, parts, single homes, mixed money), with short texts written for
// these tests in our own words and numbers.
import { styleKit } from './styleKit';

const { run, facts, reasonOf } = styleKit('商河县');
const ids = (text: string, period = '全年') => facts(run(text, period).records).map((x) => x.slice(0, 4));

describe('对…进行了改扩建: the homes an action touched are not the stock', () => {
  test('全县共有敬老院A处,…对全县B处农村敬老院进行了改扩建', () => {
    const r = run('全县共有敬老院15处,全年共投资280万元,对全县6处农村敬老院进行了改扩建。');
    expect(r.records.filter((x) => x.indicatorId === 'elder_institutions')).toEqual([]);
    expect(reasonOf(r, 6)).toEqual(['action']);
  });

  test('households a check was carried out on', () => {
    const r = run('今年对全县1350户低保家庭开展了入户复核。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 1350)).toEqual(['action']);
  });

  test('the stock stated plainly is still filed', () => {
    expect(ids('全县共有养老机构18家,对其中4家养老机构实施了消防改造。')).toEqual([['elder_institutions', '', 18, '家']]);
  });
});

describe('an ownership word in brackets after the home\'s name marks a part', () => {
  test('养老机构(民办)A个,养老机构床位数B床', () => {
    const r = run('全县拥有社会福利院(公办)4个;拥有社会养老机构(民办)3个,养老机构床位数215床,养老机构保障人数40人。');
    expect(ids('全县拥有社会福利院(公办)4个;拥有社会养老机构(民办)3个,养老机构床位数215床。')).toEqual([['social_welfare_homes', '', 4, '个']]);
    expect(reasonOf(r, 3)).toEqual(['subset']);
    expect(reasonOf(r, 215)).toEqual(['subset']);
  });

  test('no bracket: the institutions and their beds are filed', () => {
    expect(ids('全县拥有养老机构13个,养老机构床位数1120张。')).toEqual([
      ['elder_institutions', '', 13, '个'],
      ['elder_inst_beds', '', 1120, '张'],
    ]);
  });
});

describe('beds stated for one home are that home\'s', () => {
  test('a sentence opening with the bare home after one named home', () => {
    const r = run('计划投资240万元、去年开工的县中心敬老院,计划于今年年底竣工。敬老院设置70张床位,可容纳全县集中供养的五保老人。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 70)).toEqual(['subset']);
    expect(r.candidates.find((c) => c.value === 70)?.message).toMatch(/一所机构/);
  });

  test('新建的…福利院落成,新增床位A张', () => {
    const r = run('近日,县民政部门投资新建的城南福利院落成,新增床位64张,可供孤寡老人入住。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 64)).toEqual(['subset']);
  });

  test('the whole area\'s beds are still filed', () => {
    expect(ids('全县共有养老机构16个,床位1350张。')).toEqual([
      ['elder_institutions', '', 16, '个'],
      ['elder_inst_beds', '', 1350, '张'],
    ]);
    expect(ids('今年全县新增养老床位260张。')).toEqual([['elder_beds_new', '', 260, '张']]);
  });
});

describe('a relief total whose 其中 list names money outside social assistance is a mixed sum', () => {
  test('救助资金A万元,其中…残疾人生活补贴B万元,护理补贴C万元', () => {
    const r = run('上半年民政部门发放救助资金5230.4万元,其中低保对象救助资金2050.2万元,残疾人生活补贴2410.6万元,护理补贴380.3万元,临时救助支出62.1万元。', '上半年');
    expect(r.records.filter((x) => x.indicatorId === 'assist_funds')).toEqual([]);
    expect(reasonOf(r, 5230.4)).toEqual(['combined']);
    expect(ids('上半年民政部门发放救助资金5230.4万元,其中低保对象救助资金2050.2万元,残疾人生活补贴2410.6万元,临时救助支出62.1万元。', '上半年')).toContainEqual(['dibao_funds', '', 2050.2, '万元']);
  });

  test('各类民政救助资金A万元,其中优抚对象抚恤补助款B万元,…', () => {
    const r = run('1-6月份共发放各类民政救助资金1730.5万元,其中重点优抚对象抚恤补助款240万元,城镇低保资金880.2万元,农村低保资金610.3万元。', '上半年');
    expect(r.records.filter((x) => x.indicatorId === 'assist_funds')).toEqual([]);
    expect(reasonOf(r, 1730.5)).toEqual(['combined']);
    expect(reasonOf(r, 240)).toEqual(['subset']);
    expect(ids('1-6月份共发放各类民政救助资金1730.5万元,其中重点优抚对象抚恤补助款240万元,城镇低保资金880.2万元,农村低保资金610.3万元。', '上半年')).toEqual([
      ['dibao_funds', '城市', 880.2, '万元'],
      ['dibao_funds', '农村', 610.3, '万元'],
    ]);
  });

  test('the same sum restated later without its list is still the mixed sum', () => {
    const r = run('上半年民政部门发放救助资金5230.4万元,其中低保对象救助资金2050.2万元,残疾人生活补贴2410.6万元。上半年,除加强社会救助外,发放救助资金5230.4万元,市民政局还拓展了居家养老服务,享受政府购买服务老人数增加到8000多人。', '上半年');
    expect(facts(r.records).map((x) => x[0])).toEqual(['dibao_funds']);
    expect(reasonOf(r, 5230.4)).toEqual(['combined', 'combined']);
    expect(reasonOf(r, 8000)).toEqual(['no_indicator']);
  });

  test('a list of the programmes of social assistance keeps the total', () => {
    expect(ids('全年发放救助资金4210.5万元,其中城市低保资金820.2万元,农村低保资金3240.1万元,临时救助资金150.2万元。')).toContainEqual(['assist_funds', '', 4210.5, '万元']);
  });
});

describe('money named for one of the groups counted together is paid to them all', () => {
  test('A名孤儿及事实无人抚养儿童,共发放孤儿生活保障资金B万元', () => {
    const r = run('目前,全县共计430名孤儿及事实无人抚养儿童,共发放孤儿生活保障资金585.2万元。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 585.2)).toEqual(['combined']);
  });

  test('the orphans alone: their money is filed', () => {
    expect(ids('全县共有孤儿95名,共发放孤儿生活保障资金150.4万元。')).toEqual([
      ['orphan_persons', '', 95, '人'],
      ['orphan_living_funds', '', 150.4, '万元'],
    ]);
  });
});
