// The last analysis of a project, saved under .history/ so a large series opens at once; the next analysis replaces it.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EpisodeRef, SeriesAnalysis } from '../../engine/types';
import { atomicWrite } from '../store/atomicWrite';

const cacheFormat = 1;
export const analysisCacheFile = (root: string) => join(root, '.history', 'analysis-cache.json');

interface CacheFile {
  format: number;
  /** The episodes (id and file, in order) the analysis covered. */
  episodes: [string, string][];
  analysis: SeriesAnalysis;
}

const episodeKey = (refs: readonly EpisodeRef[]): [string, string][] => refs.map((e) => [e.id, e.file]);

/** The saved analysis when it covers exactly these episodes; undefined when there is none or it does not fit. */
export async function loadAnalysisCache(root: string, episodes: readonly EpisodeRef[]): Promise<SeriesAnalysis | undefined> {
  try {
    const cache = JSON.parse(await readFile(analysisCacheFile(root), 'utf8')) as CacheFile;
    if (cache?.format !== cacheFormat || !Array.isArray(cache.episodes) || !cache.analysis?.report) return undefined;
    if (JSON.stringify(cache.episodes) !== JSON.stringify(episodeKey(episodes))) return undefined;
    return cache.analysis;
  } catch {
    return undefined; // no cache, or a damaged one: analyse from scratch
  }
}

export async function saveAnalysisCache(root: string, episodes: readonly EpisodeRef[], analysis: SeriesAnalysis): Promise<void> {
  const cache: CacheFile = { format: cacheFormat, episodes: episodeKey(episodes), analysis };
  await atomicWrite(analysisCacheFile(root), JSON.stringify(cache));
}
