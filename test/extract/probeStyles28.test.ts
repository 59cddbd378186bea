// Region, year and period of texts whose context the earlier rules missed (own words and numbers).
import { inferContext } from '../../src/core/extract/context';
import { catalogue, styleKit } from './styleKit';

type Ctx = { region?: { name: string }; year?: { value: number }; period?: { value: string } };
const ctx = (t: string, regionKnown = true) => inferContext(t, catalogue, undefined, regionKnown) as Ctx;

describe('the year of a text from its body and its kind', () => {
  test('a funds statement citing older documents gives the year its own body spends in (2018年我局全年共支出)', () => {
    const t = '根据《某省人民政府关于完善城市低保制度的通知》(某政发〔2004〕12号)和《某市临时救助办法》(某政办〔2016〕30号),2018年我局全年共支出社会救助资金5210.4万元。\n某市社会救助局\n2019年1月20日';
    expect(ctx(t).year?.value).toBe(2018);
  });

  test('a 社会服务发展统计报告 named in a news lead gives its year', () => {
    const t = '民政部今日发布2012年社会服务发展统计报告。报告称,困难群众生活救助更加规范。\n——2012年底,全国共有城市低保对象2100.3万人。\n——2012年底,全国共有农村低保对象5300.1万人。';
    expect(ctx(t).year?.value).toBe(2012);
  });

  test('a year glued to its month at a heading (20225月最低生活保障) is that year and month', () => {
    const t = '某街道4月社会救助信息\n\n20234月最低生活保障\n\n本月低保户数\n(户)\n本年度低保标准\n(元/人月)\n120\n210\n1050\n';
    expect(ctx(t).year?.value).toBe(2023);
    expect(ctx(t).period?.value).toBe('4月');
  });

  test('a 本年度…标准 label in a monthly release does not make the release the whole year\'s', () => {
    const t = '某街道社会救助信息\n\n城镇低保户数 | 本年度低保标准(元/人月)\n88 | 1050';
    expect(ctx(t).period?.value).not.toBe('全年');
  });

  test('年度 naming the year\'s work still makes a summary the whole year\'s', () => {
    expect(ctx('某区民政局年度工作情况\n全区共有城市低保对象320人。').period?.value).toBe('全年');
  });
});

describe('the region printed on a statistical form', () => {
  test('a form\'s 12-digit 地区编码 names the region when the 编制单位 is unreadable', () => {
    const t = '社会服务统计季报表\n表 号:JBZH0001 表\n编制单位:某某网\n地区编码:330200000000\n2019年6月\n指标名称 | 单位 | 数量\n人口数 | 万人 | 820.2';
    expect(ctx(t, false).region?.name).toBe('宁波市');
  });

  test('a township\'s 12-digit code names no county-level region (the form is the township\'s)', () => {
    const t = '社会服务统计季报表\n地区编码:330203001000\n2019年6月\n指标名称 | 单位 | 数量\n人口数 | 万人 | 8.2';
    expect(ctx(t, false).region?.name).not.toBe('海曙区');
  });
});

describe('years that are not the text\'s, and years from a dateline or a table title', () => {
  test('a cohort 2019年度退伍士兵 does not date a quarter\'s news; its dateline does', () => {
    const t = '某区民政局公布第一季度工作成绩\n02.04.2020 09:15\n本季度全区共发放低保金210万元。区里还接收2019年度城镇退伍士兵36人。';
    expect(ctx(t).year?.value).toBe(2020);
  });

  test('a title naming a span that ends after its dateline is of the year before', () => {
    const t = '某县民政局晒出下半年工作成绩单\n15.01.2021 10:02\n全县共发放临时救助金80万元。';
    expect(ctx(t).year?.value).toBe(2020);
  });

  test('a yearbook table title closed by its year in brackets gives the year', () => {
    const t = '18-3 收养性社会服务机构情况(2019年)\n项目 Item\n总计 Total 5120 3300 210';
    expect(ctx(t).year?.value).toBe(2019);
  });
});

describe('a site header above a lower body\'s own page', () => {
  test('a city bureau\'s site header and breadcrumb do not make a district bureau\'s page the city\'s', () => {
    const t = '天津市民政局\n首页 > 新闻中心 > 区县动态\n滨海新区民政局做好春节期间困难群众保障\n滨海新区民政局及早部署,全区向困难群众发放一次性生活补贴。滨海新区各街道开展走访慰问。';
    expect(ctx(t, false).region?.name).toBe('滨海新区');
  });

  test('the header still names the region when the page names no other', () => {
    const t = '济南市民政局\n首页 > 通知公告\n关于做好春节期间困难群众走访慰问的通知\n各区县民政局:请按要求做好走访慰问工作。';
    expect(ctx(t, false).region?.name).toBe('济南市');
  });
});

describe('a standard written 标准月人均(均)为N元', () => {
  const city = styleKit('淄博市');
  const facts = (text: string): [string, number][] => city.run(text, '全年').records.map((r) => [r.indicatorId, r.value] as [string, number]);

  test('特困人员供养标准月人均为N元 is the standard, not the average subsidy', () => {
    expect(facts('全市特困人员供养标准月人均为620元。')).toEqual([['tekun_std', 620]]);
  });

  test('集中和分散供养标准月人均均为N元 is never filed as the average subsidy', () => {
    expect(facts('各县(市、区)五保供养标准全部提高到不低于当地上年度农村常住居民人均可支配收入的60%,全市集中和分散供养标准月人均均为580元,占上年度全市农村常住居民人均可支配收入的61.2%。').filter(([id]) => /avg_subsidy/.test(id))).toEqual([]);
  });

  test('月人均补助水平 stays the average subsidy', () => {
    expect(facts('全市农村低保月人均补助水平为310元。')).toEqual([['dibao_avg_subsidy', 310]]);
  });
});
