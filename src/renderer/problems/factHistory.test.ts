// Checks a character's fact history: only its facts, in series order, objects named.
import { describe, expect, it } from 'vitest';
import type { Entity, EpisodeRef, Fact } from '../../engine/types';
import { factHistory } from './factHistory';

const episodes: EpisodeRef[] = [0, 1, 2].map((index) => ({ id: `e${index}`, title: `E${index}`, file: `e${index}.md`, index }));
const entity = (id: string, name: string): Entity => ({ id, kind: 'character', name, aliases: [], mentions: 1, episodes: [] });
const fact = (subject: string, predicate: string, object: string, episode: string, start: number): Fact => ({
  id: `${subject}-${predicate}-${episode}-${start}`,
  subject,
  predicate,
  object,
  modality: 'asserted',
  episode,
  quote: 'q',
  start,
  end: start + 1,
});

describe('factHistory', () => {
  it('lists what each episode claims about the character, in series order, with entity objects named', () => {
    const entities = [entity('lukas', 'Lukas'), entity('fr', 'Friedrich')];
    const facts = [fact('lukas', 'vital', 'dead', 'e2.md', 5), fact('lukas', 'father', 'fr', 'e0.md', 9), fact('fr', 'age', '60', 'e0.md', 1), fact('lukas', 'age', '34', 'e0.md', 2)];
    const history = factHistory(entities[0], facts, episodes, entities);
    expect(history.map((h) => [h.episode?.id, h.fact.predicate, h.object])).toEqual([
      ['e0', 'age', '34'],
      ['e0', 'father', 'Friedrich'],
      ['e2', 'vital', 'dead'],
    ]);
  });

  it('shows a claim where it first appears and where it changes, not every repetition', () => {
    const entities = [entity('anton', 'Anton')];
    const facts = [
      fact('anton', 'vital', 'acting', 'e0.md', 1),
      fact('anton', 'vital', 'acting', 'e0.md', 50),
      fact('anton', 'vital', 'dead', 'e1.md', 3),
      fact('anton', 'vital', 'acting', 'e2.md', 3),
    ];
    const history = factHistory(entities[0], facts, episodes, entities);
    expect(history.map((h) => [h.episode?.id, h.object, h.repeats])).toEqual([
      ['e0', 'acting', 1],
      ['e1', 'dead', 0],
      ['e2', 'acting', 0],
    ]);
  });
});
