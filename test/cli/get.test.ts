import { mz, write, HEADER } from './helpers';

// A user dataset (the hand-fillable CSV): only some columns, aliases, stated units.
const USER = [
  'region,year,indicator,breakdown,value,unit,quote',
  '济南,2020,城市低保,,830,元/月,用户核实值',
  '济南市,2030,城市低保标准,,900,元/人/月,',
  '章丘,2030,残疾人生活补贴,一级,250,元/人/月,',
  '章丘,2030,残疾人生活补贴,二级,180,元/人/月,',
  '淄博,2030,救助资金,,"1,234.5",万元,',
].join('\n');

describe('mz get', () => {
  const data = write('user.csv', USER);

  test('prints the plain number, user data winning over the bundled value', async () => {
    const r = await mz(['get', '济南', '城市低保', '2020', '--data', data]);
    expect(r.code).toBe(0);
    expect(r.out).toBe('830\n');
    expect(r.err).toContain('用户数据 user.csv');
  });
  test('years as 2030年, breakdowns by alias, --unit conversion', async () => {
    expect((await mz(['get', '济南市', '城市低保标准', '2030年', '--data', data])).out).toBe('900\n');
    expect((await mz(['get', '章丘', '残疾人生活补贴', '2030', '2级', '--data', data])).out).toBe('180\n');
    expect((await mz(['get', '济南', '城市低保', '2030', '--unit', '元/人·年', '--data', data])).out).toBe('10800\n');
    expect((await mz(['get', '淄博', '救助资金', '2030', '--unit=亿元', '--data', data])).out).toBe('0.12345\n');
  });
  test('--json gives the record', async () => {
    const r = await mz(['get', '章丘区', '困难残疾人生活补贴标准', '2030', '一级', '--json', '--data', data]);
    expect(r.code).toBe(0);
    const o = JSON.parse(r.out);
    expect(o).toMatchObject({
      value: 250, unit: '元/人·月', region: '章丘区', indicator: '困难残疾人生活补贴标准',
      indicatorId: 'disab_living_std', year: 2030, breakdown: '一级', period: '全年', qualifier: 'exact',
      source: 'user:user.csv', fromUser: true, userData: 'user.csv',
    });
  });
  test('unknown region → exit 2, suggestions on stderr, nothing on stdout', async () => {
    const r = await mz(['get', '济男', '城市低保', '2020']);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/未找到地区“济男”。您是不是要找:济南市、济宁市/);
  });
  test('unknown indicator → exit 2 with suggestions', async () => {
    const r = await mz(['get', '济南', '城市低宝', '2020']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('未找到指标“城市低宝”。您是不是要找:城市低保标准');
  });
  test('no data for the year → exit 2 listing the years', async () => {
    const r = await mz(['get', '淄博', '救助资金', '2031', '--data', data]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/淄博市“社会救助资金”没有 2031 年的数据;已有年份:.*2030/);
  });
  test('bad year → exit 2 with the VALUE message', async () => {
    const r = await mz(['get', '济南', '城市低保', '二零二零']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('年份应为数字,如 2020;收到“二零二零”');
  });
  test('unit not convertible → exit 2', async () => {
    const r = await mz(['get', '济南', '城市低保', '2030', '--unit', '万人', '--data', data]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('无法将');
  });
  test('missing arguments, unknown option, extra arguments → exit 2', async () => {
    expect((await mz(['get', '济南', '城市低保'])).code).toBe(2);
    const u = await mz(['get', '济南', '城市低保', '2020', '--units', 'x']);
    expect(u.code).toBe(2);
    expect(u.err).toContain('未知选项“--units”');
    expect((await mz(['get', '济南', '城市低保', '2020', '', 'x'])).code).toBe(2);
    expect((await mz(['get', '济南', '城市低保', '2020', '--unit'])).err).toContain('缺少参数');
  });
  test('--data file missing → exit 2', async () => {
    const r = await mz(['get', '济南', '城市低保', '2020', '--data', 'nope.csv']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('找不到文件“nope.csv”');
  });
  test('bad rows in the user file are reported with line numbers and skipped', async () => {
    const bad = write('bad.csv', [HEADER, '济男,2030,全年,,城市低保,,1,元/月,exact,,,', '济南,abc,全年,,城市低保,,1,元/月,exact,,,', '济南,2030,全年,,城市低保,,777,元/月,exact,,,'].join('\n'));
    const r = await mz(['get', '济南', '城市低保', '2030', '--data', bad]);
    expect(r.code).toBe(0);
    expect(r.out).toBe('777\n');
    expect(r.err).toContain('bad.csv 第 2 行:未找到地区“济男”');
    expect(r.err).toContain('bad.csv 第 3 行:年份“abc”无效');
  });
  test('a GBK-encoded user file is read', async () => {
    // "济南,2030,城市低保,500,元/月" with the Chinese in GBK bytes
    const gbk = Buffer.concat([
      Buffer.from('region,year,indicator,value,unit\n'),
      Buffer.from([0xbc, 0xc3, 0xc4, 0xcf]), Buffer.from(',2030,'),
      Buffer.from([0xb3, 0xc7, 0xca, 0xd0, 0xb5, 0xcd, 0xb1, 0xa3]), Buffer.from(',500,'),
      Buffer.from([0xd4, 0xaa]), Buffer.from('/'), Buffer.from([0xd4, 0xc2]), Buffer.from('\n'),
    ]);
    const p = write('gbk.csv', gbk);
    const r = await mz(['get', '济南', '城市低保', '2030', '--data', p]);
    expect(r.err).not.toContain('已跳过');
    expect(r.out).toBe('500\n');
  });
});
