// A list of names with planted spelling variants, for measuring spelling-variant candidate search (benchmark G8).
import type { Language } from '../src/engine/types';
import { composedSurnames, distinctBySpelling } from './namePool';
import { spellingVariants } from './nameVariants';
import { createRng, hashSeed } from './rng';
import { vocabularies } from './seriesVocabulary';

export interface NamedToken {
  name: string;
  language: Language;
}

export interface NameList {
  names: NamedToken[];
  /** Pairs (by index into names) that are one name spelt two ways. */
  planted: [number, number][];
}

/**
 * `count` name tokens, German and English given names and surnames, no two alike under spelling drift except the
 * planted pairs: a tenth of the list are drifted spellings of other names in it.
 */
export function generateNameList(count: number, seed = 1): NameList {
  const r = createRng(hashSeed(`names:${seed}`));
  const taken = new Set<string>();
  const pool: NamedToken[] = [];
  for (const language of ['de', 'en'] as const) {
    const v = vocabularies[language];
    for (const name of distinctBySpelling([...v.femaleNames, ...v.maleNames], taken)) pool.push({ name, language });
    for (const name of composedSurnames(v, taken)) pool.push({ name, language });
  }
  r.shuffle(pool);
  const variantCount = Math.floor(count / 10);
  const base = pool.slice(0, count - variantCount);
  if (base.length < count - variantCount) throw new RangeError(`only ${pool.length} distinct names to draw from, not ${count}`);
  const names: NamedToken[] = [...base];
  const planted: [number, number][] = [];
  for (let i = 0; i < base.length && planted.length < variantCount; i++) {
    const variants = spellingVariants(base[i].name);
    if (!variants.length) continue;
    names.push({ name: r.pick(variants), language: base[i].language });
    planted.push([i, names.length - 1]);
  }
  return { names, planted };
}
