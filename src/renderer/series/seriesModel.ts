// View models for the series bible and its pictures: an entity's conflicts, relations and fact timeline, from the report.
import type { Conflict, ConflictKind, Entity, EpisodeRef, Fact, Modality } from '../../engine/types';

export type RelationKind = 'family' | 'work' | 'other';

const familyWords = new Set([
  'father', 'mother', 'parent', 'child', 'son', 'daughter', 'spouse', 'husband', 'wife', 'partner', 'fiance', 'fiancee',
  'sibling', 'brother', 'sister', 'half-brother', 'half-sister', 'in-law', 'cousin', 'aunt', 'uncle', 'niece', 'nephew',
  'grandfather', 'grandmother', 'grandparent', 'grandchild', 'grandson', 'granddaughter', 'stepfather', 'stepmother',
  'stepson', 'stepdaughter', 'ex-spouse', 'ex-husband', 'ex-wife', 'twin', 'relative', 'family',
]);
const workWords = new Set([
  'colleague', 'boss', 'superior', 'employee', 'employer', 'assistant', 'mentor', 'trainee', 'intern', 'student', 'teacher',
  'reports-to', 'subordinate', 'deputy', 'partner-at-work', 'works-with', 'works-for', 'patient', 'doctor', 'client', 'predecessor', 'successor',
]);

/** Family, work or other, from the predicate of a fact between two entities. */
export function relationKind(predicate: string): RelationKind {
  const p = predicate.toLowerCase();
  if (familyWords.has(p) || /^(grand|step|half-|ex-)/.test(p)) return 'family';
  if (workWords.has(p)) return 'work';
  return 'other';
}

const namesOf = (entity: Entity): Set<string> => new Set([entity.name, ...entity.aliases]);

/** Facts the engine keeps for its own reasoning (how an episode is told, time passing), not claims about a character. */
const bookkeeping = new Set(['narration', 'time-passes']);
export const isStoryFact = (fact: Fact): boolean => !bookkeeping.has(fact.predicate);

/** Conflicts about an entity (by its name or any alias), open ones first. */
export function conflictsOf(entity: Entity, conflicts: Conflict[]): Conflict[] {
  const names = namesOf(entity);
  const order = { open: 0, intended: 1, resolved: 2 } as const;
  return conflicts.filter((c) => names.has(c.entity)).sort((a, b) => order[a.status] - order[b.status]);
}

/** Which predicates a conflict of this kind can be about (so a role conflict does not flag the relation in the same sentence). */
function kindCovers(kind: ConflictKind, predicate: string): boolean {
  switch (kind) {
    case 'relationship':
      return relationKind(predicate) !== 'other' || predicate === 'friend';
    case 'vital-status':
      return predicate === 'vital';
    case 'role':
      return predicate === 'role' || predicate === 'works-at';
    case 'age':
      return predicate === 'age';
    case 'place':
      return predicate === 'lives-in' || predicate === 'works-at' || predicate === 'origin' || predicate === 'event';
    case 'attribute':
      return predicate.startsWith('attribute:');
    case 'first-meeting':
      return predicate === 'first-meeting' || predicate === 'interacts';
    default:
      return false;
  }
}

/**
 * The open conflict a fact takes part in, if any: a conflict about the fact's subject or object whose evidence overlaps
 * the fact's passage and whose kind concerns the fact's predicate.
 */
export function conflictOfFact(fact: Fact, conflicts: Conflict[], entities: Entity[]): Conflict | undefined {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const names = new Set<string>();
  for (const id of [fact.subject, fact.object]) {
    const e = byId.get(id);
    if (e) for (const n of namesOf(e)) names.add(n);
  }
  return conflicts.find(
    (c) =>
      c.status === 'open' &&
      names.has(c.entity) &&
      kindCovers(c.kind, fact.predicate) &&
      c.evidence.some((ev) => ev.episode === fact.episode && ev.start < fact.end && fact.start < ev.end),
  );
}

/** One predicate between the character and another entity, with every passage that says it. */
export interface RelationClaim {
  predicate: string;
  kind: RelationKind;
  facts: Fact[];
  conflicting: boolean;
}

/** Everything the series says links a character to one other entity. */
export interface Relation {
  other: Entity;
  kind: RelationKind;
  claims: RelationClaim[];
  conflicting: boolean;
}

const kindRank: Record<RelationKind, number> = { family: 0, work: 1, other: 2 };

/**
 * The entities a character is linked to by facts whose object is an entity (the character as subject; facts only
 * stated the other way round are kept too, so "Lena's mother Marlene" counts for Marlene). Family first, then work.
 */
export function relationsOf(entity: Entity, facts: Fact[], entities: Entity[], conflicts: Conflict[], episodes: EpisodeRef[]): Relation[] {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const order = new Map(episodes.map((e) => [e.file, e.index]));
  const byOther = new Map<string, Map<string, Fact[]>>();
  const add = (otherId: string, predicate: string, fact: Fact) => {
    if (otherId === entity.id || !byId.has(otherId)) return;
    const claims = byOther.get(otherId) ?? new Map<string, Fact[]>();
    byOther.set(otherId, claims);
    claims.set(predicate, [...(claims.get(predicate) ?? []), fact]);
  };
  const seenBySubject = new Set<string>();
  for (const f of facts) {
    if (f.subject === entity.id && byId.has(f.object)) {
      add(f.object, f.predicate, f);
      seenBySubject.add(f.object);
    }
  }
  // Facts only the other entity holds ("Rolf parent Hanne"): shown from the other side, marked as such by the predicate.
  for (const f of facts) {
    if (f.object === entity.id && byId.has(f.subject) && !seenBySubject.has(f.subject)) add(f.subject, `of:${f.predicate}`, f);
  }
  const relations: Relation[] = [];
  for (const [otherId, claimMap] of byOther) {
    const claims: RelationClaim[] = [...claimMap.entries()].map(([predicate, list]) => {
      const sorted = [...list].sort((a, b) => (order.get(a.episode) ?? 0) - (order.get(b.episode) ?? 0) || a.start - b.start);
      const base = predicate.replace(/^of:/, '');
      return { predicate, kind: relationKind(base), facts: sorted, conflicting: sorted.some((f) => conflictOfFact(f, conflicts, entities) !== undefined) };
    });
    claims.sort((a, b) => kindRank[a.kind] - kindRank[b.kind] || (order.get(a.facts[0].episode) ?? 0) - (order.get(b.facts[0].episode) ?? 0));
    relations.push({ other: byId.get(otherId)!, kind: claims[0].kind, claims, conflicting: claims.some((c) => c.conflicting) });
  }
  return relations.sort((a, b) => kindRank[a.kind] - kindRank[b.kind] || b.other.mentions - a.other.mentions || a.other.name.localeCompare(b.other.name));
}

/** One point on the timeline: what one episode says for one predicate in one modality. */
export interface TimelineMark {
  predicate: string;
  /** Position of the episode in series order (0-based column). */
  column: number;
  /** Place among the marks of the same episode and predicate (a belief and a reveal side by side), and how many there are. */
  slot: number;
  slots: number;
  episode: EpisodeRef;
  modality: Modality;
  /** The value as a writer reads it (another entity's name or the literal). */
  value: string;
  /** The value or modality differs from the previous mark in this row (a change worth labelling). */
  changed: boolean;
  fact: Fact;
  /** How many more passages in this episode say the same for this predicate and modality. */
  more: number;
  conflict: Conflict | undefined;
}

export interface Timeline {
  episodes: EpisodeRef[];
  predicates: string[];
  marks: TimelineMark[];
}

/**
 * A character's facts across episodes: one row per predicate (in order of first appearance), per episode one mark for
 * each modality in the order the text tells them ("believed dead", then "revealed alive"); where several passages say
 * it, the one in a contradiction, else the first, stands for them.
 */
export function factTimeline(entity: Entity, facts: Fact[], episodes: EpisodeRef[], entities: Entity[], conflicts: Conflict[]): Timeline {
  const ordered = [...episodes].sort((a, b) => a.index - b.index);
  const column = new Map(ordered.map((e, i) => [e.file, i]));
  const names = new Map(entities.map((e) => [e.id, e.name]));
  const own = facts
    .filter((f) => f.subject === entity.id && column.has(f.episode) && isStoryFact(f))
    .sort((a, b) => column.get(a.episode)! - column.get(b.episode)! || a.start - b.start);
  const predicates: string[] = [];
  const cells = new Map<string, { best: Fact; conflict: Conflict | undefined; count: number }[]>();
  for (const fact of own) {
    if (!predicates.includes(fact.predicate)) predicates.push(fact.predicate);
    const key = `${fact.predicate}\u0000${column.get(fact.episode)}`;
    const conflict = conflictOfFact(fact, conflicts, entities);
    const cell = cells.get(key) ?? [];
    cells.set(key, cell);
    const same = cell.find((m) => m.best.modality === fact.modality);
    if (!same) cell.push({ best: fact, conflict, count: 1 });
    else {
      same.count++;
      if (conflict && !same.conflict) Object.assign(same, { best: fact, conflict });
    }
  }
  const marks: TimelineMark[] = [];
  for (const predicate of predicates) {
    let previous: string | null = null;
    ordered.forEach((episode, i) => {
      const cell = cells.get(`${predicate}\u0000${i}`) ?? [];
      cell.forEach((m, slot) => {
        const value = names.get(m.best.object) ?? m.best.object;
        const label = `${m.best.modality}:${value}`;
        marks.push({ predicate, column: i, slot, slots: cell.length, episode, modality: m.best.modality, value, changed: label !== previous, fact: m.best, more: m.count - 1, conflict: m.conflict });
        previous = label;
      });
    });
  }
  return { episodes: ordered, predicates, marks };
}

/** Characters first (most mentioned first), then places, organisations and objects. */
export function bibleOrder(entities: Entity[]): Entity[] {
  const rank = { character: 0, place: 1, organisation: 2, object: 3 } as const;
  return [...entities].sort((a, b) => rank[a.kind] - rank[b.kind] || b.mentions - a.mentions || a.name.localeCompare(b.name));
}

/** Points evenly around a circle (first at the top, clockwise), for the relationship graph. */
export function ringLayout(count: number, cx: number, cy: number, rx: number, ry: number): { x: number; y: number }[] {
  return Array.from({ length: count }, (_, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(count, 1);
    return { x: Math.round(cx + rx * Math.cos(angle)), y: Math.round(cy + ry * Math.sin(angle)) };
  });
}
