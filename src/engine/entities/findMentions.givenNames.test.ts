// Names found through the given-name lexicon, and common words that share a given name's spelling left alone.
import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions';

const names = (text: string, lang: 'de' | 'en'): string[] => findMentions(text, lang).map((m) => m.name.join(' '));

describe('given names from the lexicon', () => {
  it('finds a German given name that also parses as a compound noun (Fried + Helm), with its surname', () => {
    expect(names('Beim Kirchweihfest hält der Ortsvorsteher, Friedhelm Brakenkamp, eine kurze Rede.', 'de')).toEqual(['Friedhelm Brakenkamp']);
    expect(names('Friedhelm Brakenkamp schließt am Abend die Halle ab.', 'de')).toEqual(['Friedhelm Brakenkamp']);
    expect(names('Am Sonntag besucht Wilhelmine ihre Schwester.', 'de')).toEqual(['Wilhelmine']);
  });

  it('takes a given name named once in mid-sentence for a name at once', () => {
    expect(names('Im Treppenhaus wartet Ludmila mit dem Paket.', 'de')).toEqual(['Ludmila']);
    expect(names('Hanni und Friedhelm teilen sich den Schrebergarten.', 'de')).toEqual(['Hanni', 'Friedhelm']);
  });

  it('leaves German nouns, adverbs and adjectives that are also given names alone', () => {
    expect(names('Der Wolf heult im Wald. Ernst sieht er nicht aus, im Ernst.', 'de')).toEqual([]);
    expect(names('Daran hatte niemand gedacht. Das Kleid ist rosa, sie sieht es voller Hoffnung an.', 'de')).toEqual([]);
  });

  it('leaves English words that are also given names alone at the start of a sentence', () => {
    const text =
      'Will you stay for supper? Hope you slept well. Frank words were spoken at the meeting. Chase the dog out of the kitchen! ' +
      'Bill me for the repairs. Sunny mornings are rare here. Dawn broke over the hills. Summer was nearly over. ' +
      'Page after page was torn out. Mark my words. Grace was said before the meal.';
    expect(names(text, 'en')).toEqual([]);
  });

  it('still takes such a word for a name with a surname after it, and again when it stands alone later', () => {
    expect(names('Rose Penhallow met Guy Trelawny at the mill. Later Rose laughed.', 'en')).toEqual(['Rose Penhallow', 'Guy Trelawny', 'Rose']);
  });

  it('does not split a full name whose surname is also registered as a given name (Bellamy, Ferrier)', () => {
    const text = 'Nadia Bellamy and Tom Ferrier meet at the quay. Later Bellamy waves, but Ferrier does not. Nadia smiles, and Tom leaves.';
    expect(names(text, 'en')).toEqual(['Nadia Bellamy', 'Tom Ferrier', 'Bellamy', 'Ferrier', 'Nadia', 'Tom']);
  });
});
