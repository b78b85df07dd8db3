// The DOCX export unzipped: Word headings, tables with repeating header rows, one quote paragraph per passage, page numbers.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { afterAll, describe, expect, it } from 'vitest';
import { buildReportModel, resolveReportOptions } from '../../engine/report/buildReportModel';
import { englishReport, germanReport } from '../../engine/report/sampleReports';
import type { ContinuityReport } from '../../engine/types';
import { renderDocx } from './renderDocx';

const dir = mkdtempSync(join(tmpdir(), 'report-docx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function unzip(report: ContinuityReport, options = {}) {
  const bytes = await renderDocx(buildReportModel(report, resolveReportOptions(report, { date: '2026-11-23', ...options })));
  const file = join(dir, `r${Math.random().toString(36).slice(2)}.docx`);
  writeFileSync(file, bytes);
  const part = (name: string) => execFileSync('unzip', ['-p', file, name], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const names = execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' }).split('\n').filter(Boolean);
  return { bytes, part, names };
}

/** The visible text of each paragraph with the given style. */
function paragraphsWithStyle(xml: string, style: string): string[] {
  return [...xml.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<\/w:p>|<w:p [^>]*>(?:(?!<\/w:p>).)*?<\/w:p>/gs)]
    .map((m) => m[0])
    .filter((p) => p.includes(`<w:pStyle w:val="${style}"/>`))
    .map((p) => [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
}

const unescapeXml = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

describe('renderDocx', () => {
  it('is a Word package with document, styles, header and footer', async () => {
    const { bytes, names } = await unzip(germanReport());
    expect(Buffer.from(bytes.slice(0, 2)).toString('latin1')).toBe('PK');
    expect(names).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml']));
    expect(names.some((n) => /^word\/header\d*\.xml$/.test(n))).toBe(true);
    expect(names.some((n) => /^word\/footer\d*\.xml$/.test(n))).toBe(true);
  });

  it('has the sections as Heading 1, characters as Heading 2 and conflicts as Heading 3', async () => {
    const { part } = await unzip(germanReport());
    const xml = part('word/document.xml');
    expect(paragraphsWithStyle(xml, 'Title')).toEqual(['Station 7 – Staffel 2']);
    expect(paragraphsWithStyle(xml, 'Heading1')).toEqual([
      'Zusammenfassung', 'Konflikte nach Figur', 'Schreibweisen der Namen', 'Auftritte nach Folge', 'Folgenübersicht',
    ]);
    expect(paragraphsWithStyle(xml, 'Heading2')).toContain('Kathrin Globisch (2 offene Konflikte)');
    expect(paragraphsWithStyle(xml, 'Heading3')).toContain('1. Fehler · Lebend/tot · beabsichtigt');
  });

  it('quotes every passage in its own Quote-style paragraph that Word can comment on', async () => {
    const report = germanReport();
    const { part } = await unzip(report);
    const xml = part('word/document.xml');
    const quotes = paragraphsWithStyle(xml, 'ReportQuote').map(unescapeXml);
    expect(quotes).toHaveLength(report.conflicts.reduce((n, c) => n + c.evidence.length, 0));
    expect(quotes).toContain('Friedrich steht in der Tür, lebendig.');
    expect(quotes).toContain('=HYPERLINK("http://evil.example","klick") <img src=x onerror=alert(1)>');
    expect(part('word/styles.xml')).toMatch(/<w:style [^>]*w:styleId="ReportQuote"[^>]*>.*?<w:name w:val="Quote"\/>/s);
    expect(xml).not.toContain('<script>');
    expect(xml).toContain('&lt;script&gt;');
  });

  it('puts the summary, facts and name variants in tables whose header row repeats', async () => {
    const { part } = await unzip(germanReport());
    const xml = part('word/document.xml');
    const tables = xml.match(/<w:tbl>/g) ?? [];
    // title table, 3 summary tables, fact tables for 5 entities, name variants, appearances
    expect(tables.length).toBeGreaterThanOrEqual(10);
    expect((xml.match(/<w:tblHeader\/>/g) ?? []).length).toBe(tables.length);
    expect(xml).toContain('Kommt vor in');
    expect(xml).toContain('Weitere bekannte Schreibweisen (ohne Konflikt)');
    expect(xml).toContain('Dr. Friedrich, Friedrich');
  });

  it('opens in a real .docx reader with headings, block quotes and tables where Word shows them', async () => {
    const { bytes } = await unzip(germanReport());
    const { value: html } = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes) },
      { styleMap: ["p[style-name='Quote'] => blockquote:fresh"] },
    );
    expect(html).toContain('<h1>Konflikte nach Figur</h1>');
    expect(html).toContain('<h2>Lukas Globisch (2 offene Konflikte)</h2>');
    expect(html).toContain('<blockquote>Friedrich steht in der Tür, lebendig.</blockquote>');
    expect(html).toContain('<blockquote>Zeile eins,<br />Zeile "zwei"; drei</blockquote>');
    expect((html.match(/<table>/g) ?? []).length).toBeGreaterThanOrEqual(10);
  });

  it('numbers pages in the footer and names the series in the header, in the report language', async () => {
    const { part, names } = await unzip(englishReport());
    const footer = names.filter((n) => /^word\/footer\d*\.xml$/.test(n)).map(part).join('');
    expect(footer).toMatch(/PAGE/);
    expect(footer).toMatch(/NUMPAGES/);
    expect(footer).toContain('Page ');
    expect(footer).toContain(' of ');
    const header = names.filter((n) => /^word\/header\d*\.xml$/.test(n)).map(part).join('');
    expect(header).toContain('Harbour Lights');
    const xml = part('word/document.xml');
    expect(unescapeXml(paragraphsWithStyle(xml, 'ReportQuote').join('|'))).toContain("Meg O'Brian");
  });
});
