// 函数: build an MZ formula from lists and insert it into the selected cell (Excel) or copy it.
import React, { useMemo, useState } from 'react';
import { Button, Dropdown, Field, Option } from '@fluentui/react-components';
import type { AppModel } from './model';
import { comparePeriods, parsePeriodLabel, yearPeriodArg } from '../../core/period';
import { ErrorBar, Note, useModel, useStyles } from './ui';

type Fn = 'STANDARD' | 'VALUE' | 'SOURCE' | 'UNIT' | 'SERIES' | 'TABLE';
const FNS: { id: Fn; label: string }[] = [
  { id: 'STANDARD', label: 'MZ.STANDARD — 标准' },
  { id: 'VALUE', label: 'MZ.VALUE — 任一指标数值' },
  { id: 'SOURCE', label: 'MZ.SOURCE — 来源原句' },
  { id: 'UNIT', label: 'MZ.UNIT — 单位' },
  { id: 'SERIES', label: 'MZ.SERIES — 历年数值(溢出)' },
  { id: 'TABLE', label: 'MZ.TABLE — 各地区数值(溢出)' },
];

const q = (s: string) => '"' + s.replace(/"/g, '""') + '"';

/**
 * The formula for the choices. `year` is a year (2020 → the full-year figure, written as a number) or a
 * year with its period ("2021上半年", "2022年1-9月", written as text).
 */
export function buildFormula(fn: Fn, region: string, indicator: string, year: number | string | null, breakdown: string): string {
  const args: string[] = [];
  if (fn !== 'TABLE') args.push(q(region));
  args.push(q(indicator));
  if (fn !== 'SERIES' && year !== null) args.push(/^\d{4}$/.test(String(year)) ? String(year) : q(String(year)));
  if (breakdown) args.push(q(breakdown));
  return `=MZ.${fn}(${args.join(',')})`;
}

export function FunctionsView({ model }: { model: AppModel }): React.JSX.Element {
  useModel(model);
  const s = useStyles();
  const engine = model.engine;
  const regions = model.regions();
  const [fn, setFn] = useState<Fn>('STANDARD');
  const [region, setRegion] = useState(regions[0] ?? '');
  const [indicatorId, setIndicatorId] = useState('');
  const [yearSel, setYear] = useState<string | null>(null);
  const [breakdown, setBreakdown] = useState('');
  const [msg, setMsg] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  const forRegion = useMemo(
    () => engine.records.filter((r) => fn === 'TABLE' || r.region === region),
    [engine, region, fn],
  );
  const indicators = useMemo(() => {
    const ids = new Set(forRegion.map((r) => r.indicatorId));
    return engine.catalogue.indicators.filter((i) => ids.has(i.id) && (fn !== 'STANDARD' || i.kind === 'standard'));
  }, [forRegion, engine, fn]);
  const ind = indicators.find((i) => i.id === indicatorId) ?? indicators[0];
  const withInd = forRegion.filter((r) => ind && r.indicatorId === ind.id);
  const breakdowns = [...new Set(withInd.map((r) => r.breakdown))].sort();
  const bd = breakdowns.includes(breakdown) ? breakdown : breakdowns.includes('') ? '' : breakdowns[0] ?? '';
  // years and periods with data, newest first: "2020" (全年), "2021上半年", "2022年1-9月"
  const periods = [...new Map(withInd.filter((r) => r.breakdown === bd).map((r) => [`${r.year}|${r.period}`, r])).values()]
    .sort((a, b) => b.year - a.year || comparePeriods(parsePeriodLabel(b.period)!, parsePeriodLabel(a.period)!))
    .map((r) => ({ value: yearPeriodArg(r.year, r.period), text: r.period === '全年' ? `${r.year}年` : `${r.year}年${r.period}` }));
  const year = yearSel !== null && periods.some((p) => p.value === yearSel) ? yearSel : periods[0]?.value ?? null;
  const yearText = periods.find((p) => p.value === year)?.text ?? '';
  const formula = ind ? buildFormula(fn, region, ind.name, year, bd) : '';
  const preview =
    ind && year !== null && fn !== 'SERIES' && fn !== 'TABLE' ? engine.value(region, ind.id, year, bd || undefined) : null;

  async function insert() {
    setMsg(null);
    setError(null);
    try {
      if (model.insertFormula) {
        const addr = await model.insertFormula(formula);
        setMsg(`已插入到 ${addr}。`);
      } else if (navigator.clipboard?.writeText) {
        await navigator.clipboard.writeText(formula);
        setMsg('已复制公式。在 Excel 中安装 MZ 加载项后粘贴到单元格即可使用。');
      } else {
        setMsg('请手动复制上面的公式。');
      }
    } catch (e) {
      setError(e);
    }
  }

  return (
    <section className={s.view} aria-label="函数">
      <Field label="函数">
        <Dropdown value={FNS.find((f) => f.id === fn)!.label} selectedOptions={[fn]} onOptionSelect={(_, d) => setFn(d.optionValue as Fn)}>
          {FNS.map((f) => (
            <Option key={f.id} value={f.id}>
              {f.label}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {fn !== 'TABLE' ? (
        <Field label="地区">
          <Dropdown value={region} selectedOptions={[region]} onOptionSelect={(_, d) => setRegion(d.optionValue ?? '')}>
            {regions.map((r) => (
              <Option key={r} value={r}>
                {r}
              </Option>
            ))}
          </Dropdown>
        </Field>
      ) : null}
      <Field label="指标" validationMessage={indicators.length ? undefined : '该地区没有此类指标的数据'} validationState={indicators.length ? 'none' : 'warning'}>
        <Dropdown value={ind?.name ?? ''} selectedOptions={ind ? [ind.id] : []} onOptionSelect={(_, d) => setIndicatorId(d.optionValue ?? '')}>
          {indicators.map((i) => (
            <Option key={i.id} value={i.id} text={i.name}>
              {i.name}({i.unit})
            </Option>
          ))}
        </Dropdown>
      </Field>
      {breakdowns.length > 1 || (breakdowns.length === 1 && breakdowns[0] !== '') ? (
        <Field label="分类">
          <Dropdown value={bd || '合计'} selectedOptions={[bd]} onOptionSelect={(_, d) => setBreakdown(d.optionValue ?? '')}>
            {breakdowns.map((b) => (
              <Option key={b} value={b} text={b || '合计'}>
                {b || '合计'}
              </Option>
            ))}
          </Dropdown>
        </Field>
      ) : null}
      {fn !== 'SERIES' ? (
        <Field label="年份/期别" hint="只写年份时取全年数;半年、季度、月份的数值用带期别的写法,如“2021上半年”">
          <Dropdown value={yearText} selectedOptions={year !== null ? [year] : []} onOptionSelect={(_, d) => setYear(d.optionValue ?? null)}>
            {periods.map((p) => (
              <Option key={p.value} value={p.value} text={p.text}>
                {p.text}
              </Option>
            ))}
          </Dropdown>
        </Field>
      ) : null}
      {formula ? (
        <div className={s.view} style={{ padding: 0, gap: 4 }}>
          <span className={s.small}>公式</span>
          <output className={s.code} data-testid="formula" aria-label="公式">
            {formula}
          </output>
          {preview ? (
            <span className={s.small}>
              {preview.ok ? `当前结果:${preview.value} ${preview.unit}` : `当前结果:#N/A(${preview.message})`}
            </span>
          ) : null}
          <div>
            <Button appearance="primary" onClick={insert}>
              {model.insertFormula ? '插入到所选单元格' : '复制公式'}
            </Button>
          </div>
        </div>
      ) : (
        <Note intent="warning">请选择有数据的地区和指标。</Note>
      )}
      {msg ? <Note intent="success">{msg}</Note> : null}
      <ErrorBar error={error} />
      {model.host === 'standalone' ? (
        <span className={s.small}>独立页面不能计算 MZ 函数;公式需要在安装了 MZ 加载项的 Excel 中使用(WPS、Office 2016/2019 不支持自定义函数,请用“填表”)。</span>
      ) : null}
    </section>
  );
}
