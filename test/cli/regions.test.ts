// mz regions, and ambiguous region names in mz get / extract / fill (exit 2 with the candidates).
import * as path from 'path';
import { mz, write } from './helpers';

const seed = (p: string) => path.join(__dirname, '..', '..', 'seeds', require('fs').readdirSync(path.join(__dirname, '..', '..', 'seeds')).find((f: string) => f.startsWith(p)));

describe('mz regions', () => {
  test('no argument: the regions with data, tab-separated with a header', async () => {
    const r = await mz(['regions']);
    expect(r.code).toBe(0);
    const rows = r.out.trimEnd().split('\n').map((l) => l.split('\t'));
    expect(rows[0]).toEqual(['地区', '全称', '代码', '地区编码', '级别', '上级', '数据年份']);
    expect(rows.find((x) => x[0] === '章丘区')).toEqual(['章丘区', '山东省济南市章丘区', '370114', '370114000000', '区县级', '济南市', '2020']);
    expect(r.err).toContain('有数据的地区:5 个');
  });

  test('a parent lists its children; a level word lists the whole level', async () => {
    const jn = await mz(['regions', '济南']);
    expect(jn.code).toBe(0);
    expect(jn.out).toContain('济南市市中区\t山东省济南市市中区\t370103\t370103000000\t区县级\t济南市\t');
    expect(jn.out).toContain('济南高新技术产业开发区\t山东省济南市济南高新技术产业开发区\t370176\t370176000000\t功能区\t济南市\t');
    const prov = await mz(['regions', '省级']);
    expect(prov.out.trimEnd().split('\n')).toHaveLength(32);
    expect(prov.out).toContain('四川省\t四川省\t510000\t510000000000\t省级\t全国\t');
    const json = JSON.parse((await mz(['regions', '全国', '--json'])).out);
    expect(json).toHaveLength(31);
    expect(json.find((x: { name: string }) => x.name === '重庆市')).toEqual({
      name: '重庆市', fullName: '重庆市', code: '500000', statCode: '500000000000', level: 'province', parent: '全国', years: [2021],
    });
  });

  test('an ambiguous parent: exit 2 and one line per candidate', async () => {
    const r = await mz(['regions', '朝阳']);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain('“朝阳”有 4 个同名地区');
    expect(r.err).toContain('\n  北京市朝阳区\t110105\t北京市朝阳区');
    expect(r.err).toContain('\n  长春市朝阳区\t220104\t吉林省长春市朝阳区');
  });
});

describe('ambiguous and coded regions in get, extract and fill', () => {
  test('mz get 通州区 → exit 2, candidates listed; 北京通州 / 110112 are understood', async () => {
    const r = await mz(['get', '通州区', '城市低保', '2020']);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain('“通州区”有 2 个同名地区:北京市通州区(110112)、南通市通州区(320612)。请写明上级,如“北京通州”。');
    expect(r.err).toContain('\n  南通市通州区\t320612\t江苏省南通市通州区');
    const bj = await mz(['get', '北京通州', '城市低保', '2020']);
    expect(bj.code).toBe(2);
    expect(bj.err).toBe('北京市通州区没有任何数据;“城市低保标准”有数据的地区:重庆市(2021)、济南市(2020)、淄博市(2020)、河口区(2021)\n');
    expect((await mz(['get', '370100', '城市低保', '2020'])).out).toBe('821\n');
  });

  test('mz extract --region: a region outside the old list works; a shared name exits 2', async () => {
    const report = write('兰州.txt', '兰州市民政局2022年工作总结\n全年城市低保标准提高到每人每月790元。');
    const r = await mz(['extract', report, '--region', '兰州市', '--year', '2022']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)[0]).toMatchObject({ region: '兰州市', year: 2022, value: 790 });
    const inferred = await mz(['extract', report, '--year', '2022']);
    expect(inferred.err).toContain('推断地区:兰州市(依据:“兰州市民政局”');
    const amb = await mz(['extract', report, '--region', '鼓楼']);
    expect(amb.code).toBe(2);
    expect(amb.err).toMatch(/^--region:“鼓楼”有 4 个同名地区/);
  });

  test('mz extract infers 河口区 for seed 001 from its townships (孤岛镇, 六合街道)', async () => {
    const r = await mz(['extract', seed('001')]);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/推断地区:河口区\(依据:[^\n]*孤岛镇/);
  });

  test('mz fill --region with a shared name: exit 2, nothing written', async () => {
    const out = path.join(path.dirname(write('x.txt', '')), 'amb.xlsx');
    const r = await mz(['fill', '--region', '济南,市中区', '--year', '2020', '--out', out]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--region “市中区”:“市中区”有 4 个同名地区');
    expect(r.err).toContain('\n  枣庄市市中区\t370402\t山东省枣庄市市中区');
    expect(require('fs').existsSync(out)).toBe(false);
  });
});
