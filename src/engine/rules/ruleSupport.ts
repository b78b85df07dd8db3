// Shared helpers for the conflict rules: series order, names, evidence, narrated changes between two facts.
import type { Evidence, Fact, Language, Severity } from '../types';
import type { RuleEpisode, RuleInput } from './rule';

/** A fact's place in the series: episode index, then offset. */
export interface Position {
  index: number;
  start: number;
}

/** The indexes a SeriesView reads; built once per rule input and shared by every rule that views it. */
interface SeriesIndex {
  episodes: RuleInput['episodes'];
  entities: RuleInput['entities'];
  facts: Fact[];
  factCount: number;
  byFile: Map<string, RuleEpisode>;
  names: Map<string, string>;
  bySubject: Map<string, Fact[]>;
  /** Facts of one subject with one predicate, in series order, by predicate and subject. */
  byPredicate: Map<string, Fact[]>;
}

const indexCache = new WeakMap<RuleInput, SeriesIndex>();

/** The shared index of a rule input; rebuilt when the input's lists were replaced or grew since. */
function seriesIndex(input: RuleInput): SeriesIndex {
  const cached = indexCache.get(input);
  if (
    cached &&
    cached.episodes === input.episodes &&
    cached.entities === input.entities &&
    cached.facts === input.facts &&
    cached.factCount === input.facts.length
  ) {
    return cached;
  }
  const byFile = new Map<string, RuleEpisode>();
  const names = new Map<string, string>();
  const bySubject = new Map<string, Fact[]>();
  for (const e of input.episodes) byFile.set(e.file, e);
  for (const e of input.entities) names.set(e.id, e.name);
  for (const f of input.facts) {
    const list = bySubject.get(f.subject);
    if (list) list.push(f);
    else bySubject.set(f.subject, [f]);
  }
  const index = (file: string): number => byFile.get(file)?.index ?? Number.MAX_SAFE_INTEGER;
  // Each fact's episode index looked up once (not in every comparison); lists already in order are left as they are.
  for (const [subject, list] of bySubject) {
    if (list.length < 2) continue;
    const keyed = list.map((f) => ({ f, at: index(f.episode), start: f.start }));
    let inOrder = true;
    for (let i = 1; i < keyed.length && inOrder; i++) if ((keyed[i - 1].at - keyed[i].at || keyed[i - 1].start - keyed[i].start) > 0) inOrder = false;
    if (inOrder) continue;
    keyed.sort((x, y) => x.at - y.at || x.start - y.start);
    bySubject.set(subject, keyed.map((k) => k.f));
  }
  const built: SeriesIndex = { episodes: input.episodes, entities: input.entities, facts: input.facts, factCount: input.facts.length, byFile, names, bySubject, byPredicate: new Map() };
  indexCache.set(input, built);
  return built;
}

export class SeriesView {
  private readonly episodes: Map<string, RuleEpisode>;
  private readonly names: Map<string, string>;
  /** Facts by subject. */
  private readonly bySubject: Map<string, Fact[]>;
  private readonly byPredicate: Map<string, Fact[]>;

  constructor(readonly input: RuleInput) {
    const shared = seriesIndex(input);
    this.episodes = shared.byFile;
    this.names = shared.names;
    this.bySubject = shared.bySubject;
    this.byPredicate = shared.byPredicate;
  }

  episode(file: string): RuleEpisode | undefined {
    return this.episodes.get(file);
  }

  /** Episode index in series order (unknown episodes last). */
  index(file: string): number {
    return this.episodes.get(file)?.index ?? Number.MAX_SAFE_INTEGER;
  }

  /** The episode's short label for summaries: its title, or its id. */
  label(file: string): string {
    const e = this.episodes.get(file);
    if (!e) return file;
    return e.title && e.title.trim() ? e.title : e.id;
  }

  language(file: string): Language {
    return this.episodes.get(file)?.language ?? 'de';
  }

  name(id: string): string {
    return this.names.get(id) ?? id;
  }

  /** A fact's object as a writer reads it: an entity's name, or the literal value. */
  objectName(value: string): string {
    return this.names.get(value) ?? value;
  }

  position(f: Fact): Position {
    return { index: this.index(f.episode), start: f.start };
  }

  compare(a: Fact, b: Fact): number {
    return this.index(a.episode) - this.index(b.episode) || a.start - b.start;
  }

  /** Facts about a subject, in series order, optionally with one predicate. */
  factsOf(subject: string, predicate?: string | ((p: string) => boolean)): Fact[] {
    const list = this.bySubject.get(subject) ?? [];
    if (!predicate) return list;
    if (typeof predicate === 'string') {
      const k = `${predicate}\u0000${subject}`;
      let picked = this.byPredicate.get(k);
      if (!picked) this.byPredicate.set(k, (picked = list.filter((f) => f.predicate === predicate)));
      return picked;
    }
    return list.filter((f) => (typeof predicate === 'string' ? f.predicate === predicate : predicate(f.predicate)));
  }

  subjects(predicate: string | ((p: string) => boolean)): string[] {
    const out: string[] = [];
    for (const [s, list] of this.bySubject) if (list.some((f) => (typeof predicate === 'string' ? f.predicate === predicate : predicate(f.predicate)))) out.push(s);
    return out;
  }

  /** Narrated changes of the subject (event facts of the given kinds) after `from` and up to `to` (inclusive). */
  changesBetween(subject: string, kinds: string[], from: Fact, to: Fact): Fact[] {
    const a = this.position(from);
    const b = this.position(to);
    return this.factsOf(subject, 'event').filter((e) => {
      if (!kinds.includes(e.object) || e.modality === 'negated' || e.modality === 'believed') return false;
      const p = this.position(e);
      const afterFrom = p.index > a.index || (p.index === a.index && p.start >= a.start);
      const beforeTo = p.index < b.index || (p.index === b.index && p.start <= b.start);
      // A change narrated in the later episode counts wherever it stands there.
      return (afterFrom && beforeTo) || (p.index === b.index && p.index !== a.index);
    });
  }

  private timeFacts: { from: Fact[]; length: number; facts: Fact[] } | undefined;

  /** Years the series says pass between two facts ("a year later"); Infinity for "years later". */
  yearsBetween(from: Fact, to: Fact): number {
    const a = this.position(from);
    const b = this.position(to);
    let years = 0;
    // Only the time-passes facts, in their order (picked once: this runs for many pairs of facts).
    if (this.timeFacts?.from !== this.input.facts || this.timeFacts.length !== this.input.facts.length) {
      this.timeFacts = { from: this.input.facts, length: this.input.facts.length, facts: this.input.facts.filter((f) => f.predicate === 'time-passes') };
    }
    for (const f of this.timeFacts.facts) {
      if (f.predicate !== 'time-passes') continue;
      const p = this.position(f);
      const after = p.index > a.index || (p.index === a.index && p.start > a.start);
      const before = p.index < b.index || (p.index === b.index && p.start < b.start);
      if (!after || !before) continue;
      years += f.object === 'many' ? Number.POSITIVE_INFINITY : Number(f.object) || 0;
    }
    return years;
  }
}

export function evidenceOf(f: Fact): Evidence {
  return { episode: f.episode, quote: f.quote, start: f.start, end: f.end };
}

/** Evidence for facts, one passage per distinct quote. */
export function evidenceFor(...facts: Fact[]): Evidence[] {
  const seen = new Set<string>();
  const out: Evidence[] = [];
  for (const f of facts) {
    const k = `${f.episode}|${f.start}|${f.end}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(evidenceOf(f));
  }
  return out;
}

/** A claim the story holds as true (not a belief, not denied). */
export const holds = (f: Fact): boolean => f.modality === 'asserted' || f.modality === 'revealed';

/**
 * Facts a rule may weigh: what the story holds true, plus beliefs nothing in the series overturns (no reveal or denial
 * of the same subject and predicate anywhere). A belief that a reveal overturns is the story, not a contradiction.
 */
export function standing(facts: Fact[], all: Fact[]): Fact[] {
  const overturned = overturnedIn(all);
  return facts.filter((f) => holds(f) || (f.modality === 'believed' && !overturned.has(`${f.subject}|${f.predicate}`)));
}

/** "subject|predicate" of every revealed or denied fact; built once per fact list (rules ask for each subject). */
const overturnedCache = new WeakMap<Fact[], { length: number; keys: Set<string> }>();

function overturnedIn(all: Fact[]): Set<string> {
  const cached = overturnedCache.get(all);
  if (cached && cached.length === all.length) return cached.keys;
  const keys = new Set(all.filter((f) => f.modality === 'revealed' || f.modality === 'negated').map((f) => `${f.subject}|${f.predicate}`));
  overturnedCache.set(all, { length: all.length, keys });
  return keys;
}

/** One step less severe when any fact involved is only someone's belief or claim. */
export function weaken(severity: Severity, ...facts: Fact[]): Severity {
  if (!facts.some((f) => f.modality === 'believed')) return severity;
  return severity === 'error' ? 'warning' : 'info';
}

/** German genitive of a name: "Lukas'" / "Toms"; English: "Tom's". */
export function genitive(name: string, language: Language): string {
  if (language === 'en') return name.endsWith('s') ? `${name}'` : `${name}'s`;
  return /[sßxz]$/.test(name) ? `${name}'` : `${name}s`;
}

/** Pick the summary in the language of the later episode. */
export function say(language: Language, de: string, en: string): string {
  return language === 'en' ? en : de;
}

/** A stable key part: sorted, joined. */
export const sortedKey = (...parts: string[]): string => [...parts].sort().join('|');
