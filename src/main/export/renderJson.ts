// The JSON export: the continuity report in schema v1 (resources/schema/continuity-report.v1.schema.json).
import { filterReport } from '../../engine/report/filterReport';
import type { ReportOptions } from '../../engine/report/reportModel';
import type { ContinuityReport } from '../../engine/types';

/** The report as pretty-printed JSON, narrowed to the options (defaults keep everything). */
export function renderJson(report: ContinuityReport, options: ReportOptions): string {
  return `${JSON.stringify(filterReport(report, options), null, 2)}\n`;
}
