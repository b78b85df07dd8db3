// Creates a new, empty series project (design notes §3) in a new or empty folder, never inside one that holds other files.
import { mkdir, readdir, stat } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { emptyBible } from '../../engine/types';
import { manifestFile } from './manifest';
import { ProjectError, toProjectError } from './projectError';
import { annotationsDir } from './annotationStore';
import { episodesDir, openFolderProject, type OpenOptions, type ProjectStore } from './projectStore';

export interface NewProject {
  title: string;
  language: 'de' | 'en';
}

/** Hidden files a fresh folder may already hold (a synced folder's marker, a desktop's view settings). */
const harmless = /^(\.DS_Store|desktop\.ini|Thumbs\.db|\.directory|\.git|\.gitignore|\.gitattributes)$/i;

/**
 * Makes `dir` a project with continuity.json, episodes/, annotations/, bible.json and decisions.json, and returns it
 * open (locked, watched, as openProject would). The folder must not exist yet or be empty, so a writer's other files
 * are never mixed into a series by mistake; a folder that already is a series is refused with "open it instead".
 */
export async function createProject(dir: string, input: NewProject, options: Omit<OpenOptions, 'create' | 'title' | 'language'> = {}): Promise<ProjectStore> {
  const title = input.title.trim();
  if (!title) throw new ProjectError('not-a-project', 'A new series needs a title.');
  if (!dir.trim() || !isAbsolute(dir)) throw new ProjectError('not-found', `Choose a full folder path for the new series (not "${dir}").`, dir);
  const abs = resolve(dir);
  const existing = await stat(abs).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return undefined;
    throw toProjectError(e, dir);
  });
  if (existing) {
    if (!existing.isDirectory()) throw new ProjectError('not-a-project', `${dir} is a file; choose a folder for the new series.`, dir);
    const names = await readdir(abs).catch((e) => {
      throw toProjectError(e, dir);
    });
    if (names.includes(manifestFile)) throw new ProjectError('not-a-project', `${dir} already holds a series; open it instead.`, dir);
    const other = names.filter((n) => !harmless.test(n));
    if (other.length) {
      throw new ProjectError('not-a-project', `${dir} is not empty (${other.length} item${other.length === 1 ? '' : 's'}); choose a new or empty folder for the new series.`, dir);
    }
  }
  const store = await openFolderProject(abs, { ...options, create: true, title, language: input.language });
  try {
    if (store.readOnly) throw new ProjectError('read-only', store.readOnlyReason ?? `${dir} cannot be written.`, dir);
    await mkdir(join(store.root, episodesDir), { recursive: true });
    await mkdir(join(store.root, annotationsDir), { recursive: true });
    await store.writeBible(emptyBible());
    await store.writeDecisions([]);
    return store;
  } catch (e) {
    await store.close();
    throw toProjectError(e, dir);
  }
}
