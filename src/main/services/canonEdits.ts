// Takes an extracted fact into the series bible as canon (replacing canon it contradicts) and takes it out again.
import type { Bible, CanonFact, Entity, Fact } from '../../engine/types';
import { canonSlot } from '../../engine/rules/canon';
import { ServiceError } from './serviceError';

const norm = (s: string): string => s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();

/** The canon fact a writer means by "take this as canon": names instead of ids, the slot as predicate, the episode it came from. */
export function canonFromFact(fact: Fact, entities: Entity[]): CanonFact {
  const slot = canonSlot(fact.predicate);
  if (!slot) throw new ServiceError('bad-arguments', `"${fact.predicate}" is not a property the bible can fix.`);
  const names = new Map(entities.map((e) => [e.id, e.name]));
  const subject = names.get(fact.subject) ?? fact.subject;
  const object = slot === 'vital' ? (fact.object === 'dead' ? 'dead' : 'alive') : (names.get(fact.object) ?? fact.object);
  return { subject, predicate: slot, object, episode: fact.episode };
}

/** Entity ids a bible subject names (by id, name or alias); the name itself when no entity has it. */
function subjectIds(name: string, entities: Entity[]): Set<string> {
  const k = norm(name);
  const ids = entities.filter((e) => [e.id, e.name, ...e.aliases].some((n) => norm(n) === k)).map((e) => e.id);
  return new Set(ids.length ? ids : [`name:${k}`]);
}

const sameFact = (a: CanonFact, b: CanonFact): boolean =>
  a.subject === b.subject && a.predicate === b.predicate && a.object === b.object && (a.episode ?? '') === (b.episode ?? '');

/** The bible with `fact` as canon: canon of the same person and property is replaced (and returned, for undo). */
export function withCanonFact(bible: Bible, fact: CanonFact, entities: Entity[]): { bible: Bible; replaced: CanonFact[] } {
  const slot = canonSlot(fact.predicate);
  const ids = subjectIds(fact.subject, entities);
  const replaced: CanonFact[] = [];
  const kept = bible.facts.filter((f) => {
    const same = canonSlot(f.predicate) === slot && [...subjectIds(f.subject, entities)].some((id) => ids.has(id));
    if (same) replaced.push(f);
    return !same;
  });
  return { bible: { ...bible, facts: [...kept, fact] }, replaced };
}

/** Undoes withCanonFact: the fact leaves the bible and what it replaced comes back (each once). */
export function withoutCanonFact(bible: Bible, fact: CanonFact, restore: CanonFact[]): Bible {
  const facts = bible.facts.filter((f) => !sameFact(f, fact));
  for (const r of restore) if (!facts.some((f) => sameFact(f, r))) facts.push(r);
  return { ...bible, facts };
}
