// Frames met on held-out tables and news (c54, c55), with short texts written for these tests in our own words and numbers.
import { catalogue, styleKit } from './styleKit';
import { inferContext } from '../../src/core/extract/context';

const { run, reasonOf } = styleKit('历下区');
const ids = (text: string, period = '全年', year = 2023) => run(text, period, year).records.map((r) => [r.indicatorId, r.breakdown, r.value, r.unit]);

describe('a notice on one month\'s payments is of that month', () => {
  const notice = '某县民政局关于发放2021年5月份困难残疾人生活补贴和重度残疾人护理补贴的通知\n各镇人民政府:\n按照有关规定,我县困难残疾人生活补贴每人每月180元;重度残疾人护理补贴,一级每人每月120元,二级每人每月90元。现发放当月困难残疾人生活补贴612300元和重度残疾人护理补贴403800元,请各镇及时发放。\n' +
    '一、各镇社会事务办要认真核对发放名单,对新增、死亡和迁出人员及时办理增减手续,确保补贴发放对象准确无误,不得出现重复发放、漏发或冒领等情况。\n'.repeat(8);

  test('关于发放YYYY年M月份…补贴的通知: the year and the month', () => {
    const c = inferContext(notice, catalogue);
    expect(c.year?.value).toBe(2021);
    expect(c.period?.value).toBe('5月');
  });

  test('a title naming a start date gives no month', () => {
    expect(inferContext('某县关于2021年5月起调整城乡低保标准的通知\n经研究,城市低保标准提高到每人每月600元。', catalogue).period?.value).not.toBe('5月');
  });

  test('one subsidy\'s money paid is no standard and has no indicator of its own', () => {
    const r = run(notice, '5月', 2021);
    expect(r.records.map((x) => x.value)).toEqual([180, 120, 90]);
    expect(reasonOf(r, 612300)).toEqual(['no_indicator']);
    expect(reasonOf(r, 403800)).toEqual(['no_indicator']);
  });
});
