// The window's session: the start screen's state, creating, opening, closing and the recent list, one project at a time.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { ServiceEvent } from '../../shared/contract';
import { createAnalysisHost } from '../analysis/analysisHost';
import { openProject, type ProjectStore } from '../store/projectStore';
import { createContinuityService } from './continuityService';
import { createDispatcher } from './createDispatcher';
import { createProjectSession, type ProjectSession, type SessionOptions } from './projectSession';

let dir: string;
let session: ProjectSession | undefined;
const others: ProjectStore[] = [];
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cd-session-'));
});
afterEach(async () => {
  await session?.dispose();
  session = undefined;
  for (const s of others.splice(0)) await s.close();
  rmSync(dir, { recursive: true, force: true });
});

function start(extra: Partial<SessionOptions> = {}) {
  session = createProjectSession({
    recentFile: join(dir, 'config', 'recent-projects.json'),
    serve: (store) => createContinuityService(store, createAnalysisHost()),
    ...extra,
  });
  const events: ServiceEvent[] = [];
  session.onEvent((e) => events.push(e));
  return { session, events };
}

it('starts with no project: the start screen state, and project calls say none is open', async () => {
  const { session } = start();
  expect(await session.getStart()).toEqual({ open: false, recent: [], canChooseFolder: false, hasDemo: false });
  await expect(session.getProject()).rejects.toMatchObject({ code: 'not-found', message: expect.stringMatching(/No series is open/) });
  expect(await session.chooseFolder('open')).toBeNull();
  // A demo that is not part of the installation is not offered.
  const { session: other } = start({ demo: { bundled: join(dir, 'no-such-demo'), target: join(dir, 'Demo') } });
  expect((await other.getStart()).hasDemo).toBe(false);
});

it('reads ~/ as the home folder and refuses a relative path', async () => {
  const { session } = start();
  const { homedir } = await import('node:os');
  await expect(session.openProject('~/continuity-desk-no-such-folder-4711')).rejects.toMatchObject({
    message: expect.stringContaining(join(homedir(), 'continuity-desk-no-such-folder-4711')),
  });
  await expect(session.openProject('Serien/Eins')).rejects.toMatchObject({ code: 'bad-arguments' });
});

it('creates a new series with the §3 layout in a new folder, opens it and remembers it', async () => {
  const { session, events } = start();
  const folder = join(dir, 'Meine Serie');
  expect(await session.createProject(folder, 'Meine Serie', 'de')).toEqual({ opened: true, focusedElsewhere: false });
  for (const f of ['continuity.json', 'episodes', 'annotations', 'bible.json', 'decisions.json', '.history']) expect(existsSync(join(folder, f)), f).toBe(true);
  expect(JSON.parse(readFileSync(join(folder, 'continuity.json'), 'utf8'))).toMatchObject({ schemaVersion: 1, title: 'Meine Serie', language: 'de', episodes: [] });
  expect(await session.getProject()).toMatchObject({ title: 'Meine Serie', episodes: [], readOnly: false });
  expect(events).toContainEqual({ type: 'session', open: true });
  const startInfo = await session.getStart();
  expect(startInfo.open).toBe(true);
  expect(startInfo.recent).toEqual([expect.objectContaining({ path: folder, title: 'Meine Serie', missing: false })]);
  // An import goes into the new series.
  const outcome = await session.importEpisodes([{ name: 'folge-1.md', data: Buffer.from('# Folge 1\nAnna kommt.\n').toString('base64') }]);
  expect(outcome.added).toHaveLength(1);
  expect(existsSync(join(folder, outcome.added[0].file))).toBe(true);
});

it('refuses to create a series in a folder with other files or from a relative path, writing nothing', async () => {
  const { session } = start();
  const busy = join(dir, 'busy');
  mkdirSync(busy);
  writeFileSync(join(busy, 'steuer.pdf'), 'x');
  await expect(session.createProject(busy, 'X', 'de')).rejects.toMatchObject({ message: expect.stringMatching(/is not empty/) });
  expect(existsSync(join(busy, 'continuity.json'))).toBe(false);
  await expect(session.createProject('relativ/ordner', 'X', 'de')).rejects.toMatchObject({ code: 'bad-arguments', message: expect.stringMatching(/full path/) });
  await session.createProject(join(dir, 'a'), 'A', 'en');
  await session.closeProject();
  await expect(session.createProject(join(dir, 'a'), 'A', 'en')).rejects.toMatchObject({ message: expect.stringMatching(/already holds a series; open it instead/) });
});

it('closes the project (lock released, start screen event) and opens it again', async () => {
  const { session, events } = start();
  const folder = join(dir, 'S');
  await session.createProject(folder, 'S', 'de');
  await session.closeProject();
  expect(events.at(-1)).toEqual({ type: 'session', open: false });
  expect((await session.getStart()).open).toBe(false);
  await expect(session.getReport()).rejects.toMatchObject({ code: 'not-found' });
  const other = await openProject(folder, { watch: false });
  expect(other.readOnly).toBe(false); // the lock was released
  await other.close();
  const { projectToOpenAtStart } = await import('../store/recentProjects');
  expect(await projectToOpenAtStart(join(dir, 'config', 'recent-projects.json'))).toBeUndefined(); // closed on purpose
  expect(await session.openProject(folder)).toEqual({ opened: true, focusedElsewhere: false });
  expect((await session.getProject()).title).toBe('S');
  expect(await projectToOpenAtStart(join(dir, 'config', 'recent-projects.json'))).toBe(folder);
});

it('marks a recent project whose folder is gone as missing, refuses to open it, and forgets it on request', async () => {
  const { session } = start();
  const keep = join(dir, 'keep');
  const gone = join(dir, 'gone');
  await session.createProject(gone, 'Gone', 'de');
  await session.createProject(keep, 'Keep', 'de'); // opening another closes the first
  rmSync(gone, { recursive: true, force: true });
  const recent = (await session.getStart()).recent;
  expect(recent.map((r) => [r.title, r.missing])).toEqual([['Keep', false], ['Gone', true]]);
  await expect(session.openProject(gone)).rejects.toMatchObject({ message: expect.stringMatching(/does not exist/) });
  expect((await session.getProject()).title).toBe('Keep'); // a failed open leaves the open project alone
  expect((await session.forgetRecent(gone)).map((r) => r.title)).toEqual(['Keep']);
});

it('opens a project that another process holds read-only and says why', async () => {
  const { session } = start();
  const folder = join(dir, 'shared');
  await session.createProject(folder, 'Shared', 'de');
  await session.closeProject();
  const holder = await openProject(folder, { watch: false });
  others.push(holder);
  await session.openProject(folder);
  const info = await session.getProject();
  expect(info.readOnly).toBe(true);
  expect(info.readOnlyReason).toMatch(/already open in Continuity Desk .*read-only here/);
  // Still held: reopening leaves it read-only; once the other closes it, reopening makes it writable.
  await session.reopenProject();
  expect((await session.getProject()).readOnly).toBe(true);
  await holder.close();
  expect(await session.reopenProject()).toEqual({ opened: true, focusedElsewhere: false });
  expect((await session.getProject()).readOnly).toBe(false);
  expect((await session.getProject()).readOnlyReason).toBeUndefined();
});

it('opens the demo series from a copy, and another window\'s project is brought forward instead of opened twice', async () => {
  const focused: string[] = [];
  const target = join(dir, 'Demo Series');
  const { session } = start({
    demo: { bundled: 'resources/demo-series', target },
    focusElsewhere: (root) => { focused.push(root); return root.endsWith('elsewhere'); },
  });
  expect((await session.getStart()).hasDemo).toBe(true);
  expect(await session.openDemo()).toEqual({ opened: true, focusedElsewhere: false });
  expect(existsSync(join(target, 'continuity.json'))).toBe(true);
  expect((await session.getProject()).episodes.length).toBeGreaterThan(0);
  mkdirSync(join(dir, 'elsewhere'));
  expect(await session.openProject(join(dir, 'elsewhere'))).toEqual({ opened: false, focusedElsewhere: true });
  expect(session.currentRoot()).toBe(target);
});

it('answers through the dispatcher, validating the new calls', async () => {
  const { session } = start();
  const dispatch = createDispatcher(session);
  expect(await dispatch('getStart', [])).toMatchObject({ ok: true, result: { open: false } });
  expect(await dispatch('createProject', [join(dir, 'x'), '   ', 'de'])).toMatchObject({ ok: false, error: { code: 'bad-arguments' } });
  expect(await dispatch('createProject', [join(dir, 'x'), 'X', 'de'])).toMatchObject({ ok: true });
  expect(await dispatch('getProject', [])).toMatchObject({ ok: true, result: { title: 'X' } });
});
