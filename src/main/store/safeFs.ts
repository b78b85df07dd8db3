// Path and read guards: every project path stays inside the root (no "..", no absolute paths, no symlinks out), reads refuse FIFOs and devices.
import { constants } from 'node:fs';
import { lstat, open, realpath } from 'node:fs/promises';
import { dirname, isAbsolute, join, normalize, relative, resolve, sep } from 'node:path';
import { ProjectError, toProjectError } from './projectError';

/** Largest episode or project file the store reads (a 20-million-character episode in UTF-16 fits). */
export const maxFileBytes = 64 * 1024 * 1024;

const isInside = (root: string, abs: string) => {
  const rel = relative(root, abs);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

/** Checks a project-relative path (as written in a manifest) without touching the disk. */
export function checkRelativePath(rel: unknown): string {
  if (typeof rel !== 'string' || rel.length === 0 || rel.length > 1000 || rel.includes('\0')) {
    throw new ProjectError('outside-project', `"${String(rel).slice(0, 80)}" is not a usable file name.`);
  }
  if (isAbsolute(rel) || /^[a-zA-Z]:/.test(rel) || rel.startsWith('\\') || rel.startsWith('/')) {
    throw new ProjectError('outside-project', `${rel}: absolute paths are not allowed in a project; files must lie inside the project folder.`, rel);
  }
  const norm = normalize(rel.replace(/\\/g, '/'));
  if (norm === '..' || norm.startsWith(`..${sep}`) || norm.startsWith('../') || norm === '.') {
    throw new ProjectError('outside-project', `${rel}: the path leads out of the project folder.`, rel);
  }
  return norm.split(sep).join('/');
}

/**
 * Resolves a project-relative path to an absolute one inside `realRoot` (the realpath of the root). The file
 * itself may be missing; the deepest existing ancestor must not lead outside the root through a symlink.
 */
export async function resolveInside(realRoot: string, rel: string): Promise<string> {
  const clean = checkRelativePath(rel);
  const abs = resolve(realRoot, clean);
  if (!isInside(realRoot, abs)) {
    throw new ProjectError('outside-project', `${rel}: the path leads out of the project folder.`, rel);
  }
  let probe = abs;
  for (;;) {
    try {
      const real = await realpath(probe);
      if (!isInside(realRoot, real)) {
        throw new ProjectError('outside-project', `${rel}: a symbolic link leads out of the project folder; it is not followed.`, rel);
      }
      return abs;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (e instanceof ProjectError) throw e;
      if (code === 'ENOENT') {
        // A dangling symlink: refuse, it may point anywhere once its target appears.
        const st = await lstat(probe).catch(() => undefined);
        if (st?.isSymbolicLink()) {
          throw new ProjectError('outside-project', `${rel}: a symbolic link that leads nowhere inside the project.`, rel);
        }
        const parent = dirname(probe);
        if (parent === probe || !isInside(realRoot, parent)) return abs;
        probe = parent;
        continue;
      }
      throw toProjectError(e, rel);
    }
  }
}

/** Reads a regular file (never a FIFO, socket or device) up to `maxBytes`, as the display name `name`. */
export async function readRegularFile(abs: string, name: string, maxBytes = maxFileBytes): Promise<Uint8Array> {
  let handle;
  try {
    handle = await open(abs, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    throw toProjectError(e, name);
  }
  try {
    const st = await handle.stat();
    if (!st.isFile()) {
      throw new ProjectError('not-a-file', `${name}: this is not a regular file (a folder, pipe or device); it is skipped.`, name);
    }
    if (st.size > maxBytes) {
      throw new ProjectError('too-large', `${name}: the file is too large (${Math.round(st.size / 1048576)} MB; at most ${Math.round(maxBytes / 1048576)} MB).`, name);
    }
    const buf = await handle.readFile();
    if (buf.length > maxBytes) {
      throw new ProjectError('too-large', `${name}: the file is too large (at most ${Math.round(maxBytes / 1048576)} MB).`, name);
    }
    return new Uint8Array(buf.buffer, buf.byteOffset, buf.length);
  } catch (e) {
    throw toProjectError(e, name);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

export { isInside, join };
