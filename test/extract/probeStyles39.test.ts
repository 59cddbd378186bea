// 统计公报 paragraphs on institutions and beds broken down by institution type, with short texts written for these
// tests in our own words and numbers.
import { styleKit } from './styleKit';

const { run, facts, reasonOf } = styleKit('海东市');
const ids = (text: string, period = '全年') => run(text, period).records.map((r) => [r.indicatorId, r.breakdown, r.value, r.unit]);

describe('each type after 其中 is the parent’s type split (or the type’s own indicator)', () => {
  test('X机构数为A个,床位B张 per type, the whole named in the sentence before', () => {
    const r = run('全市共有各类提供住宿的民政机构41个,床位5060张。其中,养老机构数为30个,床位4200张;精神疾病服务机构数为2个,床位330张;儿童福利和救助机构数为5个,床位310张;其他提供住宿机构数为4个,床位数为220张。');
    expect(facts(r.records)).toEqual([
      ['accommodation_institutions', '', 41, '个', '全年'],
      ['accommodation_beds', '', 5060, '张', '全年'],
      ['elder_institutions', '', 30, '个', '全年'],
      ['elder_inst_beds', '', 4200, '张', '全年'],
      ['accommodation_institutions', '精神疾病服务', 2, '个', '全年'],
      ['accommodation_beds', '精神疾病服务', 330, '张', '全年'],
      ['accommodation_institutions', '儿童福利和救助保护', 5, '个', '全年'],
      ['accommodation_beds', '儿童福利和救助保护', 310, '张', '全年'],
      ['accommodation_institutions', '其他', 4, '个', '全年'],
      ['accommodation_beds', '其他', 220, '张', '全年'],
    ]);
    expect(r.candidates).toEqual([]);
  });

  test('counts and beds in two sentences, each a list of types', () => {
    const recs = ids('全市提供住宿的民政机构数为96个,其中养老机构数为81个,精神疾病服务机构数为1个,儿童福利和救助机构数为6个,其他提供住宿机构数为8个。全市提供住宿的民政机构床位数为1.12万张,其中养老机构床位数为1.02万张,精神疾病服务机构床位数为240张,儿童福利和救助机构床位数为380张,其他提供住宿机构床位数为580张。', '1-9月');
    expect(recs).toEqual([
      ['accommodation_institutions', '', 96, '个'],
      ['elder_institutions', '', 81, '个'],
      ['accommodation_institutions', '精神疾病服务', 1, '个'],
      ['accommodation_institutions', '儿童福利和救助保护', 6, '个'],
      ['accommodation_institutions', '其他', 8, '个'],
      ['accommodation_beds', '', 1.12, '万张'],
      ['elder_inst_beds', '', 1.02, '万张'],
      ['accommodation_beds', '精神疾病服务', 240, '张'],
      ['accommodation_beds', '儿童福利和救助保护', 380, '张'],
      ['accommodation_beds', '其他', 580, '张'],
    ]);
  });

  test('the older name 精神卫生福利机构, with no whole stated', () => {
    expect(ids('全市共有养老机构27个,床位3100张;儿童福利和救助保护机构3个,床位190张;精神卫生福利机构1个,床位260张。')).toEqual([
      ['elder_institutions', '', 27, '个'],
      ['elder_inst_beds', '', 3100, '张'],
      ['accommodation_institutions', '儿童福利和救助保护', 3, '个'],
      ['accommodation_beds', '儿童福利和救助保护', 190, '张'],
      ['accommodation_institutions', '精神疾病服务', 1, '个'],
      ['accommodation_beds', '精神疾病服务', 260, '张'],
    ]);
  });

  test('其他提供住宿的机构A个,床位B张: the other type’s beds, not all the beds', () => {
    expect(ids('全市共有提供住宿的民政机构33个;其他提供住宿的机构5个,床位170张。')).toEqual([
      ['accommodation_institutions', '', 33, '个'],
      ['accommodation_institutions', '其他', 5, '个'],
      ['accommodation_beds', '其他', 170, '张'],
    ]);
  });
});

describe('a part the catalogue declares of a whole counted before is its own total', () => {
  test('其中:养老机构A个 after the whole', () => {
    expect(ids('年末全市共有提供住宿的民政机构33个,其中:养老机构29个,儿童福利机构1个。')).toEqual([
      ['accommodation_institutions', '', 33, '个'],
      ['elder_institutions', '', 29, '个'],
      ['child_welfare_institutions', '', 1, '个'],
    ]);
  });

  test('机构A个,床位B张,其中养老机构C个,床位D张: the whole counted before the beds', () => {
    expect(ids('年末全市拥有提供住宿的民政机构33个,床位4300张,其中养老机构29个,床位3900张。')).toEqual([
      ['accommodation_institutions', '', 33, '个'],
      ['accommodation_beds', '', 4300, '张'],
      ['elder_institutions', '', 29, '个'],
      ['elder_inst_beds', '', 3900, '张'],
    ]);
  });

  test('其中养老床位 under the beds of institutions providing accommodation are the elderly-care institutions’ beds', () => {
    expect(ids('年末全市各类提供住宿的民政机构床位数1.4万张,其中养老床位1.25万张。')).toEqual([
      ['accommodation_beds', '', 1.4, '万张'],
      ['elder_inst_beds', '', 1.25, '万张'],
    ]);
  });

  test('under 社会服务床位 (community beds too) 其中养老床位 stays held', () => {
    const r = run('年末全市社会服务床位1.6万张,其中养老床位1.4万张。');
    expect(facts(r.records)).toEqual([['mz_service_beds', '', 1.6, '万张', '全年']]);
    expect(reasonOf(r, 1.4)).toEqual(['subset']);
  });

  test('社区服务机构和设施A个,其中,社区服务中心B个,社区服务站C个', () => {
    expect(ids('全市社区服务机构和设施520个,其中,社区服务中心31个,社区服务站402个。')).toEqual([
      ['community_service_facilities', '', 520, '个'],
      ['community_service_centers', '', 31, '个'],
      ['community_service_stations', '', 402, '个'],
    ]);
  });
});

describe('older bulletins: 收养性单位 / 收养类单位', () => {
  test('收养性单位A个,床位B万张', () => {
    expect(ids('年末全市各类收养性单位64个,床位0.71万张,收养各类人员0.38万人。')).toEqual([
      ['accommodation_institutions', '', 64, '个'],
      ['accommodation_beds', '', 0.71, '万张'],
    ]);
  });

  test('收养类单位…床位数A张 after the parts: not the last part’s beds', () => {
    const r = run('年末共有收养类单位57个,其中,社会福利院4个,农村五保供养服务机构49个;床位数6100张。');
    expect(facts(r.records)).toEqual([
      ['accommodation_institutions', '', 57, '个', '全年'],
      ['social_welfare_homes', '', 4, '个', '全年'],
      ['tekun_support_institutions', '', 49, '个', '全年'],
    ]);
    expect(reasonOf(r, 6100)).toEqual(['no_indicator']);
  });

  test('a part left unread between the homes and the beds: the beds are not the homes’', () => {
    const r = run('年末共有收养类单位57个,其中,社会福利院4个,光荣院2个;床位数6100张。');
    expect(r.records.map((x) => x.indicatorId)).not.toContain('social_welfare_home_beds');
  });

  test('in one sentence too: a change or a bracketed part between, not an unread part', () => {
    expect(ids('年末全市共有提供住宿的民政机构35个,比上年增加2个,床位4100张。')).toContainEqual(['accommodation_beds', '', 4100, '张']);
    expect(ids('年末全市共有提供住宿的民政机构35个(其中公办的21个),床位4100张。')).toContainEqual(['accommodation_beds', '', 4100, '张']);
    const r = run('年末共有收养类单位57个,其中社会福利院4个,光荣院2个,床位6100张。');
    expect(r.records.map((x) => x.indicatorId)).not.toContain('social_welfare_home_beds');
    expect(reasonOf(r, 6100)).toEqual(['no_indicator']);
  });

  test('a change after the count does not break the beds off the institutions', () => {
    const r = run('年末全市共有提供住宿的民政机构35个,比上年增加2个;床位4100张,比上年增加130张。');
    expect(facts(r.records)).toEqual([
      ['accommodation_institutions', '', 35, '个', '全年'],
      ['accommodation_beds', '', 4100, '张', '全年'],
    ]);
  });
});

describe('各类社会服务机构 is all the service institutions, not 民办非企业单位', () => {
  test('各类社会服务机构A个,其中提供住宿的…', () => {
    const recs = ids('年末全市共有各类社会服务机构1900个,其中提供住宿的社会服务机构120个,床位1.5万张。');
    expect(recs).toContainEqual(['mz_institutions', '', 1900, '个']);
    expect(recs.map((x) => x[0])).not.toContain('non_enterprise_units');
  });
});
