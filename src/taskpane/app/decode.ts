// Decodes the bytes of an uploaded CSV (UTF-8 with or without BOM, else GB18030, what Excel on
// Chinese Windows saves as "CSV"), labelled for the import preview.
import { decodeText } from '../../core/text';

export interface Decoded {
  text: string;
  encoding: 'UTF-8' | 'UTF-8 (BOM)' | 'GB18030';
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  const { text, encoding } = decodeText(bytes);
  if (encoding === 'gb18030') return { text, encoding: 'GB18030' };
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return { text, encoding: bom ? 'UTF-8 (BOM)' : 'UTF-8' };
}
