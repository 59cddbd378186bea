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

describe('one kind of elderly home counted, then its beds or another kind', () => {
  test('农村敬老院A所,床位B张: the beds of those homes, not all elderly-care beds', () => {
    expect(reasonOf(run('全区农村敬老院8所,床位600张。'), 600)).toEqual(['subset']);
    expect(reasonOf(run('全区敬老院8所,共有床位600张,入住特困人员320人。'), 600)).toEqual(['subset']);
    expect(ids('全区有养老机构32家,床位3600张。')).toEqual([['elder_institutions', 32], ['elder_inst_beds', 3600]]);
  });

  test('…,医养结合机构A所 after a clause naming 养老: one kind of institution', () => {
    const r = run('全区养老服务指导中心7个,养老床位1380个,医养结合机构3所。');
    expect(ids('全区养老服务指导中心7个,养老床位1380个,医养结合机构3所。')).toEqual([['elder_beds', 1380]]);
    expect(reasonOf(r, 3)).toEqual(['subset']);
  });
});

describe('a count of townships right before the indicator', () => {
  test('全区3个街道低保对象共A人 / 其中3个镇的低保对象为A人: those townships only', () => {
    expect(reasonOf(run('全区3个街道低保对象共820人。'), 820)).toEqual(['sub_region']);
    expect(reasonOf(run('全区其中3个镇的低保对象为820人。'), 820)).toEqual(['sub_region']);
    expect(ids('全区有5个街道低保对象超过300人,合计1900人。')).toEqual([]);
  });

  test('a count of townships that is not before the indicator leaves it', () => {
    expect(ids('全区辖12个街道,低保对象3200人。')).toEqual([['dibao_persons', 3200]]);
  });
});

describe('the members of another programme\'s group', () => {
  test('医疗救助对象中,低保对象A人 / 临时救助对象包括低保户A户、特困户B户: subset, the group\'s own stays', () => {
    expect(ids('医疗救助对象中,低保对象2100人,特困人员300人。')).toEqual([]);
    expect(reasonOf(run('全区临时救助对象包括低保户320户、特困户40户。'), 40)).toEqual(['subset']);
    expect(ids('全区低保对象中,城市低保1100户1600人。')).toHaveLength(2);
    expect(ids('全区救助对象中,低保对象3200人、特困人员460人。')).toEqual([['dibao_persons', 3200], ['tekun_persons', 460]]);
  });
});

describe('a group something was done for', () => {
  test('为低保对象A人资助参加医疗保险: an action, like 为A名低保对象代缴', () => {
    expect(reasonOf(run('全区为低保对象3100人资助参加医疗保险。'), 3100)).toEqual(['action']);
    expect(ids('全区为低保对象3100人发放低保金3400万元。')).toEqual([['dibao_persons', 3100], ['dibao_funds', 3400]]);
  });
});

describe('money for a project done for a group, named only after the money', () => {
  test('投入资金A万元,为B户低保家庭改造住房 / 为特困人员购买保险: scope, not the programme\'s money', () => {
    expect(reasonOf(run('全区投入资金500万元,为1200户低保家庭改造住房。'), 500)).toEqual(['scope']);
    expect(reasonOf(run('区财政投入80万元,为特困人员购买意外伤害保险。'), 80)).toEqual(['scope']);
  });

  test('the programme\'s own money named before stays', () => {
    expect(ids('全区发放资金3400万元,为3100名低保对象发放低保金。')).toEqual([['dibao_funds', 3400]]);
    expect(ids('全年支出临时救助金380万元,为1200户困难家庭解决燃眉之急。')).toEqual([['temp_assist_funds', 380]]);
    expect(ids('全区拨付资金120万元,为300户特殊困难老年人家庭实施适老化改造。')).toEqual([['elder_retrofit_funds', 120], ['elder_retrofit_households', 300]]);
  });
});
