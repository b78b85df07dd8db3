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

/** The misspelling a rename quick fix would change, if the conflict offers one. */
function renameFix(conflict: Conflict): { from: string; to: string } | null {
  const fix = conflict.fixes?.find((f) => f.kind === 'rename');
  return fix?.kind === 'rename' ? fix : null;
}

const hasVariant = (e: Evidence, fix: { from: string; to: string }) => e.quote.includes(fix.from) && !e.quote.includes(fix.to);

/**
 * The passage to show for a conflict: the given one; else the odd spelling a rename fix would change; else one in the
 * open episode (so stepping through problems does not jump between episodes needlessly); else the first.
 */
export function pickEvidence(conflict: Conflict, openEpisodeFile: string | null, index?: number): Evidence | null {
  if (index !== undefined) return conflict.evidence[index] ?? null;
  const fix = renameFix(conflict);
  const odd = fix ? conflict.evidence.filter((e) => hasVariant(e, fix)) : [];
  const pool = odd.length > 0 ? odd : conflict.evidence;
  return pool.find((e) => e.episode === openEpisodeFile) ?? pool[0] ?? null;
}

/**
 * The evidence of a conflict in other episodes than the given one, the passages that contradict this episode first
 * (for a spelling conflict: the other spelling): what the tooltip and the side view show.
 */
export function otherEvidence(conflict: Conflict, episodeFile: string): Evidence[] {
  const others = conflict.evidence.filter((e) => e.episode !== episodeFile);
  const fix = renameFix(conflict);
  if (!fix) return others;
  const hereOdd = conflict.evidence.some((e) => e.episode === episodeFile && hasVariant(e, fix));
  const contradicts = (e: Evidence) => hasVariant(e, fix) !== hereOdd;
  return [...others.filter(contradicts), ...others.filter((e) => !contradicts(e))];
}

/** The next (or previous) conflict in a list after the current one, wrapping around. */
export function stepConflict(list: Conflict[], currentId: string | null, backwards: boolean): Conflict | null {
  if (list.length === 0) return null;
  const at = list.findIndex((c) => c.id === currentId);
  if (at < 0) return backwards ? list[list.length - 1] : list[0];
  return list[(at + (backwards ? -1 : 1) + list.length) % list.length];
}
