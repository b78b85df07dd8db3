// Narrated changes (wedding, divorce, move, promotion, birthday, death) and time passing ("ein Jahr später", "a year later").
import type { FactSink } from './factSink';
import type { Grammar } from './grammar';
import { numberValue } from './ageFacts';
import { extractTimeline } from './timelineFacts';

/** The subject key of facts about the series' clock. */
export const SERIES_CLOCK = '*';

const AFTER = new Set(['nach', 'after']);
/** Words after "nach N Jahren" / "after N years" that make it a span of a life, not the story's clock ("als", "of"). */
const SPAN_AFTER = new Set(['als', 'of', 'as', 'im', 'in', 'bei', 'at']);
/** Words that make a time unit a recurrence, not time passing: "every year", "each month", "jedes Jahr", "alle zwei Jahre". */
const HABITUAL = new Set(['every', 'each', 'jedes', 'jeden', 'jede', 'jeder', 'alle', 'allen']);
/** "once a year", "twice a month", "einmal im Jahr", "per year", "pro Jahr": a frequency. */
const FREQUENCY = new Set(['once', 'twice', 'thrice', 'per', 'einmal', 'zweimal', 'dreimal', 'pro']);
const OPENERS = new Set(['und', 'and', 'but', 'aber', 'doch', 'then', 'dann', 'erst', 'only', 'schon', 'bereits']);

/** Does token k open its sentence (after at most a conjunction or "erst")? */
function opensClause(g: Grammar, k: number): boolean {
  const [a] = g.sentenceRange(k);
  return k === a || (k === a + 1 && g.isWord(a, OPENERS));
}

/** Is the time unit at i a recurrence ("every year on …", "jedes Jahr vergeht", "alle zwei Jahre", "once a year on …")? */
function habitual(g: Grammar, i: number, counted: boolean): boolean {
  const before = counted ? i - 2 : i - 1;
  if (g.isWord(before, HABITUAL)) return true;
  // "einmal im Jahr", "once a year", "per year", "pro Jahr".
  return g.isWord(i - 1, FREQUENCY) || g.isWord(i - 2, FREQUENCY);
}

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
    const afterAt = g.isWord(i - 2, AFTER) ? i - 2 : g.isWord(i - 3, AFTER) && g.isWord(i - 2, g.set.articles) ? i - 3 : -1;
    // "Nach zwei Tagen …", "After three years, …": the story's clock when it opens the sentence or clause; mid-clause
    // ("verabschiedet sich nach 31 Jahren als Stationsleitung", "after ten years of marriage") it is a span of someone's life.
    const afterWord = count !== undefined && afterAt >= 0 && opensClause(g, afterAt) && !g.isWord(i + 1, SPAN_AFTER);
    if (!isLater && !afterWord) continue;
    if (g.hypothetical(i) || habitual(g, i, count !== undefined)) continue;
    const amount = count !== undefined ? count * years : years >= 1 ? 'many' : String(years * 3);
    sink.add(SERIES_CLOCK, 'time-passes', String(amount), 'asserted', i);
  }
  extractTimeline(g, sink);
}
