// Loads the episodes a `continuity check` names: a project folder, a folder of episode files, or files.
import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { Bible, Decision, Episode, Language } from '../engine/types';
import { openProject } from '../main/store/projectStore';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { importableExtensions } from '../main/importers/importFiles';
import { importInWorker } from '../main/importers/importHost';

export interface LoadedSeries {
  title: string;
  language?: Language;
  episodes: Episode[];
  bible?: Bible;
  decisions?: Decision[];
}

export class InputError extends Error {}

/** The built import worker beside the CLI bundle: imports then run under a time and memory cap. */
const importWorkerFile = (() => {
  const file = fileURLToPath(new URL('./importWorker.js', import.meta.url));
  return existsSync(file) ? file : undefined;
})();

const isImportable = (file: string) => importableExtensions.includes(extname(file).toLowerCase());

export async function loadSeries(paths: string[]): Promise<LoadedSeries> {
  if (paths.length === 1) {
    const info = await stat(paths[0]).catch(() => undefined);
    if (!info) throw new InputError(`cannot read ${paths[0]}: no such file or folder`);
    if (info.isDirectory()) {
      const hasManifest = await stat(join(paths[0], 'continuity.json')).then(() => true, () => false);
      return hasManifest ? loadProject(paths[0]) : loadFiles(await episodeFilesIn(paths[0]), basename(paths[0]));
    }
  }
  return loadFiles(paths, basename(paths[0], extname(paths[0])));
}

async function loadProject(dir: string): Promise<LoadedSeries> {
  const store = await openProject(dir, { readOnly: true });
  try {
    const episodes: Episode[] = [];
    for (const ref of store.episodes()) {
      const doc = await store.readEpisode(ref.id);
      episodes.push({ ...ref, text: doc.text });
    }
    const manifest = store.manifest();
    return { title: manifest.title, episodes, bible: await store.readBible(), decisions: await store.readDecisions() };
  } finally {
    await store.close();
  }
}

async function episodeFilesIn(dir: string): Promise<string[]> {
  const names = (await readdir(dir)).filter(isImportable).sort((a, b) => a.localeCompare(b, 'en'));
  if (!names.length) throw new InputError(`no episode files (${importableExtensions.join(', ')}) in ${dir}`);
  return names.map((n) => join(dir, n));
}

async function loadFiles(files: string[], title: string): Promise<LoadedSeries> {
  const episodes: Episode[] = [];
  const usedIds = new Set<string>();
  for (const file of files) {
    const info = await stat(file).catch(() => undefined);
    if (!info) throw new InputError(`cannot read ${file}: no such file`);
    if (!info.isFile()) throw new InputError(`cannot read ${file}: not a regular file`);
    if (!isImportable(file)) throw new InputError(`cannot read ${file}: unsupported file type (use ${importableExtensions.join(', ')})`);
    const imported = await importInWorker(file, { workerFile: importWorkerFile });
    const name = basename(file);
    imported.episodes.forEach((part, i) => {
      const single = imported.episodes.length === 1;
      let id = single ? basename(file, extname(file)) : `${basename(file, extname(file))}-${i + 1}`;
      while (usedIds.has(id)) id += '_';
      usedIds.add(id);
      episodes.push({ id, file: single ? name : `${name}#${i + 1}`, title: part.title || id, index: episodes.length, text: part.text });
    });
  }
  return { title, episodes };
}
