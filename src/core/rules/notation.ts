// The rule notation: tokenizer + recursive-descent parser. Pure.
//
//   rule     := expr [cmp expr]
//   cmp      := == | = | != | <> | >= | <= | > | < | ≥ | ≤ | ≠
//   expr     := term (('+' | '-') term)*
//   term     := unary (('*' | '/' | '×' | '÷') unary)*
//   unary    := '-' unary | primary
//   primary  := number ['%'] | string | param | operand | cellref | func '(' [args] ')' | '(' expr ')'
//   operand  := '[' [sheet '!'] (indicator | A1 [':' A1]) ['@' breakdown] [':' 本期|上期] ']'
//   cellref  := [sheet '!' | 'sheet'!] A1 [':' A1]
// Indicators are catalogue ids (dibao_std_urban) or names (城市低保标准). Full-width signs are accepted.

export type CmpOp = '==' | '!=' | '>=' | '<=' | '>' | '<';

export type Node =
  | { type: 'num'; value: number; pos: number; text: string }
  | { type: 'str'; value: string; pos: number }
  | { type: 'param'; name: string; pos: number }
  | { type: 'ind'; sheet?: string; indicator: string; breakdown?: string; column: 'current' | 'previous'; pos: number; text: string }
  | { type: 'cell'; sheet?: string; address: string; pos: number; text: string }
  | { type: 'range'; sheet?: string; from: string; to: string; pos: number; text: string }
  | { type: 'neg'; arg: Node; pos: number }
  | { type: 'bin'; op: '+' | '-' | '*' | '/'; left: Node; right: Node; pos: number }
  | { type: 'call'; name: string; args: Node[]; pos: number }
  | { type: 'cmp'; op: CmpOp; left: Node; right: Node; pos: number };

export class RuleSyntaxError extends Error {
  constructor(
    public readonly detail: string,
    public readonly pos: number,
    public readonly source: string,
  ) {
    super(`规则表达式有误(第 ${pos + 1} 个字符处):${detail}\n  ${source}\n  ${' '.repeat(displayWidth(source.slice(0, pos)))}^`);
    this.name = 'RuleSyntaxError';
  }
}

/** Width of text in a monospace terminal (CJK characters take two columns). */
function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\uffff]/.test(ch) && !/[\uff61-\uff9f]/.test(ch) ? 2 : 1;
  return w;
}

type Tok =
  | { t: 'num'; v: number; text: string; pos: number }
  | { t: 'str'; v: string; pos: number }
  | { t: 'id'; v: string; pos: number }
  | { t: 'qsheet'; v: string; pos: number } // 'sheet name'
  | { t: 'br'; v: string; pos: number } // [ ... ] content
  | { t: 'op'; v: string; pos: number }
  | { t: 'eof'; pos: number };

// Full-width → ASCII, one character for one (positions stay valid).
const FW_EXTRA: Record<string, string> = {
  '\u3010': '[', '\u3011': ']', '\u3001': ',', '\u2018': "'", '\u2019': "'", '\u201c': '"', '\u201d': '"',
  '\u2212': '-', '\u2014': '-', '\u3000': ' ',
};
function halfWidth(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c >= 0xff01 && c <= 0xff5e) return String.fromCharCode(c - 0xfee0);
  return FW_EXTRA[ch] ?? ch;
}
const SYMBOL_OPS: Record<string, string> = { '\u00d7': '*', '\u00f7': '/', '\u2265': '>=', '\u2264': '<=', '\u2260': '!=' };

function isIdStart(ch: string): boolean {
  return /[A-Za-z_$\u4e00-\u9fff]/.test(ch);
}
function isIdPart(ch: string): boolean {
  return /[A-Za-z0-9_$\u4e00-\u9fff·]/.test(ch);
}

export function tokenize(source: string): Tok[] {
  const s = Array.from(source, halfWidth).join('');
  const out: Tok[] = [];
  let i = 0;
  while (i < s.length) {
    const ch = s[i];
    if (/\s/.test(ch)) { i++; continue; }
    const start = i;
    if (/[0-9.]/.test(ch)) {
      let j = i;
      while (j < s.length && /[0-9.,]/.test(s[j])) {
        // a comma is a thousands separator only when followed by three digits
        if (s[j] === ',' && !/^,\d{3}(?!\d)/.test(s.slice(j))) break;
        j++;
      }
      const text = s.slice(i, j);
      const v = Number(text.replace(/,/g, ''));
      if (!Number.isFinite(v) || text === '.') throw new RuleSyntaxError(`“${text}”不是有效的数字`, start, source);
      out.push({ t: 'num', v, text, pos: start });
      i = j;
      continue;
    }
    if (ch === '[') {
      const j = s.indexOf(']', i + 1);
      if (j < 0) throw new RuleSyntaxError('方括号 [ 没有对应的 ]', start, source);
      out.push({ t: 'br', v: s.slice(i + 1, j), pos: start });
      i = j + 1;
      continue;
    }
    if (ch === '"') {
      const j = s.indexOf('"', i + 1);
      if (j < 0) throw new RuleSyntaxError('引号 " 没有闭合', start, source);
      out.push({ t: 'str', v: s.slice(i + 1, j), pos: start });
      i = j + 1;
      continue;
    }
    if (ch === "'") {
      const j = s.indexOf("'", i + 1);
      if (j < 0) throw new RuleSyntaxError("工作表名的单引号 ' 没有闭合", start, source);
      out.push({ t: 'qsheet', v: s.slice(i + 1, j), pos: start });
      i = j + 1;
      continue;
    }
    if (isIdStart(ch)) {
      let j = i + 1;
      while (j < s.length && isIdPart(s[j])) j++;
      out.push({ t: 'id', v: s.slice(i, j), pos: start });
      i = j;
      continue;
    }
    if (SYMBOL_OPS[ch]) { out.push({ t: 'op', v: SYMBOL_OPS[ch], pos: start }); i++; continue; }
    const two = s.slice(i, i + 2);
    if (['==', '!=', '<>', '>=', '<='].includes(two)) {
      out.push({ t: 'op', v: two === '<>' ? '!=' : two, pos: start });
      i += 2;
      continue;
    }
    if ('+-*/(),<>=!:%'.includes(ch)) {
      out.push({ t: 'op', v: ch === '=' ? '==' : ch, pos: start });
      i++;
      continue;
    }
    throw new RuleSyntaxError(`无法识别的字符“${ch}”`, start, source);
  }
  out.push({ t: 'eof', pos: s.length });
  return out;
}

const A1_RE = /^\$?[A-Za-z]{1,3}\$?\d+$/;
const FUNCS = new Set(['sum', 'abs', 'min', 'max', 'ratio', 'pct', 'to', 'round']);
export const FUNCTION_NAMES = [...FUNCS];

function normA1(a: string): string {
  return a.replace(/\$/g, '').toUpperCase();
}

/** Parses one rule expression. Throws RuleSyntaxError with the position of the problem. */
export function parseRule(source: string): Node {
  if (typeof source !== 'string' || source.trim() === '') throw new RuleSyntaxError('规则表达式为空', 0, String(source ?? ''));
  const toks = tokenize(source);
  let k = 0;
  const peek = () => toks[k];
  const next = () => toks[k++];
  const fail = (msg: string, tok: Tok = peek()): never => {
    throw new RuleSyntaxError(msg, tok.pos, source);
  };
  const describe = (tok: Tok): string =>
    tok.t === 'eof' ? '表达式结尾' : tok.t === 'br' ? `“[${tok.v}]”` : tok.t === 'num' ? `数字“${tok.text}”` : `“${(tok as { v: string }).v}”`;
  const isOp = (v: string) => {
    const tk = peek();
    return tk.t === 'op' && tk.v === v;
  };
  const expectOp = (v: string, what: string) => {
    if (!isOp(v)) fail(`此处应为${what}“${v}”,实际为${describe(peek())}`);
    next();
  };

  function parseBracket(tok: { v: string; pos: number }): Node {
    const raw = tok.v.trim();
    const text = `[${tok.v}]`;
    if (raw === '') fail('方括号内为空,应写指标或单元格,例如 [dibao_std_urban] 或 [D7]', tok as Tok);
    let rest = raw;
    let sheet: string | undefined;
    const bang = rest.lastIndexOf('!');
    if (bang >= 0) {
      sheet = rest.slice(0, bang).trim().replace(/^'(.*)'$/, '$1');
      rest = rest.slice(bang + 1).trim();
      if (!sheet) fail(`“${text}”中“!”前缺少工作表名`, tok as Tok);
    }
    // range [D8:D10]
    const rm = /^(\$?[A-Za-z]{1,3}\$?\d+)\s*:\s*(\$?[A-Za-z]{1,3}\$?\d+)$/.exec(rest);
    if (rm) return { type: 'range', sheet, from: normA1(rm[1]), to: normA1(rm[2]), pos: tok.pos, text };
    let column: 'current' | 'previous' = 'current';
    const colon = rest.lastIndexOf(':');
    if (colon >= 0) {
      const c = rest.slice(colon + 1).trim();
      if (['上期', '上年', 'prev', 'previous'].includes(c)) column = 'previous';
      else if (!['本期', '本年', 'cur', 'current'].includes(c)) fail(`“${text}”中“:”后应为 本期 或 上期,实际为“${c}”`, tok as Tok);
      rest = rest.slice(0, colon).trim();
    }
    let breakdown: string | undefined;
    const at = rest.indexOf('@');
    if (at >= 0) {
      breakdown = rest.slice(at + 1).trim();
      rest = rest.slice(0, at).trim();
      if (!breakdown) fail(`“${text}”中“@”后缺少分组(如 城市、一级、中央省级)`, tok as Tok);
    }
    if (!rest) fail(`“${text}”中缺少指标名`, tok as Tok);
    if (A1_RE.test(rest) && !/_/.test(rest)) {
      if (breakdown) fail(`“${text}”是单元格引用,不能带“@分组”`, tok as Tok);
      return { type: 'cell', sheet, address: normA1(rest), pos: tok.pos, text };
    }
    return { type: 'ind', sheet, indicator: rest, breakdown, column, pos: tok.pos, text };
  }

  function parseCellRef(sheet: string | undefined, tok: Tok & { t: 'id' }, start: number): Node {
    if (!A1_RE.test(tok.v)) fail(`工作表名后应为单元格地址(如 D7),实际为“${tok.v}”`, tok);
    if (isOp(':')) {
      next();
      const t2 = next();
      if (t2.t !== 'id' || !A1_RE.test(t2.v)) fail('区域应写成 D8:D10', t2);
      const to = (t2 as { v: string }).v;
      return { type: 'range', sheet, from: normA1(tok.v), to: normA1(to), pos: start, text: source.slice(start, t2.pos + to.length) };
    }
    return { type: 'cell', sheet, address: normA1(tok.v), pos: start, text: source.slice(start, tok.pos + tok.v.length) };
  }

  function primary(): Node {
    const tok = next();
    switch (tok.t) {
      case 'num': {
        if (isOp('%')) {
          next();
          return { type: 'num', value: tok.v / 100, pos: tok.pos, text: tok.text + '%' };
        }
        return { type: 'num', value: tok.v, pos: tok.pos, text: tok.text };
      }
      case 'str':
        return { type: 'str', value: tok.v, pos: tok.pos };
      case 'br':
        return parseBracket(tok);
      case 'qsheet': {
        expectOp('!', '感叹号');
        const cell = next();
        if (cell.t !== 'id') return fail(`工作表名后应为单元格地址(如 D7),实际为${describe(cell)}`, cell);
        return parseCellRef(tok.v, cell, tok.pos);
      }
      case 'id': {
        if (isOp('!')) {
          next();
          const cell = next();
          if (cell.t !== 'id') return fail(`工作表名后应为单元格地址(如 D7),实际为${describe(cell)}`, cell);
          return parseCellRef(tok.v, cell, tok.pos);
        }
        if (isOp('(')) {
          const name = tok.v.toLowerCase();
          if (!FUNCS.has(name)) fail(`未知函数“${tok.v}”;可用函数:${FUNCTION_NAMES.join('、')}`, tok);
          next();
          const args: Node[] = [];
          if (!isOp(')')) {
            args.push(expr());
            while (isOp(',')) {
              next();
              args.push(expr());
            }
          }
          expectOp(')', '右括号');
          checkArity(name, args.length, tok);
          return { type: 'call', name, args, pos: tok.pos };
        }
        if (A1_RE.test(tok.v)) return parseCellRef(undefined, tok, tok.pos);
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(tok.v)) {
          fail(`“${tok.v}”不是参数名;指标请写在方括号内,例如 [${tok.v}]`, tok);
        }
        return { type: 'param', name: tok.v, pos: tok.pos };
      }
      case 'op':
        if (tok.v === '(') {
          const e = expr();
          expectOp(')', '右括号');
          return e;
        }
        return fail(`此处应为数值、指标或单元格,实际为${describe(tok)}`, tok);
      default:
        return fail(`表达式不完整:此处应为数值、指标或单元格,实际为${describe(tok)}`, tok);
    }
  }

  function checkArity(name: string, n: number, tok: Tok): void {
    const want: Record<string, [number, number]> = {
      sum: [1, 99], min: [1, 99], max: [1, 99], abs: [1, 1], ratio: [2, 2], pct: [2, 2], to: [2, 2], round: [1, 2],
    };
    const [lo, hi] = want[name];
    if (n < lo || n > hi) fail(`函数 ${name} 需要 ${lo === hi ? lo : `${lo} 个以上`} 个参数,实际 ${n} 个`, tok);
  }

  function unary(): Node {
    if (isOp('-')) {
      const t = next();
      return { type: 'neg', arg: unary(), pos: t.pos };
    }
    if (isOp('+')) {
      next();
      return unary();
    }
    return primary();
  }

  function term(): Node {
    let left = unary();
    for (;;) {
      const tk = peek();
      if (tk.t === 'op' && (tk.v === '*' || tk.v === '/')) {
        next();
        left = { type: 'bin', op: tk.v as '*' | '/', left, right: unary(), pos: tk.pos };
      } else return left;
    }
  }

  function expr(): Node {
    let left = term();
    for (;;) {
      const tk = peek();
      if (tk.t === 'op' && (tk.v === '+' || tk.v === '-')) {
        next();
        left = { type: 'bin', op: tk.v as '+' | '-', left, right: term(), pos: tk.pos };
      } else return left;
    }
  }

  const left = expr();
  let root: Node = left;
  const tk = peek();
  if (tk.t === 'op' && ['==', '!=', '>=', '<=', '>', '<'].includes(tk.v)) {
    next();
    const right = expr();
    root = { type: 'cmp', op: tk.v as CmpOp, left, right, pos: tk.pos };
  }
  const end = peek();
  if (end.t !== 'eof') {
    if (end.t === 'op' && ['==', '!=', '>=', '<=', '>', '<'].includes(end.v)) fail('一条规则只能有一个比较符号', end);
    fail(`多余的内容:${describe(end)};是否缺少运算符?`, end);
  }
  return root;
}

/** Every operand node of an expression, in reading order. */
export function operandsOf(node: Node): Node[] {
  const out: Node[] = [];
  const walk = (n: Node) => {
    switch (n.type) {
      case 'ind':
      case 'cell':
      case 'range':
        out.push(n);
        break;
      case 'neg':
        walk(n.arg);
        break;
      case 'bin':
      case 'cmp':
        walk(n.left);
        walk(n.right);
        break;
      case 'call':
        n.args.forEach(walk);
        break;
      default:
        break;
    }
  };
  walk(node);
  return out;
}

export function paramsOf(node: Node): string[] {
  const out: string[] = [];
  const walk = (n: Node) => {
    if (n.type === 'param') out.push(n.name);
    else if (n.type === 'neg') walk(n.arg);
    else if (n.type === 'bin' || n.type === 'cmp') { walk(n.left); walk(n.right); }
    else if (n.type === 'call') n.args.forEach(walk);
  };
  walk(node);
  return out;
}
