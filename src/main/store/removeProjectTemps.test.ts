// Temp files of killed saves vanish when the project opens; nothing else is touched, no symlink is followed.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { isAtomicTempName } from './atomicWrite';
import { openProject } from './projectStore';

let parent: string;
let dir: string;
/** The pid of a process that has ended, as after a kill. */
const deadPid = spawnSync(process.execPath, ['-e', '0']).pid;
const temp = (name: string, pid = deadPid) => `.${name}.${pid}.a1b2c3d4e5f6.tmp`;

beforeEach(async () => {
  parent = await mkdtemp(join(tmpdir(), 'cd-temps-'));
  dir = join(parent, 'project');
  await mkdir(join(dir, 'episodes'), { recursive: true });
  await writeFile(join(dir, 'episodes/e1.md'), 'Anna.\n');
  const manifest = { schemaVersion: 1, title: 'T', language: 'en', episodes: [{ id: 'e1', file: 'episodes/e1.md', title: 'Pilot' }], settings: {} };
  await writeFile(join(dir, 'continuity.json'), JSON.stringify(manifest));
});
afterEach(async () => {
  await rm(parent, { recursive: true, force: true });
});

it('knows exactly the temp names atomicWrite makes', () => {
  expect(isAtomicTempName('.e1.md.4242.0123456789ab.tmp')).toBe(true);
  for (const n of ['e1.md.4242.0123456789ab.tmp', '.e1.md.4242.0123456789.tmp', '.e1.md.x.0123456789ab.tmp', '.e1.md.sync', 'notes.tmp', '.e1.md.4242.0123456789AB.tmp']) {
    expect(isAtomicTempName(n)).toBe(false);
  }
});

it('removes stale temp files from every folder the store writes to, the episode intact', async () => {
  const stale = [
    temp('continuity.json'),
    `episodes/${temp('e1.md')}`,
    `annotations/${temp('e1.json')}`,
    `.history/journal/${temp('e1.json')}`,
    `.history/versions/episodes%2Fe1.md/${temp('1700000000000-0001-0123456789abcdef')}`,
  ];
  for (const f of stale) {
    await mkdir(join(dir, f, '..'), { recursive: true });
    await writeFile(join(dir, f), 'half-writ');
  }
  const store = await openProject(dir, { watch: false });
  expect(store.episodes().map((e) => e.file)).toEqual(['episodes/e1.md']);
  expect((await store.readEpisode('e1')).text).toBe('Anna.\n');
  await store.close();
  for (const f of stale) expect(existsSync(join(dir, f)), f).toBe(false);
});

it('leaves everything else: other dot files, live saves, symlinks, folders behind symlinks, files the manifest names', async () => {
  const outside = join(parent, 'outside');
  await mkdir(outside);
  await writeFile(join(outside, temp('x.md')), 'not ours to delete');
  await writeFile(join(dir, 'episodes/.e1.md.sync'), 'a sync client at work');
  await writeFile(join(dir, 'episodes/e1.md.tmp'), 'an editor backup');
  await writeFile(join(dir, `episodes/${temp('e1.md', process.pid)}`), 'a save in progress in this process');
  // A symlink named like a temp file, pointing at a file outside: neither the link nor its target is removed.
  await symlink(join(outside, temp('x.md')), join(dir, `episodes/${temp('link.md')}`));
  // A folder reached through a symlink (inside the project) is not cleaned.
  await mkdir(join(dir, 'real'));
  await writeFile(join(dir, 'real/e2.md'), 'Tom.\n');
  await writeFile(join(dir, `real/${temp('e2.md')}`), 'behind a link');
  await symlink(join(dir, 'real'), join(dir, 'linked'));
  // An episode whose own file name looks like a temp file stays (the manifest names it).
  await writeFile(join(dir, `episodes/${temp('odd.md')}`), 'Odd but real.\n');
  const manifest = JSON.parse(await readFile(join(dir, 'continuity.json'), 'utf8'));
  manifest.episodes.push({ id: 'e2', file: 'linked/e2.md', title: 'Two' }, { id: 'e3', file: `episodes/${temp('odd.md')}`, title: 'Odd' });
  await writeFile(join(dir, 'continuity.json'), JSON.stringify(manifest));
  const before = (await readdir(join(dir, 'episodes'))).sort();

  const store = await openProject(dir, { watch: false });
  await store.close();
  expect((await readdir(join(dir, 'episodes'))).sort()).toEqual(before);
  expect(await readFile(join(outside, temp('x.md')), 'utf8')).toBe('not ours to delete');
  expect(existsSync(join(dir, `real/${temp('e2.md')}`))).toBe(true);
});

it('removes a temp file over an hour old even when its pid is alive again (pid reused after a restart)', async () => {
  const f = join(dir, `episodes/${temp('e1.md', process.pid)}`);
  await writeFile(f, 'from a previous run');
  const twoHoursAgo = new Date(Date.now() - 2 * 3600_000);
  await utimes(f, twoHoursAgo, twoHoursAgo);
  const store = await openProject(dir, { watch: false });
  await store.close();
  expect(existsSync(f)).toBe(false);
});

it('a read-only open removes nothing', async () => {
  const f = join(dir, `episodes/${temp('e1.md')}`);
  await writeFile(f, 'half-writ');
  const store = await openProject(dir, { watch: false, readOnly: true });
  await store.close();
  expect(existsSync(f)).toBe(true);
});

it('never relinks an episode to a temp file', async () => {
  await writeFile(join(dir, `episodes/${temp('e1.md', process.pid)}`), 'Anna half-writ');
  const store = await openProject(dir, { watch: false });
  try {
    await expect(store.relinkEpisode('e1', `episodes/${temp('e1.md', process.pid)}`)).rejects.toMatchObject({ code: 'not-a-file' });
    expect(store.episodes().map((e) => e.file)).toEqual(['episodes/e1.md']);
  } finally {
    await store.close();
  }
});
