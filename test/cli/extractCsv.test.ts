// mz extract --format csv writes the user CSV format: data validate accepts it unchanged.
import * as fs from 'fs';
import { mz, write } from './helpers';

describe('mz extract --format csv → mz data validate', () => {
  test('a reposted 繁體 notice with glosses, periods stated in the text and a quote with commas', async () => {
    const p = write(
      'notice.txt',
      '某市2023年9月民政事业统计数据监测报告\n' +
        '截至2023年9月底,全市農(nóng)村低保標(biāo)準(zhǔn)為每人每月690元,累計發(fā)放低保金1,820.4万元。\n' +
        '2023年1-9月,民政事业费累计支出9120.6万元,同比增长3.1%。\n',
    );
    const r = await mz(['extract', p, '--region', '临沂', '--format', 'csv']);
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n');
    expect(lines[0]).toBe('region,year,period,indicator_id,indicator,breakdown,value,unit,qualifier,source,offset,quote');
    expect(r.out).toContain(',dibao_std_rural,');
    expect(r.out).toContain(',1-9月,mz_expenditure,');
    const csv = write('extracted.csv', r.out);
    const v = await mz(['data', 'validate', csv]);
    expect(v.err).toBe('');
    expect(v.code).toBe(0);
    expect(v.out).toContain('没有问题');
    expect(fs.readFileSync(csv, 'utf8')).toBe(r.out); // validate leaves the file as it was
  });

  test('a text whose region cannot be told (a district name two cities share) writes no CSV and says why', async () => {
    const p = write('half.txt', '朝阳区民政局2023年上半年工作情况\n上半年,我区累计发放城乡低保金930万元,新增养老床位140张。\n');
    const r = await mz(['extract', p, '--format', 'csv']);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain('未能确定地区,未写出 CSV');
    const given = await mz(['extract', p, '--format', 'csv', '--region', '110105']);
    expect(given.code).toBe(0);
    expect(given.out).toContain('北京市朝阳区,2023,上半年,dibao_funds,');
  });
});
