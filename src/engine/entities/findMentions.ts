// Finds the names in one episode's text: titled names, multi-word names, possessives, told apart from common nouns.
import { calendarWords, englishPlaceHeads, functionWords, germanPlaceEnding, nameParticles, nounMarkers, organisationTitles, placePrepositions } from '../lang/closedClass';
import { germanNounEvidence, isCuratedGivenName, isDictionaryWord, isGivenName, isKnownSurname } from '../lang/lexicon';
import { isAbbreviation, isAddressTitle, isNounTitle, isTitle, titleGender, type Gender } from '../lang/titles';
import { tokenize, type Token } from '../text/tokenize';
import { isDemonym, isHonorific, isHyphenAdjective, isMidAdverb, isMotionBeforeTo, isPlaceNoun, isPossessiveDeterminer, isWordFirst, looksFinite, placeWordPrepositions } from './nameContext';
import type { Language } from '../types';

/** One name as written in the episode, before entities are resolved. */
export interface RawMention {
  /** Span of the title (if any) and the name, UTF-16 offsets into the episode text. */
  start: number;
  end: number;
  text: string;
  /** Name tokens without possessive endings: ["Kathrin", "Globisch"]. */
  name: string[];
  /** Titles before the name, without periods: ["Dr"]. */
  titles: string[];
  gender?: Gender;
  sentence: number;
  /** Preceded by a preposition that usually introduces a place ("in", "aus", "from"). */
  placeCue: boolean;
  /** Preceded by a word naming an institution ("Krankenhaus Sachsenklinik"). */
  orgCue?: boolean;
  /** Followed by an apposition calling it a town or village ("Galway, a fishing town"; "Husum, eine Kleinstadt"). */
  placeNoun?: boolean;
}

export interface FindMentionsOptions {
  /** Words the writers declared not to be names (compared case-insensitively). */
  notNames?: Iterable<string>;
  /** Names the writers declared (bible entity names and aliases): always names. */
  knownNames?: Iterable<string>;
}

const NOUN_SUFFIX_DE = /(ung|heit|keit|schaft|tion|ität|ismus|nis|tum|chen|lein|ment)$/u;

/** A capitalised adjective used as a noun ("Vorsitzender", "Erster"): the text uses the adjective in small letters. */
function nominalisedAdjective(lower: string, lowerWords: ReadonlySet<string>): boolean {
  const m = /^(.{3,}?)(e|er|es|en|em)$/u.exec(lower);
  if (!m) return false;
  return ['', 'e', 'er', 'es', 'en', 'em'].some((ending) => lowerWords.has(m[1] + ending));
}

/** Removes a possessive ending: Tom's → Tom, Lukas’ → Lukas, James' → James. */
export function stripPossessive(word: string): string {
  // Only a word ending in s or an apostrophe can carry a possessive ending (checked before any regex, for speed).
  const last = word.charCodeAt(word.length - 1);
  if (last !== 0x73 && last !== 0x27 && last !== 0x2019) return word;
  if (/['’]s$/u.test(word)) return word.slice(0, -2);
  if (/['’]$/u.test(word)) return word.slice(0, -1);
  return word;
}

/** Starts with a small letter (ASCII decided by code, the rest by the Unicode class). */
function startsLowerCase(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return LOWER_FIRST.test(w);
}

const LOWER_FIRST = /^\p{Ll}/u;
const CAPITALISED = /^\p{Lu}(\p{Ll}|['’]\p{Lu})/u;

/** Starts with a capital followed by a small letter (not all capitals, not a single letter); ASCII decided by code. */
function isCapitalised(w: string): boolean {
  const c0 = w.charCodeAt(0);
  if (c0 < 128) {
    if (c0 < 65 || c0 > 90) return false;
    const c1 = w.charCodeAt(1);
    if (c1 >= 97 && c1 <= 122) return true;
    if (c1 < 128 && c1 !== 39) return false;
  }
  return CAPITALISED.test(w);
}

/** Ends in one s after another letter: a German genitive ("Konrads"), not "Klaus" → "Klau"... nor "ss". */
function endsInSingleS(w: string): boolean {
  const n = w.length;
  return n >= 2 && w.charCodeAt(n - 1) === 115 && w.charCodeAt(n - 2) !== 115;
}

/** English auxiliaries and modals that open questions ("Will Tom come?", "May Anna stay?") and are also given names. */
const AUXILIARIES = new Set(['will', 'would', 'shall', 'should', 'may', 'might', 'can', 'could', 'must', 'do', 'does', 'did', 'has', 'have', 'had', 'is', 'are', 'was', 'were']);

/** Copulas before a predicate noun ("Galway is a city", "Husum ist eine Kleinstadt"). */
const COPULAS = new Set(['is', 'was', 'ist', 'war']);

/** English articles: "a Londoner", "the Corkman" name inhabitants, not people. */
const ARTICLES_EN = new Set(['a', 'an', 'the', 'another']);

/** German forms of address written with a capital that are pronouns, not names. */
const POLITE_PRONOUNS = new Set(['Sie', 'Ihnen', 'Ihr', 'Ihre', 'Ihrer', 'Ihren', 'Ihrem', 'Ihres']);

/** Every name mention in `text`, in text order. */
export function findMentions(text: string, language: Language, options: FindMentionsOptions = {}): RawMention[] {
  return findNames(text, language, options).mentions;
}

/** The option sets, built once per options list (a series passes the same bible lists for every episode). */
const notNameSets = new WeakMap<object, Set<string>>();
const knownSets = new WeakMap<object, Map<Language, Set<string>>>();

function notNameSet(notNames: Iterable<string> | undefined): Set<string> {
  if (!notNames) return new Set();
  let set = notNameSets.get(notNames);
  if (!set) {
    set = new Set([...notNames].map((s) => s.toLowerCase()));
    if (!Array.isArray(notNames) || !Object.isFrozen(notNames)) return set;
    notNameSets.set(notNames, set);
  }
  return set;
}

function knownSet(knownNames: Iterable<string> | undefined, language: Language): Set<string> {
  const build = (): Set<string> => {
    const known = new Set<string>();
    // A word the writers declared a name stays one even when it is also a job word ("Famulant" tagged as a character).
    for (const n of knownNames ?? []) for (const t of n.split(/\s+/u)) if (t && !isAddressTitle(language, t.replace(/\.$/u, ''))) known.add(t);
    return known;
  };
  if (!knownNames || !Array.isArray(knownNames) || !Object.isFrozen(knownNames)) return build();
  let byLanguage = knownSets.get(knownNames);
  if (!byLanguage) knownSets.set(knownNames, (byLanguage = new Map()));
  let set = byLanguage.get(language);
  if (!set) byLanguage.set(language, (set = build()));
  return set;
}

// Token status while names are found (numbers, not strings: compared many times per token).
const NO = 0;
const TITLED = 1;
const NAME = 2;
const DEFERRED = 3;
const NOUN = 4;
const COMPOUND = 5;
const KNOWN = 6;

/**
 * The name mentions of `text`, and the candidates: words that stand only first in a sentence, are no
 * known common word and have no evidence in this episode. The series pass takes a candidate for a
 * name when another episode names it (or a spelling of it).
 */
export function findNames(text: string, language: Language, options: FindMentionsOptions = {}): { mentions: RawMention[]; candidates: RawMention[] } {
  const tokens = tokenize(text, isAbbreviation);
  const n = tokens.length;
  const notNames = notNameSet(options.notNames);
  const known = knownSet(options.knownNames, language);
  const bases = new Array<string>(n);
  const lowerWords = new Set<string>();
  for (let i = 0; i < n; i++) {
    const t = tokens[i].text;
    const base = stripPossessive(t);
    bases[i] = base;
    if (startsLowerCase(t)) lowerWords.add(base);
  }
  /** Lower-case token texts, made when first asked for. */
  const lowerTexts = new Array<string | undefined>(n);
  const lowerText = (i: number): string => (lowerTexts[i] ??= tokens[i].text.toLowerCase());

  const fn = functionWords[language];
  const cal = calendarWords[language];
  const markers = nounMarkers[language];
  const titleAt = new Uint8Array(n);
  const status = new Uint8Array(n);
  /** Followed in the same sentence by a capitalised word that is no plain noun: a first name before its surname. */
  const beforeSurname = (i: number): boolean => {
    const nx = tokens[i + 1];
    return nx !== undefined && nx.sentence === tokens[i].sentence && nx.gapBefore === ' ' && isCapitalised(nx.text) && bases[i] === tokens[i].text && germanNounEvidence(bases[i + 1]) !== 'form';
  };
  const orgAt = new Uint8Array(n);
  /** German names whose only evidence is a capital mid-sentence and no dictionary entry. */
  const midOnly = new Uint8Array(n);
  /** Words after place prepositions ("in Cork", "to Leeds"): the stems of demonyms ("Corkman", "Kölnerin"). */
  const placeWords = new Set<string>();
  for (let i = 1; i < n; i++) if (placeWordPrepositions[language].has(tokens[i - 1].text)) placeWords.add(bases[i]);

  // Titles: a title word followed (after "." for abbreviations) by a capitalised word in the same sentence.
  for (let i = 0; i < n - 1; i++) {
    const t = tokens[i];
    if (!isTitle(language, t.text)) continue;
    const next = tokens[i + 1];
    if (next.sentence !== t.sentence && !isAbbreviation(t.text)) continue;
    if (!/^\.?[^\S\n]*\n?[^\S\n]*$/u.test(next.gapBefore) || next.gapBefore === '' || !isCapitalised(next.text)) continue;
    const prev = tokens[i - 1];
    if (isNounTitle(language, t.text) && prev && prev.sentence === t.sentence && markers.has(lowerText(i - 1))) continue;
    titleAt[i] = 1;
  }

  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    const base = bases[i];
    if (titleAt[i]) continue;
    if (base.length < 2 || !isCapitalised(base)) continue;
    const lower = base.toLowerCase();
    if (notNames.size > 0 && (notNames.has(lower) || notNames.has(lowerText(i)))) continue;
    if (known.has(base)) {
      status[i] = KNOWN;
      continue;
    }
    if (fn.has(lower) || cal.has(lower) || (lower.endsWith('s') && cal.has(lower.slice(0, -1)))) continue;
    if (isAbbreviation(base) && isTitle(language, base)) continue;
    if (language === 'de' && POLITE_PRONOUNS.has(base)) continue;
    // "Cork-born", "a Londoner", "Kölnerin": adjectives and inhabitants of places are no characters.
    const afterArticle = i > 0 && tokens[i - 1].sentence === t.sentence && ARTICLES_EN.has(lowerText(i - 1));
    const demonym = isDemonym(language, base, placeWords, afterArticle) && (language === 'en' || germanNounEvidence(base) === undefined);
    if (isHyphenAdjective(base) || (demonym && !isGivenName(base) && !isKnownSurname(base))) continue;
    const before = tokens[i - 1];
    if (before && before.sentence === t.sentence && t.gapBefore === ' ' && organisationTitles[language].has(before.text) && germanNounEvidence(base) !== 'form') {
      status[i] = NAME;
      orgAt[i] = 1;
      continue;
    }
    if (i > 0 && titleAt[i - 1]) {
      if (isTitle(language, base)) continue;
      status[i] = TITLED;
      continue;
    }
    if (t.sentenceStart) {
      status[i] = DEFERRED;
      continue;
    }
    const prev = tokens[i - 1];
    const afterMarker = prev !== undefined && prev.sentence === t.sentence && markers.has(lowerText(i - 1));
    // "seine Ilka", "my Molly": a possessive determiner before a given name points at that person ("Your Grace" does not).
    if (prev !== undefined && prev.sentence === t.sentence && isPossessiveDeterminer(language, lowerText(i - 1)) && isCuratedGivenName(base) && !isHonorific(lower) && !lowerWords.has(lower)) {
      if (language === 'en' || germanNounEvidence(base) !== 'form') {
        status[i] = NAME;
        continue;
      }
    }
    if (language === 'de') {
      const evidence = germanNounEvidence(base);
      if (evidence === 'form') status[i] = NOUN;
      // A given name that only parses as a compound ("Friedhelm": Fried + Helm, "Wilhelmine") is a name like any other.
      else if (evidence === 'compound' && !isGivenName(base)) status[i] = COMPOUND;
      else if (afterMarker || NOUN_SUFFIX_DE.test(lower) || lowerWords.has(lower) || nominalisedAdjective(lower, lowerWords)) status[i] = NO;
      else {
        // "ein alter Bekannter", "der kleine Lukas": after article and adjective a name needs evidence elsewhere.
        const prev2 = tokens[i - 2];
        const afterAdjective = prev2 !== undefined && prev2.sentence === t.sentence && startsLowerCase(prev.text) && markers.has(lowerText(i - 2));
        if (afterAdjective && !isGivenName(base) && !beforeSurname(i)) status[i] = COMPOUND;
        else {
          status[i] = NAME;
          midOnly[i] = 1;
        }
      }
    } else {
      const dict = isDictionaryWord('en', base);
      if (dict && (afterMarker || lowerWords.has(lower) || !isGivenName(base))) status[i] = NOUN;
      else status[i] = NAME;
    }
  }

  /** Words of the text that may be names (for telling a genitive "Rolfs" from a name ending in s). */
  const capitalBases = new Set<string>();
  for (let i = 0; i < n; i++) {
    const st = status[i];
    if (st === NAME || st === TITLED || st === KNOWN || st === DEFERRED) capitalBases.add(bases[i]);
  }
  /**
   * A German genitive of a name ("Rolfs", "Noras"): ends in one s, is no given name itself, and without the s is a
   * given name or a name word of this text. What follows it belongs to the person ("Rolfs Bandscheibenvorfall").
   */
  const genitiveOfName = (k: number): boolean => {
    if (language !== 'de') return false;
    const b = bases[k];
    if (!endsInSingleS(b) || b !== tokens[k].text || isGivenName(b)) return false;
    const stemmed = b.slice(0, -1);
    return isGivenName(stemmed) || capitalBases.has(stemmed);
  };

  const wasCompound = new Uint8Array(n);
  for (let i = 0; i < n; i++) if (status[i] === COMPOUND) wasCompound[i] = 1;
  // A word that is a noun only as a compound ("Reinecke": rein + Ecke) is a surname right after a name.
  for (let i = 1; i < n; i++) {
    if (status[i] !== COMPOUND) continue;
    const prev = status[i - 1];
    const firstEvidence = prev === DEFERRED ? germanNounEvidence(bases[i - 1]) : 'form';
    const firstWord = firstEvidence === undefined || (firstEvidence === 'compound' && isGivenName(bases[i - 1]));
    const before = tokens[i - 1];
    if (placePrepositions[language].has(before.text) && before.sentence === tokens[i].sentence && germanPlaceEnding.test(bases[i])) {
      status[i] = NAME;
      continue;
    }
    const afterName = prev === TITLED || prev === NAME || prev === KNOWN || firstWord;
    if (afterName && genitiveOfName(i - 1)) continue;
    if (afterName && tokens[i].gapBefore === ' ' && tokens[i].sentence === tokens[i - 1].sentence && bases[i - 1] === tokens[i - 1].text) {
      status[i] = NAME;
      if (firstWord) status[i - 1] = NAME;
    }
  }

  // Evidence from the rest of the episode: a form named with a title or mid-sentence is a name everywhere.
  const strong = new Set<string>();
  const named = new Set<string>();
  for (let i = 0; i < n; i++) {
    const st = status[i];
    if (st === TITLED || st === KNOWN) strong.add(bases[i]);
    if (st === TITLED || st === KNOWN || st === NAME) named.add(bases[i]);
  }
  /** Followed in its sentence by a finite verb in small letters, perhaps after an adverb ("Tom slowly opens", "Horst schweigt"). */
  const verbFollows = (i: number): boolean => {
    if (bases[i] !== tokens[i].text) return false;
    for (let k = i + 1; k < n && k <= i + 2; k++) {
      const tk = tokens[k];
      if (tk.sentence !== tokens[i].sentence || tk.gapBefore !== ' ' || !startsLowerCase(tk.text)) return false;
      const lower = lowerText(k);
      if (looksFinite(language, lower)) return true;
      if (!isMidAdverb(language, lower)) return false;
    }
    return false;
  };
  const nextIsName = (i: number): boolean => {
    const nx = tokens[i + 1];
    const st = status[i + 1];
    return nx !== undefined && nx.gapBefore === ' ' && nx.sentence === tokens[i].sentence && bases[i] === tokens[i].text && (st === NAME || st === TITLED || st === KNOWN);
  };
  /**
   * Whether a sentence's first word, with no evidence of its own, is the first word of the name after it. A given
   * name is, unless it is also a common word the text uses as one (or an English auxiliary) and a given name follows
   * ("Will Tom come?", "Hope Tom likes it ... I hope"); another word only when it is no common word of this text or
   * the lexicon and a surname follows, not a given name ("Kommt Anna mit?", "Danach Tom", "Vielleicht Peter Lustig").
   */
  const firstWordOfName = (i: number, dictWord: boolean): boolean => {
    const lower = bases[i].toLowerCase();
    const nextGiven = isGivenName(bases[i + 1]);
    if (isGivenName(bases[i])) return !(dictWord && nextGiven && (lowerWords.has(lower) || (language === 'en' && AUXILIARIES.has(lower))));
    return !dictWord && !nextGiven && !lowerWords.has(lower);
  };
  const wasNoun = new Uint8Array(n);
  for (let i = 0; i < n; i++) if (status[i] === NOUN) wasNoun[i] = 1;
  const candidateAt = new Uint8Array(n);
  const stem = (b: string): string => (language === 'de' && endsInSingleS(b) ? b.slice(0, -1) : b);
  for (let i = 0; i < n; i++) {
    const st = status[i];
    if (st !== DEFERRED && st !== NOUN && st !== COMPOUND) continue;
    const b = bases[i];
    if (st === DEFERRED) {
      const dictWord = language === 'de' ? germanNounEvidence(b) === 'form' : isDictionaryWord('en', b);
      if (strong.has(b) || strong.has(stem(b))) status[i] = NAME;
      else if (!dictWord && (named.has(b) || named.has(stem(b)))) status[i] = NAME;
      // Alone at a sentence start, only a curated given name is a name on the lexicon's word ("Daran" is in a register).
      else if (!dictWord && isCuratedGivenName(b) && !lowerWords.has(b.toLowerCase())) status[i] = NAME;
      // "Tom opens the door.", "Horst schweigt.": a given name before a finite verb is its subject ("Dawn broke" is no name).
      else if (isCuratedGivenName(b) && !isWordFirst(language, b) && !lowerWords.has(b.toLowerCase()) && verbFollows(i)) status[i] = NAME;
      else if (nextIsName(i) && firstWordOfName(i, dictWord)) status[i] = NAME;
      else {
        status[i] = NO;
        if (!dictWord && b.length >= 3 && !lowerWords.has(b.toLowerCase()) && germanNounEvidence(b) !== 'compound') candidateAt[i] = 1;
        // A given name that is also a rare word ("Tom", "Horst") waits for the series to name it, unless it is a frequent word.
        else if (b.length >= 3 && isCuratedGivenName(b) && !isWordFirst(language, b) && !lowerWords.has(b.toLowerCase()) && b === tokens[i].text) candidateAt[i] = 1;
      }
    } else if (st === NOUN) {
      status[i] = strong.has(b) || strong.has(stem(b)) ? NAME : NO;
    } else {
      status[i] = named.has(b) || named.has(stem(b)) ? NAME : NO;
    }
  }

  // English: a capitalised common word right after a name belongs to it ("Baker Street", "Scotland Yard").
  if (language === 'en') {
    for (let i = 0; i + 1 < n; i++) {
      const nx = tokens[i + 1];
      if (status[i] !== NO || !wasNoun[i] || nx.gapBefore !== ' ' || nx.sentence !== tokens[i].sentence) continue;
      if (isCapitalised(nx.text) && englishPlaceHeads.has(bases[i + 1].toLowerCase())) status[i] = NAME;
    }
    for (let i = 1; i < n; i++) {
      if (status[i] !== NO || !isCapitalised(bases[i]) || fn.has(bases[i].toLowerCase()) || cal.has(bases[i].toLowerCase())) continue;
      if (status[i - 1] === NO || tokens[i].gapBefore !== ' ' || bases[i - 1] !== tokens[i - 1].text) continue;
      if (tokens[i].sentence !== tokens[i - 1].sentence) continue;
      status[i] = NAME;
    }
    // A surname that is a word (Marsh, Flint) standing alone, when the episode gives it with a first name.
    const surnames = new Set<string>();
    for (let i = 1; i < n; i++) {
      const joinedHere = status[i] === NAME && status[i - 1] !== NO && tokens[i].gapBefore === ' ' && tokens[i].sentence === tokens[i - 1].sentence;
      if (joinedHere && isGivenName(bases[i - 1])) surnames.add(bases[i]);
    }
    if (surnames.size > 0) for (let i = 0; i < n; i++) if (status[i] === NO && wasNoun[i] && surnames.has(bases[i])) status[i] = NAME;
  }

  const isName = (i: number): boolean => {
    const st = status[i];
    return st === TITLED || st === NAME || st === KNOWN;
  };
  // Names that stand alone somewhere: two of them side by side are two people ("Kathrin und Achim Lukas finden").
  const joined = (a: number, b: number): boolean =>
    b < n && isName(a) && isName(b) && tokens[b].gapBefore === ' ' && tokens[a].sentence === tokens[b].sentence && bases[a] === tokens[a].text;
  const standalone = new Set<string>();
  for (let i = 0; i < n; i++) if (isName(i) && !joined(i - 1, i) && !joined(i, i + 1)) standalone.add(bases[i]);
  const pairs = new Map<string, number>();
  for (let i = 0; i + 1 < n; i++) {
    if (wasNoun[i + 1] && isName(i) && tokens[i + 1].gapBefore === ' ' && tokens[i + 1].sentence === tokens[i].sentence) {
      const k = bases[i] + ' ' + bases[i + 1];
      pairs.set(k, (pairs.get(k) ?? 0) + 1);
    }
  }
  // First words of multi-word names in this text ("Jonas" of "Jonas Albrecht").
  const firstNames = new Set<string>();
  for (let i = 0; i + 1 < n; i++) if (joined(i, i + 1)) firstNames.add(bases[i]);
  /**
   * "von", "van", "de" before a given name or a person's first name is a preposition ("erfährt Nora von Jonas,
   * warum ..."), not a nobiliary particle: a particle stands before a surname ("Friedrich von Schiller").
   */
  const personAfterParticle = (k: number): boolean => isCuratedGivenName(bases[k]) || firstNames.has(bases[k]);
  /** Whether the name ending at token j is followed by ", a fishing town" / ", eine Kleinstadt an der Küste". */
  /** A place noun: "town", "Stadt", "Fischerdorf" (a German one written with a capital, not "dort"). */
  const placeNounAt = (k: number): boolean => isPlaceNoun(language, lowerText(k)) && (language === 'en' || isCapitalised(tokens[k].text));
  const placeAppositionAfter = (j: number): boolean => {
    const first = tokens[j + 1];
    if (!first || first.sentence !== tokens[j].sentence) return false;
    // "Galway, a fishing town" or, as a predicate, "Galway is a city on the bay" / "Husum ist eine Kleinstadt".
    const copula = first.gapBefore === ' ' && COPULAS.has(lowerText(j + 1));
    if (!copula && !first.gapBefore.includes(',')) return false;
    const from = copula ? j + 2 : j + 1;
    for (let k = from; k < n && k <= from + 3 && tokens[k].sentence === first.sentence; k++) {
      if (k > j + 1 && tokens[k].gapBefore !== ' ') return false;
      if (placeNounAt(k)) {
        // The head of the apposition, not a modifier ("the village doctor"): what follows is no word of it.
        const nx = tokens[k + 1];
        return !nx || nx.sentence !== tokens[k].sentence || nx.gapBefore !== ' ' || fn.has(lowerText(k + 1));
      }
      if (k > from && language === 'en' && !startsLowerCase(tokens[k].text)) return false;
    }
    return false;
  };
  /** Whether the name starting at token k follows a place noun: "die Stadt Husum", "im Fischerdorf Tönnerup", "the town of Galway". */
  const placeNounBefore = (k: number): boolean => {
    const p = language === 'en' && k > 1 && tokens[k - 1].text === 'of' ? k - 2 : k - 1;
    return p >= 0 && tokens[p].sentence === tokens[k].sentence && tokens[p + 1].gapBefore === ' ' && placeNounAt(p);
  };
  /** How often each run of three capitalised words stands in the text, counted when first asked for. */
  let threes: Map<string, number> | undefined;
  const threeWordNames = (): Map<string, number> => {
    if (threes) return threes;
    threes = new Map();
    for (let i = 0; i + 2 < n; i++) {
      if (!isCapitalised(bases[i]) || !isCapitalised(bases[i + 1]) || !isCapitalised(bases[i + 2])) continue;
      const k = bases[i] + ' ' + bases[i + 1] + ' ' + bases[i + 2];
      threes.set(k, (threes.get(k) ?? 0) + 1);
    }
    return threes;
  };
  const mentions: RawMention[] = [];
  /** The token each mention's name starts at. */
  const mentionToken: number[] = [];
  for (let i = 0; i < n; i++) {
    if (!isName(i)) continue;
    // Extend over further name tokens (and particles between them) in the same sentence.
    let j = i;
    const name = [bases[i]];
    while (j + 1 < n && bases[j] === tokens[j].text) {
      const nx = tokens[j + 1];
      if (nx.sentence !== tokens[i].sentence || nx.gapBefore !== ' ') break;
      // A surname that is also a noun (Vogel, Fischer): after a titled name, or as a pair seen twice.
      // A German genitive (Konrads, Friedas) is followed by what belongs to the person, never by a surname.
      if (language === 'de' && endsInSingleS(bases[j]) && (named.has(stem(bases[j])) || strong.has(stem(bases[j])))) break;
      if (
        language === 'de' &&
        status[j + 1] === NO &&
        wasNoun[j + 1] &&
        ((isGivenName(bases[j]) && (status[j] === TITLED || isKnownSurname(bases[j + 1]))) || (pairs.get(bases[j] + ' ' + bases[j + 1]) ?? 0) >= 2)
      ) {
        status[j + 1] = NAME;
      }
      // "verkauft Rieke Janßen Räucherfisch": a noun after a first name and surname is no third name unless the three recur.
      if (language === 'de' && name.length >= 2 && (wasNoun[j + 1] || wasCompound[j + 1]) && isGivenName(name[0]) && !isKnownSurname(bases[j + 1])) {
        if (!strong.has(bases[j + 1]) && (threeWordNames().get(name[name.length - 2] + ' ' + bases[j] + ' ' + bases[j + 1]) ?? 0) < 2) {
          if (isName(j + 1)) status[j + 1] = NO;
          break;
        }
      }
      if (isName(j + 1)) {
        if (standalone.has(bases[j]) && standalone.has(bases[j + 1]) && isCuratedGivenName(bases[j + 1])) break;
        name.push(bases[j + 1]);
        j++;
        continue;
      }
      const firstName = status[j] === TITLED || isGivenName(bases[j]);
      if (firstName && nameParticles.has(nx.text) && j + 2 < n && isName(j + 2) && tokens[j + 2].gapBefore === ' ' && !personAfterParticle(j + 2)) {
        name.push(nx.text, bases[j + 2]);
        j += 2;
        continue;
      }
      break;
    }
    // Titles before the name.
    let k = i;
    const titles: string[] = [];
    while (k > 0 && titleAt[k - 1]) {
      titles.unshift(tokens[k - 1].text);
      k--;
    }
    let gender: Gender | undefined;
    for (const title of titles) gender ??= titleGender(language, title) ?? undefined;
    const before = tokens[k - 1];
    const motionTo = language === 'en' && before?.text === 'to' && k > 1 && tokens[k - 2].sentence === before.sentence && isMotionBeforeTo(lowerText(k - 2));
    const placeCue =
      titles.length === 0 && before !== undefined && before.sentence === tokens[k].sentence && (placePrepositions[language].has(before.text) || motionTo);
    const start = tokens[k].start;
    const end = tokens[j].end;
    mentions.push({ start, end, text: text.slice(start, end), name, titles, gender, sentence: tokens[i].sentence, placeCue, orgCue: orgAt[i] === 1, ...(placeAppositionAfter(j) || (titles.length === 0 && placeNounBefore(k)) ? { placeNoun: true } : {}) });
    mentionToken.push(i);
    i = j;
  }
  // A German word named once, only by its capital and no lexicon, waits for the series to confirm it.
  const candidates: RawMention[] = [];
  let result = mentions;
  if (language === 'de') {
    const count = new Map<string, number>();
    for (const m of mentions) for (const w of m.name) count.set(w, (count.get(w) ?? 0) + 1);
    const weak = (m: RawMention, i: number): boolean => {
      // A titled mention starts at its title, which is no name token: never weak.
      if (m.titles.length !== 0 || m.name.length !== 1 || m.placeCue || m.orgCue || !midOnly[i]) return false;
      const w = m.name[0];
      const genitiveOf = endsInSingleS(w) && count.has(w.slice(0, -1));
      return count.get(w) === 1 && !genitiveOf && !isGivenName(w) && !isKnownSurname(w);
    };
    result = [];
    for (let m = 0; m < mentions.length; m++) (weak(mentions[m], mentionToken[m]) ? candidates : result).push(mentions[m]);
  }
  for (let i = 0; i < n; i++) {
    if (!candidateAt[i] || status[i] !== NO) continue;
    const t = tokens[i];
    candidates.push({ start: t.start, end: t.end, text: t.text, name: [bases[i]], titles: [], sentence: t.sentence, placeCue: false });
  }
  candidates.sort((a, b) => a.start - b.start);
  return { mentions: result, candidates };
}

export type { Token };
