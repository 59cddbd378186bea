// Frames met on held-out news items (c78/c79), with short texts written for these tests in our own words and numbers.
import { catalogue, styleKit } from './styleKit';
import { inferContext } from '../../src/core/extract/context';

const { run, reasonOf } = styleKit('历下区');
const ids = (text: string, period = '全年') => run(text, period).records.map((r) => [r.indicatorId, r.breakdown, r.value, r.unit]);

describe('a 其中 part takes the split its whole states', () => {
  test('享受散居孤儿补贴标准A人,其中孤儿B人', () => {
    expect(ids('本季度末全区共有享受散居孤儿补贴标准230人,其中孤儿17人,其他困境儿童213人。', 'Q2')).toEqual([['orphan_persons', '社会散居', 17, '人']]);
  });

  test('a whole naming both modes holds its part', () => {
    const r = run('全区共有领取集中供养和散居孤儿补贴标准的儿童230人,其中孤儿17人。');
    expect(r.records.filter((x) => x.value === 17)).toEqual([]);
    expect(reasonOf(r, 17)).toEqual(['subset']);
  });

  test('a whole with no split leaves the part as it was', () => {
    expect(ids('全区共有孤儿和事实无人抚养儿童230人,其中孤儿17人。')).toEqual([['orphan_persons', '', 17, '人']]);
  });
});

describe('助餐 places named 长者食堂 / 老年食堂', () => {
  test('运营中的长者食堂达A家', () => {
    expect(ids('至此,全区运营中的长者食堂达52家,实现镇街全覆盖。')).toEqual([['elder_meal_points', '', 52, '家']]);
  });

  test('已建设老年食堂近A家: the stock so far, with its qualifier', () => {
    const r = run('同时,全区已建设老年食堂近1700家,年服务人数预计突破150万人次。');
    expect(r.records.map((x) => [x.indicatorId, x.value, x.qualifier])).toEqual([['elder_meal_points', 1700, '近']]);
  });

  test('养老机构约A家 is a stock too', () => {
    expect(ids('全区共有养老机构约120家。')).toEqual([['elder_institutions', '', 120, '家']]);
  });
});

describe('突破 before a value means more than it', () => {
  test('养老床位突破A万张', () => {
    const r = run('全区养老床位突破25.3万张。');
    expect(r.records.map((x) => [x.indicatorId, x.value, x.qualifier])).toEqual([['elder_beds', 25.3, '超过']]);
  });
});

describe('the year of a stock or of a dated item', () => {
  test('截至YYYY年, with a bare year, dates the stock', () => {
    const c = inferContext('某区养老服务基本情况\n预计到2021年,全区老年人口将占两成。截至2020年,全区有公办养老机构6家。', catalogue);
    expect(c.year?.value).toBe(2020);
  });

  test('a year far before the dateline dates nothing', () => {
    const c = inferContext('发布时间:2024-05-06\n截至2015年,全区有公办养老机构6家。', catalogue);
    expect(c.year?.value).not.toBe(2015);
  });

  test('近日 under a dateline, with a target year reached by 到', () => {
    const c = inferContext('某省:每个村将配备1名儿童主任\n发布日期: 2019-10-18\n近日,省民政厅出台文件,提出到2020年底,每个村配备1名儿童主任。', catalogue);
    expect(c.year?.value).toBe(2019);
  });

  test('a later year named otherwise still leaves the year open', () => {
    const c = inferContext('发布日期: 2019-12-20\n近日,市民政局印发通知,2020年城乡低保标准为每人每月700元。', catalogue);
    expect(c.year?.value).not.toBe(2019);
  });
});
