// End to end in Chromium: closing a series returns to the start screen, where a new series is created, scripts are imported and the recent list is kept; a second server on the same series says it is read only.
import { test, expect } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { startDemoServer, stopServer } from './demoServer';

let server: ChildProcess | null = null;
let second: ChildProcess | null = null;
let third: ChildProcess | null = null;
let url = '';
let projectDir = '';
let work = '';

test.use({ locale: 'en-US' });

test.beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'continuity-start-'));
  ({ url, child: server, dir: projectDir } = await startDemoServer({ ...process.env, CONTINUITY_CONFIG_DIR: join(work, 'config') }));
});

test.afterAll(async () => {
  await stopServer(second);
  await stopServer(third);
  await stopServer(server);
  if (projectDir) await rm(projectDir, { recursive: true, force: true });
  if (work) await rm(work, { recursive: true, force: true });
});

test('close the series, create a new one from the start screen, import scripts into another, keep the recent list', async ({ page }) => {
  await page.goto(url);
  await expect(page.locator('.cd-episode').first()).toBeVisible({ timeout: 20_000 });
  await page.getByRole('button', { name: 'Close series' }).click();

  // The start screen, with the series just closed in the recent list.
  const start = page.getByRole('main', { name: 'Continuity Desk' });
  await expect(start).toBeVisible();
  await expect(start.getByRole('button', { name: 'New series…' })).toBeVisible();
  await expect(start.getByRole('button', { name: 'Open the demo series' })).toBeVisible();
  const recent = page.getByRole('region', { name: 'Recent series' });
  await expect(recent.locator('li')).toHaveCount(1);

  // New series in a temp folder: the §3 layout on disk, and the (empty) series open.
  const folder = join(work, 'Neue Serie');
  await start.getByRole('button', { name: 'New series…' }).click();
  const form = page.getByRole('form', { name: 'New series…' });
  await form.getByLabel('Title of the series').fill('Testserie');
  await form.getByLabel(/Folder for the new series/).fill(folder);
  await form.getByLabel('Language of the scripts').selectOption('de');
  await form.getByRole('button', { name: 'Create series' }).click();
  await expect(page.locator('.cd-series-title')).toHaveText('Testserie', { timeout: 20_000 });
  await expect(page.locator('.cd-episode')).toHaveCount(0);
  for (const f of ['continuity.json', 'episodes', 'annotations', 'bible.json', 'decisions.json']) expect(existsSync(join(folder, f)), f).toBe(true);
  expect(JSON.parse(await readFile(join(folder, 'continuity.json'), 'utf8'))).toMatchObject({ title: 'Testserie', language: 'de', episodes: [] });

  // A folder with other files in it is refused with a readable message, and nothing is written there.
  await page.getByRole('button', { name: 'Close series' }).click();
  await start.getByRole('button', { name: 'New series…' }).click();
  await form.getByLabel('Title of the series').fill('Doppelt');
  await form.getByLabel(/Folder for the new series/).fill(folder);
  await form.getByRole('button', { name: 'Create series' }).click();
  await expect(page.getByRole('alert')).toContainText('already holds a series; open it instead');

  // Import scripts into another new series: the summary first, then the series with its episode.
  await start.getByRole('button', { name: 'Import scripts…' }).click();
  const importForm = page.getByRole('form', { name: 'Import scripts…' });
  await importForm.getByLabel('Title of the series').fill('Drehbuchserie');
  await importForm.getByLabel(/Folder for the new series/).fill(join(work, 'Drehbuchserie'));
  await importForm.getByLabel('Scripts to import').setInputFiles([
    { name: 'folge-1.fountain', mimeType: 'text/plain', buffer: Buffer.from('Title: Folge 1\n\nINT. REVIER - NACHT\n\nKATHRIN\nWo ist Lukas?\n') },
    { name: 'kaputt.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('not a zip') },
  ]);
  await importForm.getByRole('button', { name: 'Create series and import' }).click();
  const summary = page.getByRole('status').filter({ hasText: 'imported into the new series' });
  await expect(summary).toContainText('1 episode imported into the new series.', { timeout: 20_000 });
  await expect(summary).toContainText('kaputt.docx');
  await summary.getByRole('button', { name: 'Show the series' }).click();
  await expect(page.locator('.cd-series-title')).toHaveText('Drehbuchserie');
  await expect(page.locator('.cd-episode')).toHaveCount(1);

  // The recent list marks a series whose folder is gone, and forgets it on request; the others open from it.
  await page.getByRole('button', { name: 'Close series' }).click();
  await rm(folder, { recursive: true, force: true });
  await page.reload();
  await expect(recent.locator('li')).toHaveCount(3);
  const gone = recent.locator('li', { hasText: 'Testserie' });
  await expect(gone).toContainText('Folder not found');
  await page.screenshot({ path: 'test-results/e2e/start-screen.png' });
  await expect(gone.getByRole('button', { name: /Testserie/ }).first()).toBeDisabled();
  await gone.getByRole('button', { name: /Remove “Testserie” from the list/ }).click();
  await expect(recent.locator('li')).toHaveCount(2);
  await recent.getByRole('button', { name: /Drehbuchserie/ }).first().click();
  await expect(page.locator('.cd-series-title')).toHaveText('Drehbuchserie');
  await page.screenshot({ path: 'test-results/e2e/start-screen-reopened.png' });
});

/** Starts `continuity serve` on a folder and reads the URL it prints (and its stderr). */
async function serve(dir: string): Promise<{ url: string; child: ChildProcess; stderr: () => string }> {
  const child = spawn(process.execPath, ['bin/continuity.mjs', 'serve', dir, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, CONTINUITY_CONFIG_DIR: join(work, 'config-2') },
  });
  let stderr = '';
  child.stderr!.on('data', (c) => (stderr += String(c)));
  const line = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`serve exited ${code}: ${stderr}`)));
    createInterface({ input: child.stdout! }).once('line', resolve);
  });
  return { url: line.trim(), child, stderr: () => stderr };
}

test('a second server on the same series opens it read only and says why in a banner', async ({ page }) => {
  const shared = join(work, 'Geteilte Serie');
  await cp('resources/demo-series', shared, { recursive: true });
  const holder = await serve(shared); // the first instance: holds the lock
  third = holder.child;
  const late = await serve(shared); // the second instance on the same series
  second = late.child;
  await expect.poll(() => late.stderr()).toMatch(/read-only: This project is already open/);
  await page.goto(late.url);
  const banner = page.getByRole('status').filter({ hasText: 'Read only:' });
  await expect(banner).toBeVisible({ timeout: 20_000 });
  await expect(banner).toContainText(/already open in Continuity Desk \(process \d+/);
  await expect(page.locator('.cd-status-chip')).toHaveText('Read only');
  await page.screenshot({ path: 'test-results/e2e/read-only-banner.png' });
  // Still held by the first instance: trying again leaves it read only.
  await banner.getByRole('button', { name: 'Open for editing again' }).click();
  await expect(page.locator('.cd-episode').first()).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('status').filter({ hasText: 'Read only:' })).toBeVisible();
  // The first instance closes: now the series opens for editing here.
  await stopServer(third);
  await page.getByRole('button', { name: 'Open for editing again' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Read only:' })).toHaveCount(0, { timeout: 20_000 });
  await expect(page.locator('.cd-status-chip')).toHaveCount(0);
  await expect(page.locator('.cd-prose')).toHaveAttribute('contenteditable', 'true');
});
