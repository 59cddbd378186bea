/** @jest-environment jsdom */
import React from 'react';
import { render, screen, fireEvent, waitFor, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { DataView } from '../../src/taskpane/app/DataView';
import { FunctionsView, buildFormula } from '../../src/taskpane/app/FunctionsView';
import { decodeBytes } from '../../src/taskpane/app/decode';
import { XlsxWorkbook } from '../../src/adapters/xlsx';
import { model, failingAdapter } from './fixtures';
import type { AppModel, CoreApi } from '../../src/taskpane/app/model';
// eslint-disable-next-line @typescript-eslint/no-var-requires
const iconv = require('iconv-lite');

const wrap = (el: React.ReactElement) => render(<FluentProvider theme={webLightTheme}>{el}</FluentProvider>);

function upload(file: File) {
  fireEvent.change(screen.getByTestId('csv-input'), { target: { files: [file] } });
}
const csvFile = (bytes: Uint8Array | string, name = 'data.csv') => new File([bytes as BlobPart], name, { type: 'text/csv' });

describe('decodeBytes', () => {
  const text = 'region,year\n济南市,2020\n';
  test('UTF-8 with and without BOM, and GBK', () => {
    expect(decodeBytes(new TextEncoder().encode(text))).toEqual({ text, encoding: 'UTF-8' });
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]))).toEqual({ text, encoding: 'UTF-8 (BOM)' });
    const gbk = new Uint8Array(iconv.encode(text, 'gbk'));
    expect(gbk.length).toBeLessThan(new TextEncoder().encode(text).length); // really GBK (2 bytes per 汉字)
    expect(decodeBytes(gbk)).toEqual({ text, encoding: 'GB18030' });
  });
});

describe('DataView', () => {
  test('browse: every record with its unit and source sentence; search narrows', () => {
    wrap(<DataView model={model()} />);
    expect(screen.getByText('共 7 条记录。')).toBeTruthy();
    fireEvent.change(screen.getByPlaceholderText('如:低保、孤儿、床位'), { target: { value: '孤儿' } });
    expect(screen.getByText('找到 2 条')).toBeTruthy();
    const list = screen.getByRole('list', { name: '数据记录' });
    expect(within(list).getByText('1200 元/人·月')).toBeTruthy();
    expect(within(list).getByText('“机构养育孤儿每人每月1200元”')).toBeTruthy();
    expect(within(list).getAllByText('来源:seeds/test.txt')).toHaveLength(2);
  });

  test('import: a GBK file with problems lists each with its line and merges nothing', async () => {
    const m = model();
    wrap(<DataView model={m} />);
    const csv = 'region,year,indicator,value,unit\n济南,2021,城市低保标准,870,元/月\n济南,2021,城市低保标准,八百,元/月\n火星市,2021,城市低保标准,870,元/月\n';
    upload(csvFile(new Uint8Array(iconv.encode(csv, 'gbk')), 'gbk.csv'));
    const preview = await screen.findByTestId('csv-preview');
    expect(preview.textContent).toContain('gbk.csv(GB18030):1 条有效记录,2 处问题');
    expect(preview.textContent).toContain('第 3 行(value):数值“八百”不是数字');
    expect(preview.textContent).toMatch(/第 4 行:地区:.*火星市/);
    expect((screen.getByRole('button', { name: '合并到数据集' }) as HTMLButtonElement).disabled).toBe(true);
    expect(m.userRecords).toEqual([]);
  });

  test('import: a clean UTF-8 file merges, is stored in the workbook and wins over the bundled value', async () => {
    const wb = XlsxWorkbook.create();
    const m = model({ adapter: wb });
    wrap(<DataView model={m} />);
    upload(csvFile('\ufeffregion,year,indicator,value,unit\n济南,2020,城市低保标准,830,元/月\n', 'fix.csv'));
    await screen.findByTestId('csv-preview');
    fireEvent.click(screen.getByRole('button', { name: '合并到数据集' }));
    await screen.findByText(/已导入 1 条记录.其中 1 条覆盖了内置数据./);
    expect(m.engine.value('济南市', 'dibao_std_urban', 2020)).toMatchObject({ ok: true, value: 830 });
    expect(await wb.sheetNames()).toContain('_MZ_DATA');
  });

  test('import error: a workbook that cannot be written shows the reason and keeps the old data', async () => {
    const m = model({ adapter: failingAdapter('工作簿为只读') });
    wrap(<DataView model={m} />);
    upload(csvFile('region,year,indicator,value,unit\n济南,2020,城市低保标准,830,元/月\n'));
    await screen.findByTestId('csv-preview');
    fireEvent.click(screen.getByRole('button', { name: '合并到数据集' }));
    expect((await screen.findByRole('alert')).textContent).toContain('工作簿为只读');
    expect(m.engine.value('济南市', 'dibao_std_urban', 2020)).toMatchObject({ ok: true, value: 821 });
  });

  test('export escapes formula injection', () => {
    const m = model();
    const csv = m.exportCsv([{ ...m.engine.records[0], quote: '=cmd|calc' }]);
    expect(csv).toContain(",'=cmd|calc");
  });

  test('paste → extract → review (reject one, edit one) → add', async () => {
    const m = model();
    const core: CoreApi = {
      ...m.core,
      extract: () => ({
        region: '济南市',
        year: 2021,
        records: [
          { ...m.engine.records[0], year: 2021, value: 850, quote: '城市低保标准提高到850元/月' },
          { ...m.engine.records[1], year: 2021, value: 640, quote: '农村低保标准提高到640元/月' },
        ],
      }),
    };
    const m2 = model({ core });
    wrap(<DataView model={m2} />);
    fireEvent.change(screen.getByRole('textbox', { name: '粘贴报告文本' }), { target: { value: '2021年,城市低保标准提高到850元/月……' } });
    fireEvent.click(screen.getByRole('button', { name: '提取' }));
    await screen.findByText(/识别出 2 条.济南市 · 2021年./);
    const boxes = screen.getAllByRole('checkbox');
    fireEvent.click(boxes[1]); // reject the rural one
    const value = screen.getAllByRole('textbox').find((e) => (e as HTMLInputElement).value === '850')!;
    fireEvent.change(value, { target: { value: '855' } });
    fireEvent.click(screen.getByRole('button', { name: '添加到数据集' }));
    await screen.findByText('已添加 1 条记录并保存到工作簿。');
    expect(m2.userRecords.map((r) => [r.indicatorId, r.value])).toEqual([['dibao_std_urban', 855]]);
    expect(m2.engine.value('济南市', 'dibao_std_rural', 2021)).toMatchObject({ ok: false });
  });

  test('review: a candidate with its reason is adopted as the record the user specifies; a wrong period is refused', async () => {
    const m = model();
    const cand = {
      region: '济南市', year: 2021, period: '', raw: '3,456.7万元', value: 3456.7, unit: '万元', qualifier: 'exact' as const,
      reason: 'subset' as const, message: '', indicatorId: 'dibao_funds', source: 'user:粘贴文本', offset: 0, valueOffset: 9,
      quote: '其中城市低保资金3,456.7万元',
    };
    const core: CoreApi = {
      ...m.core,
      extract: () => ({
        region: '济南市',
        year: 2021,
        records: [{ ...m.engine.records[0], year: 2021, value: 850, quote: '城市低保标准提高到850元/月' }],
        candidates: [cand],
      }),
    };
    const m2 = model({ core });
    wrap(<DataView model={m2} />);
    fireEvent.change(screen.getByRole('textbox', { name: '粘贴报告文本' }), { target: { value: '……' } });
    fireEvent.click(screen.getByRole('button', { name: '提取' }));
    const list = await screen.findByRole('list', { name: '待确认的数字' });
    expect(within(list).getByText('3,456.7万元')).toBeTruthy();
    expect(within(list).getByText('“其中”部分数,目录无对应分类')).toBeTruthy();
    expect(within(list).getByText('“其中城市低保资金3,456.7万元”')).toBeTruthy();
    // the period of the standard: a nonsense period is refused with the reason, nothing is added
    const period = within(screen.getByRole('list', { name: '识别出的记录' })).getAllByRole('textbox')[1] as HTMLInputElement;
    expect(period.value).toBe('全年');
    fireEvent.change(period, { target: { value: '明年' } });
    fireEvent.click(screen.getByRole('button', { name: '添加到数据集' }));
    expect((await screen.findByRole('alert')).textContent).toContain('期别“明年”无法识别');
    fireEvent.change(period, { target: { value: '上半年' } });
    // adopt the candidate: the suggested indicator is preselected; choose 城市
    fireEvent.click(within(list).getByRole('button', { name: '采用…' }));
    const form = screen.getByRole('group', { name: '采用为记录' });
    fireEvent.click(within(form).getAllByRole('combobox')[1]);
    fireEvent.click(await screen.findByRole('option', { name: '城市' }));
    fireEvent.click(within(form).getByRole('button', { name: '加入待添加' }));
    await waitFor(() => expect(screen.queryByRole('list', { name: '待确认的数字' })).toBeNull());
    expect(screen.getByText('由待确认数字采用')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '添加到数据集' }));
    await screen.findByText('已添加 2 条记录并保存到工作簿。');
    expect(m2.userRecords.map((r) => [r.indicatorId, r.breakdown, r.value, r.unit, r.period])).toEqual([
      ['dibao_std_urban', '', 850, '元/人·月', '上半年'],
      ['dibao_funds', '城市', 3456.7, '万元', '全年'],
    ]);
  });

  test('paste with the real extractor: a text naming no year gives candidates until the user gives the year', async () => {
    wrap(<DataView model={model()} />);
    fireEvent.change(screen.getByRole('textbox', { name: '粘贴报告文本' }), { target: { value: '历下区民政局:全年全区实施惠民殡葬减免512例,减免金额41万元。' } });
    fireEvent.click(screen.getByRole('button', { name: '提取' }));
    await screen.findByText('待确认的数字(2)');
    expect(screen.queryByText(/识别出 2 条/)).toBeNull();
    fireEvent.change(screen.getByRole('textbox', { name: '年份(文本未写年份时填写)' }), { target: { value: '2025' } });
    fireEvent.click(screen.getByRole('button', { name: '提取' }));
    await screen.findByText(/识别出 2 条.历下区 · 2025年./);
  });

  test('paste with the real extractor: empty text is refused', () => {
    wrap(<DataView model={model()} />);
    expect((screen.getByRole('button', { name: '提取' }) as HTMLButtonElement).disabled).toBe(true);
  });
});

describe('FunctionsView', () => {
  test('builds the formula from the lists and shows the current value', () => {
    wrap(<FunctionsView model={model()} />);
    expect(screen.getByTestId('formula').textContent).toBe('=MZ.STANDARD("济南市","城市低保标准",2020)');
    expect(screen.getByText('当前结果:821 元/人·月')).toBeTruthy();
    expect(screen.getByRole('button', { name: '复制公式' })).toBeTruthy();
  });

  test('in Excel the formula is inserted into the selected cell', async () => {
    const inserted: string[] = [];
    const { AppModel } = jest.requireActual('../../src/taskpane/app/model') as typeof import('../../src/taskpane/app/model');
    const base = model();
    const m = new AppModel({
      host: 'excel',
      core: base.core,
      bundledCsv: (await import('./fixtures')).DATASET,
      adapter: null,
      insertFormula: async (f) => {
        inserted.push(f);
        return 'Sheet1!B2';
      },
    });
    wrap(<FunctionsView model={m as AppModel} />);
    fireEvent.click(screen.getByRole('button', { name: '插入到所选单元格' }));
    await screen.findByText('已插入到 Sheet1!B2。');
    expect(inserted).toEqual(['=MZ.STANDARD("济南市","城市低保标准",2020)']);
  });

  test('buildFormula quotes text, omits what a function does not take, escapes quotes', () => {
    expect(buildFormula('SERIES', '济南市', '城市低保标准', 2020, '')).toBe('=MZ.SERIES("济南市","城市低保标准")');
    expect(buildFormula('TABLE', '济南市', '孤儿基本生活费标准', 2020, '机构养育')).toBe('=MZ.TABLE("孤儿基本生活费标准",2020,"机构养育")');
    expect(buildFormula('VALUE', 'a"b', 'x', 2020, '')).toBe('=MZ.VALUE("a""b","x",2020)');
  });
});

void waitFor;
