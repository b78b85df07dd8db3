// The built analysis worker: the series is analysed off the calling thread, and later requests carry only changes.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAnalysisHost } from '../../src/main/analysis/analysisHost';
import type { Episode } from '../../src/engine/types';

const workerFile = resolve('out/cli/analysisWorker.js');
const seedFiles = ['000_603e22922594d72c.txt', '001_1b2c41f025563be1.txt', '002_ac55f08e7a8e3d0b.txt'];
const seeds = (): Episode[] => seedFiles.map((file, index) => ({
  id: file.replace(/\.txt$/, ''), file, title: file, index, text: readFileSync(resolve('../shared/seeds', file), 'utf8'),
}));

describe.skipIf(!existsSync(workerFile))('analysis worker (built)', () => {
  it('gives the same report as the in-process engine, and follows an edit', async () => {
    const worker = createAnalysisHost({ workerFile });
    const local = createAnalysisHost();
    try {
      const episodes = seeds();
      const [a, b] = await Promise.all([worker.analyze(episodes, {}), local.analyze(episodes, {})]);
      expect(a.report).toEqual(b.report);
      expect(a.report.conflicts.some((c) => c.kind === 'spelling')).toBe(true);

      const edited = episodes.map((e) => (e.index === 0 ? { ...e, text: e.text.replaceAll('Kreuzer', 'Kreutzer') } : e));
      const after = await worker.analyze(edited, {});
      const kreuzer = (r: typeof after) => r.report.conflicts.some((c) => c.evidence.some((e) => e.quote.includes('Kreuzer')));
      expect(kreuzer(a)).toBe(true);
      expect(kreuzer(after)).toBe(false);
    } finally {
      await worker.dispose();
      await local.dispose();
    }
  });
});
