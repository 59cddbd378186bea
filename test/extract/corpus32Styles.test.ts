// Styles met in a thirty-second set of published texts (reposted 繁體 news with pinyin glosses, a national work
// conference, a charity federation's founding meeting). Fixtures are written for these tests in our own words and
// numbers.
import { styleKit } from './styleKit';

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
