// Decides whether two spellings of a name token are probably one name written two ways (Katrin / Kathrin).
import { givenNameGender } from '../lang/lexicon';
import { doubleMetaphone } from 'double-metaphone';
import { phoneticKeys } from '../lang/phoneticKeys';
import { editDistance } from '../text/editDistance';
import type { Language } from '../types';

/**
 * The spelling skeleton of a name: the letters that stay when the usual ways of writing one sound the
 * same are folded together (th/t, ph/f/v, w/v after a vowel, tz/z, ck/k, dt/t, c/k, y/i/ie, ei/ai/ey/ay, umlauts, silent h,
 * doubled letters). Two names with one skeleton sound alike and differ only in orthography.
 */
export function spellingSkeleton(name: string): string {
  let hit = skeletons.get(name);
  if (hit === undefined) {
    if (skeletons.size > 50_000) skeletons.clear();
    skeletons.set(name, (hit = computeSkeleton(name)));
  }
  return hit;
}

const skeletons = new Map<string, string>();
const blockingKeys = new Map<string, string[]>();

function computeSkeleton(name: string): string {
  let s = name.toLowerCase();
  s = s.replace(/ä/gu, 'ae').replace(/ö/gu, 'oe').replace(/ü/gu, 'ue').replace(/ß/gu, 'ss');
  s = s.normalize('NFD').replace(/\p{M}/gu, '');
  s = s.replace(/ph/gu, 'f').replace(/ck/gu, 'k').replace(/dt/gu, 't').replace(/tz/gu, 'z');
  s = s.replace(/c(?=[eiy])/gu, 'z').replace(/c(?!h)/gu, 'k');
  // w after a vowel is the German transliteration of v (Petrowa / Petrova, Iwan / Ivan).
  s = s.replace(/([aeiou])w/gu, '$1v');
  s = s.replace(/th/gu, 't').replace(/v/gu, 'f').replace(/y/gu, 'i').replace(/ie/gu, 'i').replace(/[ae]i/gu, 'ai');
  s = s.replace(/([aeiou])h(?![aeiou])/gu, '$1').replace(/([^aeiouc])h/gu, '$1');
  s = s.replace(/(.)\1+/gu, '$1');
  return s;
}

/** Pairs that differ only by a gendered ending are two names (Daniel / Daniela, Christian / Christiane). */
function genderedPair(a: string, b: string): boolean {
  const [s, l] = a.length < b.length ? [a, b] : [b, a];
  if (l.startsWith(s) && /^(a|e|ine|ina|in)$/u.test(l.slice(s.length))) return true;
  const ga = givenNameGender(a);
  const gb = givenNameGender(b);
  return !!ga && !!gb && ga !== gb;
}

/** A typing slip in a long name: two letters swapped, one consonant dropped or doubled, one vowel changed (nine letters on). */
function typingSlip(a: string, b: string): boolean {
  if (Math.min(a.length, b.length) < 7 || editDistance(a, b, 1) !== 1) return false;
  if (a.length === b.length) {
    const i = [...a].findIndex((ch, k) => ch !== b[k]);
    if (i >= 0 && a[i] === b[i + 1] && a[i + 1] === b[i]) return true;
    // One vowel for another inside a long name (Falkenberg / Falkenburg).
    return i > 0 && i < a.length - 2 && a.length >= 9 && /[aeiouäöü]/u.test(a[i]) && /[aeiouäöü]/u.test(b[i]);
  }
  const [s, l] = a.length < b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < s.length && s[i] === l[i]) i++;
  // Not the first letter (Russian / Prussian), not in the ending (Britannica / Britannia, -er / -e).
  return i > 0 && i < l.length - 2 && !/[aeiouäöüy]/u.test(l[i]);
}

/**
 * Whether `a` and `b` look like two spellings of one name: one spelling skeleton and a shared phonetic
 * code (Kölner Phonetik, Double Metaphone), or a typing slip in a long name; never a case difference,
 * a grammatical ending or a gendered pair.
 */
export function areSpellingVariants(a: string, b: string, language: Language): boolean {
  if (a === b || a.length < 3 || b.length < 3) return false;
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  if (la === lb) return false;
  if (la + 's' === lb || lb + 's' === la || la + 'n' === lb || lb + 'n' === la) return false;
  if (genderedPair(a, b)) return false;
  if (typingSlip(la, lb)) return true;
  if (spellingSkeleton(la) !== spellingSkeleton(lb)) return false;
  const kb = new Set(variantBlockingKeys(b, language).filter((k) => !k.startsWith('d:')));
  return variantBlockingKeys(a, language).some((k) => !k.startsWith('d:') && !k.startsWith('s:') && kb.has(k));
}

/**
 * Blocking keys for variant candidates: the phonetic codes, the spelling skeleton, and for long names
 * the name with one letter left out (so typing slips meet). Two variants always share a key.
 */
export function variantBlockingKeys(name: string, language: Language): string[] {
  const memo = language + '\u0000' + name;
  let hit = blockingKeys.get(memo);
  if (!hit) {
    if (blockingKeys.size > 50_000) blockingKeys.clear();
    blockingKeys.set(memo, (hit = computeBlockingKeys(name, language)));
  }
  return hit;
}

function computeBlockingKeys(name: string, language: Language): string[] {
  const keys = phoneticKeys(name, language);
  keys.push('s:' + spellingSkeleton(name));
  const lower = name.toLowerCase();
  if (lower.length >= 7) {
    keys.push('d:' + lower);
    for (let i = 0; i < lower.length; i++) keys.push('d:' + lower.slice(0, i) + lower.slice(i + 1));
  }
  return keys;
}

/**
 * Whether two first names sound alike to Double Metaphone and differ in at most two letters
 * (Geoff / Jeff): weaker than a spelling variant, so only taken with the rest of the name equal.
 */
export function areSoundAlikes(a: string, b: string): boolean {
  if (a === b || a.length < 3 || b.length < 3 || a.toLowerCase() === b.toLowerCase()) return false;
  if (genderedPair(a, b)) return false;
  const [pa] = doubleMetaphone(a);
  const [pb] = doubleMetaphone(b);
  return pa.length >= 2 && pa === pb && editDistance(a.toLowerCase(), b.toLowerCase(), 2) <= 2;
}
