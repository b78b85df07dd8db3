// Series evidence for sentence-initial words: a candidate becomes a name when another episode names it or a spelling of it.
import { isGivenName } from '../lang/lexicon';
import type { Language } from '../types';
import type { RawMention } from './findMentions';
import { resolveLocalEntities, type KeyedMention, type LocalEntity } from './resolveLocalEntities';
import { areSpellingVariants, variantBlockingKeys } from './spellingVariants';

export interface CandidateEpisode {
  language: Language;
  raw: RawMention[];
  candidates: RawMention[];
  aliasToName: ReadonlyMap<string, string>;
  mentions: KeyedMention[];
  entities: LocalEntity[];
  /** Identifies the episode's content, so a re-resolution can be reused from `memo`. */
  cacheKey?: string;
}

export type Local = { mentions: KeyedMention[]; entities: LocalEntity[] };

/** Whether a word is a name the series establishes: a name word of some episode's entities, or a spelling of one. */
export type Confirmer = (word: string, language: Language) => boolean;

/** The name words an episode contributes to the series' evidence (with its language): equal lists confirm the same words. */
export function establishedWords(ep: Pick<CandidateEpisode, 'entities' | 'language'>): string {
  const words = new Set<string>();
  for (const e of ep.entities) for (const t of e.tokens) if (t.length >= 3 && /^\p{Lu}/u.test(t)) words.add(t);
  return ep.language + '\u0000' + [...words].sort().join('\u0000');
}

/** The confirmer built from every episode's local entities. */
export function seriesConfirmer(episodes: Pick<CandidateEpisode, 'entities' | 'language'>[]): Confirmer {
  const established = new Map<string, Language>();
  for (const ep of episodes) {
    for (const e of ep.entities) for (const t of e.tokens) if (t.length >= 3 && /^\p{Lu}/u.test(t)) established.set(t, ep.language);
  }
  const blocks = new Map<string, string[]>();
  for (const [token, language] of established) {
    for (const k of variantBlockingKeys(token, language)) {
      if (!blocks.has(k)) blocks.set(k, []);
      blocks.get(k)!.push(token);
    }
  }
  const knownSpelling = (word: string, language: Language): boolean =>
    established.has(word) || variantBlockingKeys(word, language).some((k) => (blocks.get(k) ?? []).some((t) => areSpellingVariants(t, word, language)));
  // A German genitive counts by its stem ("Katrins" beside "Kathrin").
  return (word, language) =>
    knownSpelling(word, language) || (language === 'de' && /[^s]s$/u.test(word) && word.length >= 5 && !isGivenName(word) && knownSpelling(word.slice(0, -1), language));
}

/** One episode's mentions and entities with the candidates `confirmed` accepts added as names. */
export function promoteEpisode(ep: CandidateEpisode, confirmed: Confirmer, memo?: Map<string, Local>): Local {
  const promoted = ep.candidates.filter((c) => confirmed(c.name[0], ep.language));
  if (promoted.length === 0) return { mentions: ep.mentions, entities: ep.entities };
  const key = ep.cacheKey === undefined ? undefined : ep.cacheKey + '|' + promoted.map((c) => c.start).join(',');
  const hit = key === undefined ? undefined : memo?.get(key);
  if (hit) return hit;
  const all = [...ep.raw, ...promoted].sort((a, b) => a.start - b.start);
  const result = resolveLocalEntities(all, ep.language, ep.aliasToName);
  if (key !== undefined && memo) memo.set(key, result);
  return result;
}

/** Each episode's mentions and entities, with candidates the series confirms added as names. */
export function promoteCandidates(episodes: CandidateEpisode[], memo?: Map<string, Local>): Local[] {
  const confirmed = seriesConfirmer(episodes);
  return episodes.map((ep) => promoteEpisode(ep, confirmed, memo));
}
