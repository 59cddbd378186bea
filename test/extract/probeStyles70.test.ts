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

