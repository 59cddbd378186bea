// Infers a report's region, year and period from its text.
import { Catalogue, RegionDef } from '../types';
import { normaliseChars } from './normalize';
import { canonicalPeriod } from '../period';

export interface InferredContext {
  region?: { name: string; basis: string };
  year?: { value: number; basis: string };
  period?: { value: string; basis: string };
  /** What could not be inferred (zh labels: 地区, 年份, 报告期). */
  unresolved: string[];
}

interface Score {
  region: RegionDef;
  score: number;
  why: string[];
}

function countOf(text: string, word: string, ok: (i: number) => boolean): number {
  let c = 0;
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length)) if (ok(i)) c++;
  return c;
}

/** Region, year and period a report is about, each with the evidence used. */
export function inferContext(text: string, catalogue: Catalogue): InferredContext {
  const t = normaliseChars(text);
  const unresolved: string[] = [];
  const out: InferredContext = { unresolved };

  // ---- region ----
  const scores: Score[] = [];
  for (const r of catalogue.regions) {
    if (r.level === 'country') continue;
    const s: Score = { region: r, score: 0, why: [] };
    const names = [...new Set([r.name, r.fullName, ...r.aliases])].filter((x) => x.length >= 2).sort((a, b) => b.length - a.length);
    for (const nm of names) {
      // the issuing body: 济南市民政局, 章丘区民政局
      const issuer = countOf(t, nm + '民政局', (i) => !/[市区县省]$/.test(t.slice(0, i)) || nm === r.fullName);
      if (issuer) {
        s.score += 100;
        s.why.push(`“${nm}民政局”`);
        break;
      }
    }
    let mentions = 0;
    let shown = '';
    for (const nm of names) {
      // 利津线 (a boundary line) and 与利津县异地互查 name a neighbour, not the report's region
      const c = countOf(t, nm, (i) => {
        const after = t.slice(i + nm.length, i + nm.length + 1);
        const before = t.slice(Math.max(0, i - 1), i);
        if (after === '线' || before === '与') return false;
        // 济南 inside 济南市: count once (longest name wins)
        return !names.some((o) => o.length > nm.length && t.startsWith(o, i - o.indexOf(nm)) && o.includes(nm));
      });
      if (c) {
        mentions += c;
        shown ||= nm;
      }
    }
    if (mentions) {
      s.score += Math.min(mentions, 10) * (r.level === 'province' ? 4 : 5);
      s.why.push(`正文提到“${shown}”${mentions}次`);
    }
    const hints = (r.hints ?? []).filter((h) => t.includes(h));
    if (hints.length) {
      let hc = 0;
      for (const h of hints) hc += countOf(t, h, () => true);
      s.score += Math.min(hc, 15) * 3;
      s.why.push(`地名/标志:${hints.join('、')}`);
    }
    if (s.score > 0) scores.push(s);
  }
  scores.sort((a, b) => b.score - a.score || levelRank(b.region) - levelRank(a.region));
  if (scores.length && scores[0].score >= 3 && (scores.length === 1 || scores[0].score > scores[1].score)) {
    out.region = { name: scores[0].region.name, basis: scores[0].why.join(';') };
  } else unresolved.push('地区');

  // ---- year ----
  const head = t.slice(0, 400);
  const years: { y: number; w: number; why: string }[] = [];
  const add = (re: RegExp, src: string, w: number, why: (m: RegExpMatchArray) => string, shift = 0) => {
    for (const m of src.matchAll(re)) years.push({ y: Number(m[1]) + shift, w, why: why(m) });
  };
  add(/([0-9]{4})年度/g, head, 10, (m) => `标题/开头“${m[0]}”`);
  add(/([0-9]{4})年[^,。\n]{0,12}(工作报告|工作情况|工作综述|工作总结|民政工作|综述|总结)/g, head, 10, (m) => `标题“${m[0]}”`);
  add(/(?:^|\n)\s*([0-9]{4})年[,,][^。\n]{0,8}(民政局|民政系统|全市|全区|全县)/g, t, 8, (m) => `正文开头“${m[0].trim()}”`);
  add(/([0-9]{4})年以来/g, t, 5, (m) => `“${m[0]}”`);
  if (/今年以来/.test(t)) {
    add(/([0-9]{4})年(重点工作|工作打算|工作计划|工作要点)/g, t, 4, (m) => `“今年以来”回顾,并部署“${m[0]}”(次年)`, -1);
  }
  add(/[一二三四五六七八九十]、\s*([0-9]{4})年工作打算/g, t, 3, (m) => `“${m[0]}”为次年打算`, -1);
  if (years.length) {
    const tally = new Map<number, { w: number; why: string[] }>();
    for (const y of years) {
      const e = tally.get(y.y) ?? { w: 0, why: [] };
      e.w += y.w;
      if (e.why.length < 2 && !e.why.includes(y.why)) e.why.push(y.why);
      tally.set(y.y, e);
    }
    const best = [...tally.entries()].sort((a, b) => b[1].w - a[1].w)[0];
    out.year = { value: best[0], basis: best[1].why.join(';') };
  } else unresolved.push('年份');

  // ---- period ----
  const title = t.slice(0, 200);
  // canonical labels (period.ts). Flows are year-to-date totals, so a 前三季度 report is 1-9月; a
  // report on one quarter alone (rare) is that quarter.
  const P: [RegExp, string | ((m: RegExpExecArray) => string)][] = [
    [/上半年(工作)?总结|上半年工作|上半年/, '上半年'],
    [/前三季度/, '1-9月'],
    [/(?:^|[^\d])(1\s*[-—–~～至]\s*(\d{1,2})\s*月)/, (m) => canonicalPeriod(`1-${Number(m[2])}月`) ?? ''],
    [/第?一季度/, 'Q1'],
    [/第?二季度/, 'Q2'],
    [/第?三季度/, 'Q3'],
    [/第?四季度/, 'Q4'],
    [/下半年总结/, '下半年'],
  ];
  let period: { value: string; basis: string } | undefined;
  for (const [re, v] of P) {
    const m = re.exec(title);
    const value = m ? (typeof v === 'string' ? v : v(m)) : '';
    if (m && value) {
      period = { value, basis: `标题/开头“${typeof v === 'string' ? m[0] : m[1]}”` };
      break;
    }
  }
  if (!period) {
    const m = /([0-9]{4})年度|全年|年度|工作报告|工作情况报告|综述/.exec(t);
    if (m) period = { value: '全年', basis: `“${m[0]}”` };
    else if (/今年以来/.test(t)) period = { value: '全年', basis: '“今年以来”回顾全年工作' };
  }
  if (period) out.period = period;
  else unresolved.push('报告期');
  return out;
}

function levelRank(r: RegionDef): number {
  return r.level === 'province' ? 1 : r.level === 'city' ? 2 : 3;
}
