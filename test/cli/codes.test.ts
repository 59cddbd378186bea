// mz get / mz data validate with official codes, composite names and area groups.
import { mz, write } from './helpers';

const USER = [
  'region,year,indicator,breakdown,value,unit',
  '济南,2022,城市低保累计支出,,12345.6,万元',
  '济南,2022,城市低保,五区,846,元/月',
].join('\n');

describe('mz get with codes and composite names', () => {
  const data = write('codes.csv', USER);
  test('a name with the breakdown inside (seed 000: 机构养育孤儿 1760元/月, 社会散居孤儿 1400元/月)', async () => {
    expect(await mz(['get', '济南', '机构养育孤儿', '2020'])).toEqual({ code: 0, out: '1760\n', err: '' });
    expect((await mz(['get', '济南', '社会散居孤儿', '2020'])).out).toBe('1400\n');
  });
  test('an official code, with a unit conversion', async () => {
    const r = await mz(['get', '济南', 'JZH011212110', '2022', '--data', data, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ value: 12345.6, indicatorId: 'dibao_funds', breakdown: '城市', fromUser: true });
    expect((await mz(['get', '济南', 'JZH011212110', '2022', '--data', data, '--unit', '亿元'])).out).toBe('1.23456\n');
  });
  test('an area group as the breakdown', async () => {
    expect((await mz(['get', '济南', '城市低保', '2022', '五区', '--data', data])).out).toBe('846\n');
    expect((await mz(['get', '济南', '五区城市低保', '2022', '--data', data])).out).toBe('846\n');
  });
  test('a contradicting breakdown and a heading code: exit 2, Chinese reason', async () => {
    const a = await mz(['get', '济南', '机构养育孤儿', '2020', '社会散居']);
    expect(a.code).toBe(2);
    expect(a.out).toBe('');
    expect(a.err).toContain('指标“机构养育孤儿”已含分类“机构养育”,与分类参数“社会散居”矛盾');
    const b = await mz(['get', '济南', 'YZH011000000', '2022']);
    expect(b.code).toBe(2);
    expect(b.err).toContain('代码“YZH011000000”是标题行“一、综合”(YZH-2022),没有数值');
  });
});

describe('mz data validate with codes in the indicator column', () => {
  test('valid rows pass; a contradiction is reported with its line', async () => {
    const ok = write('codes-ok.csv', 'region,year,indicator,breakdown,value,unit\n济南,2022,JZH011212111,,100,万元\n济南,2022,城市低保人数,,5000,人\n');
    expect((await mz(['data', 'validate', ok])).code).toBe(0);
    const bad = write('codes-bad.csv', 'region,year,indicator,breakdown,value,unit\n济南,2022,JZH011212111,农村,100,万元\n');
    const r = await mz(['data', 'validate', bad]);
    expect(r.code).toBe(1);
    expect(r.out + r.err).toContain('codes-bad.csv:2: [breakdown]');
    expect(r.out + r.err).toContain('指标“JZH011212111”已含分类“城市”,与分类参数“农村”矛盾');
  });
});
