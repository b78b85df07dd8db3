// The last analysis of a project, saved under .history/ in sections so a large series opens at once: one episode's view reads a few kB.
import { createHash } from 'node:crypto';
import { open, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Conflict, EpisodeRef, Mention, SeriesAnalysis } from '../../engine/types';
import { atomicWrite } from '../store/atomicWrite';

/**
 * Format 2: one line of JSON (the header: the episodes covered and where each section starts), then the sections, each
 * a JSON text at a byte range after the header line: the report's project, entities, facts and conflicts, and each
 * episode's mentions. Format 1 (the whole analysis as one JSON text) is no longer read: it is simply analysed afresh.
 */
const cacheFormat = 2;
export const analysisCacheFile = (root: string) => join(root, '.history', 'analysis-cache.json');

type Range = [start: number, length: number];

interface CacheHeader {
  format: number;
  /** The episodes (id and file, in order) the analysis covered. */
  episodes: [string, string][];
  sections: { project: Range; entities: Range; facts: Range; conflicts: Range };
  /** Mentions per episode file, in the analysis' order. */
  mentions: [string, ...Range][];
  /** Per episode file, the hash (episodeTextHash) of the text that was analysed; absent in caches saved without it. */
  hashes?: Record<string, string>;
}

/** The hash a cache keeps of each analysed text, to tell a saved episode view from a stale one. */
export const episodeTextHash = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** What an opening needs of one episode: its underlined names and the conflicts with evidence in it. */
export interface CachedEpisodeView {
  mentions: Mention[];
  conflicts: Conflict[];
}

/** A saved analysis opened for reading, section by section. */
export interface OpenedAnalysisCache {
  /** One episode's mentions and conflicts, without reading the facts or other episodes. */
  episodeView(file: string): Promise<CachedEpisodeView>;
  /** The whole saved analysis. */
  analysis(): Promise<SeriesAnalysis>;
  /** The hash (episodeTextHash) of the text this episode had when analysed; undefined when the cache does not know it. */
  textHash(file: string): string | undefined;
}

const episodeKey = (refs: readonly EpisodeRef[]): [string, string][] => refs.map((e) => [e.id, e.file]);

function validRange(r: unknown): r is Range {
  return Array.isArray(r) && r.length === 2 && Number.isInteger(r[0]) && Number.isInteger(r[1]) && r[0] >= 0 && r[1] >= 0;
}

function validHeader(h: unknown): h is CacheHeader {
  const header = h as CacheHeader;
  return (
    !!header &&
    header.format === cacheFormat &&
    Array.isArray(header.episodes) &&
    !!header.sections &&
    (['project', 'entities', 'facts', 'conflicts'] as const).every((k) => validRange(header.sections[k])) &&
    Array.isArray(header.mentions) &&
    header.mentions.every((m) => Array.isArray(m) && typeof m[0] === 'string' && validRange(m.slice(1))) &&
    (header.hashes === undefined ||
      (typeof header.hashes === 'object' && header.hashes !== null && !Array.isArray(header.hashes) &&
        Object.values(header.hashes).every((h) => typeof h === 'string')))
  );
}

/** The header line of a cache file and where its body starts; undefined when the file does not start with one. */
async function readHeader(file: string): Promise<{ header: CacheHeader; body: number } | undefined> {
  const handle = await open(file, 'r');
  try {
    const chunks: Buffer[] = [];
    let read = 0;
    for (;;) {
      const chunk = Buffer.alloc(1 << 16);
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, read);
      if (bytesRead === 0) return undefined;
      const part = chunk.subarray(0, bytesRead);
      const newline = part.indexOf(10);
      if (newline >= 0) {
        chunks.push(part.subarray(0, newline));
        const header: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        return validHeader(header) ? { header, body: read + newline + 1 } : undefined;
      }
      chunks.push(part);
      read += bytesRead;
      if (read > 64 << 20) return undefined; // no header line this long: not ours
    }
  } finally {
    await handle.close();
  }
}

async function readSection<T>(file: string, body: number, [start, length]: Range): Promise<T> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, body + start);
    if (bytesRead !== length) throw new Error('analysis cache is shorter than its header says');
    return JSON.parse(buffer.toString('utf8')) as T;
  } finally {
    await handle.close();
  }
}

/**
 * The saved analysis opened lazily when it covers exactly these episodes (ids and files, in order); undefined when there
 * is none, it is damaged or it does not fit. Only the header is read here.
 */
export async function openAnalysisCache(root: string, episodes: readonly EpisodeRef[]): Promise<OpenedAnalysisCache | undefined> {
  const file = analysisCacheFile(root);
  let opened: Awaited<ReturnType<typeof readHeader>>;
  try {
    opened = await readHeader(file);
  } catch {
    return undefined; // no cache, or a damaged one: analyse from scratch
  }
  if (!opened) return undefined;
  const { header, body } = opened;
  const wanted = episodeKey(episodes);
  if (header.episodes.length !== wanted.length || header.episodes.some((e, i) => !Array.isArray(e) || e[0] !== wanted[i][0] || e[1] !== wanted[i][1])) return undefined;
  const mentionRanges = new Map<string, Range>(header.mentions.map(([f, start, length]) => [f, [start, length]]));
  let conflicts: Promise<Conflict[]> | undefined;
  const allConflicts = () => (conflicts ??= readSection<Conflict[]>(file, body, header.sections.conflicts));
  const hashes = new Map(Object.entries(header.hashes ?? {}));
  return {
    textHash: (episodeFile) => hashes.get(episodeFile),
    async episodeView(episodeFile) {
      const range = mentionRanges.get(episodeFile);
      const [mentions, all] = await Promise.all([range ? readSection<Mention[]>(file, body, range) : Promise.resolve([]), allConflicts()]);
      return { mentions, conflicts: all.filter((c) => c.evidence.some((e) => e.episode === episodeFile)) };
    },
    async analysis() {
      const text = await readFile(file);
      const section = <T>([start, length]: Range): T => JSON.parse(text.toString('utf8', body + start, body + start + length)) as T;
      const mentions: Record<string, Mention[]> = {};
      for (const [f, start, length] of header.mentions) mentions[f] = section<Mention[]>([start, length]);
      return {
        report: {
          schemaVersion: 1,
          project: section(header.sections.project),
          entities: section(header.sections.entities),
          facts: section(header.sections.facts),
          conflicts: section(header.sections.conflicts),
        },
        mentions,
      };
    },
  };
}

/** The saved analysis when it covers exactly these episodes; undefined when there is none or it does not fit. */
export async function loadAnalysisCache(root: string, episodes: readonly EpisodeRef[]): Promise<SeriesAnalysis | undefined> {
  try {
    return await (await openAnalysisCache(root, episodes))?.analysis();
  } catch {
    return undefined;
  }
}

/** `hashes`: per episode file, episodeTextHash of the text analysed (lets an opening serve single episodes' views). */
export async function saveAnalysisCache(
  root: string,
  episodes: readonly EpisodeRef[],
  analysis: SeriesAnalysis,
  hashes?: Record<string, string>,
): Promise<void> {
  const parts: Buffer[] = [];
  let at = 0;
  const put = (value: unknown): Range => {
    const bytes = Buffer.from(JSON.stringify(value), 'utf8');
    parts.push(bytes);
    const range: Range = [at, bytes.length];
    at += bytes.length;
    return range;
  };
  const { report } = analysis;
  const sections = { project: put(report.project), entities: put(report.entities), facts: put(report.facts), conflicts: put(report.conflicts) };
  const mentions: [string, ...Range][] = Object.entries(analysis.mentions).map(([f, list]) => [f, ...put(list)]);
  const header: CacheHeader = { format: cacheFormat, episodes: episodeKey(episodes), sections, mentions, ...(hashes ? { hashes } : {}) };
  await atomicWrite(analysisCacheFile(root), Buffer.concat([Buffer.from(JSON.stringify(header) + '\n', 'utf8'), ...parts]));
}
