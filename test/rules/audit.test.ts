// The reviewer's audit as data: rules generated from the forms' hierarchy (and the catalogue's standards),
// hand-written subset / household / spending / policy rules. Each family passes on consistent figures and
// fails, at the right cell, on inconsistent ones.
import * as fs from 'fs';
import * as path from 'path';
import { book, run, findingsOf, passedOf, engineOf, Row } from './helpers';
import { loadForms, hierarchyChecks } from '../../src/core/forms';
import { loadCatalogue } from '../../src/core/catalogue';
import { defaultRules } from '../../src/core/rules/check';
import { formFamilies, generatedRules, partsSumCover, regenerate, isGeneratedId } from '../../src/core/rules/fromForms';
import { FormRow } from '../../src/core/types';
import { Rule } from '../../src/core/rules/types';
import { quoteAround } from '../../src/core/rules/readable';
import { formatText, reportSheet } from '../../src/core/rules/report';

const RULES_FILE = path.join(__dirname, '../../src/core/rules/rules.json');
const forms = loadForms();
const catalogue = loadCatalogue();
const rules = defaultRules();
const byId = new Map(rules.map((r) => [r.id, r]));
const key = (r: FormRow) => `${r.indicator}${r.breakdown ? `@${r.breakdown}` : ''}`;

describe('generated rules are current and cover the forms', () => {
  test('regenerating rules.json from the forms and the catalogue gives the same file (run `npm run rules` after changing them)', () => {
    const text = fs.readFileSync(RULES_FILE, 'utf8');
    const current = JSON.parse(text);
    expect(regenerate(current, generatedRules(forms, catalogue, partsSumCover(current.rules)))).toBe(text);
  });

  test('every total row of every form version has its rule: part → ==, 其中 → ≥ (or R02 sums the breakdown set)', () => {
    const r02 = byId.get('R02')!;
    const sets = r02.params!.sets as string[];
    const exprs = new Set(rules.filter((r) => r.severity === 'error').map((r) => r.expr));
    for (const f of forms) {
      const checks = hierarchyChecks(f);
      expect(checks.length).toBeGreaterThan(0);
      for (const h of checks) {
        const op = h.relation === 'part' ? '==' : '>=';
        const expr = `[${key(h.total)}] ${op} ${h.parts.map((p) => `[${key(p)}]`).join(' + ')}`;
        if (exprs.has(expr)) continue;
        // a total over its own urban/rural set: the parts_sum builtin (R02) checks it
        const ind = catalogue.indicators.find((i) => i.id === h.total.indicator)!;
        const bySet = h.relation === 'part' && !h.total.breakdown && !!ind.breakdowns && sets.includes(ind.breakdowns) && h.parts.every((p) => p.indicator === ind.id);
        expect({ version: f.id, total: h.total.label, expr, covered: bySet }).toEqual({ version: f.id, total: h.total.label, expr, covered: true });
      }
    }
  });

  test('a new form version brings its own rules without code: a made-up 2030 version adds its total', () => {
    const base = forms.find((f) => f.id === 'JZH01-2024')!;
    const rows: FormRow[] = [
      { ...base.rows[0], id: 'x_total', num: '（九）', label: '社区服务设施', unit: '个', code: null, depth: 0, parent: null, relation: null, isHeading: false, indicator: 'community_service_centers', breakdown: '' },
      { ...base.rows[0], id: 'x_a', num: '1.', label: '社区养老床位', unit: '个', code: null, depth: 1, parent: 'x_total', relation: '其中', isHeading: false, indicator: 'community_elder_beds', breakdown: '' },
    ];
    const v2030 = { ...base, id: 'JZH01-2030', validFrom: 2030, validTo: null, sameRowsAs: undefined, rows };
    const gen = generatedRules([...forms, v2030], catalogue, partsSumCover(rules));
    const r = gen.find((x) => x.expr === '[community_service_centers] >= [community_elder_beds]')!;
    expect(r).toMatchObject({ id: 'H-community_service_centers-其中', severity: 'error', scope: '表内' });
    expect(r.origin).toContain('JZH01-2030');
  });

  test('generated rules: stable unique ids, Chinese names and messages, every expression resolves', () => {
    const gen = rules.filter((r) => isGeneratedId(r.id));
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
    for (const r of gen) {
      expect(r.name).toMatch(/[\u4e00-\u9fff]/);
      expect(r.message).toMatch(/[\u4e00-\u9fff]/);
    }
    // a book holding every operand of every generated rule: no skip says an indicator or breakdown is unknown
    const rows: Row[] = [];
    const seen = new Set<string>();
    for (const r of gen) {
      for (const m of r.expr!.matchAll(/\[([^\]:@]+)(?:@([^\]:]+))?(?::上期)?\]/g)) {
        const k = `${m[1]}@${m[2] ?? ''}`;
        if (seen.has(k)) continue;
        seen.add(k);
        rows.push({ ind: m[1], bd: m[2], v: 1, prev: 1 });
      }
    }
    const res = run(book({ 表: rows }), { rules: gen });
    expect(res.ruleErrors).toEqual([]);
    expect(res.skipped.filter((s) => /未知指标|没有分组/.test(s.reason))).toEqual([]);
  });
});

describe('each generated hierarchy family passes on consistent figures and fails at the total', () => {
  for (const fam of formFamilies(forms)) {
    const rule = rules.find((r) => r.severity === 'error' && r.expr === `[${key(fam.total)}] ${fam.relation === 'part' ? '==' : '>='} ${fam.parts.map((p) => `[${key(p)}]`).join(' + ')}`);
    if (!rule) continue; // covered by R02 (tested with parts_sum)
    const parts = fam.parts.map((p, i) => ({ p, v: 10 * (i + 1) }));
    const sum = parts.reduce((a, x) => a + x.v, 0);
    const sheet = (total: number): Row[] => [
      { label: fam.total.label, unit: fam.total.unit, ind: fam.total.indicator!, bd: fam.total.breakdown || undefined, v: total },
      ...parts.map(({ p, v }) => ({ label: p.label, unit: p.unit, ind: p.indicator!, bd: p.breakdown || undefined, v })),
    ];
    test(`${rule.id} ${rule.name}`, () => {
      const ok = run(book({ 表: sheet(fam.relation === 'part' ? sum : sum + 5) }), { rules: [rule] });
      expect(findingsOf(ok, rule.id)).toEqual([]);
      expect(passedOf(ok, rule.id)).toBe(1);
      const bad = run(book({ 表: sheet(fam.relation === 'part' ? sum + 100 : sum - 20) }), { rules: [rule] });
      const f = findingsOf(bad, rule.id);
      expect(f).toHaveLength(1);
      expect(f[0].severity).toBe('error');
      expect([f[0].cells[0].sheet, f[0].cells[0].address]).toEqual(['表', 'D2']);
      expect(f[0].cells).toHaveLength(parts.length + 1);
    });
  }

  test('上期 twin: a sum that fails only in the previous-period column is a warning there', () => {
    const rule = byId.get('H-social_orgs:上期')!;
    const rows: Row[] = [
      { ind: 'social_orgs', unit: '个', v: 210, prev: 300 },
      { ind: 'social_groups', unit: '个', v: 100, prev: 100 },
      { ind: 'non_enterprise_units', unit: '个', v: 100, prev: 100 },
      { ind: 'foundations', unit: '个', v: 10, prev: 10 },
    ];
    const res = run(book({ 表: rows }), { rules: [byId.get('H-social_orgs')!, rule] });
    expect(findingsOf(res, 'H-social_orgs')).toEqual([]);
    const f = findingsOf(res, 'H-social_orgs:上期');
    expect(f.map((x) => [x.severity, x.cells[0].address])).toEqual([['warning', 'E2']]);
  });

  test('R02 now sums 公益性公墓 over its levels', () => {
    const rows = (t: number): Row[] => [
      { ind: 'public_cemeteries', unit: '个', v: t },
      { ind: 'public_cemeteries', bd: '区县级', unit: '个', v: 3 },
      { ind: 'public_cemeteries', bd: '镇街级', unit: '个', v: 30 },
      { ind: 'public_cemeteries', bd: '村级', unit: '个', v: 200 },
    ];
    expect(findingsOf(run(book({ 表: rows(233) }), { rules: [byId.get('R02')!] }), 'R02')).toEqual([]);
    const f = findingsOf(run(book({ 表: rows(100) }), { rules: [byId.get('R02')!] }), 'R02');
    expect(f.map((x) => x.cells[0].address)).toEqual(['D2']);
  });
});

/** [rule id, consistent rows, inconsistent rows, address of the finding's first cell, period or region] */
type Case = [string, Row[], Row[], string, { period?: string; region?: string }?];
const r = (ind: string, v: number, unit: string, bd?: string): Row => ({ ind, v, unit, bd });

const CASES: Case[] = [
  ['R09', [r('tekun_persons', 120, '人'), r('tekun_households', 110, '户')], [r('tekun_persons', 100, '人'), r('tekun_households', 110, '户')], 'D2'],
  ['R10', [r('tekun_persons', 50, '人', '城市'), r('tekun_households', 50, '户', '城市')], [r('tekun_persons', 49, '人', '城市'), r('tekun_households', 50, '户', '城市')], 'D2'],
  ['R11', [r('tekun_persons', 900, '人', '农村'), r('tekun_households', 800, '户', '农村')], [r('tekun_persons', 700, '人', '农村'), r('tekun_households', 800, '户', '农村')], 'D2'],
  ['A01', [r('social_orgs', 5475, '个'), r('charity_orgs', 65, '个')], [r('social_orgs', 5475, '个'), r('charity_orgs', 6000, '个')], 'D3'],
  ['A02', [r('elder_inst_beds', 500, '张'), r('nursing_beds', 300, '张')], [r('elder_inst_beds', 500, '张'), r('nursing_beds', 501, '张')], 'D3'],
  ['A03', [r('elder_beds', 900, '张'), r('elder_inst_beds', 500, '张')], [r('elder_beds', 100, '张'), r('elder_inst_beds', 500, '张')], 'D3'],
  ['A04', [r('tekun_persons', 900, '人'), r('tekun_persons', 300, '人', '集中供养')], [r('tekun_persons', 900, '人'), r('tekun_persons', 901, '人', '集中供养')], 'D3'],
  ['A05', [r('disab_two_persons', 1000, '人'), r('disab_living_persons', 600, '人')], [r('disab_two_persons', 1000, '人'), r('disab_living_persons', 1200, '人')], 'D3'],
  ['A06', [r('disab_two_persons', 1000, '人'), r('disab_care_persons', 700, '人')], [r('disab_two_persons', 1000, '人'), r('disab_care_persons', 1001, '人')], 'D3'],
  ['A07', [r('lottery_sales', 73700, '万元'), r('lottery_welfare_fund', 20000, '万元')], [r('lottery_sales', 73700, '万元'), r('lottery_welfare_fund', 80000, '万元')], 'D3'],
  // 城市低保: 1000 persons × 800 元 × 12 months = 960万元; 1.1 × → 1056万; 0.2 × → 192万
  ['B01', [r('dibao_funds', 900, '万元', '城市'), r('dibao_persons', 1000, '人', '城市'), r('dibao_std_urban', 800, '元/人·月')], [r('dibao_funds', 1100, '万元', '城市'), r('dibao_persons', 1000, '人', '城市'), r('dibao_std_urban', 800, '元/人·月')], 'D2'],
  ['B02', [r('dibao_funds', 200, '万元', '城市'), r('dibao_persons', 1000, '人', '城市'), r('dibao_std_urban', 800, '元/人·月')], [r('dibao_funds', 150, '万元', '城市'), r('dibao_persons', 1000, '人', '城市'), r('dibao_std_urban', 800, '元/人·月')], 'D2'],
  // the same 700万元 is fine for a year, too much for 上半年 (6 months: 480万 × 1.1 = 528万)
  ['B01', [r('dibao_funds', 500, '万元', '城市'), r('dibao_persons', 1000, '人', '城市'), r('dibao_std_urban', 800, '元/人·月')], [r('dibao_funds', 700, '万元', '城市'), r('dibao_persons', 1000, '人', '城市'), r('dibao_std_urban', 800, '元/人·月')], 'D2', { period: '上半年' }],
  // 农村低保 stated per year on the form: 7200 元/人·年 = 600 元/人·月; 2000 persons × 600 × 9 months = 1080万
  ['B03', [r('dibao_funds', 1000, '万元', '农村'), r('dibao_persons', 2000, '人', '农村'), r('dibao_std_rural', 7200, '元/人·年')], [r('dibao_funds', 1200, '万元', '农村'), r('dibao_persons', 2000, '人', '农村'), r('dibao_std_rural', 7200, '元/人·年')], 'D2', { period: '1-9月' }],
  ['B04', [r('dibao_funds', 300, '万元', '农村'), r('dibao_persons', 2000, '人', '农村'), r('dibao_std_rural', 7200, '元/人·年')], [r('dibao_funds', 200, '万元', '农村'), r('dibao_persons', 2000, '人', '农村'), r('dibao_std_rural', 7200, '元/人·年')], 'D2', { period: '1-9月' }],
  // 特困: 100 persons × 1000 元 × 12 = 120万; × 3 = 360万
  ['B05', [r('tekun_funds', 200, '万元'), r('tekun_persons', 100, '人'), r('tekun_std', 1000, '元/人·月')], [r('tekun_funds', 400, '万元'), r('tekun_persons', 100, '人'), r('tekun_std', 1000, '元/人·月')], 'D2'],
  // 孤儿: (10 × 1500 + 40 × 1200) × 12 = 75.6万
  ['B06', [r('orphan_living_funds', 80, '万元'), r('orphan_persons', 10, '人', '机构养育'), r('orphan_std', 1500, '元/人·月', '机构养育'), r('orphan_persons', 40, '人', '社会散居'), r('orphan_std', 1200, '元/人·月', '社会散居')], [r('orphan_living_funds', 95, '万元'), r('orphan_persons', 10, '人', '机构养育'), r('orphan_std', 1500, '元/人·月', '机构养育'), r('orphan_persons', 40, '人', '社会散居'), r('orphan_std', 1200, '元/人·月', '社会散居')], 'D2'],
  ['B07', [r('orphan_living_funds', 50, '万元'), r('orphan_persons', 10, '人', '机构养育'), r('orphan_std', 1500, '元/人·月', '机构养育'), r('orphan_persons', 40, '人', '社会散居'), r('orphan_std', 1200, '元/人·月', '社会散居')], [r('orphan_living_funds', 40, '万元'), r('orphan_persons', 10, '人', '机构养育'), r('orphan_std', 1500, '元/人·月', '机构养育'), r('orphan_persons', 40, '人', '社会散居'), r('orphan_std', 1200, '元/人·月', '社会散居')], 'D2'],
  // 两项补贴: (1000 × 100 + 500 × 120) × 12 = 192万 at the highest grade; (1000 × 80 + 500 × 90) × 12 = 150万 at the lowest
  ['B08', [r('disab_two_funds', 200, '万元'), r('disab_living_persons', 1000, '人'), r('disab_living_std', 100, '元/人·月', '一级'), r('disab_living_std', 80, '元/人·月', '二级'), r('disab_care_persons', 500, '人'), r('disab_care_std', 120, '元/人·月', '一级'), r('disab_care_std', 90, '元/人·月', '二级')], [r('disab_two_funds', 240, '万元'), r('disab_living_persons', 1000, '人'), r('disab_living_std', 100, '元/人·月', '一级'), r('disab_living_std', 80, '元/人·月', '二级'), r('disab_care_persons', 500, '人'), r('disab_care_std', 120, '元/人·月', '一级'), r('disab_care_std', 90, '元/人·月', '二级')], 'D2'],
  ['B09', [r('disab_two_funds', 100, '万元'), r('disab_living_persons', 1000, '人'), r('disab_living_std', 100, '元/人·月', '一级'), r('disab_living_std', 80, '元/人·月', '二级'), r('disab_care_persons', 500, '人'), r('disab_care_std', 120, '元/人·月', '一级'), r('disab_care_std', 90, '元/人·月', '二级')], [r('disab_two_funds', 80, '万元'), r('disab_living_persons', 1000, '人'), r('disab_living_std', 100, '元/人·月', '一级'), r('disab_living_std', 80, '元/人·月', '二级'), r('disab_care_persons', 500, '人'), r('disab_care_std', 120, '元/人·月', '一级'), r('disab_care_std', 90, '元/人·月', '二级')], 'D2'],
  // 济南 2020: 7221.24万元 ÷ 55548 人 = 1300 元/人 exactly
  ['B10', [r('funeral_waiver_funds', 7221.24, '万元'), r('funeral_waiver_persons', 55548, '人'), r('funeral_subsidy_std', 1300, '元/人')], [r('funeral_waiver_funds', 7221.24, '万元'), r('funeral_waiver_persons', 55548, '人'), r('funeral_subsidy_std', 1200, '元/人')], 'D2'],
  // P04 against the higher (urban) 低保 standard: 1000 ≥ 1.3 × 600 but < 1.3 × 800 = 1040 (河南: k set)
  ['P04', [r('tekun_std', 1100, '元/人·月'), r('dibao_std_urban', 800, '元/人·月'), r('dibao_std_rural', 600, '元/人·月')], [r('tekun_std', 1000, '元/人·月'), r('dibao_std_urban', 800, '元/人·月'), r('dibao_std_rural', 600, '元/人·月')], 'D2', { region: '郑州市' }],
  ['P04W', [r('tekun_std', 1100, '元/人·月'), r('dibao_std_urban', 800, '元/人·月'), r('dibao_std_rural', 600, '元/人·月')], [r('tekun_std', 1000, '元/人·月'), r('dibao_std_urban', 800, '元/人·月'), r('dibao_std_rural', 600, '元/人·月')], 'D2'],
  ['P15', [r('fmcare_std', 1200, '元/人·月'), r('orphan_std', 1200, '元/人·月', '社会散居')], [r('fmcare_std', 1000, '元/人·月'), r('orphan_std', 1200, '元/人·月', '社会散居')], 'D2'],
  ['P18', [r('fmcare_std', 600, '元/人·月')], [r('fmcare_std', 550, '元/人·月')], 'D2'],
  ['D-dibao_std_urban', [{ ...r('dibao_std_urban', 821, '元/人·月'), prev: 780 }], [{ ...r('dibao_std_urban', 760, '元/人·月'), prev: 780 }], 'D2'],
  ['D-tekun_care_std@完全不能自理', [{ ...r('tekun_care_std', 900, '元/人·月', '完全不能自理'), prev: 900 }], [{ ...r('tekun_care_std', 850, '元/人·月', '完全不能自理'), prev: 900 }], 'D2'],
];

describe('hand-written rules: a passing and a failing workbook each', () => {
  for (const [id, good, bad, at, opt] of CASES) {
    const period = opt?.period;
    const region = opt?.region;
    test(`${id} ${byId.get(id)?.name ?? '(缺少规则)'}${period ? `(${period})` : ''}${region ? `(${region})` : ''}`, () => {
      const rule = byId.get(id)!;
      expect(rule).toBeDefined();
      const ok = run(book({ 表: good }, { period, region }), { rules: [rule] });
      expect(findingsOf(ok, id)).toEqual([]);
      expect(passedOf(ok, id)).toBe(1);
      const res = run(book({ 表: bad }, { period, region }), { rules: [rule] });
      const f = findingsOf(res, id);
      expect(f).toHaveLength(1);
      expect(f[0].cells[0].address).toBe(at);
      expect(f[0].message).toMatch(/[\u4e00-\u9fff]/);
    });
  }

  test('every hand-written audit rule (R09–R11, A…, B…, P18) has its cases here', () => {
    const ids = rules.filter((x) => /^([AB]\d\d|R(09|10|11)|P18)$/.test(x.id)).map((x) => x.id);
    expect(ids.length).toBe(21); // T01–T03: the describe block below
    for (const id of ids) expect([id, CASES.some((c) => c[0] === id)]).toEqual([id, true]);
  });

  test('B01 uses the months of the period: 上半年 → 6 in the message', () => {
    const rows = [r('dibao_funds', 700, '万元', '城市'), r('dibao_persons', 1000, '人', '城市'), r('dibao_std_urban', 800, '元/人·月')];
    const f = findingsOf(run(book({ 表: rows }, { period: '上半年' }), { rules: [byId.get('B01')!] }), 'B01')[0];
    expect(f.message).toContain('月数 6');
    expect(f.message).toContain('上限系数 1.1');
  });
});

describe('policy coefficients: errors where the province sets k, warnings elsewhere', () => {
  const rows = [r('tekun_std_urban', 1000, '元/人·月'), r('dibao_std_urban', 821, '元/人·月')];
  const pick = (ids: string[]): Rule[] => ids.map((id) => byId.get(id)!);
  test('贵州 (k set, DOMAIN.md): P01 error, no warning twin', () => {
    const res = run(book({ 表: rows }, { region: '贵阳市' }), { rules: pick(['P01', 'P01W']) });
    expect(res.findings.map((f) => [f.ruleId, f.severity])).toEqual([['P01', 'error']]);
    expect(res.findings[0].message).toContain('贵州省系数 1.3');
  });
  test('山东 (no k set): P01 passes (k 0), P01W warns with the default 1.3', () => {
    const res = run(book({ 表: rows }, { region: '济南市' }), { rules: pick(['P01', 'P01W']) });
    expect(res.findings.map((f) => [f.ruleId, f.severity])).toEqual([['P01W', 'warning']]);
    expect(res.findings[0].message).toContain('1.3');
  });
  test('S01 (与数据源) is a warning', () => {
    expect(byId.get('S01')!.severity).toBe('warning');
  });
});

describe('across periods and regions (builtins ytd_monotone, city_districts)', () => {
  const only = (id: string) => ({ rules: [byId.get(id)!] });
  const row = (ind: string, v: number, unit: string, extra: Partial<Row> = {}): Row => ({ ind, v, unit, ...extra });

  test('T01: 1-9月 低保资金 ≥ 上半年 in the same workbook; a fall is found at the 1-9月 cell', () => {
    const ok = run(book({ 表: [row('dibao_funds', 500, '万元', { period: '上半年' }), row('dibao_funds', 800, '万元', { period: '1-9月' })] }), only('T01'));
    expect(findingsOf(ok, 'T01')).toEqual([]);
    expect(passedOf(ok, 'T01')).toBe(1);
    const bad = run(book({ 表: [row('dibao_funds', 500, '万元', { period: '上半年' }), row('dibao_funds', 400, '万元', { period: '1-9月' })] }), only('T01'));
    const f = findingsOf(bad, 'T01');
    expect(f.map((x) => [x.severity, x.cells.map((c) => c.address)])).toEqual([['error', ['D3', 'D2']]]);
    expect(f[0].message).toContain('1-9月 400 万元 < 上半年 500 万元');
  });

  test('T01: stocks (persons) may fall; another region or year is not compared', () => {
    const res = run(book({ 表: [
      row('dibao_persons', 500, '人', { period: '上半年' }), row('dibao_persons', 400, '人', { period: '1-9月' }),
      row('dibao_funds', 500, '万元', { period: '上半年', region: '章丘区' }), row('dibao_funds', 400, '万元', { period: '1-9月' }),
    ] }), only('T01'));
    expect(findingsOf(res, 'T01')).toEqual([]);
  });

  test('T01: the earlier period from the dataset when the workbook holds one period', () => {
    const engine = engineOf([['济南市', 2020, 'dibao_funds', '', 500, '万元', 'exact', '上半年']]);
    const bad = run(book({ 表: [row('dibao_funds', 400, '万元', { period: '1-9月' })] }), { ...only('T01'), engine });
    expect(findingsOf(bad, 'T01').map((x) => x.cells[0].address)).toEqual(['D2']);
    const ok = run(book({ 表: [row('dibao_funds', 600, '万元', { period: '1-9月' })] }), { ...only('T01'), engine });
    expect(findingsOf(ok, 'T01')).toEqual([]);
  });

  test('T01: the dataset is asked for quarters only where it holds a part of the year (hasPartYear)', () => {
    const engine = engineOf([
      ['济南市', 2020, 'dibao_funds', '', 500, '万元', 'exact', '上半年'],
      ['济南市', 2019, 'dibao_funds', '', 900, '万元'],
    ]);
    expect(engine.hasYear('济南市', 2019)).toBe(true);
    expect(engine.hasYear('济南市', 2018)).toBe(false);
    expect(engine.hasPartYear('济南市', 2020)).toBe(true);
    expect(engine.hasPartYear('济南市', 2019)).toBe(false);
    expect(engine.hasPartYear('青岛市', 2020)).toBe(false);
    // an engine that says it has no part of the year is not asked for one; the same engine without the
    // method is asked (and finds the fall)
    const asked: string[] = [];
    const spy = (withFlag: boolean) => ({
      catalogue: engine.catalogue,
      find: (r: string, i: string, y: number, b?: string, p?: string) => {
        if (p) asked.push(p);
        return engine.find(r, i, y, b, p);
      },
      ...(withFlag ? { hasPartYear: () => false } : {}),
    });
    const wb = book({ 表: [row('dibao_funds', 400, '万元', { period: '1-9月' })] });
    // (the cell's own period, 1-9月, is looked up for every rule; the earlier quarters only by T01)
    expect(findingsOf(run(wb, { ...only('T01'), engine: spy(false) }), 'T01')).toHaveLength(1);
    expect(asked).toContain('上半年');
    asked.length = 0;
    expect(findingsOf(run(wb, { ...only('T01'), engine: spy(true) }), 'T01')).toEqual([]);
    expect(asked.filter((p) => p !== '1-9月')).toEqual([]);
  });

  // a prefecture with exactly three county-level children, from the bundled regions
  const cat = loadCatalogue();
  const city = cat.regions.find((r) => r.level === 'city' && cat.regions.filter((x) => x.parent === r.name).length === 3)!;
  const kids = cat.regions.filter((x) => x.parent === city.name).map((x) => x.name);

  test('T02: Σ districts present ≤ city (济南 and 章丘 only); more is found at the city cell', () => {
    const ok = run(book({ 表: [row('dibao_persons', 30000, '人'), row('dibao_persons', 3000, '人', { region: '章丘区' })] }), only('T02'));
    expect(findingsOf(ok, 'T02')).toEqual([]);
    expect(passedOf(ok, 'T02')).toBe(1);
    const bad = run(book({ 表: [row('dibao_persons', 3000, '人'), row('dibao_persons', 4000, '人', { region: '章丘区' })] }), only('T02'));
    const f = findingsOf(bad, 'T02');
    expect(f.map((x) => [x.severity, x.cells[0].address])).toEqual([['error', 'D2']]);
    expect(f[0].message).toContain('表中 1 个');
  });

  test(`T02: every district present (${city.name}: ${kids.join('、')}): persons must add up exactly`, () => {
    const rows = (total: number): Row[] => [row('dibao_persons', total, '人', { region: city.name }), ...kids.map((k, i) => row('dibao_persons', 100 * (i + 1), '人', { region: k }))];
    expect(findingsOf(run(book({ 表: rows(600) }), only('T02')), 'T02')).toEqual([]);
    const f = findingsOf(run(book({ 表: rows(650) }), only('T02')), 'T02');
    expect(f.map((x) => x.cells[0].address)).toEqual(['D2']);
    expect(f[0].message).toContain('≠');
  });

  test('T03: the city standard is the person-weighted mean of its districts (800, 900, 1000 over 100, 200, 300 persons = 933.3)', () => {
    const rows = (std: number): Row[] => [
      row('dibao_std_urban', std, '元/人·月', { region: city.name }),
      ...kids.flatMap((k, i) => [row('dibao_std_urban', 800 + 100 * i, '元/人·月', { region: k }), row('dibao_persons', 100 * (i + 1), '人', { region: k, bd: '城市' })]),
    ];
    const ok = run(book({ 表: rows(933) }), only('T03'));
    expect(findingsOf(ok, 'T03')).toEqual([]);
    expect(passedOf(ok, 'T03')).toBe(1);
    const f = findingsOf(run(book({ 表: rows(1000) }), only('T03')), 'T03');
    expect(f.map((x) => [x.severity, x.cells[0].address])).toEqual([['warning', 'D2']]);
    expect(f[0].message).toContain('933.3');
  });
});

describe('readable findings', () => {
  test('quoteAround: a short sentence whole; a long one around its number, not its first characters', () => {
    expect(quoteAround('按照1300元/人标准,为55548名亡故居民减免费用7221.24万元。', 7221.24)).toBe('按照1300元/人标准,为55548名亡故居民减免费用7221.24万元。');
    const long = `${'开展散埋乱葬坟墓摸排定位,普查面积较大,推广绿色节地生态安葬,举办海葬活动,'.repeat(3)}依法办理结婚登记50486对,离婚登记29617对,全省率先启用婚姻电子证照。`;
    const q = quoteAround(long, 29617, 40);
    expect(q).toContain('离婚登记29617对');
    expect(q.startsWith('…')).toBe(true);
    expect(q.length).toBeLessThanOrEqual(42);
    // 1,300 with a thousands separator; 300 is not found inside 1300
    expect(quoteAround(`${'甲'.repeat(90)}补贴1,300元/人${'乙'.repeat(90)}`, 1300, 20)).toContain('1,300');
    expect(quoteAround(`${'甲'.repeat(90)}补贴1300元${'乙'.repeat(90)}`, 300, 20)).toBe(`${'甲'.repeat(20)}…`);
  });

  test('S01 quotes the sentence around the figure', () => {
    const quote = `${'全市民政系统围绕中心工作,推进各项改革,'.repeat(4)}城市低保标准提高到每人每月821元,农村低保标准提高到每人每月614元。`;
    const engine = engineOf([['济南市', 2020, 'dibao_std_urban', '', 821, '元/人·月']]);
    const rec = engine.find('济南市', 'dibao_std_urban', 2020, '', '全年')!;
    (rec as { quote: string }).quote = quote;
    const f = findingsOf(run(book({ 表: [r('dibao_std_urban', 850, '元/人·月')] }), { rules: [byId.get('S01')!], engine }), 'S01')[0];
    expect(f.message).toContain('每人每月821元');
    expect(f.message).not.toContain(quote.slice(0, 60));
  });

  test('S01: a region and year the dataset holds nothing of are not looked up (hasYear); the findings are the same', () => {
    const engine = engineOf([['济南市', 2020, 'dibao_std_urban', '', 821, '元/人·月']]);
    const looked: string[] = [];
    const spy = (withFlag: boolean) => ({
      catalogue: engine.catalogue,
      find: (rg: string, i: string, y: number, b?: string, p?: string) => {
        looked.push(`${rg}${y}`);
        return engine.find(rg, i, y, b, p);
      },
      ...(withFlag ? { hasYear: (rg: string, y: number) => engine.hasYear(rg, y) } : {}),
    });
    const wb = book({ 表: [r('dibao_std_urban', 850, '元/人·月'), { ...r('dibao_std_urban', 800, '元/人·月'), year: 2019 }] });
    const plain = run(wb, { rules: [byId.get('S01')!], engine: spy(false) });
    expect(looked).toEqual(['济南市2020', '济南市2019']);
    looked.length = 0;
    const flagged = run(wb, { rules: [byId.get('S01')!], engine: spy(true) });
    expect(looked).toEqual(['济南市2020']);
    expect(findingsOf(flagged, 'S01').map((f) => f.cells[0].address)).toEqual(findingsOf(plain, 'S01').map((f) => f.cells[0].address));
    expect(findingsOf(flagged, 'S01')).toHaveLength(1);
  });

  test('C01 change warnings give units', () => {
    const f = findingsOf(run(book({ 表: [{ ...r('dibao_std_urban', 1155, '元/人·月'), prev: 770 }] }), { rules: [byId.get('C01')!] }), 'C01')[0];
    expect(f.message).toContain('本期 1155 元/人·月,上期 770 元/人·月');
  });

  test('108 regions with the same gap: one line per rule and sheet with the count and every cell', () => {
    const regions = cat108();
    const rows: Row[] = regions.map((region) => ({ ...r('social_orgs', 10, '个'), region }));
    for (const region of regions) rows.push({ ...r('charity_orgs', 20, '个'), region });
    const res = run(book({ 表: rows }), { rules: [byId.get('A01')!] });
    expect(findingsOf(res, 'A01')).toHaveLength(108); // every finding stays in the result and the JSON
    const text = formatText(res);
    expect(text.match(/ A01 /g)).toHaveLength(1);
    expect(text).toContain('同类问题共 108 处');
    expect(text).toContain('等 108 个地区');
    expect(text).toContain(`表!D${108 + 2}、表!D${108 + 3}`);
    const sheet = reportSheet(res);
    expect(sheet.blocks[0].values.filter((row) => String(row[2]).startsWith('A01'))).toHaveLength(1);
  });
});

function cat108(): string[] {
  return loadCatalogue().regions.filter((x) => x.level === 'county').slice(0, 108).map((x) => x.name);
}
