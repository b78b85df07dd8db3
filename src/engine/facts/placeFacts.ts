// Places: "wohnt in Hamburg", "lives in Leeds", "stammt aus Köln", "comes from Cork", "zieht nach Berlin", "works at St Mary's".
import type { FactSink } from './factSink';
import type { Modality } from '../types';
import type { Grammar, Ref } from './grammar';

/** German abstract or common nouns that follow "lebt in" without being places ("in Armut", "in Angst"). */
const ABSTRACT_DE = /(ung|heit|keit|schaft|ion|tät|ismus|nis|angst|armut|sorge|frieden|ruhe|gefahr|not)$/;

const WHERE = new Set(['where', 'wo']);
const FROM = new Set(['from', 'aus']);
const WHOLE_LIFE = [['whole', 'life'], ['all', 'her', 'life'], ['all', 'his', 'life'], ['ganzes', 'leben'], ['ganzen', 'leben'], ['ihr', 'leben', 'lang'], ['sein', 'leben', 'lang']];
const WHERE_VERBS: Record<string, string> = {
  lived: 'lives-in', lives: 'lives-in', live: 'lives-in', spent: 'lives-in', verbracht: 'lives-in', born: 'born-in', grew: 'comes-from', wohnt: 'lives-in', wohnte: 'lives-in', lebt: 'lives-in', lebte: 'lives-in', gelebt: 'lives-in', gewohnt: 'lives-in', geboren: 'born-in', aufgewachsen: 'comes-from',
};

/** Street and quarter names, which German writes with an article ("in der Mühlgasse", "am Lindenplatz"). */
const STREET = /(gasse|straße|strasse|weg|platz|allee|damm|ufer|markt|viertel|siedlung|chaussee)$/u;
/** Prepositions that fuse with the article ("am", "im", "beim"): the word after them may be a street. */
const FUSED = new Set(['am', 'im', 'beim', 'zum', 'zur']);
/** Nouns for a home: "seine Wohnung in der Mühlgasse", "her flat in Leith", "ihr Reihenhaus in Markkleeberg". */
const HOME = /^(wohnung|altbauwohnung|dachwohnung|mietwohnung|einzimmerwohnung|zweizimmerwohnung|haus|hauses|elternhaus|elternhauses|reihenhaus|einfamilienhaus|häuschen|zimmer|wg|wohngemeinschaft|apartment|appartement|flat|house|home|cottage|bedsit|studio|room|bungalow|farmhouse|townhouse|maisonette|loft|houseboat|hausboot|farm|hof|bauernhof|hofes)$/u;
const HOME_PREPOSITIONS = new Set(['in', 'im', 'am', 'an', 'auf', 'on', 'at', 'bei', 'near', 'nahe']);
const LEAVE = new Set(['verlassen', 'verließ', 'left', 'leave', 'leaves']);
const NEVER = new Set(['nie', 'niemals', 'never']);

/**
 * The place named from token k on: an entity mention, or capitalised words not led by an article (German streets may be).
 * After a verb of origin ("stammt aus", "hails from") a name is a place even when the name finder gave it a gender (Derry, Kiel).
 */
function placeAt(g: Grammar, k: number, origin = false): { value: string; at: number } | null {
  let i = k;
  let article = false;
  if (g.isWord(i, g.set.articles)) {
    article = true;
    i++;
  }
  const t = g.tok(i);
  if (!t) return null;
  if (t.kind === 'ent' && t.key) {
    const kind = g.input.kindOf(t.key);
    // A name taken for a person may be a place the detector has not seen as one ("on Inchcraig"); one with a gender is a person.
    if (kind === 'character' && (t.possessive || (g.genderOf(t.key) && !origin) || article)) return null;
    return { value: t.key, at: i };
  }
  // "in der Bremerhavener Innenstadt", "am Kieler Hafen": a town's adjective before a common noun names the town.
  if (g.language === 'de' && t.kind === 'word' && t.capital && /[a-zäöü]er$/u.test(t.text) && g.tok(i + 1)?.kind === 'word' && g.tok(i + 1)!.capital && article) {
    return { value: t.text.slice(0, -2), at: i };
  }
  const street = g.language === 'de' && t.kind === 'word' && t.capital && STREET.test(t.lower) && (article || FUSED.has(g.tok(k - 1)?.lower ?? ''));
  if (street) return { value: t.text, at: i };
  // "am Fenster", "im Garten": after a preposition fused with its article, a German noun is a common noun.
  if (g.language === 'de' && FUSED.has(g.tok(k - 1)?.lower ?? '') && t.kind === 'word') return null;
  if (t.kind !== 'word' || !t.capital || article) return null;
  if (g.language === 'de' && ABSTRACT_DE.test(t.lower)) return null;
  if (g.lex.relationNouns[t.lower] || g.lex.roleNouns[t.lower]) return null;
  const words = [t.text];
  let j = i + 1;
  // "County Carlow", "Bad Tölz": a capitalised word before a name the finder knows is part of that name.
  while ((g.tok(j)?.kind === 'word' || g.tok(j)?.kind === 'ent') && g.tokens[j].capital && !g.tokens[j].possessive && words.length < 3) words.push(g.tokens[j++].text);
  return { value: words.join(' '), at: i };
}

const FIRST_PERSON = new Set(['ich', 'i']);
const SAYS = new Set(['sagt', 'sagte', 'erzählt', 'erzählte', 'meint', 'meinte', 'erklärt', 'erklärte', 'antwortet', 'antwortete', 'says', 'said', 'tells', 'told', 'explains', 'explained', 'answers', 'answered', 'replies', 'replied', 'adds', 'added', 'fügt', 'fügte']);

/** The speaker named by the speech tag of the quotation holding token i: "„…“, sagte sie", "\"…,\" says Mara", "Mara sagte: „…“". */
function quoteSpeaker(g: Grammar, i: number): Ref | null {
  const who = (k: number): Ref | null => {
    const t = g.tok(k);
    if (t?.kind === 'ent' && t.key && !t.possessive && g.input.kindOf(t.key) === 'character') return { key: t.key, index: k };
    const gender = t?.kind === 'word' ? g.lex.pronouns[t.lower] : undefined;
    return gender && gender !== 'plural' && gender !== 'any' ? g.resolvePronoun(k, gender) : null;
  };
  // After the quotation: over its closing marks and comma to "sagte sie" / "she said" / "says Mara".
  let e = i;
  while (e + 1 < g.tokens.length && g.tokens[e + 1].quoted && e - i < 60) e++;
  let k = e + 1;
  while (g.tok(k)?.kind === 'punct' && k - e < 4) k++;
  if (k > e + 1 && g.isWord(k, SAYS)) return who(k + 1);
  if (k > e + 1 && g.isWord(k + 1, SAYS)) return who(k);
  // Before it: "Mara sagte: „…“".
  let s = i;
  while (s > 0 && g.tokens[s - 1].quoted && i - s < 60) s--;
  k = s - 1;
  while (k > 0 && g.tokens[k].kind === 'punct' && s - k < 4) k--;
  if (k < s - 1 && g.isWord(k, SAYS) && g.tokens.slice(k + 1, s).some((t) => t.text === ':')) return g.subjectsOf(k)[0] ?? null;
  return null;
}

/**
 * Who an origin clause at i is about: its subjects, or the speaker when someone says "ich"/"I" in a quotation. What a
 * character tells about themself in plain words of saying is the story's account, as in indirect speech (see FactSink).
 */
function peopleAt(g: Grammar, i: number, modality: Modality): { people: Ref[]; modality: Modality } {
  const found = g.subjectsOf(i);
  if (found.length || !g.tokens[i]?.quoted) return { people: found, modality };
  const [a] = g.clauseRange(i);
  let pronoun = -1;
  for (let k = Math.max(a, i - 4); k < i && pronoun < 0; k++) if (g.isWord(k, FIRST_PERSON) && g.tokens[k].quoted) pronoun = k;
  const speaker = pronoun < 0 ? null : quoteSpeaker(g, pronoun);
  if (!speaker) return { people: found, modality };
  return { people: [speaker], modality: modality === 'believed' && !hypotheticalHere(g, i) ? 'asserted' : modality };
}

/**
 * "She told him the truth: she was born in Glasgow": a truth someone tells about themself is still their own account
 * (asserted, as FactSink treats what they tell), not the narration exposing an earlier account as a lie.
 */
function ownAccount(g: Grammar, subject: string, modality: Modality, at: number): Modality {
  return modality === 'revealed' && !g.tokens[at]?.quoted && g.speakerOf(at) === subject ? 'asserted' : modality;
}

/** Extract lives-in / comes-from / born-in / moves-to / works-at facts (object: a place key or name). */
export function extractPlaces(g: Grammar, sink: FactSink): void {
  const table = g.lex.placeVerbs;
  const phrases = g.compile(Object.keys(table));
  if (!g.tokens.length) return;
  // German verb-final clauses: "dass sie aus Flensburg stammt", "der in Köln wohnt".
  if (g.language === 'de') {
    for (let i = 0; i + 2 < g.tokens.length; i++) {
      const prep = g.tokens[i];
      if (prep.kind !== 'word') continue;
      const place = placeAt(g, i + 1, FROM_OR_IN.has(prep.lower));
      if (!place) continue;
      const verb = g.tok(place.at + 1 + (place.value.split(' ').length - 1));
      if (!verb || verb.kind !== 'word') continue;
      const predicate = table[`${verb.lower} ${prep.lower}`];
      if (!predicate || hypotheticalHere(g, i)) continue;
      if (!ORIGIN.has(predicate) && !placeAt(g, i + 1)) continue;
      const negated = g.negatedNear(i, 3);
      const modality = negated ? 'negated' : g.modalityAt(i);
      const told = ORIGIN.has(predicate) ? peopleAt(g, i, modality) : { people: g.subjectsOf(i), modality };
      for (const who of told.people) if (who.key) sink.add(who.key, predicate, place.value, ownAccount(g, who.key, told.modality, i), i);
    }
  }
  // "… Accra, where she has lived her whole life", "Leeds, wo sie geboren wurde".
  let lastWhere = -1;
  for (let i = 2; i < g.tokens.length; i++) {
    // German "in dem"/"in der" after a comma or "und" is a relative "where" ("…, in dem er bis heute wohnt").
    const inWhich = g.language === 'de' && g.tokens[i].lower === 'in' && g.isWord(i + 1, IN_WHICH) && (g.tokens[i - 1].text === ',' || g.isWord(i - 1, g.set.andWords));
    if (!g.isWord(i, WHERE) && !inWhich) continue;
    // "Accra, where …", "the house in Headingley where …", "… and where she has lived".
    let at = g.tokens[i - 1].text === ',' ? i - 2 : (g.tokens[i - 1].capital || HOME.test(g.tokens[i - 1].lower)) && !inWhich ? i - 1 : -1;
    if (g.isWord(i - 1, g.set.andWords) && lastWhere >= 0 && g.tokens[lastWhere].sentence === g.tokens[i].sentence) at = lastWhere;
    // "nach Oberweiler, in das Haus mit dem Kirschbaum, in dem …", "to Oakby, to the cottage where …": a home in apposition to a place.
    if (at >= 0 && at !== lastWhere) at = homeApposition(g, at) ?? at;
    if (at < 0) continue;
    lastWhere = at;
    const placeTok = g.tokens[at];
    // "in der Bremerhavener Innenstadt, in der er lebt": the town the adjective names.
    const townAdjective = placeTok.kind === 'word' && g.language === 'de' && g.tok(at - 1)?.kind === 'word' && g.tokens[at - 1].capital && /[a-zäöü]er$/u.test(g.tokens[at - 1].text) && g.isWord(at - 2, g.set.articles);
    if (townAdjective) at--;
    const value = townAdjective ? g.tokens[at].text.slice(0, -2) : placeTok.kind === 'ent' && placeTok.key && g.input.kindOf(placeTok.key) !== 'character' ? placeTok.key : placeTok.kind === 'word' && placeTok.capital && !ABSTRACT_DE.test(placeTok.lower) && !g.relationNounAt(i - 2) && !g.roleNounAt(i - 2) ? placeTok.text : undefined;
    if (!value || (!townAdjective && g.isWord(at - 1, g.set.articles))) continue;
    // The relative clause runs to the next punctuation ("bis heute" opens no new clause here).
    const [, sb] = g.sentenceRange(i);
    let b = i + 1;
    while (b < sb && g.tokens[b + 1].kind !== 'punct' && b - i < 14 && !(b > i + 1 && (g.isWord(b + 1, WHERE) || g.isWord(b + 1, g.set.andWords)))) b++;
    let predicate: string | undefined;
    let verb = '';
    for (let k = i + 1; k <= b && !predicate; k++) {
      predicate = WHERE_VERBS[g.tokens[k].lower];
      verb = g.tokens[k].lower;
    }
    if (!predicate) continue;
    // "where he has spent his whole life" is a home; "where he spent the evening" is not.
    if (SPENT.has(verb) && !g.findPhrases(i, b, WHOLE_LIFE).length) continue;
    const modality = g.negatedNear(b, b - i) ? 'negated' : g.modalityAt(i);
    const wholeLife = g.findPhrases(i, b, WHOLE_LIFE).length > 0;
    for (const who of g.subjectsOf(i + 1)) {
      if (!who.key) continue;
      sink.add(who.key, predicate, value, modality, i);
      if (wholeLife && predicate === 'lives-in') sink.add(who.key, 'comes-from', value, modality, i);
    }
  }
  // "a journalism student from Phoenix", "ein Junge aus Köln": where the person described comes from.
  for (let i = 1; i + 1 < g.tokens.length; i++) {
    if (!g.isWord(i, FROM)) continue;
    const prev = g.tokens[i - 1];
    if (!(g.roleNounAt(i - 1) || (prev.kind === 'word' && g.lex.personNouns[prev.lower] !== undefined))) continue;
    const place = placeAt(g, i + 1);
    if (!place || g.hypothetical(i)) continue;
    const who = g.subjectsOf(i)[0];
    if (who?.key) sink.add(who.key, 'comes-from', place.value, g.modalityAt(i), i);
  }
  if (g.language === 'de') extractSplitMoves(g, sink);
  extractNationalsFrom(g, sink);
  extractWholeSpans(g, sink);
  extractFamilySeats(g, sink);
  extractHomes(g, sink);
  extractNeverLeft(g, sink);
  extractLivesFar(g, sink);
  for (const m of g.findPhrases(0, g.tokens.length - 1, phrases, true)) {
    if (g.hypothetical(m.index)) continue;
    const predicate = table[m.phrase];
    const place = placeAt(g, m.index + m.length, ORIGIN.has(predicate));
    if (!place) {
      // "zieht in ihre Gartenlaube", "moves into a flat above the shop": a move, even to a place with no name.
      if (predicate === 'moves-to' && !g.negatedNear(m.index, 3, 1) && g.modalityAt(m.index) !== 'believed') for (const who of g.subjectsOf(m.index)) if (who.key) sink.add(who.key, 'event', 'move', g.modalityAt(m.index), m.index);
      continue;
    }
    const negated = g.negatedNear(m.index, 3, 1);
    const modality = negated ? 'negated' : g.modalityAt(m.index);
    // "stammt aus Altona in Hamburg", "comes from Tullow in County Carlow": the town is the origin, the second place holds it.
    const end = place.at + place.value.split(' ').length;
    const outer = g.isWord(end, IN_PLACE) ? placeAt(g, end + 1) : null;
    if (outer && !TIME_NAMES.has(g.tokens[outer.at].lower) && outer.value !== place.value) sink.add(place.value, 'located-in', outer.value, 'asserted', m.index);
    // "Orla thinks Declan grew up in Cork": in English a name right before the verb is its subject.
    const named = g.language === 'en' ? g.tok(m.index - 1) : undefined;
    if (named?.kind === 'ent' && named.key && !named.possessive && g.input.kindOf(named.key) === 'character' && ORIGIN.has(predicate)) {
      sink.add(named.key, predicate, place.value, modality, m.index);
      continue;
    }
    const told = ORIGIN.has(predicate) ? peopleAt(g, m.index, modality) : { people: g.subjectsOf(m.index), modality };
    for (const who of told.people) {
      if (!who.key) continue;
      sink.add(who.key, predicate, place.value, ownAccount(g, who.key, told.modality, m.index), m.index);
      if (predicate === 'moves-to' && modality !== 'negated' && modality !== 'believed') sink.add(who.key, 'event', 'move', modality, m.index);
    }
  }
}

const IN_WHICH = new Set(['dem', 'der']);
const IN_PLACE = new Set(['in']);
/** Months and seasons, which follow "in" without being a place ("born in Tullow in May"). */
const TIME_NAMES = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'januar', 'februar', 'märz', 'mai', 'juni', 'juli', 'oktober', 'dezember', 'spring', 'summer', 'autumn', 'winter', 'frühling', 'sommer', 'herbst']);
/** "her whole childhood", "ihr ganzes Leben": a span of a life spent in one place. */
const WHOLE = new Set(['whole', 'entire', 'ganzes', 'ganze', 'ganzen', 'gesamte', 'gesamten']);
const LIFE_SPANS: Record<string, 'life' | 'youth'> = {
  life: 'life', childhood: 'youth', youth: 'youth', boyhood: 'youth', girlhood: 'youth', leben: 'life', kindheit: 'youth', jugend: 'youth',
};
const SPEND = new Set(['spent', 'spends', 'spend', 'verbrachte', 'verbracht', 'verbringt', 'verbrachten', 'lived', 'lebte', 'gelebt']);
/**
 * Nouns of nationality: English "a Bulgarian", "an Icelander", "a Dane"; German "eine Bulgarin", "ein Bulgare", "ein Italiener".
 * With "from/aus" and a named place they tell the town a person comes from ("a Bulgarian from Plovdiv").
 */
const NATIONAL_EN = /^\p{Lu}\p{Ll}+(?:ian|ean|ese|ish|ic|ander|er|i|an)$/u;
const NATIONAL_DE = /^\p{Lu}\p{Ll}+(?:e|in|er|erin|ier|ierin)$/u;
const NATIONAL_EN_WORDS = new Set(['dane', 'swede', 'pole', 'turk', 'finn', 'scot', 'briton', 'greek', 'czech', 'swiss', 'dutchman', 'dutchwoman', 'frenchman', 'frenchwoman', 'englishman', 'englishwoman', 'irishman', 'irishwoman', 'welshman', 'welshwoman', 'scotsman', 'scotswoman']);

/** "Mara, a Bulgarian from Plovdiv", "Mara, eine Bulgarin aus Plowdiw": a nationality noun with a named town. */
function extractNationalsFrom(g: Grammar, sink: FactSink): void {
  for (let i = 2; i + 1 < g.tokens.length; i++) {
    if (!g.isWord(i, FROM)) continue;
    const noun = g.tokens[i - 1];
    if (noun.kind !== 'word' || !noun.capital || !g.isWord(i - 2, g.set.indefinite)) continue;
    const national = g.language === 'en' ? NATIONAL_EN.test(noun.text) || NATIONAL_EN_WORDS.has(noun.lower) : NATIONAL_DE.test(noun.text);
    if (!national || g.relationNounAt(i - 1) || g.roleNounAt(i - 1) || g.lex.personNouns[noun.lower] !== undefined) continue;
    // Only a named place: "ein Brief aus Köln" has no nationality noun, but a capital word in -er ("ein Becher aus Ton") needs a name after it.
    const place = placeAt(g, i + 1, true);
    if (!place || g.tok(place.at)?.kind !== 'ent' || g.hypothetical(i)) continue;
    // The person it describes: in apposition before ("Mara, a Bulgarian …") or the subject of a copula ("Mara is a Bulgarian …").
    let who: Ref | null = null;
    if (g.tokens[i - 3]?.text === ',' && g.tok(i - 4)?.kind === 'ent' && !g.tokens[i - 4].possessive) who = { key: g.tokens[i - 4].key!, index: i - 4 };
    else if (g.isWord(i - 3, g.set.copulas)) who = g.subjectsOf(i - 3)[0] ?? null;
    if (!who?.key || g.input.kindOf(who.key) !== 'character' || who.key === place.value) continue;
    sink.add(who.key, 'comes-from', place.value, g.negatedNear(i - 2, 3) ? 'negated' : g.modalityAt(i), i);
  }
}

const FAMILY = new Set(['family', 'familie', 'family\'s']);
const GENERATIONS = new Set(['generations', 'generationen']);
const OF_FAMILY = new Set(['of', 'aus', 'von']);

/** The one character of the episode with this family name ("Quint" → "Mara Quint"), if exactly one. */
function bearerOf(g: Grammar, surname: string): Ref | null {
  const name = surname.replace(/s$/u, '');
  let found: Ref | null = null;
  for (let k = 0; k < g.tokens.length; k++) {
    const t = g.tokens[k];
    if (t.kind !== 'ent' || !t.key || g.input.kindOf(t.key) !== 'character') continue;
    const parts = t.key.split(' ');
    if (parts.length < 2 || (parts[parts.length - 1] !== surname && parts[parts.length - 1] !== name)) continue;
    if (found && found.key !== t.key) return null;
    found = { key: t.key, index: k };
  }
  return found;
}

/** Whose family the noun phrase ending at token f ("family"/"Familie") names: "Mara's family", "her family", "the Quint family", "die Familie Quint". */
function familyOwner(g: Grammar, f: number): Ref | null {
  const before = g.tok(f - 1);
  if (before?.kind === 'ent' && before.key && before.possessive && g.input.kindOf(before.key) === 'character') return { key: before.key, index: f - 1 };
  if (before?.kind === 'word' && g.lex.possessives[before.lower]) {
    const gender = g.lex.possessives[before.lower];
    return gender === 'plural' || gender === 'any' ? null : g.resolvePronoun(f - 1, gender);
  }
  // "the Quint family" (English), "die Familie Quint" (German).
  const surname = g.language === 'en' ? before : g.tok(f + 1);
  return surname?.capital && !surname.possessive && (surname.kind === 'word' || surname.kind === 'ent') ? bearerOf(g, surname.text) : null;
}

/**
 * A family seat: "Mara's family has lived in Tullow for generations", "Die Familie Quint lebt seit Generationen in Tullow",
 * "the Quint family of Tullow": where that person comes from.
 */
function extractFamilySeats(g: Grammar, sink: FactSink): void {
  for (let f = 1; f + 2 < g.tokens.length; f++) {
    if (!g.isWord(f, FAMILY)) continue;
    const nameAfter = g.language === 'de' && (g.tok(f + 1)?.kind === 'ent' || g.tok(f + 1)?.capital) ? 1 : 0;
    let place: { value: string; at: number } | null = null;
    if (g.isWord(f + 1 + nameAfter, OF_FAMILY) && g.language === 'en') place = placeAt(g, f + 2, true);
    else {
      // The family's clause must say "for generations" / "seit Generationen" and name the place after "in".
      const [, b] = g.clauseRange(f);
      let generations = false;
      for (let k = f + 1; k <= Math.min(b, f + 10); k++) if (g.isWord(k, GENERATIONS)) generations = true;
      if (!generations) continue;
      for (let k = f + 1; k <= Math.min(b, f + 10) && !place; k++) if (g.isWord(k, IN_PLACE)) place = placeAt(g, k + 1, true);
    }
    if (!place || hypotheticalHere(g, f)) continue;
    const owner = familyOwner(g, f);
    if (!owner?.key || owner.key === place.value) continue;
    sink.add(owner.key, 'comes-from', place.value, g.negatedNear(f, 4) ? 'negated' : g.modalityAt(f), f);
  }
}

/** "spent her whole childhood in Tullow", "verbrachte ihr ganzes Leben in Tullow": where someone comes from (and lived, for a whole life). */
function extractWholeSpans(g: Grammar, sink: FactSink): void {
  for (let i = 1; i + 2 < g.tokens.length; i++) {
    const span = LIFE_SPANS[g.tokens[i].lower];
    if (!span || !g.isWord(i - 1, WHOLE) || !g.isWord(i + 1, IN_PLACE)) continue;
    const place = placeAt(g, i + 2, true);
    if (!place) continue;
    const [a, b] = g.clauseRange(i);
    let verb = -1;
    for (let k = Math.max(a, i - 5); k <= Math.min(b, i + 8) && verb < 0; k++) if (g.isWord(k, SPEND)) verb = k;
    if (verb < 0 || hypotheticalHere(g, verb)) continue;
    const modality = g.negatedNear(verb, 4) ? 'negated' : g.modalityAt(verb);
    for (const who of g.subjectsOf(verb)) {
      if (!who.key || g.input.kindOf(who.key) !== 'character') continue;
      sink.add(who.key, 'comes-from', place.value, modality, i);
      if (span === 'life') sink.add(who.key, 'lives-in', place.value, modality, i);
    }
  }
}
/** Predicates of where someone comes from: the name after their verb is a place. */
const ORIGIN = new Set(['comes-from', 'born-in']);
const FROM_OR_IN = new Set(['aus', 'in']);
const SPENT = new Set(['spent', 'verbracht']);
const LIES = new Set(['liegt', 'lag', 'steht', 'stand', 'lies', 'stands', 'sits']);
const LIVE = new Set(['lives', 'lived', 'living', 'live', 'wohnt', 'wohnte', 'wohnen', 'lebt', 'lebte', 'leben']);
const LIVE_AT = new Set(['in', 'on', 'auf']);
const LIVE_AT_DE = new Set(['in', 'auf', 'von']);

/** "lives with her husband in a stone cottage in Dunmore", "lebt mit ihrem Mann in einem Haus am Deich in Husum": the named place further on. */
function extractLivesFar(g: Grammar, sink: FactSink): void {
  for (let i = 0; i < g.tokens.length; i++) {
    if (!g.isWord(i, LIVE) || (g.language === 'de' && g.tokens[i].capital && i !== g.sentenceRange(i)[0])) continue;
    // Only when something stands between the verb and the place ("lebt in Husum" is read by the place verbs).
    if (g.isWord(i + 1, LIVE_AT) && placeAt(g, i + 2)) continue;
    const [a, b] = g.clauseRange(i);
    let place: { value: string; at: number } | null = null;
    for (let k = i + 1; k <= Math.min(b, i + 14) && !place; k++) if (g.isWord(k, LIVE_AT)) place = placeAt(g, k + 1);
    // German verb-final: "…, die in Innsbruck in einer Altbauwohnung nahe der Hofburg lebt", "… am Deich von Norderhaven wohnt".
    if (!place && g.language === 'de') {
      for (let k = i - 1; k >= Math.max(a, i - 16) && !place; k--) if (g.isWord(k, LIVE_AT_DE)) place = placeAt(g, k + 1);
    }
    if (!place || hypotheticalHere(g, i)) continue;
    const modality = g.negatedNear(i, 3, 1) ? 'negated' : g.modalityAt(i);
    for (const who of g.subjectsOf(i)) if (who.key && who.index < i) sink.add(who.key, 'lives-in', place.value, modality, i);
  }
}
const GIVE_UP = new Set(['aufgegeben', 'aufgibt', 'gibt', 'gab', 'verkauft', 'verkaufte', 'gekündigt', 'kündigt', 'räumt', 'geräumt', 'verlässt', 'verlassen', 'verließ', 'sells', 'sold', 'gives', 'gave', 'leaves', 'left', 'vacates', 'vacated', 'former', 'old', 'ehemalige', 'ehemaligen', 'frühere', 'früheren', 'alte', 'alten']);

/** The place a home noun phrase ending at token e stands in apposition to ("nach Oberweiler, in das Haus mit dem Kirschbaum"). */
function homeApposition(g: Grammar, e: number): number | undefined {
  const [sa] = g.sentenceRange(e);
  for (let k = e; k >= Math.max(sa + 1, e - 6); k--) {
    const t = g.tokens[k];
    if (t.kind === 'punct') return undefined;
    if (t.kind !== 'word' || !HOME.test(t.lower)) continue;
    // Back over the home noun's article and preposition to the comma, then the place right before it.
    let c = k - 1;
    while (c > sa && (g.isWord(c, g.set.articles) || g.isWord(c, g.set.prepositions) || g.isWord(c, g.set.fillers) || g.lex.possessives[g.tokens[c].lower])) c--;
    if (g.tokens[c]?.text !== ',') return undefined;
    const p = g.tokens[c - 1];
    if (p?.kind === 'ent' && p.key && g.input.kindOf(p.key) !== 'character' && g.isWord(c - 2, g.set.prepositions)) return c - 1;
    return undefined;
  }
  return undefined;
}

/** The owner of a home noun at i: "seine Wohnung", "Jonas' Wohnung", "her flat", or the subject of "hat/has (a) flat". */
function homeOwner(g: Grammar, i: number): Ref | null {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const t = g.tokens[k];
    if (t.kind === 'word' && g.lex.possessives[t.lower]) {
      const gender = g.lex.possessives[t.lower];
      return gender === 'plural' || gender === 'any' ? null : g.resolvePronoun(k, gender);
    }
    if (t.kind === 'ent' && t.possessive && t.key) return { key: t.key, index: k };
    if (t.kind !== 'word') return null;
    if (HAVE.has(t.lower)) return g.subjectsOf(k)[0] ?? null;
  }
  return null;
}

const HAVE = new Set(['hat', 'haben', 'hatte', 'has', 'have', 'had', 'owns', 'besitzt', 'rents', 'mietet']);

/** "seine Wohnung in der Mühlgasse", "her flat on Leith Walk", "hat ein Reihenhaus in Markkleeberg": where the owner lives. */
function extractHomes(g: Grammar, sink: FactSink): void {
  for (let i = 1; i + 2 < g.tokens.length; i++) {
    const t = g.tokens[i];
    if (t.kind !== 'word' || !HOME.test(t.lower) || (g.language === 'de' && !t.capital)) continue;
    let k = i + 1;
    // "Haukes Hof liegt in Ostermoor", "her farm is on Skerry": the home's place after a copula.
    if (g.isWord(k, g.set.copulas) || g.isWord(k, LIES)) k++;
    if (!g.isWord(k, HOME_PREPOSITIONS)) continue;
    const place = placeAt(g, k + 1);
    if (!place || g.hypothetical(i)) continue;
    const owner = homeOwner(g, i);
    if (!owner?.key) continue;
    // German "ihr" is also "their": a possessive owner must be the clause's subject or named in the sentence.
    const [sa, sb] = g.sentenceRange(i);
    let named = false;
    for (let j = sa; j <= sb && !named; j++) if (g.tokens[j].key === owner.key) named = true;
    if (!named && !g.subjectsOf(i).some((r) => r.key === owner.key)) continue;
    // "gibt seine Wohnung in Ottensen auf", "sells her flat in Leith": a home given up is no longer where they live.
    let givenUp = false;
    const [ca, cb] = g.clauseRange(i);
    for (let j = ca; j <= Math.min(cb + 2, sb) && !givenUp; j++) if (g.isWord(j, GIVE_UP)) givenUp = true;
    if (givenUp) {
      sink.add(owner.key, 'event', 'move', g.modalityAt(i), i);
      continue;
    }
    const modality = g.negatedNear(i, 4) ? 'negated' : g.modalityAt(i);
    sink.add(owner.key, 'lives-in', place.value, modality, i);
    k = place.at;
  }
}

/** "hat Rebenheim nie verlassen", "has never left Alderney": lived there all along. */
function extractNeverLeft(g: Grammar, sink: FactSink): void {
  for (let i = 1; i < g.tokens.length; i++) {
    if (!g.isWord(i, LEAVE)) continue;
    const [a, b] = g.clauseRange(i);
    let never = -1;
    for (let k = Math.max(a, i - 4); k <= Math.min(b, i + 2); k++) if (g.isWord(k, NEVER)) never = k;
    if (never < 0 || g.hypothetical(i)) continue;
    let place: { value: string; at: number } | null = null;
    if (g.language === 'en') place = placeAt(g, i + 1);
    else {
      // "die Rebenheim nie verlassen hat": the name before the negation; a bare capitalised word (no article) counts too.
      for (let k = never - 1; k > a && !place; k--) {
        const t = g.tokens[k];
        const bare = t.kind === 'word' && t.capital && (!g.isWord(k - 1, g.set.articles) || (k - 1 === a && g.relativeClause(k))) && !g.lex.possessives[g.tokens[k - 1].lower] && !g.isWord(k - 1, g.set.prepositions);
        place = t.kind === 'ent' || bare ? placeAt(g, k) : null;
      }
    }
    if (!place) continue;
    const modality = g.modalityAt(i);
    let people = g.subjectsOf(i).filter((r) => r.key);
    // "Sie ist die Einzige, die Rebenheim nie verlassen hat", "She is the only one who never left": the copula's subject.
    if (!people.length && g.relativeClause(i) && a >= 2) {
      const [sa] = g.sentenceRange(i);
      for (let k = a - 2; k >= Math.max(sa, a - 9) && !people.length; k--) if (g.isWord(k, g.set.copulas)) people = g.subjectsOf(k).filter((r) => r.key && r.index < k);
    }
    for (const who of people) {
      if (!who.key) continue;
      sink.add(who.key, 'lives-in', place.value, modality, i);
      sink.add(who.key, 'comes-from', place.value, modality, i);
    }
  }
}

const MOVE_VERBS_DE = new Set(['zieht', 'zog', 'ziehen', 'zogen']);
const MOVE_TO_DE = new Set(['in', 'ins', 'nach']);
/** Separable particles that make "ziehen" something other than moving house ("zieht die Jacke aus", "zieht sich an"). */
const NOT_MOVING = new Set(['an', 'aus', 'vor', 'hoch', 'zu', 'ab', 'auf', 'weg', 'heraus', 'hervor', 'heran', 'durch', 'hinterher', 'zusammen', 'sich', 'blank', 'los']);

/** "Vera zieht für den Sommer in ihre Gartenlaube", "zog im Mai nach Kiel": a move with words between verb and goal. */
function extractSplitMoves(g: Grammar, sink: FactSink): void {
  for (let i = 0; i < g.tokens.length; i++) {
    if (!g.isWord(i, MOVE_VERBS_DE) || g.tokens[i].capital && i !== g.sentenceRange(i)[0]) continue;
    const [, b] = g.clauseRange(i);
    let last = b;
    while (last > i && g.tokens[last].kind === 'punct') last--;
    // A direct object right after the verb is pulled, not moved into ("zieht den Wagen in die Garage").
    const next = g.tok(i + 1);
    if (g.isWord(last, NOT_MOVING) || g.isWord(i + 1, NOT_MOVING) || g.isWord(i + 1, g.set.articles) || (next?.kind === 'word' && g.lex.possessives[next.lower]) || next?.kind === 'ent') continue;
    let to = -1;
    for (let k = i + 2; k <= Math.min(b, i + 6) && to < 0; k++) if (g.isWord(k, MOVE_TO_DE)) to = k;
    // Right after the verb, "zieht in"/"zieht nach" is read by the place verbs already.
    if (to < 0 || g.hypothetical(i) || g.negatedNear(i, 3, 2)) continue;
    const modality = g.modalityAt(i);
    if (modality === 'believed') continue;
    const place = placeAt(g, to + 1);
    for (const who of g.subjectsOf(i)) {
      if (!who.key) continue;
      if (place) sink.add(who.key, 'moves-to', place.value, modality, i);
      sink.add(who.key, 'event', 'move', modality, i);
    }
  }
}

/**
 * Is the claim at i hypothetical? As Grammar.hypothetical, but a wish or plan in a coordinated part of the clause
 * does not reach it ("…, die in Taucha lebt und zur Hochzeit kommen will": she lives there; she wants to come).
 */
function hypotheticalHere(g: Grammar, i: number): boolean {
  if (!g.hypothetical(i)) return false;
  const [a, b] = g.clauseRange(i);
  let s = i;
  while (s > a && !g.isWord(s - 1, g.set.andWords)) s--;
  let e = i;
  while (e < b && !g.isWord(e + 1, g.set.andWords)) e++;
  if (s === a && e === b) return true;
  if (g.question(i) || g.isWord(a, g.set.interrogatives)) return true;
  for (let k = s; k <= e; k++) if (g.isWord(k, g.set.hypotheticals) && !g.monthNamed(k)) return true;
  return false;
}
