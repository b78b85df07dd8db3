// formatReport/runReport from real analyses: every format from the demo series and the seeds, written atomically.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeSeries } from '../engine';
import { germanReport } from '../engine/report/sampleReports';
import type { ContinuityReport } from '../engine/types';
import { findChromium } from '../main/export/findChromium';
import { UnknownReportFormatError, reportFormats, type ReportFormat } from '../main/export/renderReport';
import { loadSeries } from './loadSeries';
import { formatReport, ReportWriteError, runReport } from './reportCommand';

const schema = JSON.parse(readFileSync(new URL('../../resources/schema/continuity-report.v1.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv({ strict: true }).compile(schema);
const hasChromium = Boolean(findChromium());
const dir = mkdtempSync(join(tmpdir(), 'report-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Loads and analyses a series exactly as `continuity report` does. */
async function analyse(path: string): Promise<ContinuityReport> {
  const series = await loadSeries([path]);
  return analyzeSeries(series.episodes, {
    title: series.title,
    language: series.language ?? 'auto',
    bible: series.bible,
    decisions: series.decisions,
  }).report;
}

/** Checks a written report file the way its reader would open it. */
function checkFile(format: ReportFormat, file: string, report: ContinuityReport) {
  const bytes = readFileSync(file);
  const text = bytes.toString('utf8');
  switch (format) {
    case 'json':
      expect(validate(JSON.parse(text)), JSON.stringify(validate.errors)).toBe(true);
      expect(JSON.parse(text).conflicts).toHaveLength(report.conflicts.length);
      break;
    case 'md':
      expect(text).toContain(report.project.title);
      break;
    case 'html':
      expect(text).toMatch(/^<!DOCTYPE html>/);
      expect((text.match(/<article class="conflict/g) ?? []).length).toBe(report.conflicts.length);
      break;
    case 'csv': {
      expect(text.charCodeAt(0)).toBe(0xfeff);
      const passages = report.conflicts.reduce((n, c) => n + Math.max(1, c.evidence.length), 0);
      // Quoted fields may hold CRLF, so count record starts: every row begins with a conflict id from the report.
      expect(text.split('\r\n').filter(Boolean).length).toBeGreaterThanOrEqual(1 + passages);
      for (const c of report.conflicts) expect(text).toContain(c.id);
      break;
    }
    case 'docx':
      expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
      expect(execFileSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8', maxBuffer: 64 << 20 })).toContain('Heading1');
      break;
    case 'pdf':
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')).toContain(report.project.title);
      break;
  }
}

const sources = [
  { name: 'the demo series', path: 'resources/demo-series' },
  { name: 'the seeds', path: '../shared/seeds' },
];

for (const source of sources) {
  describe(`every format from ${source.name}`, () => {
    let report: ContinuityReport;
    beforeAll(async () => {
      report = await analyse(source.path);
    }, 60_000);

    it('has something to report', () => {
      expect(report.project.episodes.length).toBeGreaterThan(1);
      expect(report.conflicts.length).toBeGreaterThan(0);
    });

    for (const format of reportFormats) {
      const skip = format === 'pdf' && !hasChromium;
      it.skipIf(skip)(`writes ${format}${skip ? ' (SKIPPED: no Chromium at /usr/bin/chromium or CHROMIUM_PATH)' : ''}`, async () => {
        const file = join(dir, `${source.name.replace(/\W+/g, '-')}.${format}`);
        await runReport({ report, format, out: file, options: { date: '2026-11-23' } });
        checkFile(format, file, report);
        if (format === 'md') {
          const en = (await formatReport(report, 'md', { language: 'en', date: '2026-11-23' })) as string;
          expect(en).toContain('## Conflicts by character');
        }
      }, 60_000);
    }
  });
}

describe('runReport and formatReport', () => {
  it('replaces an existing file whole and leaves no temporary files', async () => {
    const out = join(dir, 'atomic', 'report.html');
    execFileSync('mkdir', ['-p', join(dir, 'atomic')]);
    writeFileSync(out, 'old content');
    await runReport({ report: germanReport(), format: 'html', out });
    expect(readFileSync(out, 'utf8')).toMatch(/^<!DOCTYPE html>/);
    expect(readdirSync(join(dir, 'atomic'))).toEqual(['report.html']);
  });

  it('refuses a missing folder or a folder as the output, with one line and nothing written', async () => {
    const missing = join(dir, 'no-such-folder', 'r.md');
    await expect(runReport({ report: germanReport(), format: 'md', out: missing })).rejects.toThrow(ReportWriteError);
    await expect(runReport({ report: germanReport(), format: 'md', out: dir })).rejects.toThrow(/is a folder/);
  });

  it('rejects an unknown format and bad options with typed errors', async () => {
    await expect(formatReport(germanReport(), 'rtf' as ReportFormat)).rejects.toThrow(UnknownReportFormatError);
    await expect(formatReport(germanReport(), 'md', { fromEpisode: 3, toEpisode: 1 })).rejects.toThrow(/episode range is empty/);
  });

  it('renders an empty series and a report whose conflicts name unknown episodes without crashing', async () => {
    const empty: ContinuityReport = { schemaVersion: 1, project: { title: 'Leer', language: 'de', episodes: [] }, entities: [], facts: [], conflicts: [] };
    const odd = germanReport();
    odd.conflicts[0].evidence.push({ episode: 'gelöscht.md', quote: 'Katrin', start: 0, end: 6 });
    odd.facts.push({ ...odd.facts[0], id: 'x', episode: 'gelöscht.md' });
    for (const report of [empty, odd]) {
      for (const format of reportFormats.filter((f) => f !== 'pdf')) {
        const out = await formatReport(report, format, { date: '2026-11-23' });
        expect(out.length, format).toBeGreaterThan(0);
      }
    }
    expect(await formatReport(empty, 'md')).toContain('Keine Konflikte mit diesen Einstellungen.');
    expect(await formatReport(odd, 'csv')).toContain('gelöscht.md');
  });

  it('returns text for text formats (CSV with BOM) and bytes for DOCX', async () => {
    expect(typeof (await formatReport(germanReport(), 'json'))).toBe('string');
    expect(((await formatReport(germanReport(), 'csv')) as string).charCodeAt(0)).toBe(0xfeff);
    expect(await formatReport(germanReport(), 'docx')).toBeInstanceOf(Uint8Array);
  });
});
