// Where the editor should go next: a conflict's passage in an episode (set by the Problems panel, F8, the side view).
import type { Conflict, Evidence } from '../../engine/types';

export interface NavTarget {
  /** Increases with every request, so asking for the same passage twice still moves there. */
  seq: number;
  episodeId: string;
  conflictId: string;
  evidence: Evidence;
  /** Move the keyboard focus into the editor (false while browsing the list with the arrow keys). */
  focusEditor: boolean;
}

/**
 * The passage to show for a conflict: the given one, else the one in the open episode (so stepping through problems
 * does not jump between episodes needlessly), else the first.
 */
export function pickEvidence(conflict: Conflict, openEpisodeFile: string | null, index?: number): Evidence | null {
  if (index !== undefined) return conflict.evidence[index] ?? null;
  return conflict.evidence.find((e) => e.episode === openEpisodeFile) ?? conflict.evidence[0] ?? null;
}

/** The evidence of a conflict in other episodes than the given one: what the tooltip and the side view show. */
export function otherEvidence(conflict: Conflict, episodeFile: string): Evidence[] {
  return conflict.evidence.filter((e) => e.episode !== episodeFile);
}

/** The next (or previous) conflict in a list after the current one, wrapping around. */
export function stepConflict(list: Conflict[], currentId: string | null, backwards: boolean): Conflict | null {
  if (list.length === 0) return null;
  const at = list.findIndex((c) => c.id === currentId);
  if (at < 0) return backwards ? list[list.length - 1] : list[0];
  return list[(at + (backwards ? -1 : 1) + list.length) % list.length];
}
