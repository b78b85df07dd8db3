// A German report shows the facts' normalised values (colours, body parts, events) in German in every format that lists facts.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildReportModel, resolveReportOptions } from '../../engine/report/buildReportModel';
import { germanReport } from '../../engine/report/sampleReports';
import { renderDocx } from './renderDocx';
import { renderHtml } from './renderHtml';
import { renderMarkdown } from './renderMarkdown';

const dir = mkdtempSync(join(tmpdir(), 'report-values-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function report() {
  const r = germanReport();
  const fact = (id: string, predicate: string, object: string) =>
    ({ id, subject: 'kathrin', predicate, object, modality: 'asserted' as const, episode: '02-der-brief.md', quote: 'Kathrin steht am Fenster.', start: 0, end: 25 });
  r.facts.push(fact('v1', 'attribute:hair', 'grey'), fact('v2', 'attribute:scar', 'left cheek'), fact('v3', 'event', 'promotion'));
  return r;
}

const model = (language: 'de' | 'en') => buildReportModel(report(), resolveReportOptions(report(), { date: '2026-11-23', language }));

async function docxText(language: 'de' | 'en'): Promise<string> {
  const file = join(dir, `${language}.docx`);
  writeFileSync(file, await renderDocx(model(language)));
  return execFileSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8', maxBuffer: 64 << 20 }).replace(/<[^>]+>/g, ' ');
}

describe('fact values in the report language', () => {
  it('German HTML, Markdown and DOCX say "grau", "linke Wange", "Beförderung", never the English words', async () => {
    for (const text of [renderHtml(model('de')), renderMarkdown(model('de')), await docxText('de')]) {
      expect(text).toContain('Haarfarbe');
      expect(text).toContain('grau');
      expect(text).toContain('linke Wange');
      expect(text).toContain('Beförderung');
      expect(text).not.toMatch(/\b(grey|left cheek|promotion|hair colour)\b/);
    }
  });

  it('English HTML, Markdown and DOCX keep the English words', async () => {
    for (const text of [renderHtml(model('en')), renderMarkdown(model('en')), await docxText('en')]) {
      expect(text).toContain('hair colour');
      expect(text).toContain('grey');
      expect(text).toContain('left cheek');
      expect(text).toContain('promotion');
    }
  });
});
