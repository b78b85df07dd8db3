// Entry point of the importers: picks the importer by extension, reads files and folders with size and time caps.
import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { ProjectError, toProjectError } from '../store/projectError';
import { readRegularFile } from '../store/safeFs';
import { Deadline } from './deadline';
import { importDocx } from './importDocx';
import { importFdx, importFountain } from './importScreenplay';
import { importText } from './importText';
import { defaultImportLimits, type ImportLimits, type ImportResult } from './importTypes';
import type { SplitOptions } from './splitEpisodes';

export type { ImportResult, ImportedEpisode, ImportLimits } from './importTypes';

const importers: Record<string, 'text' | 'fountain' | 'fdx' | 'docx'> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'text',
  '.markdown': 'text',
  '.fountain': 'fountain',
  '.spmd': 'fountain',
  '.fdx': 'fdx',
  '.docx': 'docx',
};

export const importableExtensions = Object.keys(importers);

const withTimeout = <T>(p: Promise<T>, ms: number, name: string): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    const t = setTimeout(
      () => reject(new ProjectError('timeout', `${name}: the import took longer than ${Math.round(ms / 1000)} s and was stopped.`, name)),
      ms,
    );
    p.then(
      (v) => {
        clearTimeout(t);
        resolve(v);
      },
      (e) => {
        clearTimeout(t);
        reject(e);
      },
    );
  });

/** Imports the bytes of one file by its name's extension; throws a ProjectError a writer can read. */
export async function importBytes(
  bytes: Uint8Array,
  name: string,
  limits: ImportLimits = defaultImportLimits,
  split?: SplitOptions,
): Promise<ImportResult> {
  const kind = importers[extname(name).toLowerCase()];
  if (!kind) {
    throw new ProjectError('unsupported', `${name}: cannot import this kind of file (use ${importableExtensions.join(', ')}).`, name);
  }
  if (bytes.length > limits.maxBytes) {
    throw new ProjectError('too-large', `${name}: the file is too large to import (at most ${Math.round(limits.maxBytes / 1048576)} MB).`, name);
  }
  const deadline = new Deadline(limits.timeoutMs, name);
  const run = async (): Promise<ImportResult> => {
    switch (kind) {
      case 'text':
        return importText(bytes, name, deadline, split);
      case 'fountain':
        return importFountain(bytes, name, deadline);
      case 'fdx':
        return importFdx(bytes, name, deadline, limits.maxXmlDepth);
      case 'docx':
        return importDocx(bytes, name, deadline, limits, split);
    }
  };
  try {
    const result = await withTimeout(run(), limits.timeoutMs, name);
    if (result.episodes.length > limits.maxEpisodes) {
      throw new ProjectError('too-large', `${name}: the file splits into ${result.episodes.length} episodes (at most ${limits.maxEpisodes}).`, name);
    }
    if (!result.episodes.some((e) => e.text.trim())) {
      throw new ProjectError('corrupt', `${name}: the file holds no text to import.`, name);
    }
    return result;
  } catch (e) {
    if (e instanceof RangeError) {
      throw new ProjectError('unsafe-input', `${name}: the file is too deeply structured to read safely.`, name, { cause: e });
    }
    throw toProjectError(e, name);
  }
}

/** Imports one file, or every importable file of a folder (in file-name order). */
export interface ImportProgress {
  done: number;
  total: number;
  /** The file just finished. */
  file: string;
}

export async function importPath(
  path: string,
  limits: ImportLimits = defaultImportLimits,
  onProgress?: (progress: ImportProgress) => void,
  split?: SplitOptions,
): Promise<ImportResult> {
  const name = basename(path);
  let st;
  try {
    st = await stat(path);
  } catch (e) {
    throw toProjectError(e, path);
  }
  if (st.isDirectory()) {
    const names = (await readdir(path))
      .filter((n) => !n.startsWith('.') && importers[extname(n).toLowerCase()])
      .sort((a, b) => a.localeCompare(b, 'en', { numeric: true, sensitivity: 'base' }));
    if (!names.length) throw new ProjectError('not-found', `${path}: the folder holds no importable files.`, path);
    const out: ImportResult = { episodes: [], warnings: [] };
    for (const [i, n] of names.entries()) {
      try {
        // In a folder each file is one episode, unless it holds several "Folge N" / "Episode N" headings.
        const r = await importPath(join(path, n), limits, undefined, { atMarkdownHeadings: false });
        out.episodes.push(...r.episodes);
        out.warnings.push(...r.warnings);
      } catch (e) {
        out.warnings.push(`${n} was skipped: ${toProjectError(e, n).message}`);
      }
      onProgress?.({ done: i + 1, total: names.length, file: n });
    }
    if (!out.episodes.length) throw new ProjectError('corrupt', `${path}: none of its files could be imported.`, path);
    return out;
  }
  const bytes = await readRegularFile(path, name, limits.maxBytes);
  const result = await importBytes(bytes, name, limits, split);
  onProgress?.({ done: 1, total: 1, file: name });
  return result;
}
