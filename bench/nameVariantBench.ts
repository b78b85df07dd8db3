// G8: spelling-variant candidates among many names, engine A's blocking (variantBlockingKeys) against comparing all pairs.
import { areSoundAlikes, areSpellingVariants, variantBlockingKeys } from '../src/engine/entities/spellingVariants';
import type { NameList, NamedToken } from './generateNames';
import { timeOnce } from './measure';

export interface NameVariantResult {
  names: number;
  blockedMs: number;
  allPairsMs: number;
  blockedComparisons: number;
  allPairsComparisons: number;
  /** Planted pairs the blocked search calls variants. */
  blockedRecall: number;
  /** Planted pairs comparing all pairs calls variants (what blocking can reach at best); null when sampled. */
  allPairsRecall: number | null;
  /** Every how many-th pair the all-pairs run compared (1: all; more: its time is scaled up from the sample). */
  allPairsSampling: number;
}

/** The pair test of the engine's merge step (resolveSeriesEntities): a spelling variant or a sound-alike. */
const looksAlike = (a: NamedToken, b: NamedToken): boolean => areSpellingVariants(a.name, b.name, a.language) || areSoundAlikes(a.name, b.name);

/** Names the engine blocks at all: capitalised, at least four letters (as mergeSpellingVariants filters them). */
const blockable = (t: NamedToken): boolean => t.name.length >= 4 && /^\p{Lu}/u.test(t.name);

function blockedSearch(names: NamedToken[]): { pairs: Set<string>; comparisons: number } {
  const blocks = new Map<string, number[]>();
  names.forEach((t, i) => {
    if (!blockable(t)) return;
    for (const k of variantBlockingKeys(t.name, t.language)) {
      let block = blocks.get(k);
      if (!block) blocks.set(k, (block = []));
      block.push(i);
    }
  });
  const compared = new Set<string>();
  const pairs = new Set<string>();
  for (const block of blocks.values()) {
    for (let x = 0; x < block.length; x++) {
      for (let y = x + 1; y < block.length; y++) {
        const [i, j] = block[x] < block[y] ? [block[x], block[y]] : [block[y], block[x]];
        const key = `${i},${j}`;
        if (compared.has(key)) continue;
        compared.add(key);
        if (looksAlike(names[i], names[j])) pairs.add(key);
      }
    }
  }
  return { pairs, comparisons: compared.size };
}

/** Compares every pair of blockable names, or every `every`-th of them (counting all pairs either way). */
function allPairsSearch(names: NamedToken[], every = 1): { pairs: Set<string>; comparisons: number; compared: number } {
  const pairs = new Set<string>();
  let comparisons = 0;
  let compared = 0;
  for (let i = 0; i < names.length; i++) {
    if (!blockable(names[i])) continue;
    for (let j = i + 1; j < names.length; j++) {
      if (!blockable(names[j])) continue;
      if (comparisons++ % every !== 0) continue;
      compared++;
      if (looksAlike(names[i], names[j])) pairs.add(`${i},${j}`);
    }
  }
  return { pairs, comparisons, compared };
}

/**
 * Times both searches over the same names. The blocked search is timed best of three after a warm-up; the all-pairs
 * search once (it is long enough to be stable), over every `sampling`-th pair when sampling > 1, its time scaled up.
 */
export function runNameVariantBench(list: NameList, sampling = 1): NameVariantResult {
  let blocked = blockedSearch(list.names);
  allPairsSearch(list.names.slice(0, 200));
  const blockedMs = Math.min(...[0, 1, 2].map(() => timeOnce(() => (blocked = blockedSearch(list.names)))));
  let all = { pairs: new Set<string>(), comparisons: 0, compared: 1 };
  const sampledMs = timeOnce(() => (all = allPairsSearch(list.names, sampling)));
  const allPairsMs = (sampledMs * all.comparisons) / Math.max(1, all.compared);
  const recall = (pairs: Set<string>): number => list.planted.filter(([i, j]) => pairs.has(`${Math.min(i, j)},${Math.max(i, j)}`)).length / Math.max(1, list.planted.length);
  return {
    names: list.names.length,
    blockedMs,
    allPairsMs,
    blockedComparisons: blocked.comparisons,
    allPairsComparisons: all.comparisons,
    blockedRecall: recall(blocked.pairs),
    allPairsRecall: sampling === 1 ? recall(all.pairs) : null,
    allPairsSampling: sampling,
  };
}
