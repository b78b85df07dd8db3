// Checks which passage a problem opens and how F8 / Shift+F8 step through the list.
import { describe, expect, it } from 'vitest';
import type { Conflict } from '../../engine/types';
import { otherEvidence, pickEvidence, stepConflict } from './navTarget';

const c = (id: string): Conflict => ({
  id,
  kind: 'spelling',
  severity: 'warning',
  status: 'open',
  entity: 'Kathrin',
  summary: id,
  evidence: [
    { episode: '01.md', quote: 'Kathrin', start: 0, end: 7 },
    { episode: '03.md', quote: 'Katrin', start: 10, end: 16 },
  ],
});

describe('navTarget', () => {
  it('opens the passage in the open episode when there is one, else the first', () => {
    expect(pickEvidence(c('a'), '03.md')?.episode).toBe('03.md');
    expect(pickEvidence(c('a'), '01.md')?.episode).toBe('01.md');
    expect(pickEvidence(c('a'), '02.md')?.episode).toBe('01.md');
    expect(pickEvidence(c('a'), '03.md', 0)?.episode).toBe('01.md');
    expect(otherEvidence(c('a'), '01.md').map((e) => e.episode)).toEqual(['03.md']);
  });

  it('opens the odd spelling a rename would fix when the open episode has no passage', () => {
    const spelling: Conflict = { ...c('a'), fixes: [{ kind: 'rename', from: 'Katrin', to: 'Kathrin' }] };
    expect(pickEvidence(spelling, '02.md')?.quote).toBe('Katrin');
    expect(pickEvidence(spelling, '01.md')?.quote).toBe('Katrin');
  });

  it('shows the other spelling first as the contradicting passage', () => {
    const spelling: Conflict = {
      ...c('a'),
      fixes: [{ kind: 'rename', from: 'Katrin', to: 'Kathrin' }],
      evidence: [
        { episode: '01.md', quote: 'Kathrin', start: 0, end: 7 },
        { episode: '02.md', quote: 'Kathrin', start: 0, end: 7 },
        { episode: '03.md', quote: 'Katrin', start: 10, end: 16 },
      ],
    };
    expect(otherEvidence(spelling, '01.md').map((e) => e.episode)).toEqual(['03.md', '02.md']);
    expect(otherEvidence(spelling, '03.md').map((e) => e.episode)).toEqual(['01.md', '02.md']);
  });

  it('steps forward and back through the problems, wrapping around', () => {
    const list = [c('a'), c('b'), c('c')];
    expect(stepConflict(list, null, false)?.id).toBe('a');
    expect(stepConflict(list, null, true)?.id).toBe('c');
    expect(stepConflict(list, 'c', false)?.id).toBe('a');
    expect(stepConflict(list, 'a', true)?.id).toBe('c');
    expect(stepConflict([], 'a', false)).toBeNull();
  });
});
