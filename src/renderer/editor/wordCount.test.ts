// Checks the status bar's word count on German text.
import { describe, expect, it } from 'vitest';
import { wordCount } from './wordCount';

describe('wordCount', () => {
  it('counts German words with umlauts, hyphens and numbers as one each', () => {
    expect(wordCount('# Folge 3\n\nDr. Müller-Lüdenscheidt operiert um 7 Uhr.')).toBe(8);
    expect(wordCount('  \n ')).toBe(0);
  });
});
