/** @jest-environment jsdom */
import React from 'react';
import { render, screen, fireEvent, waitFor } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { FillView } from '../../src/taskpane/app/FillView';
import { XlsxWorkbook } from '../../src/adapters/xlsx';
import { model, pendingAdapter, failingAdapter } from './fixtures';
import type { AppModel } from '../../src/taskpane/app/model';

const view = (m: AppModel) =>
  render(
    <FluentProvider theme={webLightTheme}>
      <FillView model={m} />
    </FluentProvider>,
  );
const fillButton = () => screen.getByRole('button', { name: '填表' });

test('empty: without a workbook the fill button is disabled and says why', () => {
  view(model({ adapter: null }));
  expect(screen.getByText('尚未打开工作簿')).toBeTruthy();
  expect((fillButton() as HTMLButtonElement).disabled).toBe(true);
});

test('defaults: all tables checked, the first region with data, its newest year', () => {
  const m = model();
  view(m);
  const boxes = screen.getAllByRole('checkbox');
  expect(boxes.length).toBe(m.core.tables().length);
  expect(boxes.every((b) => (b as HTMLInputElement).checked)).toBe(true);
  expect(screen.getByText('已选:济南市')).toBeTruthy();
  expect(screen.getByRole('combobox', { name: '年份' }).textContent).toContain('2020年');
  // the year has full-year figures: 期别 全年, 报告期 2020年
  expect(screen.getByRole('combobox', { name: '期别' }).textContent).toBe('全年');
  expect(screen.getByText('报告期:2020年;数据集中该年的期别:全年 5 项')).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: '全不选' }));
  expect((fillButton() as HTMLButtonElement).disabled).toBe(true);
});

test('loading: a progress bar shows while the workbook is busy', async () => {
  const a = pendingAdapter();
  view(model({ adapter: a }));
  fireEvent.click(fillButton());
  await waitFor(() => expect(screen.getByRole('progressbar')).toBeTruthy());
  a.release();
  await waitFor(() => expect(screen.getByText('填表完成')).toBeTruthy());
  expect(screen.queryByRole('progressbar')).toBeNull();
});

test('error: a failing workbook shows the reason', async () => {
  view(model({ adapter: failingAdapter('工作簿已被锁定') }));
  fireEvent.click(fillButton());
  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toContain('填表失败');
  expect(alert.textContent).toContain('工作簿已被锁定');
});

test('results: the tables are written with the dataset values and the gaps are listed, never zero', async () => {
  const wb = XlsxWorkbook.create();
  view(model({ adapter: wb }));
  fireEvent.click(fillButton());
  await screen.findByText('填表完成');
  const names = await wb.sheetNames();
  expect(names).toContain('社会救助标准');
  expect(names).toContain('_MZ_BINDINGS');
  const [snap] = await wb.readSheets(['社会救助标准']);
  const flat = snap.values.flat();
  expect(flat).toContain(821);
  expect(flat).toContain(614);
  expect(flat).toContain(780); // 上年 column
  // the gaps are listed in the summary
  expect(screen.getByText(/数据集缺少 \d+ 项/)).toBeTruthy();
});

test('a sheet that exists: the dialog asks; "写在旁边" keeps the original and writes a copy', async () => {
  const wb = XlsxWorkbook.create();
  const m = model({ adapter: wb });
  view(m);
  fireEvent.click(fillButton());
  await screen.findByText('填表完成');
  const before = await wb.sheetNames();
  fireEvent.click(fillButton());
  await screen.findByText('工作表已存在');
  // nothing was written while asking
  expect(await wb.sheetNames()).toEqual(before);
  fireEvent.click(screen.getByText('写在旁边').closest('button')!);
  await screen.findByText('填表完成');
  const after = await wb.sheetNames();
  expect(after).toContain('社会救助标准');
  expect(after).toContain('社会救助标准(2)');
  const [copy] = await wb.readSheets(['社会救助标准(2)']);
  expect(copy.values.flat()).toContain(821);
});

test('a sheet that exists: "替换" rewrites it and the summary says so', async () => {
  const wb = XlsxWorkbook.create();
  view(model({ adapter: wb }));
  fireEvent.click(fillButton());
  await screen.findByText('填表完成');
  fireEvent.click(fillButton());
  await screen.findByText('工作表已存在');
  fireEvent.click(screen.getByText('替换').closest('button')!);
  await waitFor(() => expect(screen.getByText(/已替换:/)).toBeTruthy());
  expect((await wb.sheetNames()).filter((n) => n.startsWith('社会救助标准'))).toEqual(['社会救助标准']);
});

test('official form: 民政统计季报表 is written instead of the 参照表, 上季度 from a sheet kept in the workbook', async () => {
  const wb = XlsxWorkbook.create();
  // the previous submission, kept by the user in this workbook (own layout, no codes)
  await wb.writeSheets(
    [
      {
        name: '三季度报表',
        blocks: [{ topLeft: 'A1', values: [['报告期:2020年09月', null, null], ['指标名称', '单位', '数量'], ['2.社会救助', '万元', 61234]] }],
        merges: [],
        colWidths: [],
      },
    ],
    'fail-if-exists',
  );
  view(model({ adapter: wb }));
  fireEvent.click(screen.getByRole('combobox', { name: '填写' }));
  // getByText: the accessibility-tree queries are slow on this large DOM
  fireEvent.click(screen.getByText('民政统计季报表'));
  // the table list is hidden; version and previous sheet can be chosen
  expect(screen.getByRole('group', { name: '表格列表', hidden: true }).closest('fieldset')!.style.display).toBe('none');
  fireEvent.click(screen.getByRole('combobox', { name: '上期报表(可选)' }));
  fireEvent.click(await screen.findByText('三季度报表'));
  fireEvent.click(fillButton());
  // a wait limit for a loaded 2-core machine, not a timing assertion
  await waitFor(() => expect(screen.queryByText('填表完成') ?? screen.queryByRole('alert')).toBeTruthy(), { timeout: 300000 });
  expect(screen.queryByRole('alert')?.textContent ?? '').toBe('');
  const names = await wb.sheetNames();
  expect(names).toContain('季报·济南市');
  expect(names).not.toContain('社会救助标准');
  const [snap] = await wb.readSheets(['季报·济南市']);
  expect(snap.values[0][0]).toBe('民政统计季报表');
  expect(snap.values[2][0]).toBe('编制单位:山东省济南市');
  expect(snap.values[2][4]).toBe('报告期:2020年');
  const row = snap.values.findIndex((r) => r[0] === '\u3000\u30002.社会救助');
  expect(row).toBeGreaterThan(5);
  expect(snap.values[row][4]).toBe(61234);
  expect(screen.getByText((t) => t.includes('上期数取自 三季度报表(报告期 2020年09月):1 个'))).toBeTruthy();
}, 400000);
