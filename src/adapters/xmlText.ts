// XML text helpers shared by the xlsx reader and the package writer: entity decoding and attribute
// scanning, both in one pass over their input (no backtracking regular expressions).

const ENT: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML entity decoding (what a SAX parser does); an unknown entity is kept as written. */
export function unescapeXml(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (m, e: string) => {
    if (e[0] === '#') {
      const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return cp >= 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
    }
    // own properties only: '&constructor;' is not Object.prototype.constructor
    return Object.prototype.hasOwnProperty.call(ENT, e) ? ENT[e] : m;
  });
}

// [\w:.-]
const isNameChar = (c: number) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 58 || c === 46 || c === 45;
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

/**
 * The attributes name="value" (or 'value') in s[from, to), values decoded. Same result as a global
 * match of /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/ on well-formed tags, in linear time.
 */
export function scanAttrs(s: string, from = 0, to = s.length): Record<string, string> {
  const out = Object.create(null) as Record<string, string>;
  const end = Math.min(to, s.length);
  let i = from;
  while (i < end) {
    if (!isNameChar(s.charCodeAt(i))) {
      i++;
      continue;
    }
    const ks = i;
    while (i < end && isNameChar(s.charCodeAt(i))) i++;
    const ke = i;
    while (i < end && isSpace(s.charCodeAt(i))) i++;
    if (i >= end || s.charCodeAt(i) !== 61 /* = */) continue;
    i++;
    while (i < end && isSpace(s.charCodeAt(i))) i++;
    const q = s.charCodeAt(i);
    if (q !== 34 && q !== 39) continue;
    const ve = s.indexOf(q === 34 ? '"' : "'", i + 1);
    if (ve < 0) break;
    out[s.slice(ks, ke)] = unescapeXml(s.slice(i + 1, ve));
    i = ve + 1;
  }
  return out;
}
