// Passages the writers mark as a belief turn the facts asserted there into beliefs, and only there.
import { describe, expect, it } from 'vitest';
import { analyzeSeries } from './index';
import type { Episode } from './types';

const text = 'Tom Becker arbeitet als Koch im Hafen. Tom Becker ist der Vater von Lisa Becker. Lisa Becker lebt in Kiel.';
const episode: Episode = { id: 'e1', file: 'e1.txt', title: 'E1', index: 0, text, language: 'de' };
const fatherFacts = (beliefs?: Record<string, { start: number; end: number }[]>) =>
  analyzeSeries([episode], beliefs ? { beliefs } : {}).report.facts.filter((f) => f.start >= text.indexOf('Tom Becker ist') && f.end <= text.indexOf('Lisa Becker lebt'));

describe('belief annotations', () => {
  it('leaves facts asserted when nothing is marked', () => {
    const facts = fatherFacts();
    expect(facts.length).toBeGreaterThan(0);
    expect(facts.every((f) => f.modality === 'asserted')).toBe(true);
  });

  it('makes the facts of a marked passage beliefs and leaves the rest asserted', () => {
    const start = text.indexOf('Tom Becker ist');
    const marked = fatherFacts({ 'e1.txt': [{ start, end: start + 'Tom Becker ist der Vater von Lisa Becker'.length }] });
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.every((f) => f.modality === 'believed')).toBe(true);
    const all = analyzeSeries([episode], { beliefs: { 'e1.txt': [{ start, end: start + 10 }] } }).report.facts;
    expect(all.some((f) => f.end <= start && f.modality === 'asserted')).toBe(true);
  });

  it('ignores marks in another episode', () => {
    const start = text.indexOf('Tom Becker ist');
    expect(fatherFacts({ 'other.txt': [{ start, end: start + 40 }] }).every((f) => f.modality === 'asserted')).toBe(true);
  });
});
