import { loadCatalogue } from '../../src/core/catalogue';
import { adoptFigure, breakdownChoices, indicatorChoices, parseTypedNumber } from '../../src/core/extract/adopt';

const catalogue = loadCatalogue();
const base = { unit: '万元', qualifier: 'exact' as const, source: 'user:粘贴文本', offset: 12, quote: '全年支出临时救助资金3456.7万元' };
const adoption = { indicatorId: 'temp_assist_funds', breakdown: '', value: '3456.7', period: '', region: '兰州市', year: 2021 };

describe('adopting a reviewed figure', () => {
  test('a candidate becomes the record the user chose, with its quote, in the stated unit, period 全年 by default', () => {
    const r = adoptFigure(base, adoption, catalogue);
    expect(r).toEqual({
      ok: true,
      record: expect.objectContaining({
        region: '兰州市', year: 2021, period: '全年', indicatorId: 'temp_assist_funds', breakdown: '', value: 3456.7, unit: '万元',
        quote: base.quote, offset: 12, source: 'user:粘贴文本',
      }),
    });
  });

  test('periods are canonical: 1—9月 and 前三季度 are 1-9月; nonsense is refused', () => {
    const p = (period: string) => {
      const r = adoptFigure(base, { ...adoption, period }, catalogue);
      return r.ok ? r.record.period : r.message;
    };
    expect(p('前三季度')).toBe(p('1-9月'));
    expect(p('上半年')).toBe('上半年');
    expect(p('明年')).toMatch(/期别“明年”无法识别/);
  });

  test('the unit must convert to the indicator: 万元 is not a number of persons', () => {
    const r = adoptFigure(base, { ...adoption, indicatorId: 'dibao_persons' }, catalogue);
    expect(r).toEqual({ ok: false, message: expect.stringMatching(/单位“万元”不能换算为.*人/) });
  });

  test('a figure printed without a unit needs the user to state one', () => {
    const r = adoptFigure({ ...base, unit: '' }, adoption, catalogue);
    expect(r.ok).toBe(false);
    const ok = adoptFigure({ ...base, unit: '' }, { ...adoption, unit: '万元' }, catalogue);
    expect(ok).toMatchObject({ ok: true, record: { unit: '万元' } });
  });

  test('typed values: separators in threes and full-width digits; 8,21 and 八百 are not numbers', () => {
    expect(parseTypedNumber('1,234.5')).toBe(1234.5);
    expect(parseTypedNumber('９００')).toBe(900);
    expect(parseTypedNumber('8,21')).toBeNull();
    expect(parseTypedNumber('八百')).toBeNull();
    expect(adoptFigure(base, { ...adoption, value: '8,21' }, catalogue)).toEqual({ ok: false, message: '数值“8,21”不是数字' });
  });

  test('breakdowns: only the indicator’s own values', () => {
    expect(breakdownChoices(catalogue, 'dibao_persons')).toEqual(expect.arrayContaining(['城市', '农村']));
    const persons = { ...adoption, indicatorId: 'dibao_persons', value: '1200' };
    expect(adoptFigure({ ...base, unit: '人' }, { ...persons, breakdown: '城市' }, catalogue)).toMatchObject({ ok: true, record: { breakdown: '城市' } });
    expect(adoptFigure({ ...base, unit: '人' }, { ...persons, breakdown: '一级' }, catalogue)).toMatchObject({ ok: false, message: expect.stringContaining('城市') });
  });

  test('year and indicator must be given', () => {
    expect(adoptFigure(base, { ...adoption, year: '二〇二一' }, catalogue)).toMatchObject({ ok: false, message: expect.stringContaining('年份') });
    expect(adoptFigure(base, { ...adoption, indicatorId: '' }, catalogue)).toEqual({ ok: false, message: '请选择指标' });
  });

  test('the indicator list offered for an amount holds amounts only', () => {
    const ids = indicatorChoices(catalogue, '万元').map((x) => x.id);
    expect(ids).toContain('temp_assist_funds');
    expect(ids).not.toContain('dibao_persons');
    expect(ids).not.toContain('dibao_std_urban');
  });
});
