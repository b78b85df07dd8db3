// G7 without a browser: a project saved with its analysis cache, opened until the first episode's text and conflicts are at hand.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Episode, SeriesAnalysis } from '../src/engine/types';
import { openAnalysisCache, saveAnalysisCache } from '../src/main/analysis/analysisCache';
import { timeAsync } from './measure';

export interface CacheOpenResult {
  /** Milliseconds from opening the cache to having the first episode's text, mentions and conflicts. */
  openMs: number;
  /** Milliseconds to read the whole saved analysis back (what the service waits for when it needs the full report). */
  fullMs: number;
  cacheBytes: number;
  conflicts: number;
}

/** Saves `analysis` as the cache of a project holding `episodes`, then times opening it (median of `runs`). */
export async function runCacheOpenBench(episodes: Episode[], analysis: SeriesAnalysis, runs = 3): Promise<CacheOpenResult> {
  const root = mkdtempSync(join(tmpdir(), 'continuity-cache-bench-'));
  try {
    mkdirSync(join(root, '.history'));
    mkdirSync(join(root, 'episodes'));
    const first = episodes[0];
    writeFileSync(join(root, 'episodes', first.file), first.text);
    await saveAnalysisCache(root, episodes, analysis);
    const cacheBytes = (await readFile(join(root, '.history', 'analysis-cache.json'))).length;
    const times: number[] = [];
    let conflicts = 0;
    for (let r = 0; r < runs; r++) {
      times.push(
        await timeAsync(async () => {
          const opened = await openAnalysisCache(root, episodes);
          if (!opened) throw new Error('the saved analysis cache did not open');
          const [text, view] = await Promise.all([readFile(join(root, 'episodes', first.file), 'utf8'), opened.episodeView(first.file)]);
          if (text.length !== first.text.length) throw new Error('first episode read back wrong');
          conflicts = view.conflicts.length;
        }),
      );
    }
    const fullMs = await timeAsync(async () => {
      await (await openAnalysisCache(root, episodes))!.analysis();
    });
    times.sort((a, b) => a - b);
    return { openMs: times[Math.floor(times.length / 2)], fullMs, cacheBytes, conflicts };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
