// Frames met on held-out budget, self-evaluation and target texts, with short texts written for these tests in our own words and numbers.
import { styleKit } from './styleKit';

const { run, facts, reasonOf } = styleKit('忠县');

describe('funds a higher level allocated, listed by project, are allocations', () => {
  const text = '2023年度,中央、省级下达转移支付养老服务项目52万元;社会救助项目8.4万元;困难群众临时救助项目902.3万元;流浪乞讨救助经费21万元;残疾人两项补贴资金66万元。共计下达转移支付资金1049.7万元。';

  test('the ;-items after the lead are held as plan', () => {
    const r = run(text);
    expect(facts(r.records)).toEqual([]);
    expect(reasonOf(r, 902.3)).toEqual(['plan']);
    expect(reasonOf(r, 21)).toEqual(['plan']);
    expect(reasonOf(r, 66)).toEqual(['plan']);
  });

  test('items joined by 、 after the lead clause', () => {
    const r = run('2023年,上级财政下达我县各类民政资金,其中困难群众临时救助资金300万元、残疾人两项补贴资金45万元。');
    expect(facts(r.records)).toEqual([]);
    expect(reasonOf(r, 300)).toEqual(['plan']);
  });

  test('an item said to be spent stays a record', () => {
    const r = run('2023年,中央、省级下达转移支付资金820万元;全年实际支出临时救助资金610万元。');
    expect(facts(r.records)).toContainEqual(['temp_assist_funds', '', 610, '万元', '全年']);
  });

  test('a new paragraph ends the list', () => {
    const r = run('2023年,中央、省级下达转移支付资金820万元;\n全县支出临时救助资金610万元。');
    expect(facts(r.records)).toContainEqual(['temp_assist_funds', '', 610, '万元', '全年']);
  });
});

describe('a later year\'s heading makes the figures under it targets', () => {
  const plan = (text: string) => styleKit('莆田市').run(text, '全年', 2014);

  test('the list items under a paragraph opening with 到2020年', () => {
    const r = plan('一、工作目标\n到2020年,基本建成覆盖城乡的养老服务体系。\n——全市养老床位达到9100张,护理型床位占比达到30%。\n——社会组织发展到620家。');
    expect(facts(r.records)).toEqual([]);
    expect(reasonOf(r, 9100)).toEqual(['plan']);
    expect(reasonOf(r, 620)).toEqual(['plan']);
  });

  test('a heading standing alone reaches the paragraphs after it', () => {
    const r = plan('到2020年:\n全市养老床位达到9100张。\n社会组织发展到620家。');
    expect(facts(r.records)).toEqual([]);
    expect(reasonOf(r, 620)).toEqual(['plan']);
  });

  test('a plain paragraph after the list ends the reach', () => {
    const r = plan('到2020年,基本建成覆盖城乡的养老服务体系。\n——全市养老床位达到9100张。\n全市现有养老床位5200张。');
    expect(facts(r.records)).toEqual([['elder_beds', '', 5200, '张', '全年']]);
  });

  test('a year not after the text\'s is no target heading', () => {
    const r = plan('到2014年,基本建成覆盖城乡的养老服务体系。\n——全市养老床位5200张。');
    expect(facts(r.records)).toEqual([['elder_beds', '', 5200, '张', '全年']]);
  });

  test('需达到…以上 is a target\'s wording, 至少 no floor of a fact', () => {
    const r = plan('全市养老床位至少需达到9100张以上。');
    expect(facts(r.records)).toEqual([]);
    expect(reasonOf(r, 9100)).toEqual(['plan']);
  });
});
