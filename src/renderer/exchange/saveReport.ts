// Saves an exported report from the renderer: the service's answer turned into a Blob and downloaded through an <a download> click.
import type { ExportedReport } from '../../shared/contract';
import { base64ToBytes } from './base64';

/** The report's bytes as a Blob of its type: text formats as UTF-8, PDF and DOCX decoded from base64. */
export function reportBlob(report: ExportedReport): Blob {
  const body = report.encoding === 'base64' ? base64ToBytes(report.data) : report.data;
  return new Blob([body as BlobPart], { type: report.mimeType });
}

/** Offers the report as a download (a save dialog in Electron, the downloads folder in a browser). */
export function saveReport(report: ExportedReport, doc: Document = document): void {
  const href = URL.createObjectURL(reportBlob(report));
  const link = doc.createElement('a');
  link.href = href;
  link.download = report.fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  doc.body.appendChild(link);
  try {
    link.click();
  } finally {
    link.remove();
    // The download has started from the click; the URL is released after the browser has read it.
    setTimeout(() => URL.revokeObjectURL(href), 60_000);
  }
}
