// Prose frames of standards by supply mode, side and tier that earlier held-out texts left held (or misfiled), with short
// texts written for these tests in our own words and numbers.
import { styleKit } from './styleKit';

const { run, reasonOf } = styleKit('济南市');
const ids = (text: string, period = '全年') => run(text, period).records.map((r) => [r.indicatorId, r.breakdown, r.value, r.unit]);

describe('集中和分散供养标准分别为A、B: each supply mode\'s 特困 standard, in the order named', () => {
  test('after a whole split into both sides: the whole\'s standards', () => {
    expect(ids('全市共有特困人员8.5万人,其中城市特困人员0.6万人,农村特困人员7.9万人,集中和分散救助供养平均标准分别为812元/人.月、790元/人.月。')).toEqual([
      ['tekun_std', '集中供养', 812, '元/人·月'],
      ['tekun_std', '分散供养', 790, '元/人·月'],
      ['tekun_persons', '', 8.5, '万人'],
      ['tekun_persons', '城市', 0.6, '万人'],
      ['tekun_persons', '农村', 7.9, '万人'],
    ]);
  });

  test('after one side only: that side\'s standards (the urban half, then the rural one)', () => {
    const recs = ids('全市共有特困人员8.5万人,其中城市特困人员0.6万人,全市平均集中和分散救助供养标准分别为812元/人.月、790元/人.月;农村特困人员7.9万人,全市平均集中和分散救助供养标准分别为760元/人.月、731元/人.月。');
    expect(recs.filter(([id]) => /std/.test(String(id)))).toEqual([
      ['tekun_std_urban', '集中供养', 812, '元/人·月'],
      ['tekun_std_urban', '分散供养', 790, '元/人·月'],
      ['tekun_std_rural', '集中供养', 760, '元/人·月'],
      ['tekun_std_rural', '分散供养', 731, '元/人·月'],
    ]);
  });

  test('城市…集中、分散供养标准分别为A、B;农村…C、D: no side\'s first value is its whole standard', () => {
    expect(ids('城市特困人员集中、分散供养标准分别为1100元/人·月、1020元/人·月,农村特困人员集中、分散供养标准分别为820元/人·月、760元/人·月。')).toEqual([
      ['tekun_std_urban', '集中供养', 1100, '元/人·月'],
      ['tekun_std_urban', '分散供养', 1020, '元/人·月'],
      ['tekun_std_rural', '集中供养', 820, '元/人·月'],
      ['tekun_std_rural', '分散供养', 760, '元/人·月'],
    ]);
  });

  test('the modes in reversed order, and per year', () => {
    expect(ids('分散和集中供养特困人员基本生活标准分别为880元/人·月、960元/人·月。')).toEqual([
      ['tekun_std', '分散供养', 880, '元/人·月'],
      ['tekun_std', '集中供养', 960, '元/人·月'],
    ]);
    expect(ids('特困人员集中和分散供养标准分别为每人每年12000元、9600元。')).toEqual([
      ['tekun_std', '集中供养', 12000, '元/人·年'],
      ['tekun_std', '分散供养', 9600, '元/人·年'],
    ]);
  });

  test('五保 names the rural standard; the modes as labels of the values', () => {
    expect(ids('全市五保对象集中和分散供养标准分别达到600元/人·月、480元/人·月。')).toEqual([
      ['tekun_std_rural', '集中供养', 600, '元/人·月'],
      ['tekun_std_rural', '分散供养', 480, '元/人·月'],
    ]);
    expect(ids('五保供养标准分别提高到集中供养每人每年6000元、分散供养每人每年4800元。')).toEqual([
      ['tekun_std_rural', '集中供养', 6000, '元/人·年'],
      ['tekun_std_rural', '分散供养', 4800, '元/人·年'],
    ]);
  });

  test('one mode named for both sides: each side\'s standard of that mode', () => {
    expect(ids('城乡特困人员集中供养标准分别为1200元/人·月、1000元/人·月。')).toEqual([
      ['tekun_std_urban', '集中供养', 1200, '元/人·月'],
      ['tekun_std_rural', '集中供养', 1000, '元/人·月'],
    ]);
    expect(ids('2022年、2023年全市特困人员集中供养标准分别为900元/人·月、960元/人·月。')).toEqual([['tekun_std', '集中供养', 960, '元/人·月']]);
  });

  test('held: sides and modes crossed, no standard, another programme, a plan', () => {
    const crossed = run('城乡特困人员集中供养和分散供养标准分别为1200元/人·月、1000元/人·月。');
    expect(crossed.records).toEqual([]);
    expect(reasonOf(crossed, 1200)).toEqual(['subset']);
    const spent = run('全市集中和分散供养特困人员月人均支出分别为860元、720元。');
    expect(spent.records).toEqual([]);
    expect(reasonOf(spent, 860)).toEqual(['subset']);
    expect(ids('全市低保对象1.2万人,集中和分散供养标准分别为1000元/人·月、820元/人·月。')).toEqual([['dibao_persons', '', 1.2, '万人']]);
    expect(ids('集中供养和分散供养特困人员照料护理标准分别为每人每月300元、150元。')).toEqual([]);
    const plan = run('特困人员集中供养和分散供养标准明年将分别提高到每人每月1000元、850元。');
    expect(plan.records).toEqual([]);
    expect(reasonOf(plan, 1000)).toEqual(['plan']);
  });
});

describe('a 特困 standard named after its people (五保对象月保障标准, 特困人员月供养标准)', () => {
  test('old→new of one mode each', () => {
    expect(ids('分散供养五保对象月保障标准从260元提高到310元,集中供养五保对象月供养标准从340元提高到420元。')).toEqual([
      ['tekun_std_rural', '分散供养', 310, '元/人·月'],
      ['tekun_std_rural', '集中供养', 420, '元/人·月'],
    ]);
  });

  test('the whole of one side, and the sideless standard', () => {
    expect(ids('农村五保对象月保障标准从280元提高到330元。')).toEqual([['tekun_std_rural', '', 330, '元/人·月']]);
    expect(ids('特困人员月供养标准为900元。')).toEqual([['tekun_std', '', 900, '元/人·月']]);
  });
});

describe('a level under a section heading inside a paragraph (…基本生活 (一)城市低保工作。…)', () => {
  test('人均补助水平从A元提高到B元 is the heading\'s side\'s 低保 level', () => {
    const text = '全面保障困难群众基本生活 (一)城市低保工作。一是做好提标工作。目前,我市人均补助水平从320元提高到355元。';
    expect(ids(text)).toEqual([['dibao_avg_subsidy', '城市', 355, '元/人·月']]);
  });

  test('a heading of another field gives no programme', () => {
    expect(ids('(一)城市低保工作。全市城市低保对象800户1500人。\n二、养老服务。全市养老机构38家,人均补助水平为200元。').filter(([id]) => /avg/.test(String(id)))).toEqual([]);
  });
});

describe('labels before the values of a 分别 list', () => {
  test('集中供养 before an orphans\' value is 机构养育', () => {
    expect(ids('孤儿基本生活费标准分别为集中供养1500元/人·月、社会散居1100元/人·月。')).toEqual([
      ['orphan_std', '机构养育', 1500, '元/人·月'],
      ['orphan_std', '社会散居', 1100, '元/人·月'],
    ]);
  });

  test('城市A元、农村B元 after a sideless standard: each side\'s standard', () => {
    expect(ids('低保标准分别为城市800元/人·月、农村600元/人·月。')).toEqual([
      ['dibao_std_urban', '', 800, '元/人·月'],
      ['dibao_std_rural', '', 600, '元/人·月'],
    ]);
  });

  test('a label the standard has no split for: held, not the whole', () => {
    const r = run('事实无人抚养儿童基本生活费标准分别为集中养育1600元/人·月、社会散居1100元/人·月。');
    expect(r.records).toEqual([]);
  });

  test('an item naming a care tier is the care standard\'s, not the programme\'s basic standard', () => {
    expect(ids('特困人员全自理、半护理、全护理照料护理标准分别为每人每年1200元、3600元、7200元。')).toEqual([
      ['tekun_care_std', '自理', 1200, '元/人·年'],
      ['tekun_care_std', '半自理', 3600, '元/人·年'],
      ['tekun_care_std', '完全不能自理', 7200, '元/人·年'],
    ]);
  });
});

describe('分别…A、B元/人·月: the bare items share the unit of the last', () => {
  test('each side gets its value, none is the whole\'s', () => {
    expect(ids('城市低保标准和农村低保标准分别提高到760、610元/人·月。')).toEqual([
      ['dibao_std_urban', '', 760, '元/人·月'],
      ['dibao_std_rural', '', 610, '元/人·月'],
    ]);
    expect(ids('城乡特困人员基本生活标准分别达到1150、900元/人·月。')).toEqual([
      ['tekun_std_urban', '', 1150, '元/人·月'],
      ['tekun_std_rural', '', 900, '元/人·月'],
    ]);
  });
});

describe('临时救助 for causes or for a group (checks)', () => {
  test('a list of causes describes all 临时救助', () => {
    expect(ids('对因病、因灾、因学等原因造成生活暂时困难的群众发放临时救助金1800人次,合计520万元。')).toEqual([
      ['temp_assist_times', '', 1800, '人次'],
      ['temp_assist_funds', '', 520, '万元'],
    ]);
  });

  test('one group\'s 临时救助 is a part', () => {
    expect(ids('对因疫遇困群众实施临时救助460人次,支出资金85万元。')).toEqual([]);
    expect(ids('全年实施临时救助3100人次,其中对因病致困家庭实施临时救助900人次。')).toEqual([['temp_assist_times', '', 3100, '人次']]);
  });
});
