// `continuity import FILE... --project DIR`: imports files into a project (creating it), one-line errors and exit 2 on bad input.
import { basename } from 'node:path';
import type { BibleEntity } from '../engine/types';
import type { ImportedEpisode } from '../main/importers/importFiles';
import { findImportWorker, importInWorker } from '../main/importers/importHost';
import { ProjectError, toProjectError } from '../main/store/projectError';
import { openProject, type ProjectStore } from '../main/store/projectStore';
import { roughLanguage } from '../main/store/textMeta';

export interface ImportOutput {
  log(line: string): void;
  error(line: string): void;
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Adds the screenplays' character cues to the bible as characters, unless a bible entry already has that name. */
async function addKnownCharacters(store: ProjectStore, episodes: ImportedEpisode[]): Promise<number> {
  const names = [...new Set(episodes.flatMap((e) => e.knownCharacters))];
  if (!names.length) return 0;
  const bible = await store.readBible();
  const known = new Set(bible.entities.flatMap((e) => [e.name, ...e.aliases]).map((n) => n.toLowerCase()));
  const ids = new Set(bible.entities.map((e) => e.id));
  const added: BibleEntity[] = [];
  for (const name of names) {
    if (known.has(name.toLowerCase())) continue;
    known.add(name.toLowerCase());
    let id = `character-${name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '')}`;
    for (let n = 2; ids.has(id); n++) id = `${id}-${n}`;
    ids.add(id);
    added.push({ id, kind: 'character', name, aliases: [] });
  }
  if (added.length) await store.writeBible({ ...bible, entities: [...bible.entities, ...added] });
  return added.length;
}

/**
 * Imports `files` (files or folders) into the project at `projectDir`, creating it if needed. All inputs are read
 * first; if any cannot be imported nothing is written and the exit code is 2. Returns 0 on success.
 */
export async function runImport(files: string[], projectDir: string, out: ImportOutput): Promise<number> {
  if (!files.length) {
    out.error('continuity import: no files given.');
    return 2;
  }
  const episodes: ImportedEpisode[] = [];
  let failed = false;
  for (const file of files) {
    try {
      const result = await importInWorker(file, { workerFile: findImportWorker() }); // a capped child process when built
      episodes.push(...result.episodes);
      for (const w of result.warnings) out.log(`note: ${oneLine(w)}`);
    } catch (e) {
      failed = true;
      const err = toProjectError(e, file);
      out.error(`continuity import: ${oneLine(err.message.startsWith(file) || err.message.includes(basename(file)) ? err.message : `${file}: ${err.message}`)}`);
    }
  }
  if (failed) {
    out.error('continuity import: nothing was imported.');
    return 2;
  }
  let store: ProjectStore | undefined;
  try {
    const sample = episodes.map((e) => e.text.slice(0, 20_000)).join('\n');
    store = await openProject(projectDir, { create: true, watch: false, language: roughLanguage(sample) });
    if (store.readOnly) {
      out.error(`continuity import: ${oneLine(store.readOnlyReason ?? 'the project is read-only.')}`);
      return 2;
    }
    for (const ep of episodes) {
      const ref = await store.addEpisode({ title: ep.title, text: ep.text });
      out.log(`imported "${ref.title}" as ${ref.file}`);
    }
    const added = await addKnownCharacters(store, episodes);
    if (added) out.log(`added ${added} screenplay character(s) to bible.json`);
    out.log(`${episodes.length} episode(s) imported into ${projectDir}`);
    return 0;
  } catch (e) {
    const err = e instanceof ProjectError ? e : toProjectError(e, projectDir);
    out.error(`continuity import: ${oneLine(err.message)}`);
    return 2;
  } finally {
    await store?.close();
  }
}
