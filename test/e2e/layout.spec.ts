// End to end in Chromium: the window's layout in use: the editor / Problems split (keyboard, fold, remembered), the
// episode list as one tab stop, the problem detail's quick actions in view, the bible's labelled entry count.
import { test, expect, type Page } from '@playwright/test';
import type { ChildProcess } from 'node:child_process';
import { mkdir, rm } from 'node:fs/promises';
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

async function openApp(page: Page) {
  await page.goto(url);
  await expect(page.locator('.cd-episode').first()).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('.cd-prose')).toBeVisible();
  await expect(page.locator('.cd-problem').first()).toBeVisible({ timeout: 30_000 });
}

const panelHeight = (page: Page) => page.locator('.cd-problems').evaluate((el) => Math.round(el.getBoundingClientRect().height));
const editorHeight = (page: Page) => page.locator('.cd-editor-pane').evaluate((el) => Math.round(el.getBoundingClientRect().height));

test('in a short window the problems panel can be made smaller by keyboard, folded with Ctrl+J, and stays so after a reload', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await openApp(page);
  const splitter = page.getByRole('separator', { name: 'Höhe der Problemliste' });
  await expect(splitter).toBeVisible();
  const before = await panelHeight(page);
  expect(Number(await splitter.getAttribute('aria-valuenow'))).toBe(before);
  const editorBefore = await editorHeight(page);
  await page.screenshot({ path: `${shots}/layout-01-short-window.png` });

  // Arrow down three times (24 px each) gives the editor 72 px more.
  await splitter.focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
  await expect.poll(() => panelHeight(page)).toBe(before - 72);
  await expect(splitter).toHaveAttribute('aria-valuenow', String(before - 72));
  expect(await editorHeight(page)).toBe(editorBefore + 72);
  // Up again, then Home to the smallest panel: the toolbar and a few rows still show.
  await page.keyboard.press('ArrowUp');
  await expect(splitter).toHaveAttribute('aria-valuenow', String(before - 48));
  await page.keyboard.press('Home');
  await expect(splitter).toHaveAttribute('aria-valuenow', (await splitter.getAttribute('aria-valuemin')) ?? '');
  await expect(page.locator('.cd-problem').first()).toBeVisible();
  await page.keyboard.press('End');
  const max = Number(await splitter.getAttribute('aria-valuemax'));
  await expect(splitter).toHaveAttribute('aria-valuenow', String(max));
  expect(await editorHeight(page)).toBeGreaterThanOrEqual(100);
  // The writer's size is remembered.
  await page.keyboard.press('Home');
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowUp');
  const chosen = Number(await splitter.getAttribute('aria-valuenow'));
  await page.screenshot({ path: `${shots}/layout-02-resized.png` });
  await page.reload();
  await openApp(page);
  await expect(page.getByRole('separator', { name: 'Höhe der Problemliste' })).toHaveAttribute('aria-valuenow', String(chosen));

  // Dragging the bar up makes the panel taller.
  const bar = await page.getByRole('separator', { name: 'Höhe der Problemliste' }).boundingBox();
  if (!bar) throw new Error('no splitter box');
  await page.mouse.move(bar.x + bar.width / 2, bar.y + bar.height / 2);
  await page.mouse.down();
  await page.mouse.move(bar.x + bar.width / 2, bar.y - 100, { steps: 5 });
  await page.mouse.up();
  await expect.poll(() => panelHeight(page)).toBeGreaterThan(chosen + 80);

  // Ctrl+J folds the panel to its toolbar (from the editor too) and unfolds it; the button says which.
  await page.locator('.cd-prose').click();
  const editorOpen = await editorHeight(page);
  await page.keyboard.press('Control+j');
  const fold = page.getByRole('button', { name: 'Probleme einblenden' });
  await expect(fold).toHaveAttribute('aria-expanded', 'false');
  await expect(page.locator('.cd-problem-list')).toBeHidden();
  await expect(page.getByRole('separator')).toHaveCount(0);
  expect(await editorHeight(page)).toBeGreaterThan(editorOpen + 100);
  await expect(page.locator('.cd-prose')).toBeFocused();
  await page.screenshot({ path: `${shots}/layout-03-folded.png` });
  // Folded survives a reload; the button unfolds.
  await page.reload();
  await expect(page.locator('.cd-episode').first()).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('button', { name: 'Probleme einblenden' })).toBeVisible();
  await expect(page.locator('.cd-problem-list')).toBeHidden();
  await page.getByRole('button', { name: 'Probleme einblenden' }).click();
  await expect(page.getByRole('button', { name: 'Probleme ausblenden' })).toHaveAttribute('aria-expanded', 'true');
  await expect(page.locator('.cd-problem').first()).toBeVisible({ timeout: 30_000 });
  await page.keyboard.press('Control+j');
  await expect(page.locator('.cd-problem-list')).toBeHidden();
  await page.keyboard.press('Control+j');
  await expect(page.locator('.cd-problem-list')).toBeVisible();

  // The shortcut is listed with the others.
  await page.getByRole('button', { name: 'Einstellungen' }).click();
  await expect(page.locator('.cd-shortcuts')).toContainText('Strg+J');
});

test('the episode list is one tab stop: arrow keys move between episodes, Enter opens one', async ({ page }) => {
  await openApp(page);
  const episodes = page.locator('.cd-episode');
  const count = await episodes.count();
  expect(count).toBeGreaterThan(3);
  await expect(episodes.first()).toHaveAttribute('aria-current', 'page');
  await expect(page.locator('.cd-episode[tabindex="0"]')).toHaveCount(1);
  await expect(page.locator('.cd-episode[tabindex="-1"]')).toHaveCount(count - 1);

  // Tab from the episodes tab lands on the current episode; one more Tab leaves the list.
  await page.getByRole('tab', { name: 'Folgen' }).focus();
  await page.keyboard.press('Tab');
  await expect(episodes.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(episodes.nth(2)).toBeFocused();
  await expect(episodes.first()).toHaveAttribute('aria-current', 'page');
  // The focus ring shows whole (drawn inside the row, which clips what lies outside it).
  expect(await episodes.nth(2).evaluate((el) => parseFloat(getComputedStyle(el).outlineOffset))).toBeLessThan(0);
  await page.screenshot({ path: `${shots}/layout-04-episode-focus.png` });
  await page.keyboard.press('Enter');
  await expect(episodes.nth(2)).toHaveAttribute('aria-current', 'page');
  await expect(page.locator('.cd-editor-pane .cd-editor-episode-no')).toHaveText('03');
  await page.keyboard.press('End');
  await expect(episodes.nth(count - 1)).toBeFocused();
  await page.keyboard.press('Home');
  await expect(episodes.first()).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(episodes.first()).toBeFocused();
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.classList.contains('cd-episode'))).toBe(false);

  // Back into the list: the focus returns to the episode it left.
  await page.keyboard.press('Shift+Tab');
  await expect(episodes.first()).toBeFocused();
  await expect(episodes.nth(2)).toHaveAttribute('aria-current', 'page');
  // A click on another episode moves the tab stop there.
  await episodes.nth(4).click();
  await expect(episodes.nth(4)).toHaveAttribute('tabindex', '0');
  await expect(page.locator('.cd-episode[tabindex="0"]')).toHaveCount(1);
});

test('at 1400×900 the problem detail shows Take as canon without scrolling, and the bible labels its entry count', async ({ page }) => {
  await openApp(page);
  await page.locator('.cd-problem', { hasText: 'Frank Ostermann ist in Der erste Tag Verwaltungsdirektor' }).click();
  const detail = page.locator('.cd-problem-detail');
  const take = detail.locator('.cd-canon-take').first();
  await expect(take).toBeVisible();
  expect(await detail.evaluate((el) => el.scrollTop)).toBe(0);
  const box = await detail.boundingBox();
  const takeBox = await take.boundingBox();
  if (!box || !takeBox) throw new Error('no detail box');
  expect(takeBox.y + takeBox.height).toBeLessThanOrEqual(box.y + box.height);
  await expect(detail.getByRole('button', { name: 'Beabsichtigt', exact: true })).toBeInViewport();
  // The passages follow the actions under their own heading.
  await expect(detail.locator('.cd-detail-subheading')).toContainText('Stellen');
  await page.screenshot({ path: `${shots}/layout-05-detail-actions.png` });

  await page.getByRole('tab', { name: /Figuren/ }).click();
  await page.getByRole('button', { name: 'Serienbibel', exact: true }).click();
  const pane = page.getByRole('region', { name: 'Serienbibel' });
  await expect(pane.locator('.cd-editor-episode-no')).toHaveText(/^\d+ Einträge$/);
  // The name comes first, the count after it.
  const [titleX, countX] = await Promise.all(['.cd-editor-title', '.cd-editor-episode-no'].map(async (s) => (await pane.locator(s).first().boundingBox())?.x ?? 0));
  expect(titleX).toBeLessThan(countX);
  await page.screenshot({ path: `${shots}/layout-06-bible-count.png` });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: `${shots}/layout-07-bible-count-dark.png` });
});
