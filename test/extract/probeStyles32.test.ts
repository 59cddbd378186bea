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
