// Who appears where: a character × episode grid with each character's longest absence, for the cast overview.
import type { Conflict, Entity, EpisodeRef } from '../../engine/types';

export interface AppearanceRow {
  entity: Entity;
  /** One per episode in series order: does the character appear in it? */
  cells: boolean[];
  /** Most episodes in a row without the character, between its first and last appearance. */
  longestAbsence: number;
  openConflicts: number;
}

export function appearanceGrid(entities: Entity[], episodes: EpisodeRef[], conflicts: Conflict[]): AppearanceRow[] {
  const ordered = [...episodes].sort((a, b) => a.index - b.index);
  return entities
    .filter((e) => e.kind === 'character')
    .map((entity) => {
      const seen = new Set(entity.episodes);
      const cells = ordered.map((ep) => seen.has(ep.id) || seen.has(ep.file));
      const first = cells.indexOf(true);
      const last = cells.lastIndexOf(true);
      let longestAbsence = 0;
      let run = 0;
      for (let i = first; i >= 0 && i <= last; i++) {
        run = cells[i] ? 0 : run + 1;
        longestAbsence = Math.max(longestAbsence, run);
      }
      const names = new Set([entity.name, ...entity.aliases]);
      const openConflicts = conflicts.filter((c) => c.status === 'open' && names.has(c.entity)).length;
      return { entity, cells, longestAbsence, openConflicts };
    })
    .sort((a, b) => b.entity.mentions - a.entity.mentions || a.entity.name.localeCompare(b.entity.name));
}
