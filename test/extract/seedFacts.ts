// Facts of the five seed reports, written by reading the reports (not from extractor output).
// [report prefix, indicator id, breakdown, value, unit, qualifier]
export type Fact = [string, string, string, number, string, string];

export const SEED_FACTS: Fact[] = [
  // 000 济南市 2020 全年
  ['000', 'charity_donations', '', 1.553, '亿元', 'exact'], // 全市慈善总会募集善款(物), not the epidemic drive's 1.684亿
  ['000', 'elder_facilities_new', '', 327, '处', 'exact'],
  ['000', 'elder_beds_new', '', 6000, '张', '余'],
  ['000', 'elder_facilities', '', 2142, '处', 'exact'],
  ['000', 'elder_retrofit_households', '', 3457, '户', 'exact'],
  ['000', 'elder_subsidy_funds', '', 4990.59, '万元', 'exact'],
  ['000', 'elder_subsidy_persons', '', 49260, '人', 'exact'],
  ['000', 'elder_meal_points', '农村', 1040, '处', 'exact'],
  ['000', 'elder_meal_times', '', 80, '万人次', '余'],
  ['000', 'dibao_std_urban', '', 821, '元/人·月', 'exact'],
  ['000', 'dibao_std_rural', '', 614, '元/人·月', 'exact'],
  ['000', 'tekun_std_urban', '', 1232, '元/人·月', 'exact'],
  ['000', 'tekun_std_rural', '', 1071, '元/人·月', 'exact'],
  ['000', 'assist_funds', '', 7.39, '亿元', 'exact'],
  ['000', 'assist_persons', '', 11.5, '万人', 'exact'],
  ['000', 'public_cemeteries', '村级', 144, '个', 'exact'],
  ['000', 'funeral_subsidy_std', '', 1300, '元/人', 'exact'],
  ['000', 'funeral_waiver_persons', '', 55548, '人', 'exact'],
  ['000', 'funeral_waiver_funds', '', 7221.24, '万元', 'exact'],
  ['000', 'marriage_reg', '', 50486, '对', 'exact'],
  ['000', 'divorce_reg', '', 29617, '对', 'exact'],
  ['000', 'social_org_party_orgs_new', '', 43, '个', 'exact'],
  ['000', 'social_orgs', '', 5475, '家', 'exact'],
  ['000', 'social_org_fee_relief', '', 1004.96, '万元', 'exact'],
  ['000', 'illegal_orgs_banned', '', 76, '家', 'exact'],
  ['000', 'orphan_std', '机构养育', 1760, '元/人·月', 'exact'],
  ['000', 'orphan_std', '社会散居', 1400, '元/人·月', 'exact'],
  ['000', 'fmcare_std', '', 1400, '元/人·月', 'exact'],
  ['000', 'kunjing_std', '', 980, '元/人·月', 'exact'],
  ['000', 'child_funds', '', 2168, '万元', 'exact'],
  ['000', 'orphan_persons', '', 751, '人', 'exact'],
  ['000', 'fmcare_persons', '', 747, '人', 'exact'],
  ['000', 'kunjing_persons', '', 118, '人', 'exact'],
  ['000', 'adoption_reg', '', 46, '件', 'exact'],
  ['000', 'disab_care_std', '', 137, '元/人·月', 'exact'],
  ['000', 'disab_two_funds', '', 2.16, '亿元', 'exact'],
  ['000', 'disab_two_persons', '', 12.73, '万人', 'exact'],
  ['000', 'charity_orgs', '', 65, '家', 'exact'],
  ['000', 'social_work_orgs', '', 66, '家', 'exact'],
  ['000', 'social_work_posts', '', 778, '个', 'exact'],
  ['000', 'social_workers_certified', '', 6494, '人', 'exact'],
  ['000', 'volunteer_groups', '', 9805, '个', 'exact'],
  ['000', 'volunteer_projects', '', 41904, '个', 'exact'],
  ['000', 'volunteers', '', 139.8, '万人', 'exact'],
  ['000', 'lottery_sales', '', 7.37, '亿元', 'exact'],
  ['000', 'mz_funds_total', '', 20.2, '亿元', 'exact'],
  ['000', 'mz_funds_total', '中央省级', 4.4, '亿元', 'exact'],
  ['000', 'mz_funds_total', '市级', 5.7, '亿元', 'exact'],
  ['000', 'mz_funds_total', '区县级', 10.1, '亿元', 'exact'],
  // 001 河口区 2021 上半年
  ['001', 'funeral_subsidy_std', '', 1000, '元/人', 'exact'],
  ['001', 'elder_homecare_std', '轻度失能', 200, '元/人·月', 'exact'],
  ['001', 'elder_homecare_std', '中度失能', 260, '元/人·月', 'exact'],
  ['001', 'elder_homecare_std', '重度失能', 320, '元/人·月', 'exact'],
  ['001', 'elder_homecare_persons', '', 414, '人', 'exact'],
  ['001', 'dibao_std_urban', '', 869, '元/人·月', 'exact'],
  ['001', 'dibao_std_rural', '', 667, '元/人·月', 'exact'],
  ['001', 'tekun_std_urban', '', 1217, '元/人·月', 'exact'],
  ['001', 'tekun_std_rural', '', 934, '元/人·月', 'exact'],
  ['001', 'tekun_care_std', '自理', 2522, '元/人·年', 'exact'],
  ['001', 'tekun_care_std', '半自理', 4202, '元/人·年', 'exact'],
  ['001', 'tekun_care_std', '完全不能自理', 8404, '元/人·年', 'exact'],
  ['001', 'orphan_std', '社会散居', 1582, '元/人·月', 'exact'],
  ['001', 'fmcare_std', '', 1582, '元/人·月', 'exact'],
  ['001', 'kunjing_std', '', 1189, '元/人·月', 'exact'],
  ['001', 'disab_living_std', '一级', 220, '元/人·月', 'exact'],
  ['001', 'disab_living_std', '二级', 165, '元/人·月', 'exact'],
  ['001', 'disab_living_std', '三四级', 125, '元/人·月', 'exact'],
  ['001', 'disab_care_std', '一级', 138, '元/人·月', 'exact'],
  ['001', 'disab_care_std', '二级', 132, '元/人·月', 'exact'],
  ['001', 'assist_funds', '', 1660, '万元', '余'],
  ['001', 'assist_persons', '', 9000, '人', '余'],
  ['001', 'social_org_report_rate', '', 98, '%', 'exact'],
  // 002 章丘区 2020 全年
  ['002', 'dibao_new_households', '', 667, '户', 'exact'],
  ['002', 'dibao_new_persons', '', 1133, '人', 'exact'],
  ['002', 'tekun_centralized_rate', '', 57.4, '%', 'exact'],
  ['002', 'poverty_registered', '', 17177, '人', 'exact'],
  ['002', 'poverty_covered', '', 12184, '人', 'exact'],
  ['002', 'poverty_coverage_rate', '', 70.9, '%', 'exact'],
  ['002', 'temp_assist_reserve', '', 266, '万元', 'exact'],
  ['002', 'elder_homecare_stations', '', 37, '个', 'exact'],
  ['002', 'public_cemeteries', '区县级', 1, '处', 'exact'],
  ['002', 'public_cemeteries', '镇街级', 7, '处', 'exact'],
  ['002', 'public_cemeteries', '村级', 113, '处', 'exact'],
  ['002', 'village_service_facilities', '', 13, '处', 'exact'],
  ['002', 'community_new', '', 15, '个', 'exact'],
  ['002', 'illegal_orgs_banned', '', 2, '家', 'exact'],
  ['002', 'elder_facilities_new', '', 47, '处', 'exact'], // 24处下达指标+23处自加任务, 47处养老服务设施均已高质量完成
  ['002', 'elder_meal_points', '', 62, '处', 'exact'], // 62处长者助餐点覆盖了全区21.8%的养老服务设施
  // 003 重庆市 2021 全年
  ['003', 'dibao_std_urban', '', 636, '元/人·月', 'exact'],
  ['003', 'dibao_std_rural', '', 515, '元/人·月', 'exact'],
  ['003', 'tekun_std', '', 827, '元/人·月', 'exact'],
  ['003', 'dibao_persons', '', 82.51, '万人', 'exact'],
  ['003', 'dibao_funds', '', 49.14, '亿元', 'exact'],
  ['003', 'tekun_persons', '', 17.95, '万人', 'exact'],
  ['003', 'tekun_funds', '', 17.95, '亿元', 'exact'],
  ['003', 'temp_assist_times', '', 12.47, '万人次', 'exact'],
  ['003', 'temp_assist_funds', '', 3.82, '亿元', 'exact'],
  ['003', 'social_org_fee_relief', '', 1.08, '亿元', 'exact'],
  ['003', 'social_org_party_coverage_rate', '', 79.8, '%', 'exact'],
  ['003', 'county_social_work_center_rate', '', 100, '%', 'exact'],
  ['003', 'social_work_station_rate', '', 60.1, '%', 'exact'],
  ['003', 'village_social_work_room_rate', '', 55.3, '%', 'exact'],
  ['003', 'lottery_sales', '', 32.83, '亿元', 'exact'],
  ['003', 'lottery_welfare_fund', '', 10.24, '亿元', 'exact'],
  ['003', 'admin_div_changes', '', 14, '件', 'exact'],
  ['003', 'marriage_cross_province', '', 1059, '对', 'exact'],
  ['003', 'marriage_citywide', '', 6318, '对', 'exact'],
  ['003', 'township_elder_centers', '', 592, '个', 'exact'],
  ['003', 'village_mutual_points', '', 6138, '个', 'exact'],
  ['003', 'tekun_care_institutions', '', 47, '个', 'exact'],
  // 004 淄博市 2020 全年
  ['004', 'charity_donations', '', 1.57, '亿元', 'exact'],
  ['004', 'dibao_std_urban', '', 660, '元/人·月', 'exact'],
  ['004', 'dibao_std_rural', '', 480, '元/人·月', 'exact'],
  ['004', 'tekun_std_urban', '', 990, '元/人·月', 'exact'],
  ['004', 'tekun_std_rural', '', 625, '元/人·月', 'exact'],
  ['004', 'dibao_new_persons', '农村', 1.1, '万人', 'exact'],
  ['004', 'public_cemeteries', '', 942, '处', 'exact'],
];

/** Facts stated in the seeds that the extractor does not capture yet (known misses, reported). */
export const KNOWN_MISSES: Fact[] = [
  ['000', 'elder_retrofit_funds', '', 900, '万元', '余'], // 投入资金900余万元,对3457户…适老化改造: two subjects in the sentence
];

/** Values that must never become records (previous-period values, plans, other years, subsets…). */
export const MUST_NOT: [string, string, number][] = [
  ['003', '*', 45.8], // 入住率从45.8%提高到68.3%: the old value
  ['003', '*', 13], // 从13项增至46项
  ['001', '*', 150], // 2020年上半年累计…150余万元 inside a 2021 report
  ['000', 'elder_facilities_new', 709], // 三年来共新建: several years
  ['000', 'public_cemeteries', 184], // 到2035年共规划
  ['002', 'tekun_persons', 221], // 为221名分散供养特困人员发放口罩
  ['002', 'poverty_registered', 1031], // 其中建档立卡贫困户1031人 (of the new 低保 persons)
  ['004', 'tekun_persons', 6], // 6万余名农村低保、特困供养人员: combined
  ['000', 'social_orgs', 50], // 抽查社会组织50家
  ['000', 'social_orgs', 834],
  ['002', 'social_orgs', 130],
  ['000', 'elder_meal_points', 416], // 新建…416处: a 新建 amount
  ['003', '*', 70], // 力争覆盖率达到70%: a target
  ['000', 'assist_persons', 17.41], // 慈善 beneficiaries, not 社会救助
  ['003', 'elder_institutions', 529], // 升级改造乡镇敬老院529家
  ['000', 'charity_donations', 1.684], // 发动各级慈善组织和红十字会募集款物: one drive (the 总会's 1.553亿 is the whole)
  ['000', 'public_cemeteries', 84], // 镇街级以上: that level and those above, not 镇街级
  ['003', 'assist_persons', 24.4], // 通过农村低保、特困供养等兜底保障: the persons of the programmes listed
  ['003', 'charity_donations', 5.29], // "99公益日"募集: one day's drive
  ['003', 'nursing_beds', 7346], // 建成…照护机构47个、护理型床位7346张: the beds of those 47
];
