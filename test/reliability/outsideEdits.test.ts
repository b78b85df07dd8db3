// Outside edits while a project is open (clean and dirty × modify, same-size, delete, rename, replace, line endings): no silent overwrite, no lost keystroke.
import { readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openProject, type OutsideChange } from '../../src/main/store/projectStore';
import { createContinuityService } from '../../src/main/services/continuityService';
import { createAnalysisHost } from '../../src/main/analysis/analysisHost';
import type { ServiceEvent } from '../../src/shared/contract';
import { suiteTally } from './harness/suiteTally';
import { sha256Hex, tempFolder, writeProject } from './harness/tempProject';

const tally = suiteTally('outside-edits', 'edits made outside the app while the project is open (clean and dirty)');
afterAll(() => tally.write());

const original = '# Pilot\n\nAnna Berger arrives in Hamburg.\nTom Kessler is her partner.\n';
const typed = `${original}The writer typed this line and has not saved yet.\n`;

type Change = 'modify' | 'same-size-modify' | 'delete' | 'rename' | 'replace' | 'line-endings-only';
const changes: Change[] = ['modify', 'same-size-modify', 'delete', 'rename', 'replace', 'line-endings-only'];

/** Applies the outside change to episodes/e1.md; returns the bytes now at that path (undefined when gone). */
function applyChange(dir: string, change: Change): Buffer | undefined {
  const file = join(dir, 'episodes/e1.md');
  const before = statSync(file);
  switch (change) {
    case 'modify':
      writeFileSync(file, `${original}An outside editor added this.\n`);
      break;
    case 'same-size-modify': {
      writeFileSync(file, original.replace('Anna', 'Anne'));
      utimesSync(file, before.atime, before.mtime);
      break;
    }
    case 'delete':
      rmSync(file);
      return undefined;
    case 'rename':
      renameSync(file, join(dir, 'episodes/e1-renamed.md'));
      return undefined;
    case 'replace':
      // What many editors and sync clients do: write a new file and rename it over the old one.
      writeFileSync(join(dir, 'episodes/.e1.md.sync'), `${original.replace('Hamburg', 'Bremen')}`);
      renameSync(join(dir, 'episodes/.e1.md.sync'), file);
      break;
    case 'line-endings-only':
      writeFileSync(file, original.replace(/\n/g, '\r\n'));
      break;
  }
  return readFileSync(file);
}

const waitFor = async (cond: () => boolean, ms = 4000) => {
  const end = Date.now() + ms;
  while (!cond() && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
  return cond();
};

describe('outside-edits: store with its watcher', () => {
  for (const dirty of [false, true]) {
    for (const change of changes) {
      it(`${dirty ? 'dirty' : 'clean'} editor, outside ${change}`, async () => {
        const { dir, cleanup } = tempFolder('cd-outside-');
        const problems: string[] = [];
        try {
          writeProject(dir, [
            { id: 'e1', file: 'episodes/e1.md', title: 'Pilot', content: original },
            { id: 'e2', file: 'episodes/e2.md', title: 'Two', content: 'Second episode.\n' },
          ]);
          const store = await openProject(dir, { watch: { debounceMs: 30, pollMs: 0 } });
          const seen: OutsideChange[] = [];
          store.onOutsideChange((c) => seen.push(c));
          const doc = await store.readEpisode('e1');
          const editorText = dirty ? typed : doc.text;
          if (dirty) await store.journalEdit('e1', typed);
          const outside = applyChange(dir, change);

          const expectedKind = outside ? 'modified' : 'deleted';
          if (!(await waitFor(() => seen.some((c) => c.file === 'episodes/e1.md' && c.kind === expectedKind)))) {
            problems.push(`no "${expectedKind}" event (got ${JSON.stringify(seen)})`);
          }
          // The editor's save still carries the old base hash: it must be refused.
          const save = await store.writeEpisode('e1', editorText, doc.hash);
          if (save.ok || save.reason !== 'changed-on-disk') problems.push(`stale save not refused: ${JSON.stringify(save)}`);
          const path = join(dir, 'episodes/e1.md');
          const now = existsSync(path) ? readFileSync(path) : undefined;
          if (outside ? !now?.equals(outside) : now !== undefined) problems.push('the outside version was overwritten or recreated');
          if (change === 'rename' && !existsSync(join(dir, 'episodes/e1-renamed.md'))) problems.push('the renamed file vanished');

          // No lost keystroke: the typing is still offered, also after a restart.
          if (dirty) {
            await store.close();
            const again = await openProject(dir, { watch: false });
            const rec = await again.pendingRecoveries();
            const r = rec.find((x) => x.id === 'e1');
            if (r?.text !== typed) problems.push('the unsaved typing is not offered after the outside change');
            // Keeping the writer's text after seeing the conflict: saved over the outside version, which stays in history.
            if (r && outside) {
              const kept = await again.writeEpisode('e1', typed, r.diskHash ?? '');
              if (!kept.ok) problems.push(`saving the recovered text failed: ${kept.message}`);
              const hist = await again.listHistory('episodes/e1.md');
              if (!hist.some((h) => sha256Hex(outside).startsWith(h.hash))) problems.push('the outside version is not in history after it was replaced');
              const written = readFileSync(path);
              if (change === 'line-endings-only' && !written.includes('\r\n')) problems.push('the outside CRLF line endings were not kept');
            }
            await again.close();
          } else {
            // A clean editor reloads: the new text and hash come from disk, a later save with them works.
            if (outside) {
              const fresh = await store.readEpisode('e1');
              const next = await store.writeEpisode('e1', `${fresh.text}More.\n`, fresh.hash);
              if (!next.ok) problems.push(`save after reload failed: ${next.message}`);
            } else if (store.episodes().length < 1) problems.push('the other episodes disappeared');
            await store.close();
          }
        } finally {
          cleanup();
        }
        tally.run(problems.length === 0, problems.length ? `${dirty ? 'dirty' : 'clean'} ${change}: ${problems.join('; ')}` : undefined);
        expect(problems).toEqual([]);
      });
    }
  }
});

describe('outside-edits: through the service', () => {
  it('an outside modification reaches the renderer as episode-changed with the new hash, and the stale save is refused', async () => {
    const { dir, cleanup } = tempFolder('cd-outside-svc-');
    const problems: string[] = [];
    try {
      writeProject(dir, [{ id: 'e1', file: 'episodes/e1.md', title: 'Pilot', content: original }]);
      const store = await openProject(dir, { watch: { debounceMs: 30, pollMs: 0 } });
      const service = await createContinuityService(store, createAnalysisHost());
      const events: ServiceEvent[] = [];
      service.onEvent((e) => events.push(e));
      const doc = await service.readEpisode('e1');
      const outside = applyChange(dir, 'same-size-modify')!;
      const got = await waitFor(() => events.some((e) => e.type === 'episode-changed' && e.id === 'e1' && e.hash === sha256Hex(outside)));
      if (!got) problems.push(`no episode-changed event: ${JSON.stringify(events)}`);
      const save = await service.saveEpisode('e1', typed, doc.hash);
      if (save.ok) problems.push('stale save through the service was accepted');
      if (!readFileSync(join(dir, 'episodes/e1.md')).equals(outside)) problems.push('outside version overwritten');
      await service.dispose();
    } finally {
      cleanup();
    }
    tally.run(problems.length === 0, problems.join('; ') || undefined);
    expect(problems).toEqual([]);
  });
});
