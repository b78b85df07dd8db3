// Checks the bible view's edits: alias declared and split off, two entries merged, nothing else in the bible lost.
import { describe, expect, it } from 'vitest';
import { emptyBible, type Entity } from '../../engine/types';
import { withAlias, withMerged, withoutAlias } from './bibleActions';

const entity = (id: string, name: string, aliases: string[] = []): Entity => ({ id, kind: 'character', name, aliases, mentions: 3, episodes: ['e1'] });
const marlene = entity('ent-m', 'Marlene Seitz', ['Marlene', 'Marlene Seiz']);
const seiz = entity('ent-s', 'Seiz');

describe('bibleActions', () => {
  it('declares an alias by writing the entity into the bible under its id, once', () => {
    const bible = { ...emptyBible(), notNames: ['Station'] };
    const next = withAlias(bible, marlene, ' Marlene Seiz ');
    expect(next.entities).toEqual([{ id: 'ent-m', kind: 'character', name: 'Marlene Seitz', aliases: ['Marlene Seiz'] }]);
    expect(next.notNames).toEqual(['Station']);
    expect(withAlias(next, marlene, 'marlene seiz')).toBe(next);
    expect(withAlias(next, marlene, 'Marlene Seitz')).toBe(next);
  });

  it('takes a declared alias away from another entry and forgets "different people" between the names', () => {
    const bible = {
      ...emptyBible(),
      entities: [{ id: 'x', kind: 'character' as const, name: 'Seiz', aliases: ['Dr. Seiz'] }],
      distinct: [['Marlene Seitz', 'Dr. Seiz'] as [string, string], ['Anna', 'Anne'] as [string, string]],
    };
    const next = withAlias(bible, marlene, 'Dr. Seiz');
    expect(next.entities.find((b) => b.id === 'x')?.aliases).toEqual([]);
    expect(next.entities.find((b) => b.id === 'ent-m')?.aliases).toEqual(['Dr. Seiz']);
    expect(next.distinct).toEqual([['Anna', 'Anne']]);
  });

  it('splits an alias off into its own entry and records it as not an alias', () => {
    const declared = withAlias(emptyBible(), marlene, 'Marlene');
    const next = withoutAlias(declared, marlene, 'Marlene');
    const kept = next.entities.find((b) => b.id === 'ent-m')!;
    expect(kept.aliases).toEqual([]);
    expect(kept.notAliases).toEqual(['Marlene']);
    expect(next.entities.find((b) => b.name === 'Marlene')).toMatchObject({ kind: 'character', aliases: [] });
    expect(next.entities.find((b) => b.name === 'Marlene')!.id).not.toBe('ent-m');
    // Splitting twice adds nothing new.
    expect(withoutAlias(next, marlene, 'Marlene').entities).toHaveLength(2);
  });

  it('merges two entries under the first name, dropping the second entry and their distinct pair', () => {
    const bible = {
      ...emptyBible(),
      entities: [{ id: 'ent-s', kind: 'character' as const, name: 'Seiz', aliases: ['Dr. Seiz'] }],
      distinct: [['Seiz', 'Marlene Seitz'] as [string, string]],
    };
    const next = withMerged(bible, marlene, seiz);
    expect(next.entities).toEqual([{ id: 'ent-m', kind: 'character', name: 'Marlene Seitz', aliases: ['Seiz', 'Dr. Seiz'] }]);
    expect(next.distinct).toEqual([]);
    expect(withMerged(bible, marlene, marlene)).toBe(bible);
  });
});
