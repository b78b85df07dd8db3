// Checks the series bible's view models on a small series: conflicts per entity, relations, the fact timeline.
import { describe, expect, it } from 'vitest';
import type { Conflict, Entity, EpisodeRef, Fact } from '../../engine/types';
import { bibleOrder, conflictOfFact, conflictsOf, factTimeline, relationKind, relationsOf, ringLayout } from './seriesModel';

const episodes: EpisodeRef[] = [
  { id: 'e2', title: 'Two', file: 'ep/2.md', index: 1 },
  { id: 'e1', title: 'One', file: 'ep/1.md', index: 0 },
  { id: 'e3', title: 'Three', file: 'ep/3.md', index: 2 },
];
const entity = (id: string, name: string, kind: Entity['kind'] = 'character', mentions = 5, aliases: string[] = []): Entity => ({ id, kind, name, aliases, mentions, episodes: [] });
const ida = entity('ida', 'Ida Brandt', 'character', 4, ['Ida']);
const jonas = entity('jonas', 'Jonas Albrecht', 'character', 9);
const lena = entity('lena', 'Lena', 'character', 3);
const leipzig = entity('leipzig', 'Leipzig', 'place', 20);
const entities = [ida, jonas, lena, leipzig];
let n = 0;
const fact = (subject: string, predicate: string, object: string, episode: string, start: number, modality: Fact['modality'] = 'asserted'): Fact => ({
  id: `f${n++}`, subject, predicate, object, modality, episode, quote: `${predicate} ${object}`, start, end: start + 20,
});
const facts = [
  fact('ida', 'friend', 'jonas', 'ep/1.md', 100),
  fact('ida', 'role', 'Physio', 'ep/1.md', 100),
  fact('ida', 'spouse', 'jonas', 'ep/3.md', 10),
  fact('ida', 'vital', 'dead', 'ep/2.md', 50, 'believed'),
  fact('ida', 'vital', 'acting', 'ep/2.md', 5),
  fact('ida', 'vital', 'acting', 'ep/2.md', 200),
  fact('ida', 'vital', 'acting', 'ep/3.md', 90, 'revealed'),
  fact('lena', 'mother', 'ida', 'ep/2.md', 300),
  fact('ida', 'lives-in', 'leipzig', 'ep/1.md', 400),
  fact('ida', 'narration', 'present', 'ep/1.md', 0),
];
const relConflict: Conflict = {
  id: 'c1', kind: 'relationship', severity: 'warning', status: 'open', entity: 'Ida Brandt', summary: 'friend, then spouse',
  evidence: [{ episode: 'ep/1.md', quote: 'q', start: 95, end: 130 }, { episode: 'ep/3.md', quote: 'q', start: 0, end: 40 }],
};
const closed: Conflict = { ...relConflict, id: 'c2', kind: 'vital-status', status: 'resolved', evidence: [{ episode: 'ep/2.md', quote: 'q', start: 50, end: 60 }] };

describe('seriesModel', () => {
  it('sorts relations into family, work and other', () => {
    expect(relationKind('husband')).toBe('family');
    expect(relationKind('in-law')).toBe('family');
    expect(relationKind('grandniece')).toBe('family');
    expect(relationKind('colleague')).toBe('work');
    expect(relationKind('friend')).toBe('other');
    expect(relationKind('interacts')).toBe('other');
  });

  it('finds the conflicts about an entity by any of its names, open ones first', () => {
    const byAlias = { ...closed, entity: 'Ida' };
    expect(conflictsOf(ida, [byAlias, relConflict]).map((c) => c.id)).toEqual(['c1', 'c2']);
    expect(conflictsOf(jonas, [byAlias, relConflict])).toEqual([]);
  });

  it('ties a conflict to the relation in its passage but not to a role stated in the same sentence', () => {
    expect(conflictOfFact(facts[0], [relConflict], entities)?.id).toBe('c1');
    expect(conflictOfFact(facts[1], [relConflict], entities)).toBeUndefined();
    expect(conflictOfFact(facts[3], [closed], entities)).toBeUndefined();
  });

  it('lists relations with the other entity, family first, conflicting ones marked, facts stated the other way round included', () => {
    const rel = relationsOf(ida, facts, entities, [relConflict], episodes);
    expect(rel.map((r) => [r.other.name, r.kind, r.conflicting])).toEqual([
      ['Jonas Albrecht', 'family', true],
      ['Lena', 'family', false],
      ['Leipzig', 'other', false],
    ]);
    expect(rel[0].claims.map((c) => c.predicate)).toEqual(['spouse', 'friend']);
    expect(rel[1].claims[0].predicate).toBe('of:mother');
    // From Jonas's side, the same conflict marks the edge to Ida.
    expect(relationsOf(jonas, facts, entities, [relConflict], episodes)[0]).toMatchObject({ other: { name: 'Ida Brandt' }, conflicting: true });
  });

  it('puts a character’s facts on a timeline: episodes in series order, a row per predicate, the telling fact per cell', () => {
    const tl = factTimeline(ida, facts, episodes, entities, [relConflict]);
    expect(tl.episodes.map((e) => e.id)).toEqual(['e1', 'e2', 'e3']);
    expect(tl.predicates).toEqual(['friend', 'role', 'lives-in', 'vital', 'spouse']);
    const vital = tl.marks.filter((m) => m.predicate === 'vital');
    // Episode 2: first "appears" as narrated, then someone believes her dead (side by side); episode 3 reveals her alive.
    expect(vital.map((m) => [m.column, m.slot, m.slots, m.modality, m.value, m.changed])).toEqual([
      [1, 0, 2, 'asserted', 'acting', true],
      [1, 1, 2, 'believed', 'dead', true],
      [2, 0, 1, 'revealed', 'acting', true],
    ]);
    expect(vital[0].more).toBe(1);
    const friend = tl.marks.find((m) => m.predicate === 'friend')!;
    expect(friend.value).toBe('Jonas Albrecht');
    expect(friend.conflict?.id).toBe('c1');
    expect(tl.marks.find((m) => m.predicate === 'role')!.conflict).toBeUndefined();
  });

  it('orders the bible characters first by mentions, then places', () => {
    expect(bibleOrder(entities).map((e) => e.name)).toEqual(['Jonas Albrecht', 'Ida Brandt', 'Lena', 'Leipzig']);
  });

  it('lays nodes out around a ring starting at the top', () => {
    expect(ringLayout(4, 100, 100, 50, 40)).toEqual([{ x: 100, y: 60 }, { x: 150, y: 100 }, { x: 100, y: 140 }, { x: 50, y: 100 }]);
  });
});
