// A small zip reader/writer for xlsx packages: entries keep their stored (compressed) bytes, so a
// part that is not changed is copied byte for byte. Deflate/inflate by Node's zlib, else the
// browser's CompressionStream/DecompressionStream ('deflate-raw'), else stored uncompressed.

export class ZipError extends Error {
  constructor(
    message: string,
    /** 'limit': beyond the reading limits; 'corrupt': not a readable zip */
    readonly kind: 'limit' | 'corrupt' = 'corrupt',
  ) {
    super(message);
    this.name = 'ZipError';
  }
}

export interface ZipEntry {
  name: string;
  /** the bytes as stored: deflated (method 8) or plain (method 0) */
  raw: Uint8Array;
  method: number;
  crc: number;
  /** uncompressed size */
  size: number;
  /** MS-DOS time and date */
  time: number;
  date: number;
}

type Zlib = {
  deflateRawSync(b: Uint8Array, o?: { level?: number }): Uint8Array;
  inflateRawSync(b: Uint8Array, o?: { maxOutputLength?: number; chunkSize?: number }): Uint8Array;
  crc32?(b: Uint8Array): number;
};

// ---------------------------------------------------------------------------------------------
// limits: a part may not inflate beyond what its compressed size makes plausible (zip bombs)

export interface ZipLimits {
  /** decompressed bytes allowed per compressed byte, per part and for the whole file */
  ratio: number;
  /** a part may always inflate to this much, whatever its ratio */
  partFloor: number;
  /** and never beyond this */
  partMax: number;
  totalFloor: number;
  totalMax: number;
  /** entries in the central directory */
  maxEntries: number;
}

const MB = 1024 * 1024;
/** Real xlsx parts inflate 5–50 ×; a run of zeros, 1,030 ×. */
export const ZIP_LIMITS: ZipLimits = {
  ratio: 200,
  partFloor: 8 * MB,
  partMax: 256 * MB,
  totalFloor: 32 * MB,
  totalMax: 512 * MB,
  maxEntries: 100_000,
};

/** A size in words: 1.5 GB, 200 MB, 12 KB. */
export function sizeText(n: number): string {
  if (n >= 1024 * MB) return `${(n / (1024 * MB)).toFixed(1)} GB`;
  if (n >= MB) return `${(n / MB).toFixed(n >= 100 * MB ? 0 : 1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(0)} KB`;
  return `${n} 字节`;
}

/** The decompressed bytes one opened zip may still produce (the total limit, shared by its parts). */
export class InflateBudget {
  used = 0;
  readonly total: number;
  constructor(
    readonly fileSize: number,
    readonly limits: ZipLimits = ZIP_LIMITS,
  ) {
    this.total = Math.min(limits.totalMax, Math.max(limits.totalFloor, fileSize * limits.ratio));
  }

  /** The most `e` may inflate to: its own limit, and what is left of the total. */
  partLimit(e: ZipEntry): number {
    const l = this.limits;
    return Math.min(l.partMax, Math.max(l.partFloor, e.raw.length * l.ratio), this.total - this.used);
  }

  /** The error for a part beyond the limits (`size`: declared or reached). */
  tooBig(e: ZipEntry, size: number, declared: boolean): ZipError {
    const l = this.limits;
    const own = Math.min(l.partMax, Math.max(l.partFloor, e.raw.length * l.ratio));
    const left = this.total - this.used;
    const what = declared ? `解压后应有 ${sizeText(size)}` : `解压到 ${sizeText(size)} 仍未结束`;
    const why =
      own <= left
        ? `超过单个部件的上限 ${sizeText(own)}(压缩后 ${sizeText(e.raw.length)},解压比上限 ${l.ratio}:1,绝对上限 ${sizeText(l.partMax)})`
        : `整个文件解压后的总量超过上限 ${sizeText(this.total)}(文件 ${sizeText(this.fileSize)},解压比上限 ${l.ratio}:1,绝对上限 ${sizeText(l.totalMax)})`;
    return new ZipError(`部件 ${e.name} ${what},${why};疑似“zip 炸弹”`, 'limit');
  }
}

/** Node's zlib when available (no static require, so bundlers leave it out of browser builds). */
export function nodeZlib(): Zlib | null {
  try {
    const p = (globalThis as { process?: { getBuiltinModule?: (m: string) => unknown } }).process;
    const z = p?.getBuiltinModule?.('zlib') as Partial<Zlib> | undefined;
    return z && typeof z.deflateRawSync === 'function' && typeof z.inflateRawSync === 'function' ? (z as Zlib) : null;
  } catch {
    return null;
  }
}

let crcTable: Uint32Array | null = null;
export function crc32(data: Uint8Array): number {
  const z = nodeZlib();
  if (z?.crc32) return z.crc32(data) >>> 0;
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = crcTable[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

type StreamCtor = new (format: string) => { readable: ReadableStream<Uint8Array>; writable: WritableStream<Uint8Array> };

async function throughStream(Ctor: StreamCtor, data: Uint8Array, max = Infinity): Promise<Uint8Array> {
  const s = new Ctor('deflate-raw');
  const writer = s.writable.getWriter();
  void writer.write(data);
  void writer.close();
  const chunks: Uint8Array[] = [];
  const reader = s.readable.getReader();
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    total += value.length;
    if (total > max) {
      void reader.cancel().catch(() => undefined);
      throw new TooLarge(total);
    }
  }
  const out = new Uint8Array(total);
  let p = 0;
  for (const c of chunks) {
    out.set(c, p);
    p += c.length;
  }
  return out;
}

class TooLarge extends Error {
  constructor(readonly reached: number) {
    super('too large');
  }
}

/**
 * The uncompressed bytes of an entry. With a budget, the limits are enforced while inflating: a part
 * that declares more than its limit is not inflated at all, and inflation stops as soon as the output
 * passes the declared size or the limit (ZipError, kind 'limit' or 'corrupt').
 */
export async function entryBytes(e: ZipEntry, budget?: InflateBudget): Promise<Uint8Array> {
  if (e.method !== 0 && e.method !== 8) throw new ZipError(`zip 条目 ${e.name} 使用了不支持的压缩方式 ${e.method}`);
  const limit = budget ? budget.partLimit(e) : Infinity;
  if (budget && e.size > limit) throw budget.tooBig(e, e.size, true);
  // the declared size is what an honest part inflates to: more is a lie (a bomb or a damaged file)
  const max = Math.min(limit, e.size > 0 ? e.size : limit);
  let out: Uint8Array;
  if (e.method === 0) {
    if (budget && e.raw.length > limit) throw budget.tooBig(e, e.raw.length, false);
    out = e.raw;
  } else {
    const z = nodeZlib();
    const D = (globalThis as { DecompressionStream?: StreamCtor }).DecompressionStream;
    try {
      if (z) {
        if (max === Infinity) out = z.inflateRawSync(e.raw);
        // one output chunk of the declared size: no copy, no more memory than the part needs
        else out = z.inflateRawSync(e.raw, { maxOutputLength: Math.max(1, max), chunkSize: Math.max(64 * 1024, max + 1) });
        if (out.length > max) throw new TooLarge(out.length);
      } else if (D) out = await throughStream(D, e.raw, max);
      else throw new ZipError('此环境无法解压 zip 条目');
    } catch (err) {
      if (err instanceof ZipError) throw err;
      const over = err instanceof TooLarge || (err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE';
      if (over) {
        if (budget && max === limit) throw budget.tooBig(e, max, false);
        throw new ZipError(`部件 ${e.name} 解压后超过其声明的大小 ${sizeText(e.size)}(文件已损坏或被篡改)`);
      }
      throw new ZipError(`部件 ${e.name} 无法解压(${(err as Error).message})`);
    }
  }
  if (budget) budget.used += out.length;
  return out;
}

/** A new entry for `data`, deflated when a deflater is available. */
export async function makeEntry(name: string, data: Uint8Array, level = 6): Promise<ZipEntry> {
  const crc = crc32(data);
  // a fixed date (1980-01-01) keeps output deterministic
  const now = { time: 0, date: 0x21 };
  const z = nodeZlib();
  let raw: Uint8Array | null = null;
  if (z) raw = z.deflateRawSync(data, { level });
  else {
    const C = (globalThis as { CompressionStream?: StreamCtor }).CompressionStream;
    if (C) raw = await throughStream(C, data);
  }
  if (raw && raw.length < data.length) return { name, raw, method: 8, crc, size: data.length, ...now };
  return { name, raw: data, method: 0, crc, size: data.length, ...now };
}

/** The entries of a zip (central directory order). Zip64 sizes and offsets are understood. */
export function readZip(bytes: Uint8Array, limits: ZipLimits = ZIP_LIMITS): ZipEntry[] {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const n = bytes.length;
  let eocd = -1;
  for (let i = n - 22; i >= Math.max(0, n - 22 - 65535); i--) {
    if (dv.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipError('不是 zip 文件(找不到目录结尾记录)');
  let count = dv.getUint16(eocd + 10, true);
  let cd = dv.getUint32(eocd + 16, true);
  if (count === 0xffff || cd === 0xffffffff) {
    // zip64 end of central directory locator just before the EOCD
    const loc = eocd - 20;
    if (loc < 0 || dv.getUint32(loc, true) !== 0x07064b50) throw new ZipError('zip64 目录已损坏');
    const z64 = Number(dv.getBigUint64(loc + 8, true));
    if (z64 + 56 > n || dv.getUint32(z64, true) !== 0x06064b50) throw new ZipError('zip64 目录已损坏');
    count = Number(dv.getBigUint64(z64 + 32, true));
    cd = Number(dv.getBigUint64(z64 + 48, true));
  }
  if (count > limits.maxEntries) throw new ZipError(`zip 中有 ${count} 个条目,超过上限 ${limits.maxEntries}`, 'limit');
  const dec = new TextDecoder();
  const out: ZipEntry[] = [];
  let p = cd;
  for (let k = 0; k < count; k++) {
    if (p + 46 > n || dv.getUint32(p, true) !== 0x02014b50) throw new ZipError('zip 目录已损坏');
    const flags = dv.getUint16(p + 8, true);
    const method = dv.getUint16(p + 10, true);
    const time = dv.getUint16(p + 12, true);
    const date = dv.getUint16(p + 14, true);
    const crc = dv.getUint32(p + 16, true);
    let csize = dv.getUint32(p + 20, true);
    let size = dv.getUint32(p + 24, true);
    const nameLen = dv.getUint16(p + 28, true);
    const extraLen = dv.getUint16(p + 30, true);
    const commentLen = dv.getUint16(p + 32, true);
    let local = dv.getUint32(p + 42, true);
    const name = dec.decode(bytes.subarray(p + 46, p + 46 + nameLen));
    // zip64 extended information: the fields that are 0xffffffff, in this order
    let e = p + 46 + nameLen;
    const eEnd = e + extraLen;
    while (e + 4 <= eEnd) {
      const id = dv.getUint16(e, true);
      const len = dv.getUint16(e + 2, true);
      if (id === 0x0001) {
        let q = e + 4;
        if (size === 0xffffffff) (size = Number(dv.getBigUint64(q, true))), (q += 8);
        if (csize === 0xffffffff) (csize = Number(dv.getBigUint64(q, true))), (q += 8);
        if (local === 0xffffffff) local = Number(dv.getBigUint64(q, true));
      }
      e += 4 + len;
    }
    p = eEnd + commentLen;
    if (flags & 1) throw new ZipError(`zip 条目 ${name} 已加密`);
    if (local + 30 > n || dv.getUint32(local, true) !== 0x04034b50) throw new ZipError(`zip 条目 ${name} 已损坏`);
    const start = local + 30 + dv.getUint16(local + 26, true) + dv.getUint16(local + 28, true);
    const raw = bytes.subarray(start, start + csize);
    if (raw.length !== csize) throw new ZipError(`zip 条目 ${name} 不完整`);
    if (name.endsWith('/')) continue; // directory entry
    out.push({ name, raw, method, crc, size, time, date });
  }
  return out;
}

const U32 = 0xffffffff;
const U16 = 0xffff;

/**
 * A zip of the entries, in order (UTF-8 names, no data descriptors). Zip64 records are written where
 * the plain fields overflow: an entry of 4 GiB or more (sizes), an offset beyond 4 GiB, more than 65,534
 * entries (the end of central directory).
 */
export function writeZip(entries: ZipEntry[]): Uint8Array {
  const enc = new TextEncoder();
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const nameBytes = enc.encode(e.name);
    const csize = e.raw.length;
    // sizes in the local header: both in a zip64 field when either overflows
    const big = csize >= U32 || e.size >= U32;
    const local = new Uint8Array(30 + nameBytes.length + (big ? 20 : 0));
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, big ? 45 : 20, true);
    lv.setUint16(6, 0x0800, true);
    lv.setUint16(8, e.method, true);
    lv.setUint16(10, e.time, true);
    lv.setUint16(12, e.date, true);
    lv.setUint32(14, e.crc, true);
    lv.setUint32(18, big ? U32 : csize, true);
    lv.setUint32(22, big ? U32 : e.size, true);
    lv.setUint16(26, nameBytes.length, true);
    lv.setUint16(28, big ? 20 : 0, true);
    local.set(nameBytes, 30);
    if (big) {
      const x = 30 + nameBytes.length;
      lv.setUint16(x, 0x0001, true);
      lv.setUint16(x + 2, 16, true);
      lv.setBigUint64(x + 4, BigInt(e.size), true);
      lv.setBigUint64(x + 12, BigInt(csize), true);
    }
    // central directory: only the fields that overflow go to the zip64 field, in the order size, csize, offset
    const z64: number[] = [];
    if (e.size >= U32) z64.push(e.size);
    if (csize >= U32) z64.push(csize);
    if (offset >= U32) z64.push(offset);
    const extra = z64.length ? 4 + 8 * z64.length : 0;
    const cen = new Uint8Array(46 + nameBytes.length + extra);
    const cv = new DataView(cen.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, z64.length ? 45 : 20, true);
    cv.setUint16(6, z64.length ? 45 : 20, true);
    cv.setUint16(8, 0x0800, true);
    cv.setUint16(10, e.method, true);
    cv.setUint16(12, e.time, true);
    cv.setUint16(14, e.date, true);
    cv.setUint32(16, e.crc, true);
    cv.setUint32(20, csize >= U32 ? U32 : csize, true);
    cv.setUint32(24, e.size >= U32 ? U32 : e.size, true);
    cv.setUint16(28, nameBytes.length, true);
    cv.setUint16(30, extra, true);
    cv.setUint32(42, offset >= U32 ? U32 : offset, true);
    cen.set(nameBytes, 46);
    if (extra) {
      const x = 46 + nameBytes.length;
      cv.setUint16(x, 0x0001, true);
      cv.setUint16(x + 2, 8 * z64.length, true);
      z64.forEach((v, i) => cv.setBigUint64(x + 4 + 8 * i, BigInt(v), true));
    }
    chunks.push(local, e.raw);
    central.push(cen);
    offset += local.length + csize;
  }
  const cdSize = central.reduce((s, c) => s + c.length, 0);
  const n = entries.length;
  const zip64 = n >= U16 || cdSize >= U32 || offset >= U32;
  const tail = new Uint8Array((zip64 ? 56 + 20 : 0) + 22);
  const tv = new DataView(tail.buffer);
  let t = 0;
  if (zip64) {
    // zip64 end of central directory record, then its locator
    tv.setUint32(0, 0x06064b50, true);
    tv.setBigUint64(4, 44n, true);
    tv.setUint16(12, 45, true);
    tv.setUint16(14, 45, true);
    tv.setBigUint64(24, BigInt(n), true);
    tv.setBigUint64(32, BigInt(n), true);
    tv.setBigUint64(40, BigInt(cdSize), true);
    tv.setBigUint64(48, BigInt(offset), true);
    tv.setUint32(56, 0x07064b50, true);
    tv.setBigUint64(64, BigInt(offset + cdSize), true);
    tv.setUint32(72, 1, true);
    t = 76;
  }
  tv.setUint32(t, 0x06054b50, true);
  tv.setUint16(t + 8, zip64 ? U16 : n, true);
  tv.setUint16(t + 10, zip64 ? U16 : n, true);
  tv.setUint32(t + 12, zip64 ? U32 : cdSize, true);
  tv.setUint32(t + 16, zip64 ? U32 : offset, true);
  const out = new Uint8Array(offset + cdSize + tail.length);
  let q = 0;
  for (const c of [...chunks, ...central, tail]) {
    out.set(c, q);
    q += c.length;
  }
  return out;
}
