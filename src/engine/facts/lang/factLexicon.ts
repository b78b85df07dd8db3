// The shape of a per-language lexicon for fact extraction: word classes the grammar patterns match against.

export type Gender = 'male' | 'female';

/** A relation noun: what predicate it names ("Vater" → father) and the gender of the person it names. */
export interface RelationNoun {
  predicate: string;
  gender?: Gender;
  /** A plural or group noun ("Geschwister", "colleagues"): relates the named people among themselves. */
  plural?: boolean;
}

/** A job title or position: its family (doctor, nurse, police …) and a rank within the family. */
export interface RoleNoun {
  family: string;
  rank?: number;
  gender?: Gender;
}

export interface FactLexicon {
  /** Every inflected form, lower-cased → the relation it names. */
  relationNouns: Record<string, RelationNoun>;
  /** Word endings of compound relation nouns ("Halbbruder" → "bruder"); matched when no full form matches. */
  relationSuffixes: string[];
  /** Job titles, lower-cased inflected forms → family. */
  roleNouns: Record<string, RoleNoun>;
  /** Endings of compound job titles ("Oberarzt" → "arzt"); the compound's own first part sets the rank. */
  roleSuffixes: string[];
  /** Compound or preceding words that set a rank ("chef", "ober", "senior", "head"). */
  rankPrefixes: Record<string, number>;
  /** Possessive determiners → who they point back to. */
  possessives: Record<string, Gender | 'plural' | 'any'>;
  /** Personal pronouns (subject and object forms) → gender. */
  pronouns: Record<string, Gender | 'plural' | 'any'>;
  /** Relative pronouns after a name ("Friedrich, der …") → gender. */
  relativePronouns: Record<string, Gender | 'plural'>;
  /** Genitive relative pronouns ("dessen", "whose"): their clause is about what the antecedent has, not the antecedent. */
  genitiveRelatives: string[];
  articles: string[];
  indefiniteArticles: string[];
  /** Finite forms of "to be". */
  copulas: string[];
  /** "von", "of": the relation noun's possessor follows. */
  ofWords: string[];
  /** "und", "and". */
  andWords: string[];
  /** Words that stand between a copula and a predicate noun without changing it ("nur", "also"). */
  fillers: string[];
  negators: string[];
  /** Question words that open an indirect question ("wo er begraben wurde"): what follows is not narrated as fact. */
  interrogatives: string[];
  /** Words that make a clause hypothetical or feared rather than narrated ("könnte", "might", "Angst"). */
  hypotheticals: string[];
  /** Subordinating words that open a new clause even without a comma ("that", "because", "before"). */
  clauseOpeners: string[];
  /** Common nouns for a person ("the victim", "der Junge") → gender: a pronoun may point at them rather than a name. */
  personNouns: Record<string, Gender | 'any'>;
  /** "dass", "that": opens a clause a belief or reveal verb governs. */
  complementizers: string[];
  /** Phrases (lower case, space-separated words) that mark what follows as someone's belief or claim. */
  beliefMarkers: string[];
  /** Verbs of believing or assuming that also govern what comes before them: a German verb-final clause
   *  ("den alle tot glaubten"), a parenthetical ("wie alle glauben", "as everyone believes"). */
  assumeVerbs: string[];
  /** Phrases that mark what follows as a reveal of the truth. */
  revealMarkers: string[];
  /** Reported-speech verb forms (German Konjunktiv I). */
  reportedSpeech: string[];
  /** Phrases saying that the subject died / is dead. */
  deathPredicates: string[];
  /** Nouns for a death or burial whose genitive / "of" names the dead ("Tod", "death"). */
  deathNouns: string[];
  /** Attributive words for the dead ("verstorbene", "late"). */
  deadAttributes: string[];
  /** Phrases saying the subject is alive. */
  alivePredicates: string[];
  /** Words that make a sentence about someone not their acting on-screen (memory, dream, photo, grave). */
  absenceContext: string[];
  /** Words that can never be the verb after a subject (conjunctions, prepositions, adverbs that start a clause). */
  notVerbs: string[];
  /** Prepositions: a name right after one is not the acting subject. */
  prepositions: string[];
  /** Phrases after which a name is someone met for the first time ("trifft … zum ersten Mal"). */
  meetVerbs: string[];
  firstTimeMarkers: string[];
  /** Verbs that in themselves mean a first meeting ("kennenlernen", "is introduced to"). */
  firstMeetVerbs: string[];
  /** Phrases for already knowing someone ("kennt … schon", "already knows"). */
  knowPhrases: string[];
  alreadyMarkers: string[];
  /** "hat noch nie von … gehört", "has never heard of". */
  neverHeardPhrases: string[];
  /** Verbs of two people acting together or one acting on another ("hilft", "talks to"). */
  interactVerbs: string[];
  /** Group nouns for a person's family ("Familie", "family"). */
  familyNouns: string[];
  /** "arbeiten zusammen", "work together". */
  workTogether: string[];
  /** Verb phrases → place predicate (lives-in, works-at, comes-from, moves-to). */
  placeVerbs: Record<string, string>;
  /** Verb phrases for working as a job ("arbeitet als", "works as"). */
  worksAs: string[];
  /** Narrated changes: phrase → event kind (wedding, divorce, separation, move, promotion, new-job, birthday, death). */
  changeEvents: Record<string, string>;
  /** Time units → years ("Jahr" → 1, "Monate" → 1/12). */
  timeUnits: Record<string, number>;
  /** Words after a duration that say time has passed ("später", "later"). */
  laterWords: string[];
  /** Number words → value. */
  numbers: Record<string, number>;
  /** Words for "years old". */
  ageWords: string[];
  /** Colour words (all inflections) → canonical colour. */
  colours: Record<string, string>;
  /** Eye and hair nouns → attribute. */
  featureNouns: Record<string, 'eyes' | 'hair'>;
  /** Scar / injury nouns → attribute kind. */
  markNouns: Record<string, 'scar' | 'injury' | 'tattoo'>;
  /** Side words → "left" / "right". */
  sides: Record<string, 'left' | 'right'>;
  /** Body parts (inflections) → canonical part. */
  bodyParts: Record<string, string>;
  /** Abbreviations that end in a full stop without ending the sentence. */
  abbreviations: string[];
  /** "namens", "called", "named": a name follows a noun. */
  namedWords: string[];
}
