// Imports .txt and .md files: encodings as the store reads them, split at episode headings when there are several.
import { decodeText } from '../store/textCodec';
import type { Deadline } from './deadline';
import type { ImportResult } from './importTypes';
import { splitEpisodes, type SplitOptions } from './splitEpisodes';

/** Imports a plain-text or Markdown file's bytes; `name` is used in titles and messages. */
export function importText(bytes: Uint8Array, name: string, deadline?: Deadline, split?: SplitOptions): ImportResult {
  const { text, format } = decodeText(bytes, name);
  const result = splitEpisodes(text, name, deadline, split);
  if (format.encoding !== 'utf-8') result.warnings.unshift(`${name}: read as ${format.encoding}; the episodes are stored as UTF-8.`);
  return result;
}
