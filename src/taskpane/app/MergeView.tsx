// 汇总下级报表: choose the lower-level workbooks, aggregate them into the upper region's tables.
import React, { useRef, useState } from 'react';
import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  Spinner,
} from '@fluentui/react-components';
import { SheetExistsError } from '../../core/workbook';
import type { AppModel, FillMode } from './model';
import { ErrorBar, Note, readFileBytes, useModel, useStyles, visuallyHidden } from './ui';

type Result = Awaited<ReturnType<AppModel['merge']>>;

export function MergeView({ model }: { model: AppModel }): React.JSX.Element {
  useModel(model);
  const s = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [files, setFiles] = useState<File[]>([]);
  const [target, setTarget] = useState('');
  const [partial, setPartial] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<Result | null>(null);
  const [ask, setAsk] = useState<string[] | null>(null);

  async function run(mode: FillMode) {
    setAsk(null);
    setError(null);
    setDone(null);
    setBusy(true);
    try {
      const books = await Promise.all(files.map(async (f) => ({ file: f.name, bytes: await readFileBytes(f) })));
      setDone(await model.merge(books, target, partial, mode));
    } catch (e) {
      if (e instanceof SheetExistsError) setAsk(e.sheets);
      else setError(e);
    } finally {
      setBusy(false);
    }
  }
  return (
    <section className={s.view} aria-label="汇总下级报表">
      <h3 className={s.h}>汇总下级报表</h3>
      <span className={s.small}>
        选择各下级用 MZ 填写的工作簿,按指标性质汇总为上级报表:人数、金额等求和,平均标准按人数加权,比率重算,政策标准各下级相同时照录。汇总结果写入当前工作簿,并附“汇总来源”工作表。
      </span>
      <div className={s.row}>
        <Button onClick={() => input.current?.click()} disabled={busy}>
          选择下级报表…
        </Button>
        <input
          ref={input}
          type="file"
          multiple
          accept=".xlsx"
          data-testid="merge-input"
          aria-label="选择下级报表"
          tabIndex={-1}
          style={visuallyHidden}
          onChange={(e) => {
            setFiles([...(e.target.files ?? [])]);
            e.target.value = '';
          }}
        />
        <span className={s.small}>{files.length ? `已选 ${files.length} 个:${files.map((f) => f.name).join('、')}` : '未选择文件'}</span>
      </div>
      <Field label="上级地区(汇总到)" hint="如:济南市;各文件须为其直接下级">
        <Input value={target} onChange={(_, d) => setTarget(d.value)} />
      </Field>
      <Checkbox checked={partial} onChange={(_, d) => setPartial(!!d.checked)} label="有下级未报送时仍按已收到的求和(部分汇总)" />
      <div>
        <Button appearance="primary" disabled={busy || !files.length || !target.trim() || !model.adapter} onClick={() => run('fail-if-exists')}>
          汇总
        </Button>
      </div>
      {busy ? <Spinner size="tiny" label="正在汇总…" /> : null}
      <ErrorBar error={error} title="未汇总" />
      {done ? (
        <Note intent="success" title="汇总完成">
          已汇总 {done.children.length} 个下级({done.children.join('、')}):汇总数 {done.aggregated} 项,留空 {done.blank.length} 项。
          {done.notes.map((n, i) => (
            <div key={i}>{n}</div>
          ))}
          {done.blank.length ? (
            <ul style={{ margin: '4px 0 0', paddingLeft: 16 }}>
              {done.blank.slice(0, 20).map((b, i) => (
                <li key={i}>
                  {b.label}:{b.reason}
                </li>
              ))}
            </ul>
          ) : null}
        </Note>
      ) : null}
      <Dialog open={!!ask} onOpenChange={(_, d) => !d.open && setAsk(null)}>
        <DialogSurface aria-describedby="mz-merge-exists">
          <DialogBody>
            <DialogTitle>工作表已存在</DialogTitle>
            <DialogContent id="mz-merge-exists">工作簿中已有:{ask?.join('、')}。替换这些工作表,还是另存为新的工作表(名称加序号)?</DialogContent>
            <DialogActions fluid>
              <Button appearance="primary" onClick={() => run('beside')}>
                另存为新工作表
              </Button>
              <Button onClick={() => run('replace')}>替换</Button>
              <Button onClick={() => setAsk(null)}>取消</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
