// 数据: browse/search the dataset, import a CSV (preview, all-or-nothing), export CSV,
// paste a report's text → extract → review → add.
import React, { useMemo, useState } from 'react';
import {
  Badge,
  Button,
  Checkbox,
  Dropdown,
  Field,
  Input,
  Option,
  Spinner,
  Textarea,
} from '@fluentui/react-components';
import type { DataRecord } from '../../core/types';
import { REASON_ZH, type Candidate } from '../../core/extract/candidates';
import { breakdownChoices, indicatorChoices } from '../../core/extract/adopt';
import type { AppModel, ImportPreview } from './model';
import { ErrorBar, FilePicker, Note, download, readFileBytes, useModel, useStyles } from './ui';

const ALL = '__all__';
const MAX_ROWS = 100;

export function DataView({ model }: { model: AppModel }): React.JSX.Element {
  useModel(model);
  const s = useStyles();
  return (
    <section className={s.view} aria-label="数据">
      <Browse model={model} />
      <ImportCsv model={model} />
      <PasteExtract model={model} />
    </section>
  );
}

function Browse({ model }: { model: AppModel }): React.JSX.Element {
  const s = useStyles();
  const [region, setRegion] = useState(ALL);
  const [year, setYear] = useState(ALL);
  const [q, setQ] = useState('');
  const records = model.engine.records;
  const regions = model.regions();
  const years = useMemo(() => [...new Set(records.map((r) => r.year))].sort((a, b) => b - a), [records]);
  const hits = useMemo(() => {
    const needle = q.trim();
    return records.filter(
      (r) =>
        (region === ALL || r.region === region) &&
        (year === ALL || r.year === Number(year)) &&
        (!needle || r.indicator.includes(needle) || r.indicatorId.includes(needle) || r.breakdown.includes(needle)),
    );
  }, [records, region, year, q]);
  return (
    <div className={s.view} style={{ padding: 0 }}>
      <h3 className={s.h}>浏览数据集</h3>
      <span className={s.small}>
        共 {records.length} 条记录{model.userRecords.length ? `,其中本工作簿自有数据 ${model.userRecords.length} 条` : ''}。
      </span>
      <div className={s.row}>
        <Field label="地区" className={s.grow}>
          <Dropdown
            value={region === ALL ? '全部地区' : region}
            selectedOptions={[region]}
            onOptionSelect={(_, d) => setRegion(d.optionValue ?? ALL)}
          >
            <Option value={ALL}>全部地区</Option>
            {regions.map((r) => (
              <Option key={r} value={r}>
                {r}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label="年份" className={s.grow}>
          <Dropdown
            value={year === ALL ? '全部年份' : `${year}年`}
            selectedOptions={[year]}
            onOptionSelect={(_, d) => setYear(d.optionValue ?? ALL)}
          >
            <Option value={ALL}>全部年份</Option>
            {years.map((y) => (
              <Option key={y} value={String(y)}>{`${y}年`}</Option>
            ))}
          </Dropdown>
        </Field>
      </div>
      <Field label="指标">
        <Input value={q} onChange={(_, d) => setQ(d.value)} placeholder="如:低保、孤儿、床位" />
      </Field>
      <span className={s.small} role="status">
        找到 {hits.length} 条{hits.length > MAX_ROWS ? `,显示前 ${MAX_ROWS} 条` : ''}
      </span>
      <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: 6, maxHeight: 360, overflowY: 'auto' }} aria-label="数据记录">
        {hits.slice(0, MAX_ROWS).map((r, i) => (
          <li key={i} className={s.card}>
            <RecordLine r={r} />
          </li>
        ))}
      </ul>
      <div className={s.row}>
        <Button onClick={() => download('mz-dataset.csv', '\ufeff' + model.exportCsv(), 'text/csv;charset=utf-8')}>导出全部数据 CSV</Button>
        {model.userRecords.length ? (
          <Button onClick={() => download('mz-user-data.csv', '\ufeff' + model.exportCsv(model.userRecords), 'text/csv;charset=utf-8')}>导出自有数据 CSV</Button>
        ) : null}
      </div>
    </div>
  );
}

function RecordLine({ r }: { r: DataRecord }): React.JSX.Element {
  const s = useStyles();
  return (
    <>
      <span>
        {r.region} · {r.indicator}
        {r.breakdown ? `(${r.breakdown})` : ''} · {r.year}年{r.period || '全年'}
      </span>
      <strong>
        {r.qualifier !== 'exact' ? r.qualifier + ' ' : ''}
        {r.value} {r.unit}
        {r.source.startsWith('user:') ? (
          <Badge size="small" appearance="tint" color="brand" style={{ marginLeft: 6 }}>
            自有
          </Badge>
        ) : null}
      </strong>
      {r.quote ? <span className={s.small}>“{r.quote}”</span> : null}
      <span className={s.small}>来源:{r.source}</span>
    </>
  );
}

function ImportCsv({ model }: { model: AppModel }): React.JSX.Element {
  const s = useStyles();
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);

  async function onFile(file: File | undefined) {
    setError(null);
    setDone(null);
    setPreview(null);
    if (!file) return;
    setBusy(true);
    try {
      setPreview(model.previewCsv(file.name, await readFileBytes(file)));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }
  async function merge() {
    if (!preview) return;
    setBusy(true);
    setError(null);
    try {
      const r = await model.importPreview(preview);
      setDone(`已导入 ${r.added} 条记录${r.overridden ? `(其中 ${r.overridden} 条覆盖了内置数据)` : ''},并保存到工作簿。`);
      setPreview(null);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }
  return (
    <div className={s.view} style={{ padding: 0 }}>
      <h3 className={s.h}>导入 CSV</h3>
      <span className={s.small}>列:region, year, indicator(或 indicator_id), value, unit,可选 breakdown, period(期别:全年、上半年、Q3、1-9月、9月…,默认全年;也可在 year 列写 2021上半年), qualifier, source, quote。支持 UTF-8 与 GBK/GB18030 编码。</span>
      <div>
        <FilePicker label="选择 CSV 文件…" accept=".csv,text/csv" testId="csv-input" disabled={busy} onFile={onFile} />
      </div>
      {busy ? <Spinner size="tiny" label="正在处理…" /> : null}
      <ErrorBar error={error} title="导入失败" />
      {done ? <Note intent="success">{done}</Note> : null}
      {preview ? (
        <div className={s.view} style={{ padding: 0 }} data-testid="csv-preview">
          <span>
            {preview.fileName}({preview.encoding}):{preview.records.length} 条有效记录,{preview.problems.length} 处问题
          </span>
          {preview.problems.length ? (
            <Note intent="error" title="发现问题,未导入任何记录">
              <ul style={{ margin: 0, paddingLeft: 16 }}>
                {preview.problems.slice(0, 50).map((p, i) => (
                  <li key={i}>
                    第 {p.line} 行{p.column ? `(${p.column})` : ''}:{p.message}
                  </li>
                ))}
              </ul>
              {preview.problems.length > 50 ? `……另有 ${preview.problems.length - 50} 处` : null}
            </Note>
          ) : null}
          <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: 4, maxHeight: 200, overflowY: 'auto' }}>
            {preview.records.slice(0, 20).map((r, i) => (
              <li key={i} className={s.card}>
                <RecordLine r={r} />
              </li>
            ))}
          </ul>
          <div className={s.row}>
            <Button appearance="primary" disabled={busy || preview.problems.length > 0 || preview.records.length === 0} onClick={merge}>
              合并到数据集
            </Button>
            <Button onClick={() => setPreview(null)}>取消</Button>
          </div>
        </div>
      ) : null}
    </div>
  );
}

interface Review {
  record: DataRecord;
  accept: boolean;
  valueText: string;
  periodText: string;
  /** set when the item came from a candidate the user adopted */
  adopted?: boolean;
}

const MAX_CANDIDATES = 200;

function PasteExtract({ model }: { model: AppModel }): React.JSX.Element {
  const s = useStyles();
  const [text, setText] = useState('');
  const [yearText, setYearText] = useState('');
  const [items, setItems] = useState<Review[] | null>(null);
  const [cands, setCands] = useState<Candidate[]>([]);
  const [ctx, setCtx] = useState<{ region?: string; year?: number }>({});
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function extract() {
    setError(null);
    setDone(null);
    setBusy(true);
    try {
      const y = yearText.trim();
      if (y && !/^(19|20)\d{2}$/.test(y)) throw new Error(`年份“${y}”不是四位年份(如 2024)。`);
      const r = await model.extract(text, undefined, y ? Number(y) : undefined);
      setCtx({ region: r.region, year: r.year });
      setItems(r.records.map((record) => ({ record, accept: true, valueText: String(record.value), periodText: record.period || '全年' })));
      setCands((r.candidates ?? []).filter((c) => c.value !== null));
    } catch (e) {
      setError(e);
      setItems(null);
      setCands([]);
    } finally {
      setBusy(false);
    }
  }
  async function add() {
    if (!items) return;
    setError(null);
    const chosen: DataRecord[] = [];
    const problems: string[] = [];
    for (const it of items) {
      if (!it.accept) continue;
      const r = model.adopt(it.record, {
        indicatorId: it.record.indicatorId,
        breakdown: it.record.breakdown,
        value: it.valueText,
        period: it.periodText,
        region: it.record.region,
        year: it.record.year,
        unit: it.record.unit,
      });
      if (r.ok) chosen.push(r.record);
      else problems.push(`${it.record.indicator}${it.record.breakdown ? `(${it.record.breakdown})` : ''}:${r.message}`);
    }
    if (problems.length) {
      setError(new Error(`有 ${problems.length} 条需要修改:${problems.join(';')}`));
      return;
    }
    if (!chosen.length) {
      setError(new Error('没有选中任何记录。'));
      return;
    }
    setBusy(true);
    try {
      const r = await model.addUserRecords(chosen);
      setDone(`已添加 ${r.added} 条记录并保存到工作簿。`);
      setItems(null);
      setCands([]);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }
  const update = (i: number, patch: Partial<Review>) => setItems((xs) => xs && xs.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  function adoptCandidate(c: Candidate, record: DataRecord) {
    setItems((xs) => [...(xs ?? []), { record, accept: true, valueText: String(record.value), periodText: record.period || '全年', adopted: true }]);
    setCands((cs) => cs.filter((x) => x !== c));
  }
  const where = [ctx.region, ctx.year ? `${ctx.year}年` : ''].filter(Boolean).join(' · ');
  return (
    <div className={s.view} style={{ padding: 0 }}>
      <h3 className={s.h}>从报告文本提取</h3>
      <Field label="粘贴报告文本" hint="工作总结、通知,或从网页复制的统计表(季报、月报)均可">
        <Textarea value={text} onChange={(_, d) => setText(d.value)} rows={5} resize="vertical" />
      </Field>
      <div style={{ display: 'flex', gap: 8, alignItems: 'end' }}>
        <Field label="年份(文本未写年份时填写)" style={{ flex: 1 }}>
          <Input value={yearText} onChange={(_, d) => setYearText(d.value)} placeholder="如 2024" />
        </Field>
        <Button onClick={extract} disabled={!text.trim() || busy}>
          提取
        </Button>
      </div>
      {busy && !items ? <Spinner size="tiny" label="正在提取…" /> : null}
      <ErrorBar error={error} />
      {done ? <Note intent="success">{done}</Note> : null}
      {items ? (
        items.length === 0 && cands.length === 0 ? (
          <Note intent="warning">未从文本中识别出数值。</Note>
        ) : (
          <div className={s.view} style={{ padding: 0 }}>
            <span className={s.small}>
              识别出 {items.filter((i) => !i.adopted).length} 条{where ? `(${where})` : ''}。请逐条核对:取消勾选以拒绝,可修改数值和期别。
            </span>
            <ul aria-label="识别出的记录" style={{ listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: 6, maxHeight: 360, overflowY: 'auto' }}>
              {items.map((it, i) => (
                <li key={i} className={s.card}>
                  <Checkbox
                    checked={it.accept}
                    onChange={(_, d) => update(i, { accept: !!d.checked })}
                    label={`${it.record.region} · ${it.record.indicator}${it.record.breakdown ? `(${it.record.breakdown})` : ''} · ${it.record.year}年`}
                  />
                  {it.adopted ? (
                    <Badge size="small" appearance="tint" color="informative">
                      由待确认数字采用
                    </Badge>
                  ) : null}
                  <div className={s.row}>
                    <Field label={`数值(${it.record.unit})`} className={s.grow}>
                      <Input value={it.valueText} onChange={(_, d) => update(i, { valueText: d.value })} disabled={!it.accept} />
                    </Field>
                    <Field label="期别" className={s.grow}>
                      <Input value={it.periodText} onChange={(_, d) => update(i, { periodText: d.value })} disabled={!it.accept} />
                    </Field>
                  </div>
                  {it.record.quote ? <span className={s.small}>“{it.record.quote}”</span> : null}
                </li>
              ))}
            </ul>
            {cands.length ? <CandidateList model={model} cands={cands} ctx={ctx} onAdopt={adoptCandidate} /> : null}
            <div className={s.row}>
              <Button appearance="primary" onClick={add} disabled={busy || !items.some((i) => i.accept)}>
                添加到数据集
              </Button>
              <Button
                onClick={() => {
                  setItems(null);
                  setCands([]);
                }}
              >
                放弃
              </Button>
            </div>
          </div>
        )
      ) : null}
    </div>
  );
}

/** Numbers that did not become records, with the reason; each may be adopted as a record the user specifies. */
function CandidateList(props: {
  model: AppModel;
  cands: Candidate[];
  ctx: { region?: string; year?: number };
  onAdopt: (c: Candidate, r: DataRecord) => void;
}): React.JSX.Element {
  const s = useStyles();
  const [open, setOpen] = useState<Candidate | null>(null);
  const shown = props.cands.slice(0, MAX_CANDIDATES);
  return (
    <div className={s.view} style={{ padding: 0 }}>
      <h4 className={s.h} style={{ fontSize: 14 }}>
        待确认的数字({props.cands.length})
      </h4>
      <span className={s.small}>
        这些数字没有自动成为记录(原因见每条)。确属某指标的本期总数时,点“采用…”指定指标;否则不必理会,不会被添加。
        {props.cands.length > MAX_CANDIDATES ? `只显示前 ${MAX_CANDIDATES} 条。` : ''}
      </span>
      <ul aria-label="待确认的数字" style={{ listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: 6, maxHeight: 360, overflowY: 'auto' }}>
        {shown.map((c, i) => (
          <li key={`${c.valueOffset}-${i}`} className={s.card}>
            <span>
              <strong>{c.raw}</strong> <Badge appearance="outline" color="warning">{REASON_ZH[c.reason] ?? c.reason}</Badge>
            </span>
            {c.message && c.message !== REASON_ZH[c.reason] ? <span className={s.small}>{c.message}</span> : null}
            {c.quote ? <span className={s.small}>“{c.quote}”</span> : null}
            {open === c ? (
              <AdoptForm model={props.model} c={c} ctx={props.ctx} onCancel={() => setOpen(null)} onDone={(r) => (setOpen(null), props.onAdopt(c, r))} />
            ) : (
              <div>
                <Button size="small" onClick={() => setOpen(c)}>
                  采用…
                </Button>
              </div>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

function AdoptForm(props: {
  model: AppModel;
  c: Candidate;
  ctx: { region?: string; year?: number };
  onCancel: () => void;
  onDone: (r: DataRecord) => void;
}): React.JSX.Element {
  const { model, c, ctx } = props;
  const s = useStyles();
  const cat = model.engine.catalogue;
  const choices = useMemo(() => indicatorChoices(cat, c.unit), [cat, c.unit]);
  const [ind, setInd] = useState(choices.some((x) => x.id === c.indicatorId) ? c.indicatorId : '');
  const [bd, setBd] = useState('');
  const [value, setValue] = useState(String(c.value ?? ''));
  const [unit, setUnit] = useState(c.unit);
  const [period, setPeriod] = useState(c.period || '全年');
  const [region, setRegion] = useState(c.region || ctx.region || '');
  const [year, setYear] = useState(String(c.year || ctx.year || ''));
  const [msg, setMsg] = useState('');
  const bds = breakdownChoices(cat, ind);
  const name = choices.find((x) => x.id === ind)?.name ?? '';
  function ok() {
    const r = model.adopt(c, { indicatorId: ind, breakdown: bd, value, period, region, year, unit });
    if (r.ok) props.onDone(r.record);
    else setMsg(r.message);
  }
  return (
    <div className={s.view} style={{ padding: 0 }} role="group" aria-label="采用为记录">
      <div className={s.row}>
        <Field label="指标" className={s.grow}>
          <Dropdown
            placeholder="选择指标"
            value={name}
            selectedOptions={ind ? [ind] : []}
            onOptionSelect={(_, d) => {
              setInd(d.optionValue ?? '');
              setBd('');
            }}
          >
            {choices.map((x) => (
              <Option key={x.id} value={x.id}>
                {x.name}
              </Option>
            ))}
          </Dropdown>
        </Field>
        {bds.length ? (
          <Field label="分类" className={s.grow}>
            <Dropdown value={bd || '合计(不分类)'} selectedOptions={[bd]} onOptionSelect={(_, d) => setBd(d.optionValue ?? '')}>
              <Option value="">合计(不分类)</Option>
              {bds.map((b) => (
                <Option key={b} value={b}>
                  {b}
                </Option>
              ))}
            </Dropdown>
          </Field>
        ) : null}
      </div>
      <div className={s.row}>
        <Field label="数值" className={s.grow}>
          <Input value={value} onChange={(_, d) => setValue(d.value)} />
        </Field>
        <Field label="单位" className={s.grow}>
          <Input value={unit} onChange={(_, d) => setUnit(d.value)} />
        </Field>
      </div>
      <div className={s.row}>
        <Field label="地区" className={s.grow}>
          <Input value={region} onChange={(_, d) => setRegion(d.value)} />
        </Field>
        <Field label="年份" className={s.grow}>
          <Input value={year} onChange={(_, d) => setYear(d.value)} />
        </Field>
        <Field label="期别" className={s.grow}>
          <Input value={period} onChange={(_, d) => setPeriod(d.value)} />
        </Field>
      </div>
      {msg ? <Note intent="error">{msg}</Note> : null}
      <div className={s.row}>
        <Button size="small" appearance="primary" onClick={ok}>
          加入待添加
        </Button>
        <Button size="small" onClick={props.onCancel}>
          取消
        </Button>
      </div>
    </div>
  );
}
