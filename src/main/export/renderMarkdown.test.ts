// The Markdown export reads as plain text and renders safely on code-hosting sites.
import { describe, expect, it } from 'vitest';
import { buildReportModel, resolveReportOptions } from '../../engine/report/buildReportModel';
import { englishReport, germanReport, largeReport } from '../../engine/report/sampleReports';
import type { ContinuityReport } from '../../engine/types';
import { headingSlug, mdText, renderMarkdown } from './renderMarkdown';

const md = (report: ContinuityReport, options = {}) =>
  renderMarkdown(buildReportModel(report, resolveReportOptions(report, { date: '2026-11-23', ...options })));

describe('renderMarkdown', () => {
  const text = md(germanReport());

  it('has the title, summary, conflicts by character, name variants and appearances as headings', () => {
    expect(text.startsWith('# Kontinuitätsbericht: Station 7 – Staffel 2\n')).toBe(true);
    for (const h of ['## Inhalt', '## Zusammenfassung', '## Konflikte nach Figur', '## Schreibweisen der Namen', '## Auftritte nach Folge']) {
      expect(text).toContain(`\n${h}\n`);
    }
    expect(text).toContain('### Kathrin Globisch (2 offene Konflikte)');
    expect(text).toContain('### Frau Bram (1 offener Konflikt)');
    expect(text).toContain('| Erstellt am | 23. November 2026 |');
  });

  it('quotes each passage with its episode and shows decisions with their notes', () => {
    expect(text).toContain('> **E05 · Die Wahrheit:** „Friedrich steht in der Tür, lebendig.“');
    expect(text).toContain('**Entscheidung:** beabsichtigt — Absicht: die Enthüllung am Staffelende. Bitte nicht „reparieren“\\!');
  });

  it('links every contents entry to a heading that exists, GitHub-style', () => {
    const headings = text.split('\n').filter((l) => /^#{1,6} /.test(l)).map((l) => l.replace(/^#+ /, '').replace(/\\(.)/g, '$1'));
    const slugs = new Set<string>();
    const seen = new Map<string, number>();
    for (const h of headings) {
      const base = headingSlug(h);
      const n = seen.get(base) ?? 0;
      seen.set(base, n + 1);
      slugs.add(n ? `${base}-${n}` : base);
    }
    const links = [...text.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]);
    expect(links.length).toBeGreaterThan(5);
    for (const link of links) expect(slugs, link).toContain(link);
  });

  it('escapes HTML and Markdown in the writers’ text so nothing is rendered or injected', () => {
    expect(text).not.toMatch(/(?<!\\)<(script|img)/);
    expect(text).toContain('\\<script\\>alert("x")\\</script\\>');
    expect(mdText('a|b *c* [d](e) `f`')).toBe('a\\|b \\*c\\* \\[d\\](e) \\`f\\`');
    expect(mdText('Zeile eins,\r\nZeile zwei')).toBe('Zeile eins, Zeile zwei');
    // Every table row has the same number of cells as its header (pipes in text are escaped).
    for (const block of text.split('\n\n').filter((b) => b.startsWith('| '))) {
      const counts = block.split('\n').filter(Boolean).map((l) => l.replace(/\\\|/g, '').split('|').length);
      expect(new Set(counts).size, block).toBe(1);
    }
  });

  it('draws the appearance grid as a table for a short series and as episode runs for a long one', () => {
    expect(text).toContain('| Figur | E01 | E02 | E03 | E04 | E05 |');
    expect(text).toContain('| Friedrich Brandt | ● | · | ● | · | ● |');
    expect(text).toContain('| E03 | Modellbahn | 03-modellbahn.md |'); // the episode list explains the codes
    expect(text).toContain('### Weitere bekannte Schreibweisen (ohne Konflikt)');
    expect(text).toContain('| Friedrich Brandt | Friedrich Brandt, Dr. Friedrich, Friedrich | E01, E03, E05 |');
    const long = md(largeReport(200));
    expect(long).toMatch(/\| Figur [A-Z]\d Nachname \| E\d{3}(–E\d{3})?(, E\d{3}(–E\d{3})?)* \|/);
  });

  it('puts characters without conflicts under their own heading, with their fact history only', () => {
    const report = germanReport();
    report.entities.push({ id: 'ida', kind: 'character', name: 'Ida Roth', aliases: [], mentions: 3, episodes: ['03-modellbahn'] });
    report.facts.push({ id: 'f10', subject: 'ida', predicate: 'role', object: 'Stationsschwester', modality: 'asserted', episode: '03-modellbahn.md', quote: 'Ida Roth, die Stationsschwester', start: 1, end: 31 });
    const out = md(report);
    const conflicts = out.slice(out.indexOf('## Konflikte nach Figur'), out.indexOf('## Fakten zu weiteren Figuren'));
    expect(conflicts).not.toContain('Ida Roth');
    const other = out.slice(out.indexOf('## Fakten zu weiteren Figuren'), out.indexOf('## Schreibweisen der Namen'));
    expect(other).toContain('### Ida Roth');
    expect(other).toContain('| E03 · Modellbahn | Rolle | Stationsschwester | erzählt | „Ida Roth, die Stationsschwester“ |');
    expect(out).toContain('- [Fakten zu weiteren Figuren](#fakten-zu-weiteren-figuren)');
  });

  it('is written in English when asked', () => {
    const en = md(englishReport());
    expect(en).toContain('# Continuity report: Harbour Lights');
    expect(en).toContain('> **E02 · Low Tide:** “Meg O\'Brian”');
    expect(md(germanReport(), { language: 'en' })).toContain('## Conflicts by character');
  });
});
