// Frames met on fresh held-out texts (c66–c68), with short texts written for these tests in our own words and numbers.
import { catalogue, styleKit } from './styleKit';
import { inferContext } from '../../src/core/extract/context';

const regionOf = (text: string) => inferContext(text, catalogue).region?.name;

describe('bureaus listed side by side are named, not issuing the text', () => {
  const text = '山东省日照市去年福彩销售再创新高\n\n去年,山东省日照市共销售福利彩票2.8亿元,筹集市级福彩公益金2600万元。\n' +
    '经过评选,五莲县民政局、岚山区民政局、东港区民政局等单位被评为全市福利彩票销售先进单位。\n';

  test('the city the text is about is its region, not a tie between the awarded county bureaus', () => {
    expect(regionOf(text)).toBe('日照市');
  });

  test('one county bureau heading its own text still issues it', () => {
    expect(regionOf('五莲县民政局2023年工作总结\n一年来,全县共保障城乡低保对象3100人。')).toBe('五莲县');
  });

  test('a joint notice of a bureau and the finance bureau keeps the bureau as issuer', () => {
    expect(regionOf('五莲县民政局、五莲县财政局关于提高城乡低保标准的通知\n各乡镇:经研究,决定提高标准。')).toBe('五莲县');
  });
});

describe('低保在保对象: the caseload named with 在保 after the programme', () => {
  const { run, facts } = styleKit('某区');
  test('households and persons of 城乡低保在保对象 are the caseload', () => {
    const r = run('全区城乡低保在保对象3120户、5480人,全年发放低保金1860万元。', '全年', 2012);
    expect(facts(r.records)).toEqual([
      ['dibao_households', '', 3120, '户', '全年'],
      ['dibao_persons', '', 5480, '人', '全年'],
      ['dibao_funds', '', 1860, '万元', '全年'],
    ]);
  });
});
