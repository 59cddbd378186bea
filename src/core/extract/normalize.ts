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
export function normaliseChars(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const code = ch.charCodeAt(0);
    if (code >= 0xff10 && code <= 0xff19) out += String.fromCharCode(code - 0xfee0); // ０-９
    else if ((code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a)) {
      out += String.fromCharCode(code - 0xfee0);
    } else out += MAP[ch] ?? ch;
  }
  return out;
}
