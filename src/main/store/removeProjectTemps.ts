// On open: removes the temp files killed saves left in the folders the store writes to, never through a symlink.
import { readdir, realpath } from 'node:fs/promises';
import { join } from 'node:path';
import { removeStaleTemps } from './atomicWrite';
import { annotationsDir } from './annotationStore';
import { historyDir } from './fileHistory';
import { checkRelativePath } from './safeFs';

const parentOf = (rel: string) => (rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/')) : '');
const nameOf = (rel: string) => rel.slice(rel.lastIndexOf('/') + 1);

/** The absolute folder for `rel` under `root`, or undefined when it is missing or any part of it is a symlink. */
async function realFolder(root: string, rel: string): Promise<string | undefined> {
  try {
    const abs = rel ? join(root, checkRelativePath(rel)) : root;
    return (await realpath(abs)) === abs ? abs : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Cleans the project root (`realRoot`, already a realpath), episodes/, every folder holding a project file in
 * `files`, annotations/ and the history folders. Files named in `files` are never removed, even if their name
 * looks like a temp file. Returns how many temp files were removed.
 */
export async function removeProjectTemps(realRoot: string, files: string[]): Promise<number> {
  const keep = new Map<string, Set<string>>();
  const folders = new Set(['', 'episodes', annotationsDir, historyDir, `${historyDir}/journal`, `${historyDir}/versions`]);
  for (const f of files) {
    const dir = parentOf(f);
    folders.add(dir);
    keep.set(dir, (keep.get(dir) ?? new Set()).add(nameOf(f)));
  }
  const versions = await realFolder(realRoot, `${historyDir}/versions`);
  if (versions) {
    const entries = await readdir(versions, { withFileTypes: true }).catch(() => []);
    for (const d of entries) if (d.isDirectory()) folders.add(`${historyDir}/versions/${d.name}`);
  }
  let removed = 0;
  for (const rel of folders) {
    const abs = await realFolder(realRoot, rel);
    if (abs) removed += await removeStaleTemps(abs, keep.get(rel));
  }
  return removed;
}
