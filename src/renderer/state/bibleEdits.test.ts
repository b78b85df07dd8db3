// Checks the bible edits behind "different people" and "not a name": added once, nothing else touched.
import { describe, expect, it } from 'vitest';
import { emptyBible } from '../../engine/types';
import { withDistinct, withNotName } from './bibleEdits';

describe('bibleEdits', () => {
  it('adds a distinct pair once, in either order', () => {
    const once = withDistinct(emptyBible(), 'Hanna', 'Hanne');
    expect(once.distinct).toEqual([['Hanna', 'Hanne']]);
    expect(withDistinct(once, 'hanne', 'Hanna')).toBe(once);
  });

  it('adds a word that is not a name once, keeping the rest of the bible', () => {
    const bible = { ...emptyBible(), entities: [{ id: 'n', kind: 'character' as const, name: 'Nora', aliases: [] }] };
    const next = withNotName(bible, 'Charmeur');
    expect(next.notNames).toEqual(['Charmeur']);
    expect(next.entities).toBe(bible.entities);
    expect(withNotName(next, 'charmeur')).toBe(next);
  });
});
