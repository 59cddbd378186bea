// Records read by hand from the seed reports (seeds/*.txt), used where the bundled dataset is absent.
import { DataRecord } from '../../src/core/types';
import { loadCatalogue } from '../../src/core/catalogue';

const J = '000_d7996b6db7939629.txt';
const H = '001_435741c2b77c6652.txt';
const Z = '002_2f10c4d8b01e3e17.txt';
const C = '003_56f5405022e07ab4.txt';
const B = '004_6103b9e2b31e5945.txt';

type Row = [string, number, string, string, number, string, string, string?];
// region, year, indicatorId, breakdown, value, unit, source, period
const ROWS: Row[] = [
  // 济南市 2020
  ['济南市', 2020, 'dibao_std_urban', '', 821, '元/人·月', J],
  ['济南市', 2020, 'dibao_std_rural', '', 614, '元/人·月', J],
  ['济南市', 2020, 'tekun_std_urban', '', 1232, '元/人·月', J],
  ['济南市', 2020, 'tekun_std_rural', '', 1071, '元/人·月', J],
  ['济南市', 2020, 'assist_funds', '', 7.39, '亿元', J],
  ['济南市', 2020, 'assist_persons', '', 11.5, '万人', J],
  ['济南市', 2020, 'orphan_std', '机构养育', 1760, '元/人·月', J],
  ['济南市', 2020, 'orphan_std', '社会散居', 1400, '元/人·月', J],
  ['济南市', 2020, 'fmcare_std', '', 1400, '元/人·月', J],
  ['济南市', 2020, 'kunjing_std', '', 980, '元/人·月', J],
  ['济南市', 2020, 'child_funds', '', 2168, '万元', J],
  ['济南市', 2020, 'orphan_persons', '', 751, '人', J],
  ['济南市', 2020, 'fmcare_persons', '', 747, '人', J],
  ['济南市', 2020, 'kunjing_persons', '', 118, '人', J],
  ['济南市', 2020, 'adoption_reg', '', 46, '件', J],
  ['济南市', 2020, 'disab_care_std', '', 137, '元/人·月', J],
  ['济南市', 2020, 'disab_two_funds', '', 2.16, '亿元', J],
  ['济南市', 2020, 'disab_two_persons', '', 12.73, '万人', J],
  ['济南市', 2020, 'elder_facilities', '', 2142, '处', J],
  ['济南市', 2020, 'elder_subsidy_funds', '', 4990.59, '万元', J],
  ['济南市', 2020, 'elder_subsidy_persons', '', 49260, '人', J],
  ['济南市', 2020, 'marriage_reg', '', 50486, '对', J],
  ['济南市', 2020, 'divorce_reg', '', 29617, '对', J],
  ['济南市', 2020, 'public_cemeteries', '村级', 144, '个', J],
  ['济南市', 2020, 'funeral_subsidy_std', '', 1300, '元/人', J],
  ['济南市', 2020, 'funeral_waiver_persons', '', 55548, '人', J],
  ['济南市', 2020, 'funeral_waiver_funds', '', 7221.24, '万元', J],
  ['济南市', 2020, 'social_orgs', '', 5475, '个', J],
  ['济南市', 2020, 'charity_orgs', '', 65, '个', J],
  ['济南市', 2020, 'social_work_orgs', '', 66, '家', J],
  ['济南市', 2020, 'volunteers', '', 139.8, '万人', J],
  ['济南市', 2020, 'lottery_sales', '', 7.37, '亿元', J],
  ['济南市', 2020, 'mz_funds_total', '', 20.2, '亿元', J],
  ['济南市', 2020, 'mz_funds_total', '中央省级', 4.4, '亿元', J],
  ['济南市', 2020, 'mz_funds_total', '市级', 5.7, '亿元', J],
  ['济南市', 2020, 'mz_funds_total', '区县级', 10.1, '亿元', J],
  // 河口区 2021 (上半年)
  ['河口区', 2021, 'dibao_std_urban', '', 869, '元/人·月', H, '上半年'],
  ['河口区', 2021, 'dibao_std_rural', '', 667, '元/人·月', H, '上半年'],
  ['河口区', 2021, 'tekun_std_urban', '', 1217, '元/人·月', H, '上半年'],
  ['河口区', 2021, 'tekun_std_rural', '', 934, '元/人·月', H, '上半年'],
  ['河口区', 2021, 'tekun_care_std', '自理', 2522, '元/人·年', H, '上半年'],
  ['河口区', 2021, 'tekun_care_std', '半自理', 4202, '元/人·年', H, '上半年'],
  ['河口区', 2021, 'tekun_care_std', '完全不能自理', 8404, '元/人·年', H, '上半年'],
  ['河口区', 2021, 'orphan_std', '社会散居', 1582, '元/人·月', H, '上半年'],
  ['河口区', 2021, 'kunjing_std', '', 1189, '元/人·月', H, '上半年'],
  ['河口区', 2021, 'disab_living_std', '一级', 220, '元/人·月', H, '上半年'],
  ['河口区', 2021, 'disab_living_std', '二级', 165, '元/人·月', H, '上半年'],
  ['河口区', 2021, 'disab_living_std', '三四级', 125, '元/人·月', H, '上半年'],
  ['河口区', 2021, 'disab_care_std', '一级', 138, '元/人·月', H, '上半年'],
  ['河口区', 2021, 'disab_care_std', '二级', 132, '元/人·月', H, '上半年'],
  ['河口区', 2021, 'elder_homecare_std', '轻度失能', 200, '元/人·月', H, '上半年'],
  ['河口区', 2021, 'elder_homecare_std', '中度失能', 260, '元/人·月', H, '上半年'],
  ['河口区', 2021, 'elder_homecare_std', '重度失能', 320, '元/人·月', H, '上半年'],
  ['河口区', 2021, 'funeral_subsidy_std', '', 1000, '元/人', H, '上半年'],
  ['河口区', 2021, 'assist_funds', '', 1660, '万元', H, '上半年'],
  ['河口区', 2021, 'assist_persons', '', 9000, '人', H, '上半年'],
  // 章丘区 2020
  ['章丘区', 2020, 'elder_facilities_new', '', 47, '处', Z],
  ['章丘区', 2020, 'elder_meal_points', '', 62, '处', Z],
  ['章丘区', 2020, 'public_cemeteries', '区县级', 1, '个', Z],
  ['章丘区', 2020, 'public_cemeteries', '镇街级', 7, '个', Z],
  ['章丘区', 2020, 'public_cemeteries', '村级', 113, '个', Z],
  // 重庆市 2021
  ['重庆市', 2021, 'dibao_std_urban', '', 636, '元/人·月', C],
  ['重庆市', 2021, 'dibao_std_rural', '', 515, '元/人·月', C],
  ['重庆市', 2021, 'tekun_std', '', 827, '元/人·月', C],
  ['重庆市', 2021, 'dibao_persons', '', 82.51, '万人', C],
  ['重庆市', 2021, 'dibao_funds', '', 49.14, '亿元', C],
  ['重庆市', 2021, 'tekun_persons', '', 17.95, '万人', C],
  ['重庆市', 2021, 'tekun_funds', '', 17.95, '亿元', C],
  ['重庆市', 2021, 'temp_assist_times', '', 12.47, '万人次', C],
  ['重庆市', 2021, 'temp_assist_funds', '', 3.82, '亿元', C],
  ['重庆市', 2021, 'lottery_sales', '', 32.83, '亿元', C],
  ['重庆市', 2021, 'lottery_welfare_fund', '', 10.24, '亿元', C],
  ['重庆市', 2021, 'marriage_cross_province', '', 1059, '对', C],
  ['重庆市', 2021, 'nursing_beds', '', 7346, '张', C],
  // 淄博市 2020
  ['淄博市', 2020, 'dibao_std_urban', '', 660, '元/人·月', B],
  ['淄博市', 2020, 'dibao_std_rural', '', 480, '元/人·月', B],
  ['淄博市', 2020, 'tekun_std_urban', '', 990, '元/人·月', B],
  ['淄博市', 2020, 'tekun_std_rural', '', 625, '元/人·月', B],
  ['淄博市', 2020, 'public_cemeteries', '', 942, '处', B],
];

export function fixtureRecords(): DataRecord[] {
  const inds = new Map(loadCatalogue().indicators.map((i) => [i.id, i]));
  return ROWS.map(([region, year, id, breakdown, value, unit, source, period]) => ({
    region,
    year,
    period: period ?? '全年',
    indicatorId: id,
    indicator: inds.get(id)?.name ?? id,
    breakdown,
    value,
    unit,
    qualifier: 'exact' as const,
    source,
    offset: -1,
    quote: `(测试)${inds.get(id)?.name ?? id} ${breakdown} ${value}${unit}`,
  }));
}
