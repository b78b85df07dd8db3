import { describe, expect, it } from 'vitest';
import type { Fact } from '../types';
import { buildFactInput, type NameSpec } from './buildFactInput';
import { extractFacts } from './extractFacts';

const facts = (language: 'de' | 'en', text: string, names: (string | NameSpec)[]): Fact[] => extractFacts(buildFactInput({ file: 'ep.txt', text }, language, names));
const has = (list: Fact[], s: string, p: string, o: string): boolean => list.some((f) => f.subject === s && f.predicate === p && f.object === o);
const relations = (list: Fact[]): string[] => list.filter((f) => ['father', 'mother', 'son', 'daughter', 'child', 'parent'].includes(f.predicate)).map((f) => `${f.subject} ${f.predicate} ${f.object}`);

describe('describedOwner: a relative of someone named only by a description', () => {
  it('links "der Vater des frisch Beförderten" to the person the episode promoted', () => {
    const list = facts('de', 'Am Freitag wird Malte Krüger zum Hauptkommissar befördert. Vom Hauptkommissar Krüger erwartet die Chefin viel. In der ersten Reihe sitzt Arno Krüger, der Vater des frisch Beförderten.', [
      { key: 'Malte Krüger', gender: 'male' },
      { key: 'Krüger', gender: 'male' },
      { key: 'Arno Krüger', gender: 'male' },
    ]);
    expect(has(list, 'Malte Krüger', 'father', 'Arno Krüger')).toBe(true);
    expect(has(list, 'Krüger', 'father', 'Arno Krüger')).toBe(false);
  });

  it('links "der Sohn des Wirts, Lutz" to the innkeeper named earlier, and does not make Lutz the innkeeper', () => {
    const list = facts('de', 'Hannes Ott, der Wirt, zapft das erste Bier. Später kommt der Sohn des Wirts, Lutz, mit dem Fahrrad.', ['Hannes Ott', 'Lutz']);
    expect(has(list, 'Hannes Ott', 'son', 'Lutz')).toBe(true);
    expect(list.some((f) => f.subject === 'Lutz' && f.predicate === 'role')).toBe(false);
  });

  it("links \"the landlady's son, Kevin\" and \"the son of the vicar\" to the people described so", () => {
    const list = facts('en', "The landlady, Maureen Pike, pours a pint. Later the landlady's son, Kevin, arrives. Dan Reed is the son of the vicar, Ralph Reed.", [
      { key: 'Maureen Pike', gender: 'female' },
      'Kevin',
      'Dan Reed',
      { key: 'Ralph Reed', gender: 'male' },
    ]);
    expect(has(list, 'Maureen Pike', 'son', 'Kevin')).toBe(true);
    expect(has(list, 'Kevin', 'mother', 'Maureen Pike')).toBe(true);
    expect(has(list, 'Ralph Reed', 'son', 'Dan Reed')).toBe(true);
  });

  it('links nobody when no one was described so or the noun is a plain one', () => {
    expect(relations(facts('en', "Later the landlady's son, Kevin, arrives.", ['Kevin']))).toEqual([]);
    expect(relations(facts('de', 'Arno Krüger, der Vater der Braut, weint. Jonas Brehm, der Sohn des Patienten, wartet.', ['Arno Krüger', 'Jonas Brehm', { key: 'Tom', gender: 'male' }]))).toEqual([]);
  });
});
