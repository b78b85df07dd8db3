// The recovery journal: unsaved text survives a reopen, is offered only when it differs from disk, and clears on save.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openProject } from './projectStore';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cd-journal-'));
  await writeFile(
    join(dir, 'continuity.json'),
    JSON.stringify({
      schemaVersion: 1, title: 'T', language: 'de', settings: {},
      episodes: [{ id: 'a', file: 'a.md', title: 'A' }, { id: 'b', file: 'b.md', title: 'B' }],
    }),
  );
  await writeFile(join(dir, 'a.md'), 'alt\n');
  await writeFile(join(dir, 'b.md'), 'bee\n');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

it('offers journalled text after a crash (store never closed) and saves it on replay', async () => {
  const crashed = await openProject(dir);
  await crashed.journalEdit('a', 'alt\nneu getippt\n');
  await crashed.journalEdit('b', 'bee\n'); // same as disk: nothing to recover
  // The process "died": its lock is left behind with our (live) pid, so drop it the way a dead pid's lock is taken over.
  await rm(join(dir, '.history/lock.json'));
  const store = await openProject(dir);
  const pending = await store.pendingRecoveries();
  expect(pending.map((p) => [p.id, p.text])).toEqual([['a', 'alt\nneu getippt\n']]);
  const res = await store.writeEpisode('a', pending[0].text, pending[0].diskHash!);
  expect(res.ok).toBe(true);
  expect(await store.pendingRecoveries()).toEqual([]);
  await store.close();
});

it('keeps the journal when the saved text is not the journalled one, until cleared', async () => {
  const store = await openProject(dir);
  const ep = await store.readEpisode('a');
  await store.journalEdit('a', 'later edit\n');
  await store.writeEpisode('a', 'earlier edit\n', ep.hash);
  expect((await store.pendingRecoveries()).map((p) => p.text)).toEqual(['later edit\n']);
  await store.clearJournal('a');
  expect(await store.pendingRecoveries()).toEqual([]);
  await store.close();
});

it('refuses journal writes for unknown episodes', async () => {
  const store = await openProject(dir);
  await expect(store.journalEdit('../x', 't')).rejects.toMatchObject({ code: 'not-found' });
  await store.close();
});
