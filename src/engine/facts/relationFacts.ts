// Family and social relations: apposition, copula and genitive patterns, "X und Y sind Geschwister", marriage, working together.
import type { Modality } from '../types';
import type { FactSink } from './factSink';
import type { Grammar, Ref, RelationPhrase } from './grammar';
import { RELATIONS } from './relations';
import { inferPronounGenders } from './pronounGenders';

const MARRIED = new Set(['verheiratet', 'married', 'heiratet', 'heiraten', 'heiratete', 'heirateten', 'marries', 'marry', 'wed', 'weds']);
const AS = new Set(['als', 'as']);
const SINGLE = new Set(['ledig', 'single', 'unverheiratet', 'unmarried', 'alleinstehend']);
const NEVER = new Set(['unverheiratet', 'unmarried']);
const WORK = new Set(['arbeiten', 'arbeitet', 'arbeiteten', 'arbeitete', 'work', 'works', 'worked', 'working']);
const TOGETHER = new Set(['zusammen', 'gemeinsam', 'together']);
const LIKE = new Set(['like', 'unlike', 'wie', 'gleichsam']);
/** Verbs of speaking to someone: "sagt sie zu ihrem Bruder", "she says to her brother", "she tells her brother". */
const SPEAK = new Set(['sagt', 'sagte', 'ruft', 'rief', 'flüstert', 'flüsterte', 'fragt', 'fragte', 'says', 'said', 'whispers', 'whispered', 'calls', 'called', 'shouts', 'shouted']);
const SPEAK_DIRECT = new Set(['tells', 'told', 'asks', 'asked', 'fragt', 'fragte']);
const SPOKEN_TO = new Set(['zu', 'to']);
const OPEN_QUOTES = new Set(['"', '„', '“', '«', '»', '‚', '‘']);

function withNegation(g: Grammar, modality: Modality, from: number, to: number): Modality {
  for (let k = from; k < to; k++) if (g.isNegator(k)) return 'negated';
  return modality;
}

/** The subject standing before a copula that ends right before token `at`: "Friedrich ist …", "Er ist …". */
function copulaSubject(g: Grammar, at: number): { ref: Ref; from: number } | null {
  let k = at - 1;
  while (k >= 0 && (g.isWord(k, g.set.fillers) || g.isNegator(k))) k--;
  if (!g.isWord(k, g.set.copulas)) return null;
  let s = k - 1;
  while (s >= 0 && g.isWord(s, g.set.fillers)) s--;
  const t = g.tok(s);
  if (!t) return null;
  if (t.kind === 'ent' && !t.possessive && t.key) return { ref: { key: t.key, index: s }, from: s };
  if (t.kind === 'word' && ['er', 'sie', 'he', 'she'].includes(t.lower)) {
    const r = g.resolvePronoun(s, g.lex.pronouns[t.lower]);
    return r ? { ref: r, from: s } : null;
  }
  // "Kieran, who is Dawn's nephew": the relative clause's antecedent.
  if (t.kind === 'word' && g.lex.relativePronouns[t.lower] !== undefined && g.tok(s - 1)?.text === ',') {
    const ante = antecedentOf(g, s);
    return ante ? { ref: ante, from: s } : null;
  }
  // German verb-second: "Jetzt ist Friedrich Lukas' Vater" → subject after the copula.
  const after = g.tok(k + 1);
  if (after && after.kind === 'ent' && !after.possessive && after.key && k + 1 < at) return { ref: { key: after.key, index: k + 1 }, from: k };
  return null;
}

function addRelation(g: Grammar, sink: FactSink, p: RelationPhrase, relative: string, modality: Modality, at: number): void {
  const owner = p.possessor?.key;
  if (!owner || owner === relative) return;
  sink.add(owner, p.relation.predicate, relative, modality, at);
  if (modality !== 'negated' && modality !== 'believed') g.namedRelatives.set(`${owner}|${p.relation.predicate}`, relative);
}

/**
 * The name a relative clause opening at `rel` (", der …", ", who …") is about: the name right before the comma, or the
 * name an apposition chain follows ("Jana Becker, zweiundzwanzig, Studentin der Architektur, die …").
 */
function antecedentOf(g: Grammar, rel: number): Ref | null {
  const direct = g.antecedentBefore(rel - 1);
  if (direct?.key) return direct;
  let segments = 0;
  for (let k = rel - 2; k >= 0 && segments < 4; k--) {
    const t = g.tokens[k];
    if (t.sentence !== g.tokens[rel].sentence || (t.kind === 'punct' && t.text !== ',')) return null;
    if (t.text !== ',') continue;
    segments++;
    const e = g.tok(k - 1);
    if (e?.kind === 'ent' && !e.possessive && e.key && !g.afterPreposition(k - 1)) return { key: e.key, index: k - 1 };
  }
  return null;
}

/** Extract relation facts (subject's <predicate> is object) from the whole episode. */
export function extractRelations(g: Grammar, sink: FactSink): void {
  const loose: LooseTie[] = [];
  // Genders read from pronouns let possessives ("ihre Schwester") find their owner; relations are extracted first.
  inferPronounGenders(g);
  const n = g.tokens.length;
  for (let i = 0; i < n; i++) {
    const p = g.relationPhraseAt(i);
    if (!p || !p.possessor?.key || p.relation.plural) continue;
    const modality = g.modalityAt(p.noun);
    // "like a father to him", "Tom, wie Bens Vater, …": a comparison, not a tie.
    if (g.isWord(p.start - 1, LIKE) || (g.isWord(p.start - 1, g.set.indefinite) && g.isWord(p.start - 2, LIKE))) continue;
    if (p.named) {
      // An apposition names a known tie; reported speech around it does not make it a claim.
      addRelation(g, sink, p, p.named, modality === 'believed' ? 'asserted' : modality, p.noun);
      continue;
    }
    // "Friedrich, Lukas' Vater, …", "Bernd Auer, der Zahnarzt, sein leiblicher Vater".
    const comma = g.tok(p.start - 1);
    if (comma?.text === ',') {
      const ante = g.antecedentBefore(p.start - 1);
      if (ante?.key) {
        addRelation(g, sink, p, ante.key, modality === 'believed' && !g.reportedIn(p.noun) ? 'asserted' : modality, p.noun);
        continue;
      }
    }
    // "bekannt als Konrads Schwager", "known as Tom's brother": the clause's subject.
    if (g.isWord(p.start - 1, AS)) {
      const who = g.subjectsOf(p.start)[0];
      if (who?.key) {
        addRelation(g, sink, p, who.key, modality, p.noun);
        continue;
      }
    }
    // "Friedrich ist (nicht) Lukas' Vater", "Tom is the father of Anna".
    const cs = copulaSubject(g, p.start);
    if (cs?.ref.key) {
      addRelation(g, sink, p, cs.ref.key, withNegation(g, modality, cs.from, p.noun), p.noun);
      continue;
    }
    // German verb-final relative clause: "Jana, die Horsts Enkelin ist", "Tom, der nicht Annas Bruder ist".
    let r = p.start - 1;
    while (r > 0 && (g.isNegator(r) || g.isWord(r, g.set.fillers))) r--;
    const rel = g.tok(r);
    if (g.language === 'de' && rel?.kind === 'word' && g.lex.relativePronouns[rel.lower] !== undefined && g.tok(r - 1)?.text === ',') {
      let c = p.end + 1;
      while (g.isWord(c, g.set.fillers)) c++;
      if (g.isWord(c, g.set.copulas)) {
        const ante = antecedentOf(g, r);
        if (ante?.key) {
          addRelation(g, sink, p, ante.key, withNegation(g, modality, r, c), p.noun);
          continue;
        }
      }
    }
    // "Lukas' Vater ist Friedrich", "Sein Vater, sagt er, sei Bernd".
    let k = p.end + 1;
    if (g.tok(k)?.text === ',') {
      let close = k + 1;
      while (close < k + 5 && g.tok(close) && g.tokens[close].text !== ',') close++;
      if (g.tok(close)?.text === ',' && g.isWord(close + 1, g.set.copulas)) k = close + 1;
    }
    if (g.isWord(k, g.set.copulas)) {
      k++;
      let negated = false;
      while (g.isWord(k, g.set.fillers) || g.isNegator(k)) negated = g.isNegator(k++) || negated;
      const t = g.tok(k);
      if (t?.kind === 'ent' && !t.possessive && t.key) {
        addRelation(g, sink, p, t.key, negated ? 'negated' : modality, p.noun);
        continue;
      }
    }
    // „Kurt“, sagt sie zu ihrem Bruder: the one spoken to by name is the relative spoken to.
    const called = vocativeAddressee(g, p);
    if (called && called !== p.possessor.key) {
      addRelation(g, sink, p, called, 'asserted', p.noun);
      continue;
    }
    // An unnamed relative is presupposed ("Kieran says his aunt never asked", "if his aunt calls"): what is said of them does not matter.
    if (modality !== 'negated' && !g.negatedNear(p.noun, 3)) loose.push({ owner: p.possessor.key, predicate: p.relation.predicate, noun: p.noun });
  }
  pairReciprocal(g, sink, loose);
  extractGroupRelations(g, sink);
}

/**
 * The name a speaker calls out when the narration says whom they speak to: "„Kurt“, sagt sie zu ihrem jüngeren Bruder",
 * "\"Kurt,\" she tells her brother". The name must open the quotation right before the verb of speaking.
 */
function vocativeAddressee(g: Grammar, p: RelationPhrase): string | null {
  let v = p.start - 1;
  if (g.isWord(v, SPOKEN_TO)) v--;
  else if (!g.isWord(v, SPEAK_DIRECT)) return null;
  // The verb, maybe after its subject pronoun ("sagt sie zu", "she says to").
  let verb = -1;
  for (let k = v; k >= Math.max(0, v - 2); k--) if (g.isWord(k, SPEAK) || g.isWord(k, SPEAK_DIRECT)) verb = k;
  if (verb < 0) return null;
  // Back over the speaker and the closing quote and comma to the quotation's end, then find its first token.
  let k = verb - 1;
  while (k >= 0 && verb - k < 4 && !(g.tokens[k].kind === 'punct' && g.tokens[k].text !== ',')) k--;
  if (k < 0 || g.tokens[k].kind !== 'punct') return null;
  let open = k - 1;
  while (open >= 0 && k - open < 40 && !OPEN_QUOTES.has(g.tokens[open].text)) open--;
  const name = g.tok(open + 1);
  if (open < 0 || !OPEN_QUOTES.has(g.tokens[open].text) || name?.kind !== 'ent' || name.possessive || !name.key) return null;
  const after = g.tok(open + 2);
  return after && (after.text === ',' || after.text === '!' || !after.quoted || OPEN_QUOTES.has(after.text) || ['"', '“', '”', '«', '»'].includes(after.text)) ? name.key : null;
}

interface LooseTie {
  owner: string;
  predicate: string;
  noun: number;
}

const RECIPROCAL = new Set(['parent', 'sibling', 'pibling', 'grandparent', 'cousin']);
/** How many sentences apart two unnamed relatives may stand and still be read as one tie. */
const RECIPROCAL_SPAN = 2;

/**
 * Two unnamed relatives that name each other: "Dawn … her nephew …. Kieran says his aunt …" is one tie, Dawn's nephew
 * Kieran, when the two phrases are close, of one family kind seen from both ends (nephew / aunt, son / mother), the
 * genders the nouns imply fit the two people, and neither phrase could pair with anyone else.
 */
function pairReciprocal(g: Grammar, sink: FactSink, loose: LooseTie[]): void {
  const fits = (a: LooseTie, b: LooseTie): boolean => {
    if (a.owner === b.owner) return false;
    const ma = RELATIONS[a.predicate];
    const mb = RELATIONS[b.predicate];
    if (!ma || !mb || ma.category !== mb.category || !RECIPROCAL.has(ma.category)) return false;
    if (ma.up !== undefined && ma.up === mb.up) return false;
    if (Math.abs(g.tokens[a.noun].sentence - g.tokens[b.noun].sentence) > RECIPROCAL_SPAN) return false;
    // The relative of a is b's owner: the noun's gender must be that person's, and known for both.
    const ga = g.genderOf(b.owner);
    const gb = g.genderOf(a.owner);
    return !!ga && !!gb && (!ma.gender || ma.gender === ga) && (!mb.gender || mb.gender === gb);
  };
  for (let i = 0; i < loose.length; i++) {
    const partners = loose.filter((b) => fits(loose[i], b));
    if (partners.length !== 1) continue;
    const b = partners[0];
    if (loose.filter((x) => fits(b, x)).length !== 1) continue;
    sink.add(loose[i].owner, loose[i].predicate, b.owner, 'asserted', loose[i].noun);
  }
}

/** "Tom und Anna sind Geschwister", "X is married to Y", "X und Y arbeiten zusammen". */
function extractGroupRelations(g: Grammar, sink: FactSink): void {
  const doneClauses = new Set<number>();
  for (let i = 0; i < g.tokens.length; i++) {
    const t = g.tokens[i];
    // Coordinated names + copula + plural relation noun.
    if (t.kind === 'ent' && !t.possessive && t.key) {
      const people: Ref[] = [{ key: t.key, index: i }];
      let k = i + 1;
      while ((g.isWord(k, g.set.andWords) || g.tok(k)?.text === ',') && g.tok(k + 1)?.kind === 'ent' && !g.tok(k + 1)?.possessive) {
        people.push({ key: g.tok(k + 1)!.key ?? null, index: k + 1 });
        k += 2;
      }
      if (people.length >= 2 && g.isWord(k, g.set.copulas)) {
        let m = k + 1;
        let negated = false;
        while (g.isWord(m, g.set.fillers) || g.isNegator(m)) negated = g.isNegator(m++) || negated;
        m = g.skipModifiers(m);
        const rel = g.relationNounAt(m);
        if (rel) {
          const modality: Modality = negated ? 'negated' : g.modalityAt(m);
          for (const a of people) for (const b of people) if (a.key && b.key && a.key !== b.key) sink.add(a.key, rel.predicate, b.key, modality, m);
        }
      }
    }
    if (t.kind !== 'word') continue;
    const clause = t.clause;
    if (doneClauses.has(clause)) continue;
    const negatedMarriage =
      MARRIED.has(t.lower) && g.negatedNear(i, 2) && g.objectsIn(...g.clauseRange(i), new Set(['mit', 'to', 'with'])).filter((r) => !g.subjectsOf(i).some((x) => x.key === r.key)).length === 0;
    if ((SINGLE.has(t.lower) && !(g.language === 'de' && t.capital)) || negatedMarriage) {
      // "never married", "ist ledig", "is single": no spouse.
      if (doneClauses.has(clause) || g.hypothetical(i)) continue;
      doneClauses.add(clause);
      const never = SINGLE.has(t.lower) ? NEVER.has(t.lower) : g.findPhrases(Math.max(0, i - 3), i, [['never'], ['nie'], ['niemals']]).length > 0;
      const modality = g.modalityAt(i);
      if (modality === 'believed') continue;
      for (const who of g.subjectsOf(i)) if (who.key) sink.add(who.key, 'spouse', never ? 'never-married' : 'single', modality, i);
      continue;
    }
    if (MARRIED.has(t.lower) && !(g.language === 'de' && t.capital)) {
      doneClauses.add(clause);
      const [a, b] = g.clauseRange(i);
      const people = uniquePeople([...g.subjectsOf(i), ...g.objectsIn(a, b, new Set(['mit', 'to', 'with']))]);
      if (people.length === 2 && !g.hypothetical(i)) {
        const modality = g.negatedNear(i, 5) ? 'negated' : g.modalityAt(i);
        sink.add(people[0], 'spouse', people[1], modality, i);
        sink.add(people[1], 'spouse', people[0], modality, i);
      }
    } else if (WORK.has(t.lower)) {
      const [a, b] = g.clauseRange(i);
      let together = -1;
      for (let k = a; k <= b; k++) if (g.isWord(k, TOGETHER)) together = k;
      if (together < 0) continue;
      doneClauses.add(clause);
      const people = uniquePeople([...g.subjectsOf(i), ...g.objectsIn(a, b, new Set(['mit', 'with']))]);
      if (people.length < 2 || g.hypothetical(i)) continue;
      const modality = g.negatedNear(i, 3, 3) ? 'negated' : g.modalityAt(i);
      for (const x of people) for (const y of people) if (x !== y) sink.add(x, 'colleague', y, modality, i);
    }
  }
}

function uniquePeople(refs: Ref[]): string[] {
  return [...new Set(refs.map((r) => r.key).filter((k): k is string => !!k))];
}
