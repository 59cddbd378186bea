// Frames met on held-out reports (older year reviews, statistical releases, standards news),
// with short texts written for these tests in our own words and numbers.
import { catalogue, styleKit } from './styleKit';
import { inferContext } from '../../src/core/extract/context';

const { run } = styleKit('历下区');
const nation = styleKit('全国');
const ids = (text: string, period = '全年') => run(text, period).records.map((r) => [r.indicatorId, r.breakdown, r.value, r.unit]);
const regionOf = (text: string) => inferContext(text, catalogue).region?.name;

describe('a standard set up by most regions, as a minimum, is not the whole area\'s', () => {
  test('全国大部分地区建立了…最低养育标准,其中…分别达到A元、B元', () => {
    const r = nation.run('全国大部分地区建立了孤儿基本生活费最低养育标准,其中机构养育孤儿、散居孤儿每人每月分别达到1100元、700元。');
    expect(r.records).toEqual([]);
    expect(r.candidates.map((c) => c.value).sort()).toEqual([1100, 700]);
  });

  test('one value, no list', () => {
    const r = nation.run('一些地区的农村低保标准已达到每人每年6200元。');
    expect(r.records).toEqual([]);
    expect(r.candidates.find((c) => c.value === 6200)?.reason).toBe('area_group');
  });

  test('a standard of the area itself is still filed', () => {
    const r = nation.run('全国孤儿基本生活费平均标准为机构养育孤儿每人每月1260元。');
    expect(r.records.map((x) => [x.indicatorId, x.value])).toEqual([['orphan_std', 1260]]);
  });
});

describe('region: the news source is not the subject', () => {
  test('记者从某市民政局获悉,该市某区…该区…', () => {
    const text = '记者从邯郸市民政局获悉,该市永年区自今年3月起提高高龄津贴标准。\n目前,该区共有6200位老人享受津贴。';
    expect(regionOf(text)).toBe('永年区');
  });

  test('the city stays when the text goes on speaking of 该市', () => {
    const text = '记者从邯郸市民政局获悉,该市永年区自今年3月起提高高龄津贴标准。目前,该市共有5.1万位老人享受津贴,该区占6200位。';
    expect(regionOf(text)).toBe('邯郸市');
  });
});

describe('region: a county named by its short name beats an area word', () => {
  test('桓台 named three times, 城区 as a common noun', () => {
    const text = '【概况】年内,全县开展“慈心一日捐”活动。完成了城区18条道路路牌设置。《桓台行政区划图》印制完成,《桓台城区图》开始编制。全省村务公开现场会在桓台召开。\n【低保】全县城市低保金280多万元。';
    expect(regionOf(text)).toBe('桓台县');
  });

  test('城区 named twice and no other place: still asks', () => {
    const c = inferContext('【概况】年内,全区完成了城区18条道路路牌设置,城区绿化面积扩大。', catalogue);
    expect(c.region).toBeUndefined();
  });
});

describe('an elided side after the other side\'s standard: 农村从A调整为B', () => {
  test('城镇低保标准从每月A元调整为每月B元,农村从C元调整为D元', () => {
    const recs = ids('今年1月起全县城镇低保标准从原来每月410元调整为每月450元,农村从260元调整为290元。');
    expect(recs).toContainEqual(['dibao_std_urban', '', 450, '元/人·月']);
    expect(recs).toContainEqual(['dibao_std_rural', '', 290, '元/人·月']);
    expect(recs.map((x) => x[2])).not.toContain(260);
  });
});

describe('a verb between the holder and 床位', () => {
  test('各类民政服务机构和设施拥有床位A万张', () => {
    expect(ids('各类民政服务机构和设施拥有床位512.3万张,每千人口民政服务床位数5.1张。')).toContainEqual(['mz_service_beds', '', 512.3, '万张']);
  });
});

describe('a generic 年销量 after the lottery named in the clause before', () => {
  test('福利彩票发行销售再创新高,年销量达到A亿元', () => {
    expect(ids('去年福利彩票发行销售再创历史新高,年销量达到86.5亿元,首次突破80亿元。')).toContainEqual(['lottery_sales', '', 86.5, '亿元']);
  });
});
