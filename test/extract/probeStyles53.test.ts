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

describe('全市 figures of a district named by its former 市 name are its own', () => {
  const { run: runJ } = styleKit('金坛区');
  test('常州市金坛市…公报: 全市 is 金坛区', () => {
    const r = runJ('常州市金坛市2010年国民经济和社会发展统计公报\n年末全市拥有社会福利院18个,共有床位2100张。', '全年', 2010);
    expect(r.records.map((x) => [x.indicatorId, x.value])).toEqual([['social_welfare_homes', 18], ['social_welfare_home_beds', 2100]]);
  });

  test('without the former name, 全市 in the district\'s text is still the city\'s', () => {
    const r = runJ('2010年民政工作情况\n年末全市拥有社会福利院18个,共有床位2100张。', '全年', 2010);
    expect(r.records).toEqual([]);
    expect(r.candidates.filter((c) => c.value === 18).map((c) => c.reason)).toEqual(['other_region']);
  });
});

describe('a news title naming the region and its year', () => {
  const prov = '\n根据山东省民政厅发布的《2018年山东省民政事业发展统计公报》显示,2018年山东共办理结婚登记60.2万对。山东的结婚率连续下滑,山东各地离婚登记增加。';
  test('a city\'s short name opening the title, the province quoted in the body: the city', () => {
    const c = inferContext(`烟台上半年婚情:结了12001对离了3990对\n\n2019-07-15 09:12:30 来源: 某晚报\n\n记者从市民政局了解到,截至6月底,全市办理结婚登记12001对,离婚登记3990对。${prov}`, catalogue);
    expect(c.region?.name).toBe('烟台市');
  });

  test('a count in the title holding 2001 is no year: the dateline and 上半年 give it', () => {
    const c = inferContext(`烟台上半年婚情:结了12001对离了3990对\n\n2019-07-15 09:12:30 来源: 某晚报\n\n记者从市民政局了解到,截至6月底,全市办理结婚登记12001对,离婚登记3990对。`, catalogue);
    expect(c.year?.value).toBe(2019);
    expect(c.period?.value).toBe('上半年');
  });

  test('县名YYYY年… opening the title, news dated early the next year', () => {
    const c = inferContext('宁陕县2016年两项补贴发放工作完成\n\n2017-01-10 02:00 作者: 来源:\n\n经审核,确认2016年全县困难残疾人生活补贴对象3120名,本年度共计发放生活补贴180.5万元。', catalogue);
    expect(c.region?.name).toBe('宁陕县');
    expect(c.year?.value).toBe(2016);
  });

  test('县名发放YYYY年… with a dateline of that year (日期:[…])', () => {
    const c = inferContext('日期:[2019年08月02日] -- 某晨报 -- 版次:[A5]\n\n左权县发放2019年长寿补贴\n  左权县2019年长寿补贴于7月开始发放。今年共为3200位老年人发放补贴95.1万元。\n  从2012年开始至今,左权县已累计为老年人发放补贴共计610.4万元。', catalogue);
    expect(c.year?.value).toBe(2019);
  });

  test('发放YYYY年… paid in a later year dates nothing by the title', () => {
    const c = inferContext('日期:[2020年03月02日] -- 某晨报\n\n左权县发放2019年长寿补贴\n  近日,左权县长寿补贴开始发放。共为3200位老年人发放补贴95.1万元。', catalogue);
    expect(c.year?.value).not.toBe(2019);
  });
});

describe('a month in the title of a progress or statistics table dates the text', () => {
  const periodOf = (text: string) => inferContext(text, catalogue).period?.value;
  test('…实事项目完成情况进度表(五月份): progress to the end of May, of the title\'s year', () => {
    const c = inferContext('2015年区政府实事项目完成情况进度表(五月份)\n一、新建老年活动室6个\n已完成2个,其余进入装修阶段。', catalogue);
    expect(c.period?.value).toBe('1-5月');
    expect(c.year?.value).toBe(2015);
  });

  test('…统计表(四月份) in Chinese numerals, as (4月份)', () => {
    expect(periodOf('2016年某区社会救助统计表(四月份)\n全区城市低保对象1320人。')).toBe('4月');
  });
});

describe('a table whose dated title is its own first pipe line', () => {
  const { run: runJ } = styleKit('吉林省');
  const facts = (text: string) => runJ(text, '全年', 2022).records.map((r) => [r.indicatorId, r.breakdown, r.value, r.period]);
  test('(数据截至2022年6月底) dates the one-cell-per-line rows', () => {
    const text = '某省社会救助统计表 (数据截至2022年6月底) |\n城市低保人数(人) |\n5230 |\n农村低保人数(人) |\n8120 |\n';
    expect(facts(text)).toEqual([
      ['dibao_persons', '城市', 5230, '6月'],
      ['dibao_persons', '农村', 8120, '6月'],
    ]);
  });

  test('a row whose values run one per line under no header stays held', () => {
    const text = '某省社会救助统计表 (数据截至2022年6月底) |\n||\n临时救助 |\n4120 |\n5210 |\n690.5 |\n||\n城市低保人数(人) |\n5230 |\n';
    const r = runJ(text, '全年', 2022);
    expect(r.records.map((x) => x.value)).toEqual([5230]);
    expect(r.candidates.filter((c) => c.value === 4120).map((c) => c.reason)).toEqual(['ambiguous_column']);
  });
});

describe('a yearbook table with a column of the region and one of its named part', () => {
  const table = '5—8全市及市区民政事业情况\n(2012年)\n              衢州市 市区\n一、福利类收养性单位 (个) 64 15\n             #社会福利院 7 1\n    床位数 (张) 7120 1630\n             #社会福利院   1850 260\n二、城镇低保人数 (人) 3920 1410\n    城镇低保家庭数 (户) 2480 905\n三、登记结婚数 (对) 21050 6120\n';
  test('the region\'s column is the year\'s figures; # rows take their whole\'s unit', () => {
    const r = styleKit('衢州市').run(table, '全年', 2012);
    expect(r.records.map((x) => [x.indicatorId, x.breakdown, x.value, x.unit, x.period])).toEqual([
      ['social_welfare_homes', '', 7, '个', '全年'],
      ['social_welfare_home_beds', '', 1850, '张', '全年'],
      ['dibao_persons', '城市', 3920, '人', '全年'],
      ['dibao_households', '城市', 2480, '户', '全年'],
      ['marriage_reg', '', 21050, '对', '全年'],
    ]);
    expect(r.candidates.filter((c) => c.value === 1410).map((c) => c.reason)).toEqual(['sub_region']);
  });

  test('in another region\'s text the region\'s column is held', () => {
    const r = styleKit('柯城区').run(table, '全年', 2012);
    expect(r.records).toEqual([]);
    expect(r.candidates.filter((c) => c.value === 3920).map((c) => c.reason)).toEqual(['other_region']);
  });
});
