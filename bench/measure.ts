// Timing and memory helpers for the benchmark: wall-clock runs, percentiles, heap after a full garbage collection.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Milliseconds one call takes. */
export function timeOnce(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/** Milliseconds one awaited call takes. */
export async function timeAsync(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

/** The median of `runs` timings (after one untimed warm-up run when `warmup`). */
export function medianTime(fn: () => void, runs: number, warmup = true): number {
  if (warmup) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(timeOnce(fn));
  return percentile(times, 50);
}

/** The p-th percentile (nearest rank) of a list of numbers. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

let gcFn: (() => void) | undefined;

/** A full garbage collection, also when node was started without --expose-gc. */
export function collectGarbage(): void {
  if (!gcFn) {
    const exposed = (globalThis as { gc?: () => void }).gc;
    if (exposed) gcFn = exposed;
    else {
      setFlagsFromString('--expose-gc');
      gcFn = runInNewContext('gc') as () => void;
    }
  }
  gcFn();
  gcFn();
}

/** Bytes of JavaScript heap in use after a full collection. */
export function heapUsed(): number {
  collectGarbage();
  return process.memoryUsage().heapUsed;
}

/** Sum of the UTF-8 byte lengths of some texts (what the files take on disk). */
export function utf8Bytes(texts: readonly string[]): number {
  let n = 0;
  for (const t of texts) n += Buffer.byteLength(t, 'utf8');
  return n;
}

/** Words in some texts, counted as runs of letters. */
export function countWords(texts: readonly string[]): number {
  let n = 0;
  for (const t of texts) n += t.match(/\p{L}+/gu)?.length ?? 0;
  return n;
}

/** The baseline every timing is compared with: one plain regex tokenizer pass over all the text. */
export function tokenizerPass(texts: readonly string[]): number {
  const re = /\p{L}+/gu;
  let tokens = 0;
  for (const t of texts) {
    re.lastIndex = 0;
    while (re.exec(t) !== null) tokens++;
  }
  return tokens;
}
