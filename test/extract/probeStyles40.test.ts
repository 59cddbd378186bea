// Region, year and period inference (c50/c51 notes): 民政部门 is not the ministry, a prize's 年度 and an old year-end
// aside are not the text's year, and years, periods and datelines these texts state. Fixtures are written for these
// tests in our own words and numbers.
import { loadTownships } from '../../src/core/catalogue/townships';
import { datelineOf, inferContext } from '../../src/core/extract/context';
import { catalogue } from './styleKit';

let towns: readonly string[];
beforeAll(async () => {
  towns = await loadTownships();
});
const infer = (text: string) => inferContext(text, catalogue, towns);

describe('民政部门 (a department) is not 民政部 (the ministry)', () => {
  const t = '婚姻观察\n\n2021山东德州婚姻数据出炉\n\n2021年德州市共办理婚姻登记4.1万件。\n\n记者日前从民政部门了解到,德州全市数据已经汇总。2021年全市结婚登记2.6万对。我市人口约560万。\n\n另据民政部消息,我国离婚率多年上升,对比来看我市较低。';

  test('a city named throughout, 从民政部门了解到, one 据民政部 and one 我国: the city, and its year', () => {
    const c = infer(t);
    expect(c.region?.name).toBe('德州市');
    expect(c.year?.value).toBe(2021);
  });

  test('a text from the ministry is still national', () => {
    const n = '据民政部网站消息,截至2021年底,全国共有养老机构4万个。从民政部了解到,我国养老床位持续增加。';
    expect(infer(n).region?.name).toBe('全国');
  });
});

describe('a prize\'s 年度 is not the year of the text', () => {
  test('获2019年度…优秀成果 under the headings 一、2020年…主要成绩 and 二、2020年工作总结', () => {
    const t = '一、2020年主要成绩\n今年以来,我区做好困难群众兜底保障,一个项目获2019年度全省民政创新优秀成果,一个案例被评为“2019年度全省十佳慈善案例”。\n二、2020年工作总结\n救助水平进一步提升。2020年7月,全区城乡低保标准统一提高。';
    expect(infer(t).year?.value).toBe(2020);
  });

  test('a prize alone gives no year', () => {
    const t = '民政局工作动态\n我局一个项目荣获2019年度全省优秀成果,全区低保工作有序推进。';
    expect(infer(t).year).toBeUndefined();
  });
});

describe('an old year-end aside under a dateline is not the text\'s year', () => {
  test('截至2012年底 in news dated 2016-03: no year from it', () => {
    const t = '某市力争年内新增床位2000张\n\n2016-03-09 07:40 来源:某某日报\n\n3月8日,记者从全市民政工作会议上获悉,今年将新增养老床位2000张。据了解,截至2012年底,全市60岁以上老年人口已超过80万。';
    expect(infer(t).year?.value).not.toBe(2012);
  });

  test('截至2015年底 in news dated 2016-03 is still the year before', () => {
    const t = '某市养老床位情况\n\n2016-03-09 07:40 来源:某某日报\n\n截至2015年底,全市共有养老床位3.2万张。';
    expect(infer(t).year?.value).toBe(2015);
  });
});

describe('到2019年3月底,全市共有… under a later dateline', () => {
  test('the year and the span to that month (figures standing at its end)', () => {
    const t = '某市助餐点覆盖全部社区\n\n2019-05-20 10:12 来源: 新华社\n\n2017年起,当地发展社区助餐服务。到2019年3月底,全市共有助餐点612个,社区覆盖率达到100%。';
    const c = infer(t);
    expect(c.year?.value).toBe(2019);
    // (1-3月 is Q1 in canonical labels)
    expect(c.period?.value).toBe('Q1');
  });

  test('a target after the dateline (到2025年底,全市将…) gives no year', () => {
    const t = '某市养老规划出台\n\n2022-10-15 17:34 来源: 某某日报\n\n规划提出,到2025年底,全市将建成养老床位9万张。';
    expect(infer(t).year).toBeUndefined();
  });
});

describe('a sentence opening with the text\'s only year and the whole area', () => {
  test('…。2020年,全省城市低保标准达到…: 2020, the whole year', () => {
    const t = '“十三五”时期,某省民政系统完成主要目标任务。推动建立社会救助联席会议制度,将困难群众纳入兜底保障。2020年,全省城市低保标准达到每人每年6800元。';
    const c = infer(t);
    expect(c.year?.value).toBe(2020);
    expect(c.period?.value).toBe('全年');
  });

  test('not when the text names another year too', () => {
    const t = '“十三五”时期,某省民政系统完成主要目标任务。2020年,全省城市低保标准达到每人每年6800元,比2015年提高1200元。';
    expect(infer(t).year).toBeUndefined();
  });
});

describe('a year\'s statistical bulletin', () => {
  test('the bulletin\'s title gives the whole year', () => {
    const t = '包头市2018年国民经济和社会发展统计公报(3)\n全市享受城市最低生活保障6200人,城镇低保标准提高到每人每月700元。';
    const c = infer(t);
    expect(c.year?.value).toBe(2018);
    expect(c.period?.value).toBe('全年');
  });

  test('a title cut before 报 (…统计公(3)): the year of the title, not the dateline\'s', () => {
    const t = '青海省2018年国民经济和社会发展统计公(3)\n\n2019-04-12 青海省统计局\n\n年末全省参加城乡居民基本养老保险人数260万人。';
    const c = infer(t);
    expect(c.year?.value).toBe(2018);
    expect(c.period?.value).toBe('全年');
  });
});

describe('datelines', () => {
  test('来源:新华网2025-12-18 10:24 (the outlet glued to the date)', () => {
    expect(datelineOf('某市五年民生答卷\n\n来源:新华网2025-12-18 10:24\n\n5年来,我市逐步提高救助标准。')?.shown).toBe('2025年12月18日');
  });

  test('a site\'s name and address before the date, time and source', () => {
    expect(datelineOf('某地老人安享晚年\n中央政府门户网站 www.gov.cn 2016-02-03 10:20 来源: 新华社\n正文。')?.shown).toBe('2016年2月3日');
  });

  test('2015年,青海共下达… in news dated 2016-02: the year before, the whole year', () => {
    const t = '青海特困老人安享晚年\n中央政府门户网站 www.gov.cn 2016-02-03 10:20 来源: 新华社\n2月1日,在某县福利院内,老人们在休息。2015年,青海共下达特困供养资金3.2亿元,全省集中供养率达到60%。';
    const c = infer(t);
    expect(c.region?.name).toBe('青海省');
    expect(c.year?.value).toBe(2015);
    expect(c.period?.value).toBe('全年');
  });
});

describe('a page\'s links to other news after 上一篇/下一篇 are not the text\'s places', () => {
  test('a city\'s news naming itself once, teasers naming another city\'s county five times', () => {
    const teaser = '某某网讯 记者报道:1月6日下午,到崇阳县铜钟乡走访慰问困难群众……\n';
    const t = `荆门网讯 记者报道:昨日,市政府新闻办召开发布会,通报我市上半年社会救助工作。\n上半年,全市共发放社会救助资金2.1亿元。\n编辑:某某\n上一篇:\n下一篇:\n${teaser.repeat(5)}`;
    const c = infer(t);
    expect(c.region?.name).toBe('荆门市');
    expect(c.region?.basis).not.toContain('崇阳');
  });
});

describe('common abbreviations of 盟 and 旗 names (generated aliases)', () => {
  test('锡盟民政局 … 全盟: 锡林郭勒盟', () => {
    expect(infer('锡盟民政局2023年工作总结\n2023年,全盟共有城乡低保对象2.1万人。').region?.name).toBe('锡林郭勒盟');
  });

  test('科右前旗 … 全旗: 科尔沁右翼前旗', () => {
    expect(infer('科右前旗2023年民政工作总结\n2023年,全旗城乡低保对象1.2万人。').region?.name).toBe('科尔沁右翼前旗');
  });

  test('达茂旗民政局: 达尔罕茂明安联合旗', () => {
    expect(infer('达茂旗民政局关于2023年工作的报告\n2023年,全旗发放低保金2100万元。').region?.name).toBe('达尔罕茂明安联合旗');
  });

  test('an abbreviation two banners could share (扎旗: 扎鲁特旗, 扎赉特旗) is not guessed', () => {
    expect(infer('扎旗2023年民政工作总结\n2023年,全旗城乡低保对象9000人。').region).toBeUndefined();
  });
});
