// Region and period inference on web-page footers, on 我国 in a local text, on national press phrases, on a quarter
// naming a meeting and on a dateline. Fixtures are written for these tests in our own words and numbers.
import { loadTownships } from '../../src/core/catalogue/townships';
import { inferContext } from '../../src/core/extract/context';
import { extractRecords } from '../../src/core/extract/extract';
import { catalogue } from './styleKit';

let towns: readonly string[];
beforeAll(async () => {
  towns = await loadTownships();
});
const infer = (text: string) => inferContext(text, catalogue, towns);

describe('region', () => {
  test('a place on a footer line (版权所有, ICP备) is the publisher\'s, not the text\'s', () => {
    const text = '首页 > 新闻\n民政部昨天介绍,全国已建成养老服务站点2.1万个,我国养老服务网络持续完善。\n版权所有 浙江某某传媒有限公司 浙ICP备00000000号 本网法律顾问:浙江某律师事务所';
    expect(infer(text).region?.name).toBe('全国');
  });

  test('我国 alone in a text naming one city throughout is that city\'s', () => {
    const text = '洛阳福彩举办公益活动\n洛阳市福彩中心昨日在洛阳举行活动,回顾我国福利彩票的发展,为我国福利事业作出贡献。截至2022年底,洛阳市共有销售网点600个,洛阳福彩工作人员参加活动。';
    expect(infer(text).region?.name).toBe('洛阳市');
  });

  test('我国 in a round-up naming several provinces stays national', () => {
    const text = '我国社会组织发展迅速。数量最多的是江苏,其次是广东,江苏、广东、浙江位列前三,江苏超过9万个,广东超过6万个,我国社会组织总量持续增长。';
    expect(infer(text).region?.name).toBe('全国');
  });

  test('国家统计局发布 is a national phrase', () => {
    const text = '火化率稳步提升\n国家统计局官网发布的公报显示,年末人口略有下降。民政部官网公布上年火化遗体累计为588.1万具。';
    expect(infer(text).region?.name).toBe('全国');
  });

  test('民政部…新闻发布会 and 全国已有 are national phrases', () => {
    const text = '社工人才队伍持续壮大\n在今天举行的民政部2023年第三季度例行新闻发布会上,有关负责人介绍,目前全国已有82万人取得社会工作者职业资格证书。';
    expect(infer(text).region?.name).toBe('全国');
  });
});

describe('period', () => {
  test('a quarter naming a press conference does not date the figures', () => {
    const text = '在今天举行的民政部2023年第三季度例行新闻发布会上,有关负责人介绍,目前全国已有82万人取得社会工作者职业资格证书。';
    expect(infer(text).period?.value).not.toBe('Q3');
  });

  test('a dateline with 截至目前 dates the figures at that month', () => {
    const text = '7月12日,记者从市民政局获悉:截至目前,全市共有持证社工860人。';
    expect(infer(text).period?.value).toBe('1-7月');
  });
});

describe('period from the date the figures stand at', () => {
  test('截至10月底…;1~9月实施临时救助…: the text stands at the end of October', () => {
    const text = '区财政局推进民生保障\n今年以来,区里坚持把保障和改善民生作为工作重点,完善社会救助制度,健全分层分类的救助体系,推动救助政策落实落细,加强低收入人口动态监测,及时将符合条件的困难群众纳入保障范围,做到应保尽保、应救尽救,切实兜住兜准兜牢民生底线,群众的获得感进一步增强,各项工作取得了较好成效。今年以来,区里坚持把保障和改善民生作为工作重点,完善社会救助制度,健全分层分类的救助体系,推动救助政策落实落细,加强低收入人口动态监测,及时将符合条件的困难群众纳入保障范围,做到应保尽保、应救尽救,切实兜住兜准兜牢民生底线,群众的获得感进一步增强,各项工作取得了较好成效。截至10月底,全区现有城乡低保4210户7730人;1~9月实施临时救助318人次96.2万元。';
    expect(infer(text).period?.value).toBe('1-10月');
  });

  test('a year-end date elsewhere in the text keeps the month from deciding', () => {
    const text = '养老助餐持续推进\n今年以来,区里坚持把保障和改善民生作为工作重点,完善社会救助制度,健全分层分类的救助体系,推动救助政策落实落细,加强低收入人口动态监测,及时将符合条件的困难群众纳入保障范围,做到应保尽保、应救尽救,切实兜住兜准兜牢民生底线,群众的获得感进一步增强,各项工作取得了较好成效。今年以来,区里坚持把保障和改善民生作为工作重点,完善社会救助制度,健全分层分类的救助体系,推动救助政策落实落细,加强低收入人口动态监测,及时将符合条件的困难群众纳入保障范围,做到应保尽保、应救尽救,切实兜住兜准兜牢民生底线,群众的获得感进一步增强,各项工作取得了较好成效。截至2023年底,全国建成助餐点3.1万个。截至10月底,新增助餐点2400个。';
    expect(infer(text).period?.value).not.toBe('1-10月');
  });
});

describe('a local text that quotes 民政部', () => {
  test('a province named in the title and throughout stays that province, though the text cites 民政部官网', () => {
    const text = '贵州城乡困难群众保障水平稳步提高\n据民政部官网消息,贵州近年来持续完善社会救助体系。今年贵州将城市低保平均标准提高到每人每月710元,贵州农村低保平均标准达到每人每年5300元。贵州共有低保对象98万人,而全国共有低保对象4000万人,我国西部地区救助水平整体上升,贵州各地落实到位。贵州还开展了专项排查。';
    expect(infer(text).region?.name).toBe('贵州省');
  });

  test('民政部 in the title keeps a text national, though one province is named in it', () => {
    const text = '民政部:全国养老服务床位稳步增加\n据民政部官网消息,全国共有养老服务床位800万张。贵州、贵州的做法和贵州经验在会上作了介绍。';
    expect(infer(text).region?.name).toBe('全国');
  });
});

describe('a monthly report titled …月报(N月)', () => {
  test('the title gives the year and the month', () => {
    const r = infer('2023年某县民政统计月报(5月)\n指标 | 单位 | 本月数\n保障人数 | 人 | 1,204');
    expect(r.year?.value).toBe(2023);
    expect(r.period?.value).toBe('5月');
  });
});

describe('the place\'s own newspaper', () => {
  test('来源:某省日报 in a text that speaks as 全省 names the province; in a city\'s text it does not', () => {
    expect(infer('全省养老床位稳步增加\n来源:贵州日报 2023-02-01\n记者从省民政厅获悉,全省养老床位达到21万张。').region?.name).toBe('贵州省');
    expect(infer('全市低保工作扎实推进\n据贵州日报报道,我市城乡低保对象1.2万人。').region).toBeUndefined();
  });
});

describe('a text with no year, and none given', () => {
  test('its figures are candidates (period_unknown), never records of year 0; given the year they are records', () => {
    const text = '全年全区实施惠民殡葬减免512例,减免金额41万元。';
    const none = extractRecords(text, { source: 't.txt', catalogue, region: '历下区' });
    expect(none.records).toEqual([]);
    expect(none.candidates.map((c) => c.reason)).toEqual(['period_unknown', 'period_unknown']);
    const given = extractRecords(text, { source: 't.txt', catalogue, region: '历下区', year: 2025 });
    expect(given.records.map((r) => [r.indicatorId, r.value, r.year])).toEqual([
      ['funeral_waiver_persons', 512, 2025],
      ['funeral_waiver_funds', 41, 2025],
    ]);
  });
});

describe('截至目前 in a text that dates nothing', () => {
  test('with no period given or inferred, a figure as of 目前 is a candidate; given the period it is a record', () => {
    const text = '截至目前,全县实施惠民殡葬减免306例,减免金额27万元。';
    const none = extractRecords(text, { source: 't.txt', catalogue, region: '清河县', year: 2025 });
    expect(none.records).toEqual([]);
    expect(none.candidates.map((c) => c.reason)).toEqual(['period_unknown', 'period_unknown']);
    const given = extractRecords(text, { source: 't.txt', catalogue, region: '清河县', year: 2025, period: '1-7月' });
    expect(given.records.map((r) => [r.value, r.period])).toEqual([[306, '1-7月'], [27, '1-7月']]);
  });
});

describe('the one year a text names, with its months', () => {
  test('1、2023年1-12月份…情况 / 2023年7月,…: that year', () => {
    expect(infer('1、2023年1-12月份低保补助落实情况:\n全区共有1210户2106人享受城乡低保。\n2、2023年1-12月份临时救助落实情况:').year?.value).toBe(2023);
    expect(infer('2022年比2021年增长5%,2022年7月全区新增养老床位20张。').year).toBeUndefined();
  });
});
