// Styles met in a thirty-second set of published texts (reposted 繁體 news with pinyin glosses, a national work
// conference, a charity federation's founding meeting). Fixtures are written for these tests in our own words and
// numbers.
import { inferContext } from '../../src/core/extract/context';
import { catalogue, styleKit } from './styleKit';

describe('traditional characters still missing from the map (儀 愛 樹 慶 …) normalise', () => {
  const { run, facts, reasonOf } = styleKit('某省');

  test('捐贈儀式 at a meeting: the money raised there is the ceremony\'s, not the year\'s donations', () => {
    const r = run('3月5日,全省慈善大會在省城舉行。會議現場舉行了捐贈儀式,共募集款物3200萬元。');
    expect(facts(r.records)).toEqual([]);
    expect(reasonOf(r, 3200)).toEqual(['scope']);
  });

  test('the same with pinyin glosses after each character pair', () => {
    const r = run('會(huì)議現(xiàn)場(chǎng)舉行了捐贈(zèng)儀式,,共募集款物3200萬(wàn)元,。');
    expect(facts(r.records)).toEqual([]);
    expect(reasonOf(r, 3200)).toEqual(['scope']);
  });

  test('the year\'s donations of the province stay a record', () => {
    const r = run('2023年,全省慈善捐贈金額達4.6億元。');
    expect(facts(r.records)).toEqual([['charity_donations', '', 4.6, '亿元', '全年']]);
  });
});

describe('organisations counted as the actors of an action are a subset, and their spending is no fee relief', () => {
  const { run, facts, reasonOf } = styleKit('某市');

  test('A个社会组织开展了B个项目,投入资金C万元: no 社会组织 total, no 减负 money', () => {
    const r = run('全市260个社会组织开展了410个助老项目,投入资金1730万元。');
    expect(facts(r.records)).toEqual([]);
    expect(reasonOf(r, 260)).toEqual(['subset']);
    expect(r.records.some((x) => x.indicatorId === 'social_org_fee_relief')).toBe(false);
  });

  test('A家慈善组织参与乡村振兴 likewise', () => {
    const r = run('全市35个慈善组织参与乡村振兴行动。');
    expect(facts(r.records)).toEqual([]);
    expect(reasonOf(r, 35)).toEqual(['subset']);
  });

  test('a plain count of social organisations stays a record', () => {
    const r = run('全市共有社会组织1460个。');
    expect(facts(r.records)).toEqual([['social_orgs', '', 1460, '个', '全年']]);
  });

  test('为企业减负 money of the same category stays a fee relief', () => {
    const r = run('全市社会组织1460个。行业协会商会为企业减负共计530万元。');
    expect(facts(r.records)).toContainEqual(['social_org_fee_relief', '', 530, '万元', '全年']);
  });
});

describe('a split opened by 其中城镇 is the urban side, not a township named 中城镇', () => {
  const { run, facts } = styleKit('某省');

  test('城乡低保对象A万人,其中城镇B万人、农村C万人', () => {
    const r = run('全省共有城乡低保对象86.4万人,其中城镇9.2万人、农村77.2万人。');
    expect(facts(r.records)).toEqual([
      ['dibao_persons', '', 86.4, '万人', '全年'],
      ['dibao_persons', '城市', 9.2, '万人', '全年'],
      ['dibao_persons', '农村', 77.2, '万人', '全年'],
    ]);
  });

  test('a real township ending in 城镇 still names a part of the area', () => {
    const { run: runCounty, facts: f2 } = styleKit('某县');
    const r = runCounty('全县低保对象1380人,其中新城镇160人、古城镇85人。');
    expect(f2(r.records)).toEqual([['dibao_persons', '', 1380, '人', '全年']]);
  });
});

describe('a level after a programme named by its standard\'s alias (城市低保累计发放…) is that programme\'s level', () => {
  const { run, facts } = styleKit('某县');

  test('城市低保累计发放A人次,…,月人均救助水平B元', () => {
    const r = run('城市低保:累计发放21450人次,累计发放救助金额936.2万元,月人均救助水平436.5元;');
    expect(facts(r.records)).toContainEqual(['dibao_avg_subsidy', '城市', 436.5, '元/人·月', '全年']);
  });

  test('农村特困 likewise gives the 特困 level of the rural side', () => {
    const r = run('农村特困:累计发放18320人次,累计发放救助金额1012.6万元,月人均救助水平565元。');
    expect(facts(r.records)).toContainEqual(['tekun_avg_subsidy', '农村', 565, '元/人·月', '全年']);
  });

  test('after the standard itself (城市低保标准…) the level is left alone', () => {
    const r = run('城市低保标准提高到每人每月720元,补助水平为436.5元。');
    expect(r.records.some((x) => x.value === 436.5)).toBe(false);
  });
});

describe('惠民殡葬服务补助标准 is the basic funeral subsidy standard', () => {
  const { run, facts } = styleKit('某市');

  test('惠民殡葬服务补助标准为每具遗体A元', () => {
    const r = run('全市惠民殡葬服务补助标准为每具遗体1800元。');
    expect(facts(r.records)).toEqual([['funeral_subsidy_std', '', 1800, '元/人', '全年']]);
  });
});

describe('the year of a text from its title', () => {
  test('2024 年一、二季度 (two quarters named together, spaced year) dates the text', () => {
    const c = inferContext('【民政部数据:2024 年一、二季度婚姻登记情况】\n今年一、二季度,全国结婚登记 298 万对。', catalogue);
    expect(c.year?.value).toBe(2024);
  });

  test('一、2022年某市低保标准再次提高 in a text naming no other year', () => {
    const c = inferContext('(图片)\n一、2022年某市低保标准再次提高!\n城市低保标准从每人每月850元提高至880元。', catalogue);
    expect(c.year?.value).toBe(2022);
  });

  test('a heading year next to another year named in the text is not taken alone', () => {
    const c = inferContext('一、2022年某市低保标准再次提高!\n2021年城市低保标准为每人每月850元,2023年将提高至880元。', catalogue);
    expect(c.year?.value).not.toBe(2022);
  });
});

describe('a sentence opening with the text\'s bare year and its area\'s total (。2024年,全省共…) dates the whole year', () => {
  test('记者获悉,2024年以来…。2024年,全省共办理结婚登记A对', () => {
    const c = inferContext('3月4日,记者从省民政厅获悉,2024年以来,全省推行婚姻登记便民服务。2024年,全省共办理结婚登记35210对,较2023年增长3.1%。', catalogue);
    expect(c.year?.value).toBe(2024);
    expect(c.period?.value).toBe('全年');
  });

  test('a plan for the year (2024年,全省共将…) gives no span', () => {
    const c = inferContext('3月4日,记者从省民政厅获悉,2024年以来,全省推行婚姻登记便民服务。2024年,全省共将新建婚姻登记处12个。', catalogue);
    expect(c.period?.value).not.toBe('全年');
  });
});
