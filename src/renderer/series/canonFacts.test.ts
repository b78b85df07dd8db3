// Checks which canon facts the series bible lists for an entry and in what order, and removing one from the list.
import { describe, expect, it } from 'vitest';
import type { CanonFact, Entity, EpisodeRef } from '../../engine/types';
import { canonRows, withoutCanon } from './canonFacts';

const episodes: EpisodeRef[] = [
  { id: 'e2', title: 'Zwei', file: 'episodes/2.md', index: 1 },
  { id: 'e1', title: 'Eins', file: 'episodes/1.md', index: 0 },
];
const frank: Entity = { id: 'frank-ostermann', kind: 'character', name: 'Frank Ostermann', aliases: ['Ostermann'], mentions: 9, episodes: ['e1'] };
const facts: CanonFact[] = [
  { subject: 'Lena', predicate: 'vital', object: 'alive' },
  { subject: 'Frank Ostermann', predicate: 'role', object: 'Oberarzt', episode: 'episodes/2.md' },
  { subject: 'ostermann', predicate: 'age', object: '52', episode: 'episodes/1.md', note: 'Geburtstag in Folge 1' },
  { subject: 'Frank  Ostermann', predicate: 'lives-in', object: 'Taucha' },
  { subject: 'Frank Ostermanns Bruder', predicate: 'role', object: 'Koch' },
];

describe('canonRows', () => {
  it('lists the canon facts of one entry by name or alias, whole-series facts first, then by episode order', () => {
    const rows = canonRows(facts, episodes, frank);
    expect(rows.map((r) => [r.fact.predicate, r.episode?.title])).toEqual([
      ['lives-in', undefined],
      ['age', 'Eins'],
      ['role', 'Zwei'],
    ]);
    expect(rows[1].fact.note).toBe('Geburtstag in Folge 1');
  });

  it('lists every canon fact for the whole series, grouped by subject', () => {
    const rows = canonRows(facts, episodes);
    expect(rows).toHaveLength(5);
    expect(rows.map((r) => r.fact.subject)[0]).toBe('Frank  Ostermann');
    expect(rows[rows.length - 1].fact.subject).toBe('ostermann');
  });

  it('keeps a fact whose episode is no longer in the project, without an episode', () => {
    const rows = canonRows([{ subject: 'Lena', predicate: 'age', object: '7', episode: 'episodes/gone.md' }], episodes);
    expect(rows).toEqual([{ fact: { subject: 'Lena', predicate: 'age', object: '7', episode: 'episodes/gone.md' }, episode: undefined }]);
  });
});

describe('withoutCanon', () => {
  it('drops only the fact with the same subject, property, value and episode', () => {
    const left = withoutCanon(facts, { subject: 'Frank Ostermann', predicate: 'role', object: 'Oberarzt', episode: 'episodes/2.md' });
    expect(left).toHaveLength(4);
    expect(left.some((f) => f.object === 'Oberarzt')).toBe(false);
    expect(withoutCanon(facts, { subject: 'Frank Ostermann', predicate: 'role', object: 'Oberarzt' })).toHaveLength(5);
  });
});
