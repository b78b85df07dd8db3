// Generates a synthetic soap (German or English synopses, ~450 words an episode) with planted conflicts, planted non-conflicts and the answer key.
import type { ConflictKind, Episode, Language } from '../src/engine/types';
import type { AnswerKey, KeyConflict, KeyNonConflict, PlantedPassage } from './answerKey';
import { composedSurnames, distinctBySpelling, NamePicker } from './namePool';
import { spellingKey, spellingVariants } from './nameVariants';
import { createRng, hashSeed, type Rng } from './rng';
import { sentences as sentencesByLanguage, type Person, type Sentences } from './seriesSentences';
import { vocabularies, type CastMember, type Domain, type Gender, type RoleWord, type Vocabulary } from './seriesVocabulary';

export interface GenerateOptions {
  episodes: number;
  language: Language;
  seed?: number;
  wordsPerEpisode?: number;
  /** Story arcs (each plants one conflict or one non-conflict) per episode. */
  arcsPerEpisode?: number;
}

export interface GeneratedSeries {
  title: string;
  language: Language;
  episodes: Episode[];
  key: AnswerKey;
}

/** The conflict kinds the engine knows, each planted in turn. */
export const plantedConflictKinds = [
  'spelling', 'vital-status', 'relationship', 'role', 'age', 'place', 'attribute', 'first-meeting',
] as const satisfies readonly ConflictKind[];

/** The non-conflicts planted in turn: a belief later revealed, narrated changes, time skips, similar-named relatives. */
export const plantedNonConflicts = ['belief-revealed', 'promotion', 'move', 'wedding', 'year-later', 'similar-relatives'] as const;

type ArcType = (typeof plantedConflictKinds)[number] | (typeof plantedNonConflicts)[number];

/** Sentences an arc adds to one episode, kept together and in order. */
type Placements = Map<number, string[]>;

interface Plan {
  placements: Placements;
  conflict?: Omit<KeyConflict, 'id' | 'passages'>;
  nonConflict?: Omit<KeyNonConflict, 'id' | 'passages'>;
  passages: { index: number; quote: string }[];
}

const fileOf = (index: number): string => `e${String(index + 1).padStart(5, '0')}.md`;
const idOf = (index: number): string => `e${String(index + 1).padStart(5, '0')}`;
const full = (p: { first: string; last: string }): string => `${p.first} ${p.last}`;
const wordCount = (text: string): number => text.split(/\s+/u).filter(Boolean).length;

/** One character's name as the filler names them: by first name, their short form or in full. */
function castRef(m: CastMember, r: Rng): string {
  const x = r.next();
  return x < 0.5 ? m.first : x < 0.8 ? m.short : full(m);
}

class SeriesBuilder {
  private readonly v: Vocabulary;
  private readonly s: Sentences;
  private readonly names: NamePicker;
  private readonly twinNames: [string, string][];

  constructor(
    private readonly language: Language,
    private readonly n: number,
    private readonly r: Rng,
  ) {
    this.v = vocabularies[language];
    this.s = sentencesByLanguage[language];
    const taken = new Set<string>(this.v.cast.flatMap((c) => [spellingKey(c.first), spellingKey(c.last)]));
    for (const [m, f] of this.s.twinNames) {
      taken.add(spellingKey(m));
      taken.add(spellingKey(f));
    }
    const female = distinctBySpelling(this.v.femaleNames, taken);
    const male = distinctBySpelling(this.v.maleNames, taken);
    const surnames = r.shuffle(composedSurnames(this.v, taken));
    this.names = new NamePicker({ f: female, m: male, surname: surnames }, Math.min(300, Math.max(20, Math.floor(n / 4))), r);
    this.twinNames = this.s.twinNames;
  }

  private gender(): Gender {
    return this.r.chance(0.5) ? 'f' : 'm';
  }

  private role(exceptFamily?: string): RoleWord {
    return this.r.pick(this.v.roles.filter((x) => x.family !== exceptFamily));
  }

  person(from: number, to: number, opts: { gender?: Gender; last?: string; age?: number; role?: RoleWord } = {}): Person {
    const gender = opts.gender ?? this.gender();
    return {
      first: this.names.given(gender, from, to),
      last: opts.last ?? this.names.surname(from, to),
      gender,
      role: opts.role ?? this.role(),
      age: opts.age ?? this.r.int(22, 58),
    };
  }

  cast(domain?: Domain): CastMember {
    return this.r.pick(domain ? this.v.cast.filter((c) => c.domain === domain) : this.v.cast);
  }

  /** Plans one arc starting in episode a and ending in episode b (a < b). */
  plan(type: ArcType, a: number, b: number): Plan {
    const { s, r, v } = this;
    const placements: Placements = new Map();
    const passages: Plan['passages'] = [];
    const put = (index: number, text: string, passage = false): void => {
      if (!placements.has(index)) placements.set(index, []);
      placements.get(index)!.push(text);
      if (passage) passages.push({ index, quote: text });
    };
    const mid = b - a >= 2 ? r.int(a + 1, b - 1) : b;
    const sides = (...groups: number[][]): string[][] => groups.map((g) => g.map(fileOf));

    switch (type) {
      case 'spelling': {
        let p = this.person(a, b);
        for (let tries = 0; tries < 20 && !spellingVariants(p.first).length && !spellingVariants(p.last).length; tries++) {
          p = { ...p, last: this.names.surname(a, b) };
        }
        const firstVariants = spellingVariants(p.first);
        const lastVariants = spellingVariants(p.last);
        const onLast = lastVariants.length > 0 && (firstVariants.length === 0 || r.chance(0.5));
        const variant = onLast ? { first: p.first, last: r.pick(lastVariants) } : { first: r.pick(firstVariants.length ? firstVariants : [p.first + 'h']), last: p.last };
        const [original, drifted] = onLast ? [p.last, variant.last] : [p.first, variant.first];
        put(a, s.intro(p, r), true);
        put(a, s.act(p.first, p, this.cast(), v, r));
        const canon = [a];
        if (mid !== b) {
          put(mid, s.act(full(p), p, this.cast(), v, r), true);
          canon.push(mid);
        }
        put(b, s.act(full(variant), p, this.cast(), v, r), true);
        return {
          placements,
          passages,
          conflict: { kind: 'spelling', terms: [drifted, original], sides: sides(canon, [b]), note: `${full(p)} is spelt ${full(variant)} in ${fileOf(b)}.` },
        };
      }
      case 'vital-status': {
        const p = this.person(a, b);
        put(a, s.intro(p, r));
        put(a, s.death(p, r), true);
        put(b, s.alive(p, this.cast(), v, r), true);
        return { placements, passages, conflict: { kind: 'vital-status', terms: [p.last], sides: sides([a], [b]), note: `${full(p)} dies in ${fileOf(a)} and is about again in ${fileOf(b)}, nothing revealed.` } };
      }
      case 'relationship': {
        const child = this.person(a, b, { age: r.int(16, 35) });
        const relative = this.person(a, b, { last: child.last, age: child.age + r.int(22, 34) });
        put(a, s.intro(child, r));
        if (r.chance(0.5)) {
          const other = this.person(a, b, { gender: relative.gender, age: relative.age });
          put(a, s.parent(relative, child), true);
          put(b, s.parent(other, child), true);
          return {
            placements,
            passages,
            conflict: { kind: 'relationship', terms: [child.first, relative.first, other.first], sides: sides([a], [b]), note: `${full(child)} has parent ${full(relative)} in ${fileOf(a)} and ${full(other)} in ${fileOf(b)}.` },
          };
        }
        const sibling = { ...relative, age: child.age + r.int(1, 6) };
        put(a, s.sibling(sibling, child), true);
        put(b, s.parent(sibling, child), true);
        return {
          placements,
          passages,
          conflict: { kind: 'relationship', terms: [child.first, sibling.first], sides: sides([a], [b]), note: `${full(sibling)} is the sibling of ${full(child)} in ${fileOf(a)} and the parent in ${fileOf(b)}.` },
        };
      }
      case 'role': {
        const p = this.person(a, b);
        const other = this.role(p.role.family);
        put(a, s.worksAs(p, p.role), true);
        put(a, s.act(p.first, p, this.cast(), v, r));
        put(b, r.chance(0.5) ? s.isRole(p, other) : s.worksAs(p, other), true);
        return { placements, passages, conflict: { kind: 'role', terms: [p.last], sides: sides([a], [b]), note: `${full(p)} is ${p.role[p.gender]} in ${fileOf(a)} and ${other[p.gender]} in ${fileOf(b)}, no change told.` } };
      }
      case 'age': {
        const p = this.person(a, b);
        const shift = r.int(5, 12) * (r.chance(0.5) ? 1 : -1);
        const later = Math.max(18, p.age + shift === p.age ? p.age + 7 : p.age + shift);
        put(a, s.intro(p, r));
        put(a, s.age(p, p.age, r), true);
        put(b, s.age(p, later, r), true);
        return { placements, passages, conflict: { kind: 'age', terms: [p.last], sides: sides([a], [b]), note: `${full(p)} is ${p.age} in ${fileOf(a)} and ${later} in ${fileOf(b)}.` } };
      }
      case 'place': {
        const p = this.person(a, b);
        const [home, other] = r.shuffle([...v.cities]).slice(0, 2);
        put(a, s.intro(p, r));
        put(a, s.livesIn(p, home), true);
        put(b, s.livesInStill(p, other), true);
        return { placements, passages, conflict: { kind: 'place', terms: [p.last], sides: sides([a], [b]), note: `${full(p)} lives in ${home} in ${fileOf(a)} and in ${other} in ${fileOf(b)}, no move told.` } };
      }
      case 'attribute': {
        const p = this.person(a, b);
        put(a, s.intro(p, r));
        const which = r.int(0, 2);
        if (which === 0 || which === 1) {
          const colours = which === 0 ? v.eyeColours : v.hairColours;
          const [c1, c2] = r.shuffle([...colours]).slice(0, 2);
          const say = which === 0 ? s.eyes : s.hair;
          put(a, say(p, c1), true);
          put(b, say(p, c2), true);
        } else {
          const part = r.pick(v.bodyParts.slice(0, 4));
          const side = r.chance(0.5) ? 'left' : 'right';
          put(a, s.scar(p, side, part), true);
          put(b, s.scar(p, side === 'left' ? 'right' : 'left', part), true);
        }
        return { placements, passages, conflict: { kind: 'attribute', terms: [p.last], sides: sides([a], [b]), note: `A physical detail of ${full(p)} differs between ${fileOf(a)} and ${fileOf(b)}.` } };
      }
      case 'first-meeting': {
        const x = this.person(a, b);
        const y = this.person(a, b);
        put(a, s.intro(x, r));
        put(a, s.knowLong(x, y), true);
        put(b, s.meetFirst(x, y, r), true);
        return { placements, passages, conflict: { kind: 'first-meeting', terms: [x.last, y.last], sides: sides([a], [b]), note: `${full(x)} has known ${full(y)} since school (${fileOf(a)}) yet meets them for the first time in ${fileOf(b)}.` } };
      }
      case 'belief-revealed': {
        const child = this.person(a, b, { age: r.int(18, 35) });
        const parent = this.person(a, b, { last: child.last, age: child.age + r.int(22, 34) });
        put(a, s.intro(child, r));
        put(a, s.belief(child, parent), true);
        put(b, s.reveal(child, parent), true);
        put(b, s.returns(parent), true);
        return { placements, passages, nonConflict: { kind: 'vital-status', terms: [full(parent)], why: `${full(child)} believes ${full(parent)} dead; the truth is revealed in ${fileOf(b)}.` } };
      }
      case 'promotion': {
        const ladder = r.pick(s.ladders);
        const p = this.person(a, b, { role: ladder.from });
        put(a, s.worksAs(p, ladder.from), true);
        put(mid, s.promoted(p, ladder.to), true);
        put(b, s.promotedIs(p, ladder.to), true);
        return { placements, passages, nonConflict: { kind: 'role', terms: [p.last], why: `${full(p)} is promoted in ${fileOf(mid)}: the new rank is told.` } };
      }
      case 'move': {
        const p = this.person(a, b);
        const [home, next] = r.shuffle([...v.cities]).slice(0, 2);
        put(a, s.intro(p, r));
        put(a, s.livesIn(p, home), true);
        put(mid, s.moves(p, next), true);
        put(b, s.movedLives(p, next), true);
        return { placements, passages, nonConflict: { kind: 'place', terms: [p.last], why: `${full(p)} moves from ${home} to ${next} in ${fileOf(mid)}: the move is told.` } };
      }
      case 'wedding': {
        const x = this.person(a, b, { gender: 'f' });
        const y = this.person(a, b, { gender: 'm' });
        put(a, s.intro(x, r));
        put(a, s.girlfriend(x, y), true);
        put(mid, s.wedding(x, y), true);
        put(b, s.spouse(x, y), true);
        return { placements, passages, nonConflict: { kind: 'relationship', terms: [x.last, y.last], why: `${full(x)} and ${full(y)} marry in ${fileOf(mid)}: girlfriend, then wife.` } };
      }
      case 'year-later': {
        const p = this.person(a, b);
        put(a, s.intro(p, r));
        put(a, s.age(p, p.age, r), true);
        put(b, s.yearLater(p, p.age + 1), true);
        return { placements, passages, nonConflict: { kind: 'age', terms: [p.last], why: `${full(p)} is a year older after "a year later" in ${fileOf(b)}.` } };
      }
      case 'similar-relatives': {
        const [brotherName, sisterName] = r.pick(this.twinNames);
        const last = this.names.surname(a, b);
        const brother: Person = { first: brotherName, last, gender: 'm', role: this.role(), age: r.int(20, 40) };
        const sister: Person = { ...brother, first: sisterName, gender: 'f', role: this.role() };
        put(a, s.twins(brother, sister, v, r), true);
        put(b, s.twinsAgain(brother, sister), true);
        return { placements, passages, nonConflict: { kind: 'spelling', terms: [full(brother), full(sister)], why: `${full(brother)} and ${full(sister)} are twins: two people, not one name spelt two ways.` } };
      }
    }
  }

  /** Filler sentences: the main cast's everyday story, stating nothing that could contradict. */
  filler(): string {
    const { r, v, s } = this;
    const x = r.next();
    const domain: Exclude<Domain, 'town'> | 'any' | 'none' = x < 0.45 ? 'hospital' : x < 0.63 ? 'police' : x < 0.81 ? 'family' : x < 0.93 ? 'any' : 'none';
    const pool = domain === 'any' || domain === 'none' ? v.cast : v.cast.filter((c) => c.domain === domain);
    const a = r.pick(pool);
    let b = r.pick(pool);
    for (let i = 0; i < 5 && b === a; i++) b = r.pick(pool);
    if (b === a) b = r.pick(v.cast.filter((c) => c !== a));
    return r.pick(s.filler[domain])({ a, b, A: castRef(a, r), B: castRef(b, r), v, r });
  }
}

/**
 * Generates a series. The same options give the same text on every machine. Arcs are spread evenly over the series;
 * each plants one conflict of the engine's kinds or one non-conflict, between two episodes at most eight apart.
 */
export function generateSeries(options: GenerateOptions): GeneratedSeries {
  const { episodes: n, language } = options;
  if (!Number.isInteger(n) || n < 3) throw new RangeError(`a generated series needs at least 3 episodes, not ${n}`);
  const target = options.wordsPerEpisode ?? 450;
  const seed = options.seed ?? 1;
  const r = createRng(hashSeed(`${language}:${seed}`));
  const builder = new SeriesBuilder(language, n, r);
  const v = vocabularies[language];
  const s = sentencesByLanguage[language];

  const types: ArcType[] = [...plantedConflictKinds, ...plantedNonConflicts];
  const arcCount = Math.max(types.length, Math.round(n * (options.arcsPerEpisode ?? 0.3)));
  const groups: string[][][] = Array.from({ length: n }, () => []);
  const conflicts: KeyConflict[] = [];
  const nonConflicts: KeyNonConflict[] = [];
  let cycle: ArcType[] = [];
  for (let k = 0; k < arcCount; k++) {
    if (cycle.length === 0) cycle = r.shuffle([...types]);
    const type = cycle.pop()!;
    const a = Math.min(n - 2, Math.floor((k * n) / arcCount));
    const b = Math.min(n - 1, a + r.int(1, 8));
    const plan = builder.plan(type, a, b);
    for (const [index, lines] of plan.placements) groups[index].push(lines);
    const passages: PlantedPassage[] = plan.passages.map((p) => ({ episode: fileOf(p.index), quote: p.quote }));
    if (plan.conflict) conflicts.push({ id: `C${conflicts.length + 1}`, ...plan.conflict, passages });
    if (plan.nonConflict) nonConflicts.push({ id: `N${nonConflicts.length + 1}`, ...plan.nonConflict, passages });
  }
  // The main cast's own similar names (twins, siblings) are never one person either.
  const castPairs = v.cast.flatMap((c, i) => v.cast.slice(i + 1).filter((d) => d.last === c.last && (d.first.startsWith(c.first) || c.first.startsWith(d.first))).map((d) => [c, d] as const));
  for (const [c, d] of castPairs) {
    nonConflicts.push({ id: `N${nonConflicts.length + 1}`, kind: 'spelling', terms: [full(c), full(d)], why: `${full(c)} and ${full(d)} of the main cast are siblings, two people.`, passages: [] });
  }

  const episodes: Episode[] = [];
  for (let i = 0; i < n; i++) {
    const title = `${r.pick(v.titleFirst)} ${r.pick(v.titleSecond)}`;
    const planted = groups[i];
    let words = planted.reduce((sum, g) => sum + g.reduce((t, line) => t + wordCount(line), 0), 0) + 4;
    const paragraphs: string[][] = [[]];
    const slots = new Map<number, string[][]>();
    // Each planted group goes into one of the first paragraphs, between filler sentences.
    const fillers: string[] = [];
    while (words < target) {
      const line = builder.filler();
      fillers.push(line);
      words += wordCount(line);
    }
    planted.forEach((g) => {
      const at = r.int(0, fillers.length);
      if (!slots.has(at)) slots.set(at, []);
      slots.get(at)!.push(g);
    });
    let sentencesInParagraph = r.int(3, 6);
    const push = (line: string): void => {
      if (paragraphs[paragraphs.length - 1].length >= sentencesInParagraph) {
        paragraphs.push([]);
        sentencesInParagraph = r.int(3, 6);
      }
      paragraphs[paragraphs.length - 1].push(line);
    };
    for (let f = 0; f <= fillers.length; f++) {
      for (const g of slots.get(f) ?? []) push(g.join(' '));
      if (f < fillers.length) push(fillers[f]);
    }
    const text = `${s.heading(i + 1, title)}\n\n${paragraphs.map((p) => p.join(' ')).join('\n\n')}\n`;
    episodes.push({ id: idOf(i), file: fileOf(i), title, index: i, text, language });
  }

  return {
    title: v.seriesTitle,
    language,
    episodes,
    key: {
      corpus: `generated-${language}-${n}-seed${seed}`,
      language,
      about: `Conflicts planted by bench/generateSeries.ts in a ${n}-episode ${language === 'de' ? 'German' : 'English'} series (seed ${seed}).`,
      conflicts,
      non_conflicts: nonConflicts,
    },
  };
}
