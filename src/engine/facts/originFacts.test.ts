import { describe, expect, it } from 'vitest';
import { analyzeSeries } from '../analyzeSeries';
import type { Episode } from '../types';
import { buildFactInput } from './buildFactInput';
import { extractFacts } from './extractFacts';

const origins = (language: 'de' | 'en', text: string, names: string[]): string[] =>
  extractFacts(buildFactInput({ file: 'ep.txt', text }, language, names))
    .filter((f) => (f.predicate === 'comes-from' || f.predicate === 'born-in') && f.modality !== 'negated')
    .map((f) => `${f.subject}:${f.predicate}:${f.object}`);
const placeConflicts = (language: 'de' | 'en', ...texts: string[]) => {
  const episodes: Episode[] = texts.map((text, index) => ({ id: `o${index + 1}`, file: `o${index + 1}.txt`, title: `O${index + 1}`, index, text }));
  return analyzeSeries(episodes, { language }).report.conflicts.filter((c) => c.kind === 'place');
};

describe('extractOrigins: demonyms and place words', () => {
  it('reads "gebürtige Kölnerin" and "ein Hamburger Junge" as origins (German)', () => {
    expect(origins('de', 'Die gebürtige Kölnerin Ina Vogt öffnet die Tür.', ['Ina Vogt'])).toEqual(['Ina Vogt:born-in:Köln']);
    expect(origins('de', 'Ole Brandt ist gebürtiger Dresdner.', ['Ole Brandt'])).toEqual(['Ole Brandt:born-in:Dresden']);
    expect(origins('de', 'Paul Lenz, ein Hamburger Junge, singt am Hafen.', ['Paul Lenz'])).toEqual(['Paul Lenz:comes-from:Hamburg']);
    expect(origins('de', 'Petra Lenz hält eine Rede. Die gebürtige Kölnerin spricht zu laut.', ['Petra Lenz'])).toEqual(['Petra Lenz:born-in:Köln']);
  });

  it('does not read a town adjective before a thing, nor "gebürtig" before a common noun, as an origin (German)', () => {
    expect(origins('de', 'Paul Lenz kauft ein Hamburger Brötchen. Ina Vogt ist die gebürtige Tochter des Hauses.', ['Paul Lenz', 'Ina Vogt'])).toEqual([]);
  });

  it('reads "Leeds-born" and "a Galway man" as origins, but not a nationality (English)', () => {
    expect(origins('en', 'The Leeds-born chef Ina Vogt laughs.', ['Ina Vogt'])).toEqual(['Ina Vogt:born-in:Leeds']);
    expect(origins('en', 'Ann Webb is a Yorkshire lass.', ['Ann Webb'])).toEqual(['Ann Webb:comes-from:Yorkshire']);
    expect(origins('en', 'Tom Hale, an Irish man, sings. Kit Moss is a Scottish girl.', ['Tom Hale', 'Kit Moss'])).toEqual([]);
  });

  it('reads "Tullow-born" also when the name finder knows the town, but not "Tullow-bound"', () => {
    const names = [{ key: 'Mara Quint', gender: 'female' as const }, { key: 'Tullow', kind: 'place' as const }];
    const read = (text: string): string[] => extractFacts(buildFactInput({ file: 'ep.txt', text }, 'en', names)).filter((f) => f.predicate === 'born-in').map((f) => `${f.subject}:${f.object}`);
    expect(read('Mara Quint is Tullow-born.')).toEqual(['Mara Quint:Tullow']);
    expect(read('The Tullow-born landlady Mara Quint pours tea.')).toEqual(['Mara Quint:Tullow']);
    expect(read('Mara Quint waves at the Tullow-bound ferry.')).toEqual([]);
  });
});

describe('origins across a series', () => {
  it('flags two different origins for one person', () => {
    expect(placeConflicts('de', 'Die gebürtige Kölnerin Ina Vogt öffnet das Café.', 'Ina Vogt stammt aus Dresden und vermisst die Elbe.')).toHaveLength(1);
    expect(placeConflicts('en', 'Paul Lenz was born and raised in York.', 'Paul Lenz comes from Bath, he tells the landlord.')).toHaveLength(1);
    expect(placeConflicts('en', 'Tom Hale hails from Derry and runs the chip shop.', 'Tom Hale, a Galway man, closes the chip shop.')).toHaveLength(1);
  });

  it('stays quiet on one origin told two ways', () => {
    expect(placeConflicts('de', 'Der gebürtige Dresdner Ole Brandt lacht.', 'Ole Brandt stammt aus Dresden.')).toHaveLength(0);
    expect(placeConflicts('de', 'Ole Brandt ist in Kiel aufgewachsen.', 'Ole Brandt kommt aus Kiel, sagt er.')).toHaveLength(0);
    expect(placeConflicts('en', 'The Leeds-born chef Ina Vogt laughs.', 'Ina Vogt grew up in Leeds.')).toHaveLength(0);
  });
});
