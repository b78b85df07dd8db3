// The project lock: a second opener is read-only with a reason; a dead process's lock is taken over; close releases it.
import { spawnSync } from 'node:child_process';
import { hostname } from 'node:os';
import { mkdtemp, mkdir, readFile, rm, writeFile, access } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openProject } from './projectStore';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cd-lock-'));
  await writeFile(join(dir, 'a.md'), 'Die Folge.');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

it('opens a second opener read-only with a reason, and writable again after close', async () => {
  const first = await openProject(dir);
  expect(first.readOnly).toBe(false);
  const lock = JSON.parse(await readFile(join(dir, '.history/lock.json'), 'utf8'));
  expect(lock).toMatchObject({ pid: process.pid, host: hostname() });
  const second = await openProject(dir);
  expect(second.readOnly).toBe(true);
  expect(second.readOnlyReason).toMatch(/already open/);
  const ep = await second.readEpisode(second.episodes()[0].id);
  expect(await second.writeEpisode(ep.id, 'x', ep.hash)).toMatchObject({ ok: false, reason: 'read-only' });
  await second.close();
  await first.close();
  await expect(access(join(dir, '.history/lock.json'))).rejects.toThrow();
  const third = await openProject(dir);
  expect(third.readOnly).toBe(false);
  await third.close();
});

it('takes over the stale lock of a dead process', async () => {
  const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
  const pid = Number(dead.stdout.toString());
  await mkdir(join(dir, '.history'), { recursive: true });
  await writeFile(join(dir, '.history/lock.json'), JSON.stringify({ pid, host: hostname(), at: '2020-01-01T00:00:00Z', token: 'old' }));
  const store = await openProject(dir);
  expect(store.readOnly).toBe(false);
  expect(JSON.parse(await readFile(join(dir, '.history/lock.json'), 'utf8')).pid).toBe(process.pid);
  await store.close();
});

it('respects a lock held on another host', async () => {
  await mkdir(join(dir, '.history'), { recursive: true });
  await writeFile(join(dir, '.history/lock.json'), JSON.stringify({ pid: 1, host: 'other-machine', at: 'x', token: 't' }));
  const store = await openProject(dir);
  expect(store.readOnly).toBe(true);
  expect(store.readOnlyReason).toMatch(/other-machine/);
  await store.close();
  expect(JSON.parse(await readFile(join(dir, '.history/lock.json'), 'utf8')).host).toBe('other-machine');
});
