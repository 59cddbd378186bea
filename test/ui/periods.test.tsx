/** @jest-environment jsdom */
// Periods in the task pane: the fill tab's 期别, the data tab's periods, the functions tab's year/period.
import React from 'react';
import { cleanup, render, screen, fireEvent } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { FillSummary, FillView } from '../../src/taskpane/app/FillView';
import { DataView } from '../../src/taskpane/app/DataView';
import { FunctionsView, buildFormula } from '../../src/taskpane/app/FunctionsView';
import { AppModel } from '../../src/taskpane/app/model';
import { createCore } from '../../src/taskpane/app/core';
import { XlsxWorkbook } from '../../src/adapters/xlsx';
import './fixtures';

// a half-year report of 河口区 (figures written for this test) and an annual one of the year before
const CSV = [
  'region,year,period,indicator_id,indicator,breakdown,value,unit,qualifier,source,offset,quote',
  '河口区,2021,上半年,dibao_std_urban,城市低保标准,,870,元/人·月,exact,h1.txt,0,城市低保标准870元/月',
  '河口区,2021,上半年,assist_funds,社会救助资金,,1500,万元,余,h1.txt,10,上半年发放救助资金1500余万元',
  '河口区,2020,上半年,dibao_std_urban,城市低保标准,,800,元/人·月,exact,h0.txt,0,城市低保标准800元/月',
  '',
].join('\n');

const wrap = (el: React.ReactElement) => render(<FluentProvider theme={webLightTheme}>{el}</FluentProvider>);
const make = (wb = XlsxWorkbook.create()) => new AppModel({ host: 'standalone', core: createCore(), bundledCsv: CSV, adapter: wb });

describe('填表: year + 期别', () => {
  test('a year with only 上半年 data defaults to 上半年; the fill writes 报告期 2021年1-6月', async () => {
    const wb = XlsxWorkbook.create();
    wrap(<FillView model={make(wb)} />);
    const period = screen.getByRole('combobox', { name: '期别' });
    expect(period.textContent).toContain('上半年(1-6月)');
    expect(screen.getByText('报告期:2021年1-6月;数据集中该年的期别:上半年 2 项')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '填表' }));
    await screen.findByText('填表完成');
    const [s] = await wb.readSheets(['社会救助标准']);
    expect(s.values[2][1]).toBe('报告期:2021年1-6月');
    expect(s.values[5][3]).toBe(870);
    expect(s.values[5][4]).toBe(800); // 上年栏: 2020 上半年
  });

  test('choosing 全年: the 报告期 follows; the fill leaves the half-year figures blank and the summary says why', async () => {
    const wb = XlsxWorkbook.create();
    const m = make(wb);
    wrap(<FillView model={m} />);
    fireEvent.click(screen.getByRole('combobox', { name: '期别' }));
    fireEvent.click(screen.getByRole('option', { name: '全年' }));
    expect(screen.getByRole('combobox', { name: '期别' }).textContent).toBe('全年');
    expect(screen.getByText('报告期:2021年;数据集中该年的期别:上半年 2 项')).toBeTruthy();
    cleanup();
    // (an opened Fluent dropdown makes jsdom's timers crawl: the fill is driven through the model here)
    const r = await m.fill({ tables: m.core.tables().map((t) => t.id), regions: ['河口区'], year: 2021, period: '全年' }, 'replace');
    const why = '河口区“社会救助资金”只有 2021年上半年 数据,报告期为 2021年全年,未填写';
    expect(r.notes).toContain(why);
    expect(r.missing).toContainEqual(expect.objectContaining({ sheet: '社会救助对象与资金', label: '社会救助资金', region: '河口区', reason: why }));
    wrap(<FillSummary result={r} />);
    expect(screen.getByText(why)).toBeTruthy(); // the note (the list of 108 gaps, each with its reason, starts collapsed)
    fireEvent.click(screen.getByRole('button', { name: /数据集缺少 \d+ 项/ }));
    expect(screen.getByText(`社会救助对象与资金 · 社会救助资金 · 河口区(${r.missing.find((x) => x.label === '社会救助资金')!.cell}):${why}`)).toBeTruthy();
    const [s] = await wb.readSheets(['社会救助标准']);
    expect(s.values[2][1]).toBe('报告期:2021年');
    expect(s.values[5][3] ?? null).toBeNull();
  });

  test('the choices name the periods that have data', () => {
    wrap(<FillView model={make()} />);
    fireEvent.click(screen.getByRole('combobox', { name: '期别' }));
    expect(screen.getByRole('option', { name: '上半年(1-6月)(有 2 项数据)' })).toBeTruthy();
    expect(screen.getByRole('option', { name: '前三季度(1-9月)' })).toBeTruthy();
    expect(screen.getByRole('option', { name: '9月' })).toBeTruthy();
  });
});

describe('数据 and 函数 show and accept periods', () => {
  test('the data tab shows each record’s period', () => {
    wrap(<DataView model={make()} />);
    expect(screen.getAllByText(/河口区 · 城市低保标准 · 2021年上半年/).length).toBe(1);
    expect(screen.getAllByText(/· 2020年上半年/).length).toBe(1);
  });

  test('the functions tab offers year + period and writes it as text', () => {
    const m = make();
    wrap(<FunctionsView model={m} />);
    fireEvent.click(screen.getByRole('combobox', { name: '函数' }));
    fireEvent.click(screen.getByRole('option', { name: 'MZ.VALUE — 任一指标数值' }));
    fireEvent.click(screen.getByRole('combobox', { name: '指标' }));
    fireEvent.click(screen.getByRole('option', { name: '社会救助资金(万元)' }));
    expect(screen.getByRole('combobox', { name: '年份/期别' }).textContent).toContain('2021年上半年');
    expect(screen.getByTestId('formula').textContent).toBe('=MZ.VALUE("河口区","社会救助资金","2021上半年")');
    expect(screen.getByText('当前结果:1500 万元')).toBeTruthy();
  });

  test('buildFormula: a bare year as a number, a period as text', () => {
    expect(buildFormula('VALUE', '河口区', '社会救助资金', '2021上半年', '')).toBe('=MZ.VALUE("河口区","社会救助资金","2021上半年")');
    expect(buildFormula('STANDARD', '济南市', '城市低保标准', '2020', '')).toBe('=MZ.STANDARD("济南市","城市低保标准",2020)');
    expect(buildFormula('TABLE', '', '城市低保标准', '2022年1-9月', '')).toBe('=MZ.TABLE("城市低保标准","2022年1-9月")');
  });
});
