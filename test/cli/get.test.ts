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
    expect(r.err).toContain('年份/期别应为 2021、"2021上半年"、"2022Q3"、"2022年9月"…;收到“二零二零”');
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

describe('mz get with periods (001 河口区 is a 上半年 report)', () => {
  test('a year with its period, or --period', async () => {
    // 001: 上半年,累计发放各项救助补助资金1660余万元
    for (const args of [['2021上半年'], ['2021年1-6月'], ['2021H1'], ['2021', '--period', '上半年'], ['2021', '--period=1至6月']]) {
      const r = await mz(['get', '河口区', '社会救助资金', ...args]);
      expect([r.code, r.out]).toEqual([0, '1660\n']);
    }
  });
  test('a flow with only a half-year figure: a bare year → exit 2 naming the period to ask for', async () => {
    const r = await mz(['get', '河口区', '社会救助资金', '2021']);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toBe('河口区“社会救助资金”2021年只有上半年数据,请写“2021上半年”\n');
  });
  test('a stock: a bare year takes the latest period, stderr says which; --json has period and periodNote', async () => {
    const r = await mz(['get', '河口区', '城市低保', '2021', '--json']);
    expect(r.code).toBe(0);
    expect(r.err).toBe('注意:2021年没有全年数据,取2021年上半年(截至6月底)的数值\n');
    expect(JSON.parse(r.out)).toMatchObject({ value: 869, period: '上半年', periodNote: '2021年没有全年数据,取2021年上半年(截至6月底)的数值' });
  });
  test('quarters and months from user data: 2022Q3, 2022年9月, 2022-09', async () => {
    const d = write('q.csv', [
      'region,year,period,indicator,value,unit',
      '济南,2022,前三季度,结婚登记,30000,对',
      '济南,2022,9月,结婚登记,3500,对',
      '济南,2022Q3,,城市低保,900,元/月',
    ].join('\n'));
    expect((await mz(['get', '济南', '结婚登记', '2022年1-9月', '--data', d])).out).toBe('30000\n');
    expect((await mz(['get', '济南', '结婚登记', '2022年9月', '--data', d])).out).toBe('3500\n');
    expect((await mz(['get', '济南', '结婚登记', '2022-09', '--data', d])).out).toBe('3500\n');
    expect((await mz(['get', '济南', '城市低保', '2022Q3', '--data', d])).out).toBe('900\n');
    // the stock holds at the end of September: asked for 1-9月 it is the same figure
    expect((await mz(['get', '济南', '城市低保', '2022', '--period', '前三季度', '--data', d])).out).toBe('900\n');
    // the flow of the third quarter alone is not stated
    const q = await mz(['get', '济南', '结婚登记', '2022Q3', '--data', d]);
    expect(q.code).toBe(2);
    expect(q.err).toContain('没有2022年Q3的数据(累计数只取同一期别);2022年已有:9月、1-9月');
  });
  test('bad or conflicting periods → exit 2', async () => {
    const a = await mz(['get', '河口区', '社会救助资金', '2021', '--period', '第13月']);
    expect(a.code).toBe(2);
    expect(a.err).toContain('--period:期别“第13月”无法识别');
    const b = await mz(['get', '河口区', '社会救助资金', '2021上半年', '--period', 'Q3']);
    expect(b.code).toBe(2);
    expect(b.err).toContain('不一致');
  });
});
