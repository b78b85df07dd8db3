// Finds the names in one episode's text: titled names, multi-word names, possessives, told apart from common nouns.
import { calendarWords, englishPlaceHeads, functionWords, germanPlaceEnding, nameParticles, nounMarkers, organisationTitles, placePrepositions } from '../lang/closedClass';
import { germanNounEvidence, isDictionaryWord, isGivenName, isKnownSurname } from '../lang/lexicon';
import { isAbbreviation, isNounTitle, isTitle, titleGender, type Gender } from '../lang/titles';
import { tokenize, type Token } from '../text/tokenize';
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
}

export interface FindMentionsOptions {
  /** Words the writers declared not to be names (compared case-insensitively). */
  notNames?: Iterable<string>;
  /** Names the writers declared (bible entity names and aliases): always names. */
  knownNames?: Iterable<string>;
}

type Status = 'no' | 'titled' | 'name' | 'deferred' | 'noun' | 'compound' | 'known';

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
  return /^\p{Ll}/u.test(w);
}

/** Starts with a capital followed by a small letter (not all capitals, not a single letter). */
const isCapitalised = (w: string): boolean => /^\p{Lu}(\p{Ll}|['’]\p{Lu})/u.test(w);

/** Every name mention in `text`, in text order. */
export function findMentions(text: string, language: Language, options: FindMentionsOptions = {}): RawMention[] {
  return findNames(text, language, options).mentions;
}

/**
 * The name mentions of `text`, and the candidates: words that stand only first in a sentence, are no
 * known common word and have no evidence in this episode. The series pass takes a candidate for a
 * name when another episode names it (or a spelling of it).
 */
export function findNames(text: string, language: Language, options: FindMentionsOptions = {}): { mentions: RawMention[]; candidates: RawMention[] } {
  const tokens = tokenize(text, isAbbreviation);
  const notNames = new Set([...(options.notNames ?? [])].map((s) => s.toLowerCase()));
  const known = new Set<string>();
  for (const n of options.knownNames ?? []) for (const t of n.split(/\s+/u)) if (t && !isTitle(language, t.replace(/\.$/u, ''))) known.add(t);
  const lowerWords = new Set<string>();
  for (const t of tokens) if (startsLowerCase(t.text)) lowerWords.add(stripPossessive(t.text));

  const fn = functionWords[language];
  const cal = calendarWords[language];
  const markers = nounMarkers[language];
  const bases = tokens.map((t) => stripPossessive(t.text));
  const titleAt = tokens.map(() => false);
  const status: Status[] = tokens.map(() => 'no');
  /** Followed in the same sentence by a capitalised word that is no plain noun: a first name before its surname. */
  const beforeSurname = (i: number): boolean => {
    const n = tokens[i + 1];
    return n !== undefined && n.sentence === tokens[i].sentence && n.gapBefore === ' ' && isCapitalised(n.text) && bases[i] === tokens[i].text && germanNounEvidence(bases[i + 1]) !== 'form';
  };
  const orgAt = tokens.map(() => false);
  /** German names whose only evidence is a capital mid-sentence and no dictionary entry. */
  const midOnly = tokens.map(() => false);

  // Titles: a title word followed (after "." for abbreviations) by a capitalised word in the same sentence.
  for (let i = 0; i < tokens.length - 1; i++) {
    const t = tokens[i];
    if (!isTitle(language, t.text)) continue;
    const next = tokens[i + 1];
    if (next.sentence !== t.sentence && !isAbbreviation(t.text)) continue;
    if (!/^\.?[^\S\n]*\n?[^\S\n]*$/u.test(next.gapBefore) || next.gapBefore === '' || !isCapitalised(next.text)) continue;
    const prev = tokens[i - 1];
    if (isNounTitle(language, t.text) && prev && prev.sentence === t.sentence && markers.has(prev.text.toLowerCase())) continue;
    titleAt[i] = true;
  }

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const base = bases[i];
    const lower = base.toLowerCase();
    if (titleAt[i]) continue;
    if (!isCapitalised(base) || base.length < 2) continue;
    if (notNames.has(lower) || notNames.has(t.text.toLowerCase())) continue;
    if (known.has(base)) {
      status[i] = 'known';
      continue;
    }
    if (fn.has(lower) || cal.has(lower) || cal.has(lower.replace(/s$/u, ''))) continue;
    if (isAbbreviation(base) && isTitle(language, base)) continue;
    if (language === 'de' && /^(Sie|Ihnen|Ihr|Ihre|Ihrer|Ihren|Ihrem|Ihres)$/u.test(base)) continue;
    const before = tokens[i - 1];
    if (before && before.sentence === t.sentence && t.gapBefore === ' ' && organisationTitles[language].has(before.text) && germanNounEvidence(base) !== 'form') {
      status[i] = 'name';
      orgAt[i] = true;
      continue;
    }
    if (i > 0 && titleAt[i - 1]) {
      if (isTitle(language, base)) continue;
      status[i] = 'titled';
      continue;
    }
    if (t.sentenceStart) {
      status[i] = 'deferred';
      continue;
    }
    const prev = tokens[i - 1];
    const afterMarker = prev !== undefined && prev.sentence === t.sentence && markers.has(prev.text.toLowerCase());
    if (language === 'de') {
      const evidence = germanNounEvidence(base);
      const prev2 = tokens[i - 2];
      // "ein alter Bekannter", "der kleine Lukas": after article and adjective a name needs evidence elsewhere.
      const afterAdjective = prev2 !== undefined && prev2.sentence === t.sentence && /^\p{Ll}/u.test(prev.text) && markers.has(prev2.text.toLowerCase());
      if (evidence === 'form') status[i] = 'noun';
      else if (evidence === 'compound') status[i] = 'compound';
      else if (afterMarker || NOUN_SUFFIX_DE.test(lower) || lowerWords.has(lower) || nominalisedAdjective(lower, lowerWords)) status[i] = 'no';
      else if (afterAdjective && !isGivenName(base) && !beforeSurname(i)) status[i] = 'compound';
      else {
        status[i] = 'name';
        midOnly[i] = true;
      }
    } else {
      const dict = isDictionaryWord('en', base);
      if (dict && (afterMarker || lowerWords.has(lower) || !isGivenName(base))) status[i] = 'noun';
      else status[i] = 'name';
    }
  }

  // A word that is a noun only as a compound ("Reinecke": rein + Ecke) is a surname right after a name.
  for (let i = 1; i < tokens.length; i++) {
    if (status[i] !== 'compound') continue;
    const prev = status[i - 1];
    const firstWord = prev === 'deferred' && germanNounEvidence(bases[i - 1]) === undefined;
    const before = tokens[i - 1];
    if (placePrepositions[language].has(before.text) && before.sentence === tokens[i].sentence && germanPlaceEnding.test(bases[i])) {
      status[i] = 'name';
      continue;
    }
    const afterName = prev === 'titled' || prev === 'name' || prev === 'known' || firstWord;
    if (afterName && tokens[i].gapBefore === ' ' && tokens[i].sentence === tokens[i - 1].sentence && bases[i - 1] === tokens[i - 1].text) {
      status[i] = 'name';
      if (firstWord) status[i - 1] = 'name';
    }
  }

  // Evidence from the rest of the episode: a form named with a title or mid-sentence is a name everywhere.
  const strong = new Set<string>();
  const named = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    if (status[i] === 'titled' || status[i] === 'known') strong.add(bases[i]);
    if (status[i] === 'titled' || status[i] === 'known' || status[i] === 'name') named.add(bases[i]);
  }
  const nextIsName = (i: number): boolean => {
    const n = tokens[i + 1];
    const st = status[i + 1];
    return n !== undefined && n.gapBefore === ' ' && n.sentence === tokens[i].sentence && bases[i] === tokens[i].text && (st === 'name' || st === 'titled' || st === 'known');
  };
  const wasNoun = status.map((st) => st === 'noun');
  const candidateAt = tokens.map(() => false);
  const stem = (b: string): string => (language === 'de' && /[^s]s$/u.test(b) ? b.slice(0, -1) : b);
  for (let i = 0; i < tokens.length; i++) {
    const b = bases[i];
    if (status[i] === 'deferred') {
      const dictWord = language === 'de' ? germanNounEvidence(b) === 'form' : isDictionaryWord('en', b);
      if (strong.has(b) || strong.has(stem(b))) status[i] = 'name';
      else if (!dictWord && (named.has(b) || named.has(stem(b)))) status[i] = 'name';
      else if (!dictWord && isGivenName(b) && !lowerWords.has(b.toLowerCase())) status[i] = 'name';
      else if ((isGivenName(b) || !dictWord) && nextIsName(i)) status[i] = 'name';
      else {
        status[i] = 'no';
        if (!dictWord && b.length >= 3 && !lowerWords.has(b.toLowerCase()) && germanNounEvidence(b) !== 'compound') candidateAt[i] = true;
      }
    } else if (status[i] === 'noun') {
      status[i] = strong.has(b) || strong.has(stem(b)) ? 'name' : 'no';
    } else if (status[i] === 'compound') {
      status[i] = named.has(b) || named.has(stem(b)) ? 'name' : 'no';
    }
  }

  // English: a capitalised common word right after a name belongs to it ("Baker Street", "Scotland Yard").
  if (language === 'en') {
    for (let i = 0; i + 1 < tokens.length; i++) {
      const n = tokens[i + 1];
      if (status[i] !== 'no' || !wasNoun[i] || n.gapBefore !== ' ' || n.sentence !== tokens[i].sentence) continue;
      if (isCapitalised(n.text) && englishPlaceHeads.has(bases[i + 1].toLowerCase())) status[i] = 'name';
    }
    for (let i = 1; i < tokens.length; i++) {
      if (status[i] !== 'no' || !isCapitalised(bases[i]) || fn.has(bases[i].toLowerCase()) || cal.has(bases[i].toLowerCase())) continue;
      if (status[i - 1] === 'no' || tokens[i].gapBefore !== ' ' || bases[i - 1] !== tokens[i - 1].text) continue;
      if (tokens[i].sentence !== tokens[i - 1].sentence) continue;
      status[i] = 'name';
    }
    // A surname that is a word (Marsh, Flint) standing alone, when the episode gives it with a first name.
    const surnames = new Set<string>();
    for (let i = 1; i < tokens.length; i++) {
      const joinedHere = status[i] === 'name' && status[i - 1] !== 'no' && tokens[i].gapBefore === ' ' && tokens[i].sentence === tokens[i - 1].sentence;
      if (joinedHere && isGivenName(bases[i - 1])) surnames.add(bases[i]);
    }
    for (let i = 0; i < tokens.length; i++) if (status[i] === 'no' && wasNoun[i] && surnames.has(bases[i])) status[i] = 'name';
  }

  const isName = (i: number): boolean => status[i] === 'titled' || status[i] === 'name' || status[i] === 'known';
  // Names that stand alone somewhere: two of them side by side are two people ("Kathrin und Achim Lukas finden").
  const joined = (a: number, b: number): boolean =>
    b < tokens.length && isName(a) && isName(b) && tokens[b].gapBefore === ' ' && tokens[a].sentence === tokens[b].sentence && bases[a] === tokens[a].text;
  const standalone = new Set<string>();
  for (let i = 0; i < tokens.length; i++) if (isName(i) && !joined(i - 1, i) && !joined(i, i + 1)) standalone.add(bases[i]);
  const tokenAt = new Map(tokens.map((t, i) => [t.start, i]));
  const pairs = new Map<string, number>();
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (isName(i) && wasNoun[i + 1] && tokens[i + 1].gapBefore === ' ' && tokens[i + 1].sentence === tokens[i].sentence) {
      const k = bases[i] + ' ' + bases[i + 1];
      pairs.set(k, (pairs.get(k) ?? 0) + 1);
    }
  }
  const mentions: RawMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isName(i)) continue;
    // Extend over further name tokens (and particles between them) in the same sentence.
    let j = i;
    const name = [bases[i]];
    while (j + 1 < tokens.length && bases[j] === tokens[j].text) {
      const n = tokens[j + 1];
      if (n.sentence !== tokens[i].sentence || n.gapBefore !== ' ') break;
      // A surname that is also a noun (Vogel, Fischer): after a titled name, or as a pair seen twice.
      // A German genitive (Konrads, Friedas) is followed by what belongs to the person, never by a surname.
      if (language === 'de' && /[^s]s$/u.test(bases[j]) && (named.has(stem(bases[j])) || strong.has(stem(bases[j])))) break;
      if (
        language === 'de' &&
        status[j + 1] === 'no' &&
        wasNoun[j + 1] &&
        ((isGivenName(bases[j]) && (status[j] === 'titled' || isKnownSurname(bases[j + 1]))) || (pairs.get(bases[j] + ' ' + bases[j + 1]) ?? 0) >= 2)
      ) {
        status[j + 1] = 'name';
      }
      if (isName(j + 1)) {
        if (standalone.has(bases[j]) && standalone.has(bases[j + 1]) && isGivenName(bases[j + 1])) break;
        name.push(bases[j + 1]);
        j++;
        continue;
      }
      const firstName = status[j] === 'titled' || isGivenName(bases[j]);
      if (firstName && nameParticles.has(n.text) && j + 2 < tokens.length && isName(j + 2) && tokens[j + 2].gapBefore === ' ') {
        name.push(n.text, bases[j + 2]);
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
    const placeCue =
      titles.length === 0 && before !== undefined && before.sentence === tokens[k].sentence && placePrepositions[language].has(before.text);
    const start = tokens[k].start;
    const end = tokens[j].end;
    mentions.push({ start, end, text: text.slice(start, end), name, titles, gender, sentence: tokens[i].sentence, placeCue, orgCue: orgAt[i] });
    i = j;
  }
  // A German word named once, only by its capital and no lexicon, waits for the series to confirm it.
  const candidates: RawMention[] = [];
  if (language === 'de') {
    const count = new Map<string, number>();
    for (const m of mentions) for (const n of m.name) count.set(n, (count.get(n) ?? 0) + 1);
    const weak = (m: RawMention): boolean => {
      const i = tokenAt.get(m.start);
      const n = m.name[0];
      const genitiveOf = /[^s]s$/u.test(n) && count.has(n.slice(0, -1));
      return (
        m.name.length === 1 && m.titles.length === 0 && !m.placeCue && !m.orgCue && i !== undefined && midOnly[i] &&
        count.get(n) === 1 && !genitiveOf && !isGivenName(n) && !isKnownSurname(n)
      );
    };
    const kept = mentions.filter((m) => !weak(m));
    candidates.push(...mentions.filter(weak));
    mentions.length = 0;
    mentions.push(...kept);
  }
  for (let i = 0; i < tokens.length; i++) {
    if (!candidateAt[i] || status[i] !== 'no') continue;
    const t = tokens[i];
    candidates.push({ start: t.start, end: t.end, text: t.text, name: [bases[i]], titles: [], sentence: t.sentence, placeCue: false });
  }
  candidates.sort((a, b) => a.start - b.start);
  return { mentions, candidates };
}

export type { Token };
