// Which episodes, conflicts and facts a report covers under its options (episode range, minimum severity, decided or not).
import type { Conflict, ContinuityReport, Severity } from '../types';
import type { ReportEpisode, ReportOptions } from './reportModel';

/** Options that cannot describe a report (an empty episode range, a bad date). */
export class ReportOptionsError extends Error {
  override readonly name = 'ReportOptionsError';
}

export const severityRank: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

export interface ReportScope {
  /** Every episode of the project in series order, labelled. */
  episodes: ReportEpisode[];
  /** The episodes inside the chosen range. */
  inRange: ReportEpisode[];
  /** True when the range leaves out episodes. */
  restricted: boolean;
  /** An episode by file name or id. */
  episodeOf(ref: string): ReportEpisode | undefined;
  /** Whether an episode (file name or id) lies inside the range; unknown episodes count only when nothing is left out. */
  isInRange(ref: string): boolean;
  /** The conflicts the options keep, in the report's order. */
  conflicts: Conflict[];
}

/** Applies the options to a report: the range must be a non-empty run of episode indices from 0 up. */
export function reportScope(report: ContinuityReport, options: Pick<ReportOptions, 'fromEpisode' | 'toEpisode' | 'minSeverity' | 'includeDecided'>): ReportScope {
  const episodes = labelEpisodes(report);
  const first = episodes.length ? episodes[0].index : 0;
  const last = episodes.length ? episodes[episodes.length - 1].index : 0;
  const from = options.fromEpisode ?? first;
  const to = options.toEpisode ?? last;
  for (const [name, v] of [['fromEpisode', from], ['toEpisode', to]] as const) {
    if (!Number.isInteger(v) || v < 0) throw new ReportOptionsError(`${name} must be an episode index from 0 up, not ${v}`);
  }
  if (from > to) throw new ReportOptionsError(`The episode range is empty: from ${from} is after to ${to}`);
  if (!(options.minSeverity in severityRank)) throw new ReportOptionsError(`Unknown minimum severity "${options.minSeverity}"`);
  const restricted = from > first || to < last;
  const byRef = new Map<string, ReportEpisode>();
  for (const e of episodes) byRef.set(e.id, e);
  for (const e of episodes) byRef.set(e.file, e);
  const episodeOf = (ref: string) => byRef.get(ref);
  const isInRange = (ref: string) => {
    const e = byRef.get(ref);
    return e ? e.index >= from && e.index <= to : !restricted;
  };
  const conflicts = report.conflicts.filter(
    (c) =>
      severityRank[c.severity] >= severityRank[options.minSeverity] &&
      (options.includeDecided || c.status === 'open') &&
      (c.evidence.length === 0 ? !restricted : c.evidence.some((ev) => isInRange(ev.episode))),
  );
  return { episodes, inRange: episodes.filter((e) => e.index >= from && e.index <= to), restricted, episodeOf, isInRange, conflicts };
}

function labelEpisodes(report: ContinuityReport): ReportEpisode[] {
  const sorted = [...report.project.episodes].sort((a, b) => a.index - b.index);
  const width = Math.max(2, String(sorted.length).length);
  return sorted.map((e) => {
    const code = `E${String(e.index + 1).padStart(width, '0')}`;
    const title = e.title.trim();
    return { id: e.id, file: e.file, title: e.title, index: e.index, code, label: title ? `${code} · ${title}` : code };
  });
}
