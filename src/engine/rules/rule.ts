// The shape of a conflict rule: facts and entities of the whole series in, findings out.
import type { Bible, Conflict, Entity, EpisodeRef, Fact, Language, Mention } from '../types';

export interface RuleEpisode extends EpisodeRef {
  language: Language;
}

/** Everything a rule may look at. Facts and mentions carry global entity ids. */
export interface RuleInput {
  /** In series order. */
  episodes: RuleEpisode[];
  entities: Entity[];
  facts: Fact[];
  /** Mentions per episode file name. */
  mentions: Record<string, Mention[]>;
  bible: Bible;
}

/**
 * A conflict as a rule reports it. `key` identifies it within its kind independent of offsets and
 * wording (e.g. "father|<entity id>|<object a>|<object b>" with objects sorted), so the pipeline can
 * derive a fingerprint that survives edits elsewhere in the text.
 */
export type Finding = Omit<Conflict, 'id' | 'status' | 'note'> & { key: string };

export type Rule = (input: RuleInput) => Finding[];
