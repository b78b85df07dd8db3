// Series bible edits from the bible view: declare or split off an alias, merge two entries; each returns a new Bible.
import type { Bible, BibleEntity, Entity } from '../../engine/types';

const same = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0;
const has = (list: string[] | undefined, name: string) => (list ?? []).some((n) => same(n, name));
const namesOf = (e: { name: string; aliases: string[] }) => [e.name, ...e.aliases];

/** The bible entry declaring this entity: the one with its id, else one that shares its name. */
function findDeclared(bible: Bible, entity: Entity): BibleEntity | undefined {
  return bible.entities.find((b) => b.id === entity.id) ?? bible.entities.find((b) => has(namesOf(b), entity.name));
}

/** A fresh bible id from a name, unique in the bible. */
function newId(bible: Bible, name: string): string {
  const slug = name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'entry';
  let id = `bible-${slug}`;
  for (let n = 2; bible.entities.some((b) => b.id === id); n++) id = `bible-${slug}-${n}`;
  return id;
}

function replaceEntry(bible: Bible, entry: BibleEntity, previous: BibleEntity | undefined): Bible {
  const entities = previous ? bible.entities.map((b) => (b === previous ? entry : b)) : [...bible.entities, entry];
  return { ...bible, entities };
}

/** Pairs that say these two names are different people, removed (they are now declared one). */
function withoutDistinct(bible: Bible, a: string[], b: string[]): [string, string][] {
  return bible.distinct.filter(([x, y]) => !((has(a, x) && has(b, y)) || (has(a, y) && has(b, x))));
}

/** Declares another name of an entity: the entity is written into the bible (by its id) with the alias. */
export function withAlias(bible: Bible, entity: Entity, alias: string): Bible {
  const name = alias.trim();
  if (!name || same(name, entity.name)) return bible;
  const declared = findDeclared(bible, entity);
  if (declared && has(declared.aliases, name)) return bible;
  // Another entry that holds this name gives it up: one name belongs to one entry.
  const others = bible.entities
    .filter((b) => b !== declared && has(b.aliases, name))
    .map((b) => ({ ...b, aliases: b.aliases.filter((n) => !same(n, name)) }));
  const cleaned = { ...bible, entities: bible.entities.map((b) => others.find((o) => o.id === b.id) ?? b) };
  const current = cleaned.entities.find((b) => b.id === declared?.id);
  const entry: BibleEntity = {
    ...(current ?? { id: entity.id, kind: entity.kind, name: entity.name, aliases: [] }),
    aliases: [...(current?.aliases ?? []), name],
    notAliases: (current?.notAliases ?? []).filter((n) => !same(n, name)),
  };
  if (entry.notAliases?.length === 0) delete entry.notAliases;
  return { ...replaceEntry(cleaned, entry, current), distinct: withoutDistinct(cleaned, [name], namesOf(entry)) };
}

/**
 * Splits a name off an entity: the entity's entry no longer lists it and records it as not an alias, and the name gets
 * an entry of its own (so it is never merged back by the first-name rule either).
 */
export function withoutAlias(bible: Bible, entity: Entity, alias: string): Bible {
  const name = alias.trim();
  if (!name || same(name, entity.name)) return bible;
  const declared = findDeclared(bible, entity);
  const entry: BibleEntity = {
    ...(declared ?? { id: entity.id, kind: entity.kind, name: entity.name, aliases: [] }),
    aliases: (declared?.aliases ?? []).filter((n) => !same(n, name)),
    notAliases: has(declared?.notAliases, name) ? declared!.notAliases! : [...(declared?.notAliases ?? []), name],
  };
  let next = replaceEntry(bible, entry, declared);
  if (!next.entities.some((b) => b !== entry && has(namesOf(b), name))) {
    next = { ...next, entities: [...next.entities, { id: newId(next, name), kind: entity.kind, name, aliases: [] }] };
  }
  return next;
}

/**
 * Merges two entities into one bible entry under the first one's name: the second one's name and declared aliases
 * become aliases, its own entry goes, and any "different people" record between them is dropped.
 */
export function withMerged(bible: Bible, keep: Entity, other: Entity): Bible {
  if (keep.id === other.id) return bible;
  const kept = findDeclared(bible, keep);
  const gone = findDeclared(bible, other);
  const incoming = [other.name, ...(gone && gone !== kept ? gone.aliases : [])];
  const base = kept ?? { id: keep.id, kind: keep.kind, name: keep.name, aliases: [] };
  const aliases = [...base.aliases];
  for (const n of incoming) if (!same(n, base.name) && !has(aliases, n)) aliases.push(n);
  const entry: BibleEntity = { ...base, aliases };
  const notAliases = (base.notAliases ?? []).filter((n) => !has(incoming, n));
  if (notAliases.length > 0) entry.notAliases = notAliases;
  else delete entry.notAliases;
  const entities = bible.entities.filter((b) => b !== gone || b === kept);
  const next = replaceEntry({ ...bible, entities }, entry, kept);
  return { ...next, distinct: withoutDistinct(bible, namesOf(entry), namesOf(other)) };
}
