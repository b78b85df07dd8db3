// Reads the gender of a named person from the pronouns that refer back to them ("Kim Berger kommt. Sie …", "Alex … his").
import { givenNameGender } from '../lang/lexicon';
import type { Grammar } from './grammar';
import type { Gender } from './lang/factLexicon';

const SUBJECT: Record<string, Gender> = { er: 'male', sie: 'female', he: 'male', she: 'female' };
const FIRST_NAME = /^[\p{L}\p{M}]+/u;
/** A mention with a title of address shows the gender itself ("Frau Sol Berger", "Mr Sol Hart"). */
const TITLED = /^(frau|herr|mrs?|ms|miss|sir|lady|lord)\b/iu;
const OWN_POSSESSIVE: Record<string, Gender> = { his: 'male', her: 'female', sein: 'male', seine: 'male', seinen: 'male', seinem: 'male', seiner: 'male', ihr: 'female', ihre: 'female', ihren: 'female', ihrem: 'female', ihrer: 'female' };
const OWN = new Set(['own', 'eigene', 'eigenen', 'eigener', 'eigenes', 'eigenem']);
const AND = new Set(['und', 'aber', 'doch', 'dann', 'and', 'but', 'then']);
/** Nouns that say a name is a place or a business, not a person: "Polvenna is a fishing village", "Lindow ist ein Dorf". */
const NOT_PERSON = new Set([
  'village', 'town', 'city', 'hamlet', 'island', 'harbour', 'port', 'valley', 'county', 'district', 'street', 'pub', 'inn', 'hotel', 'farm', 'school',
  'company', 'firm', 'shop', 'restaurant', 'café', 'cafe', 'hospital', 'clinic', 'estate', 'newspaper', 'paper', 'club',
  'dorf', 'stadt', 'kleinstadt', 'großstadt', 'ort', 'gemeinde', 'insel', 'hafen', 'tal', 'kreis', 'straße', 'kneipe', 'gasthaus', 'gasthof', 'hotel',
  'hof', 'schule', 'firma', 'laden', 'klinik', 'krankenhaus', 'zeitung', 'verein', 'weingut', 'brauerei',
]);
const COMPOUND_PLACE = /(dorf|stadt|hafen|insel|tal|hof|schule|klinik|zeitung|verein)$/u;
/** German finite verbs after "sie" that show the singular ("sie geht", "sie ist"), not the plural ("sie gehen"). */
const SINGULAR_DE = /(t|ist|war|hat|wird|kann|muss|darf|soll|will|mag|weiß)$/;

/**
 * Fills in `g.genders` for names whose gender is still unknown: from the given-name lexicon, then a subject pronoun opening the next sentence, or a clause
 * joined by "und"/"and" in the same sentence, votes for the name when it is the subject and the only name in its sentence
 * whose gender is open, and no name of that gender stands beside it. A name with votes both ways stays unknown.
 */
export function inferPronounGenders(g: Grammar): void {
  // The given-name lexicon first ("Dawn", "Kieran"); names given to both or unknown wait for the pronouns.
  const titled = new Set<string>();
  for (const t of g.tokens) if (t.kind === 'ent' && t.key && TITLED.test(t.text)) titled.add(t.key);
  for (const t of g.tokens) {
    if (t.kind !== 'ent' || !t.key || g.softGenders.has(t.key) || titled.has(t.key) || g.input.kindOf(t.key) === 'place' || g.input.kindOf(t.key) === 'organisation') continue;
    const first = FIRST_NAME.exec(t.key)?.[0];
    const gender = first ? givenNameGender(first) : undefined;
    const known = g.genderOf(t.key);
    if (!gender || (known && known !== gender)) continue;
    if (!known) g.genders.set(t.key, gender);
    g.softGenders.add(t.key);
  }
  const votes = new Map<string, { male: number; female: number }>();
  const sentences = g.model.sentences;
  const vote = (key: string, gender: Gender): void => {
    const v = votes.get(key) ?? { male: 0, female: 0 };
    v[gender]++;
    votes.set(key, v);
  };
  const notPerson = namesOfPlaces(g);
  const unknownIn = (first: number, last: number): string[] => {
    const keys = new Set<string>();
    for (let k = first; k <= last; k++) {
      const t = g.tokens[k];
      if (t.kind === 'ent' && t.key && !g.genderOf(t.key) && !notPerson.has(t.key) && g.input.kindOf(t.key) !== 'place' && g.input.kindOf(t.key) !== 'organisation') keys.add(t.key);
    }
    return [...keys];
  };
  const genderedNameIn = (first: number, last: number, gender: Gender): boolean => {
    for (let k = first; k <= last; k++) {
      const t = g.tokens[k];
      if (t.kind === 'ent' && t.key && g.genderOf(t.key) === gender) return true;
    }
    return false;
  };
  const pronounGender = (k: number): Gender | undefined => {
    const t = g.tokens[k];
    if (t.kind !== 'word' || t.quoted) return undefined;
    const subject = SUBJECT[t.lower];
    // German "sie" is also "they" and the polite "Sie": only with a verb in the singular.
    if (!subject || (t.lower === 'sie' && !(g.tok(k + 1)?.kind === 'word' && SINGULAR_DE.test(g.tokens[k + 1].lower)))) return undefined;
    return subject;
  };
  /** The one name of open gender in tokens [first, last] that could be a subject; none when there are more. */
  const onlyOpenSubject = (first: number, last: number): string | undefined => {
    const open = unknownIn(first, last);
    if (open.length !== 1) return undefined;
    for (let k = first; k <= last; k++) {
      const t = g.tokens[k];
      // "She has taught …, Callum included, and she …": a pronoun before the name is the sentence's subject.
      if (t.kind === 'word' && SUBJECT[t.lower]) return undefined;
      if (t.key === open[0]) return t.possessive || t.quoted || g.afterPreposition(k) ? undefined : open[0];
    }
    return undefined;
  };
  for (let s = 0; s < sentences.length; s++) {
    const { first, last } = sentences[s];
    // A clause of the same sentence joined by "und"/"and": "Kim nickt, und sie geht".
    for (let k = first + 2; k <= last; k++) {
      if (!g.isWord(k - 1, AND)) continue;
      const gender = pronounGender(k);
      const key = gender && onlyOpenSubject(first, k - 1);
      if (gender && key && !genderedNameIn(first, k - 1, gender)) vote(key, gender);
    }
    // "Sol, 46, has her own worries": a possessive with "own" goes back to the clause's subject.
    for (let k = first + 1; k < last; k++) {
      const gender = OWN_POSSESSIVE[g.tokens[k].lower];
      if (!gender || g.tokens[k].quoted || !g.isWord(k + 1, OWN)) continue;
      const key = onlyOpenSubject(first, k - 1);
      if (key && !genderedNameIn(first, k - 1, gender)) vote(key, gender);
    }
    // The next sentence opening with a subject pronoun ("Sie lacht.").
    const next = sentences[s + 1];
    const gender = next ? pronounGender(next.first) : undefined;
    const key = gender && onlyOpenSubject(first, last);
    if (gender && key && !genderedNameIn(first, last, gender)) vote(key, gender);
  }
  for (const [key, v] of votes) {
    if (g.genderOf(key)) continue;
    if (v.male && !v.female) g.genders.set(key, 'male');
    else if (v.female && !v.male) g.genders.set(key, 'female');
  }
}

/** Names the text calls a place or a business: "<Name> is a (small fishing) village", "<Name> ist ein kleines Dorf". */
function namesOfPlaces(g: Grammar): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 2 < g.tokens.length; i++) {
    const t = g.tokens[i];
    if (t.kind !== 'ent' || !t.key || t.possessive || !g.isWord(i + 1, g.set.copulas) || !g.isWord(i + 2, g.set.indefinite)) continue;
    for (let k = i + 3; k < Math.min(g.tokens.length, i + 7); k++) {
      const w = g.tokens[k];
      if (w.kind !== 'word') break;
      if (NOT_PERSON.has(w.lower) || (g.language === 'de' && w.capital && COMPOUND_PLACE.test(w.lower))) {
        out.add(t.key);
        break;
      }
      if (g.language === 'de' && w.capital) break;
    }
  }
  return out;
}
