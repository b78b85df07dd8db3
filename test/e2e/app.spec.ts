// End to end in Chromium through the browser bridge: a copy of the demo series served by `continuity serve`.
import { test, expect, type Page } from '@playwright/test';
import type { ChildProcess } from 'node:child_process';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startDemoServer, stopServer } from './demoServer';

/** Screenshots for people to look at (E2E_SHOTS_DIR moves them, e.g. out of a folder another run is cleaning). */
const shots = process.env.E2E_SHOTS_DIR ?? 'test-results/e2e';
let server: ChildProcess | null = null;
let url = '';
let projectDir = '';

test.use({ locale: 'de-DE' });

test.beforeAll(async () => {
  await mkdir(shots, { recursive: true });
  ({ url, child: server, dir: projectDir } = await startDemoServer());
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=/);
});

test.afterAll(async () => {
  await stopServer(server);
  if (projectDir) await rm(projectDir, { recursive: true, force: true });
});

async function openApp(page: Page) {
  await page.goto(url);
  await expect(page.locator('.cd-episode').first()).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('.cd-prose')).toBeVisible();
}

/** Waits until the analysis has listed problems in the panel. */
async function waitForProblems(page: Page) {
  await expect(page.locator('.cd-problem').first()).toBeVisible({ timeout: 30_000 });
}

test('lists the episodes of the series in order and opens the first', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await openApp(page);
  const manifest = JSON.parse(await readFile(join(projectDir, 'continuity.json'), 'utf8')) as { title: string; episodes: { title: string }[] };
  await expect(page.locator('.cd-episode-title')).toHaveText(manifest.episodes.map((e) => e.title));
  await expect(page.locator('.cd-series-title')).toHaveText(manifest.title);
  await expect(page.locator('.cd-episode').first()).toHaveAttribute('aria-current', 'page');
  await waitForProblems(page);
  await expect(page.locator('.cd-prose .cd-mention').first()).toBeVisible();
  await page.screenshot({ path: `${shots}/01-app-shell.png` });
  // The strict Content-Security-Policy must not have blocked anything.
  expect(errors.filter((e) => /Content Security Policy|Refused to/i.test(e))).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
});

test('flags a conflict in the editor, lists it in Problems, and a click lands on the passage', async ({ page }) => {
  await openApp(page);
  await waitForProblems(page);
  const problems = page.locator('.cd-problem');
  expect(await problems.count()).toBeGreaterThan(0);
  const first = problems.first();
  await first.click();
  await expect(first).toHaveAttribute('aria-selected', 'true');

  // The editor shows the episode of the passage, the passage is selected, flagged and in view.
  const quotes = await page.locator('.cd-problem-detail .cd-evidence-link q').allTextContents();
  expect(quotes.length).toBeGreaterThan(0);
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString() ?? '')).not.toBe('');
  expect(quotes).toContain(await page.evaluate(() => window.getSelection()?.toString() ?? ''));
  await expect(page.locator('.cd-prose')).toBeFocused();
  const active = page.locator('.cd-prose .cd-conflict-active').first();
  await expect(active).toBeVisible();
  await expect(active).toBeInViewport();
  await expect(page.locator('.cd-prose .cd-flag').first()).toBeVisible();
  await page.screenshot({ path: `${shots}/02-problem-selected.png` });

  // F8 moves on to the next problem.
  await page.keyboard.press('F8');
  await expect(problems.nth(1)).toHaveAttribute('aria-selected', 'true');
});

test('hovering a flag shows the other passage; clicking opens both side by side', async ({ page }) => {
  await openApp(page);
  await waitForProblems(page);
  // Open a problem that spans two episodes, so its flag has another passage to show.
  await page.locator('.cd-problem').first().click();
  const flag = page.locator('.cd-prose .cd-flag').first();
  await expect(flag).toBeVisible();
  await page.locator('.cd-prose .cd-conflict').first().hover();
  await expect(page.locator('.cd-tooltip')).toBeVisible();
  await expect(page.locator('.cd-tooltip-quote').first()).toBeVisible();
  await page.screenshot({ path: `${shots}/03-tooltip.png` });
  await flag.click();
  const side = page.locator('.cd-side-pane');
  await expect(side).toBeVisible();
  await expect(side.locator('.cd-evidence')).toBeVisible();
  await expect(side.locator('.cd-evidence')).toBeInViewport();
  await expect(side.locator('.cd-prose')).toHaveAttribute('contenteditable', 'false');
  await page.mouse.move(5, 5);
  await page.screenshot({ path: `${shots}/04-side-by-side.png` });
});

test('typing saves the episode to disk after a pause, and Ctrl+Z undoes it', async ({ page }) => {
  await openApp(page);
  const file = (await page.locator('.cd-editor-pane .cd-editor-file').textContent())!.trim();
  const path = join(projectDir, file);
  const before = await readFile(path, 'utf8');
  const heading = page.locator('.cd-prose h1').first();
  await heading.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' (Fassung 2)');
  await expect(page.getByTestId('save-status')).toHaveText('Ungespeicherte Änderungen');
  await expect.poll(() => readFile(path, 'utf8'), { timeout: 5_000 }).toContain('(Fassung 2)');
  const after = await readFile(path, 'utf8');
  // Only the typed words changed: every other line, blank ones included, is as it was.
  expect(after).toBe(before.replace(/^(# [^\n]*)/, '$1 (Fassung 2)'));
  await expect(page.getByTestId('save-status')).toHaveText('Gespeichert');
  await page.screenshot({ path: `${shots}/05-saved.png` });

  await page.keyboard.press('Control+z');
  await expect(heading).not.toContainText('(Fassung 2)');
  await page.keyboard.press('Control+Shift+z');
  await expect(heading).toContainText('(Fassung 2)');
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+y');
  await expect(heading).toContainText('(Fassung 2)');
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+s');
  await expect.poll(() => readFile(path, 'utf8'), { timeout: 5_000 }).toBe(before);
});

test('filters the Problems panel by character with counts, and finds text in the episode', async ({ page }) => {
  await openApp(page);
  await waitForProblems(page);
  const total = await page.locator('.cd-problem').count();
  const entity = (await page.locator('.cd-problem .cd-problem-entity').first().textContent())!;
  const select = page.locator('select[data-facet="entity"]');
  await expect(select.locator('option', { hasText: entity })).toHaveText(/\(\d+\)$/);
  await select.selectOption(entity);
  await expect(page.locator('.cd-problem .cd-problem-entity')).toHaveText(Array(await page.locator('.cd-problem').count()).fill(entity));
  await expect(page.locator('.cd-problems-shown')).toContainText(`von ${total}`);
  // Keyboard: focus the list, move with the arrow keys, Enter opens the passage.
  await page.locator('.cd-problem-list').focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('.cd-problem').first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page.locator('.cd-prose .cd-conflict-active').first()).toBeInViewport();
  await page.getByRole('button', { name: 'Filter zurücksetzen' }).click();
  await expect(page.locator('.cd-problem')).toHaveCount(total);

  await page.locator('.cd-prose').click();
  await page.keyboard.press('Control+f');
  const find = page.getByRole('searchbox', { name: 'In Folge suchen' });
  await expect(find).toBeFocused();
  await find.fill('Nora');
  // The search starts at the cursor; Enter moves on to the next match, wrapping at the end.
  const count = page.locator('.cd-findbar-count');
  await expect(count).toHaveText(/^[1-9]\d* \/ \d+$/);
  const [current, matches] = (await count.textContent())!.split(' / ').map(Number);
  expect(await page.locator('.cd-prose .cd-find-match').count()).toBe(matches);
  expect(matches).toBeGreaterThan(1);
  await page.keyboard.press('Enter');
  await expect(count).toHaveText(`${(current % matches) + 1} / ${matches}`);
  await page.screenshot({ path: `${shots}/07-filter-find.png` });
  // Replace all in one step, then undo it in one step.
  const file = (await page.locator('.cd-editor-pane .cd-editor-file').textContent())!.trim();
  const path = join(projectDir, file);
  const before = await readFile(path, 'utf8');
  await page.getByRole('textbox', { name: 'Ersetzen durch' }).fill('Nora-Marie');
  await page.getByRole('button', { name: 'Alle ersetzen' }).click();
  await expect.poll(() => readFile(path, 'utf8'), { timeout: 5_000 }).toBe(before.replace(/nora/gi, 'Nora-Marie'));
  await page.locator('.cd-prose').click();
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+s');
  await expect.poll(() => readFile(path, 'utf8'), { timeout: 5_000 }).toBe(before);
  await page.keyboard.press('Control+f');
  await page.keyboard.press('Escape');
  await expect(page.locator('.cd-findbar')).toHaveCount(0);
});

test('marks a conflict intended with a note, saved in decisions.json', async ({ page }) => {
  await openApp(page);
  await waitForProblems(page);
  const row = page.locator('.cd-problem').last();
  const entity = (await row.locator('.cd-problem-entity').textContent())!;
  await row.click();
  await page.locator('.cd-problem-detail').getByRole('button', { name: 'Beabsichtigt' }).click();
  await page.getByPlaceholder(/Warum\?/).fill('Absicht: Stefanie ist ihr Spitzname.');
  await page.getByRole('button', { name: /Entscheidung speichern/ }).click();
  await expect(page.locator('.cd-problem', { hasText: entity }).locator('.cd-status-chip')).toHaveText('Beabsichtigt');
  await expect.poll(() => readFile(join(projectDir, 'decisions.json'), 'utf8'), { timeout: 5_000 }).toContain('Stefanie ist ihr Spitzname');
  await page.screenshot({ path: `${shots}/08-decision.png` });
  await page.locator('.cd-problem-detail').getByRole('button', { name: 'Wieder öffnen' }).click();
  await expect(page.locator('.cd-problem', { hasText: entity }).locator('.cd-status-chip')).toHaveCount(0);
});

test('the rename quick fix corrects the spelling in one undoable step and the problem goes away', async ({ page }) => {
  await openApp(page);
  await waitForProblems(page);
  const rename = page.locator('.cd-problem-detail').getByRole('button', { name: /in dieser Folge/ });
  const rows = page.locator('.cd-problem');
  const before = await rows.count();
  // Open the first spelling problem that offers a rename: it lands on the odd spelling.
  for (let i = 0; i < before; i++) {
    await rows.nth(i).click();
    if ((await rename.count()) > 0) break;
  }
  await expect(rename).toBeVisible();
  const [, from, to] = /„(.+)“ in dieser Folge in „(.+)“ umbenennen/.exec((await rename.textContent())!)!;
  const file = (await page.locator('.cd-editor-pane .cd-editor-file').textContent())!.trim();
  const path = join(projectDir, file);
  const original = await readFile(path, 'utf8');
  expect(original).toContain(from);
  await rename.click();
  await expect(page.locator('.cd-detail-message')).toContainText('umbenannt');
  await expect.poll(() => readFile(path, 'utf8'), { timeout: 5_000 }).not.toContain(` ${from} `);
  expect(await readFile(path, 'utf8')).toBe(original.replace(new RegExp(`(?<![\\p{L}])${from}(?![\\p{L}])`, 'gu'), to));
  await expect(rows).toHaveCount(before - 1, { timeout: 30_000 });
  await page.screenshot({ path: `${shots}/09-renamed.png` });
  await page.locator('.cd-prose').click();
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+s');
  await expect.poll(() => readFile(path, 'utf8'), { timeout: 5_000 }).toBe(original);
  await expect(rows).toHaveCount(before, { timeout: 30_000 });
});

test('renaming a spelling variant in all episodes saves the episodes that have it', async ({ page }) => {
  await openApp(page);
  await waitForProblems(page);
  const series = page.locator('.cd-problem-detail').getByRole('button', { name: /in allen Folgen umbenennen/ });
  const rows = page.locator('.cd-problem');
  for (let i = 0; i < (await rows.count()); i++) {
    await rows.nth(i).click();
    if ((await series.count()) > 0) break;
  }
  const rename = page.locator('.cd-problem-detail').getByRole('button', { name: /in dieser Folge/ });
  const [, from, to] = /„(.+)“ in dieser Folge in „(.+)“ umbenennen/.exec((await rename.textContent())!)!;
  // Leave the episode with the variant, so the rename goes through the service for it.
  await page.locator('.cd-episode').first().click();
  const manifest = JSON.parse(await readFile(join(projectDir, 'continuity.json'), 'utf8')) as { episodes: { file: string }[] };
  const read = () => Promise.all(manifest.episodes.map((e) => readFile(join(projectDir, e.file), 'utf8')));
  const before = await read();
  const pattern = new RegExp(`(?<![\\p{L}])${from}(?![\\p{L}])`, 'gu');
  expect(before.some((text) => pattern.test(text))).toBe(true);
  await series.click();
  await expect(page.locator('.cd-detail-message')).toContainText('umbenannt');
  await expect.poll(async () => (await read()).some((text) => new RegExp(pattern).test(text)), { timeout: 5_000 }).toBe(false);
  const after = await read();
  after.forEach((text, i) => expect(text).toBe(before[i].replace(new RegExp(pattern), to)));
  // Put the series back for the tests that follow.
  await Promise.all(manifest.episodes.map((e, i) => writeFile(join(projectDir, e.file), before[i])));
});

test('a save over an outside change asks, and "keep mine" writes the editor text', async ({ page }) => {
  await openApp(page);
  await page.locator('.cd-episode').nth(2).click();
  await expect(page.locator('.cd-episode').nth(2)).toHaveAttribute('aria-current', 'page');
  const file = (await page.locator('.cd-editor-pane .cd-editor-file').textContent())!.trim();
  const path = join(projectDir, file);
  const original = await readFile(path, 'utf8');
  await page.locator('.cd-prose h1').first().click();
  await page.keyboard.press('End');
  await page.keyboard.type(' – meine Fassung');
  await writeFile(path, original + '\nVon außen ergänzt.\n');
  await expect(page.locator('.cd-infobar-warning')).toBeVisible({ timeout: 10_000 });
  await expect(page.getByTestId('save-status')).toHaveText('Auf der Platte geändert');
  await page.screenshot({ path: `${shots}/10-changed-on-disk.png` });
  await page.getByRole('button', { name: 'Meine Fassung behalten' }).click();
  await expect.poll(() => readFile(path, 'utf8'), { timeout: 5_000 }).toContain('– meine Fassung');
  expect(await readFile(path, 'utf8')).not.toContain('Von außen ergänzt');
  await expect(page.getByTestId('save-status')).toHaveText('Gespeichert');
  await writeFile(path, original);
});

test('an outside change to the open, saved episode is loaded into the editor', async ({ page }) => {
  await openApp(page);
  await page.locator('.cd-episode').nth(3).click();
  await expect(page.locator('.cd-episode').nth(3)).toHaveAttribute('aria-current', 'page');
  const file = (await page.locator('.cd-editor-pane .cd-editor-file').textContent())!.trim();
  const path = join(projectDir, file);
  const original = await readFile(path, 'utf8');
  await writeFile(path, original.replace(/^# [^\n]*/, '# Von außen umbenannt'));
  await expect(page.locator('.cd-prose h1').first()).toHaveText('Von außen umbenannt', { timeout: 10_000 });
  await writeFile(path, original);
});

test('an earlier version opens beside the editor and can be restored', async ({ page }) => {
  await openApp(page);
  await page.locator('.cd-episode').nth(4).click();
  await expect(page.locator('.cd-episode').nth(4)).toHaveAttribute('aria-current', 'page');
  const file = (await page.locator('.cd-editor-pane .cd-editor-file').textContent())!.trim();
  const path = join(projectDir, file);
  const original = await readFile(path, 'utf8');
  await page.locator('.cd-prose h1').first().click();
  await page.keyboard.press('End');
  await page.keyboard.type(' – gekürzt');
  await page.keyboard.press('Control+s');
  await expect.poll(() => readFile(path, 'utf8'), { timeout: 5_000 }).toContain('– gekürzt');
  await page.getByRole('button', { name: 'Versionen' }).click();
  const versions = page.getByRole('menuitem');
  await expect(versions.first()).toBeVisible();
  await versions.first().click();
  const pane = page.locator('.cd-side-pane');
  await expect(pane.locator('.cd-prose h1').first()).not.toContainText('gekürzt');
  await page.screenshot({ path: `${shots}/11-history.png` });
  await pane.getByRole('button', { name: 'Diese Fassung wiederherstellen' }).click();
  await expect(pane).toHaveCount(0);
  await expect.poll(() => readFile(path, 'utf8'), { timeout: 5_000 }).toBe(original);
  await expect(page.locator('.cd-editor-pane .cd-prose h1').first()).not.toContainText('gekürzt');
});

test('the cast overview shows who appears in which episode and opens an episode', async ({ page }) => {
  await openApp(page);
  await waitForProblems(page);
  await page.getByRole('tab', { name: /Figuren/ }).click();
  const rows = page.locator('.cd-cast-row');
  await expect(rows.first()).toBeVisible();
  const cells = rows.first().locator('.cd-cast-cell');
  const manifest = JSON.parse(await readFile(join(projectDir, 'continuity.json'), 'utf8')) as { episodes: unknown[] };
  await expect(cells).toHaveCount(manifest.episodes.length);
  expect(await rows.first().locator('.cd-cast-in').count()).toBeGreaterThan(0);
  await page.screenshot({ path: `${shots}/12-cast.png` });
  await cells.nth(2).click();
  await expect(page.locator('.cd-editor-pane .cd-editor-episode-no')).toHaveText('03');
  // A character's fact history: what each episode claims; a click opens the passage.
  const names = page.locator('.cd-cast-name');
  for (let i = 0; i < Math.min(await names.count(), 12); i++) {
    await names.nth(i).click();
    if ((await page.locator('.cd-fact').count()) > 0) break;
    await names.nth(i).click();
  }
  const fact = page.locator('.cd-fact').first();
  await expect(fact).toBeVisible();
  const quote = (await fact.getAttribute('title'))!;
  await fact.click();
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString() ?? '')).toBe(quote);
  await page.screenshot({ path: `${shots}/12-cast-facts.png` });
  // The episode list follows: the fact's episode is the current one there too.
  const shown = Number(await page.locator('.cd-editor-pane .cd-editor-episode-no').textContent());
  await page.getByRole('tab', { name: 'Folgen' }).click();
  await expect(page.locator('.cd-episode').nth(shown - 1)).toHaveAttribute('aria-current', 'page');
});

test('marks selected text as a place; the annotation is saved with the project and shown again after a reload', async ({ page }) => {
  await openApp(page);
  const markPlace = page.getByRole('toolbar', { name: 'Annotieren' }).getByRole('button', { name: 'Ort' });
  await expect(markPlace).toBeDisabled();
  const heading = page.locator('.cd-prose h1').first();
  await heading.click();
  await page.keyboard.press('End');
  await page.keyboard.press('Shift+Home');
  const selected = await page.evaluate(() => window.getSelection()?.toString() ?? '');
  expect(selected.length).toBeGreaterThan(0);
  await markPlace.click();
  await expect(page.locator('.cd-prose .cd-annotation-place')).toHaveText(selected);
  await expect
    .poll(async () => {
      const dir = join(projectDir, 'annotations');
      const files = await readdir(dir).catch(() => [] as string[]);
      const texts = await Promise.all(files.map((f) => readFile(join(dir, f), 'utf8')));
      return texts.some((t) => t.includes(JSON.stringify(selected).slice(1, -1)) && t.includes('"place"'));
    }, { timeout: 5_000 })
    .toBe(true);
  await page.screenshot({ path: `${shots}/12-annotation.png` });
  await page.reload();
  await expect(page.locator('.cd-prose .cd-annotation-place')).toHaveText(selected, { timeout: 20_000 });
  await page.getByRole('button', { name: /1 Anmerkung/ }).click();
  await page.getByRole('button', { name: 'Anmerkung entfernen' }).click();
  await expect(page.locator('.cd-prose .cd-annotation-place')).toHaveCount(0);
});

test('switches to English and the dark theme from the settings menu', async ({ page }) => {
  await openApp(page);
  await waitForProblems(page);
  await page.getByRole('button', { name: 'Einstellungen' }).click();
  await page.getByLabel('English').check();
  await page.getByLabel('Dunkel').or(page.getByLabel('Dark')).check();
  await expect(page.locator('#cd-problems-heading')).toContainText('Problems');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.keyboard.press('Escape');
  await page.locator('.cd-series-title').click();
  await page.screenshot({ path: `${shots}/06-dark-english.png` });
});

test('false alarms go into the series bible: two different people, a word that is not a name', async ({ page }) => {
  await openApp(page);
  await waitForProblems(page);
  const biblePath = join(projectDir, 'bible.json');
  const bibleBefore = await readFile(biblePath, 'utf8').catch(() => null);
  const rows = page.locator('.cd-problem');
  const before = await rows.count();
  const distinct = page.locator('.cd-problem-detail').getByRole('button', { name: /sind verschiedene Personen/ });
  for (let i = 0; i < before; i++) {
    await rows.nth(i).click();
    if ((await distinct.count()) > 0) break;
  }
  const [, a, b] = /„(.+)“ und „(.+)“ sind/.exec((await distinct.textContent())!)!;
  await distinct.click();
  await expect(rows).toHaveCount(before - 1, { timeout: 30_000 });
  const bible = JSON.parse(await readFile(biblePath, 'utf8')) as { distinct: [string, string][] };
  expect(bible.distinct).toContainEqual([a, b]);

  await page.getByRole('tab', { name: /Figuren/ }).click();
  // A single word, the kind of false name detection picks up ("Charmeur").
  const names = page.locator('.cd-cast-name').filter({ hasText: /^\S+$/ });
  const last = names.last();
  const name = (await last.textContent())!;
  await last.click();
  await page.getByRole('button', { name: 'Kein Name' }).click();
  await expect(page.locator('.cd-cast-name', { hasText: new RegExp(`^${name}$`) })).toHaveCount(0, { timeout: 30_000 });
  expect((JSON.parse(await readFile(biblePath, 'utf8')) as { notNames: string[] }).notNames).toContain(name);
  if (bibleBefore !== null) await writeFile(biblePath, bibleBefore);
});

test('renames a spelling variant in every episode and takes the rename back in one step', async ({ page }) => {
  await openApp(page);
  await waitForProblems(page);
  const manifest = JSON.parse(await readFile(join(projectDir, 'continuity.json'), 'utf8')) as { episodes: { file: string }[] };
  const rows = page.locator('.cd-problem');
  const rename = page.locator('.cd-problem-detail').getByRole('button', { name: /in allen Folgen umbenennen/ });
  for (let i = 0; i < (await rows.count()); i++) {
    await rows.nth(i).click();
    if ((await rename.count()) > 0) break;
  }
  // Selecting the problem opened its passage; go back to the first episode so the variant's episode is renamed on disk
  // (the open episode is renamed in the editor, where Ctrl+Z takes it back).
  await page.locator('.cd-episode').first().click();
  await expect(page.locator('.cd-editor-pane .cd-editor-episode-no')).toHaveText('01');
  const files = manifest.episodes.slice(1).map((e) => join(projectDir, e.file));
  const before = await Promise.all(files.map((f) => readFile(f, 'utf8')));
  await rename.first().click();
  const undo = page.getByRole('button', { name: 'Umbenennen rückgängig machen' });
  await expect(undo).toBeVisible();
  expect(await Promise.all(files.map((f) => readFile(f, 'utf8')))).not.toEqual(before);
  await page.screenshot({ path: `${shots}/13-rename-series.png` });
  // The offer outlives the re-analysis that drops the fixed problem.
  await expect(page.locator('.cd-statusbar')).toContainText('Analyse aktuell', { timeout: 30_000 });
  await expect(undo).toBeVisible();
  await undo.click();
  await expect(page.getByRole('status').filter({ hasText: 'wiederhergestellt' })).toBeVisible();
  await expect.poll(() => Promise.all(files.map((f) => readFile(f, 'utf8')))).toEqual(before);
});

// Runs last: it stops the server the other tests share.
test('shows a clear banner when the connection to the server is lost', async ({ page }) => {
  await openApp(page);
  await expect(page.locator('.cd-banner')).toHaveCount(0);
  const exited = new Promise((resolve) => server!.once('exit', resolve));
  // A crash, not a polite shutdown: the socket drops at once.
  server!.kill('SIGKILL');
  await exited;
  server = null;
  await expect(page.locator('.cd-banner')).toContainText('Verbindung zu Continuity Desk unterbrochen', { timeout: 10_000 });
  await page.screenshot({ path: `${shots}/13-connection-lost.png` });
});
