// The entity layer's work on one episode: mentions found, keyed and grouped into episode-local entities.
import type { Bible, Language } from '../types';
import { findNames, type RawMention } from './findMentions';
import { nameTokens } from './nameTokens';
import { resolveLocalEntities, type KeyedMention, type LocalEntity } from './resolveLocalEntities';

export interface EpisodeEntityResult {
  mentions: KeyedMention[];
  entities: LocalEntity[];
  /** Names found in the text, before keys were given. */
  raw: RawMention[];
  /** Sentence-initial words that may be names if the rest of the series says so (see findNames). */
  candidates: RawMention[];
  /** Declared aliases → bible names, for resolving again with promoted candidates. */
  aliasToName: Map<string, string>;
}

/** Names in `text` grouped into local entities, with the bible's declared names and non-names applied. */
export function episodeEntities(text: string, language: Language, bible: Bible): EpisodeEntityResult {
  const aliasToName = new Map<string, string>();
  const knownNames: string[] = [];
  for (const e of bible.entities) {
    for (const n of [e.name, ...e.aliases]) {
      aliasToName.set(nameTokens(n, language).join(' '), e.name);
      knownNames.push(n);
    }
  }
  const { mentions: raw, candidates } = findNames(text, language, { notNames: bible.notNames, knownNames });
  return { ...resolveLocalEntities(raw, language, aliasToName), raw, candidates, aliasToName };
}
