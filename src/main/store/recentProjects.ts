// The list of recently opened projects (kept by the app in its own settings folder), newest first, and which one to reopen at start.
import { mkdir, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
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

interface RecentFile {
  projects: RecentProject[];
  /** The project open when the app last stopped; null after File → Close project (the start screen comes next). */
  lastOpen: string | null;
}

async function readFileState(file: string): Promise<RecentFile> {
  try {
    const raw = JSON.parse(new TextDecoder().decode(await readRegularFile(file, file, 1024 * 1024))) as { projects?: unknown; lastOpen?: unknown };
    const lastOpen = typeof raw.lastOpen === 'string' ? raw.lastOpen : null;
    if (!Array.isArray(raw.projects)) return { projects: [], lastOpen };
    const projects = raw.projects
      .filter(
        (p): p is RecentProject =>
          typeof p === 'object' && p !== null && typeof p.path === 'string' && typeof p.title === 'string' && typeof p.openedAt === 'string',
      )
      .slice(0, maxRecentProjects);
    return { projects, lastOpen };
  } catch {
    return { projects: [], lastOpen: null };
  }
}

/** Reads the list from `file`; a missing or damaged file reads as an empty list. */
export async function readRecentProjects(file: string): Promise<RecentProject[]> {
  return (await readFileState(file)).projects;
}

async function save(file: string, projects: RecentProject[], lastOpen?: string | null): Promise<void> {
  const state: RecentFile = { projects, lastOpen: lastOpen === undefined ? (await readFileState(file)).lastOpen : lastOpen };
  await mkdir(dirname(file), { recursive: true });
  await atomicWrite(file, `${JSON.stringify(state, null, 2)}\n`);
}

/** Records which project is open now (null: the writer closed it), so the next start reopens it or shows the start screen. */
export async function setLastOpen(file: string, path: string | null): Promise<void> {
  await save(file, await readRecentProjects(file), path === null ? null : resolve(path));
}

/**
 * The project to open at start: the one named on the command line, else the one open when the app last stopped if
 * its folder is still a project; undefined means the start screen (first start, closed on purpose, or gone).
 */
export async function projectToOpenAtStart(file: string, argPath?: string): Promise<string | undefined> {
  if (argPath) return resolve(argPath);
  const { lastOpen } = await readFileState(file);
  if (!lastOpen) return undefined;
  return (await stat(join(lastOpen, 'continuity.json')).then((s) => s.isFile(), () => false)) ? lastOpen : undefined;
}

/** Puts a project at the top of the list (once), keeping at most ten. */
export async function rememberProject(file: string, project: { path: string; title: string }, now = new Date()): Promise<RecentProject[]> {
  const path = resolve(project.path);
  const list = (await readRecentProjects(file)).filter((p) => p.path !== path);
  const next = [{ path, title: project.title, openedAt: now.toISOString() }, ...list].slice(0, maxRecentProjects);
  await save(file, next, path);
  return next;
}

/** Removes a project from the list (e.g. its folder is gone). */
export async function forgetProject(file: string, path: string): Promise<RecentProject[]> {
  const next = (await readRecentProjects(file)).filter((p) => p.path !== resolve(path));
  await save(file, next);
  return next;
}
