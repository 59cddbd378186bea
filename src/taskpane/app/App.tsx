// The task pane / standalone page: four tabs over one AppModel.
import React, { useState } from 'react';
import { useAction } from './useAction';
import { Button, FluentProvider, Spinner, Tab, TabList, webLightTheme } from '@fluentui/react-components';
import type { WorkbookAdapter } from '../../core/workbook';
import type { AppModel } from './model';
import { FillView } from './FillView';
import { MergeView } from './MergeView';
import { CheckView } from './CheckView';
import { DataView } from './DataView';
import { FunctionsView } from './FunctionsView';
import { ErrorBar, FilePicker, download, readFileBytes, useModel, useStyles } from './ui';

/** A workbook the standalone page edits in memory (XlsxWorkbook). */
export interface StandaloneBook extends WorkbookAdapter {
  toBuffer(): Promise<ArrayBuffer | Uint8Array>;
}

export interface StandaloneIo {
  open(bytes: Uint8Array): Promise<StandaloneBook>;
  create(): Promise<StandaloneBook>;
}

type TabId = 'fill' | 'check' | 'data' | 'functions';

export function App({ model, io, initialTab = 'fill' }: { model: AppModel; io?: StandaloneIo; initialTab?: TabId }): React.JSX.Element {
  const [tab, setTab] = useState<TabId>(initialTab);
  return (
    <FluentProvider theme={webLightTheme} style={{ minHeight: '100vh' }} lang="zh-CN">
      <main style={{ maxWidth: 760, margin: '0 auto', padding: '8px 10px', boxSizing: 'border-box' }}>
        <header style={{ display: 'flex', alignItems: 'baseline', gap: 8, flexWrap: 'wrap' }}>
          <h1 style={{ fontSize: 18, margin: '4px 0' }}>MZ 民政统计</h1>
          <span style={{ fontSize: 12, color: '#605E5C' }}>{model.host === 'excel' ? 'Excel 加载项' : '独立页面(无需 Excel)'}</span>
        </header>
        {model.host === 'standalone' && io ? <StandaloneBar model={model} io={io} /> : null}
        <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabId)} aria-label="功能" size="small">
          <Tab value="fill">填表</Tab>
          <Tab value="check">校验</Tab>
          <Tab value="data">数据</Tab>
          <Tab value="functions">函数</Tab>
        </TabList>
        <div role="tabpanel" aria-label={{ fill: '填表', check: '校验', data: '数据', functions: '函数' }[tab]}>
          {tab === 'fill' ? <FillView model={model} /> : null}
          {tab === 'fill' ? <MergeView model={model} /> : null}
          {tab === 'check' ? <CheckView model={model} /> : null}
          {tab === 'data' ? <DataView model={model} /> : null}
          {tab === 'functions' ? <FunctionsView model={model} /> : null}
        </div>
      </main>
    </FluentProvider>
  );
}

export function StandaloneBar({ model, io }: { model: AppModel; io: StandaloneIo }): React.JSX.Element {
  useModel(model);
  const s = useStyles();
  const { busy, error, act } = useAction();
  const book = model.adapter as StandaloneBook | null;

  const outName = () => {
    const base = (model.workbookName || 'MZ民政统计').replace(/\.xlsx$/i, '');
    return base.endsWith('-MZ') ? base + '.xlsx' : base + '-MZ.xlsx';
  };
  return (
    <div className={s.card} style={{ margin: '6px 0' }} aria-label="工作簿">
      <div className={s.row} style={{ alignItems: 'center' }}>
        <FilePicker
          label="上传工作簿(.xlsx)"
          size="small"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          testId="xlsx-input"
          disabled={!!busy}
          onFile={(f) =>
            void act('正在读取工作簿…', async () => {
              const b = await io.open(await readFileBytes(f));
              await model.setWorkbook(b, f.name);
            })
          }
        />
        <Button size="small" onClick={() => act('正在新建…', async () => model.setWorkbook(await io.create(), '新工作簿.xlsx'))}>
          新建工作簿
        </Button>
        <Button
          size="small"
          appearance="primary"
          disabled={!book || !!busy}
          onClick={() =>
            act('正在生成文件…', async () => {
              const buf = await book!.toBuffer();
              download(outName(), buf as BlobPart, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
            })
          }
        >
          下载工作簿
        </Button>
      </div>
      <span className={s.small} role="status">
        {book ? `当前工作簿:${model.workbookName}` : '上传 .xlsx 工作簿(或新建),在浏览器中填表、校验,然后下载。文件不会离开本机。'}
      </span>
      {busy ? <Spinner size="tiny" label={busy} /> : null}
      <ErrorBar error={error} />
    </div>
  );
}

