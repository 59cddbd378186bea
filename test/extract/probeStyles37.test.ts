// Region inference: a place named once as a comparison or a neighbour, a municipality named once in a text that
// speaks as 市, and a township's own text. Fixtures are written for these tests in our own words and numbers.
import { loadTownships } from '../../src/core/catalogue/townships';
import { inferContext } from '../../src/core/extract/context';
import { extractRecords } from '../../src/core/extract/extract';
import { catalogue } from './styleKit';

let towns: readonly string[];
beforeAll(async () => {
  towns = await loadTownships();
});
const region = (text: string) => inferContext(text, catalogue, towns).region?.name;

describe('a place named once as a comparison or a neighbour is not the text\'s region', () => {
  test('低于成都的水平 in a text speaking as 全市', () => {
    expect(region('2023年民政工作总结\n2023年,全市低保对象1.2万人,保障水平低于成都的水平。')).toBeUndefined();
  });

  test('比邻近的某旗多 in a text speaking as 全旗', () => {
    expect(region('2023年民政工作总结\n2023年,全旗共有低保对象1800人,比邻近的鄂温克旗多300人。')).toBeUndefined();
  });

  test('与邻县某县相当 in a county\'s report', () => {
    expect(region('关于2023年工作的报告\n2023年,全县城乡低保对象3000人,与邻县彭阳县相当。')).toBeUndefined();
  });

  test('学习重庆的做法 in a text speaking as 市', () => {
    expect(region('市民政局介绍,我市学习重庆的做法,提高低保标准,市政府常务会审议通过了方案。')).toBeUndefined();
  });

  test('the region named in its own right still counts', () => {
    expect(region('关于2023年工作的报告\n2023年,全县城乡低保对象3000人,比上年减少200人。\n彭阳县民政局\n2024年1月8日')).toBe('彭阳县');
  });
});

describe('a municipality named once in a text speaking as 市', () => {
  test('a province named once beside its district, in a text that also cites 省民政厅 and 全省, does not outweigh the district', () => {
    const t = '一、2021年主要成绩\n今年以来,全区做好兜底保障。《江苏江宁“三社联动”做法》被省民政厅推广,一个项目获评全省优秀案例。\n“十四五”开局,江宁区获评全国示范单位。\n二、2021年工作总结\n全区城乡低保标准提高至820元/人/月。江宁区民政局';
    expect(region(t)).toBe('江宁区');
  });

  test('重庆的… with 市民政局, 市政府 is 重庆市', () => {
    const t = '据记者从市政府获悉,市民政局介绍,从今年4月起,重庆的城乡低保标准再次提高,市政府常务会审议通过了调标方案。';
    expect(region(t)).toBe('重庆市');
  });
});

describe('a township\'s own text: its county, the figures held as the township\'s', () => {
  test('a yearbook entry under a letter-spaced heading (二级目:祥 霖 铺 镇 … 全镇…)', () => {
    const t = '书名:\n一级目:乡 镇 概 况\n二级目:祥 霖 铺 镇\n【民政】 2021年,全镇享受农村低保的对象420户,960人,月发放保障金12万元。';
    const c = inferContext(t, catalogue, towns);
    expect(c.region?.name).toBe('道县');
    expect(c.region?.basis).toContain('祥霖铺镇');
  });

  test('a township government\'s report in its title (…镇人民政府…总结, 全镇…)', () => {
    expect(region('祥霖铺镇人民政府2022年民政工作总结\n2022年,全镇共有低保对象400户,900人,发放低保金300万元。')).toBe('道县');
  });

  test('the figures stay the township\'s: no record for the county', () => {
    const t = '祥霖铺镇人民政府2022年民政工作总结\n2022年,全镇共有低保对象400户,900人,发放低保金300万元。';
    const c = inferContext(t, catalogue, towns);
    const r = extractRecords(t, { region: c.region!.name, year: 2022, period: '全年', source: 't.txt', catalogue });
    expect(r.records).toEqual([]);
    expect(r.candidates.map((x) => x.reason)).toContain('sub_region');
  });

  test('a township name many counties share (城关镇) gives no county', () => {
    expect(region('城关镇人民政府2022年民政工作总结\n2022年,全镇共有低保对象400户,900人。')).toBeUndefined();
  });

  test('a neighbouring township named once in the body gives no county', () => {
    expect(region('我镇2022年民政工作总结\n2022年,全镇共有低保对象400户,与相邻的祥霖铺镇相当。')).toBeUndefined();
    expect(region('镇民政办2022年工作总结\n2022年,全镇共有低保对象400户。镇民政办到祥霖铺镇学习了经验。')).toBeUndefined();
  });

  test('a text speaking as a county too (全县) is not read as a township\'s', () => {
    const t = '2022年民政工作总结\n2022年,全县共有低保对象4000户,其中祥霖铺镇400户,全镇发放低保金300万元。';
    expect(inferContext(t, catalogue, towns).region?.basis ?? '').not.toContain('镇的文本');
  });
});

describe('a district name several cities share heading the text', () => {
  test('never guessed without its city', () => {
    expect(region('鼓楼区民政局关于2023年城乡低保工作情况的报告\n全区共有城乡低保对象2100户3400人。')).toBeUndefined();
    expect(region('关于2023年低保工作的报告\n全区共有低保对象900户1500人。\n朝阳区民政局\n2024年1月10日')).toBeUndefined();
  });

  test('with its city, that one', () => {
    expect(region('长春市朝阳区民政局2023年工作总结\n2023年,全区累计发放临时救助资金320万元。')).toBe('长春市朝阳区');
  });

  test('told apart by a street office of its own (三里屯街道)', () => {
    expect(region('朝阳区民政局2023年工作总结\n2023年,全区累计发放低保金500万元。区民政局到三里屯街道调研。')).toBe('北京市朝阳区');
  });

  test('a street office of another district (朝阳门街道, 东城区\'s) does not make the text that district\'s', () => {
    expect(region('朝阳区民政局2023年工作总结\n2023年,全区累计发放低保金500万元。区民政局到朝阳门街道调研。')).toBeUndefined();
    expect(region('鼓楼区民政局2023年工作总结\n2023年,全区累计发放低保金500万元。区民政局到朝阳门街道调研。')).toBeUndefined();
  });
});
