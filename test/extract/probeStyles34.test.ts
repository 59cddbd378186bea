// Region, year and period a text states but the earlier rules did not read (own words and numbers).
import { inferContext } from '../../src/core/extract/context';
import { catalogue } from './styleKit';

type Ctx = { region?: { name: string }; year?: { value: number }; period?: { value: string } };
const ctx = (t: string, regionKnown = true) => inferContext(t, catalogue, undefined, regionKnown) as Ctx;

describe('the year from a sentence or a yearbook entry opening with it', () => {
  test('。2023年累计发放… under a later dateline is that whole year', () => {
    const t = '2024-05-10 09:12:33 阅读5次\n某市民政局是主管社会行政事务的部门。2023年累计发放低保、特困救助资金1.5亿元,惠及困难群众3200人。2023年完成养老机构改造4家。';
    expect(ctx(t).year?.value).toBe(2023);
    expect(ctx(t).period?.value).toBe('全年');
  });

  test('a sentence opening with a year and a plan (2025年计划…) gives no year', () => {
    const t = '某市民政局是主管社会行政事务的部门。2025年共计划新建社区食堂12个。';
    expect(ctx(t).year?.value).toBeUndefined();
  });

  test('a yearbook entry 【民政工作】 2021年,全乡… is that whole year', () => {
    const t = '一级目:乡镇概况\n二级目:某某乡\n【民政工作】 2021年,全乡享受农村低保的对象620户,1310人,月发放保障金90210元。';
    expect(ctx(t).year?.value).toBe(2021);
    expect(ctx(t).period?.value).toBe('全年');
  });
});

describe('one month opening a line after an introduction', () => {
  const intro = '為做好殘疾人兩項補貼發放工作,縣殘聯會同民政部門逐月核對名單,做到應補盡補。\n';
  test('2022年3月全縣享受… is that month (traditional script)', () => {
    const t = intro + '2022年3月全縣享受護理補貼殘疾人5120人,發放資金150.2萬元。';
    expect(ctx(t).year?.value).toBe(2022);
    expect(ctx(t).period?.value).toBe('3月');
  });

  test('…累计 in that line runs from January', () => {
    expect(ctx(intro + '2022年5月全縣累計發放護理補貼250.2萬元。').period?.value).toBe('1-5月');
  });

  test('not when the text names another month too', () => {
    const t = intro + '2022年3月全縣享受護理補貼殘疾人5120人。2022年2月曾有5080人。';
    expect(ctx(t).period?.value).not.toBe('3月');
  });
});

describe('a year set against the whole year before', () => {
  test('2018年全市…累计A人次,比2017年增加 is the whole year', () => {
    const t = '记者从市民政局获悉,2018年全市城乡居民临时救助累计8200人次,比2017年增加了120人次。截至目前,全市各乡镇均设立救助资金池。';
    expect(ctx(t).year?.value).toBe(2018);
    expect(ctx(t).period?.value).toBe('全年');
  });

  test('not against the same span of the year before (比2017年同期)', () => {
    const t = '记者从市民政局获悉,2018年全市城乡居民临时救助累计8200人次,比2017年同期增加了120人次。截至目前,全市各乡镇均设立救助资金池。';
    expect(ctx(t).period?.value).not.toBe('全年');
  });
});

describe('a national round-up under a site banner', () => {
  const t = '欢迎您访问本网站!\n2012年中国殡葬事业报告\n某网 2013-02-01 10:00 来源:本站\n\n2012年全国死亡人口是960万人,其中火化420万具。' +
    '山东火化55万具,江苏45万具,河南20万具,河北19万具。山东全省火化率较高,河南火化率偏低。';
  test('is the country\'s', () => {
    expect(ctx(t, false).region?.name).toBe('全国');
  });
  test('and of the year the line opens with', () => {
    expect(ctx(t).year?.value).toBe(2012);
  });
  test('a province\'s text after the year\'s national meeting stays the province\'s', () => {
    const p = '河北省民政厅传达会议精神\n2014年全国民政工作会议在京召开后,河北省民政厅随即部署全省工作,全省低保标准提高。';
    expect(ctx(p, false).region?.name).toBe('河北省');
  });
});

describe('bodies that are not the region they are named after', () => {
  test('新疆生产建设兵团民政局 is not 新疆维吾尔自治区', () => {
    const t = '2017年2月3日,新疆生产建设兵团民政局召开会议,部署春节慰问。兵团民政局要求各师做好救助工作。(据新疆兵团民政局消息)';
    expect(ctx(t, false).region?.name).not.toBe('新疆维吾尔自治区');
  });
  test('the autonomous region\'s own bureau still is', () => {
    const t = '新疆维吾尔自治区民政厅部署春节慰问\n自治区民政厅要求各地做好救助工作,新疆各地州全面走访困难群众。';
    expect(ctx(t, false).region?.name).toBe('新疆维吾尔自治区');
  });
});

describe('a policy start years before the text\'s own month', () => {
  test('自2016年3月起 in a notice on its 2021年5月份 payments dated 2021 is not the year', () => {
    const t = '经研究,自2016年3月起,对90周岁以上低保老人每人每月发放80元补贴。\n2021年5月份应发放补贴费2400元,详见附表。\n附件:2021年5月份补贴发放表\n某县民政局\n2021年5月20日';
    expect(ctx(t).year?.value).toBe(2021);
    expect(ctx(t).period?.value).toBe('5月');
  });
  test('a start in the dateline\'s own year still gives it', () => {
    const t = '经研究,从2021年1月起,提高高龄津贴标准,80周岁以上老人每人每月发放100元。\n某县民政局\n2021年2月8日';
    expect(ctx(t).year?.value).toBe(2021);
  });
});
