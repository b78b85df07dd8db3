// The CSV export parsed back with an RFC 4180 reader: BOM, CRLF, quoting, one row per conflict and passage.
import { describe, expect, it } from 'vitest';
import { buildReportModel, resolveReportOptions } from '../../engine/report/buildReportModel';
import { englishReport, germanReport, largeReport } from '../../engine/report/sampleReports';
import type { ContinuityReport } from '../../engine/types';
import { csvField, renderCsv } from './renderCsv';

/** A strict RFC 4180 parser: fails on a stray quote or an unterminated field. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  let fieldStart = true;
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') { field += '"'; i += 2; continue; }
        quoted = false; i++;
        if (i < text.length && text[i] !== ',' && text[i] !== '\r') throw new Error(`text after closing quote at ${i}`);
        continue;
      }
      field += ch; i++; continue;
    }
    if (ch === '"') {
      if (!fieldStart) throw new Error(`stray quote at ${i}`);
      quoted = true; fieldStart = false; i++; continue;
    }
    if (ch === ',') { row.push(field); field = ''; fieldStart = true; i++; continue; }
    if (ch === '\r') {
      if (text[i + 1] !== '\n') throw new Error(`bare CR at ${i}`);
      row.push(field); rows.push(row); row = []; field = ''; fieldStart = true; i += 2; continue;
    }
    if (ch === '\n') throw new Error(`bare LF at ${i}`);
    field += ch; fieldStart = false; i++;
  }
  if (quoted) throw new Error('unterminated quoted field');
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}

const csvOf = (report: ContinuityReport, options = {}) =>
  renderCsv(buildReportModel(report, resolveReportOptions(report, { date: '2026-11-23', ...options })));

describe('renderCsv', () => {
  it('starts with a UTF-8 BOM and ends every record with CRLF', () => {
    const csv = csvOf(germanReport());
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('parses back to one row per conflict and passage with the header in the report language', () => {
    const report = germanReport();
    const rows = parseCsv(csvOf(report).slice(1));
    expect(rows[0]).toEqual(['Konflikt-ID', 'Figur', 'Art', 'Schwere', 'Status', 'Beschreibung', 'Notiz', 'Abschnitt', 'Folge', 'Datei', 'Zitat', 'Anfang', 'Ende']);
    const passages = report.conflicts.reduce((n, c) => n + c.evidence.length, 0);
    expect(rows).toHaveLength(1 + passages);
    expect(rows.every((r) => r.length === 13)).toBe(true);
    const vital = rows.filter((r) => r[0] === 'vital:friedrich');
    expect(vital.map((r) => [r[1], r[3], r[4], r[7], r[8], r[11]])).toEqual([
      ['Friedrich Brandt', 'Fehler', 'beabsichtigt', '1', 'E01 · Nachtdienst', '190'],
      ['Friedrich Brandt', 'Fehler', 'beabsichtigt', '2', 'E05 · Die Wahrheit', '20'],
    ]);
    expect(vital[0][6]).toBe('Absicht: die Enthüllung am Staffelende. Bitte nicht „reparieren“!');
  });

  it('keeps quotes with commas, double quotes, semicolons and line breaks intact', () => {
    const rows = parseCsv(csvOf(germanReport()).slice(1));
    const bram = rows.filter((r) => r[0] === 'attribute:bram:script');
    expect(bram[1][10]).toBe('Zeile eins,\r\nZeile "zwei"; drei');
    expect(bram[0][5]).toBe('Frau Bram schreibt <script>alert("x")</script> & „Dinge“ auf den Zettel.');
  });

  it('defuses passages a spreadsheet would run as formulas', () => {
    const rows = parseCsv(csvOf(germanReport()).slice(1));
    const formula = rows.find((r) => r[0] === 'attribute:bram:script')![10];
    expect(formula.startsWith("'=HYPERLINK(")).toBe(true);
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('- Ja, sicher.')).toBe('"- Ja, sicher."');
    expect(csvField(42)).toBe('42');
  });

  it('writes English headers for an English report and honours the filters', () => {
    const rows = parseCsv(csvOf(englishReport(), { includeDecided: false }).slice(1));
    expect(rows[0][0]).toBe('Conflict id');
    expect(rows.slice(1).map((r) => r[0])).toEqual(['rel:tom:spouse', 'rel:tom:spouse']);
    expect(rows[1][10]).toBe("Tom, Maggie's husband of ten years");
  });

  it('separates with semicolons when asked (German Excel), quoting stays the same', () => {
    const csv = csvOf(germanReport(), { csvDelimiter: ';' });
    const first = csv.slice(1, csv.indexOf('\r\n'));
    expect(first).toBe('Konflikt-ID;Figur;Art;Schwere;Status;Beschreibung;Notiz;Abschnitt;Folge;Datei;Zitat;Anfang;Ende');
    const rows = parseCsv(csv.slice(1).replace(/;(?=(?:[^"]*"[^"]*")*[^"]*$)/g, ','));
    expect(rows.find((r) => r[0] === 'attribute:bram:script' && r[7] === '2')![10]).toBe('Zeile eins,\r\nZeile "zwei"; drei');
    expect(() => csvOf(germanReport(), { csvDelimiter: '\t' })).toThrow(/separator/);
  });

  it('renders a 1,000-episode report quickly', () => {
    const report = largeReport(1000);
    const t0 = performance.now();
    const csv = csvOf(report);
    const ms = performance.now() - t0;
    expect(parseCsv(csv.slice(1))).toHaveLength(1 + 6000);
    expect(ms).toBeLessThan(10_000);
  });
});
