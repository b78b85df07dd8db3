// Ages: "Tom (34)", "Tom, 34,", "Tom ist 34 Jahre alt", "der 34-jährige Tom", "a seven-year-old Mia", "wird 40", "turns 40".
import type { Modality } from '../types';
import type { FactSink } from './factSink';
import type { Grammar, Ref } from './grammar';

const TURNS = new Set(['wird', 'turns', 'turned']);
const NOW = new Set(['now', 'jetzt', 'inzwischen', 'mittlerweile', 'nun', 'bereits', 'already', 'gerade', 'just', 'erst', 'only', 'knapp', 'fast', 'almost', 'nearly', 'barely', 'kaum', 'about', 'around', 'etwa', 'rund', 'gut', 'still', 'noch']);
const AT_AGE = new Set(['at', 'mit']);
const YEARS_WORD = new Set(['jahren', 'years']);
const WOULD_HAVE = [['would', 'have', 'been'], ['would', 'have', 'turned'], ['wäre']];
const GEWORDEN = new Set(['geworden']);
const HAVE = new Set(['has', 'had', 'have', 'hat', 'hatte']);
const BIRTHDAY = /^(geburtstag|geburtstags|birthday)$/;
/** Time words that may follow "turns forty": "turns forty this week", "wird vierzig nächsten Monat". */
const WHEN_AFTER = new Set(['this', 'next', 'today', 'tomorrow', 'tonight', 'soon', 'heute', 'morgen', 'bald', 'diese', 'diesen', 'dieses', 'nächste', 'nächsten', 'nächstes', 'demnächst']);
/** A definite article that can open a clause as its subject, and the gender it shows with a singular "-e" adjective ("der 24-jährige", "die 41-jährige Wirtin"). */
const RECENTLY = new Set(['gestern', 'vorgestern', 'heute', 'kürzlich', 'neulich', 'yesterday', 'today', 'recently']);
const SUBJECT_ARTICLE: Record<string, 'male' | 'female'> = { der: 'male', die: 'female' };
const SINGULAR_ADJECTIVE = /jährige$/u;

/** The number a word or numeral stands for ("34", "vierunddreißig", "thirty-four"), if any. */
export function numberValue(g: Grammar, word: string): number | undefined {
  return memo(g, 'n', word, numberValueOf);
}

/** Per language lexicon, each word's value (the answer depends on the word and the lexicon alone; looked up once). */
const wordValues = new WeakMap<object, Map<string, Map<string, Map<string, number | undefined>>>>();

function memo(g: Grammar, kind: string, word: string, compute: (g: Grammar, word: string) => number | undefined): number | undefined {
  let byKind = wordValues.get(g.lex);
  if (!byKind) wordValues.set(g.lex, (byKind = new Map()));
  // Kind and language as nested keys: no key string built per token.
  let byLanguage = byKind.get(kind);
  if (!byLanguage) byKind.set(kind, (byLanguage = new Map()));
  let cache = byLanguage.get(g.language);
  if (!cache) byLanguage.set(g.language, (cache = new Map()));
  if (cache.has(word)) return cache.get(word);
  if (cache.size >= 100_000) cache.clear();
  const value = compute(g, word);
  cache.set(word, value);
  return value;
}

function numberValueOf(g: Grammar, word: string): number | undefined {
  const w = word.toLowerCase().replace(/(st|nd|rd|th|\.)$/, '');
  if (/^\d+$/.test(w)) return Number(w);
  const nums = g.lex.numbers;
  if (nums[w] !== undefined) return nums[w];
  if (g.language === 'de') {
    const m = /^(\p{L}+)und(\p{L}+)$/u.exec(w);
    if (m && nums[m[1]] !== undefined && nums[m[2]] !== undefined && nums[m[1]] < 10 && nums[m[2]] >= 20) return nums[m[1]] + nums[m[2]];
    // Ordinals: "siebzigsten", "dritten", "vierunddreißigste".
    for (const ending of ['sten', 'ster', 'stes', 'stem', 'ste', 'ten', 'ter', 'tes', 'tem', 'te']) {
      if (!w.endsWith(ending)) continue;
      const stem = w.slice(0, -ending.length);
      const v = nums[stem] ?? (stem === 'dri' ? 3 : stem === 'sieb' ? 7 : stem === 'ach' ? 8 : undefined) ?? numberValue(g, stem);
      if (v !== undefined) return v;
    }
  } else {
    const parts = w.split('-');
    if (parts.length === 2 && nums[parts[0]] >= 20 && nums[parts[1]] < 10) return nums[parts[0]] + nums[parts[1]];
  }
  return undefined;
}

/** "34-jährige", "siebenjährigen", "34-year-old", "seven-year-old": the age an adjective gives. */
function ageAdjective(g: Grammar, word: string): number | undefined {
  return memo(g, 'a', word, ageAdjectiveOf);
}

function ageAdjectiveOf(g: Grammar, word: string): number | undefined {
  const w = word.toLowerCase();
  const de = /^(.+?)-?jährig(e|en|er|es|em)?$/u.exec(w);
  if (de) return numberValue(g, de[1]);
  const en = /^(.+?)-years?-old$/u.exec(w);
  if (en) return numberValue(g, en[1]);
  return undefined;
}

const plausible = (n: number | undefined): n is number => n !== undefined && Number.isInteger(n) && n > 0 && n < 115;

const PAST_PERFECT = new Set(['had', 'hatte', 'hatten']);
const PAST_PERFECT_EN = new Set(['had']);
const ADVERBS_EN = new Set(['just', 'already', 'never', 'ever', 'first', 'long', 'once', 'always', 'also', 'only', 'not', 'still']);
const PARTICIPLE_EN = /(ed|en|wn|ne|ght|ung|uck|ade|ood|ound|eard|aid|ent|ept|elt|met|got|lost|left|sat|won|run|come|become)$/u;

/** "had moved", "had just turned", "had long thought": a participle after "had" (not "ever had", "had a dog"). */
function participleAfter(g: Grammar, k: number): boolean {
  let n = k + 1;
  while (g.isWord(n, ADVERBS_EN)) n++;
  const t = g.tok(n);
  return t?.kind === 'word' && !t.capital && PARTICIPLE_EN.test(t.lower);
}
const PAST_SEIN = new Set(['war', 'waren']);
const LONG_AGO = new Set(['damals', 'einst', 'ago', 'seinerzeit']);
const BACK = new Set(['back']);
const EARLIER = new Set(['earlier', 'before', 'zuvor', 'vorher', 'früher']);
const YEARS = new Set(['years', 'jahre', 'jahren', 'decades', 'jahrzehnte']);
const MEMORY = new Set(['erinnert', 'erinnerte', 'erinnern', 'erinnerten', 'remembers', 'remembered', 'recalls', 'recalled']);
const MEMORY_CLAUSE = new Set(['als', 'wie', 'when', 'how']);
const YEAR = /^(1[89]\d\d|20\d\d)$/u;
const PARTICIPLE = /^ge\p{L}+(t|en)$/u;

/** An age the sentence tells of an earlier time: past perfect ("At twenty she had moved", "Mit 20 war sie … gezogen"),
 *  a flashback paragraph, "damals", "back then", "years ago", or a year ("In 1995 she was 22"), unless a birthday is just past ("had just turned seventeen"). */
function earlierAge(g: Grammar, at: number): boolean {
  // A paragraph that opens as a flashback ("Rückblende: …", "In a flashback, …") tells of an earlier time throughout.
  if (g.inFlashback(at)) return true;
  const [sa, sb] = g.sentenceRange(at);
  const [a, b] = g.clauseRange(at);
  for (let k = sa; k <= sb; k++) {
    const t = g.tokens[k];
    if (t.kind === 'num' && YEAR.test(t.text)) return true;
    if (t.kind === 'word' && (LONG_AGO.has(t.lower) || (t.lower === 'then' && g.isWord(k - 1, BACK)))) return true;
    // "Twenty-eight years earlier: …", "Zwanzig Jahre zuvor …": a time jump back.
    if (t.kind === 'word' && EARLIER.has(t.lower) && g.isWord(k - 1, YEARS)) return true;
  }
  // "erinnert sich an den Sommer, als sie mit sechs Jahren …", "remembers when, at six, she …": a remembered time.
  if (g.isWord(a, MEMORY_CLAUSE)) for (let k = sa; k < a; k++) if (g.isWord(k, MEMORY)) return true;
  // The past perfect counts in the age's own clause, and after an opening "At twenty," / "Mit 20 Jahren," in the clause it leads into.
  const last = a === sa && g.isWord(a, AT_AGE) && b < sb ? g.clauseRange(b + 1)[1] : b;
  for (let k = a; k <= last; k++) {
    // "has ever had" is the present perfect of "have", not a past perfect.
    // English "had" + participle ("had moved", "had thought"); German "hatte"/"war" with a participle closing the clause.
    const english = g.isWord(k, PAST_PERFECT_EN) && !g.isWord(k - 1, HAVE) && !g.isWord(k - 2, HAVE) && participleAfter(g, k);
    const german = (g.isWord(k, PAST_PERFECT) || g.isWord(k, PAST_SEIN)) && !g.isWord(k, PAST_PERFECT_EN) && endsInParticiple(g, k, sb);
    if (!english && !german) continue;
    // "had just turned seventeen", "hatte gerade Geburtstag": just past, still true.
    if (g.isWord(k + 1, NOW) || (k >= a && k <= b && g.isWord(k + 1, TURNS))) continue;
    return true;
  }
  return false;
}

/** "war … nach Kiel gezogen": a participle closes the clause after "war". */
function endsInParticiple(g: Grammar, k: number, sb: number): boolean {
  const [, b] = g.clauseRange(k);
  let end = Math.min(b, sb);
  while (end > k && g.tokens[end].kind === 'punct') end--;
  return end > k && g.tokens[end].kind === 'word' && !g.tokens[end].capital && PARTICIPLE.test(g.tokens[end].lower);
}

/** The age a relative clause after a name gives ("who had just turned seventeen", "der gerade vierzig geworden ist"). */
function relativeAge(
  g: Grammar,
  rel: number,
  who: Ref,
  ageEndsAt: (k: number) => boolean,
  ageWords: string[][],
  emit: (who: Ref, age: number, mod: Modality, at: number, birthday?: boolean) => void,
): void {
  let k = rel + 1;
  while (g.isWord(k, HAVE) || g.isWord(k, g.set.fillers) || g.isWord(k, NOW) || g.isWord(k, RECENTLY) || g.isWord(k, g.set.copulas)) k++;
  let turns = false;
  if (g.isWord(k, TURNS)) {
    turns = true;
    k++;
    while (g.isWord(k, g.set.fillers) || g.isWord(k, NOW)) k++;
  }
  const num = g.tok(k);
  const n = num ? numberValue(g, num.text) : undefined;
  if (!num || !plausible(n)) return;
  // German verb-final: "der vierzig wird", "die gerade 18 geworden ist".
  if (!turns && (g.isWord(k + 1, GEWORDEN) || g.isWord(k + 1, TURNS))) turns = true;
  const yearsOld = ageWords.some((p) => g.phraseAt(k + 1, p) > 0);
  const fits = turns ? ageEndsAt(k + 1) || g.isWord(k + 1, GEWORDEN) || g.isWord(k + 1, TURNS) || g.isWord(k + 1, WHEN_AFTER) : yearsOld;
  if (fits && !g.negatedNear(k, 3)) emit(who, n, g.modalityAt(k), k, turns);
}

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'er', 'sie']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'ihn', 'ihm', 'ihr', 'ihnen']);
/** "hält mit 84 noch Schafe", "segelt mit 70 immer noch": a mid-clause "mit N" is an age before one of these. */
const STILL = new Set(['noch', 'schon', 'bereits', 'immer']);

/** The person an age phrase ("at eighty-four", "mit 84") at i modifies: the nearest person reference before it in the
 *  sentence ("His grandfather, Walter Birkett, still keeps sheep at eighty-four"). A name gives itself, "he"/"sie" the
 *  person it stands for; a nameless person noun or an object pronoun ("his grandfather", "him") gives nobody. */
function nearestPerson(g: Grammar, i: number): Ref | null {
  const [sa] = g.sentenceRange(i);
  for (let k = i - 1; k >= sa; k--) {
    const t = g.tokens[k];
    if (t.kind === 'ent') {
      if (t.possessive) return null;
      return t.key ? { key: t.key, index: k } : null;
    }
    if (t.kind !== 'word') continue;
    if (SUBJECT_PRONOUNS.has(t.lower)) {
      const gender = g.lex.pronouns[t.lower];
      return gender && gender !== 'plural' ? g.resolvePronoun(k, gender) : null;
    }
    if (OBJECT_PRONOUNS.has(t.lower) || g.relationNounAt(k) || g.roleNounAt(k) || g.lex.personNouns[t.lower]) return null;
  }
  return null;
}

/** Extract age facts (object: years as a string) and birthday events. */
export function extractAges(g: Grammar, sink: FactSink): void {
  const ageWords = g.compile(g.lex.ageWords);
  const emit = (who: Ref | null | undefined, age: number, mod: Modality, at: number, birthday = false): void => {
    if (!who?.key || g.hypothetical(at) || earlierAge(g, at)) return;
    sink.add(who.key, 'age', String(age), mod, at);
    if (birthday) sink.add(who.key, 'event', 'birthday', mod, at);
  };
  const ageEndsAt = (k: number): boolean => {
    const t = g.tok(k);
    if (!t || t.kind === 'punct') return true;
    return ageWords.some((p) => g.phraseAt(k, p) > 0);
  };
  for (let i = 0; i < g.tokens.length; i++) {
    const t = g.tokens[i];
    // "He would have been twenty-eight", "sie wäre 40 geworden": the age a dead person would have reached.
    const wouldBe = g.findPhrases(i, i, WOULD_HAVE).find(() => true);
    if (wouldBe) {
      const k = i + wouldBe.length;
      const num = g.tok(k);
      const n = num ? numberValue(g, num.text) : undefined;
      if (num && plausible(n) && (num.kind === 'num' || ageEndsAt(k + 1) || g.isWord(k + 1, GEWORDEN))) {
        const who = g.subjectsOf(i)[0];
        if (who?.key) sink.add(who.key, 'age', String(n), g.modalityAt(i) === 'revealed' ? 'revealed' : 'asserted', k);
      }
      continue;
    }
    if (t.kind === 'ent' && !t.possessive && t.key) {
      const who = { key: t.key, index: i };
      // "Tom (34)", "Tom, 34,"
      const a = g.tok(i + 1);
      let nb = i + 2;
      while (g.isWord(nb, NOW)) nb++;
      const b = g.tok(nb);
      if (a && b && (a.text === '(' || a.text === ',')) {
        const n = numberValue(g, b.text);
        const after = g.tok(nb + 1);
        // "Florian, gerade 19 geworden, …": a birthday in the apposition.
        const become = g.isWord(nb + 1, GEWORDEN);
        if (plausible(n) && (!after || after.text === ')' || after.text === ',' || g.isWord(nb + 1, g.set.andWords) || ageEndsAt(nb + 1) || become)) emit(who, n, g.modalityAt(nb), nb, become);
        continue;
      }
      // "Tom ist 34 (Jahre alt)", "Tom is 34", "Tom wird 40", "Tom turns 40".
      let k = i + 1;
      // "Kieran has just turned 19", "Kieran hat gerade …": an auxiliary and fillers before the verb.
      if (g.isWord(k, HAVE)) {
        let j = k + 1;
        while (g.isWord(j, g.set.fillers) || g.isWord(j, NOW)) j++;
        if (g.isWord(j, TURNS)) k = j;
      }
      if (g.isWord(k, g.set.copulas) || g.isWord(k, TURNS)) {
        let turns = g.isWord(k, TURNS);
        k++;
        let negated = false;
        while (g.isWord(k, g.set.fillers) || g.isWord(k, NOW) || g.isNegator(k)) negated = g.isNegator(k++) || negated;
        const num = g.tok(k);
        const n = num ? numberValue(g, num.text) : undefined;
        // "ist gerade neunzehn geworden": become, a birthday.
        if (g.isWord(k + 1, GEWORDEN)) turns = true;
        // "turned 41 on May 3rd", "wird 40 im Herbst", "is 52 on Monday": a date may follow (not "one of", "einer von").
        const datePrep = (g.isWord(k + 1, g.set.prepositions) && !g.isWord(k + 1, g.set.ofWords)) || (turns && (g.isWord(k + 1, g.set.andWords) || g.isWord(k + 1, WHEN_AFTER)));
        const ends = ageEndsAt(k + 1) || datePrep || g.isWord(k + 1, GEWORDEN);
        // A number word is an age only where the clause ends or a date follows: "is forty-four.", "is forty-four on Monday".
        const wordAge = num?.kind === 'word' && plausible(n) && n >= 10 && (g.tok(k + 1)?.kind === 'punct' || datePrep);
        if (num && plausible(n) && ends && (num.kind === 'num' || ageWords.some((p) => g.phraseAt(k + 1, p) > 0) || turns || wordAge)) {
          emit(who, n, negated ? 'negated' : g.modalityAt(k), k, turns);
        }
      }
      continue;
    }
    if (t.kind !== 'num' && t.kind !== 'word') continue;
    // "Finlay, who had just turned seventeen,", "Tom, der gerade vierzig geworden ist", "Anna, die 34 Jahre alt ist".
    if (g.lex.relativePronouns[t.lower] !== undefined && g.tok(i - 1)?.text === ',' && g.tok(i - 2)?.kind === 'ent' && !g.tokens[i - 2].possessive && g.tokens[i - 2].key) {
      relativeAge(g, i, { key: g.tokens[i - 2].key!, index: i - 2 }, ageEndsAt, ageWords, emit);
      continue;
    }
    // "At twenty-four he is …", "Mit 40 ist Anna …": an age opening the sentence.
    if (g.isWord(i, AT_AGE)) {
      let ni = i + 1;
      if (g.lex.possessives[g.tok(ni)?.lower ?? '']) ni++;
      const num = g.tok(ni);
      const value = num ? numberValue(g, num.text) : undefined;
      const opening = i === g.sentenceRange(i)[0];
      // "at six" is a time of day; an age needs "Jahren"/"years", a German "mit", or a number past the clock.
      const ageLike = g.isWord(ni + 1, YEARS_WORD) || t.lower === 'mit' || (value !== undefined && value > 12);
      // "hält mit 84 noch Schafe": a German mid-clause "mit N" before "noch"/"schon" is an age too.
      const stillAt = t.lower === 'mit' && g.isWord(ni + 1, STILL);
      if (!ageLike || (!opening && !g.isWord(ni + 1, YEARS_WORD) && t.lower === 'mit')) {
        if (!opening && value !== undefined && value > 12 && (t.lower === 'at' || stillAt) && plausible(value) && !g.tok(ni + 1)?.capital) {
          const who = nearestPerson(g, i);
          if (who?.key) emit(who, value, g.modalityAt(i), i);
        }
        continue;
      }
      if (!opening) {
        // "die mit ihren siebzehn Jahren …", "at twenty-four years": the years word may be capitalised; another noun may not ("mit 40 Kollegen").
        if (plausible(value) && (!g.tok(ni + 1)?.capital || g.isWord(ni + 1, YEARS_WORD))) {
          // "Moira, at forty-four the youngest master …", "Anna, mit 44 die Jüngste …": the name before the comma.
          const before = g.tok(i - 2);
          const named = g.tok(i - 1)?.text === ',' && before?.kind === 'ent' && before.key && !before.possessive ? { key: before.key, index: i - 2 } : undefined;
          const who = named ?? nearestPerson(g, i);
          if (who?.key) emit(who, value, g.modalityAt(i), i);
        }
        continue;
      }
      i = ni - 1;
      const n = num ? numberValue(g, num.text) : undefined;
      let k = i + 2;
      if (g.isWord(k, YEARS_WORD)) k++;
      if (g.tok(k)?.text === ',') k++;
      if (num && plausible(n)) {
        const who = g.subjectsOf(k)[0];
        if (who?.key && (g.isWord(k, g.set.copulas) || g.isWord(k + 1, g.set.copulas) || g.tokens[k]?.kind === 'ent' || ['er', 'sie', 'he', 'she'].includes(g.tokens[k]?.lower ?? ''))) emit(who, n, g.modalityAt(i), i);
      }
      continue;
    }
    // "der 34-jährige Tom", "seine siebenjährige Tochter Mia", "Tom, a 34-year-old nurse".
    const adj = ageAdjective(g, t.text);
    if (plausible(adj)) {
      let k = i + 1;
      for (let step = 0; step < 3 && g.tok(k) && g.tokens[k].kind === 'word'; step++) k++;
      const next = g.tok(k);
      // "Tom, a 34-year-old nurse", "Lena, Marlenes vierzehnjährige Tochter": an apposition after the name, led by an article or a possessor.
      let lead = i - 1;
      while (lead > i - 3 && lead > 0 && (g.isWord(lead, g.set.articles) || g.lex.possessives[g.tokens[lead].lower] || (g.tokens[lead].kind === 'ent' && g.tokens[lead].possessive))) lead--;
      const prevComma = g.tok(lead)?.text === ',';
      if (next?.kind === 'ent' && !next.possessive && (k === i + 1 || g.relationNounAt(k - 1) || g.roleNounAt(k - 1) || g.tokens[k - 1].kind === 'word')) {
        emit({ key: next.key!, index: k }, adj, g.modalityAt(i), i);
      } else if (prevComma) {
        const e = g.tok(lead - 1);
        if (e?.kind === 'ent' && e.key && !e.possessive) emit({ key: e.key, index: i }, adj, g.modalityAt(i), i);
      } else if (g.isWord(lead, g.set.copulas) && lead < i - 1) {
        // "Sol is the 34-year-old host", "Anna ist die 34-jährige Wirtin".
        const who = g.subjectsOf(lead)[0];
        if (who?.key) emit(who, adj, g.modalityAt(i), i);
      } else if (g.language === 'de' && lead === i - 2 && SUBJECT_ARTICLE[g.tokens[i - 1].lower] && g.clauseRange(i)[0] === i - 1 && SINGULAR_ADJECTIVE.test(t.lower) && next?.kind !== 'ent') {
        // "Der 24-jährige hat …", "Die 41-jährige Wirtin liest …": the person the text just spoke of.
        const who = g.resolvePronoun(i - 1, SUBJECT_ARTICLE[g.tokens[i - 1].lower]);
        if (who?.key) emit(who, adj, g.modalityAt(i), i);
      }
      continue;
    }
    // "feiert seinen 40. Geburtstag", "celebrates her 40th birthday".
    const next = g.tok(i + 1);
    const n = numberValue(g, t.text);
    const ordinalDot = next?.text === '.' && next.start === t.end;
    const noun = g.tok(ordinalDot ? i + 2 : i + 1);
    if (plausible(n) && noun && BIRTHDAY.test(noun.lower)) {
      const owner = g.tok(i - 1)?.kind === 'word' && g.lex.possessives[g.tokens[i - 1].lower] ? g.resolvePronoun(i - 1, g.lex.possessives[g.tokens[i - 1].lower]) : g.tok(i - 1)?.possessive ? { key: g.tokens[i - 1].key ?? null, index: i - 1 } : g.subjectsOf(i)[0];
      emit(owner, n, g.modalityAt(i), i, true);
    }
  }
}
