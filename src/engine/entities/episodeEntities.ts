// The entity layer's work on one episode: mentions found, keyed and grouped into episode-local entities.
import type { Bible, Language } from '../types';
import { findDeclaredAliases } from './declaredAliases';
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

interface BibleNames {
  aliasToName: Map<string, string>;
  knownNames: readonly string[];
  notNames: readonly string[];
}

/** What the bible declares, read once per bible and language (a series run passes one bible for every episode). */
const bibleNames = new WeakMap<Bible, Partial<Record<Language, BibleNames>>>();

function namesOf(bible: Bible, language: Language): BibleNames {
  let byLanguage = bibleNames.get(bible);
  if (!byLanguage) bibleNames.set(bible, (byLanguage = {}));
  let names = byLanguage[language];
  if (!names) {
    const aliasToName = new Map<string, string>();
    const knownNames: string[] = [];
    for (const e of bible.entities) {
      for (const n of [e.name, ...e.aliases]) {
        aliasToName.set(nameTokens(n, language).join(' '), e.name);
        knownNames.push(n);
      }
    }
    // Frozen lists: findNames may keep the sets it builds from them.
    names = { aliasToName, knownNames: Object.freeze(knownNames), notNames: Object.freeze([...bible.notNames]) };
    byLanguage[language] = names;
  }
  return names;
}

/** Names in `text` grouped into local entities, with the bible's declared names and non-names applied. */
export function episodeEntities(text: string, language: Language, bible: Bible): EpisodeEntityResult {
  const { aliasToName, knownNames, notNames } = namesOf(bible, language);
  const { mentions: raw, candidates } = findNames(text, language, { notNames, knownNames });
  // Nicknames the episode itself declares ("Josef Haber, genannt Sepp"); the bible's declarations win.
  const declared = findDeclaredAliases(text, raw, language);
  const aliases = declared.size === 0 ? aliasToName : new Map([...declared, ...aliasToName]);
  return { ...resolveLocalEntities(raw, language, aliases), raw, candidates, aliasToName: aliases };
}
