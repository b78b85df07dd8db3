// Annotations become analysis input: tagged names join the bible (once), beliefs become ranges, orphans wait.
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../shared/contract';
import { emptyBible } from '../../engine/types';
import { annotationsToAnalysis } from './annotationsToAnalysis';

const note = (id: string, tag: string, exact: string, start: number, orphaned = false): Annotation => ({
  id, type: 'Annotation', created: '2026-11-23T00:00:00Z', motivation: 'tagging',
  body: [{ type: 'TextualBody', value: tag, purpose: 'tagging' }],
  target: { source: 'e1.md', selector: [{ type: 'TextQuoteSelector', exact }, { type: 'TextPositionSelector', start, end: start + exact.length }] },
  ...(orphaned ? { orphaned: true } : {}),
});
const episodes = [{ id: 'e1', file: 'episodes/e1.md', title: 'E1', index: 0 }, { id: 'e2', file: 'episodes/e2.md', title: 'E2', index: 1 }];

describe('annotationsToAnalysis', () => {
  it('declares tagged names in the bible once, with their kind, and keeps what the bible already says', () => {
    const bible = { ...emptyBible(), entities: [{ id: 'b1', kind: 'character' as const, name: 'Dr. Achim Kreutzer', aliases: ['Achim'] }] };
    const byEpisode: Record<string, Annotation[]> = {
      e1: [note('a', 'character', 'Famulus', 4), note('b', 'place', 'Sachsenklinik', 30), note('c', 'character', 'Achim', 50)],
      e2: [note('d', 'character', 'Famulus', 9)],
    };
    const { bible: out } = annotationsToAnalysis(bible, episodes, (id) => byEpisode[id] ?? []);
    expect(out.entities.map((e) => [e.kind, e.name])).toEqual([
      ['character', 'Dr. Achim Kreutzer'], ['character', 'Famulus'], ['place', 'Sachsenklinik'],
    ]);
  });

  it('turns belief passages into ranges per episode file and skips orphaned annotations', () => {
    const { beliefs, bible } = annotationsToAnalysis(emptyBible(), episodes, (id) =>
      id === 'e1' ? [note('a', 'belief', 'sein Vater ist tot', 12), note('b', 'belief', 'weg', 80, true), note('c', 'character', 'Geist', 3, true)] : []);
    expect(beliefs).toEqual({ 'episodes/e1.md': [{ start: 12, end: 30 }] });
    expect(bible.entities).toEqual([]);
  });

  it('declares only text shaped like a name, never a tagged heading or phrase', () => {
    const tagged = ['Folge 1: Der erste Tag', 'die alte Mühle', 'Anna', 'Dr. Achim Kreutzer', 'Ludwig van Beethoven', 'Bad Erlenbrunn'];
    const { bible } = annotationsToAnalysis(emptyBible(), episodes, (id) => (id === 'e1' ? tagged.map((t, i) => note(`a${i}`, 'place', t, i * 40)) : []));
    expect(bible.entities.map((e) => e.name)).toEqual(['Anna', 'Dr. Achim Kreutzer', 'Ludwig van Beethoven', 'Bad Erlenbrunn']);
  });

  it('takes fact annotations into the bible as canon facts from their episode on; the bible’s own canon wins', () => {
    const fact = (id: string, subject: string, predicate: string, object: string, orphaned = false): Annotation => ({
      ...note(id, 'fact', 'sein Vater Friedrich', 10, orphaned), fact: { subject, predicate, object },
    });
    const bible = { ...emptyBible(), facts: [{ subject: 'Lukas', predicate: 'mother', object: 'Maria' }] };
    const { bible: out } = annotationsToAnalysis(bible, episodes, (id) =>
      id === 'e2' ? [fact('a', 'Lukas', 'father', 'Friedrich'), fact('b', 'Lukas', 'mother', 'Greta'), fact('c', 'Anna', 'role', 'Ärztin', true)] : []);
    expect(out.facts).toEqual([
      { subject: 'Lukas', predicate: 'mother', object: 'Maria' },
      { subject: 'Lukas', predicate: 'father', object: 'Friedrich', episode: 'episodes/e2.md', note: 'annotation a' },
    ]);
  });
});
