// Styles met in a seventh corpus of published texts (standards notices, quarterly fund news, national bulletins,
// review news). Fixtures are written for these tests in our own words and numbers.
import { inferContext } from '../../src/core/extract/context';
import { catalogue, styleKit } from './styleKit';

const { run, facts, reasonOf } = styleKit('某市');

describe('standards of one supply mode', () => {
  test('农村特困人员的集中供养标准 / 分散供养标准 are parts, not the rural standard', () => {
    const r = run('城市特困人员供养标准由每人每月1480元调整为1630元。农村特困人员供养的集中供养标准由每人每月1320元调整为1630元,分散供养标准由每人每月990元调整为1210元。');
    expect(facts(r.records)).toEqual([
      ['tekun_std_urban', '', 1630, '元/人·月', '全年'],
      ['tekun_std_rural', '集中供养', 1630, '元/人·月', '全年'],
      ['tekun_std_rural', '分散供养', 1210, '元/人·月', '全年'],
    ]);
  });

  test('a standard named for both supply modes is still the standard', () => {
    const r = run('农村特困人员基本生活标准提高到每人每月1100元。');
    expect(facts(r.records)).toEqual([['tekun_std_rural', '', 1100, '元/人·月', '全年']]);
  });
});

describe('a broad fund split by programme', () => {
  test('其中 parts naming three or more programmes are each programme’s whole', () => {
    const r = run('今年以来累计发放社会救助专项资金5230.6万元。其中,城乡低保2811.4万元,特困人员供养402.7万元,临时救助61.3万元,流浪乞讨救助6.2万元,医疗救助190万元。', '1-9月');
    expect(facts(r.records)).toEqual([
      ['dibao_funds', '', 2811.4, '万元', '1-9月'],
      ['tekun_funds', '', 402.7, '万元', '1-9月'],
      ['temp_assist_funds', '', 61.3, '万元', '1-9月'],
      ['vagrant_assist_funds', '', 6.2, '万元', '1-9月'],
    ]);
  });

  test('a one-off payment split by programme keeps its parts as candidates', () => {
    const r = run('春节前发放一次性生活补贴资金830万元。其中,城乡低保610万元,特困人员供养150万元,临时救助70万元。');
    expect(r.records.filter((x) => /^(dibao|tekun|temp_assist)_funds$/.test(x.indicatorId))).toEqual([]);
  });

  test('two programmes are not enough to read a split by programme', () => {
    const r = run('今年以来累计发放社会救助专项资金900万元。其中,低保资金600万元,特困供养资金300万元。');
    expect(r.records.filter((x) => x.value === 600 || x.value === 300)).toEqual([]);
  });
});

describe('names', () => {
  test('民政部门登记离婚 after 其中: of 离婚手续 is the divorce registrations', () => {
    const r = run('全年依法办理离婚手续301.2万对,其中:民政部门登记离婚240.5万对,法院判决、调解离婚60.7万对。');
    expect(facts(r.records)).toEqual([['divorce_reg', '', 240.5, '万对', '全年']]);
  });

  test('困难残疾人生活补贴及重度残疾人护理补贴共A元 is the money of the two subsidies', () => {
    const r = run('我区发放第二季度困难残疾人生活补贴及重度残疾人护理补贴共3612400元,其中生活补贴2410000元。', 'Q2');
    expect(facts(r.records)).toEqual([['disab_two_funds', '', 3612400, '元', 'Q2']]);
  });

  test('the two subsidies named together before 分别 keep one value each', () => {
    const r = run('困难残疾人生活补贴和重度残疾人护理补贴受益人数分别达到2150人和2630人。');
    expect(facts(r.records)).toEqual([
      ['disab_living_persons', '', 2150, '人', '全年'],
      ['disab_care_persons', '', 2630, '人', '全年'],
    ]);
  });

  test('本年前三季度 named before 本年上半年 is the text’s period', () => {
    const c = inferContext('统计数据显示,本年前三季度全国结婚登记401.2万对。值得一提的是,本年上半年结婚登记量为历年新低。', catalogue);
    expect(c.period?.value).toBe('1-9月');
  });

  test('福利彩票年销售 is the sales', () => {
    const r = run('全年中国福利彩票年销售1988.6亿元,比上年增加80.1亿元。');
    expect(facts(r.records)).toEqual([['lottery_sales', '', 1988.6, '亿元', '全年']]);
  });

  test('流浪乞讨救助 in money is the spending on it', () => {
    const r = run('发放民政资金1200万元,其中流浪乞讨救助9.6万元。');
    expect(r.candidates.some((c) => c.indicatorId === 'vagrant_assist_funds' && c.value === 9.6) || r.records.some((x) => x.indicatorId === 'vagrant_assist_funds')).toBe(true);
  });

  test('推动慈善组织增至N家 is the stock the action reached; 推动成立N家 stays an action', () => {
    const a = run('出台扶持措施15条,推动慈善组织增至87家。');
    expect(facts(a.records)).toEqual([['charity_orgs', '', 87, '家', '全年']]);
    const b = run('推动慈善组织成立12家。');
    expect(b.records.filter((x) => x.indicatorId === 'charity_orgs')).toEqual([]);
  });
});

describe('figures that are not the programme’s own (unseen set 2)', () => {
  test('a name inside a document title (《…》) is not the subject of the count after it', () => {
    const r = run('根据《关于加强事实无人抚养儿童保障工作的通知》精神,截至6月底,共有享受保障的重病儿童215人。', '1-6月');
    expect(r.records.filter((x) => x.value === 215)).toEqual([]);
  });

  test('其中各乡(镇、街道)… is the townships’ share, not the programme’s money', () => {
    const r = run('截至目前,全县临时救助资金共发放412.6万元,其中,各乡(镇、街道)实施小额临时救助资金48.2万元。');
    expect(r.records.filter((x) => x.value === 48.2)).toEqual([]);
    expect(reasonOf(r, 48.2)).toEqual(['sub_region']);
  });

  test('the figures of a special campaign (开展…专项救助行动以来) stay candidates', () => {
    const r = run('今年11月开展专项救助行动以来,市救助站共救助流浪乞讨人员86人次。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 86)).toEqual(['scope']);
  });

  test('按每人每月A元保障<group>: the standard is not inherited by the group named before', () => {
    const r = run('保障事实无人抚养儿童 312名,按每人每月600元保障重点困境儿童 145名,全市共发放资金 26.1万元。', '1-6月');
    expect(r.records.filter((x) => x.indicatorId === 'fmcare_std' || x.indicatorId === 'child_funds')).toEqual([]);
    expect(facts(r.records.filter((x) => x.indicatorId === 'kunjing_persons'))).toEqual([['kunjing_persons', '', 145, '人', '上半年']]);
  });
});

describe('money named by a living allowance', () => {
  test('发放孤儿基本生活费A万元、事实无人抚养儿童基本生活费B万元 are the money paid', () => {
    const r = run('前三季度累计发放孤儿基本生活费41.2万元、事实无人抚养儿童基本生活费63.8万元。', '1-9月');
    expect(facts(r.records)).toEqual([
      ['orphan_living_funds', '', 41.2, '万元', '1-9月'],
      ['fmcare_living_funds', '', 63.8, '万元', '1-9月'],
    ]);
  });

  test('all children’s money after the standards of several groups is still child_funds', () => {
    const r = run('机构养育孤儿、社会散居孤儿、重点困境儿童生活费保障标准分别提高到1700元/月、1350元/月、900元/月,全年共落实资金1980万元。');
    expect(r.records.filter((x) => x.indicatorId === 'child_funds').map((x) => x.value)).toEqual([1980]);
  });
});
