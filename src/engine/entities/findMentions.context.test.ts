// Names told by their neighbours: a verb after a sentence-initial given name, a possessive before it, nouns after it, places.
import { describe, expect, it } from 'vitest';
import { findMentions, findNames } from './findMentions';
import { resolveLocalEntities } from './resolveLocalEntities';

const names = (text: string, lang: 'de' | 'en'): string[] => findMentions(text, lang).map((m) => m.name.join(' '));
const kinds = (text: string, lang: 'de' | 'en'): string[] =>
  resolveLocalEntities(findNames(text, lang).mentions, lang).entities.map((e) => `${e.key}:${e.kind}`);

describe('a given name at the start of a sentence', () => {
  it('is a name before a finite verb, also when the name is an English word', () => {
    expect(names('Tom opens the door. Molly slowly nods.', 'en')).toEqual(['Tom', 'Molly']);
    expect(names('Horst schweigt. Ilka lacht laut.', 'de')).toEqual(['Horst', 'Ilka']);
  });

  it('stays a word when it is a frequent common word, or the text uses it in small letters', () => {
    expect(names('Will opens nothing. May brings rain. Mark stays on the page. Rose petals fall. Dawn broke.', 'en')).toEqual([]);
    expect(names('Mark ist viel wert. Ernst bleibt geboten. Morgen kommt der Zug.', 'de')).toEqual([]);
    expect(names('Tom cats roam here. Tom wanders off, a tom never stays.', 'en')).toEqual([]);
  });

  it('without a verb waits for the series as a candidate, unless it is a frequent word', () => {
    expect(findNames('Tom, too, was there. Will, too.', 'en').candidates.map((m) => m.text)).toEqual(['Tom']);
    expect(findNames('Horst? Auch der Ernst fehlt. Mark!', 'de').candidates.map((m) => m.text)).toEqual(['Horst']);
  });
});

describe('a possessive determiner before a given name', () => {
  it('points at that person', () => {
    expect(names('Am Abend denkt er an seine Ilka und sie an ihren Tom.', 'de')).toEqual(['Ilka', 'Tom']);
    expect(names('He kissed my Molly and her Tom waved.', 'en')).toEqual(['Molly', 'Tom']);
  });

  it('leaves nouns and forms of address alone', () => {
    expect(names('Sie pflegt ihre Rose und spart ihre Mark.', 'de')).toEqual([]);
  });
});

describe('a noun after a first name and surname', () => {
  it('is no third name', () => {
    expect(names('Am Hafen verkauft Rieke Janßen Räucherfisch.', 'de')).toEqual(['Rieke Janßen']);
  });

  it('still joins a surname after it, and a three-word name that recurs', () => {
    expect(names('Später kommt Hans Peter Vogel.', 'de')).toEqual(['Hans Peter Vogel']);
    expect(names('Heute kommt Anna Lena Bachstelze. Morgen fehlt Anna Lena Bachstelze.', 'de')).toEqual(['Anna Lena Bachstelze', 'Anna Lena Bachstelze']);
  });
});

describe('places and inhabitants', () => {
  it('takes a name called a town, or only travelled to, for a place', () => {
    expect(kinds('They reach Ballykeel, a fishing town on the coast. Later Ballykeel is quiet.', 'en')).toEqual(['Ballykeel:place']);
    expect(kinds('Sie erreichen Tönnerup, eine Kleinstadt an der Küste. Später ist Tönnerup still.', 'de')).toEqual(['Tönnerup:place']);
    expect(kinds('She moved to Dunmarrow. They went back to Dunmarrow.', 'en')).toEqual(['Dunmarrow:place']);
    expect(kinds('Later Ballykeel is a quiet town on the bay. Nobody there forgets Ballykeel.', 'en')).toEqual(['Ballykeel:place']);
    expect(kinds('Sie wohnt in der Kleinstadt Tönnerup. Später ist Tönnerup still, und Jonas lacht über Tönnerup.', 'de')).toEqual(['Tönnerup:place', 'Jonas:character']);
    expect(kinds('The ferry left the port of Ballykeel. Later Ballykeel slept.', 'en')).toEqual(['Ballykeel:place']);
  });

  it('keeps a person described by a place noun as a modifier, or spoken to', () => {
    expect(kinds('Then Tom, the village doctor, waits. She talks to Quinlan.', 'en')).toEqual(['Tom:character', 'Quinlan:character']);
    expect(kinds('Later Quinlan is a town councillor.', 'en')).toEqual(['Quinlan:character']);
    expect(kinds('Sie sagt, Jonas ist ein Dorfarzt.', 'de')).toEqual(['Jonas:character']);
    expect(kinds('Dann wartet dort Brösel. Brösel lacht.', 'de')).toEqual(['Brösel:character']);
  });

  it('does not take demonyms and "X-born" for characters', () => {
    expect(names('The Cork-born sailor and the Corkman met a Londoner in Leeds.', 'en')).toEqual(['Leeds']);
    expect(names('Sie ist Kölnerin und wohnt in Wuppertal. Die Wuppertaler Henrike lacht.', 'de')).toEqual(['Wuppertal', 'Henrike']);
  });
});
