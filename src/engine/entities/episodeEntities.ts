// The entity layer's work on one episode: mentions found, keyed and grouped into episode-local entities.
import type { Bible, Language } from '../types';
import { findMentions } from './findMentions';
import { nameTokens } from './nameTokens';
import { resolveLocalEntities, type KeyedMention, type LocalEntity } from './resolveLocalEntities';

export interface EpisodeEntityResult {
  mentions: KeyedMention[];
  entities: LocalEntity[];
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
  const raw = findMentions(text, language, { notNames: bible.notNames, knownNames });
  return resolveLocalEntities(raw, language, aliasToName);
}
