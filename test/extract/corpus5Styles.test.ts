// Styles met in a fifth corpus of published prose (national news reposted in 繁體, statistical bulletins,
// work summaries taken from PDF text layers, notices). Fixtures are written for these tests in our own words
// and numbers.
import { loadCatalogue } from '../../src/core/catalogue';
import { extractRecords } from '../../src/core/extract/extract';
import { DataRecord } from '../../src/core/types';

const catalogue = loadCatalogue();
const run = (text: string, period = '全年', year = 2023) => extractRecords(text, { region: '某市', year, period, source: 't.txt', catalogue });
const facts = (rs: DataRecord[]) => rs.map((r) => [r.indicatorId, r.breakdown, r.value, r.unit, r.period]);
const reasons = (r: ReturnType<typeof run>) => r.candidates.map((c) => [c.value, c.reason]);

describe('characters', () => {
  test('繁體 characters missing from the map (別, 國) are read: 分別 lists, 全國', () => {
    const r = run('截至3月底,全國城市低保對象和農村低保對象分別為120萬人和350萬人。', '3月');
    expect(facts(r.records)).toEqual([
      ['dibao_persons', '城市', 120, '万人', '3月'],
      ['dibao_persons', '农村', 350, '万人', '3月'],
    ]);
  });

  test('PDF glyphs decoded through the wrong map (救劣, 月仹) read as the words meant', () => {
    const r = run('1-8 月仹共发放临时救劣金 36.5 万元,救劣困难群众 95 人次。', '1-8月');
    expect(facts(r.records)).toEqual([
      ['temp_assist_funds', '', 36.5, '万元', '1-8月'],
      ['temp_assist_times', '', 95, '人次', '1-8月'],
    ]);
  });
});

describe('counts with a label of their own', () => {
  test('参加…保险人数 is not the count of the programme named in the next clause', () => {
    const r = run('城镇参加失业保险人数15200人,城镇居民最低生活保障人数4630人;农村参加养老保险人数40100人,农村居民最低生活保障人数6820人。');
    expect(facts(r.records)).toEqual([
      ['dibao_persons', '城市', 4630, '人', '全年'],
      ['dibao_persons', '农村', 6820, '人', '全年'],
    ]);
    expect(reasons(r)).toEqual([
      [15200, 'no_indicator'],
      [40100, 'no_indicator'],
    ]);
  });
});

describe('figures of one group or of money handed down', () => {
  test('对因灾遇困群众实施临时救助: the group hit by a disaster, not all temporary assistance', () => {
    const r = run('全年共对因灾遇困群众实施临时救助2.6万人次,支出资金0.8亿元;全年实施临时救助9.4万人次。');
    expect(facts(r.records)).toEqual([['temp_assist_times', '', 9.4, '万人次', '全年']]);
    expect(reasons(r)).toEqual([
      [2.6, 'scope'],
      [0.8, 'scope'],
    ]);
  });

  test('下拨中央财政…补助资金 is an allocation, not money spent', () => {
    const r = run('省民政厅会同省财政厅下拨中央财政困难群众救助补助资金12.5亿元。全省支出社会救助资金30.2亿元。');
    expect(facts(r.records)).toEqual([['assist_funds', '', 30.2, '亿元', '全年']]);
    expect(reasons(r)).toEqual([[12.5, 'scope']]);
  });
});
