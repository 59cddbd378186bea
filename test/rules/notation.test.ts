import { parseRule, RuleSyntaxError, Node } from '../../src/core/rules/notation';
import { halfUnit, decimalsOf, formatDecimals } from '../../src/core/rules/precision';
import { book, run, findingsOf } from './helpers';
import { Rule } from '../../src/core/rules/types';
import { validateRules } from '../../src/core/rules/check';

function err(src: string): RuleSyntaxError {
  try {
    parseRule(src);
  } catch (e) {
    if (e instanceof RuleSyntaxError) return e;
    throw e;
  }
  throw new Error('no error for ' + src);
}

describe('parser', () => {
  test('indicator operands with sheet, breakdown and column', () => {
    const n = parseRule('[社会救助标准!dibao_std_urban@城市:上期] >= 1.3 * [dibao_std_urban]') as Extract<Node, { type: 'cmp' }>;
    expect(n.type).toBe('cmp');
    expect(n.op).toBe('>=');
    expect(n.left).toMatchObject({ type: 'ind', sheet: '社会救助标准', indicator: 'dibao_std_urban', breakdown: '城市', column: 'previous' });
    expect(n.right).toMatchObject({ type: 'bin', op: '*', left: { type: 'num', value: 1.3 }, right: { type: 'ind', indicator: 'dibao_std_urban', column: 'current' } });
  });

  test('precedence: a + b * c', () => {
    const n = parseRule('[a_x] == [b_x] + [c_x] * 2') as Extract<Node, { type: 'cmp' }>;
    expect(n.right).toMatchObject({ type: 'bin', op: '+', right: { type: 'bin', op: '*' } });
  });

  test('Excel-style cell references and SUM', () => {
    const n = parseRule("'民政资金'!D7 = SUM('民政资金'!D8:D10)") as Extract<Node, { type: 'cmp' }>;
    expect(n.op).toBe('==');
    expect(n.left).toMatchObject({ type: 'cell', sheet: '民政资金', address: 'D7' });
    expect(n.right).toMatchObject({ type: 'call', name: 'sum', args: [{ type: 'range', sheet: '民政资金', from: 'D8', to: 'D10' }] });
  });

  test('bracketed cells, full-width signs and ≥', () => {
    const n = parseRule('[D7] ≥ [D8] + [$D$9]') as Extract<Node, { type: 'cmp' }>;
    expect(n.op).toBe('>=');
    expect(n.left).toMatchObject({ type: 'cell', address: 'D7' });
    expect(parseRule('【D7】=【D8】+【D9】')).toMatchObject({ type: 'cmp', op: '==' });
    expect(parseRule('[D7] <> 0')).toMatchObject({ op: '!=' });
    // full-width brackets, signs and digits as typed with a Chinese IME
    const fw = parseRule('\uff3bD7\uff3d\uff1d\uff3bD8\uff3d\uff0b\uff3bD9\uff3d\uff0a\uff12') as Extract<Node, { type: 'cmp' }>;
    expect(fw).toMatchObject({ type: 'cmp', op: '==', right: { type: 'bin', op: '+', right: { type: 'bin', op: '*', right: { value: 2 } } } });
    expect(parseRule('sum\uff08[D8]\uff0c[D9]\uff09 \u2265 1')).toMatchObject({ op: '>=', left: { type: 'call', name: 'sum' } });
  });

  test('Chinese indicator names and thousands separators', () => {
    expect(parseRule('[城市特困人员基本生活标准] >= 1,000')).toMatchObject({ left: { type: 'ind', indicator: '城市特困人员基本生活标准' }, right: { value: 1000 } });
  });

  test('errors name the position in Chinese', () => {
    const e1 = err('[dibao_std_urban] >= 1.3 * ');
    expect(e1.pos).toBe(27);
    expect(e1.message).toContain('第 28 个字符');
    expect(e1.message).toContain('表达式结尾');
    const e2 = err('[dibao_std_urban >= 1');
    expect(e2.pos).toBe(0);
    expect(e2.message).toContain('没有对应的 ]');
    const e3 = err('[a_x] >= [b_x] >= [c_x]');
    expect(e3.detail).toContain('只能有一个比较符号');
    expect(e3.pos).toBe(15);
    const e4 = err('foo([a_x])');
    expect(e4.detail).toContain('未知函数');
    const e5 = err('[a_x] == (1 + 2');
    expect(e5.detail).toContain('右括号');
    const e6 = err('[a_x] == 城市低保标准');
    expect(e6.detail).toContain('方括号');
    const e7 = err('[a_x:明年] == 1');
    expect(e7.detail).toContain('本期 或 上期');
    const e8 = err('[a_x] # 1');
    expect(e8.detail).toContain('无法识别的字符');
    expect(e8.pos).toBe(6);
  });

  test('validateRules reports a malformed user rule with its id and position', () => {
    const v = validateRules([
      { id: 'U1', severity: 'error', expr: '[D7] == [D8] +' },
      { id: 'U2', severity: 'fatal', expr: '[D7] == 1' },
      { id: 'U3', severity: 'warning', expr: '[D7] == 1' },
    ]);
    expect(v.rules.map((r) => r.id)).toEqual(['U3']);
    expect(v.errors[0].message).toMatch(/^规则 U1:规则表达式有误\(第 15 个字符处\)/);
    expect(v.errors[1].message).toContain('severity');
  });
});

describe('precision', () => {
  test('decimals and half units', () => {
    expect(decimalsOf(20.2)).toBe(1);
    expect(decimalsOf(7221.24)).toBe(2);
    expect(decimalsOf(821)).toBe(0);
    expect(halfUnit(20.2, '亿元')).toBeCloseTo(0.05);
    expect(halfUnit(821, '元/人·月')).toBe(0); // a stated standard is exact
    expect(halfUnit(12184, '人')).toBe(0); // counts are exact
    expect(halfUnit(115000, '人')).toBe(500); // 11.5万人
    expect(halfUnit(202000, '万元')).toBe(500); // 20.2亿元
    expect(halfUnit(70.9, '%')).toBeCloseTo(0.05);
    expect(halfUnit(20.200000000000003, '亿元')).toBe(0); // computed
    expect(halfUnit(1067.34, '元/人·月', '0')).toBe(0.5); // shown as 1067
    expect(formatDecimals('#,##0.0')).toBe(1);
    expect(formatDecimals('General')).toBeNull();
  });
});

describe('user cell-reference rules', () => {
  const sheets = {
    民政资金: [
      { label: '总投入', unit: '亿元', v: 20.2 },
      { label: '中央省级', unit: '亿元', v: 4.4 },
      { label: '市级', unit: '亿元', v: 5.7 },
      { label: '区县级', unit: '亿元', v: 10.1 },
    ],
  };
  const rule = (expr: string, sheet?: string): Rule => ({ id: 'U1', name: '用户规则', severity: 'error', scope: '表内', expr, message: '总投入应等于各级之和', sheet });

  test('SUM over a range, on an unbound workbook', () => {
    const b = book(sheets);
    const res = run({ snapshots: b.snapshots, bindings: [] }, { rules: [rule("'民政资金'!D2 = SUM('民政资金'!D3:D5)")] });
    expect(res.noBindings).toBe(true);
    expect(findingsOf(res, 'U1')).toEqual([]);
    expect(res.passed).toEqual([{ ruleId: 'U1', count: 1 }]);
  });

  test('[D2] == [D3]+[D4]+[D5] on a named sheet fails when a part is wrong, naming every cell', () => {
    const bad = book({ 民政资金: sheets.民政资金.map((r, i) => (i === 3 ? { ...r, v: 10.3 } : r)) });
    const res = run({ snapshots: bad.snapshots, bindings: [] }, { rules: [rule('[D2] == [D3]+[D4]+[D5]', '民政资金')] });
    const f = findingsOf(res, 'U1');
    expect(f).toHaveLength(1);
    expect(f[0].cells.map((c) => c.address)).toEqual(['D2', 'D3', 'D4', 'D5']);
    expect(f[0].message).toContain('20.4');
  });

  test('indicator rules are skipped (not failed) on an unbound workbook', () => {
    const b = book(sheets);
    const res = run({ snapshots: b.snapshots, bindings: [] }, { rules: [rule('[tekun_std_urban] >= 1.3 * [dibao_std_urban]')] });
    expect(res.findings).toEqual([]);
    expect(res.skipped[0].reason).toContain('没有绑定信息');
  });
});
