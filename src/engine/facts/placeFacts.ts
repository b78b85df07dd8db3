// Places: "wohnt in Hamburg", "lives in Leeds", "stammt aus Köln", "comes from Cork", "zieht nach Berlin", "works at St Mary's".
import type { FactSink } from './factSink';
import type { Grammar } from './grammar';

/** German abstract or common nouns that follow "lebt in" without being places ("in Armut", "in Angst"). */
const ABSTRACT_DE = /(ung|heit|keit|schaft|ion|tät|ismus|nis|angst|armut|sorge|frieden|ruhe|gefahr|not)$/;

const WHERE = new Set(['where', 'wo']);
const FROM = new Set(['from', 'aus']);
const WHOLE_LIFE = [['whole', 'life'], ['all', 'her', 'life'], ['all', 'his', 'life'], ['ganzes', 'leben'], ['ganzen', 'leben'], ['ihr', 'leben', 'lang'], ['sein', 'leben', 'lang']];
const WHERE_VERBS: Record<string, string> = {
  lived: 'lives-in', lives: 'lives-in', live: 'lives-in', born: 'born-in', grew: 'comes-from', wohnt: 'lives-in', wohnte: 'lives-in', lebt: 'lives-in', lebte: 'lives-in', gelebt: 'lives-in', gewohnt: 'lives-in', geboren: 'born-in', aufgewachsen: 'comes-from',
};

/** The place named from token k on: an entity mention, or capitalised words not led by an article. */
function placeAt(g: Grammar, k: number): { value: string; at: number } | null {
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
    if (kind === 'character') return null;
    return { value: t.key, at: i };
  }
  if (t.kind !== 'word' || !t.capital || article) return null;
  if (g.language === 'de' && ABSTRACT_DE.test(t.lower)) return null;
  if (g.lex.relationNouns[t.lower] || g.lex.roleNouns[t.lower]) return null;
  const words = [t.text];
  let j = i + 1;
  while (g.tok(j)?.kind === 'word' && g.tokens[j].capital && words.length < 3) words.push(g.tokens[j++].text);
  return { value: words.join(' '), at: i };
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
      const place = placeAt(g, i + 1);
      if (!place) continue;
      const verb = g.tok(place.at + 1 + (place.value.split(' ').length - 1));
      if (!verb || verb.kind !== 'word') continue;
      const predicate = table[`${verb.lower} ${prep.lower}`];
      if (!predicate || g.hypothetical(i)) continue;
      const negated = g.negatedNear(i, 3);
      const modality = negated ? 'negated' : g.modalityAt(i);
      for (const who of g.subjectsOf(i)) if (who.key) sink.add(who.key, predicate, place.value, modality, i);
    }
  }
  // "… Accra, where she has lived her whole life", "Leeds, wo sie geboren wurde".
  let lastWhere = -1;
  for (let i = 2; i < g.tokens.length; i++) {
    if (!g.isWord(i, WHERE)) continue;
    // "Accra, where …", "the house in Headingley where …", "… and where she has lived".
    let at = g.tokens[i - 1].text === ',' ? i - 2 : g.tokens[i - 1].capital ? i - 1 : -1;
    if (g.isWord(i - 1, g.set.andWords) && lastWhere >= 0 && g.tokens[lastWhere].sentence === g.tokens[i].sentence) at = lastWhere;
    if (at < 0) continue;
    lastWhere = at;
    const placeTok = g.tokens[at];
    const value = placeTok.kind === 'ent' && placeTok.key && g.input.kindOf(placeTok.key) !== 'character' ? placeTok.key : placeTok.kind === 'word' && placeTok.capital && !ABSTRACT_DE.test(placeTok.lower) && !g.relationNounAt(i - 2) && !g.roleNounAt(i - 2) ? placeTok.text : undefined;
    if (!value || g.isWord(at - 1, g.set.articles)) continue;
    const [, b] = g.clauseRange(i);
    let predicate: string | undefined;
    for (let k = i + 1; k <= b && !predicate; k++) predicate = WHERE_VERBS[g.tokens[k].lower];
    if (!predicate) continue;
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
  for (const m of g.findPhrases(0, g.tokens.length - 1, phrases, true)) {
    if (g.hypothetical(m.index)) continue;
    const predicate = table[m.phrase];
    const place = placeAt(g, m.index + m.length);
    if (!place) continue;
    const negated = g.negatedNear(m.index, 3, 1);
    const modality = negated ? 'negated' : g.modalityAt(m.index);
    for (const who of g.subjectsOf(m.index)) {
      if (!who.key) continue;
      sink.add(who.key, predicate, place.value, modality, m.index);
      if (predicate === 'moves-to' && modality !== 'negated' && modality !== 'believed') sink.add(who.key, 'event', 'move', modality, m.index);
    }
  }
}
