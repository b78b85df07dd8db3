// Names for the generated characters: given names and composed surnames, no two alike under spelling drift, reused only far apart.
import type { Rng } from './rng';
import { spellingKey } from './nameVariants';
import type { Gender, Vocabulary } from './seriesVocabulary';

/** Keeps the names whose spelling key is new, in order. */
export function distinctBySpelling(names: readonly string[], taken: Set<string> = new Set()): string[] {
  const out: string[] = [];
  for (const name of names) {
    const key = spellingKey(name);
    if (taken.has(key)) continue;
    taken.add(key);
    out.push(name);
  }
  return out;
}

/** Every stem + ending surname of a vocabulary (Stein + mann → Steinmann), distinct under spelling drift. */
export function composedSurnames(v: Vocabulary, taken: Set<string> = new Set()): string[] {
  const all: string[] = [];
  for (const stem of v.surnameStems) {
    for (const ending of v.surnameEndings) {
      const joined = stem + ending;
      // "Stein" + "er" reads fine; a stem ending in the ending's first letter doubles it oddly ("Hallley"): skip those.
      if (/(.)\1\1/u.test(joined)) continue;
      all.push(joined);
    }
  }
  return distinctBySpelling(all, taken);
}

/** Picks names not used within `window` episodes of where they are wanted (the least recently used when all are). */
export class NamePicker {
  private readonly lastUse = new Map<string, number>();

  constructor(
    private readonly pools: Record<Gender | 'surname', string[]>,
    private readonly window: number,
    private readonly rng: Rng,
  ) {}

  private pickFrom(pool: string[], episode: number, reject: (name: string) => boolean): string {
    const free = pool.filter((n) => !reject(n) && (this.lastUse.get(n) ?? -Infinity) < episode - this.window);
    let name: string;
    if (free.length) name = this.rng.pick(free);
    else {
      const usable = pool.filter((n) => !reject(n));
      name = (usable.length ? usable : pool).reduce((best, n) => ((this.lastUse.get(n) ?? -Infinity) < (this.lastUse.get(best) ?? -Infinity) ? n : best));
    }
    return name;
  }

  /** Marks a name as used through `lastEpisode`. */
  use(name: string, lastEpisode: number): void {
    this.lastUse.set(name, Math.max(this.lastUse.get(name) ?? -Infinity, lastEpisode));
  }

  given(gender: Gender, from: number, to: number, reject: (name: string) => boolean = () => false): string {
    const name = this.pickFrom(this.pools[gender], from, reject);
    this.use(name, to);
    return name;
  }

  surname(from: number, to: number, reject: (name: string) => boolean = () => false): string {
    const name = this.pickFrom(this.pools.surname, from, reject);
    this.use(name, to);
    return name;
  }
}
