// Frames met on real reports and bulletins, with short texts written for these tests in our own words and numbers.
import { styleKit } from './styleKit';

const { run } = styleKit('某县');
const ids = (text: string, period = '全年') => run(text, period).records.map((r) => [r.indicatorId, r.breakdown, r.value, r.unit]);
const reasons = (text: string) => run(text).candidates.map((c) => [c.value, c.reason]);

describe('a supply mode stated after the persons is their split', () => {
  test('有A名特困人员在敬老院集中供养', () => {
    expect(ids('全县有410名特困人员在敬老院集中供养。')).toEqual([['tekun_persons', '集中供养', 410, '人']]);
  });

  test('A名实行集中供养,B名实行分散供养', () => {
    expect(ids('全县有410名特困人员实行集中供养,1350名实行分散供养。')).toEqual([
      ['tekun_persons', '集中供养', 410, '人'],
      ['tekun_persons', '分散供养', 1350, '人'],
    ]);
  });

  test('a side and a mode after: a part of that side, held', () => {
    expect(ids('全省有6.3万名农村特困人员在敬老院集中供养。')).toEqual([]);
    expect(reasons('全省有6.3万名农村特困人员在敬老院集中供养。')).toContainEqual([6.3, 'subset']);
  });

  test('a rate, a standard or both modes after the persons split nothing', () => {
    expect(ids('全县特困人员1760人,集中供养率达到23%。')).toEqual([['tekun_persons', '', 1760, '人']]);
    expect(ids('全县特困人员1760人实行集中供养与分散供养相结合。')).toEqual([['tekun_persons', '', 1760, '人']]);
  });
});

describe('a name after two counted groups is not the last group\'s alone', () => {
  test('为A名困难残疾人和B名重度残疾人发放两项补贴', () => {
    const text = '为全县2750名困难残疾人和3960名重度残疾人发放两项补贴共计1710万元。';
    expect(ids(text)).toEqual([['disab_two_funds', '', 1710, '万元']]);
    expect(reasons(text)).toContainEqual([3960, 'subset']);
  });

  test('one group before the name stays its count', () => {
    expect(ids('为3960名残疾人发放两项补贴1710万元。')).toEqual([
      ['disab_two_persons', '', 3960, '人'],
      ['disab_two_funds', '', 1710, '万元'],
    ]);
  });

  test('a name right after its count is that count\'s', () => {
    expect(ids('全县共有61名孤儿和148名事实无人抚养儿童。')).toEqual([
      ['orphan_persons', '', 61, '人'],
      ['fmcare_persons', '', 148, '人'],
    ]);
  });
});

describe('a 骨灰堂 alone is not the 公益性公墓(骨灰堂) total', () => {
  test('公益性骨灰堂A处,公益性公墓B个', () => {
    expect(ids('全县建有公益性骨灰堂4处,公益性公墓6个。')).toEqual([['public_cemeteries', '', 6, '个']]);
  });
});

describe('去年以来 opening a sentence spans two years', () => {
  test('flows since last year are held', () => {
    expect(ids('去年以来,全县累计新建养老服务设施31处。')).toEqual([]);
    expect(reasons('自去年以来,全县共发放临时救助金415万元。')).toContainEqual([415, 'multi_year']);
  });

  test('a stock reached since then is the stock now', () => {
    expect(ids('去年以来,全县城市低保对象减少到1610人。')).toEqual([['dibao_persons', '城市', 1610, '人']]);
  });
});

describe('inference: whose text, which year, which half', () => {
  const towns = require('../../src/core/catalogue/townships');
  const { inferContext } = require('../../src/core/extract/context');
  const { catalogue } = require('./styleKit');
  const infer = async (text: string) => inferContext(text, catalogue, await towns.loadTownships());

  test('a higher bureau inspecting is not the text\'s region', async () => {
    const text = '2024年上半年,县民政局扎实推进各项工作。\n调研内容:长治市民政局党组书记、局长调研养老服务体系建设工作。\n研究古韩镇成立社区居民委员会事宜。\n全县城乡低保对象4120人。';
    expect((await infer(text)).region?.name).toBe('襄垣县');
  });

  test('a text speaking as 区 is not a prefecture named 地区', async () => {
    const text = '区民政局2019年工作总结\n全区完成新疆喀什来京人员接转服务工作,共接收312人。\n全区养老机构19家。';
    expect((await infer(text)).region?.name).not.toBe('喀什地区');
  });

  test('a title with next year\'s plan and this year\'s summary is this year\'s', async () => {
    const c = await infer('某县民政局2024年工作计划和2023年工作总结\n全县城乡低保对象4120人。');
    expect(c.year?.value).toBe(2023);
  });

  test('the title in a public-information header row gives the half', async () => {
    const head = '| 索引号:000012345/2024-00001 | 发文字号: |\n| 发文机关:民政局 | 主题词:半年总结 | 公开方式:主动公开 | 生成日期:2024-07-30 |\n';
    const c = await infer(`${head}| 标题:某县民政局2024年上半年工作总结和下半年工作打算 | |\n全县城乡低保对象4120人。`);
    expect(c.period?.value).toBe('上半年');
  });
});

describe('money applied for is not money received', () => {
  test('已申报…公益金A万、…资金B万,待批复', () => {
    expect(ids('4月底已申报中央彩票公益金800万、中央预算内资金600万,待批复。')).toEqual([]);
    expect(ids('全年申报福彩公益金项目资金300万元。')).toEqual([]);
  });

  test('money paid to those who applied stays', () => {
    expect(ids('对申请救助的困难群众发放临时救助金36万元。')).toEqual([['temp_assist_funds', '', 36, '万元']]);
  });
});

describe('a township\'s own report given as its county\'s text', () => {
  const county = styleKit('泗县');
  test('【栏目】某镇2023年三季度民政工作落实情况', () => {
    const r = county.run('【工作落实】马集镇2023年三季度民政工作落实情况\n一是低保工作:我镇现有农村低保对象1320人。\n三是临时救助工作:办理临时救助7人、21600元。\n困难残疾人生活补贴612人。', 'Q3');
    expect(r.records).toEqual([]);
  });
});

describe('a table copied one cell per line with year columns', () => {
  const nation = styleKit('全国');
  const cells = (rows: string[][]) => rows.map((r) => r.map((c) => `${c}\n|\n`).join('')).join('\n|\n');
  test('序号 | 主要项目和指标 | 2015年 | 2020年 | 年均增长(%), rows parted by an empty cell: the report year\'s column', () => {
    const text = cells([
      ['序号', '主要项目和指标', '2015年', '2020年', '年均增长(%)'],
      ['1', '民政事业费支出(亿元)', '1510.3', '2120.6', '7.02'],
      ['2', '社会组织数(万个)', '41.2', '57.5', '6.90'],
      ['3', '结婚登记(万对)', '1105.0', '912.4', '-3.76'],
    ]);
    const recs = nation.run(text, '全年', 2020).records.map((r) => [r.indicatorId, r.value]);
    expect(recs).toEqual([['mz_expenditure', 2120.6], ['social_orgs', 57.5], ['marriage_reg', 912.4]]);
  });
});

describe('a pasted page\'s address line is not its title', () => {
  test('https://… above a township\'s title', () => {
    const county = styleKit('泗县');
    const r = county.run('https://www.example.gov.cn/zwgk/2023/1019.html\n马集镇2023年民政工作总结\n一、社会救助\n现有农村低保对象1320人。');
    expect(r.records).toEqual([]);
  });
});
