// Roles and occupations: "X, ein junger Arzt", "X ist Krankenschwester", "works as a nurse", "Chefarzt Roland", "wird zum Leiter ernannt".
import type { Modality } from '../types';
import type { FactSink } from './factSink';
import type { Grammar, Ref } from './grammar';

const BECOME = new Set(['wird', 'wurde', 'werden', 'becomes', 'became', 'become']);
const HEADS: Record<string, string> = { leitet: 'Leiter', leitete: 'Leiter', heads: 'head', headed: 'head' };
const PROMOTED = [['promoted'], ['appointed'], ['elevated'], ['named'], ['elected'], ['made'], ['moved', 'up']];
const TIME_WORDS = new Set(['seit', 'schon', 'bereits', 'noch', 'for', 'since', 'already', 'still', 'now', 'jetzt', 'inzwischen', 'vielen', 'many', 'years', 'jahren', 'langem', 'long']);
const TO_POSITION = new Set(['zum', 'zur', 'to', 'als', 'as']);

/** Walk back over adjectives and an article from the token before i; returns the index before them. */
function backOverModifiers(g: Grammar, i: number): number {
  let k = i - 1;
  let n = 0;
  while (k >= 0 && n < 4) {
    const t = g.tokens[k];
    if (t.kind !== 'word') break;
    const adjective = g.set.fillers.has(t.lower) || (!t.capital && /^[\p{Ll}]/u.test(t.text) && (g.language === 'en' ? !g.set.notVerbs.has(t.lower) && !g.set.copulas.has(t.lower) && !g.set.prepositions.has(t.lower) && !g.set.negators.has(t.lower) && !BECOME.has(t.lower) && !TO_POSITION.has(t.lower) : /(e|en|er|es|em)$/.test(t.lower) && !g.set.articles.has(t.lower) && !g.set.negators.has(t.lower) && !BECOME.has(t.lower)));
    if (adjective || g.lex.rankPrefixes[t.lower] !== undefined) {
      k--;
      n++;
      continue;
    }
    break;
  }
  // "the Courier's sports editor": a possessive owner before the job.
  if (k >= 0 && g.tokens[k].capital && /['’]s?$/.test(g.tokens[k].text) && g.tokens[k].kind !== 'punct') k--;
  if (k >= 0 && g.isWord(k, g.set.articles)) k--;
  return k;
}

function personBefore(g: Grammar, k: number): Ref | null {
  const t = g.tok(k);
  if (!t) return null;
  if (t.kind === 'ent' && !t.possessive && t.key) return { key: t.key, index: k };
  if (t.kind === 'word' && ['er', 'sie', 'he', 'she'].includes(t.lower)) return g.resolvePronoun(k, g.lex.pronouns[t.lower]);
  return null;
}

/** Extract role facts (object: the job title as written) and promotion events. */
export function extractRoles(g: Grammar, sink: FactSink): void {
  // "der seit sechs Jahren das Ressort leitet", "who heads the news desk": heading something is a position.
  for (let i = 0; i < g.tokens.length; i++) {
    const t = g.tokens[i];
    if (t.kind !== 'word' || !HEADS[t.lower] || t.capital || g.hypothetical(i)) continue;
    const [a, b] = g.clauseRange(i);
    let object = false;
    for (let k = a; k <= b; k++) if (g.isWord(k, g.set.articles) && g.tok(k + 1)?.kind === 'word' && g.tokens[k + 1].capital && g.language === 'de') object = true;
    if (g.language === 'en' && g.isWord(i + 1, g.set.articles) && /desk|department|unit|team|ward|school|paper|office|station|practice|firm|company|estate|business|shop/.test(g.tok(i + 2)?.lower ?? '')) object = true;
    if (!object) continue;
    const who = g.subjectsOf(i)[0];
    const modality = g.modalityAt(i);
    if (who?.key && modality !== 'believed') sink.add(who.key, 'role', HEADS[t.lower], g.negatedNear(i, 3) ? 'negated' : modality, i);
  }
  for (let i = 0; i < g.tokens.length; i++) {
    let role = g.roleNounAt(i);
    const t = g.tokens[i];
    // "Schwester Arzu": the nurse's title, not a sister.
    if (!role && t.kind === 'word' && ['schwester', 'sister', 'nurse'].includes(t.lower) && t.capital && g.tok(i + 1)?.kind === 'ent' && !g.lex.possessives[g.tok(i - 1)?.lower ?? ''] && g.tok(i - 1)?.kind !== 'ent') {
      role = { family: 'nurse', word: t.text };
    }
    if (!role) continue;
    if (g.hypothetical(i)) continue;
    const word = role.rank !== undefined && g.lex.rankPrefixes[g.tok(i - 1)?.lower ?? ''] !== undefined ? `${g.tokens[i - 1].text} ${role.word}` : role.word;
    const modality: Modality = g.modalityAt(i);
    const emit = (who: Ref | null, mod: Modality, change: boolean): void => {
      if (!who?.key) return;
      sink.add(who.key, 'role', word, mod, i);
      if (change && mod !== 'negated' && mod !== 'believed') sink.add(who.key, 'event', 'promotion', mod, i);
    };
    const k = backOverModifiers(g, i);
    const before = g.tok(k);
    // "Roland, ein Chefarzt, …"
    const presupposed: Modality = modality === 'believed' && !g.reportedIn(i) ? 'asserted' : modality;
    if (before?.text === ',' && g.tok(k - 1)?.kind === 'ent') {
      emit(personBefore(g, k - 1), presupposed, false);
      continue;
    }
    // "Tom ist (k)ein Arzt", "Tom wird Arzt", "she is a nurse".
    // "ist seit zehn Jahren Kellermeister", "has for years been head": skip a time phrase before the job.
    let c = k;
    let stop = k;
    for (let back = k, n = 0; back >= 0 && n < 5; back--, n++) {
      const bt = g.tokens[back];
      stop = back;
      if (g.isWord(back, g.set.copulas)) {
        c = back;
        break;
      }
      if (!(bt.kind === 'num' || (bt.kind === 'word' && (TIME_WORDS.has(bt.lower) || g.lex.numbers[bt.lower] !== undefined || g.lex.timeUnits[bt.lower] !== undefined)))) break;
    }
    let negated = false;
    while (c >= 0 && (g.isNegator(c) || g.isWord(c, g.set.fillers))) negated = g.isNegator(c--) || negated;
    if (g.isNegator(k + 1) || (g.tok(k + 1) && /^kein/.test(g.tokens[k + 1].lower))) negated = true;
    if (g.isWord(c, g.set.copulas) || g.isWord(c, BECOME)) {
      const change = g.isWord(c, BECOME);
      const who = personBefore(g, c - 1) ?? personBefore(g, c + 1);
      emit(who, negated ? 'negated' : modality, change);
      continue;
    }
    // "arbeitet als Arzt", "works as a nurse", "wird zum Leiter ernannt", "promoted to head".
    if (before && g.isWord(k, TO_POSITION) && (before.lower !== 'to' || g.findPhrases(Math.max(0, k - 3), k - 1, PROMOTED).length > 0)) {
      const change = before.lower !== 'als' && before.lower !== 'as';
      const who = g.subjectsOf(i)[0] ?? null;
      emit(who, negated ? 'negated' : modality, change);
      continue;
    }
    // "Timo Lersch, dreiundzwanzig und seit drei Monaten Volontär".
    if (g.isWord(stop, g.set.andWords) && (g.tok(stop - 1)?.kind === 'num' || g.lex.numbers[g.tok(stop - 1)?.lower ?? ''] !== undefined || /\p{L}+(ig|ßig)$/u.test(g.tok(stop - 1)?.lower ?? '')) && g.tok(stop - 2)?.text === ',' && g.tok(stop - 3)?.kind === 'ent') {
      emit(personBefore(g, stop - 3), presupposed, false);
      continue;
    }
    // "the editor-in-chief, Marcus Bell, …"
    if (g.tok(i + 1)?.text === ',' && g.tok(i + 2)?.kind === 'ent' && [',', '.', ';'].includes(g.tok(i + 3)?.text ?? '.') && (g.isWord(k, g.set.articles) || g.isWord(k + 1, g.set.articles))) {
      emit({ key: g.tokens[i + 2].key!, index: i + 2 }, presupposed, false);
      continue;
    }
    // "Chefarzt Roland", "ein Praktikant namens Vladi", "Detective Smith".
    let n = i + 1;
    if (g.isWord(n, g.set.named)) n++;
    const next = g.tok(n);
    if (next?.kind === 'ent' && next.key && !(g.language === 'de' && role.family === 'nurse' && t.lower === 'schwester' && g.tok(i - 1)?.kind === 'ent')) {
      emit({ key: next.key, index: n }, presupposed, false);
    }
  }
}
