// End to end in Chromium: "Take as canon" (problems panel, tooltip, side view, undo toast) and cancellable progress of long work.
import { test, expect, type Locator, type Page } from '@playwright/test';
import type { ChildProcess } from 'node:child_process';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { generateSeries } from '../../bench/generateSeries';
import { startDemoServer, stopServer } from './demoServer';

const shots = process.env.E2E_SHOTS_DIR ?? 'test-results/e2e';
let server: ChildProcess | null = null;
let url = '';
let projectDir = '';

test.use({ locale: 'de-DE' });

test.beforeEach(async () => {
  await mkdir(shots, { recursive: true });
  ({ url, child: server, dir: projectDir } = await startDemoServer());
});

test.afterEach(async () => {
  await stopServer(server);
  if (projectDir) await rm(projectDir, { recursive: true, force: true });
});

async function openApp(page: Page) {
  await page.goto(url);
  await expect(page.locator('.cd-episode').first()).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('.cd-problem').first()).toBeVisible({ timeout: 30_000 });
}

const bibleFacts = async (): Promise<unknown[]> => {
  try {
    return (JSON.parse(await readFile(join(projectDir, 'bible.json'), 'utf8')) as { facts?: unknown[] }).facts ?? [];
  } catch {
    return [];
  }
};

/** The demo's role conflict: Frank Ostermann is Verwaltungsdirektor in episode 1 but Oberarzt in episode 6. */
const roleProblem = (page: Page) => page.locator('.cd-problem', { hasText: 'Frank Ostermann ist in Der erste Tag Verwaltungsdirektor' });

test('the problems panel takes one side as canon; the other is then reported against the bible, and the toast undoes it', async ({ page }) => {
  await openApp(page);
  await roleProblem(page).click();
  const detail = page.locator('.cd-problem-detail');
  const choices = detail.locator('.cd-canon-take');
  await expect(choices).toHaveCount(2);
  await expect(choices.first()).toContainText('Als Kanon übernehmen:');
  await expect(choices.first()).toContainText('(Der erste Tag)');
  await page.screenshot({ path: `${shots}/canon-01-problem-choices.png` });

  await choices.filter({ hasText: 'Der erste Tag' }).click();
  const againstCanon = page.locator('.cd-problem', { hasText: 'Laut Serienbibel ist Frank Ostermanns Beruf Verwaltungsdirektor, in Unter dem Messer aber Oberarzt' });
  await expect(againstCanon).toBeVisible({ timeout: 30_000 });
  await expect(roleProblem(page)).toHaveCount(0);
  expect(await bibleFacts()).toEqual([{ subject: 'Frank Ostermann', predicate: 'role', object: 'Verwaltungsdirektor', episode: 'episodes/01-der-erste-tag.md' }]);
  const toast = page.locator('.cd-canon-toast');
  await expect(toast).toContainText('Jetzt Kanon in der Serienbibel für Frank Ostermann');
  await page.screenshot({ path: `${shots}/canon-02-taken-with-toast.png` });

  await toast.getByRole('button', { name: 'Aus dem Kanon entfernen' }).click();
  await expect(roleProblem(page)).toBeVisible({ timeout: 30_000 });
  await expect(againstCanon).toHaveCount(0);
  expect(await bibleFacts()).toEqual([]);
  await expect(toast).toContainText('Wieder aus dem Kanon entfernt');
  await toast.getByRole('button', { name: 'Schließen' }).click();
  await expect(toast).toBeHidden();
});

test('the tooltip over a flag and the side-by-side view offer the same choice', async ({ page }) => {
  await openApp(page);
  await roleProblem(page).click();
  const id = await roleProblem(page).getAttribute('data-conflict-id');
  const passage = page.locator(`.cd-prose .cd-conflict[data-conflicts~="${id}"]`).first();
  await expect(passage).toBeVisible();
  await passage.hover();
  const tooltip = page.locator('.cd-tooltip');
  await expect(tooltip.locator('.cd-canon-take')).toHaveCount(2);
  // The pointer can travel from the flagged words onto the tooltip without it closing.
  const take = tooltip.locator('.cd-canon-take').filter({ hasText: 'Unter dem Messer' });
  await take.hover();
  await expect(tooltip).toBeVisible();
  await page.screenshot({ path: `${shots}/canon-03-tooltip.png` });

  // Side by side: the other passage with the same choices above it.
  await page.mouse.move(5, 5);
  await expect(tooltip).toBeHidden();
  await page.locator('.cd-problem-detail').getByRole('button', { name: 'Nebeneinander' }).click();
  const side = page.locator('.cd-side-pane');
  await expect(side.locator('.cd-canon-take')).toHaveCount(2);
  await page.screenshot({ path: `${shots}/canon-04-side-by-side.png` });
  await side.locator('.cd-canon-take').filter({ hasText: 'Unter dem Messer' }).click();
  await expect(page.locator('.cd-problem', { hasText: 'Laut Serienbibel ist Frank Ostermanns Beruf Oberarzt, in Der erste Tag aber Verwaltungsdirektor' })).toBeVisible({ timeout: 30_000 });
  expect(await bibleFacts()).toEqual([{ subject: 'Frank Ostermann', predicate: 'role', object: 'Oberarzt', episode: 'episodes/06-unter-dem-messer.md' }]);

  // A conflict against the bible offers to take the canon fact out again.
  const againstCanon = page.locator('.cd-problem', { hasText: 'Laut Serienbibel ist Frank Ostermanns Beruf Oberarzt, in Der erste Tag aber Verwaltungsdirektor' });
  await againstCanon.click();
  await page.locator('.cd-problem-detail').getByRole('button', { name: 'Aus dem Kanon entfernen' }).click();
  await expect(roleProblem(page)).toBeVisible({ timeout: 30_000 });
  expect(await bibleFacts()).toEqual([]);
});

/** Episode files of a generated series, for the file chooser. */
function generatedFiles(count: number) {
  return generateSeries({ episodes: count, language: 'de', seed: 11 }).episodes.map((e) => ({
    name: `neu-${String(e.index + 1).padStart(2, '0')}.md`,
    mimeType: 'text/markdown',
    buffer: Buffer.from(e.text, 'utf8'),
  }));
}

/**
 * Clicks in the page the moment the button is there: the bar updates several times a second and a slow machine may
 * finish the work while a pointer click still waits for the button to hold still.
 */
const clickInPage = (button: Locator) => button.evaluate((el) => (el as HTMLButtonElement).click());

/**
 * A few very long episodes (each the body of hundreds of generated ones, headings dropped, so each file stays one
 * episode): seconds of analysis even on a fast machine, so the progress bar shows and Cancel comes in time.
 */
function longEpisodeFiles(files: number, perFile: number) {
  const bodies = generateSeries({ episodes: files * perFile, language: 'de', seed: 13 }).episodes.map((e) =>
    e.text.split('\n').filter((line) => !line.startsWith('#')).join('\n'),
  );
  return Array.from({ length: files }, (_, i) => ({
    name: `lang-${i + 1}.md`,
    mimeType: 'text/markdown',
    buffer: Buffer.from(bodies.slice(i * perFile, (i + 1) * perFile).join('\n\n'), 'utf8'),
  }));
}

const chooseFiles = async (page: Page, files: ReturnType<typeof generatedFiles>) => {
  await page.locator('input.cdx-file-input').setInputFiles(files);
};

test('a long import shows its progress in the status bar; Cancel leaves the project as it was', async ({ page }) => {
  test.setTimeout(180_000);
  await openApp(page);
  const episodesBefore = await readdir(join(projectDir, 'episodes'));
  const listBefore = await page.locator('.cd-episode').count();
  await chooseFiles(page, generatedFiles(24));
  const bar = page.locator('.cd-statusbar .cd-task[data-task="import"]');
  await expect(bar).toBeVisible({ timeout: 60_000 });
  await expect(bar.locator('progress')).toBeVisible();
  await expect(bar).toContainText(/Import \d+ \/ 24 Dateien/);
  await page.screenshot({ path: `${shots}/progress-01-import.png` });
  await clickInPage(bar.getByRole('button', { name: 'Abbrechen' }));
  await expect(bar).toBeHidden({ timeout: 30_000 });
  await expect(page.locator('.cd-statusbar')).toContainText('Import abgebrochen');
  await expect(page.getByRole('dialog')).toContainText('Import abgebrochen – nichts wurde geschrieben.');
  await page.screenshot({ path: `${shots}/progress-02-import-cancelled.png` });
  expect(await readdir(join(projectDir, 'episodes'))).toEqual(episodesBefore);
  await expect(page.locator('.cd-episode')).toHaveCount(listBefore);
});

test('a long analysis shows its progress; Cancel keeps the results shown before', async ({ page }) => {
  test.setTimeout(240_000);
  await openApp(page);
  const problemsBefore = await page.locator('.cd-problem').count();
  // Two very long new episodes: the import is quick to let through, their analysis takes seconds.
  await chooseFiles(page, longEpisodeFiles(2, 400));
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('2 Folgen hinzugefügt', { timeout: 120_000 });
  await page.keyboard.press('Escape');
  const bar = page.locator('.cd-statusbar .cd-task[data-task="analysis"]');
  await expect(bar).toBeVisible({ timeout: 60_000 });
  await expect(bar).toContainText(/Analyse… \d+ %/);
  await page.screenshot({ path: `${shots}/progress-03-analysis.png` });
  await clickInPage(bar.getByRole('button', { name: 'Abbrechen' }));
  await expect(bar).toBeHidden({ timeout: 30_000 });
  await expect(page.locator('.cd-statusbar')).toContainText('Analyse abgebrochen');
  await expect(page.locator('.cd-problem')).toHaveCount(problemsBefore);
  await page.screenshot({ path: `${shots}/progress-04-analysis-cancelled.png` });
});
