// Meetings and knowledge: first meetings, already knowing someone, never having heard of them, and people acting on each other.
import type { FactSink } from './factSink';
import type { Grammar, Ref } from './grammar';

const MEET_PREPOSITIONS = new Set(['auf', 'mit', 'with', 'to']);
const INTERACT_PREPOSITIONS = new Set(['mit', 'with', 'to', 'um', 'an', 'auf', 'zu', 'after']);
const NOT_FIRST_AFTER = new Set(['seit', 'nach', 'since', 'in', 'after', 'wieder', 'again']);
const LEARN = new Set(['lernt', 'lernen', 'lernte', 'lernten']);
const HEARD = new Set(['gehört', 'heard']);
const INTRODUCED = new Set(['vorgestellt', 'introduced']);
const INTRODUCES = new Set(['introduces', 'introduced', 'introduce']);
const THEM = new Set(['them', 'sie']);
const REFLEXIVE = new Set(['herself', 'himself', 'themselves']);
const NEVER = [['never'], ['nie'], ['niemals'], ['noch', 'nie']];
const MUTUAL_EN = new Set(['themselves']);
const STELLEN = new Set(['stellen', 'stellten']);
const SICH = new Set(['sich']);
const EINANDER = new Set(['einander', 'gegenseitig']);
const VOR = new Set(['vor']);
/** "stellt sich (ihm) vor": one person introduces themself. */
const STELLT = new Set(['stellt', 'stellte']);
const DATIVE: Record<string, 'male' | 'female'> = { ihm: 'male', ihr: 'female' };
/** After "stellt sich vor," these open what someone imagines ("stellt sich vor, wie …"), not an introduction. */
const IMAGINED = new Set(['wie', 'dass', 'was', 'ob', 'wer', 'wo']);
/** Objects of imagining between "stellt sich" and "vor" ("stellt sich das vor", "stellt sich ihn vor"). */
const IMAGINED_OBJECTS = new Set(['das', 'es', 'dies', 'etwas', 'alles', 'nichts', 'so', 'ihn', 'sie', 'was', 'einen', 'eine', 'ein']);
/** After the person not known: the clause ends or goes on plainly ("kennt ihn nicht", "doesn't know Hal at all"). */
const STRANGER_AFTER = new Set(['nicht', 'noch', 'überhaupt', 'persönlich', 'at', 'yet', 'personally', 'from']);
/** Not knowing someone well, any more, or really is no first meeting. */
const KNOW_QUALIFIERS = new Set(['gut', 'mehr', 'richtig', 'wirklich', 'besonders', 'sehr', 'näher', 'kaum', 'well', 'anymore', 'really', 'very', 'much', 'properly', 'better', 'besser', 'that', 'dass', 'what', 'was', 'wie', 'how', 'why', 'warum', 'where', 'wo', 'whether', 'ob', 'if']);
const DREAM = new Set(['traum', 'träume', 'träumt', 'träumte', 'albtraum', 'dream', 'dreams', 'dreamt', 'dreamed', 'nightmare', 'imagines', 'imagined', 'fantasy', 'fantasie']);
const YEAR = /^(1[89]\d\d|20\d\d)$/u;
/** A first meeting told as memory: "remembers the day she had first met him", "erinnert sich, wie sie ihn damals kennenlernte". */
const RECALL = new Set(['remembers', 'remembered', 'remember', 'recalls', 'recalled', 'recall', 'reminds', 'reminded', 'reminisces', 'reminisced', 'erinnert', 'erinnerte', 'erinnerten', 'erinnern', 'erinnerung', 'damals', 'seinerzeit', 'einst']);
const PAST_PERFECT = new Set(['had', 'hatte', 'hatten', 'hattest']);
const BACK_THEN = [['back', 'then'], ['years', 'ago'], ['long', 'ago'], ['vor', 'jahren'], ['vor', 'vielen', 'jahren']];

const keys = (refs: Ref[]): string[] => [...new Set(refs.map((r) => r.key).filter((k): k is string => !!k))];

function pairs(sink: FactSink, subjects: string[], objects: string[], predicate: string, modality: Parameters<FactSink['add']>[3], at: number, symmetric: boolean): void {
  const people = [...new Set([...subjects, ...objects])];
  const from = subjects.length >= 2 && !objects.length ? people : subjects;
  for (const s of from) {
    for (const o of people) {
      if (s === o) continue;
      sink.add(s, predicate, o, modality, at);
      if (symmetric) sink.add(o, predicate, s, modality, at);
    }
  }
}

const GROUP = [['the', 'two'], ['both'], ['die', 'beiden'], ['beide'], ['they'], ['each', 'other'], ['einander']];

/** "the two of them", "die beiden": the last two people named before the clause (this or the previous sentence). */
function groupBefore(g: Grammar, a: number): string[] {
  const [sa] = g.sentenceRange(a);
  const floor = sa > 0 ? g.sentenceRange(sa - 1)[0] : 0;
  const out: string[] = [];
  for (let k = a - 1; k >= floor && out.length < 2; k--) {
    const t = g.tokens[k];
    let key: string | null | undefined;
    if (t.kind === 'ent' && t.key && (g.input.kindOf(t.key) ?? 'character') === 'character') key = t.key;
    else if (t.kind === 'word' && ['er', 'sie', 'he', 'she', 'him', 'her', 'ihn', 'ihm'].includes(t.lower)) key = g.resolvePronoun(k, g.lex.pronouns[t.lower] ?? (['him', 'ihn', 'ihm'].includes(t.lower) ? 'male' : 'female'), !['er', 'sie', 'he', 'she'].includes(t.lower))?.key;
    if (key && !out.includes(key)) out.push(key);
  }
  return out.length === 2 ? out : [];
}

/** The last person named or referred to before token a (this or the previous sentence). */
function lastPersonBefore(g: Grammar, a: number, not: string[]): string[] {
  const [sa] = g.sentenceRange(a);
  const floor = sa > 0 ? g.sentenceRange(sa - 1)[0] : 0;
  for (let k = a - 1; k >= floor; k--) {
    const t = g.tokens[k];
    let key: string | null | undefined;
    if (t.kind === 'ent' && t.key && (g.input.kindOf(t.key) ?? 'character') === 'character') key = t.key;
    else if (t.kind === 'word' && ['er', 'sie', 'he', 'she', 'him', 'her', 'ihn', 'ihm'].includes(t.lower)) key = g.resolvePronoun(k, t.lower === 'him' || t.lower === 'ihn' || t.lower === 'ihm' ? 'male' : (g.lex.pronouns[t.lower] ?? 'female'), !['er', 'sie', 'he', 'she'].includes(t.lower))?.key;
    if (key && !not.includes(key)) return [key];
  }
  return [];
}

/** Is the noun at k governed by a preposition between `from` and k ("mit festem Händedruck")? */
function afterPreposition(g: Grammar, k: number, from: number): boolean {
  for (let p = k - 1; p >= Math.max(from, k - 3); p--) if (g.isWord(p, g.set.prepositions)) return true;
  return false;
}

/** Is the first meeting at token i told as a memory (a verb of remembering, "damals", "back then", or the past perfect "had first met")? */
function recollection(g: Grammar, i: number): boolean {
  // A first meeting shown in a flashback ("Rückblende, 1998: …") is told from later on.
  if (g.inFlashback(i) && !dreamt(g, i)) return true;
  const [sa, sb] = g.sentenceRange(i);
  for (let k = sa; k <= sb; k++) if (g.isWord(k, RECALL)) return true;
  if (g.findPhrases(sa, sb, BACK_THEN).length) return true;
  const [a, b] = g.clauseRange(i);
  for (let k = a; k <= b; k++) if (g.isWord(k, PAST_PERFECT)) return true;
  return false;
}

/** Is the sentence holding token i (or its paragraph's opening) a dream or a fantasy rather than a memory? */
function dreamt(g: Grammar, i: number): boolean {
  const [sa, sb] = g.sentenceRange(i);
  for (let k = sa; k <= sb; k++) if (g.isWord(k, DREAM)) return true;
  let p = sa;
  while (p > 0 && g.inFlashback(p - 1)) p = g.sentenceRange(p - 1)[0];
  if (p === sa) return false;
  const [pa, pb] = g.sentenceRange(p);
  for (let k = pa; k <= pb; k++) if (g.isWord(k, DREAM)) return true;
  return false;
}

/** Dealings told as the past (a flashback, a memory "back then", a year named), not as a dream: the two knew each other before. */
function toldAsPast(g: Grammar, i: number): boolean {
  if (dreamt(g, i)) return false;
  const [sa, sb] = g.sentenceRange(i);
  if (g.findPhrases(sa, sb, BACK_THEN).length) return true;
  for (let k = sa; k <= sb; k++) if (g.isWord(k, RECALL) || (g.tokens[k].kind === 'num' && YEAR.test(g.tokens[k].text))) return true;
  return g.inFlashback(i);
}

/** German "sie" after the verb of a clause whose subject is someone else: "Quirin lernt sie kennen" (her). */
function germanSieObject(g: Grammar, i: number, b: number, subjects: string[]): string[] {
  if (g.language !== 'de' || !subjects.length) return [];
  for (let k = i + 1; k <= Math.min(b, i + 3); k++) {
    const t = g.tokens[k];
    if (t.kind === 'word' && t.text === 'sie') {
      const r = g.resolvePronoun(k, 'female', true);
      return r?.key && !subjects.includes(r.key) ? [r.key] : [];
    }
  }
  return [];
}

/** Extract first-meeting / knows / never-heard-of / interacts / interacts-family facts. */
export function extractMeetings(g: Grammar, sink: FactSink): void {
  const n = g.tokens.length;
  if (!n) return;
  const firstMarkers = g.compile(g.lex.firstTimeMarkers);
  const firstMeet = g.compile(g.lex.firstMeetVerbs);
  const meet = new Set(g.lex.meetVerbs);
  const know = new Set(g.lex.knowPhrases);
  const already = g.compile(g.lex.alreadyMarkers);
  const interact = g.compile(g.lex.interactVerbs);
  const families = new Set(g.lex.familyNouns);
  const seenClauses = new Set<string>();

  for (let i = 0; i < n; i++) {
    const t = g.tokens[i];
    if (t.kind !== 'word' || (g.language === 'de' && t.capital && i !== g.sentenceRange(i)[0])) continue;
    const [a, b] = g.clauseRange(i);
    const once = (what: string): boolean => {
      const id = `${what}|${t.clause}`;
      if (seenClauses.has(id)) return false;
      seenClauses.add(id);
      return true;
    };
    // First meeting: a meeting verb with "zum ersten Mal" / "for the first time", or "kennenlernen".
    const isMeet = meet.has(t.lower);
    const isLearn = LEARN.has(t.lower) && g.findPhrases(i + 1, b, [['kennen']]).length > 0;
    // "werden einander vorgestellt", "is introduced to": an introduction is a first meeting ("sich etwas vorstellen" is imagining).
    const introduced = INTRODUCED.has(t.lower) && g.findPhrases(a, b, [['einander'], ['werden'], ['wird'], ['wurden'], ['wurde'], ['each', 'other']]).length > 0;
    const isFirstMeetVerb = introduced || g.anyPhraseAt(i, firstMeet);
    if (isMeet || isLearn || isFirstMeetVerb) {
      const markers = isMeet ? g.findPhrases(a, b, firstMarkers) : [];
      const reunion = markers.some((m) => g.isWord(m.index + m.length, NOT_FIRST_AFTER));
      const marked = reunion ? undefined : markers.find((m) => m.phrase !== 'first' || Math.abs(m.index - i) === 1);
      // "have never met (until this morning)", "haben sich nie getroffen": they had not met before.
      const neverMet = isMeet && g.findPhrases(Math.max(a, i - 4), i, NEVER).length > 0;
      if (neverMet && once('first')) {
        let subjects = keys(g.subjectsOf(i));
        if (!subjects.length && g.findPhrases(a, b, GROUP).length) subjects = groupBefore(g, a);
        const objects = keys(g.objectsIn(a, b, MEET_PREPOSITIONS)).filter((k) => !subjects.includes(k));
        const modality = g.modalityAt(i);
        if (!g.hypothetical(i) && modality !== 'believed') pairs(sink, subjects, objects, 'first-meeting', modality, i, true);
      } else if ((marked || isLearn || isFirstMeetVerb) && once('first')) {
        const alreadyKnown = g.findPhrases(a, b, already).length > 0;
        let subjects = keys(g.subjectsOf(i));
        if (!subjects.length && g.findPhrases(a, b, GROUP).length) subjects = groupBefore(g, a);
        let objects = keys(g.objectsIn(a, b, MEET_PREPOSITIONS)).filter((k) => !subjects.includes(k));
        if (!objects.length) objects = germanSieObject(g, i, b, subjects);
        const negated = g.negatedNear(i, 4, 2);
        const modality = g.modalityAt(i);
        if (!g.hypothetical(i) && modality !== 'believed') {
          // Remembering how two people first met tells that they know each other, not that they meet now.
          const recalled = !alreadyKnown && !negated && recollection(g, i);
          pairs(sink, subjects, objects, alreadyKnown || recalled ? 'knows' : 'first-meeting', negated ? 'negated' : modality, i, true);
          if (recalled) {
            pairs(sink, subjects, objects, 'first-met', modality, i, true);
            // The year the memory names ("in 1995"): two memories of the first meeting in different years disagree.
            const [, sb] = g.sentenceRange(i);
            const years = new Set<string>();
            for (let k = i + 1; k <= sb; k++) if (g.tokens[k].kind === 'num' && YEAR.test(g.tokens[k].text)) years.add(g.tokens[k].text);
            if (years.size === 1 && objects.length) for (const who of new Set([...subjects, ...objects])) sink.add(who, 'first-met-year', [...years][0], modality, i);
          }
        }
      }
    }
    // "Amara introduces herself": a first meeting with whoever she meets there (the last other person named).
    // "Gwen introduces them", "introduces Colin to the colonel": the people introduced meet for the first time.
    if (INTRODUCES.has(t.lower) && !g.isWord(i + 1, REFLEXIVE) && once('introduce')) {
      const subjects = keys(g.subjectsOf(i));
      let people = keys(g.objectsIn(i + 1, b, new Set(['to']))).filter((k) => !subjects.includes(k));
      if (people.length < 2 && g.isWord(i + 1, THEM)) people = groupBefore(g, a).filter((k) => !subjects.includes(k));
      const modality = g.modalityAt(i);
      if (people.length === 2 && modality !== 'believed' && !g.hypothetical(i)) pairs(sink, [people[0]], [people[1]], 'first-meeting', modality, i, true);
    }
    // "They introduce themselves", "Die beiden stellen sich einander vor": the two named before meet for the first time.
    const mutual = (INTRODUCES.has(t.lower) && g.isWord(i + 1, MUTUAL_EN)) || (STELLEN.has(t.lower) && g.isWord(i + 1, SICH) && g.isWord(i + 2, EINANDER) && g.isWord(i + 3, VOR));
    if (mutual && once('introduce-self')) {
      let people = keys(g.subjectsOf(i));
      if (people.length < 2) people = groupBefore(g, a);
      const modality = g.modalityAt(i);
      if (people.length === 2 && modality !== 'believed' && !g.hypothetical(i)) pairs(sink, [people[0]], [people[1]], 'first-meeting', modality, i, true);
    }
    // "Sie stellt sich förmlich vor", "Dort stellt sich ihm die Ärztin vor": an introduction to whoever is there ("stellt sich vor, wie …" imagines).
    if (STELLT.has(t.lower) && g.isWord(i + 1, SICH) && once('introduce-self')) {
      let end = b;
      while (end > i && g.tokens[end].kind === 'punct') end--;
      // "stellt sich ihm vor und setzt sich": the particle may close a first verb of two joined by "und".
      for (let k = i + 2; k < end; k++) if (g.isWord(k, VOR) && g.isWord(k + 1, g.set.andWords)) end = k;
      const after = g.tok(b + 1);
      const imagined = after?.kind === 'word' && IMAGINED.has(after.lower);
      // Between "sich" and "vor" only adverbs, a dative pronoun and the person introducing themself ("die Ärztin Dr. Nadia Brandl"), no thing imagined ("die Zukunft").
      let plain = true;
      for (let k = i + 2; k < end && plain; k++) {
        const w = g.tokens[k];
        if (w.kind === 'word' && (IMAGINED_OBJECTS.has(w.lower) || (w.capital && !g.roleNounAt(k) && g.tok(k + 1)?.kind !== 'ent' && !/\.$/u.test(w.text) && !afterPreposition(g, k, i + 2)))) plain = false;
      }
      if (plain && g.isWord(end, VOR) && !imagined && !g.isWord(i + 2, EINANDER)) {
        const subjects = keys(g.subjectsOf(i));
        const dative = g.tok(i + 2);
        const to = dative?.kind === 'word' && DATIVE[dative.lower] ? g.resolvePronoun(i + 2, DATIVE[dative.lower], true)?.key : undefined;
        const others = [...(to ? [to] : []), ...keys(g.objectsIn(i + 2, end, new Set(['bei']))), ...lastPersonBefore(g, g.sentenceRange(i)[0], subjects)].filter((k) => !subjects.includes(k));
        const modality = g.modalityAt(i);
        if (subjects.length && others.length && modality !== 'believed' && !g.hypothetical(i)) pairs(sink, subjects, [others[0]], 'first-meeting', modality, i, true);
      }
    }
    if (INTRODUCES.has(t.lower) && g.isWord(i + 1, REFLEXIVE) && once('introduce-self')) {
      const subjects = keys(g.subjectsOf(i));
      const others = [...keys(g.objectsIn(a, b, new Set(['to', 'bei']))), ...lastPersonBefore(g, g.sentenceRange(i)[0], subjects)].filter((k) => !subjects.includes(k));
      const modality = g.modalityAt(i);
      if (subjects.length && others.length && modality !== 'believed' && !g.hypothetical(i)) pairs(sink, subjects, [others[0]], 'first-meeting', modality, i, true);
    }
    // Already knowing: "kennt Tom schon seit Jahren", "has known Anna for years"; "kennt X nicht".
    if (know.has(t.lower) && once('know')) {
      let subjects = keys(g.subjectsOf(i));
      // "The two have known each other since school", "Die beiden kennen sich seit der Schulzeit".
      if (!subjects.length && g.findPhrases(a, b, GROUP).length) subjects = groupBefore(g, a);
      const objects = keys(g.objectsIn(a, b, new Set())).filter((k) => !subjects.includes(k));
      const alreadyKnown = g.findPhrases(a, b, already).length > 0 || g.findPhrases(a, b, [['each', 'other'], ['sich']]).length > 0;
      const negated = g.negatedNear(i, 3, 3);
      if ((alreadyKnown || negated) && !g.hypothetical(i)) pairs(sink, subjects, objects, 'knows', negated ? 'negated' : g.modalityAt(i), i, true);
      // "Nell kennt ihn nicht", "doesn't know Hal at all": a stranger, so a first meeting (not "nicht mehr", "not well", nor "doesn't know Hal is …").
      if (negated && !alreadyKnown && !t.quoted && !g.question(i) && !g.hypothetical(i) && !g.findPhrases(a, b, firstMarkers).length) {
        let strangers = objects;
        if (!strangers.length) strangers = germanSieObject(g, i, b, subjects);
        const plainObject = (k: number): boolean => {
          const next = g.tok(k + 1);
          return !next || next.kind === 'punct' || (next.kind === 'word' && (STRANGER_AFTER.has(next.lower) || g.isNegator(k + 1)));
        };
        let qualified = false;
        for (let k = a; k <= b; k++) if (g.isWord(k, KNOW_QUALIFIERS)) qualified = true;
        // Only the objects of this verb: "kennt ihn nicht und fragt Vroni" does not make Vroni a stranger.
        let end = b;
        for (let k = i + 1; k < b; k++) if (g.isWord(k, g.set.andWords)) { end = k; break; }
        const refs = g.objectsIn(a, end, new Set()).filter((r) => r.key && !subjects.includes(r.key));
        strangers = strangers.filter((key) => refs.some((r) => r.key === key) || !refs.length);
        const direct = strangers.filter((key) => refs.some((r) => r.key === key && plainObject(r.index)) || !refs.length);
        const modality = g.modalityAt(i);
        if (!qualified && direct.length === 1 && modality !== 'believed') pairs(sink, subjects, direct, 'first-meeting', modality, i, true);
      }
    }
    // "hat noch nie von X gehört", "has never heard of X".
    if (HEARD.has(t.lower) && g.negatedNear(i, 6) && once('heard')) {
      const subjects = keys(g.subjectsOf(i));
      const objects = keys(g.objectsIn(a, b, new Set(['von', 'of']))).filter((k) => !subjects.includes(k));
      pairs(sink, subjects, objects, 'never-heard-of', g.modalityAt(i), i, false);
    }
    // Acting on someone: "hilft Anna", "talks to Tom", "kümmert sich um Katrins Familie".
    if (g.anyPhraseAt(i, interact) && once('interact')) {
      if (g.hypothetical(i)) continue;
      const modality = g.modalityAt(i);
      if (modality === 'believed') continue;
      // A memory or flashback of the two together: they dealt with each other before the story's present ("met-before").
      if (g.absent(i)) {
        if (!toldAsPast(g, i)) continue;
        let subjects = keys(g.subjectsOf(i));
        if (!subjects.length && g.findPhrases(a, b, GROUP).length) subjects = groupBefore(g, a);
        const objects = keys(g.objectsIn(a, b, INTERACT_PREPOSITIONS)).filter((k) => !subjects.includes(k));
        if (subjects.length) pairs(sink, subjects, objects, 'met-before', modality, i, true);
        continue;
      }
      let subjects = keys(g.subjectsOf(i));
      if (!subjects.length && g.findPhrases(a, b, GROUP).length) subjects = groupBefore(g, a);
      const objects = keys(g.objectsIn(a, b, INTERACT_PREPOSITIONS)).filter((k) => !subjects.includes(k));
      // "treats Kwame's hamstring", "verbindet Jonas' Hand": acting on someone's body or things is acting on them (not on their relatives).
      for (let k = i + 1; k <= Math.min(b, i + 2); k++) {
        const e = g.tokens[k];
        const next = g.tok(k + 1);
        if (e.kind === 'ent' && e.possessive && e.key && !subjects.includes(e.key) && next?.kind === 'word' && !g.relationNounAt(k + 1) && !families.has(next.lower) && !g.roleNounAt(k + 1)) objects.push(e.key);
        // "Hal carries her bags", "trägt ihre Koffer": a possessive pronoun of the other gender than every subject means someone else.
        const gender = e.kind === 'word' ? g.lex.possessives[e.lower] : undefined;
        if ((gender === 'male' || gender === 'female') && subjects.length && subjects.every((s) => g.genderOf(s) && g.genderOf(s) !== gender) && next?.kind === 'word' && !g.relationNounAt(k + 1) && !families.has(next.lower) && !g.roleNounAt(k + 1)) {
          const r = g.resolvePronoun(k, gender, true);
          if (r?.key && !subjects.includes(r.key)) objects.push(r.key);
        }
      }
      if (subjects.length) pairs(sink, subjects, objects, 'interacts', modality, i, true);
      for (let k = a; k <= b; k++) {
        const e = g.tokens[k];
        if (e.kind === 'ent' && e.possessive && e.key && g.tok(k + 1) && families.has(g.tokens[k + 1].lower)) {
          for (const s of subjects) if (s !== e.key) sink.add(s, 'interacts-family', e.key, modality, i);
        }
      }
    }
  }
}
