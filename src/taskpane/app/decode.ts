// Decodes the bytes of an uploaded CSV: UTF-8 (with or without BOM) when valid, else GB18030
// (a superset of GBK/GB2312, what Excel on Chinese Windows saves as "CSV").
export interface Decoded {
  text: string;
  encoding: 'UTF-8' | 'UTF-8 (BOM)' | 'GB18030';
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'UTF-8 (BOM)' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'GB18030' };
  }
}
