/** @jest-environment jsdom */
import React from 'react';
import { render, screen, fireEvent, waitFor, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { CheckView } from '../../src/taskpane/app/CheckView';
import { XlsxWorkbook } from '../../src/adapters/xlsx';
import { model, pendingAdapter, failingAdapter } from './fixtures';
import type { AppModel } from '../../src/taskpane/app/model';

const view = (m: AppModel) =>
  render(
    <FluentProvider theme={webLightTheme}>
      <CheckView model={m} />
    </FluentProvider>,
  );

async function filled(): Promise<{ m: AppModel; wb: XlsxWorkbook }> {
  const wb = XlsxWorkbook.create();
  const m = model({ adapter: wb });
  await m.fill({ tables: ['社会救助标准', '儿童福利'], regions: ['济南市'], year: 2020 }, 'fail-if-exists');
  return { m, wb };
}

test('empty: without a workbook the check cannot run', () => {
  view(model({ adapter: null }));
  expect(screen.getByText('尚未打开工作簿')).toBeTruthy();
  expect((screen.getByRole('button', { name: '校验' }) as HTMLButtonElement).disabled).toBe(true);
});

test('empty: with a workbook it says the check has not run yet', () => {
  view(model());
  expect(screen.getByText(/尚未校验/)).toBeTruthy();
});

test('loading: a spinner shows while the workbook is read', async () => {
  const a = pendingAdapter();
  view(model({ adapter: a }));
  fireEvent.click(screen.getByRole('button', { name: '校验' }));
  await screen.findByText('正在校验…');
  a.release();
  await screen.findByRole('button', { name: '重新校验' });
});

test('error: an unreadable workbook shows the reason', async () => {
  view(model({ adapter: failingAdapter('无法读取工作簿') }));
  fireEvent.click(screen.getByRole('button', { name: '校验' }));
  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toContain('无法读取工作簿');
});

test('a workbook not filled by MZ: says so', async () => {
  const wb = XlsxWorkbook.create();
  await wb.writeSheets([{ name: '我的表', blocks: [{ topLeft: 'A1', values: [['x', 1]] }], merges: [], colWidths: [] }], 'fail-if-exists');
  view(model({ adapter: wb }));
  fireEvent.click(screen.getByRole('button', { name: '校验' }));
  await screen.findByText('此工作簿不是由 MZ 填写的');
});

test('results: the policy warning and the orphan warning are found, grouped, and a click selects the cell', async () => {
  const { m } = await filled();
  view(m);
  fireEvent.click(screen.getByRole('button', { name: '校验' }));
  await screen.findByRole('button', { name: '重新校验' });
  // 特困 1000 < 1.3 × 821 = 1067.3: on the 社会救助标准 sheet; a warning (P01W), as 山东 sets no k (an error where it does)
  expect(screen.queryByRole('heading', { name: /^错误/ })).toBeNull();
  expect(screen.getByRole('heading', { name: /^提示.{5} · 3$/ })).toBeTruthy();
  const p01 = m.lastCheck!.findings.find((f) => f.ruleId === 'P01W')!;
  expect(p01).toBeTruthy();
  expect(p01.severity).toBe('warning');
  expect(p01.cells[0].sheet).toBe('社会救助标准');
  // 孤儿 机构 1200 < 散居 1300: a warning
  const p12 = m.lastCheck!.findings.find((f) => f.ruleId === 'P12')!;
  expect(p12.severity).toBe('warning');
  // clicking the finding selects its first cell
  const btn = screen.getByRole('button', { name: new RegExp(`定位到 社会救助标准!${p01.cells[0].address}`) });
  fireEvent.click(btn);
  await waitFor(() => expect(m.selection).toEqual({ sheet: '社会救助标准', address: p01.cells[0].address }));
  // standalone: the grid preview shows the cell with its value (the 特困 standard)
  const grid = await screen.findByTestId('grid-preview');
  const current = grid.querySelector('[aria-current="true"]')!;
  expect(current.textContent).toBe('1000');
});

test('marks are set on the failing cells and can be cleared', async () => {
  const { m } = await filled();
  view(m);
  fireEvent.click(screen.getByRole('button', { name: '校验' }));
  await screen.findByRole('button', { name: '重新校验' });
  fireEvent.click(screen.getByRole('button', { name: '标记问题单元格' }));
  await screen.findByText(/已标记 \d+ 个单元格/);
  expect(m.marks.some((k) => k.severity === 'warning' && k.sheet === '社会救助标准')).toBe(true);
  fireEvent.click(screen.getByRole('button', { name: '清除标记' }));
  await waitFor(() => expect(m.marks).toEqual([]));
});

test('a warning accepted with a 说明 is stored in the workbook and shown as accepted after a re-check', async () => {
  const { m, wb } = await filled();
  view(m);
  fireEvent.click(screen.getByRole('button', { name: '校验' }));
  await screen.findByRole('button', { name: '重新校验' });
  const p12 = m.lastCheck!.findings.find((f) => f.ruleId === 'P12')!;
  const card = screen.getByRole('button', { name: new RegExp(`定位到 ${p12.cells[0].sheet}!${p12.cells[0].address}.*机构`) }).parentElement!;
  fireEvent.click(within(card).getByRole('button', { name: '接受并填写说明' }));
  const box = within(card).getByRole('textbox');
  fireEvent.change(box, { target: { value: '散居孤儿另有市级补贴,已核实' } });
  fireEvent.click(within(card).getByRole('button', { name: '确认接受' }));
  await within(card).findByText(/已接受:散居孤儿另有市级补贴,已核实/);
  expect(await wb.sheetNames()).toContain('_MZ_NOTES');
  // a fresh check reads the acceptance back from the workbook
  const again = await m.check();
  expect(again.findings.find((f) => f.ruleId === 'P12')!.accepted?.note).toBe('散居孤儿另有市级补贴,已核实');
});

test('生成校验报告 writes the report sheet', async () => {
  const { m, wb } = await filled();
  view(m);
  fireEvent.click(screen.getByRole('button', { name: '校验' }));
  await screen.findByRole('button', { name: '重新校验' });
  fireEvent.click(screen.getByRole('button', { name: '生成校验报告' }));
  await screen.findByText('已生成“校验报告”工作表。');
  const [rep] = await wb.readSheets(['校验报告']);
  expect(rep.values.flat().some((v) => typeof v === 'string' && v.includes('P01'))).toBe(true);
});
