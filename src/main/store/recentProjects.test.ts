// Recent projects: newest first, no duplicates, at most ten, a damaged list reads as empty.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { forgetProject, readRecentProjects, rememberProject } from './recentProjects';

let dir: string;
let file: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cd-recent-'));
  file = join(dir, 'settings', 'recent.json');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

it('keeps the ten most recently opened projects, newest first, each once', async () => {
  for (let i = 0; i < 12; i++) await rememberProject(file, { path: join(dir, `p${i}`), title: `P${i}` }, new Date(2026, 0, 1, 0, i));
  await rememberProject(file, { path: join(dir, 'p5'), title: 'P5' }, new Date(2026, 0, 2));
  const list = await readRecentProjects(file);
  expect(list.map((p) => p.title)).toEqual(['P5', 'P11', 'P10', 'P9', 'P8', 'P7', 'P6', 'P4', 'P3', 'P2']);
  expect((await forgetProject(file, join(dir, 'p11'))).map((p) => p.title)[1]).toBe('P10');
});

it('reads a missing or damaged list as empty', async () => {
  expect(await readRecentProjects(file)).toEqual([]);
  await rememberProject(file, { path: dir, title: 'x' });
  await writeFile(file, '{ kaputt');
  expect(await readRecentProjects(file)).toEqual([]);
});

it('reopens the project open at the last stop, but not one closed on purpose or gone', async () => {
  const { mkdir } = await import('node:fs/promises');
  const { projectToOpenAtStart, setLastOpen } = await import('./recentProjects');
  const project = join(dir, 'Serie');
  await mkdir(project);
  await writeFile(join(project, 'continuity.json'), '{}');
  expect(await projectToOpenAtStart(file)).toBeUndefined(); // first start
  await rememberProject(file, { path: project, title: 'Serie' });
  expect(await projectToOpenAtStart(file)).toBe(project);
  expect(await projectToOpenAtStart(file, join(dir, 'other'))).toBe(join(dir, 'other')); // the command line wins
  await setLastOpen(file, null); // File → Close project
  expect(await projectToOpenAtStart(file)).toBeUndefined();
  expect((await readRecentProjects(file)).map((p) => p.title)).toEqual(['Serie']); // still in the list
  await setLastOpen(file, project);
  await rm(project, { recursive: true });
  expect(await projectToOpenAtStart(file)).toBeUndefined(); // gone: the start screen
});
