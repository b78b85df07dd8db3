// Registry-derived lexicons, decoded on first use: German common nouns, English words, given names with gender.
import type { Language } from '../types';
import { decodeWordList } from './decodeWordList';
import { germanNounsData } from './de/nounsData';
import { englishWordsData } from './en/wordsData';
import { givenNamesData } from './givenNamesData';
import { surnamesData } from './surnamesData';
import type { Gender } from './titles';

let germanNouns: Set<string> | undefined;
let englishWords: Set<string> | undefined;
let givenNames: Map<string, Gender | null> | undefined;
let surnames: Set<string> | undefined;

function nouns(): Set<string> {
  return (germanNouns ??= decodeWordList(germanNounsData));
}

function words(): Set<string> {
  return (englishWords ??= decodeWordList(englishWordsData));
}

/**
 * Whether a capitalised word is a common word of the language: a German noun in any case form (or a
 * compound whose head is one: "Notaufnahme", "Eisenbahnmodell-Ausstellung"), or an English dictionary word.
 */
export function isCommonWord(language: Language, word: string): boolean {
  const lower = word.toLowerCase();
  if (language === 'en') return words().has(lower) || (lower.includes('-') && words().has(lower.slice(lower.lastIndexOf('-') + 1)));
  return germanNounEvidence(word) !== undefined;
}

/**
 * How a capitalised German word is known as a common noun: 'form' when the word (or its stem, or its
 * today's spelling) is a listed noun form, 'compound' when only its last part is ("Notaufnahme"; but
 * also surnames such as "Reinecke"), undefined when not at all.
 */
export function germanNounEvidence(word: string): 'form' | 'compound' | undefined {
  if (nounEvidence.has(word)) return nounEvidence.get(word);
  // The answer depends on the word alone (the noun list never changes), so each word is looked up once.
  if (nounEvidence.size >= 200_000) nounEvidence.clear();
  const found = germanNounEvidenceOf(word);
  nounEvidence.set(word, found);
  return found;
}

const nounEvidence = new Map<string, 'form' | 'compound' | undefined>();

function germanNounEvidenceOf(word: string): 'form' | 'compound' | undefined {
  const lower = word.toLowerCase();
  const dash = lower.lastIndexOf('-');
  if (dash > 0) return germanNounEvidence(word.slice(dash + 1)) && 'form';
  const set = nouns();
  const forms = germanLookupForms(lower);
  if (forms.some((f) => set.has(f))) return 'form';
  if (forms.some((f) => isGermanCompound(f, set))) return 'compound';
  return undefined;
}

/** The word, its stems without inflection endings (Gebietes → Gebiet), and the same in today's spelling (Demuth → Demut). */
function germanLookupForms(lower: string): string[] {
  const forms = [lower];
  // Only endings the word list leaves out (genitive -es, dative -e); plurals are listed forms.
  for (const ending of ['es', 'e', 's']) {
    if (lower.length - ending.length >= 3 && lower.endsWith(ending)) forms.push(lower.slice(0, -ending.length));
  }
  if (lower.includes('th')) for (const f of [...forms]) forms.push(f.replace(/th/gu, 't'));
  return forms;
}

/** A German compound whose last part (at least 4 letters, after at least 3) is a known noun. */
function isGermanCompound(lower: string, set: Set<string>): boolean {
  for (let i = 3; i <= lower.length - 4; i++) if (set.has(lower.slice(i))) return true;
  return false;
}

/** Whether the exact form (not a compound) is a dictionary word. */
export function isDictionaryWord(language: Language, word: string): boolean {
  return (language === 'de' ? nouns() : words()).has(word.toLowerCase());
}

/** The gender a given name usually has; null for names given to both; undefined for unknown names. */
export function givenNameGender(name: string): Gender | null | undefined {
  if (!givenNames) {
    givenNames = new Map();
    curatedGivenNames = new Set();
    for (const entry of decodeWordList(givenNamesData)) {
      // f/m/u: the curated lists; F/M/U: names only the long registers of given names know.
      const tag = entry[0];
      const g = tag === 'f' || tag === 'F' ? 'female' : tag === 'm' || tag === 'M' ? 'male' : null;
      const name = entry.slice(2);
      givenNames.set(name, g);
      if (tag === 'f' || tag === 'm' || tag === 'u') curatedGivenNames.add(name);
    }
  }
  return givenNames.get(name);
}

let curatedGivenNames: Set<string> | undefined;

export function isGivenName(name: string): boolean {
  return givenNameGender(name) !== undefined;
}

/**
 * Whether a given name is in the curated lists (German and English first names), not only in the long registers of
 * names given to children (which also hold surnames given as first names: Ferrier, Moran, Bellamy). Only such a name
 * tells two people apart ("Lucy und Achim") or starts a name alone at the start of a sentence.
 */
export function isCuratedGivenName(name: string): boolean {
  givenNameGender(name);
  return curatedGivenNames?.has(name) ?? false;
}

/** Whether a word is a common German or English surname (Vogel, Fischer, Baker), whatever else it means. */
export function isKnownSurname(name: string): boolean {
  return (surnames ??= decodeWordList(surnamesData)).has(name);
}
