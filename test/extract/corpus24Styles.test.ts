// Styles met in a twenty-fourth corpus of published texts (提标 notices of cities, counties and a province, 季报 tables,
// yearbook tables, 统计公报 and press briefings). Fixtures are written for these tests in our own words and numbers.
import { inferContext } from '../../src/core/extract/context';
import { catalogue, styleKit } from './styleKit';

const { run, facts, reasonOf } = styleKit('某省');

describe('a floor set for the areas below (标准低限) is not the area’s own standard', () => {
  test('城市居民最低生活保障标准低限为A元/月 stays a candidate', () => {
    const r = run('现公布本年度全省城乡低保和特困人员基本生活标准低限:城市居民最低生活保障标准低限为730元/月,农村居民最低生活保障标准低限为515元/月;城市特困人员基本生活标准低限为949元/月,农村特困人员基本生活标准低限为670元/月。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 730)).toEqual(['floor']);
    expect(reasonOf(r, 515)).toEqual(['floor']);
    expect(reasonOf(r, 949)).toEqual(['floor']);
    expect(reasonOf(r, 670)).toEqual(['floor']);
  });

  test('低保标准下限 and 低限标准 likewise', () => {
    const r = run('城市低保标准下限为每人每月700元,农村低保低限标准为每人每年6000元。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 700)).toEqual(['floor']);
    expect(reasonOf(r, 6000)).toEqual(['floor']);
  });

  test('a floor named after the value does not touch it', () => {
    const r = run('全市城市低保标准提高到760元/月,高于省定低限。');
    expect(facts(r.records)).toEqual([['dibao_std_urban', '', 760, '元/人·月', '全年']]);
  });

  test('the standard the notice sets for its own area is still filed', () => {
    const r = run('根据省里公布的标准低限,经市政府同意,我市城市居民最低生活保障标准调整为735元/月,农村居民最低生活保障标准调整为520元/月。');
    expect(facts(r.records)).toEqual([
      ['dibao_std_urban', '', 735, '元/人·月', '全年'],
      ['dibao_std_rural', '', 520, '元/人·月', '全年'],
    ]);
  });
});

describe('a stray space inside a name in running text (copied from a PDF)', () => {
  const { run, facts } = styleKit('某市');

  test('农村居民最低 生活保障标准为A元/月 is still the rural standard', () => {
    const r = run('经市政府同意,调 整后的城市居民最低生活保障标准为705元/月、农村居民最低 生活保障标准为505元/月;城市特困人员基本生活标准为920 元/月。');
    expect(facts(r.records)).toEqual([
      ['dibao_std_urban', '', 705, '元/人·月', '全年'],
      ['dibao_std_rural', '', 505, '元/人·月', '全年'],
      ['tekun_std_urban', '', 920, '元/人·月', '全年'],
    ]);
  });

  test('a space after a year number is left alone', () => {
    const r = run('2023年 全市城市低保对象 1250人,农村低保对象 8630人。');
    expect(facts(r.records)).toEqual([
      ['dibao_persons', '城市', 1250, '人', '全年'],
      ['dibao_persons', '农村', 8630, '人', '全年'],
    ]);
  });
});

describe('the 老年人 subsidy counts of a bulletin written as 享受…补贴的老年人A万人', () => {
  const { run, facts } = styleKit('全国');

  test('高龄, 护理, 养老服务 and 综合 subsidies in one list', () => {
    const r = run('截至年底,享受高龄补贴的老年人3120.4万人,享受护理补贴的老年人85.2万人,享受养老服务补贴的老年人512.6万人,享受综合补贴的老年人60.3万人。');
    expect(facts(r.records)).toEqual([
      ['elder_age_allowance_persons', '', 3120.4, '万人', '全年'],
      ['elder_care_subsidy_persons', '', 85.2, '万人', '全年'],
      ['elder_service_subsidy_persons', '', 512.6, '万人', '全年'],
      ['elder_combined_subsidy_persons', '', 60.3, '万人', '全年'],
    ]);
  });
});

describe('a yearbook table counting beds in 个', () => {
  const { run, facts, reasonOf } = styleKit('某市');
  const table = [
    '民政事业基本情况',
    '指标名称          单位     2023年    2022年',
    '结婚登记          件       15230     16410',
    '离婚登记          件        5120      5480',
    '社会福利院数      个          11        12',
    '社会福利院床位    个        1860      1920',
  ].join('\n');

  test('床位 个 is beds; 结婚登记 件 is couples (one registration a couple)', () => {
    const r = run(table);
    expect(facts(r.records)).toEqual([
      ['marriage_reg', '', 15230, '对', '全年'],
      ['divorce_reg', '', 5120, '对', '全年'],
      ['social_welfare_homes', '', 11, '个', '全年'],
      ['social_welfare_home_beds', '', 1860, '张', '全年'],
    ]);
    expect(reasonOf(r, 16410)).toEqual(['other_year']);
    expect(reasonOf(r, 1920)).toEqual(['other_year']);
  });

  test('institutions in 个 are not beds', () => {
    const r = run(['指标名称          单位     2023年    2022年', '养老机构床位      张        3200      3100', '养老机构          个          41        40'].join('\n'));
    expect(facts(r.records)).toEqual([
      ['elder_inst_beds', '', 3200, '张', '全年'],
      ['elder_institutions', '', 41, '个', '全年'],
    ]);
  });
});

describe('a city’s notice reposted on a district bureau’s page', () => {
  test('the page names 涪城区民政局; the notice speaks as 我市 and is signed by 绵阳市民政局: 绵阳市', () => {
    const text = [
      '涪城区民政局',
      '政府信息公开',
      '当前位置:首页 > 涪城区民政局 > 社会救助',
      '关于调整城乡居民最低生活保障标准的通知',
      '经市政府同意,决定对我市现行城乡居民最低生活保障标准进行调整,调整后的城市居民最低生活保障标准为790元/月。',
      '绵阳市民政局',
      '绵阳市财政局',
    ].join('\n');
    expect(inferContext(text, catalogue).region?.name).toBe('绵阳市');
  });

  test('a district’s own news that names the city bureau it reports to stays the district’s', () => {
    const text = [
      '涪城区民政局',
      '涪城区民政局召开全区低保工作会议',
      '会议传达了绵阳市民政局工作要求,全区低保对象3120人,区民政局将继续做好保障工作。',
    ].join('\n');
    expect(inferContext(text, catalogue).region?.name).toBe('涪城区');
  });
});
