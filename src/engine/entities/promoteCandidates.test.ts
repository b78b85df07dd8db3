import { describe, expect, it } from 'vitest';
import { emptyBible } from '../types';
import { episodeEntities } from './episodeEntities';
import { promoteCandidates } from './promoteCandidates';

const run = (...texts: string[]) => promoteCandidates(texts.map((t) => ({ ...episodeEntities(t, 'de', emptyBible()), language: 'de' as const })));

describe('promoteCandidates', () => {
  it('takes a sentence-initial word for a name when another episode names it', () => {
    const [, second] = run('Heute kommt Jorinde Malk. Später lacht Jorinde.', 'Jorinde öffnet die Tür.');
    expect(second.mentions.map((m) => m.text)).toEqual(['Jorinde']);
  });

  it('takes a spelling of a name the series knows', () => {
    const [, second] = run('Heute kommt Kathrin Globisch.', 'Katrin öffnet die Tür.');
    expect(second.entities.map((e) => e.key)).toEqual(['Katrin']);
  });

  it('leaves other sentence-initial words alone', () => {
    const [, second] = run('Heute kommt Jorinde Malk.', 'Währenddessen regnet es. Unterdessen schläft sie.');
    expect(second.mentions).toEqual([]);
  });
});
