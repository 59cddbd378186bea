// Decodes the bytes of an uploaded CSV (UTF-8 with or without BOM, GB18030 as Excel on Chinese
// Windows saves "CSV", UTF-16 as it saves "Unicode text"), labelled for the import preview.
import { decodeText } from '../../core/text';

export interface Decoded {
  text: string;
  encoding: 'UTF-8' | 'UTF-8 (BOM)' | 'GB18030' | 'UTF-16LE' | 'UTF-16BE';
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  const { text, encoding } = decodeText(bytes);
  if (encoding === 'gb18030') return { text, encoding: 'GB18030' };
  if (encoding === 'utf-16le') return { text, encoding: 'UTF-16LE' };
  if (encoding === 'utf-16be') return { text, encoding: 'UTF-16BE' };
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return { text, encoding: bom ? 'UTF-8 (BOM)' : 'UTF-8' };
}
