// Region inference on words that contain a county's name, on renamed divisions and on disasters named
// by their place. Fixtures are written for these tests in our own words and numbers.
import { loadTownships } from '../../src/core/catalogue/townships';
import { inferContext } from '../../src/core/extract/context';
import { catalogue } from './styleKit';

let towns: readonly string[];
beforeAll(async () => {
  towns = await loadTownships();
});
const regionOf = (text: string) => inferContext(text, catalogue, towns).region?.name;

describe('two-character county names inside words', () => {
  test('和 joining a body or a level to 县 is the conjunction, not 和县', () => {
    const text = '今年以来,市和县两级财政投入助学资金85万元。我局和县红十字会联合开展“爱心书包”活动,共资助学生214名。';
    expect(regionOf(text)).toBeUndefined();
  });

  test('示范县 and 担任县… do not name 范县 or 任县 (now 任泽区)', () => {
    expect(regionOf('各地共评选示范县7个,示范县建设经验在会上交流。')).toBeUndefined();
    expect(regionOf('她担任县社会救助中心主任以来,多次入户核查。担任县级评审专家的有6人。')).toBeUndefined();
  });

  test('a county named at the start of the title, or next to its own townships, still counts', () => {
    expect(regionOf('和县民政局关于2022年特困人员供养情况的通报\n全县共有特困人员430人。')).toBe('和县');
    expect(regionOf('近日,乌江镇、香泉镇的敬老院完成改造。全面推进和县农村养老服务,全县新增床位90张。')).toBe('和县');
  });

  test('right after its province (安徽和县, 山东单县) the name is the county', () => {
    expect(regionOf('据了解,安徽和县今年发放特困供养资金460万元,惠及困难群众3100人。')).toBe('和县');
    expect(regionOf('山东单县:全年新增养老床位280张,单县养老服务中心投入使用。')).toBe('单县');
  });
});

describe('renamed divisions', () => {
  test('芜湖县 (湾沚区 since 2020) is 湾沚区, not 芜湖市', () => {
    expect(regionOf('芜湖县民政局2015年孤儿基本生活费发放情况\n全县共发放孤儿基本生活费36.5万元。芜湖县将继续做好孤儿保障工作。')).toBe('湾沚区');
  });
});

describe('a disaster named by its place', () => {
  test('四川汶川地区发生地震后,全县捐款: the aid goes there, the report is not 汶川县', () => {
    expect(regionOf('四川汶川地区发生特大地震后,全县干部职工踊跃捐款,县民政局共接收捐款58万元。')).toBeUndefined();
  });
});
