// Resolves episode-local entities into series entities: same names, name parts, bible aliases, spelling variants.
import { givenNameGender } from '../lang/lexicon';
import { contentHash } from '../text/contentHash';
import type { Bible, Entity, EntityKind, Language } from '../types';
import type { LocalEntity } from './resolveLocalEntities';
import { areSoundAlikes, areSpellingVariants, variantBlockingKeys } from './spellingVariants';

/** The entities of one episode as the series pass needs them. */
export interface EpisodeEntities {
  episodeId: string;
  language: Language;
  entities: LocalEntity[];
  /** Pairs of local keys the episode's facts relate to each other (family, colleagues): never one person. */
  related: [string, string][];
}

export interface SeriesEntities {
  entities: Entity[];
  /** Global entity id of an episode-local key. */
  idOf(episodeId: string, key: string): string | undefined;
}

interface Rec {
  ep: number;
  local: LocalEntity;
}

class UnionFind {
  private parent: number[];
  /** Members of each root. */
  readonly members = new Map<number, number[]>();
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
    for (let i = 0; i < n; i++) this.members.set(i, [i]);
  }
  /** How many unions have joined two groups so far. */
  unions = 0;
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]];
      i = this.parent[i];
    }
    return i;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    const [keep, gone] = ra < rb ? [ra, rb] : [rb, ra];
    this.parent[gone] = keep;
    this.unions++;
    this.members.get(keep)!.push(...this.members.get(gone)!);
    this.members.delete(gone);
  }
}

const norm = (s: string): string => s.trim().toLowerCase();

/** Series entities from every episode's local entities, in series order of `episodes`. */
export function resolveSeriesEntities(episodes: EpisodeEntities[], bible: Bible): SeriesEntities {
  const recs: Rec[] = [];
  episodes.forEach((e, ep) => e.entities.forEach((local) => recs.push({ ep, local })));
  const uf = new UnionFind(recs.length);

  // 1. The same name in any episode is the same entity; declared aliases join their bible entity.
  const bibleOf = new Map<string, number>();
  bible.entities.forEach((b, i) => {
    for (const n of [b.name, ...b.aliases]) bibleOf.set(norm(n), i);
  });
  const firstByKey = new Map<string, number>();
  const firstByBible = new Map<number, number>();
  recs.forEach((r, i) => {
    const k = r.local.key;
    const seen = firstByKey.get(k);
    if (seen !== undefined) uf.union(seen, i);
    else firstByKey.set(k, i);
    const b = bibleOf.get(norm(k));
    if (b !== undefined) {
      const s = firstByBible.get(b);
      if (s !== undefined) uf.union(s, i);
      else firstByBible.set(b, i);
    }
  });

  // 1b. A nickname an episode declares for a full name ("Konrad Albers, genannt Conny") is that person in every
  // episode, unless two different people are given it.
  const nicknameOf = new Map<string, number | null>();
  recs.forEach((r, i) => {
    if (r.local.kind !== 'character' || r.local.tokens.length < 2) return;
    for (const form of Object.keys(r.local.forms)) {
      if (form.includes(' ') || r.local.tokens.includes(form)) continue;
      const seen = nicknameOf.get(form);
      nicknameOf.set(form, seen === undefined || (seen !== null && uf.find(seen) === uf.find(i)) ? i : null);
    }
  });
  if (nicknameOf.size > 0) {
    recs.forEach((r, i) => {
      const full = nicknameOf.get(r.local.key);
      if (full !== undefined && full !== null && r.local.tokens.length === 1 && r.local.kind === 'character') uf.union(full, i);
    });
  }

  // 2. A single name that is the first or last word of exactly one multi-word name is that person.
  // First names first: a family shares its surname, so "Herr Okonkwo" is the weaker link to "Tobias Okonkwo".
  const firstBy = new Map<string, Set<number>>();
  const lastBy = new Map<string, Set<number>>();
  const multiBy = new Map<string, Set<number>>();
  const index = (map: Map<string, Set<number>>, w: string, i: number): void => {
    if (!map.has(w)) map.set(w, new Set());
    map.get(w)!.add(i);
  };
  recs.forEach((r, i) => {
    const t = r.local.tokens;
    if (t.length < 2 || r.local.kind !== 'character') return;
    index(firstBy, t[0], i);
    index(lastBy, t[t.length - 1], i);
    index(multiBy, t[0], i);
    index(multiBy, t[t.length - 1], i);
  });
  const guards = buildGuards(episodes, bible);
  const joinSingleNames = (): void => {
    joinBy(firstBy);
    joinBy(lastBy);
  };
  /** Groups found not to be one person, as "rootA|rootB|unions so far" (valid until the next union). */
  const refused = new Set<string>();
  // The one group of a set of records, remembered until the next union (many single names share one word: without this
  // every one of them walks the word's records again, quadratic in the length of the series).
  const rootMemo = new Map<Set<number>, { unions: number; root: number | undefined }>();
  const oneRootNow = (members: Set<number>): number | undefined => {
    const hit = rootMemo.get(members);
    if (hit && hit.unions === uf.unions) return hit.root;
    const root = oneRoot(members, uf);
    rootMemo.set(members, { unions: uf.unions, root });
    return root;
  };
  // Single names not declared in the bible whose word some full name has, picked once (both passes walk only these).
  const singles: number[] = [];
  recs.forEach((r, i) => {
    if (r.local.tokens.length !== 1 || (multiBy.get(r.local.tokens[0])?.size ?? 0) === 0 || bibleOf.has(norm(r.local.key))) return;
    singles.push(i);
  });
  const joinBy = (by: Map<string, Set<number>>): void =>
    singles.forEach((i) => {
      const r = recs[i];
      const cands = by.get(r.local.tokens[0]);
      if (!cands) return;
      // Already one of them (whatever else holds, nothing would change): skip the checks below, which cost a pass over every mention.
      if (uf.find(i) === uf.find(cands.values().next().value!)) return;
      // Ambiguous when the word is some other person's first or last name too.
      if (oneRootNow(multiBy.get(r.local.tokens[0])!) === undefined) return;
      const root = oneRootNow(cands);
      if (root === undefined) return;
      if (uf.find(i) === root) return;
      // Not when the episode shows them as two people ("Herr Okonkwo" and his son Tobias Okonkwo).
      const pair = `${uf.find(i)}|${root}|${uf.unions}`;
      if (refused.has(pair)) return;
      const mine = uf.members.get(uf.find(i))!.map((k) => recs[k]);
      const theirs = uf.members.get(root)!.map((k) => recs[k]);
      if (groupsMayBeOne(mine, theirs, guards.distinct, guards.related, guards.pairKey)) uf.union(i, root);
      else refused.add(pair);
    });
  joinSingleNames();

  // German genitive without apostrophe in an episode that never names the person plainly ("Kalles Boot").
  recs.forEach((r, i) => {
    const t = r.local.tokens;
    if (t.length !== 1 || episodes[r.ep].language !== 'de' || !/[^s]s$/u.test(t[0])) return;
    const stem = t[0].slice(0, -1);
    const fulls = [...new Set([...(multiBy.get(stem) ?? [])].map((c) => uf.find(c)))];
    const plain = firstByKey.get(stem) ?? (fulls.length === 1 ? fulls[0] : undefined);
    if (plain === undefined || r.local.count >= 3) return;
    const p = recs[plain].local;
    if (p.kind !== r.local.kind || (p.gender && r.local.gender && p.gender !== r.local.gender)) return;
    if (givenNameGender(t[0]) !== undefined) return; // Andreas, Jonas, Niklas: names of their own
    uf.union(i, plain);
  });

  // 3. Spelling variants, blocked by phonetic code, merged unless the guards say two people.
  mergeSpellingVariants(recs, uf, episodes, guards);
  // Full names that turned out to be one person ("Raphael Moreno" = "Rafael Moreno") now own their single names.
  joinSingleNames();

  // 4. Build the entities.
  const groups = new Map<number, number[]>();
  recs.forEach((_, i) => {
    const r = uf.find(i);
    if (!groups.has(r)) groups.set(r, []);
    groups.get(r)!.push(i);
  });
  const entities: Entity[] = [];
  const idByRec = new Map<number, string>();
  const usedIds = new Set<string>();
  for (const members of groups.values()) {
    const locals = members.map((i) => recs[i]);
    const bibleIdx = locals.map((r) => bibleOf.get(norm(r.local.key))).find((b) => b !== undefined);
    const declared = bibleIdx !== undefined ? bible.entities[bibleIdx] : undefined;
    const countBy = new Map<string, number>();
    for (const r of locals) countBy.set(r.local.key, (countBy.get(r.local.key) ?? 0) + r.local.count);
    const fullest = [...countBy.entries()].sort((a, b) => b[0].split(' ').length - a[0].split(' ').length || b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
    const name = declared?.name ?? majoritySpelling(fullest, locals, episodes[locals[0].ep].language);
    const kinds = new Map<EntityKind, number>();
    for (const r of locals) kinds.set(r.local.kind, (kinds.get(r.local.kind) ?? 0) + r.local.count);
    const kind = declared?.kind ?? [...kinds.entries()].sort((a, b) => b[1] - a[1])[0][0];
    const aliases = new Set<string>(declared?.aliases ?? []);
    for (const r of locals) {
      for (const f of Object.keys(r.local.forms)) aliases.add(f);
      for (const f of r.local.titledForms) aliases.add(f);
      aliases.add(r.local.key);
    }
    aliases.delete(name);
    let id = declared?.id ?? 'ent-' + contentHash(kind + '|' + name).slice(0, 12);
    while (usedIds.has(id)) id += '-';
    usedIds.add(id);
    const eps = [...new Set(locals.map((r) => r.ep))].sort((a, b) => a - b);
    entities.push({
      id,
      kind,
      name,
      aliases: [...aliases].sort(),
      mentions: locals.reduce((n, r) => n + r.local.count, 0),
      episodes: eps.map((e) => episodes[e].episodeId),
    });
    for (const m of members) idByRec.set(m, id);
  }
  const lookup = new Map<string, string>();
  recs.forEach((r, i) => lookup.set(episodes[r.ep].episodeId + '\u0000' + r.local.key, idByRec.get(i)!));
  entities.sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
  return { entities, idOf: lookupBy(lookup) };
}

/** The id lookup, made outside resolveSeriesEntities so the function it returns does not keep that run's working data alive. */
function lookupBy(lookup: Map<string, string>): SeriesEntities['idOf'] {
  return (episodeId, key) => lookup.get(episodeId + '\u0000' + key);
}

/** What keeps two people apart: the bible's distinct pairs and not-aliases, and relations the episodes state. */
function buildGuards(episodes: EpisodeEntities[], bible: Bible) {
  const pairKey = (a: string, b: string): string => (a < b ? a + '\u0000' + b : b + '\u0000' + a);
  const distinct = new Set<string>();
  for (const [a, b] of bible.distinct) distinct.add(pairKey(norm(a), norm(b)));
  for (const e of bible.entities) {
    const names = [e.name, ...e.aliases].map(norm);
    for (const n of e.notAliases ?? []) for (const m of names) distinct.add(pairKey(norm(n), m));
  }
  const related = new Set<string>();
  episodes.forEach((e, ep) => {
    for (const [x, y] of e.related) related.add(ep + '\u0000' + pairKey(x, y));
  });
  return { distinct, related, pairKey };
}

/** The name with each word in the spelling the series uses most ("Mathias Hollerbach" → "Matthias Hollerbach"). */
function majoritySpelling(name: string, locals: Rec[], language: Language): string {
  const counts = new Map<string, number>();
  for (const r of locals) {
    for (const [form, n] of Object.entries(r.local.forms)) for (const t of form.split(' ')) counts.set(t, (counts.get(t) ?? 0) + n);
  }
  return name
    .split(' ')
    .map((t) => {
      let best = t;
      for (const [other, n] of counts) {
        if (n > (counts.get(best) ?? 0) && areSpellingVariants(t, other, language)) best = other;
      }
      return best;
    })
    .join(' ');
}

function mergeSpellingVariants(recs: Rec[], uf: UnionFind, episodes: EpisodeEntities[], guards: ReturnType<typeof buildGuards>): void {
  // Blocks: phonetic key → distinct tokens; token → records that contain it.
  const recsByToken = new Map<string, number[]>();
  const add = (t: string, i: number): void => {
    if (!recsByToken.has(t)) recsByToken.set(t, []);
    recsByToken.get(t)!.push(i);
  };
  recs.forEach((r, i) => {
    for (const t of new Set(r.local.tokens)) {
      add(t, i);
      // A German genitive ("Katrins") also stands for its stem, so it meets the stem's spellings.
      if (episodes[r.ep].language === 'de' && t.length >= 5 && /[^s]s$/u.test(t) && givenNameGender(t) === undefined) add(t.slice(0, -1), i);
    }
  });
  const languageOf = (t: string): Language => episodes[recs[recsByToken.get(t)![0]].ep].language;
  const blocks = new Map<string, string[]>();
  for (const t of recsByToken.keys()) {
    if (t.length < 4 || !/^\p{Lu}/u.test(t)) continue;
    for (const k of variantBlockingKeys(t, languageOf(t))) {
      if (!blocks.has(k)) blocks.set(k, []);
      blocks.get(k)!.push(t);
    }
  }
  const { distinct, related, pairKey } = guards;

  // Records that samePerson cannot tell apart: same key and kind (and, on the first side, the episode's language).
  const sideA = (r: Rec): string => `${r.local.key}\u0000${r.local.kind}\u0000${episodes[r.ep].language}`;
  const sideB = (r: Rec): string => `${r.local.key}\u0000${r.local.kind}`;
  /** Whether an earlier record of the same look that is now in `i`'s group was settled already (see below). */
  const settled = (seen: Map<string, number[]>, look: string, i: number): boolean => {
    const reps = seen.get(look);
    const root = uf.find(i);
    if (reps?.some((k) => uf.find(k) === root)) return true;
    if (reps) reps.push(i);
    else seen.set(look, [i]);
    return false;
  };
  const compared = new Set<string>();
  for (const block of blocks.values()) {
    if (block.length < 2) continue;
    for (let i = 0; i < block.length; i++) {
      for (let j = i + 1; j < block.length; j++) {
        const a = block[i];
        const b = block[j];
        const pk = pairKey(a, b);
        if (compared.has(pk)) continue;
        compared.add(pk);
        const variant = areSpellingVariants(a, b, languageOf(a));
        if (!variant && !areSoundAlikes(a, b)) continue;
        // A record that looks like one already handled and sits in the same group decides nothing new: the earlier one
        // either joined the other group or was refused, and a refusal stands as groups grow (more members, more clashes).
        // Skipping such records keeps this linear in the mentions of a name instead of quadratic.
        const seenA = new Map<string, number[]>();
        for (const ra of recsByToken.get(a)!) {
          if (settled(seenA, sideA(recs[ra]), ra)) continue;
          const seenB = new Map<string, number[]>();
          for (const rb of recsByToken.get(b)!) {
            const rootA = uf.find(ra);
            const rootB = uf.find(rb);
            if (rootA === rootB) continue;
            if (settled(seenB, sideB(recs[rb]), rb)) continue;
            if (!samePerson(recs[ra], recs[rb], a, b, variant, distinct, pairKey, episodes)) continue;
            const ma = uf.members.get(rootA)!.map((k) => recs[k]);
            const mb = uf.members.get(rootB)!.map((k) => recs[k]);
            if (groupsMayBeOne(ma, mb, distinct, related, pairKey)) uf.union(ra, rb);
          }
        }
      }
    }
  }
}

/** Guards against merging two people: kind, gender, other name parts, named together, relatives, bible. */
function samePerson(
  x: Rec,
  y: Rec,
  a: string,
  b: string,
  variant: boolean,
  distinct: Set<string>,
  pairKey: (a: string, b: string) => string,
  episodes: EpisodeEntities[],
): boolean {
  const lx = x.local;
  const ly = y.local;
  if (lx.kind !== ly.kind) return false;
  // Names that only sound alike (Geoff / Jeff) need the rest of the name to be the same.
  if (!variant && (lx.tokens.length < 2 || lx.tokens.length !== ly.tokens.length || lx.tokens.some((t, k) => k > 0 && t !== ly.tokens[k]))) return false;
  if (distinct.has(pairKey(norm(a), norm(b)))) return false;
  // Other name parts must agree: "Hans Meier" and "Petra Maier" are two people.
  if (lx.tokens.length > 1 && ly.tokens.length > 1) {
    if (lx.tokens.length !== ly.tokens.length) return false;
    for (let k = 0; k < lx.tokens.length; k++) {
      const p = lx.tokens[k];
      const q = ly.tokens[k];
      if (p !== q && !(p === a && q === b) && !areSpellingVariants(p, q, episodes[x.ep].language)) return false;
    }
  } else {
    const single = lx.tokens.length === 1 ? ly : lx;
    const other = single === lx ? ly : lx;
    const token = single === lx ? b : a;
    if (other.tokens.length > 1 && other.tokens[0] !== token && other.tokens[other.tokens.length - 1] !== token) return false;
  }
  return true;
}

/** The one group all of `members` belong to, or undefined when they belong to several. */
function oneRoot(members: Set<number>, uf: UnionFind): number | undefined {
  let root: number | undefined;
  for (const c of members) {
    const r = uf.find(c);
    if (root === undefined) root = r;
    else if (r !== root) return undefined;
  }
  return root;
}

/**
 * Whether every local entity of one group may be one person with every one of the other (mayBeOne for all
 * pairs), without comparing all pairs: records of different episodes clash only by declared distinct
 * pairs or by gender, so only records of one episode are compared one by one.
 */
function groupsMayBeOne(ma: Rec[], mb: Rec[], distinct: Set<string>, related: Set<string>, pairKey: (a: string, b: string) => string): boolean {
  if (distinct.size > 0 || ma.length * mb.length <= 16) return ma.every((x) => mb.every((y) => mayBeOne(x, y, distinct, related, pairKey)));
  // A gender clash between two different names.
  const gendersOf = (rs: Rec[]): Map<string, Set<string>> => {
    const out = new Map<string, Set<string>>();
    for (const r of rs) {
      if (!r.local.gender) continue;
      if (!out.has(r.local.gender)) out.set(r.local.gender, new Set());
      out.get(r.local.gender)!.add(r.local.key);
    }
    return out;
  };
  const ga = gendersOf(ma);
  const gb = gendersOf(mb);
  for (const [g1, k1] of ga) {
    for (const [g2, k2] of gb) {
      if (g1 === g2) continue;
      if (k1.size === 1 && k2.size === 1 && k1.values().next().value === k2.values().next().value) continue;
      return false;
    }
  }
  const byEp = new Map<number, Rec[]>();
  for (const y of mb) {
    const list = byEp.get(y.ep);
    if (list) list.push(y);
    else byEp.set(y.ep, [y]);
  }
  for (const x of ma) for (const y of byEp.get(x.ep) ?? []) if (!mayBeOne(x, y, distinct, related, pairKey)) return false;
  return true;
}

/**
 * Whether two local entities of the groups about to merge may be one person: not declared distinct,
 * no clash of gender, and in one episode not named in one sentence, not related by its facts, not
 * both named often (a writer who names two people often in one episode spells each consistently).
 */
function mayBeOne(x: Rec, y: Rec, distinct: Set<string>, related: Set<string>, pairKey: (a: string, b: string) => string): boolean {
  const lx = x.local;
  const ly = y.local;
  if (lx.key === ly.key) return true;
  if (distinct.has(pairKey(norm(lx.key), norm(ly.key)))) return false;
  if (lx.gender && ly.gender && lx.gender !== ly.gender) return false;
  if (x.ep === y.ep) {
    if (related.has(x.ep + '\u0000' + pairKey(lx.key, ly.key))) return false;
    const sx = new Set(lx.sentences);
    if (ly.sentences.some((s) => sx.has(s))) return false;
    if (lx.count >= 3 && ly.count >= 3) return false;
  }
  return true;
}
