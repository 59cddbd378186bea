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
});
