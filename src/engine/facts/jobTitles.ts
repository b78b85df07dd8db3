// Job titles written before a name ("Harbourmaster Alun Reece", "Bäckermeisterin Ute Rau"): which capitalised words are one.
import { isGivenName, isKnownSurname } from '../lang/lexicon';
import { jobNoun } from './jobNouns';
import { de } from './lang/de';
import { en } from './lang/en';

type Lang = 'de' | 'en';

/** Rank words and bare positions that are no title on their own ("Head Office", "Chief" is a title of its own list). */
const NOT_ALONE = new Set(['head', 'heads', 'chef', 'chefs', 'chefin', 'senior', 'junior', 'deputy', 'assistant', 'student', 'students', 'officer', 'resident', 'intern', 'leiter', 'leiterin']);
/**
 * English families whose plain lexicon word serves as a title before a name ("Councillor Pike", "Warden Holt"); a trade
 * word does not ("Baker Street", "Butcher Row"): there only compounds ("Harbourmaster", "Gamekeeper") and hyphenated
 * ranks ("Sub-editor") are titles.
 */
const EN_TITLE_FAMILIES = new Set(['position:head', 'position:mayor', 'councillor', 'police', 'clergy', 'church', 'judge', 'teacher', 'doctor', 'nurse', 'midwife', 'seafarer', 'forester', 'gardener', 'postal', 'legal', 'prosecutor']);
const cache: Record<Lang, Map<string, boolean>> = { de: new Map(), en: new Map() };

function englishTitle(lower: string): boolean {
  const found = jobNoun(en, 'en', lower);
  if (!found) return false;
  return !en.roleNouns[lower] || EN_TITLE_FAMILIES.has(found.family) || lower.includes('-');
}

/**
 * Whether a capitalised word is a job title that can stand before a name: a job noun of the lexicon or of the language's
 * word formation, singular, and neither a known surname (Baker, Koch, Fischer) nor a given name.
 */
export function isJobTitleWord(language: Lang, word: string): boolean {
  const memo = cache[language];
  const seen = memo.get(word);
  if (seen !== undefined) return seen;
  const lower = word.toLowerCase();
  const ok =
    /^\p{Lu}\p{Ll}/u.test(word) &&
    !NOT_ALONE.has(lower) &&
    !(language === 'en' && /[^s]s$/u.test(lower) && !!jobNoun(en, 'en', lower.slice(0, -1))) &&
    // A German title is a singular of the first case ("Försterin", not "Förstern", "Försters", "Polizisten").
    !(language === 'de' && /(innen|en|ern|ers|[^s]s)$/u.test(lower)) &&
    (language === 'de' ? !!jobNoun(de, 'de', lower) : englishTitle(lower)) &&
    !isKnownSurname(word) &&
    !isGivenName(word);
  if (memo.size > 20_000) memo.clear();
  memo.set(word, ok);
  return ok;
}

/** The gender a job title shows: a German feminine form ("Bürgermeisterin"), an English "-woman" or "-mistress". */
export function jobTitleGender(language: Lang, word: string): 'female' | null | undefined {
  if (!isJobTitleWord(language, word)) return undefined;
  const lower = word.toLowerCase();
  if (language === 'de') return lower.endsWith('in') && !!jobNoun(de, 'de', lower.slice(0, -2)) ? 'female' : null;
  return /(woman|mistress|ess)$/u.test(lower) ? 'female' : null;
}
