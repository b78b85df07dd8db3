// One writer per project: a lock file with pid and host; a second opener gets read-only, a dead pid's lock is taken over.
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { link, mkdir, unlink, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { readRegularFile } from './safeFs';

export const lockFile = '.history/lock.json';

export interface LockInfo {
  pid: number;
  host: string;
  /** ISO date-time the lock was taken. */
  at: string;
  token: string;
}

export type LockResult = { ok: true; release: () => Promise<void> } | { ok: false; holder?: LockInfo; reason: string };

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readLock(abs: string): Promise<LockInfo | undefined> {
  try {
    const raw = JSON.parse(new TextDecoder().decode(await readRegularFile(abs, lockFile, 64 * 1024))) as Partial<LockInfo>;
    if (typeof raw.pid !== 'number' || typeof raw.host !== 'string') return undefined;
    return { pid: raw.pid, host: raw.host, at: String(raw.at ?? ''), token: String(raw.token ?? '') };
  } catch {
    return undefined;
  }
}

/** Creates the lock atomically (complete content or nothing): write a temp file, then hard-link it to the lock name. */
async function tryCreate(abs: string, info: LockInfo): Promise<boolean> {
  const temp = `${abs}.${info.token}.tmp`;
  await writeFile(temp, JSON.stringify(info));
  try {
    await link(temp, abs);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}

/** Takes the project lock at absolute path `abs`; `describe` names the project in messages. */
export async function acquireLock(abs: string): Promise<LockResult> {
  await mkdir(dirname(abs), { recursive: true });
  const info: LockInfo = { pid: process.pid, host: hostname(), at: new Date().toISOString(), token: randomBytes(8).toString('hex') };
  for (let attempt = 0; attempt < 3; attempt++) {
    if (await tryCreate(abs, info)) {
      return {
        ok: true,
        release: async () => {
          const now = await readLock(abs);
          if (now?.token === info.token) await unlink(abs).catch(() => undefined);
        },
      };
    }
    const holder = await readLock(abs);
    const stale = holder ? holder.host === info.host && !pidAlive(holder.pid) : false;
    if (!holder) {
      // Unreadable lock: it may be half-written by another opener at this very moment; look again shortly.
      await new Promise((r) => setTimeout(r, 50));
      const again = await readLock(abs);
      if (again) continue;
      await unlink(abs).catch(() => undefined);
      continue;
    }
    if (!stale) {
      const where = holder.host === info.host ? `process ${holder.pid}` : `process ${holder.pid} on ${holder.host}`;
      return {
        ok: false,
        holder,
        reason: `This project is already open in Continuity Desk (${where}, since ${holder.at}); it is open read-only here.`,
      };
    }
    await unlink(abs).catch(() => undefined);
  }
  return { ok: false, reason: 'The project lock could not be taken; it is open read-only.' };
}
