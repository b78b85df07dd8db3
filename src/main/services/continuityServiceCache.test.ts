// Opening a project from its saved analysis: the first episode's view comes from the cache before any analysis ends.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { EpisodeView } from '../../shared/contract';
import { analysisCacheFile } from '../analysis/analysisCache';
import { createAnalysisHost, type AnalysisHost } from '../analysis/analysisHost';
import { openProject } from '../store/projectStore';
import { createContinuityService, type ContinuityService } from './continuityService';

const files = ['000_603e22922594d72c.txt', '001_1b2c41f025563be1.txt', '002_ac55f08e7a8e3d0b.txt'];
const [first, second] = files.map((f) => f.replace(/\.txt$/, ''));

let service: ContinuityService | undefined;
const releases: (() => void)[] = [];
afterEach(async () => {
  for (const release of releases.splice(0)) release();
  await service?.dispose();
  service = undefined;
});

/** An analysis host whose runs wait until released: while closed, no analysis of this session can arrive. */
function heldAnalysis(): { host: AnalysisHost; release: () => void; runs: () => number } {
  const real = createAnalysisHost();
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  releases.push(release);
  let runs = 0;
  return {
    host: {
      async analyze(...args) {
        runs++;
        await gate;
        return real.analyze(...args);
      },
      dispose: () => real.dispose(),
    },
    release,
    runs: () => runs,
  };
}

/** The seeds analysed once and closed, so the project holds a saved analysis; what that session showed. */
async function savedProject() {
  const dir = mkdtempSync(join(tmpdir(), 'continuity-cache-open-'));
  for (const f of files) cpSync(join('../shared/seeds', f), join(dir, f));
  const before = await createContinuityService(await openProject(dir), createAnalysisHost());
  const report = (await before.getReport()).report;
  const views = new Map<string, EpisodeView>();
  for (const id of [first, second]) views.set(id, await before.getEpisodeView(id));
  await before.dispose();
  return { dir, report, views };
}

const quotes = (view: EpisodeView, word: string) => view.conflicts.some((c) => c.evidence.some((e) => e.quote.includes(word)));

describe('opening from the saved analysis', () => {
  it("answers the first episode's view from the cache while the analysis has not finished, then the analysis replaces it", async () => {
    const { dir, views } = await savedProject();
    const held = heldAnalysis();
    service = await createContinuityService(await openProject(dir), held.host);
    const events: string[] = [];
    service.onEvent((e) => events.push(e.type));

    const view = await service.getEpisodeView(second);
    expect(events).not.toContain('analysis');
    expect(view.mentions).toEqual(views.get(second)!.mentions);
    expect(view.conflicts).toEqual(views.get(second)!.conflicts);
    expect(quotes(view, 'Kreuzer')).toBe(true);

    held.release();
    await service.settled();
    const fresh = await service.getEpisodeView(second);
    expect(fresh.version).toBeGreaterThan(view.version);
    expect(fresh.conflicts.map((c) => c.id)).toEqual(view.conflicts.map((c) => c.id));
  });

  it("reads only the episode's own sections: damaged facts do not keep its view from opening", async () => {
    const { dir, views } = await savedProject();
    const cache = analysisCacheFile(dir);
    const bytes = readFileSync(cache);
    const body = bytes.indexOf(10) + 1;
    const [start, length] = (JSON.parse(bytes.subarray(0, body).toString('utf8')) as { sections: { facts: [number, number] } }).sections.facts;
    bytes.fill(' ', body + start, body + start + length);
    writeFileSync(cache, bytes);
    const held = heldAnalysis();
    service = await createContinuityService(await openProject(dir), held.host);
    const view = await service.getEpisodeView(second);
    expect(view.conflicts).toEqual(views.get(second)!.conflicts);
    held.release();
  });

  it('gives the full report from the whole saved analysis before the analysis ends', async () => {
    const { dir, report } = await savedProject();
    const held = heldAnalysis();
    service = await createContinuityService(await openProject(dir), held.host);
    const fromCache = await service.getReport();
    expect(fromCache.report).toEqual(report);
    held.release();
    await service.settled();
    expect((await service.getReport()).version).toBeGreaterThan(fromCache.version);
  });

  it('gives a changed episode no cached view, and drops cached conflicts that quote it from the others', async () => {
    const { dir, views } = await savedProject();
    expect(quotes(views.get(second)!, 'Kreuzer')).toBe(true);
    const file = join(dir, files[0]);
    writeFileSync(file, readFileSync(file, 'utf8').replaceAll('Kreuzer', 'Kreutzer'));
    const held = heldAnalysis();
    service = await createContinuityService(await openProject(dir), held.host);

    const unchanged = await service.getEpisodeView(second);
    expect(unchanged.mentions).toEqual(views.get(second)!.mentions);
    expect(unchanged.conflicts.some((c) => c.evidence.some((e) => e.episode === files[0]))).toBe(false);

    const changed = service.getEpisodeView(first);
    const report = service.getReport();
    held.release();
    const [changedView, { version, report: fresh }] = await Promise.all([changed, report]);
    expect(changedView.version).toBe(version);
    expect(changedView.version).toBeGreaterThan(unchanged.version);
    expect(quotes(changedView, 'Kreuzer')).toBe(false);
    expect(fresh.conflicts.some((c) => c.evidence.some((e) => e.quote.includes('Kreuzer')))).toBe(false);
  });

  it('waits for the analysis when the saved analysis is damaged', async () => {
    const { dir } = await savedProject();
    const cache = analysisCacheFile(dir);
    const bytes = readFileSync(cache);
    const body = bytes.indexOf(10) + 1;
    writeFileSync(cache, Buffer.concat([bytes.subarray(0, body), Buffer.alloc(bytes.length - body, ' ')]));
    const held = heldAnalysis();
    service = await createContinuityService(await openProject(dir), held.host);
    const view = service.getEpisodeView(second);
    const report = service.getReport();
    held.release();
    const [v, r] = await Promise.all([view, report]);
    expect(held.runs()).toBeGreaterThan(0);
    expect(v.version).toBe(r.version);
    expect(quotes(v, 'Kreuzer')).toBe(true);
  });

  it('stops answering from the cache once the writer changed an episode', async () => {
    const { dir } = await savedProject();
    const held = heldAnalysis();
    service = await createContinuityService(await openProject(dir), held.host);
    const cached = await service.getEpisodeView(second);
    const doc = await service.readEpisode(second);
    const saved = await service.saveEpisode(second, doc.text.replaceAll('Kreutzer', 'Kreuzer'), doc.hash);
    expect(saved.ok).toBe(true);
    const after = service.getEpisodeView(second);
    held.release();
    expect((await after).version).toBeGreaterThan(cached.version);
    await service.settled();
    expect(quotes(await service.getEpisodeView(second), 'Kreutzer')).toBe(false);
  });
});
