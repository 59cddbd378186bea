// Styles met in a twenty-second corpus of published texts (provincial and county 提标 notices, 殡葬 and 慈善 news,
// 民政局 work summaries). Fixtures are written for these tests in our own words and numbers.
import { styleKit } from './styleKit';

const { run, facts } = styleKit('某市');

describe('a standard stated as 年人均 right after 标准为', () => {
  test('平均标准为年人均A元 is the standard itself, per person and year', () => {
    const r = run('一、农村居民最低生活保障平均标准为年人均5880元。二、农村特困人员救助供养平均标准为年人均7644元。');
    expect(facts(r.records)).toEqual([
      ['dibao_std_rural', '', 5880, '元/人·年', '全年'],
      ['tekun_std_rural', '', 7644, '元/人·年', '全年'],
    ]);
  });

  test('城市居民最低生活保障标准提高到月人均A元 too', () => {
    const r = run('自7月1日起,城市居民最低生活保障标准提高到月人均735元。');
    expect(facts(r.records)).toEqual([['dibao_std_urban', '', 735, '元/人·月', '全年']]);
  });

  test('年人均补助 after the standard is still an average subsidy, not a second standard', () => {
    const r = run('农村低保标准为每人每年5880元,年人均补助2960元。');
    expect(facts(r.records)).toEqual([['dibao_std_rural', '', 5880, '元/人·年', '全年']]);
  });
});
