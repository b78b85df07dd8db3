import { describe, expect, it } from 'vitest';
import { isAbbreviation } from '../lang/titles';
import { tokenize } from './tokenize';

describe('tokenize', () => {
  it('gives UTF-16 offsets that slice back to each word', () => {
    const text = 'Grüße an Jürgen 🙂 und Åsa-Marie.';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokenize(text).map((t) => t.text)).toEqual(['Grüße', 'an', 'Jürgen', 'und', 'Åsa-Marie']);
  });

  it('keeps possessive apostrophes with the word and drops closing quotes', () => {
    const words = tokenize("Tom's dog met Lukas’ cat and 'Anna' left.").map((t) => t.text);
    expect(words).toContain("Tom's");
    expect(words).toContain('Lukas’');
    expect(words).toContain('Anna');
  });

  it('starts sentences after . ! ? and new lines, but not after title abbreviations', () => {
    const tokens = tokenize('Dr. Kreuzer kommt. Dann geht er!\nAnna bleibt.', isAbbreviation);
    const starts = tokens.filter((t) => t.sentenceStart).map((t) => t.text);
    expect(starts).toEqual(['Dr', 'Dann', 'Anna']);
    expect(tokens.find((t) => t.text === 'Kreuzer')!.sentence).toBe(0);
  });

  it('treats the first word of a quotation as a sentence start', () => {
    const tokens = tokenize('Sie sagt: „Morgen kommt Paul.“');
    expect(tokens.find((t) => t.text === 'Morgen')!.sentenceStart).toBe(true);
    expect(tokens.find((t) => t.text === 'Paul')!.sentenceStart).toBe(false);
  });
});
