// The sides of a conflict a writer can take as canon: one per "canon" quick fix, with its passage and episode.
import type { Conflict, EpisodeRef, Fact } from '../../engine/types';

export interface CanonChoice {
  factId: string;
  /** The passage the fact was read from, shortened for a button. */
  quote: string;
  /** Episode file name and title. */
  episode: string;
  episodeTitle: string;
}

const maxQuote = 60;

/** Shortens a passage to a button's length at a word boundary. */
export function shortQuote(quote: string, max = maxQuote): string {
  const q = quote.replace(/\s+/g, ' ').trim();
  if (q.length <= max) return q;
  const cut = q.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}

/** The canon choices of an open conflict whose facts are in the current report, in the order the engine offers them. */
export function canonChoices(conflict: Conflict, facts: ReadonlyMap<string, Fact>, episodesByFile: ReadonlyMap<string, EpisodeRef>): CanonChoice[] {
  if (conflict.status !== 'open') return [];
  const out: CanonChoice[] = [];
  for (const fix of conflict.fixes ?? []) {
    if (fix.kind !== 'canon') continue;
    const fact = facts.get(fix.factId);
    if (!fact) continue;
    out.push({ factId: fact.id, quote: shortQuote(fact.quote), episode: fact.episode, episodeTitle: episodesByFile.get(fact.episode)?.title ?? fact.episode });
  }
  return out;
}
