import { describe, expect, it } from 'vitest';
import { germanNounEvidence, givenNameGender, isCommonWord, isDictionaryWord } from './lexicon';

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
});
