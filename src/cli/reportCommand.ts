// The report half of the `continuity` command: format a ContinuityReport and write it atomically to a file.
import { stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { ReportOptions } from '../engine/report/reportModel';
import type { ContinuityReport } from '../engine/types';
import { renderReport, type ReportFormat } from '../main/export/renderReport';
import { atomicWrite } from '../main/store/atomicWrite';

export type { ReportFormat };

/** The report file cannot be written where it was asked for. */
export class ReportWriteError extends Error {
  override readonly name = 'ReportWriteError';
}

/** The report in one format: text for json, md, html and csv (CSV starts with a BOM); bytes for pdf and docx. */
export async function formatReport(
  report: ContinuityReport,
  format: ReportFormat,
  options?: Partial<ReportOptions>,
): Promise<string | Uint8Array> {
  return renderReport(report, format, options ?? {});
}

/** Renders the report and replaces `out` atomically (a crash leaves the old file or the new one, never half). */
export async function runReport(args: {
  report: ContinuityReport;
  format: ReportFormat;
  out: string;
  options?: Partial<ReportOptions>;
}): Promise<void> {
  const file = resolve(args.out);
  const folder = await stat(dirname(file)).catch(() => undefined);
  if (!folder?.isDirectory()) throw new ReportWriteError(`Cannot write the report: the folder ${dirname(file)} does not exist`);
  if ((await stat(file).catch(() => undefined))?.isDirectory()) {
    throw new ReportWriteError(`Cannot write the report: ${file} is a folder`);
  }
  const output = await formatReport(args.report, args.format, args.options);
  await atomicWrite(file, output);
}
