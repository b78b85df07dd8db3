// Decides whether two spellings of a name token are probably one name written two ways (Katrin / Kathrin).
import { givenNameGender, isCuratedGivenName, isGivenName } from '../lang/lexicon';
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

/** `long` is `short` with a German or English case ending (Friedrich / Friedrichs, Franke / Franken), not a doubled letter (Hoffman / Hoffmann). */
function grammaticalEnding(short: string, long: string): boolean {
  return (short + 's' === long || short + 'n' === long) && !short.endsWith(long[long.length - 1]);
}

/**
 * An English surname with and without a silent final e (Holcomb / Holcombe, Brown / Browne): the shorter ends in a
 * consonant, and the longer is not a given name of its own (Louis / Louise, Simon / Simone are two people).
 */
function silentFinalE(a: string, b: string): boolean {
  const [s, l] = a.length < b.length ? [a, b] : [b, a];
  if (s.length < 4 || l !== s + 'e' || !/[bcdfgklmnprtwz]$/u.test(s)) return false;
  const gl = givenNameGender(l);
  return gl === undefined || (!isCuratedGivenName(l) && !gl) || gl === givenNameGender(s);
}

const VOWEL = /[aeiouyäöü]/u;
const VOWEL_GROUP_END = /[aeiouyäöüw]/u;
const VOWEL_GROUP = /^[aeiouyäöü]*w?$/u;
/** Vowel spellings that write one sound in English and German surnames (Fairburn / Fairbairn, Pardew / Pardoe, Leeming / Leaming). */
const SAME_SOUND_VOWELS = [
  ['u', 'ai', 'ea', 'ou', 'ei'],
  ['o', 'oa', 'oe', 'ow', 'ew', 'ou', 'oo'],
  ['ou', 'ow', 'au', 'aw'],
  ['ee', 'ea', 'ie', 'ei', 'i', 'y', 'e'],
  ['a', 'ai', 'ay', 'ei', 'ey', 'ae'],
].map((c) => new Set(c));
/** Letter pairs that write one sound in German names (Brandstätter / Brandstetter). */
const foldUmlautE = (s: string): string => s.replace(/ä/gu, 'e').replace(/ae/gu, 'e');
/** Codes of the sound of a name: Double Metaphone's primary code, and in German the Kölner Phonetik as well. */
function soundCodes(name: string, language: Language): string[] {
  const out = [doubleMetaphone(name)[0]];
  if (language === 'de') {
    const k = phoneticKeys(name, 'de')[0];
    if (k) out.push(k);
  }
  return out;
}

/**
 * One name drifting in spelling while it sounds the same: one sound code, the same first letter, at most two letters
 * apart, five letters on (Fairburn / Fairbairn, Pardew / Pardoe, Rorty / Roarty, Peterson / Petersen). One plain
 * vowel swapped for another stays two names (Morton / Merton, Hanke / Henke, Christine / Christina), as does a vowel
 * added at the end (Anton / Antoni).
 */
function soundDrift(na: string, nb: string, language: Language): boolean {
  const la = na.toLowerCase();
  const lb = nb.toLowerCase();
  const a = language === 'de' ? foldUmlautE(la) : la;
  const b = language === 'de' ? foldUmlautE(lb) : lb;
  if (a === b) return language === 'de';
  if (Math.min(a.length, b.length) < 5 || a[0] !== b[0] || editDistance(a, b, 2) > 2) return false;
  const ca = soundCodes(a, language);
  const cb = soundCodes(b, language);
  if (!ca[0] || ca[0].length < 2 || !ca.every((c, k) => c === cb[k])) return false;
  // The part that differs, widened to whole vowel groups on both sides (a w closes a group: Pardew, Haddow).
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  let q = 0;
  while (q < a.length - p && q < b.length - p && a[a.length - 1 - q] === b[b.length - 1 - q]) q++;
  while (p > 0 && VOWEL.test(a[p - 1])) p--;
  while (q > 0 && VOWEL_GROUP_END.test(a[a.length - q])) q--;
  const da = a.slice(p, a.length - q);
  const db = b.slice(p, b.length - q);
  if (!VOWEL_GROUP.test(da) || !VOWEL_GROUP.test(db)) return false;
  // -son / -sen: one surname (Peterson / Petersen).
  if (q === 1 && p >= 4 && a.endsWith('n') && /s$/u.test(a.slice(0, p)) && /^[oe]$/u.test(da) && /^[oe]$/u.test(db)) return true;
  // Two given names the lexicon knows apart (Maria / Marie, Lena / Lina).
  if (isGivenName(na) && isGivenName(nb)) return false;
  // At the end both sides are digraphs (Pardew / Pardoe); inside, at least one is (Fairburn / Fairbairn, Rorty / Roarty).
  if (!SAME_SOUND_VOWELS.some((c) => c.has(da) && c.has(db))) return false;
  return q === 0 ? da.length > 1 && db.length > 1 : da.length > 1 || db.length > 1;
}

/** A typing slip in a name of six letters on: two letters swapped, one consonant dropped or doubled; one vowel changed from nine letters on. */
function typingSlip(a: string, b: string): boolean {
  if (Math.min(a.length, b.length) < 6 || editDistance(a, b, 1) !== 1) return false;
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
  if (grammaticalEnding(la, lb) || grammaticalEnding(lb, la)) return false;
  if (language === 'en' && silentFinalE(a, b)) return true;
  if (genderedPair(a, b)) return false;
  if (typingSlip(la, lb)) return true;
  if (soundDrift(a, b, language)) return true;
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
  if (lower.length >= 6) {
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
