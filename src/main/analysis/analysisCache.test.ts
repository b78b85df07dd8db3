import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { analyzeSeries } from '../../engine';
import type { Episode } from '../../engine/types';
import { analysisCacheFile, episodeTextHash, loadAnalysisCache, openAnalysisCache, saveAnalysisCache } from './analysisCache';

const episodes: Episode[] = [
  { id: 'e1', file: '01 Pilot.md', title: 'Pilot', index: 0, text: 'Dr. Katrin Vogel arbeitet in der Klinik. Ihr Vater ist Bernd Vogel. Bernd stirbt.' },
  { id: 'e2', file: '02 „Zwei“.md', title: 'Zwei', index: 1, text: 'Am Morgen lacht Bernd Vogel in der Kantine. Kathrin Vogel kommt später.' },
  { id: 'e3', file: '03.md', title: 'Drei', index: 2, text: 'Jonas fährt nach Leipzig.' },
];

const dirs: string[] = [];
const project = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'analysis-cache-'));
  mkdirSync(join(dir, '.history'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('analysis cache', () => {
  it('gives back the saved analysis as it was', async () => {
    const root = project();
    const analysis = analyzeSeries(episodes);
    expect(analysis.report.conflicts.length).toBeGreaterThan(0);
    await saveAnalysisCache(root, episodes, analysis);
    expect(await loadAnalysisCache(root, episodes)).toEqual(analysis);
  });

  it("opens one episode's mentions and conflicts without the rest", async () => {
    const root = project();
    const analysis = analyzeSeries(episodes);
    await saveAnalysisCache(root, episodes, analysis);
    const opened = (await openAnalysisCache(root, episodes))!;
    const file = episodes[1].file;
    const view = await opened.episodeView(file);
    expect(view.mentions).toEqual(analysis.mentions[file]);
    expect(view.conflicts).toEqual(analysis.report.conflicts.filter((c) => c.evidence.some((e) => e.episode === file)));
    expect(view.conflicts.length).toBeGreaterThan(0);
    expect(await opened.episodeView('not-there.md')).toEqual({ mentions: [], conflicts: [] });
  });

  it('remembers the hash of each analysed text, so an opening can tell a changed episode', async () => {
    const root = project();
    const analysis = analyzeSeries(episodes);
    await saveAnalysisCache(root, episodes, analysis);
    expect((await openAnalysisCache(root, episodes))!.textHash(episodes[0].file)).toBeUndefined();
    await saveAnalysisCache(root, episodes, analysis, Object.fromEntries(episodes.map((e) => [e.file, episodeTextHash(e.text)])));
    const opened = (await openAnalysisCache(root, episodes))!;
    expect(opened.textHash(episodes[1].file)).toBe(episodeTextHash(episodes[1].text));
    expect(opened.textHash(episodes[1].file)).not.toBe(episodeTextHash(episodes[1].text + ' '));
    expect(await opened.analysis()).toEqual(analysis);
  });

  it('is not used for other episodes, and a damaged or missing cache is no cache', async () => {
    const root = project();
    expect(await loadAnalysisCache(root, episodes)).toBeUndefined();
    await saveAnalysisCache(root, episodes, analyzeSeries(episodes));
    expect(await openAnalysisCache(root, episodes.slice(0, 2))).toBeUndefined();
    expect(await openAnalysisCache(root, [episodes[1], episodes[0], episodes[2]])).toBeUndefined();
    const file = analysisCacheFile(root);
    const bytes = readFileSync(file);
    writeFileSync(file, bytes.subarray(0, bytes.length - 40));
    expect(await loadAnalysisCache(root, episodes)).toBeUndefined();
    writeFileSync(file, '{"format":1,"episodes":[],"analysis":{}}');
    expect(await loadAnalysisCache(root, episodes)).toBeUndefined();
    writeFileSync(file, 'not json\n{}');
    expect(await openAnalysisCache(root, episodes)).toBeUndefined();
  });
});
