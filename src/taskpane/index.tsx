// Entry of the task pane and of the standalone page (the same taskpane.html).
import React from 'react';
import { createRoot } from 'react-dom/client';
import datasetCsv from '../../data/dataset.csv';
import { App, StandaloneIo, StandaloneBook } from './app/App';
import { AppModel } from './app/model';
import { createCore } from './app/core';
import { detectHost } from './app/host';
import { excelHooks, registerFunctions } from './app/excelHost';

declare global {
  interface Window {
    /** ms from navigation start to the first render of the app (read by bench/ui.bench.js) */
    __mzFirstRender?: number;
    __mzModel?: AppModel;
  }
}

/** exceljs is loaded on demand (its own chunk), so the Office path never downloads it. */
const standaloneIo: StandaloneIo = {
  async open(bytes) {
    const { XlsxWorkbook } = await import(/* webpackChunkName: "xlsx" */ '../adapters/xlsx');
    return (await XlsxWorkbook.load(bytes, '上传的工作簿')) as unknown as StandaloneBook;
  },
  async create() {
    const { XlsxWorkbook } = await import(/* webpackChunkName: "xlsx" */ '../adapters/xlsx');
    return XlsxWorkbook.create() as unknown as StandaloneBook;
  },
};

async function boot(el: HTMLElement): Promise<void> {
  const root = createRoot(el);
  const host = await detectHost(window);
  // shared runtime: this page also hosts the workbook's custom functions
  const fns = await registerFunctions(window).catch((e) => {
    console.error('MZ: 自定义函数注册失败', e);
    return null;
  });
  const core = createCore();
  let model: AppModel;
  if (host === 'excel') {
    const { ExcelWorkbook } = await import(/* webpackMode: "eager" */ '../adapters/excel');
    const adapter = new ExcelWorkbook(undefined, { pageLayout: Office.context.requirements.isSetSupported('ExcelApi', '1.9') });
    model = new AppModel({
      host,
      core,
      bundledCsv: datasetCsv,
      adapter,
      ...excelHooks(Excel.run, fns),
      insertFormula: (f) => adapter.insertFormulaAtSelection(f),
    });
    model.loadUserData().catch(() => undefined);
  } else {
    model = new AppModel({ host, core, bundledCsv: datasetCsv });
  }
  window.__mzModel = model;
  root.render(<App model={model} io={host === 'standalone' ? standaloneIo : undefined} />);
  requestAnimationFrame(() => {
    window.__mzFirstRender = performance.now();
  });
}

const el = typeof document !== 'undefined' ? document.getElementById('root') : null;
if (el) void boot(el);
