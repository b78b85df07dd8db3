import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions';
import { resolveLocalEntities } from './resolveLocalEntities';

const resolve = (text: string, lang: 'de' | 'en' = 'de') => resolveLocalEntities(findMentions(text, lang), lang);

describe('resolveLocalEntities', () => {
  it('resolves the forms of one name to one entity', () => {
    const { mentions, entities } = resolve('Dr. Achim Kreutzer wird Leiter. Später ruft Kreutzer an. Dann lacht Achim. Man sieht Dr. Kreutzer.');
    expect(new Set(mentions.map((m) => m.key))).toEqual(new Set(['Achim Kreutzer']));
    expect(entities).toHaveLength(1);
    expect(entities[0].count).toBe(4);
    expect(entities[0].titledForms).toContain('Dr. Kreutzer');
  });

  it('takes a German genitive back to the name it belongs to', () => {
    const { mentions } = resolve('Heute kommt Friedrich. Friedrichs Frau wartet.');
    expect(mentions.map((m) => m.key)).toEqual(['Friedrich', 'Friedrich']);
  });

  it('keeps a first name alone when two full names share it', () => {
    const { mentions } = resolve('Heute kommen Anna Berger und Anna Vogt. Dann lacht Anna.');
    expect(mentions.map((m) => m.key)).toEqual(['Anna Berger', 'Anna Vogt', 'Anna']);
  });

  it('tells places and organisations from people', () => {
    const { entities } = resolve('Sie kommt aus Quedlinburg und fährt nach Quedlinburg zurück. Dort wartet Dr. Bram.');
    const kinds = Object.fromEntries(entities.map((e) => [e.key, e.kind]));
    expect(kinds).toEqual({ Quedlinburg: 'place', Bram: 'character' });
    const en = resolveLocalEntities(findMentions('She walked down Harbour Lane to see Jim.', 'en'), 'en').entities;
    expect(Object.fromEntries(en.map((e) => [e.key, e.kind]))).toEqual({ 'Harbour Lane': 'place', Jim: 'character' });
  });

  it('reads the gender from titles and given names', () => {
    const { entities } = resolve('Heute kommt Frau Bram. Später kommt Herr Olk. Dann spricht Daniela.');
    const g = Object.fromEntries(entities.map((e) => [e.key, e.gender]));
    expect(g).toEqual({ Bram: 'female', Olk: 'male', Daniela: 'female' });
  });
});
