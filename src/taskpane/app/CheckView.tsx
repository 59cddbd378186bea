// 校验: run the rules, findings by severity and sheet, select/mark cells, accept warnings, report.
import React, { useState } from 'react';
import { useAction } from './useAction';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Field,
  Spinner,
  Textarea,
} from '@fluentui/react-components';
import type { AppModel, CheckResult, Finding } from './model';
import { GridPreview } from './GridPreview';
import { ErrorBar, Note, useModel, useStyles } from './ui';

const SEVERITY = { error: '错误(强制性)', warning: '提示(核实性)' } as const;

export function CheckView({ model }: { model: AppModel }): React.JSX.Element {
  useModel(model);
  const s = useStyles();
  const [info, setInfo] = useState<string | null>(null);
  const { busy, error, act } = useAction(() => setInfo(null));
  const result = model.lastCheck;

  return (
    <section className={s.view} aria-label="校验">
      {!model.adapter ? <Note title="尚未打开工作簿">请先上传 .xlsx 工作簿,或新建后填表。</Note> : null}
      <div className={s.row}>
        <Button appearance="primary" disabled={!model.adapter || !!busy} onClick={() => act('正在校验…', () => model.check())}>
          {result ? '重新校验' : '校验'}
        </Button>
        {result ? (
          <>
            <Button
              disabled={!!busy}
              onClick={() =>
                act('正在标记…', async () => {
                  const n = await model.markFindings(result.findings);
                  setInfo(`已标记 ${n} 个单元格。`);
                })
              }
            >
              标记问题单元格
            </Button>
            <Button disabled={!!busy || model.marks.length === 0} onClick={() => act('正在清除标记…', () => model.clearMarks())}>
              清除标记
            </Button>
            <Button
              disabled={!!busy}
              onClick={() =>
                act('正在生成校验报告…', async () => {
                  const name = await model.writeReport();
                  setInfo(`已生成“${name}”工作表。`);
                })
              }
            >
              生成校验报告
            </Button>
          </>
        ) : null}
      </div>
      {busy ? <Spinner size="tiny" label={busy} /> : null}
      <ErrorBar error={error} title="操作失败" />
      {info ? <Note intent="success">{info}</Note> : null}
      {result ? <CheckResults model={model} result={result} /> : !busy && model.adapter ? <span className={s.small}>尚未校验。点击“校验”检查工作簿中的全部表格。</span> : null}
    </section>
  );
}

export function CheckResults({ model, result }: { model: AppModel; result: CheckResult }): React.JSX.Element {
  const s = useStyles();
  const errors = result.findings.filter((f) => f.severity === 'error');
  const warnings = result.findings.filter((f) => f.severity === 'warning');
  const open = warnings.filter((f) => !f.accepted).length;
  const passed = result.passed.reduce((a, p) => a + p.count, 0);
  return (
    <div className={s.view} style={{ padding: 0 }} aria-live="polite">
      <div className={s.row} role="status">
        <Badge color="danger" appearance={errors.length ? 'filled' : 'outline'}>错误 {errors.length}</Badge>
        <Badge color="warning" appearance={open ? 'filled' : 'outline'}>提示 {warnings.length}</Badge>
        <Badge color="success" appearance="outline">通过 {passed}</Badge>
        <Badge color="informative" appearance="outline">跳过 {result.skipped.length}</Badge>
      </div>
      {result.noBindings ? (
        <Note intent="warning" title="此工作簿不是由 MZ 填写的">
          未找到单元格与指标的对应关系,只运行了不需要对应关系的规则。
        </Note>
      ) : null}
      {result.findings.length === 0 ? <Note intent="success" title="未发现问题">全部规则通过(或因缺少数据而跳过)。</Note> : null}
      {model.host === 'standalone' && model.selection ? <GridPreview model={model} /> : null}
      {(['error', 'warning'] as const).map((sev) => {
        const list = sev === 'error' ? errors : warnings;
        if (!list.length) return null;
        const bySheet = new Map<string, Finding[]>();
        for (const f of list) {
          const k = f.cells[0]?.sheet ?? '(无工作表)';
          bySheet.set(k, [...(bySheet.get(k) ?? []), f]);
        }
        return (
          <div key={sev}>
            <h3 className={s.h}>
              {SEVERITY[sev]} · {list.length}
            </h3>
            <Accordion multiple collapsible defaultOpenItems={[...bySheet.keys()]}>
              {[...bySheet].map(([sheet, fs]) => (
                <AccordionItem key={sheet} value={sheet}>
                  <AccordionHeader size="small">
                    {sheet}({fs.length})
                  </AccordionHeader>
                  <AccordionPanel>
                    <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: 6 }}>
                      {fs.map((f, i) => (
                        <li key={i}>
                          <FindingCard model={model} finding={f} />
                        </li>
                      ))}
                    </ul>
                  </AccordionPanel>
                </AccordionItem>
              ))}
            </Accordion>
          </div>
        );
      })}
      {result.skipped.length ? (
        <Accordion collapsible>
          <AccordionItem value="skipped">
            <AccordionHeader size="small">跳过的规则({result.skipped.length})</AccordionHeader>
            <AccordionPanel>
              <ul className={s.small} style={{ margin: 0, paddingLeft: 16 }}>
                {result.skipped.map((k) => (
                  <li key={k.ruleId}>
                    {k.ruleName}:{k.reason}({k.count} 处)
                  </li>
                ))}
              </ul>
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      ) : null}
    </div>
  );
}

function FindingCard({ model, finding: f }: { model: AppModel; finding: Finding }): React.JSX.Element {
  const s = useStyles();
  const [note, setNote] = useState('');
  const [accepting, setAccepting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const first = f.cells[0];
  const where = first ? `${first.sheet}!${first.address}` : '';
  const selected = model.selection && first && model.selection.sheet === first.sheet && model.selection.address === first.address;
  return (
    <div className={s.card} style={selected ? { outline: '2px solid #0f6cbd' } : undefined}>
      <button
        type="button"
        onClick={() => first && model.select(first.sheet, first.address).catch(setError)}
        aria-label={`定位到 ${where}:${f.message}`}
        style={{ all: 'unset', cursor: 'pointer', display: 'flex', flexDirection: 'column', gap: 4 }}
        className="mz-finding"
      >
        <span>
          <Badge size="small" color={f.severity === 'error' ? 'danger' : 'warning'}>
            {f.ruleName}
          </Badge>{' '}
          <strong>{where}</strong>
        </span>
        <span>{f.message}</span>
        {f.expected !== undefined || f.actual !== undefined ? (
          <span className={s.small}>
            {f.expected !== undefined ? `应为 ${f.expected}` : ''}
            {f.expected !== undefined && f.actual !== undefined ? ',' : ''}
            {f.actual !== undefined ? `实为 ${f.actual}` : ''}
          </span>
        ) : null}
        {f.cells.length ? (
          <span className={s.small}>
            运算项:
            {f.cells
              .map((c) => `${c.label ?? c.address} = ${c.value ?? '(空)'}${c.unit ? ' ' + c.unit : ''} [${c.sheet}!${c.address}]`)
              .join(';')}
          </span>
        ) : null}
      </button>
      {f.accepted ? (
        <Badge color="success" appearance="tint" style={{ whiteSpace: 'normal', height: 'auto' }}>
          已接受:{f.accepted.note}
        </Badge>
      ) : f.severity === 'warning' ? (
        accepting ? (
          <div className={s.view} style={{ padding: 0, gap: 6 }}>
            <Field label="说明(将保存在工作簿中)" required>
              <Textarea value={note} onChange={(_, d) => setNote(d.value)} resize="vertical" />
            </Field>
            <div className={s.row}>
              <Button
                size="small"
                appearance="primary"
                disabled={!note.trim()}
                onClick={() =>
                  model.accept(f, note).then(
                    () => setAccepting(false),
                    (e) => setError(e),
                  )
                }
              >
                确认接受
              </Button>
              <Button size="small" onClick={() => setAccepting(false)}>
                取消
              </Button>
            </div>
          </div>
        ) : (
          <div>
            <Button size="small" onClick={() => setAccepting(true)}>
              接受并填写说明
            </Button>
          </div>
        )
      ) : null}
      <ErrorBar error={error} />
    </div>
  );
}

export { Spinner };
