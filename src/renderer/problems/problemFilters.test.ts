// Checks the Problems panel's order, filters and per-filter counts.
import { describe, expect, it } from 'vitest';
import type { Conflict, EpisodeRef } from '../../engine/types';
import { facetCounts, filterConflicts, noFilter, openCountsByEpisode, sortConflicts } from './problemFilters';

const episodes: EpisodeRef[] = ['01.md', '02.md', '03.md'].map((file, index) => ({ id: file, file, title: file, index }));
const conflict = (id: string, kind: Conflict['kind'], severity: Conflict['severity'], files: string[], status: Conflict['status'] = 'open'): Conflict => ({
  id,
  kind,
  severity,
  status,
  entity: kind === 'spelling' ? 'Kathrin' : 'Lukas',
  summary: id,
  evidence: files.map((episode, i) => ({ episode, quote: 'x', start: i, end: i + 1 })),
});
const all = [
  conflict('late', 'age', 'warning', ['02.md', '03.md']),
  conflict('spell', 'spelling', 'warning', ['01.md', '02.md']),
  conflict('dead', 'vital-status', 'error', ['01.md', '03.md'], 'intended'),
];

describe('problemFilters', () => {
  it('orders by first episode, then severity', () => {
    expect(sortConflicts(all, episodes).map((c) => c.id)).toEqual(['dead', 'spell', 'late']);
  });

  it('filters by every facet at once', () => {
    expect(filterConflicts(all, { ...noFilter, episode: '03.md' }).map((c) => c.id)).toEqual(['late', 'dead']);
    expect(filterConflicts(all, { ...noFilter, episode: '03.md', status: 'open' }).map((c) => c.id)).toEqual(['late']);
    expect(filterConflicts(all, { ...noFilter, entity: 'Kathrin', severity: 'error' })).toEqual([]);
  });

  it('counts what each choice would show given the other filters', () => {
    const counts = facetCounts(all, { ...noFilter, status: 'open' }, 'episode');
    expect(Object.fromEntries(counts)).toEqual({ '01.md': 1, '02.md': 2, '03.md': 1 });
    expect(Object.fromEntries(facetCounts(all, { ...noFilter, kind: 'age' }, 'kind'))).toEqual({ age: 1, spelling: 1, 'vital-status': 1 });
  });

  it('counts open conflicts per episode', () => {
    expect(openCountsByEpisode(all).get('03.md')).toBe(1);
    expect(openCountsByEpisode(all).get('01.md')).toBe(1);
  });
});
