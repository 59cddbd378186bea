// Frames found by probing prose (work summaries, notices, news) with short texts written for these tests, in our own
// words and numbers.
import { styleKit } from './styleKit';

const { run, reasonOf } = styleKit('历下区');
const ids = (text: string) => run(text).records.map((r) => [r.indicatorId, r.value]);

describe('an average paid after the money paid is not the standard', () => {
  test('生活费A万元,人均每月B元 / 平均每人每月B元: B is held, A stays', () => {
    expect(ids('全年发放孤儿基本生活费150万元,人均每月1450元。')).toEqual([['orphan_living_funds', 150]]);
    expect(reasonOf(run('全年发放孤儿基本生活费150万元,平均每人每月1450元。'), 1450)).toHaveLength(1);
    expect(ids('全区发放事实无人抚养儿童基本生活补贴390万元,人均每月1300元。')).toEqual([['fmcare_living_funds', 390]]);
    expect(ids('全年发放特困人员救助供养金800万元,人均每年17000元。')).toEqual([['tekun_funds', 800]]);
    expect(ids('全区发放困难残疾人生活补贴276万元,人均每月100元。')).toEqual([]);
  });

  test('the standard itself stated as 人均每月 stays', () => {
    expect(ids('全区孤儿基本生活费标准为人均每月1800元。')).toEqual([['orphan_std', 1800]]);
  });
});
