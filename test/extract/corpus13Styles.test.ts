// Styles met in a thirteenth corpus of published texts (a township civil-affairs report, a county year-end summary in
// traditional characters, a county gazetteer entry). Fixtures are written for these tests in our own words and numbers.
import { styleKit } from './styleKit';

const { run, facts, reasonOf } = styleKit('某县');

describe('households of a housing programme are not the programme count of 低保/五保', () => {
  test('其中低保户A户、B间: a candidate with its reason; the count of the programme itself is filed', () => {
    const r = run('全县215户重建对象全部入住,共建房503间,补助款已全部拨付。其中五保户21户、40间,低保户58户、112间。全县现有农村低保户1850户。');
    expect(reasonOf(r, 21)).toEqual(['scope']);
    expect(reasonOf(r, 58)).toEqual(['scope']);
    expect(facts(r.records)).toContainEqual(['dibao_households', '农村', 1850, '户', '全年']);
    expect(r.records.filter((x) => x.value === 21 || x.value === 58)).toEqual([]);
  });
});

describe('a late-registration campaign is not the marriage registrations of a period', () => {
  test('为未办理结婚登记手续的A对夫妇补办了手续: a candidate; 全年办理结婚登记B对 is filed', () => {
    const r = run('全县开展婚姻登记普查,为未办理结婚登记手续的1280对夫妇补办了手续。全年办理结婚登记3410对。');
    expect(reasonOf(r, 1280)).toEqual(['scope']);
    expect(facts(r.records)).toEqual([['marriage_reg', '', 3410, '对', '全年']]);
  });
});
