// Decides whether two spellings of a name token are probably one name written two ways (Katrin / Kathrin).
import { givenNameGender } from '../lang/lexicon';
import { phoneticKeys } from '../lang/phoneticKeys';
import { editDistance } from '../text/editDistance';
import type { Language } from '../types';

/** Allowed edits: one for short names, two from eight letters on. */
const maxEdits = (a: string, b: string): number => (Math.min(a.length, b.length) >= 8 ? 2 : 1);

/** Pairs that differ only by a gendered ending are two names (Daniel / Daniela, Christian / Christiane). */
function genderedPair(a: string, b: string): boolean {
  const [s, l] = a.length < b.length ? [a, b] : [b, a];
  if (l.startsWith(s) && /^(a|e|ine|ina|in)$/u.test(l.slice(s.length))) return true;
  const ga = givenNameGender(a);
  const gb = givenNameGender(b);
  return !!ga && !!gb && ga !== gb;
}

/**
 * Whether `a` and `b` look like two spellings of one name: a shared phonetic code (Kölner Phonetik,
 * Double Metaphone) and a small edit distance, not a case difference, a grammatical ending or a
 * gendered pair.
 */
export function areSpellingVariants(a: string, b: string, language: Language): boolean {
  if (a === b || a.length < 4 || b.length < 4) return false;
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  if (la === lb) return false;
  if (la + 's' === lb || lb + 's' === la || la + 'n' === lb || lb + 'n' === la) return false;
  const max = maxEdits(la, lb);
  if (editDistance(la, lb, max) > max) return false;
  if (genderedPair(a, b)) return false;
  const ka = phoneticKeys(a, language);
  const kb = new Set(phoneticKeys(b, language));
  return ka.some((k) => kb.has(k));
}
