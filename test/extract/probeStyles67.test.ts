// Frames met on two held-out sets of older county texts and answer letters, with short texts written for these
// tests in our own words and numbers.
import { catalogue, styleKit } from './styleKit';
import { inferContext } from '../../src/core/extract/context';
import { extractRecords } from '../../src/core/extract/extract';

const infer = (text: string) => inferContext(text, catalogue);
const recs = (text: string, region: string, year: number, period = '全年') =>
  extractRecords(text, { region, year, period, source: 't.txt', catalogue }).records.map((r) => [r.indicatorId, r.breakdown, r.value, r.unit]);

describe('an allocation for a coming quarter does not date the text', () => {
  const text = '本报讯 连日来,某市民政部门开展防寒救助。至上月28日,已发放棉被2300件。\n'
    + '目前,全市已争取到上级救助资金9200万元,其中,预拨2016年第一季度城市低保资金2100万元,保障15300人;农村低保资金4600万元,保障87000人;孤儿保障金310万元,保障900人。';

  test('no year and no quarter from 预拨YYYY年第一季度', () => {
    const c = infer(text);
    expect(c.year?.value).toBeUndefined();
    expect(c.period?.value).toBeUndefined();
  });

  test('a quarter the text reports on still dates it', () => {
    const c = infer('2016年第一季度全市城市低保对象15300人,支出低保资金2100万元。');
    expect(c.year?.value).toBe(2016);
    expect(c.period?.value).toBe('Q1');
  });
});

describe('an old standard\'s date is not the text\'s period', () => {
  test('标准由YYYY年上半年的A元提高到B元', () => {
    const c = infer('本报讯 某县再次提高农村低保标准。目前,标准由2014年上半年的每人每年1800元提高到每人每年2400元。截至2014年11月底,该县已发放农村低保资金2100万元。');
    expect(c.period?.value).not.toBe('上半年');
  });

  test('a half named as the text\'s own time still dates it', () => {
    expect(infer('2014年上半年,全县发放农村低保资金1100万元。').period?.value).toBe('上半年');
  });
});

describe('a county named at sentence starts, compared with the province\'s average', () => {
  const text = '本报讯(记者李某)定远县把民生实事落到实处,再次提高农村低保标准,高出了全省平均水平。\n'
    + '该县民政部门每季度对低保对象进行核查。\n定远县现有农村低保对象15230人。';

  test('全省平均水平 gives no 省 voice: the county is inferred', () => {
    expect(infer(text).region?.name).toBe('定远县');
  });

  test('a text speaking as 全省 is still the province\'s', () => {
    expect(infer('安徽省民政厅消息,全省农村低保对象达到150万人,全省城市低保对象40万人。').region?.name).toBe('安徽省');
  });
});

describe('城区 before 居民/低保/标准 is an area group, not a place', () => {
  const text = '一是提高低保标准,城区居民低保标准由160元提高到180元,县(市)城镇居民低保标准由120元提高到140元。\n二是为四城区的低保人员就医实行优惠。';

  test('no choice among the regions named 城区', () => {
    expect(infer(text).regionChoices).toBeUndefined();
  });

  test('both halves of the pair are filed under their area group', () => {
    const r = recs(text, '焦作市', 2006);
    expect(r).toContainEqual(['dibao_std_urban', '城区', 180, '元/人·月']);
    expect(r).toContainEqual(['dibao_std_urban', '县(市)', 140, '元/人·月']);
  });

  test('城区 set against 农村 in a county stays the urban side, not a group', () => {
    const r = recs('城区居民低保标准由300元提高到350元,农村低保标准由200元提高到240元。', '凤阳县', 2014);
    expect(r.filter((x) => x[1] === '城区')).toEqual([]);
  });
});

describe('the one year opening a text\'s clauses gives it', () => {
  test('YYYY年,全国… in a text naming older years in its history', () => {
    const c = infer('一、基本情况\n我国某项制度始于1998年。2003年出台条例,确立了基本框架。\n(二)资金收支情况。\n2014年,全国城乡低保资金收入合计1500亿元,比2008年增长2.1倍;支出合计1400亿元。');
    expect(c.year?.value).toBe(2014);
  });

  test('clauses opening with the same year, and a document number of it', () => {
    const c = infer('某委员:\n您的提案已收悉,现答复如下。\n一是印发《关于调整低保标准的通知》(某民规〔2021〕2号),将标准提高到700元/月。坚持应保尽保,2021年新增纳入低保范围8200人,城乡低保总人数达9.6万人。同时,2021年为1.8万名特困人员发放补贴1.2亿元。');
    expect(c.year?.value).toBe(2021);
  });

  test('a year named once in a clause gives nothing', () => {
    expect(infer('某委员:\n您的提案已收悉。坚持应保尽保,2021年新增纳入低保范围8200人。').year?.value).toBeUndefined();
  });

  test('a plan opening clauses gives nothing', () => {
    expect(infer('下一步,2021年将新增纳入低保范围8200人,2021年将提高标准。').year?.value).toBeUndefined();
  });
});

describe('held figures that are records', () => {
  test('bare 标准 right after the programme\'s standard is named', () => {
    const r = recs('定远县再次对农村低保标准进行提高。目前,标准由2014年上半年的每人每年1800元提高到每人每年2400元。', '定远县', 2014);
    expect(r).toContainEqual(['dibao_std_rural', '', 2400, '元/人·年']);
    expect(r.map((x) => x[2])).not.toContain(1800);
  });

  test('bare 标准 after both sides are named stays held', () => {
    expect(recs('定远县再次对城乡低保标准进行提高。目前,标准由2014年上半年的每人每年1800元提高到每人每年2400元。', '定远县', 2014)).toEqual([]);
  });

  test('低保总人数 and 新增纳入低保范围', () => {
    const r = recs('坚持应保尽保,2021年新增纳入低保范围8200人,城乡低保总人数达9.6万人。', '遂宁市', 2021);
    expect(r).toContainEqual(['dibao_new_persons', '', 8200, '人']);
    expect(r).toContainEqual(['dibao_persons', '', 9.6, '万人']);
  });
});
