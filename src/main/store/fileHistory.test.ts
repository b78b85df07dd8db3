// Previous versions of saved files: kept at least 20 deep, listed newest first, readable and restorable.
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openProject } from './projectStore';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cd-hist-'));
  await mkdir(join(dir, 'episodes'));
  await writeFile(
    join(dir, 'continuity.json'),
    JSON.stringify({ schemaVersion: 1, title: 'T', language: 'de', episodes: [{ id: 'e1', file: 'episodes/e1.md', title: 'E1' }], settings: {} }),
  );
  await writeFile(join(dir, 'episodes/e1.md'), 'v0\r\n');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

it('keeps every replaced version, newest first, and prunes beyond the depth', async () => {
  const store = await openProject(dir, { history: { minIntervalMs: 0 } });
  let { hash } = await store.readEpisode('e1');
  for (let i = 1; i <= 55; i++) {
    const res = await store.writeEpisode('e1', `v${i}\n`, hash);
    if (!res.ok) throw new Error(res.message);
    hash = res.hash;
  }
  const list = await store.listHistory('episodes/e1.md');
  expect(list.length).toBe(50);
  expect((await store.readHistory('episodes/e1.md', list[0].version)).text).toBe('v54\n');
  expect((await store.readHistory('episodes/e1.md', list[49].version)).text).toBe('v5\n');
  expect(list[0].savedAt >= list[1].savedAt).toBe(true);
  await store.close();
});

it('restores a previous version byte for byte and keeps the current one', async () => {
  const store = await openProject(dir);
  const ep = await store.readEpisode('e1');
  const saved = await store.writeEpisode('e1', 'kaputt\n', ep.hash);
  expect(saved.ok).toBe(true);
  const [old] = await store.listHistory('episodes/e1.md');
  const res = await store.restoreHistory('episodes/e1.md', old.version);
  expect(res.ok).toBe(true);
  expect(await readFile(join(dir, 'episodes/e1.md'), 'utf8')).toBe('v0\r\n');
  const after = await store.listHistory('episodes/e1.md');
  expect((await store.readHistory('episodes/e1.md', after[0].version)).text).toBe('kaputt\n');
  expect((await store.readEpisode('e1')).hash).toBe(res.ok ? res.hash : '');
  await store.close();
});

it('keeps history of bible and decisions and repairs a corrupt bible by restoring', async () => {
  const store = await openProject(dir, { history: { minIntervalMs: 0 } });
  const bible = { entities: [], facts: [], notNames: ['Station'], distinct: [] };
  await store.writeBible(bible);
  await store.writeBible({ ...bible, notNames: ['Flur'] });
  expect((await store.listHistory('bible.json')).length).toBe(1);
  await store.close();
  await writeFile(join(dir, 'bible.json'), '{ broken');
  const s2 = await openProject(dir);
  expect(s2.problems().map((p) => p.file)).toEqual(['bible.json']);
  const [good] = await s2.listHistory('bible.json');
  expect((await s2.restoreHistory('bible.json', good.version)).ok).toBe(true);
  expect(s2.problems()).toEqual([]);
  expect((await s2.readBible()).notNames).toEqual(['Station']);
  await s2.close();
});

it('never writes history for an unknown version and reports it', async () => {
  const store = await openProject(dir);
  await expect(store.readHistory('episodes/e1.md', '../../etc/passwd')).rejects.toMatchObject({ code: 'not-found' });
  const res = await store.restoreHistory('episodes/e1.md', '0000000000000-0001-0000000000000000');
  expect(res).toMatchObject({ ok: false, reason: 'io' });
  expect(await readFile(join(dir, 'episodes/e1.md'), 'utf8')).toBe('v0\r\n');
  await store.close();
});

it('keeps one version per minute while autosaving, but always the one a restore replaces', async () => {
  const store = await openProject(dir);
  let { hash } = await store.readEpisode('e1');
  for (const text of ['a\n', 'b\n', 'c\n']) {
    const res = await store.writeEpisode('e1', text, hash);
    if (!res.ok) throw new Error(res.message);
    hash = res.hash;
  }
  const list = await store.listHistory('episodes/e1.md');
  expect(list).toHaveLength(1);
  expect((await store.readHistory('episodes/e1.md', list[0].version)).text).toBe('v0\n');
  expect((await store.restoreHistory('episodes/e1.md', list[0].version)).ok).toBe(true);
  const after = await store.listHistory('episodes/e1.md');
  expect(after).toHaveLength(2);
  expect((await store.readHistory('episodes/e1.md', after[0].version)).text).toBe('c\n');
  await store.close();
});

it('drops old versions beyond 20 when a file history grows past its size cap', async () => {
  const store = await openProject(dir, { history: { minIntervalMs: 0, maxBytesPerFile: 1000 } });
  let { hash } = await store.readEpisode('e1');
  for (let i = 0; i < 30; i++) {
    const res = await store.writeEpisode('e1', `${'x'.repeat(100)}${i}\n`, hash);
    if (!res.ok) throw new Error(res.message);
    hash = res.hash;
  }
  expect((await store.listHistory('episodes/e1.md')).length).toBe(20);
  await store.close();
});

it('always keeps a version another program wrote, even within the minute, and still thins out its own autosaves', async () => {
  const store = await openProject(dir, { watch: false });
  const texts = async () => Promise.all((await store.listHistory('episodes/e1.md')).map(async (h) => (await store.readHistory('episodes/e1.md', h.version)).text));
  let { hash } = await store.readEpisode('e1');
  for (const text of ['a\n', 'b\n']) {
    const res = await store.writeEpisode('e1', text, hash);
    if (!res.ok) throw new Error(res.message);
    hash = res.hash;
  }
  expect(await texts()).toEqual(['v0\n']);
  // An outside editor replaces the file; the writer reloads it and saves over it ("keep my text") seconds later.
  await writeFile(join(dir, 'episodes/e1.md'), 'from the other editor\n');
  hash = (await store.readEpisode('e1')).hash;
  for (const text of ['c\n', 'd\n']) {
    const res = await store.writeEpisode('e1', text, hash);
    if (!res.ok) throw new Error(res.message);
    hash = res.hash;
  }
  expect(await texts()).toEqual(['from the other editor\n', 'v0\n']);
  await store.close();
});

it('keeps an outside version of bible.json that a save replaces within the minute', async () => {
  const store = await openProject(dir, { watch: false });
  const bible = { entities: [], facts: [], notNames: ['Station'], distinct: [] };
  await store.writeBible(bible);
  await store.writeBible({ ...bible, notNames: ['Flur'] });
  expect(await store.listHistory('bible.json')).toHaveLength(1);
  const outside = `${JSON.stringify({ ...bible, notNames: ['Keller'] })}\n`;
  await writeFile(join(dir, 'bible.json'), outside);
  await store.writeBible({ ...bible, notNames: ['Dach'] });
  const [newest] = await store.listHistory('bible.json');
  expect((await store.readHistory('bible.json', newest.version)).text).toBe(outside);
  await store.close();
});
