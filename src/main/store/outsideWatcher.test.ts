// Outside edits are reported by content hash (same size, same mtime too), our own saves never, a mass deletion once and not propagated.
import { mkdtemp, mkdir, rm, utimes, stat, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openProject, type OutsideChange, type ProjectStore } from './projectStore';

let dir: string;
let store: ProjectStore | undefined;
const names = ['e1', 'e2', 'e3', 'e4', 'e5'];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cd-watch-'));
  await mkdir(join(dir, 'episodes'));
  await writeFile(
    join(dir, 'continuity.json'),
    JSON.stringify({
      schemaVersion: 1, title: 'T', language: 'de', settings: {},
      episodes: names.map((n) => ({ id: n, file: `episodes/${n}.md`, title: n })),
    }),
  );
  for (const n of names) await writeFile(join(dir, `episodes/${n}.md`), `Text ${n}\n`);
});
afterEach(async () => {
  await store?.close();
  store = undefined;
  await rm(dir, { recursive: true, force: true });
});

async function openWatched() {
  store = await openProject(dir, { watch: { debounceMs: 30, pollMs: 0 } });
  const changes: OutsideChange[] = [];
  store.onOutsideChange((c) => changes.push(c));
  return { store, changes };
}

const waitFor = async (cond: () => boolean, ms = 3000) => {
  const end = Date.now() + ms;
  while (!cond() && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
};

it('reports a same-size edit with the old mtime through the file watcher', async () => {
  const { changes } = await openWatched();
  const file = join(dir, 'episodes/e2.md');
  const before = await stat(file);
  await writeFile(file, 'Text X2\n'); // same length
  await utimes(file, before.atime, before.mtime);
  await waitFor(() => changes.length > 0);
  expect(changes).toEqual([{ file: 'episodes/e2.md', kind: 'modified' }]);
});

it('does not report our own saves', async () => {
  const { store: s, changes } = await openWatched();
  const ep = await s.readEpisode('e1');
  expect((await s.writeEpisode('e1', 'Neu\n', ep.hash)).ok).toBe(true);
  await s.writeBible({ entities: [], facts: [], notNames: ['Flur'], distinct: [] });
  await new Promise((r) => setTimeout(r, 300));
  await s.checkOutsideChanges();
  expect(changes).toEqual([]);
});

it('reports a deletion and a new episode file', async () => {
  const { store: s, changes } = await openWatched();
  await unlink(join(dir, 'episodes/e3.md'));
  await writeFile(join(dir, 'episodes/e6.md'), 'neu');
  await s.checkOutsideChanges();
  expect(changes).toEqual(
    expect.arrayContaining([
      { file: 'episodes/e3.md', kind: 'deleted' },
      { file: 'episodes/e6.md', kind: 'added' },
    ]),
  );
  expect(changes).toHaveLength(2);
});

it('reports a mass deletion once and propagates no single deletion', async () => {
  const { store: s, changes } = await openWatched();
  await rm(join(dir, 'episodes'), { recursive: true });
  await s.checkOutsideChanges();
  await s.checkOutsideChanges();
  await waitFor(() => false, 200);
  expect(changes).toEqual([{ file: '.', kind: 'mass-deletion' }]);
  expect(s.episodes()).toHaveLength(5);
  expect(s.problems().some((p) => /disappeared at once/.test(p.reason))).toBe(true);
});

it('drops the mass-deletion note when the folder comes back, and reports no change for the returned files', async () => {
  const { store: s, changes } = await openWatched();
  const { rename } = await import('node:fs/promises');
  await rename(join(dir, 'episodes'), `${dir}-away`);
  await s.checkOutsideChanges();
  expect(s.problems().map((p) => p.file)).toEqual(['.']);
  await rename(`${dir}-away`, join(dir, 'episodes'));
  await s.checkOutsideChanges();
  expect(s.problems()).toEqual([]);
  expect(changes).toEqual([{ file: '.', kind: 'mass-deletion' }]);
});

it('reports a rename as one change and relinks the episode to the new name', async () => {
  const { store: s, changes } = await openWatched();
  const { rename } = await import('node:fs/promises');
  await rename(join(dir, 'episodes/e4.md'), join(dir, 'episodes/e4-neu.md'));
  await s.checkOutsideChanges();
  expect(changes).toEqual([{ file: 'episodes/e4-neu.md', kind: 'renamed', from: 'episodes/e4.md' }]);
  const ref = await s.relinkEpisode('e4', 'episodes/e4-neu.md');
  expect(ref).toMatchObject({ id: 'e4', file: 'episodes/e4-neu.md', index: 3 });
  expect((await s.readEpisode('e4')).text).toBe('Text e4\n');
  await s.checkOutsideChanges();
  expect(changes, JSON.stringify(changes)).toHaveLength(1);
  await expect(s.relinkEpisode('e4', '../x.md')).rejects.toMatchObject({ code: 'outside-project' });
});

it('does not report the copies kept for "keep mine" / "load theirs"', async () => {
  const { store: s, changes } = await openWatched();
  const copy = await s.saveCopy('e1', 'meine Fassung\n', 'mine');
  expect(copy).toMatch(/^episodes\/e1\.mine-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d\.md$/);
  const { readFile } = await import('node:fs/promises');
  expect(await readFile(join(dir, copy), 'utf8')).toBe('meine Fassung\n');
  await s.checkOutsideChanges();
  expect(changes).toEqual([]);
  expect(s.episodes()).toHaveLength(5);
});

it('lets an episode that was unreadable at open rejoin the series once repaired outside', async () => {
  await writeFile(join(dir, 'episodes/e5.md'), Buffer.from([0, 1, 2, 3, 0, 0]));
  const { store: s, changes } = await openWatched();
  expect(s.episodes().map((e) => e.id)).toEqual(['e1', 'e2', 'e3', 'e4']);
  expect(s.problems().map((p) => p.file)).toEqual(['episodes/e5.md']);
  await writeFile(join(dir, 'episodes/e5.md'), 'Repariert.\n');
  await s.checkOutsideChanges();
  await waitFor(() => changes.length > 0);
  expect(changes).toEqual([{ file: 'episodes/e5.md', kind: 'added' }]);
  expect(s.episodes().map((e) => e.id)).toEqual(['e1', 'e2', 'e3', 'e4', 'e5']);
  expect(s.problems()).toEqual([]);
});

it('never reports its own saves even while scans run during them', async () => {
  const { store: s, changes } = await openWatched();
  let { hash } = await s.readEpisode('e1');
  for (let i = 0; i < 40; i++) {
    const scan = s.checkOutsideChanges();
    const res = await s.writeEpisode('e1', `Fassung ${i}\n${'x'.repeat(i * 1000)}`, hash);
    if (!res.ok) throw new Error(res.message);
    hash = res.hash;
    await scan;
  }
  await s.checkOutsideChanges();
  expect(changes).toEqual([]);
});

it('ignores a file the app saved while a scan was reading other files', async () => {
  const { createHash } = await import('node:crypto');
  const { OutsideWatcher } = await import('./outsideWatcher');
  const hash = (t: string) => createHash('sha256').update(t).digest('hex');
  const a = join(dir, 'episodes/e1.md');
  const knownHashes = new Map([
    ['episodes/e1.md', hash('Text e1\n')],
    ['episodes/e2.md', hash('Text e2\n')],
  ]);
  const writeCount = new Map<string, number>();
  const reported: OutsideChange[] = [];
  const project = {
    root: dir,
    knownHashes,
    writing: new Set<string>(),
    writeCount,
    trackedFiles: () => ['episodes/e1.md', 'episodes/e2.md'],
    addProblem: () => undefined,
    removeProblems: () => undefined,
    emitOutsideChange: (c: OutsideChange) => reported.push(c),
    resolve: async (rel: string) => {
      if (rel === 'episodes/e2.md') {
        // "our" save of e1 happens after the scan has read e1 and before it compares
        writeCount.set('episodes/e1.md', 1);
        knownHashes.set('episodes/e1.md', hash('Neu\n'));
        await writeFile(a, 'Neu\n');
      }
      return join(dir, rel);
    },
  };
  const watcher = new OutsideWatcher(project, { pollMs: 0 });
  await watcher.start();
  await watcher.scan();
  watcher.close();
  expect(reported).toEqual([]);
});

/** A project with `n` episodes, opened and watched. */
async function smallProject(n: number) {
  await rm(dir, { recursive: true, force: true });
  await mkdir(join(dir, 'episodes'), { recursive: true });
  const ids = names.slice(0, n);
  await writeFile(join(dir, 'continuity.json'), JSON.stringify({
    schemaVersion: 1, title: 'T', language: 'de', settings: {}, episodes: ids.map((id) => ({ id, file: `episodes/${id}.md`, title: id })),
  }));
  for (const id of ids) await writeFile(join(dir, `episodes/${id}.md`), `Text ${id}\n`);
  return openWatched();
}

it('small projects: both episodes gone at once is a mass deletion, nothing propagated', async () => {
  const { store: s, changes } = await smallProject(2);
  await unlink(join(dir, 'episodes/e1.md'));
  await unlink(join(dir, 'episodes/e2.md'));
  await s.checkOutsideChanges();
  expect(changes).toEqual([{ file: '.', kind: 'mass-deletion' }]);
  expect(s.episodes()).toHaveLength(2);
});

it('small projects: the project folder itself gone is a mass deletion', async () => {
  const { store: s, changes } = await smallProject(1);
  await rm(dir, { recursive: true, force: true });
  await s.checkOutsideChanges();
  expect(changes).toEqual([{ file: '.', kind: 'mass-deletion' }]);
  expect(s.episodes()).toHaveLength(1);
});

it('small projects: the episodes folder gone with its one episode is a mass deletion', async () => {
  const { store: s, changes } = await smallProject(1);
  await rm(join(dir, 'episodes'), { recursive: true, force: true });
  await s.checkOutsideChanges();
  expect(changes).toEqual([{ file: '.', kind: 'mass-deletion' }]);
});

it('small projects: a writer deleting one episode on purpose, even the only one, is an ordinary deletion', async () => {
  const two = await smallProject(2);
  await unlink(join(dir, 'episodes/e2.md'));
  await two.store.checkOutsideChanges();
  expect(two.changes).toEqual([{ file: 'episodes/e2.md', kind: 'deleted' }]);
  await two.store.close();
  const one = await smallProject(1);
  await unlink(join(dir, 'episodes/e1.md'));
  await one.store.checkOutsideChanges();
  expect(one.changes).toEqual([{ file: 'episodes/e1.md', kind: 'deleted' }]);
});
