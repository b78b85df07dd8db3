// Small edits to the series bible that answer a false alarm: two names are different people; a word is not a name.
import type { Bible } from '../../engine/types';

const same = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0;

/** Records that two spellings belong to two different people (never merged, never a spelling conflict). */
export function withDistinct(bible: Bible, a: string, b: string): Bible {
  if (bible.distinct.some(([x, y]) => (same(x, a) && same(y, b)) || (same(x, b) && same(y, a)))) return bible;
  return { ...bible, distinct: [...bible.distinct, [a, b]] };
}

/** Records that a capitalised word is not a name, so detection leaves it alone. */
export function withNotName(bible: Bible, word: string): Bible {
  if (bible.notNames.some((n) => same(n, word))) return bible;
  return { ...bible, notNames: [...bible.notNames, word] };
}
