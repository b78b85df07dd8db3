// The series bible's canon facts as the bible view lists them: those of one entry, or all, in a stable reading order.
import type { CanonFact, Entity, EpisodeRef } from '../../engine/types';

const norm = (s: string): string => s.normalize('NFC').toLocaleLowerCase().replace(/\s+/g, ' ').trim();

/** One canon fact with the episode it holds from (absent: the whole series, or an episode no longer in the project). */
export interface CanonRow {
  fact: CanonFact;
  episode?: EpisodeRef;
}

/** Whether a canon fact's subject names the entity (by id, name or an alias, ignoring case and spacing). */
export const canonNames = (fact: CanonFact, entity: Entity): boolean => {
  const subject = norm(fact.subject);
  return [entity.id, entity.name, ...entity.aliases].some((n) => norm(n) === subject);
};

/** Identity of a canon fact as the service compares it when taking it out again. */
export const canonKey = (fact: CanonFact): string => JSON.stringify([fact.subject, fact.predicate, fact.object, fact.episode ?? '']);

/**
 * The canon facts to list: of `entity` when given, else all (ordered by subject); then by the episode they hold from
 * (whole-series facts first), then by property, so a person's canon reads top to bottom.
 */
export function canonRows(facts: readonly CanonFact[], episodes: readonly EpisodeRef[], entity?: Entity): CanonRow[] {
  const byFile = new Map(episodes.map((e) => [e.file, e]));
  return facts
    .filter((f) => !entity || canonNames(f, entity))
    .map((fact) => ({ fact, episode: fact.episode ? byFile.get(fact.episode) : undefined }))
    .sort(
      (a, b) =>
        (entity ? 0 : norm(a.fact.subject).localeCompare(norm(b.fact.subject))) ||
        (a.episode?.index ?? (a.fact.episode ? Infinity : -1)) - (b.episode?.index ?? (b.fact.episode ? Infinity : -1)) ||
        a.fact.predicate.localeCompare(b.fact.predicate),
    );
}

/** The list after one fact left it (the view shows this at once; the re-read bible follows). */
export const withoutCanon = (facts: readonly CanonFact[], gone: CanonFact): CanonFact[] => facts.filter((f) => canonKey(f) !== canonKey(gone));
