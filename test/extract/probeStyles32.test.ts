// Region inference on texts whose own level is stated only in passing (own words and numbers).
import { inferContext } from '../../src/core/extract/context';
import { catalogue, styleKit } from './styleKit';
import { normaliseUnit } from '../../src/core/units';

type Ctx = { region?: { name: string } };
const ctx = (t: string) => inferContext(t, catalogue, undefined, false) as Ctx;

describe('a city named in the title and throughout', () => {
  const body = '2021,湖州民政交出答卷\n2021年,我们围绕中心工作,完成各项任务。打造“湖州市养老服务示范点”,建成湖州民政服务中心,' +
    '推动湖州市救助平台建设。低保标准提高到每人每月990元,累计救助3.2万人次。';
  test('is the text\'s region', () => {
    expect(ctx(body).region?.name).toBe('湖州市');
  });
  test('one passing 全省 (a provincial platform the city joins) does not make it the province\'s', () => {
    expect(ctx(body + '寻亲平台实现全省联网。').region?.name).toBe('湖州市');
  });
  test('a text that speaks as 全省 again and again is not taken for the city it names', () => {
    const t = body + '全省联网。全省共有低保对象50万人,全省养老机构1200家。';
    expect(ctx(t).region?.name).not.toBe('湖州市');
  });
});

describe('a per-person-month unit with its slash misplaced (元人/.月)', () => {
  const prov = styleKit('云南省');
  test('is read as 元/人·月, so the standard after it is filed', () => {
    const r = prov.run('全省共有城市低保对象40.6万人,全省平均保障标准588元人/.月,平均补助水平371元/人.月;', '6月', 2020);
    expect(prov.facts(r.records)).toContainEqual(['dibao_std_urban', '', 588, '元/人·月', '6月']);
  });
  test('normalises like the other spellings', () => {
    expect(normaliseUnit('元人/.月')).toBe(normaliseUnit('元/人/月'));
    expect(normaliseUnit('元人/年')).toBe(normaliseUnit('元/人/年'));
  });
});

describe('c48 prose frames (own words and numbers)', () => {
  const city = styleKit('淄博市');
  const facts = (text: string, period = '全年') => city.facts(city.run(text, period, 2021).records);

  test('确保N月底前完成A户…任务 is a target, not what was done', () => {
    const r = city.run('突出适老化改造民生工程,加快工程进度,确保10月底前完成260户改造任务,进度达到90%以上。', '1-8月', 2021);
    expect(r.records.filter((x) => x.value === 260)).toEqual([]);
    expect(city.reasonOf(r, 260)).toEqual(['plan']);
  });

  test('the parts after 其中 of a 新增 count are new counts too, and the stock stated later is the stock', () => {
    const f = facts('全市今年新增城乡低保对象1320户,其中城市低保170户、农村低保1150户。全市现有城市低保对象4800户9900人,农村低保对象6400户11800人。', '上半年');
    expect(f).toContainEqual(['dibao_new_households', '农村', 1150, '户', '上半年']);
    expect(f).toContainEqual(['dibao_new_households', '城市', 170, '户', '上半年']);
    expect(f).toContainEqual(['dibao_households', '农村', 6400, '户', '上半年']);
    expect(f.filter(([id, , v]) => id === 'dibao_households' && v === 1150)).toEqual([]);
  });

  test('a section headed by one side\'s programme gives that side to its side-less figures, until the next heading', () => {
    const t = '(一)城市低保工作。一是做好提标工作。截止6月底,全区低保对象2300户,5600人,月发放低保金66.5万元;1—6月份累计发放低保金380万元。\n(二)农村低保工作。全区农村低保对象1700户,2900人。\n(三)临时救助工作。全区低保对象共4000户。';
    const district = styleKit('历下区');
    const f = district.facts(district.run(t, '上半年', 2021).records);
    expect(f).toContainEqual(['dibao_households', '城市', 2300, '户', '上半年']);
    expect(f).toContainEqual(['dibao_persons', '城市', 5600, '人', '上半年']);
    expect(f).toContainEqual(['dibao_funds', '城市', 380, '万元', '上半年']);
    expect(f.filter(([, b, v]) => v === 4000 && b)).toEqual([]);
  });

  test('a heading flattened into the line (after a space) still opens its section', () => {
    const district = styleKit('历下区');
    const t = '一、完善社会救助网络 (一)城市低保工作。一是做好提标工作。截止6月底,全区低保对象2300户,5600人。二是健全机制。';
    expect(district.facts(district.run(t, '上半年', 2021).records)).toContainEqual(['dibao_households', '城市', 2300, '户', '上半年']);
  });

  test('高龄补贴 paid to one programme\'s elderly is not the area\'s 高龄津贴 standard', () => {
    const r = city.run('经研究决定,对80周岁以上城乡低保老年人每人每月发放120元高龄补贴。');
    expect(r.records).toEqual([]);
    expect(city.reasonOf(r, 120)).toEqual(['subset']);
    expect(facts('对80周岁以上老年人每人每月发放高龄补贴120元。')).toEqual([['elder_age_allowance_std', '80岁以上', 120, '元/人·月', '全年']]);
  });
});
