// Word-class cues around a capitalised word that tell a person's name from a word, a place or a demonym.
import type { Language } from '../types';

const set = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/u).filter(Boolean));

/**
 * Given names that are also frequent common words able to open a sentence before a verb ("Dawn broke", "Mark ist
 * viel wert", "Morgen geht sie"): at a sentence start they need evidence from the text, a verb after them is not enough.
 */
const wordFirst: Record<Language, ReadonlySet<string>> = {
  en: set(`will may mark rose hope grace faith joy dawn summer autumn winter spring frank chase bill sunny page art pat sue rob
    jack don bob ray guy drew jay carol iris lily ivy amber ruby holly heather daisy violet hazel olive pearl honey penny storm
    star bank bar bay bear brand buck case cash chance chip clay court cross dean drake earl fair fern field glen grant hall heath
    king queen lane lark misty rusty sandy sky sterling destiny glory harmony mercy patience prudence charity heaven baby sister
    crystal jewel ginger brandy candy cookie happy lucky precious princess early even fine`),
  de: set(`ernst mark regen land name see morgen oma opa baby prinz kaiser general junior king queen stern rose job christ`),
};

/** Possessive determiners before a person ("seine Ilka", "his Molly"). */
const possessives: Record<Language, ReadonlySet<string>> = {
  de: set(`mein meine meinem meinen meiner dein deine deinem deinen deiner sein seine seinem seinen seiner ihr ihre ihrem ihren
    ihrer unser unsere unserem unseren unserer euer eure eurem euren eurer`),
  en: set('my your his her our their'),
};

/** Forms of address after a possessive that are no person's name ("Your Grace", "Her Honor"). */
const honorifics: ReadonlySet<string> = set('grace honor honour majesty highness lordship ladyship excellency eminence holiness worship');

/** Small-letter words ending like a finite verb that are none ("nicht", "jetzt"; "this", "always"). */
const notVerbs: Record<Language, ReadonlySet<string>> = {
  de: set(`nicht jetzt oft fast bereits erst selbst sonst zuletzt meist zunächst längst stets gut weit spät leicht recht laut fest
    hart zart alt kalt breit mit seit bist nichts etwas`),
  en: set(`this his hers its ours yours theirs us as always perhaps sometimes besides towards afterwards news is was has
    thus yes less unless across`),
};

/** Finite verbs that end in none of the regular endings. */
const irregularVerbs: Record<Language, ReadonlySet<string>> = {
  de: set(`ist war hat wird kann muss will soll darf mag weiß sah ging kam lag saß stand sprach schwieg rief lief fand nahm gab
    blieb schrieb trat fiel hielt ließ bat trug zog schlief aß trank`),
  en: set(`is was has had said went came saw took sat stood knew thought told ran gave got left felt found kept heard made met
    smiled nodded laughed can could will would must should shall may might`),
};

/** Adverbs that may stand between a subject and its verb ("Tom slowly opens"). */
const midAdverbs: Record<Language, ReadonlySet<string>> = {
  de: set('auch noch schon nur'),
  en: set('also then never still just only again already always quietly slowly suddenly finally'),
};

/** Whether `lower` looks like a finite verb form: German 3rd person (-t) or past, English -s, -ed or an irregular form. */
export function looksFinite(language: Language, lower: string): boolean {
  if (irregularVerbs[language].has(lower)) return true;
  if (notVerbs[language].has(lower) || lower.length < 3) return false;
  if (language === 'de') return /\p{Ll}(?:t|te|ten)$/u.test(lower);
  return /[^su]s$|ed$/u.test(lower);
}

/** Whether an adverb may stand between a subject and its verb. */
export function isMidAdverb(language: Language, lower: string): boolean {
  return midAdverbs[language].has(lower) || (language === 'en' && lower.length > 4 && lower.endsWith('ly'));
}

/** Whether a given name is a common word frequent enough to open a sentence before a verb. */
export function isWordFirst(language: Language, word: string): boolean {
  return wordFirst[language].has(word.toLowerCase());
}

export function isPossessiveDeterminer(language: Language, lower: string): boolean {
  return possessives[language].has(lower);
}

export function isHonorific(lower: string): boolean {
  return honorifics.has(lower);
}

/** "Cork-born", "Dublin-based", "Berlin-erfahren": a hyphenated word whose last part is in small letters is an adjective. */
const HYPHEN_ADJECTIVE = /-\p{Ll}+$/u;
export function isHyphenAdjective(word: string): boolean {
  return word.includes('-') && HYPHEN_ADJECTIVE.test(word);
}

const DEMONYM_EN = /^(\p{Lu}\p{Ll}+?)(?:man|men|woman|women|er|ers|ian|ians|ite|ites)$/u;
const DEMONYM_DE = /^(\p{Lu}\p{Ll}+?)(?:er|erin|erinnen|ner|nerin)$/u;

/**
 * Whether a capitalised word is an inhabitant of a place ("Corkman", "Londoner", "Kölnerin"): its stem is a place of this
 * text (`places`: words after place prepositions) or, in English, it follows an article.
 */
export function isDemonym(language: Language, word: string, places: ReadonlySet<string>, afterArticle = false): boolean {
  const m = (language === 'de' ? DEMONYM_DE : DEMONYM_EN).exec(word);
  if (!m) return false;
  // "a Londoner", "the Corkman": English puts an article before an inhabitant, not before a person's name.
  if (afterArticle && language === 'en') return true;
  const stem = m[1];
  return places.has(stem) || places.has(stem + 'en') || places.has(stem + 'e') || places.has(stem + 'a');
}

/** Place nouns that, in apposition, say the name before them is a place ("Galway, a fishing town"; "Husum, ein Hafenstädtchen"). */
const PLACE_NOUN_EN = set('town village city port harbour harbor hamlet island borough parish county suburb resort seaport');
const PLACE_NOUN_DE = /(stadt|städtchen|dorf|dörfchen|(?<![sw])ort|örtchen|gemeinde|insel|metropole)$/u;
export function isPlaceNoun(language: Language, lower: string): boolean {
  return language === 'de' ? PLACE_NOUN_DE.test(lower) : PLACE_NOUN_EN.has(lower);
}

/** Prepositions of movement and place that put a place after them ("moved to Leeds", "zieht nach Husum"). */
export const placeWordPrepositions: Record<Language, ReadonlySet<string>> = {
  de: set('in aus nach'),
  en: set('in from to at near'),
};

/** English words of travel before "to" that make the name after it a destination ("moved to Leeds", "the ferry to Galway"). */
const motionBeforeTo = set(`move moves moved moving go goes went going gone return returns returned returning travel travels travelled
  traveled drive drives drove sail sails sailed fly flies flew head heads headed come comes came back way trip journey road train
  ferry bus flight emigrated fled relocated moved posted sent`);
export function isMotionBeforeTo(lower: string): boolean {
  return motionBeforeTo.has(lower);
}
