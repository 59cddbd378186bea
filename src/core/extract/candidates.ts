// Numbers found in a text that did not become records, with the reason (zh messages for review).
import { DataRecord, Qualifier } from '../types';

/** A number found in the text that did not become a record, with the reason. */
export interface Candidate {
  region: string;
  year: number;
  period: string;
  raw: string; // the number and unit as written
  value: number | null; // null when the number is broken
  unit: string;
  qualifier: Qualifier;
  reason: CandidateReason;
  message: string; // zh
  indicatorId: string; // suggested indicator ('' = none)
  source: string;
  offset: number; // offset of the sentence
  valueOffset: number; // offset of the number in the source text
  quote: string;
}

export type CandidateReason =
  | 'malformed' // a typo breaks the number
  | 'no_indicator' // no catalogue indicator recognised
  | 'change' // an increase/decrease, not a level
  | 'plan' // target, plan, estimate
  | 'other_year' // stated for another year
  | 'multi_year' // a total over several years
  | 'subset' // 其中… a part without a breakdown
  | 'combined' // counts several groups together
  | 'action' // counts the objects of an action (抽查50家社会组织), not the stock
  | 'new_vs_stock' // 新建/新增 amount without a 新增 indicator
  | 'partial' // 补发… back pay, not the period's total
  | 'list_mismatch' // 分别 list whose items and values do not pair up
  | 'conflict' // a second, different value for the same indicator
  | 'scope' // a campaign, fund raising or a subgroup, not the indicator's total
  | 'area_group' // a standard of some districts only (五区/三县, 白云区、黄埔区…)
  | 'unit_period' // a standard in bare 元 whose size does not fit the indicator's per-month unit
  | 'threshold' // a round mark passed (突破2000亿元大关), not the figure itself
  | 'floor' // a minimum set for the areas below (标准低限/下限), not the area's own standard
  | 'other_region' // the figure of another region, the area above (全市 in a district's text) or the country
  | 'irregular' // what an audit or check found wrong (违规发放…涉及资金A万元), not the indicator's total
  | 'age_band' // one age band (80-84周岁) that the catalogue's breakdowns do not have, not the total
  | 'range' // one end of a range (每人每月220元至900元不等), no single figure
  // tables
  | 'previous_column' // a previous-period column (上期, 上月, 上季度, 上年数据)
  | 'ambiguous_column' // the cells of a row cannot be assigned to the columns safely
  | 'no_unit' // an amount or standard, or a non-integer, printed without a unit
  | 'unit_mismatch' // the printed unit cannot be converted to the indicator's unit
  | 'code_mismatch' // the official code and the row name point to different indicators
  | 'ambiguous_breakdown' // a heading names 城市/农村 … but the row may be the total
  | 'sub_region' // the row belongs to a lower region named by a heading (一、历下区)
  | 'no_row_label' // a table row whose label was lost: whose figures they are is unknown
  | 'period_unknown'; // the text or table states no year or report period and none was given

export const REASON_ZH: Record<CandidateReason, string> = {
  malformed: '数字疑有笔误',
  no_indicator: '目录中没有对应指标',
  change: '增减量,不是本期水平值',
  plan: '计划或目标数,不是本期实际数',
  other_year: '属于其他年份',
  multi_year: '多年累计数',
  subset: '“其中”部分数,目录无对应分类',
  combined: '多类对象合计数',
  action: '某项工作涉及的对象数,不是总量',
  new_vs_stock: '新增/新建数,目录无对应新增指标',
  partial: '只是部分期间或部分金额(补发、当月、月均等),不是本期总数',
  list_mismatch: '“分别”列举的项目与数值个数不一致',
  conflict: '同一指标已有不同数值',
  scope: '专项行动、筹集资金或某一群体的数,不是该指标的总数',
  area_group: '只适用于部分区县(五区/三县等)的标准,不是全域统一标准',
  unit_period: '未写明按月还是按年,数值大小不像按月标准',
  threshold: '“突破…大关”一类的整数关口,不是实际数',
  floor: '给下级地区规定的标准低限(下限),不是本地区执行的标准',
  other_region: '另一地区、上级地区或全国的数,不是本地区的数',
  irregular: '审计、核查发现的违规或问题涉及的数,不是该指标的总数',
  age_band: '某一年龄段的数,目录中没有这个年龄段分类,不是总数',
  range: '数值区间(A至B)的一端,不是单一数值',
  previous_column: '上期/上年列的数值,不是本期数',
  ambiguous_column: '无法确定该数值属于哪一列',
  no_unit: '表中未写单位,金额、标准或非整数不能默认单位',
  unit_mismatch: '所写单位与指标单位不一致,无法换算',
  code_mismatch: '指标代码与行名对应的指标不一致',
  ambiguous_breakdown: '分类(城市/农村等)不明确',
  sub_region: '属于下级地区',
  no_row_label: '表格行没有行名,不知是哪一地区的数',
  period_unknown: '文本或表格未写年份或报告期,也未指定',
};


/** A table cell held as a candidate: an exact figure with its reason; the message is the reason's text, then msg. */
export function heldCell(
  c: Omit<Candidate, 'qualifier' | 'message' | 'reason' | 'period' | 'indicatorId'> & { period?: string; indicatorId?: string },
  reason: CandidateReason,
  msg: string,
): Candidate {
  return {
    region: c.region,
    year: c.year,
    period: c.period ?? '',
    raw: c.raw,
    value: c.value,
    unit: c.unit,
    qualifier: 'exact',
    reason,
    message: REASON_ZH[reason] + (msg ? `:${msg}` : ''),
    indicatorId: c.indicatorId ?? '',
    source: c.source,
    offset: c.offset,
    valueOffset: c.valueOffset,
    quote: c.quote,
  };
}

/** A record held back as a candidate (a conflict, an unreadable table run): the same figure, with its reason. */
export function recordAsCandidate(r: DataRecord, reason: CandidateReason, message: string): Candidate {
  return {
    region: r.region,
    year: r.year,
    period: r.period,
    raw: `${r.value}${r.unit}`,
    value: r.value,
    unit: r.unit,
    qualifier: r.qualifier,
    reason,
    message,
    indicatorId: r.indicatorId,
    source: r.source,
    offset: r.offset,
    valueOffset: r.offset,
    quote: r.quote,
  };
}
