// 填表: choose tables, regions, year and 期别; fill; ask before replacing; summary.
import React, { useEffect, useMemo, useState } from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Checkbox,
  Combobox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Dropdown,
  Field,
  Option,
  ProgressBar,
} from '@fluentui/react-components';
import { SheetExistsError } from '../../core/workbook';
import { parsePeriodLabel, periodText } from '../../core/period';
import type { AppModel, FillMode, FillResult, FormRequest } from './model';
import { ErrorBar, Note, useModel, useStyles } from './ui';

/** The 期别 choices of the fill (canonical label, text shown). */
export const PERIOD_CHOICES: { label: string; text: string }[] = [
  { label: '全年', text: '全年' },
  { label: '上半年', text: '上半年(1-6月)' },
  { label: '下半年', text: '下半年(7-12月)' },
  { label: '1-9月', text: '前三季度(1-9月)' },
  { label: 'Q1', text: '一季度(1-3月)' },
  { label: 'Q2', text: '二季度(4-6月)' },
  { label: 'Q3', text: '三季度(7-9月)' },
  { label: 'Q4', text: '四季度(10-12月)' },
  ...Array.from({ length: 12 }, (_, i) => ({ label: `${i + 1}月`, text: `${i + 1}月` })),
];

/** What the fill writes: MZ's reference tables or an official form. */
type Target = 'tables' | 'quarterly' | 'monthly';
const TARGETS: { id: Target; text: string }[] = [
  { id: 'tables', text: '参照表(专题表)' },
  { id: 'quarterly', text: '民政统计季报表' },
  { id: 'monthly', text: '民政统计月报表' },
];
const AUTO = '';

function choiceText(label: string): string {
  return PERIOD_CHOICES.find((c) => c.label === label)?.text ?? label;
}

export function FillView({ model }: { model: AppModel }): React.JSX.Element {
  useModel(model);
  const s = useStyles();
  const tables = useMemo(() => model.core.tables(), [model]);
  const regions = model.regions();
  const [picked, setPicked] = useState<Set<string>>(() => new Set(tables.map((t) => t.id)));
  const [sel, setSel] = useState<string[]>(() => (regions.length ? [regions[0]] : []));
  const years = model.years(sel);
  const [yearState, setYear] = useState<number | null>(null);
  const year = yearState !== null && years.includes(yearState) ? yearState : years[0] ?? null;
  // 期别: the fixed choices plus any other period the data has; default 全年, or the period with the most
  // figures when the year has no full-year figure (e.g. a 上半年 report)
  const present = year !== null ? model.periods(sel, year) : [];
  const choices = [...PERIOD_CHOICES, ...present.filter((p) => !PERIOD_CHOICES.some((c) => c.label === p.label)).map((p) => ({ label: p.label, text: p.label }))];
  const [periodState, setPeriod] = useState<string | null>(null);
  const fallback = present.some((p) => p.label === '全年') || !present.length ? '全年' : present.reduce((a, b) => (b.count > a.count ? b : a)).label;
  const period = periodState !== null && choices.some((c) => c.label === periodState) ? periodState : fallback;
  const counts = new Map(present.map((p) => [p.label, p.count]));
  const [busy, setBusy] = useState<{ fraction: number; label: string } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [result, setResult] = useState<FillResult | null>(null);
  const [ask, setAsk] = useState<string[] | null>(null);
  const [query, setQuery] = useState('');

  const [target, setTarget] = useState<Target>('tables');
  const [version, setVersion] = useState<string>(AUTO);
  const [prevSheet, setPrevSheet] = useState<string>(AUTO);
  const [sheetNames, setSheetNames] = useState<string[]>([]);
  const isForm = target !== 'tables';
  const versions = isForm && model.core.formVersions ? model.core.formVersions(target) : [];
  useEffect(() => {
    let live = true;
    if (isForm && model.adapter) {
      model.adapter.sheetNames().then(
        (n) => live && setSheetNames(n.filter((x) => !x.startsWith('_MZ'))),
        () => live && setSheetNames([]),
      );
    }
    return () => {
      live = false;
    };
  }, [isForm, model, model.adapter]);

  const chosen = tables.filter((t) => picked.has(t.id));
  const canFill = !!model.adapter && (isForm || chosen.length > 0) && sel.length > 0 && year !== null && !busy;

  async function run(mode: FillMode) {
    setAsk(null);
    setError(null);
    setResult(null);
    setBusy({ fraction: 0, label: '准备中…' });
    try {
      const form: FormRequest | undefined = isForm
        ? { kind: target, ...(version ? { version } : {}), ...(prevSheet ? { previousSheet: prevSheet } : {}) }
        : undefined;
      const req = { tables: isForm ? [] : chosen.map((t) => t.id), regions: sel, year: year!, period, ...(form ? { form } : {}) };
      const r = await model.fill(req, mode, (fraction, label) =>
        setBusy({ fraction, label }),
      );
      setResult(r);
    } catch (e) {
      if (e instanceof SheetExistsError) setAsk(e.sheets);
      else setError(e);
    } finally {
      setBusy(null);
    }
  }

  const toggle = (id: string, on: boolean) => {
    const next = new Set(picked);
    if (on) next.add(id);
    else next.delete(id);
    setPicked(next);
  };
  const filteredRegions = query ? regions.filter((r) => r.includes(query)) : regions;

  return (
    <section className={s.view} aria-label="填表">
      {!model.adapter ? <Note title="尚未打开工作簿">请先在上方上传 .xlsx 工作簿,或新建空白工作簿。</Note> : null}
      <Field label="填写" hint={isForm ? '正式报表:每个地区一张工作表,按报告年份选用报表版本;累计项取年初至报告期末' : 'MZ 整理的专题参照表'}>
        <Dropdown
          value={TARGETS.find((t) => t.id === target)!.text}
          selectedOptions={[target]}
          onOptionSelect={(_, d) => {
            setTarget((d.optionValue as Target) ?? 'tables');
            setVersion(AUTO);
          }}
        >
          {TARGETS.map((t) => (
            <Option key={t.id} value={t.id}>
              {t.text}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {isForm ? (
        <>
          <Field label="报表版本">
            <Dropdown
              value={version ? version : '按报告年份'}
              selectedOptions={[version]}
              onOptionSelect={(_, d) => setVersion(d.optionValue ?? AUTO)}
            >
              <Option value={AUTO}>按报告年份</Option>
              {versions.map((v) => (
                <Option key={v.id} value={v.id} text={v.id}>{`${v.id}(适用 ${v.years})`}</Option>
              ))}
            </Dropdown>
          </Field>
          <Field label="上期报表(可选)" hint="本工作簿中保存上期报送的工作表:上季度/上期栏按代码或指标名称从中取数">
            <Dropdown
              value={prevSheet ? prevSheet : '不使用(取数据集中的上期数)'}
              selectedOptions={[prevSheet]}
              onOptionSelect={(_, d) => setPrevSheet(d.optionValue ?? AUTO)}
            >
              <Option value={AUTO}>不使用(取数据集中的上期数)</Option>
              {sheetNames.map((n) => (
                <Option key={n} value={n}>
                  {n}
                </Option>
              ))}
            </Dropdown>
          </Field>
        </>
      ) : null}
      <fieldset style={{ border: 'none', padding: 0, margin: 0, display: isForm ? 'none' : undefined }}>
        <legend className={s.h}>选择表格</legend>
        <div className={s.row}>
          <Button size="small" onClick={() => setPicked(new Set(tables.map((t) => t.id)))}>全选</Button>
          <Button size="small" onClick={() => setPicked(new Set())}>全不选</Button>
        </div>
        <div className={s.list} role="group" aria-label="表格列表">
          {tables.map((t) => (
            <Checkbox
              key={t.id}
              label={t.name}
              checked={picked.has(t.id)}
              onChange={(_, d) => toggle(t.id, !!d.checked)}
            />
          ))}
          {tables.length === 0 ? <span className={s.small}>没有可用的表格模板。</span> : null}
        </div>
      </fieldset>
      <Field label="地区(可多选)" hint={sel.length ? `已选:${sel.join('、')}` : '数据集中有数据的地区'}>
        <Combobox
          multiselect
          placeholder="输入以筛选地区"
          selectedOptions={sel}
          value={query}
          onChange={(e) => setQuery((e.target as HTMLInputElement).value)}
          onOptionSelect={(_, d) => {
            setSel(d.selectedOptions);
            setQuery('');
          }}
        >
          {filteredRegions.map((r) => (
            <Option key={r} value={r}>
              {r}
            </Option>
          ))}
        </Combobox>
      </Field>
      <Field label="年份">
        <Dropdown
          value={year !== null ? `${year}年` : ''}
          placeholder={years.length ? '选择年份' : '所选地区没有数据'}
          selectedOptions={year !== null ? [String(year)] : []}
          onOptionSelect={(_, d) => setYear(Number(d.optionValue))}
        >
          {years.map((y) => (
            <Option key={y} value={String(y)}>{`${y}年`}</Option>
          ))}
        </Dropdown>
      </Field>
      <Field
        label="期别"
        hint={
          year !== null
            ? `报告期:${periodText(year, parsePeriodLabel(period))}` +
              (present.length ? `;数据集中该年的期别:${present.map((p) => `${p.label} ${p.count} 项`).join('、')}` : '')
            : undefined
        }
      >
        <Dropdown value={choiceText(period)} selectedOptions={[period]} onOptionSelect={(_, d) => setPeriod(d.optionValue ?? '全年')}>
          {choices.map((c) => (
            <Option key={c.label} value={c.label} text={c.text}>
              {counts.has(c.label) ? `${c.text}(有 ${counts.get(c.label)} 项数据)` : c.text}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Button appearance="primary" disabled={!canFill} onClick={() => run('fail-if-exists')}>
        填表
      </Button>
      {busy ? (
        <Field validationMessage={busy.label} validationState="none">
          <ProgressBar value={busy.fraction} aria-label="填表进度" />
        </Field>
      ) : null}
      <ErrorBar error={error} title="填表失败" />
      {result ? <FillSummary result={result} /> : null}
      <Dialog open={!!ask} onOpenChange={(_, d) => !d.open && setAsk(null)}>
        <DialogSurface aria-describedby="mz-exists-desc">
          <DialogBody>
            <DialogTitle>工作表已存在</DialogTitle>
            <DialogContent id="mz-exists-desc">
              工作簿中已有同名工作表:{ask?.join('、')}。替换将清除这些工作表的现有内容;也可以写在旁边(新工作表名加序号),原表保持不变。
            </DialogContent>
            <DialogActions fluid>
              <Button appearance="primary" onClick={() => run('replace')}>替换</Button>
              <Button onClick={() => run('beside')}>写在旁边</Button>
              <Button onClick={() => setAsk(null)}>取消</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}

export function FillSummary({ result }: { result: FillResult }): React.JSX.Element {
  const s = useStyles();
  return (
    <div className={s.view} style={{ padding: 0 }} aria-live="polite">
      <Note intent="success" title="填表完成">
        已写入 {result.sheets.length} 张表({result.sheets.join('、')}),共 {result.filledCells} 个数值。
        {result.replaced.length ? ` 已替换:${result.replaced.join('、')}。` : ''}
      </Note>
      {result.missing.length ? (
        <Accordion collapsible defaultOpenItems={result.missing.length <= 8 ? ['missing'] : []}>
          <AccordionItem value="missing">
            <AccordionHeader>数据集缺少 {result.missing.length} 项(单元格留空,未填 0)</AccordionHeader>
            <AccordionPanel>
              <ul className={s.small} style={{ margin: 0, paddingLeft: 16 }}>
                {result.missing.map((m, i) => (
                  <li key={i}>
                    {m.sheet} · {m.label}
                    {m.region ? ` · ${m.region}` : ''}
                    {m.cell ? `(${m.cell})` : ''}
                    {m.reason ? `:${m.reason}` : ''}
                  </li>
                ))}
              </ul>
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      ) : (
        <span className={s.small}>所选表格的数值在数据集中齐全。</span>
      )}
      {result.notes.length ? (
        <ul className={s.small} style={{ margin: 0, paddingLeft: 16 }}>
          {result.notes.map((n, i) => (
            <li key={i}>{n}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
