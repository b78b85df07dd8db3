// Facts the timeline rule compares: weddings narrated as happening or as done, "never been to X", and when a death happened.
import type { Fact, Modality } from '../types';
import { numberValue } from './ageFacts';
import type { FactSink } from './factSink';
import type { Grammar } from './grammar';

/** Verbs of marrying: narrated as happening now (present tense) or told as done. */
const WED_NOW = new Set(['marries', 'marry', 'heiratet', 'heiraten']);
const WED_NOW_PHRASES = [['get', 'married'], ['gets', 'married'], ['getting', 'married'], ['geben', 'sich', 'das', 'jawort'], ['gibt', 'sich', 'das', 'jawort'], ['ties', 'the', 'knot'], ['tie', 'the', 'knot']];
const WED_DONE = new Set(['married', 'heirateten', 'heiratete', 'geheiratet', 'verheiratet']);
const WED_PARTNER_PREPOSITIONS = new Set(['mit', 'with', 'to']);
/** Words that make a wedding something other than the couple's own (a planned one, a guest's, a photo of it). */
const NOT_OWN = new Set(['plan', 'plans', 'planen', 'plant', 'planned', 'geplant', 'will', 'wollen', 'möchte', 'möchten', 'wants', 'want', 'soon', 'bald', 'next', 'nächste', 'nächsten', 'engaged', 'verlobt', 'proposes', 'antrag']);

/** "has never been to X", "war noch nie in X", "never set foot in X". */
const NEVER_BEEN_EN = [['never', 'been', 'to'], ['never', 'been', 'in'], ['never', 'set', 'foot', 'in'], ['never', 'been', 'on']];
const NEVER_BEEN_DE = [['noch', 'nie', 'in'], ['nie', 'in'], ['noch', 'nie', 'auf'], ['nie', 'auf'], ['noch', 'nie', 'nach'], ['nie', 'nach']];
const BEEN_DE = new Set(['war', 'gewesen', 'waren', 'gekommen', 'ist']);
/** Travel to a place: being there. The verb, then "nach"/"to"/"in" within a few words, or the place right after ("visits Porto"). */
const TRAVEL_VERBS = new Set(['fährt', 'fuhr', 'reist', 'reiste', 'fliegt', 'flog', 'kommt', 'kam', 'travels', 'travelled', 'traveled', 'flies', 'flew', 'drives', 'drove', 'goes', 'went', 'arrives', 'arrived', 'visits', 'visited', 'besucht', 'besuchte']);
const TRAVEL_DIRECT = new Set(['visits', 'visited', 'besucht', 'besuchte']);
const TRAVEL_TO = new Set(['nach', 'to', 'in']);
const TRAVEL_NOUNS = new Set(['train', 'bus', 'coach', 'ferry', 'flight', 'plane', 'boat', 'zug', 'bus', 'fähre', 'flug', 'flugzeug', 'schiff', 'nachtzug']);

const AGO = new Set(['ago']);
const VOR = new Set(['vor']);
const YEARS = new Set(['jahr', 'jahre', 'jahren', 'year', 'years']);
const IN_YEAR = new Set(['in', 'im', 'jahr', 'year', 'anno']);
const DEAD_FOR = [['dead', 'for'], ['seit']];

const isYear = (text: string): boolean => /^(1[89]\d\d|20\d\d)$/.test(text);

/** Extract wedding, never-been / been-to and death-time facts. */
export function extractTimeline(g: Grammar, sink: FactSink): void {
  const n = g.tokens.length;
  if (!n) return;
  const narration = sink.facts.find((f) => f.predicate === 'narration')?.object ?? 'present';
  const nowPhrases = g.compile(WED_NOW_PHRASES.map((p) => p.join(' ')));
  const neverPhrases = g.compile((g.language === 'en' ? NEVER_BEEN_EN : NEVER_BEEN_DE).map((p) => p.join(' ')));
  for (let i = 0; i < n; i++) {
    const t = g.tokens[i];
    if (t.kind !== 'word') continue;
    // Weddings.
    const nowPhrase = nowPhrases.find((p) => g.phraseAt(i, p) > 0);
    const now = (WED_NOW.has(t.lower) || !!nowPhrase) && !t.capital;
    // "get married" is read as the phrase; "got married" is done.
    const done = WED_DONE.has(t.lower) && !t.capital && !(i > 0 && ['get', 'gets', 'getting'].includes(g.tokens[i - 1].lower));
    if (now || done) wedding(g, sink, i, now && narration === 'present' ? 'wed-now' : 'wed-done', nowPhrase?.length ?? 1);
    // Never been / been to.
    for (const p of neverPhrases) {
      const len = g.phraseAt(i, p);
      if (!len) continue;
      neverBeen(g, sink, i, len);
      break;
    }
    const byVehicle = TRAVEL_NOUNS.has(t.lower) && (g.isWord(i + 1, TRAVEL_TO) || (g.isWord(i - 1, g.set.articles) && g.isWord(i + 1, TRAVEL_TO)));
    if ((TRAVEL_VERBS.has(t.lower) || byVehicle) && (!t.capital || byVehicle) && !g.hypothetical(i) && !g.negatedNear(i, 3)) {
      // "fährt nach Triest", "fährt danach nach Triest", "visits Porto", "flies back to Porto", "takes the train to Leeds", "nimmt die Fähre nach Sylt".
      let to = TRAVEL_DIRECT.has(t.lower) ? i + 1 : -1;
      for (let k = i + 1; k <= i + 3 && to < 0; k++) if (g.isWord(k, TRAVEL_TO)) to = k + 1;
      const place = to > 0 ? placeEntity(g, to) : undefined;
      const modality = g.modalityAt(i);
      if (place && modality !== 'believed') for (const who of g.subjectsOf(i)) if (who.key) sink.add(who.key, 'been-to', place, modality, i);
    }
  }
  deathTimes(g, sink);
}

/** A place at token k: an entity that is no person, or a capitalised name with no article ("nach Triest", "to Porto"). */
function placeEntity(g: Grammar, k: number): string | undefined {
  const at = g.isWord(k, g.set.articles) ? k + 1 : k;
  const t = g.tok(at);
  if (!t) return undefined;
  // Any name after "to"/"nach"/"in" here (the entity pass may not know a city for a place): nobody is "never been to" a person.
  if (t.kind === 'ent' && t.key) return t.possessive ? undefined : t.key;
  if (at !== k || t.kind !== 'word' || !t.capital || g.lex.relationNouns[t.lower] || g.lex.roleNouns[t.lower]) return undefined;
  // A German noun after "in"/"auf" is any noun; a bare capitalised word after "nach"/"to" is a place name.
  return g.isWord(k - 1, BARE_PLACE_BEFORE) ? t.text : undefined;
}

const BARE_PLACE_BEFORE = new Set(['nach', 'to', 'in', 'visits', 'visited']);

function wedding(g: Grammar, sink: FactSink, i: number, predicate: 'wed-now' | 'wed-done', len: number): void {
  if (g.hypothetical(i) || g.negatedNear(i, 3) || g.absent(i)) return;
  const modality: Modality = g.modalityAt(i);
  if (modality === 'believed') return;
  const [a, b] = g.clauseRange(i);
  for (let k = a; k <= b; k++) if (g.isWord(k, NOT_OWN)) return;
  const subjects = g.subjectsOf(i).map((r) => r.key).filter((k): k is string => !!k);
  const partners = g.objectsIn(i + len, b, WED_PARTNER_PREPOSITIONS).map((r) => r.key).filter((k): k is string => !!k && !subjects.includes(k));
  const couple = subjects.length >= 2 ? subjects.slice(0, 2) : subjects.length === 1 && partners.length ? [subjects[0], partners[0]] : [];
  if (couple.length !== 2) return;
  sink.add(couple[0], predicate, couple[1], modality, i);
  sink.add(couple[1], predicate, couple[0], modality, i);
}

function neverBeen(g: Grammar, sink: FactSink, i: number, len: number): void {
  const place = placeEntity(g, i + len);
  if (!place || g.hypothetical(i)) return;
  if (g.language === 'de') {
    // "war noch nie in Rom", "ist noch nie in Rom gewesen", "noch nie in Rom war".
    const [a, b] = g.clauseRange(i);
    let been = false;
    for (let k = a; k <= b && !been; k++) if (g.isWord(k, BEEN_DE)) been = true;
    if (!been) return;
  }
  // What someone tells of themself counts (the sink makes it asserted); a rumour stays a belief.
  const modality = g.modalityAt(i);
  for (const who of g.subjectsOf(i)) if (who.key) sink.add(who.key, 'never-been', place, modality, i);
}

/** "starb 1998", "died in 2003", "vor zehn Jahren gestorben", "died ten years ago", "seit zehn Jahren tot", "dead for ten years". */
function deathTimes(g: Grammar, sink: FactSink): void {
  const deaths = sink.facts.filter((f) => f.predicate === 'vital' && f.object === 'dead' && (f.modality === 'asserted' || f.modality === 'revealed'));
  if (!deaths.length) return;
  const bySentence = new Map<number, Fact[]>();
  for (const f of deaths) {
    const list = bySentence.get(f.start);
    if (list) list.push(f);
    else bySentence.set(f.start, [f]);
  }
  const deadFor = g.compile(DEAD_FOR.map((p) => p.join(' ')));
  for (const s of g.model.sentences) {
    const list = bySentence.get(g.tokens[s.first].start);
    if (!list || new Set(list.map((f) => f.subject)).size !== 1) continue;
    const who = list[0].subject;
    let when: string | undefined;
    let at = s.first;
    for (let k = s.first; k <= s.last && !when; k++) {
      const t = g.tokens[k];
      if (t.kind === 'num' && isYear(t.text) && (g.isWord(k - 1, IN_YEAR) || g.language === 'de')) {
        when = `year:${t.text}`;
        at = k;
        continue;
      }
      if (!g.isWord(k, YEARS)) continue;
      const count = numberValue(g, g.tokens[k - 1]?.text ?? '');
      if (count === undefined || count <= 0) continue;
      const ago = g.isWord(k + 1, AGO) || g.isWord(k - 2, VOR) || deadFor.some((p) => g.phraseAt(k - 2 - p.length + 1, p) > 0);
      if (ago) {
        when = `ago:${count}`;
        at = k;
      }
    }
    if (when && !g.hypothetical(at)) sink.add(who, 'died-when', when, list[0].modality, at);
  }
}
