// writeZip past the plain zip format's fields: more than 65,535 entries, and an entry of 4 GiB or more,
// are written with zip64 records that our reader and JSZip both read back.
import JSZip from 'jszip';
import { ZipEntry, crc32, readZip, writeZip, ZIP_LIMITS } from '../../src/adapters/zip';

const enc = new TextEncoder();
function stored(name: string, text: string): ZipEntry {
  const data = enc.encode(text);
  return { name, raw: data, method: 0, crc: crc32(data), size: data.length, time: 0, date: 0x21 };
}

test('70,000 entries: a zip64 end of central directory; every entry read back by our reader and by JSZip', async () => {
  const n = 70_000;
  const entries = Array.from({ length: n }, (_, i) => stored(`xl/media/p${i}.txt`, String(i)));
  const bytes = writeZip(entries);
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // the plain end record says "see zip64"; the zip64 record holds the real count
  const eocd = bytes.length - 22;
  expect(dv.getUint32(eocd, true)).toBe(0x06054b50);
  expect(dv.getUint16(eocd + 10, true)).toBe(0xffff);
  expect(dv.getUint32(eocd - 20, true)).toBe(0x07064b50);
  const z64 = Number(dv.getBigUint64(eocd - 20 + 8, true));
  expect(dv.getUint32(z64, true)).toBe(0x06064b50);
  expect(Number(dv.getBigUint64(z64 + 32, true))).toBe(n);

  const back = readZip(bytes, { ...ZIP_LIMITS, maxEntries: n });
  expect(back.length).toBe(n);
  expect(back.map((e) => e.name)).toEqual(entries.map((e) => e.name));
  expect(new TextDecoder().decode(back[n - 1].raw)).toBe(String(n - 1));

  const jz = await JSZip.loadAsync(bytes);
  const files = Object.keys(jz.files);
  expect(files.length).toBe(n);
  expect(await jz.file(`xl/media/p${n - 1}.txt`)!.async('string')).toBe(String(n - 1));
  expect(await jz.file('xl/media/p65535.txt')!.async('string')).toBe('65535');
});

test('65,534 entries or fewer: the plain format, no zip64 record', () => {
  const bytes = writeZip([stored('a.txt', 'a'), stored('b.txt', 'b')]);
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  expect(dv.getUint16(bytes.length - 22 + 10, true)).toBe(2);
  expect(bytes.length).toBe(2 * (30 + 5 + 1) + 2 * (46 + 5) + 22);
});

test('an entry declaring 5 GiB uncompressed: zip64 sizes in its local and central headers, read back', () => {
  const e = stored('xl/worksheets/sheet1.xml', 'deflated stand-in');
  const huge = { ...e, method: 8, size: 5 * 1024 ** 3 };
  const bytes = writeZip([stored('first.txt', 'x'), huge]);
  const [, back] = readZip(bytes);
  expect(back.name).toBe(huge.name);
  expect(back.size).toBe(huge.size);
  expect(new TextDecoder().decode(back.raw)).toBe('deflated stand-in');
  // the local header: version 45, sizes 0xffffffff, the zip64 field with both sizes
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const local = 30 + 'first.txt'.length + 1;
  expect(dv.getUint32(local, true)).toBe(0x04034b50);
  expect(dv.getUint16(local + 4, true)).toBe(45);
  expect(dv.getUint32(local + 22, true)).toBe(0xffffffff);
  const x = local + 30 + huge.name.length;
  expect(dv.getUint16(x, true)).toBe(1);
  expect(Number(dv.getBigUint64(x + 4, true))).toBe(huge.size);
  expect(Number(dv.getBigUint64(x + 12, true))).toBe(e.raw.length);
});
