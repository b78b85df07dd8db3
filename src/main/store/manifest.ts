// The project manifest continuity.json: schema, validation, migration from older versions, and safe episode ids.
import { checkRelativePath } from './safeFs';
import { ProjectError } from './projectError';

export const manifestFile = 'continuity.json';
export const currentSchemaVersion = 1;
/** Most episodes a project opens (a guard against a damaged or hostile manifest). */
export const maxEpisodes = 5_000;

export interface ManifestEpisode {
  id: string;
  file: string;
  title: string;
}

export interface Manifest {
  schemaVersion: 1;
  title: string;
  language: 'de' | 'en';
  episodes: ManifestEpisode[];
  settings: Record<string, unknown>;
}

/** An episode id that is safe as a file name (annotations/<id>.json) and in URLs. */
export const episodeIdPattern = /^[A-Za-z0-9][A-Za-z0-9._-]{0,119}$/;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** True when no value inside `root` is nested deeper than `limit` (checked without recursion). */
function shallowEnough(root: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[root, 0]];
  let seen = 0;
  while (stack.length) {
    const [v, d] = stack.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    if (d > limit || ++seen > 100_000) return false;
    for (const child of Object.values(v)) stack.push([child, d + 1]);
  }
  return true;
}

export interface ParsedManifest {
  manifest: Manifest;
  /** Entries that were dropped, with the reason (the manifest must then not be rewritten). */
  problems: string[];
  /** True when the file was an older schema and has been migrated in memory. */
  migrated: boolean;
}

/** Brings an older manifest up to the current schema (version 0 / missing: the pre-release layout with "name"). */
function migrate(raw: Record<string, unknown>): { data: Record<string, unknown>; migrated: boolean } {
  const version = raw.schemaVersion ?? 0;
  if (version === currentSchemaVersion) return { data: raw, migrated: false };
  if (typeof version === 'number' && version > currentSchemaVersion) {
    throw new ProjectError(
      'newer-schema',
      `${manifestFile} was written by a newer version of Continuity Desk (schema ${version}); it is opened read-only.`,
      manifestFile,
    );
  }
  if (version === 0) {
    return { data: { ...raw, schemaVersion: 1, title: raw.title ?? raw.name, settings: raw.settings ?? {} }, migrated: true };
  }
  throw new ProjectError('corrupt', `${manifestFile}: unknown schemaVersion ${JSON.stringify(version)}.`, manifestFile);
}

/** Parses and checks continuity.json; throws ProjectError('corrupt') when it cannot be used at all. */
export function parseManifest(json: string): ParsedManifest {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (e) {
    throw new ProjectError('corrupt', `${manifestFile} is not valid JSON (${(e as Error).message}); it is left as it is.`, manifestFile);
  }
  if (!isRecord(raw)) throw new ProjectError('corrupt', `${manifestFile} does not hold a JSON object.`, manifestFile);
  const { data, migrated } = migrate(raw);
  const problems: string[] = [];
  const title = typeof data.title === 'string' && data.title.trim() ? data.title.slice(0, 500) : 'Untitled series';
  if (typeof data.title !== 'string') problems.push('the title is missing');
  const language = data.language === 'en' ? 'en' : 'de';
  if (data.language !== 'en' && data.language !== 'de') problems.push(`language ${JSON.stringify(data.language)} is not "de" or "en"`);
  let settings = isRecord(data.settings) ? data.settings : {};
  if (!shallowEnough(settings, 32)) {
    problems.push('the settings are nested too deeply and were ignored');
    settings = {};
  }
  if (!Array.isArray(data.episodes)) {
    throw new ProjectError('corrupt', `${manifestFile}: "episodes" is not a list.`, manifestFile);
  }
  const episodes: ManifestEpisode[] = [];
  const ids = new Set<string>();
  const files = new Set<string>();
  if (data.episodes.length > maxEpisodes) {
    problems.push(`the manifest lists ${data.episodes.length} episodes; only the first ${maxEpisodes} are opened`);
  }
  for (const [i, entry] of data.episodes.slice(0, maxEpisodes).entries()) {
    if (!isRecord(entry)) {
      problems.push(`episode ${i + 1} is not an object`);
      continue;
    }
    const { id, file, title: epTitle } = entry;
    if (typeof id !== 'string' || !episodeIdPattern.test(id)) {
      problems.push(`episode ${i + 1} has an unusable id ${JSON.stringify(id)?.slice(0, 60)}`);
      continue;
    }
    if (ids.has(id)) {
      problems.push(`episode id "${id}" appears twice`);
      continue;
    }
    let clean: string;
    try {
      clean = checkRelativePath(file);
    } catch (e) {
      problems.push(`episode "${id}": ${(e as Error).message}`);
      continue;
    }
    if (files.has(clean)) {
      problems.push(`episode "${id}": the file ${clean} is listed twice`);
      continue;
    }
    ids.add(id);
    files.add(clean);
    episodes.push({ id, file: clean, title: typeof epTitle === 'string' && epTitle ? epTitle.slice(0, 500) : id });
  }
  return { manifest: { schemaVersion: 1, title, language, episodes, settings }, problems, migrated };
}

export const serializeManifest = (m: Manifest): string => `${JSON.stringify(m, null, 2)}\n`;

const translit: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue', ß: 'ss' };

/** Makes a safe, unique episode id from a file name or title. */
export function makeEpisodeId(base: string, taken: Set<string>): string {
  let slug = base
    .replace(/[äöüÄÖÜß]/g, (c) => translit[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[^A-Za-z0-9]+/, '')
    .replace(/-+$/, '')
    .slice(0, 100);
  if (!slug) slug = 'episode';
  let id = slug;
  for (let n = 2; taken.has(id.toLowerCase()); n++) id = `${slug}-${n}`;
  taken.add(id.toLowerCase());
  return id;
}
