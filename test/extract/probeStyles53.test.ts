// Frames met on three more sets of real texts (c57–c59), with short texts written for these tests in our own words and numbers.
import { catalogue, styleKit } from './styleKit';
import { inferContext } from '../../src/core/extract/context';

const { run } = styleKit('历下区');
void run;

describe('a district named by its former name of the level the text speaks as is that district', () => {
  test('常州市金坛市…公报, 全市: 金坛区, not 常州市', () => {
    const c = inferContext('常州市金坛市2010年国民经济和社会发展统计公报\n年末全市共有敬老院18个,床位2100张。全市城乡低保对象9100人。', catalogue);
    expect(c.region?.name).toBe('金坛区');
  });

  test('原金坛市 in a city text is a history note: the parent city as before', () => {
    const c = inferContext('市民政局2020年工作总结\n常州市全市养老机构120家。原金坛市敬老院18个全部改造,金坛区新增床位300张。全市城乡低保对象9100人。', catalogue);
    expect(c.region?.name).not.toBe('金坛区');
  });

  test('a district named by its current name in a 市 text stays its parent\'s', () => {
    const c = inferContext('我市再次提高城乡低保标准。县市(含金坛区)城市低保标准提高到每人每月640元,金坛区所需资金由市区两级财政分担。', catalogue);
    expect(c.region?.name).toBe('常州市');
  });
});
