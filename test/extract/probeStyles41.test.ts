// A standard raised by a stated amount (提标A元 / 上调A元至B元): the amount is the rise, the level reached is the
// standard (own words and numbers).
import { styleKit } from './styleKit';

const city = styleKit('济南市');
const facts = (text: string) => city.facts(city.run(text, '全年', 2023).records);

describe('a standard raised by a stated amount', () => {
  test('提标A元,达到每人每月B元 files B, not the rise', () => {
    expect(facts('2023年,全市城市低保标准提标45元,达到每人每月735元。')).toEqual([['dibao_std_urban', '', 735, '元/人·月', '全年']]);
  });
  test('分别提标A元、B元,达到C元、D元 files C and D', () => {
    expect(facts('2023年,全市城乡低保标准分别提标45元、35元,达到每人每月735元、585元。')).toEqual([
      ['dibao_std_urban', '', 735, '元/人·月', '全年'],
      ['dibao_std_rural', '', 585, '元/人·月', '全年'],
    ]);
  });
  test('上调A元至B元 files B (a rise and the level it reaches, not a range)', () => {
    expect(facts('2023年,全市城市低保标准上调45元至735元/人·月。')).toEqual([['dibao_std_urban', '', 735, '元/人·月', '全年']]);
    expect(facts('全市城市低保标准每人每月提高45元至735元。')).toEqual([['dibao_std_urban', '', 735, '元/人·月', '全年']]);
  });
  test('a range stays a range, and a rise alone is no standard', () => {
    expect(facts('全市低保标准每人每月610元至735元不等。')).toEqual([]);
    expect(facts('全市城市低保标准提标了45元。')).toEqual([]);
  });
});
