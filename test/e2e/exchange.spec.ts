// End to end through the browser bridge: exporting the report (Markdown, CSV, PDF) from the dialog and importing episodes (chooser, drag and drop, a bad file).
import { test, expect, type Page } from '@playwright/test';
import type { ChildProcess } from 'node:child_process';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { startDemoServer, stopServer } from './demoServer';

/** Screenshots for people to look at (E2E_SHOTS_DIR moves them). */
const shots = process.env.E2E_SHOTS_DIR ?? 'test-results/e2e';
let server: ChildProcess | null = null;
let url = '';
let projectDir = '';

test.use({ locale: 'de-DE' });
test.describe.configure({ mode: 'serial' });

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
}

/** Ctrl+E until the export dialog shows: the shortcut listener attaches once the shell has mounted, which on a loaded machine can trail the episode list. */
async function openExportDialogByKey(page: Page) {
  const dialog = page.getByRole('dialog', { name: 'Bericht exportieren' });
  await expect(async () => {
    await page.keyboard.press('Control+e');
    await expect(dialog).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  return dialog;
}

async function manifestEpisodes(): Promise<{ id: string; file: string; title: string }[]> {
  return (JSON.parse(await readFile(join(projectDir, 'continuity.json'), 'utf8')) as { episodes: { id: string; file: string; title: string }[] }).episodes;
}

/** Saves the report in one format through the open dialog and returns the downloaded bytes and file name. */
async function exportAs(page: Page, format: RegExp): Promise<{ name: string; bytes: Buffer }> {
  const dialog = page.getByRole('dialog', { name: 'Bericht exportieren' });
  await dialog.getByRole('radio', { name: format }).check();
  const download = page.waitForEvent('download', { timeout: 60_000 });
  await dialog.getByRole('button', { name: 'Speichern…' }).click();
  const file = await download;
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

test('exports the report as Markdown and CSV from the dialog, with a preview that follows the options', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Bericht exportieren…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Bericht exportieren' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveAttribute('aria-modal', 'true');
  const preview = dialog.locator('.cdx-preview-text');
  await expect(preview).toContainText('Kontinuitätsbericht', { timeout: 30_000 });
  await expect(preview).toContainText('Station Auental');
  // The episode range lists numbers and titles.
  await expect(dialog.getByLabel('Von')).toContainText('1. Der erste Tag');
  await expect(dialog.getByLabel('Bis').locator('option')).toHaveCount((await manifestEpisodes()).length);
  // The report language is independent of the UI: English in the preview.
  await dialog.getByLabel('Sprache des Berichts').selectOption('en');
  await expect(preview).toContainText('Continuity report', { timeout: 30_000 });
  await dialog.getByLabel('Sprache des Berichts').selectOption('de');
  await expect(preview).toContainText('Kontinuitätsbericht', { timeout: 30_000 });
  await page.screenshot({ path: `${shots}/exchange-01-export-dialog.png` });

  const md = await exportAs(page, /^Markdown$/);
  expect(md.name).toMatch(/\.md$/);
  const mdText = md.bytes.toString('utf8');
  expect(mdText).toMatch(/^# /m);
  expect(mdText).toContain('Station Auental');
  await expect(dialog.getByText(`Gespeichert als „${md.name}“.`)).toBeVisible();

  const csv = await exportAs(page, /^CSV/);
  expect(csv.name).toMatch(/\.csv$/);
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = csv.bytes.toString('utf8').slice(1).split(/\r?\n/).filter(Boolean);
  expect(lines.length).toBeGreaterThan(1);
  expect(lines[0].split(/[;,]/).length).toBeGreaterThan(3);

  // Escape closes the dialog and the focus goes back to the button that opened it.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Bericht exportieren…' })).toBeFocused();
});

test('the dialog opens with Ctrl+E and works with the keyboard alone; only errors narrow the report', async ({ page }) => {
  // In the dark theme this time (the app follows the system), to look at the screenshot.
  await page.emulateMedia({ colorScheme: 'dark' });
  await openApp(page);
  const dialog = await openExportDialogByKey(page);
  // The chosen format has the focus; Tab stays inside the dialog however often it is pressed.
  await expect(dialog.getByRole('radio', { name: 'HTML' })).toBeFocused();
  for (let i = 0; i < 15; i++) {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('[role="dialog"]'))).toBe(true);
  }
  const preview = dialog.locator('.cdx-preview-text');
  await expect(preview).toContainText('Kontinuitätsbericht', { timeout: 30_000 });
  const all = await preview.textContent();
  await dialog.getByLabel('Mindestschwere').selectOption('error');
  await expect(preview).not.toHaveText(all ?? '', { timeout: 30_000 });
  // An empty range is refused with a message, not sent.
  const count = (await manifestEpisodes()).length;
  await dialog.getByLabel('Von').selectOption({ index: count - 1 });
  await dialog.getByLabel('Bis').selectOption({ index: 0 });
  await expect(dialog.getByRole('alert')).toContainText('Die erste Folge liegt nach der letzten');
  await expect(dialog.getByRole('button', { name: 'Speichern…' })).toBeDisabled();
  await page.screenshot({ path: `${shots}/exchange-06-export-dark-empty-range.png` });
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('the PDF export shows progress and produces a PDF file', async ({ page }) => {
  test.setTimeout(120_000);
  await openApp(page);
  await page.getByRole('button', { name: 'Bericht exportieren…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Bericht exportieren' });
  await dialog.getByRole('radio', { name: 'PDF' }).check();
  const download = page.waitForEvent('download', { timeout: 90_000 });
  await dialog.getByRole('button', { name: 'Speichern…' }).click();
  await expect(dialog.locator('progress')).toBeVisible();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.pdf$/);
  const bytes = await readFile(await file.path());
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(bytes.length).toBeGreaterThan(2000);
  await expect(dialog.locator('progress')).toBeHidden();
});

test('a failed PDF export (no Chromium) shows the error in the dialog, which stays usable', async ({ page }) => {
  const other = await startDemoServer({ ...process.env, CHROMIUM_PATH: '/nonexistent/chromium' });
  try {
    await page.goto(other.url);
    await expect(page.locator('.cd-episode').first()).toBeVisible({ timeout: 20_000 });
    const dialog = await openExportDialogByKey(page);
    await dialog.getByRole('radio', { name: 'PDF' }).check();
    await dialog.getByRole('button', { name: 'Speichern…' }).click();
    const alert = dialog.getByRole('alert');
    await expect(alert).toContainText('Der Bericht konnte nicht exportiert werden:', { timeout: 30_000 });
    // The service's dispatcher still reports ChromiumNotFoundError as its generic "Something went wrong" line;
    // the dialog shows whatever message the service gives, so once it passes the reason through, it appears here.
    expect((await alert.textContent())!.length).toBeGreaterThan('Der Bericht konnte nicht exportiert werden: '.length + 10);
    await expect(dialog.locator('progress')).toBeHidden();
    await page.screenshot({ path: `${shots}/exchange-05-pdf-error.png` });
    // Another format still saves.
    expect((await exportAs(page, /^JSON$/)).bytes.toString('utf8')).toContain('"schemaVersion"');
  } finally {
    await stopServer(other.child);
    await rm(other.dir, { recursive: true, force: true });
  }
});

const fountain = [
  'Title: Der Probelauf',
  'Author: Testautorin',
  '',
  'INT. STATION AUENTAL - FLUR - NACHT',
  '',
  'Schwester Jördis schiebt einen Wagen den Flur entlang.',
  '',
  'JÖRDIS',
  'Hat jemand den Schlüssel zum Lager gesehen?',
  '',
  'DR. BRANDT',
  '(müde)',
  'Der liegt wie immer im Schwesternzimmer.',
  '',
].join('\n');

test('imports a Fountain file chosen in the file dialog: a new episode in the list and on disk', async ({ page }) => {
  await openApp(page);
  const before = await manifestEpisodes();
  await expect(page.locator('.cd-episode')).toHaveCount(before.length);
  await page.locator('input[type="file"]').setInputFiles({ name: 'probelauf.fountain', mimeType: 'text/plain', buffer: Buffer.from(fountain) });
  const dialog = page.getByRole('dialog', { name: 'Folgen importieren' });
  await expect(dialog.getByText('1 Folge hinzugefügt:')).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('.cd-episode')).toHaveCount(before.length + 1, { timeout: 20_000 });
  const after = await manifestEpisodes();
  expect(after).toHaveLength(before.length + 1);
  const added = after[after.length - 1];
  await expect(dialog.locator('.cdx-added')).toContainText(added.title);
  await expect(page.locator('.cd-episode-title').last()).toHaveText(added.title);
  const onDisk = await readFile(join(projectDir, added.file), 'utf8');
  expect(onDisk).toContain('Hat jemand den Schlüssel zum Lager gesehen?');
  await page.screenshot({ path: `${shots}/exchange-02-import-result.png` });
  await dialog.getByRole('button', { name: 'Schließen' }).click();
  await expect(dialog).toBeHidden();
});

test('a file that cannot be imported gives a readable warning and adds nothing', async ({ page }) => {
  await openApp(page);
  const before = await manifestEpisodes();
  await page.locator('input[type="file"]').setInputFiles({ name: 'kaputt.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('Das ist kein Word-Dokument, nur Text.') });
  const dialog = page.getByRole('dialog', { name: 'Folgen importieren' });
  await expect(dialog.getByText('Es wurde keine Folge hinzugefügt.')).toBeVisible({ timeout: 30_000 });
  const warning = dialog.locator('.cdx-warnings li').first();
  await expect(warning).toContainText('kaputt.docx');
  // Readable: a sentence, not a stack trace or an error code alone.
  expect((await warning.textContent())!.length).toBeGreaterThan('kaputt.docx'.length + 10);
  expect(await warning.textContent()).not.toMatch(/at \w+ \(|Error:|\bundefined\b/);
  await page.screenshot({ path: `${shots}/exchange-03-import-warning.png` });
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(await manifestEpisodes()).toHaveLength(before.length);
});

test('files dragged onto the window show the drop overlay and are imported on drop', async ({ page }) => {
  await openApp(page);
  const before = await manifestEpisodes();
  const transfer = await page.evaluateHandle(() => {
    const data = new DataTransfer();
    data.items.add(new File(['# Folge per Ziehen\n\nJördis findet den Schlüssel im Lager.\n'], 'gezogen.md', { type: 'text/markdown' }));
    return data;
  });
  await page.dispatchEvent('.cd-workspace', 'dragenter', { dataTransfer: transfer });
  await expect(page.getByText('Folgen zum Importieren hier ablegen')).toBeVisible();
  await page.screenshot({ path: `${shots}/exchange-04-drop-overlay.png` });
  await page.dispatchEvent('.cd-workspace', 'drop', { dataTransfer: transfer });
  await expect(page.getByText('Folgen zum Importieren hier ablegen')).toBeHidden();
  const dialog = page.getByRole('dialog', { name: 'Folgen importieren' });
  await expect(dialog.getByText('1 Folge hinzugefügt:')).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('.cd-episode')).toHaveCount(before.length + 1, { timeout: 20_000 });
  const added = (await manifestEpisodes()).at(-1)!;
  expect(await readFile(join(projectDir, added.file), 'utf8')).toContain('Jördis findet den Schlüssel im Lager.');
});
