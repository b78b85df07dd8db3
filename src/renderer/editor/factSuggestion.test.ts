// Checks what the fact form suggests: the subject from the sentence, the object from the selection, and the relations offered.
import { describe, expect, it } from 'vitest';
import { factPredicates, sentenceAround, suggestFact } from './factSuggestion';

const entities = [
  { name: 'Lukas Brandt', aliases: ['Lukas'] },
  { name: 'Friedrich Brandt', aliases: ['Friedrich'] },
  { name: 'Dr. Kathrin Globisch', aliases: ['Kathrin'] },
];

const select = (text: string, words: string) => [text.indexOf(words), text.indexOf(words) + words.length] as const;

describe('suggestFact', () => {
  it('takes the name before the selection in its sentence as subject and the selected name as object', () => {
    const text = 'Es regnet. Lukas erzählt, dass sein Vater Friedrich im Hafen arbeitet. Kathrin hört zu.';
    const [s, e] = select(text, 'Friedrich');
    expect(suggestFact(text, s, e, entities)).toEqual({ subject: 'Lukas Brandt', object: 'Friedrich Brandt' });
  });

  it('keeps selected words that are no name as a free value', () => {
    const text = 'Kathrin arbeitet seit Jahren als Chirurgin in Auental.';
    const [s, e] = select(text, 'Chirurgin');
    expect(suggestFact(text, s, e, entities)).toEqual({ subject: 'Dr. Kathrin Globisch', object: 'Chirurgin' });
  });

  it('does not reach into the sentence before, and leaves the subject empty when its sentence names nobody', () => {
    const text = 'Lukas schläft. Der Vater ist Fischer.';
    const [s, e] = select(text, 'Fischer');
    expect(suggestFact(text, s, e, entities).subject).toBe('');
  });

  it('reads "Dr." as part of the sentence, not its end', () => {
    const text = 'Heute kommt Dr. Kathrin Globisch spät. Sie ist Ärztin.';
    const [s, e] = select(text, 'spät');
    expect(sentenceAround(text, s, e)).toEqual({ from: 0, to: text.indexOf('.', e) + 1 });
    expect(suggestFact(text, s, e, entities).subject).toBe('Dr. Kathrin Globisch');
  });

  it('offers the canon properties first and every engine relation once', () => {
    expect(factPredicates.slice(0, 3)).toEqual(['father', 'mother', 'spouse']);
    expect(factPredicates).toContain('role');
    expect(factPredicates).toContain('sister');
    expect(new Set(factPredicates).size).toBe(factPredicates.length);
  });
});
