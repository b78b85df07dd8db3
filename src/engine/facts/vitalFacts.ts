// Vital status: deaths (verbs, "Xs Tod", "the late X"), being alive, and characters acting on-screen in the narration.
import type { Modality } from '../types';
import type { FactSink } from './factSink';
import type { Grammar, Ref } from './grammar';
import { SERIES_CLOCK as NARRATION } from './eventFacts';

const TRANSITIVE_DEATH = new Set(['getötet', 'ermordet', 'erschossen', 'erstochen', 'umgebracht', 'killed', 'murdered', 'shot dead']);
const PASSIVE = new Set(['wird', 'wurde', 'wurden', 'worden', 'ist', 'war', 'was', 'is', 'were', 'been', 'gets', 'got', 'be']);
const PAST_DE = /^(war|waren|hatte|hatten|traf|trafen|kam|kamen|ging|gingen|sah|sahen|sprach|lief|stand|saß|fand|gab|nahm|hielt|rief|schrieb|trug|wurde|wurden|fuhr|blieb|bat|half|starb|zog|tat|wusste|dachte|brachte|kannte|nannte|verließ|erhielt|begann|gewann|verlor|aß|schlief|fiel|rannte|kaufte|heiratete|verkaufte|baute|wohnte|lebte|arbeitete|flog|schwamm|trank|sang|warf|sprang|floh|litt|stieg|schwieg|zwang|brach|stahl|vergaß|las|wuchs|wusch|trieb|schob|bot|verbot|log|betrog|genoss|schoss|goss|riss|biss|glich|schlich|strich|wich|mied|schied|lud|grub|schuf)$|[^e]te$|[^e]ten$/;
const PAST_EN = /^(was|were|had|met|came|went|saw|spoke|ran|stood|sat|found|gave|took|held|told|wrote|wore|became|stayed|asked|helped|died|left|knew|thought|brought|began|won|lost|ate|slept|fell|felt|made|said|got|did|kept|sent|led|heard|paid|meant|built|bought|caught|taught|fought|sought|sold|spent|lent|swept|dealt|laid|understood|spun|struck|stuck|hung|sang|rang|drank|swam|forgave|rode|drove|rose|chose|froze|broke|woke|stole|tore|swore|bore|grew|threw|flew|drew|blew|shook|mistook|beheld|fed|fled|bled|hid|bit|lit|forgot|shot|sank|stank|sprang|slid|strode|stove|wove|wept|knelt|leapt|dreamt|burnt|learnt|spoilt|dwelt|crept|bent|rent|smote)$|ed$/;
const TEMPORAL = new Set(['seit', 'nach', 'vor', 'since', 'after', 'before', 'until', 'bis']);
const HELD_AS = new Set(['als', 'für', 'for', 'as', 'presumed', 'believed', 'thought', 'declared', 'reported', 'feared', 'supposedly', 'assumed']);
const ATTRIBUTIVE_CHECK = new Set(['dead', 'deceased', 'tot', 'verstorben']);
const BODY = new Set(['leiche', 'leichnam', 'tote', 'toten', 'toter', 'body', 'corpse', 'dead', 'tot', 'ertrunken', 'drowned', 'leblos', 'lifeless', 'remains', 'überreste']);
const RELATIVE_EN = new Set(['who']);
const HOME_PREPOSITIONS_DE = new Set(['in', 'im', 'bei', 'beim', 'mit', 'auf', 'am', 'an', 'von', 'nahe']);
const INDEFINITE = new Set(['jemand', 'niemand', 'keiner', 'someone', 'somebody', 'anyone', 'anybody', 'nobody']);
const BURIAL = new Set(['funeral', 'burial', 'grave', 'beerdigung', 'begräbnis', 'beisetzung', 'trauerfeier', 'grab', 'grabes']);
const TO_INF = new Set(['to']);
const OWN = new Set(['own', 'eigene', 'eigenen', 'eigenes']);
const TO_GRAVE = new Set(['to', 'into', 'ins', 'zum']);
const PLUPERFECT = new Set(['hatte', 'hatten', 'had', 'would', 'used']);
/** Adverbs of likelihood: "vermutlich ertrunken", "probably drowned" is what people assume, not a death narrated. */
const PROBABLE = new Set(['vermutlich', 'mutmaßlich', 'wahrscheinlich', 'wohl', 'offenbar', 'anscheinend', 'probably', 'presumably', 'likely', 'possibly', 'apparently', 'seemingly']);
/** "statt zu sterben", "rather than died", "instead of dying": the death that did not happen. */
const INSTEAD = new Set(['statt', 'anstatt', 'rather', 'instead']);
/** "hat seinen Tod vorgetäuscht", "faked his death": the death was staged, so the person lives. */
const FAKED = new Set(['täuscht', 'täuschte', 'täuschten', 'vorgetäuscht', 'vortäuscht', 'vortäuschte', 'vorgetäuschte', 'vorgetäuschten', 'inszeniert', 'inszenierte', 'inszenierten', 'fingiert', 'fingierte', 'fingierten', 'gefälscht', 'gefälschte', 'gefälschten', 'faked', 'fakes', 'faking', 'fake', 'staged', 'stages', 'staging', 'feigned', 'feigns', 'simulated']);

/** "Laut Polizei …", "according to the coroner …": a death told on a source's word. */
const SOURCE = new Set(['laut', 'according']);
/** "is said to have drowned", "was reported to be dead": a death passed on by hearsay. */
const HEARSAY = new Set(['said', 'reported', 'rumoured', 'rumored', 'alleged', 'reputed']);
/** Nouns of a way to die that a staged death names: "faked his own drowning", "täuschte ihren Selbstmord vor". */
const STAGED_DEATHS = new Set(['drowning', 'suicide', 'accident', 'selbstmord', 'suizid', 'unfall', 'unfalltod', 'ertrinken']);
/** English bare infinitives of dying, denied: "did not die after all", "didn't drown". */
const BARE_DEATH_EN = new Set(['die', 'drown']);

/** "Ruth dreams that he drowns", "in ihrem Albtraum ertrinkt er": a death in a dream or vision. */
const DREAM = new Set(['dream', 'dreams', 'dreamt', 'dreamed', 'nightmare', 'nightmares', 'vision', 'hallucinates', 'hallucination', 'traum', 'träumt', 'träumte', 'albtraum', 'alptraum', 'albtraums', 'halluziniert']);
/** "The story of his death was a lie", "Die Nachricht von seinem Tod war erlogen": a death told as untrue. */
const UNTRUE = new Set(['lie', 'hoax', 'lüge', 'erlogen', 'erfunden', 'schwindel', 'invented', 'fabricated']);
/** "is afraid that he is dead", "hat Angst, dass er tot ist": a feared death, governing a clause after it. */
const FEAR = new Set(['afraid', 'fear', 'fears', 'feared', 'worried', 'worries', 'dreads', 'hopes', 'angst', 'fürchtet', 'fürchtete', 'befürchtet', 'befürchtete', 'sorge', 'sorgt', 'sorgte', 'hofft', 'hoffte']);
/** "played dead", "stellte sich tot": feigned, not dead. */
const PLAY = new Set(['play', 'plays', 'played', 'playing', 'feigns', 'feigned', 'spielt', 'spielte']);
const SICH = new Set(['sich']);
const STELLT = new Set(['stellt', 'stellte', 'stellen', 'stellten']);
/** "knapp überlebt", "barely survived": a near thing, not a denial. */
const NEAR_THING = new Set(['fast', 'beinahe', 'knapp', 'almost', 'nearly', 'barely', 'narrowly']);

/** "Die Zeitung meldet, dass …", "the paper reports that …": a death passed on by a report. */
const REPORTS = new Set(['reports', 'report', 'reported', 'meldet', 'meldete', 'melden', 'meldeten', 'berichtet', 'berichtete', 'berichten', 'berichteten']);
/** "declared him legally dead", "amtlich für tot erklärt": the manner of the declaration between it and the death. */
const OFFICIALLY = new Set(['legally', 'officially', 'formally', 'amtlich', 'offiziell', 'gerichtlich']);

/** A verb of reporting that governs the death at i: "meldet, dass er gestorben ist", "reports that he died". */
function reportedDeath(g: Grammar, i: number): boolean {
  const [sa] = g.sentenceRange(i);
  for (let k = sa; k < i; k++) {
    if (!g.isWord(k, REPORTS)) continue;
    for (let j = k + 1; j < i; j++) if (g.isWord(j, g.set.complementizers)) return true;
  }
  return false;
}

/** "declared dead", "erklärte Jonas für tot", "declared him legally dead": a status held. */
function heldAs(g: Grammar, i: number): boolean {
  if (g.isWord(i - 1, HELD_AS)) return true;
  const prev = g.tok(i - 1);
  const between = prev?.kind === 'ent' || g.isWord(i - 1, OFFICIALLY) || (prev?.kind === 'word' && (g.lex.pronouns[prev.lower] !== undefined || ['him', 'her', 'them', 'ihn', 'ihm'].includes(prev.lower)));
  return between && g.isWord(i - 2, HELD_AS);
}

/** A death told in a dream, called a lie, or feared in a clause governed by a verb of fearing. */
function unrealDeath(g: Grammar, i: number): boolean {
  const [sa, sb] = g.sentenceRange(i);
  for (let k = sa; k <= sb; k++) {
    if (g.isWord(k, UNTRUE) || (k < i && g.isWord(k, DREAM))) return true;
    if (k < i && g.isWord(k, FEAR)) {
      if (i - k <= 6) return true;
      for (let j = k + 1; j < i; j++) if (g.isWord(j, g.set.complementizers)) return true;
    }
  }
  return false;
}

/** A real negator near token i (not "knapp"/"almost", which tell a near thing). */
function deniedNear(g: Grammar, i: number, before: number, after: number): boolean {
  const [a, b] = g.clauseRange(i);
  for (let k = Math.max(a, i - before); k <= Math.min(b, i + after); k++) if (k !== i && g.isNegator(k) && !g.isWord(k, NEAR_THING)) return true;
  return false;
}

/** Is a word of set `words` in token i's clause, within `span` tokens before it (or anywhere in the clause with span < 0)? */
function inClauseBefore(g: Grammar, i: number, words: Set<string>, span: number): boolean {
  const [a, b] = g.clauseRange(i);
  const to = span < 0 ? b : i - 1;
  for (let k = span < 0 ? a : Math.max(a, i - span); k <= to; k++) if (k !== i && g.isWord(k, words)) return true;
  return false;
}

function add(g: Grammar, sink: FactSink, who: Ref[], object: 'dead' | 'alive', modality: Modality, negated: boolean, at: number): void {
  let obj: string = object;
  let mod = modality;
  if (negated) {
    if (mod === 'revealed') obj = object === 'dead' ? 'alive' : 'dead';
    else if (object === 'alive') obj = 'dead';
    else mod = 'negated';
  }
  for (const r of who) if (r.key) sink.add(r.key, 'vital', obj, mod, at);
}

/** Who dies in a clause with a death word at d: the subject, or the object of an active killing verb. */
function victims(g: Grammar, d: number, phrase: string): Ref[] {
  // "bevor jemand gestorben ist", "before anyone dies", "nobody drowned": no one in particular.
  const [ca] = g.clauseRange(d);
  for (let k = ca; k < d; k++) if (g.isWord(k, INDEFINITE)) return [];
  const subjects = g.subjectsOf(d);
  if (!TRANSITIVE_DEATH.has(phrase)) return subjects;
  const [a, b] = g.clauseRange(d);
  for (let k = a; k < d; k++) if (g.isWord(k, PASSIVE)) return subjects;
  const others = g.objectsIn(a, b, new Set()).filter((r) => !subjects.some((s) => s.key === r.key));
  return others.length ? [others[0]] : [];
}

/** Extract vital-status facts: dead / alive (stated) and acting (on-screen) per person. */
export function extractVital(g: Grammar, sink: FactSink): void {
  const deathPhrases = g.compile(g.lex.deathPredicates);
  const alivePhrases = g.compile(g.lex.alivePredicates);
  const deathNouns = new Set(g.lex.deathNouns);
  const deadAttributes = new Set(g.lex.deadAttributes);
  const deathClauses = new Set<number>();
  const n = g.tokens.length;
  if (!n) return;

  for (const m of g.findPhrases(0, n - 1, deathPhrases, true)) {
    deathClauses.add(g.tokens[m.index].clause);
    if (g.hypothetical(m.index)) continue;
    // Attributive, not predicative: "the dead man's lap", "in the dead of night", "the deceased".
    if (m.length === 1 && ATTRIBUTIVE_CHECK.has(m.phrase)) {
      const next = g.tok(m.index + 1);
      if (g.isWord(m.index - 1, g.set.articles) || g.lex.possessives[g.tok(m.index - 1)?.lower ?? '']) continue;
      if (g.language === 'en' && next?.kind === 'word' && /^[\p{Ll}]/u.test(next.text) && !g.set.copulas.has(next.lower) && !g.set.prepositions.has(next.lower) && !g.set.andWords.has(next.lower) && !g.set.notVerbs.has(next.lower) && !g.set.clauseOpeners.has(next.lower)) continue;
    }
    // A death told of "he"/"she" when several people could be meant ("the night he died") names nobody for sure.
    const who = victims(g, m.index, m.phrase).filter((r) => !(g.tokens[r.index]?.kind === 'word' && g.lex.pronouns[g.tokens[r.index].lower] && g.ambiguousPronoun(r.index)));
    // "gilt seit Jahren als tot", "für tot erklärt", "presumed dead": a status held, not a death narrated.
    // "lief davon, statt zu sterben", "ran away rather than died": the death is the road not taken.
    if (inClauseBefore(g, m.index, INSTEAD, 3)) continue;
    if (unrealDeath(g, m.index)) continue;
    if (g.isWord(m.index - 1, PLAY) || (g.isWord(m.index - 1, SICH) && g.isWord(m.index - 2, STELLT))) continue;
    const hearsay = (): boolean => {
      const [sa] = g.sentenceRange(m.index);
      for (let k = Math.max(sa, m.index - 6); k < m.index; k++) if (g.isWord(k, HEARSAY) && g.isWord(k + 1, TO_INF)) return true;
      return false;
    };
    const held = heldAs(g, m.index) || reportedDeath(g, m.index) || inClauseBefore(g, m.index, PROBABLE, 5) || inClauseBefore(g, m.index, SOURCE, 40) || hearsay();
    add(g, sink, who, 'dead', held ? 'believed' : g.modalityAt(m.index), g.negatedNear(m.index, 4), m.index);
  }
  // "Es ist Vadim Kessler." / "It is Vince Delgado.": the recognition of someone thought gone.
  for (const s of g.model.sentences) {
    const t = g.tokens;
    if (s.last - s.first < 3) continue;
    // "The stranger is Bram Oakes …", "Der Fremde ist …": a person noun with its article stands where "it" would.
    const shift = g.isWord(s.first, g.set.articles) && g.lex.personNouns[t[s.first + 1].lower] !== undefined && s.last - s.first >= 4 ? 1 : 0;
    const [a, b, c, d] = [t[s.first + shift], t[s.first + 1 + shift], t[s.first + 2 + shift], t[s.first + 3 + shift]];
    // "It is Vince, whom everyone believed dead.": the recognition carries a relative clause about the belief.
    const believedDead = (): boolean => sink.facts.some((f) => f.subject === c.key && f.object === 'dead' && f.modality === 'believed' && f.start === t[s.first].start);
    // …, whom everyone believed dead", also after an apposition: "It is Mara, the founder of the choir, whom everyone …".
    const relativeAfter = (): boolean => {
      for (let k = s.first + 4 + shift; k <= Math.min(s.last, s.first + 16); k++) if (t[k - 1].text === ',' && g.relativeClause(k)) return true;
      return false;
    };
    const tail = (d.text === '.' && s.last - s.first === 3 + shift) || (d.text === ',' && relativeAfter() && believedDead());
    const opener = shift ? g.lex.personNouns[a.lower] !== undefined : ['es', 'it'].includes(a.lower);
    if (opener && g.isWord(s.first + 1 + shift, g.set.copulas) && c.kind === 'ent' && c.key && tail && b.kind === 'word') {
      // After a body is found, the same words identify the dead.
      const from = g.model.sentences[Math.max(0, s.index - 2)].first;
      let body = false;
      // A death only believed there ("den alle für tot hielten") finds no body.
      for (let k = from; k < s.first; k++) if ((BODY.has(t[k].lower) || deathNouns.has(t[k].lower)) && !g.isWord(k - 1, HELD_AS) && g.modalityAt(k) !== 'believed') body = true;
      sink.add(c.key, 'vital', body ? 'dead' : 'alive', body ? 'asserted' : 'revealed', s.first + 2 + shift);
    }
  }
  for (const m of g.findPhrases(0, n - 1, alivePhrases, true)) {
    if (g.hypothetical(m.index)) continue;
    // "lebt in Hamburg", "lives with his aunt": where someone lives, not a statement that they are alive.
    if (g.isWord(m.index + m.length, g.set.prepositions)) continue;
    // German verb-final: "…, die in Innsbruck in einer Altbauwohnung lebt", "der mit seiner Frau am Deich lebt": a home too.
    if (g.language === 'de') {
      const [ca] = g.clauseRange(m.index);
      let home = false;
      for (let k = ca; k < m.index && !home; k++) if (g.isWord(k, HOME_PREPOSITIONS_DE)) home = true;
      if (home && g.relativeClause(m.index)) continue;
    }
    const who = g.subjectsOf(m.index);
    let modality = g.modalityAt(m.index);
    // Stated to be alive after the episode tells of their death or believed death: a reveal by its nature.
    const denied = deniedNear(g, m.index, 4, 3);
    if (modality === 'asserted' && !denied) {
      const start = g.tokens[g.sentenceRange(m.index)[0]].start;
      const diedBefore = (key: string | null): boolean => sink.facts.some((f) => f.subject === key && f.predicate === 'vital' && f.object === 'dead' && f.modality !== 'negated' && f.start <= start);
      if (who.some((r) => diedBefore(r.key))) modality = 'revealed';
    }
    add(g, sink, who, 'alive', modality, denied, m.index);
  }
  for (let i = 0; i < n; i++) {
    const t = g.tokens[i];
    if (t.kind !== 'word') continue;
    // "hat seinen Tod vorgetäuscht", "had faked his own drowning": a staged death reveals that its owner lives.
    if ((deathNouns.has(t.lower) || STAGED_DEATHS.has(t.lower)) && (g.language === 'en' || t.capital) && inClauseBefore(g, i, FAKED, -1)) {
      deathClauses.add(t.clause);
      const owner = g.nounOwner(i) ?? (g.isWord(i - 1, OWN) ? g.nounOwner(i - 1) : null) ?? g.subjectsOf(i)[0] ?? null;
      if (owner?.key) add(g, sink, [owner], 'alive', 'revealed', false, i);
      continue;
    }
    // "did not die after all", "never die": a death denied in the bare infinitive.
    if (g.language === 'en' && BARE_DEATH_EN.has(t.lower) && (g.isNegator(i - 1) || g.isNegator(i - 2)) && !g.hypothetical(i)) {
      add(g, sink, g.subjectsOf(i), 'dead', g.modalityAt(i), true, i);
      continue;
    }
    if (deathNouns.has(t.lower) && (g.language === 'en' || t.capital)) {
      deathClauses.add(t.clause);
      // "will speak at his funeral", "plant Sepps Beerdigung": a burial presupposes the death even in a plan or a wish
      // (not one's own: "plans his own funeral"); a death or murder in a wish or fear is only feared.
      // "would take it to his grave", "bringt ihn noch ins Grab" are idioms of a life, not a burial.
      const idiom = g.isWord(i - 2, TO_GRAVE) || g.isWord(i - 1, TO_GRAVE);
      const burial = BURIAL.has(t.lower) && !g.isWord(i - 1, OWN) && !g.question(i) && !idiom;
      if (!burial && (g.hypothetical(i) || unrealDeath(g, i))) continue;
      const owner = g.nounOwner(i);
      // "seit Sepps Beerdigung", "since Tom's death": a time reckoned from the death presupposes it.
      let p = i - 1;
      while (p >= 0 && (g.tokens[p].kind === 'ent' || g.isWord(p, g.set.articles) || g.lex.possessives[g.tokens[p].lower])) p--;
      const presupposed = g.isWord(p, TEMPORAL);
      const modality = g.modalityAt(i);
      if (owner?.key) add(g, sink, [owner], 'dead', presupposed && modality === 'believed' ? 'asserted' : modality, false, i);
    } else if (deadAttributes.has(t.lower) && !t.capital) {
      // "der verstorbene Tom", "her late husband Tom".
      let k = i + 1;
      const rel = g.relationNounAt(k);
      if (rel) k++;
      const e = g.tok(k);
      if (e?.kind === 'ent' && e.key && (rel || g.isWord(i - 1, g.set.articles))) add(g, sink, [{ key: e.key, index: k }], 'dead', g.modalityAt(i), false, i);
    }
  }
  extractActing(g, sink, deathClauses);
}

interface Candidate {
  key: string;
  at: number;
  verb: number;
}

/** A character as the subject of a verb in the narration: alive and on-screen there. */
function extractActing(g: Grammar, sink: FactSink, deathClauses: Set<number>): void {
  const candidates: Candidate[] = [];
  const deaths = sink.facts.filter((f) => f.predicate === 'vital' && f.object === 'dead' && f.modality !== 'negated' && f.modality !== 'believed');
  const diedBefore = (key: string, at: number): boolean => deaths.some((f) => f.subject === key && f.end <= at);
  const isVerb = (k: number): boolean => {
    const t = g.tok(k);
    if (!t || t.kind !== 'word') return false;
    if (!/^[\p{Ll}]/u.test(t.text)) return false;
    const s = g.set;
    return !(s.notVerbs.has(t.lower) || s.prepositions.has(t.lower) || s.articles.has(t.lower) || s.negators.has(t.lower) || g.lex.possessives[t.lower] || s.complementizers.has(t.lower) || s.andWords.has(t.lower));
  };
  for (let i = 0; i < g.tokens.length; i++) {
    const t = g.tokens[i];
    let key = t.key;
    // "He lets her in": a subject pronoun that opens its clause, resolved to its person.
    if (t.kind === 'word' && ['er', 'sie', 'he', 'she'].includes(t.lower) && g.clauseRange(i)[0] === i) {
      key = g.resolvePronoun(i, g.lex.pronouns[t.lower])?.key ?? undefined;
      if (!key || !isVerb(i + 1)) continue;
      // A pronoun after the episode has told this person's death more likely means someone else: only a name brings the dead back.
      if (diedBefore(key, t.start)) continue;
      if (deathClauses.has(t.clause) || g.hypothetical(i) || g.absent(i) || PLUPERFECT.has(g.tokens[i + 1].lower)) continue;
      candidates.push({ key, at: i, verb: i + 1 });
      continue;
    }
    // "Reg Hobbs, who stands behind it": a relative clause's verb right after "who".
    if (t.kind === 'word' && g.language === 'en' && RELATIVE_EN.has(t.lower) && g.tok(i - 1)?.text === ',' && isVerb(i + 1)) {
      const ante = g.antecedentBefore(i - 1);
      if (ante?.key && !deathClauses.has(t.clause) && !g.hypothetical(i) && !g.absent(i) && !PLUPERFECT.has(g.tokens[i + 1].lower)) candidates.push({ key: ante.key, at: i, verb: i + 1 });
      continue;
    }
    if (t.kind !== 'ent' || !key || t.possessive) continue;
    const kind = g.input.kindOf(key);
    if (kind && kind !== 'character') continue;
    if (g.afterPreposition(i)) continue;
    let k = i + 1;
    while (g.isWord(k, g.set.andWords) && g.tok(k + 1)?.kind === 'ent') k += 2;
    let verb = -1;
    if (isVerb(k)) verb = k;
    else if (g.language === 'de' && isVerb(i - 1) && g.tokens[i - 1].clause === t.clause && i - 2 >= 0 && g.tokens[i - 2].clause === t.clause) verb = i - 1;
    if (verb < 0) continue;
    if (deathClauses.has(t.clause) || g.hypothetical(i) || g.absent(i)) continue;
    if (PLUPERFECT.has(g.tokens[verb].lower)) continue;
    candidates.push({ key, at: i, verb });
  }
  if (!candidates.length) return;
  const past = g.language === 'de' ? PAST_DE : PAST_EN;
  const pastShare = candidates.filter((c) => past.test(g.tokens[c.verb].lower)).length / candidates.length;
  const presentNarration = pastShare < 0.5;
  // The episode's narrative tense: a story told in the past tells events out of order more often.
  sink.add(NARRATION, 'narration', presentNarration ? 'present' : 'past', 'asserted', candidates[0].at);
  const done = new Set<string>();
  for (const c of candidates) {
    if (presentNarration && past.test(g.tokens[c.verb].lower)) continue;
    const modality = g.modalityAt(c.at);
    if (modality === 'believed') continue;
    const once = `${c.key}|${g.tokens[c.at].sentence}`;
    if (done.has(once)) continue;
    done.add(once);
    sink.add(c.key, 'vital', 'acting', modality, c.at);
  }
}
