// Checks the cast grid: appearances per episode, long absences, conflicts per character.
import { describe, expect, it } from 'vitest';
import type { Conflict, Entity, EpisodeRef } from '../../engine/types';
import { appearanceGrid } from './appearanceGrid';

const episodes: EpisodeRef[] = [0, 1, 2, 3, 4].map((index) => ({ id: `e${index}`, title: `E${index}`, file: `e${index}.md`, index }));
const entity = (name: string, eps: string[], mentions: number, kind: Entity['kind'] = 'character'): Entity => ({ id: name, kind, name, aliases: [], mentions, episodes: eps });

describe('appearanceGrid', () => {
  it('lists characters by how often they are named, with their episodes and longest absence', () => {
    const rows = appearanceGrid(
      [entity('Nora', ['e0', 'e1', 'e2', 'e3', 'e4'], 40), entity('Anton', ['e0', 'e4'], 5), entity('Leipzig', ['e0'], 9, 'place')],
      episodes,
      [{ id: 'c', kind: 'vital-status', severity: 'error', status: 'open', entity: 'Anton', summary: '', evidence: [] } as Conflict],
    );
    expect(rows.map((r) => r.entity.name)).toEqual(['Nora', 'Anton']);
    expect(rows[1].cells).toEqual([true, false, false, false, true]);
    expect(rows[1].longestAbsence).toBe(3);
    expect(rows[0].longestAbsence).toBe(0);
    expect(rows[1].openConflicts).toBe(1);
  });
});
