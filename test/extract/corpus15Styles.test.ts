// Styles met in a fifteenth corpus of published texts (a finance-bureau news item on assistance, a district
// assistance news item, a district statistical bulletin). Fixtures are written for these tests in our own words and numbers.
import { styleKit } from './styleKit';

const { run, facts, reasonOf } = styleKit('某区');

describe('money right after a count of another group is that group\'s', () => {
  test('特困人员A人,发放特困救助金B万元,帮扶搬迁群众C人次D万元: B is 特困 money, D a candidate', () => {
    const r = run('截至9月底,全区有特困人员1310人,累计发放特困救助金1122.5万元,帮扶易地搬迁群众417人次36.8万元。', '1-9月');
    expect(facts(r.records)).toEqual([
      ['tekun_persons', '', 1310, '人', '1-9月'],
      ['tekun_funds', '', 1122.5, '万元', '1-9月'],
    ]);
    expect(reasonOf(r, 36.8)).toHaveLength(1);
  });

  test('without the programme\'s own money, the group\'s money is still not the programme\'s', () => {
    const r = run('截至9月底,全区有特困人员1310人,救助已脱贫人口417人次36.8万元。', '1-9月');
    expect(facts(r.records)).toEqual([['tekun_persons', '', 1310, '人', '1-9月']]);
    expect(reasonOf(r, 36.8)).toEqual(['scope']);
  });

  test('a count of the programme itself before its money is unaffected (城市低保累计保障A人次B万元)', () => {
    const r = run('城市低保累计保障6230人次215.4万元。');
    expect(facts(r.records)).toContainEqual(['dibao_funds', '城市', 215.4, '万元', '全年']);
  });
});

describe('停发 低保 persons are exits, not the programme\'s persons', () => {
  test('核查后停发城乡低保A人: an exit count; 现有低保对象B人 is the stock', () => {
    const r = run('开展低保家庭经济状况核查,停发城乡低保1460人。全区现有低保对象9825人。');
    expect(facts(r.records)).toEqual([
      ['dibao_exit_persons', '', 1460, '人', '全年'],
      ['dibao_persons', '', 9825, '人', '全年'],
    ]);
  });
});

describe('both sides\' money named together is the whole\'s', () => {
  test('发放农村五保供养金和城市"三无"人员供养金A万元: tekun_funds with no side', () => {
    const r = run('全年发放农村五保供养金和城市“三无”人员供养金864余万元。');
    expect(facts(r.records)).toEqual([['tekun_funds', '', 864, '万元', '全年']]);
  });

  test('each side with its own amount keeps its side', () => {
    const r = run('全年发放城市低保金415万元和农村低保金1032万元。');
    expect(facts(r.records)).toEqual([
      ['dibao_funds', '城市', 415, '万元', '全年'],
      ['dibao_funds', '农村', 1032, '万元', '全年'],
    ]);
  });

  test('the bare 供养金 of children named before it is no 特困 money', () => {
    const r = run('已发放农村五保供养金和城市“三无”人员供养金864余万元,发放孤儿和事实无人抚养儿童供养金57万元。');
    expect(facts(r.records)).toEqual([['tekun_funds', '', 864, '万元', '全年']]);
    expect(reasonOf(r, 57)).toEqual(['scope']);
  });
});

describe('a programme\'s money with its own subsidies', () => {
  test('发放低保金及补贴A万元 is the 低保 money; 低保金及医疗救助金 stays a combined candidate', () => {
    const r = run('全区最低生活保障对象为8840人,发放低保金及补贴2675万元。');
    expect(facts(r.records)).toContainEqual(['dibao_funds', '', 2675, '万元', '全年']);
    const r2 = run('全区发放低保金及医疗救助金2675万元。');
    expect(r2.records.filter((x) => x.value === 2675)).toEqual([]);
  });
});

describe('特困救助金 names 特困供养 money', () => {
  test('累计发放特困救助金A万元', () => {
    const r = run('全区累计发放特困救助金733.2万元。');
    expect(facts(r.records)).toEqual([['tekun_funds', '', 733.2, '万元', '全年']]);
  });
});

describe('a running total since a launch named the sentence before', () => {
  test('十五年前…正式发行。截至2021年底,共销售A亿元: multi_year candidates, not the year\'s sales', () => {
    const r = run('十五年前,本市第一批即开型福利彩票正式上市发行。截至2021年底,全市共销售福利彩票86.4亿元,筹集福彩公益金约24.1亿元。', '全年', 2021);
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 86.4)).toEqual(['multi_year']);
    expect(reasonOf(r, 24.1)).toEqual(['multi_year']);
  });

  test('without a launch before it, 截至年底共销售 is the year\'s figure', () => {
    const r = run('全市福彩销售网点稳步增加。截至2021年底,全市共销售福利彩票8.6亿元。', '全年', 2021);
    expect(facts(r.records)).toEqual([['lottery_sales', '', 8.6, '亿元', '全年']]);
  });
});

describe('stocks stated with 超过 after the thing counted', () => {
  test('发布志愿服务项目超过A万个, 成立社会工作服务机构超过B家, 开发社会工作专业岗位超过C万个', () => {
    const r = run('截至目前,全省发布志愿服务项目超过3.6万个,各级成立社会工作服务机构超过420家,开发设置社会工作专业岗位超过1.1万个。');
    expect(facts(r.records)).toEqual([
      ['volunteer_projects', '', 3.6, '万个', '全年'],
      ['social_work_orgs', '', 420, '家', '全年'],
      ['social_work_posts', '', 1.1, '万个', '全年'],
    ]);
  });

  test('an action on the things is still a candidate (检查养老机构超过A家)', () => {
    const r = run('今年以来,全市检查养老机构超过140家。');
    expect(r.records).toEqual([]);
  });
});

describe('certificates and coverage of social work', () => {
  test('A万人取得社会工作者职业资格证书 is the certified social workers', () => {
    const r = run('目前全省已有5.2万人取得社会工作者职业资格证书。');
    expect(facts(r.records)).toEqual([['social_workers_certified', '', 5.2, '万人', '全年']]);
  });

  test('乡镇(街道)社工站A个,覆盖率达到B%: the station coverage rate; a bare 覆盖率 of things with no rate indicator stays a candidate', () => {
    const r = run('全市建成乡镇(街道)社工站96个,覆盖率达到91.4%。');
    expect(facts(r.records)).toEqual([['social_work_station_rate', '', 91.4, '%', '全年']]);
    const r2 = run('全区建成村级服务站56个,覆盖率为90%。');
    expect(r2.records).toEqual([]);
  });
});

describe('registered elderly-care institutions among all facilities', () => {
  test('养老服务机构和设施A万个;其中,注册登记的养老服务机构B万个: B is the institutions, the other parts stay out', () => {
    const r = run('截至年底,全省有各类养老服务机构和设施1.9万个;其中,注册登记的养老服务机构2140个,社区养老服务机构和设施9600个。');
    expect(facts(r.records)).toEqual([['elder_institutions', '', 2140, '个', '全年']]);
  });
});
