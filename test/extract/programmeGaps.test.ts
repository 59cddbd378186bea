// Programme counts stated in older or plainer words: 五保 by supply mode, 最低生活保障 in long forms, a
// persons figure after 共计. Fixtures are written for these tests in our own words and numbers.
import { styleKit } from './styleKit';

const { run, facts, reasonOf } = styleKit('某县');

describe('特困 (五保) persons by supply mode', () => {
  test('集中供养的五保人员 / 散养的五保人员为: the persons of each supply mode of the rural side, held as its parts', () => {
    // (were filed as 特困人员人数 集中供养 / 分散供养: 五保 is the rural side, so these are rural parts, as after 其中 below)
    const r = run('全乡五保对象291人,其中集中供养的五保人员84人,散养的五保人员为207人。');
    expect(facts(r.records)).toEqual([['tekun_persons', '农村', 291, '人', '全年']]);
    expect([reasonOf(r, 84), reasonOf(r, 207)]).toEqual([['subset'], ['subset']]);
  });

  test('集中供养特困人员 / 分散供养特困人员 and 散居五保户 with their counts', () => {
    const r = run('全县集中供养特困人员133人,分散供养特困人员402人。');
    expect(facts(r.records)).toEqual([
      ['tekun_persons', '集中供养', 133, '人', '全年'],
      ['tekun_persons', '分散供养', 402, '人', '全年'],
    ]);
  });

  test('散居五保户 alone: a rural part too, held', () => {
    // (was filed as 特困人员人数 分散供养)
    const r = run('全县散居五保户共58人。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 58)).toEqual(['subset']);
  });

  test('a supply mode with 城市/农村 named too stays a candidate', () => {
    const a = run('全县共有集中供养的农村特困人员88人。');
    expect(a.records).toEqual([]);
    expect(reasonOf(a, 88)).toEqual(['subset']);
  });

  test('a bare mode after 其中 of the 五保 whole (rural by name) is a held part of that side', () => {
    // (was filed as 特困人员人数 by supply mode: a rural part filed as the whole, c54)
    const b = run('全县五保对象310人,其中集中供养95人,分散供养215人。');
    expect(facts(b.records)).toEqual([['tekun_persons', '农村', 310, '人', '全年']]);
    expect([reasonOf(b, 95), reasonOf(b, 215)]).toEqual([['subset'], ['subset']]);
  });
});

describe('低保 persons in long forms', () => {
  test('最低生活保障救助人数 and 低保救助人数 are the 低保 persons', () => {
    expect(facts(run('全县最低生活保障救助人数为5210人。').records)).toEqual([['dibao_persons', '', 5210, '人', '全年']]);
    expect(facts(run('城市最低生活保障救助人数410人,农村低保救助人数2950人。').records)).toEqual([
      ['dibao_persons', '城市', 410, '人', '全年'],
      ['dibao_persons', '农村', 2950, '人', '全年'],
    ]);
  });

  test('其中:城镇A人,比上年…;农村B人: the part after the semicolon goes on with the split', () => {
    const r = run('全县最低生活保障救助人数为5210人,比上年增加820人。其中:城镇970人,比上年增加150人;农村4240人,比上年增加670人。');
    expect(facts(r.records)).toEqual([
      ['dibao_persons', '', 5210, '人', '全年'],
      ['dibao_persons', '城市', 970, '人', '全年'],
      ['dibao_persons', '农村', 4240, '人', '全年'],
    ]);
    expect(reasonOf(r, 670)).toEqual(['change']);
  });

  test('a sentence after a semicolon with words of its own is not read as the split', () => {
    const r = run('全县低保对象3600人,其中:城市800人;农村敬老院新建床位120张。');
    expect(r.records.some((x) => x.value === 120 && x.indicatorId === 'dibao_persons')).toBe(false);
  });
});

describe('households, then the persons after 共计', () => {
  test('…A万户,共计B万人: the persons of the programme whose households were just counted', () => {
    const r = run('年末全县共有城市低保对象0.42万户,共计0.71万人;共有农村低保对象1.86万户,共计3.05万人。');
    expect(facts(r.records)).toEqual([
      ['dibao_households', '城市', 0.42, '万户', '全年'],
      ['dibao_persons', '城市', 0.71, '万人', '全年'],
      ['dibao_households', '农村', 1.86, '万户', '全年'],
      ['dibao_persons', '农村', 3.05, '万人', '全年'],
    ]);
  });

  test('共计 after a count that is not of households does not name a programme', () => {
    const r = run('发放低保资金640万元,共计2100人。');
    expect(r.records.filter((x) => x.value === 2100)).toEqual([]);
  });
});

describe('bare 五保 persons', () => {
  test('五保资金 (the rural side), then 惠及五保户A人: the rural 特困 persons', () => {
    const r = run('全年发放城乡低保资金1960万元,惠及2.4万人,发放五保资金286.5万元,惠及五保户1320人。');
    expect(facts(r.records).filter((x) => String(x[0]).startsWith('tekun'))).toEqual([
      ['tekun_funds', '农村', 286.5, '万元', '全年'],
      ['tekun_persons', '农村', 1320, '人', '全年'],
    ]);
  });

  test('五保户A人 is the rural side by definition (the urban side was 三无), also after money named for all 特困', () => {
    expect(facts(run('全乡现有五保户275人。').records)).toEqual([['tekun_persons', '农村', 275, '人', '全年']]);
    const r = run('发放特困供养资金210万元,惠及五保户640人。');
    expect(facts(r.records)).toEqual([
      ['tekun_funds', '', 210, '万元', '全年'],
      ['tekun_persons', '农村', 640, '人', '全年'],
    ]);
  });

  test('五保 is never the urban side, even in a sentence about urban 特困 money', () => {
    const r = run('发放城市特困供养资金65万元,惠及五保户720人。');
    expect(r.records.filter((x) => x.value === 720).map((x) => x.breakdown)).not.toContain('城市');
  });
});

describe('age bands of the old-age allowance', () => {
  const text = '某区民政局关于调整高龄津贴的通知\n自2024年起,全区高龄津贴标准调整为:75-79周岁每人每月30元,80-84周岁每人每月60元,85-89周岁每人每月110元,90-99周岁每人每月260元,100周岁及以上每人每月700元。';
  test('each band the catalogue has is its own breakdown; a band it lacks is a candidate, never the total', () => {
    const r = run(text, '全年', 2024);
    const std = r.records.filter((x) => x.indicatorId === 'elder_age_allowance_std');
    expect(std.map((x) => [x.breakdown, x.value])).toEqual([
      ['80-84岁', 60],
      ['85-89岁', 110],
      ['90-99岁', 260],
      ['100岁以上', 700],
    ]);
    expect(reasonOf(r, 30)).toEqual(['age_band']);
  });
});

describe('特困 standards by supply mode, listed with 、', () => {
  test('集中供养A元、分散供养B元: neither is the standard of all 特困 persons, each is its mode\'s', () => {
    const r = run('全县特困人员基本生活标准为集中供养每人每月1210元、分散供养每人每月1030元。');
    expect(facts(r.records.filter((x) => /^tekun_std/.test(x.indicatorId)))).toEqual([
      ['tekun_std', '集中供养', 1210, '元/人·月', '全年'],
      ['tekun_std', '分散供养', 1030, '元/人·月', '全年'],
    ]);
  });

  test('a standard followed by the persons of one mode stays the standard', () => {
    const r = run('特困人员基本生活标准每人每月1030元,集中供养特困人员388人。');
    expect(facts(r.records)).toContainEqual(['tekun_std', '', 1030, '元/人·月', '全年']);
  });
});

describe('what a meeting asks for', () => {
  test('会议要求,…要确保…, 完成…: targets, not results', () => {
    const r = run('会议通报,今年以来全县新增养老床位420张。会议要求,下半年要确保全年新增护理型床位600张,完成适老化改造900户。');
    expect(facts(r.records)).toEqual([['elder_beds_new', '', 420, '张', '全年']]);
    expect(reasonOf(r, 600)).toEqual(['plan']);
    expect(reasonOf(r, 900)).toEqual(['plan']);
  });

  test('确保年底 / 要建成 in a clause are targets', () => {
    const r = run('今年全县确保年底前建成农村互助养老服务点80个,并要完成特殊困难老年人家庭适老化改造350户。');
    expect(r.records).toEqual([]);
  });

  test('会议指出 reports what was done', () => {
    const r = run('会议指出,今年以来全县共完成特殊困难老年人家庭适老化改造350户。');
    expect(facts(r.records)).toEqual([['elder_retrofit_households', '', 350, '户', '全年']]);
  });
});

describe('残疾人两项补贴 phrased 为…残疾人发放…补贴', () => {
  test('为重度残疾人发放护理补贴A人: the persons of the care subsidy', () => {
    const r = run('全年为重度残疾人发放护理补贴2214人、金额265.7万元。');
    expect(facts(r.records)).toEqual([['disab_care_persons', '', 2214, '人', '全年']]);
  });

  test('为困难残疾人发放生活补贴A人: the persons of the living subsidy; 人次 is not persons', () => {
    const r = run('全年为困难残疾人发放生活补贴1507人;为困难残疾人发放生活补贴1620人次。');
    expect(facts(r.records)).toEqual([['disab_living_persons', '', 1507, '人', '全年']]);
  });
});

describe('a standard set as a multiple of another (…低保标准的1.3倍,即A元)', () => {
  test('the standard named before the ratio is the value\'s, not the basis', () => {
    const r = run('农村特困人员基本生活标准不低于当地低保标准的1.3倍,即每人每年7930元。城市特困人员基本生活标准按城市低保标准的1.3倍确定,为每人每月1092元。');
    expect(facts(r.records)).toEqual([
      ['tekun_std_rural', '', 7930, '元/人·年', '全年'],
      ['tekun_std_urban', '', 1092, '元/人·月', '全年'],
    ]);
  });

  test('with no standard named before the basis, the value is a candidate', () => {
    const r = run('按照低保标准的1.3倍发放,每人每月1092元。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 1092)).toEqual(['no_indicator']);
  });
});

describe('a per-person period before 不低于', () => {
  test('每人每年不低于A元 is yearly, with its qualifier', () => {
    const r = run('城乡低保标准分别达到每人每月不低于745元和每人每年不低于6180元。');
    expect(r.records.map((x) => [x.indicatorId, x.value, x.unit, x.qualifier])).toEqual([
      ['dibao_std_urban', 745, '元/人·月', '不低于'],
      ['dibao_std_rural', 6180, '元/人·年', '不低于'],
    ]);
  });
});

describe('a clause opening with 上年', () => {
  test('上年全县低保对象A人 is last year\'s; 去年 in news after the year is the report\'s year', () => {
    const r = run('上年全县低保对象5230人,今年为5010人。全年办理结婚登记1804对,较上年的1920对有所减少。');
    expect(facts(r.records)).toEqual([['marriage_reg', '', 1804, '对', '全年']]);
    expect(reasonOf(r, 5230)).toEqual(['other_year']);
    const news = run('去年全县享受低保的人口为5010人。');
    expect(facts(news.records)).toEqual([['dibao_persons', '', 5010, '人', '全年']]);
  });
});

describe('特困 persons by supply mode after 其中', () => {
  test('特困人员A人,其中集中供养B人,分散供养C人: each mode of the whole', () => {
    const r = run('全县共有特困人员1520人,其中集中供养386人,分散供养1134人。');
    expect(facts(r.records)).toEqual([
      ['tekun_persons', '', 1520, '人', '全年'],
      ['tekun_persons', '集中供养', 386, '人', '全年'],
      ['tekun_persons', '分散供养', 1134, '人', '全年'],
    ]);
  });

  test('after one side (城市特困B人,其中集中供养C人) the modes are that side\'s: candidates', () => {
    const r = run('特困人员救助供养人数1520人,城市特困救助供养212人,其中集中供养人数70人,分散供养人数142人。');
    expect(r.records.filter((x) => x.breakdown === '集中供养' || x.breakdown === '分散供养')).toEqual([]);
  });
});

describe('a flow counted up with no start named', () => {
  test('截至目前,…已累计办理结婚登记A对 is a candidate; with 今年以来 it is the year\'s', () => {
    const r = run('截至目前,全县已累计办理结婚登记9.1万对。');
    expect(r.records).toEqual([]);
    expect(reasonOf(r, 9.1)).toEqual(['multi_year']);
    const y = run('今年以来,全县已累计办理结婚登记2140对。');
    expect(facts(y.records)).toEqual([['marriage_reg', '', 2140, '对', '全年']]);
  });
});

describe('facilities built in the period', () => {
  test('今年…,建成A个 is what was built this year; 已建成B个 is the stock', () => {
    const r = run('今年新增家庭养老床位300张,建成老年助餐点45个。全县已建成老年助餐点210个。');
    expect(facts(r.records)).toEqual([['elder_meal_points', '', 210, '个', '全年']]);
    expect(reasonOf(r, 45)).toEqual(['new_vs_stock']);
  });
});

describe('funeral fee waivers', () => {
  test('为A名逝者减免基本殡葬服务费用B万元: the persons and the money waived', () => {
    const r = run('全年为1830名逝者减免基本殡葬服务费用219.6万元。');
    expect(facts(r.records)).toEqual([
      ['funeral_waiver_persons', '', 1830, '人', '全年'],
      ['funeral_waiver_funds', '', 219.6, '万元', '全年'],
    ]);
  });
});
