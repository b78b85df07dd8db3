// The list of recently opened projects (kept by the app in its own settings folder), newest first.
import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { atomicWrite } from './atomicWrite';
import { readRegularFile } from './safeFs';

export interface RecentProject {
  /** Absolute path of the project folder. */
  path: string;
  title: string;
  /** ISO date-time it was last opened. */
  openedAt: string;
}

export const maxRecentProjects = 10;

/** Reads the list from `file`; a missing or damaged file reads as an empty list. */
export async function readRecentProjects(file: string): Promise<RecentProject[]> {
  try {
    const raw = JSON.parse(new TextDecoder().decode(await readRegularFile(file, file, 1024 * 1024))) as { projects?: unknown };
    if (!Array.isArray(raw.projects)) return [];
    return raw.projects
      .filter(
        (p): p is RecentProject =>
          typeof p === 'object' && p !== null && typeof p.path === 'string' && typeof p.title === 'string' && typeof p.openedAt === 'string',
      )
      .slice(0, maxRecentProjects);
  } catch {
    return [];
  }
}

async function save(file: string, projects: RecentProject[]): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await atomicWrite(file, `${JSON.stringify({ projects }, null, 2)}\n`);
}

/** Puts a project at the top of the list (once), keeping at most ten. */
export async function rememberProject(file: string, project: { path: string; title: string }, now = new Date()): Promise<RecentProject[]> {
  const path = resolve(project.path);
  const list = (await readRecentProjects(file)).filter((p) => p.path !== path);
  const next = [{ path, title: project.title, openedAt: now.toISOString() }, ...list].slice(0, maxRecentProjects);
  await save(file, next);
  return next;
}

/** Removes a project from the list (e.g. its folder is gone). */
export async function forgetProject(file: string, path: string): Promise<RecentProject[]> {
  const next = (await readRecentProjects(file)).filter((p) => p.path !== resolve(path));
  await save(file, next);
  return next;
}
