// The PDF export printed by headless Chromium: text and pages checked with poppler (pdftotext, pdftoppm).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReportModel, resolveReportOptions } from '../../engine/report/buildReportModel';
import { englishReport, germanReport, largeReport } from '../../engine/report/sampleReports';
import type { ContinuityReport } from '../../engine/types';
import { ChromiumNotFoundError, findChromium, requireChromium } from './findChromium';
import { renderPdf } from './renderPdf';

const model = (report: ContinuityReport, options = {}) =>
  buildReportModel(report, resolveReportOptions(report, { date: '2026-11-23', ...options }));
/** Pages are kept here so a person can look at them after a run. */
const outDir = join(tmpdir(), 'continuity-report-pdf');

const hasPoppler = ['/usr/bin/pdftotext', '/usr/bin/pdftoppm'].every((p) => existsSync(p));
const chromiumPath = findChromium();
const reason = !chromiumPath
  ? ' (SKIPPED: no Chromium at /usr/bin/chromium or CHROMIUM_PATH)'
  : !hasPoppler
    ? ' (SKIPPED: poppler-utils pdftotext/pdftoppm missing)'
    : '';

function pdfToText(file: string): string[] {
  // One string per page (form feed separates pages).
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f').filter((p) => p.trim());
}

describe('findChromium', () => {
  it('fails with one clear line when no Chromium exists', () => {
    const env = { PATH: '/nonexistent' } as NodeJS.ProcessEnv;
    expect(findChromium({ ...env, CHROMIUM_PATH: '/nope/chrome' })).toBeUndefined();
    expect(() => requireChromium({ ...env, CHROMIUM_PATH: '/nope/chrome' })).toThrow(ChromiumNotFoundError);
    expect(() => requireChromium({ ...env, CHROMIUM_PATH: '/nope/chrome' })).toThrow(/CHROMIUM_PATH \(\/nope\/chrome\)/);
  });

  it('renderPdf reports the missing browser instead of crashing', async () => {
    const err = await renderPdf(model(englishReport()), { PATH: '/nonexistent', CHROMIUM_PATH: '/nope/chrome' }).catch((e) => e);
    expect(err).toBeInstanceOf(ChromiumNotFoundError);
    expect(String(err.message)).not.toContain('\n');
  });
});

describe.skipIf(!chromiumPath || !hasPoppler)(`renderPdf${reason}`, () => {
  mkdirSync(outDir, { recursive: true });

  it('prints the German report with a series header and "Seite X von Y" on every page', async () => {
    const pdf = await renderPdf(model(germanReport()));
    expect(Buffer.from(pdf.slice(0, 5)).toString('latin1')).toBe('%PDF-');
    const file = join(outDir, 'german.pdf');
    writeFileSync(file, pdf);
    const pages = pdfToText(file);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    pages.forEach((text, i) => {
      expect(text).toContain('Station 7 – Staffel 2');
      expect(text).toContain(`Seite ${i + 1} von ${pages.length}`);
    });
    const all = pages.join('\n');
    for (const expected of ['Kontinuitätsbericht', 'Konflikte nach Figur', 'Friedrich steht in der Tür, lebendig.', 'Schreibweisen der Namen', 'Auftritte nach Folge']) {
      expect(all).toContain(expected);
    }
    expect(all).toContain('<script>alert("x")</script>'); // shown as text, not run
    expect(all).not.toContain('Alle Figuren'); // the filter form is not printed

    execFileSync('pdftoppm', ['-png', '-r', '60', file, join(outDir, 'german')]);
    const images = readdirSync(outDir).filter((f) => f.startsWith('german') && f.endsWith('.png'));
    expect(images).toHaveLength(pages.length);
  }, 60_000);

  it('prints an English report with "Page X of Y" and a long report without cutting table rows', async () => {
    const en = join(outDir, 'english.pdf');
    writeFileSync(en, await renderPdf(model(englishReport())));
    const enPages = pdfToText(en);
    expect(enPages[0]).toContain(`Page 1 of ${enPages.length}`);
    execFileSync('pdftoppm', ['-png', '-r', '60', en, join(outDir, 'english')]);

    const long = join(outDir, 'long.pdf');
    const report = largeReport(60);
    writeFileSync(long, await renderPdf(model(report)));
    const pages = execFileSync('pdftotext', [long, '-'], { encoding: 'utf8' })
      .split('\f')
      .map((p) => p.replace(/\s+/g, ' '));
    expect(pages.length).toBeGreaterThan(10);
    // No conflict box is split over two pages: its first quote and its id at the bottom share a page.
    for (let i = 0; i < report.conflicts.length; i++) {
      const idPage = pages.findIndex((p) => new RegExp(`Konflikt-ID: c${i}(?!\\d)`).test(p));
      const quotePage = pages.findIndex((p) => p.includes(`Köln.“ <${i}>`));
      expect(idPage, `conflict c${i}`).toBeGreaterThan(0);
      expect(quotePage, `conflict c${i}`).toBe(idPage);
    }
    execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '6', long, join(outDir, 'long')]);
  }, 120_000);
});
