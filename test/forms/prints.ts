// The rows of each published print of a form, transcribed as facts from the release (row text as
// printed, 单位 cell, 代码 cell), one entry per release id of src/core/forms/*.json "sources".
// Public excerpts end early, so a print lists only the rows its excerpt shows, in printed order.
// Each row names the template row it is (id); the text keeps the print's own numbering and
// half-width punctuation. Conventions:
//   unit ''            the 单位 cell is blank on this print (Sichuan and Hengyang leave it blank on 个 rows);
//   code null          the print has no 代码 column (codeColumn false) or the cell is blank;
//   text or code '…'   the excerpt ends inside the cell: the template must continue the printed prefix;
//   variant            the print differs from the template on purpose, and why (the template follows
//                      another print, or does not adopt what this print shows).

export interface PrintedRow {
  id: string;
  text: string;
  unit: string;
  code: string | null;
  variant?: 'num' | 'code';
  why?: string;
}

export interface Print {
  release: string;
  version: string;
  /** the year of the data (the report period), not of publication */
  year: number;
  codeColumn: boolean;
  rows: PrintedRow[];
}

type Cell = [id: string, text: string, unit: string, code: string | null];
const rows = (cells: Cell[]): PrintedRow[] => cells.map(([id, text, unit, code]) => ({ id, text, unit, code }));
const variant = (row: PrintedRow, kind: 'num' | 'code', why: string): PrintedRow => ({ ...row, variant: kind, why });

// 2019 quarterly (2019 code system)
const q2019: Cell[] = [
  ['s1', '一、综合', '', 'JZH011000000'],
  ['admin', '(一)行政区划', '', 'JZH011100000'],
  ['township', '乡镇级合计', '个', 'JZH011110000'],
  ['township_town', '1.镇', '个', 'JZH011111000'],
  ['township_xiang_subtotal', '2.乡小计', '个', 'JZH011112000'],
  ['township_minzu', '其中:民族乡', '个', 'JZH011112100'],
  ['township_sumu', '苏木', '个', 'JZH011112200'],
  ['township_minzu_sumu', '民族苏木', '个', 'JZH011112300'],
  ['township_street', '3.街道', '个', 'JZH011113000'],
  ['township_qugongsuo', '4.区公所', '个', 'JZH011114000'],
  ['mz_exp', '(二)民政事业费累计支出', '万元', 'JZH011310000'],
  ['exp_welfare', '1.社会福利', '万元', 'JZH011211000'],
  ['exp_welfare_child', '其中:(1)儿童福利', '万元', 'JZH011211100'],
  ['exp_welfare_elder', '(2)老年人福利', '万元', 'JZH011211200'],
  ['exp_welfare_disabled', '(3)残疾人福利', '万元', 'JZH011211300'],
  ['exp_assist', '2.社会救助', '万元', 'JZH011314000'],
  ['exp_dibao', '(1)最低生活保障', '万元', 'JZH011314100'],
  ['exp_dibao_urban', 'A 城市低保累计支出', '万元', 'JZH011314110'],
  ['exp_dibao_urban_allowance', 'I 城市低保金', '万元', 'JZH011314111'],
  ['exp_dibao_urban_temp', 'II 城市低保临时补助', '万元', 'JZH011314112'],
  ['exp_dibao_rural', 'B 农村低保累计支出', '万元', 'JZH011314120'],
  ['exp_dibao_rural_allowance', 'I 农村低保金', '万元', 'JZH011314121'],
  ['exp_dibao_rural_temp', 'II 农村低保临时补助', '万元', 'JZH011314122'],
  ['exp_tekun', '(2)特困人员救助供养支出', '万元', 'JZH011314200'],
];
const noCodes = (cells: Cell[]): Cell[] => cells.map(([id, text, unit]) => [id, text, unit, null]);

// 2021–2024 quarterly code system, up to 2.社会救助 (the part every coded print shows)
const q2022head = (unit个: string): Cell[] => [
  ['s1', '一、综合', '', 'JZH011000000'],
  ['township', '(一)乡级行政区划', unit个, 'JZH011110000'],
  ['township_town', '1.镇', unit个, 'JZH011111000'],
  ['township_xiang', '2.乡', unit个, 'JZH011112000'],
  ['township_minzu', '3.民族乡', unit个, 'JZH011112100'],
  ['township_sumu', '4.苏木', unit个, 'JZH011112200'],
  ['township_minzu_sumu', '5.民族苏木', unit个, 'JZH011112300'],
  ['township_street', '6.街道', unit个, 'JZH011113000'],
  ['township_qugongsuo', '7.区公所', unit个, 'JZH011114000'],
  ['mz_exp', '(二)民政事业费累计支出', '万元', 'JZH011310000'],
  ['exp_welfare', '1.社会福利', '万元', 'JZH011211000'],
  ['exp_welfare_child', '其中:(1)儿童福利', '万元', 'JZH011211100'],
  ['exp_orphan', '其中:A 孤儿基本生活保障支出', '万元', 'JZH011211101'],
  ['exp_fmcare', 'B 事实无人抚养儿童基本生活保障支出', '万元', 'JZH011211102'],
  ['exp_welfare_elder', '(2)老年福利', '万元', 'JZH011211200'],
  ['exp_welfare_disabled', '(3)残疾人福利', '万元', 'JZH011211300'],
  ['exp_assist', '2.社会救助', '万元', 'JZH011212000'],
];

// 2020 monthly rows common to Fujian and Yunnan January 2020
const m2020exp: Cell[] = [
  ['s1', '一、综合', '', null],
  ['admin', '(一)行政区划', '', null],
  ['township', '乡镇级合计', '个', null],
  ['township_town', '1.镇', '个', null],
  ['township_xiang', '2.乡', '个', null],
  ['township_minzu', '3.民族乡', '个', null],
];

export const PRINTS: Print[] = [
  { release: 'HY-2019-12', version: 'JBZH0001-2019', year: 2019, codeColumn: true, rows: rows(q2019) },
  {
    release: 'FJ-2019-06', version: 'JBZH0001-2019', year: 2019, codeColumn: false,
    rows: rows([
      ...noCodes(q2019),
      ['exp_tekun_urban', 'A 城市特困人员救助供养支出', '万元', null],
      ['exp_tekun_rural', 'B 农村特困人员救助供养支出', '万元', null],
      ['exp_temp_assist', '(3)临时救助支出(政府收支分类科目208200…', '万元', null],
    ]),
  },
  {
    release: 'YN-2020-03', version: 'JBZH0001-2020', year: 2020, codeColumn: false,
    rows: rows([
      ...m2020exp,
      ['township_street', '6.街道', '个', null],
      ['mz_exp', '(二)民政事业费累计支出', '万元', null],
      ['exp_welfare', '1.社会福利', '万元', null],
      ['exp_assist', '2.社会救助', '万元', null],
      ['exp_dibao', '(1)最低生活保障', '万元', null],
      ['exp_tekun', '(2)特困人员救助供养支出', '万元', null],
      ['exp_temp_assist', '(3)临时救助支出', '万元', null],
      ['exp_vagrant', '(4)流浪乞讨人员救助', '万元', null],
      ['exp_admin', '3.民政管理事务', '万元', null],
      ['exp_retiree', '4.行政事业单位离退休', '万元', null],
      ['exp_other', '5.其他', '万元', null],
      ['s2', '二、社会工作', '', null],
      ['residential', '(一)提供住宿的社会服务', '', null],
      ['inst', '1.机构数', '个', null],
      ['inst_elder', 'A、养老机构', '个', null],
      ['inst_mental', 'B、精神疾病服务机构', '个', null],
      ['inst_child', 'C、儿童福利和救助保护机构', '个', null],
      ['inst_other', 'D、其他提供住宿机构', '个', null],
      ['beds', '2.床位数', '张', null],
      ['beds_elder', '(1)养老机构床位数', '张', null],
      ['beds_mental', '(2)精神疾病服务机构床位数', '张', null],
      ['beds_child', '(3)儿童福利和救助保护机构床位数', '张', null],
      ['beds_other', '(4)其他提供住宿机构床位数', '张', null],
      ['residents', '3.收养救助人数', '人', null],
      ['residents_elder', '(1)养老机构服务人数', '人', null],
      ['residents_mental', '(2)精神疾病服务机构服务人数', '人', null],
      ['residents_child', '(3)儿童福利和救助保护机构服务人数', '人', null],
      ['residents_other', '(4)其他提供住宿机构服务人数', '人', null],
      ['nonresidential', '(二)不提供住宿的社会服务', '', null],
      ['nonres_total', '不提供住宿的社会服务机构和设施总数', '个', null],
      ['child_welfare', '1.儿童福利', '', null],
      ['difficult_children', '(1)困境儿童', '', null], // the figure is printed in the 单位 cell
      ['difficult_children_poor', 'A贫困家庭儿童', '人', null],
      ['difficult_children_disabled', 'B自身残疾儿童', '人', null],
      ['difficult_children_fmcare', 'C事实无人抚养儿童', '人', null],
      ['orphans', '(2)孤儿', '人', null],
      ['orphans_id', 'A有身份信息的孤儿', '人', null],
      ['orphans_noid', 'B无身份信息的孤儿', '人', null],
      ['adoption', '(3)成立收养关系登记', '件', null],
      ['elder_welfare', '2.老年人福利', '', null],
    ]),
  },
  {
    release: 'SC-2022-09', version: 'JBZH0001-2022', year: 2022, codeColumn: true,
    rows: rows([
      ...q2022head(''),
      ['exp_dibao', '(1)最低生活保障', '万元', 'JZH011212100'],
      ['exp_dibao_urban', 'A 城市低保累计支出', '万元', 'JZH011212110'],
      ['exp_dibao_urban_allowance', 'I 城市低保金', '万元', 'JZH011212111'],
    ]),
  },
  {
    release: 'HY-2023-06', version: 'JBZH0001-2022', year: 2023, codeColumn: true,
    rows: rows([
      ...q2022head(''),
      ['exp_dibao', '(1)最低生活保障', '万元', 'JZH011212100'],
      ['exp_dibao_urban', 'A 城市低保累计支出', '万元', 'JZH011212110'],
      ['exp_dibao_urban_allowance', 'I 城市低保金', '万元', 'JZH011212111'],
      ['exp_dibao_urban_temp', 'II 城市低保临时补贴', '万元', 'JZH011212112'],
      ['exp_dibao_rural', 'B 农村低保累计支出', '万元', 'JZH011212120'],
    ]),
  },
  {
    release: 'SY-2024-10', version: 'JZH01-2024', year: 2024, codeColumn: true,
    rows: rows([...q2022head(''), ['exp_dibao', '(1)最低生活保障', '万元', 'JZH0112121…']]),
  },
  {
    release: 'ORD-2024', version: 'JZH01-2024', year: 2024, codeColumn: true,
    rows: [
      ...rows(q2022head('个')),
      variant({ id: 'exp_dibao', text: '其中:(1)最低生活保障', unit: '万元', code: 'JZH011212100' }, 'num', 'Sichuan, Hengyang and Shaoyang print “(1)” without 其中'),
      ...rows([
        ['exp_dibao_urban', 'A 城市低保累计支出', '万元', 'JZH011212110'],
        ['exp_dibao_urban_allowance', 'I 城市低保金', '万元', 'JZH011212111'],
        ['exp_dibao_urban_temp', 'II 城市低保临时补贴', '万元', 'JZH011212112'],
        ['exp_dibao_rural', 'B 农村低保累计支出', '万元', 'JZH011212120'],
        ['exp_dibao_rural_allowance', 'I 农村低保金', '万元', 'JZH011212121'],
        ['exp_dibao_rural_temp', 'II 农村低保临时补贴', '万元', 'JZH011212122'],
      ]),
      variant({ id: 'exp_tekun', text: '(2)特困人员救助供养支出', unit: '万元', code: 'YZH011222000' }, 'code', 'a monthly (YZH) code on the quarterly form: not adopted'),
      variant({ id: 'exp_tekun_urban', text: 'A 城市特困人员救助供养支出', unit: '万元', code: 'YZH011222100' }, 'code', 'a monthly (YZH) code on the quarterly form: not adopted'),
    ],
  },
  {
    release: 'FJ-2020-01', version: 'YB-2020', year: 2020, codeColumn: false,
    rows: rows([
      ...m2020exp,
      ['township_sumu', '4.苏木', '个', null],
      ['township_minzu_sumu', '5.民族苏木', '个', null],
      ['township_street', '6.街道', '个', null],
      ['township_qugongsuo', '7.区公所', '个', null],
      ['mz_exp', '(二)民政事业费累计支出', '万元', null],
      ['exp_welfare', '1.社会福利', '万元', null],
      ['exp_assist', '2.社会救助', '万元', null],
      ['exp_dibao', '最低生活保障', '万元', null],
      ['exp_dibao_urban', 'A 城市低保累计支出', '万元', null],
      ['exp_dibao_urban_allowance', 'I 城市低保金', '万元', null],
      ['exp_dibao_urban_temp', 'II 城市低保临时补助', '万元', null],
      ['exp_dibao_rural', 'B 农村低保累计支出', '万元', null],
      ['exp_dibao_rural_allowance', 'I 农村低保金', '万元', null],
      ['exp_dibao_rural_temp', 'II 农村低保临时补助', '万元', null],
      ['exp_admin', '3.民政管理事务', '万元', null],
      ['exp_retiree', '4.行政事业单位离退休', '万元', null],
      ['exp_other', '5.其他', '万元', null],
      ['s2', '二、社会工作', '', null],
      ['m_child', '(一)儿童福利', '', null],
      ['orphans', '1.孤儿数', '人', null],
      ['fmcare', '2.事实无人抚养的儿童', '人', null],
      ['m_assist', '(二)社会救助', '', null],
      ['dibao', '最低生活保障', '人', null],
      ['dibao_urban', '(1)城市低保', '', null],
      ['dibao_urban_persons', 'A 城市低保人数', '人', null],
      ['dibao_urban_households', 'B 城市低保户数', '户', null],
      ['dibao_rural', '(2)农村低保', '', null],
      ['dibao_rural_persons', 'A 农村低保人数', '人', null],
      ['dibao_rural_households', 'B 农村低保户数', '户', null],
      ['lottery', '(三)福利彩票本年累计发行销售额', '亿元', null],
    ]),
  },
  {
    // the mirror leaves out the rows that are empty for the province (4.苏木, 5.民族苏木, 7.区公所, I/II)
    release: 'YN-2020-01', version: 'YB-2020', year: 2020, codeColumn: false,
    rows: [
      ...rows([
        ...m2020exp,
        ['township_street', '6.街道', '个', null],
        ['mz_exp', '(二)民政事业费累计支出', '万元', null],
        ['exp_welfare', '1.社会福利', '万元', null],
        ['exp_assist', '2.社会救助', '万元', null],
      ]),
      variant({ id: 'exp_dibao', text: '(1)最低生活保障', unit: '万元', code: null }, 'num', 'Fujian prints 最低生活保障 without a number; the template follows Fujian'),
      ...rows([
        ['exp_dibao_urban', 'A 城市低保累计支出', '万元', null],
        ['exp_dibao_rural', 'B 农村低保累计支出', '万元', null],
        ['exp_tekun', '(2)特困人员救助供养支出', '万元', null],
        ['exp_tekun_urban', 'A 城市特困人员救助供养支出', '万元', null],
        ['exp_tekun_rural', 'B 农村特困人员救助供养支出', '万元', null],
        ['exp_admin', '3.民政管理事务', '万元', null],
        ['exp_retiree', '4.行政事业单位离退休', '万元', null],
        ['exp_other', '5.其他', '万元', null],
        ['s2', '二、社会工作', '', null],
        ['m_child', '(一)儿童福利', '', null],
        ['orphans', '1.孤儿数', '人', null],
        ['fmcare', '2.事实无人抚养的儿童', '人', null],
        ['m_assist', '(二)社会救助', '', null],
      ]),
      variant({ id: 'dibao', text: '1.最低生活保障', unit: '', code: null }, 'num', 'Fujian prints 最低生活保障 (人) without a number; the template follows Fujian'),
      ...rows([
        ['dibao_urban', '(1)城市低保', '', null],
        ['dibao_urban_persons', 'A 城市低保人数', '人', null],
        ['dibao_urban_households', 'B 城市低保户数', '户', null],
        ['dibao_rural', '(2)农村低保', '', null],
        ['dibao_rural_persons', 'A 农村低保人数', '人', null],
        ['dibao_rural_households', 'B 农村低保户数', '户', null],
        ['tekun', '2.特困人员救助供养', '', null],
        ['tekun_urban_persons', 'A 城市特困人员救助供养人数', '人', null],
        ['tekun_rural_persons', 'B 农村特困人员救助供养人数', '人', null],
      ]),
    ],
  },
  {
    // prints “2020年度”; its figures lie between the 2022 Q2 and Q3 quarterly ones (FORMS.md): 2022年08月
    release: 'SC-2022-08', version: 'YZH-2022', year: 2022, codeColumn: true,
    rows: rows([
      ['s1', '一、综合', '', 'YZH011000000'],
      ['township', '(一)乡级行政区划', '个', 'YZH011110000'],
      ['township_town', '1.镇', '个', 'YZH011111000'],
      ['township_xiang', '2.乡', '个', 'YZH011112000'],
      ['township_minzu', '3.民族乡', '个', 'YZH011112100'],
      ['township_sumu', '4.苏木', '个', 'YZH011112200'],
      ['township_minzu_sumu', '5.民族苏木', '个', 'YZH011112300'],
      ['township_street', '6.街道', '个', 'YZH011113000'],
      ['township_qugongsuo', '7.区公所', '个', 'YZH011114000'],
      ['mz_exp', '(二)民政事业费累计支出', '万元', 'YZH011200000'],
      ['exp_welfare', '1.社会福利', '万元', 'YZH011210000'],
      ['exp_assist', '2.社会救助', '万元', 'YZH011220000'],
      ['exp_dibao', '其中:最低生活保障', '万元', 'YZH011221000'],
      ['exp_dibao_urban', 'A 城市低保累计支出', '万元', 'YZH011221100'],
      ['exp_dibao_urban_allowance', 'I 城市低保金', '万元', 'YZH011221110'],
      ['exp_dibao_urban_temp', 'II 城市低保对象价格临时补贴', '万元', 'YZH011221120'],
      ['exp_dibao_rural', 'B 农村低保累计支出', '万元', 'YZH011221200'],
      ['exp_dibao_rural_allowance', 'I 农村低保金', '万元', 'YZH011221210'],
      ['exp_dibao_rural_temp', 'II 农村低保对象价格临时补贴', '万元', 'YZH011221220'],
      ['exp_admin', '3.民政管理事务', '万元', 'YZH011230000'],
      ['exp_retiree', '4.行政事业单位养老支出', '万元', 'YZH011240000'],
      ['exp_other', '5.其他', '万元', 'YZH011250000'],
      ['s2', '二、社会工作', '', 'YZH012000000'],
      ['m_child', '(一)儿童福利', '', 'YZH012300000'],
      ['orphans', '1.孤儿', '人', 'YZH012311000'],
      ['fmcare', '2.事实无人抚养儿童', '人', 'YZH012320000'],
      ['m_assist', '(二)社会救助', '', 'YZH012400000'],
      ['dibao', '最低生活保障', '人', 'YZH012410000'],
    ]),
  },
];
