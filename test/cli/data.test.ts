import { mz, write } from './helpers';

describe('mz data validate', () => {
  test('a clean hand-filled file: exit 0 and a summary', async () => {
    const p = write('ok.csv', [
      'region,year,indicator,breakdown,value,unit,period,qualifier',
      '济南,2020,城市低保,,821,元/月,,',
      '章丘区,2020,残疾人生活补贴,一级,220,元/人/月,全年,exact',
      '重庆,2021,救助资金,,"12,345.6",万元,,约',
    ].join('\n'));
    const r = await mz(['data', 'validate', p]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('没有问题');
    expect(r.out).toContain('3 条记录,3 个地区,3 个指标,年份 2020、2021');
  });

  test('every problem with its line number; exit 1', async () => {
    const p = write('bad.csv', [
      'region,year,indicator_id,indicator,breakdown,value,unit,qualifier', // 1
      '济男,2020,,城市低保,,821,元/月,', // 2 unknown region
      '济南,二〇二〇,,城市低保,,821,元/月,', // 3 bad year
      '济南,2020,,城市低宝,,821,元/月,', // 4 unknown indicator
      '济南,2020,,城市低保,,八百,元/月,', // 5 value not a number
      '济南,2020,,城市低保,,821,万人,', // 6 unit wrong for the indicator
      '章丘,2020,,残疾人生活补贴,五级,1,元/月,', // 7 unknown breakdown
      '济南,2021,,城市低保,,821,元/月,', // 8 ok
      '济南市,2021,,城市低保标准,,830,元/人·月,', // 9 duplicate of 8
      '济南,2021,dibao_std_rural,城市低保,,1,元/月,', // 10 id and name disagree
      '济南,2021,nope_id,,,1,元/月,', // 11 unknown id
      '济南,2021,,农村低保,,1,元/月,大概', // 12 bad qualifier
      '济南,2022,,农村低保,,-5,元/月,', // 13 negative
      '济南,2021', // 14 wrong column count
    ].join('\n'));
    const r = await mz(['data', 'validate', p]);
    expect(r.code).toBe(1);
    const lines = r.out.trim().split('\n');
    const at = (n: number) => lines.filter((l) => l.startsWith(`${p}:${n}: `)).join('\n');
    expect(at(2)).toContain('未找到地区“济男”。您是不是要找:济南市');
    expect(at(3)).toContain('年份“二〇二〇”无效');
    expect(at(4)).toContain('未找到指标“城市低宝”。您是不是要找:城市低保标准');
    expect(at(5)).toContain('数值“八百”不是数字');
    expect(at(6)).toContain('单位“万人”不适用于指标“城市低保标准”');
    expect(at(7)).toContain('没有分类“五级”');
    expect(at(8)).toBe('');
    expect(at(9)).toContain('与第 8 行重复');
    expect(at(10)).toContain('不一致');
    expect(at(11)).toContain('未知的指标编号“nope_id”');
    expect(at(12)).toContain('限定词“大概”无效');
    expect(at(13)).toContain('为负数');
    expect(at(14)).toContain('列数为 2');
    expect(lines[lines.length - 1]).toBe('共 12 个问题;有效记录 1 条');
  });

  test('periods: every spelling accepted, canonical on export, problems with their line', async () => {
    const p = write('periods.csv', [
      'region,year,period,indicator,value,unit', // 1
      '河口区,2021,上半年,社会救助资金,1660,万元', // 2
      '河口区,2021,1-6月,社会救助资金,1661,万元', // 3 the same period as line 2
      '河口区,2021,第13月,社会救助资金,1,万元', // 4 unknown period
      '河口区,2021上半年,,低保对象人数,9000,人', // 5 year cell with its period
      '河口区,2021上半年,Q3,低保户数,10,户', // 6 year and period disagree
      '济南,2021,2021-09,结婚登记,10,对', // 7 legacy YYYY-MM
      '济南,2021,2020-09,离婚登记,10,对', // 8 legacy of another year
      '济南,2022,前三季度,结婚登记,10,对', // 9
    ].join('\n'));
    const r = await mz(['data', 'validate', p]);
    expect(r.code).toBe(1);
    const lines = r.out.trim().split('\n');
    const at = (n: number) => lines.filter((l) => l.startsWith(`${p}:${n}: `)).join('\n');
    expect(at(2)).toBe('');
    expect(at(3)).toContain('与第 2 行重复(河口区、社会救助资金、2021 年、上半年)');
    expect(at(4)).toBe(`${p}:4: [period] 期别“第13月”无法识别;可写 全年、上半年、下半年、Q1…Q4(或 三季度)、前三季度(或 1-9月)、9月、截至9月底`);
    expect(at(5)).toBe('');
    expect(at(6)).toContain('年份“2021上半年”与期别“Q3”不一致');
    expect(at(7)).toBe('');
    expect(at(8)).toContain('期别“2020-09”的年份 2020 与年份 2021 不一致');
    expect(at(9)).toBe('');
    expect(lines[lines.length - 1]).toBe('共 4 个问题;有效记录 4 条');
  });

  test('missing required column → problem on line 1', async () => {
    const p = write('nocol.csv', 'region,year,indicator,value\n济南,2020,城市低保,821\n');
    const r = await mz(['data', 'validate', p]);
    expect(r.code).toBe(1);
    expect(r.out).toContain(':1: [unit] 表头缺少必需列“unit”');
  });

  test('GBK file is decoded and said so', async () => {
    const p = write('gbk.csv', Buffer.concat([
      Buffer.from('region,year,indicator,value,unit\n'),
      Buffer.from([0xbc, 0xc3, 0xc4, 0xcf]), Buffer.from(',2020,'),
      Buffer.from([0xb3, 0xc7, 0xca, 0xd0, 0xb5, 0xcd, 0xb1, 0xa3]), Buffer.from(',821,'),
      Buffer.from([0xd4, 0xaa]), Buffer.from('/'), Buffer.from([0xd4, 0xc2]), Buffer.from('\n'),
    ]));
    const r = await mz(['data', 'validate', p]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('按 GB18030 编码读取');
    expect(r.out).toContain('1 条记录');
  });

  test('usage errors exit 2', async () => {
    expect((await mz(['data', 'validate'])).code).toBe(2);
    expect((await mz(['data', 'validate', 'missing.csv'])).err).toContain('找不到文件');
    expect((await mz(['data', 'frobnicate'])).code).toBe(2);
    expect((await mz(['data'])).code).toBe(2);
  });
});
