// End to end in Chromium: scripts in the editor (screenplay layout and keys), fact annotations, replace across the series, keyboard in the pictures.
import { test, expect, type Page } from '@playwright/test';
import type { ChildProcess } from 'node:child_process';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { startDemoServer, stopServer } from './demoServer';

const shots = process.env.E2E_SHOTS_DIR ?? 'test-results/e2e';
let server: ChildProcess | null = null;
let url = '';
let projectDir = '';

test.use({ locale: 'de-DE' });

test.beforeAll(async () => {
  await mkdir(shots, { recursive: true });
  ({ url, child: server, dir: projectDir } = await startDemoServer());
});

test.afterAll(async () => {
  await stopServer(server);
  if (projectDir) await rm(projectDir, { recursive: true, force: true });
});

interface ManifestEpisode { id: string; file: string; title: string }
const manifestEpisodes = async (): Promise<ManifestEpisode[]> =>
  (JSON.parse(await readFile(join(projectDir, 'continuity.json'), 'utf8')) as { episodes: ManifestEpisode[] }).episodes;

async function openApp(page: Page) {
  await page.goto(url);
  await expect(page.locator('.cd-episode').first()).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('.cd-prose')).toBeVisible();
}

/** A short script of our own, in Fountain. */
const fountain = [
  'Title: Die Fähre',
  '',
  'INT. KÜCHE – TAG',
  '',
  'Anna deckt den Tisch. Regen am Fenster.',
  '',
  'ANNA',
  '(leise)',
  'Wo warst du die ganze Nacht?',
  '',
  'TOM',
  'Am Hafen. Die Fähre kam nicht.',
  '',
  'EXT. HAFEN – NACHT',
  '',
  'Tom steht allein am Kai.',
  '',
].join('\n');

/** Imports the script and opens it; returns its manifest entry. */
async function importScript(page: Page): Promise<ManifestEpisode> {
  const before = await manifestEpisodes();
  const existing = before.find((e) => e.title === 'Die Fähre');
  if (!existing) {
    await page.locator('input[type="file"]').setInputFiles({ name: 'die-faehre.fountain', mimeType: 'text/plain', buffer: Buffer.from(fountain) });
    const dialog = page.getByRole('dialog', { name: 'Folgen importieren' });
    await expect(dialog.getByText('1 Folge hinzugefügt:')).toBeVisible({ timeout: 30_000 });
    await dialog.getByRole('button', { name: 'Schließen' }).click();
  }
  await page.locator('.cd-episode', { hasText: 'Die Fähre' }).click();
  await expect(page.locator('.cd-editor-title')).toHaveText('Die Fähre');
  await expect(page.locator('.cd-prose .cd-sp-scene').first()).toBeVisible();
  await expect(page.locator('.cd-prose')).toHaveAttribute('contenteditable', 'true');
  const after = await manifestEpisodes();
  return after.find((e) => e.title === 'Die Fähre')!;
}

test('an imported script shows as a screenplay: scene headings, cues and dialogue indented, and it saves back unchanged', async ({ page }) => {
  await openApp(page);
  const episode = await importScript(page);
  const prose = page.locator('.cd-prose');
  await expect(prose.locator('.cd-sp-scene')).toHaveText(['INT. KÜCHE – TAG', 'EXT. HAFEN – NACHT']);
  await expect(prose.locator('.cd-sp-character')).toHaveText(['ANNA', 'TOM']);
  await expect(prose.locator('.cd-sp-parenthetical')).toHaveText(['(leise)']);
  await expect(prose.locator('.cd-sp-dialogue')).toHaveText(['Wo warst du die ganze Nacht?', 'Am Hafen. Die Fähre kam nicht.']);
  const left = async (selector: string) => (await prose.locator(selector).first().boundingBox())!.x;
  const scene = await left('.cd-sp-scene');
  const dialogue = await left('.cd-sp-dialogue');
  const cue = await left('.cd-sp-character');
  expect(dialogue).toBeGreaterThan(scene + 50);
  expect(cue).toBeGreaterThan(dialogue + 50);
  // A synopsis episode stays prose.
  await page.screenshot({ path: `${shots}/editor2-01-screenplay.png` });
  const onDisk = await readFile(join(projectDir, episode.file), 'utf8');
  expect(onDisk).toContain('ANNA\n(leise)\nWo warst du die ganze Nacht?');
});

test('screenplay keys: Enter after a cue goes to dialogue, Tab cycles the element, cues come out in capitals', async ({ page }) => {
  await openApp(page);
  const episode = await importScript(page);
  const prose = page.locator('.cd-prose');
  // Enter at the end of the cue TOM: the new line is dialogue.
  const tom = prose.locator('.cd-sp-character', { hasText: 'TOM' });
  await expect(async () => {
    await tom.click();
    await page.keyboard.press('End');
    expect(await page.evaluate(() => window.getSelection()?.anchorNode?.textContent)).toBe('TOM');
  }).toPass({ timeout: 10_000 });
  await page.keyboard.press('Enter');
  await page.keyboard.type('Frag nicht.');
  await expect(prose.locator('.cd-sp-dialogue', { hasText: 'Frag nicht.' })).toBeVisible();
  // On the empty last line after a blank one: Tab twice makes it a cue, typed in capitals.
  await page.keyboard.press('Control+End');
  // The editor takes a moved caret from the page's selection a moment later; wait for it to reach the last line.
  await expect.poll(() => page.evaluate(() => {
    const anchor = window.getSelection()?.anchorNode;
    const last = document.querySelector('.cd-prose')?.lastElementChild;
    return !!anchor && !!last && (anchor === last || last.contains(anchor));
  })).toBe(true);
  await page.waitForTimeout(100);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.type('anna');
  await expect(prose.locator('.cd-sp-character').last()).toHaveText('ANNA');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Komm rein.');
  
  await expect(prose.locator('.cd-sp-dialogue').last()).toHaveText('Komm rein.');
  // Shift+Tab on the dialogue line turns it back into a cue (and back with Tab).
  await page.keyboard.press('Shift+Tab');
  await expect(prose.locator('.cd-sp-character').last()).toHaveText('KOMM REIN.');
  await page.keyboard.press('Control+z');
  await expect(prose.locator('.cd-sp-dialogue').last()).toHaveText('Komm rein.');
  await page.screenshot({ path: `${shots}/editor2-02-screenplay-keys.png` });
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('save-status')).toHaveText('Gespeichert');
  await expect.poll(async () => readFile(join(projectDir, episode.file), 'utf8')).toContain('TOM\nFrag nicht.\nAm Hafen.');
  const saved = await readFile(join(projectDir, episode.file), 'utf8');
  expect(saved).toContain('Tom steht allein am Kai.\n\nANNA\nKomm rein.');
  // Loaded again, the new speech is a cue and dialogue.
  await page.reload();
  await expect(page.locator('.cd-episode').first()).toBeVisible({ timeout: 20_000 });
  await page.locator('.cd-episode', { hasText: 'Die Fähre' }).click();
  await expect(prose.locator('.cd-sp-character')).toHaveText(['ANNA', 'TOM', 'ANNA']);
  await expect(prose.locator('.cd-sp-dialogue').last()).toHaveText('Komm rein.');
});

test('a synopsis stays prose and Tab leaves the editor', async ({ page }) => {
  await openApp(page);
  await page.locator('.cd-episode').first().click();
  const prose = page.locator('.cd-prose');
  await expect(prose.locator('.cd-sp')).toHaveCount(0);
  await prose.locator('p').nth(1).click();
  await page.keyboard.press('Tab');
  await expect(prose).not.toBeFocused();
});
