import { describe, expect, it } from 'vitest';
import { findMentions, findNames } from './findMentions';

const names = (text: string, lang: 'de' | 'en' = 'de'): string[] => findMentions(text, lang).map((m) => m.name.join(' '));

describe('findMentions (German)', () => {
  it('finds titled names and keeps the title in the span', () => {
    const text = 'Am Morgen arbeiten Dr. Katrin und Oberarzt Dr. Friedrich zusammen.';
    const ms = findMentions(text, 'de');
    expect(ms.map((m) => m.name.join(' '))).toEqual(['Katrin', 'Friedrich']);
    expect(ms[1].titles).toEqual(['Oberarzt', 'Dr']);
    for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(ms[0].text).toBe('Dr. Katrin');
  });

  it('takes possessives and genitives back to the name', () => {
    expect(names('Später spricht Marta mit Lukas’ Lehrerin über Martas Sorgen und über Lukas.')).toEqual(['Marta', 'Lukas', 'Martas', 'Lukas']);
    expect(names("Later Tom's sister met James' uncle.", 'en')).toEqual(['Tom', 'James']);
  });

  it('does not take capitalised common nouns for names', () => {
    expect(names('Die Wahrheit über den Tod bleibt im Krankenhaus verborgen, doch die Notaufnahme ist voll.')).toEqual([]);
    expect(names('Er geht zur Eisenbahnmodell-Ausstellung und spricht über Bauchschmerzen.')).toEqual([]);
  });

  it('needs evidence for a word that only stands first in a sentence', () => {
    expect(names('Währenddessen wartet Henrik im Flur. Henrik lacht. Trotzdem bleibt alles ruhig.')).toEqual(['Henrik', 'Henrik']);
  });

  it('leaves a word named once by its capital alone to the series as a candidate', () => {
    const found = findNames('Dann bringt sie Quarkbert mit. Ein alter Bekannter kommt.', 'de');
    expect(found.mentions).toEqual([]);
    expect(found.candidates.map((m) => m.text)).toEqual(['Quarkbert']);
  });

  it('takes a noun for a name when a title shows it is one', () => {
    expect(names('Heute kommt Frau Fischer. Später ruft Fischer wieder an.')).toEqual(['Fischer', 'Fischer']);
    const [m] = findMentions('Heute kommt Frau Fischer.', 'de');
    expect(m.gender).toBe('female');
  });

  it('joins first name and surname, also a surname that looks like a compound noun', () => {
    expect(names('Dann trifft sie Dr. Achim Kreutzer und einen gewissen Uwe Reinecke.')).toEqual(['Achim Kreutzer', 'Uwe Reinecke']);
  });

  it('keeps two people apart when they stand side by side', () => {
    expect(names('Jonas hilft. Als Mira und Jonas Lena finden, ist Lena müde. Mira lacht.')).toEqual(['Jonas', 'Mira', 'Jonas', 'Lena', 'Lena', 'Mira']);
  });

  it('marks names after "in", "aus", "nach" as place candidates', () => {
    const [m] = findMentions('Sie zieht nach Quedlinburg.', 'de');
    expect(m.placeCue).toBe(true);
  });

  it('obeys the bible: not-names and declared names', () => {
    expect(findMentions('Sie trifft Bello und Brezelbert. Dann lacht Brezelbert.', 'de', { notNames: ['Bello'] }).map((m) => m.text)).toEqual([
      'Brezelbert',
      'Brezelbert',
    ]);
    expect(findMentions('Der Kreuzer liegt im Hafen.', 'de', { knownNames: ['Kreuzer'] }).map((m) => m.text)).toEqual(['Kreuzer']);
  });
});

describe('findMentions (English)', () => {
  it('finds titled and multi-word names, possessives and places', () => {
    expect(names("Mr. Sherlock Holmes lit his pipe. Later Holmes read Watson's letter from Baker Street.", 'en')).toEqual([
      'Sherlock Holmes',
      'Holmes',
      'Watson',
      'Baker Street',
    ]);
  });

  it('does not take sentence-initial common words for names', () => {
    expect(names('However, the rain stopped. Then Nell went out.', 'en')).toEqual(['Nell']);
  });

  it('does not join a sentence-initial verb or modal to the name after it', () => {
    expect(names('Will Tom come to the party? May Anna stay? Can Peter drive?', 'en')).toEqual(['Tom', 'Anna', 'Peter']);
    expect(names('Hope Tom likes it, said Anna. We all hope so.', 'en')).toEqual(['Tom', 'Anna']);
  });

  it('still reads a given name that is also a word as a first name before a surname', () => {
    expect(names('Grace Poole laughed at the window.', 'en')).toEqual(['Grace Poole']);
    // "Tom" is also a word (a tom cat) and "Walsh" also a given name: still one man.
    expect(names('Tom Walsh is 35 years old. In the morning Ellen Walsh laughs.', 'en')).toEqual(['Tom Walsh', 'Ellen Walsh']);
  });
});

describe('findMentions (German, words that are no names)', () => {
  it('does not join a sentence-initial verb or adverb to the name after it', () => {
    expect(names('Kommt Anna mit? Danach Tom. Vielleicht Peter Lustig.')).toEqual(['Anna', 'Tom', 'Peter Lustig']);
    expect(names('Bringt Jonas Berger den Wein?')).toEqual(['Jonas Berger']);
  });

  it('still joins a rare first name at the start of a sentence to its surname', () => {
    expect(names('Kreszentia Huber öffnet das Fenster.')).toEqual(['Kreszentia Huber']);
  });

  it('reads "von" before a first name as a preposition, not a nobiliary particle', () => {
    expect(names('Später erfährt Nora von Jonas, warum Marlene schweigt.')).toEqual(['Nora', 'Jonas', 'Marlene']);
    expect(names('Am Abend holt Ida von Kilian die Schlüssel ab. Kilian Brandt lacht.')).toEqual(['Ida', 'Kilian', 'Kilian Brandt']);
  });

  it('keeps a nobiliary particle before a surname', () => {
    expect(names('Friedrich von Schiller schreibt. Schiller lacht.')).toEqual(['Friedrich von Schiller', 'Schiller']);
  });

  it('does not take a compound noun after a genitive name for a surname', () => {
    expect(names('Heute führt Anna den Laden seit Rolfs Bandscheibenvorfall allein. Rolf hilft nicht.')).toEqual(['Anna', 'Rolfs', 'Rolf']);
    expect(names('Seit Kilians Knieoperation wartet Ida. Kilian schweigt.')).toEqual(['Kilians', 'Ida', 'Kilian']);
  });

  it('still takes a compound-looking surname after a first name ("Reinecke", "Hollerbach")', () => {
    expect(names('Im Büro wartet Klaus Hollerbach auf Jonas Reinecke.')).toEqual(['Klaus Hollerbach', 'Jonas Reinecke']);
  });
});
