// The service's "take as canon" (bible.json, undo) and cancellable long tasks (analysis, import, export).
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ServiceEvent } from '../../shared/contract';
import type { AnalysisHost } from '../analysis/analysisHost';
import { AnalysisCancelledError, createAnalysisHost } from '../analysis/analysisHost';
import { openProject } from '../store/projectStore';
import { analyzeSeries } from '../../engine/analyzeSeries';
import { createContinuityService, type ContinuityService } from './continuityService';

let service: ContinuityService | undefined;
afterEach(async () => { await service?.dispose(); service = undefined; });

async function eyesProject(host: AnalysisHost = createAnalysisHost()) {
  const dir = mkdtempSync(join(tmpdir(), 'continuity-canon-'));
  writeFileSync(join(dir, '01.md'), 'Lukas Weber kommt ins Krankenhaus. Lukas hat blaue Augen.\n');
  writeFileSync(join(dir, '02.md'), 'Lukas Weber trifft Bernd Hahn. Lukas hat grüne Augen.\n');
  service = await createContinuityService(await openProject(dir), host, { taskOptions: { showAfterMs: 0, intervalMs: 0 } });
  return { dir, service };
}

describe('take as canon', () => {
  it('writes the chosen side into bible.json, reports the other side against canon, and undoes in one step', async () => {
    const { dir, service } = await eyesProject();
    const pair = (await service.getReport()).report.conflicts.find((c) => c.kind === 'attribute')!;
    const fixes = pair.fixes!.filter((f) => f.kind === 'canon');
    expect(fixes).toHaveLength(2);
    const { report } = await service.getReport();
    const green = fixes.find((f) => f.kind === 'canon' && report.facts.find((x) => x.id === f.factId)?.object === 'green')!;
    const change = await service.takeAsCanon(green.kind === 'canon' ? green.factId : '');
    expect(change).toEqual({ added: { subject: 'Lukas Weber', predicate: 'attribute:eyes', object: 'green', episode: '02.md' }, replaced: [] });
    expect(JSON.parse(readFileSync(join(dir, 'bible.json'), 'utf8')).facts).toEqual([change.added]);
    const after = (await service.getReport()).report.conflicts.filter((c) => c.kind === 'attribute');
    expect(after.map((c) => c.evidence.map((e) => e.episode))).toEqual([['01.md']]);
    expect(after[0].id).not.toBe(pair.id);
    await service.removeCanonFact(change.added, change.replaced);
    expect(JSON.parse(readFileSync(join(dir, 'bible.json'), 'utf8')).facts).toEqual([]);
    expect((await service.getReport()).report.conflicts.find((c) => c.kind === 'attribute')?.id).toBe(pair.id);
  });

  it('refuses an unknown fact without touching the bible', async () => {
    const { dir, service } = await eyesProject();
    await service.getReport();
    await expect(service.takeAsCanon('no-such-fact')).rejects.toMatchObject({ code: 'not-found' });
    expect(readdirSync(dir)).not.toContain('bible.json');
  });
});

describe('cancellable long tasks', () => {
  it('an import cancelled while it runs writes no episode', async () => {
    const { dir, service } = await eyesProject();
    await service.settled();
    const events: ServiceEvent[] = [];
    service.onEvent((e) => {
      events.push(e);
      if (e.type === 'progress' && e.task === 'import' && e.id && e.state === 'running') void service.cancelTask(e.id);
    });
    const file = (name: string, text: string) => ({ name, data: Buffer.from(text).toString('base64') });
    await expect(service.importEpisodes([file('03.md', 'Lukas lacht.'), file('04.md', 'Anna kommt.')])).rejects.toMatchObject({ code: 'cancelled' });
    expect((await service.getProject()).episodes).toHaveLength(2);
    expect(readdirSync(dir).filter((f) => f.endsWith('.md'))).toEqual(['01.md', '02.md']);
    expect(events.some((e) => e.type === 'progress' && e.task === 'import' && e.state === 'cancelled')).toBe(true);
  });

  it('an export cancelled while it runs gives nothing to save', async () => {
    const { service } = await eyesProject();
    await service.settled();
    service.onEvent((e) => {
      if (e.type === 'progress' && e.task === 'export' && e.id && e.state === 'running') void service.cancelTask(e.id);
    });
    await expect(service.exportReport('md', {})).rejects.toMatchObject({ code: 'cancelled' });
  });

  it('a cancelled analysis keeps the previous results, and the next one runs', async () => {
    const real = createAnalysisHost();
    let hold = false;
    // A host whose runs can be held open, reporting progress until cancelled (like a long run in the worker).
    const host: AnalysisHost = {
      async analyze(episodes, options, control) {
        if (!hold) return real.analyze(episodes, options, control);
        return new Promise((_, reject) => {
          const tick = setInterval(() => control?.onProgress?.(1, 10), 5);
          control?.signal?.addEventListener('abort', () => { clearInterval(tick); reject(new AnalysisCancelledError()); });
        });
      },
      dispose: () => real.dispose(),
    };
    const { service } = await eyesProject(host);
    const before = await service.getReport();
    hold = true;
    const events: ServiceEvent[] = [];
    let cancelled: () => void = () => undefined;
    const gotCancelled = new Promise<void>((r) => (cancelled = r));
    service.onEvent((e) => {
      events.push(e);
      if (hold && e.type === 'progress' && e.task === 'analysis' && e.state === 'running' && e.id) void service.cancelTask(e.id);
      if (e.type === 'progress' && e.task === 'analysis' && e.state === 'cancelled') cancelled();
    });
    const doc = await service.readEpisode('02');
    await service.saveEpisode('02', doc.text.replace('grüne', 'blaue'), doc.hash);
    await gotCancelled;
    const kept = await service.getReport();
    expect(kept.version).toBe(before.version);
    expect(kept.report.conflicts.map((c) => c.id)).toEqual(before.report.conflicts.map((c) => c.id));
    hold = false;
    await service.setDecision('none', null);
    const next = await service.getReport();
    expect(next.version).toBeGreaterThan(before.version);
    expect(next.report.conflicts.some((c) => c.kind === 'attribute')).toBe(false);
  });
});

describe('analysis host', () => {
  it('stops an in-process run when its signal is aborted during progress, and runs the next request', async () => {
    const host = createAnalysisHost();
    const episodes = [{ id: 'a', file: 'a.md', title: 'A', index: 0, text: 'Anna Berg lacht. Anna Berg geht.' }, { id: 'b', file: 'b.md', title: 'B', index: 1, text: 'Tom Kahn kommt.' }];
    const controller = new AbortController();
    const seen: number[] = [];
    await expect(host.analyze(episodes, {}, { signal: controller.signal, onProgress: (done) => { seen.push(done); controller.abort(); } })).rejects.toBeInstanceOf(AnalysisCancelledError);
    expect(seen).toHaveLength(1);
    const result = await host.analyze(episodes, {});
    // The interrupted run left the engine's caches consistent: the next run equals a fresh analysis.
    expect(result).toEqual(analyzeSeries(episodes));
    await host.dispose();
  });
});
