// Where someone comes from, told by a demonym or a place word: "gebürtige Kölnerin", "ein Hamburger Junge", "Leeds-born", "a Galway man".
import type { FactSink } from './factSink';
import type { Grammar, Ref } from './grammar';

const BORN_DE = new Set(['gebürtige', 'gebürtiger', 'gebürtigen', 'gebürtigem', 'geborene', 'geborener', 'geborenen']);
/** "ein Hamburger Junge", "eine Kieler Deern": a town's word before a noun for a young person or a local. */
const LOCAL_DE = new Set(['junge', 'jung', 'jungen', 'mädchen', 'mädel', 'deern', 'bub', 'kind', 'kindl', 'urgestein', 'original']);
/** "a Galway man", "a Leeds lass": a place before a noun for a person of that place. */
const LOCAL_EN = new Set(['man', 'woman', 'lad', 'lass', 'girl', 'boy']);
/** Capitalised words of nationality or language ("an Irish man", "a German woman"), not places. */
const NATIONALITY_EN = /(ish|ese|ian|ean|can|ch|sh|ic|i)$/u;
const DEMONYM_DE = /^(\p{Lu}[\p{Ll}äöüß]+?)(?:er|erin|erinnen)$/u;
const X_BORN = /^(\p{Lu}[\p{L}'’.]*(?:[- ]\p{Lu}[\p{L}'’.]*)*)-born$/u;

/** The town a demonym's stem names: "Dresdn" (Dresdner) → "Dresden", "Münchn" → "München", "Köln" stays. */
const townOf = (stem: string): string => stem.replace(/(d|ch|g|b)n$/u, '$1en').replace(/ing$/u, 'ingen');

/** The person a phrase from token a to b describes: the name right after it, a name before it in apposition, or the clause's subject. */
function personOf(g: Grammar, a: number, b: number): Ref | null {
  const next = g.tok(b + 1);
  if (next?.kind === 'ent' && next.key && !next.possessive && g.input.kindOf(next.key) !== 'place') return { key: next.key, index: b + 1 };
  let k = a - 1;
  if (g.isWord(k, g.set.articles)) k--;
  if (g.tok(k)?.text === ',' && g.tok(k - 1)?.kind === 'ent' && !g.tokens[k - 1].possessive) return { key: g.tokens[k - 1].key!, index: k - 1 };
  if (!g.isWord(k, g.set.copulas)) return null;
  return g.subjectsOf(a)[0] ?? null;
}

/** The written place of a token: an entity's key or the word itself. */
function placeValue(g: Grammar, k: number): string | undefined {
  const t = g.tok(k);
  if (!t || t.possessive) return undefined;
  if (t.kind === 'ent' && t.key) return t.key;
  return t.kind === 'word' && t.capital ? t.text : undefined;
}

/** Extract comes-from / born-in facts told by demonyms ("gebürtige Kölnerin") and place words ("Leeds-born", "a Galway man"). */
export function extractOrigins(g: Grammar, sink: FactSink): void {
  const n = g.tokens.length;
  for (let i = 0; i < n; i++) {
    const t = g.tokens[i];
    let predicate: 'comes-from' | 'born-in' | undefined;
    let place: string | undefined;
    let a = i;
    let b = i;
    if (g.language === 'de') {
      if (t.kind !== 'word') continue;
      if (BORN_DE.has(t.lower)) {
        // "die gebürtige Kölnerin Ina Vogt", "Ina ist gebürtige Hamburgerin".
        const demonym = g.tok(i + 1);
        const m = demonym && (demonym.kind === 'ent' || (demonym.kind === 'word' && demonym.capital)) ? DEMONYM_DE.exec(demonym.text) : null;
        // "die gebürtige Tochter des Hauses": a relation, job or person noun in -er is no demonym.
        if (!m || m[1].length < 3 || g.relationNounAt(i + 1) || g.roleNounAt(i + 1) || g.lex.personNouns[demonym!.lower] !== undefined) continue;
        predicate = 'born-in';
        place = townOf(m[1]);
        b = i + 1;
      } else if (t.capital && LOCAL_DE.has(g.tok(i + 1)?.lower ?? '') && g.isWord(i - 1, g.set.indefinite)) {
        // "ein Hamburger Junge": the town's adjective (capitalised, in -er) before the noun.
        const m = /^(\p{Lu}[\p{Ll}äöüß]{2,})er$/u.exec(t.text);
        if (!m || g.relationNounAt(i) || g.roleNounAt(i)) continue;
        predicate = 'comes-from';
        place = townOf(m[1]);
        a = i - 1;
        b = i + 1;
      } else continue;
    } else {
      // "Tullow-born" also when the name finder knows Tullow (the name's token then reads "Tullow-born").
      const knownPlace = t.kind === 'ent' && t.key && !t.possessive && g.input.kindOf(t.key) !== 'character';
      const born = t.kind === 'word' || knownPlace ? X_BORN.exec(t.text) : null;
      if (born) {
        // "the Leeds-born chef Ina Vogt", "Ina Vogt, Leeds-born, …", "Ina is Leeds-born".
        predicate = 'born-in';
        place = knownPlace ? t.key : born[1];
        let k = i + 1;
        // "the Leeds-born newcomer Megan Hale": over a noun or two to the name.
        while (g.tok(k)?.kind === 'word' && !g.tokens[k].capital && k < i + 3 && !g.isWord(k, g.set.andWords)) k++;
        b = g.tok(k)?.kind === 'ent' ? k - 1 : i;
      } else if (LOCAL_EN.has(g.tok(i + 1)?.lower ?? '') && g.isWord(i - 1, g.set.indefinite) && (t.kind === 'ent' || (t.kind === 'word' && t.capital))) {
        // "a Galway man", "a Yorkshire lass" (not "an Irish man": a nationality is no place).
        if (NATIONALITY_EN.test(t.text.toLowerCase())) continue;
        if (t.kind === 'ent' && g.input.kindOf(t.key ?? '') === 'organisation') continue;
        predicate = 'comes-from';
        place = placeValue(g, i);
        a = i - 1;
        b = i + 1;
      } else continue;
    }
    if (!predicate || !place || g.hypothetical(i)) continue;
    let who = personOf(g, a, b);
    // "Die gebürtige Kölnerin spricht …": a definite description of someone named before, by the demonym's gender.
    if (!who && g.language === 'de' && BORN_DE.has(t.lower) && (g.tok(i - 1)?.lower === 'die' || g.tok(i - 1)?.lower === 'der') && g.tok(i + 2)?.kind === 'word' && !g.tokens[i + 2].capital) {
      who = g.resolvePronoun(i - 1, /in$/u.test(g.tokens[i + 1].lower) ? 'female' : 'male');
    }
    const modality = g.modalityAt(i);
    if (!who?.key || who.key === place) continue;
    sink.add(who.key, predicate, place, g.negatedNear(a, 2) ? 'negated' : modality, i);
  }
}
