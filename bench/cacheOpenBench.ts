// G7 without a browser: a project saved with its analysis cache, opened until the first episode's text and conflicts are at hand.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Episode, SeriesAnalysis } from '../src/engine/types';
import type { EpisodeView } from '../src/shared/contract';
import { episodeTextHash, openAnalysisCache, saveAnalysisCache } from '../src/main/analysis/analysisCache';
import { AnalysisCancelledError, type AnalysisHost } from '../src/main/analysis/analysisHost';
import { openProject } from '../src/main/store/projectStore';
import { createContinuityService, type ContinuityService } from '../src/main/services/continuityService';
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

export interface ServiceOpenResult {
  /** Milliseconds from opening the project folder to the first episode's text and view (served from the cache). */
  openMs: number;
  /** Conflicts in that first episode's view; mentions likewise. */
  conflicts: number;
  mentions: number;
}

/**
 * G7 through the service (what the app runs): a project folder of `episodes` with its saved analysis cache, opened with
 * openProject + createContinuityService until the first episode's text and view are at hand. The background analysis
 * is held (and cancelled afterwards), as it runs behind the opening.
 */
export async function runServiceOpenBench(episodes: Episode[], analysis: SeriesAnalysis): Promise<ServiceOpenResult> {
  const root = mkdtempSync(join(tmpdir(), 'continuity-service-bench-'));
  try {
    for (const e of episodes) writeFileSync(join(root, e.file), e.text);
    const setup = await openProject(root);
    const refs = setup.episodes();
    const hashes: Record<string, string> = {};
    for (const ref of refs) hashes[ref.file] = episodeTextHash((await setup.readEpisode(ref.id)).text);
    await setup.close();
    await saveAnalysisCache(root, refs, analysis, hashes);

    let cancel!: () => void;
    const held = new Promise<never>((_, reject) => (cancel = () => reject(new AnalysisCancelledError())));
    held.catch(() => undefined);
    const host: AnalysisHost = { analyze: () => held, dispose: async () => undefined };
    let service: ContinuityService | undefined;
    let view: EpisodeView | undefined;
    try {
      const openMs = await timeAsync(async () => {
        service = await createContinuityService(await openProject(root), host);
        const first = (await service.getProject()).episodes[0];
        const [doc, v] = await Promise.all([service.readEpisode(first.id), service.getEpisodeView(first.id)]);
        if (!doc.text) throw new Error('first episode read back empty');
        if (v.version !== 1) throw new Error('the first episode view did not come from the saved analysis');
        view = v;
      });
      return { openMs, conflicts: view!.conflicts.length, mentions: view!.mentions.length };
    } finally {
      cancel();
      await service?.dispose();
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
