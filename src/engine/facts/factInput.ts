// What fact extraction gets for one episode: its text, language and the entity mentions found in it.
import type { EntityKind, Episode, Language, Mention } from '../types';

/**
 * Mentions here carry an episode-local entity key in `entity` (e.g. "Kathrin Globisch"); the series
 * pass maps keys to global entity ids afterwards. Facts extracted from this input use the same keys
 * as subject (and as object when the object is an entity); any other object is a literal value.
 */
export interface FactInput {
  episode: Episode;
  language: Language;
  mentions: Mention[];
  /** Kind of a local entity key. */
  kindOf(key: string): EntityKind | undefined;
  /** Grammatical gender of a local entity key when the text shows it ("Frau", "sie", "Mrs"). */
  genderOf(key: string): 'female' | 'male' | undefined;
}
