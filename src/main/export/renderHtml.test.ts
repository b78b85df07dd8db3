// The HTML export: self-contained, escaped, with working offline filters; opened in Chromium with every request counted.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReportModel, resolveReportOptions } from '../../engine/report/buildReportModel';
import { englishReport, germanReport, largeReport } from '../../engine/report/sampleReports';
import type { ContinuityReport } from '../../engine/types';
import { findChromium } from './findChromium';
import { renderHtml } from './renderHtml';

const html = (report: ContinuityReport, options = {}) =>
  renderHtml(buildReportModel(report, resolveReportOptions(report, { date: '2026-11-23', ...options })));

describe('renderHtml as text', () => {
  const page = html(germanReport());

  it('is one document with inline styles, script and SVG and nothing that loads from elsewhere', () => {
    expect(page.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(page).toContain('<html lang="de">');
    expect(page).toContain("default-src 'none'");
    expect(page).not.toMatch(/<(link|iframe|object|embed|img|audio|video)\b/i);
    expect(page).not.toMatch(/\s(src|href)="(?!#)/i);
    expect(page).not.toMatch(/url\(/i);
    expect(page).toMatch(/<svg class="grid"[^>]*>/);
  });

  it('escapes every piece of the writers’ text', () => {
    expect(page).not.toContain('<script>alert');
    expect(page).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html(englishReport())).toContain('Maggie O&#39;Brien');
    expect((page.match(/<script>/g) ?? []).length).toBe(1);
  });

  it('links every contents entry to an element that exists', () => {
    const ids = new Set([...page.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
    const links = [...page.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
    expect(links.length).toBeGreaterThan(8);
    for (const l of links) expect(ids, l).toContain(l);
  });

  it('lists characters without conflicts in a separate fact section the filters leave alone', () => {
    const report = germanReport();
    report.entities.push({ id: 'ida', kind: 'character', name: 'Ida Roth', aliases: [], mentions: 3, episodes: ['03-modellbahn'] });
    report.facts.push({ id: 'f10', subject: 'ida', predicate: 'role', object: 'Stationsschwester', modality: 'asserted', episode: '03-modellbahn.md', quote: 'Ida Roth, die Stationsschwester', start: 1, end: 31 });
    const out = html(report);
    expect(out).toMatch(/<section id="other-facts"><h2>Fakten zu weiteren Figuren<\/h2><section class="facts-only" id="ch-\d+">/);
    expect(out).not.toMatch(/<option value="ch-\d+">Ida Roth<\/option>/);
  });

  it('says so when the options leave no conflicts, and then has no script', () => {
    const empty = html({ ...germanReport(), conflicts: [], facts: [] });
    expect(empty).toContain('Keine Konflikte mit diesen Einstellungen.');
    expect(empty).not.toContain('<script>');
  });

  it('renders a 1,000-episode report in reasonable time and size', () => {
    const report = largeReport(1000);
    const t0 = performance.now();
    const big = html(report);
    const ms = performance.now() - t0;
    expect(ms).toBeLessThan(10_000);
    expect((big.match(/<article class="conflict/g) ?? []).length).toBe(3000);
    // 1,000 episodes × 60 characters: 25 column blocks × 2 row blocks, each fitting a printed page
    expect((big.match(/<svg class="grid"/g) ?? []).length).toBe(50);
  });
});

const chromiumPath = findChromium();
const skipReason = chromiumPath ? '' : ' (SKIPPED: no Chromium at /usr/bin/chromium or CHROMIUM_PATH)';

describe.skipIf(!chromiumPath)(`renderHtml in Chromium${skipReason}`, () => {
  let browser: Browser;
  let dir: string;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
    dir = mkdtempSync(join(tmpdir(), 'report-html-'));
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function open(report: ContinuityReport, options = {}) {
    const file = join(dir, `r${Math.random().toString(36).slice(2)}.html`);
    writeFileSync(file, html(report, options));
    const url = pathToFileURL(file).href;
    const context = await browser.newContext();
    const page = await context.newPage();
    const requests: string[] = [];
    const problems: string[] = [];
    page.on('request', (r) => {
      if (r.url() !== url) requests.push(r.url());
    });
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('dialog', (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    await page.goto(url, { waitUntil: 'load' });
    return { page, requests, problems, context };
  }

  const visibleConflicts = (page: Page) =>
    page.$$eval('article.conflict', (els) => els.filter((e) => e.getClientRects().length > 0).map((e) => e.getAttribute('data-severity')));
  const visibleSections = (page: Page) =>
    page.$$eval('section.character', (els) => els.filter((e) => e.getClientRects().length > 0).map((e) => e.querySelector('h3')!.textContent));

  it('makes zero network requests, runs no injected script and logs no errors', async () => {
    const { page, requests, problems, context } = await open(germanReport());
    await page.waitForTimeout(200);
    expect(requests).toEqual([]);
    expect(problems).toEqual([]);
    expect(await page.title()).toBe('Kontinuitätsbericht: Station 7 – Staffel 2');
    expect(await page.locator('svg.grid rect[fill="#2563eb"]').count()).toBe(5 + 4 + 3 + 3 + 1);
    await context.close();
  });

  it('filters by character and by severity, offline', async () => {
    const { page, requests, context } = await open(germanReport());
    expect(await visibleConflicts(page)).toHaveLength(8);

    const lukas = await page.locator('#filter-character option', { hasText: 'Lukas Globisch' }).getAttribute('value');
    await page.selectOption('#filter-character', lukas!);
    expect(await visibleSections(page)).toEqual(['Lukas Globisch (2 offene Konflikte)']);
    expect(await visibleConflicts(page)).toEqual(['error', 'info']);

    await page.uncheck('input[name="severity"][value="error"]');
    expect(await visibleConflicts(page)).toEqual(['info']);
    await page.uncheck('input[name="severity"][value="info"]');
    expect(await visibleConflicts(page)).toEqual([]);
    expect(await page.isVisible('#filter-nothing')).toBe(true);

    await page.selectOption('#filter-character', '');
    expect((await visibleConflicts(page)).sort()).toEqual(['warning', 'warning', 'warning', 'warning']);
    expect(await visibleSections(page)).not.toContain('Frau Bram'); // only info conflicts
    await page.check('input[name="severity"][value="error"]');
    await page.check('input[name="severity"][value="info"]');
    expect(await visibleConflicts(page)).toHaveLength(8);
    expect(await page.isVisible('#filter-nothing')).toBe(false);
    expect(requests).toEqual([]);
    await context.close();
  });

  it('jumps to a character from the contents and hides the filters in print', async () => {
    const { page, context } = await open(englishReport());
    await page.click('nav.toc a[href="#ch-1"]');
    expect(page.url().endsWith('#ch-1')).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('#filters')).toBe(false);
    expect(await page.isVisible('article.conflict')).toBe(true);
    await context.close();
  });
});
