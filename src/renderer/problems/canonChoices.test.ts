import { describe, expect, it } from 'vitest';
import type { Conflict, EpisodeRef, Fact } from '../../engine/types';
import { canonChoices, shortQuote } from './canonChoices';

const fact = (id: string, episode: string, quote: string): Fact => ({ id, subject: 's', predicate: 'attribute:eyes', object: 'blue', modality: 'asserted', episode, quote, start: 0, end: quote.length });
const conflict = (status: Conflict['status']): Conflict => ({
  id: 'c', kind: 'attribute', severity: 'error', status, entity: 'Lukas', summary: '', evidence: [],
  fixes: [{ kind: 'canon', factId: 'a' }, { kind: 'rename', from: 'x', to: 'y' }, { kind: 'canon', factId: 'gone' }, { kind: 'canon', factId: 'b' }],
});

describe('canonChoices', () => {
  const facts = new Map([['a', fact('a', '01.md', 'Lukas hat blaue Augen.')], ['b', fact('b', '02.md', 'Lukas hat grüne Augen.')]]);
  const episodes = new Map<string, EpisodeRef>([['01.md', { id: '01', file: '01.md', title: 'Pilot', index: 0 }]]);

  it('offers each side whose fact is in the report, labelled with its passage and episode', () => {
    expect(canonChoices(conflict('open'), facts, episodes)).toEqual([
      { factId: 'a', quote: 'Lukas hat blaue Augen.', episode: '01.md', episodeTitle: 'Pilot' },
      { factId: 'b', quote: 'Lukas hat grüne Augen.', episode: '02.md', episodeTitle: '02.md' },
    ]);
  });

  it('offers nothing for a decided conflict', () => {
    expect(canonChoices(conflict('intended'), facts, episodes)).toEqual([]);
  });

  it('shortens long passages at a word', () => {
    expect(shortQuote('Im Krankenhaus erfährt Lukas Weber endlich, dass Friedrich Weber gar nicht sein leiblicher Vater ist.', 40)).toBe('Im Krankenhaus erfährt Lukas Weber…');
  });
});
