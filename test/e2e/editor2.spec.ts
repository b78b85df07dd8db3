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
  // Let the import's analysis and the episode's first load settle, as a writer would see the status bar calm down.
  await expect(page.locator('.cd-statusbar')).toContainText('Analyse aktuell', { timeout: 30_000 });
  await expect(page.locator('.cd-prose .cd-sp-scene').first()).toBeVisible();
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

/** Selects the first occurrence of `words` in the editor the way a mouse drag would (the editor reads the page's selection). */
async function selectWords(page: Page, words: string) {
  await page.locator('.cd-prose').focus();
  await page.evaluate((needle) => {
    const walker = document.createTreeWalker(document.querySelector('.cd-prose')!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(needle);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
      return;
    }
    throw new Error(`not in the editor: ${needle}`);
  }, words);
  await expect(page.getByRole('button', { name: 'Fakt…' })).toBeEnabled();
}

interface StoredAnnotation { id: string; fact?: { subject: string; predicate: string; object: string }; target: { selector: [{ exact: string }] } }
const storedAnnotations = async (episodeId: string): Promise<StoredAnnotation[]> => {
  try {
    return (JSON.parse(await readFile(join(projectDir, 'annotations', `${episodeId}.json`), 'utf8')) as { items: StoredAnnotation[] }).items;
  } catch {
    return [];
  }
};

test('fact annotations: select, "Fact…", subject suggested from the sentence; saved, listed, edited and removed', async ({ page }) => {
  await openApp(page);
  await expect(page.locator('.cd-problem').first()).toBeVisible({ timeout: 30_000 });
  const [first] = await manifestEpisodes();
  await page.locator('.cd-episode').first().click();
  await selectWords(page, 'Unfallchirurg');
  await page.getByRole('button', { name: 'Fakt…' }).click();
  const form = page.getByRole('dialog', { name: 'Fakt' });
  await expect(form).toBeVisible();
  await expect(form.getByLabel('Wer (Eintrag der Bibel)')).toHaveValue(/Jonas Albrecht/);
  await expect(form.getByLabel('Wer oder was')).toHaveValue('Unfallchirurg');
  await form.getByLabel('Beziehung oder Eigenschaft').selectOption({ label: 'Beruf' });
  await page.screenshot({ path: `${shots}/editor2-03-fact-form.png` });
  await form.getByRole('button', { name: 'Fakt speichern' }).click();
  await expect(form).toBeHidden();
  await expect(page.locator('.cd-prose .cd-annotation-fact')).toHaveText('Unfallchirurg');
  await expect.poll(async () => (await storedAnnotations(first.id)).find((a) => a.fact)?.fact).toEqual({ subject: expect.stringMatching(/Jonas Albrecht/), predicate: 'role', object: 'Unfallchirurg' });

  // Listed and edited.
  await page.getByRole('button', { name: /Anmerkung/ }).click();
  const list = page.getByRole('menu', { name: 'Anmerkungen in dieser Folge' });
  await expect(list).toContainText('Jonas Albrecht · Beruf · Unfallchirurg');
  await list.getByRole('button', { name: 'Fakt bearbeiten' }).click();
  const edit = page.getByRole('dialog', { name: 'Fakt bearbeiten' });
  await edit.getByLabel('Wer oder was').fill('Chirurg');
  await edit.getByLabel('Wer oder was').press('Enter');
  await expect(edit).toBeHidden();
  await expect.poll(async () => (await storedAnnotations(first.id)).find((a) => a.fact)?.fact?.object).toBe('Chirurg');

  // A subject that is not in the bible is refused with a message.
  await selectWords(page, 'Oberärztin der Inneren Medizin');
  await page.keyboard.press('Control+Alt+f');
  const second = page.getByRole('dialog', { name: 'Fakt' });
  await expect(second.getByLabel('Wer (Eintrag der Bibel)')).toHaveValue(/Marlene Seitz/);
  await second.getByLabel('Wer (Eintrag der Bibel)').fill('Niemand Bekanntes');
  await second.getByRole('button', { name: 'Fakt speichern' }).click();
  await expect(second.getByRole('alert')).toHaveText('Bitte einen Namen aus der Serienbibel wählen.');
  await second.getByRole('button', { name: 'Abbrechen' }).click();
  await expect(second).toBeHidden();

  // The context menu offers the tags and "Fact…"; removal from the list.
  await selectWords(page, 'Stephanie Kolb');
  await page.keyboard.press('Shift+F10');
  const menu = page.getByRole('menu', { name: 'Auswahl anmerken' });
  await expect(menu.getByRole('menuitem')).toHaveText(['Auswahl als Figur markieren', 'Auswahl als Ort markieren', 'Auswahl als Gegenstand markieren', 'Auswahl als Annahme markieren', 'Fakt…']);
  await page.screenshot({ path: `${shots}/editor2-04-context-menu.png` });
  await expect(menu.getByRole('menuitem').first()).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(menu.getByRole('menuitem', { name: 'Fakt…' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(page.locator('.cd-prose')).toBeFocused();
  // A right click on the selection opens the same menu.
  await page.locator('.cd-prose .cd-annotation-fact').click({ button: 'right' });
  await expect(menu).toBeHidden(); // nothing selected: the browser's own menu
  await selectWords(page, 'Stephanie Kolb');
  const box = (await page.locator('.cd-prose').evaluate(() => window.getSelection()!.getRangeAt(0).getBoundingClientRect().toJSON())) as { x: number; y: number; width: number; height: number };
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2, { button: 'right' });
  await expect(menu).toBeVisible();
  await menu.getByRole('menuitem', { name: 'Auswahl als Figur markieren' }).click();
  await expect(menu).toBeHidden();
  await expect(page.locator('.cd-prose .cd-annotation-character')).toHaveText('Stephanie Kolb');
  await page.getByRole('button', { name: /Anmerkung/ }).click();
  await list.getByRole('button', { name: 'Anmerkung entfernen' }).first().click();
  await expect.poll(async () => (await storedAnnotations(first.id)).filter((a) => a.fact).length).toBe(0);
});

const episodeText = async (file: string) => readFile(join(projectDir, file), 'utf8');

test('replace in all episodes: counts per episode with whole-word and case options, applied to every episode, undone in one go', async ({ page }) => {
  await openApp(page);
  const episodes = (await manifestEpisodes()).filter((e) => e.title !== 'Die Fähre');
  const before = new Map(await Promise.all(episodes.map(async (e) => [e.file, await episodeText(e.file)] as const)));
  await page.locator('.cd-episode').first().click();
  await expect(page.locator('.cd-prose')).toContainText('Nora Castell');
  await page.locator('.cd-prose').click();
  await page.keyboard.press('Control+f');
  await page.getByRole('searchbox', { name: 'In Folge suchen' }).fill('Nora');
  await page.getByRole('button', { name: 'In allen Folgen…' }).click();
  const panel = page.getByRole('region', { name: 'In allen Folgen ersetzen' });
  await expect(panel.getByRole('searchbox', { name: 'Suchen' })).toHaveValue('Nora');
  const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;
  const expected = (pattern: RegExp) => episodes.map((e) => count(before.get(e.file)!, pattern)).filter((n) => n > 0);
  const counts = async () => (await panel.locator('.cd-series-replace-count').allTextContents()).map((s) => Number.parseInt(s, 10));
  // Any "Nora" (Noras too), then whole words only.
  await expect.poll(counts).toEqual(expected(/Nora/gi));
  await panel.getByLabel('Ganzes Wort').check();
  await expect.poll(counts).toEqual(expected(/(?<![\p{L}\p{N}_])Nora(?![\p{L}\p{N}_])/giu));
  const total = expected(/(?<![\p{L}\p{N}_])Nora(?![\p{L}\p{N}_])/giu).reduce((a, b) => a + b, 0);
  await expect(panel.getByText(`${total} Treffer in ${episodes.length} Folgen`)).toBeVisible();
  await panel.getByLabel('Groß-/Kleinschreibung beachten').check();
  await panel.getByRole('textbox', { name: 'Ersetzen durch' }).fill('Nura');
  await page.screenshot({ path: `${shots}/editor2-05-series-replace-preview.png` });
  await panel.getByRole('button', { name: 'In allen Folgen ersetzen' }).click();
  await expect(panel.getByRole('status')).toHaveText(`${total} Stellen in ${episodes.length} Folgen ersetzt.`);
  for (const e of episodes) {
    const now = await episodeText(e.file);
    expect(now).toBe(before.get(e.file)!.replace(/(?<![\p{L}\p{N}_])Nora(?![\p{L}\p{N}_])/gu, 'Nura'));
  }
  expect(await episodeText(episodes[3].file)).toContain('Noras');
  // The open editor shows the new text.
  await expect(page.locator('.cd-prose')).toContainText('Nura Castell');
  await page.screenshot({ path: `${shots}/editor2-06-series-replace-done.png` });
  await panel.getByRole('button', { name: 'Ersetzen rückgängig machen' }).click();
  await expect(panel.getByRole('status')).toHaveText(`Rückgängig: ${episodes.length} Folgen wiederhergestellt.`);
  for (const e of episodes) expect(await episodeText(e.file)).toBe(before.get(e.file));
  await expect(page.locator('.cd-prose')).toContainText('Nora Castell');
  // Earlier versions stay in the history: the replaced text was kept there by the undo.
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
});

test('pictures by keyboard: graph nodes and timeline marks take the focus, arrows move it, Enter opens', async ({ page }) => {
  await openApp(page);
  await expect(page.locator('.cd-problem').first()).toBeVisible({ timeout: 30_000 });
  await page.getByRole('tab', { name: /Figuren/ }).click();
  await page.getByRole('button', { name: 'Serienbibel', exact: true }).click();
  const pane = page.getByRole('region', { name: 'Serienbibel' });
  const choose = async (name: string) => {
    await pane.getByRole('searchbox', { name: 'Nach Namen filtern' }).fill(name);
    await pane.locator('.cd-series-entity', { hasText: new RegExp(`^${name}$`) }).click();
    await expect(pane.locator('.cd-series-name')).toHaveText(name);
  };
  await choose('Jonas Albrecht');
  await pane.getByRole('tab', { name: 'Beziehungsgeflecht' }).click();
  const graph = pane.getByRole('group', { name: /Beziehungen von Jonas Albrecht/ });
  const nodes = graph.getByRole('button');
  expect(await nodes.count()).toBeGreaterThan(1);
  // One tab stop for the whole picture.
  await expect(graph.locator('[tabindex="0"]')).toHaveCount(1);
  await graph.locator('[tabindex="0"]').focus();
  const focusedLabel = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
  const first = await focusedLabel();
  expect(first).toMatch(/Eingabe zeigt den Eintrag\.$/);
  const seen = new Set([first]);
  for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp']) {
    await page.keyboard.press(key);
    seen.add(await focusedLabel());
  }
  expect(seen.size).toBeGreaterThan(1);
  // Focus is visible: the focused node's outline is the accent colour, thicker than the others.
  const focusedStroke = await page.evaluate(() => getComputedStyle(document.activeElement!.querySelector('rect')!).strokeWidth);
  expect(focusedStroke).toBe('4px');
  await page.screenshot({ path: `${shots}/editor2-07-graph-keyboard.png` });
  const target = (await focusedLabel()).split(',')[0];
  await page.keyboard.press('Enter');
  await expect(pane.locator('.cd-series-name')).toHaveText(target);

  // The timeline: marks in rows, arrows along and between rows, Enter opens the passage.
  await choose('Ida Brandt');
  await pane.getByRole('tab', { name: 'Zeitleiste' }).click();
  const timeline = pane.getByRole('group', { name: /Zeitleiste von Ida Brandt/ });
  await expect(timeline.locator('[tabindex="0"]')).toHaveCount(1);
  await timeline.locator('[tabindex="0"]').focus();
  const label0 = await focusedLabel();
  expect(label0).toMatch(/Eingabe öffnet die Stelle\.$/);
  const row = (label: string) => label.split(' · ')[1].split(':')[0];
  // Left and right stay in the row; there and back again lands on the same mark.
  await page.keyboard.press('ArrowRight');
  const label1 = await focusedLabel();
  expect(row(label1)).toBe(row(label0));
  await page.keyboard.press('ArrowLeft');
  expect(await focusedLabel()).toBe(label0);
  // Down goes to another row.
  await page.keyboard.press('ArrowDown');
  expect(row(await focusedLabel())).not.toBe(row(label0));
  await page.keyboard.press('End');
  const episode = (await page.evaluate(() => document.activeElement?.getAttribute('data-episode')))!;
  await page.screenshot({ path: `${shots}/editor2-08-timeline-keyboard.png` });
  await page.keyboard.press('Enter');
  const manifest = await manifestEpisodes();
  const number = String(manifest.findIndex((e) => e.id === episode || e.file.includes(episode)) + 1).padStart(2, '0');
  await expect(page.locator('.cd-editor-pane .cd-editor-episode-no')).toHaveText(number);
  await expect.poll(() => page.evaluate(() => (window.getSelection()?.toString() ?? '').length)).toBeGreaterThan(0);
});

test('the appearance grid: who appears where, cells by keyboard, Enter opens the episode', async ({ page }) => {
  await openApp(page);
  await expect(page.locator('.cd-problem').first()).toBeVisible({ timeout: 30_000 });
  await page.getByRole('tab', { name: /Figuren/ }).click();
  await page.getByRole('button', { name: 'Serienbibel', exact: true }).click();
  const pane = page.getByRole('region', { name: 'Serienbibel' });
  await pane.getByRole('tab', { name: 'Auftritte' }).click();
  const grid = pane.getByRole('group', { name: /Figuren in \d+ Folgen/ });
  await expect(grid).toBeVisible();
  const manifest = await manifestEpisodes();
  const rows = Number(/(\d+) Figuren/.exec((await grid.getAttribute('aria-label'))!)![1]);
  await expect(grid.getByRole('button')).toHaveCount(rows * manifest.length);
  expect(await grid.locator('.cd-grid-in').count()).toBeGreaterThan(rows);
  await expect(grid.locator('[tabindex="0"]')).toHaveCount(1);
  await grid.locator('[tabindex="0"]').focus();
  const label = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
  expect(await label()).toMatch(/^Nora Castell in 01 Der erste Tag: /);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  expect(await label()).toMatch(/^Nora Castell in 03 Nachtschicht: /);
  await page.keyboard.press('ArrowDown');
  expect(await label()).toMatch(/in 03 Nachtschicht: /);
  expect(await label()).not.toMatch(/^Nora Castell/);
  await page.screenshot({ path: `${shots}/editor2-09-appearance-grid.png` });
  await page.keyboard.press('Enter');
  await expect(page.locator('.cd-editor-pane .cd-editor-episode-no')).toHaveText('03');
});
