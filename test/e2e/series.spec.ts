// End to end in Chromium: the series bible (fact history, bible edits) and its pictures (relationship graph, timeline).
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

interface BibleFile {
  entities: { id: string; name: string; aliases: string[]; notAliases?: string[] }[];
  notNames: string[];
  distinct: [string, string][];
}
const readBible = async () => JSON.parse(await readFile(join(projectDir, 'bible.json'), 'utf8')) as BibleFile;

/** Opens the app, waits for the analysis, and opens the series bible from the characters tab. */
async function openBible(page: Page) {
  await page.goto(url);
  await expect(page.locator('.cd-episode').first()).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('.cd-problem').first()).toBeVisible({ timeout: 30_000 });
  await page.getByRole('tab', { name: /Figuren/ }).click();
  await page.getByRole('button', { name: 'Serienbibel', exact: true }).click();
  const pane = page.getByRole('region', { name: 'Serienbibel' });
  await expect(pane).toBeVisible();
  return pane;
}

async function choose(page: Page, name: string) {
  const pane = page.getByRole('region', { name: 'Serienbibel' });
  await pane.getByRole('searchbox', { name: 'Nach Namen filtern' }).fill(name);
  await pane.locator('.cd-series-entity', { hasText: new RegExp(`^${name}$`) }).click();
  await expect(pane.locator('.cd-series-name')).toHaveText(name);
}

test('the series bible lists characters with aliases and mentions; a fact in the history opens the episode at its passage', async ({ page }) => {
  const pane = await openBible(page);
  const rows = pane.locator('.cd-series-index-table tbody tr');
  expect(await rows.count()).toBeGreaterThan(10);
  await expect(rows.filter({ hasText: 'Marlene Seitz' }).first()).toContainText('Dr. Marlene Seitz');
  await choose(page, 'Marlene Seitz');
  const history = pane.getByRole('list', { name: 'Was jede Folge über Marlene Seitz sagt' });
  // Episode 1 says Lena is her daughter; episode 2 has someone believe she is dead.
  const daughter = history.locator('.cd-series-fact', { hasText: 'Tochter: Lena' }).first();
  await expect(daughter).toBeVisible();
  await expect(history.locator('.cd-modality-believed').first()).toHaveText('Annahme');
  await expect(pane.locator('.cd-series-conflicts li')).toHaveCount(1);
  await page.screenshot({ path: `${shots}/20-series-bible.png` });
  await page.getByRole('tab', { name: 'Folgen' }).click();
  await page.locator('.cd-episode').nth(4).click();
  const quote = (await daughter.getAttribute('title'))!;
  await daughter.click();
  await expect(page.locator('.cd-editor-pane .cd-editor-episode-no')).toHaveText('01');
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString() ?? '')).toBe(quote);
  await page.screenshot({ path: `${shots}/21-series-fact-opened.png` });
});

test('bible edits from the series bible: an alias, two different people, a split; bible.json changes and the analysis follows', async ({ page }) => {
  const pane = await openBible(page);
  const problems = page.locator('.cd-problem');
  const before = await problems.count();

  // "Stefanie Kolb" is Stephanie Kolb: declared, the spelling problem goes.
  await choose(page, 'Stephanie Kolb');
  // Escape in a field empties it and keeps the bible open.
  await pane.getByRole('textbox', { name: 'Weiterer Name' }).fill('Steffi');
  await page.keyboard.press('Escape');
  await expect(pane.getByRole('textbox', { name: 'Weiterer Name' })).toHaveValue('');
  await expect(pane).toBeVisible();
  await pane.getByRole('textbox', { name: 'Weiterer Name' }).fill('Stefanie Kolb');
  await pane.getByRole('button', { name: 'Namen hinzufügen' }).click();
  await expect.poll(async () => (await readBible()).entities.find((e) => e.name === 'Stephanie Kolb')?.aliases).toEqual(['Stefanie Kolb']);
  await expect(problems).toHaveCount(before - 1, { timeout: 30_000 });
  await expect(pane.getByRole('status')).toContainText('„Stefanie Kolb“ ist jetzt ein Name von Stephanie Kolb');

  // Hanna and Hanne Wiegand are two people.
  await choose(page, 'Hanna Wiegand');
  await pane.getByRole('combobox', { name: 'Anderer Eintrag' }).selectOption({ label: 'Hanne Wiegand' });
  await pane.getByRole('button', { name: 'Verschiedene Personen' }).click();
  await expect.poll(async () => (await readBible()).distinct).toContainEqual(['Hanna Wiegand', 'Hanne Wiegand']);
  await expect(pane.getByRole('status')).toContainText('verschiedene Personen vermerkt');

  // "Marlene Seiz" split off Marlene Seitz: an entry of its own after the analysis, and no spelling problem any more.
  await choose(page, 'Marlene Seitz');
  await expect(pane.locator('.cd-series-alias > span', { hasText: /^Marlene Seiz$/ })).toHaveCount(1);
  await pane.getByRole('button', { name: '„Marlene Seiz“ von Marlene Seitz abtrennen: ein eigener Name' }).click();
  await expect.poll(async () => (await readBible()).entities.find((e) => e.name === 'Marlene Seitz')?.notAliases).toEqual(['Marlene Seiz']);
  await pane.getByRole('searchbox', { name: 'Nach Namen filtern' }).fill('Marlene');
  await expect(pane.locator('.cd-series-entity', { hasText: /^Marlene Seiz$/ })).toHaveCount(1, { timeout: 30_000 });
  await expect(problems).toHaveCount(before - 2, { timeout: 30_000 });
  await expect(pane.locator('.cd-series-name')).toHaveText('Marlene Seitz');
  await expect(pane.locator('.cd-series-alias > span', { hasText: /^Marlene Seiz$/ })).toHaveCount(0);
  // The form starts afresh for another entry: no choice carried over from Hanna Wiegand.
  await expect(pane.getByRole('combobox', { name: 'Anderer Eintrag' })).toHaveValue('');
  await page.screenshot({ path: `${shots}/22-series-bible-edits.png` });

  // "Ida" is Ida Brandt: merged, one entry with both names, and her mentions add up.
  await choose(page, 'Ida Brandt');
  const mentions = async () => Number((await pane.locator('.cd-series-current td.cd-num').first().textContent())!.replace(/\D/g, ''));
  const alone = await mentions();
  await pane.getByRole('combobox', { name: 'Anderer Eintrag' }).selectOption({ label: 'Ida' });
  await pane.getByRole('button', { name: 'Hiermit zusammenführen' }).click();
  await expect.poll(async () => (await readBible()).entities.find((e) => e.name === 'Ida Brandt')?.aliases).toEqual(['Ida']);
  await pane.getByRole('searchbox', { name: 'Nach Namen filtern' }).fill('Ida');
  await expect(pane.locator('.cd-series-entity', { hasText: /^Ida$/ })).toHaveCount(0, { timeout: 30_000 });
  await expect.poll(mentions).toBeGreaterThan(alone);
  await expect(pane.locator('.cd-series-alias > span', { hasText: /^Ida$/ })).toHaveCount(1);
});

test('the relationship graph and the timeline of a character; conflicts marked, a mark opens the passage', async ({ page }) => {
  const pane = await openBible(page);
  await choose(page, 'Stephanie Kolb');
  await pane.getByRole('tab', { name: 'Beziehungsgeflecht' }).click();
  const graph = pane.getByRole('group', { name: /Beziehungen von Stephanie Kolb/ });
  await expect(graph).toBeVisible();
  await expect(graph).toHaveAttribute('aria-label', /Paul \(.*Widerspruch\)/);
  await expect(graph.locator('.cd-edge-conflict')).toHaveCount(1);
  await expect(graph.locator('.cd-edge-family').first()).toBeVisible();
  await page.screenshot({ path: `${shots}/23-series-graph.png` });
  // A click on a relative moves the centre to them.
  await graph.locator('.cd-node', { hasText: /^Paul\b/ }).first().click();
  await expect(pane.locator('.cd-series-name')).toHaveText('Paul');

  // Keyboard: the arrow keys move between the views.
  await pane.getByRole('tab', { name: 'Beziehungsgeflecht' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(pane.getByRole('tab', { name: 'Zeitleiste' })).toHaveAttribute('aria-selected', 'true');
  await expect(pane.getByRole('tab', { name: 'Zeitleiste' })).toBeFocused();
  const timeline = pane.getByRole('group', { name: /Zeitleiste von Paul/ });
  await expect(timeline).toBeVisible();
  const conflicting = timeline.locator('.cd-tl-conflict');
  expect(await conflicting.count()).toBeGreaterThanOrEqual(2);
  await page.screenshot({ path: `${shots}/24-series-timeline.png` });
  const last = conflicting.last();
  const episodeId = (await last.getAttribute('data-episode'))!;
  await last.click();
  const manifest = JSON.parse(await readFile(join(projectDir, 'continuity.json'), 'utf8')) as { episodes: { id?: string; file: string }[] };
  const number = String(manifest.episodes.findIndex((e) => (e.id ?? e.file).includes(episodeId) || e.file.includes(episodeId)) + 1).padStart(2, '0');
  await expect(page.locator('.cd-editor-pane .cd-editor-episode-no')).toHaveText(number);
  await expect.poll(() => page.evaluate(() => (window.getSelection()?.toString() ?? '').length)).toBeGreaterThan(0);

  // Georg Seitz: believed dead, then revealed alive: the marks say so.
  await choose(page, 'Georg Seitz');
  await expect(pane.getByRole('group', { name: /Zeitleiste von Georg Seitz/ }).locator('.cd-tl-revealed')).toHaveCount(1);
  await expect(pane.getByRole('group', { name: /Zeitleiste von Georg Seitz/ }).locator('.cd-tl-believed').first()).toBeVisible();
  await page.screenshot({ path: `${shots}/25-series-timeline-reveal.png` });

  // Printable: only the bible on white.
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: `${shots}/26-series-print.png` });
  await page.emulateMedia({ media: 'screen' });
  // Dark theme.
  await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
  await pane.getByRole('tab', { name: 'Beziehungsgeflecht' }).click();
  await choose(page, 'Marlene Seitz');
  await page.screenshot({ path: `${shots}/27-series-graph-dark.png` });
  // Many links (Nora meets half the cast): still legible.
  await choose(page, 'Nora Castell');
  await expect(pane.getByRole('group', { name: /Beziehungen von Nora Castell:/ })).toBeVisible();
  await pane.locator('.cd-series-graph').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${shots}/28-series-graph-many.png` });
});
