// Orders, counts and filters the series' conflicts for the Problems panel and the episode list.
import type { Conflict, ConflictKind, ConflictStatus, EpisodeRef, Severity } from '../../engine/types';

export interface ProblemFilter {
  kind: ConflictKind | null;
  severity: Severity | null;
  status: ConflictStatus | null;
  /** Episode file name. */
  episode: string | null;
  /** Entity display name. */
  entity: string | null;
}

export type Facet = keyof ProblemFilter;
export const facets: Facet[] = ['kind', 'severity', 'status', 'episode', 'entity'];
export const noFilter: ProblemFilter = { kind: null, severity: null, status: null, episode: null, entity: null };

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The values a conflict has for a facet (a conflict spans several episodes). */
export function facetValues(conflict: Conflict, facet: Facet): string[] {
  switch (facet) {
    case 'kind':
      return [conflict.kind];
    case 'severity':
      return [conflict.severity];
    case 'status':
      return [conflict.status];
    case 'entity':
      return [conflict.entity];
    case 'episode':
      return [...new Set(conflict.evidence.map((e) => e.episode))];
  }
}

function matches(conflict: Conflict, filter: ProblemFilter, skip?: Facet): boolean {
  return facets.every((facet) => facet === skip || filter[facet] === null || facetValues(conflict, facet).includes(filter[facet] as string));
}

/** Series order: by the first episode involved, then severity, then position in the text. */
export function sortConflicts(conflicts: Conflict[], episodes: EpisodeRef[]): Conflict[] {
  const index = new Map(episodes.map((e) => [e.file, e.index]));
  const first = (c: Conflict) => Math.min(...c.evidence.map((e) => index.get(e.episode) ?? Number.MAX_SAFE_INTEGER));
  const firstStart = (c: Conflict) => c.evidence[0]?.start ?? 0;
  return [...conflicts].sort((a, b) => first(a) - first(b) || severityRank[a.severity] - severityRank[b.severity] || firstStart(a) - firstStart(b));
}

export function filterConflicts(conflicts: Conflict[], filter: ProblemFilter): Conflict[] {
  return conflicts.filter((c) => matches(c, filter));
}

/** How many conflicts each value of a facet would show, given the other filters. */
export function facetCounts(conflicts: Conflict[], filter: ProblemFilter, facet: Facet): Map<string, number> {
  const counts = new Map<string, number>();
  for (const conflict of conflicts) {
    if (!matches(conflict, filter, facet)) continue;
    for (const value of facetValues(conflict, facet)) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}

/** Open conflicts per episode file name, for the episode list. */
export function openCountsByEpisode(conflicts: Conflict[]): Map<string, number> {
  return facetCounts(conflicts, { ...noFilter, status: 'open' }, 'episode');
}
