// Styles met in a twelfth corpus of published texts (社会保障/民政 sections of county statistical bulletins, yearbook
// entries of county work, a national bulletin in traditional characters). Fixtures are written for these tests in our own
// words and numbers.
import { styleKit } from './styleKit';

const { run, facts, reasonOf } = styleKit('某县');

describe('the money of medical assistance is no social-assistance total', () => {
  test('大病救助…人次,发放救助资金A万元: a candidate with its reason; the 临时救助 money beside it is filed', () => {
    const r = run('为城乡低保3120户、4870人发放最低生活保障金1840.5万元;大病救助困难群众2650人次,发放救助资金212.4万元;临时救助困难群众530人次,发放救助金41.3万元。');
    expect(facts(r.records)).toEqual([
      ['dibao_households', '', 3120, '户', '全年'],
      ['dibao_persons', '', 4870, '人', '全年'],
      ['dibao_funds', '', 1840.5, '万元', '全年'],
      ['temp_assist_times', '', 530, '人次', '全年'],
      ['temp_assist_funds', '', 41.3, '万元', '全年'],
    ]);
    expect(reasonOf(r, 212.4)).toEqual(['scope']);
  });

  test('医疗救助 money is a candidate too; 救助资金 with no programme named stays social assistance', () => {
    const r = run('全年医疗救助困难群众880人次,支出救助资金65.2万元。全年共发放各类救助资金3260万元。');
    expect(reasonOf(r, 65.2)).toEqual(['scope']);
    expect(facts(r.records)).toEqual([['assist_funds', '', 3260, '万元', '全年']]);
  });
});

describe('the year of a year-end stock or a bulletin title (inferred)', () => {
  const { extractRecords } = require('../../src/core/extract/extract');
  const { catalogue } = require('./styleKit');
  const infer = (text: string) => extractRecords(text, { source: 't.txt', catalogue, region: '全国' });
  type Rec = { indicatorId: string; value: number; year: number };

  test('截至2011年底…社区居委会A个 and a table row of years ending in 2011: one figure of 2011', () => {
    const r = infer('截至2011年底,社区居委会90512个,比上年增加1020个。\n指标 2009 年 2010 年 2011 年\n社区居委会 88470 89492 90512');
    expect(r.records.map((x: Rec) => [x.indicatorId, x.value, x.year])).toEqual([['residents_committees', 90512, 2011]]);
  });

  test('某县2005年国民经济和社会发展统计公报: the year of the bulletin', () => {
    const r = infer('某县2005年国民经济和社会发展统计公报(4)\n全年发放城市低保金820万元。');
    expect(r.records.map((x: Rec) => [x.indicatorId, x.year])).toEqual([['dibao_funds', 2005]]);
  });
});

describe('a Chinese multiplier between Arabic digits and 万', () => {
  test('4千万余人 is forty million and more, not 千万 alone; 3千余人 and 两千人 read as before', () => {
    expect(facts(run('全省低保对象4千万余人。').records)).toEqual([['dibao_persons', '', 4000, '万人', '全年']]);
    expect(run('全省低保对象4千万余人。').records[0].qualifier).toBe('余');
    expect(facts(run('全县发放救助资金6千万元。').records)).toEqual([['assist_funds', '', 6000, '万元', '全年']]);
    expect(facts(run('全县低保对象3千余人。').records)).toEqual([['dibao_persons', '', 3000, '人', '全年']]);
    expect(facts(run('全县低保对象两千人。').records)).toEqual([['dibao_persons', '', 2000, '人', '全年']]);
  });
});
