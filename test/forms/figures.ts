// Figures printed on published releases of the forms (the 数量 column unless noted), keyed by the
// row ids of the shipped form versions. Used to check that the hierarchy (part = exact sum,
// 其中 = subset) holds on real data. A row printed empty is 0; a row not in the excerpt is absent.
// Sources: the release ids of src/core/forms/*.json "sources" (URLs and dates there and in FORMS.md).

export interface Release {
  version: string;
  release: string;
  values: Record<string, number>;
}

const township2020 = (total: number, town: number, xiang: number, minzu: number, sumu: number, street: number) => ({
  township: total, township_town: town, township_xiang: xiang, township_minzu: minzu, township_sumu: sumu,
  township_minzu_sumu: 0, township_street: street, township_qugongsuo: 0,
});

export const RELEASES: Release[] = [
  {
    version: 'JBZH0001-2019', release: 'HY-2019-12',
    values: {
      township: 186, township_town: 114, township_xiang_subtotal: 31, township_minzu: 1, township_sumu: 0, township_minzu_sumu: 0,
      township_street: 41, township_qugongsuo: 0,
      mz_exp: 121243, exp_welfare: 16632, exp_welfare_child: 2880.8, exp_welfare_elder: 2526.5, exp_welfare_disabled: 11168.4,
      exp_assist: 91506.2, exp_dibao: 58657.6, exp_dibao_urban: 23468.3, exp_dibao_urban_allowance: 23468.3, exp_dibao_urban_temp: 0,
      exp_dibao_rural: 35189.3, exp_dibao_rural_allowance: 35189.3, exp_dibao_rural_temp: 0, exp_tekun: 23573.4,
    },
  },
  {
    version: 'JBZH0001-2019', release: 'FJ-2019-06',
    values: {
      township: 1106, township_town: 651, township_xiang_subtotal: 272, township_minzu: 19, township_sumu: 0, township_minzu_sumu: 0,
      township_street: 183, township_qugongsuo: 0,
      mz_exp: 318270.4, exp_welfare: 81025.1, exp_welfare_child: 2726.1, exp_welfare_elder: 16963.2, exp_welfare_disabled: 32497.4,
      exp_assist: 173847.5, exp_dibao: 108465.0, exp_dibao_urban: 17436.6, exp_dibao_urban_allowance: 16237.9, exp_dibao_urban_temp: 1198.7,
      exp_dibao_rural: 91028.4, exp_dibao_rural_allowance: 86156.5, exp_dibao_rural_temp: 4871.9,
      exp_tekun: 42554.2, exp_tekun_urban: 3280.7, exp_tekun_rural: 39273.5,
    },
  },
  {
    // the 上期 column of Fujian's January 2020 monthly = December 2019, under the 2019 definitions (乡 = 乡小计)
    version: 'JBZH0001-2019', release: 'FJ-2020-01 上期 (2019年12月)',
    values: {
      township: 1107, township_town: 653, township_xiang_subtotal: 270, township_minzu: 19, township_sumu: 0, township_minzu_sumu: 0,
      township_street: 184, township_qugongsuo: 0,
      mz_exp: 714496.8, exp_welfare: 211426.2, exp_assist: 366176.2, exp_admin: 76080.4, exp_retiree: 8785.7, exp_other: 52028.3,
      exp_dibao: 223535.6, exp_dibao_urban: 36059.9, exp_dibao_urban_allowance: 33495.7, exp_dibao_urban_temp: 2564.2,
      exp_dibao_rural: 187475.7, exp_dibao_rural_allowance: 178464.0, exp_dibao_rural_temp: 9011.7,
    },
  },
  {
    version: 'JBZH0001-2020', release: 'YN-2020-03',
    values: {
      ...township2020(1407, 679, 400, 140, 0, 188),
      mz_exp: 404423.1, exp_welfare: 40788.2, exp_assist: 332398.2, exp_dibao: 265648.9, exp_tekun: 32091.2, exp_temp_assist: 26461.6,
      exp_vagrant: 1049.6, exp_admin: 20762.8, exp_retiree: 2194.2, exp_other: 8279.7,
      inst: 942, inst_elder: 837, inst_mental: 5, inst_child: 27, inst_other: 73,
      beds: 90106, beds_elder: 81895, beds_mental: 2250, beds_child: 3292, beds_other: 2669,
      residents: 33237, residents_elder: 29075, residents_mental: 2087, residents_child: 1538, residents_other: 537,
      nonres_total: 6154, difficult_children: 487828, difficult_children_poor: 476907, difficult_children_disabled: 1227,
      difficult_children_fmcare: 9694, orphans: 10227, orphans_id: 10099, orphans_noid: 128, adoption: 143,
    },
  },
  {
    version: 'JBZH0001-2022', release: 'SC-2022-09',
    values: {
      ...township2020(3101, 2016, 543, 83, 0, 459),
      mz_exp: 1750824.6, exp_welfare: 352560.6, exp_welfare_child: 43925.6, exp_orphan: 18907.0, exp_fmcare: 22103.7,
      exp_welfare_elder: 123069.4, exp_welfare_disabled: 146562.0, exp_assist: 1268862.3, exp_dibao: 936537.8,
      exp_dibao_urban: 176058.1, exp_dibao_urban_allowance: 174730.1,
    },
  },
  {
    version: 'JBZH0001-2022', release: 'HY-2023-06',
    values: {
      ...township2020(187, 114, 30, 1, 0, 42),
      mz_exp: 69436.3, exp_welfare: 12670.0, exp_welfare_child: 2883.9, exp_orphan: 1059.4, exp_fmcare: 1797.3,
      exp_welfare_elder: 752.9, exp_welfare_disabled: 7597.2, exp_assist: 49216.6, exp_dibao: 31668.1,
      exp_dibao_urban: 7903.1, exp_dibao_urban_allowance: 7895.3, exp_dibao_urban_temp: 7.8, exp_dibao_rural: 23765.0,
    },
  },
  {
    version: 'JZH01-2024', release: 'ORD-2024',
    values: {
      ...township2020(77, 43, 2, 0, 6, 26),
      mz_exp: 52110.0, exp_welfare: 18309.2, exp_welfare_child: 1312.0, exp_orphan: 172.5, exp_fmcare: 961.6,
      exp_welfare_elder: 8006.6, exp_welfare_disabled: 5118.2, exp_assist: 28081.8, exp_dibao: 15504.3,
      exp_dibao_urban: 3404.1, exp_dibao_urban_allowance: 3400.1, exp_dibao_urban_temp: 4.0,
      exp_dibao_rural: 12100.2, exp_dibao_rural_allowance: 12067.6, exp_dibao_rural_temp: 32.6,
      exp_tekun: 6994.2, exp_tekun_urban: 1431.9,
    },
  },
  {
    version: 'JZH01-2024', release: 'SY-2024-10',
    values: {
      ...township2020(202, 114, 37, 15, 0, 36),
      mz_exp: 154084.4, exp_welfare: 27897.7, exp_welfare_child: 5364.8, exp_orphan: 1454.2, exp_fmcare: 3897.4,
      exp_welfare_elder: 5270.6, exp_welfare_disabled: 17077.7, exp_assist: 120529.1,
    },
  },
  {
    version: 'YB-2020', release: 'FJ-2020-01',
    values: {
      ...township2020(1107, 653, 251, 19, 0, 184),
      mz_exp: 76164.3, exp_welfare: 17122.5, exp_assist: 37321.9, exp_dibao: 24991.9, exp_dibao_urban: 4546.5,
      exp_dibao_urban_allowance: 3011.3, exp_dibao_urban_temp: 1535.2, exp_dibao_rural: 20445.4, exp_dibao_rural_allowance: 16335.2,
      exp_dibao_rural_temp: 4110.2, exp_admin: 8252.1, exp_retiree: 3209.5, exp_other: 10258.3,
      orphans: 3280, fmcare: 877, dibao_urban_persons: 62162, dibao_urban_households: 40437, dibao_rural_persons: 412768,
      dibao_rural_households: 227706,
    },
  },
  {
    version: 'YB-2020', release: 'YN-2020-01',
    values: {
      ...township2020(1405, 679, 400, 140, 0, 186),
      mz_exp: 123894.7, exp_welfare: 11571.7, exp_assist: 100001.8, exp_dibao: 87167.3, exp_dibao_urban: 19477.6, exp_dibao_rural: 67689.7,
      exp_tekun: 10625.8, exp_tekun_urban: 1051.7, exp_tekun_rural: 9574.1, exp_admin: 8685.5, exp_retiree: 600.3, exp_other: 3035.4,
      orphans: 10374, fmcare: 9898, tekun_urban_persons: 9358, tekun_rural_persons: 113575,
    },
  },
  {
    version: 'YZH-2022', release: 'SC-2022-08',
    values: {
      ...township2020(3101, 2016, 543, 83, 0, 459),
      mz_exp: 1527874.4, exp_welfare: 304865.8, exp_assist: 1109439.7, exp_dibao: 818900.6, exp_dibao_urban: 155811.8,
      exp_dibao_urban_allowance: 155275.9, exp_dibao_urban_temp: 535.9, exp_dibao_rural: 663088.8, exp_dibao_rural_allowance: 660111.6,
      exp_dibao_rural_temp: 2977.2, exp_admin: 87561.1, exp_retiree: 7007.2, exp_other: 19000.6, orphans: 17908, fmcare: 23016,
    },
  },
];
