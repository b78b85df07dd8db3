// The service as the renderer uses it: open a project, read, save, see the analysis follow, decide conflicts.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
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

  it('renames a spelling variant in every other episode, endings kept, and the conflict goes away', async () => {
    const { dir, service } = await seedsProject();
    const spelling = (await service.getReport()).report.conflicts.filter((c) => c.kind === 'spelling').length;
    const { changed } = await service.renameEverywhere('Katrin', 'Kathrin', '001_1b2c41f025563be1');
    expect(changed.map((c) => c.id)).toEqual(['000_603e22922594d72c']);
    const text = readFileSync(join(dir, '000_603e22922594d72c.txt'), 'utf8');
    expect(text).toContain('Dr. Kathrin');
    expect(text).toContain('Kathrins Familie');
    expect(text).not.toMatch(/\bKatrin/);
    await service.settled();
    expect((await service.getReport()).report.conflicts.filter((c) => c.kind === 'spelling')).toHaveLength(spelling - 1);
  });

  it('imports dropped files as new episodes at the end and names the ones it cannot read', async () => {
    const { dir, service } = await seedsProject();
    const fountain = 'INT. STATION - NACHT\n\nKATHRIN\nWo ist Lukas?\n';
    const outcome = await service.importEpisodes([
      { name: 'folge-4.fountain', data: Buffer.from(fountain).toString('base64') },
      { name: 'kaputt.docx', data: Buffer.from('not a zip').toString('base64') },
    ]);
    expect(outcome.added).toHaveLength(1);
    expect(outcome.warnings.join(' ')).toContain('kaputt.docx');
    const project = await service.getProject();
    expect(project.episodes.at(-1)?.id).toBe(outcome.added[0].id);
    expect(readFileSync(join(dir, outcome.added[0].file), 'utf8')).toContain('Wo ist Lukas?');
  });

  it('imports in a capped child process: a file that needs more memory than the cap is refused with nothing written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'continuity-service-'));
    cpSync('../shared/seeds/000_603e22922594d72c.txt', join(dir, '000_603e22922594d72c.txt'));
    service = await createContinuityService(await openProject(dir), createAnalysisHost(), {
      importWorkerFile: new URL('../importers/importWorker.ts', import.meta.url),
      importMemoryMb: 24,
    });
    const before = readdirSync(dir, { recursive: true }).length;
    const huge = Buffer.from('Anna geht über den Flur und sieht Tom an. '.repeat(1_000_000)).toString('base64');
    const outcome = await service.importEpisodes([{ name: 'riesig.txt', data: huge }]);
    expect(outcome.added).toEqual([]);
    expect(outcome.warnings).toEqual([expect.stringMatching(/^riesig\.txt is too large to import: it needs more than 24 MB/)]);
    expect(readdirSync(dir, { recursive: true })).toHaveLength(before);
    expect((await service.getProject()).episodes).toHaveLength(1);
  }, 30_000);

  it('keeps the version not chosen after an outside change as a copy beside the episode, outside the series', async () => {
    const { dir, service } = await seedsProject();
    const id = '001_1b2c41f025563be1';
    const { file } = await service.keepCopy(id, 'Meine ungespeicherte Fassung\n', 'mine');
    expect(file).toMatch(/^001_1b2c41f025563be1\.mine-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d\.txt$/);
    expect(readFileSync(join(dir, file), 'utf8')).toBe('Meine ungespeicherte Fassung\n');
    expect((await service.getProject()).episodes).toHaveLength(3);
    await expect(service.keepCopy('nope', 'x', 'theirs')).rejects.toMatchObject({ code: 'not-found' });
  });

  it('exports the report in the chosen format and language with a file name to save it under', async () => {
    const { service } = await seedsProject();
    const md = await service.exportReport('md', { language: 'en' });
    expect(md).toMatchObject({ mimeType: 'text/markdown', encoding: 'utf8' });
    expect(md.fileName).toMatch(/-continuity-\d{4}-\d{2}-\d{2}\.md$/);
    expect(md.data).toContain('Kreutzer');
    const docx = await service.exportReport('docx', {});
    expect(docx.encoding).toBe('base64');
    expect(Buffer.from(docx.data, 'base64').subarray(0, 2).toString()).toBe('PK');
  });

  it('keeps annotations and re-anchors them after the text changed', async () => {
    const { service } = await seedsProject();
    const doc = await service.readEpisode('002_ac55f08e7a8e3d0b');
    const start = doc.text.indexOf('Vladi');
    await service.saveAnnotations(doc.id, [{
      id: 'a1', type: 'Annotation', created: '2026-11-23T10:00:00Z', motivation: 'tagging',
      body: [{ type: 'TextualBody', value: 'character: Vladi' }],
      target: { source: doc.file, selector: [
        { type: 'TextQuoteSelector', exact: 'Vladi', prefix: doc.text.slice(start - 10, start), suffix: doc.text.slice(start + 5, start + 15) },
        { type: 'TextPositionSelector', start, end: start + 5 },
      ] },
    }]);
    const saved = await service.saveEpisode(doc.id, 'Neuer Anfang. ' + doc.text, doc.hash);
    expect(saved.ok).toBe(true);
    const [annotation] = await service.getAnnotations(doc.id);
    expect(annotation.orphaned).toBeFalsy();
    expect(annotation.target.selector[1].start).toBe(start + 'Neuer Anfang. '.length);
  });

  it('follows an episode file renamed outside the app instead of losing it', async () => {
    const { dir, service } = await seedsProject();
    await service.getReport();
    const { renameSync } = await import('node:fs');
    renameSync(join(dir, '002_ac55f08e7a8e3d0b.txt'), join(dir, '002-renamed.txt'));
    await expect.poll(async () => (await service.getProject()).episodes.map((e) => e.file), { timeout: 8000 })
      .toContain('002-renamed.txt');
    const doc = await service.readEpisode('002_ac55f08e7a8e3d0b');
    expect(doc.text).toContain('Vladi');
  });

  it('does not show a saved analysis an episode changed since; the fresh one replaces it', async () => {
    const { dir, service: first } = await seedsProject();
    await first.getReport();
    await first.dispose();
    service = undefined;
    expect(existsSync(join(dir, '.history', 'analysis-cache.json'))).toBe(true);
    // Change an episode while the project is closed: the saved report no longer fits, so the analysis answers.
    const file = join(dir, '000_603e22922594d72c.txt');
    writeFileSync(file, readFileSync(file, 'utf8').replaceAll('Kreuzer', 'Kreutzer'));
    const analysis = createAnalysisHost();
    const slowAnalysis = { analyze: async (...a: Parameters<typeof analysis.analyze>) => { await new Promise((r) => setTimeout(r, 300)); return analysis.analyze(...a); }, dispose: analysis.dispose };
    service = await createContinuityService(await openProject(dir), slowAnalysis);
    const shown = await service.getReport();
    expect(shown.report.conflicts.some((c) => c.evidence.some((e) => e.quote.includes('Kreuzer')))).toBe(false);
    await service.settled();
    const fresh = await service.getReport();
    expect(fresh.version).toBe(shown.version);
    expect(fresh.report.conflicts.some((c) => c.evidence.some((e) => e.quote.includes('Kreuzer')))).toBe(false);
  });

  it('takes names the writer tagged into the analysis', async () => {
    const { service } = await seedsProject();
    const doc = await service.readEpisode('002_ac55f08e7a8e3d0b');
    const word = 'Famulant';
    const start = doc.text.indexOf(word);
    expect((await service.getReport()).report.entities.some((e) => e.name === word)).toBe(false);
    await service.saveAnnotations(doc.id, [{
      id: 'a1', type: 'Annotation', created: '2026-11-23T10:00:00Z', motivation: 'tagging',
      body: [{ type: 'TextualBody', value: 'character', purpose: 'tagging' }, { type: 'TextualBody', value: word, purpose: 'identifying' }],
      target: { source: doc.file, selector: [{ type: 'TextQuoteSelector', exact: word }, { type: 'TextPositionSelector', start, end: start + word.length }] },
    }]);
    await service.settled();
    expect((await service.getReport()).report.entities.find((e) => e.name === word)?.kind).toBe('character');
  });
});
