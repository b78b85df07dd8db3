// What the series claims about one character, episode by episode: the fact history shown in the cast overview.
import type { Entity, EpisodeRef, Fact } from '../../engine/types';

export interface FactEntry {
  fact: Fact;
  episode: EpisodeRef | undefined;
  /** The object as a writer reads it: another entity's name, or the literal value. */
  object: string;
  /** How many later passages repeat this claim before it changes (shown as "+n"). */
  repeats: number;
}

/**
 * The claims in series order, each kept only where it first appears or changes (per predicate and modality): a
 * character who "acts" in every scene shows once, and the episode where they die shows as the change.
 */
export function factHistory(entity: Entity, facts: Fact[], episodes: EpisodeRef[], entities: Entity[]): FactEntry[] {
  const byFile = new Map(episodes.map((e) => [e.file, e]));
  const names = new Map(entities.map((e) => [e.id, e.name]));
  const ordered = facts
    .filter((f) => f.subject === entity.id)
    .map((fact) => ({ fact, episode: byFile.get(fact.episode), object: names.get(fact.object) ?? fact.object, repeats: 0 }))
    .sort((a, b) => (a.episode?.index ?? Number.MAX_SAFE_INTEGER) - (b.episode?.index ?? Number.MAX_SAFE_INTEGER) || a.fact.start - b.fact.start);
  const last = new Map<string, FactEntry>();
  const shown: FactEntry[] = [];
  for (const entry of ordered) {
    const key = `${entry.fact.predicate}\u0000${entry.fact.modality}`;
    const previous = last.get(key);
    if (previous && previous.object === entry.object) {
      previous.repeats++;
      continue;
    }
    last.set(key, entry);
    shown.push(entry);
  }
  return shown;
}
