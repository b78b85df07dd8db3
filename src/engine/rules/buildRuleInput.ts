// Builds a RuleInput from terse fact rows: for rule tests and tools that run rules without the pipeline.
import { emptyBible, type Fact, type Language, type Modality } from '../types';
import type { RuleInput } from './rule';

/** [subject, predicate, object, modality?, episode number?, offset?, quote?] */
export type FactRow = [string, string, string, Modality?, number?, number?, string?];

/** Episodes "e0.txt" … in order; entities named after their ids; each row a fact quoted as written. */
export function buildRuleInput(rows: FactRow[], options: { episodes?: number; language?: Language } = {}): RuleInput {
  const count = Math.max(options.episodes ?? 0, ...rows.map((r) => (r[4] ?? 0) + 1));
  const language = options.language ?? 'de';
  const episodes = Array.from({ length: count }, (_, i) => ({ id: `e${i}`, title: `e${i}`, file: `e${i}.txt`, index: i, language }));
  const facts: Fact[] = rows.map(([subject, predicate, object, modality = 'asserted', ep = 0, start = 0, quote], i) => {
    const q = quote ?? `${subject} ${predicate} ${object}`;
    return { id: `f${i}`, subject, predicate, object, modality, episode: `e${ep}.txt`, quote: q, start, end: start + q.length };
  });
  const ids = new Set(facts.flatMap((f) => [f.subject, f.object]).filter((s) => /^[A-Z]/.test(s)));
  const entities = [...ids].map((id) => ({ id, kind: 'character' as const, name: id, aliases: [], mentions: 1, episodes: [] }));
  return { episodes, entities, facts, mentions: {}, bible: emptyBible() };
}
