// The committed dataset (data/dataset.csv) through the engine. Expected values come from reading
// the seed reports (quoted next to each assertion).
import * as fs from 'fs';
import * as path from 'path';
import { MzEngine } from '../../src/core/engine';
import { loadCatalogue } from '../../src/core/catalogue';
import { validateDataset } from '../../src/core/validate';

const text = fs.readFileSync(path.join(__dirname, '..', '..', 'data', 'dataset.csv'), 'utf8');
const engine = MzEngine.fromCsv(text, loadCatalogue());
const v = (...args: unknown[]) => {
  const r = (engine.value as (...a: unknown[]) => ReturnType<MzEngine['value']>)(...args);
  if (!r.ok) throw new Error(r.message);
  return r.value;
};

test('every committed row parses and resolves against the catalogue; no problems for validate', () => {
  expect(engine.loadProblems).toEqual([]);
  expect(engine.rejected).toEqual([]);
  const res = validateDataset(text, loadCatalogue());
  expect(res.problems).toEqual([]);
  expect(engine.regionsWithData()).toEqual(expect.arrayContaining(['济南市', '章丘区', '河口区', '重庆市', '淄博市']));
});

describe('济南市 2020 (000): 城乡低保及特困供养标准分别提高到821元/月、614元/月和1232元/月、1071元/月', () => {
  test('MZ.STANDARD 济南 城市低保 2020 → 821', () => {
    expect(v('济南', '城市低保', 2020, undefined, undefined, { standardOnly: true })).toBe(821);
    expect(v('济南市', '农村低保', '2020年')).toBe(614);
    expect(v('济南', '城市特困', 2020)).toBe(1232);
    expect(v('济南', '农村特困人员基本生活标准', 2020)).toBe(1071);
    expect(v('济南', '农村低保', 2020, '', '元/人·年')).toBe(614 * 12);
  });
  test('民政资金总投入20.2亿元,其中中央、省级财政投入4.4亿元,市级财政投入5.7亿元,区县级财政投入10.1亿元', () => {
    expect(v('济南', '民政资金总投入', 2020, '', '亿元')).toBe(20.2);
    expect(v('济南', '民政资金总投入', 2020, '市级')).toBe(57000); // 万元, the canonical unit
    expect(v('济南', '民政资金总投入', 2020, '中央省级', '亿元')).toBe(4.4);
  });
  test('no 2019 data → NA listing 2020', () => {
    expect(engine.value('济南', '城市低保', 2019)).toEqual({
      ok: false, code: 'NA', message: '济南市“城市低保标准”没有 2019 年的数据;已有年份:2020',
    });
  });
});

test('章丘区 2020 (002): 17177名建档立卡贫困户中,享受低保和特困供养政策的有12184人,覆盖率达70.9%', () => {
  expect(v('章丘', '建档立卡贫困人口', 2020)).toBe(17177);
  expect(v('济南市章丘区', '享受低保特困政策的建档立卡贫困人口', 2020)).toBe(12184);
  expect(v('章丘区', '建档立卡贫困人口低保特困覆盖率', 2020)).toBe(70.9);
});

describe('东营市河口区 2021 上半年 (001)', () => {
  test('全区城乡低保标准分别达到869元/人/月、667元/人/月', () => {
    expect(v('河口区', '城市低保', 2021)).toBe(869);
    expect(v('东营市河口区', '农村低保', 2021)).toBe(667);
    const r = engine.value('东营河口', '城市低保', 2021);
    expect(r.ok && r.record.period).toBe('上半年');
    // bare 河口 is also 云南's 河口瑶族自治县: never guessed
    const bare = engine.value('河口', '城市低保', 2021);
    expect(!bare.ok && bare.candidates?.map((c) => c.code)).toEqual(['370503', '532532']);
  });
  test('护理标准按照自理、半自理、完全不能自理分别提高到2522元/人/年、4202元/人/年、8404元/人/年', () => {
    expect(v('河口区', '特困人员照料护理标准', 2021, '完全不能自理', '元/人·年')).toBe(8404);
    expect(v('河口区', '特困人员照料护理标准', 2021, '半自理', '元/人·年')).toBe(4202);
  });
  test('残疾人生活补贴保障标准提高到一级220元/人/月、二级165元/人/月、三四级125元/人/月', () => {
    expect(v('河口区', '困难残疾人生活补贴标准', 2021, '一级')).toBe(220);
    expect(v('河口区', '困难残疾人生活补贴标准', 2021, '三四级')).toBe(125);
  });
});

describe('重庆市 2021 (003)', () => {
  test('城乡低保标准分别达到每人每月636元、515元;特困供养标准达到每人每月827元', () => {
    expect(v('重庆', '城市低保', 2021)).toBe(636);
    expect(v('重庆市', '农村低保', 2021)).toBe(515);
    expect(v('重庆', '特困', 2021)).toBe(827);
  });
  test('保障城乡低保对象82.51万人,发放低保资金49.14亿元', () => {
    expect(v('重庆', '低保对象人数', 2021)).toBe(825100);
    expect(v('重庆', '低保资金', 2021, '', '亿元')).toBe(49.14);
  });
});

test('淄博市 2020 (004): 城乡低保标准分别提高到每人每月660元、480元,城乡特困人员基本生活标准分别达到每人每月990元、625元', () => {
  expect(v('淄博', '城市低保', 2020)).toBe(660);
  expect(v('淄博市', '农村低保', 2020)).toBe(480);
  expect(v('淄博', '城市特困人员基本生活标准', 2020)).toBe(990);
  expect(v('淄博', '农村特困人员基本生活标准', 2020)).toBe(625);
});

test('table and series over the real data', () => {
  const t = engine.table('城市低保', 2020);
  expect(t.ok && t.rows).toEqual([
    { region: '济南市', period: '全年', value: 821, unit: '元/人·月' },
    { region: '淄博市', period: '全年', value: 660, unit: '元/人·月' },
  ]);
  const s = engine.series('重庆', '城市低保');
  expect(s.ok && s.rows).toEqual([{ year: 2021, period: '全年', value: 636, unit: '元/人·月' }]);
});
