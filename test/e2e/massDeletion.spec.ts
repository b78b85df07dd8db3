// End to end in Chromium: when all episode files vanish at once (a folder unmounted), the app says so and removes nothing; the files come back untouched.
import { test, expect } from '@playwright/test';
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, readdir, readFile, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDemoServer, stopServer } from './demoServer';

let server: ChildProcess | null = null;
let url = '';
let projectDir = '';
let config = '';

test.use({ locale: 'en-US' });

test.beforeAll(async () => {
  config = await mkdtemp(join(tmpdir(), 'continuity-mass-config-'));
  ({ url, child: server, dir: projectDir } = await startDemoServer({ ...process.env, CONTINUITY_CONFIG_DIR: config }));
});

test.afterAll(async () => {
  await stopServer(server);
  if (projectDir) await rm(projectDir, { recursive: true, force: true });
  if (config) await rm(config, { recursive: true, force: true });
});

test('all episode files gone at once: a warning, the series unchanged, and nothing written over the files when they return', async ({ page }) => {
  await page.goto(url);
  await expect(page.locator('.cd-episode')).toHaveCount(8, { timeout: 20_000 });
  const manifest = await readFile(join(projectDir, 'continuity.json'), 'utf8');
  // The episodes folder "unmounts": moved away in one step.
  const away = `${projectDir}-away`;
  await rename(join(projectDir, 'episodes'), away);
  const warning = page.getByRole('alert').filter({ hasText: 'vanished at once' });
  await expect(warning).toBeVisible({ timeout: 15_000 });
  await expect(warning).toContainText('Nothing was removed from the project');
  await expect(page.locator('.cd-episode')).toHaveCount(8);
  expect(await readFile(join(projectDir, 'continuity.json'), 'utf8')).toBe(manifest);
  await page.screenshot({ path: 'test-results/e2e/mass-deletion.png' });
  // The folder comes back: the same files, the same series.
  await rename(away, join(projectDir, 'episodes'));
  // Once the watcher has seen them back (its next scan), a fresh page shows no warning.
  await expect(async () => {
    await page.reload();
    await expect(page.locator('.cd-prose')).toContainText('Nora', { timeout: 5_000 });
    await expect(page.getByRole('alert').filter({ hasText: /could not be read|vanished/ })).toHaveCount(0, { timeout: 500 });
  }).toPass({ timeout: 20_000 });
  await expect(page.locator('.cd-episode')).toHaveCount(8);
  expect((await readdir(join(projectDir, 'episodes'))).filter((f) => f.endsWith('.md'))).toHaveLength(8);
  expect(await readFile(join(projectDir, 'continuity.json'), 'utf8')).toBe(manifest);
});
