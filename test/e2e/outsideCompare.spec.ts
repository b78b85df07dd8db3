// End to end in Chromium: an episode with unsaved edits changed outside the app is compared side by side; either choice keeps the other version as a copy.
import { test, expect, type Page } from '@playwright/test';
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDemoServer, stopServer } from './demoServer';

let server: ChildProcess | null = null;
let url = '';
let projectDir = '';
let config = '';

test.use({ locale: 'en-US' });

test.beforeAll(async () => {
  config = await mkdtemp(join(tmpdir(), 'continuity-compare-config-'));
  ({ url, child: server, dir: projectDir } = await startDemoServer({ ...process.env, CONTINUITY_CONFIG_DIR: config }));
});

test.afterAll(async () => {
  await stopServer(server);
  if (projectDir) await rm(projectDir, { recursive: true, force: true });
  if (config) await rm(config, { recursive: true, force: true });
});

/** Opens episode `n`, types at the end of its heading and changes its file on disk before the autosave: the bar asks. */
async function clash(page: Page, n: number, mine: string, theirs: string) {
  await page.goto(url);
  await page.locator('.cd-episode').nth(n).click();
  await expect(page.locator('.cd-episode').nth(n)).toHaveAttribute('aria-current', 'page');
  const file = (await page.locator('.cd-editor-pane .cd-editor-file').textContent())!.trim();
  const path = join(projectDir, file);
  const original = await readFile(path, 'utf8');
  await page.locator('.cd-prose h1').first().click();
  await page.keyboard.press('End');
  await page.keyboard.type(mine);
  const outside = original.replace(/\n\n([^\n]+)/, `\n\n${theirs}\n\n$1`);
  await writeFile(path, outside);
  await expect(page.locator('.cd-infobar-warning')).toBeVisible({ timeout: 10_000 });
  return { file, path, original, outside };
}

const copiesOf = async (file: string, label: string) => {
  const [dir, name] = file.split('/');
  const stem = name.replace(/\.md$/, '');
  return (await readdir(join(projectDir, dir))).filter((f) => f.startsWith(`${stem}.${label}-`));
};

test('compare shows both versions with the differing lines highlighted; keep mine keeps theirs as a copy', async ({ page }) => {
  const { file, path, outside } = await clash(page, 1, ' (my edit)', 'A paragraph written outside the app.');
  await page.getByRole('button', { name: 'Compare' }).click();
  const view = page.getByRole('region', { name: 'Compare' });
  await expect(view).toBeVisible();
  const mine = view.getByRole('region', { name: 'Your version (unsaved)' });
  const theirs = view.getByRole('region', { name: 'Version on disk (changed outside the app)' });
  await expect(mine.locator('[data-changed]')).toHaveCount(1); // my heading; gaps stand where theirs has new lines
  await expect(mine.locator('.cds-line-gap')).toHaveCount(2); // their paragraph and the blank line after it
  await expect(mine.locator('[data-changed]').first()).toContainText('(my edit)');
  await expect(theirs.locator('[data-changed]', { hasText: 'A paragraph written outside the app.' })).toHaveCount(1);
  await expect(theirs.locator('[data-changed]').first()).not.toContainText('(my edit)');
  await expect(view).toContainText('changed lines');
  await page.screenshot({ path: 'test-results/e2e/outside-compare.png' });

  await view.getByRole('button', { name: 'Keep mine' }).click();
  await expect.poll(() => readFile(path, 'utf8'), { timeout: 5_000 }).toContain('(my edit)');
  expect(await readFile(path, 'utf8')).not.toContain('written outside the app');
  const copies = await copiesOf(file, 'theirs');
  expect(copies).toHaveLength(1);
  expect(await readFile(join(projectDir, file.split('/')[0], copies[0]), 'utf8')).toBe(outside);
  await expect(page.getByRole('status').filter({ hasText: 'The other version was kept as' })).toContainText(copies[0]);
  await expect(page.getByTestId('save-status')).toHaveText('Saved');
});

test('after comparing, load theirs puts the disk version in the editor and keeps mine as a copy', async ({ page }) => {
  const { file, path, outside } = await clash(page, 2, ' (lost? no)', 'Their new opening line.');
  await page.getByRole('button', { name: 'Compare' }).click();
  const view = page.getByRole('region', { name: 'Compare' });
  await view.getByRole('button', { name: 'Load theirs' }).click();
  await expect(page.locator('.cd-prose')).toContainText('Their new opening line.');
  await expect(page.locator('.cd-prose h1').first()).not.toContainText('(lost? no)');
  expect(await readFile(path, 'utf8')).toBe(outside);
  const copies = await copiesOf(file, 'mine');
  expect(copies).toHaveLength(1);
  const kept = await readFile(join(projectDir, file.split('/')[0], copies[0]), 'utf8');
  expect(kept).toContain('(lost? no)');
  expect(kept).not.toContain('Their new opening line.');
  // The copy is not part of the series.
  await expect(page.locator('.cd-episode')).toHaveCount(8);
});
