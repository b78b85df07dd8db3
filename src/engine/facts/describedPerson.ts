// Finds the named person a description stands for: "des Wirts" (the innkeeper named earlier), "the landlady's", "des frisch Beförderten".
import type { Grammar, Ref } from './grammar';
import type { Gender } from './lang/factLexicon';

/** German genitive articles → the gender they show ("des Beförderten" a man, "der Beförderten" a woman). */
const GENITIVE: Record<string, Gender> = { des: 'male', der: 'female' };
/** Verb prefixes of past participles used as nouns ("Beförderten", "Verletzten", "Angeklagten", "Gefangenen"). */
const PARTICIPLE = /^(be|ver|ent|er|ge|zer|an|ab|auf|aus|ein|mit|zu|vor|nach|um|über|unter)\p{L}*(t|en)(e|en|er)$/u;
/** Adjectives used as nouns for someone the story introduced ("des Neuen", "der Kleinen"). */
const NOMINAL = new Set(['neue', 'neuen', 'neuer', 'kleine', 'kleinen', 'kleiner', 'alte', 'alten', 'alter', 'jüngste', 'jüngsten', 'älteste', 'ältesten']);
const POSSESSIVE_END = /['’]s?$/u;

interface Description {
  index: number;
  key: string;
}

const indexes = new WeakMap<Grammar, Map<string, Description[]>>();

/** The job family of the word at i ("Wirts" → publican, "landlady's" → publican), if it is a job noun. */
function familyAt(g: Grammar, i: number): string | undefined {
  const t = g.tok(i);
  if (!t || t.kind !== 'word') return undefined;
  const found = g.roleNounAt(i);
  if (found) return found.family;
  if (g.language === 'en' && POSSESSIVE_END.test(t.lower)) return g.lex.roleNouns[t.lower.replace(POSSESSIVE_END, '')]?.family;
  return undefined;
}

/** Is the job noun at j the owner in a relation phrase ("der Sohn des Wirts, Lutz", "the son of the vicar, Tom")? The name after it is the relative. */
export function ownerOfRelation(g: Grammar, j: number): boolean {
  let k = j - 1;
  while (k > j - 4 && k >= 0 && g.tokens[k].kind === 'word' && !g.tokens[k].capital && !g.isWord(k, g.set.articles)) k--;
  if (!g.isWord(k, g.set.articles)) return false;
  if (g.relationNounAt(k - 1)) return true;
  return g.isWord(k - 1, g.set.ofWords) && !!g.relationNounAt(k - 2);
}

/** Job nouns the episode ties to a name: "Maureen, the landlady", "the landlady, Maureen", "Wirt Hannes", "Maureen is the landlady". */
function descriptions(g: Grammar): Map<string, Description[]> {
  let index = indexes.get(g);
  if (index) return index;
  index = new Map();
  const add = (family: string, at: number, key: string | undefined): void => {
    if (!key) return;
    const list = index!.get(family) ?? [];
    list.push({ index: at, key });
    index!.set(family, list);
  };
  const name = (k: number): string | undefined => {
    const t = g.tok(k);
    return t?.kind === 'ent' && !t.possessive && t.key ? t.key : undefined;
  };
  for (let j = 0; j < g.tokens.length; j++) {
    const family = familyAt(g, j);
    if (!family || POSSESSIVE_END.test(g.tokens[j].text) || ownerOfRelation(g, j)) continue;
    // After the noun: "Wirt Hannes", "the landlady, Maureen McCreadie,".
    const after = name(j + 1) ?? (g.tok(j + 1)?.text === ',' ? name(j + 2) : undefined);
    if (after) {
      add(family, j, after);
      continue;
    }
    // Before it: "Maureen, the landlady", "Maureen is the landlady".
    let k = j - 1;
    for (let n = 0; n < 3 && k >= 0 && g.tokens[k].kind === 'word' && !g.isWord(k, g.set.copulas); n++) k--;
    if (g.tok(k)?.text === ',' || g.isWord(k, g.set.copulas)) add(family, j, name(k - 1));
  }
  indexes.set(g, index);
  return index;
}

/** The latest person the episode has described with this job family up to token i. */
function describedBefore(g: Grammar, family: string, i: number): string | null {
  const list = descriptions(g).get(family);
  if (!list) return null;
  let found: string | null = null;
  for (const d of list) if (d.index <= i) found = d.key;
  return found;
}

/**
 * The owner named by a description standing at token `at` after a genitive article or "of the" ("der Vater des Wirts",
 * "des frisch Beförderten", "the son of the landlady"): the person the episode described so, or for a German participle
 * used as a noun the last fitting person named before the sentence. `genitive` is the article's word; `relativeBefore`
 * says the relative was named before the phrase ("Dan is the son of …", "Dan, the son of …").
 */
export function describedOwner(g: Grammar, at: number, genitive: string, relativeBefore = false): { owner: Ref; end: number } | null {
  let h = at;
  for (let n = 0; n < 2 && g.tok(h)?.kind === 'word' && !g.tokens[h].capital && g.language === 'de'; n++) h++;
  const head = g.tok(h);
  if (!head) return null;
  if (head.kind === 'ent' && !head.possessive && head.key) return { owner: { key: head.key, index: h }, end: h };
  if (head.kind !== 'word') return null;
  const family = familyAt(g, h);
  if (family) {
    // "der Tochter der Wirtin Hanne": the name right after the job.
    const next = g.tok(h + 1);
    if (next?.kind === 'ent' && !next.possessive && next.key) return { owner: { key: next.key, index: h + 1 }, end: h + 1 };
    // "Dan is the son of the vicar, Ralph Reed": with the relative named before, a name after the comma is the owner's.
    const apposed = g.tok(h + 2);
    if (relativeBefore && next?.text === ',' && apposed?.kind === 'ent' && !apposed.possessive && apposed.key) return { owner: { key: apposed.key, index: h + 2 }, end: h + 2 };
    const key = describedBefore(g, family, h);
    return key ? { owner: { key, index: h }, end: h } : null;
  }
  const gender = GENITIVE[genitive];
  if (g.language === 'de' && gender && head.capital && (PARTICIPLE.test(head.lower) || NOMINAL.has(head.lower)) && !g.relationNounAt(h)) {
    // "des Beförderten": whoever the episode said "befördert" of lately; else the last fitting person before the sentence.
    const stem = head.lower.replace(/(en|er|e)$/u, '');
    const [sa] = g.sentenceRange(h);
    for (let k = h - 1; k >= Math.max(0, h - 200); k--) {
      const w = g.tokens[k];
      if (w.kind !== 'word' || w.capital || !w.lower.startsWith(stem)) continue;
      const who = g.subjectsOf(k)[0];
      if (who?.key && (k < sa || who.index < sa)) return { owner: who, end: h };
      break;
    }
    const r = sa > 0 ? g.resolvePronoun(sa, gender) : null;
    return r?.key ? { owner: r, end: h } : null;
  }
  return null;
}

/** The owner of "the landlady's son" / "the old landlord's wife": a job noun with a possessive ending at token i. */
export function describedPossessor(g: Grammar, i: number): Ref | null {
  const t = g.tok(i);
  if (!t || t.kind !== 'word' || g.language !== 'en' || !POSSESSIVE_END.test(t.lower)) return null;
  const family = familyAt(g, i);
  if (!family) return null;
  const key = describedBefore(g, family, i);
  return key ? { key, index: i } : null;
}
