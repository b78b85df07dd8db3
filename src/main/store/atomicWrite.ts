// Atomic file replacement: temp file in the same folder, write, fsync, rename, folder fsync, retries.
import { randomBytes } from 'node:crypto';
import { lstat, open, readdir, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

const retryable = new Set(['EPERM', 'EBUSY', 'EACCES', 'EAGAIN']);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function withRetries<T>(op: () => Promise<T>, attempts = 8): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await op();
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? '';
      if (i >= attempts - 1 || !retryable.has(code)) throw e;
      await sleep(15 * 2 ** i);
    }
  }
}

/** Flushes a folder's entry table so a rename survives a power cut (a no-op where the OS refuses). */
export async function fsyncDir(dir: string): Promise<void> {
  let handle;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch {
    // Windows cannot open or fsync folders; the rename is already durable enough there.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** Replaces `file` with `data` so that a crash leaves either the old or the new content, never a mix. */
export async function atomicWrite(file: string, data: Uint8Array | string): Promise<void> {
  const dir = dirname(file);
  const temp = join(dir, `.${basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx', 0o644);
  let renamed = false;
  try {
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await withRetries(() => rename(temp, file));
    renamed = true;
    await fsyncDir(dir);
  } finally {
    if (!renamed) await unlink(temp).catch(() => undefined);
  }
}

const tempPattern = /^\..+\.(\d+)\.[0-9a-f]{12}\.tmp$/;

/** True for a name atomicWrite gives its temp files (".name.pid.random.tmp"); nothing else matches. */
export const isAtomicTempName = (name: string): boolean => tempPattern.test(name);

/** A temp file this old is stale whatever its pid says (the pid may have been reused after a restart). */
export const staleTempAgeMs = 60 * 60 * 1000;

const pidAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * Removes temp files that a killed save left in `dir`: only regular files (never a symlink or folder) with our
 * exact name pattern, written by a process that is gone (or over an hour ago), and not named in `keep`.
 */
export async function removeStaleTemps(dir: string, keep: ReadonlySet<string> = new Set()): Promise<number> {
  let removed = 0;
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const name of names) {
    const m = tempPattern.exec(name);
    if (!m || keep.has(name)) continue;
    const path = join(dir, name);
    const st = await lstat(path).catch(() => undefined);
    if (!st?.isFile()) continue;
    const pid = Number(m[1]);
    const old = Date.now() - st.mtimeMs > staleTempAgeMs;
    if (!old && (pid === process.pid || pidAlive(pid))) continue;
    await unlink(path).then(
      () => removed++,
      () => undefined,
    );
  }
  return removed;
}
