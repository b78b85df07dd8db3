// The built analysis worker reports progress on a long run and stops at once when the run is cancelled.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AnalysisCancelledError, createAnalysisHost } from '../../src/main/analysis/analysisHost';
import { generateSeries } from '../../bench/generateSeries';

const workerFile = resolve('out/cli/analysisWorker.js');

describe.skipIf(!existsSync(workerFile))('analysis worker (built): progress and cancel', () => {
  it('reports progress, rejects a cancelled run without waiting for it, and analyses the next request fully', async () => {
    const episodes = generateSeries({ episodes: 40, language: 'de', seed: 2 }).episodes;
    const worker = createAnalysisHost({ workerFile });
    try {
      const controller = new AbortController();
      const seen: [number, number][] = [];
      const run = worker.analyze(episodes, {}, {
        signal: controller.signal,
        onProgress: (done, total) => {
          seen.push([done, total]);
          controller.abort();
        },
      });
      await expect(run).rejects.toBeInstanceOf(AnalysisCancelledError);
      expect(seen.length).toBeGreaterThan(0);
      expect(seen[0][0]).toBeLessThan(seen[0][1]);
      const few = episodes.slice(0, 3);
      const [after, local] = await Promise.all([worker.analyze(few, {}), createAnalysisHost().analyze(few, {})]);
      expect(after.report).toEqual(local.report);
    } finally {
      await worker.dispose();
    }
  }, 120_000);
});
