// CLI over the committed dataset and the seed reports. Expected values from reading the reports.
import * as fs from 'fs';
import * as path from 'path';
import { spawnSync, execFileSync } from 'child_process';
import { mz, tmp, write } from './helpers';
import { parseDatasetCsv } from '../../src/core/datasetCsv';

const root = path.join(__dirname, '..', '..');
const seed = (n: string) => path.join(root, 'seeds', fs.readdirSync(path.join(root, 'seeds')).find((f) => f.startsWith(n))!);

describe('mz get on the bundled dataset', () => {
  test('济南 城市低保 2020 → 821 (000: 城乡低保及特困供养标准分别提高到821元/月…)', async () => {
    const r = await mz(['get', '济南', '城市低保', '2020']);
    expect(r).toEqual({ code: 0, out: '821\n', err: '' });
  });
  test('--json carries the source sentence', async () => {
    const r = await mz(['get', '重庆', '特困', '2021', '--json']);
    const o = JSON.parse(r.out);
    expect(o).toMatchObject({ value: 827, region: '重庆市', indicatorId: 'tekun_std', year: 2021, fromUser: false });
    expect(o.quote).toContain('特困供养标准达到每人每月827元');
    expect(o.source).toMatch(/^(seeds\/)?003_/);
  });
  test('breakdown and unit: 河口 护理标准 完全不能自理 8404元/人/年 → per month', async () => {
    const r = await mz(['get', '河口区', '特困人员照料护理标准', '2021', '全护理', '--unit', '元/人·月']);
    expect(r.code).toBe(0);
    expect(Number(r.out)).toBeCloseTo(8404 / 12, 6);
  });
});

describe('mz extract', () => {
  test('infers 河口区 / 2021 / 上半年 for 001 and says so; JSON has the required fields', async () => {
    const r = await mz(['extract', seed('001')]);
    expect(r.code).toBe(0);
    expect(r.err).toContain('推断地区:河口区');
    expect(r.err).toContain('推断年份:2021');
    const rows = JSON.parse(r.out) as Record<string, unknown>[];
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) {
      for (const k of ['region', 'year', 'indicator', 'breakdown', 'value', 'unit', 'qualifier', 'quote']) expect(row).toHaveProperty(k);
    }
    expect(rows).toContainEqual(expect.objectContaining({ region: '河口区', year: 2021, indicator: '城市低保标准', value: 869, breakdown: '' }));
    expect(rows).toContainEqual(expect.objectContaining({ indicator: '困难残疾人生活补贴标准', breakdown: '三四级', value: 125 }));
    // the report lies outside the working directory: its bare file name is the source
    expect(rows[0].source).toBe(path.basename(seed('001')));
  });
  test('--period takes any spelling and writes the canonical label; an unknown one exits 2', async () => {
    const r = await mz(['extract', seed('001'), '--period', '1至6月']);
    expect(r.code).toBe(0);
    expect(r.err).not.toContain('推断期别');
    const rows = JSON.parse(r.out) as { period: string }[];
    expect(new Set(rows.map((x) => x.period))).toEqual(new Set(['上半年']));
    const inferred = await mz(['extract', seed('001')]);
    expect(inferred.err).toContain('推断期别:上半年(依据:标题/开头“上半年总结”)');
    const bad = await mz(['extract', seed('001'), '--period', '第13月']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--period:期别“第13月”无法识别');
  });
  test('--region/--year override inference; --format csv is the dataset format', async () => {
    const r = await mz(['extract', seed('004'), '--region', '淄博', '--year', '2020', '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.err).not.toContain('推断地区');
    const parsed = parseDatasetCsv(r.out);
    expect(parsed.problems).toEqual([]);
    expect(parsed.records).toContainEqual(expect.objectContaining({ region: '淄博市', year: 2020, indicatorId: 'dibao_std_urban', value: 660 }));
  });
  test('a flattened 月报 table: the title gives the period, even when the text also suggests another', async () => {
    // "2021年度" makes the prose inference say 全年; the table's own title says 2021年5月
    const p = write(
      'table.txt',
      '2021年度统计资料\n2021年5月社会服务统计月报\n| 指标名称 | 单位 | 数量 | 上期 |\n| 城市低保人数 | 人 | 2,310 | 2,355 |\n| 临时救助 | 人次 | 96 | 71 |\n',
    );
    const r = await mz(['extract', p, '--region', '济南', '--year', '2021']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    expect(out.map((x: { indicatorId: string; breakdown: string; value: number; period: string }) => [x.indicatorId, x.breakdown, x.value, x.period])).toEqual([
      ['dibao_persons', '城市', 2310, '5月'],
      ['temp_assist_times', '', 96, '1-5月'],
    ]);
    expect(r.err).toContain('报告期取自标题');
  });
  test('a text naming no region: says what it could not infer', async () => {
    const p = write('plain.txt', '今年城市低保标准提高到每人每月700元。');
    const r = await mz(['extract', p]);
    expect(r.code).toBe(0);
    expect(r.err).toContain('未能推断地区');
  });
  test('a region and year given, only the period left to infer: nothing given is reported as undetermined', async () => {
    const p = write('given.txt', '城市低保标准提高到每人每月760元,农村低保标准提高到每人每年6600元。');
    const r = await mz(['extract', p, '--region', '东营市', '--year', '2022']);
    expect(r.code).toBe(0);
    expect(r.err).not.toMatch(/未能(确定|推断)[::]?(地区|年份)/);
    expect(r.err).toMatch(/未能(确定|推断)[::]?报告期/);
    expect(JSON.parse(r.out).map((x: { region: string; year: number; value: number }) => [x.region, x.year, x.value])).toEqual([
      ['东营市', 2022, 760],
      ['东营市', 2022, 6600],
    ]);
  });
  test('GBK report file is decoded', async () => {
    // "济南市民政局:2020年,城市低保标准提高到每人每月821元。" in GB18030 via TextEncoder is not available,
    // so build the bytes from a known UTF-8 → GBK table of the few characters used.
    const iconv: Record<string, number[]> = {
      济: [0xbc, 0xc3], 南: [0xc4, 0xcf], 市: [0xca, 0xd0], 民: [0xc3, 0xf1], 政: [0xd5, 0xfe], 局: [0xbe, 0xd6],
      年: [0xc4, 0xea], 城: [0xb3, 0xc7], 低: [0xb5, 0xcd], 保: [0xb1, 0xa3], 标: [0xb1, 0xea], 准: [0xd7, 0xbc],
      提: [0xcc, 0xe1], 高: [0xb8, 0xdf], 到: [0xb5, 0xbd], 每: [0xc3, 0xbf], 人: [0xc8, 0xcb], 月: [0xd4, 0xc2],
      元: [0xd4, 0xaa], ',': [0xa3, 0xac], '。': [0xa1, 0xa3],
    };
    const s = '2020年,济南市城市低保标准提高到每人每月821元。';
    const bytes = Buffer.from([...s].flatMap((c) => iconv[c] ?? [c.charCodeAt(0)]));
    const p = write('gbk.txt', bytes);
    const r = await mz(['extract', p, '--region', '济南', '--year', '2020']);
    expect(r.code).toBe(0);
    expect(r.err).toContain('GB18030');
    expect(JSON.parse(r.out)).toContainEqual(expect.objectContaining({ region: '济南市', indicatorId: 'dibao_std_urban', value: 821 }));
  });
  test('--data marks records the user dataset already holds, user values winning', async () => {
    const d = write('mine.csv', 'region,year,indicator,value,unit\n淄博,2020,城市低保,665,元/月\n');
    const r = await mz(['extract', seed('004'), '--region', '淄博', '--year', '2020', '--data', d]);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/其中 1 条来自用户数据 mine\.csv,以用户数据为准/);
    const row = (JSON.parse(r.out) as { indicatorId: string; known?: unknown }[]).find((x) => x.indicatorId === 'dibao_std_urban');
    expect(row?.known).toEqual(expect.objectContaining({ value: 665, fromUser: true }));
  });
  test('errors: missing file, bad --region, bad --year, bad --format → exit 2', async () => {
    expect((await mz(['extract', 'none.txt'])).err).toContain('找不到文件');
    expect((await mz(['extract', seed('000'), '--region', '济男'])).err).toContain('未找到地区“济男”');
    expect((await mz(['extract', seed('000'), '--year', '去年'])).code).toBe(2);
    expect((await mz(['extract', seed('000'), '--format', 'xml'])).code).toBe(2);
    expect((await mz(['extract'])).code).toBe(2);
  });
});

describe('mz data export / build', () => {
  test('export to stdout: every committed record, formula-guarded, round-trips through validate', async () => {
    const r = await mz(['data', 'export']);
    expect(r.code).toBe(0);
    const committed = parseDatasetCsv(fs.readFileSync(path.join(root, 'data', 'dataset.csv'), 'utf8'));
    const exported = parseDatasetCsv(r.out);
    expect(exported.records).toEqual(committed.records);
    const f = write('export.csv', r.out);
    const v = await mz(['data', 'validate', f]);
    expect(v.code).toBe(0);
  });
  test('export --out writes a file and never overwrites without --force', async () => {
    const out = path.join(tmp(), 'out.csv');
    expect((await mz(['data', 'export', '--out', out])).code).toBe(0);
    expect(fs.readFileSync(out, 'utf8').split('\n')[0]).toBe('region,year,period,indicator_id,indicator,breakdown,value,unit,qualifier,source,offset,quote');
    fs.writeFileSync(out, 'mine');
    const again = await mz(['data', 'export', '--out', out]);
    expect(again.code).toBe(2);
    expect(again.err).toContain('已存在');
    expect(fs.readFileSync(out, 'utf8')).toBe('mine');
    expect((await mz(['data', 'export', '--out', out, '--force'])).code).toBe(0);
    expect(fs.readFileSync(out, 'utf8')).not.toBe('mine');
  });
  test('build --root regenerates the same dataset as the committed one', async () => {
    const dir = path.join(tmp(), 'proj');
    fs.mkdirSync(path.join(dir, 'seeds'), { recursive: true });
    for (const f of fs.readdirSync(path.join(root, 'seeds'))) fs.copyFileSync(path.join(root, 'seeds', f), path.join(dir, 'seeds', f));
    const r = await mz(['data', 'build', '--root', dir]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/共 \d+ 条记录.其中标准 \d+ 条.*5 个地区/);
    expect(fs.readFileSync(path.join(dir, 'data', 'dataset.csv'), 'utf8')).toBe(fs.readFileSync(path.join(root, 'data', 'dataset.csv'), 'utf8'));
    expect((await mz(['data', 'build', '--root', path.join(tmp(), 'nothing')])).code).toBe(2);
  });
});

describe('the installed binary', () => {
  beforeAll(() => {
    // compile lib/ when missing or older than src/ (globalSetup normally did it already)
    const newest = (p: string): number => {
      const st = fs.statSync(p);
      return st.isDirectory() ? Math.max(st.mtimeMs, ...fs.readdirSync(p).map((e) => newest(path.join(p, e)))) : st.mtimeMs;
    };
    const main = path.join(root, 'lib', 'cli', 'main.js');
    if (!fs.existsSync(main) || fs.statSync(main).mtimeMs < newest(path.join(root, 'src'))) {
      try {
        execFileSync(path.join(root, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.cli.json'], { cwd: root, stdio: 'ignore' });
      } catch {
        /* type errors still emit */
      }
    }
  });
  test('node bin/mz.js get 济南 城市低保 2020 prints 821, exit 0', () => {
    const r = spawnSync(process.execPath, ['bin/mz.js', 'get', '济南', '城市低保', '2020'], { cwd: root, encoding: 'utf8' });
    expect(r.stdout).toBe('821\n');
    expect(r.status).toBe(0);
  });
  test('not found: exit 2 and the Chinese message on stderr', () => {
    const r = spawnSync(process.execPath, ['bin/mz.js', 'get', '济南', '城市低保', '2019'], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('济南市“城市低保标准”没有 2019 年的数据;已有年份:2020');
  });
});

describe('what the CLI says it inferred agrees with what the extractor read', () => {
  test('a page with pinyin glosses in its words: the year is inferred from the text as read, not reported missing', async () => {
    const p = write('glossed.txt', '民(mín)政(zhèng)部(bù)发(fā)布(bù)统(tǒng)计(jì)公(gōng)报(bào)\n截(jié)至(zhì)2015年(nián)底(dǐ),全(quán)国(guó)共(gòng)有(yǒu)婚姻登记机构2100个,全年办理结婚登记1180.5万对。');
    const r = await mz(['extract', p]);
    expect(r.code).toBe(0);
    expect(r.err).toContain('推断年份:2015');
    expect(r.err).not.toContain('未能推断年份');
  });
});
