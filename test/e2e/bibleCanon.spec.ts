// End to end in Chromium: canon facts in the series bible (per character and for the series) with "Remove from canon",
// a cancelled import or export told in the dialog's language, and arrow keys in the sidebar's cast list.
import { test, expect, type Locator, type Page } from '@playwright/test';
import type { ChildProcess } from 'node:child_process';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
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

const bibleFacts = async (): Promise<unknown[]> =>
  (JSON.parse(await readFile(join(projectDir, 'bible.json'), 'utf8')) as { facts?: unknown[] }).facts ?? [];

/** The demo's role conflict: Frank Ostermann is Verwaltungsdirektor in episode 1 but Oberarzt in episode 6. */
const roleProblem = (page: Page) => page.locator('.cd-problem', { hasText: 'Frank Ostermann ist in Der erste Tag Verwaltungsdirektor' });

async function openBible(page: Page): Promise<Locator> {
  await page.getByRole('tab', { name: /Figuren/ }).click();
  await page.getByRole('button', { name: 'Serienbibel', exact: true }).click();
  const pane = page.getByRole('region', { name: 'Serienbibel' });
  await expect(pane).toBeVisible();
  return pane;
}

test('the series bible lists canon facts per character and for the series; Remove from canon takes one out and the analysis follows', async ({ page }) => {
  await openApp(page);
  await roleProblem(page).click();
  await page.locator('.cd-problem-detail .cd-canon-take').filter({ hasText: 'Der erste Tag' }).click();
  const againstCanon = page.locator('.cd-problem', { hasText: 'Laut Serienbibel ist Frank Ostermanns Beruf Verwaltungsdirektor' });
  await expect(againstCanon).toBeVisible({ timeout: 30_000 });
  await page.locator('.cd-canon-toast').getByRole('button', { name: 'Schließen' }).click();

  const pane = await openBible(page);
  await pane.getByRole('searchbox', { name: 'Nach Namen filtern' }).fill('Frank Ostermann');
  await pane.locator('.cd-series-entity', { hasText: /^Frank Ostermann$/ }).click();
  await expect(pane.locator('.cd-series-name')).toHaveText('Frank Ostermann');
  const own = pane.getByRole('table', { name: 'Kanon zu Frank Ostermann' });
  await expect(own.locator('tbody tr')).toHaveCount(1);
  await expect(own.locator('tbody tr')).toContainText('Verwaltungsdirektor');
  await expect(own.locator('tbody tr')).toContainText('01 Der erste Tag');
  await expect(own.locator('thead')).toContainText('Eigenschaft');
  await own.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${shots}/bible-canon-01-character.png` });

  // Another character has no canon yet and says so.
  await pane.getByRole('searchbox', { name: 'Nach Namen filtern' }).fill('Marlene Seitz');
  await pane.locator('.cd-series-entity', { hasText: /^Marlene Seitz$/ }).click();
  await expect(pane.getByRole('table', { name: /^Kanon zu/ })).toHaveCount(0);
  await expect(pane).toContainText('Zu Marlene Seitz steht noch nichts als Kanon fest');

  // The series-wide list: the same fact with its subject; removing it brings the original conflict back.
  await pane.getByRole('tab', { name: 'Kanon' }).click();
  const all = pane.getByRole('table', { name: 'Kanon der Serie' });
  await expect(all.locator('tbody tr')).toHaveCount(1);
  await expect(all.locator('tbody tr')).toContainText('Frank Ostermann');
  await page.screenshot({ path: `${shots}/bible-canon-02-series.png` });
  await all.getByRole('button', { name: 'Aus dem Kanon entfernen: Frank Ostermann, ' }).click();
  await expect(roleProblem(page)).toBeVisible({ timeout: 30_000 });
  await expect(againstCanon).toHaveCount(0);
  expect(await bibleFacts()).toEqual([]);
  await expect(pane).toContainText('Die Serienbibel enthält noch keine Kanon-Angaben.');
  await expect(pane.getByRole('status').filter({ hasText: 'Aus dem Kanon entfernt: Frank Ostermann' })).toBeVisible();
  await page.screenshot({ path: `${shots}/bible-canon-03-removed.png` });
});

/**
 * Passes the bridge through, except that the service answers `importEpisodes` and saving an export (not the Markdown
 * preview) the way it does when the writer cancels the task: the `cancelled` error with its English message.
 */
async function cancelExchange(page: Page) {
  await page.routeWebSocket(/\/api\b/, (ws) => {
    const server = ws.connectToServer();
    ws.onMessage((frame) => {
      const request = JSON.parse(String(frame)) as { id: number; method: string; args: unknown[] };
      const cancelled =
        request.method === 'importEpisodes'
          ? 'The import was cancelled; nothing was imported.'
          : request.method === 'exportReport' && request.args[0] !== 'md'
            ? 'The export was cancelled; no file was written.'
            : null;
      if (cancelled) ws.send(JSON.stringify({ id: request.id, ok: false, error: { code: 'cancelled', message: cancelled } }));
      else server.send(frame);
    });
  });
}

test('a cancelled import or export says so in the dialog’s language, not as an English failure', async ({ page }) => {
  await cancelExchange(page);
  await openApp(page);
  const before = await page.locator('.cd-episode').count();
  await page.locator('input.cdx-file-input').setInputFiles({ name: 'neu.md', mimeType: 'text/markdown', buffer: Buffer.from('# Neu\n\nNora kommt zurück.\n', 'utf8') });
  const dialog = page.getByRole('dialog', { name: 'Folgen importieren' });
  await expect(dialog).toContainText('Import abgebrochen – nichts wurde geschrieben.');
  await expect(dialog).not.toContainText('cancelled');
  await expect(dialog).not.toContainText('fehlgeschlagen');
  await page.screenshot({ path: `${shots}/bible-canon-04-import-cancelled.png` });
  await dialog.getByRole('button', { name: 'Schließen' }).click();
  await expect(page.locator('.cd-episode')).toHaveCount(before);

  await page.getByRole('button', { name: 'Bericht exportieren…' }).click();
  const exportDialog = page.getByRole('dialog', { name: 'Bericht exportieren' });
  await expect(exportDialog.locator('.cdx-preview-text')).toBeVisible({ timeout: 20_000 });
  await exportDialog.getByRole('button', { name: 'Speichern…' }).click();
  await expect(exportDialog.getByRole('status').filter({ hasText: 'Export abgebrochen – nichts wurde geschrieben.' })).toBeVisible();
  await expect(exportDialog).not.toContainText('cancelled');
  await expect(exportDialog).not.toContainText('konnte nicht exportiert werden');
  await page.screenshot({ path: `${shots}/bible-canon-05-export-cancelled.png` });
});

test('the cast list in the sidebar is one tab stop; Up/Down/Home/End move between names and Enter opens one', async ({ page }) => {
  await openApp(page);
  await page.getByRole('tab', { name: /Figuren/ }).click();
  const names = page.locator('.cd-cast-name');
  const count = await names.count();
  expect(count).toBeGreaterThan(5);
  const nameOf = (i: number) => names.nth(i).innerText();
  // Only the first name is in the tab order; the strip cells and counts are not.
  await expect(page.locator('.cd-cast-list [tabindex="0"]')).toHaveCount(1);
  await expect(names.first()).toHaveAttribute('tabindex', '0');
  await page.getByRole('button', { name: 'Serienbibel', exact: true }).focus();
  await page.keyboard.press('Tab');
  await expect(names.first()).toBeFocused();

  await page.keyboard.press('ArrowDown');
  await expect(names.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(names.nth(2)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(names.nth(1)).toBeFocused();
  await page.keyboard.press('End');
  await expect(names.nth(count - 1)).toBeFocused();
  await page.keyboard.press('Home');
  await expect(names.first()).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(names.first()).toBeFocused();

  // Enter opens the second character's details; the list keeps its single tab stop on that name.
  await page.keyboard.press('ArrowDown');
  const second = await nameOf(1);
  await page.keyboard.press('Enter');
  await expect(names.nth(1)).toHaveAttribute('aria-expanded', 'true');
  await expect(page.locator('.cd-cast-details')).toHaveCount(1);
  // The details read in words of the UI language, not engine keys.
  await expect(page.locator('.cd-cast-details')).not.toContainText(/\b(daughter|husband|been-to)\b/);
  await expect(names.nth(1)).toHaveAttribute('tabindex', '0');
  await expect(names.first()).toHaveAttribute('tabindex', '-1');
  await page.screenshot({ path: `${shots}/bible-canon-06-cast-keyboard.png` });
  // Shift+Tab leaves the list (back to the bible button), Tab comes back to the same name.
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('button', { name: 'Serienbibel', exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(names.nth(1)).toBeFocused();
  await expect(names.nth(1)).toHaveText(second);
  await page.keyboard.press('Enter');
  await expect(names.nth(1)).toHaveAttribute('aria-expanded', 'false');
});
