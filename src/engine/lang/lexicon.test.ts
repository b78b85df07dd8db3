import { describe, expect, it } from 'vitest';
import { germanNounEvidence, givenNameGender, isCommonWord, isCuratedGivenName, isDictionaryWord, isGivenName } from './lexicon';

describe('lexicons from the registry', () => {
  it('knows German nouns in every case form, in compounds and in old spelling', () => {
    expect(isCommonWord('de', 'Wahrheit')).toBe(true);
    expect(isCommonWord('de', 'Wahrheiten')).toBe(true);
    expect(isCommonWord('de', 'Gebietes')).toBe(true);
    expect(germanNounEvidence('Krankenhausumfeld')).toBe('compound');
    expect(germanNounEvidence('Tisch')).toBe('form');
    expect(isCommonWord('de', 'Eisenbahnmodell-Ausstellung')).toBe(true);
    expect(isCommonWord('de', 'Thüren')).toBe(true);
  });

  it('does not list given names as German nouns', () => {
    for (const name of ['Katrin', 'Lukas', 'Friedrich', 'Vladi', 'Globisch']) expect(isCommonWord('de', name)).toBe(false);
  });

  it('knows English words and not English surnames', () => {
    expect(isDictionaryWord('en', 'Street')).toBe(true);
    expect(isDictionaryWord('en', 'Holmes')).toBe(false);
    expect(isDictionaryWord('en', 'Lestrade')).toBe(false);
  });

  it('gives the usual gender of a given name', () => {
    expect(givenNameGender('Daniela')).toBe('female');
    expect(givenNameGender('Roland')).toBe('male');
    expect(givenNameGender('Xqzt')).toBeUndefined();
  });

  it('knows German and rarer given names from gender-detection-from-name, with their gender', () => {
    expect(givenNameGender('Friedhelm')).toBe('male');
    expect(givenNameGender('Wilhelmine')).toBe('female');
    expect(givenNameGender('Ludmila')).toBe('female');
    expect(givenNameGender('Hanni')).toBe('female');
  });

  it('keeps the gender of a well-known name when a long register also lists it for the other sex', () => {
    for (const name of ['Daniel', 'Adam', 'Albert', 'Ethan']) expect(givenNameGender(name)).toBe('male');
    for (const name of ['Christina', 'Gabrielle', 'Joan']) expect(givenNameGender(name)).toBe('female');
  });

  it('takes no English word, German noun, place or genitive of a name from the long registers', () => {
    for (const word of ['Bright', 'Story', 'Amazing', 'England', 'Dresden', 'Annas']) expect(isGivenName(word)).toBe(false);
  });

  it('tells the curated given names from names only a register knows (often surnames: Ferrier, Bellamy)', () => {
    expect(isCuratedGivenName('Friedhelm')).toBe(true);
    expect(isCuratedGivenName('Katrin')).toBe(true);
    expect(isGivenName('Ferrier')).toBe(true);
    expect(isCuratedGivenName('Ferrier')).toBe(false);
    expect(isCuratedGivenName('Xqzt')).toBe(false);
  });
});
