// Roles and occupations: "X, ein junger Arzt", "X ist Krankenschwester", "works as a nurse", "Chefarzt Roland", "wird zum Leiter ernannt".
import type { Modality } from '../types';
import type { FactSink } from './factSink';
import { ownerOfRelation } from './describedPerson';
import type { Grammar, Ref } from './grammar';

const BECOME = new Set(['wird', 'wurde', 'werden', 'becomes', 'became', 'become']);
const HEADS: Record<string, string> = { leitet: 'Leiter', leitete: 'Leiter', heads: 'head', headed: 'head' };
const PROMOTED = [['promoted'], ['appointed'], ['elevated'], ['named'], ['elected'], ['made'], ['moved', 'up']];
const TIME_WORDS = new Set(['seit', 'schon', 'bereits', 'noch', 'for', 'since', 'already', 'still', 'now', 'jetzt', 'inzwischen', 'vielen', 'many', 'years', 'jahren', 'langem', 'long']);
const TO_POSITION = new Set(['zum', 'zur', 'to', 'als', 'as']);
/** "der neue Stationsleiter", "the new sergeant": the job is new in this episode, a narrated change. */
const NEW = new Set(['neue', 'neuer', 'neuen', 'neuem', 'frischgebackene', 'frischgebackener', 'frischgebackenen', 'new', 'newly', 'newly-appointed', 'recently-appointed']);
/** Verbs that give someone a job: "is made sergeant", "was named head", "ernennt sie zur Leiterin". */
const MADE = new Set(['made', 'named', 'appointed', 'elected', 'ernannt', 'gewählt']);
const TITLE_ADJECTIVE = /(isch|lich|ig|al|iv)(e|en|er|es|em)$/u;
/** "zum"/"zur" before a job means an appointment only with a verb of appointing ("wird zum Leiter ernannt"), not "geht zum Bäcker". */
const ZUM = new Set(['zum', 'zur']);
const APPOINT_DE = new Set(['wird', 'wurde', 'werden', 'geworden', 'befördert', 'befördern', 'ernannt', 'ernennt', 'ernennen', 'ernannte', 'gewählt', 'wählt', 'wählen', 'berufen', 'beruft', 'bestellt', 'macht', 'machte', 'gemacht', 'ausgebildet', 'aufgestiegen', 'steigt', 'stieg']);

/** A verb of appointing or becoming in the clause of token i. */
function appointedIn(g: Grammar, i: number): boolean {
  const [a, b] = g.clauseRange(i);
  for (let k = a; k <= b; k++) if (g.isWord(k, APPOINT_DE)) return true;
  return false;
}

/** "where"/"wo" after a comma and a noun opens a relative clause, not a question. */
const RELATIVE_WHERE = new Set(['where', 'when', 'wo']);
/** Taking over the lead: "übernimmt die Leitung", "takes over the ward". Object (job word) by language. */
const TAKE_OVER: Record<'de' | 'en', [string[], string]> = {
  de: [[], 'Leiter'],
  en: [['takes over as head', 'took over as head', 'has taken over as head', 'takes over the running of', 'took over the running of'], 'head'],
};
const TAKE_OVER_PHRASES = { de: [] as string[][], en: TAKE_OVER.en[0].map((p) => p.split(' ')) };
/** German: "übernimmt die Leitung", "tritt ihre Nachfolge an" (verb and noun anywhere in the clause). */
const LEAD_NOUNS = new Set(['leitung', 'nachfolge']);
const TAKE_VERBS = new Set(['übernimmt', 'übernahm', 'übernommen', 'übernehmen', 'antritt', 'antrat', 'tritt', 'trat', 'angetreten']);
/** Work described by what a person does: "unterrichtet Mathematik", "teaches history". */
const TEACH = new Set(['unterrichtet', 'unterrichtete', 'unterrichten', 'teaches', 'taught', 'teach']);
/** School subjects and schools: what makes teaching a job. */
const SCHOOL = new Set([
  'mathematik', 'mathe', 'deutsch', 'englisch', 'französisch', 'latein', 'spanisch', 'geschichte', 'biologie', 'chemie', 'physik', 'erdkunde', 'geografie',
  'informatik', 'religion', 'ethik', 'sozialkunde', 'klasse', 'klassen', 'unterricht', 'schüler', 'schülern', 'schule', 'gymnasium', 'grundschule', 'realschule',
  'gesamtschule', 'hauptschule', 'berufsschule', 'universität', 'uni', 'hochschule', 'fachhochschule', 'oberstufe',
  'maths', 'math', 'mathematics', 'english', 'french', 'german', 'latin', 'spanish', 'history', 'biology', 'chemistry', 'physics', 'geography', 'science',
  'school', 'college', 'university', 'class', 'classes', 'pupils', 'students', 'sixth-form', 'comprehensive', 'academy', 'primary', 'secondary',
]);
const SCHOOL_COMPOUND = /(schule|gymnasium|school|college|unterricht)$/u;
/** Businesses someone runs ("führt die Bäckerei", "runs the pub") and the job that makes them. */
const RUN = new Set(['führt', 'führte', 'betreibt', 'betrieb', 'runs', 'ran', 'keeps', 'kept', 'owns', 'owned', 'besitzt', 'besaß']);
const BUSINESS: Record<string, string> = {
  kneipe: 'Wirt', gaststätte: 'Wirt', gastwirtschaft: 'Wirt', wirtschaft: 'Wirt', gasthaus: 'Wirt', gasthof: 'Wirt', wirtshaus: 'Wirt', lokal: 'Wirt',
  bäckerei: 'Bäcker', metzgerei: 'Metzger', apotheke: 'Apotheker', werkstatt: 'Mechaniker', autowerkstatt: 'Mechaniker', schlosserei: 'Schlosser', weingut: 'Winzer', friseursalon: 'Friseur',
  bücher: 'Buchhalter', buchhaltung: 'Buchhalter', kanzlei: 'Anwalt', arztpraxis: 'Arzt', tierarztpraxis: 'Tierarzt', redaktion: 'Redakteur',
  pub: 'landlord', inn: 'landlord', tavern: 'landlord', bakery: 'baker', "butcher's": 'butcher', pharmacy: 'pharmacist', "chemist's": 'pharmacist',
  garage: 'mechanic', vineyard: 'winemaker', winery: 'winemaker', books: 'accountant', accounts: 'accountant', salon: 'hairdresser',
};

/** Words that make a job a past one: "a former teacher", "ehemalige Lehrerin", "retired sergeant", "pensionierter Förster". */
const FORMER = new Set([
  'former', 'retired', 'erstwhile', 'one-time', 'onetime', 'ex', 'sometime',
  'ehemalige', 'ehemaliger', 'ehemaligen', 'ehemaligem', 'ehemals', 'frühere', 'früherer', 'früheren', 'früherem', 'einstige', 'einstiger', 'einstigen',
  'pensionierte', 'pensionierter', 'pensionierten', 'pensioniertem', 'verrentete', 'verrenteter', 'verrenteten', 'emeritierte', 'emeritierter', 'emeritierten',
]);
/** Adverbs in the clause before the job that put it in the past: "war früher Krankenschwester", "was once a sailor". */
const ONCE = new Set(['früher', 'einst', 'einmal', 'damals', 'ehemals', 'once', 'formerly', 'previously']);
const PAST_COPULAS = new Set(['war', 'was', 'were', 'waren', 'gewesen', 'been']);

/** Is the job at i a past one: a modifier ("former", "ehemalige"), an "Ex-" compound, "used to be", "no longer", "war früher"? */
function formerJob(g: Grammar, k: number, i: number): boolean {
  for (let m = k + 1; m < i; m++) if (g.isWord(m, FORMER)) return true;
  const t = g.tokens[i];
  if (t.kind === 'word' && /^ex-/u.test(t.lower)) return true;
  // "ist keine Lehrerin mehr", "is no longer a nurse"
  if (g.tok(i + 1)?.lower === 'mehr' || (g.tok(k)?.lower === 'longer' && g.tok(k - 1)?.lower === 'no')) return true;
  const [a] = g.clauseRange(i);
  let past = false;
  let once = false;
  for (let m = Math.max(a, k - 6); m < i; m++) {
    const w = g.tokens[m];
    if (w.kind !== 'word') continue;
    if (PAST_COPULAS.has(w.lower)) past = true;
    if (ONCE.has(w.lower)) once = true;
    // "used to be a nurse"
    if (w.lower === 'used' && g.tok(m + 1)?.lower === 'to' && g.tok(m + 2)?.lower === 'be') return true;
  }
  return past && once;
}

/** Walk back over adjectives and an article from the token before i; returns the index before them. */
function backOverModifiers(g: Grammar, i: number): number {
  let k = i - 1;
  let n = 0;
  while (k >= 0 && n < 4) {
    const t = g.tokens[k];
    if (t.kind !== 'word') break;
    const adjective = g.set.fillers.has(t.lower) || (!t.capital && /^[\p{Ll}]/u.test(t.text) && (g.language === 'en' ? !g.set.notVerbs.has(t.lower) && !g.set.copulas.has(t.lower) && !g.set.prepositions.has(t.lower) && !g.set.negators.has(t.lower) && !BECOME.has(t.lower) && !TO_POSITION.has(t.lower) && !MADE.has(t.lower) : /(e|en|er|es|em)$/.test(t.lower) && !g.set.articles.has(t.lower) && !g.set.negators.has(t.lower) && !BECOME.has(t.lower)));
    // A capitalised adjective in a German job title: "Medizinische Fachangestellte", "Technischer Leiter".
    const titleAdjective = g.language === 'de' && t.capital && TITLE_ADJECTIVE.test(t.lower);
    if (adjective || titleAdjective || g.lex.rankPrefixes[t.lower] !== undefined) {
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

/** A clause about a possibility, fear or question; "the pub, where …" / "die Kneipe, wo …" is a relative clause, not a question. */
function hypothetical(g: Grammar, i: number): boolean {
  if (!g.hypothetical(i)) return false;
  const [a, b] = g.clauseRange(i);
  if (!g.isWord(a, RELATIVE_WHERE) || g.tok(a - 1)?.text !== ',') return true;
  const noun = g.tok(a - 2);
  if (!noun || (noun.kind !== 'ent' && !(noun.kind === 'word' && (g.language === 'en' || noun.capital)))) return true;
  for (let k = a + 1; k <= b; k++) if (g.isWord(k, g.set.hypotheticals)) return true;
  return false;
}

/** Someone who is not the clause's subject: an object pronoun or a name right after the verb ("teaches him"). */
function personAfter(g: Grammar, k: number): boolean {
  const t = g.tok(k);
  return !!t && (t.kind === 'ent' || (t.kind === 'word' && ['him', 'her', 'them', 'me', 'us', 'ihn', 'ihm', 'ihr', 'sie', 'uns', 'mich', 'mir'].includes(t.lower)));
}

/** The clause's subject; a relative clause set apart from its antecedent ("Luis ist dabei, der … führt") falls back to the previous clause's subject. */
function subjectOf(g: Grammar, i: number): Ref | null {
  const who = g.subjectsOf(i)[0];
  if (who) return who;
  const [a] = g.clauseRange(i);
  const rel = g.tok(a);
  if (!rel || rel.kind !== 'word' || g.lex.relativePronouns[rel.lower] === undefined || g.tok(a - 1)?.text !== ',' || a < 2) return null;
  if (g.tokens[a - 2].sentence !== rel.sentence) return null;
  const prev = g.subjectsOf(a - 2)[0];
  const gender = g.lex.relativePronouns[rel.lower];
  const known = prev?.key ? g.genderOf(prev.key) : undefined;
  return prev && (!known || gender === 'plural' || gender === known || (rel.lower === 'die' && known === 'female')) ? prev : null;
}

/** Jobs told by what people do: "unterrichtet Mathematik" (teacher), "führt die Bäckerei" (baker), "runs the pub", "takes over as head". */
function extractActivities(g: Grammar, sink: FactSink): void {
  const n = g.tokens.length;
  for (let i = 0; i < n; i++) {
    const t = g.tokens[i];
    if (t.kind !== 'word' || (g.language === 'de' && t.capital && i !== g.sentenceRange(i)[0])) continue;
    let word: string | undefined;
    let change = false;
    if (TEACH.has(t.lower)) {
      // "unterrichtet Mathematik am Gymnasium", "teaches history at the comprehensive": a school subject or a school, not
      // a person taught nor a hobby ("teaches yoga on Sundays").
      const next = g.tok(i + 1);
      if (!next || next.kind === 'punct' || personAfter(g, i + 1)) continue;
      const [a, b] = g.clauseRange(i);
      let school = false;
      for (let k = Math.max(a, i - 8); k <= Math.min(b, i + 8) && !school; k++) school = g.isWord(k, SCHOOL) || (g.tokens[k].kind === 'word' && SCHOOL_COMPOUND.test(g.tokens[k].lower));
      if (!school) continue;
      word = g.language === 'de' ? 'Lehrer' : 'teacher';
    } else if (RUN.has(t.lower)) {
      // The business after an article in the same clause, before or (German verb-final) after the verb.
      const [a, b] = g.clauseRange(i);
      for (let k = Math.max(a + 1, i - 6); k <= Math.min(b, i + 4) && !word; k++) {
        const noun = g.tokens[k];
        if (noun.kind !== 'word' || !g.isWord(k - 1, g.set.articles)) continue;
        if (k < i && g.language === 'en') continue;
        word = BUSINESS[noun.lower];
      }
    } else if (g.language === 'de' && TAKE_VERBS.has(t.lower)) {
      const [a, b] = g.clauseRange(i);
      for (let k = a; k <= b && !word; k++) if (g.tokens[k].capital && g.isWord(k, LEAD_NOUNS) && k > a && g.tokens[k - 1].kind === 'word' && !g.tokens[k - 1].capital) word = TAKE_OVER.de[1];
      change = !!word;
    } else {
      const phrases = TAKE_OVER_PHRASES[g.language];
      if (!phrases.some((p) => g.phraseAt(i, p) > 0)) continue;
      word = TAKE_OVER[g.language][1];
      change = true;
    }
    if (!word || hypothetical(g, i)) continue;
    const who = subjectOf(g, i);
    const modality = g.modalityAt(i);
    if (!who?.key || modality === 'believed') continue;
    const negated = g.negatedNear(i, 3, 1);
    sink.add(who.key, 'role', word, negated ? 'negated' : modality, i);
    if (change && !negated) sink.add(who.key, 'event', 'promotion', modality, i);
  }
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
  extractActivities(g, sink);
  // "der seit sechs Jahren das Ressort leitet", "who heads the news desk": heading something is a position.
  for (let i = 0; i < g.tokens.length; i++) {
    const t = g.tokens[i];
    if (t.kind !== 'word' || !HEADS[t.lower] || t.capital || hypothetical(g, i)) continue;
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
    if (hypothetical(g, i)) continue;
    const word = role.rank !== undefined && g.lex.rankPrefixes[g.tok(i - 1)?.lower ?? ''] !== undefined ? `${g.tokens[i - 1].text} ${role.word}` : role.word;
    const modality: Modality = g.modalityAt(i);
    const k = backOverModifiers(g, i);
    // A past job ("a former teacher", "war früher Krankenschwester") is no present one: it never contradicts today's job.
    const former = formerJob(g, k, i);
    const emit = (who: Ref | null, mod: Modality, change: boolean): void => {
      if (!who?.key) return;
      if (former) {
        // "ist keine Lehrerin mehr" is a past job, not a denial.
        sink.add(who.key, 'former-role', word, mod === 'negated' ? modality : mod, i);
        return;
      }
      sink.add(who.key, 'role', word, mod, i);
      if (change && mod !== 'negated' && mod !== 'believed') sink.add(who.key, 'event', 'promotion', mod, i);
    };
    const before = g.tok(k);
    // "Emil, der neue Stationsleiter": a job new in this episode is a narrated change.
    let fresh = false;
    for (let m = k + 1; m < i; m++) if (g.isWord(m, NEW)) fresh = true;
    // "Roland, ein Chefarzt, …"
    const presupposed: Modality = modality === 'believed' && !g.reportedIn(i) ? 'asserted' : modality;
    if (before?.text === ',' && g.tok(k - 1)?.kind === 'ent') {
      emit(personBefore(g, k - 1), presupposed, fresh);
      continue;
    }
    // "Pauls Mutter, eine pensionierte Lehrerin, …" after the episode named Paul's mother: the job is hers.
    if (before?.text === ',' && g.relationNounAt(k - 1)) {
      const phrase = g.relationPhraseEndingAt(k - 1);
      const named = phrase ? g.namedIn(phrase) : null;
      if (named) {
        emit({ key: named, index: k - 1 }, presupposed, fresh);
        continue;
      }
    }
    // "Tom ist (k)ein Arzt", "Tom wird Arzt", "she is a nurse".
    // "ist seit zehn Jahren Kellermeister", "has for years been head": skip a time phrase before the job.
    let c = k;
    let stop = k;
    for (let back = k, n = 0; back >= 0 && n < 5; back--, n++) {
      const bt = g.tokens[back];
      stop = back;
      if (g.isWord(back, g.set.copulas) || (bt.kind === 'word' && bt.lower === 'be' && g.tok(back - 2)?.lower === 'used')) {
        c = back;
        break;
      }
      if (!(bt.kind === 'num' || (bt.kind === 'word' && (TIME_WORDS.has(bt.lower) || g.lex.numbers[bt.lower] !== undefined || g.lex.timeUnits[bt.lower] !== undefined)))) break;
    }
    let negated = false;
    while (c >= 0 && (g.isNegator(c) || g.isWord(c, g.set.fillers))) negated = g.isNegator(c--) || negated;
    if (g.isNegator(k + 1) || (g.tok(k + 1) && /^kein/.test(g.tokens[k + 1].lower))) negated = true;
    if (g.isWord(c, MADE) && !negated) {
      // "Tom is made sergeant", "she was named head of the unit": the clause's subject gets the job.
      emit(g.subjectsOf(c)[0] ?? null, modality, true);
      continue;
    }
    const usedToBe = g.tok(c)?.lower === 'be' && g.tok(c - 2)?.lower === 'used';
    if (g.isWord(c, g.set.copulas) || g.isWord(c, BECOME) || usedToBe) {
      const change = g.isWord(c, BECOME) || fresh;
      // "Luis Ferreira, der Portugiese, ist Kellermeister": the name before an apposition; "Ed used to be a nurse".
      const who = usedToBe
        ? (personBefore(g, c - 3) ?? g.subjectsOf(c - 2)[0] ?? null)
        : (personBefore(g, c - 1) ?? personBefore(g, c + 1) ?? (g.tok(c - 1)?.text === ',' ? (g.subjectsOf(c)[0] ?? null) : null));
      emit(who, negated ? 'negated' : modality, change);
      continue;
    }
    // "arbeitet als Arzt", "works as a nurse", "wird zum Leiter ernannt", "promoted to head".
    if (before && g.isWord(k, TO_POSITION) && (before.lower !== 'to' || g.findPhrases(Math.max(0, k - 3), k - 1, PROMOTED).length > 0) && (!ZUM.has(before.lower) || appointedIn(g, i))) {
      const change = before.lower !== 'als' && before.lower !== 'as';
      const who = g.subjectsOf(i)[0] ?? null;
      // "has never worked as a nurse", "hat nie als Krankenschwester gearbeitet": the negator stands before the verb.
      if (!change && g.negatedNear(k, 3)) negated = true;
      emit(who, negated ? 'negated' : modality, change);
      continue;
    }
    // "Timo Lersch, dreiundzwanzig und seit drei Monaten Volontär".
    if (g.isWord(stop, g.set.andWords) && (g.tok(stop - 1)?.kind === 'num' || g.lex.numbers[g.tok(stop - 1)?.lower ?? ''] !== undefined || /\p{L}+(ig|ßig)$/u.test(g.tok(stop - 1)?.lower ?? '')) && g.tok(stop - 2)?.text === ',' && g.tok(stop - 3)?.kind === 'ent') {
      emit(personBefore(g, stop - 3), presupposed, false);
      continue;
    }
    // "the editor-in-chief, Marcus Bell, …"
    if (g.tok(i + 1)?.text === ',' && g.tok(i + 2)?.kind === 'ent' && !ownerOfRelation(g, i) && [',', '.', ';'].includes(g.tok(i + 3)?.text ?? '.') && (g.isWord(k, g.set.articles) || g.isWord(k + 1, g.set.articles))) {
      emit({ key: g.tokens[i + 2].key!, index: i + 2 }, presupposed, fresh);
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
