// `continuity check`: analyses a series and prints or writes the report, exiting by the worst open conflict.
import { writeFile } from 'node:fs/promises';
import { analyzeSeries } from '../engine';
import type { ContinuityReport, Severity } from '../engine/types';
import type { Command } from './parseCommand';
import { loadSeries } from './loadSeries';
import { formatReport } from './reportCommand';

type CheckCommand = Extract<Command, { command: 'check' }>;

const rank: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** 1 when an open conflict reaches the --fail-on severity, else 0. */
export function exitStatusFor(report: ContinuityReport, failOn: CheckCommand['failOn']): number {
  if (failOn === 'never') return 0;
  return report.conflicts.some((c) => c.status === 'open' && rank[c.severity] >= rank[failOn]) ? 1 : 0;
}

export async function runCheck(cmd: CheckCommand, stdout: (text: string) => void): Promise<number> {
  const series = await loadSeries(cmd.paths);
  const { report } = analyzeSeries(series.episodes, {
    title: series.title,
    language: cmd.lang === 'auto' ? (series.language ?? 'auto') : cmd.lang,
    bible: series.bible,
    decisions: series.decisions,
  });
  const output = await formatReport(report, cmd.format, cmd.lang === 'auto' ? {} : { language: cmd.lang });
  if (cmd.out) await writeFile(cmd.out, output);
  else stdout(typeof output === 'string' ? output : Buffer.from(output).toString('utf8'));
  return exitStatusFor(report, cmd.failOn);
}
