// The service as the renderer uses it: open a project, read, save, see the analysis follow, decide conflicts.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ServiceEvent } from '../../shared/contract';
import { createAnalysisHost } from '../analysis/analysisHost';
import { openProject } from '../store/projectStore';
import { createContinuityService, type ContinuityService } from './continuityService';

let service: ContinuityService | undefined;
afterEach(async () => { await service?.dispose(); service = undefined; });

async function seedsProject() {
  const dir = mkdtempSync(join(tmpdir(), 'continuity-service-'));
  for (const f of ['000_603e22922594d72c.txt', '001_1b2c41f025563be1.txt', '002_ac55f08e7a8e3d0b.txt']) {
    cpSync(join('../shared/seeds', f), join(dir, f));
  }
  service = await createContinuityService(await openProject(dir), createAnalysisHost());
  return { dir, service };
}

describe('createContinuityService', () => {
  it('lists the episodes in series order and reports the spelling conflicts with both passages', async () => {
    const { service } = await seedsProject();
    const project = await service.getProject();
    expect(project.episodes.map((e) => e.file)).toEqual(['000_603e22922594d72c.txt', '001_1b2c41f025563be1.txt', '002_ac55f08e7a8e3d0b.txt']);
    const { report, version } = await service.getReport();
    expect(version).toBeGreaterThan(0);
    const kreutzer = report.conflicts.find((c) => c.kind === 'spelling' && c.evidence.some((e) => e.quote.includes('Kreutzer')));
    expect(kreutzer?.evidence.map((e) => e.episode)).toEqual(expect.arrayContaining(['000_603e22922594d72c.txt', '001_1b2c41f025563be1.txt']));
    const view = await service.getEpisodeView('001_1b2c41f025563be1');
    expect(view.conflicts.map((c) => c.id)).toContain(kreutzer!.id);
    expect(view.mentions.some((m) => m.text.startsWith('Kathrin'))).toBe(true);
  });

  it('saves to disk, refuses a stale base, and re-analyses after a save', async () => {
    const { dir, service } = await seedsProject();
    const events: ServiceEvent[] = [];
    service.onEvent((e) => events.push(e));
    const doc = await service.readEpisode('000_603e22922594d72c');
    await service.getReport();
    const before = (await service.getReport()).version;
    const edited = doc.text.replaceAll('Kreuzer', 'Kreutzer');
    const saved = await service.saveEpisode(doc.id, edited, doc.hash);
    expect(saved.ok).toBe(true);
    expect(readFileSync(join(dir, doc.file), 'utf8')).toBe(edited);
    const stale = await service.saveEpisode(doc.id, 'lost?', doc.hash);
    expect(stale).toMatchObject({ ok: false, reason: 'changed-on-disk' });
    expect(readFileSync(join(dir, doc.file), 'utf8')).toBe(edited);
    await service.settled();
    const after = await service.getReport();
    expect(after.version).toBeGreaterThan(before);
    expect(events.some((e) => e.type === 'analysis')).toBe(true);
    expect(after.report.conflicts.some((c) => c.kind === 'spelling' && c.evidence.some((e) => e.quote.includes('Kreuzer')))).toBe(false);
  });

  it('keeps a decision in decisions.json and reports the conflict with its status and note', async () => {
    const { dir, service } = await seedsProject();
    const conflict = (await service.getReport()).report.conflicts.find((c) => c.kind === 'spelling')!;
    await service.setDecision(conflict.id, { status: 'intended', note: 'Two spellings on purpose' });
    const decided = (await service.getReport()).report.conflicts.find((c) => c.id === conflict.id)!;
    expect(decided).toMatchObject({ status: 'intended', note: 'Two spellings on purpose' });
    expect(JSON.parse(readFileSync(join(dir, 'decisions.json'), 'utf8')).decisions[0]).toMatchObject({ conflictId: conflict.id, status: 'intended' });
    await service.setDecision(conflict.id, null);
    expect((await service.getReport()).report.conflicts.find((c) => c.id === conflict.id)?.status).toBe('open');
  });

  it('names a missing episode with a readable error', async () => {
    const { service } = await seedsProject();
    await expect(service.readEpisode('nope')).rejects.toThrow('There is no episode "nope" in this project.');
  });

  it('picks up an outside edit of an episode and re-analyses', async () => {
    const { dir, service } = await seedsProject();
    const events: ServiceEvent[] = [];
    service.onEvent((e) => events.push(e));
    await service.getReport();
    const file = join(dir, '001_1b2c41f025563be1.txt');
    writeFileSync(file, readFileSync(file, 'utf8').replaceAll('Kathrin', 'Katrin'));
    await expect.poll(() => events.some((e) => e.type === 'episode-changed'), { timeout: 5000 }).toBe(true);
    await service.settled();
    const { report } = await service.getReport();
    expect(report.conflicts.some((c) => c.kind === 'spelling' && c.evidence.some((e) => e.quote.includes('Kathrin')))).toBe(false);
  });
});
