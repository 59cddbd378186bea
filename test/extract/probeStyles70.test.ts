// Frames met on held-out reports (c72–c74) that filed wrong figures, with short texts written for these tests in our own words and numbers.
import { styleKit } from './styleKit';

const county = styleKit('历下区');
const province = styleKit('福建省');
const ids = (r: ReturnType<typeof county.run>) => r.records.map((x) => [x.indicatorId, x.breakdown, x.value, x.unit]);

describe('为N名<persons>办理…: a count naming its own persons is not the earlier clause\'s programme', () => {
  const text = '今年,为640户702名老人发放高龄津贴118万元,并完成35名散居五保对象增补上报工作,为1890名65岁以上老人办理老年人优待证。';

  test('the card holders are no 特困 count', () => {
    const r = county.run(text);
    expect(r.records.map((x) => x.value)).not.toContain(1890);
    expect(county.reasonOf(r, 1890)).toEqual(['no_indicator']);
  });

  test('a clause naming a programme\'s persons still counts them', () => {
    const r = county.run('今年,为640户702名老人发放高龄津贴118万元,为215名农村五保对象发放供养金96万元。');
    expect(ids(r)).toContainEqual(['tekun_persons', '农村', 215, '人']);
  });
});

describe('民政局机关…: the bureau\'s own channel beside the townships\' is not the area\'s total', () => {
  test('下拨各街道A万元,民政局机关救助B人,救助金额C万元', () => {
    const r = county.run('加大临时救助力度,下拨各街道临时救助9万元,民政局机关临时救助28人,救助金额2.7万元。');
    expect(r.records).toEqual([]);
    expect(county.reasonOf(r, 2.7)).toEqual(['subset']);
  });

  test('the area\'s own total stays a record', () => {
    const r = county.run('全年全区共实施临时救助28人次,发放救助金额2.7万元。');
    expect(ids(r)).toContainEqual(['temp_assist_funds', '', 2.7, '万元']);
  });
});

describe('a list of money items each naming its own programme', () => {
  const text = '上半年,我们共为4120名五保对象发放五保供养金198万元,为6350名优抚对象发放抚恤补助金1500多万元,发放医疗救助金181万元、临时救助金74万元。';

  test('the temporary-relief item is the programme\'s money', () => {
    expect(ids(county.run(text, '上半年'))).toContainEqual(['temp_assist_funds', '', 74, '万元']);
  });

  test('the medical item takes no name from the item after it', () => {
    const r = county.run(text, '上半年');
    expect(r.records.map((x) => x.value)).not.toContain(181);
    expect(r.candidates.filter((c) => c.value === 181).map((c) => [c.indicatorId ?? '', c.reason])).toEqual([['', 'no_indicator']]);
  });

  test('a list of one programme\'s sides is unchanged', () => {
    const r = county.run('全年发放城市低保金320万元、农村低保金410万元。');
    expect(ids(r)).toEqual([
      ['dibao_funds', '城市', 320, '万元'],
      ['dibao_funds', '农村', 410, '万元'],
    ]);
  });
});

describe('<topic>全国共…: the country as the subject after the clause\'s topic', () => {
  test('福彩某游戏全国共销售A亿元,筹集公益金B亿元 in a province\'s text', () => {
    const r = province.run('截至9月30日,福彩即开票全国共销售近11.6亿元,已为灾区重建筹集公益金2.3亿元。', '1-9月', 2008);
    expect(r.records).toEqual([]);
    expect(province.reasonOf(r, 2.3)).toEqual(['other_region']);
  });

  test('the province\'s own figure stays its own', () => {
    const r = province.run('截至9月30日,全省福彩共销售11.6亿元,筹集公益金2.3亿元。', '1-9月', 2008);
    expect(r.records.map((x) => [x.indicatorId, x.value])).toContainEqual(['lottery_welfare_fund', 2.3]);
  });
});

describe('one game of the lottery is not the lottery\'s total', () => {
  test('刮刮乐在本省销售A亿元,筹集公益金B万元', () => {
    const r = province.run('刮刮乐今年在福建已经销售1.2亿元,筹集公益金2350万元,7月1日以后筹集的公益金达到980万元。', '1-9月', 2008);
    expect(r.records).toEqual([]);
    expect(province.reasonOf(r, 2350)).toEqual(['subset']);
  });

  test('the province\'s sales of all games stay a record', () => {
    const r = province.run('今年1-9月,全省共销售福利彩票15.4亿元,筹集公益金4.6亿元。', '1-9月', 2008);
    expect(r.records.map((x) => [x.indicatorId, x.value])).toContainEqual(['lottery_welfare_fund', 4.6]);
  });
});
