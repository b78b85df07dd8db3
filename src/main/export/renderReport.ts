// One entry for every export format: a ContinuityReport plus options in, the file's text or bytes out.
import { buildReportModel, resolveReportOptions } from '../../engine/report/buildReportModel';
import type { ReportOptions } from '../../engine/report/reportModel';
import type { ContinuityReport } from '../../engine/types';
import { renderCsv } from './renderCsv';
import { renderDocx } from './renderDocx';
import { renderHtml } from './renderHtml';
import { renderJson } from './renderJson';
import { renderMarkdown } from './renderMarkdown';
import { renderPdf } from './renderPdf';

export const reportFormats = ['json', 'md', 'html', 'csv', 'pdf', 'docx'] as const;
export type ReportFormat = (typeof reportFormats)[number];

/** The file extension and MIME type of each format, for save dialogs and downloads. */
export const reportFormatInfo: Record<ReportFormat, { extension: string; mime: string; binary: boolean }> = {
  json: { extension: 'json', mime: 'application/json', binary: false },
  md: { extension: 'md', mime: 'text/markdown', binary: false },
  html: { extension: 'html', mime: 'text/html', binary: false },
  csv: { extension: 'csv', mime: 'text/csv', binary: false },
  pdf: { extension: 'pdf', mime: 'application/pdf', binary: true },
  docx: { extension: 'docx', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', binary: true },
};

/** An export format nobody knows. */
export class UnknownReportFormatError extends Error {
  override readonly name = 'UnknownReportFormatError';
}

/** Renders a report; text formats come back as strings (CSV with its BOM), PDF and DOCX as bytes. */
export async function renderReport(
  report: ContinuityReport,
  format: ReportFormat,
  options: Partial<ReportOptions> = {},
): Promise<string | Uint8Array> {
  if (!reportFormats.includes(format)) {
    throw new UnknownReportFormatError(`Unknown report format "${String(format)}": use one of ${reportFormats.join(', ')}`);
  }
  const resolved = resolveReportOptions(report, options);
  if (format === 'json') return renderJson(report, resolved);
  const model = buildReportModel(report, resolved);
  switch (format) {
    case 'md':
      return renderMarkdown(model);
    case 'html':
      return renderHtml(model);
    case 'csv':
      return renderCsv(model);
    case 'pdf':
      return renderPdf(model);
    case 'docx':
      return renderDocx(model);
  }
}
