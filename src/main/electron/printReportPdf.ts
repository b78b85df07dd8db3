// Prints the HTML report to PDF with Electron's own Chromium (webContents.printToPDF) in a hidden, script-less window.
import { BrowserWindow } from 'electron';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildReportModel, resolveReportOptions } from '../../engine/report/buildReportModel';
import type { ReportOptions } from '../../engine/report/reportModel';
import type { ContinuityReport } from '../../engine/types';
import { renderHtml } from '../export/renderHtml';
import { pdfHeaderFooter } from '../export/renderPdf';

export async function printReportPdf(report: ContinuityReport, options: Partial<ReportOptions> = {}): Promise<Uint8Array> {
  const model = buildReportModel(report, resolveReportOptions(report, options));
  const dir = await mkdtemp(join(tmpdir(), 'continuity-pdf-'));
  const file = join(dir, 'report.html');
  const window = new BrowserWindow({
    show: false,
    webPreferences: { javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false },
  });
  try {
    window.webContents.session.webRequest.onBeforeRequest({ urls: ['http://*/*', 'https://*/*'] }, (_d, cb) => cb({ cancel: true }));
    await writeFile(file, renderHtml(model), 'utf8');
    await window.loadFile(file);
    const pdf = await window.webContents.printToPDF({
      pageSize: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      margins: { top: 0.7, bottom: 0.7, left: 0.55, right: 0.55 },
      ...pdfHeaderFooter(model),
    });
    return new Uint8Array(pdf);
  } finally {
    window.destroy();
    await rm(dir, { recursive: true, force: true });
  }
}
