// `continuity report`: analyses a project and writes its continuity report in one of six formats.
import { analyzeSeries } from '../engine';
import type { Command } from './parseCommand';
import { loadSeries } from './loadSeries';
import { runReport } from './reportCommand';

type ReportCommand = Extract<Command, { command: 'report' }>;

export async function runReportCommand(cmd: ReportCommand, io: { stdout(text: string): void }): Promise<number> {
  const series = await loadSeries(cmd.paths);
  const { report } = analyzeSeries(series.episodes, {
    title: series.title,
    language: series.language ?? 'auto',
    bible: series.bible,
    decisions: series.decisions,
  });
  await runReport({
    report,
    format: cmd.format,
    out: cmd.out,
    options: {
      ...(cmd.lang === 'auto' ? {} : { language: cmd.lang }),
      minSeverity: cmd.minSeverity,
      includeDecided: cmd.includeDecided,
      csvDelimiter: cmd.csvSeparator,
      ...(cmd.from ? { fromEpisode: cmd.from - 1 } : {}),
      ...(cmd.to ? { toEpisode: cmd.to - 1 } : {}),
    },
  });
  io.stdout(`wrote ${cmd.out}`);
  return 0;
}
