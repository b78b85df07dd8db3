// The PDF export: the HTML report printed by headless Chromium (playwright-core), with a series header and page numbers.
import { chromium } from 'playwright-core';
import type { ReportModel } from '../../engine/report/reportModel';
import { reportStrings } from '../../engine/report/reportStrings';
import { escapeHtml } from './escapeHtml';
import { requireChromium } from './findChromium';
import { renderHtml } from './renderHtml';

const launchArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking'];
const headerStyle = 'font-family: system-ui, sans-serif; font-size: 8px; color: #555; width: 100%; padding: 0 12mm;';

/** The page header (series, report title, date) and footer ("Seite X von Y") for Chromium's print to PDF; the app's webContents.printToPDF takes the same templates. */
export function pdfHeaderFooter(model: ReportModel): { headerTemplate: string; footerTemplate: string } {
  const s = reportStrings(model.language);
  return {
    headerTemplate: `<div style="${headerStyle} display: flex; justify-content: space-between;"><span>${escapeHtml(model.title.series)}</span><span>${escapeHtml(model.title.reportTitle)} · ${escapeHtml(model.title.date)}</span></div>`,
    footerTemplate: `<div style="${headerStyle} text-align: center;">${s.pageOf('<span class="pageNumber"></span>', '<span class="totalPages"></span>')}</div>`,
  };
}

/** Prints the report to an A4 PDF. Throws ChromiumNotFoundError (one line) when no browser is installed. */
export async function renderPdf(model: ReportModel, env: NodeJS.ProcessEnv = process.env): Promise<Uint8Array> {
  const executablePath = requireChromium(env);
  const browser = await chromium.launch({ executablePath, args: launchArgs, headless: true });
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    const page = await context.newPage();
    // Nothing in the report may fetch anything; refuse it should anything try.
    await page.route('**/*', (route) => route.abort());
    await page.setContent(renderHtml(model), { waitUntil: 'load', timeout: 300_000 }); // a 1,000-episode report is several MB
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({
      format: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      margin: { top: '18mm', bottom: '18mm', left: '14mm', right: '14mm' },
      ...pdfHeaderFooter(model),
    });
    return new Uint8Array(pdf);
  } finally {
    await browser.close();
  }
}
