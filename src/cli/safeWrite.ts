// Writes that never destroy what is there: the bytes go to a temporary file in the target's folder,
// are flushed to disk (fsync), and the temporary file is then renamed over the target. A kill, a
// full disk or any error leaves the old file as it was, and the message says so.
import * as fs from 'fs';
import * as path from 'path';

export class SafeWriteError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'SafeWriteError';
  }
}

const TMP = /^\.(.+)\.mz-(\d+)-[0-9a-f]+\.tmp$/;

/** Removes temporary files of earlier writes to `base` whose process is gone (killed mid-write). */
function removeStale(dir: string, base: string): void {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return;
  }
  for (const n of names) {
    const m = TMP.exec(n);
    if (!m || m[1] !== base) continue;
    const pid = Number(m[2]);
    let alive = pid === process.pid;
    if (!alive) {
      try {
        process.kill(pid, 0);
        alive = true;
      } catch (e) {
        alive = (e as NodeJS.ErrnoException).code === 'EPERM';
      }
    }
    if (!alive) {
      try {
        fs.unlinkSync(path.join(dir, n));
      } catch {
        // another process may have removed it
      }
    }
  }
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** What went wrong, in Chinese, and what became of the original. */
function explain(e: NodeJS.ErrnoException, label: string, existed: boolean): string {
  const kept = existed ? `原文件未改动:${label}` : `未生成文件:${label}`;
  switch (e.code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return `写入失败:磁盘空间不足。${kept}`;
    case 'EACCES':
    case 'EPERM':
      return `写入失败:没有写入权限(或文件正被其他程序如 Excel 打开)。${kept}`;
    case 'EROFS':
      return `写入失败:磁盘为只读。${kept}`;
    case 'EBUSY':
      return `写入失败:文件正被其他程序(如 Excel)占用,请关闭后重试。${kept}`;
    case 'ENOENT':
      return `写入失败:目录不存在。${kept}`;
    case 'EISDIR':
      return `写入失败:“${label}”是目录。`;
    default:
      return `写入失败:${e.message}。${kept}`;
  }
}

/**
 * Writes `data` to `target` atomically. Symbolic links are followed (the linked file is replaced,
 * the link stays); the old file's permissions are kept. Throws SafeWriteError with a Chinese
 * message; the old file is then unchanged.
 */
export function writeFileSafe(target: string, data: Uint8Array | string, label = target): void {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  let real = path.resolve(target);
  try {
    real = fs.realpathSync(real);
  } catch {
    // not there yet
  }
  let existed = false;
  let mode: number | undefined;
  try {
    const st = fs.statSync(real);
    if (st.isDirectory()) throw new SafeWriteError(`写入失败:“${label}”是目录。`, 'EISDIR');
    existed = true;
    mode = st.mode & 0o7777;
  } catch (e) {
    if (e instanceof SafeWriteError) throw e;
  }
  const dir = path.dirname(real);
  const base = path.basename(real);
  removeStale(dir, base);
  const tmp = path.join(dir, `.${base}.mz-${process.pid}-${Math.floor(Math.random() * 0xffffffff).toString(16)}.tmp`);
  let fd: number | null = null;
  try {
    fd = fs.openSync(tmp, 'wx', mode ?? 0o666);
    // test hook (MZ_TEST_WRITE_PAUSE_MS): pause after half the bytes, so a test can kill the process mid-write
    const pause = Number(process.env.MZ_TEST_WRITE_PAUSE_MS) || 0;
    const half = pause ? Math.ceil(bytes.length / 2) : bytes.length;
    let off = 0;
    while (off < bytes.length) {
      const end = off < half ? half : bytes.length;
      off += fs.writeSync(fd, bytes, off, Math.min(end - off, 1 << 20));
      if (pause && off === half && off < bytes.length) {
        fs.fsyncSync(fd);
        sleepSync(pause);
      }
    }
    fs.fsyncSync(fd);
    if (mode !== undefined) fs.fchmodSync(fd, mode);
    fs.closeSync(fd);
    fd = null;
    fs.renameSync(tmp, real);
  } catch (e) {
    if (fd !== null) {
      try {
        fs.closeSync(fd);
      } catch {
        // ignore
      }
    }
    try {
      fs.unlinkSync(tmp);
    } catch {
      // not created
    }
    throw new SafeWriteError(explain(e as NodeJS.ErrnoException, label, existed), (e as NodeJS.ErrnoException).code);
  }
  // the rename itself is made durable by syncing the folder (not possible on every platform)
  try {
    const dfd = fs.openSync(dir, 'r');
    try {
      fs.fsyncSync(dfd);
    } finally {
      fs.closeSync(dfd);
    }
  } catch {
    // Windows cannot open folders: the rename is still atomic
  }
}
