import { describe, expect, it } from 'vitest';
import { emptyBible, type Entity, type Fact } from '../../engine/types';
import { canonFromFact, withCanonFact, withoutCanonFact } from './canonEdits';

const entities: Entity[] = [
  { id: 'e-lukas', kind: 'character', name: 'Lukas Weber', aliases: ['Lukas'], mentions: 3, episodes: [] },
  { id: 'e-fried', kind: 'character', name: 'Friedrich Weber', aliases: [], mentions: 1, episodes: [] },
];
const fact = (predicate: string, object: string): Fact => ({ id: 'f1', subject: 'e-lukas', predicate, object, modality: 'asserted', episode: '02.md', quote: 'q', start: 0, end: 1 });

describe('canonEdits', () => {
  it('writes names, the property and the episode a fact came from', () => {
    expect(canonFromFact(fact('father', 'e-fried'), entities)).toEqual({ subject: 'Lukas Weber', predicate: 'father', object: 'Friedrich Weber', episode: '02.md' });
    expect(canonFromFact(fact('husband', 'e-fried'), entities).predicate).toBe('spouse');
    expect(canonFromFact(fact('vital', 'acting'), entities).object).toBe('alive');
    expect(() => canonFromFact(fact('friend', 'e-fried'), entities)).toThrow(/not a property/);
  });

  it('replaces canon of the same person and property (by alias too), keeps the rest, and undoes exactly', () => {
    const old = { subject: 'Lukas', predicate: 'eyes', object: 'blau' };
    const other = { subject: 'Lukas', predicate: 'age', object: '30' };
    const bible = { ...emptyBible(), facts: [old, other], notNames: ['Station'] };
    const added = canonFromFact(fact('attribute:eyes', 'green'), entities);
    const { bible: next, replaced } = withCanonFact(bible, added, entities);
    expect(replaced).toEqual([old]);
    expect(next.facts).toEqual([other, added]);
    expect(next.notNames).toEqual(['Station']);
    expect(withoutCanonFact(next, added, replaced).facts).toEqual([other, old]);
  });
});
