// Narrated changes (wedding, divorce, move, promotion, birthday, death) and time passing ("ein Jahr später", "a year later").
import type { FactSink } from './factSink';
import type { Grammar } from './grammar';
import { numberValue } from './ageFacts';

/** The subject key of facts about the series' clock. */
export const SERIES_CLOCK = '*';

const AFTER = new Set(['nach', 'after']);

/** Extract event facts (subject: the person; object: the change) and time-passes facts (subject "*", object: years). */
export function extractEvents(g: Grammar, sink: FactSink): void {
  const n = g.tokens.length;
  if (!n) return;
  const table = g.lex.changeEvents;
  const phrases = g.compile(Object.keys(table));
  for (const m of g.findPhrases(0, n - 1, phrases)) {
    const kind = table[m.phrase];
    if (g.hypothetical(m.index)) continue;
    const modality = g.modalityAt(m.index);
    if (modality === 'believed' || g.negatedNear(m.index, 3)) continue;
    const t = g.tokens[m.index];
    const noun = g.language === 'de' ? t.capital && m.index !== g.sentenceRange(m.index)[0] : false;
    const owner = noun ? g.nounOwner(m.index) : null;
    const [a, b] = g.clauseRange(m.index);
    if (noun && !owner?.key) continue;
    const couple = ['wedding', 'divorce', 'separation'].includes(kind);
    const people = noun ? [owner?.key] : g.subjectsOf(m.index).map((r) => r.key);
    if (couple && noun) people.push(...g.subjectsOf(m.index).map((r) => r.key));
    if (couple && !noun) people.push(...g.objectsIn(a, b, new Set(['mit', 'von', 'with', 'from', 'to'])).map((r) => r.key));
    for (const p of new Set(people)) if (p) sink.add(p, 'event', kind, modality, m.index);
  }
  // Time passing.
  const later = g.compile(g.lex.laterWords);
  for (let i = 0; i < n; i++) {
    const t = g.tokens[i];
    const years = g.lex.timeUnits[t.lower];
    if (years === undefined || t.kind !== 'word') continue;
    const prev = g.tok(i - 1);
    const count = prev ? numberValue(g, prev.text) : undefined;
    const isLater = later.some((p) => g.phraseAt(i + 1, p) > 0);
    const afterWord = count !== undefined && (g.isWord(i - 2, AFTER) || (g.isWord(i - 3, AFTER) && g.isWord(i - 2, g.set.articles)));
    if (!isLater && !afterWord) continue;
    if (g.hypothetical(i)) continue;
    const amount = count !== undefined ? count * years : years >= 1 ? 'many' : String(years * 3);
    sink.add(SERIES_CLOCK, 'time-passes', String(amount), 'asserted', i);
  }
}
