// Imports Fountain (.fountain) and Final Draft (.fdx) screenplays as one episode each, with their character cues.
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

export function importFdx(bytes: Uint8Array, name: string, deadline?: Deadline, maxDepth = defaultImportLimits.maxXmlDepth): ImportResult {
  const { text } = decodeText(bytes, name);
  const { episode, warnings } = screenplayToEpisode(parseFdx(text, name, maxDepth, deadline), fileStem(name));
  return { episodes: [episode], warnings };
}
