// Character-for-character normalisation: the output has the same length as the input, so an
// offset in the normalised copy is the same offset in the original text (quotes stay exact).

const MAP: Record<string, string> = {
  '，': ',',
  '；': ';',
  '：': ':',
  '（': '(',
  '）': ')',
  '！': '!',
  '？': '?',
  '％': '%',
  '．': '.',
  '／': '/',
  '・': '·',
  '•': '·',
  '‧': '·',
  '∙': '·',
  '⋅': '·',
  '　': ' ',
  '\u00a0': ' ',
  '～': '~',
  '＋': '+',
  '－': '-',
  '“': '"',
  '”': '"',
  '＂': '"',
};

/** Full-width digits, letters and punctuation → ASCII; curly double quotes → '"'. Length-preserving. */
const RE = new RegExp('[\\uff10-\\uff19\\uff21-\\uff3a\\uff41-\\uff5a' + Object.keys(MAP).join('') + ']', 'g');

const ANY = new RegExp(RE.source);

export function normaliseChars(text: string): string {
  if (!ANY.test(text)) return text; // nothing to map (the common case for short cells)
  return text.replace(RE, (ch) => {
    const code = ch.charCodeAt(0);
    if (code >= 0xff10 && code <= 0xff5a && !MAP[ch]) return String.fromCharCode(code - 0xfee0); // ０-９ Ａ-ｚ
    return MAP[ch] ?? ch;
  });
}
