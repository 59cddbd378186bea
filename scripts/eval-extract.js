#!/usr/bin/env node
// Measures the extractor against a corpus of real texts with hand-made gold annotations (kept outside
// the repository: the texts are not ours to commit).
//
//   node scripts/eval-extract.js <corpus-dir> [--split dev|holdout|all] [--mode given|inferred] [--regions] [--verbose]
//
// Corpus layout: <dir>/<split>/<id>.txt, <id>.meta.json { region, year, period, style },
// <id>.gold.json { figures: [{ indicator, breakdown: {set: value}, value, unit, period?, region?,
// optional? }], traps: [{ value, unit, looks_like, kind }] }.
// A record matches a gold figure when indicator, breakdown and period agree and the value agrees after
// unit conversion. Recall = matched required figures / required figures. Every record that matches no
// gold figure (required or optional) is a wrong figure; it is classed as trap (equals a listed trap),
// wrong value (the gold has another value for that key) or unannotated (review by hand).
'use strict';
const fs = require('fs');
const path = require('path');

const lib = path.join(__dirname, '..', 'lib', 'core');
const { extractRecords, inferContext } = require(path.join(lib, 'extract'));
const { resolverFor } = require(path.join(lib, 'resolver'));
const { loadCatalogue } = require(path.join(lib, 'catalogue'));
const { convert } = require(path.join(lib, 'units'));
let periods = null;
try {
  periods = require(path.join(lib, 'period'));
} catch {
  periods = null;
}

function arg(name, dflt) {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : dflt;
}

const dir = process.argv[2];
if (!dir || !fs.existsSync(dir)) {
  console.error('用法: node scripts/eval-extract.js <语料目录> [--split dev|holdout|all] [--mode given|inferred] [--regions] [--verbose]');
  process.exit(2);
}
const split = arg('--split', 'dev');
const mode = arg('--mode', 'given');
const verbose = process.argv.includes('--verbose');
const scoreRegions = mode === 'inferred' || process.argv.includes('--regions');
const catalogue = loadCatalogue();
// the township rows `mz extract` passes to inferContext (read directly: this script is synchronous)
const townships = scoreRegions ? require(path.join(lib, 'catalogue', 'townships.gen.json')).rows : undefined;
const regionTally = { right: 0, wrong: 0, none: 0, skipped: 0, wrongList: [] };

/** The catalogue region a name stands for (current, historical or short name), or the name itself. */
function canonicalRegion(name) {
  const r = resolverFor(catalogue).region(name);
  return r.ok ? r.region.name : name;
}

/** Scores the inferred region of one text against meta.region. */
function scoreRegion(sp, id, text, meta) {
  const want = String(meta.region || '').replace(/[((].*$/, '').trim();
  if (!want || /未知|不详|[X×?？]/.test(want) || /(街道|镇|乡)$/.test(want)) {
    regionTally.skipped++;
    return;
  }
  const got = inferContext(text, catalogue, townships).region;
  if (!got) regionTally.none++;
  else if (canonicalRegion(got.name) === canonicalRegion(want)) regionTally.right++;
  else {
    regionTally.wrong++;
    regionTally.wrongList.push(`${sp}/${id}: 应为 ${want},推断为 ${got.name}(依据:${got.basis})`);
  }
}

/** End month of a period text (全年 → 12, 上半年 → 6, 1-9月 → 9, 2022年3月 → 3); null when unknown. */
function endMonth(p) {
  if (!p) return null;
  if (periods && periods.parsePeriodLabel) {
    const s = periods.parsePeriodLabel(String(p).replace(/^\d{4}年?/, '').replace(/[((].*$/, ''));
    if (s) return s.end;
  }
  const t = String(p);
  if (/全年|年度|年末/.test(t)) return 12;
  if (/上半年|二季度|第二季度|Q2|H1/.test(t)) return 6;
  if (/前三季度|三季度|Q3/.test(t)) return 9;
  if (/一季度|Q1/.test(t)) return 3;
  if (/四季度|下半年|Q4/.test(t)) return 12;
  const m = /(\d{1,2})月(?!.*\d{1,2}月)/.exec(t);
  return m ? Number(m[1]) : null;
}

function startMonth(p) {
  if (!p) return null;
  if (periods && periods.parsePeriodLabel) {
    const s = periods.parsePeriodLabel(String(p).replace(/^\d{4}年?/, '').replace(/[((].*$/, ''));
    if (s) return s.start;
  }
  return null;
}

function regionOf(meta) {
  const r = String(meta.region || '').replace(/[((].*$/, '').trim();
  return r && !/[X×?？]|未知|不详/.test(r) ? r : undefined;
}

function sameValue(rec, g) {
  if (g.value === null || g.value === undefined) return false;
  const gu = g.unit || rec.unit;
  const v = convert(rec.value, rec.unit, gu);
  if (v === null) return false;
  return Math.abs(v - g.value) <= 1e-9 * Math.max(1, Math.abs(g.value));
}

// a gold breakdown written as one of the catalogue's aliases (儿童福利和救助保护机构) is that value
const bdAlias = new Map();
for (const set of catalogue.breakdowns) for (const v of set.values) for (const a of v.aliases || []) if (!bdAlias.has(a)) bdAlias.set(a, v.id);
function bdValues(b) {
  if (!b || typeof b !== 'object') return [];
  return Object.values(b).map((x) => bdAlias.get(String(x)) || String(x));
}

function sameBreakdown(rec, g) {
  const want = bdValues(g.breakdown);
  const got = rec.breakdown ? String(rec.breakdown).split('·') : [];
  if (want.length === 0) return got.length === 0;
  if (got.length !== want.length) return false;
  return want.every((w) => got.some((x) => w === x || w.startsWith(x + '(') || w.startsWith(x + '（')));
}

function samePeriod(rec, g, meta, ind) {
  const want = g.period || meta.period;
  const we = endMonth(want);
  const re = endMonth(rec.period || '全年');
  if (we === null || re === null) return true;
  if (we !== re) return false;
  if (ind && ind.flow === 'flow') {
    const ws = startMonth(want);
    const rs = startMonth(rec.period || '全年');
    if (ws !== null && rs !== null && ws !== rs) return false;
  }
  return true;
}

const inds = new Map(catalogue.indicators.map((i) => [i.id, i]));
const splits = split === 'all' ? ['dev', 'holdout'] : [split];
const byStyle = new Map();
const totals = { texts: 0, required: 0, matched: 0, optionalMatched: 0, wrong: 0, trap: 0, wrongValue: 0, unannotated: 0, records: 0, ms: 0 };

for (const sp of splits) {
  const d = path.join(dir, sp);
  if (!fs.existsSync(d)) continue;
  for (const f of fs.readdirSync(d).filter((x) => x.endsWith('.txt')).sort()) {
    const id = f.replace(/\.txt$/, '');
    const metaFile = path.join(d, id + '.meta.json');
    const goldFile = path.join(d, id + '.gold.json');
    if (!fs.existsSync(metaFile) || !fs.existsSync(goldFile)) continue;
    const meta = JSON.parse(fs.readFileSync(metaFile, 'utf8'));
    const gold = JSON.parse(fs.readFileSync(goldFile, 'utf8'));
    const text = fs.readFileSync(path.join(d, f), 'utf8');
    const ctx = { source: id, catalogue };
    if (mode === 'given') {
      const r = regionOf(meta);
      if (r) ctx.region = r;
      if (meta.year) ctx.year = meta.year;
      if (meta.period && periods && periods.parsePeriodLabel) {
        const s = periods.parsePeriodLabel(String(meta.period).replace(/^\d{4}年?/, '').replace(/[((].*$/, ''));
        if (s) ctx.period = periods.periodLabel(s);
      }
    }
    if (scoreRegions) scoreRegion(sp, id, text, meta);
    const t0 = process.hrtime.bigint();
    let res;
    try {
      res = extractRecords(text, ctx);
    } catch (e) {
      console.error(`${id}: 抽取出错 ${e && e.message}`);
      res = { records: [], candidates: [], notes: [] };
    }
    totals.ms += Number(process.hrtime.bigint() - t0) / 1e6;
    const figs = gold.figures.filter((g) => !g.region);
    const required = figs.filter((g) => !g.optional);
    const used = new Set();
    let matched = 0;
    let optionalMatched = 0;
    const wrong = [];
    const metaRegion = regionOf(meta);
    for (const rec of res.records) {
      const ind = inds.get(rec.indicatorId);
      // (inferred mode: a record of another year, or of another region than the text's, is a wrong figure however it matches)
      if ((meta.year && rec.year && rec.year !== meta.year) || (metaRegion && rec.region && rec.region !== metaRegion)) {
        wrong.push({ kind: rec.year !== meta.year ? 'wrongYear' : 'wrongRegion', rec });
        continue;
      }
      const hit = figs.findIndex(
        (g, i) =>
          !used.has(i) &&
          g.indicator.replace(/^new:/, '') === rec.indicatorId &&
          sameBreakdown(rec, g) &&
          sameValue(rec, g) &&
          samePeriod(rec, g, meta, ind),
      );
      if (hit >= 0) {
        used.add(hit);
        if (figs[hit].optional) optionalMatched++;
        else matched++;
        continue;
      }
      const trap = (gold.traps || []).find((t) => t.value !== null && sameValue(rec, t));
      const sameKey = figs.find((g) => g.indicator.replace(/^new:/, '') === rec.indicatorId && sameBreakdown(rec, g));
      const kind = trap ? 'trap' : sameKey ? 'wrongValue' : 'unannotated';
      wrong.push({ kind, rec, trap, sameKey });
    }
    const st = byStyle.get(meta.style) || { texts: 0, required: 0, matched: 0, wrong: 0, trap: 0, wrongValue: 0, unannotated: 0 };
    st.texts++;
    st.required += required.length;
    st.matched += matched;
    st.wrong += wrong.length;
    for (const w of wrong) st[w.kind]++;
    byStyle.set(meta.style, st);
    totals.texts++;
    totals.required += required.length;
    totals.matched += matched;
    totals.optionalMatched += optionalMatched;
    totals.records += res.records.length;
    totals.wrong += wrong.length;
    for (const w of wrong) totals[w.kind]++;
    if (verbose) {
      console.log(`\n== ${sp}/${id} (${meta.style}) ${meta.region} ${meta.year} ${meta.period}: 召回 ${matched}/${required.length},错误 ${wrong.length}`);
      for (const n of res.notes) console.log(`   注: ${n}`);
      required.forEach((g, i) => {
        const idx = figs.indexOf(g);
        if (!used.has(idx)) console.log(`   漏: ${g.indicator}${bdValues(g.breakdown).length ? '@' + bdValues(g.breakdown).join('·') : ''} = ${g.value}${g.unit || ''} ${g.period || ''} «${g.quote}»`);
        void i;
      });
      for (const w of wrong) {
        const r = w.rec;
        const why = w.kind === 'trap' ? `陷阱:${w.trap.kind} ${w.trap.reason || ''}` : w.kind === 'wrongValue' ? `金标为 ${w.sameKey.value}${w.sameKey.unit || ''}` : w.kind === 'wrongYear' ? `年份为 ${r.year},文本为 ${meta.year}` : w.kind === 'wrongRegion' ? `地区为 ${r.region},文本为 ${regionOf(meta)}` : '金标无此项';
        console.log(`   错: ${r.indicatorId}${r.breakdown ? '@' + r.breakdown : ''} = ${r.value}${r.unit} ${r.period} [${why}] «${r.quote.slice(0, 80)}»`);
      }
    }
  }
}

const pct = (a, b) => (b ? ((100 * a) / b).toFixed(1) + '%' : '-');
console.log(`\n语料 ${dir} · ${splits.join('+')} · 模式 ${mode}`);
console.log('风格 | 文本 | 应召回 | 召回 | 召回率 | 错误(陷阱/值不同/金标无)');
for (const [s, v] of [...byStyle.entries()].sort()) {
  console.log(`${s} | ${v.texts} | ${v.required} | ${v.matched} | ${pct(v.matched, v.required)} | ${v.wrong} (${v.trap}/${v.wrongValue}/${v.unannotated})`);
}
console.log(
  `合计 | ${totals.texts} | ${totals.required} | ${totals.matched} | ${pct(totals.matched, totals.required)} | ${totals.wrong} (${totals.trap}/${totals.wrongValue}/${totals.unannotated})`,
);
console.log(`记录 ${totals.records},其中可选金标 ${totals.optionalMatched};抽取用时 ${totals.ms.toFixed(0)} ms`);
if (scoreRegions) {
  const g = regionTally;
  console.log(`地区推断 | 对 ${g.right} | 错 ${g.wrong} | 未定 ${g.none} | 跳过 ${g.skipped}(地区未知或为乡镇街道)`);
  if (verbose) for (const w of g.wrongList) console.log(`   地区错: ${w}`);
}
