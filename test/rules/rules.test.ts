// Every bundled rule: a passing and a failing workbook, built here by hand.
import { book, engineOf, findingsOf, passedOf, run, Row } from './helpers';
import { defaultRules } from '../../src/core/rules/check';
import { MzEngine } from '../../src/core/engine';

const M = '元/人·月';
const Y = '元/人·年';

interface Case {
  rule: string;
  sheets: Record<string, Row[]>;
  engine?: MzEngine;
  region?: string;
  /** undefined = passes; else the A1 address (Sheet!D2) of the first cell of the finding */
  failAt?: string;
  /** text the finding's message must contain */
  says?: string[];
}

const S = '社会救助标准';
/** rules whose passing and failing books are in audit.test.ts (which checks that every one has them) */
const AUDIT_TESTED = /^([HD]-|[AB]\d\d$|T0[1-3]$|R(09|10|11)$|P18$)/;
const cases: Record<string, Case> = {
  // R01 totals = sum of parts, with rounding tolerance
  'R01 pass 20.2 = 4.4 + 5.7 + 10.1 (亿元)': {
    rule: 'R01',
    sheets: { 民政资金: [
      { ind: 'mz_funds_total', unit: '亿元', v: 20.2 },
      { ind: 'mz_funds_total', bd: '中央省级', unit: '亿元', v: 4.4 },
      { ind: 'mz_funds_total', bd: '市级', unit: '亿元', v: 5.7 },
      { ind: 'mz_funds_total', bd: '区县级', unit: '亿元', v: 10.1 },
    ] },
  },
  'R01 pass 20.2 vs 20.3 (within the summed half-units 0.2)': {
    rule: 'R01',
    sheets: { 民政资金: [
      { ind: 'mz_funds_total', unit: '亿元', v: 20.2 },
      { ind: 'mz_funds_total', bd: '中央省级', unit: '亿元', v: 4.4 },
      { ind: 'mz_funds_total', bd: '市级', unit: '亿元', v: 5.7 },
      { ind: 'mz_funds_total', bd: '区县级', unit: '亿元', v: 10.2 },
    ] },
  },
  'R01 fail 20.2 vs 4.4 + 5.7 + 10.3': {
    rule: 'R01',
    sheets: { 民政资金: [
      { ind: 'mz_funds_total', unit: '亿元', v: 20.2 },
      { ind: 'mz_funds_total', bd: '中央省级', unit: '亿元', v: 4.4 },
      { ind: 'mz_funds_total', bd: '市级', unit: '亿元', v: 5.7 },
      { ind: 'mz_funds_total', bd: '区县级', unit: '亿元', v: 10.3 },
    ] },
    failAt: '民政资金!D2',
    says: ['民政资金总投入 20.2', '20.4'],
  },
  'R01 pass 万元 figures rounded from 亿 (202000 = 44000 + 57000 + 101000)': {
    rule: 'R01',
    sheets: { 民政资金: [
      { ind: 'mz_funds_total', unit: '万元', v: 202000 },
      { ind: 'mz_funds_total', bd: '中央省级', unit: '万元', v: 44000 },
      { ind: 'mz_funds_total', bd: '市级', unit: '万元', v: 57000 },
      { ind: 'mz_funds_total', bd: '区县级', unit: '万元', v: 101300 },
    ] },
  },
  // R02 generic parts (urban + rural); exact integer counts
  'R02 pass persons 1000 = 600 + 400': {
    rule: 'R02',
    sheets: { T: [
      { ind: 'dibao_persons', unit: '人', v: 1000 },
      { ind: 'dibao_persons', bd: '城市', unit: '人', v: 600 },
      { ind: 'dibao_persons', bd: '农村', unit: '人', v: 400 },
    ] },
  },
  'R02 fail persons 751 ≠ 400 + 350 (integers are exact)': {
    rule: 'R02',
    sheets: { T: [
      { ind: 'orphan_persons', unit: '人', v: 751 },
      { ind: 'orphan_persons', bd: '机构养育', unit: '人', v: 400 },
      { ind: 'orphan_persons', bd: '社会散居', unit: '人', v: 350 },
    ] },
    failAt: 'T!D2',
    says: ['751', '750'],
  },
  'R03 pass persons ≥ households': { rule: 'R03', sheets: { T: [{ ind: 'dibao_persons', unit: '人', v: 5000 }, { ind: 'dibao_households', unit: '户', v: 3000 }] } },
  'R03 fail persons < households': { rule: 'R03', sheets: { T: [{ ind: 'dibao_persons', unit: '人', v: 2000 }, { ind: 'dibao_households', unit: '户', v: 3000 }] }, failAt: 'T!D2' },
  'R04 pass urban': { rule: 'R04', sheets: { T: [{ ind: 'dibao_persons', bd: '城市', unit: '人', v: 9 }, { ind: 'dibao_households', bd: '城市', unit: '户', v: 9 }] } },
  'R04 fail urban': { rule: 'R04', sheets: { T: [{ ind: 'dibao_persons', bd: '城市', unit: '人', v: 8 }, { ind: 'dibao_households', bd: '城市', unit: '户', v: 9 }] }, failAt: 'T!D2' },
  'R05 pass rural (万人 vs 户)': { rule: 'R05', sheets: { T: [{ ind: 'dibao_persons', bd: '农村', unit: '万人', v: 1.2 }, { ind: 'dibao_households', bd: '农村', unit: '户', v: 9000 }] } },
  'R05 fail rural': { rule: 'R05', sheets: { T: [{ ind: 'dibao_persons', bd: '农村', unit: '人', v: 100 }, { ind: 'dibao_households', bd: '农村', unit: '户', v: 101 }] }, failAt: 'T!D2' },
  // R06 rate = part / whole: 章丘 2020 12184 / 17177 = 70.93% stated as 70.9
  'R06 pass 章丘 70.9 = 12184 / 17177 × 100': {
    rule: 'R06',
    region: '章丘区',
    sheets: { T: [{ ind: 'poverty_coverage_rate', unit: '%', v: 70.9 }, { ind: 'poverty_covered', unit: '人', v: 12184 }, { ind: 'poverty_registered', unit: '人', v: 17177 }] },
  },
  'R06 fail 79.0 ≠ 70.93': {
    rule: 'R06',
    region: '章丘区',
    sheets: { T: [{ ind: 'poverty_coverage_rate', unit: '%', v: 79 }, { ind: 'poverty_covered', unit: '人', v: 12184 }, { ind: 'poverty_registered', unit: '人', v: 17177 }] },
    failAt: 'T!D2',
    says: ['70.93'],
  },
  // R07 per capita: 重庆 2021 49.14亿 / 82.51万人 / 12 = 496.3 ≤ 636
  'R07 pass 重庆 49.14亿 / 82.51万人 / 12 = 496 ≤ 636': {
    rule: 'R07',
    region: '重庆市',
    sheets: { T: [
      { ind: 'dibao_funds', unit: '亿元', v: 49.14 }, { ind: 'dibao_persons', unit: '万人', v: 82.51 },
      { ind: 'dibao_std_urban', unit: M, v: 636 }, { ind: 'dibao_std_rural', unit: M, v: 515 },
    ] },
  },
  'R07 fail 49.14亿 / 52.51万人 / 12 = 780 > 636': {
    rule: 'R07',
    region: '重庆市',
    sheets: { T: [
      { ind: 'dibao_funds', unit: '亿元', v: 49.14 }, { ind: 'dibao_persons', unit: '万人', v: 52.51 },
      { ind: 'dibao_std_urban', unit: M, v: 636 }, { ind: 'dibao_std_rural', unit: M, v: 515 },
    ] },
    failAt: 'T!D2',
  },
  // R08: 特困 17.95亿 / 17.95万人 / 12 = 833 ≥ 0.5 × 827
  'R08 pass 重庆 特困 833 ≥ 0.5 × 827': {
    rule: 'R08', region: '重庆市',
    sheets: { T: [{ ind: 'tekun_funds', unit: '亿元', v: 17.95 }, { ind: 'tekun_persons', unit: '万人', v: 17.95 }, { ind: 'tekun_std', unit: M, v: 827 }] },
  },
  'R08 fail 1.795亿 / 17.95万人 / 12 = 83 < 413.5': {
    rule: 'R08', region: '重庆市',
    sheets: { T: [{ ind: 'tekun_funds', unit: '亿元', v: 1.795 }, { ind: 'tekun_persons', unit: '万人', v: 17.95 }, { ind: 'tekun_std', unit: M, v: 827 }] },
    failAt: 'T!D2',
  },
  // X01 same figure on two sheets
  'X01 pass same value on two sheets': {
    rule: 'X01',
    sheets: { A: [{ ind: 'dibao_std_urban', unit: M, v: 821 }], B: [{ ind: 'dibao_std_urban', unit: M, v: 821 }] },
  },
  'X01 fail 821 vs 812': {
    rule: 'X01',
    sheets: { A: [{ ind: 'dibao_std_urban', unit: M, v: 821 }], B: [{ ind: 'dibao_std_urban', unit: M, v: 812 }] },
    failAt: 'B!D2',
    says: ['821', '812', 'A!D2', 'B!D2'],
  },
  'X01 pass same figure in different units (月 vs 年)': {
    rule: 'X01',
    sheets: { A: [{ ind: 'dibao_std_rural', unit: M, v: 614 }], B: [{ ind: 'dibao_std_rural', unit: Y, v: 7368 }] },
  },
  // X02 汇总 = detail
  'X02 pass 汇总 equals detail': {
    rule: 'X02',
    sheets: { 社会救助标准: [{ ind: 'tekun_std_urban', unit: M, v: 1232 }], 汇总: [{ ind: 'tekun_std_urban', unit: M, v: 1232, formula: "社会救助标准!D2" }] },
  },
  'X02 fail 汇总 typed over': {
    rule: 'X02',
    sheets: { 社会救助标准: [{ ind: 'tekun_std_urban', unit: M, v: 1232 }], 汇总: [{ ind: 'tekun_std_urban', unit: M, v: 1323 }] },
    failAt: '汇总!D2',
    says: ['1323', '1232'],
  },
  // S01 与数据源
  'S01 pass cell equals the dataset (20.2亿 in 万元)': {
    rule: 'S01',
    engine: engineOf([['济南市', 2020, 'mz_funds_total', '', 20.2, '亿元']]),
    sheets: { T: [{ ind: 'mz_funds_total', unit: '万元', v: 202000 }] },
  },
  'S01 fail changed standard 821 → 850': {
    rule: 'S01',
    engine: engineOf([['济南市', 2020, 'dibao_std_urban', '', 821, M]]),
    sheets: { T: [{ ind: 'dibao_std_urban', unit: M, v: 850 }] },
    failAt: 'T!D2',
    says: ['850', '821'],
  },
  'S01 pass 余: cell above the stated floor': {
    rule: 'S01',
    engine: engineOf([['重庆市', 2021, 'fmcare_persons', '', 6800, '人', '余']]),
    region: '重庆市',
    sheets: { T: [{ ind: 'fmcare_persons', unit: '人', v: 6853, year: 2021 }] },
  },
  // P01 特困 ≥ k × 低保 (urban)
  'P01 pass 济南 1232 ≥ 1.3 × 821 = 1067.3': { rule: 'P01', sheets: { [S]: [{ ind: 'tekun_std_urban', unit: M, v: 1232 }, { ind: 'dibao_std_urban', unit: M, v: 821 }] } },
  // P01–P04 are errors where the province sets k (DOMAIN.md: 贵州, 河南, 甘肃, 安徽); elsewhere k is 0 and the P0xW twin warns
  'P01 fail 贵阳 1000 < 1.3 × 821 = 1067.3 (贵州省系数 1.3)': {
    rule: 'P01',
    region: '贵阳市',
    sheets: { [S]: [{ ind: 'tekun_std_urban', unit: M, v: 1000 }, { ind: 'dibao_std_urban', unit: M, v: 821 }] },
    failAt: `${S}!D2`,
    says: ['城市特困人员基本生活标准 1000', '<', '1.3 × 城市低保标准 821 = 1067.3', '贵州省系数 1.3'],
  },
  'P01 pass 济南 1000 (山东 sets no k: no error)': { rule: 'P01', sheets: { [S]: [{ ind: 'tekun_std_urban', unit: M, v: 1000 }, { ind: 'dibao_std_urban', unit: M, v: 821 }] } },
  'P01W fail 济南 1000 < 1.3 × 821 (a warning)': {
    rule: 'P01W',
    sheets: { [S]: [{ ind: 'tekun_std_urban', unit: M, v: 1000 }, { ind: 'dibao_std_urban', unit: M, v: 821 }] },
    failAt: `${S}!D2`,
    says: ['1067.3', '本省未设定系数'],
  },
  'P01W pass 贵阳 1000 (贵州 sets k: only P01 speaks)': { rule: 'P01W', region: '贵阳市', sheets: { [S]: [{ ind: 'tekun_std_urban', unit: M, v: 1000 }, { ind: 'dibao_std_urban', unit: M, v: 821 }] } },
  'P02W pass 淄博 625 ≥ 624': { rule: 'P02W', sheets: { [S]: [{ ind: 'tekun_std_rural', unit: M, v: 625 }, { ind: 'dibao_std_rural', unit: M, v: 480 }] } },
  'P02W fail 淄博 600 < 624': { rule: 'P02W', sheets: { [S]: [{ ind: 'tekun_std_rural', unit: M, v: 600 }, { ind: 'dibao_std_rural', unit: M, v: 480 }] }, failAt: `${S}!D2` },
  'P03W pass unified 800 ≥ 780': { rule: 'P03W', sheets: { [S]: [{ ind: 'tekun_std', unit: M, v: 800 }, { ind: 'dibao_std', unit: M, v: 600 }] } },
  'P03W fail unified 700 < 780': { rule: 'P03W', sheets: { [S]: [{ ind: 'tekun_std', unit: M, v: 700 }, { ind: 'dibao_std', unit: M, v: 600 }] }, failAt: `${S}!D2` },
  'P04W pass 重庆 827 ≥ 1.3 × 515 = 669.5': { rule: 'P04W', region: '重庆市', sheets: { [S]: [{ ind: 'tekun_std', unit: M, v: 827 }, { ind: 'dibao_std_rural', unit: M, v: 515 }] } },
  'P04W fail 重庆 600 < 669.5': { rule: 'P04W', region: '重庆市', sheets: { [S]: [{ ind: 'tekun_std', unit: M, v: 600 }, { ind: 'dibao_std_rural', unit: M, v: 515 }] }, failAt: `${S}!D2` },
  'P02 pass 淄博 625 ≥ 1.3 × 480 = 624': { rule: 'P02', sheets: { [S]: [{ ind: 'tekun_std_rural', unit: M, v: 625 }, { ind: 'dibao_std_rural', unit: M, v: 480 }] } },
  'P02 fail 郑州 600 < 624': { rule: 'P02', region: '郑州市', sheets: { [S]: [{ ind: 'tekun_std_rural', unit: M, v: 600 }, { ind: 'dibao_std_rural', unit: M, v: 480 }] }, failAt: `${S}!D2` },
  'P02 pass rural 低保 stated per year (7368 元/人·年 = 614 元/人·月)': {
    rule: 'P02', sheets: { [S]: [{ ind: 'tekun_std_rural', unit: M, v: 1071 }, { ind: 'dibao_std_rural', unit: Y, v: 7368 }] },
  },
  'P03 pass unified 800 ≥ 1.3 × 600': { rule: 'P03', sheets: { [S]: [{ ind: 'tekun_std', unit: M, v: 800 }, { ind: 'dibao_std', unit: M, v: 600 }] } },
  'P03 fail 兰州 unified 700 < 780': { rule: 'P03', region: '兰州市', sheets: { [S]: [{ ind: 'tekun_std', unit: M, v: 700 }, { ind: 'dibao_std', unit: M, v: 600 }] }, failAt: `${S}!D2` },
  'P04 pass 重庆 827 ≥ 1.3 × 515 = 669.5': { rule: 'P04', region: '重庆市', sheets: { [S]: [{ ind: 'tekun_std', unit: M, v: 827 }, { ind: 'dibao_std_rural', unit: M, v: 515 }] } },
  'P04 fail 合肥 600 < 669.5': { rule: 'P04', region: '合肥市', sheets: { [S]: [{ ind: 'tekun_std', unit: M, v: 600 }, { ind: 'dibao_std_rural', unit: M, v: 515 }] }, failAt: `${S}!D2` },
  'P05 pass 城市 821/月 ≥ 农村 7368/年 (= 614/月)': { rule: 'P05', sheets: { [S]: [{ ind: 'dibao_std_urban', unit: M, v: 821 }, { ind: 'dibao_std_rural', unit: Y, v: 7368 }] } },
  'P05 fail 城市 600/月 < 农村 7368/年 (= 614/月)': {
    rule: 'P05',
    sheets: { [S]: [{ ind: 'dibao_std_urban', unit: M, v: 600 }, { ind: 'dibao_std_rural', unit: Y, v: 7368 }] },
    failAt: `${S}!D2`,
    says: ['折合 614'],
  },
  'P06 pass': { rule: 'P06', sheets: { [S]: [{ ind: 'tekun_std_urban', unit: M, v: 1232 }, { ind: 'tekun_std_rural', unit: M, v: 1071 }] } },
  'P06 fail': { rule: 'P06', sheets: { [S]: [{ ind: 'tekun_std_urban', unit: M, v: 1000 }, { ind: 'tekun_std_rural', unit: M, v: 1071 }] }, failAt: `${S}!D2` },
  'P07 pass 8404 ≥ 4202': { rule: 'P07', sheets: { [S]: [{ ind: 'tekun_care_std', bd: '完全不能自理', unit: Y, v: 8404 }, { ind: 'tekun_care_std', bd: '半自理', unit: Y, v: 4202 }] } },
  'P07 fail 4000 < 4202': { rule: 'P07', sheets: { [S]: [{ ind: 'tekun_care_std', bd: '完全不能自理', unit: Y, v: 4000 }, { ind: 'tekun_care_std', bd: '半自理', unit: Y, v: 4202 }] }, failAt: `${S}!D2` },
  'P08 pass 4202 ≥ 2522 (aliases 半护理/全自理)': { rule: 'P08', sheets: { [S]: [{ ind: 'tekun_care_std', bd: '半自理', unit: Y, v: 4202 }, { ind: 'tekun_care_std', bd: '自理', unit: Y, v: 2522 }] } },
  'P08 fail 2000 < 2522': { rule: 'P08', sheets: { [S]: [{ ind: 'tekun_care_std', bd: '半自理', unit: Y, v: 2000 }, { ind: 'tekun_care_std', bd: '自理', unit: Y, v: 2522 }] }, failAt: `${S}!D2` },
  'P09 pass 一级 220 ≥ 二级 165': { rule: 'P09', sheets: { D: [{ ind: 'disab_living_std', bd: '一级', unit: M, v: 220 }, { ind: 'disab_living_std', bd: '二级', unit: M, v: 165 }] } },
  'P09 fail 一级 160 < 二级 165': { rule: 'P09', sheets: { D: [{ ind: 'disab_living_std', bd: '一级', unit: M, v: 160 }, { ind: 'disab_living_std', bd: '二级', unit: M, v: 165 }] }, failAt: 'D!D2' },
  'P10 pass 165 ≥ 125': { rule: 'P10', sheets: { D: [{ ind: 'disab_living_std', bd: '二级', unit: M, v: 165 }, { ind: 'disab_living_std', bd: '三四级', unit: M, v: 125 }] } },
  'P10 fail 120 < 125': { rule: 'P10', sheets: { D: [{ ind: 'disab_living_std', bd: '二级', unit: M, v: 120 }, { ind: 'disab_living_std', bd: '三四级', unit: M, v: 125 }] }, failAt: 'D!D2' },
  'P11 pass 护理 138 ≥ 132': { rule: 'P11', sheets: { D: [{ ind: 'disab_care_std', bd: '一级', unit: M, v: 138 }, { ind: 'disab_care_std', bd: '二级', unit: M, v: 132 }] } },
  'P11 fail 护理 130 < 132': { rule: 'P11', sheets: { D: [{ ind: 'disab_care_std', bd: '一级', unit: M, v: 130 }, { ind: 'disab_care_std', bd: '二级', unit: M, v: 132 }] }, failAt: 'D!D2' },
  'P12 pass 机构 1760 ≥ 散居 1400': { rule: 'P12', sheets: { C: [{ ind: 'orphan_std', bd: '机构养育', unit: M, v: 1760 }, { ind: 'orphan_std', bd: '社会散居', unit: M, v: 1400 }] } },
  'P12 fail 机构 1300 < 散居 1400 (warning)': { rule: 'P12', sheets: { C: [{ ind: 'orphan_std', bd: '机构养育', unit: M, v: 1300 }, { ind: 'orphan_std', bd: '社会散居', unit: M, v: 1400 }] }, failAt: 'C!D2' },
  'P13 pass 1000 ≥ 1000': { rule: 'P13', sheets: { C: [{ ind: 'orphan_std', bd: '机构养育', unit: M, v: 1000 }] } },
  'P13 fail 999 < 1000': { rule: 'P13', sheets: { C: [{ ind: 'orphan_std', bd: '机构养育', unit: M, v: 999 }] }, failAt: 'C!D2', says: ['1000'] },
  'P14 pass 600': { rule: 'P14', sheets: { C: [{ ind: 'orphan_std', bd: '社会散居', unit: M, v: 600 }] } },
  'P14 fail 590': { rule: 'P14', sheets: { C: [{ ind: 'orphan_std', bd: '社会散居', unit: M, v: 590 }] }, failAt: 'C!D2' },
  'P15 pass 事实无人抚养 1400 = 散居孤儿 1400': { rule: 'P15', sheets: { C: [{ ind: 'fmcare_std', unit: M, v: 1400 }, { ind: 'orphan_std', bd: '社会散居', unit: M, v: 1400 }] } },
  'P15 fail 事实无人抚养 1200 ≠ 散居孤儿 1400': { rule: 'P15', sheets: { C: [{ ind: 'fmcare_std', unit: M, v: 1200 }, { ind: 'orphan_std', bd: '社会散居', unit: M, v: 1400 }] }, failAt: 'C!D2' },
  'P16 pass 320 ≥ 260': { rule: 'P16', sheets: { E: [{ ind: 'elder_homecare_std', bd: '重度失能', unit: M, v: 320 }, { ind: 'elder_homecare_std', bd: '中度失能', unit: M, v: 260 }] } },
  'P16 fail 250 < 260': { rule: 'P16', sheets: { E: [{ ind: 'elder_homecare_std', bd: '重度失能', unit: M, v: 250 }, { ind: 'elder_homecare_std', bd: '中度失能', unit: M, v: 260 }] }, failAt: 'E!D2' },
  'P17 pass 260 ≥ 200': { rule: 'P17', sheets: { E: [{ ind: 'elder_homecare_std', bd: '中度失能', unit: M, v: 260 }, { ind: 'elder_homecare_std', bd: '轻度失能', unit: M, v: 200 }] } },
  'P17 fail 190 < 200': { rule: 'P17', sheets: { E: [{ ind: 'elder_homecare_std', bd: '中度失能', unit: M, v: 190 }, { ind: 'elder_homecare_std', bd: '轻度失能', unit: M, v: 200 }] }, failAt: 'E!D2' },
  'U01 pass 7221.2 万元': { rule: 'U01', sheets: { T: [{ ind: 'funeral_waiver_funds', unit: '万元', v: 7221.2 }] } },
  'U01 fail 7221.24 万元 (two decimals)': { rule: 'U01', sheets: { T: [{ ind: 'funeral_waiver_funds', unit: '万元', v: 7221.24 }] }, failAt: 'T!D2' },
  'U02 pass 751 人': { rule: 'U02', sheets: { T: [{ ind: 'orphan_persons', unit: '人', v: 751 }] } },
  'U02 fail 751.5 人': { rule: 'U02', sheets: { T: [{ ind: 'orphan_persons', unit: '人', v: 751.5 }] }, failAt: 'T!D2' },
  'U03 pass 2522 元/人·年 as in the dataset': {
    rule: 'U03',
    engine: engineOf([['河口区', 2021, 'tekun_care_std', '自理', 2522, Y]]),
    region: '河口区',
    sheets: { [S]: [{ ind: 'tekun_care_std', bd: '自理', unit: Y, v: 2522, year: 2021 }] },
  },
  'U03 fail 210 元/人·年 where the dataset says 2522 (210 × 12 = 2520)': {
    rule: 'U03',
    engine: engineOf([['河口区', 2021, 'tekun_care_std', '自理', 2522, Y]]),
    region: '河口区',
    sheets: { [S]: [{ ind: 'tekun_care_std', bd: '自理', unit: Y, v: 210, year: 2021 }] },
    failAt: `${S}!D2`,
    says: ['2520'],
  },
  'U03 fail 600 元/人·年 where 上期 is 7000': {
    rule: 'U03',
    sheets: { [S]: [{ ind: 'dibao_std_rural', unit: Y, v: 600, prev: 7000 }] },
    failAt: `${S}!D2`,
  },
  'U04 pass 7368 元/人·年': { rule: 'U04', sheets: { [S]: [{ ind: 'dibao_std_rural', unit: Y, v: 7368 }] } },
  'U04 fail 614 元/人·年 (a monthly figure)': { rule: 'U04', sheets: { [S]: [{ ind: 'dibao_std_rural', unit: Y, v: 614 }] }, failAt: `${S}!D2`, says: ['614'] },
  'U04 fail 9852 元/人·月 (an annual figure)': { rule: 'U04', sheets: { [S]: [{ ind: 'dibao_std_urban', unit: M, v: 9852 }] }, failAt: `${S}!D2` },
  'C01 pass +6.6% (821 vs 770)': { rule: 'C01', sheets: { [S]: [{ ind: 'dibao_std_urban', unit: M, v: 821, prev: 770 }] } },
  'C01 fail +50% (1155 vs 770)': { rule: 'C01', sheets: { [S]: [{ ind: 'dibao_std_urban', unit: M, v: 1155, prev: 770 }] }, failAt: `${S}!D2`, says: ['50%'] },
  'E01 pass filled': { rule: 'E01', sheets: { T: [{ ind: 'dibao_std_urban', unit: M, v: 821 }] } },
  'E01 fail empty': { rule: 'E01', sheets: { T: [{ ind: 'dibao_std_urban', unit: M, v: null }] }, failAt: 'T!D2' },
  'V01 pass a number': { rule: 'V01', sheets: { [S]: [{ ind: 'dibao_std_urban', unit: M, v: 821 }] } },
  'V01 fail 821元 typed as text': { rule: 'V01', sheets: { [S]: [{ ind: 'dibao_std_urban', unit: M, v: '821元' }] }, failAt: `${S}!D2`, says: ['“821元”', '读作 821 元'] },
  'V02 pass a number': { rule: 'V02', sheets: { [S]: [{ ind: 'dibao_std_urban', unit: M, v: 821 }] } },
  'V02 fail #N/A': { rule: 'V02', sheets: { [S]: [{ ind: 'dibao_std_urban', unit: M, v: '#N/A', formula: '=VLOOKUP(A2,X!A:B,2,0)' }] }, failAt: `${S}!D2`, says: ['#N/A'] },
};

describe('each rule passes and fails', () => {
  const rules = defaultRules();
  for (const [name, c] of Object.entries(cases)) {
    test(name, () => {
      const rule = rules.find((r) => r.id === c.rule)!;
      expect(rule).toBeDefined();
      const res = run(book(c.sheets, { region: c.region ?? '济南市' }), { rules: [rule], engine: c.engine });
      const fs = findingsOf(res, c.rule);
      if (!c.failAt) {
        expect(fs).toEqual([]);
        expect(passedOf(res, c.rule)).toBeGreaterThan(0);
      } else {
        expect(fs.length).toBeGreaterThanOrEqual(1);
        const f = fs[0];
        expect(`${f.cells[0].sheet}!${f.cells[0].address}`).toBe(c.failAt);
        expect(f.severity).toBe(rule.severity);
        for (const s of c.says ?? []) expect(f.message).toContain(s);
      }
    });
  }

  test('every bundled rule has a passing and a failing case above (generated and audit rules: audit.test.ts)', () => {
    const names = Object.keys(cases);
    for (const r of rules.filter((x) => !AUDIT_TESTED.test(x.id))) {
      expect([r.id, names.some((n) => n.startsWith(r.id + ' pass'))]).toEqual([r.id, true]);
      expect([r.id, names.some((n) => n.startsWith(r.id + ' fail'))]).toEqual([r.id, true]);
    }
  });
});

describe('skips and settings', () => {
  test('a rule whose operand is missing is skipped, not failed', () => {
    const res = run(book({ [S]: [{ ind: 'tekun_std_urban', unit: M, v: 1000 }] }), { rules: defaultRules().filter((r) => r.id === 'P01') });
    expect(findingsOf(res, 'P01')).toEqual([]);
    expect(res.skipped).toEqual([expect.objectContaining({ ruleId: 'P01', reason: expect.stringContaining('城市低保标准') })]);
  });

  test('per-province coefficient: with 山东省 1.5, 1232 ≥ 1231.5 passes and 1200 fails; 重庆 keeps 1.3', () => {
    const rules = defaultRules().filter((r) => r.id === 'P01');
    const settings = { tekunCoefficient: { 山东省: 1.5 } };
    const ok = run(book({ [S]: [{ ind: 'tekun_std_urban', unit: M, v: 1232 }, { ind: 'dibao_std_urban', unit: M, v: 821 }] }), { rules, settings });
    expect(ok.findings).toEqual([]);
    const bad = run(book({ [S]: [{ ind: 'tekun_std_urban', unit: M, v: 1200 }, { ind: 'dibao_std_urban', unit: M, v: 821 }] }), { rules, settings });
    expect(bad.findings[0].message).toContain('山东省系数 1.5');
    expect(bad.findings[0].message).toContain('1231.5');
    // another province sets no k: no error (k 0; the P01W warning speaks there)
    const cq = run(book({ [S]: [{ ind: 'tekun_std_urban', unit: M, v: 1050 }, { ind: 'dibao_std_urban', unit: M, v: 800 }] }, { region: '重庆市' }), { rules, settings });
    expect(cq.findings).toEqual([]); // 1050 ≥ 1.3 × 800 = 1040
    const cq2 = run(book({ [S]: [{ ind: 'tekun_std_urban', unit: M, v: 1030 }, { ind: 'dibao_std_urban', unit: M, v: 800 }] }, { region: '重庆市' }), { rules, settings });
    expect(cq2.findings).toEqual([]);
  });
});

describe('periods: bindings carry the fill’s period', () => {
  const rules = defaultRules();
  const only = (id: string) => [rules.find((r) => r.id === id)!];
  const dibao = (funds: number): Row[] => [
    { ind: 'dibao_funds', unit: '亿元', v: funds }, { ind: 'dibao_persons', unit: '万人', v: 82.51 },
    { ind: 'dibao_std_urban', unit: M, v: 636 }, { ind: 'dibao_std_rural', unit: M, v: 515 },
  ];
  test('R07 divides by the months of the period: 49.14亿 / 82.51万人 is 496/月 over a year, 992.6/月 over a half-year', () => {
    const year = run(book({ T: dibao(49.14) }, { region: '重庆市', period: '全年' }), { rules: only('R07') });
    expect(findingsOf(year, 'R07')).toEqual([]);
    expect(passedOf(year, 'R07')).toBe(1);
    const half = run(book({ T: dibao(49.14) }, { region: '重庆市', period: '上半年' }), { rules: only('R07') });
    const f = findingsOf(half, 'R07');
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('月数 6');
    expect(f[0].actual).toMatch(/^992\.6/);
  });
  test('R08 over 1-9月 divides by 9: 8亿 / 17.95万人 = 495/月 ≥ 413.5, but 371/月 over 12 months', () => {
    const rows: Row[] = [{ ind: 'tekun_funds', unit: '亿元', v: 8 }, { ind: 'tekun_persons', unit: '万人', v: 17.95 }, { ind: 'tekun_std', unit: M, v: 827 }];
    expect(findingsOf(run(book({ T: rows }, { region: '重庆市', period: '1-9月' }), { rules: only('R08') }), 'R08')).toEqual([]);
    const f = findingsOf(run(book({ T: rows }, { region: '重庆市' }), { rules: only('R08') }), 'R08');
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('月数 12');
  });
  test('a rule’s own months parameter wins over the period’s', () => {
    const r07 = { ...only('R07')[0], params: { months: 12 } };
    expect(findingsOf(run(book({ T: dibao(49.14) }, { region: '重庆市', period: '上半年' }), { rules: [r07] }), 'R07')).toEqual([]);
  });
  test('S01 compares with the dataset figure of the binding’s period', () => {
    const engine = engineOf([
      ['河口区', 2021, 'dibao_std_urban', '', 869, M, 'exact', '上半年'],
      ['河口区', 2021, 'dibao_std_urban', '', 900, M, 'exact', '全年'],
      ['河口区', 2021, 'assist_funds', '', 1660, '万元', 'exact', '上半年'],
    ]);
    const rows: Row[] = [{ ind: 'dibao_std_urban', unit: M, v: 869, year: 2021 }, { ind: 'assist_funds', unit: '万元', v: 1660, year: 2021 }];
    const half = run(book({ T: rows }, { region: '河口区', period: '上半年' }), { rules: only('S01'), engine });
    expect(findingsOf(half, 'S01')).toEqual([]);
    expect(passedOf(half, 'S01')).toBe(2);
    const year = run(book({ T: rows }, { region: '河口区' }), { rules: only('S01'), engine });
    const f = findingsOf(year, 'S01');
    expect(f.map((x) => x.cells[0].address)).toEqual(['D2']);
    expect(f[0].message).toContain('数据集为 900');
    // the half-year flow is not the year's figure: nothing to compare with
    expect(year.skipped).toContainEqual(expect.objectContaining({ ruleId: 'S01', reason: '数据集中没有该数字', count: 1 }));
  });
  test('the same figure of two periods on two sheets is not compared (X01)', () => {
    const r = run(
      book({ A: [{ ind: 'dibao_std_urban', unit: M, v: 850, period: '上半年' }], B: [{ ind: 'dibao_std_urban', unit: M, v: 870 }] }),
      { rules: only('X01') },
    );
    expect(findingsOf(r, 'X01')).toEqual([]);
    const same = run(book({ A: [{ ind: 'dibao_std_urban', unit: M, v: 850 }], B: [{ ind: 'dibao_std_urban', unit: M, v: 870 }] }), { rules: only('X01') });
    expect(findingsOf(same, 'X01')).toHaveLength(1);
  });
  test('parts of a total are looked up in the total’s period (R02)', () => {
    const rows: Row[] = [
      { ind: 'dibao_persons', unit: '人', v: 100 },
      { ind: 'dibao_persons', bd: '城市', unit: '人', v: 30 },
      { ind: 'dibao_persons', bd: '农村', unit: '人', v: 60 },
    ];
    const f = findingsOf(run(book({ T: rows }, { period: 'Q3' }), { rules: only('R02') }), 'R02');
    expect(f.map((x) => x.cells[0].address)).toEqual(['D2']);
  });
  test('previous-period cells are those of the same period (C01)', () => {
    const r = run(book({ T: [{ ind: 'dibao_std_urban', unit: M, v: 1155, prev: 770 }] }, { period: '上半年' }), { rules: only('C01') });
    expect(findingsOf(r, 'C01').map((x) => x.cells.map((c) => c.address))).toEqual([['D2', 'E2']]);
  });
});
