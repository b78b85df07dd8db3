// Imports Fountain (.fountain) and Final Draft (.fdx) screenplays as one episode each, with their character cues.
import { ProjectError } from '../store/projectError';
import { decodeText } from '../store/textCodec';
import { fileStem } from '../store/textMeta';
import type { Deadline } from './deadline';
import { defaultImportLimits, type ImportResult } from './importTypes';
import { parseFdx } from './parseFdx';
import { parseFountain } from './parseFountain';
import { screenplayToEpisode } from './screenplay';

export function importFountain(bytes: Uint8Array, name: string, deadline?: Deadline): ImportResult {
  const { text } = decodeText(bytes, name);
  const { episode, warnings } = screenplayToEpisode(parseFountain(text, deadline), fileStem(name));
  return { episodes: [episode], warnings };
}

/** Final Draft files of an episode are well under 2 MB; larger XML takes the parser too long to be worth it. */
export const maxFdxBytes = 10 * 1024 * 1024;

export function importFdx(bytes: Uint8Array, name: string, deadline?: Deadline, maxDepth = defaultImportLimits.maxXmlDepth): ImportResult {
  if (bytes.length > maxFdxBytes) {
    throw new ProjectError('too-large', `${name}: this Final Draft file is larger than ${maxFdxBytes / 1048576} MB; it was not read.`, name);
  }
  const { text } = decodeText(bytes, name);
  const { episode, warnings } = screenplayToEpisode(parseFdx(text, name, maxDepth, deadline), fileStem(name));
  return { episodes: [episode], warnings };
}
