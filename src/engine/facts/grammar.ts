// Grammar over an episode's tokens: phrase matching, modality, negation, clause subjects, pronouns and relation phrases.
import type { Language, Modality } from '../types';
import type { FactInput } from './factInput';
import type { FactLexicon, Gender, RelationNoun, RoleNoun } from './lang/factLexicon';
import { describedOwner, describedPossessor } from './describedPerson';
import { jobNoun } from './jobNouns';
import type { TextModel, Token } from './textModel';

/** A person a phrase points at: a local entity key, or null for someone the text does not name ("sein Vater"). */
export interface Ref {
  key: string | null;
  index: number;
}

/** A relation noun phrase: "sein Vater Friedrich", "Lukas' Vater", "der Vater von Lukas", "her colleague Tom". */
export interface RelationPhrase {
  /** Whose relative: the possessor. */
  possessor: Ref | null;
  relation: RelationNoun;
  /** Index of the relation noun. */
  noun: number;
  start: number;
  /** Last token index of the phrase (the name when one follows). */
  end: number;
  /** The relative's name right after the noun ("sein Vater Friedrich"). */
  named?: string;
}

type Phrase = string[];

/** How far (in tokens) grammar looks around a token inside one clause: bounds the work on run-on text. */
const WINDOW = 60;

/** Verbs of telling: what people tell about themselves the story takes as true. */
const SAYING = new Set(['erzählt', 'erzählte', 'sagt', 'sagte', 'berichtet', 'berichtete', 'erklärt', 'erklärte', 'tells', 'told', 'says', 'said', 'explains', 'explained', 'mentions', 'erwähnt']);

/** Modal verbs that are also the name of a month; the words that lead a month ("early May", "last May"). */
const MONTH_MODALS = new Set(['may']);
const MONTH_LEADS = new Set(['early', 'late', 'mid', 'last', 'next', 'this', 'every', 'until', 'till', 'of', 'since', 'in', 'by', 'throughout']);

/** Words that open a tag clause of believing after a claim ("wie alle glauben", "as everyone thinks", "so heißt es"). */
const TAG_OPENERS = new Set(['wie', 'as', 'so']);
const TAG_SO = new Set(['so']);
/** Subject pronouns that may carry over to the coordinated verbs of their sentence. */
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'er', 'sie']);
/** German separable verb particles that close a clause ("ruft Monika an, die …"). */
const SEPARABLE = new Set(['an', 'auf', 'aus', 'ab', 'ein', 'zu', 'vor', 'mit', 'zurück', 'nach', 'los', 'weg', 'her', 'hin', 'fest', 'vorbei']);
/** Words that open a paragraph told as a flashback or dream: the whole paragraph is off-screen past or vision. */
const FLASHBACK = new Set(['rückblende', 'rückblenden', 'rückblick', 'flashback', 'flashbacks', 'traum', 'träumt', 'dream', 'dreams', 'dreamt', 'dreamed']);
/** Belief markers that name a source ("laut der Zeitung", "according to the police"): they govern their whole sentence. */
const SOURCE_MARKERS = new Set(['laut', 'according']);

const OBJECT_PRONOUNS: Record<string, Gender> = { him: 'male', her: 'female', ihn: 'male', ihm: 'male', ihr: 'female' };

const compile = (phrases: string[]): Phrase[] =>
  phrases.map((p) => p.split(/\s+/).filter(Boolean)).sort((a, b) => b.length - a.length);

export class Grammar {
  readonly tokens: Token[];
  readonly genders = new Map<string, Gender>();
  /** Names whose gender comes only from the given-name lexicon: a pronoun of the other gender may still mean them. */
  readonly softGenders = new Set<string>();
  /** "possessorKey|predicate" → the relative's key, as named earlier in the episode. */
  readonly namedRelatives = new Map<string, string>();
  private readonly pronounCache = new Map<string, Ref | null>();
  private readonly belief: Phrase[];
  private readonly reveal: Phrase[];
  private readonly assume: Phrase[];
  readonly set: {
    negators: Set<string>;
    hypotheticals: Set<string>;
    prepositions: Set<string>;
    articles: Set<string>;
    indefinite: Set<string>;
    copulas: Set<string>;
    ofWords: Set<string>;
    andWords: Set<string>;
    fillers: Set<string>;
    notVerbs: Set<string>;
    complementizers: Set<string>;
    reported: Set<string>;
    named: Set<string>;
    absence: Set<string>;
    interrogatives: Set<string>;
    clauseOpeners: Set<string>;
  };

  constructor(
    readonly model: TextModel,
    readonly lex: FactLexicon,
    readonly input: FactInput,
    readonly language: Language,
  ) {
    this.tokens = model.tokens;
    this.belief = compile(lex.beliefMarkers);
    this.reveal = compile(lex.revealMarkers);
    this.assume = compile(lex.assumeVerbs);
    this.set = {
      negators: new Set(lex.negators),
      hypotheticals: new Set(lex.hypotheticals),
      prepositions: new Set(lex.prepositions),
      articles: new Set(lex.articles),
      indefinite: new Set(lex.indefiniteArticles),
      copulas: new Set(lex.copulas),
      ofWords: new Set(lex.ofWords),
      andWords: new Set(lex.andWords),
      fillers: new Set(lex.fillers),
      notVerbs: new Set(lex.notVerbs),
      complementizers: new Set(lex.complementizers),
      reported: new Set(lex.reportedSpeech),
      named: new Set(lex.namedWords),
      absence: new Set(lex.absenceContext),
      interrogatives: new Set(lex.interrogatives),
      clauseOpeners: new Set(lex.clauseOpeners),
    };
    this.inferGenders();
  }

  tok(i: number): Token | undefined {
    return this.tokens[i];
  }

  private quoteShare: number | undefined;

  /** Share of the text's words inside quotation marks (a screenplay or a text in quotes throughout is not dialogue). */
  quotedShare(): number {
    if (this.quoteShare === undefined) {
      const words = this.tokens.filter((t) => t.kind !== 'punct');
      this.quoteShare = words.length ? words.filter((t) => t.quoted).length / words.length : 0;
    }
    return this.quoteShare;
  }

  /** First and last token index of the sentence holding token i. */
  sentenceRange(i: number): [number, number] {
    const s = this.model.sentences[this.tokens[i].sentence];
    return [Math.max(s.first, i - 2 * WINDOW), Math.min(s.last, i + 2 * WINDOW)];
  }

  /** First and last token index of the clause holding token i (clauses end at commas, colons, dashes). */
  clauseRange(i: number): [number, number] {
    if (!this.clauseBounds) {
      const bounds = new Map<number, [number, number]>();
      this.tokens.forEach((t, k) => {
        const r = bounds.get(t.clause);
        if (r) r[1] = k;
        else bounds.set(t.clause, [k, k]);
      });
      this.clauseBounds = bounds;
    }
    const [a, b] = this.clauseBounds.get(this.tokens[i].clause) ?? [i, i];
    // A run-on clause (no punctuation for pages) is looked at only near the token.
    return [Math.max(a, i - WINDOW), Math.min(b, i + WINDOW)];
  }

  private clauseBounds: Map<number, [number, number]> | undefined;

  /** The clause holding token i is in reported speech (Konjunktiv I: "sei", "habe"). */
  reportedIn(i: number): boolean {
    const [a, b] = this.clauseRange(i);
    const [sa, sb] = this.sentenceRange(i);
    for (let k = Math.max(a - 8, sa); k <= Math.min(b + 8, sb); k++) if (this.isWord(k, this.set.reported)) return true;
    return false;
  }

  /** Each token's lower case with typographic apostrophes made plain, as phrases are written (built once, on first use). */
  private plainLower: string[] | undefined;
  /** Long phrase lists indexed by first word, so a scan tries only the phrases that can start at a token. */
  private readonly byFirstWord = new WeakMap<Phrase[], Map<string, Phrase[]>>();

  /** Does the phrase start at token i? Returns its length in tokens, or 0. */
  phraseAt(i: number, phrase: Phrase): number {
    const plain = (this.plainLower ??= this.tokens.map((t) => t.lower.replace(/’/g, "'")));
    for (let k = 0; k < phrase.length; k++) {
      const t = this.tokens[i + k];
      if (!t || (t.kind !== 'word' && t.kind !== 'punct') || plain[i + k] !== phrase[k]) return 0;
    }
    return phrase.length;
  }

  /** Does any of the phrases start at token i? (As phrases.some(p => phraseAt(i, p) > 0), trying only those with the token's word first.) */
  anyPhraseAt(i: number, phrases: Phrase[]): boolean {
    const plain = (this.plainLower ??= this.tokens.map((t) => t.lower.replace(/’/g, "'")));
    const candidates = phrases.length > 4 ? this.firstWordIndex(phrases).get(plain[i]) : phrases;
    return !!candidates && candidates.some((p) => this.phraseAt(i, p) > 0);
  }

  /** The phrases by their first word, each list in the original order. */
  private firstWordIndex(phrases: Phrase[]): Map<string, Phrase[]> {
    let index = this.byFirstWord.get(phrases);
    if (!index) {
      index = new Map();
      for (const p of phrases) {
        if (!p.length) continue;
        const list = index.get(p[0]);
        if (list) list.push(p);
        else index.set(p[0], [p]);
      }
      this.byFirstWord.set(phrases, index);
    }
    return index;
  }

  /** Occurrences of any of the phrases in tokens [a, b]. A German verb phrase must not be a capitalised noun. */
  findPhrases(a: number, b: number, phrases: Phrase[], verbLike = false): { index: number; length: number; phrase: string }[] {
    const out: { index: number; length: number; phrase: string }[] = [];
    const index = phrases.length > 4 ? this.firstWordIndex(phrases) : undefined;
    const plain = (this.plainLower ??= this.tokens.map((t) => t.lower.replace(/’/g, "'")));
    for (let i = a; i <= b; i++) {
      const candidates = index ? index.get(plain[i]) : phrases;
      if (!candidates) continue;
      for (const p of candidates) {
        const n = this.phraseAt(i, p);
        if (!n || i + n - 1 > b) continue;
        if (verbLike && this.language === 'de' && this.tokens[i].capital && i !== this.sentenceRange(i)[0]) continue;
        out.push({ index: i, length: n, phrase: p.join(' ') });
        break;
      }
    }
    return out;
  }

  compile(phrases: string[]): Phrase[] {
    return compile(phrases);
  }

  isWord(i: number, set: Set<string>): boolean {
    const t = this.tokens[i];
    return !!t && t.kind === 'word' && set.has(t.lower);
  }

  isNegator(i: number): boolean {
    const t = this.tokens[i];
    return !!t && t.kind === 'word' && (this.set.negators.has(t.lower) || /n['’]t$/.test(t.lower));
  }

  /** A negator in the clause shortly before token i (or right after it: "lebt nicht mehr"). */
  negatedNear(i: number, before = 4, after = 0): boolean {
    const [a, b] = this.clauseRange(i);
    for (let k = Math.max(a, i - before); k < i; k++) if (this.isNegator(k)) return true;
    for (let k = i + 1; k <= Math.min(b, i + after); k++) if (this.isNegator(k)) return true;
    return false;
  }

  /** The clause holding token i talks about a possibility, a fear or a wish rather than what happens. */
  hypothetical(i: number): boolean {
    const [a, b] = this.clauseRange(i);
    if (this.isWord(a, this.set.interrogatives) || (this.isWord(a, this.set.prepositions) && this.isWord(a + 1, this.set.interrogatives))) return true;
    for (let k = a; k <= b; k++) if (this.isWord(k, this.set.hypotheticals) && !this.monthNamed(k)) return true;
    // A question asks, it does not tell: "War sie tot?", "Is he dead?".
    return this.question(i);
  }

  /** Does the sentence holding token i end in a question mark (closing quotes aside)? */
  question(i: number): boolean {
    const s = this.model.sentences[this.tokens[i].sentence];
    let last = s.last;
    while (last > s.first && /^["”“»«'’)]$/.test(this.tokens[last].text)) last--;
    return this.tokens[last]?.text === '?';
  }

  /** Is the modal-looking word at k the month ("in May", "May 3rd", "since May", "Anfang Mai")? */
  monthNamed(k: number): boolean {
    const t = this.tokens[k];
    if (!t || !MONTH_MODALS.has(t.lower) || !t.capital) return false;
    const prev = this.tokens[k - 1];
    const next = this.tokens[k + 1];
    if (next?.kind === 'num' || (prev?.kind === 'num' && prev.sentence === t.sentence)) return true;
    if (prev && prev.sentence === t.sentence && prev.kind === 'word' && (this.set.prepositions.has(prev.lower) || MONTH_LEADS.has(prev.lower))) return true;
    // Mid-sentence and capitalised: a name, not the modal.
    return k !== this.sentenceRange(k)[0] && !(prev && /^["„“”«»(]$/.test(prev.text));
  }

  /** The sentence holding token i is a memory, dream, photo, grave … rather than on-screen action. */
  absent(i: number): boolean {
    const [a, b] = this.sentenceRange(i);
    for (let k = a; k <= b; k++) if (this.isWord(k, this.set.absence)) return true;
    return this.inFlashback(i);
  }

  /** Per sentence: does it stand in a paragraph that opens as a flashback or dream ("Rückblende: …", "In a flashback, …")? */
  private flashbackSentences: boolean[] | undefined;

  /** Is token i inside a paragraph whose first sentence announces a flashback or a dream? */
  inFlashback(i: number): boolean {
    if (!this.flashbackSentences) {
      const text = this.model.text;
      const marks: boolean[] = [];
      let current = false;
      for (const s of this.model.sentences) {
        const prev = this.model.sentences[s.index - 1];
        const opens = !prev || /\n[ \t]*\n/.test(text.slice(prev.end, s.start));
        if (opens) {
          current = false;
          for (let k = s.first; k <= s.last && !current; k++) if (this.isWord(k, FLASHBACK)) current = true;
        }
        marks.push(current);
      }
      this.flashbackSentences = marks;
    }
    return this.flashbackSentences[this.tokens[i]?.sentence ?? 0] ?? false;
  }

  /** How the text holds a claim made at token i: asserted, someone's belief, or a reveal. */
  modalityAt(i: number): Modality {
    // A character speaking in quotation marks claims; the narration asserts.
    if (this.tokens[i]?.quoted && this.quotedShare() < 0.85) return 'believed';
    const [a] = this.sentenceRange(i);
    let best: { index: number; kind: Modality } | null = null;
    for (const [phrases, kind] of [
      [this.belief, 'believed'],
      [this.reveal, 'revealed'],
    ] as const) {
      for (const m of this.findPhrases(a, i - 1, phrases)) {
        const last = m.index + m.length - 1;
        if (last >= i) continue;
        // "laut der Zeitung", "according to Tom": a source heads its whole clause, however long.
        if (!(SOURCE_MARKERS.has(this.tokens[m.index].lower) && this.tokens[m.index].sentence === this.tokens[i].sentence) && !this.governs(last, i)) continue;
        if (!best || m.index > best.index) best = { index: m.index, kind };
      }
    }
    if (best?.kind === 'revealed') return 'revealed';
    if (best) return 'believed';
    const [ca, cb] = this.clauseRange(i);
    for (let k = ca; k <= cb; k++) if (this.isWord(k, this.set.reported)) return 'believed';
    if (this.assumedAfter(i)) return 'believed';
    return 'asserted';
  }

  /** Does token k's clause open as a relative clause ("Georg, den …", "Tom, who …", "Anna, von der …")? */
  relativeClause(k: number): boolean {
    const [a] = this.clauseRange(k);
    const isRel = (j: number): boolean => this.tokens[j]?.kind === 'word' && this.lex.relativePronouns[this.tokens[j].lower] !== undefined;
    if (a === 0 || this.tokens[a - 1].text !== ',') return false;
    return isRel(a) || (this.isWord(a, this.set.prepositions) && isRel(a + 1));
  }

  /** Last token index of the clause holding k, and the first of the next clause in the sentence (or -1). */
  private clauseEndAndNext(k: number): [number, number] {
    const [, sb] = this.sentenceRange(k);
    let e = k;
    while (e + 1 <= sb && this.tokens[e + 1].clause === this.tokens[k].clause) e++;
    let n = e + 1;
    while (n <= sb && this.tokens[n].kind === 'punct') n++;
    return [e, n <= sb ? n : -1];
  }

  /**
   * A verb of believing or assuming that comes after token i yet governs it: German verb-final ("den alle tot glaubten",
   * "unter der Lawine begraben glaubten"), the rest of a relative clause, or a short parenthetical or tag clause right
   * after ("…, wie alle glauben, …", "…, as everyone believes", "…, glauben alle.").
   */
  assumedAfter(i: number): boolean {
    const [e, next] = this.clauseEndAndNext(i);
    const assumeIn = (a: number, b: number): boolean => {
      for (let k = a; k <= b; k++) if (this.anyPhraseAt(k, this.assume)) return true;
      return false;
    };
    // The verb closes the clause a few words after the claim, or anywhere in the rest of a relative clause.
    if (this.language === 'de' && assumeIn(i + 1, Math.min(e, i + 3)) && e - i <= 4) return true;
    if (this.relativeClause(i) && assumeIn(i + 1, Math.min(e, i + 8))) return true;
    if (next < 0) return false;
    const [ne] = this.clauseEndAndNext(next);
    if (ne - next > 7) return false;
    const head = this.tokens[next];
    // "…, wie alle glauben", "…, as everyone believes", "…, or so the town believes", "…, so glauben alle".
    const parenthetical = head.kind === 'word' && (TAG_OPENERS.has(head.lower) || (head.lower === 'or' && this.isWord(next + 1, TAG_SO)));
    const lastClause = this.clauseEndAndNext(ne)[1] < 0;
    // "…, wie alle glauben, …" / "…, as the town believes"; a short tag ending the sentence: "…, glauben alle." / "…, everyone thinks."
    if (parenthetical && assumeIn(next + 1, ne)) return true;
    if (!lastClause || ne - next > 3 || this.isWord(next, this.set.complementizers) || this.isWord(next, this.set.clauseOpeners)) return false;
    // The tag opens or closes with the verb: "glauben alle", "everyone thinks" (not "…, Anna hält ihn.").
    let last = ne;
    while (last > next && this.tokens[last].kind === 'punct') last--;
    return this.anyPhraseAt(next, this.assume) || this.anyPhraseAt(last, this.assume);
  }

  /** The person who says what token i states, when a verb of saying governs it ("Sie erzählt ihm, dass sie …"). */
  speakerOf(i: number): string | null {
    const [a] = this.sentenceRange(i);
    for (let k = i - 1; k >= a; k--) {
      const t = this.tokens[k];
      // "He is said to have drowned": the passive of saying has no speaker, only hearsay.
      if (t.kind === 'word' && SAYING.has(t.lower) && this.tokens[k + 1]?.lower === 'to' && this.isWord(k - 1, this.set.copulas)) return null;
      // "Das Gericht erklärte Jonas für tot": a German noun (not a character) before the verb is its subject and the speaker.
      const before = this.tokens[k - 1];
      if (t.kind === 'word' && SAYING.has(t.lower) && this.language === 'de' && before?.kind === 'word' && before.capital && k - 1 > a && this.isWord(k - 2, this.set.articles)) return null;
      if (t.kind === 'word' && SAYING.has(t.lower) && this.governs(k, i)) return this.subjectsOf(k)[0]?.key ?? null;
    }
    return null;
  }

  /** A marker at token m reaches token i: a clause break or "dass"/"that" lies between, or it is close by. */
  private governs(m: number, i: number): boolean {
    // A semicolon ends what a verb of saying or believing governs.
    for (let k = m + 1; k < i; k++) if (this.tokens[k].text === ';') return false;
    // A relative clause's verb ("Georg, den alle tot glaubten, lebt") ends with its clause, unless "dass"/"that" carries it on.
    if (this.tokens[i].clause !== this.tokens[m].clause && this.relativeClause(m)) {
      for (let k = m + 1; k < i; k++) if (this.isWord(k, this.set.complementizers)) return true;
      return false;
    }
    if (i - m <= 6) return true;
    for (let k = m + 1; k < i; k++) {
      if (this.tokens[k].clause !== this.tokens[m].clause) return true;
      if (this.isWord(k, this.set.complementizers)) return true;
    }
    return false;
  }

  /** The relation noun at token i, if any ("Vater", "Halbbruder", "sister"). */
  relationNounAt(i: number): RelationNoun | undefined {
    const t = this.tokens[i];
    if (!t || t.kind !== 'word') return undefined;
    if (this.language === 'de' && !t.capital) return undefined;
    const direct = this.lex.relationNouns[t.lower];
    if (direct) return direct;
    if (this.lex.roleNouns[t.lower]) return undefined;
    for (const suffix of this.lex.relationSuffixes) {
      if (t.lower.length > suffix.length + 2 && t.lower.endsWith(suffix)) return this.lex.relationNouns[suffix];
    }
    return undefined;
  }

  /** The job noun at token i, with the rank its compound or a preceding word gives it. */
  roleNounAt(i: number): (RoleNoun & { word: string }) | undefined {
    const t = this.tokens[i];
    if (!t || t.kind !== 'word') return undefined;
    if (this.language === 'de' && !t.capital) return undefined;
    // The lexicon's forms and compounds, and jobs by word formation ("Bäckermeister", "harbourmaster", "sub-editor").
    const found = jobNoun(this.lex, this.language, t.lower);
    if (!found) return undefined;
    const prev = this.tokens[i - 1];
    const rank = prev && prev.kind === 'word' ? this.lex.rankPrefixes[prev.lower] : undefined;
    return { ...found, rank: found.rank ?? rank, word: t.text };
  }

  private isCharacter(key: string): boolean {
    const kind = this.input.kindOf(key);
    return kind === undefined || kind === 'character';
  }

  genderOf(key: string): Gender | undefined {
    return this.input.genderOf(key) ?? this.genders.get(key);
  }

  /** Skip adjectives and fillers from token i on; returns the first index that is not one. */
  skipModifiers(i: number, max = 3): number {
    let k = i;
    let n = 0;
    while (n < max) {
      const t = this.tokens[k];
      if (!t || t.kind !== 'word') break;
      if (this.set.fillers.has(t.lower)) {
        k++;
        n++;
        continue;
      }
      const lowerCaseWord = !t.capital && /^[\p{Ll}]/u.test(t.text);
      const functionWord =
        this.set.notVerbs.has(t.lower) || this.set.prepositions.has(t.lower) || this.set.articles.has(t.lower) || this.set.copulas.has(t.lower) || this.set.negators.has(t.lower);
      const adjectival = this.language === 'de' ? /(e|en|er|es|em)$/.test(t.lower) : true;
      if (lowerCaseWord && !functionWord && adjectival && !this.relationNounAt(k) && !this.lex.possessives[t.lower]) {
        k++;
        n++;
        continue;
      }
      break;
    }
    return k;
  }

  /** A personal or possessive pronoun at i resolved to the nearest fitting person before it. */
  resolvePronoun(i: number, gender: Gender | 'plural' | 'any', object = false): Ref | null {
    if (gender === 'plural') return null;
    const cacheKey = `${i}|${gender}|${object}`;
    if (this.pronounCache.has(cacheKey)) return this.pronounCache.get(cacheKey)!;
    const [sa] = this.sentenceRange(i);
    const floorSentence = Math.max(0, this.tokens[sa].sentence - 2);
    const floor = Math.max(this.model.sentences[floorSentence].first, i - 3 * WINDOW);
    // Nearest sentence with a fitting candidate; within it, prefer one not governed by a preposition.
    let result: Ref | null = null;
    let fallback: Ref | null = null;
    let plain: Ref | null = null;
    let known: Ref | null = null;
    let softFallback: Ref | null = null;
    let sentence = this.tokens[i].sentence;
    for (let j = i - 1; j >= floor && !result; j--) {
      const t = this.tokens[j];
      if (t.sentence !== sentence) {
        if (fallback || plain) break;
        sentence = t.sentence;
      }
      let candidate: Ref | null = null;
      let oblique = false;
      // An object pronoun never means the subject of its own clause ("Crane pairs him" is not Crane).
      const ownClause = object && t.clause === this.tokens[i].clause;
      if (ownClause && !(t.kind === 'ent' && this.afterPreposition(j))) continue;
      if (t.kind === 'ent' && t.key) {
        // A name inside a quotation is someone spoken to or of, not the narration's "she" („Jost“, sagt sie …).
        if (!this.isCharacter(t.key) || (t.quoted && !this.tokens[i].quoted)) continue;
        const g = this.genderOf(t.key);
        if (gender !== 'any' && g && g !== gender) {
          // A gender only guessed from the name ("Sol") yields to the text when no one else fits.
          if (this.softGenders.has(t.key)) softFallback ??= { key: t.key, index: j };
          continue;
        }
        candidate = { key: t.key, index: j };
        oblique = this.afterPreposition(j) && !t.possessive;
      } else if (t.kind === 'word' && ['er', 'sie', 'he', 'she'].includes(t.lower)) {
        // A pronoun of the same person earlier on: follow its chain ("Er geht …, bei der sein Vater …").
        const g = this.lex.pronouns[t.lower];
        if (gender !== 'any' && g !== gender && g !== 'any') continue;
        const r = this.resolvePronoun(j, g);
        if (!r) continue;
        candidate = { key: r.key, index: j };
      } else if (t.kind === 'word' && this.lex.personNouns[t.lower] !== undefined && (this.language === 'en' || t.capital) && this.isWord(j - 1, this.set.articles)) {
        // "the victim", "der Junge": someone the text does not name.
        const g = this.lex.personNouns[t.lower];
        if (gender !== 'any' && g !== 'any' && g !== gender) continue;
        candidate = { key: null, index: j };
        oblique = this.afterPreposition(j - 1);
      } else {
        const rel = this.relationNounAt(j);
        if (!rel || rel.plural) continue;
        if (gender !== 'any' && rel.gender && rel.gender !== gender) continue;
        const phrase = this.relationPhraseEndingAt(j);
        if (!phrase) continue;
        candidate = { key: this.namedIn(phrase), index: j };
        oblique = this.afterPreposition(phrase.start);
      }
      // Within the sentence, the earliest plain candidate (usually the subject) wins over a nearer object.
      if (!oblique) {
        if (t.sentence === this.tokens[i].sentence) result = candidate;
        else plain = candidate;
        // A name known to have the pronoun's gender beats one whose gender is open ("Porthkennack is …, and Callum …. He …").
        if (!result && gender !== 'any' && t.kind === 'ent' && t.key && this.genderOf(t.key) === gender) known = candidate;
      } else fallback ??= candidate;
    }
    result ??= known ?? plain ?? fallback ?? softFallback;
    this.pronounCache.set(cacheKey, result);
    return result;
  }

  /** Could the pronoun at i point at more than one person (names, "the victim", "sein Vater") in the sentences it may reach back to? */
  ambiguousPronoun(i: number): boolean {
    const t = this.tokens[i];
    const gender = this.lex.pronouns[t.lower] ?? 'any';
    const [sa] = this.sentenceRange(i);
    const from = Math.max(this.model.sentences[Math.max(0, this.tokens[sa].sentence - 2)].first, i - 3 * WINDOW);
    const seen = new Set<string>();
    for (let j = from; j < i; j++) {
      const c = this.tokens[j];
      if (c.kind === 'ent' && c.key && this.isCharacter(c.key)) {
        const g = this.genderOf(c.key);
        if (gender === 'any' || !g || g === gender) seen.add(c.key);
      } else if (c.kind === 'word' && this.lex.personNouns[c.lower] !== undefined && this.isWord(j - 1, this.set.articles)) {
        const g = this.lex.personNouns[c.lower];
        if (gender === 'any' || g === 'any' || g === gender) seen.add(`~${j}`);
      } else {
        const rel = this.relationNounAt(j);
        if (rel && !rel.plural && (gender === 'any' || !rel.gender || rel.gender === gender) && this.relationPhraseEndingAt(j)) seen.add(`~${j}`);
      }
    }
    return seen.size > 1;
  }

  /** The name a relation phrase stands for: its apposition, or the relative named earlier in the episode. */
  namedIn(p: RelationPhrase): string | null {
    if (p.named) return p.named;
    if (p.possessor?.key) return this.namedRelatives.get(`${p.possessor.key}|${p.relation.predicate}`) ?? null;
    return null;
  }

  /** The relation phrase whose noun is token j, if a possessor stands before it. */
  relationPhraseEndingAt(j: number): RelationPhrase | null {
    for (let start = j; start >= Math.max(0, j - 4); start--) {
      const p = this.relationPhraseAt(start);
      if (p && p.noun === j) return p;
    }
    return null;
  }

  /** Parse a relation noun phrase starting at token i. */
  relationPhraseAt(i: number): RelationPhrase | null {
    const t = this.tokens[i];
    if (!t) return null;
    let possessor: Ref | null = null;
    let k = i;
    /** Where the phrase's owner part ends: a name may follow from here ("the son of the vicar, Tom"). */
    let tail = -1;
    if (t.kind === 'word' && this.lex.possessives[t.lower]) {
      const g = this.lex.possessives[t.lower];
      k = this.skipModifiers(i + 1);
      if (!this.relationNounAt(k)) return null;
      possessor = this.resolvePronoun(i, g);
    } else if (t.kind === 'ent' && t.possessive) {
      k = this.skipModifiers(i + 1);
      if (!this.relationNounAt(k)) return null;
      possessor = { key: t.key ?? null, index: i };
    } else if (t.kind === 'word' && (this.set.articles.has(t.lower) || this.relationNounAt(i))) {
      k = this.relationNounAt(i) ? i : this.skipModifiers(i + 1);
      if (!this.relationNounAt(k)) return null;
      const of = this.tokens[k + 1];
      const owner = this.tokens[k + 2];
      const relation = this.relationNounAt(k)!;
      // "the landlady's son": a described possessor among the words before the noun.
      for (let m = i + 1; m < k && !possessor; m++) possessor = describedPossessor(this, m);
      if (!possessor) {
        if (!of || of.kind !== 'word') return null;
        if (this.set.ofWords.has(of.lower) && owner?.kind === 'ent' && !owner.possessive) return { possessor: { key: owner.key ?? null, index: k + 2 }, relation, noun: k, start: i, end: k + 2 };
        // "der Vater des Wirts", "der Vater des frisch Beförderten", "the son of the landlady".
        const genitive = this.language === 'de' ? of.lower === 'des' || of.lower === 'der' : this.set.ofWords.has(of.lower) && this.isWord(k + 2, this.set.articles);
        const relativeBefore = this.isWord(i - 1, this.set.copulas) || (this.tokens[i - 1]?.text === ',' && this.tokens[i - 2]?.kind === 'ent');
        const d = genitive ? describedOwner(this, this.language === 'de' ? k + 2 : k + 3, of.lower, relativeBefore) : null;
        if (!d) return null;
        possessor = d.owner;
        tail = d.end;
      }
    } else {
      return null;
    }
    const relation = this.relationNounAt(k)!;
    let end = k;
    let named: string | undefined;
    let n = Math.max(k, tail) + 1;
    if (this.isWord(n, this.set.named)) n++;
    // "his wife, Lisa, …": a name between commas (or closing the sentence) after the noun.
    let comma = false;
    if (this.tokens[n]?.text === ',') {
      let e = n + 1;
      while (this.isWord(e, this.set.fillers) || this.isWord(e, this.set.articles)) e++;
      // "ihr Mann, der Portugiese Luis Ferreira", "her husband, the set designer Gideon Hale": a short description between the article and the name.
      if (this.isWord(e - 1, this.set.articles)) {
        let d = e;
        const describing = (w: Token): boolean => !this.set.copulas.has(w.lower) && !this.set.prepositions.has(w.lower) && !this.lex.possessives[w.lower] && !this.set.articles.has(w.lower);
        while (d < e + 3 && this.tokens[d]?.kind === 'word' && describing(this.tokens[d]) && !this.relationNounAt(d)) d++;
        if (d > e && this.tokens[d]?.kind === 'ent') e = d;
      }
      const after = this.tokens[e + 1];
      if (this.tokens[e]?.kind === 'ent' && e - n <= 5 && (!after || [',', '.', ';', ')', '–', '—'].includes(after.text))) {
        n = e;
        comma = true;
      }
    }
    const next = this.tokens[n];
    if (next && next.kind === 'ent' && !next.possessive && next.key && next.key !== possessor?.key && !relation.plural && (comma || next.sentence === this.tokens[k].sentence)) {
      named = next.key;
      end = n;
    }
    return { possessor, relation, noun: k, start: i, end, named };
  }

  /** The person a noun at i belongs to: "Lukas' Tod", "sein Tod", "der Tod von X", "Tod seines Vaters", "Annas Hochzeit". */
  nounOwner(i: number): Ref | null {
    const prev = this.tokens[i - 1];
    if (prev?.kind === 'ent' && prev.possessive && prev.key) return { key: prev.key, index: i - 1 };
    if (prev?.kind === 'word' && this.lex.possessives[prev.lower]) return this.resolvePronoun(i - 1, this.lex.possessives[prev.lower]);
    let k = i + 1;
    if (this.isWord(k, this.set.ofWords)) k++;
    const t = this.tokens[k];
    if (!t) return null;
    // "the death of Tom", "der Tod Toms"; a name right after the noun with neither is the next clause's subject ("after the funeral Dev moves").
    if (t.kind === 'ent' && t.key && (k > i + 1 || t.possessive)) return { key: t.key, index: k };
    const p = this.relationPhraseAt(k);
    if (p) return { key: this.namedIn(p), index: p.noun };
    if (this.isWord(k, this.set.articles)) {
      const e = this.tokens[k + 1];
      if (e?.kind === 'ent' && e.key) return { key: e.key, index: k + 1 };
    }
    return null;
  }

  /** Is token i governed by a preposition right before it (after articles / possessives)? */
  afterPreposition(i: number): boolean {
    let k = i - 1;
    while (k >= 0 && this.tokens[k].kind === 'word' && (this.set.articles.has(this.tokens[k].lower) || this.set.fillers.has(this.tokens[k].lower))) k--;
    return k >= 0 && this.isWord(k, this.set.prepositions);
  }

  /** The people a clause is about: its grammatical subject(s), preferring those before token i. */
  subjectsOf(i: number): Ref[] {
    const [a, b] = this.clauseRange(i);
    const found: Ref[] = [];
    let k = a;
    // Relative clause: "Friedrich, der …", "Tom, who …".
    if (this.tokens[a] && this.tokens[a].kind === 'word' && this.lex.relativePronouns[this.tokens[a].lower] !== undefined && a > 0 && this.tokens[a - 1].text === ',') {
      // "Tom, dessen Vater Jack starb", "Tom, whose father died": the clause is about the antecedent's relative.
      if (this.lex.genitiveRelatives.includes(this.tokens[a].lower)) {
        const noun = this.skipModifiers(a + 1);
        const named = this.relationNounAt(noun) ? this.tokens[noun + 1] : undefined;
        return named?.kind === 'ent' && named.key && !named.possessive ? [{ key: named.key, index: noun + 1 }] : [];
      }
      const ante = this.antecedentBefore(a - 1);
      if (ante) return [ante];
    }
    while (k <= b) {
      const t = this.tokens[k];
      if (t.kind === 'ent' && !t.possessive && t.key && this.isCharacter(t.key) && !this.afterPreposition(k)) {
        const p = this.relationPhraseAt(k - 1);
        if (!(p && p.named === t.key && p.possessor && p.start < k)) {
          found.push({ key: t.key, index: k });
          // Coordinated subjects: "Tom und Anna".
          let n = k + 1;
          while (this.isWord(n, this.set.andWords) && this.tokens[n + 1]?.kind === 'ent' && !this.tokens[n + 1].possessive) {
            found.push({ key: this.tokens[n + 1].key ?? null, index: n + 1 });
            n += 2;
          }
          break;
        }
      }
      if (t.kind === 'word' && ['er', 'sie', 'he', 'she'].includes(t.lower) && this.lex.pronouns[t.lower]) {
        const r = this.resolvePronoun(k, this.lex.pronouns[t.lower]);
        if (r) {
          found.push({ key: r.key, index: k });
          if (this.isWord(k + 1, this.set.andWords) && this.tokens[k + 2]?.kind === 'ent' && !this.tokens[k + 2].possessive) found.push({ key: this.tokens[k + 2].key ?? null, index: k + 2 });
          break;
        }
      }
      const p = (t.kind === 'word' && this.lex.possessives[t.lower]) || (t.kind === 'ent' && t.possessive) ? this.relationPhraseAt(k) : null;
      if (p && !this.afterPreposition(k)) {
        found.push({ key: this.namedIn(p), index: p.noun });
        break;
      }
      k = p ? p.end + 1 : k + 1;
    }
    // "Dr. Kreuzer, ein junger Arzt, wurde …": the clause continues an earlier clause of the sentence after an apposition.
    const head = this.tokens[a];
    const [sa] = this.sentenceRange(i);
    if (!found.length && a > sa && head && head.kind === 'word' && !head.capital && !this.set.complementizers.has(head.lower) && !this.set.prepositions.has(head.lower) && this.lex.relativePronouns[head.lower] === undefined && !this.set.andWords.has(head.lower) && !this.lex.pronouns[head.lower]) {
      let clauses = 0;
      for (let j = a - 1; j >= sa && clauses < 4; j--) {
        const t = this.tokens[j];
        const clauseStart = j === sa || this.tokens[j - 1].clause !== t.clause || (this.tokens[j - 1].kind === 'punct' && this.tokens[j - 1].text !== '.');
        if (t.kind === 'ent' && !t.possessive && t.key && this.isCharacter(t.key) && clauseStart) return [{ key: t.key, index: j }];
        // "She straps the leg, tells him off …": a pronoun opening the sentence is the subject of the verbs that follow it.
        if (j === sa && t.kind === 'word' && SUBJECT_PRONOUNS.has(t.lower) && this.lex.pronouns[t.lower] && this.lex.pronouns[t.lower] !== 'plural' && this.onlyVerbsSince(sa, a)) {
          const r = this.resolvePronoun(j, this.lex.pronouns[t.lower]);
          if (r?.key) return [{ key: r.key, index: j }];
        }
        if (j > sa && this.tokens[j - 1].clause !== t.clause) clauses++;
      }
      // "… but Colin Fairweather, the assistant, a cheerful man with …": the name an apposition chain follows.
      for (let j = a - 1; j > sa; j--) {
        const t = this.tokens[j - 1];
        if (this.tokens[j].text === ',' && t.kind === 'ent' && !t.possessive && t.key && this.isCharacter(t.key) && !this.afterPreposition(j - 1)) return [{ key: t.key, index: j - 1 }];
        if (this.tokens[j].kind === 'punct' && this.tokens[j].text !== ',') break;
      }
    }
    return found;
  }

  /** Between the sentence's pronoun subject and clause a: no other name, and clause a does not open with an article ("the widower who …"). */
  private onlyVerbsSince(sa: number, a: number): boolean {
    if (this.isWord(a, this.set.articles) || this.isWord(a, this.set.indefinite)) return false;
    for (let k = sa + 1; k < a; k++) if (this.tokens[k].kind === 'ent') return false;
    return true;
  }

  /** The person a relative pronoun after the comma at token c refers to. */
  antecedentBefore(c: number): Ref | null {
    const t = this.tokens[c - 1];
    if (!t) return null;
    if (t.kind === 'ent' && !t.possessive && t.key) return { key: t.key, index: c - 1 };
    // "ruft ihre Schwester Monika an, die …": a separable verb particle between the name and the comma.
    const n = this.tokens[c - 2];
    if (this.language === 'de' && t.kind === 'word' && SEPARABLE.has(t.lower) && n?.kind === 'ent' && !n.possessive && n.key) return { key: n.key, index: c - 2 };
    // "Lisa Rourke, the victim's sister, who …": the name an apposition describes.
    for (let k = c - 2; k >= Math.max(0, c - 8); k--) {
      if (this.tokens[k].sentence !== t.sentence) break;
      if (this.tokens[k].text === ',') {
        const e = this.tokens[k - 1];
        if (e?.kind === 'ent' && !e.possessive && e.key) return { key: e.key, index: k - 1 };
        break;
      }
      if (this.tokens[k].kind === 'punct') break;
    }
    const rel = this.relationNounAt(c - 1);
    if (rel) {
      const p = this.relationPhraseEndingAt(c - 1);
      if (p) return { key: this.namedIn(p), index: c - 1 };
    }
    return null;
  }

  /** Entity tokens in [a, b] that a clause's verb could take as objects (not genitives, not after most prepositions). */
  objectsIn(a: number, b: number, allowedPrepositions: Set<string>): Ref[] {
    const out: Ref[] = [];
    for (let k = a; k <= b; k++) {
      const t = this.tokens[k];
      // Object pronouns: "he warns her that …", "sie hilft ihm".
      if (t.kind === 'word' && OBJECT_PRONOUNS[t.lower] && k > a) {
        const next = this.tokens[k + 1];
        const possessiveUse =
          (t.lower === 'her' && next?.kind === 'word' && !this.set.complementizers.has(next.lower) && !this.set.prepositions.has(next.lower) && !this.set.notVerbs.has(next.lower)) ||
          (t.lower === 'ihr' && next?.kind === 'word' && (next.capital || /(e|en|er|es|em)$/.test(next.lower)) && !this.set.articles.has(next.lower));
        let p = k - 1;
        while (p >= a && this.tokens[p].kind === 'word' && this.set.articles.has(this.tokens[p].lower)) p--;
        const governed = p >= a && this.isWord(p, this.set.prepositions) && !allowedPrepositions.has(this.tokens[p].lower);
        if (!possessiveUse && !governed) {
          const r = this.resolvePronoun(k, OBJECT_PRONOUNS[t.lower], true);
          if (r?.key) out.push({ key: r.key, index: k });
        }
        continue;
      }
      if (t.kind !== 'ent' || !t.key || t.possessive || !this.isCharacter(t.key)) continue;
      let p = k - 1;
      while (p >= a && this.tokens[p].kind === 'word' && this.set.articles.has(this.tokens[p].lower)) p--;
      if (p >= a && this.isWord(p, this.set.prepositions) && !allowedPrepositions.has(this.tokens[p].lower)) continue;
      out.push({ key: t.key, index: k });
    }
    return out;
  }

  private inferGenders(): void {
    const set = (key: string | undefined, g: Gender | undefined): void => {
      if (key && g && !this.input.genderOf(key) && !this.genders.has(key)) this.genders.set(key, g);
    };
    for (let i = 0; i < this.tokens.length; i++) {
      const t = this.tokens[i];
      if (t.kind !== 'ent' || !t.key) continue;
      if (/^(frau|mrs\.?|ms\.?|miss|schwester)\s/i.test(t.text)) set(t.key, 'female');
      if (/^(herr|mr\.?|sir|pfarrer|bruder)\s/i.test(t.text)) set(t.key, 'male');
      // "ihren Sohn Lukas": the noun's gender is the name's.
      const prev = this.tokens[i - 1];
      if (prev && prev.kind === 'word') {
        const rel = this.lex.relationNouns[prev.lower];
        if (rel?.gender && (this.language === 'en' || prev.capital)) set(t.key, rel.gender);
      }
      // "Friedrich, der …"
      const comma = this.tokens[i + 1];
      const pron = this.tokens[i + 2];
      if (comma?.text === ',' && pron?.kind === 'word' && this.language === 'de') {
        if (pron.lower === 'der') set(t.key, 'male');
        if (pron.lower === 'die' && !this.tokens[i + 3]?.capital) set(t.key, 'female');
      }
    }
  }
}
